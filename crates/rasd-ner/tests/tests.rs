//! Integration tests of rasd-ner: the shipped model on our own sentences and on ANERcorp test.

use std::path::PathBuf;

use rasd_ner::{conll, eval, spans, Kind, Model, Span, Tagger};

fn shared() -> Option<PathBuf> {
    let dir = std::env::var_os("RASD_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")));
    dir.is_dir().then_some(dir)
}

/// Entities of a sentence, as (text, kind).
fn entities(sentence: &str) -> Vec<(String, Kind)> {
    let tokens: Vec<&str> = sentence.split_whitespace().collect();
    let tags = Tagger::embedded().tag(&tokens);
    spans(&tags)
        .into_iter()
        .map(
            |Span {
                 start_token,
                 end_token,
                 kind,
             }| (tokens[start_token..end_token].join(" "), kind),
        )
        .collect()
}

fn has(found: &[(String, Kind)], text: &str, kind: Kind) -> bool {
    found.iter().any(|(t, k)| *k == kind && t.contains(text))
}

#[test]
fn embedded_model_finds_a_person_after_a_title() {
    let found = entities("وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستواصل دعمها .");
    assert!(has(&found, "ماكرون", Kind::Pers), "{found:?}");
}

#[test]
fn embedded_model_finds_places_after_prepositions() {
    let found = entities("وصل وزير الخارجية إلى بغداد أمس قادما من القاهرة .");
    assert!(has(&found, "بغداد", Kind::Loc), "{found:?}");
    assert!(has(&found, "القاهرة", Kind::Loc), "{found:?}");
}

#[test]
fn embedded_model_finds_an_organization_with_a_head_word() {
    let found = entities("أعلنت منظمة الصحة العالمية أن عدد الإصابات ارتفع .");
    assert!(has(&found, "الصحة العالمية", Kind::Org), "{found:?}");
}

#[test]
fn tagging_nothing_or_punctuation_is_fine() {
    assert!(Tagger::embedded().tag(&[]).is_empty());
    let tags = Tagger::embedded().tag(&["،", ".", "123", "hello"]);
    assert_eq!(tags.len(), 4);
}

#[test]
fn model_file_round_trip_and_corrupt_file_errors() {
    let dir = std::env::temp_dir().join(format!("rasd-ner-it-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("ner.bin");
    let bytes = Tagger::embedded().model().to_bytes();
    std::fs::write(&path, &bytes).expect("write");
    let loaded = Tagger::load(&path).expect("loads");
    let tokens = ["زار", "الرئيس", "محمد", "بن", "سلمان", "الرياض"];
    assert_eq!(loaded.tag(&tokens), Tagger::embedded().tag(&tokens));

    std::fs::write(&path, &bytes[..bytes.len() / 3]).expect("write");
    let err = Model::load(&path).expect_err("truncated");
    let msg = err.to_string();
    assert!(
        msg.contains("ner.bin") && msg.contains("invalid NER model"),
        "{msg}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn shipped_model_scores_on_anercorp_test() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared (or RASD_SHARED) not found");
        return;
    };
    let path = shared.join("data/anercorp/test.txt");
    let sentences = conll::read(&path).expect("test.txt reads");
    let report = eval::evaluate(Tagger::embedded(), &sentences);
    eprintln!("{report}");
    // Measured 76.8 (see BENCHMARKS.md); the floor catches a broken model or feature change.
    assert!(
        report.micro_pers_loc_org.f1 >= 0.75,
        "micro F1 over PERS/LOC/ORG fell to {:.2}\nhelp: retrain with `rasd train-ner` and check BENCHMARKS.md",
        100.0 * report.micro_pers_loc_org.f1
    );
    // The light second stage (measured 75.53) must stay above the first stage alone (74.93).
    let light = eval::evaluate(Tagger::embedded_light(), &sentences);
    let first = eval::evaluate(Tagger::embedded_first_stage(), &sentences);
    assert!(
        light.micro_pers_loc_org.f1 > first.micro_pers_loc_org.f1,
        "light stage {:.2} not above the first stage {:.2}",
        100.0 * light.micro_pers_loc_org.f1,
        100.0 * first.micro_pers_loc_org.f1
    );
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;
    use std::path::Path;
    use std::sync::LazyLock;

    static SHIPPED: LazyLock<Vec<u8>> = LazyLock::new(|| Tagger::embedded().model().to_bytes());

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn conll_parse(text in "(\\PC{0,12}( (O|B-PERS|I-LOC|B-MIS|X))?\\n?){0,20}") {
            let _ = conll::parse(&text, Path::new("fuzz.txt"));
        }

        #[test]
        fn model_from_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = Model::from_bytes(&bytes);
        }

        #[test]
        fn model_from_mutated_bytes(pos in 0usize..4096, byte in any::<u8>(), cut in 0usize..4096) {
            let mut bytes = SHIPPED.clone();
            let len = bytes.len();
            bytes[pos % len] ^= byte | 1;
            bytes.truncate(len - cut % len);
            prop_assert!(Model::from_bytes(&bytes).is_err());
        }

        #[test]
        fn tag_any_tokens(words in proptest::collection::vec("\\PC{0,10}", 0..30)) {
            let tokens: Vec<&str> = words.iter().map(String::as_str).collect();
            let tags = Tagger::embedded().tag(&tokens);
            prop_assert_eq!(tags.len(), tokens.len());
            for s in spans(&tags) {
                prop_assert!(s.start_token < s.end_token && s.end_token <= tokens.len());
            }
            // Viterbi constraint: no I-X without B-X/I-X before it.
            for (i, t) in tags.iter().enumerate() {
                if let rasd_ner::Tag::I(k) = t {
                    let prev = i.checked_sub(1).map(|p| tags[p].kind());
                    prop_assert_eq!(prev, Some(Some(*k)));
                }
            }
        }
    }
}
