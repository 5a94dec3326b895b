//! Machine-readable metadata: JSON-LD, OpenGraph and `article:` tags, `<meta name>`,
//! `<time datetime>`, the canonical link and `<html lang>`.
//!
//! Sources are read in order of trust: JSON-LD (`NewsArticle` and its kin, also inside `@graph`
//! arrays), then OpenGraph/`article:` properties, then plain `<meta name>` tags, then the
//! document itself (`<title>`, the first `<time datetime>`).

use serde_json::Value;

use super::tree::{Attr, Dom, Id};

/// Everything the page says about itself in markup meant for machines.
#[derive(Debug, Default, Clone)]
pub(crate) struct Meta {
    pub(crate) headline: Option<String>,
    pub(crate) title_tag: Option<String>,
    pub(crate) published: Option<String>,
    pub(crate) authors: Vec<String>,
    pub(crate) publisher: Option<String>,
    pub(crate) image: Option<String>,
    pub(crate) section: Option<String>,
    pub(crate) language: Option<String>,
    pub(crate) canonical: Option<String>,
    pub(crate) base: Option<String>,
    /// `datetime` of the first `<time>` element.
    pub(crate) time_datetime: Option<String>,
}

/// JSON-LD `@type`s that describe an article.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNews",
    "BlogPosting",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "LiveBlogPosting",
    "TechArticle",
    "Report",
    "SocialMediaPosting",
];

fn clean(s: &str) -> Option<String> {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

/// Reads the page's metadata in one pass over its nodes (in the order the parser made them).
pub(crate) fn read(doc: &Dom) -> Meta {
    let mut m = Meta::default();
    let mut props: Vec<(String, String)> = Vec::new();
    let mut jsonld: Vec<String> = Vec::new();
    for id in 0..doc.nodes.len() as Id {
        let Some(el) = doc.element(id) else {
            continue;
        };
        if !matches!(
            el.name,
            "html" | "title" | "meta" | "link" | "base" | "script" | "time"
        ) || !doc.is_html(id)
            || doc.in_foreign(id)
        {
            // Only the page's own HTML elements, not those of an inline SVG or MathML image.
            continue;
        }
        match el.name {
            "html" if m.language.is_none() => {
                m.language = el
                    .attr(Attr::Lang)
                    .or(el.attr(Attr::XmlLang))
                    .and_then(language_code);
            }
            "title" if m.title_tag.is_none() => {
                m.title_tag = clean(&doc.text_of(id));
            }
            "meta" => {
                let key = el
                    .attr(Attr::Property)
                    .or(el.attr(Attr::Name))
                    .or(el.attr(Attr::Itemprop));
                if let (Some(k), Some(v)) = (key, el.attr(Attr::Content)) {
                    if let Some(v) = clean(v) {
                        props.push((k.trim().to_ascii_lowercase(), v));
                    }
                }
            }
            "link" => {
                let rel = el.attr(Attr::Rel).unwrap_or("");
                if m.canonical.is_none()
                    && rel
                        .split_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                {
                    m.canonical = el.attr(Attr::Href).and_then(clean);
                }
            }
            "base" if m.base.is_none() => m.base = el.attr(Attr::Href).and_then(clean),
            "script"
                if el
                    .attr(Attr::Type)
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                jsonld.push(doc.text_of(id));
            }
            "time" if m.time_datetime.is_none() => {
                m.time_datetime = el.attr(Attr::Datetime).and_then(clean);
            }
            _ => {}
        }
    }
    for raw in &jsonld {
        // Some sites put two objects or trailing junk in one script; take what parses.
        if let Ok(v) = serde_json::from_str::<Value>(raw.trim()) {
            read_jsonld(&v, &mut m);
        }
    }
    let prop = |names: &[&str]| -> Option<String> {
        names
            .iter()
            .find_map(|n| props.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone()))
    };
    m.headline = m
        .headline
        .or_else(|| prop(&["og:title", "twitter:title", "headline", "title"]));
    m.published = m.published.or_else(|| {
        prop(&[
            "article:published_time",
            "og:article:published_time",
            "datepublished",
            "date",
            "pubdate",
            "publishdate",
            "publish-date",
            "publish_date",
            "dc.date.issued",
            "dc.date",
            "dcterms.created",
            "sailthru.date",
            "parsely-pub-date",
            "article.published",
            "published_time",
        ])
    });
    m.publisher = m
        .publisher
        .or_else(|| prop(&["og:site_name", "application-name", "publisher"]));
    m.image = m
        .image
        .or_else(|| prop(&["og:image", "og:image:url", "twitter:image", "image"]));
    m.section = m
        .section
        .or_else(|| prop(&["article:section", "section", "articlesection"]));
    if m.authors.is_empty() {
        let names: Vec<String> = props
            .iter()
            .filter(|(k, v)| {
                matches!(
                    k.as_str(),
                    "article:author"
                        | "author"
                        | "dc.creator"
                        | "sailthru.author"
                        | "parsely-author"
                ) && !v.starts_with("http")
            })
            .map(|(_, v)| v.clone())
            .collect();
        for n in names {
            push_unique(&mut m.authors, n);
        }
    }
    if m.language.is_none() {
        m.language = prop(&["og:locale", "language", "content-language", "dc.language"])
            .as_deref()
            .and_then(language_code);
    }
    m
}

fn push_unique(v: &mut Vec<String>, s: String) {
    if !v.iter().any(|x| x == &s) {
        v.push(s);
    }
}

/// `"ar-EG"`, `"ar_EG"`, `"AR"` → `"ar"`.
pub(crate) fn language_code(s: &str) -> Option<String> {
    let p = s.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (p.len() == 2 || p.len() == 3)
        .then_some(p)
        .filter(|p| p.chars().all(|c| c.is_ascii_lowercase()))
}

fn is_article(v: &Value) -> bool {
    match v.get("@type") {
        Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
        Some(Value::Array(ts)) => ts
            .iter()
            .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
        _ => false,
    }
}

/// Finds article objects in a JSON-LD value (top level, arrays, `@graph`), without recursion
/// deeper than those containers.
fn read_jsonld(v: &Value, m: &mut Meta) {
    let mut stack: Vec<&Value> = vec![v];
    let mut seen = 0;
    while let Some(x) = stack.pop() {
        seen += 1;
        if seen > 1000 {
            break;
        }
        match x {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(o) => {
                if let Some(g) = o.get("@graph") {
                    stack.push(g);
                }
                if is_article(x) {
                    take_article(x, m);
                } else if let Some(me) = o.get("mainEntity") {
                    stack.push(me);
                }
            }
            _ => {}
        }
    }
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => clean(s),
        Value::Array(a) => a.iter().find_map(|x| str_of(Some(x))),
        Value::Object(o) => str_of(o.get("name").or(o.get("url")).or(o.get("@id"))),
        _ => None,
    }
}

fn names_of(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => clean(s).into_iter().collect(),
        Some(Value::Object(o)) => o
            .get("name")
            .and_then(|n| n.as_str())
            .and_then(clean)
            .into_iter()
            .collect(),
        Some(Value::Array(a)) => a.iter().flat_map(|x| names_of(Some(x))).collect(),
        _ => Vec::new(),
    }
}

fn take_article(v: &Value, m: &mut Meta) {
    if m.headline.is_none() {
        m.headline = str_of(v.get("headline")).or_else(|| str_of(v.get("name")));
    }
    if m.published.is_none() {
        m.published = str_of(v.get("datePublished")).or_else(|| str_of(v.get("dateCreated")));
    }
    if m.authors.is_empty() {
        for n in names_of(v.get("author"))
            .into_iter()
            .chain(names_of(v.get("creator")))
        {
            if !n.starts_with("http") {
                push_unique(&mut m.authors, n);
            }
        }
    }
    if m.publisher.is_none() {
        m.publisher = match v.get("publisher") {
            Some(Value::Object(o)) => o.get("name").and_then(|n| n.as_str()).and_then(clean),
            other => str_of(other),
        };
    }
    if m.image.is_none() {
        m.image = match v.get("image") {
            Some(Value::Object(o)) => str_of(o.get("url").or(o.get("contentUrl"))),
            Some(Value::Array(a)) => a.iter().find_map(|x| match x {
                Value::Object(o) => str_of(o.get("url").or(o.get("contentUrl"))),
                other => str_of(Some(other)),
            }),
            other => str_of(other),
        };
    }
    if m.section.is_none() {
        m.section = str_of(v.get("articleSection"));
    }
    if m.language.is_none() {
        m.language = str_of(v.get("inLanguage"))
            .as_deref()
            .and_then(language_code);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_jsonld_graph_before_og() {
        let doc = super::super::tree::parse(
            r#"<html lang="ar-EG"><head>
            <meta property="og:title" content="عنوان og">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"موقع"},
              {"@type":["NewsArticle"],"headline":"عنوان الخبر","datePublished":"2025-07-15T12:16:00+03:00",
               "author":[{"@type":"Person","name":"سارة علي"},{"name":"أحمد يوسف"}],
               "publisher":{"@type":"Organization","name":"صحيفة المثال"},
               "image":{"@type":"ImageObject","url":"https://example.org/a.jpg"},
               "articleSection":"العالم"}]}</script>
            </head><body></body></html>"#,
        );
        let m = read(&doc);
        assert_eq!(m.headline.as_deref(), Some("عنوان الخبر"));
        assert_eq!(m.published.as_deref(), Some("2025-07-15T12:16:00+03:00"));
        assert_eq!(m.authors, ["سارة علي", "أحمد يوسف"]);
        assert_eq!(m.publisher.as_deref(), Some("صحيفة المثال"));
        assert_eq!(m.image.as_deref(), Some("https://example.org/a.jpg"));
        assert_eq!(m.section.as_deref(), Some("العالم"));
        assert_eq!(m.language.as_deref(), Some("ar"));
    }

    #[test]
    fn falls_back_to_og_and_meta_tags() {
        let doc = super::super::tree::parse(
            r#"<head><meta property="og:title" content=" عنوان  og ">
            <meta property="og:site_name" content="الموقع">
            <meta property="article:published_time" content="2024-01-02">
            <meta name="author" content="كاتب">
            <link rel="canonical" href="https://example.org/x">
            <script type="application/ld+json">{broken</script></head>"#,
        );
        let m = read(&doc);
        assert_eq!(m.headline.as_deref(), Some("عنوان og"));
        assert_eq!(m.publisher.as_deref(), Some("الموقع"));
        assert_eq!(m.published.as_deref(), Some("2024-01-02"));
        assert_eq!(m.authors, ["كاتب"]);
        assert_eq!(m.canonical.as_deref(), Some("https://example.org/x"));
    }

    #[test]
    fn language_codes_keep_the_primary_subtag() {
        assert_eq!(language_code("ar_SA").as_deref(), Some("ar"));
        assert_eq!(language_code("EN").as_deref(), Some("en"));
        assert_eq!(language_code("12"), None);
    }
}
