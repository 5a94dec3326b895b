//! The data contracts of rasd.
//!
//! Every stage of rasd's data flow (extract → analyze → store → query) speaks in the types of
//! this crate. They hold data only: no logic and no I/O, so that every other crate can depend on
//! them without pulling anything else in. The JSON they serialize to is the contract documented in
//! `DESIGN.md`: [`Article`] is what `rasd extract --json` prints, [`Analysis`] what
//! `rasd analyze --json` prints.
//!
//! ```
//! use rasd_model::Article;
//! let article = Article { headline: "عنوان".into(), ..Article::default() };
//! let json = serde_json::to_string(&article).unwrap();
//! assert!(json.contains("\"headline\":\"عنوان\""));
//! ```
#![deny(missing_docs)]

use serde::{Deserialize, Serialize};

/// One news article, cleaned of the page's boilerplate.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable hex id: of the canonical URL when known, else of the normalized headline and body.
    pub id: String,
    /// Canonical URL of the article, when known.
    pub url: Option<String>,
    /// Host name of the site, when a URL is known.
    pub site: Option<String>,
    /// The publisher, from the footer, JSON-LD or `og:` tags.
    pub publisher: Option<String>,
    /// ISO 639-1 code of the article's language (`"ar"`, `"en"`, `"fr"`, …).
    pub language: Option<String>,
    /// The site section the article is filed under (`"العالم"`).
    pub section: Option<String>,
    /// The headline.
    pub headline: String,
    /// Publication time, ISO 8601; an offset only when the page names one.
    pub published: Option<String>,
    /// Authors named in the byline.
    pub authors: Vec<String>,
    /// The lead image: its URL, caption and credit.
    pub image: Option<Image>,
    /// The article's own paragraphs, in order, and nothing else.
    pub body: Vec<String>,
    /// Headlines of related articles the page links to.
    pub related: Vec<Related>,
    /// Topic tags the page files the article under (`"آسيمي غويتا"`), often names of the
    /// people, places and organizations it is about; left out of the JSON when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Number of words in the body.
    pub word_count: usize,
}

/// The lead image of an article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Image {
    /// Where the image is, when known.
    pub url: Option<String>,
    /// The caption printed with the image.
    pub caption: Option<String>,
    /// Who the image is credited to (`"أ ف ب"`).
    pub credit: Option<String>,
}

/// A related article the page links to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Related {
    /// Its headline.
    pub title: String,
    /// Its URL, when known.
    pub url: Option<String>,
}

/// An [`Article`] with what analysis found in it: entities, quotes and events.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The article analysed; its fields are flattened into the Analysis JSON.
    #[serde(flatten)]
    pub article: Article,
    /// People, places and organizations, one per real-world identity.
    pub entities: Vec<Entity>,
    /// Attributed quotes.
    pub quotes: Vec<Quote>,
    /// Events between actors, coded with CAMEO.
    pub events: Vec<Event>,
}

/// The kind of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A person.
    Person,
    /// A place: country, region, city.
    Location,
    /// An organization: government body, group, company, agency.
    Organization,
}

/// One real-world identity and every place an article mentions it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id: the gazetteer id when known, else derived from the normalized canonical name.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Person, location or organization.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Every spelling seen.
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-3 code of the entity's country, when known.
    pub country: Option<String>,
    /// Latitude and longitude, for places.
    pub coordinates: Option<[f64; 2]>,
    /// Where the article mentions it.
    pub mentions: Vec<Mention>,
}

/// One mention of an entity: a span of a body paragraph (or of another part of the article, see
/// [`Mention::part`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The text as written.
    pub text: String,
    /// Which part of the article the span is in; [`ArticlePart::Body`] (the default) is left out
    /// of the JSON, so body mentions read exactly as in the contract.
    #[serde(default, skip_serializing_if = "ArticlePart::is_body")]
    pub part: ArticlePart,
    /// Index of the paragraph in [`Article::body`] (for [`ArticlePart::Related`], the index in
    /// [`Article::related`]; 0 for the headline, caption and credit).
    pub paragraph: usize,
    /// Start offset in chars (Unicode scalar values) into the paragraph.
    pub start: usize,
    /// End offset (exclusive) in chars into the paragraph.
    pub end: usize,
}

/// The part of an [`Article`] a [`Mention`] is in.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum ArticlePart {
    /// [`Article::headline`].
    Headline,
    /// A paragraph of [`Article::body`].
    #[default]
    Body,
    /// The lead image's caption.
    Caption,
    /// The lead image's credit (`"أ ف ب"`).
    Credit,
    /// The title of a related article.
    Related,
    /// One of [`Article::tags`].
    Tags,
}

impl ArticlePart {
    /// True for [`ArticlePart::Body`].
    pub fn is_body(&self) -> bool {
        *self == ArticlePart::Body
    }
}

/// A quote and who said it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Entity id of the speaker, when resolved.
    pub speaker: Option<String>,
    /// The words of the page that name the speaker: the attribution's own words when they
    /// name someone (`وزير الخارجية سامي ناصر`, `مصدر مطلع`, `المتحدث باسم الحركة`); for a
    /// speaker the attribution leaves implicit (`وقال`, `مضيفًا`, `من جانبه`) and the analysis
    /// resolved from earlier text, the words that named them last before the quote (a mention
    /// of the entity); `None` when nothing on the page names the speaker.
    pub speaker_text: Option<String>,
    /// What was said.
    pub text: String,
    /// True for a direct (quoted) quote, false for reported speech.
    pub direct: bool,
    /// Index of the paragraph in [`Article::body`].
    pub paragraph: usize,
}

/// An event between two actors, coded with CAMEO.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// CAMEO event code (`"042"`).
    pub code: String,
    /// CAMEO label (`"make a visit"`).
    pub label: String,
    /// Entity id of the actor who acts.
    pub source: Option<String>,
    /// Entity id of the actor acted upon.
    pub target: Option<String>,
    /// ISO 3166-1 alpha-3 code of the source's country, when known: a person or organization
    /// may stand for their country (the US envoy's visit is also the United States').
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_country: Option<String>,
    /// ISO 3166-1 alpha-3 code of the target's country, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_country: Option<String>,
    /// True when the text says the event did not (or will not) happen.
    pub negated: bool,
    /// Goldstein conflict–cooperation score of the code.
    pub goldstein: f64,
    /// Date of the event when the sentence gives one, else the article's.
    pub date: Option<String>,
    /// Index of the paragraph in [`Article::body`].
    pub paragraph: usize,
    /// The sentence, as evidence.
    pub sentence: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analysis_flattens_article_fields() {
        let analysis = Analysis {
            article: Article {
                headline: "h".into(),
                ..Article::default()
            },
            ..Analysis::default()
        };
        let value = serde_json::to_value(&analysis).unwrap();
        assert_eq!(value["headline"], "h");
        assert!(value["entities"].as_array().unwrap().is_empty());
    }

    #[test]
    fn entity_type_serializes_lowercase() {
        assert_eq!(
            serde_json::to_string(&EntityType::Person).unwrap(),
            "\"person\""
        );
    }
}
