//! Events: who did what to whom, coded with CAMEO.
//!
//! [`find_events`] reads an article's body with its entities and codes each event it finds with
//! a CAMEO code, the codebook's label and Goldstein score ([`cameo`]), its source and target
//! actors, whether the text negates it, its date, and the sentence as evidence.
//!
//! # Triggers
//! A lexicon (`data/event-lexicon.tsv`, the project's own, over the public CAMEO codebook) maps
//! Arabic verbs and verbal nouns to codes, some only with an object (`وقّع` + `اتفاقية` → 057
//! sign formal agreement, `قدّم` + `حلًا` → 030, `قدّم` + `مساعدات` → 070). Families covered:
//! statements (010, 018), appeals (020, 100 and 106 demands), intent to cooperate, offers,
//! proposals and agreements (030), consult, meet, telephone, visit, host, mediate, negotiate
//! (040–046), praise, defend, apologize, sign (051–057), cooperate (060–064), aid (070–071),
//! withdraw, release, lift sanctions, truce (0874, 0841, 085, 0871), investigate (090),
//! criticize, condemn, accuse, complain (111–114), reject (120), threaten (130), protest and
//! strike (141, 143), mobilize (154), break relations, suspend talks, sanction, expel (161–166),
//! arrest, seize, demolish, deport (173–174), kidnap, assault, bomb, assassinate (181–186),
//! fight, shell, air strikes, occupy, besiege, violate a truce (190–196), massacres (202).
//!
//! A verb is always a trigger. A verbal noun is one only when it is anchored: a pronoun suffix
//! names its actor (`انسحابها`), an entity follows it (`زيارة عطا الله`), a preposition and an
//! entity follow (`زيارة إلى مالي`), a support verb governs it (`أجرى محادثات`، `لم تفضِ … إلى
//! توقيع`), or it is negated (`دون توقيع`). A bare definite noun (`الزيارة جاءت`) refers back to
//! an event already counted and is not a new one.
//!
//! # Actors
//! The source is the subject: a person named in the words after the verb (titles allowed
//! before the name), else an organization or place right after the verb, else a mention just
//! before it in the clause; else a description (`الوزير`، `المعهد`) or "the two sides"
//! (`الجانبان` → the last source and target), else the last subject (pronouns, implicit
//! subjects, participles). The target is the next entity after the source (the verb's object or
//! the noun after `إلى`، `مع`، `ضد`…), skipping the source's own nationality
//! (`المبعوث الأمريكي`). For cooperative codes (03–07) with no target, an actor that continues
//! keeps its last counterpart (`إجراء مناقشات مع السلطات المحلية` after a visit to Mali).
//!
//! A person may stand for their country: the source stays the person (an entity id), and
//! `source_country` records the country (ISO 3166-1 alpha-3 from the entity); likewise
//! `target_country`.
//!
//! # Negation
//! `لم`، `لن`، `لا` (not `لا يزال`، `لا سيما`)، `ليس`، `دون`، `بدون`، `عدم`، `نفى`، `امتنع`،
//! `رفض` up to five words before the trigger, in the same clause, with no event between them,
//! set `negated` (`ولم تفضِ الزيارة إلى توقيع اتفاقيات`). A rejection is an event (120) and also
//! negates what it governs (`رفضت التوقيع` → 120, and 057 negated).
//!
//! # Not matched
//! Passive verbs (`قُتل عشرة`) take the patient as the subject when it follows; words inside
//! quotation marks are not coded; events across sentences are not joined.

pub mod cameo;
pub(crate) mod engine;
pub mod eval;
pub(crate) mod lexicon;
pub(crate) mod text;

use rasd_model::{Article, Entity, Event, Quote};

/// Finds the events of `article`, with actors among `entities`.
///
/// ```
/// use rasd_model::{Article, Entity, EntityType, Mention};
/// let text = "زار الوزير سامي ناصر مالي أمس.";
/// let article = Article { body: vec![text.into()], ..Article::default() };
/// let mention = |id: &str, kind, name: &str| {
///     let start = text.chars().collect::<Vec<_>>().windows(name.chars().count())
///         .position(|w| w.iter().collect::<String>() == name).unwrap();
///     Entity { id: id.into(), name: name.into(), kind, aliases: vec![], country: None,
///         coordinates: None,
///         mentions: vec![Mention { text: name.into(), part: Default::default(), paragraph: 0, start,
///                                  end: start + name.chars().count() }] }
/// };
/// let entities = [mention("p1", EntityType::Person, "سامي ناصر"),
///                 mention("MLI", EntityType::Location, "مالي")];
/// let events = rasd_analyze::events::find_events(&article, &entities);
/// assert_eq!(events[0].code, "042");
/// assert_eq!(events[0].source.as_deref(), Some("p1"));
/// assert_eq!(events[0].target.as_deref(), Some("MLI"));
/// ```
pub fn find_events(article: &Article, entities: &[Entity]) -> Vec<Event> {
    engine::run(article, entities).1
}

/// Finds quotes and events in one pass (what [`crate::quotes::find_quotes`] and
/// [`find_events`] return, for half the work).
pub fn find_quotes_and_events(article: &Article, entities: &[Entity]) -> (Vec<Quote>, Vec<Event>) {
    engine::run(article, entities)
}
