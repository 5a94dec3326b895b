//! HTML pages to [`Article`]s: metadata from markup meant for machines, the body from the DOM.
//!
//! [`extract_html`] parses the page once with `html5ever` into a compact arena of our own
//! (`tree`; scripts and style sheets emptied and nesting capped beforehand by `depth`), then:
//!
//! 1. reads JSON-LD (`NewsArticle` and its kin, `@graph` arrays), OpenGraph and `article:`
//!    properties, `<meta name>`, `<time datetime>`, the canonical link and `<html lang>`;
//! 2. turns the DOM into text blocks in one iterative walk (no recursion, so deeply nested
//!    pages cannot overflow the stack), skipping scripts, styles, forms, navigation, hidden
//!    elements and elements whose class or id mark menus, share bars, comments or ads;
//! 3. scores the elements holding paragraph-like blocks (Readability-style: commas, length,
//!    class/id hints, link density) and keeps the best one and its article-like siblings;
//! 4. takes out of the body what is not the article's own text: captions (kept as the image
//!    caption and credit), related-news boxes and lists under a related heading ("اقرأ أيضا",
//!    "Read more"; kept in `related` with absolute URLs), share/follow and copyright lines,
//!    link lists, and the repeated headline;
//! 5. when the page has no machine-readable date, finds an Arabic, English or French date in
//!    the text around the headline.
//!
//! ```
//! let html = "<html lang='ar'><head><meta property='og:title' content='عنوان الخبر'></head>\
//!   <body><article><h1>عنوان الخبر</h1><p>قال مسؤول في الوزارة، اليوم الثلاثاء، إن المفاوضات \
//!   ستستأنف الأسبوع المقبل في العاصمة بحضور الوسطاء.</p></article></body></html>";
//! let article = rasd_extract::html::extract_html(html, &rasd_extract::Options::default()).unwrap();
//! assert_eq!(article.headline, "عنوان الخبر");
//! assert_eq!(article.body.len(), 1);
//! ```

mod depth;
mod dom;
mod meta;
mod tree;

use rasd_model::{Article, Image, Related};

use crate::{cues, ExtractError, Options};

/// Headings that open a related-news list (compared after trimming `:` and spaces).
const RELATED_HEADINGS: &[&str] = &[
    "أخبار ذات علاقة",
    "أخبار ذات صلة",
    "مواضيع ذات صلة",
    "مقالات ذات صلة",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "إقرأ أيضا",
    "إقرأ أيضاً",
    "اقرأ ايضا",
    "اقرأ المزيد",
    "إقرأ المزيد",
    "قد يهمك أيضا",
    "قد يهمك",
    "المزيد من الأخبار",
    "read more",
    "read also",
    "see also",
    "related",
    "related articles",
    "related stories",
    "related news",
    "more on this story",
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "voir aussi",
    "sur le même sujet",
];

/// Openings of lines that are never article text: share/follow prompts and copyright lines.
const BOILERPLATE_STARTS: &[&str] = &[
    "تابعونا على",
    "تابعوا",
    "شارك",
    "شاركوا",
    "جميع الحقوق محفوظة",
    "حقوق النشر",
    "share this",
    "share on",
    "follow us",
    "all rights reserved",
    "copyright ©",
    "©",
    "advertisement",
    "partager",
    "suivez-nous",
    "tous droits réservés",
];

/// Prefixes of a photo credit inside a caption.
const CREDIT_PREFIXES: &[&str] = &[
    "المصدر:",
    "مصدر الصورة:",
    "الصورة:",
    "صورة:",
    "تصوير:",
    "photo:",
    "photograph:",
    "image:",
    "credit:",
    "source:",
    "photo :",
    "crédit :",
    "crédit:",
    "©",
];

/// News agencies and picture desks named at the end of captions ("… (رويترز)").
const AGENCIES: &[&str] = &[
    "رويترز",
    "أ ف ب",
    "أ.ف.ب",
    "ا ف ب",
    "فرانس برس",
    "أ ب",
    "أسوشيتد برس",
    "الأناضول",
    "إي بي أي",
    "إ ب أ",
    "غيتي",
    "غيتي إيمجز",
    "وام",
    "واس",
    "سانا",
    "afp",
    "reuters",
    "ap",
    "epa",
    "getty images",
    "getty",
    "anadolu",
    "associated press",
];

fn strip_heading(s: &str) -> String {
    s.trim()
        .trim_end_matches([':', '：', '.', '…', '-', '»', '«'])
        .trim()
        .to_lowercase()
}

fn is_related_heading(text: &str) -> bool {
    let t = strip_heading(text);
    t.chars().count() <= 40 && RELATED_HEADINGS.iter().any(|h| t == *h)
}

/// A related heading at the start of a block that also holds the link ("اقرأ أيضا: …").
fn related_prefix(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    RELATED_HEADINGS.iter().any(|h| {
        t.strip_prefix(h)
            .is_some_and(|rest| rest.trim_start().starts_with([':', '：', '-', '|']))
    })
}

/// False when `cues::inline_related` is sure to say no: it needs a separator after the cue.
fn may_be_inline_related(text: &str) -> bool {
    text.contains([':', '：', '|', '»', '-', '–'])
}

/// False when the text has more than `n` words that `cues::fold` keeps (a word with a letter or
/// digit outside the marks and tatweel fold removes), so that `cues::is_share_or_follow`, which
/// refuses lines of more than 8 folded words, need not fold it.
fn few_words(text: &str, n: usize) -> bool {
    let removed = |c: char| matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | 'ـ' | '\u{200C}'..='\u{200F}' | '\u{FEFF}');
    text.split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_alphanumeric() && !removed(c)))
        .nth(n)
        .is_none()
}

fn is_boilerplate_line(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    t.chars().count() < 120 && BOILERPLATE_STARTS.iter().any(|p| t.starts_with(p))
}

/// Splits a caption into (caption, credit).
pub(crate) fn split_credit(caption: &str) -> (Option<String>, Option<String>) {
    let c = caption.trim();
    let lower = c.to_lowercase();
    // "… المصدر: أ ف ب" / "… Photo: AFP"
    for p in CREDIT_PREFIXES {
        if let Some(pos) = lower.rfind(p) {
            // Byte offsets of `lower` and `c` agree only when lowercasing kept lengths; check.
            if lower.len() == c.len() {
                let (head, tail) = c.split_at(pos);
                let credit = tail
                    .get(p.len()..)
                    .unwrap_or("")
                    .trim()
                    .trim_end_matches([')', '.'])
                    .trim();
                let head = head.trim().trim_end_matches(['-', '|', '–', '(']).trim();
                if !credit.is_empty() && credit.chars().count() <= 60 {
                    return (non_empty(head), non_empty(credit));
                }
            }
        }
    }
    // "… (رويترز)" / "… (AFP/Getty Images)"
    if let Some(open) = c.rfind(['(', '[']) {
        let inner = c
            .get(open + 1..)
            .unwrap_or("")
            .trim_end_matches([')', ']', '.', ' '])
            .trim();
        let inner_l = inner.to_lowercase();
        let agency = inner_l
            .split(['/', '،', ',', '-'])
            .any(|part| AGENCIES.contains(&part.trim()));
        if agency && inner.chars().count() <= 40 {
            return (
                non_empty(c.get(..open).unwrap_or("").trim()),
                non_empty(inner),
            );
        }
    }
    (non_empty(c), None)
}

/// Caption and credit: extract-text's shared cue rules first, then the HTML-side patterns.
fn caption_and_credit(text: &str) -> (Option<String>, Option<String>) {
    match cues::split_caption_credit(text) {
        Some((c, Some(cr))) => (non_empty(&c), non_empty(&cr)),
        _ => split_credit(text),
    }
}

fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Normalizes a machine date ("2025-07-15T12:16:00+03:00", "2025-07-15 12:16", a text date)
/// to ISO 8601, keeping an offset only when the value has one.
pub(crate) fn normalize_date(s: &str, now: Option<chrono::NaiveDateTime>) -> Option<String> {
    let t = s.trim();
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(t) {
        return Some(dt.format("%Y-%m-%dT%H:%M:%S%:z").to_string());
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M:%S%z",
        "%Y-%m-%d %H:%M:%S%z",
        "%Y-%m-%dT%H:%M%z",
    ] {
        if let Ok(dt) = chrono::DateTime::parse_from_str(t, f) {
            return Some(dt.format("%Y-%m-%dT%H:%M:%S%:z").to_string());
        }
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(dt) = chrono::NaiveDateTime::parse_from_str(t, f) {
            return Some(dt.format("%Y-%m-%dT%H:%M:%S").to_string());
        }
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(t.get(..10).unwrap_or(t), "%Y-%m-%d") {
        if t.len() == 10 {
            return Some(d.format("%Y-%m-%d").to_string());
        }
    }
    rasd_text::date::parse(t, now).map(|d| d.to_iso())
}

fn resolve(base: Option<&url::Url>, href: &str) -> Option<String> {
    let h = href.trim();
    if h.is_empty() || h.starts_with('#') || h.to_ascii_lowercase().starts_with("javascript:") {
        return None;
    }
    match base {
        Some(b) => b.join(h).ok().map(|u| u.to_string()),
        None => url::Url::parse(h).ok().map(|u| u.to_string()),
    }
}

/// Drops a " | Site" / " - Site" tail from a title when the tail names the publisher or is short.
fn strip_site_suffix(title: &str, publisher: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: ", " « "] {
        if let Some(pos) = title.rfind(sep) {
            let (head, tail) = title.split_at(pos);
            let tail = tail.get(sep.len()..).unwrap_or("").trim();
            let names_site = publisher.is_some_and(|p| tail.eq_ignore_ascii_case(p.trim()));
            if names_site
                || (tail.split_whitespace().count() <= 3 && head.split_whitespace().count() >= 4)
            {
                return head.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

fn same_text(a: &str, b: &str) -> bool {
    let n = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    n(a) == n(b)
}

/// A stable hex id: of the URL when known, else of the headline and body.
fn article_id(url: Option<&str>, headline: &str, body: &[String]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    match url {
        Some(u) => h.update(u.as_bytes()),
        None => {
            h.update(
                headline
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .as_bytes(),
            );
            for p in body {
                h.update(b"\n");
                h.update(
                    p.split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .as_bytes(),
                );
            }
        }
    }
    h.finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn detect_language(body: &[String]) -> Option<String> {
    let sample: String = body
        .iter()
        .take(6)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    let info = whatlang::detect(&sample)?;
    let code = match info.lang() {
        whatlang::Lang::Ara => "ar",
        whatlang::Lang::Eng => "en",
        whatlang::Lang::Fra => "fr",
        whatlang::Lang::Deu => "de",
        whatlang::Lang::Spa => "es",
        whatlang::Lang::Ita => "it",
        whatlang::Lang::Por => "pt",
        whatlang::Lang::Rus => "ru",
        whatlang::Lang::Tur => "tr",
        whatlang::Lang::Pes => "fa",
        whatlang::Lang::Urd => "ur",
        whatlang::Lang::Heb => "he",
        whatlang::Lang::Nld => "nl",
        _ => return None,
    };
    Some(code.to_string())
}

/// Extracts an [`Article`] from an HTML page already decoded to text.
///
/// # Errors
///
/// [`ExtractError::NoArticle`] when no block of article text is found (an empty page, a
/// page of links, a page whose text is all scripts).
pub fn extract_html(html: &str, opts: &Options) -> Result<Article, ExtractError> {
    // Cap nesting and drop script and style text first (see `depth`).
    let html = depth::prepare(html);
    let doc = tree::parse(&html);
    let meta = meta::read(&doc);
    let mut page = dom::walk(&doc, true);
    let mut content = dom::main_content(&page);
    if content.chars(&page) < 200 {
        let loose = dom::walk(&doc, false);
        let loose_content = dom::main_content(&loose);
        if loose_content.chars(&loose) > content.chars(&page) {
            page = loose;
            content = loose_content;
        }
    }

    let page_url = opts.url.as_deref().and_then(|u| url::Url::parse(u).ok());
    let base_url = meta
        .base
        .as_deref()
        .and_then(|b| match &page_url {
            Some(p) => p.join(b).ok(),
            None => url::Url::parse(b).ok(),
        })
        .or_else(|| page_url.clone());
    let canonical = meta
        .canonical
        .as_deref()
        .and_then(|c| resolve(base_url.as_ref(), c));
    let url = canonical
        .clone()
        .or_else(|| page_url.as_ref().map(|u| u.to_string()));
    let link_base = url
        .as_deref()
        .and_then(|u| url::Url::parse(u).ok())
        .or(base_url);

    // The headline: JSON-LD/og title, preferring the page's own <h1> when they agree.
    let h1 = page
        .blocks
        .iter()
        .enumerate()
        .find(|(_, b)| b.kind == dom::Kind::Heading(1) && b.chars >= 3);
    let meta_title = meta
        .headline
        .as_deref()
        .map(|t| strip_site_suffix(t, meta.publisher.as_deref()))
        .or_else(|| {
            meta.title_tag
                .as_deref()
                .map(|t| strip_site_suffix(t, meta.publisher.as_deref()))
        });
    let headline = match (h1, meta_title) {
        (Some((_, b)), Some(t)) if t.contains(b.text.as_str()) || b.text.contains(t.as_str()) => {
            b.text.clone()
        }
        (_, Some(t)) => t,
        (Some((_, b)), None) => b.text.clone(),
        (None, None) => String::new(),
    };
    let h1_index = h1.map(|(i, _)| i);

    // Body and related links.
    let mut body: Vec<String> = Vec::new();
    let mut related: Vec<Related> = Vec::new();
    let push_related = |related: &mut Vec<Related>, title: &str, href: Option<&str>| {
        let t = title.trim();
        if t.split_whitespace().count() < 2 || related.iter().any(|r| r.title == t) {
            return;
        }
        related.push(Related {
            title: t.to_string(),
            url: href.and_then(|h| resolve(link_base.as_ref(), h)),
        });
    };
    let mut in_related_list = false;
    let mut first_body_block: Option<usize> = None;
    let mut text_date: Option<String> = None;
    for &i in &content.blocks {
        let Some(b) = page.blocks.get(i) else {
            continue;
        };
        if content.active(b.caption) || content.active(b.credit) {
            continue;
        }
        if content.active(b.related_box) {
            for (t, h) in &b.links {
                push_related(&mut related, t, h.as_deref());
            }
            continue;
        }
        if b.chars <= 60 && (is_related_heading(&b.text) || cues::is_related_heading(&b.text)) {
            in_related_list = true;
            continue;
        }
        let inline = if b.chars <= 300 && may_be_inline_related(&b.text) {
            cues::inline_related(&b.text)
        } else {
            None
        };
        if b.chars <= 300 && (inline.is_some() || related_prefix(&b.text)) {
            match (b.links.is_empty(), inline) {
                (false, _) => {
                    for (t, h) in &b.links {
                        push_related(&mut related, t, h.as_deref());
                    }
                }
                (true, Some(title)) => push_related(&mut related, &title, None),
                (true, None) => {}
            }
            continue;
        }
        if in_related_list {
            if b.link_density() >= 0.5 {
                for (t, h) in &b.links {
                    push_related(&mut related, t, h.as_deref());
                }
                continue;
            }
            in_related_list = false;
        }
        if b.link_density() > 0.5 && !(b.chars > 200 && b.link_density() < 0.7) {
            continue;
        }
        if is_boilerplate_line(&b.text)
            || (b.chars < 200
                && ((few_words(&b.text, 8) && cues::is_share_or_follow(&b.text))
                    || cues::is_copyright(&b.text)))
        {
            continue;
        }
        // A line that is only a date ("الخميس 5 يونيو 2025") is a dateline, not article text.
        if b.chars <= 80 {
            if let Some(m) = rasd_text::date::find(&b.text, opts.now) {
                if (m.end - m.start) * 10 >= b.chars * 6 {
                    text_date.get_or_insert(m.value.to_iso());
                    continue;
                }
            }
        }
        if matches!(b.kind, dom::Kind::Heading(_))
            && (same_text(&b.text, &headline) || Some(i) == h1_index)
        {
            continue;
        }
        if content.active(b.header) && b.chars < 100 {
            continue;
        }
        if !b.text.chars().any(char::is_alphanumeric) {
            continue;
        }
        if body.last().is_some_and(|l| l == &b.text) {
            continue;
        }
        first_body_block.get_or_insert(i);
        body.push(b.text.clone());
    }
    // Related-news boxes outside the content still name related articles.
    for b in page.blocks.iter().filter(|b| content.active(b.related_box)) {
        for (t, h) in &b.links {
            push_related(&mut related, t, h.as_deref());
        }
    }
    if body.is_empty() {
        return Err(ExtractError::NoArticle {
            reason: "the HTML holds no block of article text (only links, menus or scripts)".into(),
        });
    }

    // Publication date: machine-readable first, then a date printed near the headline.
    let mut published = meta
        .published
        .as_deref()
        .and_then(|d| normalize_date(d, opts.now))
        .or_else(|| {
            meta.time_datetime
                .as_deref()
                .and_then(|d| normalize_date(d, opts.now))
        });
    if published.is_none() {
        let anchor = h1_index.or(first_body_block).unwrap_or(0);
        let lo = anchor.saturating_sub(4);
        let hi = first_body_block.map_or(anchor + 12, |f| f.max(anchor) + 3);
        published = page
            .blocks
            .get(lo..hi.min(page.blocks.len()))
            .unwrap_or(&[])
            .iter()
            .filter(|b| b.chars <= 160)
            .find_map(|b| rasd_text::date::find(&b.text, opts.now))
            .map(|m| m.value.to_iso())
            .or(text_date);
    }

    // Lead image, caption and credit: the first caption near the article's text.
    let first = first_body_block.unwrap_or(0);
    let last = content.blocks.last().copied().unwrap_or(first);
    let lo = h1_index.unwrap_or(first).min(first).saturating_sub(3);
    let cap_blocks: Vec<&dom::Block> = page
        .blocks
        .get(lo..=last.min(page.blocks.len().saturating_sub(1)))
        .unwrap_or(&[])
        .iter()
        .filter(|b| content.active(b.caption) || content.active(b.credit))
        .collect();
    let mut caption: Option<String> = None;
    let mut credit: Option<String> = None;
    if let Some(first_cap) = cap_blocks.first() {
        let same_figure: Vec<&&dom::Block> = cap_blocks
            .iter()
            .filter(|b| {
                page.elems.get(b.elem).and_then(|e| e.parent)
                    == page.elems.get(first_cap.elem).and_then(|e| e.parent)
                    || b.elem == first_cap.elem
            })
            .collect();
        for b in same_figure {
            let (is_credit, is_caption) = (content.active(b.credit), content.active(b.caption));
            if is_credit && !is_caption {
                credit = credit.or_else(|| non_empty(&b.text));
            } else if is_credit {
                let (c, cr) = caption_and_credit(&b.text);
                credit = credit.or(cr).or(c);
            } else {
                let (c, cr) = caption_and_credit(&b.text);
                caption = caption.or(c);
                credit = credit.or(cr);
            }
        }
    }
    let image_url = meta
        .image
        .as_deref()
        .or(page.image_src.as_deref())
        .and_then(|u| resolve(link_base.as_ref(), u));
    let image = (image_url.is_some() || caption.is_some() || credit.is_some()).then_some(Image {
        url: image_url,
        caption,
        credit,
    });

    let site = url
        .as_deref()
        .and_then(|u| url::Url::parse(u).ok())
        .and_then(|u| {
            u.host_str()
                .map(|h| h.trim_start_matches("www.").to_string())
        });
    let language = meta.language.clone().or_else(|| detect_language(&body));
    let word_count = body.iter().map(|p| p.split_whitespace().count()).sum();
    let id = article_id(url.as_deref(), &headline, &body);
    Ok(Article {
        id,
        url,
        site,
        publisher: meta.publisher.clone(),
        language,
        section: meta.section.clone(),
        headline,
        published,
        authors: meta.authors.clone(),
        image,
        body,
        related,
        word_count,
        ..Article::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_prefixed_and_parenthesized_credits() {
        assert_eq!(
            split_credit("الرئيس خلال الاجتماع - المصدر: أ ف ب"),
            (Some("الرئيس خلال الاجتماع".into()), Some("أ ف ب".into()))
        );
        assert_eq!(
            split_credit("متظاهرون في الساحة (رويترز)"),
            (Some("متظاهرون في الساحة".into()), Some("رويترز".into()))
        );
        assert_eq!(
            split_credit("Rescue teams at work. Photo: AFP"),
            (Some("Rescue teams at work.".into()), Some("AFP".into()))
        );
        assert_eq!(
            split_credit("منظر عام للمدينة (أرشيفية)"),
            (Some("منظر عام للمدينة (أرشيفية)".into()), None)
        );
    }

    #[test]
    fn dates_keep_offsets_only_when_given() {
        assert_eq!(
            normalize_date("2025-07-15T12:16:00+03:00", None).as_deref(),
            Some("2025-07-15T12:16:00+03:00")
        );
        assert_eq!(
            normalize_date("2025-07-15T12:16:00Z", None).as_deref(),
            Some("2025-07-15T12:16:00+00:00")
        );
        assert_eq!(
            normalize_date("2025-07-15T12:16:00", None).as_deref(),
            Some("2025-07-15T12:16:00")
        );
        assert_eq!(
            normalize_date("2025-07-15 12:16", None).as_deref(),
            Some("2025-07-15T12:16:00")
        );
        assert_eq!(
            normalize_date("2025-07-15", None).as_deref(),
            Some("2025-07-15")
        );
        assert_eq!(
            normalize_date("2025-07-15T12:16:00+0300", None).as_deref(),
            Some("2025-07-15T12:16:00+03:00")
        );
        assert_eq!(normalize_date("not a date", None), None);
    }

    #[test]
    fn related_headings_match_whole_lines_only() {
        assert!(is_related_heading("اقرأ أيضا:"));
        assert!(is_related_heading(" Read more "));
        assert!(!is_related_heading(
            "اقرأ أيضا ما قاله الوزير في مؤتمره الصحفي أمس"
        ));
        assert!(related_prefix("اقرأ أيضا: عنوان خبر آخر"));
    }

    #[test]
    fn site_suffix_is_dropped_from_titles() {
        assert_eq!(
            strip_site_suffix("عنوان الخبر هنا اليوم | الموقع", Some("الموقع")),
            "عنوان الخبر هنا اليوم"
        );
        assert_eq!(strip_site_suffix("A - B", None), "A - B");
    }
}
