//! `rasd ingest`, `search`, `entity`, `relations`, `export` through the binary, on temp stores.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn rasd(data: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rasd"));
    cmd.arg("--verbose")
        .env("RASD_DATA", data)
        .env_remove("RASD_LOG");
    // `--verbose` is global; the data dir comes from the environment so every subcommand sees it.
    cmd.env("NO_COLOR", "1");
    cmd
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("the rasd binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A record of our own words; `n` varies the text so that no two are near-duplicates.
fn record(n: usize) -> String {
    let towns = [
        "الرياض",
        "جدة",
        "الدمام",
        "أبها",
        "تبوك",
        "حائل",
        "نجران",
        "جازان",
    ];
    let topics = [
        "المياه",
        "الطرق",
        "المدارس",
        "المستشفيات",
        "الحدائق",
        "الكهرباء",
    ];
    let town = towns[n % towns.len()];
    let topic = topics[(n / towns.len()) % topics.len()];
    let body = format!(
        "ناقش مجلس بلدية {town} في جلسته رقم {n} خطة لتحسين {topic} في الأحياء الشمالية.\\n\
         وقال رئيس المجلس إن المشروع رقم {n} يكلف {} مليون ريال ويبدأ خلال {} أشهر.\\n\
         وأضاف أن اللجنة ستزور {} موقعا قبل نهاية العام الذي يحمل الرقم {}.",
        n * 7 % 1000,
        n % 12 + 1,
        n % 40 + 2,
        2000 + n % 30
    );
    format!(
        "{{\"title\": \"بلدية {town} تناقش {topic} في الجلسة {n}\", \"content\": \"{body}\", \
         \"date\": \"2015-07-{:02} 10:00:00\", \"url\": \"http://example.org/news/{n}\", \
         \"source\": \"example\"}}",
        n % 28 + 1
    )
}

fn write_records(path: &Path, range: std::ops::Range<usize>) {
    let lines: Vec<String> = range.map(record).collect();
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
}

fn search_json(data: &Path, args: &[&str]) -> serde_json::Value {
    let out = run(rasd(data).arg("search").args(args).arg("--json"));
    assert!(
        out.status.code() != Some(2),
        "search failed: {}",
        stderr(&out)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(&out)))
}

#[test]
fn ingest_reports_bad_records_with_file_and_line_and_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let input = dir.path().join("feed.jsonl");
    let mut lines = vec![record(1), "{\"title\": \"مكسور\"".to_owned(), record(2)];
    lines.push("{\"title\": \"بلا نص\", \"content\": \"   \"}".to_owned());
    lines.push(record(3));
    std::fs::write(&input, lines.join("\n")).unwrap();
    let bad_zip = dir.path().join("broken.zip");
    std::fs::write(&bad_zip, b"PK\x03\x04 not a zip at all").unwrap();

    let out = run(rasd(&data).arg("ingest").arg(&input).arg(&bad_zip));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    let text = stdout(&out);
    assert!(text.contains("3 articles stored"), "{text}");
    assert!(text.contains("3 failures"), "{text}");
    assert!(text.contains("feed.jsonl:2: broken JSON"), "{text}");
    assert!(text.contains("feed.jsonl:4: record has no text"), "{text}");
    assert!(
        text.contains("broken.zip: not a readable zip file"),
        "{text}"
    );

    // The same input again: nothing new, three duplicates.
    let again = run(rasd(&data).arg("ingest").arg(&input));
    assert!(
        stdout(&again).contains("0 articles stored, 0 updated, 3 duplicates"),
        "{}",
        stdout(&again)
    );
    let all = search_json(&data, &[""]);
    assert_eq!(all["total"], 3);
}

#[test]
fn search_finds_spelling_variants_with_filters_and_facets() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let input = dir.path().join("feed.jsonl");
    write_records(&input, 0..60);
    let out = run(rasd(&data).arg("ingest").arg(&input));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    // رئيس المجلس is in every record; the article, a clitic, a case ending and tatweel change
    // nothing.
    for q in ["الرئيس", "للرئيس", "الرئيسُ", "الرئيـــس"] {
        assert_eq!(search_json(&data, &[q])["total"], 60, "query {q}");
    }
    let abha = search_json(&data, &["آبها"]);
    assert_eq!(abha["total"], (0..60).filter(|n| n % 8 == 3).count());
    let phrase = search_json(&data, &["\"بلدية جدة\""]);
    assert!(phrase["hits"]
        .as_array()
        .unwrap()
        .iter()
        .all(|h| h["headline"].as_str().unwrap().contains("جدة")));
    let filtered = search_json(
        &data,
        &["المجلس", "--from", "2015-07-02", "--to", "2015-07-02"],
    );
    let days = filtered["facets"]["per_day"].as_array().unwrap();
    assert_eq!(days.len(), 1);
    assert_eq!(days[0]["value"], "2015-07-02");
    assert_eq!(filtered["facets"]["sources"][0]["value"], "example");
    let none = run(rasd(&data).args(["search", "كلمةغيرموجودةأبدا"]));
    assert_eq!(none.status.code(), Some(1));
    let bad = run(rasd(&data).args(["search", "x", "--from", "July"]));
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("YYYY-MM-DD"), "{}", stderr(&bad));
}

#[test]
fn export_writes_jsonl_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let input = dir.path().join("feed.jsonl");
    write_records(&input, 0..5);
    assert!(run(rasd(&data).arg("ingest").arg(&input)).status.success());
    let jsonl = run(rasd(&data).args(["export", "--what", "articles", "--format", "jsonl"]));
    let lines: Vec<serde_json::Value> = stdout(&jsonl)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert!(lines[0]["story_id"].is_string() && lines[0]["body"].is_array());
    let csv = run(rasd(&data).args(["export", "--what", "articles", "--format", "csv"]));
    let text = stdout(&csv);
    assert!(
        text.starts_with("id,url,site,source,section,published,day,headline,story_id"),
        "{text}"
    );
    let events = run(rasd(&data).args(["export", "--what", "events", "--format", "csv"]));
    assert!(stdout(&events).starts_with("GLOBALEVENTID,SQLDATE,MonthYear,Year,Actor1Code"));
}

#[test]
fn export_writes_parquet_files_and_mentions_with_their_part() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let input = dir.path().join("feed.jsonl");
    write_records(&input, 0..5);
    assert!(run(rasd(&data).arg("ingest").arg(&input)).status.success());
    for what in ["articles", "entities", "quotes", "events", "mentions"] {
        let file = dir.path().join(format!("{what}.parquet"));
        let out = run(rasd(&data)
            .args(["export", "--what", what, "--format", "parquet", "--output"])
            .arg(&file));
        assert!(out.status.success(), "{what}: {}", stderr(&out));
        let bytes = std::fs::read(&file).unwrap();
        // A Parquet file starts and ends with its magic number.
        assert!(
            bytes.len() > 8 && bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"),
            "{what}: {} bytes",
            bytes.len()
        );
    }
    let mentions = run(rasd(&data).args(["export", "--what", "mentions", "--format", "jsonl"]));
    let rows: Vec<serde_json::Value> = stdout(&mentions)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!rows.is_empty());
    assert!(
        rows.iter()
            .all(|r| r["part"].is_string() && r["start"].is_number()),
        "{rows:?}"
    );
}

#[test]
fn a_store_of_another_format_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let input = dir.path().join("feed.jsonl");
    write_records(&input, 0..2);
    assert!(run(rasd(&data).arg("ingest").arg(&input)).status.success());
    let db = rusqlite::Connection::open(data.join("rasd.sqlite3")).unwrap();
    db.execute(
        "UPDATE meta SET value = '0' WHERE key = 'format_version'",
        [],
    )
    .unwrap();
    drop(db);
    let out = run(rasd(&data).args(["search", "المجلس"]));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("format version 0")
            && err.contains(&format!("reads version {}", rasd_store::FORMAT_VERSION)),
        "{err}"
    );
    assert!(err.contains(&data.display().to_string()), "{err}");
}

fn count_docs(data: &Path) -> i64 {
    let Ok(db) = rusqlite::Connection::open_with_flags(
        data.join("rasd.sqlite3"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    ) else {
        return 0;
    };
    db.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0))
        .unwrap_or(0)
}

/// Starts an ingest of `input` and waits until SQLite holds some of it, while it still runs.
fn start_ingest(data: &Path, input: &PathBuf) -> std::process::Child {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rasd"))
        .env("RASD_DATA", data)
        .arg("ingest")
        .arg(input)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while count_docs(data) == 0 {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the ingest ended before writing"
        );
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "no document after 120 s"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child
}

#[test]
fn kill_9_during_ingest_leaves_a_consistent_store_and_a_rerun_completes_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let input = dir.path().join("big.jsonl");
    let n = 1600;
    write_records(&input, 0..n);
    let mut child = start_ingest(&data, &input);
    let still_running = child.try_wait().unwrap().is_none();
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    assert!(
        still_running,
        "the ingest finished before it could be killed; make the input bigger"
    );
    let stored = count_docs(&data);
    assert!(stored > 0 && stored < n as i64, "{stored}");

    // Reopened: the index catches up with SQLite, so search sees every stored article.
    let all = search_json(&data, &[""]);
    assert_eq!(all["total"], stored);

    // Run again: it completes, with no duplicates.
    let out = run(rasd(&data).arg("ingest").arg(&input));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(count_docs(&data), n as i64);
    assert_eq!(search_json(&data, &[""])["total"], n);
    let text = stdout(&out);
    assert!(text.contains(&format!("{} duplicates", stored)), "{text}");
}

#[test]
fn search_runs_while_an_ingest_writes() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let input = dir.path().join("big.jsonl");
    write_records(&input, 0..1600);
    let mut child = start_ingest(&data, &input);
    let mut searched = 0;
    while child.try_wait().unwrap().is_none() && searched < 5 {
        let out = run(rasd(&data).args(["search", "المجلس", "--json"]));
        assert!(
            out.status.code() != Some(2),
            "search failed during ingest: {}",
            stderr(&out)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(v["total"].as_u64().is_some());
        searched += 1;
    }
    assert!(searched > 0, "the ingest ended before any search ran");
    let status = child.wait().unwrap();
    assert!(status.success());
}
