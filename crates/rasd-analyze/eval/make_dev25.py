# Writes eval/quotes_events_dev25.jsonl: a READ dev set (engineers may read its --errors to improve the
# rules; not frozen), written on 2026-11-30 (session 11, 11:26-11:40 UTC; scored at 12:12, once the
# start binary existed) by a new evaluation-set writer who never read the rules
# (crates/rasd-analyze/src) or the lexicons (data/), and who opened no earlier set beyond the headers
# (up to the first def) of make_heldout11.py, make_heldout10.py, make_dev24.py and make_dev23.py,
# make_quotes_events.py's header, and make_heldout11.py's helpers, entity tables and first two
# records for the format. Same format and helpers (E, Q, V, rec; A adds
# aliases a record alone uses) and the annotation guide of make_heldout11.py; all sentences are the
# writer's own and every person named is invented (titles without names stand for real offices only
# through their country or body).
# 5-word sequences shared with all 35 older sets' texts (held-out11 and dev24 included; held-out12,
# being written at the same time, not read) were counted by a script that read only their "text"
# fields and printed only counts, this set's record ids and its shared 5-grams (never the older
# texts): a first draft shared 200 over 59 of 87 records (an expulsion of French diplomats, a
# complaint about arms through a Chadian airport, a tanker in Hormuz, Tripoli clashes, an IAEA access
# complaint and a Houthi missile at a Liberian-flagged ship shared whole runs); 52 records were
# rephrased; 25 remain over 16 records, all names of bodies (the Islamic State in the Sahel, JNIM,
# UKMTO, Chad's FACT, ECOWAS, the Tunis court's terrorism chamber, the IAEA's director-general, the
# Arab League's secretary-general, the AU Peace and Security Council, UNHCR, UNIFIL, the ICC's
# prosecutor's office, AQAP, KSrelief, the GCC).
# Wire items (54) and two- or three-sentence article paragraphs (33) over Niger (Tillaberi), Mali
# (Segou, Kidal, Tinzaouaten, Mopti), Burkina Faso, Chad, Sudan (Kadugli, Kosti, Port Sudan, Kassala,
# El Obeid, Darfur, Adre/Geneina), South Sudan (Nasir), Libya (Tripoli, Benghazi/Kufra, Tarhuna),
# Tunisia (Kasserine, Sfax, Ras Jedir), Algeria/Mali/France, Morocco/Spain, Western Sahara (Polisario),
# Mauritania, Somalia (El Bur, Puntland, Jubaland, Kismayo), Kenya (Mandera), Ethiopia (Amhara)/
# Eritrea/Djibouti/Egypt (GERD), Nigeria (Maiduguri, Borno), ECOWAS/Benin/Togo/Guinea/Sierra Leone,
# Yemen (Gulf of Aden, Marib, Abyan, Aden), Oman, Saudi Arabia, Qatar/Iran, Bahrain, the UAE/Iran,
# Kuwait, Iraq (Kurdistan: Sulaymaniyah, Khor Mor; Baghdad; al-Hol returnees), Syria (Homs, Hasakah),
# Lebanon (south, Hermel), Jordan, Palestine (Qabatiya/Jenin, Gaza, Rafah, Kerem Shalom), Israel,
# Turkey, Italy, Germany, the US, the EU, with UN/AU/ECOWAS/EU/Arab League/GCC bodies, the Security
# Council, the ICC, the IAEA, UNHCR, the WFP, the IOM, OHCHR, UNIFIL, the ICRC, the World Bank, MSF,
# HRW, national Red Crescent/relief/prisoner/crossing bodies and armed groups (ISGS, IS, ISWAP, JNIM,
# Boko Haram, AQAP, RSF, al-Shabaab, the Houthis, Hezbollah, Hamas, the PKK, the SDF, FACT, the FLA,
# Fano, the LNA, Rada, the Security Belt, South Sudan's armed opposition): datelines with and
# without an agency credit, verb-first and subject-first, passives (قُتل، أُرسلت، أُحيل، استُهدف،
# لم تُمنح، أُعيدوا), verbal nouns as events (مقتل، إغلاق، القبض، تعليق، ترحيل، توقيف، استدعاء، عودة
# سفيرها، عدم مشاركتها), relative clauses (التي نفذتها، شارك في، الذي وصل، تبنته), several events in a
# sentence, negation and denials (لم تُمنح، نفى + verbal noun، نفى الاتهامات، يرفضون السماح، رفضت،
# انتهت دون، عدم، لن، لا, and non-events: لم يصدر أي تعليق، لم يعلّق، دون أن يسمي، دون أن يشير),
# statements with no event (d25_38) and a bare statement (01, d25_71), speech over two sentences
# (وأضاف، وتابعت، وأشار النادي، وحذّر البرنامج، وأوضح المسؤول الأممي، من جانبه، من جهتها), quotes
# before their attribution (d25_56 «...»، قال; d25_69 «...»، هكذا لخّصت), credits (بحسب، وفق ما،
# حسبما نقلت وكالة عن مصدر، نقلت وكالة عن مسؤول قوله إن، حسب ما ذكره، بحسب ما أوضحه، وفق ما صرح به),
# participles of speech (قائلا إن، معتبرة أنه، مؤكدا أن، مؤكدة أن، مضيفا أن، مذكرة بأن،
# متوعدا بأن), «» “” "" marks, partly marked complements, scare quotes and namings nobody is quoted
# for (ما يسمى "ولاية حمص"، «حتى إشعار آخر»، «تحفظات جوهرية»، ما وصفته بـ«...»، ووصفها بأنها
# «...»، بما وصفه «...»), numbers and dates (20 أبريل/نيسان 2021، 17 يوليو/تموز 2016); all 20 CAMEO
# roots (19 23, 11 15, 04 13, 17 10, 16 8, 05 7, 08 6, 07 5, 13 5, 02 4, 15 4, 18 4, 01 3, 03 3,
# 06 3, 12 3, 09 2, 10 2, 14 2, 20 1; 6 negated; 7 quotes with a null speaker).
# Scored once, fresh (final file, no record changed after), with the session-start engine
# (/tmp/s11/rasd-start = release binary of 01505f3, built before this file existed), 2026-11-30
# 12:12 UTC, 87 records, 61 gold quotes, 123 gold events (only totals printed, never --errors):
#   rasd eval-events crates/rasd-analyze/eval/quotes_events_dev25.jsonl --entities gold
#     quotes P 0.847 R 0.820 (50/59/61); events P 0.407 R 0.301 (37/91/123), by country 0.418 / 0.309
#   ... --entities analyzer
#     quotes P 0.746 R 0.721 (44/59/61); events P 0.351 R 0.268 (33/94/123), by country 0.383 / 0.293
# Conventions followed (those of make_heldout11.py, heldout10 and dev23/24): a title, ministry, army,
# command, court, broadcaster or guard with a nationality is its country; an unnamed source is null
# (also with a nationality: مصدر مصري مطلع); a named person is the actor (a UN envoy or an ICC deputy
# prosecutor with no country); the title of a body (its secretary-general, its director-general, its
# foreign-policy chief, its prosecutor's office, an organ such as the AU Peace and Security Council or
# ECOWAS's mediation council) is the body; a description or pronoun is the entity it refers back to;
# an act and its consequence are one event; two clauses with the same root and pair are one event;
# the place where something happens is not a target; an accusation codes 11 and not the accused act;
# a denial codes the denied act negated (نفى + verbal noun is no quote); a rejected offer or request
# codes the rejection only; intentions, plans and conditions are no events; reported speech is a quote
# (saying is no 01), but a past act it reports as fact is coded; an accusative of reason or purpose
# (احتجاجا على، تنديدا بـ، ردا على، مطالبا، داعيا، مبررا) and a past act named as a reason or time
# (إثر، بعد، منذ انسحاب، بعد إغلاق) are not coded; a clause credited with بحسب/وفق/حسب to someone is
# that someone's quote (null when unnamed; a named spokesman is the speaker); وصف X بأنه «...» and
# معتبرا إياها «...» describe and are no quote (condemning: 11; praising: 05); a claim of
# responsibility is 01 with no target next to the act; a host or sponsor of talks between two sides
# codes 04 toward each; talks that end without agreement code a negated 05; an official protest (a
# summoned envoy, a complaint to the Security Council) is 11; a statement with no quote and no other
# act is 01 with no target; a broadcast ban is 17 toward the channels' country; a renewed UN mission
# mandate is 07 toward the host; a welcome or praise is 05; a pledge or an offer to host talks is 03;
# a retaken town is 19 toward the group driven out; restoring relations (an ambassador sent back) is
# 05 and reopening a crossing 08; a signed accord is 05 only; an agreement to reopen a crossing later is
# 05 only; a massacre of villagers named without nationality is 20 with a null target; a missile at a
# ship is 19 toward the flag state; a maritime security body of a state (UKMTO) is that state; a
# national Red Crescent society, a prisoners' club and a state relief centre are their own entities
# with a country; a visit or a meeting named in a time phrase (خلال زيارة، خلال اجتماع) is 04;
# delivered arms under a defence accord are 06; strikes on a group inside a third country are 19
# toward the group only; a court's sentence is 11 toward the group the convicts served; a participle
# accusation (متهمة إياه) is 11; a boycott (عدم مشاركتها) is a negated 04 toward the convener;
# sanctions on a group's commanders and a company based elsewhere are one 16 toward the group; a
# truce between two armed bodies announced by a third is 05 from the first named; closing one's
# airspace to a neighbour's flights is 16; a drone strike on a market or a civilian car is 19 with a
# null target, on a state's facility 19 toward the state.
# Choices made where the guide is silent (noted so that a reader can disagree):
# - fighting with a partner's backing (بإسناد من) adds 06 from the backer toward the army (d25_04);
# - a detention named as a state in a relative clause (كانوا معتقلين منذ) is not coded, unlike
#   held-out10's pluperfect act (d25_10); a ground given with بدعوى is a reason, not an 11 (d25_08);
# - a body's own extraordinary session is no event, its call on unnamed member states 02 with a null
#   target and its refusal of a junta's request 12 toward the junta's country (d25_12);
# - no comment (لم يصدر أي تعليق، لم يعلّق) is no event (d25_18, d25_75); a non-naming (دون أن يسمي،
#   دون أن يشير إلى أي اتفاق) is no event and no negated 05 (d25_67, d25_39);
# - reinforcements sent (passive, in a quote) are 15 from the speaker's country; a roadside bomb that a
#   quote only links to a group by marks (تحمل بصمات) has a null source (d25_21);
# - a raid whose reported acts are arrests and homes taken over is one 17 toward Palestine (d25_24);
# - funds allocated to a foreign coast guard are 07; criticism by unnamed groups is 11 with a null
#   source, the named NGO's critical quotes adding no event; forced returns with no agent are not
#   coded (d25_27);
# - a participle threat (متوعدا بأن «...»، متوعدا بـ«...») is 13, as a participle accusation is 11
#   (d25_30, d25_64); حمّله مسؤولية الهجوم is 11 (d25_30);
# - a drone attack on a gas field in Iraqi Kurdistan is 19 toward the regional government (its own
#   entity, IRQ), the federal inquiry 09 with a null target (d25_32);
# - a claimed drone strike on a civilian car and the other side's denial that it targets civilians:
#   the strike is coded once, not negated (d25_33, dev24's d24_57 spirit);
# - a curfew on a city is 17 with a null target (d25_35); arrests of one's own officers for a plot are
#   17 with a null target (d25_67); deportations of residents of mixed nationality with citizens
#   referred to prosecutors are one 17 with a null target (d25_46);
# - a request for arrest warrants is 11 and the investigation the deputy prosecutor's quote reports is
#   09, both toward the group (d25_45);
# - a state broadcaster with a nationality (التلفزيون الإيراني الرسمي) is its country as a speaker
#   (d25_49); a ministry named without a nationality in a record about its country is the country
#   (وزارة الهجرة والمهجرين, d25_54);
# - a veiled threat in reported speech (ستتخذ ما تراه ضروريا) is 13 (d25_52); a conditional threat
#   (لن نبقى مكتوفي الأيدي إذا، أي خطوة أخرى ستُقابل بالمثل) is 13 (d25_56, d25_62); a stated refusal
#   of hypothetical acts (لن ترضى بانتشار، رفض أي محاولة لتهجير) is no event (d25_09, d25_77);
# - citizens handed over from a camp (تسلّم العراق من قوات سوريا الديمقراطية) are 08 from the holder
#   (d25_54);
# - an execution of 60 villagers by soldiers with unnamed foreign fighters: 20 from the army only
#   (d25_58);
# - a past bombing in a relative clause about a convict is coded (18, a market: null target, d25_68);
# - drills condemned in one sentence and narrated in a pluperfect sentence (وكان الحرس قد أعلن اختتام)
#   are coded 15 with no target next to the condemnation (d25_72);
# - an army saying it repelled an attack and inflicted losses: two 19s, one each way (d25_73);
# - the ICRC supervising a unilateral release is not coded (d25_80);
# - a complaint to the Security Council accusing a neighbour is one 11; its denial (نفى هذه الاتهامات)
#   codes the denied passage of military supplies as a negated 07 (d25_81);
# - a refused consular visit is 12 toward the requester's country (d25_82);
# - a street protest and a sit-in by unnamed crowds are 14 with a null source (toward the foreign
#   state, d25_83; toward the agency, with its demand 10, d25_85);
# - an offer to host talks between a federal government and a regional administration is 03 toward
#   each (d25_86); a World Bank pledge at a donors' conference is 03 toward the host country, the
#   conference not coded (d25_87);
# - a claim named in the relative clause of a condemned attack is not coded; the condemnation is 11
#   toward the claimant (d25_29).
import json, os
P, L, O = "person", "location", "organization"
def E(name, t, c=None, *aliases): return {"name": name, "type": t, "country": c, "aliases": [name, *aliases]}
def A(ent, *extra): return {**ent, "aliases": [*ent["aliases"], *extra]}
def Q(s, t): return {"speaker": s, "text": t}
def V(code, s, t, neg=False): return {"code": code, "source": s, "target": t, "negated": neg}
R = []
def rec(text, ents, quotes, events): R.append({"id": f"d25_{len(R)+1:02d}", "text": text, "entities": ents, "quotes": quotes, "events": events})

# countries (aliases: the forms the records use; record-only descriptions are added with A())
NER = E("النيجر", L, "NER", "النيجري", "النيجرية", "نيامي", "نيجري")
MLI = E("مالي", L, "MLI", "المالي", "المالية", "الماليين", "ماليين", "مالية", "باماكو")
BFA = E("بوركينا فاسو", L, "BFA", "واغادوغو")
TCD = E("تشاد", L, "TCD", "التشادية", "نجامينا")
SDN = E("السودان", L, "SDN", "السوداني", "السودانية", "سوداني", "بورتسودان")
SSD = E("جنوب السودان", L, "SSD", "جوبا")
LBY = E("ليبيا", L, "LBY", "الليبي", "الليبية")
TUN = E("تونس", L, "TUN", "تونسيا")
DZA = E("الجزائر", L, "DZA", "الجزائري", "الجزائرية")
MAR = E("المغرب", L, "MAR", "المغربي", "المغربية", "الرباط")
MRT = E("موريتانيا", L, "MRT", "الموريتاني", "الموريتانية", "نواكشوط")
EGY = E("مصر", L, "EGY", "المصري", "المصرية", "مصري", "القاهرة")
SOM = E("الصومال", L, "SOM", "الصومالي", "الصومالية", "مقديشو")
ETH = E("إثيوبيا", L, "ETH", "الإثيوبي", "الإثيوبية", "أديس أبابا")
ERI = E("إريتريا", L, "ERI", "الإريترية", "إريترية", "أسمرة")
KEN = E("كينيا", L, "KEN", "الكينية", "نيروبي")
DJI = E("جيبوتي", L, "DJI", "الجيبوتية")
YEM = E("اليمن", L, "YEM", "اليمنية")
SAU = E("السعودية", L, "SAU", "سعودي", "سعودية")
ARE = E("الإمارات", L, "ARE", "الإماراتية", "أبوظبي")
QAT = E("قطر", L, "QAT", "القطري", "القطرية", "الدوحة")
OMN = E("سلطنة عمان", L, "OMN", "العمانية", "مسقط")
KWT = E("الكويت", L, "KWT", "الكويتية")
BHR = E("البحرين", L, "BHR", "البحريني", "المنامة")
IRQ = E("العراق", L, "IRQ", "العراقي", "العراقية", "بغداد")
SYR = E("سوريا", L, "SYR", "السوري", "السورية", "دمشق")
LBN = E("لبنان", L, "LBN", "اللبناني", "لبنانيين")
JOR = E("الأردن", L, "JOR", "الأردنية", "عمّان")
PSE = E("فلسطين", L, "PSE", "الفلسطينيين", "فلسطينيا")
ISR = E("إسرائيل", L, "ISR", "الإسرائيلي", "الإسرائيلية", "إسرائيلية")
IRN = E("إيران", L, "IRN", "الإيراني", "الإيرانية", "إيراني", "طهران")
TUR = E("تركيا", L, "TUR", "التركية", "تركية", "أنقرة")
FRA = E("فرنسا", L, "FRA", "الفرنسية", "فرنسي", "باريس")
USA = E("الولايات المتحدة", L, "USA", "الأمريكية", "الأمريكي", "أمريكية", "واشنطن")
RUS = E("روسيا", L, "RUS", "الروسي")
ITA = E("إيطاليا", L, "ITA", "الإيطالية", "روما")
ESP = E("إسبانيا", L, "ESP", "الإسبانية")
DEU = E("ألمانيا", L, "DEU", "الألماني")
NGA = E("نيجيريا", L, "NGA", "النيجيري")
BEN = E("بنين", L, "BEN")
TGO = E("توغو", L, "TGO")
SLE = E("سيراليون", L, "SLE")
LBR = E("ليبيريا", L, "LBR")
GIN = E("غينيا", L, "GIN")
# international bodies
UN = E("الأمم المتحدة", O, None, "أمميا", "الأممية")
UNSC = E("مجلس الأمن الدولي", O, None, "مجلس الأمن")
AU = E("الاتحاد الأفريقي", O, None, "الاتحاد")
EU = E("الاتحاد الأوروبي", O, None, "الاتحاد")
ARAB = E("جامعة الدول العربية", O, None, "الجامعة")
GCC = E("مجلس التعاون لدول الخليج العربية", O, None)
ECOWAS = E("المجموعة الاقتصادية لدول غرب أفريقيا", O, None, "إيكواس")
ICC = E("المحكمة الجنائية الدولية", O, None)
IAEA = E("الوكالة الدولية للطاقة الذرية", O, None, "الوكالة")
UNHCR = E("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", O, None)
OHCHR = E("مكتب الأمم المتحدة لحقوق الإنسان", O, None)
WFP = E("برنامج الأغذية العالمي", O, None, "البرنامج")
IOM = E("المنظمة الدولية للهجرة", O, None, "المنظمة")
ICRC = E("اللجنة الدولية للصليب الأحمر", O, None)
WB = E("البنك الدولي", O, None)
MSF = E("منظمة أطباء بلا حدود", O, None, "المنظمة")
HRW = E("منظمة هيومن رايتس ووتش", O, None, "المنظمة")
UNIFIL = E("قوة الأمم المتحدة المؤقتة في لبنان", O, None, "القوة")
# armed groups, movements and national bodies that are their own entities
ISGS = E("تنظيم الدولة الإسلامية في الساحل", O, None)
ISIS = E("تنظيم الدولة الإسلامية", O, None, "داعش")
ISWAP = E("تنظيم ولاية غرب أفريقيا", O, None)
JNIM = E("جماعة نصرة الإسلام والمسلمين", O, None)
BOKO = E("جماعة بوكو حرام", O, "NGA")
AQAP = E("تنظيم القاعدة في جزيرة العرب", O, "YEM")
RSF = E("قوات الدعم السريع", O, "SDN")
SHABAB = E("حركة الشباب", O, "SOM")
HOUTHI = E("جماعة الحوثيين", O, "YEM", "الحوثيين", "جماعة الحوثي")
HEZB = E("حزب الله", O, "LBN", "الحزب")
HAMAS = E("حركة حماس", O, "PSE")
PKK = E("حزب العمال الكردستاني", O, None)
SDF = E("قوات سوريا الديمقراطية", O, "SYR")
FACT = E("جبهة الوفاق من أجل التغيير في تشاد", O, "TCD")
FLA = E("جبهة تحرير أزواد", O, "MLI", "الجبهة")
FANO = E("ميليشيا فانو", O, "ETH")
LNA = E("الجيش الوطني الليبي", O, "LBY")
RADA = E("جهاز الردع", O, "LBY")
POLIS = E("جبهة البوليساريو", O, "ESH")
SPLMIO = E("قوات المعارضة المسلحة", O, "SSD")
BELT = E("قوات الحزام الأمني", O, "YEM")
PUNT = E("ولاية بونتلاند", O, "SOM")
AES = E("تحالف دول الساحل", O, None)
KSR = E("مركز الملك سلمان للإغاثة والأعمال الإنسانية", O, "SAU")
ERC = E("الهلال الأحمر المصري", O, "EGY")

# 1 dateline with agency credit; an army announcing losses it inflicted (verbal noun, no أن: no quote); the ambush named after إثر is a reason and not coded
rec("نيامي (رويترز) - أعلن الجيش النيجري، مساء السبت، مقتل 23 عنصرا من تنظيم الدولة الإسلامية في الساحل خلال عملية برية وجوية في منطقة تيلابيري غربي البلاد، إثر كمين نصبه التنظيم لدورية عسكرية قرب الحدود مع مالي.",
    [NER, ISGS, A(MLI)],
    [],
    [V("19", "النيجر", "تنظيم الدولة الإسلامية في الساحل")])


# 2 unnamed residents (ذكرت مصادر ... أن): a null quote; kidnapped and torched trucks of drivers with no nationality: one 18 with a null target
rec("سيغو - ذكرت مصادر من السكان أن عناصر مسلحة يُرجَّح انتماؤها إلى جماعة نصرة الإسلام والمسلمين اختطفت، الثلاثاء، أربعة سائقي شاحنات على الطريق الرابط بين سيغو وباماكو، وأضرمت النار في مركباتهم.",
    [JNIM, MLI],
    [Q(None, "عناصر مسلحة يُرجَّح انتماؤها إلى جماعة نصرة الإسلام والمسلمين اختطفت، الثلاثاء، أربعة سائقي شاحنات على الطريق الرابط بين سيغو وباماكو، وأضرمت النار في مركباتهم")],
    [V("18", "جماعة نصرة الإسلام والمسلمين", None)])


# 3 three sentences: shelling of city quarters killing civilians (19, null target); a doctors' network's quote (its own entity); its call on unnamed organizations (02, null target)
DOCS = E("شبكة أطباء السودان", O, "SDN", "الشبكة")
rec("كادقلي - قصفت قوات الدعم السريع، فجر الأحد، أحياء سكنية في شرق مدينة كادقلي بالمدفعية الثقيلة، ما أسفر عن مقتل 14 مدنيا بينهم خمسة أطفال. وقالت شبكة أطباء السودان في بيان إن «المستشفى الوحيد الذي ما زال يعمل في المدينة استقبل عشرات الجرحى في ظل نقص حاد في الأدوية وأكياس الدم». ودعت الشبكة المنظمات الإنسانية إلى التدخل العاجل لإجلاء المصابين.",
    [RSF, DOCS],
    [Q("شبكة أطباء السودان", "المستشفى الوحيد الذي ما زال يعمل في المدينة استقبل عشرات الجرحى في ظل نقص حاد في الأدوية وأكياس الدم")],
    [V("19", "قوات الدعم السريع", None), V("02", "شبكة أطباء السودان", None)])


# 4 a retaken town (19 toward the group driven out); fighting with a partner's backing (بإسناد من) adds 06 from the backer toward the army
rec("مقديشو (الأناضول) - استعاد الجيش الصومالي، بإسناد من قوات تابعة للاتحاد الأفريقي، السيطرة على بلدة عيل بور في إقليم غلغدود، بعد معارك استمرت ساعات مع مقاتلي حركة الشباب.",
    [SOM, A(AU, "للاتحاد الأفريقي"), SHABAB],
    [],
    [V("19", "الصومال", "حركة الشباب"), V("06", "الاتحاد الأفريقي", "الصومال")])


# 5 a claim of responsibility (01) next to the act; missiles at a ship are 19 toward the flag state; a maritime body of a state is that state (UKMTO)
rec("صنعاء - أعلنت جماعة الحوثيين، الأربعاء، مسؤوليتها عن إطلاق صاروخين باليستيين على ناقلة بضائع مسجلة في ليبيريا أثناء عبورها خليج عدن، فيما أكدت هيئة عمليات التجارة البحرية البريطانية أن السفينة أصيبت بأضرار طفيفة ولم يُصب أحد من طاقمها.",
    [HOUTHI, LBR, E("بريطانيا", L, "GBR", "البريطانية")],
    [Q("بريطانيا", "السفينة أصيبت بأضرار طفيفة ولم يُصب أحد من طاقمها")],
    [V("01", "جماعة الحوثيين", None), V("19", "جماعة الحوثيين", "ليبيريا")])


# 6 two sentences: a council with a nationality is its country; a named UN envoy is the actor (no country); met and discussed: one 04; the envoy's marked quote
HALV = E("إنغريد هالفورسن", P, None, "هالفورسن")
rec("طرابلس - التقى رئيس المجلس الرئاسي الليبي، الإثنين، المبعوثة الأممية الخاصة إلى ليبيا، إنغريد هالفورسن، وبحث معها سبل إحياء المسار السياسي المتعثر منذ تأجيل الانتخابات. وشددت هالفورسن في تصريح عقب اللقاء على أن «الانتخابات تبقى المخرج الوحيد من حالة الانقسام المؤسسي».",
    [LBY, HALV],
    [Q("إنغريد هالفورسن", "الانتخابات تبقى المخرج الوحيد من حالة الانقسام المؤسسي")],
    [V("04", "ليبيا", "إنغريد هالفورسن")])


# 7 an official protest (a chargé d'affaires summoned) is 11; ما وصفته بـ«...» names and is no quote; the protested act is not coded
rec("الجزائر (د ب أ) - استدعت الخارجية الجزائرية، يوم الخميس، القائم بالأعمال المالي وأبلغته احتجاجها الشديد على ما وصفته بـ«انتهاك متكرر» لمجالها الجوي من قبل مسيّرات يشغّلها الجيش المالي.",
    [DZA, MLI],
    [],
    [V("11", "الجزائر", "مالي")])


# 8 a broadcast ban is 17 toward the channels' country; the ground given (بدعوى) is a reason, not an accusation; «دعاية إرهابية» is a naming, no quote
rec("واغادوغو - وقّعت السلطة العسكرية في بوركينا فاسو قرارا بتجميد بث محطتين فرنسيتين، إحداهما إذاعية والأخرى تلفزيونية، طوال ثلاثة أشهر، بدعوى نشرهما «دعاية إرهابية».",
    [BFA, A(FRA, "فرنسيتين")],
    [],
    [V("17", "بوركينا فاسو", "فرنسا")])


# 9 two sentences: a visit is 04 (the talks it will hold are a plan); a named adviser's partly marked quote; لن تقبل is no event
WARFA = E("عبد الرزاق حاشي ورفا", P, "SOM", "ورفا")
rec("أديس أبابا - وصل الرئيس الصومالي إلى أديس أبابا، مساء الثلاثاء، في زيارة تمتد ليومين يُنتظر أن يلتقي فيها رئيس الوزراء الإثيوبي لبحث أمن الحدود. وقال مستشار الرئاسة الصومالية للشؤون الأمنية، عبد الرزاق حاشي ورفا، للصحفيين إن بلاده «لن ترضى بانتشار قوات أجنبية على أراضيها إلا ضمن البعثة الأفريقية».",
    [SOM, ETH, WARFA],
    [Q("عبد الرزاق حاشي ورفا", "بلاده «لن ترضى بانتشار قوات أجنبية على أراضيها إلا ضمن البعثة الأفريقية»")],
    [V("04", "الصومال", "إثيوبيا")])


# 10 released rebels (08 toward the group); a detention named as a state (كانوا معتقلين) is not coded; the government's partly marked quote inside a relative clause
rec("نجامينا - أفرجت السلطات التشادية، الجمعة، عن 112 من عناصر جبهة الوفاق من أجل التغيير في تشاد كانوا معتقلين منذ 20 أبريل/نيسان 2021، في خطوة قالت الحكومة إن الهدف منها «تنفيذ بنود اتفاق الدوحة للسلام».",
    [A(TCD, "الحكومة"), FACT],
    [Q("تشاد", "الهدف منها «تنفيذ بنود اتفاق الدوحة للسلام»")],
    [V("08", "تشاد", "جبهة الوفاق من أجل التغيير في تشاد")])


# 11 dateline with an agency credit (no speaker); air raids on a group's launchers in a country: 19 toward the group (the country is the place)
rec("بيروت (الوكالة الوطنية للإعلام) - شنّ الطيران الحربي الإسرائيلي، ليلة الأحد إلى الاثنين، غارات متتالية على مرتفعات في جنوب لبنان، مستهدفا منصات صاروخية تابعة لحزب الله.",
    [ISR, LBN, HEZB],
    [],
    [V("19", "إسرائيل", "حزب الله")])


# 12 two sentences: a body's own extraordinary session is no event; its call on unnamed member states (02, null); a rejected request (12 toward the requester)
rec("أبوجا - عقد مجلس الوساطة والأمن التابع للمجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) اجتماعا استثنائيا، الجمعة، خُصص لبحث تصاعد هجمات الجماعات المسلحة على المناطق الشمالية لبنين وتوغو. ودعا المجلس في بيانه الختامي الدول الأعضاء إلى تسريع نشر القوة الإقليمية لمكافحة الإرهاب، ورفض طلبا من المجلس العسكري في غينيا بتخفيف القيود المفروضة على مشاركته في أنشطة المجموعة.",
    [A(ECOWAS, "للمجموعة الاقتصادية لدول غرب أفريقيا", "المجلس", "المجموعة"), BEN, TGO, GIN],
    [],
    [V("02", "المجموعة الاقتصادية لدول غرب أفريقيا", None), V("12", "المجموعة الاقتصادية لدول غرب أفريقيا", "غينيا")])


# 13 a court's prison sentence is 11 toward the group the convicts served; the plot named in the relative clause (ثبت ... تخطيطهم) is not coded
rec("تونس - أصدرت دائرة قضايا الإرهاب في المحكمة الابتدائية بتونس، الأربعاء، أحكاما بالسجن تراوحت بين 8 و24 عاما على ستة متهمين ثبت انتماؤهم إلى تنظيم الدولة الإسلامية وتخطيطهم لاستهداف دوريات أمنية في جبال القصرين.",
    [TUN, ISIS],
    [],
    [V("11", "تونس", "تنظيم الدولة الإسلامية")])


# 14 a dismantled cell (17 toward the group) in coordination with a partner (06 toward the partner)
rec("الرباط - فككت المصالح الأمنية المغربية، في عملية منسقة مع نظيرتها الإسبانية، خلية من أربعة أشخاص يُشتبه في ولائهم لتنظيم داعش، كانوا ينشطون بين طنجة وسبتة.",
    [MAR, ESP, ISIS],
    [],
    [V("17", "المغرب", "تنظيم الدولة الإسلامية"), V("06", "المغرب", "إسبانيا")])


# 15 two sentences: a ministry's reported speech and a second marked complement (وإن «...»): two quotes; strikes on a group inside a third country: 19 toward the group only; the condemnation (11); وصفتها بأنها is no quote; the participle demand (مطالبة) is not coded
rec("أربيل - قالت وزارة الدفاع التركية، الخميس، إن مقاتلاتها أصابت 17 موقعا يستخدمها مقاتلو حزب العمال الكردستاني بجبال متينا والزاب بشمال العراق، وإن «العمليات ستتواصل حتى تطهير المنطقة بالكامل». من جهتها، نددت وزارة الخارجية العراقية بالضربات، ووصفتها بأنها «خرق فاضح للسيادة»، مطالبة أنقرة بسحب قواتها من الأراضي العراقية.",
    [TUR, PKK, IRQ],
    [Q("تركيا", "مقاتلاتها أصابت 17 موقعا يستخدمها مقاتلو حزب العمال الكردستاني بجبال متينا والزاب بشمال العراق"), Q("تركيا", "العمليات ستتواصل حتى تطهير المنطقة بالكامل")],
    [V("19", "تركيا", "حزب العمال الكردستاني"), V("11", "العراق", "تركيا")])


# 16 dateline with agency; arrests and seizures announced with verbal nouns: one 17; the plotted bombing is a plan; a scare-quoted name ("ولاية حمص")
rec("دمشق (سانا) - كشفت وزارة الداخلية في سوريا، الاثنين، عن القبض على سبعة أشخاص مرتبطين بتنظيم الدولة الإسلامية ينتمون إلى ما يسمى \"ولاية حمص\"، كانوا يُعدّون لتفجير سيارة مفخخة في ريف حمص الشرقي، وضبط كميات من المتفجرات والأحزمة الناسفة بحوزتهم.",
    [SYR, ISIS],
    [],
    [V("17", "سوريا", "تنظيم الدولة الإسلامية")])


# 17 a national Red Crescent society is its own entity; an aid convoy into Gaza is 07 toward Palestine
rec("العريش - عبرت 140 شاحنة تحمل أغذية وأدوية، السبت، معبر رفح باتجاه قطاع غزة، ضمن قافلة جديدة أعدها الهلال الأحمر المصري، في أكبر دفعة منذ مطلع الشهر.",
    [ERC, E("فلسطين", L, "PSE", "قطاع غزة")],
    [],
    [V("07", "الهلال الأحمر المصري", "فلسطين")])


# 18 two sentences: a group's claim (reported speech) of fighting an army column and downing its drone: one 19; no comment from the other side is no event
rec("كيدال - قالت جبهة تحرير أزواد، في بيان نشرته على منصاتها، إن مقاتليها تصدوا لرتل من الجيش المالي في محيط تينزاواتين وأسقطوا طائرة مسيّرة كانت ترافقه. ولم يصدر أي تعليق فوري من السلطات في باماكو على ما أوردته الجبهة.",
    [FLA, MLI],
    [Q("جبهة تحرير أزواد", "مقاتليها تصدوا لرتل من الجيش المالي في محيط تينزاواتين وأسقطوا طائرة مسيّرة كانت ترافقه")],
    [V("19", "جبهة تحرير أزواد", "مالي")])


# 19 a host receiving a minister (04); a ruler with his country's name is the country
rec("الدوحة - استقبل أمير دولة قطر، الأحد، وزير الخارجية الإيراني، وتناول اللقاء العلاقات الثنائية وآخر التطورات في منطقة الخليج.",
    [QAT, IRN],
    [],
    [V("04", "قطر", "إيران")])


# 20 a rejected UN proposal (12); the participle of speech معتبرة أنه introduces a marked quote
rec("بورتسودان - رفضت الحكومة السودانية، الثلاثاء، مقترحا أمميا بنشر قوة محايدة لحماية المدنيين في دارفور، معتبرة أنه «يمس بالسيادة الوطنية ويكافئ الميليشيا المتمردة».",
    [SDN, UN],
    [Q("السودان", "يمس بالسيادة الوطنية ويكافئ الميليشيا المتمردة")],
    [V("12", "السودان", "الأمم المتحدة")])


# 21 two sentences: a roadside bomb by an unknown attacker (18, null source); a named police chief: a partly marked quote and a participle quote (مضيفا أن) reporting reinforcements sent (15)
KIPT = E("جوزيف كيبتو", P, "KEN", "كيبتو")
rec("نيروبي - أكدت الشرطة الكينية مقتل خمسة من عناصرها، صباح الخميس، عندما انفجرت عبوة ناسفة مزروعة على جانب الطريق لحظة مرور عربتهم بين مانديرا وإلواك. وقال قائد شرطة المقاطعة، جوزيف كيبتو، إن المؤشرات الأولى «تحمل بصمات حركة الشباب»، مضيفا أن قوات إضافية أُرسلت إلى المنطقة لتمشيطها.",
    [KEN, KIPT, SHABAB],
    [Q("جوزيف كيبتو", "المؤشرات الأولى «تحمل بصمات حركة الشباب»"), Q("جوزيف كيبتو", "قوات إضافية أُرسلت إلى المنطقة لتمشيطها")],
    [V("18", None, "كينيا"), V("15", "كينيا", None)])


# 22 a border crossing closed (verbal noun after قرر) is 16 toward the neighbour; a scare quote; the participle مبررا is not coded
rec("بنغازي - قرر الجيش الوطني الليبي، الجمعة، إغلاق المنفذ البري مع السودان في منطقة الكفرة أمام حركة الأفراد والبضائع «حتى إشعار آخر»، مبررا القرار بتسلل مجموعات مسلحة عبر الحدود.",
    [LNA, SDN],
    [],
    [V("16", "الجيش الوطني الليبي", "السودان")])


# 23 a renewed UN mission mandate is 07 toward the host
rec("نيويورك - وافق أعضاء مجلس الأمن الدولي بالإجماع، مساء الخميس، على تمديد عمل بعثة الأمم المتحدة لدعم اتفاق الحديدة في اليمن اثني عشر شهرا إضافيا.",
    [UNSC, YEM],
    [],
    [V("07", "مجلس الأمن الدولي", "اليمن")])


# 24 two sentences: a raid whose reported acts are arrests and homes taken over: one 17 toward Palestine; a prisoners' club (its own entity) credited with بحسب and continuing (وأشار النادي إلى أن)
PPC = E("نادي الأسير الفلسطيني", O, "PSE", "النادي")
rec("جنين - اقتحمت قوات إسرائيلية، فجر الثلاثاء، بلدة قباطية جنوب جنين، واعتقلت 11 فلسطينيا بينهم طالبان جامعيان، بحسب نادي الأسير الفلسطيني. وأشار النادي إلى أن القوات «حوّلت عددا من المنازل إلى ثكنات عسكرية» خلال العملية التي استمرت ثماني ساعات.",
    [ISR, PPC, PSE],
    [Q("نادي الأسير الفلسطيني", "اقتحمت قوات إسرائيلية، فجر الثلاثاء، بلدة قباطية جنوب جنين، واعتقلت 11 فلسطينيا بينهم طالبان جامعيان"),
     Q("نادي الأسير الفلسطيني", "القوات «حوّلت عددا من المنازل إلى ثكنات عسكرية» خلال العملية التي استمرت ثماني ساعات")],
    [V("17", "إسرائيل", "فلسطين")])


# 25 two sentences: a body's head is the body; inspectors given no access (لم تُمنح إذنا بالوصول) is a negated 08 from the host; the participle appeal (داعيا) is not coded; a description continues the speech (وأوضح المسؤول الأممي)
rec("فيينا - أكد المدير العام للوكالة الدولية للطاقة الذرية أن فرق التفتيش التابعة للوكالة لم تُمنح طوال أربعة أشهر إذنا بالوصول إلى منشأة فوردو الإيرانية، داعيا طهران إلى «تعاون كامل ودون إبطاء». وأوضح المسؤول الأممي أن الوكالة «فقدت القدرة على تتبع» مخزون اليورانيوم المخصب بدرجات عالية.",
    [A(IAEA, "للوكالة الدولية للطاقة الذرية"), A(IRN, "فوردو")],
    [Q("الوكالة الدولية للطاقة الذرية", "فرق التفتيش التابعة للوكالة لم تُمنح طوال أربعة أشهر إذنا بالوصول إلى منشأة فوردو الإيرانية"),
     Q("الوكالة الدولية للطاقة الذرية", "الوكالة «فقدت القدرة على تتبع» مخزون اليورانيوم المخصب بدرجات عالية")],
    [V("08", "إيران", "الوكالة الدولية للطاقة الذرية", True)])


# 26 a phone call (اتصالا هاتفيا بنظيره) is 04
rec("نواكشوط - أجرى وزير الخارجية الموريتاني، الأربعاء، اتصالا هاتفيا بنظيره المالي، بحثا خلاله أوضاع عشرات الآلاف من الماليين اللاجئين في امبره والحوادث المتكررة على الشريط الحدودي.",
    [MRT, MLI],
    [],
    [V("04", "موريتانيا", "مالي")])


# 27 two sentences: funds allocated to a coast guard are 07; criticism by unnamed groups is 11 with a null source; an NGO's marked quote and a continuation with a bare وتابعت; forced returns with no agent are not coded
rec("بروكسل - خصص الاتحاد الأوروبي 45 مليون يورو لدعم خفر السواحل الليبي في مراقبة الحدود البحرية، وهو ما انتقدته منظمات حقوقية. واعتبرت أطباء بلا حدود أن «هذا التمويل يُغذي دائرة من الاحتجاز التعسفي والانتهاكات». وتابعت أن أكثر من ثمانية آلاف مهاجر أُعيدوا قسرا إلى ليبيا منذ مطلع العام.",
    [EU, LBY, A(MSF, "أطباء بلا حدود")],
    [Q("منظمة أطباء بلا حدود", "هذا التمويل يُغذي دائرة من الاحتجاز التعسفي والانتهاكات"),
     Q("منظمة أطباء بلا حدود", "أكثر من ثمانية آلاف مهاجر أُعيدوا قسرا إلى ليبيا منذ مطلع العام")],
    [V("07", "الاتحاد الأوروبي", "ليبيا"), V("11", None, "الاتحاد الأوروبي")])


# 28 passive killing with the attack named (في هجوم شنّته): 19; a credit through an agency to an unnamed source (حسبما نقلت وكالة ... عن مصدر): null quote
rec("مأرب (سبأ) - قُتل ثلاثة من أفراد الجيش اليمني الموالي للحكومة وأصيب خمسة آخرون في هجوم بطائرة مسيّرة مفخخة شنّته جماعة الحوثي على مواقع عسكرية في مديرية حريب، حسبما نقلت وكالة سبأ عن مصدر عسكري.",
    [A(YEM, "اليمني"), HOUTHI],
    [Q(None, "قُتل ثلاثة من أفراد الجيش اليمني الموالي للحكومة وأصيب خمسة آخرون في هجوم بطائرة مسيّرة مفخخة شنّته جماعة الحوثي على مواقع عسكرية في مديرية حريب")],
    [V("19", "جماعة الحوثيين", "اليمن")])


# 29 a condemned attack codes only the condemnation (11 toward the group that claimed it; the claim in the relative clause is not coded)
rec("القاهرة - دان الأمين العام لجامعة الدول العربية، الجمعة، الهجوم الانتحاري الذي تبنته جماعة بوكو حرام على مسجد في مدينة مايدوغوري بشمال شرق نيجيريا، وأوقع عشرات القتلى بين المصلين.",
    [ARAB, BOKO, NGA],
    [],
    [V("11", "جامعة الدول العربية", "جماعة بوكو حرام")])


# 30 two sentences: a drone strike on fuel depots of a state port by an unknown attacker (19 toward the state); a named governor holds a force responsible (حمّل ... مسؤولية: 11) and threatens in a participle (متوعدا بأن, coded 13) with a marked quote
FADIL = E("الطيب عثمان فضيل", P, "SDN", "فضيل")
rec("كوستي - استهدفت مسيّرة، فجر الجمعة، مخازن للوقود في ميناء كوستي النهري بولاية النيل الأبيض السودانية، ما أدى إلى اندلاع حريق ضخم استمر ساعات. وحمّل والي النيل الأبيض، الطيب عثمان فضيل، قوات الدعم السريع مسؤولية الهجوم، متوعدا بأن «الرد سيكون في الميدان».",
    [SDN, FADIL, RSF],
    [Q("الطيب عثمان فضيل", "الرد سيكون في الميدان")],
    [V("19", None, "السودان"), V("11", "الطيب عثمان فضيل", "قوات الدعم السريع"), V("13", "الطيب عثمان فضيل", "قوات الدعم السريع")])


# 31 an ambassador sent back (restored relations) is 05; his recall named after بعد and the prepared cooperation (تمهد لـ) are not coded
rec("نيامي - أعلنت السلطات النيجرية، الاثنين، عودة سفيرها إلى الجزائر بعد نحو عام من استدعائه، في خطوة تمهد لاستئناف التعاون الأمني بين البلدين.",
    [NER, DZA],
    [],
    [V("05", "النيجر", "الجزائر")])


# 32 two sentences: a drone attack on a gas field by an unknown attacker: 19 toward the regional government (its own entity) credited with وفق; a federal inquiry with no named party: 09, null target
KRG = E("حكومة إقليم كردستان", O, "IRQ", "حكومة الإقليم", "إقليم كردستان")
rec("السليمانية - استُهدف حقل كورمور الغازي في إقليم كردستان، ليل الجمعة، بطائرتين مسيّرتين، فتوقف جزء من الإنتاج، وفق ما أعلنته وزارة الثروات الطبيعية في حكومة الإقليم، التي لم تحدد الجهة المنفذة. وأعلنت الحكومة الاتحادية في بغداد تشكيل لجنة تحقيق عليا لكشف ملابسات الهجوم.",
    [KRG, IRQ],
    [Q("حكومة إقليم كردستان", "استُهدف حقل كورمور الغازي في إقليم كردستان، ليل الجمعة، بطائرتين مسيّرتين، فتوقف جزء من الإنتاج")],
    [V("19", None, "حكومة إقليم كردستان"), V("09", "العراق", None)])


# 33 two sentences: a group's claim of a drone strike on a civilian car (19, null target); the other side's denial that it targets civilians does not negate it (the strike is coded once); the participle مؤكدة أن introduces a partly marked quote
rec("الحسكة - قالت قوات سوريا الديمقراطية إن مسيّرة تركية قصفت، الأحد، سيارة مدنية على طريق القامشلي - عامودا وقتلت راكبيها الاثنين. ونفت وزارة الدفاع التركية استهداف أي مدنيين، مؤكدة أن عملياتها «تقتصر على عناصر إرهابية» تهدد أمن الحدود.",
    [SDF, TUR],
    [Q("قوات سوريا الديمقراطية", "مسيّرة تركية قصفت، الأحد، سيارة مدنية على طريق القامشلي - عامودا وقتلت راكبيها الاثنين"),
     Q("تركيا", "عملياتها «تقتصر على عناصر إرهابية» تهدد أمن الحدود")],
    [V("19", "تركيا", None)])


# 34 a foiled smuggling attempt with smugglers killed in a clash: 19 with a null target
rec("عمّان - أحبطت القوات المسلحة الأردنية، فجر السبت، محاولة لإدخال شحنة كبيرة من حبوب الكبتاغون عبر الشريط الحدودي مع سوريا، وقتلت اثنين من المهربين في اشتباك مسلح معهم.",
    [JOR, SYR],
    [],
    [V("19", "الأردن", None)])


# 35 residents' report (أفاد سكان بأن): null quote; clashes between an army and a militia: 19 from the first named; a curfew imposed on a city: 17 with a null target
rec("بحر دار - أفاد سكان بأن اشتباكات عنيفة اندلعت، الثلاثاء، بين وحدات من الجيش الإثيوبي وعناصر ميليشيا فانو في محيط بلدة ديبري ماركوس، فيما فرضت السلطات حظر تجول ليليا في المدينة.",
    [ETH, A(FANO, "فانو")],
    [Q(None, "اشتباكات عنيفة اندلعت، الثلاثاء، بين وحدات من الجيش الإثيوبي وعناصر ميليشيا فانو في محيط بلدة ديبري ماركوس")],
    [V("19", "إثيوبيا", "ميليشيا فانو"), V("17", "إثيوبيا", None)])


# 36 two sentences: a summoned ambassador told of a formal objection (11); the ministry continues (وقالت الوزارة) with a partly marked quote; the participle demand (مجددة مطالبتها) is not coded
rec("أبوظبي - استدعت وزارة الخارجية الإماراتية السفير الإيراني وأبلغته اعتراضها الرسمي على تصريحات صدرت عن قائد عسكري إيراني بشأن الجزر الثلاث. وقالت الوزارة إن هذه التصريحات «استفزازية ولا تخدم جهود التهدئة»، مجددة مطالبتها طهران بالقبول بالتحكيم الدولي.",
    [A(ARE, "الوزارة"), IRN],
    [Q("الإمارات", "هذه التصريحات «استفزازية ولا تخدم جهود التهدئة»")],
    [V("11", "الإمارات", "إيران")])


# 37 an AU organ is the AU; keeping a country's membership suspended is 16
rec("أديس أبابا - قرر مجلس السلم والأمن التابع للاتحاد الأفريقي، في ختام اجتماعه الأخير، الإبقاء على تعليق عضوية السودان في أنشطة الاتحاد حتى قيام حكومة مدنية انتقالية.",
    [A(AU, "للاتحاد الأفريقي"), SDN],
    [],
    [V("16", "الاتحاد الأفريقي", "السودان")])


# 38 a statement with a quote and no event (refugees crossing)
rec("أدري - قالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن نحو 9 آلاف سوداني عبروا إلى شرق تشاد خلال الأسبوع الماضي وحده، هربا من المعارك في الجنينة وما حولها.",
    [UNHCR, SDN, TCD],
    [Q("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "نحو 9 آلاف سوداني عبروا إلى شرق تشاد خلال الأسبوع الماضي وحده، هربا من المعارك في الجنينة وما حولها")],
    [])


# 39 two sentences: a junta head receiving a bloc's delegation (04 toward the bloc; the minister heading it acts for the bloc); a withdrawal named in a time phrase (منذ انسحاب) is not coded; talks with no agreement mentioned: no negated 05
rec("نيامي - استقبل قائد السلطة العسكرية في النيجر، الخميس، بعثة من المجموعة الاقتصادية لدول غرب أفريقيا برئاسة وزير خارجية سيراليون، وهي الزيارة الأولى منذ انسحاب نيامي من المنظمة الإقليمية. وأوضح بيان رسمي نيجري أن المحادثات تناولت «التعاون في مواجهة الإرهاب وتنقل الأشخاص والبضائع»، دون أن يشير إلى أي اتفاق.",
    [NER, A(ECOWAS, "المنظمة الإقليمية"), SLE],
    [Q("النيجر", "المحادثات تناولت «التعاون في مواجهة الإرهاب وتنقل الأشخاص والبضائع»")],
    [V("04", "النيجر", "المجموعة الاقتصادية لدول غرب أفريقيا")])


# 40 a command with a nationality is its country; reported speech with a marked tail
rec("واشنطن - قالت القيادة المركزية الأمريكية إن قواتها دمرت، الإثنين، أربعة زوارق مسيّرة وثلاث منصات لإطلاق الصواريخ في مناطق خاضعة لسيطرة الحوثيين، كانت «تشكل تهديدا وشيكا» للملاحة في البحر الأحمر.",
    [USA, HOUTHI],
    [Q("الولايات المتحدة", "قواتها دمرت، الإثنين، أربعة زوارق مسيّرة وثلاث منصات لإطلاق الصواريخ في مناطق خاضعة لسيطرة الحوثيين، كانت «تشكل تهديدا وشيكا» للملاحة في البحر الأحمر")],
    [V("19", "الولايات المتحدة", "جماعة الحوثيين")])


# 41 a signed accord is 05; a visit named in a time phrase (خلال زيارة) is 04
rec("جيبوتي - وقعت جيبوتي وإثيوبيا، الأربعاء، اتفاقية لتطوير ممر لوجستي جديد يربط ميناء تاجورة بالأراضي الإثيوبية، خلال زيارة قام بها وزير النقل الإثيوبي إلى العاصمة الجيبوتية.",
    [DJI, ETH],
    [],
    [V("05", "جيبوتي", "إثيوبيا"), V("04", "إثيوبيا", "جيبوتي")])


# 42 two sentences: gunfire by unknown men at a UN patrol (19, null source); the force's call on the army (02); a participle of speech (مذكرة بأن) with “” marks
rec("الناقورة - قالت قوة الأمم المتحدة المؤقتة في لبنان إن دورية تابعة لها تعرضت، مساء السبت، لإطلاق نار من مجهولين قرب بلدة رميش، دون وقوع إصابات. ودعت القوة في بيانها الجيش اللبناني إلى فتح تحقيق فوري في الحادث، مذكرة بأن “استهداف حفظة السلام قد يرقى إلى جريمة حرب”.",
    [UNIFIL, LBN],
    [Q("قوة الأمم المتحدة المؤقتة في لبنان", "دورية تابعة لها تعرضت، مساء السبت، لإطلاق نار من مجهولين قرب بلدة رميش، دون وقوع إصابات"),
     Q("قوة الأمم المتحدة المؤقتة في لبنان", "استهداف حفظة السلام قد يرقى إلى جريمة حرب")],
    [V("19", None, "قوة الأمم المتحدة المؤقتة في لبنان"), V("02", "قوة الأمم المتحدة المؤقتة في لبنان", "لبنان")])


# 43 a front's claim of shelling (19 from its quote); a source denying losses (نفى + verbal noun) denies no act and is no quote
rec("العيون - قالت جبهة البوليساريو إن وحداتها قصفت مواقع للجيش المغربي في منطقة المحبس، فيما نفى مصدر عسكري مغربي تسجيل أي خسائر.",
    [POLIS, MAR],
    [Q("جبهة البوليساريو", "وحداتها قصفت مواقع للجيش المغربي في منطقة المحبس")],
    [V("19", "جبهة البوليساريو", "المغرب")])


# 44 talks hosted by a third state (04 between the sides, 04 from the host toward each); ended without agreement: negated 05; credited to two unnamed sources (null)
rec("مسقط - استضافت العاصمة العمانية، على مدى يومين، جولة مشاورات غير معلنة بين وفد سعودي وآخر من جماعة الحوثيين بشأن ملف الأسرى، انتهت دون التوصل إلى اتفاق على قوائم التبادل، وفق ما قاله مصدران مطلعان.",
    [OMN, SAU, HOUTHI],
    [Q(None, "استضافت العاصمة العمانية، على مدى يومين، جولة مشاورات غير معلنة بين وفد سعودي وآخر من جماعة الحوثيين بشأن ملف الأسرى، انتهت دون التوصل إلى اتفاق على قوائم التبادل")],
    [V("04", "السعودية", "جماعة الحوثيين"), V("04", "سلطنة عمان", "السعودية"), V("04", "سلطنة عمان", "جماعة الحوثيين"), V("05", "السعودية", "جماعة الحوثيين", True)])


# 45 three sentences: a prosecutor's office requesting arrest warrants is 11 toward the group; the suspected killings are not coded; a named deputy's quote reports an investigation (09); a continuation with a bare وأضاف
LIND = E("بيتر فان ديلين", P, None, "فان ديلين")
rec("لاهاي - كشف مكتب المدعي العام للمحكمة الجنائية الدولية، الخميس، أنه تقدم بطلب لإصدار مذكرتي توقيف بحق اثنين من القادة الميدانيين لقوات الدعم السريع، يُشتبه في وقوفهما وراء عمليات قتل ذات طابع عرقي في غرب دارفور. وقال نائب المدعي العام، بيتر فان ديلين، إن فريق التحقيق «جمع شهادات أكثر من 300 ناجٍ وأدلة رقمية لا تقبل الشك». وأضاف أن المكتب «لن يتردد في توسيع نطاق التحقيق ليشمل جهات أخرى».",
    [A(ICC, "للمحكمة الجنائية الدولية", "مكتب المدعي العام", "المكتب"), RSF, LIND],
    [Q("المحكمة الجنائية الدولية", "تقدم بطلب لإصدار مذكرتي توقيف بحق اثنين من القادة الميدانيين لقوات الدعم السريع، يُشتبه في وقوفهما وراء عمليات قتل ذات طابع عرقي في غرب دارفور"),
     Q("بيتر فان ديلين", "فريق التحقيق «جمع شهادات أكثر من 300 ناجٍ وأدلة رقمية لا تقبل الشك»"),
     Q("بيتر فان ديلين", "المكتب «لن يتردد في توسيع نطاق التحقيق ليشمل جهات أخرى»")],
    [V("11", "المحكمة الجنائية الدولية", "قوات الدعم السريع"), V("09", "المحكمة الجنائية الدولية", "قوات الدعم السريع")])


# 46 deportations of residents of mixed nationality and referrals of citizens: one 17 with a null target (passive أُحيل)
rec("الكويت - أعلنت وزارة الداخلية الكويتية، الأحد، ترحيل 37 وافدا من جنسيات مختلفة بعد ثبوت تورطهم في جمع تبرعات لصالح جهات مصنفة إرهابية، فيما أُحيل ثلاثة مواطنين إلى النيابة العامة.",
    [KWT],
    [],
    [V("17", "الكويت", None)])


# 47 joint manoeuvres of an alliance near a border: 15 with no target
rec("باماكو - اختتمت قوات تحالف دول الساحل، الجمعة، مناورات عسكرية مشتركة استمرت عشرة أيام قرب الحدود مع موريتانيا، بمشاركة وحدات برية وجوية من مالي وبوركينا فاسو والنيجر.",
    [AES, MRT, MLI, BFA, NER],
    [],
    [V("15", "تحالف دول الساحل", None)])


# 48 two sentences: clashes between an armed apparatus and a ministry's brigade (19 from the first named); a truce announced by a third party: 05 from the first named, the unnamed mediators not coded; the participle demand is not coded
rec("طرابلس - دارت مواجهات بالأسلحة الثقيلة، ليلة الأربعاء، بين عناصر جهاز الردع وكتيبة تابعة لوزارة الدفاع الليبية في حي سوق الجمعة، وتوقفت على إثرها الملاحة في مطار معيتيقة وحُوّلت الرحلات إلى مصراتة. وأعلن المجلس الرئاسي لاحقا التوصل إلى وقف لإطلاق النار بوساطة من أعيان المدينة، مطالبا الطرفين بسحب عناصرهما من الشوارع.",
    [RADA, A(LBY, "المجلس الرئاسي")],
    [],
    [V("19", "جهاز الردع", "ليبيا"), V("05", "جهاز الردع", "ليبيا")])


# 49 a seized foreign tanker with no flag named: 17, null target; a state broadcaster with a nationality is the country (credited with وفق)
rec("طهران (إرنا) - احتجزت القوات البحرية للحرس الثوري الإيراني، السبت، ناقلة أجنبية في هرمز للاشتباه في تهريبها مليوني لتر من الوقود، وسحبتها إلى بندر عباس، وفق ما ذكره التلفزيون الإيراني الرسمي.",
    [IRN],
    [Q("إيران", "احتجزت القوات البحرية للحرس الثوري الإيراني، السبت، ناقلة أجنبية في هرمز للاشتباه في تهريبها مليوني لتر من الوقود، وسحبتها إلى بندر عباس")],
    [V("17", "إيران", None)])


# 50 an unnamed source with a nationality is null; a delegation's talks with a state's intelligence service: 04
rec("القاهرة - قال مصدر مصري مطلع إن وفدا من حركة حماس عقد، مساء الاثنين، جلسة مباحثات مع مسؤولين في جهاز المخابرات العامة المصرية تناولت ترتيبات تبادل الأسرى وإدخال المساعدات إلى القطاع.",
    [HAMAS, EGY],
    [Q(None, "وفدا من حركة حماس عقد، مساء الاثنين، جلسة مباحثات مع مسؤولين في جهاز المخابرات العامة المصرية تناولت ترتيبات تبادل الأسرى وإدخال المساعدات إلى القطاع")],
    [V("04", "حركة حماس", "مصر")])


# 51 three sentences: a regional state's forces take a group's last strongholds (19); its named minister's partly marked quote; an ambassador's praise with a naming (أشاد بما وصفه «...»): 05, no quote
FARAH = E("محمود عيديد فارح", P, "SOM", "فارح")
rec("بوصاصو - أعلنت قوات ولاية بونتلاند سيطرتها على آخر معاقل تنظيم داعش في جبال كال مسكاد، بعد حملة عسكرية استمرت ثلاثة أشهر. وقال وزير الأمن في الولاية، محمود عيديد فارح، إن قواته «قتلت أكثر من 150 مسلحا، بينهم أجانب». وأشاد السفير الأمريكي لدى الصومال بما وصفه «إنجازا كبيرا في الحرب على الإرهاب».",
    [A(PUNT, "الولاية"), ISIS, FARAH, USA, SOM],
    [Q("محمود عيديد فارح", "قواته «قتلت أكثر من 150 مسلحا، بينهم أجانب»")],
    [V("19", "ولاية بونتلاند", "تنظيم الدولة الإسلامية"), V("05", "الولايات المتحدة", "ولاية بونتلاند")])


# 52 a minister's criticism (11); the act criticized is not coded; a veiled threat in reported speech (ستتخذ ما تراه ضروريا): 13
rec("القاهرة - انتقد وزير الموارد المائية المصري، الثلاثاء، شروع إثيوبيا في المرحلة السادسة من تعبئة خزان سد النهضة «بشكل أحادي»، مؤكدا أن القاهرة «ستتخذ ما تراه ضروريا لصون حقوقها المائية».",
    [EGY, ETH],
    [Q("مصر", "القاهرة «ستتخذ ما تراه ضروريا لصون حقوقها المائية»")],
    [V("11", "مصر", "إثيوبيا"), V("13", "مصر", "إثيوبيا")])


# 53 deported nationals: 17 toward their country; the accord named as a basis is not coded
rec("روما - أعلنت السلطات الإيطالية، الخميس، ترحيل 45 مهاجرا تونسيا على متن رحلة خاصة من مطار باليرمو، بموجب اتفاق إعادة القبول الموقع مع تونس.",
    [ITA, TUN],
    [],
    [V("17", "إيطاليا", "تونس")])


# 54 two sentences: citizens handed over from a camp (تسلّم X من Y): 08 from Y; a ministry without a nationality, named in the record as Iraqi by context, is the country; a quote with a scare-quoted term
rec("بغداد - تسلّم العراق، الأحد، من قوات سوريا الديمقراطية دفعة جديدة تضم 640 من مواطنيه المقيمين في مخيم الهول، بينهم عائلات لعناصر في تنظيم الدولة الإسلامية. وأوضحت وزارة الهجرة والمهجرين أن العائدين نُقلوا إلى مركز الجدعة للتأهيل جنوبي الموصل، حيث سيخضعون لبرامج «إعادة دمج» تشرف عليها الأمم المتحدة.",
    [A(IRQ, "وزارة الهجرة والمهجرين"), SDF, ISIS, UN],
    [Q("العراق", "العائدين نُقلوا إلى مركز الجدعة للتأهيل جنوبي الموصل، حيث سيخضعون لبرامج «إعادة دمج» تشرف عليها الأمم المتحدة")],
    [V("08", "قوات سوريا الديمقراطية", "العراق")])


# 55 an ambassador given a deadline to leave is 16; the participle accusation (متهمة إياه) is 11
rec("نجامينا - منحت الحكومة التشادية السفير الألماني مهلة 48 ساعة كي يغادر البلاد، متهمة إياه بـ«التدخل في الشؤون الداخلية» و«عدم احترام الأعراف الدبلوماسية».",
    [TCD, DEU],
    [],
    [V("16", "تشاد", "ألمانيا"), V("11", "تشاد", "ألمانيا")])


# 56 a quote standing before its attribution (verb after the quote); a conditional threat is 13; a body's head is the body
rec("«لن نبقى مكتوفي الأيدي إذا استمرت الغارات على قرانا الحدودية»، قال الأمين العام لحزب الله خلال خطاب بثته قناة المنار مساء الجمعة، في إشارة إلى الضربات الإسرائيلية الأخيرة.",
    [HEZB, ISR],
    [Q("حزب الله", "لن نبقى مكتوفي الأيدي إذا استمرت الغارات على قرانا الحدودية")],
    [V("13", "حزب الله", "إسرائيل")])


# 57 two sentences: an agency's reported speech over two clauses (إن ... وإن): two quotes; fighters refusing a convoy passage: negated 08 toward the agency; a warning with a description (وحذّر البرنامج من أن) is a quote, no event
rec("الخرطوم - قال برنامج الأغذية العالمي إن قافلة تضم 28 شاحنة محملة بالمساعدات ما زالت عالقة عند نقطة تفتيش شمال الأبيض، وإن عناصر قوات الدعم السريع يرفضون منذ عشرة أيام السماح لها بالعبور. وحذّر البرنامج من أن «آلاف الأسر في جنوب كردفان ستواجه المجاعة خلال أسابيع إذا لم تصل الإمدادات».",
    [WFP, RSF],
    [Q("برنامج الأغذية العالمي", "قافلة تضم 28 شاحنة محملة بالمساعدات ما زالت عالقة عند نقطة تفتيش شمال الأبيض"),
     Q("برنامج الأغذية العالمي", "عناصر قوات الدعم السريع يرفضون منذ عشرة أيام السماح لها بالعبور"),
     Q("برنامج الأغذية العالمي", "آلاف الأسر في جنوب كردفان ستواجه المجاعة خلال أسابيع إذا لم تصل الإمدادات")],
    [V("08", "قوات الدعم السريع", "برنامج الأغذية العالمي", True)])


# 58 a watchdog's report of a mass execution of villagers named without nationality: 20 with a null target (the unnamed foreign fighters are not coded); واصفة ما جرى بأنه «...» is no quote (condemns: 11)
rec("موبتي - ذكرت منظمة هيومن رايتس ووتش أن جنودا ماليين ومقاتلين أجانب يرافقونهم قتلوا رميا بالرصاص 60 رجلا على الأقل من قرية ديالي بوسط البلاد على مدى يومين، واصفة ما جرى بأنه «من أسوأ الفظائع منذ سنوات».",
    [HRW, MLI],
    [Q("منظمة هيومن رايتس ووتش", "جنودا ماليين ومقاتلين أجانب يرافقونهم قتلوا رميا بالرصاص 60 رجلا على الأقل من قرية ديالي بوسط البلاد على مدى يومين")],
    [V("20", "مالي", None), V("11", "منظمة هيومن رايتس ووتش", "مالي")])


# 59 two sentences: a joint statement of an agreement (05 from the first named); a visit in the next sentence with a meeting in it: one 04
rec("المنامة - أعلنت مملكة البحرين ودولة قطر، في بيان مشترك الأربعاء، اتفاقهما على تشكيل لجنة فنية لترسيم الحدود البحرية وتسوية قضايا الصيادين العالقة. وجاء الإعلان في ختام زيارة أجراها وزير الخارجية القطري إلى المنامة استمرت يومين، والتقى خلالها ولي العهد البحريني.",
    [BHR, QAT],
    [],
    [V("05", "البحرين", "قطر"), V("04", "قطر", "البحرين")])


# 60 a reopened crossing is 08; the closure named after بعد is not coded
rec("كوتونو - أعادت السلطات النيجرية فتح معبر مالانفيل الحدودي مع بنين أمام حركة الشاحنات، بعد إغلاق استمر أكثر من عام على خلفية توتر سياسي بين البلدين.",
    [NER, BEN],
    [],
    [V("08", "النيجر", "بنين")])


# 61 a credit through an agency (نقلت وكالة ... عن مسؤول قوله إن): null quote; armoured vehicles and drones delivered under a defence accord: 06
rec("مقديشو - نقلت وكالة الأنباء الصومالية الرسمية عن مسؤول في وزارة الدفاع قوله إن تركيا سلّمت الجيش الصومالي، الخميس، شحنة تضم مدرعات وطائرات مسيّرة، بموجب اتفاق دفاعي أبرمه البلدان قبل عامين.",
    [TUR, SOM],
    [Q(None, "تركيا سلّمت الجيش الصومالي، الخميس، شحنة تضم مدرعات وطائرات مسيّرة، بموجب اتفاق دفاعي أبرمه البلدان قبل عامين")],
    [V("06", "تركيا", "الصومال")])


# 62 two sentences: diplomats ordered out (16); the expulsion named after ردا على is not coded; two marked quotes of the minister (“” marks), the second a conditional threat (13)
rec("الجزائر - أمرت السلطات الجزائرية تسعة من العاملين في البعثة الدبلوماسية الفرنسية بمغادرة البلاد في غضون يومين، وذلك ردا على قرار باريس إبعاد دبلوماسيين جزائريين. وأكد رئيس الدبلوماسية الجزائرية أن بلاده “لم تكن البادئة بالتصعيد”، وأن “أي خطوة أخرى ستُقابل بالمثل”.",
    [DZA, FRA],
    [Q("الجزائر", "بلاده “لم تكن البادئة بالتصعيد”"), Q("الجزائر", "أي خطوة أخرى ستُقابل بالمثل")],
    [V("16", "الجزائر", "فرنسا"), V("13", "الجزائر", "فرنسا")])


# 63 a demand (طالب ... بإجراء تحقيق) is 10; the mass grave found is not coded
rec("جنيف - طالب مكتب الأمم المتحدة لحقوق الإنسان السلطات الليبية بإجراء تحقيق مستقل في مقبرة جماعية عُثر فيها على رفات 19 شخصا في ترهونة، وبمحاسبة المسؤولين عنها.",
    [OHCHR, LBY],
    [],
    [V("10", "مكتب الأمم المتحدة لحقوق الإنسان", "ليبيا")])


# 64 two sentences: a suicide car bomb on a checkpoint of a security force (18 toward the force, its own entity); the claim (01) in the next sentence; the participle threat متوعدا بـ«...» is 13 (naming, no quote)
rec("زنجبار - قُتل ستة من عناصر قوات الحزام الأمني، الثلاثاء، في هجوم انتحاري بسيارة مفخخة استهدف نقطة تفتيش في مديرية مودية بمحافظة أبين جنوبي اليمن. وتبنى تنظيم القاعدة في جزيرة العرب الهجوم في بيان تداولته حسابات موالية له، متوعدا بـ«مزيد من العمليات».",
    [BELT, AQAP, E("اليمن", L, "YEM")],
    [],
    [V("18", "تنظيم القاعدة في جزيرة العرب", "قوات الحزام الأمني"), V("01", "تنظيم القاعدة في جزيرة العرب", None), V("13", "تنظيم القاعدة في جزيرة العرب", "قوات الحزام الأمني")])


# 65 a denial (نفى + verbal noun) codes the denied troop build-up as a negated 15; ووصفها بأنها «...» (condemns) is 11, no quote
rec("أسمرة - نفى وزير الإعلام الإريتري، الاثنين، تقارير عن حشد قوات إريترية على الحدود مع إقليم تيغراي الإثيوبي، ووصفها بأنها «أكاذيب تروّج لها أديس أبابا لتبرير الحرب».",
    [A(ERI, "الإريتري"), ETH],
    [],
    [V("15", "إريتريا", "إثيوبيا", True), V("11", "إريتريا", "إثيوبيا")])


# 66 food baskets distributed by a state relief centre (its own entity): 07
rec("كسلا - وزّع مركز الملك سلمان للإغاثة والأعمال الإنسانية، خلال الأسبوع الجاري، 1200 سلة غذائية على الأسر النازحة في ولاية كسلا السودانية.",
    [KSR, SDN],
    [],
    [V("07", "مركز الملك سلمان للإغاثة والأعمال الإنسانية", "السودان")])


# 67 two sentences: a foiled plot announced (scare quotes) and officers arrested: 17, null target; the government's quote inside a relative clause (قالت إن); a named minister's quote; دون أن يسمي is no event
SANOU = E("إبراهيم سانو", P, "BFA", "سانو")
rec("واغادوغو - كشفت سلطات المرحلة الانتقالية في بوركينا فاسو عن إحباط «محاولة لزعزعة استقرار البلاد» قالت إن ضباطا في الجيش خططوا لها بدعم من «جهات أجنبية»، واعتقال عدد منهم. وقال وزير الأمن، إبراهيم سانو، في كلمة عبر التلفزيون الرسمي إن «المتآمرين تلقوا تمويلا من الخارج»، دون أن يسمي أي دولة.",
    [A(BFA, "سلطات المرحلة الانتقالية"), SANOU],
    [Q("بوركينا فاسو", "ضباطا في الجيش خططوا لها بدعم من «جهات أجنبية»"), Q("إبراهيم سانو", "المتآمرين تلقوا تمويلا من الخارج")],
    [V("17", "بوركينا فاسو", None)])


# 68 a death sentence is 11 toward the group; a past bombing in a relative clause is coded (18, market: null target)
rec("بغداد - أصدرت محكمة جنايات الرصافة في العراق حكما بالإعدام شنقا بحق مدان بالانتماء إلى تنظيم داعش، شارك في تفجير سوق شعبي ببغداد في 17 يوليو/تموز 2016.",
    [IRQ, ISIS],
    [],
    [V("11", "العراق", "تنظيم الدولة الإسلامية"), V("18", "تنظيم الدولة الإسلامية", None)])


# 69 two sentences: sanctions on a group's commanders and a company based elsewhere: one 16 toward the group; a quote before its attribution (هكذا لخّصت); the title of a body is the body
rec("بروكسل - أدرج الاتحاد الأوروبي ثلاثة من قادة قوات الدعم السريع وشركة لتجارة الذهب مسجلة في دبي على قائمة عقوباته، بتهمة المساهمة في تمويل الحرب. «الإفلات من العقاب لم يعد خيارا»، هكذا لخّصت الممثلة العليا للسياسة الخارجية الأوروبية موقف بروكسل.",
    [A(EU, "الأوروبية", "بروكسل"), RSF],
    [Q("الاتحاد الأوروبي", "الإفلات من العقاب لم يعد خيارا")],
    [V("16", "الاتحاد الأوروبي", "قوات الدعم السريع")])


# 70 an agreement to reopen a crossing and form a joint team is 05 only (the reopening is to come); a meeting in a time phrase (خلال اجتماع) is 04
rec("تونس - اتفقت تونس وليبيا، خلال اجتماع لوزيري الداخلية في جربة، على استئناف العمل في منفذ رأس جدير لعبور المسافرين ابتداء من الأسبوع المقبل، وتشكيل فريق أمني مشترك لمراقبة المنطقة الحدودية.",
    [TUN, LBY],
    [],
    [V("05", "تونس", "ليبيا"), V("04", "تونس", "ليبيا")])


# 71 a terse statement with no quote and no other act: 01 with no target; a law passed by a parliament is domestic (not coded); a scare quote
HCS = E("المجلس الأعلى للدولة", O, "LBY")
rec("طرابلس - نشر المجلس الأعلى للدولة في ليبيا بيانا مقتضبا، مساء الخميس، حول قانون الانتخابات الذي أقره مجلس النواب، اكتفى فيه بالإشارة إلى «تحفظات جوهرية» ستُعلن لاحقا.",
    [HCS, LBY],
    [],
    [V("01", "المجلس الأعلى للدولة", None)])


# 72 two sentences: a bloc's condemnation of drills (11); معتبرا إياها «...» is no quote; the drills narrated in a pluperfect sentence are coded (15, no target)
rec("الرياض - أدان مجلس التعاون لدول الخليج العربية، الأحد، المناورات البحرية التي نفذتها بحرية الحرس الثوري الإيراني قرب جزيرة أبو موسى، معتبرا إياها «استفزازا يهدد أمن الملاحة». وكان الحرس قد أعلن، السبت، اختتام تدريبات بالذخيرة الحية شاركت فيها عشرات الزوارق السريعة.",
    [GCC, A(IRN, "الحرس")],
    [],
    [V("11", "مجلس التعاون لدول الخليج العربية", "إيران"), V("15", "إيران", None)])


# 73 an army saying it repelled an attack: the attack (19 from the opposition) and the repulse with losses (19 back) are two events
rec("جوبا - أعلن جيش جنوب السودان، الجمعة، أنه صد هجوما شنته قوات المعارضة المسلحة على مواقعه في مقاطعة ناصر بولاية أعالي النيل، وكبّدها «خسائر فادحة».",
    [SSD, SPLMIO],
    [Q("جنوب السودان", "صد هجوما شنته قوات المعارضة المسلحة على مواقعه في مقاطعة ناصر بولاية أعالي النيل، وكبّدها «خسائر فادحة»")],
    [V("19", "قوات المعارضة المسلحة", "جنوب السودان"), V("19", "جنوب السودان", "قوات المعارضة المسلحة")])


# 74 an attack on a base with weapons seized before withdrawing: one 19; two unnamed officers (حسب ما ذكره): null quote
rec("مايدوغوري - هاجم مسلحون من تنظيم ولاية غرب أفريقيا، ليل الأربعاء، قاعدة للجيش النيجيري في بلدة ماراتي بولاية بورنو، واستولوا على أسلحة وذخائر قبل أن ينسحبوا، حسب ما ذكره ضابطان طلبا عدم الكشف عن هويتهما.",
    [ISWAP, NGA],
    [Q(None, "هاجم مسلحون من تنظيم ولاية غرب أفريقيا، ليل الأربعاء، قاعدة للجيش النيجيري في بلدة ماراتي بولاية بورنو، واستولوا على أسلحة وذخائر قبل أن ينسحبوا")],
    [V("19", "تنظيم ولاية غرب أفريقيا", "نيجيريا")])


# 75 two sentences: a crossings authority (its own entity) reports fuel kept out of Gaza: 16 toward Palestine; a body not commenting (لم يعلّق) is no event
CROSS = E("الهيئة العامة للمعابر والحدود", O, "PSE")
rec("رفح - قالت الهيئة العامة للمعابر والحدود في غزة إن السلطات الإسرائيلية منعت، للأسبوع الثالث على التوالي، دخول شاحنات الوقود من خلال منفذ كرم أبو سالم، ما أدى إلى توقف أربعة مستشفيات عن العمل جزئيا. ولم يعلّق مكتب منسق أعمال الحكومة الإسرائيلية في المناطق على هذه الاتهامات.",
    [CROSS, ISR, E("فلسطين", L, "PSE", "غزة")],
    [Q("الهيئة العامة للمعابر والحدود", "السلطات الإسرائيلية منعت، للأسبوع الثالث على التوالي، دخول شاحنات الوقود من خلال منفذ كرم أبو سالم، ما أدى إلى توقف أربعة مستشفيات عن العمل جزئيا")],
    [V("16", "إسرائيل", "فلسطين")])


# 76 an exchange of fire with gunmen named by their side's nationality: 19 toward that country, from the first named
rec("الهرمل - تبادل الجيش اللبناني ومسلحون من الجانب السوري إطلاق النار، فجر الاثنين، قرب بلدة حوش السيد علي، ما أسفر عن إصابة جنديين لبنانيين.",
    [LBN, SYR],
    [],
    [V("19", "لبنان", "سوريا")])


# 77 two sentences: Arab foreign ministers are the League; their appeal to the Security Council (02); a stated rejection of any displacement (a stance on a hypothetical) and the participle call are not coded
rec("القاهرة - ناشد وزراء الخارجية العرب، في ختام اجتماع طارئ عقدوه بمقر الجامعة، مجلس الأمن الدولي التدخل «فورا» لإنهاء الحملة العسكرية الإسرائيلية في الضفة الغربية. وأكد البيان الختامي رفض الدول العربية «أي محاولة لتهجير الفلسطينيين من أرضهم»، داعيا المجتمع الدولي إلى الاعتراف بدولة فلسطين.",
    [A(ARAB, "وزراء الخارجية العرب"), UNSC, ISR, PSE],
    [],
    [V("02", "جامعة الدول العربية", "مجلس الأمن الدولي")])


# 78 a force's statement (أعلنت ... أن) of air raids on a group's camp: 19 from its quote
rec("كيسمايو - أعلنت قوات الدفاع الكينية أن غارات جوية نفذتها طائراتها، الأحد، على معسكر تدريب لحركة الشباب في منطقة بادادي أسفرت عن مقتل 31 مسلحا.",
    [KEN, SHABAB],
    [Q("كينيا", "غارات جوية نفذتها طائراتها، الأحد، على معسكر تدريب لحركة الشباب في منطقة بادادي أسفرت عن مقتل 31 مسلحا")],
    [V("19", "كينيا", "حركة الشباب")])


# 79 two sentences: an ambassador recalled for consultation (16); the downing named after احتجاجا على is not coded; a reciprocal recall and an airspace closure toward the same neighbour: one 16
rec("باماكو - أعلنت الحكومة الانتقالية في مالي استدعاء سفيرها لدى الجزائر للتشاور، احتجاجا على إسقاط الجيش الجزائري طائرة مسيّرة مالية قرب الحدود المشتركة. وردت الجزائر بخطوة مماثلة، إذ استدعت سفيرها في باماكو وأغلقت مجالها الجوي أمام الطائرات الآتية من مالي والمغادرة نحوها.",
    [MLI, DZA],
    [],
    [V("16", "مالي", "الجزائر"), V("16", "الجزائر", "مالي")])


# 80 prisoners freed unilaterally (08); the ICRC's supervision is not coded; a group's committee head credited with بحسب is the group
rec("عدن - أفرجت جماعة الحوثيين عن 48 محتجزا من أفراد القوات الموالية للحكومة اليمنية، بينهم ضابطان برتبة عقيد، في مبادرة أحادية الجانب تمت تحت إشراف اللجنة الدولية للصليب الأحمر، بحسب ما أوضحه رئيس لجنة الأسرى في الجماعة.",
    [A(HOUTHI, "الجماعة"), YEM, ICRC],
    [Q("جماعة الحوثيين", "أفرجت جماعة الحوثيين عن 48 محتجزا من أفراد القوات الموالية للحكومة اليمنية، بينهم ضابطان برتبة عقيد، في مبادرة أحادية الجانب تمت تحت إشراف اللجنة الدولية للصليب الأحمر")],
    [V("08", "جماعة الحوثيين", "اليمن")])


# 81 two sentences: a complaint to the Security Council accusing a neighbour (one 11); من جانبه + a named spokesman's denial (نفى هذه الاتهامات): the denied passage of military supplies as a negated 07; his partly marked quote after قائلا إن, with لا
ZAK = E("علي محمد زكريا", P, "TCD", "زكريا")
rec("نيويورك - رفع السودان شكوى إلى مجلس الأمن الدولي اتهم فيها تشاد بالسماح بعبور إمدادات عسكرية إلى قوات الدعم السريع من خلال مطار في شرق أراضيها. من جانبه، نفى المتحدث باسم الحكومة التشادية، علي محمد زكريا، هذه الاتهامات، قائلا إن بلاده «تلتزم الحياد التام ولا تسمح باستخدام أراضيها ضد أي جار».",
    [SDN, UNSC, TCD, RSF, ZAK],
    [Q("علي محمد زكريا", "بلاده «تلتزم الحياد التام ولا تسمح باستخدام أراضيها ضد أي جار»")],
    [V("11", "السودان", "تشاد"), V("07", "تشاد", "قوات الدعم السريع", True)])


# 82 two sentences: a dual national arrested (17 toward his country); a ministry's quote (أكدت أنها) with "" marks; a rejected consular request (12)
rec("طهران - أعلنت السلطة القضائية الإيرانية، الثلاثاء، توقيف مواطن فرنسي يحمل الجنسية المزدوجة بتهمة \"التجسس لصالح جهاز استخبارات أجنبي\"، فيما أكدت الخارجية الفرنسية أنها تتابع القضية \"باهتمام بالغ\". ورفضت طهران حتى الآن طلبا فرنسيا بزيارة قنصلية للموقوف.",
    [IRN, A(FRA, "فرنسيا")],
    [Q("فرنسا", "تتابع القضية \"باهتمام بالغ\"")],
    [V("17", "إيران", "فرنسا"), V("12", "إيران", "فرنسا")])


# 83 a street protest against a foreign state (14, null source); the participles of reason and demand are not coded
rec("الرباط - تظاهر مئات الأشخاص، مساء الجمعة، أمام مقر البرلمان المغربي في الرباط، تنديدا باستمرار الحرب على غزة ومطالبين بقطع العلاقات مع إسرائيل.",
    [MAR, ISR],
    [],
    [V("14", None, "إسرائيل")])


# 84 a boycott announced with عدم (a negated 04 toward the convener); the talks named as a plan are not coded otherwise
rec("أديس أبابا - أعلنت الحكومة الإثيوبية عدم مشاركتها في جولة المفاوضات الثلاثية حول سد النهضة التي دعت إليها مصر في القاهرة الشهر المقبل، معتبرة أن «الوقت غير مناسب».",
    [ETH, EGY],
    [Q("إثيوبيا", "الوقت غير مناسب")],
    [V("04", "إثيوبيا", "مصر", True)])


# 85 two sentences: a sit-in before an agency's office by migrants of several origins (14, null source) and their demand (10, null source); a named Guinean sit-in member's quote
KOUY = E("مامادو كوياتي", P, "GIN", "كوياتي")
rec("صفاقس - نفّذ مئات المهاجرين القادمين من بلدان غرب أفريقيا ووسطها، الاثنين، اعتصاما مفتوحا أمام مقر المنظمة الدولية للهجرة بمدينة صفاقس، وطالبوا بتسريع إجراءات عودتهم الطوعية إلى بلدانهم. وقال أحد المعتصمين، وهو شاب من غينيا يُدعى مامادو كوياتي، إن «الانتظار في المخيمات العشوائية صار أقسى من الطريق إلى هنا».",
    [IOM, KOUY, GIN],
    [Q("مامادو كوياتي", "الانتظار في المخيمات العشوائية صار أقسى من الطريق إلى هنا")],
    [V("14", None, "المنظمة الدولية للهجرة"), V("10", None, "المنظمة الدولية للهجرة")])


# 86 an offer to host talks between two sides is 03 toward each; a clause credited to a named spokesman (وفق ما صرح به) is his quote
KUW = E("صالح بن ناصر الكواري", P, "QAT", "الكواري")
JUB = E("إدارة ولاية جوبالاند", O, "SOM")
rec("الدوحة - أبدت دولة قطر استعدادها لاستضافة جولة حوار بين مقديشو وإدارة ولاية جوبالاند لتسوية الخلاف حول الانتخابات، وفق ما صرح به المتحدث الرسمي باسم وزارة الخارجية القطرية، صالح بن ناصر الكواري.",
    [QAT, SOM, JUB, KUW],
    [Q("صالح بن ناصر الكواري", "أبدت دولة قطر استعدادها لاستضافة جولة حوار بين مقديشو وإدارة ولاية جوبالاند لتسوية الخلاف حول الانتخابات")],
    [V("03", "قطر", "الصومال"), V("03", "قطر", "إدارة ولاية جوبالاند")])


# 87 a pledge of funds (تعهّد ... بتمويل) is 03; a donors' conference hosted with unnamed donors is not coded
rec("نواكشوط - تعهّد البنك الدولي، خلال مؤتمر للمانحين استضافته العاصمة الموريتانية، بتمويل قدره 250 مليون دولار لدعم المجتمعات المضيفة للاجئين الماليين في ولاية الحوض الشرقي.",
    [WB, MRT, MLI],
    [],
    [V("03", "البنك الدولي", "موريتانيا")])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "quotes_events_dev25.jsonl"), "w", encoding="utf-8") as f:
    for r in R:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
