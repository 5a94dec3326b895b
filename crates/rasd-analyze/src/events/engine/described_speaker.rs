//! The speaker of a quote whose attribution is a description pointing back to a person named
//! earlier in the article with that title.
//!
//! News names a person once with their title (`قال المتحدث باسم الوزارة سامي ناصر`، `سامي
//! ناصر، مدير المستشفى،`) and later calls them by the title alone: `وأوضح المتحدث أن …`، `وأضاف
//! المدير التنفيذي للشركة أن …`، or with an honorific first: `وأكد معالي وزير الخارجية أن …`.
//! [`described_person`] gives such a quote the one person whose
//! title, where they were named before the quote, holds every word of the description. A title that several earlier people carried is
//! ambiguous and the quote keeps no speaker; a source word (`المصدر`) is no title, so an
//! anonymous source stays nameless.

use rasd_model::{Article, Entity, EntityType, Quote};

use crate::entities::context::{contains, TITLES};
use crate::events::text;

/// Person titles a description may open with besides [`TITLES`] (normalized, without the
/// article): the generic official and common professional titles news repeats alone.
const MORE_TITLES: &[&str] = &[
    "مسوول",
    "مسيول",
    "محامي",
    "مفتي",
    "مهندس",
    "مدرب",
    "قيادي",
    "محافظ",
];

/// Honorifics that may open a description before its title (normalized): `معالي وزير
/// الخارجية`، `سعادة مدير الجامعة`، `فضيلة إمام المسجد`، `صاحب السمو الأمير`. They honour the
/// person without being part of the title they were named with, so they are passed over.
const HONORIFICS: &[&str] = &[
    "معالي",
    "سعاده",
    "سمو",
    "السمو",
    "فضيله",
    "سماحه",
    "فخامه",
    "جلاله",
    "دوله",
    "صاحب",
    "الملكي",
];

/// Words a title may stand before its holder's name at most (`المدير التنفيذي لشركة مترو جدة
/// المهندس سامي ناصر`).
const TITLE_WORDS_BEFORE: usize = 8;

/// Words that may stand between the description and the quote at most (`في بيان له أن`);
/// more, and the description is likely a new person's title whose name the Analyzer missed
/// (`وأشار القيادي في المقاومة فلان الفلاني إلى أن`).
const MAX_WORDS_AFTER_DESCRIPTION: usize = 5;

/// Marks that end a sentence: a title window does not reach across them.
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '؟', ':', ';', '\n'];

/// A word in normal form with its punctuation trimmed.
fn clean(word: &str) -> String {
    text::normalize_word(word.trim_matches(|c: char| !c.is_alphabetic()))
}

/// A normalized word without a leading conjunction before the article and without the
/// article (`والوزير` → `وزير`).
pub(super) fn without_article(word: &str) -> &str {
    let word = word
        .strip_prefix('و')
        .filter(|w| w.starts_with("ال"))
        .unwrap_or(word);
    word.strip_prefix("ال").unwrap_or(word)
}

/// True when `noun` (normalized, without the article) is a person's title.
pub(super) fn is_title(noun: &str) -> bool {
    contains(TITLES, noun) || contains(TITLES, &format!("ال{noun}")) || MORE_TITLES.contains(&noun)
}

/// The words around a mention that may hold the person's title, normalized and without the
/// article: up to [`TITLE_WORDS_BEFORE`] words before it in its sentence (`المتحدث باسم
/// الوزارة سامي ناصر`), and, when a comma follows the name, the apposition's words up to the
/// next mark (`سامي ناصر، مدير المستشفى،`).
fn title_words(para: &str, start: usize, end: usize) -> Vec<String> {
    let chars: Vec<char> = para.chars().collect();
    let start = start.min(chars.len());
    let end = end.clamp(start, chars.len());
    let before = &chars[..start];
    let from = before
        .iter()
        .rposition(|c| SENTENCE_ENDS.contains(c))
        .map_or(0, |i| i + 1);
    let before: String = before[from..].iter().collect();
    let words: Vec<&str> = before.split_whitespace().collect();
    let keep = words.len().saturating_sub(TITLE_WORDS_BEFORE);
    let mut out: Vec<String> = words[keep..]
        .iter()
        .map(|w| without_article(&clean(w)).to_string())
        .collect();
    let after: String = chars[end..].iter().collect();
    let after = after.trim_start();
    let apposition = after
        .strip_prefix('،')
        .or_else(|| after.strip_prefix(','))
        .or_else(|| title_right_after(after).then_some(after));
    if let Some(rest) = apposition {
        let stop = rest
            .find(|c: char| SENTENCE_ENDS.contains(&c) || c == '،' || c == ',')
            .unwrap_or(rest.len());
        out.extend(
            rest[..stop]
                .split_whitespace()
                .take(TITLE_WORDS_BEFORE)
                .map(|w| without_article(&clean(w)).to_string()),
        );
    }
    out
}

/// True when the words right after a name open with a title in construct, with no comma
/// between (`نجم الدين كريم محافظ كركوك`، `سامي ناصر مدير المستشفى`): an apposition that gives
/// the person's title like the one after a comma. The title must be bare (no article, no
/// conjunction), so a definite noun opening a new phrase is not taken for it.
fn title_right_after(after: &str) -> bool {
    after.split_whitespace().next().is_some_and(|word| {
        let word = clean(word);
        !word.starts_with("ال") && is_title(&word)
    })
}

/// True when a description opening with a bare title (`رئيس`، `مدير`) is definite by its
/// construct: the next word, after an optional `عام`, bears the article (`رئيس الجمهورية`،
/// `مدير عام الشركة`، `وزير الخارجية`). A bare title before an indefinite noun or a name
/// (`مسؤول كبير`، `محامي سامي ناصر`) points back to nobody.
fn definite_construct(rest: &[&str]) -> bool {
    rest.iter()
        .map(|w| clean(w))
        .find(|w| w != "عام")
        .is_some_and(|w| w.starts_with("ال") && w.chars().count() > 3)
}

/// The person quote `q`'s description points back to (see the module doc): `q`'s speaker
/// words open with a definite title (`المتحدث الرسمي`، `والمدير التنفيذي للشركة`, or a bare one
/// in construct with a definite noun: `رئيس الجمهورية`; any [`HONORIFICS`] before it are
/// passed over: `معالي وزير الخارجية`), stand at most
/// [`MAX_WORDS_AFTER_DESCRIPTION`] words before the quote, and exactly one person named before
/// them carried a title holding all of the description's words.
pub(super) fn described_person(
    q: &Quote,
    article: &Article,
    entities: &[Entity],
) -> Option<String> {
    let all_words: Vec<&str> = q.speaker_text.as_deref()?.split_whitespace().collect();
    let honorifics = all_words
        .iter()
        .take_while(|w| HONORIFICS.contains(&clean(w).as_str()))
        .count();
    let words = &all_words[honorifics..];
    let first = clean(words.first()?);
    let definite = first.starts_with("ال")
        || first.starts_with("وال")
        || (is_title(&first) && definite_construct(&words[1..]));
    let head = without_article(&first);
    if !definite || head.chars().count() < 3 || !is_title(head) {
        return None;
    }
    // The description's words (normalized, without the article; a one-letter preposition
    // like `لـ` left out): all must be in the earlier title.
    let described: Vec<String> = words
        .iter()
        .map(|w| without_article(&clean(w)).to_string())
        .filter(|w| w.chars().count() > 1)
        .collect();
    // A word of a person's name in the description (`فضيلة الشيخ القاسم`) makes it a title and
    // a name, which the name's own mentions resolve: the title does not point back alone.
    let in_a_name = |w: &String| {
        !is_title(w)
            && entities.iter().any(|e| {
                e.kind == EntityType::Person
                    && e.name
                        .split_whitespace()
                        .any(|n| without_article(&clean(n)) == w.as_str())
            })
    };
    if described.iter().any(in_a_name) {
        return None;
    }
    let para = article.body.get(q.paragraph)?;
    let quote_byte = para.find(q.text.as_str())?;
    let before = &para[..quote_byte];
    let description_byte = before.rfind(words[0])?;
    let trailing = before[description_byte..].split_whitespace().count();
    if trailing > words.len() + MAX_WORDS_AFTER_DESCRIPTION {
        return None;
    }
    let described_at = (q.paragraph, before[..description_byte].chars().count());
    let carries_title = |paragraph: usize, start: usize, end: usize| {
        let Some(text) = article.body.get(paragraph) else {
            return false;
        };
        let title = title_words(text, start, end);
        described.iter().all(|w| title.contains(w))
    };
    let mut fits = entities.iter().filter(|e| {
        e.kind == EntityType::Person
            && e.mentions.iter().any(|m| {
                m.part.is_body()
                    && (m.paragraph, m.end) <= described_at
                    && carries_title(m.paragraph, m.start, m.end)
            })
    });
    let person = fits.next()?;
    fits.next().is_none().then(|| person.id.clone())
}
