//! The seed page (`../shared/seeds/000_2ed794d6a66e4bc7.txt`): quotes and events found from
//! hand-built entities, so that this test checks quote and event finding alone, whatever entity
//! recognition finds.

use rasd_analyze::events::find_quotes_and_events;
use rasd_model::{Article, Entity, EntityType, Event, Mention, Quote};

fn shared_dir() -> Option<std::path::PathBuf> {
    let dir = std::env::var_os("RASD_SHARED")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").into());
    dir.is_dir().then_some(dir)
}

/// The body of the seed: the paragraphs after the dateline, without the related-news block and
/// the footer (what extraction gives; rebuilt here so that this test does not depend on it).
fn seed_article(text: &str) -> Article {
    let mut body = Vec::new();
    let mut in_body = false;
    let mut skip = 0;
    for line in text.lines().map(str::trim) {
        if line.contains("12:16") {
            in_body = true;
            continue;
        }
        if !in_body || line.is_empty() {
            continue;
        }
        if line == ";" {
            break;
        }
        if line == "أخبار ذات علاقة" {
            skip = 2;
            continue;
        }
        if skip > 0 {
            skip -= 1;
            continue;
        }
        body.push(line.to_string());
    }
    Article {
        body,
        published: Some("2025-07-15T12:16:00".into()),
        ..Article::default()
    }
}

/// An entity with a mention at every place one of its spellings occurs (longest first).
fn entity(
    article: &Article,
    id: &str,
    kind: EntityType,
    country: Option<&str>,
    names: &[&str],
) -> Entity {
    let mut names: Vec<&str> = names.to_vec();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    let mut mentions = Vec::new();
    for (p, para) in article.body.iter().enumerate() {
        let chars: Vec<char> = para.chars().collect();
        let mut taken = vec![false; chars.len()];
        for name in &names {
            let n: Vec<char> = name.chars().collect();
            let mut i = 0;
            while i + n.len() <= chars.len() {
                let hit = chars[i..i + n.len()] == n[..]
                    && !taken[i..i + n.len()].iter().any(|&t| t)
                    && chars.get(i + n.len()).is_none_or(|c| !c.is_alphabetic());
                if hit {
                    taken[i..i + n.len()].iter_mut().for_each(|t| *t = true);
                    mentions.push(Mention {
                        text: name.to_string(),
                        part: Default::default(),
                        paragraph: p,
                        start: i,
                        end: i + n.len(),
                    });
                    i += n.len();
                } else {
                    i += 1;
                }
            }
        }
    }
    Entity {
        id: id.into(),
        name: names.first().copied().unwrap_or_default().into(),
        kind,
        aliases: names.iter().map(|n| n.to_string()).collect(),
        country: country.map(str::to_string),
        coordinates: None,
        mentions,
    }
}

fn seed_entities(article: &Article) -> Vec<Entity> {
    use EntityType::*;
    vec![
        entity(
            article,
            "loc:USA",
            Location,
            Some("USA"),
            &[
                "واشنطن",
                "الولايات المتحدة",
                "الأمريكي",
                "الأمريكية",
                "أمريكيًا",
                "الأمريكيين",
            ],
        ),
        entity(
            article,
            "loc:MLI",
            Location,
            Some("MLI"),
            &["مالي", "المالية", "الماليين", "لمالي"],
        ),
        entity(article, "loc:bamako", Location, Some("MLI"), &["باماكو"]),
        entity(article, "loc:NER", Location, Some("NER"), &["النيجر"]),
        entity(article, "loc:BFA", Location, Some("BFA"), &["بوركينا فاسو"]),
        entity(
            article,
            "loc:MRT",
            Location,
            Some("MRT"),
            &["موريتانيا", "بموريتانيا", "الموريتاني"],
        ),
        entity(
            article,
            "loc:RUS",
            Location,
            Some("RUS"),
            &["الروسية", "الروسي", "موسكو"],
        ),
        entity(article, "loc:FRA", Location, Some("FRA"), &["الفرنسية"]),
        entity(article, "loc:west-africa", Location, None, &["غرب أفريقيا"]),
        entity(
            article,
            "per:atallah",
            Person,
            Some("USA"),
            &["رودولف عطا الله", "عطا الله"],
        ),
        entity(
            article,
            "per:goita",
            Person,
            Some("MLI"),
            &["أسيمي غويتا", "غويتا"],
        ),
        entity(
            article,
            "org:white-house",
            Organization,
            Some("USA"),
            &["البيت الأبيض"],
        ),
        entity(
            article,
            "org:oudaghost",
            Organization,
            Some("MRT"),
            &["مركز أو دغست للدراسات الإقليمية"],
        ),
        entity(
            article,
            "org:aes",
            Organization,
            None,
            &["تحالف دول الساحل", "كونفدرالية الساحل"],
        ),
    ]
}

fn show(quotes: &[Quote], events: &[Event]) -> String {
    let mut s = String::new();
    for q in quotes {
        s += &format!("Q {:?} [{:?}] {}\n", q.speaker, q.speaker_text, q.text);
    }
    for e in events {
        s += &format!(
            "E {} {:?}→{:?} neg={} | {}\n",
            e.code, e.source, e.target, e.negated, e.sentence
        );
    }
    s
}

fn has(events: &[Event], code: &str, source: &[&str], target: &str, negated: bool) -> bool {
    events.iter().any(|e| {
        e.code == code
            && e.source.as_deref().is_some_and(|s| source.contains(&s))
            && e.target.as_deref() == Some(target)
            && e.negated == negated
    })
}

#[test]
fn seed_quotes_and_events_from_hand_built_entities() {
    let Some(shared) = shared_dir() else {
        eprintln!("skipped: ../shared is absent (set RASD_SHARED)");
        return;
    };
    let path = shared.join("seeds/000_2ed794d6a66e4bc7.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: cannot read {}", path.display());
        return;
    };
    let article = seed_article(&text);
    assert!(article.body.len() >= 12, "seed body: {:?}", article.body);
    let entities = seed_entities(&article);
    let (quotes, events) = find_quotes_and_events(&article, &entities);
    let dump = show(&quotes, &events);
    let us = ["per:atallah", "loc:USA"];
    assert!(
        has(&events, "042", &us, "loc:MLI", false),
        "no visit to Mali by the envoy\n{dump}"
    );
    assert!(
        events.iter().any(|e| e.code.starts_with("04")
            && e.code != "042"
            && us.contains(&e.source.as_deref().unwrap_or_default())
            && matches!(e.target.as_deref(), Some("loc:MLI" | "loc:bamako"))),
        "no meeting with Malian officials\n{dump}"
    );
    assert!(
        has(&events, "030", &us, "loc:MLI", false),
        "no US proposal to Mali\n{dump}"
    );
    assert!(
        events.iter().any(|e| e.code == "030"
            && e.sentence.contains("اتفقا")
            && us.contains(&e.source.as_deref().unwrap_or_default())
            && e.target.as_deref() == Some("loc:MLI")),
        "no agreement on a roadmap\n{dump}"
    );
    assert!(
        events.iter().any(|e| e.code == "057" && e.negated),
        "no negated signing\n{dump}"
    );
    assert!(
        has(&events, "0874", &us, "loc:NER", false),
        "no withdrawal from Niger\n{dump}"
    );
    let visit = events.iter().find(|e| e.code == "042");
    assert_eq!(
        visit.and_then(|e| e.source_country.as_deref()),
        Some("USA"),
        "{dump}"
    );
    assert_eq!(
        visit.and_then(|e| e.date.as_deref()),
        Some("2025-07-15T12:16:00")
    );

    let by = |id: &str| {
        quotes
            .iter()
            .filter(|q| q.speaker.as_deref() == Some(id))
            .count()
    };
    assert!(
        by("per:atallah") >= 3,
        "fewer than three quotes by Atallah\n{dump}"
    );
    assert!(
        by("org:oudaghost") >= 1,
        "no quote by the Oudaghost centre\n{dump}"
    );
    // Scare quotes are not quotes.
    assert!(
        !quotes
            .iter()
            .any(|q| q.text == "الحصرية الروسية" || q.text == "حلاً أمريكيًا"),
        "{dump}"
    );
    // Every event's code is the codebook's, with its label and score.
    for e in &events {
        let c = rasd_analyze::events::cameo::lookup(&e.code);
        assert_eq!(c.map(|c| c.label), Some(e.label.as_str()));
    }
    eprintln!("{dump}");
}

#[test]
fn seed_quotes_and_events_through_the_analyzer() {
    let Some(shared) = shared_dir() else {
        eprintln!("skipped: ../shared is absent (set RASD_SHARED)");
        return;
    };
    let path = shared.join("seeds/000_2ed794d6a66e4bc7.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: cannot read {}", path.display());
        return;
    };
    let article = seed_article(&text);
    let analysis = rasd_analyze::Analyzer::embedded().analyze(&article);
    let (quotes, events) = (&analysis.quotes, &analysis.events);
    let dump = show(quotes, events);
    let id_of = |part: &str| {
        analysis
            .entities
            .iter()
            .find(|e| e.name.contains(part) || e.aliases.iter().any(|a| a.contains(part)))
            .map(|e| e.id.clone())
    };
    let (Some(atallah), Some(centre)) = (id_of("عطا الله"), id_of("دغست")) else {
        panic!("the analyzer found neither Atallah nor the Oudaghost centre\n{dump}");
    };
    let by = |id: &str| {
        quotes
            .iter()
            .filter(|q| q.speaker.as_deref() == Some(id))
            .count()
    };
    assert!(
        by(&atallah) >= 3,
        "fewer than three quotes by Atallah\n{dump}"
    );
    assert!(by(&centre) >= 1, "no quote by the Oudaghost centre\n{dump}");
    assert!(
        events
            .iter()
            .any(|e| e.code == "042" && e.source.as_deref() == Some(atallah.as_str())),
        "no visit by Atallah\n{dump}"
    );
    assert!(
        events.iter().any(|e| e.code == "057" && e.negated),
        "no negated signing\n{dump}"
    );
    assert!(
        events.iter().any(|e| e.code == "0874"
            && e.source_country.as_deref() == Some("USA")
            && e.target_country.as_deref() == Some("NER")),
        "no withdrawal from Niger\n{dump}"
    );
    assert!(
        events.iter().any(|e| e.code == "030"
            && e.source.as_deref() == Some(atallah.as_str())
            && e.target_country.as_deref() == Some("MLI")),
        "no proposal to Mali\n{dump}"
    );
}
