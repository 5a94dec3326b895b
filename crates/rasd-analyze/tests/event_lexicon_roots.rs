//! The event lexicon's codebook walk (session 6): for every CAMEO root it extended, sentences of
//! my own whose trigger is one of the new entries, coded from hand-built entities, so that each
//! test checks the lexicon entry and the actors it gets, whatever entity recognition finds.

use rasd_analyze::events::find_events;
use rasd_model::{Article, Entity, EntityType, Event, Mention};

/// An entity with a mention at every place one of its spellings occurs in `text` (one paragraph;
/// longest spelling first; a spelling must end at a word boundary).
fn entity(text: &str, id: &str, kind: EntityType, names: &[&str]) -> Entity {
    let chars: Vec<char> = text.chars().collect();
    let mut taken = vec![false; chars.len()];
    let mut names: Vec<&str> = names.to_vec();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    let mut mentions = Vec::new();
    for name in &names {
        let n: Vec<char> = name.chars().collect();
        let mut i = 0;
        while i + n.len() <= chars.len() {
            let span = i..i + n.len();
            let hit = chars.get(span.clone()) == Some(&n[..])
                && !taken
                    .get(span.clone())
                    .is_some_and(|t| t.iter().any(|&x| x))
                && chars.get(i + n.len()).is_none_or(|c| !c.is_alphabetic());
            if hit {
                taken
                    .iter_mut()
                    .skip(i)
                    .take(n.len())
                    .for_each(|t| *t = true);
                mentions.push(Mention {
                    text: name.to_string(),
                    part: Default::default(),
                    paragraph: 0,
                    start: i,
                    end: i + n.len(),
                });
                i += n.len();
            } else {
                i += 1;
            }
        }
    }
    assert!(!mentions.is_empty(), "test data: {id} not in {text}");
    Entity {
        id: id.into(),
        name: names.first().map(|s| s.to_string()).unwrap_or_default(),
        kind,
        aliases: vec![],
        country: None,
        coordinates: None,
        mentions,
    }
}

/// The events of one sentence with these entities (id, type, spellings).
fn events(text: &str, ents: &[(&str, EntityType, &[&str])]) -> Vec<Event> {
    let entities: Vec<Entity> = ents
        .iter()
        .map(|(id, kind, names)| entity(text, id, *kind, names))
        .collect();
    let article = Article {
        body: vec![text.into()],
        ..Article::default()
    };
    find_events(&article, &entities)
}

/// Asserts that one event has a code under `root`, source `source` and (when given) target
/// `target`.
fn assert_event(text: &str, found: &[Event], root: &str, source: &str, target: Option<&str>) {
    let ok = found.iter().any(|e| {
        e.code.starts_with(root)
            && e.source.as_deref() == Some(source)
            && (target.is_none() || e.target.as_deref() == target)
    });
    let got: Vec<String> = found
        .iter()
        .map(|e| format!("{} {:?}→{:?}", e.code, e.source, e.target))
        .collect();
    assert!(
        ok,
        "{text}\nwanted {root} {source}→{target:?}, found {got:?}"
    );
}

use EntityType::{Location as Loc, Organization as Org, Person};

#[test]
fn root_01_condolences_and_declined_comment() {
    let t = "قدمت تونس التعازي إلى المغرب في ضحايا الزلزال.";
    let e = events(t, &[("TUN", Loc, &["تونس"]), ("MAR", Loc, &["المغرب"])]);
    assert_event(t, &e, "01", "TUN", Some("MAR"));
    let t = "ورفضت وزارة الخارجية الفرنسية التعليق على التقارير.";
    let e = events(t, &[("o1", Org, &["وزارة الخارجية الفرنسية"])]);
    assert!(
        e.iter().any(|e| e.code == "011"),
        "declining comment is 011, not a rejection: {e:?}"
    );
}

#[test]
fn root_02_appeal_for_aid() {
    let t = "استنجدت مالي بروسيا لمواجهة الجماعات المسلحة في الشمال.";
    let e = events(t, &[("MLI", Loc, &["مالي"]), ("RUS", Loc, &["روسيا"])]);
    assert_event(t, &e, "02", "MLI", None);
    let t = "التمست الحكومة الصومالية من الاتحاد الأفريقي إبقاء قواته في البلاد.";
    let e = events(
        t,
        &[
            ("SOM", Org, &["الحكومة الصومالية"]),
            ("AU", Org, &["الاتحاد الأفريقي"]),
        ],
    );
    assert_event(t, &e, "02", "SOM", None);
}

#[test]
fn root_04_visit_as_guest() {
    let t = "حل الرئيس التونسي قيس سعيد ضيفا على الجزائر يوم الأحد.";
    let e = events(
        t,
        &[("p1", Person, &["قيس سعيد"]), ("DZA", Loc, &["الجزائر"])],
    );
    assert_event(t, &e, "04", "p1", Some("DZA"));
}

#[test]
fn root_05_praise() {
    let t = "ثمنت الجامعة العربية جهود الكويت في تقريب وجهات النظر.";
    let e = events(
        t,
        &[
            ("LAS", Org, &["الجامعة العربية"]),
            ("KWT", Loc, &["الكويت"]),
        ],
    );
    assert_event(t, &e, "05", "LAS", None);
}

#[test]
fn root_06_coordinate() {
    let t = "نسق الأردن مع العراق خطة لتأمين الحدود المشتركة.";
    let e = events(t, &[("JOR", Loc, &["الأردن"]), ("IRQ", Loc, &["العراق"])]);
    assert_event(t, &e, "06", "JOR", Some("IRQ"));
}

#[test]
fn root_07_aid_convoy() {
    let t = "سيرت الكويت قافلة مساعدات طبية إلى لبنان.";
    let e = events(t, &[("KWT", Loc, &["الكويت"]), ("LBN", Loc, &["لبنان"])]);
    assert_event(t, &e, "07", "KWT", Some("LBN"));
}

#[test]
fn root_08_release_and_surrender() {
    let t = "أخلت السلطات المصرية سبيل عشرات المحتجزين بعد أشهر من الحبس.";
    let e = events(t, &[("EGY", Org, &["السلطات المصرية"])]);
    assert_event(t, &e, "08", "EGY", None);
}

#[test]
fn root_09_interrogate() {
    let t = "استجوبت النيابة العامة الليبية وزير النفط السابق مصطفى عمران.";
    let e = events(
        t,
        &[
            ("o1", Org, &["النيابة العامة الليبية"]),
            ("p1", Person, &["مصطفى عمران"]),
        ],
    );
    assert_event(t, &e, "09", "o1", Some("p1"));
}

#[test]
fn root_11_disapprove() {
    let t = "استهجنت الجزائر تصريحات الرئيس الفرنسي بشأن الذاكرة.";
    let e = events(t, &[("DZA", Loc, &["الجزائر"])]);
    assert_event(t, &e, "11", "DZA", None);
}

#[test]
fn root_12_oppose() {
    let t = "عارضت روسيا مشروع القرار الذي قدمته بريطانيا.";
    let e = events(t, &[("RUS", Loc, &["روسيا"]), ("GBR", Loc, &["بريطانيا"])]);
    assert_event(t, &e, "12", "RUS", None);
}

#[test]
fn root_13_warn_to_leave() {
    let t = "أنذرت تركيا وحدات حماية الشعب بمغادرة منبج خلال أسبوع.";
    let e = events(
        t,
        &[
            ("TUR", Loc, &["تركيا"]),
            ("YPG", Org, &["وحدات حماية الشعب"]),
        ],
    );
    assert_event(t, &e, "13", "TUR", Some("YPG"));
}

#[test]
fn root_14_block_roads() {
    let t = "أغلقت نقابة المعلمين الطرق المؤدية إلى الوزارة احتجاجا على الاعتقالات.";
    let e = events(t, &[("o1", Org, &["نقابة المعلمين"])]);
    assert_event(t, &e, "14", "o1", None);
}

#[test]
fn root_15_alert_and_deploy() {
    let t = "استنفر الجيش الجزائري وحداته على الحدود مع مالي.";
    let e = events(
        t,
        &[("o1", Org, &["الجيش الجزائري"]), ("MLI", Loc, &["مالي"])],
    );
    assert_event(t, &e, "15", "o1", None);
}

#[test]
fn root_16_reduce_aid_and_halt_talks() {
    let t = "قلصت ألمانيا مساعداتها التنموية إلى النيجر بعد الانقلاب.";
    let e = events(t, &[("DEU", Loc, &["ألمانيا"]), ("NER", Loc, &["النيجر"])]);
    assert_event(t, &e, "16", "DEU", Some("NER"));
}

#[test]
fn root_17_repress_and_jail() {
    let t = "قمعت الشرطة الكينية المتظاهرين في نيروبي بالغاز المسيل للدموع.";
    let e = events(t, &[("o1", Org, &["الشرطة الكينية"])]);
    assert_event(t, &e, "17", "o1", None);
    let t = "جرف الجيش الإسرائيلي أراضي زراعية شرق خان يونس.";
    let e = events(t, &[("o2", Org, &["الجيش الإسرائيلي"])]);
    assert_event(t, &e, "17", "o2", None);
}

#[test]
fn root_18_hostages() {
    let t = "احتجز مسلحو حركة الشباب رهائن في فندق وسط مقديشو.";
    let e = events(t, &[("o1", Org, &["حركة الشباب"])]);
    assert!(
        e.iter().any(|e| e.code == "181"),
        "holding hostages is 181, not an arrest: {e:?}"
    );
}

#[test]
fn root_19_shelling() {
    let t = "دك الجيش التركي مواقع حزب العمال الكردستاني شمال العراق.";
    let e = events(
        t,
        &[
            ("o1", Org, &["الجيش التركي"]),
            ("PKK", Org, &["حزب العمال الكردستاني"]),
        ],
    );
    assert_event(t, &e, "19", "o1", Some("PKK"));
}

#[test]
fn root_20_forced_displacement() {
    let t = "هجرت قوات الدعم السريع آلاف السكان من قراهم غرب دارفور.";
    let e = events(t, &[("RSF", Org, &["قوات الدعم السريع"])]);
    assert_event(t, &e, "20", "RSF", None);
}

// ---- Trigger recall (session 7): event nouns the engine used to drop for want of a cue ----

#[test]
fn a_bare_event_noun_counts_when_both_its_actors_are_found() {
    // "بعد اجتماع مطول": no support verb, no statement, no name after the noun; the two
    // parties the sentence names are its actors.
    let t = "اتفق حزب الأمة وحزب المؤتمر، بعد اجتماع مطول في كوستي، على تشكيل لجنة مشتركة.";
    let e = events(
        t,
        &[
            ("UMMA", Org, &["حزب الأمة"]),
            ("NCP", Org, &["حزب المؤتمر"]),
            ("KST", Loc, &["كوستي"]),
        ],
    );
    assert!(
        e.iter().filter(|e| e.code.starts_with("04")).count() == 1
            && e.iter().any(|e| e.code.starts_with("04")
                && e.source.as_deref() == Some("UMMA")
                && e.target.as_deref() == Some("NCP")),
        "{t}\nwanted one 04 UMMA→NCP, found {e:?}"
    );
}

#[test]
fn a_bare_event_noun_without_a_counterpart_is_no_event() {
    // A paper writing about talks names one actor: the talks are a topic, not an act of its.
    let t = "نشرت صحيفة الأيام الغانية تقريرا مطولا عن مفاوضات شاقة.";
    let e = events(t, &[("AYY", Org, &["صحيفة الأيام الغانية"])]);
    assert!(
        !e.iter().any(|e| e.code.starts_with("04")),
        "{t}\nno 04 event wanted, found {e:?}"
    );
}

#[test]
fn a_later_bare_noun_does_not_repeat_an_event_told_before() {
    // The second sentence's "المحادثات" names the talks of the visit already coded.
    let t = "زار رئيس غانا توغو يوم الاثنين والتقى رئيسها. وتناولت المحادثات ملف الحدود.";
    let e = events(t, &[("GHA", Loc, &["غانا"]), ("TGO", Loc, &["توغو"])]);
    assert!(
        e.iter().any(|e| e.code.starts_with("04"))
            && !e
                .iter()
                .any(|e| e.code.starts_with("04") && e.sentence.contains("المحادثات")),
        "{t}\nwanted the visit's events only, found {e:?}"
    );
}

#[test]
fn talks_between_two_named_delegations_are_theirs() {
    // "بين وفدي X وY": a head noun stands between بين and the first name.
    let t = "اختتمت في أكرا جولة جديدة من المحادثات بين وفدي غانا وتوغو.";
    let e = events(t, &[("GHA", Loc, &["غانا"]), ("TGO", Loc, &["توغو"])]);
    assert_event(t, &e, "04", "GHA", Some("TGO"));
}

#[test]
fn what_a_statement_announces_past_its_subject_is_an_act() {
    // The verbal noun after the announcing body's name, an adjective and quotation marks.
    let t = "أعلنت وزارة الداخلية الغانية «توقيف» عشرة مهربين قرب الحدود.";
    let e = events(t, &[("MOI", Org, &["وزارة الداخلية"])]);
    assert_event(t, &e, "17", "MOI", None);
    // Subject first: the body, then the verb, then the act.
    let t = "وزارة الداخلية الغانية أعلنت اعتقال عشرة مهربين قرب الحدود.";
    let e = events(t, &[("MOI", Org, &["وزارة الداخلية الغانية"])]);
    assert_event(t, &e, "17", "MOI", None);
}
