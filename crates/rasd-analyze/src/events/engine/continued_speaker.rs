//! The speaker of a quote whose speech verb goes on with no subject of its own, from the last
//! quote a named person spoke.
//!
//! News paragraphs run on with one speaker: `قال الوزير سامي ناصر إن …` and then, in the same
//! paragraph or the next one, `وأضاف أن …`، `وأكد أن …`، `مشيرا إلى أن …`. The engine names such a
//! verb's subject after the discourse subject, which a name in between (a place, a body the
//! speaker's words named) or a verb outside its lexicon (`وصف`، `أشاد`) may have moved; the quote
//! then stays without a speaker. [`continued_person`] gives it the person who spoke the last
//! quote, when that quote is of the same paragraph or the one before, no other person is named
//! and no speech verb with a subject of its own stands in between, the verb is singular and
//! stands right before the reported words, and its gender fits the person: a masculine verb
//! (`وأضاف`) one never named as a woman, a feminine one (`وأوضحت`، `مبينة`) one named as a woman
//! (`الدكتورة ريم فهد`، `وقالت ريم فهد`); a feminine verb is otherwise left to the bodies. A
//! phrase of when, where or to whom may stand between the verb and the words (`وأكد أول أمس في
//! تصريح لـ«الوطن» أن`) when it names no one: no title, source word, or body named as a word
//! of its own.

use rasd_model::{Article, Entity, EntityType, Quote};

use super::described_speaker::{is_title, without_article};
use super::lexicon::{Lexicon, Pos, Role};
use super::verb_feminine;
use crate::events::text;

/// Words that may stand between a speech verb with no subject and the words it reports
/// (normalized): complementizers, `إلى` (`أشار إلى أن`), `قائلا`، `بالقول`.
const LEAD_INS: &[&str] = &[
    "ان",
    "بان",
    "انه",
    "الي",
    "قايلا",
    "بالقول",
    "بقوله",
    "وان",
    "ايضا",
];

/// Present-tense verbs of the wire's impersonal background note (`يذكر أن`، `يشار إلى أن`),
/// normalized: they report nobody's words.
const IMPERSONAL: &[&str] = &["يذكر", "يشار"];

/// Particles that may stand before the verb without being its subject (normalized, و/ف
/// stripped): `كما أكد`، `ثم أضاف`، `وقد أوضح`.
const PARTICLES: &[&str] = &["كما", "ثم", "قد", "لقد", "حيث"];

/// The last quote a named person spoke: its paragraph, the char of that paragraph where the
/// quote ends, and the person's id.
#[derive(Debug, Clone)]
pub(super) struct LastPerson {
    paragraph: usize,
    end: usize,
    id: String,
}

/// Where quote `q` starts in its paragraph (chars), if its text is found there.
fn quote_start(q: &Quote, article: &Article) -> Option<usize> {
    let para = article.body.get(q.paragraph)?;
    let byte = para.find(q.text.as_str())?;
    Some(para[..byte].chars().count())
}

/// The record of quote `q` spoken by `id` when `id` is a person, else none.
pub(super) fn person_quote(
    q: &Quote,
    id: &str,
    article: &Article,
    entities: &[Entity],
) -> Option<LastPerson> {
    let person = entities
        .iter()
        .any(|e| e.id == id && e.kind == EntityType::Person);
    let start = quote_start(q, article)?;
    person.then(|| LastPerson {
        paragraph: q.paragraph,
        end: start + q.text.chars().count(),
        id: id.to_string(),
    })
}

/// The person who goes on speaking in quote `q` (see the module doc), given the last quote a
/// named person spoke. `q`'s own attribution must be only a speech word or none (`implicit`).
pub(super) fn continued_person(
    q: &Quote,
    last: Option<&LastPerson>,
    article: &Article,
    entities: &[Entity],
    lex: &Lexicon,
    implicit: bool,
) -> Option<String> {
    let last = last?;
    if !implicit || q.paragraph < last.paragraph || q.paragraph > last.paragraph + 1 {
        return None;
    }
    let para = article.body.get(q.paragraph)?;
    let byte = para.find(q.text.as_str())?;
    let at = para[..byte].chars().count();
    if q.paragraph == last.paragraph && at < last.end {
        return None;
    }
    let (feminine, verb_byte) = subjectless_verb_before(&para[..byte], lex)?;
    if named_in_phrase(para, verb_byte, byte, q.paragraph, entities) {
        return None;
    }
    // The words between the last quote and this one.
    let between: String = if q.paragraph == last.paragraph {
        para.chars().skip(last.end).take(at - last.end).collect()
    } else {
        let earlier = article.body.get(last.paragraph)?;
        let tail: String = earlier.chars().skip(last.end).collect();
        format!("{tail}\n{}", &para[..byte])
    };
    if speech_verb_with_a_subject(&between, lex) {
        return None;
    }
    let person = entities
        .iter()
        .find(|e| e.id == last.id && e.kind == EntityType::Person)?;
    if named_as_a_woman(person, article, lex) != feminine {
        return None;
    }
    // Nobody else named between the last quote and this one.
    let from = (last.paragraph, last.end);
    let to = (q.paragraph, at);
    let other_between = entities.iter().any(|e| {
        e.kind == EntityType::Person
            && e.id != last.id
            && e.mentions.iter().any(|m| {
                m.part.is_body() && (m.paragraph, m.start) >= from && (m.paragraph, m.start) < to
            })
    });
    (!other_between).then(|| person.id.clone())
}

/// Whether the text before a quote ends with a singular speech verb or participle that has no
/// subject of its own (`وأضاف أن`، `وتابع:`، `مؤكدا أن`، `كما أوضحت أن`، `مبينة أن`): after the
/// lead-in words, the last word is the verb, or the verb and a phrase of when, where or to whom
/// that names no one (`وأكد أول أمس في تصريح لـ«الوطن» أن`, see [`phrase_holds_no_subject`]),
/// and before the verb the clause opens (punctuation, a particle, another speech word, or
/// nothing). Gives the verb's gender (true: feminine) and the byte where the verb starts, or
/// none when there is no such verb or it shows no gender.
fn subjectless_verb_before(before: &str, lex: &Lexicon) -> Option<(bool, usize)> {
    let clean = |w: &str| text::normalize_word(w.trim_matches(|c: char| !c.is_alphabetic()));
    let mut words = before.split_whitespace().rev().peekable();
    let mut skipped = 0;
    while let Some(w) = words.peek() {
        let n = clean(w);
        if n.is_empty() || LEAD_INS.contains(&n.as_str()) {
            skipped += 1;
            words.next();
            if skipped > 3 {
                return None;
            }
        } else {
            break;
        }
    }
    // The verb, and the words of a phrase of when or where between it and the lead-ins
    // (`وقال في تصريح لـ«الوطن» إن`، `وأكد أول أمس أن`), last word first.
    let mut phrase: Vec<String> = Vec::new();
    let (verb, pos, verb_byte) = loop {
        let raw = words.next()?;
        let word = clean(raw);
        if let Some(pos) = speech_pos(lex, &word) {
            break (word, pos, raw.as_ptr() as usize - before.as_ptr() as usize);
        }
        phrase.push(word);
        if phrase.len() > MAX_PHRASE_WORDS {
            return None;
        }
    };
    if !phrase.is_empty() && !phrase_holds_no_subject(&phrase) {
        return None;
    }
    let bare_verb = text::bare(&verb);
    if bare_verb.ends_with("ين") || IMPERSONAL.contains(&bare_verb) {
        return None;
    }
    let feminine = verb_feminine(&verb, pos)?;
    let opens = match words.next() {
        None => true,
        Some(prev) => {
            // (Not after closing marks: `… "في غالبه" يوضح أن` has its subject before them.)
            let opens = prev.ends_with(['.', '،', ',', ':', '؛', '!', '؟']);
            let n = clean(prev);
            opens || PARTICLES.contains(&text::bare(&n)) || speech_pos(lex, &n).is_some()
        }
    };
    opens.then_some((feminine, verb_byte))
}

/// Prepositions (normalized) after which a name in the phrase between a speech verb and its
/// words is no subject (`وقال في تصريح عن وزارة الصحة`، `وأكد في القاهرة أن`).
const PHRASE_PREPOSITIONS: &[&str] = &[
    "في", "من", "عن", "الي", "مع", "علي", "لدي", "امام", "بين", "خلال", "عقب", "بعد", "قبل",
];

/// True when an organization or place is named as a word of its own, after no preposition,
/// between the speech verb (at byte `verb_byte` of `para`) and the quote (at byte
/// `quote_byte`): `وقالت أمس وزارة الخارجية إن` has its subject after the time phrase.
fn named_in_phrase(
    para: &str,
    verb_byte: usize,
    quote_byte: usize,
    paragraph: usize,
    entities: &[Entity],
) -> bool {
    let verb_at = para[..verb_byte].chars().count();
    let at = para[..quote_byte].chars().count();
    let chars: Vec<char> = para.chars().collect();
    entities
        .iter()
        .filter(|e| matches!(e.kind, EntityType::Organization | EntityType::Location))
        .flat_map(|e| e.mentions.iter())
        .any(|m| {
            if !m.part.is_body() || m.paragraph != paragraph || m.start <= verb_at || m.start >= at
            {
                return false;
            }
            // (A mention inside a word, `للوكالة`، `لـ«الوطن»`, is behind a preposition.)
            if !chars.get(m.start - 1).is_some_and(|c| c.is_whitespace()) {
                return false;
            }
            let head: String = chars[..m.start].iter().collect();
            let previous = head
                .split_whitespace()
                .next_back()
                .map(|w| text::normalize_word(w.trim_matches(|c: char| !c.is_alphabetic())))
                .unwrap_or_default();
            !PHRASE_PREPOSITIONS.contains(&previous.as_str())
        })
}

/// Words that open a phrase of when, where or to whom between a speech verb with no subject
/// and the words it reports (normalized): `وقال في تصريح لـ«الوطن» إن`، `وأكد أول أمس أن`،
/// `وأضاف خلال زيارته للمدينة أن`، `وأوضحت لـ«الوطن» أن`.
const PHRASE_OPENERS: &[&str] = &[
    "في",
    "خلال",
    "عقب",
    "لدي",
    "امام",
    "امس",
    "اليوم",
    "اول",
    "يوم",
    "بعد",
    "اثناء",
    "صباح",
    "مساء",
    "عصر",
    "ظهر",
    "ل",
    "لـ",
];

/// Words a phrase between a speech verb and the words it reports may hold at most.
const MAX_PHRASE_WORDS: usize = 10;

/// True when the words between a speech verb and its lead-ins (normalized, last word first)
/// are a phrase of when, where or to whom and hold no subject: they open with one of
/// [`PHRASE_OPENERS`] (or `لـ` fused to its noun), and no word of them is a person's title
/// or a source word (`وقال في بيان وزير الخارجية إن`، `وأكد أمس مصدر مطلع أن` name their own
/// speaker).
fn phrase_holds_no_subject(phrase: &[String]) -> bool {
    let Some(first) = phrase.last() else {
        return true;
    };
    let opens = PHRASE_OPENERS.contains(&first.as_str()) || first.starts_with('ل');
    opens
        && phrase.iter().all(|w| {
            let noun = without_article(w);
            !(is_title(noun) || SUBJECT_WORDS.contains(&noun))
        })
}

/// Nouns that name a speaker in a phrase after a speech verb without being a title
/// (normalized, without the article): sources and officials.
const SUBJECT_WORDS: &[&str] = &[
    "مصدر",
    "مصادر",
    "مسوول",
    "مسوولون",
    "مسوولين",
    "متحدث",
    "ناطق",
    "شهود",
    "خبراء",
    "محللون",
    "مراقبون",
];

/// Words after a speech verb that are not its subject (normalized): prepositions and nouns of
/// when, where and before whom (`وقال في تصريح`، `وأوضح عقب اللقاء`، `وأكد أول أمس`).
const NOT_SUBJECTS: &[&str] = &[
    "اول",
    "يوم",
    "مساء",
    "صباح",
    "عصر",
    "ظهر",
    "اثناء",
    "في",
    "خلال",
    "عقب",
    "بعد",
    "امام",
    "لدي",
    "قبل",
    "اليوم",
    "امس",
];

/// True when `words` hold a speech verb (not a participle) with a subject of its own after it
/// (`أكد قائد الدفاع المدني …`): someone else, named or not, spoke in between.
fn speech_verb_with_a_subject(words: &str, lex: &Lexicon) -> bool {
    let raw: Vec<&str> = words.split_whitespace().collect();
    let clean = |w: &str| text::normalize_word(w.trim_matches(|c: char| !c.is_alphabetic()));
    raw.iter().enumerate().any(|(k, w)| {
        let n = clean(w);
        if !matches!(speech_pos(lex, &n), Some(Pos::Verb | Pos::Present)) || w.ends_with(':') {
            return false;
        }
        let Some(next) = raw.get(k + 1) else {
            return false;
        };
        if next.starts_with(['«', '"', '“', ':']) {
            return false;
        }
        let m = clean(next);
        // (A complementizer with its pronoun, `تؤكد أنهم`, opens the words, not a subject.)
        !(m.is_empty()
            || LEAD_INS.contains(&m.as_str())
            || m.starts_with("ان")
            || m.starts_with("بان")
            || NOT_SUBJECTS.contains(&m.as_str())
            || m.starts_with('ل'))
    })
}

/// The part of speech of a speech verb, present or participle `w` (normalized), if it is one.
fn speech_pos(lex: &Lexicon, w: &str) -> Option<Pos> {
    let hit = lex.lookup(w)?;
    hit.entries
        .iter()
        .find(|e| {
            hit.fits(e)
                && matches!(e.role, Role::Speech { .. })
                && matches!(e.pos, Pos::Verb | Pos::Present | Pos::Participle)
        })
        .map(|e| e.pos)
}

/// True when a word right before one of the person's mentions names them as a woman: a
/// definite title ending in ة (`الدكتورة`، `المواطنة`) or a feminine speech verb (`وقالت`).
fn named_as_a_woman(person: &Entity, article: &Article, lex: &Lexicon) -> bool {
    person
        .mentions
        .iter()
        .filter(|m| m.part.is_body())
        .any(|m| {
            let Some(para) = article.body.get(m.paragraph) else {
                return false;
            };
            let before: String = para.chars().take(m.start).collect();
            let Some(w) = before.split_whitespace().next_back() else {
                return false;
            };
            let n = text::normalize_word(w.trim_matches(|c: char| !c.is_alphabetic()));
            let bare = text::bare(&n);
            let title = bare.starts_with("ال") && bare.ends_with('ه') && bare.chars().count() > 4;
            let verb = speech_pos(lex, &n).is_some_and(|pos| verb_feminine(&n, pos) == Some(true));
            title || verb
        })
}

/// Words right before a name that make it no subject of a verb after it (normalized, و/ف
/// stripped): prepositions and credits (`عن ابن عباس، قال`، `لـ… فلانة، قالت`).
const NOT_BEFORE_SUBJECT: &[&str] = &[
    "عن", "من", "مع", "ل", "لـ", "الي", "علي", "في", "بين", "حسب", "بحسب", "نقلا", "وفقا",
];

/// The person named right before the speech verb of quote `q` when the verb has no subject
/// after it (subject–verb order): `سامي ناصر أكد أن …`، `ريم فهد، رئيسة الجمعية، تقول: …`.
/// The verb (past or present, not a participle) stands right before the reported words (after
/// lead-ins) and is not joined by و to an earlier clause; the name's mention ends right before
/// the verb or a comma before it (`فلان، قال`), or an apposition set off by commas that names no
/// other person; no preposition stands right before the name; and the
/// verb's gender fits how the person was named (a feminine verb a woman, a masculine one a man).
pub(super) fn named_subject_before_verb(
    q: &Quote,
    article: &Article,
    entities: &[Entity],
    lex: &Lexicon,
) -> Option<String> {
    let para = article.body.get(q.paragraph)?;
    let byte = para.find(q.text.as_str())?;
    let before = &para[..byte];
    let clean = |w: &str| text::normalize_word(w.trim_matches(|c: char| !c.is_alphabetic()));
    let mut words = before.split_whitespace().rev();
    let mut verb_word = None;
    for (skipped, w) in words.by_ref().enumerate() {
        let n = clean(w);
        if n.is_empty() || LEAD_INS.contains(&n.as_str()) {
            if skipped >= 3 {
                return None;
            }
            continue;
        }
        verb_word = Some(w);
        break;
    }
    let verb_word = verb_word?;
    // (A verb marked off by punctuation after it, `قال،`, is not the one that reports.)
    if verb_word.ends_with(['.', '،', ',', '؛']) {
        return None;
    }
    let verb = clean(verb_word);
    let pos = speech_pos(lex, &verb).filter(|p| matches!(p, Pos::Verb | Pos::Present))?;
    if IMPERSONAL.contains(&text::bare(&verb)) {
        return None;
    }
    let feminine = verb_feminine(&verb, pos)?;
    // A verb joined by و goes on with an earlier clause's subject (`… بأمر الأمير فلان، وقال`).
    let joined = |c: char| {
        verb.strip_prefix(c)
            .is_some_and(|rest| speech_pos(lex, rest).is_some())
    };
    if joined('و') {
        return None;
    }
    let verb_byte = verb_word.as_ptr() as usize - before.as_ptr() as usize;
    let verb_at = before[..verb_byte].chars().count();
    let gap_fits = |start: usize, end: usize| {
        if end > verb_at {
            return false;
        }
        let gap: String = para.chars().skip(end).take(verb_at - end).collect();
        let gap = gap.trim();
        if gap.is_empty() || gap == "،" {
            return true;
        }
        let apposition = gap.starts_with('،')
            && gap.ends_with('،')
            && gap.split_whitespace().count() >= 2
            && gap.split_whitespace().count() <= 12
            && !gap.contains(['.', '«', '"', ':']);
        // No other person named inside the apposition (`فلان، مستشار فلان، قال`).
        apposition
            && !entities.iter().any(|e| {
                e.kind == EntityType::Person
                    && e.mentions.iter().any(|m| {
                        m.part.is_body()
                            && m.paragraph == q.paragraph
                            && m.start >= end
                            && m.start < verb_at
                            && m.start != start
                    })
            })
    };
    let free_before = |start: usize| {
        let head: String = para.chars().take(start).collect();
        let Some(w) = head.split_whitespace().next_back() else {
            return true;
        };
        let n = clean(w);
        let n = n
            .strip_prefix('و')
            .or_else(|| n.strip_prefix('ف'))
            .filter(|s| s.chars().count() > 1)
            .unwrap_or(&n);
        !(NOT_BEFORE_SUBJECT.contains(&n)
            || w.ends_with('ـ')
            || (n.starts_with("لل") && !n.is_empty()))
    };
    let mut found = entities.iter().filter(|e| {
        e.kind == EntityType::Person
            && e.mentions.iter().any(|m| {
                m.part.is_body()
                    && m.paragraph == q.paragraph
                    && gap_fits(m.start, m.end)
                    && free_before(m.start)
            })
    });
    let person = found.next()?;
    if found.next().is_some() || named_as_a_woman(person, article, lex) != feminine {
        return None;
    }
    Some(person.id.clone())
}
