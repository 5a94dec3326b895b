//! One pass over an article that finds quotes and events together.
//!
//! Quotes and events share their hard part: deciding who acts or speaks. Both read the same
//! tokens, the same entity mentions and the same discourse context (the last person or
//! organization that was a subject), so one pass in document order serves both.
//!
//! Per paragraph: tokenize, split sentences, map entity mentions onto tokens, find the spans in
//! quotation marks; then walk each sentence's tokens, looking each word up in the lexicon once.

use std::collections::HashSet;

use rasd_model::{Article, ArticlePart, Entity, EntityType, Event, Mention, Quote};

use super::cameo;
use super::learned::{ParaText, Trigger};
use super::lexicon::{self, Entry, Lexicon, Pos, Role};
use super::text::{self, bare, slice, starts_with_any, Token, TokenKind};
use crate::entities::tokens::normalize_phrase;
use crate::entities::WEEKDAYS;
use crate::gazetteer::{Class, Gazetteer};
use crate::quotes::{quote_spans, QuoteSpan};

/// How far (in tokens) a subject, speaker or target is looked for.
const WINDOW: usize = 12;
/// How many tokens before a trigger a negator may stand.
const NEGATION_WINDOW: usize = 5;
/// Plain negation particles: after them an exception (`إلا`, `سوى`) tells that the act
/// happened ("لم يلتق الوزير إلا السفير"). Verbs of denial or refusal are not among them.
const NEGATION_PARTICLES: &[&str] = &[
    "لم", "لن", "لا", "ليس", "ليست", "ولم", "ولن", "ولا", "فلم", "فلا",
];
/// Exceptives after a negated act, in normal form (`إلا`, `سوى`: the normalizer folds `إ` and
/// `ى`).
const EXCEPTIVES: &[&str] = &["الا", "سوي"];
/// How many words after a negated trigger its exception may stand.
const EXCEPTION_WINDOW: usize = 8;
/// Fighters named before the group they belong to, as the subject of a launching verb
/// ("هجوما شنه مسلحون من تنظيم X", "شنه متمردو جبهة X"); normalized.
const LAUNCHING_FIGHTERS: &[&str] = &[
    "مسلحون",
    "مسلحو",
    "مسلحين",
    "متمردون",
    "متمردو",
    "متمردين",
    "مقاتلون",
    "مقاتلو",
    "مقاتلين",
    "عناصر",
    "مليشيات",
    "ميليشيات",
];
/// A quoted span of at least this many words is a quote even without an attribution.
const LONG_QUOTE_WORDS: usize = 8;
/// An unmarked span next to an attribution must have at least this many words to be a quote.
const MIN_ATTACHED_QUOTE_WORDS: usize = 2;

/// True when `w` (normal form, without و/ف) names a day: a day of the week ([`WEEKDAYS`]),
/// `اليوم` or `امس`.
fn names_a_day(w: &str) -> bool {
    WEEKDAYS.contains(&w) || matches!(w, "اليوم" | "امس")
}

/// True when the word at `i` is فجر (dawn) before a day's name ("فجر السبت", "فجر اليوم").
fn dawn_of_day(tokens: &[Token], i: usize) -> bool {
    // (Not `bare`: it would take فجر's own ف for a conjunction.)
    tokens
        .get(i)
        .is_some_and(|t| t.norm.strip_prefix('و').unwrap_or(&t.norm) == "فجر")
        && tokens
            .get(i + 1)
            .is_some_and(|n| names_a_day(bare(&n.norm)))
}

/// Nouns of a state that stand before its name as part of it (normal form): "دولة الكويت",
/// "جمهورية مصر", "مملكة البحرين", "سلطنة عمان".
const STATE_NOUNS: &[&str] = &["دوله", "جمهوريه", "مملكه", "سلطنه"];

/// When the mention of the place `e` that begins at char `start` in token `first` is right
/// after an indefinite state noun ("دولة قطر"), whether that noun carries a preposition
/// (`لدولة`, `بدولة`); `None` when there is no such noun or the mention does not begin its token.
fn state_noun_before(e: &Entity, tokens: &[Token], first: usize, start: usize) -> Option<bool> {
    if e.kind != EntityType::Location || tokens.get(first)?.start != start {
        return None;
    }
    let t = tokens.get(first.checked_sub(1)?)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    state_noun_with_prep(bare(&t.norm))
}

/// True when `w` is a state noun, alone or behind ب/ل/ك (`بدولة`).
fn state_noun(w: &str) -> bool {
    state_noun_with_prep(bare(w)).is_some()
}

/// For a state noun (`w` without و/ف), whether it carries ب/ل/ك (`لدولة`); `None` for any other
/// word.
fn state_noun_with_prep(w: &str) -> Option<bool> {
    if STATE_NOUNS.contains(&w) {
        return Some(false);
    }
    let rest = w.strip_prefix(['ب', 'ل', 'ك'])?;
    STATE_NOUNS.contains(&rest).then_some(true)
}

/// A mention mapped onto tokens.
#[derive(Debug, Clone)]
struct Span {
    entity: usize,
    first: usize,
    /// Exclusive.
    last: usize,
    /// The mention begins inside its first token behind a preposition (`لرويترز`, `بباماكو`).
    behind_prep: bool,
}

/// A person the page named behind an honorific title (`فضيلة … الشيخ X`, `سمو الأمير X`).
#[derive(Debug, Clone, Copy)]
struct Honored {
    /// The paragraph of the name.
    para: usize,
    /// The name's first token in that paragraph.
    first: usize,
    /// The stem of the honorific pronoun the title earns (`فضيلت` for `فضيلته`).
    stem: &'static str,
    /// The person (an index into the page's entities).
    entity: usize,
}

/// The discourse context: who was last a subject.
#[derive(Debug, Default, Clone)]
struct Context {
    subject: Option<usize>,
    person: Option<usize>,
    org: Option<usize>,
    /// Source and target of the last event that had both.
    pair: Option<(usize, usize)>,
    /// The gender of people as the speech verbs that named them agree (`قالت X` → true): a
    /// verb with no subject of its own does not go on with someone of the other gender.
    feminine: std::collections::HashMap<usize, bool>,
    /// Countries of people whose entity has none, read from their title ("المبعوث الأمريكي،
    /// رودولف عطا الله" → USA).
    countries: std::collections::HashMap<usize, String>,
    /// The title words seen before each person's name ("المبعوث الأمريكي توماس رايت" → مبعوث):
    /// a later description ("وأشار المبعوث") refers back only to a person with that title.
    titles: std::collections::HashMap<usize, Vec<&'static str>>,
    /// Every word of those titles ("الأممي" in "المبعوث الأممي إلى اليمن"): a later description
    /// may repeat them ("وأضاف المسؤول الأممي").
    title_words: std::collections::HashMap<usize, Vec<String>>,
    /// The words of the body each person was named the spokesman of, without the article
    /// ("الناطق الرسمي باسم قوات التحالف العميد سامي ناصر" → قوات، تحالف): a later
    /// "المتحدث باسم التحالف" is that person, not the body.
    spokesmen: std::collections::HashMap<usize, Vec<String>>,
    /// The state each phrase of two or three words was last given with a nationality
    /// ("النائب العام السوداني" → Sudan under "نايب عام", the words without the article).
    phrase_places: std::collections::HashMap<String, usize>,
    /// The state each bare title was last given with a nationality ("الرئيس السوري" →
    /// Syria): a later bare title that speaks ("أكد الرئيس أن") stands for it when no person
    /// of the article bears it.
    titled_places: std::collections::HashMap<&'static str, usize>,
    /// Each person named behind an honorific title (`فضيلة … الشيخ X`، `سمو الأمير X`), in the
    /// order the page names them. A later `فضيلته`/`سموه` names the last of them, not a scholar
    /// cited in between.
    honored: Vec<Honored>,
    /// The speaker of the last quote and its paragraph, named or not: a verb that goes on
    /// ("وأضاف"، "وتابع") continues their words.
    last_speaker: Option<(usize, Actor)>,
    /// The last statement event(s) (010) of a statement verb: its paragraph, its token and the
    /// indices of its events in the article's list.
    statement: Option<(usize, usize, std::ops::Range<usize>)>,
    /// Indices of events taken back later in the article (a statement that carried an act).
    dropped: Vec<usize>,
    /// The last claim of responsibility ("تبنت الحركة الهجوم", "أعلنت مسؤوليتها عن"): its
    /// paragraph, its token and the claimant.
    claim: Option<(usize, usize, Actor)>,
}

/// Who a speaker or actor is, and the words that name them.
#[derive(Debug, Clone, Default)]
struct Actor {
    entity: Option<usize>,
    text: Option<String>,
    /// Named in the sentence (not resolved from context).
    explicit: bool,
    /// Where the naming words end (token index, exclusive), when named after the trigger.
    end: Option<usize>,
}

struct Para<'a> {
    index: usize,
    chars: Vec<char>,
    tokens: Vec<Token>,
    spans: Vec<Span>,
    /// For each token, the span that starts there (the longest).
    span_at: Vec<Option<usize>>,
    quotes: Vec<QuoteSpan>,
    quote_used: Vec<bool>,
    /// For each token, the lexicon entries it matched (objects checked).
    hits: Vec<Option<&'a Entry>>,
    /// Char ranges of emitted indirect quotes, so that marks inside them are not quotes again.
    indirect: Vec<(usize, usize)>,
}

/// Finds quotes and events in `article`, given its resolved `entities`.
pub(crate) fn run(article: &Article, entities: &[Entity]) -> (Vec<Quote>, Vec<Event>) {
    let (quotes, events, _, _) = run_traced(article, entities);
    (quotes, events)
}

/// [`run`], with the trigger of each event (same order as the events) and the tokens and
/// sentences of each paragraph that has events, for the learned scorer.
pub(crate) fn run_traced(
    article: &Article,
    entities: &[Entity],
) -> (Vec<Quote>, Vec<Event>, Vec<Trigger>, Vec<ParaText>) {
    run_traced_on(article, entities, text::Body::of(&article.body))
}

/// [`run_traced`] on the article's body already tokenized ([`text::Body::of`]).
pub(crate) fn run_traced_on(
    article: &Article,
    entities: &[Entity],
    body: text::Body,
) -> (Vec<Quote>, Vec<Event>, Vec<Trigger>, Vec<ParaText>) {
    let lex = Lexicon::builtin();
    let now = article.published.as_deref().and_then(parse_published);
    let mut ctx = Context::default();
    let mut quotes = Vec::new();
    let mut events = Vec::new();
    let mut triggers = Vec::new();
    let mut paras = Vec::new();
    let mut seen = HashSet::new();
    for (index, (chars, tokens)) in body.chars.into_iter().zip(body.tokens).enumerate() {
        let before = triggers.len();
        let quotes_before = quotes.len();
        let mut para = Para::new(index, chars, tokens, entities, lex);
        para.infer_countries(entities, &mut ctx.countries);
        para.infer_titles(entities, &mut ctx.titles, &mut ctx.title_words);
        para.infer_spokesmen(entities, &mut ctx.spokesmen);
        para.infer_honored(entities, &mut ctx.honored);
        para.infer_titled_places(entities, &mut ctx.titled_places);
        para.infer_phrase_places(entities, &mut ctx.phrase_places);
        let sentences = text::sentences(&para.chars, &para.tokens);
        for range in &sentences {
            let mut s = SentenceRun {
                para: &mut para,
                entities,
                range: range.clone(),
                ctx: &mut ctx,
                speaker: None,
                last_emitted: None,
                last_target: None,
                date: None,
                denied: None,
                last_governing: None,
                passive_kill: None,
                bare_noun: None,
                last_condemned: None,
                support: None,
                verb_subject: None,
                cooperation: Vec::new(),
                quotes: &mut quotes,
                events: &mut events,
                triggers: &mut triggers,
                seen: &mut seen,
                article,
                now,
            };
            s.walk();
        }
        leftover_quotes(&mut para, &sentences, entities, &mut ctx, &mut quotes);
        // Scripture cited after God's epithet is no speaker's quote.
        if quotes.len() > quotes_before && para.chars.contains(&':') {
            let kept: Vec<Quote> = quotes
                .split_off(quotes_before)
                .into_iter()
                .filter(|q| !scripture(&para.chars, &q.text))
                .collect();
            quotes.extend(kept);
        }
        // A title in marks or a clause done by a rule is nobody's words.
        if quotes.len() > quotes_before {
            let text: String = para.chars.iter().collect();
            let kept: Vec<Quote> = quotes
                .split_off(quotes_before)
                .into_iter()
                .filter(|q| !not_said::not_said(&text, q))
                .collect();
            quotes.extend(kept);
        }
        if triggers.len() > before {
            paras.push(ParaText {
                index,
                chars: para.chars,
                tokens: para.tokens,
                sentences,
            });
        }
    }
    name_implicit_speakers(&mut quotes, article, entities, lex);
    nationality_before_name::give_to_named_person(&mut quotes, article, entities);
    act_participle_end::end_before_act_participles(&mut quotes);
    // What was taken back later in the article goes, with its trigger.
    if !ctx.dropped.is_empty() {
        let kept: Vec<bool> = (0..events.len())
            .map(|k| !ctx.dropped.contains(&k))
            .collect();
        let mut flags = kept.iter();
        events.retain(|_| flags.next().copied().unwrap_or(true));
        let mut flags = kept.iter();
        triggers.retain(|_| flags.next().copied().unwrap_or(true));
    }
    (quotes, events, triggers, paras)
}

/// Words of an attribution that stand for its speaker without naming them: `من جانبه`،
/// `من جهته`، `بدوره`، `فيه` (`أكد فيه`), `بالقول`; and words of time, which name nobody.
const STANDING_FOR: &[&str] = &[
    "من",
    "جانبه",
    "جانبها",
    "جهته",
    "جهتها",
    "ناحيته",
    "ناحيتها",
    "بدوره",
    "بدورها",
    "فيه",
    "فيها",
    "بالقول",
    "له",
    "لها",
    // Words of a time phrase the attribution may take for a subject (`وأكد أول أمس أن`،
    // `أعلن يوم الخميس أنه`).
    "اول",
    "امس",
    "يوم",
    "اليوم",
];

/// Makes `speaker_text` the words that name the speaker. The attribution of an implicit
/// speaker holds only a speech verb or participle and words that stand for someone (`وقال`،
/// `مضيفا`، `من جانبه`، `سموه`): the quote's speaker, resolved from earlier text, then gets the
/// last words before the quote that named them (the entity's last mention in the body up to
/// the quote, else its first one, else its name), and a quote with no speaker gets none.
fn name_implicit_speakers(
    quotes: &mut [Quote],
    article: &Article,
    entities: &[Entity],
    lex: &Lexicon,
) {
    let names_no_one = |t: &str| {
        t.split_whitespace().all(|w| {
            let w = text::normalize_word(w);
            in_list(&w, STANDING_FOR)
                || honorific(&w)
                || lex.lookup(&w).is_some_and(|hit| {
                    hit.entries.iter().any(|e| {
                        hit.fits(e) && matches!(e.role, Role::Speech { .. }) && e.pos != Pos::Noun
                    })
                })
        })
    };
    // The last quote's paragraph and speaker.
    let mut prev: Option<(usize, String)> = None;
    // The last quote a named person spoke (a masculine verb with no subject goes on with them).
    let mut last_person: Option<continued_speaker::LastPerson> = None;
    for q in quotes.iter_mut() {
        if let Some(who) = medium_or_company_speaker(q, article, entities) {
            q.speaker = who;
        }
        let addressed = addressed_medium(q, article, entities);
        if let Some(at) = addressed {
            q.speaker = addressee_speaker(q, at, prev.as_ref(), entities);
        }
        if let Some((who, words)) = medium_told_after_the_speaker(q, article, entities) {
            q.speaker = who;
            q.speaker_text = Some(words);
        }
        if let Some(state) = coined_body_state(q, article, entities) {
            q.speaker = Some(state);
        }
        if let Some(body) = body_after_title(q, article, entities) {
            q.speaker = Some(body);
        }
        if nameless_source_of_a_body(q, entities) {
            q.speaker = None;
        }
        // (`وأكد خلال لقائه نظيره فلان أن`: the person met is no speaker, the phrase no name.)
        if met_in_phrase::speaker_met_in_phrase(q) {
            q.speaker = None;
            q.speaker_text = None;
        }
        // The attribution is only a speech word (`وقالت`، `قائلًا`), or there is none.
        let implicit = q.speaker_text.as_deref().is_none_or(names_no_one);
        if q.speaker.is_none() {
            q.speaker = named_at_end(q, article, entities)
                .or_else(|| state_body_speaker(q, article, entities))
                .or_else(|| super::speakers::document_issuer(q, article, entities))
                .or_else(|| body_by_head_noun(q, article, entities))
                .or_else(|| feminine_verb_goes_on(q, prev.as_ref(), article, entities, lex))
                .or_else(|| clause_subject::clause_subject_speaker(q, article, entities, implicit))
                .or_else(|| described_speaker::described_person(q, article, entities))
                .or_else(|| {
                    let last = last_person.as_ref();
                    continued_speaker::continued_person(q, last, article, entities, lex, implicit)
                })
                .or_else(|| {
                    continued_speaker::named_subject_before_verb(q, article, entities, lex)
                });
        }
        if addressed.is_some() {
            q.speaker_text = None;
        }
        // A town or a region standing alone for the speaker is nobody, unless named right after
        // a speech verb (`place_speakers`).
        let implicit = q.speaker_text.as_deref().is_none_or(names_no_one);
        if q.speaker.as_deref().is_some_and(|id| {
            let words = q.speaker_text.as_deref();
            let para = article.body.get(q.paragraph).map_or("", String::as_str);
            let verb = |w: &str| super::speakers::speech_verb(lex, w);
            super::place_speakers::place_is_no_speaker(id, implicit, words, para, entities, verb)
        }) {
            q.speaker = None;
        }
        prev = q.speaker.clone().map(|s| (q.paragraph, s));
        last_person = match q.speaker.as_deref() {
            Some(id) => continued_speaker::person_quote(q, id, article, entities),
            // (A quote of nobody named, whose words named no one either, leaves the last
            // person speaking; one credited to a nameless source does not.)
            None if implicit => last_person,
            None => None,
        };
        if !q.speaker_text.as_deref().is_some_and(names_no_one) {
            continue;
        }
        let entity = q
            .speaker
            .as_ref()
            .and_then(|id| entities.iter().find(|e| &e.id == id));
        let Some(entity) = entity else {
            q.speaker_text = None;
            continue;
        };
        // Where the quote starts in its paragraph (chars), or the paragraph's end.
        let para = article.body.get(q.paragraph).map_or("", String::as_str);
        let at = para
            .find(q.text.as_str())
            .map_or(para.chars().count(), |b| para[..b].chars().count());
        let body = || entity.mentions.iter().filter(|m| m.part.is_body());
        let before = body()
            .filter(|m| m.paragraph < q.paragraph || (m.paragraph == q.paragraph && m.end <= at))
            .max_by_key(|m| (m.paragraph, m.end));
        let named = before.or_else(|| body().min_by_key(|m| (m.paragraph, m.start)));
        q.speaker_text = Some(named.map_or_else(|| entity.name.clone(), |m| m.text.clone()));
    }
}

/// The body a quote with no speaker is given when its speaker words are one definite noun
/// (`وأشارت الإدارة إلى أن`، `وقالت النيابة إن`) that opens the name of an organization of two
/// words or more named before the quote (`الإدارة العامة للتجهيزات`): the last one named. A
/// source word (`المصادر`) names no body.
fn body_by_head_noun(q: &Quote, article: &Article, entities: &[Entity]) -> Option<String> {
    let words = q.speaker_text.as_deref()?;
    let mut it = words.split_whitespace();
    let word = it.next()?;
    if it.next().is_some() {
        return None;
    }
    let norm = text::normalize_word(word.trim_matches(|c: char| !c.is_alphabetic()));
    let noun = norm.strip_prefix("ال")?;
    if noun.chars().count() < 3 || in_list(noun, SOURCE_WORDS) {
        return None;
    }
    let para = article.body.get(q.paragraph)?;
    let at = para
        .find(q.text.as_str())
        .map_or(para.chars().count(), |b| para[..b].chars().count());
    entities
        .iter()
        .filter(|e| {
            let mut name = e.name.split_whitespace();
            e.kind == EntityType::Organization
                && name.next().is_some_and(|h| text::normalize_word(h) == norm)
                && name.next().is_some()
        })
        .filter_map(|e| {
            e.mentions
                .iter()
                .filter(|m| {
                    m.part.is_body()
                        && (m.paragraph < q.paragraph
                            || (m.paragraph == q.paragraph && m.end <= at))
                })
                .map(|m| (m.paragraph, m.end))
                .max()
                .map(|key| (key, e))
        })
        .max_by_key(|(key, _)| *key)
        .map(|(_, e)| e.id.clone())
}

/// The speaker of a quote with no speaker whose paragraph opens with a feminine speech verb
/// with no subject of its own before the complementizer (`وأوضحت أن`، `وأشارت إلى أن`): the
/// last quote's speaker (`prev`), when that quote is of one of the two paragraphs before, its
/// speaker an organization with a feminine head noun (`الإدارة …`، `الهيئة …`; not a place,
/// which a body of its own often spoke for), and no person is named in the paragraphs after it
/// up to the quote.
fn feminine_verb_goes_on(
    q: &Quote,
    prev: Option<&(usize, String)>,
    article: &Article,
    entities: &[Entity],
    lex: &Lexicon,
) -> Option<String> {
    let (from, id) = prev?;
    if *from >= q.paragraph || from + 2 < q.paragraph {
        return None;
    }
    let para = article.body.get(q.paragraph)?;
    let mut words = para.split_whitespace();
    let verb = text::normalize_word(words.next()?);
    let next = text::normalize_word(words.next()?);
    let then = words.next().map(text::normalize_word).unwrap_or_default();
    let speech = lex.lookup(&verb).is_some_and(|hit| {
        hit.entries
            .iter()
            .any(|e| hit.fits(e) && matches!(e.role, Role::Speech { .. }) && e.pos == Pos::Verb)
    });
    if !speech || verb_feminine(&verb, Pos::Verb) != Some(true) {
        return None;
    }
    let opens = is_complementizer(&next) || (next == "الي" && is_complementizer(&then));
    if !opens || !para.contains(q.text.as_str()) {
        return None;
    }
    if let Some(w) = q.speaker_text.as_deref() {
        if text::normalize_word(w.trim()) != verb {
            return None;
        }
    }
    let body = entities.iter().find(|e| &e.id == id)?;
    let feminine = match body.kind {
        EntityType::Organization => body
            .name
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with('ة')),
        _ => false,
    };
    let person_between = entities.iter().any(|e| {
        e.kind == EntityType::Person
            && e.mentions
                .iter()
                .any(|m| m.part.is_body() && m.paragraph > *from && m.paragraph <= q.paragraph)
    });
    (feminine && !person_between).then(|| id.clone())
}

/// The person whose name closes the words of a quote that has no speaker, when those words
/// stand before the quote in its paragraph and the name is in apposition (after a comma or
/// a title with the article: `مسؤول العلاقات في الحزب، رضا عواضة`، `المحامية سلمى الحامدي`),
/// not behind a preposition or a noun in construct (`مصدر مقرب من سامي ناصر`، `محامي سامي
/// ناصر`) nor after a nameless source.
fn named_at_end(q: &Quote, article: &Article, entities: &[Entity]) -> Option<String> {
    let words = q.speaker_text.as_deref()?;
    let para = article.body.get(q.paragraph)?;
    let at = para.find(q.text.as_str())?;
    let w = para.get(..at)?.rfind(words)?;
    let start = para[..w].chars().count();
    let end = start + words.chars().count();
    let first = text::normalize_word(words.split_whitespace().next()?);
    let person = entities.iter().find(|e| {
        e.kind == EntityType::Person
            && e.mentions.iter().any(|m| {
                m.part.is_body() && m.paragraph == q.paragraph && m.end == end && m.start > start
            })
    })?;
    // (The longest mention ending there: `سلمى ناصر`, not `ناصر`.)
    let m = person
        .mentions
        .iter()
        .filter(|m| m.part.is_body() && m.paragraph == q.paragraph && m.end == end)
        .min_by_key(|m| m.start)?;
    let before: String = para.chars().take(m.start).collect();
    let before = before.trim_end();
    // (After a comma the name is the one described, a source's too: `مسؤول في الحزب، رضا
    // عواضة`; a definite title right before it must not be a nameless source's word.)
    let comma = before.ends_with('،') || before.ends_with(',');
    let apposed = comma || {
        let prev = text::normalize_word(before.split_whitespace().last().unwrap_or_default());
        definite(&prev) && !in_list(&first, SOURCE_WORDS)
    };
    // ("وقال محامي الوزير سامي ناصر": a relative or lawyer in construct, of the one named.)
    let kin = words.split_whitespace().any(|w| {
        let w = text::normalize_word(w);
        in_list(&w, KIN_NOUNS) && !definite(&w)
    });
    if kin {
        return None;
    }
    apposed.then(|| person.id.clone())
}

/// Nouns that introduce words verbatim (`تضمن النص عبارة "…"`، `قرار نصه «…»`، `ختم بالقول
/// «…»`), normalized: long marks after them are a quote.
const VERBATIM_NOUNS: &[&str] = &[
    "عباره",
    "عبارات",
    "نص",
    "نصه",
    "نصها",
    "قول",
    "قوله",
    "قولها",
    "قولهم",
    "مفاده",
];

/// Head nouns of a state's own bodies and offices that speak for the state when the analysis
/// names no entity for them (`وزارة الداخلية`، `قوات الدفاع الوطني`، `السلطات المغربية`،
/// `خلية الإعلام الأمني`، `وزير الإعلام`), normalized. (Not `الدفاع` alone: a defendant's
/// lawyers.)
const STATE_SPEAKER_HEADS: &[&str] = &[
    "حكومه",
    "وزاره",
    "وزير",
    "قياده",
    "رياسه",
    "جيش",
    "قوات",
    "شرطه",
    "سلطات",
    "اجهزه",
    "خليه",
    "مديريه",
    "اركان",
    "داخليه",
    "خارجيه",
];

/// Words a credit may open with before the body it names (`بيان لـ`، `حصيلة أسبوعية لـ`،
/// `المتحدث الرسمي باسم`، `هيئة الأركان`), normalized.
const BODY_CARRIERS: &[&str] = &[
    "بيان",
    "بلاغ",
    "حصيله",
    "اسبوعيه",
    "يوميه",
    "متحدث",
    "ناطق",
    "رسمي",
    "باسم",
    "هييه",
];

/// Words that make a body no single state's own (peacekeepers, a coalition, a joint or
/// international force), normalized.
const NOT_ONE_STATE: &[&str] = &[
    "حفظ",
    "تحالف",
    "اممي",
    "امميه",
    "دولي",
    "دوليه",
    "افريقي",
    "افريقيه",
    "اوروبي",
    "اوروبيه",
    "مشترك",
    "مشتركه",
    "عربي",
    "عربيه",
];

/// Head nouns of a company or a medium (normalized, without `ال`): `شركة`، `صحيفة`، `قناة`.
const COMPANY_OR_MEDIUM: &[&str] = &["شركه", "شركات", "صحيفه", "مجله", "قناه", "موقع"];

/// Head nouns of a medium a speaker talks to behind ل (`لوكالة`، `لشبكة`، `لقناة`).
const ADDRESSED_MEDIA: &[&str] = &[
    "وكاله",
    "شبكه",
    "صحيفه",
    "قناه",
    "اذاعه",
    "تلفزيون",
    "مجله",
    "موقع",
];

/// Credit words after which a medium behind ل is the source (`وفقا لوكالة …`، `طبقا لـ…`).
const CREDIT_BEFORE_LAM: &[&str] = &["وفقا", "وفق", "طبقا", "تبعا", "استنادا", "نقلا"];

/// Where (chars in its paragraph) the speaker words of a quote credited to the medium its
/// speaker spoke to start: the words start with ل and a medium (`لوكالة رويترز`، `لـ«الجزيرة»`،
/// `لشبكة …`), the speaker's mention lies in the medium's words, and the word before them is
/// no credit word
/// (`وفقا لوكالة …` names the source). A medium after ل right after the speech verb or its
/// speaker words (`وقال لوكالة …`، `في تصريح لقناة …`) is the addressee, never the speaker.
fn addressed_medium(q: &Quote, article: &Article, entities: &[Entity]) -> Option<usize> {
    let (id, words) = (q.speaker.as_deref()?, q.speaker_text.as_deref()?);
    let first = words.split_whitespace().next()?;
    let quote_mark = |c: char| matches!(c, '«' | '"' | '“' | '”' | '\'' | '(');
    let rest = first
        .strip_prefix("لـ")
        .or_else(|| first.strip_prefix('ل'))
        .unwrap_or("");
    if first == rest || !first.starts_with('ل') {
        return None;
    }
    let noun = text::normalize_word(rest.trim_matches(|c: char| !c.is_alphabetic()));
    let noun = noun.strip_prefix("ال").unwrap_or(&noun);
    let noun = noun.strip_prefix('ل').unwrap_or(noun);
    let quoted = rest.is_empty() || rest.starts_with(quote_mark);
    if !quoted && !in_list(noun, ADDRESSED_MEDIA) {
        return None;
    }
    let para = article.body.get(q.paragraph)?;
    let at = para.find(q.text.as_str()).unwrap_or(para.len());
    let byte = para
        .get(..at)
        .and_then(|p| p.rfind(words))
        .or_else(|| para.get(at..)?.find(words).map(|b| b + at))?;
    // The word before the speaker words: a credit word makes the medium the source.
    let before = para
        .get(..byte)
        .unwrap_or("")
        .split_whitespace()
        .next_back();
    if let Some(w) = before {
        let w = text::normalize_word(w.trim_matches(|c: char| !c.is_alphabetic()));
        let w = w
            .strip_prefix('و')
            .filter(|b| in_list(b, CREDIT_BEFORE_LAM))
            .unwrap_or(&w);
        if in_list(w, CREDIT_BEFORE_LAM) {
            return None;
        }
    }
    // The speaker is the medium: its mention starts in the medium's words, the first word when
    // it holds the name (`لـ«الجزيرة»`), else the first two (`لوكالة رويترز`، `لـ «الجزيرة»`);
    // a person named after them (`لـ«الصحيفة» فلان`) speaks.
    let start = para.get(..byte)?.chars().count();
    let reach: usize = words
        .split_whitespace()
        .take(if quoted && !rest.is_empty() { 1 } else { 2 })
        .map(|w| w.chars().count() + 1)
        .sum();
    entities
        .iter()
        .filter(|e| e.id == id)
        .any(|e| {
            e.mentions.iter().any(|m| {
                m.part.is_body()
                    && m.paragraph == q.paragraph
                    && (start..start + reach).contains(&m.start)
            })
        })
        .then_some(start)
}

/// Nouns before a medium behind ل that make the words the medium's own report, count or page
/// (`تقرير لـ«رويترز»`, `تعداد لوكالة …`, `الموقع الرسمي لقناة …`), so the medium stays the
/// source (normal form, without و).
const MEDIUM_OWN_NOUNS: &[&str] = &[
    "تقرير",
    "تقارير",
    "تعداد",
    "احصاء",
    "احصاييه",
    "احصاءات",
    "تحليل",
    "دراسه",
    "استطلاع",
    "موقع",
    "الموقع",
    "مدونه",
    "المدونه",
    "صفحه",
    "الصفحه",
    "حساب",
];

/// A quote given to a medium its speaker words name behind ل after whoever spoke (`السفير
/// لوكالة الأنباء السعودية`, `أحد المقربين منه لوكالة الصحافة الفرنسية`, `وكيل أعماله لصحيفة
/// بيلد`): the medium is whom they spoke to, not the speaker. The speaker's mention lies in or
/// after the word `لـ`+medium (a medium's head, or a name in marks), and no word before it is a
/// credit or the medium's own report ([`MEDIUM_OWN_NOUNS`]). Returns the new speaker, the
/// person or body named in the words before the medium (the last one) else none, and those
/// words, which become the speaker words (so the later passes read `السفير`, not the medium).
/// `None` leaves the quote as it is. (Words that start with the medium are
/// [`addressed_medium`]'s.)
fn medium_told_after_the_speaker(
    q: &Quote,
    article: &Article,
    entities: &[Entity],
) -> Option<(Option<String>, String)> {
    let (id, words) = (q.speaker.as_deref()?, q.speaker_text.as_deref()?);
    if words.starts_with('ل') {
        return None;
    }
    // The word of the medium behind ل, after the first word.
    // (`للوكالة` is ل with the article, "of the agency": the title's own body, `المدير العام
    // للوكالة`, not whom it told.)
    let told = words.split_whitespace().enumerate().skip(1).find(|(_, w)| {
        if w.starts_with("لل") {
            return false;
        }
        let Some(rest) = w.strip_prefix("لـ").or_else(|| w.strip_prefix('ل')) else {
            return false;
        };
        let noun = text::normalize_word(rest.trim_matches(|c: char| !c.is_alphabetic()));
        in_list(&noun, ADDRESSED_MEDIA)
    });
    let (k, told_word) = told?;
    let before: Vec<String> = words
        .split_whitespace()
        .take(k)
        .map(|w| text::normalize_word(w.trim_matches(|c: char| !c.is_alphabetic())))
        .collect();
    let credit_or_own = before.iter().any(|w| {
        let w = w.strip_prefix('و').unwrap_or(w);
        in_list(w, MEDIUM_OWN_NOUNS) || in_list(w, CREDIT_BEFORE_LAM)
    });
    if credit_or_own {
        return None;
    }
    let para = article.body.get(q.paragraph)?;
    let (byte, start) = super::speakers::attribution_at(para, &q.text, words)?;
    let end = start + words.chars().count();
    // The char where the medium's word starts.
    let offset = told_word.as_ptr() as usize - words.as_ptr() as usize;
    let told_at = start + para.get(byte..byte + offset)?.chars().count();
    let in_words = |e: &Entity, from: usize, to: usize| {
        e.mentions
            .iter()
            .filter(|m| m.part.is_body() && m.paragraph == q.paragraph)
            .filter(|m| m.start >= from && m.start < to)
            .map(|m| m.end)
            .max()
    };
    let speaker = entities.iter().find(|e| e.id == id)?;
    if speaker.kind != EntityType::Organization || in_words(speaker, told_at, end).is_none() {
        return None;
    }
    // An agency or a network told must be a news medium (`لوكالة الأنباء`, `لوكالة فرانس برس`):
    // `المدير العام لوكالة الطاقة` is the head of a state's agency, which speaks for it.
    let head = text::normalize_word(told_word.trim_start_matches(['ل', 'ـ']));
    if matches!(head.as_str(), "وكاله" | "شبكه") && !news_agency(speaker) {
        return None;
    }
    let named = entities
        .iter()
        .filter(|e| e.id != id && e.kind != EntityType::Location)
        .filter_map(|e| in_words(e, start, told_at).map(|m_end| (m_end, e)))
        .filter(|&(m_end, _)| m_end <= told_at)
        .max_by_key(|&(m_end, _)| m_end)
        .map(|(_, e)| e.id.clone());
    let spoke = words.get(..offset)?.trim_end().to_owned();
    Some((named, spoke))
}

/// Words in an agency's name that make it a news agency (normal form): `وكالة الأنباء السعودية`,
/// `وكالة الصحافة الفرنسية`, `وكالة فرانس برس`.
const NEWS_AGENCY_WORDS: &[&str] = &["انباء", "الانباء", "للانباء", "الصحافه", "برس"];

/// True for a news agency: the gazetteer's, or one with a news word in its name.
fn news_agency(e: &Entity) -> bool {
    let g = gazetteer();
    g.by_id(&e.id)
        .and_then(|i| g.entry(i))
        .is_some_and(|x| x.class == Class::Organization(crate::gazetteer::OrgClass::Agency))
        || e.name
            .split_whitespace()
            .any(|w| in_list(&text::normalize_word(w), NEWS_AGENCY_WORDS))
}

/// The speaker of a quote whose words named only the medium spoken to, at char `at` of its
/// paragraph: the person the paragraph names last before them (`وأوضح الوزير فلان في بيانه
/// لوكالة …`), else the last quote's speaker when it is of this paragraph or the one before
/// (`وقال لوكالة …` goes on with the same speaker), else, when the paragraph opens with the
/// verb, the first person the paragraph before names, else none.
fn addressee_speaker(
    q: &Quote,
    at: usize,
    prev: Option<&(usize, String)>,
    entities: &[Entity],
) -> Option<String> {
    let named = entities
        .iter()
        .filter(|e| e.kind == EntityType::Person)
        .filter_map(|e| {
            e.mentions
                .iter()
                .filter(|m| m.part.is_body() && m.paragraph == q.paragraph && m.end <= at)
                .map(|m| m.end)
                .max()
                .map(|end| (end, e))
        })
        .max_by_key(|(end, _)| *end);
    if let Some((_, e)) = named {
        return Some(e.id.clone());
    }
    if let Some((_, id)) = prev.filter(|(para, _)| para + 1 >= q.paragraph) {
        return Some(id.clone());
    }
    // A paragraph that opens with the verb (`وقال لوكالة …`) goes on with the subject of the
    // paragraph before: the first person it names.
    if at > 16 || q.paragraph == 0 {
        return None;
    }
    entities
        .iter()
        .filter(|e| e.kind == EntityType::Person)
        .filter_map(|e| {
            e.mentions
                .iter()
                .filter(|m| m.part.is_body() && m.paragraph + 1 == q.paragraph)
                .map(|m| m.start)
                .min()
                .map(|start| (start, e))
        })
        .min_by_key(|(start, _)| *start)
        .map(|(_, e)| e.id.clone())
}

/// A quote given to a place or state while its words name a company or a medium by its head
/// noun (`الشركة السعودية للكهرباء`، `الصحيفة الأمريكية`، `شركة مترو جدة`): the nationality or
/// city in the phrase only says where the company or paper is, so the speaker is an
/// organization whose mention lies in the words, else nobody. `None` leaves the speaker as it
/// is; `Some(speaker)` replaces it.
fn medium_or_company_speaker(
    q: &Quote,
    article: &Article,
    entities: &[Entity],
) -> Option<Option<String>> {
    let sp = entities
        .iter()
        .find(|e| Some(&e.id) == q.speaker.as_ref())?;
    if sp.kind != EntityType::Location {
        return None;
    }
    let words = q.speaker_text.as_deref()?;
    let head = words.split_whitespace().next().map(text::normalize_word)?;
    if !in_list(&head, COMPANY_OR_MEDIUM) {
        return None;
    }
    // An organization named in the words (the company itself), else nobody.
    let para = article.body.get(q.paragraph)?;
    let at = para.find(q.text.as_str()).unwrap_or(para.len());
    let byte = para
        .get(..at)?
        .rfind(words)
        .or_else(|| para.get(at..)?.find(words).map(|b| b + at));
    let org = byte.and_then(|byte| {
        let start = para.get(..byte)?.chars().count();
        let end = start + words.chars().count();
        entities
            .iter()
            .find(|e| {
                e.kind == EntityType::Organization
                    && e.mentions.iter().any(|m| {
                        m.part.is_body()
                            && m.paragraph == q.paragraph
                            && (start..end).contains(&m.start)
                    })
            })
            .map(|e| e.id.clone())
    });
    Some(org)
}

/// The state whose nationality (a definite adjective the gazetteer knows as a country's:
/// `الكينية`، `البريطانية`) stands in `phrase`, a body's words: `Some(Some(id))` for the state
/// entity of that country (the country's own entity before its capital's), `Some(None)` when
/// no entity is that state (the body is another state's; no other state may be given), `None`
/// when the phrase has no such nationality.
fn phrase_nationality(phrase: &str, entities: &[Entity]) -> Option<Option<String>> {
    let g = gazetteer();
    let code = phrase.split_whitespace().rev().find_map(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        let n = text::normalize_word(w);
        // (`وزارة المالية` is finance, not Mali's.)
        let nisba = definite(&n) && (n.ends_with('ي') || n.ends_with("يه"));
        if !nisba || matches!(n.as_str(), "المالي" | "الماليه") {
            return None;
        }
        g.lookup(&normalize_phrase(w)).iter().find_map(|h| {
            g.entry(h.entry)
                .filter(|e| e.class == Class::Country)
                .and_then(|e| e.country.clone())
        })
    })?;
    let mut states = entities.iter().filter(|e| {
        e.kind == EntityType::Location
            && e.country.as_deref() == Some(code.as_str())
            && state_actor(e)
    });
    // (The country itself before its capital: `مصر`, not `القاهرة`, when the page names both.)
    let country = |e: &&Entity| {
        g.by_id(&e.id)
            .and_then(|i| g.entry(i))
            .is_some_and(|x| x.class == Class::Country)
    };
    let first = states.next();
    Some(
        first
            .filter(country)
            .or_else(|| states.find(country))
            .or(first)
            .map(|e| e.id.clone()),
    )
}

/// True for an organization the analysis coined from the words of the page (an id made from
/// the name's hash, `org:` and sixteen hex digits), not one the gazetteer knows.
fn coined_organization(e: &Entity) -> bool {
    e.kind == EntityType::Organization
        && e.id
            .strip_prefix("org:")
            .is_some_and(|h| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The state a quote goes to when its speaker is an organization the analysis coined, with no
/// country, for one of that state's own bodies (`وزارة الداخلية`، `الهيئة العامة للاستعلامات`):
/// the guide's ministry, command, force or general authority speaks for its state, here the
/// one whose nationality follows the body's name (`… للاستعلامات المصرية`) or, for a body
/// named without one, the dateline's (`دمشق - … وقالت وزارة الداخلية`). `None` leaves the
/// speaker as it is: no such state, a body no single state's (`حفظ السلام`), or a name that
/// holds its nationality itself (`وزارة الدفاع التركية` says whose it is).
fn coined_body_state(q: &Quote, article: &Article, entities: &[Entity]) -> Option<String> {
    let id = q.speaker.as_deref()?;
    let body = entities.iter().find(|e| e.id == id)?;
    if !coined_organization(body) || body.country.is_some() {
        return None;
    }
    let name: Vec<String> = body
        .name
        .split_whitespace()
        .map(text::normalize_word)
        .collect();
    let head = name.first()?;
    let state_head = in_list(head, COINED_STATE_HEADS)
        && (definite(head) || name.get(1).is_some_and(|w| definite(w)));
    // (A general authority, the state's own agency, only with a nationality: `الهيئة العامة
    // للاستعلامات المصرية`; not a council or a relief body, `الهيئة السعودية للمهندسين`.)
    let authority = in_list(head, &["هييه"]) && name.get(1).is_some_and(|w| w == "العامه");
    if !state_head && !authority || name.iter().any(|w| in_list(w, NOT_ONE_STATE)) {
        return None;
    }
    // (A name run on into whom it spoke to, `الوزارة لوكالة الصحافة`: a noun behind ل
    // without the article; the nationality after it is the medium's.)
    if name
        .iter()
        .skip(1)
        .any(|w| w.starts_with('ل') && !w.starts_with("لل"))
    {
        return None;
    }
    // A nationality in the name (`وزارة الدفاع التركية`) already says whose body it is: the
    // body stays the speaker.
    if phrase_nationality(&body.name, entities).is_some() {
        return None;
    }
    let para = article.body.get(q.paragraph)?;
    let m = body
        .mentions
        .iter()
        .filter(|m| m.part.is_body() && m.paragraph == q.paragraph)
        .min_by_key(|m| m.start.abs_diff(speaker_at(para, q)))?;
    let after: Vec<String> = para
        .chars()
        .skip(m.end)
        .collect::<String>()
        .split_whitespace()
        .take(1)
        .map(|w| text::normalize_word(w.trim_end_matches(|c: char| !c.is_alphabetic())))
        .collect();
    if let Some(next) = after.first() {
        if let Some(state) = phrase_nationality(next, entities) {
            return state;
        }
    }
    if authority {
        return None;
    }
    // (The dateline only: a state the paragraph names before may be where the body acted,
    // `أعلنت وزارة الصحة حالة في الرياض`.)
    dateline_state(article, entities)
}

/// The body a quote's speaker words are a title or a part of, named right after them: `المتحدث
/// باسم الأمين العام| للأمم المتحدة`، `الممثلة العليا للسياسة الخارجية| في الاتحاد`، `رئيس لجنة
/// الأسرى| في الجماعة`، `الناطق| باسم الحكومة`. The guide's title of a body (its spokesman,
/// chairman, envoy) and a body's own committee or office speak for the body. Applies to a quote
/// with no speaker whose words hold a title, and to one credited to an organization the
/// analysis coined, of no country, named in the words (the sub-body). The body is an
/// organization whose mention starts in the first word after the words, behind لل or بال
/// (`للأمم`، `بالاتحاد`) or past `في`/`لدى`/`باسم`/`التابع(ة)`; a state too after `باسم`; not a
/// medium (the one spoken to), not past a comma, and not for a nameless source (`مصدر`،
/// `مسؤول`) or a coined medium (`وكالة الأنباء الموالية لـ…`).
fn body_after_title(q: &Quote, article: &Article, entities: &[Entity]) -> Option<String> {
    let words = q.speaker_text.as_deref()?;
    let medium = |e: &Entity| {
        let g = gazetteer();
        g.by_id(&e.id)
            .and_then(|i| g.entry(i))
            .is_some_and(|x| x.class == Class::Organization(crate::gazetteer::OrgClass::Agency))
            || e.name
                .split_whitespace()
                .next()
                .map(text::normalize_word)
                .is_some_and(|h| {
                    in_list(&h, &["وكاله", "قناه", "صحيفه", "اذاعه", "موقع", "تلفزيون"])
                })
    };
    // (The cheap tests first: most quotes have a known speaker.)
    let coined = match q.speaker.as_deref() {
        None => None,
        Some(id) => {
            let e = entities.iter().find(|e| e.id == id)?;
            // (A medium is no part of the body it names after it: `وكالة الأنباء الموالية
            // لحكومة …`.)
            if !coined_organization(e) || e.country.is_some() || medium(e) {
                return None;
            }
            Some(e)
        }
    };
    let norm: Vec<String> = words.split_whitespace().map(text::normalize_word).collect();
    if norm.iter().any(|w| in_list(w, SOURCE_WORDS))
        || coined.is_none() && !norm.iter().any(|w| in_list(w, BODY_TITLES))
    {
        return None;
    }
    let para = article.body.get(q.paragraph)?;
    let (byte, start) = super::speakers::attribution_at(para, &q.text, words)?;
    let end = start + words.chars().count();
    if let Some(e) = coined {
        let inside = e.mentions.iter().any(|m| {
            m.part.is_body() && m.paragraph == q.paragraph && m.start >= start && m.end <= end
        });
        if !inside {
            return None;
        }
    }
    // The first three words after the speaker's words, with their char offsets.
    let rest = para.get(byte + words.len()..)?;
    let after: Vec<(usize, &str)> = rest
        .split_whitespace()
        .take(3)
        .filter_map(|w| {
            let b = w.as_ptr() as usize - rest.as_ptr() as usize;
            Some((end + rest.get(..b)?.chars().count(), w))
        })
        .collect();
    let (first_at, first) = *after.first()?;
    if first.starts_with(|c: char| !c.is_alphabetic()) {
        return None;
    }
    let n = text::normalize_word(first);
    // (Right after the words only behind لل or بال, `… الأمين العام| للأمم المتحدة`، `لجنة
    // الاحتراف| بالاتحاد`: an object, `طالب المجلس| حكومة …`, a name in apposition or whom it
    // spoke to, `لشبكة …`، `بنادي …`, is no body the words belong to.)
    // (Words that end in their connector, `الذي تلاه الناطق باسم| الحكومة`: the body is the
    // first word after them.)
    let ends_in = norm.last().map(String::as_str);
    let (by_name, (at, w)) = match n.as_str() {
        _ if matches!(ends_in, Some("باسم")) => (true, (first_at, first)),
        _ if matches!(ends_in, Some("في" | "لدى")) => (false, (first_at, first)),
        "باسم" => (true, *after.get(1)?),
        "في" | "لدى" | "التابع" | "التابعه" => (false, *after.get(1)?),
        _ if n.starts_with("لل") || n.starts_with("بال") => (false, (first_at, first)),
        _ => return None,
    };
    if w.starts_with(|c: char| !c.is_alphabetic()) {
        return None;
    }
    let w_end = at + w.chars().count();
    let country = |e: &Entity| {
        let g = gazetteer();
        g.by_id(&e.id)
            .and_then(|i| g.entry(i))
            .is_some_and(|x| x.class == Class::Country)
    };
    entities
        .iter()
        .filter(|e| {
            let kind_fits = match e.kind {
                EntityType::Organization => !medium(e),
                EntityType::Location => by_name && country(e),
                EntityType::Person => false,
            };
            kind_fits
                && Some(e.id.as_str()) != q.speaker.as_deref()
                && e.mentions.iter().any(|m| {
                    m.part.is_body() && m.paragraph == q.paragraph && (at..w_end).contains(&m.start)
                })
        })
        .map(|e| e.id.clone())
        .next()
}

/// Titles that speak for the body named after them (`المتحدث باسم`، `رئيس`، `الأمين العام`،
/// `الممثلة العليا`), normalized.
const BODY_TITLES: &[&str] = &[
    "متحدث",
    "متحدثه",
    "ناطق",
    "ناطقه",
    "رييس",
    "رييسه",
    "مدير",
    "مديره",
    "امين",
    "ممثل",
    "ممثله",
    "مبعوث",
    "مبعوثه",
    "مفوض",
    "مفوضه",
    "منسق",
    "منسقه",
];

/// Where the words naming a quote's speaker start in its paragraph (chars), else where the
/// quote starts.
fn speaker_at(para: &str, q: &Quote) -> usize {
    let at = para.find(q.text.as_str()).unwrap_or(para.len());
    let words = q.speaker_text.as_deref().unwrap_or_default();
    let byte = (!words.is_empty())
        .then(|| {
            para.get(..at)
                .and_then(|p| p.rfind(words))
                .or_else(|| para.get(at..)?.find(words).map(|b| b + at))
        })
        .flatten()
        .unwrap_or(at);
    para.get(..byte).map_or(0, |p| p.chars().count())
}

/// Head nouns of a state's own bodies and offices that speak for the state when the analysis
/// coined an organization of no country for them (the guide's ministry, government, command,
/// presidency, army, force, police, authorities, general staff, security cell), normalized.
const COINED_STATE_HEADS: &[&str] = &[
    "حكومه",
    "وزاره",
    "قياده",
    "رياسه",
    "جيش",
    "قوات",
    "شرطه",
    "سلطات",
    "خليه",
    "اركان",
];

/// The state that a quote with no speaker is credited to when its attribution's words name one
/// of that state's own bodies or offices and no entity (`قالت قوات الدفاع الوطني الإثيوبية`،
/// `بحسب بيان لخلية الإعلام الأمني`، `وفق ما أفادت به الشرطة`): the writer lets the body speak
/// for its state. The state is, in order: the one whose nationality closes the body's phrase
/// (in the words or up to three definite words after them); for a body named by its head
/// alone (`وأوضحت القيادة`), the nationality of the last phrase before with that head
/// (`القيادة العسكرية الأمريكية`); the one state the paragraph names before the words; the
/// state of the dateline (`بغداد - …`). A nameless source or official (`مصدر`، `مسؤول`) and
/// an indefinite office (`وزير سابق`) stay nobody's. A phrase naming an organization named
/// before (`بيان القيادة`) is that organization, before any state.
fn state_body_speaker(q: &Quote, article: &Article, entities: &[Entity]) -> Option<String> {
    let words = q.speaker_text.as_deref()?;
    let para = article.body.get(q.paragraph)?;
    let norm: Vec<String> = words.split_whitespace().map(text::normalize_word).collect();
    let head = norm.iter().position(|w| !in_list(w, BODY_CARRIERS))?;
    let head_word = norm.get(head)?;
    let next_definite = norm.get(head + 1).is_some_and(|w| definite(w));
    // ("أفادت هيئة عمليات التجارة البحرية البريطانية"، "أعلنت الهيئة العامة للاستعلامات
    // المصرية": an authority or office of its own name speaks for the state only through the
    // nationality closing its phrase; not a broadcaster, `هيئة الإذاعة البريطانية`.)
    let authority = !in_list(head_word, STATE_SPEAKER_HEADS)
        && norm
            .first()
            .is_some_and(|w| in_list(w, &["هييه", "مكتب", "جهاز"]))
        && !norm
            .iter()
            .any(|w| in_list(w, &["اذاعه", "انباء", "تلفزيون", "مصدر", "مسوول"]));
    if !authority
        && (!in_list(head_word, STATE_SPEAKER_HEADS) || !(definite(head_word) || next_definite))
    {
        return None;
    }
    // Where the words stand: before the quote, else after it (a credit that follows it).
    let (byte, start) = super::speakers::attribution_at(para, &q.text, words)?;
    let mut ext = start + words.chars().count();
    // The body's phrase may go on past the words: definite words, up to three.
    for w in para.get(byte + words.len()..)?.split_whitespace().take(3) {
        let n = text::normalize_word(w.trim_end_matches(|c: char| !c.is_alphabetic()));
        if !definite(&n) || w.starts_with(|c: char| !c.is_alphabetic()) {
            break;
        }
        let Some(k) = para.get(byte + words.len()..).and_then(|r| r.find(w)) else {
            break;
        };
        ext = para[..byte + words.len() + k].chars().count() + w.chars().count();
        if w.ends_with(|c: char| !c.is_alphabetic()) {
            break;
        }
    }
    let phrase: String = para.chars().skip(start).take(ext - start).collect();
    if phrase
        .split_whitespace()
        .any(|w| in_list(&text::normalize_word(w), NOT_ONE_STATE))
    {
        return None;
    }
    let is_state =
        |e: &Entity| e.kind == EntityType::Location && e.country.is_some() && state_actor(e);
    let nisba = |t: &str| {
        let n = text::normalize_word(t);
        definite(&n) && (n.ends_with('ي') || n.ends_with("يه"))
    };
    let body = |e: &Entity, p: usize| -> Vec<(usize, usize, bool)> {
        e.mentions
            .iter()
            .filter(|m| m.part.is_body() && m.paragraph == p)
            .map(|m| (m.start, m.end, nisba(&m.text)))
            .collect()
    };
    // The nationality that closes the phrase.
    if let Some(e) = entities.iter().find(|e| {
        is_state(e)
            && body(e, q.paragraph)
                .iter()
                .any(|&(a, b, n)| a >= start && b <= ext && n)
    }) {
        return Some(e.id.clone());
    }
    // A nationality no entity's mention covers (the spelling is not among the state's):
    // that state, and never another one (`متحدث باسم وزارة الدفاع الكينية` is not the
    // state the paragraph names before).
    if let Some(state) = phrase_nationality(&phrase, entities) {
        return state;
    }
    if authority {
        return None;
    }
    // The phrase may name an organization named before (`بيان القيادة` after `القيادة العامة
    // للجيش …`): that organization, not a state.
    let stem = |w: &str| {
        text::clitic_candidates(w)
            .iter()
            .last()
            .map(|c| c.form.to_string())
    };
    let phrase_stems: Vec<String> = norm.iter().skip(head).filter_map(|w| stem(w)).collect();
    let org = entities
        .iter()
        .filter(|e| {
            e.kind == EntityType::Organization
                && e.mentions.iter().any(|m| {
                    m.part.is_body()
                        && (m.paragraph < q.paragraph
                            || (m.paragraph == q.paragraph && m.end <= start))
                })
        })
        .find(|e| {
            let name: Vec<String> = e
                .name
                .split_whitespace()
                .filter_map(|w| stem(&text::normalize_word(w)))
                .collect();
            phrase_stems.iter().all(|w| name.contains(w))
        });
    if let Some(o) = org {
        return Some(o.id.clone());
    }
    // A local authority with no nationality is no state's voice.
    if phrase
        .split_whitespace()
        .any(|w| matches!(text::normalize_word(w).as_str(), "المحليه" | "المحلي"))
    {
        return None;
    }
    // A head alone points back to a phrase with that head and a nationality.
    let bare_head = text::clitic_candidates(head_word)
        .iter()
        .last()
        .map(|c| c.form)?;
    if norm.len() == head + 1 {
        let mut last: Option<((usize, usize), &Entity)> = None;
        for e in entities.iter().filter(|e| is_state(e)) {
            for m in e.mentions.iter().filter(|m| {
                m.part.is_body()
                    && (m.paragraph < q.paragraph || (m.paragraph == q.paragraph && m.end <= start))
                    && nisba(&m.text)
            }) {
                let Some(p) = article.body.get(m.paragraph) else {
                    continue;
                };
                let before: Vec<String> = p
                    .chars()
                    .take(m.start)
                    .collect::<String>()
                    .split_whitespace()
                    .rev()
                    .take(4)
                    .map(text::normalize_word)
                    .collect();
                let headed = before.iter().any(|w| {
                    text::clitic_candidates(w)
                        .iter()
                        .any(|c| c.form == bare_head)
                });
                if headed && last.is_none_or(|(k, _)| (m.paragraph, m.start) > k) {
                    last = Some(((m.paragraph, m.start), e));
                }
            }
        }
        if let Some((_, e)) = last {
            return Some(e.id.clone());
        }
    }
    page_state(q.paragraph, start, article, entities)
}

/// The state a body of no nationality speaks for on its page: the dateline's state (a place
/// that opens the first paragraph, then a dash: `بغداد - …`), else the one state that paragraph
/// `para` names before char `start`.
fn page_state(para: usize, start: usize, article: &Article, entities: &[Entity]) -> Option<String> {
    if let Some(state) = dateline_state(article, entities) {
        return Some(state);
    }
    let is_state =
        |e: &Entity| e.kind == EntityType::Location && e.country.is_some() && state_actor(e);
    // The one state the paragraph names before the words (not Oman for a dateline `عمان -`).
    let amman = para == 0 && amman_dateline(article);
    let mut named = entities.iter().filter(|e| {
        is_state(e)
            && e.mentions.iter().any(|m| {
                m.part.is_body()
                    && m.paragraph == para
                    && m.end <= start
                    && !(amman && m.start == 0)
            })
    });
    match (named.next(), named.next()) {
        (Some(e), None) => Some(e.id.clone()),
        _ => None,
    }
}

/// True when the page's first paragraph opens with the dateline `عمان` (`عمّان`), then a dash
/// within 16 chars (`عمان -`، `عمّان (رويترز) -`): Amman, not Oman.
fn amman_dateline(article: &Article) -> bool {
    let Some(first) = article.body.first() else {
        return false;
    };
    let mut words = first.split_whitespace();
    let Some(word) = words.next() else {
        return false;
    };
    let rest: String = first
        .trim_start()
        .chars()
        .skip(word.chars().count())
        .take(16)
        .collect();
    text::normalize_word(word) == "عمان" && rest.contains(['-', '–', '—'])
}

/// The state of the page's dateline: a place that opens the first paragraph, then a dash
/// (`بغداد - …`); a dateline `عمان` is Amman, the city of Jordan (elsewhere the word may be
/// Oman: `سلطنة عمان`).
fn dateline_state(article: &Article, entities: &[Entity]) -> Option<String> {
    let is_state =
        |e: &Entity| e.kind == EntityType::Location && e.country.is_some() && state_actor(e);
    let dateline = article.body.first().and_then(|first| {
        let place = entities.iter().find(|e| {
            e.kind == EntityType::Location
                && e.mentions.iter().any(|m| {
                    m.part.is_body()
                        && m.paragraph == 0
                        && m.start == 0
                        && first
                            .chars()
                            .skip(m.end)
                            .take(16)
                            .any(|c| matches!(c, '-' | '–' | '—'))
                })
        })?;
        // A dateline names a city: `عمان -`/`عمّان (…) -` is Amman, Jordan's, not Oman.
        let code = if amman_dateline(article) {
            "JOR"
        } else {
            place.country.as_deref()?
        };
        entities
            .iter()
            .find(|e| is_state(e) && e.country.as_deref() == Some(code))
    });
    dateline.map(|e| e.id.clone())
}

/// True when a quote given to a body or a place is credited to a nameless official or source
/// of it (`مسؤول بوزارة الخارجية`، `مصدر بارز في المعارضة`، `مسؤول عسكري لوكالة الأنباء`): the
/// guide's unnamed source, nobody's words, even with a title, a body or a nationality. Not a
/// source in construct with a definite word (`مصادر الجزيرة`، `مسؤول الإعلام في الحزب`: an
/// office or a medium's own sources) nor a definite one (`المسؤول`).
fn nameless_source_of_a_body(q: &Quote, entities: &[Entity]) -> bool {
    let Some(id) = q.speaker.as_deref() else {
        return false;
    };
    if entities
        .iter()
        .find(|e| e.id == id)
        .is_none_or(|e| e.kind == EntityType::Person)
    {
        return false;
    }
    let Some(words) = q.speaker_text.as_deref() else {
        return false;
    };
    let mut it = words.split_whitespace().map(text::normalize_word);
    let Some(first) = it.next() else {
        return false;
    };
    let bare = first
        .strip_prefix('و')
        .or_else(|| first.strip_prefix('ف'))
        .filter(|b| {
            matches!(
                *b,
                "مصدر" | "مصادر" | "مسوول" | "مسووله" | "مسوولون" | "مسوولين"
            )
        })
        .unwrap_or(first.as_str());
    matches!(
        bare,
        "مصدر" | "مصادر" | "مسوول" | "مسووله" | "مسوولون" | "مسوولين"
    ) && !it.next().is_some_and(|w| w.starts_with("ال"))
}

/// True when `text` stands in the paragraph right after God's epithet and a colon (`قال
/// تعالى: «…»`، `وقال سبحانه: {…}`، `قال الله عز وجل: «…»`): scripture, not a speaker's words.
fn scripture(chars: &[char], text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    let n = text.chars().count();
    let starts = (0..chars.len()).filter(|&k| {
        chars.get(k) == Some(&first)
            && chars
                .get(k..k + n)
                .is_some_and(|w| w.iter().copied().eq(text.chars()))
    });
    for k in starts {
        let mut b = k;
        let mut colon = false;
        while b > 0 {
            let c = chars.get(b - 1).copied().unwrap_or(' ');
            if c == ':' {
                colon = true;
            } else if !(c.is_whitespace()
                || matches!(c, 'ـ' | '«' | '"' | '“' | '(' | '{' | '[' | '-'))
            {
                break;
            }
            b -= 1;
        }
        let before: String = chars
            .get(b.saturating_sub(30)..b)
            .unwrap_or_default()
            .iter()
            .collect();
        let words: Vec<String> = before
            .split_whitespace()
            .map(text::normalize_word)
            .collect();
        let last = words.last();
        // ("الإمام ابن فارس رحمه الله تعالى: «…»": a blessing on a scholar, who is quoted.)
        let blessing = words
            .iter()
            .rev()
            .skip(1)
            .take(3)
            .any(|w| w.starts_with("رحم"));
        if colon
            && !blessing
            && last.is_some_and(|w| {
                let w = w
                    .chars()
                    .filter(|c| !matches!(c, '\u{064B}'..='\u{0652}'))
                    .collect::<String>();
                matches!(w.as_str(), "تعالي" | "سبحانه" | "وجل" | "وعلا" | "جلاله")
            })
        {
            return true;
        }
    }
    false
}

fn parse_published(p: &str) -> Option<rasd_text::date::NaiveDateTime> {
    use rasd_text::date::{NaiveDate, NaiveDateTime};
    let head: String = p.chars().take(19).collect();
    NaiveDateTime::parse_from_str(&head, "%Y-%m-%dT%H:%M:%S")
        .ok()
        .or_else(|| {
            let day: String = p.chars().take(10).collect();
            NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        })
}

impl<'a> Para<'a> {
    fn new(
        index: usize,
        chars: Vec<char>,
        tokens: Vec<Token>,
        entities: &[Entity],
        lex: &'a Lexicon,
    ) -> Para<'a> {
        let mut spans = Vec::new();
        for (ei, e) in entities.iter().enumerate() {
            for m in e
                .mentions
                .iter()
                .filter(|m| m.paragraph == index && m.part.is_body())
            {
                if m.start >= m.end || m.end > chars.len() {
                    continue;
                }
                // Tokens are in order: binary searches keep this linear in mentions.
                let first = Some(tokens.partition_point(|t| t.end <= m.start))
                    .filter(|&f| f < tokens.len());
                let last = Some(tokens.partition_point(|t| t.start < m.end)).filter(|&l| l > 0);
                if let (Some(first), Some(last)) = (first, last) {
                    if first >= last || !plausible_name(lex, e, &tokens, first, last) {
                        continue;
                    }
                    let behind_prep = tokens.get(first).is_some_and(|t| {
                        t.start < m.start
                            && slice(&chars, t.start, m.start)
                                .chars()
                                .any(|c| matches!(c, 'ب' | 'ل' | 'ك'))
                    });
                    // "أدانت دولة الكويت", "أمير دولة قطر", "لدولة الإمارات": the state
                    // noun before a country's name is part of the name.
                    let (first, behind_prep) = match state_noun_before(e, &tokens, first, m.start) {
                        Some(prep) if !behind_prep => (first - 1, prep),
                        _ => (first, behind_prep),
                    };
                    spans.push(Span {
                        entity: ei,
                        first,
                        last,
                        behind_prep,
                    });
                }
            }
        }
        spans.sort_by_key(|s| (s.first, std::cmp::Reverse(s.last)));
        let mut span_at = vec![None; tokens.len()];
        for (si, s) in spans.iter().enumerate() {
            if let Some(slot) = span_at.get_mut(s.first) {
                if slot.is_none() {
                    *slot = Some(si);
                }
            }
        }
        let mut in_mention = vec![false; tokens.len()];
        for s in &spans {
            // (The state noun before a name, "اعترفت بدولة فلسطين", may still be the object
            // word of a trigger.)
            let first = s.first
                + usize::from(
                    s.last > s.first + 1
                        && tokens.get(s.first).is_some_and(|t| state_noun(&t.norm)),
                );
            for m in in_mention.iter_mut().take(s.last).skip(first) {
                *m = true;
            }
        }
        let quotes = quote_spans(&chars, &tokens);
        let quote_used = vec![false; quotes.len()];
        let mut hits = Vec::with_capacity(tokens.len());
        let mut consumed = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                hits.push(None);
                continue;
            }
            // A bare past form is a verb only where a verb can stand: at a clause's head, after
            // a particle, or after its subject; elsewhere it is a noun ("سبل دعم", "فجر الخميس").
            // A verb may also continue the event noun just before it ("تفجير انتحاري استهدف").
            let after_event_noun = (i.saturating_sub(2)..i).any(|j| {
                hits.get(j)
                    .copied()
                    .flatten()
                    .is_some_and(|h: &Entry| h.pos == Pos::Noun && matches!(h.role, Role::Event(_)))
            });
            // A verb form right after a preposition is a noun ("في تعاون فعال", "إلى دعم",
            // "عن إدانتها").
            let after_prep = i
                .checked_sub(1)
                .and_then(|p| tokens.get(p))
                .is_some_and(|p| {
                    p.kind == TokenKind::Word && PREPOSITIONS.contains(&bare(&p.norm))
                });
            let mut object_at = None;
            // "وزارة", "بزيارة": a word written with ta marbuta is a noun, never a verb with the
            // object pronoun ه that folding ة into ه makes it look like (و + زاره).
            let ta_marbuta = chars
                .get(t.start..t.end)
                .and_then(|w| w.iter().rev().find(|&&c| !text::is_ignorable(c)))
                == Some(&'ة');
            let entry = lex.lookup(&t.norm).and_then(|hit| {
                // "عن إدانتها": after a preposition, a form that is also a noun with a pronoun
                // is that noun, not a verb with an object (أدانتها).
                let noun_with_pronoun = after_prep
                    && hit
                        .entries
                        .iter()
                        .any(|e| e.pos == Pos::Noun && e.suffixed && hit.fits(e));
                hit.entries.iter().find(|e| {
                    if !hit.fits(e) || (noun_with_pronoun && e.pos != Pos::Noun) {
                        return false;
                    }
                    if ta_marbuta && matches!(e.pos, Pos::Verb | Pos::Present) {
                        return false;
                    }
                    // A verb reading where no verb can stand gives way to a noun reading of
                    // the same form ("وواصلت طائراتها قصف مناطق").
                    // "قررت موريتانيا طرد السفير", "واصل الجيش قصف المدينة": after a support
                    // verb and its subject, the bare form is its verbal noun.
                    // ("أعلنت الحكومة طرد السفير": so after a statement verb and its subject.)
                    let after_support = (i.saturating_sub(3)..i).any(|j| {
                        hits.get(j).copied().flatten().is_some_and(|h: &Entry| {
                            (matches!(h.role, Role::Support)
                                || matches!(h.role, Role::Speech { statement: true }))
                                && h.pos == Pos::Verb
                        }) && (j + 1..i)
                            .all(|k| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word))
                    });
                    let misplaced_verb = e.pos == Pos::Verb
                        && e.base
                        && !after_event_noun
                        && (after_support
                            || !(verb_position(lex, &tokens, &spans, i)
                                || (matches!(e.role, Role::Speech { .. })
                                    && after_fronted_topic(&tokens, &spans, entities, i))));
                    let noun_reading = hit
                        .entries
                        .iter()
                        .any(|n| n.pos == Pos::Noun && !n.suffixed && hit.fits(n));
                    if misplaced_verb && noun_reading && !after_prep {
                        return false;
                    }
                    if e.objects.is_empty() {
                        return true;
                    }
                    object_at = objects_follow(&tokens, &in_mention, i, &e.objects, e.reach);
                    object_at.is_some()
                })
            });
            // The object that selected the entry is part of this event, not one of its own
            // ("عرضت وساطتها", "فرضت عقوبات").
            if let Some(o) = object_at.filter(|_| entry.is_some()) {
                consumed.push(o);
            }
            let entry = entry.filter(|e| {
                !(e.pos == Pos::Verb && e.base)
                    || after_event_noun
                    || verb_position(lex, &tokens, &spans, i)
                    || (matches!(e.role, Role::Speech { .. })
                        && after_fronted_topic(&tokens, &spans, entities, i))
            });
            // "، فجر السبت،", "بلدة أدري فجر الأحد": dawn before a day is no bombing, wherever
            // it stands.
            let entry = entry.filter(|_| !dawn_of_day(&tokens, i));
            let entry =
                entry.filter(|e| !(after_prep && matches!(e.pos, Pos::Verb | Pos::Present)));
            hits.push(entry);
        }
        for o in consumed {
            if let Some(h) = hits.get_mut(o) {
                if h.is_some_and(|e| e.pos == Pos::Noun) {
                    *h = None;
                }
            }
        }
        // "تابعة لـ" (belonging to) is an adjective, not the speech verb تابع with a pronoun.
        for (i, t) in tokens.iter().enumerate() {
            let belongs = matches!(bare(&t.norm), "تابعه" | "التابعه")
                && tokens.get(i + 1).is_some_and(|n| n.norm.starts_with('ل'));
            if belongs {
                if let Some(h) = hits.get_mut(i) {
                    *h = None;
                }
            }
        }
        // "وزاد: «…»"، "وزاد "…"": right before a colon or quotation marks, زاد (increased)
        // goes on with the speaker's words as أضاف does.
        let went_on = lex.lookup("اضاف").and_then(|h| {
            h.entries
                .iter()
                .find(|e| e.pos == Pos::Verb && matches!(e.role, Role::Speech { .. }))
        });
        for (i, t) in tokens.iter().enumerate() {
            let added = matches!(t.norm.as_str(), "وزاد" | "وزادت" | "فزاد")
                && tokens.get(i + 1).is_some_and(|n| {
                    n.is_punct(':') || matches!(n.norm.as_str(), "«" | "“" | "\"")
                });
            if let (true, Some(h), Some(e)) = (added, hits.get_mut(i), went_on) {
                *h = Some(e);
            }
        }
        // A word that is part of a name is not a trigger ("مركز الدعم").
        for s in &spans {
            for h in hits.iter_mut().take(s.last).skip(s.first) {
                *h = None;
            }
        }
        Para {
            index,
            chars,
            tokens,
            spans,
            span_at,
            quotes,
            quote_used,
            hits,
            indirect: Vec::new(),
        }
    }

    /// For each person without a country, the country of a place or organization in the three
    /// words before the name, not behind a preposition: the title's nationality.
    fn infer_countries(
        &self,
        entities: &[Entity],
        out: &mut std::collections::HashMap<usize, String>,
    ) {
        for s in &self.spans {
            let Some(e) = entities.get(s.entity) else {
                continue;
            };
            if e.kind != EntityType::Person || e.country.is_some() || out.contains_key(&s.entity) {
                continue;
            }
            let from = s.first.saturating_sub(4);
            let title = self.spans.iter().rev().find(|t| {
                t.last <= s.first
                    && t.last + 3 >= s.first
                    && t.first >= from
                    && !t.behind_prep
                    && !t
                        .first
                        .checked_sub(1)
                        .and_then(|p| self.word(p))
                        .is_some_and(|w| PREPOSITIONS.contains(&bare(w)))
            });
            let country = title
                .and_then(|t| entities.get(t.entity))
                .filter(|t| t.kind != EntityType::Person)
                .and_then(|t| t.country.clone());
            if let Some(c) = country {
                out.insert(s.entity, c);
            }
        }
    }

    /// For each person, the title words in the five words before the name, back to a comma (not
    /// one right before the name) or another person ("وزير الخارجية المصري كريم الحسيني" →
    /// وزير).
    fn infer_titles(
        &self,
        entities: &[Entity],
        out: &mut std::collections::HashMap<usize, Vec<&'static str>>,
        words: &mut std::collections::HashMap<usize, Vec<String>>,
    ) {
        for s in &self.spans {
            if entities.get(s.entity).map(|e| e.kind) != Some(EntityType::Person) {
                continue;
            }
            let mut j = s.first;
            while j > 0 && j + 5 > s.first {
                j -= 1;
                let Some(t) = self.tokens.get(j) else { break };
                // ("المفوض الأوروبي لإدارة الأزمات، يانيك فيرمولن": a title set off by a comma
                // right before the name is theirs too.)
                if t.kind == TokenKind::Punct && !(j + 1 == s.first && t.is_punct('،')) {
                    break;
                }
                let other_person = self.spans.iter().any(|o| {
                    o.first <= j
                        && j < o.last
                        && entities.get(o.entity).map(|e| e.kind) == Some(EntityType::Person)
                });
                if other_person {
                    break;
                }
                if let Some(stem) = title_stem(&t.norm) {
                    let titles = out.entry(s.entity).or_default();
                    if !titles.contains(&stem) {
                        titles.push(stem);
                    }
                }
                let w = words.entry(s.entity).or_default();
                if !w.contains(&t.norm) {
                    w.push(t.norm.clone());
                }
            }
        }
    }

    /// Each person named with an honorific title in the ten words before their name, with no
    /// other person nor sentence end between (`فضيلة إمام المسجد الشيخ الدكتور X`): see
    /// [`Context::honored`].
    fn infer_honored(&self, entities: &[Entity], out: &mut Vec<Honored>) {
        for s in &self.spans {
            if entities.get(s.entity).map(|e| e.kind) != Some(EntityType::Person) {
                continue;
            }
            let mut stems: Vec<&'static str> = Vec::new();
            for j in (s.first.saturating_sub(10)..s.first).rev() {
                let Some(t) = self.tokens.get(j) else { break };
                if t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "." | "؟" | "!" | ":") {
                    break;
                }
                let other_person = self.spans.iter().any(|o| {
                    o.first <= j
                        && j < o.last
                        && entities.get(o.entity).map(|e| e.kind) == Some(EntityType::Person)
                });
                if other_person {
                    break;
                }
                if let Some(stem) = honor_title_stem(&t.norm).filter(|st| !stems.contains(st)) {
                    stems.push(stem);
                }
            }
            out.extend(stems.into_iter().map(|stem| Honored {
                para: self.index,
                first: s.first,
                stem,
                entity: s.entity,
            }));
        }
    }

    /// For each person named the spokesman of a body in the twelve words before their name
    /// (`المتحدث`/`الناطق`, then `باسم` within two words), the words after `باسم`, without the
    /// article, up to the name (see [`Context::spokesmen`]).
    fn infer_spokesmen(
        &self,
        entities: &[Entity],
        out: &mut std::collections::HashMap<usize, Vec<String>>,
    ) {
        for s in &self.spans {
            if entities.get(s.entity).map(|e| e.kind) != Some(EntityType::Person) {
                continue;
            }
            let start = s.first.saturating_sub(12);
            let mut j = s.first;
            // Back to a stop or another person's name.
            while j > start {
                let Some(t) = self.tokens.get(j - 1) else {
                    break;
                };
                let other = self.span_at.get(j - 1).copied().flatten().is_some_and(|o| {
                    self.spans
                        .get(o)
                        .and_then(|o| entities.get(o.entity))
                        .is_some_and(|e| e.kind == EntityType::Person)
                });
                if other || (t.kind == TokenKind::Punct && !t.is_punct('،')) {
                    break;
                }
                j -= 1;
            }
            let Some(k) = (j..s.first).find(|&k| {
                self.word(k).is_some_and(|w| bare(w) == "باسم")
                    && (k.saturating_sub(2)..k).any(|t| {
                        self.word(t)
                            .and_then(title_stem)
                            .is_some_and(spokesman_stem)
                    })
            }) else {
                continue;
            };
            let body: Vec<String> = (k + 1..s.first)
                .filter_map(|m| self.word(m))
                .filter(|w| !title_word(w))
                .map(unarticled)
                .filter(|w| w.chars().count() >= 3)
                .collect();
            if !body.is_empty() {
                out.insert(s.entity, body);
            }
        }
    }

    /// For each definite title followed by a place's nisba (`الرئيس السوري`), that place, the
    /// last one given to the title.
    fn infer_titled_places(
        &self,
        entities: &[Entity],
        out: &mut std::collections::HashMap<&'static str, usize>,
    ) {
        for (k, t) in self.tokens.iter().enumerate() {
            // (The mention after it first: the cheapest test.)
            let Some(next) = self.span_at.get(k + 1).copied().flatten() else {
                continue;
            };
            if t.kind != TokenKind::Word || !definite(&t.norm) {
                continue;
            }
            let Some(stem) = title_stem(&t.norm) else {
                continue;
            };
            let place = self.spans.get(next).filter(|s| {
                !s.behind_prep
                    && entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Location)
                    && self
                        .word(s.first)
                        .is_some_and(|w| definite(w) && (w.ends_with('ي') || w.ends_with("يه")))
            });
            if let Some(s) = place {
                out.insert(stem, s.entity);
            }
        }
    }

    /// For each nationality of a place (`السوداني`, with the article, not behind a preposition),
    /// the phrases of the two and three words right before it (words with no mention and no
    /// lexicon entry, the first at most one word without the article): see
    /// [`Context::phrase_places`].
    fn infer_phrase_places(
        &self,
        entities: &[Entity],
        out: &mut std::collections::HashMap<String, usize>,
    ) {
        for s in &self.spans {
            let nisba = !s.behind_prep
                && entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Location)
                && self
                    .word(s.first)
                    .is_some_and(|w| definite(w) && (w.ends_with('ي') || w.ends_with("يه")));
            if !nisba || s.first < 2 {
                continue;
            }
            let plain = |k: usize| {
                self.word(k).is_some()
                    && self.span_at.get(k).copied().flatten().is_none()
                    && !self.spans.iter().any(|o| o.first < k && k < o.last)
                    && self.hits.get(k).copied().flatten().is_none()
            };
            // "الجيش المالي": a state's own force or government named by one word with its
            // nationality; `الجيش` alone later points back to it.
            if s.first >= 1
                && plain(s.first - 1)
                && self.word(s.first - 1).is_some_and(|w| {
                    definite(w) && in_list(w, &["جيش", "حكومه", "شرطه", "سلطات", "قوات"])
                })
            {
                if let Some(w) = self.word(s.first - 1) {
                    out.insert(unarticled(w), s.entity);
                }
            }
            for n in [2, 3] {
                let Some(from) = s.first.checked_sub(n) else {
                    break;
                };
                if !(from..s.first).all(plain) {
                    break;
                }
                // All with the article but the head, which may be in construct.
                if !(from + 1..s.first).all(|k| self.word(k).is_some_and(definite)) {
                    break;
                }
                let words: Vec<String> = (from..s.first)
                    .filter_map(|k| self.word(k).map(unarticled))
                    .collect();
                out.insert(words.join(" "), s.entity);
            }
        }
    }

    /// True when the word at `i` is written والي (a governor), which normalizes like وإلى.
    fn governor(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| slice(&self.chars, t.start, t.end) == "والي")
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.tokens
            .get(i)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    }

    fn text(&self, start_tok: usize, end_tok: usize) -> String {
        let (Some(a), Some(b)) = (
            self.tokens.get(start_tok),
            end_tok.checked_sub(1).and_then(|e| self.tokens.get(e)),
        ) else {
            return String::new();
        };
        slice(&self.chars, a.start, b.end).trim().to_string()
    }

    fn span_entity(&self, si: usize) -> Option<usize> {
        self.spans.get(si).map(|s| s.entity)
    }

    fn inside_quote(&self, i: usize) -> bool {
        // (A word or two in marks, `إن قواته «حيدت» عشرين مسلحا`, are the narration's.)
        self.quotes
            .iter()
            .any(|q| q.open_tok < i && i < q.close_tok && q.words >= 3)
    }
}

/// True when one of the `reach` words after `i` in its sentence (six, or twelve for a `far`
/// entry; not counting names: the subject may stand between a verb and its object) begins with
/// one of `objects`.
///
/// An object written `+ب` in the lexicon is a second complement: it counts only after the
/// verb's direct object, a name, a definite noun, a noun with a pronoun or إياه right after
/// the trigger ("، متهمة الشركة بالتهرب"), never right after it (the passive participle of
/// "حكومة متهمة بالطائفية", "متهم بولائه") nor after a preposition or a number
/// ("متهمين في قضية", "431 متهما، جاء بعد").
fn objects_follow(
    tokens: &[Token],
    in_mention: &[bool],
    i: usize,
    objects: &[String],
    reach: usize,
) -> Option<usize> {
    let direct_object = tokens.get(i + 1).is_some_and(|t| {
        t.kind == TokenKind::Word
            && (in_mention.get(i + 1).copied().unwrap_or(false)
                || (!t.norm.starts_with('ب')
                    && !t.norm.starts_with('ل')
                    && (definite(&t.norm)
                        || has_pronoun_suffix(&t.norm)
                        || t.norm.starts_with("ايا"))))
    });
    // (An object is never in the next sentence: "… ويحتضن الحرمين الشريفين. لقاء …".)
    tokens
        .iter()
        .enumerate()
        .skip(i + 1)
        .take_while(|(_, t)| !['.', '!', '?', '؟'].iter().any(|&c| t.is_punct(c)))
        .filter(|(j, t)| t.kind == TokenKind::Word && !in_mention.get(*j).copied().unwrap_or(false))
        .take(reach)
        .enumerate()
        // (Past the sixth word, only after على: "أدرجت … على قائمة", not "مدرجة في القائمة";
        // or the responsibility a blame gives, after the one blamed and an aside: "حمّل
        // المحافظ، في تصريح نقلته الوكالة، الجماعة المسؤولية".)
        .filter(|&(n, (j, t))| {
            n < lexicon::NEAR
                || j.checked_sub(1)
                    .and_then(|p| tokens.get(p))
                    .is_some_and(|p| p.norm == "علي")
                || claims_responsibility(&t.norm)
        })
        .map(|(_, jt)| jt)
        .find(|&(j, t)| {
            objects.iter().any(|o| match o.strip_prefix('+') {
                Some(second) => {
                    direct_object
                        && j > i + 1
                        && text::clitic_candidates(&t.norm)
                            .iter()
                            .any(|c| c.form.starts_with(second))
                }
                None => starts_with_any(&t.norm, std::slice::from_ref(o)),
            })
        })
        .map(|(j, _)| j)
}

/// False for a person or organization mention that cannot be a name: a person whose first word
/// is an event or speech word or a place noun (`استهداف قافلة`، `مدينة درنة`), or an organization
/// of no known identity whose last word is a verb (`المنظمة ستعلق`). The statistical tagger
/// sometimes gives such spans; taken as names they would hide the triggers they cover.
fn plausible_name(lex: &Lexicon, e: &Entity, tokens: &[Token], first: usize, last: usize) -> bool {
    let trigger = |k: usize, verbs_only: bool| {
        tokens.get(k).is_some_and(|t| {
            lex.lookup(&t.norm).is_some_and(|hit| {
                hit.entries.iter().any(|x| {
                    hit.fits(x)
                        && matches!(x.role, Role::Event(_) | Role::Speech { .. })
                        && (!verbs_only || matches!(x.pos, Pos::Verb | Pos::Present))
                })
            })
        })
    };
    match e.kind {
        EntityType::Person => {
            let place_noun = tokens
                .get(first)
                .is_some_and(|t| in_list(&t.norm, PLACE_NOUNS));
            // "وفدا من الاتحاد", "عناصر": a group noun is nobody's name.
            let group_noun = tokens.get(first).is_some_and(|t| {
                let w = t.norm.strip_suffix('ا').unwrap_or(&t.norm);
                in_list(w, SUBJECT_HEADS) || in_list(&t.norm, MEMBER_NOUNS)
            });
            !trigger(first, false) && !place_noun && !group_noun
        }
        EntityType::Organization => {
            // Ids of known organizations are names (`org:au`); unknown ones carry a hash.
            let hashed =
                e.id.strip_prefix("org:")
                    .is_some_and(|h| h.len() == 16 && h.chars().all(|c| c.is_ascii_hexdigit()));
            !(hashed && last > first + 1 && trigger(last - 1, true))
        }
        EntityType::Location => true,
    }
}

/// Particles after which a verb stands.
const VERB_LEADERS: &[&str] = &[
    "قد",
    "لقد",
    "ان",
    "حيث",
    "الذي",
    "التي",
    "الذين",
    "اللذان",
    "كما",
    "ثم",
    "لم",
    "لما",
    "عندما",
    "بعدما",
    "حين",
    "اذ",
    "منذ",
    "وقد",
    "فقد",
    "ما",
    "كلما",
    "حينما",
    "بينما",
    "فيما",
    // "ومن جهته قال X"، "بدوره أكد": the adverb of turn taking stands before its verb, with
    // or without a comma.
    "جهته",
    "جهتها",
    "جانبه",
    "جانبها",
    "بدوره",
    "بدورها",
];

/// The complementizer of reported speech with its subject's pronoun (`أعلن الجيش أنه صد`).
const PRONOUN_COMPLEMENTIZERS: &[&str] = &[
    "انه",
    "انها",
    "انهم",
    "انهما",
    "اننا",
    "بانه",
    "بانها",
    "بانهم",
];

/// Verbs of repelling or intercepting an attack that stand as verbs right after a
/// [`PRONOUN_COMPLEMENTIZERS`] word: the army telling that it repelled an attack reports its own
/// act (and the attacker's). Other verbs there are left out: on real pages they added more
/// wrong events than right (`أنه تم الاتفاق`، `أنه بحث مع`، `غير أنه رفض`: session 22, E5).
const REPELLING_VERBS: &[&str] = &[
    "صد",
    "صدت",
    "صدوا",
    "تصدي",
    "تصدت",
    "تصدوا",
    "اعترض",
    "اعترضت",
    "اعترضوا",
];

/// Words after a closing quotation mark that point back at the quote ("«…»، بهذه الكلمات
/// خاطب الرئيس"); a verb may follow them.
const POINTING: &[&str] = &[
    "بهذه",
    "بهذا",
    "هكذا",
    "هذا",
    "ما",
    "الكلمات",
    "العبارات",
    "العباره",
    "الكلام",
];

/// True when a bare past-verb form at `i` stands where a verb can: at the start, after
/// punctuation, after a particle, with و/ف, or after a name that is not behind a preposition.
fn verb_position(lex: &Lexicon, tokens: &[Token], spans: &[Span], i: usize) -> bool {
    let Some(t) = tokens.get(i) else { return false };
    // و/ف as a conjunction, not a root letter (فجر، وقع are words of their own).
    if (t.norm.starts_with('و') || t.norm.starts_with('ف')) && !lex.has(&t.norm) {
        return true;
    }
    let Some(prev) = i.checked_sub(1).and_then(|p| tokens.get(p)) else {
        return true;
    };
    if prev.kind == TokenKind::Punct {
        return true;
    }
    if PRONOUN_COMPLEMENTIZERS.contains(&bare(&prev.norm))
        && REPELLING_VERBS.contains(&bare(&t.norm))
    {
        return true;
    }
    // ("فيما" is matched whole: its ف is no conjunction.)
    if VERB_LEADERS.contains(&bare(&prev.norm))
        || VERB_LEADERS.contains(&prev.norm.as_str())
        || POINTING.contains(&bare(&prev.norm))
    {
        return true;
    }
    // "لكن مصدرا عسكريا تشاديا قال": an unnamed source and its adjectives before the verb.
    let unnamed_source = (1..=3).any(|back| {
        i.checked_sub(back)
            .and_then(|k| tokens.get(k))
            .is_some_and(|w| unnamed_source_noun(bare(&w.norm)))
            && (i + 1 - back..i).all(|j| {
                tokens.get(j).is_some_and(|w| {
                    w.kind == TokenKind::Word
                        && (w.norm.ends_with('ا') || w.norm.ends_with('ي') || w.norm.ends_with('ه'))
                })
            })
    });
    if unnamed_source {
        return true;
    }
    // "فجر الاثنين", "صباح الخميس": a time of day before a day is a noun.
    let day_next = tokens
        .get(i + 1)
        .is_some_and(|n| names_a_day(bare(&n.norm)));
    if day_next && bare(&t.norm) == "فجر" {
        return false;
    }
    let locative = |k: usize| {
        tokens.get(k).is_some_and(|p| {
            PREPOSITIONS.contains(&bare(&p.norm)) || LOCATIVES.contains(&bare(&p.norm))
        })
    };
    spans.iter().any(|s| {
        // "في مدينة عطبرة فجر": a place noun between the locative and the name.
        let place_noun = s.first.checked_sub(1).is_some_and(|p| {
            tokens.get(p).is_some_and(|w| in_list(&w.norm, PLACE_NOUNS))
                && p.checked_sub(1).is_some_and(locative)
        });
        let after_prep = s.first.checked_sub(1).is_some_and(locative) || place_noun;
        s.last == i && !s.behind_prep && (!after_prep || delegation_before(tokens, s.first))
    })
}

/// True when a speech verb at `i` follows a topic fronted at the head of its sentence or
/// clause (`وحول مطالب الأهالي قال:`، `وعن المشروع أوضح أن`، `وبخصوص الأسعار قال إن`، `وفي هذا
/// الصدد قال`): one to six words after `وحول`/`حول`/`وعن`/`وبشأن`/`بشأن`/`وبخصوص`/`بخصوص`/
/// `وفيما يتعلق`/`وفيما يخص`, or after `وفي` with `هذا`/`ذات`/`نفس`, with no punctuation, relative
/// pronoun, conditional or complementizer between, is where a verb stands. Not after `وعن`
/// right before a name (`وعن فلان قال`: a chain of narration, whose speaker is that name).
fn after_fronted_topic(tokens: &[Token], spans: &[Span], entities: &[Entity], i: usize) -> bool {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    // ("وحول غياب اللاعب أوضح مدرب الفريق أن": a title with no name after it is left to the
    // words before, as when the verb is not read as one; a title before a person's name is
    // the speaker.)
    // (The subject must then be implied, named, or a title before a person's name: the verb
    // is followed by a colon, marks, a complementizer, a preposition, a mention or words
    // that lead to a person's name.)
    let next_ok = tokens.get(i + 1).is_some_and(|t| {
        if t.kind != TokenKind::Word {
            return matches!(t.norm.as_str(), ":" | "«" | "“" | "\"");
        }
        is_complementizer(&t.norm)
            || PREPOSITIONS.contains(&bare(&t.norm))
            || is_prep_pronoun(&t.norm)
            || spans.iter().any(|s| s.first == i + 1)
    });
    if !next_ok {
        let named = spans.iter().any(|s| {
            s.first > i + 1
                && s.first <= i + 14
                && entities
                    .get(s.entity)
                    .is_some_and(|e| e.kind == EntityType::Person)
                && (i + 1..s.first)
                    .all(|k| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word))
        });
        if !named {
            return false;
        }
    }
    for k in (i.saturating_sub(7)..i).rev() {
        let Some(w) = word(k) else { return false };
        if matches!(
            bare(w),
            "الذي"
                | "التي"
                | "الذين"
                | "ما"
                | "اذا"
                | "لو"
                | "ان"
                | "كان"
                | "كانت"
                | "قد"
        ) {
            return false;
        }
        let head = k == 0
            || tokens
                .get(k - 1)
                .is_some_and(|t| t.kind == TokenKind::Punct);
        if !head {
            continue;
        }
        if k + 1 == i {
            return false;
        }
        let topic = match w {
            "وحول" | "حول" | "وبشان" | "بشان" | "وبخصوص" | "بخصوص" => {
                true
            }
            "وعن" => !spans.iter().any(|s| s.first == k + 1),
            "وفيما" => word(k + 1).is_some_and(|n| matches!(n, "يتعلق" | "يخص")),
            "وفي" => word(k + 1).is_some_and(|n| matches!(n, "هذا" | "ذات" | "نفس")),
            _ => false,
        };
        return topic;
    }
    false
}

/// True for a noun of saying that can carry a quote after a verb that is no speech verb
/// (`بالقول`، `بقوله`، `بقولها`، `بقولهم`).
fn by_saying_word(w: &str) -> bool {
    matches!(
        bare(w),
        "بالقول" | "بقوله" | "بقولها" | "بقولهم" | "بقولهما"
    )
}

/// True when the mention starting at token `first` follows "وفد من" ("وفد من الاتحاد الأفريقي
/// وصل"): a delegation is its sender, so the mention is the subject.
fn delegation_before(tokens: &[Token], first: usize) -> bool {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    first.checked_sub(1).and_then(word) == Some("من")
        && first.checked_sub(2).and_then(word).is_some_and(|w| {
            text::clitic_candidates(w)
                .iter()
                .any(|c| c.form.starts_with("وفد"))
        })
}

/// True for a verb or participle of describing (`واصفا`، `واصفة`، `ووصف`، `يصفها`): what follows
/// its بأن characterizes its object and is nobody's quote.
fn describing(w: &str) -> bool {
    let w = w
        .strip_prefix('و')
        .or_else(|| w.strip_prefix('ف'))
        .filter(|r| r.starts_with("وصف") || r.starts_with("واصف"))
        .unwrap_or(w);
    w.starts_with("واصف")
        || w.starts_with("وصف")
        || matches!(
            w,
            "يصف"
                | "تصف"
                | "يصفه"
                | "يصفها"
                | "يصفهم"
                | "تصفه"
                | "تصفها"
                | "تصفهم"
                | "يصفون"
        )
}

fn is_complementizer(w: &str) -> bool {
    matches!(
        bare(w),
        "ان" | "انه"
            | "انها"
            | "انهم"
            | "انهما"
            | "اننا"
            | "بان"
            | "بانه"
            | "بانها"
            | "بانهم"
            | "بانهما"
            | "باننا"
            | "لان"
    ) || matches!(w, "ان" | "انه" | "انها")
}

/// Person descriptions that stand for the last person subject ("وأضاف المسؤول").
const PERSON_DESCRIPTIONS: &[&str] = &[
    "مسوول",
    "وزير",
    "متحدث",
    "رييس",
    "مبعوث",
    "سفير",
    "دبلوماسي",
    "قايد",
    "جنرال",
    "امين",
    "مدير",
    "نايب",
    "زعيم",
    "ملك",
    "امير",
    "مستشار",
    "ناطق",
    "مندوب",
    "محافظ",
    "والي",
    "عقيد",
    "لواء",
    "ممثل",
    "مفوض",
    "مساعد",
];
/// Organization descriptions that stand for the last organization ("حسب المعهد الموريتاني").
const ORG_DESCRIPTIONS: &[&str] = &[
    "مركز",
    "معهد",
    "وزاره",
    "حكومه",
    "منظمه",
    "جيش",
    "حركه",
    "جماعه",
    "شركه",
    "بنك",
    "وكاله",
    "حزب",
    "لجنه",
    "لجان",
    "مجلس",
    "بعثه",
    "تحالف",
    "هييه",
    "رياسه",
    "خارجيه",
    "داخليه",
    "سفاره",
    "اتحاد",
    "قوات",
];
/// Craft and weapons in construct with the force that fires them, whose plural or mass form
/// ends in neither ة nor ات (normal form): `طيران التحالف`, `بوارج البحرية`, `صواريخ الجماعة`.
const CRAFT_HEADS: &[&str] = &[
    "طيران",
    "بوارج",
    "زوارق",
    "صواريخ",
    "قذايف",
    "مدافع",
    "قوارب",
    "سفن",
];
/// Heads of a subject phrase that is completed by a place or organization ("ولي العهد
/// السعودي", "سلطات", "وفد").
const SUBJECT_HEADS: &[&str] = &[
    "ولي",
    "عاهل",
    "سلطات",
    "شرطه",
    "وفد",
    "قايد",
    "زعيم",
    "رياسه",
    "نيابه",
    "مجلس",
    "طايرات",
    "مدفعيه",
    "وزيرا",
    "وزراء",
    "رييسا",
    "قاده",
    "برلمان",
    "عناصر",
    "مقاتلو",
    "مسلحو",
    "جنود",
    "افراد",
    "ضباط",
    "قوات",
    "جيش",
    "اجهزه",
    "الامين",
    "مقاتلات",
    "دفاعات",
    "اطراف",
    "مسيرات",
    "سفن",
    "بوارج",
    "زوارق",
    "دبابات",
    "وحدات",
    "طايره",
    "قياده",
];
/// Heads whose complement names a field, a body's remit or a plan, not an act done: "لجنة
/// التحقيق"، "ملف الهجرة"، "قانون مكافحة الإرهاب"، "خطة الانسحاب".
const TOPIC_HEADS: &[&str] = &[
    "لجنه",
    "لجان",
    "هييه",
    "ملف",
    "ملفات",
    "قضيه",
    "قضايا",
    "مساله",
    "موضوع",
    "مركز",
    "وحده",
    "فريق",
    "مكتب",
    "برنامج",
    "برامج",
    "خطه",
    "خطط",
    "استراتيجيه",
    "مجال",
    "مجالات",
    "قانون",
    "مشروع",
    "سياسه",
];
/// Words naming a source without an entity ("وفق مصادر", "نقلا عن مسؤول").
const SOURCE_WORDS: &[&str] = &[
    "مصدر",
    "مصادر",
    "مسوول",
    "مسوولون",
    "مسوولين",
    "بيان",
    "تقرير",
    "شهود",
    "خبراء",
    "محللون",
    "محللين",
    "دبلوماسيون",
    "دبلوماسيين",
    "ناشطون",
    "ناشطين",
    "سكان",
    "مراقبون",
    "مراقبين",
    "تقارير",
    "وسايل",
];
/// Prepositions and place nouns before a place name that make it where something happens, not
/// whom it happens to ("في بغداد", "قرب الحدود", "جنوب ليبيا").
const LOCATIVES: &[&str] = &[
    "في",
    "قرب",
    "بالقرب",
    "جنوب",
    "شمال",
    "شرق",
    "غرب",
    "وسط",
    "داخل",
    "خارج",
    "عند",
    "انحاء",
    "ريف",
    "ضواحي",
    "حدود",
    "الحدود",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
    "اتجاه",
    "اطراف",
    "محيط",
    "مشارف",
    "امام",
    "قباله",
];
/// Nouns of places that may stand between a locative and a place name ("في ولاية تيلابيري").
const PLACE_NOUNS: &[&str] = &[
    "ولايه",
    "مدينه",
    "منطقه",
    "محافظه",
    "اقليم",
    "بلده",
    "قريه",
    "مخيم",
    "ميناء",
    "ريف",
    "عاصمه",
    "العاصمه",
    "مقاطعه",
    "قطاع",
    "قاعده",
    "طريق",
    "سواحل",
    "ساحل",
];
/// Quantities after a past verb mark a passive ("قُتل خمسة جنود"): the patient, not the actor.
const QUANTITIES: &[&str] = &[
    "اثنان",
    "اثنين",
    "ثلاثه",
    "اربعه",
    "خمسه",
    "سته",
    "سبعه",
    "ثمانيه",
    "تسعه",
    "عشره",
    "عشرات",
    "مييات",
    "الاف",
    "عدد",
    "نحو",
    "اكثر",
    "حوالي",
    "جنديان",
    "جنديين",
    "شخصان",
    "شخصين",
    "مدنيان",
    "طفلان",
    "طفلين",
    "شرطيان",
    "شرطيين",
    "عنصران",
    "عنصرين",
    "ضابطان",
    "ضابطين",
];
/// "The two sides": source and target are the last pair.
const TWO_SIDES: &[&str] = &[
    "جانبان",
    "جانبين",
    "طرفان",
    "طرفين",
    "بلدان",
    "بلدين",
    "دولتان",
    "دولتين",
];
/// Words between a verb and its subject that name nobody ("أكد مجددًا", "قال في بيان"), besides
/// the days of the week ([`WEEKDAYS`]; see [`names_nobody`]).
const FILLERS: &[&str] = &[
    "مجددا",
    "عاده",
    "ايضا",
    "كذلك",
    "اليوم",
    "امس",
    "في",
    "خلال",
    "عبر",
    "بدوره",
    "بدورها",
    "من",
    "جانبه",
    "جانبها",
    "جهته",
    "جهتها",
    "اخيرا",
    "سابقا",
    "لاحقا",
    "حينها",
    "صباح",
    "مساء",
    "الوقت",
    "نفسه",
    "ذاته",
    "ذلك",
    "اثناء",
    "بيان",
    "مؤتمر",
    "صحفي",
    "كلمه",
    "تصريحات",
    "تصريح",
    "مقابله",
    "حديث",
    "قوله",
    "قولها",
];
/// Members of an organization, before في/من and its name.
const MEMBER_NOUNS: &[&str] = &[
    "قيادي",
    "قياديا",
    "قياديين",
    "قاده",
    "عضو",
    "عضوا",
    "اعضاء",
    "عنصر",
    "عنصرا",
    "عناصر",
    "مقاتلي",
    "مقاتلين",
    "ضابط",
    "ضابطا",
    "ضباط",
    "افراد",
    "جنود",
    "مسلحين",
    "مسلحون",
    "مقاتلون",
    "مسوولين",
    "موظفين",
    // (Session 9: the other cases and numbers of the same nouns, "قياديون في الجبهة"، "جنديا
    // من الجيش"، "موظفا في السفارة".)
    "قياديون",
    "عنصرين",
    "جندي",
    "جنديا",
    "جنديين",
    "مقاتلا",
    "مسلحا",
    "عسكريين",
    "عسكريا",
    "موظفا",
    "موظفي",
    "منتسبي",
];
/// Member nouns that name fighters: after a masculine verb they are its subject ("خطف مسلحون
/// من الحركة عاملين"), never the patient of a passive.
const ARMED_MEMBERS: &[&str] = &[
    "مسلحون",
    "مسلحين",
    "مسلحا",
    "مقاتلون",
    "مقاتلين",
    "مقاتلي",
    "مقاتلا",
    "عناصر",
    "افراد",
];
/// Nouns that carry someone's words; in construct with a name they stand for its author
/// ("بيان الجيش", "تقرير المنظمة").
const SPEECH_CARRIERS: &[&str] = &["بيان", "بلاغ", "تقرير", "رساله", "تصريحات", "كلمه"];

/// Stems of the nouns of where or how something was said (`في بيان`، `في تصريح لـ`، `عبر
/// حسابه`، `على موقع`), normalized: a speaker's phrase is over once they come.
const SAID_IN_STEMS: &[&str] = &[
    "بيان",
    "بلاغ",
    "تقرير",
    "تصريح",
    "مقابل",
    "تغريد",
    "خطاب",
    "حديث",
    "حساب",
    "موقع",
    "صفح",
    "مقال",
    "رساله",
    "كلمه",
    "موتمر",
    "مؤتمر",
];
/// Other nouns of where something was said, which a relative clause may follow before the
/// complementizer (`في مقابلة أجرتها معه القناة إن`).
const SAID_IN: &[&str] = &["مقابله", "تغريده", "حوار", "خطاب", "مؤتمر", "صحفي", "صحافي"];
/// Relatives and lawyers: in construct with a person they name someone else ("عائلة X"،
/// "محامي X").
const KIN_NOUNS: &[&str] = &[
    "عايله",
    "اسره",
    "والد",
    "والده",
    "شقيق",
    "شقيقه",
    "زوجه",
    "نجل",
    "نجله",
    "ابن",
    "ابنه",
    "اقارب",
    "ذوو",
    "ذوي",
    "ارمله",
    "محامي",
    "محاميه",
    "محامو",
    // "قالت أم عبدالعزيز": a kunya names X's mother, not X.
    "ام",
];
/// Speech verbs in the first person (`أقول`، `نقول`، `قلت`، `أرى`، `نؤكد`): the writer speaks.
/// Only forms no third-person verb shares (`نقل`، `اعتبر` are also "he reported", "he held").
const FIRST_PERSON_SPEECH: &[&str] = &[
    "اقول", "نقول", "قلت", "قلنا", "اري", "نري", "اوكد", "نوكد", "اشير", "نشير", "اكرر", "نكرر",
];
/// Verbs of publishing or recording that tell of a report after `بحسب ما`/`وفق ما`/`حسبما`
/// though the lexicon has them as no speech verb (normalized, without و): `أورد` (a medium
/// carried it), `نشر` (a site published it), `رصد` (observers recorded it), `روى` (witnesses
/// told it). Each with its feminine and object-pronoun forms (`أوردته`، `نشره`، `رصدته`، `روته`).
const PUBLISHING_CREDIT_VERBS: &[&str] = &[
    "اورد",
    "اوردت",
    "اورده",
    "اوردها",
    "اوردته",
    "اوردتها",
    "نشره",
    "نشرها",
    "نشرتها",
    "رصد",
    "رصدت",
    "رصده",
    "رصدها",
    "رصدته",
    "روي",
    "روت",
    "رواه",
    "روته",
    "رووا",
];

/// True for a verb of publishing or recording after a credit (`حسبما أوردت قناة`، `وفق ما نشره
/// موقع`، `بحسب ما رصده تجار`): see [`PUBLISHING_CREDIT_VERBS`].
fn publishing_credit_verb(w: &str) -> bool {
    PUBLISHING_CREDIT_VERBS.contains(&bare(w))
}

/// Attribution prepositions ("بحسب", "وفق", "نقلا عن").
const ACCORDING: &[&str] = &["بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا"];
/// Prepositions before a mention that make it not a subject.
/// Head nouns of a state's own bodies (a government, ministry, command, presidency, army,
/// forces, police, staff): a long title holding one and closing with a state speaks for it.
/// Head nouns of a state's armed or security body that a title may serve after `في` (`… في
/// الحرس الثوري الإيراني`), besides [`STATE_BODY_HEADS`].
const SERVED_BODY_HEADS: &[&str] = &["حرس", "مخابرات", "استخبارات", "بحريه", "امن"];

const STATE_BODY_HEADS: &[&str] = &[
    "حكومه",
    "وزاره",
    "قياده",
    "رياسه",
    "جيش",
    "قوات",
    "خارجيه",
    "داخليه",
    "دفاع",
    "اركان",
    "شرطه",
];

const PREPOSITIONS: &[&str] = &[
    "في", "من", "الي", "مع", "علي", "عن", "خلال", "ضد", "لدي", "نحو", "حول", "بين", "عند",
];

fn desc_stem(w: &str) -> Option<(&str, bool)> {
    if let Some(stem) = title_stem(w) {
        return Some((stem, true));
    }
    for cand in text::clitic_candidates(w) {
        if let Some(p) = PERSON_DESCRIPTIONS.iter().find(|d| **d == cand.form) {
            return Some((p, true));
        }
        if let Some(o) = ORG_DESCRIPTIONS.iter().find(|d| **d == cand.form) {
            return Some((o, false));
        }
    }
    None
}

/// The person description a word holds, as listed in [`PERSON_DESCRIPTIONS`].
/// Feminine titles count as their masculine (`الناطقة` → ناطق، `وزيرة` → وزير).
fn title_stem(w: &str) -> Option<&'static str> {
    text::clitic_candidates(w).iter().find_map(|c| {
        // ("مساعدة" is aid, not an assistant.)
        let masculine = c
            .form
            .strip_suffix('ه')
            .filter(|m| m.chars().count() >= 3 && *m != "مساعد");
        PERSON_DESCRIPTIONS
            .iter()
            .find(|d| **d == c.form || Some(**d) == masculine)
            .copied()
    })
}

/// True for a spokesman's title stem (`متحدث`، `ناطق`).
fn spokesman_stem(stem: &str) -> bool {
    matches!(stem, "متحدث" | "ناطق")
}

/// A word without و/ف and the article (`والتحالف` → تحالف).
fn unarticled(w: &str) -> String {
    bare(w).strip_prefix("ال").unwrap_or(bare(w)).to_string()
}

/// True when the word is a person's title (`وزير`، `المتحدثة`، `والقائد`).
pub(crate) fn title_word(w: &str) -> bool {
    title_stem(w).is_some()
}

/// Words that name a person by office, rank or honour, so that a name after them is its
/// holder: a title (`وزير`، `المتحدث`), a head that a place completes (`ولي`، `عاهل`) or a rank
/// or style (`الشيخ`، `الأمير`، `العقيد`، `سمو`). (`الصحفي`، `الناشط` describe whoever is named,
/// the object as often as the subject.)
fn names_a_holder(w: &str) -> bool {
    desc_stem(w).is_some_and(|(_, person)| person)
        || in_list(w, &["ولي", "عاهل", "خادم"])
        || in_list(
            w,
            &[
                "الشيخ",
                "الشيخه",
                "الامير",
                "الاميره",
                "الجنرال",
                "العميد",
                "الفريق",
                "المشير",
                "اللواء",
                "العقيد",
                "الملك",
                "الملكه",
                "سمو",
                "صاحب",
                "فخامه",
                "معالي",
                "سعاده",
            ],
        )
}

/// True for a word of a courtesy style or rank written before a name (`صاحب السمو الملكي
/// الأمير`، `جلالة الملك`، `معالي الفريق الركن الشيخ`): it names no one itself.
fn courtesy_style(w: &str) -> bool {
    in_list(
        w,
        &[
            "صاحب",
            "السمو",
            "سمو",
            "الملكي",
            "جلاله",
            "فخامه",
            "معالي",
            "سعاده",
            "دوله",
            "الشيخ",
            "الشيخه",
            "الامير",
            "الاميره",
            "الملك",
            "الملكه",
            "الفريق",
            "الركن",
            "اللواء",
            "العميد",
            "المشير",
            "العقيد",
        ],
    )
}

/// True for an honorific that stands for a person (`معاليه`، `سموه`، `فضيلته`، `سعادتها`).
fn honorific(w: &str) -> bool {
    honorific_stem(w).is_some()
}

/// The stem of an honorific pronoun (`وفضيلته` → `فضيلت`، `سموه` → `سمو`). (`فضيلته` keeps
/// its own ف: it is tried before the conjunction is stripped.)
fn honorific_stem(w: &str) -> Option<&'static str> {
    [w, bare(w)].into_iter().find_map(|w| {
        ["معالي", "سمو", "فضيلت", "سعادت", "فخامت", "جلالت", "دولت"]
            .into_iter()
            .find(|h| w.strip_prefix(h).is_some_and(|r| matches!(r, "ه" | "ها")))
    })
}

/// The honorific pronoun's stem that a title before a name earns (`فضيلة`، `الشيخ` →
/// `فضيلت`؛ `سمو`، `الأمير` → `سمو`؛ `معالي` → `معالي`), normalized words.
fn honor_title_stem(w: &str) -> Option<&'static str> {
    [w, bare(w)].into_iter().find_map(|w| match w {
        "فضيله" | "الشيخ" => Some("فضيلت"),
        "سمو" | "السمو" | "الامير" | "الاميره" => Some("سمو"),
        "معالي" => Some("معالي"),
        "سعاده" => Some("سعادت"),
        "فخامه" => Some("فخامت"),
        "جلاله" => Some("جلالت"),
        _ => None,
    })
}

/// Degrees and ranks written before a family name (`الدكتور التركي`، `اللواء التركي`), normalized:
/// a nationality right after them may be a family name (see `surname_holder`).
const FAMILY_NAME_RANKS: &[&str] = &[
    "الدكتور",
    "الدكتوره",
    "د",
    "المهندس",
    "المهندسه",
    "الاستاذ",
    "الاستاذه",
    "الشيخ",
    "الشيخه",
    "اللواء",
    "العميد",
    "العقيد",
    "المقدم",
    "النقيب",
];

/// Offices in construct with a title, which speak as its holder (`مكتب رئيس الوزراء`).
const OFFICE_NOUNS: &[&str] = &["مكتب", "ديوان"];

/// Descriptions that fit any person, whatever their title ("وأضاف المسؤول").
const GENERIC_DESCRIPTIONS: &[&str] = &["مسوول", "دبلوماسي"];

/// True when the word carries the article (after و/ف and a preposition).
fn definite(w: &str) -> bool {
    text::clitic_candidates(w).iter().any(|c| c.article)
}

/// True for a preposition carrying a pronoun (`فيها`، `عليه`، `معهم`، `إليها`).
fn is_prep_pronoun(w: &str) -> bool {
    // ("فيها" is matched whole: its ف is the preposition's.)
    [w, bare(w)].iter().any(|w| {
        ["في", "علي", "ل", "مع", "من", "الي", "ب", "عن"]
            .iter()
            .any(|p| {
                w.strip_prefix(p).is_some_and(|rest| {
                    matches!(rest, "ه" | "ها" | "هم" | "هما" | "يه" | "يها" | "يهم")
                })
            })
    })
}

/// True for the ones words are said to (`للصحفيين`، `لوكالة`، `لقناة`): they end the speaker's
/// phrase ("وقال المفوض للصحفيين إن").
fn audience(w: &str) -> bool {
    w.strip_prefix('ل').is_some_and(|r| {
        let r = r.strip_prefix('ل').unwrap_or(r);
        matches!(
            r,
            "صحفيين"
                | "صحافيين"
                | "صحفي"
                | "صحافه"
                | "وكاله"
                | "قناه"
                | "صحيفه"
                | "تلفزيون"
                | "اذاعه"
                | "موقع"
                | "مراسلين"
                | "مراسل"
        )
    })
}

/// Words of the weapons that make a killing an attack (19), not a mass killing (202), in
/// [`SentenceRun::mass_killing`]: shelling, strikes, blasts, missiles, drones.
const MASS_KILLING_WEAPONS: &[&str] = &[
    "قصف",
    "غاره",
    "غارات",
    "انفجار",
    "تفجير",
    "عبوه",
    "عبوات",
    "صاروخ",
    "قذيف",
    "قذاي",
    "مسيره",
    "مسيرات",
    "طايره",
    "طايرات",
    "مدفعي",
    "هاون",
];

/// Words of the people killed in a mass killing (villagers, civilians, residents, men, women,
/// children), in [`SentenceRun::mass_killing`].
const MASS_KILLING_VICTIMS: &[&str] = &[
    "قروي",
    "مدني",
    "سكان",
    "اهالي",
    "رجل",
    "شخص",
    "مواطن",
    "نساء",
    "اطفال",
    "مزارع",
    "نازح",
];

/// True when `w` (normalized) is a count of thirty or more: digits, a tens word from thirty, a
/// hundred, a thousand, or `عشرات`/`مئات`/`آلاف`.
fn large_count(w: &str) -> bool {
    let digits: String = w
        .chars()
        .filter_map(|c| match c {
            '0'..='9' => Some(c),
            '٠'..='٩' => char::from_u32(c as u32 - '٠' as u32 + '0' as u32),
            _ => None,
        })
        .collect();
    if !digits.is_empty() {
        return digits.parse::<u64>().is_ok_and(|n| n >= 30);
    }
    let w = bare(w);
    [
        "ثلاثين",
        "ثلاثون",
        "اربعين",
        "اربعون",
        "خمسين",
        "خمسون",
        "ستين",
        "ستون",
        "سبعين",
        "سبعون",
        "ثمانين",
        "ثمانون",
        "تسعين",
        "تسعون",
        "ميه",
        "مايه",
        "ميتي",
        "ميتين",
        "ميات",
        "الف",
        "الاف",
        "عشرات",
    ]
    .contains(&w)
}

fn in_list(w: &str, list: &[&str]) -> bool {
    text::clitic_candidates(w)
        .iter()
        .any(|c| list.contains(&c.form))
}

/// True when `w` (normal form, any clitic) is a word between a verb and its subject that names
/// nobody: a [`FILLERS`] word or a day of the week ([`WEEKDAYS`]).
fn names_nobody(w: &str) -> bool {
    text::clitic_candidates(w)
        .iter()
        .any(|c| FILLERS.contains(&c.form) || WEEKDAYS.contains(&c.form))
}

/// True when `w` ends in an attached pronoun of the third person (ه، ها، هم، هما).
fn has_pronoun_suffix(w: &str) -> bool {
    ["ه", "ها", "هم", "هما"].iter().any(|p| w.ends_with(p))
}

/// Indefinite nouns of unnamed members, staff or witnesses, and of what witnesses told
/// (`موظف في المنظمة`، `شهادات ناجين`), normalized: a credit to them names no one, even with
/// the body they belong to or that relayed them.
const UNNAMED_MEMBERS: &[&str] = &[
    "موظف",
    "موظفه",
    "موظفون",
    "موظفين",
    "عامل",
    "عاملون",
    "عاملين",
    "عضو",
    "اعضاء",
    "شهود",
    "شهاده",
    "شهادات",
    "ناجين",
    "ناجون",
    "سكان",
];

/// Nouns that credit a report to people the article does not name, after `بحسب`/`وفق`
/// ("وفق منظمات حقوقية"، "بحسب السلطات المحلية"، "بحسب أسرته"، "وفق مراسلين").
fn unnamed_credit_noun(w: &str) -> bool {
    let w = w.strip_prefix("ال").unwrap_or(w);
    [
        "اسرته",
        "اسرتها",
        "عايلته",
        "عايلتها",
        "ذويه",
        "ذويها",
        "محاميه",
        "محاميها",
    ]
    .contains(&w)
        || matches!(
            w,
            "منظمات"
                | "سلطات"
                | "مراسلون"
                | "مراسلين"
                | "وكالات"
                | "صحف"
                | "مواقع"
                | "اوساط"
        )
}

/// Media and works whose name follows in quotation marks ("صحيفة «الوطن»"، "لقناة "العربية"").
const MEDIA_NOUNS: &[&str] = &[
    "صحيفه",
    "جريده",
    "مجله",
    "قناه",
    "وكاله",
    "موقع",
    "اذاعه",
    "برنامج",
    "شبكه",
    "تلفزيون",
    "حساب",
];

/// True for marks of four words or fewer right after a medium's noun: they hold its name
/// ("لصحيفة "نيويورك ديلي نيوز""), which is nobody's words.
fn medium_mark(para: &Para<'_>, q: &QuoteSpan) -> bool {
    q.words <= 4
        && q.open_tok
            .checked_sub(1)
            .and_then(|p| para.word(p))
            .is_some_and(|w| in_list(w, MEDIA_NOUNS))
}

/// True for marks of four words or fewer right after a speech verb (no colon between) with a
/// word right after the closing mark: `بحسب ما ذكرت "ذا ويكلي ستار" التي رأت أن`، `وكشفت «شبكة
/// النور للإغاثة» في بيان`. The clause goes on past the marks, so they hold the verb's subject,
/// a name (often one the tagger does not know), not the words it said (`وقال «لن نتراجع».`
/// ends at the marks).
fn name_after_report_verb(para: &Para<'_>, q: &QuoteSpan) -> bool {
    let after_verb = q
        .open_tok
        .checked_sub(1)
        .and_then(|p| para.hits.get(p).copied().flatten())
        .is_some_and(|e| {
            matches!(e.role, Role::Speech { .. }) && matches!(e.pos, Pos::Verb | Pos::Present)
        });
    let goes_on = para
        .tokens
        .get(q.close_tok + 1)
        .is_some_and(|t| t.kind == TokenKind::Word);
    q.words <= 4 && after_verb && goes_on
}

/// The gender a speech verb's form agrees with, when it shows one: `قالت`، `تقول`، `مضيفة` are
/// feminine; `قال`، `يقول`، `مضيفًا`، `دعا` masculine. Plural forms (`قالوا`، `يقولون`), the
/// feminine dual (`قالتا`) and the first person (`نقول`) show none; nor do nouns.
///
/// Not matched: past verbs whose root ends in ت (`لفت`، `ثبت`، `سكت`، `صمت`) are masculine.
fn verb_feminine(w: &str, pos: Pos) -> Option<bool> {
    let w = bare(w);
    if w.ends_with("وا") || w.ends_with("ون") || w.ends_with("ين") || w.ends_with("تا") {
        return None;
    }
    match pos {
        Pos::Verb => Some(w.ends_with('ت') && !matches!(w, "لفت" | "ثبت" | "سكت" | "صمت")),
        Pos::Present if w.starts_with('ت') => Some(true),
        Pos::Present if w.starts_with('ي') => Some(false),
        Pos::Participle => Some(w.ends_with('ه')),
        _ => None,
    }
}

/// An unnamed source ("مصدر", "مسؤولون"): whoever it is, the article does not name them.
fn unnamed_source_noun(w: &str) -> bool {
    matches!(
        w,
        "مصدر" | "مصدرا" | "مسوول" | "مسوولا" | "مسوولون" | "مسوولين" | "مصادر"
    )
}

/// A preposition with a pronoun (بها، له، عليهم): an object placed before the subject
/// ("رحبت بها باريس").
fn is_pronoun_object(w: &str) -> bool {
    let w = bare(w);
    ["ه", "ها", "هم", "هما"].iter().any(|p| {
        w.strip_suffix(p).is_some_and(|head| {
            matches!(head, "ب" | "ل" | "علي" | "من" | "مع" | "الي" | "عن" | "في")
        })
    })
}

/// Words of telling in detail or by name (normal form) after which `دون` negates only the
/// telling, not the act told: `ذكرت الحركة دون إسهاب أنها اعتقلت X` is an arrest told
/// briefly, `دون أن يذكر تفاصيل`, `دون تسمية الجهة`.
const UNDETAILED_TELLING: &[&str] = &[
    "اسهاب",
    "تفاصيل",
    "تفصيل",
    "ذكر",
    "توضيح",
    "تحديد",
    "تسميه",
    "الخوض",
    "الاشاره",
];

/// Verbs of telling in detail or by name after `دون أن` (normal form): `دون أن يذكر`,
/// `من دون أن تسميها` negate the telling, not the act told.
const UNDETAILED_TELLING_VERBS: &[&str] = &[
    "يذكر",
    "تذكر",
    "يحدد",
    "تحدد",
    "يوضح",
    "توضح",
    "يسمي",
    "تسمي",
    "يسميها",
    "تسميها",
    "يسميه",
    "تسميه",
    "يسميهم",
    "تسميهم",
    "يخوض",
    "تخوض",
    "يفصح",
    "تفصح",
    "يكشف",
    "تكشف",
    "يشير",
    "تشير",
];

/// True when the `دون` at token `i` governs a word of telling in detail or by name
/// ([`UNDETAILED_TELLING`], or `أن` and a verb of [`UNDETAILED_TELLING_VERBS`]): it is no
/// negator of the act told after it.
fn undetailed_telling(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    match word(i + 1) {
        Some("ان") => word(i + 2).is_some_and(|v| UNDETAILED_TELLING_VERBS.contains(&v)),
        Some(w) => UNDETAILED_TELLING.contains(&w),
        None => false,
    }
}

fn is_negator(tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i).filter(|t| t.kind == TokenKind::Word) else {
        return false;
    };
    let w = bare(&t.norm);
    match w {
        "دون" | "بدون" => !undetailed_telling(tokens, i),
        "لم" | "لن" | "ليس" | "ليست" | "عدم" | "بعدم" | "لعدم" | "نفي" | "نفت" | "ينفي"
        | "تنفي" | "امتنع" | "امتنعت" | "يمتنع" | "تمتنع" | "رفض" | "رفضت" | "يرفض" | "ترفض"
        | "رفضه" | "رفضها" => true,
        "لا" => !tokens.get(i + 1).is_some_and(|n| {
            matches!(
                bare(&n.norm),
                "يزال" | "تزال" | "زال" | "زالت" | "سيما" | "بد" | "شك" | "يخفي" | "تخفي"
            )
        }),
        _ => false,
    }
}

/// What makes an event a duplicate: code, source, target, negation, paragraph, sentence start.
type EventKey = (String, Option<String>, Option<String>, bool, usize, usize);

struct SentenceRun<'p, 'a> {
    para: &'p mut Para<'a>,
    entities: &'p [Entity],
    range: std::ops::Range<usize>,
    ctx: &'p mut Context,
    /// The speaker of this sentence's last speech verb.
    speaker: Option<Actor>,
    /// The last token in this sentence that produced an event, and whether it negates what it
    /// governs (a rejection).
    last_emitted: Option<(usize, bool)>,
    /// Tokens after this one are the complement of a denial (نفى أن).
    denied: Option<usize>,
    /// The target of the last event of this sentence.
    last_target: Option<usize>,
    /// The sentence's date, once looked up.
    date: Option<Option<String>>,
    /// The last appeal, demand or threat in this sentence: what it governs is not an event.
    last_governing: Option<usize>,
    /// The event of a passive with a quantity in this sentence ("قُتل خمسة جنود"), by its index
    /// in `events`: the attack that caused it, named after it, is the same event.
    passive_kill: Option<usize>,
    /// The token of the event noun being coded when it has no cue of its own that it reports
    /// an act: `emit` keeps its event only with a source and a target, and not when the
    /// article already holds that root between the same two actors.
    bare_noun: Option<usize>,
    /// The last criticism, condemnation or accusation (111–114) in this sentence: the event
    /// noun it takes as object ("أدانت الهجوم الذي استهدف …") is what it condemns.
    last_condemned: Option<usize>,
    /// A support verb seen: (its token, its subject).
    support: Option<(usize, Actor)>,
    /// The subject of the sentence's last finite verb: what a circumstantial participle
    /// (`مؤكدًا`، `معتبرًا`) refers to.
    verb_subject: Option<Actor>,
    /// Cooperation told by an adjunct (`، بإسناد جوي من …،`): (code, cue token, source, target),
    /// emitted once the sentence's acts are coded, so that it is no subject for them.
    cooperation: Vec<(&'static str, usize, usize, usize)>,
    quotes: &'p mut Vec<Quote>,
    events: &'p mut Vec<Event>,
    /// The trigger of each event in `events`, in the same order.
    triggers: &'p mut Vec<Trigger>,
    seen: &'p mut HashSet<EventKey>,
    article: &'p Article,
    now: Option<rasd_text::date::NaiveDateTime>,
}

impl SentenceRun<'_, '_> {
    fn walk(&mut self) {
        let first_event = self.events.len();
        self.walk_tokens();
        for (code, i, source, target) in std::mem::take(&mut self.cooperation) {
            self.bare_noun = None;
            let actor = Actor::named(self, source);
            self.emit(code, i, &actor, Some(target), false);
        }
        self.mediation(first_event);
        self.toward_each_side(first_event);
        self.toward_each_addressee(first_event);
    }

    /// "حثت الجامعة الحكومة الصومالية وسلطات أرض الصومال على الحوار"، "ناشدت المنظمة كلا من
    /// الجيش وقوات الدعم السريع": an appeal (02) made to two or more addressees joined by و is
    /// made to each of them, as the evaluation writers code it (a joint call is 02 toward each
    /// addressee). The engine's event toward the first addressee gains a twin toward each
    /// entity coordinated right after it (`X وY`, `X وسلطات Y`: at most one head noun between),
    /// not the source, in the sentence. (Offers, 03, are left alone: on real pages the bidders
    /// of `تقدمت باريس وبودابست بطلبات لاستضافة` are no addressees.)
    fn toward_each_addressee(&mut self, first_event: usize) {
        let mut twins = Vec::new();
        for (k, e) in self.events.iter().enumerate().skip(first_event) {
            if e.paragraph != self.para.index || !e.code.starts_with("02") || e.source.is_none() {
                continue;
            }
            let (Some(target), Some(start)) = (
                e.target.as_deref().and_then(|id| self.entity_index(id)),
                self.triggers.get(k).map(|t| t.start),
            ) else {
                continue;
            };
            let Some(src) = e.source.as_deref().and_then(|id| self.entity_index(id)) else {
                continue;
            };
            let Some(i) = (self.range.start..self.range.end)
                .find(|&j| self.para.tokens.get(j).is_some_and(|t| t.start == start))
            else {
                continue;
            };
            // The addressee's first mention after the trigger, in the sentence.
            let Some(first) = self
                .para
                .spans
                .iter()
                .filter(|s| s.entity == target && s.first > i && s.last <= self.range.end)
                .min_by_key(|s| s.first)
            else {
                continue;
            };
            // An addressee written `وX` is itself the second of a list, most often the
            // signatories' ("حثت واشنطن والرياض ومصر …"): no addressee list starts there.
            if self
                .para
                .word(first.first)
                .is_some_and(|w| self.conjunction(w))
            {
                continue;
            }
            let mut seen = vec![src, target];
            let mut end = first.last;
            while let Some(next) = self.coordinated_after(end) {
                let Some(s) = self.para.spans.get(next) else {
                    break;
                };
                end = s.last;
                if seen.contains(&s.entity) {
                    continue;
                }
                seen.push(s.entity);
                if self
                    .entities
                    .get(s.entity)
                    .is_some_and(|x| !place_may_be_addressed(x))
                {
                    continue;
                }
                twins.push((e.code.clone(), i, src, s.entity, e.negated));
            }
        }
        for (code, i, src, other, negated) in twins {
            self.bare_noun = None;
            let actor = Actor::named(self, src);
            self.emit(&code, i, &actor, Some(other), negated);
        }
    }

    /// True when `w` begins with the conjunction و: not a word whose first letter is و
    /// (وزير، وكالة، ولاية، واشنطن), and at least two letters after it.
    fn conjunction(&self, w: &str) -> bool {
        let Some(rest) = w.strip_prefix('و') else {
            return false;
        };
        rest.chars().count() >= 2
            && (rest.starts_with('و')
                || !(w == "ولي"
                    || [
                        "وزير",
                        "وزار",
                        "وكال",
                        "ولاي",
                        "وفد",
                        "واشنطن",
                        "وحد",
                        "وطن",
                        "واقع",
                        "وضع",
                        "وسط",
                        "وصول",
                    ]
                    .iter()
                    .any(|p| w.starts_with(p))))
    }

    /// The mention (an index into the paragraph's spans) joined by و to what ends at `end`
    /// (exclusive): one written `وY` right there, or `Y` behind one head noun written with
    /// و (`وسلطات Y`, `وإدارة Y`). Words that begin with the letter و (وزير، وكالة، ولاية،
    /// واشنطن) are no conjunction.
    fn coordinated_after(&self, end: usize) -> Option<usize> {
        if end >= self.range.end {
            return None;
        }
        let w = self.para.word(end)?;
        if !self.conjunction(w) {
            return None;
        }
        if let Some(s) = self.para.span_at.get(end).copied().flatten() {
            return Some(s);
        }
        // One head noun with و, then the mention ("وسلطات أرض الصومال").
        let next = self.para.span_at.get(end + 1).copied().flatten()?;
        let s = self.para.spans.get(next)?;
        (s.last <= self.range.end && !s.behind_prep).then_some(next)
    }

    /// "توسطت قطر بين حماس وإسرائيل", "استضافت مسقط جولة مشاورات بين وفد سعودي وآخر من
    /// الحوثيين": a host or mediator of talks between two sides named right after it (`بين X
    /// وY` within fourteen words, not past a relative pronoun or a time preposition) meets
    /// each of them, as every evaluation writer codes it (04 toward each side); so does an
    /// offer to mediate or host them (03: "أبدت استعدادها للتوسط بين X وY"). The engine's
    /// event toward one side (or none) gains its twin toward the other.
    fn toward_each_side(&mut self, first_event: usize) {
        let id = |k: usize| self.entities.get(k).map(|e| e.id.clone());
        let mut twins = Vec::new();
        for (k, e) in self.events.iter().enumerate().skip(first_event) {
            if e.paragraph != self.para.index
                || !(e.code.starts_with("043")
                    || e.code.starts_with("045")
                    || e.code.starts_with("03"))
                || e.source.is_none()
            {
                continue;
            }
            let Some(start) = self.triggers.get(k).map(|t| t.start) else {
                continue;
            };
            let Some(i) = (self.range.start..self.range.end)
                .find(|&j| self.para.tokens.get(j).is_some_and(|t| t.start == start))
            else {
                continue;
            };
            let Some((x, y)) = self.pair_right_after(i) else {
                continue;
            };
            let (xid, yid) = (id(x), id(y));
            if e.source == xid || e.source == yid {
                continue;
            }
            let others = if e.target.is_none() {
                vec![x, y]
            } else if e.target == xid {
                vec![y]
            } else if e.target == yid {
                vec![x]
            } else {
                continue;
            };
            let Some(src) = e.source.as_deref().and_then(|id| self.entity_index(id)) else {
                continue;
            };
            for o in others {
                // (An offer's twin toward a town or region would lose its target later.)
                let offer = e.code.starts_with("03");
                if offer
                    && self
                        .entities
                        .get(o)
                        .is_some_and(|x| !place_may_be_addressed(x))
                {
                    continue;
                }
                twins.push((e.code.clone(), i, src, o, e.negated));
            }
        }
        for (code, i, src, other, negated) in twins {
            self.bare_noun = None;
            let actor = Actor::named(self, src);
            self.emit(&code, i, &actor, Some(other), negated);
        }
    }

    /// The nearest actor named before `i` in the sentence, not behind a preposition nor a
    /// dateline ("بيروت - "): the clause's subject when no verb of the lexicon named it.
    fn subject_before(&self, i: usize) -> Option<usize> {
        self.para
            .spans
            .iter()
            .filter(|s| s.first >= self.range.start && s.last <= i && !s.behind_prep)
            .filter(|s| {
                s.first == self.range.start
                    || self
                        .para
                        .word(s.first - 1)
                        .is_none_or(|w| !PREPOSITIONS.contains(&bare(w)))
            })
            .filter(|s| {
                !self
                    .para
                    .tokens
                    .get(s.last)
                    .is_some_and(|t| matches!(t.norm.as_str(), "-" | "–"))
            })
            .max_by_key(|s| s.first)
            .map(|s| s.entity)
    }

    /// The two sides named by the first "بين X وY" of the sentence.
    fn sentence_pair(&self) -> Option<(usize, usize)> {
        let b = self
            .range
            .clone()
            .find(|&j| self.para.word(j).map(bare) == Some("بين"))?;
        self.two_entities_after(b)
    }

    /// The first two distinct entities named in the nine words after `b` (a "بين") in the
    /// sentence.
    fn two_entities_after(&self, b: usize) -> Option<(usize, usize)> {
        let mut found = Vec::new();
        let mut j = b + 1;
        while j < (b + 10).min(self.range.end) && found.len() < 2 {
            match self
                .para
                .span_at
                .get(j)
                .copied()
                .flatten()
                .and_then(|si| self.para.spans.get(si))
            {
                Some(s) => {
                    if !found.contains(&s.entity) {
                        found.push(s.entity);
                    }
                    j = s.last.max(j + 1);
                }
                None => j += 1,
            }
        }
        match found.as_slice() {
            [x, y] => Some((*x, *y)),
            _ => None,
        }
    }

    /// "تبادلت روسيا وأوكرانيا الأسرى بوساطة إماراتية"، "بوساطة من المجلس"، "نجاح وساطتها بين
    /// X وY"، "مفاوضات بين الحكومة والجبهة برعاية قطرية": a mediation is a mediation (045)
    /// from the mediator toward each of the two sides the sentence names (`بين X وY`, else the
    /// actors of its other events); what the engine coded of it without its sides goes.
    /// A sponsor (رعاية) counts only with `بين X وY`: a prize or a festival has patrons, not
    /// sides. Mediator: the name or nationality right after the noun, the name after من, or
    /// for "وساطتها" the clause's subject; names joined by و right after the noun (`برعاية
    /// واشنطن وبكين`, `بوساطة قطرية ومصرية`) are each a mediator.
    fn mediation(&mut self, first_event: usize) {
        let span_entity = |j: usize| {
            self.para
                .span_at
                .get(j)
                .copied()
                .flatten()
                .and_then(|si| self.para.spans.get(si))
                .map(|s| s.entity)
        };
        let found = self.range.clone().find_map(|i| {
            // (bare() would read the و of وساطة as a conjunction.)
            let w = self.para.word(i)?;
            let w = if w.starts_with("وساط") {
                w
            } else {
                bare(w)
            };
            if self.para.inside_quote(i) {
                return None;
            }
            let own = matches!(w, "وساطتها" | "وساطته" | "بوساطتها" | "بوساطته");
            let sponsor = matches!(w, "رعايه" | "برعايه");
            if !(own || sponsor || matches!(w, "وساطه" | "بوساطه" | "الوساطه")) {
                return None;
            }
            let mediator = if own {
                self.subject_before(i)
            } else if let Some(e) = span_entity(i + 1) {
                Some(e)
            } else if self.para.word(i + 1) == Some("من") {
                (i + 2..(i + 5).min(self.range.end))
                    .take_while(|&j| self.para.word(j).is_some())
                    .find_map(span_entity)
            } else {
                None
            };
            mediator.map(|m| (i, m, sponsor))
        });
        let Some((i, mediator, sponsor)) = found else {
            return;
        };
        let para = self.para.index;
        // "بوساطة قطرية ومصرية": mediators joined by و, each a mediator.
        let mut mediators = vec![mediator];
        if let Some(mut end) = self
            .para
            .span_at
            .get(i + 1)
            .copied()
            .flatten()
            .and_then(|si| self.para.spans.get(si))
            .map(|s| s.last)
        {
            while let Some(s) = self
                .coordinated_after(end)
                .and_then(|si| self.para.spans.get(si))
            {
                end = s.last;
                if !mediators.contains(&s.entity) {
                    mediators.push(s.entity);
                }
            }
        }
        let mut parties: Vec<usize> = match self.sentence_pair() {
            Some((x, y)) => vec![x, y],
            None if sponsor => return,
            None => {
                let mut out = Vec::new();
                for e in self.events.iter().skip(first_event) {
                    if e.paragraph != para || e.code.starts_with("045") {
                        continue;
                    }
                    for id in e.source.iter().chain(e.target.iter()) {
                        if let Some(k) = self.entity_index(id) {
                            if !out.contains(&k) {
                                out.push(k);
                            }
                        }
                    }
                }
                out
            }
        };
        parties.retain(|p| !mediators.contains(p));
        if parties.len() < 2 {
            return;
        }
        parties.truncate(2);
        let sides: Vec<Option<String>> = parties
            .iter()
            .map(|&p| self.entities.get(p).map(|e| e.id.clone()))
            .collect();
        let mut k = first_event;
        while k < self.events.len() {
            let told = self.events.get(k).is_some_and(|e| {
                e.paragraph == para
                    && e.code.starts_with("045")
                    && (e.target.is_none() || sides.contains(&e.source))
            });
            if told {
                self.events.remove(k);
                if k < self.triggers.len() {
                    self.triggers.remove(k);
                }
            } else {
                k += 1;
            }
        }
        for m in mediators {
            self.bare_noun = None;
            let actor = Actor::named(self, m);
            for &p in &parties {
                self.emit("045", i, &actor, Some(p), false);
            }
        }
    }

    /// The two sides of "بين X وY" within fourteen words after `i`, in its clause: not past a
    /// relative pronoun or a preposition of time (what follows is another act).
    fn pair_right_after(&self, i: usize) -> Option<(usize, usize)> {
        for j in i + 1..(i + 15).min(self.range.end) {
            let w = self.para.word(j).map(bare);
            match w {
                Some("بين") => return self.two_entities_after(j),
                Some(
                    "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "بعد" | "اثر" | "إثر" | "منذ"
                    | "قبل",
                ) => return None,
                _ => {}
            }
        }
        None
    }

    fn walk_tokens(&mut self) {
        let mut clause_start = self.range.start;
        let mut i = self.range.start;
        while i < self.range.end {
            let Some(tok) = self.para.tokens.get(i).cloned() else {
                break;
            };
            if tok.kind == TokenKind::Punct {
                if matches!(tok.norm.as_str(), "،" | "," | "؛" | ";" | ":") {
                    clause_start = i + 1;
                }
                i += 1;
                continue;
            }
            // A mention at the head of a clause is that clause's subject (SVO, or VSO after
            // one verb): remember it for pronouns that follow.
            if let Some(si) = self.para.span_at.get(i).copied().flatten() {
                // At the head itself only at the sentence's start, or with و/ف ("ومالي تقع"):
                // a name right after a comma is more often an apposition ("عطا الله، مالي").
                let head = i == self.range.start
                    || (i == clause_start
                        && (tok.norm.starts_with('و') || tok.norm.starts_with('ف')))
                    || (i == clause_start + 1 && i > self.range.start);
                // "بيروت - أخفق …", "أدري (تشاد) - وصلت …": a dateline is no subject.
                let dateline = i == self.range.start
                    && self.para.spans.get(si).is_some_and(|s| {
                        self.para.tokens.get(s.last).is_some_and(|t| {
                            t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "-" | "–" | "(")
                        })
                    });
                // "لكن المتحدث باسم الحركة، سامي ناصر، نفى ذلك": a person set off by commas
                // right after a title that opens the sentence is its subject.
                let head = head || (i == clause_start && self.apposed_to_title(i, si));
                if head && !dateline && !self.para.spans.get(si).is_some_and(|s| s.behind_prep) {
                    if let Some(e) = self.para.span_entity(si) {
                        let after_prep = i > clause_start
                            && self
                                .para
                                .word(i - 1)
                                .is_some_and(|w| PREPOSITIONS.contains(&bare(w)));
                        if !after_prep {
                            self.note_subject(e);
                        }
                    }
                }
            }
            if self.para.inside_quote(i) {
                i += 1;
                continue;
            }
            let word = tok.norm.clone();
            // A cheap screen before the list: short byte windows, not a substring searcher per
            // word and key (that was 3.5 % of full analysis).
            let may_credit = ["حسب", "وفق", "طبق", "نقلا"]
                .iter()
                .any(|k| word.as_bytes().windows(k.len()).any(|w| w == k.as_bytes()));
            if may_credit
                && in_list(&word, ACCORDING)
                && self.para.hits.get(i).copied().flatten().is_none()
            {
                self.according(i);
            } else if bare(&word) == "حسبما" && self.credit_verb(i + 1) {
                // "…، حسبما أفاد سكان محليون": one word for بحسب ما.
                self.according_from(i, i + 2);
            } else if self.credit_with_ala_ma(i) {
                // "…، على ما ذكرته مصادر أمنية": a credit as بحسب ما is.
                self.according_from(i, i + 1);
            } else if word.ends_with("علي") && self.as_put_by(i) {
                i += 3;
                continue;
            }
            self.cooperation_adjunct(i);
            if self.para.hits.get(i).copied().flatten().is_none() && by_saying_word(&word) {
                self.said_by_saying(i);
            }
            if let Some(entry) = self.para.hits.get(i).copied().flatten() {
                match &entry.role {
                    Role::Speech { statement } => {
                        let statement = *statement;
                        self.speech(i, entry.pos, statement);
                    }
                    Role::Event(code) => {
                        let code = code.clone();
                        self.event(i, &code, entry);
                    }
                    Role::Support if self.purpose(i) => {}
                    Role::Support => {
                        let actor = self.support_subject(i, entry.pos);
                        // "وتبنت حركة الشباب الهجوم": claiming an act is a statement (01) of the
                        // claimant, besides the act.
                        // (Adopting a resolution or a narrative is no claim: the object must be
                        // an attack.)
                        let claims = self.para.word(i).is_some_and(|w| {
                            let w = bare(w);
                            w.starts_with("تبن") || w.starts_with("يتبن")
                        }) && (i + 1..(i + 9).min(self.range.end))
                            .take_while(|&k| self.para.word(k).is_some())
                            .find_map(|k| self.para.hits.get(k).copied().flatten())
                            .is_some_and(|h| {
                                h.pos == Pos::Noun
                                    && matches!(&h.role, Role::Event(c) if matches!(c.get(..2), Some("18" | "19" | "20")))
                            });
                        // ("وتبنت الحركة العملية": the operation told before.)
                        let operation = !claims
                            && self
                                .para
                                .word(i)
                                .is_some_and(|w| bare(w).starts_with("تبن"))
                            && (i + 1..(i + 7).min(self.range.end))
                                .take_while(|&k| self.para.word(k).is_some())
                                .any(|k| {
                                    self.para
                                        .word(k)
                                        .is_some_and(|w| matches!(w, "العمليه" | "العمليات"))
                                });
                        if (claims || operation) && actor.explicit && actor.entity.is_some() {
                            self.emit("010", i, &actor, None, false);
                            self.ctx.claim = Some((self.para.index, i, actor.clone()));
                            if operation && !self.negated(i) {
                                self.claimed_told_act(&actor);
                            }
                        }
                        // "أعرب الوزير عن قلقه … خلال لقائه": a named subject of a support verb
                        // is the subject the pronouns after it name.
                        if actor.explicit
                            && matches!(entry.pos, Pos::Verb | Pos::Present)
                            && !self.after_relative(i)
                        {
                            if let Some(e) = actor.entity {
                                self.note_subject(e);
                                self.verb_subject = Some(actor.clone());
                            }
                        }
                        self.support = Some((i, actor));
                    }
                }
            }
            i += 1;
        }
    }

    /// "، بتنسيق مع الشرطة الإسبانية،"، "، بإسناد جوي من القوات الأمريكية،"، "، في عملية منسقة
    /// مع نظيرتها الإسبانية،": an act done with a foreign partner is material cooperation (06)
    /// between the clause's subject and the partner (coordinating with: subject to partner;
    /// support received: partner to subject; 062 when air or military). Only set off by a comma
    /// and only across borders (the two countries differ; a partner with no country, a
    /// coalition or a union, counts against a subject that has one): "بالتنسيق مع وزارة
    /// الصحة" in a ministry's own news,
    /// or "اتهامها بالتعاون مع المسلحين" (the content of an accusation), is no event.
    fn cooperation_adjunct(&mut self, i: usize) {
        let Some(w) = self.para.word(i).map(bare) else {
            return;
        };
        // "، في عملية منسقة مع": an operation coordinated with a partner, after a comma too.
        let coordinated_operation = w == "منسقه"
            && i >= self.range.start + 3
            && self.para.word(i - 1) == Some("عمليه")
            && self.para.word(i - 2) == Some("في");
        let mutual =
            matches!(w, "بالتعاون" | "بتعاون" | "بالتنسيق" | "بتنسيق") || coordinated_operation;
        let support = matches!(w, "باسناد" | "بالاسناد" | "بدعم" | "بمسانده");
        let cue_start = if coordinated_operation { i - 2 } else { i };
        // "…، وذلك بالتنسيق مع السلطات الصومالية": وذلك may stand between the comma and the cue.
        let cue_start = if cue_start > self.range.start + 1
            && self.para.word(cue_start - 1).map(bare) == Some("ذلك")
        {
            cue_start - 1
        } else {
            cue_start
        };
        let after_comma = cue_start > self.range.start
            && self.para.tokens.get(cue_start - 1).is_some_and(|t| {
                t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "،" | ",")
            });
        if !(mutual || support) || !after_comma {
            return;
        }
        let mut k = i + 1;
        let mut military = false;
        while k < i + 3 {
            let Some(w) = self.para.word(k) else {
                break;
            };
            if matches!(w, "جوي" | "الجوي" | "عسكري" | "العسكري") {
                military = true;
            } else if !matches!(w, "لوجستي" | "استخباراتي" | "امني" | "مباشر" | "وثيق")
            {
                break;
            }
            k += 1;
        }
        let span_from = |from: usize, to: usize| {
            (from..to.min(self.range.end))
                .take_while(|&j| self.para.word(j).is_some())
                .find_map(|j| self.para.span_at.get(j).copied().flatten())
                .and_then(|si| self.para.spans.get(si))
                .map(|s| s.entity)
        };
        // The partner's nationality right after ("بدعم جوي أمريكي"), or its name after مع/من.
        let partner = if self.para.span_at.get(k).copied().flatten().is_some() {
            span_from(k, k + 1)
        } else if matches!(self.para.word(k), Some("مع" | "من")) {
            span_from(k + 1, k + 5)
        } else {
            None
        };
        let subject = self
            .verb_subject
            .as_ref()
            .and_then(|a| a.entity)
            .or_else(|| self.subject_before(i));
        let (Some(partner), Some(subject)) = (partner, subject) else {
            return;
        };
        // A coalition or a union with no country of its own is a partner across borders too
        // (`بإسناد جوي من طيران التحالف الدولي`، `بإسناد من قوات تابعة للاتحاد الأفريقي`); two
        // bodies of one state are not, and a subject with no country is too often the wrong
        // one (`معارك ضد مسلحي التنظيم، بدعم جوي من`).
        let (a, b) = (self.country_of(subject), self.country_of(partner));
        if subject == partner || a.is_none() || a == b {
            return;
        }
        let (source, target) = if mutual {
            (subject, partner)
        } else {
            (partner, subject)
        };
        let code = if military { "062" } else { "060" };
        self.cooperation.push((code, i, source, target));
    }

    /// The subject of a support verb; when it is an event noun ("لم تفضِ الزيارة إلى …"), the
    /// actor of that event: the last source.
    fn support_subject(&self, i: usize, pos: Pos) -> Actor {
        let next_is_event_noun = self
            .para
            .hits
            .get(i + 1)
            .copied()
            .flatten()
            .is_some_and(|e| e.pos == Pos::Noun && matches!(e.role, Role::Event(_)) && !e.suffixed);
        if next_is_event_noun {
            if let Some((s, _)) = self.ctx.pair {
                return Actor {
                    entity: Some(s),
                    text: Some(self.para.text(i + 1, i + 2)),
                    explicit: false,
                    end: Some(i + 2),
                };
            }
        }
        if pos == Pos::Noun {
            return self.implicit(i);
        }
        // "حركة طالبان التي تشن هجمات": a support verb in a relative clause with no subject of
        // its own acts for the antecedent.
        if self.after_relative(i) {
            let own = self.subject_of(i, pos, false);
            if own.entity.is_none() {
                if let Some(e) = self.relative_antecedent(i, true) {
                    return Actor {
                        explicit: false,
                        ..Actor::named(self, e)
                    };
                }
            }
            return own;
        }
        self.subject_of(i, pos, false)
    }

    /// True when the mention starting at token `k` is the body of a title in construct with
    /// it (`رئيس اللجنة المحلية`، `مدير عام الشركة`): in a speaker's chain of titles (`أوضح
    /// أمين منطقة تبوك رئيس اللجنة المحلية سامي ناصر أن`) it is no object of the verb, and the
    /// person named after it is the speaker.
    fn in_title_chain(&self, k: usize) -> bool {
        let holder = |p: usize| self.para.word(p).is_some_and(names_a_holder);
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        holder(p)
            || (self
                .para
                .word(p)
                .is_some_and(|w| matches!(bare(w), "عام" | "العام"))
                && p.checked_sub(1).is_some_and(holder))
    }

    /// True when the mention `si` at `i` is a person set off by commas (`، سامي ناصر،`) right
    /// after a definite title phrase that opens the sentence, after at most one word (a verb
    /// or `لكن`): `لكن المتحدث باسم الحركة، سامي ناصر، نفى`، `دعا المبعوث الخاص …، سامي
    /// ناصر، الأطراف`. The title's words hold no other punctuation and no trigger.
    fn apposed_to_title(&self, i: usize, si: usize) -> bool {
        let Some(s) = self.para.spans.get(si) else {
            return false;
        };
        let person = self.entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Person);
        let comma = |t: Option<&Token>| t.is_some_and(|t| t.is_comma());
        if !person
            || !comma(self.para.tokens.get(s.last))
            || i < self.range.start + 2
            || !comma(self.para.tokens.get(i - 1))
        {
            return false;
        }
        let opens = |k: usize| {
            self.para.word(k).is_some_and(|w| {
                title_word(w)
                    && (definite(w)
                        || w.strip_prefix('و').is_some_and(definite)
                        || w.strip_prefix("ل").is_some_and(|x| x.starts_with('ل')))
            })
        };
        let start = self.range.start;
        let Some(t) = [start, start + 1]
            .into_iter()
            .find(|&k| k + 1 < i && opens(k))
        else {
            return false;
        };
        i - t <= 14
            && (t + 1..i - 1).all(|k| {
                self.para.word(k).is_some() && self.para.hits.get(k).copied().flatten().is_none()
            })
    }

    /// The index of the entity whose id is `id` among the page's entities.
    fn entity_index(&self, id: &str) -> Option<usize> {
        self.entities.iter().position(|e| e.id == id)
    }

    fn note_subject(&mut self, e: usize) {
        self.ctx.subject = Some(e);
        match self.entities.get(e).map(|e| e.kind) {
            Some(EntityType::Person) => self.ctx.person = Some(e),
            Some(EntityType::Organization) => self.ctx.org = Some(e),
            _ => {}
        }
    }

    /// The end of the window after a trigger at `i`: the next complementizer, colon, opening
    /// quotation mark, verb trigger, or sentence end.
    /// The person named right after speech verb `i` (behind at most two title words,
    /// `وقال الدكتور X،`) when a comma follows the name, with the colon that ends the
    /// apposition after it if one does before the sentence's stop, a mark or a complementizer
    /// (a name of at most four words in marks inside the apposition is passed over), or the
    /// opening mark of a quote of three words or more right after a comma.
    fn named_before_apposition(&self, i: usize) -> Option<(usize, Option<usize>)> {
        let mut k = i + 1;
        while k < i + 3 && self.para.word(k).is_some_and(title_word) {
            k += 1;
        }
        let s = self
            .para
            .span_at
            .get(k)
            .copied()
            .flatten()
            .and_then(|s| self.para.spans.get(s))?;
        let person = self
            .entities
            .get(s.entity)
            .is_some_and(|e| e.kind == EntityType::Person);
        if !person || s.behind_prep || s.last >= self.range.end {
            return None;
        }
        if !self.para.tokens.get(s.last).is_some_and(|t| t.is_comma()) {
            return None;
        }
        let mut colon = None;
        let mut j = s.last + 1;
        while j < self.range.end.min(s.last + 40) {
            let Some(t) = self.para.tokens.get(j) else {
                break;
            };
            if t.is_punct(':') {
                colon = Some(j);
                break;
            }
            // ("، محلل لدى «بيت المال» لـ«الصحيفة»: «…»": a short name in marks inside the
            // apposition is passed over; "، رئيس جمعية "الأمل" للأيتام، "…"": marks of a
            // quote right after the apposition's closing comma open the words.)
            let mark = matches!(t.norm.as_str(), "«" | "“" | "\"");
            let quote = mark
                .then(|| self.para.quotes.iter().find(|q| q.open_tok == j))
                .flatten();
            if let Some(q) = quote.filter(|q| q.words <= 4 && q.close_tok < self.range.end) {
                j = q.close_tok + 1;
                continue;
            }
            let after_comma =
                j > s.last + 1 && self.para.tokens.get(j - 1).is_some_and(|t| t.is_comma());
            if quote.is_some_and(|q| q.words >= 3) && after_comma {
                colon = Some(j);
                break;
            }
            if mark
                || matches!(t.norm.as_str(), "." | "؟" | "!")
                || (t.kind == TokenKind::Word && is_complementizer(&t.norm))
            {
                break;
            }
            j += 1;
        }
        Some((s.entity, colon))
    }

    /// When the marks opening at `j` hold a short name inside the attribution of the speech
    /// verb at `i`, where they close: at most four words, then (past commas) attribution words
    /// that hold no verb, up to a complementizer or a colon; and either a person is named in
    /// those words (`واعتبر رئيس حزب «الأمة» المعارض سامي ناصر أن`، `وقال لـ"الصحيفة"، سامي
    /// ناصر، إن`) or the marks hold a person's or a body's name (`وأوضح "العمري" أن`، `وقال
    /// قائد في «الحركة» إن`) that is not the medium spoken to or written on (`لـ"سبق":`، `على
    /// موقع «تويتر»`). No words of where it was said may stand between the verb and the marks
    /// (`في بيان`، `في تصريح`). Marks holding a person's whole name may also be followed by the
    /// speaker's marked words (`وقال "العمري"، "…"`).
    fn marked_name_in_attribution(&self, i: usize, j: usize) -> Option<usize> {
        let q = self
            .para
            .quotes
            .iter()
            .find(|q| q.open_tok == j && q.words <= 4 && q.close_tok < self.range.end)?;
        let close = q.close_tok;
        let kind_at = |k: usize| {
            let s = self
                .para
                .spans
                .get(self.para.span_at.get(k).copied().flatten()?)?;
            let e = self.entities.get(s.entity)?;
            Some((s.first, s.last, e.kind))
        };
        let inner = kind_at(j + 1).filter(|&(first, last, kind)| {
            first == j + 1
                && last <= close
                && matches!(kind, EntityType::Person | EntityType::Organization)
        });
        let whole_person =
            inner.is_some_and(|(_, last, kind)| last == close && kind == EntityType::Person);
        // (`لـ"سبق"`، `بـ«عكاظ»`، `على موقع «تويتر»`: the medium spoken to or written on.)
        let medium = j
            .checked_sub(1)
            .and_then(|p| self.para.word(p))
            .is_some_and(|w| {
                matches!(w, "ل" | "لـ" | "ب" | "بـ")
                    || matches!(bare(w), "علي" | "عبر" | "موقع" | "حساب" | "حسابه" | "صفحه")
            });
        let named = inner.is_some() && !medium;
        // (`وأوضحت الشركة، في بيان على موقع "تداول"، أنها`: after the words of where it was
        // said, the speaker's phrase is over.)
        // (`في بيان نشرته "واس"، أمس، إن`: a noun of speech or a verb right after it has a
        // relative clause after it, whose subject is no speaker.)
        let said_in = || {
            (i.saturating_sub(1)..j).any(|k| {
                self.para.word(k).is_some_and(|w| {
                    let w = bare(w);
                    SAID_IN_STEMS.iter().any(|stem| w.contains(stem))
                })
            })
        };
        let mut person_after = false;
        let limit = (close + 10).min(self.range.end);
        for k in close + 1..limit {
            let t = self.para.tokens.get(k)?;
            if t.is_comma() {
                continue;
            }
            if t.is_punct(':') {
                return ((named || person_after) && !said_in()).then_some(close);
            }
            if t.kind != TokenKind::Word {
                let opens = matches!(t.norm.as_str(), "«" | "“" | "\"");
                return (whole_person && opens && k <= close + 2 && !said_in()).then_some(close);
            }
            if is_complementizer(&t.norm) {
                return ((named || person_after) && !said_in()).then_some(close);
            }
            let verb = self
                .para
                .hits
                .get(k)
                .copied()
                .flatten()
                .is_some_and(|e| matches!(e.pos, Pos::Verb | Pos::Present | Pos::Participle));
            if verb {
                return None;
            }
            if kind_at(k).is_some_and(|(first, _, kind)| first == k && kind == EntityType::Person) {
                person_after = true;
            }
        }
        None
    }

    fn window_end(&self, i: usize, speech: bool) -> usize {
        // (The medium spoken to right after the verb does not count: "كشف لـ«عكاظ» وكيل …".)
        let shift = speech
            .then(|| self.audience_marks(i + 2))
            .flatten()
            .map_or(0, |close| close - i);
        let limit = (i + 1 + WINDOW + shift).min(self.range.end);
        // "وأكد X رئيس مجلس إدارة الغرفة التجارية الصناعية في مكة المكرمة: …": the window does
        // not cut a name in two; it runs to the end of a mention it reaches into.
        let limit = self
            .para
            .spans
            .iter()
            .find(|s| s.first < limit && limit < s.last)
            .map_or(limit, |s| s.last.min(self.range.end));
        // ("وقال المتحدث باسم … في محافظة …، سامر الحداد لـ«الصحيفة»، إن": a name the window
        // reaches into ends before the lone لـ of the medium spoken to; the window runs on to
        // the medium's opening mark, so the words past it are still found.)
        let limit = if speech
            && matches!(self.para.word(limit), Some("ل" | "لـ"))
            && self
                .para
                .tokens
                .get(limit + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "«" | "“" | "\""))
        {
            (limit + 2).min(self.range.end)
        } else {
            limit
        };
        let mut skip_to = 0;
        for j in i + 1..limit {
            if j < skip_to {
                continue;
            }
            let Some(t) = self.para.tokens.get(j) else {
                return j;
            };
            if t.kind == TokenKind::Punct {
                let mark = matches!(t.norm.as_str(), "«" | "“" | "\"");
                // "كشف لـ«عكاظ» وكيل الوزارة … عن أن": the medium spoken to, in marks, is
                // no quote; the attribution goes on after it.
                if let Some(close) = self
                    .audience_marks(j)
                    .filter(|_| speech && mark && j == i + 2)
                {
                    skip_to = close + 1;
                    continue;
                }
                // "وأوضح "العمري" أن"، "واعتبر رئيس حزب «الأمة» المعارض سامي ناصر أن": a name
                // the writer sets in marks inside the attribution is no quote; the speaker's
                // phrase goes on past it.
                if let Some(close) = self
                    .marked_name_in_attribution(i, j)
                    .filter(|_| speech && mark)
                {
                    skip_to = close + 1;
                    continue;
                }
                if matches!(t.norm.as_str(), ":" | "." | "؟" | "!") || (speech && mark) {
                    return j;
                }
                continue;
            }
            if is_complementizer(&t.norm) {
                return j;
            }
            let hit = self.para.hits.get(j).copied().flatten();
            // "في مؤتمر صحفي عقده في باماكو إن": a support verb with an object pronoun after a
            // noun is a relative clause on it, not the next clause.
            // ("في تقرير نشرته الخميس إن": so is any verb with an object pronoun right after
            // the noun of what was said.)
            let after_carrier = || {
                j.checked_sub(1)
                    .and_then(|p| self.para.word(p))
                    .is_some_and(|w| in_list(w, SPEECH_CARRIERS) || in_list(w, SAID_IN))
            };
            let relative_support = speech
                && hit.is_some()
                && self
                    .para
                    .word(j)
                    .is_some_and(|w| w.ends_with('ه') || w.ends_with("ها"))
                && (hit.is_some_and(|e| matches!(e.role, Role::Support)) || after_carrier());
            if !relative_support
                && hit.is_some_and(|e| matches!(e.pos, Pos::Verb | Pos::Present | Pos::Participle))
            {
                // "وقال مسؤول في الوزارة، طلب عدم الكشف عن هويته، إن …": a clause set off by
                // commas after the speaker, with the complementizer right after its comma.
                if let Some(k) = self.comma_clause(j).filter(|_| speech) {
                    return k;
                }
                // "وأضاف الوزير الذي زار المدينة الأسبوع الماضي أن …": a relative clause on the
                // speaker, whose verb reports nothing, stands between them and what they said.
                if let Some(k) = self.relative_clause_end(j).filter(|_| speech) {
                    return k;
                }
                return j;
            }
        }
        if speech {
            return self.after_parenthetical(limit).unwrap_or(limit);
        }
        limit
    }

    /// When the verb at `j` opens a clause set off by commas after a speech verb's speaker
    /// (`، طلب عدم نشر اسمه، إن`), where the complementizer or colon after its closing comma
    /// stands.
    fn comma_clause(&self, j: usize) -> Option<usize> {
        let after_comma = j
            .checked_sub(1)
            .and_then(|p| self.para.tokens.get(p))
            .is_some_and(|p| p.is_punct('،') || p.is_punct(','));
        if !after_comma {
            return None;
        }
        let far = (j + WINDOW).min(self.range.end);
        for k in j + 1..far {
            let t = self.para.tokens.get(k)?;
            if t.is_comma() {
                let next = self.para.tokens.get(k + 1)?;
                let opens = next.is_punct(':')
                    || (next.kind == TokenKind::Word && is_complementizer(&next.norm));
                return opens.then_some(k + 1);
            }
            if t.kind == TokenKind::Punct
                && matches!(t.norm.as_str(), ":" | "." | "؟" | "!" | "«" | "“" | "\"")
            {
                return None;
            }
            if t.kind == TokenKind::Word && is_complementizer(&t.norm) {
                return None;
            }
        }
        None
    }

    /// When the verb at `j` opens a relative clause (`الذي`/`التي` right before it) and is no
    /// speech verb, where the complementizer or colon after the clause stands: before the next
    /// verb, full stop or quotation mark, within a window.
    fn relative_clause_end(&self, j: usize) -> Option<usize> {
        if !self.after_relative(j) {
            return None;
        }
        let hit = self.para.hits.get(j).copied().flatten()?;
        if matches!(hit.role, Role::Speech { .. }) {
            return None;
        }
        let far = (j + WINDOW).min(self.range.end);
        for k in j + 1..far {
            let t = self.para.tokens.get(k)?;
            if t.kind == TokenKind::Punct {
                if t.is_punct(':') {
                    return Some(k);
                }
                if matches!(t.norm.as_str(), "." | "؟" | "!" | "«" | "“" | "\"") {
                    return None;
                }
                continue;
            }
            if is_complementizer(&t.norm) {
                return Some(k);
            }
            let verb = self.para.hits.get(k).copied().flatten().is_some_and(|e| {
                matches!(e.pos, Pos::Verb | Pos::Present | Pos::Participle)
                    && !matches!(e.role, Role::Support)
            });
            if verb {
                return None;
            }
        }
        None
    }

    /// "وقال رئيس مجلس النواب نبيه حمدان، خلال استقباله السفيرة في عين التينة، إن …": past a
    /// full window, a speech verb's complementizer or colon may still follow a phrase set off
    /// by commas. Returns where it stands, when it comes right after a comma before the next
    /// verb, sentence end or second window.
    fn after_parenthetical(&self, from: usize) -> Option<usize> {
        let far = (from + WINDOW).min(self.range.end);
        for j in from..far {
            let t = self.para.tokens.get(j)?;
            let after_comma = j
                .checked_sub(1)
                .and_then(|p| self.para.tokens.get(p))
                .is_some_and(|p| p.is_punct('،') || p.is_punct(','));
            if t.kind == TokenKind::Punct {
                if t.is_punct(':') && after_comma {
                    return Some(j);
                }
                if matches!(t.norm.as_str(), ":" | "." | "؟" | "!" | "«" | "“" | "\"") {
                    return None;
                }
                continue;
            }
            if is_complementizer(&t.norm) {
                // ("ولفت الخبير …، مامادو سيسي، إلى أن": the verb's preposition may come
                // between the comma and the complementizer.)
                let after_ila = j
                    .checked_sub(2)
                    .and_then(|p| self.para.tokens.get(p))
                    .is_some_and(|p| p.is_punct('،') || p.is_punct(','))
                    && self.para.word(j - 1).is_some_and(|w| bare(w) == "الي");
                // ("ونقلت الوكالة عن المتحدث باسم … اللواء سعد الزبيدي قوله إن": a long
                // name before قوله.)
                let after_qawl = j == from + 1
                    && self
                        .para
                        .word(from)
                        .is_some_and(|w| matches!(bare(w), "قوله" | "قولها" | "قولهم" | "قولهما"));
                return (after_comma || after_ila || after_qawl).then_some(j);
            }
            let hit = self.para.hits.get(j).copied().flatten();
            if hit.is_some_and(|e| {
                matches!(e.pos, Pos::Verb | Pos::Present | Pos::Participle)
                    && !matches!(e.role, Role::Support)
            }) {
                return None;
            }
        }
        None
    }

    /// Finds who acts or speaks at trigger `i`: a person named in the window after it (titles
    /// allowed in between), else an organization or place right after it, else a mention just
    /// before it in the clause, else a description resolved from context, else the context.
    fn subject_of(&self, i: usize, pos: Pos, speech: bool) -> Actor {
        if pos == Pos::Participle {
            // "قالت الحكومة إن الحوثيين قصفوا …، متهمة إياهم": after reported speech the
            // participle goes with the speaker.
            if let Some(a) = self.speaker.clone().filter(|a| a.entity.is_some()) {
                return Actor {
                    explicit: false,
                    end: None,
                    ..a
                };
            }
            if let Some(a) = self.verb_subject.clone() {
                return Actor {
                    explicit: false,
                    end: None,
                    ..a
                };
            }
            // "قدم وزير العدل الموريتاني اعتذارا …، مؤكدا أن": a verb outside the lexicon
            // opening the sentence (or after words pointing back at a quote) with a title after
            // it: the participle speaks for that titled subject.
            let opener = (self.range.start..i).find(|&k| {
                let opens = k == self.range.start
                    || self.para.tokens.get(k - 1).is_some_and(|p| {
                        (p.kind == TokenKind::Punct
                            && (k == self.range.start + 1 || matches!(p.norm.as_str(), "-" | "–")))
                            || (p.kind == TokenKind::Word && POINTING.contains(&bare(&p.norm)))
                    });
                opens
                    && self.para.word(k).is_some()
                    && self.para.hits.get(k).copied().flatten().is_none()
                    && self.para.word(k + 1).is_some_and(title_word)
            });
            if let Some(k) = opener {
                let a = self.subject_of(k, Pos::Verb, false);
                if a.entity.is_some() {
                    return Actor {
                        explicit: false,
                        end: None,
                        ..a
                    };
                }
            }
            return self.implicit(i);
        }
        let end = self.window_end(i, speech);
        let reported = self
            .para
            .word(i)
            .is_some_and(|w| bare(w).starts_with("نقل"));
        // "نقلت وكالة رويترز عن مسؤول": the speaker comes after عن.
        // ("ونقل التعازي نيابة عن الملك": عن after نيابة or ممثلا names whom the words are
        // carried for, not whom they are reported from: the speaker is the verb's subject.)
        let behalf = |j: usize| {
            j.checked_sub(1)
                .and_then(|p| self.para.word(p))
                .is_some_and(|w| matches!(bare(w), "نيابه" | "بالنيابه" | "ممثلا" | "ممثله"))
        };
        let from_about = if reported {
            (i + 1..end).find(|&j| self.para.word(j) == Some("عن") && !behalf(j))
        } else {
            None
        };
        // "ونقل عنه التلفزيون قوله إن": the one the pronoun after عن names is the speaker, not
        // the medium that reports him.
        if reported
            && (i + 1..end.min(i + 3))
                .any(|j| matches!(self.para.word(j), Some("عنه" | "عنها" | "عنهم" | "عنهما")))
        {
            return self.implicit(i);
        }
        let i = from_about.unwrap_or(i);
        // "والتقى نظيره السوداني علي عثمان": the counterpart is the object; the subject is implied.
        if self.para.word(i + 1).is_some_and(|w| {
            text::clitic_candidates(w)
                .iter()
                .any(|c| c.form.starts_with("نظير"))
        }) {
            // "وقال نظيره التركي إن": a verb of saying has no object there; the counterpart
            // speaks: the person named after it, else the state of their nationality, else
            // someone unnamed (never the one they are the counterpart of).
            if speech {
                return self.counterpart(i + 1, end);
            }
            return self.implicit(i);
        }
        // "وأكد معاليه أن"، "وقال سموه:": an honorific pronoun names the last person who was a
        // subject, else the last person named before.
        if let Some(stem) = self
            .para
            .word(i + 1)
            .and_then(honorific_stem)
            .filter(|_| speech)
        {
            // ("وبين فضيلته أن": the last person named with a title that earns the honorific,
            // `فضيلة`/`الشيخ` for فضيلته, `سمو`/`الأمير` for سموه, goes before the last subject,
            // who may be a scholar the sermon cited.)
            // (The last subject keeps the pronoun when they were named with that title too:
            // "أجرى معالي الوزير X مباحثات مع معالي نظيره Y … وأفاد معاليه" is X.)
            let here = self.para.index;
            let before: Vec<&Honored> = self
                .ctx
                .honored
                .iter()
                .filter(|h| h.stem == stem && (h.para, h.first) < (here, i))
                .collect();
            let subject_honored = self
                .ctx
                .person
                .filter(|&e| before.iter().any(|h| h.entity == e));
            let honored = subject_honored.or_else(|| {
                before
                    .iter()
                    .max_by_key(|h| (h.para, h.first))
                    .map(|h| h.entity)
            });
            return Actor {
                entity: honored
                    .or(self.ctx.person)
                    .or_else(|| self.last_person_named(i)),
                text: Some(self.para.text(i + 1, i + 2)),
                explicit: false,
                end: Some(i + 2),
            };
        }
        // "إنها لا تزال تدعم مالي": the pronoun of the complementizer is the subject.
        if self.pronoun_subject(i) {
            return self.implicit(i);
        }
        let mut first_other: Option<usize> = None;
        let mut words_before = 0;
        let mut j = i + 1;
        while j < end {
            // ("قال لـ«الشرق الأوسط»، إن": the medium spoken to is no subject.)
            if let Some(close) = (speech && j == i + 2)
                .then(|| self.audience_marks(j))
                .flatten()
            {
                j = close + 1;
                continue;
            }
            if let Some(si) = self.para.span_at.get(j).copied().flatten() {
                let span = self.para.spans.get(si).cloned();
                let prev = j.checked_sub(1).and_then(|p| self.para.word(p)).map(bare);
                // ("وبيّن سامر الحداد أن": the speech verb بيّن is spelt as the preposition
                // بين; a person named right after it is its subject when it opens a clause,
                // written with و/ف or after punctuation, and no بين stands shortly before it:
                // not "المفاوضات بين الحكومة والمعارضة، على أن".)
                let bayyana = speech
                    && j == i + 1
                    && span.as_ref().is_some_and(|s| {
                        self.entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Person)
                    })
                    && (self
                        .para
                        .word(i)
                        .is_some_and(|w| w.starts_with('و') || w.starts_with('ف'))
                        || i == self.range.start
                        || self
                            .para
                            .tokens
                            .get(i - 1)
                            .is_some_and(|t| t.kind != TokenKind::Word))
                    && !(i.saturating_sub(8).max(self.range.start)..i)
                        .any(|k| self.para.word(k).is_some_and(|w| bare(w) == "بين"));
                let prep_before = prev.is_some_and(|w| PREPOSITIONS.contains(&w)) && !bayyana;
                let after_prep =
                    prep_before && !(reported && prev == Some("عن")) && !self.para.governor(j - 1);
                // "الأمين العام للأمم المتحدة": an organization behind ل after a title.
                let titled = span.as_ref().is_some_and(|s| {
                    s.behind_prep
                        && (i + 1..s.first).any(|k| {
                            self.para
                                .word(k)
                                .is_some_and(|w| desc_stem(w).is_some_and(|(_, p)| p))
                        })
                });
                // "طائرات مسيرة تابعة لقوات الدعم السريع": the force they belong to.
                let belongs = span.as_ref().is_some_and(|s| {
                    s.behind_prep
                        && s.first
                            .checked_sub(1)
                            .and_then(|p| self.para.word(p))
                            .is_some_and(|w| {
                                let w = w.strip_prefix("ال").unwrap_or(w);
                                w == "تابع" || w == "تابعه"
                            })
                });
                // "هاجم مسلحون من حركة الشباب": members of an organization act for it; "زار وفد
                // من مالي موسكو": a delegation, for whoever sent it, a state too (the nominative
                // وفد only: "استقبل وفدا من مالي" is the object). (Not when the subject stands
                // before the verb: "إن وحداته طاردت عناصر من الحركة" chased them.)
                let subject_first = i > self.range.start
                    && self.para.tokens.get(i - 1).is_some_and(|p| {
                        p.kind == TokenKind::Word
                            && !VERB_LEADERS.contains(&bare(&p.norm))
                            && !is_complementizer(&p.norm)
                            && self.para.hits.get(i - 1).copied().flatten().is_none()
                    })
                    && !self
                        .para
                        .word(i)
                        .is_some_and(|w| w.starts_with('و') || w.starts_with('ف'));
                let members = !subject_first
                    && span.as_ref().is_some_and(|s| {
                        s.first == i + 3
                            && self.para.word(i + 2).is_some_and(|w| bare(w) == "من")
                            && self.para.word(i + 1).is_some_and(|w| !definite(w))
                            && (self.entities.get(s.entity).map(|e| e.kind)
                                == Some(EntityType::Organization)
                                || self
                                    .para
                                    .word(i + 1)
                                    .is_some_and(|w| w == "وفد" || bare(w) == "وفد"))
                    });
                let belongs = belongs || members;
                let titled = titled || belongs;
                if let Some(span) =
                    span.filter(|s| (!s.behind_prep || titled) && (!after_prep || members))
                {
                    let kind = self.entities.get(span.entity).map(|e| e.kind);
                    // "استقبل ولي العهد السعودي … رئيس الوزراء اللبناني نجيب حداد": a person
                    // behind a title of their own, after the first actor, is the object.
                    let new_np = first_other
                        .and_then(|fo| self.para.spans.get(fo))
                        .is_some_and(|fo| {
                            (fo.last..span.first).any(|k| {
                                self.para
                                    .word(k)
                                    .is_some_and(|w| desc_stem(w).is_some_and(|(_, p)| p))
                            })
                        });
                    // (A speaker has no object: "قال المتحدث باسم الجيش العقيد آدم نور".)
                    if kind == Some(EntityType::Person) && new_np && !speech {
                        break;
                    }
                    // "اتهم البرلمان حكومة طرابلس بتبديد …": a person named after the first
                    // actor and another name (not behind a preposition) is in the object.
                    // (A chain of titles holds no trigger and no punctuation but commas.)
                    let chain = first_other
                        .and_then(|fo| self.para.spans.get(fo))
                        .is_some_and(|fo| {
                            (fo.last..span.first).all(|k| {
                                self.para.hits.get(k).copied().flatten().is_none()
                                    && self.para.tokens.get(k).is_some_and(|t| {
                                        t.kind == TokenKind::Word
                                            || t.is_punct('،')
                                            || t.is_punct(',')
                                    })
                            })
                        });
                    let object_words = first_other
                        .and_then(|fo| self.para.spans.get(fo))
                        .is_some_and(|fo| {
                            (fo.last..span.first).any(|k| {
                                let after_prep = k
                                    .checked_sub(1)
                                    .and_then(|p| self.para.word(p))
                                    .is_some_and(|w| PREPOSITIONS.contains(&bare(w)));
                                // (A speaker's chain of titles is no object.)
                                let titles = speech && chain && self.in_title_chain(k);
                                let not_object = after_prep || titles;
                                !not_object
                                    && self
                                        .para
                                        .span_at
                                        .get(k)
                                        .copied()
                                        .flatten()
                                        .and_then(|si| self.para.spans.get(si))
                                        .is_some_and(|o| !o.behind_prep && o.entity != fo.entity)
                            })
                        });
                    if kind == Some(EntityType::Person) && object_words {
                        break;
                    }
                    // "اعتقلت الشرطة التركية X", "اعتقل الجيش التركي X": a person after a body
                    // or a place with no title or rank before them is the object; the holder of
                    // a title comes after the title ("وزير الخارجية التركي X", "قائد الجيش X").
                    // ("ائتلاف X بزعامة Y": the leader named in the subject's phrase.)
                    let led_by = (span.first.saturating_sub(2)..span.first).any(|k| {
                        self.para
                            .word(k)
                            .is_some_and(|w| matches!(bare(w), "بزعامه" | "برياسه" | "بقياده"))
                    });
                    let untitled = first_other.is_some()
                        && !led_by
                        && !(i + 1..span.first)
                            .any(|k| self.para.word(k).is_some_and(names_a_holder));
                    if kind == Some(EntityType::Person) && untitled && !speech {
                        break;
                    }
                    // "وقالت عائلة الصحفي X"، "قال محامي X": a relative or lawyer in construct
                    // with a person speaks for themselves, someone the article does not name.
                    // ("وقالت المحامية X": with the article the word is X's own title, not in
                    // construct.)
                    let kin = span.first > i + 1
                        && self
                            .para
                            .word(span.first - 1)
                            .is_some_and(|w| in_list(w, KIN_NOUNS) && !definite(w));
                    // "قالت مصادر عسكرية موالية للرئيس X": sources close to someone, whoever
                    // they are, are not that person.
                    let sourced = span.first > i + 1
                        && self
                            .para
                            .word(i + 1)
                            .is_some_and(|w| unnamed_source_noun(bare(w)));
                    if kind == Some(EntityType::Person) && (kin || sourced) {
                        return Actor {
                            entity: None,
                            text: Some(self.para.text(i + 1, span.last)),
                            explicit: true,
                            end: Some(span.last),
                        };
                    }
                    if kind == Some(EntityType::Person) {
                        return Actor {
                            entity: Some(span.entity),
                            text: Some(self.para.text(i + 1, span.last)),
                            explicit: true,
                            end: Some(span.last),
                        };
                    }
                    // An organization or place names the subject when it comes first, or after
                    // a title ("ولي العهد السعودي", "الحكومة المالية"); after a plain noun
                    // ("اختطف مسلحون مواطنا فرنسيا") it belongs to the object.
                    let titled_head = words_before == 0
                        || (words_before == 1
                            && self.para.word(i + 1).is_some_and(is_pronoun_object))
                        || self
                            .para
                            .word(i + 1)
                            .is_some_and(|w| desc_stem(w).is_some() || in_list(w, SUBJECT_HEADS));
                    // "احتجزت البحرية الإيرانية": a definite noun and its nationality.
                    // "استهدفت مسيرة تركية", "تظاهر آلاف الإسرائيليين": the first noun after
                    // the verb with its nationality (an adjective, not the country's name).
                    let name = self
                        .entities
                        .get(span.entity)
                        .map(|e| text::normalize_word(&e.name))
                        .unwrap_or_default();
                    let nisba = self.para.word(span.first).is_some_and(|w| {
                        w != name
                            && span.last == span.first + 1
                            && (w.ends_with('ي')
                                || w.ends_with("يه")
                                || w.ends_with("يين")
                                || w.ends_with("يون"))
                    });
                    // ("التقى مسؤولين إسرائيليين": a plural in ـين is an object.)
                    let head_noun = self.para.word(i + 1).is_some_and(|w| {
                        in_list(w, QUANTITIES)
                            || (!w.ends_with("ين")
                                && (definite(w)
                                    || self.para.hits.get(i + 1).copied().flatten().is_none()))
                    });
                    // The verb opens its clause ("إن الجماعة استهدفت سفينة أمريكية": the noun
                    // after it is the object).
                    let clause_initial = i == self.range.start
                        || self.para.tokens.get(i - 1).is_some_and(|t| {
                            t.kind == TokenKind::Punct || VERB_LEADERS.contains(&bare(&t.norm))
                        })
                        || self
                            .para
                            .word(i)
                            .is_some_and(|w| w.starts_with('و') || w.starts_with('ف'));
                    // ("قال مصدر عراقي إن", "وقالت مصادر يمنية": an unnamed source of words,
                    // its nationality aside, is nobody the article names; "عقد مسؤولون سوريون
                    // محادثات" is the state's act.)
                    let source_head = speech
                        && self
                            .para
                            .word(i + 1)
                            .is_some_and(|w| unnamed_source_noun(bare(w)));
                    let nationality_head = words_before == 1
                        && !source_head
                        && kind == Some(EntityType::Location)
                        && (clause_initial || self.para.word(i + 1).is_some_and(definite))
                        && head_noun
                        && nisba
                        && (definite(self.para.word(span.first).unwrap_or_default())
                            || !self.para.word(i + 1).is_some_and(definite));
                    let titled_head = titled_head || nationality_head;
                    // "نفت قيادة الجيش الليبي": an organization after a head noun in construct;
                    // "دمر طيران التحالف": so after the craft or weapons of a force.
                    // "أشار بيان الديوان الأميري": a statement in construct with its author.
                    let construct_head = words_before == 1
                        && kind == Some(EntityType::Organization)
                        && self.para.word(i + 1).is_some_and(|w| {
                            !definite(w)
                                && ((w.ends_with('ه') || w.ends_with("ات"))
                                    || in_list(w, SPEECH_CARRIERS)
                                    || in_list(w, CRAFT_HEADS))
                                && self.para.hits.get(i + 1).copied().flatten().is_none()
                        });
                    if first_other.is_none()
                        && ((words_before < 3 && (titled_head || construct_head))
                            || (belongs && words_before <= 4))
                    {
                        first_other = Some(si);
                    }
                }
                j = span_last(&self.para.spans, si).max(j + 1);
                words_before += 1;
                continue;
            }
            // "توسطت فيها سلطنة عمان": a preposition with a pronoun right after the verb
            // stands before its subject.
            let prep_pronoun = j == i + 1 && self.para.word(j).is_some_and(is_prep_pronoun);
            if self.para.word(j).is_some() && !prep_pronoun {
                words_before += 1;
            }
            j += 1;
        }
        // "وصل إلى الرباط صباح اليوم وزير الخارجية الفرنسي": a subject after a fronted place
        // and time.
        if first_other.is_none() {
            if let Some(a) = self.after_fronted(i, end) {
                return a;
            }
        }
        // "الرئيس الفرنسي", "المسؤول العراقي", "مسؤول عراقي": a description with a nationality.
        // ("أشاد بها الرئيس الفلسطيني": a preposition with a pronoun before the subject.)
        // ("وأكد لـ«الاقتصادية» مصدر …": the subject comes after the medium spoken to.)
        let lead = speech
            .then(|| self.audience_marks(i + 2))
            .flatten()
            .map_or_else(
                || usize::from(self.para.word(i + 1).is_some_and(is_pronoun_object)),
                |close| close - i,
            );
        let first_word =
            (i + 1 + lead..end).find(|&j| self.para.word(j).is_some_and(|w| !names_nobody(w)));
        let leading_filler = (i + 1 + lead..end)
            .take_while(|&j| self.para.word(j).is_some_and(names_nobody))
            .count();
        let first_word = first_word.filter(|&j| j <= i + 1 + lead + leading_filler);
        if let Some(span) = first_other.and_then(|si| self.para.spans.get(si)) {
            let place = self
                .entities
                .get(span.entity)
                .is_some_and(|e| e.kind == EntityType::Location);
            // "وأكد الدكتور التركي أن" after "الدكتور عبدالله بن عبدالمحسن التركي": a
            // nationality right after a degree or rank is the family name of the one who bears
            // it on the page, not the state.
            if let Some(p) = place
                .then(|| self.surname_holder(i, span.first, span.last))
                .flatten()
            {
                return Actor {
                    entity: Some(p),
                    text: Some(self.para.text(i + 1, span.last)),
                    explicit: true,
                    end: Some(span.last),
                };
            }
            // "التقى قائد الجيش الأمريكي الجنرال جون سميث", "قائد القيادة المركزية الأمريكية
            // الجنرال …": the title's holder, named after its nationality or body, is the
            // subject.
            let holder = first_word
                .filter(|&j| j < span.first && title_word(self.para.word(j).unwrap_or_default()))
                .and_then(|_| self.person_after(span.last, None));
            if let Some((p, p_end)) = holder {
                return Actor {
                    entity: Some(p),
                    text: Some(self.para.text(i + 1, p_end)),
                    explicit: true,
                    end: Some(p_end),
                };
            }
            // "ولفت رئيس المجلس إلى أن" after "رئيس مجلس النواب إلياس حداد": a speaker's title
            // in construct with a body is the person named before with that title of it.
            if let Some(p) = first_word
                .filter(|&j| speech && j + 1 == span.first)
                .and_then(|j| self.titled_member(j, span))
            {
                return Actor {
                    entity: Some(p),
                    text: Some(self.para.text(i + 1, span.last)),
                    explicit: false,
                    end: Some(span.last),
                };
            }
            // "وشدد المتحدث باسم قوات التحالف على أن": the spokesman of the body named before.
            if let Some(p) = first_word
                .filter(|&j| speech && j < span.first)
                .and_then(|j| self.named_spokesman(j, span.last))
            {
                return Actor {
                    entity: Some(p),
                    text: Some(self.para.text(i + 1, span.last)),
                    explicit: false,
                    end: Some(span.last),
                };
            }
            if let Some(j) = first_word.filter(|&j| place && j < span.first) {
                if let Some(a) = self.description(j, end, Some(span)) {
                    // "استقبل أمير قطر": a title in construct with a place stands for it.
                    // ("قال مسؤول أردني": a nationality adjective is no construct.)
                    let name = self
                        .entities
                        .get(span.entity)
                        .map(|e| text::normalize_word(&e.name));
                    // ("أمير دولة قطر": so with the state noun before the name.)
                    let construct = span.first == j + 1
                        && ((span.last == span.first + 1
                            && self.para.word(span.first).map(str::to_string) == name)
                            || self.para.word(span.first).is_some_and(state_noun));
                    if a.entity.is_some() || !construct {
                        return a;
                    }
                }
            }
        }
        if let Some(si) = first_other {
            if let Some(span) = self.para.spans.get(si) {
                return Actor {
                    entity: Some(span.entity),
                    text: Some(self.para.text(i + 1, span.last)),
                    explicit: true,
                    end: Some(span.last),
                };
            }
        }
        // "الجانبان", a description, or a nameless source right after the verb.
        if let Some(j) = first_word {
            let w = self.para.word(j).unwrap_or_default().to_string();
            if in_list(&w, TWO_SIDES) {
                if let Some((s, _)) = self.ctx.pair {
                    return Actor {
                        entity: Some(s),
                        text: Some(self.para.text(j, j + 1)),
                        explicit: false,
                        end: Some(j + 1),
                    };
                }
            }
            // "وقال مديرها العام إن"، "وقال رئيس وفدها المفاوض إن": a title whose holder is
            // named by a feminine pronoun (its own or its complement's) speaks for the body or
            // state that was the last subject.
            let hers = |x: &str| {
                x.strip_suffix("ها")
                    .is_some_and(|h| h.chars().count() >= 3 && !definite(h))
            };
            let possessed = speech
                && (hers(bare(&w)) && w.strip_suffix("ها").is_some_and(title_word)
                    || title_word(&w) && !definite(&w) && self.para.word(j + 1).is_some_and(hers));
            if possessed {
                // The subject of the sentence's verb first ("أفرجت الجماعة …، بوساطة من
                // عمان، وقال رئيس وفدها").
                let body_of = |e: Option<usize>| {
                    e.filter(|&e| {
                        self.entities
                            .get(e)
                            .is_some_and(|x| x.kind != EntityType::Person)
                    })
                };
                // ("أدانت المنظمة قصف المستشفى السعودي، وقال مديرها": an organization among
                // them before a place, which a nisba in the object may have made a subject.)
                let opening = (self.range.start..(self.range.start + 3).min(i))
                    .find(|&k| {
                        self.para
                            .hits
                            .get(k)
                            .copied()
                            .flatten()
                            .is_some_and(|h| matches!(h.pos, Pos::Verb | Pos::Present))
                    })
                    .and_then(|k| self.para.span_at.get(k + 1).copied().flatten())
                    .and_then(|si| self.para.spans.get(si))
                    .map(|s| s.entity);
                let candidates = [
                    opening,
                    self.verb_subject.as_ref().and_then(|a| a.entity),
                    self.ctx.subject,
                ];
                let org = candidates.into_iter().flatten().find(|&e| {
                    self.entities.get(e).map(|x| x.kind) == Some(EntityType::Organization)
                });
                let body = org
                    .or(body_of(self.verb_subject.as_ref().and_then(|a| a.entity)))
                    .or(body_of(self.ctx.subject))
                    .or(self.ctx.org);
                if body.is_some() {
                    let np_end = self.np_end(j, end).max(j + 1);
                    return Actor {
                        entity: body,
                        text: Some(self.para.text(j, np_end)),
                        explicit: false,
                        end: Some(np_end),
                    };
                }
            }
            // "بينما قالت الأخيرة إنها": the latter is the last one named before.
            if matches!(bare(&w), "الاخير" | "الاخيره") {
                // (A speaker at the head of a paragraph: the last one the paragraph before
                // named.)
                let latter = self
                    .latter(i)
                    .or_else(|| speech.then(|| self.latter_before()).flatten());
                if let Some(e) = latter {
                    return Actor {
                        entity: Some(e),
                        text: Some(self.para.text(j, j + 1)),
                        explicit: false,
                        end: Some(j + 1),
                    };
                }
            }
            if let Some(a) = self.description(j, end, None) {
                // "بدوره، أكد الرئيس أن" after "الرئيس السوري": a bare title that speaks and
                // fits no one stands for the state it was last given with.
                let bare_title = a.entity.is_none()
                    && a.end == Some(j + 1)
                    && speech
                    && definite(&w)
                    && self.ctx.person.is_none_or(|p| {
                        self.ctx
                            .titles
                            .get(&p)
                            .is_none_or(|t| !title_stem(&w).is_some_and(|stem| t.contains(&stem)))
                    });
                let state = title_stem(&w)
                    .filter(|_| bare_title)
                    .and_then(|stem| self.ctx.titled_places.get(stem).copied());
                if let Some(e) = state {
                    return Actor {
                        entity: Some(e),
                        ..a
                    };
                }
                // "وقال النائب العام إن" after "النائب العام السوداني", "وقال الناطق باسم
                // الأجهزة الأمنية" after "الأجهزة الأمنية الفلسطينية": a description that
                // repeats a phrase given before with a state's nationality stands for the state.
                if let Some(e) = a
                    .end
                    .filter(|_| a.entity.is_none() && speech && definite(&w))
                    .and_then(|e| self.phrase_place(j, e))
                {
                    return Actor {
                        entity: Some(e),
                        ..a
                    };
                }
                if speech {
                    return self.described_body(a, j, end);
                }
                return a;
            }
            if let Some((stem, false)) = desc_stem(&w) {
                // "هاجمت جماعة مسلحة قاعدة للجيش": the phrase ends before a name.
                let np_end = self.np_end(j, end);
                let np_end = (j + 1..np_end)
                    .find(|&k| self.para.span_at.get(k).copied().flatten().is_some())
                    .unwrap_or(np_end);
                // "المجلس العسكري في النيجر": a body in a country stands for it.
                let in_place = (j + 1..(j + 4).min(end)).find_map(|k| {
                    let after_fi = self.para.word(k).is_some_and(|w| bare(w) == "في");
                    after_fi
                        .then(|| self.para.span_at.get(k + 1).copied().flatten())
                        .flatten()
                        .and_then(|si| self.para.spans.get(si))
                        .filter(|s| {
                            self.entities.get(s.entity).map(|e| e.kind)
                                == Some(EntityType::Location)
                        })
                        .map(|s| (s.entity, s.last))
                });
                // "وأضافت الوزارة" after "وزارة الدفاع النيجرية": the state a phrase opening
                // with the noun was given, before any other body of the paragraph.
                // ("وأشارت الوزارة" after "وزارة الصحة في غزة": the place it was given in.)
                let given = || {
                    (np_end == j + 1)
                        .then(|| {
                            self.phrase_head_state(&unarticled(&w)).or_else(|| {
                                let at = self.para.tokens.get(j).map_or(0, |t| t.start);
                                super::speakers::head_in_place(
                                    &self.article.body,
                                    self.entities,
                                    &unarticled(&w),
                                    self.para.index,
                                    at,
                                )
                            })
                        })
                        .flatten()
                };
                let entity = self
                    .org_named(stem)
                    .or(in_place.map(|(e, _)| e))
                    .or_else(given)
                    .or_else(|| self.kind_opened(j, np_end, &w))
                    .or_else(|| self.org_like(stem, i));
                let np_end = in_place.map_or(np_end, |(_, last)| last.max(np_end));
                return Actor {
                    entity,
                    text: Some(self.para.text(j, np_end)),
                    explicit: false,
                    end: Some(np_end),
                };
            }
            let ends_in_speech = self.para.tokens.get(end).is_some_and(|t| {
                t.is_punct(':') || (t.kind == TokenKind::Word && is_complementizer(&t.norm))
            });
            // "وذكرت صحيفة «الوطن» في افتتاحيتها أن": a medium named in marks speaks;
            // "ويرى قيادي معارض، في تصريحات لـ«الشرق الأوسط»، أن": a short marked name ends
            // the speaker's phrase as the complementizer does.
            let ends_in_speech = ends_in_speech || (speech && self.passed_marks(end).is_some());
            if speech
                && ends_in_speech
                && !is_complementizer(&w)
                && !PREPOSITIONS.contains(&bare(&w))
                && w != "الي"
            {
                // "قال مسؤول أمريكي إن": a speaker with no entity.
                let np_end = self.np_end(j, end);
                // "أعلن المكتب الإعلامي لقيادة عمليات البصرة العراقية أن": a definite body's
                // long name that closes with a state speaks for the state (an unnamed source,
                // "المصادر الأمنية العراقية", stays unnamed).
                let state = (definite(&w) && !in_list(&w, SOURCE_WORDS))
                    .then(|| self.long_title_state(j, np_end, (j + 8).min(end)))
                    .flatten();
                if let Some(e) = state {
                    return Actor {
                        entity: Some(e),
                        text: Some(self.para.text(j, np_end)),
                        explicit: true,
                        end: Some(np_end),
                    };
                }
                // "وقالت الصحيفة إن" after "صحيفة «الفجر»": a bare noun of a kind of body
                // speaks for the body of that kind named before.
                if let Some(e) = self.kind_opened(j, np_end, &w) {
                    return Actor {
                        entity: Some(e),
                        text: Some(self.para.text(j, np_end)),
                        explicit: false,
                        end: Some(np_end),
                    };
                }
                if in_list(&w, SOURCE_WORDS) || np_end > j {
                    return Actor {
                        entity: None,
                        text: Some(self.para.text(j, np_end)),
                        explicit: true,
                        end: Some(np_end),
                    };
                }
            }
        }
        let verb = matches!(pos, Pos::Verb | Pos::Present);
        // "رحبت الحكومة اللبنانية بالجهود الفرنسية ودعت إلى مواصلتها": a verb joined by و or ف
        // with no subject after it continues the subject of the sentence's last verb (the name
        // just before the conjunction closes the clause before it, "الفرنسية"); after a comma
        // that follows reported speech, it continues the speaker ("قالت المنظمة إن …، ودعت").
        if let Some(a) = self.joined_subject(i).filter(|_| verb) {
            return a;
        }
        // "لكن الجانبين اتفقا": the two sides, just before the verb.
        let before = i.checked_sub(1).filter(|&b| b >= self.range.start);
        if let Some(b) = before.filter(|_| verb) {
            if self.para.word(b).is_some_and(|w| in_list(w, TWO_SIDES)) {
                if let Some((s, _)) = self.ctx.pair {
                    return Actor {
                        entity: Some(s),
                        text: Some(self.para.text(b, b + 1)),
                        explicit: false,
                        end: None,
                    };
                }
            }
        }
        // "إن الجماعة استهدفت", "إن الوزير زار": a description just before the verb.
        let desc_before = before
            .filter(|_| verb)
            .and_then(|b| self.para.word(b).map(|w| (b, w)))
            .filter(|(_, w)| definite(w))
            .and_then(|(b, w)| desc_stem(w).map(|d| (b, d)));
        if let Some((b, (stem, person))) = desc_before {
            let entity = if person {
                self.description(b, i, None).and_then(|a| a.entity)
            } else {
                self.org_named(stem)
                    .or_else(|| self.org_mentioned_before(b))
                    .or(self.ctx.org)
            };
            if entity.is_some() {
                return Actor {
                    entity,
                    text: Some(self.para.text(b, i)),
                    explicit: false,
                    end: None,
                };
            }
        }
        if let Some(e) = self.mention_before(i).filter(|_| verb) {
            return Actor::named(self, e);
        }
        // "قالت الشرطة إن مسلحين خطفوا": a noun that names nobody between the complementizer
        // and the verb is the subject, unnamed (not the speaker).
        let unnamed_subject = verb
            && i >= self.range.start + 2
            && self.para.word(i - 2).is_some_and(is_complementizer)
            && self.para.word(i - 1).is_some_and(|w| {
                // ("إن قواته استهدفت": a force with a pronoun is the speaker's.)
                let possessed = ["هما", "هم", "ها", "ه"].iter().any(|p| {
                    bare(w).strip_suffix(p).is_some_and(|head| {
                        in_list(head, SUBJECT_HEADS)
                            || in_list(head, MEMBER_NOUNS)
                            || head.ends_with("ات")
                    })
                });
                !possessed
                    && !bare(w).starts_with("بلاد")
                    && desc_stem(w).is_none()
                    && !in_list(w, TWO_SIDES)
                    && !definite(w)
            })
            && self.para.hits.get(i - 1).copied().flatten().is_none()
            && self.para.span_at.get(i - 1).copied().flatten().is_none()
            && !self
                .para
                .spans
                .iter()
                .any(|s| s.first < i && i - 1 < s.last);
        if unnamed_subject {
            return Actor {
                entity: None,
                text: Some(self.para.text(i - 1, i)),
                explicit: true,
                end: None,
            };
        }
        // "قال الوزير إن بلاده سترد": the country of the one the pronoun names.
        if let Some(b) = before.filter(|_| verb) {
            if self
                .para
                .word(b)
                .is_some_and(|w| bare(w).starts_with("بلاد"))
            {
                let who = self.implicit(i);
                let country = who
                    .entity
                    .and_then(|e| self.country_of(e))
                    .and_then(|c| self.country_entity(&c));
                if let Some(c) = country {
                    return Actor {
                        entity: Some(c),
                        text: Some(self.para.text(b, b + 1)),
                        explicit: false,
                        end: None,
                    };
                }
            }
        }
        self.implicit(i)
    }

    /// The person whose mention ends last before token `i` (in this paragraph or an earlier
    /// one).
    /// The person whose family name is the one word `[first, last)` when a degree or rank
    /// (`الدكتور`، `المهندس`، `اللواء`) stands right before it after the verb at `i`: a person
    /// of the article named with that word right after their name (`الدكتور عبدالله بن
    /// عبدالمحسن التركي`) or whose name ends with it. `None` when no one bears it, so that
    /// `العقيد الليبي` with no Libyan surname on the page stays the state's.
    fn surname_holder(&self, i: usize, first: usize, last: usize) -> Option<usize> {
        if last != first + 1 || first < i + 2 {
            return None;
        }
        let rank = self.para.word(first - 1)?;
        if !in_list(rank, FAMILY_NAME_RANKS) {
            return None;
        }
        let surname = self.para.word(first)?;
        let ends_with = |s: &str| {
            s.split_whitespace()
                .last()
                .is_some_and(|w| text::normalize_word(w) == surname)
        };
        let followed = |m: &Mention| {
            let part = match m.part {
                ArticlePart::Body => self.article.body.get(m.paragraph).map(String::as_str),
                ArticlePart::Headline => Some(self.article.headline.as_str()),
                _ => None,
            };
            part.is_some_and(|p| {
                let after: String = p.chars().skip(m.end).take(surname.len() + 8).collect();
                after.starts_with(char::is_whitespace)
                    && after.split_whitespace().next().is_some_and(|w| {
                        text::normalize_word(w.trim_end_matches(|c: char| !c.is_alphabetic()))
                            == surname
                    })
            })
        };
        self.entities.iter().position(|e| {
            e.kind == EntityType::Person
                && (ends_with(&e.name)
                    || e.mentions.iter().any(|m| ends_with(&m.text) || followed(m)))
        })
    }

    fn last_person_named(&self, i: usize) -> Option<usize> {
        let at = self.para.tokens.get(i).map_or(0, |t| t.start);
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityType::Person)
            .filter_map(|(ei, e)| {
                e.mentions
                    .iter()
                    .filter(|m| {
                        m.paragraph < self.para.index
                            || (m.paragraph == self.para.index && m.end <= at)
                    })
                    .map(|m| (m.paragraph, m.end))
                    .max()
                    .map(|key| (key, ei))
            })
            .max()
            .map(|(_, ei)| ei)
    }

    /// The closing mark's token of a short marked name that opens at `j` right after the
    /// preposition ل (`لـ«الشرق الأوسط»`، `لـ"الاقتصادية"`): the medium words were said to.
    fn audience_marks(&self, j: usize) -> Option<usize> {
        let before = j.checked_sub(1).and_then(|p| self.para.word(p))?;
        if !matches!(before, "ل" | "لـ") {
            return None;
        }
        // (Only when the subject follows the marks: "يقول لـ"الاقتصادية" إن" goes on as a
        // marked name before the complementizer.)
        self.para
            .quotes
            .iter()
            .find(|q| q.open_tok == j && q.words <= 4 && q.close_tok < self.range.end)
            .map(|q| q.close_tok)
            .filter(|&close| {
                self.para
                    .tokens
                    .get(close + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word && !is_complementizer(&t.norm))
            })
    }

    /// The counterpart (`نظيره`) at `j` who speaks: a person named within three words after
    /// it (`نظيره التركي هاكان كايا`), else the state of the nationality right after it
    /// (`نظيره التركي` → Turkey), else nobody named.
    fn counterpart(&self, j: usize, end: usize) -> Actor {
        let spans: Vec<&Span> = (j + 1..(j + 4).min(end))
            .filter_map(|k| self.para.span_at.get(k).copied().flatten())
            .filter_map(|si| self.para.spans.get(si))
            .filter(|s| !s.behind_prep)
            .collect();
        let kind = |s: &&Span| self.entities.get(s.entity).map(|e| e.kind);
        let named = spans
            .iter()
            .find(|s| kind(s) == Some(EntityType::Person))
            .or_else(|| {
                spans
                    .iter()
                    .find(|s| s.first == j + 1 && kind(s) == Some(EntityType::Location))
            });
        match named {
            Some(s) => Actor {
                entity: Some(s.entity),
                text: Some(self.para.text(j, s.last)),
                explicit: true,
                end: Some(s.last),
            },
            None => Actor {
                entity: None,
                text: Some(self.para.text(j, j + 1)),
                explicit: true,
                end: Some(j + 1),
            },
        }
    }

    /// The state a description `j..end` stands for when it repeats, whole or after `باسم`, a
    /// phrase of two or three words given before with that state's nationality
    /// ([`Context::phrase_places`]), and no person of the article bears its title.
    fn phrase_place(&self, j: usize, end: usize) -> Option<usize> {
        let from = (j + 1..end.min(j + 3))
            .find(|&k| self.para.word(k).is_some_and(|w| bare(w) == "باسم"))
            .map_or(j, |k| k + 1);
        if end < from + 2 || end > from + 3 {
            return None;
        }
        let stem = self.para.word(j).and_then(title_stem);
        let borne = stem.is_some_and(|stem| {
            self.ctx.titles.iter().any(|(&e, t)| {
                t.contains(&stem)
                    && self.entities.get(e).map(|x| x.kind) == Some(EntityType::Person)
            })
        });
        if borne {
            return None;
        }
        let words: Vec<String> = (from..end)
            .map(|k| self.para.word(k).map(unarticled))
            .collect::<Option<_>>()?;
        self.ctx.phrase_places.get(&words.join(" ")).copied()
    }

    /// The one person named before as the spokesman of the body that a spokesman's title at
    /// `j` (`المتحدث باسم قوات التحالف`, `الناطق الرسمي باسم …`) names before `np_end`: every
    /// word after `باسم` (without the article) is one of the body's words in their title
    /// ([`Context::spokesmen`]).
    fn named_spokesman(&self, j: usize, np_end: usize) -> Option<usize> {
        if !self
            .para
            .word(j)
            .and_then(title_stem)
            .is_some_and(spokesman_stem)
        {
            return None;
        }
        let k = [j + 1, j + 2]
            .into_iter()
            .find(|&k| self.para.word(k).is_some_and(|w| bare(w) == "باسم"))?;
        let body: Vec<String> = (k + 1..np_end)
            .filter_map(|m| self.para.word(m))
            .map(unarticled)
            .filter(|w| w.chars().count() >= 3)
            .collect();
        if body.is_empty() {
            return None;
        }
        let at = self.para.tokens.get(j).map_or(0, |t| t.start);
        let mut named = self.ctx.spokesmen.iter().filter_map(|(&e, words)| {
            let before = self.entities.get(e).is_some_and(|x| {
                x.mentions.iter().any(|m| {
                    m.paragraph < self.para.index || (m.paragraph == self.para.index && m.end <= at)
                })
            });
            (before && body.iter().all(|b| words.contains(b))).then_some(e)
        });
        match (named.next(), named.next()) {
            (Some(e), None) => Some(e),
            _ => None,
        }
    }

    /// The person a title at `j` in construct with the organization `span` stands for
    /// (`رئيس المجلس`): the one person of the article named with that title and a word of the
    /// organization's mention before their name (`رئيس مجلس النواب إلياس حداد`).
    fn titled_member(&self, j: usize, span: &Span) -> Option<usize> {
        let stem = title_stem(self.para.word(j)?)?;
        if self.entities.get(span.entity)?.kind != EntityType::Organization {
            return None;
        }
        let unarticled = |w: &str| bare(w).strip_prefix("ال").unwrap_or(bare(w)).to_string();
        let body_words: Vec<String> = (span.first..span.last)
            .filter_map(|k| self.para.word(k))
            .map(unarticled)
            .filter(|w| w.chars().count() >= 3)
            .collect();
        let mut holders = self.ctx.titles.iter().filter_map(|(&e, t)| {
            let of_body = self.ctx.title_words.get(&e).is_some_and(|ws| {
                ws.iter()
                    .any(|w| body_words.iter().any(|b| *b == unarticled(w)))
            });
            (t.contains(&stem)
                && of_body
                && self.entities.get(e).map(|x| x.kind) == Some(EntityType::Person))
            .then_some(e)
        });
        let first = holders.next();
        first.filter(|_| holders.next().is_none())
    }

    /// A titled subject after a place and a time put before it ("وصل إلى الرباط صباح اليوم
    /// وزير الخارجية الفرنسي"): إلى/في and one name or word, then only time words, then a
    /// definite title.
    fn after_fronted(&self, i: usize, end: usize) -> Option<Actor> {
        let prep = self.para.word(i + 1).map(bare)?;
        if !matches!(prep, "الي" | "في") {
            return None;
        }
        let after_place = match self.para.span_at.get(i + 2).copied().flatten() {
            Some(si) => self.para.spans.get(si)?.last,
            None => i + 3,
        };
        let j = (after_place..end).find(|&k| {
            !self
                .para
                .word(k)
                .is_some_and(|w| names_nobody(w) && !PREPOSITIONS.contains(&bare(w)))
        })?;
        if j == after_place {
            return None;
        }
        let w = self.para.word(j)?;
        // ("وزير الخارجية": a title in construct is definite by what follows it.)
        let definite_np = definite(w) || self.para.word(j + 1).is_some_and(definite);
        if !definite_np || title_stem(w).is_none() {
            return None;
        }
        self.description(j, end, None)
            .filter(|a| a.entity.is_some())
    }

    /// The subject a verb at `i` joined by و or ف continues (see [`Self::subject_of`]).
    fn joined_subject(&self, i: usize) -> Option<Actor> {
        let w = self.para.word(i)?;
        let joined = (w.starts_with('و') || w.starts_with('ف')) && !Lexicon::builtin().has(w);
        if !joined {
            return None;
        }
        let after_comma = i
            .checked_sub(1)
            .and_then(|p| self.para.tokens.get(p))
            .is_some_and(|t| t.is_comma());
        let speaker = self
            .speaker
            .clone()
            .filter(|a| after_comma && a.entity.is_some());
        speaker
            .or_else(|| self.verb_subject.clone().filter(|a| a.entity.is_some()))
            .map(|a| Actor {
                explicit: false,
                end: None,
                ..a
            })
    }

    /// The entity of the country with ISO code `code` among the article's entities: the
    /// gazetteer's country (`loc:MLI`), else the first place of that country.
    fn country_entity(&self, code: &str) -> Option<usize> {
        let places = || {
            self.entities.iter().enumerate().filter(|(_, e)| {
                e.kind == EntityType::Location && e.country.as_deref() == Some(code)
            })
        };
        places()
            .find(|(_, e)| e.id.strip_prefix("loc:") == Some(code))
            .or_else(|| places().next())
            .map(|(k, _)| k)
    }

    /// The end of a short noun phrase starting at `j`: up to four words, not past `end`, a comma,
    /// a complementizer, or a preposition.
    fn np_end(&self, j: usize, end: usize) -> usize {
        let mut k = j;
        while k < end && k < j + 4 {
            match self.para.word(k) {
                Some(w)
                    if k == j
                        || (!is_complementizer(w)
                            && !PREPOSITIONS.contains(&bare(w))
                            && !names_nobody(w)
                            && !audience(w)) =>
                {
                    k += 1
                }
                _ => break,
            }
        }
        k
    }

    /// Who a person description at `j` stands for (`place`: a place named in it):
    ///
    /// - indefinite (`مسؤول عراقي`، `مصدر في الوزارة`): a nameless source;
    /// - `المتحدث باسم الحركة`: the organization the description after باسم names;
    /// - definite (`المبعوث`، `المسؤول العراقي`، `وزير الخارجية`): the last person subject when
    ///   the description fits them ([`person_fits`]), else the place named in it (`الرئيس
    ///   الفرنسي` → France), else nobody.
    ///
    /// `None` when the word at `j` is no person description.
    fn description(&self, j: usize, end: usize, place: Option<&Span>) -> Option<Actor> {
        // "مكتب رئيس الوزراء اليوناني": the office of a title speaks as the title's holder.
        let head = j;
        let office = self.para.word(j).is_some_and(|w| in_list(w, OFFICE_NOUNS))
            && self.para.word(j + 1).is_some_and(title_word);
        let j = if office { j + 1 } else { j };
        let w = self.para.word(j)?;
        let stem = title_stem(w)?;
        let np_end = place.map(|p| p.last).unwrap_or_else(|| self.np_end(j, end));
        // "المتحدث باسم وزارة الدفاع التركية": a nationality right after the phrase's words
        // closes it.
        let np_end = self
            .para
            .span_at
            .get(np_end)
            .copied()
            .flatten()
            .and_then(|si| self.para.spans.get(si))
            .filter(|s| {
                place.is_none()
                    && s.first == np_end
                    && s.last <= end
                    && !s.behind_prep
                    && self.para.word(np_end).is_some_and(definite)
                    && self.entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Location)
            })
            .map_or(np_end, |s| s.last);
        // "الناطقة باسم الخارجية الروسية": a place inside the description.
        let inner = (j + 1..np_end)
            .filter_map(|k| self.para.span_at.get(k).copied().flatten())
            .filter_map(|si| self.para.spans.get(si))
            .find(|s| {
                !s.behind_prep
                    && self.entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Location)
            })
            .cloned();
        let np_end = inner.as_ref().map_or(np_end, |p| p.last);
        let place = place.cloned().or(inner);
        let place = place.as_ref();
        let text = Some(self.para.text(head, np_end));
        let next = self.para.word(j + 1);
        // "المتحدث باسم", "المتحدث العسكري باسم": one adjective may stand before باسم.
        // "وقال المتحدث العسكري باسمها": the body or state the pronoun names, the last subject
        // that is no person.
        let on_its_behalf = [j + 1, j + 2].into_iter().find(|&k| {
            self.para
                .word(k)
                .is_some_and(|n| matches!(bare(n), "باسمها" | "باسمه" | "باسمهم"))
                && (k == j + 1
                    || (self.para.word(j + 1).is_some_and(definite)
                        && self.para.span_at.get(j + 1).copied().flatten().is_none()))
        });
        if let Some(k) = on_its_behalf {
            let body = self
                .ctx
                .subject
                .filter(|&e| {
                    self.entities
                        .get(e)
                        .is_some_and(|x| x.kind != EntityType::Person)
                })
                .or(self.ctx.org);
            if body.is_some() {
                return Some(Actor {
                    entity: body,
                    text: Some(self.para.text(head, k + 1)),
                    explicit: false,
                    end: Some(k + 1),
                });
            }
        }
        let on_behalf = [j + 1, j + 2].into_iter().find(|&k| {
            self.para.word(k).is_some_and(|n| bare(n) == "باسم")
                && (k == j + 1
                    || (self.para.word(j + 1).is_some_and(definite)
                        && self.para.span_at.get(j + 1).copied().flatten().is_none()))
        });
        // "وشدد المتحدث باسم قوات التحالف" after "الناطق الرسمي باسم قوات التحالف العميد سامي
        // ناصر": the one person named before as the spokesman of that body.
        if let Some(e) = on_behalf.and_then(|_| self.named_spokesman(j, np_end)) {
            return Some(Actor {
                entity: Some(e),
                text,
                explicit: false,
                end: Some(np_end),
            });
        }
        if let Some(k) = on_behalf {
            // The organization named after باسم, or behind one head word ("باسم جماعة أنصار
            // الله"); else the word after باسم, without its article, in an organization's
            // name ("باسم الجبهة" → "جبهة الخلاص").
            // ("باسم مكتب المبعوث الأممي": an organization's nationality closing the words
            // after باسم, with no place or other name before it, is the body spoken for.)
            let closing = self
                .para
                .span_at
                .get(np_end)
                .copied()
                .flatten()
                .and_then(|si| self.para.spans.get(si))
                .filter(|s| {
                    s.first == np_end
                        && s.last == np_end + 1
                        && s.first >= k + 3
                        && s.last <= end
                        && !s.behind_prep
                        && self
                            .para
                            .word(s.first)
                            .is_some_and(|x| definite(x) && (x.ends_with('ي') || x.ends_with("يه")))
                        && (k + 1..s.first).all(|m| {
                            self.para.span_at.get(m).copied().flatten().is_none()
                                && self.para.word(m).is_some_and(|x| {
                                    !PREPOSITIONS.contains(&bare(x)) && !in_list(x, SOURCE_WORDS)
                                })
                        })
                });
            let named = [k + 1, k + 2]
                .into_iter()
                .filter_map(|m| self.para.span_at.get(m).copied().flatten())
                .filter_map(|si| self.para.spans.get(si))
                .chain(closing)
                .find(|s| {
                    self.entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Organization)
                })
                .map(|s| s.entity);
            let org = named.or_else(|| {
                self.para.word(k + 1).and_then(|w| {
                    text::clitic_candidates(w)
                        .iter()
                        .filter(|c| c.article && c.form.chars().count() >= 3)
                        .find_map(|c| self.org_named(c.form))
                })
            });
            if let Some(o) = org {
                let np_end = closing
                    .filter(|s| Some(s.entity) == org)
                    .map_or(np_end, |s| s.last);
                return Some(Actor {
                    entity: Some(o),
                    text: Some(self.para.text(head, np_end)),
                    explicit: false,
                    end: Some(np_end),
                });
            }
        }
        // "وأكد أمين منطقة تبوك أن" after "أمين منطقة تبوك سالم العتيبي": the one person
        // named after every word of this title phrase (a name closes the construct, so it is
        // theirs even without the article).
        // ("قال مسؤول إسرائيلي": an indefinite nisba makes an indefinite phrase, someone else.)
        let indefinite_nisba = (j..np_end).any(|k| {
            self.para
                .word(k)
                .is_some_and(|x| !definite(x) && (x.ends_with('ي') || x.ends_with("يه")))
        }) && !(j..np_end).any(|k| self.para.word(k).is_some_and(definite));
        let titled_before = (np_end > j + 1 && !indefinite_nisba)
            .then(|| {
                let words: Vec<&str> = (j..np_end).filter_map(|k| self.para.word(k)).collect();
                let at = self.para.tokens.get(j).map_or(0, |t| t.start);
                // (Named before this description, not by the words after it; and of the
                // country of any place in it.)
                let before = |e: usize| {
                    self.entities.get(e).is_some_and(|x| {
                        x.mentions.iter().any(|m| {
                            m.paragraph < self.para.index
                                || (m.paragraph == self.para.index && m.end <= at)
                        })
                    })
                };
                let country = |e: usize| {
                    self.entities
                        .get(e)
                        .and_then(|x| x.country.clone())
                        .or_else(|| self.ctx.countries.get(&e).cloned())
                };
                let same_country = |e: usize| {
                    (j..np_end)
                        .filter_map(|k| self.para.span_at.get(k).copied().flatten())
                        .filter_map(|si| self.para.spans.get(si))
                        .all(|s| {
                            let c = self.entities.get(s.entity).and_then(|x| x.country.clone());
                            c.is_none() || country(e).is_none_or(|p| Some(p) == c)
                        })
                };
                let mut titled = self.ctx.title_words.iter().filter_map(|(&e, seen)| {
                    let own = self.ctx.titles.get(&e).is_some_and(|t| t.contains(&stem));
                    (own && words
                        .iter()
                        .all(|w| seen.iter().any(|x| bare(x) == bare(w)))
                        && before(e)
                        && same_country(e))
                    .then_some(e)
                });
                let first = titled.next();
                first.filter(|_| titled.next().is_none())
            })
            .flatten();
        // ("مساعد وزير الخارجية": a title in construct with a titled phrase is definite.)
        let chain = next.is_some_and(title_word) && self.para.word(j + 2).is_some_and(definite);
        // ("رئيس مجلس النواب اللبناني"، "رئيس هيئة الأركان المغربية": a title in construct
        // with a body that closes with a state's nationality is that state's officer, as
        // definite as the two-word "رئيس البرلمان اللبناني"; not a generic one, "مسؤول وزارة
        // …", nor a town's, "رئيس بلدية جدة".)
        let state_construct = place.is_some_and(|p| {
            let nationality = p.last == p.first + 1
                && self
                    .entities
                    .get(p.entity)
                    .is_some_and(|e| e.kind == EntityType::Location && e.country.is_some())
                && self
                    .para
                    .word(p.first)
                    .is_some_and(|x| definite(x) && (x.ends_with('ي') || x.ends_with("يه")));
            p.first > j + 1
                && nationality
                && !p.behind_prep
                && !GENERIC_DESCRIPTIONS.contains(&stem)
                && (j + 1..p.first).all(|k| {
                    self.para.span_at.get(k).copied().flatten().is_none()
                        && self
                            .para
                            .word(k)
                            .is_some_and(|x| !PREPOSITIONS.contains(&bare(x)) && bare(x) != "باسم")
                })
        });
        let indefinite = !definite(w)
            && !next.is_some_and(definite)
            && !chain
            && !state_construct
            && titled_before.is_none();
        if indefinite {
            // "وأوضح متحدث باسم وزارة الدفاع الكينية أن": an unnamed spokesman speaks on
            // behalf of the state body he is named for, and a state body with a nationality
            // is its state (`مسؤول في وزارة الدفاع الكينية`, `متحدث باسم المعارضة السورية`
            // stay nobody's).
            let entity = on_behalf.and_then(|k| self.long_title_state(j, k + 1, (k + 8).min(end)));
            return Some(Actor {
                entity,
                text,
                explicit: true,
                end: Some(np_end),
            });
        }
        let person = self
            .ctx
            .person
            .filter(|&p| person_fits(self, p, stem, j + 1, np_end))
            .or_else(|| {
                // "بحث الرئيس مع السفير الإيطالي جوفاني ريتشي … لفت السفير": the one person
                // the paragraph gave this title, when the last subject does not bear it.
                let titled: Vec<usize> = self
                    .ctx
                    .titles
                    .iter()
                    .filter_map(|(&e, t)| {
                        (t.contains(&stem)
                            && self.entities.get(e).map(|x| x.kind) == Some(EntityType::Person))
                        .then_some(e)
                    })
                    .collect();
                if np_end != j + 1 {
                    return None;
                }
                if let [one] = titled.as_slice() {
                    return Some(*one);
                }
                // ("وزير الخارجية الإيراني ظريف … صرح وزير الداخلية البحريني راشد … وتابع
                // الوزير": of several, the one named last, in this paragraph or the one before.)
                let at = self.para.tokens.get(j).map_or(0, |t| t.start);
                titled
                    .iter()
                    .filter_map(|&e| {
                        let last = self.entities.get(e)?.mentions.iter().filter(|m| {
                            m.paragraph < self.para.index
                                || (m.paragraph == self.para.index && m.end <= at)
                        });
                        last.map(|m| ((m.paragraph, m.end), e)).max()
                    })
                    .max()
                    .filter(|((p, _), _)| p + 1 >= self.para.index)
                    .map(|(_, e)| e)
            })
            .or(titled_before);
        // "وقال المتحدث إن" after an organization: its spokesman; "وقال الوزير" after "وزير
        // الخارجية الأردني": the state the unnamed minister stands for.
        // ("وأوضح المسؤول الأممي" after "أكد المدير العام للوكالة الدولية … أن": a generic
        // description with a nisba that names no state stands for the organization that spoke
        // last.)
        let body_nisba = np_end == j + 2
            && place.is_none()
            && GENERIC_DESCRIPTIONS.contains(&stem)
            && self.para.span_at.get(j + 1).copied().flatten().is_none()
            && self
                .para
                .word(j + 1)
                .is_some_and(|x| definite(x) && (x.ends_with('ي') || x.ends_with("يه")));
        let org = self
            .ctx
            .subject
            .filter(|&o| {
                matches!(
                    self.entities.get(o).map(|e| e.kind),
                    Some(EntityType::Organization | EntityType::Location)
                ) && place.is_none()
                    && np_end == j + 1
            })
            .or_else(|| {
                // (The organization that spoke last, with no person named since.)
                self.ctx
                    .last_speaker
                    .as_ref()
                    .and_then(|(_, a)| a.entity)
                    .filter(|&o| {
                        body_nisba
                            && self.ctx.person.is_none()
                            && self.entities.get(o).map(|e| e.kind)
                                == Some(EntityType::Organization)
                    })
            });
        if let Some(p) = person.or(org) {
            return Some(Actor {
                entity: Some(p),
                text,
                explicit: false,
                end: Some(np_end),
            });
        }
        // "المتحدث الرسمي باسم حكومة تشاد المؤقتة"، "المكتب الإعلامي لقيادة عمليات البصرة
        // العراقية": a title that goes on past the short phrase and closes with a state speaks
        // for the state.
        let entity = place
            .map(|p| p.entity)
            .or_else(|| self.long_title_state(j, np_end, (j + 8).min(end)))
            .or_else(|| self.titled_body_head(j, np_end));
        // "الممثلة العليا للسياسة الخارجية الأوروبية"، "المبعوث الأممي": a title whose words
        // close with an organization's nisba is that organization's officer, and the title of
        // a body is the body.
        let closing = self
            .para
            .span_at
            .get(np_end)
            .copied()
            .flatten()
            .and_then(|si| self.para.spans.get(si))
            .filter(|s| {
                entity.is_none()
                    && s.first == np_end
                    && s.last == np_end + 1
                    && s.last <= end
                    && !s.behind_prep
                    && !GENERIC_DESCRIPTIONS.contains(&stem)
                    && self
                        .para
                        .word(s.first)
                        .is_some_and(|x| definite(x) && (x.ends_with('ي') || x.ends_with("يه")))
                    && self.entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Organization)
                    && (j + 1..np_end)
                        .all(|k| self.para.span_at.get(k).copied().flatten().is_none())
            });
        if let Some(s) = closing {
            return Some(Actor {
                entity: Some(s.entity),
                text: Some(self.para.text(head, s.last)),
                explicit: true,
                end: Some(s.last),
            });
        }
        Some(Actor {
            entity,
            text,
            explicit: entity.is_some(),
            end: Some(np_end),
        })
    }

    /// The body a title in construct with one definite noun (`رئيس الولاية`، `محافظ البنك`) at
    /// `j..np_end` speaks for: the one organization or place named before whose name opens with
    /// that noun (`ولاية بونتلاند`), else the one state a phrase opening with it was given
    /// before (`البنك المركزي اليوناني` → Greece, [`Context::phrase_places`]).
    fn titled_body_head(&self, j: usize, np_end: usize) -> Option<usize> {
        if np_end != j + 2 {
            return None;
        }
        let noun = self.para.word(j + 1).filter(|w| definite(w))?;
        if self.para.span_at.get(j + 1).copied().flatten().is_some() {
            return None;
        }
        let head = unarticled(noun);
        if head.chars().count() < 3 {
            return None;
        }
        let at = self.para.tokens.get(j).map_or(0, |t| t.start);
        let mut named = self.entities.iter().enumerate().filter(|(_, e)| {
            e.kind != EntityType::Person
                && e.mentions.iter().any(|m| {
                    m.paragraph < self.para.index || (m.paragraph == self.para.index && m.end <= at)
                })
                && std::iter::once(&e.name).chain(e.aliases.iter()).any(|n| {
                    let n = normalize_phrase(n);
                    let mut words = n.split(' ');
                    // (The name's own first word: `ولاية` keeps its و.)
                    words
                        .next()
                        .is_some_and(|w| w.strip_prefix("ال").unwrap_or(w) == head)
                        && words.next().is_some()
                })
        });
        if let Some((e, _)) = named.next() {
            return named.next().is_none().then_some(e);
        }
        // ("رئيس الوفد" after "وفدا من الكونغرس", "رئيس الولاية" after "ولاية جوبالاند":
        // the body the noun opened before, named by the mention after it.)
        let char_at = self.para.tokens.get(j).map_or(0, |t| t.start);
        super::speakers::named_after_head(
            &self.article.body,
            self.entities,
            &head,
            self.para.index,
            char_at,
        )
        .or_else(|| self.phrase_head_state(&head))
    }

    /// The one state that the phrases given before with a state's nationality and opening with
    /// `head` (`وزارة الدفاع النيجرية` for `وزاره`) were given ([`Context::phrase_places`]).
    fn phrase_head_state(&self, head: &str) -> Option<usize> {
        let mut states = self
            .ctx
            .phrase_places
            .iter()
            // (Keys are made by `unarticled`, which takes a leading و for a conjunction.)
            .filter(|(k, _)| k.split(' ').next().map(unarticled) == Some(unarticled(head)))
            .map(|(_, &e)| e);
        let first = states.next()?;
        states.all(|e| e == first).then_some(first)
    }

    /// The state a definite title phrase starting at `head` names when it runs on from `from`
    /// (before `limit`) through construct nouns, adjectives and `باسم` (`… باسم حكومة تشاد`،
    /// `… لقيادة عمليات البصرة العراقية`): the first name in those words, when it is a state not
    /// behind a preposition and a state body's head noun ([`STATE_BODY_HEADS`]) stands before
    /// it. A stop, a comma, a complementizer, a preposition, a relative pronoun, a verb or a
    /// name that is no state ends the phrase with no state; so does a state inside the name of
    /// something else (`الخطوط السعودية`، `لشؤون فلسطين`، `كأس السوبر السعودي`).
    ///
    /// One `في` may part the title from the state body it serves when a body's head noun or an
    /// organization's name follows it (`قائد القوات البرية في الحرس الثوري الإيراني` → Iran);
    /// the organization's name is passed over.
    fn long_title_state(&self, head: usize, from: usize, limit: usize) -> Option<usize> {
        let body = |k: usize| {
            self.para
                .word(k)
                .is_some_and(|w| in_list(w, STATE_BODY_HEADS) || in_list(w, SERVED_BODY_HEADS))
        };
        let org_at = |k: usize| {
            self.para
                .span_at
                .get(k)
                .copied()
                .flatten()
                .and_then(|si| self.para.spans.get(si))
                .filter(|s| {
                    s.first == k
                        && self.entities.get(s.entity).map(|e| e.kind)
                            == Some(EntityType::Organization)
                })
                .map(|s| s.last)
        };
        let mut crossed = false;
        let mut k = from;
        while k < limit {
            let w = self.para.word(k)?;
            if !crossed
                && k > head
                && bare(w) == "في"
                && self.para.word(k + 1).is_some_and(definite)
                && (self
                    .para
                    .word(k + 1)
                    .is_some_and(|n| in_list(n, STATE_BODY_HEADS) || in_list(n, SERVED_BODY_HEADS))
                    || org_at(k + 1).is_some())
            {
                crossed = true;
                k += 1;
                if let Some(last) = org_at(k) {
                    // (The nationality follows the organization's name, or closes it: "الحرس
                    // الثوري الإيراني" named as one body of Iran's.)
                    let org = self.para.span_at.get(k).copied().flatten();
                    k = last;
                    if self.para.span_at.get(k).copied().flatten().is_none() {
                        let nisba = last
                            .checked_sub(1)
                            .and_then(|l| self.para.word(l))
                            .is_some_and(|x| {
                                definite(x)
                                    && (x.ends_with('ي') || x.ends_with("ية") || x.ends_with("يه"))
                            });
                        return org
                            .and_then(|si| self.para.spans.get(si))
                            .and_then(|s| self.entities.get(s.entity))
                            .and_then(|e| e.country.clone())
                            .filter(|_| nisba)
                            .and_then(|c| self.country_entity(&c));
                    }
                }
                continue;
            }
            // (Nor past a relative pronoun or a verb: "المتحدث باسم التحالف الذي تقوده X".)
            if is_complementizer(w)
                || PREPOSITIONS.contains(&bare(w))
                || names_nobody(w)
                || audience(w)
                || matches!(bare(w), "الذي" | "التي" | "الذين" | "اللذين" | "اللتين")
                || self.para.hits.get(k).copied().flatten().is_some()
            {
                return None;
            }
            if let Some(si) = self.para.span_at.get(k).copied().flatten() {
                let s = self.para.spans.get(si)?;
                let e = self.entities.get(s.entity)?;
                let state = e.kind == EntityType::Location
                    && !s.behind_prep
                    && state_actor(e)
                    && (crossed && self.para.word(k).is_some_and(definite) || (head..k).any(body));
                return state.then_some(s.entity);
            }
            k += 1;
        }
        None
    }

    /// The last organization (or the last subject) whose name shares the description's stem.
    fn org_like(&self, stem: &str, before: usize) -> Option<usize> {
        // (A body's description is no person: "بعدما كشفت الشركة" after its director.)
        let subject = self.ctx.subject.filter(|&e| {
            self.entities
                .get(e)
                .is_some_and(|x| x.kind != EntityType::Person)
        });
        self.org_named(stem)
            .or_else(|| self.org_mentioned_before(before))
            .or(self.ctx.org)
            .or(subject)
    }

    /// The body a definite bare kind noun at token `j` (`الصحيفة`، `الشركة`, its phrase up to
    /// `np_end` holding no name but places) stands for: the body of that kind named before
    /// ([`super::speakers::opened_by_kind`]).
    fn kind_opened(&self, j: usize, np_end: usize, w: &str) -> Option<usize> {
        if !definite(w) {
            return None;
        }
        let only_places = (j + 1..np_end).all(|k| {
            self.para
                .span_at
                .get(k)
                .copied()
                .flatten()
                .and_then(|si| self.para.spans.get(si))
                .is_none_or(|s| {
                    self.entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Location)
                })
        });
        if !only_places {
            return None;
        }
        let at = self.para.tokens.get(j).map_or(0, |t| t.start);
        super::speakers::opened_by_kind(
            &self.article.body,
            self.entities,
            &unarticled(w),
            self.para.index,
            at,
        )
    }

    /// The last organization named in this paragraph before token `before` ("الناطق باسم
    /// الحوثيين … إن الجماعة": the group is the one just named).
    fn org_mentioned_before(&self, before: usize) -> Option<usize> {
        self.para
            .spans
            .iter()
            .filter(|s| s.last <= before)
            .filter(|s| {
                self.entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Organization)
            })
            .max_by_key(|s| s.last)
            .map(|s| s.entity)
    }

    /// The last organization whose name holds the description's stem ("الحركة" → "حركة
    /// العدل والمساواة"), the last subject first.
    fn org_named(&self, stem: &str) -> Option<usize> {
        let named = |e: usize| {
            self.entities.get(e).is_some_and(|ent| {
                std::iter::once(&ent.name)
                    .chain(ent.aliases.iter())
                    .any(|n| text::normalize_word(n).contains(stem))
            })
        };
        // Prefer an organization of the article whose name holds the word, most recent first.
        if let Some(o) = self.ctx.org.filter(|&o| named(o)) {
            return Some(o);
        }
        let mut best: Option<(usize, usize)> = None;
        for (ei, e) in self.entities.iter().enumerate() {
            if e.kind != EntityType::Organization || !named(ei) {
                continue;
            }
            let last = e
                .mentions
                .iter()
                .filter(|m| m.paragraph <= self.para.index)
                .map(|m| (m.paragraph, m.start))
                .max();
            if let Some((p, s)) = last {
                let key = p * 1_000_000 + s;
                if best.is_none_or(|(k, _)| key > k) {
                    best = Some((key, ei));
                }
            }
        }
        best.map(|(_, e)| e)
    }

    /// A mention just before the trigger in the same clause (subject–verb order).
    fn mention_before(&self, i: usize) -> Option<usize> {
        let mut j = i;
        let mut steps = 0;
        while j > self.range.start && steps < 3 {
            j -= 1;
            steps += 1;
            let t = self.para.tokens.get(j)?;
            if t.kind == TokenKind::Punct {
                return None;
            }
            if self.para.hits.get(j).copied().flatten().is_some() || is_complementizer(&t.norm) {
                return None;
            }
            if let Some(s) = self
                .para
                .spans
                .iter()
                .find(|s| s.last == j + 1 && !s.behind_prep)
            {
                let prev = s
                    .first
                    .checked_sub(1)
                    .and_then(|p| self.para.word(p))
                    .map(bare);
                let delegation = delegation_before(&self.para.tokens, s.first);
                if prev.is_some_and(|w| PREPOSITIONS.contains(&w)) && !delegation {
                    return None;
                }
                return Some(s.entity);
            }
        }
        None
    }

    /// "أعلنت وزارة الدفاع الجزائرية أن مفارز الجيش أوقفت …": an army or forces named with no
    /// state of their own (the bare noun right before the verb at `i`, alone or after a unit
    /// noun, right after the complementizer of reported speech) are the speaker's state's.
    fn speaker_state_force(&self, i: usize) -> Option<usize> {
        let b = i.checked_sub(1).filter(|&p| p > self.range.start)?;
        let word = self.para.word(b)?;
        if !matches!(bare(word), "الجيش" | "القوات") {
            return None;
        }
        let lead = b.checked_sub(1).filter(|&p| p >= self.range.start)?;
        let reported = self.para.word(lead).is_some_and(is_complementizer)
            || (lead > self.range.start
                && self
                    .para
                    .word(lead)
                    .is_some_and(|w| matches!(bare(w), "مفارز" | "وحدات" | "عناصر" | "دوريات"))
                && self.para.word(lead - 1).is_some_and(is_complementizer));
        if !reported {
            return None;
        }
        let speaker = self.speaker.as_ref()?.entity?;
        let ent = self.entities.get(speaker)?;
        if ent.kind == EntityType::Location && ent.id.starts_with("loc:") {
            return Some(speaker);
        }
        self.country_of(speaker)
            .and_then(|c| self.country_entity(&c))
    }

    /// True for an organization whose name's head noun is feminine (`حركة`، `المقاومة`،
    /// `وزارة`: ends in ة), which a masculine verb does not agree with.
    fn feminine_body(&self, e: usize) -> bool {
        self.entities.get(e).is_some_and(|e| {
            e.kind == EntityType::Organization
                && e.name
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.ends_with('ة'))
        })
    }

    fn implicit(&self, i: usize) -> Actor {
        if let Some(sp) = &self.speaker {
            return Actor {
                explicit: false,
                end: None,
                ..sp.clone()
            };
        }
        let text = self.para.word(i).map(|_| self.para.text(i, i + 1));
        Actor {
            entity: self.ctx.subject,
            text,
            explicit: false,
            end: None,
        }
    }

    fn speech(&mut self, i: usize, pos: Pos, statement: bool) {
        if self.conditional(i) {
            return;
        }
        // "وأنا أقول بذات الطريقة: …"، "أقول هذا مع يقيني أن": a columnist's own words in the
        // first person are no speaker's quote (marked first-person words of a speaker are
        // inside their quote, which is not read for verbs).
        if self
            .para
            .word(i)
            .is_some_and(|w| in_list(bare(w), FIRST_PERSON_SPEECH))
        {
            return;
        }
        // "يذكر أن", "يشار إلى أن": the impersonal passive of the wire's background note
        // reports nobody's words.
        let impersonal = pos == Pos::Present
            && self
                .para
                .word(i)
                .is_some_and(|w| matches!(bare(w), "يذكر" | "يشار"))
            && self.para.word(i + 1).is_some_and(|n| {
                is_complementizer(n)
                    || (bare(n) == "الي" && self.para.word(i + 2).is_some_and(is_complementizer))
            });
        if impersonal {
            return;
        }
        let mut actor = self.subject_of(i, pos, true);
        // "وتابع بالقول إن"، "واختتم بقوله:": the noun of saying right after the verb tells how
        // the words are said, not who says them; the verb has no subject of its own.
        let by_saying = actor.entity.is_none()
            && actor.end == Some(i + 2)
            && matches!(pos, Pos::Verb | Pos::Present)
            && self.para.word(i + 1).is_some_and(|w| {
                matches!(
                    bare(w),
                    "بالقول" | "بقوله" | "بقولها" | "بقولهم" | "بقولهما"
                )
            });
        if by_saying {
            actor = self.implicit(i);
        }
        // "وقال سامر حداد، رئيس قسم الاستشارات لدى شركة ديلويت: «…»": a person named right
        // after the verb and set off by a comma is the speaker; the apposition after the
        // comma, however long and whatever names it holds, only describes them.
        // ("يقول X، أستاذ في …: «…»": the present tense too.)
        let apposed = matches!(pos, Pos::Verb | Pos::Present)
            .then(|| self.named_before_apposition(i))
            .flatten();
        if let Some((e, _)) = apposed {
            if actor.entity != Some(e) {
                actor = Actor::named(self, e);
            }
        }
        // "غير أن مصدرا عسكريا مغربيا قال إن", "لكن مسؤولا إثيوبيا قال": an unnamed source
        // before the verb, its nationality aside, is nobody the article names.
        let unnamed_before = (i.saturating_sub(4).max(self.range.start)..i).any(|k| {
            self.para
                .word(k)
                .is_some_and(|w| unnamed_source_noun(bare(w)))
                && (k + 1..i).all(|j| {
                    self.para
                        .word(j)
                        .is_some_and(|w| !PREPOSITIONS.contains(&bare(w)) && !is_complementizer(w))
                })
        });
        // "كشف تقرير لفريق خبراء الأمم المتحدة أن", "أشار بيان للرئاسة المصرية إلى أن": the
        // author of the carrier of the words, named after ل.
        if actor.entity.is_none() {
            if let Some(e) = self.carrier_author(i) {
                actor = Actor::named(self, e);
            }
        }
        // "وأوضح بيان رسمي تونسي أن": a statement with a state's nationality is the state's.
        if actor.entity.is_none() {
            if let Some(e) = self.carrier_nationality(i) {
                actor = Actor::named(self, e);
            }
        }
        // "أصدر المجلس بيانا …، أكد فيه أن": the words said in a statement are its issuer's.
        if actor.entity.is_none() {
            if let Some(e) = self.said_in_carrier(i) {
                actor = Actor {
                    entity: Some(e),
                    explicit: false,
                    ..actor
                };
            }
        }
        // "غير أن وزير خارجية مالي قال في باماكو إن": a titled subject right before the verb.
        if actor.entity.is_none() && !unnamed_before && matches!(pos, Pos::Verb | Pos::Present) {
            let before = i
                .checked_sub(1)
                .and_then(|p| {
                    self.para
                        .spans
                        .iter()
                        .find(|s| s.last == p + 1 && s.first <= p)
                })
                .filter(|s| !s.behind_prep)
                .filter(|s| {
                    (s.first.saturating_sub(3).max(self.range.start)..s.first).any(|k| {
                        self.para.word(k).is_some_and(title_word)
                            && (k + 1..s.first).all(|m| {
                                self.para
                                    .word(m)
                                    .is_some_and(|w| !PREPOSITIONS.contains(&bare(w)))
                            })
                    })
                })
                .map(|s| s.entity);
            if let Some(e) = before {
                actor = Actor::named(self, e);
            }
        }
        // "غير أن مصدرا قريبا من الوساطة قال إن", "لكن مسؤولا في الوزارة قال": the source's
        // description may hold a preposition and its noun; when no one is named after the verb,
        // the source before it is still the subject (not the last subject of the paragraph).
        // (Not a noun behind a preposition, `وعن مصادر التمويل قال`, nor across a relative.)
        let described_before = !actor.explicit
            && (i.saturating_sub(6).max(self.range.start)..i).any(|k| {
                self.para
                    .word(k)
                    .is_some_and(|w| unnamed_source_noun(bare(w)))
                    && (k == self.range.start
                        || self.para.word(k - 1).is_none_or(|w| {
                            !PREPOSITIONS.contains(&bare(w)) && !in_list(w, ACCORDING)
                        }))
                    && (k + 1..i).all(|j| {
                        self.para.word(j).is_some_and(|w| {
                            !is_complementizer(w)
                                && !matches!(bare(w), "الذي" | "التي" | "الذين" | "اللذين")
                        })
                    })
            });
        if (unnamed_before || described_before) && matches!(pos, Pos::Verb | Pos::Present) {
            actor = Actor::unnamed();
        }
        // "وأوضح عقب اللقاء أن …", "وصرّح بعد الاجتماع بأنه …": a time adverbial after the verb
        // is no subject; the verb's pronoun names the last subject.
        // ("وقال في تصريح للتلفزيون: …", "وقال للصحفيين إن": a phrase of where or to whom.)
        let timed = self.para.word(i + 1).is_some_and(|w| {
            matches!(
                bare(w),
                "عقب" | "بعد" | "اثر" | "خلال" | "قبل" | "فور" | "لدي" | "في"
            ) || (w.starts_with('ل') && !w.starts_with("لا"))
        });
        // ("وأكد لـ«الوطن» مصدر …": an unnamed subject after the medium stays unnamed.)
        let audience_subject = actor.explicit && self.audience_marks(i + 2).is_some();
        if timed
            && !unnamed_before
            && !audience_subject
            && actor.entity.is_none()
            && matches!(pos, Pos::Verb | Pos::Present)
        {
            actor = self.implicit(i);
        }
        // "قال المتحدث … في بيان تلاه …": a speech noun that names nobody reports the words of
        // the sentence's verb subject; the words after it are not a speaker.
        if pos == Pos::Noun && actor.entity.is_none() {
            if let Some(a) = self.verb_subject.clone() {
                actor = Actor {
                    explicit: false,
                    end: None,
                    ..a
                };
            }
        }
        // "قال مسؤول طلب عدم ذكر اسمه: «…». وأضاف: «…»", "وتابع أن": a verb of going on with
        // no subject of its own continues the last speaker's words, named or not.
        let goes_on = matches!(pos, Pos::Verb | Pos::Present)
            && !actor.explicit
            && self.speaker.is_none()
            && self.para.word(i).is_some_and(|w| {
                let w = bare(w);
                [
                    "اضاف",
                    "يضيف",
                    "تضيف",
                    "تابع",
                    "يتابع",
                    "تتابع",
                    "اردف",
                    "استطرد",
                    "زاد",
                ]
                .iter()
                .any(|p| w.starts_with(p))
            });
        if goes_on {
            let last = self
                .ctx
                .last_speaker
                .clone()
                .filter(|(p, _)| self.para.index <= p + 1);
            if let Some((_, last)) = last {
                actor = Actor {
                    explicit: false,
                    end: None,
                    ..last
                };
            }
        }
        // "«…»، قال مسؤول …": the verb credits the marks before it (taken at the paragraph's
        // end); its speaker is already the last one for a verb that goes on after it.
        let credits_marks = i >= 2
            && self.para.tokens.get(i - 1).is_some_and(|t| t.is_comma())
            && self
                .para
                .tokens
                .get(i - 2)
                .is_some_and(|t| matches!(t.norm.as_str(), "»" | "”" | "\""));
        if credits_marks && actor.explicit {
            self.ctx.last_speaker = Some((self.para.index, actor.clone()));
        }
        // "قدمت مصر مقترحا إلى حركة حماس، التي أعلنت أنها ستدرسه": a speech verb with no
        // subject of its own right after a relative pronoun speaks for the name the relative
        // clause is on (right before the pronoun, or before a comma).
        let relative = matches!(pos, Pos::Verb | Pos::Present) && self.after_relative(i);
        if relative && !actor.explicit {
            let antecedent = self.relative_antecedent(i, false);
            if let Some(e) = antecedent {
                actor = Actor {
                    explicit: false,
                    ..Actor::named(self, e)
                };
            }
        }
        // "يقولون إن …"، "وأضافوا أن": a plural verb with no subject of its own is no one person.
        let plural = self.para.word(i).is_some_and(|w| {
            let w = bare(w);
            w.ends_with("وا") || ((w.starts_with('ي') || w.starts_with('ت')) && w.ends_with("ون"))
        });
        let person = |e: Option<usize>| {
            e.and_then(|e| self.entities.get(e))
                .is_some_and(|e| e.kind == EntityType::Person)
        };
        if plural
            && !actor.explicit
            && matches!(pos, Pos::Verb | Pos::Present)
            && person(actor.entity)
        {
            actor = Actor {
                entity: None,
                text: Some(self.para.text(i, i + 1)),
                explicit: false,
                end: None,
            };
        }
        // "قال المحلل منير السعد … وذكرت صحيفة … وأضافت أن": a verb with no subject of its own
        // agrees with whom it goes on with; a person a verb of the other gender named is not
        // them. A person named by a verb takes its gender.
        // ("ونقلت الصحيفة عن سامر قوله": a verb of reporting agrees with the medium before
        // عن, not with the one it reports, whose gender it does not give.)
        let reported_from = self
            .para
            .word(i)
            .is_some_and(|w| bare(w).starts_with("نقل"))
            && actor
                .end
                .is_some_and(|end| (i + 1..end).any(|j| self.para.word(j) == Some("عن")));
        let feminine = self
            .para
            .word(i)
            .and_then(|w| verb_feminine(w, pos))
            .filter(|_| !reported_from);
        if let (Some(f), Some(e)) = (feminine, actor.entity.filter(|&e| person(Some(e)))) {
            if actor.explicit {
                self.ctx.feminine.insert(e, f);
            } else if self.ctx.feminine.get(&e) == Some(&!f) {
                actor = Actor {
                    entity: None,
                    text: Some(self.para.text(i, i + 1)),
                    explicit: false,
                    end: None,
                };
            }
        }
        // "وقال سامر: «…». وأشار إلى أن المكاسب التي حققتها المقاومة … وأشار إلى أن": a
        // masculine verb with no subject of its own does not go on with a body of a feminine
        // name (one his words named); the man who spoke last, here or in the paragraph
        // before, goes on.
        if feminine == Some(false) && !actor.explicit && actor.end.is_none() {
            let body = actor.entity.filter(|&e| self.feminine_body(e));
            let last = self
                .ctx
                .last_speaker
                .as_ref()
                .filter(|(p, _)| self.para.index <= p + 1)
                .and_then(|(_, a)| a.entity.map(|e| (e, a)))
                .filter(|(e, _)| person(Some(*e)) && self.ctx.feminine.get(e) != Some(&true))
                .map(|(_, a)| a.clone());
            if let (Some(_), Some(last)) = (body, last) {
                actor = Actor {
                    explicit: false,
                    end: None,
                    ..last
                };
            }
        }
        // "قال مسؤول …"، "أكد قائد الدفاع المدني …" (a title that fits nobody named): an
        // unnamed speaker is now the one a later verb with no subject of its own goes on with,
        // not whoever was named before them.
        if (actor.explicit || actor.end.is_some())
            && actor.entity.is_none()
            && !relative
            && matches!(pos, Pos::Verb | Pos::Present)
        {
            self.ctx.subject = None;
        }
        if actor.entity.is_some() && matches!(pos, Pos::Verb | Pos::Present) && !relative {
            self.verb_subject = Some(actor.clone());
        }
        // "من جانبه، قال …": the pronoun names the last subject; keep the words.
        if !actor.explicit && actor.entity.is_some() {
            if let Some(t) = self.pronoun_lead() {
                actor.text = Some(t);
            }
        }
        let end = self.window_end(i, true);
        // (After such an apposition the words begin at its colon, past the window.)
        let end = apposed.and_then(|(_, colon)| colon).unwrap_or(end);
        let next = self.para.tokens.get(end).cloned();
        // "وقال X لـ«الشرق الأوسط»: «…»"، "وقال X، محامي مؤسسة «Y»: «…»": a short marked name
        // in the attribution is passed over to the colon or complementizer after it.
        let passed = self.passed_marks(end);
        let (end, next) = match passed {
            Some(after) => (after, self.para.tokens.get(after).cloned()),
            None => (end, next),
        };
        let mut emitted = false;
        // "نفت الوزارة أن تكون قواتها قد قصفت …": what is denied is negated.
        let denial = self.para.word(i).is_some_and(|w| {
            let w = bare(w);
            w.starts_with("نف") || w.starts_with("ينف") || w.starts_with("تنف")
        });
        if denial
            && next
                .as_ref()
                .is_some_and(|t| t.kind == TokenKind::Word && is_complementizer(&t.norm))
        {
            self.denied = Some(end);
        } else if denial && matches!(pos, Pos::Verb | Pos::Present) {
            // "نفى الجيش استهداف المدنيين": the act denied is negated, the denier its actor.
            self.last_emitted = Some((i, true));
        }
        // "…، كما قال المتحدث": the clause before is the speaker's.
        // "…، هذا ما أعلنه الوزير": words pointing back credit the clause before as كما does
        // (not a denial: "هذا ما نفاه" denies it).
        let this_is_what = i > self.range.start + 1
            && !denial
            && self.para.word(i - 1) == Some("ما")
            && self
                .para
                .word(i - 2)
                .is_some_and(|w| matches!(w, "هذا" | "وهذا"));
        let as_said = i > self.range.start
            && self
                .para
                .word(i - 1)
                .is_some_and(|w| matches!(bare(w), "كما" | "حسبما" | "مثلما"));
        // "…، على ما أعلنه الجيش": على ما credits the clause before as كما does.
        let ala_ma = i > self.range.start + 1
            && !denial
            && self.para.word(i - 1) == Some("ما")
            && self.para.word(i - 2).is_some_and(|w| bare(w) == "علي");
        // "الحكومة لن تتراجع، يقول الوزير، …": a verb right after a comma, with its named
        // speaker and nothing else before the next comma or stop, credits the clause before,
        // when that clause has no speech verb of its own.
        let inverted = i > self.range.start
            && matches!(pos, Pos::Verb | Pos::Present)
            // (Verbs of saying only: "كشف X، نائب الرئيس"، "ويدعى فيصل،"، "وكتب المفكر X،" are
            // no credit of the clause before.)
            && self.para.word(i).is_some_and(|w| {
                matches!(
                    bare(w),
                    "قال" | "قالت" | "يقول" | "تقول" | "اضاف" | "اضافت" | "يضيف" | "تضيف"
                        | "اكد" | "اكدت" | "يوكد" | "توكد" | "اوضح" | "اوضحت" | "يوضح" | "توضح"
                )
            })
            && actor.explicit
            && actor.entity.is_some()
            // (The speaker's words follow the verb with no stop: not "وأضاف عليه، وأعاده لمكتب
            // كيسنجر".)
            && actor.end.is_some_and(|e| {
                (i + 1..e).all(|k| {
                    self.para
                        .tokens
                        .get(k)
                        .is_some_and(|t| t.kind == TokenKind::Word)
                })
            })
            && !self.para.word(i + 1).is_some_and(is_prep_pronoun)
            && self
                .para
                .tokens
                .get(i - 1)
                .is_some_and(|t| t.is_comma())
            && actor.end.is_some_and(|e| {
                self.para
                    .tokens
                    .get(e)
                    .is_none_or(|t| matches!(t.norm.as_str(), "،" | "," | "." | "؛"))
                    // ("وفي تصريحات أمس، قال كاميرون، أمس، إنه": the complementizer may
                    // still come after a comma, anywhere in the sentence.)
                    && !(e..self.range.end).any(|k| {
                        // (Not "، مضيفا أن": a participle's complementizer opens its own words.)
                        let participle = self
                            .para
                            .hits
                            .get(k.wrapping_sub(1))
                            .copied()
                            .flatten()
                            .is_some_and(|h| h.pos == Pos::Participle);
                        self.para.tokens.get(k).is_some_and(|t| {
                            t.is_punct(':')
                                || (t.kind == TokenKind::Word
                                    && is_complementizer(&t.norm)
                                    && !participle)
                        })
                    })
            })
            // A clause of five words or more that opens with no preposition ("من جهة أخرى،"
            // and "وفي تصريحات أمس،" are where or when, not what was said).
            && (self.range.start..i - 1)
                .filter(|&k| self.para.word(k).is_some())
                .count()
                >= 5
            && self
                .para
                .word(self.range.start)
                .is_some_and(|w| {
                    !PREPOSITIONS.contains(&bare(w))
                        && !names_nobody(w)
                        && !in_list(w, ACCORDING)
                })
            && (self.range.start..i - 1).all(|k| {
                !self.para.inside_quote(k)
                    && self
                        .para
                        .hits
                        .get(k)
                        .copied()
                        .flatten()
                        .is_none_or(|h| !matches!(h.role, Role::Speech { .. }))
            });
        // ("أو كما يقولون في أمثالهم: «…»": a colon after a credit that names nobody opens the
        // words it gives; "…، كما تقول X صاحبة المحل: «…»" credits both.)
        let colon_after = next.as_ref().is_some_and(|t| t.is_punct(':')) && actor.entity.is_none();
        let as_said = (as_said || this_is_what || ala_ma || inverted) && !colon_after;
        if as_said {
            let comma = (self.range.start..i)
                .rev()
                .find(|&k| self.para.tokens.get(k).is_some_and(|t| t.is_comma()));
            if let Some(c) = comma {
                let words = (self.range.start..c)
                    .filter(|&k| self.para.word(k).is_some())
                    .count();
                if let (true, Some(a), Some(b)) = (
                    words >= 3,
                    self.para.tokens.get(self.past_dateline(self.range.start)),
                    c.checked_sub(1).and_then(|e| self.para.tokens.get(e)),
                ) {
                    let (cs, ce) = (a.start, b.end);
                    if !self.para.indirect.iter().any(|&(s, e)| s < ce && cs < e) {
                        self.para.indirect.push((cs, ce));
                        let text = slice(&self.para.chars, cs, ce).trim().to_string();
                        // ("…، على ما أفاد صحافيو الوكالة": words that name nobody are the
                        // credit's speaker, not the last subject.)
                        let credited = if ala_ma && !actor.explicit {
                            let to = (i + 1..end)
                                .take_while(|&k| self.para.word(k).is_some())
                                .last()
                                .map_or(i + 1, |k| k + 1);
                            Actor {
                                text: Some(self.para.text(i + 1, to)),
                                ..Actor::unnamed()
                            }
                        } else {
                            actor.clone()
                        };
                        self.push_quote(&credited, text, false);
                        emitted = true;
                    }
                }
            }
        }
        // "دون أن تعلق", "قبل أن يغادر": أن after a preposition of time or manner opens no
        // reported speech.
        let after_time = end > 0
            && self
                .para
                .word(end - 1)
                .is_some_and(|w| matches!(bare(w), "دون" | "بدون" | "قبل" | "بعد"));
        // "غير أن الفصائل لم تعلن"، "إلا أن"، "رغم أن": a conjunction's أن opens no reported
        // speech; nor does "على أن" (provided that) after words of the verb's own clause
        // ("عرضت استضافة الجولة، على أن تنطلق"), unlike "شدد على أن" right after the verb.
        // The verb's direct object right after its speaker ("أعلنت السلطات تعبئة ألف متطوع"،
        // "عرضت قطر استضافة الجولة"): an indefinite word that is no preposition, filler,
        // title or name. Appositions, places and times ("القائد بالجيش"، "في مقال"، "أثناء
        // تسوقه") are not objects.
        let object_between = |from: usize, to: usize| {
            (from..to)
                .find(|&k| self.para.word(k).is_some())
                .is_some_and(|k| {
                    self.para.word(k).is_some_and(|w| {
                        !names_nobody(w)
                            && !PREPOSITIONS.contains(&bare(w))
                            && !definite(w)
                            && !title_word(w)
                            && !is_prep_pronoun(w)
                            && !matches!(bare(w), "امام" | "عبر" | "اثناء" | "لدي" | "عقب" | "بعد")
                            && !w.starts_with('ل')
                            && !w.starts_with('ب')
                            && self.para.span_at.get(k).copied().flatten().is_none()
                            && !self.para.spans.iter().any(|s| s.first < k && k < s.last)
                    })
                })
        };
        let speaker_end = actor.end.unwrap_or(i + 1).max(i + 1);
        let conjunction = end > 0
            && self.para.word(end - 1).is_some_and(|w| {
                matches!(bare(w), "غير" | "الا" | "رغم" | "برغم" | "بيد" | "لولا")
                    || (bare(w) == "علي" && object_between(speaker_end, end - 1))
            });
        let after_time = after_time || conjunction;
        let quotes_before = self.quotes.len();
        // "نفت الوزارة أن تكون قواتها قصفت …"، "نفت الحكومة «أي صلة لها بالهجوم»": a denial
        // right before its complementizer or marks reports no words of the denier; the act
        // denied is coded negated, and no quote is given (make_dev16.py's header onward).
        let denied_words = denial
            && next.as_ref().is_some_and(|t| {
                (t.kind == TokenKind::Word && is_complementizer(&t.norm))
                    || matches!(t.norm.as_str(), "«" | "“" | "\"")
            });
        // "وردّ الوزير واصفا التقرير بأنه «…»": the بأن after a participle or verb of describing
        // is its own (وصف … بأنه characterizes, the guide's no-quote), not the speech verb's.
        let described = next.as_ref().is_some_and(|t| {
            t.kind == TokenKind::Word
                && is_complementizer(&t.norm)
                && bare(&t.norm).starts_with('ب')
        }) && (i + 1..end).any(|k| self.para.word(k).is_some_and(describing));
        if let Some(next) = next.filter(|_| !after_time && !described) {
            if next.kind == TokenKind::Word && is_complementizer(&next.norm) {
                emitted = self.quote_after(end + 1, &actor, false, i);
            } else if next.is_punct(':') {
                emitted = self.quote_after(end + 1, &actor, true, i);
            } else if matches!(next.norm.as_str(), "«" | "“" | "\"") {
                // "واعتبره «منعدما»", "مشيرة إلى «مخاطر عالية»": a word or two in marks right
                // after the verb characterize; they are no quote.
                let words = self
                    .para
                    .quotes
                    .iter()
                    .find(|q| q.open_tok == end)
                    .map_or(0, |q| q.words);
                // "أعلنت السلطات تعبئة ألف متطوع في صفوف «متطوعي الدفاع عن الوطن»": marks
                // after the verb's object name something; only the speaker and words of
                // where or how it was said may stand between a verb and its quote.
                let named = self
                    .para
                    .quotes
                    .iter()
                    .any(|q| q.open_tok == end && medium_mark(self.para, q));
                // "اتهمت الجمعية الشرطة بـ«استخدام مفرط للقوة»"، "أقرت الحكومة بـ«صعوبات في
                // الإمداد»": marks behind the preposition ب give a charge, a thing admitted,
                // praised or threatened, not the words of the verb's subject.
                let behind_bi = next.start > 0 && {
                    let c = &self.para.chars;
                    let mut k = next.start;
                    while k > 0 && c.get(k - 1).is_some_and(|&x| x == ' ' || x == 'ـ') {
                        k -= 1;
                    }
                    let alone =
                        |at: usize| at == 0 || c.get(at - 1).is_none_or(|x| !x.is_alphabetic());
                    k > 0
                        && c.get(k - 1) == Some(&'ب')
                        && (alone(k - 1) || (k >= 2 && c.get(k - 2) == Some(&'و') && alone(k - 2)))
                };
                // "واعتبرت الوزارة الخطوة «استفزازا غير مقبول»": marks after the object of a
                // verb of considering describe it (a quote only after أن).
                let considered = self.para.word(i).is_some_and(|w| {
                    let w = bare(w);
                    ["اعتبر", "يعتبر", "تعتبر", "معتبر"]
                        .iter()
                        .any(|p| w.starts_with(p))
                }) && ((speaker_end < end
                    && self.para.word(speaker_end).is_some_and(|w| {
                        !PREPOSITIONS.contains(&bare(w)) && !names_nobody(w) && !audience(w)
                    }))
                    // ("فاعتبره بعض العلماء «…»": the object a pronoun on the verb.)
                    || self.para.word(i).is_some_and(|w| {
                        let w = bare(w);
                        ["اعتبر", "يعتبر", "تعتبر"]
                            .iter()
                            .any(|p| w.starts_with(p) && w.len() > p.len())
                            && has_pronoun_suffix(w)
                    }));
                if words >= 3
                    && !object_between(speaker_end, end)
                    && !named
                    && !behind_bi
                    && !considered
                {
                    emitted = self.quote_after(end, &actor, true, i);
                }
            }
        }
        if denied_words {
            self.quotes.truncate(quotes_before);
        }
        // (A speech verb of a relative clause that reports nothing, "القانون الذي أقره
        // البرلمان", is no speaker for the verbs after it.)
        if emitted || (actor.explicit && !relative) {
            if let Some(e) = actor.entity {
                if actor.explicit {
                    self.note_subject(e);
                }
            }
            self.speaker = Some(actor.clone());
        }
        // ("وأعلنت استعدادها": a statement whose subject the و continues.)
        let continued = !actor.explicit && self.joined_subject(i).is_some();
        // "أعلن الجيش أن قواته …", "…، وفق ما أعلنه الجيش": reported speech is a quote, and
        // saying it is no statement event of its own.
        // "أعلنت الحركة مسؤوليتها عن الهجوم": a statement verb is an event of its own only
        // when it claims an act; with a noun object it announces an act (coded as that act)
        // or a fact, which is no event.
        let claims = (i + 1..(i + 8).min(self.range.end))
            .any(|k| self.para.word(k).is_some_and(names_responsibility));
        if statement && !emitted && claims && (actor.explicit || continued) {
            let first = self.events.len();
            // A statement's content is not its target.
            self.emit("010", i, &actor, None, false);
            // "أعلنت إثيوبيا والصومال": both state it.
            if let Some(co) = self.co_subject(i, "010", &actor) {
                let other = Actor {
                    entity: Some(co.entity),
                    text: None,
                    explicit: true,
                    end: None,
                }
                .with_text_of(self, co.entity);
                self.emit("010", i, &other, None, false);
            }
            self.ctx.statement = Some((self.para.index, i, first..self.events.len()));
            self.ctx.claim = Some((self.para.index, i, actor.clone()));
            self.claimed_act(i, &actor);
        }
    }

    /// "واختتم سامي ناصر حديثه بالقول: «…»"، "ومضى بالقول إن …"، "وصف الشاعر الحال بقوله:
    /// «…»": the noun of saying `بالقول`/`بقوله` at `k` makes the words after it (after a
    /// colon, a complementizer or an opening mark) a quote of the subject of the verb that
    /// opens the sentence, when no speech verb of the sentence stands before it: the person or
    /// body the verb names, else, when only words of its own (`حديثه`، `تصريحاته`، `عليه`)
    /// stand between the verb and the noun, the last speaker or subject. A subject that names
    /// nobody of the article (`وعبر أحد الفائزين بقوله`) leaves the quote nobody's.
    fn said_by_saying(&mut self, k: usize) {
        let start = self.range.start;
        if k <= start || k > start + 12 || self.para.inside_quote(k) {
            return;
        }
        // A speech verb before it in the sentence gave the words their speaker already.
        let spoken = (start..k).any(|j| {
            self.para
                .hits
                .get(j)
                .copied()
                .flatten()
                .is_some_and(|e| matches!(e.role, Role::Speech { .. }))
        });
        if spoken || self.conditional(k) {
            return;
        }
        // Where the words start: after a colon or complementizer, or at an opening mark.
        let mut at = k + 1;
        if self
            .para
            .tokens
            .get(at)
            .is_some_and(|t| t.is_punct('،') || t.is_punct(','))
        {
            at += 1;
        }
        let Some(next) = self.para.tokens.get(at) else {
            return;
        };
        let (from, after_colon) = if next.is_punct(':') {
            (at + 1, true)
        } else if next.kind == TokenKind::Word && is_complementizer(&next.norm) {
            (at + 1, false)
        } else if matches!(next.norm.as_str(), "«" | "“" | "\"") {
            (at, true)
        } else {
            return;
        };
        // The verb opens the sentence, after a particle at most ("لكنها ردت", "ثم ختم").
        let mut v = start;
        if self.para.word(v).is_some_and(|w| {
            matches!(
                bare(w),
                "لكن"
                    | "لكنه"
                    | "لكنها"
                    | "ثم"
                    | "كما"
                    | "فيما"
                    | "بينما"
                    | "حيث"
                    | "قد"
            )
        }) {
            v += 1;
        }
        // (The verb is a word of three letters or more in the third person: "نختم بالقول"
        // is the writer's own.)
        let third_person = self.para.word(v).is_some_and(|w| {
            bare(w).chars().count() >= 3 && !matches!(bare(w), "نختم" | "اختم" | "نكتفي" | "اكتفي")
        });
        if v >= k || !third_person {
            return;
        }
        // Only words of the verb's own (a noun or preposition with a pronoun, a bare
        // preposition: "ومضى في حديثه بقوله") stand between: the subject is implied.
        let own_words = (v + 1..k).all(|j| {
            self.para.word(j).is_some_and(|w| {
                is_prep_pronoun(w)
                    || PREPOSITIONS.contains(&bare(w))
                    || (has_pronoun_suffix(w)
                        && self.para.span_at.get(j).copied().flatten().is_none())
            })
        });
        // ("وأشاد بقيادة الرئيس بقوله": a name behind a preposition is no subject.)
        let behind_prep = self.para.span_at.get(v + 1).copied().flatten().is_none()
            && self
                .para
                .word(v + 1)
                .is_some_and(|w| w.starts_with('ب') || w.starts_with('ل'));
        let actor = if own_words {
            // (An implied subject is a person or body that spoke, not a place.)
            let a = self.implicit(v);
            let place = a
                .entity
                .and_then(|e| self.entities.get(e))
                .is_some_and(|e| e.kind == EntityType::Location);
            if place {
                Actor {
                    entity: None,
                    text: None,
                    explicit: false,
                    end: None,
                }
            } else {
                a
            }
        } else {
            let a = self.subject_of(v, Pos::Verb, true);
            // (A name the tagger ran into the noun, "الزايد بقوله", still names the subject;
            // a subject resolved from earlier words is not the one this verb names.)
            if a.entity.is_none() || !a.explicit || behind_prep || a.end.is_some_and(|e| e > k + 1)
            {
                Actor {
                    entity: None,
                    text: None,
                    explicit: true,
                    end: None,
                }
            } else {
                a
            }
        };
        if self.quote_after(from, &actor, after_colon, v) {
            if let Some(e) = actor.entity.filter(|_| actor.explicit) {
                self.note_subject(e);
            }
            self.speaker = Some(actor);
        }
    }

    /// A claim that points back ("أعلنت الحركة المسؤولية عنه"، "تبنت الحركة العملية") gives the
    /// claimant to the last act of force told in the paragraph, when that act had no source.
    fn claimed_told_act(&mut self, actor: &Actor) {
        let Some(e) = actor.entity else {
            return;
        };
        let id = self.entities.get(e).map(|x| x.id.clone());
        let country = self.country_of(e);
        let para = self.para.index;
        let told = self
            .events
            .iter_mut()
            .rev()
            .take_while(|x| x.paragraph == para)
            .find(|x| matches!(x.code.get(..2), Some("18" | "19" | "20")));
        if let Some(x) = told.filter(|x| x.source.is_none() && x.target != id) {
            x.source = id;
            x.source_country = country;
        }
    }

    /// True when the noun at `i` is what a claim of responsibility takes ("مسؤوليتها عن
    /// إطلاق صاروخين"): the claim is the noun's cue, as a support verb is.
    fn claimed_noun(&self, i: usize) -> bool {
        i >= 2
            && self.para.word(i - 1).is_some_and(|w| w == "عن")
            && self.para.word(i - 2).is_some_and(claims_responsibility)
            && self.ctx.claim.as_ref().is_some_and(|(p, k, _)| {
                *p == self.para.index && self.range.start <= *k && *k < i && !self.negated(*k)
            })
    }

    /// The act a claim of responsibility at `i` names, when the words do not make it an event
    /// by themselves. "…، وهو هجوم أعلنت الحركة المسؤولية عنه": a claim that points back with
    /// a pronoun gives its claimant to the attack told before in the paragraph when it had no
    /// source. "أعلنت الجماعة مسؤوليتها عن ضرب ناقلة"، "… عن إطلاق صاروخين على …": the verbal
    /// noun a claim takes is an attack (read as `هجوم`), whatever else the word may mean.
    fn claimed_act(&mut self, i: usize, actor: &Actor) {
        // (Past a time set off by commas: "أعلنت الجماعة، الأربعاء، مسؤوليتها عن".)
        // ("ولم يعلن أي طرف مسؤوليته عنها": no claim.)
        if self.negated(i) {
            return;
        }
        let Some(r) = (i + 1..(i + 8).min(self.range.end))
            .find(|&k| self.para.word(k).is_some_and(claims_responsibility))
        else {
            return;
        };
        let Some(after) = self.para.word(r + 1).map(bare) else {
            return;
        };
        if matches!(after, "عنه" | "عنها" | "عنهما") {
            self.claimed_told_act(actor);
            return;
        }
        let k = r + 2;
        let attack = after == "عن"
            && self.para.hits.get(k).copied().flatten().is_none()
            && self.para.span_at.get(k).copied().flatten().is_none()
            && self
                .para
                .word(k)
                .map(bare)
                .is_some_and(|w| matches!(w, "ضرب" | "اطلاق" | "مهاجمه" | "اسقاط" | "قنص"));
        if !attack {
            return;
        }
        let entry = Lexicon::builtin().lookup("هجوم").and_then(|h| {
            h.entries.iter().find(|e| {
                e.pos == Pos::Noun
                    && e.objects.is_empty()
                    && matches!(&e.role, Role::Event(c) if c == "190")
            })
        });
        if let (Some(entry), Some(slot)) = (entry, self.para.hits.get_mut(k)) {
            *slot = Some(entry);
        }
    }

    /// When a short marked name (`لـ«الشرق الأوسط»`) or a medium's name in marks (`صحيفة «نيويورك
    /// ديلي نيوز»`) opens at token `end`, where the attribution resumes after it: the colon or
    /// complementizer right after it (or its comma), after a phrase of where it was said
    /// (`في افتتاحيتها`), or after a medium's name, a time too (`«الغد» أمس، أن`). None when
    /// something else follows the marks (`«سبق»، الأستاذ علي الحازمي:` names the speaker).
    fn passed_marks(&self, end: usize) -> Option<usize> {
        let opens_at = |k: usize| {
            self.para.tokens.get(k).is_some_and(|t| {
                t.is_punct(':') || (t.kind == TokenKind::Word && is_complementizer(&t.norm))
            })
        };
        let q = self
            .para
            .quotes
            .iter()
            .find(|q| q.open_tok == end && (q.words < 3 || medium_mark(self.para, q)))?;
        let after = q.close_tok + 1;
        let comma = self.para.tokens.get(after).is_some_and(|t| t.is_comma());
        let after = after + usize::from(comma);
        if opens_at(after) {
            return Some(after);
        }
        let medium = medium_mark(self.para, q);
        let where_said = self
            .para
            .word(after)
            .is_some_and(|w| matches!(bare(w), "في" | "عبر"));
        if !medium && !where_said {
            return None;
        }
        // (Not past a name or a title: "«سبق»، الأستاذ علي الحازمي:" names the speaker.)
        let mut k = after;
        while k < after + 4
            && self.para.tokens.get(k).is_some_and(|t| {
                (t.kind == TokenKind::Word
                    && !is_complementizer(&t.norm)
                    && !title_word(&t.norm)
                    && self.para.span_at.get(k).copied().flatten().is_none())
                    || (medium && t.is_comma())
            })
        {
            k += 1;
        }
        opens_at(k).then_some(k)
    }

    /// The organization that authored the carrier of the words after the verb at `i`, named
    /// after ل ("كشف تقرير لفريق الخبراء أن"، "هذا ما خلص إليه تقرير للمجموعة": a preposition
    /// with a pronoun may stand between the verb and the carrier).
    fn carrier_author(&self, i: usize) -> Option<usize> {
        let mut c = i + 1;
        if self.para.word(c).is_some_and(is_prep_pronoun) {
            c += 1;
        }
        if !self
            .para
            .word(c)
            .is_some_and(|w| in_list(bare(w), SPEECH_CARRIERS))
        {
            return None;
        }
        // ("أكد بيان صادر عن هيئة الطيران أن": the issuer after صادر عن/من.)
        let issued = self
            .para
            .word(c + 1)
            .is_some_and(|w| matches!(bare(w), "صادر" | "صادره" | "الصادر" | "الصادره"))
            && self
                .para
                .word(c + 2)
                .is_some_and(|w| matches!(w, "عن" | "من"));
        if issued {
            c += 2;
        } else {
            self.para.word(c + 1).filter(|w| w.starts_with('ل'))?;
        }
        self.para
            .span_at
            .get(c + 1)
            .copied()
            .flatten()
            .and_then(|si| self.para.span_entity(si))
            .filter(|&e| self.entities.get(e).map(|x| x.kind) == Some(EntityType::Organization))
    }

    /// The state whose nationality the carrier of the words right after the verb at `i` bears
    /// (`وأوضح بيان رسمي تونسي أن`، `قال بلاغ مصري إن`): a carrier noun, `رسمي` or not, then an
    /// indefinite nisba of a state, then the complementizer or a comma.
    fn carrier_nationality(&self, i: usize) -> Option<usize> {
        let mut c = i + 1;
        if !self
            .para
            .word(c)
            .is_some_and(|w| in_list(bare(w), SPEECH_CARRIERS))
        {
            return None;
        }
        c += 1;
        if self.para.word(c).is_some_and(|w| bare(w) == "رسمي") {
            c += 1;
        }
        let w = self.para.word(c)?;
        if definite(w) || !(w.ends_with('ي') || w.ends_with("ية") || w.ends_with("يه")) {
            return None;
        }
        let s = self
            .para
            .span_at
            .get(c)
            .copied()
            .flatten()
            .and_then(|si| self.para.spans.get(si))
            .filter(|s| s.first == c && !s.behind_prep)?;
        let after = self.para.tokens.get(s.last);
        let ends = self.para.word(s.last).is_some_and(is_complementizer)
            || after.is_some_and(|t| t.is_comma());
        let e = self.entities.get(s.entity)?;
        (ends && e.kind == EntityType::Location && state_actor(e)).then_some(s.entity)
    }

    /// Who speaks in the carrier a pronoun after the verb at `i` points back to ("أصدر المجلس
    /// بيانا …، أكد فيه أن"، "التصريحات التي أدلى بها الوزير X … والتي ادعى فيها أن"): a
    /// person named between the carrier noun and the verb (who gave it), else the first name
    /// before the carrier in the sentence, not behind a preposition (who issued it).
    fn said_in_carrier(&self, i: usize) -> Option<usize> {
        self.para
            .word(i + 1)
            .filter(|w| matches!(*w, "فيه" | "فيها" | "به" | "بها"))?;
        // (Also where the words were said: "في لقاء تلفزيوني وقال فيه إن".)
        let carrier = |w: &str| {
            let w = bare(w);
            [w, w.strip_suffix('ا').unwrap_or(w)].iter().any(|x| {
                in_list(x, SPEECH_CARRIERS) || in_list(x, SAID_IN) || in_list(x, &["لقاء"])
            })
        };
        let c = (self.range.start..i)
            .rev()
            .find(|&k| self.para.word(k).is_some_and(carrier))?;
        let kind = |s: &Span| self.entities.get(s.entity).map(|e| e.kind);
        let giver = self
            .para
            .spans
            .iter()
            .filter(|s| s.first > c && s.last <= i && kind(s) == Some(EntityType::Person))
            .max_by_key(|s| s.first)
            .map(|s| s.entity);
        // (Not a dateline: "طرابلس - أصدر المجلس".)
        let dateline = |s: &Span| {
            self.para
                .tokens
                .get(s.last)
                .is_some_and(|t| matches!(t.norm.as_str(), "-" | "–" | "—"))
        };
        giver.or_else(|| {
            self.para
                .spans
                .iter()
                .filter(|s| {
                    s.first >= self.range.start && s.last <= c && !s.behind_prep && !dateline(s)
                })
                .min_by_key(|s| s.first)
                .map(|s| s.entity)
        })
    }

    /// A definite person description that names no one (`a`, at `j`) but holds a body's head
    /// noun before `end` (`مدير الوكالة`، `الممثلة العليا … في الاتحاد`) speaks for that body
    /// ([`Self::body_head`]). An indefinite one (`مسؤول في الوزارة`) stays unnamed.
    fn described_body(&self, a: Actor, j: usize, end: usize) -> Actor {
        if a.entity.is_some() || a.explicit {
            return a;
        }
        let mut k = j + 1;
        while k < end.min(j + 7) {
            let Some(w) = self.para.word(k) else { break };
            if is_complementizer(w) || self.para.span_at.get(k).copied().flatten().is_some() {
                break;
            }
            if let Some(b) = self.body_head(k) {
                return Actor {
                    entity: Some(b),
                    ..a
                };
            }
            k += 1;
        }
        a
    }

    /// The body a definite head noun at `k` stands for when no name follows it (`الوكالة`،
    /// `للجيش`): the last organization of the article whose name holds it, else the name
    /// right after the same head earlier in the paragraph (`الجيش اللبناني` → Lebanon).
    ///
    /// Not matched: `الخارجية`، `الداخلية` (adjectives as often as ministries).
    fn body_head(&self, k: usize) -> Option<usize> {
        let w = self.para.word(k)?;
        let head = text::clitic_candidates(w)
            .iter()
            .filter(|c| c.article)
            .find_map(|c| {
                ORG_DESCRIPTIONS
                    .iter()
                    .find(|h| **h == c.form && !matches!(**h, "خارجيه" | "داخليه"))
            })
            .copied()?;
        if self.para.span_at.get(k + 1).copied().flatten().is_some() {
            return None;
        }
        self.org_named(head).or_else(|| {
            (0..k).rev().find_map(|m| {
                let same = self.para.word(m).is_some_and(|x| {
                    text::clitic_candidates(x)
                        .iter()
                        .any(|c| c.article && c.form == head)
                });
                same.then(|| self.para.span_at.get(m + 1).copied().flatten())
                    .flatten()
                    .and_then(|si| self.para.spans.get(si))
                    .filter(|s| !s.behind_prep)
                    .map(|s| s.entity)
            })
        })
    }

    /// "من جانبه،", "من جهتها،", "بدوره،" at the start of the sentence.
    fn pronoun_lead(&self) -> Option<String> {
        let first = self.range.start;
        let w0 = self.para.word(first).map(bare)?;
        if w0 == "من" {
            let w1 = self.para.word(first + 1)?;
            if w1.starts_with("جانب") || w1.starts_with("جهت") {
                return Some(self.para.text(first, first + 2));
            }
        }
        if w0.starts_with("بدور") {
            return Some(self.para.text(first, first + 1));
        }
        None
    }

    /// Emits the quote that starts at token `k` (after a complementizer or colon): the quoted
    /// span opening there, else the rest of the clause. Returns whether a quote was emitted.
    fn quote_after(&mut self, k: usize, actor: &Actor, after_colon: bool, trigger: usize) -> bool {
        // "قال في تصريح: إن الجزائر …": the complementizer after the colon is not quoted.
        let k = if after_colon
            && self
                .para
                .tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Word && is_complementizer(&t.norm))
        {
            k + 1
        } else {
            k
        };
        // A quotation mark opening the clause: a direct quote. Marks after some words of
        // reported speech ("إن الحكم «سياسي» وإن …") quote part of it: the whole clause is
        // what was said.
        let limit = k + 1;
        let q = self.para.quotes.iter().position(|q| {
            q.open_tok >= k && q.open_tok < limit && q.open_tok < self.range.end.max(k + 1)
        });
        if let Some(qi) = q {
            let free = !self.para.quote_used.get(qi).copied().unwrap_or(true);
            // The quoted words were already taken ("قال X في بيان تلاه إن «…»" reaches them
            // twice): they are not reported again.
            if !free {
                return false;
            }
            // (`بحسب ما ذكرت "ذا ويكلي ستار" التي رأت أن`: marks right after the verb with the
            // clause going on after them name its subject; they are no quote, and the words
            // after them are no reported speech of this verb.)
            if self
                .para
                .quotes
                .get(qi)
                .is_some_and(|q| q.open_tok == k && name_after_report_verb(&*self.para, q))
            {
                return false;
            }
            let words = self.para.quotes.get(qi).map(|q| q.words).unwrap_or(0);
            // ("إنها «تتابع بقلق بالغ» تقارير عن …": a word right after the closing mark goes
            // on with the reported clause; the marks open it but the clause is what was said.)
            // (Not when other marks open later in the sentence: "«…» ولكنه أضاف «…»" are two.)
            let goes_on = !after_colon
                && self.para.quotes.get(qi).is_some_and(|q| {
                    self.para
                        .tokens
                        .get(q.close_tok + 1)
                        .is_some_and(|t| t.kind == TokenKind::Word)
                        && !self
                            .para
                            .quotes
                            .iter()
                            .any(|p| p.open_tok > q.close_tok && p.open_tok < self.range.end)
                });
            if free && !goes_on && (words >= MIN_ATTACHED_QUOTE_WORDS || after_colon) {
                if let Some(u) = self.para.quote_used.get_mut(qi) {
                    *u = true;
                }
                let text = self
                    .para
                    .quotes
                    .get(qi)
                    .map(|q| q.text.clone())
                    .unwrap_or_default();
                self.push_quote(actor, text, true);
                return true;
            }
        }
        // The rest of the sentence, up to the next attribution or a contrasting clause after a
        // comma ("…، في حين رحبت الحكومة", "…، بينما قالت الأخيرة").
        let mut end = self.range.end;
        for j in k..self.range.end {
            let after_comma = j > k && self.para.tokens.get(j - 1).is_some_and(|t| t.is_comma());
            let contrast = after_comma
                && self.para.word(j).is_some_and(|w| {
                    matches!(bare(w), "بينما" | "فيما")
                        || (bare(w) == "في" && self.para.word(j + 1) == Some("حين"))
                });
            // "…، في إشارة إلى …"، "…، في تصعيد جديد": the writer's framing of what was said.
            let framing = after_comma
                && self.para.word(j) == Some("في")
                && self
                    .para
                    .word(j + 1)
                    .is_some_and(|w| matches!(w, "اشاره" | "تصعيد" | "خطوه" | "تلميح"));
            // "…أن النظام «يقاتل للحفاظ على المدن»، وهي استراتيجية اتبعها منذ عام 2013": after
            // the marks that close the speaker's words, a clause on them is the writer's.
            let aside = after_comma
                && self.para.quotes.iter().any(|q| q.close_tok + 2 == j)
                && self
                    .para
                    .word(j)
                    .is_some_and(|w| matches!(w, "وهي" | "وهو" | "وهذا" | "وذلك"));
            let contrast = contrast || framing || aside;
            // "…، وفق ما جاء في بيان", "…، حسبما أفاد", "…، على حد تعبيره": a credit after
            // a comma names the source again and is not reported.
            let credit = after_comma && self.credits_clause_before(j);
            // ("إن العملية جاءت "ردا على الحصار"": a word of saying inside marks that open in
            // the reported speech is part of it.)
            let in_marks = self
                .para
                .quotes
                .iter()
                .any(|q| q.open_tok >= k && q.open_tok < j && j < q.close_tok);
            let speechy = j > trigger + 1
                && !in_marks
                && (contrast
                    || credit
                    || self.starts_attribution(j)
                    || (self.para.word(j).is_some_and(|w| in_list(w, ACCORDING))
                        && self.names_source(j + 1)));
            if speechy {
                end = j;
                break;
            }
        }
        while end > k
            && self.para.tokens.get(end - 1).is_some_and(|t| {
                t.kind == TokenKind::Punct && !matches!(t.norm.as_str(), "»" | "”" | "\"")
            })
        {
            end -= 1;
        }
        let words = (k..end).filter(|&j| self.para.word(j).is_some()).count();
        if words < 2 {
            return false;
        }
        let (Some(a), Some(b)) = (self.para.tokens.get(k), self.para.tokens.get(end - 1)) else {
            return false;
        };
        let (cs, ce) = (a.start, b.end);
        // "أوضح … في بيان أن …": the speech noun after the verb reports the same words.
        if self.para.indirect.iter().any(|&(s, e)| s < ce && cs < e) {
            return false;
        }
        let text = slice(&self.para.chars, cs, ce).trim().to_string();
        self.para.indirect.push((cs, ce));
        // Marks inside reported speech are part of it, not quotes of their own.
        for (qi, q) in self.para.quotes.iter().enumerate() {
            if q.open >= cs && q.close < ce {
                if let Some(u) = self.para.quote_used.get_mut(qi) {
                    *u = true;
                }
            }
        }
        self.push_quote(actor, text, after_colon);
        true
    }

    /// True when the speech word at `j` opens a new attribution, so that reported speech before
    /// it ends there: a participle (`، مضيفًا أن`), `كما قال`, or a verb whose subject is
    /// followed by أن/إن, a colon or a quotation mark (`وأضاف الوزير أن`). A speech verb inside
    /// the reported words (`أن الهجمات كشفت ثغرات`) does not end them.
    fn starts_attribution(&self, j: usize) -> bool {
        let Some(entry) = self.para.hits.get(j).copied().flatten() else {
            return false;
        };
        if !matches!(entry.role, Role::Speech { .. }) {
            return false;
        }
        if entry.pos == Pos::Participle {
            return true;
        }
        // "إن التحقيقات الأولية كشفت «…»": a verb after its own subject inside the reported
        // words is part of them; a new attribution opens its clause (after punctuation, with
        // و/ف, or after a particle).
        let opens_clause = j == self.range.start
            || self.para.tokens.get(j - 1).is_some_and(|p| {
                p.kind == TokenKind::Punct || VERB_LEADERS.contains(&bare(&p.norm))
            })
            || self
                .para
                .word(j)
                .is_some_and(|w| (w.starts_with('و') || w.starts_with('ف')) && bare(w) != w);
        if !opens_clause {
            return false;
        }
        let as_said = j
            .checked_sub(1)
            .and_then(|p| self.para.word(p))
            .is_some_and(|w| matches!(bare(w), "كما" | "حسبما" | "مثلما"));
        if as_said {
            return true;
        }
        let end = self.window_end(j, true);
        self.para.tokens.get(end).is_some_and(|t| {
            (t.kind == TokenKind::Word && is_complementizer(&t.norm))
                || matches!(t.norm.as_str(), ":" | "«" | "“" | "\"")
        })
    }

    /// True when the words from `j` name a source: a person or organization, a description,
    /// or a nameless source ("مصادر", "دبلوماسيين").
    fn names_source(&self, j: usize) -> bool {
        (j..j + 3).any(|k| {
            self.para
                .span_at
                .get(k)
                .copied()
                .flatten()
                .and_then(|si| self.para.span_entity(si))
                .and_then(|e| self.entities.get(e))
                .is_some_and(|e| e.kind != EntityType::Location)
                || self
                    .para
                    .word(k)
                    .is_some_and(|w| desc_stem(w).is_some() || in_list(w, SOURCE_WORDS))
        })
    }

    fn push_quote(&mut self, actor: &Actor, text: String, direct: bool) {
        let speaker = actor
            .entity
            .and_then(|e| self.entities.get(e))
            .map(|e| e.id.clone());
        self.ctx.last_speaker = Some((self.para.index, actor.clone()));
        // (A name the writer set in marks, `وأوضح "العمري" أن`, is given without its marks.)
        let speaker_text = actor.text.as_deref().map(|t| {
            t.trim_matches(|c: char| c.is_whitespace() || matches!(c, '«' | '»' | '"' | '“' | '”'))
                .to_string()
        });
        self.quotes.push(Quote {
            speaker,
            speaker_text: speaker_text.filter(|t| !t.is_empty()),
            text,
            direct,
            paragraph: self.para.index,
        });
    }

    /// True when the words at `j` credit the clause before them: an attribution preposition
    /// before `ما` (`وفق ما`، `بحسب ما`), `حسبما`, or `على حد` (`على حد قول`، `على حد تعبيره`).
    fn credits_clause_before(&self, j: usize) -> bool {
        let Some(raw) = self.para.word(j) else {
            return false;
        };
        // (`وفق` keeps its و: it is the word's own letter.)
        let w = bare(raw);
        let next = self.para.word(j + 1);
        (in_list(raw, ACCORDING) && next.is_some_and(|n| matches!(n, "ما" | "لما")))
            || w == "حسبما"
            || (w == "علي" && next == Some("حد"))
            || self.credit_with_ala_ma(j)
    }

    /// True when `على ما` at `i` credits the clause before it: right after a comma and before a
    /// verb of telling (`…، على ما ذكرته مصادر أمنية`). Without the comma it is mostly the
    /// object of a verb (`اطلع على ما نشرته الصحف`), no credit.
    fn credit_with_ala_ma(&self, i: usize) -> bool {
        self.para.word(i) == Some("علي")
            && self.para.word(i + 1) == Some("ما")
            && i.checked_sub(1)
                .and_then(|p| self.para.tokens.get(p))
                .is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "،" | ","))
            && self.credit_verb(i + 2)
    }

    /// "الاتفاق خطوة مهمة، على حد قول الرئيس" / "على حد تعبير الوزير، فإن …": `على حد` and a
    /// speech noun credit the clause as `بحسب` does; returns whether `i` opened one.
    fn as_put_by(&mut self, i: usize) -> bool {
        let opens = self.para.word(i).map(bare) == Some("علي")
            && self.para.word(i + 1) == Some("حد")
            && self
                .para
                .word(i + 2)
                .is_some_and(|w| matches!(w, "قول" | "تعبير" | "وصف"));
        if opens {
            self.according_from(i, i + 3);
        }
        opens
    }

    /// "بحسب المعهد،", "…، حسب المعهد الموريتاني", "وفقًا لمصادر": the clause is the source's.
    fn according(&mut self, i: usize) {
        let j = i + 1;
        self.according_from(i, j);
    }

    /// The source named from token `j` credits the clause before the attribution word at `i`
    /// (after the source's comma when `i` heads the sentence).
    fn according_from(&mut self, i: usize, j: usize) {
        let mut j = j;
        let w = self.para.word(i).map(bare).unwrap_or_default().to_string();
        if w == "نقلا" && self.para.word(j).is_some_and(|w| w == "عن") {
            j += 1;
        }
        if w == "وفقا" || w == "طبقا" {
            // "وفقًا لـ" may be written apart.
            if self.para.word(j).is_some_and(|w| w == "ل") {
                j += 1;
            }
        }
        // "بحسب ما أفادت مصادر": the source is the subject of the speech verb.
        // ("حسبما أفاد سكان" comes here past its verb.)
        let mut reported = w == "حسبما";
        if self
            .para
            .word(j)
            .is_some_and(|w| matches!(bare(w), "ما" | "لما"))
        {
            j += 1;
            if self.credit_verb(j) {
                j += 1;
                reported = true;
            }
        }
        // "وفق ما أفادت به مصادر"، "بحسب ما جاء في بيان الوزارة": the verb's preposition.
        if reported
            && self.para.word(j).is_some_and(|w| {
                matches!(w, "به" | "بها" | "في" | "عنه" | "عنها" | "اليه" | "اليها")
            })
        {
            j += 1;
        }
        let np_limit = (j + 6).min(self.range.end);
        let mut np_end = j;
        while np_end < np_limit
            && self
                .para
                .tokens
                .get(np_end)
                .is_some_and(|t| t.kind == TokenKind::Word)
            && self.para.word(np_end) != Some("فان")
        {
            np_end += 1;
        }
        // "حسب وزير الإعلام السوري رامي حداد": the person, not the nationality before the name.
        let in_np: Vec<Span> = (j..np_end)
            .filter_map(|k| self.para.span_at.get(k).copied().flatten())
            .filter_map(|si| self.para.spans.get(si).cloned())
            .collect();
        let kind_of = |s: &Span| self.entities.get(s.entity).map(|e| e.kind);
        let mention = in_np
            .iter()
            .find(|s| kind_of(s) == Some(EntityType::Person))
            .or_else(|| {
                in_np
                    .iter()
                    .find(|s| kind_of(s) == Some(EntityType::Organization))
            })
            .or_else(|| in_np.first())
            .cloned();
        let place = mention
            .clone()
            .filter(|s| kind_of(s) == Some(EntityType::Location));
        let described = place
            .as_ref()
            .and_then(|p| self.description(j, np_end.max(p.last), Some(p)));
        // "وفق بيان للرئاسة الجزائرية": a statement credits its author named after it, a
        // person or body, else the state of the body's nationality; else nobody named.
        let trailing = (self.range.start..i)
            .filter(|&k| self.para.word(k).is_some())
            .nth(1)
            .is_some();
        let carrier = self
            .para
            .word(j)
            .is_some_and(|w| in_list(bare(w), SPEECH_CARRIERS));
        let carried = carrier.then(|| {
            let author = in_np
                .iter()
                .find(|s| kind_of(s) != Some(EntityType::Location))
                .or_else(|| in_np.first());
            Actor {
                entity: author.map(|s| s.entity),
                text: Some(self.para.text(j, author.map_or(np_end, |s| s.last))),
                explicit: true,
                end: Some(author.map_or(np_end, |s| s.last)),
            }
        });
        // "…، وفق ما صرح به المتحدث باسم وزارة الخارجية القطرية، سامي ناصر.": a person set
        // off by a comma right after the title, closing the sentence or the clause, is the
        // one credited.
        let apposed = self
            .para
            .word(j)
            .filter(|w| title_word(w) && definite(w))
            .and_then(|_| {
                let comma = |t: Option<&Token>| t.is_some_and(|t| t.is_comma());
                comma(self.para.tokens.get(np_end)).then_some(())?;
                let si = self.para.span_at.get(np_end + 1).copied().flatten()?;
                let s = self.para.spans.get(si)?;
                let closes = s.last >= self.range.end
                    || para_stop(self.para.tokens.get(s.last))
                    || comma(self.para.tokens.get(s.last));
                (closes && kind_of(s) == Some(EntityType::Person)).then(|| s.clone())
            });
        let mention = apposed.clone().or(mention);
        let described = described.filter(|_| apposed.is_none());
        let actor = match mention {
            // "وفق بيان لقيادة الجيش": a carrier whose author is named by a body's head noun.
            _ if carried.as_ref().is_some_and(|a| a.entity.is_none()) => {
                let body = (j + 1..np_end).find_map(|k| self.body_head(k));
                Actor {
                    entity: body,
                    ..carried.unwrap_or_default()
                }
            }
            _ if carried.is_some() => carried.unwrap_or_default(),
            _ if described.is_some() => described.unwrap_or_default(),
            // "وفق ما أفاد به موظف في المنظمة"، "وفق شهادات ناجين نقلتها المنظمة": an unnamed
            // member or witness of a body, or what they told it, is nobody named.
            Some(s)
                if kind_of(&s) != Some(EntityType::Person)
                    && s.first > j
                    && self
                        .para
                        .word(j)
                        .is_some_and(|w| in_list(bare(w), UNNAMED_MEMBERS)) =>
            {
                Actor {
                    entity: None,
                    text: Some(self.para.text(j, s.first.min(j + 3))),
                    explicit: true,
                    end: Some(np_end),
                }
            }
            Some(s) if kind_of(&s) != Some(EntityType::Location) => Actor {
                entity: Some(s.entity),
                text: Some(self.para.text(j, s.last.max(j + 1))),
                explicit: true,
                end: Some(s.last),
            },
            _ => {
                let Some(first) = self.para.word(j).map(str::to_string) else {
                    return;
                };
                if let Some(a) = self.description(j, np_end, None) {
                    self.described_body(a, j, np_end)
                } else if let Some((stem, _)) = desc_stem(&first) {
                    // "بحسب الشركة السودانية للكهرباء": a description with a place of its own is
                    // an organization of that name, not the last one.
                    // ("وفق هيئة الأركان الفرنسية": a body named by its nationality alone is
                    // its country; "الشركة التشادية للكهرباء" has a name of its own.)
                    let entity = if let Some(p) = place.as_ref() {
                        let named_on = p.last < np_end
                            && self.para.word(p.last).is_some_and(|w| w.starts_with('ل'));
                        self.org_named(stem)
                            .or(Some(p.entity).filter(|_| !named_on))
                    } else if trailing {
                        // "…، وفق ما ذكرته الشركة المالكة": a body no name holds, credited
                        // after the clause, is not the clause's own subject.
                        self.org_named(stem)
                    } else {
                        self.org_like(stem, i)
                    };
                    Actor {
                        entity,
                        text: Some(self.para.text(j, np_end.min(j + 3))),
                        explicit: false,
                        end: Some(np_end),
                    }
                } else if let Some(p) = place
                    .as_ref()
                    .filter(|p| p.first == j + 1 && definite(&first))
                {
                    // "بحسب ما أعلنته البحرية الهندية": a body and its nationality.
                    Actor {
                        entity: Some(p.entity),
                        text: Some(self.para.text(j, p.last)),
                        explicit: true,
                        end: Some(p.last),
                    }
                } else if in_list(&first, SOURCE_WORDS)
                    || unnamed_credit_noun(bare(&first))
                    || (reported && !PREPOSITIONS.contains(&bare(&first)))
                {
                    // "وفق ما ذكرته صحيفة محلية"، "بحسب ما أفادت أسرته": after a verb of
                    // telling, whoever tells is the source, named or not.
                    Actor {
                        entity: None,
                        text: Some(self.para.text(j, np_end.min(j + 3))),
                        explicit: true,
                        end: Some(np_end),
                    }
                } else {
                    return;
                }
            }
        };
        let first_word = (self.range.start..self.range.end)
            .find(|&k| self.para.word(k).is_some())
            .unwrap_or(i);
        // "ووفقا لصحيفة «…» نقلا عن الشرطة فإن …": a credit after another at the head of the
        // sentence chains onto it; the clause is the one after them both.
        let chained = first_word < i
            && self
                .para
                .word(first_word)
                .is_some_and(|w| in_list(w, ACCORDING));
        let (qs, qe) = if i <= first_word + 1 || chained {
            // At the head: the clause after the source's comma, or after فإن when the comma is
            // left out ("وبحسب الوزير فإن …").
            let comma = (j + 1..self.range.end).find(|&k| {
                (k >= np_end && self.para.tokens.get(k).is_some_and(|t| t.is_comma()))
                    || self.para.word(k) == Some("فان")
            });
            let start = comma.map(|c| c + 1).unwrap_or(np_end);
            let start = if self
                .para
                .word(start)
                .is_some_and(|w| matches!(bare(w), "ان" | "فان"))
            {
                start + 1
            } else {
                start
            };
            (start, self.range.end)
        } else {
            (self.past_dateline(first_word), i)
        };
        // Reported speech already taken by a speech verb in this sentence is not taken twice.
        let Some(a) = self.para.tokens.get(qs) else {
            return;
        };
        let Some(b) = self
            .trim_end(qs, qe)
            .and_then(|e| self.para.tokens.get(e - 1))
        else {
            return;
        };
        let (cs, ce) = (a.start, b.end);
        if self.para.indirect.iter().any(|&(s, e)| s < ce && cs < e) {
            return;
        }
        let words = (qs..qe).filter(|&k| self.para.word(k).is_some()).count();
        if words < 3 {
            return;
        }
        // "وأكدت وزارة الخارجية وفقا لوكالة الأنباء أن …": a speech verb and the name of its
        // subject alone are the attribution, not reported words; what the verb says follows
        // the credit.
        let speech_head = self.para.hits.get(qs).copied().flatten().is_some_and(|e| {
            matches!(e.role, Role::Speech { .. }) && matches!(e.pos, Pos::Verb | Pos::Present)
        });
        let subject_alone = self
            .para
            .spans
            .iter()
            .any(|s| s.first == qs + 1 && (s.last..qe).all(|k| self.para.word(k).is_none()));
        if speech_head && subject_alone {
            return;
        }
        // "«…»، بحسب ما قاله الرئيس": the clause is a quoted span, reported as written.
        let whole = self.para.quotes.iter().position(|q| {
            q.open_tok >= self.range.start
                && q.open_tok < qs
                && b.end == q.close + 1
                && !(self.range.start..q.open_tok).any(|k| self.para.word(k).is_some())
        });
        if let Some(qi) = whole {
            if self.para.quote_used.get(qi).copied().unwrap_or(true) {
                return;
            }
            if let Some(u) = self.para.quote_used.get_mut(qi) {
                *u = true;
            }
            let text = self
                .para
                .quotes
                .get(qi)
                .map(|q| q.text.clone())
                .unwrap_or_default();
            if let Some(e) = actor.entity.filter(|_| actor.explicit) {
                self.note_subject(e);
            }
            self.push_quote(&actor, text, true);
            return;
        }
        let text = slice(&self.para.chars, cs, ce).trim().to_string();
        self.para.indirect.push((cs, ce));
        for (qi, q) in self.para.quotes.iter().enumerate() {
            if q.open >= cs && q.close < ce {
                if let Some(u) = self.para.quote_used.get_mut(qi) {
                    *u = true;
                }
            }
        }
        if let Some(e) = actor.entity.filter(|_| actor.explicit) {
            self.note_subject(e);
        }
        // A credit names a source, not a speaker whose words a later "وأضاف" goes on with.
        let last = self.ctx.last_speaker.clone();
        self.push_quote(&actor, text, false);
        self.ctx.last_speaker = last;
    }

    /// "موبتي - قتل مسلحون …، وفق شهادات": the first token after a dateline (a place, maybe an
    /// agency in brackets, then a dash) that opens the article's first paragraph at `k`; else
    /// `k`. A credited clause does not begin with the dateline.
    fn past_dateline(&self, k: usize) -> usize {
        if self.para.index != 0
            || self.para.tokens[..k.min(self.para.tokens.len())]
                .iter()
                .any(|t| t.kind == TokenKind::Word)
        {
            return k;
        }
        let mut words = 0;
        for j in k..(k + 7).min(self.range.end) {
            let Some(t) = self.para.tokens.get(j) else {
                return k;
            };
            if t.kind == TokenKind::Word {
                words += 1;
                if words > 4 {
                    return k;
                }
            } else if matches!(t.norm.as_str(), "-" | "–" | "—") {
                let next = (j + 1..self.range.end).find(|&n| self.para.word(n).is_some());
                return if words > 0 { next.unwrap_or(k) } else { k };
            } else if !matches!(t.norm.as_str(), "(" | ")") {
                return k;
            }
        }
        k
    }

    /// True when the word at `j` is a verb of telling after `بحسب ما`/`وفق ما`: a speech verb,
    /// with its object pronoun too (`ذكرته`، `أعلنته`، `نقلته`), or `جاء`/`ورد` (`وفق ما جاء في`).
    fn credit_verb(&self, j: usize) -> bool {
        let speech = |w: &str| {
            Lexicon::builtin().lookup(w).is_some_and(|hit| {
                hit.entries.iter().any(|e| {
                    matches!(e.role, Role::Speech { .. })
                        && matches!(e.pos, Pos::Verb | Pos::Present)
                })
            })
        };
        if self
            .para
            .hits
            .get(j)
            .copied()
            .flatten()
            .is_some_and(|e| matches!(e.role, Role::Speech { .. }))
        {
            return true;
        }
        let Some(w) = self.para.word(j) else {
            return false;
        };
        matches!(bare(w), "جاء" | "ورد" | "نشر" | "نشرت" | "نشرته")
            || publishing_credit_verb(w)
            || speech(w)
            || ["ها", "ه"].iter().any(|p| {
                w.strip_suffix(p)
                    .is_some_and(|v| v.chars().count() >= 3 && speech(v))
            })
    }

    fn trim_end(&self, start: usize, mut end: usize) -> Option<usize> {
        while end > start
            && self.para.tokens.get(end - 1).is_some_and(|t| {
                t.kind == TokenKind::Punct && !matches!(t.norm.as_str(), "»" | "”" | "\"")
            })
        {
            end -= 1;
        }
        (end > start).then_some(end)
    }

    /// The first actor mentioned after token `from` in this sentence, other than `not`,
    /// before the next verb trigger.
    fn target_after(&self, from: usize, not: Option<usize>, _end: usize) -> Option<usize> {
        let limit = (from + WINDOW).min(self.range.end);
        let not_country = not.and_then(|e| self.country_of(e));
        let not_person = not
            .and_then(|e| self.entities.get(e))
            .is_some_and(|e| e.kind == EntityType::Person);
        let mut j = from;
        while j < limit {
            if j > from
                && self.para.hits.get(j).copied().flatten().is_some_and(|e| {
                    matches!(e.pos, Pos::Verb | Pos::Present) && !matches!(e.role, Role::Support)
                })
            {
                return None;
            }
            // "زيارة كانت مقررة إلى نيروبي": a planned act's كان opens no new clause.
            let planned = self
                .para
                .word(j)
                .is_some_and(|w| matches!(bare(w), "كان" | "كانت"))
                && self.para.word(j + 1).is_some_and(|w| {
                    ["مقرر", "مرتقب", "متوقع", "مزمع"]
                        .iter()
                        .any(|p| w.starts_with(p))
                });
            if !planned
                && self.para.tokens.get(j).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && (is_complementizer(&t.norm)
                            || matches!(
                                bare(&t.norm),
                                "اذا"
                                    | "لو"
                                    | "لكن"
                                    | "بل"
                                    | "حيث"
                                    | "عندما"
                                    | "بينما"
                                    | "فيما"
                                    | "كان"
                                    | "كانت"
                                    | "كانوا"
                                    | "يكون"
                                    | "تكون"
                                    | "بحسب"
                                    | "حسب"
                                    | "وفق"
                                    | "وفقا"
                                    | "نقلا"
                            ))
                })
            {
                return None;
            }
            // "تعهدت قطر بتقديم مبلغ لدعم إعمار غزة": a purpose starts a new clause; but a
            // body or person supported right after it is the one the pledge goes to ("بتقديم
            // مليار دولار لدعم البنك المركزي").
            if j > from
                && self.para.word(j).is_some_and(|w| {
                    bare(w)
                        .strip_prefix('ل')
                        .is_some_and(|rest| Lexicon::builtin().has(rest))
                })
            {
                let supporting = self
                    .para
                    .word(j)
                    .is_some_and(|w| matches!(bare(w), "لدعم" | "لمساعده" | "لتمويل" | "لمسانده"));
                return self
                    .para
                    .span_at
                    .get(j + 1)
                    .copied()
                    .flatten()
                    .and_then(|si| self.para.span_entity(si))
                    .filter(|&e| {
                        supporting
                            && Some(e) != not
                            && self.entities.get(e).is_some_and(|x| {
                                matches!(x.kind, EntityType::Organization | EntityType::Person)
                            })
                    });
            }
            if let Some(si) = self.para.span_at.get(j).copied().flatten() {
                if let Some(s) = self.para.spans.get(si) {
                    let e = s.entity;
                    let ent = self.entities.get(e);
                    // The actor's own nationality ("الأمريكي" after a US envoy) is not a target.
                    let own = not_person
                        && ent.is_some_and(|x| {
                            x.kind == EntityType::Location
                                && x.country.is_some()
                                && x.country == not_country
                        });
                    // "قرية ترمسعيا", "مناطق واسعة من القطاع": a town or district is where the
                    // act happens; only states (and capitals standing for them) are acted on,
                    // and a town a thing is sent to ("إلى بنغازي") stands for its state.
                    let destination = s
                        .first
                        .checked_sub(1)
                        .and_then(|p| self.para.word(p))
                        .is_some_and(|w| matches!(bare(w), "الي" | "والي"));
                    let place = ent.is_some_and(|x| {
                        x.kind == EntityType::Location
                            && (self.locative_before(s.first) || !(destination || state_actor(x)))
                    });
                    // "حول سد النهضة", "بشأن مستقبلها": the topic, not the target.
                    let topic = s
                        .first
                        .checked_sub(1)
                        .and_then(|p| self.para.word(p))
                        .is_some_and(|w| matches!(bare(w), "حول" | "بشان" | "في"));
                    // "سفينة ترفع علم بنما", "التجسس لصالح إسرائيل": a flag's state and the one
                    // served are not what the act is done to.
                    // ("لصالح الاستخبارات الإيرانية": also with a head noun before the nisba.)
                    let served = |p: usize| {
                        self.para
                            .word(p)
                            .is_some_and(|w| matches!(bare(w), "علم" | "لصالح" | "لحساب"))
                    };
                    let aside = s.first.checked_sub(1).is_some_and(served)
                        || (s.first.checked_sub(2).is_some_and(served)
                            && self.para.word(s.first - 1).is_some_and(definite));
                    // "أمام مقر الأمم المتحدة": in front of a building is where a crowd gathers,
                    // not whom it acts on ("أمام سفارة فرنسا": an embassy stands for its state).
                    let front = |p: usize| self.para.word(p).is_some_and(|w| bare(w) == "امام");
                    let in_front = s.first.checked_sub(1).is_some_and(front)
                        || (s.first.checked_sub(2).is_some_and(front)
                            && self.para.word(s.first - 1).is_some_and(|w| {
                                matches!(bare(w), "مقر" | "مبني" | "مبنى" | "مكتب")
                            }));
                    let topic = topic || aside || in_front;
                    // "على الحدود مع سوريا": the border is where.
                    let border = s
                        .first
                        .checked_sub(2)
                        .filter(|_| self.para.word(s.first - 1).is_some_and(|w| bare(w) == "مع"))
                        .and_then(|p| self.para.word(p))
                        .is_some_and(|w| {
                            // ("أغلقت مصر معبر رفح الحدودي مع غزة": the crossing's other side
                            // is acted on.)
                            let w = bare(w);
                            w.contains("حدود") && !(w.ends_with("حدودي") || w.ends_with("حدوديه"))
                        });
                    // "اغتيال قيادي في الحشد", "قادة في الحرس الثوري": members stand for their
                    // organization.
                    let place = (place || topic || border) && !self.member_of(s);
                    if Some(e) != not && !own && !place {
                        // "نظيره السوداني علي عثمان": the person named after the adjective.
                        let person_next = ent
                            .is_some_and(|x| x.kind == EntityType::Location)
                            .then(|| self.person_after(s.last, not))
                            .flatten()
                            .map(|(p, _)| p)
                            .or_else(|| {
                                ent.is_some_and(|x| x.kind != EntityType::Person)
                                    .then(|| self.titled_person_after(s, not))
                                    .flatten()
                            });
                        return Some(person_next.unwrap_or(e));
                    }
                    j = s.last.max(j + 1);
                    continue;
                }
            }
            j += 1;
        }
        None
    }

    /// The person a title ends with when the mention `s` is part of that title: "المبعوث
    /// الأمريكي الخاص إلى السودان، توم ريتشاردز", "زعيم حزب الاتحاد، صالح كوري", "وفدا عسكريا
    /// جزائريا يقوده اللواء رشيد بن عيسى". A title word (or a delegation) stands at most four
    /// words before the mention, in its clause; between the mention and the name only words
    /// that are no act, no conjunction and no preposition but إلى/ل (other mentions, adjectives,
    /// a leader's verb), and a comma only right before the name, at most eight tokens.
    /// Not matched: "استقبل وزير الخارجية المصري ونظيره الأردني أيمن الصفدي" (a conjunction:
    /// another person), "التقى رئيس الوزراء الإثيوبي في أديس أبابا X" (a preposition).
    fn titled_person_after(&self, s: &Span, not: Option<usize>) -> Option<usize> {
        let word = |k: usize| self.para.word(k).map(bare);
        let titled = (s.first.saturating_sub(4).max(self.range.start)..s.first)
            .rev()
            .take_while(|&k| {
                self.para.word(k).is_some() && self.para.hits.get(k).copied().flatten().is_none()
            })
            .any(|k| {
                self.para
                    .word(k)
                    .is_some_and(|w| title_word(w) || matches!(bare(w), "وفد" | "وفدا"))
            });
        if !titled {
            return None;
        }
        let limit = (s.last + 8).min(self.range.end);
        let mut k = s.last;
        while k < limit {
            if let Some(sp) = self
                .para
                .span_at
                .get(k)
                .copied()
                .flatten()
                .and_then(|si| self.para.spans.get(si))
            {
                let person =
                    self.entities.get(sp.entity).map(|e| e.kind) == Some(EntityType::Person);
                if person {
                    return (Some(sp.entity) != not).then_some(sp.entity);
                }
                k = sp.last.max(k + 1);
                continue;
            }
            let t = self.para.tokens.get(k)?;
            if t.kind != TokenKind::Word {
                let name_next = t.is_punct('،')
                    && self
                        .para
                        .span_at
                        .get(k + 1)
                        .copied()
                        .flatten()
                        .and_then(|si| self.para.span_entity(si))
                        .and_then(|e| self.entities.get(e))
                        .is_some_and(|e| e.kind == EntityType::Person);
                if !name_next {
                    return None;
                }
                k += 1;
                continue;
            }
            let w = word(k).unwrap_or_default();
            let leader = matches!(w, "يقوده" | "يقودها" | "يتراسه" | "يتراسها" | "برياسه");
            let conjunction = t.norm.starts_with('و') && w != t.norm.as_str();
            let blocked = self.para.hits.get(k).copied().flatten().is_some()
                || conjunction
                || is_complementizer(&t.norm)
                || (PREPOSITIONS.contains(&w) && w != "الي");
            if blocked && !leader {
                return None;
            }
            k += 1;
        }
        None
    }

    /// The partner joined by و to the subject of a mutual act that the subject's own verb does
    /// not carry (the act is a noun after a verb of saying, or the subject was taken from the
    /// clause): "أعلنت البحرين وقطر استئناف العلاقات" (Qatar), "أجرت القوات البحرية المصرية
    /// ونظيرتها السعودية مناورات" (Saudi Arabia). The subject's mention and the partner's stand
    /// next to each other (or past ونظيره/ونظيرتها) before the noun, at most three words
    /// before it, with no punctuation between.
    /// Not matched: a name joined further back ("التقى وزير مصر، وأعلنت قطر …": punctuation).
    fn joined_partner(&self, i: usize, source: &Actor) -> Option<usize> {
        let src = source.entity?;
        let kind = |e: usize| self.entities.get(e).map(|x| x.kind);
        let counterpart = |k: usize| {
            self.para.word(k).is_some_and(|w| {
                matches!(
                    w,
                    "ونظيره" | "ونظيرته" | "ونظيرتها" | "ونظيرها" | "ونظيراتها"
                )
            })
        };
        self.para
            .spans
            .iter()
            .filter(|a| a.entity == src && self.range.start <= a.first && a.last < i)
            .find_map(|a| {
                let at = if counterpart(a.last) {
                    a.last + 1
                } else {
                    a.last
                };
                let b = self
                    .para
                    .span_at
                    .get(at)
                    .copied()
                    .flatten()
                    .and_then(|si| self.para.spans.get(si))?;
                let joined = at > a.last
                    || self.para.word(b.first).is_some_and(|w| {
                        w.starts_with('و')
                            && self
                                .entities
                                .get(b.entity)
                                .is_some_and(|e| !text::normalize_word(&e.name).starts_with('و'))
                    });
                let near = b.last <= i
                    && i - b.last <= 3
                    && (b.last..i).all(|k| {
                        self.para
                            .tokens
                            .get(k)
                            .is_some_and(|t| t.kind == TokenKind::Word)
                    });
                let same_kind = kind(b.entity) == kind(src)
                    || (kind(b.entity) != Some(EntityType::Person)
                        && kind(src) != Some(EntityType::Person));
                (joined && near && same_kind && b.entity != src).then_some(b.entity)
            })
    }

    /// The person named at token `k`, or after one rank word there ("الجنرال جون سميث"), other
    /// than `not`: the person and where the name ends.
    fn person_after(&self, k: usize, not: Option<usize>) -> Option<(usize, usize)> {
        let rank = self.para.word(k).is_some_and(|w| {
            matches!(
                bare(w),
                "الجنرال"
                    | "اللواء"
                    | "الفريق"
                    | "العميد"
                    | "العقيد"
                    | "المشير"
                    | "الادميرال"
                    | "الشيخ"
                    | "الدكتور"
            )
        });
        [k, k + 1]
            .into_iter()
            .take(if rank { 2 } else { 1 })
            .find_map(|m| {
                let si = self.para.span_at.get(m).copied().flatten()?;
                let p = self.para.span_entity(si)?;
                (Some(p) != not
                    && self
                        .entities
                        .get(p)
                        .is_some_and(|x| x.kind == EntityType::Person))
                .then(|| (p, span_last(&self.para.spans, si)))
            })
    }

    /// The name joined by و right after the explicit subject of the verb at `i` ("فرضت
    /// واشنطن ولندن عقوبات"), when the act is not mutual: a co-subject, with where it ends.
    fn co_subject(&self, i: usize, code: &str, source: &Actor) -> Option<Span> {
        let end = source
            .end
            .filter(|_| source.explicit && source.entity.is_some())?;
        let mutual = (matches!(code.get(..2), Some("03" | "04" | "05" | "06")) && !directed(code))
            || self.para.word(i).is_some_and(|w| {
                let w = bare(w);
                ["اشتب", "تبادل", "تقاتل", "تواجه"]
                    .iter()
                    .any(|p| w.starts_with(p))
            });
        if mutual {
            return None;
        }
        let si = self.para.span_at.get(end).copied().flatten()?;
        let span = self.para.spans.get(si)?;
        // (The و of a name is no conjunction: "اتهمت طهران واشنطن".)
        let own_waw = self.para.word(end).is_some_and(|w| {
            self.entities.get(span.entity).is_some_and(|e| {
                std::iter::once(&e.name)
                    .chain(e.aliases.iter())
                    .any(|a| text::normalize_word(a).split(' ').next() == Some(w))
            })
        });
        let joined = !own_waw && self.para.word(end).is_some_and(|w| w.starts_with('و'));
        let kind = |e: usize| self.entities.get(e).map(|x| x.kind);
        let source_kind = source.entity.and_then(kind);
        let same_kind = kind(span.entity) == source_kind
            || (source_kind != Some(EntityType::Person)
                && kind(span.entity) != Some(EntityType::Person));
        (joined && same_kind && Some(span.entity) != source.entity).then(|| span.clone())
    }

    /// True when the support verb at `k` calls its act off (ألغى، أرجأ، أجّل).
    fn calls_off(&self, k: usize) -> bool {
        self.para.word(k).is_some_and(|w| {
            let w = bare(w);
            ["الغ", "يلغ", "تلغ", "ارجا", "اجل", "يرجي", "ترجي"]
                .iter()
                .any(|p| w.starts_with(p))
        })
    }

    /// The body or state that the members named at token `m` belong to, for victims and
    /// patients named by affiliation. Matches a member noun (`MEMBER_NOUNS`), at most one
    /// adjective, then في/من and, within four words, a name: "قيادي في حزب الله" → Hezbollah,
    /// "جنود من القوات الحكومية اليمنية" → Yemen, "موظفا في السفارة الفرنسية" → France. A person
    /// named right after the body is the one meant ("القيادي في حركة الشباب عبد الله ورسمي").
    /// Not matched: a place behind a locative ("عناصر في مدينة غاو"), a town, a person, a name
    /// past a verb or punctuation.
    fn affiliation(&self, m: usize) -> Option<usize> {
        if !self.para.word(m).is_some_and(|w| in_list(w, MEMBER_NOUNS)) {
            return None;
        }
        let prep_at = |k: usize| {
            self.para
                .word(k)
                .is_some_and(|w| matches!(bare(w), "في" | "من"))
        };
        let plain = |k: usize| {
            self.para.word(k).is_some()
                && self.para.hits.get(k).copied().flatten().is_none()
                && self.para.span_at.get(k).copied().flatten().is_none()
        };
        let p = if prep_at(m + 1) {
            m + 1
        } else if plain(m + 1) && prep_at(m + 2) {
            m + 2
        } else {
            return None;
        };
        for k in p + 1..(p + 5).min(self.range.end) {
            let t = self.para.tokens.get(k)?;
            if t.kind != TokenKind::Word {
                return None;
            }
            if let Some(si) = self.para.span_at.get(k).copied().flatten() {
                let s = self.para.spans.get(si)?;
                let ent = self.entities.get(s.entity)?;
                return match ent.kind {
                    EntityType::Organization => Some(
                        self.person_after(s.last, None)
                            .map_or(s.entity, |(person, _)| person),
                    ),
                    EntityType::Location if state_actor(ent) && !self.locative_before(s.first) => {
                        Some(s.entity)
                    }
                    _ => None,
                };
            }
            if self
                .para
                .hits
                .get(k)
                .copied()
                .flatten()
                .is_some_and(|e| matches!(e.pos, Pos::Verb | Pos::Present))
            {
                return None;
            }
        }
        None
    }

    /// True when the organization mention `s` follows a member noun and في/من ("قيادي في
    /// الحركة", "عناصر مسلحة من الجيش"): the members stand for it.
    fn member_of(&self, s: &Span) -> bool {
        let org = self.entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Organization);
        // ("مسؤولين في جماعة أنصار الله": a head noun may stand before the name.)
        let headed = s
            .first
            .checked_sub(1)
            .and_then(|p| self.para.word(p))
            .is_some_and(|w| matches!(bare(w), "جماعه" | "حركه" | "تنظيم" | "حزب" | "ميليشيا"));
        let first = if headed { s.first - 1 } else { s.first };
        let prep = first.checked_sub(1).and_then(|p| self.para.word(p));
        if !org || !prep.is_some_and(|w| matches!(bare(w), "في" | "من")) || s.behind_prep {
            return false;
        }
        // The member noun, or the noun before one adjective ("عناصر مسلحة من").
        [2, 3].into_iter().any(|back| {
            first
                .checked_sub(back)
                .filter(|&k| k >= self.range.start)
                .and_then(|k| self.para.word(k))
                .is_some_and(|w| in_list(w, MEMBER_NOUNS))
        })
    }

    /// The last entity named in the paragraph before token `i` (`الأخيرة` "the latter"); a
    /// place where something happened is never the latter.
    /// An actor (a person or an organization) comes first: places are rarely "the latter".
    fn latter(&self, i: usize) -> Option<usize> {
        let before = || self.para.spans.iter().filter(move |s| s.last <= i);
        let kind = |s: &Span| self.entities.get(s.entity).map(|e| e.kind);
        before()
            .filter(|s| kind(s) != Some(EntityType::Location))
            .max_by_key(|s| s.last)
            .or_else(|| {
                before()
                    .filter(|s| !self.locative_before(s.first))
                    .max_by_key(|s| s.last)
            })
            .map(|s| s.entity)
    }

    /// The person or organization the paragraph before this one named last ("… المبعوث الأممي
    /// يوسف بن عمر." then "وقال الأخير إن"), when this paragraph names no one before it.
    fn latter_before(&self) -> Option<usize> {
        let p = self.para.index.checked_sub(1)?;
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind != EntityType::Location)
            .filter_map(|(ei, e)| {
                e.mentions
                    .iter()
                    .filter(|m| m.paragraph == p && m.part.is_body())
                    .map(|m| m.end)
                    .max()
                    .map(|end| (end, ei))
            })
            .max()
            .map(|(_, ei)| ei)
    }

    /// True when the mention starting at token `first` is a place adverbial: behind a locative
    /// preposition or place noun (`في بغداد`، `جنوب ليبيا`) or the preposition ب (`بباماكو`).
    fn locative_before(&self, first: usize) -> bool {
        // "في ولاية تيلابيري", "قرب مدينة عطبرة": a place noun between the locative and the name.
        if let Some(w) = first.checked_sub(1).and_then(|p| self.para.word(p)) {
            let cands = text::clitic_candidates(w);
            let place_noun = cands.iter().find(|c| PLACE_NOUNS.contains(&c.form));
            if let Some(c) = place_noun {
                // "انسحبت من قاعدة التنف", "على طريق سيغو": a named site behind a preposition
                // is where, not whom (not after إلى، مع، ضد).
                let from = first
                    .checked_sub(2)
                    .and_then(|p| self.para.word(p))
                    .is_some_and(|w| {
                        let w = bare(w);
                        PREPOSITIONS.contains(&w) && !matches!(w, "الي" | "مع" | "ضد")
                    });
                if c.prep == Some('ب') || from || self.locative_before_word(first - 1) {
                    return true;
                }
            }
        }
        self.locative_before_word(first)
    }

    /// [`Self::locative_before`] for the word at `first`.
    fn locative_before_word(&self, first: usize) -> bool {
        let behind_b = self.para.spans.iter().any(|s| {
            s.first == first
                && s.behind_prep
                && self
                    .para
                    .tokens
                    .get(first)
                    .is_some_and(|t| t.norm.starts_with('ب') || t.norm.starts_with("وب"))
                // ("اعترفت إسبانيا بدولة فلسطين": a state named with its state noun after ب
                // is what the verb takes, not where.)
                && !self.para.word(first).is_some_and(state_noun)
        });
        behind_b
            || first
                .checked_sub(1)
                .and_then(|p| self.para.word(p))
                .is_some_and(|w| {
                    // "بوسط مالي": a preposition may be joined to the place noun.
                    text::clitic_candidates(w)
                        .iter()
                        .any(|c| !c.article && LOCATIVES.contains(&c.form))
                })
    }

    fn negated(&self, i: usize) -> bool {
        if self.denied.is_some_and(|d| i > d) {
            return true;
        }
        let stop = self.last_emitted;
        let mut j = i;
        let mut steps = 0;
        while j > self.range.start && steps < NEGATION_WINDOW {
            j -= 1;
            let Some(t) = self.para.tokens.get(j) else {
                return false;
            };
            if t.kind == TokenKind::Punct {
                if matches!(t.norm.as_str(), "،" | "," | ":" | "؛") {
                    return false;
                }
                continue;
            }
            steps += 1;
            if let Some((k, negating)) = stop {
                if j == k {
                    // A rejection negates the act it governs ("رفضت التوقيع"), not words
                    // ("رفضت الاتهامات" is no negated accusation).
                    return negating && self.act_code_at(i);
                }
            }
            if is_negator(&self.para.tokens, j) {
                // "لم تقصف تركيا داعش سوى ثلاث مرات": a negation with an exception after the
                // act tells that the act happened.
                return !(NEGATION_PARTICLES.contains(&t.norm.as_str()) && self.excepted_after(i));
            }
            if bare(&t.norm) == "لكن" || bare(&t.norm) == "بل" {
                return false;
            }
        }
        false
    }

    /// True when an exceptive (`إلا`, `سوى`) follows the trigger at `i` within its clause
    /// (no comma, colon or `لكن/بل` between, at most [`EXCEPTION_WINDOW`] words after it):
    /// "لم يتم تقديم دعم إلا للقوات" tells what was given. `إلا أن` (however) and `وإلا`
    /// (otherwise) are no exceptives.
    fn excepted_after(&self, i: usize) -> bool {
        let tokens = &self.para.tokens;
        let mut words = 0;
        for k in i + 1..self.range.end.min(tokens.len()) {
            let t = &tokens[k];
            if t.kind == TokenKind::Punct {
                if matches!(t.norm.as_str(), "،" | "," | ":" | "؛" | "." | "؟" | "!") {
                    return false;
                }
                continue;
            }
            words += 1;
            if words > EXCEPTION_WINDOW {
                return false;
            }
            let w = t.norm.as_str();
            if EXCEPTIVES.contains(&w) {
                let however = w == "الا"
                    && self
                        .para
                        .word(k + 1)
                        .is_some_and(|n| matches!(n, "ان" | "أن"));
                return !however;
            }
            if matches!(bare(w), "لكن" | "بل") || is_negator(tokens, k) {
                return false;
            }
        }
        false
    }

    /// True when the word at `i` carries the ل of purpose ("لإجراء", "لتوقيع"), not a ل of
    /// its own.
    fn purpose(&self, i: usize) -> bool {
        // "تعرضت مواقع لقصف": after "was subjected to", ل names what happened.
        let subjected = (i.saturating_sub(4).max(self.range.start)..i).any(|k| {
            self.para.word(k).is_some_and(|w| {
                let w = bare(w);
                ["تعرض", "يتعرض", "تتعرض"].iter().any(|p| w.starts_with(p))
            })
        });
        !subjected
            && self.para.word(i).is_some_and(|w| {
                let b = bare(w);
                b.starts_with('ل') && !Lexicon::builtin().has(b)
            })
    }

    /// True when a conditional (إذا، لو) stands just before the trigger: "إذا أعربت
    /// الحكومة عن رغبتها" is a condition, not an event.
    fn conditional(&self, i: usize) -> bool {
        (i.saturating_sub(2).max(self.range.start)..i).any(|j| {
            self.para
                .word(j)
                .is_some_and(|w| matches!(bare(w), "اذا" | "لو" | "لولا"))
        }) && !self
            .para
            .word(i.wrapping_sub(1))
            .is_some_and(is_complementizer)
    }

    /// The tokens of `from..to` that stand in a short aside set off by two commas ("، ليل
    /// الأحد،"، "، على مدى ثلاثة أيام،"), the commas included: up to five words, none of them
    /// a trigger. Empty when there is none.
    fn asides(&self, from: usize, to: usize) -> Vec<usize> {
        let comma = |j: usize| self.para.tokens.get(j).is_some_and(|t| t.is_comma());
        let mut out = Vec::new();
        let mut j = from;
        while j < to {
            if comma(j) {
                let close = (j + 1..to.min(j + 7)).find(|&c| comma(c));
                if let Some(c) = close.filter(|&c| {
                    c > j + 1
                        && (j + 1..c).all(|w| {
                            self.para.word(w).is_some()
                                && self.para.hits.get(w).copied().flatten().is_none()
                        })
                }) {
                    out.extend(j..=c);
                    j = c + 1;
                    continue;
                }
            }
            j += 1;
        }
        out
    }

    /// How many words stand between tokens `k` and `i` (`k < i`), a name counting as one:
    /// what a verb governs is as near after "هددت جماعة نصرة الإسلام والمسلمين" as after
    /// "هددت الجماعة".
    fn words_between(&self, k: usize, i: usize) -> usize {
        let mut words = 0;
        let mut j = k + 1;
        while j < i {
            let span_end = self
                .para
                .span_at
                .get(j)
                .copied()
                .flatten()
                .and_then(|si| self.para.spans.get(si))
                .map(|s| s.last);
            words += 1;
            j = span_end.filter(|&e| e > j).unwrap_or(j + 1);
        }
        words
    }

    /// True when the trigger at `i` codes an act (03–09, 15–20) rather than words (01, 02,
    /// 10–14).
    fn act_code_at(&self, i: usize) -> bool {
        self.para
            .hits
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|e| match &e.role {
                Role::Event(c) => !matches!(
                    c.get(..2),
                    Some("01" | "02" | "10" | "11" | "12" | "13" | "14")
                ),
                _ => false,
            })
    }

    fn event(&mut self, i: usize, code: &str, entry: &Entry) {
        self.bare_noun = None;
        // "تظاهر المئات أمام البلدية، مطالبين بإقالة المحافظ", "ندد الوزير بالقصف، داعيا إلى
        // وقفه": a demand or appeal in a circumstantial participle after the sentence's act says
        // what the actor wants of it; writers code the act alone.
        if entry.pos == Pos::Participle
            && matches!(code.get(..2), Some("02" | "10"))
            && self.last_emitted.is_some_and(|(k, _)| k < i)
        {
            return;
        }
        if matches!(entry.pos, Pos::Verb | Pos::Present) && self.conditional(i) {
            return;
        }
        // Future (ستزور، سوف يزور) is an intention, not an event. A future negated by لن is
        // kept, negated, as issue 5 lists لن among the negations ("لن تنسحب فرنسا من مالي").
        let word = self.para.word(i).map(bare).unwrap_or_default();
        let future = entry.pos == Pos::Present
            && (word.starts_with("سي")
                || word.starts_with("ست")
                || word.starts_with("سن")
                || i.checked_sub(1)
                    .and_then(|p| self.para.word(p))
                    .is_some_and(|w| bare(w) == "سوف"));
        // "تعتزم تركيا شن عملية", "ينوي الوزير زيارة": an intention named by a verb of intent
        // a few words before the trigger is no event.
        let intended = (i.saturating_sub(5).max(self.range.start)..i).any(|k| {
            self.para.word(k).is_some_and(|w| {
                matches!(
                    bare(w).trim_start_matches('و'),
                    "يعتزم"
                        | "تعتزم"
                        | "يعتزمون"
                        | "ينوي"
                        | "تنوي"
                        | "ينوون"
                        | "يخطط"
                        | "تخطط"
                )
            })
        });
        // "تستضيف القاهرة الأسبوع المقبل": a present verb with a coming time is a plan.
        let coming = entry.pos == Pos::Present
            && (i + 1..(i + 12).min(self.range.end))
                .take_while(|&k| self.para.word(k).is_some())
                .any(|k| {
                    self.para.word(k).is_some_and(|w| {
                        matches!(bare(w), "المقبل" | "المقبله" | "القادم" | "القادمه" | "غدا")
                    })
                });
        // "من المقرر أن يصل الوزير … في زيارة يلتقي خلالها": what is scheduled or expected has
        // not happened.
        let scheduled = (self.range.start..i).any(|k| {
            self.para.word(k).map(bare) == Some("من")
                && self.para.word(k + 1).is_some_and(|w| {
                    matches!(
                        w,
                        "المقرر" | "المتوقع" | "المنتظر" | "المزمع" | "المرتقب" | "المفترض"
                    )
                })
                && self.para.word(k + 2).is_some_and(is_complementizer)
        });
        // "ويصل المبعوث غدا في زيارة يلتقي خلالها …": tomorrow, no act but a past one is done.
        let tomorrow = entry.pos != Pos::Verb
            && (self.range.start..self.range.end).any(|k| self.para.word(k) == Some("غدا"));
        if future || intended || coming || scheduled || tomorrow {
            return;
        }
        // "ويستضيف شرق تشاد أكثر من سبعمئة ألف لاجئ": hosting refugees is no visit.
        let refugees = code.starts_with("043")
            && (i + 1..(i + 8).min(self.range.end)).any(|k| {
                self.para.word(k).is_some_and(|w| {
                    ["لاجي", "اللاجي", "نازح", "النازح"]
                        .iter()
                        .any(|p| w.starts_with(p))
                })
            });
        if refugees {
            return;
        }
        // "قُتل خمسة جنود": a passive; its subject is the patient. After its subject
        // ("إن قوات الأمن اعتقلت خمسة") the verb is active.
        let subject_before = i
            .checked_sub(1)
            .and_then(|p| self.para.tokens.get(p))
            .is_some_and(|p| {
                p.kind == TokenKind::Word
                    && !VERB_LEADERS.contains(&bare(&p.norm))
                    && !is_complementizer(&p.norm)
                    && self.para.hits.get(i - 1).copied().flatten().is_none()
            });
        let passive = entry.pos == Pos::Verb
            && !subject_before
            && !code.starts_with("14")
            && (self.para.tokens.get(i + 1).is_some_and(|t| {
                t.norm.chars().all(|c| c.is_numeric()) || in_list(&t.norm, QUANTITIES)
            }) || self.member_patient(i, code));
        // "احتجاجا على", "ورفضا للعقوبات", "تنديدا بالهجوم": an accusative of reason after a
        // clause says why; it is no event of its own.
        // (A dual verb takes its object without ل: "اتفقا على" is a verb.)
        let noun_like = matches!(entry.pos, Pos::Noun | Pos::Exact);
        // "شنت الجماعة هجوما على": the accusative right after a support verb and its subject is
        // that verb's object, not a reason.
        let support_object = self.support.as_ref().is_some_and(|(k, _)| {
            *k < i
                && i <= k + 9
                && (*k + 1..i).all(|j| {
                    self.para
                        .tokens
                        .get(j)
                        .is_some_and(|t| t.kind == TokenKind::Word)
                })
        });
        let reason = i > self.range.start
            && !support_object
            && !entry.suffixed
            && self
                .para
                .word(i)
                .is_some_and(|w| w.ends_with('ا') && !w.ends_with("ها"))
            && self.para.word(i - 1).is_some()
            && self.para.word(i + 1).is_some_and(|w| {
                let w = bare(w);
                w.starts_with('ل') || (noun_like && (w == "علي" || w.starts_with('ب')))
            })
            && self.para.hits.get(i - 1).copied().flatten().is_none()
            && self
                .para
                .span_at
                .get(i - 1)
                .copied()
                .flatten()
                .and_then(|si| self.para.spans.get(si))
                .is_none_or(|s| self.locative_before(s.first));
        if reason {
            return;
        }
        // "دمرت غارة إسرائيلية منزلا": the attack noun after the verb is the event.
        let noun_subject = matches!(entry.pos, Pos::Verb | Pos::Present)
            && matches!(code.get(..2), Some("18" | "19" | "20"))
            && self.para.hits.get(i + 1).copied().flatten().is_some_and(|e| {
                e.pos == Pos::Noun
                    && matches!(&e.role, Role::Event(c) if matches!(c.get(..2), Some("18" | "19" | "20")))
            });
        if noun_subject {
            return;
        }
        let mut negated = self.negated(i);
        if passive {
            // "قُتل ثلاثة جنود أتراك على يد مسلحين": the patient's nationality is the target,
            // the agent (على يد، من قبل) the source.
            if self
                .last_governing
                .is_some_and(|k| k < i && self.words_between(k, i) <= 3)
            {
                return;
            }
            let agent = self.passive_agent(i);
            let source = Actor {
                entity: agent,
                text: None,
                explicit: agent.is_some(),
                end: None,
            };
            let target = self.patient(i).filter(|&t| Some(t) != agent);
            let before = self.events.len();
            self.finish_event(code, i, source, target, negated);
            if self.events.len() > before {
                self.passive_kill = Some(before);
            }
            return;
        }
        // "رفضت الجزائر الاتهامات": what is rejected is someone's words, not an event.
        // "دعت … إلى الإفراج", "هددوا بشن هجمات": what is asked for or threatened has not
        // happened. (A name between counts as one word: "هددت جماعة نصرة الإسلام والمسلمين
        // باستهداف".)
        if self
            .last_governing
            .is_some_and(|k| k < i && self.words_between(k, i) <= 3)
        {
            return;
        }
        // "أدانت الحكومة الهجوم الذي استهدف دورية": the attack condemned (a noun right after the
        // condemnation and its subject, or the verb of the relative clause on it) is not coded
        // again; the condemnation is the event.
        // ("نددت المنظمة باعتقال السلطات التونسية صحفيين": an act with its agent named in
        // construct is an event of its own.)
        let condemned = self.last_condemned.is_some_and(|k| {
            k < i
                && ((entry.pos == Pos::Noun
                    && self.words_between(k, i) <= 3
                    && self.construct_agent(i).is_none())
                    || (self.after_relative(i) && self.words_between(k, i) <= 5))
        });
        if condemned {
            return;
        }
        // "لم يستبعد فرض عقوبات", "استبعد اللجوء إلى القوة": a possibility, ruled in or out.
        let ruled_out = (i.saturating_sub(3).max(self.range.start)..i).any(|k| {
            self.para.word(k).is_some_and(|w| {
                let w = bare(w);
                ["استبعد", "يستبعد", "تستبعد", "نستبعد"]
                    .iter()
                    .any(|p| w.starts_with(p))
            })
        });
        if ruled_out {
            return;
        }
        // "بعد إدانتهم بالانتماء إلى شبكة": a court's conviction of someone (its charge after
        // ب) is no condemnation ("إدانتها للهجوم" takes ل, "بشدة" is its manner).
        let conviction = code.starts_with("111")
            && self.para.word(i).is_some_and(|w| {
                let w = bare(w);
                w.starts_with("ادان") && has_pronoun_suffix(w)
            })
            && self.para.word(i + 1).is_some_and(|n| {
                let n = bare(n);
                n.starts_with('ب') && !n.starts_with("بشد") && !n.starts_with("باشد")
            });
        if conviction {
            return;
        }
        // "ووصفت احتجازهم بالتعسفي": what is characterized was named before; no new act.
        let characterized = entry.pos == Pos::Noun
            && i.checked_sub(1)
                .and_then(|p| self.para.word(p))
                .is_some_and(|w| {
                    let w = bare(w);
                    ["وصف", "واصف", "يصف", "تصف"]
                        .iter()
                        .any(|p| w.starts_with(p))
                });
        if characterized {
            return;
        }
        // "على هامش اجتماعات الجامعة": the occasion, not an event of its own.
        let sideline = i
            .checked_sub(1)
            .and_then(|p| self.para.word(p))
            .is_some_and(|w| bare(w) == "هامش");
        if sideline && entry.pos == Pos::Noun {
            return;
        }
        // "قتل تسعة أشخاص في تفجير انتحاري …، وتبنت حركة الشباب الهجوم": the attack a claim
        // takes as object is the one told before in the paragraph; the claimant is its actor
        // when it had none, and it is not coded again.
        let claimed = self
            .ctx
            .claim
            .clone()
            .filter(|(p, k, _)| {
                *p == self.para.index
                    && self.range.start <= *k
                    && *k < i
                    && self.words_between(*k, i) <= 5
            })
            .map(|(_, _, a)| a);
        // (Only a definite noun with nothing of its own after it, "الهجوم", "العملية", points
        // back; "انفجار سيارة مفخخة قرب القنصلية" names an attack of its own.)
        let points_back = self.para.word(i).is_some_and(definite)
            && self.para.hits.get(i + 1).copied().flatten().is_none()
            && self.para.span_at.get(i + 1).copied().flatten().is_none()
            && self
                .para
                .word(i + 1)
                .is_none_or(|w| PREPOSITIONS.contains(&bare(w)) || matches!(bare(w), "عبر" | "عن"));
        if let Some(claimant) = claimed.filter(|_| {
            points_back
                && entry.pos == Pos::Noun
                && matches!(code.get(..2), Some("18" | "19" | "20"))
        }) {
            let country = claimant.entity.and_then(|e| self.country_of(e));
            let id = claimant
                .entity
                .and_then(|e| self.entities.get(e))
                .map(|e| e.id.clone());
            let para = self.para.index;
            let told = self
                .events
                .iter_mut()
                .rev()
                .take_while(|e| e.paragraph == para)
                .find(|e| matches!(e.code.get(..2), Some("18" | "19" | "20")));
            if let Some(e) = told {
                if e.source.is_none() {
                    e.source = id;
                    e.source_country = country;
                }
                return;
            }
        }
        // "ردا على توقيع أديس أبابا مذكرة", "احتجاجا على توقيف رئيس البلدية": an act told as
        // the reason of another is not coded here (its own sentence codes it). ("بعد أن زار"
        // is as often the time of the sentence's act as its cause: coded.)
        let word_at = |k: Option<usize>| k.and_then(|k| self.para.word(k)).map(bare);
        let reason_for = word_at(i.checked_sub(1)) == Some("علي")
            && matches!(word_at(i.checked_sub(2)), Some("ردا" | "احتجاجا"));
        if reason_for {
            return;
        }
        // An offer or proposal (03) is words too: "رفضت عرضا للوساطة" is no negated offer.
        let rejected_words = (!self.act_code_at(i) || code.starts_with("03"))
            && self
                .last_emitted
                .is_some_and(|(k, rejecting)| rejecting && k < i && i <= k + 4);
        if rejected_words {
            return;
        }
        let mut co_subject: Option<usize> = None;
        let (source, target) = if matches!(entry.pos, Pos::Noun | Pos::Exact) {
            // "لإجراء محادثات", "لتوقيع": a purpose, not an event.
            if self.purpose(i) {
                return;
            }
            // "تعرضت قافلة للجيش لهجوم": the one subjected to the act is its target; the
            // agent is named after it (من قبل، شنته، a nationality) or not at all.
            if let Some(k) = self.subjected_before(i) {
                let target = (k + 1..i)
                    .filter_map(|j| self.para.span_at.get(j).copied().flatten())
                    .filter_map(|si| self.para.spans.get(si))
                    .find(|s| !self.locative_before(s.first))
                    .map(|s| s.entity);
                let agent = self
                    .passive_agent(i)
                    .or_else(|| self.agent_after(i))
                    .or_else(|| self.agent_after_from(i));
                let source = Actor {
                    entity: agent,
                    text: None,
                    explicit: agent.is_some(),
                    end: None,
                };
                let target = target.filter(|&t| Some(t) != agent);
                return self.finish_event(code, i, source, target, negated);
            }
            // "قوات الاحتلال", "جيش الاحتلال": the noun names a force, not an event.
            let named_force = i > self.range.start
                && self.para.word(i - 1).is_some_and(|w| {
                    let w = bare(w);
                    in_list(w, SUBJECT_HEADS)
                        || in_list(w.strip_prefix("ال").unwrap_or(w), SUBJECT_HEADS)
                });
            if named_force && !entry.suffixed {
                return;
            }
            // "لجنة التحقيق", "ملف الهجرة", "قانون مكافحة الإرهاب", "خطة الانسحاب": a body, a
            // file, a law or a plan named by an act is no act.
            let topic = i > self.range.start
                && self
                    .para
                    .word(i - 1)
                    .is_some_and(|w| in_list(w, TOPIC_HEADS));
            if topic && !entry.suffixed {
                return;
            }
            // "إذا استمرت الضربات": a noun in a condition has not happened.
            let in_condition = (i.saturating_sub(3).max(self.range.start)..i)
                .rev()
                .take_while(|&k| self.para.word(k).is_some())
                .any(|k| {
                    self.para
                        .word(k)
                        .is_some_and(|w| matches!(bare(w), "اذا" | "لو" | "لولا"))
                });
            if in_condition {
                return;
            }
            let support = self
                .support
                .as_ref()
                .filter(|(k, _)| {
                    // The support verb's object: right after it, or after إلى (أفضى إلى توقيع).
                    // ("شنت طائرات حربية، ليل الأحد، سلسلة غارات": a time or place set off by
                    // commas between the subject and the object does not count.)
                    let aside = self.asides(*k + 1, i);
                    let no_punct = (*k + 1..i).filter(|j| !aside.contains(j)).all(|j| {
                        self.para
                            .tokens
                            .get(j)
                            .is_some_and(|t| t.kind == TokenKind::Word)
                    });
                    let after_to = self
                        .para
                        .word(i - 1)
                        .is_some_and(|w| matches!(bare(w), "الي" | "من"));
                    let words = (*k + 1..i)
                        .filter(|j| !aside.contains(j))
                        .filter(|&j| !self.para.spans.iter().any(|s| s.first <= j && j < s.last))
                        .count();
                    no_punct
                        && *k < i
                        && words <= 4
                        && i <= k + 9 + aside.len()
                        && (after_to || !self.leads_to(*k))
                })
                .filter(|(k, _)| !self.content_verb_before(*k))
                .map(|(k, a)| (*k, a.clone()));
            // "لم يشارك الوزير في اجتماع": a negated support verb negates its noun; so does
            // one that calls it off ("ألغى الوزير زيارة", "أرجأت الحكومة المحادثات").
            if support
                .as_ref()
                .is_some_and(|(k, _)| self.negated(*k) || self.calls_off(*k))
            {
                negated = true;
            }
            // "لم توفد الجزائر أي ممثل إلى الاجتماع الذي دعا إليه المغرب": a meeting with a
            // named convener is negated by a negator of its clause, past the object between.
            let convened = code.starts_with("04") && self.convener(i).is_some();
            if convened && !negated {
                negated = (i.saturating_sub(9).max(self.range.start)..i)
                    .rev()
                    .take_while(|&k| self.para.word(k).is_some())
                    .any(|k| is_negator(&self.para.tokens, k));
            }
            let support = support.map(|(_, a)| a);
            let negated_here = (i > self.range.start && is_negator(&self.para.tokens, i - 1))
                || (negated && self.last_emitted.is_some_and(|(_, rejecting)| rejecting));
            // ("الاعتراف بدولة فلسطين": a state named with its state noun after ب is no
            // complement of the noun, as it was not before the noun was part of the name.)
            let next = self
                .para
                .span_at
                .get(i + 1)
                .copied()
                .flatten()
                .and_then(|si| self.para.spans.get(si).cloned())
                .filter(|s| !(s.behind_prep && self.para.word(s.first).is_some_and(state_noun)));
            let next_kind = next
                .as_ref()
                .and_then(|s| self.entities.get(s.entity))
                .map(|e| e.kind);
            let genitive_actor = next.as_ref().filter(|s| {
                !s.behind_prep
                    && matches!(
                        next_kind,
                        Some(EntityType::Person | EntityType::Organization)
                    )
            });
            let target_near = self
                .target_after(i + 1, None, 0)
                .filter(|_| self.prep_then_mention(i + 1));
            // "زيارة وزير الدفاع الألماني إلى بغداد": a titled actor after the noun.
            // ("بعد لقائه السفير المالي": with a pronoun suffix, the titled one is the object.)
            let titled = !entry.suffixed
                && self
                    .para
                    .word(i + 1)
                    .is_some_and(|w| desc_stem(w).is_some_and(|(_, p)| p));
            let titled_actor = (i + 2..(i + 6).min(self.range.end))
                .find_map(|k| self.para.span_at.get(k).copied().flatten())
                .and_then(|si| self.para.spans.get(si).cloned())
                .filter(|_| titled);
            // "طرد السفير المالي", "اعتقال الوزير السابق", "اغتيال القائد": the titled one
            // after the noun of an act done to someone is its patient, the target.
            let patient_noun = matches!(code.get(..2), Some("16" | "17" | "18"));
            let titled_patient = titled_actor.clone().filter(|_| patient_noun);
            let titled_actor = titled_actor.filter(|_| !patient_noun);
            // "اشتباكات اندلعت": a support verb after the noun.
            // ("هجمات متكررة نفذتها جماعات": an adjective may stand between.)
            let supported_after = (i + 1..(i + 3).min(self.range.end))
                .take_while(|&k| self.para.word(k).is_some())
                .any(|k| {
                    self.para
                        .hits
                        .get(k)
                        .copied()
                        .flatten()
                        .is_some_and(|e| matches!(e.role, Role::Support) && e.pos == Pos::Verb)
                });
            // "أعلنت مصر عن إرسال قافلة": what an announcement announces.
            let announced = self.announced(i);
            // "قُتل ستة أشخاص في انفجار سيارة مفخخة": the cause of a killing.
            let cause =
                self.passive_kill.is_some() && matches!(code.get(..2), Some("18" | "19" | "20"));
            let construct_agent = self.construct_agent(i);
            let licensed = entry.suffixed
                || construct_agent.is_some()
                || cause
                || self.between_pair(i).is_some()
                || self.between(i).is_some()
                || titled
                || supported_after
                || announced
                || self.announced_after_subject(i)
                || support.is_some()
                || negated_here
                || next.is_some()
                || target_near.is_some()
                || self.claimed_noun(i)
                || convened;
            // Any other event noun is an act only when it is indefinite ("بعد مفاوضات شاقة",
            // "استضافت القاهرة اجتماعات": a definite one, "الزيارة", "المحادثات", names an act
            // told before) and both its actors are found (checked in `finish_event`).
            if !licensed && self.para.word(i).is_some_and(definite) {
                return;
            }
            self.bare_noun = (!licensed).then_some(i);
            // "رفض الرئيس لقاء المبعوث": the rejecter is the actor of the act it refuses, and the
            // noun's complement is its target.
            let refused = negated && self.last_emitted.is_some_and(|(_, rejecting)| rejecting);
            if refused {
                let source = self.implicit(i);
                let target = titled_actor
                    .as_ref()
                    .or(genitive_actor)
                    .map(|s| s.entity)
                    .or_else(|| self.target_after(i + 1, source.entity, 0));
                return self.finish_event(code, i, source, target, negated);
            }
            // "غارة إسرائيلية", "بوساطة إماراتية": a noun's nationality is its actor.
            let nisba = next.as_ref().filter(|s| {
                let name = self
                    .entities
                    .get(s.entity)
                    .map(|e| text::normalize_word(&e.name))
                    .unwrap_or_default();
                next_kind == Some(EntityType::Location)
                    && s.last == s.first + 1
                    && self.para.word(s.first).is_some_and(|w| {
                        w.ends_with("يه")
                            || (w.starts_with("ال") && w.ends_with('ي'))
                            || (w.ends_with('ي') && w != name)
                    })
            });
            // "قصف إسرائيل لمستشفى", "اعتقال السلطات التونسية": the agent in construct.
            let construct = construct_agent
                .filter(|_| !entry.suffixed && genitive_actor.is_none() && titled_actor.is_none());
            // "غارة بطائرة مسيرة تركية": the nationality of the weapon an attack was made with.
            let weapon_nisba = (nisba.is_none()
                && next.is_none()
                && matches!(code.get(..2), Some("18" | "19" | "20"))
                && self
                    .para
                    .word(i + 1)
                    .is_some_and(|w| w.starts_with('ب') && !definite(w)))
            .then(|| {
                (i + 2..(i + 5).min(self.range.end))
                    .take_while(|&k| {
                        self.para.word(k).is_some_and(|w| {
                            !PREPOSITIONS.contains(&bare(w)) && !w.starts_with('ل')
                        })
                    })
                    .find_map(|k| self.para.span_at.get(k).copied().flatten())
            })
            .flatten()
            .and_then(|si| self.para.spans.get(si).cloned())
            .filter(|s| {
                !s.behind_prep
                    && s.last == s.first + 1
                    && self.entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Location)
                    && self
                        .para
                        .word(s.first)
                        .is_some_and(|w| w.ends_with("يه") || w.ends_with('ي'))
            });
            // "في غارات جوية إسرائيلية", "ضربة جوية أمريكية": an adjective of the attack may
            // stand before its nationality.
            let adjective = |k: usize| {
                self.para
                    .word(k)
                    .is_some_and(|w| !definite(w) && (w.ends_with("يه") || w.ends_with('ي')))
                    && self.para.hits.get(k).copied().flatten().is_none()
                    && self.para.span_at.get(k).copied().flatten().is_none()
            };
            let nisba_past_adjective = (nisba.is_none()
                && next.is_none()
                && matches!(code.get(..2), Some("18" | "19" | "20"))
                && adjective(i + 1))
            .then(|| self.para.span_at.get(i + 2).copied().flatten())
            .flatten()
            .and_then(|si| self.para.spans.get(si).cloned())
            .filter(|s| {
                !s.behind_prep
                    && s.first == i + 2
                    && s.last == s.first + 1
                    && self.entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Location)
                    && self
                        .para
                        .word(s.first)
                        .is_some_and(|w| w.ends_with("يه") || w.ends_with('ي'))
            });
            let nisba = nisba
                .or(weapon_nisba.as_ref())
                .or(nisba_past_adjective.as_ref());
            let source = if let Some(c) = construct.as_ref() {
                Actor {
                    entity: Some(c.entity),
                    text: Some(self.para.text(i + 1, c.last)),
                    explicit: true,
                    end: Some(c.last),
                }
            } else if let Some(t) = titled_actor.as_ref() {
                Actor {
                    entity: Some(t.entity),
                    text: Some(self.para.text(i + 1, t.last)),
                    explicit: false,
                    end: Some(t.last),
                }
            } else if let Some(g) = genitive_actor {
                Actor {
                    entity: Some(g.entity),
                    text: Some(self.para.text(g.first, g.last)),
                    explicit: true,
                    end: Some(g.last),
                }
            } else if let Some(n) = nisba {
                Actor {
                    entity: Some(n.entity),
                    text: Some(self.para.text(n.first, n.last)),
                    explicit: false,
                    end: Some(n.last),
                }
            } else if let Some(a) = supported_after.then(|| self.agent_after(i)).flatten() {
                // "تفجير انتحاري تبنته حركة الشباب", "هجوم شنته القوات": the subject of the
                // relative support verb.
                Actor::named(self, a)
            } else if let Some(s) = support {
                s
            } else if let Some(sp) = self.speaker.clone().filter(|_| announced) {
                Actor {
                    explicit: false,
                    end: None,
                    ..sp
                }
            } else {
                // ("أعلنت وزارة الداخلية في مالي توقيف": else the one who announces it.)
                let implicit = self.implicit(i);
                match implicit.entity {
                    None => self.announcer(i).unwrap_or(implicit),
                    Some(_) => implicit,
                }
            };
            let from = source
                .end
                .filter(|_| {
                    genitive_actor.is_some()
                        || titled_actor.is_some()
                        || nisba.is_some()
                        || construct.is_some()
                })
                .unwrap_or(i + 1);
            // "زيارة المبعوث الأمريكي جوناثان ميلر إلى باماكو": the name right after the title
            // and its nationality is the titled one, the same actor, not the target.
            let from = if construct.is_none() && titled_actor.is_some() {
                self.para
                    .span_at
                    .get(from)
                    .copied()
                    .flatten()
                    .and_then(|si| self.para.spans.get(si))
                    .filter(|s| {
                        s.first == from
                            && !s.behind_prep
                            && self.entities.get(s.entity).map(|e| e.kind)
                                == Some(EntityType::Person)
                    })
                    .map_or(from, |s| s.last)
            } else {
                from
            };
            // "تلقى الرئيس اتصالا هاتفيا من نظيره التونسي": the caller acts on the receiver.
            let received = self.support.as_ref().is_some_and(|(k, _)| {
                *k < i
                    && self
                        .para
                        .word(*k)
                        .is_some_and(|w| bare(w).starts_with("تلق"))
            });
            let sender = (i + 1..(i + 5).min(self.range.end))
                .take_while(|&k| self.para.word(k).is_some())
                .find(|&k| self.para.word(k).map(bare) == Some("من"))
                .and_then(|k| {
                    // "من صاحب السمو الملكي الأمير …": styles before the caller's name do not
                    // count against the three words searched.
                    let styles = (k + 1..self.range.end)
                        .take_while(|&j| {
                            self.para.span_at.get(j).copied().flatten().is_none()
                                && self.para.word(j).is_some_and(courtesy_style)
                        })
                        .count();
                    (k + 1..(k + 4 + styles).min(self.range.end))
                        .find_map(|j| self.para.span_at.get(j).copied().flatten())
                })
                .and_then(|si| self.para.span_entity(si))
                .filter(|_| {
                    received && !explicit_source_before(&titled_actor, genitive_actor, nisba)
                });
            if let Some(snd) = sender {
                let target = source.entity.filter(|&r| r != snd);
                let source = Actor::named(self, snd);
                return self.finish_event(code, i, source, target, negated);
            }
            // "اشتباكات اندلعت بين الجيش وقوات الدعم السريع": the two sides of a clash.
            let explicit_source = titled_actor.is_some()
                || genitive_actor.is_some()
                || nisba.is_some()
                || construct.is_some();
            if let Some((a, b)) = self.between_pair(i).filter(|_| !explicit_source) {
                let source = Actor::named(self, a);
                (source, Some(b))
            } else {
                let target = titled_patient
                    .as_ref()
                    .map(|s| s.entity)
                    .filter(|&t| Some(t) != source.entity)
                    .or_else(|| self.target_after(from, source.entity, 0));
                (source, target)
            }
        } else if let Some((source, target)) = self.resumptive(i, entry) {
            (source, target)
        } else if let Some((crowd, target)) = self.crowd_subject(i, code, entry.pos) {
            (crowd, target)
        } else if self.after_relative(i) {
            // "الهجوم الذي استهدف دورية": the subject is the noun before الذي, named or not.
            // ("جهاز الأمن المالي، الذي أوقفها": a comma may stand before الذي.)
            let antecedent = i
                .checked_sub(2)
                .and_then(|a| self.para.spans.iter().find(|s| s.last == a + 1))
                .map(|s| s.entity)
                .or_else(|| self.relative_antecedent(i, true));
            let source = Actor {
                entity: antecedent,
                text: None,
                explicit: false,
                end: None,
            };
            let target = self.target_after(i + 1, antecedent, 0);
            (source, target)
        } else if let Some((subject, object)) = self.object_of_feminine_verb(i, entry) {
            (subject, Some(object))
        } else if let Some(subject) = self.continuing_subject(i, code, entry) {
            // "زار رئيس الوزراء مقديشو، والتقى الرئيس الصومالي حسن محمود": a meeting verb
            // joined by و continues the sentence's subject; the person after it is met.
            let target = self.target_after(i + 1, subject.entity, 0);
            (subject, target)
        } else {
            let mut source = match self.pluperfect_subject(i) {
                Some(a) if entry.pos == Pos::Verb => a,
                _ => self.subject_of(i, entry.pos, false),
            };
            // "كشف المكتب أن الأجهزة الأمنية اعتقلت", "أن طائرة مسيرة قصفت": a plain noun
            // phrase after أن is the subject, whoever reports it; it names no entity.
            if !source.explicit && self.plain_subject_after_complementizer(i) {
                source = Actor::unnamed();
            }
            // "أعلنت وزارة الدفاع الجزائرية أن مفارز الجيش أوقفت": but an army with no state
            // of its own is the speaker's state's.
            if source.entity.is_none() {
                if let Some(e) = self.speaker_state_force(i) {
                    source = Actor::named(self, e);
                }
            }
            // "ذكر الجيش أن مسلحين من حزب العمال اقتحموا موقعا": members of a body named
            // between أن and the verb act for it, not whoever reports them.
            if !source.explicit {
                if let Some(e) = self.members_after_complementizer(i) {
                    source = Actor::named(self, e);
                }
            }
            // "استهدفت مسيّرة إسرائيلية نقطة للجيش", "إن طائرة مسيرة تركية استهدفت": a craft
            // or weapon with a nationality as subject stands for its state.
            if matches!(code.get(..2), Some("18" | "19" | "20")) {
                // (Right after the verb the craft is the subject whatever came before.)
                let found = self
                    .craft_nationality(i)
                    .filter(|&(_, _, after)| after || source.entity.is_none());
                if let Some((e, end, _)) = found {
                    source = Actor {
                        entity: Some(e),
                        text: None,
                        explicit: true,
                        end: Some(end),
                    }
                    .with_text_of(self, e);
                }
            }
            // ("رفضت الجبهة الاتفاق الذي وقعه الجيش، وأعلنت أنها": a verb in a relative clause
            // is not the sentence's verb; what a joined verb continues is the subject before.)
            if source.entity.is_some()
                && matches!(entry.pos, Pos::Verb | Pos::Present)
                && !self.after_relative(i)
            {
                self.verb_subject = Some(source.clone());
            }
            let mut from = source.end.unwrap_or(i + 1);
            // "فرضت الولايات المتحدة وبريطانيا عقوبات على": a second name joined to the subject
            // by و acts too, unless the act is mutual (meet, agree, sign, cooperate, clash).
            if let Some(co) = self.co_subject(i, code, &source) {
                co_subject = Some(co.entity);
                from = co.last;
            }
            // "متهمة إياها": the pronoun object is the one the sentence acted on last.
            let pronoun_object = self
                .para
                .word(i + 1)
                .is_some_and(|w| matches!(w, "اياه" | "اياها" | "اياهم" | "اياهما"));
            let target = if pronoun_object {
                let other_subject = self
                    .verb_subject
                    .as_ref()
                    .and_then(|a| a.entity)
                    .filter(|&e| Some(e) != source.entity);
                self.last_target
                    .or(other_subject)
                    .or_else(|| self.ctx.pair.map(|(_, t)| t))
            } else {
                self.target_after(from, source.entity, 0)
            };
            // "طالب البرلمان العراقي الحكومة بإنهاء …": the government or authorities with no
            // nationality, as the object, are those of the source's country.
            let target = target.or_else(|| {
                let bare_authority = self
                    .para
                    .word(from)
                    .is_some_and(|w| matches!(bare(w), "الحكومه" | "السلطات"))
                    && self.para.span_at.get(from + 1).copied().flatten().is_none();
                bare_authority
                    .then(|| source.entity.and_then(|e| self.country_of(e)))
                    .flatten()
                    .and_then(|c| self.country_entity(&c))
                    .filter(|&t| Some(t) != source.entity)
            });
            // "وصل إلى بغداد أمس وزير الخارجية التركي": the place of a visit put before the
            // subject is where it goes.
            let target = target.or_else(|| {
                let fronted = from > i + 2
                    && code.starts_with("04")
                    && self.para.word(i + 1).map(bare) == Some("الي");
                fronted
                    .then(|| self.para.span_at.get(i + 2).copied().flatten())
                    .flatten()
                    .and_then(|si| self.para.span_entity(si))
                    .filter(|&t| Some(t) != source.entity)
            });
            // "رفض البرلمان المشروع الذي قدمته الحكومة، مطالبًا بإعادة صياغته": a demand,
            // accusation, rejection or threat in a circumstantial participle addresses the one
            // the sentence acted on.
            let addressed = entry.pos == Pos::Participle
                && matches!(code.get(..2), Some("10" | "11" | "12" | "13"));
            let target = target.or(self.last_target.filter(|_| addressed));
            (source, target)
        };
        // "اعتُقل الصحفي على يد قوات الأمن", "لهجوم من قبل مسلحين": the agent is the source;
        // a named subject of the passive verb is its patient.
        let (source, target) = match self.passive_agent(i) {
            Some(a) if source.entity != Some(a) => {
                let patient = source
                    .entity
                    .filter(|_| source.explicit && matches!(entry.pos, Pos::Verb | Pos::Present));
                let target = patient.or(target).filter(|&t| t != a);
                let agent = Actor::named(self, a);
                (agent, target)
            }
            _ => (source, target),
        };
        // "تصدت قواته لهجوم شنته قوات الدعم السريع", "اعترضت صاروخين أطلقتهما الجماعة":
        // repelling or intercepting names the attacker after the attack; repelling is an act
        // on the attacker, who attacked too; an interception tells only the attack, on the one
        // intercepting.
        let after_source = source.end.filter(|&e| e > i).unwrap_or(i + 1);
        let (target, intercepted) = match self.attacker_repelled(i, after_source, code, entry) {
            Some((attacker, intercept)) if Some(attacker) != source.entity => {
                let actor = Actor::named(self, attacker);
                if intercept {
                    return self.finish_event(code, i, actor, source.entity, negated);
                }
                (target.or(Some(attacker)), Some(actor))
            }
            _ => (target, None),
        };
        // The attacker's own act is on the body that repelled it ("صد الجيش هجوما شنته X على
        // مواقعه": X attacked the army), as with an interception; a person named as the source
        // is mostly the one who tells of it.
        if let Some(actor) = intercepted {
            let repeller = source.entity.filter(|&r| {
                self.entities
                    .get(r)
                    .is_some_and(|e| e.kind != EntityType::Person)
            });
            self.finish_event(code, i + 1, actor, repeller, negated);
        }
        // "هدد الحوثيون بشن هجمات", "هددت واشنطن طهران": a threat names what or whom it
        // threatens; "يهدد جهود السلام" (endangers) is no threat.
        if let Some(co) = co_subject.filter(|&c| Some(c) != target) {
            let actor = Actor::named(self, co);
            self.finish_event(code, i, actor, target, negated);
        }
        if code.starts_with("13") && target.is_none() {
            let with_b = (i + 1..(i + 10).min(self.range.end))
                .take_while(|&k| self.para.word(k).is_some())
                .any(|k| {
                    self.para
                        .word(k)
                        .is_some_and(|w| bare(w).starts_with('ب') && !definite(w))
                        || self
                            .para
                            .word(k)
                            .is_some_and(|w| bare(w).starts_with("بال"))
                });
            if !with_b {
                return;
            }
        }
        // "وصلت إلى ميناء عدن سفينة محملة بالقمح مقدمة من برنامج الأغذية العالمي": a shipment
        // that arrives is aid from its sender to the place's state, not a visit.
        if let Some(sender) = self.aid_shipment(code) {
            // The receiver is the state the shipment goes to (إلى مدينة كادقلي), when named.
            let target = self
                .destination_state()
                .filter(|&t| Some(t) != sender.entity)
                .or(target);
            return self.finish_event("070", i, sender, target, negated);
        }
        // "تسلمت القوات النيجرية من روسيا دفعة من المروحيات", "… الزوارق التي قدمتها تركيا":
        // what is received is given by the one named after من or by the relative verb.
        if let Some(giver) = self.giver_of_received(i, code) {
            let actor = Actor::named(self, giver);
            let receiver = source.entity.filter(|&r| r != giver);
            return self.finish_event(code, i, actor, receiver, negated);
        }
        // "الإفراج عن رهائن كانوا محتجزين لدى جماعة مسلحة": the holder releases them.
        let (source, target) = match self.holder_of_released(i, code) {
            Some(holder) => {
                let actor = match holder {
                    Some(h) => Actor::named(self, h),
                    None => Actor::unnamed(),
                };
                (actor, target.filter(|&t| Some(t) != holder))
            }
            None => (source, target),
        };
        // "قضت المحكمة بسجن ستة متهمين لانتمائهم إلى جماعة …": a sentence is the court's, toward
        // the group the convicts served or the convict named after it.
        let (source, target) = if code.starts_with("116") {
            let source = self.court_of_sentence(i).unwrap_or(source);
            // (Else a body found before, "عناصر من جماعة"; a person or place found far from
            // the sentence is no convict.)
            let body = target.filter(|&t| {
                let id = self.entities.get(t).map(|e| e.id.as_str());
                self.span_ahead(i + 1, i + 12, |e| {
                    e.kind == EntityType::Organization && Some(e.id.as_str()) == id
                })
                .is_some()
            });
            let convict = self.named_convict(i);
            // (The convict taken for the subject: "قضت محكمة جزائرية بسجن الصحفي X".)
            let source = if convict.is_some() && convict == source.entity {
                Actor::unnamed()
            } else {
                source
            };
            let target = self
                .convicts_served(i)
                .or(convict)
                .or(body)
                .filter(|&t| Some(t) != source.entity);
            (source, target)
        } else {
            (source, target)
        };
        // "وهو ما نددت به حركة حماس", "ودان رئيس الحكومة العملية": a reaction that names no
        // one reacts to the last act told before it.
        let target = target.or_else(|| self.reacted_to(i, code, &source));
        self.finish_event(code, i, source, target, negated);
    }

    /// The actor a reaction with no one named after it reacts to: praise or welcome (051),
    /// criticism and condemnation (11) or rejection (12) of "the step", "the operation", "what
    /// X did" takes as its target the source of the last event of the paragraph by another
    /// actor ("أعلنت فرنسا اعترافها بالخطة، وهو ما رحبت به الرباط" → France).
    /// The reaction must point back at the act: `ما` before the verb ("وهو ما رحبت به"), a
    /// pronoun right after it ("في خطوة أشاد بها"), or a definite noun naming an act told
    /// before ("الخطوة"، "العملية"، "بالمبادرة") in its clause.
    /// Not matched: a reaction whose source is unknown, with no earlier event in the paragraph
    /// (an act named only as a noun the engine did not code), or that points back at nothing
    /// ("رفضت أن تدفع الغرامة", "لا ترحب بالحرب").
    fn reacted_to(&self, i: usize, code: &str, source: &Actor) -> Option<usize> {
        // (An accusation names whom it accuses: "تتهم عمان جماعات مرتبطة بإيران".)
        let reaction = code.starts_with("051")
            || (code.starts_with("11") && !code.starts_with("112"))
            || code.starts_with("12");
        let own = source.entity.and_then(|e| self.entities.get(e))?;
        if !reaction {
            return None;
        }
        let word = |k: usize| self.para.word(k).map(bare);
        let relative =
            (i.saturating_sub(2).max(self.range.start)..i).any(|k| word(k) == Some("ما"));
        let pronoun = matches!(word(i + 1), Some("به" | "بها" | "بهم" | "بهما"));
        let act_named = (i + 1..(i + 8).min(self.range.end))
            .take_while(|&k| {
                self.para.tokens.get(k).is_some_and(|t| {
                    t.kind == TokenKind::Word || matches!(t.norm.as_str(), "«" | "»" | "\"")
                })
            })
            .any(|k| {
                word(k).is_some_and(|w| {
                    let w = w
                        .strip_prefix('ب')
                        .filter(|r| r.starts_with("ال"))
                        .unwrap_or(w);
                    REFERRING_ACTS.contains(&w)
                })
            });
        // "ورفضت واشنطن الاتهامات" after "اتهمت باماكو واشنطن بالتجسس": rejecting the
        // accusations made against one answers whoever made them, anywhere before in the page.
        let accusations_named = (i + 1..(i + 4).min(self.range.end)).any(|k| {
            word(k).is_some_and(|w| {
                let w = w.strip_prefix('ب').unwrap_or(w);
                matches!(w, "الاتهامات" | "الاتهام" | "الادعاءات" | "المزاعم")
            })
        });
        if accusations_named {
            let accuser = self
                .events
                .iter()
                .rev()
                .find(|e| e.code.starts_with("11") && e.target.as_deref() == Some(own.id.as_str()))
                .and_then(|e| e.source.as_ref())
                .filter(|s| **s != own.id)
                .and_then(|id| self.entity_index(id));
            if accuser.is_some() {
                return accuser;
            }
        }
        // "في قرار رفضته باريس": a verb with the act noun's pronoun, in a clause on it.
        let clause_on_act = word(i).is_some_and(has_pronoun_suffix)
            && i.checked_sub(1)
                .and_then(word)
                .is_some_and(|w| matches!(w, "قرار" | "خطوه" | "اجراء" | "تحرك" | "اعلان"));
        if !(relative || pronoun || act_named || clause_on_act) {
            return None;
        }
        let id = self
            .events
            .iter()
            .rev()
            .take_while(|e| e.paragraph == self.para.index)
            .find_map(|e| e.source.as_ref().filter(|s| **s != own.id))?;
        self.entity_index(id)
    }

    /// The subject of a pluperfect verb at `i`, told between كان and قد ("وكان مسلحون من حركة
    /// الشباب قد هاجموا مركزا"): the first name there that is no place adverbial (members
    /// stand for their organization), or someone unnamed when the phrase names no one.
    /// Not matched: anything else than كان … قد right before the verb, in one clause.
    fn pluperfect_subject(&self, i: usize) -> Option<Actor> {
        // (Exactly قد: "فقد دعا" is "so he called", no pluperfect.)
        if i < 3 || self.para.word(i - 1) != Some("قد") {
            return None;
        }
        let was = (i.saturating_sub(10).max(self.range.start)..i - 2)
            .rev()
            .take_while(|&k| {
                self.para
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.kind == TokenKind::Word)
            })
            .find(|&k| {
                self.para.word(k).is_some_and(|w| {
                    let w = bare(w);
                    let w = w.strip_prefix('و').unwrap_or(w);
                    matches!(w, "كان" | "كانت" | "كانوا")
                })
            })?;
        let named = (was + 1..i - 1)
            .filter_map(|k| self.para.span_at.get(k).copied().flatten())
            .filter_map(|si| self.para.spans.get(si))
            .find(|s| {
                // ("مسلحون قادمون من الأراضي السودانية": where they come from is no actor.)
                let prep_at = |k: usize| {
                    self.para
                        .word(k)
                        .is_some_and(|w| PREPOSITIONS.contains(&bare(w)))
                };
                let behind_prep = s.first.checked_sub(1).is_some_and(prep_at)
                    || (s.first.checked_sub(2).is_some_and(prep_at)
                        && self.para.word(s.first - 1).is_some_and(definite));
                s.first > was
                    && s.last < i
                    && (self.member_of(s)
                        || !(s.behind_prep || behind_prep || self.locative_before(s.first)))
            })
            .map(|s| s.entity);
        Some(match named {
            Some(e) => Actor::named(self, e),
            None => Actor::unnamed(),
        })
    }

    /// The giver of what the verb of receiving at `i` (تسلم) receives: named after من, or the
    /// subject of a relative verb of giving with its pronoun (قدمتها، أرسلها).
    fn giver_of_received(&self, i: usize, code: &str) -> Option<usize> {
        if !code.starts_with("07") {
            return None;
        }
        let w = self.para.word(i).map(bare)?;
        if !["تسلم", "تتسلم", "يتسلم", "استلم"]
            .iter()
            .any(|p| w.starts_with(p))
        {
            return None;
        }
        let end = (i + WINDOW + 4).min(self.range.end);
        (i + 1..end).find_map(|k| {
            let w = self.para.word(k).map(bare)?;
            let cue = w == "من"
                || (["قدم", "ارسل", "سلم", "منح"]
                    .iter()
                    .any(|p| w.starts_with(p))
                    && has_pronoun_suffix(w));
            if !cue {
                return None;
            }
            let si = self.para.span_at.get(k + 1).copied().flatten()?;
            let s = self.para.spans.get(si)?;
            let e = self.entities.get(s.entity)?;
            (e.kind != EntityType::Location || state_actor(e)).then_some(s.entity)
        })
    }

    /// For a release (084) of people "كانوا محتجزين لدى X" after it: the holder X (none when
    /// unnamed), who is the one releasing.
    fn holder_of_released(&self, i: usize, code: &str) -> Option<Option<usize>> {
        if !code.starts_with("084") {
            return None;
        }
        let k = (i + 1..self.range.end).find(|&k| {
            self.para
                .word(k)
                .is_some_and(|w| w.starts_with("محتجز") || w.starts_with("المحتجز"))
                && self.para.word(k + 1).map(bare) == Some("لدي")
        })?;
        Some(
            (k + 2..(k + 4).min(self.range.end))
                .find_map(|j| self.para.span_at.get(j).copied().flatten())
                .and_then(|si| self.para.span_entity(si)),
        )
    }

    /// For a court's sentence (code `116`, حكم/قضى/أحكام … بالسجن): the group the convicts
    /// served, named within six words after their belonging (`بالانتماء إلى`، `لانتمائهم إلى`،
    /// `ثبت انتماؤهم إلى`، `منتمون إلى`، `بالولاء لـ`، `مبايعة`, also through `خلية مرتبطة
    /// بـ`), or the state or body
    /// they spied for (`بالتجسس لصالح`، `التخابر مع`). Not matched: a place (a town, a region),
    /// a name past the sentence's end; then the sentence keeps the target found before (the
    /// named convict, `عناصر من` a group).
    fn convicts_served(&self, i: usize) -> Option<usize> {
        let end = self.range.end;
        (i + 1..end).find_map(|k| {
            // The word as written and without its conjunction ("ولاء" is a word of its own,
            // "ولانتمائهم" is و + ل + the noun), then without its preposition and article.
            let w = self.para.word(k)?;
            let stems = [w, bare(w)].map(|w| {
                let stem = w
                    .strip_prefix("ب")
                    .or_else(|| w.strip_prefix("ل"))
                    .unwrap_or(w);
                stem.strip_prefix("ال").unwrap_or(stem)
            });
            let cue = |ps: &[&str]| stems.iter().any(|s| ps.iter().any(|p| s.starts_with(p)));
            let belonging = cue(&["انتما", "منتم", "ولاء", "ولايهم", "ولايهما", "مبايع", "بايع"]);
            let spying = cue(&["تجسس", "تخابر"]);
            if !(belonging || spying) {
                return None;
            }
            // Before any punctuation: the name belongs to the clause of the cue.
            self.span_ahead(k + 1, k + 7, |e| match e.kind {
                EntityType::Organization => true,
                EntityType::Location => spying && state_actor(e),
                _ => false,
            })
        })
    }

    /// The entity of the first span among the words from `from` up to `limit` (before the
    /// first punctuation mark or the sentence's end) that `fits`.
    fn span_ahead(
        &self,
        from: usize,
        limit: usize,
        fits: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        (from..limit.min(self.range.end))
            .take_while(|&j| {
                self.para
                    .tokens
                    .get(j)
                    .is_some_and(|t| t.kind == TokenKind::Word)
            })
            .find_map(|j| {
                let si = self.para.span_at.get(j).copied().flatten()?;
                let e = self.para.span_entity(si)?;
                fits(self.entities.get(e)?).then_some(e)
            })
    }

    /// The convener of the meeting named by the noun at `i`, told in a relative clause right
    /// after it (past at most five words and no punctuation: "الاجتماع الوزاري الذي دعت إليه
    /// باريس", "جولة المفاوضات الثلاثية حول السد التي دعا إليها الاتحاد"): the actor named within
    /// three words after the clause's verb of calling (دعا إلى).
    fn convener(&self, i: usize) -> Option<usize> {
        if !self
            .para
            .hits
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|e| e.pos == Pos::Noun)
        {
            return None;
        }
        let relative = (i + 1..(i + 7).min(self.range.end))
            .take_while(|&k| self.para.word(k).is_some())
            .find(|&k| matches!(self.para.word(k), Some("الذي" | "التي")))?;
        let verb = self.para.word(relative + 1).map(bare)?;
        if !matches!(verb, "دعا" | "دعت" | "دعاه" | "دعته" | "دعاها" | "دعتها")
        {
            return None;
        }
        let from = match self.para.word(relative + 2).map(bare) {
            Some("اليه" | "اليها" | "له" | "لها") => relative + 3,
            _ => relative + 2,
        };
        self.span_ahead(from, from + 3, |_| true)
    }

    /// For a court's sentence at `i`: the person named within eight words after the sentence's
    /// word or after its object (`بسجن`، `بالإعدام`، `على`، `بحق`, within twelve words, past a
    /// comma aside: `قضت المحكمة، مساء الثلاثاء، بسجن المعارض X`), before any punctuation
    /// (`حكما بسجن المعارض البارز X`، `بالإعدام على المتمرد X`): the one sentenced.
    fn named_convict(&self, i: usize) -> Option<usize> {
        let person = |e: &Entity| e.kind == EntityType::Person;
        self.span_ahead(i + 1, i + 9, person).or_else(|| {
            let object = (i + 1..(i + 13).min(self.range.end)).find(|&k| {
                self.para.word(k).is_some_and(|w| {
                    let w = bare(w);
                    [
                        "بسجن",
                        "بالسجن",
                        "باعدام",
                        "بالاعدام",
                        "بحبس",
                        "بالحبس",
                        "بحق",
                    ]
                    .iter()
                    .any(|p| w.starts_with(p))
                        || w == "علي"
                })
            })?;
            self.span_ahead(object + 1, object + 9, person)
        })
    }

    /// For a court's sentence at `i`: the court that passed it, the source. The court is a
    /// word of a court (محكمة، الدائرة، القضاء) before the sentence's word in its sentence, or
    /// within three words after its verb (`قضت محكمة …`); it is the body or the state named in
    /// its phrase, within eight words and before the sentence's word: the court itself as an
    /// entity (`محكمة أمن الدولة الأردنية`), its nationality (`محكمة الجنايات الكويتية`) or its
    /// seat (`محكمة الاستئناف بتونس`، `محكمة في نواكشوط`). A person named there (a judge) is not
    /// the court's state. None when no court word is found or its phrase names no state or body
    /// (the sentence keeps the source found before).
    fn court_of_sentence(&self, i: usize) -> Option<Actor> {
        let court_word = |k: usize| {
            self.para.word(k).is_some_and(|w| {
                let w = bare(w);
                let w = w.strip_prefix("ال").unwrap_or(w);
                w.starts_with("محكم") || w.starts_with("محاكم") || w == "دايره" || w == "قضاء"
            })
        };
        let before = (self.range.start..i).rev().find(|&k| court_word(k));
        let after = || (i + 1..(i + 4).min(self.range.end)).find(|&k| court_word(k));
        let k = before.or_else(after)?;
        let limit = if k < i { i } else { k + 9 };
        let e = self.span_ahead(k, limit, |e| match e.kind {
            EntityType::Organization => true,
            EntityType::Location => state_actor(e),
            _ => false,
        })?;
        Some(Actor::named(self, e))
    }

    /// When an arrival (code `042`) at `i` is of troops (قوات، كتيبة، وحدات، طلائع، جنود) within
    /// a peacekeeping mission named in the sentence (بعثة, حفظ السلام): the state that sends
    /// them, named by the troops' nationality within three words after the troop noun
    /// (`القوات المصرية`، `كتيبة كينية`، `وحدات الجيش المصري`). Not matched: an arrival with no
    /// mission word (a visit, a deployment told otherwise), troops of no nationality.
    fn peacekeepers_arriving(&self, i: usize, code: &str) -> Option<usize> {
        if !code.starts_with("042") {
            return None;
        }
        let words = self.range.start..self.range.end;
        let mission = words.clone().any(|k| {
            self.para.word(k).is_some_and(|w| {
                // (ب is the noun's own letter or a preposition: "بعثة"، "ببعثة"، "للبعثة".)
                let w = bare(w);
                let stripped = w
                    .strip_prefix('ب')
                    .or_else(|| w.strip_prefix('ل'))
                    .unwrap_or(w);
                [w, stripped]
                    .iter()
                    .any(|w| w.starts_with("بعثه") || w.starts_with("البعثه"))
                    || (w == "حفظ" && self.para.word(k + 1).map(bare) == Some("السلام"))
            })
        });
        if !mission {
            return None;
        }
        // The troop noun: after the verb, before the mission's name.
        (i + 1..(i + 10).min(self.range.end)).find_map(|k| {
            let w = bare(self.para.word(k)?);
            let w = w.strip_prefix("ال").unwrap_or(w);
            let troops = ["قوات", "كتيب", "وحدات", "طلايع", "جنود", "جندي", "قوه"]
                .iter()
                .any(|p| w.starts_with(p));
            if !troops {
                return None;
            }
            self.span_ahead(k + 1, k + 4, |e| {
                e.kind == EntityType::Location && state_actor(e)
            })
        })
    }

    /// True when the killing at `i` (a form of قتل or أعدم) is a mass killing: a count of thirty
    /// or more (`أربعين`، `85`، `مئة`، `عشرات`) within twelve words after it, followed within
    /// three words by the villagers, civilians, residents or men killed (`نحو أربعين قرويا`،
    /// `ما لا يقل عن 85 من سكانها`). Not matched: fewer than thirty, deaths by shelling, a
    /// strike or a blast named in the sentence (the guide codes those 19), the noun مقتل.
    fn mass_killing(&self, i: usize) -> bool {
        let killing = self.para.word(i).is_some_and(|w| {
            let w = bare(w);
            ["قتل", "اعدم"].iter().any(|p| w.starts_with(p))
        });
        if !killing {
            return false;
        }
        let weapon = (self.range.start..self.range.end).any(|k| {
            self.para.word(k).is_some_and(|w| {
                text::clitic_candidates(w).iter().any(|c| {
                    let f = c.form.strip_prefix("ال").unwrap_or(c.form);
                    MASS_KILLING_WEAPONS.iter().any(|p| f.starts_with(p))
                })
            })
        });
        if weapon {
            return false;
        }
        let end = (i + 13).min(self.range.end);
        (i + 1..end).any(|k| {
            self.para.word(k).is_some_and(large_count)
                && (k + 1..(k + 4).min(self.range.end)).any(|v| {
                    self.para.word(v).is_some_and(|w| {
                        text::clitic_candidates(w).iter().any(|c| {
                            let f = c.form.strip_prefix("ال").unwrap_or(c.form);
                            MASS_KILLING_VICTIMS.iter().any(|p| f.starts_with(p))
                        })
                    })
                })
        })
    }

    /// The state a shipment or convoy goes to: a country or capital named within three words
    /// after `إلى`، `باتجاه` or `نحو` in the sentence (`إلى مدينة كادقلي` when the town is
    /// written as a name of its state, `باتجاه قطاع غزة`). Not matched: a town that is an entity
    /// of its own, a name behind other punctuation.
    fn destination_state(&self) -> Option<usize> {
        (self.range.start..self.range.end)
            .filter(|&k| {
                self.para
                    .word(k)
                    .is_some_and(|w| matches!(bare(w), "الي" | "باتجاه" | "نحو"))
            })
            .find_map(|k| {
                self.span_ahead(k + 1, k + 4, |e| {
                    e.kind == EntityType::Location && state_actor(e)
                })
            })
    }

    /// When an arrival (code `042`) is of a ship, plane, convoy or shipment carrying aid: its sender
    /// (named after مقدمة من، أرسلها، قدمتها, or the nationality of the craft or aid), or none.
    fn aid_shipment(&self, code: &str) -> Option<Actor> {
        if !code.starts_with("042") {
            return None;
        }
        let words = self.range.start..self.range.end;
        let carrier = words.clone().any(|k| {
            self.para.word(k).is_some_and(|w| {
                let w = bare(w);
                let w = w.strip_prefix("ال").unwrap_or(w);
                matches!(
                    w,
                    "سفينه"
                        | "طايره"
                        | "قافله"
                        | "شحنه"
                        | "دفعه"
                        | "شاحنات"
                        | "سفن"
                        | "طايرات"
                )
            })
        });
        let cargo = words.clone().any(|k| {
            self.para.word(k).is_some_and(|w| {
                let w = bare(w);
                [
                    "محمل",
                    "تحمل",
                    "مساعد",
                    "المساعد",
                    "اغاث",
                    "الاغاث",
                    "بالمواد",
                    "المواد",
                    "غذاي",
                    "الغذاي",
                    "ادويه",
                    "الادويه",
                ]
                .iter()
                .any(|p| w.starts_with(p))
            })
        });
        if !(carrier && cargo) {
            return None;
        }
        let span_from = |k: usize| {
            (k..(k + 3).min(self.range.end))
                .find_map(|j| self.para.span_at.get(j).copied().flatten())
                .and_then(|si| self.para.spans.get(si))
                .filter(|s| !s.behind_prep || s.first > k)
                .map(|s| s.entity)
        };
        // The sender after its cue.
        let cued = words.clone().find_map(|k| {
            let w = self.para.word(k).map(bare)?;
            let after_from = matches!(w, "مقدمه" | "المقدمه" | "مرسله" | "المرسله" | "هديه")
                && self.para.word(k + 1).map(bare) == Some("من");
            let sent = ["ارسل", "قدم", "سير", "تبرع"]
                .iter()
                .any(|p| w.starts_with(p))
                && has_pronoun_suffix(w);
            if after_from {
                span_from(k + 2)
            } else if sent {
                span_from(k + 1)
            } else {
                None
            }
        });
        // "طائرة مساعدات قطرية", "سفينة سعودية": the craft's or the aid's nationality.
        let nationality = || {
            words.clone().find_map(|k| {
                let si = self.para.span_at.get(k).copied().flatten()?;
                let s = self.para.spans.get(si)?;
                let w = self.para.word(k)?;
                let nisba = s.last == s.first + 1
                    && !s.behind_prep
                    && self.entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Location)
                    && (w.ends_with('ي') || w.ends_with("يه"));
                nisba.then_some(s.entity)
            })
        };
        let sender = cued.or_else(nationality);
        Some(match sender {
            Some(e) => Actor::named(self, e),
            None => Actor {
                entity: None,
                text: None,
                explicit: false,
                end: None,
            },
        })
    }

    /// "دانت الجامعة العربية القصف، ودعت مجلس الأمن إلى …": a feminine verb joined by و
    /// cannot have the masculine body after it as subject; it continues the sentence's subject
    /// and the body is its object.
    fn object_of_feminine_verb(&self, i: usize, entry: &Entry) -> Option<(Actor, usize)> {
        if entry.pos != Pos::Verb {
            return None;
        }
        let w = self.para.word(i)?;
        let rest = w.strip_prefix('و').or_else(|| w.strip_prefix('ف'))?;
        if !rest.ends_with('ت') || Lexicon::builtin().has(w) {
            return None;
        }
        let si = self.para.span_at.get(i + 1).copied().flatten()?;
        let span = self.para.spans.get(si)?;
        let body = self.entities.get(span.entity)?;
        if span.behind_prep || body.kind != EntityType::Organization {
            return None;
        }
        // The body's head noun: masculine when it has no feminine ending and is no plural of
        // things or people ("قوات", "سلطات" take a feminine verb).
        let head = self.para.word(span.first)?;
        let head = head.strip_prefix("ال").unwrap_or(head);
        let masculine = !head.ends_with('ه')
            && !head.ends_with("ات")
            && !matches!(head, "عناصر" | "قاده" | "جنود" | "فصايل");
        if !masculine {
            return None;
        }
        let subject = self.joined_subject(i)?;
        (subject.entity != Some(span.entity)).then_some((subject, span.entity))
    }

    /// The nationality of a craft or weapon that is the subject of the verb at `i`, right after
    /// it ("قصفت مقاتلات إسرائيلية") or right before it ("طائرة مسيرة تركية استهدفت"), with
    /// where its phrase ends and whether it follows the verb.
    fn craft_nationality(&self, i: usize) -> Option<(usize, usize, bool)> {
        let craft = |k: usize| {
            self.para.word(k).is_some_and(|w| {
                matches!(
                    bare(w),
                    "طايره"
                        | "طايرات"
                        | "مسيره"
                        | "مسيرات"
                        | "مقاتلات"
                        | "مقاتله"
                        | "صاروخ"
                        | "صواريخ"
                        | "قذيفه"
                        | "قذايف"
                        | "زوارق"
                        | "بارجه"
                        | "بوارج"
                        | "مدفعيه"
                        | "دبابات"
                )
            })
        };
        let nisba_at = |k: usize| {
            let si = self.para.span_at.get(k).copied().flatten()?;
            let s = self.para.spans.get(si)?;
            let w = self.para.word(k)?;
            (s.first == k
                && s.last == k + 1
                && !s.behind_prep
                && self.entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Location)
                && (w.ends_with('ي') || w.ends_with("يه")))
            .then_some((s.entity, s.last))
        };
        // After the verb: the craft, an adjective at most, the nationality.
        if craft(i + 1) {
            if let Some((e, end)) = [i + 2, i + 3].into_iter().find_map(nisba_at) {
                return Some((e, end, true));
            }
        }
        // Before it: the craft, an adjective at most, the nationality right before the verb.
        let k = i.checked_sub(1)?;
        let before = nisba_at(k)?;
        let craft_before = (k.saturating_sub(2).max(self.range.start)..k).any(craft);
        craft_before.then_some((before.0, i + 1, false))
    }

    /// True when one to three plain words (no mention, no pronoun suffix) stand between a
    /// complementizer and the verb at `i` (`أن الأجهزة الأمنية اعتقلت`, `أن تكون قوات الجيش قد
    /// قتلت`).
    /// The body whose members stand between a complementizer and the verb at `i`: one or two
    /// plain words (no mention, no event word), `من`, then a name that ends right before the
    /// verb (`أن مسلحين من حزب العمال اقتحموا`, `إن عناصر من الحركة هاجموا`).
    fn members_after_complementizer(&self, i: usize) -> Option<usize> {
        let s = self
            .para
            .spans
            .iter()
            .find(|s| s.last == i && s.first > self.range.start)?;
        let min = s.first.checked_sub(1)?;
        if self.para.word(min).map(bare) != Some("من") {
            return None;
        }
        let plain = |k: usize| {
            self.para.word(k).is_some()
                && self.para.hits.get(k).copied().flatten().is_none()
                && !self.para.spans.iter().any(|o| o.first <= k && k < o.last)
        };
        [1, 2].into_iter().find_map(|n| {
            let c = min.checked_sub(n + 1).filter(|&c| c >= self.range.start)?;
            let opens = self
                .para
                .tokens
                .get(c)
                .is_some_and(|t| t.kind == TokenKind::Word && is_complementizer(&t.norm))
                && !self
                    .para
                    .word(c)
                    .is_some_and(|w| has_pronoun_suffix(bare(w)));
            (opens && (c + 1..min).all(plain)).then_some(s.entity)
        })
    }

    fn plain_subject_after_complementizer(&self, i: usize) -> bool {
        // First the cheap pass: the complementizer within five words, no punctuation.
        let mut k = i;
        let mut subject = Vec::new();
        let found = loop {
            if k <= self.range.start || subject.len() > 3 {
                break false;
            }
            k -= 1;
            let Some(t) = self.para.tokens.get(k) else {
                break false;
            };
            if t.kind != TokenKind::Word {
                break false;
            }
            if is_complementizer(&t.norm) {
                // "أنها لن تنسحب": the complementizer's own pronoun is the subject.
                let own_pronoun = has_pronoun_suffix(bare(&t.norm));
                break !own_pronoun && (1..=3).contains(&subject.len());
            }
            // "أن تكون … قد", "أن … لن": the auxiliary, قد and negators are no subject.
            let w = bare(&t.norm);
            let particle = matches!(
                w,
                "قد" | "تكون"
                    | "يكون"
                    | "كانت"
                    | "كان"
                    | "لن"
                    | "لا"
                    | "لم"
                    | "تزال"
                    | "يزال"
            );
            if !particle {
                subject.push(k);
            }
        };
        if !found {
            return false;
        }
        // Then the subject's words: no mention, no event word, no pronoun suffix (read on
        // the written word: a final ة is no pronoun), no description of a named actor or a
        // person ("إن الجبهة هاجمت"), nor the reporter's own body or state ("إن الجماعة
        // استهدفت", "أن المملكة قدمت").
        subject.iter().all(|&k| {
            let Some(w) = self.para.word(k).map(bare) else {
                return false;
            };
            let in_mention = self.para.span_at.get(k).copied().flatten().is_some()
                || self.para.spans.iter().any(|s| s.first <= k && k < s.last);
            let own = matches!(
                w,
                "الجماعه"
                    | "المملكه"
                    | "الحركه"
                    | "التنظيم"
                    | "الجبهه"
                    | "الحكومه"
                    | "الدوله"
                    | "البلاد"
                    | "الحزب"
                    | "الوزاره"
            );
            if in_mention || own || self.para.hits.get(k).copied().flatten().is_some() {
                return false;
            }
            let raw = self.para.text(k, k + 1);
            let suffixed = has_pronoun_suffix(&raw);
            let stem = w.strip_prefix("ال").unwrap_or(w);
            let described = desc_stem(w).is_some_and(|(_, person)| person)
                || (stem.chars().count() >= 3 && self.org_named(stem).is_some());
            !suffixed && !described
        })
    }

    /// The subject a meeting verb joined by و continues: the subject of the sentence's last
    /// finite verb, when the words after the verb are not "the two sides".
    fn continuing_subject(&self, i: usize, code: &str, entry: &Entry) -> Option<Actor> {
        let joined = self.para.word(i).is_some_and(|w| w.starts_with('و'));
        if !code.starts_with("04") || entry.pos != Pos::Verb || !joined {
            return None;
        }
        if self.para.word(i + 1).is_some_and(|w| in_list(w, TWO_SIDES)) {
            return None;
        }
        self.verb_subject
            .clone()
            .filter(|a| a.entity.is_some())
            .map(|a| Actor {
                explicit: false,
                end: None,
                ..a
            })
    }

    /// The token of "was subjected to" (تعرض، يتعرض) up to six words before the noun at `i`,
    /// in its clause.
    fn subjected_before(&self, i: usize) -> Option<usize> {
        (i.saturating_sub(6).max(self.range.start)..i)
            .rev()
            .take_while(|&k| self.para.word(k).is_some())
            .find(|&k| {
                self.para.word(k).is_some_and(|w| {
                    let w = bare(w);
                    ["تعرض", "يتعرض", "تتعرض"].iter().any(|p| w.starts_with(p))
                })
            })
    }

    /// The agent named after an attack noun at `i`: its nationality (`لهجوم إسرائيلي`) or the
    /// subject of a relative support verb (`لهجوم شنته جماعة …`), within four words, or the group
    /// of the fighters named there (`هجوم شنه مسلحون من «جماعة X»`).
    fn agent_after(&self, i: usize) -> Option<usize> {
        let limit = (i + 5).min(self.range.end);
        let mut support = false;
        for k in i + 1..limit {
            let t = self.para.tokens.get(k)?;
            if t.kind != TokenKind::Word {
                return None;
            }
            // "هجوم شنه مسلحون من «جماعة X»": the fighters' group.
            if support && LAUNCHING_FIGHTERS.contains(&bare(&t.norm)) {
                return self.launcher_after(k);
            }
            if let Some(si) = self.para.span_at.get(k).copied().flatten() {
                let s = self.para.spans.get(si)?;
                let nisba = k == i + 1
                    && self
                        .para
                        .word(k)
                        .is_some_and(|w| w.ends_with('ي') || w.ends_with("يه"));
                return ((support || nisba) && !s.behind_prep).then_some(s.entity);
            }
            if self
                .para
                .hits
                .get(k)
                .copied()
                .flatten()
                .is_some_and(|e| matches!(e.role, Role::Support))
            {
                support = true;
            }
        }
        None
    }

    /// The agent of an act one was subjected to, named after من (or من جانب، من طرف) right
    /// after its noun at `i` or after two words of it at most, within four words after من, with no
    /// punctuation or other trigger between: "تعرضت مواقع الجيش لقصف مدفعي من جماعة X"، "لإطلاق نار من عناصر
    /// جماعة X"، "لغارات من طائرات فرنسية".
    fn agent_after_from(&self, i: usize) -> Option<usize> {
        // (Right after the noun or its adjectives, "لقصف جوي عنيف من", "لإطلاق نار من"; not past
        // a complement, "لانتقادات لإنفاقها أكثر من خمسة آلاف دولار أسترالي".)
        let adjective = |k: usize| {
            self.para.word(k).is_some_and(|w| {
                !(w.starts_with('ل') || w.starts_with('ب'))
                    && self.para.hits.get(k).copied().flatten().is_none()
                    && self.para.span_at.get(k).copied().flatten().is_none()
            })
        };
        let from = (i + 1..(i + 4).min(self.range.end))
            .find(|&k| self.para.word(k) == Some("من"))
            .filter(|&k| (i + 1..k).all(adjective))?;
        let start = match self.para.word(from + 1).map(bare) {
            Some("جانب" | "طرف") => from + 2,
            _ => from + 1,
        };
        for k in start..(start + 4).min(self.range.end) {
            self.para.word(k)?;
            if let Some(si) = self.para.span_at.get(k).copied().flatten() {
                return self.para.span_entity(si);
            }
            if self.para.hits.get(k).copied().flatten().is_some() {
                return None;
            }
        }
        None
    }

    /// The agent named in construct with the verbal noun at `i`: a person or organization right
    /// after it (`اعتقال الشرطة`), a place whose object follows behind ل (`قصف إسرائيل
    /// لمستشفى`), or a force or authority head with its name or nationality (`اعتقال السلطات
    /// التونسية`).
    fn construct_agent(&self, i: usize) -> Option<Span> {
        let span_at = |k: usize| {
            self.para
                .span_at
                .get(k)
                .copied()
                .flatten()
                .and_then(|si| self.para.spans.get(si).cloned())
                .filter(|s| !s.behind_prep)
        };
        let kind = |s: &Span| self.entities.get(s.entity).map(|e| e.kind);
        // A noun with the article is in no construct ("الهجوم الحوثي" is an adjective).
        if self.para.word(i).is_some_and(definite) {
            return None;
        }
        if let Some(s) = span_at(i + 1) {
            if matches!(
                kind(&s),
                Some(EntityType::Person | EntityType::Organization)
            ) {
                return Some(s);
            }
            let object_behind_l = self.para.word(s.last).is_some_and(|w| {
                w.starts_with('ل')
                    && !w.starts_with("لل")
                    && self.para.hits.get(s.last).copied().flatten().is_none()
            }) && span_at(s.last).is_none();
            return object_behind_l.then_some(s);
        }
        let head = self.para.word(i + 1).is_some_and(|w| {
            definite(w)
                && (in_list(w, SUBJECT_HEADS)
                    || in_list(w.strip_prefix("ال").unwrap_or(w), SUBJECT_HEADS))
        });
        if head {
            return span_at(i + 2);
        }
        None
    }

    /// "بين X وY" within six words after the noun at `i`, in the same clause: the two sides.
    fn between_pair(&self, i: usize) -> Option<(usize, usize)> {
        let limit = (i + 7).min(self.range.end);
        let b = (i + 1..limit)
            .take_while(|&k| {
                self.para
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.kind == TokenKind::Word)
            })
            .find(|&k| self.para.word(k).is_some_and(|w| bare(w) == "بين"))?;
        let first = self.para.span_at.get(b + 1).copied().flatten()?;
        let fs = self.para.spans.get(first)?;
        // "بين الجيش ومليشيات فانو": one head noun may stand before the second name.
        let second = self
            .para
            .span_at
            .get(fs.last)
            .copied()
            .flatten()
            .or_else(|| self.para.span_at.get(fs.last + 1).copied().flatten())?;
        let ss = self.para.spans.get(second)?;
        let joined = self.para.word(fs.last).is_some_and(|w| w.starts_with('و'));
        (joined && fs.entity != ss.entity).then_some((fs.entity, ss.entity))
    }

    /// The agent of a passive after trigger `i` ("على يد قوات الأمن", "من قبل مسلحين تابعين
    /// للحركة"): the first person or organization, or a place's nationality, within four words
    /// after يد/قبل, in the same clause.
    fn passive_agent(&self, i: usize) -> Option<usize> {
        let limit = (i + WINDOW).min(self.range.end);
        let mut k = i + 1;
        while k + 1 < limit {
            if self
                .para
                .tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Punct)
            {
                return None;
            }
            let w = self.para.word(k).map(bare);
            let next = self.para.word(k + 1);
            let marker = (w == Some("علي") && next == Some("يد"))
                || (w == Some("من") && next == Some("قبل"));
            if marker {
                return (k + 2..(k + 7).min(self.range.end))
                    .take_while(|&j| {
                        self.para
                            .tokens
                            .get(j)
                            .is_some_and(|t| t.kind == TokenKind::Word)
                    })
                    .find_map(|j| self.para.span_at.get(j).copied().flatten())
                    .and_then(|si| self.para.span_entity(si));
            }
            k += 1;
        }
        None
    }

    /// The patient of a passive with a quantity ("قُتل ثلاثة جنود أتراك"): a name or
    /// nationality within the noun phrase after the verb, before any preposition.
    fn patient(&self, i: usize) -> Option<usize> {
        for k in i + 1..(i + 5).min(self.range.end) {
            let t = self.para.tokens.get(k)?;
            if t.kind != TokenKind::Word {
                return None;
            }
            if let Some(si) = self.para.span_at.get(k).copied().flatten() {
                let behind = self.para.spans.get(si).is_some_and(|s| s.behind_prep);
                return (!behind).then(|| self.para.span_entity(si)).flatten();
            }
            let w = bare(&t.norm);
            if PREPOSITIONS.contains(&w) || LOCATIVES.contains(&w) {
                // "قُتل ثمانية جنود من القوات الحكومية اليمنية": members stand for their body.
                return (i + 1..k).rev().find_map(|m| self.affiliation(m));
            }
        }
        None
    }

    /// True when the masculine past verb of an act done to people at `i` (arrest, attack,
    /// kill) is followed by members named by their affiliation: "قتل قيادي في حزب الله"، "اعتقل
    /// عنصران من الحركة" are passives (a feminine or plural verb, "قصفت عناصر من الجيش", has
    /// the members as its subject).
    fn member_patient(&self, i: usize, code: &str) -> bool {
        matches!(code.get(..2), Some("17" | "18" | "19" | "20"))
            && self.para.word(i).is_some_and(|w| {
                let w = bare(w);
                !(w.ends_with('ت') || w.ends_with("وا"))
            })
            && self
                .para
                .word(i + 1)
                .is_some_and(|w| !in_list(w, ARMED_MEMBERS))
            && self.affiliation(i + 1).is_some()
    }

    /// The common end of [`Self::event`]: attack kinds, partners, the two sides, the
    /// counterpart kept by a continuing actor; then the event is emitted.
    fn finish_event(
        &mut self,
        code: &str,
        i: usize,
        source: Actor,
        target: Option<usize>,
        negated: bool,
    ) {
        // "وصلت إلى مقديشو طلائع القوات المصرية المشاركة في بعثة الاتحاد الأفريقي": troops that
        // arrive within a peacekeeping mission protect the host (074), not visit it.
        if let Some(sender) = self.peacekeepers_arriving(i, code) {
            // The host: the state arrived at (after إلى), else the other actor found.
            let arrived_at = (self.range.start..self.range.end)
                .filter(|&k| self.para.word(k).map(bare) == Some("الي"))
                .find_map(|k| {
                    self.span_ahead(k + 1, k + 3, |e| {
                        e.kind == EntityType::Location && state_actor(e)
                    })
                })
                .filter(|&h| h != sender);
            let host = [arrived_at, target, source.entity]
                .into_iter()
                .flatten()
                .find(|&h| h != sender);
            let actor = Actor::named(self, sender);
            return self.finish_event("074", i, actor, host, negated);
        }
        // "أعدم مسلحون نحو أربعين قرويا": a killing of thirty or more villagers, civilians or
        // residents, not by shelling or a blast, is a mass killing (202), not an attack.
        if matches!(code.get(..2), Some("18" | "19")) && self.mass_killing(i) {
            return self.finish_event("202", i, source, target, negated);
        }
        // "عدم مشاركتها في الاجتماع الذي دعت إليه باريس": a meeting noun with no target of its
        // own meets its convener, named in the relative clause on it.
        let target = match target {
            None if code.starts_with("04") => {
                self.convener(i).filter(|&c| Some(c) != source.entity)
            }
            t => t,
        };
        // "بوساطة قطرية ومصرية", "بوساطة من اللجنة الدولية": a mediation named by its noun
        // acts between others, on no one; its mediator may follow من.
        let mediation = code.starts_with("045")
            && self
                .para
                .hits
                .get(i)
                .copied()
                .flatten()
                .is_some_and(|e| e.pos == Pos::Noun);
        let (source, target) = if mediation {
            let named = (self.para.word(i + 1).map(bare) == Some("من"))
                .then(|| self.para.span_at.get(i + 2).copied().flatten())
                .flatten()
                .and_then(|si| self.para.span_entity(si));
            let source = match named {
                Some(m) => Actor::named(self, m),
                None => source,
            };
            (source, None)
        } else {
            (source, target)
        };
        let span_after = |t: usize| {
            self.para
                .spans
                .iter()
                .filter(|s| s.entity == t && s.first > i)
                .min_by_key(|s| s.first)
                .cloned()
        };
        // "دعت المنظمة إلى فتح ممرات … إلى الفاشر": an appeal's addressee comes before إلى;
        // what follows is what it asks for.
        let target = target.filter(|&t| {
            !code.starts_with("02")
                || span_after(t).is_none_or(|s| {
                    !(i + 1..s.first).any(|k| self.para.word(k).is_some_and(|w| bare(w) == "الي"))
                })
        });
        // "اجتماع برلين", "مفاوضات جنيف": a place right after a meeting noun is its venue.
        let noun = self
            .para
            .hits
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|e| e.pos == Pos::Noun);
        let target = target.filter(|&t| {
            !(noun
                && (code.starts_with("040") || code.starts_with("046"))
                && self.entities.get(t).map(|e| e.kind) == Some(EntityType::Location)
                && span_after(t).is_some_and(|s| s.first == i + 1))
        });
        // "تفجير انتحاري استهدف …": an attack verb takes the kind of attack named before it.
        let inherited = self
            .attack_noun_before(i)
            .filter(|_| matches!(code.get(..2), Some("18" | "19")));
        let code = inherited.as_deref().unwrap_or(code);
        // "بدأت إثيوبيا ومصر مفاوضات": the partner coordinated with the subject is the target
        // of a symmetric event (consult, negotiate, agree, cooperate, fight).
        // ("اعترفت إسبانيا والنرويج بدولة فلسطين": an act one does to another is not mutual.)
        let symmetric =
            matches!(code.get(..2), Some("03" | "04" | "05" | "06" | "19")) && !directed(code);
        let partner = source
            .end
            .filter(|_| symmetric)
            .and_then(|e| self.para.span_at.get(e).copied().flatten())
            .and_then(|si| self.para.spans.get(si))
            .filter(|s| {
                self.para
                    .tokens
                    .get(s.first)
                    .is_some_and(|t| t.norm.starts_with('و'))
            })
            .map(|s| s.entity)
            .filter(|&p| Some(p) != source.entity)
            .or_else(|| {
                target
                    .is_none()
                    .then(|| self.joined_partner(i, &source))
                    .flatten()
            })
            .filter(|_| symmetric);
        let target = partner.or(target);
        // "اشتباكات بين الجيش ومقاتلي الحركة": the two sides, in order.
        // ("توسطت عمان بين واشنطن وطهران": a named subject outside the pair acts on it.)
        let two_sided = (symmetric && !code.starts_with("04")) || code.starts_with("045");
        let pair = self
            .between(i)
            .or_else(|| two_sided.then(|| self.between_later(i)).flatten());
        // ("قتل جندي تركي … في تبادل لإطلاق النار بين الجيش التركي وتنظيم داعش": a subject of
        // one side's country is that side.)
        let side_country = |x: usize| {
            source
                .entity
                .and_then(|e| self.country_of(e))
                .is_some_and(|c| self.country_of(x).as_deref() == Some(c.as_str()))
        };
        let (source, target) = match pair {
            Some((a, b))
                if source.explicit
                    && source.entity.is_some()
                    && source.entity != Some(a)
                    && source.entity != Some(b)
                    && !side_country(a)
                    && !side_country(b) =>
            {
                (source, Some(a))
            }
            Some((a, b)) => (
                Actor {
                    entity: Some(a),
                    text: None,
                    explicit: false,
                    end: None,
                },
                Some(b),
            ),
            None => (source, target),
        };
        let two_sides = source
            .text
            .as_deref()
            .is_some_and(|t| in_list(&text::normalize_word(t), TWO_SIDES));
        let mut target = target;
        if two_sides {
            target = self.ctx.pair.map(|(_, t)| t);
        }
        // "خلال زيارته إلى طهران" after the Iranian president: a visit to the source's own
        // country is the visit of the one it dealt with last.
        let (source, mut target) = if code.starts_with("04")
            && !source.explicit
            && target.is_none()
            && self.visits_own(i, source.entity)
        {
            let visitor = self.last_target;
            (
                Actor {
                    entity: visitor,
                    text: None,
                    explicit: false,
                    end: None,
                },
                source.entity,
            )
        } else {
            (source, target)
        };
        // A continuing actor keeps its counterpart: "… مع السلطات المحلية" after a visit to Mali.
        let cooperative = matches!(code.get(..2), Some("03" | "04" | "05" | "06" | "07"));
        if target.is_none() && cooperative {
            if let (Some((s, t)), Some(src)) = (self.ctx.pair, source.entity) {
                let same_country = self
                    .entities
                    .get(s)
                    .and_then(|e| e.country.as_ref())
                    .is_some_and(|c| {
                        self.entities.get(src).and_then(|e| e.country.as_ref()) == Some(c)
                    });
                if s == src || same_country {
                    target = Some(t);
                }
            }
        }
        // An event noun with no cue of its own that is not kept leaves no trace either (the
        // subject noted here, the pair and last target that `emit` records).
        if self.bare_noun == Some(i) {
            let kept = target.filter(|t| !mediation && Some(*t) != source.entity);
            if !self.bare_noun_kept(code, i, &source, kept) {
                self.bare_noun = None;
                return;
            }
        }
        if source.explicit {
            if let Some(e) = source.entity {
                self.note_subject(e);
            }
        }
        if mediation {
            target = None;
        }
        self.emit(code, i, &source, target, negated);
    }

    /// True when the event noun at `i` is the object of a statement verb (أعلن، صرّح) up to
    /// three words back (six for a noun joined by و to the object before it), past its
    /// subject's name, quotation marks, a short comma aside, adjectives and adverbs:
    /// "أعلنت وزارة الدفاع التركية «تحييد» 14 مسلحا", "أعلنت الجزائر لاحقا إغلاق مجالها",
    /// "وزارة الدفاع أعلنت تحييد". Not matched: a noun behind a preposition of its own
    /// ("أعلن الجيش بدعم"), or past a complementizer or another trigger ("أعلن أن الهجوم").
    fn announced_after_subject(&self, i: usize) -> bool {
        self.announcing_verb(i).is_some()
    }

    /// The statement verb (or revealing verb before عن, "كشفت الوزارة عن توقيف") whose object
    /// the event noun at `i` is, as [`Self::announced_after_subject`] finds it.
    fn announcing_verb(&self, i: usize) -> Option<usize> {
        let behind_prep = self.para.word(i).is_some_and(|w| {
            let w = bare(w);
            (w.starts_with('ب') || w.starts_with('ل')) && !Lexicon::builtin().has(w)
        });
        if behind_prep {
            return None;
        }
        // "أعلن الوزير إحباط مخطط انقلابي وتوقيف عدد من الضباط": a noun joined by و to the
        // announced object is announced with it, past that object's words.
        let joined = self.para.word(i).is_some_and(|w| w.starts_with('و'));
        let budget = if joined { 6 } else { 3 };
        let after_an = i
            .checked_sub(1)
            .and_then(|p| self.para.word(p))
            .is_some_and(|w| w == "عن");
        let mut words = 0;
        let mut j = i;
        while j > self.range.start {
            j -= 1;
            let t = self.para.tokens.get(j)?;
            if t.kind == TokenKind::Punct {
                if matches!(t.norm.as_str(), "«" | "»" | "\"" | "“" | "”") {
                    continue;
                }
                // "أعلنت الوزارة، الثلاثاء، توقيف …": a short aside between commas.
                if let Some(open) = self.comma_aside_before(j) {
                    j = open;
                    continue;
                }
                return None;
            }
            if let Some(e) = self.para.hits.get(j).copied().flatten() {
                // "كشفت المخابرات عن توقيف خلية": what a speaker reveals, after عن, is an act
                // of theirs too ("تحدثت عن توقيف" only speaks of one).
                // (What stands before عن is the subject's name or an aside's comma: in
                // "كشفت الجهة المسؤولة عن الإغاثة" the عن is the adjective's.)
                let named_before = i.checked_sub(2).is_some_and(|p| {
                    self.para.spans.iter().any(|s| s.first <= p && p < s.last)
                        || self
                            .para
                            .tokens
                            .get(p)
                            .is_some_and(|t| t.kind == TokenKind::Punct)
                });
                let revealed = after_an
                    && named_before
                    && matches!(e.role, Role::Speech { .. })
                    && self.para.word(j).is_some_and(|w| {
                        ["كشف", "يكشف", "تكشف"]
                            .iter()
                            .any(|p| bare(w).starts_with(p))
                    });
                // (A revealing verb's عن is not counted among the words between.)
                let announces = (revealed
                    || (words <= budget && matches!(e.role, Role::Speech { statement: true })))
                    && matches!(e.pos, Pos::Verb | Pos::Present);
                return announces.then_some(j);
            }
            if is_complementizer(&t.norm) {
                return None;
            }
            if !self.para.spans.iter().any(|s| s.first <= j && j < s.last) {
                words += 1;
                if words > budget + usize::from(after_an) {
                    return None;
                }
            }
        }
        None
    }

    /// The named subject of the verb that announces or reveals the event noun at `i` when it
    /// is no speaker of the sentence's own (no quote, no explicit name): "أعلنت وزارة الداخلية
    /// في مالي توقيف خمسة"، "كشفت الشرطة المالية عن اعتقال أربعة" → Mali.
    fn announcer(&self, i: usize) -> Option<Actor> {
        let k = self.announcing_verb(i)?;
        let pos = self.para.hits.get(k).copied().flatten()?.pos;
        let a = self.subject_of(k, pos, true);
        // (The subject stands between the verb and the noun.)
        (a.entity.is_some() && a.end.is_some_and(|e| k < e && e <= i)).then_some(Actor {
            explicit: false,
            end: None,
            ..a
        })
    }

    /// The opening comma of a short aside (a day, a place, "في خطاب متلفز") whose closing
    /// comma is at `close`: at most four words after the opening comma, none a trigger, a
    /// complementizer or a quotation mark, and no other punctuation. `None` when `close` is no
    /// comma or no such aside ends there.
    fn comma_aside_before(&self, close: usize) -> Option<usize> {
        let is_comma = |k: usize| {
            self.para
                .tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "،" | ","))
        };
        if !is_comma(close) {
            return None;
        }
        let from = close.saturating_sub(5).max(self.range.start);
        for k in (from..close).rev() {
            if is_comma(k) {
                return (k + 1 < close).then_some(k);
            }
            let t = self.para.tokens.get(k)?;
            if t.kind == TokenKind::Punct
                || is_complementizer(&t.norm)
                || self.para.hits.get(k).copied().flatten().is_some()
            {
                return None;
            }
        }
        None
    }

    /// Whether an event noun with no cue of its own (`bare_noun`) at `i` is kept: only with
    /// both actors, and not when the article already codes this root between them (a later
    /// sentence's "المحادثات" names the talks told before). A fight with a party the text
    /// does not name ("بعد معارك مع مجموعة مسلحة") is kept with its actor alone.
    fn bare_noun_kept(&self, code: &str, i: usize, source: &Actor, target: Option<usize>) -> bool {
        if target.is_none() && self.fight_with_unnamed(code, i) {
            // (Only a body fights: a person or a place named as its actor is mostly the one who
            // tells of the fight.)
            let Some(s) = source
                .entity
                .and_then(|s| self.entities.get(s))
                .filter(|s| s.kind == EntityType::Organization)
            else {
                return false;
            };
            return !self
                .events
                .iter()
                .any(|e| e.code.get(..2) == code.get(..2) && e.source.as_ref() == Some(&s.id));
        }
        let (Some(s), Some(t)) = (source.entity, target) else {
            return false;
        };
        let (Some(s), Some(t)) = (self.entities.get(s), self.entities.get(t)) else {
            return false;
        };
        !self.events.iter().any(|e| {
            e.code.get(..2) == code.get(..2)
                && e.source.as_ref() == Some(&s.id)
                && e.target.as_ref() == Some(&t.id)
        })
    }

    /// True when the indefinite noun of a fight (root 19) at `i` is followed, right after it or
    /// past one adjective, by مع and a party that is no entity: "بعد معارك مع مجموعة مسلحة",
    /// "اشتباكات عنيفة مع مسلحين". (A named party is a target and licenses the noun already.)
    fn fight_with_unnamed(&self, code: &str, i: usize) -> bool {
        if !code.starts_with("19") || self.para.word(i).is_none_or(definite) {
            return false;
        }
        let with = (i + 1..(i + 3).min(self.range.end))
            .take_while(|&k| self.para.word(k).is_some())
            .find(|&k| self.para.word(k) == Some("مع"));
        let Some(k) = with else {
            return false;
        };
        let adjective_only = (i + 1..k).all(|j| {
            self.para.hits.get(j).copied().flatten().is_none()
                && self.para.span_at.get(j).copied().flatten().is_none()
        });
        adjective_only
            && self.para.word(k + 1).is_some()
            && self.para.span_at.get(k + 1).copied().flatten().is_none()
    }

    /// True when the noun at `i` is what a statement verb announces, right after it or after
    /// عن ("أعلنت مصر عن إرسال", "أعلن الاتحاد فرض عقوبات").
    fn announced(&self, i: usize) -> bool {
        let statement = |k: usize| {
            self.para
                .hits
                .get(k)
                .copied()
                .flatten()
                .is_some_and(|e| matches!(e.role, Role::Speech { statement: true }))
        };
        let Some(speaker_end) = self.speaker.as_ref().and_then(|s| s.end) else {
            return false;
        };
        let prev = i.checked_sub(1);
        let after_an = prev.and_then(|p| self.para.word(p)) == Some("عن");
        // "شدد الأمين العام على رفض …": what a speaker stresses, after على, is their act.
        let after_ala = prev.and_then(|p| self.para.word(p)) == Some("علي");
        let speech = |k: usize| {
            self.para
                .hits
                .get(k)
                .copied()
                .flatten()
                .is_some_and(|e| matches!(e.role, Role::Speech { .. }))
        };
        let from = if after_an || after_ala { i - 1 } else { i };
        from == speaker_end
            && ((self.range.start..from).rev().take(8).any(statement)
                || (after_ala && (self.range.start..from).rev().take(8).any(speech)))
    }

    /// True for "lead to" support verbs (أفضى، أدى): their object comes after إلى, and the
    /// noun right after them is their subject ("لم تفضِ الزيارة إلى توقيع").
    fn leads_to(&self, k: usize) -> bool {
        self.para.word(k).is_some_and(|w| {
            let w = bare(w);
            ["تفض", "يفض", "افض", "ادي", "ادت", "يودي", "تودي"]
                .iter()
                .any(|p| w.starts_with(p))
        })
    }

    /// True when the support verb at `k` is the content of a plan ("تتضمن عقد اجتماعات"): what
    /// a plan includes has not happened.
    fn content_verb_before(&self, k: usize) -> bool {
        k.checked_sub(1)
            .and_then(|p| self.para.word(p))
            .is_some_and(|w| {
                let w = bare(w);
                ["تتضمن", "يتضمن", "تشمل", "يشمل", "تنص", "ينص"].contains(&w)
            })
    }

    /// True when a complementizer carrying a pronoun (أنه، إنها، بأنهم) stands up to four
    /// words before `i` with no name in between: that pronoun is the verb's subject.
    fn pronoun_subject(&self, i: usize) -> bool {
        let from = i.saturating_sub(4).max(self.range.start);
        for j in (from..i).rev() {
            if self.para.spans.iter().any(|s| s.first <= j && j < s.last) {
                return false;
            }
            if let Some(w) = self.para.word(j) {
                if is_complementizer(w) {
                    return !matches!(bare(w), "ان" | "بان" | "لان");
                }
            }
        }
        false
    }

    /// The country of entity `e`: its own, or the one its title gave it.
    fn country_of(&self, e: usize) -> Option<String> {
        self.entities
            .get(e)
            .and_then(|x| x.country.clone())
            .or_else(|| self.ctx.countries.get(&e).cloned())
    }

    /// True when a visit at `i` goes "إلى" the source itself.
    fn visits_own(&self, i: usize, source: Option<usize>) -> bool {
        let Some(src) = source else { return false };
        (i + 1..(i + 4).min(self.range.end)).any(|j| {
            self.para.word(j).is_some_and(|w| bare(w) == "الي")
                && self
                    .para
                    .span_at
                    .get(j + 1)
                    .copied()
                    .flatten()
                    .and_then(|si| self.para.span_entity(si))
                    == Some(src)
        })
    }

    /// True when the trigger follows a relative pronoun (الذي، التي، الذين).
    /// "تظاهر آلاف السودانيين", "اعتصم مئات من أنصار المعارضة": a protest verb whose subject is
    /// a crowd counted in hundreds or thousands; the crowd's nationality or party (through من
    /// and أنصار) is the source, or none, and only the one protested against (ضد) is a
    /// target: the place where it gathers is not.
    fn crowd_subject(&self, i: usize, code: &str, pos: Pos) -> Option<(Actor, Option<usize>)> {
        if !code.starts_with("14") || !matches!(pos, Pos::Verb | Pos::Present) {
            return None;
        }
        let counted = self
            .para
            .word(i + 1)
            .is_some_and(|w| matches!(bare(w), "ميات" | "مييات" | "الاف" | "عشرات" | "الوف"));
        if !counted {
            return None;
        }
        let mut k = i + 2;
        while self
            .para
            .word(k)
            .is_some_and(|w| matches!(bare(w), "من" | "انصار" | "مويدي" | "اتباع"))
        {
            k += 1;
        }
        let crowd = self.para.span_at.get(k).copied().flatten().and_then(|si| {
            self.para
                .span_entity(si)
                .map(|e| (e, span_last(&self.para.spans, si)))
        });
        let source = match crowd {
            Some((e, _)) => Actor::named(self, e),
            None => Actor {
                entity: None,
                text: self.para.word(k).map(str::to_string),
                explicit: true,
                end: None,
            },
        };
        let from = crowd.map_or(k + 1, |(_, end)| end);
        let target = (from..(from + WINDOW).min(self.range.end))
            .take_while(|&j| {
                self.para
                    .tokens
                    .get(j)
                    .is_some_and(|t| t.kind == TokenKind::Word)
            })
            .find(|&j| self.para.word(j).is_some_and(|w| bare(w) == "ضد"))
            .and_then(|j| self.target_after(j + 1, source.entity, 0));
        Some((source, target))
    }

    /// "ناقلة النفط اليونانية التي احتجزتها في مضيق هرمز", "جنود بنينيين كانت قد خطفتهم":
    /// a verb in a relative clause whose object pronoun goes back to the noun before it acts on
    /// that noun (its nationality or name is the target); its subject is named right after the
    /// verb or, when only the verb's person marks it, is the main clause's subject.
    fn resumptive(&self, i: usize, entry: &Entry) -> Option<(Actor, Option<usize>)> {
        // An object pronoun on an inflected verb (the entry's own form may end in ه: وجه).
        let object_pronoun = !entry.base
            && self
                .para
                .word(i)
                .is_some_and(|w| has_pronoun_suffix(w) && w.chars().count() > 4);
        if !matches!(entry.pos, Pos::Verb | Pos::Present) || !object_pronoun {
            return None;
        }
        if self
            .para
            .word(i)
            .is_some_and(|w| w.starts_with('و') || w.starts_with('ف'))
            && !Lexicon::builtin().has(self.para.word(i).unwrap_or_default())
        {
            return None;
        }
        let mut k = i;
        // "كانت قد خطفتهم", "التي كان قد احتجزها"
        if k > self.range.start && self.para.word(k - 1) == Some("قد") {
            k -= 1;
            if k > self.range.start
                && self
                    .para
                    .word(k - 1)
                    .is_some_and(|w| matches!(w, "كان" | "كانت" | "كانوا"))
            {
                k -= 1;
            }
        }
        let relative = k > self.range.start
            && self
                .para
                .word(k - 1)
                .is_some_and(|w| matches!(w, "التي" | "الذي" | "الذين" | "اللذين" | "اللتين"));
        if relative {
            k -= 1;
        }
        // The antecedent ends right before: a mention (a nisba or a name), or a plain noun.
        let antecedent = k
            .checked_sub(1)
            .filter(|&a| a >= self.range.start)
            .and_then(|a| {
                self.para
                    .spans
                    .iter()
                    .find(|s| s.last == a + 1 && s.first <= a)
            })
            .map(|s| s.entity);
        if !relative && antecedent.is_none() {
            // Without a relative pronoun, an indefinite antecedent is a mention right before
            // ("صيادين يمنيين احتجزتهم").
            return None;
        }
        let named = self
            .para
            .span_at
            .get(i + 1)
            .copied()
            .flatten()
            .and_then(|si| self.para.spans.get(si))
            .filter(|s| !s.behind_prep)
            .map(|s| s.entity);
        let source = match named {
            Some(e) => Actor::named(self, e),
            None => match self.verb_subject.clone() {
                Some(a) => Actor {
                    explicit: false,
                    end: None,
                    ..a
                },
                None => Actor {
                    entity: None,
                    text: None,
                    explicit: false,
                    end: None,
                },
            },
        };
        let target = antecedent.filter(|&t| Some(t) != source.entity);
        Some((source, target))
    }

    /// The attacker named after a repelling or intercepting verb at `i` ("تصدت لهجوم شنته
    /// X", "لعدوان إسرائيلي", "اعترضت صاروخين أطلقتهما X"), and whether it intercepts.
    fn attacker_repelled(
        &self,
        i: usize,
        from: usize,
        code: &str,
        entry: &Entry,
    ) -> Option<(usize, bool)> {
        if !code.starts_with("19") || !matches!(entry.pos, Pos::Verb | Pos::Present) {
            return None;
        }
        let w = self.para.word(i).map(bare)?;
        let intercept = ["اعترض", "تعترض", "يعترض"].iter().any(|p| w.starts_with(p));
        let repel = ["تصد", "يتصد", "صد"].iter().any(|p| w.starts_with(p));
        if !(intercept || repel) {
            return None;
        }
        let limit = (from + 10).min(self.range.end);
        let mut k = from;
        while k < limit {
            let t = self.para.tokens.get(k)?;
            // A time set off by commas may stand between ("صدت، فجر الأحد، هجوما شنه X").
            if repel && t.is_comma() {
                k += 1;
                continue;
            }
            if t.kind != TokenKind::Word {
                return None;
            }
            let word = bare(&t.norm);
            // The verb of the relative clause with its pronoun: شنته، نفذها، أطلقتهما.
            let launched = ["شن", "نفذ", "اطلق"].iter().any(|p| word.starts_with(p))
                && has_pronoun_suffix(word);
            if launched {
                return self.launcher_after(k + 1).map(|e| (e, intercept));
            }
            // "لعدوان جوي إسرائيلي": the attack's nationality.
            if let Some(si) = self.para.span_at.get(k).copied().flatten() {
                let s = self.para.spans.get(si)?;
                let nisba = s.last == s.first + 1
                    && self.entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Location)
                    && (word.ends_with('ي') || word.ends_with("يه"));
                return (repel && nisba && k <= from + 2).then_some((s.entity, false));
            }
            k += 1;
        }
        None
    }

    /// The subject of a launching verb ("شنته", "أطلقها"), starting at `from`: the first
    /// mention after a head word at most ("جماعة أنصار الله"), or after fighters of a group
    /// ("مسلحون من تنظيم الدولة", "متمردو «جبهة X»"); not a name behind a preposition.
    fn launcher_after(&self, from: usize) -> Option<usize> {
        let mut k = from;
        // Fighters of the group, then من or an opening quote mark.
        if self
            .para
            .word(k)
            .is_some_and(|w| LAUNCHING_FIGHTERS.contains(&bare(w)))
        {
            k += 1;
            while self
                .para
                .tokens
                .get(k)
                .is_some_and(|t| t.kind != TokenKind::Word && matches!(t.norm.as_str(), "«" | "\""))
                || self.para.word(k).is_some_and(|w| bare(w) == "من")
            {
                k += 1;
            }
        }
        (k..(k + 2).min(self.range.end))
            .find_map(|j| self.para.span_at.get(j).copied().flatten())
            .and_then(|si| self.para.spans.get(si))
            .filter(|s| !s.behind_prep)
            .map(|s| s.entity)
    }

    fn after_relative(&self, i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|p| self.para.word(p))
            .is_some_and(|w| matches!(w, "الذي" | "التي" | "الذين" | "اللذان" | "اللتان"))
    }

    /// The actor a verb right after a relative pronoun at `i - 1` is about: the mention that
    /// ends right before the pronoun, or before a comma before it ("جهاز الأمن المالي، الذي
    /// أوقفها"); not a name behind a preposition or a place that is no state, which complete
    /// the noun the clause is on ("قناة المسيرة التابعة للجماعة، التي قالت"); with `strict`,
    /// not a name after a preposition either ("قوات الاحتلال في فلسطين، التي تصادر").
    fn relative_antecedent(&self, i: usize, strict: bool) -> Option<usize> {
        let mut b = i.checked_sub(1)?;
        if b > self.range.start && self.para.tokens.get(b - 1).is_some_and(|t| t.is_comma()) {
            b -= 1;
        }
        self.para
            .spans
            .iter()
            .find(|s| s.last == b && s.first >= self.range.start)
            .filter(|s| {
                // (A mention may hold its preposition: "للجماعة".)
                let held = self
                    .para
                    .word(s.first)
                    .is_some_and(|w| w.starts_with("لل") || w.starts_with("بال"));
                let after_prep = strict
                    && s.first
                        .checked_sub(1)
                        .and_then(|p| self.para.word(p))
                        .is_some_and(|w| PREPOSITIONS.contains(&bare(w)));
                !s.behind_prep
                    && !held
                    && !after_prep
                    && self
                        .entities
                        .get(s.entity)
                        .is_some_and(|e| e.kind != EntityType::Location || state_actor(e))
            })
            .map(|s| s.entity)
    }

    /// The code of an attack noun (18–20) up to three words before `i` ("تفجير انتحاري").
    fn attack_noun_before(&self, i: usize) -> Option<String> {
        (i.saturating_sub(3).max(self.range.start)..i)
            .rev()
            .find_map(|j| {
                self.para
                    .hits
                    .get(j)
                    .copied()
                    .flatten()
                    .and_then(|e| match &e.role {
                        Role::Event(c)
                            if e.pos == Pos::Noun
                                && matches!(c.get(..2), Some("18" | "19" | "20")) =>
                        {
                            Some(c.clone())
                        }
                        _ => None,
                    })
            })
    }

    /// "بين X و Y" within three words after the trigger: X and Y.
    fn between(&self, i: usize) -> Option<(usize, usize)> {
        let b = (i + 1..(i + 4).min(self.range.end))
            .find(|&j| self.para.word(j).map(bare) == Some("بين"))?;
        self.two_entities_after(b)
    }

    /// "بين X وY" later in the clause of a two-sided act at `i`, past its adjectives, place and
    /// time ("اندلعت اشتباكات عنيفة، فجر الأحد، بين اللواء والجهاز"): the two sides, when both
    /// are actors (a body, a person, a state; "الطريق بين غاو وأنسونغو" names towns). Not
    /// matched past a verb, a complementizer or the end of the sentence.
    fn between_later(&self, i: usize) -> Option<(usize, usize)> {
        let limit = (i + 16).min(self.range.end);
        let mut b = None;
        for k in i + 1..limit {
            if self.para.word(k).is_some_and(|w| bare(w) == "بين") {
                b = Some(k);
                break;
            }
            // (Another trigger on the way, "منوها بالتعاون بين", owns the بين.)
            let hit = self.para.hits.get(k).copied().flatten().is_some();
            if hit || self.para.word(k).is_some_and(is_complementizer) {
                return None;
            }
        }
        let b = b?;
        // ("على الحدود بين النيجر وبوركينا فاسو", "الطريق بين غاو وأنسونغو": where, not who.)
        let place = b
            .checked_sub(1)
            .and_then(|p| self.para.word(p))
            .is_some_and(|w| {
                let w = bare(w);
                ["حدود", "طريق", "مثلث", "منطقه", "المنطقه", "محور", "مناطق"]
                    .iter()
                    .any(|p| w.contains(p))
                    || in_list(w, PLACE_NOUNS)
                    || LOCATIVES.contains(&w)
            });
        if place {
            return None;
        }
        let mut found: Vec<usize> = Vec::new();
        let mut j = b + 1;
        while j < (b + 8).min(self.range.end) && found.len() < 2 {
            match self
                .para
                .span_at
                .get(j)
                .copied()
                .flatten()
                .and_then(|si| self.para.spans.get(si))
            {
                Some(s) => {
                    // The first side stands right after بين (maybe behind a mark): in "بين
                    // المقاومة وميليشيا صالح والحوثي" the first side names no one; the second
                    // is joined by و (maybe on a mark: "و«اللواء»").
                    let first_side = (b + 1..s.first).all(|k| {
                        self.para
                            .tokens
                            .get(k)
                            .is_some_and(|t| t.kind != TokenKind::Word)
                    });
                    if found.is_empty() && !first_side {
                        return None;
                    }
                    let joined = found.is_empty()
                        || (s.first.saturating_sub(2)..=s.first).any(|k| {
                            self.para
                                .tokens
                                .get(k)
                                .is_some_and(|t| t.norm.starts_with('و'))
                        });
                    if !joined {
                        return None;
                    }
                    if !found.contains(&s.entity) {
                        found.push(s.entity);
                    }
                    j = s.last.max(j + 1);
                }
                None => j += 1,
            }
        }
        let actor = |e: usize| {
            self.entities.get(e).is_some_and(|x| match x.kind {
                EntityType::Location => state_actor(x),
                _ => true,
            })
        };
        match found.as_slice() {
            [a, b] if actor(*a) && actor(*b) => Some((*a, *b)),
            _ => None,
        }
    }

    /// True when the word at `j` is a preposition or carries one and a mention follows closely.
    fn prep_then_mention(&self, j: usize) -> bool {
        let Some(w) = self.para.word(j) else {
            return false;
        };
        let prep = matches!(bare(w), "الي" | "مع" | "علي" | "ضد" | "من");
        // ("الاعتراف بدولة فلسطين": the state noun is part of the name, not a preposition's
        // object of its own.)
        prep && (j + 1..j + 3).any(|k| self.para.span_at.get(k).copied().flatten().is_some())
            || (self
                .para
                .spans
                .iter()
                .any(|s| s.first == j && s.behind_prep)
                && !state_noun(w))
    }

    fn emit(&mut self, code: &str, i: usize, source: &Actor, target: Option<usize>, negated: bool) {
        let Some(cc) = cameo::lookup(code) else {
            return;
        };
        let target = target.filter(|t| Some(*t) != source.entity);
        if self.bare_noun.take() == Some(i) && !self.bare_noun_kept(code, i, source, target) {
            return;
        }
        // "أعلنت كينيا إغلاق معبر": an announcement that carries an act is that act, not a
        // statement besides it.
        if !code.starts_with("01") {
            let carrier = self
                .ctx
                .statement
                .clone()
                .filter(|(p, k, _)| *p == self.para.index && self.range.start <= *k && *k < i);
            if let Some((_, _, told)) = carrier {
                let noun = self
                    .para
                    .hits
                    .get(i)
                    .copied()
                    .flatten()
                    .is_some_and(|e| e.pos == Pos::Noun);
                // ("أعلنت الحركة مسؤوليتها عن الهجوم": a claim of responsibility is the
                // statement, next to the act it claims.)
                let claim = (self.range.start..i)
                    .any(|j| self.para.word(j).is_some_and(names_responsibility));
                if noun && !claim && (self.announced(i) || self.announced_after_subject(i)) {
                    self.ctx.dropped.extend(told);
                    self.ctx.statement = None;
                }
            }
        }
        let src = source.entity.and_then(|e| self.entities.get(e));
        let tgt = target.and_then(|e| self.entities.get(e));
        let sentence = self.para.text(self.range.start, self.range.end);
        // One date look-up per sentence, however many events it holds.
        let date = match &self.date {
            Some(d) => d.clone(),
            None => {
                let d = rasd_text::date::find(&sentence, self.now)
                    .map(|d| d.value.to_iso())
                    .or_else(|| self.article.published.clone());
                self.date = Some(d.clone());
                d
            }
        };
        // One event per sentence and code: "وصل الوزير إلى طرابلس في أول زيارة" is one visit;
        // but a verb joined by و/ف opens a new clause and a new act ("التقى X Y، وبحثا …"),
        // except in fighting, where "هاجم … وقتلوا" tells one incident.
        let joined_verb = i > self.range.start
            && !matches!(code.get(..2), Some("18" | "19" | "20"))
            && self
                .para
                .hits
                .get(i)
                .copied()
                .flatten()
                .is_some_and(|e| matches!(e.pos, Pos::Verb | Pos::Present))
            && self
                .para
                .word(i)
                .is_some_and(|w| w.starts_with('و') || w.starts_with('ف'));
        let key = (
            code.to_string(),
            src.map(|e| e.id.clone()),
            tgt.map(|e| e.id.clone()),
            negated,
            self.para.index,
            if joined_verb { i } else { self.range.start },
        );
        let rejecting = code.starts_with("12") || code.starts_with("16");
        if target.is_some() {
            self.last_target = target;
        }
        // (An offer governs too: "عرضت تركيا استضافة محادثات" hosts nothing yet.)
        if matches!(code.get(..2), Some("02" | "03" | "10" | "13")) {
            self.last_governing = Some(i);
        }
        if code.starts_with("11") {
            self.last_condemned = Some(i);
        }
        self.last_emitted = Some((i, rejecting));
        // "نصبوا كمينا لقافلة إثيوبية وقتلوا تسعة جنود": in fighting, an act without a target
        // after the same actor's act on one tells the same incident.
        let fighting = matches!(code.get(..2), Some("18" | "19" | "20"));
        if fighting && tgt.is_none() {
            let src_id = src.map(|e| e.id.clone());
            let told = self.seen.iter().any(|k| {
                k.0.get(..2) == code.get(..2)
                    && k.1 == src_id
                    && k.2.is_some()
                    && k.3 == negated
                    && k.4 == self.para.index
                    && k.5 == self.range.start
            });
            if told {
                return;
            }
        }
        if !self.seen.insert(key) {
            return;
        }
        // "قُتل خمسة جنود في تفجير انتحاري": the attack named after the killing is its
        // cause; the event takes the attack's code and the actors either names.
        if matches!(code.get(..2), Some("18" | "19" | "20")) {
            let (sc, tc) = (
                source.entity.and_then(|x| self.country_of(x)),
                target.and_then(|x| self.country_of(x)),
            );
            if let Some(e) = self
                .passive_kill
                .take()
                .and_then(|k| self.events.get_mut(k))
            {
                e.code = cc.code.to_string();
                e.label = cc.label.to_string();
                e.goldstein = cc.goldstein;
                if let Some(sid) = src.map(|x| x.id.clone()) {
                    e.source = Some(sid);
                    e.source_country = sc;
                }
                if e.target.is_none() {
                    if let Some(tid) = tgt.map(|x| x.id.clone()) {
                        e.target = Some(tid);
                        e.target_country = tc;
                    }
                }
                return;
            }
        }
        // "قُتل جنود أتراك في هجوم نفذه مسلحون": the noun repeats the verb's event; an actor
        // one of them lacks is taken from the other.
        let (src_id, tgt_id) = (src.map(|e| e.id.clone()), tgt.map(|e| e.id.clone()));
        let (src_country, tgt_country) = (
            source.entity.and_then(|x| self.country_of(x)),
            target.and_then(|x| self.country_of(x)),
        );
        let same = self.events.iter_mut().rev().find(|e| {
            !joined_verb
                && e.paragraph == self.para.index
                && e.sentence == sentence
                && e.code == cc.code
                && e.negated == negated
                && (e.source.is_none() || src_id.is_none() || e.source == src_id)
                && (e.target.is_none() || tgt_id.is_none() || e.target == tgt_id)
        });
        if let Some(e) = same {
            if e.source.is_none() && src_id.is_some() {
                e.source = src_id;
                e.source_country = src_country;
            }
            if e.target.is_none() && tgt_id.is_some() {
                e.target = tgt_id;
                e.target_country = tgt_country;
            }
            return;
        }
        if let (Some(s), Some(t)) = (source.entity, target) {
            self.ctx.pair = Some((s, t));
        }
        // One trigger per event, always, so that the two lists stay aligned.
        let start = self.para.tokens.get(i).map_or(0, |t| t.start);
        self.triggers.push(Trigger {
            start,
            noun: self
                .para
                .hits
                .get(i)
                .copied()
                .flatten()
                .is_some_and(|e| e.pos == Pos::Noun),
            explicit: source.explicit,
        });
        self.events.push(Event {
            code: cc.code.to_string(),
            label: cc.label.to_string(),
            source: src.map(|e| e.id.clone()),
            target: tgt.map(|e| e.id.clone()),
            source_country: source.entity.and_then(|e| self.country_of(e)),
            target_country: target.and_then(|e| self.country_of(e)),
            negated,
            goldstein: cc.goldstein,
            date,
            paragraph: self.para.index,
            sentence,
        });
    }
}

impl Actor {
    /// The actor the sentence names as entity `e`, with the words of its last mention.
    fn named(run: &SentenceRun<'_, '_>, e: usize) -> Actor {
        Actor {
            entity: Some(e),
            text: None,
            explicit: true,
            end: None,
        }
        .with_text_of(run, e)
    }

    /// An actor the sentence gives without naming anyone the article names ("مصدر عسكري").
    fn unnamed() -> Actor {
        Actor {
            explicit: true,
            ..Actor::default()
        }
    }

    fn with_text_of(mut self, run: &SentenceRun<'_, '_>, e: usize) -> Actor {
        if let Some(s) = run.para.spans.iter().rev().find(|s| s.entity == e) {
            self.text = Some(run.para.text(s.first, s.last));
        }
        self
    }
}

/// Definite nouns that name an act told before ("ودان رئيس الحكومة العملية"): a reaction to
/// one reacts to that act's actor.
const REFERRING_ACTS: &[&str] = &[
    "الخطوه",
    "العمليه",
    "القرار",
    "الهجوم",
    "الاعتداء",
    "الاجراء",
    "الاجراءات",
    "المبادره",
    "الانتهاك",
    "النتايج",
    "التصعيد",
    "الغاره",
    "القصف",
    "التفجير",
    "الاعلان",
    "الدعوي",
];

/// True for a form of مسؤولية (responsibility, in normal form, with its clitics: `مسؤوليتها`):
/// a statement verb with it claims an act ("أعلنت الحركة مسؤوليتها عن الهجوم").
fn names_responsibility(w: &str) -> bool {
    w.contains("مسوولي") || w.contains("مسيولي")
}

/// True for the noun مسؤولية itself (`المسؤولية`، `مسؤوليتها`), not the officials (`المسؤولين`)
/// that [`names_responsibility`] also takes: what a claim of responsibility claims.
fn claims_responsibility(w: &str) -> bool {
    ["مسووليه", "مسووليت", "مسيوليه", "مسيوليت"]
        .iter()
        .any(|k| w.contains(k))
}

/// True when the cooperative `code` names an act one side does to the other, not a mutual one:
/// a visit or hosting (042, 043), a mediation (045), praise, defence, support, recognition,
/// apology or forgiveness (051–056). Two subjects joined by و each do it to the object
/// ("استقبل رئيسا تشاد وجنوب السودان المبعوث"); neither is the other's target.
fn directed(code: &str) -> bool {
    matches!(
        code.get(..3),
        Some("042" | "043" | "045" | "051" | "052" | "053" | "054" | "055" | "056")
    )
}

/// True when an event noun already named its actor after it (a title, a genitive, a nationality).
fn explicit_source_before(
    titled: &Option<Span>,
    genitive: Option<&Span>,
    nisba: Option<&Span>,
) -> bool {
    titled.is_some() || genitive.is_some() || nisba.is_some()
}

/// True when a description with title word `stem` and the words after it (`j..end`) fits the
/// person `e`: the title is one the person was named with (`المبعوث` for "المبعوث الأمريكي
/// توماس رايت"), or a generic one (`المسؤول`), or the person was named with no title; and the
/// words after it are places of the person's own country ("الوزير الفرنسي" for a French
/// minister), words of the person's own title ("المسؤول الأممي" for "المبعوث الأممي هانس"), or
/// any words when the title is the person's own ("وزير الخارجية"). "المبعوث
/// الأممي" does not fit a Libyan minister; "والي الخرطوم" does not fit a minister.
fn person_fits(run: &SentenceRun<'_, '_>, e: usize, stem: &str, j: usize, end: usize) -> bool {
    let titles = run.ctx.titles.get(&e);
    let own_title = titles.is_some_and(|t| t.contains(&stem));
    let fits_title =
        own_title || GENERIC_DESCRIPTIONS.contains(&stem) || titles.is_none_or(|t| t.is_empty());
    if !fits_title {
        return false;
    }
    let country = run
        .entities
        .get(e)
        .and_then(|x| x.country.clone())
        .or_else(|| run.ctx.countries.get(&e).cloned());
    let mut k = j;
    while k < end {
        match run
            .para
            .span_at
            .get(k)
            .copied()
            .flatten()
            .and_then(|si| run.para.spans.get(si))
        {
            Some(s) => {
                let c = run.entities.get(s.entity).and_then(|x| x.country.clone());
                if c.is_none() || c != country {
                    return false;
                }
                k = s.last.max(k + 1);
            }
            None if run.para.word(k).is_some_and(|w| {
                !own_title
                    && !run
                        .ctx
                        .title_words
                        .get(&e)
                        .is_some_and(|t| t.iter().any(|x| x == w))
            }) =>
            {
                return false
            }
            None => k += 1,
        }
    }
    true
}

/// The embedded gazetteer, built once, for the questions event actors ask of it.
pub(crate) fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
    GAZETTEER.get_or_init(Gazetteer::embedded)
}

/// True unless `e` is a place that is no state (a town, a district, a region): such a place
/// is cleared as an actor when events are settled, so an event made for it would lose its
/// target and repeat its twin's.
fn place_may_be_addressed(e: &Entity) -> bool {
    e.kind != EntityType::Location || state_actor(e)
}

/// True when a place entity is a state (or a capital, which stands for its state): the
/// gazetteer entry of its id (`loc:MLI`), else of its name. Towns, districts, regions and places
/// the gazetteer does not know are where an act happens, not an actor.
fn state_actor(e: &Entity) -> bool {
    let g = gazetteer();
    let state = |index: u32| {
        g.entry(index)
            .is_some_and(|x| x.class == Class::Country || x.capital_of.is_some())
    };
    if let Some(index) = g.by_id(&e.id) {
        return state(index);
    }
    std::iter::once(&e.name).chain(e.aliases.iter()).any(|n| {
        g.lookup(&normalize_phrase(n))
            .iter()
            .any(|h| state(h.entry))
    })
}

/// True for a token that ends a sentence.
fn para_stop(t: Option<&Token>) -> bool {
    t.is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "." | "؟" | "!"))
}

fn span_last(spans: &[Span], si: usize) -> usize {
    spans.get(si).map(|s| s.last).unwrap_or(0)
}

/// Quoted spans no speech verb took: a speech verb or attribution right after the closing mark
/// ("«…»، قال الوزير"), a colon right before the opening mark, or a long span said by nobody
/// named. Short spans left over are scare quotes and names, not quotes.
fn leftover_quotes(
    para: &mut Para<'_>,
    sentences: &[std::ops::Range<usize>],
    entities: &[Entity],
    ctx: &mut Context,
    quotes: &mut Vec<Quote>,
) {
    for qi in 0..para.quotes.len() {
        if para.quote_used.get(qi).copied().unwrap_or(true) {
            continue;
        }
        let Some(q) = para.quotes.get(qi).cloned() else {
            continue;
        };
        // A word or two in marks inside a sentence ("واعتبرته «باطلا»") characterize; they
        // are nobody's quote (a short quote opening its sentence may still be credited).
        let inside = q
            .open_tok
            .checked_sub(1)
            .and_then(|p| para.tokens.get(p))
            .is_some_and(|t| t.kind == TokenKind::Word);
        if q.words < 3 && inside {
            continue;
        }
        if medium_mark(para, &q) || name_after_report_verb(para, &q) {
            continue;
        }
        // "واصفا التقرير بأنه «…»، مؤكدا أن …": marks after the بأن of a word of describing
        // characterize its object; no verb after them makes them a quote.
        let described = q
            .open_tok
            .checked_sub(1)
            .and_then(|p| para.word(p))
            .is_some_and(|w| is_complementizer(w) && bare(w).starts_with('ب'))
            && (q.open_tok.saturating_sub(5)..q.open_tok.saturating_sub(1))
                .any(|k| para.word(k).is_some_and(describing));
        if described {
            continue;
        }
        // "«عكاظ» تابعت الصور": a word or two in marks with a word right after them (no comma)
        // name the subject of the clause.
        let subject = q.words < 3
            && para
                .tokens
                .get(q.close_tok + 1)
                .is_some_and(|t| t.kind == TokenKind::Word);
        // "قال فيه: "سيسمعون عبارات من قبيل "لا شيء يدعو للقلق"، لكن …"": marks inside another
        // quote are part of it.
        let nested = para
            .quotes
            .iter()
            .any(|p| p.open_tok < q.open_tok && q.close_tok < p.close_tok && p.words >= 3);
        if subject || nested {
            continue;
        }
        if para
            .indirect
            .iter()
            .any(|&(s, e)| q.open >= s && q.close < e)
        {
            continue;
        }
        let range = sentences
            .iter()
            .find(|r| r.contains(&q.close_tok))
            .cloned()
            .unwrap_or(q.close_tok..q.close_tok + 1);
        // After the closing mark: "، قال الوزير" / "، بحسب المصدر".
        let mut k = q.close_tok + 1;
        while para
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Punct)
            && k < q.close_tok + 3
        {
            k += 1;
        }
        // "«…»، بهذه الكلمات خاطب الرئيس": words that point back at the quote.
        let before_pointing = k;
        while para
            .tokens
            .get(k)
            .is_some_and(|t| POINTING.contains(&bare(&t.norm)))
            && k < q.close_tok + 6
        {
            k += 1;
        }
        // "«…»، هكذا علق الوزير": after words pointing back, a verb of commenting reports it
        // (elsewhere علّق is also "suspended").
        let commented = k > before_pointing
            && para
                .word(k)
                .is_some_and(|w| matches!(bare(w), "علق" | "علقت" | "عقب" | "عقبت"));
        // "«…». بهذه الكلمات ختم رئيس الأركان كلمته"، "“…”. هكذا طمأن قائد الجيش الأحزاب"،
        // "«…»، هذا ما خلص إليه تقرير": whatever verb follows the words pointing back, its
        // subject said the quote.
        let pointed = k > before_pointing
            && para
                .word(before_pointing)
                .is_some_and(|w| matches!(w, "بهذه" | "بهذا" | "هكذا" | "هذا"))
            && para.word(k).is_some_and(|w| {
                !PREPOSITIONS.contains(&bare(w)) && !is_complementizer(w) && !POINTING.contains(&w)
            })
            && para.span_at.get(k).copied().flatten().is_none();
        let commented = commented || pointed;
        let post = para
            .hits
            .get(k)
            .copied()
            .flatten()
            .filter(|e| matches!(e.role, Role::Speech { .. }))
            .map(|e| e.pos)
            .or(commented.then_some(Pos::Verb));
        let mut actor: Option<Actor> = None;
        // The verb's own sentence, which may begin after the marks' sentence has ended.
        let run_end = sentences
            .iter()
            .find(|r| r.contains(&k))
            .map_or(range.end, |r| r.end)
            .max(k + 1);
        if let Some(pos) = post {
            let mut run_ctx = ctx.clone();
            let mut sink_q = Vec::new();
            let mut sink_e = Vec::new();
            let mut sink_t = Vec::new();
            let mut seen = HashSet::new();
            let article = Article::default();
            let run = SentenceRun {
                para,
                entities,
                range: k..run_end,
                ctx: &mut run_ctx,
                speaker: None,
                last_emitted: None,
                last_target: None,
                date: None,
                denied: None,
                last_governing: None,
                passive_kill: None,
                bare_noun: None,
                last_condemned: None,
                support: None,
                verb_subject: None,
                cooperation: Vec::new(),
                quotes: &mut sink_q,
                events: &mut sink_e,
                triggers: &mut sink_t,
                seen: &mut seen,
                article: &article,
                now: None,
            };
            // "…بتهمة «التآمر على أمن الدولة». وقال المحامي إن …": a verb that opens the next
            // sentence with words of its own reports those, not the marks before the stop.
            let stop_between = (q.close_tok + 1..k).any(|m| para_stop(run.para.tokens.get(m)));
            if !(stop_between && run.starts_attribution(k)) {
                let mut a = run.subject_of(k, pos, true);
                if a.entity.is_none() {
                    if let Some(e) = run.carrier_author(k) {
                        a = Actor::named(&run, e);
                    }
                }
                actor = Some(a);
            }
        }
        // "الوزير عطا الله: «…»": the mention right before the colon (also when the next
        // sentence opens with a speech verb of its own: "…: «…». وأضاف: «…»").
        if actor.is_none()
            && q.open_tok > 0
            && para
                .tokens
                .get(q.open_tok - 1)
                .is_some_and(|t| t.is_punct(':'))
        {
            // ("وأعرب الرئيس من واشنطن: «…»": a place behind a preposition is where they
            // spoke, not who.)
            let e = para
                .spans
                .iter()
                .find(|s| s.last + 1 == q.open_tok)
                .filter(|s| {
                    !s.behind_prep
                        && !s
                            .first
                            .checked_sub(1)
                            .and_then(|p| para.word(p))
                            .is_some_and(|w| PREPOSITIONS.contains(&bare(w)))
                })
                .map(|s| s.entity);
            if let Some(e) = e {
                let text = para
                    .spans
                    .iter()
                    .find(|s| s.last + 1 == q.open_tok)
                    .map(|s| para.text(s.first, s.last));
                actor = Some(Actor {
                    entity: Some(e),
                    text,
                    explicit: true,
                    end: None,
                });
            }
        }
        // "«…»، قال الوزير. «…»": a quoted sentence right after a sentence whose quote was
        // attributed goes on with the same speaker.
        if actor.is_none() && q.open_tok > 0 {
            let after_stop = para
                .tokens
                .get(q.open_tok - 1)
                .is_some_and(|t| t.is_punct('.'));
            let sentence_before = sentences.iter().find(|r| r.contains(&(q.open_tok - 1)));
            let prev = (0..qi).rev().find_map(|pj| {
                para.quotes
                    .get(pj)
                    .filter(|_| para.quote_used.get(pj).copied().unwrap_or(false))
                    .filter(|p| sentence_before.is_some_and(|r| r.contains(&p.close_tok)))
            });
            let said = prev.and_then(|p| {
                quotes
                    .iter()
                    .rev()
                    .find(|x| x.paragraph == para.index && x.direct && x.text == p.text)
            });
            if let (true, Some(said)) = (after_stop, said) {
                let entity = said
                    .speaker
                    .as_ref()
                    .and_then(|id| entities.iter().position(|e| &e.id == id));
                if entity.is_some() {
                    actor = Some(Actor {
                        entity,
                        text: said.speaker_text.clone(),
                        explicit: false,
                        end: None,
                    });
                }
            }
        }
        // A long passage in marks that nobody is credited with is a quote of its own
        // (`speaker: null`) when it stands as a sentence or after a colon, a complementizer or
        // a noun of wording (`عبارة`، `نصه`، `قوله`، `بالقول`);
        // marks right after another word ("ناقش المجتمعون مقترح «…»"، "أكد رفض بلاده «…»")
        // name a thing inside the writer's sentence: a project, a topic, a stance's object.
        let embedded = q
            .open_tok
            .checked_sub(1)
            .and_then(|p| para.tokens.get(p))
            .is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !is_complementizer(&t.norm)
                    && !in_list(&t.norm, VERBATIM_NOUNS)
            });
        if actor.is_none() && q.words >= LONG_QUOTE_WORDS && !embedded {
            actor = Some(Actor::default());
        }
        let Some(actor) = actor else { continue };
        if let Some(u) = para.quote_used.get_mut(qi) {
            *u = true;
        }
        if let (true, Some(e)) = (actor.explicit, actor.entity) {
            ctx.subject = Some(e);
        }
        if actor.entity.is_some() || actor.text.is_some() {
            ctx.last_speaker = Some((para.index, actor.clone()));
        }
        let speaker = actor
            .entity
            .and_then(|e| entities.get(e))
            .map(|e| e.id.clone());
        quotes.push(Quote {
            speaker,
            speaker_text: actor.text.clone(),
            text: q.text.clone(),
            direct: true,
            paragraph: para.index,
        });
    }
}

mod act_participle_end;
mod clause_subject;
mod continued_speaker;
mod described_speaker;
mod met_in_phrase;
mod nationality_before_name;
mod not_said;

#[cfg(test)]
mod missed;

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::events::eval::{gold_entities, record_article, EvalRecord, GoldEntity};

    /// Runs quotes and events on `text` with entities given as `(name, kind, country,
    /// spellings)`; mentions are found wherever a spelling occurs.
    pub(crate) fn run_on(
        text: &str,
        entities: &[(&str, EntityType, Option<&str>, &[&str])],
    ) -> (Vec<Quote>, Vec<Event>) {
        let (article, ents) = article_with_entities(text, entities);
        run(&article, &ents)
    }

    /// The article of `text` (one paragraph a line) and its entities given as in [`run_on`],
    /// with their mentions found wherever a spelling occurs.
    pub(crate) fn article_with_entities(
        text: &str,
        entities: &[(&str, EntityType, Option<&str>, &[&str])],
    ) -> (Article, Vec<Entity>) {
        let record = EvalRecord {
            id: "t".into(),
            text: text.into(),
            entities: entities
                .iter()
                .map(|(name, kind, country, spellings)| GoldEntity {
                    name: name.to_string(),
                    kind: *kind,
                    country: country.map(str::to_string),
                    aliases: std::iter::once(*name)
                        .chain(spellings.iter().copied())
                        .map(str::to_string)
                        .collect(),
                })
                .collect(),
            quotes: vec![],
            events: vec![],
        };
        let article = record_article(&record);
        let ents = gold_entities(&record, &article);
        (article, ents)
    }

    use EntityType::{Location as L, Organization as O, Person as P};

    const MINISTER: (&str, EntityType, Option<&str>, &[&str]) =
        ("سامي ناصر", P, Some("EGY"), &["ناصر"]);
    const MALI: (&str, EntityType, Option<&str>, &[&str]) =
        ("مالي", L, Some("MLI"), &["باماكو", "المالية"]);
    const FRANCE: (&str, EntityType, Option<&str>, &[&str]) = (
        "فرنسا",
        L,
        Some("FRA"),
        &["باريس", "الفرنسي", "الفرنسية", "فرنسي", "فرنسيا"],
    );

    fn show(q: &[Quote], e: &[Event]) -> String {
        format!("{q:#?}\n{e:#?}\nhelp: see the rule in src/events/engine.rs")
    }

    #[test]
    fn a_congratulation_sent_or_offered_is_praise_toward_its_receiver() {
        let ghana = ("غانا", L, Some("GHA"), &["الغاني", "الغانية", "أكرا"][..]);
        for text in [
            "بعث الرئيس الفرنسي برقية تهنئة إلى رئيس غانا بمناسبة ذكرى استقلال بلاده.",
            "وقدم وزير الخارجية الفرنسي التهنئة لنظيره الغاني بمناسبة تشكيل الحكومة الجديدة.",
            "وأعرب الرئيس الفرنسي عن أصدق التهاني لرئيس غانا بمناسبة العيد الوطني لبلاده.",
        ] {
            let (q, e) = run_on(text, &[FRANCE, ghana]);
            assert!(
                e.iter().any(|e| e.code.starts_with("05")
                    && e.source.as_deref() == Some("فرنسا")
                    && e.target.as_deref() == Some("غانا")),
                "{text}\n{}",
                show(&q, &e)
            );
        }
        // "مهنية" (professional) is no congratulation.
        let (q, e) = run_on(
            "وطالب الرئيس الفرنسي بتشكيل قوات مهنية بعيدا عن الولاءات، بمساعدة غانا.",
            &[FRANCE, ghana],
        );
        assert!(
            !e.iter().any(|e| e.code.starts_with("05")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn killing_thirty_or_more_villagers_is_a_mass_killing_not_by_shelling() {
        let group = ("جماعة أنصار الحق", O, None, &["الجماعة"][..]);
        for text in [
            "أعدم مسلحون من جماعة أنصار الحق نحو خمسين قرويا في بلدة نائية شمال مالي.",
            "وقتلت عناصر جماعة أنصار الحق ما لا يقل عن 70 من سكان القرية رميا بالرصاص.",
        ] {
            let (q, e) = run_on(text, &[group, MALI]);
            assert!(
                e.iter()
                    .any(|e| e.code.starts_with("20")
                        && e.source.as_deref() == Some("جماعة أنصار الحق")),
                "{text}\n{}",
                show(&q, &e)
            );
        }
        // Five killed, or forty killed by shelling: an attack, not a mass killing.
        for text in [
            "قتلت جماعة أنصار الحق خمسة مدنيين في هجوم على قرية شمال مالي.",
            "قتلت جماعة أنصار الحق أربعين مدنيا في قصف مدفعي على سوق في مالي.",
        ] {
            let (q, e) = run_on(text, &[group, MALI]);
            assert!(
                !e.iter().any(|e| e.code.starts_with("20")),
                "{text}\n{}",
                show(&q, &e)
            );
        }
    }

    #[test]
    fn an_act_a_body_reveals_after_an_is_its_own() {
        for text in [
            "كشفت وزارة الداخلية في مالي عن توقيف تسعة أشخاص كانوا يخططون لتفجيرات في العاصمة.",
            "كشفت الشرطة المالية، يوم الأحد، عن اعتقال أربعة مهربين قرب الحدود.",
            "وكشفت السلطات المالية عن القبض على عشرات المشتبه بهم في الشمال.",
            "أعلنت وزارة الداخلية في مالي توقيف خمسة عناصر من شبكة لتهريب البشر.",
        ] {
            let (q, e) = run_on(text, &[MALI]);
            assert!(
                e.iter()
                    .any(|e| e.code.starts_with("17") && e.source.as_deref() == Some("مالي")),
                "{text}\n{}",
                show(&q, &e)
            );
        }
        // What is only spoken of is no act of the speaker, nor is what a body is in charge of.
        for text in [
            "تحدثت الشرطة المالية عن توقيف أربعة مهربين قرب الحدود.",
            "كشفت اللجنة المسؤولة عن توقيف المهربين في مالي أن أعدادهم تتزايد.",
        ] {
            let (q, e) = run_on(text, &[MALI]);
            assert!(
                !e.iter().any(|e| e.code.starts_with("17")),
                "{text}\n{}",
                show(&q, &e)
            );
        }
    }

    #[test]
    fn an_operation_done_and_so_in_coordination_with_a_foreign_partner_is_cooperation() {
        let group = ("جماعة أنصار الحق", O, None, &["الجماعة"][..]);
        let text = "شنت القوات الفرنسية غارة جوية على مواقع لجماعة أنصار الحق شمال مالي، وذلك بالتنسيق مع السلطات المالية.";
        let (q, e) = run_on(text, &[group, FRANCE, MALI]);
        assert!(
            e.iter().any(|e| e.code.starts_with("06")
                && e.source.as_deref() == Some("فرنسا")
                && e.target.as_deref() == Some("مالي")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn dismantling_a_cell_is_an_arrest_verb_or_noun() {
        for text in [
            "أعلنت السلطات المالية تفكيك خلية من أربعة أشخاص كانوا يعدون لهجمات في باماكو.",
            "فككت السلطات المالية شبكة لتهريب السلاح في الشمال.",
        ] {
            let (q, e) = run_on(text, &[MALI]);
            assert!(
                e.iter()
                    .any(|e| e.code.starts_with("17") && e.source.as_deref() == Some("مالي")),
                "{text}\n{}",
                show(&q, &e)
            );
        }
    }

    #[test]
    fn a_negation_with_an_exception_after_the_act_is_no_negation() {
        for text in [
            "ولم تقصف فرنسا مواقع المسلحين في مالي سوى مرتين.",
            "لم تقدم فرنسا دعما عسكريا إلا للجيش في مالي.",
        ] {
            let (q, e) = run_on(text, &[MALI, FRANCE]);
            assert!(
                !e.is_empty() && e.iter().all(|e| !e.negated),
                "{text}\n{}",
                show(&q, &e)
            );
        }
        // An exception in another clause, or إلا أن (however), leaves the negation.
        for text in [
            "لم تقصف فرنسا مواقع في مالي، إلا أن طائراتها حلقت فوقها.",
            "لم تقصف فرنسا مواقع في مالي إلا أن طائراتها حلقت فوقها.",
        ] {
            let (q, e) = run_on(text, &[MALI, FRANCE]);
            assert!(
                e.iter().any(|e| e.code.starts_with("19") && e.negated),
                "{text}\n{}",
                show(&q, &e)
            );
        }
    }

    #[test]
    fn without_detail_negates_the_telling_not_the_act_told() {
        for text in [
            "ذكرت الحكومة المالية دون إسهاب أنها اعتقلت مواطنا فرنسيا في باماكو.",
            "أعلنت فرنسا دون تفاصيل أنها قصفت مواقع في مالي.",
            "أعلنت فرنسا من دون أن تذكر عددا أنها قصفت مواقع في مالي.",
        ] {
            let (q, e) = run_on(text, &[MALI, FRANCE]);
            assert!(
                !e.is_empty() && e.iter().all(|e| !e.negated),
                "{text}\n{}",
                show(&q, &e)
            );
        }
        // Without the act itself: negated.
        let (q, e) = run_on(
            "حلقت طائرات فرنسية فوق مالي من دون أن تقصف مواقع.",
            &[MALI, FRANCE],
        );
        assert!(e.iter().all(|e| e.negated), "{}", show(&q, &e));
    }

    #[test]
    fn staying_away_from_a_meeting_someone_called_is_negated_consultation_with_the_caller() {
        for text in [
            "أعلنت الحكومة المالية عدم مشاركتها في المحادثات الإقليمية التي دعت إليها باريس لبحث أمن الحدود.",
            "أكدت الحكومة المالية أنها لن تشارك في الاجتماع الذي دعت إليه فرنسا حول الساحل.",
            "رفضت الحكومة المالية المشاركة في المفاوضات التي دعت إليها فرنسا.",
        ] {
            let (q, e) = run_on(text, &[MALI, FRANCE]);
            assert!(
                e.iter().any(|e| e.code.starts_with("04")
                    && e.negated
                    && e.source.as_deref() == Some("مالي")
                    && e.target.as_deref() == Some("فرنسا")),
                "{text}\n{}",
                show(&q, &e)
            );
        }
        // A meeting someone called, attended: consultation, not negated.
        let (q, e) = run_on(
            "حضرت الحكومة المالية الاجتماع الذي دعت إليه فرنسا في باريس.",
            &[MALI, FRANCE],
        );
        assert!(
            e.iter().any(|e| e.code.starts_with("04")
                && !e.negated
                && e.source.as_deref() == Some("مالي")
                && e.target.as_deref() == Some("فرنسا")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn the_agent_of_an_attack_one_was_subjected_to_may_follow_bare_min() {
        let group = ("جماعة أنصار الحق", O, None, &["الجماعة"][..]);
        for text in [
            "تعرضت مواقع الجيش المالي لقصف مدفعي من جماعة أنصار الحق مساء الأحد.",
            "وتعرض معسكر للجيش المالي لهجوم من جانب جماعة أنصار الحق.",
        ] {
            let (q, e) = run_on(text, &[group, MALI]);
            assert!(
                e.iter()
                    .any(|e| e.code.starts_with("19")
                        && e.source.as_deref() == Some("جماعة أنصار الحق")),
                "{text}\n{}",
                show(&q, &e)
            );
        }
        // "أكثر من" after a complement is no agent: no attacker, and no nationality as one.
        let (q, e) = run_on(
            "تعرض الوزير الفرنسي لانتقادات لإنفاقه أكثر من مليون يورو مالي على رحلاته.",
            &[FRANCE, MALI],
        );
        assert!(
            !e.iter().any(|e| e.source.as_deref() == Some("مالي")),
            "{}",
            show(&q, &e)
        );
    }

    /// One quote test: the text, the expected speaker id (or None), and a phrase of the quote.
    macro_rules! quote_case {
        ($name:ident, $text:expr, [$($ent:expr),*], $speaker:expr, $phrase:expr) => {
            #[test]
            fn $name() {
                let (q, e) = run_on($text, &[$($ent),*]);
                let want: Option<&str> = $speaker;
                assert!(
                    q.iter().any(|q| q.speaker.as_deref() == want && q.text.contains($phrase)),
                    "{}",
                    show(&q, &e)
                );
            }
        };
    }

    /// One event test: the text, then code, source, target and negation expected.
    macro_rules! event_case {
        ($name:ident, $text:expr, [$($ent:expr),*], $code:expr, $source:expr, $target:expr, $neg:expr) => {
            #[test]
            fn $name() {
                let (q, e) = run_on($text, &[$($ent),*]);
                let (source, target): (Option<&str>, Option<&str>) = ($source, $target);
                assert!(
                    e.iter().any(|e| e.code == $code
                        && e.source.as_deref() == source
                        && e.target.as_deref() == target
                        && e.negated == $neg),
                    "{}",
                    show(&q, &e)
                );
            }
        };
    }

    // ---- session 9: event actors ----

    /// True when some event of CAMEO root `root` goes from `source` to `target`.
    fn has_event(e: &[Event], root: &str, source: Option<&str>, target: Option<&str>) -> bool {
        e.iter().any(|e| {
            e.code.starts_with(root)
                && e.source.as_deref() == source
                && e.target.as_deref() == target
        })
    }

    const ISRAEL: (&str, EntityType, Option<&str>, &[&str]) =
        ("إسرائيل", L, Some("ISR"), &["الإسرائيلية", "إسرائيلية"]);

    #[test]
    fn fighters_of_a_group_after_a_relative_support_verb_name_the_attacker() {
        let ents = [
            ("جبهة الوادي", O, None, &[][..]),
            ("مالي", L, Some("MLI"), &["ماليين"][..]),
        ];
        let (q, e) = run_on(
            "قتل أربعة جنود ماليين في هجوم شنه مسلحون من «جبهة الوادي» على نقطة تفتيش.",
            &ents,
        );
        assert!(
            has_event(&e, "19", Some("جبهة الوادي"), Some("مالي")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn victims_named_by_affiliation_are_the_target_of_a_passive_kill() {
        let ents = [
            ("جماعة النصر", O, None, &[][..]),
            ("مالي", L, Some("MLI"), &["المالية"][..]),
        ];
        let (q, e) = run_on(
            "قتل خمسة جنود من القوات الحكومية المالية في هجوم شنته جماعة النصر على قاعدتهم.",
            &ents,
        );
        assert!(
            has_event(&e, "19", Some("جماعة النصر"), Some("مالي")),
            "{}",
            show(&q, &e)
        );
        let ents = [("حركة النصر", O, None, &[][..]), ISRAEL];
        let (q, e) = run_on(
            "قتل قيادي في حركة النصر بغارة نفذتها طائرة مسيرة إسرائيلية على سيارته قرب الحدود.",
            &ents,
        );
        assert!(
            has_event(&e, "19", Some("إسرائيل"), Some("حركة النصر")),
            "{}",
            show(&q, &e)
        );
        // A feminine verb has the members as its subject: no passive.
        let (q, e) = run_on(
            "قصفت عناصر من حركة النصر مواقع للجيش في الجنوب.",
            &[("حركة النصر", O, None, &[][..])],
        );
        assert!(
            !e.iter().any(|e| e.target.as_deref() == Some("حركة النصر")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn an_attack_s_nationality_may_follow_an_adjective() {
        let (q, e) = run_on(
            "قتل عشرة مدنيين في غارات جوية إسرائيلية على قرية في الشمال.",
            &[ISRAEL],
        );
        assert!(
            e.iter()
                .any(|e| e.code.starts_with("19") && e.source.as_deref() == Some("إسرائيل")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn the_two_sides_of_a_clash_may_come_after_its_time_and_place() {
        let ents = [
            ("كتيبة الفجر", O, None, &[][..]),
            ("لواء الصمود", O, None, &[][..]),
        ];
        let (q, e) = run_on(
            "اندلعت اشتباكات عنيفة، فجر الأحد، بين كتيبة الفجر ولواء الصمود في حي جنوبي العاصمة.",
            &ents,
        );
        assert!(
            has_event(&e, "19", Some("كتيبة الفجر"), Some("لواء الصمود")),
            "{}",
            show(&q, &e)
        );
        // A first side that names no one, and a border between two states, give no pair.
        let (q, e) = run_on(
            "اندلعت مواجهات عنيفة، مساء الأحد، بين الأهالي وكتيبة الفجر ولواء الصمود.",
            &ents,
        );
        assert!(
            !has_event(&e, "19", Some("كتيبة الفجر"), Some("لواء الصمود")),
            "{}",
            show(&q, &e)
        );
        let (q, e) = run_on(
            "اندلعت اشتباكات عنيفة، فجر الأحد، على الحدود بين النيجر ومالي.",
            &[
                ("النيجر", L, Some("NER"), &[][..]),
                ("مالي", L, Some("MLI"), &[][..]),
            ],
        );
        assert!(
            !has_event(&e, "19", Some("النيجر"), Some("مالي")),
            "{}",
            show(&q, &e)
        );
        // A subject of one side's country is that side, not someone acting on it.
        let (q, e) = run_on(
            "قتل جندي تركي في تبادل لإطلاق النار بين الجيش التركي وجماعة النصر قرب الحدود.",
            &[
                ("تركيا", L, Some("TUR"), &["تركي"][..]),
                ("الجيش التركي", O, Some("TUR"), &[][..]),
                ("جماعة النصر", O, None, &[][..]),
            ],
        );
        assert!(
            !e.iter()
                .any(|e| e.target.as_deref() == Some("الجيش التركي")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn rejecting_the_accusations_answers_the_accuser() {
        let (_, events) = run_on(
            "اتهمت مالي فرنسا بدعم المتمردين في الشمال. \
             ورفضت فرنسا الاتهامات في بيان مساء الأحد.",
            &[MALI, FRANCE],
        );
        let rejection = events
            .iter()
            .find(|e| e.code.starts_with("12"))
            .unwrap_or_else(|| panic!("no rejection: {events:?}"));
        assert_eq!(rejection.source.as_deref(), Some("فرنسا"), "{events:?}");
        assert_eq!(rejection.target.as_deref(), Some("مالي"), "{events:?}");
    }

    #[test]
    fn a_reaction_in_a_clause_on_the_decision_reacts_to_its_maker() {
        let ents = [
            ("النيجر", L, Some("NER"), &[][..]),
            ("فرنسا", L, Some("FRA"), &["باريس"][..]),
        ];
        let (q, e) = run_on(
            "طردت النيجر دبلوماسيين فرنسيين اثنين، في قرار رفضته باريس.",
            &ents,
        );
        assert!(
            has_event(&e, "12", Some("فرنسا"), Some("النيجر")),
            "{}",
            show(&q, &e)
        );
    }

    // ---- session 8: event actors ----
    event_case!(
        a_reaction_with_no_one_named_reacts_to_the_last_act_s_actor,
        "اعتقلت الشرطة الكينية ثلاثة صحفيين، وهو ما ندد به اتحاد الصحفيين.",
        [
            ("الشرطة الكينية", O, Some("KEN"), &[]),
            ("اتحاد الصحفيين", O, None, &[])
        ],
        "111",
        Some("اتحاد الصحفيين"),
        Some("الشرطة الكينية"),
        false
    );
    event_case!(
        a_reaction_naming_its_object_keeps_it,
        "اعتقلت الشرطة الكينية ثلاثة صحفيين، فيما ندد اتحاد الصحفيين بقرار الحكومة الإثيوبية.",
        [
            ("الشرطة الكينية", O, Some("KEN"), &[]),
            ("اتحاد الصحفيين", O, None, &[]),
            ("إثيوبيا", L, Some("ETH"), &["الإثيوبية"])
        ],
        "111",
        Some("اتحاد الصحفيين"),
        Some("إثيوبيا"),
        false
    );

    #[test]
    fn two_subjects_of_a_directed_act_each_do_it_to_the_object() {
        let ents = [
            ("أيرلندا", L, Some("IRL"), &[][..]),
            ("سلوفينيا", L, Some("SVN"), &[][..]),
            ("فلسطين", L, Some("PSE"), &[][..]),
        ];
        let (q, e) = run_on("اعترفت أيرلندا وسلوفينيا بدولة فلسطين أمس.", &ents);
        for s in ["أيرلندا", "سلوفينيا"] {
            assert!(
                e.iter().any(|e| e.code.starts_with("05")
                    && e.source.as_deref() == Some(s)
                    && e.target.as_deref() == Some("فلسطين")),
                "{}",
                show(&q, &e)
            );
        }
        assert!(
            !e.iter().any(|e| e.target.as_deref() == Some("سلوفينيا")),
            "{}",
            show(&q, &e)
        );
    }

    event_case!(
        the_subject_of_a_pluperfect_stands_between_kana_and_qad,
        "أغلقت الحكومة المعبر. وكان مسلحون من جماعة النصر قد هاجموا مركزا للشرطة في البلدة.",
        [("جماعة النصر", O, None, &[])],
        "190",
        Some("جماعة النصر"),
        None,
        false
    );
    event_case!(
        where_the_pluperfect_s_subject_comes_from_is_no_actor,
        "وكان مسلحون قادمون من الأراضي التشادية قد هاجموا البلدة ليلا.",
        [("تشاد", L, Some("TCD"), &["التشادية"])],
        "190",
        None,
        None,
        false
    );

    event_case!(
        a_border_crossing_with_a_state_acts_on_that_state,
        "أغلقت السلطات التشادية معبر أدري الحدودي مع السودان حتى إشعار آخر.",
        [
            ("تشاد", L, Some("TCD"), &["التشادية"]),
            ("السودان", L, Some("SDN"), &[])
        ],
        "163",
        Some("تشاد"),
        Some("السودان"),
        false
    );

    // ---- attribution patterns ----
    quote_case!(
        said_that,
        "وقال الوزير سامي ناصر إن المحادثات كانت مثمرة.",
        [MINISTER],
        Some("سامي ناصر"),
        "المحادثات كانت مثمرة"
    );
    quote_case!(
        confirmed_direct_after_that,
        "وأكد ناصر أن الوضع \"مستقر تماما في كل المناطق\".",
        [MINISTER],
        Some("سامي ناصر"),
        "مستقر تماما"
    );
    quote_case!(
        colon_then_guillemets,
        "وقال سامي ناصر: «لن نتراجع عن قرارنا».",
        [MINISTER],
        Some("سامي ناصر"),
        "لن نتراجع"
    );
    quote_case!(
        attribution_after_the_quote,
        "«سنعود قريبا»، قال سامي ناصر للصحفيين.",
        [MINISTER],
        Some("سامي ناصر"),
        "سنعود قريبا"
    );
    quote_case!(
        pronoun_after_from_his_side,
        "زار سامي ناصر باريس. من جانبه، أكد أن الزيارة ناجحة.",
        [MINISTER, FRANCE],
        Some("سامي ناصر"),
        "الزيارة ناجحة"
    );
    quote_case!(
        declared_that_he,
        "التقى سامي ناصر وفدا فرنسيا. وصرّح بأنه متفائل بالنتائج.",
        [MINISTER],
        Some("سامي ناصر"),
        "متفائل بالنتائج"
    );
    quote_case!(
        description_resolves_to_last_person,
        "قال سامي ناصر إن الحوار مستمر. وأضاف المسؤول أن الجولة المقبلة في باريس.",
        [MINISTER, FRANCE],
        Some("سامي ناصر"),
        "الجولة المقبلة"
    );
    quote_case!(
        participle_takes_the_subject,
        "أشاد سامي ناصر بالاتفاق، مؤكدا أن التنفيذ سيبدأ قريبا.",
        [MINISTER],
        Some("سامي ناصر"),
        "التنفيذ سيبدأ"
    );
    quote_case!(
        according_to_at_the_start,
        "وبحسب وزارة الصحة، فإن عدد المصابين ارتفع إلى مئة.",
        [("وزارة الصحة", O, None, &[])],
        Some("وزارة الصحة"),
        "عدد المصابين"
    );
    quote_case!(
        according_to_at_the_end,
        "ارتفع عدد النازحين إلى ألف شخص خلال أسبوع، حسب وزارة الصحة.",
        [("وزارة الصحة", O, None, &[])],
        Some("وزارة الصحة"),
        "عدد النازحين"
    );
    quote_case!(
        reported_from_a_nameless_source,
        "ونقلت وكالة الأنباء عن مسؤول قوله إن القمة تأجلت.",
        [("وكالة الأنباء", O, None, &[])],
        None,
        "القمة تأجلت"
    );
    quote_case!(
        as_said_takes_the_clause_before,
        "الوضع الأمني يتحسن في الشمال، كما قال سامي ناصر أمس.",
        [MINISTER],
        Some("سامي ناصر"),
        "الوضع الأمني يتحسن"
    );
    quote_case!(
        quote_spanning_sentences,
        "وقال سامي ناصر: «انتهت المرحلة الأولى. نبدأ الآن الثانية».",
        [MINISTER],
        Some("سامي ناصر"),
        "نبدأ الآن الثانية"
    );
    quote_case!(
        long_unattributed_quote_has_no_speaker,
        "وتضمن النص عبارة \"على جميع الأطراف الامتناع عن أي خطوة أحادية قد تعرقل المسار السياسي\".",
        [],
        None,
        "الامتناع عن أي خطوة"
    );

    // ---- fourth round: general rules ----
    const LEBANON: (&str, EntityType, Option<&str>, &[&str]) =
        ("لبنان", L, Some("LBN"), &["اللبنانية", "اللبناني"]);
    event_case!(
        a_verb_joined_by_wa_continues_the_subject_not_the_nisba_before_it,
        "أشادت الحكومة اللبنانية بالمبادرة الفرنسية وطالبت بتسريع تنفيذها.",
        [LEBANON, FRANCE],
        "100",
        Some("لبنان"),
        None,
        false
    );
    event_case!(
        after_reported_speech_a_joined_verb_goes_with_the_speaker,
        "قالت منظمة الشفافية إن الشرطة المالية احتجزت صحفيين، ودعت إلى الإفراج عنهم.",
        [
            ("منظمة الشفافية", O, None, &[]),
            ("الشرطة المالية", O, Some("MLI"), &[])
        ],
        "020",
        Some("منظمة الشفافية"),
        None,
        false
    );
    quote_case!(
        a_spokesman_with_an_adjective_speaks_for_the_body_after_on_behalf,
        "وقال المتحدث الرسمي باسم حركة التحرير سالم جابر إن الهدنة صامدة.",
        [("حركة التحرير", O, None, &[])],
        Some("حركة التحرير"),
        "الهدنة صامدة"
    );
    quote_case!(
        a_statement_in_construct_with_a_body_is_that_body_s,
        "وأوضح بيان مجلس الأمن القومي أن الاجتماع ناقش الوضع على الحدود.",
        [("مجلس الأمن القومي", O, None, &[])],
        Some("مجلس الأمن القومي"),
        "الاجتماع ناقش"
    );
    quote_case!(
        the_latter_is_the_last_body_named,
        "انتقدت الحكومة حركة العدالة في بلدة كيدال، فيما قالت الأخيرة إن الانتقادات بلا أساس.",
        [
            ("حركة العدالة", O, None, &[]),
            ("كيدال", L, Some("MLI"), &[])
        ],
        Some("حركة العدالة"),
        "الانتقادات بلا أساس"
    );

    #[test]
    fn reported_speech_ends_at_a_contrasting_clause_after_a_comma() {
        let (q, e) = run_on(
            "وقال سامي ناصر إن المفاوضات متعثرة، في حين أعلنت باريس استعدادها للوساطة.",
            &[MINISTER, FRANCE],
        );
        assert!(
            q.iter()
                .any(|q| q.text.contains("متعثرة") && !q.text.contains("باريس")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn a_name_joined_to_the_subject_acts_too_unless_the_act_is_mutual() {
        let ents = [
            ("كندا", L, Some("CAN"), &[][..]),
            ("اليابان", L, Some("JPN"), &[][..]),
            ("شركة النور", O, None, &[][..]),
        ];
        let (q, e) = run_on("فرضت كندا واليابان قيودا على صادرات شركة النور.", &ents);
        let sources: Vec<_> = e.iter().map(|e| e.source.as_deref()).collect();
        assert!(
            sources.contains(&Some("كندا")) && sources.contains(&Some("اليابان")),
            "{}",
            show(&q, &e)
        );
        assert!(
            !e.iter().any(|e| e.target.as_deref() == Some("اليابان")),
            "{}",
            show(&q, &e)
        );
        // Mutual: the second name is the other side.
        let (q, e) = run_on("اتفقت كندا واليابان على تنسيق المواقف.", &ents);
        assert!(
            e.iter()
                .any(|e| e.source.as_deref() == Some("كندا")
                    && e.target.as_deref() == Some("اليابان")),
            "{}",
            show(&q, &e)
        );
    }
    event_case!(
        a_member_of_an_organization_stands_for_it_as_target,
        "اعتقلت الشرطة الكينية قياديا في حركة الفجر قرب الحدود.",
        [
            ("الشرطة الكينية", O, Some("KEN"), &[]),
            ("حركة الفجر", O, None, &[])
        ],
        "173",
        Some("الشرطة الكينية"),
        Some("حركة الفجر"),
        false
    );
    event_case!(
        an_unnamed_noun_subject_inside_reported_speech_is_not_the_speaker,
        "وقالت الشرطة الكينية إن مسلحين هاجموا قافلة تجارية على الطريق.",
        [("الشرطة الكينية", O, Some("KEN"), &[])],
        "190",
        None,
        None,
        false
    );
    event_case!(
        a_force_with_a_pronoun_inside_reported_speech_is_the_speaker_s,
        "وقالت الشرطة الكينية إن وحداتها اعتقلت ثلاثة مهربين.",
        [("الشرطة الكينية", O, Some("KEN"), &[])],
        "173",
        Some("الشرطة الكينية"),
        None,
        false
    );
    event_case!(
        units_of_an_army_with_no_state_in_a_ministry_s_statement_are_its_state_s,
        "وأعلنت وزارة الدفاع المالية أن مفارز الجيش اعتقلت خمسة مهربين قرب الحدود الشمالية.",
        [MALI],
        "173",
        Some("مالي"),
        None,
        false
    );

    #[test]
    fn a_conviction_is_no_condemnation() {
        let (q, e) = run_on(
            "أصدرت المحكمة حكما بسجن ثلاثة نشطاء بعد إدانتهم بالتحريض، وأدانت كندا بشدة الحكم.",
            &[("كندا", L, Some("CAN"), &[])],
        );
        // (The sentence itself is 116, the court's finding of guilt.)
        let condemnations: Vec<_> = e
            .iter()
            .filter(|e| e.code.starts_with("11") && e.code != "116")
            .collect();
        assert_eq!(condemnations.len(), 1, "{}", show(&q, &e));
        assert_eq!(
            condemnations.first().and_then(|e| e.source.as_deref()),
            Some("كندا")
        );
    }

    #[test]
    fn force_posture_dispersal_and_repelling_are_coded() {
        let ents = [
            ("كندا", L, Some("CAN"), &[][..]),
            ("الشرطة الكينية", O, Some("KEN"), &[][..]),
        ];
        for (text, root) in [
            ("عززت كندا قواتها على الحدود الشمالية.", "15"),
            ("فرقت الشرطة الكينية المتظاهرين أمام البرلمان.", "17"),
            ("تصدت الشرطة الكينية لهجوم على مركز حدودي.", "19"),
        ] {
            let (q, e) = run_on(text, &ents);
            assert!(
                e.iter()
                    .any(|e| e.code.starts_with(root) && e.source.is_some()),
                "{text}\n{}",
                show(&q, &e)
            );
        }
    }

    const KENYA: (&str, EntityType, Option<&str>, &[&str]) = (
        "كينيا",
        L,
        Some("KEN"),
        &["الكيني", "الكينية", "نيروبي", "كينيين"],
    );
    event_case!(
        a_subject_after_a_fronted_place_and_time_visits_that_place,
        "وصل إلى نيروبي مساء الأحد وزير الخارجية الفرنسي في زيارة تستمر يومين.",
        [KENYA, FRANCE],
        "042",
        Some("فرنسا"),
        Some("كينيا"),
        false
    );
    event_case!(
        the_name_after_a_titled_visitor_is_the_visitor_not_the_one_visited,
        "وتأتي الخطوة بعد أسبوعين من زيارة المبعوث الفرنسي لوران بيكار إلى نيروبي، التي وصفت بالناجحة.",
        [KENYA, FRANCE, ("لوران بيكار", P, None, &[][..])],
        "042",
        Some("فرنسا"),
        Some("كينيا"),
        false
    );
    event_case!(
        a_death_idiom_with_a_quantity_is_a_killing_of_the_patients,
        "لقي ثلاثة جنود كينيين مصرعهم في هجوم على دوريتهم.",
        [KENYA],
        "190",
        None,
        Some("كينيا"),
        false
    );
    event_case!(
        a_called_off_act_is_negated,
        "ألغى وزير الخارجية الفرنسي زيارة مقررة إلى نيروبي.",
        [KENYA, FRANCE],
        "042",
        Some("فرنسا"),
        Some("كينيا"),
        true
    );
    event_case!(
        after_a_support_verb_the_bare_form_is_a_noun_and_its_titled_genitive_the_patient,
        "قررت كينيا طرد السفير الفرنسي خلال أسبوع.",
        [KENYA, FRANCE],
        "166",
        Some("كينيا"),
        Some("فرنسا"),
        false
    );

    event_case!(
        a_group_noun_tagged_as_a_person_is_no_actor,
        "استقبل العاهل الكيني وفدا من الاتحاد الأفريقي في نيروبي.",
        [
            ("وفدا", P, None, &[]),
            KENYA,
            ("الاتحاد الأفريقي", O, None, &[])
        ],
        "043",
        Some("كينيا"),
        Some("الاتحاد الأفريقي"),
        false
    );

    quote_case!(
        a_spokesman_named_after_his_body_speaks_himself,
        "وقال المتحدث باسم الجيش الكيني العقيد جون موانغي إن الوضع تحت السيطرة.",
        [
            ("الجيش الكيني", O, Some("KEN"), &[]),
            ("جون موانغي", P, Some("KEN"), &[])
        ],
        Some("جون موانغي"),
        "الوضع تحت السيطرة"
    );
    event_case!(
        a_planned_act_s_kana_keeps_its_target,
        "ألغى وزير الخارجية الفرنسي زيارة كانت مقررة إلى نيروبي.",
        [KENYA, FRANCE],
        "042",
        Some("فرنسا"),
        Some("كينيا"),
        true
    );

    #[test]
    fn what_is_characterized_is_no_new_act_and_both_subjects_state() {
        let (q, e) = run_on(
            "انتقدت كندا اعتقال الصحفيين، ووصفت احتجازهم بالتعسفي.",
            &[("كندا", L, Some("CAN"), &[])],
        );
        assert!(
            !e.iter()
                .any(|e| e.code == "173" && e.source.as_deref() == Some("كندا")),
            "{}",
            show(&q, &e)
        );
        let (q, e) = run_on(
            "أصدرت كينيا واليابان بيانا مشتركا عن التعاون البحري، وأعلنت كينيا استعدادها لاستضافة المناورات.",
            &[KENYA, ("اليابان", L, Some("JPN"), &[])],
        );
        let stated: Vec<_> = e
            .iter()
            .filter(|e| e.code == "010")
            .filter_map(|e| e.source.as_deref())
            .collect();
        assert!(
            stated.contains(&"كينيا") && stated.contains(&"اليابان"),
            "{}",
            show(&q, &e)
        );
        assert!(
            e.iter()
                .any(|e| e.code.starts_with("03") && e.source.as_deref() == Some("كينيا")),
            "{}",
            show(&q, &e)
        );
    }

    event_case!(
        a_person_named_after_the_subject_and_its_object_is_no_subject,
        "طالبت منظمة الشفافية السلطات الكينية بالإفراج عن الناشط جون موانغي.",
        [
            ("منظمة الشفافية", O, None, &[]),
            KENYA,
            ("جون موانغي", P, Some("KEN"), &[])
        ],
        "100",
        Some("منظمة الشفافية"),
        Some("كينيا"),
        false
    );

    event_case!(
        the_bare_government_as_object_is_the_source_s_country_s,
        "طالب البرلمان الكيني الحكومة بسحب القوات من الحدود.",
        [("البرلمان الكيني", O, Some("KEN"), &[]), KENYA],
        "106",
        Some("البرلمان الكيني"),
        Some("كينيا"),
        false
    );

    #[test]
    fn the_wire_s_background_note_is_no_quote() {
        let (q, e) = run_on(
            "يذكر أن العلاقات بين البلدين شهدت توترا منذ عامين. ويشار إلى أن الحدود مغلقة.",
            &[],
        );
        assert!(q.is_empty(), "{}", show(&q, &e));
    }

    #[test]
    fn scare_quote_is_not_a_quote() {
        let (q, e) = run_on("وتسعى الحكومة إلى كسر \"الحصرية الروسية\" في السوق.", &[]);
        assert!(q.is_empty(), "{}", show(&q, &e));
    }

    #[test]
    fn quote_marks_inside_reported_speech_are_not_separate_quotes() {
        let (q, e) = run_on(
            "وقال سامي ناصر إن ما يسمى \"الخط الأحمر\" لم يعد قائما.",
            &[MINISTER],
        );
        assert_eq!(q.len(), 1, "{}", show(&q, &e));
    }

    // ---- subjects and agents of this round ----
    const EGYPT: (&str, EntityType, Option<&str>, &[&str]) =
        ("مصر", L, Some("EGY"), &["المصرية", "المصري"]);
    const SHABAAB: (&str, EntityType, Option<&str>, &[&str]) = ("حركة الشباب", O, Some("SOM"), &[]);
    event_case!(
        passive_agent_after_ala_yad_is_the_source,
        "اعتقل الصحفي على يد قوات الأمن المصرية.",
        [EGYPT],
        "173",
        Some("مصر"),
        None,
        false
    );
    event_case!(
        members_of_an_organization_act_for_it,
        "هاجم مسلحون من حركة الشباب قاعدة عسكرية في مالي.",
        [SHABAAB, MALI],
        "190",
        Some("حركة الشباب"),
        None,
        false
    );
    event_case!(
        a_delegation_after_the_verb_acts_for_its_sender,
        "زار وفد من مالي العاصمة الروسية موسكو لبحث التعاون العسكري.",
        [MALI, ("روسيا", L, Some("RUS"), &["موسكو", "الروسية"])],
        "042",
        Some("مالي"),
        Some("روسيا"),
        false
    );
    event_case!(
        a_title_in_construct_with_a_country_stands_for_it,
        "استقبل أمير قطر في الدوحة رئيس الوزراء الفرنسي.",
        [("قطر", L, Some("QAT"), &["الدوحة"]), FRANCE],
        "043",
        Some("قطر"),
        Some("فرنسا"),
        false
    );
    event_case!(
        a_denied_act_is_negated,
        "ونفى الجيش المصري استهداف المدنيين.",
        [EGYPT],
        "190",
        Some("مصر"),
        None,
        true
    );
    event_case!(
        a_country_across_the_border_is_no_target,
        "اشتبكت قوات الأمن المصرية مع مهربين على الحدود مع مالي.",
        [EGYPT, MALI],
        "193",
        Some("مصر"),
        None,
        false
    );
    event_case!(
        the_patient_of_a_passive_is_the_target,
        "قتل ثلاثة جنود فرنسيين في هجوم شنه مسلحون.",
        [("فرنسا", L, Some("FRA"), &["فرنسيين"])],
        "190",
        None,
        Some("فرنسا"),
        false
    );

    event_case!(
        a_clash_between_two_sides,
        "وقال شهود إن اشتباكات اندلعت بين الجيش المصري وحركة الشباب.",
        [("الجيش المصري", O, Some("EGY"), &[]), SHABAAB],
        "193",
        Some("الجيش المصري"),
        Some("حركة الشباب"),
        false
    );
    event_case!(
        an_indefinite_noun_with_its_nationality_is_the_subject,
        "استهدفت مسيرة فرنسية قاعدة لحركة الشباب.",
        [("فرنسا", L, Some("FRA"), &["فرنسية"]), SHABAAB],
        "190",
        Some("فرنسا"),
        Some("حركة الشباب"),
        false
    );

    event_case!(
        biladuhu_is_the_speakers_country,
        "وقال سامي ناصر إن بلاده ترفض أي تدخل عسكري فرنسي.",
        [MINISTER, ("مصر", L, Some("EGY"), &["القاهرة"]), FRANCE],
        "120",
        Some("مصر"),
        Some("فرنسا"),
        false
    );

    event_case!(
        expressed_condemnation_is_a_condemnation,
        "أعربت مصر عن إدانتها للهجوم على مالي.",
        [EGYPT, MALI],
        "111",
        Some("مصر"),
        Some("مالي"),
        false
    );

    /// One sentence per CAMEO root of the issue, in past, present and verbal-noun forms: each
    /// codes an event of its root.
    #[test]
    fn every_root_of_the_issue_is_coded() {
        const EGYPT_SUDAN: [(&str, EntityType, Option<&str>, &[&str]); 2] = [
            ("مصر", L, Some("EGY"), &["المصرية", "المصري", "القاهرة"]),
            (
                "السودان",
                L,
                Some("SDN"),
                &["السودانية", "السوداني", "الخرطوم"],
            ),
        ];
        let cases = [
            ("01", "وأصدرت مصر بيانا بشأن الأوضاع في السودان."),
            ("02", "ناشدت مصر السودان وقف القتال."),
            ("03", "عرضت مصر على السودان المساعدة في إعادة الإعمار."),
            ("03", "تعهدت مصر بدعم السودان."),
            ("04", "زار وزير الخارجية المصري الخرطوم."),
            ("04", "استقبلت القاهرة وفدا من السودان."),
            ("04", "اجتمع الرئيس المصري بنظيره السوداني."),
            ("04", "تباحثت مصر والسودان في ملف المياه."),
            ("04", "أجرت مصر مشاورات مع السودان."),
            ("05", "وقعت مصر والسودان اتفاقية للتعاون التجاري."),
            ("05", "أشادت مصر بموقف السودان."),
            ("05", "اعترفت مصر بالحكومة السودانية الجديدة."),
            ("06", "تعاونت مصر مع السودان في مكافحة التهريب."),
            ("06", "تبادلت مصر والسودان معلومات أمنية."),
            ("07", "أرسلت مصر مساعدات إنسانية إلى السودان."),
            ("07", "قدمت مصر قرضا للسودان."),
            ("08", "انسحبت القوات المصرية من الأراضي السودانية."),
            ("08", "أفرجت مصر عن عشرين سودانيا."),
            ("06", "سلمت مصر المطلوبين إلى السودان."),
            ("09", "فتحت مصر تحقيقا في الحادث الحدودي مع السودان."),
            ("10", "طالبت مصر بتعويضات من السودان."),
            ("11", "انتقدت مصر السودان بشدة."),
            ("11", "اتهمت مصر السودان بدعم المتمردين."),
            ("11", "نددت مصر بالهجمات السودانية."),
            ("11", "استنكرت القاهرة تصريحات الخرطوم."),
            ("11", "شجبت مصر القصف السوداني."),
            ("11", "استدعت مصر السفير السوداني."),
            ("12", "رفضت مصر المقترح السوداني."),
            ("13", "هددت مصر السودان بفرض عقوبات."),
            ("13", "توعدت مصر السودان بالرد."),
            ("14", "تظاهر مئات السودانيين أمام السفارة المصرية."),
            ("15", "حشدت مصر قوات على الحدود مع السودان."),
            ("16", "قطعت مصر علاقاتها الدبلوماسية مع السودان."),
            ("16", "فرضت مصر عقوبات على السودان."),
            ("16", "طردت مصر السفير السوداني."),
            ("16", "جمدت مصر التعاون مع السودان."),
            ("16", "علقت مصر رحلاتها الجوية إلى السودان."),
            ("17", "اعتقلت الشرطة المصرية عشرة سودانيين."),
            ("17", "احتجزت مصر سفينة سودانية."),
            ("17", "رحلت مصر مئات السودانيين."),
            ("18", "اختطف مسلحون سودانيون مواطنين مصريين."),
            ("18", "اغتال مسلحون دبلوماسيا مصريا في الخرطوم."),
            ("19", "قصفت الطائرات المصرية مواقع سودانية."),
            ("19", "هاجمت القوات المصرية مواقع سودانية."),
            ("19", "شنت مصر غارات على السودان."),
            ("19", "اشتبكت القوات المصرية مع القوات السودانية."),
            ("19", "استهدفت مصر قافلة سودانية."),
            ("20", "ارتكبت القوات السودانية مجزرة بحق المدنيين."),
            ("19", "يواصل الجيش المصري قصف المواقع السودانية."),
            ("19", "تشن القوات المصرية هجمات على المواقع السودانية."),
            ("04", "وصل الرئيس السوداني إلى القاهرة في زيارة رسمية."),
            ("04", "يزور الرئيس السوداني القاهرة اليوم."),
            ("17", "ألقت الشرطة المصرية القبض على ثلاثة سودانيين."),
            ("17", "أوقفت السلطات المصرية صحفيا سودانيا."),
            ("11", "أعربت مصر عن إدانتها للهجوم على السودان."),
            ("11", "عبرت مصر عن استنكارها للتصريحات السودانية."),
            ("08", "أعلنت مصر سحب قواتها من السودان."),
            ("16", "قررت مصر استدعاء سفيرها لدى السودان للتشاور."),
            ("03", "أبدت مصر استعدادها للتوسط في السودان."),
            ("02", "دعت مصر إلى وقف فوري لإطلاق النار في السودان."),
            ("13", "لوحت مصر باستخدام القوة ضد السودان."),
        ];
        let mut missed = Vec::new();
        for (root, text) in cases {
            let (_, e) = run_on(text, &EGYPT_SUDAN);
            if !e.iter().any(|e| e.code.starts_with(root)) {
                missed.push(format!(
                    "{root} {text} → {:?}",
                    e.iter().map(|e| &e.code).collect::<Vec<_>>()
                ));
            }
        }
        assert!(
            missed.is_empty(),
            "{missed:#?}\nhelp: add the form to data/event-lexicon.tsv"
        );
    }

    #[test]
    fn reasons_and_purposes_are_no_events() {
        for text in [
            "تظاهر الآلاف في باماكو رفضا للعقوبات.",
            "وأبدت مصر استعدادها لاستضافة جولة مفاوضات.",
        ] {
            let (q, e) = run_on(text, &[EGYPT, MALI]);
            assert!(
                !e.iter()
                    .any(|e| e.code.starts_with("12") || e.code == "043"),
                "{text}\n{}",
                show(&q, &e)
            );
        }
    }

    #[test]
    fn a_direct_quote_after_in_is_one_quote_and_a_verb_is_no_speaker() {
        let (q, e) = run_on(
            "وقال المتحدث باسم الحكومة عبد الله مايغا في بيان تلاه على التلفزيون الرسمي إن \"مالي لن تقبل أن تتحول أرضها إلى ساحة لأجهزة استخبارات أجنبية\".",
            &[("عبد الله مايغا", P, Some("MLI"), &["مايغا"]), MALI],
        );
        assert_eq!(q.len(), 1, "{}", show(&q, &e));
        assert!(
            q.iter()
                .all(|q| q.speaker.as_deref() == Some("عبد الله مايغا")
                    && q.speaker_text.as_deref() != Some("تلاه")
                    && q.text.contains("ساحة لأجهزة استخبارات")),
            "{}",
            show(&q, &e)
        );
    }

    // ---- negation ----
    event_case!(
        did_not_sign,
        "لم توقع مالي الاتفاق مع فرنسا.",
        [MALI, FRANCE],
        "057",
        Some("مالي"),
        Some("فرنسا"),
        true
    );
    event_case!(
        will_not_withdraw,
        "وأكدت فرنسا أنها لن تنسحب من مالي.",
        [MALI, FRANCE],
        "0874",
        Some("فرنسا"),
        Some("مالي"),
        true
    );
    event_case!(
        without_signing,
        "انتهت الجولة دون توقيع اتفاق بين مالي وفرنسا.",
        [MALI, FRANCE],
        "057",
        Some("مالي"),
        Some("فرنسا"),
        true
    );
    event_case!(
        denied_strike,
        "نفت فرنسا أن تكون طائراتها قصفت مواقع في مالي.",
        [MALI, FRANCE],
        "194",
        Some("فرنسا"),
        None,
        true
    );
    event_case!(
        refused_meeting,
        "ورفض سامي ناصر لقاء الوفد الفرنسي.",
        [MINISTER, FRANCE],
        "040",
        Some("سامي ناصر"),
        Some("فرنسا"),
        true
    );
    event_case!(
        still_is_not_negation,
        "قالت فرنسا إنها لا تزال تدعم مالي عسكريا.",
        [MALI, FRANCE],
        "070",
        Some("فرنسا"),
        Some("مالي"),
        false
    );

    // ---- code families ----
    event_case!(
        visit,
        "زار سامي ناصر مالي أمس.",
        [MINISTER, MALI],
        "042",
        Some("سامي ناصر"),
        Some("مالي"),
        false
    );
    event_case!(
        host,
        "استقبل سامي ناصر وفدا من مالي.",
        [MINISTER, MALI],
        "043",
        Some("سامي ناصر"),
        Some("مالي"),
        false
    );
    event_case!(
        meet_counterpart,
        "والتقى سامي ناصر نظيره الفرنسي.",
        [MINISTER, FRANCE],
        "040",
        Some("سامي ناصر"),
        Some("فرنسا"),
        false
    );
    event_case!(
        phone_call,
        "أجرى سامي ناصر اتصالا هاتفيا مع باريس.",
        [MINISTER, FRANCE],
        "041",
        Some("سامي ناصر"),
        Some("فرنسا"),
        false
    );
    event_case!(
        propose,
        "قدم سامي ناصر مقترحا جديدا إلى مالي.",
        [MINISTER, MALI],
        "030",
        Some("سامي ناصر"),
        Some("مالي"),
        false
    );
    event_case!(
        sign,
        "ووقعت فرنسا ومالي اتفاقية للتعاون الأمني.",
        [MALI, FRANCE],
        "057",
        Some("فرنسا"),
        Some("مالي"),
        false
    );
    event_case!(
        aid,
        "وقدمت فرنسا مساعدات إنسانية إلى مالي.",
        [MALI, FRANCE],
        "070",
        Some("فرنسا"),
        Some("مالي"),
        false
    );
    event_case!(
        withdraw,
        "وأنهت فرنسا انسحابها من مالي الشهر الماضي.",
        [MALI, FRANCE],
        "0874",
        Some("فرنسا"),
        Some("مالي"),
        false
    );
    event_case!(
        investigate,
        "فتحت النيابة تحقيقا في مقتل صحفي فرنسي.",
        [("النيابة", O, Some("MLI"), &[]), FRANCE],
        "090",
        Some("النيابة"),
        Some("فرنسا"),
        false
    );
    event_case!(
        demand,
        "طالبت مالي بسحب القوات الفرنسية.",
        [MALI, FRANCE],
        "106",
        Some("مالي"),
        Some("فرنسا"),
        false
    );
    event_case!(
        condemn,
        "أدانت فرنسا الهجوم على قافلة في مالي.",
        [MALI, FRANCE],
        "111",
        Some("فرنسا"),
        None,
        false
    );
    event_case!(
        accuse,
        "اتهمت مالي فرنسا بدعم المتمردين.",
        [MALI, FRANCE],
        "112",
        Some("مالي"),
        Some("فرنسا"),
        false
    );
    event_case!(
        reject,
        "رفضت مالي الوساطة الفرنسية.",
        [MALI, FRANCE],
        "120",
        Some("مالي"),
        Some("فرنسا"),
        false
    );
    event_case!(
        threaten,
        "هددت مالي فرنسا بقطع العلاقات.",
        [MALI, FRANCE],
        "130",
        Some("مالي"),
        Some("فرنسا"),
        false
    );
    event_case!(
        protest,
        "تظاهر المئات أمام سفارة فرنسا في باماكو.",
        [MALI, FRANCE],
        "141",
        None,
        Some("فرنسا"),
        false
    );
    event_case!(
        sanction,
        "فرضت فرنسا عقوبات على مالي.",
        [MALI, FRANCE],
        "163",
        Some("فرنسا"),
        Some("مالي"),
        false
    );
    event_case!(
        expel,
        "طردت مالي السفير الفرنسي.",
        [MALI, FRANCE],
        "166",
        Some("مالي"),
        Some("فرنسا"),
        false
    );
    event_case!(
        arrest,
        "اعتقلت الشرطة المالية مواطنا فرنسيا.",
        [("الشرطة المالية", O, Some("MLI"), &[]), FRANCE],
        "173",
        Some("الشرطة المالية"),
        Some("فرنسا"),
        false
    );
    event_case!(
        kidnap,
        "اختطف مسلحون مواطنا فرنسيا شمال مالي.",
        [MALI, FRANCE],
        "181",
        None,
        Some("فرنسا"),
        false
    );
    event_case!(
        air_strikes,
        "شنت فرنسا غارات على مواقع المتمردين.",
        [FRANCE],
        "195",
        Some("فرنسا"),
        None,
        false
    );
    event_case!(
        clashes_between,
        "اندلعت اشتباكات بين الجيش المالي ومقاتلي الحركة.",
        [
            ("الجيش المالي", O, Some("MLI"), &[]),
            ("الحركة", O, Some("MLI"), &[])
        ],
        "193",
        Some("الجيش المالي"),
        Some("الحركة"),
        false
    );
    event_case!(
        massacre,
        "وارتكب المسلحون مجزرة في قرية بوسط مالي.",
        [MALI],
        "202",
        None,
        None,
        false
    );
    event_case!(
        two_sides_take_the_last_pair,
        "زار سامي ناصر مالي. واتفق الجانبان على لجنة مشتركة.",
        [MINISTER, MALI],
        "050",
        Some("سامي ناصر"),
        Some("مالي"),
        false
    );

    #[test]
    fn conditional_and_future_are_not_events_and_a_passive_has_no_actor() {
        let (q, e) = run_on("قتل خمسة جنود في مالي.", &[MINISTER, MALI]);
        assert!(
            e.len() == 1
                && e.iter()
                    .all(|e| e.code == "190" && e.source.is_none() && e.target.is_none()),
            "{}",
            show(&q, &e)
        );
        for text in [
            "إذا زار سامي ناصر مالي فسيلتقي الرئيس.",
            "سيزور سامي ناصر مالي الأسبوع المقبل.",
        ] {
            let (q, e) = run_on(text, &[MINISTER, MALI]);
            assert!(
                !e.iter()
                    .any(|e| matches!(e.code.get(..2), Some("04" | "19"))),
                "{text}\n{}",
                show(&q, &e)
            );
        }
    }

    #[test]
    fn place_adverbials_are_not_targets() {
        let (q, e) = run_on(
            "اعتقلت الشرطة ثلاثة مشتبهين في باماكو.",
            &[("الشرطة", O, None, &[]), MALI],
        );
        assert!(
            e.iter().any(|e| e.code == "173" && e.target.is_none()),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn person_records_their_country() {
        let (q, e) = run_on("زار سامي ناصر مالي.", &[MINISTER, MALI]);
        let visit = e.iter().find(|e| e.code == "042");
        assert_eq!(
            visit.and_then(|e| e.source_country.as_deref()),
            Some("EGY"),
            "{}",
            show(&q, &e)
        );
        assert_eq!(visit.and_then(|e| e.target_country.as_deref()), Some("MLI"));
    }

    #[test]
    fn mentions_outside_the_paragraph_are_ignored() {
        let article = Article {
            body: vec!["زار سامي ناصر مالي.".into()],
            ..Article::default()
        };
        let bad = Entity {
            id: "x".into(),
            name: "x".into(),
            kind: P,
            aliases: vec![],
            country: None,
            coordinates: None,
            mentions: vec![
                rasd_model::Mention {
                    text: "x".into(),
                    part: Default::default(),
                    paragraph: 0,
                    start: 5,
                    end: 500,
                },
                rasd_model::Mention {
                    text: "x".into(),
                    part: Default::default(),
                    paragraph: 7,
                    start: 0,
                    end: 2,
                },
                rasd_model::Mention {
                    text: "x".into(),
                    part: Default::default(),
                    paragraph: 0,
                    start: 4,
                    end: 2,
                },
            ],
        };
        let (_, e) = run(&article, &[bad]);
        assert!(e.iter().all(|e| e.source.is_none()));
    }

    // ---- descriptions (issue 5, second held-out round) ----
    const GOVERNOR_LAND: (&str, EntityType, Option<&str>, &[&str]) =
        ("السودان", L, Some("SDN"), &["السوداني", "الخرطوم"]);
    const INTERIOR: (&str, EntityType, Option<&str>, &[&str]) =
        ("حسن داود", P, Some("SDN"), &["داود"]);
    quote_case!(
        a_different_title_does_not_refer_back,
        "وقال وزير الداخلية السوداني حسن داود إن الطرق آمنة.\nمن جهته، قال والي الخرطوم إن الأسواق فتحت أبوابها من جديد.",
        [INTERIOR, GOVERNOR_LAND],
        Some("السودان"),
        "الأسواق فتحت"
    );

    const JORDAN: (&str, EntityType, Option<&str>, &[&str]) =
        ("الأردن", L, Some("JOR"), &["الأردني", "الأردنية", "أردني"]);
    const FINANCE: (&str, EntityType, Option<&str>, &[&str]) =
        ("سامر الخطيب", P, Some("JOR"), &["الخطيب"]);
    const FRONT: (&str, EntityType, Option<&str>, &[&str]) = ("جبهة الخلاص", O, None, &[]);
    quote_case!(
        description_with_nationality_refers_to_the_fitting_person,
        "واعتبر وزير المالية الأردني سامر الخطيب أن العجز تراجع. وأضاف المسؤول الأردني أن الديون ستنخفض العام المقبل.",
        [FINANCE, JORDAN],
        Some("سامر الخطيب"),
        "الديون ستنخفض"
    );
    quote_case!(
        own_title_with_other_words_refers_back,
        "واعتبر وزير المالية الأردني سامر الخطيب أن العجز تراجع. وأوضح وزير المالية أن الديون ستنخفض.",
        [FINANCE, JORDAN],
        Some("سامر الخطيب"),
        "الديون ستنخفض"
    );
    quote_case!(
        indefinite_description_is_a_nameless_source,
        "واعتبر وزير المالية الأردني سامر الخطيب أن العجز تراجع. وقال مسؤول أردني إن الديون ستنخفض.",
        [FINANCE, JORDAN],
        None,
        "الديون ستنخفض"
    );
    quote_case!(
        title_with_nationality_and_nobody_before_is_the_country,
        "وقالت المتحدثة باسم الخارجية الأردنية إن المعبر سيفتح غدا.",
        [JORDAN],
        Some("الأردن"),
        "المعبر سيفتح"
    );
    quote_case!(
        spokesman_of_a_described_organization,
        "أعلنت جبهة الخلاص انسحابها من الحوار.\nوقال المتحدث باسم الجبهة إن القرار نهائي ولا رجعة فيه.",
        [FRONT],
        Some("جبهة الخلاص"),
        "القرار نهائي"
    );
    quote_case!(
        organization_after_a_head_noun_in_construct,
        "وأكدت قيادة جبهة الخلاص أن قواتها دخلت المدينة.",
        [FRONT],
        Some("جبهة الخلاص"),
        "قواتها دخلت"
    );
    quote_case!(
        speech_verb_inside_reported_speech_does_not_end_it,
        "وأشار سامي ناصر إلى أن التقرير كشف أخطاء كثيرة في الحسابات.",
        [MINISTER],
        Some("سامي ناصر"),
        "كشف أخطاء كثيرة"
    );
    quote_case!(
        participle_speaks_for_the_main_verb_subject,
        "أدان مجلس الوزراء الأردني هجوم جبهة الخلاص على القرية، معتبرا أنه انتهاك صريح للقانون الدولي.",
        [("مجلس الوزراء الأردني", O, Some("JOR"), &[]), FRONT],
        Some("مجلس الوزراء الأردني"),
        "انتهاك صريح"
    );

    #[test]
    fn speech_noun_after_the_verb_does_not_repeat_the_quote() {
        let (q, e) = run_on(
            "وأوضح سامي ناصر في بيان أن الوزارة ستصرف الرواتب قبل العيد.",
            &[MINISTER],
        );
        assert_eq!(q.len(), 1, "{}", show(&q, &e));
    }

    const PRINCE: (&str, EntityType, Option<&str>, &[&str]) = ("خالد بن فهد", P, Some("KWT"), &[]);

    event_case!(
        caller_named_after_courtesy_styles_is_the_source,
        "تلقى الوزير سامي ناصر اتصالا هاتفيا اليوم من صاحب السمو الملكي الأمير خالد بن فهد وزير الداخلية الكويتي، بحثا خلاله الأوضاع في المنطقة.",
        [MINISTER, PRINCE],
        "041",
        Some("خالد بن فهد"),
        Some("سامي ناصر"),
        false
    );

    event_case!(
        a_delegation_is_its_sender,
        "وأفادت الإذاعة بأن وفدا من جبهة الخلاص وصل إلى باماكو لإجراء مشاورات.",
        [FRONT, MALI],
        "042",
        Some("جبهة الخلاص"),
        Some("مالي"),
        false
    );
    event_case!(
        aircraft_belonging_to_a_force_act_for_it,
        "قصفت طائرات مسيرة تابعة لجبهة الخلاص مخزنا للوقود قرب باماكو.",
        [FRONT, MALI],
        "194",
        Some("جبهة الخلاص"),
        None,
        false
    );

    const CHAD: (&str, EntityType, Option<&str>, &[&str]) =
        ("تشاد", L, Some("TCD"), &["التشادي", "التشادية", "تشادية"]);
    event_case!(
        a_place_after_a_place_noun_is_no_target,
        "هاجم مسلحون نقطة للجيش في ولاية كيدال ليلا.",
        [("كيدال", L, Some("MLI"), &[])],
        "190",
        None,
        None,
        false
    );
    event_case!(
        an_attack_nouns_nationality_is_its_source,
        "دمرت غارة تشادية مخزنا للذخيرة قرب الحدود.",
        [CHAD],
        "195",
        Some("تشاد"),
        None,
        false
    );
    event_case!(
        the_two_sides_discussed,
        "استقبل الرئيس التشادي وفدا ماليا، وبحث الجانبان أمن الحدود.",
        [CHAD, ("مالي", L, Some("MLI"), &["ماليا"])],
        "040",
        Some("تشاد"),
        Some("مالي"),
        false
    );

    #[test]
    fn what_is_condemned_is_not_coded_again() {
        let (q, e) = run_on(
            "أدانت جبهة الخلاص الهجوم الذي استهدف قافلة إغاثة قرب باماكو.",
            &[FRONT, MALI],
        );
        assert_eq!(
            e.iter().map(|e| e.code.as_str()).collect::<Vec<_>>(),
            ["111"],
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn endangering_is_no_threat() {
        let (q, e) = run_on(
            "وقال سامي ناصر إن التصعيد يهدد استقرار المنطقة كلها.",
            &[MINISTER],
        );
        assert!(
            e.iter().all(|e| !e.code.starts_with("13")),
            "{}",
            show(&q, &e)
        );
        let (q, e) = run_on("وهددت جبهة الخلاص بقطع الطريق الدولي.", &[FRONT]);
        assert!(
            e.iter().any(|e| e.code.starts_with("13")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn an_organization_behind_fi_is_no_target() {
        let (q, e) = run_on(
            "رفضت تشاد مشروع قرار في جبهة الخلاص بشأن الحدود.",
            &[CHAD, FRONT],
        );
        assert!(
            e.iter().any(|e| e.code == "120" && e.target.is_none()),
            "{}",
            show(&q, &e)
        );
    }

    quote_case!(
        trailing_attribution_after_pointing_words,
        "«سنعود إلى قرانا قريبا»، بهذه الكلمات خاطب سامي ناصر الحشود في الساحة.",
        [MINISTER],
        Some("سامي ناصر"),
        "سنعود إلى قرانا"
    );
    quote_case!(
        according_to_a_statement_of_an_organization,
        "ووفق بيان لجبهة الخلاص، فإن مقاتليها انسحبوا من المدينة بالكامل.",
        [FRONT],
        Some("جبهة الخلاص"),
        "مقاتليها انسحبوا"
    );

    event_case!(
        a_verb_after_its_subject_is_active_before_a_quantity,
        "وقالت الوزارة إن قوات الأمن اعتقلت خمسة مهربين قرب باماكو.",
        [MALI],
        "173",
        None,
        None,
        false
    );
    event_case!(
        an_event_noun_before_a_support_verb,
        "وأفاد سكان بأن اشتباكات اندلعت بين جبهة الخلاص والجيش في ضواحي باماكو.",
        [FRONT, ("الجيش", O, Some("MLI"), &[]), MALI],
        "193",
        Some("جبهة الخلاص"),
        Some("الجيش"),
        false
    );
    event_case!(
        what_a_statement_announces,
        "وأعلنت تشاد عن إرسال قافلة مساعدات إلى باماكو.",
        [CHAD, MALI],
        "070",
        Some("تشاد"),
        Some("مالي"),
        false
    );
    event_case!(
        summoning_an_ambassador_is_a_complaint,
        "استدعت تشاد السفير الفرنسي للاحتجاج على تصريحاته.",
        [CHAD, FRANCE],
        "114",
        Some("تشاد"),
        Some("فرنسا"),
        false
    );

    #[test]
    fn dawn_before_a_day_is_no_bombing() {
        let (q, e) = run_on(
            "قصفت جبهة الخلاص مواقع في مدينة باماكو فجر الاثنين.",
            &[FRONT, MALI],
        );
        assert!(e.iter().all(|e| e.code != "183"), "{}", show(&q, &e));
    }

    quote_case!(
        a_generic_description_may_repeat_the_persons_title_words,
        "قالت المنسقة الأممية للشؤون الإنسانية ماريا لوبيز إن المساعدات وصلت. وأضافت المسؤولة الأممية أن الطرق ما زالت مغلقة.",
        [("ماريا لوبيز", P, None, &["لوبيز"])],
        Some("ماريا لوبيز"),
        "الطرق ما زالت مغلقة"
    );

    quote_case!(
        a_described_organization_with_its_own_place_is_not_the_last_one,
        "أعلنت جبهة الخلاص سيطرتها على الطريق. وانقطع التيار عن العاصمة، بحسب ما ذكرت الشركة التشادية للكهرباء.",
        [FRONT, CHAD],
        None,
        "انقطع التيار"
    );

    event_case!(
        a_nouns_nationality_is_its_actor,
        "أفرجت جبهة الخلاص عن الرهائن بوساطة تشادية.",
        [FRONT, CHAD],
        "045",
        Some("تشاد"),
        None,
        false
    );
    event_case!(
        a_named_site_after_min_is_no_target,
        "انسحبت جبهة الخلاص من قاعدة كيدال بعد معارك عنيفة.",
        [FRONT, ("كيدال", L, Some("MLI"), &[])],
        "0874",
        Some("جبهة الخلاص"),
        None,
        false
    );
    event_case!(
        a_purpose_ends_the_search_for_a_target,
        "تعهدت تشاد بتقديم قروض لدعم اقتصاد مالي.",
        [CHAD, ("مالي", L, Some("MLI"), &[])],
        "030",
        Some("تشاد"),
        None,
        false
    );
    event_case!(
        rejecting_an_offer_is_no_negated_offer,
        "رفضت جبهة الخلاص عرضا تشاديا للوساطة.",
        [FRONT, ("تشاد", L, Some("TCD"), &["تشاديا"])],
        "120",
        Some("جبهة الخلاص"),
        Some("تشاد"),
        false
    );

    #[test]
    fn one_event_per_sentence_and_code() {
        let (q, e) = run_on(
            "وصل سامي ناصر إلى باماكو في أول زيارة لمسؤول مصري منذ سنوات.",
            &[MINISTER, MALI],
        );
        assert_eq!(
            e.iter().filter(|e| e.code == "042").count(),
            1,
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn a_joined_verb_is_a_second_act_but_not_in_fighting() {
        // Meeting, then discussing: two consultations.
        let (q, e) = run_on(
            "التقى سامي ناصر وزير الدفاع المالي، وناقش الجانبان أمن الحدود.",
            &[MINISTER, MALI],
        );
        assert_eq!(
            e.iter().filter(|e| e.code.starts_with("04")).count(),
            2,
            "{}",
            show(&q, &e)
        );
        // A noun repeating the verb stays one act.
        let (q, e) = run_on(
            "التقى سامي ناصر وزير الدفاع المالي خلال لقاء في باماكو.",
            &[MINISTER, MALI],
        );
        assert_eq!(
            e.iter().filter(|e| e.code.starts_with("04")).count(),
            1,
            "{}",
            show(&q, &e)
        );
        // Attacking a post and killing its guards is one incident.
        let (q, e) = run_on(
            "هاجم مسلحون نقطة للجيش قرب باماكو، وقتلوا أربعة من حراسها.",
            &[MALI],
        );
        assert!(
            e.iter().filter(|e| e.code.starts_with("19")).count() <= 1,
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn the_holder_named_after_a_title_and_its_nationality_acts_and_is_met() {
        const SMITH: (&str, EntityType, Option<&str>, &[&str]) =
            ("جون سميث", P, Some("USA"), &["سميث"]);
        const USA: (&str, EntityType, Option<&str>, &[&str]) =
            ("الولايات المتحدة", L, Some("USA"), &["الأمريكي", "الأمريكية"]);
        // The subject: title, nationality, rank, name.
        let (q, e) = run_on(
            "التقى قائد الجيش الأمريكي الجنرال جون سميث في باريس وزير الدفاع الفرنسي.",
            &[SMITH, USA, FRANCE],
        );
        assert!(
            e.iter().any(|e| e.code == "040"
                && e.source.as_deref() == Some("جون سميث")
                && e.target_country.as_deref() == Some("FRA")),
            "{}",
            show(&q, &e)
        );
        // The object: the same phrase after the subject.
        let (q, e) = run_on(
            "استقبل سامي ناصر قائد الجيش الأمريكي الجنرال جون سميث.",
            &[MINISTER, SMITH, USA],
        );
        assert!(
            e.iter().any(|e| e.code == "043"
                && e.source_country.as_deref() == Some("EGY")
                && e.target.as_deref() == Some("جون سميث")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn a_body_supported_after_a_pledge_is_its_target_a_cause_is_not() {
        const BANK: (&str, EntityType, Option<&str>, &[&str]) =
            ("صندوق التنمية المالي", O, Some("MLI"), &[]);
        let (q, e) = run_on(
            "تعهدت فرنسا بمنح عشرين مليون يورو لدعم صندوق التنمية المالي.",
            &[FRANCE, BANK],
        );
        assert!(
            e.iter().any(|e| e.code.starts_with("03")
                && e.source.as_deref() == Some("فرنسا")
                && e.target.as_deref() == Some("صندوق التنمية المالي")),
            "{}",
            show(&q, &e)
        );
        // What the money is for is no target.
        let (q, e) = run_on(
            "تعهدت فرنسا بمنح عشرين مليون يورو لدعم إعادة بناء المدارس في باماكو.",
            &[FRANCE, MALI],
        );
        assert!(
            e.iter()
                .any(|e| e.code.starts_with("03") && e.target.is_none()),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn a_town_is_where_an_act_happens_a_state_or_capital_is_acted_on() {
        const GAO: (&str, EntityType, Option<&str>, &[&str]) = ("غاو", L, Some("MLI"), &[]);
        // A town after its head noun: no target.
        let (q, e) = run_on("قصفت القوات الفرنسية مدينة غاو فجر اليوم.", &[FRANCE, GAO]);
        assert!(
            e.iter()
                .any(|e| e.code.starts_with("19") && e.target.is_none()),
            "{}",
            show(&q, &e)
        );
        // The capital stands for its state.
        let (q, e) = run_on("قصفت القوات الفرنسية باماكو فجر اليوم.", &[FRANCE, MALI]);
        assert!(
            e.iter()
                .any(|e| e.code.starts_with("19") && e.target.as_deref() == Some("مالي")),
            "{}",
            show(&q, &e)
        );
        // A town aid is sent to stands for its state.
        let (q, e) = run_on("أرسلت فرنسا مساعدات غذائية إلى غاو.", &[FRANCE, GAO]);
        assert!(
            e.iter()
                .any(|e| e.code.starts_with("07") && e.target.as_deref() == Some("غاو")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn the_service_served_through_a_head_noun_is_no_target() {
        let (q, e) = run_on(
            "اعتقلت الشرطة المالية ثلاثة موظفين يشتبه بعملهم لصالح المخابرات الفرنسية.",
            &[("الشرطة المالية", O, Some("MLI"), &[]), FRANCE],
        );
        assert!(
            e.iter()
                .any(|e| e.code.starts_with("17") && e.target.is_none()),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn the_occasion_on_the_sidelines_is_no_event() {
        let (q, e) = run_on(
            "التقى سامي ناصر نظيره التشادي على هامش اجتماعات جبهة الخلاص.",
            &[MINISTER, CHAD, FRONT],
        );
        assert_eq!(e.len(), 1, "{}", show(&q, &e));
    }

    event_case!(
        a_place_right_after_a_meeting_noun_is_its_venue,
        "لم تشارك تشاد في محادثات باماكو بسبب خلافات حول جدول الأعمال.",
        [CHAD, MALI],
        "040",
        Some("تشاد"),
        None,
        true
    );
    event_case!(
        an_appeals_addressee_comes_before_ila,
        "دعت جبهة الخلاص إلى فتح ممرات آمنة لإيصال الغذاء إلى باماكو.",
        [FRONT, MALI],
        "020",
        Some("جبهة الخلاص"),
        None,
        false
    );
    event_case!(
        a_body_in_a_country_stands_for_it,
        "هدد المجلس العسكري في تشاد بطرد البعثة الأممية.",
        [CHAD],
        "130",
        Some("تشاد"),
        None,
        false
    );
    event_case!(
        a_definite_noun_with_a_nationality_is_the_subject,
        "احتجزت البحرية التشادية زورقا قرب الحدود.",
        [CHAD],
        "173",
        Some("تشاد"),
        None,
        false
    );
    event_case!(
        an_organization_description_before_the_verb,
        "وقال المتحدث باسم جبهة الخلاص إن الجبهة هاجمت رتلا عسكريا قرب باماكو.",
        [FRONT, MALI],
        "190",
        Some("جبهة الخلاص"),
        None,
        false
    );

    #[test]
    fn a_noun_in_a_condition_is_no_event() {
        let (q, e) = run_on(
            "وتوعدت جبهة الخلاص بالرد إذا استمرت الغارات التشادية.",
            &[FRONT, CHAD],
        );
        assert!(
            e.iter().all(|e| !e.code.starts_with("19")),
            "{}",
            show(&q, &e)
        );
    }

    // ---- fifth round: credits after the clause, pronoun sources ----
    /// The quotes of `text` as (speaker, text) pairs.
    fn said(
        text: &str,
        entities: &[(&str, EntityType, Option<&str>, &[&str])],
    ) -> Vec<(Option<String>, String)> {
        run_on(text, entities)
            .0
            .into_iter()
            .map(|q| (q.speaker, q.text))
            .collect()
    }

    #[test]
    fn a_credit_after_reported_speech_is_not_part_of_it() {
        for text in [
            "وأكد سامي ناصر أن المفاوضات ستستأنف قريبا، وفق ما جاء في بيان لمكتبه.",
            "وأكد سامي ناصر أن المفاوضات ستستأنف قريبا، بحسب ما نقلت الصحف المحلية.",
            "وأكد سامي ناصر أن المفاوضات ستستأنف قريبا، على حد تعبير مساعديه.",
        ] {
            assert_eq!(
                said(text, &[MINISTER]),
                [(
                    Some("سامي ناصر".to_string()),
                    "المفاوضات ستستأنف قريبا".to_string()
                )],
                "{text}"
            );
        }
    }

    #[test]
    fn a_quote_credited_after_its_closing_mark_is_direct_and_whole() {
        let (q, e) = run_on(
            "«الممرات الإنسانية ستفتح صباح الغد»، بحسب ما قاله سامي ناصر للصحفيين.",
            &[MINISTER],
        );
        assert!(
            q.iter().any(|q| q.speaker.as_deref() == Some("سامي ناصر")
                && q.text == "الممرات الإنسانية ستفتح صباح الغد"
                && q.direct),
            "{}",
            show(&q, &e)
        );
    }

    quote_case!(
        as_put_by_credits_the_clause_before,
        "الاتفاق الجديد خطوة أولى نحو تهدئة شاملة، على حد قول سامي ناصر.",
        [MINISTER],
        Some("سامي ناصر"),
        "الاتفاق الجديد خطوة أولى"
    );
    quote_case!(
        according_to_without_a_comma_before_fa_inna,
        "وبحسب سامي ناصر فإن الوفد سيغادر القاهرة مساء الخميس.",
        [MINISTER],
        Some("سامي ناصر"),
        "الوفد سيغادر القاهرة"
    );
    quote_case!(
        reported_from_a_pronoun_is_the_one_it_names,
        "واجتمع سامي ناصر بممثلي النقابات. ونقلت عنه الإذاعة الرسمية قوله إن الحوار سيستمر.",
        [MINISTER],
        Some("سامي ناصر"),
        "الحوار سيستمر"
    );

    quote_case!(
        a_comment_verb_after_words_pointing_back,
        "«لن نقبل بأقل من انسحاب كامل»، هكذا علق سامي ناصر على المقترح.",
        [MINISTER],
        Some("سامي ناصر"),
        "لن نقبل بأقل من انسحاب كامل"
    );
    quote_case!(
        a_quoted_sentence_after_an_attributed_quote_continues_it,
        "«الهدنة هشة»، قال سامي ناصر. «نحتاج ضمانات».",
        [MINISTER],
        Some("سامي ناصر"),
        "نحتاج ضمانات"
    );
    quote_case!(
        posting_and_acknowledging_report_speech,
        "وكتب سامي ناصر على حسابه أن المعبر سيفتح غدا، وأقر بأن الطوابير طويلة.",
        [MINISTER],
        Some("سامي ناصر"),
        "المعبر سيفتح غدا"
    );

    #[test]
    fn the_complementizer_after_a_colon_is_not_quoted() {
        assert_eq!(
            said(
                "وقال سامي ناصر في تصريح مقتضب: إن الاجتماع تأجل.",
                &[MINISTER]
            ),
            [(Some("سامي ناصر".to_string()), "الاجتماع تأجل".to_string())]
        );
    }

    #[test]
    fn a_quoted_sentence_after_an_unattributed_one_stays_unattributed() {
        let (q, e) = run_on(
            "رفع المحتجون شعار «الأرض لنا». «لا للتهجير» كتب على لافتة أخرى.",
            &[MINISTER],
        );
        assert!(q.iter().all(|q| q.speaker.is_none()), "{}", show(&q, &e));
    }

    event_case!(
        a_flag_state_is_not_the_target,
        "احتجزت البحرية المصرية سفينة ترفع علم بنما قرب القناة.",
        [
            ("مصر", L, Some("EGY"), &["المصرية"]),
            ("بنما", L, Some("PAN"), &[])
        ],
        "173",
        Some("مصر"),
        None,
        false
    );
    event_case!(
        the_one_served_by_spying_is_not_the_target,
        "اعتقلت السلطات المصرية موظفا بتهمة التجسس لصالح إسرائيل.",
        [
            ("مصر", L, Some("EGY"), &["المصرية"]),
            ("إسرائيل", L, Some("ISR"), &[])
        ],
        "173",
        Some("مصر"),
        None,
        false
    );

    // ---- seventh round (session 5) ----
    const CHAD_ARMY: (&str, EntityType, Option<&str>, &[&str]) =
        ("الجيش التشادي", O, Some("TCD"), &[]);
    event_case!(
        the_accusative_after_a_support_verb_is_its_object_not_a_reason,
        "شنت جبهة الخلاص هجوما على الجيش التشادي قرب الحدود.",
        [FRONT, CHAD_ARMY],
        "190",
        Some("جبهة الخلاص"),
        Some("الجيش التشادي"),
        false
    );
    event_case!(
        gunmen_of_a_group_in_construct_stand_for_it,
        "شنّ مسلحو جبهة الخلاص فجر اليوم هجوما على معسكر للجيش التشادي.",
        [FRONT, CHAD_ARMY],
        "190",
        Some("جبهة الخلاص"),
        Some("الجيش التشادي"),
        false
    );
    #[test]
    fn an_accusative_of_reason_is_still_no_event() {
        let (q, e) = run_on(
            "انسحب الوفد من القاعة احتجاجا على كلمة جبهة الخلاص.",
            &[FRONT, CHAD],
        );
        assert!(
            e.iter().all(|e| !e.code.starts_with("14")),
            "{}",
            show(&q, &e)
        );
    }

    const CHADIANS: (&str, EntityType, Option<&str>, &[&str]) = (
        "تشاد",
        L,
        Some("TCD"),
        &["التشاديين", "التشادية", "نجامينا"],
    );
    event_case!(
        a_crowd_s_nationality_protests_and_the_building_it_faces_is_no_target,
        "تظاهر آلاف التشاديين أمام مقر جبهة الخلاص في العاصمة.",
        [CHADIANS, FRONT],
        "141",
        Some("تشاد"),
        None,
        false
    );
    event_case!(
        supporters_of_a_party_protest_for_it_against_whom_they_name,
        "اعتصم مئات من أنصار جبهة الخلاص ضد الحكومة التشادية.",
        [FRONT, CHADIANS],
        "141",
        Some("جبهة الخلاص"),
        Some("تشاد"),
        false
    );
    event_case!(
        taking_to_the_streets_is_a_protest,
        "خرج آلاف التشاديين إلى الشوارع احتجاجا على غلاء الوقود.",
        [CHADIANS],
        "141",
        Some("تشاد"),
        None,
        false
    );
    event_case!(
        protests_that_continue_are_coded_without_actors,
        "تواصلت الاحتجاجات في ضواحي العاصمة لليوم الثالث.",
        [CHADIANS],
        "141",
        None,
        None,
        false
    );
    event_case!(
        a_decree_dissolving_parties_is_repression,
        "أصدرت الحكومة التشادية قرارا بحل جميع الأحزاب المعارضة.",
        [CHADIANS],
        "172",
        Some("تشاد"),
        None,
        false
    );
    event_case!(
        a_curfew_is_imposed,
        "فرضت السلطات التشادية حظر التجول في العاصمة.",
        [CHADIANS],
        "1723",
        Some("تشاد"),
        None,
        false
    );
    event_case!(
        a_charge_directed_at_someone_is_an_accusation,
        "وجهت السلطات التشادية تهمة التخابر إلى قادة جبهة الخلاص.",
        [CHADIANS, FRONT],
        "112",
        Some("تشاد"),
        Some("جبهة الخلاص"),
        false
    );
    event_case!(
        cutting_aid_reduces_relations,
        "قطعت فرنسا مساعداتها العسكرية لتشاد بعد الانقلاب.",
        [FRANCE, CHADIANS],
        "162",
        Some("فرنسا"),
        Some("تشاد"),
        false
    );
    event_case!(
        returning_an_ambassador_restores_relations,
        "أعادت فرنسا سفيرها إلى نجامينا بعد قطيعة طويلة.",
        [FRANCE, CHADIANS],
        "050",
        Some("فرنسا"),
        Some("تشاد"),
        false
    );
    event_case!(
        a_deadline_to_leave_is_an_expulsion,
        "أمهلت تشاد السفير الفرنسي يومين لمغادرة البلاد.",
        [CHADIANS, FRANCE],
        "166",
        Some("تشاد"),
        Some("فرنسا"),
        false
    );
    event_case!(
        handing_over_bases_yields,
        "أكملت فرنسا تسليم قواعدها العسكرية إلى الجيش التشادي.",
        [FRANCE, CHAD_ARMY],
        "080",
        Some("فرنسا"),
        Some("الجيش التشادي"),
        false
    );
    #[test]
    fn a_marked_fragment_of_reported_speech_reports_the_whole_clause() {
        let (q, e) = run_on(
            "وقال سامي ناصر إن القرار \"متسرع\" وإن الوزارة ستطعن فيه أمام القضاء.",
            &[MINISTER],
        );
        assert!(
            q.len() == 1
                && q.iter().all(|q| q.speaker.as_deref() == Some("سامي ناصر")
                    && q.text.contains("القرار")
                    && q.text.contains("ستطعن")),
            "{}",
            show(&q, &e)
        );
        // A mark that opens the clause is a direct quote of its own words.
        let (q, e) = run_on(
            "وقال سامي ناصر إن \"الحوار هو الطريق الوحيد\"، مضيفا أن الوفد سيعود غدا.",
            &[MINISTER],
        );
        assert!(
            q.iter()
                .any(|q| q.direct && q.text == "الحوار هو الطريق الوحيد"),
            "{}",
            show(&q, &e)
        );
    }
    quote_case!(
        a_time_adverbial_after_the_speech_verb_is_no_speaker,
        "استقبل سامي ناصر وفدا من جبهة الخلاص. وأكد عقب اللقاء أن الحوار سيستمر الشهر المقبل.",
        [MINISTER, FRONT],
        Some("سامي ناصر"),
        "الحوار سيستمر"
    );
    event_case!(
        a_relative_verb_acts_on_the_noun_its_pronoun_goes_back_to,
        "أفرجت السلطات التشادية عن السفينة الفرنسية التي احتجزتها قرب البحيرة الشهر الماضي.",
        [CHADIANS, FRANCE],
        "173",
        Some("تشاد"),
        Some("فرنسا"),
        false
    );
    event_case!(
        a_relative_verb_names_its_own_subject_after_it,
        "دعت فرنسا إلى الإفراج عن السفينة الفرنسية التي احتجزتها جبهة الخلاص قرب البحيرة.",
        [FRANCE, FRONT],
        "173",
        Some("جبهة الخلاص"),
        Some("فرنسا"),
        false
    );
    event_case!(
        an_indefinite_antecedent_needs_no_relative_pronoun,
        "أطلقت جبهة الخلاص سراح ثلاثة صيادين تشاديين خطفتهم قرب البحيرة.",
        [FRONT, ("تشاد", L, Some("TCD"), &["تشاديين"])],
        "181",
        Some("جبهة الخلاص"),
        Some("تشاد"),
        false
    );
    #[test]
    fn what_is_scheduled_or_comes_later_in_the_clause_is_no_event() {
        for text in [
            "من المقرر أن يصل سامي ناصر إلى نجامينا في زيارة يلتقي خلالها قادة جبهة الخلاص.",
            "يلتقي سامي ناصر وفد جبهة الخلاص في العاصمة التشادية نجامينا غدا الأحد.",
        ] {
            let (q, e) = run_on(text, &[MINISTER, FRONT, CHADIANS]);
            assert!(
                e.iter().all(|e| !e.code.starts_with("04")),
                "{}",
                show(&q, &e)
            );
        }
    }
    event_case!(
        raising_the_alert_is_a_force_posture,
        "رفع الجيش التشادي حالة التأهب القصوى في العاصمة.",
        [CHAD_ARMY],
        "152",
        Some("الجيش التشادي"),
        None,
        false
    );
    event_case!(
        pushing_reinforcements_is_a_mobilization,
        "دفعت فرنسا بتعزيزات عسكرية جديدة إلى قواعدها في الساحل.",
        [FRANCE],
        "154",
        Some("فرنسا"),
        None,
        false
    );
    event_case!(
        suspending_one_s_aid_reduces_relations,
        "علقت فرنسا مساعداتها التنموية لتشاد حتى إشعار آخر.",
        [FRANCE, CHADIANS],
        "162",
        Some("فرنسا"),
        Some("تشاد"),
        false
    );
    event_case!(
        cancelling_an_agreement_reduces_relations,
        "أعلنت تشاد إلغاء اتفاقية التعاون العسكري مع فرنسا.",
        [CHADIANS, FRANCE],
        "161",
        Some("تشاد"),
        Some("فرنسا"),
        false
    );
    event_case!(
        crimes_against_humanity_are_mass_violence,
        "ارتكبت جبهة الخلاص جرائم ضد الإنسانية في شرق البلاد.",
        [FRONT],
        "200",
        Some("جبهة الخلاص"),
        None,
        false
    );
    event_case!(
        a_joint_exercise_is_military_cooperation,
        "أجرت فرنسا وتشاد تمرينا عسكريا مشتركا قرب البحيرة.",
        [FRANCE, CHADIANS],
        "062",
        Some("فرنسا"),
        Some("تشاد"),
        false
    );
    #[test]
    fn repelling_an_attack_acts_on_the_attacker_who_attacked_too() {
        let (q, e) = run_on(
            "قال الجيش التشادي إن قواته تصدت لهجوم شنته جبهة الخلاص على مواقعه قرب البحيرة.",
            &[CHAD_ARMY, FRONT],
        );
        let has = |s: &str, t: Option<&str>| {
            e.iter().any(|e| {
                e.code == "190" && e.source.as_deref() == Some(s) && e.target.as_deref() == t
            })
        };
        assert!(
            has("الجيش التشادي", Some("جبهة الخلاص"))
                && e.iter()
                    .any(|e| e.code == "190" && e.source.as_deref() == Some("جبهة الخلاص")),
            "{}",
            show(&q, &e)
        );
    }
    #[test]
    fn a_repelled_attack_is_the_attacker_s_act_on_the_one_repelling() {
        // A time between commas, then fighters of the group before its name.
        let (q, e) = run_on(
            "قال الجيش التشادي إن قواته صدت، مساء الجمعة، هجوما شنه مسلحون من جبهة الخلاص على مواقعها.",
            &[CHAD_ARMY, FRONT],
        );
        let has = |s: &str, t: &str| {
            e.iter().any(|e| {
                e.code == "190" && e.source.as_deref() == Some(s) && e.target.as_deref() == Some(t)
            })
        };
        assert!(
            has("جبهة الخلاص", "الجيش التشادي") && has("الجيش التشادي", "جبهة الخلاص"),
            "{}",
            show(&q, &e)
        );
    }
    #[test]
    fn an_act_reported_after_the_pronoun_of_the_complementizer_is_the_speaker_s() {
        // The verb right after أنه is a verb, and the pronoun names the speaker as its subject.
        let (q, e) = run_on(
            "أعلن الجيش التشادي، السبت، أنه صد هجوما شنته جبهة الخلاص على مواقعه قرب البحيرة.",
            &[CHAD_ARMY, FRONT],
        );
        let has = |s: &str, t: &str| {
            e.iter().any(|e| {
                e.code == "190" && e.source.as_deref() == Some(s) && e.target.as_deref() == Some(t)
            })
        };
        assert!(
            has("جبهة الخلاص", "الجيش التشادي") && has("الجيش التشادي", "جبهة الخلاص"),
            "{}",
            show(&q, &e)
        );
    }
    event_case!(
        finishing_a_joint_exercise_tells_it,
        "اختتمت القوات البحرية التشادية ونظيرتها النيجرية تمرينا مشتركا دام أسبوعا قرب البحيرة.",
        [CHAD, NIGER],
        "062",
        Some("تشاد"),
        Some("النيجر"),
        false
    );
    #[test]
    fn an_interception_tells_the_attack_on_the_one_intercepting() {
        let (q, e) = run_on(
            "اعترض الجيش التشادي صاروخين أطلقتهما جبهة الخلاص باتجاه العاصمة.",
            &[CHAD_ARMY, FRONT],
        );
        assert!(
            e.len() == 1
                && e.iter().all(|e| e.code == "190"
                    && e.source.as_deref() == Some("جبهة الخلاص")
                    && e.target.as_deref() == Some("الجيش التشادي")),
            "{}",
            show(&q, &e)
        );
    }
    event_case!(
        a_mediation_named_by_its_nationality_acts_on_no_one,
        "أفرجت جبهة الخلاص عن ثلاثة جنود في صفقة جرت بوساطة تشادية وفرنسية.",
        [FRONT, FRANCE, CHAD],
        "045",
        Some("تشاد"),
        None,
        false
    );
    event_case!(
        a_mediator_named_after_min_is_the_source,
        "أفرجت جبهة الخلاص عن الرهائن في صفقة جرت بوساطة من فرنسا.",
        [FRONT, FRANCE],
        "045",
        Some("فرنسا"),
        None,
        false
    );
    quote_case!(
        an_unnamed_source_before_the_verb_is_nobody_named,
        "دعا سامي ناصر إلى الحوار. لكن مصدرا عسكريا تشاديا قال إن الجيش لن يتفاوض مع جبهة الخلاص.",
        [MINISTER, FRONT, CHAD],
        None,
        "الجيش لن يتفاوض"
    );
    quote_case!(
        an_unnamed_source_described_with_a_preposition_before_the_verb_is_nobody_named,
        "دعا سامي ناصر إلى الحوار مع جبهة الخلاص. غير أن مسؤولا مطلعا على المحادثات قال إن الجيش لن يتفاوض.",
        [MINISTER, FRONT, CHAD],
        None,
        "الجيش لن يتفاوض"
    );
    quote_case!(
        a_state_body_closing_with_a_nationality_no_spelling_holds_is_that_state,
        "بدأت القوات التشادية الانسحاب من شمال مالي. وأوضح متحدث باسم وزارة الدفاع التشادية أن الانسحاب يجري بالتنسيق مع باماكو.",
        [("تشاد", L, Some("TCD"), &[]), MALI],
        Some("تشاد"),
        "الانسحاب يجري"
    );
    quote_case!(
        a_bare_army_after_a_front_s_charge_is_the_army_s_state,
        "اتهمت جبهة الوادي الجيش المالي بقصف قرية قرب الحدود، فيما قال الجيش إن الضربة أصابت مخزنا للسلاح.",
        [("جبهة الوادي", O, Some("MLI"), &["الجبهة"]), ("مالي", L, Some("MLI"), &["المالي", "المالية"])],
        Some("مالي"),
        "الضربة أصابت"
    );
    quote_case!(
        a_company_or_paper_with_a_nationality_is_not_the_state,
        "أعلنت الشركة التشادية للكهرباء أن التيار عاد إلى أحياء العاصمة بعد انقطاع دام ساعات.",
        [("تشاد", L, Some("TCD"), &["التشادية"])],
        None,
        "التيار عاد"
    );
    quote_case!(
        the_title_names_the_one_person_who_bore_it,
        "بحث الوزير سامي ناصر مع السفير الفرنسي جان دوبون ملف الهجرة. من جانبه، لفت السفير إلى أن باريس مستعدة لتمويل البرامج.",
        [MINISTER, ("جان دوبون", P, Some("FRA"), &["دوبون"]), FRANCE],
        Some("جان دوبون"),
        "مستعدة لتمويل"
    );
    quote_case!(
        the_unnamed_minister_stands_for_the_state_of_the_subject,
        "وصل وزير الخارجية التشادي إلى باريس صباح الأحد. وقال الوزير إن بلاده تريد شراكة جديدة.",
        [CHAD, FRANCE],
        Some("تشاد"),
        "شراكة جديدة"
    );
    quote_case!(
        a_statement_issued_by_a_body_is_its_words,
        "وأكد بيان صادر عن هيئة الموانئ أن الملاحة عادت إلى طبيعتها.",
        [("هيئة الموانئ", O, None, &[])],
        Some("هيئة الموانئ"),
        "الملاحة عادت"
    );
    quote_case!(
        the_name_after_bayyana_spelt_as_the_preposition_speaks,
        "زار الوفد المدينة أمس. وبين سامر الحداد أن الوضع هادئ في الأحياء.",
        [("سامر الحداد", P, None, &["الحداد"])],
        Some("سامر الحداد"),
        "الوضع هادئ"
    );
    quote_case!(
        the_surname_after_bayyana_with_its_shadda_speaks,
        "التقى الوفد سامر الحداد أمس. وبيّن الحداد أن الطرق مفتوحة أمام القوافل.",
        [("سامر الحداد", P, None, &["الحداد"])],
        Some("سامر الحداد"),
        "الطرق مفتوحة"
    );
    quote_case!(
        a_long_titled_speaker_reaches_past_the_medium_spoken_to,
        "وقال المتحدث الرسمي باسم هيئة المياه في منطقة الساحل الشرقي بالنيابة، سامر الحداد لـ\"الصحيفة\"، إن الضخ سيعود إلى الأحياء غدا.",
        [("سامر الحداد", P, None, &[])],
        Some("سامر الحداد"),
        "الضخ سيعود"
    );
    quote_case!(
        the_honorific_names_the_preacher_not_the_scholar_he_cited,
        "ألقى فضيلة إمام الجامع الكبير الشيخ سالم العتيبي خطبة الجمعة أمس. وقال ابن كثير إن الصبر نصف الإيمان. وبين فضيلته أن الرحمة أصل الدين كله.",
        [("سالم العتيبي", P, None, &[]), ("ابن كثير", P, None, &[])],
        Some("سالم العتيبي"),
        "الرحمة أصل"
    );
    quote_case!(
        the_honorific_of_a_preacher_keeps_its_own_fa,
        "ألقى فضيلة الشيخ سالم العتيبي خطبة الجمعة أمس. وذكر التقرير أن المصلين كثروا. وأوضح فضيلته أن الرحمة أصل الدين كله.",
        [("سالم العتيبي", P, None, &[])],
        Some("سالم العتيبي"),
        "الرحمة أصل"
    );
    quote_case!(
        the_honorific_stays_with_the_honored_subject,
        "أجرى معالي وزير المالية سامر الحداد مباحثات مع معالي نظيره الإيطالي ماريو روسي. وأفاد معاليه بأن المباحثات كانت مثمرة.",
        [("سامر الحداد", P, None, &[]), ("ماريو روسي", P, None, &[])],
        Some("سامر الحداد"),
        "المباحثات كانت"
    );
    #[test]
    fn a_state_after_the_preposition_bayna_is_no_speaker() {
        let (q, e) = run_on(
            "وتعد المنطقة الواقعة بين تشاد والنيجر بأنها الأخطر في الساحل بحسب الخبراء.",
            &[
                ("تشاد", L, Some("TCD"), &[]),
                ("النيجر", L, Some("NER"), &[]),
            ],
        );
        assert!(
            q.iter().all(|q| q.speaker.as_deref() != Some("تشاد")),
            "{}",
            show(&q, &e)
        );
    }
    quote_case!(
        a_titled_subject_before_the_speech_verb_speaks,
        "دعت فرنسا إلى الحوار، غير أن وزير خارجية تشاد قال في نجامينا إن القرار نهائي.",
        [FRANCE, ("تشاد", L, Some("TCD"), &[])],
        Some("تشاد"),
        "القرار نهائي"
    );
    #[test]
    fn a_word_or_two_in_marks_after_the_verb_is_no_quote() {
        let (q, e) = run_on(
            "رفضت جبهة الخلاص قرار الحكومة واعتبرته \"باطلا\". وحذرت فرنسا رعاياها، مشيرة إلى \"مخاطر عالية\".",
            &[FRONT, FRANCE],
        );
        assert!(q.is_empty(), "{}", show(&q, &e));
        let (q, e) = run_on("وقال سامي ناصر \"الحوار هو الطريق الوحيد\".", &[MINISTER]);
        assert_eq!(q.len(), 1, "{}", show(&q, &e));
    }
    event_case!(
        a_verb_in_scare_quotes_is_still_the_narration_s,
        "وقال الجيش التشادي إن قواته \"حيدت\" عشرين مسلحا من جبهة الخلاص قرب البحيرة.",
        [CHAD_ARMY, FRONT],
        "190",
        Some("الجيش التشادي"),
        Some("جبهة الخلاص"),
        false
    );
    #[test]
    fn a_dateline_is_no_subject() {
        let (q, e) = run_on(
            "نجامينا - نظم مئات الطلاب وقفة احتجاجية أمام مقر البرلمان.",
            &[CHADIANS],
        );
        assert!(
            e.iter()
                .any(|e| e.code == "141" && e.source.is_none() && e.target.is_none()),
            "{}",
            show(&q, &e)
        );
    }
    #[test]
    fn a_visit_tomorrow_has_not_happened() {
        let (q, e) = run_on(
            "ويصل سامي ناصر إلى نجامينا غدا في زيارة يلتقي خلالها قادة جبهة الخلاص.",
            &[MINISTER, CHADIANS, FRONT],
        );
        assert!(
            e.iter().all(|e| !e.code.starts_with("04")),
            "{}",
            show(&q, &e)
        );
    }
    event_case!(
        an_aid_ship_that_arrives_is_aid_from_its_sender,
        "وصلت إلى نجامينا قافلة محملة بالأدوية مقدمة من جبهة الخلاص.",
        [CHADIANS, FRONT],
        "070",
        Some("جبهة الخلاص"),
        Some("تشاد"),
        false
    );
    event_case!(
        an_aid_plane_s_nationality_is_its_sender,
        "وصلت إلى نجامينا طائرة مساعدات فرنسية تحمل أربعين طنا من المواد الغذائية.",
        [CHADIANS, ("فرنسا", L, Some("FRA"), &["فرنسية"])],
        "070",
        Some("فرنسا"),
        Some("تشاد"),
        false
    );
    event_case!(
        a_masculine_body_after_a_joined_feminine_verb_is_its_object,
        "رفضت جبهة الخلاص قرار الحكومة التشادية، وطالبت الاتحاد الأفريقي بالتدخل.",
        [FRONT, CHADIANS, ("الاتحاد الأفريقي", O, None, &[])],
        "100",
        Some("جبهة الخلاص"),
        Some("الاتحاد الأفريقي"),
        false
    );
    #[test]
    fn an_ambush_and_the_killing_after_it_are_one_incident() {
        let (q, e) = run_on(
            "نصب مقاتلو جبهة الخلاص كمينا لدورية للجيش التشادي وقتلوا خمسة جنود.",
            &[FRONT, CHAD_ARMY],
        );
        let fights: Vec<_> = e.iter().filter(|e| e.code.starts_with("19")).collect();
        assert!(
            fights.len() == 1
                && fights
                    .iter()
                    .all(|e| e.source.as_deref() == Some("جبهة الخلاص")
                        && e.target.as_deref() == Some("الجيش التشادي")),
            "{}",
            show(&q, &e)
        );
    }
    event_case!(
        a_craft_s_nationality_is_the_attacker,
        "أصيب جنديان تشاديان عندما استهدفت مسيّرة فرنسية نقطة للجيش التشادي قرب الحدود.",
        [
            ("تشاد", L, Some("TCD"), &["تشاديان"]),
            ("فرنسا", L, Some("FRA"), &["فرنسية"]),
            CHAD_ARMY
        ],
        "190",
        Some("فرنسا"),
        Some("الجيش التشادي"),
        false
    );
    event_case!(
        a_prison_sentence_is_found_guilty_toward_the_sentenced,
        "أصدرت محكمة نجامينا حكما بالسجن عشر سنوات على ثلاثة عناصر من جبهة الخلاص.",
        [("محكمة نجامينا", O, Some("TCD"), &[]), FRONT],
        "116",
        Some("محكمة نجامينا"),
        Some("جبهة الخلاص"),
        false
    );
    event_case!(
        listing_officials_of_a_group_sanctions_the_group,
        "أدرجت فرنسا خمسة مسؤولين في جماعة جبهة الخلاص على قائمة العقوبات، متهمة إياهم بتهريب السلاح.",
        [FRANCE, ("جبهة الخلاص", O, None, &["الخلاص"])],
        "112",
        Some("فرنسا"),
        Some("جبهة الخلاص"),
        false
    );
    event_case!(
        what_is_received_from_someone_is_their_aid,
        "تسلم الجيش التشادي من فرنسا دفعة جديدة من المدرعات.",
        [CHAD_ARMY, FRANCE],
        "070",
        Some("فرنسا"),
        Some("الجيش التشادي"),
        false
    );
    event_case!(
        the_holder_of_the_released_releases_them,
        "أعلنت فرنسا الإفراج عن ثلاثة رهائن تشاديين كانوا محتجزين لدى جبهة الخلاص منذ عام.",
        [FRANCE, ("تشاد", L, Some("TCD"), &["تشاديين"]), FRONT],
        "0841",
        Some("جبهة الخلاص"),
        Some("تشاد"),
        false
    );
    #[test]
    fn an_offer_to_host_hosts_nothing_and_hosting_refugees_is_no_visit() {
        for text in [
            "عرضت فرنسا استضافة محادثات بين الحكومة التشادية وجبهة الخلاص.",
            "ويستضيف شرق تشاد أكثر من مئة ألف لاجئ.",
        ] {
            let (q, e) = run_on(text, &[FRANCE, CHADIANS, FRONT]);
            assert!(
                e.iter().all(|e| !e.code.starts_with("043")),
                "{}",
                show(&q, &e)
            );
        }
        let (q, e) = run_on(
            "عرضت فرنسا استضافة محادثات بين الحكومة التشادية وجبهة الخلاص.",
            &[FRANCE, CHADIANS, FRONT],
        );
        assert!(
            e.iter()
                .any(|e| e.code == "030" && e.source.as_deref() == Some("فرنسا")),
            "{}",
            show(&q, &e)
        );
    }
    quote_case!(
        a_phrase_of_where_or_to_whom_after_the_verb_is_no_speaker,
        "ندد سامي ناصر بالهجوم. وقال في تصريح للتلفزيون الرسمي: «هذه الاعتداءات لن تغير موقفنا».",
        [MINISTER],
        Some("سامي ناصر"),
        "لن تغير موقفنا"
    );
    quote_case!(
        the_author_of_a_report_named_after_li_speaks,
        "كشف تقرير لجبهة الخلاص أن الجيش التشادي قصف ثلاث قرى في الشرق.",
        [FRONT, CHAD_ARMY],
        Some("جبهة الخلاص"),
        "قصف ثلاث قرى"
    );
    #[test]
    fn a_plain_noun_after_an_is_the_subject_not_the_reporter() {
        let (q, e) = run_on(
            "كشفت جبهة الخلاص أن الأجهزة الأمنية اعتقلت عشرين شخصا قرب البحيرة.",
            &[FRONT],
        );
        assert!(
            e.iter()
                .any(|e| e.code.starts_with("17") && e.source.is_none()),
            "{}",
            show(&q, &e)
        );
        // A pronoun subject stays the reporter's.
        let (q, e) = run_on(
            "أعلنت جبهة الخلاص أنها اعتقلت عشرين جنديا من الجيش التشادي.",
            &[FRONT, CHAD_ARMY],
        );
        assert!(
            e.iter()
                .any(|e| e.code.starts_with("17") && e.source.as_deref() == Some("جبهة الخلاص")),
            "{}",
            show(&q, &e)
        );
    }

    // ---- session 6: quotes on unseen text ----
    const NIGER_ARMY: (&str, EntityType, Option<&str>, &[&str]) =
        ("جيش النيجر", O, Some("NER"), &["جيش النيجر"]);
    const NIGER: (&str, EntityType, Option<&str>, &[&str]) =
        ("النيجر", L, Some("NER"), &["النيجري", "النيجرية", "نيامي"]);

    #[test]
    fn a_credit_after_the_clause_with_ma_and_a_verb_names_its_source() {
        // An unnamed teller after a verb of telling, with its preposition.
        assert_eq!(
            said(
                "أحرق مجهولون مخزنا للحبوب قرب الحدود، وفق ما أفاد به شهود عيان.",
                &[]
            ),
            [(None, "أحرق مجهولون مخزنا للحبوب قرب الحدود".to_string())]
        );
        // A verb with its object pronoun, a family, a word for بحسب ما.
        for text in [
            "أغلق الجيش النيجري ثلاثة معابر، بحسب ما ذكرته صحيفة محلية.",
            "اعتقل الجيش النيجري مدونا شابا، بحسب ما أفادت أسرته.",
            "اعتقل الجيش النيجري مدونا شابا، حسبما أفاد جيرانه.",
            "اعتقل الجيش النيجري مدونا شابا، وفق منظمات حقوقية.",
        ] {
            let q = said(text, &[NIGER]);
            assert!(
                q.len() == 1 && q[0].0.is_none() && q[0].1.contains("الجيش النيجري"),
                "{text}: {q:?}"
            );
        }
        // A body named by its nationality after the verb is its state.
        let q = said(
            "أغلق مسلحون طريق القوافل، بحسب ما أعلنته الشرطة النيجرية.",
            &[NIGER],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0.as_deref(), Some("النيجر"));
        // A statement credits its author after ل.
        let q = said(
            "أغلق مسلحون طريق القوافل قرب الحدود، وفق بيان لجيش النيجر.",
            &[NIGER_ARMY, NIGER],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0.as_deref(), Some("جيش النيجر"));
    }

    #[test]
    fn a_credit_with_a_verb_of_publishing_or_ala_ma_names_its_source() {
        // Verbs of publishing or recording after the credit tell of a report, as ذكر does.
        for text in [
            "أغلق الجيش النيجري ثلاثة معابر، حسبما أوردت صحيفة محلية.",
            "أغلق الجيش النيجري ثلاثة معابر، وفق ما نشره موقع إخباري.",
            "ارتفع سعر الخبز في أسواق نيامي، بحسب ما رصده باعة في المدينة.",
            "أغلق الجيش النيجري ثلاثة معابر، على ما ذكرته مصادر محلية.",
        ] {
            let q = said(text, &[NIGER]);
            assert!(
                q.len() == 1
                    && q[0].0.is_none()
                    && (q[0].1.ends_with("معابر") || q[0].1.ends_with("نيامي")),
                "{text}: {q:?}"
            );
        }
        // Without the comma, على ما is the object of the verb: no credit.
        assert!(said("اطلع الجيش النيجري على ما نشرته الصحف المحلية.", &[NIGER]).is_empty());
    }

    #[test]
    fn a_credit_names_no_subject_of_its_own_clause_and_plans_are_no_credit() {
        // "الشركة" names no company of the article: not the clause's own subject.
        let q = said(
            "أفرج الجيش النيجري عن شاحنة الوقود، وفق ما ذكرته الشركة المالكة.",
            &[NIGER],
        );
        assert_eq!(
            q,
            [(None, "أفرج الجيش النيجري عن شاحنة الوقود".to_string())]
        );
        // "حسب ما هو مقرر": no verb of telling, no source.
        assert!(said(
            "يبدأ الجيش النيجري انسحابه من المعسكر الأسبوع المقبل، حسب ما هو مقرر.",
            &[NIGER]
        )
        .is_empty());
        assert!(said(
            "يبدأ الجيش النيجري انسحابه من المعسكر، وفق الاتفاق الموقع في الربيع.",
            &[NIGER]
        )
        .is_empty());
    }

    #[test]
    fn warning_and_claiming_participles_report_the_subject_s_words() {
        for (text, phrase) in [
            (
                "طالب جيش النيجر السكان بإخلاء القرى، محذرا من أن المعارك ستمتد إلى الحدود.",
                "المعارك ستمتد إلى الحدود",
            ),
            (
                "تبنى جيش النيجر الغارة، زاعما أن طائراته دمرت مخازن للسلاح.",
                "طائراته دمرت مخازن للسلاح",
            ),
        ] {
            let q = said(text, &[NIGER_ARMY]);
            assert!(
                q.iter()
                    .any(|(s, t)| s.as_deref() == Some("جيش النيجر") && t.contains(phrase)),
                "{text}: {q:?}"
            );
        }
    }

    #[test]
    fn a_phrase_between_commas_may_part_the_speaker_from_the_complementizer() {
        let q = said(
            "وقال وزير الدفاع النيجري سامي ناصر، خلال تفقده القوات المنتشرة على الحدود الشمالية مع مالي، إن الوضع تحت السيطرة.",
            &[MINISTER, NIGER, MALI],
        );
        assert!(
            q.iter()
                .any(|(s, t)| s.as_deref() == Some("سامي ناصر") && t == "الوضع تحت السيطرة"),
            "{q:?}"
        );
        // Without the comma before it, a far أن belongs to something else.
        let q = said(
            "وقال وزير الدفاع النيجري سامي ناصر خلال تفقده القوات المنتشرة على الحدود الشمالية مع مالي بعد أن انسحب المتمردون.",
            &[MINISTER, NIGER, MALI],
        );
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn a_verb_after_a_full_stop_with_words_of_its_own_does_not_credit_the_marks_before() {
        let q = said(
            "أدانت المحكمة الصحفي بتهمة «إهانة هيئة نظامية». وقال الوزير سامي ناصر إن الحكم نهائي.",
            &[MINISTER],
        );
        assert_eq!(
            q,
            [(Some("سامي ناصر".to_string()), "الحكم نهائي".to_string())]
        );
        // After a comma, the verb credits the marks.
        let q = said(
            "«لن نتراجع عن قرار الإغلاق مهما كانت الضغوط»، قال الوزير سامي ناصر.",
            &[MINISTER],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0.as_deref(), Some("سامي ناصر"));
    }

    #[test]
    fn a_title_of_hers_speaks_for_the_last_body() {
        for text in [
            "دانت جبهة الخلاص قصف القرى، وقال رئيس وفدها المفاوض إن الهدنة انتهت.",
            "دانت جبهة الخلاص قصف القرى، وقال مديرها العام إن الهدنة انتهت.",
        ] {
            let q = said(text, &[FRONT]);
            assert!(
                q.iter()
                    .any(|(s, t)| s.as_deref() == Some("جبهة الخلاص") && t == "الهدنة انتهت"),
                "{text}: {q:?}"
            );
        }
    }

    #[test]
    fn words_pointing_back_at_a_quote_credit_it_to_any_verb_s_subject() {
        for text in [
            "«لن نسمح بعبور السلاح عبر حدودنا». بهذه الكلمات ختم الوزير سامي ناصر كلمته أمام الضباط.",
            "“الجيش لن يتدخل في السياسة”. هكذا طمأن الوزير سامي ناصر الأحزاب قبل الانتخابات.",
        ] {
            let q = said(text, &[MINISTER]);
            assert!(
                q.iter().any(|(s, _)| s.as_deref() == Some("سامي ناصر")),
                "{text}: {q:?}"
            );
        }
    }

    #[test]
    fn a_verb_of_going_on_continues_the_last_speaker_named_or_not() {
        // An unnamed official goes on unnamed, not as the state named before.
        let q = said(
            "«لا هدنة قبل وقف القصف»، قال مسؤول في الحكومة النيجرية طلب عدم ذكر اسمه. وأضاف: «الكرة في ملعبهم».",
            &[NIGER],
        );
        assert!(
            q.iter().any(|(s, t)| s.is_none() && t == "الكرة في ملعبهم"),
            "{q:?}"
        );
        // A named speaker goes on though a place was named in the words between.
        let q = said(
            "أكد الوزير سامي ناصر أن النيجر ملتزمة بالاتفاق. وتابع: «لن نقبل بأي تدخل».",
            &[MINISTER, NIGER],
        );
        assert!(
            q.iter()
                .any(|(s, t)| s.as_deref() == Some("سامي ناصر") && t == "لن نقبل بأي تدخل"),
            "{q:?}"
        );
    }

    #[test]
    fn a_masculine_verb_with_no_subject_goes_on_with_the_man_who_spoke_last() {
        const TRANSPORT: (&str, EntityType, Option<&str>, &[&str]) =
            ("وزارة النقل", O, Some("EGY"), &[]);
        const HOST: (&str, EntityType, Option<&str>, &[&str]) =
            ("كريم الحسيني", P, Some("EGY"), &["الحسيني"]);
        const MINISTER_F: (&str, EntityType, Option<&str>, &[&str]) =
            ("ريم فهد", P, Some("EGY"), &["فهد"]);
        // The body spoke through its minister; the next paragraph's masculine verb is his.
        let q = said(
            "وزارة النقل، قالت على لسان وزيرها سامي ناصر إن المشروع سينتهي قبل الصيف.\nوأضاف بقوله: \"تم التنبيه على المقاول بتسريع العمل\".",
            &[MINISTER, TRANSPORT],
        );
        assert!(
            q.iter()
                .any(|(s, t)| s.as_deref() == Some("سامي ناصر") && t.starts_with("تم التنبيه")),
            "{q:?}"
        );
        // Not across another person named in between, not with a woman, and not the wire's
        // impersonal background note.
        for (text, people) in [
            (
                "وزارة النقل، قالت على لسان وزيرها سامي ناصر إن المشروع سينتهي قبل الصيف.\nوفي الأثناء استقبل كريم الحسيني الوفد. وأضاف بقوله: \"تم التنبيه على المقاول بتسريع العمل\".",
                &[MINISTER, TRANSPORT, HOST][..],
            ),
            (
                "وزارة النقل، قالت على لسان الوزيرة ريم فهد إن المشروع سينتهي قبل الصيف.\nوأضاف بقوله: \"تم التنبيه على المقاول بتسريع العمل\".",
                &[MINISTER_F, TRANSPORT][..],
            ),
            (
                "وزارة النقل، قالت على لسان وزيرها سامي ناصر إن المشروع سينتهي قبل الصيف.\nيذكر أن «المشروع تأخر عامين عن موعده».",
                &[MINISTER, TRANSPORT][..],
            ),
        ] {
            let q = said(text, people);
            assert!(
                q.iter()
                    .filter(|(_, t)| t.starts_with("تم التنبيه") || t.starts_with("المشروع تأخر"))
                    .all(|(s, _)| s.is_none()),
                "{text}: {q:?}"
            );
        }
    }

    #[test]
    fn a_title_alone_points_back_to_the_one_person_named_with_it() {
        const DIRECTOR: (&str, EntityType, Option<&str>, &[&str]) =
            ("كريم الحسيني", P, Some("EGY"), &["الحسيني"]);
        let later = |q: &[(Option<String>, String)]| {
            q.iter()
                .find(|(_, t)| t.starts_with("الفرق الطبية"))
                .map(|(s, _)| s.clone())
        };
        // Named with the title before the name, or in an apposition after it.
        for text in [
            "قال المتحدث باسم وزارة الصحة سامي ناصر إن الحملة تبدأ يوم الأحد.\nوتشمل الحملة أربع محافظات في الجنوب.\nوأوضح المتحدث أن الفرق الطبية جاهزة في كل المراكز.",
            "وأعلن سامي ناصر، مدير مستشفى الجامعة، بدء الحملة يوم الأحد.\nوتشمل الحملة أربع محافظات في الجنوب.\nوأضاف المدير أن الفرق الطبية جاهزة في كل المراكز.",
        ] {
            let q = said(text, &[MINISTER, DIRECTOR]);
            assert_eq!(later(&q), Some(Some("سامي ناصر".to_string())), "{text}: {q:?}");
        }
        // A title two people carried does not point back to the first of them.
        let text = "قال وزير الصحة سامي ناصر إن الحملة تبدأ يوم الأحد.\nوحضر وزير التعليم كريم الحسيني الافتتاح.\nوأوضح الوزير أن الفرق الطبية جاهزة في كل المراكز.";
        let q = said(text, &[MINISTER, DIRECTOR]);
        assert_ne!(
            later(&q),
            Some(Some("سامي ناصر".to_string())),
            "{text}: {q:?}"
        );
        // A source word is no title: an anonymous source stays nameless.
        let text = "قال مصدر في وزارة الصحة إن الحملة تبدأ يوم الأحد، بحضور الوزير سامي ناصر.\nوتشمل الحملة أربع محافظات في الجنوب.\nوأوضح المصدر أن الفرق الطبية جاهزة في كل المراكز.";
        let q = said(text, &[MINISTER]);
        assert_eq!(later(&q), Some(None), "{text}: {q:?}");
    }

    #[test]
    fn an_honorific_before_a_title_points_back_to_the_person_named_with_it() {
        let later = |q: &[(Option<String>, String)]| {
            q.iter()
                .find(|(_, t)| t.starts_with("الفرق الطبية"))
                .map(|(s, _)| s.clone())
        };
        // The minister was named with his title; later the paper honours him before the title.
        for text in [
            "افتتح وزير الصحة سامي ناصر الجناح الجديد أمس.\nوتشمل الحملة أربع محافظات في الجنوب.\nوأكد معالي وزير الصحة أن الفرق الطبية جاهزة في كل المراكز.",
            "افتتح مدير الجامعة سامي ناصر الجناح الجديد أمس.\nوتشمل الحملة أربع محافظات في الجنوب.\nوأوضح سعادة مدير الجامعة أن الفرق الطبية جاهزة في كل المراكز.",
        ] {
            let q = said(text, &[MINISTER]);
            assert_eq!(later(&q), Some(Some("سامي ناصر".to_string())), "{text}: {q:?}");
        }
        // The honorific does not make a title nobody carried before point back to someone.
        let text = "افتتح وزير الصحة سامي ناصر الجناح الجديد أمس.\nوتشمل الحملة أربع محافظات في الجنوب.\nوأكد معالي وزير التعليم أن الفرق الطبية جاهزة في كل المراكز.";
        let q = said(text, &[MINISTER]);
        assert_eq!(later(&q), Some(None), "{text}: {q:?}");
    }

    #[test]
    fn the_person_met_in_the_phrase_after_the_verb_is_no_speaker() {
        const HOST: (&str, EntityType, Option<&str>, &[&str]) =
            ("فهد سالم", P, Some("SAU"), &["سالم"]);
        let later = |q: &[(Option<String>, String)]| {
            q.iter()
                .find(|(_, t)| t.starts_with("الفرق الطبية"))
                .map(|(s, _)| s.clone())
        };
        // The minister named after `خلال لقائه` is the one met, not the one who spoke.
        for text in [
            "وصل الوفد إلى العاصمة صباح أمس.\nوأكد خلال لقائه نظيره المصري سامي ناصر أن الفرق الطبية جاهزة في كل المراكز.",
            "وصل الوفد إلى العاصمة صباح أمس.\nوقال في مؤتمر صحافي عقده ونظيره المصري سامي ناصر إن الفرق الطبية جاهزة في كل المراكز.",
        ] {
            let q = said(text, &[MINISTER, HOST]);
            assert_ne!(later(&q), Some(Some("سامي ناصر".to_string())), "{text}: {q:?}");
        }
    }

    #[test]
    fn a_verb_and_a_phrase_of_when_or_where_go_on_with_the_man_who_spoke() {
        const CABINET: (&str, EntityType, Option<&str>, &[&str]) =
            ("مجلس الوزراء", O, Some("EGY"), &[]);
        let later = |q: &[(Option<String>, String)]| {
            q.iter()
                .find(|(_, t)| t.starts_with("الفرق الطبية"))
                .map(|(s, _)| s.clone())
        };
        // The verb goes on with him past a phrase of time, place or medium.
        for text in [
            "قال سامي ناصر إن حملة التطعيم تبدأ يوم الأحد.\nوأكد أول أمس في تصريح لـ«الوطن» أن الفرق الطبية جاهزة في كل المراكز.",
            "قال سامي ناصر إن حملة التطعيم تبدأ يوم الأحد.\nوأضاف خلال زيارته للمستشفى أن الفرق الطبية جاهزة في كل المراكز.",
        ] {
            let q = said(text, &[MINISTER, CABINET]);
            assert_eq!(later(&q), Some(Some("سامي ناصر".to_string())), "{text}: {q:?}");
        }
        // A phrase that names a speaker of its own does not go on with him.
        for text in [
            "قال سامي ناصر إن حملة التطعيم تبدأ يوم الأحد.\nوأكد أمس مصدر في الوزارة أن الفرق الطبية جاهزة في كل المراكز.",
            "قال سامي ناصر إن حملة التطعيم تبدأ يوم الأحد.\nوأكد أمس مجلس الوزراء أن الفرق الطبية جاهزة في كل المراكز.",
        ] {
            let q = said(text, &[MINISTER, CABINET]);
            assert_ne!(later(&q), Some(Some("سامي ناصر".to_string())), "{text}: {q:?}");
        }
    }

    #[test]
    fn a_title_in_construct_or_right_after_the_name_points_back_to_that_person() {
        let later = |q: &[(Option<String>, String)]| {
            q.iter()
                .find(|(_, t)| t.starts_with("الفرق الطبية"))
                .map(|(s, _)| s.clone())
        };
        // The title stands right after the name with no comma, and the later description is
        // a bare title in construct with a definite noun.
        for text in [
            "وزار سامي ناصر وزير الصحة مستشفى المدينة أمس.\nوتشمل الحملة أربع محافظات في الجنوب.\nوأوضح وزير الصحة أن الفرق الطبية جاهزة في كل المراكز.",
            "وزار سامي ناصر محافظ المدينة مستشفى الجامعة أمس.\nوتشمل الحملة أربع محافظات في الجنوب.\nوقال المحافظ إن الفرق الطبية جاهزة في كل المراكز.",
            "افتتح مدير عام المستشفى سامي ناصر الجناح الجديد أمس.\nوتشمل الحملة أربع محافظات في الجنوب.\nوبين مدير عام المستشفى أن الفرق الطبية جاهزة في كل المراكز.",
        ] {
            let q = said(text, &[MINISTER]);
            assert_eq!(later(&q), Some(Some("سامي ناصر".to_string())), "{text}: {q:?}");
        }
        // A bare title before an indefinite noun describes someone not named before.
        let text = "افتتح مدير المستشفى سامي ناصر الجناح الجديد أمس.\nوتشمل الحملة أربع محافظات في الجنوب.\nوقال مدير آخر إن الفرق الطبية جاهزة في كل المراكز.";
        let q = said(text, &[MINISTER]);
        assert_eq!(later(&q), Some(None), "{text}: {q:?}");
    }

    #[test]
    fn a_lawyer_titled_with_the_article_is_the_one_named_and_goes_on() {
        const LAWYER: (&str, EntityType, Option<&str>, &[&str]) =
            ("ريم فهد", P, Some("EGY"), &["فهد"]);
        // "المحامية X" is X's own title: her next verb with no subject goes on with her.
        let q = said(
            "وقالت المحامية ريم فهد إن القضية ستحسم قريبا. وأوضحت أن الجلسة المقبلة حاسمة.",
            &[LAWYER],
        );
        assert!(
            q.iter()
                .any(|(s, t)| s.as_deref() == Some("ريم فهد") && t == "الجلسة المقبلة حاسمة"),
            "{q:?}"
        );
        // Without the article the lawyer is in construct: someone else's lawyer speaks.
        let q = said(
            "وقال محامي سامي ناصر إن موكله بريء. وأضاف أن الجلسة المقبلة حاسمة.",
            &[MINISTER],
        );
        assert!(q.iter().all(|(s, _)| s.is_none()), "{q:?}");
    }

    #[test]
    fn words_reported_from_a_person_go_on_after_a_verb_of_the_other_gender() {
        // A feminine verb of reporting agrees with the paper before عن, not with the man it
        // reports: his later masculine وأضاف still goes on with him.
        let q = said(
            "ونقلت الصحيفة الرسمية عن سامي ناصر قوله إن الاتفاق صامد.\nوأضاف «لن نتراجع عن التزاماتنا».",
            &[MINISTER],
        );
        assert!(
            q.iter()
                .any(|(s, t)| s.as_deref() == Some("سامي ناصر") && t == "لن نتراجع عن التزاماتنا"),
            "{q:?}"
        );
        let q = said(
            "ونقل التلفزيون عن ناصر قوله «الحوار مستمر». وأضاف أن الوفد سيعود غدا.",
            &[MINISTER],
        );
        assert!(
            q.iter()
                .any(|(s, t)| s.as_deref() == Some("سامي ناصر") && t == "الوفد سيعود غدا"),
            "{q:?}"
        );
    }

    #[test]
    fn a_masculine_verb_goes_on_with_the_man_who_spoke_not_a_body_he_named() {
        // A body of a feminine name that the man's reported words named is no subject of a
        // later masculine verb with none of its own: he goes on speaking.
        let body = ("حركة النهضة الشعبية", O, None, &["الحركة"][..]);
        let q = said(
            "وقال سامي ناصر: «الجبهة هادئة منذ أيام».\n\nوأشار إلى أن المكاسب التي حققتها حركة النهضة الشعبية في الشمال ستنعكس على الجنوب.\n\nوأشار إلى أن الإمدادات تصل ببطء إلى القرى.",
            &[MINISTER, body],
        );
        assert!(
            q.iter()
                .any(|(s, t)| s.as_deref() == Some("سامي ناصر") && t.starts_with("الإمدادات تصل")),
            "{q:?}"
        );
        // A feminine verb still goes on with the body.
        let q = said(
            "وقال سامي ناصر: «الجبهة هادئة منذ أيام».\n\nوأكدت حركة النهضة الشعبية أن مقاتليها تقدموا.\n\nوأشارت إلى أن الإمدادات تصل ببطء إلى القرى.",
            &[MINISTER, body],
        );
        assert!(
            q.iter()
                .any(|(s, t)| s.as_deref() == Some("حركة النهضة الشعبية")
                    && t.starts_with("الإمدادات تصل")),
            "{q:?}"
        );
    }

    #[test]
    fn a_feminine_verb_goes_on_with_the_woman_who_spoke() {
        const DOCTOR: (&str, EntityType, Option<&str>, &[&str]) =
            ("ريم فهد", P, Some("EGY"), &["فهد"]);
        // Her words went on in the next paragraph with a feminine verb and no subject.
        let q = said(
            "وقالت الدكتورة ريم فهد إن حملة التطعيم بدأت في جدة.\nوأكدت لـ«الوطن» أمس أن الإقبال كبير في القاهرة، مبينة أن الفرق الطبية جاهزة في كل المراكز.",
            &[DOCTOR],
        );
        assert!(
            q.iter()
                .any(|(s, t)| s.as_deref() == Some("ريم فهد") && t.starts_with("الفرق الطبية")),
            "{q:?}"
        );
        // A feminine verb does not go on with a man.
        let q = said(
            "وقال سامي ناصر إن حملة التطعيم بدأت في جدة.\nوأكدت لـ«الوطن» أمس أن الإقبال كبير في القاهرة، مبينة أن الفرق الطبية جاهزة في كل المراكز.",
            &[MINISTER],
        );
        assert!(
            q.iter()
                .all(|(s, t)| !t.starts_with("الفرق الطبية") || s.is_none()),
            "{q:?}"
        );
    }

    #[test]
    fn a_name_right_before_its_speech_verb_is_the_speaker() {
        const DOCTOR: (&str, EntityType, Option<&str>, &[&str]) =
            ("ريم فهد", P, Some("EGY"), &["فهد"]);
        // A woman named, then her title in commas, then a feminine verb with no subject.
        let q = said(
            "افتتحت الدكتورة ريم فهد، رئيسة جمعية الأطباء، المؤتمر أمس. وفي الجلسة الأولى كانت ريم فهد، رئيسة الجمعية، تقول إن العيادات الجديدة ستفتح قريبا.",
            &[DOCTOR],
        );
        assert!(
            q.iter()
                .any(|(s, t)| s.as_deref() == Some("ريم فهد") && t.starts_with("العيادات الجديدة")),
            "{q:?}"
        );
        // A man right before a masculine verb.
        let q = said(
            "وفي المؤتمر الصحفي، والوزير سامي ناصر أكد أن الطريق سيفتح الأسبوع المقبل.",
            &[MINISTER],
        );
        assert!(
            q.iter()
                .any(|(s, t)| s.as_deref() == Some("سامي ناصر") && t.starts_with("الطريق سيفتح")),
            "{q:?}"
        );
        // After a preposition the name is no subject; a feminine verb is no man's.
        let q = said(
            "وفي رواية عن سامي ناصر، قال إن الطريق سيفتح الأسبوع المقبل.",
            &[MINISTER],
        );
        assert!(
            q.iter().all(|(s, _)| s.as_deref() != Some("سامي ناصر")),
            "{q:?}"
        );
        let q = said(
            "وفي المؤتمر، سامي ناصر، مدير المستشفى، تقول إن الطريق سيفتح الأسبوع المقبل.",
            &[MINISTER],
        );
        assert!(
            q.iter().all(|(s, _)| s.as_deref() != Some("سامي ناصر")),
            "{q:?}"
        );
        // A verb joined by و goes on with the clause before, not the name before its comma.
        let q = said(
            "وأبدى المقاول سعادته بقرار سامي ناصر، وقال إن الطريق سيفتح الأسبوع المقبل.",
            &[MINISTER],
        );
        assert!(
            q.iter().all(|(s, _)| s.as_deref() != Some("سامي ناصر")),
            "{q:?}"
        );
    }

    #[test]
    fn a_noun_of_saying_after_the_verb_is_no_speaker() {
        // "وتابع بالقول إن": بالقول says how, not who; the verb goes on with the last speaker.
        let q = said(
            "قال الوزير سامي ناصر إن المفاوضات تتقدم. وتابع بالقول إن الجولة المقبلة ستعقد في باماكو.",
            &[MINISTER, MALI],
        );
        assert!(
            q.iter()
                .any(|(s, t)| s.as_deref() == Some("سامي ناصر")
                    && t == "الجولة المقبلة ستعقد في باماكو"),
            "{q:?}"
        );
    }

    #[test]
    fn a_conjunction_s_an_and_marks_after_an_object_are_no_reported_speech() {
        // "غير أن" and "على أن" (provided that) after the verb's object.
        assert!(said(
            "أعلن جيش النيجر قبول الهدنة، غير أن المتمردين لم يعلنوا التزامهم بها.",
            &[NIGER_ARMY]
        )
        .is_empty());
        assert!(said(
            "أعلن جيش النيجر سحب قواته من البلدة، على أن يبدأ الانسحاب الشهر المقبل.",
            &[NIGER_ARMY]
        )
        .is_empty());
        // "شدد الوزير على أن" right after the speaker is reported speech.
        let q = said(
            "شدد الوزير سامي ناصر على أن الحدود ستبقى مغلقة.",
            &[MINISTER],
        );
        assert_eq!(
            q,
            [(
                Some("سامي ناصر".to_string()),
                "الحدود ستبقى مغلقة".to_string()
            )]
        );
        // Marks after the verb's object name something; after the speaker they quote.
        assert!(said(
            "أعلن جيش النيجر تجنيد ألف متطوع في صفوف «قوات الدفاع عن الوطن».",
            &[NIGER_ARMY]
        )
        .is_empty());
        let q = said(
            "وقال جيش النيجر في بيان «لن نتراجع عن تحرير البلدة».",
            &[NIGER_ARMY],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        // An apposition or a time phrase after the speaker is no object.
        for text in [
            "وقال الوزير سامي ناصر القائد السابق للجيش «لن نتراجع عن تحرير البلدة».",
            "وقال الوزير سامي ناصر أثناء تفقده الجنود «لن نتراجع عن تحرير البلدة».",
        ] {
            let q = said(text, &[MINISTER]);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!(q[0].0.as_deref(), Some("سامي ناصر"), "{text}");
        }
    }

    #[test]
    fn a_short_marked_name_in_the_attribution_is_passed_over() {
        for text in [
            "وقال الوزير سامي ناصر لـ«الشرق الأوسط»: «الحدود ستبقى مغلقة حتى إشعار آخر».",
            "وقال الوزير سامي ناصر، عضو «حزب الوسط»، إن الحدود ستبقى مغلقة.",
        ] {
            let q = said(text, &[MINISTER]);
            assert!(
                q.iter().any(|(s, t)| s.as_deref() == Some("سامي ناصر")
                    && t.starts_with("الحدود ستبقى مغلقة")),
                "{text}: {q:?}"
            );
        }
    }

    // ---- session 7: quotes on fresh writers' text ----
    const S7_FRONT: (&str, EntityType, Option<&str>, &[&str]) = ("جبهة الخلاص", O, None, &[]);
    const S7_CHAD: (&str, EntityType, Option<&str>, &[&str]) =
        ("تشاد", L, Some("TCD"), &["التشادي", "التشادية"]);
    const S7_EGYPT: (&str, EntityType, Option<&str>, &[&str]) =
        ("مصر", L, Some("EGY"), &["المصري", "المصرية"]);
    const S7_JORDAN: (&str, EntityType, Option<&str>, &[&str]) =
        ("الأردن", L, Some("JOR"), &["الأردني", "الأردنية"]);
    const S7_SUDAN: (&str, EntityType, Option<&str>, &[&str]) =
        ("السودان", L, Some("SDN"), &["السوداني", "السودانية"]);
    const S7_DAWOOD: (&str, EntityType, Option<&str>, &[&str]) =
        ("حسن داود", P, Some("SDN"), &["داود"]);

    fn s7_speaker_of(
        text: &str,
        ents: &[(&str, EntityType, Option<&str>, &[&str])],
        phrase: &str,
    ) -> Vec<Option<String>> {
        said(text, ents)
            .into_iter()
            .filter(|(_, t)| t.contains(phrase))
            .map(|(s, _)| s)
            .collect()
    }

    #[test]
    fn a_verb_in_a_relative_clause_is_not_the_one_a_joined_verb_continues() {
        let q = s7_speaker_of(
            "رفضت جبهة الخلاص الاتفاق الذي وقعه الجيش التشادي الشهر الماضي، وأعلنت أنها لن تلتزم ببنوده.",
            &[S7_FRONT, S7_CHAD],
            "لن تلتزم ببنوده",
        );
        assert_eq!(q, [Some("جبهة الخلاص".to_string())]);
    }

    #[test]
    fn a_speech_verb_after_a_relative_pronoun_speaks_for_its_antecedent() {
        let q = s7_speaker_of(
            "قدمت مصر مقترحا جديدا إلى جبهة الخلاص، التي أعلنت أنها ستدرسه بعناية.",
            &[S7_FRONT, S7_EGYPT],
            "ستدرسه بعناية",
        );
        assert_eq!(q, [Some("جبهة الخلاص".to_string())]);
    }

    #[test]
    fn the_complement_of_the_head_noun_is_no_antecedent() {
        let q = s7_speaker_of(
            "بثت قناة الفجر التابعة لجبهة الخلاص، التي قالت إن الهجوم فشل، صورا للمعارك.",
            &[S7_FRONT],
            "الهجوم فشل",
        );
        assert!(!q.contains(&Some("جبهة الخلاص".to_string())), "{q:?}");
        // A mention that holds its preposition.
        let q = s7_speaker_of(
            "بثت قناة الفجر التابعة للجبهة، التي قالت إن الهجوم فشل، صورا للمعارك.",
            &[("جبهة الخلاص", O, None, &["للجبهة"])],
            "الهجوم فشل",
        );
        assert!(!q.contains(&Some("جبهة الخلاص".to_string())), "{q:?}");
    }

    #[test]
    fn assistants_commissioners_and_governors_are_titles() {
        for text in [
            "قال مساعد وزير الخارجية الأردني إن المحادثات ستستمر أسبوعا آخر.",
            "قال المفوض الأردني لشؤون اللاجئين إن المحادثات ستستمر أسبوعا آخر.",
        ] {
            let q = s7_speaker_of(text, &[S7_JORDAN], "المحادثات ستستمر");
            assert_eq!(q, [Some("الأردن".to_string())], "{text}");
        }
    }

    #[test]
    fn a_participle_after_a_verb_outside_the_lexicon_speaks_for_its_titled_subject() {
        let q = s7_speaker_of(
            "قدم وزير الخارجية الأردني اعتذارا رسميا لمصر، مؤكدا أن التصريحات لا تمثل الحكومة.",
            &[S7_JORDAN, S7_EGYPT],
            "التصريحات لا تمثل",
        );
        assert_eq!(q, [Some("الأردن".to_string())]);
    }

    #[test]
    fn this_is_what_x_announced_credits_the_clause_before() {
        let q = s7_speaker_of(
            "الحدود ستبقى مغلقة حتى نهاية الشهر، هذا ما أعلنه وزير الداخلية السوداني حسن داود.",
            &[S7_DAWOOD, S7_SUDAN],
            "الحدود ستبقى مغلقة",
        );
        assert_eq!(q, [Some("حسن داود".to_string())]);
        let q = s7_speaker_of(
            "«لا يمكن لأي طرف حسم الحرب بالسلاح»، هذا ما خلص إليه تقرير لجبهة الخلاص.",
            &[S7_FRONT],
            "حسم الحرب",
        );
        assert_eq!(q, [Some("جبهة الخلاص".to_string())]);
    }

    #[test]
    fn a_family_or_lawyer_of_someone_is_not_that_person() {
        for text in [
            "وقالت عائلة حسن داود إنه مضرب عن الطعام منذ أسبوع.",
            "وقال محامي حسن داود إن موكله مضرب عن الطعام منذ أسبوع.",
        ] {
            let q = s7_speaker_of(text, &[S7_DAWOOD], "مضرب عن الطعام");
            assert_eq!(q, [None], "{text}");
        }
    }

    #[test]
    fn a_relative_clause_set_off_by_commas_parts_the_speaker_from_the_complementizer() {
        let q = said(
            "وقال مسؤول في الوزارة، طلب عدم الكشف عن هويته، إن المساعدات ستصل غدا.",
            &[S7_SUDAN],
        );
        assert_eq!(q, [(None, "المساعدات ستصل غدا".to_string())]);
    }

    #[test]
    fn a_speech_verb_after_its_own_subject_inside_reported_words_is_part_of_them() {
        let q = said(
            "وقال حسن داود إن التحقيقات الأولية كشفت «تجاوزات خطيرة في العقود».",
            &[S7_DAWOOD],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].1.starts_with("التحقيقات الأولية كشفت"), "{q:?}");
    }

    #[test]
    fn the_writer_s_framing_after_a_comma_ends_reported_speech() {
        let q = said(
            "وأعلنت جبهة الخلاص أنها لن تشارك في الحوار، في تصعيد جديد مع الحكومة.",
            &[S7_FRONT],
        );
        assert_eq!(
            q,
            [(
                Some("جبهة الخلاص".to_string()),
                "لن تشارك في الحوار".to_string()
            )]
        );
    }

    #[test]
    fn the_ones_spoken_to_are_not_part_of_the_speaker_s_title() {
        let q = s7_speaker_of(
            "وصل المفوض الأوروبي حسن داود إلى الخرطوم. وقال المفوض للصحفيين في المطار إن «الوضع الإنساني مقلق للغاية».",
            &[S7_DAWOOD, S7_SUDAN],
            "الوضع الإنساني",
        );
        assert_eq!(q, [Some("حسن داود".to_string())]);
    }

    #[test]
    fn a_speech_verb_in_a_relative_clause_is_no_speaker_for_the_verbs_after_it() {
        let q = s7_speaker_of(
            "رفضت جبهة الخلاص القانون الذي أقره الجيش التشادي، وأعلنت أنها لن تعترف به.",
            &[S7_FRONT, S7_CHAD],
            "لن تعترف به",
        );
        assert_eq!(q, [Some("جبهة الخلاص".to_string())]);
    }

    // ---- session 9: quotes with the Analyzer's entities

    #[test]
    fn a_title_in_construct_with_a_body_is_the_one_named_with_it() {
        let q = s7_speaker_of(
            "وقال رئيس المجلس الوطني الانتقالي كمال بوعزة إن الجلسة ستعقد الأحد. وأشار رئيس المجلس إلى أن التوافق بات قريبا.",
            &[
                ("كمال بوعزة", P, None, &["بوعزة"]),
                ("المجلس الوطني الانتقالي", O, None, &["المجلس"]),
            ],
            "التوافق بات قريبا",
        );
        assert_eq!(q, [Some("كمال بوعزة".to_string())]);
        // With no one named with that title of the body, the body speaks.
        let q = s7_speaker_of(
            "وأشار رئيس المجلس الوطني الانتقالي إلى أن التوافق بات قريبا.",
            &[("المجلس الوطني الانتقالي", O, None, &["المجلس"])],
            "التوافق بات قريبا",
        );
        assert_eq!(q, [Some("المجلس الوطني الانتقالي".to_string())]);
    }

    #[test]
    fn a_possessed_title_speaks_for_the_body_not_a_nisba_before_it() {
        let q = s7_speaker_of(
            "أدانت منظمة الإغاثة الدولية قصف المستشفى السعودي في المدينة، وقال مديرها العام إن «استهداف المرافق الصحية جريمة».",
            &[
                ("منظمة الإغاثة الدولية", O, None, &[]),
                ("السعودية", L, Some("SAU"), &["السعودي"]),
            ],
            "استهداف المرافق",
        );
        assert_eq!(q, [Some("منظمة الإغاثة الدولية".to_string())]);
    }

    #[test]
    fn a_passive_description_or_a_condition_is_no_quote() {
        for text in [
            "وتوصف المنطقة الحدودية بين تشاد والنيجر بأنها «برميل بارود» في الإقليم.",
            "عرضت قطر استضافة جولة مفاوضات بين الحكومة التشادية وفصائل المعارضة، على أن تنطلق مطلع الشهر المقبل.",
        ] {
            let q = said(
                text,
                &[
                    ("تشاد", L, Some("TCD"), &["التشادية"]),
                    ("النيجر", L, Some("NER"), &[]),
                    ("قطر", L, Some("QAT"), &[]),
                ],
            );
            assert!(q.is_empty(), "{text}: {q:?}");
        }
    }

    #[test]
    fn a_relative_clause_after_the_report_or_ila_after_the_name_keeps_the_attribution() {
        for (text, ents, who, phrase) in [
            (
                "قالت منظمة أطباء بلا حدود في تقرير نشرته الخميس إن جنودا أعدموا عشرين مدنيا في قريتين بشرق البلاد.",
                vec![("منظمة أطباء بلا حدود", O, None, &[][..])],
                "منظمة أطباء بلا حدود",
                "جنودا أعدموا",
            ),
            (
                "ولفت الباحث في شؤون القرن الأفريقي بمعهد الدراسات الأمنية في نيروبي، جوزيف كاماو، إلى أن المجاعة تتسع.",
                vec![
                    ("جوزيف كاماو", P, None, &[][..]),
                    ("نيروبي", L, Some("KEN"), &[][..]),
                ],
                "جوزيف كاماو",
                "المجاعة تتسع",
            ),
            (
                "ونقلت الإذاعة الرسمية عن المتحدث باسم القائد العام للقوات المسلحة العقيد فارس المحمد قوله إن الطائرات دمرت مخزنا للأسلحة.",
                vec![("فارس المحمد", P, None, &[][..])],
                "فارس المحمد",
                "دمرت مخزنا",
            ),
        ] {
            let q = s7_speaker_of(text, &ents, phrase);
            assert_eq!(q, [Some(who.to_string())], "{text}");
        }
    }

    #[test]
    fn the_latter_at_a_paragraphs_head_and_a_title_set_off_by_commas() {
        let q = s7_speaker_of(
            "استقبل الرئيس المبعوث الأممي الخاص سامي ناصر.\nوقال الأخير إن الحوار سيستأنف قريبا.",
            &[MINISTER],
            "الحوار سيستأنف",
        );
        assert_eq!(q, [Some("سامي ناصر".to_string())]);
        let q = s7_speaker_of(
            "اختتم المفوض الأفريقي للسلم، جون أوكيلو، جولة في المنطقة. وقال المفوض للصحفيين إن الوضع خطير.",
            &[("جون أوكيلو", P, None, &["أوكيلو"])],
            "الوضع خطير",
        );
        assert_eq!(q, [Some("جون أوكيلو".to_string())]);
    }

    #[test]
    fn a_bare_title_that_speaks_stands_for_the_state_it_was_given_with() {
        let q = s7_speaker_of(
            "وقع الرئيس السوداني وقائد الحركة الشعبية اتفاقا في جوبا. وقال قائد الحركة ياسر عرمان عقب التوقيع إن الاتفاق «فرصة تاريخية». بدوره، أكد الرئيس أن السلام بات قريبا.",
            &[
                ("السودان", L, Some("SDN"), &["السوداني"]),
                ("ياسر عرمان", P, None, &[]),
            ],
            "السلام بات قريبا",
        );
        assert_eq!(q, [Some("السودان".to_string())]);
        // Not when a person bears the title.
        let q = s7_speaker_of(
            "وقع الرئيس السوداني عمر حسن اتفاقا في جوبا. بدوره، أكد الرئيس أن السلام بات قريبا.",
            &[
                ("السودان", L, Some("SDN"), &["السوداني"]),
                ("عمر حسن", P, None, &[]),
            ],
            "السلام بات قريبا",
        );
        assert_eq!(q, [Some("عمر حسن".to_string())]);
    }

    #[test]
    fn kama_yaqul_before_a_colon_gives_the_words_after_it() {
        let q = said(
            "تأخر المطر هذا العام عن موعده كثيرا، أو كما يقول أهل القرية في أمثالهم: «الصبر مفتاح الفرج».",
            &[],
        );
        let texts: Vec<&str> = q.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["الصبر مفتاح الفرج"], "{q:?}");
    }

    #[test]
    fn ala_ma_and_an_inverted_verb_of_saying_credit_the_clause_before() {
        let q = said(
            "قتل ثلاثة جنود في الهجوم على القاعدة، على ما أعلنه الجيش المالي.",
            &[("الجيش المالي", O, Some("MLI"), &[])],
        );
        assert_eq!(
            q,
            [(
                Some("الجيش المالي".to_string()),
                "قتل ثلاثة جنود في الهجوم على القاعدة".to_string()
            )]
        );
        // Words that name nobody are no last subject.
        let q = said(
            "فتحت المصارف اليونانية أبوابها صباح أمس بعد إغلاق دام أسبوعين، على ما أفاد صحافيو وكالة الأنباء.",
            &[("اليونان", L, Some("GRC"), &["اليونانية"])],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, None, "{q:?}");
        let q = said(
            "الحكومة لن تتراجع عن قرارها، يقول سامي ناصر، مضيفا أن الحوار ممكن.",
            &[MINISTER],
        );
        let who: Vec<Option<String>> = q.iter().map(|(s, _)| s.clone()).collect();
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(
            who.iter().all(|s| s.as_deref() == Some("سامي ناصر")),
            "{q:?}"
        );
        // A fronted credit or place, a complementizer after the name anywhere in the sentence,
        // or a verb whose words after it stop at a comma, is no credit of the clause before.
        let q = said(
            "فعاد الموظف وحسن التقرير كثيرا، وأضاف عليه، وأعاده لمكتب سامي ناصر.",
            &[MINISTER],
        );
        assert!(q.is_empty(), "{q:?}");
        for text in [
            "ووفقا لمقابلة مع موقع محلي العام الماضي، قال سامي ناصر، نائب الرئيس، إن الشركة تنمو.",
            "وفي تصريحات للتلفزيون الرسمي أمس، قال سامي ناصر، أمس، إن الشركة تنمو.",
        ] {
            let q = said(text, &[MINISTER]);
            let texts: Vec<&str> = q.iter().map(|(_, t)| t.as_str()).collect();
            assert_eq!(texts, ["الشركة تنمو"], "{text}");
        }
    }

    // ---- session 8: quotes on real pages

    const S8_NASSER: (&str, EntityType, Option<&str>, &[&str]) = ("سامي ناصر", P, None, &["ناصر"]);
    const S8_HARBI: (&str, EntityType, Option<&str>, &[&str]) =
        ("سالم الحربي", P, None, &["الحربي"]);

    #[test]
    fn a_relative_clause_on_the_speaker_stands_before_what_they_said() {
        let q = s7_speaker_of(
            "وأضاف الوزير سامي ناصر الذي زار المدينة الأسبوع الماضي أن المشاريع ستكتمل قبل نهاية العام.",
            &[S8_NASSER],
            "المشاريع ستكتمل",
        );
        assert_eq!(q, [Some("سامي ناصر".to_string())]);
    }

    #[test]
    fn the_window_does_not_cut_a_long_title_before_the_colon() {
        let q = s7_speaker_of(
            "وأكد فهد السالم رئيس مجلس إدارة الغرفة التجارية الصناعية في المنطقة الشرقية الساحلية: \"هذه الاتفاقية تفتح بابا جديدا أمام المستثمرين\".",
            &[
                ("فهد السالم", P, None, &["السالم"]),
                ("الغرفة التجارية الصناعية في المنطقة الشرقية الساحلية", O, None, &[]),
            ],
            "تفتح بابا جديدا",
        );
        assert_eq!(q, [Some("فهد السالم".to_string())]);
    }

    #[test]
    fn sources_close_to_a_person_are_not_that_person() {
        let q = s7_speaker_of(
            "وقالت مصادر عسكرية موالية للرئيس منصور العلي إن المعارك أوقعت عشرين قتيلا في يومين.",
            &[("منصور العلي", P, None, &[])],
            "المعارك أوقعت",
        );
        assert_eq!(q, [None]);
    }

    #[test]
    fn after_an_unnamed_titled_speaker_a_verb_goes_on_with_them() {
        let q = s7_speaker_of(
            "وقال المحافظ سالم الحربي إن السيول انحسرت عن الأحياء. من جهة أخرى، أكد قائد الدفاع المدني في المنطقة وقوع الحوادث. وقال \"لم نسجل أي وفيات حتى الآن في القرى\".",
            &[S8_HARBI],
            "لم نسجل",
        );
        assert_eq!(q, [None]);
    }

    #[test]
    fn a_plural_verb_with_no_subject_is_no_one_person() {
        let q = s7_speaker_of(
            "زار الوزير خالد العمري السوق القديم أمس. وعندما سألنا الباعة عن أحوالهم يقولون إن الأسواق تحسنت كثيرا بعد الترميم.",
            &[("خالد العمري", P, None, &["العمري"])],
            "الأسواق تحسنت",
        );
        assert_eq!(q, [None]);
    }

    #[test]
    fn a_newspaper_named_in_marks_then_where_it_wrote_is_passed_over() {
        let q = said(
            "قال الكاتب منير السعد إن المرحلة صعبة على الجميع. وذكرت صحيفة \"الوطن\" في افتتاحيتها أن الهجوم يستهدف الوحدة الوطنية. وأضافت أن الرد يجب أن يكون حازما وسريعا.",
            &[("منير السعد", P, None, &["السعد"])],
        );
        let of = |p: &str| {
            q.iter()
                .filter(|(_, t)| t.contains(p))
                .map(|(s, _)| s.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(of("يستهدف الوحدة"), [None], "{q:?}");
        assert_eq!(of("يكون حازما"), [None], "{q:?}");
    }

    #[test]
    fn a_verb_does_not_go_on_with_a_person_of_the_other_gender() {
        let q = said(
            "قال المحلل منير السعد إن المرحلة صعبة على الجميع. وذكرت الافتتاحية أن الهجوم يستهدف الوحدة الوطنية. وأضافت أن الرد يجب أن يكون حازما وسريعا. وقالت الوزيرة هالة النمر إن الحكومة ستعوض المتضررين. وأضافت أن اللجان بدأت عملها.",
            &[
                ("منير السعد", P, None, &["السعد"]),
                ("هالة النمر", P, None, &["النمر"]),
            ],
        );
        let of = |p: &str| {
            q.iter()
                .filter(|(_, t)| t.contains(p))
                .map(|(s, _)| s.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(of("يكون حازما"), [None], "{q:?}");
        assert_eq!(of("اللجان بدأت"), [Some("هالة النمر".to_string())], "{q:?}");
    }

    #[test]
    fn an_unnamed_speaker_before_a_marked_name_and_the_writer_s_aside() {
        let q = said(
            "سيطرت الفصائل على بلدة الرستن. ويرى قيادي معارض، في تصريحات لـ«الوطن»، أن الجيش «يتراجع في الأرياف كلها»، وهي خطة بدأها قبل عامين.",
            &[("الرستن", L, Some("SYR"), &[])],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, None, "{q:?}");
        assert!(!q[0].1.contains("خطة"), "{q:?}");
    }

    #[test]
    fn a_name_set_off_by_a_comma_after_the_verb_is_the_speaker_not_a_name_in_its_title() {
        // A person-typed name inside the apposition: HEAD credits it instead of the speaker.
        let q = said(
            "وقال سامر حداد، رئيس قسم الاستشارات المالية لدى شركة ديلويت: «نتوقع نموا قويا في الطلب هذا العام».",
            &[("سامر حداد", P, None, &[]), ("ديلويت", P, None, &[])],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0.as_deref(), Some("سامر حداد"), "{q:?}");
        // An apposition longer than the window still reaches its colon.
        let q = said(
            "وقال فهد الدوسري، رئيس قسم الضرائب في منطقة الشرق الأوسط وشمال إفريقيا لدى الشركة الاستشارية الدولية: «نرى فرصا كبيرة في السوق».",
            &[("فهد الدوسري", P, None, &[])],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0.as_deref(), Some("فهد الدوسري"), "{q:?}");
        assert!(q[0].1.starts_with("نرى فرصا"), "{q:?}");
    }

    #[test]
    fn marked_names_inside_an_apposition_do_not_cut_it_from_its_quote() {
        // Two short names in marks in the apposition, before its colon.
        let q = said(
            "وقال جمال العبيدي، محلل أول لدى «بيت المال» لـ«الجريدة»: «التراجع الحاد سببه سداد الديون المستحقة».",
            &[("جمال العبيدي", P, None, &[])],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0.as_deref(), Some("جمال العبيدي"), "{q:?}");
        assert!(q[0].1.starts_with("التراجع الحاد"), "{q:?}");
        // No colon: the quote's marks right after the apposition's closing comma.
        let q = said(
            "وقال جمال العبيدي، رئيس جمعية \"الأمل\" للأيتام، \"التبرعات تراجعت كثيرا هذا العام\".",
            &[("جمال العبيدي", P, None, &[])],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0.as_deref(), Some("جمال العبيدي"), "{q:?}");
        assert!(q[0].1.starts_with("التبرعات"), "{q:?}");
        // The present tense: a columnist's "يقول X، …: «…»".
        let q = said(
            "يقول رامي الخياط، وهو أستاذ في معهد الدراسات المالية في عمّان: «الدين العام بلغ حدا مقلقا».",
            &[("رامي الخياط", P, None, &[])],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0.as_deref(), Some("رامي الخياط"), "{q:?}");
    }

    #[test]
    fn a_titled_name_after_a_medium_s_marked_name_is_the_speaker() {
        let q = said(
            "ويقول المدير العام لصحيفة \"الغد\"، الأستاذ ناصر الفهد: \"نعمل على تطوير خدماتنا الرقمية\". وأضاف: \"التطبيق الجديد يصدر قريبا جدا\".",
            &[("ناصر الفهد", P, None, &["الفهد"])],
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(
            q.iter().all(|(s, _)| s.as_deref() == Some("ناصر الفهد")),
            "{q:?}"
        );
    }

    #[test]
    fn a_nationality_after_fi_and_a_state_body_closing_a_title_names_the_state() {
        const GUARD: (&str, EntityType, Option<&str>, &[&str]) = ("الحرس الثوري", O, None, &[]);
        let q = s7_speaker_of(
            "وقال قائد القوات البرية في الحرس الثوري السوداني إن قواته مستعدة للدفاع عن الحدود.",
            &[GUARD, S7_SUDAN],
            "مستعدة للدفاع",
        );
        assert_eq!(q, [Some("السودان".to_string())]);
        let q = s7_speaker_of(
            "وقال نائب قائد الوحدات الخاصة في الجيش السوداني إن الوحدات تحركت نحو الحدود.",
            &[S7_SUDAN],
            "تحركت نحو الحدود",
        );
        assert_eq!(q, [Some("السودان".to_string())]);
        const IRAN_GUARD: (&str, EntityType, Option<&str>, &[&str]) =
            ("الحرس الثوري السوداني", O, Some("SDN"), &[]);
        let q = s7_speaker_of(
            "وقال قائد القوات البرية في الحرس الثوري السوداني إن قواته مستعدة للدفاع عن الحدود.",
            &[IRAN_GUARD, S7_SUDAN],
            "مستعدة للدفاع",
        );
        assert_eq!(q, [Some("السودان".to_string())]);
        // (A place the words were said in is no body: nobody.)
        let q = s7_speaker_of(
            "وقال وزير الخارجية في العاصمة السودانية إن الوفد سيصل غدا.",
            &[S7_SUDAN],
            "سيصل غدا",
        );
        assert_eq!(q, [None]);
    }

    #[test]
    fn a_nameless_official_of_a_body_is_nobody() {
        const FOREIGN: (&str, EntityType, Option<&str>, &[&str]) =
            ("وزارة الخارجية السودانية", O, Some("SDN"), &[]);
        const AGENCY: (&str, EntityType, Option<&str>, &[&str]) =
            ("وكالة الأنباء الوطنية", O, None, &[]);
        for (text, ents) in [
            (
                "وقال مسؤول كبير بوزارة الخارجية السودانية إن المحادثات ستستأنف الأسبوع المقبل.",
                &[FOREIGN, S7_SUDAN][..],
            ),
            (
                "وقال مسؤول عسكري لوكالة الأنباء الوطنية إن المحادثات ستستأنف الأسبوع المقبل.",
                &[AGENCY, S7_SUDAN][..],
            ),
        ] {
            let q = s7_speaker_of(text, ents, "ستستأنف");
            assert_eq!(q, [None], "{text}");
        }
    }

    #[test]
    fn a_nationality_names_the_country_before_its_capital() {
        let place = |id: &str, name: &str| Entity {
            id: id.into(),
            name: name.into(),
            kind: L,
            aliases: vec![name.into()],
            country: Some("EGY".into()),
            coordinates: None,
            mentions: Vec::new(),
        };
        let entities = [place("loc:EGY:cairo", "القاهرة"), place("loc:EGY", "مصر")];
        assert_eq!(
            phrase_nationality("وزارة الداخلية المصرية", &entities),
            Some(Some("loc:EGY".to_string()))
        );
        assert_eq!(
            phrase_nationality("وزارة الداخلية المصرية", &entities[..1]),
            Some(Some("loc:EGY:cairo".to_string()))
        );
    }

    #[test]
    fn a_nationality_closing_a_long_title_names_the_state() {
        let q = s7_speaker_of(
            "قال المتحدث باسم وزارة الدفاع السودانية إن القوات استعادت المدينة.",
            &[S7_SUDAN],
            "استعادت المدينة",
        );
        assert_eq!(q, [Some("السودان".to_string())]);
    }

    #[test]
    fn the_writer_s_own_words_nested_marks_and_a_marked_subject_are_no_quotes() {
        let q = said(
            "وأنا أقول بذات الطريقة: \"الطائفية هي العدو الحقيقي لنا جميعا\". «الوطن» تابعت الملف منذ بدايته.",
            &[],
        );
        assert!(q.is_empty(), "{q:?}");
        let q = said(
            "وكتب المحلل سعيد الحربي: \"سيقولون لكم \"كل شيء على ما يرام\" لكن الحقيقة مختلفة تماما\".",
            &[("سعيد الحربي", P, None, &["الحربي"])],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0.as_deref(), Some("سعيد الحربي"), "{q:?}");
    }

    #[test]
    fn a_kunya_names_the_parent_not_the_child() {
        let q = s7_speaker_of(
            "وقالت أم خالد إن الأطباق الشعبية تعد في البيوت منذ الصباح.",
            &[("خالد", P, None, &[])],
            "الأطباق الشعبية",
        );
        assert_eq!(q, [None]);
    }

    #[test]
    fn a_medium_s_name_in_marks_is_no_quote() {
        let q = said(
            "وذكرت صحيفة «ذا ديلي ريبورتر» أمس، أن المصنع سيغلق أبوابه نهاية الشهر. وقالت قناة «سكاي الإخبارية» أيضا.",
            &[],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "المصنع سيغلق أبوابه نهاية الشهر");
    }

    #[test]
    fn a_credit_chained_onto_one_at_the_head_credits_the_clause_after_both() {
        let q = said(
            "ووفقا لصحيفة \"نيويورك ديلي نيوز\" نقلا عن الشرطة فإن المنزل احترق بالكامل قبل وصول الإطفاء.",
            &[],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "المنزل احترق بالكامل قبل وصول الإطفاء");
    }

    #[test]
    fn an_adverb_of_habit_is_no_speaker() {
        let q = s7_speaker_of(
            "أغلقت مصر المعبر أمس، لكنها تقول عادة إنها تحمي حدودها فقط.",
            &[("مصر", L, Some("EGY"), &["القاهرة"])],
            "تحمي حدودها",
        );
        assert_eq!(q, [Some("مصر".to_string())]);
    }

    // ---- session 10: trigger coverage ----

    #[test]
    fn an_accusing_participle_takes_its_object_then_the_charge() {
        let ents = [
            ("النيجر", L, Some("NER"), &["النيجرية"][..]),
            ("شركة الذهب الساحلية", O, None, &[][..]),
        ];
        let accuses = |text: &str| {
            let (q, e) = run_on(text, &ents);
            let found = has_event(&e, "11", Some("النيجر"), Some("شركة الذهب الساحلية"));
            (found, show(&q, &e))
        };
        let (found, shown) = accuses(
            "أعلنت السلطات النيجرية إلغاء رخصة منجم كبير، متهمة شركة الذهب الساحلية بإخفاء جزء من إنتاجها.",
        );
        assert!(found, "{shown}");
        // The passive participle (accused of) is no accusation by anyone.
        for text in [
            "أعلنت السلطات النيجرية أن شركة الذهب الساحلية متهمة بإخفاء جزء من إنتاجها.",
            "أحالت السلطات النيجرية عشرين متهما في قضية شركة الذهب الساحلية إلى القضاء.",
        ] {
            let (found, shown) = accuses(text);
            assert!(!found, "{text}\n{shown}");
        }
    }

    #[test]
    fn a_foreign_partner_set_off_by_commas_is_material_cooperation() {
        let ents = [
            ("تونس", L, Some("TUN"), &["التونسي", "التونسية"][..]),
            ("إيطاليا", L, Some("ITA"), &["الإيطالي", "الإيطالية"][..]),
        ];
        let coded = |text: &str, source: &str, target: &str| {
            let (q, e) = run_on(text, &ents);
            (
                has_event(&e, "06", Some(source), Some(target)),
                show(&q, &e),
            )
        };
        // Coordinating with a partner: the subject cooperates with it.
        let (found, shown) = coded(
            "أوقف الحرس البحري التونسي، بالتنسيق مع خفر السواحل الإيطالي، مركبا يحمل أسلحة.",
            "تونس",
            "إيطاليا",
        );
        assert!(found, "{shown}");
        // Support received: the supporter cooperates with the subject.
        let (found, shown) = coded(
            "طوق الجيش التونسي، بإسناد جوي من القوات الإيطالية، معسكرا للمهربين.",
            "إيطاليا",
            "تونس",
        );
        assert!(found, "{shown}");
        // Not set off by a comma (the content of a charge), or within one country: no event.
        for text in [
            "اتهم الجيش التونسي المهربين بالتنسيق مع خفر السواحل الإيطالي.",
            "أوقف الحرس البحري التونسي، بالتنسيق مع الجيش التونسي، مركبا يحمل أسلحة.",
        ] {
            let (q, e) = run_on(text, &ents);
            assert!(
                !e.iter().any(|x| x.code.starts_with("06")),
                "{text}\n{}",
                show(&q, &e)
            );
        }
    }

    #[test]
    fn a_mediation_goes_toward_each_side_the_sentence_names() {
        let ents = [
            ("قطر", L, Some("QAT"), &["القطرية", "قطرية"][..]),
            ("السودان", L, Some("SDN"), &["السودانية"][..]),
            ("جنوب السودان", L, Some("SSD"), &[][..]),
            ("الأمم المتحدة", O, None, &["الأممية"][..]),
        ];
        let mediates = |text: &str, toward: &[&str]| {
            let (q, e) = run_on(text, &ents);
            let all = toward
                .iter()
                .all(|t| has_event(&e, "04", Some("قطر"), Some(t)));
            let none_without_side = !e
                .iter()
                .any(|x| x.code.starts_with("04") && x.target.is_none());
            (all && none_without_side, show(&q, &e))
        };
        for text in [
            "تبادلت السودان وجنوب السودان عشرات الأسرى بوساطة قطرية.",
            "انطلقت جولة محادثات بين السودان وجنوب السودان برعاية قطرية.",
            "أعلنت قطر نجاح وساطتها بين السودان وجنوب السودان.",
        ] {
            let (found, shown) = mediates(text, &["السودان", "جنوب السودان"]);
            assert!(found, "{text}\n{shown}");
        }
        // A sponsor of something with no two sides is a patron, not a mediator.
        let (q, e) = run_on(
            "أقيم معرض للكتاب في الخرطوم برعاية قطرية وبمشاركة دور نشر سودانية.",
            &ents,
        );
        assert!(
            !e.iter().any(|x| x.code.starts_with("045")),
            "{}",
            show(&q, &e)
        );
    }

    // ---- session 9: event nouns ----

    #[test]
    fn a_fight_with_an_unnamed_party_keeps_its_actor_alone() {
        let ents = [("قوات الوفاق", O, None, &[][..])];
        let fights = |text: &str| {
            let (q, e) = run_on(text, &ents);
            let found = has_event(&e, "19", Some("قوات الوفاق"), None);
            (found, show(&q, &e))
        };
        let (found, shown) =
            fights("انسحبت قوات الوفاق من الحي الشرقي بعد معارك عنيفة مع مجموعة مسلحة.");
        assert!(found, "{shown}");
        // No partner after the noun, or a definite noun (a fight told before): no act.
        for text in [
            "انسحبت قوات الوفاق من الحي الشرقي بعد معارك عنيفة في المدينة.",
            "انسحبت قوات الوفاق من الحي الشرقي بعد المعارك مع مجموعة مسلحة.",
        ] {
            let (found, shown) = fights(text);
            assert!(!found, "{text}\n{shown}");
        }
    }

    // ---- session 10: event actors ----

    #[test]
    fn a_title_ending_with_a_name_puts_the_named_one_in_the_target() {
        const ENVOY: (&str, EntityType, Option<&str>, &[&str]) =
            ("كارلوس مينديز", P, None, &["مينديز"]);
        const USA: (&str, EntityType, Option<&str>, &[&str]) =
            ("الولايات المتحدة", L, Some("USA"), &["الأمريكي"]);
        const SUDAN: (&str, EntityType, Option<&str>, &[&str]) =
            ("السودان", L, Some("SDN"), &["السوداني"]);
        const PARTY: (&str, EntityType, Option<&str>, &[&str]) =
            ("حزب النهضة الوطني", O, None, &[]);
        const LEADER: (&str, EntityType, Option<&str>, &[&str]) = ("هارون أداما", P, None, &[]);
        // The title's complement and a comma stand between the nationality and the name.
        let (q, e) = run_on(
            "استقبل سامي ناصر المبعوث الأمريكي الخاص إلى السودان، كارلوس مينديز، في القاهرة.",
            &[MINISTER, ENVOY, USA, SUDAN],
        );
        assert!(
            has_event(&e, "04", Some("سامي ناصر"), Some("كارلوس مينديز")),
            "{}",
            show(&q, &e)
        );
        // A body in the title, then a comma and the name.
        let (q, e) = run_on(
            "اعتقلت قوات الأمن المالية زعيم حزب النهضة الوطني، هارون أداما، في باماكو.",
            &[MALI, PARTY, LEADER],
        );
        assert!(
            has_event(&e, "17", Some("مالي"), Some("هارون أداما")),
            "{}",
            show(&q, &e)
        );
        // Another person joined by و is someone else: the first title keeps its state.
        let (q, e) = run_on(
            "استقبل سامي ناصر السفير الأمريكي ونظيره السوداني كارلوس مينديز.",
            &[MINISTER, ENVOY, USA, SUDAN],
        );
        assert!(
            has_event(&e, "04", Some("سامي ناصر"), Some("الولايات المتحدة")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn a_partner_joined_to_the_subject_of_a_mutual_act_noun_is_its_target() {
        const CHAD: (&str, EntityType, Option<&str>, &[&str]) =
            ("تشاد", L, Some("TCD"), &["التشادية"]);
        const NIGER: (&str, EntityType, Option<&str>, &[&str]) =
            ("النيجر", L, Some("NER"), &["النيجرية"]);
        // The act is a noun after a verb of saying: the joined name is the other side.
        let (q, e) = run_on(
            "أعلنت تشاد والنيجر استئناف المحادثات الحدودية بعد قطيعة طويلة.",
            &[CHAD, NIGER],
        );
        assert!(
            has_event(&e, "04", Some("تشاد"), Some("النيجر")),
            "{}",
            show(&q, &e)
        );
        // "X ونظيرتها Y".
        let (q, e) = run_on(
            "أجرت القوات الجوية التشادية ونظيرتها النيجرية تدريبات مشتركة قرب الحدود.",
            &[CHAD, NIGER],
        );
        assert!(
            has_event(&e, "06", Some("تشاد"), Some("النيجر")),
            "{}",
            show(&q, &e)
        );
        // A name in another clause is no partner.
        let (q, e) = run_on(
            "زار وفد من النيجر العاصمة، وأعلنت تشاد استئناف المحادثات الحدودية.",
            &[CHAD, NIGER],
        );
        assert!(
            !has_event(&e, "04", Some("تشاد"), Some("النيجر")),
            "{}",
            show(&q, &e)
        );
    }

    // ---- session 11: event actors ----

    const KUWAIT: (&str, EntityType, Option<&str>, &[&str]) =
        ("الكويت", L, Some("KWT"), &["الكويتي", "الكويتية"]);
    const EMIRATES: (&str, EntityType, Option<&str>, &[&str]) =
        ("الإمارات", L, Some("ARE"), &["الإماراتي", "الإماراتية"]);
    const QATAR: (&str, EntityType, Option<&str>, &[&str]) =
        ("قطر", L, Some("QAT"), &["القطري", "القطرية"]);
    const TURKEY: (&str, EntityType, Option<&str>, &[&str]) =
        ("تركيا", L, Some("TUR"), &["التركي", "التركية"]);

    #[test]
    fn a_state_noun_before_a_country_s_name_is_part_of_the_name() {
        // The subject right after the verb.
        let (q, e) = run_on(
            "أدانت دولة الإمارات الهجوم الذي استهدف ناقلة نفط قبالة سواحلها.",
            &[EMIRATES],
        );
        assert!(
            has_event(&e, "11", Some("الإمارات"), None),
            "{}",
            show(&q, &e)
        );
        // Joined to a partner of a mutual act.
        let (q, e) = run_on(
            "وقعت دولة قطر وتركيا اتفاقية للتعاون الدفاعي في أنقرة.",
            &[QATAR, TURKEY],
        );
        assert!(
            has_event(&e, "05", Some("قطر"), Some("تركيا")),
            "{}",
            show(&q, &e)
        );
        // A title in construct with it stands for the state.
        let (q, e) = run_on(
            "استقبل أمير دولة الكويت وزير الخارجية الأردني في قصر بيان أمس.",
            &[KUWAIT, JORDAN],
        );
        assert!(
            has_event(&e, "04", Some("الكويت"), Some("الأردن")),
            "{}",
            show(&q, &e)
        );
        // After ب it is still what the verb takes, not where.
        let (q, e) = run_on(
            "اعترفت تركيا رسميا بدولة الكويت في رسالة إلى الأمم المتحدة.",
            &[KUWAIT, TURKEY],
        );
        assert!(
            has_event(&e, "05", Some("تركيا"), Some("الكويت")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn a_verb_after_a_comma_and_a_relative_pronoun_acts_for_the_antecedent() {
        let somalia: (&str, EntityType, Option<&str>, &[&str]) =
            ("الصومال", L, Some("SOM"), &["الصومالي", "الصومالية"]);
        let shabab: (&str, EntityType, Option<&str>, &[&str]) =
            ("حركة الشباب", O, Some("SOM"), &[]);
        let (q, e) = run_on(
            "قالت الشرطة إن حركة الشباب، التي هاجمت قاعدة للجيش الصومالي أمس، خسرت عشرة من مقاتليها.",
            &[somalia, shabab],
        );
        assert!(
            has_event(&e, "19", Some("حركة الشباب"), Some("الصومال")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn a_demand_in_a_participle_after_the_act_is_not_coded() {
        const JORDAN: (&str, EntityType, Option<&str>, &[&str]) =
            ("الأردن", L, Some("JOR"), &["الأردنية", "عمّان"]);
        // The condemnation is the event; what it asks for is not another.
        let (q, e) = run_on(
            "نددت الحكومة الأردنية بالغارات الإسرائيلية على القرى الحدودية، مطالبة إسرائيل بوقفها فورا.",
            &[JORDAN, ISRAEL],
        );
        assert!(
            has_event(&e, "11", Some("الأردن"), Some("إسرائيل")),
            "{}",
            show(&q, &e)
        );
        assert!(
            !e.iter().any(|e| e.code.starts_with("10")),
            "{}",
            show(&q, &e)
        );
        // An appeal tagged onto a protest.
        let (q, e) = run_on(
            "احتج مئات الطلاب أمام السفارة الإسرائيلية في عمّان، داعين الحكومة الأردنية إلى قطع العلاقات.",
            &[JORDAN, ISRAEL],
        );
        assert!(
            !e.iter().any(|e| e.code.starts_with("02")),
            "{}",
            show(&q, &e)
        );
        // A demand with no act before it is the event.
        let (q, e) = run_on(
            "طالبت الحكومة الأردنية إسرائيل بوقف الغارات على القرى الحدودية.",
            &[JORDAN, ISRAEL],
        );
        assert!(
            has_event(&e, "10", Some("الأردن"), Some("إسرائيل")),
            "{}",
            show(&q, &e)
        );
    }

    // ---- session 11: conventions every evaluation-set writer follows ----

    /// The CAMEO codes of the events found in `text`.
    fn codes_in(text: &str, ents: &[(&str, EntityType, Option<&str>, &[&str])]) -> Vec<String> {
        run_on(text, ents).1.into_iter().map(|e| e.code).collect()
    }

    #[test]
    fn an_intention_is_no_event() {
        for text in [
            "تعتزم فرنسا شن عملية عسكرية واسعة في شمال مالي.",
            "وينوي سامي ناصر زيارة مالي لبحث ملف الحدود.",
        ] {
            let codes = codes_in(text, &[MINISTER, MALI, FRANCE]);
            assert!(codes.is_empty(), "{text}: {codes:?}");
        }
        // The act itself is still coded.
        let codes = codes_in(
            "شنت فرنسا عملية عسكرية واسعة في شمال مالي.",
            &[MALI, FRANCE],
        );
        assert!(codes.iter().any(|c| c.starts_with("19")), "{codes:?}");
    }

    event_case!(
        agreeing_on_a_joint_measure_is_diplomatic_cooperation,
        "اتفقت مالي وفرنسا على تسيير دوريات مشتركة على الحدود.",
        [MALI, FRANCE],
        "050",
        Some("مالي"),
        Some("فرنسا"),
        false
    );
    event_case!(
        agreeing_to_keep_talking_is_an_intent_to_cooperate,
        "اتفقت مالي وفرنسا على مواصلة المحادثات الشهر المقبل.",
        [MALI, FRANCE],
        "030",
        Some("مالي"),
        Some("فرنسا"),
        false
    );
    #[test]
    fn talks_that_end_without_agreement_are_a_negated_05() {
        let (q, e) = run_on(
            "انتهت المحادثات بين مالي وفرنسا دون التوصل إلى اتفاق.",
            &[MALI, FRANCE],
        );
        assert!(
            e.iter().any(|e| e.code == "050" && e.negated)
                && !e.iter().any(|e| e.code.starts_with("03")),
            "{}",
            show(&q, &e)
        );
    }
    event_case!(
        an_official_protest_is_a_complaint,
        "قدمت مالي احتجاجا رسميا لدى فرنسا على تصريحات سفيرها.",
        [MALI, FRANCE],
        "114",
        Some("مالي"),
        Some("فرنسا"),
        false
    );
    event_case!(
        remains_handed_back_are_a_return,
        "أعادت مالي رفات جنود فرنسيين إلى فرنسا.",
        [MALI, FRANCE],
        "0841",
        Some("مالي"),
        Some("فرنسا"),
        false
    );
    event_case!(
        a_retaken_town_is_fighting_the_group_driven_out,
        "استعادت القوات المالية بلدة في الشمال من حركة الفجر.",
        [MALI, ("حركة الفجر", O, None, &[])],
        "190",
        Some("مالي"),
        Some("حركة الفجر"),
        false
    );
    event_case!(
        a_wanted_man_handed_over_is_judicial_cooperation,
        "سلمت فرنسا مالي مطلوبا في قضية تهريب.",
        [MALI, FRANCE],
        "063",
        Some("فرنسا"),
        Some("مالي"),
        false
    );
    event_case!(
        arms_given_are_aid,
        "قدمت فرنسا أسلحة وذخائر للقوات المالية.",
        [MALI, FRANCE],
        "070",
        Some("فرنسا"),
        Some("مالي"),
        false
    );
    event_case!(
        an_offer_to_mediate_is_an_offer,
        "عرضت فرنسا التوسط بين مالي والنيجر.",
        [MALI, FRANCE],
        "030",
        Some("فرنسا"),
        Some("مالي"),
        false
    );

    #[test]
    fn a_host_or_mediator_of_talks_meets_each_side() {
        let ents = [
            ("قطر", L, Some("QAT"), &["القطرية", "الدوحة"][..]),
            ("السودان", L, Some("SDN"), &["السودانية"][..]),
            ("جنوب السودان", L, Some("SSD"), &[][..]),
        ];
        for text in [
            "توسطت قطر بين السودان وجنوب السودان لتبادل الأسرى.",
            "استضافت الدوحة جولة محادثات بين السودان وجنوب السودان.",
        ] {
            let (q, e) = run_on(text, &ents);
            assert!(
                has_event(&e, "04", Some("قطر"), Some("السودان"))
                    && has_event(&e, "04", Some("قطر"), Some("جنوب السودان")),
                "{text}\n{}",
                show(&q, &e)
            );
        }
    }

    #[test]
    fn an_appeal_to_addressees_joined_by_and_goes_to_each() {
        let ents = [
            ("الجزائر", L, Some("DZA"), &["الجزائرية"][..]),
            ("مالي", L, Some("MLI"), &["المالية"][..]),
            ("النيجر", L, Some("NER"), &[][..]),
            ("حركة أزواد", O, Some("MLI"), &[][..]),
            ("فرنسا", L, Some("FRA"), &[][..]),
            ("ألمانيا", L, Some("DEU"), &[][..]),
            ("ليبيا", L, Some("LBY"), &[][..]),
        ];
        // A head noun between the two ("وحركة"), and a list of three.
        let (q, e) = run_on(
            "حثت الجزائر الحكومة المالية وحركة أزواد على العودة إلى طاولة الحوار.",
            &ents,
        );
        assert!(
            has_event(&e, "02", Some("الجزائر"), Some("مالي"))
                && has_event(&e, "02", Some("الجزائر"), Some("حركة أزواد")),
            "{}",
            show(&q, &e)
        );
        let (q, e) = run_on(
            "ناشدت الجزائر كلا من مالي والنيجر وليبيا ضبط الحدود المشتركة.",
            &ents,
        );
        for t in ["مالي", "النيجر", "ليبيا"] {
            assert!(
                has_event(&e, "02", Some("الجزائر"), Some(t)),
                "{t}\n{}",
                show(&q, &e)
            );
        }
        // The signatories of a joint call are no addressees.
        let (q, e) = run_on(
            "حثت فرنسا وألمانيا، في بيان مشترك، ليبيا على إجراء الانتخابات.",
            &ents,
        );
        assert!(
            !has_event(&e, "02", Some("فرنسا"), Some("ألمانيا")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn an_offer_to_mediate_between_two_sides_goes_to_each() {
        let ents = [
            ("الجزائر", L, Some("DZA"), &[][..]),
            ("مالي", L, Some("MLI"), &[][..]),
            ("النيجر", L, Some("NER"), &[][..]),
        ];
        let (q, e) = run_on(
            "أبدت الجزائر استعدادها للتوسط بين مالي والنيجر في خلافهما الحدودي.",
            &ents,
        );
        assert!(
            has_event(&e, "03", Some("الجزائر"), Some("مالي"))
                && has_event(&e, "03", Some("الجزائر"), Some("النيجر")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn mediators_joined_by_and_each_mediate() {
        let ents = [
            ("الولايات المتحدة", L, Some("USA"), &[][..]),
            ("الصين", L, Some("CHN"), &[][..]),
            ("باكستان", L, Some("PAK"), &[][..]),
            ("الهند", L, Some("IND"), &[][..]),
            ("بنغلاديش", L, Some("BGD"), &[][..]),
        ];
        let (q, e) = run_on(
            "وبرعاية الولايات المتحدة والصين، انطلقت في جنيف محادثات بين الهند وبنغلاديش حول المياه.",
            &ents,
        );
        for m in ["الولايات المتحدة", "الصين"] {
            for side in ["الهند", "بنغلاديش"] {
                assert!(
                    has_event(&e, "04", Some(m), Some(side)),
                    "{m} {side}\n{}",
                    show(&q, &e)
                );
            }
        }
    }

    // ---- session 11 (E8): conventions, second part ----

    #[test]
    fn agreeing_to_extend_talks_is_an_intent_to_keep_talking() {
        const SUDAN: (&str, EntityType, Option<&str>, &[&str]) =
            ("السودان", L, Some("SDN"), &["الخرطوم", "السوداني"]);
        const EGYPT_: (&str, EntityType, Option<&str>, &[&str]) =
            ("مصر", L, Some("EGY"), &["القاهرة", "المصري"]);
        let (q, e) = run_on(
            "اتفقت القاهرة والخرطوم على تمديد مهلة المفاوضات بينهما أسبوعين آخرين.",
            &[EGYPT_, SUDAN],
        );
        assert!(
            e.iter().any(|e| e.code.starts_with("03")),
            "{}",
            show(&q, &e)
        );
        assert!(
            !e.iter().any(|e| e.code.starts_with("05")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn a_person_after_a_body_with_no_title_is_the_object() {
        let ents = [
            ("الشمال", L, Some("NTH"), &["الشمالية", "الشمالي"][..]),
            ("كريم سالم", P, None, &[][..]),
            ("نادر فهمي", P, None, &[][..]),
            ("جيش الشمال", O, Some("NTH"), &[][..]),
        ];
        // A force with its nationality, then the ones it arrested.
        let (q, e) = run_on(
            "وأوقفت الشرطة الشمالية أمس كريم سالم ونادر فهمي عند معبر حدودي.",
            &ents,
        );
        assert!(
            has_event(&e, "17", Some("الشمال"), Some("كريم سالم")),
            "{}",
            show(&q, &e)
        );
        assert!(
            !e.iter().any(|e| e.source.as_deref() == Some("كريم سالم")),
            "{}",
            show(&q, &e)
        );
        let (q, e) = run_on("واعتقل جيش الشمال نادر فهمي في قرية نائية.", &ents);
        assert!(
            has_event(&e, "17", Some("جيش الشمال"), Some("نادر فهمي")),
            "{}",
            show(&q, &e)
        );
        // A title before the name makes the person its holder, and the subject.
        let (q, e) = run_on(
            "واستقبل وزير الخارجية الشمالي كريم سالم السفير نادر فهمي.",
            &ents,
        );
        assert!(
            e.iter().any(|e| e.source.as_deref() == Some("كريم سالم")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn the_force_behind_its_craft_in_construct_is_the_subject() {
        let ents = [
            ("تحالف الجنوب", O, None, &[][..]),
            ("جبهة الوادي", O, None, &[][..]),
        ];
        let (q, e) = run_on(
            "ودمر طيران تحالف الجنوب مخزنا للأسلحة تابعا لجبهة الوادي.",
            &ents,
        );
        assert!(
            e.iter()
                .any(|e| e.code.starts_with("19") && e.source.as_deref() == Some("تحالف الجنوب")),
            "{}",
            show(&q, &e)
        );
        assert!(
            !e.iter()
                .any(|e| e.target.as_deref() == Some("تحالف الجنوب")),
            "{}",
            show(&q, &e)
        );
    }
    #[test]
    fn members_of_a_body_after_an_are_the_subject_not_the_reporter() {
        let ents = [
            ("الشمال", L, Some("NTH"), &["الشمالية"][..]),
            ("جبهة الوادي", O, None, &[][..]),
        ];
        let (q, e) = run_on(
            "وذكرت وزارة الدفاع الشمالية في بيان أن مسلحين من جبهة الوادي اقتحموا موقعا حدوديا.",
            &ents,
        );
        assert!(
            e.iter()
                .any(|e| e.code.starts_with("19") && e.source.as_deref() == Some("جبهة الوادي")),
            "{}",
            show(&q, &e)
        );
    }

    // ---- session 13: missed events ----

    #[test]
    fn coordination_with_a_coalition_or_in_a_coordinated_operation_is_06() {
        const COALITION: (&str, EntityType, Option<&str>, &[&str]) =
            ("التحالف الدولي", O, None, &[]);
        const UNION: (&str, EntityType, Option<&str>, &[&str]) = ("الاتحاد الأفريقي", O, None, &[]);
        // Backing by a coalition with no country of its own: 06 from it toward the doer.
        let (q, e) = run_on(
            "شنت القوات المالية، بإسناد جوي من طيران التحالف الدولي، هجوما على مواقع المسلحين.",
            &[MALI, COALITION],
        );
        assert!(
            has_event(&e, "06", Some("التحالف الدولي"), Some("مالي")),
            "{}",
            show(&q, &e)
        );
        // An operation coordinated with a partner: 06 from the doer toward it.
        let (q, e) = run_on(
            "فككت الشرطة المالية، في عملية منسقة مع نظيرتها الفرنسية، شبكة لتهريب السلاح.",
            &[MALI, FRANCE],
        );
        assert!(
            has_event(&e, "06", Some("مالي"), Some("فرنسا")),
            "{}",
            show(&q, &e)
        );
        // Two bodies with no country, or two of one state, are no pair.
        for (text, ents) in [
            (
                "أرسل التحالف الدولي، بالتنسيق مع الاتحاد الأفريقي، فريقا من الخبراء.",
                [COALITION, UNION],
            ),
            (
                "نفذت الشرطة المالية، بالتنسيق مع وزارة الدفاع المالية، حملة اعتقالات في باماكو.",
                [MALI, UNION],
            ),
        ] {
            let (q, e) = run_on(text, &ents);
            assert!(
                !e.iter().any(|e| e.code.starts_with("06")),
                "{}",
                show(&q, &e)
            );
        }
    }

    #[test]
    fn blame_laid_on_someone_is_11_also_past_a_long_aside() {
        const FRONT: (&str, EntityType, Option<&str>, &[&str]) = ("جبهة الوادي", O, None, &[]);
        let cases = [
            "وألقت الحكومة المالية باللائمة على جبهة الوادي في الهجوم على القافلة.",
            "وألقت السلطات المالية بمسؤوليته على جبهة الوادي.",
            "وحمّل وزير الداخلية المالي، في تصريح نقلته وكالة الأنباء الرسمية مساء الأحد، جبهة الوادي المسؤولية الكاملة عن الهجوم.",
        ];
        for text in cases {
            let (q, e) = run_on(text, &[MALI, FRONT]);
            assert!(
                e.iter().any(|e| e.code.starts_with("11")
                    && e.target.as_deref() == Some("جبهة الوادي")),
                "{}",
                show(&q, &e)
            );
        }
        // A speech is no blame; bearing one's own responsibility neither.
        for text in [
            "وألقى وزير الداخلية المالي كلمة في حفل تخريج دفعة من الشرطة.",
            "ودعت الحكومة المالية المجتمع الدولي إلى تحمل مسؤولياته تجاه جبهة الوادي.",
        ] {
            let (q, e) = run_on(text, &[MALI, FRONT]);
            assert!(
                !e.iter().any(|e| e.code.starts_with("112")),
                "{}",
                show(&q, &e)
            );
        }
    }

    #[test]
    fn an_act_announced_past_a_short_comma_aside_is_that_act() {
        let cases = [
            "أعلنت وزارة الداخلية المالية، الأربعاء، توقيف خمسة أشخاص في باماكو.",
            "وأعلنت الحكومة المالية، في كلمة متلفزة، ترحيل عشرين أجنبيا.",
            // A second object joined by و, past the first object's words.
            "وأعلنت الحكومة المالية، الأربعاء، إحباط مخطط انقلابي وتوقيف عدد من الضباط.",
        ];
        for text in cases {
            let (q, e) = run_on(text, &[MALI]);
            assert!(
                e.iter()
                    .any(|e| e.code.starts_with("17") && e.source.as_deref() == Some("مالي")),
                "{}",
                show(&q, &e)
            );
        }
        // An aside that tells something of its own (a trigger, a complementizer) still ends
        // the announcement.
        let (q, e) = run_on(
            "وأعلنت وزارة الداخلية المالية، بعد اجتماع طارئ، توقيف خمسة أشخاص.",
            &[MALI],
        );
        assert!(
            !e.iter().any(|e| e.code.starts_with("17")),
            "{}",
            show(&q, &e)
        );
    }

    // ---- session 14: missed events ----

    #[test]
    fn a_court_sentence_is_11_toward_the_group_served_or_the_named_convict() {
        const MAURITANIA: (&str, EntityType, Option<&str>, &[&str]) = (
            "موريتانيا",
            L,
            Some("MRT"),
            &["الموريتانية", "موريتانية", "نواكشوط"],
        );
        const DAWN: (&str, EntityType, Option<&str>, &[&str]) = ("حركة الفجر الجديد", O, None, &[]);
        const SENEGAL: (&str, EntityType, Option<&str>, &[&str]) =
            ("السنغال", L, Some("SEN"), &["السنغالية"]);
        const OPPONENT: (&str, EntityType, Option<&str>, &[&str]) =
            ("سيدي ولد المختار", P, Some("MRT"), &[]);
        let cases = [
            // The group named after the convicts' belonging, past their number and term.
            (
                "قضت محكمة الجنايات الموريتانية بسجن خمسة متهمين عشر سنوات لانتمائهم إلى حركة الفجر الجديد.",
                "حركة الفجر الجديد",
            ),
            (
                "أصدرت محكمة موريتانية، الخميس، أحكاما بالسجن على سبعة شبان بعد إدانتهم بالانتماء إلى خلية مرتبطة بحركة الفجر الجديد.",
                "حركة الفجر الجديد",
            ),
            (
                "حكمت محكمة موريتانية على أربعة رجال بالسجن بعد أن أدانتهم بالولاء لحركة الفجر الجديد.",
                "حركة الفجر الجديد",
            ),
            (
                "قضت محكمة الاستئناف في نواكشوط، مساء الأحد، بسجن المعارض سيدي ولد المختار خمس سنوات.",
                "سيدي ولد المختار",
            ),
            // The state they spied for.
            (
                "قضت محكمة في نواكشوط بإعدام رجلين أدينا بالتجسس لصالح السنغال.",
                "السنغال",
            ),
            // A named convict.
            (
                "حكمت محكمة الاستئناف في نواكشوط على المعارض سيدي ولد المختار بالسجن ثلاث سنوات.",
                "سيدي ولد المختار",
            ),
        ];
        for (text, target) in cases {
            let (q, e) = run_on(text, &[MAURITANIA, DAWN, SENEGAL, OPPONENT]);
            assert!(
                has_event(&e, "11", Some("موريتانيا"), Some(target)),
                "{}",
                show(&q, &e)
            );
            // The prison term is no second act of coercion.
            assert!(
                !e.iter().any(|e| e.code.starts_with("17")),
                "{}",
                show(&q, &e)
            );
        }
        // A court of no state named: the convict is not its source.
        let (q, e) = run_on(
            "قضت محكمة غيابيا بسجن المعارض سيدي ولد المختار خمس سنوات.",
            &[MAURITANIA, OPPONENT],
        );
        assert!(
            has_event(&e, "11", None, Some("سيدي ولد المختار")),
            "{}",
            show(&q, &e)
        );
        // Sentenced people with no name and no group: no target (not a place named later).
        let (q, e) = run_on(
            "قضت محكمة موريتانية بسجن ستة متهمين لإدانتهم في قضية اقتحام مقر في نواكشوط.",
            &[MAURITANIA],
        );
        assert!(
            has_event(&e, "11", Some("موريتانيا"), None),
            "{}",
            show(&q, &e)
        );
        // Nor a state named in the charge.
        let (q, e) = run_on(
            "قضت محكمة موريتانية بسجن ستة متهمين بتهمة تهريب أسلحة إلى السنغال.",
            &[MAURITANIA, SENEGAL],
        );
        assert!(
            has_event(&e, "11", Some("موريتانيا"), None),
            "{}",
            show(&q, &e)
        );
        // Nor the actor of an act told before: a sentence is no reaction to it.
        let (q, e) = run_on(
            "هاجمت حركة الفجر الجديد مركزا للشرطة في نواكشوط. وقضت محكمة موريتانية بسجن ستة متهمين في هذا الهجوم.",
            &[MAURITANIA, DAWN],
        );
        assert!(
            has_event(&e, "11", Some("موريتانيا"), None),
            "{}",
            show(&q, &e)
        );
        // A sentence being served was passed before: no act.
        let (q, e) = run_on(
            "أفرجت السلطات الموريتانية عن عشرة ناشطين كانوا يقضون أحكاما بالسجن في نواكشوط.",
            &[MAURITANIA],
        );
        assert!(
            !e.iter().any(|e| e.code.starts_with("11")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn troops_arriving_within_a_peacekeeping_mission_protect_the_host() {
        const SOMALIA: (&str, EntityType, Option<&str>, &[&str]) =
            ("الصومال", L, Some("SOM"), &["مقديشو", "الصومالية"]);
        const GHANA: (&str, EntityType, Option<&str>, &[&str]) =
            ("غانا", L, Some("GHA"), &["الغانية", "الغاني"]);
        for text in [
            "وصلت إلى مقديشو، الخميس، الدفعة الثانية من القوات الغانية المشاركة في بعثة حفظ السلام.",
            "وصلت طلائع القوات الغانية إلى مقديشو ضمن بعثة الاتحاد الأفريقي.",
        ] {
            let (q, e) = run_on(text, &[SOMALIA, GHANA]);
            assert!(
                has_event(&e, "074", Some("غانا"), Some("الصومال")),
                "{}",
                show(&q, &e)
            );
            assert!(
                !e.iter().any(|e| e.code.starts_with("04")),
                "{}",
                show(&q, &e)
            );
        }
        // With no mission named, an arrival is a visit.
        let (q, e) = run_on(
            "وصل إلى مقديشو وفد من وزارة الخارجية الغانية.",
            &[SOMALIA, GHANA],
        );
        assert!(
            !e.iter().any(|e| e.code.starts_with("074")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn a_dateline_amman_is_jordan_s() {
        // A dateline names a city: عمان before the dash is Amman, not Oman.
        let oman = ("عمان", L, Some("OMN"), &["عمّان", "العمانية"][..]);
        let jordan = ("الأردن", L, Some("JOR"), &["الأردنية"][..]);
        for text in [
            "عمان - أعلنت وزارة الداخلية أنها أوقفت خمسة مطلوبين قرب الحدود الشمالية.\n\nوتستعد الأردن لموسم سياحي جديد.",
            "عمّان (رويترز) - أعلنت وزارة الداخلية أنها أوقفت خمسة مطلوبين قرب الحدود الشمالية.\n\nوتستعد الأردن لموسم سياحي جديد.",
        ] {
            let (q, e) = run_on(text, &[oman, jordan]);
            assert!(
                q.len() == 1 && q.iter().all(|q| q.speaker.as_deref() == Some("الأردن")),
                "{}",
                show(&q, &e)
            );
            // Without Jordan on the page, nobody (not Oman).
            let (q, e) = run_on(text, &[oman]);
            assert!(q.iter().all(|q| q.speaker.is_none()), "{}", show(&q, &e));
        }
    }

    #[test]
    fn a_medium_spoken_to_is_not_the_speaker() {
        // A medium behind ل right after the speech verb is whom the speaker told: the speaker
        // is the person named before (or the last speaker).
        let agency = ("وكالة الأنباء الوطنية", O, None, &[][..]);
        let paper = ("الصباح", O, None, &[][..]);
        let minister = ("كريم منصور", P, None, &["منصور"][..]);
        for (text, who) in [
            ("افتتح وزير النقل كريم منصور الميناء الجديد أمس، وقال لوكالة الأنباء الوطنية إن الميناء سيستقبل السفن الشهر المقبل.", Some("كريم منصور")),
            ("زار وزير النقل كريم منصور الميناء الجديد أمس.\n\nوأضاف لـ«الصباح» أن الميناء سيفتح أبوابه الشهر المقبل.", Some("كريم منصور")),
        ] {
            let (q, e) = run_on(text, &[agency, paper, minister]);
            assert!(
                !q.is_empty() && q.iter().all(|q| q.speaker.as_deref() == who),
                "{}",
                show(&q, &e)
            );
        }
        // The medium that reports is still the speaker.
        let (q, e) = run_on(
            "وذكرت وكالة الأنباء الوطنية أن الميناء سيفتح أبوابه الشهر المقبل.",
            &[agency],
        );
        assert!(
            q.iter()
                .any(|q| q.speaker.as_deref() == Some("وكالة الأنباء الوطنية")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn a_name_in_marks_right_after_a_report_verb_is_no_quote() {
        // The clause goes on after the marks: they name the verb's subject.
        for text in [
            "وبحسب ما ذكرت \"ذا ويكلي ستار\" التي رأت أن المدرب سيرحل في الصيف.",
            "وكشفت «شبكة النور للإغاثة» في بيان عن نقص حاد في الأدوية.",
        ] {
            let (q, e) = run_on(text, &[]);
            assert!(
                q.iter()
                    .all(|q| q.text != "ذا ويكلي ستار" && q.text != "شبكة النور للإغاثة"),
                "{}",
                show(&q, &e)
            );
        }
        // Words in marks that end the clause are what was said.
        let (q, e) = run_on("وقال «لن نتراجع أبدا». ثم غادر القاعة.", &[]);
        assert!(
            q.iter().any(|q| q.text == "لن نتراجع أبدا"),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn a_medium_told_after_whoever_spoke_is_not_the_speaker() {
        let agency = ("وكالة الأنباء الوطنية", O, None, &[][..]);
        let paper = ("صحيفة الصباح", O, None, &[][..]);
        let minister = ("كريم منصور", P, None, &["منصور"][..]);
        // A title or a nameless source before the medium: the medium is whom they told.
        for (text, who) in [
            (
                "وقال السفير لوكالة الأنباء الوطنية إن المعرض سيفتتح الشهر المقبل.",
                None,
            ),
            (
                "وقال أحد المقربين منه لصحيفة الصباح إن اللاعب سيعود إلى التدريبات قريبا.",
                None,
            ),
            (
                "وقال وزير النقل كريم منصور لوكالة الأنباء الوطنية إن الميناء سيفتح الشهر المقبل.",
                Some("كريم منصور"),
            ),
        ] {
            let (q, e) = run_on(text, &[agency, paper, minister]);
            assert!(
                !q.is_empty() && q.iter().all(|q| q.speaker.as_deref() == who),
                "{}",
                show(&q, &e)
            );
        }
        // The head of a state's agency named with ل speaks for it.
        let agency_body = ("وكالة الطاقة الدولية", O, None, &[][..]);
        let (q, e) = run_on(
            "وقال المدير العام لوكالة الطاقة الدولية إن الطلب على النفط سيرتفع.",
            &[agency_body],
        );
        assert!(
            q.iter()
                .all(|q| q.speaker.as_deref() == Some("وكالة الطاقة الدولية")),
            "{}",
            show(&q, &e)
        );
        // The medium's own report still speaks.
        let (q, e) = run_on(
            "وأظهر تقرير لوكالة الأنباء الوطنية أن الصادرات ارتفعت هذا العام.",
            &[agency],
        );
        assert!(
            q.iter()
                .all(|q| q.speaker.as_deref() == Some("وكالة الأنباء الوطنية")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn a_title_in_construct_with_a_state_s_body_speaks_for_the_state() {
        // The head of a body named with a nationality, the body in two words: the state.
        let oman = ("عمان", L, Some("OMN"), &["العماني", "العمانية"][..]);
        for text in [
            "وقال رئيس مجلس الشورى العماني إن المجلس سيناقش الموازنة الجديدة الأسبوع المقبل.",
            "وأكد رئيس هيئة الأركان العمانية أن التدريبات المشتركة ستستمر حتى نهاية الشهر.",
        ] {
            let (q, e) = run_on(text, &[oman]);
            assert!(
                q.len() == 1 && q.iter().all(|q| q.speaker.as_deref() == Some("عمان")),
                "{}",
                show(&q, &e)
            );
        }
        // A generic title stays a nameless source.
        let (q, e) = run_on(
            "وقال مسؤول وزارة الزراعة العمانية إن المحصول تضرر من الجفاف هذا العام.",
            &[oman],
        );
        assert!(q.iter().all(|q| q.speaker.is_none()), "{}", show(&q, &e));
    }

    #[test]
    fn long_marks_right_after_a_word_name_a_thing_and_are_no_quote() {
        // Marks completing the writer's own sentence: a proposal, a stance's object.
        for text in [
            "وناقش المجتمعون في الجلسة الختامية مقترح «إنشاء صندوق إقليمي مشترك لدعم المزارعين في المناطق الجافة» دون التوصل إلى قرار.",
            "وجدد الوفد رفض حكومته «أي تدخل خارجي في الشؤون الداخلية للبلاد تحت أي ذريعة كانت» خلال اللقاء.",
        ] {
            let (q, e) = run_on(text, &[]);
            assert!(q.is_empty(), "{}", show(&q, &e));
        }
        // A long passage standing as its own sentence is still a quote with no speaker.
        let (q, e) = run_on(
            "«لن نغادر هذه الأرض مهما طال الانتظار وسنبقى نزرعها كما زرعها أجدادنا من قبل». وتتواصل الاستعدادات لموسم الحصاد في القرية.",
            &[],
        );
        assert_eq!(q.len(), 1, "{}", show(&q, &e));
    }

    #[test]
    fn a_credited_clause_does_not_begin_with_the_dateline() {
        let fishers = ("نقابة الصيادين", O, Some("MRT"), &[][..]);
        for text in [
            "نواذيبو - احتجز خفر السواحل ثلاثة قوارب صيد أجنبية قبالة الساحل الشمالي، وفق بيان لنقابة الصيادين.",
            "نواذيبو (أ ف ب) - احتجز خفر السواحل ثلاثة قوارب صيد أجنبية قبالة الساحل الشمالي، بحسب نقابة الصيادين.",
        ] {
            let (q, e) = run_on(text, &[fishers]);
            assert!(
                q.iter().any(|q| q.text.starts_with("احتجز خفر السواحل")),
                "{}",
                show(&q, &e)
            );
        }
    }

    #[test]
    fn zada_before_a_colon_or_marks_goes_on_with_the_speaker_s_words() {
        let nasser = ("سامي ناصر", P, Some("MRT"), &["ناصر"][..]);
        for text in [
            "وقال سامي ناصر إن الوزارة ستراجع الاتفاق مع الشركاء. وزاد: «لن نقبل بأي تسوية لا تحفظ حقوق الصيادين في المنطقة».",
            "وقال سامي ناصر إن الوزارة ستراجع الاتفاق مع الشركاء. وزاد \"لن نقبل بأي تسوية لا تحفظ حقوق الصيادين في المنطقة\".",
        ] {
            let (q, e) = run_on(text, &[nasser]);
            assert!(
                q.iter().any(|q| q.text.contains("تسوية") && q.speaker.is_some()),
                "{}",
                show(&q, &e)
            );
        }
        // Elsewhere زاد is "increased", no speech verb.
        let (q, e) = run_on(
            "وقال سامي ناصر إن الوزارة ستراجع الاتفاق مع الشركاء. وزاد عدد الصيادين في المنطقة هذا العام.",
            &[nasser],
        );
        assert_eq!(q.len(), 1, "{}", show(&q, &e));
    }

    #[test]
    fn a_description_s_bian_after_a_speech_verb_is_no_quote() {
        let nasser = ("سامي ناصر", P, Some("MRT"), &["ناصر"][..]);
        // A participle of describing between the speech verb and بأن: its object is
        // characterized, nobody is quoted; the speaker's own أن after it is still a quote.
        for text in [
            "وردّ وزير الصيد الموريتاني، سامي ناصر، واصفا التقرير بأنه «افتراء لا أساس له من الصحة»، مؤكدا أن الوزارة ستنشر أرقامها كاملة.",
            "وعلّق سامي ناصر على القرار أمس، واصفة إياه بأنه \"خطوة متسرعة لم تدرس عواقبها\"، مؤكدا أن الوزارة ستنشر أرقامها كاملة.",
        ] {
            let (q, e) = run_on(text, &[nasser]);
            assert!(
                !q.iter().any(|q| q.text.contains("عواقبها") || q.text.contains("افتراء")),
                "{}",
                show(&q, &e)
            );
            assert!(
                q.iter().any(|q| q.text.contains("ستنشر أرقامها")),
                "{}",
                show(&q, &e)
            );
        }
        // Without the describing word the بأن is the speech verb's.
        let (q, e) = run_on(
            "وردّ سامي ناصر بأن التقرير «افتراء لا أساس له من الصحة».",
            &[nasser],
        );
        assert!(
            q.iter().any(|q| q.text.contains("افتراء")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn a_state_s_own_body_with_no_entity_speaks_for_the_state() {
        let mauritania = (
            "موريتانيا",
            L,
            Some("MRT"),
            &["نواكشوط", "الموريتانية", "الموريتاني"][..],
        );
        let canada = ("كندا", L, Some("CAN"), &["الكندية", "الكندي"][..]);
        let cases = [
            // The nationality closes the body's phrase past the attribution's words.
            (
                "وقالت قوات الأمن الوطني الموريتانية إنها أوقفت عشرين مهربا قرب الحدود الشمالية.",
                mauritania,
            ),
            // A credit after the clause, the state given by the dateline.
            (
                "نواكشوط - أحبطت وحدات الجيش محاولة تهريب كمية كبيرة من المخدرات قرب الحدود الشمالية، بحسب بيان لقيادة الأركان.",
                mauritania,
            ),
            // The head alone points back to the body named with its nationality.
            (
                "نفذت القيادة العسكرية الكندية في القطب الشمالي تمرينا واسعا. وأوضحت القيادة في بيان أن التمرين شمل ألف جندي.",
                canada,
            ),
        ];
        for (text, state) in cases {
            let (q, e) = run_on(text, &[state]);
            let state = Some(state.0);
            assert!(
                q.len() == 1 && q.iter().all(|q| q.speaker.as_deref() == state),
                "{}",
                show(&q, &e)
            );
        }
        // A defendant's lawyers, local authorities and a former minister speak for no state.
        for text in [
            "نواكشوط - وقال الدفاع عن المتهم إن الحكم قاس وإنه سيستأنف أمام المحكمة العليا.",
            "نواكشوط - تضررت عشرات المنازل من السيول في الأحياء الجنوبية، بحسب السلطات المحلية.",
            "نواكشوط - وقال وزير سابق إن الحكومة تأخرت في إصلاح الطرق المتضررة من السيول.",
        ] {
            let (q, e) = run_on(text, &[mauritania]);
            assert!(q.iter().all(|q| q.speaker.is_none()), "{}", show(&q, &e));
        }
    }

    #[test]
    fn an_aid_convoy_goes_to_the_state_of_its_destination() {
        const SUDAN: (&str, EntityType, Option<&str>, &[&str]) =
            ("السودان", L, Some("SDN"), &["الفاشر", "السودانية"]);
        const AGENCY: (&str, EntityType, Option<&str>, &[&str]) =
            ("منظمة الغذاء للجميع", O, None, &["المنظمة"]);
        const REBELS: (&str, EntityType, Option<&str>, &[&str]) =
            ("جبهة التحرير الشمالية", O, Some("SDN"), &[]);
        let (q, e) = run_on(
            "وصلت إلى مدينة الفاشر، التي تحاصرها جبهة التحرير الشمالية، قافلة من عشرين شاحنة محملة بالأغذية أرسلتها منظمة الغذاء للجميع.",
            &[SUDAN, AGENCY, REBELS],
        );
        assert!(
            has_event(&e, "07", Some("منظمة الغذاء للجميع"), Some("السودان")),
            "{}",
            show(&q, &e)
        );
        // A town that is an entity of its own: the state named after it receives the aid.
        let mopti = ("موبتي", L, Some("MLI"), &[][..]);
        let mali = ("مالي", L, Some("MLI"), &["جمهورية مالي"][..]);
        let (q, e) = run_on(
            "وصلت طائرة المساعدات الفرنسية إلى موبتي بجمهورية مالي، وعلى متنها أدوية وخيام.",
            &[mopti, mali, FRANCE],
        );
        assert!(
            has_event(&e, "07", Some("فرنسا"), Some("مالي")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn handing_over_a_base_or_boats_and_lifting_sanctions_are_coded() {
        let ghana = ("غانا", L, Some("GHA"), &["الغاني", "الغانية"][..]);
        let cases = [
            (
                "سلّمت فرنسا، الأربعاء، آخر قاعدة عسكرية لها في غانا إلى الجيش الغاني.",
                "08",
            ),
            (
                "وسلّمت فرنسا البحرية الغانية أربعة زوارق سريعة لمراقبة السواحل.",
                "07",
            ),
            (
                "رفعت فرنسا القيود التجارية المفروضة على غانا منذ عامين.",
                "08",
            ),
        ];
        for (text, root) in cases {
            let (q, e) = run_on(text, &[FRANCE, ghana]);
            assert!(
                has_event(&e, root, Some("فرنسا"), Some("غانا")),
                "{}",
                show(&q, &e)
            );
        }
    }

    #[test]
    fn ending_a_cooperation_deal_and_handing_over_remains_are_coded() {
        // Session 19 lexicon entries: a cooperation agreement ended (160), remains handed over
        // (0841). (The object may carry a clitic, so "أنهت … دورة بالتعاون مع" would fire too: no
        // such sentence in SaudiNewsNet 0-17,999.)
        let ghana = ("غانا", L, Some("GHA"), &["الغاني", "الغانية", "أكرا"][..]);
        let cases = [
            (
                "أنهت فرنسا العمل باتفاق التعاون العسكري الموقع مع غانا قبل عقد.",
                "16",
            ),
            ("وسلّمت فرنسا غانا رفات ثلاثة جنود فقدوا في الحرب.", "08"),
        ];
        for (text, root) in cases {
            let (q, e) = run_on(text, &[FRANCE, ghana]);
            assert!(
                has_event(&e, root, Some("فرنسا"), Some("غانا")),
                "{text}\n{}",
                show(&q, &e)
            );
        }
    }

    #[test]
    fn opening_or_reopening_an_embassy_is_diplomatic_cooperation() {
        let ghana = ("غانا", L, Some("GHA"), &["الغاني", "الغانية", "أكرا"][..]);
        for text in [
            "وقررت فرنسا إعادة فتح سفارتها في غانا بعد إغلاق دام عامين.",
            "وقررت فرنسا فتح قنصلية جديدة في غانا لتسهيل معاملات الطلاب.",
            "فتحت فرنسا سفارة جديدة في غانا.",
        ] {
            // (The state after في is a place to the engine: the target may be none.)
            let (q, e) = run_on(text, &[FRANCE, ghana]);
            assert!(
                e.iter()
                    .any(|e| e.code.starts_with("05") && e.source.as_deref() == Some("فرنسا")),
                "{text}\n{}",
                show(&q, &e)
            );
        }
    }

    #[test]
    fn marks_that_open_a_reported_clause_which_goes_on_quote_the_whole_clause() {
        let body = ("هيئة السلامة البحرية", O, None, &["الهيئة"][..]);
        let (q, e) = run_on(
            "وقالت الهيئة في بيان إنها «تنظر بقلق شديد» إلى تزايد حوادث الغرق قرب الشواطئ الشمالية.",
            &[body],
        );
        assert!(
            q.len() == 1
                && q.iter()
                    .all(|q| q.speaker.as_deref() == Some("هيئة السلامة البحرية")
                        && q.text.contains("تنظر بقلق شديد")
                        && q.text.contains("حوادث الغرق")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn an_authority_with_a_nationality_and_no_entity_speaks_for_the_state() {
        let canada = ("كندا", L, Some("CAN"), &["الكندية", "الكندي"][..]);
        for text in [
            "أفادت هيئة السلامة البحرية الكندية بأن سفينة شحن جنحت قرب الساحل الشرقي.",
            "أوتاوا - أعلنت الهيئة العامة للإحصاء الكندية أن معدل البطالة تراجع في الربع الأخير.",
        ] {
            let (q, e) = run_on(text, &[canada]);
            assert!(
                q.len() == 1 && q[0].speaker.as_deref() == Some("كندا"),
                "{text}\n{}",
                show(&q, &e)
            );
        }
        // Without a nationality it speaks for no state, not even the dateline's.
        let text = "أوتاوا - أعلنت الهيئة العامة للإحصاء أن معدل البطالة تراجع في الربع الأخير.";
        let (q, e) = run_on(text, &[canada]);
        assert!(q.iter().all(|q| q.speaker.is_none()), "{}", show(&q, &e));
    }

    #[test]
    fn a_title_closed_by_an_organization_nisba_is_the_organization() {
        let eu = ("الاتحاد الأوروبي", O, None, &["الأوروبية", "الأوروبي"][..]);
        let text = "وقالت المفوضة العليا للشؤون الخارجية الأوروبية إن العقوبات الجديدة ستدخل \
                    حيز التنفيذ الشهر المقبل.";
        let q = said(text, &[eu]);
        assert!(
            q.len() == 1 && q[0].0.as_deref() == Some("الاتحاد الأوروبي"),
            "{text}: {q:?}"
        );
        // Without the nisba the title names no one.
        let text = "وقالت المفوضة العليا للشؤون الخارجية إن العقوبات الجديدة ستدخل حيز التنفيذ \
                    الشهر المقبل.";
        let q = said(text, &[eu]);
        assert!(q.len() == 1 && q[0].0.is_none(), "{text}: {q:?}");
    }

    #[test]
    fn a_credit_to_an_unnamed_member_or_witness_of_a_body_names_no_one() {
        let msf = (
            "أطباء بلا حدود",
            O,
            None,
            &["منظمة أطباء بلا حدود", "المنظمة"][..],
        );
        for text in [
            "أغلقت منظمة أطباء بلا حدود عيادتها الوحيدة في البلدة الجبلية الشهر الماضي، وفق ما أفاد به موظف في المنظمة.",
            "أحرق مسلحون عشرات المنازل في قرية نائية شمال البلاد، بحسب شهادات سكان جمعتها منظمة أطباء بلا حدود.",
        ] {
            let q = said(text, &[msf]);
            assert!(
                q.len() == 1 && q[0].0.is_none(),
                "{text}: {q:?}"
            );
        }
        // The body itself, credited, speaks.
        let text = "أغلقت المنظمة عيادتها الوحيدة في البلدة الجبلية الشهر الماضي، وفق ما أفادت به منظمة أطباء بلا حدود.";
        let q = said(text, &[msf]);
        assert!(
            q.len() == 1 && q[0].0.as_deref() == Some("أطباء بلا حدود"),
            "{text}: {q:?}"
        );
    }

    #[test]
    fn a_generic_official_with_a_body_nisba_is_the_organization_that_spoke_last() {
        let who = ("منظمة الصحة العالمية", O, None, &["المنظمة"][..]);
        let chad = ("تشاد", L, Some("TCD"), &[][..]);
        let text = "قال المدير الإقليمي لمنظمة الصحة العالمية إن حملة التلقيح بلغت شرق تشاد. \
                    وأوضح المسؤول الأممي أن فرق المنظمة ستصل إلى المخيمات الأسبوع المقبل.";
        let q = said(text, &[who, chad]);
        assert!(
            q.len() == 2
                && q.iter()
                    .all(|(s, _)| s.as_deref() == Some("منظمة الصحة العالمية")),
            "{text}: {q:?}"
        );
        // A nationality is a state's, not the last body's.
        let text = "قال المدير الإقليمي لمنظمة الصحة العالمية إن حملة التلقيح بلغت شرق تشاد. \
                    وأوضح المسؤول التشادي أن فرق المنظمة ستصل إلى المخيمات الأسبوع المقبل.";
        let chad = ("تشاد", L, Some("TCD"), &["التشادي"][..]);
        let q = said(text, &[who, chad]);
        assert!(
            q.len() == 2 && q[1].0.as_deref() != Some("منظمة الصحة العالمية"),
            "{text}: {q:?}"
        );
    }

    #[test]
    fn a_spokesman_for_an_office_that_a_body_nisba_closes_speaks_for_the_body() {
        let eu = ("الاتحاد الأوروبي", O, None, &["الأوروبية", "الأوروبي"][..]);
        let bosnia = ("البوسنة", L, Some("BIH"), &[][..]);
        for text in [
            "وأوضح الناطق باسم بعثة الدعم الأوروبية أن الفريق سيزور المعابر الحدودية الأسبوع المقبل.",
            "وقالت المتحدثة باسم مكتب المنسق الأوروبي إن الفريق سيزور المعابر الحدودية الأسبوع المقبل.",
        ] {
            let q = said(text, &[eu, bosnia]);
            assert!(
                q.len() == 1 && q[0].0.as_deref() == Some("الاتحاد الأوروبي"),
                "{text}: {q:?}"
            );
        }
        // Not past a name of its own or a preposition: the office in the body is someone else's.
        let text =
            "وقال المتحدث باسم مكتب في البوسنة تابع للبعثة الأوروبية إن الفريق سيزور المعابر.";
        let q = said(text, &[eu, bosnia]);
        assert!(
            q.iter()
                .all(|(s, _)| s.as_deref() != Some("الاتحاد الأوروبي")),
            "{text}: {q:?}"
        );
    }

    #[test]
    fn a_nationality_after_a_degree_is_the_family_name_of_who_bears_it() {
        let turkey = ("تركيا", L, Some("TUR"), &["التركي", "التركية"][..]);
        let person = ("سامي بن عبدالكريم", P, None, &[][..]);
        // The entities cut the family name off the person and give it to the state.
        for (line, verb) in [
            ("الدكتور", "وأكد"),
            ("اللواء", "وأوضح"),
            ("المهندس", "وقال"),
        ] {
            let text = format!(
                "استقبل الأمين العام للجمعية {line} سامي بن عبدالكريم التركي وفد الطلاب في مقر \
                 الجمعية. {verb} {line} التركي أن برامج الجمعية تتوسع هذا العام."
            );
            let q = said(&text, &[turkey, person]);
            assert!(
                q.iter()
                    .any(|(s, t)| s.as_deref() == Some("سامي بن عبدالكريم")
                        && t.starts_with("برامج")),
                "{text}: {q:?}"
            );
        }
        // A name that ends with it is its bearer too.
        let person = ("سامي التركي", P, None, &[][..]);
        let text = "التقى الوفد سامي التركي في مقر الجمعية. وأكد الدكتور التركي أن برامج \
                    الجمعية تتوسع هذا العام.";
        let q = said(text, &[turkey, person]);
        assert!(
            q.iter().any(|(s, _)| s.as_deref() == Some("سامي التركي")),
            "{text}: {q:?}"
        );
        // With no one bearing it on the page, a rank and a nationality stay the state's.
        let text = "وأكد العقيد التركي أن القوات ستنسحب من المنطقة خلال أيام.";
        let q = said(text, &[turkey]);
        assert!(
            q.len() == 1 && q[0].0.as_deref() == Some("تركيا"),
            "{text}: {q:?}"
        );
    }

    #[test]
    fn an_unnamed_source_with_a_nationality_is_nobody_named() {
        let iraq = (
            "العراق",
            L,
            Some("IRQ"),
            &["عراقي", "عراقية", "العراقية"][..],
        );
        for text in [
            "وقال مصدر عراقي إن المفاوضات بين الجانبين ستستأنف الأسبوع المقبل.",
            "وقالت مصادر عراقية مطلعة إن المفاوضات بين الجانبين ستستأنف الأسبوع المقبل.",
        ] {
            let q = said(text, &[iraq]);
            assert!(
                q.len() == 1 && q[0].0.is_none() && q[0].1.starts_with("المفاوضات"),
                "{text}: {q:?}"
            );
        }
        // A body with its nationality still speaks for its state.
        let q = said(
            "وقالت الحكومة العراقية إن المفاوضات بين الجانبين ستستأنف الأسبوع المقبل.",
            &[iraq],
        );
        assert!(q.len() == 1 && q[0].0.as_deref() == Some("العراق"), "{q:?}");
    }

    #[test]
    fn a_name_in_marks_inside_the_attribution_is_no_quote_and_may_be_the_speaker() {
        let expert = ("خالد العمري", P, None, &["العمري"][..]);
        // A surname in marks right after the verb (a house style): the one it names speaks.
        let q = said(
            "ونشرت الصحيفة أمس تقريرا لخبير الأرصاد خالد العمري. وأوضح \"العمري\" أن الأمطار ستستمر حتى نهاية الأسبوع في معظم المناطق.",
            &[expert],
        );
        assert!(
            q.len() == 1
                && q[0].0.as_deref() == Some("خالد العمري")
                && q[0].1.starts_with("الأمطار ستستمر"),
            "{q:?}"
        );
        let q = said(
            "ونشرت الصحيفة أمس تقريرا لخبير الأرصاد خالد العمري. وقال \"العمري\"، \"نتوقع أن تستمر الأمطار حتى نهاية الأسبوع\".",
            &[expert],
        );
        assert!(
            q.len() == 1
                && q[0].0.as_deref() == Some("خالد العمري")
                && q[0].1.starts_with("نتوقع أن تستمر"),
            "{q:?}"
        );
        // A body's name in marks inside the speaker's title: the person named after it speaks.
        let q = said(
            "واعتبر رئيس حزب «الأمة» المعارض سامي ناصر أن القانون الجديد يقيد الحياة السياسية في البلاد.",
            &[("سامي ناصر", P, None, &[])],
        );
        assert!(
            q.len() == 1
                && q[0].0.as_deref() == Some("سامي ناصر")
                && q[0].1.starts_with("القانون الجديد"),
            "{q:?}"
        );
        let q = said(
            "وقال مدير «المركز الوطني للأرصاد» خالد العمري، إن الأمطار ستستمر حتى نهاية الأسبوع.",
            &[expert],
        );
        assert!(
            q.len() == 1
                && q[0].0.as_deref() == Some("خالد العمري")
                && q[0].1.starts_with("الأمطار ستستمر"),
            "{q:?}"
        );
        // The medium spoken to, in marks behind لـ, is no name of the speaker's.
        let q = said(
            "وقال خالد العمري لـ\"الصحيفة\": \"الأمطار ستستمر حتى نهاية الأسبوع\".",
            &[expert],
        );
        assert!(
            q.len() == 1 && q[0].0.as_deref() == Some("خالد العمري"),
            "{q:?}"
        );
        // A name in marks past the words of where it was said is the medium's, not the speaker's.
        let q = said(
            "وأوضحت شركة النور، في بيان على موقع \"تداول\"، أنها حققت أرباحا في الربع الثاني.",
            &[("شركة النور", O, None, &[]), ("تداول", O, None, &[])],
        );
        assert!(
            q.len() == 1 && q[0].0.as_deref() == Some("شركة النور"),
            "{q:?}"
        );
        let q = said(
            "وقال خالد العمري في تصريح خاص بـ«الوطن»: «الأمطار ستستمر حتى نهاية الأسبوع».",
            &[expert, ("الوطن", O, None, &[])],
        );
        assert!(
            q.len() == 1 && q[0].0.as_deref() == Some("خالد العمري"),
            "{q:?}"
        );
        // A name in marks after a verb that qualifies the noun of where it was said is that
        // verb's subject, no speaker.
        let q = said(
            "ومن جهتها، قالت هيئة النقد الوطنية في بيان نشرته \"واس\"، أمس، إن قرار المجموعة جاء عقب الزيارة.",
            &[("هيئة النقد الوطنية", O, None, &[]), ("واس", O, None, &[])],
        );
        assert!(q.iter().all(|(s, _)| s.as_deref() != Some("واس")), "{q:?}");
        // Short marks before a verb of their own stay the speaker's words.
        let q = said(
            "وقال خالد العمري \"لن نتراجع عن القرار\"، مؤكدا أن الخطة ماضية.",
            &[expert],
        );
        assert!(q.iter().any(|(_, t)| t.contains("لن نتراجع")), "{q:?}");
    }

    #[test]
    fn a_bare_feminine_verb_goes_on_with_the_body_the_last_quote_named() {
        // A paragraph opening with a feminine speech verb and no subject of its own goes on
        // with the body of a feminine name the last quote, one or two paragraphs before, was
        // given.
        // The body's head noun alone (`الإدارة`) stands for the body named before.
        let board = ("الإدارة العامة للأرصاد", O, None, &[][..]);
        let (q, e) = run_on(
            "وكشفت الإدارة العامة للأرصاد أن موجة حر ستضرب المناطق الساحلية خلال الأسبوع المقبل.\n\nوأشارت الإدارة إلى أن الرطوبة سترتفع في المدن الساحلية خلال الأيام الثلاثة الأولى.\n\nوأوضحت أن درجات الحرارة قد تتجاوز خمسا وأربعين درجة في بعض المدن.",
            &[board],
        );
        assert!(
            q.len() == 3
                && q.iter()
                    .all(|q| q.speaker.as_deref() == Some("الإدارة العامة للأرصاد")),
            "{}",
            show(&q, &e)
        );
        // A person named in between may be whom the verb goes on with: no speaker.
        let doctor = ("سلمى ناصر", P, None, &["ناصر"][..]);
        let (q, e) = run_on(
            "وكشفت الإدارة العامة للأرصاد أن موجة حر ستضرب المناطق الساحلية خلال الأسبوع المقبل.\n\nوأشارت الإدارة إلى أن الرطوبة سترتفع في المدن الساحلية خلال الأيام الثلاثة الأولى.\n\nوزارت الطبيبة سلمى ناصر المستشفى الميداني في المدينة.\n\nوأوضحت أن درجات الحرارة قد تتجاوز خمسا وأربعين درجة في بعض المدن.",
            &[board, doctor],
        );
        assert!(
            q.iter()
                .all(|q| q.speaker.as_deref() != Some("الإدارة العامة للأرصاد")
                    || !q.text.contains("خمسا")),
            "{}",
            show(&q, &e)
        );
    }

    #[test]
    fn a_speech_verb_and_its_subject_before_a_credit_are_no_quote_of_the_medium() {
        // The body named right after the speech verb speaks; the agency after وفقا only
        // carries it, and the verb with its subject is no quote of the agency.
        let ministry = ("وزارة الزراعة الأردنية", O, None, &[][..]);
        let agency = ("وكالة الأنباء الأردنية", O, None, &[][..]);
        let (q, e) = run_on(
            "وأعلنت وزارة الزراعة الأردنية وفقا لوكالة الأنباء الأردنية في بيان اليوم أن موسم الزيتون سيبدأ مطلع الشهر المقبل.",
            &[ministry, agency],
        );
        assert!(
            q.len() == 1 && q[0].speaker.as_deref() == Some("وزارة الزراعة الأردنية"),
            "{}",
            show(&q, &e)
        );
        // A credit with no speaker before it still names the medium.
        let (q, e) = run_on(
            "ووفقا لوكالة الأنباء الأردنية فإن موسم الزيتون سيبدأ مطلع الشهر المقبل.",
            &[ministry, agency],
        );
        assert!(
            q.iter()
                .all(|q| q.speaker.as_deref() != Some("وزارة الزراعة الأردنية")),
            "{}",
            show(&q, &e)
        );
    }
}

#[cfg(test)]
mod session23_missed_objects {
    //! Session 23 (E6): objects the lexicon's lists missed (`data/event-lexicon.tsv`, the
    //! session-23 section), one case each, in sentences of our own.
    use super::tests::run_on;
    use super::*;
    use EntityType::{Location as L, Organization as O};

    const MALI: (&str, EntityType, Option<&str>, &[&str]) =
        ("مالي", L, Some("MLI"), &["باماكو", "المالية", "المالي"]);
    const FRANCE: (&str, EntityType, Option<&str>, &[&str]) =
        ("فرنسا", L, Some("FRA"), &["باريس", "الفرنسي", "الفرنسية"]);
    const UN: (&str, EntityType, Option<&str>, &[&str]) =
        ("الأمم المتحدة", O, None, &["الأممي", "الأممية"]);

    /// The events the engine finds in `text` with the entities `ents`.
    fn found(text: &str, ents: &[(&str, EntityType, Option<&str>, &[&str])]) -> Vec<Event> {
        run_on(text, ents).1
    }

    /// True when some event of `events` has CAMEO root `root` and source `source`.
    fn has_root_from(events: &[Event], root: &str, source: &str) -> bool {
        events
            .iter()
            .any(|e| e.code.starts_with(root) && e.source.as_deref() == Some(source))
    }

    #[test]
    fn freezing_assets_is_a_reduction_of_relations() {
        let text = "أعلنت فرنسا تجميد أصول خمسة ضباط في جيش مالي ومنعهم من دخول أراضيها.";
        let e = found(text, &[MALI, FRANCE]);
        assert!(has_root_from(&e, "16", "فرنسا"), "{e:#?}");
    }

    #[test]
    fn suspending_dealings_with_a_government_reduces_relations() {
        let text = "أعلنت مالي تعليق تعاملها مع الحكومة الفرنسية إلى حين إشعار آخر.";
        // (Not the verb: "وعلق الوزير بأنه تعامل مع نظيره" is a comment.)
        let e = found(text, &[MALI, FRANCE]);
        assert!(has_root_from(&e, "16", "مالي"), "{e:#?}");
    }

    #[test]
    fn expelling_a_un_coordinator_is_an_expulsion() {
        let text = "قررت السلطات المالية طرد المنسق المقيم للأمم المتحدة خلال ثلاثة أيام.";
        let e = found(text, &[MALI, UN]);
        assert!(has_root_from(&e, "16", "مالي"), "{e:#?}");
    }

    #[test]
    fn seizing_migrants_or_a_boat_is_coercion() {
        for text in [
            "ضبطت البحرية الفرنسية زورقا يقل أربعين مهاجرا قبالة السواحل الجنوبية.",
            "ضبطت البحرية الفرنسية شحنة أسلحة مهربة قبالة السواحل الجنوبية.",
        ] {
            let e = found(text, &[FRANCE]);
            assert!(has_root_from(&e, "17", "فرنسا"), "{text}\n{e:#?}");
        }
        // Restraint is no seizure.
        let text = "دعت فرنسا جميع الأطراف إلى ضبط النفس وتجنب التصعيد.";
        let e = found(text, &[FRANCE]);
        assert!(!e.iter().any(|e| e.code.starts_with("17")), "{e:#?}");
    }
}
