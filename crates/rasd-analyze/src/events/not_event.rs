//! Acts a sentence names without telling that they happened: conditions, feared acts, intended
//! acts, expected acts and agenda items.
//!
//! [`super::told`] drops the events whose trigger a modal, a future, a wish or a schedule
//! governs; the engine itself drops a verb right after `إذا`/`لو`. This module reads further
//! cues of the same kind around the trigger, in its clause ([`NotEvent`]):
//!
//! - **condition**: the trigger in a clause of condition, the opener up to
//!   [`CONDITION_REACH`] words before it with no punctuation and no answer (`فإن`, `فقد`,
//!   `فسوف` …) between them (`في حال أدين الزعيم بالتهم فقد يسجن`, `إذا رفضت الحكومة
//!   الانصياع`, `ما لم تنسحب القوات`, `لو شنت الدولة هجوما`); and the trigger after `كلما`
//!   (`كلما انعقد اجتماع`: a recurring pattern, no act of the day);
//! - **feared**: an act named right after a noun of risk, fear or possibility (`خطر حدوث
//!   هجوم`, `خوفا من وقوع مجزرة`, `تحسبا لهجمات`, `احتمال شن ضربة`) or a verb of fearing or
//!   warning with `من` (`حذرت من تدخل عسكري`, `يخشى من اندلاع`): what is feared has not
//!   happened;
//! - **intended**: an act right after a noun of intention or plan (`أعلنوا عزمهم على زيارة
//!   طهران`, `نيتها شن عملية`, `خطة لإعادة الانتشار`): an intention, no act (the engine drops
//!   the verbs, `يعتزم`, `ينوي`);
//! - **expected**: a verbal noun right after a verb of expecting (`يتوقع انضمام إيران`,
//!   `رجح استئناف المحادثات`): [`super::told`] drops the act after `أن`, not the noun.
//! - **agenda**: a verbal noun a verb of discussing names, up to four words after it (`بحث
//!   الجانبان وقف إطلاق النار`, `لبحث التعاون العسكري`): an item on a meeting's agenda, no act
//!   of its own (the discussing stays an event);
//!
//! - **other sense**: a verb of force read in its other sense ([`OTHER_SENSES`]): `احتل المرتبة
//!   الأولى` ranks, it occupies nothing; `تستهدف أمن البلاد` aims at an abstraction, it strikes
//!   nothing;
//! - **demands answered**: the plural noun `مطالب` governed by a word of answering or backing
//!   (`تجاه مطالب المجتمع الدولي`, `يؤيد مطالب المتظاهرين`, `الموافقة على المطالب`): the
//!   demands are someone else's, named as what the clause's actor answers, no demand of its own.
//!
//! Negated acts in a condition go too (`في حال لم تتعاون إيران`): not told either way.

use std::ops::Range;

use super::text::{bare, Token, TokenKind};
use super::told::future_verb;

/// Why an event's trigger names no act told as having happened (see the module doc).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NotEvent {
    /// `في حال أدين …`, `إذا رفضت …`: an act in a clause of condition.
    Condition,
    /// `كلما انعقد اجتماع`: a recurring pattern, no act of the day.
    Recurring,
    /// `خطر حدوث هجوم`, `حذرت من تدخل`: an act feared or warned of.
    Feared,
    /// `عزمهم على زيارة`: an act intended or planned.
    Intended,
    /// `يتوقع انضمام إيران`: an act expected.
    Expected,
    /// `بحث الجانبان وقف إطلاق النار`: an item on a meeting's agenda, named by a verb of
    /// discussing; the discussing is the event, not the item.
    Agenda,
    /// `سيعقد الوزير اجتماعا مع نظيريه خلال زيارة عمل`: a verbal noun a future verb governs from
    /// further back than [`super::told`] looks.
    ToCome,
    /// `احتل المنتخب المرتبة الأولى`, `تستهدف أمن البلاد`, `استقبل مطار عدن طائرة`: a verb in
    /// its other sense.
    OtherSense,
    /// `تجاه مطالب المجتمع الدولي`: demands named as what the actor answers or backs.
    DemandsAnswered,
}

/// A verb of force whose other sense its object tells ([`OTHER_SENSES`]).
struct OtherSense {
    /// Forms of the trigger (normal form, و/ف stripped), verbs and verbal nouns.
    triggers: &'static [&'static str],
    /// Words up to which the object may stand after the trigger (a subject may come between:
    /// `احتل السائح السعودي الرقم الأول`).
    reach: usize,
    /// Words that may stand between the trigger and the object whatever the reach (`تستهدف
    /// بها أمن المملكة`); any word counts when this is empty.
    skip: &'static [&'static str],
    /// Objects (normal form, و/ف stripped) that tell the other sense.
    objects: &'static [&'static str],
    /// Objects that tell it only before one of their next words (`المركز الأول`, not `مركز
    /// الشرطة`; `وثيقة افتتاح القناة`, not `وثيقة إعلان القاهرة`).
    ranked: &'static [(&'static [&'static str], &'static [&'static str])],
    /// Words that tell it only right after the trigger, as its subject (`استقبل مطار عدن`).
    first: &'static [&'static str],
}

/// Ordinals (normal form) after which `المركز` is a rank (`احتل المركز الأول`).
const ORDINALS: &[&str] = &[
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "الاخير",
    "الاولي",
    "الثانيه",
    "الثالثه",
    "الاخيره",
    "الاخيرين",
    "المتقدم",
    "المتقدمه",
];

/// Verbs read in their other sense (see [`OtherSense`]). `احتل` + a rank: a place in
/// a table, no occupation. `وقع على وثيقة افتتاح`: a ceremony, no agreement. `استقبل` + a plane,
/// the wounded, requests, or with an airport or a hospital as its subject: a place takes in
/// things or patients, no host receives a visitor. `استهدف` + an abstraction right after it (security, stability,
/// unity, the young as an audience): an aim or a charge, no strike; only right after the verb,
/// since a rank of the object's name may follow further on (`استهدفت دورية أمن`).
const OTHER_SENSES: &[OtherSense] = &[
    OtherSense {
        triggers: &[
            "احتل",
            "احتلت",
            "احتلوا",
            "احتلا",
            "احتلتا",
            "يحتل",
            "تحتل",
            "يحتلون",
            "ليحتل",
            "لتحتل",
            "احتلال",
            "باحتلال",
            "لاحتلال",
        ],
        reach: 4,
        skip: &[],
        objects: &[
            "المرتبه",
            "مرتبه",
            "المراتب",
            "مراتب",
            "الصداره",
            "صداره",
            "الرقم",
            "النسبه",
            "المراكز",
            "مراكز",
        ],
        ranked: &[(&["المركز", "مركز", "الموقع", "موقع"], ORDINALS)],
        first: &[],
    },
    OtherSense {
        triggers: &[
            "استهدف",
            "استهدفت",
            "استهدفوا",
            "يستهدف",
            "تستهدف",
            "يستهدفون",
            "يستهدفان",
            "تستهدفان",
            "استهداف",
            "باستهداف",
            "لاستهداف",
            "مستهدف",
            "مستهدفه",
        ],
        reach: 1,
        skip: &[
            "بها",
            "به",
            "بهم",
            "بهما",
            "في",
            "بخططها",
            "بخططه",
            "بخططهم",
        ],
        objects: &[
            "امن",
            "الامن",
            "امنها",
            "امنه",
            "امنهم",
            "امننا",
            "استقرار",
            "الاستقرار",
            "استقرارها",
            "استقراره",
            "زعزعه",
            "وحده",
            "الوحده",
            "وحدتها",
            "النسيج",
            "نسيج",
            "عقيده",
            "العقيده",
            "عقيدتها",
            "الشباب",
            "شبابها",
            "شبابنا",
            "سمعه",
        ],
        ranked: &[],
        first: &[],
    },
    OtherSense {
        triggers: &[
            "وقع",
            "وقعت",
            "يوقع",
            "توقيع",
            "التوقيع",
            "بالتوقيع",
            "بتوقيع",
            "لتوقيع",
        ],
        reach: 2,
        skip: &["علي"],
        objects: &[],
        ranked: &[(&["وثيقه", "الوثيقه"], OPENINGS)],
        first: &[],
    },
    OtherSense {
        triggers: &[
            "استقبل",
            "استقبلت",
            "يستقبل",
            "تستقبل",
            "استقبال",
            "باستقبال",
            "لاستقبال",
        ],
        reach: 4,
        skip: &[],
        objects: &[
            "طايره",
            "الطايره",
            "طايرات",
            "الطايرات",
            "سفينه",
            "السفينه",
            "شحنه",
            "الشحنه",
            "الجرحي",
            "جرحي",
            "المصابين",
            "مصابين",
            "مصابا",
            "المرضي",
            "مرضي",
            "طلبات",
            "الطلبات",
            "بلاغات",
            "البلاغات",
        ],
        ranked: &[],
        first: &[
            "مطار",
            "ميناء",
            "مستشفي",
            "المستشفي",
            "مستشفيات",
            "المستشفيات",
        ],
    },
];

/// Verbal nouns of opening or starting (normal form) after which a signed `وثيقة` is a
/// ceremony's record, no agreement between parties (`وقع على وثيقة افتتاح القناة`).
const OPENINGS: &[&str] = &[
    "افتتاح",
    "الافتتاح",
    "تشغيل",
    "التشغيل",
    "بدء",
    "تدشين",
    "التدشين",
];

/// Forms of the plural noun `مطالب` "demands" (normal form, و/ف stripped); not `مطالبه`, which
/// is also the verbal noun `مطالبة`.
const DEMANDS_PLURAL: &[&str] = &[
    "مطالب",
    "المطالب",
    "لمطالب",
    "بمطالب",
    "للمطالب",
    "بالمطالب",
    "مطالبهم",
    "مطالبها",
    "مطالبهما",
    "مطالبنا",
    "لمطالبهم",
    "لمطالبها",
];

/// Words of answering or backing (normal form, و/ف stripped) that govern `مطالب` named as
/// someone else's demands (`تجاه مطالب`, `يؤيد مطالب`, `تلبية مطالب`, `الموافقة على المطالب`).
const DEMAND_ANSWERS: &[&str] = &[
    "تجاه",
    "يويد",
    "تويد",
    "ايد",
    "ايدت",
    "تاييد",
    "يساند",
    "تساند",
    "ساند",
    "ساندت",
    "مسانده",
    "يدعم",
    "تدعم",
    "دعم",
    "دعمت",
    "تلبيه",
    "لتلبيه",
    "يلبي",
    "تلبي",
    "لبي",
    "لبت",
    "تنفيذ",
    "لتنفيذ",
    "استجابه",
    "الاستجابه",
    "للاستجابه",
    "استجاب",
    "استجابت",
    "مناقشه",
    "لمناقشه",
    "ناقش",
    "ناقشت",
    "بحث",
    "لبحث",
    "رفض",
    "رفضت",
    "يرفض",
    "ترفض",
    "الموافقه",
    "موافقه",
    "وافق",
    "وافقت",
    "حول",
    "بشان",
];

/// Words back from the trigger within which an opener of condition governs it (`في حال أدين
/// زعيم الحزب المعارض بهذه التهم`: the trigger is the first word; `إذا لم تتخذ الحكومة
/// إجراءات لوقف`: five words).
const CONDITION_REACH: usize = 10;

/// Openers of a condition (normal form, و/ف stripped) that stand alone: `إذا`, `لو`, `لولا`,
/// `طالما` is not one (it tells a fact: "as long as").
const CONDITION_OPENERS: &[&str] = &["اذا", "لو", "لولا"];

/// Relative pronouns (normal form): an act in a relative clause inside a condition is told as
/// a fact.
const RELATIVES: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللذان",
    "اللتان",
    "اللواتي",
    "اللاتي",
];

/// Pronouns and demonstratives (normal form, و/ف stripped) before which `ما لم` is "what …
/// not" (`وهو ما لم تؤكده المصادر`).
const POINTERS: &[&str] = &["هو", "هي", "هذا", "هذه", "ذلك", "تلك", "وهو", "وهي"];

/// Answers of a condition (normal form, with their ف): past them the clause is the answer,
/// which [`super::told`] reads on its own (a future, `قد` + present).
const ANSWERS: &[&str] = &[
    "فان",
    "فانه",
    "فانها",
    "فانهم",
    "فقد",
    "فسوف",
    "فلن",
    "فلا",
    "فحينها",
    "فحينيذ",
    "فعندها",
    "فعلي",
    "فيجب",
    "فانني",
    "فاننا",
];

/// Nouns of risk, fear or possibility (normal form) after which a named act is only feared
/// (`خطر حدوث هجوم`, `خوفا من وقوع`, `تحسبا لهجمات`, `احتمال شن ضربة`).
const FEAR_NOUNS: &[&str] = &[
    "خطر",
    "الخطر",
    "بخطر",
    "لخطر",
    "مخاطر",
    "احتمال",
    "احتمالات",
    "باحتمال",
    "لاحتمال",
    "امكانيه",
    "بامكانيه",
    "لامكانيه",
    "خشيه",
    "خوفا",
    "خوف",
    "تحسبا",
    "مخاوف",
    "المخاوف",
    "تخوف",
    "تخوفا",
    "تخوفات",
    "مخافه",
];

/// Verbs and nouns of fearing or warning (normal form, و/ف stripped) that govern an act after
/// `من` (`حذرت من تدخل عسكري`, `يخشى من اندلاع`).
const FEAR_VERBS: &[&str] = &[
    "حذر",
    "حذرت",
    "حذروا",
    "يحذر",
    "تحذر",
    "يحذرون",
    "نحذر",
    "محذرا",
    "محذره",
    "محذرين",
    "تحذير",
    "تحذيرات",
    "تحذيره",
    "تحذيرها",
    "يخشي",
    "تخشي",
    "يخشون",
    "نخشي",
    "خشي",
    "خشيت",
    "يخاف",
    "تخاف",
    "يخافون",
];

/// Words of a verb's subject that may stand between a verb of warning and its `من` (`حذرت
/// الأجهزة الأمنية من`: two).
const FEAR_SUBJECT_REACH: usize = 3;

/// Nouns of happening (normal form) that may stand between a noun of risk and the act it names
/// (`خطر حدوث هجوم`, `خوفا من وقوع مجزرة`, `احتمال شن ضربة`); with ب/ل too.
const HAPPENING: &[&str] = &[
    "حدوث",
    "وقوع",
    "اندلاع",
    "شن",
    "تنفيذ",
    "قيام",
    "تعرض",
    "تكرار",
    "عوده",
    "تجدد",
];

/// Nouns of intention or plan (normal form, و/ف stripped) after which a named act is only
/// intended (`عزمهم على زيارة طهران`, `نيتها شن عملية`, `خطة لإعادة الانتشار`).
const INTENT_NOUNS: &[&str] = &[
    "عزم",
    "عزمه",
    "عزمها",
    "عزمهم",
    "عزمهما",
    "اعتزام",
    "اعتزامه",
    "اعتزامها",
    "اعتزامهم",
    // (Not `بنيه`, "with the intention": as often the name `بن بنيه`.)
    "نيه",
    "نيته",
    "نيتها",
    "نيتهم",
    "نيتهما",
    "خطه",
    "خططا",
    "خطط",
];

/// Verbs of expecting or judging likely (normal form, و/ف stripped) whose object, a verbal noun
/// right after them, is only expected (`يتوقع انضمام إيران`). (Not `توقع`, `توقعت`: as often
/// "signed" and "she signs".)
const EXPECT_VERBS: &[&str] = &[
    "يتوقع",
    "تتوقع",
    "نتوقع",
    "يتوقعون",
    "متوقعا",
    "متوقعين",
    "توقعات",
    "يرجح",
    "ترجح",
    "نرجح",
    "رجح",
    "رجحت",
    "مرجحا",
];

/// Verbs and verbal nouns of discussing (normal form, و/ف stripped) whose object, a verbal
/// noun shortly after them, is an item on the agenda, no act of its own (`بحث الجانبان وقف
/// إطلاق النار`, `ناقش الاجتماع ملف الانسحاب`, `لبحث التعاون`).
const DISCUSS_WORDS: &[&str] = &[
    "بحث",
    "بحثا",
    "بحثت",
    "يبحث",
    "تبحث",
    "يبحثان",
    "لبحث",
    "ناقش",
    "ناقشا",
    "ناقشت",
    "ناقشوا",
    "يناقش",
    "تناقش",
    "يناقشان",
    "لمناقشه",
    "تباحث",
    "تباحثا",
    "يتباحث",
    "استعرض",
    "استعرضا",
    "استعرضت",
    "يستعرض",
    "تناول",
    "تناولا",
    "تناولت",
    "يتناول",
];

/// Words between a verb of discussing and the item it names (`بحث الوزير مع نظيره وقف`: the
/// item is at most this many words after the verb).
const AGENDA_REACH: usize = 4;

/// Words right before a verbal noun that make it a time or place of the discussing, not its
/// object (`بحث خلال زيارته`, `ناقشا على هامش القمة`): the act happened.
const AGENDA_BREAKS: &[&str] = &[
    "خلال",
    "اثناء",
    "في",
    "هامش",
    "عقب",
    "بعد",
    "قبل",
    "اثر",
    "منذ",
    "بسبب",
    "جراء",
    "الذي",
    "التي",
    "الذين",
    "ان",
];

/// Nouns of meeting that stand as the subject right after a verb of discussing (`بحث اجتماع
/// الوزراء الأزمة`): the meeting is told, not an item.
const MEETING_NOUNS: &[&str] = &[
    "اجتماع",
    "الاجتماع",
    "لقاء",
    "اللقاء",
    "قمه",
    "القمه",
    "موتمر",
    "الموتمر",
    "محادثات",
    "المحادثات",
    "مباحثات",
    "المباحثات",
    "جلسه",
    "الجلسه",
    "اتصال",
    "الاتصال",
];

/// Words between a noun of intention and the act it names (`عزمهم على زيارة`, `خطة لإعادة`:
/// the act is at most this many words after the noun).
const INTENT_REACH: usize = 2;

/// Words before a verbal noun within which a future verb of its clause governs it (`سيعقد
/// لافروف اجتماعا ثلاثيا مع نظيريه الأمريكي والسعودي خلال زيارة`: ten); [`super::told`] reads
/// the first four.
const FUTURE_REACH: usize = 10;

/// Words (normal form, و/ف stripped) between a future verb and a verbal noun past which the noun
/// is no longer what the future verb governs: a relative clause, a clause of `أن` (what will be
/// said), a time before (`بعد`, `عقب`, `إثر`, `منذ`, `قبل`: the act is the time of the future
/// one, told as done), a cause (`بسبب`, `جراء`: "ستقاضي الوزارة الطلاب بسبب اقتحام مبناها").
const FUTURE_BREAKS: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "ان",
    "انه",
    "انها",
    "بان",
    "بانه",
    "لان",
    "بعد",
    "عقب",
    "اثر",
    "منذ",
    "قبل",
    "بعدما",
    "بسبب",
    "جراء",
];

/// True when `t` ends a clause: punctuation other than quote marks and brackets.
fn clause_stop(t: &Token) -> bool {
    t.kind == TokenKind::Punct
        && !matches!(
            t.norm.chars().next(),
            Some('"' | '«' | '»' | '“' | '”' | '(' | ')' | '\'')
        )
}

/// True when `w` (normal form) is in `list` as it is or without its و/ف.
fn listed(list: &[&str], w: &str) -> bool {
    list.contains(&w) || list.contains(&bare(w))
}

/// True when `w` (normal form) is a noun of happening ([`HAPPENING`]), with or without ب/ل.
fn happening(w: &str) -> bool {
    HAPPENING.contains(&w)
        || w.strip_prefix(['ب', 'ل'])
            .is_some_and(|r| HAPPENING.contains(&r))
}

/// Why the event whose trigger is token `i` of `tokens` (its sentence `sentence`; a verbal noun
/// when `noun`) names no act told as having happened, if it does not.
pub(crate) fn not_event(
    tokens: &[Token],
    sentence: Range<usize>,
    i: usize,
    noun: bool,
) -> Option<NotEvent> {
    let word = |k: usize| -> Option<&str> {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    // The clause's first token: back to punctuation or the sentence's start.
    let mut first = i;
    while first > sentence.start && !tokens.get(first - 1).is_some_and(clause_stop) {
        first -= 1;
    }
    if let Some(why) = condition(&word, first, i) {
        return Some(why);
    }
    if other_sense(&word, i, tokens.len().min(sentence.end)) {
        return Some(NotEvent::OtherSense);
    }
    if demands_answered(&word, first, i) {
        return Some(NotEvent::DemandsAnswered);
    }
    if !noun {
        return None;
    }
    // The word before the act, past a noun of happening ("خطر حدوث هجوم").
    let before = i.checked_sub(1).filter(|&k| k >= first);
    let lead = before
        .filter(|&k| word(k).is_some_and(happening))
        .and_then(|k| k.checked_sub(1))
        .filter(|&k| k >= first)
        .or(before);
    if let Some(k) = lead {
        // "خوفا من وقوع مجزرة", "حذرت من تدخل عسكري": past `من`; a verb's subject may
        // stand between ("حذرت الأجهزة الأمنية من هجوم").
        let past_min = (word(k) == Some("من"))
            .then(|| k.checked_sub(1))
            .flatten()
            .filter(|&m| m >= first);
        let fear_verb_before = past_min.is_some_and(|m| {
            (m.saturating_sub(FEAR_SUBJECT_REACH).max(first)..=m)
                .any(|v| word(v).is_some_and(|w| listed(FEAR_VERBS, w)))
        });
        if word(k).is_some_and(|w| listed(FEAR_NOUNS, w))
            || past_min.is_some_and(|m| word(m).is_some_and(|w| listed(FEAR_NOUNS, w)))
            || fear_verb_before
        {
            return Some(NotEvent::Feared);
        }
    }
    // "أعلنوا عزمهم على زيارة طهران", "خطة لإعادة الانتشار".
    if (i.saturating_sub(INTENT_REACH + 1).max(first)..i)
        .any(|k| word(k).is_some_and(|w| listed(INTENT_NOUNS, w)))
    {
        return Some(NotEvent::Intended);
    }
    // "يتوقع انضمام إيران إلى الشبكة".
    if before
        .and_then(word)
        .is_some_and(|w| listed(EXPECT_VERBS, w))
    {
        return Some(NotEvent::Expected);
    }
    // "بحث الجانبان وقف إطلاق النار".
    if agenda_item(&word, first, i) {
        return Some(NotEvent::Agenda);
    }
    // "سيعقد لافروف اجتماعا ثلاثيا مع نظيريه … خلال زيارة عمل لقطر".
    let mut k = i;
    let mut words = 0;
    while k > first && words < FUTURE_REACH {
        k -= 1;
        let Some(w) = word(k) else {
            continue;
        };
        words += 1;
        let b = bare(w);
        if FUTURE_BREAKS.contains(&b) {
            break;
        }
        if future_verb(b) || b == "سوف" {
            return Some(NotEvent::ToCome);
        }
    }
    None
}

/// True when the trigger `i` is a verb of force whose object, before `end` (the sentence's
/// end), tells its other sense ([`OTHER_SENSES`]): `احتل السائح السعودي الرقم الأول`.
fn other_sense<'a>(word: &impl Fn(usize) -> Option<&'a str>, i: usize, end: usize) -> bool {
    let Some(trigger) = word(i) else {
        return false;
    };
    OTHER_SENSES
        .iter()
        .filter(|sense| listed(sense.triggers, trigger))
        .any(|sense| {
            let mut words = 0;
            for k in i + 1..end {
                // Punctuation ends the clause; a word is an object or a word on the way.
                let Some(w) = word(k) else {
                    return false;
                };
                // As it is or without its و/ف (`وثيقة` begins with its own و).
                let is = |list: &[&str]| listed(list, w);
                if is(sense.skip) {
                    continue;
                }
                words += 1;
                if words > sense.reach {
                    return false;
                }
                let ranked = sense.ranked.iter().any(|(heads, next)| {
                    is(heads) && word(k + 1).is_some_and(|n| next.contains(&n))
                });
                if is(sense.objects) || ranked || (words == 1 && is(sense.first)) {
                    return true;
                }
            }
            false
        })
}

/// Words of answering (normal form, و/ف stripped) that govern `مطالب` past `على`
/// (`الموافقة على المطالب`, `ردا على مطالب`).
const DEMAND_ANSWERS_ON: &[&str] = &[
    "الموافقه",
    "موافقه",
    "وافق",
    "وافقت",
    "ردا",
    "رد",
    "الرد",
    "ردت",
];

/// Words back from a coordinated `ومطالب` within which the first `مطالب` of the pair stands
/// (`تجاه مطالب المجتمع الدولي الذي يريد … ومطالب الشعب`).
const DEMANDS_PAIR_REACH: usize = 16;

/// True when the trigger `i` is the plural `مطالب` right after a word of answering or backing
/// ([`DEMAND_ANSWERS`]), or coordinated (`ومطالب`) with such a `مطالب` earlier in its clause
/// (from `first`).
fn demands_answered<'a>(word: &impl Fn(usize) -> Option<&'a str>, first: usize, i: usize) -> bool {
    // "تجاه مطالب", and past `على` "الموافقة على المطالب", "ردا على مطالب".
    let answered = |k: usize| -> bool {
        let Some(p) = k.checked_sub(1).filter(|&p| p >= first) else {
            return false;
        };
        match word(p) {
            Some("علي") => p
                .checked_sub(1)
                .filter(|&q| q >= first)
                .and_then(&word)
                .is_some_and(|q| DEMAND_ANSWERS_ON.contains(&bare(q))),
            Some(w) => DEMAND_ANSWERS.contains(&bare(w)),
            None => false,
        }
    };
    let Some(trigger) = word(i) else {
        return false;
    };
    if !DEMANDS_PLURAL.contains(&bare(trigger)) {
        return false;
    }
    if answered(i) {
        return true;
    }
    if !trigger.starts_with('و') {
        return false;
    }
    // "تجاه مطالب المجتمع الدولي … ومطالب الشعب السوري": the first of the pair.
    (i.saturating_sub(DEMANDS_PAIR_REACH).max(first)..i)
        .rev()
        .find(|&k| word(k).is_some_and(|w| DEMANDS_PLURAL.contains(&bare(w))))
        .is_some_and(answered)
}

/// True when the verbal noun `i` is an item a verb of discussing names ([`DISCUSS_WORDS`]), at
/// most [`AGENDA_REACH`] words before it in its clause (from `first`): not past a time, cause
/// or relative word ([`AGENDA_BREAKS`]), and not a meeting noun right after the verb (its
/// subject).
fn agenda_item<'a>(word: &impl Fn(usize) -> Option<&'a str>, first: usize, i: usize) -> bool {
    let Some(trigger) = word(i) else {
        return false;
    };
    let mut k = i;
    let mut words = 0;
    while k > first && words < AGENDA_REACH {
        k -= 1;
        let Some(w) = word(k) else {
            continue;
        };
        words += 1;
        let b = bare(w);
        if AGENDA_BREAKS.contains(&b) {
            return false;
        }
        if DISCUSS_WORDS.contains(&b) {
            return !(k + 1 == i && MEETING_NOUNS.contains(&bare(trigger)));
        }
    }
    false
}

/// [`NotEvent::Condition`] (or [`NotEvent::Recurring`]) when an opener of condition stands
/// before the trigger `i` in its clause (from `first`), within [`CONDITION_REACH`] words and
/// with no answer between: `إذا`, `لو`, `لولا`, `في حال`/`في حالة`, `إن لم`, `ما لم`; `كلما`.
fn condition<'a>(
    word: &impl Fn(usize) -> Option<&'a str>,
    first: usize,
    i: usize,
) -> Option<NotEvent> {
    let mut k = i;
    let mut words = 0;
    // `قد` seen between the opener and the trigger ("وإذا كان الوزير قد رفض").
    let mut perfect = false;
    while k > first && words < CONDITION_REACH {
        k -= 1;
        let Some(w) = word(k) else {
            continue;
        };
        words += 1;
        // Past an answer the clause is the answer; a relative clause tells a fact ("إذا صوت
        // الناخبون للشروط التي يطالب بها الدائنون").
        if ANSWERS.contains(&w) || RELATIVES.contains(&bare(w)) {
            return None;
        }
        perfect |= w == "قد";
        let b = bare(w);
        if b == "كلما" {
            return Some(NotEvent::Recurring);
        }
        let prev = k.checked_sub(1).filter(|&p| p >= first).and_then(word);
        let in_case = prev.is_some_and(|p| matches!(p, "في" | "وفي"));
        // "في حالة" is also "in a state of" ("في حالة تأهب"): a condition only right before
        // the trigger or before a negation or a noun of happening ("في حالة عدم التزامها").
        let case_of = w == "حاله"
            && (k + 1 == i
                || word(k + 1).is_some_and(|n| matches!(n, "عدم" | "لم") || happening(n)));
        // "وإذا كان نتنياهو قد رفض العروض": "while it is so that", a fact granted; not "ما إذا
        // كان" ("whether").
        let granted = b == "اذا"
            && perfect
            && word(k + 1).is_some_and(|n| n.starts_with("كان"))
            && !prev.is_some_and(|p| matches!(bare(p), "ما" | "عما"));
        // "ما لم" after a pronoun or a demonstrative is "what … not" ("وهو ما لم تؤكده
        // المصادر"), no condition.
        let unless = w == "لم"
            && prev.is_some_and(|p| match bare(p) {
                "ان" => true,
                "ما" => !k
                    .checked_sub(2)
                    .filter(|&q| q >= first)
                    .and_then(word)
                    .is_some_and(|q| POINTERS.contains(&bare(q))),
                _ => false,
            });
        let opener = (CONDITION_OPENERS.contains(&b) && !granted)
            || (in_case && (w == "حال" || case_of))
            || unless;
        if opener {
            return Some(NotEvent::Condition);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::text::tokenize;

    /// The cue for the trigger that is the first word starting with `trigger` of `sentence` (a
    /// verbal noun when `noun`).
    fn cue(sentence: &str, trigger: &str, noun: bool) -> Option<NotEvent> {
        let chars: Vec<char> = sentence.chars().collect();
        let tokens = tokenize(&chars);
        let i = tokens
            .iter()
            .position(|t| t.norm.starts_with(trigger))
            .expect("the test names a trigger of its sentence");
        not_event(&tokens, 0..tokens.len(), i, noun)
    }

    #[test]
    fn a_verb_of_force_in_its_other_sense_is_no_event() {
        for (sentence, trigger) in [
            (
                "واحتل المنتخب الوطني المرتبة الثالثة في البطولة الآسيوية",
                "واحتل",
            ),
            (
                "وقد احتلت الشركة المركز الأول بين المصدرين في المنطقة",
                "احتلت",
            ),
            ("وقال إن هذه العصابات تستهدف أمن البلاد واستقرارها", "تستهدف"),
            (
                "وأكد أن الخلية كانت تستهدف زعزعة الاستقرار في المحافظة",
                "تستهدف",
            ),
            ("وأطلقت الوزارة برنامجا يستهدف الشباب في القرى", "يستهدف"),
            (
                "وقام رئيس الوزراء بالتوقيع على وثيقة افتتاح الميناء الجديد",
                "بالتوقيع",
            ),
            (
                "واستقبل مطار المدينة أمس أول رحلة تجارية منذ شهرين",
                "واستقبل",
            ),
            (
                "وكان المستشفى الجامعي قد استقبل الجرحى بعد الانفجار",
                "استقبل",
            ),
        ] {
            assert_eq!(
                cue(sentence, trigger, false),
                Some(NotEvent::OtherSense),
                "{sentence}"
            );
        }
        // The force itself stays: an occupied town, a struck patrol, a police centre.
        for (sentence, trigger) in [
            ("واحتل المسلحون البلدة بعد معارك عنيفة", "واحتل"),
            ("واحتل المسلحون مركز الشرطة في البلدة", "واحتل"),
            ("واستهدف الهجوم دورية أمن على الطريق الساحلي", "واستهدف"),
            ("واستهدفت الغارة رجال الأمن عند الحاجز", "واستهدفت"),
            (
                "ووقع الوزيران على وثيقة التعاون الدفاعي بين البلدين",
                "ووقع",
            ),
            ("واستقبل الرئيس في المطار نظيره الزائر", "واستقبل"),
        ] {
            assert_eq!(cue(sentence, trigger, false), None, "{sentence}");
        }
    }

    #[test]
    fn demands_the_actor_answers_are_no_demand_of_its_own() {
        for (sentence, trigger) in [
            (
                "وأبدى الوزير تفهمه تجاه مطالب النقابات التي تريد رفع الأجور",
                "مطالب",
            ),
            (
                "وقال رئيس البرلمان إنه يؤيد مطالب المحتجين بإصلاح القضاء",
                "مطالب",
            ),
            (
                "وأعلنت اللجنة الموافقة على المطالب بعد اجتماع طويل",
                "المطالب",
            ),
            (
                "وتحدث عن المرونة تجاه مطالب المعارضة التي تريد من الحكومة التنحي ومطالب الشارع بالتغيير",
                "ومطالب",
            ),
        ] {
            assert_eq!(
                cue(sentence, trigger, true),
                Some(NotEvent::DemandsAnswered),
                "{sentence}"
            );
        }
        // Demands put forward stay: the noun is the act ("رفع المحتجون مطالبهم").
        for (sentence, trigger) in [
            ("ورفع المحتجون مطالب بإقالة المحافظ", "مطالب"),
            ("وسط مطالب دولية بوقف القتال فورا", "مطالب"),
        ] {
            assert_eq!(cue(sentence, trigger, true), None, "{sentence}");
        }
    }

    #[test]
    fn an_act_in_a_clause_of_condition_is_no_event() {
        for (sentence, trigger, noun) in [
            (
                "وقالت الوكالة إنه في حال أدين النائب بالتهم فقد يسجن عشر سنوات",
                "ادين",
                false,
            ),
            (
                "وفي حالة انتهاك الاتفاق تعود العقوبات تلقائيا",
                "انتهاك",
                true,
            ),
            (
                "وقال إن المقاومة لن تتراجع إذا لم تتخذ الأمم المتحدة إجراءات لوقف القصف",
                "القصف",
                true,
            ),
            (
                "ولو شنت الحكومة هجوما على المدينة لسقط مئات الضحايا",
                "هجوما",
                true,
            ),
            (
                "وتعود العقوبات ما لم تنسحب القوات من المنطقة",
                "تنسحب",
                false,
            ),
        ] {
            assert_eq!(
                cue(sentence, trigger, noun),
                Some(NotEvent::Condition),
                "{sentence}"
            );
        }
        assert_eq!(
            cue(
                "ويقول المثل إنه كلما عقد اجتماع للزعماء وقعت أزمة",
                "اجتماع",
                true
            ),
            Some(NotEvent::Recurring)
        );
        // The answer of a condition, an earlier clause, or no condition: not this cue.
        for (sentence, trigger, noun) in [
            ("إذا صح الخبر، فإن الجيش اعتقل القائد", "اعتقل", false),
            (
                "وفي حال التأخر، استقبل الوزير نظيره في مكتبه",
                "استقبل",
                false,
            ),
            (
                "وقصفت الطائرات مواقع المسلحين أمس في المدينة",
                "وقصفت",
                false,
            ),
            (
                "وكان الوزير في حالة غضب بعد اعتقال الصحفيين",
                "اعتقال",
                true,
            ),
            (
                "وإذا كان الوزير قد رفض العرض فإن الحكومة قبلته",
                "رفض",
                false,
            ),
            (
                "وسئل إذا ما كانت الحملة التي استهدفت الخلايا سببا للتفجير",
                "استهدفت",
                false,
            ),
            ("وهو ما لم تؤكده المصادر الرسمية", "توكده", false),
            ("وأعرب بن بنيه عن رفضه للتصريحات", "رفضه", true),
        ] {
            assert_eq!(cue(sentence, trigger, noun), None, "{sentence}");
        }
    }

    #[test]
    fn an_act_feared_warned_of_intended_or_expected_is_no_event() {
        for (sentence, trigger) in [
            ("وحذرت الأجهزة الحكومة من خطر حدوث هجوم على المطار", "هجوم"),
            ("وتأخر الاقتحام خوفا من وقوع مجزرة بحق الأسرى", "مجزره"),
            ("ورفعت الشرطة درجة التأهب تحسبا لهجمات في العاصمة", "لهجمات"),
            ("وحذر الوزير من تدخل عسكري في الجارة الشمالية", "تدخل"),
            ("وناقش البرلمان احتمال شن ضربة على المواقع", "ضربه"),
        ] {
            assert_eq!(
                cue(sentence, trigger, true),
                Some(NotEvent::Feared),
                "{sentence}"
            );
        }
        for (sentence, trigger) in [
            ("وأعلن الوفد عزمه على زيارة العاصمة الشهر المقبل", "زياره"),
            ("وكشفت الحكومة عن خطة لإعادة نشر القوات", "لاعاده"),
        ] {
            assert_eq!(
                cue(sentence, trigger, true),
                Some(NotEvent::Intended),
                "{sentence}"
            );
        }
        assert_eq!(
            cue(
                "وقال الوزير إنه يتوقع انضمام بلاده إلى المنظمة قريبا",
                "انضمام",
                true
            ),
            Some(NotEvent::Expected)
        );
        for (sentence, trigger) in [
            ("وبحث الجانبان وقف الهجمات على المدنيين", "وقف"),
            ("وناقش الوزير مع نظيره انسحاب القوات من المدينة", "انسحاب"),
            ("والتقى الرئيس المبعوث لبحث التعاون العسكري", "التعاون"),
        ] {
            assert_eq!(
                cue(sentence, trigger, true),
                Some(NotEvent::Agenda),
                "{sentence}"
            );
        }
        // The meeting that discusses, and an act at the time of the discussing, are told.
        for (sentence, trigger) in [
            ("وبحث اجتماع الوزراء الأزمة في البلاد", "اجتماع"),
            ("وبحث الوزير خلال زيارة للعاصمة الملف", "زياره"),
        ] {
            assert_eq!(cue(sentence, trigger, true), None, "{sentence}");
        }
        for sentence in [
            "وسيعقد الوزير اجتماعا ثلاثيا مع نظيريه الفرنسي والألماني خلال زيارة عمل للعاصمة",
            "وسوف يرفع المبعوث تقريره إلى المجلس مع أخذ نتائج زيارة الوفد في الاعتبار",
        ] {
            assert_eq!(
                cue(sentence, "زياره", true),
                Some(NotEvent::ToCome),
                "{sentence}"
            );
        }
        // Past a relative clause, `أن` or a time before, the act is told as done.
        for sentence in [
            "وسيستكمل الوزير المباحثات التي أجراها الوفد خلال زيارة سابقة",
            "وستعلن اللجنة نتائجها بعد زيارة الوفد للمنطقة المنكوبة",
            "وسيؤكد البيان أن الوزير بحث خلال زيارة أمس الملف",
            "وستحاسب الحكومة المسؤولين بسبب زيارة الوفد للمعسكر دون إذن",
        ] {
            assert_eq!(cue(sentence, "زياره", true), None, "{sentence}");
        }
        // An act told: no cue.
        for (sentence, trigger) in [
            ("وشنت القوات هجوما على مواقع المسلحين", "هجوما"),
            (
                "ونفذت الطائرات ضربة على مخزن للسلاح بعد زيارة الوزير",
                "زياره",
            ),
            ("وقع الوزيران اتفاقية للتعاون بعد اجتماع مطول", "اجتماع"),
        ] {
            assert_eq!(cue(sentence, trigger, true), None, "{sentence}");
        }
    }
}
