//! Is the act told as having happened? Clause cues that turn a trigger into no event.
//!
//! The engine finds a trigger and its actors; real pages then tell many acts that did not
//! happen, or happened long ago, or are no act at all. [`drop_untold`] reads the few words
//! around each event's trigger and drops the event when one of these cues stands there
//! ([`Untold`]):
//!
//! - **maybe**: a modal or a possibility before the trigger in its clause (`يمكن أن`,
//!   `بإمكان`, `ربما`, `قد` + a present verb, `من شأن`, `يجب أن`, `ينبغي`, `من الممكن`): "قد
//!   يؤدي ذلك إلى مواجهات" tells no clash; nor does a verbal noun that, after `أن`/`إن`, is the
//!   subject of a future or a possibility (`لأن إطالة الصراع ستؤدي إلى`, `إن فرض العقوبات من
//!   شأنه أن`), unless a relative clause tells it (`الغارات التي شنتها … ستؤدي`);
//! - **habit**: a habit or a general truth (`كثيرا ما`, `عادة ما`, `غالبا ما`, `دائما`):
//!   "حيث كثيرا ما يشن المقاتلون هجمات" tells no attack of this day; nor does a present verb
//!   whose subject is any act of a kind (`ضد كل عمل إرهابي جبان يستهدف أمنها`, `لأي محاولة
//!   تستهدف الوطن`; not `كل من البلدين يدين`): 6 such events on SaudiNewsNet articles
//!   18,000–23,999, none right;
//! - **history**: a year two or more before the page's own (or the year before, on a page of the
//!   year's second half: six months back at least), in the trigger's clause before the
//!   trigger or within four words after it (`في عام 1990 اجتاحت`, `اعتقل في 30 يونيو 2013`):
//!   background, not news (also `في أغسطس 2013`, `عام 2003م`, `1430هـ`); a date in the first
//!   words of the sentence dates its later clauses too (`في 4 مارس 2004، دخل مسلح … وقتل`), and
//!   a chronology's line opens with its year (`1952- الجامعة العربية تحتج`); a month's other
//!   name in brackets may stand before the year (`في يونيو (حزيران) 2013`); so is an act dated
//!   years ago in its clause (`فقبل 51 عاما أبرمت`, `صفقة أبرمتها مع موسكو قبل عام`), page date
//!   or none; so is an act whose clause follows a short clause that is only an old date
//!   (`فالتاريخ يقول إنه في عام 1994، توصلت`); so is a clause set
//!   "then" (`آنذاك`, `حين ذاك`, `في ذلك الوقت`), and a sentence that names a past era with
//!   `إبان`/`أثناء` (`أثناء عهد الرئيس`, `إبان رئاسة`, `إبان حكم`, `إبان حقبة`) or the Cold War
//!   (not `في عهد`: the present reign as often): 4 such events on SaudiNewsNet articles
//!   18,000–23,999, none right;
//! - **prayer**: an appeal to God right after the verb (`داعيا الله أن`, `ندعو المولى`): no
//!   appeal between actors (`دعا عبد الله …`, `دعا حزب الله` are appeals); so is God named
//!   with His praise or `أن` a few words on (`ودعا الشيخ المولى عز وجل`, `داعيا سموه المولى
//!   أن يحفظ`) and mercy or healing asked for
//!   (`داعيا للشهداء بالرحمة`), and God with His praise anywhere in the twelve tokens after the
//!   verb (`ودعا الأمير فلان بن فلان - الله عز وجل - أن`); God is also `الباري` (`ودعا سموه
//!   الباري عز وجل أن`);
//! - **hosted**: a host of an occasion (`القمة التي استضافتها الرياض`, `تستضيف المدينة أعمال
//!   المؤتمر`, `استضافة قطر لكأس العالم`; not a press conference, not talks or meetings, which
//!   writers code) or guests lodged (`استضافتهم في إحدى الاستراحات`): no hosted visit (17 such
//!   events on SaudiNewsNet articles 18,000–26,999, none right);
//! - **debate**: a legislature debating a bill or a deal (`يناقش البرلمان مشروع قانون`, `بدء
//!   مناقشة الاتفاق` by `أعضاء مجلس النواب`; not with `مع`/`بين` after the verb): its own
//!   business, no consultation;
//! - **scouts**: a sentence of scouts and their camps (`الكشافة`, `المخيم الكشفي`, `الجامبوري`):
//!   a youth pastime, its visits, receptions and signed paintings no acts between states (16
//!   such events on SaudiNewsNet articles 18,000–26,999, none right);
//! - **sought**: an act a verb of seeking, trying, wanting or aspiring, or a noun of hope,
//!   governs (`تسعى الحكومة إلى عقد اجتماع`, `يريدون أن يبحثوا`, `أعرب عن أمله في الإفراج`;
//!   the guide: an intention is no event), and so is a purpose (`بهدف إجراء محادثات`, `هدفها
//!   تدمير`, `تهدف إلى`; not past `عن`/`ضد`/`بين`: `بهدف تحديد المسؤولين عن الهجمات`). On
//!   SaudiNewsNet articles 18,000–23,999, 11 sought and 8 purposes, none right;
//! - **achieved**: `تحقيق` "achieving" read as an inquiry (090): `لتحقيق` with no `في`/`مع`
//!   after it, or an object of achieving (`تحقيق الاستقرار`, `تحقيق مكاسب`, `تحقيق أهدافها`):
//!   16 such events there, none right; also past a demonstrative (`تحقيق هذه الغاية`) and a
//!   pronoun object after a verb of doing or possibility (`ما تم تحقيقه`, `يصعب تحقيقه`);
//! - **terms**: a verbal noun at most six words after a verb of containing (`تتضمن`, `تنص`,
//!   `تقترح`, `تشمل`) whose proposal, plan or agreement stands at most three words before it
//!   (`مبادرة تتضمن وقف القتال وتبادل الأسرى`): what is proposed, no act;
//! - **financing**: `تمويل الإرهاب` (a crime named as a field to fight) read as aid: 4, none
//!   right;
//! - **state**: land under someone's control (`الخاضعة لسيطرة`, `تحت سيطرة`): a state, no
//!   seizure; so is the definite noun `الاحتلال` (`قوات الاحتلال`, `إنهاء الاحتلال`): a
//!   standing occupation or the occupier named;
//! - **dawn**: `فجرا`, the adverb "at dawn" (without و: `وفجرا` is a dual verb), read as a
//!   bombing (`فجّر`);
//! - **except**: `عدا ذلك` / `ما عدا` ("apart from"), read as a promise (`وعد`);
//! - **audience**: a place or person receiving an audience (`استقبلت الجمهور`, `الزوار`,
//!   `المصلين`), ships, cargoes, cases or news (`يستقبل السفن`, `استقبل نبأ`): no hosted visit;
//! - **plan**: a year after the page's, after `بحلول`/`حتى` anywhere in the clause
//!   (`متطلعا إلى توقيعها بحلول عام 2020`) or after `عام`/`في` just after the trigger; a need or
//!   any act of a kind (`ضرورة تعاون البلدين`, `نرحب بأي اتفاق`, not when negated) is no act
//!   either (**maybe**);
//! - **idioms**: a figure reaching a level (`وصلت الأسعار إلى مستويات قياسية`, `وصلت البلاغات
//!   إلى 375`), goods or troops arriving (`وصلت مساعدات سعودية إلى عدن`, `وصلت كتيبة إلى
//!   المطار`), and so a flight, equipment, the security services, migrants or a counted crowd
//!   named before the verb (`أن رحلة تقل 150 راكبا وصلت`, `نحو ألف مهاجر وصلوا`) and a state
//!   reached (`مما وصلت إليه الأوضاع`, `وصلت الأمور إلى`): no visit (31 such events on
//!   articles 18,000–26,999, none right); a rank taken
//!   (`احتل المرتبة التاسعة`, `احتلوا المركز الثاني`, `احتلت الزيارة الصفحات الأولى`, the
//!   rank word up to five words after the verb: no occupation); an assistant's title
//!   (`مساعد وزير الخارجية`: no aid); an attack in words on a decision, a deal, a policy or
//!   critics (`هجوما عنيفا على قرار الرئيس`, `هاجم منتقدي الاتفاق`: no force); an age's dawn
//!   (`منذ فجر الإسلام`: no bombing); an unnamed source's formula (`طلب عدم الكشف عن اسمه`,
//!   `طلبا عدم ذكر هويتهما`, `رافضا الكشف عن اسمه`: no appeal, no rejection); a list's top
//!   (`احتلت قائمة القضايا`: no occupation); `توقع` "expected" read as `تُوقّع` "she signs"
//!   (`وتوقع الوزير زيادة النمو`; it signs after a particle or before what is signed: `لم توقع
//!   على`, `توقع اتفاقية`; on SaudiNewsNet articles 15,000–17,999, 9 such events, all
//!   wrong); a plan, an inquiry or a measure that "targets" (`برنامج يستهدف تطوير`, `تحقيق في
//!   الفساد يستهدف شركات`, `التنصت استهدف أعضاء الحكومة`: it aims, no force; on SaudiNewsNet
//!   articles 15,000–17,999, 8 such events, all wrong).
//!
//! - **blessing**: `الله` right after a verb with an object pronoun (`خادم الحرمين - أيده الله -`,
//!   `حفظه الله`): God blesses, no one endorses (`أيد نصر الله` stays: a name);
//! - **protocol**: the attendees of a meeting already told (`وحضر اللقاء فلان`), the officials
//!   at a reception or a farewell (`وكان في استقباله لدى وصوله فلان`, `وكان في الاستقبال`,
//!   `وكان في وداعه`), a public audience (`استقبل … جموعا من المواطنين الذين قدموا للسلام
//!   عليه`): lists of names, no meeting between them. On SaudiNewsNet articles 18,000–20,999,
//!   all 55 such events were wrong. So are greetings asked to be conveyed at a meeting's end
//!   (`طلب الملك نقل تحياته إلى`): no appeal (12 events on articles 18,000–23,999, all wrong);
//! - **expected**: an act right after `أن` that an expectation, a hope or a plan governs
//!   (`توقع الوزير أن تستمر المفاوضات`, `نأمل أن يوقع الجانبان`, `من المخطط أن يبحث`), and a
//!   verbal noun that a future verb at most four words before it in its clause governs
//!   (`ستعقد المنظمة جولة محادثات`, `سيلتقي خلال زيارته`; not one a relative clause tells,
//!   `ستستكمل المباحثات التي أجراها`): on SaudiNewsNet articles 24,000–26,999, 16 such events,
//!   all acts to come (talks, visits, a reception, a detention policy); so is an act after a
//!   schedule or a hope (`من المقرر أن يزور`, `من المؤمل`, `من المفترض`, `من المنتظر`), a
//!   verbal noun with an adjective of schedule (`لقاؤه المقرر مع`, `الزيارة المرتقبة`,
//!   `اجتماعها المقبل`; not `المقرر الخاص`, the rapporteur) and one a future verb of holding
//!   or resuming follows (`جولة من المحادثات ستعقد`, `المشاورات ستستأنف`); so is a present
//!   verb of visiting or meeting with a weekday in its clause and no `أمس`/`الماضي` in the
//!   sentence (`يزور الوزير موسكو الثلاثاء`) or a day of this month (`يلتقي … في 12 الشهر
//!   الجاري`); so is a verbal noun dated to a coming day, week, month or season within ten
//!   words in its clause (`زيارة الوزير إلى موسكو الثلاثاء القادم`, `لقاءات … في الفترة
//!   المقبلة`; not `حتى الأسبوع المقبل`, nor with `أمس`/`الماضي` in the clause); so are talks
//!   or a signing someone is authorized to hold (`وافق مجلس الوزراء على تفويض وزير الخارجية -
//!   أو من ينيبه - بالتباحث مع`);
//! - **called**: what an appeal or a demand asks for after `إلى`, `على` or `بـ` (`ودعا زعيم
//!   التنظيم، في تسجيل بث أمس، إلى شن هجمات`, `داعيا السلطات إلى إجراء تحقيق`): its verb may
//!   stand further back than the engine looks, past commas, but not past a clause of its own
//!   (`إلى`, `أن`, a relative pronoun, `، و…`); so is what a threat promises (`توعد … بشن
//!   هجمات`);
//! - **condemned**: an act of force or coercion (17–20) six words or more after a condemnation
//!   (`دان`, `ندد`, `استنكر`, `شجب`, `إدانة` …) in its sentence, in the clauses that describe
//!   what is condemned (`دانت الإمارات بأشد العبارات الجريمة الإرهابية البشعة التي أدت إلى
//!   استشهاد الطفل … إثر استهداف مستوطنين منزله`): the condemnation is the event; the act it
//!   takes as object, nearer, stays (`نددت المنظمة باعتقال السلطات محامين`: writers code it). On
//!   SaudiNewsNet articles 15,000–17,999, 8 such events, none right, 2 arguable;
//! - **background**: a verbal noun right after `بعد`, `عقب`, `أعقاب`, `منذ` or `قبل` (`أطلقت
//!   الجماعة سراح الطاقم بعد احتجاز دام عاما`, `منذ توقيع الاتفاق`): an act named as a time or
//!   a reason (the guide's convention M), not the news; not a meeting or a visit (`قال الوزير
//!   عقب لقائه نظيره` tells the meeting) nor fighting (`سيطروا على البلدة بعد معارك`); `إبان`
//!   (during an age) too, fighting included (`إبان احتلالهم للبلاد`). On
//!   SaudiNewsNet articles 12,000–14,999, 15 such events, none right (3 arguable background
//!   acts: an agreement, a signing, a bombing of earlier weeks). So is an act in a clause of
//!   time opened by `بعد أن`, `بعدما`, `منذ أن`, `سبق أن` (not a meeting or a visit), any act
//!   right after `منذ` or after `منذ بدء`/`منذ اندلاع`, and an act in the pluperfect (`وكان
//!   الوزيران قد التقيا`) unless the sentence dates it to these days (`أمس`, a weekday, `قبل
//!   أيام`) or a release undoes it (`أفرجت عن صيادين كانوا قد احتجزوا`): on SaudiNewsNet
//!   articles 15,000–17,999, 42 such events, none right, 11 arguable (true past acts: the US
//!   lifting a freeze on aid to Egypt, the Islamic State's seizures in Iraq a year before). So
//!   is a signing a relative clause tells (`الاتفاق الذي أبرمته إيران مع القوى الدولية`,
//!   `الاتفاقيات التي تم توقيعها`) unless dated to these days: 24 such events there, none
//!   right, 7 arguable (the nuclear deal of weeks before, with one actor). So is a meeting
//!   or a visit named as the time a statement was issued (`رحب المجلس بالبيان المشترك الصادر
//!   عقب اجتماع الوزراء مع نظيرهم`, `أصدرت الهيئة خلال اجتماعها بيانا`): on SaudiNewsNet
//!   articles 18,000–31,029, 37 such events, 1 arguable (a visit whose closing statement is
//!   read), the others the welcoming cabinet as one who met; so is the meeting at which a body
//!   issued its statement (`بالبيان الصادر عن لجنة المتابعة في اجتماعها الطارئ`).
//!
//! [`drop_untold`] also recodes an act of force (190, 193) as a bombing (183) when a suicide or
//! car bomb (`عملية انتحارية`, `سيارة مفخخة`; not suicide drones, not roadside bombs) stands
//! within five words before it or three after it in its clause: the guide codes a suicide
//! bombing as an assault (18). It recodes an expulsion (174) as force (190) when its `طرد`
//! drives out armed men (`طرد المسلحين`, `طرد فلول الميليشيات`, `لطرد التنظيم من`): the
//! guide codes that fighting (19). It recodes an act of force as a criticism (111) when it is
//! an attack in words: `هاجم`, `شن هجوما`, `تابع هجومه` followed within 20 words of its sentence
//! by a speech participle (`قائلا`, `داعيا`, `واصفا`, `عارضا`, `من وصفهم`): on SaudiNewsNet
//! 18,000–31,029, 9 events, all criticisms in words.
//!
//! Not matched: a modal in an earlier clause (after a comma), a year after the clause or
//! further after the trigger (it dates a noun: `اعتذر لعائلات ضحايا غارة … عام 2021`), a year
//! after `منذ` (a span up to now), a year that is the page's own, or the year before it on a page
//! of January to June. Leads of a year are `في`, `عام`, `خلال`, a season (`في صيف 2014`) or a
//! part of the year (`مطلع`, `أواخر`, `منتصف`).

use rasd_model::{Article, Event};
use rasd_text::date::is_month_word;

use super::learned::{ParaText, Trigger};
use super::not_event;
use super::text::{bare, Token, TokenKind};
use crate::entities::WEEKDAYS;

/// Why an event is no act told as news (see the module doc).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Untold {
    /// A modal or possibility governs the trigger.
    Maybe,
    /// A habit or general truth.
    Habit,
    /// A year long before the page's.
    History,
    /// An appeal to God.
    Prayer,
    /// `فجرا`, at dawn.
    Dawn,
    /// `عدا`, apart from.
    Except,
    /// Receiving an audience.
    Audience,
    /// A year after the page's: a plan or a target (`بحلول عام 2020`).
    Planned,
    /// `وصل إلى مستويات`: a figure reaching a level, or goods arriving (`وصلت مساعدات`): no one
    /// visits.
    Level,
    /// `احتل المرتبة الثانية`: a rank taken, no land.
    Rank,
    /// `مساعد وزير الخارجية`: an assistant's title, no aid.
    AidTitle,
    /// `هجوم أوقع 15 قتيلا`: `أوقع` inflicts (casualties) or traps; it signs nothing.
    Inflicted,
    /// `هجوما عنيفا على قرار الرئيس`: an attack in words on a decision, a deal or critics.
    Verbal,
    /// `دانت الوزارة الجريمة التي أدت إلى مقتل طفل إثر استهداف منزله`: the act a condemnation
    /// names; the condemnation is the event.
    Condemned,
    /// `برنامج يستهدف تطوير مهارات الشباب`: a plan, an inquiry or a measure aims at something,
    /// no force.
    Aim,
    /// `مصدر طلب عدم الكشف عن اسمه`: a source asking not to be named, no appeal.
    Unnamed,
    /// `خادم الحرمين - أيده الله -`: a blessing after a name, God its subject, no endorsement.
    Blessing,
    /// `حضر اللقاء فلان`, `وكان في استقباله فلان`, `استقبل … جموعا من المواطنين الذين قدموا
    /// للسلام عليه`: a protocol line (who attended, who stood at the airport, a public
    /// audience), no meeting between the names it lists.
    Protocol,
    /// `توقع الوزير أن تستمر المفاوضات`, `نأمل أن يزور`: an act someone expects or hopes for.
    Expected,
    /// `دعا زعيم التنظيم، في تسجيل بث أمس، إلى شن هجمات`: the act an appeal or a demand asks
    /// for, further from its verb than the engine looks.
    Called,
    /// `بعد احتجاز دام عاما`, `منذ اندلاع النزاع`: an act named as a time or a reason.
    Background,
    /// `سمات بنغازي داعش قتل`: a site's line of tags (`سمات`, words without a mark), no sentence.
    Tags,
    /// `تسعى روسيا إلى عقد اجتماع`, `يريدون أن يبحثوا`, `أعربت عن أملها بالإفراج عنه`: an act
    /// someone seeks, tries, wants or hopes for, not one done.
    Sought,
    /// `تحقيق الاستقرار`, `لتحقيق أهدافها`: achieving something, no inquiry.
    Achieved,
    /// `مكافحة تمويل الإرهاب`: the financing of a crime named as a field to fight, no aid.
    Financing,
    /// `المناطق الخاضعة لسيطرة التنظيم`, `ما زالت تحت سيطرة`: a standing state described, no
    /// act.
    State,
    /// `يناقش البرلمان مشروع القانون`: a legislature's own debate, no consultation.
    Debate,
    /// `القمة التي استضافتها الرياض`, `استضافتهم في إحدى الاستراحات`: an occasion hosted (a
    /// summit, a conference, a festival, a championship) or guests lodged, no hosted visit.
    Hosted,
    /// `شارك وفد الكشافة في المخيم الكشفي`: a scouts' camp or jamboree, a youth pastime; its
    /// visits, receptions and signings are no acts between states.
    Scouts,
    /// `قبل رحلته إلى المنطقة`, `رحل عنا الأمير`: a journey or a passing, no one expelled.
    Journey,
    /// `أوقفت الشركة رحلاتها`, `أوقفت تنفيذ المشروعات`: an activity stopped, no one arrested.
    Suspended,
    /// `مبادرة تتضمن وقف إطلاق النار وتبادل الأسرى`, `اتفاق ينص على رفع العقوبات`: the terms a
    /// proposal, a plan or an agreement contains, no acts done.
    Terms,
    /// `دعا رئيس الوزراء إلى اجتماع لكبار الوزراء`: a head convening his own ministers or
    /// officials, no appeal to anyone.
    Convened,
    /// `لقي طيار مصرعه في تحطم مروحية`, `الزلزال الذي دمر آلاف المنازل`: a crash or a natural
    /// disaster kills or destroys; no one used force.
    Accident,
}

/// Proposals, plans and agreements whose contents are listed (normal form, without ال):
/// `مبادرة تتضمن`, `الخطة التي تنص على`.
const PROPOSALS: &[&str] = &[
    "مبادره",
    "خطه",
    "مقترح",
    "مقترحات",
    "اقتراح",
    "مشروع",
    "ورقه",
    "اتفاق",
    "اتفاقيه",
    "تسويه",
    "خارطه",
    "وثيقه",
    "بنود",
    "صفقه",
];

/// Verbs of containing (normal form, without و): `تتضمن`, `تنص على`, `تقترح`, `تشمل`.
const CONTAINS: &[&str] = &[
    "تتضمن",
    "يتضمن",
    "تضمنت",
    "تضمن",
    "تنص",
    "ينص",
    "نصت",
    "نص",
    "تقترح",
    "يقترح",
    "اقترحت",
    "تشمل",
    "يشمل",
    "شملت",
    "شمل",
];

/// What is stopped, not arrested, after `أوقف` (normal form, without ال and a pronoun): an
/// activity, a service, a licence, a plan.
const SUSPENDED: &[&str] = &[
    "تنفيذ",
    "تصدير",
    "استيراد",
    "تعاون",
    "عمل",
    "ترخيص",
    "تراخيص",
    "نشاط",
    "نشاطات",
    "رحله",
    "رحلات",
    "مخططات",
    "تحركات",
    "دعم",
    "مساعدات",
    "انتاج",
    "بث",
    "دراسه",
    "صرف",
    "بيع",
    "ضخ",
    "استقدام",
    "تاشيرات",
    "اصدار",
    "تمويل",
    "مشروع",
    "مشاريع",
    "مشروعات",
];

/// Words that end the reach of `أوقف` for what it stops: a time, a reason or a place.
const SUSPENDED_STOPS: &[&str] = &[
    "بعد",
    "قبل",
    "اثناء",
    "خلال",
    "عقب",
    "اثر",
    "بتهمه",
    "في",
    "لدي",
    "عند",
    "بسبب",
];

/// Words looked at before the trigger, within its clause.
const LOOK_BACK: usize = 5;

/// Words before a present verb within which `كل`/`أي` makes its subject any act of a kind
/// (`ضد كل عمل إرهابي جبان يستهدف`: four).
const GENERIC_REACH: usize = 4;

/// Modals and possibility words before an act (normal form, without و/ف).
const MAYBE: &[&str] = &[
    "يمكن",
    "يمكنه",
    "يمكنها",
    "يمكنهم",
    "بامكان",
    "بامكانه",
    "بامكانها",
    "ربما",
    "لعل",
    "يجب",
    "ينبغي",
    "يتعين",
    "شان",
    "بوسع",
    "يستطيع",
    "تستطيع",
    // "ضرورة التعاون": what is needed is not done.
    "ضروره",
    "بضروره",
    "لضروره",
    // "من الممكن أن تتوصل", "من المحتمل أن": a possibility.
    "ممكن",
    "الممكن",
    "محتمل",
    "المحتمل",
    "يحتمل",
];

/// Words after a verbal noun, up to the verb it is the subject of, that may stand between them
/// ("رفض الاتفاق النووي مع إيران من شأنه": four).
const CONSEQUENCE_REACH: usize = 5;

/// Words a sentence opens with where a date still dates the whole sentence ("في 4 أغسطس 2005،
/// صعد مسلح إلى حافلة وقتل أربعة", "1952- الجامعة العربية تحتج").
const OPENING_WORDS: usize = 6;

/// Words before an act that make it any act of its kind, not one that happened ("نرحب بأي
/// اتفاق", "دون أي تدخل").
const ANY: &[&str] = &["اي", "باي", "لاي"];

/// Words after `وصل إلى` that make it a figure reaching a level (normal form, without ال).
const LEVELS: &[&str] = &[
    "مستوي",
    "مستويات",
    "ذروه",
    "ذروتها",
    "حد",
    "نسبه",
    "مرحله",
    "درجه",
    "مرتبه",
    "رقم",
    "اعلي",
    "ادني",
    "الف",
    "الاف",
    "مليون",
    "مليونين",
    "ملايين",
    "مليار",
    "مليارات",
];

/// Ordinals after `المركز` that make it a rank (normal form, masculine).
const ORDINALS: &[&str] = &[
    "الاول",
    "الاولي",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الاخير",
];

/// Words of a place in a ranking or on a page after `احتل` (normal form, without ال): `احتلت
/// المرتبة الخامسة`, `احتلت القضية صدارة الاهتمام`, `احتلت الزيارة الصفحات الأولى للصحف`.
const RANK_WORDS: &[&str] = &["مرتبه", "صداره", "مقدمه", "قايمه", "صفحات", "صفحه"];

/// How many words of its clause a verb `احتل` looks on for a rank word: the subject may be a
/// name of three or four words (`احتلت دول الخليج العربي المركز الأول`).
const RANK_REACH: usize = 5;

/// Goods that arrive somewhere (normal form, without ال): their arrival is no visit.
const GOODS: &[&str] = &[
    "مساعدات",
    "معونات",
    "امدادات",
    "شحنه",
    "شحنات",
    "قافله",
    "قوافل",
    "سفينه",
    "باخره",
    "اسلحه",
    "ذخاير",
    "اغذيه",
    "ادويه",
];

/// Troops that arrive somewhere (normal form, without ال): a deployment, no visit.
const TROOPS: &[&str] = &[
    "كتيبه",
    "كتايب",
    "قوات",
    "تعزيزات",
    "وحدات",
    "سريه",
    "طلايع",
    "جنود",
    "دبابات",
    "مدرعات",
    "ارتال",
    "رتل",
    "مقاتل",
    "مقاتلين",
    "مقاتلون",
    "مسلحين",
    "مسلحون",
    "ميليشيات",
    "مليشيات",
    "مصفحات",
    "اليات",
];

/// Objects of `تحقيق` "achieve" (normal form, without ال): `تحقيق الاستقرار`, `تحقيق مكاسب`,
/// `تحقيق أهدافها`; an inquiry is `تحقيق في`, `التحقيق مع`, `فتح تحقيق`.
const ACHIEVED: &[&str] = &[
    "استقرار",
    "سلام",
    "امن",
    "تكامل",
    "مصلحه",
    "مصالح",
    "اهداف",
    "اهدافها",
    "اهدافه",
    "اهدافهم",
    "هدف",
    "الهدف",
    "تطلعات",
    "امال",
    "طموحات",
    "مطالب",
    "مكاسب",
    "مكاسبها",
    "انتقال",
    "حسم",
    "نتايج",
    "نتيجه",
    "تقدم",
    "نجاح",
    "نجاحات",
    "انتصار",
    "انتصارات",
    "تقارب",
    "تنميه",
    "عداله",
    "وحده",
    "رويه",
    "نمو",
    "ازدهار",
    "توازن",
    "مصالحه",
    "استخدام",
    "اكبر",
    "اعلي",
    "افضل",
    "اهم",
    "ارباح",
    "ايرادات",
    "عوايد",
    "فايض",
    "وفر",
    "اكتفاء",
    "رغبات",
    "امنيات",
    "شراكه",
    "تعاون",
    "مزيد",
    "نصر",
    "انجاز",
    "انجازات",
    "غايه",
    "غايات",
    "رساله",
    "توافق",
    "مركز",
    "طموح",
    "حلم",
    "احلام",
    "رضا",
    "فوز",
    "رقم",
    "ارقام",
    "مكتسبات",
    "طفره",
    "اصلاح",
    "اصلاحات",
    "كثير",
    "اغراض",
    "اغراضه",
    "اغراضها",
    "رغبه",
    "مطلب",
];

/// Forms of the verb `حقق` (normal form, without و/ف) that read "achieve" when an object of
/// [`ACHIEVED`] or an object pronoun follows (`يحقق تقدما`, `يحققها`).
const ACHIEVING_VERBS: &[&str] = &[
    "حقق",
    "حققت",
    "حققوا",
    "حققو",
    "حققا",
    "يحقق",
    "تحقق",
    "نحقق",
    "يحققون",
    "تحققون",
    "يحققان",
    "سيحقق",
    "ستحقق",
];

/// Words before a `تحقيقه`/`تحقيقها` "achieving it" (normal form): `ما تم تحقيقه`, `يصعب
/// تحقيقه`, `يمكن تحقيقها`; an inquiry's pronoun is its owner (`قالت الشرطة إن تحقيقها`).
const ACHIEVED_IT_AFTER: &[&str] = &[
    "تم",
    "يتم",
    "سيتم",
    "يصعب",
    "صعب",
    "يسهل",
    "يمكن",
    "يلزم",
    "يجب",
    "ينبغي",
    "علي",
    "اجل",
    "وسايل",
    "سبل",
    "يستطيع",
    "تستطيع",
    "نستطيع",
    "يستطيعوا",
    "يستطيعون",
    "استطاع",
    "استطاعت",
];

/// Crimes whose financing is named as a field to fight (normal form, without ال): `تمويل
/// الإرهاب`.
const FINANCED_CRIMES: &[&str] = &["ارهاب", "ارهابيين", "تطرف", "جماعات", "تنظيمات"];

/// The remains of the dead (normal form, without ال): `جثمان`, `رفات`, `جثة`.
/// Words before an arrival verb looked at for what arrives (`أن رحلة تقل 150 راكبا وصلت`: four).
const ARRIVAL_BACK: usize = 5;

/// What arrives that is no visitor (normal form, without `ال`): flights, ships, the security
/// services at a scene, migrants and refugees.
const CARRIERS: &[&str] = &[
    "رحله",
    "رحلات",
    "رحلتان",
    "رحلتين",
    "طايره",
    "طايرات",
    "سفن",
    "مركب",
    "زوارق",
    "حافله",
    "حافلات",
    "اجهزه",
    "دوريات",
    "تجهيزات",
    "معدات",
    "مهاجر",
    "مهاجرين",
    "مهاجرا",
    "لاجي",
    "لاجيا",
    "لاجيين",
    "نازحين",
    "راكب",
    "راكبا",
];

/// States that "reach" somewhere (normal form, without `ال`): `وصلت الأوضاع إلى`.
const STATES: &[&str] = &["اوضاع", "امور", "حال", "ازمه", "خلافات", "مفاوضات", "علاقات"];

const REMAINS: &[&str] = &["جثمان", "جثامين", "رفات", "جثه", "جثث"];

/// Titles after `مساعد` (normal form, without ال).
const AIDE_OF: &[&str] = &[
    "وزير",
    "وزيره",
    "رييس",
    "مدير",
    "امين",
    "قايد",
    "نايب",
    "وكيل",
    "المبعوث",
    "مبعوث",
];

/// Words between a condemnation and an act from which on the act is one of the clauses that
/// describe what is condemned (`دانت الإمارات بأشد العبارات الجريمة الإرهابية البشعة التي أدت
/// إلى استشهاد الطفل … إثر استهداف`), not its object.
const CONDEMNED_FAR: usize = 6;

/// Verbs and nouns of condemnation (normal form, without و/ف): what follows them in the
/// sentence is what they condemn.
const CONDEMN: &[&str] = &[
    "دان",
    "دانت",
    "ادان",
    "ادانت",
    "ادانوا",
    "يدين",
    "تدين",
    "ندين",
    "ندد",
    "نددت",
    "نددوا",
    "يندد",
    "تندد",
    "استنكر",
    "استنكرت",
    "يستنكر",
    "تستنكر",
    "نستنكر",
    "شجب",
    "شجبت",
    "يشجب",
    "تشجب",
    "اداني",
    "ادانه",
    "ادانتها",
    "ادانته",
    "استنكار",
    "استنكاره",
    "استنكارها",
    "تنديد",
    "تنديده",
    "تنديدها",
    "شجبه",
];

/// What is signed (normal form, without ال), after `توقع` "she signs": `توقع اتفاقية`.
const SIGNED: &[&str] = &[
    "اتفاق",
    "اتفاقيه",
    "اتفاقيات",
    "اتفاقا",
    "معاهده",
    "مذكره",
    "مذكرات",
    "عقد",
    "عقدا",
    "عقود",
    "بروتوكول",
    "وثيقه",
    "ميثاق",
    "اعلان",
];

/// Words that point at a text after `على` in `توقع على هذه الاتفاقية` (normal form, without
/// ال): they tell the preposition `على` from the name `علي`, which folds alike.
const SIGNED_POINTERS: &[&str] = &["اي", "هذه", "هذا", "هذين", "كل", "جميع", "نص", "مشروع"];

/// How far (words after the verb, exclusive) `قد توقع` / `أن توقع` looks for what is signed:
/// `أن توقع الحكومتان اتفاقية`.
const EXPECTED_SIGNED_REACH: usize = 7;

/// Meetings a head calls (normal form): `دعا إلى اجتماع`, `دعا إلى عقد جلسة`.
const CONVENED_MEETINGS: &[&str] = &["اجتماع", "اجتماعا", "جلسه"];

/// A head's own ministers and officials a meeting is "of" (normal form, after ل / لل, without
/// ال): `اجتماع لكبار الوزراء`, `جلسة لأعضاء الحكومة`, `اجتماع لقادة الأجهزة`. (Not a body of
/// others: `اجتماع لمجلس الأمن` is a meeting asked for.)
const OWN_OFFICIALS: &[&str] = &[
    "كبار",
    "وزراء",
    "مسوولي",
    "مسوولين",
    "قاده",
    "اعضاء",
    "حكومته",
    "حكومتها",
    "ضباط",
];

/// How far after `دعا` (words, exclusive) `إلى` may come: `دعا رئيس الوزراء إلى اجتماع`.
const CONVENED_REACH: usize = 5;

/// Crashes and natural disasters (normal form, without ال): `تحطم مروحية`, `الزلزال`.
const ACCIDENTS: &[&str] = &[
    "تحطم",
    "تحطمت",
    "زلزال",
    "زلزالا",
    "فيضانات",
    "سيول",
    "اعصار",
    "عاصفه",
];

/// Words of a doer (normal form, without ال, as prefixes) that make a crash an act of force:
/// `أسقطها المسلحون`, `بصاروخ`, `هجوم`.
const ACCIDENT_DOERS: &[&str] = &[
    "اسقط",
    "يسقط",
    "تسقط",
    "صاروخ",
    "بصاروخ",
    "نيران",
    "هجوم",
    "مسلح",
    "استهدف",
    "قصف",
    "اسقاط",
    "باسقاط",
    "اطلاق",
];

/// How far (words either side of the trigger) a crash or a disaster is looked for.
const ACCIDENT_REACH: usize = 8;

/// Verbal nouns of a goal after `استهدف` "aim at" (normal form, without ال): `يستهدف تطوير`,
/// `تستهدف تعزيز القيم`, `تستهدف دراسة السماح`. (Not `تجمعات`, a gathering struck.)
const AIMED_AT: &[&str] = &[
    "تعزيز",
    "تطوير",
    "تحسين",
    "تضييق",
    "دراسه",
    "رفع",
    "زياده",
    "خفض",
    "توفير",
    "تنميه",
    "تشجيع",
    "الحد",
    "حد",
    "حمايه",
    "ايجاد",
    "بناء",
    "توعيه",
    "تاهيل",
    "تدريب",
    "استقطاب",
    "جذب",
    "تقليص",
    "تقليل",
    "تغيير",
    "توسيع",
    "تسهيل",
    "خدمه",
    "مساعده",
    "دعم",
    "تمكين",
    "تحقيق",
    "ايصال",
    "توصيل",
];

/// Nouns of a plan, an inquiry or a measure that, as the subject of `استهدف`, aim at something
/// (normal form, without ال): `برنامج يستهدف الشباب`, `تحقيق في الفساد يستهدف شركات`,
/// `التنصت الأمريكي استهدف أعضاء الحكومة`.
const AIMERS: &[&str] = &[
    "برنامج",
    "برامج",
    "مبادره",
    "توصيه",
    "مشروع",
    "مشاريع",
    "خطه",
    "دوره",
    "ورشه",
    "تنصت",
    "تحقيق",
    "تحقيقات",
    "قانون",
    "سياسه",
    "مسابقه",
    "دراسه",
    "تبرع",
];

/// Nouns of a threat, a plot or a thing made for someone that, as the subject of `استهدف`,
/// describe what it is aimed at, no act of force (normal form, without ال): `المخاطر التي
/// تستهدف أمن الدول`, `مخططات تستهدف الوطن`, `الألعاب التي تستهدف الأطفال`, `الرسوم التي
/// تستهدف الواردات`, `المبدأ الذي يستهدف مساعدة البلد`.
const THREAT_AIMERS: &[&str] = &[
    "مخاطر",
    "تحديات",
    "مخطط",
    "مخططات",
    "موامره",
    "موامرات",
    "تهديدات",
    "اطماع",
    "العاب",
    "مجالات",
    "رسوم",
    "مبدا",
    // (With their owner's pronoun: "القضاء على مخططاتهم التي تستهدف أمن المملكة".)
    "مخططاتهم",
    "مخططاتها",
    "مخططاته",
    "موامراتهم",
    "موامراتها",
    "اطماعهم",
    "اطماعها",
    // "المعدل الذي تستهدفه الحكومة": a figure aimed at.
    "معدل",
    "نسبه",
];

/// What an attack in words is made on (normal form, without ال): a decision, a deal, a policy,
/// a statement, critics, the media.
const SAID_OR_DECIDED: &[&str] = &[
    "قرار",
    "قرارات",
    "اتفاق",
    "اتفاقيه",
    "تصريحات",
    "منتقدي",
    "منتقديه",
    "سياسه",
    "سياسات",
    "موقف",
    "مواقف",
    "خطاب",
    "تقرير",
    "وسايل",
    "اعلام",
    "صحف",
    "الصحافه",
    "صحيفه",
    "محطه",
    "قناه",
    "قنوات",
];

/// Times a dawn begins that is no bombing (`فجر الإسلام`, `منذ فجر التاريخ`).
const DAWN_OF: &[&str] = &[
    "الاسلام",
    "التاريخ",
    "الحضاره",
    "النهضه",
    "الدعوه",
    "الانسانيه",
];

/// Habit words before an act.
const HABIT: &[&str] = &["كثيرا", "عاده", "غالبا", "دايما"];

/// Words that introduce a year.
/// (`منذ 2011` is a span up to now: "أول لقاء منذ 2011" is news.)
const YEAR_LEADS: &[&str] = &[
    "عام",
    "العام",
    "سنه",
    "السنه",
    "في",
    "خلال",
    "صيف",
    "ربيع",
    "خريف",
    "شتاء",
    "مطلع",
    "اوايل",
    "اواخر",
    "منتصف",
    "نهايه",
    "بدايه",
];

/// The first month of a year's second half: from it on, a date in the year before the page's is
/// six months back at least, history.
const LATE_MONTH: u32 = 7;

/// Words that introduce a year still to come (`بحلول عام 2020`, `حتى 2030`).
const FUTURE_LEADS: &[&str] = &["بحلول", "حتي"];

/// Words after the trigger where a year still dates the act.
const YEAR_AFTER: usize = 4;

/// Words that set a clause in a past time told as background ("قُتل آنذاك خمسة جنود").
const THEN: &[&str] = &[
    "انذاك",
    "حينذاك",
    "حينيذ",
    "وقتيذ",
    "وقتذاك",
    "يومذاك",
    "حينها",
];

/// Nouns of a ruler's era (normal form) after `إبان` or `أثناء`: `أثناء عهد الرئيس`, `إبان حكم
/// الملك`, `إبان رئاسة نجاد`, `إبان حقبة الاستعمار`.
const ERAS: &[&str] = &["عهد", "حكم", "رياسه", "حقبه"];

/// Spans of years after `قبل` ("ago"), alone or after a number (normal form): `قبل عام`,
/// `قبل عامين`, `قبل 51 عاما`, `قبل سنوات`.
const YEARS: &[&str] = &[
    "عام",
    "عاما",
    "عامين",
    "اعوام",
    "سنه",
    "سنتين",
    "سنوات",
    "عقد",
    "عقدين",
    "عقود",
];

/// Names of God after an appeal verb.
const GOD: &[&str] = &["الله", "المولي", "الباري", "ربه", "رب", "ربنا"];

/// Words after an appeal verb within which God named with His praise, or mercy asked for, make
/// it a prayer (`ودعا الشيخ المولى عز وجل`: two; `داعيا سموه للذين استشهدوا بالرحمة`: four).
const PRAYER_REACH: usize = 5;

/// Tokens after an appeal verb within which God named with His praise makes it a prayer
/// wherever the name stands (`ودعا الأمير فلان بن فلان - الله عز وجل - أن`: seven).
const PRAISED_GOD_REACH: usize = 12;

/// Words before or after a verb of debating within which a legislature makes it its own debate
/// (`وافق زعماء مجلس الشيوخ على بدء مناقشة`: four before).
const DEBATE_REACH: usize = 5;

/// Legislatures and their members (normal form, without `ال`); `مجلس` before `الشيوخ`,
/// `النواب` or `الشورى` counts too.
const CHAMBERS: &[&str] = &[
    "برلمان",
    "البرلمان",
    "الكونغرس",
    "الكونجرس",
    "كونغرس",
    "كونجرس",
    "البرلمانيين",
    "النواب",
    "اعضايه",
    "اعضاوه",
    "اعضاء",
];

/// Words before or after a hosting verb within which an occasion makes it an occasion hosted
/// (`استضافة حكومة المملكة لأعمال هذا الملتقى`: five after).
const OCCASION_REACH: usize = 5;

/// Occasions a city or a state hosts (normal form, without `ال`, `ل`, `ب`): summits,
/// conferences, forums, fairs, festivals, games, workshops, general assemblies. Not talks or
/// meetings, which writers code as hosted (`استضافت الدوحة جولة من المحادثات`).
const OCCASIONS: &[&str] = &[
    "قمه",
    "مؤتمر",
    "موتمر",
    "ملتقي",
    "منتدي",
    "معرض",
    "مهرجان",
    "بطوله",
    "اولمبياد",
    "الاولمبياد",
    "كاس",
    "جمعيه",
    "ورشه",
    "ندوه",
    "فعاليات",
    "حدث",
    "احتفال",
    "احتفاليه",
    "دوره",
    "مونديال",
];

/// Words of scouts and their camps (normal form, without `ال`): `الكشافة`, `الكشفي`,
/// `الجامبوري`, `كشافي العالم`. Not `استكشاف` (exploring).
const SCOUTS: &[&str] = &[
    "كشافه",
    "كشاف",
    "كشافي",
    "كشفي",
    "كشفيه",
    "كشفيين",
    "جامبوري",
];

/// Words of praise right after a name of God (normal form, without و/ف).
const PRAISE: &[&str] = &["عز", "جل", "تعالي", "سبحانه", "القدير", "العلي"];

/// What a prayer asks for the dead and the sick (normal form, with its preposition).
const MERCY: &[&str] = &["بالرحمه", "بالمغفره", "بالشفاء", "بالصبر", "بالسلوان"];

/// Words after an appeal verb within which `نقل تحياته` makes it greetings to convey (`طلب
/// جلالة الملك عبدالله الثاني نقل تحياته`: six).
const GREETINGS_REACH: usize = 9;

/// Object pronouns that end a blessing's verb (`أيده`, `حفظها`, `رعاهم`) before `الله`.
const BLESSED: &[&str] = &["ه", "ها", "هم", "هما", "كم"];

/// Verbs of attending (normal form, without و/ف): the meeting they take as object is the one
/// already told, its attendees no parties to it (`وحضر اللقاء وزير الخارجية`).
const ATTENDED: &[&str] = &["حضر", "يحضر", "حضرها", "حضره", "حضروا", "حضرت"];

/// The nouns of `كان في استقباله` / `وداعه` (a reception or farewell line), as their words begin.
const GREETED: &[&str] = &["استقبال", "وداع", "توديع"];

/// Words of expecting or hoping (normal form, without و/ف) that, with `أن` after them, make
/// the act after `أن` one that has not happened (`توقع أن تستمر المفاوضات`).
const EXPECT: &[&str] = &[
    "توقع",
    "يتوقع",
    "تتوقع",
    "نتوقع",
    "اتوقع",
    "توقعت",
    "توقعوا",
    "يتوقعون",
    "متوقعا",
    "توقعات",
    "امل",
    "يامل",
    "تامل",
    "نامل",
    "املا",
    "يتمني",
    "تتمني",
    "نتمني",
    "تمني",
    "تمنت",
    "متمنيا",
    // "من المخطط أن يبحث الوزير": a plan.
    "المخطط",
    // "من المقرر أن يزور", "من المفترض أن تستأنف", "من المؤمل أن", "من المنتظر أن": a
    // schedule or a hope.
    "المقرر",
    "المفترض",
    "المومل",
    "المنتظر",
    "المرتقب",
    "المتوقع",
    "المزمع",
];

/// Adjectives right after a verbal noun that make it an act to come (normal form): `لقاؤه
/// المقرر مع`, `الزيارة المرتقبة`, `الجولة المقبلة من المحادثات`, `الاجتماع الوزاري المقبل`.
const SCHEDULED: &[&str] = &[
    "المقرر",
    "المقرره",
    "المرتقب",
    "المرتقبه",
    "المزمع",
    "المزمعه",
    "المنتظر",
    "المنتظره",
    "المقبل",
    "المقبله",
    "القادم",
    "القادمه",
];

/// Words (normal form, without و/ف) of a statement issued (`البيان الصادر عقب اجتماع`, `أصدرت
/// خلال اجتماعها بيانا`): the meeting after them dates the statement.
const ISSUED: &[&str] = &[
    "الصادر",
    "الصادره",
    "صدر",
    "صدرت",
    "اصدر",
    "اصدرت",
    "اصدره",
    "اصدرته",
    "اصدروا",
];

/// Words (normal form, without و/ف) of time before `عقب`/`بعد`/`ختام`/`خلال`/`إثر` that tie a
/// verbal noun to what was issued then.
const ISSUED_WHEN: &[&str] = &["عقب", "بعد", "ختام", "خلال", "اثر", "اعقاب"];

/// Words within which a statement's issuing stands before its `عقب`/`ختام` (`البيان المشترك
/// الصادر عقب`: one; `أصدرت الهيئة العامة خلال`: two).
const ISSUED_REACH: usize = 3;

/// Words between a statement's issuing and the `في` before its body's meeting (`الصادر عن لجنة
/// مبادرة السلام العربية في اجتماعها`: six with `عن`).
const ISSUED_BY_REACH: usize = 7;

/// Words of authorizing (normal form, without و/ف): talks or a signing someone is authorized to
/// hold (`تفويض الوزير بالتباحث مع`) are to come.
const AUTHORIZED: &[&str] = &[
    "تفويض",
    "بتفويض",
    "التفويض",
    "تفويضا",
    "تفويضه",
    "فوض",
    "فوضت",
    "يفوض",
];

/// Words after an authorizing word within which talks or a signing are the ones authorized
/// (`تفويض معالي وزير الخارجية - أو من ينيبه - بالتباحث`: seven).
const AUTHORIZED_REACH: usize = 8;

/// Spans of time (normal form, without و/ف and `ال`) that `المقبل`/`القادم` after them make a
/// coming date (`الأسبوع المقبل`, `الخميس القادم`, `خلال الأيام المقبلة`); not `المرحلة` or
/// `الخطوات` (`تعزيز التعاون في المرحلة المقبلة` dates nothing). The days of the week are spans
/// too ([`weekday_stem`]).
const SPANS: &[&str] = &[
    "اسبوع",
    "اسابيع",
    "شهر",
    "اشهر",
    "شهور",
    "عام",
    "سنه",
    "ايام",
    "يوم",
    "ساعات",
    "فتره",
    "خريف",
    "صيف",
    "شتاء",
    "ربيع",
];

/// True when `span` (normal form, without و/ف and `ال`) is a day of the week (`خميس`): a
/// [`WEEKDAYS`] word without its article, another span of time besides [`SPANS`].
fn weekday_stem(span: &str) -> bool {
    WEEKDAYS
        .iter()
        .any(|day| day.strip_prefix("ال") == Some(span))
}

/// Words after a verbal noun within which a coming date makes it an act to come (`زيارة الوزير
/// إلى موسكو الثلاثاء القادم`: four; `زيارة وزير الخارجية السعودي عادل الجبير إلى العاصمة
/// الروسية موسكو الثلاثاء القادم`: ten).
const COMING_REACH: usize = 10;

/// Future verbs of holding, starting or resuming (normal form, without و/ف) that, right after a
/// verbal noun, make it an act to come (`جولة من المحادثات ستعقد`, `المشاورات ستستأنف`).
const HELD_LATER: &[&str] = &[
    "ستعقد",
    "سيعقد",
    "ستجري",
    "سيجري",
    "ستستانف",
    "سيستانف",
    "ستبدا",
    "سيبدا",
    "ستنطلق",
    "سينطلق",
    "ستقام",
    "سيقام",
    "ستتم",
    "سيتم",
];

/// Verbs and participles of appealing and demanding (normal form, without و/ف) whose
/// complement after `إلى`, `على` or `بـ` is an act asked for, not one done (`دعا … إلى شن
/// هجمات`, `طالبت … بانسحاب القوات`, `حث … على وقف`). Not the nouns (`تلبية لدعوة`).
const APPEALS: &[&str] = &[
    "دعا",
    "دعت",
    "دعوا",
    "يدعو",
    "تدعو",
    "ندعو",
    "يدعون",
    "داعيا",
    "داعيه",
    "داعين",
    "ناشد",
    "ناشدت",
    "يناشد",
    "تناشد",
    "مناشدا",
    "حث",
    "حثت",
    "يحث",
    "تحث",
    "حاثا",
    "طالب",
    "طالبت",
    "طالبوا",
    "يطالب",
    "تطالب",
    "يطالبون",
    "مطالبا",
    "مطالبه",
    "مطالبين",
    // "توعد … بشن مزيد من الهجمات", "هدد … باستهداف": what a threat promises is not done.
    "توعد",
    "توعدت",
    "يتوعد",
    "تتوعد",
    "متوعدا",
    "هدد",
    "هددت",
    "هددوا",
    "يهدد",
    "تهدد",
    "مهددا",
];

/// Words with `ب` that introduce no act asked for (`طالب … بسبب الهجوم`, `بعد`, `بين`, `بها`).
const NOT_ASKED_FOR: &[&str] = &[
    "بعد",
    "بين",
    "به",
    "بها",
    "بهم",
    "بهما",
    "بدون",
    "بسبب",
    "بفعل",
    "بحسب",
    "بشان",
    "بخصوص",
];

/// Words right before a verbal noun that make it a time or a reason told as background, not
/// the news (`أطلقت الجماعة سراح الطاقم بعد احتجاز دام عاما`, `منذ اندلاع النزاع`, `قبل
/// انسحابه`, `في أعقاب هجوم`): the guide's convention M. (Not `إثر` or `جراء`, which in a
/// report of losses name the very attack: `قتل جنديان إثر انفجار عبوة`.)
const BACKGROUND: &[&str] = &[
    "بعد",
    "عقب",
    "اعقاب",
    "منذ",
    "قبل",
    "وبعد",
    "وعقب",
    "ومنذ",
    "وقبل",
    // "إبان احتلالهم للبلاد": during an age told as background.
    "ابان",
    "وابان",
];

/// Units of a span of time (normal form) in `بعد أسبوعين على توقيع الاتفاق`.
const TIME_UNITS: &[&str] = &[
    "ساعه",
    "ساعتين",
    "ساعات",
    "يوم",
    "يومين",
    "ايام",
    "اسبوع",
    "اسبوعين",
    "اسابيع",
    "شهر",
    "شهرين",
    "اشهر",
    "شهور",
    "سنه",
    "سنتين",
    "سنوات",
    "عام",
    "عامين",
    "اعوام",
    "عقد",
    "عقدين",
    "عقود",
    "قرن",
];

/// Words a span may hold between `بعد` and its unit (`بعد مضي بضعة أشهر`, `بعد أكثر من
/// أسبوع`, `بعد 54 عاما`).
const SPAN_REACH: usize = 4;

/// True when the verbal noun at `i` follows a span of time after `بعد`, `قبل`, `عقب` or `منذ`
/// (`بعد يومين على هجوم`, `قبل أيام من توقيع`): `على` or `من` right before it, a unit of time
/// right before that, and the opening word at most [`SPAN_REACH`] words before the unit, all
/// in the noun's clause (from `first`).
fn span_before<'a>(word: &impl Fn(usize) -> Option<&'a str>, first: usize, i: usize) -> bool {
    if i < first + 3 || !word(i - 1).is_some_and(|w| matches!(w, "علي" | "من")) {
        return false;
    }
    let unit = i - 2;
    let is_unit = word(unit).is_some_and(|w| {
        TIME_UNITS.contains(&w) || w.strip_suffix('ا').is_some_and(|w| TIME_UNITS.contains(&w))
    });
    is_unit
        && (unit.saturating_sub(SPAN_REACH).max(first)..unit)
            .any(|k| word(k).is_some_and(|w| BACKGROUND.contains(&w) && !w.ends_with("ابان")))
}

/// Words before an act asked for, back to the verb of the appeal (`ودعا زعيم التنظيم في
/// اليمن، في تسجيل صوتي بث أمس، إلى شن هجمات`: twelve).
const APPEAL_REACH: usize = 14;

/// Verbs and participles of seeking, trying, wanting and aspiring, and nouns of hope (normal
/// form, without و/ف), whose complement is an act aimed at, not one done: `تسعى روسيا إلى عقد
/// اجتماع`, `يحاول الوسطاء التوصل إلى اتفاق`, `يريدون أن يبحثوا`, `أملها بالإفراج عنه`.
const SEEK: &[&str] = &[
    "يسعي",
    "تسعي",
    "يسعون",
    "نسعي",
    "سعي",
    "سعت",
    "سعوا",
    "ساعيا",
    "ساعيه",
    "ساعين",
    "يحاول",
    "تحاول",
    "يحاولون",
    "نحاول",
    "محاولا",
    "محاولين",
    "يريد",
    "تريد",
    "يريدون",
    "نريد",
    "يرغب",
    "ترغب",
    "يرغبون",
    "نرغب",
    "راغبا",
    "يود",
    "تود",
    "يودون",
    "نود",
    "يطمح",
    "تطمح",
    "يطمحون",
    "يتطلع",
    "تتطلع",
    "يتطلعون",
    "نتطلع",
    "متطلعا",
    "متطلعه",
    "امله",
    "املها",
    "املهم",
    "املنا",
    "امالا",
    "تطلعه",
    "تطلعها",
    "رغبته",
    "رغبتها",
    "رغبتهم",
    "سعيه",
    "سعيها",
    "سعيهم",
    "سعيا",
    "املا",
    // A purpose: "بهدف التوصل إلى اتفاق", "هدفها تدمير", "تهدف إلى تعزيز".
    "بهدف",
    "بغرض",
    "لغرض",
    "هدفه",
    "هدفها",
    "هدفهم",
    "يهدف",
    "تهدف",
    "يهدفون",
    "هادفا",
    "هادفه",
];

/// Words before an act within which a word of [`SEEK`] in its clause governs it (`تسعى
/// الحكومة المصرية إلى عقد`: four).
const SEEK_REACH: usize = 4;

/// Words between `أن` and the act it introduces that an expectation still governs (`أن
/// تستمر المفاوضات`: the verb, then the act).
const EXPECT_REACH: usize = 2;

/// Words before a verbal noun trigger within which a future verb of its clause makes it an act to
/// come (`ستعقد المنظمة جولة محادثات`: three words).
const FUTURE_NOUN_REACH: usize = 4;

/// An audience received (normal form, with or without ال).
const AUDIENCE: &[&str] = &[
    "جمهور",
    "الجمهور",
    "زوار",
    "الزوار",
    "زوارها",
    "المصلين",
    "الزبائن",
    "العملاء",
    "المرضي",
    "الطلاب",
    "الطالبات",
    "المتسوقين",
    "الحجاج",
    "المعتمرين",
    "السياح",
    "البلاغات",
    "بلاغات",
    "الطلبات",
    "طلبات",
    "الشكاوي",
    "شكاوي",
    "الاستفسارات",
    "المراجعين",
    "المتقدمين",
    "المجندين",
    "المتدربين",
    "المسافرين",
    "المستفيدين",
    "المتبرعين",
    "لاجي",
    "اللاجيين",
    "لاجيين",
    "النازحين",
    "المهاجرين",
    "الحجيج",
    // Ships and cargoes a port takes in, cases a clinic admits, news a people takes: no
    // guest ("الميناء يستقبل السفن", "تستقبل الخزانات شحنة", "استقبل الأهالي نبأ الاتفاق").
    "السفن",
    "سفن",
    "البواخر",
    "شحنه",
    "الشحنه",
    "شحنات",
    "الشحنات",
    "حالات",
    "الحالات",
    "نبا",
    "النبا",
    "انباء",
    "الانباء",
    "خبر",
    "الخبر",
];

/// The words of a clause: word tokens up to punctuation (quotation marks and parentheses do not
/// end a clause).
fn clause_stop(t: &Token) -> bool {
    t.kind == TokenKind::Punct
        && !matches!(
            t.norm.chars().next(),
            Some('"' | '«' | '»' | '“' | '”' | '(' | ')' | '\'')
        )
}

/// A year as a number, from ASCII or Arabic-Indic digits (four of them), with or without the
/// era's mark glued on: `2009م` (Gregorian), `1384هـ` (Hijri, turned into its Gregorian year,
/// one off at most).
fn year(w: &str) -> Option<i32> {
    let (digits, hijri) = match w.strip_suffix('ه') {
        Some(d) => (d, true),
        None => (w.strip_suffix('م').unwrap_or(w), false),
    };
    if digits.chars().count() != 4 {
        return None;
    }
    let mut y = 0i32;
    for c in digits.chars() {
        let d = c
            .to_digit(10)
            .or_else(|| ('٠'..='٩').contains(&c).then(|| c as u32 - '٠' as u32))?;
        y = y * 10 + i32::try_from(d).ok()?;
    }
    // (A Hijri year is 354 days: 33 of them make 32 Gregorian years.)
    Some(if hijri { y - y / 33 + 622 } else { y })
}

/// Why the event with code `code` and trigger token `i` of `tokens` (its sentence `sentence`) is
/// no act told as news, if it is not; `page_year` is the year the page was published,
/// `page_month` its month (1–12), `negated` whether the event is negated.
#[allow(clippy::too_many_arguments)]
pub(crate) fn untold(
    tokens: &[Token],
    sentence: std::ops::Range<usize>,
    i: usize,
    code: &str,
    page_year: Option<i32>,
    page_month: Option<u32>,
    negated: bool,
    noun: bool,
) -> Option<Untold> {
    let word = |k: usize| -> Option<&str> {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    let raw = word(i)?;
    let trigger = bare(raw);
    // "سمات اشتباكات الشرطة باكستان": a news site's tags after the story, words with no mark
    // between them; the words are topics, not a sentence.
    if word(sentence.start) == Some("سمات")
        && sentence
            .clone()
            .all(|k| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word))
    {
        return Some(Untold::Tags);
    }
    // "زار وفد الكشافة المتحف", "خلال المخيم الكشفي العالمي": a sentence of scouts and their
    // camps tells a youth pastime (a painting signed, a delegation's tour), no act between
    // states.
    if sentence
        .clone()
        .any(|k| word(k).is_some_and(|w| listed(SCOUTS, w)))
    {
        return Some(Untold::Scouts);
    }
    // Senses of loose triggers. ("وفجرا" is a dual verb: "دخلا المركز وفجرا نفسيهما".)
    if code.starts_with("18") && raw == "فجرا" {
        return Some(Untold::Dawn);
    }
    // "أوقفت الخطوط الجوية رحلاتها", "أوقفت الحكومة أمس ترخيص صحيفتين", "أوقفت تنفيذ
    // المشروعات": `أوقف` stops an activity, a licence or a plan named within its clause (before
    // a count, a time, a reason or a place), and arrests no one.
    if code.starts_with("173")
        && ["اوقف", "يوقف", "توقف"]
            .iter()
            .any(|v| trigger.starts_with(v))
    {
        let stopped = (i + 1..(i + 7).min(sentence.end))
            .take_while(|&k| {
                word(k).is_some_and(|w| {
                    !w.chars().all(|c| c.is_numeric()) && !SUSPENDED_STOPS.contains(&bare(w))
                })
            })
            .any(|k| {
                word(k).is_some_and(|w| {
                    let w = bare(w);
                    let w = w.strip_prefix("ال").unwrap_or(w);
                    listed(SUSPENDED, w)
                        || ["ها", "هم", "ه"].iter().any(|p| {
                            w.strip_suffix(p).is_some_and(|s| {
                                listed(SUSPENDED, s)
                                    || s.strip_suffix('ت')
                                        .is_some_and(|s| listed(SUSPENDED, &format!("{s}ه")))
                            })
                        })
                })
            });
        if stopped {
            return Some(Untold::Suspended);
        }
    }
    // "قال قبل رحلته إلى المنطقة", "رحل عنا الأمير", "وإن رحل": a journey (`رحلة`, with its
    // pronoun) or a passing (`رحل عن`) expels no one; `رحّل` expels whom it names ("رحلت
    // السلطات 300 شخص").
    if code.starts_with("174") {
        let t = trigger
            .strip_prefix('ب')
            .filter(|t| t.starts_with("رحل"))
            .unwrap_or(trigger);
        let t = t.strip_prefix("ال").unwrap_or(t);
        let journey = matches!(
            t,
            "رحله"
                | "رحلته"
                | "رحلتها"
                | "رحلتهم"
                | "رحلتهما"
                | "رحلتي"
                | "رحلتنا"
                | "رحلات"
                | "رحلاته"
                | "رحلاتها"
        );
        let passing = matches!(t, "رحل" | "رحلت")
            && (word(i + 1).is_some_and(|w| matches!(w, "عن" | "عنا" | "عنه" | "عنها" | "عنهم"))
                || i.checked_sub(1).and_then(word) == Some("وان"));
        if journey || passing {
            return Some(Untold::Journey);
        }
    }
    if code.starts_with("03")
        && trigger.ends_with("عدا")
        && (word(i + 1).is_some_and(|w| matches!(w, "ذلك" | "هذا" | "ذاك"))
            || i.checked_sub(1).and_then(word) == Some("ما"))
    {
        return Some(Untold::Except);
    }
    // "قال مسؤول طلب عدم الكشف عن هويته": the formula of an unnamed source asks nothing of
    // anyone in the news.
    if code.starts_with("02")
        && trigger.starts_with("طلب")
        && word(i + 1).map(bare) == Some("عدم")
        && word(i + 2).is_some_and(|w| {
            matches!(
                bare(w),
                "الكشف"
                    | "كشف"
                    | "ذكر"
                    | "نشر"
                    | "الافصاح"
                    | "الاعلان"
                    | "تسميته"
                    | "تسميتها"
            )
        })
    {
        return Some(Untold::Unnamed);
    }
    // "قال مسؤول رافضا الكشف عن اسمه", "رفض ذكر هويته": the same formula as a refusal.
    if code.starts_with("12")
        && (trigger.starts_with("رفض") || trigger.starts_with("رافض"))
        && word(i + 1).is_some_and(|w| {
            matches!(
                bare(w),
                "الكشف"
                    | "كشف"
                    | "ذكر"
                    | "الافصاح"
                    | "الاعلان"
                    | "نشر"
                    | "تسميته"
                    | "تسميتها"
            )
        })
        && (word(i + 1).is_some_and(|w| w.starts_with("تسمي"))
            || (word(i + 2) == Some("عن")
                && word(i + 3).is_some_and(|w| w.starts_with("اسم") || w.starts_with("هوي"))))
    {
        return Some(Untold::Unnamed);
    }
    // (Right after the verb only: "دعا عبد الله المحيسني", "دعا حزب الله" are appeals.)
    if code.starts_with("02") && word(i + 1).is_some_and(|w| GOD.contains(&w)) {
        return Some(Untold::Prayer);
    }
    // "ودعا الشيخ المولى عز وجل أن يحفظ البلاد", "داعيا للشهداء بالرحمة والمغفرة": God named
    // with His praise a few words on, or mercy and healing asked for, is a prayer. (Not "دعا حزب
    // الله إلى", where no praise follows the name.)
    if code.starts_with("02")
        && (i + 1..(i + 1 + PRAYER_REACH).min(sentence.end)).any(|k| {
            word(k).is_some_and(|w| {
                (GOD.contains(&w)
                    && (w == "المولي"
                        || word(k + 1).is_some_and(|n| PRAISE.contains(&bare(n)) || n == "ان")))
                    || MERCY.contains(&w)
            })
        })
    {
        return Some(Untold::Prayer);
    }
    // "ودعا الأمير فلان بن فلان - الله عز وجل - أن يحفظ": God with His praise set off by
    // dashes after a long name is a prayer too, further on than the reach above.
    if code.starts_with("02")
        && (i + 1..(i + 1 + PRAISED_GOD_REACH).min(sentence.end)).any(|k| {
            word(k).is_some_and(|w| GOD.contains(&w))
                && word(k + 1).is_some_and(|n| PRAISE.contains(&bare(n)))
        })
    {
        return Some(Untold::Prayer);
    }
    // "خادم الحرمين - أيده الله -", "حفظه الله": God blesses; no one endorses or protects.
    // (A verb with its object pronoun only: "نصر الله", "عطا الله" are names.)
    if word(i + 1) == Some("الله") && BLESSED.iter().any(|p| raw.ends_with(p)) {
        return Some(Untold::Blessing);
    }
    // "وفي ختام اللقاء طلب الرئيس نقل تحياته إلى الملك", "حمله تحياته": greetings asked to be
    // conveyed, a courtesy that closes a meeting already told; no appeal.
    if code.starts_with("02")
        && (i + 1..(i + GREETINGS_REACH).min(sentence.end)).any(|k| {
            word(k).is_some_and(|w| w.starts_with("تحيات") || w.starts_with("تحيه"))
                && k.checked_sub(1)
                    .and_then(word)
                    .is_some_and(|w| matches!(bare(w), "نقل" | "بنقل" | "ابلاغ" | "بابلاغ" | "ينقل"))
        })
    {
        return Some(Untold::Protocol);
    }
    // "ودعا رئيس الوزراء إلى اجتماع طارئ لكبار الوزراء ومسؤولي الأمن": a head calling his own
    // ministers or officials to a meeting convenes it; he appeals to no one. (Not "دعت فرنسا
    // إلى اجتماع طارئ لمجلس الأمن": a meeting of others asked for.)
    if code.starts_with("02") && convened(&word, sentence.clone(), i) {
        return Some(Untold::Convened);
    }
    // "لقي طيار مصرعه في تحطم مروحية", "بعد الزلزال الذي دمر آلاف المنازل": a crash or a
    // disaster near an act of force, in a sentence that names no doer (no one shot it down,
    // no attack, no gunmen), kills or destroys by itself. (Not "عاصفة الحزم" the operation.)
    if ["18", "19", "20"].iter().any(|c| code.starts_with(c)) {
        let near = i.saturating_sub(ACCIDENT_REACH).max(sentence.start)
            ..(i + ACCIDENT_REACH + 1).min(sentence.end);
        let accident = near.clone().any(|k| {
            word(k).is_some_and(|w| {
                listed(ACCIDENTS, w)
                    && !(w.ends_with("عاصفه") && word(k + 1).is_some_and(|n| n == "الحزم"))
            })
        });
        let doer = || {
            sentence.clone().any(|k| {
                word(k).is_some_and(|w| {
                    let w = bare(w);
                    let w = w.strip_prefix("ال").unwrap_or(w);
                    ACCIDENT_DOERS.iter().any(|d| w.starts_with(d))
                })
            })
        };
        if accident && !doer() {
            return Some(Untold::Accident);
        }
    }
    // An accusative (`تقدما`, `نموا`) or `لل` object (`للنتائج`) of achieving among the
    // `reach` words from `from`, before a word of an inquiry (`في`, `مع`, `حول`) or a mark.
    let achieved_past = |from: usize, reach: usize| {
        (from..(from + reach).min(sentence.end))
            .map(word)
            .take_while(|w| {
                w.is_some_and(|w| {
                    !matches!(
                        bare(w),
                        "في" | "مع" | "بشان" | "حول" | "فيه" | "فيها" | "عن"
                    )
                })
            })
            .flatten()
            .any(|w| {
                let w = bare(w);
                w.strip_suffix('ا')
                    .filter(|s| s.chars().count() >= 3)
                    .is_some_and(|s| ACHIEVED.contains(&s))
                    || w.strip_prefix("لل").is_some_and(|s| ACHIEVED.contains(&s))
            })
    };
    // "لتحقيق الاستقرار", "تحقيق مكاسب", "بما يكفل تحقيق أهدافها": achieving, no inquiry
    // (`تحقيق في`, `التحقيق مع`, `فتح تحقيق` stay). With `ل` it is a purpose unless `في`/`مع`
    // follows ("للتحقيق في الهجوم").
    if code.starts_with("09") && trigger.contains("تحقيق") && !trigger.contains("تحقيقات")
    {
        let next = word(i + 1).map(bare);
        let inquiry =
            next.is_some_and(|w| matches!(w, "في" | "مع" | "بشان" | "حول" | "فيه" | "فيها"));
        let purpose = raw.trim_start_matches('و').starts_with("لتحقيق");
        // "تحقيق هذا الهدف": the object after a demonstrative.
        let object = if next.is_some_and(|w| matches!(w, "هذا" | "هذه" | "ذلك" | "تلك"))
        {
            word(i + 2).map(bare)
        } else {
            next
        };
        // "ما تم تحقيقه", "هدف يصعب تحقيقه": achieving it.
        let achieved_it = matches!(trigger, "تحقيقه" | "تحقيقها" | "تحقيقهم" | "تحقيقهما")
            && i.checked_sub(1)
                .and_then(word)
                .is_some_and(|w| ACHIEVED_IT_AFTER.contains(&bare(w)));
        // "تحقيق المقاومة تقدما ميدانيا", "عدم تحقيق الحملة الجوية ضد التنظيم للنتائج": the
        // achiever between the noun and what it achieves, an accusative or an `لل` object
        // before any `في`/`مع` of an inquiry.
        let object_past_achiever = !raw.ends_with("تحقيقا") && achieved_past(i + 2, 6);
        if !inquiry
            && (purpose
                || achieved_it
                || object_past_achiever
                || object.is_some_and(|w| listed(ACHIEVED, w)))
        {
            return Some(Untold::Achieved);
        }
    }
    // "وتحقق تقدما في كافة الجبهات", "النجاحات التي يحققها الجيش في", "لن تحقق أهدافها في":
    // the verb `حقق` with an object of achieving, or its pronoun, before the `في` that
    // licensed it; an inquiry is `تحقق الشرطة في الحادث`, `يحقق معه`.
    if code.starts_with("09") && !trigger.starts_with("تحقيق") {
        let stem = ["هما", "هم", "ها", "ه"]
            .iter()
            .find_map(|p| trigger.strip_suffix(p))
            .filter(|s| ACHIEVING_VERBS.contains(s));
        let next = word(i + 1).map(bare);
        let object = ACHIEVING_VERBS.contains(&trigger)
            && next.is_some_and(|w| !matches!(w, "امن" | "الامن" | "مركز") && listed(ACHIEVED, w));
        if stem.is_some()
            || object
            || (ACHIEVING_VERBS.contains(&trigger) && achieved_past(i + 1, 4))
        {
            return Some(Untold::Achieved);
        }
    }
    // "مكافحة غسل الأموال وتمويل الإرهاب": a crime's financing named as a field, no aid.
    if code.starts_with("07")
        && trigger.contains("تمويل")
        && word(i + 1).is_some_and(|w| listed(FINANCED_CRIMES, w))
    {
        return Some(Untold::Financing);
    }
    // "القرية الخاضعة لسيطرة الجيش", "تخضع لسيطرة الاحتلال", "ما زالت تحت سيطرة التنظيم": a
    // state described, no act of seizing or occupying.
    if code.starts_with("19")
        && trigger.contains("سيطر")
        && i.checked_sub(1).and_then(word).is_some_and(|w| {
            matches!(
                bare(w),
                "تحت"
                    | "تخضع"
                    | "يخضع"
                    | "خاضعه"
                    | "الخاضعه"
                    | "الخاضع"
                    | "خاضع"
                    | "تابعه"
                    | "التابعه"
            )
        })
    {
        return Some(Untold::State);
    }
    // "قوات الاحتلال", "سجون الاحتلال الإسرائيلي", "إنهاء الاحتلال", "استمرار الاحتلال
    // العراقي للكويت": the definite noun names a standing occupation (or the occupier), no
    // territory seized that day; a seizure is told by a verb or an indefinite noun (`احتلت
    // القوات البلدة`, `بعد احتلال التنظيم للمدينة`).
    if code.starts_with("192") && matches!(trigger, "الاحتلال" | "للاحتلال" | "بالاحتلال" | "كالاحتلال")
    {
        return Some(Untold::State);
    }
    // "وحضر اللقاء وزير الخارجية": the attendees of a meeting already told.
    if code.starts_with("04")
        && i.checked_sub(1)
            .and_then(word)
            .is_some_and(|w| ATTENDED.contains(&bare(w)))
    {
        return Some(Untold::Protocol);
    }
    // "وكان في استقباله لدى وصوله رئيس الحكومة ووالي المدينة …": who stood at the airport.
    // ("وكان في الاستقبال": with the article too.)
    if GREETED
        .iter()
        .any(|g| raw.strip_prefix("ال").unwrap_or(raw).starts_with(g))
        && i.checked_sub(1).and_then(word) == Some("في")
        && i.checked_sub(2)
            .and_then(word)
            .is_some_and(|w| matches!(bare(w), "كان" | "كانت"))
    {
        return Some(Untold::Protocol);
    }
    // "القمة التي استضافتها الرياض", "تستضيف المدينة أعمال المؤتمر", "استضافة قطر لكأس
    // العالم": a host of a summit, a conference, a festival or a championship hosts an
    // occasion, no visit (hosted talks and meetings stay: writers code them); and "استضافتهم
    // في إحدى الاستراحات", "على نفقتها": guests lodged somewhere.
    let hosting = code.starts_with("043") && {
        let stem = trigger.strip_prefix("ال").unwrap_or(trigger);
        ["استضاف", "تستضيف", "يستضيف", "ستستضيف"]
            .iter()
            .any(|h| stem.starts_with(h))
    };
    if hosting {
        let occasion = |k: usize| {
            word(k).is_some_and(|w| {
                let b = bare(w);
                let stem = ["بال", "لل", "ال", "ل", "ب"]
                    .iter()
                    .find_map(|p| b.strip_prefix(p).filter(|r| r.chars().count() >= 3))
                    .unwrap_or(b);
                (OCCASIONS.contains(&b) || OCCASIONS.contains(&stem))
                    // (Not "في مؤتمر صحفي عقب استضافة محادثات": a press conference.)
                    && !word(k + 1).is_some_and(|n| n.starts_with("صحف") || n.starts_with("صحاف"))
            })
        };
        let near = clause_words(tokens, i, OCCASION_REACH, OCCASION_REACH)
            .into_iter()
            .any(occasion);
        let lodged = raw.ends_with("هم")
            && (word(i + 1) == Some("في")
                || (word(i + 1) == Some("علي")
                    && word(i + 2).is_some_and(|w| w.starts_with("نفق"))));
        if near || lodged {
            return Some(Untold::Hosted);
        }
    }
    // "يناقش البرلمان مشروع القانون", "وافق زعماء مجلس الشيوخ على بدء مناقشة الاتفاق": a
    // legislature debating a bill or a deal among its members, no consultation between parties
    // (not "ناقش رئيس البرلمان مع الوزير": a meeting).
    if code.starts_with("04") && {
        let stem = trigger.strip_prefix("ال").unwrap_or(trigger);
        ["ناقش", "يناقش", "تناقش", "مناقش"]
            .iter()
            .any(|d| stem.starts_with(d))
    } {
        let near = clause_words(tokens, i, DEBATE_REACH, DEBATE_REACH);
        let chamber = near.iter().any(|&k| {
            word(k).is_some_and(|w| {
                listed(CHAMBERS, w)
                    || (listed(&["مجلس"], w)
                        && word(k + 1).is_some_and(|n| listed(&["شيوخ", "نواب", "شوري"], n)))
            })
        });
        let with = near
            .iter()
            .any(|&k| k > i && word(k).is_some_and(|w| matches!(bare(w), "مع" | "بين")));
        if chamber && !with {
            return Some(Untold::Debate);
        }
    }
    // ("تستقبل الهيئة البلاغات", "رحبت بمليوني لاجئ": the public or its papers, received or
    // welcomed.)
    if (code.starts_with("043") || (code.starts_with("051") && trigger.contains("رحب")))
        && (i + 1..(i + 4).min(sentence.end))
            .any(|k| word(k).is_some_and(|w| AUDIENCE.contains(&bare(w))))
    {
        return Some(Untold::Audience);
    }
    // "استقبل الأمير … وجموعا من المواطنين الذين قدموا للسلام عليه": a public audience.
    if code.starts_with("043")
        && (i + 1..sentence.end).any(|k| {
            word(k) == Some("للسلام")
                && word(k + 1).is_some_and(|w| matches!(w, "عليه" | "عليها" | "عليهم"))
        })
    {
        return Some(Untold::Audience);
    }
    // "منذ فجر الإسلام": an age's dawn, no bombing.
    if code.starts_with("18")
        // ("فجر" is no ف + "جر": the raw word is looked at too.)
        && (raw == "فجر" || trigger == "فجر")
        && (i.checked_sub(1).and_then(word).map(bare) == Some("منذ")
            || word(i + 1).is_some_and(|w| DAWN_OF.contains(&w)))
    {
        return Some(Untold::Dawn);
    }
    // "وصل مساء أمس جثمان الجندي", "استقبل الأهالي رفات الضحايا": a body arrives or is
    // received; no one visits or meets.
    if code.starts_with("04")
        && (i + 1..(i + 4).min(sentence.end)).any(|k| word(k).is_some_and(|w| listed(REMAINS, w)))
    {
        return Some(Untold::Level);
    }
    // "وصلت إلى مستويات قياسية", "وصل إلى 375 حادثا": a figure, no one arriving.
    // ("وصلت" is no و + "صلت": the raw word is looked at too.) "توجهت قوات أخرى إلى المدينة",
    // "مئات الجنود توجهت إلى": troops heading somewhere, no visit either.
    if code.starts_with("04")
        && [raw, trigger].iter().any(|w| {
            ["وصل", "يصل", "تصل", "توجه", "يتوجه", "تتوجه"]
                .iter()
                .any(|v| w.starts_with(v))
        })
    {
        // (The subject may stand between: "وصلت الأسعار إلى مستويات".)
        let to = if word(i + 2) == Some("الي") && word(i + 1) != Some("الي") {
            word(i + 2).map(|_| ("الي", i + 3))
        } else {
            word(i + 1).map(|w| (w, i + 2))
        };
        let level = |w: &str| listed(LEVELS, w) || w.chars().next().is_some_and(|c| c.is_numeric());
        let reaches = match to {
            Some(("الي", k)) => word(k).is_some_and(level),
            Some((w, _)) => w.strip_prefix('ل').is_some_and(level),
            None => false,
        };
        // "وصلت مساعدات سعودية إلى عدن": goods arriving, no visit (the aid is coded apart).
        // "وصلت كتيبة عسكرية إلى المطار", "وصلت تعزيزات": troops deployed, no visit.
        if reaches || word(i + 1).is_some_and(|w| listed(GOODS, w) || listed(TROOPS, w)) {
            return Some(Untold::Level);
        }
        // "أن رحلة تقل 150 راكبا وصلت إلى", "الكتائب التي وصلت", "نحو ألف مهاجر وصلوا": a
        // flight, goods, troops, migrants or a counted crowd named before the verb arrive; "مما
        // وصلت إليه الأوضاع", "وصلت الأمور إلى": a state reached. No one visits.
        let mut before = Vec::new();
        let mut k = i;
        while k > sentence.start && before.len() < ARRIVAL_BACK {
            k -= 1;
            match tokens.get(k) {
                Some(t) if t.kind == TokenKind::Word => before.push(t.norm.as_str()),
                Some(t) if clause_stop(t) => break,
                _ => {}
            }
        }
        let counted = before.iter().take(3).any(|w| {
            listed(&["الف", "الاف", "عشرات", "مئات", "ميات"], w) || w.chars().all(|c| c.is_numeric())
        });
        // (Not "على متن طائرة خاصة وصل الرئيس": the visitor's own plane.)
        let aboard = before.iter().any(|w| bare(w) == "متن");
        let arrivals = !aboard
            && before.iter().any(|w| {
                listed(GOODS, w) || listed(TROOPS, w) || listed(REMAINS, w) || listed(CARRIERS, w)
            });
        let state = before.first().is_some_and(|w| matches!(*w, "ما" | "مما"))
            || word(i + 1).is_some_and(|w| listed(STATES, w));
        // "ووصل معظمهم إلى المدينة": most of a crowd told before (released prisoners).
        let most = word(i + 1).is_some_and(|w| {
            matches!(
                w,
                "معظمهم" | "بعضهم" | "اغلبهم" | "غالبيتهم" | "جميعهم" | "اكثرهم"
            )
        });
        if arrivals || state || most || (counted && raw.ends_with("وا")) {
            return Some(Untold::Level);
        }
    }
    // "احتل المرتبة الثانية", "احتلوا المركز الثاني عالميا": a rank, no occupation ("احتلت
    // القوات مركز المدينة" stays).
    if code.starts_with("19")
        && ["احتل", "يحتل", "تحتل", "احتلال"]
            .iter()
            .any(|v| trigger.starts_with(v))
    {
        // (The subject may stand between: "واحتل المنتخب المرتبة الثالثة"; after the verb it
        // may be a long name, "احتلت المملكة العربية السعودية المرتبة الخامسة", so the verb
        // looks on to the fifth word of its clause; the noun `احتلال` only to the second.)
        let reach = if trigger.starts_with("احتلال") {
            2
        } else {
            RANK_REACH
        };
        let rank = clause_words(tokens, i, 0, reach).into_iter().any(|k| {
            word(k).is_some_and(|w| {
                listed(RANK_WORDS, w)
                    || (listed(&["مركز"], w)
                        && word(k + 1).is_some_and(|n| {
                            ORDINALS.contains(&n.strip_suffix('ه').unwrap_or(n))
                                || n.chars().next().is_some_and(|c| c.is_numeric())
                        }))
            })
        });
        if rank {
            return Some(Untold::Rank);
        }
    }
    // "مساعد وزير الخارجية": a title.
    if code.starts_with("07")
        && matches!(trigger, "مساعد" | "مساعده")
        && word(i + 1).is_some_and(|w| listed(AIDE_OF, w))
    {
        return Some(Untold::AidTitle);
    }
    // "هجوم أوقع 15 قتيلا", "نزاع أوقع أكثر من ألف قتيل", "أوقع الأمن بخلية": `أوقع` (form IV)
    // inflicts or traps; only `وقّع` signs.
    if code.starts_with("057") && trigger.starts_with("اوقع") {
        return Some(Untold::Inflicted);
    }
    // "ووقعت الحادثة على طريق", "أحداث وقعت على مدى عقدين", "العملية التي وقعت في المدينة",
    // "وقعت دورية في كمين", "وقع الجندي في الأسر", "انفجار يقع قرب": `وقع` (form I) took place
    // or fell; `يوقع قتلى` (form IV) inflicts. Only a party putting its name to a text signs.
    if code.starts_with("057") && fell(&word, sentence.clone(), i, raw) {
        return Some(Untold::Inflicted);
    }
    // "شن هجوما عنيفا على قرار الرئيس", "هاجم منتقدي الاتفاق": words, no force.
    if code.starts_with("19")
        && (trigger.starts_with("هاجم")
            || trigger.starts_with("هجوم")
            || trigger.starts_with("يهاجم"))
        && (i + 1..(i + 5).min(sentence.end))
            .any(|k| word(k).is_some_and(|w| listed(SAID_OR_DECIDED, w)))
    {
        return Some(Untold::Verbal);
    }
    // "وتوقع الوزير زيادة النمو": `توقع` is "expected" (a man's past) far more often than "she
    // signs" (`تُوقّع`, a present of `وقّع`); it signs after a particle (`لم توقع`, `لن توقع`)
    // or before what is signed (`توقع على`, `توقع اتفاقية`). After `قد` and `أن` it is as often
    // "had expected" and the noun "expectation" (`فقد توقع مصدر أن`, `أن توقع أوبك لنمو الطلب`):
    // there it signs only with what is signed in its clause. `علي` signs only before what is
    // signed: `توقع علي العمير ارتفاع الأسعار` names the minister علي (`على` and `علي` fold
    // alike).
    let expects = matches!(
        trigger,
        "توقع"
            | "توقعه"
            | "توقعها"
            | "توقعهم"
            | "توقعت"
            | "توقعوا"
            | "متوقعا"
            | "توقعات"
            | "لتوقع"
            | "بتوقع"
    );
    if code.starts_with("05") && expects {
        let signed_at = |k: usize| {
            word(k).is_some_and(|w| {
                listed(SIGNED, w)
                    || (w == "علي"
                        && word(k + 1)
                            .is_some_and(|n| listed(SIGNED, n) || listed(SIGNED_POINTERS, n)))
            })
        };
        let particle = i.checked_sub(1).and_then(word).map(bare);
        let reach = match particle {
            Some("لم" | "لن" | "لا" | "سوف" | "كي" | "لكي") => 0,
            Some("قد" | "ان") => EXPECTED_SIGNED_REACH,
            _ => 3,
        };
        if reach > 0 && !(i + 1..(i + reach).min(sentence.end)).any(signed_at) {
            return Some(Untold::Expected);
        }
    }
    // "دانت الوزارة الجريمة التي أدت إلى مقتل طفل إثر استهداف مستوطنين منزله": an act told
    // far after a condemnation, in the clauses that describe what it condemns, is no act of
    // its own. (Not the act it takes as object, whose doer writers code: "أدانت الإمارات
    // احتجاز الحرس الثوري ناقلة", "نددت المنظمة باعتقال السلطات محامين".)
    let words_between = |k: usize| {
        tokens[k + 1..i]
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .count()
    };
    if ["17", "18", "19", "20"].iter().any(|r| code.starts_with(r))
        && (sentence.start..i).any(|k| {
            word(k).is_some_and(|w| CONDEMN.contains(&bare(w))) && words_between(k) >= CONDEMNED_FAR
        })
    {
        return Some(Untold::Condemned);
    }
    // "برنامج يستهدف تطوير مهارات الشباب", "تحقيق في الرشوة يستهدف ثلاث شركات", "التنصت
    // استهدف أعضاء الحكومة": a plan, an inquiry or a measure aims at something; no force.
    let aims = ["استهدف", "يستهدف", "تستهدف"]
        .iter()
        .any(|v| trigger.starts_with(v));
    if (code.starts_with("18") || code.starts_with("19") || code.starts_with("20"))
        && aims
        && (word(i + 1).is_some_and(|w| listed(AIMED_AT, w))
            || (i.saturating_sub(3).max(sentence.start)..i).any(|k| {
                // (With the accusative's alif too: "أطلقت برنامجا يستهدف".)
                word(k).is_some_and(|w| {
                    listed(AIMERS, w) || w.strip_suffix('ا').is_some_and(|w| listed(AIMERS, w))
                })
            }))
    {
        return Some(Untold::Aim);
    }
    // "المخاطر والتحديات التي تستهدف أمن الدول", "لمخططات تستهدف الوطن", "الإرهاب الذي أصبح
    // يستهدفنا": a threat, a plot or terrorism in general that targets is what it is aimed at,
    // no act of the day. (Terrorism only as the subject of a present verb, before a relative or
    // `بات`/`أصبح`: "الإرهاب الذي استهدف المسجد" tells an attack, and "حربا على الإرهاب تستهدف
    // الحزب" a war.)
    let present_aim = ["يستهدف", "تستهدف"].iter().any(|v| trigger.starts_with(v));
    if (code.starts_with("18") || code.starts_with("19") || code.starts_with("20"))
        && aims
        && (i.saturating_sub(3).max(sentence.start)..i).any(|k| {
            word(k).is_some_and(|w| {
                let w = w.strip_prefix('و').unwrap_or(w);
                let terror_subject = present_aim
                    && word(k + 1).is_some_and(|n| {
                        matches!(n, "الذي" | "التي" | "بات" | "باتت" | "اصبح" | "اصبحت")
                    });
                let threat = |w: &str| {
                    listed(THREAT_AIMERS, w) || (terror_subject && matches!(w, "الارهاب" | "ارهاب"))
                };
                threat(w) || w.strip_prefix('ل').is_some_and(threat)
            })
        })
    {
        return Some(Untold::Aim);
    }
    // The clause of the trigger: back to punctuation (or the sentence's start), on to
    // punctuation (or its end).
    let mut first = i;
    while first > sentence.start && !tokens.get(first - 1).is_some_and(clause_stop) {
        first -= 1;
    }
    let mut last = i + 1;
    while last < sentence.end && !tokens.get(last).is_some_and(clause_stop) {
        last += 1;
    }
    // "نرحب بأي اتفاق": any act of the kind.
    // (A negated act stays: "لن تشارك في أي اجتماع" is a refusal some writers code.)
    if !negated
        && i > first
        && i.checked_sub(1)
            .and_then(word)
            .is_some_and(|w| ANY.contains(&w))
    {
        return Some(Untold::Maybe);
    }
    // "ضد كل عمل إرهابي يستهدف أمنها", "لأي محاولة تستهدف الوطن": a present verb whose subject
    // is any act of a kind is a general truth, no act of the day.
    let present_verb = !noun && matches!(bare(raw).chars().next(), Some('ي' | 'ت'));
    if present_verb
        && (i.saturating_sub(GENERIC_REACH).max(first)..i).any(|k| {
            // (Not `كل من مصر والأردن تدين`: each of the named.)
            word(k).is_some_and(|w| ANY.contains(&w) || matches!(bare(w), "كل" | "لكل" | "بكل"))
                && word(k + 1) != Some("من")
        })
    {
        return Some(Untold::Habit);
    }
    // "إطالة الصراع ستؤدي إلى", "أي ضربات تستهدف الجيش ستعقد", "رفض الاتفاق من شأنه أن":
    // a verbal noun as the subject of a future or a possibility names no act that happened.
    // (Not past a relative pronoun, "الغارات التي شنتها … ستؤدي", nor a future joined with و,
    // "قصفت المواقع وستواصل".)
    // The noun is a subject: `أن`/`إن`/`لأن` just before it or before its head ("لأن إطالة
    // الصراع ستؤدي"); an object's future is its own ("أعلن اعتقال ثلاثة سيحالون إلى القضاء").
    let subject = (1..=2).any(|d| {
        i.checked_sub(d)
            .filter(|&k| k >= first)
            .and_then(word)
            .is_some_and(|w| matches!(bare(w), "ان" | "لان" | "بان"))
    });
    if noun && subject {
        let consequence = (i + 1..last.min(i + 1 + CONSEQUENCE_REACH))
            .take_while(|&k| word(k).is_some_and(|w| !matches!(w, "الذي" | "التي" | "الذين")))
            .any(|k| {
                word(k).is_some_and(|w| {
                    future_verb(w)
                        || (w == "من"
                            && word(k + 1).is_some_and(|n| {
                                matches!(n, "شانه" | "شانها" | "شانهم" | "شانهما")
                            }))
                        || (w == "قد" && word(k + 1).is_some_and(|n| n.starts_with(['ي', 'ت'])))
                })
            });
        if consequence {
            return Some(Untold::Maybe);
        }
    }
    // "ستعقد المنظمة جولة محادثات", "سيجتمع خلال الزيارة مع نظيره": a verbal noun that a
    // future verb before it in its clause governs names an act to come, not one that happened
    // (the guide: future acts are no events).
    // (Not a noun a relative clause tells: "ستستكمل المباحثات التي أجراها الأمير".)
    if noun
        && !word(i + 1).is_some_and(|w| matches!(w, "الذي" | "التي" | "الذين"))
        && (i.saturating_sub(FUTURE_NOUN_REACH).max(first)..i)
            .any(|k| word(k).is_some_and(|w| future_verb(bare(w))))
    {
        return Some(Untold::Expected);
    }
    // "بعد احتجاز دام عاما", "منذ اندلاع النزاع", "في أعقاب هجوم": a time or a reason.
    // (Not a meeting or a visit, "وقال الوزير عقب لقائه نظيره", nor fighting, "استعاد الجيش
    // السيطرة على البلدة بعد معارك مع المسلحين": both tell the news itself; nor the subject's
    // own withdrawal, "تسعى إلى العودة إلى المنطقة بعد انسحابها من قاعدتها": the pronoun ties
    // the leaving to the actor the sentence is about, the fact the analysis turns on.)
    let own_withdrawal = code.starts_with("0874")
        && word(i).is_some_and(|w| ["ها", "هم", "هما", "ه"].iter().any(|p| w.ends_with(p)));
    // ("إبان احتلالهم للبلاد": an age, fighting too.)
    let age = i
        .checked_sub(1)
        .and_then(word)
        .is_some_and(|w| matches!(w, "ابان" | "وابان"));
    if noun
        && !code.starts_with("04")
        && (!code.starts_with("19") || age)
        && !own_withdrawal
        && i > sentence.start
        && i.checked_sub(1)
            .and_then(word)
            .is_some_and(|w| BACKGROUND.contains(&w))
    {
        return Some(Untold::Background);
    }
    // "بعد أسبوعين على توقيع الاتفاق", "بعد مضي بضعة أشهر على توقيعه", "قبل أيام من
    // زيارته": an act a span of time away from the news is its time. (Not the clashes that led
    // to the news, "سيطر الجيش على البلدة بعد أيام من المواجهات", nor a detention the
    // sentence's release undoes, "أفرج عن الناشط بعد أسبوعين من احتجازه": both are told with
    // it; nor an accusation or a criticism, "استدعت سفيرها بعد يومين من اتهام الحكومة لها",
    // which the read sets' writers code as the cause of the news.)
    let undone_capture = (code.starts_with("17") || code.starts_with("18"))
        && (sentence.start..i).any(|k| {
            word(k).map(bare).is_some_and(|w| {
                w == "سراح" || w.starts_with("افرج") || w == "الافراج" || w == "بالافراج"
            })
        });
    if noun
        && !code.starts_with("193")
        && !code.starts_with("11")
        && !undone_capture
        && span_before(&word, first, i)
    {
        return Some(Untold::Background);
    }
    // (Returned after the years: "وكان قد تلقى تدريبات في أغسطس 2013" is history.)
    let background = background_clause(&word, sentence.start, first, sentence.end, i, code, noun);
    // "لقاؤه المقرر مع الرئيس", "الجولة المقبلة من المحادثات", "الاجتماع الوزاري المقبل": a
    // verbal noun with an adjective of schedule names an act to come. (Not `المقرر الخاص`, the
    // rapporteur.)
    let scheduled = |k: usize| {
        word(k).is_some_and(|w| SCHEDULED.contains(&w))
            && !word(k + 1).is_some_and(|n| matches!(n, "الخاص" | "الخاصه" | "الاممي" | "العام"))
    };
    if noun
        && (scheduled(i + 1)
            || (word(i + 1).is_some_and(|w| w.starts_with("ال"))
                && i + 2 < last
                && scheduled(i + 2)))
    {
        return Some(Untold::Expected);
    }
    // "جولة ثانية من الاجتماعات ستعقد", "المشاورات ستستأنف": a verbal noun that a future verb
    // of holding or resuming follows names an act to come.
    if noun
        && (i + 1..(i + 3).min(last))
            .any(|k| word(k).is_some_and(|w| HELD_LATER.contains(&bare(w))))
    {
        return Some(Untold::Expected);
    }
    // "رحب المجلس بالبيان المشترك الصادر عقب اجتماع الوزراء مع نظيرهم", "أصدرت الهيئة خلال
    // اجتماعها بيانا": a meeting or a visit named as the time a statement was issued is
    // background (the guide's convention M), and the actors the engine gives it are the
    // statement's readers, not the ones who met.
    if noun
        && code.starts_with("04")
        && i > first
        && i.checked_sub(1)
            .and_then(word)
            .is_some_and(|w| ISSUED_WHEN.contains(&bare(w)))
    {
        let when = i - 1;
        // ("في ختام": ختام right before the noun; the issuing before في.)
        let from = if word(when).map(bare) == Some("ختام") && when > first {
            when - 1
        } else {
            when
        };
        if (from.saturating_sub(ISSUED_REACH).max(first)..from)
            .any(|k| word(k).is_some_and(|w| ISSUED.contains(&bare(w))))
        {
            return Some(Untold::Background);
        }
    }
    // "رحب بالبيان الصادر عن لجنة المتابعة في اجتماعها الطارئ": a statement issued by a body
    // at its meeting; the meeting is where the statement came from, not the news.
    if noun
        && code.starts_with("04")
        && i > first
        && i.checked_sub(1).and_then(word).map(bare) == Some("في")
    {
        let back = (i.saturating_sub(1 + ISSUED_BY_REACH).max(first)..i - 1).collect::<Vec<_>>();
        let by = back.iter().position(|&k| word(k).map(bare) == Some("عن"));
        if by.is_some_and(|b| b > 0 && word(back[b - 1]).is_some_and(|w| ISSUED.contains(&bare(w))))
        {
            return Some(Untold::Background);
        }
    }
    // "وافق مجلس الوزراء على تفويض وزير الخارجية - أو من ينيبه - بالتباحث مع حكومة …
    // والتوقيع عليه", "يحمل تفويضا من حكومته بالاتفاق مع الوساطة": talks or a signing that
    // someone is authorized to hold are acts to come (the dashes of the title do not end the
    // clause here).
    if (code.starts_with("04") || code.starts_with("05"))
        && (i.saturating_sub(AUTHORIZED_REACH * 2).max(sentence.start)..i)
            .filter(|&k| word(k).is_some_and(|w| AUTHORIZED.contains(&bare(w))))
            .any(|k| (k + 1..i).filter(|&j| word(j).is_some()).count() <= AUTHORIZED_REACH)
    {
        return Some(Untold::Expected);
    }
    // "زيارة الوزير إلى موسكو الثلاثاء القادم ستستكمل المباحثات", "لقاءات تجمع بين مثقفين في
    // الفترة المقبلة": a verbal noun dated to a coming day, week or season in its clause is an
    // act to come. (Not "حتى الأسبوع المقبل", how long a done act lasts; not past `أمس`/
    // `الماضي` in the clause.)
    if noun && !negated {
        let coming = (i + 1..(i + 1 + COMING_REACH).min(last)).find(|&k| {
            word(k).is_some_and(|w| {
                let w = bare(w);
                let span = w.strip_prefix("ال").unwrap_or(w);
                SPANS.contains(&span) || weekday_stem(span) || month(w)
            }) && word(k + 1)
                .is_some_and(|n| matches!(n, "المقبل" | "المقبله" | "القادم" | "القادمه"))
                && !k
                    .checked_sub(1)
                    .and_then(word)
                    .is_some_and(|p| matches!(bare(p), "حتي" | "لمده" | "طوال"))
        });
        // (A past mark before the coming date, in the clause: "اجتماع أمس لبحث القمة
        // الشهر المقبل" dates the meeting to yesterday; one after it dates another act,
        // "ستستكمل المباحثات التي أجراها في يونيو الماضي".)
        if let Some(at) = coming {
            let past = (first..at).any(|k| {
                word(k)
                    .map(bare)
                    .is_some_and(|w| matches!(w, "امس" | "الامس" | "الماضي" | "الماضيه"))
            });
            if !past {
                return Some(Untold::Expected);
            }
        }
    }
    // "ودعا زعيم التنظيم، في تسجيل بث أمس، إلى شن هجمات على …": what an appeal or a demand
    // asks for, after `إلى`/`على`/`بـ` at most two words before the act, is not done; the
    // appeal's verb may stand further back than the engine's window, past commas, in the
    // same sentence (not past another `إلى` or a full stop).
    if !code.starts_with("02") && !code.starts_with("10") {
        let asked_at = (i.saturating_sub(2).max(sentence.start)..=i)
            .rev()
            .find(|&k| {
                word(k).is_some_and(|w| {
                    let w = bare(w);
                    matches!(w, "الي" | "علي")
                        || (w.starts_with('ب') && k + 1 >= i && !NOT_ASKED_FOR.contains(&w))
                })
            });
        if let Some(at) = asked_at {
            let appeal = (at.saturating_sub(APPEAL_REACH).max(sentence.start)..at)
                .rev()
                .take_while(|&k| {
                    // (Not past a clause of its own: `إلى`, `أن`, a relative, or `، و…`.)
                    !word(k).is_some_and(|w| {
                        matches!(bare(w), "الي" | "ان" | "انه" | "انها" | "الذي" | "التي")
                            || (w.starts_with('و')
                                && k.checked_sub(1)
                                    .and_then(|j| tokens.get(j))
                                    .is_some_and(|t| t.kind != TokenKind::Word))
                    })
                })
                .any(|k| word(k).is_some_and(|w| APPEALS.contains(&bare(w))));
            if appeal {
                return Some(Untold::Called);
            }
        }
    }
    // "مبادرة تتضمن وقف إطلاق النار وتبادل الأسرى", "الاتفاق الذي ينص على رفع العقوبات":
    // a verbal noun listed (at most six words on) as what a proposal contains is a term, no
    // act; the proposal names the verb's subject at most three words before it.
    if noun {
        let contains = (i.saturating_sub(6).max(sentence.start)..i)
            .rev()
            .find(|&k| word(k).is_some_and(|w| CONTAINS.contains(&bare(w))));
        let stop = |k: usize| {
            word(k).is_some_and(|w| matches!(bare(w), "ان" | "انه" | "انها" | "فيما" | "بينما"))
        };
        if let Some(at) = contains {
            let proposal = (at.saturating_sub(3).max(sentence.start)..at)
                .any(|k| word(k).is_some_and(|w| listed(PROPOSALS, w)));
            if proposal && !(at + 1..i).any(stop) {
                return Some(Untold::Terms);
            }
        }
    }
    // "توقع الوزير أن تستمر المفاوضات", "نأمل أن يزور": what is expected or hoped for.
    let that = |k: usize| {
        word(k).is_some_and(|w| matches!(w, "ان" | "بان" | "انه" | "انها" | "بانه" | "بانها"))
    };
    let expected = (first..i).any(|k| {
        word(k).is_some_and(|w| EXPECT.contains(&bare(w)))
            && (k + 1..i).any(|j| j <= k + 5 && that(j) && i - j <= EXPECT_REACH)
    });
    if expected {
        return Some(Untold::Expected);
    }
    // "يزور الوزير موسكو الثلاثاء", "ويلتقي الرئيس نظيره الأحد المقبل": a present verb of
    // visiting or meeting with a weekday of its clause, and no "yesterday" or "last" in the sentence, is an act scheduled
    // for a coming day (a done act is told in the past: "زار الوزير موسكو الثلاثاء").
    let imperfect = code.starts_with("04") && !noun && {
        let b = bare(raw);
        b.starts_with('ي') || b.starts_with("تت")
    };
    if imperfect
        && !negated
        && (first..last).any(|k| {
            word(k).is_some_and(|w| WEEKDAYS.contains(&bare(w)))
                // "يلتقي الوزير نظيره في 12 الشهر الجاري": a day of this month, told in the
                // present, is to come as a weekday is.
                || (word(k).is_some_and(|w| matches!(w, "الجاري" | "الجاريه"))
                    && k.checked_sub(1)
                        .and_then(word)
                        .is_some_and(|p| p == "الشهر" || month(p)))
        })
        && !sentence.clone().any(|k| {
            word(k)
                .map(bare)
                .is_some_and(|w| matches!(w, "امس" | "الامس" | "الماضي" | "الماضيه" | "سابق"))
        })
    {
        return Some(Untold::Expected);
    }
    // "تسعى روسيا إلى عقد اجتماع", "يريدون أن يبحثوا", "أعربت عن أملها بالإفراج عنه": what
    // someone seeks, tries, wants or hopes for is an intention, not an act (the guide). (Not
    // past a relative pronoun, "الجهود التي تسعى إليها الدولة لعقد"; nor a past verb, which
    // tells an act of its own: "الدولة التي تسعى إلى الحل قصفت المواقع".)
    let present = matches!(bare(raw).chars().next(), Some('ي' | 'ت' | 'ن'));
    let sought = (noun || present)
        && (i.saturating_sub(SEEK_REACH).max(first)..i).any(|k| {
            // ("وسعت الولايات المتحدة عقوباتها": `وسّع` "widened", not و + `سعت`.)
            word(k).is_some_and(|w| {
                let b = bare(w);
                SEEK.contains(&b) && !(b != w && matches!(b, "سعي" | "سعت" | "سعوا"))
            }) && !(k + 1..i).any(|j| {
                // (Nor past a preposition that names another thing: "بهدف تحديد المسؤولين
                // عن هجمات" seeks no attack.)
                word(j).is_some_and(|w| {
                    matches!(w, "الذي" | "التي" | "الذين" | "عن" | "ضد" | "بين" | "منذ")
                })
            })
        });
    // "حرص بلاده على إتمام زيارة الرئيس", "التطلع لإتمام زيارة": a visit or a meeting one is
    // keen to see completed is to come. (Not "بعد إتمام زيارته": a visit done.)
    let to_complete = code.starts_with("04")
        && noun
        && i.checked_sub(1).and_then(word).is_some_and(|w| {
            matches!(bare(w), "لاتمام" | "لاكمال")
                || (matches!(w, "اتمام" | "اكمال")
                    && i.checked_sub(2).and_then(word) == Some("علي"))
        });
    if sought || to_complete {
        return Some(Untold::Sought);
    }
    let back = i.saturating_sub(LOOK_BACK).max(first);
    for k in back..i {
        let Some(w) = word(k).map(bare) else {
            continue;
        };
        let next = word(k + 1);
        if MAYBE.contains(&w)
            || (w == "قد" && k + 1 == i && trigger.starts_with('ي'))
            || (w == "قد" && next.is_some_and(|n| n.starts_with('ي')))
        {
            return Some(Untold::Maybe);
        }
        if HABIT.contains(&w) && (w == "دايما" || next == Some("ما")) {
            return Some(Untold::Habit);
        }
    }
    // "قبل عامين", "فقبل 51 عاما أبرمت", "صفقة أبرمتها مع موسكو قبل عام": an act dated
    // years back is history, page date or none.
    let years_ago = (first..last.min(i + 1 + YEAR_AFTER)).any(|k| {
        word(k).is_some_and(|w| bare(w) == "قبل")
            && (word(k + 1).is_some_and(|w| YEARS.contains(&w))
                || (word(k + 1).is_some_and(|w| w.chars().all(|c| c.is_numeric()))
                    && word(k + 2).is_some_and(|w| YEARS.contains(&w))))
    });
    if years_ago {
        return background.or(Some(Untold::History));
    }
    // "آنذاك", "حين ذاك", "في ذلك الوقت": a time told as background, anywhere in the clause.
    if (first..last).any(|k| {
        word(k).map(bare).is_some_and(|w| {
            THEN.contains(&w)
                || (w == "حين" && word(k + 1) == Some("ذاك"))
                || (w == "ذلك"
                    && word(k + 1) == Some("الوقت")
                    && k.checked_sub(1).and_then(word).map(bare) == Some("في"))
        })
    }) {
        return Some(Untold::History);
    }
    // "أثناء عهد الرئيس الأسبق", "إبان رئاسة نجاد، ومن خلال الوساطة العمانية، وضعت", "إبان
    // الحرب الباردة": an era named in the sentence, not a date, tells its acts long past (not
    // "في عهد", "خلال ولايته": the present reign or term as often).
    if sentence.clone().any(|k| {
        word(k).map(bare).is_some_and(|w| {
            (matches!(w, "ابان" | "اثناء") && word(k + 1).is_some_and(|n| ERAS.contains(&n)))
                || (matches!(w, "ابان" | "اثناء" | "خلال" | "في")
                    && word(k + 1) == Some("الحرب")
                    && word(k + 2) == Some("البارده"))
        })
    }) {
        return Some(Untold::History);
    }
    // A time told for this act stands before its trigger or just after it ("اعتقل في 30 يونيو
    // 2013"); a year further on dates a noun of the clause ("اعتذر لعائلات ضحايا غارة … عام
    // 2021").
    let Some(page_year) = page_year else {
        return background;
    };
    // A year at `k` dated by what stands before it, long before the page's.
    let old_year = |k: usize| {
        let Some(y) = word(k).and_then(year) else {
            return false;
        };
        // "1952- الجامعة العربية تحتج": a chronology's entry opens with its year.
        let lead = k == sentence.start
            || k
            .checked_sub(1)
            .and_then(word)
            .is_some_and(|w| YEAR_LEADS.contains(&bare(w)))
            // "30 يونيو 2013": a month name before it.
            || k.checked_sub(2).and_then(word).is_some_and(|w| year(w).is_none() && w.chars().all(|c| c.is_numeric()))
            // "في أغسطس 2013", "في 11 سبتمبر 2001", "كانون الثاني 2010".
            || k.checked_sub(1).and_then(word).is_some_and(month)
            // "في 27 يناير (كانون الثاني) 2014": the month's other name in brackets.
            || (k.checked_sub(1).and_then(|j| tokens.get(j)).is_some_and(|t| t.norm == ")")
                && (k.saturating_sub(5)..k.saturating_sub(1)).any(|j| {
                    tokens.get(j).is_some_and(|t| t.norm == "(")
                        && j.checked_sub(1).and_then(word).is_some_and(month)
                }))
            || (k.checked_sub(1).and_then(word).is_some_and(|w| matches!(w, "الاول" | "الثاني"))
                && k.checked_sub(2).and_then(word).is_some_and(month));
        // (On a page of the year's second half, the year before is six months back at least:
        // "وسيطر التنظيم على المحافظة في صيف 2014" on a page of August 2015.)
        let last_old = if page_month.is_some_and(|m| m >= LATE_MONTH) {
            page_year - 1
        } else {
            page_year - 2
        };
        lead && (1800..=last_old).contains(&y)
    };
    // "إنه في عام 1994، توصلت": a short clause that is only a date, right before the act's
    // clause, dates it.
    let mut lead_start = first.saturating_sub(1);
    while lead_start > sentence.start && !tokens.get(lead_start - 1).is_some_and(clause_stop) {
        lead_start -= 1;
    }
    // (After `أن`/`إنه` in it: "فالتاريخ يقول إنه في عام 1994،".)
    if let Some(k) = (lead_start..first.saturating_sub(1)).rev().find(|&k| {
        word(k).is_some_and(|w| matches!(bare(w), "ان" | "انه" | "انها" | "بان" | "بانه"))
    }) {
        lead_start = k + 1;
    }
    let dated_lead = first > sentence.start
        && (lead_start..first - 1)
            .filter(|&k| word(k).is_some())
            .count()
            <= DATE_CLAUSE_WORDS
        && (lead_start..first - 1).any(old_year);
    // A date opening the sentence dates all its clauses.
    let history = (first..last.min(i + 1 + YEAR_AFTER)).any(old_year)
        || (sentence.start..(sentence.start + OPENING_WORDS).min(i)).any(old_year)
        || dated_lead;
    if history {
        return Some(Untold::History);
    }
    if background.is_some() {
        return background;
    }
    // A year still to come makes the act a plan: after `بحلول`/`حتى` anywhere in the clause
    // ("متطلعا إلى توقيعها بحلول عام 2020"), after `عام`/`في` just after the trigger ("عقد
    // الاجتماع المقبل في 2016"); before the trigger it dates a noun ("المرشح لانتخابات عام 2016
    // ندد").
    (first..last).find_map(|k| {
        let y = year(word(k)?)?;
        let future = |w: &str| FUTURE_LEADS.contains(&bare(w));
        let by = k.checked_sub(1).and_then(word).is_some_and(future)
            || k.checked_sub(2).and_then(word).is_some_and(future);
        let dated = k > i
            && k <= i + 1 + YEAR_AFTER
            && k.checked_sub(1)
                .and_then(word)
                .is_some_and(|w| YEAR_LEADS.contains(&bare(w)));
        ((by || dated) && (page_year + 1..=page_year + 100).contains(&y)).then_some(Untold::Planned)
    })
}

/// Words of a clause that is only a date before an act's clause, after its `أن`/`إنه` if it has
/// one (`إنه في عام 1994،`: three).
const DATE_CLAUSE_WORDS: usize = 4;

/// Words a clause of background opens with, before its verb: `بعد أن`, `بعدما`, `منذ أن`,
/// `عقب أن`, `إثر أن`, `سبق أن` (normal form, without و/ف; `أن` the next word).
const BACKGROUND_THAT: &[&str] = &["بعد", "عقب", "اثر", "منذ", "سبق"];

/// Nouns of a beginning between `منذ` and an act (`منذ بدء هجومهم`, `منذ اندلاع المعارك`).
const START_OF: &[&str] = &["بدء", "بدايه", "اندلاع", "انطلاق", "انطلاقه"];

/// Words between the opening of a background clause and its act (`بعد أن شنت مقاتلات التحالف
/// غارات`: the verb, its subject's two words, then the act).
const BACKGROUND_REACH: usize = 5;

/// Why the act at `i` (code `code`) is told as background, not as the
/// news, in the clause that starts at `first` of a sentence that ends at `end`; `word` reads a token's normal form:
///
/// - a clause of time or reason that opens with `بعد أن`, `بعدما`, `منذ أن`, `عقب أن`, `إثر
///   أن` (the guide's convention M) or tells an earlier act with `سبق أن` ("has before"): `اليوم
///   بعد أن وقعت إيران اتفاقا`, `وسبق أن شنت المقاتلات غارات على المواقع`. Not a meeting or a
///   visit (04), which a speaker's words after it report as the news (`قال الوزير بعد أن التقى
///   نظيره`);
/// - `منذ` right before the act, a verb too (`منذ عزل الرئيس`, `منذ استعادت القوات المدينة`),
///   or after a noun of beginning (`منذ بدء هجومهم`, `منذ اندلاع المعارك`), whatever its code:
///   a span's start is no act of the day;
/// - the pluperfect, `كان … قد` right before the act (`وكان الوزيران قد التقيا`, `وكانت القوات
///   قد اعتقلته`), or `كان` at most four words before a verb (`وكانت الشرطة اعتقلت`): the page
///   recalls an earlier act; not one of these days (`أمس`, a weekday,
///   `الأسبوع الماضي`, `قبل أيام`, `في وقت سابق` from its clause to the sentence's end: `وكانت
///   ألمانيا قد منحت تونس مساعدة، وذلك خلال زيارة … قبل أيام`), which is still news; nor a
///   capture or an abduction that a release just before it undoes (`أطلقت الجماعة سراح ستة جنود
///   كانت قد خطفتهم`: the writers code both);
/// - a signing a relative clause tells (`الاتفاق الذي أبرمته إيران مع القوى الدولية`,
///   `الاتفاقيات التي تم توقيعها`): it describes the agreement, unless dated to these days
///   (`الاتفاق الذي وقعه البلدان أمس`); so does any past act but force, a meeting, a visit or
///   a verdict (`السفير الذي شارك في المفاوضات`), unless dated to these days;
/// - the pluperfect with a parenthesis between `كان` and `قد` (`وكانت الوزارة، في بيان، قد
///   اتهمت`).
fn background_clause<'a>(
    word: &impl Fn(usize) -> Option<&'a str>,
    start: usize,
    first: usize,
    end: usize,
    i: usize,
    code: &str,
    noun: bool,
) -> Option<Untold> {
    let bare_at = |k: usize| word(k).map(bare);
    // "منذ عزل الرئيس", "منذ بدء هجومهم".
    let since = |k: usize| bare_at(k) == Some("منذ") && k >= first;
    if i > first
        && (since(i - 1)
            || (i > first + 1
                && since(i - 2)
                && word(i - 1).is_some_and(|w| START_OF.contains(&w))))
    {
        return Some(Untold::Background);
    }
    // "بعد أن وقعت", "بعدما اقتربوا", "سبق أن سيطرت": the opening at most BACKGROUND_REACH
    // words before the act, in its clause.
    if !code.starts_with("04") {
        let opened = (i.saturating_sub(BACKGROUND_REACH + 1).max(first)..i).any(|k| {
            let w = bare_at(k);
            (w.is_some_and(|w| BACKGROUND_THAT.contains(&w))
                && word(k + 1).is_some_and(|n| matches!(n, "ان" | "وان"))
                && k + 1 < i)
                || w == Some("بعدما")
        });
        if opened {
            return Some(Untold::Background);
        }
    }
    // "وكان الوزيران قد التقيا", "وكانت الطائرات قد شنت غارات": `قد` right before the act (or
    // its verb), `كان` at most four words before `قد`.
    let was = |k: usize| {
        bare_at(k).is_some_and(|w| matches!(w, "كان" | "كانت" | "كانوا" | "كانا" | "كانتا"))
    };
    let pluperfect = (i.saturating_sub(3).max(first)..i)
        .any(|q| word(q) == Some("قد") && (q.saturating_sub(4).max(first)..q).any(was))
        || (!noun && (i.saturating_sub(4).max(first)..i).any(was));
    // "وكانت الوزارة، في بيان لها، قد أعلنت", "وكان الجيش (الذي …) قد شن": a parenthesis
    // between `كان` and `قد`, which opens the act's clause or follows a closing mark.
    let parenthesis = !pluperfect
        && (i.saturating_sub(3).max(first)..i).any(|q| {
            word(q) == Some("قد")
                && q > start
                && word(q - 1).is_none()
                && (q.saturating_sub(PARENTHESIS_REACH).max(start)..q - 1).any(was)
        });
    let pluperfect = pluperfect || parenthesis;
    // ("وكانت ألمانيا قد منحت تونس مساعدة، وذلك خلال زيارة … قبل أيام", "وكانت تركيا قد هاجمت
    // … خلال الأسبوع الماضي": an act of these days, told again, is still news; its time may
    // stand in a later clause.)
    // (The parenthesis may hold the day: "وكانت الوزارة، في بيان أمس، قد اتهمت".)
    let recent = (if parenthesis { start } else { first }..end).any(|k| {
        bare_at(k).is_some_and(|w| {
            recent_day(w)
                || (matches!(w, "الاسبوع" | "الليله" | "الشهر")
                    && word(k + 1).is_some_and(|n| n.starts_with("الماضي")))
                || (w == "قبل"
                    && word(k + 1).is_some_and(|n| matches!(n, "ايام" | "يومين" | "ساعات")))
        }) || (word(k) == Some("وقت") && word(k + 1) == Some("سابق"))
    });
    // ("أطلقت الجماعة سراح ستة جنود كانت قد خطفتهم": a capture the release that the sentence
    // tells undoes is told with it.)
    let released = (code.starts_with("17") || code.starts_with("18"))
        && (first.saturating_sub(BEFORE_RELEASE_REACH)..i).any(|k| {
            bare_at(k).is_some_and(|w| w == "سراح" || w.starts_with("افرج") || w == "الافراج")
        });
    if pluperfect && !recent && !released {
        return Some(Untold::Background);
    }
    // "الاتفاق الذي أبرمته إيران مع القوى الدولية", "الاتفاقيات التي تم توقيعها": a signing a
    // relative clause tells describes the agreement the page is about; not one of the day
    // ("الاتفاق الذي وقعه البلدان أمس").
    // ("والذي دعا فيه": with و too.)
    let relative = |k: usize| {
        word(k).is_some_and(|w| matches!(bare(w), "الذي" | "التي" | "اللذين" | "اللتين" | "الذين"))
    };
    let today = (first..end).any(|k| bare_at(k).is_some_and(recent_day));
    // So is any past act a relative clause recalls, of a man or a state the page is about
    // (`الوزير الذي شارك في المفاوضات`, `الرسالة التي انتقدت فيها الحكومة`); not force, which a
    // relative clause names as the news (`الهجوم الذي استهدف المسجد`), nor a meeting or a visit
    // (`اللقاء الذي جمع الوزيرين`), nor a present with `ي` (`الذي يقوم به`; one with `ت` is
    // taken, as a past of the fifth form opens with it too: `الذي تعهد`).
    // (Nor a charge or a verdict, which writers code with the act it explains: `أعدمت السلطات
    // فلانا الذي أدانته محكمة`; nor an act of these days: `الذين انسحبوا الشهر الماضي`.)
    let recalled = (code.starts_with("057") && !today)
        || (!["04", "17", "18", "19", "20"]
            .iter()
            .any(|p| code.starts_with(p))
            && word(i).is_some_and(|w| {
                let w = bare(w);
                !w.starts_with('ي') && !w.starts_with("ادان") && !w.starts_with("دان")
            })
            && !recent);
    if recalled
        && i > first
        && (relative(i - 1) || (i > first + 1 && word(i - 1) == Some("تم") && relative(i - 2)))
    {
        return Some(Untold::Background);
    }
    None
}

/// Tokens (words and marks) before a pluperfect's `قد` within which `كان` is looked for when a
/// parenthesis stands between them (`وكانت الوزارة، في بيان لها، قد أعلنت`).
const PARENTHESIS_REACH: usize = 12;

/// Words before the clause of a pluperfect capture within which a release makes it part of the
/// news (`أفرجت السلطات عن 37 صيادا مصريا كانوا قد احتجزوا`).
const BEFORE_RELEASE_REACH: usize = 12;

/// Words of a recent day (normal form, without و/ف): `أمس`, `اليوم`; the days of the week
/// ([`WEEKDAYS`]) too (see [`recent_day`]).
const RECENT: &[&str] = &["امس", "الامس", "اليوم"];

/// True when `w` (normal form, without و/ف) names a recent day: [`RECENT`] or a day of the week.
fn recent_day(w: &str) -> bool {
    RECENT.contains(&w) || WEEKDAYS.contains(&w)
}

/// Words that open with a future's `سـ` but are nouns (normal form).
const NOT_FUTURE: &[&str] = &[
    "سياسه",
    "سياسات",
    "سياسي",
    "سياسيه",
    "سيارات",
    "سياره",
    "سيطره",
    "سيناء",
    "سينا",
    "سيده",
    "سيدات",
    "سيول",
    "ستار",
    "ستين",
    "ستون",
    "سته",
    "ستمايه",
    "سنه",
    "سنوات",
    "سنين",
    "سنويا",
    "سنوي",
    "سنويه",
    "سنغافوره",
    "سيريلانكا",
    "سيراليون",
    "سيبيريا",
    "سينما",
    "سيناريو",
    "سيناريوهات",
];

/// True when `w` (normal form, no و/ف before it) is a verb in the future (`ستؤدي`, `سيعقد`,
/// `سنواصل`): `سـ` and an imperfect's prefix, four letters at least.
pub(crate) fn future_verb(w: &str) -> bool {
    (w.starts_with("سي") || w.starts_with("ست") || w.starts_with("سن"))
        && w.chars().count() >= 5
        && !NOT_FUTURE.contains(&w)
}

/// True when `w` (normal form) is a month's name, with or without و/ف (`فبراير` is no ف +
/// `براير`): the date parser's month words (see [`rasd_text::date::is_month_word`]).
fn month(w: &str) -> bool {
    is_month_word(w) || is_month_word(bare(w))
}

/// True when `w` (normal form), as it is or without its و/ف, and then without `ال`, `بال` or
/// `لل`, is in `list`.
/// Things that happen: a `وقع` (form I) next to one took place (`ووقعت الحادثة`, `هجمات وقعت`).
const HAPPENINGS: &[&str] = &[
    "حادث",
    "حادثه",
    "حوادث",
    "احداث",
    "انفجار",
    "انفجارات",
    "تفجير",
    "تفجيرات",
    "هجوم",
    "هجمات",
    "اشتباك",
    "اشتباكات",
    "عمليه",
    "جريمه",
    "جرائم",
    "معركه",
    "معارك",
    "مواجهات",
    "كارثه",
    "زلزال",
    "اعتداء",
    "اعتداءات",
    "مجزره",
    "اصطدام",
    "حريق",
];

/// What one falls into (`وقع في كمين`, `في الأسر`, `في قبضة الأمن`).
const TRAPS: &[&str] = &["كمين", "اسر", "فخ", "قبضه", "شرك", "ايدي", "يد"];

/// Casualties a form-IV `يوقع` inflicts (`يوقع قتلى`).
const CASUALTIES: &[&str] = &["قتلي", "قتيلا", "جرحي", "ضحايا", "خساير", "اصابات"];

/// Texts a party signs: a `وقع` whose clause names one signs, whatever came before.
const SIGNED_TEXTS: &[&str] = &[
    "اتفاق",
    "اتفاقيه",
    "اتفاقيات",
    "اتفاقيتي",
    "اتفاقات",
    "مذكره",
    "مذكرات",
    "مذكرتي",
    "عقد",
    "عقود",
    "عقدا",
    "بروتوكول",
    "وثيقه",
    "ميثاق",
    "معاهده",
    "اعلان",
];

/// True when `raw`, the `وقع`-family trigger at token `i` of `sentence`, took place or fell (form
/// I: next to a happening, or before `في` and a trap) or inflicts casualties (`يوقع قتلى`), and
/// no signed text stands in its clause.
fn fell<'a>(
    word: &impl Fn(usize) -> Option<&'a str>,
    sentence: std::ops::Range<usize>,
    i: usize,
    raw: &str,
) -> bool {
    let stem = raw
        .strip_prefix("وو")
        .map(|r| format!("و{r}"))
        .or_else(|| raw.strip_prefix('ف').map(str::to_string))
        .unwrap_or_else(|| raw.to_string());
    let took_place = matches!(
        stem.as_str(),
        "وقع" | "وقعت" | "وقعا" | "وقعتا" | "يقع" | "تقع" | "ويقع" | "وتقع"
    );
    let inflicts = matches!(stem.as_str(), "يوقع" | "توقع" | "ويوقع" | "وتوقع");
    if !took_place && !inflicts {
        return false;
    }
    let after = i + 1..(i + 7).min(sentence.end);
    if after
        .clone()
        .any(|k| word(k).is_some_and(|w| listed(SIGNED_TEXTS, w)))
    {
        return false;
    }
    if inflicts {
        return word(i + 1).is_some_and(|w| listed(CASUALTIES, w));
    }
    let happening = |k: usize| word(k).is_some_and(|w| listed(HAPPENINGS, w));
    // The happening just before (`أحداث وقعت`, `التفجير وقع`), before `التي`/`الذي`
    // (`العملية التي وقعت`), a few words back with its adjectives (`هجمات كيميائية بغاز الكلور
    // وقعت`), or the subject right after (`ووقعت الحادثة`).
    let before = (i.saturating_sub(4).max(sentence.start)..i).any(happening);
    let trapped = after
        .clone()
        .any(|k| word(k) == Some("في") && word(k + 1).is_some_and(|w| listed(TRAPS, w)));
    before || happening(i + 1) || trapped
}

/// True when the appeal verb at `i` calls to a meeting of its own officials: `إلى` within
/// [`CONVENED_REACH`] words, then (`عقد`) a meeting noun, at most one word (an adjective), and
/// a word `ل`/`لل` + one of [`OWN_OFFICIALS`].
fn convened<'a>(
    word: &impl Fn(usize) -> Option<&'a str>,
    sentence: std::ops::Range<usize>,
    i: usize,
) -> bool {
    let Some(to) = (i + 1..(i + CONVENED_REACH).min(sentence.end))
        .find(|&k| word(k).is_some_and(|w| matches!(w, "الي" | "لعقد")))
    else {
        return false;
    };
    let mut k = to + 1;
    if word(k) == Some("عقد") {
        k += 1;
    }
    if !word(k).is_some_and(|w| CONVENED_MEETINGS.contains(&w)) {
        return false;
    }
    (k + 1..(k + 3).min(sentence.end)).any(|m| {
        word(m).is_some_and(|w| {
            w.strip_prefix("لل")
                .or_else(|| w.strip_prefix('ل'))
                .is_some_and(|o| OWN_OFFICIALS.contains(&o))
        })
    })
}

fn listed(list: &[&str], w: &str) -> bool {
    [w, bare(w)].iter().any(|w| {
        let stem = w
            .strip_prefix("بال")
            .or_else(|| w.strip_prefix("لل"))
            .or_else(|| w.strip_prefix("ال"))
            .unwrap_or(w);
        list.contains(w) || list.contains(&stem)
    })
}

/// The month of an ISO date (`2015-07-21T…` → 7).
fn month_of(iso: &str) -> Option<u32> {
    iso.get(5..7)?.parse().ok().filter(|m| (1..=12).contains(m))
}

/// The year of an ISO date (`2015-07-21T…`).
fn year_of(iso: &str) -> Option<i32> {
    iso.get(..4)?.parse().ok()
}

/// Words before an act of force within which a suicide or car bomb makes it a bombing (`عملية
/// انتحارية نفذتها حركة طالبان واستهدفت`: the attack word four words back), and after it.
const BOMB_BACK: usize = 5;
/// See [`BOMB_BACK`]: words after the trigger (`هجوم بسيارة مفخخة`: two).
const BOMB_AFTER: usize = 3;

/// Words after an attack ([`attack_in_words`]) within which a speech participle makes it one in
/// words (`هاجم نائب رئيس الحزب فلان الفلاني، زعيم الحركة المنافسة فلان الفلاني، واصفا`: 12).
const IN_WORDS_REACH: usize = 20;

/// Speech participles and describing verbs (normal form, without و) that tell an attack in
/// words: `قائلا`, `داعيا`, `واصفا`, `معتبرا`, `من وصفهم`.
const SPEAKING: &[&str] = &[
    "قايلا",
    "قايله",
    "قايلين",
    "داعيا",
    "داعيه",
    "داعين",
    "واصفا",
    "واصفه",
    "واصفين",
    "عارضا",
    "معتبرا",
    "معتبره",
    "متهما",
    "متهمه",
    "منتقدا",
    "منتقده",
    "وصفه",
    "وصفها",
    "وصفهم",
    "اعتبره",
    "اعتبرها",
    "اعتبرهم",
];

/// True when the act of force at token `i` of `tokens` (in `sentence`) is an attack in words, a
/// criticism (111): the verb `هاجم` (`هاجمت`, `يهاجم`, `مهاجمة`), an accusative or owned
/// `هجوما`/`هجومه` (`شن الوزير هجوما على`, `تابع هجومه`), or `شن` with such a `هجوما` within
/// eight tokens, followed within [`IN_WORDS_REACH`] words by a speech participle ([`SPEAKING`]).
/// Not the bare `هجوم`/`الهجوم` (`أعلنت الحركة مسؤوليتها عن الهجوم …، قائلة`: the participle is
/// the claim's).
fn attack_in_words(tokens: &[Token], sentence: std::ops::Range<usize>, i: usize) -> bool {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| sentence.contains(&k) && t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    let attack = |w: &str| {
        let b = bare(w);
        let b = b
            .strip_prefix('ب')
            .filter(|r| r.starts_with("هجوم"))
            .unwrap_or(b);
        ["هاجم", "يهاجم", "تهاجم", "مهاجمه"]
            .iter()
            .any(|v| b.starts_with(v))
            || matches!(b, "هجوما" | "هجومه" | "هجومها" | "هجومهم")
    };
    let Some(t) = word(i) else { return false };
    let at = if attack(t) {
        i
    } else if matches!(bare(t), "شن" | "شنت" | "يشن" | "تشن" | "شنوا") {
        match (i + 1..i + 9).find(|&k| word(k).is_some_and(attack)) {
            Some(k) => k,
            None => return false,
        }
    } else {
        return false;
    };
    (at + 1..sentence.end)
        .filter_map(word)
        .take(IN_WORDS_REACH)
        .any(|w| SPEAKING.contains(&w) || SPEAKING.contains(&bare(w)))
}

/// True when the act of force at token `i` of `tokens` is a suicide or car bombing: a word of
/// one (`انتحاري`, `انتحارية`, `مفخخة`; not a suicide drone, `مسيرات انتحارية`, nor a roadside
/// bomb, `عبوة ناسفة`, which writers code as force) within [`BOMB_BACK`] words before it or
/// [`BOMB_AFTER`] after it, in its clause.
fn bombing(tokens: &[Token], i: usize) -> bool {
    let bomb_word = |t: &Token| {
        t.kind == TokenKind::Word && {
            let b = bare(&t.norm);
            let stem = ["بال", "لل", "ال", "ب", "ل"]
                .iter()
                .find_map(|p| b.strip_prefix(p))
                .unwrap_or(b);
            ["انتحاري", "مفخخ"].iter().any(|w| stem.starts_with(w))
        }
    };
    // (Not "مسيرات انتحارية", suicide drones: a weapon of war.)
    let drone = |k: usize| {
        k.checked_sub(1)
            .and_then(|j| tokens.get(j))
            .is_some_and(|t| t.kind == TokenKind::Word && listed(DRONES, &t.norm))
    };
    let bomb = |k: usize| tokens.get(k).is_some_and(bomb_word) && !drone(k);
    let mut words = 0;
    for k in (0..i.min(tokens.len())).rev() {
        let Some(t) = tokens.get(k) else { break };
        if clause_stop(t) || words >= BOMB_BACK {
            break;
        }
        if t.kind == TokenKind::Word {
            words += 1;
            if bomb(k) {
                return true;
            }
        }
    }
    let mut words = 0;
    for k in i + 1..tokens.len() {
        let Some(t) = tokens.get(k) else { break };
        if clause_stop(t) || words >= BOMB_AFTER {
            break;
        }
        if t.kind == TokenKind::Word {
            words += 1;
            if bomb(k) {
                return true;
            }
        }
    }
    bomb(i)
}

/// Stems (normal form, without و/ف and ال) of armed men whom a `طرد` at most
/// [`DRIVEN_OUT_AFTER`] words before drives out by fighting: `طرد المسلحين`, `طرد فلول
/// الميليشيات`, `طرد تنظيم داعش من المدينة`.
const ARMED_MEN: &[&str] = &[
    "مسلح",
    "ميليشي",
    "مليشي",
    "فلول",
    "حوثي",
    "متمرد",
    "مهاجم",
    "دواعش",
    "ارهابي",
    "عصاب",
    "مقاتل",
    "تنظيم",
];

/// See [`ARMED_MEN`]: words after `طرد` (`طرد كافة فلول الميليشيات`: three).
const DRIVEN_OUT_AFTER: usize = 3;

/// True when the expulsion (174) at token `i` of `tokens` is a `طرد` of armed men
/// ([`ARMED_MEN`]) within [`DRIVEN_OUT_AFTER`] words after it in its clause: fighting, which
/// the guide codes 19.
fn driven_out(tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i).filter(|t| t.kind == TokenKind::Word) else {
        return false;
    };
    let b = bare(&t.norm);
    let verb = ["ب", "ل"]
        .iter()
        .find_map(|p| b.strip_prefix(p))
        .unwrap_or(b);
    if !["طرد", "يطرد", "تطرد", "نطرد"]
        .iter()
        .any(|v| verb.starts_with(v))
    {
        return false;
    }
    let mut words = 0;
    for t in tokens.iter().skip(i + 1) {
        if clause_stop(t) || words >= DRIVEN_OUT_AFTER {
            break;
        }
        if t.kind == TokenKind::Word {
            words += 1;
            let b = bare(&t.norm);
            let stem = b.strip_prefix("ال").unwrap_or(b);
            if ARMED_MEN.iter().any(|w| stem.starts_with(w)) {
                return true;
            }
        }
    }
    false
}

/// The word tokens of the clause of token `i` of `tokens`, at most `back` before it and `after`
/// after it (punctuation but quotation marks and brackets ends a clause).
fn clause_words(tokens: &[Token], i: usize, back: usize, after: usize) -> Vec<usize> {
    let mut found = Vec::new();
    let mut k = i;
    while k > 0 && found.len() < back {
        k -= 1;
        match tokens.get(k) {
            Some(t) if clause_stop(t) => break,
            Some(t) if t.kind == TokenKind::Word => found.push(k),
            _ => {}
        }
    }
    let before = found.len();
    for k in i + 1..tokens.len() {
        match tokens.get(k) {
            Some(t) if clause_stop(t) => break,
            Some(t) if t.kind == TokenKind::Word => found.push(k),
            _ => {}
        }
        if found.len() - before >= after {
            break;
        }
    }
    found
}

/// Drones and planes (normal form, without `ال`): `مسيرات انتحارية` are suicide drones.
const DRONES: &[&str] = &[
    "مسيره",
    "مسيرات",
    "طايره",
    "طايرات",
    "درون",
    "زوارق",
    "زورق",
];

/// Drops the events whose trigger is no act told as news (see the module doc), with their
/// triggers; `texts` are the paragraphs the engine read.
pub(crate) fn drop_untold(
    article: &Article,
    events: &mut Vec<Event>,
    triggers: &mut Vec<Trigger>,
    texts: &[ParaText],
) {
    if events.len() != triggers.len() {
        return;
    }
    let page_year = article.published.as_deref().and_then(year_of);
    let page_month = article.published.as_deref().and_then(month_of);
    let keep: Vec<bool> = events
        .iter()
        .zip(triggers.iter())
        .map(|(e, t)| {
            let Some(p) = texts.iter().find(|p| p.index == e.paragraph) else {
                return true;
            };
            let i = p.tokens.partition_point(|tok| tok.start < t.start);
            if p.tokens.get(i).is_none_or(|tok| tok.start != t.start) {
                return true;
            }
            let Some(s) = p.sentences.iter().find(|s| s.contains(&i)) else {
                return true;
            };
            untold(
                &p.tokens,
                s.clone(),
                i,
                &e.code,
                page_year,
                page_month,
                e.negated,
                t.noun,
            )
            .is_none()
                && not_event::not_event(&p.tokens, s.clone(), i, t.noun).is_none()
        })
        .collect();
    // "في عملية انتحارية نفذتها الحركة واستهدفت الشرطة": a suicide or car bombing is an
    // assault (183), not conventional force (19), however the engine read its verb.
    // "بعد تحرير المدينة وطرد الميليشيات منها": driving armed men out is fighting (19), not
    // expelling people (174).
    for (e, t) in events.iter_mut().zip(triggers.iter()) {
        let force = matches!(e.code.as_str(), "190" | "193");
        if !force && e.code != "174" {
            continue;
        }
        let Some(p) = texts.iter().find(|p| p.index == e.paragraph) else {
            continue;
        };
        let i = p.tokens.partition_point(|tok| tok.start < t.start);
        if p.tokens.get(i).is_none_or(|tok| tok.start != t.start) {
            continue;
        }
        if force && bombing(&p.tokens, i) {
            e.code = "183".to_string();
        } else if force
            && p.sentences
                .iter()
                .find(|s| s.contains(&i))
                .is_some_and(|s| attack_in_words(&p.tokens, s.clone(), i))
        {
            e.code = "111".to_string();
        } else if !force && driven_out(&p.tokens, i) {
            e.code = "190".to_string();
        }
    }
    let mut flags = keep.iter();
    events.retain(|_| flags.next().copied().unwrap_or(true));
    let mut flags = keep.iter();
    triggers.retain(|_| flags.next().copied().unwrap_or(true));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::text::tokenize;

    /// The cue for the event `code` whose trigger is the first word starting with `trigger`
    /// (a verbal noun when `noun`).
    fn cue(sentence: &str, trigger: &str, code: &str, noun: bool) -> Option<Untold> {
        let chars: Vec<char> = sentence.chars().collect();
        let tokens = tokenize(&chars);
        let i = tokens
            .iter()
            .position(|t| t.norm.starts_with(trigger))
            .expect("the test names a trigger of its sentence");
        untold(
            &tokens,
            0..tokens.len(),
            i,
            code,
            Some(2015),
            None,
            false,
            noun,
        )
    }

    /// [`cue`] for a trigger that is a verb.
    fn why(sentence: &str, trigger: &str, code: &str) -> Option<Untold> {
        cue(sentence, trigger, code, false)
    }

    /// [`cue`] for a trigger that is a verbal noun.
    fn why_noun(sentence: &str, trigger: &str, code: &str) -> Option<Untold> {
        cue(sentence, trigger, code, true)
    }

    #[test]
    fn awqa_inflicts_and_signs_nothing() {
        for (sentence, trigger) in [
            (
                "وأسفر الانفجار الذي أوقع عشرين قتيلا عن دمار واسع في السوق",
                "اوقع",
            ),
            ("في حرب أهلية أوقعت آلاف القتلى على مدى عقد", "اوقعت"),
            ("وأوقعت الشرطة بعصابة لتهريب السلاح على الحدود", "واوقعت"),
        ] {
            assert_eq!(
                why(sentence, trigger, "057"),
                Some(Untold::Inflicted),
                "{sentence}"
            );
        }
        // Signing stays.
        assert_eq!(
            why("ووقع الوزيران على اتفاقية للتعاون الزراعي", "ووقع", "057"),
            None
        );
    }

    #[test]
    fn waqa_that_took_place_or_fell_signs_nothing() {
        for (sentence, trigger) in [
            ("ووقعت الحادثة مساء الجمعة عند مدخل القرية", "ووقعت"),
            ("وقالت إن اشتباكات وقعت فجرا قرب الحدود", "وقعت"),
            ("وأدان المجلس العملية التي وقعت في السوق الشعبي", "وقعت"),
            ("وقعت دورية للجيش في كمين نصبه مسلحون شرق البلدة", "وقعت"),
            ("وذكرت أن الطيار وقع في الأسر بعد سقوط طائرته", "وقع"),
            ("إن القصف العشوائي يوقع قتلى بين المدنيين كل يوم", "يوقع"),
        ] {
            assert_eq!(
                why(sentence, trigger, "057"),
                Some(Untold::Inflicted),
                "{sentence}"
            );
        }
        // Signing stays, after a happening too.
        for (sentence, trigger) in [
            ("ووقع الطرفان اتفاقية للتبادل التجاري في العاصمة", "ووقع"),
            ("وبعد الهجوم وقعت الحكومة مذكرة تفاهم مع الوكالة", "وقعت"),
            ("ووقعت الوزارة في الرياض عقدا لإنشاء مستشفى", "ووقعت"),
            ("ويوقع الرئيس المرسوم غدا", "ويوقع"),
        ] {
            assert_eq!(why(sentence, trigger, "057"), None, "{sentence}");
        }
    }

    #[test]
    fn an_attack_followed_by_a_speech_participle_is_a_criticism() {
        let at = |sentence: &str, trigger: &str| {
            let chars: Vec<char> = sentence.chars().collect();
            let tokens = tokenize(&chars);
            let i = tokens
                .iter()
                .position(|t| t.norm.starts_with(trigger))
                .expect("the test names a trigger of its sentence");
            attack_in_words(&tokens, 0..tokens.len(), i)
        };
        for (sentence, trigger) in [
            (
                "وهاجم النائب المعارض رئيس الوزراء، قائلا إن حكومته فشلت في كل شيء",
                "وهاجم",
            ),
            (
                "وشن المتحدث باسم الحزب هجوما لاذعا على وزير الداخلية واصفا إياه بالعاجز",
                "وشن",
            ),
            (
                "وشن المتحدث باسم الحزب هجوما لاذعا على وزير الداخلية واصفا إياه بالعاجز",
                "هجوما",
            ),
            (
                "وواصل الكاتب هجومه على البرلمان في مقاله الأسبوعي، معتبرا أنه بلا فائدة",
                "هجومه",
            ),
            ("كما هاجمت الوزيرة المعارضين، داعية إلى محاسبتهم", "هاجمت"),
        ] {
            assert!(at(sentence, trigger), "{sentence}");
        }
        // Force stays: no speech participle, or a claim's participle after a bare "هجوم".
        for (sentence, trigger) in [
            ("وهاجم مسلحون نقطة للجيش شمال المدينة فجر اليوم", "وهاجم"),
            (
                "وتبنت الجماعة المسلحة الهجوم على مركز الشرطة، قائلة إنه رد على اعتقال أعضائها",
                "الهجوم",
            ),
            (
                "وأعلنت الجماعة مسؤوليتها عن هجوم أمس على الثكنة قائلة إنها قتلت عشرة جنود",
                "هجوم",
            ),
        ] {
            assert!(!at(sentence, trigger), "{sentence}");
        }
    }

    #[test]
    fn god_named_the_creator_makes_a_prayer() {
        assert_eq!(
            why("ودعا سموه الباري عز وجل أن يحفظ البلاد", "ودعا", "020"),
            Some(Untold::Prayer)
        );
        // An appeal to a man stays.
        assert_eq!(
            why("ودعا الأمير الحكومة إلى الإسراع في الإصلاح", "ودعا", "020"),
            None
        );
    }

    #[test]
    fn a_meeting_that_dates_a_statement_is_background() {
        assert_eq!(
            why_noun(
                "ورحب المجلس بالبيان المشترك الصادر عقب اجتماع وزراء الخارجية مع نظيرهم الياباني",
                "اجتماع",
                "040"
            ),
            Some(Untold::Background)
        );
        assert_eq!(
            why_noun(
                "وأصدرت اللجنة في ختام اجتماعها مع وفد المعارضة بيانا طويلا",
                "اجتماعها",
                "040"
            ),
            Some(Untold::Background)
        );
        // A meeting after which someone speaks is the news itself.
        assert_eq!(
            why_noun(
                "وقال الوزير عقب اجتماعه مع نظيره الياباني إن العلاقات متينة",
                "اجتماعه",
                "040"
            ),
            None
        );
    }

    #[test]
    fn a_meeting_where_a_body_issued_its_statement_is_background() {
        assert_eq!(
            why_noun(
                "كما رحب بالبيان الصادر عن لجنة المتابعة العربية في اجتماعها الطارئ بالقاهرة",
                "اجتماعها",
                "040"
            ),
            Some(Untold::Background)
        );
        // A meeting in a place, no statement: the meeting is the news.
        assert_eq!(
            why_noun(
                "وبحث الوزير مع نظيره الفرنسي في اجتماعهما بباريس العلاقات",
                "اجتماعهما",
                "040"
            ),
            None
        );
    }

    #[test]
    fn talks_someone_is_authorized_to_hold_are_to_come() {
        assert_eq!(
            why(
                "ووافق المجلس على تفويض وزير المالية - أو من ينيبه - بالتباحث مع حكومة البرتغال في شأن مشروع مذكرة تفاهم",
                "بالتباحث",
                "040"
            ),
            Some(Untold::Expected)
        );
        // Talks held, with no one authorized, stay.
        assert_eq!(
            why(
                "وأجرى وزير المالية مباحثات مع نظيره البرتغالي ثم بالتباحث مع الوفد",
                "بالتباحث",
                "040"
            ),
            None
        );
    }

    #[test]
    fn a_verbal_noun_dated_to_a_coming_day_is_to_come() {
        assert_eq!(
            why_noun(
                "وتأتي زيارة الوزير إلى موسكو الخميس القادم في إطار التحضير للقمة",
                "زياره",
                "042"
            ),
            Some(Untold::Expected)
        );
        assert_eq!(
            why_noun(
                "وتأتي زيارة وزير الخارجية المصري سامي ناصر إلى العاصمة الروسية موسكو الأحد المقبل لاستكمال المباحثات",
                "زياره",
                "042"
            ),
            Some(Untold::Expected)
        );
        assert_eq!(
            why_noun(
                "وجرى الترتيب لعقد لقاءات بين رجال أعمال من البلدين خلال الأسابيع المقبلة",
                "لقاءات",
                "040"
            ),
            Some(Untold::Expected)
        );
        // A past act named after the coming date does not undo it.
        assert_eq!(
            why_noun(
                "وتأتي زيارة الوزير إلى موسكو الخميس القادم لاستكمال المباحثات التي أجراها الشهر الماضي",
                "زياره",
                "042"
            ),
            Some(Untold::Expected)
        );
        // A meeting held yesterday about a coming summit is done.
        assert_eq!(
            why_noun(
                "وعقد الوزراء اجتماعا أمس لبحث الاستعدادات للقمة الشهر المقبل",
                "اجتماعا",
                "040"
            ),
            None
        );
        // How long a visit begun yesterday lasts, and a coming stage, date nothing to come.
        assert_eq!(
            why_noun(
                "وبدأ الوفد أمس زيارة إلى باريس تستمر حتى الخميس المقبل",
                "زياره",
                "042"
            ),
            None
        );
        assert_eq!(
            why_noun(
                "وأكد الجانبان خلال اللقاء تعزيز التعاون في المرحلة المقبلة",
                "اللقاء",
                "040"
            ),
            None
        );
    }

    #[test]
    fn a_present_meeting_on_a_day_of_this_month_is_to_come() {
        assert_eq!(
            why(
                "ويلتقي الوزير نظيره الروسي في موسكو في 20 الشهر الجاري لبحث الأزمة",
                "ويلتقي",
                "040"
            ),
            Some(Untold::Expected)
        );
        // Told in the past, the same date is a meeting done.
        assert_eq!(
            why(
                "والتقى الوزير نظيره الروسي في موسكو في 2 الشهر الجاري لبحث الأزمة",
                "والتقي",
                "040"
            ),
            None
        );
    }

    #[test]
    fn an_occasion_hosted_or_guests_lodged_is_no_hosted_visit() {
        assert_eq!(
            why(
                "وتستضيف العاصمة الأردنية أعمال المؤتمر الإقليمي للمياه الشهر المقبل",
                "وتستضيف",
                "043"
            ),
            Some(Untold::Hosted)
        );
        assert_eq!(
            why_noun(
                "وأشاد الوزير بنجاح استضافة بلاده لكأس آسيا",
                "استضافه",
                "043"
            ),
            Some(Untold::Hosted)
        );
        assert_eq!(
            why(
                "وأفرجت السلطات عن البحارة واستضافتهم في أحد الفنادق حتى عودتهم",
                "واستضافتهم",
                "043"
            ),
            Some(Untold::Hosted)
        );
        // (Hosted talks stay, and a press conference is no occasion hosted.)
        assert_eq!(
            why(
                "واستضافت العاصمة القطرية جولة من المحادثات بين الطرفين",
                "واستضافت",
                "043"
            ),
            None
        );
        assert_eq!(
            why_noun(
                "وقال في مؤتمر صحفي عقب استضافة محادثات بين الوزراء",
                "استضافه",
                "043"
            ),
            None
        );
    }

    #[test]
    fn a_legislature_debating_a_bill_consults_no_one() {
        assert_eq!(
            why(
                "ويناقش البرلمان الكندي مشروع قانون جديد للهجرة",
                "ويناقش",
                "040"
            ),
            Some(Untold::Debate)
        );
        assert_eq!(
            why_noun(
                "ووافق أعضاء مجلس النواب على بدء مناقشة الاتفاق الأسبوع المقبل",
                "مناقشه",
                "040"
            ),
            Some(Untold::Debate)
        );
        // (A meeting with someone stays.)
        assert_eq!(
            why(
                "وناقش رئيس البرلمان مع السفير الياباني العلاقات الثنائية",
                "وناقش",
                "040"
            ),
            None
        );
    }

    #[test]
    fn a_scouts_sentence_tells_a_pastime() {
        assert_eq!(
            why(
                "وزار وفد الكشافة المغربي متحف المدينة ضمن برنامج المخيم",
                "وزار",
                "042"
            ),
            Some(Untold::Scouts)
        );
        assert_eq!(
            why(
                "واستقبلت اللجنة المنظمة للجامبوري الكشفي الوفود المشاركة",
                "واستقبلت",
                "043"
            ),
            Some(Untold::Scouts)
        );
        // (`استكشاف` is exploring, no scout.)
        assert_eq!(
            why("وزار الوزير موقع استكشاف النفط في الصحراء", "وزار", "042"),
            None
        );
    }

    #[test]
    fn god_praised_between_dashes_after_a_long_name_is_a_prayer() {
        assert_eq!(
            why(
                "ودعا الشيخ عبدالرحمن بن سعيد بن عمر - الله عز وجل - أن يحفظ البلاد",
                "ودعا",
                "020"
            ),
            Some(Untold::Prayer)
        );
        assert_eq!(
            why(
                "ودعا رئيس المجلس الأعلى للشؤون الإسلامية الله سبحانه أن يرحم الضحايا",
                "ودعا",
                "020"
            ),
            Some(Untold::Prayer)
        );
        // (A party named after God with no praise is an appeal.)
        assert_eq!(
            why(
                "ودعا رئيس الحكومة اللبنانية السابق في كلمته حزب الله إلى الانسحاب",
                "ودعا",
                "020"
            ),
            None
        );
    }

    #[test]
    fn flights_crowds_and_states_arriving_are_no_visits() {
        for (sentence, verb) in [
            (
                "وأكد المتحدث أن رحلة تقل 120 مسافرا وصلت إلى المطار",
                "وصلت",
            ),
            ("وقالت المنظمة إن نحو 30 ألف لاجئ وصلوا إلى الجزيرة", "وصلوا"),
            ("وأوضح أن الأجهزة الأمنية وصلت إلى موقع الحادث", "وصلت"),
            ("وعبر النائب عن أسفه مما وصلت إليه العلاقات", "وصلت"),
            ("وقال إنه بعد شهرين ووصلت الأمور إلى طريق مسدود", "ووصلت"),
            (
                "وأفرجت السلطات عن عشرين معتقلا ووصل معظمهم إلى بلداتهم",
                "ووصل",
            ),
        ] {
            assert_eq!(
                why(sentence, verb, "042"),
                Some(Untold::Level),
                "{sentence}"
            );
        }
        assert_eq!(
            why("وصل وزير الخارجية الفرنسي إلى بغداد", "وصل", "042"),
            None
        );
        // (The visitor's own plane.)
        assert_eq!(
            why("وعلى متن طائرة خاصة وصل الرئيس إلى العاصمة", "وصل", "042"),
            None
        );
    }

    #[test]
    fn a_present_visit_on_a_weekday_is_scheduled() {
        assert_eq!(
            why(
                "ويزور وزير الخارجية العاصمة الروسية الأربعاء لبحث الأزمة",
                "ويزور",
                "042"
            ),
            Some(Untold::Expected)
        );
        // (Done: the past, or a weekday gone by.)
        assert_eq!(
            why("وزار وزير الخارجية العاصمة الروسية الأربعاء", "وزار", "042"),
            None
        );
        assert_eq!(
            why(
                "ويزور الوفد العاصمة منذ الأربعاء الماضي في جولة",
                "ويزور",
                "042"
            ),
            None
        );
        // (Not other acts: "a video on Wednesday in which it threatens".)
        assert_eq!(
            why(
                "وبثت الجماعة تسجيلا الأربعاء يهدد فيه بقتل الرهينة",
                "يهدد",
                "130"
            ),
            None
        );
    }

    #[test]
    fn a_short_clause_that_is_only_an_old_date_dates_the_next() {
        assert_eq!(
            why(
                "وذكر الكاتب في مقاله عن تاريخ العلاقات بين البلدين أنه في عام 1987، وقعت الدولتان اتفاقا للحدود",
                "وقعت",
                "057"
            ),
            Some(Untold::History)
        );
        assert_eq!(
            why(
                "وذكر الكاتب في مقاله عن تاريخ العلاقات بين البلدين أنه في عام 2015، وقعت الدولتان اتفاقا للحدود",
                "وقعت",
                "057"
            ),
            None
        );
    }

    #[test]
    fn a_suicide_or_car_bomb_near_an_act_of_force_makes_it_a_bombing() {
        let at = |sentence: &str, trigger: &str| {
            let chars: Vec<char> = sentence.chars().collect();
            let tokens = tokenize(&chars);
            let i = tokens
                .iter()
                .position(|t| t.norm.starts_with(trigger))
                .expect("the test names a trigger of its sentence");
            bombing(&tokens, i)
        };
        assert!(at(
            "وقتل خمسة جنود في عملية انتحارية نفذها مسلحون واستهدفت نقطة للجيش",
            "واستهدفت"
        ));
        assert!(at("وأصيب عشرة في هجوم بسيارة مفخخة على السوق", "هجوم"));
        assert!(at("ونشرت الجماعة صورة للانتحاري الذي نفذ الهجوم", "الهجوم"));
        assert!(!at("وشنت الطائرات غارات على مواقع المسلحين", "وشنت"));
        assert!(!at("وأسقط الجيش مسيرات انتحارية أطلقها المتمردون", "واسقط"));
        // (A bombing named far on is what a war targets, not this act.)
        assert!(!at(
            "وأعلن حربا تستهدف الجماعة المتهمة بالوقوف خلف الهجوم الانتحاري في المدينة",
            "تستهدف"
        ));
    }

    #[test]
    fn columns_and_fighters_arriving_or_heading_somewhere_are_no_visit() {
        for (sentence, trigger) in [
            (
                "وأفاد شهود بأن الأرتال العسكرية وصلت إلى البلدة فجر اليوم",
                "وصلت",
            ),
            ("وقالت المصادر إن مئات المقاتلين وصلوا إلى الجبهة", "وصلوا"),
            ("وتوجهت قوات إضافية إلى الحدود الشرقية", "وتوجهت"),
            (
                "وأكد الناطق أن عشرات الدبابات مع مئات الجنود توجهت إلى المحافظة",
                "توجهت",
            ),
        ] {
            assert_eq!(
                why(sentence, trigger, "042"),
                Some(Untold::Level),
                "{sentence}"
            );
        }
        // A minister heading to a capital visits it.
        assert_eq!(
            why(
                "وتوجه وزير الخارجية إلى العاصمة في زيارة رسمية",
                "وتوجه",
                "042"
            ),
            None
        );
    }

    #[test]
    fn a_visit_one_is_keen_to_complete_is_to_come() {
        assert_eq!(
            why_noun(
                "وأكد السفير حرص حكومته على إتمام زيارة رئيس الوزراء إلى البلاد",
                "زياره",
                "042"
            ),
            Some(Untold::Sought)
        );
        assert_eq!(
            why_noun(
                "وعبر الوزير عن التطلع لإتمام زيارة الملك قريبا",
                "زياره",
                "042"
            ),
            Some(Untold::Sought)
        );
        // A visit completed was made.
        assert_eq!(
            why_noun(
                "وغادر الوزير البلاد بعد إتمام زيارة رسمية استمرت يومين",
                "زياره",
                "042"
            ),
            None
        );
    }

    #[test]
    fn plots_with_their_owner_and_a_rate_aimed_at_are_no_force() {
        for (sentence, trigger) in [
            (
                "وتعهد الوزير بملاحقة الخلايا وإحباط مخططاتهم التي تستهدف استقرار البلاد",
                "تستهدف",
            ),
            (
                "وبقي التضخم أعلى من المعدل الذي تستهدفه الحكومة هذا العام",
                "تستهدفه",
            ),
        ] {
            assert_eq!(
                why(sentence, trigger, "190"),
                Some(Untold::Aim),
                "{sentence}"
            );
        }
        assert_eq!(
            why(
                "وقال الجيش إن الطائرات تستهدف مواقع المسلحين منذ الفجر",
                "تستهدف",
                "190"
            ),
            None
        );
    }

    #[test]
    fn driving_armed_men_out_is_fighting_not_an_expulsion() {
        let at = |sentence: &str, trigger: &str| {
            let chars: Vec<char> = sentence.chars().collect();
            let tokens = tokenize(&chars);
            let i = tokens
                .iter()
                .position(|t| t.norm.starts_with(trigger))
                .expect("the test names a trigger of its sentence");
            driven_out(&tokens, i)
        };
        assert!(at(
            "وتمكنت القوات من استعادة البلدة وطرد المسلحين منها بعد معارك",
            "وطرد"
        ));
        assert!(at(
            "وقال القائد إن رجاله طردوا فلول الميليشيات من الأحياء الشرقية",
            "طردوا"
        ));
        assert!(at("وتواصل القبائل حملتها لطرد التنظيم من الوادي", "لطرد"));
        // Expelling people who bear no arms stays an expulsion.
        assert!(!at("وطردت السلطات مئات المهاجرين إلى الحدود", "وطردت"));
        assert!(!at("وطردت الشركة عشرات الموظفين من عملهم", "وطردت"));
    }

    #[test]
    fn an_act_sought_tried_wanted_or_hoped_for_is_no_act() {
        assert_eq!(
            why_noun(
                "وتسعى الحكومة إلى عقد اجتماع مع المعارضة في العاصمة",
                "اجتماع",
                "040"
            ),
            Some(Untold::Sought)
        );
        assert_eq!(
            why(
                "وقال المصدر إن أعضاء الوفد يريدون أن يلتقوا الرئيس",
                "يلتقوا",
                "040"
            ),
            Some(Untold::Sought)
        );
        assert_eq!(
            why_noun(
                "وأعرب الوزير عن أمله في الإفراج عن الصحفيين المحتجزين",
                "الافراج",
                "0841"
            ),
            Some(Untold::Sought)
        );
        // `وسّع` "widened", and a past verb after the seeking clause, stay.
        assert_eq!(
            why_noun("ووسعت الحكومة عقوباتها على الشركات", "عقوبات", "163"),
            None
        );
        assert_eq!(
            why_noun("وسعت الحكومة عقوباتها على الشركات", "عقوبات", "163"),
            None
        );
        assert_eq!(
            why("والدولة التي تسعى إلى الحل قصفت المواقع أمس", "قصفت", "195"),
            None
        );
    }

    #[test]
    fn god_named_with_praise_or_mercy_asked_for_is_a_prayer() {
        assert_eq!(
            why("ودعا الشيخ المولى عز وجل أن يحفظ البلاد", "ودعا", "020"),
            Some(Untold::Prayer)
        );
        assert_eq!(
            why(
                "وقدم العزاء لأسر الضحايا، داعيا للمصابين بالشفاء العاجل",
                "داعيا",
                "020"
            ),
            Some(Untold::Prayer)
        );
        assert_eq!(why("ودعا حزب الله الحكومة إلى الحوار", "ودعا", "020"), None);
    }

    #[test]
    fn a_crash_or_an_earthquake_with_no_doer_is_no_force() {
        assert_eq!(
            why(
                "ولقي ثلاثة جنود مصرعهم أمس في تحطم طائرة تدريب شمال البلاد",
                "مصرعهم",
                "190"
            ),
            Some(Untold::Accident)
        );
        assert_eq!(
            why(
                "وتسعى البلاد إلى إعادة الإعمار بعد الزلزال الذي دمر آلاف المنازل",
                "دمر",
                "190"
            ),
            Some(Untold::Accident)
        );
        // A crash someone caused is force.
        assert_eq!(
            why(
                "وقتل ثلاثة جنود في تحطم مروحية أسقطها المسلحون بصاروخ",
                "وقتل",
                "190"
            ),
            None
        );
    }

    #[test]
    fn a_head_calling_his_own_ministers_to_a_meeting_convenes_it() {
        assert_eq!(
            why(
                "ودعا رئيس الحكومة إلى اجتماع عاجل لكبار الوزراء وقادة الأجهزة الأمنية",
                "ودعا",
                "020"
            ),
            Some(Untold::Convened)
        );
        // A meeting of others asked for is an appeal.
        assert_eq!(
            why(
                "ودعت فرنسا إلى اجتماع طارئ لمجلس الأمن الدولي لبحث الهجمات",
                "ودعت",
                "020"
            ),
            None
        );
    }

    #[test]
    fn greetings_asked_to_be_conveyed_are_no_appeal() {
        assert_eq!(
            why(
                "وفي ختام اللقاء طلب الرئيس نقل تحياته إلى ملك البلاد",
                "طلب",
                "020"
            ),
            Some(Untold::Protocol)
        );
        assert_eq!(
            why(
                "وطلب الرئيس من الأمم المتحدة إرسال مراقبين إلى الحدود",
                "وطلب",
                "020"
            ),
            None
        );
    }

    #[test]
    fn a_month_with_its_other_name_in_brackets_still_dates_the_act() {
        assert_eq!(
            why(
                "وفي مارس (آذار) 2011 زار الوزير العاصمة لإجراء محادثات",
                "زار",
                "042"
            ),
            Some(Untold::History)
        );
        assert_eq!(
            why(
                "وفي مارس (آذار) 2015 زار الوزير العاصمة لإجراء محادثات",
                "زار",
                "042"
            ),
            None
        );
    }

    #[test]
    fn a_purpose_is_sought_not_done() {
        assert_eq!(
            why_noun(
                "وأرسلت الحكومة وفدا بهدف إجراء محادثات مع المعارضة",
                "محادثات",
                "040"
            ),
            Some(Untold::Sought)
        );
        // An act past a preposition that names another thing stays.
        assert_eq!(
            why_noun(
                "وشكلت الأمم المتحدة لجنة بهدف تحديد المسؤولين عن الهجمات",
                "الهجمات",
                "190"
            ),
            None
        );
    }

    #[test]
    fn achieving_is_no_inquiry() {
        assert_eq!(
            why_noun(
                "ويعمل البلدان على تحقيق الاستقرار في المنطقة",
                "تحقيق",
                "090"
            ),
            Some(Untold::Achieved)
        );
        assert_eq!(
            why_noun("وتسعى الجماعة لتحقيق أهدافها بالقوة", "لتحقيق", "090"),
            Some(Untold::Achieved)
        );
        assert_eq!(
            why_noun("وفتحت الشرطة تحقيقا في الهجوم", "تحقيقا", "090"),
            None
        );
        assert_eq!(
            why_noun("وأرسلت فريقا للتحقيق في الحادث", "للتحقيق", "090"),
            None
        );
    }

    #[test]
    fn the_terms_a_proposal_contains_are_no_acts() {
        for (sentence, trigger, code) in [
            (
                "وقدم الوسيط مبادرة تتضمن وقف القتال وتبادل الأسرى بين الطرفين",
                "وتبادل",
                "065",
            ),
            (
                "وقدم الوسيط مبادرة تتضمن وقف القتال وتبادل الأسرى بين الطرفين",
                "وقف",
                "087",
            ),
            (
                "ورحب الوزير بالاتفاق الذي ينص على رفع العقوبات عن البلاد",
                "رفع",
                "085",
            ),
        ] {
            assert_eq!(
                why_noun(sentence, trigger, code),
                Some(Untold::Terms),
                "{sentence}"
            );
        }
        // No proposal before the verb, or a clause of its own between: acts stay.
        for (sentence, trigger, code) in [
            (
                "وشملت الحملة اعتقال عشرات المطلوبين في المدينة",
                "اعتقال",
                "173",
            ),
            (
                "وتضمن الاتفاق بنودا كثيرة، وقالت الحكومة إن اعتقال المتهمين تم أمس",
                "اعتقال",
                "173",
            ),
        ] {
            assert_eq!(why_noun(sentence, trigger, code), None, "{sentence}");
        }
    }

    #[test]
    fn achieving_past_its_achiever_or_as_a_verb_is_no_inquiry() {
        for (sentence, trigger, noun) in [
            (
                "وتواصلت المعارك في ظل تحقيق الجيش تقدما واضحا في الريف",
                "تحقيق",
                true,
            ),
            (
                "وانتقد الخبير عدم تحقيق الغارات على المسلحين للنتائج المنتظرة",
                "تحقيق",
                true,
            ),
            (
                "وقال القائد إن قواته تحقق تقدما في جميع المحاور",
                "تحقق",
                false,
            ),
            (
                "وأشاد بالنجاحات التي يحققها المنتخب في البطولة",
                "يحققها",
                false,
            ),
            (
                "وأكد أن هذه الهجمات لن تحقق أهدافها في إثارة الفتنة",
                "تحقق",
                false,
            ),
            (
                "ووعد المحافظ بدراسة مطالب السكان والعمل على تحقيقها قريبا",
                "تحقيقها",
                true,
            ),
        ] {
            assert_eq!(
                cue(sentence, trigger, "090", noun),
                Some(Untold::Achieved),
                "{sentence}"
            );
        }
        // Inquiries stay: the verb with its investigator before `في`, the noun with `في`.
        for (sentence, trigger, noun) in [
            ("وتحقق الشرطة المحلية في ملابسات الحادث", "وتحقق", false),
            ("وقال المدعي إنه يحقق مع المتهمين منذ أيام", "يحقق", false),
            (
                "وأظهر تحقيق الشرطة مع المتهمين مزيدا من التفاصيل",
                "تحقيق",
                true,
            ),
            (
                "وفتحت السلطات تحقيقا موسعا للوقوف على أسباب الحريق",
                "تحقيقا",
                true,
            ),
        ] {
            assert_eq!(cue(sentence, trigger, "090", noun), None, "{sentence}");
        }
    }

    #[test]
    fn achieving_a_victory_a_goal_named_by_this_or_it_is_no_inquiry() {
        for (sentence, trigger) in [
            (
                "وتعهد القائد بمواصلة القتال حتى تحقيق النصر على الأعداء",
                "تحقيق",
            ),
            (
                "وأشاد الوزير بقدرة المنتخب على تحقيق الإنجازات القارية",
                "تحقيق",
            ),
            (
                "ودعا الطرفين إلى العمل معا على تحقيق هذه الغاية النبيلة",
                "تحقيق",
            ),
            ("وقال إن الحكومة ستراجع ما تم تحقيقه من مشاريع", "تحقيقه"),
            ("ويرى المحللون أن هذا الهدف يصعب تحقيقه قريبا", "تحقيقه"),
        ] {
            assert_eq!(
                why_noun(sentence, trigger, "090"),
                Some(Untold::Achieved),
                "{sentence}"
            );
        }
        for (sentence, trigger) in [
            ("وقالت الشرطة إن تحقيقها بدأ بعد بلاغ من الجيران", "تحقيقها"),
            ("وفتحت النيابة تحقيقا في هذه الحادثة", "تحقيقا"),
            ("ويجري التحقيق مع المتهمين في المركز", "التحقيق"),
        ] {
            assert_eq!(why_noun(sentence, trigger, "090"), None, "{sentence}");
        }
    }

    #[test]
    fn the_financing_of_a_crime_named_as_a_field_is_no_aid() {
        assert_eq!(
            why_noun(
                "وأشاد بجهود الحكومة في مكافحة غسل الأموال وتمويل الإرهاب",
                "وتمويل",
                "071"
            ),
            Some(Untold::Financing)
        );
        assert_eq!(
            why_noun("وأعلن الصندوق تمويل مشاريع في البلاد", "تمويل", "071"),
            None
        );
    }

    #[test]
    fn land_under_control_is_a_state_not_an_act() {
        assert_eq!(
            why_noun(
                "وقصفت الطائرات القرى الخاضعة لسيطرة المعارضة",
                "لسيطره",
                "192"
            ),
            Some(Untold::State)
        );
        assert_eq!(
            why_noun("وما زالت البلدة تحت سيطرة التنظيم", "سيطره", "192"),
            Some(Untold::State)
        );
        assert_eq!(why("وسيطرت القوات على المدينة أمس", "وسيطرت", "192"), None);
    }

    #[test]
    fn troops_arriving_visit_no_one() {
        assert_eq!(
            why("ووصلت قوات إضافية إلى المطار أمس", "ووصلت", "042"),
            Some(Untold::Level)
        );
        assert_eq!(why("ووصل الوزير إلى المطار أمس", "ووصل", "042"), None);
    }

    #[test]
    fn an_age_and_a_relative_with_wa_are_background() {
        assert_eq!(
            why_noun("وأنشأ الجيش القاعدة إبان احتلاله للجزيرة", "احتلاله", "192"),
            Some(Untold::Background)
        );
        assert_eq!(
            why(
                "وجاء ذلك امتدادا لخطاب الرئيس الأول، والذي دعا فيه إلى الحوار",
                "دعا",
                "020"
            ),
            Some(Untold::Background)
        );
    }

    #[test]
    fn an_act_a_span_of_time_away_is_background() {
        for (sentence, trigger, code) in [
            (
                "وزار الوزير طهران بعد أسبوعين على توقيع الاتفاق النووي",
                "توقيع",
                "057",
            ),
            (
                "وانهار الاتفاق بعد مضي بضعة أشهر على توقيعه",
                "توقيعه",
                "057",
            ),
            (
                "وأعلنت الشرطة اعتقال المشتبه بعد ثلاثة أيام من هجوم المسلحين على السوق",
                "هجوم",
                "190",
            ),
        ] {
            assert_eq!(
                why_noun(sentence, trigger, code),
                Some(Untold::Background),
                "{sentence}"
            );
        }
        // Nor a detention a release in the sentence undoes.
        assert_eq!(
            why_noun(
                "وأفرجت السلطات عن الصحفي بعد أسبوعين من احتجازه في العاصمة",
                "احتجازه",
                "173"
            ),
            None
        );
        // A noun after `على` with no span before it stays: "وقع الطرفان على اتفاق".
        assert_eq!(
            why_noun(
                "وأشرف الوزير أمس على توقيع الاتفاقية في القاهرة",
                "توقيع",
                "057"
            ),
            None
        );
    }

    #[test]
    fn the_occupation_named_is_no_land_seized() {
        for (sentence, trigger) in [
            ("وقالت المصادر إن قوات الاحتلال داهمت القرية فجرا", "الاحتلال"),
            ("ودعا المجلس إلى إنهاء الاحتلال ووقف الاستيطان", "الاحتلال"),
            ("وطالب بالإفراج عن المعتقلين في سجون الاحتلال", "الاحتلال"),
            ("وعاد السكان بعد سنوات من المعاناة في ظل الاحتلال", "الاحتلال"),
        ] {
            assert_eq!(
                why_noun(sentence, trigger, "192"),
                Some(Untold::State),
                "{sentence}"
            );
        }
        // An occupation told by a verb, or an indefinite noun, stays.
        assert_eq!(
            why("واحتلت القوات البلدة بعد معارك عنيفة", "واحتلت", "192"),
            None
        );
        assert_eq!(
            why_noun(
                "وندد البيان باحتلال المسلحين مبنى البلدية أمس",
                "باحتلال",
                "192"
            ),
            None
        );
    }

    #[test]
    fn ships_cases_and_news_received_are_no_guests() {
        assert_eq!(
            why(
                "وقال المسؤول إن الميناء يستقبل السفن التجارية يوميا",
                "يستقبل",
                "043"
            ),
            Some(Untold::Audience)
        );
        assert_eq!(
            why(
                "واستقبلت العيادات المتنقلة حالات كثيرة خلال الأسبوع",
                "واستقبلت",
                "043"
            ),
            Some(Untold::Audience)
        );
        assert_eq!(
            why("استقبل السكان نبأ الهدنة بالارتياح", "استقبل", "043"),
            Some(Untold::Audience)
        );
        // A guest received stays.
        assert_eq!(
            why("استقبل الوزير السفير الياباني في مكتبه", "استقبل", "043"),
            None
        );
    }

    #[test]
    fn a_rank_after_a_long_subject_or_the_front_pages_is_no_occupation() {
        assert_eq!(
            why(
                "واحتلت الجمهورية التونسية الشقيقة المرتبة الرابعة في التصنيف",
                "واحتلت",
                "192"
            ),
            Some(Untold::Rank)
        );
        assert_eq!(
            why(
                "واحتلت قمة الرياض الصفحات الأولى للصحف المحلية",
                "واحتلت",
                "192"
            ),
            Some(Untold::Rank)
        );
        // Land taken stays; the noun looks only two words on for a rank.
        assert_eq!(
            why(
                "احتلت القوات المتمردة مركز المدينة صباح اليوم",
                "احتلت",
                "192"
            ),
            None
        );
        assert_ne!(
            why_noun(
                "وأدان الوزير احتلال المسلحين الموالين للحكومة مقدمة الجسر",
                "احتلال",
                "192"
            ),
            Some(Untold::Rank)
        );
    }

    #[test]
    fn pilgrims_relief_and_a_channel_are_no_visit_force_or_attack() {
        assert_eq!(
            why_noun("وأكد جاهزية الوزارة لاستقبال الحجيج", "لاستقبال", "043"),
            Some(Untold::Audience)
        );
        assert_eq!(
            why(
                "وأطلق البرنامج عملا ميدانيا يستهدف إيصال المساعدات",
                "يستهدف",
                "190"
            ),
            Some(Untold::Aim)
        );
        assert_eq!(
            why_noun("وشن الرئيس هجوما حادا على محطة تلفزيونية", "هجوما", "190"),
            Some(Untold::Verbal)
        );
    }

    #[test]
    fn years_ago_are_history() {
        assert_eq!(
            why(
                "وتسلم الجيش طائرتين تنفيذا لصفقة أبرمتها الحكومة مع موسكو قبل عامين",
                "ابرمتها",
                "057"
            ),
            Some(Untold::History)
        );
        assert_eq!(
            why("فقبل 40 عاما وقع البلدان اتفاقية الحدود", "وقع", "057"),
            Some(Untold::History)
        );
        assert_eq!(why("ووقع البلدان اتفاقية قبل أيام", "ووقع", "057"), None);
    }

    #[test]
    fn an_era_named_in_the_sentence_is_history() {
        assert_eq!(
            why_noun(
                "وجرت مفاوضات سرية بين البلدين أثناء عهد الرئيس الأسبق",
                "مفاوضات",
                "046"
            ),
            Some(Untold::History)
        );
        assert_eq!(
            why(
                "وإبان الحرب الباردة أقامت الدولة قاعدة بحرية في الجزيرة",
                "اقامت",
                "192"
            ),
            Some(Untold::History)
        );
        // The present reign dates nothing.
        assert_eq!(
            why("ووقع البلدان اتفاقية للتعاون في عهد الملك", "ووقع", "057"),
            None
        );
    }

    #[test]
    fn any_act_of_a_kind_as_subject_is_a_general_truth() {
        assert_eq!(
            why(
                "وأكد وقوف بلاده مع الحكومة ضد كل عمل إرهابي جبان يستهدف أمنها",
                "يستهدف",
                "190"
            ),
            Some(Untold::Habit)
        );
        assert_eq!(
            why(
                "وقال إن القوات تستهدف مواقع المسلحين كل يوم",
                "تستهدف",
                "190"
            ),
            None
        );
        assert_eq!(
            why("وقال إن كل من البلدين يدين الهجوم", "يدين", "111"),
            None
        );
        assert_eq!(
            why("داعيا سموه المولى أن يحفظ البلاد", "داعيا", "020"),
            Some(Untold::Prayer)
        );
    }

    #[test]
    fn a_noun_that_a_future_or_a_possibility_follows_names_no_act() {
        assert_eq!(
            why_noun(
                "وحذر الوزير من أن استمرار الاشتباكات سيؤدي إلى كارثة إنسانية",
                "الاشتباكات",
                "193"
            ),
            Some(Untold::Maybe)
        );
        assert_eq!(
            why_noun("وقال إن فرض العقوبات من شأنه أن يضر بالاقتصاد", "فرض", "163"),
            Some(Untold::Maybe)
        );
        // An act a relative clause tells, or a verb that follows, stays.
        assert_eq!(
            why_noun(
                "وقال إن الغارات التي شنتها الطائرات أمس ستؤدي إلى تصعيد",
                "الغارات",
                "195"
            ),
            None
        );
        assert_eq!(
            why_noun(
                "وأعلن الجيش اعتقال ثلاثة مسلحين سيحالون إلى القضاء",
                "اعتقال",
                "173"
            ),
            None
        );
        assert_eq!(
            why_noun(
                "وأدان الوزير الهجوم على سيارة الإسعاف في المدينة",
                "الهجوم",
                "190"
            ),
            None
        );
        // A verb trigger with a future joined by و after it stays.
        assert_eq!(
            why("وقصفت الطائرات المواقع وستواصل القصف غدا", "وقصفت", "195"),
            None
        );
    }

    #[test]
    fn a_noun_that_a_future_verb_governs_is_an_act_to_come() {
        assert_eq!(
            why_noun(
                "وقال المتحدث إن البعثة ستعقد جولة مشاورات مع الطرفين في العاصمة",
                "مشاورات",
                "040"
            ),
            Some(Untold::Expected)
        );
        assert_eq!(
            why_noun("وسيلتقي الوزير خلال زيارته رئيس الحكومة", "زيارته", "042"),
            Some(Untold::Expected)
        );
        // A past verb, a future in another clause, a noun a relative clause tells, or a future
        // far before stays.
        assert_eq!(
            why_noun(
                "وستستكمل الزيارة المشاورات التي أجراها الوزير الشهر الماضي",
                "المشاورات",
                "040"
            ),
            None
        );
        assert_eq!(
            why_noun("وعقدت البعثة جولة مشاورات مع الطرفين", "مشاورات", "040"),
            None
        );
        assert_eq!(
            why_noun(
                "وسيعود الوفد إلى بلاده، بعد زيارة استمرت يومين",
                "زياره",
                "042"
            ),
            None
        );
    }

    #[test]
    fn a_date_opening_the_sentence_dates_its_later_clauses() {
        assert_eq!(
            why(
                "في 3 مارس 2004، دخل مسلح إلى السوق وقتل خمسة من المتسوقين",
                "وقتل",
                "180"
            ),
            Some(Untold::History)
        );
        assert_eq!(
            why("1967- الجيش يحتل المدينة بعد معارك عنيفة", "يحتل", "192"),
            Some(Untold::History)
        );
        // A date of this year, or one far into the sentence, does not.
        assert_eq!(
            why(
                "في 3 مارس 2015، دخل مسلح إلى السوق وقتل خمسة من المتسوقين",
                "وقتل",
                "180"
            ),
            None
        );
    }

    #[test]
    fn a_possibility_named_by_an_adjective_is_no_act() {
        assert_eq!(
            why("ومن الممكن أن يلتقي الوزيران في العاصمة", "يلتقي", "040"),
            Some(Untold::Maybe)
        );
    }

    #[test]
    fn an_unnamed_source_asking_not_to_be_named_makes_no_appeal() {
        assert_eq!(
            why(
                "وقال ضابط في الشرطة طلب عدم الكشف عن هويته إن التحقيق مستمر",
                "طلب",
                "020"
            ),
            Some(Untold::Unnamed)
        );
        assert_eq!(
            why(
                "وأكد دبلوماسيان طلبا عدم ذكر اسميهما أن الجولة تأجلت",
                "طلبا",
                "020"
            ),
            Some(Untold::Unnamed)
        );
        // A request to the council not to vote is an appeal.
        assert_eq!(
            why("طلب الوفد عدم التصويت على القرار قبل الاثنين", "طلب", "020"),
            None
        );
    }

    #[test]
    fn a_modal_makes_an_act_possible_only() {
        assert_eq!(
            why(
                "وقال الخبير إن التصعيد قد يؤدي إلى مواجهات بين الجانبين",
                "مواجهات",
                "190"
            ),
            Some(Untold::Maybe)
        );
        assert_eq!(
            why(
                "ويمكن للمجلس أن يفرض عقوبات جديدة على الشركة",
                "يفرض",
                "163"
            ),
            Some(Untold::Maybe)
        );
        // "قد" before a past verb tells what has happened.
        assert_eq!(
            why("وكانت القوات قد اعتقلت أمس ثلاثة مشتبهين", "اعتقلت", "173"),
            None
        );
        // A modal of an earlier clause does not reach past the comma.
        assert_eq!(
            why(
                "وما كان يمكن تفاديه، قصفت الطائرات مواقع المسلحين",
                "قصفت",
                "195"
            ),
            None
        );
    }

    #[test]
    fn a_habit_is_no_act_of_the_day() {
        assert_eq!(
            why(
                "في منطقة جبلية حيث كثيرا ما يشن المسلحون هجمات على الدوريات",
                "هجمات",
                "190"
            ),
            Some(Untold::Habit)
        );
    }

    #[test]
    fn a_year_long_before_the_page_is_history() {
        assert_eq!(
            why(
                "وفي عام 1990 اجتاحت القوات العراقية الكويت",
                "اجتاحت",
                "192"
            ),
            Some(Untold::History)
        );
        assert_eq!(
            why("واعتقل في 30 يونيو 2013 في دكار", "واعتقل", "173"),
            Some(Untold::History)
        );
        assert_eq!(
            why(
                "وقد قتل آنذاك ثلاثة جنود بقذيفة أطلقها المسلحون",
                "قتل",
                "190"
            ),
            Some(Untold::History)
        );
        assert_eq!(
            why(
                "وفي ذلك الوقت اعتقلت الشرطة عشرات المحتجين",
                "اعتقلت",
                "173"
            ),
            Some(Untold::History)
        );
        assert_eq!(
            why(
                "وكان قد تلقى تدريبات عسكرية في أغسطس 2013 في بلد مجاور",
                "تدريبات",
                "062"
            ),
            Some(Untold::History)
        );
        assert_eq!(
            why(
                "وفي كانون الثاني 2011 اعتقلت الشرطة عشرات المحتجين",
                "اعتقلت",
                "173"
            ),
            Some(Untold::History)
        );
        assert_eq!(
            why("وفي عام 1379هـ زار الملك المدينة", "زار", "042"),
            Some(Untold::History)
        );
        assert_eq!(
            why(
                "وفي 19 أغسطس 2009م أعلنت الوزارة القبض على خلية",
                "اعلنت",
                "010"
            ),
            Some(Untold::History)
        );
        // This year in the Hijri calendar is news.
        assert_eq!(why("وفي عام 1436هـ زار الملك المدينة", "زار", "042"), None);
        // A year far after the trigger dates a noun; `منذ` a span up to now.
        assert_eq!(
            why(
                "واعتذر القائد لعائلات ضحايا قصف أصاب قرية نائية في الجنوب عام 2009",
                "واعتذر",
                "055"
            ),
            None
        );
        assert_eq!(
            why("والتقى الوزيران في أول لقاء منذ 2011", "والتقي", "040"),
            None
        );
        // Last year's act is news still on a page with no month (or of January to June); a
        // year in another clause is not the act's.
        assert_eq!(
            why("وفي عام 2014 وقع البلدان اتفاقا للتعاون", "وقع", "057"),
            None
        );
        assert_eq!(
            why("بعد حرب 1990، التقى الرئيس نظيره أمس", "التقي", "040"),
            None
        );
    }

    #[test]
    fn senses_of_loose_triggers() {
        assert_eq!(
            why(
                "وقدم التهاني للحضور داعيا الله أن يحفظ البلاد",
                "داعيا",
                "020"
            ),
            Some(Untold::Prayer)
        );
        assert_eq!(
            why(
                "ويعرض البرنامج في الساعة الثانية فجرا من العاصمة",
                "فجرا",
                "183"
            ),
            Some(Untold::Dawn)
        );
        assert_eq!(
            why("وعدا ذلك تبقى القيود على حالها", "وعدا", "030"),
            Some(Untold::Except)
        );
        assert_eq!(
            why("واستقبلت الحديقة الزوار طوال أيام العيد", "واستقبلت", "043"),
            Some(Untold::Audience)
        );
        // An appeal to a government or by a man named for God, a bombing verb and a hosted
        // minister stay.
        assert_eq!(why("ودعا الوزير الحكومة إلى الحوار", "ودعا", "020"), None);
        assert_eq!(
            why("ودعا عبد الله سالم أنصاره إلى التظاهر", "ودعا", "020"),
            None
        );
        assert_eq!(why("وفجر انتحاري نفسه قرب الحاجز", "وفجر", "183"), None);
        assert_eq!(why("ودخل رجلان المبنى وفجرا نفسيهما", "وفجرا", "183"), None);
        assert_eq!(why("واستقبل الرئيس الوزير الزائر", "واستقبل", "043"), None);
    }

    #[test]
    fn a_blessing_after_a_name_endorses_nothing() {
        assert_eq!(
            why(
                "وغادر الملك - أيده الله - العاصمة مساء أمس متوجها إلى الشمال",
                "ايده",
                "051"
            ),
            Some(Untold::Blessing)
        );
        assert_eq!(
            why(
                "وأشاد الأمير حفظه الله بجهود رجال الدفاع المدني",
                "حفظه",
                "051"
            ),
            Some(Untold::Blessing)
        );
        // A name ending in الله, and an endorsement with its object named, stay.
        assert_eq!(
            why("وأيد نصر الله موقف الحكومة من الأزمة", "وايد", "051"),
            None
        );
        assert_eq!(
            why("وأيده الوزير في قراره بتعليق المحادثات", "وايده", "051"),
            None
        );
    }

    #[test]
    fn a_protocol_line_is_no_meeting() {
        assert_eq!(
            why(
                "وحضر اللقاء سفير المملكة لدى البلدين ومدير مكتب الوزير",
                "اللقاء",
                "040"
            ),
            Some(Untold::Protocol)
        );
        assert_eq!(
            why(
                "وكان في استقباله لدى وصوله إلى المطار نائب رئيس الوزراء وعدد من المسؤولين",
                "استقباله",
                "043"
            ),
            Some(Untold::Protocol)
        );
        assert_eq!(
            why(
                "كما كان في الاستقبال سفير البلاد ومدير المراسم وعدد من المسؤولين",
                "الاستقبال",
                "043"
            ),
            Some(Untold::Protocol)
        );
        assert_eq!(
            why(
                "واستقبل الأمير في قصره أمس العلماء والوزراء وجموعا من المواطنين الذين قدموا للسلام عليه",
                "واستقبل",
                "043"
            ),
            Some(Untold::Audience)
        );
        // A meeting, a reception held and a visitor received stay.
        assert_eq!(
            why("والتقى الوزير نظيره الفرنسي في باريس أمس", "والتقي", "040"),
            None
        );
        assert_eq!(
            why(
                "وأقام الرئيس حفل استقبال للوفد الزائر في القصر",
                "استقبال",
                "043"
            ),
            None
        );
        assert_eq!(
            why(
                "وكان الرئيس قد استقبل الوزير الزائر في مكتبه أمس",
                "استقبل",
                "043"
            ),
            None
        );
    }

    #[test]
    fn an_expected_act_has_not_happened() {
        assert_eq!(
            why(
                "وتوقع المسؤول أن تستمر المفاوضات بين الجانبين أسابيع",
                "المفاوضات",
                "046"
            ),
            Some(Untold::Expected)
        );
        assert_eq!(
            why(
                "ويأمل الجانبان أن يوقعا الاتفاق قبل نهاية العام",
                "يوقعا",
                "057"
            ),
            Some(Untold::Expected)
        );
        assert_eq!(
            why(
                "ومن المخطط أن يبحث الوزيران خلال الزيارة ملف الحدود",
                "يبحث",
                "040"
            ),
            Some(Untold::Expected)
        );
        // An act told before the hope, or far from it, stays.
        assert_eq!(
            why(
                "ووقع الجانبان اتفاقا يأمل الطرفان أن يعزز التجارة",
                "ووقع",
                "057"
            ),
            None
        );
        assert_eq!(
            why(
                "وتوقع الوزير أن تسهم نتائج الزيارة التي قام بها الرئيس في تعزيز العلاقات",
                "قام",
                "042"
            ),
            None
        );
    }

    #[test]
    fn idioms_of_loose_triggers_are_no_acts() {
        assert_eq!(
            why(
                "وقد وصلت الأسعار إلى مستويات قياسية هذا الشهر",
                "وصلت",
                "042"
            ),
            Some(Untold::Level)
        );
        assert_eq!(
            why("وذكر المدير أن البلاغات وصلت إلى 240 بلاغا", "وصلت", "042"),
            Some(Untold::Level)
        );
        assert_eq!(
            why(
                "واحتل المنتخب المرتبة الثالثة في الترتيب العام",
                "واحتل",
                "192"
            ),
            Some(Untold::Rank)
        );
        assert_eq!(
            why(
                "حيث احتلوا المركز الثاني عالميا في عدد المشتركين",
                "احتلوا",
                "192"
            ),
            Some(Untold::Rank)
        );
        assert_eq!(
            why(
                "وأرسلت الحكومة مساعد وزير الخارجية إلى القاهرة",
                "مساعد",
                "070"
            ),
            Some(Untold::AidTitle)
        );
        assert_eq!(
            why(
                "وشن النائب هجوما حادا على قرار الحكومة رفع الأسعار",
                "هجوما",
                "190"
            ),
            Some(Untold::Verbal)
        );
        assert_eq!(
            why("ويعرف الناس ذلك منذ فجر الإسلام", "فجر", "183"),
            Some(Untold::Dawn)
        );
        // The acts themselves stay: an arrival in a capital, troops taking a city's centre, aid
        // to a country, an attack on a base, a bombing.
        assert_eq!(
            why("ووصلت مساعدات غذائية جديدة إلى المدينة أمس", "ووصلت", "042"),
            Some(Untold::Level)
        );
        assert_eq!(why("ووصل الوزير إلى العاصمة مساء أمس", "ووصل", "042"), None);
        assert_eq!(
            why(
                "واحتلت القوات مركز المدينة بعد معارك عنيفة",
                "واحتلت",
                "192"
            ),
            None
        );
        assert_eq!(
            why(
                "وقدمت الحكومة مساعدات إلى اللاجئين في المخيم",
                "مساعدات",
                "070"
            ),
            None
        );
        assert_eq!(
            why(
                "وشن المسلحون هجوما على قاعدة عسكرية قرب الحدود",
                "هجوما",
                "190"
            ),
            None
        );
        assert_eq!(
            why("وفجر انتحاري نفسه قرب مركز الشرطة", "وفجر", "183"),
            None
        );
    }

    #[test]
    fn plans_needs_and_any_act_are_no_acts_told() {
        assert_eq!(
            why(
                "وتأمل الحكومة توقيع العقود مع الشركاء بحلول عام 2020",
                "توقيع",
                "057"
            ),
            Some(Untold::Planned)
        );
        assert_eq!(
            why(
                "وشدد الوزير على ضرورة تعاون البلدين في ضبط الحدود",
                "تعاون",
                "060"
            ),
            Some(Untold::Maybe)
        );
        assert_eq!(
            why(
                "وقال إن بلاده ترحب بأي اتفاق يمنع انتشار السلاح",
                "اتفاق",
                "030"
            ),
            Some(Untold::Maybe)
        );
        // A year to come before the trigger dates a noun: the act is news.
        assert_eq!(
            why(
                "وعلق المرشح لانتخابات عام 2016 على الاتفاق منددا به",
                "منددا",
                "111"
            ),
            None
        );
        // This year's signing is news.
        assert_eq!(
            why(
                "ووقع البلدان في عام 2015 اتفاقا للتعاون الأمني",
                "ووقع",
                "057"
            ),
            None
        );
    }

    #[test]
    fn years_read_from_both_digit_sets() {
        assert_eq!(year("1990"), Some(1990));
        assert_eq!(year("١٩٩٠"), Some(1990));
        assert_eq!(year("199"), None);
        assert_eq!(year("2009م"), Some(2009));
        assert_eq!(year("1436ه"), Some(2015));
        assert_eq!(year("1384ه"), Some(1965));
        assert_eq!(year("19a0"), None);
    }

    #[test]
    fn a_verbal_noun_with_an_adjective_of_schedule_is_an_act_to_come() {
        assert_eq!(
            why_noun(
                "وأكد المبعوث لقاءه المقرر مع رئيس البرلمان في العاصمة",
                "لقاء",
                "040"
            ),
            Some(Untold::Expected)
        );
        assert_eq!(
            why_noun(
                "وتسبق الزيارة المرتقبة للرئيس جولة من المحادثات بين البلدين",
                "الزياره",
                "042"
            ),
            Some(Untold::Expected)
        );
        assert_eq!(
            why_noun(
                "وتعقد المنظمة اجتماعها الوزاري المقبل في الدوحة",
                "اجتماعها",
                "040"
            ),
            Some(Untold::Expected)
        );
        // The rapporteur (`المقرر الخاص`) visits; a past act stays.
        assert_eq!(
            why_noun(
                "وانتهت زيارة المقرر الخاص للأمم المتحدة إلى البلاد أمس",
                "زياره",
                "042"
            ),
            None
        );
        assert_eq!(
            why_noun(
                "وجاء اللقاء بعد أسبوع من التوتر بين البلدين",
                "اللقاء",
                "040"
            ),
            None
        );
    }

    #[test]
    fn a_verbal_noun_before_a_future_verb_of_holding_is_an_act_to_come() {
        assert_eq!(
            why_noun(
                "وقال دبلوماسيون إن جولة ثالثة من المفاوضات ستعقد في مسقط الأسبوع المقبل",
                "المفاوضات",
                "046"
            ),
            Some(Untold::Expected)
        );
        assert_eq!(
            why_noun(
                "المشاورات ستستأنف بعد العيد بحسب مصادر دبلوماسية",
                "المشاورات",
                "040"
            ),
            Some(Untold::Expected)
        );
        // Talks held, then a future of another verb.
        assert_eq!(
            why_noun(
                "وأجرى الوزيران مباحثات تناولت الحدود، وستتواصل اللقاءات بين الخبراء",
                "مباحثات",
                "040"
            ),
            None
        );
    }

    #[test]
    fn a_schedule_or_a_hope_before_an_act_makes_it_expected() {
        assert_eq!(
            why(
                "ومن المقرر أن يزور رئيس الوزراء العاصمة الأردنية غدا",
                "يزور",
                "042"
            ),
            Some(Untold::Expected)
        );
        assert_eq!(
            why(
                "ومن المؤمل أن تستأنف المحادثات بين الجانبين",
                "تستانف",
                "040"
            ),
            Some(Untold::Expected)
        );
        assert_eq!(
            why("وكان الرئيس قد زار العاصمة الأردنية أمس", "زار", "042"),
            None
        );
    }

    #[test]
    fn an_act_an_appeal_asks_for_past_a_long_subject_is_not_done() {
        assert_eq!(
            why_noun(
                "ودعا زعيم الجماعة المسلحة في الشمال، في كلمة مسجلة نشرت أمس، إلى شن هجمات على القواعد الأجنبية",
                "هجمات",
                "190"
            ),
            Some(Untold::Called)
        );
        assert_eq!(
            why_noun(
                "وطالبت لجنة حقوق الإنسان في البرلمان الأوروبي السلطات بالإفراج عن الصحفيين",
                "بالافراج",
                "0841"
            ),
            Some(Untold::Called)
        );
        // An act done, after a clause of its own or with no appeal.
        assert_eq!(
            why_noun(
                "ودعا الوزير إلى الحوار، وأدان الهجوم على السفارة",
                "الهجوم",
                "190"
            ),
            None
        );
        assert_eq!(
            why_noun(
                "وطالبت الحكومة بالتحقيق في الهجوم على السفارة",
                "الهجوم",
                "190"
            ),
            None
        );
        assert_eq!(
            why_noun(
                "وأدت الغارات التي شنها الطيران أمس إلى مقتل عشرة مسلحين",
                "مقتل",
                "190"
            ),
            None
        );
        // The appeal itself stays.
        assert_eq!(
            why_noun(
                "ودعا زعيم الجماعة، في كلمة مسجلة، إلى التظاهر",
                "التظاهر",
                "020"
            ),
            None
        );
    }

    #[test]
    fn an_act_a_threat_promises_is_not_done() {
        assert_eq!(
            why_noun(
                "وتوعد المتحدث باسم الجماعة، في تسجيل صوتي نشر على مواقعها، بشن هجمات على القوات الأجنبية",
                "هجمات",
                "190"
            ),
            Some(Untold::Called)
        );
        // A cause after `بسبب` happened.
        assert_eq!(
            why_noun(
                "وطالب المحتجون الحكومة بالاستقالة بسبب الهجوم على المتظاهرين",
                "الهجوم",
                "190"
            ),
            None
        );
    }

    #[test]
    fn an_act_named_as_a_time_or_a_reason_is_background() {
        assert_eq!(
            why_noun(
                "وأطلقت الجماعة سراح البحارة بعد احتجاز دام عاما في الميناء",
                "احتجاز",
                "173"
            ),
            Some(Untold::Background)
        );
        assert_eq!(
            why_noun(
                "وتحسنت العلاقات بين البلدين منذ توقيع الاتفاق الأمني",
                "توقيع",
                "057"
            ),
            Some(Untold::Background)
        );
        // A meeting after which someone speaks, and fighting before a capture, are the news.
        assert_eq!(
            why_noun("وقال الوزير عقب لقائه نظيره الفرنسي إن", "لقايه", "040"),
            None
        );
        assert_eq!(
            why_noun(
                "وسيطر المسلحون على البلدة بعد معارك مع الجيش استمرت يومين",
                "معارك",
                "193"
            ),
            None
        );
        // The subject's own withdrawal is the fact the analysis turns on (the seed page's
        // withdrawal from Niger, which issue 5 names); a withdrawal of others stays a time.
        assert_eq!(
            why_noun(
                "وتريد الحكومة العودة إلى الإقليم لا سيما بعد انسحابها من قواعده الشمالية",
                "انسحابها",
                "0874"
            ),
            None
        );
        assert_eq!(
            why_noun(
                "ونهب المسلحون المستودع بعد انسحاب الحامية منه قبل يومين",
                "انسحاب",
                "0874"
            ),
            Some(Untold::Background)
        );
    }

    #[test]
    fn an_act_a_clause_of_time_or_a_pluperfect_recalls_is_background() {
        // A clause of time or reason opened by `بعد أن`, `بعدما`, `سبق أن`.
        assert_eq!(
            why(
                "وأفرجت الشرطة عن الصحفي بعد أن اعتقلته ثلاثة أيام",
                "اعتقلته",
                "173"
            ),
            Some(Untold::Background)
        );
        assert_eq!(
            why(
                "وانسحب المسلحون من البلدة بعدما قصفت الطائرات مواقعهم",
                "قصفت",
                "195"
            ),
            Some(Untold::Background)
        );
        assert_eq!(
            why_noun(
                "وسبق أن فرضت الحكومة عقوبات على الشركة نفسها",
                "عقوبات",
                "163"
            ),
            Some(Untold::Background)
        );
        // `منذ` before a verb, or before a noun of beginning, whatever the code.
        assert_eq!(
            why(
                "وتراجعت الهجمات في الإقليم منذ استعادت القوات المدينة",
                "استعادت",
                "192"
            ),
            Some(Untold::Background)
        );
        assert_eq!(
            why_noun(
                "وتضررت الأحياء القديمة منذ اندلاع المعارك في الربيع",
                "المعارك",
                "190"
            ),
            Some(Untold::Background)
        );
        // The pluperfect recalls an earlier act, unless it is one of these days.
        assert_eq!(
            why(
                "وكان الوزيران قد اجتمعا في جنيف لبحث الأزمة",
                "اجتمعا",
                "040"
            ),
            Some(Untold::Background)
        );
        assert_eq!(
            why(
                "وكانت الطائرات قد قصفت المعسكر أمس في غارتين",
                "قصفت",
                "195"
            ),
            None
        );
        assert_eq!(
            why(
                "وكانت الحكومة قد منحت الجيش معدات، وذلك خلال زيارة الوزير قبل أيام",
                "منحت",
                "071"
            ),
            None
        );
        assert_eq!(
            why(
                "وأفرج المسلحون عن سائقين كانوا قد خطفوهما على الطريق الساحلي",
                "خطفوهما",
                "181"
            ),
            None
        );
        assert_eq!(
            why(
                "وكان المسلحون قد خطفوا سائقين على الطريق الساحلي",
                "خطفوا",
                "181"
            ),
            Some(Untold::Background)
        );
        // (Without `قد` too: "وكانت الشرطة اعتقلت".)
        assert_eq!(
            why("وكانت الشرطة اعتقلت الناشط في مارس الماضي", "اعتقلت", "173"),
            Some(Untold::Background)
        );
        // A meeting after which a speaker talks is the news; so is the act the clause of time
        // follows.
        assert_eq!(
            why(
                "وقال الوزير بعد أن التقى نظيره إن المحادثات مثمرة",
                "التقي",
                "040"
            ),
            None
        );
        assert_eq!(
            why(
                "واعتقلت الشرطة ثلاثة رجال بعد أن هاجموا دورية",
                "واعتقلت",
                "173"
            ),
            None
        );
    }

    #[test]
    fn last_years_act_is_history_on_a_page_of_the_years_second_half() {
        let chars: Vec<char> = "وسيطر المسلحون في صيف 2014 على المدينة بعد معارك"
            .chars()
            .collect();
        let tokens = tokenize(&chars);
        let i = 0;
        let on = |month| {
            untold(
                &tokens,
                0..tokens.len(),
                i,
                "192",
                Some(2015),
                month,
                false,
                false,
            )
        };
        assert_eq!(on(Some(8)), Some(Untold::History));
        // In February, last summer is half a year back at most: news still.
        assert_eq!(on(Some(2)), None);
        assert_eq!(on(None), None);
    }

    #[test]
    fn a_signing_a_relative_clause_tells_describes_the_agreement() {
        assert_eq!(
            why(
                "ويقضي الاتفاق الذي أبرمته الحكومة مع المتمردين بنزع السلاح",
                "ابرمته",
                "057"
            ),
            Some(Untold::Background)
        );
        assert_eq!(
            why(
                "وطالب الوزير بتفعيل المذكرات التي تم توقيعها بين البلدين",
                "توقيعها",
                "057"
            ),
            Some(Untold::Background)
        );
        // A signing of the day, and a signing told as the clause's own act, are news.
        assert_eq!(
            why(
                "ويقضي الاتفاق الذي وقعه البلدان أمس بفتح الحدود",
                "وقعه",
                "057"
            ),
            None
        );
        assert_eq!(
            why(
                "ووقعت الحكومة مع المتمردين اتفاقا لنزع السلاح",
                "ووقعت",
                "057"
            ),
            None
        );
    }

    #[test]
    fn a_past_act_a_relative_clause_recalls_is_background() {
        assert_eq!(
            why(
                "وكرم الحفل السفير الذي شارك في مفاوضات الحدود قبل سنوات",
                "شارك",
                "0331"
            ),
            Some(Untold::Background)
        );
        assert_eq!(
            why(
                "ونشرت الصحيفة الرسالة التي انتقدت فيها الوزيرة سياسة الحكومة",
                "انتقدت",
                "111"
            ),
            Some(Untold::Background)
        );
        // Force the clause names, a meeting, a present, or the same act dated today stay.
        assert_eq!(
            why(
                "وأدان المجلس الهجوم الذي استهدف المسجد في المدينة",
                "استهدف",
                "190"
            ),
            None
        );
        assert_eq!(
            why(
                "وتناول اللقاء الذي جمع الوزيرين العلاقات الثنائية",
                "جمع",
                "040"
            ),
            None
        );
        assert_eq!(
            why(
                "وقال البيان الذي انتقد فيه الحزب الحكومة أمس إن",
                "انتقد",
                "111"
            ),
            None
        );
        assert_eq!(
            why(
                "وأشاد بالدور الذي يقوم به المبعوث لدعم الحوار",
                "يقوم",
                "036"
            ),
            None
        );
        assert_eq!(
            why(
                "وأعدمت السلطات الرجل الذي أدانته محكمة عسكرية بالتجسس",
                "ادانته",
                "111"
            ),
            None
        );
        assert_eq!(
            why(
                "وحل الجنود محل المقاتلين الذين انسحبوا من البلاد الشهر الماضي",
                "انسحبوا",
                "0874"
            ),
            None
        );
    }

    #[test]
    fn a_pluperfect_with_a_parenthesis_before_qad_is_background() {
        assert_eq!(
            why(
                "وكانت الوزارة، في بيان أصدرته مساء، قد اتهمت الجماعة بخرق الهدنة",
                "اتهمت",
                "112"
            ),
            Some(Untold::Background)
        );
        assert_eq!(
            why(
                "وكان الجيش - بحسب مصادر محلية - قد اعتقل عشرة من المسلحين",
                "اعتقل",
                "173"
            ),
            Some(Untold::Background)
        );
        // Without كان, or dated to these days, it stays.
        assert_eq!(
            why(
                "وقالت الوزارة، في بيان أصدرته مساء، قد اتهمت الجماعة بخرق الهدنة",
                "اتهمت",
                "112"
            ),
            None
        );
        assert_eq!(
            why(
                "وكانت الوزارة، في بيان أصدرته أمس، قد اتهمت الجماعة بخرق الهدنة",
                "اتهمت",
                "112"
            ),
            None
        );
    }

    #[test]
    fn remains_and_the_public_received_are_no_meetings() {
        assert_eq!(
            why(
                "ووصل مساء الأحد جثمان الجندي إلى مطار المدينة",
                "ووصل",
                "042"
            ),
            Some(Untold::Level)
        );
        assert_eq!(
            why(
                "واستقبل الأهالي رفات الضحايا في ساحة البلدة",
                "واستقبل",
                "043"
            ),
            Some(Untold::Level)
        );
        assert_eq!(
            why(
                "وأوضح المتحدث أن الهيئة تستقبل البلاغات على مدار الساعة",
                "تستقبل",
                "043"
            ),
            Some(Untold::Audience)
        );
        assert_eq!(
            why(
                "وقال الرئيس إن بلاده رحبت بنصف مليون لاجئ منذ بداية الحرب",
                "رحبت",
                "051"
            ),
            Some(Untold::Audience)
        );
        // A minister arriving, a president received, a welcome of a decision stay.
        assert_eq!(
            why("ووصل وزير الدفاع إلى العاصمة مساء الأحد", "ووصل", "042"),
            None
        );
        assert_eq!(
            why("واستقبل الرئيس وزير الخارجية الزائر", "واستقبل", "043"),
            None
        );
        assert_eq!(
            why("ورحبت الحكومة بقرار مجلس الأمن الجديد", "ورحبت", "051"),
            None
        );
    }

    #[test]
    fn a_line_of_tags_is_no_sentence() {
        assert_eq!(
            why("سمات طرابلس الجيش هجوم ليبيا", "هجوم", "190"),
            Some(Untold::Tags)
        );
        // A sentence that opens with the word, with its marks, stays.
        assert_eq!(
            why(
                "سمات المرحلة واضحة، فقد هاجم الجيش مواقع المسلحين أمس",
                "هاجم",
                "190"
            ),
            None
        );
    }

    #[test]
    fn tawaqqa_is_an_expectation_unless_something_is_signed() {
        assert_eq!(
            why(
                "وتوقع الوزير زيادة الصادرات في العام المقبل",
                "وتوقع",
                "057"
            ),
            Some(Untold::Expected)
        );
        // "She signs" before what is signed, or after a particle.
        assert_eq!(
            why(
                "وقالت الوزارة إن مالي توقع اتفاقية للتعاون مع النيجر",
                "توقع",
                "057"
            ),
            None
        );
        assert_eq!(
            why("وأعلنت الحكومة أنها لم توقع على الوثيقة", "توقع", "057"),
            None
        );
    }

    #[test]
    fn tawaqqa_after_qad_or_an_or_before_the_name_ali_is_an_expectation() {
        // The name علي, not the preposition على.
        assert_eq!(
            why(
                "توقع علي الصالح وزير المالية تراجع العجز خلال العام المقبل",
                "توقع",
                "057"
            ),
            Some(Untold::Expected)
        );
        // "Had expected" after قد, the noun "expectation" after أن.
        assert_eq!(
            why("فقد توقع مسؤول بارز أن تنتهي الأزمة قريبا", "توقع", "057"),
            Some(Untold::Expected)
        );
        assert_eq!(
            why(
                "وأكد الخبير أن توقع المنظمة لارتفاع الطلب سيدعم الأسعار",
                "توقع",
                "057"
            ),
            Some(Untold::Expected)
        );
        assert_eq!(
            why(
                "ويشير المراقبون لتوقع المستثمرين ارتفاع الأسعار",
                "لتوقع",
                "057"
            ),
            Some(Untold::Expected)
        );
        // Signing still: what is signed in the clause.
        assert_eq!(
            why(
                "وأعلنت الرئاسة أن توقع الحكومة على الاتفاق جاء بعد مشاورات",
                "توقع",
                "057"
            ),
            None
        );
        assert_eq!(
            why("وقالت إن بلادها توقع على هذه المذكرة", "توقع", "057"),
            None
        );
    }

    #[test]
    fn what_a_condemnation_names_is_no_act_of_its_own() {
        assert_eq!(
            why_noun(
                "ودانت الوزارة الجريمة التي أدت إلى مقتل طفل وإصابة والديه إثر استهداف مسلحين منزل العائلة",
                "استهداف",
                "190"
            ),
            Some(Untold::Condemned)
        );
        // The act a condemnation takes as object, and an attack told before it, are the news.
        assert_eq!(
            why_noun(
                "ونددت المنظمة باعتقال السلطات عشرات المحامين",
                "باعتقال",
                "173"
            ),
            None
        );
        assert_eq!(
            why(
                "وهاجم مسلحون نقطة للشرطة، فيما نددت الحكومة بالهجوم",
                "وهاجم",
                "190"
            ),
            None
        );
    }

    #[test]
    fn a_plan_or_an_inquiry_that_targets_aims_without_force() {
        assert_eq!(
            why(
                "وأطلقت الوزارة برنامجا يستهدف تطوير مهارات الشباب في القرى",
                "يستهدف",
                "190"
            ),
            Some(Untold::Aim)
        );
        assert_eq!(
            why(
                "وفتحت النيابة تحقيقا في الرشوة يستهدف ثلاث شركات أجنبية",
                "يستهدف",
                "190"
            ),
            Some(Untold::Aim)
        );
        // A strike on a gathering, and an attack on a patrol, are force.
        assert_eq!(
            why(
                "وشنت الطائرات غارة استهدفت تجمعات للمسلحين قرب الحدود",
                "استهدفت",
                "195"
            ),
            None
        );
        assert_eq!(
            why(
                "وقالت الشرطة إن الهجوم استهدف دورية على الطريق",
                "استهدف",
                "190"
            ),
            None
        );
    }

    #[test]
    fn stopping_an_activity_arrests_no_one() {
        for (sentence, word) in [
            ("وأوقفت شركة الطيران الوطنية رحلاتها إلى المدينة", "واوقفت"),
            ("وأوقفت الحكومة أمس ترخيص قناتين فضائيتين", "واوقفت"),
            ("وقال إن الدولة أوقفت تنفيذ مشاريع كبرى في البلاد", "اوقفت"),
            ("وأوقفت الشركة نشاطاتها في البلد خوفا من العقوبات", "واوقفت"),
        ] {
            assert_eq!(
                why(sentence, word, "173"),
                Some(Untold::Suspended),
                "{sentence}"
            );
        }
        // People stopped are arrested, even when a plot is named after a reason.
        assert_eq!(
            why("وأوقفت الشرطة ثلاثة شبان في المدينة", "واوقفت", "173"),
            None
        );
        assert_eq!(
            why(
                "وأوقفت الشرطة 5 أشخاص بعد تنفيذ هجوم على المصرف",
                "واوقفت",
                "173"
            ),
            None
        );
    }

    #[test]
    fn a_journey_or_a_passing_expels_no_one() {
        for (sentence, word) in [
            ("وقال الوزير قبل رحلته إلى العاصمة إنه سيبحث الملف", "رحلته"),
            ("وسيكمل الوفد رحلته إلى المدينة الساحلية غدا", "رحلته"),
            ("رحل عنا الشيخ الجليل بعد مسيرة طويلة في خدمة بلاده", "رحل"),
            ("وسيبقى ذكره حيا وإن رحل عن هذه الدنيا", "رحل"),
        ] {
            assert_eq!(
                why(sentence, word, "174"),
                Some(Untold::Journey),
                "{sentence}"
            );
        }
        // Authorities that deport people expel them.
        assert_eq!(
            why("ورحلت السلطات مئات المخالفين إلى بلدانهم", "ورحلت", "174"),
            None
        );
    }

    #[test]
    fn a_threat_or_a_plot_that_targets_is_no_attack() {
        for (sentence, word) in [
            (
                "ودعا إلى الوقوف صفا واحدا أمام المخاطر التي تستهدف استقرار البلدين",
                "تستهدف",
            ),
            (
                "وأشاد بإحباط المخططات الخبيثة التي تستهدف الشباب في المدن",
                "تستهدف",
            ),
            (
                "وحذر الأهالي من الألعاب الإلكترونية التي تستهدف الصغار",
                "تستهدف",
            ),
            ("وقال إن الإرهاب الذي بات يستهدف الجميع لا دين له", "يستهدف"),
            ("وتصدت القوات لمخططات الجماعة التي تستهدف المنطقة", "تستهدف"),
        ] {
            assert_eq!(why(sentence, word, "190"), Some(Untold::Aim), "{sentence}");
        }
        // An attack that terror did, a war on terror, and strikes, target by force.
        assert_eq!(
            why(
                "وأعلن الرئيس حربا على الإرهاب تستهدف الجماعة المسلحة",
                "تستهدف",
                "190"
            ),
            None
        );
        assert_eq!(
            why(
                "ودان المجلس الإرهاب الذي استهدف السوق الشعبي أمس",
                "استهدف",
                "190"
            ),
            None
        );
        assert_eq!(
            why(
                "وتواصل المقاومة هجماتها التي تستهدف مواقع المسلحين",
                "تستهدف",
                "190"
            ),
            None
        );
    }

    #[test]
    fn a_source_refusing_to_be_named_rejects_nothing() {
        assert_eq!(
            why(
                "وقال قيادي في الحركة رافضا الكشف عن اسمه إن الخلافات تتسع",
                "رافضا",
                "120"
            ),
            Some(Untold::Unnamed)
        );
        assert_eq!(
            why(
                "وقال مصدر أمني رفض الكشف عن هويته إن الهجوم فشل",
                "رفض",
                "120"
            ),
            Some(Untold::Unnamed)
        );
        // A refusal to reveal a plan is a refusal.
        assert_eq!(
            why("ورفضت الحكومة الكشف عن خطتها للمفاوضات", "ورفضت", "120"),
            None
        );
    }

    #[test]
    fn a_place_at_the_top_of_a_list_is_a_rank() {
        assert_eq!(
            why(
                "واحتلت الأزمة قائمة القضايا التي ناقشها المؤتمر",
                "واحتلت",
                "192"
            ),
            Some(Untold::Rank)
        );
    }
}
