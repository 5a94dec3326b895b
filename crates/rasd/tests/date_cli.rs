//! `rasd date`: prints ISO 8601 (exit 0), "no date found" (exit 1), or a clear error (exit 2).

use std::process::{Command, Output};

fn rasd_date(args: &[&str]) -> Output {
    match Command::new(env!("CARGO_BIN_EXE_rasd"))
        .arg("date")
        .args(args)
        .output()
    {
        Ok(out) => out,
        Err(err) => panic!("cannot run rasd: {err}"),
    }
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn prints_the_seed_date_line_as_iso() {
    let out = rasd_date(&["15 يوليو 2025، 12:16 م"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "2025-07-15T12:16:00\n");
}

#[test]
fn joins_unquoted_words() {
    let out = rasd_date(&["الثلاثاء", "15", "تموز/يوليو", "2025"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "2025-07-15\n");
}

#[test]
fn keeps_a_named_offset() {
    let out = rasd_date(&["Tue, 15 Jul 2025 12:16:00 +0300"]);
    assert_eq!(stdout(&out), "2025-07-15T12:16:00+03:00\n");
}

#[test]
fn relative_dates_use_now() {
    let out = rasd_date(&["منذ 3 ساعات", "--now", "2025-07-15T12:16:00"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert_eq!(stdout(&out), "2025-07-15T09:16:00\n");
    let out = rasd_date(&["أمس", "--now", "2025-07-15"]);
    assert_eq!(stdout(&out), "2025-07-14\n");
    let out = rasd_date(&["--now", "2025-07-15T12:16:00+03:00", "منذ ساعة"]);
    assert_eq!(stdout(&out), "2025-07-15T11:16:00\n");
}

#[test]
fn not_a_date_exits_1_with_a_message() {
    let out = rasd_date(&["قرار مجلس الأمن 2025"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out).contains("no date found"),
        "stderr: {}",
        stderr(&out)
    );
}

#[test]
fn relative_without_now_gets_a_hint() {
    let out = rasd_date(&["منذ 3 ساعات"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--now"), "stderr: {}", stderr(&out));
}

#[test]
fn bad_now_exits_2_naming_the_value() {
    let out = rasd_date(&["أمس", "--now", "yesterday-ish"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("--now") && err.contains("yesterday-ish"),
        "stderr: {err}"
    );
}
