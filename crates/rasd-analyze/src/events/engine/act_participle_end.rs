//! Reported speech ends before a circumstantial participle of the speaker's act.
//!
//! `أوضح الوزير أن اللجان تبذل جهودها، مشيدا بما حققته …`، `… أن الموسم كان ناجحا، متمنيا
//! التوفيق للجميع`، `… ، داعيا المولى أن …`: after a comma, a participle such as `مشيدا`
//! (praising), `مطالبا` (demanding), `داعيا`, `معربا عن`, `مثمنا` tells in the writer's words
//! what else the speaker did; the reported clause ended at the comma. The engine already ends a
//! quote before a participle of saying (`، مضيفا أن …` opens new words); this pass cuts the
//! participles of acts and attitudes that it carries on past.

use rasd_model::Quote;

use crate::events::text::normalize_word;

/// Circumstantial participles (masculine singular, folded as [`normalize_word`] folds) that,
/// right after a comma, open the writer's account of what the speaker did next: praising,
/// demanding, wishing, expressing, valuing, calling (on God or people), showing, appealing,
/// criticizing, accusing, welcoming, threatening, lauding, reviewing, citing,
/// urging, directing (thanks), expecting, deeming likely or unlikely, proposing, asking,
/// attributing, correcting oneself. Feminine and plural forms are matched too.
const ACT_PARTICIPLES: &[&str] = &[
    "مشيد",
    "مطالب",
    "متمني",
    "معرب",
    "مثمن",
    "داعي",
    "مبدي",
    "معبر",
    "مناشد",
    "منتقد",
    "متهم",
    "مرحب",
    "متوعد",
    "ممتدح",
    "مستعرض",
    "مستشهد",
    "مهيب",
    "موجه",
    "متوقع",
    "مرجح",
    "مستبعد",
    "مقترح",
    "متسائل",
    "مرجع",
    "مستدرك",
];

/// Endings a participle of [`ACT_PARTICIPLES`] takes (folded): the accusative `ا` (with or
/// without its tanween, which folding drops), feminine `ه`/`ة`, duals and plurals.
const ENDINGS: &[&str] = &["ا", "ه", "ين", "ون", "ان", "تين", "تان", "ات"];

/// Fewest words the reported clause keeps before the cut: a shorter head is left whole.
const MIN_WORDS_KEPT: usize = 3;

/// Cuts each reported (not direct) quote's text before the first comma that a participle of
/// [`ACT_PARTICIPLES`] follows (see the module doc).
pub(super) fn end_before_act_participles(quotes: &mut [Quote]) {
    for quote in quotes.iter_mut().filter(|q| !q.direct) {
        if let Some(cut) = act_participle_cut(&quote.text) {
            quote.text.truncate(cut);
            let kept = quote.text.trim_end_matches([' ', '،', ',']).len();
            quote.text.truncate(kept);
        }
    }
}

/// The byte offset of the first comma in `text` followed by an act participle, when at least
/// [`MIN_WORDS_KEPT`] words come before it and no quotation mark is open there (`… «خففت من
/// سقف مطالبها، مطالبة بخروج …»`: the marks hold someone's words, which go on).
fn act_participle_cut(text: &str) -> Option<usize> {
    text.char_indices()
        .filter(|&(_, c)| c == '،' || c == ',')
        .find(|&(at, c)| {
            let next_word = text[at + c.len_utf8()..]
                .split_whitespace()
                .next()
                .unwrap_or("");
            is_act_participle(next_word)
                && text[..at].split_whitespace().count() >= MIN_WORDS_KEPT
                && !inside_marks(&text[..at])
        })
        .map(|(at, _)| at)
}

/// True when a quotation mark opened in `head` is not yet closed: more `«`/`“` than `»`/`”`, or
/// an odd number of straight `"`.
fn inside_marks(head: &str) -> bool {
    let count = |set: &[char]| head.chars().filter(|c| set.contains(c)).count();
    count(&['«', '“']) > count(&['»', '”']) || count(&['"']) % 2 == 1
}

/// True for a participle of [`ACT_PARTICIPLES`] in any of its [`ENDINGS`], maybe after `و`.
fn is_act_participle(word: &str) -> bool {
    let folded = normalize_word(word);
    let bare = folded.strip_prefix('و').unwrap_or(&folded);
    [folded.as_str(), bare].iter().any(|w| {
        ACT_PARTICIPLES.iter().any(|stem| {
            w.strip_prefix(stem)
                .is_some_and(|rest| ENDINGS.contains(&rest))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::is_act_participle;
    use crate::events::engine::tests::run_on;
    use rasd_model::EntityType::Person as P;

    const MINISTER: (&str, rasd_model::EntityType, Option<&str>, &[&str]) =
        ("سامي ناصر", P, None, &["ناصر"]);

    #[test]
    fn reported_words_end_before_a_participle_of_the_speaker_s_act() {
        for (text, said) in [
            (
                "وأوضح الوزير سامي ناصر أن الفرق الميدانية تعمل ليلا ونهارا، مشيدا بما أنجزته خلال الأسبوع الماضي.",
                "الفرق الميدانية تعمل ليلا ونهارا",
            ),
            (
                "وأكد سامي ناصر أن الموسم الزراعي كان ناجحا هذا العام، متمنيًا للمزارعين موسما أفضل.",
                "الموسم الزراعي كان ناجحا هذا العام",
            ),
            (
                "وقال سامي ناصر إن المستشفى استقبل المصابين، داعياً المولى أن يشفيهم.",
                "المستشفى استقبل المصابين",
            ),
        ] {
            let (quotes, _) = run_on(text, &[MINISTER]);
            assert!(
                quotes.iter().any(|q| q.text == said),
                "{text}\n{quotes:#?}"
            );
        }
    }

    #[test]
    fn a_comma_before_other_words_does_not_end_reported_words() {
        let text =
            "وقال سامي ناصر إن الوزارة أنجزت المرحلة الأولى، وستبدأ المرحلة الثانية الشهر المقبل.";
        let (quotes, _) = run_on(text, &[MINISTER]);
        assert!(
            quotes.iter().any(|q| q.text.ends_with("الشهر المقبل")),
            "{quotes:#?}"
        );
        assert!(!is_act_participle("مشاريع"));
        assert!(!is_act_participle("مجددا"));
        assert!(is_act_participle("ومطالبين"));
        assert!(is_act_participle("مشيدةً"));
        assert!(!is_act_participle("محملة"));
    }

    #[test]
    fn a_participle_of_explaining_opens_new_words_of_the_same_speaker() {
        let text = "وقال سامي ناصر إن المعرض افتتح أمس، مبينا أن الزوار تجاوزوا الألف في يومه الأول.";
        let (quotes, _) = run_on(text, &[MINISTER]);
        let texts: Vec<&str> = quotes.iter().map(|q| q.text.as_str()).collect();
        assert!(texts.contains(&"المعرض افتتح أمس"), "{quotes:#?}");
        assert!(
            quotes.iter().any(|q| q.text.starts_with("الزوار تجاوزوا")
                && q.speaker.as_deref() == Some("سامي ناصر")),
            "{quotes:#?}"
        );
    }

    #[test]
    fn a_participle_inside_marks_does_not_end_reported_words() {
        let text = "وقال سامي ناصر إن الفصائل «رفضت العرض، مطالبة بضمانات دولية قبل أي اتفاق».";
        let (quotes, _) = run_on(text, &[MINISTER]);
        assert!(
            quotes.iter().all(|q| !q.text.ends_with("رفضت العرض")),
            "{quotes:#?}"
        );
    }
}
