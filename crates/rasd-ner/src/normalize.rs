//! The small Arabic folding the tagger's features and gazetteer keys are built on.
//!
//! Mappings (each with an example):
//! - alef with hamza or madda, alef wasla → bare alef: `أحمد` → `احمد`, `آسيمي` → `اسيمي`;
//! - alef maqsura → yeh: `موسى` → `موسي`;
//! - teh marbuta → heh: `مدينة` → `مدينه`;
//! - Persian/Urdu kaf and yeh → Arabic: `ک` → `ك`, `ی` → `ي`;
//! - harakat, tanwin, shadda, sukun, dagger alef and tatweel are dropped: `مُحَمَّد` → `محمد`;
//! - Arabic-Indic and extended digits → ASCII: `٢٠٢٥` → `2025`;
//! - ASCII letters are lowercased; invisible marks (ZWNJ, ZWJ, LRM, RLM) dropped.
//!
//! Known false friends: `ة`/`ه` folding merges a few word pairs (`عامة`/`عامه`), which costs
//! nothing here since both spellings mean the same in news text.

/// Folds `s` into `out` (cleared first). See the module doc for the mappings.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    out.clear();
    for c in s.chars() {
        let mapped = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ی' => 'ي',
            'ة' => 'ه',
            'ک' => 'ك',
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => continue,
            '\u{200B}'..='\u{200F}' | '\u{FEFF}' => continue,
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            'A'..='Z' => c.to_ascii_lowercase(),
            _ => c,
        };
        out.push(mapped);
    }
}

/// Folds Arabic spelling variants (see the module doc): `الأمريكيّة` → `الامريكيه`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Proclitic sequences that end in the article, longest first (folded spelling).
const ARTICLE_CLITICS: [&str; 11] = [
    "وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
];

/// Strips a proclitic sequence ending in the article (`وال`, `بال`, `لل`, `ال`…) from a folded
/// word, keeping at least two letters: `والرئيس` → `رئيس`, `للامم` → `امم`, `الا` → `الا`.
/// Returns the stem and the stripped prefix.
pub fn strip_article_clitics(folded: &str) -> (&str, &str) {
    for p in ARTICLE_CLITICS {
        if let Some(rest) = folded.strip_prefix(p) {
            if rest.chars().nth(1).is_some() {
                return (rest, &folded[..p.len()]);
            }
        }
    }
    (folded, "")
}

/// Stems a word may hide behind one or two single-letter proclitics (و ف, then ب ل ك), each
/// with the article also stripped; the word itself comes first. At most 3 candidates.
pub(crate) fn clitic_candidates(folded: &str) -> impl Iterator<Item = &str> {
    let first = strip_article_clitics(folded).0;
    let mut second = None;
    let mut third = None;
    let mut rest = folded;
    let mut chars = rest.chars();
    if let Some(c) = chars.next() {
        if matches!(c, 'و' | 'ف') && chars.clone().nth(2).is_some() {
            rest = chars.as_str();
            second = Some(strip_article_clitics(rest).0);
            let mut chars = rest.chars();
            if let Some(c2) = chars.next() {
                if matches!(c2, 'ب' | 'ل' | 'ك') && chars.clone().nth(2).is_some() {
                    third = Some(strip_article_clitics(chars.as_str()).0);
                }
            }
        } else if matches!(c, 'ب' | 'ل' | 'ك') && chars.clone().nth(2).is_some() {
            second = Some(strip_article_clitics(chars.as_str()).0);
        }
    }
    std::iter::once(first)
        .chain(second.filter(|s| *s != first))
        .chain(third)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_hamza_yeh_teh_and_marks() {
        assert_eq!(fold("أَحْمَد"), "احمد");
        assert_eq!(fold("إيمان آسيمي"), "ايمان اسيمي");
        assert_eq!(fold("موسى"), "موسي");
        assert_eq!(fold("المدينة"), "المدينه");
        assert_eq!(fold("مــالي"), "مالي");
        assert_eq!(fold("٢٠٢٥ AFP"), "2025 afp");
    }

    #[test]
    fn strips_article_clitics_but_keeps_two_letters() {
        assert_eq!(strip_article_clitics("والرييس"), ("رييس", "وال"));
        assert_eq!(strip_article_clitics("للامم"), ("امم", "لل"));
        assert_eq!(strip_article_clitics("الا"), ("الا", ""));
        assert_eq!(strip_article_clitics("مالي"), ("مالي", ""));
    }

    #[test]
    fn lists_clitic_candidates() {
        let c: Vec<_> = clitic_candidates("وبغداد").collect();
        assert_eq!(c, vec!["وبغداد", "بغداد", "غداد"]);
        let c: Vec<_> = clitic_candidates("بالعراق").collect();
        assert_eq!(c, vec!["عراق"]);
        let c: Vec<_> = clitic_candidates("وزير").collect();
        assert_eq!(c, vec!["وزير", "زير"]);
        let c: Vec<_> = clitic_candidates("في").collect();
        assert_eq!(c, vec!["في"]);
    }
}
