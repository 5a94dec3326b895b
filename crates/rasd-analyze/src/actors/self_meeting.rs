//! A meeting or call (roots 040–046) whose target is its own source under a shorter or longer
//! name: the entity stage sometimes keeps a part of a name as an entity of its own (a first
//! name used alone later, `نيال دينق نيال` → `نيال`), or the body's name inside a wider span
//! (`مجلس الوزراء الكويتي` and `مجلس الوزراء`). A meeting with oneself names no partner, so
//! the target is cleared.

use rasd_model::{Entity, Event};

use super::{clear_actor, entity_by_id};

/// Words after which a name names another person: the father (`محمد بن سلمان` holds the name
/// of `سلمان`, his father) or a son (`أبو`).
const LINEAGE_WORDS: &[&str] = &["بن", "ابن", "بنت", "أبو", "ابو"];

/// Clears the target of each meeting or call (root 04x) whose target's name is a run of whole
/// words of its source's name, or the other way round ([`names_same_actor`]).
pub(super) fn clear_self_meeting_targets(events: &mut [Event], entities: &[Entity]) {
    for ev in events.iter_mut() {
        if !ev.code.starts_with("04") || ev.source == ev.target {
            continue;
        }
        let (Some(source), Some(target)) = (
            entity_by_id(entities, ev.source.as_deref()),
            entity_by_id(entities, ev.target.as_deref()),
        ) else {
            continue;
        };
        if source.kind == target.kind && names_same_actor(&source.name, &target.name) {
            clear_actor(ev, true);
        }
    }
}

/// True when the words of the shorter of two names are a run of whole words of the longer one
/// that no lineage word (`بن` …, [`LINEAGE_WORDS`]) stands right before.
fn names_same_actor(a: &str, b: &str) -> bool {
    let a: Vec<&str> = a.split_whitespace().collect();
    let b: Vec<&str> = b.split_whitespace().collect();
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() || short.len() == long.len() || LINEAGE_WORDS.contains(&short[0]) {
        return false;
    }
    (0..=long.len() - short.len()).any(|start| {
        long[start..start + short.len()] == short[..]
            && (start == 0 || !LINEAGE_WORDS.contains(&long[start - 1]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::bare_event;
    use rasd_model::EntityType;

    fn entity(id: &str, name: &str, kind: EntityType) -> Entity {
        Entity {
            id: id.to_owned(),
            name: name.to_owned(),
            kind,
            aliases: Vec::new(),
            country: None,
            coordinates: None,
            mentions: Vec::new(),
        }
    }

    /// The target left to an event of `code` from the person `source` to the person `target`.
    fn target_left(code: &str, source: &str, target: &str) -> Option<String> {
        let entities = vec![
            entity("per:a", source, EntityType::Person),
            entity("per:b", target, EntityType::Person),
        ];
        let sentence = "التقى الوزير ضيفه في مكتبه أمس.";
        let mut events = vec![bare_event(
            code,
            Some("per:a".to_owned()),
            Some("per:b".to_owned()),
            sentence,
        )];
        clear_self_meeting_targets(&mut events, &entities);
        events.remove(0).target
    }

    #[test]
    fn a_meeting_whose_target_is_a_part_of_its_source_s_name_has_no_target() {
        // The first name alone, kept as a second entity.
        assert_eq!(target_left("040", "سامر ناجي", "سامر"), None);
        // The last name alone, and the source inside a longer span.
        assert_eq!(target_left("043", "سامر ناجي", "ناجي"), None);
        assert_eq!(target_left("041", "ناجي", "سامر ناجي ونظيره"), None);
        // A son meeting his father: the father's name follows بن.
        let father = target_left("040", "خالد بن سامر ناجي", "سامر ناجي");
        assert_eq!(father.as_deref(), Some("per:b"));
        // Two people who share no run of words, and a part of a word only.
        assert_eq!(
            target_left("040", "سامر ناجي", "عادل سامرائي").as_deref(),
            Some("per:b")
        );
        // Not a meeting.
        assert_eq!(
            target_left("111", "سامر ناجي", "سامر").as_deref(),
            Some("per:b")
        );
    }
}
