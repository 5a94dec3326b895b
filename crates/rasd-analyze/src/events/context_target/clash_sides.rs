//! The other side of a fight told as one between two sides.
//!
//! `اندلعت اشتباكات بين X وY من جهة، وZ من جهة أخرى`: X and Y fight on one side, Z on the
//! other; `دارت اشتباكات بين X وZ`: X against Z. The engine finds the fight with the source X
//! and, with no object after a noun of fighting, no target. [`CLASH_SIDES`] gives it the
//! actor of the other side.

use rasd_model::{ArticlePart, Entity, EntityType};

use super::{named_in_token, other_body, Found, Pass, Site};
use crate::events::text::{Token, TokenKind};

/// A fight between two sides (see [`find_clash_sides_target`]).
pub(super) const CLASH_SIDES: Pass = Pass {
    looks_at: clash_sides_looks_at,
    find: find_clash_sides_target,
};

/// Tokens at most between the trigger (`اشتباكات عنيفة دارت بين`) and `بين`.
const BETWEEN_AFTER_TRIGGER: usize = 3;

/// Tokens at most between `بين` and the source's name (`بين قوات X`).
const SOURCE_AFTER_BETWEEN: usize = 3;

/// Tokens at most between the source's name and the first `من جهة` (the source's side:
/// `بين X والقوات الموالية للرئيس السابق من جهة`).
const FIRST_SIDE_WINDOW: usize = 10;

/// Tokens after `من جهة` within which the other side's actor is named (`، والمقاومة الشعبية`,
/// `، وتشكيلات من الجيش الوطني`).
const OTHER_SIDE_WINDOW: usize = 5;

/// Actors that can be a side of a fight.
const SIDE_KINDS: &[EntityType] = &[
    EntityType::Organization,
    EntityType::Person,
    EntityType::Location,
];

/// A fight (19x) whose sentence holds `بين` (no `بين`, nothing to tokenize).
fn clash_sides_looks_at(e: &rasd_model::Event) -> bool {
    e.code.starts_with("19") && e.sentence.contains("بين")
}

/// True for the word `بين` on its own (not `وبين`, the second side: `بينها وبين X`).
fn is_between(t: &Token) -> bool {
    t.kind == TokenKind::Word && t.norm == "بين"
}

/// True when token `k` of `toks` is `جهه` right after `من` (`من جهة`).
fn is_side_mark(toks: &[Token], k: usize) -> bool {
    k > 0
        && toks.get(k).is_some_and(|t| t.norm == "جهه")
        && toks.get(k - 1).is_some_and(|t| t.norm == "من")
}

/// The target of a fight from the sides named after `بين` right after its trigger, the source
/// among the first side: the first actor named within [`OTHER_SIDE_WINDOW`] tokens after the
/// first `من جهة` that follows the source's name (`بين X وY من جهة، وZ من جهة أخرى` → Z), or,
/// when the sentence has no `من جهة`, the actor named on the word after the source's name when
/// that word starts with و, or on the next one (`بين X وقوات Z` → Z). None when the actor
/// found is the source or its state.
fn find_clash_sides_target(site: &Site) -> Option<Found> {
    let (e, toks, at, p) = (site.event(), site.toks, site.at, site.p);
    let text = site.article.body.get(p)?;
    let byte = text.find(e.sentence.as_str())?;
    let s_start = text.get(..byte).map_or(0, |t| t.chars().count());
    let s_end = s_start + e.sentence.chars().count();
    let last = toks.partition_point(|t| t.end <= s_end);
    let between = (at + 1..=at + BETWEEN_AFTER_TRIGGER)
        .take_while(|&k| k < last)
        .find(|&k| is_between(&toks[k]))?;
    let source: &Entity = site
        .entities
        .iter()
        .find(|x| Some(x.id.as_str()) == e.source.as_deref())?;
    let source_mentions = || {
        source
            .mentions
            .iter()
            .filter(move |m| m.part == ArticlePart::Body && m.paragraph == p && m.start >= s_start)
    };
    // The source's name, within a few tokens after `بين`.
    let (named, source_end) = (between + 1..=between + SOURCE_AFTER_BETWEEN)
        .take_while(|&k| k < last)
        .find_map(|k| {
            let t = &toks[k];
            source_mentions()
                .find(|m| m.start >= t.start && m.start < t.end)
                .map(|m| (k, m.end))
        })?;
    let side_marks = (named + 1..last).any(|k| is_side_mark(toks, k));
    let other = if side_marks {
        let mark = (named + 1..=named + FIRST_SIDE_WINDOW)
            .take_while(|&k| k < last)
            .find(|&k| is_side_mark(toks, k))?;
        (mark + 1..=mark + OTHER_SIDE_WINDOW)
            .take_while(|&k| k < last && !is_side_mark(toks, k + 1))
            .filter(|&k| toks[k].kind == TokenKind::Word)
            .find_map(|k| named_in_token(site.entities, SIDE_KINDS, p, &toks[k]))?
    } else {
        let next = toks.partition_point(|t| t.start < source_end);
        let joined = toks
            .get(next)
            .is_some_and(|t| t.kind == TokenKind::Word && t.norm.starts_with('و'));
        if !joined {
            return None;
        }
        (next..=next + 1)
            .take_while(|&k| k < last && toks[k].kind == TokenKind::Word)
            .find_map(|k| named_in_token(site.entities, SIDE_KINDS, p, &toks[k]))?
    };
    if other.id == source.id {
        return None;
    }
    other_body(e, other)
}
