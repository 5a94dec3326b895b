//! Quotes: who said what.
//!
//! [`find_quotes`] finds attributed quotes in an article's body, given its entities:
//!
//! - **Direct quotes** in `« »`, `“ ”` or `" "`, including quotes that span sentences, when an
//!   attribution names a speaker: a speech verb before them (`قال الوزير: «…»`,
//!   `أكد عطا الله أن ذلك "…"`), or right after them (`«…»، قال الوزير`), or a name and a colon
//!   (`الوزير عطا الله: «…»`).
//! - **Reported speech** after a speech verb and `أن`/`إن`/`بأن` (`قال`، `أكد`، `أوضح`، `صرّح`،
//!   `أضاف`، `أشار إلى`، `لفت`، `شدد`، `اعتبر`، `رأى`، `أفاد`، `نقل عن`، `أعلن` and their
//!   feminine, plural, present, و/ف-prefixed and participle forms `مؤكدًا`، `مشيرًا`), clauses
//!   credited with `بحسب`، `حسب`، `وفق`، `وفقًا لـ`، `نقلًا عن`، `بحسب ما أفادت` (at the head of the
//!   sentence: the clause after the source; elsewhere: the clause before it), and the clause
//!   before `كما قال` / `حسبما قال`. The quote runs to the end of the sentence or the next
//!   attribution (`، مضيفًا أن …` or `وأضاف الوزير أن …` starts a new one; a speech verb inside
//!   the reported words, `أن التقرير كشف أخطاء`, does not). A speech verb under `إذا`/`لو` is
//!   no attribution. A span is quoted once (`أوضح في بيان أن …`: the noun repeats the verb).
//!   After a closing mark, words pointing back may precede the verb (`«…»، بهذه الكلمات خاطب`).
//!
//! The speaker is the entity the attribution names: a person in the words after the verb (a title
//! may come first: `قال وزير الخارجية الفرنسي جان بارو`), else an organization or place right
//! after it; a pronoun or an implicit subject (`صرّح بأنه`، `من جانبه، أفاد`، `أكد مجددًا`،
//! `مؤكدًا`) is the last person or organization that was a subject; a circumstantial
//! participle (`، معتبرًا أن`) speaks for the subject of the sentence's verb. A definite person
//! description (`وأضاف المسؤول`، `وأشار المبعوث`، `وقالت الوزيرة`، `المسؤول العراقي`) is the last
//! person when it fits them: the title is one they were named with (`المبعوث الأمريكي توماس
//! رايت`) or generic (`المسؤول`), and a place in it is of their country; else the place it
//! names (`الرئيس الفرنسي`، `الناطقة باسم الخارجية الروسية` → the country); else nobody
//! (`المبعوث الأممي` after a Libyan minister; `والي الخرطوم` after a minister is Sudan).
//! `المتحدث باسم الحركة` is the organization whose name holds the word after باسم; an
//! organization description (`حسب المعهد الموريتاني`) the last organization whose name holds
//! the word. An indefinite description (`قال مسؤول عراقي`، `مسؤول في الوزارة`) and a nameless
//! source (`وفق مصادر`) give `speaker: null` with their words in `speaker_text`. In a title
//! before a name the person wins over the nationality (`حسب وزير الإعلام السوري رامي حداد`); an
//! organization after a head noun in construct (`نفت قيادة الجيش الليبي`) speaks. With `نقل عن`
//! the speaker is the one after `عن`. For an implicit speaker, `speaker_text` is the words that
//! stand for it (`من جانبه`) or the verb itself (`صرّح`).
//!
//! Not quotes: a short phrase in quotation marks that no attribution names (a scare quote such
//! as `"الحصرية الروسية"`, a name, a title), and marks inside reported speech. A quoted span of
//! eight words or more with no attribution is kept with `speaker: null`.
//!
//! ```
//! use rasd_model::{Article, Entity, EntityType, Mention};
//! let text = "وقال الوزير سامي ناصر إن المحادثات كانت مثمرة.";
//! let article = Article { body: vec![text.into()], ..Article::default() };
//! let start = text.chars().position(|c| c == 'س').unwrap();
//! let minister = Entity {
//!     id: "p1".into(), name: "سامي ناصر".into(), kind: EntityType::Person, aliases: vec![],
//!     country: None, coordinates: None,
//!     mentions: vec![Mention {
//!         text: "سامي ناصر".into(), part: Default::default(), paragraph: 0, start, end: start + 9,
//!     }],
//! };
//! let quotes = rasd_analyze::quotes::find_quotes(&article, &[minister]);
//! assert_eq!(quotes[0].speaker.as_deref(), Some("p1"));
//! assert_eq!(quotes[0].text, "المحادثات كانت مثمرة");
//! ```

use rasd_model::{Article, Entity, Quote};

use crate::events::text::{Token, TokenKind};

/// Finds the attributed quotes of `article`, with speakers among `entities`.
///
/// Quotes come in document order within each paragraph's attributions; a paragraph's quotes
/// whose attribution follows them come after the others of that paragraph.
pub fn find_quotes(article: &Article, entities: &[Entity]) -> Vec<Quote> {
    crate::events::engine::run(article, entities).0
}

/// A span between quotation marks in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct QuoteSpan {
    /// Char offset of the opening mark.
    pub(crate) open: usize,
    /// Char offset of the closing mark (or of the paragraph's end when never closed).
    pub(crate) close: usize,
    /// Token index of the opening mark.
    pub(crate) open_tok: usize,
    /// Token index of the closing mark (or the token count when never closed).
    pub(crate) close_tok: usize,
    /// The text between the marks, trimmed.
    pub(crate) text: String,
    /// Number of words between the marks.
    pub(crate) words: usize,
}

/// Finds the spans between quotation marks: `« »` and `“ ”` pair by nesting, `"` pairs in order.
/// A `«` or `“` left open after a colon runs to the paragraph's end; other unpaired marks are
/// ignored.
pub(crate) fn quote_spans(chars: &[char], tokens: &[Token]) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let mut open_guillemet: Vec<usize> = Vec::new();
    let mut open_curly: Vec<usize> = Vec::new();
    let mut open_straight: Option<usize> = None;
    let make = |a: usize, b: usize, close_char: usize| -> Option<QuoteSpan> {
        let open = tokens.get(a)?.start;
        let inner = tokens.get(a + 1..b).unwrap_or_default();
        let words = inner.iter().filter(|t| t.kind == TokenKind::Word).count();
        if words == 0 {
            return None;
        }
        let first = inner.first()?.start;
        let last = inner.last()?.end;
        let text = crate::events::text::slice(chars, first, last)
            .trim()
            .to_string();
        Some(QuoteSpan {
            open,
            close: close_char,
            open_tok: a,
            close_tok: b,
            text,
            words,
        })
    };
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Punct {
            continue;
        }
        match t.norm.as_str() {
            "«" => open_guillemet.push(i),
            "“" => open_curly.push(i),
            "»" => {
                if let Some(a) = open_guillemet.pop() {
                    out.extend(make(a, i, t.start));
                }
            }
            "”" => {
                if let Some(a) = open_curly.pop() {
                    out.extend(make(a, i, t.start));
                }
            }
            "\"" => match open_straight.take() {
                Some(a) => out.extend(make(a, i, t.start)),
                None => open_straight = Some(i),
            },
            _ => {}
        }
    }
    // An opening mark after a colon with no closing mark: the quote runs to the paragraph's end.
    for a in open_guillemet.into_iter().chain(open_curly) {
        let after_colon = a
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|t| t.is_punct(':'));
        if after_colon {
            out.extend(make(a, tokens.len(), chars.len()));
        }
    }
    out.sort_by_key(|q| q.open_tok);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::text::tokenize;

    fn spans(s: &str) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        quote_spans(&chars, &tokenize(&chars))
            .into_iter()
            .map(|q| q.text)
            .collect()
    }

    #[test]
    fn pairs_guillemets_curly_and_straight_marks() {
        assert_eq!(
            spans("قال: «نحن هنا» ثم “هم هناك” و\"أنتم\"."),
            ["نحن هنا", "هم هناك", "أنتم"]
        );
    }

    #[test]
    fn spans_sentences_inside_marks() {
        assert_eq!(
            spans("قال: «انتهى الأمر. سنعود غدا.» ثم خرج."),
            ["انتهى الأمر. سنعود غدا."]
        );
    }

    #[test]
    fn unclosed_mark_after_colon_runs_to_the_end() {
        assert_eq!(spans("وقال: «سنبقى هنا"), ["سنبقى هنا"]);
        assert!(spans("هذا «خطأ مطبعي").is_empty());
    }
}
