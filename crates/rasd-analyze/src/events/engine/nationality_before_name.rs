//! A nationality that stands before a person's name is the person's, not a state that speaks.
//!
//! `وقال الكرواتي زلاتكو داليتش المدير الفني للعين، إن …`، `أكد التونسي مدرب الخليج جلال قادري
//! أن …`، `انتقد الخطاط التونسي عامر بن جدو …`: the nisba adjective describes the person named
//! right after it (maybe past one or two title words), so the words are the person's. Left
//! alone, the adjective is a mention of the state and a quote whose speaker resolves to it
//! (the attribution's own words, or the last mention before an implicit `وأشار إلى أنه`) speaks
//! for the state. After `نظيره` (a counterpart spoken to) the adjective is left alone.

use rasd_model::{Article, ArticlePart, Entity, EntityType, Mention, Quote};

use crate::events::text::normalize_word;

/// Most words that may stand between the nationality and the name (`مدرب الخليج`).
const MAX_GAP_WORDS: usize = 3;

/// Chars that end the noun phrase of the nationality: a comma, a stop, a colon, marks.
const PHRASE_BREAKS: &[char] = &[
    '،', ',', '.', ':', '؛', '«', '»', '"', '“', '”', '(', ')', '-',
];

/// Gives to the person named right after it each quote whose speaker is a state only through a
/// nationality adjective before that person's name (see the module doc).
pub(super) fn give_to_named_person(quotes: &mut [Quote], article: &Article, entities: &[Entity]) {
    for quote in quotes.iter_mut() {
        let Some(state) = quote
            .speaker
            .as_deref()
            .and_then(|id| entities.iter().find(|e| e.id == id))
            .filter(|e| e.kind == EntityType::Location)
        else {
            continue;
        };
        let Some(words) = quote.speaker_text.as_deref() else {
            continue;
        };
        let Some(para) = article.body.get(quote.paragraph) else {
            continue;
        };
        if let Some((person, named)) = person_after_nationality(para, quote, words, state, entities)
        {
            quote.speaker = Some(person.to_string());
            quote.speaker_text = Some(named);
        }
    }
}

/// The person (id) named right after the last mention of `state` in `para` before the quote
/// that is the nationality adjective `words`, with the words from the adjective to the name.
fn person_after_nationality<'e>(
    para: &str,
    quote: &Quote,
    words: &str,
    state: &Entity,
    entities: &'e [Entity],
) -> Option<(&'e str, String)> {
    if !nationality_adjective(words) {
        return None;
    }
    let chars: Vec<char> = para.chars().collect();
    let quote_start = para
        .find(quote.text.as_str())
        .map_or(chars.len(), |b| para[..b].chars().count());
    let adjective = body_mentions(state, quote.paragraph)
        .filter(|m| m.end <= quote_start && m.text == words)
        .max_by_key(|m| m.start)?;
    if counterpart_before(&chars, adjective.start) {
        return None;
    }
    let (person, name) = entities
        .iter()
        .filter(|e| e.kind == EntityType::Person)
        .flat_map(|e| body_mentions(e, quote.paragraph).map(move |m| (e, m)))
        .filter(|(_, m)| m.start >= adjective.end && m.end <= quote_start)
        .min_by_key(|(_, m)| m.start)?;
    let gap: String = chars[adjective.end..name.start].iter().collect();
    let close = !gap.contains(PHRASE_BREAKS)
        && gap.split_whitespace().count() <= MAX_GAP_WORDS
        && gap.split_whitespace().all(title_like_gap_word);
    close.then(|| {
        (
            person.id.as_str(),
            chars[adjective.start..name.end].iter().collect(),
        )
    })
}

/// The body mentions of `entity` in paragraph `paragraph`.
fn body_mentions(entity: &Entity, paragraph: usize) -> impl Iterator<Item = &Mention> {
    entity
        .mentions
        .iter()
        .filter(move |m| m.part == ArticlePart::Body && m.paragraph == paragraph)
}

/// Particles that end the noun phrase of the nationality (`لا بل إن`، `أن`، `قد`).
const GAP_PARTICLES: &[&str] = &["لا", "بل", "إن", "أن", "قد", "لكن", "ثم", "كما", "أو"];

/// True when `word` may stand between a nationality and the name it describes: a title word
/// (`مدرب الخليج`), not a particle, not a word joined with `و` (`الشعب المصري والرئيس`: another
/// phrase) and not a second nationality (`أتالانتا الإيطالي الأرجنتيني`: the first is the
/// club's).
fn title_like_gap_word(word: &str) -> bool {
    let norm = normalize_word(word);
    !GAP_PARTICLES.iter().any(|p| normalize_word(p) == norm)
        && norm != "و"
        && !norm.starts_with("وال")
        && !nationality_adjective(word)
}

/// True when `words` is one definite nisba adjective (`الكرواتي`، `التونسية`).
fn nationality_adjective(words: &str) -> bool {
    let mut it = words.split_whitespace();
    let (Some(word), None) = (it.next(), it.next()) else {
        return false;
    };
    let norm = normalize_word(word);
    let norm = norm.strip_prefix('و').unwrap_or(&norm);
    norm.starts_with("ال") && (norm.ends_with('ي') || norm.ends_with("يه"))
}

/// True when the word before char `at` is `نظير` with a pronoun (`نظيره`، `ونظيرها`): the
/// person named is the one spoken to or met.
fn counterpart_before(chars: &[char], at: usize) -> bool {
    let before: String = chars[..at].iter().collect();
    before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| normalize_word(w).contains("نظير"))
}

#[cfg(test)]
mod tests {
    use crate::events::engine::tests::run_on;
    use rasd_model::EntityType::{Location as L, Person as P};

    const CROATIA: (&str, rasd_model::EntityType, Option<&str>, &[&str]) =
        ("كرواتيا", L, Some("HRV"), &["الكرواتي"]);
    const COACH: (&str, rasd_model::EntityType, Option<&str>, &[&str]) =
        ("ماركو يوريتش", P, Some("HRV"), &["يوريتش"]);

    #[test]
    fn a_nationality_before_a_name_speaks_for_the_person() {
        for text in [
            "وقال الكرواتي ماركو يوريتش مدرب الفريق إن اللاعبين جاهزون للمباراة.",
            "أكد الكرواتي مدرب الوحدة ماركو يوريتش أن فريقه يتحسن من مباراة إلى أخرى.",
            "وقال الكرواتي ماركو يوريتش إن الفريق جاهز. وأشار إلى أن المعسكر كان مفيدا للاعبين الجدد.",
        ] {
            let (quotes, _) = run_on(text, &[CROATIA, COACH]);
            assert!(!quotes.is_empty(), "{text}");
            for q in &quotes {
                assert_eq!(q.speaker.as_deref(), Some("ماركو يوريتش"), "{text}\n{quotes:#?}");
            }
        }
    }

    #[test]
    fn a_nationality_with_no_name_after_it_still_speaks_for_the_state() {
        let text = "وقال الكرواتي، في مؤتمر صحفي، إن الفريق جاهز للمباراة.";
        let (quotes, _) = run_on(text, &[CROATIA, COACH]);
        assert!(
            quotes
                .iter()
                .all(|q| q.speaker.as_deref() != Some("ماركو يوريتش")),
            "{quotes:#?}"
        );
    }
}
