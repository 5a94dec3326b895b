//! A town, a district or a region is nobody's voice.
//!
//! A quote's speaker that the engine resolved to a place below a state (a city, a district, a
//! village the tagger found) or beyond one (the Gulf, Europe, the Middle East) by an implicit
//! attribution is nearly always wrong on news pages: a verb with no subject of its own took the
//! last place that was a subject (`أوضح أن شرطة المحافظة تلقت بلاغا … وأشار إلى أن` → the
//! town). States speak (`قالت إيران`، `أكدت واشنطن`), and so does a place's own body or official
//! named in the attribution (`وزارة الصحة في غزة`، `محافظ عدن`، `شرطة المدينة`). A place
//! named alone right after a speech verb, as its subject (`وقالت نانسي`، `وأكد القاسم`، `ذكر
//! مانشستر سيتي`), is kept: on news pages it is mostly a person or a club whose name is also a
//! place's. Named anywhere else (`مدير مرور جدة أوضح`، `حي البجيري إذ قال`) it is not.

use rasd_model::Entity;
use rasd_model::EntityType;

use crate::entities::tokens::normalize_phrase;
use crate::gazetteer::Class;

/// True when the entity a quote's speaker points to is a place that cannot be the speaker: a
/// place that is not a state (see [`stands_for_a_state`]), given by an implicit attribution
/// (`implicit`: the words hold only a verb of saying or a pronoun, `وأشار`، `مضيفا`، `من
/// جانبه`) or by words that are only the place's name and stand nowhere in the paragraph right
/// after a speech verb (`speech_verb`; `وقالت نانسي` keeps the speaker). A place's body or
/// official named in the words (`وزارة الصحة في غزة`، `رئيس الولاية`) still speaks for it.
pub(crate) fn place_is_no_speaker(
    speaker: &str,
    implicit: bool,
    speaker_text: Option<&str>,
    paragraph: &str,
    entities: &[Entity],
    speech_verb: impl Fn(&str) -> bool,
) -> bool {
    let Some(place) = entities.iter().find(|e| e.id == speaker) else {
        return false;
    };
    if place.kind != EntityType::Location || stands_for_a_state(place) {
        return false;
    }
    implicit
        || speaker_text.is_some_and(|words| {
            only_the_place(words, place) && !subject_of_a_speech_verb(words, paragraph, speech_verb)
        })
}

/// True when `words` stand in `paragraph` right after a speech verb (`وقال الأحمدي`), compared
/// word by word in normal form.
fn subject_of_a_speech_verb(
    words: &str,
    paragraph: &str,
    speech_verb: impl Fn(&str) -> bool,
) -> bool {
    let words: Vec<String> = words.split_whitespace().map(normalize_phrase).collect();
    let para: Vec<String> = paragraph
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '،' | ',' | '"' | '«' | '“'))
        .filter(|w| !w.is_empty())
        .map(normalize_phrase)
        .collect();
    !words.is_empty()
        && para
            .windows(words.len() + 1)
            .any(|w| w[1..].iter().zip(&words).all(|(a, b)| a == b) && speech_verb(&w[0]))
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
    fn a_town_named_alone_but_not_after_a_speech_verb_is_no_speaker_and_keeps_its_words() {
        let text = "وقال الطائف إن المشروع سيكتمل قبل نهاية العام.";
        let (speaker, _) = speaker_of(text, &[TAIF, SAUDI], "المشروع سيكتمل");
        // Right after the verb: kept (it reads as a person's name).
        assert_eq!(speaker.as_deref(), Some("الطائف"));
        let text = "وأوضح مدير مرور الطائف أن المشروع سيكتمل قبل نهاية العام.";
        let (speaker, _) = speaker_of(text, &[TAIF, SAUDI], "المشروع سيكتمل");
        assert_ne!(speaker.as_deref(), Some("الطائف"));
    }

    #[test]
    fn a_name_that_is_also_a_place_named_as_the_subject_keeps_the_speaker() {
        // A singer whose name is also a French city's, named as the verb's own subject: on news
        // pages such a name is mostly the person (or a club), not the town.
        const NANCY: Ent<'static> = ("نانسي", L, Some("FRA"), &[]);
        let text = "وقالت نانسي إن الألبوم الجديد سيصدر قبل نهاية العام.";
        let (speaker, words) = speaker_of(text, &[NANCY], "الألبوم الجديد");
        assert_eq!(speaker.as_deref(), Some("نانسي"));
        assert_eq!(words.as_deref(), Some("نانسي"));
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
