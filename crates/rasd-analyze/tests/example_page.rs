//! The example page that ships with the repo (`examples/pages/03_mali_accuses_washington.txt`,
//! written by the project) through the whole analyzer: what its dashboard screenshot shows.

use rasd_analyze::Analyzer;
use rasd_model::Article;

/// The page's headline and body paragraphs (between the date line and the related links).
fn example_article() -> Option<Article> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/pages/03_mali_accuses_washington.txt"
    );
    let text = std::fs::read_to_string(path).ok()?;
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let date = lines.iter().position(|l| l.contains("18:20"))?;
    let end = lines.iter().position(|l| *l == "أخبار ذات صلة")?;
    Some(Article {
        headline: lines.get(date - 1)?.to_string(),
        body: lines
            .get(date + 1..end)?
            .iter()
            .map(|l| l.to_string())
            .collect(),
        published: Some("2025-07-09T18:20:00".into()),
        ..Article::default()
    })
}

#[test]
fn the_praise_does_not_target_the_praising_states_own_ministry() {
    let Some(article) = example_article() else {
        panic!("examples/pages/03_mali_accuses_washington.txt is missing or changed");
    };
    let analysis = Analyzer::embedded().analyze(&article);
    let name = |id: &Option<String>| {
        id.as_deref().and_then(|id| {
            analysis
                .entities
                .iter()
                .find(|e| e.id == id)
                .map(|e| e.name.clone())
        })
    };
    let praise = analysis
        .events
        .iter()
        .find(|e| e.code.starts_with("05") && name(&e.source).as_deref() == Some("روسيا"));
    let Some(praise) = praise else {
        panic!("no praise by Russia: {:?}", analysis.events);
    };
    let target = name(&praise.target);
    assert!(
        target.is_none() || target.as_deref() == Some("مالي"),
        "help: Russia praises Mali, not its own foreign ministry; target {target:?}"
    );
}
