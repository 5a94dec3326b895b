//! Quotes that are no one's words, dropped after a paragraph's quotes are found:
//!
//! - **a name in marks**: marks right after a noun that names a work, an event or a campaign
//!   (`في ندوة «…»`، `تحت شعار "…"`، `بعنوان «…»`، `مهرجان "…"`، `في كتابه «…»`) hold its
//!   title, not speech, even when a speech verb stands before them (`أكد الوزير في ندوة «…»`).
//! - **a rule followed**: reported words credited with `حسب`/`بحسب`/`وفق`/`وفقًا لـ`/`طبقًا لـ`/
//!   `بموجب` whose source is a rule, plan or standard (`وفق المعايير التي توصي بها المنظمة`،
//!   `حسب توجيهات الأمير`، `بحسب الخطة`) tell what is done in accordance with it: the
//!   clause is the writer's narration, not what the rule's author said.

use std::sync::OnceLock;

use rasd_model::Quote;

use crate::events::text::normalize_word;

/// Nouns that name a work, event or campaign whose title follows in marks: seminar, lecture,
/// workshop, conference, forum, festival, exhibition, campaign, initiative, programme, project,
/// slogan, title, book, novel, collection, poem, song, film, series, play, prize, contest,
/// hashtag, app, article. Matched without clitics (`و`، `ب`، `ل`، `ال`) or a possessive suffix.
const WORK_NOUNS: &[&str] = &[
    "ندوة",
    "محاضرة",
    "ورشة",
    "مؤتمر",
    "ملتقى",
    "منتدى",
    "مهرجان",
    "معرض",
    "حملة",
    "مبادرة",
    "برنامج",
    "مشروع",
    "شعار",
    "عنوان",
    "كتاب",
    "رواية",
    "ديوان",
    "قصيدة",
    "أغنية",
    "فيلم",
    "مسلسل",
    "مسرحية",
    "جائزة",
    "مسابقة",
    "هاشتاق",
    "هاشتاغ",
    "وسم",
    "تطبيق",
    "مقال",
    "مقالة",
];

/// Nouns of a rule, plan or standard that something is done in accordance with: directives,
/// instructions, principles, standards, guides, schedule, classification, system, regulations,
/// bylaw, plan, conditions, controls, rules, mechanism, requirements, procedures,
/// specifications, recommendations, law.
const RULE_NOUNS: &[&str] = &[
    "توجيهات",
    "توجيه",
    "تعليمات",
    "مبادئ",
    "معايير",
    "أدلة",
    "دليل",
    "جدول",
    "تصنيف",
    "نظام",
    "أنظمة",
    "لوائح",
    "لائحة",
    "خطة",
    "شروط",
    "ضوابط",
    "قواعد",
    "آلية",
    "اشتراطات",
    "إجراءات",
    "مواصفات",
    "توصيات",
    "قانون",
    "قوانين",
];

/// Credit words before a source: according to, in accordance with, under.
const CREDIT_WORDS: &[&str] = &[
    "حسب",
    "بحسب",
    "وبحسب",
    "وحسب",
    "وفق",
    "ووفق",
    "بموجب",
    "وبموجب",
];

/// Credit words that take the source glued to `لـ`: in accordance with.
const CREDIT_WORDS_WITH_LI: &[&str] = &["وفقا", "ووفقا", "طبقا", "وطبقا", "تبعا"];

/// Opening quotation marks.
const OPENING_MARKS: &[char] = &['«', '“', '"', '”'];

/// True when `quote`, found in the paragraph `para`, is no one's words: a title in marks after a
/// noun naming a work or event, or a clause credited to a rule it follows (see the module doc).
pub(super) fn not_said(para: &str, quote: &Quote) -> bool {
    if quote.direct {
        title_in_marks(para, quote)
    } else {
        credited_to_a_rule(para, quote)
    }
}

/// True when the quote's text stands in marks right after a noun of [`WORK_NOUNS`] and holds
/// at most twelve words (a title, not a speech).
fn title_in_marks(para: &str, quote: &Quote) -> bool {
    if quote.text.split_whitespace().count() > 12 {
        return false;
    }
    para.match_indices(quote.text.as_str()).any(|(at, _)| {
        let before = para[..at].trim_end();
        let Some(mark_less) = before.strip_suffix(OPENING_MARKS) else {
            return false;
        };
        mark_less
            .split_whitespace()
            .next_back()
            .is_some_and(names_a_work)
    })
}

/// True when `word` is one of [`WORK_NOUNS`], maybe with a conjunction, a preposition, the
/// article or a possessive pronoun (`لمهرجان`، `بعنوان`، `كتابه`، `والحملة`).
fn names_a_work(word: &str) -> bool {
    let norm = normalize_word(word);
    normal_lists().work.iter().any(|noun| {
        clitic_free_forms(&norm).any(|form| {
            form == noun
                || ["ه", "ها", "هم"]
                    .iter()
                    .any(|suffix| form.strip_suffix(suffix) == Some(noun.as_str()))
        })
    })
}

/// `norm` and its forms without a leading conjunction (`و`، `ف`), a preposition (`ب`، `ل`، `ك`)
/// and the article (`ال`, also `لل`).
fn clitic_free_forms(norm: &str) -> impl Iterator<Item = &str> {
    let conj = [norm, norm.strip_prefix('و').unwrap_or(norm)];
    conj.into_iter().flat_map(|w| {
        let prep = [
            w,
            w.strip_prefix('ب').unwrap_or(w),
            w.strip_prefix('ل').unwrap_or(w),
            w.strip_prefix('ك').unwrap_or(w),
        ];
        prep.into_iter().flat_map(|p| {
            [
                p,
                p.strip_prefix("ال")
                    .or_else(|| p.strip_prefix('ل'))
                    .unwrap_or(p),
            ]
        })
    })
}

/// True when the words naming the quote's source open with a noun of [`RULE_NOUNS`] (maybe glued
/// to `لـ`) right after a credit word of [`CREDIT_WORDS`] or [`CREDIT_WORDS_WITH_LI`] (a `ما` or
/// a separate `لـ` may come between).
fn credited_to_a_rule(para: &str, quote: &Quote) -> bool {
    let Some(source) = quote.speaker_text.as_deref() else {
        return false;
    };
    let Some(first) = source.split_whitespace().next() else {
        return false;
    };
    if !rule_noun(first) && !first.strip_prefix('ل').is_some_and(rule_noun) {
        return false;
    }
    para.match_indices(source).any(|(at, _)| {
        para[..at]
            .split_whitespace()
            .rev()
            .find(|w| !matches!(*w, "ما" | "لـ" | "ل"))
            .is_some_and(|w| {
                let w = normalize_word(w);
                normal_lists().credit.contains(&w)
            })
    })
}

/// True when `word` is one of [`RULE_NOUNS`], maybe with the article (`المعايير`، `الخطة`).
fn rule_noun(word: &str) -> bool {
    let norm = normalize_word(word);
    let form = norm.strip_prefix("ال").unwrap_or(&norm);
    normal_lists().rule.iter().any(|noun| noun == form)
}

/// The word lists in normal form, normalized once (the lists are written as spelled).
struct NormalLists {
    /// [`WORK_NOUNS`].
    work: Vec<String>,
    /// [`RULE_NOUNS`].
    rule: Vec<String>,
    /// [`CREDIT_WORDS`] and [`CREDIT_WORDS_WITH_LI`].
    credit: Vec<String>,
}

/// The shared [`NormalLists`].
fn normal_lists() -> &'static NormalLists {
    static LISTS: OnceLock<NormalLists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let normal = |list: &[&str]| list.iter().map(|w| normalize_word(w)).collect();
        NormalLists {
            work: normal(WORK_NOUNS),
            rule: normal(RULE_NOUNS),
            credit: CREDIT_WORDS
                .iter()
                .chain(CREDIT_WORDS_WITH_LI)
                .map(|w| normalize_word(w))
                .collect(),
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::events::engine::tests::run_on;
    use rasd_model::EntityType::{Organization as O, Person as P};

    #[test]
    fn the_title_of_a_seminar_in_marks_is_no_quote() {
        let text = "أكد الباحث سالم العتيبي، في ندوة «تاريخ الخط في الجزيرة»، أن «المخطوطات القديمة تحتاج إلى عناية كبيرة من المكتبات».";
        let (quotes, _) = run_on(text, &[("سالم العتيبي", P, Some("SAU"), &["العتيبي"])]);
        let texts: Vec<&str> = quotes.iter().map(|q| q.text.as_str()).collect();
        assert!(!texts.contains(&"تاريخ الخط في الجزيرة"), "{quotes:#?}");
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("المخطوطات القديمة تحتاج")),
            "{quotes:#?}"
        );
    }

    #[test]
    fn a_slogan_festival_or_initiative_name_in_marks_is_no_quote() {
        for text in [
            "وتقام الدورة الجديدة تحت شعار «الرمان ثروة الوادي»، وقال فهد الزامل إن المهرجان يستقبل الزوار مساء كل يوم.",
            "وأوضح فهد الزامل، في كلمته خلال افتتاح مهرجان «الرمان ثروة الوادي»، أن الزوار تجاوزوا عشرة آلاف.",
            "وأشار فهد الزامل إلى مبادرة «الرمان ثروة الوادي» التي أطلقتها اللجنة هذا العام.",
        ] {
            let (quotes, _) = run_on(text, &[("فهد الزامل", P, Some("SAU"), &["الزامل"])]);
            assert!(
                quotes.iter().all(|q| q.text != "الرمان ثروة الوادي"),
                "{text}\n{quotes:#?}"
            );
        }
    }

    #[test]
    fn a_clause_done_according_to_a_body_s_rules_is_not_its_words() {
        let who = ("هيئة المواصفات", O, Some("SAU"), &[][..]);
        let text =
            "وتجري المصانع فحوصا دورية على منتجاتها وفق المعايير التي تعتمدها هيئة المواصفات.";
        let (quotes, _) = run_on(text, &[who]);
        assert!(quotes.is_empty(), "{quotes:#?}");
        // A body's report still speaks for it.
        let text =
            "وارتفعت صادرات المصانع بنسبة عشرة في المئة خلال العام، بحسب تقرير هيئة المواصفات.";
        let (quotes, _) = run_on(text, &[who]);
        assert_eq!(quotes.len(), 1, "{quotes:#?}");
    }
}
