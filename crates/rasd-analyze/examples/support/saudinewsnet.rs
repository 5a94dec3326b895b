//! SaudiNewsNet as Articles, for the examples and benches of rasd-analyze (included with
//! `#[path]`; not an example of its own).
//!
//! The corpus is a folder of daily zips, each holding one JSON array of records with `title`,
//! `content`, `date_extracted` and `url`. A record becomes an Article whose body is the content's
//! non-empty lines, trimmed, with its URL and the URL's host (without `www.`) as its site, as
//! `rasd ingest` reads it.

use std::io::Read;
use std::path::{Path, PathBuf};

use rasd_model::Article;

/// The first `limit` articles of the zips in `dir`, in file-name order.
pub(crate) fn load(dir: &Path, limit: usize) -> Result<Vec<Article>, String> {
    let mut zips: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "zip"))
        .collect();
    zips.sort();
    let mut articles = Vec::new();
    for path in zips {
        let file = std::fs::File::open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut archive = zip::ZipArchive::new(file)
            .map_err(|e| format!("{}: not a zip: {e}", path.display()))?;
        for i in 0..archive.len() {
            let mut json = String::new();
            archive
                .by_index(i)
                .map_err(|e| format!("{}: {e}", path.display()))?
                .read_to_string(&mut json)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            let records: Vec<serde_json::Value> = serde_json::from_str(&json)
                .map_err(|e| format!("{}: not SaudiNewsNet JSON: {e}", path.display()))?;
            for r in records {
                if articles.len() >= limit {
                    return Ok(articles);
                }
                let body = r["content"]
                    .as_str()
                    .unwrap_or("")
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect();
                let url = r["url"].as_str().map(str::to_owned);
                let site = url.as_deref().and_then(rasd_text::url::site_of);
                articles.push(Article {
                    url,
                    site,
                    headline: r["title"].as_str().unwrap_or("").to_owned(),
                    published: r["date_extracted"].as_str().map(str::to_owned),
                    body,
                    ..Article::default()
                });
            }
        }
    }
    Ok(articles)
}

/// Whitespace-separated words in the headlines and bodies: the throughput unit.
#[allow(dead_code)] // not every includer reports words
pub(crate) fn word_count(articles: &[Article]) -> usize {
    articles
        .iter()
        .map(|a| {
            a.headline.split_whitespace().count()
                + a.body
                    .iter()
                    .map(|p| p.split_whitespace().count())
                    .sum::<usize>()
        })
        .sum()
}
