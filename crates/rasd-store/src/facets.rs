//! Facet counts over every matching document, from tables read once per index view.
//!
//! tantivy's aggregation framework answers the same question, but per search it opens the
//! fast-field columns, buffers and deduplicates `(doc, value)` pairs, decodes every value
//! through the column's codec, and turns every distinct ordinal of every segment back into its
//! term to merge the segments (thousands of entity ids for a common word); its per-segment cut
//! to the top buckets also makes counts across segments approximate.
//!
//! Here what depends only on the index is done once per set of segments (a [`FacetIndex`],
//! shared by every [`crate::Store`] handle of the process that sees the same segments): the
//! terms of `source`, `section` and `entity` over all segments get *global* ordinals, numbered in
//! term order (a k-way merge of the segments' sorted term dictionaries), and every document's
//! values are kept as global ordinals in plain arrays (entities as one flat list with offsets,
//! days as indices into the sorted list of days). A search collects its matching documents,
//! counts them into `Vec<u32>`s by global ordinal, and turns only the values it returns back
//! into terms. Counts are exact over all matching documents and all segments; ties are broken
//! by term order.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::index::SegmentId;
use tantivy::{DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

/// The string facet fields, in the order of the arrays below.
const STR_FIELDS: [&str; 3] = ["source", "section", "entity"];
/// Index of the `source` field in the string facet arrays.
pub(crate) const SOURCE: usize = 0;
/// Index of the `section` field.
pub(crate) const SECTION: usize = 1;
/// Index of the `entity` field.
pub(crate) const ENTITY: usize = 2;
/// The day field (`YYYYMMDD` as `u64`).
const DAY_FIELD: &str = "day";
/// "No value" in the per-document arrays.
const NONE: u32 = u32::MAX;
/// Facet indexes kept for reuse (a reader reloading after writes makes a new one).
const KEPT: usize = 4;

/// The terms of one field, in global ordinal order: one string, cut at `ends`.
#[derive(Default)]
struct Terms {
    text: String,
    ends: Vec<u32>,
}

impl Terms {
    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, global: u32) -> Option<&str> {
        let i = global as usize;
        let end = *self.ends.get(i)? as usize;
        let start = if i == 0 {
            0
        } else {
            *self.ends.get(i - 1)? as usize
        };
        self.text.get(start..end)
    }
}

/// One segment's documents and their values, as global ordinals.
struct SegmentFacets {
    id: SegmentId,
    /// Per string field with one value per document (source, section): the value or [`NONE`].
    single: [Vec<u32>; 2],
    /// Entities of document `d`: `entities[entity_starts[d]..entity_starts[d + 1]]`, distinct,
    /// as ranks (see [`FacetIndex::entity_by_rank`]).
    entity_starts: Vec<u32>,
    entities: Vec<u32>,
    /// Per document, its day as an index into [`FacetIndex::days`], or [`NONE`].
    day: Vec<u32>,
}

/// The per-index-view part of facet counting (see the module doc).
pub(crate) struct FacetIndex {
    segments: Vec<SegmentFacets>,
    terms: [Terms; 3],
    /// Entity rank → global ordinal. Ranks number the entities by documents, most first, so
    /// that the counters of the common entities, which most increments of a search hit, sit
    /// together in a few cache lines rather than spread over the whole counter array.
    entity_by_rank: Vec<u32>,
    /// Documents of the entity of each rank (so never increasing).
    entity_docs_by_rank: Vec<u32>,
    /// The days of all documents (`YYYYMMDD`), sorted.
    days: Vec<u64>,
}

/// Facet indexes built recently, newest last.
static BUILT: Mutex<Vec<Arc<FacetIndex>>> = Mutex::new(Vec::new());

impl FacetIndex {
    /// The facet index of `searcher`'s segments: a recent one if it fits, else a new one.
    pub(crate) fn of(searcher: &Searcher) -> tantivy::Result<Arc<FacetIndex>> {
        let key: Vec<SegmentId> = searcher
            .segment_readers()
            .iter()
            .map(SegmentReader::segment_id)
            .collect();
        let fits = |index: &FacetIndex| {
            index.segments.len() == key.len()
                && index.segments.iter().zip(&key).all(|(s, k)| s.id == *k)
        };
        // A poisoned lock only means another thread panicked while holding it; the list
        // itself is always valid.
        let recent = |built: &Vec<Arc<FacetIndex>>| built.iter().rev().find(|i| fits(i)).cloned();
        if let Some(index) = recent(&BUILT.lock().unwrap_or_else(|e| e.into_inner())) {
            return Ok(index);
        }
        let index = Arc::new(FacetIndex::build(searcher)?);
        let mut built = BUILT.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(other) = recent(&built) {
            // Another thread built the same one meanwhile: share it.
            return Ok(other);
        }
        if built.len() >= KEPT {
            built.remove(0);
        }
        built.push(Arc::clone(&index));
        Ok(index)
    }

    /// Builds the facet index of `searcher`'s segments.
    fn build(searcher: &Searcher) -> tantivy::Result<FacetIndex> {
        let readers = searcher.segment_readers();
        let mut columns: Vec<[Option<StrColumn>; 3]> = Vec::with_capacity(readers.len());
        let mut day_columns = Vec::with_capacity(readers.len());
        for reader in readers {
            let ff = reader.fast_fields();
            columns.push([
                ff.str(STR_FIELDS[SOURCE])?,
                ff.str(STR_FIELDS[SECTION])?,
                ff.str(STR_FIELDS[ENTITY])?,
            ]);
            day_columns.push(ff.column_opt::<u64>(DAY_FIELD)?);
        }
        let mut terms: [Terms; 3] = Default::default();
        // Per field, per segment: segment ordinal → global ordinal.
        let mut maps: [Vec<Vec<u32>>; 3] = Default::default();
        for field in 0..STR_FIELDS.len() {
            let of_field: Vec<Option<&StrColumn>> =
                columns.iter().map(|c| c[field].as_ref()).collect();
            let (t, m) = merge_dictionaries(&of_field)?;
            terms[field] = t;
            maps[field] = m;
        }
        let mut days = BTreeSet::new();
        for column in day_columns.iter().flatten() {
            days.extend(column.values.iter());
        }
        let days: Vec<u64> = days.into_iter().collect();
        let mut segments = Vec::with_capacity(readers.len());
        for (s, reader) in readers.iter().enumerate() {
            let num_docs = reader.max_doc();
            let global = |field: usize, ords: &Column<u64>, doc: DocId| -> u32 {
                ords.first(doc)
                    .and_then(|o| maps[field].get(s)?.get(o as usize).copied())
                    .unwrap_or(NONE)
            };
            let single = [SOURCE, SECTION].map(|field| match &columns[s][field] {
                Some(c) => (0..num_docs).map(|d| global(field, c.ords(), d)).collect(),
                None => vec![NONE; num_docs as usize],
            });
            let mut entity_starts = Vec::with_capacity(num_docs as usize + 1);
            let mut entities = Vec::new();
            entity_starts.push(0);
            if let (Some(c), Some(map)) = (&columns[s][ENTITY], maps[ENTITY].get(s)) {
                let ords = c.ords();
                let mut mine = Vec::new();
                for doc in 0..num_docs {
                    mine.clear();
                    mine.extend(
                        ords.values_for_doc(doc)
                            .filter_map(|o| map.get(o as usize).copied()),
                    );
                    // Distinct per document, so that a document counts once per entity.
                    mine.sort_unstable();
                    mine.dedup();
                    entities.extend_from_slice(&mine);
                    entity_starts.push(entities.len() as u32);
                }
            } else {
                entity_starts.resize(num_docs as usize + 1, 0);
            }
            let day = match &day_columns[s] {
                Some(c) => (0..num_docs)
                    .map(|d| {
                        c.first(d)
                            .and_then(|v| days.binary_search(&v).ok())
                            .map_or(NONE, |i| i as u32)
                    })
                    .collect(),
                None => vec![NONE; num_docs as usize],
            };
            segments.push(SegmentFacets {
                id: reader.segment_id(),
                single,
                entity_starts,
                entities,
                day,
            });
        }
        // Entities renumbered by documents, most first (ties in term order).
        let mut docs_of = vec![0u32; terms[ENTITY].len()];
        for segment in &segments {
            for &g in &segment.entities {
                if let Some(n) = docs_of.get_mut(g as usize) {
                    *n += 1;
                }
            }
        }
        let mut entity_by_rank: Vec<u32> = (0..docs_of.len() as u32).collect();
        entity_by_rank.sort_by_key(|&g| (std::cmp::Reverse(docs_of[g as usize]), g));
        let entity_docs_by_rank: Vec<u32> = entity_by_rank
            .iter()
            .map(|&g| docs_of[g as usize])
            .collect();
        let mut rank_of = docs_of;
        for (rank, &g) in entity_by_rank.iter().enumerate() {
            rank_of[g as usize] = rank as u32;
        }
        for segment in &mut segments {
            for g in &mut segment.entities {
                *g = rank_of.get(*g as usize).copied().unwrap_or(NONE);
            }
            // Each document's ranks in order, so that a pass over the common entities stops
            // at the first rare one.
            for w in segment.entity_starts.windows(2) {
                if let Some(mine) = segment.entities.get_mut(w[0] as usize..w[1] as usize) {
                    mine.sort_unstable();
                }
            }
        }
        Ok(FacetIndex {
            segments,
            terms,
            entity_by_rank,
            entity_docs_by_rank,
            days,
        })
    }

    /// The term of global ordinal `global` of string field `field`.
    pub(crate) fn term(&self, field: usize, global: u32) -> Option<&str> {
        self.terms.get(field)?.get(global)
    }
}

/// Merges the sorted term dictionaries of one field over all segments: the terms in term order
/// (their global ordinals) and, per segment, the map from its ordinals to global ones.
fn merge_dictionaries(columns: &[Option<&StrColumn>]) -> std::io::Result<(Terms, Vec<Vec<u32>>)> {
    let mut streams = Vec::new();
    let mut maps: Vec<Vec<u32>> = Vec::with_capacity(columns.len());
    for (segment, column) in columns.iter().enumerate() {
        let Some(column) = column else {
            maps.push(Vec::new());
            continue;
        };
        maps.push(vec![NONE; column.dictionary().num_terms()]);
        let mut stream = column.dictionary().stream()?;
        if stream.advance() {
            streams.push((segment, stream));
        }
    }
    let mut terms = Terms::default();
    let mut smallest: Vec<usize> = Vec::with_capacity(streams.len());
    while !streams.is_empty() {
        // The streams at the smallest key (a linear scan: a handful of segments).
        smallest.clear();
        for (i, (_, stream)) in streams.iter().enumerate() {
            match smallest.first() {
                None => smallest.push(i),
                Some(&best) => match stream.key().cmp(streams[best].1.key()) {
                    std::cmp::Ordering::Less => {
                        smallest.clear();
                        smallest.push(i);
                    }
                    std::cmp::Ordering::Equal => smallest.push(i),
                    std::cmp::Ordering::Greater => {}
                },
            }
        }
        let Some(&first) = smallest.first() else {
            break;
        };
        let global = terms.len() as u32;
        // Terms of string fields are UTF-8 (they come from `&str`).
        terms
            .text
            .push_str(&String::from_utf8_lossy(streams[first].1.key()));
        terms.ends.push(terms.text.len() as u32);
        // In reverse, so that removing an exhausted stream keeps the other indices valid.
        for &i in smallest.iter().rev() {
            let (segment, stream) = &mut streams[i];
            if let Some(slot) = maps
                .get_mut(*segment)
                .and_then(|m| m.get_mut(stream.term_ord() as usize))
            {
                *slot = global;
            }
            if !stream.advance() {
                streams.swap_remove(i);
            }
        }
    }
    Ok((terms, maps))
}

/// Documents per value of the string facet fields (by global ordinal) and per day.
pub(crate) struct FacetCounts {
    index: Arc<FacetIndex>,
    /// Per string field, `(global ordinal, documents)` of every value with documents.
    fields: [Vec<(u32, u32)>; 3],
    /// Documents per index into [`FacetIndex::days`].
    days: Vec<u32>,
}

impl FacetCounts {
    /// The `k` values of string field `field` with most documents, most first (ties in term
    /// order), with their counts (for [`ENTITY`], `k` at most the collector's `entity_top`).
    pub(crate) fn top(&self, field: usize, k: usize) -> Vec<(&str, u32)> {
        let Some(all) = self.fields.get(field) else {
            return Vec::new();
        };
        let mut all = all.clone();
        let order = |a: &(u32, u32), b: &(u32, u32)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
        if k == 0 {
            all.clear();
        } else if all.len() > k {
            all.select_nth_unstable_by(k - 1, order);
            all.truncate(k);
        }
        all.sort_unstable_by(order);
        all.into_iter()
            .filter_map(|(g, n)| Some((self.index.term(field, g)?, n)))
            .collect()
    }

    /// `(YYYYMMDD, documents)` for every day with documents, in day order.
    pub(crate) fn days(&self) -> impl Iterator<Item = (u64, u32)> + '_ {
        self.days
            .iter()
            .zip(&self.index.days)
            .filter(|(&n, _)| n > 0)
            .map(|(&n, &day)| (day, n))
    }
}

/// Counts by global ordinal that also lists the ordinals it has seen, so that reading the
/// counts out costs the values seen, not the size of the field's dictionary. Its counter array
/// comes from a per-thread pool and goes back all zeros (only the seen entries are reset), so
/// a search neither allocates nor clears an array the size of the entity dictionary.
struct Tally {
    counts: Vec<u32>,
    seen: Vec<u32>,
}

thread_local! {
    /// Zeroed counter arrays for [`Tally`], one per field.
    static COUNTERS: std::cell::RefCell<Vec<Vec<u32>>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Tally {
    fn new(len: usize) -> Tally {
        let mut counts = COUNTERS
            .with(|pool| pool.borrow_mut().pop())
            .unwrap_or_default();
        if counts.len() < len {
            counts.resize(len, 0);
        }
        Tally {
            counts,
            seen: Vec::new(),
        }
    }

    #[inline]
    fn add(&mut self, global: u32) {
        if let Some(c) = self.counts.get_mut(global as usize) {
            if *c == 0 {
                self.seen.push(global);
            }
            *c += 1;
        }
    }

    /// The `n`-th highest count so far (1 = the highest), 0 if fewer than `n` values were seen.
    fn nth_count(&self, n: usize) -> u32 {
        if n == 0 || self.seen.len() < n {
            return 0;
        }
        let mut counts: Vec<u32> = self
            .seen
            .iter()
            .map(|&g| self.counts.get(g as usize).copied().unwrap_or(0))
            .collect();
        let (_, nth, _) = counts.select_nth_unstable_by(n - 1, |a, b| b.cmp(a));
        *nth
    }

    /// `(value, count)` of the values seen; with `by_rank`, the counted numbers are ranks and
    /// the values are `by_rank[rank]`.
    fn into_pairs(mut self, by_rank: Option<&[u32]>) -> Vec<(u32, u32)> {
        let pairs = self
            .seen
            .iter()
            .filter_map(|&g| {
                let slot = self.counts.get_mut(g as usize);
                let count = slot.map_or(0, std::mem::take);
                let value = match by_rank {
                    Some(by_rank) => *by_rank.get(g as usize)?,
                    None => g,
                };
                Some((value, count))
            })
            .collect();
        let counts = std::mem::take(&mut self.counts);
        COUNTERS.with(|pool| pool.borrow_mut().push(counts));
        pairs
    }
}

/// Entities of the [`ENTITY_HEAD`] most frequent ranks are counted first; the others only
/// when one of them could still be among the top entities asked for.
const ENTITY_HEAD: usize = 2048;

/// A smaller head for tests (0: [`ENTITY_HEAD`]), so that small test stores take both paths.
/// Counts must not depend on it, so tests running beside each other may share it.
#[cfg(test)]
pub(crate) static TEST_ENTITY_HEAD: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(0);

/// The collector of facet counts (use beside `TopDocs` and `Count` in a tuple): it gathers the
/// matching documents of each segment, then counts them in one pass over the facet index.
pub(crate) struct FacetCollector {
    index: Arc<FacetIndex>,
    entity_top: usize,
}

impl FacetCollector {
    /// A collector using `index`, which must be the facet index of the searcher it runs on.
    /// Entity counts are exact for the `entity_top` entities with most documents (ties in
    /// term order), and only for them: [`FacetCounts::top`] of [`ENTITY`] may be asked for at
    /// most `entity_top` values (the others may not have been counted).
    pub(crate) fn new(index: Arc<FacetIndex>, entity_top: usize) -> FacetCollector {
        FacetCollector { index, entity_top }
    }

    fn entity_head(&self) -> usize {
        #[cfg(test)]
        {
            let head = TEST_ENTITY_HEAD.load(std::sync::atomic::Ordering::Relaxed);
            if head > 0 {
                return head;
            }
        }
        ENTITY_HEAD
    }
}

/// The per-segment part of [`FacetCollector`]: the matching documents.
pub(crate) struct FacetSegmentCollector {
    segment: usize,
    docs: Vec<DocId>,
}

impl Collector for FacetCollector {
    type Fruit = FacetCounts;
    type Child = FacetSegmentCollector;

    fn for_segment(
        &self,
        segment_local_id: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<FacetSegmentCollector> {
        let segment = segment_local_id as usize;
        match self.index.segments.get(segment) {
            Some(s) if s.id == reader.segment_id() => Ok(FacetSegmentCollector {
                segment,
                docs: Vec::new(),
            }),
            _ => Err(tantivy::TantivyError::InternalError(
                "facet index built for other segments".into(),
            )),
        }
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<(usize, Vec<DocId>)>) -> tantivy::Result<FacetCounts> {
        let index = &self.index;
        let [mut sources, mut sections, mut entities] =
            [SOURCE, SECTION, ENTITY].map(|f| Tally::new(index.terms[f].len()));
        let mut days = vec![0u32; index.days.len()];
        let head = self.entity_head().min(index.entity_by_rank.len()) as u32;
        for (segment, docs) in &fruits {
            let Some(s) = index.segments.get(*segment) else {
                continue;
            };
            let [source, section] = &s.single;
            for &doc in docs {
                let d = doc as usize;
                if let Some(&g) = source.get(d) {
                    sources.add(g);
                }
                if let Some(&g) = section.get(d) {
                    sections.add(g);
                }
                if let Some(c) = s.day.get(d).and_then(|&i| days.get_mut(i as usize)) {
                    *c += 1;
                }
                let (Some(&start), Some(&end)) =
                    (s.entity_starts.get(d), s.entity_starts.get(d + 1))
                else {
                    continue;
                };
                // The common entities (ranks below `head`) come first in a document's list.
                for &rank in s
                    .entities
                    .get(start as usize..end as usize)
                    .unwrap_or_default()
                {
                    if rank >= head {
                        break;
                    }
                    entities.add(rank);
                }
            }
        }
        // A rarer entity has at most `entity_docs_by_rank[head]` documents; it is counted
        // only if that could reach the `entity_top`-th count so far (a tie could win by term
        // order, so an equal count must be counted too).
        let rare_bound = index.entity_docs_by_rank.get(head as usize).copied();
        let count_rare =
            rare_bound.is_some_and(|bound| bound >= entities.nth_count(self.entity_top));
        if count_rare {
            for (segment, docs) in &fruits {
                let Some(s) = index.segments.get(*segment) else {
                    continue;
                };
                for &doc in docs {
                    let d = doc as usize;
                    let (Some(&start), Some(&end)) =
                        (s.entity_starts.get(d), s.entity_starts.get(d + 1))
                    else {
                        continue;
                    };
                    let mine = s
                        .entities
                        .get(start as usize..end as usize)
                        .unwrap_or_default();
                    let rare = mine.partition_point(|&rank| rank < head);
                    for &rank in mine.get(rare..).unwrap_or_default() {
                        entities.add(rank);
                    }
                }
            }
        }
        Ok(FacetCounts {
            index: Arc::clone(index),
            fields: [
                sources.into_pairs(None),
                sections.into_pairs(None),
                entities.into_pairs(Some(&index.entity_by_rank)),
            ],
            days,
        })
    }
}

impl SegmentCollector for FacetSegmentCollector {
    type Fruit = (usize, Vec<DocId>);

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.docs.push(doc);
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        self.docs.extend_from_slice(docs);
    }

    fn harvest(self) -> (usize, Vec<DocId>) {
        (self.segment, self.docs)
    }
}
