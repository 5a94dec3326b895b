# Writes eval/quotes_events_heldout10.jsonl: the tenth held-out set, written on 2026-11-30 (session 9,
# 06:18-06:30 UTC) by a new evaluation-set writer who never read the rules (crates/rasd-analyze/src)
# or the lexicons (data/), and who opened no earlier set beyond the headers of make_heldout9.py,
# make_heldout8.py, make_dev21.py and make_dev20.py and the first two and last two records of
# make_heldout9.py for the format (a listing of make_heldout9.py's rec( lines also showed the
# opening words of its first fifteen records; none is paraphrased here). Frozen at the commit that adds it
# (see BENCHMARKS.md): scored once with the session-start engine, its per-record errors never
# printed, no rule tuned on it. Same format, helpers (E, Q, V, rec) and annotation guide as
# make_heldout9.py; all sentences are the writer's own and every person named is invented (titles
# without names stand for real offices only through their country or body).
# Before the commit, 5-word sequences shared with all older sets' texts were counted by a script that
# printed only counts and this set's shared 5-grams (never the older texts): a first draft shared 107
# over 84 records; 38 records were rephrased; 27 remain, all names of bodies (UNIFIL, UNSMIL, UNRWA,
# ECOWAS, AUSSOM, KSrelief, the AU Peace and Security Council, a Syrian monitor) and one "من جماعة
# نصرة الإسلام والمسلمين".
# Wire items and two-sentence paragraphs over Mauritania, Chad, Libya (Tripoli, Zawiya, the south,
# the east), Sudan, Yemen (Aden, Marib, Sanaa), Iraq and its Kurdistan region, Turkey, Lebanon,
# Syria (Damascus, Deir ez-Zor, Quneitra), Qatar/Iran, Mali, Niger, Djibouti/Somaliland, Somalia/
# Puntland/Kenya, Tunisia/Italy, Burkina Faso, Algeria/Spain/Morocco, Palestine (Ramallah, Nablus,
# Jenin, Gaza), Kuwait, Oman, Guinea-Bissau, Eritrea/Ethiopia, the UAE, Saudi Arabia, Jordan and the
# Hague, with UN/AU/ECOWAS/EU/Arab League/GCC bodies, the ICC, the IAEA, NGOs, agencies and armed
# groups: datelines with and without an agency credit, verb-first and subject-first, passives,
# verbal nouns, relative clauses, several events in a sentence, negation and denials, statements with
# no event, speech over two sentences (pronoun, title, من جانبه, description), quotes before their
# attribution (بهذه العبارة لخص، قال مسؤول ...), «» “” "" marks, marked tails, scare quotes, numbers
# and dates; all 20 CAMEO roots (04 18, 19 15, 11 10, 17 10, 05 8, 16 7, 08 6, 02 5, 07 5, 18 4,
# 01 3, 06 3, 10 3, 14 3, 15 3, 09 2, 12 2, 03 1, 13 1, 20 1; 4 negated; 3 quotes with a null
# speaker).
# Scored once (final file), with the session-start engine (/tmp/rasd-s9start = release binary of
# 0369897, built before this file existed), 2026-11-30 06:27 UTC, 84 records, 45 gold quotes,
# 110 gold events (only totals printed, never --errors):
#   rasd eval-events crates/rasd-analyze/eval/quotes_events_heldout10.jsonl --entities gold
#     quotes P 0.826 R 0.844 (38/46/45); events P 0.423 R 0.300 (33/78/110), by country 0.449 / 0.318
#   ... --entities analyzer
#     quotes P 0.826 R 0.844 (38/46/45); events P 0.333 R 0.245 (27/81/110), by country 0.358 / 0.264
# Conventions followed (those of make_heldout9.py/heldout8 and dev20/21): a title, ministry, army,
# command, court or guard with a nationality is its country; an unnamed source is null; a named
# person is the actor (an envoy or a force commander of a body with no country); the title of a body
# (its secretary-general, commissioner-general, director-general) is the body; a description or
# pronoun is the entity it refers back to; an act and its consequence are one event; two clauses with
# the same root and pair are one event; the place where something happens is not a target (the
# country a force enters is); an accusation codes 11 and not the accused act; a denial codes the
# denied act negated; a rejected offer codes the rejection only; intentions, plans and conditions are
# no events; reported speech is a quote (saying is no 01), but a past act it reports as fact is coded;
# an accusative of reason or purpose (احتجاجا على، مطالبا، تحسبا لـ، للمطالبة، داعية) and a past act
# named as a reason (بعد، إثر، استجابة لطلب) are not coded; a clause credited with بحسب/وفق to someone
# is that someone's quote (null when unnamed; a news agency is a speaker); وصف X بأنه «...» is no quote
# (condemns: 11; praises: 05); a claim of responsibility is 01 with no target next to the act; a
# mediator or sponsor codes 04 toward each side; talks that end without agreement code a negated 05;
# an official protest is 11; a statement with no other act is 01 with no target; closing a border and
# withholding tax revenues are 16; a pledge or readiness to fund is 03; an air, drone or mortar strike
# is 19; a kidnapping or a bombing is 18; a broadcast ban is 17 toward the channel's country; troops
# sent within an AU mission and a renewed UN mission mandate are 07 toward the host; a welcome is 05.
# Choices made where the guide is silent (noted so that a reader can disagree):
# - شدد على / أكد + a marked noun phrase (no أن) is a quote of what the marks hold (h10_10);
# - a pipeline shut by an armed group demanding pay is 14 (obstruct) toward the oil company (h10_03);
# - a participle accusation (متهمة إياها بـ) is coded 11, unlike participles of purpose or appeal
#   (h10_19); a participle of speech (قائلة إن، مؤكدا أن، معتبرة أنها، مضيفة أنها) introduces a quote;
# - نفى أن / نفت تقديم is no quote, only the negated act (h10_20, h10_49);
# - a court's prison sentence is 11 (find guilty) toward the group the convicted cell served (h10_34);
# - a massacre of villagers named without nationality is 20 with a null target (h10_35);
# - an arson raid by settlers on a village is 18 with a null target (the village is a place; h10_51);
# - a host of a visit codes one 04 (host -> guest), a three-way meeting one 04 from the host toward each
#   guest (h10_02, h10_75); a visit named in a time phrase (خلال زيارة) is coded (h10_60);
# - a pursuit and captures of a rebel group are 19 and 17 (two acts, h10_46);
# - a raid's search and its end (قبل أن تنسحب) belong to the incursion: one 19 (h10_56);
# - a pluperfect detention in a relative clause (كانت قد احتجزتهم) is coded 17 next to the return (08);
# - recalling an ambassador for consultation and expelling a military attaché are 16;
# - suspending food aid in areas a group controls is 16 toward the group (h10_63);
# - fighters burning their weapons is 08 toward the state they fought (h10_64);
# - a live-fire exercise near a border is 15 with no target; a reinforced deployment against feared
#   clashes with armed men named by nationality is 15 toward their country (h10_43, h10_80);
# - an unknown attacker's boat bombing of a ship: 18 with a null source toward the flag state (h10_47);
# - a demand on unnamed security services and a call on unnamed donors have a null target.
import json, os
P, L, O = "person", "location", "organization"
def E(name, t, c=None, *aliases): return {"name": name, "type": t, "country": c, "aliases": [name, *aliases]}
def Q(s, t): return {"speaker": s, "text": t}
def V(code, s, t, neg=False): return {"code": code, "source": s, "target": t, "negated": neg}
R = []
def rec(text, ents, quotes, events): R.append({"id": f"h10_{len(R)+1:02d}", "text": text, "entities": ents, "quotes": quotes, "events": events})

# countries (aliases: the forms the records use)
MRT = E("موريتانيا", L, "MRT", "الموريتانية", "الموريتاني", "نواكشوط")
MLI = E("مالي", L, "MLI", "المالي", "المالية", "باماكو")
TCD = E("تشاد", L, "TCD", "التشادي", "التشادية", "نجامينا")
LBY = E("ليبيا", L, "LBY", "الليبية", "الليبي", "طرابلس")
SDN = E("السودان", L, "SDN", "السودانية", "السوداني", "بورتسودان")
YEM = E("اليمن", L, "YEM", "اليمنية", "اليمني", "يمنيا")
TUR = E("تركيا", L, "TUR", "التركية", "التركي", "تركية", "أنقرة")
IRQ = E("العراق", L, "IRQ", "العراقية", "العراقي", "بغداد")
LBN = E("لبنان", L, "LBN", "اللبنانية", "اللبناني", "بيروت")
SYR = E("سوريا", L, "SYR", "السورية", "السوري", "سورية", "دمشق")
QAT = E("قطر", L, "QAT", "القطري", "قطرية", "الدوحة")
IRN = E("إيران", L, "IRN", "الإيرانية", "الإيراني", "الإيرانيين", "طهران")
CHN = E("الصين", L, "CHN", "صينية", "الصينية")
NER = E("النيجر", L, "NER", "النيجري", "نيامي")
DJI = E("جيبوتي", L, "DJI", "الجيبوتية")
SLD = E("أرض الصومال", L, "SOM")
SOM = E("الصومال", L, "SOM", "الصومالية", "الصومالي", "مقديشو")
ITA = E("إيطاليا", L, "ITA", "الإيطالية")
TUN = E("تونس", L, "TUN", "التونسي", "التونسية")
BFA = E("بوركينا فاسو", L, "BFA", "البوركينية", "واغادوغو")
FRA = E("فرنسا", L, "FRA", "الفرنسية")
DZA = E("الجزائر", L, "DZA", "الجزائرية", "الجزائري")
ESP = E("إسبانيا", L, "ESP", "الإسباني", "الإسبانية", "مدريد")
MAR = E("المغرب", L, "MAR", "المغربية", "المغربي", "الرباط")
PSE = E("فلسطين", L, "PSE", "الفلسطيني", "الفلسطينية", "فلسطينيين")
ISR = E("إسرائيل", L, "ISR", "الإسرائيلية", "الإسرائيلي", "إسرائيلية", "إسرائيليون")
SAU = E("السعودية", L, "SAU", "السعودي", "السعودية", "سعودية")
PAN = E("بنما", L, "PAN")
GNB = E("غينيا بيساو", L, "GNB", "البيساوي")
EGY = E("مصر", L, "EGY", "المصرية", "مصري", "القاهرة")
SEN = E("السنغال", L, "SEN", "السنغالي")
KEN = E("كينيا", L, "KEN", "الكيني", "نيروبي")
ERI = E("إريتريا", L, "ERI", "الإريتري")
ETH = E("إثيوبيا", L, "ETH", "الإثيوبية", "أديس أبابا")
USA = E("الولايات المتحدة", L, "USA", "الأمريكية", "أمريكيا", "واشنطن")
OMN = E("سلطنة عمان", L, "OMN", "العماني")
SSD = E("جنوب السودان", L, "SSD")
CHE = E("سويسرا", L, "CHE", "سويسري")
ARE = E("الإمارات", L, "ARE", "الإماراتية")
JOR = E("الأردن", L, "JOR", "الأردنية", "عمّان")
RUS = E("روسيا", L, "RUS", "روسية")
# international bodies
AU = E("الاتحاد الأفريقي", O, None)
UNSC = E("مجلس الأمن الدولي", O, None, "مجلس الأمن")
EU = E("الاتحاد الأوروبي", O, None)
ARAB = E("جامعة الدول العربية", O, None)
ECOWAS = E("المجموعة الاقتصادية لدول غرب أفريقيا", O, None, "إيكواس")
IAEA = E("الوكالة الدولية للطاقة الذرية", O, None, "الوكالة")
GCC = E("مجلس التعاون لدول الخليج العربية", O, None)
UNRWA = E("وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين", O, None, "أونروا", "الوكالة")
UNSMIL = E("بعثة الأمم المتحدة للدعم في ليبيا", O, None, "البعثة الأممية")
ICC = E("المحكمة الجنائية الدولية", O, None)
WFP = E("برنامج الأغذية العالمي", O, None)
HRW = E("هيومن رايتس ووتش", O, None)
# armed groups and movements
RSF = E("قوات الدعم السريع", O, "SDN", "الدعم السريع")
PKK = E("حزب العمال الكردستاني", O, None, "الحزب")
ISIS = E("تنظيم الدولة", O, None)
JNIM = E("جماعة نصرة الإسلام والمسلمين", O, None)
ISWAP = E("تنظيم الدولة في غرب أفريقيا", O, None)
SHABAB = E("حركة الشباب", O, "SOM")
HOUTHI = E("جماعة الحوثيين", O, "YEM", "الجماعة", "الحوثيين")
HEZB = E("حزب الله", O, "LBN", "الحزب")
HAMAS = E("حركة حماس", O, "PSE", "حماس")
FATAH = E("حركة فتح", O, "PSE", "فتح")
SDF = E("قوات سوريا الديمقراطية", O, "SYR", "قسد")
FLA = E("جبهة تحرير أزواد", O, "MLI", "الجبهة")
KRG = E("حكومة إقليم كردستان", O, "IRQ")

# 1 dateline with agency credit (no speaker); أعلنت أن is a quote; a clash with unnamed infiltrators (19, null target); the neighbour named as a place is no target
rec("نواكشوط (رويترز) - أعلنت وزارة الدفاع الموريتانية أن وحدة من الجيش اشتبكت، مساء الثلاثاء، مع مسلحين تسللوا من الجانب المالي للحدود قرب بلدة عين بنتيلي، ما أسفر عن مقتل اثنين من المهاجمين وإصابة جندي بجروح طفيفة.",
    [MRT, MLI],
    [Q("موريتانيا", "وحدة من الجيش اشتبكت، مساء الثلاثاء، مع مسلحين تسللوا من الجانب المالي للحدود قرب بلدة عين بنتيلي، ما أسفر عن مقتل اثنين من المهاجمين وإصابة جندي بجروح طفيفة")],
    [V("19", "موريتانيا", None)])

# 2 a host receives an AU envoy and discusses with him (one 04: same root and pair); the envoy is the actor, with no country
MWANZA = E("جان بيير موانزا", P, None, "موانزا")
rec("استقبل الرئيس التشادي، الأحد في نجامينا، موفد الاتحاد الأفريقي الخاص بالأزمة السودانية جان بيير موانزا، وبحث معه سبل إيصال المساعدات الغذائية إلى مخيمات اللاجئين في إقليم وداي الشرقي، الذي يؤوي أكثر من ستمئة ألف فار من الحرب.",
    [TCD, MWANZA, AU, SDN],
    [],
    [V("04", "تشاد", "جان بيير موانزا")])

# 3 a company reports a pipeline shut by an unnamed armed group demanding pay (14 toward the company; the purpose is no event)
NOC = E("المؤسسة الوطنية للنفط", O, "LBY", "المؤسسة")
rec("طرابلس - قالت المؤسسة الوطنية للنفط في ليبيا إن مجموعة مسلحة أغلقت، صباح الأربعاء، صمامات خط الأنابيب الذي يربط حقل الواحة الجنوبي بميناء الزويتينة، للمطالبة بصرف رواتب متأخرة منذ خمسة أشهر، ما تسبب في فقدان نحو ستين ألف برميل يوميا من الإنتاج.",
    [NOC, LBY],
    [Q("المؤسسة الوطنية للنفط", "مجموعة مسلحة أغلقت، صباح الأربعاء، صمامات خط الأنابيب الذي يربط حقل الواحة الجنوبي بميناء الزويتينة، للمطالبة بصرف رواتب متأخرة منذ خمسة أشهر، ما تسبب في فقدان نحو ستين ألف برميل يوميا من الإنتاج")],
    [V("14", None, "المؤسسة الوطنية للنفط")])

# 4 an accusation (11, not the accused strike); the ministry's quote with a marked tail; an appeal to the Security Council (02); a scare-free call
rec("بورتسودان - حمّلت وزارة الخارجية السودانية قوات الدعم السريع المسؤولية عن ضرب مستشفى الأمل في مدينة الأبيض بأربع مسيّرات انتحارية فجر السبت، ما أدى إلى مقتل تسعة أشخاص بينهم ممرضتان. وقالت الوزارة في بيانها إن الهجوم «جريمة حرب مكتملة الأركان»، ودعت مجلس الأمن الدولي إلى إدراج تلك القوات على قوائم الإرهاب.",
    [SDN, RSF, UNSC],
    [Q("السودان", "الهجوم «جريمة حرب مكتملة الأركان»")],
    [V("11", "السودان", "قوات الدعم السريع"), V("02", "السودان", "مجلس الأمن الدولي")])

# 5 a release (08) of journalists, targeted through their radio; the detention as a duration and the union's pressure as the reason are not coded
PUNT = E("ولاية بونتلاند", O, "SOM", "بونتلاند")
NOGAL = E("إذاعة صوت نوغال", O, "SOM", "صوت نوغال")
NUSOJ = E("نقابة الصحفيين الصوماليين", O, "SOM")
rec("غاروي - أفرجت سلطات ولاية بونتلاند، الخميس، عن صحفيين اثنين يعملان في إذاعة «صوت نوغال» المحلية بعد احتجاز دام اثني عشر يوما، إثر ضغوط مارستها نقابة الصحفيين الصوماليين.",
    [PUNT, NOGAL, NUSOJ],
    [],
    [V("08", "ولاية بونتلاند", "إذاعة صوت نوغال")])

# 6 a warning with no act and a second sentence by pronoun: two quotes, no event
BAABOUD = E("أحمد سالم باعبود", P, "YEM", "باعبود")
rec("عدن - حذّر محافظ البنك المركزي اليمني أحمد سالم باعبود من أن العملة المحلية «تقترب من حافة الانهيار» ما لم تُستأنف صادرات النفط الخام. وأضاف في مقابلة مع صحيفة محلية أن الحكومة «لا تملك ترف الانتظار أشهرا أخرى».",
    [BAABOUD, YEM],
    [Q("أحمد سالم باعبود", "العملة المحلية «تقترب من حافة الانهيار» ما لم تُستأنف صادرات النفط الخام"),
     Q("أحمد سالم باعبود", "الحكومة «لا تملك ترف الانتظار أشهرا أخرى»")],
    [])

# 7 a passive toll with the strike as agent phrase: a drone strike (19) on PKK fighters; Iraq is the place
rec("دهوك - قُتل ثلاثة مقاتلين من حزب العمال الكردستاني، مساء الاثنين، بضربة نفذتها مسيّرة تركية على سيارة كانت تقلهم قرب قرية كاني ماسي في أقصى شمال العراق.",
    [PKK, TUR, IRQ],
    [],
    [V("19", "تركيا", "حزب العمال الكردستاني")])

# 8 a meeting with a UN force commander (the person is the actor, with no country); his quote of intent is no event
DELF = E("ماركو ديلفينو", P, None, "ديلفينو")
UNIFIL = E("قوة الأمم المتحدة المؤقتة في لبنان", O, None, "يونيفيل")
rec("بيروت - التقى رئيس الحكومة اللبنانية، الاثنين، قائد قوة الأمم المتحدة المؤقتة في لبنان (يونيفيل) الجنرال ماركو ديلفينو، وعرض معه الخروقات المتكررة للخط الأزرق. وقال ديلفينو بعد اللقاء إن قوته «ستواصل تسيير دورياتها بالتنسيق مع الجيش اللبناني».",
    [LBN, DELF, UNIFIL],
    [Q("ماركو ديلفينو", "قوته «ستواصل تسيير دورياتها بالتنسيق مع الجيش اللبناني»")],
    [V("04", "لبنان", "ماركو ديلفينو")])

# 9 an announced arrest (17 toward the group of the cell); قالت إنها: the plot is a quote, and a plan is no event
rec("دمشق - أعلنت وزارة الداخلية السورية توقيف خمسة أشخاص ينتمون إلى خلية تابعة لتنظيم الدولة، قالت إنها كانت تعدّ لاستهداف كنيسة في حي باب توما خلال قداس عيد الميلاد.",
    [SYR, ISIS],
    [Q("سوريا", "كانت تعدّ لاستهداف كنيسة في حي باب توما خلال قداس عيد الميلاد")],
    [V("17", "سوريا", "تنظيم الدولة")])

# 10 a phone call (04, the caller as source); شدد على + a marked phrase is a quote of the marks
rec("الدوحة - بحث وزير الخارجية القطري هاتفيا، مساء الجمعة، مع وزير الخارجية الإيراني مستجدات الملف النووي والتوتر في مياه الخليج، وشدد الوزير القطري على «ضرورة تغليب لغة الحوار وتجنب التصعيد».",
    [QAT, IRN],
    [Q("قطر", "ضرورة تغليب لغة الحوار وتجنب التصعيد")],
    [V("04", "قطر", "إيران")])

# 11 an army's statement: a drone strike (19) and its toll are one event; marked phrases inside the quote
rec("باماكو - ذكر الجيش المالي، في بيان نشره على صفحته الرسمية، أن طائرات مسيّرة تابعة له دمرت، الأحد، «قاعدة لوجستية» يستخدمها مقاتلو جماعة نصرة الإسلام والمسلمين قرب بلدة ديافارابي وسط البلاد، وقتلت «عددا كبيرا من الإرهابيين».",
    [MLI, JNIM],
    [Q("مالي", "طائرات مسيّرة تابعة له دمرت، الأحد، «قاعدة لوجستية» يستخدمها مقاتلو جماعة نصرة الإسلام والمسلمين قرب بلدة ديافارابي وسط البلاد، وقتلت «عددا كبيرا من الإرهابيين»")],
    [V("19", "مالي", "جماعة نصرة الإسلام والمسلمين")])

# 12 a kidnapping (18) of workers of a foreign company (through the company's nationality); no claim of responsibility (no named source: not coded)
rec("ديفا (النيجر) - اختطف مسلحون يُعتقد أنهم من تنظيم الدولة في غرب أفريقيا، الجمعة، سبعة عمال في شركة صينية لشق الطرق على المحور الرابط بين ديفا وبلدة نغيغمي، ولم يصدر عن أي تنظيم إعلان بالمسؤولية إلى غاية مساء السبت.",
    [ISWAP, CHN, NER],
    [],
    [V("18", "تنظيم الدولة في غرب أفريقيا", "الصين")])

# 13 closing a border crossing to a neighbour (16); clashes named after بعد are the reason, not coded
rec("جيبوتي - أغلقت السلطات الجيبوتية، السبت، منفذ لوي عدا الحدودي مع أرض الصومال أمام حركة الشاحنات والمسافرين حتى إشعار آخر، بعد اشتباكات قبلية على جانبي الحدود أوقعت خمسة قتلى.",
    [DJI, SLD],
    [],
    [V("16", "جيبوتي", "أرض الصومال")])

# 14 a statement on a topic with no other act (01, no target); the agency named as a topic is no target
UNRWA14 = E("وكالة غوث وتشغيل اللاجئين", O, None)
rec("القاهرة - أصدرت الأمانة العامة لجامعة الدول العربية، الثلاثاء، بيانا بمناسبة اليوم الدولي للتضامن مع الشعب الفلسطيني تناولت فيه أوضاع اللاجئين في مخيمات الشتات وتراجع تمويل وكالة غوث وتشغيل اللاجئين.",
    [ARAB, UNRWA14],
    [],
    [V("01", "جامعة الدول العربية", None)])

# 15 a seized tanker (17 toward its flag state); قائلة إنها is speech
rec("طهران - احتجزت القوات البحرية التابعة للحرس الثوري الإيراني، فجر الخميس، ناقلة منتجات نفطية مسجلة في بنما قرب جزيرة لارك في مضيق هرمز، قائلة إنها كانت تهرّب مليوني لتر من الوقود.",
    [IRN, PAN],
    [Q("إيران", "كانت تهرّب مليوني لتر من الوقود")],
    [V("17", "إيران", "بنما")])

# 16 a signed memorandum (05); the supply is planned (no event); the minister's quote
rec("أنقرة - وقّع وزيرا الطاقة التركي والسوري، الأربعاء في أنقرة، مذكرة تفاهم لتزويد محافظتي حلب وإدلب بالكهرباء عبر خطين جديدين للربط، على أن تبدأ الإمدادات مطلع الربيع المقبل. وقال الوزير التركي خلال المؤتمر الصحفي المشترك إن المشروع «خطوة أولى في مسار طويل لإعادة الإعمار».",
    [TUR, SYR],
    [Q("تركيا", "المشروع «خطوة أولى في مسار طويل لإعادة الإعمار»")],
    [V("05", "تركيا", "سوريا")])

# 17 an attack on a base, repelled (one 19 from the attackers); unnamed clan fighters are no actor
rec("بلدوين - شن عشرات من مقاتلي حركة الشباب، قبيل فجر الأحد، هجوما على قاعدة عسكرية للجيش الصومالي في منطقة مهاس بإقليم هيران، مستخدمين أسلحة ثقيلة وقذائف هاون، قبل أن تتمكن القوات من صد الهجوم بمساندة مقاتلين من العشائر المحلية.",
    [SHABAB, SOM],
    [],
    [V("19", "حركة الشباب", "الصومال")])

# 18 a visit (04) and an agreement on joint measures (05); the delivery of boats is agreed, not done
rec("تونس - اتفقت تونس وإيطاليا، خلال زيارة أجرتها وزيرة الداخلية الإيطالية إلى العاصمة التونسية يوم الاثنين، على تعزيز التعاون في مراقبة السواحل وتسليم زوارق دورية إضافية لخفر السواحل التونسي.",
    [TUN, ITA],
    [],
    [V("05", "تونس", "إيطاليا"), V("04", "إيطاليا", "تونس")])

# 19 a broadcast ban (17 toward the channel's country); the accusation in a participle (متهمة إياها) is 11
rec("واغادوغو - علّقت الهيئة البوركينية المنظمة للإعلام، الخميس، بث قناة «الساحل 24» الفرنسية الخاصة لمدة ثلاثة أشهر، متهمة إياها ببث «معلومات مضللة» عن هجوم استهدف قافلة عسكرية في شمال البلاد.",
    [BFA, FRA],
    [],
    [V("17", "بوركينا فاسو", "فرنسا"), V("11", "بوركينا فاسو", "فرنسا")])

# 20 a denial: the denied aid (07) negated; وصفت الاتهامات بأنها «...» condemns (11), no quote
rec("نجامينا - نفت الحكومة التشادية، في بيان تلاه المتحدث باسمها، أن تكون قد فتحت مطاراتها لطائرات شحن تنقل عتادا عسكريا لقوات الدعم السريع، ووصفت الاتهامات السودانية بأنها «محاولة يائسة لتصدير الأزمة».",
    [TCD, RSF, SDN],
    [],
    [V("07", "تشاد", "قوات الدعم السريع", True), V("11", "تشاد", "السودان")])

# 21 a demand (10) by an NGO; its quote with “” marks on the tail
rec("بغداد - طالبت هيومن رايتس ووتش، في تقرير أصدرته الخميس، الحكومة العراقية بالكشف عن مصير ثلاثة ناشطين اختفوا في محافظة ذي قار منذ أكتوبر الماضي، وقالت إن عائلاتهم “لم تتلق أي رد رسمي حتى الآن”.",
    [HRW, IRQ],
    [Q("هيومن رايتس ووتش", "عائلاتهم “لم تتلق أي رد رسمي حتى الآن”")],
    [V("10", "هيومن رايتس ووتش", "العراق")])

# 22 recalling an ambassador (16); the protest in an accusative of reason is not coded
rec("الجزائر - استدعت الجزائر سفيرها لدى مدريد للتشاور، احتجاجا على تصريحات لوزير الخارجية الإسباني بشأن الصحراء الغربية، في خطوة هي الثانية من نوعها خلال عامين.",
    [DZA, ESP],
    [],
    [V("16", "الجزائر", "إسبانيا")])

# 23 a protest by unnamed students against a named ministry (14, null source)
rec("الرباط - تظاهر مئات من طلاب كليات الطب أمام مقر وزارة التعليم العالي المغربية في الرباط، الأربعاء، رفضا لقرار تقليص مدة التكوين من سبع إلى ست سنوات، ورددوا شعارات تطالب باستقالة الوزير.",
    [MAR],
    [],
    [V("14", None, "المغرب")])

# 24 sanctions (16) on commanders of a group and companies; a scare quote nobody says
rec("بروكسل - فرض الاتحاد الأوروبي، الاثنين، عقوبات على ستة قادة في قوات الدعم السريع وشركتين لتعدين الذهب في دارفور، تشمل تجميد الأصول وحظر دخول أراضي الدول الأعضاء، بسبب «انتهاكات جسيمة لحقوق الإنسان» في مدينة الجنينة.",
    [EU, RSF],
    [],
    [V("16", "الاتحاد الأوروبي", "قوات الدعم السريع")])

# 25 an attack on government positions (19); the clause credited with وفق to an unnamed source is a null quote
rec("مأرب - قُتل أربعة من أفراد الجيش اليمني وجُرح سبعة في هجوم شنه مسلحو جماعة الحوثيين على مواقعهم في جبهة رغوان شمال غربي مأرب، وفق ما أفاد به مصدر عسكري.",
    [YEM, HOUTHI],
    [Q(None, "قُتل أربعة من أفراد الجيش اليمني وجُرح سبعة في هجوم شنه مسلحو جماعة الحوثيين على مواقعهم في جبهة رغوان شمال غربي مأرب")],
    [V("19", "جماعة الحوثيين", "اليمن")])

# 26 withheld tax revenues (16) told as fact in a quote; a second quote by مؤكدا أن
rec("رام الله - قال وزير المالية الفلسطيني إن إسرائيل اقتطعت للشهر الرابع على التوالي أكثر من مئتي مليون شيكل من عائدات الضرائب التي تجبيها لصالح السلطة، مؤكدا أن الحكومة «لن تكون قادرة إلا على صرف نصف الراتب» لموظفيها هذا الشهر.",
    [PSE, ISR],
    [Q("فلسطين", "إسرائيل اقتطعت للشهر الرابع على التوالي أكثر من مئتي مليون شيكل من عائدات الضرائب التي تجبيها لصالح السلطة"),
     Q("فلسطين", "الحكومة «لن تكون قادرة إلا على صرف نصف الراتب» لموظفيها هذا الشهر")],
    [V("16", "إسرائيل", "فلسطين")])

# 27 humanitarian aid (07) handed to a ministry with a nationality (its country)
KSR = E("مركز الملك سلمان للإغاثة والأعمال الإنسانية", O, "SAU", "مركز الملك سلمان")
rec("عدن - سلّم مركز الملك سلمان للإغاثة والأعمال الإنسانية، الأحد، شحنة تضم 120 طنا من العقاقير والمعدات الطبية إلى وزارة الصحة اليمنية، تكفي لتشغيل أربعين مستشفى حكوميا مدة ستة أشهر.",
    [KSR, YEM],
    [],
    [V("07", "مركز الملك سلمان للإغاثة والأعمال الإنسانية", "اليمن")])

# 28 a mediation delegation: 04 toward each side it talks to
COAL = E("ائتلاف مداي 2024", O, "GNB")
rec("بيساو - أجرى وفد وساطة من المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)، يرأسه وزير خارجية غاني سابق، محادثات منفصلة مع الرئيس البيساوي وقادة «ائتلاف مداي 2024» المعارض، في محاولة لنزع فتيل الأزمة التي أعقبت تأجيل الانتخابات التشريعية.",
    [ECOWAS, GNB, COAL],
    [],
    [V("04", "المجموعة الاقتصادية لدول غرب أفريقيا", "غينيا بيساو"), V("04", "المجموعة الاقتصادية لدول غرب أفريقيا", "ائتلاف مداي 2024")])

# 29 an agreement reached after talks: 05 and the talks' 04; Turkey is the place of the port
rec("أربيل - توصلت الحكومة الاتحادية في بغداد وحكومة إقليم كردستان، بعد ثلاث جولات من المفاوضات، إلى اتفاق يقضي باستئناف تصدير نفط الإقليم عبر ميناء جيهان التركي بإشراف شركة تسويق النفط العراقية.",
    [IRQ, KRG, TUR],
    [],
    [V("05", "العراق", "حكومة إقليم كردستان"), V("04", "العراق", "حكومة إقليم كردستان")])

# 30 clashes between a named and an unnamed side (19, null target); the monitor's quote
SOHR = E("المرصد السوري لحقوق الإنسان", O, "SYR", "المرصد")
rec("دير الزور - اندلعت اشتباكات متقطعة بين قوات سوريا الديمقراطية (قسد) ومسلحين من العشائر العربية في بلدات الشحيل وذيبان شرقي دير الزور منذ مساء الأحد. وأفاد المرصد السوري لحقوق الإنسان بأن المواجهات أوقعت ستة قتلى من الجانبين.",
    [SDF, SOHR],
    [Q("المرصد السوري لحقوق الإنسان", "المواجهات أوقعت ستة قتلى من الجانبين")],
    [V("19", "قوات سوريا الديمقراطية", None)])

# 31 an air strike (19) on a member of a group; the country is the place
rec("صور - أغارت طائرة حربية إسرائيلية، ظهر الخميس، على دراجة نارية في بلدة المجادل جنوبي لبنان، فقتلت سائقها، وهو عنصر في حزب الله نعاه الحزب لاحقا.",
    [ISR, HEZB, LBN],
    [],
    [V("19", "إسرائيل", "حزب الله")])

# 32 a body's head (title of the body) says two things (إن X، وإن Y): two quotes; inspectors kept out is a negated 08
rec("فيينا - قال المدير العام للوكالة الدولية للطاقة الذرية إن مفتشي الوكالة لم يتمكنوا منذ ثلاثة أشهر من دخول منشأة فوردو، وإن إيران «لم تقدم تفسيرا مقنعا» لآثار اليورانيوم التي عُثر عليها في موقعين غير معلنين.",
    [IAEA, IRN],
    [Q("الوكالة الدولية للطاقة الذرية", "مفتشي الوكالة لم يتمكنوا منذ ثلاثة أشهر من دخول منشأة فوردو"),
     Q("الوكالة الدولية للطاقة الذرية", "إيران «لم تقدم تفسيرا مقنعا» لآثار اليورانيوم التي عُثر عليها في موقعين غير معلنين")],
    [V("08", "إيران", "الوكالة الدولية للطاقة الذرية", True)])

# 33 a quote before "بهذه العبارة لخص X": X's quote; a postponement is no event between actors
MAGRIEF = E("خالد المقريف", P, "LBY", "المقريف")
rec("«لن تُجرى انتخابات بلدية في أي مدينة لا تتوفر فيها الحماية لمراكز الاقتراع»، بهذه العبارة لخص رئيس المفوضية الوطنية العليا للانتخابات في ليبيا خالد المقريف، الأحد، موقف المفوضية من تأجيل الاقتراع في سبع بلديات بالجنوب.",
    [MAGRIEF, LBY],
    [Q("خالد المقريف", "لن تُجرى انتخابات بلدية في أي مدينة لا تتوفر فيها الحماية لمراكز الاقتراع")],
    [])

# 34 a court sentence (11: find guilty) toward the group the cell is linked to
rec("الكويت - قضت محكمة الجنايات الكويتية، الثلاثاء، بالسجن عشر سنوات على ثلاثة متهمين، بينهم مقيم عربي، في قضية تمويل خلية مرتبطة بحزب الله، وبراءة متهم رابع لعدم كفاية الأدلة.",
    [E("الكويت", L, "KWT", "الكويتية"), HEZB],
    [],
    [V("11", "الكويت", "حزب الله")])

# 35 a massacre of villagers (20, no target: the village is a place); the clause credited to unnamed sources is a null quote
rec("واغادوغو - أفادت مصادر محلية وأمنية بأن مسلحين من جماعة نصرة الإسلام والمسلمين أعدموا ما يزيد على مئة وثمانين مدنيا، بينهم نساء وأطفال، في قرية كومبوري سانغا بإقليم الساحل، بعد أن جمعوهم في سوق القرية صباح الجمعة.",
    [JNIM, BFA],
    [Q(None, "مسلحين من جماعة نصرة الإسلام والمسلمين أعدموا ما يزيد على مئة وثمانين مدنيا، بينهم نساء وأطفال، في قرية كومبوري سانغا بإقليم الساحل، بعد أن جمعوهم في سوق القرية صباح الجمعة")],
    [V("20", "جماعة نصرة الإسلام والمسلمين", None)])

# 36 a meeting of two chiefs of staff (04) and an agreement on joint patrols (05); the group named in the plan is no target
BH = E("بوكو حرام", O, None)
rec("نيامي - اتفق رئيسا أركان جيشي النيجر وتشاد، في ختام اجتماع عقداه الثلاثاء في نيامي، على إطلاق دوريات مختلطة في الشريط الحدودي لملاحقة خلايا «بوكو حرام» في منطقة بحيرة تشاد.",
    [NER, TCD, BH],
    [],
    [V("04", "النيجر", "تشاد"), V("05", "النيجر", "تشاد")])

# 37 extending a UN support mission's mandate (07 toward the host country); abstentions are no events
rec("نيويورك - مدد مجلس الأمن الدولي، الجمعة، تفويض بعثة الأمم المتحدة للدعم في ليبيا اثني عشر شهرا إضافية، في قرار تبنّاه بأغلبية ثلاثة عشر صوتا مع امتناع روسيا والصين عن التصويت.",
    [UNSC, UNSMIL, LBY, RUS, CHN],
    [],
    [V("07", "مجلس الأمن الدولي", "ليبيا")])

# 38 an official protest to a neighbour (11); the note handed to its ambassador is the same act
rec("مقديشو - احتجت الحكومة الصومالية رسميا لدى كينيا على استضافة نيروبي مؤتمرا لزعماء عشائر من إقليم جوبالاند دون تنسيق مع السلطات الفيدرالية، وسلّمت وزارة الخارجية السفير الكيني مذكرة بهذا الشأن صباح الأحد.",
    [SOM, KEN],
    [],
    [V("11", "الصومال", "كينيا")])

# 39 an arrest of spies (17 toward the service's country)
rec("إسطنبول - أعلن جهاز الاستخبارات التركي توقيف ثمانية أشخاص بتهمة التجسس لصالح جهاز الموساد الإسرائيلي، عبر رصد تحركات طلاب ورجال أعمال فلسطينيين مقيمين في المدينة.",
    [TUR, ISR],
    [],
    [V("17", "تركيا", "إسرائيل")])

# 40 an appeal to unnamed donors (02, null target); the head of the agency (its title) is the agency; “” marks
rec("غزة - ناشدت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (أونروا) الدول المانحة تقديم تمويل عاجل لإيواء نحو مئتي ألف نازح قبل حلول الشتاء. وقال المفوض العام للوكالة في بيان إن “كل يوم تأخير يعني أطفالا ينامون في العراء”.",
    [UNRWA],
    [Q("وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين", "كل يوم تأخير يعني أطفالا ينامون في العراء")],
    [V("02", "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين", None)])

# 41 a mediator passing messages (04 toward each side), told as fact in a quote; a second quote by pronoun
rec("مسقط - قال وزير الخارجية العماني إن بلاده نقلت رسائل بين واشنطن وطهران خلال الأسبوعين الماضيين. وأضاف أن السلطنة «لا تقوم بدور الوسيط بل بدور ساعي البريد».",
    [OMN, USA, IRN],
    [Q("سلطنة عمان", "بلاده نقلت رسائل بين واشنطن وطهران خلال الأسبوعين الماضيين"),
     Q("سلطنة عمان", "السلطنة «لا تقوم بدور الوسيط بل بدور ساعي البريد»")],
    [V("04", "سلطنة عمان", "الولايات المتحدة"), V("04", "سلطنة عمان", "إيران")])

# 42 talks (04) that end without agreement (negated 05); the host city is a place
rec("القاهرة - انفضت مساء الأحد جولة حوار جديدة بين حركتي فتح وحماس في القاهرة من غير أن يتفق الطرفان على الهيئة التي ستتولى شؤون قطاع غزة، وسط تباين حول صلاحياتها ومرجعيتها.",
    [FATAH, HAMAS, EGY],
    [],
    [V("04", "حركة فتح", "حركة حماس"), V("05", "حركة فتح", "حركة حماس", True)])

# 43 a reinforced border deployment against feared clashes (15 toward the feared side, named by nationality)
rec("الهرمل - دفع الجيش اللبناني بتعزيزات إلى الحدود الشمالية الشرقية، ونشر وحدات إضافية من فوج الحدود البري الثاني في الجرود المحاذية للقصير، تحسبا لتجدد الاشتباكات مع مسلحين من عشائر سورية.",
    [LBN, SYR],
    [],
    [V("15", "لبنان", "سوريا")])

# 44 an attack with no named side is not coded; a call on the federal government (02)
rec("السليمانية - تعرض حقل كورمور للغاز لهجوم بطائرة مسيّرة مفخخة ليل الجمعة، فتوقف الضخ واشتعلت النار في أحد الخزانات، ولم يُعرف مصدر المسيّرة. ودعت حكومة إقليم كردستان الحكومة الاتحادية في بغداد إلى كشف الجناة ومحاسبتهم.",
    [KRG, IRQ],
    [],
    [V("02", "حكومة إقليم كردستان", "العراق")])

# 45 a visit (04) and talks during it (same root and pair: one event)
rec("نواكشوط - أجرى الرئيس السنغالي، الخميس، زيارة عمل إلى نواكشوط استغرقت يوما واحدا، بحث خلالها مع نظيره الموريتاني سير العمل في حقل «السلحفاة الكبرى» للغاز المشترك بين البلدين وملف الصيد البحري.",
    [SEN, MRT],
    [],
    [V("04", "السنغال", "موريتانيا")])

# 46 a pursuit (19) and captures (17) of a named rebel group; the army with a nationality is its country
FACT = E("جبهة التناوب والوفاق في تشاد", O, "TCD", "فاكت")
rec("بنغازي - أعلنت القيادة العامة للقوات المسلحة الليبية أن وحداتها طاردت، على مدى يومين، عناصر من جبهة التناوب والوفاق في تشاد (فاكت) تسللوا إلى منطقة تربو قرب الحدود الجنوبية، وأسرت ثلاثة وعشرين منهم.",
    [LBY, FACT],
    [Q("ليبيا", "وحداتها طاردت، على مدى يومين، عناصر من جبهة التناوب والوفاق في تشاد (فاكت) تسللوا إلى منطقة تربو قرب الحدود الجنوبية، وأسرت ثلاثة وعشرين منهم")],
    [V("19", "ليبيا", "جبهة التناوب والوفاق في تشاد"), V("17", "ليبيا", "جبهة التناوب والوفاق في تشاد")])

# 47 a condemnation (11, unknown attacker: null target) and the condemned bombing of a ship (18 toward its flag state); a participle of demand is not coded
rec("الرياض - أدان الأمين العام لمجلس التعاون لدول الخليج العربية «بأشد العبارات» الهجوم بزورق مفخخ على ناقلة غاز قطرية قبالة سواحل سلطنة عمان، مطالبا المجتمع الدولي بتحمل مسؤولياته في حماية الملاحة.",
    [GCC, QAT, OMN],
    [],
    [V("11", "مجلس التعاون لدول الخليج العربية", None), V("18", None, "قطر")])

# 48 a host of a conference of civilian forces named by nationality (04 toward their country)
rec("القاهرة - احتضنت العاصمة المصرية يومي الجمعة والسبت مؤتمرا للقوى المدنية السودانية شارك فيه نحو ثلاثين حزبا ومنظمة، واختُتم بإعلان مبادئ من ثماني نقاط.",
    [EGY, SDN],
    [],
    [V("04", "مصر", "السودان")])

# 49 an accusation (11); the reply denies the act (07 negated) and calls the charges «افتراءات» (11)
rec("وجهت السلطات الانتقالية في باماكو اتهامات للجزائر بإيواء قادة جبهة تحرير أزواد وتزويدهم بالوقود والسلاح. ونفت الخارجية الجزائرية، في بيان صدر مساء اليوم نفسه، تقديم أي دعم للجبهة، ووصفت الاتهامات بأنها «افتراءات لا تستحق الرد».",
    [MLI, DZA, FLA],
    [],
    [V("11", "مالي", "الجزائر"), V("07", "الجزائر", "جبهة تحرير أزواد", True), V("11", "الجزائر", "مالي")])

# 50 troops sent within an AU mission (07 toward the host)
AUSSOM = E("بعثة الاتحاد الأفريقي لدعم الاستقرار في الصومال", O, None)
rec("مقديشو - وصلت إلى مطار آدن عدي الدولي، الأحد، دفعة أولى تضم ثمانمئة جندي مصري ضمن بعثة الاتحاد الأفريقي لدعم الاستقرار في الصومال، على أن يكتمل نشر الوحدة المصرية قبل نهاية الشهر.",
    [EGY, SOM, AUSSOM],
    [],
    [V("07", "مصر", "الصومال")])

# 51 an arson attack by settlers (18 from their country); the Red Crescent's quote
PRCS = E("الهلال الأحمر الفلسطيني", O, "PSE", "الهلال الأحمر")
rec("نابلس - هاجم مستوطنون إسرائيليون، فجر الثلاثاء، قرية دير الحطب شرق نابلس، وأضرموا النار في ثلاثة منازل ومركبتين. وقال الهلال الأحمر الفلسطيني إن طواقمه نقلت أربعة مصابين إلى مستشفى رفيديا.",
    [ISR, PRCS],
    [Q("الهلال الأحمر الفلسطيني", "طواقمه نقلت أربعة مصابين إلى مستشفى رفيديا")],
    [V("18", "إسرائيل", None)])

# 52 an investigation (09) toward a movement; the charge is its reason
GULEN = E("جماعة فتح الله غولن", O, "TUR")
rec("أنقرة - أعلن مكتب المدعي العام في أنقرة فتح تحقيق مع أربعة عشر ضابطا متقاعدا من سلاح الجو التركي، للاشتباه في صلتهم بجماعة فتح الله غولن التي تصنفها السلطات «منظمة إرهابية».",
    [TUR, GULEN],
    [],
    [V("09", "تركيا", "جماعة فتح الله غولن")])

# 53 an attack on a border post (19); a news agency credited with وفق is the speaker of the clause
IRNA = E("وكالة الأنباء الإيرانية", O, "IRN", "إرنا")
JAISH = E("جيش العدل", O, "IRN")
rec("زاهدان - لقي خمسة من حراس الحدود الإيرانيين حتفهم عندما هاجم مسلحون ينتمون إلى جماعة «جيش العدل» نقطة مراقبة في منطقة سراوان، وفق وكالة «إرنا» الرسمية.",
    [IRN, JAISH, IRNA],
    [Q("وكالة الأنباء الإيرانية", "لقي خمسة من حراس الحدود الإيرانيين حتفهم عندما هاجم مسلحون ينتمون إلى جماعة «جيش العدل» نقطة مراقبة في منطقة سراوان")],
    [V("19", "جيش العدل", "إيران")])

# 54 a rejection (12) of a government timetable; the leader's title is his party; his quote
rec("بيروت - رفض الأمين العام لحزب الله، في كلمة متلفزة مساء الأحد، الجدول الزمني الذي وضعته الحكومة اللبنانية لنزع سلاح الحزب، وقال إن المقاومة «لن تسلم سلاحها ما دام الاحتلال جاثما على أرضنا».",
    [HEZB, LBN],
    [Q("حزب الله", "المقاومة «لن تسلم سلاحها ما دام الاحتلال جاثما على أرضنا»")],
    [V("12", "حزب الله", "لبنان")])

# 55 forces of a council take a camp after clashes with a named guard (19, one event)
STC = E("المجلس الانتقالي الجنوبي", O, "YEM", "الانتقالي")
PRG = E("قوات الحماية الرئاسية", O, "YEM")
rec("عدن - سيطرت قوات تابعة للمجلس الانتقالي الجنوبي، الخميس، على معسكر اللواء التاسع والثلاثين مدرع في مديرية خور مكسر، إثر اشتباكات قصيرة مع قوات الحماية الرئاسية لم تسفر عن ضحايا.",
    [STC, PRG],
    [],
    [V("19", "المجلس الانتقالي الجنوبي", "قوات الحماية الرئاسية")])

# 56 an incursion into a neighbour (19 toward the country entered); the search is part of it; a state agency credited with بحسب ما ذكرته is the speaker
SANA = E("وكالة الأنباء السورية", O, "SYR", "سانا")
rec("القنيطرة - دخلت ست آليات عسكرية إسرائيلية، صباح الاثنين، قرية صيدا الحانوت بريف القنيطرة الجنوبي، وفتشت عددا من المنازل قبل أن تنسحب، بحسب ما ذكرته وكالة الأنباء السورية «سانا».",
    [ISR, SYR, SANA],
    [Q("وكالة الأنباء السورية", "دخلت ست آليات عسكرية إسرائيلية، صباح الاثنين، قرية صيدا الحانوت بريف القنيطرة الجنوبي، وفتشت عددا من المنازل قبل أن تنسحب")],
    [V("19", "إسرائيل", "سوريا")])

# 57 an operation (19) with air support from a foreign force (06 toward the side supported)
rec("كيدال - نفذت وحدات من الجيش المالي، بإسناد جوي من طائرات روسية، عملية عسكرية في محيط بلدة تساليت ضد مواقع لجبهة تحرير أزواد، قالت الجبهة إنها أسفرت عن مقتل مدنيين اثنين ونفوق عشرات المواشي.",
    [MLI, RUS, FLA],
    [Q("جبهة تحرير أزواد", "أسفرت عن مقتل مدنيين اثنين ونفوق عشرات المواشي")],
    [V("19", "مالي", "جبهة تحرير أزواد"), V("06", "روسيا", "مالي")])

# 58 fishermen handed back (08) and their earlier detention told in a pluperfect relative clause (17)
rec("جازان - سلّمت قوات حرس الحدود السعودية، عبر منفذ الطوال، أربعة وعشرين صيادا يمنيا كانت قد احتجزتهم قبل أسابيع لدخولهم المياه الإقليمية للمملكة دون تصريح.",
    [SAU, YEM],
    [],
    [V("08", "السعودية", "اليمن"), V("17", "السعودية", "اليمن")])

# 59 mortar fire on a capital (19) and a claim of responsibility (01, no target) told as speech (a quote)
rec("مقديشو - سقطت خمس قذائف هاون، مساء الأربعاء، قرب مجمع القصر الرئاسي في العاصمة الصومالية، وقالت حركة الشباب عبر منصاتها الدعائية إنها تقف وراء القصف.",
    [SOM, SHABAB],
    [Q("حركة الشباب", "تقف وراء القصف")],
    [V("19", "حركة الشباب", "الصومال"), V("01", "حركة الشباب", None)])

# 60 a neighbour releasing more river water on request (08); the visit in a time phrase is coded (04); the request as the reason is not
rec("بغداد - أعلنت وزارة الموارد المائية العراقية أن تركيا وافقت على رفع الإطلاقات المائية في نهر دجلة إلى خمسمئة متر مكعب في الثانية لمدة شهرين، استجابة لطلب تقدمت به بغداد خلال زيارة الوزير إلى أنقرة الأسبوع الماضي.",
    [IRQ, TUR],
    [Q("العراق", "تركيا وافقت على رفع الإطلاقات المائية في نهر دجلة إلى خمسمئة متر مكعب في الثانية لمدة شهرين، استجابة لطلب تقدمت به بغداد خلال زيارة الوزير إلى أنقرة الأسبوع الماضي")],
    [V("08", "تركيا", "العراق"), V("04", "العراق", "تركيا")])

# 61 a kidnapping by unnamed gunmen (18 toward the named official); the bank's demand on unnamed authorities (10, null target); the clause credited to the bank is its quote
CBL = E("مصرف ليبيا المركزي", O, "LBY", "المصرف")
ZARROUQ = E("مصطفى الزروق", P, "LBY")
rec("طرابلس - خطف مسلحون مجهولون، مساء الثلاثاء، مدير إدارة الاعتمادات في مصرف ليبيا المركزي مصطفى الزروق من أمام منزله في حي بن عاشور، وفق ما أعلنه المصرف الذي طالب الأجهزة الأمنية بالتدخل الفوري لإطلاق سراحه.",
    [CBL, ZARROUQ],
    [Q("مصرف ليبيا المركزي", "خطف مسلحون مجهولون، مساء الثلاثاء، مدير إدارة الاعتمادات في مصرف ليبيا المركزي مصطفى الزروق من أمام منزله في حي بن عاشور")],
    [V("18", None, "مصطفى الزروق"), V("10", "مصرف ليبيا المركزي", None)])

# 62 an accusation (11, the accused massing not coded) and a second sentence by title with "" marks
rec("أسمرة - اتهم وزير الإعلام الإريتري الحكومة الإثيوبية بحشد قوات ومعدات ثقيلة قرب بلدة بوري الحدودية. وكتب الوزير على منصة إكس أن أديس أبابا \"تبحث عن حرب تصرف بها الأنظار عن أزماتها الداخلية\".",
    [ERI, ETH],
    [Q("إريتريا", "أديس أبابا \"تبحث عن حرب تصرف بها الأنظار عن أزماتها الداخلية\"")],
    [V("11", "إريتريا", "إثيوبيا")])

# 63 a suspension of aid (16) toward the group controlling the areas; the detention after بعد is the reason; the spokesman's quote (من جانبه)
rec("صنعاء - أعلن برنامج الأغذية العالمي تعليق توزيع المساعدات الغذائية في مناطق سيطرة جماعة الحوثيين شمالي اليمن، بعد احتجاز الجماعة ستة من موظفيه المحليين. ومن جانبه، قال المتحدث باسم الجماعة إن الموظفين المحتجزين «يحظون بمعاملة حسنة وستُحال ملفاتهم إلى القضاء».",
    [WFP, HOUTHI, YEM],
    [Q("جماعة الحوثيين", "الموظفين المحتجزين «يحظون بمعاملة حسنة وستُحال ملفاتهم إلى القضاء»")],
    [V("16", "برنامج الأغذية العالمي", "جماعة الحوثيين")])

# 64 fighters burn their weapons (08 toward the state they fought); a welcome (05); quotes by قال إنها and معتبرة أنها
rec("السليمانية - أحرق نحو ثلاثين مقاتلا من حزب العمال الكردستاني أسلحتهم في مراسم أقيمت في كهف قرب المدينة، في خطوة قال الحزب إنها «تجسيد لإرادة السلام». ورحبت وزارة الدفاع التركية بالخطوة، معتبرة أنها «غير كافية ما لم تشمل جميع العناصر».",
    [PKK, TUR],
    [Q("حزب العمال الكردستاني", "تجسيد لإرادة السلام"), Q("تركيا", "غير كافية ما لم تشمل جميع العناصر")],
    [V("08", "حزب العمال الكردستاني", "تركيا"), V("05", "تركيا", "حزب العمال الكردستاني")])

# 65 expelling a military attaché (16 toward his country); the seizure told after بعد is the reason
rec("بورتسودان - قررت الحكومة السودانية طرد الملحق العسكري في سفارة جنوب السودان ومنحته ثلاثة أيام للرحيل، عقب ضبط شحنة ذخائر قالت إنها كانت متجهة إلى مواقع قوات الدعم السريع.",
    [SDN, SSD, RSF],
    [Q("السودان", "كانت متجهة إلى مواقع قوات الدعم السريع")],
    [V("16", "السودان", "جنوب السودان")])

# 66 an arrest of a foreign national (17 toward the country); a named spokesman's quote
KASHANI = E("حميد رضا كاشاني", P, "IRN", "كاشاني")
rec("طهران - أكدت السلطة القضائية الإيرانية توقيف مواطن سويسري في مدينة شيراز بتهمة جمع معلومات عن مواقع حساسة. وقال المتحدث باسم السلطة القضائية حميد رضا كاشاني إن الموقوف «اعترف بالتواصل مع جهات أجنبية».",
    [IRN, CHE, KASHANI],
    [Q("حميد رضا كاشاني", "الموقوف «اعترف بالتواصل مع جهات أجنبية»")],
    [V("17", "إيران", "سويسرا")])

# 67 police cooperation across a strait (06); arrests of unnamed suspects (17, null target)
rec("طنجة - أسفر تنسيق أمني بين الشرطة المغربية ونظيرتها الإسبانية عن حجز اثني عشر طنا من مخدر الشيرا مخبأة في شحنة طماطم بميناء طنجة المتوسط، وتوقيف سائق الشاحنة وثلاثة من شركائه.",
    [MAR, ESP],
    [],
    [V("06", "المغرب", "إسبانيا"), V("17", "المغرب", None)])

# 68 an appeal to two named forces (02 toward each); the clash in a sentence of its own (pluperfect) is coded (19)
GSA = E("جهاز الأمن العام", O, "LBY")
BR52 = E("اللواء 52 مشاة", O, "LBY")
rec("طرابلس - دعت بعثة الأمم المتحدة للدعم في ليبيا «جهاز الأمن العام» و«اللواء 52 مشاة» إلى ضبط النفس وسحب آلياتهما من الأحياء المأهولة في مدينة الزاوية. وكانت اشتباكات قد اندلعت بين الطرفين ليل الجمعة في حي أبو صرة، وأسفرت عن مقتل ثلاثة أشخاص.",
    [UNSMIL, GSA, BR52],
    [],
    [V("02", "بعثة الأمم المتحدة للدعم في ليبيا", "جهاز الأمن العام"), V("02", "بعثة الأمم المتحدة للدعم في ليبيا", "اللواء 52 مشاة"),
     V("19", "جهاز الأمن العام", "اللواء 52 مشاة")])

# 69 a condemnation (11; وصفتها بأنها is the same act) and the condemned exercises (15 toward the claimant); a participle appeal is not coded
rec("أبوظبي - أدانت وزارة الخارجية الإماراتية المناورات العسكرية التي أجراها الحرس الثوري الإيراني في جزيرة أبو موسى، ووصفتها بأنها «انتهاك صارخ لسيادة الدولة على جزرها الثلاث المحتلة»، داعية طهران إلى قبول إحالة النزاع إلى محكمة العدل الدولية.",
    [ARE, IRN],
    [],
    [V("11", "الإمارات", "إيران"), V("15", "إيران", "الإمارات")])

# 70 an arrest (17) of a named opposition figure; the warrant is its reason
BENH = E("سليم بن حميدة", P, "TUN", "بن حميدة")
rec("تونس - أوقفت وحدات الحرس الوطني التونسي، فجر السبت، القيادي في جبهة الخلاص الوطني المعارضة سليم بن حميدة من منزله في ضاحية المرسى، تنفيذا لبطاقة جلب صادرة عن قاضي التحقيق في القطب القضائي لمكافحة الإرهاب.",
    [TUN, BENH],
    [],
    [V("17", "تونس", "سليم بن حميدة")])

# 71 a signed border accord (05) under a third state's sponsorship (04 toward each side)
rec("الطائف - وقّع وزيرا الدفاع اللبناني والسوري، مساء الخميس في الطائف، وثيقة لتحديد خط الحدود البري وإنشاء آلية تنسيق أمني في المعابر، برعاية سعودية وبحضور وزير الدفاع السعودي.",
    [LBN, SYR, SAU],
    [],
    [V("05", "لبنان", "سوريا"), V("04", "السعودية", "لبنان"), V("04", "السعودية", "سوريا")])

# 72 a command with a nationality (its country): an air strike (19) coordinated with the federal authorities (06); two quotes (أن ... مضيفة أنها)
rec("أكدت القيادة العسكرية الأمريكية لأفريقيا (أفريكوم) في بيان أن قاذفاتها استهدفت، بتنسيق مع السلطات الفيدرالية في مقديشو، معسكرا لمقاتلي تنظيم الدولة في سلسلة جبال كال ميسكاد شرقي بونتلاند، مضيفة أنها «لا تملك أي مؤشرات» على إصابة مدنيين.",
    [USA, SOM, ISIS],
    [Q("الولايات المتحدة", "قاذفاتها استهدفت، بتنسيق مع السلطات الفيدرالية في مقديشو، معسكرا لمقاتلي تنظيم الدولة في سلسلة جبال كال ميسكاد شرقي بونتلاند"),
     Q("الولايات المتحدة", "«لا تملك أي مؤشرات» على إصابة مدنيين")],
    [V("19", "الولايات المتحدة", "تنظيم الدولة"), V("06", "الولايات المتحدة", "الصومال")])

# 73 a release of a named former minister (08); a regional bloc's praise (وصفتها بأنها: 05, no quote)
GARBA = E("عبدو لاوالي غاربا", P, "NER", "غاربا")
rec("نيامي - أطلقت السلطات العسكرية في نيامي، الأربعاء، سراح وزير الطاقة السابق عبدو لاوالي غاربا وخمسة مسؤولين آخرين في الحكومة المعزولة، في بادرة وصفتها إيكواس بأنها «خطوة إيجابية نحو التهدئة».",
    [NER, GARBA, ECOWAS],
    [],
    [V("08", "النيجر", "عبدو لاوالي غاربا"), V("05", "المجموعة الاقتصادية لدول غرب أفريقيا", "النيجر")])

# 74 an arrest (17) of a named journalist during a raid (one act); a union's quote that condemns is only a quote
RANA = E("رنا أبو الهيجا", P, "PSE")
PJS = E("نقابة الصحفيين الفلسطينيين", O, "PSE", "النقابة")
rec("جنين - اعتقلت القوات الإسرائيلية، خلال اقتحامها مخيم جنين فجر الأحد، الصحفية رنا أبو الهيجا بعد مداهمة منزل عائلتها. وقالت نقابة الصحفيين الفلسطينيين إن اعتقالها «يندرج في سياق استهداف ممنهج للصحفيين».",
    [ISR, RANA, PJS],
    [Q("نقابة الصحفيين الفلسطينيين", "اعتقالها «يندرج في سياق استهداف ممنهج للصحفيين»")],
    [V("17", "إسرائيل", "رنا أبو الهيجا")])

# 75 a host of a three-way meeting (04 toward each guest)
rec("عمّان - استضافت عمّان، الأحد، اجتماعا ثلاثيا ضم وزراء خارجية الأردن وسوريا والعراق، خُصص لبحث أمن الحدود المشتركة ومكافحة تهريب المخدرات وإعادة تشغيل خط النقل البري.",
    [JOR, SYR, IRQ],
    [],
    [V("04", "الأردن", "سوريا"), V("04", "الأردن", "العراق")])

# 76 a quote before its attribution by an unnamed official (null); a crossing kept closed is no act
rec("«المعبر سيبقى مغلقا إلى أن نتسلم ضمانات مكتوبة»، قال مسؤول في هيئة المنافذ الحدودية العراقية طلب عدم نشر اسمه، في إشارة إلى معبر القائم مع سوريا.",
    [IRQ, SYR],
    [Q(None, "المعبر سيبقى مغلقا إلى أن نتسلم ضمانات مكتوبة")],
    [])

# 77 a threat with no named target (13, null); قائلا إن is speech
rec("صنعاء - هدد زعيم جماعة الحوثيين، في خطاب متلفز مساء الخميس، باستهداف السفن التابعة لأي دولة تشارك في «العدوان» على اليمن، قائلا إن قواته «جاهزة لتوسيع بنك الأهداف ليشمل موانئ في البحر الأحمر».",
    [HOUTHI, YEM],
    [Q("جماعة الحوثيين", "قواته «جاهزة لتوسيع بنك الأهداف ليشمل موانئ في البحر الأحمر»")],
    [V("13", "جماعة الحوثيين", None)])

# 78 a readiness to fund (03)
rec("بيروت - أبدى الاتحاد الأوروبي، على لسان سفيرته في بيروت، استعداده لتمويل برنامج لإزالة الألغام والذخائر غير المنفجرة في القرى الحدودية جنوبي لبنان، بكلفة تقدر بخمسة وعشرين مليون يورو.",
    [EU, LBN],
    [],
    [V("03", "الاتحاد الأوروبي", "لبنان")])

# 79 a rejected truce proposal (12 only); a named general's quote
MAHJOUB = E("محجوب الطيب", P, "SDN", "الطيب")
rec("بورتسودان - رفض مجلس السيادة السوداني مقترحا أمريكيا لهدنة إنسانية مدتها ثلاثة أشهر. وقال عضو المجلس الفريق أول محجوب الطيب إن المقترح «يساوي بين الدولة والميليشيا» ولا يلزم الطرف الآخر بالخروج من المدن.",
    [SDN, USA, MAHJOUB],
    [Q("محجوب الطيب", "المقترح «يساوي بين الدولة والميليشيا» ولا يلزم الطرف الآخر بالخروج من المدن")],
    [V("12", "السودان", "الولايات المتحدة")])

# 80 a live-fire exercise near a border (15 with no target: the neighbour is a place)
rec("تندوف - نفذت قوات الجيش الوطني الشعبي الجزائري، الثلاثاء، تمرينا تكتيكيا بالذخيرة الحية حمل اسم «درع الجنوب» على بعد نحو أربعين كيلومترا من الحدود المغربية، بإشراف رئيس أركان الجيش.",
    [DZA, MAR],
    [],
    [V("15", "الجزائر", None)])

# 81 an investigation (09) of a named agency by a court; its quote without the fused pronoun
DCIM = E("جهاز مكافحة الهجرة غير الشرعية", O, "LBY")
rec("لاهاي - قال مكتب المدعي العام في المحكمة الجنائية الدولية إنه فتح تحقيقا في تقارير عن تعذيب مهاجرين في مراكز احتجاز يديرها جهاز مكافحة الهجرة غير الشرعية في مدينة الزاوية الليبية.",
    [ICC, DCIM, LBY],
    [Q("المحكمة الجنائية الدولية", "فتح تحقيقا في تقارير عن تعذيب مهاجرين في مراكز احتجاز يديرها جهاز مكافحة الهجرة غير الشرعية في مدينة الزاوية الليبية")],
    [V("09", "المحكمة الجنائية الدولية", "جهاز مكافحة الهجرة غير الشرعية")])

# 82 a strike by teachers (14, null source) against a regional government; the reason is not coded
rec("السليمانية - واصل آلاف المدرسين في السليمانية وحلبجة، الأحد، إضرابهم المفتوح لليوم الثالث، مطالبين حكومة إقليم كردستان بصرف مستحقاتهم المتأخرة منذ ثلاثة أشهر.",
    [KRG],
    [],
    [V("14", None, "حكومة إقليم كردستان")])

# 83 a demand (10) and a renewed suspension of membership (16) by a council of a body
AUPSC = E("مجلس السلم والأمن الأفريقي", O, None, "مجلس السلم والأمن التابع للاتحاد الأفريقي", "المجلس")
rec("أديس أبابا - طالب مجلس السلم والأمن التابع للاتحاد الأفريقي السلطات العسكرية البوركينية بتحديد موعد «واضح وملزم» لإجراء الانتخابات، وأبقى على تعليق عضوية واغادوغو في المنظمة القارية ما لم تُستأنف الحياة الدستورية.",
    [AUPSC, BFA],
    [],
    [V("10", "مجلس السلم والأمن الأفريقي", "بوركينا فاسو"), V("16", "مجلس السلم والأمن الأفريقي", "بوركينا فاسو")])

# 84 a ministry's statement with no other act (01, no target); the tail marked
rec("الرياض - نشرت وزارة الخارجية السعودية، مساء السبت، بيانا عبّرت فيه عن متابعة المملكة «باهتمام بالغ» للتطورات في شرق الكونغو الديمقراطية، دون أن تحمّل أي طرف المسؤولية.",
    [SAU],
    [],
    [V("01", "السعودية", None)])

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
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "quotes_events_heldout10.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in R:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(R), "records,", sum(len(r["quotes"]) for r in R), "quotes,", sum(len(r["events"]) for r in R), "events")
