//! The markup pre-pass, run before parsing: a cap on element nesting, and the bytes extraction
//! never reads left out.
//!
//! The HTML tree builder checks "is there a `p` in button scope?" and similar by scanning the
//! stack of open elements, so a page nested 100,000 `div`s deep costs it time quadratic in the
//! depth (minutes). Browsers cap the depth of the tree (Blink at 512 levels) and so do we: a
//! linear scan tracks nesting and, only when a page goes deeper than [`MAX_DEPTH`], drops the
//! start and end tags of the elements below that depth. Their text stays, in order; only the
//! structure below the cap is flattened, which is what a browser would show anyway.
//!
//! The same scan shrinks what the tokenizer would copy character by character for nothing
//! (about two thirds of a news page's bytes): the text of `<script>` (except JSON scripts, which
//! hold the JSON-LD metadata) and `<style>`, attributes extraction never reads (`data-*`,
//! `srcset`, SVG paths, event handlers), comment text, and runs of indentation between tags
//! (one white-space character stays). The elements themselves stay, so the tree has the same
//! shape; the property test below checks that the walk and the metadata come out the same.
//!
//! To know where the tokenizer is, the scan follows its states closely enough for hostile
//! markup: comments (including `<!-->` and `--!>`), bogus comments and doctypes, `CDATA` in SVG
//! and MathML, raw-text and RCDATA elements and their end tags, the escaped states of scripts
//! (`<!--` inside a script, where an inner `</script>` may not end it; such scripts are kept
//! whole), attributes as the tokenizer reads them (quotes count only at the start of a value),
//! foreign content with its HTML integration points and the tags that break out of it, and
//! `<plaintext>` and `<frameset>` (after which nothing more is changed). Tag names are compared
//! in place, without allocating.

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

/// Start tags that end SVG or MathML content (the tree builder pops back to HTML).
const BREAKOUT: &[&[u8]] = &[
    b"b",
    b"big",
    b"blockquote",
    b"body",
    b"br",
    b"center",
    b"code",
    b"dd",
    b"div",
    b"dl",
    b"dt",
    b"em",
    b"embed",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"head",
    b"hr",
    b"i",
    b"img",
    b"li",
    b"listing",
    b"menu",
    b"meta",
    b"nobr",
    b"ol",
    b"p",
    b"pre",
    b"ruby",
    b"s",
    b"small",
    b"span",
    b"strong",
    b"strike",
    b"sub",
    b"sup",
    b"table",
    b"tt",
    b"u",
    b"ul",
    b"var",
];

/// SVG elements whose children are parsed as HTML.
const SVG_INTEGRATION_POINTS: &[&[u8]] = &[b"foreignobject", b"desc", b"title"];

/// MathML elements whose children (but `mglyph` and `malignmark`) are parsed as HTML.
const MATHML_TEXT_POINTS: &[&[u8]] = &[b"mi", b"mo", b"mn", b"ms", b"mtext"];

/// The namespace of an element.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ns {
    Html,
    Svg,
    MathMl,
}

/// The attributes extraction reads (see `tree::Attr`), and those that change how the tree is
/// built or how the parser goes on (`font` with `color`/`face`/`size` leaves SVG, a `meta`
/// charset, declarative shadow roots, MathML `encoding`). The pre-pass drops every other
/// attribute.
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

fn is(name: &[u8], list: &[&[u8]]) -> bool {
    list.iter().any(|n| n.eq_ignore_ascii_case(name))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Position of `pat` (exact bytes) in `s` at or after `from`.
fn find_from(s: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    memchr::memmem::find(s.get(from..)?, pat).map(|p| from + p)
}

/// True when `s` holds `pat`, ASCII case ignored.
fn contains_ignore_case(s: &[u8], pat: &[u8]) -> bool {
    s.windows(pat.len()).any(|w| w.eq_ignore_ascii_case(pat))
}

/// One past the first `>` at or after `i` (how bogus comments and doctypes end).
fn to_gt(s: &[u8], i: usize) -> usize {
    s.get(i..)
        .and_then(|r| memchr::memchr(b'>', r))
        .map_or(s.len(), |p| i + p + 1)
}

/// True when `s[at..]` is `<` + `/`? + `name` followed by white space, `/` or `>`: a tag the
/// tokenizer's raw-text and script states recognize (`slash` says which of start or end).
fn tag_at(s: &[u8], at: usize, slash: bool, name: &[u8]) -> bool {
    let n0 = at + 1 + usize::from(slash);
    s.get(at) == Some(&b'<')
        && (!slash || s.get(at + 1) == Some(&b'/'))
        && s.get(n0..n0 + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
        && s.get(n0 + name.len())
            .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>')
}

/// Where the end tag of a raw-text or RCDATA element `name` starts.
fn find_end_tag(s: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    loop {
        let at = find_from(s, i, b"</")?;
        if tag_at(s, at, true, name) {
            return Some(at);
        }
        i = at + 2;
    }
}

/// Where a script's end tag starts, following the tokenizer's script states, and whether the
/// script entered its escaped states (`<!--`), in which case its text is kept as written.
fn find_script_end(s: &[u8], from: usize) -> Option<(usize, bool)> {
    #[derive(PartialEq)]
    enum St {
        Data,
        Escaped,
        DoubleEscaped,
    }
    let mut st = St::Data;
    let mut escaped = false;
    let mut i = from;
    // The next `-->` at or after `i` (`usize::MAX`: none), found once and reused while ahead.
    let mut next_close: Option<usize> = None;
    loop {
        match st {
            St::Data => {
                let at = i + memchr::memchr(b'<', s.get(i..)?)?;
                if s.get(at..at + 4) == Some(b"<!--") {
                    st = St::Escaped;
                    escaped = true;
                    // The opener's own dashes count: `<!-->` goes straight back.
                    i = at + 2;
                } else if tag_at(s, at, true, b"script") {
                    return Some((at, escaped));
                } else {
                    i = at + 1;
                }
            }
            St::Escaped | St::DoubleEscaped => {
                let rest = s.get(i..)?;
                if next_close.is_none_or(|c| c < i) {
                    next_close = Some(find_from(s, i, b"-->").unwrap_or(usize::MAX));
                }
                let close = next_close.filter(|&c| c != usize::MAX);
                let lt = memchr::memchr(b'<', rest).map(|p| i + p);
                match (close, lt) {
                    (Some(c), l) if l.is_none_or(|l| c < l) => {
                        st = St::Data;
                        i = c + 3;
                    }
                    (_, Some(l)) => {
                        if st == St::Escaped && tag_at(s, l, true, b"script") {
                            return Some((l, true));
                        }
                        if st == St::Escaped && tag_at(s, l, false, b"script") {
                            st = St::DoubleEscaped;
                            i = l + 7;
                        } else if st == St::DoubleEscaped && tag_at(s, l, true, b"script") {
                            st = St::Escaped;
                            i = l + 8;
                        } else {
                            i = l + 1;
                        }
                    }
                    _ => return None,
                }
            }
        }
    }
}

fn read_name(s: &[u8], mut i: usize) -> ((usize, usize), usize) {
    let start = i;
    while s
        .get(i)
        .is_some_and(|&c| !is_space(c) && c != b'>' && c != b'/')
    {
        i += 1;
    }
    ((start, i), i)
}

/// One attribute of a tag: the byte range of its name and of the whole `name=value`.
type AttrSpan = ((usize, usize), (usize, usize));

/// Reads a tag's attributes from just after its name, following the tokenizer's states
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
    /// Its namespace.
    ns: Ns,
    /// Its children are parsed as HTML (an HTML or MathML text integration point).
    integration: bool,
    /// An `svg` or `math` element opened from HTML: where its content starts, how many cuts
    /// were made before it, and how many integration points had been opened before it (its
    /// content is left out whole when it ends cleanly, with no integration point opened inside).
    foreign_root: Option<(usize, usize, usize)>,
    /// For an SVG or MathML element, the stack index where its run of such elements starts.
    run: usize,
    /// Its name's bucket in [`Stack::counts`].
    bucket: usize,
}

/// The scan's stack of open elements, with a count of open names per hash bucket so that an end
/// tag whose element is not open costs no search of a deep stack (hostile pages stay linear).
struct Stack {
    open: Vec<Open>,
    counts: Vec<u32>,
}

impl Stack {
    const BUCKETS: usize = 1024;

    fn bucket(name: &[u8]) -> usize {
        let mut h: u32 = 0x811c_9dc5;
        for &c in name {
            h = (h ^ u32::from(c.to_ascii_lowercase())).wrapping_mul(0x0100_0193);
        }
        h as usize % Self::BUCKETS
    }

    fn last(&self) -> Option<&Open> {
        self.open.last()
    }

    fn len(&self) -> usize {
        self.open.len()
    }

    fn get(&self, i: usize) -> Option<&Open> {
        self.open.get(i)
    }

    fn push(&mut self, o: Open) {
        if let Some(c) = self.counts.get_mut(o.bucket) {
            *c += 1;
        }
        self.open.push(o);
    }

    fn truncate(&mut self, pos: usize) {
        while self.open.len() > pos {
            self.pop();
        }
    }

    fn pop(&mut self) {
        if let Some(o) = self.open.pop() {
            if let Some(c) = self.counts.get_mut(o.bucket) {
                *c = c.saturating_sub(1);
            }
        }
    }

    /// False when no open element can have this name.
    fn may_hold(&self, name: &[u8]) -> bool {
        self.counts.get(Self::bucket(name)).is_some_and(|&c| c > 0)
    }
}

/// Walks the markup and returns the byte ranges to leave out, in order.
fn scan(html: &str) -> Vec<(usize, usize)> {
    let s = html.as_bytes();
    let name_of = |r: (usize, usize)| s.get(r.0..r.1).unwrap_or(&[]);
    let mut stack = Stack {
        open: Vec::new(),
        counts: vec![0; Stack::BUCKETS],
    };
    // Integration points opened so far (an image with one opened inside is kept whole).
    let mut integrations = 0usize;
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut attrs: Vec<AttrSpan> = Vec::new();
    let mut i = 0;
    // The last construct was a `pre` or `listing` start tag (whose first newline is dropped).
    let mut after_pre = false;
    // Some element was below the cap (its tags are cut).
    let mut flattened = false;
    while let Some(p) = s.get(i..).and_then(|rest| memchr::memchr(b'<', rest)) {
        let at = i + p;
        // Indentation between tags: one white-space character does what the run does (the
        // tree builder treats any white-space run alike, and extraction collapses white space).
        if p >= 2 && !after_pre && s.get(i..at).is_some_and(|t| t.iter().all(|&c| is_space(c))) {
            cuts.push((i + 1, at));
        }
        after_pre = false;
        // In SVG or MathML proper (not at an integration point)?
        let in_foreign = stack
            .last()
            .is_some_and(|o| o.ns != Ns::Html && !o.integration);
        let next = s.get(at + 1).copied();
        match next {
            Some(b'!') => {
                if s.get(at..at + 4) == Some(b"<!--") {
                    // `<!-->` and `<!--->` end at once; `--!>` ends a comment too.
                    if s.get(at + 4) == Some(&b'>') {
                        i = at + 5;
                    } else if s.get(at + 4..at + 6) == Some(b"->") {
                        i = at + 6;
                    } else {
                        let close = find_from(s, at + 4, b"-->");
                        // Only a `--!>` before the `-->` matters (searching no further keeps
                        // the scan linear on pages with many comments).
                        let bang = s
                            .get(at + 4..close.map_or(s.len(), |c| c + 3))
                            .and_then(|r| memchr::memmem::find(r, b"--!>"))
                            .map(|p| at + 4 + p);
                        match (close, bang) {
                            (Some(c), b) if b.is_none_or(|b| c < b) => {
                                if c > at + 4 {
                                    cuts.push((at + 4, c));
                                }
                                i = c + 3;
                            }
                            (_, Some(b)) => i = b + 4,
                            _ => break,
                        }
                    }
                } else if stack.last().is_some_and(|o| o.ns != Ns::Html)
                    && s.get(at..at + 9) == Some(b"<![CDATA[")
                {
                    // CDATA sections exist wherever the current node is not HTML.
                    i = find_from(s, at + 9, b"]]>").map_or(s.len(), |p| p + 3);
                } else {
                    i = to_gt(s, at + 2);
                }
            }
            Some(b'?') => i = to_gt(s, at + 2),
            Some(b'/') => match s.get(at + 2) {
                Some(c) if c.is_ascii_alphabetic() => {
                    let (range, after) = read_name(s, at + 2);
                    attrs.clear();
                    let Some((end, _)) = read_attrs(s, after, &mut attrs) else {
                        break;
                    };
                    let name = name_of(range);
                    let same = |t: &Open| name_of(t.name).eq_ignore_ascii_case(name);
                    let top_foreign = stack.last().is_some_and(|o| o.ns != Ns::Html);
                    if top_foreign {
                        // Foreign content's rule: the nearest open element of that name among
                        // the SVG or MathML elements on top of the stack.
                        let run = stack.last().map_or(0, |o| o.run);
                        match stack.open.get(run..).and_then(|r| r.iter().rposition(same)) {
                            Some(p) => {
                                let pos = run + p;
                                // An SVG or MathML image that ends here cleanly: extraction
                                // reads nothing in it (the walk skips `svg` and `math`, the
                                // metadata reader what is inside them), so its content goes.
                                if let Some((content, before, _)) = stack
                                    .get(pos)
                                    .and_then(|t| t.foreign_root)
                                    .filter(|r| r.2 == integrations)
                                {
                                    cuts.truncate(before);
                                    if at > content {
                                        cuts.push((content, at));
                                    }
                                }
                                if stack.get(pos).is_some_and(|t| t.dropped) {
                                    cuts.push((at, end));
                                }
                                stack.truncate(pos);
                            }
                            None if name.eq_ignore_ascii_case(b"p")
                                || name.eq_ignore_ascii_case(b"br") =>
                            {
                                // Breaks out of foreign content.
                                stack.truncate(run);
                            }
                            // The HTML rules take over from inside foreign content: not
                            // followed here, so nothing more is changed.
                            None => break,
                        }
                    } else if let Some(pos) = stack
                        .may_hold(name)
                        .then(|| stack.open.iter().rposition(same))
                        .flatten()
                    {
                        if stack
                            .open
                            .get(pos..)
                            .is_some_and(|r| r.iter().any(|o| o.ns != Ns::Html))
                        {
                            // Closing across SVG or MathML from HTML inside it: not followed.
                            break;
                        }
                        if stack.get(pos).is_some_and(|t| t.dropped) {
                            cuts.push((at, end));
                        }
                        stack.truncate(pos);
                    }
                    i = end;
                }
                Some(b'>') => i = at + 3,
                Some(_) => i = to_gt(s, at + 2),
                None => break,
            },
            Some(c) if c.is_ascii_alphabetic() => {
                let (range, after) = read_name(s, at + 1);
                attrs.clear();
                let Some((end, self_closing)) = read_attrs(s, after, &mut attrs) else {
                    // The markup ends inside the tag: the tokenizer drops it.
                    break;
                };
                let name = name_of(range);
                let top = stack.last();
                // `mglyph` and `malignmark` stay MathML at a MathML text integration point.
                let mut foreign_ctx = in_foreign
                    || top.is_some_and(|o| {
                        o.ns == Ns::MathMl
                            && o.integration
                            && (name.eq_ignore_ascii_case(b"mglyph")
                                || name.eq_ignore_ascii_case(b"malignmark"))
                    });
                let parent_ns = top.map_or(Ns::Html, |o| o.ns);
                let parent_is_annotation = top.is_some_and(|o| {
                    o.ns == Ns::MathMl && name_of(o.name).eq_ignore_ascii_case(b"annotation-xml")
                });
                if foreign_ctx {
                    let font_out = name.eq_ignore_ascii_case(b"font")
                        && attrs.iter().any(|&((n0, n1), _)| {
                            s.get(n0..n1)
                                .is_some_and(|n| is(n, &[b"color", b"face", b"size"]))
                        });
                    if is(name, BREAKOUT) || font_out {
                        while stack
                            .last()
                            .is_some_and(|o| o.ns != Ns::Html && !o.integration)
                        {
                            stack.pop();
                        }
                        foreign_ctx = false;
                    }
                }
                if !foreign_ctx
                    && (name.eq_ignore_ascii_case(b"plaintext")
                        || name.eq_ignore_ascii_case(b"frameset"))
                {
                    // Everything after is text (or the page is a frameset): change nothing more.
                    // Whether a frameset replaces the body depends on every character and tag
                    // before it (the tree builder's frameset-ok flag: text inside a cut `math`
                    // may be all that clears it), so a frameset page is left as written, unless
                    // it had to be flattened.
                    if name.eq_ignore_ascii_case(b"frameset") && !flattened {
                        cuts.clear();
                    }
                    break;
                }
                let ns = if foreign_ctx {
                    if parent_is_annotation && name.eq_ignore_ascii_case(b"svg") {
                        Ns::Svg
                    } else {
                        parent_ns
                    }
                } else if name.eq_ignore_ascii_case(b"svg") {
                    Ns::Svg
                } else if name.eq_ignore_ascii_case(b"math") {
                    Ns::MathMl
                } else {
                    Ns::Html
                };
                let foreign = ns != Ns::Html;
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
                after_pre = !foreign
                    && (name.eq_ignore_ascii_case(b"pre") || name.eq_ignore_ascii_case(b"listing"));
                if (!foreign && is(name, VOID)) || (foreign && self_closing) {
                    i = end;
                    continue;
                }
                if !foreign
                    && is(name, SELF_CLOSING_SIBLINGS)
                    && stack
                        .last()
                        .is_some_and(|t| name_of(t.name).eq_ignore_ascii_case(name))
                {
                    stack.pop();
                }
                let keep = stack.len() < MAX_DEPTH;
                if !keep {
                    flattened = true;
                    cuts.push((at, end));
                }
                if !foreign && is(name, RAW_TEXT) {
                    // The element's text runs to its end tag; nothing inside is markup.
                    let script = name.eq_ignore_ascii_case(b"script");
                    let found = if script {
                        find_script_end(s, end)
                    } else {
                        find_end_tag(s, end, name).map(|stop| (stop, false))
                    };
                    let Some((stop, escaped)) = found else {
                        // Unclosed: the rest of the page is its text.
                        break;
                    };
                    // Text the walk never reads (it skips these elements) and the metadata
                    // reader neither (it reads JSON scripts and the title).
                    let elide = !escaped
                        && stop > end
                        && (is(name, &[b"style", b"noscript", b"iframe", b"textarea"])
                            || (script
                                && !contains_ignore_case(s.get(at..end).unwrap_or(&[]), b"json")));
                    if elide {
                        cuts.push((end, stop));
                    }
                    let mut close_attrs = Vec::new();
                    let Some((close_end, _)) =
                        read_attrs(s, stop + 2 + name.len(), &mut close_attrs)
                    else {
                        break;
                    };
                    if !keep {
                        cuts.push((stop, close_end));
                    }
                    i = close_end;
                } else {
                    let integration = (ns == Ns::Svg && is(name, SVG_INTEGRATION_POINTS))
                        || (ns == Ns::MathMl && is(name, MATHML_TEXT_POINTS));
                    let foreign_root =
                        (foreign && !foreign_ctx).then_some((end, cuts.len(), integrations));
                    // HTML inside an image follows rules the scan does not model: an image
                    // with an integration point opened inside is kept whole.
                    integrations += usize::from(integration);
                    let run = match stack.last() {
                        Some(o) if foreign && o.ns != Ns::Html => o.run,
                        _ => stack.len(),
                    };
                    stack.push(Open {
                        name: range,
                        dropped: !keep,
                        ns,
                        integration,
                        foreign_root,
                        run,
                        bucket: Stack::bucket(name),
                    });
                    i = end;
                }
            }
            _ => i = at + 1,
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
    use proptest::strategy::Strategy;

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
        // In SVG, style and script are ordinary elements (their content is markup, here with
        // a tag `b<` that does not break out); the image ends cleanly and goes whole.
        let svg = "<svg><style>.a{}</style><path d='M0'/><script>a<b</script></svg><p>نص</p>";
        assert_eq!(prepare(svg), "<svg></svg><p>نص</p>");
        let unclosed = "<p>نص</p><script>var a = 1;";
        assert!(matches!(prepare(unclosed), Cow::Borrowed(_)));
        // Inside a noscript (raw text with scripting on), a script tag is text, not a script
        // (else the scan would wait for a `</script>` that never comes and change nothing).
        let noscript = "<noscript><script>x</noscript><p>نص</p>";
        assert_eq!(prepare(noscript), "<noscript></noscript><p>نص</p>");
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
    fn inline_svg_content_goes_unless_html_is_open_inside() {
        assert_eq!(
            prepare("<p>نص<svg viewBox='0 0 9 9'><g><path d='M0 0'/></g></svg>آخر</p>"),
            "<p>نص<svg ></svg>آخر</p>"
        );
        // An HTML element open inside (through foreignObject) may swallow the end tag: kept.
        let open_html = "<svg><foreignObject><div>نص</svg><p>آخر</p>";
        assert_eq!(prepare(open_html), open_html);
    }

    #[test]
    fn hostile_markup_stays_linear() {
        // Each of these is quadratic for a scan that searches the whole stack or the rest of
        // the page at every tag; 50,000 repeats then take minutes instead of milliseconds.
        let n = 50_000;
        let cases = [
            format!("<div>{}{}", "<div>".repeat(n), "</span>".repeat(n)),
            format!("<svg>{}{}", "<g>".repeat(n), "</g>".repeat(n)),
            format!("<svg>{}", "<foreignObject><svg>".repeat(n)),
            format!("<script><!--{}", "<a".repeat(n)),
            "<!-- a -->".repeat(n),
            "<!-- a ".repeat(n),
        ];
        for html in cases {
            let started = std::time::Instant::now();
            let _ = prepare(&html);
            assert!(
                started.elapsed() < std::time::Duration::from_secs(20),
                "{}…",
                html.get(..40).unwrap_or("")
            );
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

    /// Markup-like strings: random sequences of pieces of tags, quotes, comments, raw-text
    /// elements and text, to reach the tokenizer's odd corners.
    fn markup() -> impl proptest::strategy::Strategy<Value = String> {
        const PIECES: &[&str] = &[
            "<",
            ">",
            "</",
            "/>",
            "/",
            "=",
            "\"",
            "'",
            " ",
            "\n  ",
            "\r\n",
            "\t",
            "<!--",
            "-->",
            "--!>",
            "<!-->",
            "<!",
            "div",
            "p",
            "a",
            "b",
            "i",
            "pre",
            "listing",
            "svg",
            "math",
            "path",
            "font",
            "table",
            "tr",
            "td",
            "li",
            "ul",
            "title",
            "template",
            "noscript",
            "script",
            "style",
            "textarea",
            "select",
            "option",
            "class",
            "id",
            "href",
            "color",
            "data-x",
            "srcset",
            "type=application/ld+json",
            "json",
            "hidden",
            "نص",
            "خبر",
            "x",
            "&amp;",
            "&",
            "article",
            "story",
            "menu",
            "nav",
            "<div class='story'>",
            "<p>",
            "</p>",
            "<script>",
            "</script>",
            "<style>",
            "</style>",
            "<svg>",
            "</svg>",
            "<pre>",
            "<b data-k=1>",
            "</b>",
            "<a href=/x data-y=2>",
            "</a>",
            "<time datetime=2020-01-02>",
            "<link rel=canonical href=/c>",
            "<noscript>",
            "</noscript>",
            "<iframe>",
            "</iframe>",
            "<textarea>",
            "</textarea>",
            "<math>",
            "</math>",
            "<foreignObject>",
            "</foreignObject>",
            "<annotation-xml>",
            "<![CDATA[",
            "]]>",
            "foreignObject",
            "<desc>",
            "<mi>",
            "<plaintext>",
            "<frameset>",
            "<!DOCTYPE html>",
            "<?x?>",
            "</>",
            "</ p>",
            "<font color=red>",
            "<select>",
            "<xmp>",
            "<iframe>",
            "</script >",
            "<script><!--",
            "<title>",
            "</title>",
            "<br>",
        ];
        proptest::collection::vec(proptest::sample::select(PIECES), 0..160).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        /// What the pre-pass leaves out never changes what extraction reads: the walk's blocks
        /// and elements (strict and loose) and the metadata are the same with and without it.
        #[test]
        fn prepare_changes_nothing_extraction_reads(html in markup()) {
            use super::super::{dom, meta, tree};
            let prepared = prepare(&html);
            let (a, b) = (tree::parse(&html), tree::parse(&prepared));
            for strict in [true, false] {
                let (pa, pb) = (dom::walk(&a, strict), dom::walk(&b, strict));
                proptest::prop_assert_eq!(format!("{:?}", pa.blocks), format!("{:?}", pb.blocks));
                proptest::prop_assert_eq!(format!("{:?}", pa.elems), format!("{:?}", pb.elems));
                proptest::prop_assert_eq!(pa.image_src, pb.image_src);
            }
            proptest::prop_assert_eq!(
                format!("{:?}", meta::read(&a)),
                format!("{:?}", meta::read(&b))
            );
        }
    }

    #[test]
    fn a_frameset_page_is_left_as_written() {
        // The text in the `math` is what keeps the frameset from replacing the body; cutting it
        // would turn the page into a frameset (found by the property test below).
        let page = "<math>/></math> </svg><frameset>";
        assert_eq!(prepare(page), page);
        let page = "<p>نص<svg><path d='M0'/></svg></p><frameset><frame src=a>";
        assert_eq!(prepare(page), page);
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
            "<script type='application/json'>var s = '{deep}';</script><div class='{deep}'>نص</div><title>{deep}</title>"
        );
        // Only the comment's text goes; nothing is cut for depth.
        assert_eq!(
            prepare(&format!("<!-- {deep} -->{rest}<textarea>{deep}</textarea>")),
            format!("<!---->{rest}<textarea></textarea>")
        );
    }
}
