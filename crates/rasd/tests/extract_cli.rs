//! `rasd extract` end to end: files, folders, stdin, output formats and exit codes.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const PAGE: &str = "logo\nاقتصاد\n\nالحكومة تعلن خطة لدعم المزارعين في الجنوب\n\n\
أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الجنوبية، وقال الوزير إن التنفيذ يبدأ الشهر المقبل.\n\n\
وأضاف أن الخطة تشمل قروضا ميسرة وبذورا محسنة لأكثر من عشرة آلاف أسرة في القرى البعيدة عن المدن.\n\n\
تابعونا على\nجميع الحقوق محفوظة © 2025 مؤسسة الحقل\n";

fn rasd(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rasd"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn one_file_as_pretty_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.txt");
    std::fs::write(&path, PAGE).unwrap();
    let out = rasd(&["extract", path.to_str().unwrap(), "--json"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let article: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        article["headline"],
        "الحكومة تعلن خطة لدعم المزارعين في الجنوب"
    );
    assert_eq!(article["section"], "اقتصاد");
    assert_eq!(article["publisher"], "مؤسسة الحقل");
    assert_eq!(article["body"].as_array().unwrap().len(), 2);
    assert_eq!(article["language"], "ar");
}

#[test]
fn stdin_with_url_as_jsonl() {
    let out = rasd(
        &[
            "extract",
            "-",
            "--jsonl",
            "--url",
            "https://www.example.com/a/1",
        ],
        Some(PAGE.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert_eq!(stdout.lines().count(), 1);
    let article: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(article["site"], "example.com");
    assert_eq!(article["url"], "https://www.example.com/a/1");
}

#[test]
fn a_bad_file_in_a_folder_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("nested");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(dir.path().join("a.txt"), PAGE).unwrap();
    std::fs::write(sub.join("b.txt"), PAGE.replace("الجنوب", "الشمال")).unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    std::fs::write(dir.path().join("scan.pdf"), b"%PDF-1.7\n\x00\x01binary").unwrap();
    std::fs::write(
        dir.path().join("menu.txt"),
        "الرئيسية\nسياسة\nاقتصاد\nرياضة\n",
    )
    .unwrap();
    let out = rasd(&["extract", dir.path().to_str().unwrap(), "--jsonl"], None);
    assert_eq!(out.status.code(), Some(2), "some pages failed, so exit 2");
    let stdout = text(&out.stdout);
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("empty.txt") && stderr.contains("empty page"),
        "{stderr}"
    );
    assert!(
        stderr.contains("scan.pdf") && stderr.contains("binary file, not a page"),
        "{stderr}"
    );
    assert!(
        stderr.contains("menu.txt") && stderr.contains("no article found"),
        "{stderr}"
    );
}

#[test]
fn default_output_is_a_summary() {
    let out = rasd(&["extract", "-"], Some(PAGE.as_bytes()));
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("headline:  الحكومة تعلن خطة لدعم المزارعين في الجنوب"),
        "{stdout}"
    );
    assert!(stdout.contains("2 paragraphs"), "{stdout}");
}

#[test]
fn missing_path_and_empty_folder() {
    let out = rasd(&["extract", "/definitely/not/here.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("/definitely/not/here.txt"));
    let dir = tempfile::tempdir().unwrap();
    let out = rasd(&["extract", dir.path().to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1), "nothing found");
    assert!(text(&out.stderr).contains("no pages were found"));
}

#[test]
fn bad_now_is_refused() {
    let out = rasd(
        &["extract", "-", "--now", "yesterday"],
        Some(PAGE.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("not an ISO 8601"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn seed_comes_out_right() {
    let seed = std::env::var_os("RASD_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")))
        .join("seeds/000_2ed794d6a66e4bc7.txt");
    if !seed.exists() {
        eprintln!("skipped: {} is absent", seed.display());
        return;
    }
    let out = rasd(&["extract", seed.to_str().unwrap(), "--json"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let a: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(a["published"], "2025-07-15T12:16:00");
    assert_eq!(a["body"].as_array().unwrap().len(), 15);
    assert_eq!(a["image"]["credit"], "أ ف ب");
}
