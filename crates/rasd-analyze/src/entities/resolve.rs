//! Resolution inside a page: candidate mentions merge into entities with stable ids.
//!
//! - A capital is its country when it acts (`واشنطن تبادر`, `مع موسكو`) and the city when a
//!   locative word precedes it (`في باماكو`, `إلى باماكو`) or ب is attached (`بباماكو`).
//! - A person's name that ends a longer name of the page merges into it (`غويتا`,
//!   `عطا الله`); when it ends two different longer names it stays its own entity.
//! - Every spelling of a known person is found again over the whole page, proclitics taken off
//!   (`لغويتا` in a related headline, `أسيمي غويتا` in a caption).

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use rasd_model::{Entity, EntityType, Mention};

use super::context::{self, contains, in_list_loose};
use super::tokens::{normalize_phrase, proclitic_forms};
use super::{char_slice, Cand, Source, Target, Text};
use crate::gazetteer::{Gazetteer, Hit};

/// How a mention is named when it names its entity: as written, except that ل before the
/// article, which elides the article's alef (`للسفارة الأمريكية`), gets the article back
/// (`السفارة الأمريكية`). `clitics` are the proclitics taken off the mention's first word.
pub(crate) fn display_form(written: &str, clitics: &str) -> String {
    match written.strip_prefix("لل") {
        Some(rest) if clitics.ends_with('ل') => format!("ال{rest}"),
        _ => written.to_owned(),
    }
}

/// `name` without quotation marks (`وكالة «ميزان` → `وكالة ميزان`): a medium named in marks
/// after its type word keeps them in its mentions, not in its name.
fn without_quote_marks(name: String) -> String {
    if !name.contains(['«', '»', '"', '“', '”']) {
        return name;
    }
    name.replace(['«', '»', '"', '“', '”'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// 64-bit FNV-1a of `s`, as 16 hex digits: stable across runs, platforms and versions (unlike
/// `std`'s `DefaultHasher`), which is what cross-page ids need.
pub(crate) fn fnv_hex(s: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// True when a name's first words end with `بن`/`ابن`/`بنت`/`ولد`: what follows names the
/// father (`سلمان بن عبدالعزيز` in `محمد بن سلمان بن عبدالعزيز`), not the person again.
fn ends_with_father_link(head: &str) -> bool {
    head.rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "بن" | "ابن" | "بنت" | "ولد"))
}

/// The sequences of words by which a person may be named again on the page: the full name and
/// its endings (`عطا الله` of `رودولف عطا الله`), skipping endings that are only an article
/// part (`الله`), a title (`الشيخ` of `آل الشيخ`) or too short to be a surname, and endings right after `بن`/`ابن`/`بنت`/`ولد`:
/// those name the father (`سلمان بن عبدالعزيز` of `محمد بن سلمان بن عبدالعزيز` is the king,
/// not his son), while the family name that ends the chain stays (`الدوسري` of `عبدالله بن محمد
/// الدوسري`).
fn person_patterns(key: &str) -> Vec<String> {
    let words: Vec<&str> = key.split(' ').collect();
    let mut out = vec![key.to_owned()];
    for from in 1..words.len() {
        let Some(rest) = words.get(from..) else {
            continue;
        };
        let Some(first) = rest.first() else { continue };
        let after_link = words
            .get(..from)
            .is_some_and(|head| ends_with_father_link(&head.join(" ")));
        if contains(context::NAME_ARTICLE_PARTS, first)
            || contains(context::NAME_LINKS, first)
            || after_link
            || (rest.len() == 1 && first.chars().count() < 3)
            // (`الشيخ` of `عبدالعزيز آل الشيخ` alone is the title of anyone.)
            || (rest.len() == 1 && super::is_title(first))
        {
            continue;
        }
        out.push(rest.join(" "));
    }
    out
}

/// Merges the candidates into entities.
pub(super) fn entities(g: &Gazetteer, texts: &[Text<'_>], mut cands: Vec<Cand>) -> Vec<Entity> {
    capitals_as_actors(g, texts, &mut cands);
    proclitic_persons(texts, &mut cands);
    let canonical = merge_person_names(&cands);
    find_people_again(g, texts, &canonical, &mut cands);
    nisba_surnames_again(g, texts, &canonical, &mut cands);
    find_orgs_again(texts, &mut cands);
    super::custodian::custodian_as_state(g, texts, &mut cands);
    head_anaphora(g, texts, &mut cands);
    rank_pronouns(texts, &canonical, &mut cands);

    // Group by id.
    struct Group {
        name: Option<String>,
        kind: EntityType,
        country: Option<String>,
        coordinates: Option<[f64; 2]>,
        mentions: Vec<Mention>,
        longest: (usize, String),
    }
    let mut groups: BTreeMap<String, Group> = BTreeMap::new();
    for c in &cands {
        let Some(text) = texts.get(c.text) else {
            continue;
        };
        let written = char_slice(text.text, c.start, c.end);
        let (id, name, kind, country, coordinates) = match &c.target {
            Target::Gazetteer(e) => {
                let Some(entry) = g.entry(*e) else { continue };
                (
                    entry.id.clone(),
                    Some(entry.name.clone()),
                    entry.kind(),
                    entry.country.clone(),
                    entry.coordinates,
                )
            }
            Target::Person(key) => {
                let key = canonical.get(key).unwrap_or(key);
                (format!("per:{}", fnv_hex(key)), None, c.kind, None, None)
            }
            Target::Org { id, country } => (id.clone(), None, c.kind, country.clone(), None),
            Target::Place => (
                format!("loc:{}", fnv_hex(&normalize_phrase(&written))),
                None,
                EntityType::Location,
                None,
                None,
            ),
        };
        let group = groups.entry(id).or_insert_with(|| Group {
            name,
            kind,
            country,
            coordinates,
            mentions: Vec::new(),
            longest: (0, String::new()),
        });
        let words = c.last + 1 - c.first;
        if words > group.longest.0 {
            group.longest = (
                words,
                without_quote_marks(display_form(&written, &c.clitics)),
            );
        }
        group.mentions.push(Mention {
            text: written,
            part: text.part,
            paragraph: text.paragraph,
            start: c.start,
            end: c.end,
        });
    }
    let mut out: Vec<Entity> = groups
        .into_iter()
        .map(|(id, mut g)| {
            g.mentions.sort_by_key(|m| (m.part, m.paragraph, m.start));
            g.mentions.dedup_by(|a, b| {
                a.part == b.part && a.paragraph == b.paragraph && a.start == b.start
            });
            let mut aliases: Vec<String> = Vec::new();
            for m in &g.mentions {
                if !aliases.contains(&m.text) {
                    aliases.push(m.text.clone());
                }
            }
            Entity {
                id,
                name: g.name.unwrap_or(g.longest.1),
                kind: g.kind,
                aliases,
                country: g.country,
                coordinates: g.coordinates,
                mentions: g.mentions,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        let key = |e: &Entity| e.mentions.first().map(|m| (m.part, m.paragraph, m.start));
        key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
    });
    out
}

/// A person's name written with a proclitic the tagger took in (`لمحسن مرزوق`، `بفيصل
/// البدين`) is the name the page writes without it (`محسن مرزوق`): the mention starts after
/// the letter and names that person. Without the bare spelling on the page the letter may be
/// the name's own (`وليد`, `بشار`), so it stays.
fn proclitic_persons(texts: &[Text<'_>], cands: &mut [Cand]) {
    let keys: Vec<String> = cands
        .iter()
        .filter_map(|c| match &c.target {
            Target::Person(k) => Some(compact_name(k)),
            _ => None,
        })
        .collect();
    for c in cands.iter_mut() {
        let Target::Person(key) = &c.target else {
            continue;
        };
        let Some(letter) = key
            .chars()
            .next()
            .filter(|l| matches!(l, 'ل' | 'ب' | 'و' | 'ف'))
        else {
            continue;
        };
        let bare = &key[letter.len_utf8()..];
        let first_word = bare.split(' ').next().unwrap_or("");
        if first_word.chars().count() < 3 || !keys.contains(&compact_name(bare)) {
            continue;
        }
        let written_first = texts.get(c.text).and_then(|t| t.text.chars().nth(c.start));
        if written_first != Some(letter) || c.start + 1 >= c.end {
            continue;
        }
        c.start += 1;
        c.clitics.push(letter);
        c.target = Target::Person(bare.to_owned());
    }
}

fn capitals_as_actors(g: &Gazetteer, texts: &[Text<'_>], cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        let Target::Gazetteer(e) = c.target else {
            continue;
        };
        let Some(country) = g.entry(e).and_then(|e| e.capital_of.as_deref()) else {
            continue;
        };
        let Some(text) = texts.get(c.text) else {
            continue;
        };
        let punct = text.tokens.words.get(c.first).and_then(|w| w.punct_before);
        let prev = if c.first == 0 || punct.is_some() {
            ""
        } else {
            text.tokens.norm(c.first - 1)
        };
        let locative = c.clitics.ends_with('ب') || in_list_loose(context::LOCATIVE, prev);
        if !locative {
            if let Some(country) = g.country(country) {
                c.target = Target::Gazetteer(country);
            }
        }
    }
}

/// A person key with every `عبد` joined to the word after it: `عبد العزيز` and `عبدالعزيز` are
/// one spelling of one name (`سلمان بن عبد العزيز` = `سلمان بن عبدالعزيز`).
fn compact_name(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut glue = false;
    for (i, w) in key.split(' ').enumerate() {
        if i > 0 && !glue {
            out.push(' ');
        }
        out.push_str(w);
        glue = w == "عبد";
    }
    out
}

/// True when `short` (compact, at least three words) is the start of a chain of descent that
/// `long` carries on: a given name, a link `بن`/`ابن`/`بنت` and the father's name
/// (`محمد بن سلمان` of `محمد بن سلمان بن عبدالعزيز آل سعود`) name the same person.
fn nasab_prefix(short: &str, long: &str) -> bool {
    let words: Vec<&str> = short.split(' ').collect();
    words.len() >= 3
        && !matches!(words.first(), Some(&("بن" | "ابن" | "بنت")))
        && words
            .get(1..words.len() - 1)
            .is_some_and(|mid| mid.iter().any(|w| matches!(*w, "بن" | "ابن" | "بنت")))
        && !matches!(words.last(), Some(&("بن" | "ابن" | "بنت" | "ال" | "عبد")))
        && long
            .strip_prefix(short)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(carries_descent_on)
}

/// True when `rest`, the words a longer name adds after a chain of descent, carry the chain on:
/// a link and a name (`بن عبدالعزيز`), a family (`ال سعود`) or an article surname (`الدوسري`),
/// and end on a name, not on a link (`بن`) or a word the tagger ran on into (`يعزون`).
fn carries_descent_on(rest: &str) -> bool {
    let words: Vec<&str> = rest.split(' ').collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let links = ["بن", "ابن", "بنت", "ال", "عبد", "ابو"];
    // An article word alone is a family name (`الدوسري`), not an adjective of a body named
    // after the person (`الخيرية`).
    let first_ok = matches!(*first, "بن" | "ابن" | "بنت" | "ال")
        || (words.len() == 1
            && first.starts_with("ال")
            && !first.ends_with('ه')
            && first.chars().count() > 3);
    first_ok
        && !links.contains(last)
        && words.windows(2).enumerate().all(|(i, p)| {
            links.contains(&p[0]) != links.contains(&p[1])
                || (i + 2 == words.len()
                    && p[1].starts_with("ال")
                    && !p[1].ends_with('ه')
                    && !links.contains(&p[0]))
        })
}

/// Maps each person key to the one longer key it names: a key it ends (`غويتا` of `أسيمي
/// غويتا`), whose start of a chain of descent it is (`محمد بن سلمان` of `محمد بن سلمان بن
/// عبدالعزيز`), or that it spells otherwise (`عبد العزيز`/`عبدالعزيز`); when the longer keys do not
/// all nest in the longest one, the key stays its own.
fn merge_person_names(cands: &[Cand]) -> HashMap<String, String> {
    let mut keys: Vec<&str> = cands
        .iter()
        .filter_map(|c| match &c.target {
            Target::Person(k) => Some(k.as_str()),
            _ => None,
        })
        .collect();
    keys.sort_unstable();
    keys.dedup();
    let compact: Vec<String> = keys.iter().map(|k| compact_name(k)).collect();
    let mut map = HashMap::default();
    let ends = |long: &str, short: &str| {
        long.strip_suffix(short)
            .and_then(|head| head.strip_suffix(' '))
            .is_some_and(|head| !ends_with_father_link(head))
    };
    for (short, cs) in keys.iter().zip(&compact) {
        let longer: Vec<&String> = keys
            .iter()
            .zip(&compact)
            .filter(|(long, cl)| {
                cl.len() > cs.len() && (ends(cl, cs) || ends(long, short) || nasab_prefix(cs, cl))
            })
            .map(|(_, cl)| cl)
            .collect();
        // The longest of the names it is part of, if they all nest in it (أسيمي غويتا ⊂ آسيمي
        // غويتا ...); else, another spelling of the same name (the longest key, then the first).
        let target = match longer.iter().max_by_key(|l| l.len()) {
            Some(longest) if longer.iter().all(|l| longest.contains(l.as_str())) => {
                Some(longest.as_str())
            }
            Some(_) => None,
            None => Some(cs.as_str()),
        };
        let Some(target) = target else { continue };
        let best = keys
            .iter()
            .zip(&compact)
            .filter(|(_, c)| c.as_str() == target)
            .map(|(k, _)| *k)
            .max_by(|a, b| a.len().cmp(&b.len()).then_with(|| b.cmp(a)));
        if let Some(best) = best {
            if best != *short {
                map.insert((*short).to_owned(), best.to_owned());
            }
        }
    }
    map
}

fn find_people_again(
    g: &Gazetteer,
    texts: &[Text<'_>],
    canonical: &HashMap<String, String>,
    cands: &mut Vec<Cand>,
) {
    let mut patterns: HashMap<String, String> = HashMap::default();
    let mut ambiguous: Vec<String> = Vec::new();
    for c in cands.iter() {
        let Target::Person(key) = &c.target else {
            continue;
        };
        let full = canonical.get(key).unwrap_or(key);
        // (A shorter spelling merged into the full name is found again as itself too: `عبدالله
        // بن مساعد` of `عبدالله بن مساعد بن عبدالعزيز` is no ending of the full name.)
        let own = (key != full).then(|| key.clone());
        for p in person_patterns(full).into_iter().chain(own) {
            // An ending shared by two people names neither; a gazetteer name is not a surname.
            if !g.lookup(&p).is_empty() {
                continue;
            }
            match patterns.get(&p) {
                Some(other) if other != full => ambiguous.push(p),
                _ => {
                    patterns.insert(p, full.clone());
                }
            }
        }
    }
    for p in ambiguous {
        patterns.remove(&p);
    }
    if patterns.is_empty() {
        return;
    }
    let phrases = Phrases::new(&patterns);
    let mut found = Vec::new();
    for (t, text) in texts.iter().enumerate() {
        let n = text.tokens.words.len();
        let mut taken = vec![false; n];
        // A person span of the tagger may be part of a longer spelling (`غويتا` of
        // `أسيمي غويتا`): the pattern may cover it, and then replaces it.
        let replaceable =
            |c: &Cand| c.source == Source::Tagger && matches!(c.target, Target::Person(_));
        for c in cands.iter().filter(|c| c.text == t && !replaceable(c)) {
            for slot in taken.iter_mut().take(c.last + 1).skip(c.first) {
                *slot = true;
            }
        }
        let mut i = 0;
        let mut key = String::new();
        while i < n {
            if taken.get(i) == Some(&true) {
                i += 1;
                continue;
            }
            match phrases.longest_at(text, i, &taken, &mut key) {
                Some((words, prefix, person)) => {
                    let (Some(fw), Some(lw)) = (
                        text.tokens.words.get(i),
                        text.tokens.words.get(i + words - 1),
                    ) else {
                        break;
                    };
                    found.push(Cand {
                        text: t,
                        first: i,
                        last: i + words - 1,
                        start: fw.start + prefix,
                        end: lw.end,
                        target: Target::Person(person.clone()),
                        source: Source::Resolution,
                        kind: EntityType::Person,
                        hit: None,
                        clitics: String::new(),
                    });
                    i += words;
                }
                None => i += 1,
            }
        }
    }
    cands.retain(|c| {
        !(c.source == Source::Tagger
            && matches!(c.target, Target::Person(_))
            && found
                .iter()
                .any(|f| f.text == c.text && f.first <= c.last && c.first <= f.last))
    });
    cands.extend(found);
}

/// Reporting and stance verbs (normal form, no proclitic) after which a nisba alone is the
/// person it names (`واستنكر التركي`, `وأضاف المصري`), not an adjective: an adjective follows
/// the noun it qualifies.
const VERBS_BEFORE_SURNAME: &[&str] = &[
    "قال",
    "اضاف",
    "اكد",
    "اشار",
    "اوضح",
    "بين",
    "استنكر",
    "ادان",
    "شدد",
    "لفت",
    "ذكر",
    "اعرب",
    "طالب",
    "دعا",
    "اعتبر",
    "كشف",
    "افاد",
    "نوه",
    "ثمن",
    "اشاد",
    "تابع",
    "ختم",
    "اختتم",
    "رحب",
    "اعلن",
    "صرح",
    "حذر",
    "انتقد",
    "رفض",
    "نفي",
    "اوضحت",
    "قالت",
    "اضافت",
    "اكدت",
];

/// A nisba that ends the name of a person of the page (`التركي` of `عبدالله بن عبدالمحسن
/// التركي`, `منصور التركي`) names that person again, not the country, when it stands alone right
/// after a reporting or stance verb (`واستنكر التركي`: [`VERBS_BEFORE_SURNAME`]) or right after
/// the title the page put before the whole name (`اللواء منصور التركي` … `وأضاف اللواء
/// التركي`). After a noun it stays the country's adjective (`الرئيس التركي`, `نظيره التركي`,
/// `الجانب التركي`); a nisba that ends the names of two persons of the page names neither.
fn nisba_surnames_again(
    g: &Gazetteer,
    texts: &[Text<'_>],
    canonical: &HashMap<String, String>,
    cands: &mut [Cand],
) {
    // Nisba → the one person whose name ends with it (None: two persons), and the titles
    // written right before that person's mentions.
    let mut owner: HashMap<String, Option<String>> = HashMap::default();
    let mut titles: HashMap<String, Vec<String>> = HashMap::default();
    for c in cands.iter() {
        let Target::Person(key) = &c.target else {
            continue;
        };
        let full = canonical.get(key).unwrap_or(key);
        let Some((_, last)) = full.rsplit_once(' ') else {
            continue;
        };
        if !last.starts_with("ال") || !g.lookup(last).iter().any(|h| h.adjective) {
            continue;
        }
        let slot = owner
            .entry(last.to_owned())
            .or_insert_with(|| Some(full.clone()));
        if slot.as_deref().is_some_and(|f| f != full) {
            *slot = None;
        }
        if let (Some(text), Some(prev)) = (texts.get(c.text), c.first.checked_sub(1)) {
            let w = text.tokens.norm(prev);
            if super::is_title(w) {
                titles.entry(full.clone()).or_default().push(w.to_owned());
            }
        }
    }
    if owner.values().all(Option::is_none) {
        return;
    }
    for c in cands.iter_mut() {
        if c.first != c.last || !c.clitics.is_empty() || !c.hit.is_some_and(|h| h.adjective) {
            continue;
        }
        let Some(text) = texts.get(c.text) else {
            continue;
        };
        let Some(Some(full)) = owner.get(text.tokens.norm(c.first)) else {
            continue;
        };
        let Some(prev) = c.first.checked_sub(1) else {
            continue;
        };
        // (A quotation mark may stand around the name: `ورفع “الحكمي”`.)
        let joined = text
            .tokens
            .words
            .get(c.first)
            .and_then(|w| w.punct_before)
            .is_none_or(|p| matches!(p, '"' | '«' | '“'));
        if !joined {
            continue;
        }
        let p = text.tokens.norm(prev);
        let verb = proclitic_forms(p).any(|s| match s.form {
            super::tokens::Form::Plain(f) => contains(VERBS_BEFORE_SURNAME, f),
            super::tokens::Form::WithArticle(_) => false,
        });
        let same_title = super::is_title(p)
            && titles
                .get(full.as_str())
                .is_some_and(|ts| ts.iter().any(|t| t == p));
        if verb || same_title {
            c.target = Target::Person(full.clone());
            c.kind = EntityType::Person;
            c.hit = None;
            c.source = Source::Resolution;
        }
    }
}

/// Phrases to find again over a page (normalized words joined by spaces, each with its value),
/// indexed by their first word.
struct Phrases<'p, V> {
    patterns: &'p HashMap<String, V>,
    /// First word → the most words of a phrase starting with it.
    starts: HashMap<&'p str, usize>,
}

impl<'p, V> Phrases<'p, V> {
    fn new(patterns: &'p HashMap<String, V>) -> Self {
        let mut starts: HashMap<&str, usize> = HashMap::default();
        for p in patterns.keys() {
            let first = p.split(' ').next().unwrap_or("");
            let max = starts.entry(first).or_insert(0);
            *max = (*max).max(p.split(' ').count());
        }
        Phrases { patterns, starts }
    }

    /// The longest phrase at word `i` of `text`, its first word with any proclitics (`لحزب`),
    /// none of its words `taken`: (words, chars of proclitics before it, its value). `key` is a
    /// scratch buffer.
    fn longest_at(
        &self,
        text: &Text<'_>,
        i: usize,
        taken: &[bool],
        key: &mut String,
    ) -> Option<(usize, usize, &'p V)> {
        let n = text.tokens.words.len();
        let mut best: Option<(usize, usize, &'p V)> = None;
        for s in proclitic_forms(text.tokens.norm(i)) {
            key.clear();
            s.form.push_to(key);
            let Some(&max_words) = self.starts.get(key.as_str()) else {
                continue;
            };
            let first_len = key.len();
            for words in (1..=max_words.min(n.saturating_sub(i))).rev() {
                if (i..i + words).any(|j| taken.get(j) == Some(&true)) {
                    continue;
                }
                key.truncate(first_len);
                for j in 1..words {
                    key.push(' ');
                    key.push_str(text.tokens.norm(i + j));
                }
                if let Some(v) = self.patterns.get(key.as_str()) {
                    if best.is_none_or(|b| words > b.0) {
                        best = Some((words, s.prefix_chars, v));
                    }
                    break;
                }
            }
        }
        best
    }
}

/// Every spelling of an organization that a rule or the tagger found (not the gazetteer, which
/// finds its names everywhere itself) is found again over the page, proclitics taken off:
/// `لحزب الاتحاد من أجل التغيير` after `حزب الاتحاد من أجل التغيير`, `أورانو` where the
/// tagger missed it the second time. A one-word name with the article is left out (`الحكومة`).
fn find_orgs_again(texts: &[Text<'_>], cands: &mut Vec<Cand>) {
    let mut patterns: HashMap<String, (Target, EntityType)> = HashMap::default();
    for c in cands.iter() {
        if !matches!(c.target, Target::Org { .. }) {
            continue;
        }
        let Some(text) = texts.get(c.text) else {
            continue;
        };
        let written = char_slice(text.text, c.start, c.end);
        let key = normalize_phrase(&display_form(&written, &c.clitics));
        if key.is_empty() || c.words() == 1 && key.starts_with("ال") {
            continue;
        }
        patterns
            .entry(key)
            .or_insert_with(|| (c.target.clone(), c.kind));
    }
    if patterns.is_empty() {
        return;
    }
    let phrases = Phrases::new(&patterns);
    // Every written form of a first word ends with it, the article taken off (`للجبهة`,
    // `والجبهة`, `جبهة`): a word that ends with none of these starts no pattern.
    let tails: Vec<&str> = phrases
        .starts
        .keys()
        .map(|w| w.strip_prefix("ال").unwrap_or(w))
        .collect();
    let mut found = Vec::new();
    let mut key = String::new();
    for (t, text) in texts.iter().enumerate() {
        let n = text.tokens.words.len();
        let mut taken = vec![false; n];
        for c in cands.iter().filter(|c| c.text == t) {
            for slot in taken.iter_mut().take(c.last + 1).skip(c.first) {
                *slot = true;
            }
        }
        let mut i = 0;
        while i < n {
            if taken.get(i) == Some(&true) {
                i += 1;
                continue;
            }
            let norm = text.tokens.norm(i);
            if !tails.iter().any(|t| norm.ends_with(t)) {
                i += 1;
                continue;
            }
            let Some((words, prefix, (target, kind))) =
                phrases.longest_at(text, i, &taken, &mut key)
            else {
                i += 1;
                continue;
            };
            let (Some(fw), Some(lw)) = (
                text.tokens.words.get(i),
                text.tokens.words.get(i + words - 1),
            ) else {
                break;
            };
            found.push(Cand {
                text: t,
                first: i,
                last: i + words - 1,
                start: fw.start + prefix,
                end: lw.end,
                target: target.clone(),
                source: Source::Resolution,
                kind: *kind,
                hit: None,
                clitics: String::new(),
            });
            i += words;
        }
    }
    cands.extend(found);
}

/// Head nouns that, with the article and alone, name again the last body of the page whose name
/// starts with them: `المجلس` after `مجلس الأمن الدولي`, `الحزب` after `حزب الاتحاد من أجل
/// التغيير`, `البرلمان` after `البرلمان العراقي`.
const ANAPHOR_HEADS: &[&str] = &[
    "مجلس",
    "برلمان",
    "قياده",
    "حزب",
    "جماعه",
    "حركه",
    "منظمه",
    "مجموعه",
    "جيش",
    "هييه",
    "لجنه",
    "بعثه",
    "مفوضيه",
    "اتحاد",
    "وكاله",
    "محكمه",
    "حكومه",
    "تحالف",
    "جبهه",
    "موسسه",
    "مركز",
    "وزاره",
    "برنامج",
    "نادي",
    "مرصد",
    "مكتب",
    "صندوق",
    "شبكه",
    "تنظيم",
    "لجان",
    "مقاومه",
    // (Alone only, see [`ALONE_HEADS`]: `الإدارة الأمريكية`, `الجمعية العمومية`.)
    "اداره",
    "نيابه",
    "جمعيه",
    "قنصليه",
];

/// Heads of [`ANAPHOR_HEADS`] that are as often common nouns (`البرنامج النووي`, `المكتب
/// السياسي`, `التنظيم الإداري`): they name a body again only standing alone, with no definite
/// word after them (`وحذر البرنامج من`, `وأشار النادي إلى`, `وقال التنظيم في بيان` after `تنظيم
/// داعش`). (`الجامعة` and `الشركة` are left out: the last company or university found is often a
/// fragment; `القوة` too: the bodies found with that head are mostly phrases of strength, `قوة
/// الدولار`, and `القوة` alone is mostly force.)
const ALONE_HEADS: &[&str] = &[
    "برنامج",
    "نادي",
    "مرصد",
    "مكتب",
    "صندوق",
    "شبكه",
    "تنظيم",
    "لجان",
    // (`المقاومة` alone after `المقاومة الشعبية`: that body; `المقاومة الكهربائية` is none.)
    "مقاومه",
    // (`وأوضحت الإدارة أن` after `الإدارة العامة للمرور`: that body; `الإدارة الأمريكية`, an
    // administration of its own, is none; nor `بالنيابة`, "acting", "on behalf of". `الائتلاف`
    // is left out: on SaudiNewsNet 18,000-31,029 it made 12 events of meetings and pledges
    // with a place or a wrong other side.)
    "اداره",
    "نيابه",
    "جمعيه",
    "قنصليه",
];

/// Adjectives that keep `الحركة`/`الجماعة` the armed group the page named (`الحركة المتمردة`,
/// `الجماعة المتطرفة`), normalized; any other definite word after them ends the anaphor.
const GROUP_ADJECTIVES: &[&str] = &[
    "المتمرده",
    "المتشدده",
    "المتطرفه",
    "المسلحه",
    "الارهابيه",
    "الانقلابيه",
    "الجهاديه",
    "الحوثيه",
    "المعارضه",
];

/// Nouns ending like a feminine adjective that a group claims or takes as an object (`تبنت
/// الحركة العملية`, `حملت الجماعة المسؤولية`), normalized.
const CLAIMED_NOUNS: &[&str] = &[
    "العمليه",
    "المسووليه",
    "الاتفاقيه",
    "الحمايه",
    "الرعايه",
    "الولايه",
    "الشرعيه",
    "الهويه",
];

/// [`ANAPHOR_HEADS`] as a set.
fn anaphor_set() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    super::bodies::set_of(ANAPHOR_HEADS, &SET)
}

/// Kingdoms that `المملكة` names again when the page named them before.
const KINGDOMS: &[&str] = &["SAU", "MAR", "JOR", "BHR", "GBR"];

/// The kingdom a bare `المملكة` names on a page that named no kingdom before it: Saudi Arabia
/// when the page names it anywhere (by name, nisba or one of its places); else the kingdom of
/// [`KINGDOMS`] whose name or nisba the page writes most (ties: the first named); else Saudi
/// Arabia. Saudi Arabia comes first because the Saudi press writes `المملكة` for its own state
/// on every page, often without naming it, and names other kingdoms as other parties (`سفير
/// المملكة ببريطانيا`, `كالمملكة … والأردن`); Moroccan, Jordanian or Bahraini pages name their
/// own country. A body's seat (`رويترز` in London) counts for nothing. `None` only when the
/// gazetteer has no such country.
fn page_kingdom_of(g: &Gazetteer, cands: &[Cand]) -> Option<u32> {
    use crate::gazetteer::Class;
    let mut counts = [0usize; KINGDOMS.len()];
    let mut first = [usize::MAX; KINGDOMS.len()];
    let mut order: Vec<&Cand> = cands.iter().collect();
    order.sort_by_key(|c| (c.text, c.first));
    let mut saudi = false;
    for (rank, c) in order.iter().enumerate() {
        let Target::Gazetteer(e) = c.target else {
            continue;
        };
        let Some(entry) = g.entry(e) else { continue };
        if matches!(entry.class, Class::Organization(_)) {
            continue;
        }
        let Some(a3) = entry.country.as_deref() else {
            continue;
        };
        saudi |= a3 == "SAU";
        if entry.class != Class::Country {
            continue;
        }
        if let Some(k) = KINGDOMS.iter().position(|&k| k == a3) {
            counts[k] += 1;
            first[k] = first[k].min(rank);
        }
    }
    let best = (0..KINGDOMS.len())
        .filter(|&k| counts[k] > 0)
        .max_by(|&a, &b| counts[a].cmp(&counts[b]).then(first[b].cmp(&first[a])));
    match best {
        Some(k) if !saudi => g.country(KINGDOMS[k]),
        _ => g.country("SAU"),
    }
}

/// The head of a word in normal form: proclitics and the article taken off, when the article
/// was there (`وللمجلس` → `مجلس`); `None` for a word without the article.
fn definite_head(norm: &str) -> Option<(&str, usize, &str)> {
    proclitic_forms(norm).find_map(|s| match s.form {
        super::tokens::Form::Plain(f) => f
            .strip_prefix("ال")
            .map(|rest| (rest, s.prefix_chars, s.clitics)),
        super::tokens::Form::WithArticle(f) => Some((f, s.prefix_chars, s.clitics)),
    })
}

/// A head noun alone with the article (`الحزب`, `وقال المجلس`, `للمملكة`) is a mention of the
/// last body the page named with that head (or of the last kingdom, for `المملكة`, and with
/// no kingdom before it the page's kingdom: [`page_kingdom_of`]); a
/// `الجماعة`/`الحركة` with no such body names the last armed or political group of the
/// gazetteer. Nothing is added when no such entity came before.
fn head_anaphora(g: &Gazetteer, texts: &[Text<'_>], cands: &mut Vec<Cand>) {
    use crate::gazetteer::{Class, OrgClass};
    let mut sorted: Vec<&Cand> = cands.iter().collect();
    sorted.sort_by_key(|c| (c.text, c.first));
    let head_of = |c: &Cand| -> Option<String> {
        let text = texts.get(c.text)?;
        let norm = text.tokens.norm(c.first);
        let head = definite_head(norm).map(|(h, _, _)| h).or_else(|| {
            proclitic_forms(norm).find_map(|s| match s.form {
                super::tokens::Form::Plain(f) if contains(ANAPHOR_HEADS, f) => Some(f),
                _ => None,
            })
        })?;
        Some(head.to_owned())
    };
    let entry_of = |c: &Cand| match c.target {
        Target::Gazetteer(e) => g.entry(e),
        _ => None,
    };
    let mut found = Vec::new();
    // The kingdom a bare `المملكة` names when no kingdom was named before it (computed once).
    let mut page_kingdom: Option<Option<u32>> = None;
    for (t, text) in texts.iter().enumerate() {
        let n = text.tokens.words.len();
        let mut taken = vec![false; n];
        for c in cands.iter().filter(|c| c.text == t) {
            for slot in taken.iter_mut().take(c.last + 1).skip(c.first) {
                *slot = true;
            }
        }
        for (i, is_taken) in taken.iter().enumerate() {
            if *is_taken {
                continue;
            }
            let norm = text.tokens.norm(i);
            if !norm.ends_with("مملكه") && !super::bodies::ends_with_listed(anaphor_set(), norm)
            {
                continue;
            }
            let Some((head, prefix, clitics)) = definite_head(norm) else {
                continue;
            };
            let kingdom = head == "مملكه";
            if !kingdom && !contains(ANAPHOR_HEADS, head) {
                continue;
            }
            let definite_next = text.tokens.words.get(i + 1).is_some_and(|w| {
                w.punct_before.is_none() && super::is_article_word(text.tokens.norm(i + 1))
            });
            // `ممثلة البرنامج، X`, `المدير القطري للبرنامج، X`: the body in a person's title
            // is no actor of its own; the person is.
            let in_title = (1..=2).any(|back| {
                i.checked_sub(back).is_some_and(|k| {
                    let w = text.tokens.norm(k);
                    // (`ممثلة`: a title's feminine form.)
                    super::is_title(w)
                        || w.strip_suffix('ه').is_some_and(super::is_title)
                        || w == "باسم"
                })
            });
            if contains(ALONE_HEADS, head) && (definite_next || in_title) {
                continue;
            }
            if head == "مقاومه" && of_a_body_before(text, i, clitics) {
                continue;
            }
            if head == "نيابه" && clitics.contains('ب') {
                continue;
            }
            // `الحركة الاحتجاجية`, `الحركة التجارية`, `الجماعة الإسلامية`: a movement or group
            // with a feminine adjective that is no armed group's is a common noun or another
            // body (not an object: `وتبنت الحركة الهجوم`, `… العملية`).
            let next_norm = text.tokens.norm(i + 1);
            if matches!(head, "جماعه" | "حركه")
                && definite_next
                && next_norm.ends_with("يه")
                && !contains(GROUP_ADJECTIVES, next_norm)
                && !contains(CLAIMED_NOUNS, next_norm)
            {
                continue;
            }
            let is_kingdom = |c: &Cand| {
                entry_of(c).is_some_and(|e| {
                    e.class == Class::Country
                        && e.country
                            .as_deref()
                            .is_some_and(|a3| KINGDOMS.contains(&a3))
                })
            };
            // `المملكة الأردنية`: a kingdom's nisba right after the word names it (not a name with a
            // preposition: `سفير المملكة ببريطانيا`).
            let named_next = kingdom
                && text
                    .tokens
                    .words
                    .get(i + 1)
                    .is_some_and(|w| w.punct_before.is_none());
            let next = named_next
                .then(|| {
                    sorted.iter().find(|c| {
                        c.text == t
                            && c.first == i + 1
                            && c.clitics.is_empty()
                            && c.hit.is_some_and(|h| h.adjective)
                            && is_kingdom(c)
                    })
                })
                .flatten();
            // The last entity before this word that the head names.
            let before = next
                .or_else(|| {
                    sorted
                        .iter()
                        .rev()
                        .filter(|c| (c.text, c.last) < (t, i))
                        .find(|c| {
                            if kingdom {
                                return is_kingdom(c);
                            }
                            c.kind == EntityType::Organization
                                && c.words() > 1
                                && head_of(c).as_deref() == Some(head)
                        })
                })
                .or_else(|| {
                    if !matches!(head, "جماعه" | "حركه") {
                        return None;
                    }
                    sorted.iter().rev().find(|c| {
                        (c.text, c.last) < (t, i)
                            && entry_of(c)
                                .is_some_and(|e| e.class == Class::Organization(OrgClass::Group))
                    })
                });
            let Some(w) = text.tokens.words.get(i) else {
                continue;
            };
            let (target, kind, hit) = match before {
                Some(referent) => (referent.target.clone(), referent.kind, referent.hit),
                None if kingdom => {
                    let entry = *page_kingdom.get_or_insert_with(|| page_kingdom_of(g, cands));
                    let Some(entry) = entry else { continue };
                    let hit = Hit {
                        entry,
                        adjective: false,
                        ambiguous: false,
                    };
                    (Target::Gazetteer(entry), EntityType::Location, Some(hit))
                }
                None => continue,
            };
            found.push(Cand {
                text: t,
                first: i,
                last: i,
                start: w.start + prefix,
                end: w.end,
                target,
                source: Source::Resolution,
                kind,
                hit,
                clitics: clitics.to_owned(),
            });
        }
    }
    cands.extend(found);
}

/// True when the word at `i` (with proclitics `clitics`) is `ل` + a head right after a definite
/// word (`المركز الإعلامي للمقاومة`, `الناطق الرسمي للمقاومة`): it ends the name of a body of
/// its own, or of an office, and names no actor by itself.
fn of_a_body_before(text: &Text<'_>, i: usize, clitics: &str) -> bool {
    clitics.ends_with('ل')
        && i.checked_sub(1).is_some_and(|k| {
            text.tokens
                .words
                .get(i)
                .is_some_and(|w| w.punct_before.is_none())
                && super::is_article_word(text.tokens.norm(k))
        })
}

/// A rank of address and the pronoun of address that stands for its holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rank {
    /// `سموه`: a prince, a crown prince, a Gulf sheikh (`الأمير`, `ولي العهد`, `سمو الشيخ`).
    Highness,
    /// `فخامته`: a head of state (`الرئيس`, `فخامة`).
    Excellency,
    /// `معاليه`: a minister or a body's secretary-general (`الوزير`, `معالي`, `الأمين العام`).
    Ministerial,
    /// `فضيلته`: a cleric (`الشيخ`, `فضيلة`, `المفتي`).
    Eminence,
}

/// The rank a pronoun of address names (normal form, proclitics off): `سموه`, `فخامته`,
/// `فخامتها`, `معاليه`, `معاليها`, `فضيلته`. (`سعادته` is as often "his happiness" — `عن
/// سعادته` — and `سموها` "they named it", `دولته` "its state": left out.)
fn pronoun_rank(form: &str) -> Option<Rank> {
    match form {
        "سموه" => Some(Rank::Highness),
        "فخامته" | "فخامتها" => Some(Rank::Excellency),
        "معاليه" | "معاليها" => Some(Rank::Ministerial),
        "فضيلته" => Some(Rank::Eminence),
        _ => None,
    }
}

/// True when a title word (normal form, proclitics off) gives its holder `rank`. `الرئيس` with
/// the article is the head of state (`رئيس مجموعة` chairs a company); `رئيس` in construct only
/// before `جمهورية`/`دولة` (`next`: the word after).
fn title_gives(rank: Rank, w: &str, next: &str) -> bool {
    let bare = w.strip_prefix("ال").unwrap_or(w);
    match rank {
        // (`ولي العهد` alone is no name's title: `ولي العهد الأمير X` has الأمير nearer.)
        Rank::Highness => matches!(bare, "امير" | "اميره" | "سمو"),
        Rank::Excellency => {
            matches!(w, "الرييس" | "الرييسه" | "فخامه")
                || matches!(w, "رييس" | "رييسه") && matches!(next, "جمهوريه" | "دوله")
        }
        Rank::Ministerial => matches!(bare, "وزير" | "وزيره" | "معالي" | "امين"),
        Rank::Eminence => matches!(bare, "شيخ" | "فضيله" | "مفتي" | "امام"),
    }
}

/// Titles that go with any rank (`الدكتور`, `الشيخ` of `سمو الشيخ X`): the walk back from a
/// name goes on through them.
const ANY_RANK_TITLES: &[&str] = &["دكتور", "سيد", "سيده", "استاذ", "مهندس", "شيخ", "شيخه"];

/// Words that make the title after them someone else's (`المتحدث باسم الأمين العام X`: X
/// speaks for the secretary-general; `نائب الرئيس X` is no president).
const FOR_ANOTHER: &[&str] = &[
    "باسم",
    "نايب",
    "النايب",
    "مساعد",
    "مستشار",
    "المستشار",
    "متحدث",
    "المتحدث",
    "ناطق",
    "الناطق",
    "مدير",
    "مكتب",
];

/// True when the title nearest before a person's mention (back to a sentence break, at most
/// twelve words, through `الدكتور`-like titles and the title's complement) is of `rank`:
/// `صاحب السمو الملكي الأمير X`, `فخامة الرئيس المصري X`, `معالي وزير الخارجية الأستاذ X`. A
/// nearer title of another kind decides against (`رئيس مجموعة X` after a prince's name), and
/// the walk stops at another person's name (`other(k)`: word `k` is in one).
fn titled(text: &Text<'_>, first: usize, rank: Rank, other: impl Fn(usize) -> bool) -> bool {
    let mut k = first;
    for _ in 0..12 {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        let breaks = text
            .tokens
            .words
            .get(k)
            .and_then(|w| w.punct_before)
            .is_some_and(|p| !matches!(p, '،' | ','));
        if breaks {
            return false;
        }
        k = prev;
        if other(k) {
            return false;
        }
        let next = text.tokens.norm(k + 1);
        let forms = || {
            proclitic_forms(text.tokens.norm(k)).map(|s| match s.form {
                super::tokens::Form::Plain(f) => f.to_owned(),
                super::tokens::Form::WithArticle(f) => format!("ال{f}"),
            })
        };
        if forms().any(|f| title_gives(rank, &f, next)) {
            let before = k.checked_sub(1).map_or("", |p| text.tokens.norm(p));
            return !contains(FOR_ANOTHER, before);
        }
        let w = text.tokens.norm(k);
        if super::is_title(w) && !contains(ANY_RANK_TITLES, w.strip_prefix("ال").unwrap_or(w)) {
            return false;
        }
    }
    false
}

/// A pronoun of address (`وأكد سموه`, `عقد فخامته اجتماعا مع سموه`, `وطالب معاليه`) is a
/// mention of the last person the page named before it with a title of that rank (a prince for
/// `سموه`, a president for `فخامته`, a minister for `معاليه`, a cleric for `فضيلته`). Nothing
/// is added when no such person came before.
fn rank_pronouns(texts: &[Text<'_>], canonical: &HashMap<String, String>, cands: &mut Vec<Cand>) {
    // Each person mention with its person's full name.
    let mut persons: Vec<(&Cand, &str)> = cands
        .iter()
        .filter_map(|c| match &c.target {
            Target::Person(key) => Some((c, canonical.get(key).unwrap_or(key).as_str())),
            _ => None,
        })
        .collect();
    if persons.is_empty() {
        return;
    }
    persons.sort_by_key(|(c, _)| (c.text, c.first));
    let mut found = Vec::new();
    for (t, text) in texts.iter().enumerate() {
        for (i, w) in text.tokens.words.iter().enumerate() {
            let norm = text.tokens.norm(i);
            // (A cheap test first: most words end in ة, folded to ه.)
            if !["موه", "امته", "امتها", "اليه", "اليها", "يلته"]
                .iter()
                .any(|s| norm.ends_with(s))
            {
                continue;
            }
            let Some((rank, prefix, clitics)) = proclitic_forms(norm).find_map(|s| match s.form {
                super::tokens::Form::Plain(f) => {
                    pronoun_rank(f).map(|r| (r, s.prefix_chars, s.clitics))
                }
                super::tokens::Form::WithArticle(_) => None,
            }) else {
                continue;
            };
            // The people of that rank named before the pronoun, and the last mention of one.
            let before = || persons.iter().filter(|(c, _)| (c.text, c.last) < (t, i));
            let ranked: Vec<&str> = before()
                .filter(|(c, name)| {
                    let other = |k: usize| {
                        persons.iter().any(|(p, n)| {
                            p.text == c.text && p.first <= k && k <= p.last && n != name
                        })
                    };
                    texts
                        .get(c.text)
                        .is_some_and(|x| titled(x, c.first, rank, other))
                })
                .map(|(_, name)| *name)
                .collect();
            let Some((referent, _)) = before().rev().find(|(_, name)| ranked.contains(name)) else {
                continue;
            };
            found.push(Cand {
                text: t,
                first: i,
                last: i,
                start: w.start + prefix,
                end: w.end,
                target: referent.target.clone(),
                source: Source::Resolution,
                kind: EntityType::Person,
                hit: None,
                clitics: clitics.to_owned(),
            });
        }
    }
    cands.extend(found);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_is_stable() {
        assert_eq!(fnv_hex(""), "cbf29ce484222325");
        assert_eq!(fnv_hex("a"), "af63dc4c8601ec8c");
    }

    #[test]
    fn person_patterns_are_the_name_and_its_endings() {
        assert_eq!(
            person_patterns("رودولف عطا الله"),
            ["رودولف عطا الله", "عطا الله"]
        );
        assert_eq!(person_patterns("اسيمي غويتا"), ["اسيمي غويتا", "غويتا"]);
        // After بن comes the father: the son is not named again by his father's name.
        assert_eq!(person_patterns("محمد بن سلمان"), ["محمد بن سلمان"]);
        assert_eq!(
            person_patterns("عبدالله بن محمد الدوسري"),
            ["عبدالله بن محمد الدوسري", "الدوسري"]
        );
        // A family name that is also a title names no one alone.
        assert_eq!(person_patterns("صالح ال الشيخ"), ["صالح ال الشيخ"]);
    }
}
