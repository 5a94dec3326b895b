//! The seed's topic tag (the name line of its related block) reaches analysis: `آسيمي غويتا`
//! is one of the aliases of Assimi Goïta, with a mention in the `tags` part.

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

#[test]
fn seed_tag_line_is_an_alias_of_goita() {
    let shared = std::env::var_os("RASD_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").into());
    let seed = shared.join("seeds/000_2ed794d6a66e4bc7.txt");
    if !seed.is_file() {
        eprintln!("skipped: {} not found", seed.display());
        return;
    }
    let out = Command::new(env!("CARGO_BIN_EXE_rasd"))
        .arg("analyze")
        .arg(&seed)
        .arg("--json")
        .output()
        .expect("the rasd binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let analysis: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let analysis = analysis
        .as_array()
        .and_then(|a| a.first())
        .unwrap_or(&analysis);
    assert_eq!(analysis["tags"], serde_json::json!(["آسيمي غويتا"]));
    let goita = analysis["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|e| {
            e["aliases"]
                .as_array()
                .is_some_and(|a| a.iter().any(|x| x == "أسيمي غويتا"))
        })
        .expect("an entity with the alias أسيمي غويتا");
    let aliases = goita["aliases"].as_array().expect("aliases");
    assert!(
        aliases.iter().any(|x| x == "آسيمي غويتا"),
        "aliases of {}: {aliases:?}",
        goita["id"]
    );
    let parts: Vec<&Value> = goita["mentions"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|m| &m["part"])
        .collect();
    assert!(parts.contains(&&Value::from("tags")), "{parts:?}");
}
