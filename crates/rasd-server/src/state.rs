//! What every handler shares: a small pool of read handles on the store, one writer for
//! POSTed pages, and the limits.
//!
//! `rasd_store::Store` is `Send` but not `Sync` (a SQLite connection), so each read handle
//! belongs to one query thread of its own ([`Limits::readers`] of them), which runs the queries
//! handed to it one after another, first come first served. A fixed set of threads keeps the
//! store's per-thread memories (the highlighter's words, the facet counters) warm and few,
//! where tokio's blocking pool spread queries over a dozen threads, each with cold copies.
//! A query waits for a thread at most the query time limit (then 503), and runs at most that
//! long (then 504).

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use rasd_store::{SearchRequest, SearchResults, Store, StoreError};

use crate::error::ApiError;

/// A reader's index view is reloaded when it is older than this (to see other processes'
/// commits, e.g. a `rasd ingest` running beside the server).
const REFRESH_EVERY: Duration = Duration::from_secs(2);
/// Age after which a cached search result is recomputed in the background (a bound on
/// staleness when another process writes the store).
pub const CACHE_TTL: Duration = Duration::from_secs(10);

/// The result of one search request, computed once for every client asking for it.
struct Slot {
    cell: tokio::sync::OnceCell<Result<Arc<SearchResults>, ApiError>>,
    created: Instant,
    /// The write generation the result saw.
    generation: u64,
    /// A background query is replacing this stale result.
    refreshing: AtomicBool,
}

impl Slot {
    fn new(generation: u64) -> Slot {
        Slot {
            cell: tokio::sync::OnceCell::new(),
            created: Instant::now(),
            generation,
            refreshing: AtomicBool::new(false),
        }
    }
}

/// Recent search results by request.
#[derive(Default)]
struct SearchCache {
    entries: HashMap<String, Arc<Slot>>,
}

/// The limits of the server.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Longest a query may wait for a read handle plus run.
    pub query_time: Duration,
    /// Read handles (queries running at once).
    pub readers: usize,
    /// Largest `limit` a list endpoint accepts.
    pub max_limit: usize,
    /// Largest `offset` a list endpoint accepts.
    pub max_offset: usize,
    /// Largest POSTed page, in bytes.
    pub max_body: usize,
    /// Search results kept in memory (0: none). Entries are recomputed after [`CACHE_TTL`]
    /// and dropped on every write through this server.
    pub cache_entries: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        let cpus = std::thread::available_parallelism().map_or(2, |n| n.get());
        Limits {
            query_time: Duration::from_secs(10),
            readers: cpus.clamp(2, 8) * 2,
            max_limit: 100,
            max_offset: 10_000,
            max_body: rasd_extract::MAX_PAGE_BYTES,
            cache_entries: 1024,
        }
    }
}

/// A query thread's read handle and when its index view was last reloaded.
struct Reader {
    store: Store,
    generation: u64,
    refreshed: Instant,
}

impl Reader {
    fn open(dir: &Path) -> rasd_store::Result<Reader> {
        Ok(Reader {
            store: Store::open_read_only(dir)?,
            generation: 0,
            refreshed: Instant::now(),
        })
    }

    /// Reloads the index view if a write happened since (`generation` is the current write
    /// count) or if it is older than [`REFRESH_EVERY`].
    fn refresh(&mut self, generation: u64) -> rasd_store::Result<()> {
        if self.generation != generation || self.refreshed.elapsed() >= REFRESH_EVERY {
            self.store.refresh()?;
            self.generation = generation;
            self.refreshed = Instant::now();
        }
        Ok(())
    }
}

/// A query for a query thread: runs on its read handle, or learns that none could be had.
type Job = Box<dyn FnOnce(rasd_store::Result<&Store>) + Send>;

/// The loop of one query thread: takes the next job, brings the handle up to date, runs it.
fn query_thread(
    dir: &Path,
    mut reader: Reader,
    jobs: &Mutex<mpsc::Receiver<Job>>,
    generation: &AtomicU64,
) {
    loop {
        // Whoever holds the lock waits for the next job; the others wait for the lock.
        let job = match jobs.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_poisoned) => return,
        };
        let Ok(job) = job else {
            // The state was dropped: the server is gone.
            return;
        };
        let refreshed = reader.refresh(generation.load(Ordering::SeqCst));
        let store = refreshed.map(|()| &reader.store);
        if std::panic::catch_unwind(AssertUnwindSafe(|| job(store))).is_err() {
            // The caller learns of it (its answer channel closed). The handle may be halfway
            // through something: start afresh with a new one.
            match Reader::open(dir) {
                Ok(fresh) => reader = fresh,
                Err(e) => tracing::error!("cannot reopen a read handle after a panic: {e}"),
            }
        }
    }
}

struct Inner {
    dir: PathBuf,
    limits: Limits,
    /// Queries waiting for a query thread, in order of arrival.
    jobs: mpsc::Sender<Job>,
    /// Opened on the first POST, so that `rasd ingest` can run beside a server nobody posts to.
    writer: Mutex<Option<Store>>,
    /// Bumped after each write, so that readers reload their index view.
    generation: Arc<AtomicU64>,
    search_cache: Mutex<SearchCache>,
}

/// What every handler shares; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("dir", &self.inner.dir)
            .field("limits", &self.inner.limits)
            .finish()
    }
}

impl AppState {
    /// Opens the store in `dir` (creating an empty one if there is none) with the default limits.
    pub fn open(dir: &Path) -> rasd_store::Result<AppState> {
        AppState::open_with(dir, Limits::default())
    }

    /// Opens the store in `dir` (creating an empty one if there is none) with these limits.
    pub fn open_with(dir: &Path, limits: Limits) -> rasd_store::Result<AppState> {
        // Creates a missing store, and indexes what an interrupted ingest left unindexed; the
        // handle (and its index lock) is dropped before the read-only handles open.
        match Store::open_for_reading(dir) {
            Ok(store) => drop(store),
            Err(StoreError::Missing { .. }) => drop(Store::open(dir)?),
            Err(e) => return Err(e),
        }
        let readers = limits.readers.max(1);
        let handles = (0..readers)
            .map(|_| Reader::open(dir))
            .collect::<rasd_store::Result<Vec<Reader>>>()?;
        let (jobs, receiver) = mpsc::channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        let generation = Arc::new(AtomicU64::new(0));
        for (n, reader) in handles.into_iter().enumerate() {
            let (own_dir, receiver, generation) = (
                dir.to_owned(),
                Arc::clone(&receiver),
                Arc::clone(&generation),
            );
            std::thread::Builder::new()
                .name(format!("rasd-query-{n}"))
                .spawn(move || query_thread(&own_dir, reader, &receiver, &generation))
                .map_err(|source| StoreError::Io {
                    path: dir.to_owned(),
                    source,
                })?;
        }
        Ok(AppState {
            inner: Arc::new(Inner {
                dir: dir.to_owned(),
                limits: Limits { readers, ..limits },
                jobs,
                writer: Mutex::new(None),
                generation,
                search_cache: Mutex::new(SearchCache::default()),
            }),
        })
    }

    /// The data directory.
    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    /// The limits.
    pub fn limits(&self) -> &Limits {
        &self.inner.limits
    }

    /// Runs `f` on a read handle of the store, on a query thread, within the query time limit.
    pub(crate) async fn read<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Store) -> rasd_store::Result<T> + Send + 'static,
    ) -> Result<T, ApiError> {
        let limit = self.inner.limits.query_time;
        if limit.is_zero() {
            // No time to run a query: do not queue it.
            return Err(ApiError::Timeout(limit));
        }
        // (A limit too far off for the clock is no limit.)
        let deadline = Instant::now().checked_add(limit);
        let started = Arc::new(AtomicBool::new(false));
        let (answer, answered) = tokio::sync::oneshot::channel();
        let job: Job = Box::new({
            let started = Arc::clone(&started);
            move |store| {
                if answer.is_closed() {
                    // The caller stopped waiting (its time ran out, or the client left).
                    return;
                }
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    // Waited its whole time for a thread: no time left to run it.
                    let _ = answer.send(Err(ApiError::Busy));
                    return;
                }
                started.store(true, Ordering::SeqCst);
                let out = store.and_then(f).map_err(ApiError::from);
                let _ = answer.send(out);
            }
        });
        if self.inner.jobs.send(job).is_err() {
            return Err(ApiError::Internal("no query thread is running".into()));
        }
        match tokio::time::timeout(limit, answered).await {
            Ok(Ok(result)) => result,
            Ok(Err(_dropped)) => Err(ApiError::Internal("the query failed (a panic)".into())),
            Err(_elapsed) if started.load(Ordering::SeqCst) => Err(ApiError::Timeout(limit)),
            Err(_elapsed) => Err(ApiError::Busy),
        }
    }

    /// Runs a search, or answers it from the cache of recent results (see
    /// [`Limits::cache_entries`]). Concurrent misses on one request run it once; a result
    /// older than [`CACHE_TTL`] is still served while one background query replaces it, so
    /// that expiry never stalls the clients asking for it.
    pub(crate) async fn search(&self, req: SearchRequest) -> Result<Arc<SearchResults>, ApiError> {
        if self.inner.limits.cache_entries == 0 {
            return self
                .read(move |store| store.search(&req))
                .await
                .map(Arc::new);
        }
        let key = format!("{req:?}");
        let generation = self.inner.generation.load(Ordering::SeqCst);
        let (slot, refresh) = self.cache_slot(&key, generation);
        if refresh {
            let state = self.clone();
            let (req, key) = (req.clone(), key.clone());
            tokio::spawn(async move {
                let fresh = Arc::new(Slot::new(generation));
                let result = state.read(move |store| store.search(&req)).await;
                if let (Ok(results), Ok(mut cache)) = (result, state.inner.search_cache.lock()) {
                    if fresh.cell.set(Ok(Arc::new(results))).is_ok() {
                        cache.entries.insert(key, fresh);
                    }
                }
            });
        }
        let result = slot
            .cell
            .get_or_init(|| async {
                self.read(move |store| store.search(&req))
                    .await
                    .map(Arc::new)
            })
            .await
            .clone();
        if result.is_err() {
            // Errors are not kept: the next ask runs the query again.
            if let Ok(mut cache) = self.inner.search_cache.lock() {
                if cache
                    .entries
                    .get(&key)
                    .is_some_and(|s| Arc::ptr_eq(s, &slot))
                {
                    cache.entries.remove(&key);
                }
            }
        }
        result
    }

    /// The cache slot of a request (a new, empty one on a miss), and whether the caller should
    /// start a background refresh of it.
    fn cache_slot(&self, key: &str, generation: u64) -> (Arc<Slot>, bool) {
        let Ok(mut cache) = self.inner.search_cache.lock() else {
            return (Arc::new(Slot::new(generation)), false);
        };
        if let Some(slot) = cache.entries.get(key) {
            if slot.generation == generation {
                let stale = slot.created.elapsed() >= CACHE_TTL && slot.cell.initialized();
                let refresh = stale && !slot.refreshing.swap(true, Ordering::SeqCst);
                return (Arc::clone(slot), refresh);
            }
        }
        let capacity = self.inner.limits.cache_entries;
        if cache.entries.len() >= capacity {
            // Drop results of older writes, then the oldest entry if still full.
            cache.entries.retain(|_, s| s.generation == generation);
            if cache.entries.len() >= capacity {
                let oldest = cache
                    .entries
                    .iter()
                    .min_by_key(|(_, s)| s.created)
                    .map(|(k, _)| k.clone());
                if let Some(k) = oldest {
                    cache.entries.remove(&k);
                }
            }
        }
        let slot = Arc::new(Slot::new(generation));
        cache.entries.insert(key.to_owned(), Arc::clone(&slot));
        (slot, false)
    }

    /// Runs `f` on the writer (opened on first use), on a blocking thread; readers see the
    /// result from their next query on. Writes take as long as they take (no time limit:
    /// stopping halfway would leave the caller not knowing whether the page was stored).
    pub(crate) async fn write<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> rasd_store::Result<T> + Send + 'static,
    ) -> Result<T, ApiError> {
        let inner = Arc::clone(&self.inner);
        let task = tokio::task::spawn_blocking(move || {
            let mut guard = inner
                .writer
                .lock()
                .map_err(|_| ApiError::Internal("the writer lock is poisoned".into()))?;
            if guard.is_none() {
                *guard = Some(Store::open(&inner.dir).map_err(|e| match e {
                    // Another process (a `rasd ingest`) holds the index lock.
                    StoreError::Index { .. } => ApiError::WriterBusy(e.to_string()),
                    e => ApiError::from(e),
                })?);
            }
            let Some(store) = guard.as_mut() else {
                return Err(ApiError::Internal("the writer did not open".into()));
            };
            let out = f(store);
            inner.generation.fetch_add(1, Ordering::SeqCst);
            out.map_err(ApiError::from)
        });
        match task.await {
            Err(join) => Err(ApiError::Internal(format!("write task failed: {join}"))),
            Ok(result) => result,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(readers: usize, query_time: Duration) -> (tempfile::TempDir, AppState) {
        let dir = tempfile::tempdir().expect("temp dir");
        let limits = Limits {
            readers,
            query_time,
            ..Limits::default()
        };
        let state = AppState::open_with(dir.path(), limits).expect("the store opens");
        (dir, state)
    }

    #[tokio::test]
    async fn a_panicking_query_is_an_internal_error_and_its_thread_goes_on() {
        let (_dir, state) = state(1, Duration::from_secs(5));
        let failed = state
            .read(|_| -> rasd_store::Result<()> { panic!("a bug in a query") })
            .await;
        assert!(matches!(failed, Err(ApiError::Internal(_))), "{failed:?}");
        // The one query thread still answers, on a fresh handle.
        let stats = state.read(|store| store.stats()).await;
        assert_eq!(stats.map(|s| s.documents), Ok(0));
    }

    #[tokio::test]
    async fn queries_wait_their_turn_and_one_that_cannot_start_in_time_is_busy() {
        let (_dir, state) = state(1, Duration::from_millis(300));
        let slow = {
            let state = state.clone();
            tokio::spawn(async move {
                state
                    .read(|_| {
                        std::thread::sleep(Duration::from_millis(600));
                        Ok(())
                    })
                    .await
            })
        };
        // Let the slow query reach the thread first.
        tokio::time::sleep(Duration::from_millis(50)).await;
        let waiting = state.read(|_| Ok(1)).await;
        assert_eq!(waiting, Err(ApiError::Busy));
        let slow = slow.await.expect("the task ends");
        assert_eq!(slow, Err(ApiError::Timeout(Duration::from_millis(300))));
        // Once the thread is free, queries run again.
        tokio::time::sleep(Duration::from_millis(400)).await;
        assert_eq!(state.read(|_| Ok(2)).await, Ok(2));
    }
}
