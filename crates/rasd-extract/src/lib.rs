//! rasd-extract: turns a page's bytes into a clean [`rasd_model::Article`].
//!
//! The one entry point is [`extract`]: it takes a [`RawPage`] (bytes and what is known about
//! them), refuses what is not a page (empty, binary, larger than [`MAX_PAGE_BYTES`]), decodes the
//! charset ([`decode`]), tells HTML from plain text, and hands the text to [`html::extract_html`]
//! or [`plain::extract_text`]. [`finish`] then fills what every article gets the same way: the
//! stable `id`, `word_count`, `language` (by `whatlang`), and `url`/`site` from the options.
//!
//! The phrase lists and line classifiers both extractors share (related-news headings, share and
//! copyright lines, photo credits, bylines) are in [`cues`].
//!
//! ```
//! use rasd_extract::{extract, Options, RawPage};
//! let text = "الرئيسية > أخبار > اقتصاد\n\nالحكومة تعلن خطة لدعم المزارعين\n\n\
//!             أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الجنوبية، وقال الوزير إن التنفيذ يبدأ الشهر المقبل.\n\n\
//!             وأضاف أن الخطة تشمل قروضا ميسرة وبذورا محسنة لأكثر من عشرة آلاف أسرة في القرى البعيدة.\n";
//! let article = extract(&RawPage::new(text.as_bytes().to_vec()), &Options::default()).unwrap();
//! assert_eq!(article.headline, "الحكومة تعلن خطة لدعم المزارعين");
//! assert_eq!(article.section.as_deref(), Some("اقتصاد"));
//! assert_eq!(article.body.len(), 2);
//! assert_eq!(article.language.as_deref(), Some("ar"));
//! ```
#![deny(missing_docs)]

use std::path::PathBuf;

use rasd_model::Article;
use sha2::{Digest, Sha256};

pub mod cues;
pub mod decode;
pub mod html;
pub mod plain;
pub mod score;

/// The largest page [`extract`] reads: 10 MiB. Real article pages are well under 2 MiB; anything
/// larger is a dump, a feed or an attack, and would cost memory and time for nothing.
pub const MAX_PAGE_BYTES: usize = 10 * 1024 * 1024;

/// What the caller knows about a page, besides its bytes.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The page's URL, when known (used for ids, `site`, and resolving relative links).
    pub url: Option<String>,
    /// Reference time for relative dates ("منذ 3 ساعات"); usually the fetch time.
    pub now: Option<chrono::NaiveDateTime>,
}

/// A page as fetched or read: its bytes and what is known about them.
#[derive(Debug, Clone, Default)]
pub struct RawPage {
    /// The page's bytes, in whatever charset it came in.
    pub bytes: Vec<u8>,
    /// Where it was fetched from, when known.
    pub url: Option<String>,
    /// The HTTP `Content-Type` header, when known (`text/html; charset=windows-1256`).
    pub content_type: Option<String>,
    /// When it was fetched; the reference time for relative dates when [`Options::now`] is unset.
    pub fetched: Option<chrono::NaiveDateTime>,
    /// The file it was read from, when it was read from one (for error messages).
    pub source_path: Option<PathBuf>,
}

impl RawPage {
    /// A page of bytes with nothing else known about it.
    pub fn new(bytes: Vec<u8>) -> Self {
        RawPage {
            bytes,
            ..RawPage::default()
        }
    }
}

/// Why a page could not be turned into an article.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExtractError {
    /// The page holds no article (no headline and no body paragraphs were found).
    #[error("no article found: {reason}")]
    NoArticle {
        /// What was missing.
        reason: String,
    },
    /// The page has no bytes, or only whitespace.
    #[error("empty page: nothing to extract")]
    Empty,
    /// The page is larger than [`MAX_PAGE_BYTES`].
    #[error("page too large: {size} bytes, above the limit of {limit} bytes ({} MiB); split it or pass the article alone", limit / (1024 * 1024))]
    TooLarge {
        /// The page's size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The bytes are a binary file (PDF, image, archive…), not a page.
    #[error("binary file, not a page ({what})")]
    Binary {
        /// What gave it away: a file signature, NUL bytes, control bytes.
        what: String,
    },
}

/// Turns a page into an article: checks, decodes, extracts (HTML or plain text), then [`finish`]es.
///
/// The URL and reference time are taken from `opts`, falling back to the page's own.
pub fn extract(page: &RawPage, opts: &Options) -> Result<Article, ExtractError> {
    if page.bytes.len() > MAX_PAGE_BYTES {
        return Err(ExtractError::TooLarge {
            size: page.bytes.len(),
            limit: MAX_PAGE_BYTES,
        });
    }
    let decoded = decode::decode(&page.bytes, page.content_type.as_deref())?;
    let opts = Options {
        url: opts.url.clone().or_else(|| page.url.clone()),
        now: opts.now.or(page.fetched),
    };
    let mut article = match decoded.kind {
        decode::Kind::Html => html::extract_html(&decoded.text, &opts)?,
        decode::Kind::Text => plain::extract_text(&decoded.text, &opts)?,
    };
    finish(&mut article, &opts);
    Ok(article)
}

/// Fills the fields every article gets the same way, whichever extractor made it:
///
/// - `url` from `opts.url` when the extractor found none (a canonical link wins over it);
/// - `site`: the host of the URL, without `www.`;
/// - `word_count`: words (runs of letters or digits) in the body;
/// - `language`: ISO 639-1 code detected by `whatlang` on the headline and body (ISO 639-3 for
///   languages without a two-letter code), `None` when detection is unsure;
/// - `id`: [`article_id`].
pub fn finish(article: &mut Article, opts: &Options) {
    if article.url.is_none() {
        article.url = opts.url.clone();
    }
    if article.site.is_none() {
        article.site = article.url.as_deref().and_then(rasd_text::url::site_of);
    }
    article.word_count = article.body.iter().map(|p| count_words(p)).sum();
    let sample: String = std::iter::once(article.headline.as_str())
        .chain(article.body.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("\n");
    article.language = detect_language(&sample).or(article.language.take());
    article.id = article_id(article);
}

/// Counts words: maximal runs of letters, digits and combining marks; in scripts written without
/// spaces (Chinese, Japanese kana and kanji) each character counts as a word.
pub fn count_words(text: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for c in text.chars() {
        if is_unspaced_script(c) {
            count += 1;
            in_word = false;
            continue;
        }
        let wordy =
            c.is_alphanumeric() || ('\u{064B}'..='\u{065F}').contains(&c) || c == '\u{0670}';
        if wordy && !in_word {
            count += 1;
        }
        in_word = wordy;
    }
    count
}

/// Han ideographs, hiragana and katakana: scripts that do not separate words with spaces.
fn is_unspaced_script(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// The stable id of an article: the first 16 hex digits of the SHA-256 of its canonical URL when
/// known, else of its normalized headline and body (see [`cues::fold`]), so the same story read
/// twice gets the same id.
pub fn article_id(article: &Article) -> String {
    let mut hasher = Sha256::new();
    match article.url.as_deref().map(canonical_url) {
        Some(url) => hasher.update(url.as_bytes()),
        None => {
            hasher.update(cues::fold(&article.headline).as_bytes());
            for p in &article.body {
                hasher.update(b"\n");
                hasher.update(cues::fold(p).as_bytes());
            }
        }
    }
    let digest = hasher.finalize();
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// A URL in canonical form for ids: scheme and host lowercased, fragment and trailing slash
/// removed, `http` and `https` treated alike.
pub fn canonical_url(url: &str) -> String {
    let url = url.trim();
    let url = url.split('#').next().unwrap_or(url);
    let (scheme_less, _) = match url.split_once("://") {
        Some((scheme, rest)) => (rest, scheme.to_ascii_lowercase()),
        None => (url, String::new()),
    };
    let (host, path) = match scheme_less.find('/') {
        Some(at) => scheme_less.split_at(at),
        None => (scheme_less, ""),
    };
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let path = path.trim_end_matches('/');
    format!("{host}{path}")
}

/// ISO 639-1 code of the text's language, by `whatlang`, when it is reliable enough.
pub fn detect_language(text: &str) -> Option<String> {
    let info = whatlang::detect(text)?;
    // Short texts give unreliable guesses; Arabic script is unambiguous enough to keep.
    if !info.is_reliable() && info.lang() != whatlang::Lang::Ara && info.confidence() < 0.5 {
        return None;
    }
    use whatlang::Lang::*;
    let code = match info.lang() {
        Ara => "ar",
        Eng => "en",
        Fra => "fr",
        Spa => "es",
        Deu => "de",
        Ita => "it",
        Por => "pt",
        Rus => "ru",
        Tur => "tr",
        Pes => "fa",
        Urd => "ur",
        Heb => "he",
        Nld => "nl",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Hin => "hi",
        Ind => "id",
        Pol => "pl",
        Ukr => "uk",
        other => return Some(other.code().to_string()),
    };
    Some(code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_large_names_the_limit() {
        let page = RawPage::new(vec![b'a'; MAX_PAGE_BYTES + 1]);
        let err = extract(&page, &Options::default()).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains(&MAX_PAGE_BYTES.to_string()), "{msg}");
        assert!(msg.contains("10 MiB"), "{msg}");
    }

    #[test]
    fn ids_prefer_the_url() {
        let a = Article {
            url: Some("https://WWW.Example.com/a/b/#top".into()),
            ..Article::default()
        };
        let b = Article {
            url: Some("http://example.com/a/b".into()),
            headline: "x".into(),
            ..Article::default()
        };
        assert_eq!(article_id(&a), article_id(&b));
        assert_eq!(article_id(&a).len(), 16);
        let c = Article {
            headline: "خبر".into(),
            body: vec!["نص".into()],
            ..Article::default()
        };
        let d = Article {
            headline: "خَبَر".into(),
            body: vec!["نص".into()],
            ..Article::default()
        };
        assert_eq!(article_id(&c), article_id(&d));
        assert_ne!(article_id(&a), article_id(&c));
    }

    #[test]
    fn words_are_counted_across_scripts() {
        assert_eq!(count_words("قدّم مبعوث البيت الأبيض، 2025."), 5);
        assert_eq!(count_words("It's a test"), 4);
        assert_eq!(count_words("今日は晴れ"), 5);
    }

    #[test]
    fn site_is_the_host_of_the_url() {
        let opts = Options {
            url: Some("https://www.example.com:8080/x?y".into()),
            ..Options::default()
        };
        let mut article = Article::default();
        finish(&mut article, &opts);
        assert_eq!(article.site.as_deref(), Some("example.com"));

        let mut article = Article::default();
        finish(
            &mut article,
            &Options {
                url: Some("not a url".into()),
                ..Options::default()
            },
        );
        assert_eq!(article.site, None);
    }
}
