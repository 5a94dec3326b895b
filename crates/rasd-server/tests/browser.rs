//! The dashboard end to end in a real headless browser.
//!
//! Builds a store in a temporary directory from the demo pages (`examples/pages`) and a hostile
//! page (`tests/browser/hostile_page.html`, whose text holds `<script>` and `onerror=`), through
//! the same extract → analyze → store code as `rasd ingest`; serves the app on `127.0.0.1:0`;
//! and runs `node tests/browser/e2e.mjs <base-url> <screenshot-dir>`, which drives Debian
//! `chromium` with `playwright-core` (pinned in `tests/browser/package.json`, installed with
//! `npm ci --prefix crates/rasd-server/tests/browser`). Screenshots go to `$RASD_SCREENSHOTS`,
//! else `target/screenshots/` in the workspace.
//!
//! Skips, saying why, when node, chromium (`$RASD_CHROMIUM`, else `/usr/bin/chromium`) or the
//! npm packages are missing.

use std::path::{Path, PathBuf};
use std::process::Command;

use rasd_analyze::Analyzer;
use rasd_extract::{extract, Options, RawPage};
use rasd_store::{Prepared, Store};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn browser_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// Why the test cannot run here, if it cannot.
fn missing_tools() -> Option<String> {
    match Command::new("node").arg("--version").output() {
        Ok(out) if out.status.success() => {}
        _ => return Some("node is not installed (apt-get install nodejs)".into()),
    }
    let chromium = std::env::var("RASD_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if !Path::new(&chromium).exists() {
        return Some(format!(
            "{chromium} is missing (apt-get install chromium, or set RASD_CHROMIUM)"
        ));
    }
    if !browser_dir()
        .join("node_modules/playwright-core/package.json")
        .exists()
    {
        return Some(
            "playwright-core is not installed (npm ci --prefix crates/rasd-server/tests/browser)"
                .into(),
        );
    }
    None
}

/// The pages the store is built from: every demo page and the hostile page.
fn pages() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(workspace().join("examples/pages"))
        .expect("examples/pages is readable")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths.push(browser_dir().join("hostile_page.html"));
    paths
}

/// Extracts, analyzes and stores `paths` into a new store in `dir`.
fn build_store(dir: &Path, paths: &[PathBuf]) {
    let analyzer = Analyzer::embedded();
    let mut prepared = Vec::new();
    for path in paths {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let article = extract(&RawPage::new(bytes), &Options::default())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            !article.headline.is_empty(),
            "{}: no headline extracted",
            path.display()
        );
        prepared.push(Prepared::new(analyzer.analyze(&article)).expect("an article with an id"));
    }
    let mut store = Store::open(dir).expect("a new store");
    store.put_batch(&prepared).expect("pages stored");
    store.commit().expect("store committed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dashboard_in_a_headless_browser() {
    if let Some(why) = missing_tools() {
        // CI installs the tools and sets RASD_REQUIRE_BROWSER, so there a missing tool fails.
        assert!(
            std::env::var_os("RASD_REQUIRE_BROWSER").is_none(),
            "RASD_REQUIRE_BROWSER is set but the browser test cannot run: {why}"
        );
        eprintln!("skipping the browser test: {why}");
        return;
    }
    let data = tempfile::tempdir().expect("a temporary directory");
    let paths = pages();
    assert!(paths.len() >= 4, "examples/pages holds the demo pages");
    build_store(data.path(), &paths);

    let state = rasd_server::AppState::open(data.path()).expect("the store opens");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let addr = listener.local_addr().expect("the bound address");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(rasd_server::serve(listener, state, async {
        let _ = stopped.await;
    }));

    let shots = std::env::var_os("RASD_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target/screenshots"));
    let base = format!("http://{addr}/");
    let script = browser_dir().join("e2e.mjs");
    let shots_arg = shots.clone();
    let out = tokio::task::spawn_blocking(move || {
        Command::new("node")
            .arg(&script)
            .arg(&base)
            .arg(&shots_arg)
            .output()
    })
    .await
    .expect("the node task ran")
    .expect("node starts");

    let _ = stop.send(());
    let _ = server.await;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("{stdout}{stderr}");
    eprintln!("screenshots: {}", shots.display());
    assert!(
        out.status.success(),
        "browser checks failed (see the FAIL lines above)"
    );
    assert!(
        stdout.contains("all browser checks passed"),
        "e2e.mjs did not finish"
    );
}
