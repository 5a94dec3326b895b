# Writes eval/quotes_events_dev27.jsonl: a READ dev set (engineers may read its --errors to improve the
# rules; not frozen), written on 2026-11-30 (session 13, 16:24-16:34 UTC; scored at 16:33 UTC) by a new
# evaluation-set writer who never read the rules (crates/rasd-analyze/src) or the lexicons (data/), and
# who opened no earlier set beyond the headers (up to the first def) of make_heldout13.py,
# make_heldout12.py, make_dev26.py and make_dev25.py, make_quotes_events.py's header, and
# make_heldout13.py's helpers, entity tables and first two records for the format. Disclosed: a grep for
# make_heldout13.py's rec( lines, meant to locate its first records, also printed the opening lines of
# its records 3-16; a `tail` meant to show its output lines also printed the entity, quote and event
# lines of its last record; the sed range for the helpers showed record 3's comment. Nothing of them is
# used or paraphrased here. make_heldout14.py, being written at the same time, was never opened. Same
# format and helpers (E, Q, V, rec) and the annotation guide of make_heldout13.py; all sentences are the
# writer's own and every person named is invented (titles without names stand for real offices only
# through their country or body).
# 5-word sequences shared with all 39 older sets' texts (held-out13 and dev26 included; held-out14 not
# read) were counted by a script that read only their "text" fields (diacritics and tatweel stripped)
# and printed only counts, this set's record ids and its shared 5-grams (never the older texts): a first
# draft (93 records, 7 dropped and 3 added to bring quotes, events and negations nearer the brief) shared
# 221 over 58 of 89 records (a Jordanian border smuggling clash, a UNIFIL patrol fired on, a Tunis
# terrorism-chamber sentence, the Kurdistan oil-export deal, an AU mission's troop arrival, a Jordanian
# condemnation of a visit to al-Aqsa, EU sanctions on RSF commanders and a Shabaab restaurant bombing
# shared whole runs); about 50 records were rephrased in four rounds (56 over 22 records after the
# first, 44 over 17, 41 over 15); 38 remain over 15 of 89 records, all names of bodies or of a named case
# (the Joint Operations Command, UNIFIL, the Arab coalition in Yemen, ECOWAS, the GCC's ministerial
# council, the GNU's interior ministry, Tunis's terrorism chamber and the "conspiracy against state
# security" case, the AU Peace and Security Council, UNHCR, UKMTO, the LNA's general command, JNIM, the AU
# support and stabilization mission in Somalia, AQAP, the Human Rights Council).
# Wire items (62; two datelines with an agency credit, one with a country to tell two Tripolis apart)
# and two-sentence article paragraphs (27 records), weighted to the Levant, Iraq, Yemen and the Gulf:
# Lebanon (Tyre/Deir Qanoun, Naqoura/Kfarkela, Beirut/Hadath, south of the Litani, Tripoli/Bab al-Tabbaneh)
# /Israel/Hezbollah/UNIFIL, Syria (Deir ez-Zor/Mayadin, Quneitra, Kiswa, Hasakah/Tell Tamer, Latakia and
# Tartus)/Israel/Turkey/the SDF/the PKK/the US (Paris talks)/France, Palestine (Gaza/
# Shujaiya, Rafah, Khan Younis, Hebron and Tulkarm, Yabad/Jenin, al-Aqsa)/Israel/Hamas/Islamic Jihad/
# Qatar/Egypt/Portugal, Jordan (northern border, the GID, Amman pledge)/Syria/Germany, Iraq (Wadi al-Shai/
# Kirkuk, Ain al-Asad, Green Zone, Erbil airport, al-Qaim, Anbar, Duhok/Metina, the Federal Supreme
# Court)/the US/Turkey/Kuwait/the KRG/the PMF/Kataib Hezbollah/the coalition, Yemen (Gulf of Aden, Hodeidah/
# Ras Isa, Sanaa/Hizyaz, Taiz, Marib, Seiyun/Hadramawt, Shabwa, Aden central bank, Muscat talks)/the
# Houthis/the STC/Nation Shield/Shabwa Defence/AQAP/the US/Israel/Malta/the UAE/Saudi Arabia, the Gulf
# (Saudi Arabia/Oman/Iran, Jazan, Bahrain/Iran, Bahrain/UK drills, Kuwait/Iraq (Khor Abdullah), Kuwait
# court, Qatar-hosted talks, Oman's mediation with Iran/France, IRGC tanker seizure off Qeshm, UKMTO off
# Fujairah/Marshall Islands, the GCC/UAE islands/Iran), Sudan (El Fasher/Abu Shouk, West Kordofan, North
# Darfur convoy, Gezira village, Geneina, Adre/Chad)/the RSF/the EU/the ICC/the AU/the HRC/Egypt, the
# Sahel and North Africa (Mali/Segou/Kayes/Senegal/JNIM, Algeria/Mali, Algeria/France, Chad/Hungary,
# Chad/CAR, Guinea-Bissau/ECOWAS, Libya (Sabratha, Benghazi/Kufra), Tunisia, Rabat), Somalia (Mogadishu,
# Egyptian AU troops)/al-Shabaab, with UN/AU/ECOWAS/EU/Arab League/GCC bodies, the Security Council, the
# HRC, the ICC, UNHCR, the WFP, UNRWA, UNIFIL, the ICRC, HRW, a doctors' network, a prisoners' club, a
# civil-defence body, a national inquiry commission, a state news agency, the judiciary's news site, a
# Yemeni channel, Lebanon's news agency; datelines with and without an agency credit, one record opening
# on its quote (d27_78), verb-first and subject-first (d27_61, d27_73), passives (قُتلوا، قُتلت، قُتل،
# أُطلقت، أُدين، أُبلغ، اختُتمت، ستُستأنف، سيُفتح), verbal nouns as events (حملة دهم، اكتمال انسحاب ...
# وتسليمها، بسط سيطرته ... وطرد، ضبط، توقيف، استدعاء، إنهاء مهام، احتجاز ... وتوقيف، القبض، تسلّم، عدم
# مشاركتها، إصدار أمر بالقبض), the recipient as subject (تسلّم الجيش ... من، تسلّم دفعة ... من
# الدعم السعودي), relative clauses (التي أكدت أن، الذي استهدف، كانت محتجزة، كانت تعد/تخطط، وجهتها،
# أطلقها، الذي نقلها), several events in one sentence, negation and denials (نفت ... أي صلة، نفي أي
# علاقة، نافيا تقارير عن موافقتها، نفى أن تكون قواته، عدم مشاركتها، دون أن يتفق، and non-events: لن
# تتخلى، لن ينسحب، لا تفرض، لا يوجد موعد، لن نسمح، لم يرصد، نفت أن تكون العاصمة مهددة، دون أن يحدد/
# يحمّل/يكشف/يسجل/يصاب/تقدم، لم تعلق، التزم الصمت), statements with no event (d27_13, d27_45, d27_68,
# d27_78), speech over two sentences (وأضاف، وتابع، وتابع البيان، وتابعت، من جانبه، في المقابل، وقال
# المتحدث باسم الجيش، وأكد مكتب رئيس الوزراء، title: وقال رئيس المحكمة القاضي، وقال محافظ البنك),
# a quote before its attribution (d27_78 «...»، بهذه العبارة ردّ), credits (بحسب، بحسب ما صرّح به،
# بحسب تصريحات، بحسب ما أفاد به، وفق، وفق ما أعلنته/ذكرته/نشره/ذكره، وفق ما قاله ... لوكالة، حسبما
# أوردت، حسبما نقل موقع عن مصدرين، نقلت وكالة عن مصدر قوله إن), participles of speech (مؤكدة أن، محذرا
# من أن، قائلا إن/إنه، مضيفا أن، معتبرة أن/أنه، زاعما أنه, and non-quotes: مطالبا، مطالبة، داعيا، واصفا
# ... بأنه، معتبرا إياها، متهما، متوعدا، نافيا، معربا عن), «» marks (fully and partly marked
# complements), scare quotes and namings nobody is quoted for («حيّد»، «حيّدت»، «تجاوزات»، «تدخلا
# سافرا»، «الجريمة»، «حكومة موازية»، «والي الأنبار»، «بمحض إرادتها»، «دواع أمنية»، «عصابات تهريب
# البشر والوقود»، «التعاون مع دول معادية»، «التآمر على أمن الدولة»، «بقصد المساس بالأمن الوطني»),
# numbers and dates (1350، 368 مليون دولار، 40 مليون يورو، 27 صوتا مقابل 8، عام 2023); all 20 CAMEO
# roots (19 26, 04 17, 11 17, 17 11, 05 10, 08 6, 16 4, 02 3, 03 3, 10 3, 12 3, 13 3, 18 3, 01 2,
# 06 2, 07 2, 09 2, 15 2, 20 2, 14 1; 6 negated; 9 quotes with a null speaker); 89 records, 60 gold
# quotes, 122 gold events.
# Scored once, fresh (final file, no record changed after), with the session-start engine
# (/tmp/s13/rasd-start = release binary of 042f30c, built before this file existed), 2026-11-30
# 16:33 UTC, 89 records, 60 gold quotes, 122 gold events (only totals printed, never --errors):
#   rasd eval-events crates/rasd-analyze/eval/quotes_events_dev27.jsonl --entities gold
#     quotes P 0.781 R 0.833 (50/64/60); events P 0.587 R 0.443 (54/92/122), by country 0.609 / 0.459
#   ... --entities analyzer
#     quotes P 0.825 R 0.867 (52/63/60); events P 0.511 R 0.393 (48/94/122), by country 0.532 / 0.410
# Conventions followed (those of make_heldout13.py, heldout12 and dev25/26): a title, ministry, army,
# command, court, service, broadcaster or force with a nationality is its country (a ministry, court or
# office named without one in a record about its country is that country); an unnamed source is null
# (also with a title or a body: مصدر عسكري أردني، مسؤول في حركة حماس، مسؤولان أمنيان عراقيان، مصدر في
# قيادة العمليات المشتركة); a named person is the actor; the title of a body (its envoy, its spokesman
# or his office, its commissioner-general, its secretary-general) is the body; a description or pronoun
# is the entity it refers back to; an act and its consequence are one event; two clauses with the same
# root and pair are one event; the place where something happens is not a target (the country a force
# enters or leaves is); an accusation codes 11 and not the accused act; a denial codes the denied act
# negated (نفى أن and نفى + noun are no quote); a rejected plan codes the rejection only; intentions,
# plans, aims and conditions are no events; reported speech is a quote (saying is no 01), but a past
# act it reports as fact is coded; an accusative of reason or purpose (مطالبا، مطالبة، داعيا، مطالبين،
# تضامنا مع، تمهيدا لـ، بسبب، لملاحقة) and a past act named as a reason or time (بعد، بعد أن، إثر،
# بتهمة، قبل أن) are not coded; a clause credited with بحسب/وفق/حسبما to someone is that someone's quote
# (null when unnamed; a news agency, channel or news site is a speaker); وصف X بأنه «...» and معتبرا
# إياها «...» describe and are no quote (condemning: 11; praising: 05); a claim of responsibility is 01
# with no target next to the act; a host or sponsor of talks between two sides codes 04 toward each and
# the round is 04 between the sides; talks that end without agreement code a negated 05; an official
# protest (a summoned envoy, a protest note) is 11; حمّله المسؤولية is 11; a participle accusation
# (متهما) is 11 and a participle threat (متوعدا) 13; a welcome or praise is 05; a pledge or an offer to
# host talks is 03; a retaken town is 19 toward the group driven out; a signed accord is 05 only; a visit
# or meeting named in a time phrase (خلال زيارة، خلال مؤتمر صحفي مشترك) is 04; troops sent within an AU
# mission are 07 toward the host; a massacre of villagers named without nationality is 20 with a null
# target; an attack on a ship is toward the flag state (18 with a null source when no attacker is
# named, 19 from a named attacker); a maritime security body of a state (UKMTO) is that state; a strike
# on a group inside a third country is 19 toward the group only, and "in cooperation with" a partner
# adds 06 toward the partner; a strike on a civilian vehicle, a camp or a residential district is 19
# with a null target; sanctions on a group's commanders and companies based elsewhere are one 16 toward
# the group; closing a border or crossing to a neighbour is 16; a court's sentence is 11 toward the group
# the convicts served; an arrest warrant for a group's unnamed commander is 11 toward the group; remains
# or detainees handed over through the ICRC are 08 toward the receiving side, the ICRC no target; people
# named by nationality (فلسطينيين، مواطنة فرنسية) stand for their country; a refused entry of an
# agency's staff is 12 toward the agency; reinforcements sent toward a named group are 15 toward it; a
# Human Rights Council mission's mandate is 09 toward the country; a condemned act codes only the
# condemnation; no comment and silence are no event; a boycott (عدم مشاركتها) is a negated 04 toward the
# convener; a withdrawal from a base handed to the host army is 08 toward the host; national monitor,
# civil-defence, prisoner, doctors' and inquiry bodies are their own entities with a country.
# Choices made where the guide is silent (noted so that a reader can disagree):
# - an army's clash with smugglers of no stated nationality is 19 with a null target; an unnamed
#   source's threat for the army (الجيش «سيتعامل بصرامة مع كل متسلل») is 13 from the army, null target,
#   its quote null (d27_03);
# - a vow that attacks go on "as long as the aggression and siege last", with no target named, is no
#   event (d27_06); a conditional vow of a response toward a named state is 13 (d27_66);
# - machine-gun fire from a tank at a UN patrol is 19 toward the force (d27_09);
# - an incursion is 19 toward the country entered, the checkpoint set up the same event (d27_16);
# - a denied link to a drone attack: the denier's negated 19 and the attack itself 19 with a null source,
#   both toward the regional government (its own entity, IRQ) (d27_17);
# - released tribesmen are 08 with a null target; the tribal mediation is not coded (d27_18);
# - a participle accusation by the other side's spokesman (متهما حركة حماس بالاستيلاء) is 11 (d27_20);
# - a drone launched toward a Saudi region by no named launcher is 19 with a null source toward Saudi
#   Arabia; its interception is not coded apart (d27_21);
# - weapons depots handed by a group to the army (recipient as subject) are 08 from the group (d27_24);
# - a city's governor in a record about his country is the country (11 through حمّل) (d27_26);
# - an unnamed official's participle denial of reports that his movement agreed to disarm is a negated
#   05 toward the other side; "لن تتخلى عن سلاحها" in his quote is no event (d27_31);
# - a court rejecting appeals by unnamed parties is 12 with a null target; ratifying the results is no
#   event (d27_32); sentences on unnamed opposition figures are 11 with a null target (d27_47);
# - clashes between a party's loyalists and another force: one 19 from the first named (d27_33);
# - accusations named in a relative clause and told again in a pluperfect sentence are one 11, next to
#   the protest's 11 the other way (d27_37);
# - a death sentence for spying for a foreign service is 11 toward that service's country (d27_39);
# - a sponsored meeting of two ministers: 04 from the sponsor toward each, 04 between them and 05 for
#   the agreement they reached (d27_42);
# - an aid convoy struck by a drone with no attacker named is 18 with a null source toward the agency
#   (d27_43); armed boats approaching a ship and exchanging fire with its guards, likewise toward the
#   flag state (d27_60);
# - rockets near an embassy with no launcher named: 19 toward the embassy's state; the inquiry the
#   government's quote reports is 09 with a null target (d27_46);
# - praise with a marked fragment (أشاد بـ«الدور البنّاء») is 05 and no quote (d27_49);
# - a national inquiry commission (its own entity, SYR) reporting killings by unnamed perpetrators:
#   20 with null source and target; its referral of suspects to the courts is 17, null target (d27_53);
# - a mediated release of a foreign national: 08 from the holder toward her country and 04 from the
#   mediator toward the holder (d27_54);
# - strikes on a power station and fuel depots the striker says a group uses are 19 toward the group,
#   not the state (d27_55);
# - ending a counter-terrorism deployment in a country is 08 toward it (d27_56);
# - refugees crossing a border are no act; a finite appeal to unnamed donors is 02 with a null target
#   (d27_58);
# - a seized tanker and its crew of no stated nationality are one 17 with a null target (d27_61);
# - a president's demand on unnamed sponsor states is 10 with a null target (d27_62);
# - a welcome of a state's decision to recognize Palestine: 05 toward that state, and the recognition
#   itself 05 toward Palestine (d27_63);
# - an arrest "with the cooperation of" the international coalition (its own entity, no country) adds 06
#   toward the coalition (d27_64);
# - economic aid received (recipient as subject) is 07 from the giver; a participle of appreciation
#   (معربا عن تقدير) is 05 (d27_65);
# - a planned crossing opening and an official's "no date yet" are no events (d27_68);
# - an operation against unnamed gangs with reinforcements sent is one 15 with a null target (d27_69);
# - fuel tankers burned by a group are 17 (property destroyed) with a null target; a government's denial
#   about a state of affairs is no event (d27_71);
# - a complaint of stalling inside reported speech adds no 11; the participle threat is 13 (d27_74);
# - joint naval drills are 06 from the first named (d27_76);
# - death sentences for "cooperation with hostile states" are 11 with a null target; an NGO's critical
#   description is 11 and its finite demand 10 (d27_77);
# - a protest by unnamed crowds is 14 with a null source toward the foreign state (d27_80);
# - a pledge at a joint press conference is 03 toward the host country, the conference 04 (d27_81);
# - reinforcements sent to one's bases in a third country facing a named group are 15 toward the group
#   (d27_82);
# - an offer to host talks between a government and an armed body is 03 toward each (d27_86);
# - a round of talks in a city named only as the venue: no host coded; the round 04 and its failure a
#   negated 05 between the sides; the planned resumption no event (d27_87);
# - a denied shooting of aid seekers of no stated nationality is a negated 19 with a null target; the
#   deaths named after بعد أن are not coded (d27_88);
# - a boycott of a meeting called by a capital is a negated 04 toward that country (d27_89).
import json, os
P, L, O = "person", "location", "organization"
def E(name, t, c=None, *aliases): return {"name": name, "type": t, "country": c, "aliases": [name, *aliases]}
def Q(s, t): return {"speaker": s, "text": t}
def V(code, s, t, neg=False): return {"code": code, "source": s, "target": t, "negated": neg}
R = []
def rec(text, ents, quotes, events): R.append({"id": f"d27_{len(R)+1:02d}", "text": text, "entities": ents, "quotes": quotes, "events": events})

# countries (aliases: the forms the records use)
LBN = E("لبنان", L, "LBN", "اللبناني", "اللبنانية", "اللبنانيين", "لبنانية", "بيروت")
SYR = E("سوريا", L, "SYR", "السوري", "السورية", "سوريون", "دمشق")
ISR = E("إسرائيل", L, "ISR", "الإسرائيلي", "الإسرائيلية", "إسرائيلية", "إسرائيلي", "إسرائيليين", "الإسرائيليين", "وإسرائيل", "لإسرائيل")
PSE = E("فلسطين", L, "PSE", "الفلسطينية", "الفلسطيني", "فلسطينيين", "فلسطينيا", "بدولة فلسطين")
JOR = E("الأردن", L, "JOR", "الأردنية", "الأردني", "عمّان")
IRQ = E("العراق", L, "IRQ", "العراقية", "العراقي", "العراقيين", "بغداد")
YEM = E("اليمن", L, "YEM", "اليمنية", "اليمني", "اليمنيين")
SAU = E("السعودية", L, "SAU", "السعودي", "سعودية", "الرياض", "للرياض", "المملكة", "للمملكة")
ARE = E("الإمارات", L, "ARE", "الإماراتية", "أبوظبي")
QAT = E("قطر", L, "QAT", "القطرية", "الدوحة")
OMN = E("سلطنة عمان", L, "OMN", "العمانية", "العماني", "مسقط")
KWT = E("الكويت", L, "KWT", "الكويتية", "الكويتي")
BHR = E("البحرين", L, "BHR", "البحرينية", "المنامة")
IRN = E("إيران", L, "IRN", "الإيراني", "الإيرانية", "إيرانية", "إيراني", "طهران")
TUR = E("تركيا", L, "TUR", "التركية", "التركي", "أنقرة")
EGY = E("مصر", L, "EGY", "المصري", "المصرية", "القاهرة")
SDN = E("السودان", L, "SDN", "السوداني", "السودانية", "السودانيين", "سوداني")
TCD = E("تشاد", L, "TCD", "التشادية", "التشادي", "نجامينا")
CAF = E("جمهورية أفريقيا الوسطى", L, "CAF")
MLI = E("مالي", L, "MLI", "المالي", "المالية", "باماكو")
NER = E("النيجر", L, "NER", "نيجريا", "النيجرية")
DZA = E("الجزائر", L, "DZA", "الجزائرية", "للجزائر")
GNB = E("غينيا بيساو", L, "GNB")
SOM = E("الصومال", L, "SOM", "الصومالية", "الصومالي")
USA = E("الولايات المتحدة", L, "USA", "الأمريكية", "الأمريكي", "أمريكية", "واشنطن")
GBR = E("المملكة المتحدة", L, "GBR", "البريطانية", "وبريطانية", "البريطاني", "لندن")
FRA = E("فرنسا", L, "FRA", "فرنسية", "الفرنسية", "الفرنسي", "باريس")
DEU = E("ألمانيا", L, "DEU", "الألمانية")
HUN = E("المجر", L, "HUN", "المجري")
PRT = E("البرتغال", L, "PRT", "البرتغالية")
MLT = E("مالطا", L, "MLT")
MHL = E("جزر مارشال", L, "MHL")
KRG = E("حكومة إقليم كردستان", O, "IRQ", "إقليم كردستان")
# international bodies
UN = E("الأمم المتحدة", O, None, "للأمم المتحدة", "الأممي")
UNSC = E("مجلس الأمن الدولي", O, None, "مجلس الأمن")
HRC = E("مجلس حقوق الإنسان", O, None)
AU = E("الاتحاد الأفريقي", O, None, "للاتحاد الأفريقي")
ECOWAS = E("المجموعة الاقتصادية لدول غرب أفريقيا", O, None, "إيكواس")
EU = E("الاتحاد الأوروبي", O, None)
ARAB = E("جامعة الدول العربية", O, None, "الجامعة", "للجامعة")
GCC = E("مجلس التعاون لدول الخليج العربية", O, None, "لمجلس التعاون لدول الخليج العربية")
ICC = E("المحكمة الجنائية الدولية", O, None)
IAEA = E("الوكالة الدولية للطاقة الذرية", O, None, "للوكالة الدولية للطاقة الذرية", "الوكالة")
WFP = E("برنامج الأغذية العالمي", O, None, "البرنامج")
UNHCR = E("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", O, None, "المفوضية")
UNRWA = E("الأونروا", O, None, "وكالة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين", "لوكالة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين", "للوكالة")
UNIFIL = E("قوات الأمم المتحدة المؤقتة في لبنان", O, None, "يونيفيل", "البعثة")
ICRC = E("اللجنة الدولية للصليب الأحمر", O, None, "الصليب الأحمر الدولي")
HRW = E("هيومن رايتس ووتش", O, None, "منظمة هيومن رايتس ووتش", "المنظمة")
COAL = E("التحالف الدولي", O, None)
# armed groups, movements and national bodies with their own identity
HEZB = E("حزب الله", O, "LBN", "لحزب الله", "حزب الله اللبناني", "بحزب الله", "الحزب")
HAMAS = E("حماس", O, "PSE", "حركة حماس", "لحركة حماس", "الحركة", "كتائب القسام")
PIJ = E("حركة الجهاد الإسلامي", O, "PSE", "الجهاد الإسلامي")
HOUTHI = E("جماعة الحوثيين", O, "YEM", "الحوثيين", "الحوثيون", "للحوثيين", "الجماعة", "للجماعة", "لجماعة الحوثيين", "سلطات صنعاء")
STC = E("المجلس الانتقالي الجنوبي", O, "YEM", "للمجلس الانتقالي الجنوبي")
NSF = E("قوات درع الوطن", O, "YEM")
SHABWA = E("قوات دفاع شبوة", O, "YEM")
AQAP = E("تنظيم القاعدة في جزيرة العرب", O, None, "التنظيم")
ISIS = E("تنظيم داعش", O, None, "لتنظيم داعش", "داعش", "تنظيم الدولة الإسلامية")
PMF = E("هيئة الحشد الشعبي", O, "IRQ", "الحشد")
KH = E("كتائب حزب الله", O, "IRQ")
SDF = E("قوات سوريا الديمقراطية", O, "SYR")
PKK = E("حزب العمال الكردستاني", O, None)
RSF = E("قوات الدعم السريع", O, "SDN", "الدعم السريع")
JNIM = E("جماعة نصرة الإسلام والمسلمين", O, None, "لجماعة نصرة الإسلام والمسلمين")
SHABAB = E("حركة الشباب", O, "SOM")
LNA = E("القيادة العامة للقوات المسلحة العربية الليبية", O, "LBY", "القيادة العامة")
COALY = E("تحالف دعم الشرعية في اليمن", O, "SAU")
PPS = E("نادي الأسير الفلسطيني", O, "PSE")
PCD = E("الدفاع المدني في قطاع غزة", O, "PSE", "الدفاع المدني")
SDOC = E("شبكة أطباء السودان", O, "SDN", "الشبكة")
SPA = E("وكالة الأنباء السعودية", O, "SAU")
MIZAN = E("موقع ميزان", O, "IRN", "ميزان")
NNA = E("الوكالة الوطنية للإعلام", O, "LBN")
MASIRA = E("قناة المسيرة", O, "YEM")
SYRCOM = E("اللجنة الوطنية للتحقيق في أحداث الساحل", O, "SYR", "اللجنة")
LBY = E("ليبيا", L, "LBY", "الليبية", "الليبي")
SEN = E("السنغال", L, "SEN")

# 1 an Israeli drone strike on a motorbike credited with وفق to a ministry (the whole clause is the ministry's quote); a rider of no stated nationality: null target
rec("صور - أغارت مسيّرة إسرائيلية، فجر الأربعاء، على دراجة نارية عند أطراف بلدة دير قانون النهر في قضاء صور، ما أسفر عن مقتل راكبها، وفق ما أعلنته وزارة الصحة اللبنانية في بيان.",
    [ISR, LBN],
    [Q("لبنان", "أغارت مسيّرة إسرائيلية، فجر الأربعاء، على دراجة نارية عند أطراف بلدة دير قانون النهر في قضاء صور، ما أسفر عن مقتل راكبها")],
    [V("19", "إسرائيل", None)])

# 2 a civil-defence body as speaker; a passive killing with the attacker in a nisba (قصف جوي إسرائيلي); Palestinians named by nationality
rec("غزة (رويترز) - قال الدفاع المدني في قطاع غزة إن تسعة فلسطينيين بينهم ثلاثة أطفال قُتلوا، ليل الجمعة، في قصف جوي إسرائيلي استهدف منزلا لعائلة أبو شمالة في حي الشجاعية شرق مدينة غزة.",
    [PCD, PSE, ISR],
    [Q("الدفاع المدني في قطاع غزة", "تسعة فلسطينيين بينهم ثلاثة أطفال قُتلوا، ليل الجمعة، في قصف جوي إسرائيلي استهدف منزلا لعائلة أبو شمالة في حي الشجاعية شرق مدينة غزة")],
    [V("19", "إسرائيل", "فلسطين")])

# 3 an army's two إن clauses (one quote); smugglers with no nationality (null target); an unnamed military source's conditional threat in a partly marked complement (13 from the army, null quote)
rec("عمّان - قالت القوات المسلحة الأردنية إن وحداتها المرابطة على الحدود الشمالية اشتبكت فجر الأحد مع مجموعة مهربين حاولوا العبور من الجانب السوري حاملين شحنة ضخمة من حبوب الكبتاغون، وإن الاشتباك انتهى بمقتل أربعة منهم وتراجع الباقين. وأكد مصدر عسكري أردني أن الجيش «سيتعامل بصرامة مطلقة مع كل متسلل يقترب من الشريط الحدودي».",
    [JOR, SYR],
    [Q("الأردن", "وحداتها المرابطة على الحدود الشمالية اشتبكت فجر الأحد مع مجموعة مهربين حاولوا العبور من الجانب السوري حاملين شحنة ضخمة من حبوب الكبتاغون، وإن الاشتباك انتهى بمقتل أربعة منهم وتراجع الباقين"),
     Q(None, "الجيش «سيتعامل بصرامة مطلقة مع كل متسلل يقترب من الشريط الحدودي»")],
    [V("19", "الأردن", None), V("13", "الأردن", None)])

# 4 أفادت بأن: a ministry's quote; an arrest of a cell (17 toward the group); its plot (كانت تعد) is no event
rec("دمشق - أفادت وزارة الداخلية السورية بأن وحدات الأمن العام ألقت القبض على خلية من ثمانية عناصر تابعة لتنظيم داعش في ريف دير الزور الشرقي، كانت تعد لاستهداف مبنى أمني في مدينة الميادين بسيارة ملغومة.",
    [SYR, ISIS],
    [Q("سوريا", "وحدات الأمن العام ألقت القبض على خلية من ثمانية عناصر تابعة لتنظيم داعش في ريف دير الزور الشرقي، كانت تعد لاستهداف مبنى أمني في مدينة الميادين بسيارة ملغومة")],
    [V("17", "سوريا", "تنظيم داعش")])

# 5 نقلت وكالة عن مصدر قوله إن (null speaker); a result in a relative clause is the same 19
rec("بغداد (الأناضول) - نقلت وكالة الأنباء العراقية الرسمية عن مصدر في قيادة العمليات المشتركة قوله إن طيران الجيش العراقي نفذ ثلاث ضربات على أوكار لبقايا تنظيم داعش في منطقة وادي الشاي جنوبي كركوك، أسفرت عن تدمير مضافتين ومقتل خمسة إرهابيين.",
    [IRQ, ISIS],
    [Q(None, "طيران الجيش العراقي نفذ ثلاث ضربات على أوكار لبقايا تنظيم داعش في منطقة وادي الشاي جنوبي كركوك، أسفرت عن تدمير مضافتين ومقتل خمسة إرهابيين")],
    [V("19", "العراق", "تنظيم داعش")])

# 6 a group's military spokesman (the group) with a partly marked complement; وأضاف over a second sentence; a missile at a ship is toward the flag state; a vow that attacks go on with no target named is no event
rec("صنعاء - أعلن المتحدث العسكري باسم جماعة الحوثيين أن قواتهم البحرية استهدفت سفينة تجارية ترفع علم مالطا في خليج عدن بصاروخ باليستي وطائرتين مسيرتين، «وكانت الإصابة مباشرة». وأضاف في بيان تلاه عبر قناة المسيرة أن الهجمات البحرية «ستستمر ما دام العدوان والحصار قائمين».",
    [HOUTHI, MLT, MASIRA],
    [Q("جماعة الحوثيين", "قواتهم البحرية استهدفت سفينة تجارية ترفع علم مالطا في خليج عدن بصاروخ باليستي وطائرتين مسيرتين، «وكانت الإصابة مباشرة»"),
     Q("جماعة الحوثيين", "الهجمات البحرية «ستستمر ما دام العدوان والحصار قائمين»")],
    [V("19", "جماعة الحوثيين", "مالطا")])

# 7 a host receiving his counterpart (04, same root and pair for the review)
rec("الرياض - استقبل وزير الخارجية السعودي في الرياض، الثلاثاء، نظيره العماني، واستعرض الجانبان مستجدات المسار الأممي لإنهاء الحرب في اليمن.",
    [SAU, OMN, YEM],
    [],
    [V("04", "السعودية", "سلطنة عمان")])

# 8 a court's sentence: 11 toward the group the convicts served
rec("الكويت - قضت محكمة الجنايات الكويتية بسجن ستة متهمين عشر سنوات إثر ثبوت انتمائهم إلى خلية مرتبطة بحزب الله اللبناني وحيازة أسلحة ومتفجرات دون ترخيص.",
    [KWT, HEZB],
    [],
    [V("11", "الكويت", "حزب الله")])

# 9 a UN force's quote; machine-gun fire from a tank at its patrol (19 toward the force); a finite call (دعت ... إلى) is 02
rec("الناقورة - أفادت قوات الأمم المتحدة المؤقتة في لبنان (يونيفيل) بأن جنودها تعرضوا لرشقات من رشاش دبابة إسرائيلية أثناء قيامهم بدورية راجلة على تخوم بلدة كفركلا صباح الاثنين، دون أن يصاب أحد منهم. ودعت البعثة في بيانها الجيش الإسرائيلي إلى الكف عن أي تصرف يعرض حياة حفظة السلام للخطر.",
    [UNIFIL, ISR],
    [Q("قوات الأمم المتحدة المؤقتة في لبنان", "جنودها تعرضوا لرشقات من رشاش دبابة إسرائيلية أثناء قيامهم بدورية راجلة على تخوم بلدة كفركلا صباح الاثنين، دون أن يصاب أحد منهم")],
    [V("19", "إسرائيل", "قوات الأمم المتحدة المؤقتة في لبنان"), V("02", "قوات الأمم المتحدة المؤقتة في لبنان", "إسرائيل")])

# 10 a raid and arrests of Palestinians (one 17); the whole clause credited with بحسب to a prisoners' club
rec("رام الله - داهمت قوات إسرائيلية فجر الخميس بلدات عدة في محافظتي الخليل وطولكرم، واعتقلت خلالها 17 فلسطينيا على الأقل، بحسب نادي الأسير الفلسطيني.",
    [ISR, PSE, PPS],
    [Q("نادي الأسير الفلسطيني", "داهمت قوات إسرائيلية فجر الخميس بلدات عدة في محافظتي الخليل وطولكرم، واعتقلت خلالها 17 فلسطينيا على الأقل")],
    [V("17", "إسرائيل", "فلسطين")])

# 11 an attack on a displaced persons' camp (null target); an accusation with a marked fragment (11, no quote); the participle demand is not coded
rec("الفاشر - شنت قوات الدعم السريع هجوما بالمسيرات والمدفعية على مخيم أبو شوك، الذي يؤوي آلاف النازحين شمالي الفاشر، الجمعة، ما أدى إلى مقتل 23 شخصا على الأقل، وفق ما ذكرته شبكة أطباء السودان. واتهمت الشبكة في بيانها قوات الدعم السريع بـ«استهداف متعمد للمدنيين العزل»، مطالبة المجتمع الدولي بتصنيفها منظمة إرهابية.",
    [RSF, SDOC, SDN],
    [Q("شبكة أطباء السودان", "شنت قوات الدعم السريع هجوما بالمسيرات والمدفعية على مخيم أبو شوك، الذي يؤوي آلاف النازحين شمالي الفاشر، الجمعة، ما أدى إلى مقتل 23 شخصا على الأقل")],
    [V("19", "قوات الدعم السريع", None), V("11", "شبكة أطباء السودان", "قوات الدعم السريع")])

# 12 a scare-quoted verb inside an army's quote; دون أن يسجل is no event; وتابع البيان
rec("باماكو - أعلن الجيش المالي أنه «حيّد» أكثر من 30 إرهابيا في غارات جوية استهدفت تجمعات لجماعة نصرة الإسلام والمسلمين في محيط بلدة نيونو في منطقة سيغو، دون أن يسجل أي خسائر في صفوف قواته. وتابع البيان أن الطيران «سيواصل ملاحقة فلول الإرهابيين أينما وجدوا».",
    [MLI, JNIM],
    [Q("مالي", "«حيّد» أكثر من 30 إرهابيا في غارات جوية استهدفت تجمعات لجماعة نصرة الإسلام والمسلمين في محيط بلدة نيونو في منطقة سيغو"),
     Q("مالي", "الطيران «سيواصل ملاحقة فلول الإرهابيين أينما وجدوا»")],
    [V("19", "مالي", "جماعة نصرة الإسلام والمسلمين")])

# 13 statements with no event: one speech verb, two إن clauses (one quote); وتابع in a second sentence
rec("بيروت - قال رئيس مجلس النواب اللبناني إن حصرية السلاح في يد الدولة «خيار لا يمكن فرضه بالقوة»، وإن الحوار بين اللبنانيين يبقى «الطريق الوحيد» لمعالجة هذا الملف. وتابع في تصريح للصحفيين أن المؤسسة العسكرية «قادرة على حماية الحدود إذا توافرت لها الإمكانات».",
    [LBN],
    [Q("لبنان", "حصرية السلاح في يد الدولة «خيار لا يمكن فرضه بالقوة»، وإن الحوار بين اللبنانيين يبقى «الطريق الوحيد» لمعالجة هذا الملف"),
     Q("لبنان", "المؤسسة العسكرية «قادرة على حماية الحدود إذا توافرت لها الإمكانات»")],
    [])

# 14 a summoned chargé d'affaires and a protest note (one 11); اعتبرتها «...» describes, no quote
rec("المنامة - استدعت وزارة الخارجية البحرينية القائم بالأعمال الإيراني وأبلغته احتجاج المملكة الرسمي على تصريحات لمسؤول إيراني اعتبرتها المنامة «تدخلا سافرا» في شؤون المملكة الداخلية.",
    [BHR, IRN],
    [],
    [V("11", "البحرين", "إيران")])

# 15 a host of indirect talks: 04 toward each side and the round 04 between the sides
rec("الدوحة - استضافت العاصمة القطرية، الأحد، جولة مباحثات غير مباشرة بين وفدين من حركة حماس وإسرائيل، ركزت على صفقة لمبادلة رهائن بمعتقلين فلسطينيين وعلى زيادة شحنات الإغاثة الداخلة إلى قطاع غزة.",
    [QAT, HAMAS, ISR],
    [],
    [V("04", "قطر", "حماس"), V("04", "قطر", "إسرائيل"), V("04", "حماس", "إسرائيل")])

# 16 an incursion is 19 toward the country entered; the withdrawal in قبل أن is a time phrase
rec("القنيطرة - اقتحمت قوة عسكرية إسرائيلية معززة بدبابتين قرية الرفيد في ريف القنيطرة جنوبي سوريا، ونصبت حاجزا مؤقتا على الطريق قبل أن تنسحب.",
    [ISR, SYR],
    [],
    [V("19", "إسرائيل", "سوريا")])

# 17 a denial of any link (negated 19); the attack itself in a relative clause (19, null source) toward the regional government; a participle of speech with a fully marked complement
rec("بغداد - نفت هيئة الحشد الشعبي، في بيان، أي صلة لها بالهجوم بطائرة مسيرة الذي استهدف مطار أربيل الدولي في إقليم كردستان الأسبوع الماضي، مؤكدة أن «الحشد مؤسسة رسمية تأتمر بأمر القائد العام للقوات المسلحة».",
    [PMF, KRG],
    [Q("هيئة الحشد الشعبي", "الحشد مؤسسة رسمية تأتمر بأمر القائد العام للقوات المسلحة")],
    [V("19", "هيئة الحشد الشعبي", "حكومة إقليم كردستان", True), V("19", None, "حكومة إقليم كردستان")])

# 18 a release through tribal mediation (08, detainees of no stated nationality: null target); قالت إنها in a relative clause is a quote
rec("مأرب - أفرجت جماعة الحوثيين عن 15 محتجزا من أبناء قبائل مراد بوساطة قبلية، في خطوة قالت إنها «بادرة حسن نية» قبيل عيد الأضحى.",
    [HOUTHI],
    [Q("جماعة الحوثيين", "«بادرة حسن نية» قبيل عيد الأضحى")],
    [V("08", "جماعة الحوثيين", None)])

# 19 two sides' versions: a group's quote and a ministry's quote with a scare-quoted verb (في المقابل)
rec("الحسكة - أعلنت قوات سوريا الديمقراطية أن مسيّرة تركية استهدفت سيارة تقل ثلاثة من مقاتليها على طريق تل تمر، ما أدى إلى مقتلهم جميعا. في المقابل، أكدت وزارة الدفاع التركية في إفادتها الأسبوعية أن وحداتها «حيّدت» 11 إرهابيا من حزب العمال الكردستاني شمالي سوريا خلال الأسبوع المنصرم.",
    [SDF, TUR, PKK, SYR],
    [Q("قوات سوريا الديمقراطية", "مسيّرة تركية استهدفت سيارة تقل ثلاثة من مقاتليها على طريق تل تمر، ما أدى إلى مقتلهم جميعا"),
     Q("تركيا", "وحداتها «حيّدت» 11 إرهابيا من حزب العمال الكردستاني شمالي سوريا خلال الأسبوع المنصرم")],
    [V("19", "تركيا", "قوات سوريا الديمقراطية"), V("19", "تركيا", "حزب العمال الكردستاني")])

# 20 a finite appeal to the Security Council (02); محذرا من أن with a fully marked complement; من جانبه for another speaker
rec("القاهرة - دعا وزير الخارجية المصري مجلس الأمن الدولي إلى إلزام إسرائيل بفتح المعابر أمام شاحنات الإغاثة دون قيود، محذرا من أن «المجاعة في غزة لم تعد خطرا محتملا بل واقعا يوميا». من جانبه، قال المتحدث باسم الخارجية الإسرائيلية إن بلاده «لا تفرض أي قيود على دخول الغذاء»، متهما حركة حماس بالاستيلاء على الشاحنات.",
    [EGY, UNSC, ISR, HAMAS],
    [Q("مصر", "المجاعة في غزة لم تعد خطرا محتملا بل واقعا يوميا"),
     Q("إسرائيل", "بلاده «لا تفرض أي قيود على دخول الغذاء»")],
    [V("02", "مصر", "مجلس الأمن الدولي"), V("11", "إسرائيل", "حماس")])

# 21 a drone launched toward a Saudi region with no launcher named (19, null source); a coalition as speaker; دون أن يحدد is no event
rec("الرياض - اعترضت الدفاعات الجوية السعودية طائرة مسيرة مفخخة أُطلقت باتجاه منطقة جازان، بحسب ما صرّح به الناطق الرسمي باسم تحالف دعم الشرعية في اليمن، دون أن يحدد الجهة التي أطلقتها.",
    [SAU, COALY],
    [Q("تحالف دعم الشرعية في اليمن", "اعترضت الدفاعات الجوية السعودية طائرة مسيرة مفخخة أُطلقت باتجاه منطقة جازان")],
    [V("19", None, "السعودية")])

# 22 a frozen membership (16); the coup named after إثر is not coded
rec("أبوجا - جمّد قادة المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)، في قمة طارئة، عضوية غينيا بيساو في هيئاتها كافة حتى استعادة الحكم المدني، إثر استيلاء ضباط من الجيش على السلطة الأسبوع الماضي.",
    [ECOWAS, GNB],
    [],
    [V("16", "المجموعة الاقتصادية لدول غرب أفريقيا", "غينيا بيساو")])

# 23 a formal protest through a note handed to the ambassador (one 11); ما سمّته «...» is a scare quote; the participle demand is not coded
rec("الكويت - قدّمت الكويت احتجاجا رسميا إلى العراق على ما سمّته «تجاوزات» زوارق عراقية في مياه خور عبدالله، وذلك في مذكرة تسلمها السفير العراقي من الخارجية الكويتية، مطالبة بغداد بالالتزام باتفاقية تنظيم الملاحة الموقعة بين البلدين.",
    [KWT, IRQ],
    [],
    [V("11", "الكويت", "العراق")])

# 24 the recipient as subject: weapons handed by a group to the army are 08 from the group; an unnamed source's account to an agency (null quote)
rec("بيروت - تسلّم الجيش اللبناني من حزب الله مستودعا للصواريخ ومنشآت عسكرية في منطقة جنوب نهر الليطاني، ضمن الخطة الحكومية لنزع سلاح الفصائل، وفق ما قاله مسؤول أمني لوكالة الصحافة الفرنسية.",
    [LBN, HEZB],
    [Q(None, "تسلّم الجيش اللبناني من حزب الله مستودعا للصواريخ ومنشآت عسكرية في منطقة جنوب نهر الليطاني، ضمن الخطة الحكومية لنزع سلاح الفصائل")],
    [V("08", "حزب الله", "لبنان")])

# 25 a condemned visit codes only the condemnation (11); اعتبرت الخطوة «...» describes, no quote
rec("عمّان - نددت الخارجية الأردنية بدخول وزير إسرائيلي برفقة عشرات المستوطنين إلى ساحات الحرم القدسي صباح الأحد بحماية الشرطة، واعتبرت الخطوة «استفزازا غير مقبول وانتهاكا صريحا للوضع التاريخي والقانوني».",
    [JOR, ISR],
    [],
    [V("11", "الأردن", "إسرائيل")])

# 26 a passive killing by a shell the Houthis fired on a district (19, null target); a governor in a record about his country holds a group responsible (11); «الجريمة» and the participle call: no quote, no event
rec("تعز - قُتلت امرأة وطفلاها وأصيب أربعة آخرون جراء قذيفة سقطت على حي الجحملية شرقي تعز، أطلقها الحوثيون من مواقعهم في التلال المجاورة، مساء السبت. وحمّل محافظ تعز، في تصريح نقلته وكالة الأنباء اليمنية الرسمية، جماعة الحوثيين المسؤولية الكاملة عن «الجريمة»، داعيا المبعوث الأممي إلى «الخروج عن صمته».",
    [HOUTHI, YEM, UN],
    [],
    [V("19", "جماعة الحوثيين", None), V("11", "اليمن", "جماعة الحوثيين")])

# 27 a signed accord (05) during a visit named in a time phrase (04)
rec("نجامينا - وقّعت تشاد والمجر اتفاقا للتعاون العسكري يشمل تدريب وحدات من الجيش التشادي وتزويدها بمعدات للاتصالات، خلال زيارة أجراها وزير الدفاع المجري إلى نجامينا استمرت يومين.",
    [TCD, HUN],
    [],
    [V("05", "تشاد", "المجر"), V("04", "المجر", "تشاد")])

# 28 a suicide bombing in a restaurant (18, null target) and its claim (01)
rec("مقديشو - قُتل ثمانية أشخاص على الأقل عندما فجّر مهاجم انتحاري نفسه وسط زبائن مطعم شعبي قريب من مقر وزارة الدفاع الصومالية مساء الجمعة، وأعلنت حركة الشباب لاحقا تبنيها الهجوم.",
    [SOM, SHABAB],
    [],
    [V("18", "حركة الشباب", None), V("01", "حركة الشباب", None)])

# 29 strikes on an army's depots (19 toward its state) and a condemnation (11) with ووصفتها بأنها «...» (no quote); silence is no event
rec("دمشق - استهدفت مقاتلات إسرائيلية بعدة ضربات مستودعات وثكنات للجيش السوري قرب الكسوة جنوبي العاصمة، ودانت وزارة الخارجية السورية الهجوم ووصفته بأنه «انتهاك صارخ للسيادة». والتزم الجيش الإسرائيلي الصمت إزاء الضربات.",
    [ISR, SYR],
    [],
    [V("19", "إسرائيل", "سوريا"), V("11", "سوريا", "إسرائيل")])

# 30 verbal nouns after أعلنت: a withdrawal from a base handed to the host army is one 08 toward the host
rec("بغداد - أعلنت قيادة العمليات المشتركة العراقية اكتمال انسحاب القوات الأمريكية من قاعدة عين الأسد بغرب الأنبار وتسليمها إلى الجيش العراقي.",
    [IRQ, USA],
    [],
    [V("08", "الولايات المتحدة", "العراق")])

# 31 an unnamed official (null quote) with لن in a quote (no event); a participle denial of reported consent codes the denied agreement negated
rec("غزة - قال مسؤول في حركة حماس، طلب عدم الكشف عن اسمه، إن الحركة لن تتخلى عن سلاحها «طالما بقي الاحتلال»، نافيا تقارير إسرائيلية عن موافقتها على نزعه ضمن المرحلة الثانية من الاتفاق.",
    [HAMAS, ISR],
    [Q(None, "الحركة لن تتخلى عن سلاحها «طالما بقي الاحتلال»")],
    [V("05", "حماس", "إسرائيل", True)])

# 32 a court rejecting appeals by unnamed parties (12, null target); a named judge's quote
rec("بغداد - رفضت المحكمة الاتحادية العليا في العراق الطعون المقدمة ضد نتائج الانتخابات التشريعية، وصادقت على أسماء الفائزين. وقال رئيس المحكمة القاضي منذر الحسناوي في جلسة علنية إن القرار «بات ونهائي وملزم للسلطات كافة».",
    [IRQ, E("منذر الحسناوي", P, "IRQ", "الحسناوي")],
    [Q("منذر الحسناوي", "القرار «بات ونهائي وملزم للسلطات كافة»")],
    [V("12", "العراق", None)])

# 33 clashes between two named bodies: one 19 from the first named
rec("عدن - اندلعت اشتباكات عنيفة بين مسلحين موالين للمجلس الانتقالي الجنوبي ووحدات من قوات درع الوطن في مديرية سيئون بمحافظة حضرموت، أسفرت عن سقوط قتلى من الطرفين.",
    [STC, NSF],
    [],
    [V("19", "المجلس الانتقالي الجنوبي", "قوات درع الوطن")])

# 34 a bloc's support for a member's sovereignty (05); a refusal of hypothetical attempts is no event; a final statement's demand (10)
rec("الكويت - أكد المجلس الوزاري لمجلس التعاون لدول الخليج العربية، خلال اجتماعه الدوري، دعمه الكامل لسيادة الإمارات على جزرها الثلاث، ورفضه «أي محاولات لفرض الأمر الواقع». وطالب البيان الختامي طهران بالرد الإيجابي على مبادرات الحل السلمي، بما في ذلك اللجوء إلى محكمة العدل الدولية.",
    [GCC, ARE, IRN],
    [],
    [V("05", "مجلس التعاون لدول الخليج العربية", "الإمارات"), V("10", "مجلس التعاون لدول الخليج العربية", "إيران")])

# 35 verbal nouns after أعلن: a retaken town is 19 toward the group driven out (one event)
rec("الأبيض - أعلن الجيش السوداني بسط سيطرته الكاملة على بلدة الخوي في غرب كردفان وطرد عناصر الدعم السريع منها.",
    [SDN, RSF],
    [],
    [V("19", "السودان", "قوات الدعم السريع")])

# 36 a verbal noun after أعلنت (no quote): migrants of mixed nationality (17, null target)
rec("طرابلس - أعلنت وزارة الداخلية في حكومة الوحدة الوطنية الليبية ضبط 140 مهاجرا من بلدان أفريقية عدة دخلوا البلاد بطرق غير قانونية وكانوا يستعدون للإبحار من شاطئ صبراتة نحو السواحل الإيطالية.",
    [LBY],
    [],
    [V("17", "ليبيا", None)])

# 37 a summoned ambassador (11); accusations named in a relative clause and told again in a pluperfect sentence: one 11
rec("الجزائر - أعلنت وزارة الخارجية الجزائرية استدعاء سفير مالي لديها للاحتجاج على ما وصفته بـ«اتهامات باطلة» وجهتها سلطات باماكو للجزائر بإيواء جماعات مسلحة. وكانت الحكومة الانتقالية في مالي قد اتهمت جارتها الشمالية، في بيان تلاه متحدث حكومي على الشاشة الرسمية، بـ«التدخل في شؤونها الداخلية».",
    [DZA, MLI],
    [],
    [V("11", "الجزائر", "مالي"), V("11", "مالي", "الجزائر")])

# 38 a ministry's quote: a killing and arrests in one raid (19 and 17 toward Palestine)
rec("جنين - أفادت وزارة الصحة الفلسطينية بأن شابا فلسطينيا في العشرين من عمره استشهد برصاص قوات الاحتلال الإسرائيلي حين داهمت بلدة يعبد قرب جنين، فيما اعتقلت القوات ثلاثة آخرين.",
    [PSE, ISR],
    [Q("فلسطين", "شابا فلسطينيا في العشرين من عمره استشهد برصاص قوات الاحتلال الإسرائيلي حين داهمت بلدة يعبد قرب جنين، فيما اعتقلت القوات ثلاثة آخرين")],
    [V("19", "إسرائيل", "فلسطين"), V("17", "إسرائيل", "فلسطين")])

# 39 a death sentence for spying for a foreign service: 11 toward its country; the clause credited to the judiciary's news site
rec("طهران - قضت محكمة الثورة في طهران بإعدام رجل أُدين بالتجسس لصالح جهاز الموساد الإسرائيلي وتسريب معلومات عن منشآت حساسة، وفق ما نشره موقع ميزان، الذراع الإعلامية للقضاء الإيراني.",
    [IRN, ISR, MIZAN],
    [Q("موقع ميزان", "قضت محكمة الثورة في طهران بإعدام رجل أُدين بالتجسس لصالح جهاز الموساد الإسرائيلي وتسريب معلومات عن منشآت حساسة")],
    [V("11", "إيران", "إسرائيل")])

# 40 strikes on a group (19); a channel's credited clause and a second quote in its relative clause (التي أكدت أن); no comment is no event
rec("الحديدة - قصفت طائرات حربية أمريكية أهدافا للحوثيين قرب ميناء رأس عيسى وفي محيط مطار الحديدة، حسبما أوردت قناة المسيرة، التي أكدت أن القصف أوقع قتلى وجرحى في صفوف عمال الميناء. ولم تعلق واشنطن على الفور.",
    [USA, HOUTHI, MASIRA],
    [Q("قناة المسيرة", "قصفت طائرات حربية أمريكية أهدافا للحوثيين قرب ميناء رأس عيسى وفي محيط مطار الحديدة"),
     Q("قناة المسيرة", "القصف أوقع قتلى وجرحى في صفوف عمال الميناء")],
    [V("19", "الولايات المتحدة", "جماعة الحوثيين")])

# 41 a verbal noun after كشفت عن: arrests of unnamed suspects (17, null target); بتهمة is a reason and its marked fragment no quote
rec("عمّان - كشفت دائرة المخابرات العامة في الأردن عن توقيف 16 شخصا بتهمة تصنيع صواريخ وطائرات مسيّرة وتخزين متفجرات «بقصد المساس بالأمن الوطني».",
    [JOR],
    [],
    [V("17", "الأردن", None)])

# 42 a sponsored meeting of two ministers (04 each way from the sponsor, 04 between them) and an agreement (05)
rec("جدة - عقد وزيرا الدفاع اللبناني والسوري اجتماعا في جدة برعاية سعودية، اتفقا خلاله على تشكيل لجان فنية لترسيم الحدود وتفعيل التنسيق لمكافحة التهريب.",
    [LBN, SYR, SAU],
    [],
    [V("04", "لبنان", "سوريا"), V("04", "السعودية", "لبنان"), V("04", "السعودية", "سوريا"), V("05", "لبنان", "سوريا")])

# 43 an aid convoy attacked with no attacker named (18, null source, toward the agency); وأضاف البرنامج with a partly marked complement; دون أن يحمّل is no event
rec("بورتسودان - أفاد برنامج الأغذية العالمي بأن قافلة من 16 شاحنة محملة بالمساعدات الغذائية تعرضت لهجوم بطائرة مسيرة قرب مدينة الكومة بولاية شمال دارفور، ما أدى إلى احتراق ثلاث شاحنات وإصابة سائقين. وأضاف البرنامج أن مسار القافلة «كان قد أُبلغ به جميع أطراف النزاع مسبقا»، دون أن يحمّل جهة بعينها المسؤولية.",
    [WFP],
    [Q("برنامج الأغذية العالمي", "قافلة من 16 شاحنة محملة بالمساعدات الغذائية تعرضت لهجوم بطائرة مسيرة قرب مدينة الكومة بولاية شمال دارفور، ما أدى إلى احتراق ثلاث شاحنات وإصابة سائقين"),
     Q("برنامج الأغذية العالمي", "مسار القافلة «كان قد أُبلغ به جميع أطراف النزاع مسبقا»")],
    [V("18", None, "برنامج الأغذية العالمي")])

# 44 an arrest warrant for a group's unnamed commander: 11 toward the group
rec("لاهاي - كشفت المحكمة الجنائية الدولية عن إصدار أمر بالقبض على قيادي في قوات الدعم السريع يُشتبه في مسؤوليته عن جرائم قتل جماعي في مدينة الجنينة عام 2023.",
    [ICC, RSF],
    [],
    [V("11", "المحكمة الجنائية الدولية", "قوات الدعم السريع")])

# 45 a minister's partly marked quote with لن and a condition: no event
rec("القدس - قال وزير الدفاع الإسرائيلي إن الجيش «لن ينسحب» من النقاط الخمس التي يتمركز فيها جنوب لبنان «قبل نزع سلاح حزب الله بالكامل».",
    [ISR, LBN, HEZB],
    [Q("إسرائيل", "الجيش «لن ينسحب» من النقاط الخمس التي يتمركز فيها جنوب لبنان «قبل نزع سلاح حزب الله بالكامل»")],
    [])

# 46 rockets with no launcher named near an embassy (19, null source, toward its state); a group's denial (negated 19); the government's quote reports an inquiry as fact (09, null target)
rec("بغداد - قال مسؤولان أمنيان عراقيان إن صاروخين من طراز كاتيوشا سقطا على مقربة من السفارة الأمريكية وسط المنطقة الخضراء فجر الاثنين، دون وقوع إصابات. وسارعت كتائب حزب الله إلى نفي أي علاقة لها بالهجوم، فيما أكدت الحكومة العراقية أنها فتحت تحقيقا لكشف الجهة المنفذة.",
    [IRQ, USA, KH],
    [Q(None, "صاروخين من طراز كاتيوشا سقطا على مقربة من السفارة الأمريكية وسط المنطقة الخضراء فجر الاثنين، دون وقوع إصابات"),
     Q("العراق", "فتحت تحقيقا لكشف الجهة المنفذة")],
    [V("19", None, "الولايات المتحدة"), V("19", "كتائب حزب الله", "الولايات المتحدة", True), V("09", "العراق", None)])

# 47 a terrorism chamber's sentences on unnamed convicts (11, null target); «التآمر على أمن الدولة» names a case
rec("تونس - قضت الدائرة المختصة بالنظر في قضايا الإرهاب بالمحكمة الابتدائية في تونس بسجن 11 متهما لفترات بين ثمانية أعوام و24 عاما في الملف المعروف إعلاميا بـ«التآمر على أمن الدولة»، ومن بينهم قياديون في أحزاب معارضة.",
    [E("تونس", L, "TUN")],
    [],
    [V("11", "تونس", None)])

# 48 a UN envoy (the UN) as speaker: staff detained by a group (17 toward the UN); the participle demand is not coded
rec("نيويورك - أعلن المبعوث الأممي إلى اليمن أن جماعة الحوثيين أوقفت في الأيام الأخيرة سبعة عاملين آخرين في وكالات أممية، ليرتفع عدد المحتجزين منهم إلى مستوى غير مسبوق، مطالبا بإطلاقهم دون شروط.",
    [UN, HOUTHI, YEM],
    [Q("الأمم المتحدة", "جماعة الحوثيين أوقفت في الأيام الأخيرة سبعة عاملين آخرين في وكالات أممية، ليرتفع عدد المحتجزين منهم إلى مستوى غير مسبوق")],
    [V("17", "جماعة الحوثيين", "الأمم المتحدة")])

# 49 a phone call (04); praise with a marked fragment (05, no quote); أكد الجانب + noun is no quote
rec("طهران - بحث وزير الخارجية الإيراني مع نظيره السعودي، في اتصال هاتفي مساء الأربعاء، التطورات الإقليمية وسبل تعزيز العلاقات الثنائية. وأشاد الوزير الإيراني بـ«الدور البنّاء» للرياض في خفض التوتر، فيما أكد الجانب السعودي حرصه على استمرار التشاور.",
    [IRN, SAU],
    [],
    [V("04", "إيران", "السعودية"), V("05", "إيران", "السعودية")])

# 50 an AU organ's condemnation (11); محذرا من أن with a partly marked complement; «حكومة موازية» is a scare quote
rec("أديس أبابا - أدان مجلس السلم والأمن التابع للاتحاد الأفريقي بشدة إعلان قوات الدعم السريع تشكيل «حكومة موازية» في مناطق سيطرتها، محذرا من أن الخطوة «تهدد وحدة السودان وسلامة أراضيه».",
    [AU, RSF, SDN],
    [Q("الاتحاد الأفريقي", "الخطوة «تهدد وحدة السودان وسلامة أراضيه»")],
    [V("11", "الاتحاد الأفريقي", "قوات الدعم السريع")])

# 51 an agency chief (the agency) as speaker: entry refused to its staff (12 toward the agency); واصفا القرار بأنه «...» describes, no quote
rec("عمّان - قال المفوض العام لوكالة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين (الأونروا) إن السلطات الإسرائيلية منعت للشهر الرابع على التوالي دخول أي موظف دولي تابع للوكالة إلى قطاع غزة، واصفا القرار بأنه «عقاب جماعي لمليوني إنسان».",
    [UNRWA, ISR],
    [Q("الأونروا", "السلطات الإسرائيلية منعت للشهر الرابع على التوالي دخول أي موظف دولي تابع للوكالة إلى قطاع غزة")],
    [V("12", "إسرائيل", "الأونروا")])

# 52 talks with a visiting head of state (04); a refusal of hypothetical acts is no event (noun complement: no quote)
rec("القاهرة - أكد الرئيس المصري، خلال محادثاته في القاهرة مع رئيس مجلس السيادة السوداني، رفض بلاده «أي مساس بوحدة السودان أو تشكيل كيانات موازية».",
    [EGY, SDN],
    [],
    [V("04", "مصر", "السودان")])

# 53 a national inquiry commission's quote (two إن clauses): killings by unnamed perpetrators (20, null both) and suspects referred to the courts (17, null target)
rec("اللاذقية - قالت اللجنة الوطنية للتحقيق في أحداث الساحل إنها وثقت مقتل 1350 شخصا على الأقل في أعمال عنف طائفية شهدتها قرى ريفي اللاذقية وطرطوس، وإنها أحالت 260 مشتبها بهم من عناصر فصائل مسلحة وقوات رديفة إلى القضاء.",
    [SYRCOM],
    [Q("اللجنة الوطنية للتحقيق في أحداث الساحل", "وثقت مقتل 1350 شخصا على الأقل في أعمال عنف طائفية شهدتها قرى ريفي اللاذقية وطرطوس، وإنها أحالت 260 مشتبها بهم من عناصر فصائل مسلحة وقوات رديفة إلى القضاء")],
    [V("20", None, None), V("17", "اللجنة الوطنية للتحقيق في أحداث الساحل", None)])

# 54 a mediated release (08 toward the national's country; the mediator 04 toward the holder); the detention in كانت محتجزة is not coded
rec("مسقط - أعلنت وزارة الخارجية العمانية أن السلطنة نجحت في التوسط للإفراج عن مواطنة فرنسية كانت محتجزة لدى السلطات الإيرانية منذ عامين، وأنها وصلت إلى مسقط في طريقها إلى باريس.",
    [OMN, FRA, IRN],
    [Q("سلطنة عمان", "السلطنة نجحت في التوسط للإفراج عن مواطنة فرنسية كانت محتجزة لدى السلطات الإيرانية منذ عامين، وأنها وصلت إلى مسقط في طريقها إلى باريس")],
    [V("08", "إيران", "فرنسا"), V("04", "سلطنة عمان", "إيران")])

# 55 strikes on facilities a group runs (19 toward the group); the striker's army quoted with a partly marked complement
rec("صنعاء - أغار الطيران الإسرائيلي على محطة حزيز لتوليد الكهرباء جنوب صنعاء وعلى مخازن للوقود في ميناء الحديدة، وقال الجيش الإسرائيلي إن المنشآت «تستخدمها جماعة الحوثيين لأغراض عسكرية».",
    [ISR, HOUTHI],
    [Q("إسرائيل", "المنشآت «تستخدمها جماعة الحوثيين لأغراض عسكرية»")],
    [V("19", "إسرائيل", "جماعة الحوثيين")])

# 56 forces withdrawn from a country (08 toward it); «بمحض إرادتها» is a scare quote
rec("أبوظبي - أعلنت وزارة الدفاع الإماراتية إنهاء مهام ما تبقى من فرق مكافحة الإرهاب التابعة لها في اليمن «بمحض إرادتها»، بعد مراجعة شاملة لمتطلبات المرحلة.",
    [ARE, YEM],
    [],
    [V("08", "الإمارات", "اليمن")])

# 57 an agreement reached between a regional government and the federal government (05); the halt after بعد is a time phrase
rec("أربيل - أعلنت حكومة إقليم كردستان التوصل مع حكومة بغداد الاتحادية إلى تفاهم يسمح بعودة ضخ نفط الإقليم نحو ميناء جيهان في تركيا، بعد انقطاع استمر قرابة ثلاثين شهرا.",
    [KRG, IRQ, TUR],
    [],
    [V("05", "حكومة إقليم كردستان", "العراق")])

# 58 refugees crossing (no act); a refugee agency's partly marked quote and a finite appeal to unnamed donors (02, null target)
rec("أدري - عبر أكثر من أربعة آلاف لاجئ سوداني الحدود إلى تشاد خلال أسبوع واحد هربا من المعارك في غرب دارفور. وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن المخيمات المحيطة ببلدة أدري «تجاوزت طاقتها الاستيعابية بأضعاف»، وناشدت المانحين تقديم تمويل عاجل.",
    [UNHCR, SDN, TCD],
    [Q("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "المخيمات المحيطة ببلدة أدري «تجاوزت طاقتها الاستيعابية بأضعاف»")],
    [V("02", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", None)])

# 59 officials named by nationality meet (04) under a sponsor (04 toward each); نقل موقع عن مصدرين: null speaker
rec("باريس - التقى مسؤولون سوريون وإسرائيليون مجددا في العاصمة الفرنسية برعاية أمريكية لبحث تفاهمات أمنية تخص جنوب سوريا، حسبما نقل موقع أكسيوس عن مصدرين مطلعين.",
    [SYR, ISR, USA, FRA],
    [Q(None, "التقى مسؤولون سوريون وإسرائيليون مجددا في العاصمة الفرنسية برعاية أمريكية لبحث تفاهمات أمنية تخص جنوب سوريا")],
    [V("04", "سوريا", "إسرائيل"), V("04", "الولايات المتحدة", "سوريا"), V("04", "الولايات المتحدة", "إسرائيل")])

# 60 armed men approaching a ship with an exchange of fire, no attacker named (18, null source, toward the flag state); a state's maritime body as speaker
rec("دبي - أفادت هيئة عمليات التجارة البحرية البريطانية بأن قبطان ناقلة تحمل علم جزر مارشال أبلغ عن اقتراب زورقين على متنهما مسلحون من السفينة على بعد 40 ميلا بحريا شرق الفجيرة، قبل أن يبتعدا إثر تبادل لإطلاق النار مع فريق الحماية.",
    [GBR, MHL],
    [Q("المملكة المتحدة", "قبطان ناقلة تحمل علم جزر مارشال أبلغ عن اقتراب زورقين على متنهما مسلحون من السفينة على بعد 40 ميلا بحريا شرق الفجيرة، قبل أن يبتعدا إثر تبادل لإطلاق النار مع فريق الحماية")],
    [V("18", None, "جزر مارشال")])

# 61 subject-first: a seized tanker and its detained crew of no stated nationality (one 17, null target); دون أن يكشف is no event
rec("طهران - الحرس الثوري الإيراني أعلن احتجاز ناقلة أجنبية على متنها نحو مليوني لتر من الديزل المهرّب في مياه الخليج قرب جزيرة قشم، وتوقيف أفراد طاقمها الثلاثة عشر، دون أن يكشف عن جنسياتهم أو عن العلم الذي ترفعه السفينة.",
    [IRN],
    [],
    [V("17", "إيران", None)])

# 62 a strike killing a group's commander (19 toward the group); a president's condemnation (11) with معتبرا إياها «...» (no quote) and a demand on unnamed sponsor states (10, null target)
rec("بيروت - استهدفت غارة إسرائيلية شقة في مبنى سكني بمنطقة الحدث في الضاحية الجنوبية لبيروت، فقُتل فيها مسؤول عسكري بارز في حزب الله ومعه مرافقان. وندد الرئيس اللبناني بالغارة معتبرا إياها «رسالة مرفوضة» للجهود الدبلوماسية، وطالب الدول الراعية لاتفاق وقف إطلاق النار بـ«تحمل مسؤولياتها».",
    [ISR, HEZB, LBN],
    [],
    [V("19", "إسرائيل", "حزب الله"), V("11", "لبنان", "إسرائيل"), V("10", "لبنان", None)])

# 63 a welcome (05) of a state's recognition of Palestine (05); ووصف ... بأنه «...» describes, no quote
rec("القاهرة - رحبت جامعة الدول العربية بقرار الحكومة البرتغالية الاعتراف رسميا بدولة فلسطين، ووصف الأمين العام المساعد للجامعة القرار بأنه «خطوة شجاعة في الاتجاه الصحيح».",
    [ARAB, PRT, PSE],
    [],
    [V("05", "جامعة الدول العربية", "البرتغال"), V("05", "البرتغال", "فلسطين")])

# 64 a counter-terrorism service's arrest of a group's leader (17); an airdrop with a coalition's cooperation adds 06 toward the partner; من وصفه بـ«...» is a scare quote
rec("الأنبار - أعلن جهاز مكافحة الإرهاب العراقي القبض على من وصفه بـ«والي الأنبار» في تنظيم داعش، خلال عملية إنزال جوي نفذتها قوة خاصة بالتعاون مع التحالف الدولي في صحراء القائم.",
    [IRQ, ISIS, COAL],
    [],
    [V("17", "العراق", "تنظيم داعش"), V("06", "العراق", "التحالف الدولي")])

# 65 the recipient as subject: economic aid received (07 from the giver); a central bank governor (his country) with a partly marked quote; the participle of appreciation is 05
rec("عدن - أعلن البنك المركزي اليمني تسلّم دفعة جديدة بقيمة 368 مليون دولار من الدعم الاقتصادي السعودي المخصص لتغطية عجز الموازنة ودفع رواتب موظفي الدولة. وقال محافظ البنك إن الدعم «يمنح الحكومة متنفسا» لمواجهة انهيار العملة، معربا عن تقدير اليمن للمملكة.",
    [YEM, SAU],
    [Q("اليمن", "الدعم «يمنح الحكومة متنفسا» لمواجهة انهيار العملة")],
    [V("07", "السعودية", "اليمن"), V("05", "اليمن", "السعودية")])

# 66 a vow of a response under a condition (13); a marked fragment inside the vow is no quote; قائلا إن with a fully marked complement
rec("بيروت - توعّد الأمين العام لحزب الله برد «في الزمان والمكان المناسبين» إذا استمرت الاعتداءات الإسرائيلية على القرى الجنوبية، قائلا في كلمة متلفزة إن «صبر المقاومة له حدود».",
    [HEZB, ISR],
    [Q("حزب الله", "صبر المقاومة له حدود")],
    [V("13", "حزب الله", "إسرائيل")])

# 67 sanctions on a group's commanders and companies registered elsewhere: one 16 toward the group; بسبب is a reason
rec("بروكسل - أضاف الاتحاد الأوروبي إلى لائحة عقوباته ثلاثة أسماء من قيادة قوات الدعم السريع وشركتين مسجلتين في الإمارات، بسبب دورهم في تمويل الحرب في السودان وتأجيج العنف في دارفور.",
    [EU, RSF, ARE, SDN],
    [],
    [V("16", "الاتحاد الأوروبي", "قوات الدعم السريع")])

# 68 a planned reopening (no event) in a state body's quote; an unnamed official's reply (null quote, no event)
rec("القاهرة - أعلنت الهيئة العامة للاستعلامات المصرية أن معبر رفح سيُفتح في الاتجاهين اعتبارا من الأسبوع المقبل لعبور الأفراد، وفق آلية متفق عليها مع بعثة الاتحاد الأوروبي. غير أن مسؤولا إسرائيليا قلّل من أهمية الإعلان، قائلا إنه «لا يوجد موعد محدد حتى الآن».",
    [EGY, EU, ISR],
    [Q("مصر", "معبر رفح سيُفتح في الاتجاهين اعتبارا من الأسبوع المقبل لعبور الأفراد، وفق آلية متفق عليها مع بعثة الاتحاد الأوروبي"),
     Q(None, "لا يوجد موعد محدد حتى الآن")],
    [])

# 69 an operation against unnamed smuggling gangs with armoured reinforcements (one 15, null target); «...» names the target
rec("بنغازي - أطلقت القيادة العامة للقوات المسلحة العربية الليبية عملية عسكرية لملاحقة «عصابات تهريب البشر والوقود» في المثلث الحدودي مع السودان وتشاد، ودفعت بتعزيزات مدرعة إلى منطقة الكفرة.",
    [LNA, SDN, TCD],
    [],
    [V("15", "القيادة العامة للقوات المسلحة العربية الليبية", None)])

# 70 a border closed to a neighbour (16); the incursion after بعد is a reason
rec("نجامينا - قررت السلطات التشادية إغلاق حدودها البرية مع جمهورية أفريقيا الوسطى إلى أجل غير مسمى، بعد توغل مجموعة مسلحة في قرية حدودية بإقليم لوغون الشرقي وخطفها تسعة من السكان.",
    [TCD, CAF],
    [],
    [V("16", "تشاد", "جمهورية أفريقيا الوسطى")])

# 71 burned fuel tankers (17, property destroyed, null target) credited to unnamed hauliers and officials (null quote); أقرت بـ«...» and نفت أن about a state are no quote and no event
rec("كايس - أحرق عناصر من جماعة نصرة الإسلام والمسلمين 40 صهريج وقود قادمة من السنغال على محور كايس - باماكو خلال الأسبوع الماضي، وفق ما ذكره ناقلون ومسؤولون محليون. وأقرت الحكومة المالية بـ«صعوبات في الإمداد»، لكنها نفت أن تكون العاصمة مهددة بنقص حاد في المحروقات.",
    [JNIM, MLI, SEN],
    [Q(None, "أحرق عناصر من جماعة نصرة الإسلام والمسلمين 40 صهريج وقود قادمة من السنغال على محور كايس - باماكو خلال الأسبوع الماضي")],
    [V("17", "جماعة نصرة الإسلام والمسلمين", None)])

# 72 troops arriving within an AU mission (07 toward the host); their deployment after تمهيدا لـ is a purpose
rec("مقديشو - حطّت في العاصمة الصومالية طائرات تقل أولى وحدات الجيش المصري المنضوية في بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال، تمهيدا لانتشارها في إقليم شبيلي السفلى.",
    [EGY, SOM, AU],
    [],
    [V("07", "مصر", "الصومال")])

# 73 subject-first: a crossing closed to a neighbour (16); «دواع أمنية» is a scare quote
rec("القائم - السلطات العراقية أغلقت منفذ القائم الحدودي مع سوريا أمام حركة الشاحنات بشكل مؤقت، وأرجعت القرار إلى «دواع أمنية» دون أن تقدم مزيدا من التفاصيل.",
    [IRQ, SYR],
    [],
    [V("16", "العراق", "سوريا")])

# 74 remains handed through the ICRC (08 toward Israel, the ICRC no target); a PM's office (Israel) quoted twice; the participle threat is 13; a complaint inside reported speech adds no 11
rec("خان يونس - سلّمت كتائب القسام، الجناح العسكري لحركة حماس، رفات رهينتين إسرائيليين إلى الصليب الأحمر الدولي، الذي نقلها بدوره إلى الجيش الإسرائيلي. وأكد مكتب رئيس الوزراء الإسرائيلي في بيان أن الحركة «ما زالت تماطل» في تسليم بقية الرفات، متوعدا بأن إسرائيل «لن تتهاون» في استعادتها.",
    [HAMAS, ISR, ICRC],
    [Q("إسرائيل", "الحركة «ما زالت تماطل» في تسليم بقية الرفات"),
     Q("إسرائيل", "إسرائيل «لن تتهاون» في استعادتها")],
    [V("08", "حماس", "إسرائيل"), V("13", "إسرائيل", "حماس")])

# 75 an arrest of a suspected member of a group (17 toward the group); the plot (كانت تخطط) is no event
rec("طرابلس (لبنان) - أوقف الجيش اللبناني، خلال مداهمة في منطقة باب التبانة، مواطنا سوريا يشتبه في انتمائه إلى خلية تابعة لتنظيم داعش كانت تخطط لاستهداف دور عبادة.",
    [LBN, ISIS, SYR],
    [],
    [V("17", "لبنان", "تنظيم داعش")])

# 76 joint naval drills closed (06 from the first named)
rec("المنامة - اختتمت القوات البحرية البحرينية والبريطانية تمرينا بحريا مشتركا دام خمسة أيام في المياه الإقليمية للمملكة، تضمّن تدريبات على مكافحة الألغام البحرية وحماية خطوط الملاحة.",
    [BHR, GBR],
    [],
    [V("06", "البحرين", "المملكة المتحدة")])

# 77 death sentences by a court a group controls (11 toward the unnamed "enemy", null target); an NGO's critical description (11, no quote) and its finite demand (10)
rec("صنعاء - أصدرت محكمة خاضعة لسيطرة جماعة الحوثيين أحكاما بإعدام 17 شخصا بتهمة «التعاون مع دول معادية»، في محاكمة وصفتها منظمة هيومن رايتس ووتش بأنها «تفتقر إلى أدنى معايير العدالة». وطالبت المنظمة سلطات صنعاء بإلغاء الأحكام والإفراج عن المعتقلين فورا.",
    [HOUTHI, HRW],
    [],
    [V("11", "جماعة الحوثيين", None), V("11", "هيومن رايتس ووتش", "جماعة الحوثيين"), V("10", "هيومن رايتس ووتش", "جماعة الحوثيين")])

# 78 a quote before its attribution (بهذه العبارة ردّ); مضيفا أن with a partly marked complement; no event
rec("بغداد - «لن نسمح بتحويل أرضنا إلى منصة لتهديد جيراننا»، بهذه العبارة ردّ وزير الخارجية العراقي على سؤال بشأن هجمات بالمسيرات تنطلق من الأراضي العراقية، مضيفا أن الحكومة «اتخذت إجراءات مشددة» على الحدود.",
    [IRQ],
    [Q("العراق", "لن نسمح بتحويل أرضنا إلى منصة لتهديد جيراننا"),
     Q("العراق", "الحكومة «اتخذت إجراءات مشددة» على الحدود")],
    [])

# 79 a passive killing of a force's soldiers (19 toward the force), the group's claim (01) and its participle quote (زاعما أنه)
rec("عتق - قُتل ستة جنود من قوات دفاع شبوة عندما هاجم مقاتلو تنظيم القاعدة في جزيرة العرب نقطة عسكرية في مديرية الصعيد. وأعلن التنظيم في بيان نشره عبر منصاته مسؤوليته عن الهجوم، زاعما أنه قتل «أكثر من عشرين جنديا».",
    [SHABWA, AQAP],
    [Q("تنظيم القاعدة في جزيرة العرب", "قتل «أكثر من عشرين جنديا»")],
    [V("19", "تنظيم القاعدة في جزيرة العرب", "قوات دفاع شبوة"), V("01", "تنظيم القاعدة في جزيرة العرب", None)])

# 80 a street protest by unnamed crowds (14, null source, toward the foreign state); participle demands are not coded
rec("الرباط - تظاهر آلاف المحتجين في شوارع العاصمة المغربية، الأحد، تضامنا مع سكان غزة، مطالبين بإنهاء التطبيع مع إسرائيل وإغلاق مكتب الاتصال الإسرائيلي.",
    [ISR],
    [],
    [V("14", None, "إسرائيل")])

# 81 a pledge (03) toward the host country, given at a joint press conference (04)
rec("عمّان - تعهدت ألمانيا بتقديم 40 مليون يورو إضافية لدعم اللاجئين السوريين والمجتمعات المضيفة في الأردن، خلال مؤتمر صحفي مشترك لوزيرة التنمية الألمانية ونظيرها الأردني في عمّان.",
    [DEU, JOR, SYR],
    [],
    [V("03", "ألمانيا", "الأردن"), V("04", "ألمانيا", "الأردن")])

# 82 reinforcements sent toward a named group (15 toward it)
rec("دهوك - دفع الجيش التركي بتعزيزات تضم مدرعات وقطع مدفعية إلى قواعده في منطقة متينا بمحافظة دهوك شمالي العراق، في مواجهة مقاتلي حزب العمال الكردستاني المتحصنين في المرتفعات.",
    [TUR, PKK, IRQ],
    [],
    [V("15", "تركيا", "حزب العمال الكردستاني")])

# 83 a massacre of villagers (20, null target); credited to unnamed activists (null quote)
rec("ود مدني - اقتحمت عناصر مسلحة تابعة لقوات الدعم السريع قرية ود العقلي في ولاية الجزيرة، وقتلت ما لا يقل عن 85 من سكانها رميا بالرصاص وأحرقت عشرات المنازل، بحسب ما أفاد به ناشطون محليون.",
    [RSF],
    [Q(None, "اقتحمت عناصر مسلحة تابعة لقوات الدعم السريع قرية ود العقلي في ولاية الجزيرة، وقتلت ما لا يقل عن 85 من سكانها رميا بالرصاص وأحرقت عشرات المنازل")],
    [V("20", "قوات الدعم السريع", None)])

# 84 a fact-finding mission's mandate (09 toward the country), with a vote count
rec("جنيف - قرر مجلس حقوق الإنسان التابع للأمم المتحدة تشكيل بعثة مستقلة لتقصي الحقائق بشأن الانتهاكات المرتكبة في مدينة الفاشر السودانية، بأغلبية 27 صوتا مقابل 8 أصوات وامتناع 12 دولة عن التصويت.",
    [HRC, SDN],
    [],
    [V("09", "مجلس حقوق الإنسان", "السودان")])

# 85 a rejected plan codes the rejection only (12); معتبرة أنه with a fully marked complement is a quote
rec("غزة - رفضت حركة الجهاد الإسلامي المقترح الأمريكي بشأن إدارة قطاع غزة بعد الحرب، معتبرة أنه «وصاية أجنبية مقنّعة».",
    [PIJ, USA],
    [Q("حركة الجهاد الإسلامي", "وصاية أجنبية مقنّعة")],
    [V("12", "حركة الجهاد الإسلامي", "الولايات المتحدة")])

# 86 an offer to host talks (03 toward each side); the offer credited with وفق to a ministry's spokesman (its quote)
rec("باريس - أبدت فرنسا رغبتها في احتضان محادثات بين الحكومة السورية وقوات سوريا الديمقراطية، بحسب تصريحات للناطق باسم الخارجية الفرنسية.",
    [FRA, SYR, SDF],
    [Q("فرنسا", "أبدت فرنسا رغبتها في احتضان محادثات بين الحكومة السورية وقوات سوريا الديمقراطية")],
    [V("03", "فرنسا", "سوريا"), V("03", "فرنسا", "قوات سوريا الديمقراطية")])

# 87 a round of talks between two sides (04) that ends without agreement (negated 05); a UN envoy's office (the UN) quoted, continued by وتابعت; the resumption is a plan
rec("مسقط - اختُتمت في العاصمة العمانية جولة مفاوضات بين وفدي الحكومة اليمنية وجماعة الحوثيين بشأن ملف الأسرى والمحتجزين، دون أن يتفق الجانبان على قوائم الدفعة الجديدة. وقالت المتحدثة باسم مكتب المبعوث الأممي إن الطرفين «أحرزا تقدما في بعض الجوانب الفنية»، وتابعت أن المشاورات ستُستأنف «في أقرب وقت ممكن».",
    [YEM, HOUTHI, UN],
    [Q("الأمم المتحدة", "الطرفين «أحرزا تقدما في بعض الجوانب الفنية»"),
     Q("الأمم المتحدة", "المشاورات ستُستأنف «في أقرب وقت ممكن»")],
    [V("04", "اليمن", "جماعة الحوثيين"), V("05", "اليمن", "جماعة الحوثيين", True)])

# 88 a denial (نفى أن: no quote) codes the denied shooting negated (null target: aid seekers of no stated nationality); the deaths after بعد أن are a time phrase; the army's spokesman (Israel) quoted
rec("غزة - نفى الجيش الإسرائيلي أن تكون قواته قد أطلقت النار على حشود من منتظري المساعدات قرب مركز توزيع في رفح صباح الثلاثاء، بعد أن أعلنت وزارة الصحة في القطاع مقتل 21 شخصا هناك. وقال المتحدث باسم الجيش الإسرائيلي إن «التحقيق الأولي لم يرصد أي إطلاق نار من جانب قواتنا باتجاه المدنيين».",
    [ISR],
    [Q("إسرائيل", "التحقيق الأولي لم يرصد أي إطلاق نار من جانب قواتنا باتجاه المدنيين")],
    [V("19", "إسرائيل", None, True)])

# 89 a boycott (عدم مشاركتها) is a negated 04 toward the convener; معتبرة أن with a partly marked complement
rec("الجزائر - أعلنت وزارة الخارجية الجزائرية عدم مشاركتها في الاجتماع الوزاري الذي دعت إليه باريس الأسبوع المقبل حول الأمن في منطقة الساحل، معتبرة أن «مقاربة الحلول العسكرية الخارجية أثبتت فشلها».",
    [DZA, FRA],
    [Q("الجزائر", "«مقاربة الحلول العسكرية الخارجية أثبتت فشلها»")],
    [V("04", "الجزائر", "فرنسا", True)])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "quotes_events_dev27.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in R:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
