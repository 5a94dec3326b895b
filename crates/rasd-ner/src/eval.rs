//! Entity-level scoring, as conlleval does it: an entity counts as found only when its span and
//! its type both match exactly.

use std::collections::HashSet;
use std::fmt;

use crate::conll::Sentence;
use crate::{spans, Kind, Tag, Tagger, CONLL_WINDOW};

/// Correct, predicted and gold entity counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Predicted entities that match a gold entity exactly.
    pub correct: usize,
    /// Entities the tagger predicted.
    pub predicted: usize,
    /// Entities in the gold annotation.
    pub gold: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.correct += o.correct;
        self.predicted += o.predicted;
        self.gold += o.gold;
    }

    /// Precision, recall and F1 (each in 0..=1; 0 when undefined).
    pub fn scores(self) -> Scores {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(self.correct, self.predicted);
        let recall = ratio(self.correct, self.gold);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Scores {
            precision,
            recall,
            f1,
            counts: self,
        }
    }
}

/// Precision, recall and F1 with the counts they come from.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Scores {
    /// correct / predicted.
    pub precision: f64,
    /// correct / gold.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
    /// The counts.
    #[serde(flatten)]
    pub counts: Counts,
}

/// Accumulates counts over sentences.
#[derive(Debug, Clone, Default)]
pub struct Evaluator {
    per_kind: [Counts; 4],
}

impl Evaluator {
    /// Adds one sentence: gold and predicted tags (same length; extra tags on either side are
    /// scored as they are).
    pub fn add(&mut self, gold: &[Tag], predicted: &[Tag]) {
        let g = spans(gold);
        let p = spans(predicted);
        let gold_set: HashSet<_> = g.iter().collect();
        for s in &g {
            self.per_kind[s.kind as usize].gold += 1;
        }
        for s in &p {
            let c = &mut self.per_kind[s.kind as usize];
            c.predicted += 1;
            if gold_set.contains(s) {
                c.correct += 1;
            }
        }
    }

    /// Scores so far.
    pub fn report(&self) -> Report {
        let mut micro = Counts::default();
        let mut plo = Counts::default();
        for (kind, c) in Kind::ALL.iter().zip(self.per_kind) {
            micro.add(c);
            if *kind != Kind::Misc {
                plo.add(c);
            }
        }
        Report {
            per_kind: Kind::ALL
                .iter()
                .zip(self.per_kind)
                .map(|(&kind, c)| KindScores {
                    kind: kind.label(),
                    scores: c.scores(),
                })
                .collect(),
            micro: micro.scores(),
            micro_pers_loc_org: plo.scores(),
        }
    }
}

/// Scores of one entity type.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct KindScores {
    /// `PERS`, `LOC`, `ORG` or `MISC`.
    pub kind: &'static str,
    /// Its scores.
    #[serde(flatten)]
    pub scores: Scores,
}

/// Per-type and micro-averaged scores.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Report {
    /// One row per type, in PERS, LOC, ORG, MISC order.
    pub per_kind: Vec<KindScores>,
    /// Micro average over all four types.
    pub micro: Scores,
    /// Micro average over PERS, LOC and ORG (what issue 4 targets).
    pub micro_pers_loc_org: Scores,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<14} {:>9} {:>9} {:>9} {:>7} {:>7} {:>7}",
            "type", "precision", "recall", "F1", "gold", "pred", "correct"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, s: &Scores| {
            writeln!(
                f,
                "{:<14} {:>9.2} {:>9.2} {:>9.2} {:>7} {:>7} {:>7}",
                name,
                100.0 * s.precision,
                100.0 * s.recall,
                100.0 * s.f1,
                s.counts.gold,
                s.counts.predicted,
                s.counts.correct
            )
        };
        for k in &self.per_kind {
            row(f, k.kind, &k.scores)?;
        }
        row(f, "micro", &self.micro)?;
        row(f, "micro P/L/O", &self.micro_pers_loc_org)
    }
}

/// Tags every sentence with `tagger` and scores it against the gold tags. The sentences are
/// read as running text in document order: a two-stage model sees the [`CONLL_WINDOW`]
/// sentences on each side of a sentence as its document.
pub fn evaluate(tagger: &Tagger, sentences: &[Sentence]) -> Report {
    evaluate_windowed(tagger, sentences, CONLL_WINDOW)
}

/// Like [`evaluate`], with `window` sentences on each side as a sentence's document.
pub fn evaluate_windowed(tagger: &Tagger, sentences: &[Sentence], window: usize) -> Report {
    let mut ev = Evaluator::default();
    let tokens: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.tokens.iter().map(String::as_str).collect())
        .collect();
    let refs: Vec<&[&str]> = tokens.iter().map(Vec::as_slice).collect();
    let tagged = tagger.tag_windowed(&refs, window);
    for (s, pred) in sentences.iter().zip(&tagged) {
        ev.add(&s.tags, pred);
    }
    ev.report()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn scores_a_hand_made_file() {
        // Gold: PERS(سامر خليل), LOC(حلب), ORG(مجلس المدينة), LOC(دمشق).
        // Predicted (third column): PERS right, LOC حلب right, ORG cut short (wrong span),
        // دمشق tagged PERS (wrong type), plus a spurious LOC.
        let gold = "زار O\nسامر B-PERS\nخليل I-PERS\nحلب B-LOC\n\nمجلس B-ORG\nالمدينة I-ORG\nفي O\nدمشق B-LOC\nأمس O\n";
        let pred = "زار O\nسامر B-PERS\nخليل I-PERS\nحلب B-LOC\n\nمجلس B-ORG\nالمدينة O\nفي O\nدمشق B-PERS\nأمس B-LOC\n";
        let g = crate::conll::parse(gold, Path::new("gold")).expect("gold");
        let p = crate::conll::parse(pred, Path::new("pred")).expect("pred");
        let mut ev = Evaluator::default();
        for (g, p) in g.iter().zip(&p) {
            ev.add(&g.tags, &p.tags);
        }
        let r = ev.report();
        let c = |i: usize| r.per_kind[i].scores.counts;
        assert_eq!(
            c(0),
            Counts {
                correct: 1,
                predicted: 2,
                gold: 1
            }
        );
        assert_eq!(
            c(1),
            Counts {
                correct: 1,
                predicted: 2,
                gold: 2
            }
        );
        assert_eq!(
            c(2),
            Counts {
                correct: 0,
                predicted: 1,
                gold: 1
            }
        );
        assert_eq!(
            r.micro.counts,
            Counts {
                correct: 2,
                predicted: 5,
                gold: 4
            }
        );
        assert!((r.micro.precision - 0.4).abs() < 1e-12);
        assert!((r.micro.recall - 0.5).abs() < 1e-12);
        assert!((r.micro.f1 - 0.4 / 0.9).abs() < 1e-12);
        assert_eq!(r.per_kind[3].scores.f1, 0.0);
        let table = r.to_string();
        assert!(table.contains("micro P/L/O"), "{table}");
        assert!(table.contains("44.44"), "{table}");
    }
}
