//! What every handler shares: a small pool of read handles on the store, one writer for
//! POSTed pages, and the limits.
//!
//! `rasd_store::Store` is `Send` but not `Sync` (a SQLite connection), so each query borrows a
//! whole handle from the pool for its duration, on tokio's blocking threads. A semaphore bounds
//! the queries running at once to the number of handles; a query waits for one at most the
//! query time limit (then 503), and runs at most that long (then 504).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rasd_store::{SearchRequest, SearchResults, Store, StoreError};
use tokio::sync::Semaphore;

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

/// A pooled read handle and when its index view was last reloaded.
struct Reader {
    store: Store,
    generation: u64,
    refreshed: Instant,
}

struct Inner {
    dir: PathBuf,
    limits: Limits,
    readers: Mutex<Vec<Reader>>,
    permits: Arc<Semaphore>,
    /// Opened on the first POST, so that `rasd ingest` can run beside a server nobody posts to.
    writer: Mutex<Option<Store>>,
    /// Bumped after each write, so that readers reload their index view.
    generation: AtomicU64,
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
        let mut pool = Vec::with_capacity(readers);
        for _ in 0..readers {
            pool.push(Reader {
                store: Store::open_read_only(dir)?,
                generation: 0,
                refreshed: Instant::now(),
            });
        }
        Ok(AppState {
            inner: Arc::new(Inner {
                dir: dir.to_owned(),
                limits: Limits { readers, ..limits },
                readers: Mutex::new(pool),
                permits: Arc::new(Semaphore::new(readers)),
                writer: Mutex::new(None),
                generation: AtomicU64::new(0),
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

    /// Runs `f` on a read handle of the store, on a blocking thread, within the query time limit.
    pub(crate) async fn read<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Store) -> rasd_store::Result<T> + Send + 'static,
    ) -> Result<T, ApiError> {
        let started = Instant::now();
        let limit = self.inner.limits.query_time;
        let permit =
            match tokio::time::timeout(limit, self.inner.permits.clone().acquire_owned()).await {
                Ok(Ok(permit)) => permit,
                Ok(Err(_closed)) => return Err(ApiError::Busy),
                Err(_elapsed) => return Err(ApiError::Busy),
            };
        let left = limit.saturating_sub(started.elapsed());
        if left.is_zero() {
            // No time left to run the query: do not start it.
            return Err(ApiError::Timeout(limit));
        }
        let inner = Arc::clone(&self.inner);
        let task = tokio::task::spawn_blocking(move || {
            // Held until the query ends, even when the caller stopped waiting for it.
            let _permit = permit;
            let reader = inner.checkout()?;
            let out = f(&reader.store);
            inner.checkin(reader);
            out
        });
        match tokio::time::timeout(left, task).await {
            Err(_elapsed) => Err(ApiError::Timeout(limit)),
            Ok(Err(join)) => Err(ApiError::Internal(format!("query task failed: {join}"))),
            Ok(Ok(result)) => result.map_err(ApiError::from),
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

impl Inner {
    /// A read handle with an index view at least as new as the last write.
    fn checkout(&self) -> rasd_store::Result<Reader> {
        let pooled = self.readers.lock().ok().and_then(|mut pool| pool.pop());
        let mut reader = match pooled {
            Some(r) => r,
            // A query panicked and its handle was lost: open another.
            None => Reader {
                store: Store::open_read_only(&self.dir)?,
                generation: 0,
                refreshed: Instant::now(),
            },
        };
        let generation = self.generation.load(Ordering::SeqCst);
        if reader.generation != generation || reader.refreshed.elapsed() >= REFRESH_EVERY {
            reader.store.refresh()?;
            reader.generation = generation;
            reader.refreshed = Instant::now();
        }
        Ok(reader)
    }

    fn checkin(&self, reader: Reader) {
        if let Ok(mut pool) = self.readers.lock() {
            pool.push(reader);
        }
    }
}
