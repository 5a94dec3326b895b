//! `rasd serve`: the HTTP JSON API and the dashboard over a data directory.
//!
//! Binds loopback (`127.0.0.1:8080`) unless told otherwise, prints the address on stdout once
//! it listens, and shuts down gracefully on Ctrl-C (or SIGTERM), letting requests in flight end.

use std::io::{self, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use rasd_server::{AppState, Limits};

/// Arguments of `rasd serve`.
#[derive(Debug, clap::Args)]
pub(crate) struct ServeArgs {
    /// The data directory (default: $RASD_DATA, else the platform data dir + /rasd); an empty
    /// store is created if there is none.
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
    /// Address to listen on. Anything but loopback exposes the store (and POST of pages) to
    /// the network.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR")]
    addr: SocketAddr,
    /// Longest a query may wait and run, in seconds, before the API answers 503/504.
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    query_timeout: f64,
    /// Search results kept in memory for repeated searches (0 turns the cache off); entries
    /// last 10 s and are dropped when a page is POSTed.
    #[arg(long, default_value_t = 1024, value_name = "ENTRIES")]
    cache: usize,
    /// Queries run at once (each on its own read handle of the store); more wait their turn,
    /// first come first served. Default: twice the cores this process may use, 4 to 16.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
    readers: Option<u16>,
}

/// The data directory: `--data`, else `$RASD_DATA`, else the platform's data dir + `/rasd`
/// (as the store's subcommands find it).
fn data_dir(data: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    if let Some(d) = data {
        return Ok(d);
    }
    if let Some(d) = std::env::var_os("RASD_DATA").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(d));
    }
    dirs::data_dir()
        .map(|d| d.join("rasd"))
        .context("no data directory: pass --data DIR or set RASD_DATA")
}

/// Longest `--query-timeout`, in seconds (a day: longer is no limit at all, and far larger
/// values do not fit a clock).
const MAX_QUERY_TIMEOUT: f64 = 86_400.0;

/// Runs `rasd serve` until Ctrl-C.
pub(crate) fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    if !(args.query_timeout.is_finite()
        && args.query_timeout > 0.0
        && args.query_timeout <= MAX_QUERY_TIMEOUT)
    {
        anyhow::bail!(
            "--query-timeout {}: give a number of seconds above 0 and at most {MAX_QUERY_TIMEOUT}",
            args.query_timeout
        );
    }
    let dir = data_dir(args.data)?;
    let defaults = Limits::default();
    let limits = Limits {
        query_time: Duration::from_secs_f64(args.query_timeout),
        cache_entries: args.cache,
        readers: args.readers.map_or(defaults.readers, usize::from),
        ..defaults
    };
    let state = AppState::open_with(&dir, limits)
        .with_context(|| format!("{}: cannot open the store", dir.display()))?;
    if !args.addr.ip().is_loopback() {
        tracing::warn!(
            "listening on {}: not loopback, anyone who can reach this address can read the store \
             and add pages to it",
            args.addr
        );
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| format!("cannot listen on {}", args.addr))?;
        let local = listener.local_addr()?;
        let mut out = io::stdout().lock();
        writeln!(out, "http://{local}/")?;
        out.flush()?;
        drop(out);
        tracing::info!("serving {} on http://{local}/", dir.display());
        rasd_server::serve(listener, state, shutdown_signal())
            .await
            .context("the server stopped")
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Completes on Ctrl-C, or on SIGTERM on Unix.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!("cannot listen for Ctrl-C: {e}");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::warn!("cannot listen for SIGTERM: {e}");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down");
}
