//! Plain-text extraction quality on the ScrapingHub pages dumped to text (`text/*.txt`), scored
//! with the benchmark's shingle F1 against the human-written bodies. Returning the input
//! unchanged scores 0.665; the bar is 0.85.

use std::collections::BTreeMap;

use rasd_extract::score::{compare, Score};
use rasd_extract::{plain, Options};

use crate::common::shared_file;

#[derive(serde::Deserialize)]
struct Truth {
    #[serde(rename = "articleBody")]
    article_body: String,
    url: Option<String>,
}

#[test]
fn plain_text_f1_on_scrapinghub() {
    let Some(dir) = shared_file("eval/scrapinghub/text") else {
        return;
    };
    let Some(gt_path) = shared_file("eval/scrapinghub/ground-truth.json") else {
        return;
    };
    let truth: BTreeMap<String, Truth> =
        serde_json::from_str(&std::fs::read_to_string(gt_path).unwrap()).unwrap();
    let mut pages = Vec::new();
    let mut report = Vec::new();
    for (id, t) in &truth {
        let path = dir.join(format!("{id}.txt"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let opts = Options {
            url: t.url.clone(),
            now: None,
        };
        let got = match plain::extract_text(&text, &opts) {
            Ok(a) => a.body.join("\n\n"),
            Err(_) => String::new(),
        };
        let counts = compare(&t.article_body, &got);
        report.push((
            counts.precision().unwrap_or(0.0),
            counts.recall().unwrap_or(0.0),
            id.clone(),
        ));
        pages.push(counts);
    }
    let score = Score::from_pages(pages.iter().copied());
    eprintln!(
        "scrapinghub text: {} pages, precision {:.3}, recall {:.3}, F1 {:.3}",
        score.pages, score.precision, score.recall, score.f1
    );
    if std::env::var_os("RASD_VERBOSE").is_some() {
        report.sort_by(|a, b| (a.0 + a.1).total_cmp(&(b.0 + b.1)));
        for (p, r, id) in report.iter().take(40) {
            eprintln!("  p {p:.2} r {r:.2} {id}");
        }
    }
    assert!(score.pages >= 170, "only {} pages read", score.pages);
    assert!(
        score.f1 >= 0.85,
        "plain-text F1 {:.3} is below 0.85",
        score.f1
    );
}
