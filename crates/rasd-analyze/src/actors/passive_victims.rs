//! Victims of a passive act of force taken for its doer.
//!
//! Without vowels, a killing told in the passive (`قُتل`) looks like the active verb, and a
//! name written before it looks like its subject: `قال البنتاغون إن القيادي X قتل في ضربة
//! جوية`، `تسعة من عناصر التنظيم قتلوا في الغارات التي نفذتها مقاتلات تركية`، `الملا X لقي
//! حتفه`. The engine then makes X the source of the killing, when X was the one killed. An
//! active killing with the verb after its subject names its victim right after the verb
//! (`الجيش قتل 20 مسلحا`); a passive one goes on with the cause or the place (`في`، `جراء`،
//! `بنيران`، …) or is an idiom of dying (`لقي حتفه`، `لقوا مصرعهم`).
//!
//! [`passive_victim_sources`] takes the source of an act of force (roots 18–20) that is named
//! in the event's sentence only right before such a passive verb (a relative pronoun may stand
//! between: `X الذي قتل في`) for its target: the victim. The event's target, when it is named
//! after the verb and not as a place (`مقاتلات تركية`، `نيران هندية`), did it and becomes the
//! source; any other target gives way to the victim, and the source is left unnamed.

use rasd_model::{Article, Entity, Event};

use super::{entity_by_id, in_event_paragraph, mentions_in_sentence, swap_actors, venue, Texts};
use crate::entities::tokens::Tokens;

/// Passive verbs of being killed or wounded (normal form, without و/ف): the perfect of `قتل`
/// and `أصيب` in the singular, dual and plural, and `استشهد`. The feminine `قتلت` is left out:
/// it is as often an active verb of a body (`القوات قتلت`).
const PASSIVE_HIT_VERBS: &[&str] = &[
    "قتل",
    "قتلا",
    "قتلوا",
    "اصيب",
    "اصيبا",
    "اصيبوا",
    "استشهد",
    "استشهدا",
    "استشهدوا",
];

/// Words that go on a passive verb of [`PASSIVE_HIT_VERBS`] right after it with the cause, the
/// place or the time of the killing (normal form): an active verb goes on with its victim
/// instead.
const PASSIVE_LEADS: &[&str] = &[
    "في",
    "خلال",
    "جراء",
    "بنيران",
    "برصاص",
    "اثر",
    "بغاره",
    "بغارات",
    "بضربه",
    "بضربات",
    "بقصف",
    "اثناء",
    "بانفجار",
    "بهجوم",
    "بتفجير",
    "متاثرا",
    "متاثرين",
];

/// Verbs of the idiom of dying (`لقي حتفه`, `لقوا مصرعهم`), normal form.
const DYING_VERBS: &[&str] = &["لقي", "لقيا", "لقوا"];

/// Nouns after a verb of [`DYING_VERBS`] that make the idiom (normal form, with the pronoun).
const DYING_NOUNS: &[&str] = &[
    "حتفه",
    "حتفها",
    "حتفهما",
    "حتفهم",
    "مصرعه",
    "مصرعها",
    "مصرعهما",
    "مصرعهم",
];

/// Relative pronouns that may stand between a victim and its passive verb (normal form).
const RELATIVES: &[&str] = &["الذي", "التي", "الذين", "اللذين", "اللتين"];

/// The index of the passive verb of being killed that the name ending at char `end` is the
/// subject of: the next word (after a relative pronoun, if any) is a verb of
/// [`PASSIVE_HIT_VERBS`] followed by a word of [`PASSIVE_LEADS`], or a verb of [`DYING_VERBS`]
/// followed by a noun of [`DYING_NOUNS`], with no full stop or colon between.
fn passive_verb_after(tokens: &Tokens, end: usize) -> Option<usize> {
    let mut k = tokens.words.partition_point(|w| w.start < end);
    if RELATIVES.contains(&tokens.norm(k)) {
        k += 1;
    }
    let clause_break = |i: usize| {
        tokens
            .words
            .get(i)
            .and_then(|w| w.punct_before)
            .is_some_and(|c| matches!(c, '.' | ':' | '؟' | '!' | ';' | '؛'))
    };
    if clause_break(k) || clause_break(k + 1) {
        return None;
    }
    let (verb, next) = (tokens.norm(k), tokens.norm(k + 1));
    let passive = PASSIVE_HIT_VERBS.contains(&verb) && PASSIVE_LEADS.contains(&next);
    let dying = DYING_VERBS.contains(&verb) && DYING_NOUNS.contains(&next);
    (passive || dying).then_some(k)
}

/// True when the mention starting at char `start` is one of the sides named after `بين` (`قتل
/// أثناء تغطيته المواجهات بين الجيش وتنظيم X`): fighting between two sides names no one who
/// killed the victim. `بين` is sought in the [`BETWEEN_WINDOW`] words before the mention, with
/// no punctuation between.
fn between_sides(tokens: &Tokens, start: usize) -> bool {
    let k = tokens.words.partition_point(|w| w.end <= start);
    let from = k.saturating_sub(BETWEEN_WINDOW);
    for j in (from..k).rev() {
        if matches!(tokens.norm(j), "بين" | "وبين") {
            return true;
        }
        if tokens
            .words
            .get(j + 1)
            .is_some_and(|w| w.punct_before.is_some())
        {
            return false;
        }
    }
    false
}

/// Words before a mention within which `بين` makes it one side of a fight.
const BETWEEN_WINDOW: usize = 4;

/// Makes the source of an act of force its target when it is named in the event's sentence
/// only as the subject of a passive verb of being killed (see the module doc); a target named
/// after that verb, not as a place, becomes the source.
pub(super) fn passive_victim_sources(
    events: &mut [Event],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    for ev in events.iter_mut() {
        if !matches!(ev.code.get(..2), Some("18" | "19" | "20")) {
            continue;
        }
        let Some(victim) = entity_by_id(entities, ev.source.as_deref()) else {
            continue;
        };
        let Some((tokens, start, inside)) = mentions_in_sentence(ev, victim, article, texts) else {
            continue;
        };
        let verbs: Vec<Option<usize>> = inside
            .iter()
            .map(|m| passive_verb_after(tokens, m.end))
            .collect();
        let Some(first_verb) = verbs.iter().flatten().min().copied() else {
            continue;
        };
        if verbs.iter().any(Option::is_none) {
            continue;
        }
        let verb_end = tokens.words.get(first_verb).map_or(usize::MAX, |w| w.end);
        let sentence_end = start + ev.sentence.chars().count();
        // The doer: the target named after the verb, in the sentence, not as a place.
        let doer = entity_by_id(entities, ev.target.as_deref()).is_some_and(|t| {
            t.mentions.iter().any(|m| {
                in_event_paragraph(ev, m)
                    && verb_end <= m.start
                    && m.end <= sentence_end
                    && !venue(tokens, m.start)
                    && !between_sides(tokens, m.start)
            })
        });
        if doer {
            swap_actors(ev);
        } else {
            ev.target = ev.source.take();
            ev.target_country = ev.source_country.take();
        }
    }
}

#[cfg(test)]
mod tests {
    use rasd_model::EntityType;

    use super::*;
    use crate::entities::tokens::normalize_phrase;

    use super::super::violence::tests::settled_by;

    /// The (source, target) names left by [`passive_victim_sources`] for an event `code` of
    /// `body` from `source` to `target`, each given with its entity type.
    fn settled(
        body: &str,
        code: &str,
        source: Option<(&str, EntityType)>,
        target: Option<(&str, EntityType)>,
    ) -> (Option<String>, Option<String>) {
        settled_by(passive_victim_sources, body, code, source, target)
    }

    #[test]
    fn every_list_word_is_in_normal_form() {
        for word in PASSIVE_HIT_VERBS
            .iter()
            .chain(PASSIVE_LEADS)
            .chain(DYING_VERBS)
            .chain(DYING_NOUNS)
            .chain(RELATIVES)
        {
            assert_eq!(normalize_phrase(word), *word, "help: {word}");
        }
    }

    #[test]
    fn the_subject_of_a_passive_killing_is_its_victim() {
        use EntityType::{Location, Organization, Person};
        let s = |x: &str| Some(x.to_owned());
        // (sentence, code, source, target, expected source, expected target)
        let cases = [
            // Killed in a strike, no doer named: the victim is the target.
            (
                "وأكدت الوزارة أن القيادي في الجماعة سالم العتيبي قتل في غارة جوية قرب الحدود",
                "190",
                Some(("سالم العتيبي", Person)),
                None,
                None,
                s("سالم العتيبي"),
            ),
            // The strike's doer named after the verb, as a nationality: the two swap.
            (
                "وذكر المرصد أن عشرة من عناصر جبهة الفتح قتلوا في غارات شنتها طائرات أردنية",
                "195",
                Some(("جبهة الفتح", Organization)),
                Some(("أردنية", Location)),
                s("أردنية"),
                s("جبهة الفتح"),
            ),
            // The idiom of dying, after a relative pronoun; the place is no doer.
            (
                "ونعت الأسرة الضابط كريم ناصر الذي لقي حتفه في الموصل",
                "190",
                Some(("كريم ناصر", Person)),
                Some(("الموصل", Location)),
                None,
                s("كريم ناصر"),
            ),
            // An active verb goes on with its victim: the subject did it.
            (
                "وقال المتحدث إن جبهة الفتح قتلت في المعارك عشرين جنديا وأن الجيش قتل 15 مسلحا",
                "190",
                Some(("جبهة الفتح", Organization)),
                None,
                s("جبهة الفتح"),
                None,
            ),
            // Clashes between two sides name no one who killed the reporter.
            (
                "ونعت النقابة المصور فادي سالم الذي قتل أثناء تغطيته المعارك بين الجيش وجبهة الفتح",
                "190",
                Some(("فادي سالم", Person)),
                Some(("جبهة الفتح", Organization)),
                None,
                s("فادي سالم"),
            ),
            // A subject named elsewhere in the sentence as the doer stays.
            (
                "وقصفت جبهة الفتح مواقع الجيش، وقال مصدر إن قائد جبهة الفتح قتل في الرد",
                "190",
                Some(("جبهة الفتح", Organization)),
                None,
                s("جبهة الفتح"),
                None,
            ),
        ];
        for (body, code, source, target, want_source, want_target) in cases {
            let (src, tgt) = settled(body, code, source, target);
            assert_eq!((src, tgt), (want_source, want_target), "help: {body}");
        }
    }
}
