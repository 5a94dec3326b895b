//! `rasd`: the command-line tool. A thin layer of clap on the rasd libraries: each subcommand
//! parses its arguments and calls one library function (see `ARCHITECTURE.md`).
//!
//! Data goes to stdout, logs to stderr. Exit codes: 0 success, 1 nothing found, 2 error.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod analyze_cmd;
mod date_cmd;
mod eval_events_cmd;
mod extract_cmd;
mod ner_cmds;
mod pages;
mod serve_cmd;
mod store_cmds;
mod text_cmds;

/// mimalloc instead of the system allocator: search, analysis and ingest make many small,
/// short-lived allocations across threads, where glibc's malloc took ~10% of a search
/// (see BENCHMARKS.md, "HTTP API").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// rasd (رصد) turns Arabic news pages into a searchable, structured record of who said and did
/// what, to whom, where and when.
#[derive(Debug, Parser)]
#[command(name = "rasd", version, about, long_about = None, propagate_version = true)]
struct Cli {
    /// Log more (repeat for more detail). Logs go to stderr.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Normalize Arabic text from stdin for search or name matching (prints to stdout).
    Normalize(text_cmds::NormalizeArgs),
    /// Split text from stdin into tokens; prints one JSON object per token with char offsets.
    Tokenize(text_cmds::TokenizeArgs),
    /// Parse a date as news pages print it (Arabic, English, French); prints ISO 8601.
    Date(date_cmd::DateArgs),
    /// Extract articles from pages (HTML or plain text, files, folders or `-`); exit 2 if some failed.
    Extract(extract_cmd::ExtractArgs),
    /// Train the named-entity tagger on a CoNLL file and write the model.
    TrainNer(ner_cmds::TrainNerArgs),
    /// Score the named-entity tagger on a CoNLL file (entity-level P/R/F1 per type and micro).
    EvalNer(ner_cmds::EvalNerArgs),
    /// Precision and recall of quotes and events on an annotated set.
    EvalEvents(eval_events_cmd::EvalEventsArgs),
    /// Extract then analyse pages: the Article plus its entities (resolved), quotes and events.
    Analyze(analyze_cmd::AnalyzeArgs),
    /// Ingest pages and JSON records into the store (extract, analyze, dedupe, index).
    Ingest(store_cmds::IngestArgs),
    /// Search the store: words, "phrases", OR, -exclusion, field:value; facets and counts per day.
    Search(store_cmds::SearchArgs),
    /// An entity's profile: aliases, mentions over time, co-mentioned entities, quotes.
    Entity(store_cmds::EntityArgs),
    /// The events between two actors over time, per CAMEO root and Goldstein sum per week.
    Relations(store_cmds::RelationsArgs),
    /// Export articles, entities, quotes or events as JSON Lines or CSV.
    Export(store_cmds::ExportArgs),
    /// Serve the JSON API and the dashboard over the store (loopback; prints the address).
    Serve(serve_cmd::ServeArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.verbose);
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            let _ = writeln!(io::stderr(), "rasd: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// Runs one subcommand and returns the process exit code.
fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Normalize(args) => text_cmds::normalize(args),
        Command::Tokenize(args) => text_cmds::tokenize(args),
        Command::Date(args) => date_cmd::run(args),
        Command::Ingest(args) => store_cmds::ingest(args),
        Command::Search(args) => store_cmds::search(args),
        Command::Entity(args) => store_cmds::entity(args),
        Command::Relations(args) => store_cmds::relations(args),
        Command::Export(args) => store_cmds::export(args),
        Command::Serve(args) => serve_cmd::run(args),
        Command::Extract(args) => extract_cmd::run(args),
        Command::Analyze(args) => analyze_cmd::run(args),
        Command::TrainNer(args) => ner_cmds::train(args),
        Command::EvalNer(args) => ner_cmds::eval(args),
        Command::EvalEvents(args) => eval_events_cmd::run(args),
    }
}

fn init_logging(verbose: u8) {
    let default = match verbose {
        0 => "warn",
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("RASD_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(io::stderr)
        .with_target(false)
        .init();
}

/// A closed stdout (`rasd … | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}
