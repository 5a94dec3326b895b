# Writes eval/quotes_events_dev4.jsonl: 28 development records centred on events (written
# 2026-11-29 after the frozen held-out set was scored; the rules are tuned on them). Same format
# and guide as make_quotes_events.py and the conventions in make_heldout2.py. All sentences are
# the project's own; the people named in them are invented.
# Gold corrections after the first run: g09 lacked the detention (احتجازهم), g22 the ambassador's
# refusal (رفضه); g12's deployment "في مالي" is a place, not a target (as in the guide); g16
# lacked the spelling جزائريا; g07's "الأطراف الليبية" is Libya (a title with a nationality).
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
# - g07: (A) 03 ليبيا -> null negated became 05 ليبيا -> null negated: لم تتوصل إلى اتفاق: a negated
#   05.
# - g20: (E) 04 الإمارات -> null became 04 الإمارات -> روسيا: a mediator of a swap codes 04 toward
#   each side; (E) added 04 الإمارات -> أوكرانيا: a mediator of a swap codes 04 toward each side.
# - g17: (L) removed 01 الولايات المتحدة -> null: announcing aid codes the aid only.
# - g22: (M) removed 12 فرنسا -> null: the refusal named as the cause (بعد رفضه) is not coded.
# - g09: (M) removed 17 بوركينا فاسو -> null: the detention named as a duration (بعد أسبوعين من
#   احتجازهم) is not coded.
import json, os
P, L, O = "person", "location", "organization"
def E(name, t, c=None, *aliases): return {"name": name, "type": t, "country": c, "aliases": [name, *aliases]}
def Q(s, t): return {"speaker": s, "text": t}
def V(code, s, t, neg=False): return {"code": code, "source": s, "target": t, "negated": neg}
R = []
def rec(text, ents, quotes, events): R.append({"id": f"g{len(R)+1:02d}", "text": text, "entities": ents, "quotes": quotes, "events": events})

SDN = E("السودان", L, "SDN", "السوداني", "السودانية", "الخرطوم")
LBY = E("ليبيا", L, "LBY", "الليبي", "الليبية", "طرابلس")
MLI = E("مالي", L, "MLI", "المالي", "المالية", "باماكو")
NER = E("النيجر", L, "NER", "النيجري", "النيجرية", "نيامي")
BFA = E("بوركينا فاسو", L, "BFA", "البوركيني", "البوركينية", "واغادوغو")
TCD = E("تشاد", L, "TCD", "التشادي", "التشادية", "نجامينا")
YEM = E("اليمن", L, "YEM", "اليمني", "اليمنية", "صنعاء")
SYR = E("سوريا", L, "SYR", "السوري", "السورية", "دمشق")
ISR = E("إسرائيل", L, "ISR", "الإسرائيلي", "الإسرائيلية", "إسرائيلية")
USA = E("الولايات المتحدة", L, "USA", "الأمريكي", "الأمريكية", "واشنطن", "أمريكية")
RUS = E("روسيا", L, "RUS", "الروسي", "الروسية", "موسكو", "روسية")
TUR = E("تركيا", L, "TUR", "التركي", "التركية", "أنقرة")
EGY = E("مصر", L, "EGY", "المصري", "المصرية", "القاهرة")
QAT = E("قطر", L, "QAT", "القطري", "القطرية", "الدوحة")
FRA = E("فرنسا", L, "FRA", "الفرنسي", "الفرنسية", "باريس")
DZA = E("الجزائر", L, "DZA", "الجزائري", "الجزائرية")
HOU = E("الحوثيون", O, "YEM", "الحوثيين", "الحوثي")
RSF = E("قوات الدعم السريع", O, "SDN")

rec("أسقطت الدفاعات الجوية السورية طائرة مسيرة إسرائيلية فوق ريف دمشق.",
    [SYR, ISR], [], [V("19", "سوريا", "إسرائيل")])
rec("أطلق الحوثيون صاروخا باليستيا باتجاه مدينة إيلات، وقال الجيش الإسرائيلي إنه اعترضه.",
    [HOU, ISR, E("إيلات", L, "ISR")],
    [Q("إسرائيل", "اعترضه")],
    [V("19", "الحوثيون", None)])
rec("سيطرت قوات الدعم السريع على مدينة الفاشر بعد حصار دام أشهرا.",
    [RSF, E("الفاشر", L, "SDN")], [], [V("19", "قوات الدعم السريع", None)])
rec("وقعت تشاد والنيجر اتفاقا لتأمين الحدود المشتركة خلال قمة في نيامي يوم 4 مارس.",
    [TCD, NER], [], [V("05", "تشاد", "النيجر")])
rec("استضافت الدوحة جولة جديدة من المحادثات بين الحكومة الأفغانية وممثلين عن المعارضة.",
    [QAT, E("أفغانستان", L, "AFG", "الأفغانية")], [], [V("04", "قطر", "أفغانستان")])
rec("أغلقت السلطات الجزائرية مجالها الجوي أمام الطائرات المالية ردا على إسقاط مسيرة قرب الحدود.",
    [DZA, MLI], [], [V("16", "الجزائر", "مالي")])
rec("لم تتوصل الأطراف الليبية إلى اتفاق بشأن القاعدة الدستورية للانتخابات.",
    [LBY], [], [V("05", "ليبيا", None, True)])
rec("تعهدت قطر بتقديم مئة مليون دولار لدعم إعادة إعمار غزة.",
    [QAT, E("غزة", L, "PSE")], [], [V("03", "قطر", None)])
rec("أفرجت السلطات البوركينية عن ثلاثة صحفيين أجانب بعد أسبوعين من احتجازهم.",
    [BFA], [], [V("08", "بوركينا فاسو", None)])
rec("اغتال مسلحون مجهولون قائدا محليا في محافظة درعا جنوب سوريا.",
    [E("درعا", L, "SYR"), SYR], [], [V("18", None, None)])
rec("انسحبت القوات الأمريكية من قاعدة التنف بعد سنوات من الوجود العسكري فيها.",
    [USA, E("التنف", L, "SYR")], [], [V("08", "الولايات المتحدة", None)])
rec("نشرت روسيا مئات الجنود في مالي لدعم المجلس العسكري الحاكم.",
    [RUS, MLI], [], [V("15", "روسيا", None)])
rec("التقى وزير الخارجية التركي نظيره المصري على هامش اجتماعات الجامعة العربية في القاهرة.",
    [TUR, EGY, E("الجامعة العربية", O, None)], [], [V("04", "تركيا", "مصر")])
rec("ندد الاتحاد الأفريقي بالانقلاب العسكري في النيجر وعلق عضويتها في المنظمة.",
    [E("الاتحاد الأفريقي", O, None), NER], [], [V("11", "الاتحاد الأفريقي", "النيجر"), V("16", "الاتحاد الأفريقي", "النيجر")])
rec("شن الجيش السوداني غارات جوية على مواقع لقوات الدعم السريع في شرق دارفور.",
    [E("الجيش السوداني", O, "SDN"), RSF, E("دارفور", L, "SDN")], [], [V("19", "الجيش السوداني", "قوات الدعم السريع")])
rec("رفضت الحكومة المالية عرضا جزائريا للوساطة مع الجماعات المسلحة في الشمال.",
    [MLI, E("الجزائر", L, "DZA", "جزائريا")], [], [V("12", "مالي", "الجزائر")])
rec("أعلنت الولايات المتحدة تقديم مساعدات إنسانية بقيمة خمسين مليون دولار للسودان.",
    [USA, SDN], [], [V("07", "الولايات المتحدة", "السودان")])
rec("واستأنفت مصر وإثيوبيا المفاوضات حول سد النهضة بعد توقف دام عامين.",
    [EGY, E("إثيوبيا", L, "ETH"), E("سد النهضة", L, "ETH")], [], [V("04", "مصر", "إثيوبيا")])
rec("اعتقلت قوات الأمن التشادية معارضا بارزا في نجامينا فجر السبت.",
    [TCD], [], [V("17", "تشاد", None)])
rec("تبادلت روسيا وأوكرانيا مئات الأسرى بوساطة إماراتية.",
    [RUS, E("أوكرانيا", L, "UKR"), E("الإمارات", L, "ARE", "إماراتية")], [], [V("08", "روسيا", "أوكرانيا"), V("04", "الإمارات", "روسيا"), V("04", "الإمارات", "أوكرانيا")])
rec("قصفت طائرات روسية مواقع للمعارضة في ريف إدلب الجنوبي.",
    [RUS, E("إدلب", L, "SYR")], [], [V("19", "روسيا", None)])
rec("طردت السلطات النيجرية السفير الفرنسي بعد رفضه مغادرة البلاد.",
    [NER, FRA], [], [V("16", "النيجر", "فرنسا")])
rec("حذر الأمين العام للأمم المتحدة من مجاعة وشيكة في السودان إذا لم تتوقف الحرب.",
    [E("الأمم المتحدة", O, None), SDN], [], [])
rec("قدمت تركيا مساعدات طبية إلى سوريا عبر معبر باب الهوى.",
    [TUR, SYR], [], [V("07", "تركيا", "سوريا")])
rec("هاجمت جماعة مسلحة قاعدة للجيش البوركيني في شمال البلاد، ما أسفر عن مقتل عشرات الجنود.",
    [E("الجيش البوركيني", O, "BFA")], [], [V("19", None, "الجيش البوركيني")])
rec("وأجرى الرئيس الفرنسي اتصالا هاتفيا بنظيره الجزائري بحثا خلاله ملف الذاكرة.",
    [FRA, DZA], [], [V("04", "فرنسا", "الجزائر")])
rec("فرضت الولايات المتحدة عقوبات على قادة في جماعة الحوثيين بتهمة تهريب الأسلحة.",
    [USA, HOU], [], [V("16", "الولايات المتحدة", "الحوثيون")])
rec("وصل وزير الخارجية الروسي إلى طرابلس في أول زيارة لمسؤول روسي رفيع منذ سنوات.",
    [RUS, LBY], [], [V("04", "روسيا", "ليبيا")])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "quotes_events_dev4.jsonl"), "w") as f:
    for r in R:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(R), sum(len(r["quotes"]) for r in R), sum(len(r["events"]) for r in R))
