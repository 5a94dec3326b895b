//! Words and small text helpers of the dashboard: Arabic dates, entity types, CAMEO roots,
//! splitting a text at highlighted char ranges, and which links may be shown.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

/// Arabic month names (the ones most Arabic news sites use: يناير … ديسمبر).
const MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// `2025-06-03` → `3 يونيو 2025`; anything else is returned as it is.
pub(super) fn day_ar(day: &str) -> String {
    match NaiveDate::parse_from_str(day.get(..10).unwrap_or(day), "%Y-%m-%d") {
        Ok(d) => date_ar(d),
        Err(_) => day.to_owned(),
    }
}

/// A date in words: `3 يونيو 2025`.
pub(super) fn date_ar(d: NaiveDate) -> String {
    let month = MONTHS.get(d.month0() as usize).copied().unwrap_or("");
    format!("{} {} {}", d.day(), month, d.year())
}

/// A short date for chart axes: `3 يونيو`.
pub(super) fn day_month_ar(d: NaiveDate) -> String {
    let month = MONTHS.get(d.month0() as usize).copied().unwrap_or("");
    format!("{} {}", d.day(), month)
}

/// `2025-06-03T10:40:00(+03:00)` → `3 يونيو 2025، 10:40`; a bare day → `3 يونيو 2025`;
/// anything else as it is.
pub(super) fn published_ar(published: &str) -> String {
    let head = published.get(..19).unwrap_or(published);
    match NaiveDateTime::parse_from_str(head, "%Y-%m-%dT%H:%M:%S") {
        Ok(t) if t.hour() != 0 || t.minute() != 0 => {
            format!("{}، {:02}:{:02}", date_ar(t.date()), t.hour(), t.minute())
        }
        Ok(t) => date_ar(t.date()),
        Err(_) => day_ar(published),
    }
}

/// The Arabic word for an entity type (`person`, `location`, `organization`).
pub(super) fn kind_ar(kind: &str) -> &'static str {
    match kind {
        "person" => "شخص",
        "location" => "مكان",
        "organization" => "منظمة",
        _ => "كيان",
    }
}

/// The Arabic plural heading for an entity type, in facets and lists.
pub(super) fn kind_plural_ar(kind: &str) -> &'static str {
    match kind {
        "person" => "أشخاص",
        "location" => "أماكن",
        "organization" => "منظمات",
        _ => "كيانات",
    }
}

/// The CSS class of an entity type (its colour): `per`, `loc`, `org`, `misc`.
pub(super) fn kind_class(kind: &str) -> &'static str {
    match kind {
        "person" => "per",
        "location" => "loc",
        "organization" => "org",
        _ => "misc",
    }
}

/// The serialized name of an entity type (`person`…), as the store's rows carry it.
pub(super) fn kind_name(kind: rasd_model::EntityType) -> &'static str {
    match kind {
        rasd_model::EntityType::Person => "person",
        rasd_model::EntityType::Location => "location",
        rasd_model::EntityType::Organization => "organization",
    }
}

/// The Arabic name of a CAMEO root code (`"04"` → `تشاور`), the project's own wording of the
/// codebook's twenty root categories.
pub(super) fn cameo_root_ar(code: &str) -> &'static str {
    match code.get(..2).unwrap_or(code) {
        "01" => "تصريح علني",
        "02" => "مناشدة",
        "03" => "نية التعاون",
        "04" => "تشاور",
        "05" => "تعاون دبلوماسي",
        "06" => "تعاون مادي",
        "07" => "مساعدة",
        "08" => "تنازل",
        "09" => "تحقيق",
        "10" => "مطالبة",
        "11" => "انتقاد",
        "12" => "رفض",
        "13" => "تهديد",
        "14" => "احتجاج",
        "15" => "استعراض قوة",
        "16" => "خفض العلاقات",
        "17" => "إكراه",
        "18" => "اعتداء",
        "19" => "قتال",
        "20" => "عنف جماعي",
        _ => "حدث",
    }
}

/// The class of a Goldstein score: cooperation, conflict or neutral.
pub(super) fn goldstein_class(g: f64) -> &'static str {
    if g > 0.0 {
        "coop"
    } else if g < 0.0 {
        "conf"
    } else {
        "neutral"
    }
}

/// A Goldstein score with its sign: `+1.9`, `-4.4`, `0`.
pub(super) fn goldstein_text(g: f64) -> String {
    if g == 0.0 {
        "0".to_owned()
    } else {
        format!("{g:+.1}")
    }
}

/// A link shown only when it is an absolute http(s) URL (never `javascript:` or `data:`).
pub(super) fn safe_url(url: Option<&str>) -> Option<&str> {
    let url = url?.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url)
}

/// A piece of text, marked or not.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Piece<'a, T> {
    /// The text of the piece.
    pub(super) text: String,
    /// The mark of the range it belongs to, if any.
    pub(super) mark: Option<&'a T>,
}

/// Splits `text` at the char ranges `[start, end)` of `marks` (sorted here; ranges out of
/// the text or overlapping an earlier one are left out), so that the pieces join back into
/// `text`.
pub(super) fn split_marked<'a, T>(
    text: &str,
    marks: &[(usize, usize, &'a T)],
) -> Vec<Piece<'a, T>> {
    let chars: Vec<char> = text.chars().collect();
    let mut sorted: Vec<&(usize, usize, &'a T)> = marks.iter().collect();
    sorted.sort_by_key(|(start, end, _)| (*start, std::cmp::Reverse(*end)));
    let mut pieces = Vec::new();
    let mut at = 0;
    for &(start, end, mark) in sorted {
        if start < at || end <= start || end > chars.len() {
            continue;
        }
        if let Some(before) = chars.get(at..start) {
            if !before.is_empty() {
                pieces.push(Piece {
                    text: before.iter().collect(),
                    mark: None,
                });
            }
        }
        if let Some(inside) = chars.get(start..end) {
            pieces.push(Piece {
                text: inside.iter().collect(),
                mark: Some(mark),
            });
        }
        at = end;
    }
    if let Some(rest) = chars.get(at..) {
        if !rest.is_empty() {
            pieces.push(Piece {
                text: rest.iter().collect(),
                mark: None,
            });
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_arabic_words() {
        assert_eq!(day_ar("2025-06-03"), "3 يونيو 2025");
        assert_eq!(day_ar("not a day"), "not a day");
        assert_eq!(published_ar("2025-07-15T12:16:00"), "15 يوليو 2025، 12:16");
        assert_eq!(
            published_ar("2025-06-18T16:05:00+03:00"),
            "18 يونيو 2025، 16:05"
        );
        assert_eq!(published_ar("2025-08-05"), "5 أغسطس 2025");
        assert_eq!(published_ar("غدا"), "غدا");
    }

    #[test]
    fn only_http_links_are_shown() {
        assert_eq!(
            safe_url(Some("https://a.example/x")),
            Some("https://a.example/x")
        );
        assert_eq!(safe_url(Some("HTTP://A.example")), Some("HTTP://A.example"));
        assert_eq!(safe_url(Some("javascript:alert(1)")), None);
        assert_eq!(safe_url(Some(" data:text/html,x")), None);
        assert_eq!(safe_url(Some("/relative")), None);
        assert_eq!(safe_url(None), None);
    }

    #[test]
    fn marked_pieces_join_back_and_skip_bad_ranges() {
        let text = "زار ميلر باماكو أمس";
        let (a, b, c) = ("per", "loc", "bad");
        let marks: [(usize, usize, &&str); 5] = [
            (9, 15, &b),
            (4, 8, &a),
            (5, 7, &c),
            (18, 40, &c),
            (3, 3, &c),
        ];
        let pieces = split_marked(text, &marks);
        let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, text);
        let marked: Vec<(&str, &str)> = pieces
            .iter()
            .filter_map(|p| p.mark.map(|m| (p.text.as_str(), *m)))
            .collect();
        assert_eq!(marked, vec![("ميلر", "per"), ("باماكو", "loc")]);
    }

    #[test]
    fn cameo_roots_have_arabic_names() {
        assert_eq!(cameo_root_ar("042"), "تشاور");
        assert_eq!(cameo_root_ar("19"), "قتال");
        assert_eq!(cameo_root_ar("x"), "حدث");
    }
}
