//! One act told twice: once with the one it hit, once with where it happened.
//!
//! The engine can find two targets for one trigger (`أعلنت وزارة الدفاع الأميركية أن قياديا
//! كبيرا في تنظيم القاعدة قتل في غارة أميركية استهدفته في أفغانستان`: al-Qaeda and
//! Afghanistan) and then tells the act twice. A place named in the sentence only as the venue
//! of the act (`في أفغانستان`, `بمحافظة X`, `جنوب X`) is no second target when the same act is
//! also told with a person or a body as its target: [`drop_venue_twins`] drops that twin.
//! [`super::clear_venue_targets`] keeps such a place when it is another state's than the
//! doer's (one state's act on another's soil, where nothing better is named); this pass only
//! drops it when something better is.

use rasd_model::{Article, Entity, EntityType, Event};

use super::{entity_by_id, mentions_in_sentence, venue, Texts};

/// Drops an event whose target is a place named in its sentence only as a venue ([`venue`])
/// when another event of the same act (same paragraph, sentence, code, source and negation)
/// has a person or a body as its target. Not a visit or a reception (042, 043), whose target
/// is the place; not an event without a source.
pub(super) fn drop_venue_twins(
    events: &mut Vec<Event>,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    let mut dropped = vec![false; events.len()];
    for (i, ev) in events.iter().enumerate() {
        if ev.source.is_none() || ev.code.starts_with("042") || ev.code.starts_with("043") {
            continue;
        }
        let Some(place) =
            entity_by_id(entities, ev.target.as_deref()).filter(|e| e.kind == EntityType::Location)
        else {
            continue;
        };
        let actor_twin = events.iter().any(|other| {
            other.code == ev.code
                && other.paragraph == ev.paragraph
                && other.source == ev.source
                && other.negated == ev.negated
                && other.sentence == ev.sentence
                && entity_by_id(entities, other.target.as_deref()).is_some_and(|t| {
                    matches!(t.kind, EntityType::Person | EntityType::Organization)
                })
        });
        if !actor_twin {
            continue;
        }
        let Some((tokens, _, inside)) = mentions_in_sentence(ev, place, article, texts) else {
            continue;
        };
        if inside.iter().all(|m| venue(tokens, m.start)) {
            dropped[i] = true;
        }
    }
    if !dropped.contains(&true) {
        return;
    }
    let mut k = 0;
    events.retain(|_| {
        let keep = !dropped[k];
        k += 1;
        keep
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::bare_event;

    use super::super::violence::tests::{article, entity};

    /// The targets (names) left by [`drop_venue_twins`] for two events `code` of `body` from
    /// the same source, one to `actor` and one to `place`.
    fn targets_left(body: &str, code: &str, actor: (&str, EntityType), place: &str) -> Vec<String> {
        let entities = vec![
            entity("loc:USA", "الولايات المتحدة", EntityType::Location, body),
            entity("org:0000000000000001", actor.0, actor.1, body),
            entity("loc:AFG", place, EntityType::Location, body),
        ];
        let source = Some("loc:USA".to_owned());
        let mut events = vec![
            bare_event(code, source.clone(), Some(entities[1].id.clone()), body),
            bare_event(code, source, Some(entities[2].id.clone()), body),
        ];
        drop_venue_twins(
            &mut events,
            &entities,
            &article(body),
            &mut Texts::default(),
        );
        events
            .iter()
            .filter_map(|e| entities.iter().find(|x| Some(&x.id) == e.target.as_ref()))
            .map(|e| e.name.clone())
            .collect()
    }

    #[test]
    fn a_venue_is_no_second_target_of_an_act_that_names_whom_it_hit() {
        use EntityType::{Organization, Person};
        // The strike hit the group's leader; the country is where.
        let strike =
            "قالت الولايات المتحدة إن قياديا في جماعة النور قتل في غارة استهدفته في أفغانستان";
        assert_eq!(
            targets_left(strike, "195", ("جماعة النور", Organization), "أفغانستان"),
            vec!["جماعة النور"]
        );
        // A visit's target is the place: both stay.
        let visit = "زار وزير خارجية الولايات المتحدة سامي فريد في أفغانستان";
        assert_eq!(
            targets_left(visit, "042", ("سامي فريد", Person), "أفغانستان").len(),
            2
        );
        // The place is the act's object, not a venue: both stay.
        let threat = "هددت الولايات المتحدة جماعة النور وأفغانستان بالعقوبات";
        assert_eq!(
            targets_left(threat, "130", ("جماعة النور", Organization), "أفغانستان").len(),
            2
        );
    }
}
