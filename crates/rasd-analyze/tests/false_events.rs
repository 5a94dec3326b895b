//! False events (session 8): one test per mechanism that keeps the engine from coding an event
//! where the annotation guide codes none, on sentences of my own with hand-given entities, run
//! through the whole quote and event stage (rules, then the learned scorer).

use rasd_analyze::events::eval::{gold_entities, record_article, EvalRecord, GoldEntity};
use rasd_analyze::events::find_quotes_and_events;
use rasd_model::{EntityType, Event, Quote};

/// (name, type, country, other spellings)
type Ent<'a> = (&'a str, EntityType, &'a str, &'a [&'a str]);

const MALI: Ent = (
    "مالي",
    EntityType::Location,
    "MLI",
    &["المالي", "المالية", "باماكو"],
);
const FRANCE: Ent = (
    "فرنسا",
    EntityType::Location,
    "FRA",
    &["الفرنسي", "الفرنسية", "باريس"],
);
const TUNISIA: Ent = (
    "تونس",
    EntityType::Location,
    "TUN",
    &["التونسي", "التونسية"],
);
const LIBYA: Ent = ("ليبيا", EntityType::Location, "LBY", &["الليبي", "الليبية"]);
const JNIM: Ent = (
    "جماعة نصرة الإسلام والمسلمين",
    EntityType::Organization,
    "MLI",
    &[],
);
const SHABAAB: Ent = ("حركة الشباب", EntityType::Organization, "SOM", &["الشباب"]);

fn run(text: &str, ents: &[Ent]) -> (Vec<Quote>, Vec<Event>) {
    let record = EvalRecord {
        id: "t".into(),
        text: text.into(),
        entities: ents
            .iter()
            .map(|(name, kind, country, other)| GoldEntity {
                name: name.to_string(),
                kind: *kind,
                country: Some(country.to_string()),
                aliases: std::iter::once(*name)
                    .chain(other.iter().copied())
                    .map(str::to_string)
                    .collect(),
            })
            .collect(),
        quotes: vec![],
        events: vec![],
    };
    let article = record_article(&record);
    let gold = gold_entities(&record, &article);
    find_quotes_and_events(&article, &gold)
}

fn has(events: &[Event], root: &str, source: Option<&str>, target: Option<&str>) -> bool {
    events.iter().any(|e| {
        e.code.starts_with(root) && e.source.as_deref() == source && e.target.as_deref() == target
    })
}

#[test]
fn a_ministry_is_no_visit() {
    // وزارة folds to وزاره, which reads as و + زاره ("and visited him") without its ta marbuta.
    let (_, e) = run(
        "قالت وزارة الخارجية التونسية إن الحدود مع ليبيا ستبقى مفتوحة أمام المسافرين.",
        &[TUNISIA, LIBYA],
    );
    assert!(!e.iter().any(|e| e.code.starts_with("04")), "{e:#?}");
    // The verb written with its pronoun is still a visit.
    let (_, e) = run(
        "وصل الرئيس التونسي إلى ليبيا أمس وزارها لأول مرة منذ سنوات.",
        &[TUNISIA, LIBYA],
    );
    assert!(e.iter().any(|e| e.code.starts_with("04")), "{e:#?}");
}

#[test]
fn an_announced_act_is_the_act_not_a_statement() {
    let (_, e) = run(
        "أعلنت الحكومة المالية طرد السفير الفرنسي من باماكو.",
        &[MALI, FRANCE],
    );
    assert!(has(&e, "16", Some("مالي"), Some("فرنسا")), "{e:#?}");
    assert!(!e.iter().any(|e| e.code.starts_with("01")), "{e:#?}");
}

#[test]
fn a_claim_of_responsibility_stays_a_statement() {
    let (_, e) = run(
        "وأعلنت حركة الشباب مسؤوليتها عن الهجوم في بيان نشرته على مواقعها.",
        &[SHABAAB],
    );
    assert!(has(&e, "01", Some("حركة الشباب"), None), "{e:#?}");
}

#[test]
fn an_announced_fact_is_no_statement_event() {
    // The result announced is no act of the announcer's, and announcing it is no event.
    let (_, e) = run(
        "أعلنت اللجنة الانتخابية المالية فوز الحزب الحاكم بأغلبية مقاعد البرلمان.",
        &[MALI],
    );
    assert!(!e.iter().any(|e| e.code.starts_with("01")), "{e:#?}");
}

#[test]
fn reported_speech_is_a_quote_not_a_statement_event() {
    let (q, e) = run(
        "أعلن الجيش المالي أن قواته سيطرت على بلدة قرب الحدود الشمالية.",
        &[MALI],
    );
    assert!(
        q.iter().any(|q| q.speaker.as_deref() == Some("مالي")),
        "{q:#?}"
    );
    assert!(!e.iter().any(|e| e.code.starts_with("01")), "{e:#?}");
    // The act the speech reports as done is coded.
    assert!(has(&e, "19", Some("مالي"), None), "{e:#?}");
}

#[test]
fn an_event_with_no_actor_is_dropped() {
    let (_, e) = run(
        "وقال مسؤول في الوزارة، طلب عدم ذكر اسمه، إن المساعدات ستصل إلى مالي قريبا.",
        &[MALI],
    );
    assert!(
        e.iter().all(|e| e.source.is_some() || e.target.is_some()),
        "{e:#?}"
    );
}

#[test]
fn dawn_before_a_day_is_no_bombing_even_after_a_comma() {
    for text in [
        "اعتقلت الشرطة المالية، فجر السبت، ثلاثة مواطنين فرنسيين في باماكو.",
        "داهمت قوات الأمن المالية فجر اليوم مقرا لجماعة نصرة الإسلام والمسلمين في باماكو.",
    ] {
        let (_, e) = run(text, &[MALI, FRANCE, JNIM]);
        assert!(
            !e.iter().any(|e| e.code.starts_with("18")),
            "{text}\n{e:#?}"
        );
        assert!(e.iter().any(|e| e.code.starts_with("17")), "{text}\n{e:#?}");
    }
}

#[test]
fn what_is_threatened_past_a_long_name_has_not_happened() {
    let (_, e) = run(
        "هددت جماعة نصرة الإسلام والمسلمين باستهداف الشركات الأجنبية العاملة في مناجم الذهب بمالي.",
        &[JNIM, ("مالي", EntityType::Location, "MLI", &["بمالي"])],
    );
    assert!(e.iter().any(|e| e.code.starts_with("13")), "{e:#?}");
    assert!(!e.iter().any(|e| e.code.starts_with("19")), "{e:#?}");
}

#[test]
fn an_act_told_as_the_reason_of_another_is_not_coded() {
    let (_, e) = run(
        "طردت الحكومة المالية السفير الفرنسي ردا على توقيف باريس دبلوماسيا ماليا.",
        &[MALI, FRANCE],
    );
    assert!(has(&e, "16", Some("مالي"), Some("فرنسا")), "{e:#?}");
    assert!(!e.iter().any(|e| e.code.starts_with("17")), "{e:#?}");
}

#[test]
fn a_body_named_by_an_act_is_no_act() {
    let (_, e) = run(
        "التقى وزير الخارجية المالي رئيس لجنة التحقيق الفرنسية في باريس.",
        &[MALI, FRANCE],
    );
    assert!(has(&e, "04", Some("مالي"), Some("فرنسا")), "{e:#?}");
    assert!(!e.iter().any(|e| e.code.starts_with("09")), "{e:#?}");
}

#[test]
fn a_claimed_attack_is_the_one_told_before_and_the_claim_is_a_statement() {
    let (_, e) = run(
        "قتل سبعة أشخاص في تفجير انتحاري استهدف سوقا شعبيا في مدينة بيداوة، وتبنت حركة الشباب الهجوم في بيان.",
        &[SHABAAB],
    );
    assert!(has(&e, "01", Some("حركة الشباب"), None), "{e:#?}");
    assert!(has(&e, "18", Some("حركة الشباب"), None), "{e:#?}");
    assert!(!e.iter().any(|e| e.code.starts_with("19")), "{e:#?}");
}
