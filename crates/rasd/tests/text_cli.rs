//! `rasd normalize` and `rasd tokenize`: stdin → stdout, clear errors on bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn rasd(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = match Command::new(env!("CARGO_BIN_EXE_rasd"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(err) => panic!("cannot run rasd: {err}"),
    };
    if let Some(mut input) = child.stdin.take() {
        input.write_all(stdin).expect("write stdin");
    }
    child.wait_with_output().expect("wait for rasd")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn normalize_search_profile_by_default() {
    let out = rasd(
        &["normalize"],
        "أَحْمَدُ فــي ﻻهاي\nمدرسة ٢٠٢٥ Reuters\n".as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "احمد في لاهاي\nمدرسه 2025 reuters\n");
}

#[test]
fn normalize_profiles_differ() {
    let input = "مسؤولة أُسامة".as_bytes();
    let name = rasd(&["normalize", "--profile", "name"], input);
    assert_eq!(stdout(&name), "مسؤوله اسامه");
    let light = rasd(&["normalize", "-p", "light"], input);
    assert_eq!(stdout(&light), "مسؤولة أسامة");
}

#[test]
fn normalize_rejects_invalid_utf8_with_the_byte_offset() {
    let out = rasd(&["normalize"], b"line one\nab\xffcd\n");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("stdin: not valid UTF-8 at byte 11"), "{err}");
    assert!(err.contains("--lossy"), "{err}");
}

#[test]
fn normalize_lossy_replaces_invalid_bytes() {
    let out = rasd(&["normalize", "--lossy"], b"ab\xffCD");
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "ab\u{FFFD}cd");
}

#[test]
fn normalize_unknown_profile_is_a_usage_error() {
    let out = rasd(&["normalize", "--profile", "nope"], b"x");
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("search"), "{}", stderr(&out));
}

#[test]
fn tokenize_prints_json_lines_with_offsets() {
    let text = "قال: «نعم» 1,5";
    let out = rasd(&["tokenize"], text.as_bytes());
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    let got: Vec<(&str, &str)> = lines
        .iter()
        .map(|v| (v["text"].as_str().unwrap(), v["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(
        got,
        [
            ("قال", "arabic"),
            (":", "punct"),
            ("«", "punct"),
            ("نعم", "arabic"),
            ("»", "punct"),
            ("1,5", "number")
        ]
    );
    let chars: Vec<char> = text.chars().collect();
    for v in &lines {
        let (s, e) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        let by_chars: String = chars[s..e].iter().collect();
        assert_eq!(by_chars, v["text"].as_str().unwrap());
        let (bs, be) = (
            v["byte_start"].as_u64().unwrap() as usize,
            v["byte_end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[bs..be], v["text"].as_str().unwrap());
    }
}

#[test]
fn tokenize_splits_clitics_on_request() {
    let plain = rasd(&["tokenize"], "والكتاب".as_bytes());
    assert_eq!(stdout(&plain).lines().count(), 1);
    let split = rasd(&["tokenize", "--split-clitics"], "والكتاب".as_bytes());
    let kinds: Vec<String> = stdout(&split)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["kind"].to_string())
        .collect();
    assert_eq!(kinds, ["\"proclitic\"", "\"arabic\""]);
}

#[test]
fn tokenize_rejects_invalid_utf8() {
    let out = rasd(&["tokenize"], b"\xc3(");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not valid UTF-8 at byte 0"),
        "{}",
        stderr(&out)
    );
}
