//! A cap on element nesting, applied to the markup before parsing.
//!
//! The HTML tree builder checks "is there a `p` in button scope?" and similar by scanning the
//! stack of open elements, so a page nested 100,000 `div`s deep costs it time quadratic in the
//! depth (minutes). Browsers cap the depth of the tree (Blink at 512 levels) and so do we: a
//! linear pre-scan tracks nesting and, only when a page goes deeper than [`MAX_DEPTH`], drops the
//! start and end tags of the elements below that depth. Their text stays, in order; only the
//! structure below the cap is flattened, which is what a browser would show anyway.
//!
//! The scan knows enough HTML to stay in step with the parser on real pages: comments,
//! doctype, raw-text elements (`script`, `style`, `textarea`, `title`…), void elements, quoted
//! attribute values, and the implied end of `p`, `li`, `dt`, `dd`, `tr`, `td`, `th`, `option`.

use std::borrow::Cow;

/// Deepest element nesting kept as is.
pub(crate) const MAX_DEPTH: usize = 512;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "frame", "basefont", "bgsound",
];

const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// Elements whose start tag implies the end of an open element of the same name.
const SELF_CLOSING_SIBLINGS: &[&str] = &["p", "li", "dt", "dd", "tr", "td", "th", "option"];

enum Tag {
    Open { name: String, end: usize },
    Close { name: String, end: usize },
    Skip { end: usize },
}

fn find_from(s: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    let first = *pat.first()?;
    let mut i = from;
    while let Some(p) = s.get(i..)?.iter().position(|&c| c == first) {
        let at = i + p;
        if s.get(at..at + pat.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(pat))
        {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

fn tag_end(s: &[u8], mut i: usize) -> usize {
    let mut quote: Option<u8> = None;
    while let Some(&c) = s.get(i) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return i + 1,
            None => {}
        }
        i += 1;
    }
    s.len()
}

fn read_name(s: &[u8], mut i: usize) -> (String, usize) {
    let start = i;
    while s
        .get(i)
        .is_some_and(|c| !c.is_ascii_whitespace() && *c != b'>' && *c != b'/')
    {
        i += 1;
    }
    (
        String::from_utf8_lossy(s.get(start..i).unwrap_or(&[])).to_ascii_lowercase(),
        i,
    )
}

/// Reads the markup construct starting at `s[i] == b'<'`.
fn read_tag(s: &[u8], i: usize) -> Tag {
    let next = s.get(i + 1).copied();
    match next {
        Some(b'!') => {
            if s.get(i..i + 4) == Some(b"<!--") {
                let end = find_from(s, i + 4, b"-->").map_or(s.len(), |p| p + 3);
                Tag::Skip { end }
            } else {
                Tag::Skip {
                    end: tag_end(s, i + 2),
                }
            }
        }
        Some(b'?') => Tag::Skip {
            end: tag_end(s, i + 2),
        },
        Some(b'/') => {
            let (name, after) = read_name(s, i + 2);
            Tag::Close {
                name,
                end: tag_end(s, after),
            }
        }
        Some(c) if c.is_ascii_alphabetic() => {
            let (name, after) = read_name(s, i + 1);
            Tag::Open {
                name,
                end: tag_end(s, after),
            }
        }
        _ => Tag::Skip { end: i + 1 },
    }
}

/// Walks the markup, calling `on_tag(start, end, keep)` for every tag (`keep` is false for tags
/// below the cap). Returns the deepest nesting seen.
fn scan(html: &str, mut on_tag: impl FnMut(usize, usize, bool)) -> usize {
    let s = html.as_bytes();
    // Open elements: name and whether its tags are dropped.
    let mut stack: Vec<(String, bool)> = Vec::new();
    let mut deepest = 0;
    let mut i = 0;
    while let Some(p) = s
        .get(i..)
        .and_then(|rest| rest.iter().position(|&c| c == b'<'))
    {
        let at = i + p;
        match read_tag(s, at) {
            Tag::Skip { end } => i = end.max(at + 1),
            Tag::Open { name, end } => {
                let mut end = end.max(at + 1);
                if VOID.contains(&name.as_str()) {
                    on_tag(at, end, true);
                    i = end;
                    continue;
                }
                if SELF_CLOSING_SIBLINGS.contains(&name.as_str())
                    && stack.last().is_some_and(|t| t.0 == name)
                {
                    stack.pop();
                }
                let keep = stack.len() < MAX_DEPTH;
                on_tag(at, end, keep);
                if RAW_TEXT.contains(&name.as_str()) {
                    // The element's text runs to its end tag; nothing inside is markup.
                    let close = format!("</{name}");
                    let stop = find_from(s, end, close.as_bytes()).unwrap_or(s.len());
                    let close_end = if stop < s.len() {
                        tag_end(s, stop + close.len())
                    } else {
                        s.len()
                    };
                    on_tag(stop, close_end, keep);
                    end = close_end;
                } else {
                    stack.push((name, !keep));
                    deepest = deepest.max(stack.len());
                }
                i = end;
            }
            Tag::Close { name, end } => {
                let end = end.max(at + 1);
                let mut keep = true;
                if let Some(pos) = stack.iter().rposition(|t| t.0 == name) {
                    keep = !stack.get(pos).is_some_and(|t| t.1);
                    stack.truncate(pos);
                }
                on_tag(at, end, keep);
                i = end;
            }
        }
    }
    deepest
}

/// The markup with tags below [`MAX_DEPTH`] removed; borrowed when the page is shallower.
pub(crate) fn cap(html: &str) -> Cow<'_, str> {
    if scan(html, |_, _, _| {}) <= MAX_DEPTH {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    scan(html, |start, end, keep| {
        if !keep {
            if let Some(text) = html.get(copied..start) {
                out.push_str(text);
            }
            copied = end;
        }
    });
    if let Some(rest) = html.get(copied..) {
        out.push_str(rest);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_borrowed_unchanged() {
        let html =
            "<html><body><div><p>نص<br>آخر</p><script>if (a < b) {}</script></div></body></html>";
        assert!(matches!(cap(html), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_flattened_below_the_cap_and_text_kept() {
        let n = MAX_DEPTH + 50;
        let html = format!("{}<p>نص عميق</p>{}", "<div>".repeat(n), "</div>".repeat(n));
        let capped = cap(&html);
        assert_eq!(capped.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
        assert!(capped.contains("نص عميق"));
        assert!(!capped.contains("<p>"), "the p is below the cap too");
    }

    #[test]
    fn unclosed_paragraphs_and_items_do_not_count_as_nesting() {
        let html = format!("<ul>{}</ul>", "<li>بند".repeat(MAX_DEPTH * 2));
        assert!(matches!(cap(&html), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_inside_comments_scripts_and_quotes_are_not_counted() {
        let deep = "<div>".repeat(MAX_DEPTH * 2);
        let html = format!(
            "<!-- {deep} --><script>var s = '{deep}';</script><div title='{deep}'>نص</div><textarea>{deep}</textarea>"
        );
        assert!(matches!(cap(&html), Cow::Borrowed(_)));
    }
}
