# Writes eval/blind/heldout12_blind.jsonl: a blind second annotation of held-out12 (86 records), to
# measure how far two careful annotators agree on quotes (speaker + text) and events (CAMEO root +
# source + target + negation), as make_dev19_blind.py, make_dev21_blind.py, make_heldout10_blind.py and
# make_heldout11_blind.py did for dev19, dev21, held-out10 and held-out11.
#
# Annotator: a new annotator of session 11 (a helper that wrote no earlier set), who never opened the
# rules (crates/rasd-analyze/src), the lexicons (crates/rasd-analyze/data), make_heldout12.py or
# quotes_events_heldout12.jsonl, nor any set's records. Opened: the headers (the comment block up to
# the first `def`, which holds no record) of make_heldout11.py, make_heldout10.py, make_dev24.py and
# make_dev21.py, and the header of make_heldout11_blind.py with its first records for the format (a
# `sed -n 1,103p` showed h11_01 and h11_02 whole and the opening of h11_03-h11_05, blind annotations of
# another set); the file list of ../shared/data/cameo. It never saw the engine's output or any score on
# held-out12 and ran neither the engine nor a scorer. It worked from the records' text and entities
# only (gold quotes and events removed beforehand by the lead: /tmp/blind-heldout12.jsonl, which this
# script reads; the set file itself is never opened), 2026-11-30 12:13:18-12:16:57 UTC by the machine
# clock (`date -u`: from reading the brief to the commit).
#
# Conventions applied (those of the headers above): a title, ministry, army, force, guard, command or
# court with a nationality is its country; an unnamed source is null (مصادر عسكرية، زعيم محلي، مصدر
# عسكري، سكان); a named person is the speaker (and the actor only of what he does himself); the title
# of a body (its secretary-general, high commissioner, foreign-policy chief, commissioner, director,
# prosecutor's office) is the body; a maritime security body of a state (UKMTO) is that state; a
# description or pronoun is the entity it refers back to; the place where something happens is not a
# target (the country a force enters or leaves is); an act and its consequence are one event; two
# clauses with the same root and pair are one event; an accusation codes 11 and not the accused act; a
# denial codes the denied act negated (نفت أن is no quote); a rejected offer or call codes 12 only;
# intentions, plans, pledges to go on and conditions are no events; reported speech is a quote (saying
# is no 01) and a past act it reports as fact is coded; a participle of speech (مؤكدا أن، مضيفا أن،
# معتبرة أن، محذرة من أن) introduces a quote; وصف X بأنه «...»، اعتبره «...»، ما وصفه/سمّته بـ«...» are no
# quote (11 when they condemn); accusatives of reason or purpose (رفضا لـ، داعية، تمهيدا لـ) and past
# acts named as a reason or time (بعد، إثر، غداة، في أعقاب، على خلفية) are not coded; a clause credited
# with بحسب/وفق/حسبما to someone is that someone's quote (null when unnamed; a news agency is a
# speaker); a quote before هكذا ردّ X is X's; a wholly marked complement is what the marks hold, a
# complement with an unmarked head keeps the head, the marks and any tail to the sentence's end; a
# claim of responsibility is 01 with no target next to the act; a mediator or host of talks between two
# sides codes 04 toward each; talks that end without agreement code a negated 05 (next to the round's
# 04); a boycotted round is a negated 04 from the absentee toward the convener; an official protest (a
# summoned chargé with a protest note, a complaint to the Security Council) is 11; a statement with no
# quote and no other act is 01 with no target; a broadcast ban is 17 toward the channel's country; a
# renewed UN mission mandate and troops sent within an AU mission are 07 toward the host; a welcome and
# voiced solidarity are 05; a pledge of funds is 03; a signed accord and restored relations are 05; a
# retaken town is 19 toward the group driven out; an attack repelled with attackers killed is one 19
# from the attackers; a massacre of villagers named without nationality is 20 with a null target; a
# strike on civilians or a residential area is 19 with a null target; an unknown attacker's drone-boat
# attack on a ship is 18 from null toward the flag state, a seized ship 17 toward its flag state;
# intercepted migrants named by nationality are 17 toward their country; arrests of Palestinians are
# 17 toward Palestine; an arrest or dismantled cell linked to a named group is 17 toward the group, and
# "in coordination with" a partner adds 06 toward it; a court's prison sentence is 11 toward the group
# served; expelling a UN official, recalling an ambassador, closing a border, cutting ties, suspending
# membership and sanctions are 16; lifting a suspension is 08; a withdrawal from a country or handing
# bases to its army is 08 toward it; a release is 08 and a detention in a relative clause (كانت
# تحتجزهم، احتُجزت) is 17 next to it; a government not yet letting aid through is a negated 08; an
# appeal or call (دعا، حثّ، ناشد) is 02, a demand (طالب، مطالبة) 10, an appeal on unnamed donors has a
# null target; a protest by people named by occupation is 14 from null toward the state; the
# CAMEO roots of ../shared/data/cameo (not opened beyond its file names; roots known).
# Choices made where that guide is silent (listed so that a reader can disagree):
# - أعرب عن "قلق بالغ" (a marked noun phrase as the object of a speech verb) is a quote of the marks,
#   as h10_10's أكد + marked NP (h12_06); a marked phrase in an adjunct (في مواجهة "...", عازية القرار
#   إلى "...", تعهد بـ... "إلى أن يعود كل شبر", متابعتها "عن كثب") is no quote (h12_26, h12_38, h12_33, h12_56);
# - arrested journalists of a foreign radio and the radio's broadcast ban are one 17 toward the radio's
#   country (h12_02);
# - a welcome of an accord between two sides is 05 toward each, next to the accord's 05 (h12_21);
# - an ICC investigation into massacres in a country absent from the entities is 09 toward null (h12_20);
# - a refusal to let an aid agency's convoy in (رفضت السماح) is 12 toward the agency, a government that
#   has not yet allowed shipments a negated 08 toward it (h12_31);
# - a participle rejection (رافضا، رافضة) is coded 12 like a participle accusation; a rejection of what
#   one names «تدخلا سافرا» adds 11 (h12_33, h12_70); an open rejection of unnamed proposals is 12
#   toward null (h12_68);
# - a vow of "an appropriate response" by an attacked group is 13 toward the attacker (h12_35);
# - a rocket attack of unknown source on a base hosting US advisers is 19 toward the US, next to a
#   group's negated 19 for its denial (h12_51); a landmine blamed on a group: 18 from null toward the
#   victims' state and 11 for the blame (h12_66); a condemned attack on an aid convoy whose authors are
#   unnamed codes only the condemnation, 11 toward null (h12_83);
# - a request for clarifications over a patrol's incursion is 02, the incursion reported as fact 19
#   toward the entered country (h12_60); a residents' account of an incursion with bulldozing is 19
#   toward the country, next to its condemnation (h12_67);
# - special units sent to track kidnappers are 15 toward the group (h12_62); a statement that a
#   pursuit of attackers inflicted losses is 19 back (h12_86);
# - the Lebanese army's deployment "in coordination with" UNIFIL is 06 toward UNIFIL (h12_52);
# - a returned ambassador "in a sign of détente" is 05 (restored relations), the earlier recall not
#   coded (h12_79); a guest's arrival for a state visit is 04 guest -> host (h12_69);
# - an affirmation of a state's territorial unity in an anniversary statement is 01 with no target
#   (h12_37); a striking bar association is 14 from the association (h12_65).
# Counts: 86 records, 58 quotes (8 with a null speaker), 120 events over all 20 CAMEO roots (19 21,
# 11 14, 17 10, 04 10, 05 10, 02 7, 08 7, 16 6, 12 6, 18 4, 01 4, 07 4, 10 3, 06 3, 13 2, 09 2, 15 2,
# 14 2, 03 2, 20 1; 5 negated). The lead computes the agreement with the gold.
import json, os, sys
def Q(s, t): return {"speaker": s, "text": t}
def V(code, s, t, neg=False): return {"code": code, "source": s, "target": t, "negated": neg}

MLI, NER, FRA, SOM, SDN, GNB, DZA, MRT = "مالي", "النيجر", "فرنسا", "الصومال", "السودان", "غينيا بيساو", "الجزائر", "موريتانيا"
TCD, MAR, IRQ, TUR, USA, BFA, KEN, PSE = "تشاد", "المغرب", "العراق", "تركيا", "الولايات المتحدة", "بوركينا فاسو", "كينيا", "فلسطين"
ETH, ISR, SAU, YEM, LBN, TUN, GIN, IRN = "إثيوبيا", "إسرائيل", "السعودية", "اليمن", "لبنان", "تونس", "غينيا", "إيران"
LBR, BHR, EGY, LBY, SSD, GBR, RUS, ERI = "ليبيريا", "البحرين", "مصر", "ليبيا", "جنوب السودان", "بريطانيا", "روسيا", "إريتريا"
KWT, QAT, OMN, ARE, DJI, GAB, SYR, ESP, PHL, NGA, DEU = "الكويت", "قطر", "سلطنة عمان", "الإمارات", "جيبوتي", "الغابون", "سوريا", "إسبانيا", "الفلبين", "نيجيريا", "ألمانيا"
JNIM, SHABAB, RSF, ECOWAS, HOUTHI, ISIS = "جماعة نصرة الإسلام والمسلمين", "حركة الشباب", "قوات الدعم السريع", "المجموعة الاقتصادية لدول غرب أفريقيا", "جماعة الحوثيين", "تنظيم الدولة الإسلامية"
RADAA, TRB, UNSMIL, OHCHR, AU, ERC = "جهاز الردع", "كتيبة ثوار طرابلس", "بعثة الأمم المتحدة للدعم في ليبيا", "المفوضية السامية لحقوق الإنسان", "الاتحاد الأفريقي", "الهلال الأحمر المصري"
ISWAP, FANO, ARAB, ICC, HEZ, UNSC = "تنظيم ولاية غرب أفريقيا", "ميليشيا فانو", "جامعة الدول العربية", "المحكمة الجنائية الدولية", "حزب الله", "مجلس الأمن الدولي"
TASNIM, GCC, PUNT, IGAD, WFP, SDF = "وكالة تسنيم", "مجلس التعاون لدول الخليج العربية", "بونتلاند", "الهيئة الحكومية للتنمية", "برنامج الأغذية العالمي", "قوات سوريا الديمقراطية"
FLA, HRW, OLA, PMF, UNIFIL, IAEA = "جبهة تحرير أزواد", "هيومن رايتس ووتش", "جيش تحرير أورومو", "هيئة الحشد الشعبي", "قوات الأمم المتحدة المؤقتة في لبنان", "الوكالة الدولية للطاقة الذرية"
KSR, ICJ, EU, UN, BH, BAR = "مركز الملك سلمان للإغاثة والأعمال الإنسانية", "محكمة العدل الدولية", "الاتحاد الأوروبي", "الأمم المتحدة", "جماعة بوكو حرام", "الهيئة الوطنية للمحامين"
UNHCR, PKK, ICRC, DOCS, PRIS = "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "حزب العمال الكردستاني", "اللجنة الدولية للصليب الأحمر", "شبكة أطباء السودان", "نادي الأسير الفلسطيني"

A = {
    "h12_01": ([Q(MLI, "وحداته صدّت هجوما واسعا شنّه عناصر تابعون لجماعة نصرة الإسلام والمسلمين على معسكر قرب مدينة غاو، وقتلت أكثر من عشرين من المهاجمين"),
                Q(MLI, "ثلاثة جنود قُتلوا وأصيب سبعة آخرون في الاشتباكات")],
               [V("19", JNIM, MLI)]),
    "h12_02": ([], [V("17", NER, FRA)]),
    "h12_03": ([], [V("18", SHABAB, SOM), V("01", SHABAB, None)]),
    "h12_04": ([], [V("19", RSF, None, True), V("11", RSF, SDN)]),
    "h12_05": ([], [V("16", ECOWAS, GNB), V("10", ECOWAS, GNB)]),
    "h12_06": ([Q(UNSMIL, "قلق بالغ")],
               [V("19", RADAA, TRB), V("02", UNSMIL, RADAA), V("02", UNSMIL, TRB)]),
    "h12_07": ([], [V("04", DZA, MRT)]),
    "h12_08": ([Q("بشارة يوسف ماحي", "أرض تشاد لن تكون معبرا لأي سلاح يذهب إلى حرب السودان")], []),
    "h12_09": ([], [V("05", MAR, MRT)]),
    "h12_10": ([Q(DOCS, "قُتل 11 مدنيا في قصف مدفعي نفذته قوات الدعم السريع على أحياء سكنية في مدينة الأبيض")],
               [V("19", SDN, RSF), V("19", RSF, None)]),
    "h12_11": ([], [V("19", IRQ, ISIS)]),
    "h12_12": ([Q(IRQ, "الاعتداءات المتكررة تمس السيادة العراقية ومبادئ حسن الجوار")],
               [V("11", IRQ, TUR)]),
    "h12_13": ([Q(HOUTHI, "جماعته \"جاهزة لكل الاحتمالات\"")], [V("13", HOUTHI, USA)]),
    "h12_14": ([Q(OHCHR, "الإفلات من العقاب يغذي دوامة العنف في منطقة الساحل")], [V("02", OHCHR, BFA)]),
    "h12_15": ([Q("جوزيف موانغي أوتينو", "جنوده \"أدّوا ما عليهم\""),
                Q("جوزيف موانغي أوتينو", "التنسيق مع الجانب الصومالي سيستمر عبر تبادل المعلومات الاستخباراتية")],
               [V("08", KEN, SOM)]),
    "h12_16": ([], [V("07", ERC, PSE)]),
    "h12_17": ([Q(NER, "قُتل تسعة عناصر من الحرس الوطني النيجري في كمين لعناصر تابعين لتنظيم \"ولاية غرب أفريقيا\" قرب الحدود مع نيجيريا")],
               [V("19", ISWAP, NER)]),
    "h12_18": ([Q(None, "استعادت قوات الدفاع الوطني الإثيوبية السيطرة على بلدة ميراوي إثر قتال دام ثلاثة أيام ضد مسلحي ميليشيا فانو، الذين انسحبوا نحو المرتفعات المجاورة")],
               [V("19", ETH, FANO)]),
    "h12_19": ([], [V("11", ARAB, ISR)]),
    "h12_20": ([Q(ICC, "فريقه \"جمع أدلة وشهادات موثوقة\" خلال زيارات ميدانية إلى مخيمات اللاجئين في تشاد")],
               [V("09", ICC, None)]),
    "h12_21": ([], [V("05", SAU, YEM), V("05", SAU, HOUTHI), V("05", YEM, HOUTHI)]),
    "h12_22": ([Q(ISR, "الغارات استهدفت \"بنى تحتية عسكرية\" تابعة لحزب الله")], [V("19", ISR, HEZ)]),
    "h12_23": ([], [V("11", LBN, ISR), V("10", LBN, UNSC)]),
    "h12_24": ([Q(TUN, "اعترض الحرس البحري التونسي، ليل السبت، ثلاثة قوارب تقل 96 مهاجرا غينيا كانوا يحاولون الإبحار نحو جزيرة لامبيدوزا الإيطالية")],
               [V("17", TUN, GIN)]),
    "h12_25": ([Q(TASNIM, "اقتاد الحرس الثوري الإيراني ناقلة تحمل علم ليبيريا إلى الساحل الإيراني بعد توقيفها في مياه مضيق هرمز للاشتباه في نقلها وقودا مهربا")],
               [V("17", IRN, LBR)]),
    "h12_26": ([], [V("05", GCC, BHR)]),
    "h12_27": ([], [V("16", PUNT, SOM), V("11", IGAD, PUNT)]),
    "h12_28": ([Q(USA, "تقييمها الأولي \"لا يشير إلى سقوط ضحايا مدنيين\"")],
               [V("19", USA, SHABAB), V("06", USA, SOM)]),
    "h12_29": ([], [V("16", DZA, MLI)]),
    "h12_30": ([Q(EGY, "بلاده \"تدعم أي توافق بين الليبيين يقود إلى صناديق الاقتراع\""),
                Q(EGY, "استقرار ليبيا \"ركيزة أساسية للأمن القومي المصري\"")],
               [V("04", EGY, LBY)]),
    "h12_31": ([Q(WFP, "قوات الدعم السريع رفضت السماح لقافلة من 22 شاحنة بدخول مدينة كادقلي المحاصرة، فيما لم تأذن السلطات السودانية بعد بمرور شحنات أخرى عبر معبر أدري")],
               [V("12", RSF, WFP), V("08", SDN, WFP, True)]),
    "h12_32": ([], [V("07", UNSC, SSD)]),
    "h12_33": ([Q(SDN, "من يطلبون منا الجلوس مع الميليشيا لا يعرفون حجم ما ارتكبته بحق السودانيين")],
               [V("12", SDN, RSF)]),
    "h12_34": ([Q(PRIS, "شنت القوات الإسرائيلية حملة اعتقالات فجر الأربعاء طالت 14 فلسطينيا في مخيم جنين وقرى محيطة به"),
                Q(PRIS, "اثنين من المعتقلين طالبان في جامعة النجاح")],
               [V("17", ISR, PSE)]),
    "h12_35": ([Q(SDF, "قُتل ثلاثة من مقاتلي قوات سوريا الديمقراطية، بينهم قيادي ميداني، في غارة بطائرة مسيرة تركية استهدفت سيارتهم على طريق عامودا")],
               [V("19", TUR, SDF), V("13", SDF, TUR)]),
    "h12_36": ([Q(GBR, "ناقلة بضائع سائبة مسجلة في ليبيريا تعرضت لهجوم بزورقين مسيّرين على بعد 60 ميلا بحريا غرب الحديدة، ما تسبب في اندلاع حريق على متنها جرى احتواؤه")],
               [V("18", None, LBR)]),
    "h12_37": ([], [V("01", ARAB, None)]),
    "h12_38": ([], [V("16", TCD, SDN)]),
    "h12_39": ([Q(None, "مسلحين ينتسبون على ما يبدو إلى جماعة نصرة الإسلام والمسلمين قتلوا ما لا يقل عن 200 من سكان قرية كوغودو، جلّهم من النساء والأطفال، خلال اقتحام دام عدة ساعات")],
               [V("20", JNIM, None)]),
    "h12_40": ([Q(FLA, "مقاتليها أسقطوا مسيّرة عسكرية مالية من طراز بيرقدار فوق منطقة تينزاواتين")],
               [V("19", FLA, MLI)]),
    "h12_41": ([Q("إيلين فاندرمير", "الشهادات التي جمعناها تشير إلى عمليات قتل ممنهجة")],
               [V("11", HRW, MLI), V("11", HRW, RUS)]),
    "h12_42": ([Q(EGY, "انتهت، الثلاثاء، جولة تفاوض أخرى بين مصر وإثيوبيا حول سد النهضة دون أن تسفر عن تفاهمات بشأن قواعد الملء والتشغيل")],
               [V("04", EGY, ETH), V("05", EGY, ETH, True)]),
    "h12_43": ([Q(None, "دفعت إريتريا بتعزيزات عسكرية كبيرة، من بينها مدرعات ومنصات صواريخ، نحو مناطق قريبة من الحدود مع إثيوبيا")],
               [V("15", ERI, ETH)]),
    "h12_44": ([Q(IAEA, "استعادة الثقة تتطلب وصولا كاملا ودون قيود")], [V("04", IAEA, IRN)]),
    "h12_45": ([], [V("17", KWT, HEZ)]),
    "h12_46": ([], [V("05", BHR, IRN)]),
    "h12_47": ([], [V("04", QAT, ETH), V("04", QAT, OLA)]),
    "h12_48": ([], [V("11", MAR, DZA)]),
    "h12_49": ([], [V("11", TUN, ISIS)]),
    "h12_50": ([], [V("08", PKK, TUR), V("05", TUR, PKK)]),
    "h12_51": ([Q(PMF, "من يقف وراء هذه الأعمال يريد جر العراق إلى صراع لا ناقة له فيه ولا جمل")],
               [V("19", None, USA), V("19", PMF, USA, True)]),
    "h12_52": ([], [V("08", ISR, LBN), V("06", LBN, UNIFIL)]),
    "h12_53": ([Q(OMN, "الجولة كانت \"بناءة وجادة\" رغم الهوة بين المواقف")],
               [V("04", OMN, USA), V("04", OMN, IRN)]),
    "h12_54": ([], [V("07", KSR, YEM)]),
    "h12_55": ([Q(ICJ, "النزاع يخرج عن اختصاصها")], [V("12", ICJ, SDN), V("11", SDN, ARE)]),
    "h12_56": ([], [V("01", DJI, None)]),
    "h12_57": ([], [V("17", LBY, TUR)]),
    "h12_58": ([Q(EU, "العقوبات \"رسالة لكل من يتربح من الحرب\"")], [V("16", EU, RSF)]),
    "h12_59": ([Q("كارلوس مينديث", "كل يوم يمر دون هدنة يعني مزيدا من الموت والجوع"),
                Q("كارلوس مينديث", "المنظمة تحتاج إلى ممرات آمنة لإيصال الغذاء والدواء إلى المدينة")],
               [V("02", UN, SDN), V("02", UN, RSF)]),
    "h12_60": ([Q("الحسين ولد سيدي بوبكر", "نواكشوط طلبت من باماكو توضيحات بشأن توغل دورية عسكرية مالية مسافة أربعة كيلومترات داخل الأراضي الموريتانية")],
               [V("02", MRT, MLI), V("19", MLI, MRT)]),
    "h12_61": ([], [V("07", EGY, SOM), V("05", SOM, EGY)]),
    "h12_62": ([Q(None, "خطف مسلحون يرجح أنهم من جماعة بوكو حرام 23 شخصا، معظمهم من الحطابين، في ضواحي بلدة غوزا بولاية بورنو شمال شرقي نيجيريا"),
                Q(NGA, "وحدات خاصة أُرسلت إلى المنطقة لتعقب الخاطفين")],
               [V("18", BH, None), V("15", NGA, BH)]),
    "h12_63": ([], [V("08", AU, GAB)]),
    "h12_64": ([Q(RSF, "مقاتليها باتوا يسيطرون على بلدة أم صميمة غرب الأبيض بعد مواجهات مع الجيش السوداني والقوات المساندة له"),
                Q(None, "الجيش أعاد تموضع وحداته \"لأسباب تكتيكية\"")],
               [V("19", RSF, SDN)]),
    "h12_65": ([], [V("14", None, TUN), V("14", BAR, TUN)]),
    "h12_66": ([], [V("18", None, KEN), V("11", KEN, SHABAB)]),
    "h12_67": ([Q(None, "دخلت قوة إسرائيلية تضم آليات عسكرية وجرافات، صباح الثلاثاء، أطراف قرية بريف القنيطرة الجنوبي، وقامت بتجريف حقول قبل أن تغادر")],
               [V("19", ISR, SYR), V("11", SYR, ISR)]),
    "h12_68": ([Q(EGY, "بلاده \"لا تشارك ولن تشارك\" في أي ترتيبات تهدف إلى تهجير سكان قطاع غزة إلى سيناء")],
               [V("12", EGY, None)]),
    "h12_69": ([Q(SOM, "من المقرر أن يبحث مع رئيس الوزراء الإثيوبي ملفات الأمن الحدودي والتجارة")],
               [V("04", SOM, ETH)]),
    "h12_70": ([Q(IRN, "هذه الجزر \"جزء لا يتجزأ\" من أراضي إيران")],
               [V("10", GCC, IRN), V("12", IRN, GCC), V("11", IRN, GCC)]),
    "h12_71": ([Q(UNHCR, "نقص التمويل قد يجبرها على خفض الحصص الغذائية بمقدار النصف")],
               [V("02", UNHCR, None)]),
    "h12_72": ([], [V("16", BFA, UN)]),
    "h12_73": ([], [V("17", ESP, ISIS), V("06", ESP, MAR)]),
    "h12_74": ([], [V("08", HOUTHI, PHL), V("17", HOUTHI, PHL)]),
    "h12_75": ([Q(None, "شنت مقاتلات تركية غارات مكثفة على تحصينات يستخدمها حزب العمال الكردستاني في منطقة متينا بمحافظة دهوك")],
               [V("19", TUR, PKK)]),
    "h12_76": ([Q(HEZ, "المقاومة \"لن تسلّم سلاحها ما دام الاحتلال قائما\""),
                Q(HEZ, "الأولوية يجب أن تكون لانسحاب إسرائيل من النقاط التي تحتلها في الجنوب")],
               [V("12", HEZ, LBN)]),
    "h12_77": ([], [V("04", SDN, SSD, True)]),
    "h12_78": ([Q(ICRC, "العملية جرت \"بناء على طلب الطرفين\"")],
               [V("08", RSF, SDN), V("17", RSF, SDN)]),
    "h12_79": ([Q(NER, "حكومته \"تتطلع إلى صفحة جديدة\" مع الجار الشمالي")], [V("05", DZA, NER)]),
    "h12_80": ([Q(None, "استعادت القوات الحكومية الصومالية، بإسناد من مقاتلي العشائر، بلدة موقوكوري في إقليم هيران، بعد أسبوعين من سقوطها في يد حركة الشباب")],
               [V("19", SOM, SHABAB)]),
    "h12_81": ([], [V("17", BHR, IRN)]),
    "h12_82": ([Q(QAT, "الوساطة ليست نزهة، ونحن نعمل في صمت مع كل الأطراف")], []),
    "h12_83": ([Q(WFP, "القافلة كانت تنقل 400 طن من الذرة الرفيعة إلى مدينة الأبيض")],
               [V("11", UNSC, None)]),
    "h12_84": ([Q(FRA, "المجلس “يريد الحقيقة لا الاتهامات المرسلة”")], [V("09", UNSC, TCD)]),
    "h12_85": ([Q(EU, "التمويل \"مشروط بوصول المساعدات إلى كل المناطق دون عوائق\"")],
               [V("03", EU, SYR), V("03", DEU, SYR)]),
    "h12_86": ([Q(SYR, "قواتها \"طاردت المهاجمين وكبدتهم خسائر\"")],
               [V("19", ISIS, SYR), V("01", ISIS, None), V("19", SYR, ISIS)]),
}

here = os.path.dirname(os.path.abspath(__file__))
src = sys.argv[1] if len(sys.argv) > 1 else "/tmp/blind-heldout12.jsonl"
out = os.path.join(here, "heldout12_blind.jsonl")
recs = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
assert len(recs) == 86 and sorted(r["id"] for r in recs) == sorted(A), "record ids differ"
with open(out, "w", encoding="utf-8") as f:
    for r in recs:
        names = {e["name"] for e in r["entities"]}
        quotes, events = A[r["id"]]
        for q in quotes:
            assert q["text"] in r["text"], (r["id"], q["text"])
            assert q["speaker"] is None or q["speaker"] in names, (r["id"], q["speaker"])
        for v in events:
            for side in (v["source"], v["target"]):
                assert side is None or side in names, (r["id"], side)
            assert len(v["code"]) == 2 and 1 <= int(v["code"]) <= 20, (r["id"], v["code"])
        rec = {"id": r["id"], "text": r["text"], "entities": r["entities"], "quotes": quotes, "events": events}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
nq = sum(len(q) for q, _ in A.values()); ne = sum(len(e) for _, e in A.values())
print(f"{len(recs)} records, {nq} quotes, {ne} events -> {out}")
