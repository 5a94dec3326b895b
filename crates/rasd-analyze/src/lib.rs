//! rasd-analyze: turns an [`Article`] into an [`Analysis`]: the people, places and
//! organizations it names, each resolved to one identity however the page spells it, then the
//! quotes and the events between them.
//!
//! - [`gazetteer`]: countries, cities, regions and organizations with their Arabic, English and
//!   French spellings and nisba adjectives, generated from named, licensed sources;
//! - [`entities`]: recognition (gazetteer, context rules, title and institution triggers, the
//!   `rasd_ner` tagger) and resolution inside a page, with ids stable across pages.
//!
//! The [`Analyzer`] loads everything once; analysing is then read-only and thread-safe.
//!
//! ```
//! use rasd_model::Article;
//! let article = Article {
//!     body: vec!["زار المبعوث الأمريكي جون سميث باماكو، والتقى مسؤولين في مالي.".into()],
//!     ..Article::default()
//! };
//! let analysis = rasd_analyze::Analyzer::embedded().analyze(&article);
//! let ids: Vec<&str> = analysis.entities.iter().map(|e| e.id.as_str()).collect();
//! assert!(ids.contains(&"loc:MLI"));
//! assert!(ids.contains(&"loc:USA"));
//! ```
#![deny(missing_docs)]

mod actors;
pub mod entities;
pub mod events;
pub mod gazetteer;
pub mod quotes;

use std::sync::OnceLock;

use rasd_model::{Analysis, Article, Entity};

use gazetteer::Gazetteer;

/// Everything analysis needs, loaded once: gazetteers, rules and the tagger.
#[derive(Debug)]
pub struct Analyzer {
    gazetteer: Gazetteer,
    tagger: Option<&'static rasd_ner::Tagger>,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

impl Analyzer {
    /// Builds an analyzer from the embedded data (a few tens of milliseconds; prefer
    /// [`Analyzer::embedded`], which does it once per process).
    pub fn new() -> Analyzer {
        Analyzer {
            gazetteer: Gazetteer::embedded(),
            // The tagger's first stage and its light second stage: +0.6 F1 on ANERcorp over the
            // first stage alone for ≈8 % of full analysis; the full second stage adds another
            // point but cost about a third of full analysis's speed (BENCHMARKS.md).
            tagger: Some(rasd_ner::Tagger::embedded_light()),
        }
    }

    /// An analyzer that uses the gazetteers and rules only, without the statistical tagger
    /// (faster; persons are then found only after titles and role words).
    pub fn without_tagger() -> Analyzer {
        Analyzer {
            gazetteer: Gazetteer::embedded(),
            tagger: None,
        }
    }

    /// The process-wide analyzer built from the embedded data.
    pub fn embedded() -> &'static Analyzer {
        static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
        ANALYZER.get_or_init(Analyzer::new)
    }

    /// The gazetteer in use.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The entities of an article, resolved (see [`entities`]).
    pub fn entities(&self, article: &Article) -> Vec<Entity> {
        match self.tagger {
            Some(tagger) => {
                let tag = |texts: &[&[&str]]| tag_words(tagger, texts);
                entities::find_entities_in_document(&self.gazetteer, article, Some(&tag))
            }
            None => entities::find_entities(&self.gazetteer, article, None),
        }
    }

    /// Analyses an article: entities, then quotes and events (which refer to entity ids).
    pub fn analyze(&self, article: &Article) -> Analysis {
        let mut entities = self.entities(article);
        // The body tokenized once for the speakers and the quote and event engine.
        let body = events::text::Body::of(&article.body);
        // Speakers named after a title that recognition missed (`قال الوزير سامر بلحاج إن`).
        events::speakers::add_attributed_people_in(&body, &mut entities);
        let ranker = events::learned::Ranker::builtin();
        let (quotes, events) = events::find_in(article, &entities, ranker, body);
        Analysis {
            article: article.clone(),
            entities,
            quotes,
            events,
        }
    }
}

/// Tags the words of an article's texts with `rasd_ner`, as one document, and returns each
/// text's spans over word indices.
fn tag_words(tagger: &rasd_ner::Tagger, texts: &[&[&str]]) -> Vec<entities::TaggedSpans> {
    tagger
        .tag_document(texts)
        .iter()
        .map(Vec::as_slice)
        .map(spans_of)
        .collect()
}

/// Entity spans (first word, last word, type) of one text's BIO tags; MISC is left out.
fn spans_of(tags: &[rasd_ner::Tag]) -> entities::TaggedSpans {
    rasd_ner::spans(tags)
        .into_iter()
        .filter_map(|span| {
            let kind = match span.kind {
                rasd_ner::Kind::Pers => rasd_model::EntityType::Person,
                rasd_ner::Kind::Loc => rasd_model::EntityType::Location,
                rasd_ner::Kind::Org => rasd_model::EntityType::Organization,
                rasd_ner::Kind::Misc => return None,
            };
            let last = span.end_token.checked_sub(1)?;
            (span.start_token <= last).then_some((span.start_token, last, kind))
        })
        .collect()
}
