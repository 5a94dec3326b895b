//! Quote and event finding never panics, whatever the text and whatever the entity offsets, and
//! what it returns points into the article.

use proptest::prelude::*;
use rasd_analyze::events::find_quotes_and_events;
use rasd_model::{Article, Entity, EntityType, Mention};

/// Words and marks that exercise the rules: speech verbs, complementizers, negators, triggers,
/// quotation marks of every kind, punctuation, digits.
const PIECES: &[&str] = &[
    "قال",
    "وأكد",
    "مؤكدا",
    "إن",
    "أن",
    "بأنه",
    "لم",
    "لن",
    "لا",
    "دون",
    "رفضت",
    "نفى",
    "زار",
    "زيارة",
    "توقيع",
    "اتفاق",
    "انسحابها",
    "من",
    "إلى",
    "مع",
    "في",
    "بين",
    "و",
    "الجانبان",
    "بحسب",
    "حسب",
    "كما",
    "«",
    "»",
    "“",
    "”",
    "\"",
    ":",
    "،",
    ".",
    "؟",
    "!",
    "مالي",
    "فرنسا",
    "الوزير",
    "3.5",
    "إذا",
    "سيزور",
    "من جانبه",
    "الذي",
    "شنت",
    "غارات",
    "عن",
    "نقلت",
    "ما",
    "ل",
    "ـ",
    "ً",
    "\u{200d}",
    "x",
    " ",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.join(" "))
}

fn entity() -> impl Strategy<Value = Entity> {
    (
        prop::sample::select(vec![
            EntityType::Person,
            EntityType::Location,
            EntityType::Organization,
        ]),
        prop::collection::vec((0usize..4, 0usize..400, 0usize..400), 0..6),
        prop::option::of(prop::sample::select(vec!["MLI", "FRA"])),
    )
        .prop_map(|(kind, spans, country)| Entity {
            id: format!("{kind:?}"),
            name: "x".into(),
            kind,
            aliases: vec![],
            country: country.map(str::to_string),
            coordinates: None,
            mentions: spans
                .into_iter()
                .map(|(paragraph, start, end)| Mention {
                    text: String::new(),
                    part: Default::default(),
                    paragraph,
                    start,
                    end,
                })
                .collect(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_and_points_into_the_article(
        body in prop::collection::vec(text(), 0..4),
        entities in prop::collection::vec(entity(), 0..5),
    ) {
        let article = Article { body, published: Some("2025-07-15T12:16:00".into()), ..Article::default() };
        let (quotes, events) = find_quotes_and_events(&article, &entities);
        let ids: Vec<&str> = entities.iter().map(|e| e.id.as_str()).collect();
        for q in &quotes {
            prop_assert!(q.paragraph < article.body.len());
            prop_assert!(!q.text.is_empty());
            prop_assert!(q.speaker.as_deref().is_none_or(|s| ids.contains(&s)));
        }
        for e in &events {
            prop_assert!(e.paragraph < article.body.len());
            prop_assert!(article.body[e.paragraph].contains(&e.sentence));
            prop_assert!(rasd_analyze::events::cameo::lookup(&e.code).is_some());
        }
    }
}
