//! `rasd date TEXT [--now ISO]`: reads one date as a news page prints it and prints ISO 8601.

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::{bail, Context};
use chrono::{DateTime, NaiveDate, NaiveDateTime};
use clap::Args;

/// Arguments of `rasd date`.
#[derive(Debug, Args)]
pub(crate) struct DateArgs {
    /// The date text, e.g. "15 يوليو 2025، 12:16 م" or "منذ 3 ساعات" (several words are joined
    /// with spaces, so quoting is optional).
    #[arg(required = true, num_args = 1..)]
    text: Vec<String>,
    /// Reference time for relative dates ("منذ 3 ساعات", "أمس"), as ISO 8601:
    /// 2025-07-15T12:16:00, 2025-07-15 12:16, or 2025-07-15 (midnight). An offset, if given, is
    /// dropped: the local time is kept.
    #[arg(long, value_name = "ISO")]
    now: Option<String>,
}

/// Runs `rasd date`: prints the ISO 8601 date (exit 0) or "no date found" on stderr (exit 1).
pub(crate) fn run(args: DateArgs) -> anyhow::Result<ExitCode> {
    let now = match args.now.as_deref() {
        Some(s) => Some(parse_now(s)?),
        None => None,
    };
    let text = args.text.join(" ");
    match rasd_text::date::parse(&text, now) {
        Some(d) => {
            writeln!(io::stdout().lock(), "{}", d.to_iso()).context("writing to stdout")?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let mut err = io::stderr().lock();
            writeln!(err, "rasd: no date found in {text:?}")?;
            if now.is_none() && looks_relative(&text) {
                writeln!(err, "hint: this looks like a relative date; pass --now ISO")?;
            }
            Ok(ExitCode::from(1))
        }
    }
}

/// True when `text` parses as a date given some reference time, i.e. it is relative.
fn looks_relative(text: &str) -> bool {
    let reference = NaiveDate::from_ymd_opt(2000, 1, 1).and_then(|d| d.and_hms_opt(12, 0, 0));
    reference.is_some() && rasd_text::date::parse(text, reference).is_some()
}

/// Reads `--now`: an ISO 8601 date-time (with `T` or a space, seconds optional) or a date.
fn parse_now(s: &str) -> anyhow::Result<NaiveDateTime> {
    let t = s.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return Ok(dt.naive_local());
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(t, fmt) {
            return Ok(dt);
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        if let Some(dt) = d.and_hms_opt(0, 0, 0) {
            return Ok(dt);
        }
    }
    bail!("--now {s:?}: not an ISO 8601 date-time; use e.g. 2025-07-15T12:16:00 or 2025-07-15")
}
