# Writes eval/blind/dev21_blind.jsonl: a blind second annotation of dev21 (74 records), to measure
# how far two careful annotators agree on quotes (speaker + text) and events (CAMEO root + source +
# target + negation), as make_dev19_blind.py did for dev19.
#
# Annotator: a new annotator of session 8 (a helper that wrote no earlier set), who never read the
# rules (crates/rasd-analyze/src), the lexicons (data/), make_dev21.py or dev21's gold quotes and
# events, nor any other set's records. It worked from the records' text and entities only (gold
# removed beforehand by the lead, /tmp/blind-dev21.jsonl), 2026-11-30 04:14:19-04:17:49 UTC by the
# machine clock (`date -u`: from reading the brief to the commit), by the guide in the headers of
# make_heldout9.py, make_heldout8.py, make_dev16.py and make_dev18.py (their conventions and choices
# were applied where they speak, e.g. the ICRC handling a swap codes 04 toward each side, a signed
# truce is 05 only, air and artillery strikes are 19, a killing of a hundred villagers is 20, a
# pledge or readiness is 03, وصف X بأنه is no quote and codes 11, a past act named as a duration or
# as the cause of another is not coded) and the CAMEO codebook in ../shared/data/cameo.
# Choices this set needed where that guide is silent (listed so that a reader can disagree):
# - an army that repels an attack and kills attackers: the attack is one 19 (attacker as source) and
#   the killing of the attackers a second 19 the other way (d21_01);
# - a kidnapping and the ransom demanded of the victims' families are one 18 (d21_03);
# - an accord "after a mediation led by" a third state codes the mediation (04 toward each side): it
#   is the means, not a cause (d21_12); "في خطوة جاءت عقب" an act is a cause and is not coded (d21_02);
# - resuming diplomatic relations is 05 (no CAMEO code of its own); praising another's role is 05,
#   and the role it praises (a mediation) is coded (d21_23); the swap between Yemeni parties has the
#   same country on both sides and is not coded;
# - دعا إلى is an appeal (02), طالب a demand (10) (0253 against 1053); a participle clause that
#   calls on or threatens a third party (داعيا، متوعدة) is coded, unlike a protest's مطالبين;
# - handing back bodies, archives or repatriated families is 08 (return, release);
# - a threat to strike a country unless a group there stops is 13 toward the country (d21_31); a
#   threat with no named object has no target (d21_32); an exercise named as the setting of a
#   speech is not coded;
# - a clash in which one side's man is killed is one 19 with the first named side as source (d21_27);
# - announcing an aid package is 07 (provide aid), not a pledge (d21_54);
# - a claim of an attack made in reported speech (the group "carried out an operation") is a quote
#   with the attack coded, no 01 (d21_10); تبنى in a statement is 01 (d21_13);
# - اعتبر أن + a charge (باريس خرقت) is a quote only, no 11 (d21_35);
# - demolishing houses and nationalizing a mine are 17 (seize or destroy property);
# - an arrest of unnamed people is 17 with no target (d21_08, d21_57); of people suspected of a
#   link to a named group, 17 toward the group (d21_49, d21_67);
# - supporters of a named movement who demonstrate are the movement (d21_48); protesters who close
#   an oil field are a null source against the oil corporation (d21_43);
# - carrying one state's message to another during a visit codes 04 from the carrier toward each
#   side and 04 from the sender toward the addressee (d21_58);
# - a meeting named "after" which something is announced is coded (d21_41: temporal, not a cause);
# - a text credited with بحسب/وفق/حسبما/على ما أعلنه covers the whole preceding sentence of the
#   record; two إن-complements or two marked pieces around one attribution are two quotes;
# - a spokesman "of the Sudanese army" (indefinite متحدث) is the army, not an unnamed source.
#
# The text and entities of each record are read at run time from eval/quotes_events_dev21.jsonl;
# that file's quotes and events are dropped unread (never printed). The output has the same format
# as the sets (id, text, entities, quotes, events); the lead computes the agreement.
import json, os
def Q(s, t): return {"speaker": s, "text": t}
def V(code, s, t, neg=False): return {"code": code, "source": s, "target": t, "negated": neg}

TCD, DZA, FRA, EGY, LBY, RUS, ISR, PSE = "تشاد", "الجزائر", "فرنسا", "مصر", "ليبيا", "روسيا", "إسرائيل", "فلسطين"
IRQ, TUR, ISIS, SYR, JOR, USA, YEM, SAU = "العراق", "تركيا", "تنظيم الدولة", "سوريا", "الأردن", "الولايات المتحدة", "اليمن", "السعودية"
DJI, ERI, QAT, IRN, PAK, ETH, SOM, SSD = "جيبوتي", "إريتريا", "قطر", "إيران", "باكستان", "إثيوبيا", "الصومال", "جنوب السودان"
MLI, BFA, NER, OMN, TUN, ITA, MAR, LBN = "مالي", "بوركينا فاسو", "النيجر", "سلطنة عمان", "تونس", "إيطاليا", "المغرب", "لبنان"
KWT, MRT, SDN, KEN, BHR, NGA, GBR, DEU = "الكويت", "موريتانيا", "السودان", "كينيا", "البحرين", "نيجيريا", "بريطانيا", "ألمانيا"
FACT, HOUTHI, SHABAB, RSF, SAF, HAMAS = "جبهة التناوب والوفاق", "جماعة الحوثيين", "حركة الشباب", "قوات الدعم السريع", "الجيش السوداني", "حركة حماس"
UN, UNSC, EU, ARAB, IAEA, IRGC = "الأمم المتحدة", "مجلس الأمن الدولي", "الاتحاد الأوروبي", "جامعة الدول العربية", "الوكالة الدولية للطاقة الذرية", "الحرس الثوري الإيراني"
LNA, NOC, ICRC = "الجيش الوطني الليبي", "المؤسسة الوطنية للنفط", "اللجنة الدولية للصليب الأحمر"

A = {
    "d21_01": ([Q(TCD, "وحداته صدّت، فجر الأحد، هجوما شنه متمردو «جبهة التناوب والوفاق» على ثكنة عسكرية في منطقة تيبستي شمال البلاد، وقتلت عشرات المهاجمين")],
               [V("19", FACT, TCD), V("19", TCD, FACT)]),
    "d21_02": ([], [V("16", DZA, FRA), V("11", FRA, DZA), V("13", FRA, DZA)]),
    "d21_03": ([Q(None, "خطفت مجموعة مسلحة مجهولة سبعة عمال مصريين من موقع بناء في مدينة أجدابيا شرق ليبيا، وطالبت ذويهم بفدية مالية")],
               [V("18", None, EGY)]),
    "d21_04": ([Q(LNA, "استقبل القائد العام للجيش الوطني الليبي، الثلاثاء، في مقره بالرجمة وفدا عسكريا روسيا رفيع المستوى يترأسه نائب وزير الدفاع، وبحث معه «آفاق التعاون في مجالي التدريب والتسليح»")],
               [V("04", LNA, RUS)]),
    "d21_05": ([Q(ISR, "المقترح «لا يلبي الحد الأدنى من متطلبات أمن إسرائيل»")], [V("12", ISR, EGY)]),
    "d21_06": ([Q(IRQ, "تمكن جهاز المخابرات العراقي، بالتعاون مع جهاز الاستخبارات التركي، من القبض على قيادي بارز في تنظيم داعش يعرف بـ«أبو خطاب الموصلي» داخل الأراضي التركية ونقله إلى بغداد")],
               [V("17", IRQ, ISIS), V("06", IRQ, TUR)]),
    "d21_07": ([Q("مروان أبو فخر", "قواتنا تدافع عن قرى الجبل ولن تسلم سلاحها لأحد")],
               [V("19", SYR, "المجلس العسكري في السويداء")]),
    "d21_08": ([Q(JOR, "أحبطت قوات حرس الحدود الأردنية، فجر السبت، محاولة تهريب كميات كبيرة من مادة الكريستال المخدرة بواسطة طائرة مسيّرة قادمة من الأراضي السورية، وضبطت الحمولة كاملة")],
               [V("17", JOR, None)]),
    "d21_09": ([Q(USA, "استهدفت «منصات إطلاق صواريخ ومخازن طائرات مسيّرة»")], [V("19", USA, HOUTHI)]),
    "d21_10": ([Q(HOUTHI, "الجماعة «نفذت عملية نوعية» استهدفت «هدفا حيويا» في المدينة")], [V("19", HOUTHI, ISR)]),
    "d21_11": ([], [V("04", HOUTHI, SAU)]),
    "d21_12": ([], [V("05", DJI, ERI), V("04", QAT, DJI), V("04", QAT, ERI)]),
    "d21_13": ([Q("وكالة تسنيم", "قتل خمسة من عناصر حرس الحدود الإيراني في هجوم شنه مسلحون من «جيش العدل» على مخفر حدودي في محافظة سيستان وبلوشستان قرب الحدود مع باكستان")],
               [V("19", "جيش العدل", IRN), V("01", "جيش العدل", None), V("10", IRN, PAK)]),
    "d21_14": ([], [V("05", IRQ, TUR)]),
    "d21_15": ([], [V("19", ETH, ERI)]),
    "d21_16": ([], [V("19", SOM, SHABAB), V("06", USA, SOM)]),
    "d21_17": ([Q("الشركة السودانية للكهرباء", "استهدفت طائرات مسيّرة أطلقتها قوات الدعم السريع مستودعات للوقود تابعة للجيش السوداني ومحطة كهرباء في بورتسودان، ما أدى إلى انقطاع التيار عن أجزاء واسعة من المدينة")],
               [V("19", RSF, SAF)]),
    "d21_18": ([], [V("17", SSD, "جيمس لوال دينق"), V("02", "بعثة الأمم المتحدة في جنوب السودان", SSD)]),
    "d21_19": ([Q(MLI, "اعتقلت المخابرات العسكرية في مالي موظفا فرنسيا في سفارة بلاده بباماكو بتهمة «التعاون مع جهات أجنبية لزعزعة استقرار البلاد»"),
                Q(FRA, "يتمتع بالحصانة الدبلوماسية")],
               [V("17", MLI, FRA), V("10", FRA, MLI)]),
    "d21_20": ([], [V("15", BFA, None)]),
    "d21_21": ([], [V("17", NER, "ساحل غولد"), V("11", NER, "ساحل غولد")]),
    "d21_22": ([], [V("16", EU, "الفيلق الأفريقي")]),
    "d21_23": ([], [V("05", ARAB, OMN), V("04", OMN, YEM)]),
    "d21_24": ([], [V("05", TUN, ITA)]),
    "d21_25": ([], [V("07", MAR, PSE)]),
    "d21_26": ([Q("سليم الخطيب", "عمليات الهدم «تهدف إلى تهجير السكان الفلسطينيين قسرا»")], [V("17", ISR, PSE)]),
    "d21_27": ([], [V("19", PSE, "كتيبة جنين")]),
    "d21_28": ([], [V("08", HAMAS, ISR), V("08", ISR, PSE), V("04", ICRC, HAMAS), V("04", ICRC, ISR)]),
    "d21_29": ([], [V("04", TCD, FACT), V("04", QAT, TCD), V("04", QAT, FACT)]),
    "d21_30": ([], [V("09", "مجلس حقوق الإنسان", LBY)]),
    "d21_31": ([], [V("13", ISR, LBN)]),
    "d21_32": ([], [V("13", IRGC, None)]),
    "d21_33": ([Q("منظمة الصحة العالمية", "عدد الإصابات المشتبه بها تضاعف خلال ثلاثة أسابيع")],
               [V("02", "منظمة الصحة العالمية", None)]),
    "d21_34": ([], [V("10", IRQ, TUR)]),
    "d21_35": ([Q(DZA, "باريس «خرقت الإجراءات القنصلية المعمول بها بين البلدين»")], [V("12", DZA, FRA)]),
    "d21_36": ([Q("المنظمة الدولية للهجرة", "أكثر من أربعة آلاف مهاجر غير نظامي وصلوا إلى جزر الكناري الإسبانية انطلاقا من السواحل الموريتانية منذ مطلع الشهر الجاري")], []),
    "d21_37": ([Q(SAF, "الميليشيا فرت تاركة خلفها عشرات العربات القتالية")], [V("19", SAF, RSF)]),
    "d21_38": ([], [V("11", LBN, ISR), V("02", LBN, USA), V("02", LBN, FRA)]),
    "d21_39": ([], [V("08", IRQ, KWT)]),
    "d21_40": ([Q(TUR, "استقرار سوريا جزء لا يتجزأ من الأمن القومي التركي")], [V("04", SYR, TUR)]),
    "d21_41": ([Q(IAEA, "توصلت إيران والوكالة الدولية للطاقة الذرية إلى «تفاهم فني» يسمح بعودة المفتشين إلى منشأتي نطنز وأصفهان")],
               [V("05", IRN, IAEA), V("04", IAEA, IRN)]),
    "d21_42": ([Q("يوسف عيسى ورسمي", "لن نقبل بأي وجود عسكري أجنبي لا يمر عبر البرلمان"),
                Q("يوسف عيسى ورسمي", "وعلى الشركاء الدوليين أن يحترموا هذه القاعدة دون استثناء")], []),
    "d21_43": ([Q(NOC, "اضطرت إلى إعلان حالة القوة القاهرة ووقف الصادرات من ميناء الزاوية")], [V("14", None, NOC)]),
    "d21_44": ([], [V("08", MLI, MRT), V("18", None, MRT)]),
    "d21_45": ([], [V("05", DZA, NER), V("04", DZA, NER)]),
    "d21_46": ([], [V("16", UNSC, SSD), V("11", SSD, UNSC)]),
    "d21_47": ([], [V("15", "المجموعة الاقتصادية لدول غرب أفريقيا", None)]),
    "d21_48": ([], [V("14", "التيار الوطني الشيعي", "المفوضية العليا المستقلة للانتخابات")]),
    "d21_49": ([Q("وكالة الأناضول", "ألقت فرق مكافحة الإرهاب التركية القبض على ثمانية وستين شخصا في مداهمات نفذتها فجرا بإحدى عشرة ولاية، للاشتباه بصلتهم بتنظيم الدولة")],
               [V("17", TUR, ISIS)]),
    "d21_50": ([Q("وزارة الصحة في غزة", "غارة إسرائيلية على مدرسة تؤوي نازحين في حي التفاح أودت بحياة أحد عشر فلسطينيا بينهم خمسة أطفال")],
               [V("19", ISR, PSE)]),
    "d21_51": ([], [V("04", EGY, SDN), V("05", EGY, SDN)]),
    "d21_52": ([Q(KEN, "أعادت كينيا فتح معبر مانديرا الحدودي مع الصومال أمام حركة الأفراد والبضائع، بعد إغلاق استمر ثلاث سنوات لدواع أمنية")],
               [V("08", KEN, SOM)]),
    "d21_53": ([Q(SAF, "السودان «لا يتدخل في شؤون جيرانه»")], [V("11", TCD, SAF), V("07", SAF, FACT, True)]),
    "d21_54": ([Q(EU, "الجيش هو الضامن الوحيد لسيادة لبنان")], [V("07", EU, LBN)]),
    "d21_55": ([], [V("05", "اللواء 444 قتال", "جهاز الردع"),
                    V("04", "المجلس الاجتماعي لقبائل سوق الجمعة", "اللواء 444 قتال"),
                    V("04", "المجلس الاجتماعي لقبائل سوق الجمعة", "جهاز الردع")]),
    "d21_56": ([], [V("08", "قوات سوريا الديمقراطية", IRQ)]),
    "d21_57": ([], [V("17", BHR, None), V("11", BHR, IRGC)]),
    "d21_58": ([Q(None, "نقل وزير الخارجية العماني، خلال زيارة إلى واشنطن، رسالة من القيادة الإيرانية إلى الإدارة الأمريكية تتعلق بالملف النووي")],
               [V("04", OMN, USA), V("04", OMN, IRN), V("04", IRN, USA)]),
    "d21_59": ([Q(ETH, "بلاده «لن تبقى سجينة الجغرافيا»"),
                Q(ETH, "الحصول على منفذ على البحر الأحمر «مسألة وجود لا يمكن تأجيلها»")], []),
    "d21_60": ([], [V("19", RSF, SAF)]),
    "d21_61": ([], [V("08", MRT, "حركة إيرا")]),
    "d21_62": ([], [V("05", NGA, NER), V("04", NGA, NER)]),
    "d21_63": ([Q(DZA, "البلدين «يتقاسمان الرؤية ذاتها بشأن أمن الساحل»"),
                Q(MRT, "الطريق البري الجديد بين تندوف والزويرات «سيغير وجه المبادلات التجارية بين البلدين»")],
               [V("04", DZA, MRT)]),
    "d21_64": ([], [V("19", RSF, SDN), V("11", UN, RSF)]),
    "d21_65": ([], [V("19", "بونتلاند", ISIS), V("06", "الإمارات", "بونتلاند"), V("19", "الإمارات", ISIS)]),
    "d21_66": ([], [V("17", IRQ, "الحزب الديمقراطي الكردستاني الإيراني")]),
    "d21_67": ([Q(LBN, "أوقف الجيش اللبناني ثلاثة أشخاص ينتمون إلى حركة حماس يشتبه في تورطهم بإطلاق صواريخ من جنوب لبنان باتجاه إسرائيل")],
               [V("17", LBN, HAMAS)]),
    "d21_68": ([], [V("19", HOUTHI, USA)]),
    "d21_69": ([Q(None, "عقد مسؤولون سوريون وإسرائيليون جولة محادثات مباشرة في باريس برعاية أمريكية لبحث ترتيبات أمنية في الجنوب السوري")],
               [V("04", SYR, ISR), V("04", USA, SYR), V("04", USA, ISR)]),
    "d21_70": ([], [V("03", SAU, SAF), V("03", SAU, RSF)]),
    "d21_71": ([], [V("11", IRN, FRA), V("11", IRN, GBR), V("11", IRN, DEU)]),
    "d21_72": ([Q(None, "أعدم عناصر من تنظيم الدولة في الساحل أكثر من مئة قروي نيجري في ثلاث قرى بمنطقة تاهوا غرب البلاد، في واحدة من أكثر الهجمات دموية منذ سنوات")],
               [V("20", "تنظيم الدولة في الساحل", NER)]),
    "d21_73": ([Q("المجلس الأعلى للدولة", "أي إنفاق يجري خارج الإطار القانوني المتفق عليه يعد باطلا ولا يلزم الدولة")],
               [V("01", "المجلس الأعلى للدولة", None)]),
    "d21_74": ([], [V("09", LBY, NOC)]),
}

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "..", "quotes_events_dev21.jsonl")
out_recs = []
with open(src, encoding="utf-8") as f:
    for line in f:
        if not line.strip():
            continue
        r = json.loads(line)
        # keep only the text and the entities; the set's own quotes and events are dropped unread
        rid, text, ents = r["id"], r["text"], r["entities"]
        del r
        if rid not in A:
            raise SystemExit(f"{src}: record {rid} has no blind annotation")
        quotes, events = A[rid]
        names = {e["name"] for e in ents}
        for q in quotes:
            if q["text"] not in text:
                raise SystemExit(f"{rid}: quote text not in the record's text: {q['text']}")
            if q["speaker"] is not None and q["speaker"] not in names:
                raise SystemExit(f"{rid}: speaker is not one of the record's entities: {q['speaker']}")
        for v in events:
            for who in (v["source"], v["target"]):
                if who is not None and who not in names:
                    raise SystemExit(f"{rid}: actor is not one of the record's entities: {who}")
        out_recs.append({"id": rid, "text": text, "entities": ents, "quotes": quotes, "events": events})
missing = set(A) - {r["id"] for r in out_recs}
if missing:
    raise SystemExit(f"{src}: annotated ids absent from the set: {sorted(missing)}")
out = os.path.join(here, "dev21_blind.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in out_recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out_recs), "records,", sum(len(r["quotes"]) for r in out_recs), "quotes,",
      sum(len(r["events"]) for r in out_recs), "events (blind annotation)")
