//! Self-training data: tags SaudiNewsNet articles (JSON dumps on stdin) with a two-stage model
//! and writes, as CoNLL, the paragraphs on which both stages agree and that hold a name.
//!
//! ```text
//! gen_selftrain MODEL OUT.conll [--max-sentences N] [--label-table FILE]
//! ```
//!
//! Paragraphs of 6 to 50 tokens only; deterministic (input order).

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use rasd_ner::{Tag, Tagger};

#[path = "common/tokenize.rs"]
mod tokenize;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_selftrain: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let usage = "usage: gen_selftrain MODEL OUT.conll [--max-sentences N] [--label-table FILE]";
    let mut args = std::env::args().skip(1);
    let model = PathBuf::from(args.next().ok_or(usage)?);
    let out = PathBuf::from(args.next().ok_or(usage)?);
    let mut max = 5000usize;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--max-sentences" => max = args.next().ok_or(usage)?.parse()?,
            "--label-table" => {
                let path = args.next().ok_or(usage)?;
                let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
                if !rasd_ner::set_label_table(text) {
                    return Err("label table set twice".into());
                }
            }
            other => return Err(format!("unknown argument {other}; {usage}").into()),
        }
    }
    let tagger = Tagger::load(&model)?;
    let first = tagger.first_stage();
    let mut input = Vec::new();
    std::io::stdin()
        .read_to_end(&mut input)
        .map_err(|e| format!("stdin: {e}"))?;
    let mut text = String::new();
    let (mut kept, mut seen) = (0usize, 0usize);
    'outer: for value in
        serde_json::Deserializer::from_slice(&input).into_iter::<serde_json::Value>()
    {
        let value = value.map_err(|e| format!("stdin is not a stream of JSON arrays: {e}"))?;
        for doc in value.as_array().into_iter().flatten() {
            let Some(c) = doc.get("content").and_then(|c| c.as_str()) else {
                continue;
            };
            let paras: Vec<Vec<&str>> = c
                .lines()
                .map(tokenize::tokenize)
                .filter(|t| !t.is_empty())
                .collect();
            let refs: Vec<&[&str]> = paras.iter().map(Vec::as_slice).collect();
            let both = tagger.tag_document(&refs);
            for (toks, tags) in paras.iter().zip(&both) {
                seen += 1;
                if !(6..=50).contains(&toks.len()) || tags.iter().all(|t| *t == Tag::O) {
                    continue;
                }
                if first.tag(toks) != *tags {
                    continue;
                }
                for (w, t) in toks.iter().zip(tags) {
                    let label = match t {
                        Tag::O => "O".to_owned(),
                        Tag::B(k) => format!("B-{}", k.label()),
                        Tag::I(k) => format!("I-{}", k.label()),
                    };
                    text.push_str(&format!("{w} {label}\n"));
                }
                text.push('\n');
                kept += 1;
                if kept >= max {
                    break 'outer;
                }
            }
        }
    }
    std::fs::File::create(&out)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!(
        "gen_selftrain: {kept} of {seen} paragraphs written to {}",
        out.display()
    );
    Ok(())
}
