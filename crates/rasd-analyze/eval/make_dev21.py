# Writes eval/quotes_events_dev21.jsonl: a dev set (unread validation for the engineers: score it
# without --errors; not frozen), written on 2026-11-30 (session 8, 04:08-04:14 UTC) by the held-out9
# writer, who never read the rules (crates/rasd-analyze/src) or the lexicons (data/), after held-out9
# and on other incidents and phrasings (no sentence of held-out9 is paraphrased here). Same format,
# helpers (E, Q, V, rec) and annotation guide as make_heldout9.py (read its header: the conventions
# and the choices made where the guide is silent); all sentences are the writer's own and every
# person named is invented. 5-word sequences shared with all older sets (held-out9 included) were
# counted by a script without displaying the older texts; 13 records that shared formulaic runs were
# rephrased (40 shared 5-grams left over 74 records, mostly names of bodies and "ما لا يقل عن").
# Wire items and two-sentence paragraphs over Chad, Algeria/France, Libya (east and west), Israel/
# Gaza/the West Bank, Iraq/Turkey/Iran, Syria (Sweida, the south), Jordan, Yemen and the Red Sea,
# Djibouti/Eritrea/Ethiopia, Somalia/Puntland/Kenya, Sudan (Port Sudan, Kordofan, Darfur), South
# Sudan, Mali, Burkina Faso, Niger/Nigeria, Mauritania, Tunisia/Italy, Morocco, the Gulf (Saudi
# Arabia, Qatar, Oman, Bahrain, Kuwait), with UN/AU/ECOWAS/EU/Arab League bodies, a human rights
# council, agencies, companies and armed groups: repelled attacks, expelled diplomats, kidnapped
# workers, rejected ceasefire drafts, joint arrests abroad, drone smuggling, strikes and interceptions,
# restored relations, water accords, air support, nationalizations, sanctions listings, aid convoys,
# demolitions, hostage releases, fact-finding missions, threats to shipping, cholera appeals, returned
# archives, technical understandings on inspections, oil-field shutdowns, bodies handed back, arms
# embargoes, stand-by forces, election protests, pardons, executions of villagers; speech verbs and
# credits not in held-out9 (على ما أعلنه، حسبما، صرح بأن، يقول in the middle of a quote, نقلت عن، من
# جهته); all 20 CAMEO roots.
# Choices added for this set (same spirit as held-out9's):
# - an attack that the army repels and in which attackers are killed is one 19 from the attackers;
# - a joint arrest abroad with a neighbour's service: 17 from the first named, 06 toward the partner;
# - returning seized archives and handing back bodies or detained families are 08 (return);
# - reopening a border crossing is 08; restoring diplomatic relations is 05;
# - a threat with no named target is 13 with a null target; a call on unnamed donors is 02 likewise;
# - renewing an arms embargo is 16; calling it a «collective punishment» (واصفة إياه بأنه) is 11;
# - nationalizing a foreign company's mine is 17 toward the company;
# - praise and voiced support (ثمن، أكد له دعم) are 05; a wish to revive talks is 03;
# - a ministry named by a place rather than a nationality (وزارة الصحة في غزة) is its own entity;
# - a news agency credited with بحسب/حسبما is the speaker (an agency in a dateline is not);
# - a message carried by a visiting minister codes the visit only (no event for the sender).
# Scored fresh with the session-start engine (/tmp/rasd-s8start = release binary of af42094, built
# before this file existed), 2026-11-30 04:13 UTC, 74 records, 37 quotes, 102 events:
#   rasd eval-events crates/rasd-analyze/eval/quotes_events_dev21.jsonl --entities gold
#     quotes P 0.824 R 0.757 (28/34/37); events P 0.284 R 0.265 (27/95/102), by country 0.305 / 0.284
#   ... --entities analyzer
#     quotes P 0.771 R 0.730 (27/35/37); events P 0.323 R 0.304 (31/96/102), by country 0.365 / 0.343
# Its --errors (gold entities) were read once, only for the writer's own gold mistakes: none found,
# nothing changed (d21_59 keeps two quotes for إن X، وإن Y; d21_72, a hundred villagers executed,
# stays 20).
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
# - d21_38: (C) removed 02 لبنان -> الولايات المتحدة: an appeal in a participle (داعيا) is not
#   coded; (C) removed 02 لبنان -> فرنسا: an appeal in a participle (داعيا) is not coded.
# Re-annotated in session 18 (E3, 2026-12-01) to the guide of make_heldout14.py/make_dev28.py: a
# ministry with a nationality is its country, and one named without one in a record about its
# country is that country (older writers named the ministry itself). The ministry is no longer a
# gold entity; the state's entity takes the nationality as a spelling. Records changed:
# - d21_50: quote speaker وزارة الصحة في غزة -> فلسطين.
import json, os
P, L, O = "person", "location", "organization"
def E(name, t, c=None, *aliases): return {"name": name, "type": t, "country": c, "aliases": [name, *aliases]}
def Q(s, t): return {"speaker": s, "text": t}
def V(code, s, t, neg=False): return {"code": code, "source": s, "target": t, "negated": neg}
R = []
def rec(text, ents, quotes, events): R.append({"id": f"d21_{len(R)+1:02d}", "text": text, "entities": ents, "quotes": quotes, "events": events})

# countries (aliases: the forms the records use: nationality adjectives, capitals standing for governments)
ETH = E("إثيوبيا", L, "ETH", "الإثيوبية", "الإثيوبي", "أديس أبابا")
TZA = E("تنزانيا", L, "TZA", "التنزانية")
SOM = E("الصومال", L, "SOM", "الصومالية", "الصومالي", "مقديشو")
KEN = E("كينيا", L, "KEN", "الكينية", "الكيني", "كينيين", "نيروبي")
LBY = E("ليبيا", L, "LBY", "الليبية", "الليبي", "ليبية", "طرابلس")
IRQ = E("العراق", L, "IRQ", "العراقية", "العراقي", "عراقيين", "بغداد")
TUR = E("تركيا", L, "TUR", "التركية", "التركي", "أنقرة")
SYR = E("سوريا", L, "SYR", "السورية", "السوري", "سوريين", "دمشق")
SDN = E("السودان", L, "SDN", "السودانية", "السوداني", "السودانيين", "سوداني", "الخرطوم", "بورتسودان")
ARE = E("الإمارات", L, "ARE", "الإماراتية", "الإماراتي", "أبوظبي")
LBR = E("ليبيريا", L, "LBR")
NER = E("النيجر", L, "NER", "النيجرية", "النيجري", "نيجري", "نيامي")
BEN = E("بنين", L, "BEN", "كوتونو")
SAU = E("السعودية", L, "SAU", "السعودي", "سعودية", "الرياض")
IRN = E("إيران", L, "IRN", "الإيرانية", "الإيراني", "طهران")
MAR = E("المغرب", L, "MAR", "المغربية", "المغربي", "الرباط")
ESP = E("إسبانيا", L, "ESP", "الإسبانية", "مدريد")
PSE = E("فلسطين", L, "PSE", "الفلسطيني", "الفلسطينية", "فلسطينيا", "فلسطينيين", "غزة")
ISR = E("إسرائيل", L, "ISR", "الإسرائيلية", "الإسرائيلي", "إسرائيلية", "تل أبيب")
TCD = E("تشاد", L, "TCD", "التشادية", "التشادي", "نجامينا")
GIN = E("غينيا", L, "GIN", "كوناكري")
SSD = E("جنوب السودان", L, "SSD", "جوبا")
LBN = E("لبنان", L, "LBN", "اللبنانية", "اللبناني", "لبنانيين", "بيروت")
DZA = E("الجزائر", L, "DZA", "الجزائرية", "الجزائري")
MLI = E("مالي", L, "MLI", "المالية", "المالي", "باماكو")
YEM = E("اليمن", L, "YEM", "اليمنية", "اليمني")
TUN = E("تونس", L, "TUN", "التونسية", "التونسي", "تونسية", "تونسيا")
MRT = E("موريتانيا", L, "MRT", "الموريتانية", "الموريتاني", "نواكشوط")
SEN = E("السنغال", L, "SEN", "السنغالية", "السنغالي", "داكار")
EGY = E("مصر", L, "EGY", "المصرية", "المصري", "مصريين", "القاهرة")
QAT = E("قطر", L, "QAT", "القطرية", "القطري", "قطريين", "الدوحة")
SWE = E("السويد", L, "SWE", "السويدي", "ستوكهولم")
BFA = E("بوركينا فاسو", L, "BFA", "البوركينية", "البوركيني", "واغادوغو")
JOR = E("الأردن", L, "JOR", "الأردنية", "الأردني", "عمّان")
KWT = E("الكويت", L, "KWT", "الكويتية", "الكويتي")
OMN = E("سلطنة عمان", L, "OMN", "العمانية", "العماني", "مسقط")
FRA = E("فرنسا", L, "FRA", "الفرنسية", "الفرنسي", "باريس")
USA = E("الولايات المتحدة", L, "USA", "الأمريكية", "الأمريكي", "أمريكية", "واشنطن")
RUS = E("روسيا", L, "RUS", "الروسية", "الروسي", "موسكو")
ERI = E("إريتريا", L, "ERI", "الإريترية", "الإريتري", "أسمرة")
DJI = E("جيبوتي", L, "DJI")
NOR = E("النرويج", L, "NOR", "النرويجي")
# international bodies
UN = E("الأمم المتحدة", O, None, "الأممية", "الأممي", "للأمم المتحدة")
UNSC = E("مجلس الأمن الدولي", O, None, "مجلس الأمن")
AU = E("الاتحاد الأفريقي", O, None)
ECOWAS = E("المجموعة الاقتصادية لدول غرب أفريقيا", O, None, "إيكواس")
EU = E("الاتحاد الأوروبي", O, None, "بروكسل")
ARAB = E("جامعة الدول العربية", O, None, "الجامعة العربية")
GCC = E("مجلس التعاون لدول الخليج العربية", O, None, "مجلس التعاون الخليجي")
ICRC = E("اللجنة الدولية للصليب الأحمر", O, None, "الصليب الأحمر")
IAEA = E("الوكالة الدولية للطاقة الذرية", O, None, "الوكالة الذرية")
# armed groups and movements
OLA = E("جيش تحرير أورومو", O, "ETH")
SHABAB = E("حركة الشباب", O, "SOM", "الشباب")
HOUTHI = E("جماعة الحوثيين", O, "YEM", "الحوثيين", "الحوثيون", "حوثيين", "الجماعة")
RSF = E("قوات الدعم السريع", O, "SDN", "الدعم السريع")
SDF = E("قوات سوريا الديمقراطية", O, "SYR", "قسد")
HEZB = E("حزب الله", O, "LBN")
HAMAS = E("حركة حماس", O, "PSE", "حماس")
ISS = E("تنظيم الدولة في الساحل", O, None)
JNIM = E("جماعة نصرة الإسلام والمسلمين", O, None)
PKK = E("حزب العمال الكردستاني", O, None)
YPG = E("وحدات حماية الشعب الكردية", O, "SYR", "الوحدات الكردية")
ISIS = E("تنظيم الدولة", O, None, "داعش")
NGA = E("نيجيريا", L, "NGA", "النيجيرية", "النيجيري", "أبوجا")
ITA = E("إيطاليا", L, "ITA", "الإيطالية", "روما")
PAK = E("باكستان", L, "PAK", "الباكستانية", "إسلام آباد")
BHR = E("البحرين", L, "BHR", "البحرينية")
IRGC = E("الحرس الثوري الإيراني", O, "IRN", "الحرس الثوري")
SAF = E("الجيش السوداني", O, "SDN", "للجيش السوداني", "القوات المسلحة")
FACT = E("جبهة التناوب والوفاق", O, "TCD")
WHO = E("منظمة الصحة العالمية", O, None)

# 1 a repelled attack (one 19 from the attackers); أعلن أن is a quote of the army (its country)
rec("نجامينا (أ ف ب) - أعلن الجيش التشادي أن وحداته صدّت، فجر الأحد، هجوما شنه متمردو «جبهة التناوب والوفاق» على ثكنة عسكرية في منطقة تيبستي شمال البلاد، وقتلت عشرات المهاجمين.",
    [TCD, FACT],
    [Q("تشاد", "وحداته صدّت، فجر الأحد، هجوما شنه متمردو «جبهة التناوب والوفاق» على ثكنة عسكرية في منطقة تيبستي شمال البلاد، وقتلت عشرات المهاجمين")],
    [V("19", "جبهة التناوب والوفاق", "تشاد")])

# 2 expelling diplomats (16); the detention it answers (عقب) is not coded; وصفت ... بأنه condemns (11, no quote); متوعدة بـ a like response is a 13
rec("الجزائر - طردت السلطات الجزائرية تسعة دبلوماسيين فرنسيين ومنحتهم يومين لمغادرة البلاد، في خطوة جاءت عقب احتجاز السلطات الفرنسية دبلوماسيا جزائريا في مدينة ليون. ووصفت الخارجية الفرنسية القرار بأنه «غير مبرر»، متوعدة بـ«رد مماثل».",
    [DZA, FRA],
    [],
    [V("16", "الجزائر", "فرنسا"), V("11", "فرنسا", "الجزائر"), V("13", "فرنسا", "الجزائر")])

# 3 a kidnapping of workers by unknown gunmen (18 toward their country); an unnamed official is null
rec("خطفت مجموعة مسلحة مجهولة سبعة عمال مصريين من موقع بناء في مدينة أجدابيا شرق ليبيا، وطالبت ذويهم بفدية مالية، بحسب ما أكده مسؤول في وزارة الهجرة المصرية.",
    [EGY, LBY],
    [Q(None, "خطفت مجموعة مسلحة مجهولة سبعة عمال مصريين من موقع بناء في مدينة أجدابيا شرق ليبيا، وطالبت ذويهم بفدية مالية")],
    [V("18", None, "مصر")])

# 4 the commander of a named army receives a delegation (04 from the host); the clause credited with وفق to the army's command is its quote
LNA = E("الجيش الوطني الليبي", O, "LBY", "للجيش الوطني الليبي", "القيادة العامة")
rec("بنغازي - استقبل القائد العام للجيش الوطني الليبي، الثلاثاء، في مقره بالرجمة وفدا عسكريا روسيا رفيع المستوى يترأسه نائب وزير الدفاع، وبحث معه «آفاق التعاون في مجالي التدريب والتسليح»، وفق بيان للقيادة العامة.",
    [LNA, RUS],
    [Q("الجيش الوطني الليبي", "استقبل القائد العام للجيش الوطني الليبي، الثلاثاء، في مقره بالرجمة وفدا عسكريا روسيا رفيع المستوى يترأسه نائب وزير الدفاع، وبحث معه «آفاق التعاون في مجالي التدريب والتسليح»")],
    [V("04", "الجيش الوطني الليبي", "روسيا")])

# 5 a rejected proposal: the rejection only (12); the office of a prime minister with a nationality is the country
rec("رفضت إسرائيل مقترحا مصريا جديدا لوقف إطلاق النار في غزة يتضمن هدنة لمدة خمسين يوما، وقال مكتب رئيس الوزراء الإسرائيلي إن المقترح «لا يلبي الحد الأدنى من متطلبات أمن إسرائيل».",
    [ISR, EGY, PSE],
    [Q("إسرائيل", "المقترح «لا يلبي الحد الأدنى من متطلبات أمن إسرائيل»")],
    [V("12", "إسرائيل", "مصر")])

# 6 an arrest (17) made with a neighbour's service (06); على ما أعلنه credits the clause to a title with a nationality
rec("تمكن جهاز المخابرات العراقي، بالتعاون مع جهاز الاستخبارات التركي، من القبض على قيادي بارز في تنظيم داعش يعرف بـ«أبو خطاب الموصلي» داخل الأراضي التركية ونقله إلى بغداد، على ما أعلنه رئيس الوزراء العراقي في تدوينة.",
    [IRQ, TUR, ISIS],
    [Q("العراق", "تمكن جهاز المخابرات العراقي، بالتعاون مع جهاز الاستخبارات التركي، من القبض على قيادي بارز في تنظيم داعش يعرف بـ«أبو خطاب الموصلي» داخل الأراضي التركية ونقله إلى بغداد")],
    [V("17", "العراق", "تنظيم الدولة"), V("06", "العراق", "تركيا")])

# 7 clashes (19, first named as source); a named commander's refusal in the future tense inside a quote is no event
SMC = E("المجلس العسكري في السويداء", O, "SYR")
ABUFAKHR = E("مروان أبو فخر", P, "SYR", "أبو فخر")
rec("تجددت الاشتباكات، ليل الخميس، بين قوات الأمن العام السورية ومسلحين تابعين لـ«المجلس العسكري في السويداء» على أطراف بلدة المزرعة. وقال قائد المجلس العقيد مروان أبو فخر إن «قواتنا تدافع عن قرى الجبل ولن تسلم سلاحها لأحد».",
    [SYR, SMC, ABUFAKHR],
    [Q("مروان أبو فخر", "قواتنا تدافع عن قرى الجبل ولن تسلم سلاحها لأحد")],
    [V("19", "سوريا", "المجلس العسكري في السويداء")])

# 8 a foiled smuggling attempt and seizure (17, no target); the armed forces with a nationality credited with وفق
rec("أحبطت قوات حرس الحدود الأردنية، فجر السبت، محاولة تهريب كميات كبيرة من مادة الكريستال المخدرة بواسطة طائرة مسيّرة قادمة من الأراضي السورية، وضبطت الحمولة كاملة، وفق بيان للقوات المسلحة الأردنية.",
    [JOR, SYR],
    [Q("الأردن", "أحبطت قوات حرس الحدود الأردنية، فجر السبت، محاولة تهريب كميات كبيرة من مادة الكريستال المخدرة بواسطة طائرة مسيّرة قادمة من الأراضي السورية، وضبطت الحمولة كاملة")],
    [V("17", "الأردن", None)])

# 9 air strikes (19); a relative قالت ... إنها: the quote drops the fused pronoun and keeps the marks
rec("شنت مقاتلات أمريكية، ليل الأربعاء، نحو عشرين ضربة جوية استهدفت معاقل جماعة الحوثيين في محافظتي الحديدة وصعدة، قالت القيادة المركزية الأمريكية إنها استهدفت «منصات إطلاق صواريخ ومخازن طائرات مسيّرة».",
    [USA, HOUTHI],
    [Q("الولايات المتحدة", "استهدفت «منصات إطلاق صواريخ ومخازن طائرات مسيّرة»")],
    [V("19", "الولايات المتحدة", "جماعة الحوثيين")])

# 10 a drone launched at a city (19); the interception is part of it; أعلن + verbal noun is no quote; the group's unnamed spokesman is the group
rec("أعلن الجيش الإسرائيلي اعتراض طائرة مسيّرة أطلقت من اليمن باتجاه مدينة إيلات، فيما قال المتحدث العسكري باسم الحوثيين إن الجماعة «نفذت عملية نوعية» استهدفت «هدفا حيويا» في المدينة.",
    [ISR, YEM, HOUTHI],
    [Q("جماعة الحوثيين", "الجماعة «نفذت عملية نوعية» استهدفت «هدفا حيويا» في المدينة")],
    [V("19", "جماعة الحوثيين", "إسرائيل")])

# 11 a delegation's talks in a capital: one 04 (visit and talks, same pair)
rec("أجرى وفد من جماعة الحوثيين يترأسه كبير مفاوضيها محادثات في الرياض مع مسؤولين سعوديين على مدى خمسة أيام، تناولت صرف رواتب الموظفين وفتح الطرق بين المحافظات، وهي الزيارة الأولى لوفد الجماعة إلى المملكة منذ عام ونصف.",
    [HOUTHI, SAU],
    [],
    [V("04", "جماعة الحوثيين", "السعودية")])

# 12 restoring diplomatic relations (05); a mediation named after بعد is not coded
rec("أعلنت جيبوتي وإريتريا استئناف العلاقات الدبلوماسية بينهما وتبادل السفراء في أقرب الآجال، بعد وساطة قادتها قطر على مدى أشهر.",
    [DJI, ERI, QAT],
    [],
    [V("05", "جيبوتي", "إريتريا")])

# 13 an attack on a border post (19) credited to a named agency; the claim (01, no target); a demand (10)
JAA = E("جيش العدل", O, None)
TASNIM = E("وكالة تسنيم", O, "IRN")
rec("قتل خمسة من عناصر حرس الحدود الإيراني في هجوم شنه مسلحون من «جيش العدل» على مخفر حدودي في محافظة سيستان وبلوشستان قرب الحدود مع باكستان، بحسب وكالة تسنيم. وتبنى «جيش العدل» العملية في بيان على قناته، فيما طالبت طهران إسلام آباد باتخاذ «إجراءات حازمة» ضد الجماعات التي تنشط انطلاقا من أراضيها.",
    [IRN, JAA, PAK, TASNIM],
    [Q("وكالة تسنيم", "قتل خمسة من عناصر حرس الحدود الإيراني في هجوم شنه مسلحون من «جيش العدل» على مخفر حدودي في محافظة سيستان وبلوشستان قرب الحدود مع باكستان")],
    [V("19", "جيش العدل", "إيران"), V("01", "جيش العدل", None), V("10", "إيران", "باكستان")])

# 14 a framework accord signed (05); وصف ... بأنه praising it is the same root and pair (one event) and no quote
rec("وقع العراق وتركيا في بغداد اتفاقا إطاريا لإدارة الموارد المائية المشتركة مدته عشر سنوات، ووصف وزير الموارد المائية العراقي الاتفاق بأنه «الأهم منذ عقود».",
    [IRQ, TUR],
    [],
    [V("05", "العراق", "تركيا")])

# 15 clashes between two armies (19, first named as source); no comment is not coded
rec("اندلعت مواجهات بالأسلحة الثقيلة بين وحدات من الجيشين الإثيوبي والإريتري قرب منطقة بادمي الحدودية، هي الأولى من نوعها منذ سنوات، ولم يصدر أي تعليق رسمي عن أسمرة حتى مساء الاثنين.",
    [ETH, ERI],
    [],
    [V("19", "إثيوبيا", "إريتريا")])

# 16 fighting (19) with air support of a named force (06 from that force toward the side supported)
rec("استعاد الجيش الصومالي، بإسناد جوي من القوات الأمريكية، السيطرة على بلدة مهاس في إقليم هيران بعد معارك مع مقاتلي حركة الشباب استمرت ثلاثة أيام.",
    [SOM, USA, SHABAB],
    [],
    [V("19", "الصومال", "حركة الشباب"), V("06", "الولايات المتحدة", "الصومال")])

# 17 drone strikes on an army's fuel depots (19 toward the army); the power cut is the consequence; a named company credited with بحسب
SEC = E("الشركة السودانية للكهرباء", O, "SDN")
rec("استهدفت طائرات مسيّرة أطلقتها قوات الدعم السريع مستودعات للوقود تابعة للجيش السوداني ومحطة كهرباء في بورتسودان، ما أدى إلى انقطاع التيار عن أجزاء واسعة من المدينة، بحسب الشركة السودانية للكهرباء.",
    [RSF, SAF, SEC],
    [Q("الشركة السودانية للكهرباء", "استهدفت طائرات مسيّرة أطلقتها قوات الدعم السريع مستودعات للوقود تابعة للجيش السوداني ومحطة كهرباء في بورتسودان، ما أدى إلى انقطاع التيار عن أجزاء واسعة من المدينة")],
    [V("19", "قوات الدعم السريع", "الجيش السوداني")])

# 18 an arrest of a named opposition figure (17); a call for his release (02); a marked phrase after دعت is no quote
LUAL = E("جيمس لوال دينق", P, "SSD", "لوال")
UNMISS = E("بعثة الأمم المتحدة في جنوب السودان", O, None)
rec("جوبا - اعتقلت قوات الأمن في جنوب السودان نائب رئيس الحركة الشعبية في المعارضة جيمس لوال دينق من منزله في حي توم بينغ، ودعت بعثة الأمم المتحدة في جنوب السودان إلى الإفراج عنه «فورا ودون شروط».",
    [SSD, LUAL, UNMISS],
    [],
    [V("17", "جنوب السودان", "جيمس لوال دينق"), V("02", "بعثة الأمم المتحدة في جنوب السودان", "جنوب السودان")])

# 19 an arrest of a foreign embassy employee (17 toward his country), credited to a minister with a nationality; a demand for release (10) and its quote
rec("اعتقلت المخابرات العسكرية في مالي موظفا فرنسيا في سفارة بلاده بباماكو بتهمة «التعاون مع جهات أجنبية لزعزعة استقرار البلاد»، وفق ما أعلنه وزير الأمن المالي عبر التلفزيون الرسمي. وطالبت باريس بالإفراج الفوري عنه، مؤكدة أنه «يتمتع بالحصانة الدبلوماسية».",
    [MLI, FRA],
    [Q("مالي", "اعتقلت المخابرات العسكرية في مالي موظفا فرنسيا في سفارة بلاده بباماكو بتهمة «التعاون مع جهات أجنبية لزعزعة استقرار البلاد»"),
     Q("فرنسا", "يتمتع بالحصانة الدبلوماسية")],
    [V("17", "مالي", "فرنسا"), V("10", "فرنسا", "مالي")])

# 20 a general mobilization (15, no target); the recruitment is part of it; a marked term is no quote
rec("أعلنت السلطات الانتقالية في بوركينا فاسو «التعبئة العامة»، وفتحت باب التطوع أمام خمسين ألف شاب لدعم الوحدات النظامية في المناطق التي يتمدد فيها المتشددون شمالا وشرقا.",
    [BFA],
    [],
    [V("15", "بوركينا فاسو", None)])

# 21 nationalizing a foreign company's mine (17 toward the company) and accusing it (11)
SAHELGOLD = E("ساحل غولد", O, None)
rec("نيامي - أعلنت السلطات العسكرية في النيجر تأميم منجم الذهب في سامبا الذي تديره شركة «ساحل غولد» الأسترالية، متهمة الشركة بـ«التهرب الضريبي ونهب ثروات البلاد» على مدى عقد كامل.",
    [NER, SAHELGOLD],
    [],
    [V("17", "النيجر", "ساحل غولد"), V("11", "النيجر", "ساحل غولد")])

# 22 sanctions (16) on commanders of a foreign state's force (the force is the target)
AFC = E("الفيلق الأفريقي", O, "RUS")
rec("بروكسل - أدرج الاتحاد الأوروبي ستة من قادة «الفيلق الأفريقي» الروسي على قائمة عقوباته، إلى جانب شركتين تسوقان الذهب المستخرج من مناجم في مالي، وتشمل الإجراءات تجميد الأصول وحظر السفر.",
    [EU, AFC, RUS, MLI],
    [],
    [V("16", "الاتحاد الأوروبي", "الفيلق الأفريقي")])

# 23 praise (05) by the secretary-general of a body (the body); the swap in the relative clause has no named actor
rec("ثمّن الأمين العام لجامعة الدول العربية، في بيان، «الدور البنّاء» الذي اضطلعت به سلطنة عمان في إنجاز صفقة تبادل المحتجزين بين الأطراف اليمنية.",
    [ARAB, OMN, YEM],
    [],
    [V("05", "جامعة الدول العربية", "سلطنة عمان")])

# 24 an accord signed (05); the funds it provides for are future (no 07)
rec("وقعت تونس وإيطاليا، الاثنين في روما، اتفاقا يقضي بتقديم الجانب الإيطالي مئة مليون يورو لتمويل مشاريع تنموية في المناطق الداخلية التونسية، مقابل تشديد المراقبة على السواحل للحد من رحلات الهجرة غير النظامية.",
    [TUN, ITA],
    [],
    [V("05", "تونس", "إيطاليا")])

# 25 an aid convoy (07) toward the people of a territory (its country)
rec("أرسل المغرب قافلة مساعدات إنسانية تضم أربعين طنا من الأدوية والمواد الغذائية إلى سكان قطاع غزة عبر معبر كرم أبو سالم، في ثالث عملية من نوعها منذ مطلع العام.",
    [MAR, PSE],
    [],
    [V("07", "المغرب", "فلسطين")])

# 26 demolitions of homes (17 toward their owners' country); a named governor quoted with a marked tail
KHATIB = E("سليم الخطيب", P, "PSE", "الخطيب")
rec("هدمت جرافات الجيش الإسرائيلي، الثلاثاء، ستة عشر منزلا في مخيم جنين شمال الضفة الغربية بذريعة «البناء دون ترخيص»، في حين قال محافظ جنين سليم الخطيب إن عمليات الهدم «تهدف إلى تهجير السكان الفلسطينيين قسرا».",
    [ISR, PSE, KHATIB],
    [Q("سليم الخطيب", "عمليات الهدم «تهدف إلى تهجير السكان الفلسطينيين قسرا»")],
    [V("17", "إسرائيل", "فلسطين")])

# 27 a clash between a security force and a named armed group (19, the force first)
JENBAT = E("كتيبة جنين", O, "PSE")
rec("قتل عنصر من الأمن الفلسطيني وأصيب ثلاثة آخرون في اشتباك مع مسلحين من «كتيبة جنين» خلال حملة أمنية تنفذها الأجهزة الأمنية الفلسطينية في المخيم منذ أسبوعين.",
    [PSE, JENBAT],
    [],
    [V("19", "فلسطين", "كتيبة جنين")])

# 28 two releases in one exchange (08 each way); the ICRC's transport is part of the release
rec("أطلقت حماس، صباح الخميس، ثلاثة رهائن إسرائيليين نقلتهم مركبات الصليب الأحمر من دير البلح إلى نقطة تسلم قرب الحدود، وفي المقابل خرج من سجن عوفر تسعون معتقلا فلسطينيا أفرجت عنهم السلطات الإسرائيلية ضمن المرحلة الأولى من الهدنة.",
    [HAMAS, ISR, ICRC, PSE],
    [],
    [V("08", "حركة حماس", "إسرائيل"), V("08", "إسرائيل", "فلسطين")])

# 29 indirect talks under a sponsor: 04 between the sides, 04 from the sponsor to each
rec("انطلقت في الدوحة، برعاية قطرية، مفاوضات بالواسطة بين الحكومة التشادية و«جبهة التناوب والوفاق» المسلحة، تتناول دمج مقاتلي الجبهة في الجيش وإطلاق سراح أسرى الطرفين.",
    [QAT, TCD, FACT],
    [],
    [V("04", "تشاد", "جبهة التناوب والوفاق"), V("04", "قطر", "تشاد"), V("04", "قطر", "جبهة التناوب والوفاق")])

# 30 a fact-finding commission (09) toward the country whose official bodies run the centres
HRC = E("مجلس حقوق الإنسان", O, None)
rec("جنيف - صوّت مجلس حقوق الإنسان التابع للأمم المتحدة لصالح إيفاد بعثة مستقلة تتحرى ظروف وفاة مهاجرين داخل مراكز احتجاز تديرها أجهزة رسمية ليبية في غرب البلاد.",
    [HRC, UN, LBY],
    [],
    [V("09", "مجلس حقوق الإنسان", "ليبيا")])

# 31 a conditional threat (13) toward a country; the condition names another actor's act (no event)
rec("هدد وزير الدفاع الإسرائيلي بـ«ضرب العمق اللبناني دون تمييز» إذا واصل حزب الله ترميم قدراته العسكرية جنوب نهر الليطاني.",
    [ISR, LBN, HEZB],
    [],
    [V("13", "إسرائيل", "لبنان")])

# 32 a threat with no target (13, source only); the drills named as the occasion are not coded
rec("لوّح قائد القوة البحرية في الحرس الثوري الإيراني بوقف الملاحة التجارية عبر هرمز «إذا تعرضت المصالح الإيرانية لأي اعتداء»، وذلك في كلمة ألقاها خلال مناورات بحرية في مياه الخليج.",
    [IRGC],
    [],
    [V("13", "الحرس الثوري الإيراني", None)])

# 33 an appeal to unnamed donors (02, no target); محذرة من أن introduces a quote
rec("ناشدت منظمة الصحة العالمية المانحين توفير ثلاثين مليون دولار على وجه السرعة لمكافحة تفشي الكوليرا في اليمن، محذرة من أن «عدد الإصابات المشتبه بها تضاعف خلال ثلاثة أسابيع».",
    [WHO, YEM],
    [Q("منظمة الصحة العالمية", "عدد الإصابات المشتبه بها تضاعف خلال ثلاثة أسابيع")],
    [V("02", "منظمة الصحة العالمية", None)])

# 34 a demand to withdraw troops (10); the marked phrase after it is no quote
rec("طالبت وزارة الخارجية العراقية، في بيان شديد اللهجة، تركيا بسحب قواتها من معسكر زليكان قرب الموصل «فورا ودون قيد أو شرط».",
    [IRQ, TUR],
    [],
    [V("10", "العراق", "تركيا")])

# 35 rejecting a requested list (12 only); اعتبرت في مذكرة أن is a quote
rec("رفضت الجزائر قائمة تضم ستين من رعاياها طلبت فرنسا ترحيلهم إليها، واعتبرت وزارة الخارجية الجزائرية في مذكرة رسمية أن باريس «خرقت الإجراءات القنصلية المعمول بها بين البلدين».",
    [DZA, FRA],
    [Q("الجزائر", "باريس «خرقت الإجراءات القنصلية المعمول بها بين البلدين»")],
    [V("12", "الجزائر", "فرنسا")])

# 36 a statement with no event (أفادت بأن)
IOM = E("المنظمة الدولية للهجرة", O, None)
rec("أفادت المنظمة الدولية للهجرة بأن أكثر من أربعة آلاف مهاجر غير نظامي وصلوا إلى جزر الكناري الإسبانية انطلاقا من السواحل الموريتانية منذ مطلع الشهر الجاري.",
    [IOM, ESP, MRT],
    [Q("المنظمة الدولية للهجرة", "أكثر من أربعة آلاف مهاجر غير نظامي وصلوا إلى جزر الكناري الإسبانية انطلاقا من السواحل الموريتانية منذ مطلع الشهر الجاري")],
    [])

# 37 fighting that ends in taking a town (19); the armed forces' unnamed spokesman is the army; صرح بأن is a quote
rec("خاضت وحدات الجيش السوداني قتالا استمر أياما مع قوات الدعم السريع انتهى بدخولها مدينة أم روابة في شمال كردفان، وصرح الناطق الرسمي باسم القوات المسلحة بأن «الميليشيا فرت تاركة خلفها عشرات العربات القتالية».",
    [SAF, RSF],
    [Q("الجيش السوداني", "الميليشيا فرت تاركة خلفها عشرات العربات القتالية")],
    [V("19", "الجيش السوداني", "قوات الدعم السريع")])

# 38 an accusation (11) and a call on two named sponsors (02 each); marked phrases with no verb of speech
rec("اتهم رئيس الحكومة اللبنانية إسرائيل بخرق اتفاق وقف إطلاق النار «أكثر من ألفي مرة» منذ دخوله حيز التنفيذ، داعيا الولايات المتحدة وفرنسا، راعيتي الاتفاق، إلى «تحمل مسؤولياتهما».",
    [LBN, ISR, USA, FRA],
    [],
    [V("11", "لبنان", "إسرائيل")])

# 39 returning seized archives (08, return of property); the 1990 invasion named as a time is not coded
rec("تسلمت الكويت من العراق دفعة جديدة من الأرشيف الوطني الكويتي الذي نقل إلى بغداد إبان غزو عام 1990، خلال مراسم أقيمت في منفذ العبدلي الحدودي بحضور ممثل عن الأمم المتحدة.",
    [KWT, IRQ, UN],
    [],
    [V("08", "العراق", "الكويت")])

# 40 a visit (04); the host's minister quoted in a joint press conference (نظيره: his country)
rec("أنقرة - أجرى وزير الخارجية السوري، الأربعاء، زيارة رسمية إلى تركيا هي الثانية خلال ثلاثة أشهر، وقال نظيره التركي في مؤتمر صحفي مشترك إن «استقرار سوريا جزء لا يتجزأ من الأمن القومي التركي».",
    [SYR, TUR],
    [Q("تركيا", "استقرار سوريا جزء لا يتجزأ من الأمن القومي التركي")],
    [V("04", "سوريا", "تركيا")])

# 41 an understanding (05) and the meeting where it was announced (04 from the agency's head); حسبما أعلن credits the clause; the return of inspectors is future
rec("توصلت إيران والوكالة الدولية للطاقة الذرية إلى «تفاهم فني» يسمح بعودة المفتشين إلى منشأتي نطنز وأصفهان، حسبما أعلن مدير الوكالة عقب لقائه وزير الخارجية الإيراني في القاهرة.",
    [IRN, IAEA],
    [Q("الوكالة الدولية للطاقة الذرية", "توصلت إيران والوكالة الدولية للطاقة الذرية إلى «تفاهم فني» يسمح بعودة المفتشين إلى منشأتي نطنز وأصفهان")],
    [V("05", "إيران", "الوكالة الدولية للطاقة الذرية"), V("04", "الوكالة الدولية للطاقة الذرية", "إيران")])

# 42 a quote split around يقول (two quotes of one speaker); no event
WARSAME = E("يوسف عيسى ورسمي", P, "SOM", "ورسمي")
rec("«لن نقبل بأي وجود عسكري أجنبي لا يمر عبر البرلمان»، يقول وزير الدفاع الصومالي يوسف عيسى ورسمي، «وعلى الشركاء الدوليين أن يحترموا هذه القاعدة دون استثناء». وجاءت تصريحات ورسمي خلال جلسة استماع عقدتها لجنة الأمن في البرلمان الفيدرالي.",
    [WARSAME, SOM],
    [Q("يوسف عيسى ورسمي", "لن نقبل بأي وجود عسكري أجنبي لا يمر عبر البرلمان"),
     Q("يوسف عيسى ورسمي", "وعلى الشركاء الدوليين أن يحترموا هذه القاعدة دون استثناء")],
    [])

# 43 shutting an oil field by protesters (14, unnamed source) toward the body that runs it; its force majeure told by the body (quote)
NOC = E("المؤسسة الوطنية للنفط", O, "LBY")
rec("أغلق محتجون من مدن الجنوب الليبي حقل الشرارة النفطي، الأحد، للمطالبة بحصة من الوظائف في قطاع النفط، فيما قالت المؤسسة الوطنية للنفط إنها اضطرت إلى إعلان حالة القوة القاهرة ووقف الصادرات من ميناء الزاوية.",
    [LBY, NOC],
    [Q("المؤسسة الوطنية للنفط", "اضطرت إلى إعلان حالة القوة القاهرة ووقف الصادرات من ميناء الزاوية")],
    [V("14", None, "المؤسسة الوطنية للنفط")])

# 44 a killing by unknown gunmen told as fact in a relative clause (18); handing back the bodies is a return (08)
rec("سلّمت السلطات المالية نظيرتها الموريتانية جثامين ستة منقبين عن الذهب موريتانيين قتلوا على يد مسلحين مجهولين داخل الأراضي المالية قرب الحدود بين البلدين.",
    [MLI, MRT],
    [],
    [V("18", None, "موريتانيا"), V("08", "مالي", "موريتانيا")])

# 45 an agreement between two states (05)
rec("اتفقت الجزائر والنيجر على استئناف أشغال الشطر النيجري من أنبوب الغاز العابر للصحراء، الذي توقف منذ عامين، وذلك في ختام اجتماع للجنة المشتركة بين البلدين.",
    [DZA, NER],
    [],
    [V("05", "الجزائر", "النيجر"), V("04", "الجزائر", "النيجر")])

# 46 renewing an arms embargo (16) and the target's criticism (واصفة إياه بأنه: 11, no quote)
rec("نيويورك - صوّت مجلس الأمن الدولي على تجديد العقوبات وحظر توريد السلاح إلى جنوب السودان اثني عشر شهرا أخرى، بموافقة تسعة أعضاء وامتناع ستة، وانتقدت جوبا القرار، واصفة إياه بأنه «عقاب جماعي لشعب يسعى إلى السلام».",
    [UNSC, SSD],
    [],
    [V("16", "مجلس الأمن الدولي", "جنوب السودان"), V("11", "جنوب السودان", "مجلس الأمن الدولي")])

# 47 putting a standby force on alert (15, no target)
rec("أبوجا - أعلنت قيادة أركان المجموعة الاقتصادية لدول غرب أفريقيا وضع ألف وخمسمئة جندي من القوة الاحتياطية في حالة تأهب قصوى، تحسبا لتدهور الأوضاع الأمنية في المناطق الحدودية.",
    [ECOWAS],
    [],
    [V("15", "المجموعة الاقتصادية لدول غرب أفريقيا", None)])

# 48 a protest by a named movement against a named body (14); ما وصفوه بـ is no quote
SADR = E("التيار الوطني الشيعي", O, "IRQ")
IHEC = E("المفوضية العليا المستقلة للانتخابات", O, "IRQ", "مفوضية الانتخابات")
rec("بغداد - احتشد آلاف من أنصار التيار الوطني الشيعي أمام مبنى المفوضية العليا المستقلة للانتخابات، رافعين لافتات تندد بما وصفوه بـ«تزوير إرادة الناخبين» في ثلاث دوائر بالعاصمة.",
    [SADR, IHEC],
    [],
    [V("14", "التيار الوطني الشيعي", "المفوضية العليا المستقلة للانتخابات")])

# 49 arrests of suspects of a named group (17); حسبما ذكرت credits the clause to an agency with a nationality
ANADOLU = E("وكالة الأناضول", O, "TUR")
rec("ألقت فرق مكافحة الإرهاب التركية القبض على ثمانية وستين شخصا في مداهمات نفذتها فجرا بإحدى عشرة ولاية، للاشتباه بصلتهم بتنظيم الدولة، حسبما ذكرت وكالة الأناضول.",
    [TUR, ISIS, ANADOLU],
    [Q("وكالة الأناضول", "ألقت فرق مكافحة الإرهاب التركية القبض على ثمانية وستين شخصا في مداهمات نفذتها فجرا بإحدى عشرة ولاية، للاشتباه بصلتهم بتنظيم الدولة")],
    [V("17", "تركيا", "تنظيم الدولة")])

# 50 a strike told as fact inside a ministry's statement is coded (19); the ministry, named by place, is
# its country (session 18: it was its own entity)
rec("قالت وزارة الصحة في غزة إن غارة إسرائيلية على مدرسة تؤوي نازحين في حي التفاح أودت بحياة أحد عشر فلسطينيا بينهم خمسة أطفال.",
    [ISR, PSE],
    [Q("فلسطين", "غارة إسرائيلية على مدرسة تؤوي نازحين في حي التفاح أودت بحياة أحد عشر فلسطينيا بينهم خمسة أطفال")],
    [V("19", "إسرائيل", "فلسطين")])

# 51 receiving a head of state (04 from the host) and voicing support (05); no marks, no quote
rec("استقبل الرئيس المصري في القاهرة رئيس مجلس السيادة السوداني، وأكد له دعم مصر الكامل لوحدة السودان وسلامة أراضيه ومؤسساته الوطنية.",
    [EGY, SDN],
    [],
    [V("04", "مصر", "السودان"), V("05", "مصر", "السودان")])

# 52 reopening a border crossing (08 toward the neighbour)
rec("أعادت كينيا فتح معبر مانديرا الحدودي مع الصومال أمام حركة الأفراد والبضائع، بعد إغلاق استمر ثلاث سنوات لدواع أمنية، وفق ما أعلنه وزير الداخلية الكيني.",
    [KEN, SOM],
    [Q("كينيا", "أعادت كينيا فتح معبر مانديرا الحدودي مع الصومال أمام حركة الأفراد والبضائع، بعد إغلاق استمر ثلاث سنوات لدواع أمنية")],
    [V("08", "كينيا", "الصومال")])

# 53 an accusation (11) and its denial by the accused army (the accused act negated: arming, 07), with a quote
rec("اتهم وزير الخارجية التشادي الجيش السوداني بتسليح «جبهة التناوب والوفاق» وإيواء قادتها في دارفور، غير أن متحدثا باسم الجيش السوداني نفى الاتهامات، مؤكدا أن السودان «لا يتدخل في شؤون جيرانه».",
    [TCD, SAF, FACT, SDN],
    [Q("الجيش السوداني", "السودان «لا يتدخل في شؤون جيرانه»")],
    [V("11", "تشاد", "الجيش السوداني"), V("07", "الجيش السوداني", "جبهة التناوب والوفاق", True)])

# 54 aid to an army (07 toward its country); the EU's high representative (a title of the body) quoted
rec("أعلن الاتحاد الأوروبي حزمة مساعدات بقيمة مئتي مليون يورو لدعم الجيش اللبناني في انتشاره جنوب الليطاني، وقالت الممثلة العليا للسياسة الخارجية في الاتحاد إن «الجيش هو الضامن الوحيد لسيادة لبنان».",
    [EU, LBN],
    [Q("الاتحاد الأوروبي", "الجيش هو الضامن الوحيد لسيادة لبنان")],
    [V("07", "الاتحاد الأوروبي", "لبنان")])

# 55 a truce agreement between two brigades (05) through a mediator (04 to each); the clashes named as a time are not coded
B444 = E("اللواء 444 قتال", O, "LBY")
RADAA = E("جهاز الردع", O, "LBY")
TRIBES = E("المجلس الاجتماعي لقبائل سوق الجمعة", O, "LBY")
rec("طرابلس - توصل اللواء 444 قتال وجهاز الردع، بوساطة من المجلس الاجتماعي لقبائل سوق الجمعة، إلى اتفاق لوقف إطلاق النار بعد يومين من اشتباكات عنيفة في أحياء طرابلس الشرقية.",
    [B444, RADAA, TRIBES],
    [],
    [V("05", "اللواء 444 قتال", "جهاز الردع"), V("04", "المجلس الاجتماعي لقبائل سوق الجمعة", "اللواء 444 قتال"),
     V("04", "المجلس الاجتماعي لقبائل سوق الجمعة", "جهاز الردع")])

# 56 handing families back across a border (08 from the force that held them)
rec("تسلم العراق من قوات سوريا الديمقراطية مئة وخمسين عائلة عراقية كانت تقيم في مخيم الهول بريف الحسكة، ونقلت العائلات إلى مركز تأهيل في محافظة نينوى.",
    [IRQ, SDF],
    [],
    [V("08", "قوات سوريا الديمقراطية", "العراق")])

# 57 arrests (17, no target) and an accusation against a foreign force (11)
rec("أعلنت وزارة الداخلية البحرينية القبض على تسعة أشخاص كانوا يخططون لتفجير منشآت أمنية، متهمة الحرس الثوري الإيراني بتدريبهم على استخدام المتفجرات في معسكرات خارج البلاد.",
    [BHR, IRGC],
    [],
    [V("17", "البحرين", None), V("11", "البحرين", "الحرس الثوري الإيراني")])

# 58 a visit (04) by a minister carrying a message; the sender of the message is not coded
rec("نقل وزير الخارجية العماني، خلال زيارة إلى واشنطن، رسالة من القيادة الإيرانية إلى الإدارة الأمريكية تتعلق بالملف النووي، وفق ما أكدته مصادر دبلوماسية في مسقط.",
    [OMN, USA, IRN],
    [Q(None, "نقل وزير الخارجية العماني، خلال زيارة إلى واشنطن، رسالة من القيادة الإيرانية إلى الإدارة الأمريكية تتعلق بالملف النووي")],
    [V("04", "سلطنة عمان", "الولايات المتحدة")])

# 59 a statement with no event; a future-tense aim in a quote
rec("قال رئيس الوزراء الإثيوبي أمام البرلمان إن بلاده «لن تبقى سجينة الجغرافيا»، وإن الحصول على منفذ على البحر الأحمر «مسألة وجود لا يمكن تأجيلها».",
    [ETH],
    [Q("إثيوبيا", "بلاده «لن تبقى سجينة الجغرافيا»"),
     Q("إثيوبيا", "الحصول على منفذ على البحر الأحمر «مسألة وجود لا يمكن تأجيلها»")],
    [])

# 60 taking a town after a siege (19 toward the army that held it); a scare name given by the government is no quote
rec("سيطرت قوات الدعم السريع، التي تسميها الحكومة «الميليشيا المتمردة»، على مدينة بابنوسة في غرب كردفان بعد حصار دام أكثر من عام لمقر الفرقة 22 مشاة التابعة للجيش السوداني.",
    [RSF, SAF],
    [],
    [V("19", "قوات الدعم السريع", "الجيش السوداني")])

# 61 a pardon that frees activists of a named movement (08)
IRA = E("حركة إيرا", O, "MRT", "إيرا")
rec("أصدر الرئيس الموريتاني عفوا عن ثلاثة عشر ناشطا من حركة «إيرا» المناهضة للعبودية كانوا يقضون أحكاما بالسجن منذ احتجاجات العام الماضي في مدينة روصو.",
    [MRT, IRA],
    [],
    [V("08", "موريتانيا", "حركة إيرا")])

# 62 two army chiefs agree on joint patrols (05); the patrols themselves are future
rec("اتفق قائدا جيشي نيجيريا والنيجر، خلال لقاء جمعهما في مدينة مارادي، على استئناف الدوريات المشتركة على الحدود بين البلدين بعد توقفها إثر انقلاب عام 2023.",
    [NGA, NER],
    [],
    [V("05", "نيجيريا", "النيجر"), V("04", "نيجيريا", "النيجر")])

# 63 talks (04) and then two quotes by من جهته / the first speaker
rec("أكد وزير الخارجية الجزائري، في ختام محادثات أجراها مع نظيره الموريتاني في الجزائر العاصمة، أن البلدين «يتقاسمان الرؤية ذاتها بشأن أمن الساحل». من جهته، قال الوزير الموريتاني إن الطريق البري الجديد بين تندوف والزويرات «سيغير وجه المبادلات التجارية بين البلدين».",
    [DZA, MRT],
    [Q("الجزائر", "البلدين «يتقاسمان الرؤية ذاتها بشأن أمن الساحل»"),
     Q("موريتانيا", "الطريق البري الجديد بين تندوف والزويرات «سيغير وجه المبادلات التجارية بين البلدين»")],
    [V("04", "الجزائر", "موريتانيا")])
# 64 shelling a displacement camp (19 toward the displaced people's country) and a UN condemnation (11)
rec("قصفت قوات الدعم السريع بالمدفعية، صباح السبت، مخيم زمزم للنازحين جنوب الفاشر، ما أسفر عن مقتل ما لا يقل عن ثلاثين نازحا سودانيا، ودانت الأمم المتحدة القصف ووصفته بأنه «انتهاك صارخ للقانون الإنساني الدولي».",
    [RSF, SDN, UN],
    [],
    [V("19", "قوات الدعم السريع", "السودان"), V("11", "الأمم المتحدة", "قوات الدعم السريع")])

# 65 fighting (19) with the air support of a named state (06 toward the side supported)
PUNT = E("بونتلاند", L, "SOM", "ولاية بونتلاند")
rec("تخوض قوات ولاية بونتلاند منذ أسابيع معارك ضد مسلحي تنظيم الدولة في جبال علمسكاد، بدعم جوي من الإمارات التي نفذت طائراتها غارات متكررة على كهوف يتحصن فيها المسلحون.",
    [PUNT, ISIS, ARE],
    [],
    [V("19", "بونتلاند", "تنظيم الدولة"), V("06", "الإمارات", "بونتلاند")])

# 66 disarming and moving members of a named foreign opposition party (17); the accord named after بموجب is not coded
KDPI = E("الحزب الديمقراطي الكردستاني الإيراني", O, None)
rec("بموجب الاتفاق الأمني الموقع بين بغداد وطهران، نقلت الحكومة العراقية مئات من عناصر الحزب الديمقراطي الكردستاني الإيراني من مقارهم القريبة من الحدود إلى مخيمات في عمق إقليم كردستان، وجردتهم من أسلحتهم الثقيلة.",
    [IRQ, IRN, KDPI],
    [],
    [V("17", "العراق", "الحزب الديمقراطي الكردستاني الإيراني")])

# 67 arrests of members of a named movement (17); the rocket fire they are suspected of is not coded; the army command credited with وفق
rec("أوقف الجيش اللبناني ثلاثة أشخاص ينتمون إلى حركة حماس يشتبه في تورطهم بإطلاق صواريخ من جنوب لبنان باتجاه إسرائيل، وفق بيان لقيادة الجيش.",
    [LBN, HAMAS, ISR],
    [Q("لبنان", "أوقف الجيش اللبناني ثلاثة أشخاص ينتمون إلى حركة حماس يشتبه في تورطهم بإطلاق صواريخ من جنوب لبنان باتجاه إسرائيل")],
    [V("17", "لبنان", "حركة حماس")])

# 68 downing another state's drone (19); أكد + verbal noun is no quote
rec("أسقطت جماعة الحوثيين طائرة أمريكية مسيّرة من طراز «إم كيو-9» في أجواء محافظة مأرب، هي الثالثة التي تعلن الجماعة إسقاطها خلال شهر، في حين أكد مسؤول أمريكي فقدان الطائرة دون أن يحدد سبب سقوطها.",
    [HOUTHI, USA],
    [],
    [V("19", "جماعة الحوثيين", "الولايات المتحدة")])

# 69 direct talks under a sponsor (04 between the sides and from the sponsor to each); نقلت ... عن مصدر: an unnamed source is null
rec("عقد مسؤولون سوريون وإسرائيليون جولة محادثات مباشرة في باريس برعاية أمريكية لبحث ترتيبات أمنية في الجنوب السوري، وفق ما نقلته وكالة الأنباء الرسمية عن مصدر في وزارة الخارجية.",
    [SYR, ISR, USA],
    [Q(None, "عقد مسؤولون سوريون وإسرائيليون جولة محادثات مباشرة في باريس برعاية أمريكية لبحث ترتيبات أمنية في الجنوب السوري")],
    [V("04", "سوريا", "إسرائيل"), V("04", "الولايات المتحدة", "سوريا"), V("04", "الولايات المتحدة", "إسرائيل")])

# 70 a wish to revive a negotiation forum (03 toward each side); the condition is no event
rec("أبدت السعودية رغبتها في إحياء منبر جدة التفاوضي بين الجيش السوداني وقوات الدعم السريع، شرط التزام الطرفين بالتعهدات الإنسانية الموقعة سابقا.",
    [SAU, SAF, RSF],
    [],
    [V("03", "السعودية", "الجيش السوداني"), V("03", "السعودية", "قوات الدعم السريع")])

# 71 summoning three ambassadors (11 toward each state); the act protested (احتجاجا على) is not coded
DEU = E("ألمانيا", L, "DEU")
GBR = E("بريطانيا", L, "GBR", "البريطاني")
rec("طهران - استدعت وزارة الخارجية الإيرانية سفراء فرنسا وبريطانيا وألمانيا، احتجاجا على تحرك الدول الثلاث في مجلس الأمن لإعادة فرض العقوبات الأممية عبر آلية «الزناد».",
    [IRN, FRA, GBR, DEU, UNSC],
    [],
    [V("11", "إيران", "فرنسا"), V("11", "إيران", "بريطانيا"), V("11", "إيران", "ألمانيا")])

# 72 executions of villagers in three villages (20 toward their country)
rec("أعدم عناصر من تنظيم الدولة في الساحل أكثر من مئة قروي نيجري في ثلاث قرى بمنطقة تاهوا غرب البلاد، في واحدة من أكثر الهجمات دموية منذ سنوات، بحسب مسؤولين محليين.",
    [ISS, NER],
    [Q(None, "أعدم عناصر من تنظيم الدولة في الساحل أكثر من مئة قروي نيجري في ثلاث قرى بمنطقة تاهوا غرب البلاد، في واحدة من أكثر الهجمات دموية منذ سنوات")],
    [V("20", "تنظيم الدولة في الساحل", "النيجر")])

# 73 a statement on a topic with no other act (01, no target); أكد فيه أن is a quote
HCS = E("المجلس الأعلى للدولة", O, "LBY")
rec("طرابلس - أصدر المجلس الأعلى للدولة بيانا بشأن مشروع الميزانية العامة للعام المقبل، أكد فيه أن «أي إنفاق يجري خارج الإطار القانوني المتفق عليه يعد باطلا ولا يلزم الدولة».",
    [HCS, LBY],
    [Q("المجلس الأعلى للدولة", "أي إنفاق يجري خارج الإطار القانوني المتفق عليه يعد باطلا ولا يلزم الدولة")],
    [V("01", "المجلس الأعلى للدولة", None)])

# 74 an investigation (09) by a prosecutor with a nationality into a named body's contracts
rec("أذنت النيابة العامة الليبية بفتح تحقيق في عقود أبرمتها المؤسسة الوطنية للنفط مع شركات أجنبية لتطوير حقول في حوض غدامس، بعد تقرير لديوان المحاسبة رصد «مخالفات جسيمة» في إجراءات الترسية.",
    [LBY, NOC],
    [],
    [V("09", "ليبيا", "المؤسسة الوطنية للنفط")])

for r in R:  # every quote lies in the text; every actor and speaker is one of the record's entities
    names = {e["name"] for e in r["entities"]}
    for q in r["quotes"]:
        assert q["text"] in r["text"], (r["id"], q["text"])
        assert q["speaker"] is None or q["speaker"] in names, (r["id"], q["speaker"])
    for v in r["events"]:
        assert v["source"] is None or v["source"] in names, (r["id"], v)
        assert v["target"] is None or v["target"] in names, (r["id"], v)
        assert v["source"] is not None or v["target"] is not None, (r["id"], v)
    for e in r["entities"]:
        assert any(a in r["text"] for a in e["aliases"]), (r["id"], e["name"])
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "quotes_events_dev21.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in R:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(R), "records,", sum(len(r["quotes"]) for r in R), "quotes,", sum(len(r["events"]) for r in R), "events")
