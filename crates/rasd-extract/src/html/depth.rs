//! The markup pre-pass, run before parsing: a cap on element nesting, and the contents of
//! scripts and style sheets left out.
//!
//! The HTML tree builder checks "is there a `p` in button scope?" and similar by scanning the
//! stack of open elements, so a page nested 100,000 `div`s deep costs it time quadratic in the
//! depth (minutes). Browsers cap the depth of the tree (Blink at 512 levels) and so do we: a
//! linear scan tracks nesting and, only when a page goes deeper than [`MAX_DEPTH`], drops the
//! start and end tags of the elements below that depth. Their text stays, in order; only the
//! structure below the cap is flattened, which is what a browser would show anyway.
//!
//! The same scan drops the text inside `<script>` (except JSON scripts, which hold the JSON-LD
//! metadata) and `<style>`: about half the bytes of a news page, which the tokenizer would
//! otherwise copy character by character into text nodes that extraction never reads. The
//! elements themselves stay. A content is dropped only when the tokenizer is certain to end it
//! where the scan does: outside SVG and MathML, at the first `</script` or `</style` followed by
//! whitespace, `/` or `>`, and with no `<!--` inside (which can put a script's tokenizer into its
//! escaped states, where an inner `</script>` does not end it).
//!
//! The scan knows enough HTML to stay in step with the parser on real pages: comments,
//! doctype, raw-text elements (`script`, `style`, `textarea`, `title`, `noscript`…), void
//! elements, quoted attribute values, self-closing tags in SVG and MathML, and the implied end
//! of `p`, `li`, `dt`, `dd`, `tr`, `td`, `th`, `option`. Tag names are compared in place, without
//! allocating.

use std::borrow::Cow;

/// Deepest element nesting kept as is.
pub(crate) const MAX_DEPTH: usize = 512;

const VOID: &[&[u8]] = &[
    b"area",
    b"base",
    b"br",
    b"col",
    b"embed",
    b"hr",
    b"img",
    b"input",
    b"link",
    b"meta",
    b"source",
    b"track",
    b"wbr",
    b"param",
    b"keygen",
    b"frame",
    b"basefont",
    b"bgsound",
];

/// Elements whose content the tokenizer reads as text up to their end tag (with scripting on,
/// as html5ever parses by default, `noscript` is one of them).
const RAW_TEXT: &[&[u8]] = &[
    b"script",
    b"style",
    b"textarea",
    b"title",
    b"xmp",
    b"iframe",
    b"noembed",
    b"noframes",
    b"noscript",
];

/// Elements whose start tag implies the end of an open element of the same name.
const SELF_CLOSING_SIBLINGS: &[&[u8]] =
    &[b"p", b"li", b"dt", b"dd", b"tr", b"td", b"th", b"option"];

/// A markup construct: its kind, the byte range of its name, and one past its last byte.
enum Tag {
    /// A start tag; its attributes start at `attrs`.
    Open {
        name: (usize, usize),
        attrs: usize,
    },
    Close {
        name: (usize, usize),
        end: usize,
    },
    /// A comment whose text is `content` (as the tokenizer reads it; see `read_tag`).
    Comment {
        content: (usize, usize),
        end: usize,
    },
    Skip {
        end: usize,
    },
}

fn is(name: &[u8], list: &[&[u8]]) -> bool {
    list.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// Position of `pat` (exact bytes) in `s` at or after `from`.
fn find_from(s: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    memchr::memmem::find(s.get(from..)?, pat).map(|p| from + p)
}

/// True when `s` holds `pat`, ASCII case ignored.
fn contains_ignore_case(s: &[u8], pat: &[u8]) -> bool {
    s.windows(pat.len()).any(|w| w.eq_ignore_ascii_case(pat))
}

/// Where the end tag `</name` of a raw-text element starts: the first one followed by
/// whitespace, `/` or `>`, as the tokenizer recognizes it.
fn find_end_tag(s: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    loop {
        let at = find_from(s, i, b"</")?;
        let after = at + 2 + name.len();
        if s.get(at + 2..after)
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && s.get(after)
                .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'))
        {
            return Some(at);
        }
        i = at + 2;
    }
}

/// One past the `>` that ends the tag whose attributes start at `i` (quoted values may hold
/// `>`); the end of the markup when there is none.
fn tag_end(s: &[u8], mut i: usize) -> usize {
    while let Some(p) = s
        .get(i..)
        .and_then(|r| memchr::memchr3(b'>', b'"', b'\'', r))
    {
        let at = i + p;
        match s.get(at) {
            Some(&q @ (b'"' | b'\'')) => match s.get(at + 1..).and_then(|r| memchr::memchr(q, r)) {
                Some(close) => i = at + 1 + close + 1,
                None => return s.len(),
            },
            _ => return at + 1,
        }
    }
    s.len()
}

fn read_name(s: &[u8], mut i: usize) -> ((usize, usize), usize) {
    let start = i;
    while s
        .get(i)
        .is_some_and(|c| !c.is_ascii_whitespace() && *c != b'>' && *c != b'/')
    {
        i += 1;
    }
    ((start, i), i)
}

/// Reads the markup construct starting at `s[i] == b'<'`.
fn read_tag(s: &[u8], i: usize) -> Tag {
    let next = s.get(i + 1).copied();
    match next {
        Some(b'!') => {
            if s.get(i..i + 4) == Some(b"<!--") {
                let Some(close) = find_from(s, i + 4, b"-->") else {
                    return Tag::Skip { end: s.len() };
                };
                let content = (i + 4, close.max(i + 4));
                // `<!-->` and `<!--->` end at once, and `--!>` ends a comment too: those are
                // left to the parser as they are.
                let odd = s.get(i + 4) == Some(&b'>')
                    || s.get(i + 4..i + 6) == Some(b"->")
                    || s.get(content.0..content.1)
                        .is_some_and(|c| find_from(c, 0, b"--!>").is_some());
                if odd {
                    Tag::Skip { end: close + 3 }
                } else {
                    Tag::Comment {
                        content,
                        end: close + 3,
                    }
                }
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
            Tag::Open { name, attrs: after }
        }
        _ => Tag::Skip { end: i + 1 },
    }
}

/// The attributes extraction reads (see `tree::Attr`), and those that change how the tree is
/// built or how the parser goes on (`font` with `color`/`face`/`size` leaves SVG, a `meta`
/// charset, declarative shadow roots, MathML `encoding`). The pre-pass drops every other
/// attribute: a quarter of a news page's markup (`data-*`, `srcset`, SVG paths, event handlers),
/// which the tokenizer would copy character by character for nothing.
const KEPT_ATTRS: &[&[u8]] = &[
    b"class",
    b"id",
    b"style",
    b"hidden",
    b"href",
    b"src",
    b"itemprop",
    b"property",
    b"name",
    b"content",
    b"rel",
    b"type",
    b"datetime",
    b"lang",
    b"xml:lang",
    b"charset",
    b"http-equiv",
    b"color",
    b"face",
    b"size",
    b"encoding",
    b"shadowrootmode",
    b"shadowrootdelegatesfocus",
    b"shadowrootclonable",
    b"shadowrootserializable",
];

/// Formatting elements other than `a`: the tree builder compares their attributes (at most
/// three equal ones stay in its list of active formatting elements), so theirs are kept whole.
/// (`a` is safe: a new `a` closes the previous one, so two are never in the list together.)
const FORMATTING: &[&[u8]] = &[
    b"b", b"big", b"code", b"em", b"font", b"i", b"nobr", b"s", b"small", b"strike", b"strong",
    b"tt", b"u",
];

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// One attribute of a start tag: the byte range of its name and of the whole `name=value`.
type AttrSpan = ((usize, usize), (usize, usize));

/// Reads a start tag's attributes from just after its name, following the tokenizer's states
/// (names end at space, `/`, `>` or `=`; quotes count only at the start of a value; an unquoted
/// value ends at space or `>`). Returns one past the closing `>` and whether the tag closes
/// itself (`/>`), or `None` when the markup ends inside the tag (the tokenizer drops it).
fn read_attrs(s: &[u8], mut i: usize, attrs: &mut Vec<AttrSpan>) -> Option<(usize, bool)> {
    loop {
        while s.get(i).is_some_and(|&c| is_space(c)) {
            i += 1;
        }
        match *s.get(i)? {
            b'>' => return Some((i + 1, false)),
            b'/' => {
                i += 1;
                if *s.get(i)? == b'>' {
                    return Some((i + 1, true));
                }
                continue;
            }
            _ => {}
        }
        // The first character belongs to the name whatever it is (even `=`).
        let name_start = i;
        i += 1;
        while s
            .get(i)
            .is_some_and(|&c| !is_space(c) && !matches!(c, b'/' | b'>' | b'='))
        {
            i += 1;
        }
        let name = (name_start, i);
        while s.get(i).is_some_and(|&c| is_space(c)) {
            i += 1;
        }
        if *s.get(i)? != b'=' {
            attrs.push((name, name));
            continue;
        }
        i += 1;
        while s.get(i).is_some_and(|&c| is_space(c)) {
            i += 1;
        }
        match *s.get(i)? {
            q @ (b'"' | b'\'') => {
                let close = memchr::memchr(q, s.get(i + 1..)?)?;
                i += close + 2;
            }
            b'>' => {
                attrs.push((name, (name_start, i)));
                return Some((i + 1, false));
            }
            _ => {
                while s.get(i).is_some_and(|&c| !is_space(c) && c != b'>') {
                    i += 1;
                }
            }
        }
        attrs.push((name, (name_start, i)));
    }
}

/// An open element on the scan's stack.
struct Open {
    /// Byte range of its name in the markup.
    name: (usize, usize),
    /// Its tags are dropped (it is below the cap).
    dropped: bool,
    /// It is, or is inside, an `svg` or `math` element.
    foreign: bool,
}

/// Walks the markup and returns the byte ranges to leave out, in order: tags below the cap
/// and the contents of scripts and style sheets.
fn scan(html: &str) -> Vec<(usize, usize)> {
    let s = html.as_bytes();
    let name_of = |r: (usize, usize)| s.get(r.0..r.1).unwrap_or(&[]);
    let mut stack: Vec<Open> = Vec::new();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut attrs: Vec<AttrSpan> = Vec::new();
    let mut i = 0;
    // The last construct was a `pre` or `listing` start tag (whose first newline is dropped).
    let mut after_pre = false;
    while let Some(p) = s.get(i..).and_then(|rest| memchr::memchr(b'<', rest)) {
        let at = i + p;
        // Indentation between tags: one white-space character does what the run does (the
        // tree builder treats any white-space run alike, and extraction collapses white space).
        if p >= 2 && !after_pre && s.get(i..at).is_some_and(|t| t.iter().all(|&c| is_space(c))) {
            cuts.push((i + 1, at));
        }
        after_pre = false;
        match read_tag(s, at) {
            Tag::Skip { end } => i = end.max(at + 1),
            Tag::Comment { content, end } => {
                if content.1 > content.0 {
                    cuts.push(content);
                }
                i = end;
            }
            Tag::Open {
                name: range,
                attrs: from,
            } => {
                attrs.clear();
                let Some((end, self_closing)) = read_attrs(s, from, &mut attrs) else {
                    // The markup ends inside the tag: the tokenizer drops it.
                    break;
                };
                let name = name_of(range);
                after_pre =
                    name.eq_ignore_ascii_case(b"pre") || name.eq_ignore_ascii_case(b"listing");
                let parent_foreign = stack.last().is_some_and(|o| o.foreign);
                let below_cap = stack.len() >= MAX_DEPTH;
                if !below_cap && !is(name, FORMATTING) {
                    for &((n0, n1), (w0, w1)) in &attrs {
                        let kept = s.get(n0..n1).is_some_and(|n| is(n, KEPT_ATTRS));
                        // Only after a space, so that what follows cannot join what precedes.
                        let after_space = w0 > 0 && s.get(w0 - 1).is_some_and(|&c| is_space(c));
                        if !kept && after_space {
                            cuts.push((w0, w1));
                        }
                    }
                }
                if is(name, VOID) {
                    i = end;
                    continue;
                }
                let foreign = parent_foreign
                    || name.eq_ignore_ascii_case(b"svg")
                    || name.eq_ignore_ascii_case(b"math");
                // `<path … />` closes itself in SVG and MathML (not in HTML).
                if foreign && self_closing {
                    i = end;
                    continue;
                }
                if is(name, SELF_CLOSING_SIBLINGS)
                    && stack
                        .last()
                        .is_some_and(|t| name_of(t.name).eq_ignore_ascii_case(name))
                {
                    stack.pop();
                }
                let keep = stack.len() < MAX_DEPTH;
                if !keep {
                    cuts.push((at, end));
                }
                if !parent_foreign && is(name, RAW_TEXT) {
                    // The element's text runs to its end tag; nothing inside is markup.
                    let Some(stop) = find_end_tag(s, end, name) else {
                        // Unclosed: the rest of the page is its text.
                        break;
                    };
                    let content = s.get(end..stop).unwrap_or(&[]);
                    let elide = (name.eq_ignore_ascii_case(b"style")
                        || (name.eq_ignore_ascii_case(b"script")
                            && !contains_ignore_case(s.get(at..end).unwrap_or(&[]), b"json")))
                        && memchr::memmem::find(content, b"<!--").is_none()
                        && stop > end;
                    if elide {
                        cuts.push((end, stop));
                    }
                    let close_end = tag_end(s, stop + 2 + name.len());
                    if !keep {
                        cuts.push((stop, close_end));
                    }
                    i = close_end;
                } else {
                    stack.push(Open {
                        name: range,
                        dropped: !keep,
                        foreign,
                    });
                    i = end;
                }
            }
            Tag::Close { name: range, end } => {
                let end = end.max(at + 1);
                let name = name_of(range);
                if let Some(pos) = stack
                    .iter()
                    .rposition(|t| name_of(t.name).eq_ignore_ascii_case(name))
                {
                    if stack.get(pos).is_some_and(|t| t.dropped) {
                        cuts.push((at, end));
                    }
                    stack.truncate(pos);
                }
                i = end;
            }
        }
    }
    cuts
}

/// The markup as the parser should see it: tags below [`MAX_DEPTH`] and the contents of
/// scripts and style sheets removed; borrowed when there is nothing to remove.
pub(crate) fn prepare(html: &str) -> Cow<'_, str> {
    let cuts = scan(html);
    if cuts.is_empty() {
        return Cow::Borrowed(html);
    }
    let kept: usize = html.len() - cuts.iter().map(|(a, b)| b - a).sum::<usize>();
    let mut out = String::with_capacity(kept);
    let mut copied = 0;
    for (start, end) in cuts {
        if let Some(text) = html.get(copied..start) {
            out.push_str(text);
        }
        copied = copied.max(end);
    }
    if let Some(rest) = html.get(copied..) {
        out.push_str(rest);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_without_scripts_and_deep_nesting_are_borrowed_unchanged() {
        let html = "<html><body><div><p>نص<br>آخر</p><script type='application/ld+json'>{\"a\": \"<b>\"}</script></div></body></html>";
        assert!(matches!(prepare(html), Cow::Borrowed(_)));
    }

    #[test]
    fn script_and_style_contents_are_dropped_but_not_json() {
        let html = "<head><style>p{color:red}</style><script>if (a < b) { x('</scr' + 'ipt>'); }</script \
                    ><script type=\"application/ld+json\">{\"headline\": \"خبر\"}</script></head><p>نص</p>";
        assert_eq!(
            prepare(html),
            "<head><style></style><script></script \
             ><script type=\"application/ld+json\">{\"headline\": \"خبر\"}</script></head><p>نص</p>"
        );
    }

    #[test]
    fn escaped_scripts_svg_and_unclosed_scripts_are_left_to_the_parser() {
        let escaped = "<script><!-- document.write('<script>x()</script>'); --></script><p>نص</p>";
        assert!(matches!(prepare(escaped), Cow::Borrowed(_)));
        // In SVG, style and script are ordinary elements (their content is markup): kept; only
        // the path data goes.
        let svg = "<svg><style>.a{}</style><path d='M0'/><script>a<b</script></svg><p>نص</p>";
        assert_eq!(
            prepare(svg),
            "<svg><style>.a{}</style><path /><script>a<b</script></svg><p>نص</p>"
        );
        let unclosed = "<p>نص</p><script>var a = 1;";
        assert!(matches!(prepare(unclosed), Cow::Borrowed(_)));
        // Inside a noscript (raw text with scripting on), a script tag is text, not a script.
        let noscript = "<noscript><script>x</noscript><p>نص</p>";
        assert!(matches!(prepare(noscript), Cow::Borrowed(_)));
    }

    #[test]
    fn unused_attributes_are_dropped_and_the_rest_kept_as_written() {
        let html = "<div class=\"story\" data-x='{\"a\": \">\"}' onclick=go()><a href=/x rel=nofollow target=_blank>رابط</a>\
                    <img src=a.jpg srcset=\"a.jpg 2x\" alt=صورة><b data-k=1>غامق</b><div/data-x=1>نص</div>";
        assert_eq!(
            prepare(html),
            "<div class=\"story\"  ><a href=/x rel=nofollow >رابط</a>\
             <img src=a.jpg  ><b data-k=1>غامق</b><div/data-x=1>نص</div>"
        );
    }

    #[test]
    fn indentation_and_comment_text_shrink() {
        assert_eq!(
            prepare("<div>\n    <p>نص  آخر</p>\n  <!-- ملاحظة --></div>"),
            "<div>\n<p>نص  آخر</p>\n<!----></div>"
        );
        // The newline after <pre> is dropped by the tree builder: the run stays whole there.
        let pre = "<pre>\n\n<b>x</b></pre>";
        assert!(matches!(prepare(pre), Cow::Borrowed(_)));
        // Comments the tokenizer ends early are left alone.
        for odd in [
            "<!-->x<p>y</p>",
            "<!--->x<p>y</p>",
            "<!-- a --!> b -->",
            "<!-- open",
        ] {
            assert!(matches!(prepare(odd), Cow::Borrowed(_)), "{odd}");
        }
    }

    #[test]
    fn attributes_are_read_as_the_tokenizer_reads_them() {
        let mut a = Vec::new();
        let s = b" a=1/ b='x>y' c d =\"q\"e=f/>rest";
        let end = read_attrs(s, 0, &mut a);
        let names: Vec<&[u8]> = a.iter().map(|&((x, y), _)| &s[x..y]).collect();
        assert_eq!(names, [&b"a"[..], b"b", b"c", b"d", b"e"]);
        // `f/` is an unquoted value, so the tag does not close itself.
        assert_eq!(end, Some((s.len() - 4, false)));
        assert_eq!(read_attrs(b" a='unclosed>", 0, &mut a), None);
        assert_eq!(read_attrs(b" x/>", 0, &mut a), Some((4, true)));
    }

    #[test]
    fn deep_nesting_is_flattened_below_the_cap_and_text_kept() {
        let n = MAX_DEPTH + 50;
        let html = format!("{}<p>نص عميق</p>{}", "<div>".repeat(n), "</div>".repeat(n));
        let capped = prepare(&html);
        assert_eq!(capped.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
        assert!(capped.contains("نص عميق"));
        assert!(!capped.contains("<p>"), "the p is below the cap too");
    }

    #[test]
    fn unclosed_paragraphs_and_items_do_not_count_as_nesting() {
        let html = format!("<ul>{}</ul>", "<li>بند".repeat(MAX_DEPTH * 2));
        assert!(matches!(prepare(&html), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_inside_comments_json_and_quotes_are_not_counted() {
        let deep = "<div>".repeat(MAX_DEPTH * 2);
        let rest = format!(
            "<script type='application/json'>var s = '{deep}';</script><div class='{deep}'>نص</div><textarea>{deep}</textarea>"
        );
        // Only the comment's text goes; nothing is cut for depth.
        assert_eq!(
            prepare(&format!("<!-- {deep} -->{rest}")),
            format!("<!---->{rest}")
        );
    }
}
