//! A speaker taken from the phrase of a meeting between the speech verb and the quote.
//!
//! News puts where and with whom a person spoke between the verb and the words: `وأكد خلال
//! لقائه نظيره المصري سامي ناصر أن …`، `وقال في مؤتمر صحافي عقده ونظيره الألماني فلان إنه …`،
//! `أعلن بعد لقائه مع نظيره الأمريكي فلان أن …`. The attribution may take the whole phrase for
//! the speaker's words and the person it names for the speaker; but that person is the one met,
//! not the one who spoke (the speaker is the verb's subject, named before it or earlier).
//! [`speaker_met_in_phrase`] tells such a quote, so its speaker and words are taken back.

use rasd_model::Quote;

use crate::events::text;

/// Words (normalized, و/ف stripped) that open a phrase of when or where after a speech verb,
/// which the attribution may take for the speaker's words.
const PHRASE_OPENERS: &[&str] = &["في", "خلال", "عقب", "بعد", "اثناء", "لدي", "امام"];

/// Words of time that may stand before the phrase's opener (normalized): `أمس`، `مساء
/// الثلاثاء`.
const TIME_WORDS: &[&str] = &[
    "امس",
    "اليوم",
    "يوم",
    "اول",
    "الاول",
    "مساء",
    "صباح",
    "السبت",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
];

/// Words of a meeting (normalized): whoever is named after one of them in the phrase is the
/// person met or hosted, not the speaker (`لقائه`، `اجتماعه مع`، `بنظيره`، `جمعه`، `استقباله`).
const MEETING_WORDS: &[&str] = &[
    "لقايه",
    "لقايها",
    "لقاء",
    "لقايهما",
    "اجتماعه",
    "اجتماعها",
    "نظيره",
    "بنظيره",
    "ونظيره",
    "نظيرته",
    "بنظيرته",
    "ونظيرته",
    "مع",
    "جمعه",
    "جمعته",
    "جمعهما",
    "استقباله",
    "استقبالها",
    "مباحثاته",
    "محادثاته",
    "اتصال",
    "اتصاله",
];

/// True when quote `q`'s speaker words open with a phrase of when or where (`خلال`، `عقب`،
/// `في`) that holds a meeting word (see [`MEETING_WORDS`]) before its last word: the person
/// the attribution took, named at the phrase's end, is the one met, not the speaker.
pub(super) fn speaker_met_in_phrase(q: &Quote) -> bool {
    if q.speaker.is_none() {
        return false;
    }
    let Some(words) = q.speaker_text.as_deref() else {
        return false;
    };
    let words: Vec<String> = words
        .split_whitespace()
        .map(|w| text::normalize_word(w.trim_matches(|c: char| !c.is_alphabetic())))
        .collect();
    // (Words of time may come first: `مساء الثلاثاء عقب لقائه …`.)
    let Some(first) = words.iter().find(|w| !TIME_WORDS.contains(&w.as_str())) else {
        return false;
    };
    let first = first
        .strip_prefix('و')
        .filter(|rest| PHRASE_OPENERS.contains(rest))
        .unwrap_or(first);
    PHRASE_OPENERS.contains(&first)
        && words[1..words.len().saturating_sub(1).max(1)]
            .iter()
            .any(|w| MEETING_WORDS.contains(&w.as_str()))
}
