//! Date strings as news pages print them: each must parse to its ISO 8601 form, and non-dates
//! must give `None`. The fixtures are written for these tests (formats seen on Arab, English and
//! French news sites; the sentences are our own).
//!
//! `cargo test -p rasd-text --test dates -- --nocapture` prints the accuracy over the table.

use proptest::prelude::*;
use rasd_text::date::{find, parse, NaiveDate, NaiveDateTime, Precision};

/// The reference time of relative cases: 2025-07-15 12:16:00.
fn now() -> Option<NaiveDateTime> {
    NaiveDate::from_ymd_opt(2025, 7, 15).and_then(|d| d.and_hms_opt(12, 16, 0))
}

/// (input, uses `now`, expected ISO 8601).
const POSITIVE: &[(&str, bool, &str)] = &[
    // The seed page's date line.
    ("15 يوليو 2025، 12:16 م", false, "2025-07-15T12:16:00"),
    // Egyptian / Gulf months, spelling variants, 12-hour clock.
    ("15 يوليو 2025", false, "2025-07-15"),
    ("الثلاثاء 15 يوليو 2025", false, "2025-07-15"),
    (
        "الثلاثاء، 15 يوليه 2025 - 09:05 ص",
        false,
        "2025-07-15T09:05:00",
    ),
    ("12 ص 1 يناير 2025", false, "2025-01-01T00:00:00"),
    ("1 يناير 2025 12:00 ص", false, "2025-01-01T00:00:00"),
    ("٣ أبريل ٢٠٢٤ ٠٧:٤٥ م", false, "2024-04-03T19:45:00"),
    ("3 إبريل 2024", false, "2024-04-03"),
    ("3 ابريل 2024", false, "2024-04-03"),
    ("٢٨ فبراير ٢٠٢٤", false, "2024-02-28"),
    ("29 فبراير 2024", false, "2024-02-29"),
    ("10 مايو 2023 - 3:15 مساءً", false, "2023-05-10T15:15:00"),
    (
        "5 يونيه 2022 الساعة 11:30 صباحاً",
        false,
        "2022-06-05T11:30:00",
    ),
    ("20 أغسطس 2021 | 08:00 م", false, "2021-08-20T20:00:00"),
    ("20 اغسطس 2021", false, "2021-08-20"),
    (
        "الجمعة 6 ديسمبر 2024 - 1:05 ظهراً",
        false,
        "2024-12-06T13:05:00",
    ),
    (
        "السبت 9 نوفمبر 2024 10:40 ليلاً",
        false,
        "2024-11-09T22:40:00",
    ),
    ("الأحد 9 نوفمبر 2024 4:10 فجراً", false, "2024-11-09T04:10:00"),
    (
        "آخر تحديث: 15 يوليو 2025 - 12:16 م",
        false,
        "2025-07-15T12:16:00",
    ),
    ("نشر في: الإثنين 14 يوليو 2025", false, "2025-07-14"),
    ("بتاريخ 1 أكتوبر 2023", false, "2023-10-01"),
    ("15 سبتمبر 2025م", false, "2025-09-15"),
    // Levantine / Iraqi months and combined forms.
    ("15 تموز 2025", false, "2025-07-15"),
    ("1 كانون الثاني 2025", false, "2025-01-01"),
    ("31 كانون الأول 2024", false, "2024-12-31"),
    ("3 تشرين الأول 2023", false, "2023-10-03"),
    ("17 تشرين الثاني 2023 - 14:20", false, "2023-11-17T14:20:00"),
    ("14 شباط 2024", false, "2024-02-14"),
    ("21 آذار 2024", false, "2024-03-21"),
    ("7 نيسان 2024", false, "2024-04-07"),
    ("9 أيار 2024", false, "2024-05-09"),
    ("22 حزيران 2024", false, "2024-06-22"),
    ("4 آب 2020", false, "2020-08-04"),
    ("11 أيلول 2001", false, "2001-09-11"),
    ("15 تموز/يوليو 2025", false, "2025-07-15"),
    ("15 يوليو (تموز) 2025", false, "2025-07-15"),
    (
        "الثلاثاء 15 يوليو/تموز 2025 - 12:16",
        false,
        "2025-07-15T12:16:00",
    ),
    // Algeria / Tunisia.
    ("15 جويلية 2025", false, "2025-07-15"),
    ("3 جانفي 2025", false, "2025-01-03"),
    (
        "12 فيفري 2025 على الساعة 18:30",
        false,
        "2025-02-12T18:30:00",
    ),
    ("1 أفريل 2024", false, "2024-04-01"),
    ("8 ماي 2024", false, "2024-05-08"),
    ("20 جوان 2024", false, "2024-06-20"),
    ("15 أوت 2024", false, "2024-08-15"),
    // Morocco.
    ("15 يوليوز 2025", false, "2025-07-15"),
    ("20 غشت 2024", false, "2024-08-20"),
    ("9 شتنبر 2024", false, "2024-09-09"),
    ("6 نونبر 2024", false, "2024-11-06"),
    ("31 دجنبر 2024 - 23:59", false, "2024-12-31T23:59:00"),
    // Diacritics, tatweel, bidi marks.
    ("١٥ يـولـيـو ٢٠٢٥", false, "2025-07-15"),
    ("١٥‏/٧‏/٢٠٢٥", false, "2025-07-15"),
    ("۱۵ يوليو ۲۰۲۵", false, "2025-07-15"),
    // Numeric forms.
    ("15/07/2025", false, "2025-07-15"),
    ("15-07-2025", false, "2025-07-15"),
    ("15.07.2025", false, "2025-07-15"),
    ("2025/07/15", false, "2025-07-15"),
    ("2025-07-15", false, "2025-07-15"),
    ("7/15/2025", false, "2025-07-15"),
    ("15/7/2025 12:16 م", false, "2025-07-15T12:16:00"),
    ("15/07/2025 - 18:05", false, "2025-07-15T18:05:00"),
    (
        "2025-07-15T12:16:00+03:00",
        false,
        "2025-07-15T12:16:00+03:00",
    ),
    ("2025-07-15T09:16:00Z", false, "2025-07-15T09:16:00+00:00"),
    (
        "2025-07-15T09:16:00.000Z",
        false,
        "2025-07-15T09:16:00+00:00",
    ),
    ("2025-07-15 12:16:30", false, "2025-07-15T12:16:30"),
    // Named offsets.
    (
        "15 يوليو 2025 12:16 GMT+3",
        false,
        "2025-07-15T12:16:00+03:00",
    ),
    (
        "15 يوليو 2025 09:16 بتوقيت غرينتش",
        false,
        "2025-07-15T09:16:00+00:00",
    ),
    (
        "15 يوليو 2025 12:16 م (بتوقيت مكة المكرمة)",
        false,
        "2025-07-15T12:16:00+03:00",
    ),
    ("15/7/2025 09:16 (ت.غ)", false, "2025-07-15T09:16:00+00:00"),
    (
        "15 يوليو 2025 10:00 بتوقيت القدس",
        false,
        "2025-07-15T10:00:00",
    ),
    (
        "15 يوليو 2025 12:16 بتوقيت أبوظبي",
        false,
        "2025-07-15T12:16:00+04:00",
    ),
    // Hijri.
    ("1 محرم 1447 هـ", false, "2025-06-26"),
    ("20 محرم 1447هـ", false, "2025-07-15"),
    (
        "الأحد 5 رمضان 1446هـ الموافق 5 مارس 2025م",
        false,
        "2025-03-05",
    ),
    ("5 رمضان 1446 هـ - 5 مارس 2025 م", false, "2025-03-05"),
    ("15 يوليو 2025م (20 محرم 1447هـ)", false, "2025-07-15"),
    ("1 شوال 1446هـ", false, "2025-03-30"),
    ("10 ذو الحجة 1446 هـ", false, "2025-06-06"),
    ("1 ربيع الأول 1447", false, "2025-08-24"),
    ("1447/01/20هـ", false, "2025-07-15"),
    (
        "الساعة 12:16 م، الثلاثاء 15 يوليو 2025",
        false,
        "2025-07-15T12:16:00",
    ),
    (
        "في تمام الساعة 10 صباحا من يوم الثلاثاء 15 يوليو 2025",
        false,
        "2025-07-15T10:00:00",
    ),
    (
        "15 يوليو 2025 الساعة 12:16 م بتوقيت السعودية",
        false,
        "2025-07-15T12:16:00+03:00",
    ),
    (
        "الثلاثاء 20 محرم 1447 هـ - 15 يوليو 2025 م",
        false,
        "2025-07-15",
    ),
    ("الموافق 15 يوليو 2025", false, "2025-07-15"),
    // English.
    ("July 15, 2025 12:16 PM", false, "2025-07-15T12:16:00"),
    ("15 July 2025", false, "2025-07-15"),
    (
        "Tue 15 Jul 2025 12:16 GMT",
        false,
        "2025-07-15T12:16:00+00:00",
    ),
    (
        "Tue, 15 Jul 2025 12:16:00 +0300",
        false,
        "2025-07-15T12:16:00+03:00",
    ),
    ("Updated: 2025-07-15 09:30 ET", false, "2025-07-15T09:30:00"),
    (
        "Published on Tuesday, July 15, 2025 at 9:05 a.m.",
        false,
        "2025-07-15T09:05:00",
    ),
    ("Jul. 15, 2025", false, "2025-07-15"),
    ("15th July 2025", false, "2025-07-15"),
    ("15-Jul-2025", false, "2025-07-15"),
    // French.
    ("15 juillet 2025 à 12h16", false, "2025-07-15T12:16:00"),
    ("mardi 15 juillet 2025", false, "2025-07-15"),
    ("Publié le 15/07/2025 à 12:16", false, "2025-07-15T12:16:00"),
    (
        "Mis à jour le 1er août 2025 à 08h05",
        false,
        "2025-08-01T08:05:00",
    ),
    ("le 3 février 2025", false, "2025-02-03"),
    ("3 déc. 2024 à 18h", false, "2024-12-03T18:00:00"),
    (
        "Modifié le 15 juillet 2025 à 12h16 (heure de Paris)",
        false,
        "2025-07-15T12:16:00",
    ),
    // Relative, against now = 2025-07-15T12:16:00.
    ("منذ 3 ساعات", true, "2025-07-15T09:16:00"),
    ("منذ ساعة", true, "2025-07-15T11:16:00"),
    ("منذ ساعتين", true, "2025-07-15T10:16:00"),
    ("منذ 20 دقيقة", true, "2025-07-15T11:56:00"),
    ("منذ دقائق", true, "2025-07-15T12:16:00"),
    ("منذ ٥ دقائق", true, "2025-07-15T12:11:00"),
    ("منذ ثلاث ساعات", true, "2025-07-15T09:16:00"),
    ("قبل ساعة واحدة", true, "2025-07-15T11:16:00"),
    ("منذ حوالي ساعتين", true, "2025-07-15T10:16:00"),
    ("أمس", true, "2025-07-14"),
    ("البارحة", true, "2025-07-14"),
    ("أمس الساعة 10:30 مساءً", true, "2025-07-14T22:30:00"),
    ("أول أمس", true, "2025-07-13"),
    ("اليوم", true, "2025-07-15"),
    ("اليوم 08:00 ص", true, "2025-07-15T08:00:00"),
    ("قبل يومين", true, "2025-07-13"),
    ("قبل 3 أيام", true, "2025-07-12"),
    ("منذ أسبوع", true, "2025-07-08"),
    ("منذ 11 يوماً", true, "2025-07-04"),
    ("3 hours ago", true, "2025-07-15T09:16:00"),
    ("an hour ago", true, "2025-07-15T11:16:00"),
    ("yesterday at 9:00 PM", true, "2025-07-14T21:00:00"),
    ("il y a 2 heures", true, "2025-07-15T10:16:00"),
    ("hier à 18h30", true, "2025-07-14T18:30:00"),
    ("aujourd'hui", true, "2025-07-15"),
    // Day and month without year: only with now, the latest such day.
    ("14 يوليو", true, "2025-07-14"),
    ("30 ديسمبر 12:00", true, "2024-12-30T12:00:00"),
];

/// Texts that are not one date, with the same `now` as the relative cases.
const NEGATIVE: &[(&str, bool)] = &[
    ("قرار مجلس الأمن 2025", false),
    ("اتصل على 0123456789", false),
    ("الفصل 15", false),
    ("مايو", false),
    ("مايو", true),
    ("يوليو 2025", false),
    ("12:16", false),
    ("12:16 م", true),
    ("31 فبراير 2025", false),
    ("29 فبراير 2025", false),
    ("1/2", false),
    ("1/2/3", false),
    ("15/07/25", false),
    ("2025/13/45", false),
    ("32 يوليو 2025", false),
    ("15 يوليو", false),
    ("منذ 3 ساعات", false),
    ("منذ ساعات", true),
    ("منذ 3 سنوات", true),
    ("منذ 2011", true),
    ("أمس", false),
    ("15 يوليو 2025 25:00", false),
    ("15 يوليو 2025 13:00 ص", false),
    ("30 صفر 1447 هـ", false),
    ("15/07/1446", false),
    ("15 تموز/أغسطس 2025", false),
    ("قتل 15 شخصا في 2025", false),
    ("Chapter 15, 2025 edition", false),
    ("", false),
    ("   ", true),
    ("الرياض - 15 يوليو 2025", false),
    ("15/07/2025/123", false),
    ("20250715", false),
    ("15 يوليو 2025 15 يوليو 2025", false),
];

#[test]
fn real_world_dates_parse_and_non_dates_do_not() {
    let mut failures = Vec::new();
    let mut total = 0;
    for &(input, with_now, want) in POSITIVE {
        total += 1;
        let got = parse(input, if with_now { now() } else { None }).map(|d| d.to_iso());
        if got.as_deref() != Some(want) {
            failures.push(format!("  parse({input:?}) = {got:?}, want {want:?}"));
        }
    }
    for &(input, with_now) in NEGATIVE {
        total += 1;
        let got = parse(input, if with_now { now() } else { None });
        if let Some(d) = got {
            failures.push(format!("  parse({input:?}) = {:?}, want None", d.to_iso()));
        }
    }
    let ok = total - failures.len();
    eprintln!(
        "date accuracy: {ok}/{total} ({:.1}%) over {} dates and {} non-dates",
        100.0 * ok as f64 / total as f64,
        POSITIVE.len(),
        NEGATIVE.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {total} cases wrong:\n{}\nhelp: patterns are in crates/rasd-text/src/date/grammar.rs, word tables in date/words.rs",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_table_is_large_enough() {
    assert!(POSITIVE.len() >= 60);
    assert!(NEGATIVE.len() >= 15);
}

#[test]
fn precision_follows_the_time() {
    let d = parse("15 يوليو 2025", None).map(|d| d.precision());
    assert_eq!(d, Some(Precision::Date));
    let d = parse("15 يوليو 2025، 12:16 م", None).map(|d| d.precision());
    assert_eq!(d, Some(Precision::DateTime));
}

/// Slices `text` by the char span of a match.
fn span(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

#[test]
fn find_reads_datelines_and_bylines() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "العالم 15 يوليو 2025، 12:16 م مبادرة أمريكية",
            "15 يوليو 2025، 12:16 م",
            "2025-07-15T12:16:00",
        ),
        (
            "الرياض - واس - الثلاثاء 15 تموز/يوليو 2025 (بتوقيت مكة المكرمة)",
            "الثلاثاء 15 تموز/يوليو 2025",
            "2025-07-15",
        ),
        (
            "By Jane Doe | Published July 15, 2025 12:16 PM | 3 min read",
            "July 15, 2025 12:16 PM",
            "2025-07-15T12:16:00",
        ),
        (
            "Par la rédaction, publié le mardi 15 juillet 2025 à 12h16.",
            "mardi 15 juillet 2025 à 12h16",
            "2025-07-15T12:16:00",
        ),
        (
            "نشر منذ 3 ساعات في قسم الأخبار",
            "منذ 3 ساعات",
            "2025-07-15T09:16:00",
        ),
    ];
    for &(text, want_span, want) in cases {
        let m = find(text, now());
        let Some(m) = m else {
            panic!("find({text:?}) = None, want {want}");
        };
        assert_eq!(m.value.to_iso(), want, "in {text:?}");
        assert_eq!(span(text, m.start, m.end), want_span, "in {text:?}");
    }
}

#[test]
fn find_skips_running_text_without_dates() {
    for text in [
        "قال الوزير اليوم إن المبادرة تشمل 15 دولة",
        "وصل عدد الضحايا إلى 2025 شخصا منذ بداية الشهر",
        "أعلنت الحكومة أمس عن خطة جديدة",
        "Le président a annoncé hier 3 mesures",
        "وكان الاتفاق قد وقع في 12 أغسطس الماضي",
    ] {
        assert_eq!(find(text, now()), None, "in {text:?}");
    }
}

#[test]
fn find_span_parses_to_the_same_value() {
    for &(input, with_now, _) in POSITIVE {
        let n = if with_now { now() } else { None };
        let text = format!("سطر قبل التاريخ — {input} — وسطر بعده");
        if let Some(m) = find(&text, n) {
            let s = span(&text, m.start, m.end);
            assert_eq!(parse(&s, n), Some(m.value), "span {s:?} of {text:?}");
        }
    }
}

proptest! {
    #[test]
    fn never_panics_and_spans_slice_the_text(text in "\\PC{0,60}") {
        let _ = parse(&text, None);
        let _ = parse(&text, now());
        if let Some(m) = find(&text, now()) {
            let n = text.chars().count();
            prop_assert!(m.start < m.end && m.end <= n);
        }
    }

    #[test]
    fn date_like_noise_never_panics(text in "[0-9٠-٩ :/\\-.+()،,a-zصمهـيوليومحرمGMTUTCZ]{0,40}") {
        let _ = parse(&text, now());
        if let Some(m) = find(&text, now()) {
            let s = span(&text, m.start, m.end);
            prop_assert_eq!(parse(&s, now()), Some(m.value), "span {:?}", s);
        }
    }
}
