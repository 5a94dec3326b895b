//! A town, a district or a region is nobody's voice.
//!
//! A quote's speaker that the engine resolved to a place below a state (a city, a district, a
//! village the tagger found) or beyond one (the Gulf, Europe, the Middle East) is nearly always
//! wrong on news pages: a verb with no subject of its own took the last place that was a
//! subject (`أوضح أن شرطة المحافظة تلقت بلاغا … وأشار إلى أن` → the town), or a person's name
//! that is also a place's (`وقال الأحمدي`، `وأكد القاسم`) was taken for the place. States speak
//! (`قالت إيران`، `أكدت واشنطن`), and so does a place's own body or official named in the
//! attribution (`وزارة الصحة في غزة`، `محافظ عدن`، `شرطة المدينة`); a place standing alone for
//! the speaker does not, and the quote keeps no speaker (the words of an explicit attribution
//! stay in `speaker_text`).

use rasd_model::Entity;
use rasd_model::EntityType;

use crate::entities::tokens::normalize_phrase;
use crate::gazetteer::Class;

/// True when the entity a quote's speaker points to is a place that cannot be the speaker: a
/// place that is not a state (see [`stands_for_a_state`]), given either by an implicit
/// attribution (`implicit`: the words hold only a verb of saying or a pronoun, `وأشار`،
/// `مضيفا`، `من جانبه`) or by words that are only the place's name (`وقال الأحمدي`). A
/// place's body or official named in the words (`وزارة الصحة في غزة`، `رئيس الولاية`) still
/// speaks for it.
pub(crate) fn place_is_no_speaker(
    speaker: &str,
    implicit: bool,
    speaker_text: Option<&str>,
    entities: &[Entity],
) -> bool {
    let Some(place) = entities.iter().find(|e| e.id == speaker) else {
        return false;
    };
    if place.kind != EntityType::Location || stands_for_a_state(place) {
        return false;
    }
    implicit || speaker_text.is_some_and(|words| only_the_place(words, place))
}

/// True when `place` stands for a state: its gazetteer entry is a country or a country's
/// capital (`مسقط`), or one of its names, with or without the article, is a country's name
/// (gold entities, whose ids are their names; `الباكستان`).
fn stands_for_a_state(place: &Entity) -> bool {
    let g = crate::events::engine::gazetteer();
    let state = |entry: u32| {
        g.entry(entry)
            .is_some_and(|e| e.class == Class::Country || e.capital_of.is_some())
    };
    if g.by_id(&place.id).is_some_and(state) {
        return true;
    }
    place.aliases.iter().chain([&place.name]).any(|name| {
        let name = normalize_phrase(name);
        let bare = name.strip_prefix("ال").unwrap_or(&name);
        let names_state = |n: &str| {
            g.lookup(n)
                .iter()
                .any(|hit| !hit.adjective && state(hit.entry))
        };
        names_state(&name) || names_state(bare)
    })
}

/// True when the attribution's words are one of the place's mentions and nothing else.
fn only_the_place(words: &str, place: &Entity) -> bool {
    let words = normalize_phrase(words);
    place
        .mentions
        .iter()
        .any(|m| normalize_phrase(&m.text) == words)
        || normalize_phrase(&place.name) == words
}

#[cfg(test)]
mod tests {
    use crate::events::engine::tests::run_on;
    use rasd_model::EntityType::{Location as L, Person as P};

    type Ent<'a> = (
        &'a str,
        rasd_model::EntityType,
        Option<&'a str>,
        &'a [&'a str],
    );

    const SAUDI: Ent<'static> = ("السعودية", L, Some("SAU"), &["المملكة", "السعودي"]);
    const TAIF: Ent<'static> = ("الطائف", L, Some("SAU"), &[]);
    const FAHD: Ent<'static> = ("فهد العتيبي", P, Some("SAU"), &["العتيبي"]);
    const MUSCAT: Ent<'static> = ("مسقط", L, Some("OMN"), &[]);

    /// The speaker and speaker words of the quote holding `phrase`.
    fn speaker_of(text: &str, ents: &[Ent<'_>], phrase: &str) -> (Option<String>, Option<String>) {
        let (quotes, _) = run_on(text, ents);
        let q = quotes
            .iter()
            .find(|q| q.text.contains(phrase))
            .unwrap_or_else(|| panic!("no quote holding {phrase}: {quotes:?}"));
        (q.speaker.clone(), q.speaker_text.clone())
    }

    #[test]
    fn a_town_is_no_speaker_of_a_verb_that_goes_on_without_a_subject() {
        // The town was the last subject ("شهدت الطائف"); the verb after it has no subject of
        // its own, and a town says nothing.
        let text = "شهدت الطائف أمطارا غزيرة أمس. وأشار إلى أن فرق الإنقاذ باشرت عملها في الأحياء.";
        assert_eq!(speaker_of(text, &[TAIF, SAUDI], "فرق الإنقاذ"), (None, None));
    }

    #[test]
    fn a_town_named_alone_after_the_verb_is_no_speaker_but_keeps_its_words() {
        let text = "وقال الطائف إن المشروع سيكتمل قبل نهاية العام.";
        let (speaker, words) = speaker_of(text, &[TAIF, SAUDI], "المشروع سيكتمل");
        assert_eq!(speaker, None);
        assert_eq!(words.as_deref(), Some("الطائف"));
    }

    #[test]
    fn a_state_its_capital_and_a_person_still_speak() {
        let text = "وأكدت مسقط أن الوساطة مستمرة.";
        assert_eq!(
            speaker_of(text, &[MUSCAT], "الوساطة مستمرة").0.as_deref(),
            Some("مسقط")
        );
        let text = "وقالت المملكة إن الحدود آمنة. وقال فهد العتيبي إن الطائف تستعد للموسم.";
        assert_eq!(
            speaker_of(text, &[TAIF, SAUDI, FAHD], "الحدود آمنة")
                .0
                .as_deref(),
            Some("السعودية")
        );
        assert_eq!(
            speaker_of(text, &[TAIF, SAUDI, FAHD], "تستعد للموسم")
                .0
                .as_deref(),
            Some("فهد العتيبي")
        );
    }
}
