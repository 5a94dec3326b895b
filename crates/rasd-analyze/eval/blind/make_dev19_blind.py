# Writes eval/blind/dev19_blind.jsonl: a blind second annotation of dev19 (76 records), to measure
# how far two careful annotators agree on quotes (speaker + text) and events (CAMEO root + source +
# target + negation), i.e. what score is reachable at all.
#
# Annotator: the session-7 evaluation-set writer (author of make_heldout8.py), who never read the
# rules (crates/rasd-analyze/src), the lexicons (data/), make_dev19.py or dev19's gold quotes and
# events. It worked from the records' text and entities only (gold removed beforehand by the lead),
# 2026-11-30 01:27:57-01:29:43 UTC by the machine clock (`date -u`: reading the 76 records to the
# commit), by the guide of make_heldout8.py's header (the
# conventions of held-out7 and dev16-18, and the choices listed there). Choices this set needed
# where that guide is silent (applied here, listed so that a reader can disagree):
# - a gift of military hardware is 07 (military aid), training another army is 06; boats given to a
#   coast guard under a support programme are 07;
# - repelling or intercepting an attack is part of the attack: one 19 with the attacker as source
#   (d19_71, d19_73);
# - a rejection of a decision (رفضته باريس) or of a draft resolution (veto) is 12 toward its author;
#   a renewed rejection of a standing situation (رفض استمرار الاحتلال) is 12; an objection named in a
#   concessive phrase (رغم اعتراض) is coded (12);
# - moving weapons into a zone is 15, so a denial of it is a negated 15;
# - a military exercise near a neighbour's border is 15 toward that neighbour; a mobilization "amid
#   tension with" a country has no target;
# - an ultimatum to unnamed residents is 10 with no target; the threat of storming a town unless an
#   army withdraws is 13 toward that army;
# - a request for clarifications (طلبت توضيحات) is 02; an act named as the topic of that request
#   (توقيفها المحامين) is coded;
# - hijacking a ship by unnamed pirates is 18 with a null source and the ship's flag state as target;
# - يرى محللون أن is reported speech of an unnamed speaker (a quote of null);
# - a statement that blames nobody (بيانا ... من دون أن يحمّل أي طرف) is 01 with no target.
#
# The text and entities of each record are read at run time from eval/quotes_events_dev19.jsonl;
# that file's quotes and events are dropped unread (never printed). The output has the same format
# as the sets (id, text, entities, quotes, events); the lead computes the agreement.
import json, os
def Q(s, t): return {"speaker": s, "text": t}
def V(code, s, t, neg=False): return {"code": code, "source": s, "target": t, "negated": neg}

SDN, TCD, LBY, YEM, LBN, EGY, ETH = "السودان", "تشاد", "ليبيا", "اليمن", "لبنان", "مصر", "إثيوبيا"
NER, FRA, MLI, DZA, IRQ, USA, ISIS = "النيجر", "فرنسا", "مالي", "الجزائر", "العراق", "الولايات المتحدة", "تنظيم الدولة"
TUR, TUN, IRN, SOM, ISR, PSE, JOR = "تركيا", "تونس", "إيران", "الصومال", "إسرائيل", "فلسطين", "الأردن"
BHR, QAT, SAU, MRT, BFA, RUS, MAR = "البحرين", "قطر", "السعودية", "موريتانيا", "بوركينا فاسو", "روسيا", "المغرب"
ERI, GBR, SYR = "إريتريا", "بريطانيا", "سوريا"
UN, UNSC, AU, EU, ARAB = "الأمم المتحدة", "مجلس الأمن الدولي", "الاتحاد الأفريقي", "الاتحاد الأوروبي", "جامعة الدول العربية"
HOUTHI, HEZB, SHABAB, JNIM = "جماعة الحوثيين", "حزب الله", "حركة الشباب", "جماعة نصرة الإسلام والمسلمين"
RSF, SAF, IAEA = "قوات الدعم السريع", "الجيش السوداني", "الوكالة الدولية للطاقة الذرية"
GCC, CENTCOM, ECOWAS = "مجلس التعاون الخليجي", "القيادة المركزية الأمريكية", "المجموعة الاقتصادية لدول غرب أفريقيا"

A = {
    "d19_01": ([], [V("16", "مجلس السلم والأمن التابع للاتحاد الأفريقي", SDN)]),
    "d19_02": ([Q("عثمان عبد الباقي", "القرار متسرع ولا يعكس الواقع على الأرض"),
                Q("عثمان عبد الباقي", "الخرطوم ستطلب عقد جلسة جديدة خلال شهرين")], []),
    "d19_03": ([Q(CENTCOM, "القوات الأمريكية نفذت، الليلة الماضية، غارة جوية استهدفت قياديا في تنظيم الدولة بريف دير الزور الشرقي")],
               [V("19", USA, ISIS)]),
    "d19_04": ([], [V("07", "برنامج الأغذية العالمي", SDN)]),
    "d19_05": ([], [V("19", "اللواء 444 قتال", "جهاز دعم الاستقرار")]),
    "d19_06": ([], [V("08", YEM, HOUTHI)]),
    "d19_07": ([Q("إلياس حداد", "جلسة انتخاب رئيس الجمهورية ستعقد في التاسع من الشهر المقبل"),
                Q("إلياس حداد", "التوافق بات قريبا أكثر من أي وقت مضى")], []),
    "d19_08": ([], [V("13", "سامح عبد العزيز", ETH)]),
    "d19_09": ([], [V("16", NER, "أورانو")]),
    "d19_10": ([Q("عبد الكريم سيسي", "لن نقبل دروسا من أحد في احترام السيادة"),
                Q("عبد الكريم سيسي", "الجزائر اختارت أن تؤوي من يحملون السلاح ضد دولتنا")], []),
    "d19_11": ([], [V("05", IRQ, USA), V("04", IRQ, USA)]),
    "d19_12": ([Q("آدم عيسى", "لم تصل أي مساعدات غذائية إلى مخيم زمزم منذ ستة أسابيع بسبب القتال الدائر حول مدينة الفاشر")], []),
    "d19_13": ([], [V("17", HOUTHI, UN), V("16", UN, HOUTHI)]),
    "d19_14": ([], [V("01", UN, None)]),
    "d19_15": ([], [V("05", TUR, IRQ)]),
    "d19_16": ([], [V("17", DZA, NER), V("11", "ألارم فون صحارى", DZA)]),
    "d19_17": ([Q(None, "القضاء أصدره دون توفر شروط المحاكمة العادلة")], [V("17", TUN, "رضا بن عمر")]),
    "d19_18": ([], [V("15", IRN, "أذربيجان")]),
    "d19_19": ([], [V("07", TUR, SOM), V("06", TUR, SOM)]),
    "d19_20": ([Q("الهلال الأحمر الفلسطيني", "هاجم مستوطنون إسرائيليون بالحجارة والعصي مزارعين فلسطينيين في قرية ترمسعيا شمال رام الله، ما أدى إلى إصابة خمسة منهم بجروح")],
               [V("18", ISR, PSE)]),
    "d19_21": ([], [V("17", ISR, PSE), V("10", PSE, USA)]),
    "d19_22": ([], [V("19", JOR, None)]),
    "d19_23": ([], [V("05", BHR, QAT), V("04", BHR, QAT)]),
    "d19_24": ([], [V("04", SAU, "مهدي رضائي")]),
    "d19_25": ([], [V("17", MRT, None, True)]),
    "d19_26": ([Q("عبد الله حسن ورسمي", "العملية العسكرية في إقليم هيران أسفرت عن مقتل 40 من مسلحي حركة الشباب واستعادة ثلاث قرى")],
               [V("19", SOM, SHABAB)]),
    "d19_27": ([], [V("19", JNIM, None)]),
    "d19_28": ([], [V("06", RUS, MLI), V("08", "مجموعة فاغنر", MLI)]),
    "d19_29": ([], [V("08", TCD, "إبراهيم غاوي")]),
    "d19_30": ([Q(None, "الأزمة بين الجزائر والمغرب مرشحة لمزيد من التصعيد في ظل غياب أي وساطة إقليمية فاعلة")], []),
    "d19_31": ([], [V("02", ARAB, SAF), V("02", ARAB, RSF), V("12", ARAB, ISR)]),
    "d19_32": ([], [V("15", ERI, None)]),
    "d19_33": ([Q("برهانو دسالين", "لا نسعى إلى الحرب مع أحد، لكننا لن نبقى حبيسي اليابسة إلى الأبد")], []),
    "d19_34": ([], [V("16", BFA, FRA), V("12", FRA, BFA)]),
    "d19_35": ([], [V("12", RUS, GBR)]),
    "d19_36": ([], [V("03", GBR, SDN)]),
    "d19_37": ([], [V("04", "سالم بوخريص", "القيادة الأمريكية في أفريقيا")]),
    "d19_38": ([], [V("14", None, LBY)]),
    "d19_39": ([Q(None, "واشنطن تدرس فرض عقوبات إضافية على المسؤولين عن عرقلة العملية السياسية في ليبيا")], []),
    "d19_40": ([], [V("08", IRN, IAEA), V("05", IRN, IAEA)]),
    "d19_41": ([Q("مراد أوزتورك", "أوقفت الشرطة التركية في عمليات متزامنة بـ12 ولاية 47 مشتبها بالانتماء إلى تنظيم الدولة، بينهم أجانب")],
               [V("17", TUR, ISIS)]),
    "d19_42": ([], [V("04", "خالد العتيبي", HOUTHI)]),
    "d19_43": ([], [V("18", SHABAB, "حسن نور فارح"), V("01", SHABAB, None)]),
    "d19_44": ([], [V("19", SAF, RSF), V("19", RSF, None)]),
    "d19_45": ([Q(None, "توغلت قوة إسرائيلية مؤلفة من دبابات وجرافات في ريف القنيطرة الجنوبي بسوريا، وأقامت نقاطا عسكرية جديدة داخل المنطقة العازلة")],
               [V("19", ISR, SYR)]),
    "d19_46": ([], [V("11", SYR, ISR), V("19", ISR, SYR), V("10", SYR, UN)]),
    "d19_47": ([], [V("14", "الجبهة المغربية لدعم فلسطين", ISR)]),
    "d19_48": ([], [V("19", "المقاومة الإسلامية في العراق", USA), V("01", "المقاومة الإسلامية في العراق", None)]),
    "d19_49": ([Q(ISR, "طائراته استهدفت بنية تحتية تابعة للحزب قرب بلدة ياطر")],
               [V("11", ISR, HEZB), V("19", ISR, HEZB)]),
    "d19_50": ([Q(None, "الحزب ملتزم ببنود الاتفاق")], [V("15", HEZB, None, True)]),
    "d19_51": ([Q("فاطمة آدم", "لقد فقدنا كل شيء: البيت والأرض وثلاثة من أبنائي"), Q("فاطمة آدم", "لا أحد يسأل عنا هنا")], []),
    "d19_52": ([], [V("09", "مجلس حقوق الإنسان التابع للأمم المتحدة", SDN), V("12", SDN, "مجلس حقوق الإنسان التابع للأمم المتحدة")]),
    "d19_53": ([], [V("05", MAR, MRT)]),
    "d19_54": ([], [V("16", MLI, DZA), V("11", MLI, DZA)]),
    "d19_55": ([Q("ياسر الحاج عثمان", "حكومته لن تفاوض قوات الدعم السريع قبل انسحابها من المدن")], []),
    "d19_56": ([], [V("07", EU, LBY)]),
    "d19_57": ([Q("منظمة العفو الدولية", "خفر السواحل الليبي أطلق النار على قارب يقل مهاجرين في عرض البحر الشهر الماضي")],
               [V("19", LBY, None), V("10", "منظمة العفو الدولية", EU)]),
    "d19_58": ([], [V("19", IRN, ISR)]),
    "d19_59": ([], [V("12", GCC, IRN), V("02", GCC, IRN)]),
    "d19_60": ([], [V("11", "الكويت", IRQ)]),
    "d19_61": ([], [V("19", "المجلس الانتقالي الجنوبي", YEM)]),
    "d19_62": ([Q(TUR, "لن نسمح بقيام دويلة إرهابية على حدودنا الجنوبية، وعملياتنا ضد وحدات حماية الشعب ستستمر حتى تحقيق أهدافها")], []),
    "d19_63": ([Q("الهند", "خطف قراصنة صوماليون سفينة صيد إيرانية قبالة سواحل بونتلاند واحتجزوا طاقمها المؤلف من 18 بحارا")],
               [V("18", None, IRN), V("15", "الهند", None)]),
    "d19_64": ([], [V("02", SOM, None)]),
    "d19_65": ([], [V("20", RSF, None)]),
    "d19_66": ([Q("إيلينا ماركوفا", "الاتحاد الأوروبي يتابع بقلق التطورات في تونس"),
                Q("إيلينا ماركوفا", "بروكسل طلبت توضيحات من السلطات التونسية بشأن توقيفها عددا من المحامين")],
               [V("02", EU, TUN), V("17", TUN, None)]),
    "d19_67": ([], [V("04", IRN, USA), V("04", "سالم بن حمد الحارثي", IRN), V("04", "سالم بن حمد الحارثي", USA)]),
    "d19_68": ([], [V("10", RSF, None), V("13", RSF, SAF)]),
    "d19_69": ([], [V("16", MLI, ECOWAS)]),
    "d19_70": ([Q("حسام الدين مراد", "المنطقة لا تحتمل حربا جديدة، وعلى الجميع تغليب صوت العقل"),
                Q("حسام الدين مراد", "أي اعتداء على دولة عربية هو اعتداء علينا جميعا")], []),
    "d19_71": ([Q("عمر بوبكر", "الجيش صد هجوما شنه مسلحون من تنظيم الدولة على موقع عسكري قرب الحدود مع بوركينا فاسو"),
                Q("عمر بوبكر", "12 جنديا قتلوا في الهجوم")],
               [V("19", ISIS, NER)]),
    "d19_72": ([Q("أحمد بلقاسمي", "نحن مستعدون للحوار مع الجميع، لكن ليس تحت الضغط")], []),
    "d19_73": ([Q(CENTCOM, "المدمرة الأمريكية اعترضت ثلاث طائرات مسيرة أطلقها الحوثيون باتجاهها في البحر الأحمر")],
               [V("19", HOUTHI, USA)]),
    "d19_74": ([Q("بيير لوران", "لم نتلق أي إخطار رسمي بقرار الترحيل"),
                Q("بيير لوران", "فرق المنظمة تقدم المساعدة لنحو 1800 مهاجر وصلوا إلى أساماكا خلال الأيام الأخيرة")],
               [V("07", "المنظمة الدولية للهجرة", None)]),
    "d19_75": ([Q("عبدي شكري حرسي", "قواته لن تنسحب من مدينة راس كامبوني")],
               [V("11", "عبدي شكري حرسي", "الحكومة الفيدرالية")]),
    "d19_76": ([Q("سعد الزبيدي", "طائرات إف-16 العراقية دمرت مخبأ لتنظيم الدولة في وادي الشاي بكركوك، ما أسفر عن مقتل خمسة من عناصره")],
               [V("19", IRQ, ISIS)]),
}

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "..", "quotes_events_dev19.jsonl")
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
out = os.path.join(here, "dev19_blind.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in out_recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out_recs), "records,", sum(len(r["quotes"]) for r in out_recs), "quotes,",
      sum(len(r["events"]) for r in out_recs), "events (blind annotation)")
