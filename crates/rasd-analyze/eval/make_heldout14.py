# Writes eval/quotes_events_heldout14.jsonl: the fourteenth held-out set, written on 2026-11-30 (session 13,
# 16:24-16:40 UTC) by a new evaluation-set writer who never read the rules (crates/rasd-analyze/src) or
# the lexicons (data/), and who opened no earlier set beyond the headers (up to the first def) of
# make_heldout13.py, make_heldout12.py, make_dev26.py, make_dev25.py (its middle lines were cut from the
# terminal output, so not all of it was read) and make_quotes_events.py, and make_heldout13.py's helpers,
# entity tables and first two records for the format (the sed range meant to show them also showed the
# comment line of its third record; nothing of it is used here). make_dev27.py, being written at the same
# time, was never opened. A `git log -3` run to see the repository state also showed the subject lines of
# the last three commits, one of which describes an engine rule (an army in a state body's reported speech);
# no record was written or annotated with it in mind. Frozen at the commit that adds it (see
# BENCHMARKS.md): scored once with the session-start engine, its per-record errors never printed, no rule
# tuned on it. Same format and helpers (E, Q, V, rec) and the annotation guide of make_heldout13.py; all
# sentences are the writer's own and every person named is invented (titles without names stand for real
# offices only through their country or body).
# Before the commit, 5-word sequences shared with all 39 older sets' texts (held-out13 and dev26 included;
# dev27 left out) were counted by a script that read only their "text" fields (diacritics, tatweel and
# punctuation stripped) and printed only counts, this set's record ids and its shared 5-grams (never the
# older texts): a first draft (90 records, cut to 87 to bring the quote and event counts nearer the brief)
# shared 210 over 54 of 87 records (an oil-export accord between Baghdad and Erbil, a Jordanian
# smuggling clash, a Tunisian conspiracy verdict, a Kuwaiti IS-financing verdict, Algerian border
# reinforcements, Bahraini arrests over IRGC training and a Chadian denial shared whole runs); about 45
# records were rephrased in three rounds (53 over 26 after the first, 21 over 13 after the second); 18
# remain over 10 of 87 records, all names of bodies (JNIM, ECOWAS, UNSMIL, the LNA's general command, the
# UN secretary-general's special envoy, Yemen's Presidential Leadership Council chairman, OCHA, the
# Syria commission of inquiry, the Arab League's secretary-general).
# Wire items (57) and two- or three-sentence article paragraphs (30 records), weighted to the Sahel and
# North Africa: Mali (Niono, Aguelhok, Bamako, Segou, the fuel blockade)/Algeria/Mauritania (Fassala)/
# HRW, Burkina Faso (Soum, Diapaga, Sahel region)/Côte d'Ivoire/France/Russia (Lomé)/MSF, Niger
# (Tillaberi/Tera, Agadez, Taghalit, Niamey)/Benin/Russia/China/ECOWAS, Nigeria's north-east (Borno/
# Marte, Sambisa, Yobe/Gujba, Adamawa/Yola)/Amnesty, Chad (Lake Chad, Farchana camp)/Sudan, ECOWAS and
# the Sahel states' alliance, Libya (Zawiya, Benghazi, Ras Jedir/Tunisia, Jufra)/Egypt/the EU/the ICC/
# Germany/Sea-Watch, Egypt (Assiut, Cairo court, Rafah/Gaza, Philadelphi, Red Sea drill with Saudi
# Arabia, Port Sudan visit), Tunisia (Tunis verdicts, a journalists' sit-in), Algeria (Ain Defla, Bordj
# Badji Mokhtar, Tamanrasset), Iraq (Makhoul, Baghdad's Victory base, Erbil/KRG, Basra, Koya/Iran,
# Zilkan/Turkey, Tigris-Euphrates water), Syria (west of Damascus/Israel/Qatar, Manbij/Tishrin dam,
# Deir ez-Zor/coalition, Hama/OPCW, the coast/commission of inquiry, the Jordanian border, Damascus/
# Turkey, a Jeddah border accord with Lebanon, UN sanctions), Lebanon (Tyre; the Arab League on the
# south), Palestine (Nablus/Balata; Gaza aid), Yemen (Gulf of Aden/Malta, Dhale/Marais, Ras Isa/Hodeidah/
# the US, Aden/STC, Riyadh/UN envoy, Muscat/Oman), the Gulf (Bahrain/Iran, Saudi Arabia/Iran, Kuwait,
# Oman/Duqm/India, Iran/the US at Hormuz, Qatar), and the Horn (Sudan: West Kordofan/Al-Khuwei, Port Sudan/
# the UAE, Kadugli/OCHA; Somalia: Jowhar, Adan Yabaal/AU; Somalia-Ethiopia talks in Djibouti; Eritrea/
# IGAD), with UN/AU/ECOWAS/EU/Arab League bodies, the Security Council, UNSMIL, OCHA, the WFP, the OPCW,
# the UN Syria commission of inquiry, the ICC, IGAD, HRW, Amnesty, MSF, Sea-Watch, a Syrian monitor, the
# Egyptian Red Crescent, a Yemeni news agency, a Malian party, and armed groups (JNIM, IS Sahel, ISWAP,
# Boko Haram, the FLA, IS, the RSF, al-Shabaab, the Houthis, Hezbollah, Kataib Hezbollah, the SDF, the
# SNA, an Iranian Kurdish opposition party, the STC, the LNA, two Zawiya armed bodies, Hasm): datelines
# with and without an agency credit, two records opening on their quote (h14_81 «» + بهذه العبارة ردّ,
# h14_83 “” + قالت), verb-first and subject-first, passives (قُتل، جُرح، استُهدفت، اختُتمت، نُفذ،
# استُخدمت), verbal nouns as events (إسقاط، قطع العلاقات، استدعاء، انسحاب البلاد، حملة دهم، حصار، مطالبته،
# عدم سماح، جولة مباحثات، هجوما after تبنّت), relative clauses (شنّه/نفّذه، قالت إنهم، تقول إنهم، الذي
# طالب، التي قالت إن، التي وجهتها، قدمتها موسكو), several events in one sentence, negation and denials
# (نفت ... أي صلة، نفت أن تكون قد، نافيا أن تكون قد، لم تسحب، دون التوصل، عدم سماح، رفض/رفضت، and
# non-events: لم يتبنَّ أحد، لم تعلق، لا يزال قيد الاحتجاز، لن تكون / لا يمكننا in quotes، دون أن توضح),
# statements with no event (h14_82, h14_83), speech over two or three sentences (وأضاف، وتابعت: + direct
# quote، وأكد الوزير / وأكد المبعوث (title)، وأوضح مصدر عسكري، من جانبه، وقال المتحدث باسم المجلس
# (description)، وصرّح ... بأن), credits (بحسب، بحسب ما أفاد به/صرّح به، وفق، وفق ما أفاد به/أعلنه/
# أعلنته/ذكرته، حسبما أكد/ذكرت، نقلت قناة عن مصدر قوله إن), participles of speech (معتبرة أنها، معتبرا
# أنها، محذرا من أن، قائلة إن), أفادت ... بأن، ذكرت/ذكر ... أن، حذّر من أن، «» “” "" marks, partly marked
# complements, scare quotes and namings nobody is quoted for ("تصريحات عدائية"، "الإرهابيين الجبناء"،
# "والي"، "الجيش الوطني"، "درع الصحراء"، "مرجان 2026"، "خلية حسم الثانية"، "التآمر"، "أنشطة تخريبية"،
# "مزدوجة الاستخدام"، "لوقف هذه الانتهاكات"، ما وصفته بـ، واصفا إياه بأنه، ووصفته بأنه، واعتبرتها), numbers and dates (2001، 2015، 2026، مارس/آذار، 1300 كيلومتر); all 20
# CAMEO roots (19 26, 11 21, 04 9, 17 9, 05 7, 08 7, 07 5, 02 4, 01 4, 12 4, 06 4, 03 3, 10 3, 14 3,
# 18 3, 16 3, 20 2, 09 2, 13 2, 15 2; 6 negated; 12 quotes with a null speaker); 87 records, 58 gold
# quotes, 123 gold events.
# Scored once (final file, no record changed after), with the session-start engine (/tmp/s13/rasd-start =
# release binary of 042f30c, built before this file existed), 2026-11-30 16:38 UTC, 87 records, 58 gold
# quotes, 123 gold events (only totals printed, never --errors):
#   rasd eval-events crates/rasd-analyze/eval/quotes_events_heldout14.jsonl --entities gold
#     quotes P 0.879 R 0.879 (51/58/58); events P 0.494 R 0.325 (40/81/123), by country 0.506 / 0.333
#   ... --entities analyzer
#     quotes P 0.828 R 0.828 (48/58/58); events P 0.390 R 0.260 (32/82/123), by country 0.402 / 0.268
# Conventions followed (those of make_heldout13.py, heldout12 and dev25/26): a title, ministry, army,
# command, court, council, parliament, guard, broadcaster, police or force with a nationality is its
# country (a ministry, police or office named without one in a record about its country is that
# country); an unnamed source is null (also with a title, a body or a nationality: مسؤول محلي، مصدر
# أمني عراقي، قائد ميداني، مصدر مصري رفيع المستوى، مسؤول في الحزب، نائب عن محافظة); a named person is
# the actor (a WFP representative or an EU commissioner with no country; a named spokesman, minister or
# official with his country); the title of a body (its secretary-general, the UN secretary-general's
# envoy, the AU commission's head) is the body; a description or pronoun is the entity it refers back to;
# an act and its consequence are one event; two clauses with the same root and pair are one event; the
# place where something happens is not a target; an accusation codes 11 and not the accused act; a
# denial codes the denied act negated (نفت أن and نفى + noun are no quote); a rejected plan, request or
# decision codes the rejection only; intentions, plans, aims and conditions are no events; reported
# speech is a quote (saying is no 01), but a past act it reports as fact is coded; an accusative of
# reason or purpose (مطالبة، مطالبا، داعية، للمطالبة، تنديدا، احتجاجا على، للاحتجاج) and a past act named
# as a reason or time (بعد، بعد أن، إثر، غداة، منذ) are not coded; a clause credited with بحسب/وفق/حسبما
# to someone is that someone's quote (null when unnamed; a news agency is a speaker); وصف X بأنه «...»،
# واصفا إياه بأنه and اعتبرته «...» describe and are no quote (condemning: 11); a claim of responsibility
# is 01 with no target next to the act; talks that end without agreement code a negated 05; an official
# protest (a summoned envoy, a protest note) is 11; حمّله المسؤولية is 11; a participle accusation
# (متهما، متهمة) is 11; a welcome is 05; a pledge or an offer to host talks is 03; a retaken town is 19
# toward the group driven out; a signed accord is 05 only; a massacre of villagers named without
# nationality is 20 with a null target; an attack on a ship is toward the flag state (19 from a named
# attacker); a strike on a group inside a third country is 19 toward the group only, and "in coordination
# with" a partner adds 06 toward the partner, "with the backing of" (بإسناد من) 06 from the backer; a
# strike on a civilian target is 19 with a null target; a court's sentence is 11 toward the group the
# convicts served (toward a named convict when one is named); people arrested for training in a foreign
# force's camps are 17 toward that country; a refused aid convoy or request is 12 toward the agency; a
# curfew is 17 with a null target; reinforcements sent toward a neighbour's border are 15 toward it; a
# condemned act codes only the condemnation; no comment is no event; migrants, herders, sailors or
# engineers named by nationality stand for their country; a street protest by unnamed crowds is 14 with a
# null source; reopening a border and lifting sanctions are 08; a group only suspected is still the
# source; national Red Crescent, monitor and news-agency bodies are their own entities with a country.
# Choices made where the guide is silent (noted so that a reader can disagree):
# - a massacre by unknown gunmen is 20 with a null source and target; the blame and a describing clause
#   (ووصفت منفذيه بـ) are one 11 (h14_02);
# - an accord signed "during a visit" (خلال زيارة) also codes the visit, 04 from the visitor (h14_03);
# - a finite call and a participle offer to host talks (معربة عن استعدادها لاستضافة) are 02 and 03 toward a
#   three-state alliance, its own entity with no country (h14_07);
# - arrests by intelligence agencies in a named minister's quote are 17 from his country, his participle
#   accusation 11 from him (h14_11);
# - a party's demand in a relative clause after its credit (الذي طالب) is 10 (h14_14);
# - Libya's House of Representatives and Presidential Council are their own entities (LBY), not the
#   country, since both are state bodies at odds (h14_18);
# - a phone call received is 04 from the caller; اتفقا على مواصلة التنسيق is 03 from the first named (h14_19);
# - a group named only inside a case's name (خلية حسم الثانية) is the target of the sentence's 11 (h14_20);
# - police killing wanted men in a shoot-out is 19 with a null target, the seized weapons the same act
#   (h14_22); a premier ordering an inquiry into injuries is 09 with a null target (h14_26);
# - the federal government named by its capital (اتفقت بغداد وحكومة إقليم كردستان) is Iraq, the regional
#   government its own entity (IRQ) (h14_25);
# - factions named in scare quotes ("الجيش الوطني") are their own entity (SYR) (h14_28);
# - a strike on a car whose target the army names as a Hezbollah member: one 19 toward the group (h14_32);
# - a host receiving a counterpart and agreeing to activate a security accord: 04 and 05 from the host
#   (h14_37);
# - a named official's partly marked "the two sides agreed" is 05 from his country toward the other
#   (h14_45); a joint naval exercise is 06 from the first named (h14_48);
# - a promise reported by the other side's minister is 03 toward his country (not toward him, unlike
#   h13_35: the promise concerns the country's water share) (h14_49);
# - a reply that a decision "has no legal basis" is 11 toward the deciding state (h14_56);
# - a round of talks held in a third capital with no sponsor named: 04 between the sides only (h14_57);
# - an unnamed defence team describing verdicts as "political" is 11 with a null source (h14_58);
# - an unnamed militant surrendering to the army is 08 with a null source (h14_59); unnamed ministers
#   released are 08 with a null target and "still detained" is no event (h14_60);
# - diplomats ordered to leave within a deadline: 16 (h14_61); wheat donated in a relative clause
#   (قدمتها موسكو هبة) is coded 07 (h14_62);
# - a Nigerian state government is its country (unlike Somalia's federal member states in h13) (h14_63);
# - supporters of a movement rallying: 14 from the movement toward the state (h14_67);
# - a rescue of foreign sailors at sea is 07 toward their country (h14_68);
# - a fuel blockade with tankers burned is one 19 toward the state; a school closure is no event (h14_71);
# - funds allocated to return programmes for migrants stranded in a state are 07 toward that state
#   (h14_72); an ICC arrest warrant for a named man is 11 toward him and its demand to hand him over 10
#   (h14_73);
# - a denied strike said to have hit civilians is a negated 19 with a null target; the pluperfect NGO
#   accusation is coded (h14_79); criticism of "not allowing" convoys is 11 and the not-allowing a
#   negated 08 toward the UN office (h14_80);
# - accusations in an active relative clause (الاتهامات التي وجهتها الخرطوم) are coded 11; a participle
#   denial (نافيا أن تكون ... قد) codes the denied act (07) negated from the country (h14_81);
# - a UN commission's finding of violations, in its reported speech, is an accusation: 11 toward the
#   state (h14_84);
# - a parliament with a nationality is its country (10); "لم تسحب" is a negated 08 (h14_86);
# - a body's conditional plan to take a file to the Security Council is no event (h14_87).
import json, os
P, L, O = "person", "location", "organization"


def E(name, t, c=None, *aliases): return {"name": name, "type": t, "country": c, "aliases": [name, *aliases]}
def Q(s, t): return {"speaker": s, "text": t}
def V(code, s, t, neg=False): return {"code": code, "source": s, "target": t, "negated": neg}
R = []
def rec(text, ents, quotes, events): R.append({"id": f"h14_{len(R)+1:02d}", "text": text, "entities": ents, "quotes": quotes, "events": events})


# countries (aliases: the forms the records use)
MLI = E("مالي", L, "MLI", "المالي", "المالية", "ماليون", "باماكو")
BFA = E("بوركينا فاسو", L, "BFA", "لبوركينا فاسو", "البوركيني", "البوركينية", "واغادوغو")
NER = E("النيجر", L, "NER", "النيجري", "النيجرية", "نيجريا", "نيجريين", "نيامي")
NGA = E("نيجيريا", L, "NGA", "النيجيري", "النيجيرية", "نيجيريين")
TCD = E("تشاد", L, "TCD", "التشادي", "التشادية", "نجامينا")
MRT = E("موريتانيا", L, "MRT", "الموريتانية", "الموريتاني", "موريتانيين", "نواكشوط")
DZA = E("الجزائر", L, "DZA", "الجزائرية", "الجزائري", "جزائري")
TUN = E("تونس", L, "TUN", "التونسيين")
LBY = E("ليبيا", L, "LBY", "الليبي", "الليبية")
EGY = E("مصر", L, "EGY", "المصري", "المصرية", "مصري", "مصرية", "القاهرة")
SDN = E("السودان", L, "SDN", "السوداني", "السودانية", "سوداني", "سودانيا", "الخرطوم", "بورتسودان")
SOM = E("الصومال", L, "SOM", "الصومالي", "الصومالية")
ETH = E("إثيوبيا", L, "ETH", "الإثيوبي", "الإثيوبية")
ERI = E("إريتريا", L, "ERI", "الإريترية")
IRQ = E("العراق", L, "IRQ", "العراقي", "العراقية", "بغداد")
SYR = E("سوريا", L, "SYR", "السوري", "السورية", "السوريين", "دمشق")
LBN = E("لبنان", L, "LBN", "اللبناني")
ISR = E("إسرائيل", L, "ISR", "الإسرائيلي", "الإسرائيلية", "إسرائيلية")
PSE = E("فلسطين", L, "PSE", "فلسطينيا", "غزة")
JOR = E("الأردن", L, "JOR", "الأردنية")
KWT = E("الكويت", L, "KWT", "الكويتية")
SAU = E("السعودية", L, "SAU", "السعودي", "المملكة")
QAT = E("قطر", L, "QAT", "القطرية", "الدوحة")
OMN = E("سلطنة عمان", L, "OMN", "العماني", "العمانية")
ARE = E("الإمارات", L, "ARE", "الإماراتية", "أبوظبي")
YEM = E("اليمن", L, "YEM", "اليمني", "اليمنية")
IRN = E("إيران", L, "IRN", "الإيراني", "الحرس")
TUR = E("تركيا", L, "TUR", "التركي", "التركية", "أنقرة")
USA = E("الولايات المتحدة", L, "USA", "الأمريكي", "الأمريكية", "أمريكية", "أمريكي", "أمريكيين")
RUS = E("روسيا", L, "RUS", "الروسي", "روسية", "موسكو")
FRA = E("فرنسا", L, "FRA", "الفرنسيين")
DEU = E("ألمانيا", L, "DEU")
CIV = E("ساحل العاج", L, "CIV")
BEN = E("بنين", L, "BEN")
CHN = E("الصين", L, "CHN", "صينيا")
MLT = E("مالطا", L, "MLT")
IND = E("الهند", L, "IND", "هنديا")
# international bodies
UN = E("الأمم المتحدة", O, None, "للأمم المتحدة")
UNSC = E("مجلس الأمن الدولي", O, None, "مجلس الأمن")
AU = E("الاتحاد الأفريقي", O, None)
ECOWAS = E("المجموعة الاقتصادية لدول غرب أفريقيا", O, None, "إيكواس")
AES = E("تحالف دول الساحل", O, None, "تحالف الساحل")
EU = E("الاتحاد الأوروبي", O, None, "المفوضية الأوروبية")
ARAB = E("جامعة الدول العربية", O, None, "لجامعة الدول العربية", "الجامعة", "للجامعة")
ICC = E("المحكمة الجنائية الدولية", O, None, "المحكمة")
UNSMIL = E("بعثة الأمم المتحدة للدعم في ليبيا", O, None)
IGAD = E("الهيئة الحكومية للتنمية", O, None, "إيغاد", "الهيئة")
COAL = E("التحالف الدولي", O, None)
OPCW = E("منظمة حظر الأسلحة الكيميائية", O, None)
OCHA = E("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", O, None)
COI = E("لجنة التحقيق الدولية المستقلة بشأن سوريا", O, None, "اللجنة")
HRW = E("هيومن رايتس ووتش", O, None, "منظمة هيومن رايتس ووتش")
AMN = E("منظمة العفو الدولية", O, None)
MSF = E("أطباء بلا حدود", O, None, "منظمة أطباء بلا حدود")
WFP = E("برنامج الأغذية العالمي", O, None)
# armed groups, movements and bodies with their own identity
JNIM = E("جماعة نصرة الإسلام والمسلمين", O, None, "الجماعة")
ISS = E("تنظيم الدولة الإسلامية في الساحل", O, None, "لتنظيم الدولة الإسلامية في الساحل", "بتنظيم الدولة الإسلامية في الساحل")
ISWAP = E("تنظيم ولاية غرب أفريقيا", O, None, "لتنظيم ولاية غرب أفريقيا")
BOKO = E("جماعة بوكو حرام", O, "NGA", "بوكو حرام")
FLA = E("جبهة تحرير أزواد", O, "MLI")
ISIS = E("تنظيم داعش", O, None, "داعش")
RSF = E("قوات الدعم السريع", O, "SDN", "لقوات الدعم السريع")
SHABAB = E("حركة الشباب", O, "SOM")
HOUTHI = E("جماعة الحوثيين", O, "YEM", "لجماعة الحوثيين", "الحوثيون", "الحوثيين", "للجماعة", "الجماعة")
HEZB = E("حزب الله", O, "LBN", "لحزب الله")
KH = E("كتائب حزب الله", O, "IRQ")
SDF = E("قوات سوريا الديمقراطية", O, "SYR")
SNA = E("الجيش الوطني", O, "SYR")
PDKI = E("الحزب الديمقراطي الكردستاني الإيراني", O, "IRN", "الحزب")
KRG = E("حكومة إقليم كردستان", O, "IRQ", "حكومة الإقليم")
STC = E("المجلس الانتقالي الجنوبي", O, "YEM")
LNA = E("القيادة العامة للقوات المسلحة العربية الليبية", O, "LBY", "القيادة العامة")
HOR = E("مجلس النواب", O, "LBY")
PC = E("المجلس الرئاسي", O, "LBY")
L52 = E("اللواء 52 مشاة", O, "LBY")
SSA = E("جهاز دعم الاستقرار", O, "LBY")
HASM = E("حسم", O, "EGY")
ERC = E("الهلال الأحمر المصري", O, "EGY")
SOHR = E("المرصد السوري لحقوق الإنسان", O, "SYR")
SABA = E("وكالة سبأ", O, "YEM")
SEAW = E("سي ووتش", O, "DEU", "منظمة سي ووتش")
WIFAQ = E("حزب الوفاق الوطني", O, "MLI")

# ---------------------------------------------------------------- records
# 1 an army's reported speech: it repelled an attack and killed attackers: 19 each way (h13's choice)
rec("باماكو (أ ف ب) - قال الجيش المالي، مساء الثلاثاء، إن وحداته أحبطت هجوما على نقطة عسكرية قرب بلدة نيونو وسط البلاد نفّذه مقاتلو جماعة نصرة الإسلام والمسلمين، وأوقعت في صفوفهم أكثر من عشرين قتيلا. وتعد منطقة نيونو من أكثر المناطق إنتاجا للأرز في البلاد، وقد تضررت مرارا من انعدام الأمن.",
    [MLI, JNIM],
    [Q("مالي", "وحداته أحبطت هجوما على نقطة عسكرية قرب بلدة نيونو وسط البلاد نفّذه مقاتلو جماعة نصرة الإسلام والمسلمين، وأوقعت في صفوفهم أكثر من عشرين قتيلا")],
    [V("19", "جماعة نصرة الإسلام والمسلمين", "مالي"), V("19", "مالي", "جماعة نصرة الإسلام والمسلمين")])

# 2 a massacre with no attacker named (20, null both sides), credited to an unnamed official; the blame (حمّلت مسؤولية) and a describing clause (ووصفت ... بـ) one 11
rec("واغادوغو - لقي 37 قرويا على الأقل حتفهم في مجزرة ارتكبها مسلحون مجهولون في قرية بإقليم سوم شمالي بوركينا فاسو ليل السبت، بحسب حصيلة أوردها مسؤول محلي. وحمّلت الحكومة البوركينية في بيان مقاتلي جماعة نصرة الإسلام والمسلمين مسؤولية الهجوم، ووصفت منفذيه بـ\"الإرهابيين الجبناء\".",
    [BFA, JNIM],
    [Q(None, "لقي 37 قرويا على الأقل حتفهم في مجزرة ارتكبها مسلحون مجهولون في قرية بإقليم سوم شمالي بوركينا فاسو ليل السبت")],
    [V("20", None, None), V("11", "بوركينا فاسو", "جماعة نصرة الإسلام والمسلمين")])

# 3 a signed defence accord (05 only) and the visit it was signed during (خلال زيارة: 04 from the visitor)
rec("نيامي (الأناضول) - وقّعت النيجر وروسيا، الإثنين، اتفاقا للتعاون في مجال الدفاع يشمل تدريب عسكريين نيجريين وتبادل المعلومات الاستخباراتية، خلال زيارة أجراها نائب وزير الدفاع الروسي إلى العاصمة نيامي.",
    [NER, RUS],
    [],
    [V("05", "النيجر", "روسيا"), V("04", "روسيا", "النيجر")])

# 4 a passive death toll with the attacker in a temporal clause (one 19; the seized depot is the same act)
rec("مايدوغوري (رويترز) - قُتل تسعة جنود نيجيريين على الأقل عندما اقتحم مقاتلون تابعون لتنظيم ولاية غرب أفريقيا قاعدة للجيش في ماراتي، إحدى بلدات ولاية بورنو، فجر الأحد، وسيطر المهاجمون على مخزن للأسلحة قبل انسحابهم.",
    [NGA, ISWAP],
    [],
    [V("19", "تنظيم ولاية غرب أفريقيا", "نيجيريا")])

# 5 a named army spokesman; airstrikes freeing hostages (act and consequence: one 19); وأضاف continues
rec("أبوجا - قال المتحدث باسم الجيش النيجيري، العميد إدوارد أوكوني، إن غارات جوية نفذها سلاح الجو على معاقل جماعة بوكو حرام داخل غابة سامبيسا أسفرت عن تحرير 23 رهينة معظمهم من النساء والأطفال. وأضاف أن القوات البرية تواصل تمشيط المنطقة.",
    [NGA, BOKO, E("إدوارد أوكوني", P, "NGA", "أوكوني")],
    [Q("إدوارد أوكوني", "غارات جوية نفذها سلاح الجو على معاقل جماعة بوكو حرام داخل غابة سامبيسا أسفرت عن تحرير 23 رهينة معظمهم من النساء والأطفال"),
     Q("إدوارد أوكوني", "القوات البرية تواصل تمشيط المنطقة")],
    [V("19", "نيجيريا", "جماعة بوكو حرام")])

# 6 a general staff's statement (أعلنت أن) with a passive toll and the attacker in a relative clause
rec("نجامينا (أ ف ب) - أعلنت هيئة الأركان التشادية أن جنديين قُتلا وجُرح خمسة آخرون في هجوم نفذه عناصر من جماعة بوكو حرام ليل الجمعة على موقع متقدم في جزيرة بركا تولوروم ببحيرة تشاد.",
    [TCD, BOKO],
    [Q("تشاد", "جنديين قُتلا وجُرح خمسة آخرون في هجوم نفذه عناصر من جماعة بوكو حرام ليل الجمعة على موقع متقدم في جزيرة بركا تولوروم ببحيرة تشاد")],
    [V("19", "جماعة بوكو حرام", "تشاد")])

# 7 a finite call (02) and a participle offer to host talks (03) toward a three-state alliance
rec("أبوجا (رويترز) - دعت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) الدول الثلاث المنضوية في تحالف الساحل إلى استئناف الحوار بشأن حرية تنقل الأشخاص والبضائع، معربة عن استعدادها لاستضافة جولة محادثات في أبوجا قبل نهاية العام.",
    [ECOWAS, AES],
    [],
    [V("02", "المجموعة الاقتصادية لدول غرب أفريقيا", "تحالف دول الساحل"), V("03", "المجموعة الاقتصادية لدول غرب أفريقيا", "تحالف دول الساحل")])

# 8 a summoned ambassador (11); the statements that prompted it are the reason, not coded; ما وصفته بـ is no quote
rec("باماكو - استدعت وزارة الخارجية المالية سفير الجزائر في باماكو للاحتجاج على ما وصفته بـ\"تصريحات عدائية\" أدلى بها وزير جزائري بشأن الأوضاع في شمال مالي.",
    [MLI, DZA],
    [],
    [V("11", "مالي", "الجزائر")])

# 9 a claim (تبنّت + verbal noun): 19 and 01; a named spokesman's marked quote
rec("كيدال - تبنّت جبهة تحرير أزواد، الأربعاء، إسقاط طائرة مسيّرة تركية الصنع يشغّلها الجيش المالي قرب بلدة أغلهوك، وقال المتحدث باسمها محمد المولود أغ إيدال إن \"الطائرة كانت تستعد لقصف تجمع للمدنيين قرب بئر للمياه\".",
    [FLA, MLI, E("محمد المولود أغ إيدال", P, "MLI")],
    [Q("محمد المولود أغ إيدال", "الطائرة كانت تستعد لقصف تجمع للمدنيين قرب بئر للمياه")],
    [V("19", "جبهة تحرير أزواد", "مالي"), V("01", "جبهة تحرير أزواد", None)])

# 10 herders named by nationality stand for their country: detention 17, credited to unnamed relatives; an official protest 11, the participle demand not coded
rec("نواكشوط (الأناضول) - احتجز جنود ماليون ترافقهم عناصر أجنبية أربعة رعاة موريتانيين داخل التراب الموريتاني قرب بلدة فصالة، بحسب ما أفاد به أقارب لهم. وأبلغت الخارجية الموريتانية السفير المالي في نواكشوط احتجاجا رسميا، مطالبة بالإفراج الفوري عن الرعاة.",
    [MLI, MRT],
    [Q(None, "احتجز جنود ماليون ترافقهم عناصر أجنبية أربعة رعاة موريتانيين داخل التراب الموريتاني قرب بلدة فصالة")],
    [V("17", "مالي", "موريتانيا"), V("11", "موريتانيا", "مالي")])

# 11 a named minister: foiled plot and arrests (17, null target); the participle accusation 11 from him
rec("واغادوغو (أ ف ب) - قال وزير الأمن البوركيني محمدو سوادوغو إن أجهزة الاستخبارات أحبطت \"مخططا لزعزعة استقرار البلاد\" وأوقفت 11 شخصا بينهم ضباط في الجيش، متهما ساحل العاج بإيواء عدد من المتورطين.",
    [BFA, CIV, E("محمدو سوادوغو", P, "BFA", "سوادوغو")],
    [Q("محمدو سوادوغو", "أجهزة الاستخبارات أحبطت \"مخططا لزعزعة استقرار البلاد\" وأوقفت 11 شخصا بينهم ضباط في الجيش")],
    [V("17", "بوركينا فاسو", None), V("11", "محمدو سوادوغو", "ساحل العاج")])

# 12 a reopened border (08) credited to state television (the country)
rec("نيامي - أعادت النيجر فتح المنافذ البرية على حدودها مع بنين بعد إغلاق دام أكثر من عامين، وفق ما أعلنه التلفزيون الرسمي النيجري.",
    [NER, BEN],
    [Q("النيجر", "أعادت النيجر فتح المنافذ البرية على حدودها مع بنين بعد إغلاق دام أكثر من عامين")],
    [V("08", "النيجر", "بنين")])

# 13 an ambush by suspected members of a group (still the source), credited to a ministry's statement
rec("نيامي (شينخوا) - قُتل 12 جنديا نيجريا حين وقعت دوريتهم في كمين قرب بلدة تيرا بمنطقة تيلابيري نصبه عناصر يُرجَّح ارتباطهم بتنظيم الدولة الإسلامية في الساحل، بحسب بيان لوزارة الدفاع النيجرية نُشر مساء الخميس. وهذا ثالث هجوم دام يطال الجيش في المنطقة منذ مطلع الشهر.",
    [NER, ISS],
    [Q("النيجر", "قُتل 12 جنديا نيجريا حين وقعت دوريتهم في كمين قرب بلدة تيرا بمنطقة تيلابيري نصبه عناصر يُرجَّح ارتباطهم بتنظيم الدولة الإسلامية في الساحل")],
    [V("19", "تنظيم الدولة الإسلامية في الساحل", "النيجر")])

# 14 a named opponent arrested (17 toward him) credited to his party; the party's demand in a relative clause (10)
rec("باماكو - اعتقلت عناصر من جهاز أمن الدولة في مالي، فجر الإثنين، السياسي المعارض عمر سيديبي من منزله في العاصمة، بعد أيام من تصريحات انتقد فيها علنا تمديد المرحلة الانتقالية، حسبما أكد حزب الوفاق الوطني الذي طالب بالإفراج الفوري عنه.",
    [MLI, WIFAQ, E("عمر سيديبي", P, "MLI")],
    [Q("حزب الوفاق الوطني", "اعتقلت عناصر من جهاز أمن الدولة في مالي، فجر الإثنين، السياسي المعارض عمر سيديبي من منزله في العاصمة، بعد أيام من تصريحات انتقد فيها علنا تمديد المرحلة الانتقالية")],
    [V("17", "مالي", "عمر سيديبي"), V("10", "حزب الوفاق الوطني", "مالي")])

# 15 clashes between two named armed bodies (one 19 from the first named); a UN mission's call on both (02 each)
rec("طرابلس (رويترز) - اندلعت اشتباكات عنيفة بالأسلحة الثقيلة ليل الأحد بين اللواء 52 مشاة وجهاز دعم الاستقرار في مدينة الزاوية غربي ليبيا، ما أدى إلى مقتل أربعة أشخاص بينهم طفل. وحثّت بعثة الأمم المتحدة للدعم في ليبيا طرفي القتال على الوقف الفوري للقتال والاحتكام إلى الحوار.",
    [L52, SSA, UNSMIL],
    [],
    [V("19", "اللواء 52 مشاة", "جهاز دعم الاستقرار"), V("02", "بعثة الأمم المتحدة للدعم في ليبيا", "اللواء 52 مشاة"), V("02", "بعثة الأمم المتحدة للدعم في ليبيا", "جهاز دعم الاستقرار")])

# 16 a host receiving a visitor (04 toward the visitor); وبحث الجانبان: same root and pair
rec("القاهرة - استقبل وزير الدفاع المصري، الثلاثاء، رئيس أركان القيادة العامة للقوات المسلحة العربية الليبية، وبحث الجانبان سبل تأمين الحدود المشتركة ومكافحة تهريب السلاح والبشر.",
    [EGY, LNA],
    [],
    [V("04", "مصر", "القيادة العامة للقوات المسلحة العربية الليبية")])

# 17 migrants named by nationality turned back (17 toward their country); an NGO's criticism (11) and its participle of speech with a marked complement
rec("طرابلس - اعترض خفر السواحل الليبي، السبت، قاربا يقل 86 مهاجرا سودانيا وأعادهم إلى ميناء طرابلس، في حين انتقدت منظمة سي ووتش الألمانية عملية الاعتراض، معتبرة أنها \"إعادة قسرية إلى بلد غير آمن\".",
    [LBY, SDN, SEAW],
    [Q("سي ووتش", "إعادة قسرية إلى بلد غير آمن")],
    [V("17", "ليبيا", "السودان"), V("11", "سي ووتش", "ليبيا")])

# 18 one Libyan body rejecting another's decision (12); واصفا إياه بأنه describes; a named spokesman's quote adds no event
rec("بنغازي - رفض مجلس النواب قرارا أصدره المجلس الرئاسي بتكليف شخصية جديدة بإدارة المصرف المركزي، واصفا إياه بأنه \"باطل ومنعدم\". وقال المتحدث باسم المجلس عبد الحكيم القماطي إن \"أي قرار من هذا النوع يتطلب التشاور مع البرلمان وفق الاتفاق السياسي\".",
    [HOR, PC, E("عبد الحكيم القماطي", P, "LBY", "القماطي")],
    [Q("عبد الحكيم القماطي", "أي قرار من هذا النوع يتطلب التشاور مع البرلمان وفق الاتفاق السياسي")],
    [V("12", "مجلس النواب", "المجلس الرئاسي")])

# 19 a phone call received (04 from the caller); agreeing to keep coordinating (03)
rec("القاهرة (أ ش أ) - تلقى وزير الخارجية المصري مكالمة هاتفية من نظيره السعودي، تناولا خلالها تطورات الأوضاع في السودان وقطاع غزة، واتفقا على مواصلة التنسيق والتشاور بين البلدين.",
    [EGY, SAU],
    [],
    [V("04", "السعودية", "مصر"), V("03", "مصر", "السعودية")])

# 20 a court's sentence is 11 toward the group the convicts served (named inside a scare-quoted case name)
rec("القاهرة - قضت محكمة جنايات مصرية، الأحد، بالسجن المؤبد على 14 متهما وبالسجن المشدد 15 عاما على ستة آخرين في القضية المعروفة بـ\"خلية حسم الثانية\"، بعد إدانتهم بالتخطيط لاستهداف منشآت أمنية ودوريات للشرطة.",
    [EGY, HASM],
    [],
    [V("11", "مصر", "حسم")])

# 21 aid trucks into Gaza (07 toward Palestine); a refused convoy in the Red Crescent's reported speech (12 toward the agency)
rec("العريش - دخلت 120 شاحنة مساعدات مصرية إلى قطاع غزة عبر معبر رفح خلال اليومين الماضيين. وأوضح الهلال الأحمر المصري أن الجانب الإسرائيلي رفض دخول 30 شاحنة أخرى بدعوى احتوائها على مواد \"مزدوجة الاستخدام\".",
    [EGY, PSE, ISR, ERC],
    [Q("الهلال الأحمر المصري", "الجانب الإسرائيلي رفض دخول 30 شاحنة أخرى بدعوى احتوائها على مواد \"مزدوجة الاستخدام\"")],
    [V("07", "مصر", "فلسطين"), V("12", "إسرائيل", "الهلال الأحمر المصري")])

# 22 police killing unnamed wanted men (19, null target); a ministry named without nationality in a record about its country is the country (قالت ... إنها in a relative clause)
rec("أسيوط - قتلت قوات الأمن المصرية ثلاثة مطلوبين في تبادل لإطلاق النار بمنطقة جبلية في محافظة أسيوط، وضبطت بحوزتهم أسلحة آلية وذخائر، في عملية قالت وزارة الداخلية إنها جاءت بعد رصد تحركاتهم لأسابيع.",
    [EGY],
    [Q("مصر", "جاءت بعد رصد تحركاتهم لأسابيع")],
    [V("19", "مصر", None)])

# 23 a raid killing militants carried out in coordination with the coalition: 19 and 06 toward the partner
rec("بغداد (كونا) - قتلت قوات جهاز مكافحة الإرهاب العراقي، الجمعة، خمسة مسلحين ينتمون إلى تنظيم داعش بينهم \"والي\" ما يسمى قاطع صلاح الدين، خلال إنزال جوي نُفذ بالتنسيق مع التحالف الدولي في سلسلة جبال مكحول.",
    [IRQ, ISIS, COAL],
    [],
    [V("19", "العراق", "تنظيم داعش"), V("06", "العراق", "التحالف الدولي")])

# 24 a drone attack with no named attacker on a base hosting US advisers (19, null source, toward the US); a group's denial of any link is a negated 19
rec("بغداد - استُهدفت قاعدة فكتوريا المحاذية لمطار بغداد الدولي، التي تضم مستشارين عسكريين أمريكيين، بطائرتين مسيّرتين فجر الثلاثاء، من دون أن يسفر الهجوم عن إصابات، بحسب ما أفاد به مصدر أمني عراقي. ولم يتبنَّ أحد العملية بعد، في حين نفت كتائب حزب الله أي صلة لها به.",
    [USA, KH],
    [Q(None, "استُهدفت قاعدة فكتوريا المحاذية لمطار بغداد الدولي، التي تضم مستشارين عسكريين أمريكيين، بطائرتين مسيّرتين فجر الثلاثاء، من دون أن يسفر الهجوم عن إصابات")],
    [V("19", None, "الولايات المتحدة"), V("19", "كتائب حزب الله", "الولايات المتحدة", True)])

# 25 an agreement reached between the federal government (named by its capital) and a regional government (05), credited to a named spokesman
rec("أربيل - اتفقت بغداد وحكومة إقليم كردستان على معاودة ضخ نفط الإقليم نحو ميناء جيهان التركي إثر توقف طويل، بحسب ما صرّح به آزاد شيركو، المتحدث باسم حكومة الإقليم.",
    [IRQ, KRG, E("آزاد شيركو", P, "IRQ")],
    [Q("آزاد شيركو", "اتفقت بغداد وحكومة إقليم كردستان على معاودة ضخ نفط الإقليم نحو ميناء جيهان التركي إثر توقف طويل")],
    [V("05", "العراق", "حكومة إقليم كردستان")])

# 26 a protest by unnamed crowds (14, null source), dispersal (17, null target), an inquiry (09, null target); the accusative reason (احتجاجا على) not coded
rec("البصرة - تظاهر مئات من سكان البصرة جنوبي العراق، مساء الأحد، أمام مبنى المحافظة احتجاجا على الانقطاع المتكرر للتيار الكهربائي، وقطعوا طرقا رئيسية بالإطارات المشتعلة. وفرّقت قوات الأمن المحتجين بالغاز المسيل للدموع، ما أدى إلى إصابة 11 شخصا، في حين وجّه رئيس الحكومة العراقية بتشكيل لجنة للتحقيق في ملابسات الإصابات.",
    [IRQ],
    [],
    [V("14", None, "العراق"), V("17", "العراق", None), V("09", "العراق", None)])

# 27 strikes narrated as fact (19) and the ministry's condemnation (11); the participle demand not coded
rec("دمشق (سانا) - أغارت مقاتلات إسرائيلية، فجر الأربعاء، على ثكنات للجيش في الريف الغربي للعاصمة، فيما دانت وزارة الخارجية السورية \"الاعتداء السافر\"، مطالبة مجلس الأمن بالتحرك \"لوقف هذه الانتهاكات\".",
    [ISR, SYR],
    [],
    [V("19", "إسرائيل", "سوريا"), V("11", "سوريا", "إسرائيل")])

# 28 a monitor's report: shelling of villages killing civilians (19, null target); the scare-quoted faction name
rec("منبج - ذكر المرصد السوري لحقوق الإنسان، ومقره لندن، أن فصائل \"الجيش الوطني\" الموالية لأنقرة قصفت بالمدفعية قرى في محيط سد تشرين شرقي حلب، ما أسفر عن مقتل امرأة وإصابة ثلاثة أطفال.",
    [SOHR, SNA],
    [Q("المرصد السوري لحقوق الإنسان", "فصائل \"الجيش الوطني\" الموالية لأنقرة قصفت بالمدفعية قرى في محيط سد تشرين شرقي حلب، ما أسفر عن مقتل امرأة وإصابة ثلاثة أطفال")],
    [V("19", "الجيش الوطني", None)])

# 29 smugglers killed at the border (19, null target); an unnamed military source continues (وأوضح المصدر)
rec("عمّان (بترا) - قتلت وحدات من حرس الحدود الأردنية، صباح السبت، مهرّبَين اثنين خلال تصدّيها لمجموعة حاولت تمرير شحنة ضخمة من الأقراص المخدرة قادمة من الجانب السوري. وأوضح مصدر عسكري أن المهربين استغلوا الضباب الكثيف لاجتياز الساتر الترابي، وأن الكميات المضبوطة نُقلت إلى الجهات المختصة.",
    [JOR],
    [Q(None, "المهربين استغلوا الضباب الكثيف لاجتياز الساتر الترابي، وأن الكميات المضبوطة نُقلت إلى الجهات المختصة")],
    [V("19", "الأردن", None)])

# 30 a visit in a ministry's reported speech (04 toward the host); the training under the memorandum is its purpose, not coded
rec("أنقرة - ذكرت وزارة الدفاع التركية، في مؤتمرها الصحفي الدوري، أن وفدا عسكريا رفيعا زار دمشق هذا الأسبوع لبحث تنفيذ مذكرة التفاهم الموقعة بين البلدين بشأن تدريب الجيش السوري وتأهيله.",
    [TUR, SYR],
    [Q("تركيا", "وفدا عسكريا رفيعا زار دمشق هذا الأسبوع لبحث تنفيذ مذكرة التفاهم الموقعة بين البلدين بشأن تدريب الجيش السوري وتأهيله")],
    [V("04", "تركيا", "سوريا")])

# 31 inspections (09 toward the state); the consent (بموافقة) adds no event
rec("دمشق - باشر فريق من منظمة حظر الأسلحة الكيميائية، الإثنين، تفتيش ثلاثة مواقع في ريف حماة يُشتبه في أنها استُخدمت لتخزين ذخائر كيميائية في عهد النظام السابق، بموافقة السلطات السورية.",
    [OPCW, SYR],
    [],
    [V("09", "منظمة حظر الأسلحة الكيميائية", "سوريا")])

# 32 a strike on a car and the army's claim of its target: one 19 toward the group
rec("بيروت - قُتل شخصان في غارة لمسيّرة إسرائيلية استهدفت سيارة على طريق بلدة برج الشمالي قرب صور، بينما ادعى الجيش الإسرائيلي أنه استهدف \"عنصرا في قوة الرضوان التابعة لحزب الله\".",
    [ISR, HEZB],
    [Q("إسرائيل", "استهدف \"عنصرا في قوة الرضوان التابعة لحزب الله\"")],
    [V("19", "إسرائيل", "حزب الله")])

# 33 a claimed attack on a ship (تبنّت + a noun: 19 toward the flag state, 01); its reported speech with a marked fragment
rec("صنعاء (د ب أ) - تبنّت جماعة الحوثيين، مساء الإثنين، هجوما بصاروخين على سفينة تجارية ترفع علم مالطا في أثناء إبحارها في خليج عدن، وقالت إن السفينة \"انتهكت قرار الحظر\" المفروض على الموانئ الإسرائيلية.",
    [HOUTHI, MLT],
    [Q("جماعة الحوثيين", "السفينة \"انتهكت قرار الحظر\" المفروض على الموانئ الإسرائيلية")],
    [V("19", "جماعة الحوثيين", "مالطا"), V("01", "جماعة الحوثيين", None)])

# 34 an unnamed field commander credited with وفق: an attack (19)
rec("عدن - قُتل سبعة من عناصر القوات الحكومية اليمنية وأصيب 12 آخرون في هجوم نفّذه مقاتلو جماعة الحوثيين فجرا ضد مواقعهم في جبهة مريس شمالي محافظة الضالع، وفق ما أفاد به قائد ميداني.",
    [YEM, HOUTHI],
    [Q(None, "قُتل سبعة من عناصر القوات الحكومية اليمنية وأصيب 12 آخرون في هجوم نفّذه مقاتلو جماعة الحوثيين فجرا ضد مواقعهم في جبهة مريس شمالي محافظة الضالع")],
    [V("19", "جماعة الحوثيين", "اليمن")])

# 35 a host receiving a group's delegation (04 toward the group); the minister's quote adds no event
rec("مسقط (العمانية) - استقبل وزير الخارجية العماني، الأربعاء، وفدا من جماعة الحوثيين برئاسة كبير مفاوضيها، وبحث معه جهود إحياء خارطة الطريق الأممية للسلام في اليمن. وأكد الوزير أن بلاده \"تنظر بإيجابية إلى التهدئة القائمة على الحدود\".",
    [OMN, HOUTHI],
    [Q("سلطنة عمان", "بلاده \"تنظر بإيجابية إلى التهدئة القائمة على الحدود\"")],
    [V("04", "سلطنة عمان", "جماعة الحوثيين")])

# 36 arrests of people said to have trained in a foreign force's camps: 17 toward that country; the relative clause قالت إنهم is a quote
rec("المنامة (بنا) - اعتقلت وزارة الداخلية البحرينية خمسة مواطنين قالت إنهم خضعوا للتدريب على صنع المتفجرات في معسكرات يشرف عليها الحرس الثوري الإيراني، قبل أن تحيلهم إلى النيابة العامة.",
    [E("البحرين", L, "BHR", "البحرينية"), IRN],
    [Q("البحرين", "خضعوا للتدريب على صنع المتفجرات في معسكرات يشرف عليها الحرس الثوري الإيراني")],
    [V("17", "البحرين", "إيران")])

# 37 a host receiving a counterpart (04) and an agreement reached (05)
rec("الرياض (واس) - استقبل وزير الخارجية السعودي في الرياض، الأحد، نظيره الإيراني الذي يزور المملكة في إطار جولة خليجية، واتفق الجانبان على تفعيل اتفاقية التعاون الأمني الموقعة بين البلدين عام 2001.",
    [SAU, IRN],
    [],
    [V("04", "السعودية", "إيران"), V("05", "السعودية", "إيران")])

# 38 a conditional threat in reported speech (13); the carrier's transit after غداة is not coded
rec("طهران - حذّر قائد القوات البحرية في الجيش الإيراني من أن بلاده \"سترد بشكل حاسم وفوري\" على أي تحرك عسكري أمريكي في مياه الخليج، وذلك غداة عبور حاملة طائرات أمريكية مضيق هرمز.",
    [IRN, USA],
    [Q("إيران", "بلاده \"سترد بشكل حاسم وفوري\" على أي تحرك عسكري أمريكي في مياه الخليج")],
    [V("13", "إيران", "الولايات المتحدة")])

# 39 a suicide bombing of a restaurant (18, null target) and its claim (01)
rec("مقديشو (شينخوا) - لقي ما لا يقل عن ستة أشخاص حتفهم وأصيب 15 آخرون جراء اقتحام انتحاري يقود سيارة ملغومة مطعما يرتاده عناصر من الشرطة في مدينة جوهر وسط الصومال، وأعلنت حركة الشباب مسؤوليتها عنه عبر منصة دعائية تابعة لها.",
    [SHABAB],
    [],
    [V("18", "حركة الشباب", None), V("01", "حركة الشباب", None)])

# 40 a retaken town (19 toward the group driven out); an army's own reported speech (إنه طرد)
rec("بورتسودان (د ب أ) - قال الجيش السوداني إنه طرد قوات الدعم السريع من الخوي في ولاية غرب كردفان إثر قتال عنيف دام ثلاثة أيام. وتعد الخوي نقطة عبور رئيسية على الطريق الرابط بين الأبيض والفولة.",
    [SDN, RSF],
    [Q("السودان", "طرد قوات الدعم السريع من الخوي في ولاية غرب كردفان إثر قتال عنيف دام ثلاثة أيام")],
    [V("19", "السودان", "قوات الدعم السريع")])

# 41 an NGO holding an army responsible (حمّلت المسؤولية: 11); the accused executions not coded, the participle demand neither
rec("داكار (رويترز) - حمّلت هيومن رايتس ووتش، ضمن تقرير جديد، الجيش المالي المسؤولية عن إعدام 30 مدنيا على الأقل، بينهم مسنون، في ثلاث قرى بمنطقة سيغو خلال الأشهر الأخيرة، مطالبة السلطات الانتقالية بفتح تحقيق مستقل.",
    [HRW, MLI],
    [],
    [V("11", "هيومن رايتس ووتش", "مالي")])

# 42 an attack credited to unnamed sources (19) and its claim (01)
rec("واغادوغو - هاجم مقاتلون ينتمون إلى جماعة نصرة الإسلام والمسلمين، صباح الأحد، مفرزة للجيش البوركيني ومتطوعين للدفاع عن الوطن في محيط بلدة ديابو شرقي البلاد، حسبما ذكرت مصادر أمنية، فيما تبنت الجماعة الهجوم عبر ذراعها الإعلامية.",
    [JNIM, BFA],
    [Q(None, "هاجم مقاتلون ينتمون إلى جماعة نصرة الإسلام والمسلمين، صباح الأحد، مفرزة للجيش البوركيني ومتطوعين للدفاع عن الوطن في محيط بلدة ديابو شرقي البلاد")],
    [V("19", "جماعة نصرة الإسلام والمسلمين", "بوركينا فاسو"), V("01", "جماعة نصرة الإسلام والمسلمين", None)])

# 43 a kidnapped foreign engineer named by nationality (18 toward his country, null source)
rec("نيامي - خطف مسلحون مجهولون، مساء الجمعة، مهندسا صينيا يعمل لدى شركة نفطية في منطقة أغاديز شمالي النيجر، في ثاني عملية خطف تطال رعايا أجانب في المنطقة خلال شهرين. ولا تزال هوية الخاطفين ودوافعهم مجهولة.",
    [CHN],
    [],
    [V("18", None, "الصين")])

# 44 a kidnapping by a suspected group (18, null target), credited to a local leader
rec("داماتورو - اختطف مسلحون يُظن أنهم من أتباع جماعة بوكو حرام 18 مزارعا كانوا يعملون في حقولهم قرب بلدة غوجبا بولاية يوبي شمال شرقي نيجيريا، بحسب زعيم محلي تحدث لوكالة فرانس برس.",
    [BOKO],
    [Q(None, "اختطف مسلحون يُظن أنهم من أتباع جماعة بوكو حرام 18 مزارعا كانوا يعملون في حقولهم قرب بلدة غوجبا بولاية يوبي شمال شرقي نيجيريا")],
    [V("18", "جماعة بوكو حرام", None)])

# 45 a reopened crossing (08) and an agreement reached in a named official's partly marked reported speech (05)
rec("طرابلس (وال) - أعادت السلطات الليبية، صباح الإثنين، تشغيل منفذ رأس جدير على الحدود مع تونس أمام المسافرين والشاحنات، عقب إغلاق دام 19 يوما. وأوضح وكيل وزارة الداخلية الليبية سالم الفيتوري أن الطرفين \"اتفقا على آلية جديدة لتنظيم العبور ومكافحة التهريب\".",
    [LBY, TUN, E("سالم الفيتوري", P, "LBY", "الفيتوري")],
    [Q("سالم الفيتوري", "الطرفين \"اتفقا على آلية جديدة لتنظيم العبور ومكافحة التهريب\"")],
    [V("08", "ليبيا", "تونس"), V("05", "ليبيا", "تونس")])

# 46 live-fire drills with a scare-quoted name (15, no target); a named spokesman's quote adds no event
rec("سرت - نفذت وحدات من القيادة العامة للقوات المسلحة العربية الليبية مناورات عسكرية بالذخيرة الحية في منطقة الجفرة وسط البلاد، بمشاركة وحدات جوية وبحرية، في تمرين أطلقت عليه اسم \"درع الصحراء\". وقال المتحدث باسم القيادة العامة، اللواء فرج العبيدي، إن المناورات \"جرى التخطيط لها منذ أشهر ولا علاقة لها بالتطورات الأخيرة\".",
    [LNA, E("فرج العبيدي", P, "LBY", "العبيدي")],
    [Q("فرج العبيدي", "المناورات \"جرى التخطيط لها منذ أشهر ولا علاقة لها بالتطورات الأخيرة\"")],
    [V("15", "القيادة العامة للقوات المسلحة العربية الليبية", None)])

# 47 a visit and a meeting (one 04 toward the host); the delivered letter is the same root and pair
rec("بورتسودان (سونا) - أجرى وزير الخارجية المصري، الخميس، زيارة إلى مدينة بورتسودان التقى خلالها رئيس مجلس السيادة السوداني، وسلّمه رسالة من الرئيس المصري تتعلق بالعلاقات الثنائية وجهود وقف الحرب.",
    [EGY, SDN],
    [],
    [V("04", "مصر", "السودان")])

# 48 a joint naval exercise with a partner (06 from the first named); its scare-quoted name
rec("الغردقة - انطلقت في مياه البحر الأحمر، السبت، فعاليات التدريب البحري المشترك \"مرجان 2026\" بين بحريتي مصر والسعودية، ويستمر عشرة أيام بمشاركة فرقاطات ولنشات صواريخ وعناصر من القوات الخاصة.",
    [EGY, SAU],
    [],
    [V("06", "مصر", "السعودية")])

# 49 a promise reported by the other side's counterpart (03 toward Iraq); واصفا التعهد بأنه describes (no quote, no event)
rec("بغداد - صرّح رعد الشمري، وزير الموارد المائية العراقي، بأن أنقرة تعهدت برفع حصة العراق من مياه دجلة والفرات خلال أشهر الصيف، واصفا التعهد بأنه \"خطوة إيجابية لكنها غير كافية\".",
    [IRQ, TUR, E("رعد الشمري", P, "IRQ", "الشمري")],
    [Q("رعد الشمري", "أنقرة تعهدت برفع حصة العراق من مياه دجلة والفرات خلال أشهر الصيف")],
    [V("03", "تركيا", "العراق")])

# 50 a signed border accord (05 only); من جانبه continues with a marked quote
rec("جدة (واس) - وقّع وزير الدفاع السوري ونظيره اللبناني في مدينة جدة، مساء الخميس، اتفاقا لترسيم الحدود البرية وتشكيل لجان فنية مشتركة لإغلاق المعابر غير النظامية. من جانبه، قال وزير الدفاع اللبناني إن الاتفاق \"يطوي صفحة من التوتر الذي كلّف البلدين كثيرا\".",
    [SYR, LBN],
    [Q("لبنان", "الاتفاق \"يطوي صفحة من التوتر الذي كلّف البلدين كثيرا\"")],
    [V("05", "سوريا", "لبنان")])

# 51 a raid campaign with arrests (17 toward the group) backed from the air by the coalition (بإسناد: 06 from the backer); تقول إنهم is a quote
rec("دير الزور - شنّت قوات سوريا الديمقراطية، بإسناد جوي من التحالف الدولي، حملة دهم في بلدات الريف الشرقي لدير الزور أسفرت عن توقيف 14 شخصا تقول إنهم ينتمون إلى خلايا تنظيم داعش.",
    [SDF, COAL, ISIS],
    [Q("قوات سوريا الديمقراطية", "ينتمون إلى خلايا تنظيم داعش")],
    [V("17", "قوات سوريا الديمقراطية", "تنظيم داعش"), V("06", "التحالف الدولي", "قوات سوريا الديمقراطية")])

# 52 a news agency's reported speech: US strikes on the group's sites (19); no comment is no event
rec("صنعاء - قالت وكالة سبأ التابعة لجماعة الحوثيين إن مقاتلات أمريكية شنت 11 غارة على مواقع تابعة للجماعة في محيط ميناء رأس عيسى بمحافظة الحديدة، ما أدى إلى مقتل ثلاثة عمال وإصابة آخرين، فيما لم تعلق القيادة المركزية الأمريكية على الفور.",
    [SABA, HOUTHI, USA],
    [Q("وكالة سبأ", "مقاتلات أمريكية شنت 11 غارة على مواقع تابعة للجماعة في محيط ميناء رأس عيسى بمحافظة الحديدة، ما أدى إلى مقتل ثلاثة عمال وإصابة آخرين")],
    [V("19", "الولايات المتحدة", "جماعة الحوثيين")])

# 53 the UN envoy (the body) meeting a state's leader (04); وأكد المبعوث continues with a marked quote (no event)
rec("الرياض - بحث المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن مع رئيس مجلس القيادة الرئاسي اليمني، في الرياض، سبل إحياء مسار التسوية السياسية. وأكد المبعوث أن \"أي تصعيد عسكري جديد سيقوّض ما تحقق من تهدئة خلال العامين الماضيين\".",
    [UN, YEM],
    [Q("الأمم المتحدة", "أي تصعيد عسكري جديد سيقوّض ما تحقق من تهدئة خلال العامين الماضيين")],
    [V("04", "الأمم المتحدة", "اليمن")])

# 54 a court's sentence (11 toward the group); the acquittal is no event
rec("الكويت (كونا) - أصدرت محكمة الجنايات الكويتية، الثلاثاء، أحكاما بحبس أربعة مواطنين عشر سنوات لكل منهم بعد إدانتهم بالانضمام إلى تنظيم داعش وجمع أموال له عبر منصات إلكترونية، وبرّأت متهما خامسا لعدم كفاية الأدلة.",
    [KWT, ISIS],
    [],
    [V("11", "الكويت", "تنظيم داعش")])

# 55 a condemned incursion (11 only); ووصفته بأنه describes; a renewed call on the Security Council (verbal noun after جددت: 02)
rec("الدوحة (قنا) - دانت دولة قطر بأشد العبارات التوغل الإسرائيلي في ريف درعا الغربي، ووصفته بأنه \"انتهاك صارخ لسيادة سوريا ووحدة أراضيها\". وجددت وزارة الخارجية في بيانها دعوة مجلس الأمن الدولي إلى \"إلزام إسرائيل بالانسحاب الفوري\".",
    [QAT, ISR, UNSC],
    [],
    [V("11", "قطر", "إسرائيل"), V("02", "قطر", "مجلس الأمن الدولي")])

# 56 a verbal noun after أعلن (قطع العلاقات: 16) and a participle accusation (11); the other side's reply with a marked complement (11)
rec("بورتسودان (أ ف ب) - أعلن مجلس الأمن والدفاع في السودان قطع العلاقات الدبلوماسية مع دولة الإمارات واستدعاء كامل البعثة الدبلوماسية من أبوظبي، متهما إياها بالتورط في إمداد قوات الدعم السريع بالسلاح والمسيّرات. وفي أول رد، قالت وزارة الخارجية الإماراتية إن القرار \"لا يستند إلى أي أساس قانوني\".",
    [SDN, ARE, RSF],
    [Q("الإمارات", "القرار \"لا يستند إلى أي أساس قانوني\"")],
    [V("16", "السودان", "الإمارات"), V("11", "السودان", "الإمارات"), V("11", "الإمارات", "السودان")])

# 57 a passive round of talks in a third state's capital (04 between the sides; the place is no actor) ending without agreement (negated 05)
rec("جيبوتي - اختُتمت في جيبوتي، مساء الأربعاء، جولة مباحثات استمرت يومين بين وفدين من الحكومتين الصومالية والإثيوبية، دون التوصل إلى اتفاق نهائي بشأن ترتيبات الوصول الإثيوبي إلى البحر.",
    [SOM, ETH],
    [],
    [V("04", "الصومال", "إثيوبيا"), V("05", "الصومال", "إثيوبيا", True)])

# 58 a court's sentence on opponents, one named (11 toward him); the defence team's description (11, null source); its stated intent to appeal no event
rec("تونس - قضت دائرة جنائية في العاصمة تونس بسجن عدد من المعارضين مددا تتراوح بين 12 و40 عاما في ملف يُعرف في وسائل الإعلام بقضية \"التآمر\"، بينهم السياسي منصف الحمّامي. ووصفت هيئة الدفاع الأحكام بأنها \"سياسية بامتياز\"، معلنة عزمها الطعن فيها.",
    [TUN, E("منصف الحمّامي", P, "TUN")],
    [],
    [V("11", "تونس", "منصف الحمّامي"), V("11", None, "تونس")])

# 59 a ministry's weekly toll with بأن: militants killed (19, null target) and one surrendering (08, null source)
rec("الجزائر (واج) - أفادت وزارة الدفاع الوطني الجزائرية في حصيلة أسبوعية بأن مفارز للجيش قضت على إرهابيين اثنين في كمين بولاية عين الدفلى، فيما سلّم إرهابي ثالث نفسه للسلطات العسكرية في برج باجي مختار أقصى الجنوب.",
    [DZA],
    [Q("الجزائر", "مفارز للجيش قضت على إرهابيين اثنين في كمين بولاية عين الدفلى، فيما سلّم إرهابي ثالث نفسه للسلطات العسكرية في برج باجي مختار أقصى الجنوب")],
    [V("19", "الجزائر", None), V("08", None, "الجزائر")])

# 60 released detainees with no name (08, null target); a bloc's welcome (05, the bloc by its acronym) with a describing clause; "still detained" no event
rec("نيامي - أفرج العسكريون الممسكون بالسلطة في النيجر عن ستة من وزراء الحكومة السابقة كانوا محتجزين منذ الانقلاب، في خطوة رحّبت بها إيكواس واعتبرتها \"بادرة حسن نية\"، في حين لا يزال الرئيس المعزول قيد الاحتجاز.",
    [NER, ECOWAS],
    [],
    [V("08", "النيجر", None), V("05", "المجموعة الاقتصادية لدول غرب أفريقيا", "النيجر")])

# 61 diplomats ordered to leave within a deadline (16 toward their country); the accusation after بعد أن is a reason
rec("واغادوغو - أمرت سلطات بوركينا فاسو ثلاثة من الدبلوماسيين الفرنسيين بالرحيل عن أراضيها خلال 48 ساعة، بعد أن نسبت إليهم \"أنشطة تخريبية\".",
    [BFA, FRA],
    [],
    [V("16", "بوركينا فاسو", "فرنسا")])

# 62 donated wheat in a relative clause (07); the onward transport is a plan
rec("لومي - وصلت إلى ميناء لومي شحنة من 25 ألف طن من القمح الروسي قدمتها موسكو هبة لبوركينا فاسو، على أن تُنقل برا إلى واغادوغو خلال الأيام المقبلة. وتعاني البلاد ارتفاعا حادا في أسعار الحبوب بسبب تراجع الإنتاج في المناطق الشمالية.",
    [RUS, BFA],
    [],
    [V("07", "روسيا", "بوركينا فاسو")])

# 63 a curfew imposed by a state government (its country; 17, null target); riots after إثر not coded
rec("يولا - فرضت حكومة ولاية أداماوا في شمال شرق نيجيريا حظر تجول شاملا لمدة 24 ساعة في مدينة يولا وضواحيها، إثر أعمال شغب ونهب رافقت احتجاجات على غلاء المعيشة.",
    [NGA],
    [],
    [V("17", "نيجيريا", None)])

# 64 a foreign force striking an opposition party's bases in a third country (19 toward the party only); an unnamed party official (null) and the force's marked claim
rec("أربيل (رويترز) - استهدف الحرس الثوري الإيراني بقذائف المدفعية وطائرات مسيّرة مقار الحزب الديمقراطي الكردستاني الإيراني المعارض في منطقة كويسنجق بإقليم كردستان العراق، وفق مسؤول في الحزب، في حين أعلن الحرس في بيان أنه استهدف \"مقار جماعات إرهابية انفصالية\".",
    [IRN, PDKI],
    [Q(None, "استهدف الحرس الثوري الإيراني بقذائف المدفعية وطائرات مسيّرة مقار الحزب الديمقراطي الكردستاني الإيراني المعارض في منطقة كويسنجق بإقليم كردستان العراق"),
     Q("إيران", "استهدف \"مقار جماعات إرهابية انفصالية\"")],
    [V("19", "إيران", "الحزب الديمقراطي الكردستاني الإيراني")])

# 65 a Security Council resolution lifting sanctions (08); the abstention is no event
rec("نيويورك - تبنّى مجلس الأمن الدولي، الخميس، قرارا يقضي برفع العقوبات المفروضة على عدد من المسؤولين السوريين، بأغلبية 14 صوتا وامتناع الصين عن التصويت. ويسري القرار لمدة عام قابلة للتجديد.",
    [UNSC, SYR],
    [],
    [V("08", "مجلس الأمن الدولي", "سوريا")])

# 66 نقلت قناة عن مصدر قوله إن: a rejected proposal (12)
rec("القاهرة - نقلت قناة القاهرة الإخبارية عن مصدر مصري رفيع المستوى قوله إن مصر أبلغت الجانب الإسرائيلي رفضها القاطع للمقترح الخاص بإبقاء قوات في محور فيلادلفيا.",
    [EGY, ISR],
    [Q(None, "مصر أبلغت الجانب الإسرائيلي رفضها القاطع للمقترح الخاص بإبقاء قوات في محور فيلادلفيا")],
    [V("12", "مصر", "إسرائيل")])

# 67 a rally by a movement's supporters (14 toward the state); the purpose (للمطالبة) not coded
rec("عدن - نظّم أنصار المجلس الانتقالي الجنوبي، الخميس، تظاهرة حاشدة في ساحة العروض بمدينة عدن للمطالبة بـ\"استعادة دولة الجنوب\"، رافعين أعلام الدولة السابقة وصور قادة المجلس، في تحدٍّ لقرار الحكومة اليمنية منع التجمعات.",
    [STC, YEM],
    [],
    [V("14", "المجلس الانتقالي الجنوبي", "اليمن")])

# 68 a rescue of foreign sailors named by nationality (07 toward their country), credited to the police (the country); التي قالت إن is a second quote
rec("مسقط (العمانية) - أنقذت وحدات من شرطة خفر السواحل العمانية طاقم سفينة شحن غرقت قبالة ولاية الدقم، ويضم 13 بحارا هنديا، وفق ما أعلنته الشرطة التي قالت إن البحث لا يزال جاريا عن بحار ثالث مفقود.",
    [E("سلطنة عمان", L, "OMN", "العمانية", "الشرطة"), IND],
    [Q("سلطنة عمان", "أنقذت وحدات من شرطة خفر السواحل العمانية طاقم سفينة شحن غرقت قبالة ولاية الدقم، ويضم 13 بحارا هنديا"),
     Q("سلطنة عمان", "البحث لا يزال جاريا عن بحار ثالث مفقود")],
    [V("07", "سلطنة عمان", "الهند")])

# 69 a retaken town (19) with the backing of an AU mission (06 from the backer), credited to a named minister
rec("مقديشو (الأناضول) - استعادت القوات الصومالية، بإسناد من قوات بعثة الاتحاد الأفريقي، السيطرة على بلدة عدن يابال في إقليم شبيلي الوسطى بعد نحو أربعة أشهر من سقوطها بيد حركة الشباب، وفق ما أعلنه وزير الإعلام الصومالي عبد الرزاق حاشي.",
    [SOM, AU, SHABAB, E("عبد الرزاق حاشي", P, "SOM")],
    [Q("عبد الرزاق حاشي", "استعادت القوات الصومالية، بإسناد من قوات بعثة الاتحاد الأفريقي، السيطرة على بلدة عدن يابال في إقليم شبيلي الوسطى بعد نحو أربعة أشهر من سقوطها بيد حركة الشباب")],
    [V("19", "الصومال", "حركة الشباب"), V("06", "الاتحاد الأفريقي", "الصومال")])

# 70 a withdrawal from a regional body (verbal noun after أعلنت: 16) and a participle accusation (11)
rec("أسمرة - أعلنت وزارة الإعلام الإريترية انسحاب البلاد من الهيئة الحكومية للتنمية (إيغاد)، متهمة الهيئة بالانحياز إلى أطراف إقليمية وبالعجز عن خدمة مصالح أعضائها.",
    [ERI, IGAD],
    [],
    [V("16", "إريتريا", "الهيئة الحكومية للتنمية"), V("11", "إريتريا", "الهيئة الحكومية للتنمية")])

# 71 a blockade (19) with tankers burned; an unnamed driver's marked quote; a school closure is no interaction
rec("باماكو - منذ أسابيع، تحاصر جماعة نصرة الإسلام والمسلمين شحنات الوقود المتوجهة نحو العاصمة المالية، وقد أضرم عناصرها النار في عشرات الصهاريج على المحاور الرابطة بين البلاد والسنغال وساحل العاج. وقال سائق شاحنة لوكالة فرانس برس إن المسلحين \"أوقفوا القافلة وأجبروا السائقين على النزول قبل إضرام النار في الصهاريج\". وأعلنت الحكومة الانتقالية تعليق الدراسة في المدارس والجامعات لمدة أسبوعين بسبب نقص الوقود.",
    [JNIM, MLI],
    [Q(None, "المسلحين \"أوقفوا القافلة وأجبروا السائقين على النزول قبل إضرام النار في الصهاريج\"")],
    [V("19", "جماعة نصرة الإسلام والمسلمين", "مالي")])

# 72 funds allocated to programmes in a state (07 toward it); a named commissioner (no country) quoted, وتابعت + a direct quote
rec("بروكسل - رصدت المفوضية الأوروبية 45 مليون يورو إضافية لدعم برامج العودة الطوعية للمهاجرين العالقين في ليبيا. وقالت المفوضة الأوروبية لشؤون الهجرة كاترينا فالديز إن التمويل الجديد \"سيسمح بإعادة نحو عشرة آلاف مهاجر إلى بلدانهم بشكل آمن وكريم\". وتابعت: \"لا يمكننا ترك هؤلاء الناس فريسة لشبكات التهريب\".",
    [EU, LBY, E("كاترينا فالديز", P, None, "فالديز")],
    [Q("كاترينا فالديز", "التمويل الجديد \"سيسمح بإعادة نحو عشرة آلاف مهاجر إلى بلدانهم بشكل آمن وكريم\""),
     Q("كاترينا فالديز", "لا يمكننا ترك هؤلاء الناس فريسة لشبكات التهريب")],
    [V("07", "الاتحاد الأوروبي", "ليبيا")])

# 73 an ICC arrest warrant for a named man (11 toward him), a finite demand on a state (10); قائلة إن is a quote; the arrest after بعد not coded
rec("لاهاي - أصدرت المحكمة الجنائية الدولية أمرا بالقبض على الليبي خالد الورفلي، المتهم بتعذيب محتجزين في سجن بطرابلس، وطالبت ألمانيا بتسليمه بعد توقيفه في مطار برلين الأسبوع الماضي، قائلة إن الأدلة المتوفرة \"تكفي لمحاكمته\".",
    [ICC, DEU, E("خالد الورفلي", P, "LBY", "الورفلي")],
    [Q("المحكمة الجنائية الدولية", "الأدلة المتوفرة \"تكفي لمحاكمته\"")],
    [V("11", "المحكمة الجنائية الدولية", "خالد الورفلي"), V("10", "المحكمة الجنائية الدولية", "ألمانيا")])

# 74 a street sit-in by unnamed journalists (14 toward the state); the purpose (تنديدا) not coded
rec("تونس - نفّذ عشرات الصحفيين التونسيين، الجمعة، وقفة احتجاجية أمام مقر نقابتهم في العاصمة تنديدا بسجن زميل لهم بسبب تدوينة انتقد فيها أداء الحكومة.",
    [TUN],
    [],
    [V("14", None, "تونس")])

# 75 a vow of a "painful response" with a condition (13) by a group's leader (the group)
rec("صنعاء - توعّد زعيم جماعة الحوثيين إسرائيل بـ\"رد موجع\" إذا استمرت غاراتها على الموانئ اليمنية، وذلك في خطاب متلفز بثته قناة تابعة للجماعة مساء الخميس.",
    [HOUTHI, ISR],
    [],
    [V("13", "جماعة الحوثيين", "إسرائيل")])

# 76 reinforcements sent toward a neighbour's border (15 toward it); clashes after غداة not coded
rec("الجزائر - عزّز الجيش الجزائري انتشاره على الشريط الحدودي مع مالي في ولاية تمنراست بإرسال مدرعات ووحدات خاصة، غداة اشتباكات بين الجيش المالي ومسلحين قرب الحدود. وتمتد الحدود بين البلدين على نحو 1300 كيلومتر في مناطق صحراوية وعرة.",
    [DZA, MLI],
    [],
    [V("15", "الجزائر", "مالي")])

# 77 a refused request (12 toward the agency)
rec("واغادوغو - رفضت السلطات في بوركينا فاسو طلبا تقدمت به منظمة أطباء بلا حدود لاستئناف أنشطتها الطبية في إقليم الساحل شمالي البلاد، دون أن توضح أسباب قرارها، وفق ما ذكرته المنظمة في بيان.",
    [BFA, MSF],
    [Q("أطباء بلا حدود", "رفضت السلطات في بوركينا فاسو طلبا تقدمت به منظمة أطباء بلا حدود لاستئناف أنشطتها الطبية في إقليم الساحل شمالي البلاد، دون أن توضح أسباب قرارها")],
    [V("12", "بوركينا فاسو", "أطباء بلا حدود")])

# 78 a massacre of worshippers by a named group (20, null target); the mourning declared is no interaction
rec("نيامي - ارتكب عناصر تابعون لتنظيم الدولة الإسلامية في الساحل مجزرة بحق مصلين داخل مسجد في قرية تاغاليت غربي النيجر، ما أسفر عن مقتل 44 شخصا، وأعلنت الحكومة النيجرية الحداد ثلاثة أيام.",
    [ISS],
    [],
    [V("20", "تنظيم الدولة الإسلامية في الساحل", None)])

# 79 a denial (نفت أن تكون قد: negated 19, no quote); a pluperfect accusation by an NGO (11)
rec("أبوجا - نفت وزارة الدفاع النيجيرية أن تكون مقاتلاتها قد ضربت تجمعا للمدنيين في قرية بولاية بورنو الأسبوع الماضي. وكانت منظمة العفو الدولية قد اتهمت سلاح الجو بالتسبب في مقتل 20 قرويا على الأقل في الغارة.",
    [NGA, AMN],
    [],
    [V("19", "نيجيريا", None, True), V("11", "منظمة العفو الدولية", "نيجيريا")])

# 80 a UN office's criticism (11) of a state's not allowing convoys (عدم سماح: negated 08 toward the office)
rec("جنيف - انتقد مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية عدم سماح السلطات السودانية لقوافل الإغاثة بالوصول إلى مدينة كادقلي التي يعاني سكانها الحصار منذ أكثر من شهرين، محذرا من أن آلاف الأسر باتت \"على حافة المجاعة\".",
    [OCHA, SDN],
    [Q("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "آلاف الأسر باتت \"على حافة المجاعة\"")],
    [V("11", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "السودان"), V("08", "السودان", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", True)])

# 81 a quote before its attribution (بهذه العبارة ردّ); the accusation in an active relative clause (11); a participle denial (negated 07)
rec("«لن تكون أرض تشاد ممرا لسلاح يُوجَّه إلى أي طرف في السودان»، بهذه العبارة ردّ وزير الداخلية التشادي عثمان محمد بشير على الاتهامات التي وجهتها الخرطوم لبلاده، نافيا أن تكون نجامينا قد غضّت الطرف عن تهريب أسلحة لقوات الدعم السريع عبر حدودها الشرقية.",
    [TCD, SDN, RSF, E("عثمان محمد بشير", P, "TCD")],
    [Q("عثمان محمد بشير", "لن تكون أرض تشاد ممرا لسلاح يُوجَّه إلى أي طرف في السودان")],
    [V("11", "السودان", "تشاد"), V("07", "تشاد", "قوات الدعم السريع", True)])

# 82 a statement with no event: a spokesman's two إن clauses (one quote)
rec("نواكشوط - قال المتحدث باسم الحكومة الموريتانية إن بلاده \"تتابع باهتمام بالغ\" تطورات الوضع الأمني في مالي، وإنها حريصة على أمن حدودها الشرقية وسلامة مواطنيها المقيمين هناك.",
    [MRT],
    [Q("موريتانيا", "بلاده \"تتابع باهتمام بالغ\" تطورات الوضع الأمني في مالي، وإنها حريصة على أمن حدودها الشرقية وسلامة مواطنيها المقيمين هناك")],
    [])

# 83 a quote before its attribution with “” marks (a named WFP official, no country); no event
rec("“لم تصل أي شحنة غذائية إلى مخيم فرشانا منذ ستة أسابيع، والأطفال يدفعون الثمن”، قالت ممثلة برنامج الأغذية العالمي في تشاد ماري لوكلير.",
    [WFP, E("ماري لوكلير", P, None, "لوكلير")],
    [Q("ماري لوكلير", "لم تصل أي شحنة غذائية إلى مخيم فرشانا منذ ستة أسابيع، والأطفال يدفعون الثمن")],
    [])

# 84 a UN commission's finding in reported speech (an accusation: 11 toward the state); the participle call not coded
rec("جنيف (رويترز) - قالت لجنة التحقيق الدولية المستقلة بشأن سوريا إن فصائل منضوية في وزارة الدفاع السورية ارتكبت \"انتهاكات جسيمة قد ترقى إلى جرائم حرب\" خلال أعمال العنف التي شهدتها مدن الساحل في مارس/آذار الماضي، داعية دمشق إلى محاكمة المتورطين.",
    [COI, SYR],
    [Q("لجنة التحقيق الدولية المستقلة بشأن سوريا", "فصائل منضوية في وزارة الدفاع السورية ارتكبت \"انتهاكات جسيمة قد ترقى إلى جرائم حرب\" خلال أعمال العنف التي شهدتها مدن الساحل في مارس/آذار الماضي")],
    [V("11", "لجنة التحقيق الدولية المستقلة بشأن سوريا", "سوريا")])

# 85 arrests in a camp raid (17 toward Palestine), credited to local sources
rec("نابلس - اعتقلت القوات الإسرائيلية 17 فلسطينيا خلال حملة دهم واسعة في مخيم بلاطة شرقي نابلس فجر الإثنين، بحسب مصادر محلية. ويقطن مخيم بلاطة، وهو أكبر مخيمات الضفة الغربية، نحو 30 ألف لاجئ.",
    [ISR, PSE],
    [Q(None, "اعتقلت القوات الإسرائيلية 17 فلسطينيا خلال حملة دهم واسعة في مخيم بلاطة شرقي نابلس فجر الإثنين")],
    [V("17", "إسرائيل", "فلسطين")])

# 86 a verbal-noun demand renewed by a parliament with a nationality (10, the country); a negated withdrawal (لم تسحب: negated 08) credited to an unnamed MP
rec("بغداد - جدّد مجلس النواب العراقي، في جلسة الأحد، مطالبته الحكومة التركية بإخراج جنودها المتمركزين في قاعدة زليكان شمال شرقي الموصل. ولم تسحب أنقرة أيا من جنودها المنتشرين هناك منذ عام 2015، بحسب نائب عن محافظة نينوى.",
    [IRQ, TUR],
    [Q(None, "لم تسحب أنقرة أيا من جنودها المنتشرين هناك منذ عام 2015")],
    [V("10", "العراق", "تركيا"), V("08", "تركيا", "العراق", True)])

# 87 the Arab League's secretary-general (the body): a condemnation (11) with a participle of speech; a named spokesman's conditional plan is no event
rec("القاهرة - استنكر الأمين العام لجامعة الدول العربية بشدة الغارات الإسرائيلية المتواصلة على جنوب لبنان، معتبرا أنها \"تقوّض اتفاق وقف الأعمال العدائية\". وصرّح السفير هشام الدباغ، المتحدث الرسمي باسم الأمانة العامة للجامعة، بأن الجامعة \"ستطرح الملف على مجلس الأمن إذا لم تتوقف الاعتداءات\".",
    [ARAB, ISR, E("هشام الدباغ", P, None, "الدباغ")],
    [Q("جامعة الدول العربية", "تقوّض اتفاق وقف الأعمال العدائية"),
     Q("هشام الدباغ", "الجامعة \"ستطرح الملف على مجلس الأمن إذا لم تتوقف الاعتداءات\"")],
    [V("11", "جامعة الدول العربية", "إسرائيل")])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "quotes_events_heldout14.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in R:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(R), "records,", sum(len(r["quotes"]) for r in R), "quotes,", sum(len(r["events"]) for r in R), "events ->", out)
