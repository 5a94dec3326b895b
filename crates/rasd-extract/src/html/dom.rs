//! The page as a list of text blocks, and the scorer that finds the article's blocks.
//!
//! One iterative walk over the DOM (an explicit stack, so a page nested 100,000 levels deep
//! cannot overflow the call stack) turns the page into [`Block`]s: runs of text between
//! block-level tags, each knowing its element, how much of it is link text, and whether it sits
//! in a caption, a heading or a related-news box. Elements that never hold article text
//! (`script`, `style`, `nav`, forms, hidden elements, and elements whose class or id say they are
//! menus, share bars, comments or ads) are skipped whole.
//!
//! [`main_content`] then scores the elements in the manner of Readability: each paragraph-like
//! block gives points (one, plus one per comma, plus one per 100 chars up to three) to the
//! element holding it and, with less weight, to a few ancestors; class and id hints add or take
//! away points; link-heavy elements lose in proportion to their link density. The best element
//! and those of its siblings that look like article text make the content.

use super::tree::{Attr, Data, Dom, El, NONE};

/// What kind of element a block of text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A paragraph (`p`) or loose text inside a container.
    Para,
    /// A heading, with its level (1–6).
    Heading(u8),
    /// A list item, definition term or description.
    Item,
    /// A quotation or preformatted text.
    Quote,
    /// A table cell.
    Cell,
    /// Other block containers (`div`, `section`, …) holding loose text.
    Loose,
}

/// A run of text between block-level tags.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    /// The text, whitespace collapsed.
    pub(crate) text: String,
    /// Its length in chars.
    pub(crate) chars: usize,
    /// How many of those chars are inside links.
    pub(crate) link_chars: usize,
    /// The links inside: anchor text and `href`.
    pub(crate) links: Vec<(String, Option<String>)>,
    /// Index into [`Page::elems`] of the innermost block-level element holding it.
    pub(crate) elem: usize,
    /// The kind of that element.
    pub(crate) kind: Kind,
    /// Inside a `figcaption` (or an element whose class says caption): the innermost such
    /// element. Flags hold the flagging element so that a flag set by the article's own
    /// container (a wrapper class naming "meta" or "related") can be told apart and ignored.
    pub(crate) caption: Option<usize>,
    /// Inside an element whose class or id marks a related-news box.
    pub(crate) related_box: Option<usize>,
    /// Inside a `header` element or an element whose class says byline/meta.
    pub(crate) header: Option<usize>,
    /// Inside an element whose class or id marks an image credit.
    pub(crate) credit: Option<usize>,
}

impl Block {
    /// Share of the block's chars inside links.
    pub(crate) fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f64 / self.chars as f64
        }
    }
}

/// An element kept by the walk.
#[derive(Debug, Clone)]
pub(crate) struct Elem<'d> {
    /// Its parent element, if kept.
    pub(crate) parent: Option<usize>,
    /// Tag name, lowercase.
    pub(crate) tag: &'d str,
    /// Class/id hint weight (positive: article-like, negative: boilerplate-like).
    pub(crate) weight: i32,
    /// First block inside it.
    pub(crate) first: usize,
    /// One past the last block inside it.
    pub(crate) end: usize,
    /// True for `<article>` and `itemprop=articleBody` elements.
    pub(crate) article: bool,
}

/// The page as blocks and the elements that hold them.
#[derive(Debug, Default)]
pub(crate) struct Page<'d> {
    /// Blocks in document order.
    pub(crate) blocks: Vec<Block>,
    /// Elements in document order (pre-order).
    pub(crate) elems: Vec<Elem<'d>>,
    /// `src` of the first image outside skipped elements.
    pub(crate) image_src: Option<String>,
}

/// Tags whose content is never article text.
fn dropped_tag(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "select"
            | "option"
            | "button"
            | "input"
            | "textarea"
            | "head"
            | "nav"
            | "audio"
            | "video"
            | "map"
            | "dialog"
            | "menu"
    )
}

/// Tags that start and end a block of text.
fn block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "body"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "blockquote"
            | "pre"
            | "table"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "caption"
            | "figure"
            | "figcaption"
            | "header"
            | "footer"
            | "aside"
            | "address"
            | "hr"
            | "center"
            | "form"
            | "fieldset"
            | "details"
            | "summary"
            | "html"
    )
}

fn kind_of(tag: &str) -> Kind {
    match tag {
        "p" => Kind::Para,
        "h1" => Kind::Heading(1),
        "h2" => Kind::Heading(2),
        "h3" => Kind::Heading(3),
        "h4" => Kind::Heading(4),
        "h5" => Kind::Heading(5),
        "h6" => Kind::Heading(6),
        "li" | "dt" | "dd" => Kind::Item,
        "blockquote" | "pre" => Kind::Quote,
        "td" | "th" => Kind::Cell,
        _ => Kind::Loose,
    }
}

/// Class/id words (whole tokens) that mark article text.
const POSITIVE: &[&str] = &[
    "article", "content", "entry", "hentry", "post", "story", "body", "text", "main", "blog",
    "prose", "detail", "details", "news", "rich",
];

/// Fragments that mark article text inside compound class names (`articleBody`, `storycontent`).
const POSITIVE_INSIDE: &[&str] = &["article", "content", "story", "entry"];

/// Class/id words that mark boilerplate; they lower an element's score.
const NEGATIVE: &[&str] = &[
    "comment",
    "share",
    "sharing",
    "social",
    "related",
    "sidebar",
    "footer",
    "foot",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "promo",
    "sponsor",
    "sponsored",
    "advert",
    "ad",
    "ads",
    "banner",
    "widget",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "cookie",
    "popup",
    "modal",
    "tags",
    "masthead",
    "pagination",
    "pager",
    "outbrain",
    "taboola",
    "recommend",
    "recommended",
    "trending",
    "popular",
    "toolbar",
    "tools",
    "print",
    "disqus",
    "rating",
    "meta",
    "byline",
    "dateline",
    "timestamp",
    "caption",
    "credit",
    "hidden",
    "login",
    "follow",
    "gallery",
    "carousel",
    "slider",
    "teaser",
    "card",
    "header",
    "contact",
    "cta",
    "more",
    "next",
    "prev",
    "skip",
];

/// Class/id words that make the walk skip an element outright.
const SKIP: &[&str] = &[
    "comment",
    "comments",
    "share",
    "sharing",
    "social",
    "sidebar",
    "footer",
    "breadcrumb",
    "breadcrumbs",
    "advert",
    "advertisement",
    "newsletter",
    "subscribe",
    "cookie",
    "popup",
    "modal",
    "outbrain",
    "taboola",
    "recommend",
    "recommended",
    "trending",
    "disqus",
    "signup",
    "login",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "promo",
    "sponsor",
    "sponsored",
    "pagination",
    "pager",
    "toolbar",
    "tags",
    "skip",
    "print",
    "ad",
    "ads",
];

/// Words that also match as the start of a longer token (`sharedaddy`, `commentlist`).
const PREFIXABLE: &[&str] = &[
    "comment",
    "share",
    "social",
    "sidebar",
    "footer",
    "breadcrumb",
    "advert",
    "newsletter",
    "subscribe",
    "cookie",
    "popup",
    "outbrain",
    "taboola",
    "disqus",
    "related",
    "trending",
];

/// What an element's class and id say, as bits (one pass over its tokens).
#[derive(Debug, Clone, Copy, Default)]
struct Hints(u16);

const H_POSITIVE: u16 = 1;
const H_NEGATIVE: u16 = 1 << 1;
const H_SKIP: u16 = 1 << 2;
const H_COMMENT: u16 = 1 << 3;
const H_CAPTION: u16 = 1 << 4;
const H_RELATED: u16 = 1 << 5;
const H_HEADER: u16 = 1 << 6;
const H_CREDIT: u16 = 1 << 7;

/// FNV-1a: a fast hash for the short class and id tokens (no need for SipHash's resistance to
/// chosen keys: the table is fixed and small, a collision costs one more comparison).
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type WordTable = std::collections::HashMap<&'static str, u16, std::hash::BuildHasherDefault<Fnv>>;

/// Each hint word with the bits it sets, built once from the word lists above.
fn word_table() -> &'static WordTable {
    static TABLE: std::sync::OnceLock<WordTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = WordTable::default();
        let lists: [(&[&'static str], u16); 8] = [
            (POSITIVE, H_POSITIVE),
            (NEGATIVE, H_NEGATIVE),
            (SKIP, H_SKIP),
            (&["comment", "comments", "disqus"], H_COMMENT),
            (&["caption", "figcaption"], H_CAPTION),
            (&["related", "readmore"], H_RELATED),
            (&["byline", "dateline", "meta", "author"], H_HEADER),
            (&["credit", "copyright", "photographer"], H_CREDIT),
        ];
        for (words, bit) in lists {
            for w in words {
                *t.entry(*w).or_insert(0) |= bit;
            }
        }
        t
    })
}

fn token_bits(t: &str) -> u16 {
    let table = word_table();
    let mut bits = table.get(t).copied().unwrap_or(0);
    if let Some(stem) = t.strip_suffix('s') {
        bits |= table.get(stem).copied().unwrap_or(0);
    }
    for w in PREFIXABLE {
        if t.len() > w.len() && t.starts_with(w) {
            bits |= table.get(w).copied().unwrap_or(0);
        }
    }
    if t.len() > 7 && POSITIVE_INSIDE.iter().any(|w| t.contains(w)) {
        bits |= H_POSITIVE;
    }
    bits
}

/// Reads class and id: lowercased ASCII alphanumeric tokens, looked up in the word lists.
fn hints(el: &El<'_>) -> Hints {
    let mut bits = 0;
    let mut buf = String::new();
    for v in [el.attr(Attr::Class), el.attr(Attr::Id)]
        .into_iter()
        .flatten()
    {
        for t in v
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|t| !t.is_empty())
            .take(64)
        {
            buf.clear();
            buf.push_str(t);
            buf.make_ascii_lowercase();
            bits |= token_bits(&buf);
        }
    }
    Hints(bits)
}

impl Hints {
    fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }
}

fn weight_of(h: Hints) -> i32 {
    let mut w = 0;
    if h.has(H_POSITIVE) {
        w += 25;
    }
    if h.has(H_NEGATIVE) {
        w -= 25;
    }
    w
}

fn hidden(el: &El<'_>) -> bool {
    if el.attr(Attr::Hidden).is_some() {
        return true;
    }
    if let Some(style) = el.attr(Attr::Style) {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>();
        let s = s.to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

/// Skips boilerplate-named elements, unless they also look like the article's container.
fn skip_by_hint(tag: &str, h: Hints) -> bool {
    if matches!(tag, "body" | "html" | "article" | "main") || !h.has(H_SKIP) {
        return false;
    }
    // "article-comments" is still comments; "post-nav main-content" is not a menu.
    h.has(H_COMMENT) || !h.has(H_POSITIVE)
}

struct Builder {
    text: String,
    link_chars: usize,
    links: Vec<(String, Option<String>)>,
    pending_space: bool,
}

impl Builder {
    fn push_text(&mut self, raw: &str, in_link: bool) -> usize {
        let mut added = 0;
        for c in raw.chars() {
            if c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}' {
                if !self.text.is_empty() {
                    self.pending_space = true;
                }
                continue;
            }
            if self.pending_space {
                self.text.push(' ');
                self.pending_space = false;
            }
            self.text.push(c);
            added += 1;
            if in_link {
                self.link_chars += 1;
            }
        }
        added
    }
}

/// Context flags carried down the walk.
#[derive(Clone, Copy, Default)]
struct Ctx {
    caption: Option<usize>,
    related: Option<usize>,
    header: Option<usize>,
    credit: Option<usize>,
}

/// Walks the document once and builds its blocks.
///
/// `strict` skips elements whose class or id name boilerplate; the caller retries without it
/// when a strict walk finds no article (sites that name their whole page wrapper `menu-open`).
/// Skipped elements are passed over whole, without visiting their content.
pub(crate) fn walk(dom: &Dom, strict: bool) -> Page<'_> {
    let mut w = Walker {
        page: Page::default(),
        b: Builder {
            text: String::new(),
            link_chars: 0,
            links: Vec::new(),
            pending_space: false,
        },
        open: Vec::new(),
        anchors: Vec::new(),
        br_run: 0,
    };
    let mut cur = dom.node(0).map_or(NONE, |n| n.first_child);
    while cur != NONE {
        let Some(node) = dom.node(cur) else { break };
        let descend = match &node.data {
            Data::Element { .. } => match dom.element(cur) {
                Some(el) => w.open_element(el, strict),
                None => false,
            },
            Data::Text(t) => {
                w.text(t);
                false
            }
            Data::Fragment | Data::Document => true,
            Data::Other => false,
        };
        if descend && node.first_child != NONE {
            cur = node.first_child;
            continue;
        }
        if descend {
            w.close_element(dom.element(cur));
        }
        // Leave `cur`: its next sibling, else close ancestors until one has a next sibling.
        let mut at = cur;
        cur = NONE;
        while let Some(n) = dom.node(at) {
            if n.next != NONE {
                cur = n.next;
                break;
            }
            at = n.parent;
            if at == 0 || at == NONE {
                break;
            }
            w.close_element(dom.element(at));
        }
    }
    let Walker {
        mut page,
        mut b,
        open,
        ..
    } = w;
    flush(&mut page, &mut b, &open);
    for (idx, _, _) in open {
        let end = page.blocks.len();
        if let Some(e) = page.elems.get_mut(idx) {
            e.end = end;
        }
    }
    page
}

/// The walk's state.
struct Walker<'d> {
    page: Page<'d>,
    b: Builder,
    /// Open kept elements: (elem index, is block-level, context after this element).
    open: Vec<(usize, bool, Ctx)>,
    /// Open anchors: (elem index, href, text start in builder).
    anchors: Vec<(usize, Option<String>, usize)>,
    br_run: usize,
}

fn flush(page: &mut Page<'_>, b: &mut Builder, open: &[(usize, bool, Ctx)]) {
    let text = std::mem::take(&mut b.text);
    let link_chars = std::mem::replace(&mut b.link_chars, 0);
    let links = std::mem::take(&mut b.links);
    b.pending_space = false;
    let trimmed = text.trim();
    if trimmed.is_empty() {
        // Keep the buffer's capacity for the next block.
        b.text = text;
        b.text.clear();
        return;
    }
    let blk = open.iter().rev().find(|o| o.1).or(open.last());
    let (elem, ctx) = match blk {
        Some(&(i, _, c)) => (i, c),
        None => return,
    };
    let kind = page
        .elems
        .get(elem)
        .map(|e| kind_of(e.tag))
        .unwrap_or(Kind::Loose);
    let chars = trimmed.chars().count();
    page.blocks.push(Block {
        text: trimmed.to_string(),
        chars,
        link_chars: link_chars.min(chars),
        links,
        elem,
        kind,
        caption: ctx.caption,
        related_box: ctx.related,
        header: ctx.header,
        credit: ctx.credit,
    });
    b.text = text;
    b.text.clear();
}

impl<'d> Walker<'d> {
    /// Opens an element; false when it is skipped with its content.
    fn open_element(&mut self, el: El<'d>, strict: bool) -> bool {
        let (page, b, open) = (&mut self.page, &mut self.b, &self.open);
        let tag = el.name;
        if dropped_tag(tag) {
            return false;
        }
        let hints = hints(&el);
        if strict && (hidden(&el) || skip_by_hint(tag, hints)) {
            return false;
        }
        if tag == "img" && page.image_src.is_none() {
            page.image_src = el.attr(Attr::Src).map(str::to_string);
        }
        let is_block = block_tag(tag);
        if tag == "br" {
            self.br_run += 1;
            if self.br_run >= 2 {
                flush(page, b, open);
            } else if !b.text.is_empty() {
                b.pending_space = true;
            }
        } else if is_block {
            flush(page, b, open);
        }
        let parent_ctx = open.last().map(|o| o.2).unwrap_or_default();
        let idx = page.elems.len();
        // The page's outer containers never flag their whole content (a body class
        // like "f_caption_muted_on" says nothing about the article).
        let outer = matches!(tag, "html" | "body" | "main" | "article");
        let flag = |on: bool, inherited: Option<usize>| {
            if on && !outer {
                Some(idx)
            } else {
                inherited
            }
        };
        let ctx = Ctx {
            caption: flag(
                tag == "figcaption" || hints.has(H_CAPTION),
                parent_ctx.caption,
            ),
            related: flag(hints.has(H_RELATED), parent_ctx.related),
            header: flag(tag == "header" || hints.has(H_HEADER), parent_ctx.header),
            credit: flag(hints.has(H_CREDIT), parent_ctx.credit),
        };
        let article = tag == "article"
            || el
                .attr(Attr::Itemprop)
                .is_some_and(|v| v.eq_ignore_ascii_case("articleBody"));
        page.elems.push(Elem {
            parent: open.last().map(|o| o.0),
            tag,
            weight: weight_of(hints),
            first: page.blocks.len(),
            end: page.blocks.len(),
            article,
        });
        self.open.push((idx, is_block, ctx));
        if tag == "a" {
            self.anchors
                .push((idx, el.attr(Attr::Href).map(str::to_string), b.text.len()));
        }
        true
    }

    fn text(&mut self, t: &str) {
        let in_link = !self.anchors.is_empty();
        if self.b.push_text(t, in_link) > 0 {
            self.br_run = 0;
        }
    }

    fn close_element(&mut self, el: Option<El<'d>>) {
        let tag = el.map_or("", |e| e.name);
        if tag == "a" {
            if let Some((_, href, start)) = self.anchors.pop() {
                let t = self.b.text.get(start..).unwrap_or("").trim().to_string();
                if !t.is_empty() {
                    self.b.links.push((t, href));
                }
            }
        }
        if block_tag(tag) {
            flush(&mut self.page, &mut self.b, &self.open);
        }
        if let Some((idx, _, _)) = self.open.pop() {
            let end = self.page.blocks.len();
            if let Some(e) = self.page.elems.get_mut(idx) {
                e.end = end;
            }
        }
    }
}

/// Points a paragraph-like block gives: 1, plus commas, plus 1 per 100 chars (at most 3).
fn block_points(b: &Block) -> f64 {
    let commas = b
        .text
        .chars()
        .filter(|c| matches!(c, ',' | '،' | '，'))
        .count();
    1.0 + commas as f64 + (b.chars as f64 / 100.0).min(3.0)
}

fn tag_bonus(tag: &str) -> f64 {
    match tag {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// The article's blocks and the element chosen as its container.
#[derive(Debug, Default)]
pub(crate) struct Content {
    /// Indexes into [`Page::blocks`], in order.
    pub(crate) blocks: Vec<usize>,
    /// The chosen element and its ancestors, innermost first.
    pub(crate) top_chain: Vec<usize>,
}

impl Content {
    /// True when a block flag was set by an element inside the article container (a caption,
    /// a related box), not by the container or its ancestors.
    pub(crate) fn active(&self, flag: Option<usize>) -> bool {
        flag.is_some_and(|f| !self.top_chain.contains(&f))
    }

    /// Total chars of the content blocks.
    pub(crate) fn chars(&self, page: &Page<'_>) -> usize {
        self.blocks
            .iter()
            .filter_map(|&i| page.blocks.get(i))
            .map(|b| b.chars)
            .sum()
    }
}

/// Which blocks make up the article.
pub(crate) fn main_content(page: &Page<'_>) -> Content {
    let n = page.elems.len();
    if n == 0 || page.blocks.is_empty() {
        return Content::default();
    }
    // Prefix sums of chars and link chars, for link density of any element in O(1).
    let mut chars = vec![0usize; page.blocks.len() + 1];
    let mut links = vec![0usize; page.blocks.len() + 1];
    for (i, b) in page.blocks.iter().enumerate() {
        let (c, l) = if b.caption.is_some() {
            (0, 0)
        } else {
            (b.chars, b.link_chars)
        };
        chars[i + 1] = chars[i] + c;
        links[i + 1] = links[i] + l;
    }
    let density = |e: &Elem<'_>| {
        let c = chars[e.end] - chars[e.first];
        if c == 0 {
            1.0
        } else {
            (links[e.end] - links[e.first]) as f64 / c as f64
        }
    };

    let mut score = vec![0.0f64; n];
    let mut candidate = vec![false; n];
    for b in &page.blocks {
        if b.chars < 25 || b.caption.is_some() || matches!(b.kind, Kind::Heading(_)) {
            continue;
        }
        let pts = block_points(b);
        let start = match b.kind {
            Kind::Para | Kind::Quote | Kind::Item | Kind::Cell => {
                page.elems.get(b.elem).and_then(|e| e.parent)
            }
            _ => Some(b.elem),
        };
        let mut cur = start;
        let mut level = 0usize;
        while let Some(i) = cur {
            if level > 4 {
                break;
            }
            let Some(e) = page.elems.get(i) else { break };
            if !candidate[i] {
                candidate[i] = true;
                // `<article>` and `itemprop=articleBody` say outright where the text is.
                let declared = if e.article { 10.0 } else { 0.0 };
                score[i] += tag_bonus(e.tag) + e.weight as f64 + declared;
            }
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            score[i] += pts / div;
            cur = e.parent;
            level += 1;
        }
    }
    let mut best: Option<(usize, f64)> = None;
    for i in 0..n {
        if !candidate[i] {
            continue;
        }
        let Some(e) = page.elems.get(i) else { continue };
        let s = score[i] * (1.0 - density(e));
        score[i] = s;
        if best.is_none_or(|(_, bs)| s > bs) {
            best = Some((i, s));
        }
    }
    let Some((top, top_score)) = best else {
        return Content::default();
    };
    let mut keep = vec![false; page.blocks.len()];
    let Some(top_el) = page.elems.get(top) else {
        return Content::default();
    };
    let mark = |keep: &mut Vec<bool>, e: &Elem<'_>| {
        for k in keep.iter_mut().take(e.end).skip(e.first) {
            *k = true;
        }
    };
    mark(&mut keep, top_el);
    // Siblings of the top element that look like article text join it.
    if let Some(parent) = top_el.parent {
        let threshold = (top_score * 0.2).max(10.0);
        for (i, e) in page.elems.iter().enumerate() {
            if i == top || e.parent != Some(parent) {
                continue;
            }
            let joins = if candidate[i] && score[i] >= threshold {
                true
            } else if e.tag == "p" {
                let c = chars[e.end] - chars[e.first];
                let d = density(e);
                let sentence = page.blocks.get(e.first..e.end).is_some_and(|bs| {
                    bs.iter()
                        .any(|b| b.text.ends_with(['.', '!', '?', '؟', '。']))
                });
                (c > 80 && d < 0.25) || (c > 0 && c <= 80 && d == 0.0 && sentence)
            } else {
                false
            };
            if joins {
                mark(&mut keep, e);
            }
        }
    }
    let mut top_chain = vec![top];
    let mut cur = top_el.parent;
    while let Some(i) = cur {
        top_chain.push(i);
        cur = page.elems.get(i).and_then(|e| e.parent);
    }
    Content {
        blocks: keep
            .iter()
            .enumerate()
            .filter(|(_, k)| **k)
            .map(|(i, _)| i)
            .collect(),
        top_chain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(html: &str) -> Vec<String> {
        let doc = super::super::tree::parse(html);
        let page = walk(&doc, true);
        main_content(&page)
            .blocks
            .into_iter()
            .filter_map(|i| page.blocks.get(i))
            .map(|b| b.text.clone())
            .collect()
    }

    #[test]
    fn blocks_split_on_block_tags_and_double_br() {
        let doc = super::super::tree::parse(
            "<body><div>أولا <b>ثانيا</b><br>ثالثا<br><br>رابعا<p>خامسا</p></div></body>",
        );
        let page = walk(&doc, true);
        let t: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(t, ["أولا ثانيا ثالثا", "رابعا", "خامسا"]);
    }

    #[test]
    fn scripts_and_hidden_text_never_make_blocks() {
        let doc = super::super::tree::parse(
            "<body><p>نص<script>alert('x')</script></p><style>p{}</style>\
             <div style='display: none'>مخفي</div><noscript>بدون</noscript></body>",
        );
        let page = walk(&doc, true);
        let t: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(t, ["نص"]);
    }

    #[test]
    fn picks_the_paragraph_container_over_menus() {
        let p = "<p>قال المتحدث باسم الوزارة، في بيان صدر اليوم، إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.</p>";
        let html = format!(
            "<body><ul class='menu'><li><a href='/a'>الرئيسية</a></li><li><a href='/b'>العالم</a></li></ul>\
             <div class='story-body'>{p}{p}{p}</div><div class='comments'>{p}</div></body>"
        );
        let t = texts(&html);
        assert_eq!(t.len(), 3);
        assert!(t.iter().all(|x| x.starts_with("قال المتحدث")));
    }

    #[test]
    fn link_density_counts_anchor_text() {
        let doc = super::super::tree::parse("<p>abc <a href='/x'>defgh</a></p>");
        let page = walk(&doc, true);
        let b = &page.blocks[0];
        assert_eq!((b.chars, b.link_chars), (9, 5));
        assert_eq!(b.links, vec![("defgh".to_string(), Some("/x".to_string()))]);
    }
}
