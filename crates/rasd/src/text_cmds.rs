//! `rasd normalize` and `rasd tokenize`: the text toolkit (`rasd-text`) on the command line.
//!
//! Both read UTF-8 text on stdin. Invalid UTF-8 is an error naming the byte offset, unless
//! `--lossy` is given: then each invalid sequence becomes U+FFFD and offsets refer to that
//! repaired text.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Args, ValueEnum};
use rasd_text::normalize::{normalize_into, Profile};
use rasd_text::token::Tokenizer;

/// A normalization profile, as the CLI names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ProfileArg {
    /// Search keys: every rule (alef forms, ى→ي, ة→ه, ؤ→و, ئ→ي, digits, case…).
    Search,
    /// Name matching: like search, but keeps ؤ and ئ.
    Name,
    /// Cleanup only: diacritics, tatweel, presentation forms, invisible chars.
    Light,
}

impl From<ProfileArg> for Profile {
    fn from(p: ProfileArg) -> Profile {
        match p {
            ProfileArg::Search => Profile::Search,
            ProfileArg::Name => Profile::Name,
            ProfileArg::Light => Profile::Light,
        }
    }
}

/// Arguments of `rasd normalize`.
#[derive(Debug, Args)]
#[command(after_help = "Example: echo 'أَحْمَدُ فــي ﻻهاي' | rasd normalize   # → احمد في لاهاي")]
pub(crate) struct NormalizeArgs {
    /// Which rules to apply.
    #[arg(short, long, value_enum, default_value_t = ProfileArg::Search)]
    profile: ProfileArg,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    lossy: bool,
}

/// Arguments of `rasd tokenize`.
#[derive(Debug, Args)]
#[command(
    after_help = "Each line is {\"text\",\"kind\",\"start\",\"end\",\"byte_start\",\"byte_end\"}; \
start/end count chars (Unicode scalar values) from the start of stdin.\n\
Example: echo 'وصل الوفد إلى باماكو' | rasd tokenize --split-clitics"
)]
pub(crate) struct TokenizeArgs {
    /// Split proclitics (و ف ب ك ل, ال, لل) off Arabic words, conservatively.
    #[arg(long)]
    split_clitics: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    lossy: bool,
}

/// `rasd normalize`: stdin → stdout, line by line (so any input size streams).
pub(crate) fn normalize(args: NormalizeArgs) -> anyhow::Result<ExitCode> {
    let profile = Profile::from(args.profile);
    let mut input = io::stdin().lock();
    let mut output = BufWriter::new(io::stdout().lock());
    let mut line = Vec::new();
    let mut out = String::new();
    let mut offset = 0usize;
    loop {
        line.clear();
        let n = input
            .read_until(b'\n', &mut line)
            .context("stdin: read failed")?;
        if n == 0 {
            break;
        }
        let text = decode(&line, offset, args.lossy)?;
        out.clear();
        normalize_into(&text, profile, &mut out);
        output.write_all(out.as_bytes())?;
        offset += n;
    }
    output.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `rasd tokenize`: stdin → JSON Lines of tokens with offsets into the whole input.
pub(crate) fn tokenize(args: TokenizeArgs) -> anyhow::Result<ExitCode> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .context("stdin: read failed")?;
    let text = decode(&bytes, 0, args.lossy)?;
    let mut output = BufWriter::new(io::stdout().lock());
    for token in Tokenizer::new()
        .split_clitics(args.split_clitics)
        .tokens(&text)
    {
        serde_json::to_writer(&mut output, &token)?;
        output.write_all(b"\n")?;
    }
    output.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Decodes `bytes` (which start at byte `offset` of stdin) as UTF-8, or lossily.
fn decode(bytes: &[u8], offset: usize, lossy: bool) -> anyhow::Result<std::borrow::Cow<'_, str>> {
    if lossy {
        return Ok(String::from_utf8_lossy(bytes));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(std::borrow::Cow::Borrowed(s)),
        Err(e) => bail!(
            "stdin: not valid UTF-8 at byte {}; convert it first (e.g. iconv -f windows-1256 -t utf-8) \
             or pass --lossy to replace invalid bytes with U+FFFD",
            offset + e.valid_up_to()
        ),
    }
}
