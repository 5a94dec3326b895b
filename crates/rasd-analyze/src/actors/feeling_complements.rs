//! Speakers who voice a feeling about an act, taken for its doer.
//!
//! `أعرب الوزير عن ارتياحه لتطورات العمليات العسكرية ضد X`، `عبّر المسؤول عن قلقه إزاء
//! الهجمات على المستشفيات`، `أبدى السفير أسفه …`: the act of force named after the feeling is
//! what the speaker feels about, done by someone else. The engine, finding no other doer before
//! the act's noun, gives it the speaker as its source.
//!
//! [`clear_feeling_speaker_sources`] clears the source of an act of force (roots 15–20) whose
//! trigger comes shortly after `عن` + a noun of feeling or stance that follows a verb of
//! voicing (`أعرب`، `عبر`، `أبدى`, or their participles `معربا`، `معبرا`), when the source is
//! named in the event's sentence only before that `عن`, and the act is not marked as the
//! speaker's own (a possessive or first-person pronoun on the act's words: `عن ارتياحه
//! لنجاح عملياته`). The target stays.

use rasd_model::{Article, Entity, Event};

use super::{clear_actor, entity_by_id, mentions_in_sentence, Texts};
use crate::entities::tokens::Tokens;
use crate::events::learned::Trigger;
use crate::events::text::bare;

/// Verbs and participles of voicing a feeling or a stance (normal form, without و/ف), followed
/// by `عن` and the feeling: `أعرب عن`، `عبر عن`، `أبدى`، `معربا عن`.
const VOICING_WORDS: &[&str] = &[
    "اعرب",
    "اعربت",
    "اعربوا",
    "يعرب",
    "تعرب",
    "عبر",
    "عبرت",
    "عبروا",
    "يعبر",
    "تعبر",
    "ابدي",
    "ابدت",
    "ابدوا",
    "معربا",
    "معربه",
    "معربين",
    "معبرا",
    "معبره",
    "معبرين",
    "مبديا",
    "مبديه",
];

/// At most this many words from a voicing word to its `عن` (the speaker's name and titles may
/// stand between in the verb-first order: `أعرب وزير الخارجية الألماني X عن`).
const VOICING_WINDOW: usize = 12;

/// At most this many words from the noun of feeling to the act's trigger (`عن ارتياحه لتطورات
/// العمليات`).
const FEELING_WINDOW: usize = 5;

/// Possessive and first-person endings (raw text) that make the act the speaker's own
/// (`عملياته`، `قواتنا`).
const OWN_ENDINGS: &[&str] = &["ه", "ها", "هم", "هما", "نا"];

/// True when a punctuation mark that ends a clause (or any mark when `strict`) stands before
/// one of words `from..=to`.
fn broken(tokens: &Tokens, from: usize, to: usize, strict: bool) -> bool {
    (from..=to).any(|k| {
        tokens
            .words
            .get(k)
            .and_then(|w| w.punct_before)
            .is_some_and(|c| strict || matches!(c, '.' | ':' | '؛' | ';' | '!' | '؟' | '?'))
    })
}

/// The index of the word `عن` that opens the feeling the act at word `tw` is said about: `عن`
/// and one noun at most [`FEELING_WINDOW`] words before the act with no punctuation between,
/// after a voicing word ([`VOICING_WORDS`]) at most [`VOICING_WINDOW`] words before with no
/// clause break between.
fn feeling_before(tokens: &Tokens, tw: usize) -> Option<usize> {
    let lowest = tw.saturating_sub(FEELING_WINDOW + 1);
    let an = (lowest..tw.saturating_sub(1))
        .rev()
        .find(|&k| tokens.norm(k) == "عن")?;
    if broken(tokens, an + 1, tw, true) {
        return None;
    }
    let voiced = (an.saturating_sub(VOICING_WINDOW)..an)
        .rev()
        .find(|&k| VOICING_WORDS.contains(&bare(tokens.norm(k))))?;
    (!broken(tokens, voiced + 1, an, false)).then_some(an)
}

/// True when a word of `para` among words `from..=to` ends in a possessive or first-person
/// pronoun ([`OWN_ENDINGS`]) on a stem of three letters or more: the act is the speaker's own.
fn own_act(para: &str, tokens: &Tokens, from: usize, to: usize) -> bool {
    (from..=to).any(|k| {
        let Some(raw) = tokens.words.get(k).and_then(|w| para.get(w.bytes.clone())) else {
            return false;
        };
        OWN_ENDINGS.iter().any(|e| {
            raw.strip_suffix(e)
                .is_some_and(|stem| stem.chars().count() >= 3)
        })
    })
}

/// Clears the source of an act of force told as what a speaker voices a feeling about (see the
/// module doc): `أعرب X عن قلقه إزاء الهجمات على المستشفيات` names no doer of the attacks.
/// `triggers` are the events' triggers in the same order (nothing is done when they are not
/// aligned).
pub(super) fn clear_feeling_speaker_sources(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    if triggers.len() != events.len() {
        return;
    }
    for (ev, trigger) in events.iter_mut().zip(triggers) {
        let force = ev
            .code
            .get(..2)
            .and_then(|r| r.parse::<u32>().ok())
            .is_some_and(|r| (15..=20).contains(&r));
        if !force || trigger.start == usize::MAX {
            continue;
        }
        let Some(speaker) = entity_by_id(entities, ev.source.as_deref()) else {
            continue;
        };
        let Some(para) = article.body.get(ev.paragraph) else {
            continue;
        };
        let Some((tokens, _, inside)) = mentions_in_sentence(ev, speaker, article, texts) else {
            continue;
        };
        let tw = tokens.words.partition_point(|w| w.end <= trigger.start);
        let Some(an) = feeling_before(tokens, tw) else {
            continue;
        };
        let an_start = tokens.words.get(an).map_or(0, |w| w.start);
        let named_before = inside.iter().all(|m| m.end <= an_start);
        // (The feeling noun itself carries the speaker's pronoun: `ارتياحه`; only the words
        // after it can mark the act as the speaker's.)
        if named_before && !own_act(para, tokens, an + 2, tw + 1) {
            clear_actor(ev, false);
        }
    }
}

#[cfg(test)]
mod tests {
    use rasd_model::EntityType;

    use super::super::violence::tests::{article, entity};
    use super::*;
    use crate::entities::tokens::normalize_phrase;
    use crate::events::bare_event;

    /// The source left by [`clear_feeling_speaker_sources`] for an event `code` of `body` from
    /// the person `source`, triggered at `word`.
    fn source_left(body: &str, source: &str, word: &str, code: &str) -> Option<String> {
        let speaker = entity("per:0123456789abcdef", source, EntityType::Person, body);
        let mut events = vec![bare_event(code, Some(speaker.id.clone()), None, body)];
        let byte = body.find(word).expect("help: the trigger is in the body");
        let triggers = [Trigger {
            start: body[..byte].chars().count(),
            noun: true,
            explicit: true,
        }];
        clear_feeling_speaker_sources(
            &mut events,
            &triggers,
            std::slice::from_ref(&speaker),
            &article(body),
            &mut Texts::default(),
        );
        events[0].source.as_ref().map(|_| speaker.name.clone())
    }

    #[test]
    fn every_list_word_is_in_normal_form() {
        for word in VOICING_WORDS {
            assert_eq!(normalize_phrase(word), *word, "help: {word}");
        }
    }

    #[test]
    fn a_speaker_voicing_a_feeling_about_an_act_is_not_its_doer() {
        let body = "وأعرب المبعوث كمال الدين يوسف عن قلقه إزاء الهجمات على القرى الحدودية.";
        assert_eq!(source_left(body, "كمال الدين يوسف", "الهجمات", "190"), None);
        let body = "رحب كمال الدين يوسف بالاتفاق، معربا عن ارتياحه لوقف الغارات على المدينة.";
        assert_eq!(source_left(body, "كمال الدين يوسف", "الغارات", "195"), None);
    }

    #[test]
    fn the_speakers_own_act_or_a_plain_act_keeps_its_source() {
        // The act carries the speaker's pronoun: his own forces' operations.
        let body = "وأعرب القائد كمال الدين يوسف عن ارتياحه لنجاح عملياته العسكرية في الجبل.";
        assert_eq!(
            source_left(body, "كمال الدين يوسف", "عملياته", "190"),
            Some("كمال الدين يوسف".to_owned())
        );
        // No voicing verb: the speaker led the attacks.
        let body = "وقاد القائد كمال الدين يوسف الهجمات على القرى الحدودية.";
        assert_eq!(
            source_left(body, "كمال الدين يوسف", "الهجمات", "190"),
            Some("كمال الدين يوسف".to_owned())
        );
    }
}
