//! A place that only says where the source is.
//!
//! A name is often followed by the place it is in or of: `المجلس العسكري بتعز`, `المفوضية
//! الأوروبية ببروكسل`, `تنظيم الدولة في العراق`, `إسبانيا في الأشهر` … `الجالية الإيرانية في
//! بروكسل`. The engine then takes that place for the act's target (the council's threat goes
//! to Taiz, the Commission's signature to Brussels). A place named right after the source's
//! name behind `في` or the proclitic ب qualifies the source, and is never the act's object,
//! which Arabic names without a preposition or behind another one (`على`, `مع`, `إلى`, `لدى`).
//! [`clear_source_place_targets`] clears such a target.

use rasd_model::{Article, Entity, EntityType, Event};

use super::{clear_actor, entity_by_id, mentions_in_sentence, Texts};
use crate::entities::tokens::Tokens;

/// Clears the target of an event when it is a place and each of its mentions in the event's
/// sentence stands right after a mention of the source, behind `في` on its own word (`X في
/// العراق`) or ب on the place's own word (`X بتعز`), with no punctuation between ([`qualifies`]).
/// Not a visit or a reception (042, 043), whose target is a place.
pub(super) fn clear_source_place_targets(
    events: &mut [Event],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    for ev in events.iter_mut() {
        if ev.code.starts_with("042") || ev.code.starts_with("043") {
            continue;
        }
        let Some(place) =
            entity_by_id(entities, ev.target.as_deref()).filter(|e| e.kind == EntityType::Location)
        else {
            continue;
        };
        let Some(source) = entity_by_id(entities, ev.source.as_deref()) else {
            continue;
        };
        if source.id == place.id {
            continue;
        }
        let Some((tokens, _, inside)) = mentions_in_sentence(ev, place, article, texts) else {
            continue;
        };
        let source_ends: Vec<usize> = source
            .mentions
            .iter()
            .filter(|m| super::in_event_paragraph(ev, m))
            .map(|m| m.end)
            .collect();
        if inside
            .iter()
            .all(|m| qualifies(tokens, m.start, &source_ends))
        {
            clear_actor(ev, true);
        }
    }
}

/// True when the place mention starting at char `start` of the text of `tokens` stands right
/// after a word that ends one of the source's mentions (`source_ends`): behind ب on the
/// place's own word (`بتعز`) or behind a word `في` (`في العراق`), no punctuation between.
fn qualifies(tokens: &Tokens, start: usize, source_ends: &[usize]) -> bool {
    let k = tokens.words.partition_point(|w| w.end <= start);
    let Some(word) = tokens.words.get(k) else {
        return false;
    };
    if word.punct_before.is_some() {
        return false;
    }
    // The word that must end the source's name.
    let name_end = if word.start < start {
        // (Only ب on the place's own word: `وبتعز` joins a second place, `لتعز` is an object.)
        let attached = start - word.start;
        let prefix: String = tokens.norm(k).chars().take(attached).collect();
        if prefix != "ب" {
            return false;
        }
        k.checked_sub(1)
    } else {
        let behind_in = k
            .checked_sub(1)
            .filter(|&j| tokens.norm(j) == "في")
            .filter(|&j| {
                tokens
                    .words
                    .get(j)
                    .is_some_and(|w| w.punct_before.is_none())
            });
        behind_in.and_then(|j| j.checked_sub(1))
    };
    name_end
        .and_then(|j| tokens.words.get(j))
        .is_some_and(|w| source_ends.contains(&w.end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::bare_event;

    use super::super::violence::tests::{article, entity};

    /// The target left by [`clear_source_place_targets`] for an event `code` of `body` from
    /// `source` (a body) to the place `place`.
    fn target_left(body: &str, code: &str, source: &str, place: &str) -> Option<String> {
        let entities = vec![
            entity(
                "org:0000000000000001",
                source,
                EntityType::Organization,
                body,
            ),
            entity("loc:XYZ", place, EntityType::Location, body),
        ];
        let mut events = vec![bare_event(
            code,
            Some(entities[0].id.clone()),
            Some(entities[1].id.clone()),
            body,
        )];
        clear_source_place_targets(
            &mut events,
            &entities,
            &article(body),
            &mut Texts::default(),
        );
        events[0].target.clone()
    }

    #[test]
    fn a_place_right_after_the_source_s_name_is_no_target() {
        // The council is Taiz's; the threat goes to no one named.
        let threat = "وتوعد المجلس العسكري بتعز بملاحقة المتمردين";
        assert_eq!(target_left(threat, "130", "المجلس العسكري", "تعز"), None);
        // The group in Iraq blew up a stadium.
        let blast = "أعلن تنظيم النور في العراق تفجير الملعب في المدينة";
        assert_eq!(target_left(blast, "183", "تنظيم النور", "العراق"), None);
    }

    #[test]
    fn a_place_that_is_the_act_s_object_or_a_visit_s_stays() {
        let kept = Some("loc:XYZ".to_owned());
        // No preposition: the object.
        let threat = "هدد المجلس العسكري العراق بالحرب";
        assert_eq!(target_left(threat, "130", "المجلس العسكري", "العراق"), kept);
        // A comma between the name and the place.
        let blast = "أعلن تنظيم النور، في العراق، تفجير الملعب";
        assert_eq!(target_left(blast, "183", "تنظيم النور", "العراق"), kept);
        // A visit's target is where the visitor went.
        let visit = "وصل وفد المجلس العسكري في تعز أمس";
        assert_eq!(target_left(visit, "042", "وفد المجلس العسكري", "تعز"), kept);
    }
}
