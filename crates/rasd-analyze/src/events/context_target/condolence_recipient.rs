//! The state to which condolences or solidarity are addressed.
//!
//! `أعرب الوزير عن تعازيه لحكومة وشعب X`، `مبدية تضامنها مع الشعب X`، `مؤكدا وقوف بلاده مع
//! X`: an expression of sympathy (018) names whom it is addressed to after `لـ`، `إلى` or `مع`,
//! often through a noun for the state's people or rulers (`الشعب`، `الحكومة`، `القيادة في`).
//! The engine finds the sympathy with its source and, with no entity right after the trigger,
//! no target. [`CONDOLENCE_RECIPIENT`] gives it that state. A place named otherwise (`ضحايا
//! الهجوم الذي وقع في X`: where the attack was) is no recipient, and the source's own state is
//! never taken.
//!
//! The engine may also take the one addressed for the source (`وعبر عن تعازيه للقيادة في X`,
//! `ورفع تعازيه لخادم الحرمين الشريفين الملك X`): [`repoint_addressed_sources`] makes it the
//! target and gives the source back to the subject of the sentence.

use rasd_model::{Article, ArticlePart, Entity, EntityType, Event};

use super::{clause_words_after, named_in_token, Found, ParagraphTokens, Pass, Site};
use crate::events::learned::Trigger;
use crate::events::text::{normalize_word, Token, TokenKind};

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

/// Titles of a ruler addressed that may stand between the preposition and his name
/// (normalized, without a prefix): `لخادم الحرمين الشريفين الملك X`، `إلى مقام الرئيس X`.
const ADDRESSEE_TITLES: &[&str] = &[
    "خادم",
    "الحرمين",
    "الشريفين",
    "الملك",
    "مقام",
    "الامير",
    "الرئيس",
    "فخامه",
];

/// Words that may stand between a verb of expressing and its sympathy noun without naming who
/// expresses it (normalized): `وأعرب عن خالص تعازيه`، `حيث قدم أحر تعازيه`.
const SUBJECTLESS_WORDS: &[&str] = &[
    "عن", "خالص", "اصدق", "احر", "اعمق", "بالغ", "عميق", "حيث", "كما", "ثم", "وقد", "قد", "فيما",
];

/// Words looked at before the trigger for the subject of the sentence.
const SUBJECT_WINDOW: usize = 8;

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

/// Re-points each expression of sympathy (018) with no target whose source is named after its
/// trigger, in its clause, as the one addressed (see [`addressed`]: `وعبر عن تعازيه للقيادة في
/// X`، `تعازيه إلى خادم الحرمين الشريفين الملك X`): that actor (for a place, its state) becomes
/// the target, and the source the subject of the sentence (see [`subject_before`]).
pub(super) fn repoint_addressed_sources(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    paragraphs: &ParagraphTokens,
) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.code != "018" || e.target.is_some() {
            continue;
        }
        let Some(addressee) = entities
            .iter()
            .find(|s| Some(s.id.as_str()) == e.source.as_deref())
        else {
            continue;
        };
        let p = e.paragraph;
        let (Some(toks), Some(text)) = (paragraphs.of(p), article.body.get(p)) else {
            continue;
        };
        let Some(at) = toks.iter().position(|t| t.start == triggers[i].start) else {
            continue;
        };
        let named_here = |k: &usize| {
            addressee.mentions.iter().any(|m| {
                m.part == ArticlePart::Body
                    && m.paragraph == p
                    && m.start >= toks[*k].start
                    && m.start < toks[*k].end
            })
        };
        let Some(k) = clause_words_after(toks, at, RECIPIENT_WINDOW).find(named_here) else {
            continue;
        };
        if !addressed(toks, k, at, &mention_prefix(text, addressee, p, &toks[k])) {
            continue;
        }
        let target = match (addressee.kind, addressee.country.as_deref()) {
            (EntityType::Location, Some(a3)) => {
                crate::actors::state_entity(entities, a3).unwrap_or(addressee)
            }
            _ => addressee,
        };
        let (source, source_country) = match subject_before(toks, at, entities, p, addressee) {
            Subject::Named(s) => (Some(s.id.clone()), s.country.clone()),
            Subject::Unnamed => (None, None),
            Subject::Implied => last_source_before(events, triggers, i, &addressee.id, &target.id)
                .map_or((None, None), |j| {
                    (events[j].source.clone(), events[j].source_country.clone())
                }),
        };
        let e = &mut events[i];
        e.target = Some(target.id.clone());
        e.target_country = target.country.clone();
        e.source = source;
        e.source_country = source_country;
    }
}

/// Who the words before a sympathy noun name as expressing it.
enum Subject<'e> {
    /// An actor of the article (`وعبرت الهيئة عن تعازيها`، `ورفع العميد X تعازيه`).
    Named(&'e Entity),
    /// Someone the article has no entity for (`وعبر الأزهر عن تعازيه`).
    Unnamed,
    /// Nobody: the verb's subject is the one the sentences before were about (`وأعرب عن
    /// تعازيه`).
    Implied,
}

/// The subject named before the trigger at `at`, in its clause (at most [`SUBJECT_WINDOW`]
/// words back): the first actor other than `addressee` named there (or a person named by the
/// last word of their name: `العميد العتيبي`), else [`Subject::Unnamed`] when a word there
/// other than the verb and [`SUBJECTLESS_WORDS`] may name one, else [`Subject::Implied`].
fn subject_before<'e>(
    toks: &[Token],
    at: usize,
    entities: &'e [Entity],
    p: usize,
    addressee: &Entity,
) -> Subject<'e> {
    let words: Vec<&Token> = toks[..at]
        .iter()
        .rev()
        .take_while(|t| t.kind == TokenKind::Word)
        .take(SUBJECT_WINDOW)
        .collect();
    let kinds = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Location,
    ];
    for t in words.iter().rev() {
        let named = named_in_token(entities, &kinds, p, t)
            .or_else(|| person_by_last_name(entities, &t.norm))
            .filter(|s| s.id != addressee.id);
        if let Some(s) = named {
            return Subject::Named(s);
        }
    }
    let naming = words
        .iter()
        .filter(|t| !SUBJECTLESS_WORDS.contains(&t.norm.as_str()))
        .count();
    if naming > 1 {
        Subject::Unnamed
    } else {
        Subject::Implied
    }
}

/// The person of `entities` whose name's last word (of four letters or more) is the word `w`
/// (normalized): `العتيبي` for `عبدالله بن سعد العتيبي`.
fn person_by_last_name<'e>(entities: &'e [Entity], w: &str) -> Option<&'e Entity> {
    if w.chars().count() < 4 {
        return None;
    }
    entities.iter().find(|e| {
        e.kind == EntityType::Person
            && e.name.split_whitespace().count() > 1
            && e.name
                .split_whitespace()
                .last()
                .is_some_and(|last| normalize_word(last) == w)
    })
}

/// The last event told before event `i` (in its paragraph, before its trigger, or in the
/// paragraph before) with a source that is neither `addressee` nor `target`: its index.
fn last_source_before(
    events: &[Event],
    triggers: &[Trigger],
    i: usize,
    addressee: &str,
    target: &str,
) -> Option<usize> {
    let e = &events[i];
    let here = (e.paragraph, triggers[i].start);
    events
        .iter()
        .enumerate()
        .filter(|&(j, d)| {
            let at = (d.paragraph, triggers[j].start);
            let near = d.paragraph == e.paragraph || d.paragraph + 1 == e.paragraph;
            j != i
                && near
                && at < here
                && d.source
                    .as_deref()
                    .is_some_and(|s| s != addressee && s != target)
        })
        .max_by_key(|&(j, d)| (d.paragraph, triggers[j].start))
        .map(|(j, _)| j)
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
    let head = |w: &str| RECIPIENT_HEADS.contains(&w) || ADDRESSEE_TITLES.contains(&w);
    let w = without_and(w);
    if head(w) {
        return Some(false);
    }
    if let Some(rest) = w.strip_prefix("لل") {
        return head(&format!("ال{rest}")).then_some(true);
    }
    let rest = w.strip_prefix('ل')?;
    head(rest).then_some(true)
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
