//! The state hit by one state's act of force on another's soil, when the sentence names only
//! the place where it struck.
//!
//! Writers name where a foreign force struck, raided or arrested rather than whom: `شنت طائرات
//! إسرائيلية غارات على مواقع في ريف دمشق`، `داهمت القوات الإسرائيلية بلدات في محافظة الخليل`.
//! Readers (and annotators) take the state of that place as the act's target (Syria,
//! Palestine). A strike (shelling, an air raid: codes 193–195, or an assault or a fight, roots
//! 18–19, whose trigger names a strike) left with a source of a known state and no target takes
//! the state of the first place named after its trigger in its clause, led by a preposition of
//! place, when that state is another than the source's and is itself named in the article.
//!
//! Nothing is filled for a state's act on its own soil (`قصف الجيش السوري مواقع في ريف دمشق`),
//! for a source of no state (an armed group: [`crate::actors`] gives such a group the country
//! where it struck in its own pass), or when an organization or a person is named between the
//! trigger and the place (the act's object may be that body, left to the other passes).

use rasd_model::{Article, ArticlePart, Entity, EntityType, Event};

use crate::events::learned::Trigger;
use crate::events::text::{tokenize, Token, TokenKind};

/// Words after the trigger within which the place is sought.
const PLACE_WINDOW: usize = 12;

/// Prepositions of place (normalized) that lead the place struck, at most
/// [`LEAD_WINDOW`] words before it: `في`، `على` (folded `علي`)، `قرب`، `داخل`، a direction,
/// `ريف`، and a place noun with `بـ` (`بمحافظة`). Not `إلى`: a way to a place is no place
/// struck (`شحنة في طريقها إلى X`).
const PLACE_LEADS: &[&str] = &[
    "في",
    "وفي",
    "علي",
    "وعلي",
    "قرب",
    "بالقرب",
    "داخل",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
    "بريف",
    "ريف",
    "بمحافظه",
    "بمدينه",
    "بمنطقه",
    "ببلده",
    "بقريه",
    "بولايه",
    "بمخيم",
    "بحي",
];

/// Words that, before the place, make it another state than the one struck: a border
/// (`قرب الحدود مع X`، `الحدود الليبية`), a flag or a registry (`ناقلة ترفع علم X`، `سفينة
/// مسجلة في X`), a way (`في طريقها إلى X`).
const NOT_STRUCK_BEFORE: &[&str] = &[
    "الحدود",
    "حدود",
    "والحدود",
    "بالحدود",
    "الحدوديه",
    "الشريط",
    "علم",
    "ترفع",
    "مسجله",
    "المسجله",
    "طريقها",
    "طريقه",
    "طريقهم",
];

/// Words before the place within which its preposition is sought.
const LEAD_WINDOW: usize = 3;

/// Words that open another clause (another act, a time, a contrast): the place is sought
/// before them.
const CLAUSE_STOPS: &[&str] = &[
    "بعد",
    "قبل",
    "اثر",
    "عقب",
    "منذ",
    "لكن",
    "ولكن",
    "حيث",
    "اذا",
    "فيما",
    "بينما",
    "حين",
    "الذي",
    "التي",
    "الذين",
    "وقال",
    "وقالت",
    "قال",
    "قالت",
];

/// Fills the target of each strike with a source of a known state and no target from
/// the place it struck (see the module doc). `triggers` is aligned with `events` (nothing is
/// done otherwise).
pub(crate) fn fill_struck_place_targets(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
) {
    if triggers.len() != events.len() {
        return;
    }
    // Each paragraph is tokenized once, when an event first needs it.
    let mut paragraphs: Vec<Option<Vec<Token>>> = vec![None; article.body.len()];
    for (ev, trigger) in events.iter_mut().zip(triggers) {
        if ev.target.is_some() || !is_act_of_force(ev) {
            continue;
        }
        let Some(source_state) = source_state(ev, entities) else {
            continue;
        };
        let Some(text) = article.body.get(ev.paragraph) else {
            continue;
        };
        let toks = paragraphs[ev.paragraph]
            .get_or_insert_with(|| tokenize(&text.chars().collect::<Vec<_>>()));
        let Some(at) = toks.iter().position(|t| t.start == trigger.start) else {
            continue;
        };
        if !matches!(ev.code.as_str(), "193" | "194" | "195") && !is_strike_word(&toks[at].norm) {
            continue;
        }
        let Some(a3) = struck_place_state(toks, at, entities, ev, source_state) else {
            continue;
        };
        if a3 == source_state {
            continue;
        }
        let Some(state) = crate::actors::state_entity(entities, a3) else {
            continue;
        };
        if Some(state.id.as_str()) == ev.source.as_deref() {
            continue;
        }
        ev.target = Some(state.id.clone());
        ev.target_country = Some(a3.to_string());
    }
}

/// True for an assault or a fight (roots 18–19) with a source.
fn is_act_of_force(ev: &Event) -> bool {
    ev.source.is_some() && matches!(ev.code.get(..2), Some("18" | "19"))
}

/// Strikes named by a noun of their own (normalized, without a prefix): an act of force coded
/// more broadly (190, 18) is looked at only with one of these, or a verb or noun of shelling or
/// air raids, as its trigger: a killing, a bombing or an attack in a place is often told of
/// the victims' or the doers' own state, or with a doer read from the context.
const STRIKE_NOUNS: &[&str] = &["ضربه", "ضربات", "ضربتين", "عدوان", "العدوان"];

/// True when the trigger's word names a strike: shelling or an air raid (`قصف`، `غارات`،
/// `أغارت`), or a [`STRIKE_NOUNS`] noun.
fn is_strike_word(norm: &str) -> bool {
    let w = norm.strip_prefix(['و', 'ف']).unwrap_or(norm);
    let w = w.strip_prefix("لل").unwrap_or(w);
    let w = w.strip_prefix(['ب', 'ل']).unwrap_or(w);
    let w = w.strip_prefix("ال").unwrap_or(w);
    w.contains("قصف") || w.starts_with("غار") || w.starts_with("اغار") || STRIKE_NOUNS.contains(&w)
}

/// The state (ISO code) of the event's source: its own country, or the country of its entity.
fn source_state<'e>(ev: &'e Event, entities: &'e [Entity]) -> Option<&'e str> {
    ev.source_country.as_deref().or_else(|| {
        entities
            .iter()
            .find(|e| Some(e.id.as_str()) == ev.source.as_deref())
            .and_then(|e| e.country.as_deref())
    })
}

/// The state (ISO code) of the first place named after the trigger at token `at`, in its
/// clause (past commas, up to other punctuation, [`PLACE_WINDOW`] words or a [`CLAUSE_STOPS`]
/// word), led by a [`PLACE_LEADS`] word at most [`LEAD_WINDOW`] words before it or by a `بـ`
/// prefixed to it (`بالخليل`), not by `من` nor after a [`NOT_STRUCK_BEFORE`] word. The
/// source's own mentions are passed over
/// (`طائرات إسرائيلية`, and an adjective of its state not led by a preposition); none when an
/// organization, a person or another place not so led is named before it in that stretch.
fn struck_place_state<'e>(
    toks: &[Token],
    at: usize,
    entities: &'e [Entity],
    ev: &Event,
    source_state: &str,
) -> Option<&'e str> {
    let p = ev.paragraph;
    let clause = toks
        .iter()
        .enumerate()
        .skip(at + 1)
        .filter(|(_, t)| !(t.kind == TokenKind::Punct && t.is_comma()))
        .take_while(|(_, t)| t.kind != TokenKind::Punct)
        .take(PLACE_WINDOW)
        .take_while(|(_, t)| !CLAUSE_STOPS.contains(&t.norm.as_str()));
    for (k, t) in clause {
        let Some(named) = named_in_token(entities, p, t) else {
            continue;
        };
        if Some(named.id.as_str()) == ev.source.as_deref() {
            continue;
        }
        if named.kind != EntityType::Location {
            return None;
        }
        let before: Vec<&str> = toks[at + 1..k]
            .iter()
            .rev()
            .take_while(|b| b.kind == TokenKind::Word)
            .take(LEAD_WINDOW)
            .map(|b| b.norm.as_str())
            .collect();
        if before.first().is_some_and(|w| *w == "من" || *w == "ومن")
            || before.iter().any(|w| NOT_STRUCK_BEFORE.contains(w))
        {
            return None;
        }
        // `بـ` prefixed to the place's own word (`بالخليل`), not a ب that begins its name.
        let prefixed = t.norm.starts_with('ب')
            && named.mentions.iter().any(|m| {
                m.part == ArticlePart::Body
                    && m.paragraph == p
                    && m.start > t.start
                    && m.start < t.end
            });
        let led = prefixed || before.iter().any(|w| PLACE_LEADS.contains(w));
        if !led && named.country.as_deref() == Some(source_state) {
            continue;
        }
        return if led { named.country.as_deref() } else { None };
    }
    None
}

/// The first entity with a body mention in paragraph `p` that starts within token `t` (at its
/// first char or after a prefix: `بالخليل`).
fn named_in_token<'e>(entities: &'e [Entity], p: usize, t: &Token) -> Option<&'e Entity> {
    entities.iter().find(|b| {
        b.mentions.iter().any(|m| {
            m.part == ArticlePart::Body && m.paragraph == p && m.start >= t.start && m.start < t.end
        })
    })
}

#[cfg(test)]
mod tests {
    use rasd_model::Article;

    use crate::events::text::normalize_word;

    use super::*;

    #[test]
    fn every_list_word_is_in_normal_form() {
        for word in PLACE_LEADS
            .iter()
            .chain(CLAUSE_STOPS)
            .chain(NOT_STRUCK_BEFORE)
            .chain(STRIKE_NOUNS)
        {
            assert_eq!(normalize_word(word), *word, "help: {word}");
        }
    }

    /// The (code, source, target) of every event the whole analysis finds in one paragraph.
    fn analyzed(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let article = Article {
            body: vec![text.to_owned()],
            ..Article::default()
        };
        crate::Analyzer::embedded()
            .analyze(&article)
            .events
            .into_iter()
            .map(|e| (e.code, e.source, e.target))
            .collect()
    }

    #[test]
    fn a_foreign_strike_on_a_place_hits_the_place_s_state() {
        // A foreign air force strikes sites near a capital: the state of the place is hit.
        let events = analyzed("شنت طائرات إسرائيلية فجر اليوم غارات على مواقع في ريف دمشق.");
        assert!(
            events.iter().any(|(c, s, t)| c.starts_with("19")
                && s.as_deref() == Some("loc:ISR")
                && t.as_deref() == Some("loc:SYR")),
            "{events:?}"
        );
        // A flag is no place struck, nor a state across a border.
        let events =
            analyzed("قصفت البحرية الإيرانية بالصواريخ ناقلة ترفع علم بنما قرب الحدود مع عمان.");
        assert!(
            events
                .iter()
                .all(|(_, _, t)| t.as_deref() != Some("loc:PAN") && t.as_deref() != Some("loc:OMN")),
            "{events:?}"
        );
        // A state's own army on its own soil: no target is made up.
        let events = analyzed("قصف الجيش السوري مواقع في ريف دمشق بالمدفعية الثقيلة.");
        assert!(
            events
                .iter()
                .filter(|(c, _, _)| c.starts_with("19"))
                .all(|(_, _, t)| t.as_deref() != Some("loc:SYR")),
            "{events:?}"
        );
    }
}
