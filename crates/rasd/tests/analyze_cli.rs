//! `rasd analyze`: end to end, from a page on disk to the Analysis JSON.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn rasd(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rasd"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the rasd binary runs")
}

fn shared_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("RASD_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").into());
    dir.is_dir().then_some(dir)
}

fn json(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "rasd failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

fn entity<'a>(analysis: &'a Value, id: &str) -> Option<&'a Value> {
    analysis["entities"]
        .as_array()?
        .iter()
        .find(|e| e["id"] == id)
}

fn aliases(e: &Value) -> Vec<&str> {
    e["aliases"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// Each mention's offsets slice its text (body paragraph, headline, caption, credit, related,
/// tags).
fn assert_offsets(analysis: &Value) {
    for e in analysis["entities"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            let p = m["paragraph"].as_u64().unwrap() as usize;
            let text = match m["part"].as_str().unwrap_or("body") {
                "body" => analysis["body"][p].as_str(),
                "headline" => analysis["headline"].as_str(),
                "caption" => analysis["image"]["caption"].as_str(),
                "credit" => analysis["image"]["credit"].as_str(),
                "related" => analysis["related"][p]["title"].as_str(),
                "tags" => analysis["tags"][p].as_str(),
                other => panic!("unknown part {other}"),
            }
            .unwrap();
            let (start, end) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            let slice: String = text.chars().skip(start).take(end - start).collect();
            assert_eq!(
                slice,
                m["text"].as_str().unwrap(),
                "offsets of {m} in {}",
                e["id"]
            );
        }
    }
}

#[test]
fn seed_page_entities() {
    let Some(shared) = shared_dir() else {
        eprintln!("skipping: ../shared is absent (set RASD_SHARED)");
        return;
    };
    let seed = shared.join("seeds/000_2ed794d6a66e4bc7.txt");
    if !seed.is_file() {
        eprintln!("skipping: the seed page is absent");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let analysis = json(&rasd(
        &["analyze", "--json", seed.to_str().unwrap()],
        dir.path(),
    ));
    assert_offsets(&analysis);
    for id in [
        "loc:MLI",
        "loc:MLI:bamako",
        "loc:USA",
        "loc:RUS",
        "loc:NER",
        "loc:BFA",
        "loc:MRT",
        "loc:west-africa",
        "loc:sahel",
        "org:white-house",
        "org:aes",
        "org:embassy-USA",
        "org:afp",
    ] {
        assert!(entity(&analysis, id).is_some(), "{id} missing");
    }
    let aes = entity(&analysis, "org:aes").unwrap();
    for alias in ["تحالف دول الساحل", "كونفدرالية الساحل"] {
        assert!(
            aliases(aes).contains(&alias),
            "{alias} not in {:?}",
            aliases(aes)
        );
    }
    let persons: Vec<&Value> = analysis["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "person")
        .collect();
    let atallah = persons
        .iter()
        .find(|e| e["name"] == "رودولف عطا الله")
        .expect("رودولف عطا الله");
    assert!(aliases(atallah).contains(&"عطا الله"));
    let goita = persons
        .iter()
        .find(|e| e["name"] == "أسيمي غويتا")
        .expect("أسيمي غويتا");
    assert!(aliases(goita).contains(&"غويتا"), "{:?}", aliases(goita));
    // آسيمي غويتا (alef madda) is the same person wherever the extractor keeps it.
    for e in &persons {
        if aliases(e).contains(&"آسيمي غويتا") {
            assert_eq!(e["id"], goita["id"]);
        }
    }
    let centre = analysis["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "مركز أو دغست للدراسات الإقليمية")
        .expect("the research centre");
    assert_eq!(centre["type"], "organization");
    assert_eq!(
        entity(&analysis, "loc:MLI:bamako").unwrap()["coordinates"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
}

#[test]
fn own_sentences_jsonl_and_stable_ids() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "وزير يزور نيامي\n\nوصل المبعوث الأممي كمال ساهر الدين إلى النيجر أمس، والتقى مسؤولين في نيامي.\n\nوأعلنت وزارة المالية النيجرية عن دعم مالي للمزارعين.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "لقاء في الرباط\n\nقال المبعوث كمال ساهر الدين إن الحوار مستمر، وأكد ساهر الدين أن المغرب شريك مهم.\n",
    )
    .unwrap();
    let out = rasd(&["analyze", "--jsonl", "a.txt", "b.txt"], dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    for a in &lines {
        assert_offsets(a);
        assert!(entity(a, "loc:MLI").is_none(), "finance is not Mali: {a}");
    }
    let person_id = |a: &Value| {
        a["entities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| aliases(e).contains(&"كمال ساهر الدين"))
            .map(|e| e["id"].clone())
    };
    let (pa, pb) = (person_id(&lines[0]), person_id(&lines[1]));
    assert!(
        pa.is_some() && pa == pb,
        "one id across pages: {pa:?} {pb:?}"
    );
    assert!(entity(&lines[0], "loc:NER").is_some());
}

#[test]
fn english_page_gets_gazetteer_entities() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("en.txt"),
        "US envoy visits Mali\n\nAn American envoy met officials in Bamako on Tuesday to discuss security in the Sahel with Mali and Niger, Reuters reported.\n",
    )
    .unwrap();
    let analysis = json(&rasd(&["analyze", "--json", "en.txt"], dir.path()));
    assert_offsets(&analysis);
    for id in ["loc:MLI", "loc:NER", "loc:sahel", "org:reuters"] {
        assert!(entity(&analysis, id).is_some(), "{id} missing: {analysis}");
    }
}

#[test]
fn unreadable_or_empty_pages_are_errors_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let out = rasd(&["analyze", "empty.txt"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty.txt"));
    let out = rasd(&["analyze", "missing.txt"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
}
