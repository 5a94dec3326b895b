//! A person's own state, read from the titles the article gives them, is never their target.
//!
//! The entity stage gives a person no country, and the engine takes one only from a title
//! right before the name in the paragraphs it has read so far. So `وزار الرئيس اليمني X` in the
//! first paragraph and `ودعا X الشعب اليمني إلى` in the fifth leave X with no state, and the
//! fifth paragraph's call is coded as X → Yemen: the nationality of X's own people, named to
//! say whom the call concerns, or a venue, or the state X speaks for. An official is never the
//! other party of an act toward his own state (a minister criticizing his government names the
//! government, a body), just as a state's organ is not ([`super::clear_own_state_targets`]).
//!
//! [`clear_title_state_targets`] reads each person source's titles in the whole article (the
//! nationality or state in the title right before a name, `رئيس الوزراء العراقي X`, `ملك
//! الأردن X`; or in one set off by a comma right after it, `X، نائب الرئيس اليمني،`) and
//! clears the target when it is that one state.

use rasd_model::{Article, ArticlePart, Entity, EntityType, Event};

use super::{
    bare, clear_actor, entity_by_id, is_role_word, is_state_of, nisba_country, title_word, Texts,
};
use crate::entities::tokens::Tokens;

/// At most this many words in a title right before a person's name (`نائب رئيس الوزراء وزير
/// الخارجية الأردني X`: six).
const TITLE_BEFORE_WORDS: usize = 6;

/// At most this many words in a title set off by a comma after a person's name.
const TITLE_AFTER_WORDS: usize = 8;

/// Words that end a title's own part: what follows names the state an envoy is sent to (`سفير
/// X لدى الكويت`, `المبعوث الأممي إلى اليمن`), not the person's own (normal form).
const TITLE_STOPS: &[&str] = &["لدي", "الي", "الى", "عن"];

/// Words of a title that are neither titles nor role words by themselves (normal form): the
/// cabinet in `رئيس الوزراء`, a ministry in `وزير الخارجية`, the form of a state in `ملك
/// المملكة الأردنية`, `رئيس جمهورية X`.
const TITLE_FILLERS: &[&str] = &[
    "الوزراء",
    "وزراء",
    "لرييس",
    "مجلس",
    "الخارجيه",
    "خارجيه",
    "الداخليه",
    "داخليه",
    "الدفاع",
    "دفاع",
    "العدل",
    "الماليه",
    "الاعلام",
    "الدوله",
    "دوله",
    "جمهوريه",
    "الجمهوريه",
    "مملكه",
    "المملكه",
    "العهد",
    "عهد",
    "الاول",
    "الثاني",
];

/// True when a word may stand in a person's title: a title word ([`title_word`]) or one of
/// [`TITLE_FILLERS`].
fn in_title(norm: &str) -> bool {
    title_word(norm) || TITLE_FILLERS.contains(&norm)
}

/// Clears the target of each event whose source is a person and whose target is the one state
/// the person's titles in the article name ([`title_state`]), unless the engine gave the
/// source another country. Not a visit (root 042): a trip home, or one the person makes abroad
/// as their state's envoy, is coded to the place travelled to.
pub(super) fn clear_title_state_targets(
    events: &mut [Event],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    for ev in events.iter_mut() {
        if ev.code.starts_with("042") {
            continue;
        }
        let Some(person) =
            entity_by_id(entities, ev.source.as_deref()).filter(|e| e.kind == EntityType::Person)
        else {
            continue;
        };
        let Some(target) = entity_by_id(entities, ev.target.as_deref())
            .filter(|t| t.kind == EntityType::Location && t.country.is_some())
        else {
            continue;
        };
        let Some(a3) = target.country.as_deref() else {
            continue;
        };
        if ev.source_country.as_deref().is_some_and(|c| c != a3)
            || !is_state_of(entities, target, a3)
        {
            continue;
        }
        if title_state(person, entities, article, texts).as_deref() == Some(a3) {
            clear_actor(ev, true);
        }
    }
}

/// The one state (alpha-3) the titles of `person` name across the article: for each mention,
/// the title right before it ([`states_before`]) and the one set off by a comma after it
/// ([`states_after`]). `None` when they name none, or more than one.
fn title_state(
    person: &Entity,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<String> {
    let mut found: Option<String> = None;
    for m in &person.mentions {
        if !matches!(m.part, ArticlePart::Body | ArticlePart::Headline) {
            continue;
        }
        let states = state_spans(entities, m.part, m.paragraph);
        let Some(tokens) = texts.tokens(article, m.part, m.paragraph) else {
            continue;
        };
        let mut named = states_before(tokens, m.start, &states);
        named.extend(states_after(tokens, m.end, &states));
        for a3 in named {
            match &found {
                Some(f) if *f != a3 => return None,
                Some(_) => {}
                None => found = Some(a3),
            }
        }
    }
    found
}

/// The chars and state (alpha-3) of every mention, in the given part and paragraph, of an
/// entity that is a state itself (its nationality included: `العراقي` is a mention of Iraq).
fn state_spans(
    entities: &[Entity],
    part: ArticlePart,
    paragraph: usize,
) -> Vec<(usize, usize, String)> {
    entities
        .iter()
        .filter(|e| e.kind == EntityType::Location)
        .filter_map(|e| {
            let a3 = e.country.as_deref()?;
            is_state_of(entities, e, a3).then_some((e, a3))
        })
        .flat_map(|(e, a3)| {
            e.mentions
                .iter()
                .filter(move |m| m.part == part && m.paragraph == paragraph)
                .map(move |m| (m.start, m.end, a3.to_owned()))
        })
        .collect()
}

/// The state a word names: inside a state's mention, or a nationality.
fn state_of_word(tokens: &Tokens, k: usize, states: &[(usize, usize, String)]) -> Option<String> {
    let w = tokens.words.get(k)?;
    states
        .iter()
        .find(|(s, e, _)| *s <= w.start && w.end <= *e)
        .map(|(_, _, a3)| a3.clone())
        .or_else(|| nisba_country(bare(tokens.norm(k))).map(str::to_owned))
}

/// The states named in the title right before the name starting at char `start`: the words
/// back to the name, at most [`TITLE_BEFORE_WORDS`], are all title words or a state's name
/// (`رئيس وزراء العراق`), with no punctuation inside, and a title or role word opens them.
fn states_before(tokens: &Tokens, start: usize, states: &[(usize, usize, String)]) -> Vec<String> {
    title_before(tokens, start, states, false).0
}

/// [`states_before`] with the char where the title starts (`start` when there is none). With
/// `trim`, a state before the title's first title word is left out of it.
fn title_before(
    tokens: &Tokens,
    start: usize,
    states: &[(usize, usize, String)],
    trim: bool,
) -> (Vec<String>, usize) {
    let name = tokens.words.partition_point(|w| w.end <= start);
    // The title's words from the name back, each with the state it names.
    let mut words: Vec<(usize, Option<String>)> = Vec::new();
    let mut k = name;
    while k > 0 && name - k < TITLE_BEFORE_WORDS {
        // (Punctuation before the name or inside the title ends it.)
        if tokens
            .words
            .get(k)
            .is_some_and(|w| w.punct_before.is_some())
        {
            break;
        }
        k -= 1;
        let norm = tokens.norm(k);
        if TITLE_STOPS.contains(&norm) {
            return (Vec::new(), start);
        }
        if let Some(a3) = state_of_word(tokens, k, states) {
            words.push((k, Some(a3)));
        } else if in_title(norm) {
            words.push((k, None));
        } else {
            break;
        }
    }
    // A title opens with a title word: a state right before it belongs to the noun before
    // (`السلطات العراقية الوزير X`: the authorities are Iraq's).
    while trim && words.last().is_some_and(|(_, state)| state.is_some()) {
        words.pop();
    }
    let titled = words.iter().any(|(k, state)| {
        let norm = tokens.norm(*k);
        state.is_none() && (is_role_word(norm) || is_role_word(&format!("ال{norm}")))
    });
    match words.last() {
        Some(&(k, _)) if titled => (
            words.into_iter().filter_map(|(_, state)| state).collect(),
            tokens.words[k].start,
        ),
        _ => (Vec::new(), start),
    }
}

/// The states named in a title set off by a comma right after the name ending at char `end`
/// (`X، نائب الرئيس اليمني،`): a role word opens it behind the comma, and it holds only title
/// words and states' names up to the next punctuation, at most [`TITLE_AFTER_WORDS`]. (Without
/// the comma, the words after a name may be an act's object: `استقبل X وزير خارجية الأردن`.)
fn states_after(tokens: &Tokens, end: usize, states: &[(usize, usize, String)]) -> Vec<String> {
    title_after(tokens, end, states).0
}

/// [`states_after`] with the char where the title ends (`end` when there is none).
fn title_after(
    tokens: &Tokens,
    end: usize,
    states: &[(usize, usize, String)],
) -> (Vec<String>, usize) {
    let first = tokens.words.partition_point(|w| w.start < end);
    let opens = tokens.words.get(first).is_some_and(|w| {
        matches!(w.punct_before, Some('،' | ',')) && is_role_word(tokens.norm(first))
    });
    if !opens {
        return (Vec::new(), end);
    }
    let mut named = Vec::new();
    let mut last = end;
    for k in first..first + TITLE_AFTER_WORDS {
        let Some(w) = tokens.words.get(k) else {
            break;
        };
        if k > first && w.punct_before.is_some() {
            break;
        }
        let norm = tokens.norm(k);
        // (A word that starts with و ends the title as a conjunction unless it is itself a
        // title word: `وزراء`, `وزير`.)
        if TITLE_STOPS.contains(&norm)
            || norm.starts_with('و')
                && bare(norm) != norm
                && (!in_title(norm) || in_title(bare(norm)))
        {
            break;
        }
        if let Some(a3) = state_of_word(tokens, k, states) {
            named.push(a3);
        } else if !in_title(norm) {
            break;
        }
        last = w.end;
    }
    (named, last)
}

/// Makes a person the source of an event whose source is the state named, in the event's
/// sentence, only inside that person's own title, the person being its target: in `توجت
/// المباحثات التي أجراها الرئيس المصري X ونظيره …`, the engine reads `المصري` as the doer and X
/// as whom Egypt acted on, but the nationality only says whose president X is, and X is the
/// doer. The target is then cleared (what X acted on is not known here). The person's titles
/// across the article must name that state alone ([`title_state`]), so a state acting on one
/// of its own (`اعتقلت السلطات المصرية الوزير المصري السابق X`: the state is named outside
/// X's title too) keeps its source.
pub(super) fn title_state_sources(
    events: &mut [Event],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    for ev in events.iter_mut() {
        let Some(person) =
            entity_by_id(entities, ev.target.as_deref()).filter(|e| e.kind == EntityType::Person)
        else {
            continue;
        };
        let Some(state) =
            entity_by_id(entities, ev.source.as_deref()).filter(|s| s.kind == EntityType::Location)
        else {
            continue;
        };
        let Some(a3) = state.country.as_deref() else {
            continue;
        };
        if !is_state_of(entities, state, a3)
            || !named_only_in_title(ev, person, state, a3, entities, article, texts)
            || title_state(person, entities, article, texts).as_deref() != Some(a3)
        {
            continue;
        }
        ev.source = ev.target.take();
        ev.source_country = Some(a3.to_owned());
        ev.target_country = None;
    }
}

/// Prepositions that make the person named after them an act's object, not its doer (normal
/// form): `اتفق X مع الرئيس الفرنسي Y`, `هجوم على وزير الخارجية القطري Y`.
const OBJECT_PREPOSITIONS: &[&str] = &["مع", "علي", "الي", "لدي"];

/// True when word `k` opens an object: it follows one of [`OBJECT_PREPOSITIONS`], or it is a
/// title word with ل or ب joined to it (`برقية لرئيس جمهورية X`, `اتصال برئيس الوزراء`).
fn object_at(tokens: &Tokens, k: usize) -> bool {
    if k > 0 && OBJECT_PREPOSITIONS.contains(&tokens.norm(k - 1)) {
        return true;
    }
    let norm = tokens.norm(k);
    norm.strip_prefix('ل')
        .or_else(|| norm.strip_prefix('ب'))
        .is_some_and(|rest| in_title(rest) || in_title(&format!("ا{rest}")))
}

/// True when, in the sentence of body event `ev`, a title of a mention of `person` names the
/// state `a3` and no mention of `state` stands outside such a title.
fn named_only_in_title(
    ev: &Event,
    person: &Entity,
    state: &Entity,
    a3: &str,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> bool {
    let Some((start, end)) = texts.sentence_span(ev, article) else {
        return false;
    };
    let in_sentence = |m: &&rasd_model::Mention| {
        m.part == ArticlePart::Body
            && m.paragraph == ev.paragraph
            && start <= m.start
            && m.end <= end
    };
    let names: Vec<_> = person.mentions.iter().filter(in_sentence).collect();
    if names.is_empty() {
        return false;
    }
    let states = state_spans(entities, ArticlePart::Body, ev.paragraph);
    let Some(tokens) = texts.tokens(article, ArticlePart::Body, ev.paragraph) else {
        return false;
    };
    let mut titles = Vec::new();
    for m in names {
        let (before, from) = title_before(tokens, m.start, &states, true);
        let opening = tokens.words.partition_point(|w| w.end <= from);
        if object_at(tokens, opening) {
            continue;
        }
        if before.iter().any(|s| s == a3) {
            titles.push((from, m.start));
        }
        let (after, to) = title_after(tokens, m.end, &states);
        if after.iter().any(|s| s == a3) {
            titles.push((m.end, to));
        }
    }
    !titles.is_empty()
        && state.mentions.iter().filter(in_sentence).all(|sm| {
            titles
                .iter()
                .any(|&(from, to)| from <= sm.start && sm.end <= to)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::bare_event;
    use rasd_model::Mention;

    /// The mentions of each of `forms` in the paragraphs of `body`.
    fn mentions(body: &[&str], forms: &[&str]) -> Vec<Mention> {
        let mut out = Vec::new();
        for (paragraph, text) in body.iter().enumerate() {
            for form in forms {
                for (byte, _) in text.match_indices(form) {
                    let start = text[..byte].chars().count();
                    out.push(Mention {
                        text: (*form).to_owned(),
                        part: ArticlePart::Body,
                        paragraph,
                        start,
                        end: start + form.chars().count(),
                    });
                }
            }
        }
        out
    }

    fn entity(id: &str, kind: EntityType, country: Option<&str>, mentions: Vec<Mention>) -> Entity {
        Entity {
            id: id.to_owned(),
            name: mentions.first().map(|m| m.text.clone()).unwrap_or_default(),
            kind,
            aliases: Vec::new(),
            country: country.map(str::to_owned),
            coordinates: None,
            mentions,
        }
    }

    /// The target left to a call (root 020) of the person called `name` in the second
    /// paragraph, aimed at Iraq.
    fn target_left(body: &[&str], name_forms: &[&str], code: &str) -> Option<String> {
        let article = Article {
            body: body.iter().map(|p| (*p).to_owned()).collect(),
            ..Article::default()
        };
        let person = entity(
            "per:0123456789abcdef",
            EntityType::Person,
            None,
            mentions(body, name_forms),
        );
        let iraq = entity(
            "loc:IRQ",
            EntityType::Location,
            Some("IRQ"),
            mentions(body, &["العراقي", "العراق"]),
        );
        let jordan = entity(
            "loc:JOR",
            EntityType::Location,
            Some("JOR"),
            mentions(body, &["الأردني", "الأردن"]),
        );
        let entities = vec![person, iraq, jordan];
        let mut ev = bare_event(
            code,
            Some(entities[0].id.clone()),
            Some("loc:IRQ".to_owned()),
            body[1],
        );
        ev.paragraph = 1;
        let mut events = vec![ev];
        clear_title_state_targets(&mut events, &entities, &article, &mut Texts::default());
        events.remove(0).target
    }

    #[test]
    fn a_person_s_own_state_named_by_a_title_elsewhere_is_no_target() {
        let call = "ودعا ناجي الشعب العراقي إلى الصبر والوحدة.";
        // The nationality in the title before the name, in another paragraph.
        let before = ["وصل رئيس الوزراء العراقي سامر ناجي إلى عمان أمس.", call];
        assert_eq!(target_left(&before, &["سامر ناجي", "ناجي"], "020"), None);
        // The state in a title set off by a comma after the name.
        let after = ["وقال سامر ناجي، نائب رئيس العراق، إن الوضع هادئ.", call];
        assert_eq!(target_left(&after, &["سامر ناجي", "ناجي"], "020"), None);
        // Another state's official keeps Iraq as the target.
        let other = ["وصل وزير الخارجية الأردني سامر ناجي إلى بغداد أمس.", call];
        assert_eq!(
            target_left(&other, &["سامر ناجي", "ناجي"], "020").as_deref(),
            Some("loc:IRQ")
        );
        // Without the comma, the title after a name may be an act's object.
        let object = ["واستقبل سامر ناجي وزير خارجية العراق أمس.", call];
        assert_eq!(
            target_left(&object, &["سامر ناجي", "ناجي"], "020").as_deref(),
            Some("loc:IRQ")
        );
        // Titles naming two states: none is known to be his.
        let two = [
            "وصل رئيس الوزراء العراقي سامر ناجي إلى عمان، والتقى المبعوث الأردني ناجي أمس.",
            call,
        ];
        assert_eq!(
            target_left(&two, &["سامر ناجي", "ناجي"], "020").as_deref(),
            Some("loc:IRQ")
        );
        // An envoy's title names where he is sent, not his own state.
        let envoy = ["وصل السفير لدى العراق سامر ناجي إلى بغداد أمس.", call];
        assert_eq!(
            target_left(&envoy, &["سامر ناجي", "ناجي"], "020").as_deref(),
            Some("loc:IRQ")
        );
        // A visit home is coded to where he goes.
        let visit = [
            "وصل رئيس الوزراء العراقي سامر ناجي إلى عمان أمس.",
            "وعاد ناجي إلى العراق.",
        ];
        assert_eq!(
            target_left(&visit, &["سامر ناجي", "ناجي"], "042").as_deref(),
            Some("loc:IRQ")
        );
    }

    /// The (source, target) left to a talk (root 040) of paragraph 1 of `body` that the engine
    /// coded Iraq → the person called `name_forms`.
    fn mirror_left(body: &[&str], name_forms: &[&str]) -> (Option<String>, Option<String>) {
        let article = Article {
            body: body.iter().map(|p| (*p).to_owned()).collect(),
            ..Article::default()
        };
        let person = entity(
            "per:0123456789abcdef",
            EntityType::Person,
            None,
            mentions(body, name_forms),
        );
        let iraq = entity(
            "loc:IRQ",
            EntityType::Location,
            Some("IRQ"),
            mentions(body, &["العراقية", "العراقي", "العراق"]),
        );
        let jordan = entity(
            "loc:JOR",
            EntityType::Location,
            Some("JOR"),
            mentions(body, &["الأردني", "الأردن"]),
        );
        let entities = vec![person, iraq, jordan];
        let mut ev = bare_event(
            "040",
            Some("loc:IRQ".to_owned()),
            Some(entities[0].id.clone()),
            body[1],
        );
        ev.paragraph = 1;
        let mut events = vec![ev];
        title_state_sources(&mut events, &entities, &article, &mut Texts::default());
        let ev = events.remove(0);
        (ev.source, ev.target)
    }

    #[test]
    fn a_state_named_only_in_its_target_person_s_title_is_the_person() {
        let names = ["سامر ناجي", "ناجي"];
        let first = "وصل رئيس الوزراء العراقي سامر ناجي إلى عمان أمس.";
        // The nationality in the title before the name: the person did it.
        let talks = "وأجرى رئيس الوزراء العراقي سامر ناجي مباحثات مع نظيره أمس.";
        assert_eq!(
            mirror_left(&[first, talks], &names),
            (Some("per:0123456789abcdef".to_owned()), None)
        );
        // The state in a title set off by a comma after the name.
        let comma = "وأجرى سامر ناجي، نائب رئيس وزراء العراق، مباحثات مع نظيره أمس.";
        assert_eq!(
            mirror_left(&[first, comma], &names).0.as_deref(),
            Some("per:0123456789abcdef")
        );
        // The state also named outside the title: it acted on one of its own.
        let arrest = "واعتقلت السلطات العراقية الوزير العراقي السابق سامر ناجي أمس.";
        assert_eq!(
            mirror_left(&[first, arrest], &names).0.as_deref(),
            Some("loc:IRQ")
        );
        // The person's titles elsewhere name another state too: not known to be his.
        let jordanian = "والتقى المبعوث الأردني ناجي وفدا أمس.";
        assert_eq!(
            mirror_left(&[jordanian, talks], &names).0.as_deref(),
            Some("loc:IRQ")
        );
        // The titled person is the object of a preposition or of ل joined to the title.
        for object in [
            "واتفق الوفد مع رئيس الوزراء العراقي سامر ناجي على الخطة.",
            "وبعث الملك برقية لرئيس الوزراء العراقي سامر ناجي.",
        ] {
            assert_eq!(
                mirror_left(&[first, object], &names).0.as_deref(),
                Some("loc:IRQ")
            );
        }
        // No title names the state next to the name in the sentence.
        let bare_name = "وأجرى العراق مباحثات مع سامر ناجي أمس.";
        assert_eq!(
            mirror_left(&[first, bare_name], &names).0.as_deref(),
            Some("loc:IRQ")
        );
    }
}
