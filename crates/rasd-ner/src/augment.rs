//! Mention-replacement data augmentation: extra training copies of the sentences that hold
//! names, each name replaced by another name of the same kind.
//!
//! Most test names never occur in the training data (58% on ANERcorp), so a tagger that learns
//! "this word is a person" from the word itself generalizes poorly. Copies of a sentence with
//! its names swapped for others keep the context (the title before a person, the preposition
//! before a place) and change the words, so the context, affix and cluster features carry more
//! of the weight. Replacement names come from the training sentences' own spans and from the
//! shipped gazetteer (ANERgazet and world-cities, see `data/README.md`). Deterministic: the
//! choices come from a fixed-seed generator.

use crate::conll::Sentence;
use crate::features::GAZETTEER_TSV;
use crate::train::Rng;
use crate::{spans, Kind, Tag};

/// Settings of the augmentation.
#[derive(Debug, Clone, PartialEq)]
pub struct AugmentOptions {
    /// Copies made of each sentence that holds at least one name (0, the default: no
    /// augmentation; on three dev splits the copies gave no gain, see BENCHMARKS.md).
    pub copies: usize,
    /// Probability that a name of a copy is replaced (the others stay as they were).
    pub replace: f32,
    /// Probability that a replacement is drawn from the gazetteer rather than from the names
    /// of the training sentences (for kinds the gazetteer has).
    pub from_gazetteer: f32,
    /// Seed of the generator that picks names.
    pub seed: u64,
}

impl Default for AugmentOptions {
    fn default() -> Self {
        AugmentOptions {
            copies: 0,
            replace: 0.8,
            from_gazetteer: 0.6,
            seed: 0xa06_5eed,
        }
    }
}

/// Names by kind: each a list of tokens.
struct Pools {
    train: [Vec<Vec<String>>; 4],
    gazetteer: [Vec<Vec<String>>; 4],
}

fn pools(sentences: &[Sentence]) -> Pools {
    let mut train: [Vec<Vec<String>>; 4] = Default::default();
    for s in sentences {
        for sp in spans(&s.tags) {
            if let (Some(words), Some(pool)) = (
                s.tokens.get(sp.start_token..sp.end_token),
                train.get_mut(sp.kind as usize),
            ) {
                pool.push(words.to_vec());
            }
        }
    }
    let mut gazetteer: [Vec<Vec<String>>; 4] = Default::default();
    for line in GAZETTEER_TSV.lines() {
        let Some((kind, entry)) = line.split_once('\t') else {
            continue;
        };
        let (Some(kind), words) = (
            Kind::parse(kind),
            entry
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>(),
        ) else {
            continue;
        };
        if let Some(pool) = gazetteer
            .get_mut(kind as usize)
            .filter(|_| !words.is_empty())
        {
            pool.push(words);
        }
    }
    for pool in train.iter_mut().chain(gazetteer.iter_mut()) {
        pool.sort_unstable();
        pool.dedup();
    }
    Pools { train, gazetteer }
}

fn pick<'a>(pool: &'a [Vec<String>], rng: &mut Rng) -> Option<&'a Vec<String>> {
    if pool.is_empty() {
        return None;
    }
    pool.get((rng.next() % pool.len() as u64) as usize)
}

fn chance(rng: &mut Rng, p: f32) -> bool {
    (rng.next() >> 11) as f64 / (1u64 << 53) as f64 <= f64::from(p)
}

/// The augmented copies of `sentences` (not the sentences themselves), in order: copy 1 of
/// every sentence with a name, then copy 2, …
pub(crate) fn augment(sentences: &[Sentence], opts: &AugmentOptions) -> Vec<Sentence> {
    if opts.copies == 0 {
        return Vec::new();
    }
    let pools = pools(sentences);
    let mut rng = Rng::new(opts.seed);
    let mut out = Vec::new();
    for _ in 0..opts.copies {
        for s in sentences {
            let found = spans(&s.tags);
            if found.is_empty() {
                continue;
            }
            let mut copy = Sentence::default();
            let mut at = 0;
            let mut changed = false;
            for sp in found {
                let k = sp.kind as usize;
                let replacement = if chance(&mut rng, opts.replace) {
                    let gaz = pools.gazetteer.get(k).map_or(&[][..], Vec::as_slice);
                    let own = pools.train.get(k).map_or(&[][..], Vec::as_slice);
                    if !gaz.is_empty() && chance(&mut rng, opts.from_gazetteer) {
                        pick(gaz, &mut rng)
                    } else {
                        pick(own, &mut rng)
                    }
                } else {
                    None
                };
                let Some(words) = replacement else { continue };
                // Tokens before the span as they were, then the new name.
                copy.tokens.extend(
                    s.tokens
                        .get(at..sp.start_token)
                        .unwrap_or_default()
                        .iter()
                        .cloned(),
                );
                copy.tags.extend(
                    s.tags
                        .get(at..sp.start_token)
                        .unwrap_or_default()
                        .iter()
                        .copied(),
                );
                for (i, w) in words.iter().enumerate() {
                    copy.tokens.push(w.clone());
                    copy.tags.push(if i == 0 {
                        Tag::B(sp.kind)
                    } else {
                        Tag::I(sp.kind)
                    });
                }
                at = sp.end_token;
                changed = true;
            }
            if !changed {
                continue;
            }
            copy.tokens
                .extend(s.tokens.get(at..).unwrap_or_default().iter().cloned());
            copy.tags
                .extend(s.tags.get(at..).unwrap_or_default().iter().copied());
            out.push(copy);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(words: &str, tags: &[Tag]) -> Sentence {
        Sentence::of(words, tags)
    }

    #[test]
    fn copies_swap_names_for_names_of_the_same_kind() {
        use Tag::*;
        let p = Kind::Pers;
        let l = Kind::Loc;
        let data = vec![
            sent("زار سامر خليل دمشق أمس", &[O, B(p), I(p), B(l), O]),
            sent("وصل نبيل إلى حلب", &[O, B(p), O, B(l)]),
            sent("لا أسماء هنا", &[O, O, O]),
        ];
        let opts = AugmentOptions {
            copies: 3,
            replace: 1.0,
            from_gazetteer: 0.5,
            ..AugmentOptions::default()
        };
        let out = augment(&data, &opts);
        assert_eq!(out, augment(&data, &opts), "deterministic");
        // Every name replaced, so every copy of the two sentences with names exists.
        assert_eq!(out.len(), 6);
        let mut new_names = 0;
        for c in &out {
            assert_eq!(c.tokens.len(), c.tags.len());
            // The context words stay, in order.
            assert!(c.tokens.contains(&"زار".to_owned()) || c.tokens.contains(&"وصل".to_owned()));
            let found = spans(&c.tags);
            assert_eq!(found.len(), 2);
            assert_eq!(found[0].kind, p);
            assert_eq!(found[1].kind, l);
            let first = c.tokens[found[0].start_token..found[0].end_token].join(" ");
            if first != "سامر خليل" && first != "نبيل" {
                new_names += 1;
            }
        }
        // Half the picks come from the gazetteer's thousands of names.
        assert!(new_names > 0);
        let none = AugmentOptions { copies: 0, ..opts };
        assert!(augment(&data, &none).is_empty());
    }
}
