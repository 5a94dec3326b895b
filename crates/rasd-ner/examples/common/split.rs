//! The dev split the NER examples agree on (`ner_dev --dev-start`, `dump_scores --dev-start`,
//! `gen_labeldist --exclude`): the sentences from one fraction of the file to another, and the
//! rest to train on.

use rasd_ner::Sentence;

/// The sentences of `sentences` outside fractions `start..end` of it (the training part), and
/// those inside (the dev split; `None` when `start` lies past the end).
pub(crate) fn split_dev(
    sentences: &[Sentence],
    start: f64,
    end: f64,
) -> (Vec<Sentence>, Option<&[Sentence]>) {
    let n = sentences.len() as f64;
    let a = (n * start).round() as usize;
    let b = ((n * end).round() as usize).min(sentences.len());
    let rest = sentences
        .iter()
        .enumerate()
        .filter(|(i, _)| *i < a || *i >= b)
        .map(|(_, s)| s.clone())
        .collect();
    (rest, sentences.get(a..b))
}
