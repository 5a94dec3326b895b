//! Generates `data/clusters.tsv`: distributional word clusters for the tagger's features
//! (run by `scripts/ner/gen_clusters.sh`, which pipes the SaudiNewsNet JSON dumps to stdin).
//!
//! Method, kept simple and deterministic:
//! 1. tokenize every article's `content` (whitespace and punctuation), fold each token;
//! 2. keep the words seen at least `MIN_COUNT` times (at most `MAX_VOCAB`, most frequent first);
//! 3. give each word a random-indexing context vector: for every occurrence, add a sparse random
//!    ±1 signature of each neighbour at offsets -2, -1, +1, +2 (neighbours among the `N_CTX` most
//!    frequent words), weighted by 1/√freq(neighbour); normalize;
//! 4. spherical k-means into `TOP` clusters, then each into `SUB` sub-clusters (seeded, fixed
//!    iterations).
//!
//! Output lines: `word<TAB>top<TAB>leaf<TAB>log2 frequency`, most frequent word first.

use std::collections::HashMap;
use std::io::Read;
use std::process::ExitCode;

const MIN_COUNT: u32 = 4;
const MAX_VOCAB: usize = 120_000;
const N_CTX: usize = 1000;
const DIM: usize = 256;
const TOP: usize = 64;
const SUB: usize = 16;
const ITERS: usize = 12;

#[path = "common/tokenize.rs"]
mod tokenize;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

fn main() -> ExitCode {
    let mut input = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut input) {
        eprintln!("gen_clusters: stdin: {e}");
        return ExitCode::from(2);
    }
    let mut docs: Vec<Vec<String>> = Vec::new();
    for value in serde_json::Deserializer::from_slice(&input).into_iter::<serde_json::Value>() {
        let value = match value {
            Ok(v) => v,
            Err(e) => {
                eprintln!("gen_clusters: stdin is not a stream of JSON arrays: {e}");
                return ExitCode::from(2);
            }
        };
        for doc in value.as_array().into_iter().flatten() {
            if let Some(c) = doc.get("content").and_then(|c| c.as_str()) {
                for para in c.lines() {
                    let toks: Vec<String> = tokenize::tokenize(para)
                        .into_iter()
                        .map(rasd_ner::fold)
                        .collect();
                    if !toks.is_empty() {
                        docs.push(toks);
                    }
                }
            }
        }
    }
    drop(input);
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for d in &docs {
        for t in d {
            *counts.entry(t.as_str()).or_default() += 1;
        }
    }
    let mut vocab: Vec<(&str, u32)> = counts
        .iter()
        .filter(|(_, &c)| c >= MIN_COUNT)
        .map(|(&w, &c)| (w, c))
        .collect();
    vocab.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    vocab.truncate(MAX_VOCAB);
    let n_tokens: usize = docs.iter().map(Vec::len).sum();
    eprintln!(
        "gen_clusters: {} paragraphs, {n_tokens} tokens, {} words kept",
        docs.len(),
        vocab.len()
    );
    let index: HashMap<&str, usize> = vocab
        .iter()
        .enumerate()
        .map(|(i, (w, _))| (*w, i))
        .collect();
    // Exact co-occurrence counts with the N_CTX most frequent words at offsets -1 and +1.
    let n_dims = 2 * N_CTX.min(vocab.len());
    let mut counts = vec![0u16; vocab.len() * n_dims];
    for d in &docs {
        let ids: Vec<Option<usize>> = d.iter().map(|t| index.get(t.as_str()).copied()).collect();
        for (i, id) in ids.iter().enumerate() {
            let Some(w) = id else { continue };
            for (off, j) in [i.checked_sub(1), i.checked_add(1)].into_iter().enumerate() {
                let Some(Some(c)) = j.and_then(|j| ids.get(j)) else {
                    continue;
                };
                if *c < N_CTX {
                    let cell = &mut counts[w * n_dims + off * N_CTX.min(vocab.len()) + c];
                    *cell = cell.saturating_add(1);
                }
            }
        }
    }
    // PPMI with context-distribution smoothing (exponent 0.75), then a fixed random ±1
    // projection to DIM dimensions.
    let mut col_sum = vec![0f64; n_dims];
    let mut total = 0f64;
    for row in counts.chunks(n_dims) {
        for (s, &c) in col_sum.iter_mut().zip(row) {
            *s += f64::from(c);
        }
    }
    let col_p: Vec<f64> = {
        let smoothed: Vec<f64> = col_sum.iter().map(|s| s.powf(0.75)).collect();
        let z: f64 = smoothed.iter().sum();
        smoothed.iter().map(|s| s / z).collect()
    };
    for s in &col_sum {
        total += s;
    }
    let proj: Vec<f32> = (0..n_dims * DIM)
        .map(|i| {
            if fmix(i as u64 + 1) & 1 == 0 {
                1.0
            } else {
                -1.0
            }
        })
        .collect();
    let mut vecs = vec![0f32; vocab.len() * DIM];
    for (w, row) in counts.chunks(n_dims).enumerate() {
        let row_sum: f64 = row.iter().map(|&c| f64::from(c)).sum();
        if row_sum == 0.0 {
            continue;
        }
        let v = &mut vecs[w * DIM..(w + 1) * DIM];
        for (c, &n) in row.iter().enumerate() {
            if n == 0 {
                continue;
            }
            let pmi = (f64::from(n) / row_sum / col_p[c]).ln();
            if pmi <= 0.0 {
                continue;
            }
            for (x, r) in v.iter_mut().zip(&proj[c * DIM..(c + 1) * DIM]) {
                *x += pmi as f32 * r;
            }
        }
    }
    let _ = total;
    drop(counts);
    for v in vecs.chunks_mut(DIM) {
        let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        if n > 0.0 {
            v.iter_mut().for_each(|x| *x /= n);
        }
    }
    if let Ok(words) = std::env::var("GEN_CLUSTERS_NN") {
        for w in words.split_whitespace() {
            let Some(&i) = index.get(rasd_ner::fold(w).as_str()) else {
                continue;
            };
            let v = &vecs[i * DIM..(i + 1) * DIM];
            let mut sims: Vec<(f32, usize)> = (0..vocab.len())
                .map(|j| {
                    (
                        v.iter()
                            .zip(&vecs[j * DIM..(j + 1) * DIM])
                            .map(|(a, b)| a * b)
                            .sum(),
                        j,
                    )
                })
                .collect();
            sims.sort_by(|a, b| b.0.total_cmp(&a.0));
            let nn: Vec<String> = sims
                .iter()
                .take(12)
                .map(|(s, j)| format!("{}:{s:.2}", vocab[*j].0))
                .collect();
            eprintln!("{w}: {}", nn.join(" "));
        }
        return ExitCode::SUCCESS;
    }
    let mut rng = Rng(0x0c10_57e2_5eed_0001);
    let all: Vec<usize> = (0..vocab.len()).collect();
    let top = kmeans(&vecs, &all, TOP, &mut rng);
    let mut leaf = vec![0usize; vocab.len()];
    for c in 0..TOP {
        let members: Vec<usize> = all.iter().copied().filter(|&i| top[i] == c).collect();
        let sub = kmeans(&vecs, &members, SUB, &mut rng);
        for (&i, &s) in members.iter().zip(&sub) {
            leaf[i] = c * SUB + s;
        }
    }
    let mut out = String::from(
        "# Generated by scripts/ner/gen_clusters.sh from SaudiNewsNet (Alhagri 2015, CC BY-NC-SA 4.0)\n\
         # word<TAB>top cluster<TAB>leaf cluster<TAB>floor(log2 count). Do not edit by hand.\n",
    );
    for (i, (w, c)) in vocab.iter().enumerate() {
        out.push_str(&format!(
            "{w}\t{}\t{}\t{}\n",
            top[i],
            leaf[i],
            31 - c.leading_zeros()
        ));
    }
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "clusters.tsv".to_owned());
    if let Err(e) = std::fs::write(&path, out) {
        eprintln!("gen_clusters: {path}: {e}");
        return ExitCode::from(2);
    }
    eprintln!("gen_clusters: wrote {path}");
    ExitCode::SUCCESS
}

/// Spherical k-means of the vectors of `members` into `k` clusters; returns each member's cluster.
fn kmeans(vecs: &[f32], members: &[usize], k: usize, rng: &mut Rng) -> Vec<usize> {
    let n = members.len();
    if n == 0 {
        return Vec::new();
    }
    let k = k.min(n);
    let row = |i: usize| &vecs[i * DIM..(i + 1) * DIM];
    let mut cent: Vec<f32> = Vec::with_capacity(k * DIM);
    for _ in 0..k {
        let m = members[(rng.next() % n as u64) as usize];
        cent.extend_from_slice(row(m));
    }
    let mut assign = vec![0usize; n];
    for _ in 0..ITERS {
        for (a, &m) in assign.iter_mut().zip(members) {
            let v = row(m);
            let mut best = f32::NEG_INFINITY;
            for c in 0..k {
                let s: f32 = v
                    .iter()
                    .zip(&cent[c * DIM..(c + 1) * DIM])
                    .map(|(x, y)| x * y)
                    .sum();
                if s > best {
                    best = s;
                    *a = c;
                }
            }
        }
        let mut sums = vec![0f32; k * DIM];
        for (&a, &m) in assign.iter().zip(members) {
            for (s, x) in sums[a * DIM..(a + 1) * DIM].iter_mut().zip(row(m)) {
                *s += x;
            }
        }
        for c in 0..k {
            let s = &mut sums[c * DIM..(c + 1) * DIM];
            let norm = s.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                s.iter_mut().for_each(|x| *x /= norm);
                cent[c * DIM..(c + 1) * DIM].copy_from_slice(s);
            } else {
                // Empty cluster: reseed from a random member.
                let m = members[(rng.next() % n as u64) as usize];
                cent[c * DIM..(c + 1) * DIM].copy_from_slice(row(m));
            }
        }
    }
    assign
}
