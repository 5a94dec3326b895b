//! The parsed page: html5ever's tree builder writing into a compact arena of our own.
//!
//! html5ever tokenizes and builds the tree to the HTML standard (hostile markup included); this
//! module is its [`TreeSink`]. Nodes live in one `Vec`, linked by `u32` indexes (parent, first
//! and last child, siblings), so building the tree allocates no node on its own and walking it
//! needs no recursion. An element keeps its name (interned by html5ever) and only the attributes
//! extraction reads ([`Attr`]), in one shared list; text nodes keep the tokenizer's text chunks.
//! Comments, doctypes and processing instructions are not kept.
//!
//! Like a browser without scripts, a `<template>`'s content hangs under the template element
//! (through a fragment node), where the walk skips it.

use std::borrow::Cow;
use std::cell::{Ref, RefCell};

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{ns, Attribute, LocalName, QualName};

/// Index of a node in [`Dom::nodes`]; [`NONE`] for "no node".
pub(crate) type Id = u32;

/// No node (no parent, no child, no sibling).
pub(crate) const NONE: Id = u32::MAX;

/// The attributes extraction reads; every other attribute is dropped when the element is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Attr {
    Class,
    Id,
    Style,
    Hidden,
    Href,
    Src,
    Itemprop,
    Property,
    Name,
    Content,
    Rel,
    Type,
    Datetime,
    Lang,
    XmlLang,
}

impl Attr {
    fn of(name: &QualName) -> Option<Attr> {
        if name.ns != ns!() {
            return None;
        }
        Some(match &*name.local {
            "class" => Attr::Class,
            "id" => Attr::Id,
            "style" => Attr::Style,
            "hidden" => Attr::Hidden,
            "href" => Attr::Href,
            "src" => Attr::Src,
            "itemprop" => Attr::Itemprop,
            "property" => Attr::Property,
            "name" => Attr::Name,
            "content" => Attr::Content,
            "rel" => Attr::Rel,
            "type" => Attr::Type,
            "datetime" => Attr::Datetime,
            "lang" => Attr::Lang,
            "xml:lang" => Attr::XmlLang,
            _ => return None,
        })
    }
}

/// What a node is.
#[derive(Debug)]
pub(crate) enum Data {
    /// The document (node 0).
    Document,
    /// A `<template>`'s content.
    Fragment,
    /// An element: its name and its kept attributes (`attrs[start..start + len]` of the DOM).
    Element { name: QualName, attrs: (u32, u32) },
    /// A run of text.
    Text(StrTendril),
    /// A comment, doctype or processing instruction (content not kept).
    Other,
}

/// A node and its links.
#[derive(Debug)]
pub(crate) struct Node {
    pub(crate) parent: Id,
    pub(crate) first_child: Id,
    pub(crate) last_child: Id,
    pub(crate) prev: Id,
    pub(crate) next: Id,
    pub(crate) data: Data,
}

/// The parsed document.
#[derive(Debug)]
pub(crate) struct Dom {
    /// Nodes in creation order; node 0 is the document.
    pub(crate) nodes: Vec<Node>,
    /// Kept attributes of all elements.
    attrs: Vec<(Attr, StrTendril)>,
    /// The name returned for a node that is not an element (never asked for by html5ever).
    no_name: QualName,
}

/// An element's view: its local name and attributes.
#[derive(Clone, Copy)]
pub(crate) struct El<'a> {
    /// Lowercase local name (`div`, `svg`).
    pub(crate) name: &'a str,
    attrs: &'a [(Attr, StrTendril)],
}

impl<'a> El<'a> {
    /// The value of an attribute, if present.
    pub(crate) fn attr(&self, a: Attr) -> Option<&'a str> {
        self.attrs.iter().find(|(k, _)| *k == a).map(|(_, v)| &**v)
    }
}

impl Dom {
    fn new() -> Dom {
        Dom {
            nodes: vec![Node {
                parent: NONE,
                first_child: NONE,
                last_child: NONE,
                prev: NONE,
                next: NONE,
                data: Data::Document,
            }],
            attrs: Vec::new(),
            no_name: QualName::new(None, ns!(), LocalName::from("")),
        }
    }

    /// The node with this id.
    pub(crate) fn node(&self, id: Id) -> Option<&Node> {
        self.nodes.get(id as usize)
    }

    /// The element view of a node, when it is an element.
    pub(crate) fn element(&self, id: Id) -> Option<El<'_>> {
        match &self.node(id)?.data {
            Data::Element { name, attrs } => Some(El {
                name: &name.local,
                attrs: self
                    .attrs
                    .get(attrs.0 as usize..(attrs.0 + attrs.1) as usize)
                    .unwrap_or(&[]),
            }),
            _ => None,
        }
    }

    /// True when the node is an element of the HTML namespace (not SVG or MathML).
    pub(crate) fn is_html(&self, id: Id) -> bool {
        matches!(&self.node(id).map(|n| &n.data), Some(Data::Element { name, .. }) if name.ns == ns!(html))
    }

    /// True when the node has an SVG or MathML ancestor.
    pub(crate) fn in_foreign(&self, id: Id) -> bool {
        let mut cur = self.node(id).map_or(NONE, |n| n.parent);
        while let Some(n) = self.node(cur) {
            if matches!(&n.data, Data::Element { name, .. } if name.ns != ns!(html)) {
                return true;
            }
            cur = n.parent;
        }
        false
    }

    /// All text under a node, in document order (no recursion).
    pub(crate) fn text_of(&self, id: Id) -> String {
        let mut out = String::new();
        let Some(top) = self.node(id) else {
            return out;
        };
        let mut cur = top.first_child;
        while cur != NONE {
            let Some(n) = self.node(cur) else { break };
            if let Data::Text(t) = &n.data {
                out.push_str(t);
            }
            if n.first_child != NONE {
                cur = n.first_child;
                continue;
            }
            // Next sibling, else climb until an ancestor below `id` has one.
            let mut up = cur;
            cur = NONE;
            while up != id {
                let Some(u) = self.node(up) else { break };
                if u.next != NONE {
                    cur = u.next;
                    break;
                }
                up = u.parent;
            }
        }
        out
    }

    fn push(&mut self, data: Data) -> Id {
        let id = self.nodes.len() as Id;
        self.nodes.push(Node {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            prev: NONE,
            next: NONE,
            data,
        });
        id
    }

    fn get_mut(&mut self, id: Id) -> Option<&mut Node> {
        self.nodes.get_mut(id as usize)
    }

    /// Unlinks a node from its parent and siblings.
    fn detach(&mut self, id: Id) {
        let Some(n) = self.node(id) else { return };
        let (parent, prev, next) = (n.parent, n.prev, n.next);
        if let Some(p) = self.get_mut(prev) {
            p.next = next;
        } else if let Some(p) = self.get_mut(parent) {
            p.first_child = next;
        }
        if let Some(x) = self.get_mut(next) {
            x.prev = prev;
        } else if let Some(p) = self.get_mut(parent) {
            p.last_child = prev;
        }
        if let Some(n) = self.get_mut(id) {
            n.parent = NONE;
            n.prev = NONE;
            n.next = NONE;
        }
    }

    /// Makes `child` (detached first) the last child of `parent`.
    fn append_child(&mut self, parent: Id, child: Id) {
        if parent == child || self.node(parent).is_none() {
            return;
        }
        self.detach(child);
        let last = self.node(parent).map_or(NONE, |p| p.last_child);
        if let Some(c) = self.get_mut(child) {
            c.parent = parent;
            c.prev = last;
            c.next = NONE;
        } else {
            return;
        }
        if let Some(l) = self.get_mut(last) {
            l.next = child;
        }
        if let Some(p) = self.get_mut(parent) {
            if p.first_child == NONE {
                p.first_child = child;
            }
            p.last_child = child;
        }
    }

    /// Puts `child` (detached first) just before `sibling`, which has a parent.
    fn insert_before(&mut self, sibling: Id, child: Id) {
        if sibling == child {
            return;
        }
        self.detach(child);
        let Some(s) = self.node(sibling) else { return };
        let (parent, prev) = (s.parent, s.prev);
        if let Some(c) = self.get_mut(child) {
            c.parent = parent;
            c.prev = prev;
            c.next = sibling;
        } else {
            return;
        }
        if let Some(s) = self.get_mut(sibling) {
            s.prev = child;
        }
        if let Some(p) = self.get_mut(prev) {
            p.next = child;
        } else if let Some(p) = self.get_mut(parent) {
            p.first_child = child;
        }
    }

    /// Appends text to a text node, or makes one after `prev` (under `parent`) or before `before`.
    fn add_text(&mut self, text: StrTendril, parent: Id, before: Id) {
        let neighbour = if before == NONE {
            self.node(parent).map_or(NONE, |p| p.last_child)
        } else {
            self.node(before).map_or(NONE, |b| b.prev)
        };
        if let Some(Node {
            data: Data::Text(t),
            ..
        }) = self.get_mut(neighbour)
        {
            t.push_tendril(&text);
            return;
        }
        let id = self.push(Data::Text(text));
        if before == NONE {
            self.append_child(parent, id);
        } else {
            self.insert_before(before, id);
        }
    }
}

/// The tree sink: a [`Dom`] behind the `RefCell` html5ever's `&self` interface needs.
struct Sink {
    dom: RefCell<Dom>,
}

impl Sink {
    fn keep_attrs(dom: &mut Dom, attrs: Vec<Attribute>) -> (u32, u32) {
        let start = dom.attrs.len() as u32;
        for a in attrs {
            if let Some(k) = Attr::of(&a.name) {
                dom.attrs.push((k, a.value));
            }
        }
        (start, dom.attrs.len() as u32 - start)
    }
}

impl TreeSink for Sink {
    type Handle = Id;
    type Output = Dom;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Dom {
        self.dom.into_inner()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Id {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a Id) -> Ref<'a, QualName> {
        Ref::map(self.dom.borrow(), |d| {
            match d.node(*target).map(|n| &n.data) {
                Some(Data::Element { name, .. }) => name,
                _ => &d.no_name,
            }
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Id {
        let mut d = self.dom.borrow_mut();
        let attrs = Sink::keep_attrs(&mut d, attrs);
        let id = d.push(Data::Element { name, attrs });
        if flags.template {
            let frag = d.push(Data::Fragment);
            d.append_child(id, frag);
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> Id {
        self.dom.borrow_mut().push(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Id {
        self.dom.borrow_mut().push(Data::Other)
    }

    fn append(&self, parent: &Id, child: NodeOrText<Id>) {
        let mut d = self.dom.borrow_mut();
        match child {
            NodeOrText::AppendNode(c) => d.append_child(*parent, c),
            NodeOrText::AppendText(t) => d.add_text(t, *parent, NONE),
        }
    }

    fn append_based_on_parent_node(&self, element: &Id, prev_element: &Id, child: NodeOrText<Id>) {
        let has_parent = self
            .dom
            .borrow()
            .node(*element)
            .is_some_and(|n| n.parent != NONE);
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {
        let mut d = self.dom.borrow_mut();
        let id = d.push(Data::Other);
        d.append_child(0, id);
    }

    fn get_template_contents(&self, target: &Id) -> Id {
        let d = self.dom.borrow();
        match d.node(*target).map(|n| n.first_child) {
            Some(c) if matches!(d.node(c).map(|n| &n.data), Some(Data::Fragment)) => c,
            _ => *target,
        }
    }

    fn same_node(&self, x: &Id, y: &Id) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Id, new_node: NodeOrText<Id>) {
        let mut d = self.dom.borrow_mut();
        if let NodeOrText::AppendNode(c) = new_node {
            d.detach(c);
        }
        if d.node(*sibling).is_none_or(|s| s.parent == NONE) {
            return;
        }
        match new_node {
            NodeOrText::AppendNode(c) => d.insert_before(*sibling, c),
            NodeOrText::AppendText(t) => d.add_text(t, NONE, *sibling),
        }
    }

    fn add_attrs_if_missing(&self, target: &Id, attrs: Vec<Attribute>) {
        let mut d = self.dom.borrow_mut();
        let Some(Data::Element { attrs: range, .. }) = d.node(*target).map(|n| &n.data) else {
            return;
        };
        let range = *range;
        let old: Vec<(Attr, StrTendril)> = d
            .attrs
            .get(range.0 as usize..(range.0 + range.1) as usize)
            .unwrap_or(&[])
            .to_vec();
        let start = d.attrs.len() as u32;
        d.attrs.extend(old);
        for a in attrs {
            if let Some(k) = Attr::of(&a.name) {
                let have = d
                    .attrs
                    .get(start as usize..)
                    .is_some_and(|s| s.iter().any(|(x, _)| *x == k));
                if !have {
                    d.attrs.push((k, a.value));
                }
            }
        }
        let len = d.attrs.len() as u32 - start;
        if let Some(Node {
            data: Data::Element { attrs, .. },
            ..
        }) = d.get_mut(*target)
        {
            *attrs = (start, len);
        }
    }

    fn remove_from_parent(&self, target: &Id) {
        self.dom.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &Id, new_parent: &Id) {
        let mut d = self.dom.borrow_mut();
        let mut c = d.node(*node).map_or(NONE, |n| n.first_child);
        while c != NONE {
            let next = d.node(c).map_or(NONE, |n| n.next);
            d.append_child(*new_parent, c);
            c = next;
        }
    }
}

/// Parses a whole HTML document (the standard's algorithm, scripting on, as browsers do).
pub(crate) fn parse(html: &str) -> Dom {
    let sink = Sink {
        dom: RefCell::new(Dom::new()),
    };
    html5ever::parse_document(sink, Default::default()).one(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dom: &Dom) -> Vec<String> {
        // Pre-order walk of elements, by links.
        let mut out = Vec::new();
        let mut stack = vec![0];
        while let Some(id) = stack.pop() {
            if let Some(e) = dom.element(id) {
                out.push(e.name.to_string());
            }
            let mut kids = Vec::new();
            let mut c = dom.node(id).map_or(NONE, |n| n.first_child);
            while c != NONE {
                kids.push(c);
                c = dom.node(c).map_or(NONE, |n| n.next);
            }
            stack.extend(kids.into_iter().rev());
        }
        out
    }

    #[test]
    fn builds_the_standard_tree_with_kept_attributes_only() {
        let dom = parse("<p class=a data-x=1>نص<b>غامق</p><table><tr><td>خلية</table>");
        assert_eq!(
            names(&dom),
            ["html", "head", "body", "p", "b", "table", "tbody", "tr", "td"]
        );
        let p = (0..dom.nodes.len() as Id)
            .find(|&i| dom.element(i).is_some_and(|e| e.name == "p"))
            .unwrap();
        let el = dom.element(p).unwrap();
        assert_eq!(el.attr(Attr::Class), Some("a"));
        assert_eq!(dom.text_of(p), "نصغامق");
        assert_eq!(dom.text_of(0), "نصغامقخلية");
    }

    #[test]
    fn misnested_formatting_and_foster_parenting_keep_all_text() {
        // The adoption agency (b/p misnesting) and foster parenting (text inside a table)
        // move and reparent nodes; every piece of text must still be reachable, in order.
        let dom = parse("<b>1<p>2</b>3</p><table>4<tr><td>5</td></tr></table>");
        assert_eq!(dom.text_of(0), "12345");
    }

    #[test]
    fn template_content_hangs_under_the_template() {
        let dom = parse("<body><template><p>داخل</p></template><p>خارج</p></body>");
        let t = (0..dom.nodes.len() as Id)
            .find(|&i| dom.element(i).is_some_and(|e| e.name == "template"))
            .unwrap();
        assert_eq!(dom.text_of(t), "داخل");
    }

    #[test]
    fn duplicate_html_attributes_from_a_second_tag_are_added_once() {
        let dom = parse("<html lang=ar><body><html lang=en class=x><p>نص</p>");
        let h = (0..dom.nodes.len() as Id)
            .find(|&i| dom.element(i).is_some_and(|e| e.name == "html"))
            .unwrap();
        let el = dom.element(h).unwrap();
        assert_eq!(el.attr(Attr::Lang), Some("ar"));
        assert_eq!(el.attr(Attr::Class), Some("x"));
    }
}
