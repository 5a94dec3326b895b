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

/// The Arabic name of a CAMEO event code at its three-digit level (`"0421"` and `"042"` →
/// `زيارة`), the project's own wording of the codebook's categories; a code outside the
/// codebook gets its root's name.
pub(super) fn cameo_label_ar(code: &str) -> &'static str {
    let label = match code.get(..3).unwrap_or(code) {
        "010" => "تصريح",
        "011" => "امتناع عن التعليق",
        "012" => "تصريح متشائم",
        "013" => "تصريح متفائل",
        "014" => "دراسة خيار سياسي",
        "015" => "إقرار بالمسؤولية أو تبنٍّ",
        "016" => "نفي المسؤولية",
        "017" => "عمل رمزي",
        "018" => "تعاطف ومواساة",
        "019" => "إبداء توافق",
        "020" => "مناشدة",
        "021" => "دعوة إلى تعاون مادي",
        "022" => "دعوة إلى دعم دبلوماسي",
        "023" => "طلب مساعدة",
        "024" => "دعوة إلى إصلاح سياسي",
        "025" => "دعوة إلى التنازل",
        "026" => "دعوة إلى اللقاء أو التفاوض",
        "027" => "دعوة إلى تسوية نزاع",
        "028" => "دعوة إلى قبول وساطة",
        "030" => "إبداء نية التعاون",
        "031" => "نية تعاون مادي",
        "032" => "نية دعم دبلوماسي",
        "033" => "نية تقديم مساعدة",
        "034" => "نية إصلاح سياسي",
        "035" => "نية التنازل",
        "036" => "نية اللقاء أو التفاوض",
        "037" => "نية تسوية نزاع",
        "038" => "نية قبول وساطة",
        "039" => "نية التوسط",
        "040" => "تشاور",
        "041" => "اتصال هاتفي",
        "042" => "زيارة",
        "043" => "استقبال زيارة",
        "044" => "لقاء في بلد ثالث",
        "045" => "وساطة",
        "046" => "تفاوض",
        "050" => "تعاون دبلوماسي",
        "051" => "إشادة أو تأييد",
        "052" => "دفاع كلامي",
        "053" => "حشد تأييد",
        "054" => "اعتراف دبلوماسي",
        "055" => "اعتذار",
        "056" => "صفح",
        "057" => "توقيع اتفاق",
        "060" => "تعاون مادي",
        "061" => "تعاون اقتصادي",
        "062" => "تعاون عسكري",
        "063" => "تعاون قضائي",
        "064" => "تبادل معلومات استخبارية",
        "070" => "تقديم مساعدة",
        "071" => "مساعدة اقتصادية",
        "072" => "مساعدة عسكرية",
        "073" => "مساعدة إنسانية",
        "074" => "حماية عسكرية أو حفظ سلام",
        "075" => "منح لجوء",
        "080" => "تنازل",
        "081" => "تخفيف قيود إدارية",
        "082" => "تخفيف التضييق على المعارضة",
        "083" => "استجابة لمطالب إصلاح",
        "084" => "إعادة أو إفراج",
        "085" => "تخفيف عقوبات اقتصادية",
        "086" => "قبول تدخل دولي",
        "087" => "تهدئة عسكرية",
        "090" => "تحقيق",
        "091" => "تحقيق في جريمة أو فساد",
        "092" => "تحقيق في انتهاكات حقوق الإنسان",
        "093" => "تحقيق في عمل عسكري",
        "094" => "تحقيق في جرائم حرب",
        "100" => "مطالبة",
        "101" => "مطالبة بمعلومات أو تحقيق",
        "102" => "مطالبة بدعم سياسي",
        "103" => "مطالبة بمساعدة أو حماية",
        "104" => "مطالبة بإصلاح سياسي",
        "105" => "مطالبة بوساطة",
        "106" => "مطالبة بالانسحاب",
        "107" => "مطالبة بوقف إطلاق النار",
        "108" => "مطالبة بلقاء أو تفاوض",
        "110" => "انتقاد",
        "111" => "انتقاد أو تنديد",
        "112" => "اتهام",
        "113" => "حشد معارضة",
        "114" => "شكوى رسمية",
        "115" => "دعوى قضائية",
        "116" => "إدانة قضائية",
        "120" => "رفض",
        "121" => "رفض تعاون مادي",
        "122" => "رفض طلب مساعدة",
        "123" => "رفض مطالب إصلاح",
        "124" => "رفض التنازل",
        "125" => "رفض اللقاء أو التفاوض",
        "126" => "رفض الوساطة",
        "127" => "رفض خطة تسوية",
        "128" => "تحدي القوانين والأعراف",
        "129" => "نقض (فيتو)",
        "130" => "تهديد",
        "131" => "تهديد غير عسكري",
        "132" => "تهديد بعقوبات إدارية",
        "133" => "تهديد باحتجاج",
        "134" => "تهديد بوقف المفاوضات",
        "135" => "تهديد بوقف الوساطة",
        "136" => "تهديد بوقف التدخل الدولي",
        "137" => "تهديد بالقمع",
        "138" => "تهديد باستخدام القوة",
        "139" => "إنذار نهائي",
        "140" => "احتجاج سياسي",
        "141" => "تظاهر",
        "142" => "إضراب عن الطعام",
        "143" => "إضراب أو مقاطعة",
        "144" => "إغلاق طرق",
        "145" => "احتجاج عنيف أو شغب",
        "150" => "استعراض قوة",
        "151" => "رفع تأهب الشرطة",
        "152" => "رفع التأهب العسكري",
        "153" => "تعزيز قوات الشرطة",
        "154" => "حشد القوات المسلحة",
        "160" => "خفض العلاقات",
        "161" => "خفض أو قطع العلاقات الدبلوماسية",
        "162" => "خفض المساعدات أو وقفها",
        "163" => "حظر أو مقاطعة أو عقوبات",
        "164" => "وقف المفاوضات",
        "165" => "وقف الوساطة",
        "166" => "طرد أو انسحاب",
        "170" => "إكراه",
        "171" => "مصادرة ممتلكات أو إتلافها",
        "172" => "عقوبات إدارية",
        "173" => "اعتقال أو احتجاز أو ملاحقة قضائية",
        "174" => "طرد أو ترحيل أفراد",
        "175" => "قمع عنيف",
        "180" => "عنف غير تقليدي",
        "181" => "اختطاف أو احتجاز رهائن",
        "182" => "اعتداء جسدي",
        "183" => "تفجير",
        "184" => "استخدام دروع بشرية",
        "185" => "محاولة اغتيال",
        "186" => "اغتيال",
        "190" => "استخدام القوة العسكرية",
        "191" => "حصار أو تقييد حركة",
        "192" => "احتلال أراض",
        "193" => "قتال بالأسلحة الخفيفة",
        "194" => "قتال بالمدفعية والدبابات",
        "195" => "قصف جوي",
        "196" => "خرق وقف إطلاق النار",
        "200" => "عنف جماعي",
        "201" => "تهجير جماعي",
        "202" => "قتل جماعي",
        "203" => "تطهير عرقي",
        "204" => "أسلحة دمار شامل",
        _ => "",
    };
    if label.is_empty() {
        cameo_root_ar(code)
    } else {
        label
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
    fn every_codebook_category_has_its_own_arabic_label() {
        let codes = include_str!("../../../rasd-analyze/data/cameo-codes.tsv");
        let mut seen = std::collections::HashSet::new();
        for line in codes.lines().filter(|l| !l.starts_with('#')) {
            let code = line.split('\t').next().unwrap_or_default();
            let label = cameo_label_ar(code);
            assert!(!label.is_empty(), "{code}");
            if code.len() == 3 && !code.ends_with('0') {
                // x0 is the root's own "not specified below"; the others are narrower.
                assert_ne!(label, cameo_root_ar(code), "{code} falls back to its root");
                assert!(seen.insert(label), "{code}: {label} used twice");
            }
        }
        assert_eq!(cameo_label_ar("0421"), "زيارة");
        assert_eq!(cameo_label_ar("04"), "تشاور");
        assert_eq!(cameo_label_ar("999"), "حدث");
    }

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
