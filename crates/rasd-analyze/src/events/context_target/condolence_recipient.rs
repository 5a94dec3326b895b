//! The state to which condolences or solidarity are addressed.
//!
//! `أعرب الوزير عن تعازيه لحكومة وشعب X`، `مبدية تضامنها مع الشعب X`، `مؤكدا وقوف بلاده مع
//! X`: an expression of sympathy (018) names whom it is addressed to after `لـ`، `إلى` or `مع`,
//! often through a noun for the state's people or rulers (`الشعب`، `الحكومة`، `القيادة في`).
//! The engine finds the sympathy with its source and, with no entity right after the trigger,
//! no target. [`CONDOLENCE_RECIPIENT`] gives it that state. A place named otherwise (`ضحايا
//! الهجوم الذي وقع في X`: where the attack was) is no recipient, and the source's own state is
//! never taken.

use rasd_model::{ArticlePart, Entity, EntityType, Event};

use super::{clause_words_after, named_in_token, Found, Pass, Site};
use crate::events::text::{Token, TokenKind};

/// An expression of sympathy addressed to a state (see [`find_condolence_recipient_target`]).
pub(super) const CONDOLENCE_RECIPIENT: Pass = Pass {
    looks_at: condolence_recipient_looks_at,
    find: find_condolence_recipient_target,
};

/// Words after the trigger within which the recipient is sought.
const RECIPIENT_WINDOW: usize = 30;

/// Nouns for a state's people, rulers or authorities that may stand between the preposition and
/// the state's name or nationality (normalized, without a prefix): `لحكومة وشعب X`، `للقيادة
/// في X`، `مع الشعب X`، `للأشقاء في X`.
const RECIPIENT_HEADS: &[&str] = &[
    "الشعب",
    "شعب",
    "الحكومه",
    "حكومه",
    "القياده",
    "قياده",
    "السلطات",
    "سلطات",
    "الاشقاء",
    "اشقاء",
    "الدوله",
    "دوله",
];

/// Prepositions, written as words, that lead to the recipient (normalized).
const RECIPIENT_PREPOSITIONS: &[&str] = &["الى", "الي", "والى", "والي", "مع", "ومع"];

/// An expression of sympathy (018).
fn condolence_recipient_looks_at(e: &Event) -> bool {
    e.code == "018"
}

/// The target of an expression of sympathy (018): the state of the first place named after its
/// trigger, in its clause and at most [`RECIPIENT_WINDOW`] words on, that is addressed (see
/// [`addressed`]), when that state is an entity of the article and neither the source nor its
/// state.
fn find_condolence_recipient_target(site: &Site) -> Option<Found> {
    let (e, entities, toks) = (site.event(), site.entities, site.toks);
    let source = entities
        .iter()
        .find(|s| Some(s.id.as_str()) == e.source.as_deref());
    for k in clause_words_after(toks, site.at, RECIPIENT_WINDOW) {
        let Some(place) = named_in_token(entities, &[EntityType::Location], site.p, &toks[k])
        else {
            continue;
        };
        let Some(a3) = place.country.as_deref() else {
            continue;
        };
        let text = site.article.body.get(site.p)?;
        if !addressed(
            toks,
            k,
            site.at,
            &mention_prefix(text, place, site.p, &toks[k]),
        ) {
            continue;
        }
        let own = e.source_country.as_deref() == Some(a3)
            || source.is_some_and(|s| s.country.as_deref() == Some(a3));
        if own {
            return None;
        }
        let state = crate::actors::state_entity(entities, a3)?;
        if Some(state.id.as_str()) == e.source.as_deref() {
            return None;
        }
        return Some(Found {
            target: state.id.clone(),
            country: Some(a3.to_string()),
        });
    }
    None
}

/// The word without a leading و (`وشعب` → `شعب`), when a word is left.
fn without_and(w: &str) -> &str {
    w.strip_prefix('و')
        .filter(|r| r.chars().count() > 1)
        .unwrap_or(w)
}

/// A head of [`RECIPIENT_HEADS`] with `لـ` before it (`للشعب`، `لحكومة`، `وللقيادة`): `Some(true)`;
/// a head without it: `Some(false)`; no head: `None`.
fn head_with_to(w: &str) -> Option<bool> {
    let w = without_and(w);
    if RECIPIENT_HEADS.contains(&w) {
        return Some(false);
    }
    if let Some(rest) = w.strip_prefix("لل") {
        return RECIPIENT_HEADS
            .contains(&format!("ال{rest}").as_str())
            .then_some(true);
    }
    let rest = w.strip_prefix('ل')?;
    RECIPIENT_HEADS.contains(&rest).then_some(true)
}

/// The letters of token `t` of paragraph `p` (its `text`) before the first mention of `place`
/// in it (`و`، `ل`، `ول` of `وللمملكة`; empty when the name starts the word).
fn mention_prefix(text: &str, place: &Entity, p: usize, t: &Token) -> String {
    let start = place
        .mentions
        .iter()
        .filter(|m| m.part == ArticlePart::Body && m.paragraph == p)
        .map(|m| m.start)
        .find(|&s| s >= t.start && s < t.end)
        .unwrap_or(t.start);
    text.chars().skip(t.start).take(start - t.start).collect()
}

/// True when the place named in token `k` is addressed: its `prefix` (see [`mention_prefix`])
/// carries `لـ` (`للمملكة`، `لمصر`), or the words before it, back to the trigger at `at`, are heads of
/// [`RECIPIENT_HEADS`] (with `في` after one: `للقيادة في X`) of which one carries `لـ` or which
/// a preposition of [`RECIPIENT_PREPOSITIONS`] leads (`مع الشعب X`، `إلى X`).
fn addressed(toks: &[Token], k: usize, at: usize, prefix: &str) -> bool {
    if prefix.contains('ل') {
        return true;
    }
    let mut j = k;
    while j > at + 1 {
        j -= 1;
        let t = &toks[j];
        if t.kind != TokenKind::Word {
            return false;
        }
        let w = t.norm.as_str();
        if RECIPIENT_PREPOSITIONS.contains(&w) {
            return true;
        }
        if w == "في" && j > at + 1 && head_with_to(&toks[j - 1].norm).is_some() {
            continue;
        }
        match head_with_to(w) {
            Some(true) => return true,
            Some(false) => continue,
            None => return false,
        }
    }
    false
}
