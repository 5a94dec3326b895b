# Writes eval/blind/heldout10_blind.jsonl: a blind second annotation of held-out10 (84 records), to
# measure how far two careful annotators agree on quotes (speaker + text) and events (CAMEO root +
# source + target + negation), as make_dev19_blind.py and make_dev21_blind.py did for dev19 and dev21.
#
# Annotator: a new annotator of session 9 (a helper that wrote no earlier set), who never read the
# rules (crates/rasd-analyze/src), the lexicons (data/), make_heldout10.py or held-out10's gold quotes
# and events, nor any other set's records (two records of make_dev21_blind.py were opened for the
# format). It worked from the records' text and entities only (gold removed beforehand by the lead,
# /tmp/blind-heldout10.jsonl), 2026-11-30 07:25:05-07:28:15 UTC by the machine clock (`date -u`: from
# reading the brief to the commit; 4 minutes), by the guide in the headers of make_heldout9.py,
# make_heldout8.py, make_dev20.py and make_dev18.py (their conventions and choices were applied where
# they speak: a title, ministry, army or force with a nationality is its country; an unnamed source
# is null; a named person is the actor; the title of a body (its director, secretary-general,
# commissioner, leader) is the body; the place where something happens is not a target; an act and
# its consequence are one event; an accusation codes 11 and not the accused act; a denial codes the
# denied act negated; وصف X بأنه «...» is no quote and codes 11 (05 when it praises); a rejected
# proposal codes 12 only; a rejected decision already taken codes 12 and the decision; intentions,
# plans and conditions are no events; an act named as a reason, purpose or duration (بعد احتجاز دام،
# عقب ضبط، إثر ضغوط، احتجاجا على، للمطالبة، تحسبا لـ، استجابة لطلب) is not coded; a clause credited with
# وفق/بحسب to someone is that someone's quote (null when unnamed); a quote before بهذه العبارة لخص X
# is X's; a mediator or sponsor codes 04 toward each side; talks that end without agreement code 04
# and a negated 05; an agreement reached in talks is 05 next to the talks' 04; a signed accord is 05;
# air and drone strikes are 19; a kidnapping and an arson by settlers are 18; a massacre is 20; a
# claim of responsibility is 01 with no target next to the act; closing a border to a neighbour and
# withholding its tax revenues are 16; extending a UN mission's mandate is 07 toward the host; troops
# sent within an AU mission are 07 toward the host; readiness to fund is 03; releasing river water on
# request is 08; welcoming another's act is 05; not letting inspectors in is a negated 08 toward the
# agency; an arrest of people linked to a named group is 17 toward the group; a broadcast ban on a
# channel is 17 toward its country; a seized ship is targeted through its flag state) and the CAMEO
# codebook in ../shared/data/cameo.
# Choices this set needed where that guide is silent (listed so that a reader can disagree):
# - a clash with unnamed gunmen "from the Malian side of the border" is 19 with a null target: Mali
#   is only where they came from (h10_01); a clash between a named force and unnamed tribesmen is 19
#   toward null (h10_30);
# - an armed group closing pipeline valves to demand wages is 14 (obstruct) from null toward the
#   oil corporation whose line it is (h10_03, as the dev21 blind annotation did for an oil field);
# - kidnappers "believed to be from" a named group are that group (h10_12); workers of a company
#   with a nationality are targeted through its country;
# - شدد على «...» (a marked noun phrase after a verb of speech) is a quote (h10_10); نفى أن ... is
#   no quote, only the denied act negated (h10_20, h10_49);
# - repelling an attack (no killing of attackers told) adds no second event (h10_17);
# - a visit named with خلال during which two sides agree codes the visit (04) and the agreement (05)
#   (h10_18); the same for a meeting in whose end chiefs of staff agree on joint patrols (h10_36);
# - a suspension of a channel "accusing it of" misinformation is 17 only: the charge is part of it,
#   as بتهمة is of an arrest (h10_19);
# - opening airports to planes that carry arms to a rebel force is 07 (military aid) (h10_20);
# - the act a body condemns is coded when told as fact, with the source null when unknown (h10_47:
#   a boat bomb on a Qatari tanker is 18 toward Qatar); a bomb-drone attack whose source is unknown on
#   a field in a region is not coded (no actor, the region is the place) (h10_44);
# - a court sentence in a case of financing a cell linked to a named group is 17 toward the group
#   (h10_34); an investigation of officers suspected of a link to a named group is 09 toward it (h10_52);
# - a massacre of villagers in a country is 20 toward that country (h10_35);
# - a country hosting a conference of another country's parties is 04 toward that country (h10_48);
#   hosting a three-party meeting codes 04 from the host toward each guest and 04 between the guests
#   (h10_75); a conference hosted by a neighbour that is the object of a protest is not coded (h10_38);
# - carrying messages between two states is 04 from the carrier toward each, with no 04 between them
#   (h10_41);
# - a military deployment against feared clashes with a neighbour's tribesmen and a live-fire exercise
#   near a neighbour's border are 15 toward that neighbour (h10_43, h10_80); manoeuvres on an island a
#   state calls occupied, condemned by that state, are 15 toward it (h10_69);
# - a pursuit of infiltrated fighters is 19 and their capture 17 (h10_46); an incursion by military
#   vehicles that search homes and withdraw is one 19 toward the country entered (h10_56);
# - seizing a camp after brief clashes is one 19 (h10_55);
# - handing back detained fishermen is 08, and the detention told in a relative clause of its own
#   (كانت قد احتجزتهم) is 17 (h10_58);
# - a government's timetable for disarming a party, which the party rejects, is 10 toward the party
#   (h10_54);
# - suspending food aid in areas a group controls, after it detained staff, is 16 toward the group
#   (h10_63); burning weapons in a ceremony is 08 (demobilize) toward the state it fought (h10_64);
# - coordination with another state's police or federal authorities in an operation is 06 toward it
#   (h10_67, h10_72); a seizure and arrest of unnamed people is 17 with no target (h10_67);
# - demanding or appealing to unnamed bodies (donors, security services) is coded with a null target
#   (h10_40, h10_61); a threat to "any state" has no target (h10_77);
# - keeping a suspension of membership is 16 (h10_83); a statement "following developments" with no
#   blame is 01 with no target (h10_84), and the negated blame is not coded;
# - a crossing that "will stay closed until" guarantees come is a condition: no event (h10_76).
#
# The text and entities of each record are read at run time from eval/quotes_events_heldout10.jsonl;
# that file's quotes and events are dropped unread (never printed). The output has the same format
# as the sets (id, text, entities, quotes, events); the lead computes the agreement.
import json, os
def Q(s, t): return {"speaker": s, "text": t}
def V(code, s, t, neg=False): return {"code": code, "source": s, "target": t, "negated": neg}

MRT, MLI, TCD, SDN, LBY, YEM, TUR, IRQ = "موريتانيا", "مالي", "تشاد", "السودان", "ليبيا", "اليمن", "تركيا", "العراق"
LBN, SYR, QAT, IRN, NER, CHN, DJI, PAN = "لبنان", "سوريا", "قطر", "إيران", "النيجر", "الصين", "جيبوتي", "بنما"
SOM, TUN, ITA, BFA, FRA, DZA, ESP, MAR = "الصومال", "تونس", "إيطاليا", "بوركينا فاسو", "فرنسا", "الجزائر", "إسبانيا", "المغرب"
PSE, ISR, OMN, USA, EGY, SEN, KWT, SAU = "فلسطين", "إسرائيل", "سلطنة عمان", "الولايات المتحدة", "مصر", "السنغال", "الكويت", "السعودية"
ERI, ETH, CHE, ARE, JOR, SSD, GNB = "إريتريا", "إثيوبيا", "سويسرا", "الإمارات", "الأردن", "جنوب السودان", "غينيا بيساو"
RSF, HOUTHI, SHABAB, HEZ, JNIM, PKK = "قوات الدعم السريع", "جماعة الحوثيين", "حركة الشباب", "حزب الله", "جماعة نصرة الإسلام والمسلمين", "حزب العمال الكردستاني"
ISIS, FLA, KRG, NOC, ECOWAS, UNSMIL = "تنظيم الدولة", "جبهة تحرير أزواد", "حكومة إقليم كردستان", "المؤسسة الوطنية للنفط", "المجموعة الاقتصادية لدول غرب أفريقيا", "بعثة الأمم المتحدة للدعم في ليبيا"
UNSC, EU, ARAB, IAEA = "مجلس الأمن الدولي", "الاتحاد الأوروبي", "جامعة الدول العربية", "الوكالة الدولية للطاقة الذرية"

A = {
    "h10_01": ([Q(MRT, "وحدة من الجيش اشتبكت، مساء الثلاثاء، مع مسلحين تسللوا من الجانب المالي للحدود قرب بلدة عين بنتيلي، ما أسفر عن مقتل اثنين من المهاجمين وإصابة جندي بجروح طفيفة")],
               [V("19", MRT, None)]),
    "h10_02": ([], [V("04", TCD, "جان بيير موانزا")]),
    "h10_03": ([Q(NOC, "مجموعة مسلحة أغلقت، صباح الأربعاء، صمامات خط الأنابيب الذي يربط حقل الواحة الجنوبي بميناء الزويتينة، للمطالبة بصرف رواتب متأخرة منذ خمسة أشهر، ما تسبب في فقدان نحو ستين ألف برميل يوميا من الإنتاج")],
               [V("14", None, NOC)]),
    "h10_04": ([Q(SDN, "الهجوم «جريمة حرب مكتملة الأركان»")],
               [V("11", SDN, RSF), V("02", SDN, UNSC)]),
    "h10_05": ([], [V("08", "ولاية بونتلاند", "إذاعة صوت نوغال")]),
    "h10_06": ([Q("أحمد سالم باعبود", "العملة المحلية «تقترب من حافة الانهيار» ما لم تُستأنف صادرات النفط الخام"),
                Q("أحمد سالم باعبود", "الحكومة «لا تملك ترف الانتظار أشهرا أخرى»")],
               []),
    "h10_07": ([], [V("19", TUR, PKK)]),
    "h10_08": ([Q("ماركو ديلفينو", "قوته «ستواصل تسيير دورياتها بالتنسيق مع الجيش اللبناني»")],
               [V("04", LBN, "ماركو ديلفينو")]),
    "h10_09": ([Q(SYR, "كانت تعدّ لاستهداف كنيسة في حي باب توما خلال قداس عيد الميلاد")],
               [V("17", SYR, ISIS)]),
    "h10_10": ([Q(QAT, "ضرورة تغليب لغة الحوار وتجنب التصعيد")],
               [V("04", QAT, IRN)]),
    "h10_11": ([Q(MLI, "طائرات مسيّرة تابعة له دمرت، الأحد، «قاعدة لوجستية» يستخدمها مقاتلو جماعة نصرة الإسلام والمسلمين قرب بلدة ديافارابي وسط البلاد، وقتلت «عددا كبيرا من الإرهابيين»")],
               [V("19", MLI, JNIM)]),
    "h10_12": ([], [V("18", "تنظيم الدولة في غرب أفريقيا", CHN)]),
    "h10_13": ([], [V("16", DJI, "أرض الصومال")]),
    "h10_14": ([], [V("01", ARAB, None)]),
    "h10_15": ([Q(IRN, "كانت تهرّب مليوني لتر من الوقود")],
               [V("17", IRN, PAN)]),
    "h10_16": ([Q(TUR, "المشروع «خطوة أولى في مسار طويل لإعادة الإعمار»")],
               [V("05", TUR, SYR)]),
    "h10_17": ([], [V("19", SHABAB, SOM)]),
    "h10_18": ([], [V("04", ITA, TUN), V("05", TUN, ITA)]),
    "h10_19": ([], [V("17", BFA, FRA)]),
    "h10_20": ([], [V("07", TCD, RSF, True), V("11", TCD, SDN)]),
    "h10_21": ([Q("هيومن رايتس ووتش", "عائلاتهم “لم تتلق أي رد رسمي حتى الآن”")],
               [V("10", "هيومن رايتس ووتش", IRQ)]),
    "h10_22": ([], [V("16", DZA, ESP)]),
    "h10_23": ([], [V("14", None, MAR)]),
    "h10_24": ([], [V("16", EU, RSF)]),
    "h10_25": ([Q(None, "قُتل أربعة من أفراد الجيش اليمني وجُرح سبعة في هجوم شنه مسلحو جماعة الحوثيين على مواقعهم في جبهة رغوان شمال غربي مأرب")],
               [V("19", HOUTHI, YEM)]),
    "h10_26": ([Q(PSE, "إسرائيل اقتطعت للشهر الرابع على التوالي أكثر من مئتي مليون شيكل من عائدات الضرائب التي تجبيها لصالح السلطة"),
                Q(PSE, "الحكومة «لن تكون قادرة إلا على صرف نصف الراتب» لموظفيها هذا الشهر")],
               [V("16", ISR, PSE)]),
    "h10_27": ([], [V("07", "مركز الملك سلمان للإغاثة والأعمال الإنسانية", YEM)]),
    "h10_28": ([], [V("04", ECOWAS, GNB), V("04", ECOWAS, "ائتلاف مداي 2024")]),
    "h10_29": ([], [V("04", IRQ, KRG), V("05", IRQ, KRG)]),
    "h10_30": ([Q("المرصد السوري لحقوق الإنسان", "المواجهات أوقعت ستة قتلى من الجانبين")],
               [V("19", "قوات سوريا الديمقراطية", None)]),
    "h10_31": ([], [V("19", ISR, HEZ)]),
    "h10_32": ([Q(IAEA, "مفتشي الوكالة لم يتمكنوا منذ ثلاثة أشهر من دخول منشأة فوردو"),
                Q(IAEA, "إيران «لم تقدم تفسيرا مقنعا» لآثار اليورانيوم التي عُثر عليها في موقعين غير معلنين")],
               [V("08", IRN, IAEA, True)]),
    "h10_33": ([Q("خالد المقريف", "لن تُجرى انتخابات بلدية في أي مدينة لا تتوفر فيها الحماية لمراكز الاقتراع")], []),
    "h10_34": ([], [V("17", KWT, HEZ)]),
    "h10_35": ([Q(None, "مسلحين من جماعة نصرة الإسلام والمسلمين أعدموا ما يزيد على مئة وثمانين مدنيا، بينهم نساء وأطفال، في قرية كومبوري سانغا بإقليم الساحل، بعد أن جمعوهم في سوق القرية صباح الجمعة")],
               [V("20", JNIM, BFA)]),
    "h10_36": ([], [V("04", NER, TCD), V("05", NER, TCD)]),
    "h10_37": ([], [V("07", UNSC, LBY)]),
    "h10_38": ([], [V("11", SOM, "كينيا")]),
    "h10_39": ([], [V("17", TUR, ISR)]),
    "h10_40": ([Q("وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين", "كل يوم تأخير يعني أطفالا ينامون في العراء")],
               [V("02", "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين", None)]),
    "h10_41": ([Q(OMN, "بلاده نقلت رسائل بين واشنطن وطهران خلال الأسبوعين الماضيين"),
                Q(OMN, "السلطنة «لا تقوم بدور الوسيط بل بدور ساعي البريد»")],
               [V("04", OMN, USA), V("04", OMN, IRN)]),
    "h10_42": ([], [V("04", "حركة فتح", "حركة حماس"), V("05", "حركة فتح", "حركة حماس", True)]),
    "h10_43": ([], [V("15", LBN, SYR)]),
    "h10_44": ([], [V("02", KRG, IRQ)]),
    "h10_45": ([], [V("04", SEN, MRT)]),
    "h10_46": ([Q(LBY, "وحداتها طاردت، على مدى يومين، عناصر من جبهة التناوب والوفاق في تشاد (فاكت) تسللوا إلى منطقة تربو قرب الحدود الجنوبية، وأسرت ثلاثة وعشرين منهم")],
               [V("19", LBY, "جبهة التناوب والوفاق في تشاد"), V("17", LBY, "جبهة التناوب والوفاق في تشاد")]),
    "h10_47": ([], [V("11", "مجلس التعاون لدول الخليج العربية", None), V("18", None, QAT)]),
    "h10_48": ([], [V("04", EGY, SDN)]),
    "h10_49": ([], [V("11", MLI, DZA), V("07", DZA, FLA, True), V("11", DZA, MLI)]),
    "h10_50": ([], [V("07", EGY, SOM)]),
    "h10_51": ([Q("الهلال الأحمر الفلسطيني", "طواقمه نقلت أربعة مصابين إلى مستشفى رفيديا")],
               [V("18", ISR, None)]),
    "h10_52": ([], [V("09", TUR, "جماعة فتح الله غولن")]),
    "h10_53": ([Q("وكالة الأنباء الإيرانية", "لقي خمسة من حراس الحدود الإيرانيين حتفهم عندما هاجم مسلحون ينتمون إلى جماعة «جيش العدل» نقطة مراقبة في منطقة سراوان")],
               [V("19", "جيش العدل", IRN)]),
    "h10_54": ([Q(HEZ, "المقاومة «لن تسلم سلاحها ما دام الاحتلال جاثما على أرضنا»")],
               [V("12", HEZ, LBN), V("10", LBN, HEZ)]),
    "h10_55": ([], [V("19", "المجلس الانتقالي الجنوبي", "قوات الحماية الرئاسية")]),
    "h10_56": ([Q("وكالة الأنباء السورية", "دخلت ست آليات عسكرية إسرائيلية، صباح الاثنين، قرية صيدا الحانوت بريف القنيطرة الجنوبي، وفتشت عددا من المنازل قبل أن تنسحب")],
               [V("19", ISR, SYR)]),
    "h10_57": ([Q(FLA, "أسفرت عن مقتل مدنيين اثنين ونفوق عشرات المواشي")],
               [V("19", MLI, FLA), V("06", "روسيا", MLI)]),
    "h10_58": ([], [V("08", SAU, YEM), V("17", SAU, YEM)]),
    "h10_59": ([Q(SHABAB, "تقف وراء القصف")],
               [V("19", SHABAB, SOM), V("01", SHABAB, None)]),
    "h10_60": ([Q(IRQ, "تركيا وافقت على رفع الإطلاقات المائية في نهر دجلة إلى خمسمئة متر مكعب في الثانية لمدة شهرين، استجابة لطلب تقدمت به بغداد خلال زيارة الوزير إلى أنقرة الأسبوع الماضي")],
               [V("08", TUR, IRQ)]),
    "h10_61": ([Q("مصرف ليبيا المركزي", "خطف مسلحون مجهولون، مساء الثلاثاء، مدير إدارة الاعتمادات في مصرف ليبيا المركزي مصطفى الزروق من أمام منزله في حي بن عاشور")],
               [V("18", None, "مصطفى الزروق"), V("10", "مصرف ليبيا المركزي", None)]),
    "h10_62": ([Q(ERI, "أديس أبابا \"تبحث عن حرب تصرف بها الأنظار عن أزماتها الداخلية\"")],
               [V("11", ERI, ETH)]),
    "h10_63": ([Q(HOUTHI, "الموظفين المحتجزين «يحظون بمعاملة حسنة وستُحال ملفاتهم إلى القضاء»")],
               [V("16", "برنامج الأغذية العالمي", HOUTHI)]),
    "h10_64": ([Q(PKK, "تجسيد لإرادة السلام"), Q(TUR, "غير كافية ما لم تشمل جميع العناصر")],
               [V("08", PKK, TUR), V("05", TUR, PKK)]),
    "h10_65": ([Q(SDN, "كانت متجهة إلى مواقع قوات الدعم السريع")],
               [V("16", SDN, SSD)]),
    "h10_66": ([Q("حميد رضا كاشاني", "الموقوف «اعترف بالتواصل مع جهات أجنبية»")],
               [V("17", IRN, CHE)]),
    "h10_67": ([], [V("06", MAR, ESP), V("17", MAR, None)]),
    "h10_68": ([], [V("02", UNSMIL, "جهاز الأمن العام"), V("02", UNSMIL, "اللواء 52 مشاة"),
                    V("19", "جهاز الأمن العام", "اللواء 52 مشاة")]),
    "h10_69": ([], [V("11", ARE, IRN), V("02", ARE, IRN), V("15", IRN, ARE)]),
    "h10_70": ([], [V("17", TUN, "سليم بن حميدة")]),
    "h10_71": ([], [V("05", LBN, SYR), V("04", SAU, LBN), V("04", SAU, SYR)]),
    "h10_72": ([Q(USA, "قاذفاتها استهدفت، بتنسيق مع السلطات الفيدرالية في مقديشو، معسكرا لمقاتلي تنظيم الدولة في سلسلة جبال كال ميسكاد شرقي بونتلاند"),
                Q(USA, "«لا تملك أي مؤشرات» على إصابة مدنيين")],
               [V("19", USA, ISIS), V("06", USA, SOM)]),
    "h10_73": ([], [V("08", NER, "عبدو لاوالي غاربا"), V("05", ECOWAS, NER)]),
    "h10_74": ([Q("نقابة الصحفيين الفلسطينيين", "اعتقالها «يندرج في سياق استهداف ممنهج للصحفيين»")],
               [V("17", ISR, "رنا أبو الهيجا")]),
    "h10_75": ([], [V("04", JOR, SYR), V("04", JOR, IRQ), V("04", SYR, IRQ)]),
    "h10_76": ([Q(None, "المعبر سيبقى مغلقا إلى أن نتسلم ضمانات مكتوبة")], []),
    "h10_77": ([Q(HOUTHI, "قواته «جاهزة لتوسيع بنك الأهداف ليشمل موانئ في البحر الأحمر»")],
               [V("13", HOUTHI, None)]),
    "h10_78": ([], [V("03", EU, LBN)]),
    "h10_79": ([Q("محجوب الطيب", "المقترح «يساوي بين الدولة والميليشيا» ولا يلزم الطرف الآخر بالخروج من المدن")],
               [V("12", SDN, USA)]),
    "h10_80": ([], [V("15", DZA, MAR)]),
    "h10_81": ([Q("المحكمة الجنائية الدولية", "فتح تحقيقا في تقارير عن تعذيب مهاجرين في مراكز احتجاز يديرها جهاز مكافحة الهجرة غير الشرعية في مدينة الزاوية الليبية")],
               [V("09", "المحكمة الجنائية الدولية", "جهاز مكافحة الهجرة غير الشرعية")]),
    "h10_82": ([], [V("14", None, KRG)]),
    "h10_83": ([], [V("10", "مجلس السلم والأمن الأفريقي", BFA), V("16", "مجلس السلم والأمن الأفريقي", BFA)]),
    "h10_84": ([], [V("01", SAU, None)]),
}

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "..", "quotes_events_heldout10.jsonl")
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
out = os.path.join(here, "heldout10_blind.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in out_recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out_recs), "records,", sum(len(r["quotes"]) for r in out_recs), "quotes,",
      sum(len(r["events"]) for r in out_recs), "events (blind annotation)")
