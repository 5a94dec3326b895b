//! Proclitics of Arabic words: the conjunctions `و` `ف`, the prepositions `ب` `ك` `ل`, and the
//! article `ال` (written `لل` after `ل`), alone or stacked (`وال`, `بال`, `ولل`, `وبال`…).
//!
//! Without a lexicon, a letter at the start of a word cannot be told from a proclitic
//! (`وزير` is one word, `وزار` is `و` + `زار`). So [`split_proclitics`] never guesses:
//!
//! - a prefix with the article (`ال`, `لل`, `وال`, `فال`, `بال`, `كال`, `ولل`, `فلل`,
//!   `وبال`, `فبال`) is split when the stem keeps at least 2 letters (3 when a letter comes
//!   before `ال`: `والدة` stays whole), the article's alef is written bare (`ا` or `ٱ`, never
//!   `أ` `إ` `آ`: `ألمانيا` stays whole), and the word is not in the exceptions list;
//! - a bare letter (`و` `ف` `ب` `ل`, and `و`/`ف` + `ب`/`ل`) is split only when what follows is a
//!   closed-class word from a fixed list (pronouns, particles, demonstratives:
//!   `وهو` → `و` + `هو`, `لهم` → `ل` + `هم`, `فإن` → `ف` + `إن`); `ك` alone never is (`كان`).
//!
//! Callers that have a lexicon (a gazetteer of names) can try every plausible split with
//! [`proclitic_candidates`] and keep the one whose stem they know (`وباماكو` → `باماكو`).
//!
//! ```
//! use rasd_text::clitics::split_proclitics;
//!
//! assert_eq!(split_proclitics("والكتاب"), ("وال", "كتاب"));
//! assert_eq!(split_proclitics("وَلِلْمَدِينَةِ"), ("وَلِلْ", "مَدِينَةِ"));
//! assert_eq!(split_proclitics("وزير"), ("", "وزير"));
//! assert_eq!(split_proclitics("والد"), ("", "والد"));
//! assert_eq!(split_proclitics("وهو"), ("و", "هو"));
//! ```

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::normalize::{normalize, Profile};
use crate::token::is_arabic_mark;

/// Splits `word` into its proclitics and the stem, conservatively (see the module doc).
/// Both are slices of `word`; the prefix is empty when nothing is split. Diacritics stay with
/// the letter they follow (`وَالْكِتَاب` → `وَالْ` + `كِتَاب`).
pub fn split_proclitics(word: &str) -> (&str, &str) {
    let Some(letters) = Letters::of(word) else {
        return ("", word);
    };
    if EXCEPTIONS.contains(letters.norm.as_str()) {
        return ("", word);
    }
    for &(prefix, kind) in PREFIXES {
        let n = prefix.chars().count();
        if !letters.starts_with(prefix) || !letters.article_alef_is_bare(prefix) {
            continue;
        }
        let stem_letters = letters.len() - n;
        let ok = match kind {
            Kind::Article => stem_letters >= 2 && (n <= 2 || stem_letters >= 3),
            Kind::Letter => {
                let stem = letters.norm_from(n);
                stem_letters >= 1 && kind_allows_stem(prefix, stem)
            }
        };
        if ok {
            return letters.split_at(word, n);
        }
    }
    ("", word)
}

/// Every plausible split of `word` (prefix, stem), longest prefix first, ending with the
/// whole word (`("", word)`): for callers that check stems against a lexicon. A split is
/// plausible when the prefix is a proclitic combination, the stem keeps at least 2 letters,
/// an article's alef is written bare, and the word is not in the exceptions list.
pub fn proclitic_candidates(word: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    if let Some(letters) = Letters::of(word) {
        if !EXCEPTIONS.contains(letters.norm.as_str()) {
            for &(prefix, _) in PREFIXES {
                let n = prefix.chars().count();
                if letters.starts_with(prefix)
                    && letters.article_alef_is_bare(prefix)
                    && letters.len() >= n + 2
                {
                    out.push(letters.split_at(word, n));
                }
            }
        }
    }
    out.push(("", word));
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The prefix holds the article.
    Article,
    /// Only conjunctions and prepositions.
    Letter,
}

/// Proclitic combinations, longest first (normalized letters).
const PREFIXES: &[(&str, Kind)] = &[
    ("وبال", Kind::Article),
    ("فبال", Kind::Article),
    ("ولل", Kind::Article),
    ("فلل", Kind::Article),
    ("وال", Kind::Article),
    ("فال", Kind::Article),
    ("بال", Kind::Article),
    ("كال", Kind::Article),
    ("لل", Kind::Article),
    ("ال", Kind::Article),
    ("وب", Kind::Letter),
    ("فب", Kind::Letter),
    ("ول", Kind::Letter),
    ("فل", Kind::Letter),
    ("و", Kind::Letter),
    ("ف", Kind::Letter),
    ("ب", Kind::Letter),
    ("ل", Kind::Letter),
];

/// Closed-class words that follow a conjunction (Search-normalized).
const AFTER_CONJ: &[&str] = &[
    "هو",
    "هي",
    "هم",
    "هن",
    "هما",
    "انا",
    "نحن",
    "انت",
    "انتم",
    "ان",
    "انه",
    "انها",
    "انهم",
    "لا",
    "لم",
    "لن",
    "ما",
    "من",
    "في",
    "علي",
    "الي",
    "عن",
    "مع",
    "قد",
    "كان",
    "كانت",
    "كانوا",
    "ليس",
    "هذا",
    "هذه",
    "هولاء",
    "ذلك",
    "تلك",
    "هناك",
    "هنا",
    "ثم",
    "لكن",
    "حتي",
    "اذا",
    "اذ",
    "لذلك",
    "بعد",
    "قبل",
    "عند",
    "منذ",
    "او",
    "كل",
    "بين",
    "غير",
    "يجب",
    "لقد",
    "اما",
    "اي",
    "التي",
    "الذي",
    "الذين",
    "مثل",
    "خلال",
    "حيث",
    "كما",
    "لان",
    "بينما",
    "رغم",
    "عبر",
];

/// Closed-class words and pronoun suffixes that follow `ب` or `ل` (Search-normalized).
const AFTER_PREP: &[&str] = &[
    "ه",
    "ها",
    "هم",
    "هما",
    "هن",
    "نا",
    "ي",
    "ك",
    "كما",
    "هذا",
    "هذه",
    "هولاء",
    "ذلك",
    "تلك",
    "ما",
    "من",
];

fn kind_allows_stem(prefix: &str, stem: &str) -> bool {
    let last = prefix.chars().next_back();
    match last {
        Some('و' | 'ف') => AFTER_CONJ.contains(&stem),
        // `بكم` is "how much" while `لكم` is "to you"; `لما` is "when", `بما` is "with what".
        Some('ب') => AFTER_PREP.contains(&stem) && stem != "كما",
        Some('ل') => (AFTER_PREP.contains(&stem) || stem == "كم") && stem != "ما",
        _ => false,
    }
}

/// Words that begin like a proclitic but are whole words (Search-normalized). Compiled from
/// common Arabic vocabulary and foreign names; extend it when a wrong split shows up.
static EXCEPTIONS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    const WORDS: &str = "
        الله اللهم التي الذي الذين اللذان اللتان اللذين اللتين اللاتي اللايي اللواتي الا الي الف
        الفا الم الان الماني المانيا المانيه البانيا الباني الاسكا القي القت القوا القاء الغي الغت
        الغاء الزام المح المحت التزام التزامات التزامه التزامها التقاء التفاف التحاق التماس التباس
        التهاب التقاط التحام التفات التقي التقت التقوا التقيا التحق التحقت التحقوا التزم التزمت
        التزموا التمس التفت التقط التقطت الف
        والد والده والدي والدين والدان والدته والدها والدهم والديه والدتي والدتها والداي
        والي والاس والت والتر والتون والاستون والنسيا
        بالغ بالغه بالغا بالغين بالغون بالون بالونات بالي باليه بالتيمور بالما بالاو
        فالح فالنتين فالنسيا فالكون فالديز
        كالسيوم كاليفورنيا كالينينغراد كالاماتا كالكوتا كالفن
        للي لله
        فقد فهم واو فاو
    ";
    WORDS
        .split_whitespace()
        .map(|w| normalize(w, Profile::Search))
        .collect()
});

/// The letters of a word: each with its Search-normalized form, whether it was a hamzated
/// alef, and its byte offset in the word.
struct Letters {
    /// (normalized letter, hamzated alef in the original, byte offset)
    letters: Vec<(char, bool, usize)>,
    /// The normalized letters as a string.
    norm: String,
}

impl Letters {
    /// None for words with chars this module does not handle (presentation forms, Latin).
    fn of(word: &str) -> Option<Letters> {
        // Most words cannot start with a proclitic: answer those without allocating.
        let first = word.chars().find(|&c| !is_arabic_mark(c))?;
        if !matches!(first, 'و' | 'ف' | 'ب' | 'ك' | 'ل' | 'ا' | 'ٱ') {
            return None;
        }
        let search = Profile::Search.normalizer();
        let mut letters = Vec::with_capacity(word.len() / 2);
        let mut norm = String::with_capacity(word.len());
        for (i, c) in word.char_indices() {
            if is_arabic_mark(c) || matches!(c, '\u{200C}' | '\u{200D}') {
                continue;
            }
            if !matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D5}') {
                return None;
            }
            let hamzated = matches!(c, 'أ' | 'إ' | 'آ');
            let Some(Some(l)) = search.map_char(c) else {
                return None;
            };
            letters.push((l, hamzated, i));
            norm.push(l);
        }
        (!letters.is_empty()).then_some(Letters { letters, norm })
    }

    fn len(&self) -> usize {
        self.letters.len()
    }

    fn starts_with(&self, prefix: &str) -> bool {
        self.norm.starts_with(prefix)
    }

    /// The normalized letters from letter `n` on.
    fn norm_from(&self, n: usize) -> &str {
        let byte = self
            .norm
            .char_indices()
            .nth(n)
            .map_or(self.norm.len(), |(b, _)| b);
        self.norm.get(byte..).unwrap_or_default()
    }

    /// For a prefix holding `ال`, whether that alef is written bare in the original.
    fn article_alef_is_bare(&self, prefix: &str) -> bool {
        match prefix.chars().position(|c| c == 'ا') {
            Some(k) => self
                .letters
                .get(k)
                .is_some_and(|&(_, hamzated, _)| !hamzated),
            None => true,
        }
    }

    /// Splits `word` before letter `n` (the diacritics after letter `n - 1` stay in the prefix).
    fn split_at<'w>(&self, word: &'w str, n: usize) -> (&'w str, &'w str) {
        let cut = self.letters.get(n).map_or(word.len(), |&(_, _, b)| b);
        match (word.get(..cut), word.get(cut..)) {
            (Some(p), Some(s)) => (p, s),
            _ => ("", word),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_prefixes_split() {
        for (word, prefix, stem) in [
            ("الكتاب", "ال", "كتاب"),
            ("والكتاب", "وال", "كتاب"),
            ("فالأمر", "فال", "أمر"),
            ("بالمدينة", "بال", "مدينة"),
            ("كالعادة", "كال", "عادة"),
            ("للرئيس", "لل", "رئيس"),
            ("وللمرة", "ولل", "مرة"),
            ("وبالتالي", "وبال", "تالي"),
            ("ٱلرحمن", "ٱل", "رحمن"),
            ("الـمدينة", "الـ", "مدينة"),
        ] {
            assert_eq!(split_proclitics(word), (prefix, stem), "{word}");
        }
    }

    #[test]
    fn never_over_splits() {
        for word in [
            "وزير",
            "فرنسا",
            "بلد",
            "كلمة",
            "لبنان",
            "والد",
            "والدة",
            "والدته",
            "بالغ",
            "الله",
            "التي",
            "الذي",
            "إلى",
            "ألمانيا",
            "ألف",
            "كان",
            "كتاب",
            "لكن",
            "بين",
            "فقط",
            "الم",
            "التقى",
            "التزام",
            "لكن",
            "لما",
            "فقد",
            "واو",
            "كاليفورنيا",
            "وكالة",
            "وكالات",
            "ولد",
            "ال",
            "و",
            "بالون",
        ] {
            assert_eq!(split_proclitics(word), ("", word), "{word}");
        }
    }

    #[test]
    fn closed_class_words_split_off_letters() {
        for (word, prefix, stem) in [
            ("وهو", "و", "هو"),
            ("فإن", "ف", "إن"),
            ("لهم", "ل", "هم"),
            ("بذلك", "ب", "ذلك"),
            ("ولهذا", "ول", "هذا"),
            ("وفي", "و", "في"),
            ("وعلى", "و", "على"),
        ] {
            assert_eq!(split_proclitics(word), (prefix, stem), "{word}");
        }
    }

    #[test]
    fn diacritics_stay_with_their_letter() {
        assert_eq!(split_proclitics("وَالْكِتَابُ"), ("وَالْ", "كِتَابُ"));
    }

    proptest::proptest! {
        #[test]
        fn splits_are_slices_that_join_back(word in "[\u{0621}-\u{0655}\u{0671}\u{0640}a-z]{0,12}") {
            let (prefix, stem) = split_proclitics(&word);
            proptest::prop_assert_eq!(format!("{prefix}{stem}"), word.clone());
            proptest::prop_assert!(prefix.is_empty() || !stem.is_empty());
            for (p, s) in proclitic_candidates(&word) {
                proptest::prop_assert_eq!(format!("{p}{s}"), word.clone());
            }
        }
    }

    #[test]
    fn candidates_offer_every_plausible_split() {
        assert_eq!(
            proclitic_candidates("وباماكو"),
            vec![("وب", "اماكو"), ("و", "باماكو"), ("", "وباماكو")]
        );
        assert_eq!(proclitic_candidates("والد"), vec![("", "والد")]);
        assert_eq!(proclitic_candidates("hello"), vec![("", "hello")]);
    }
}
