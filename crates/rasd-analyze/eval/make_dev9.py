# Writes eval/quotes_events_dev9.jsonl: dev batch 9 (third round, 2026-11-29, 16:05 UTC), written
# after the round's first rule changes to check that they carry over to text they were not made
# on; scored once fresh, then tuned on. Same format and annotation guide as make_heldout3.py;
# sentences are the project's own and the people named in them are invented. It leans on longer
# paragraphs: subjects before the verb (SVO), pronoun chains across sentences, negation by عدم،
# دون، نفى and لن, and persons standing for their country.
# Correction after its first run: d9_04's criticism by rights groups (انتقدته منظمات حقوقية) is an
# event with an unnamed source; a visit or a reception and the talks held during it are two
# events (d9_01, d9_08), as in the older sets (p10, k01, m23).
# Re-annotated in session 12 to the current guide: E5, 2026-11-30, from the newest read headers
# (make_dev25.py, make_dev24.py, make_dev21.py, make_dev20.py) and make_quotes_events.py's guide;
# where a comment below says otherwise, this paragraph wins. Conventions: (A) an agreement reached
# is 05, talks that end without one a negated 05, agreeing to keep talking 03; (B) two clauses of
# one sentence with the same root and pair are one event; (C) a demand or appeal in a circumstantial
# participle (مطالبا، داعيا، داعية) is not coded; (E) a mediator or host of talks or a swap codes 04
# toward each side (a release: toward the holder), an offer to mediate or host 03 toward each; (K) a
# claim of responsibility is 01 with no target next to the act; (L) announcing an act (أعلن + act)
# codes the act only, reported speech (صرح بأن، أعلن أن، وفق ما أعلنه) is a quote and no 01, a
# statement with no other act is 01 with no target; (M) a past act named as a reason or time (إثر،
# بعد، بعد أن، ردا على) is not coded; (N) a denial of an accusation codes the denied act negated.
# Records changed:
# - d9_01: (B) removed 04 كوفي منساه -> نيجيريا: visit and talks in one sentence: one 04.
# - d9_08: (B) removed 04 الأردن -> الكونغرس الأمريكي: reception and talks in one sentence: one 04.
# - d9_02: (L) removed 01 وزارة الدفاع التركية -> null: announcing the strike codes the strike only.
# - d9_09: (N) added 19 هيئة تحرير الشام -> الجيش السوري negated: the denied attack (نفت مسؤوليتها
#   عن الهجوم) is a negated 19 (as d17_49).
# Re-annotated in session 14 (E1, 2026-11-30) to the lead's guide decision: a court's sentence is 11
# (toward the group the convicts served, else the named convict, else none), no longer 17: d9_23.
# Re-annotated in session 18 (E3, 2026-12-01) to the guide of make_heldout14.py/make_dev28.py: a
# ministry with a nationality is its country, and one named without one in a record about its
# country is that country (older writers named the ministry itself). The ministry is no longer a
# gold entity; the state's entity takes the nationality as a spelling. Records changed:
# - d9_02: quote speaker and the 19's source وزارة الدفاع التركية -> تركيا (new entity).
# - d9_17: quote speaker وزارة الدفاع التونسية -> تونس (spelling التونسية added).
import json, os
P, L, O = "person", "location", "organization"
def E(name, t, c=None, *aliases): return {"name": name, "type": t, "country": c, "aliases": [name, *aliases]}
def Q(s, t): return {"speaker": s, "text": t}
def V(code, s, t, neg=False): return {"code": code, "source": s, "target": t, "negated": neg}
R = []
def rec(text, ents, quotes, events): R.append({"id": f"d9_{len(R)+1:02d}", "text": text, "entities": ents, "quotes": quotes, "events": events})

rec("الرئيس الغاني كوفي منساه وصل صباح الاثنين إلى أبوجا، حيث عقد جلسة مباحثات مع نظيره النيجيري تناولت أمن خليج غينيا.",
    [E("كوفي منساه", P, "GHA", "منساه"), E("غانا", L, "GHA", "الغاني"), E("نيجيريا", L, "NGA", "أبوجا", "النيجيري")],
    [],
    [V("04", "كوفي منساه", "نيجيريا")])
rec("وزارة الدفاع التركية أعلنت تحييد خمسة مسلحين من حزب العمال الكردستاني شمال العراق. وأكدت الوزارة أن عملياتها ستستمر حتى القضاء على التهديد.",
    [E("تركيا", L, "TUR", "التركية"), E("حزب العمال الكردستاني", O, None), E("العراق", L, "IRQ")],
    [Q("تركيا", "عملياتها ستستمر حتى القضاء على التهديد")],
    [V("19", "تركيا", "حزب العمال الكردستاني")])
rec("أكد الناطق باسم الحكومة الموريتانية أن نواكشوط لن توقع على أي اتفاق لإعادة المهاجرين دون ضمانات أوروبية بتمويل برامج التنمية.",
    [E("موريتانيا", L, "MRT", "الموريتانية", "نواكشوط")],
    [Q("موريتانيا", "نواكشوط لن توقع على أي اتفاق لإعادة المهاجرين دون ضمانات أوروبية بتمويل برامج التنمية")],
    [V("05", "موريتانيا", None, True)])
rec("قررت المحكمة العسكرية في كينشاسا إعدام ثلاثة ضباط بتهمة الخيانة، في حكم انتقدته منظمات حقوقية.",
    [E("الكونغو الديمقراطية", L, "COD", "كينشاسا")],
    [],
    [V("11", None, None)])
rec("انسحبت القوات الإريترية من بلدات حدودية في إقليم تيغراي، وفق ما أكده مسؤولون محليون، دون أن تعلق أسمرة على ذلك.",
    [E("إريتريا", L, "ERI", "الإريترية", "أسمرة"), E("تيغراي", L, "ETH")],
    [Q(None, "انسحبت القوات الإريترية من بلدات حدودية في إقليم تيغراي")],
    [V("08", "إريتريا", None)])
rec("اتهم وزير الإعلام السوداني خالد الأعيسر قوات الدعم السريع بارتكاب مجزرة في قرية ود النورة، وقال إن الضحايا تجاوزوا مئة قتيل.",
    [E("خالد الأعيسر", P, "SDN", "الأعيسر"), E("السودان", L, "SDN", "السوداني"), E("قوات الدعم السريع", O, "SDN")],
    [Q("خالد الأعيسر", "الضحايا تجاوزوا مئة قتيل")],
    [V("11", "خالد الأعيسر", "قوات الدعم السريع")])
rec("لم تستجب الحكومة الإسرائيلية لدعوات وقف إطلاق النار، وواصلت طائراتها قصف مناطق في جنوب لبنان.",
    [E("إسرائيل", L, "ISR", "الإسرائيلية"), E("لبنان", L, "LBN")],
    [],
    [V("19", "إسرائيل", None)])
rec("وكان الملك الأردني قد استقبل في عمان الأسبوع الماضي وفدا من الكونغرس الأمريكي، وبحث معه المساعدات العسكرية.",
    [E("الأردن", L, "JOR", "الأردني", "عمان"), E("الكونغرس الأمريكي", O, "USA")],
    [],
    [V("04", "الأردن", "الكونغرس الأمريكي")])
rec("نفت هيئة تحرير الشام مسؤوليتها عن الهجوم الذي استهدف حاجزا للجيش السوري في ريف حماة.",
    [E("هيئة تحرير الشام", O, "SYR"), E("الجيش السوري", O, "SYR"), E("حماة", L, "SYR")],
    [],
    [V("19", None, "الجيش السوري"), V("19", "هيئة تحرير الشام", "الجيش السوري", True)])
rec("أبلغ وزير الخارجية العماني نظيره الإيراني عباس قاسمي خلال اتصال هاتفي استعداد مسقط لاستضافة جولة جديدة من المحادثات.",
    [E("عمان", L, "OMN", "العماني", "مسقط"), E("عباس قاسمي", P, "IRN", "قاسمي"), E("إيران", L, "IRN", "الإيراني")],
    [],
    [V("04", "عمان", "عباس قاسمي"), V("03", "عمان", None)])
rec("«لن نقبل بقوات أجنبية على أرضنا»، هكذا رد رئيس الوزراء الليبي على مقترح نشر بعثة أوروبية لمراقبة الحدود.",
    [E("ليبيا", L, "LBY", "الليبي")],
    [Q("ليبيا", "لن نقبل بقوات أجنبية على أرضنا")],
    [])
rec("المعارضة التشادية رفضت نتائج الانتخابات الرئاسية، وقالت في بيان إن عمليات التزوير كانت واسعة. وطالبت بإعادة الاقتراع تحت إشراف دولي.",
    [E("المعارضة التشادية", O, "TCD")],
    [Q("المعارضة التشادية", "عمليات التزوير كانت واسعة")],
    [V("12", "المعارضة التشادية", None), V("10", "المعارضة التشادية", None)])
rec("أغلقت السلطات الجزائرية مجالها الجوي أمام الطائرات المالية، ردا على إسقاط طائرة مسيرة قرب الحدود.",
    [E("الجزائر", L, "DZA", "الجزائرية"), E("مالي", L, "MLI", "المالية")],
    [],
    [V("16", "الجزائر", "مالي")])
rec("شدد الأمين العام لجامعة الدول العربية على رفض أي تهجير للفلسطينيين من قطاع غزة.",
    [E("جامعة الدول العربية", O, None), E("قطاع غزة", L, "PSE")],
    [],
    [V("12", "جامعة الدول العربية", None)])
rec("أوقفت الشرطة الفرنسية في مرسيليا شابا يشتبه في تخطيطه لهجوم على كنيس يهودي.",
    [E("الشرطة الفرنسية", O, "FRA"), E("فرنسا", L, "FRA", "مرسيليا")],
    [],
    [V("17", "الشرطة الفرنسية", None)])
rec("وتابع المتحدث باسم الخارجية الأمريكية مارك هيل: \"نحن على تواصل مع جميع الأطراف، لكننا لن نضغط على أحد\". ولم يستبعد هيل فرض عقوبات إضافية.",
    [E("مارك هيل", P, "USA", "هيل"), E("الولايات المتحدة", L, "USA", "الأمريكية")],
    [Q("مارك هيل", "نحن على تواصل مع جميع الأطراف، لكننا لن نضغط على أحد")],
    [])
rec("قتل جنديان تونسيان وأصيب ثالث في انفجار لغم بجبل الشعانبي، حسب وزارة الدفاع التونسية.",
    [E("تونس", L, "TUN", "تونسيان", "التونسية")],
    [Q("تونس", "قتل جنديان تونسيان وأصيب ثالث في انفجار لغم بجبل الشعانبي")],
    [V("18", None, "تونس")])
rec("تعهدت اليابان بتقديم خمسين مليون دولار لدعم اللاجئين السوريين في لبنان والأردن.",
    [E("اليابان", L, "JPN"), E("سوريا", L, "SYR", "السوريين"), E("لبنان", L, "LBN"), E("الأردن", L, "JOR")],
    [],
    [V("03", "اليابان", None)])
rec("زار رئيس الوزراء الإثيوبي مقديشو في أول زيارة منذ الأزمة، والتقى الرئيس الصومالي حسن محمود.",
    [E("إثيوبيا", L, "ETH", "الإثيوبي"), E("الصومال", L, "SOM", "مقديشو", "الصومالي"), E("حسن محمود", P, "SOM", "محمود")],
    [],
    [V("04", "إثيوبيا", "الصومال"), V("04", "إثيوبيا", "حسن محمود")])
rec("وتقول منظمات الإغاثة إن عدم فتح المعابر يفاقم المجاعة في شمال القطاع.",
    [],
    [Q(None, "عدم فتح المعابر يفاقم المجاعة في شمال القطاع")],
    [])
rec("هاجمت طائرات مسيرة مجهولة قاعدة عين الأسد التي تستضيف قوات أمريكية غرب العراق، من دون وقوع إصابات.",
    [E("عين الأسد", L, "IRQ"), E("الولايات المتحدة", L, "USA", "أمريكية"), E("العراق", L, "IRQ")],
    [],
    [V("19", None, "الولايات المتحدة")])
rec("وأفادت وكالة الأنباء السعودية بأن ولي العهد تلقى رسالة من الرئيس الفرنسي تتعلق بالعلاقات الثنائية.",
    [E("وكالة الأنباء السعودية", O, "SAU"), E("فرنسا", L, "FRA", "الفرنسي")],
    [Q("وكالة الأنباء السعودية", "ولي العهد تلقى رسالة من الرئيس الفرنسي تتعلق بالعلاقات الثنائية")],
    [])
rec("أصدرت محكمة تونسية حكما بسجن المعارض البارز راشد الجلاصي عشر سنوات، ووصفت عائلته الحكم بأنه انتقام سياسي.",
    [E("راشد الجلاصي", P, "TUN", "الجلاصي"), E("تونس", L, "TUN", "تونسية")],
    [],
    [V("11", "تونس", "راشد الجلاصي")])
rec("جددت الصين دعمها لوحدة أراضي الصومال، ورفضت أي اتفاق يمس سيادته.",
    [E("الصين", L, "CHN"), E("الصومال", L, "SOM")],
    [],
    [V("05", "الصين", "الصومال"), V("12", "الصين", None)])
rec("شارك آلاف الأردنيين في مسيرة حاشدة وسط عمان للتضامن مع غزة.",
    [E("الأردن", L, "JOR", "الأردنيين", "عمان"), E("غزة", L, "PSE")],
    [],
    [V("14", "الأردن", None)])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "quotes_events_dev9.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in R:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(R), "records,", sum(len(r["quotes"]) for r in R), "quotes,", sum(len(r["events"]) for r in R), "events")
