//! Phrase lists and line classifiers for news-page boilerplate, in Arabic, English and French.
//!
//! Each classifier looks at one line (or one element's text) and answers one question: is this a
//! "related news" heading, a share/follow line, a copyright line, a photo credit, a byline, a
//! breadcrumb? They are shared by the plain-text extractor ([`crate::plain`]) and the HTML one.
//!
//! Matching is done on [`fold`]ed text: lowercase, Arabic hamza forms and alef maqsura folded,
//! diacritics and tatweel removed, punctuation at the ends trimmed, spaces collapsed. So
//! `"اقرأ أيضاً:"` and `"إقرأ ايضا"` are the same cue.
//!
//! ```
//! use rasd_extract::cues;
//! assert!(cues::is_related_heading("أخبار ذات علاقة"));
//! assert!(cues::is_related_heading("Read more:"));
//! assert_eq!(cues::publisher_from_copyright("© 2024 Example Media. All rights reserved.").as_deref(),
//!            Some("Example Media"));
//! ```
//!
//! Known false positives: a body sentence that is only "Read more." or "شارك" is taken as
//! boilerplate; such one-liners are rare in articles.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// Folds text for matching cues: lowercase, `أ إ آ ٱ → ا`, `ى → ي`, `ة → ه`, `ؤ → و`, `ئ → ي`,
/// Arabic diacritics and tatweel removed, curly quotes and dashes made plain, runs of spaces
/// collapsed, and punctuation trimmed from both ends.
///
/// ```
/// assert_eq!(rasd_extract::cues::fold("  إقرأ أيضاً :"), "اقرا ايضا");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let c = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ئ' => 'ي',
            'ة' => 'ه',
            'ؤ' => 'و',
            '\u{064B}'..='\u{065F}' | '\u{0670}' | 'ـ' | '\u{200C}'..='\u{200F}' | '\u{FEFF}' => {
                continue
            }
            '’' | '‘' | '`' => '\'',
            '“' | '”' | '«' | '»' => '"',
            '–' | '—' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    out.trim_matches(|c: char| !c.is_alphanumeric() && c != '©')
        .to_string()
}

/// Headings of a "related news" block: the lines under them are other articles' headlines.
pub const RELATED_HEADINGS: &[&str] = &[
    // Arabic
    "أخبار ذات علاقة",
    "أخبار ذات صلة",
    "أخبار متعلقة",
    "أخبار مشابهة",
    "مواضيع ذات صلة",
    "مواضيع ذات علاقة",
    "مواضيع متعلقة",
    "مقالات ذات صلة",
    "مقالات متعلقة",
    "موضوعات ذات صلة",
    "اقرأ أيضا",
    "اقرأ ايضا",
    "إقرأ أيضا",
    "اقرأ المزيد",
    "إقرأ المزيد",
    "اقرأ كذلك",
    "قد يهمك أيضا",
    "قد يهمك",
    "قد يعجبك أيضا",
    "شاهد أيضا",
    "طالع أيضا",
    "روابط ذات صلة",
    "ذات صلة",
    "المزيد من الأخبار",
    "المزيد",
    // English
    "related",
    "related articles",
    "related stories",
    "related news",
    "related content",
    "related coverage",
    "related posts",
    "related topics",
    "read more",
    "read also",
    "also read",
    "see also",
    "more on this story",
    "more on this topic",
    "more stories",
    "you may also like",
    "you might also like",
    "recommended",
    "recommended for you",
    // French
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "lire également",
    "à lire également",
    "voir aussi",
    "sur le même sujet",
    "articles liés",
    "articles similaires",
    "dans la même rubrique",
    "nos articles sur le même sujet",
];

/// Headings of lists that are not about the article (most read, latest news): dropped whole.
pub const LIST_HEADINGS: &[&str] = &[
    "الأكثر قراءة",
    "الأكثر مشاهدة",
    "الأكثر تداولا",
    "الأكثر شيوعا",
    "آخر الأخبار",
    "أحدث الأخبار",
    "أخبار عاجلة",
    "اخترنا لك",
    "most popular",
    "most read",
    "most viewed",
    "most shared",
    "trending",
    "trending now",
    "latest news",
    "latest stories",
    "top stories",
    "editor's picks",
    "les plus lus",
    "les plus partagés",
    "à la une",
    "dernières actualités",
    "en continu",
];

/// Share and follow phrases: a short line that starts with one of them is boilerplate.
pub const SHARE_FOLLOW: &[&str] = &[
    "تابعونا على",
    "تابعونا",
    "تابعنا على",
    "تابعنا",
    "شارك",
    "شارك الخبر",
    "شارك المقال",
    "شاركها",
    "مشاركة",
    "انشر",
    "اطبع",
    "طباعة",
    "نسخ الرابط",
    "share",
    "share this",
    "share this article",
    "share on",
    "follow us",
    "follow us on",
    "tweet",
    "print",
    "email",
    "copy link",
    "partager",
    "partager sur",
    "suivez-nous",
    "suivez nous",
    "imprimer",
];

/// Network names that make up share bars (a line made only of these is boilerplate).
pub const SOCIAL_NETWORKS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "instagram",
    "youtube",
    "tiktok",
    "pinterest",
    "reddit",
    "email",
    "فيسبوك",
    "فيس بوك",
    "تويتر",
    "واتساب",
    "واتس اب",
    "تيليجرام",
    "تلغرام",
    "انستغرام",
    "يوتيوب",
    "لينكد ان",
    "messenger",
];

/// Lines that are page furniture on their own: logo, menu, search, sign-in, ads.
pub const FURNITURE: &[&str] = &[
    "logo",
    "menu",
    "search",
    "home",
    "القائمة",
    "القائمه",
    "بحث",
    "ابحث",
    "الرئيسية",
    "الصفحة الرئيسية",
    "إعلان",
    "اعلان",
    "تسجيل الدخول",
    "اشترك",
    "اشترك الآن",
    "النشرة البريدية",
    "النشرة الإخبارية",
    "advertisement",
    "advertising",
    "sponsored",
    "skip to content",
    "skip to main content",
    "sign in",
    "log in",
    "login",
    "subscribe",
    "newsletter",
    "close",
    "previous post",
    "next post",
    "previous article",
    "next article",
    "المقال السابق",
    "المقال التالي",
    "الخبر السابق",
    "الخبر التالي",
    "accueil",
    "rechercher",
    "publicité",
    "se connecter",
    "s'abonner",
    "abonnez-vous",
];

/// Phrases of a copyright line.
pub const COPYRIGHT: &[&str] = &[
    "جميع الحقوق محفوظة",
    "كل الحقوق محفوظة",
    "حقوق النشر محفوظة",
    "الحقوق محفوظة",
    "حقوق النشر",
    "all rights reserved",
    "copyright",
    "tous droits réservés",
    "droits réservés",
];

/// Byline markers: the names follow them.
pub const BYLINE_MARKERS: &[&str] = &[
    "بقلم",
    "كتب",
    "كتبت",
    "كتبه",
    "إعداد",
    "اعداد",
    "تقرير",
    "by",
    "written by",
    "par",
];

/// Markers that introduce a photo credit (`"المصدر: أ ف ب"`, `"Photo: Reuters"`).
pub const CREDIT_MARKERS: &[&str] = &[
    "مصدر الصورة",
    "المصدر",
    "الصورة",
    "تصوير",
    "صورة",
    "حقوق الصورة",
    "photo credit",
    "image credit",
    "photograph",
    "photo",
    "image",
    "credit",
    "crédit photo",
    "crédits photo",
    "crédit",
    "crédits",
];

/// News and photo agencies, as credits name them.
pub const AGENCIES: &[&str] = &[
    "أ ف ب",
    "أ.ف.ب",
    "ا ف ب",
    "فرانس برس",
    "رويترز",
    "أ ب",
    "أسوشيتد برس",
    "الأناضول",
    "وام",
    "واس",
    "سبوتنيك",
    "إ ب أ",
    "غيتي",
    "غيتي إيمجز",
    "getty images",
    "getty",
    "afp",
    "reuters",
    "ap",
    "associated press",
    "epa",
    "anadolu",
    "shutterstock",
    "afp via getty images",
];

/// Words that mark an archive photo (`"صورة أرشيفية"`).
pub const ARCHIVE_MARKERS: &[&str] = &["أرشيفية", "أرشيف", "archive", "file photo", "archives"];

/// Phrases that label a publication date.
pub const PUBLISHED_CUES: &[&str] = &[
    "نشر في",
    "نشر",
    "تاريخ النشر",
    "published",
    "published on",
    "publié le",
    "publié",
];

/// Phrases that label an update date.
pub const UPDATED_CUES: &[&str] = &[
    "آخر تحديث",
    "اخر تحديث",
    "تم التحديث",
    "تحديث",
    "محدث",
    "updated",
    "last updated",
    "mis à jour",
    "mis à jour le",
    "modifié le",
];

/// The folded forms of a cue list, longest first, computed once per list and cached.
fn folded_list(list: &'static [&'static str]) -> Arc<Vec<String>> {
    static CACHE: OnceLock<Mutex<HashMap<usize, Arc<Vec<String>>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let key = list.as_ptr() as usize;
    let mut map = match cache.lock() {
        Ok(map) => map,
        Err(poisoned) => poisoned.into_inner(),
    };
    map.entry(key)
        .or_insert_with(|| {
            let mut folded: Vec<String> = list.iter().map(|s| fold(s)).collect();
            folded.sort_by_key(|c| std::cmp::Reverse(c.chars().count()));
            Arc::new(folded)
        })
        .clone()
}

fn matches_any(folded: &str, list: &'static [&'static str]) -> bool {
    folded_list(list).iter().any(|cue| cue == folded)
}

/// The part of `folded` after a cue it starts with (at a word boundary), if any; longest cue first.
fn strip_cue<'a>(folded: &'a str, list: &'static [&'static str]) -> Option<&'a str> {
    folded_list(list).iter().find_map(|cue| {
        let rest = folded.strip_prefix(cue.as_str())?;
        (rest.is_empty() || rest.starts_with(|c: char| !c.is_alphanumeric()))
            .then(|| rest.trim_start_matches(|c: char| !c.is_alphanumeric()))
    })
}

/// True for a "related news" heading, alone on its line (`"أخبار ذات علاقة"`, `"Lire aussi :"`).
pub fn is_related_heading(line: &str) -> bool {
    matches_any(&fold(line), RELATED_HEADINGS)
}

/// For an inline related link (`"اقرأ أيضا: عنوان خبر آخر"`), the headline after the cue.
///
/// Only the explicit "read also" kind counts; the headline must have at least three words.
pub fn inline_related(line: &str) -> Option<String> {
    const INLINE: &[&str] = &[
        "اقرأ أيضا",
        "إقرأ أيضا",
        "اقرأ ايضا",
        "اقرأ المزيد",
        "شاهد أيضا",
        "طالع أيضا",
        "read more",
        "read also",
        "also read",
        "see also",
        "lire aussi",
        "à lire aussi",
        "lire également",
        "voir aussi",
    ];
    let trimmed = line.trim();
    let folded = fold(trimmed);
    strip_cue(&folded, INLINE)?;
    // Cut the original (unfolded) text after the cue's separator, to keep the headline as written.
    let sep = trimmed.find([':', '：', '|', '»', '-', '–'])?;
    let head_words = trimmed.get(..sep)?.split_whitespace().count();
    if head_words > 3 {
        return None;
    }
    let title = trimmed
        .get(sep..)?
        .trim_start_matches([':', '：', '|', '»', '-', '–', ' '])
        .trim();
    (title.split_whitespace().count() >= 3).then(|| title.to_string())
}

/// True for the heading of a comment section ("12 Comments", "Leave a Reply", "التعليقات",
/// "Commentaires") or a comment's author line ("Jane says:", "Sam on May 3, 2019 at 4:47 pm said:").
///
/// A sentence that mentions comments ("The company declined to comment.") is not one.
pub fn is_comments_heading(line: &str) -> bool {
    let folded = fold(line);
    let words: Vec<&str> = folded.split_whitespace().collect();
    if words.is_empty() || words.len() > 12 {
        return false;
    }
    let trimmed = line.trim_end();
    if words.len() <= 6 && !trimmed.ends_with(['.', '!', '?', '؟']) {
        const MARKS: &[&str] = &[
            "comment",
            "comments",
            "replies",
            "responses",
            "reply",
            "تعليق",
            "تعليقات",
            "التعليقات",
            "تعليقك",
            "commentaire",
            "commentaires",
            "réactions",
        ];
        if words.iter().any(|w| MARKS.contains(w)) {
            return true;
        }
    }
    let lower = trimmed.to_lowercase();
    (lower.ends_with(" says:") && words.len() <= 6)
        || ((lower.ends_with(" said:") || lower.ends_with(" says:") || lower.ends_with(" wrote:"))
            && lower.chars().any(|c| c.is_ascii_digit())
            && (lower.contains(" am ") || lower.contains(" pm ") || lower.contains(" at ")))
}

/// True for the heading of a list unrelated to the article ("الأكثر قراءة", "Most popular").
pub fn is_list_heading(line: &str) -> bool {
    matches_any(&fold(line), LIST_HEADINGS)
}

/// True for a share/follow line: a short line starting with a share or follow phrase, or made
/// only of social network names.
pub fn is_share_or_follow(line: &str) -> bool {
    let folded = fold(line);
    let words = folded.split_whitespace().count();
    if words == 0 || words > 8 {
        return false;
    }
    if strip_cue(&folded, SHARE_FOLLOW).is_some() {
        return true;
    }
    let networks = folded_list(SOCIAL_NETWORKS);
    folded
        .split(|c: char| c.is_whitespace() || c == '|' || c == ',' || c == '·')
        .filter(|w| !w.is_empty())
        .all(|w| networks.iter().any(|n| n == w))
}

/// True for a line that is page furniture on its own (`"logo"`, `"القائمة"`, `"Advertisement"`).
pub fn is_furniture(line: &str) -> bool {
    matches_any(&fold(line), FURNITURE)
}

/// True when the line has no letter or digit at all (`";"`, `"|"`, `"..."`).
pub fn is_punctuation_only(line: &str) -> bool {
    !line.chars().any(char::is_alphanumeric)
}

/// True for a copyright line.
pub fn is_copyright(line: &str) -> bool {
    let folded = fold(line);
    if folded.split_whitespace().count() > 30 {
        return false;
    }
    line.contains('©')
        || folded_list(COPYRIGHT)
            .iter()
            .any(|cue| folded.contains(cue.as_str()))
        || folded.starts_with("(c) ")
}

/// The publisher named in a copyright line: the line without the rights phrase, the `©` sign,
/// years and connecting words.
///
/// The full owner string is kept as written (`"شركة إرم ميديا - Erem Media FZ LLC"`), since
/// cutting it to one language would have to guess which half is the name.
///
/// ```
/// use rasd_extract::cues::publisher_from_copyright;
/// assert_eq!(publisher_from_copyright("جميع الحقوق محفوظة © 2024 شركة المثال").as_deref(),
///            Some("شركة المثال"));
/// assert_eq!(publisher_from_copyright("Tous droits réservés © Le Journal 2019-2024").as_deref(),
///            Some("Le Journal"));
/// assert_eq!(publisher_from_copyright("© 2024").as_deref(), None);
/// ```
pub fn publisher_from_copyright(line: &str) -> Option<String> {
    if !is_copyright(line) {
        return None;
    }
    let mut text = line.replace(['©', '®'], " ");
    for phrase in COPYRIGHT.iter().chain(&["copyright (c)", "(c)"]) {
        text = remove_ci(&text, phrase);
    }
    // Years and year ranges, then connecting words at the ends.
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| {
            let t = w.trim_matches(|c: char| !c.is_alphanumeric());
            !(t.chars()
                .all(|c| c.is_ascii_digit() || c == '-' || c == '–')
                && t.chars().any(|c| c.is_ascii_digit()))
        })
        .collect();
    let mut words: &[&str] = &words;
    const CONNECTORS: &[&str] = &[
        "ل",
        "لـ",
        "لصالح",
        "ل:",
        "for",
        "by",
        "to",
        "à",
        "pour",
        "-",
        "|",
        "–",
        ".",
    ];
    while let Some((first, rest)) = words.split_first() {
        if CONNECTORS.contains(first) || is_punctuation_only(first) {
            words = rest;
        } else {
            break;
        }
    }
    while let Some((last, rest)) = words.split_last() {
        if CONNECTORS.contains(last) || is_punctuation_only(last) {
            words = rest;
        } else {
            break;
        }
    }
    let mut out = words.join(" ");
    if let Some(rest) = out.strip_prefix("لـ").or_else(|| out.strip_prefix("لـ ")) {
        out = rest.trim().to_string();
    }
    let out = out.trim_matches(|c: char| c == '.' || c == ',' || c == '،' || c.is_whitespace());
    let n = out.split_whitespace().count();
    (n > 0 && n <= 12).then(|| out.to_string())
}

/// Removes every case-insensitive (and Arabic-folded) occurrence of `phrase` from `text`.
fn remove_ci(text: &str, phrase: &str) -> String {
    let target = fold(phrase);
    let words: Vec<&str> = text.split_whitespace().collect();
    let n = target.split_whitespace().count().max(1);
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let window = words.get(i..i + n).map(|w| fold(&w.join(" ")));
        if window.as_deref() == Some(target.as_str()) {
            i += n;
        } else {
            if let Some(w) = words.get(i) {
                out.push(w);
            }
            i += 1;
        }
    }
    out.join(" ")
}

/// True for a breadcrumb trail (`"الرئيسية > أخبار > العالم"`, `"Home » World"`).
pub fn is_breadcrumb(line: &str) -> bool {
    breadcrumb_parts(line).is_some()
}

/// The parts of a breadcrumb trail, in order, when the line is one: at least two parts separated
/// by `>`, `»`, `›`, `/` or `|`, each of at most six words, or a trail starting with a home word.
pub fn breadcrumb_parts(line: &str) -> Option<Vec<String>> {
    let sep = ['>', '»', '›', '/', '|', '\\', '«', '<', '‹'];
    if !line.contains(sep) {
        return None;
    }
    let parts: Vec<String> = line
        .split(sep)
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    let wordy =
        |p: &String| p.chars().any(char::is_alphabetic) && p.split_whitespace().count() <= 6;
    if parts.len() < 2 || !parts.iter().all(wordy) {
        return None;
    }
    let home = ["الرئيسية", "الرئيسيه", "home", "accueil", "الصفحة الرئيسية"];
    let first = fold(parts.first()?);
    (home.iter().any(|h| fold(h) == first) || parts.len() >= 3).then_some(parts)
}

/// Splits a photo caption line from its credit.
///
/// Recognized: a credit marker (`"… المصدر: أ ف ب"`, `"… Photo: Reuters"`), an agency in
/// parentheses or after a dash at the end (`"… (رويترز)"`, `"… - AFP"`), and an archive mark
/// (`"… - أرشيفية"`, kept in the caption with no credit). Returns `(caption, credit)`; `None`
/// when the line is not a caption. The caption may be empty for a credit-only line.
///
/// ```
/// use rasd_extract::cues::split_caption_credit;
/// assert_eq!(split_caption_credit("أسيمي غويتا المصدر: أ ف ب"),
///            Some(("أسيمي غويتا".into(), Some("أ ف ب".into()))));
/// assert_eq!(split_caption_credit("Crowds in the square (Reuters)"),
///            Some(("Crowds in the square".into(), Some("Reuters".into()))));
/// assert_eq!(split_caption_credit("قال الوزير إن الخطة جاهزة."), None);
/// ```
pub fn split_caption_credit(line: &str) -> Option<(String, Option<String>)> {
    let line = line.trim();
    let words = line.split_whitespace().count();
    if words == 0 || words > 40 {
        return None;
    }
    // 1. A credit marker followed by ':' ("المصدر: أ ف ب", "Photo: AFP", "Crédit photo : X").
    let mut markers: Vec<&str> = CREDIT_MARKERS.to_vec();
    markers.sort_by_key(|m| std::cmp::Reverse(m.chars().count()));
    // ASCII lowercasing keeps byte offsets, so positions found in `lower` index `line`.
    let lower = line.to_ascii_lowercase();
    for marker in &markers {
        let m = marker.to_ascii_lowercase();
        let mut from = 0;
        while let Some(rel) = lower.get(from..).and_then(|s| s.find(&m)) {
            let at = from + rel;
            from = at + m.len();
            let before_ok = at == 0
                || lower
                    .get(..at)
                    .and_then(|s| s.chars().last())
                    .is_some_and(|c| !c.is_alphanumeric());
            let after = lower.get(at + m.len()..).unwrap_or_default();
            let after_trim = after.trim_start();
            if !before_ok || !(after_trim.starts_with(':') || after_trim.starts_with('：')) {
                continue;
            }
            let credit_start = line.len().saturating_sub(after_trim.len()) + 1;
            let credit = line.get(credit_start..).unwrap_or_default().trim();
            let credit = credit
                .trim_matches(|c: char| c.is_whitespace() || c == '.' || c == ')' || c == '(');
            if credit.is_empty() || credit.split_whitespace().count() > 8 {
                continue;
            }
            let caption = clean_caption(line.get(..at).unwrap_or_default());
            return Some((caption, Some(credit.to_string())));
        }
    }
    // 2. An agency at the end, in parentheses or after a dash / slash.
    let agencies = folded_list(AGENCIES);
    if let Some(open) = line.rfind(['(', '（']) {
        let inner = line
            .get(open + 1..)
            .unwrap_or_default()
            .trim_end()
            .trim_end_matches(['.', ' ']);
        if let Some(inner) = inner.strip_suffix(')').or_else(|| inner.strip_suffix('）')) {
            let folded = fold(inner);
            if agencies.contains(&folded) || is_archive(&folded) {
                let caption = clean_caption(line.get(..open).unwrap_or_default());
                let credit = (!is_archive(&folded)).then(|| inner.trim().to_string());
                let caption = if credit.is_none() {
                    line.to_string()
                } else {
                    caption
                };
                return Some((caption, credit));
            }
        }
    }
    for sep in [" - ", " – ", " / ", " | ", "/"] {
        if let Some(at) = line.rfind(sep) {
            let tail = line
                .get(at + sep.len()..)
                .unwrap_or_default()
                .trim()
                .trim_end_matches('.');
            let folded = fold(tail);
            if agencies.contains(&folded) {
                return Some((
                    clean_caption(line.get(..at).unwrap_or_default()),
                    Some(tail.to_string()),
                ));
            }
            if is_archive(&folded) || fold(tail).starts_with("صوره ارشيف") {
                return Some((line.to_string(), None));
            }
        }
    }
    // 3. A short line that is an archive photo label ("صورة أرشيفية").
    let folded = fold(line);
    if words <= 3 && folded.split_whitespace().any(is_archive) {
        return Some((line.to_string(), None));
    }
    None
}

fn is_archive(folded_word: &str) -> bool {
    folded_list(ARCHIVE_MARKERS)
        .iter()
        .any(|m| m == folded_word)
}

fn clean_caption(text: &str) -> String {
    text.trim()
        .trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '–' | '|' | '/' | ':' | '،' | ',')
        })
        .trim()
        .to_string()
}

/// The authors named by a byline line (`"بقلم: سارة أحمد"`, `"By Jane Roe and John Doe"`,
/// `"Par Marie Curie"`), or `None` when the line is not a byline.
///
/// A byline is short (at most 12 words) and starts with a marker; names are split on `و`, `and`,
/// `et`, commas and `|`, and what follows a dash or a comma-separated agency is dropped.
///
/// ```
/// use rasd_extract::cues::byline_authors;
/// assert_eq!(byline_authors("بقلم: سارة أحمد"), Some(vec!["سارة أحمد".to_string()]));
/// assert_eq!(byline_authors("By Jane Roe and John Doe"),
///            Some(vec!["Jane Roe".to_string(), "John Doe".to_string()]));
/// assert_eq!(byline_authors("By the river the city slept."), None);
/// ```
pub fn byline_authors(line: &str) -> Option<Vec<String>> {
    let line = line.trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 2 || words.len() > 12 {
        return None;
    }
    let first = fold(words.first()?);
    let (skip, latin) = match first.as_str() {
        "written" if words.get(1).map(|w| fold(w)).as_deref() == Some("by") => (2, true),
        "by" | "par" => (1, true),
        "بقلم" | "كتب" | "كتبت" | "كتبه" | "اعداد" | "تقرير" => (1, false),
        _ => return None,
    };
    // "كتب:" etc. are one token with the colon; strip a following lone colon too.
    let rest: Vec<&str> = words.iter().skip(skip).copied().collect();
    let mut rest = rest.join(" ");
    rest = rest.trim_start_matches([':', '：', '-', ' ']).to_string();
    // Drop what follows a dash, a pipe or a date-like part.
    for sep in [" - ", " – ", " | ", " — "] {
        if let Some(at) = rest.find(sep) {
            rest.truncate(at);
        }
    }
    let rest = rest.trim().trim_end_matches(['.', '،', ',']);
    if rest.is_empty() || rest.ends_with(['.', '!', '?', '؟']) {
        return None;
    }
    let mut names = Vec::new();
    let parts: Vec<&str> = if latin {
        rest.split([',', '|', '&'])
            .flat_map(|p| p.split(" and "))
            .flat_map(|p| p.split(" et "))
            .collect()
    } else {
        rest.split(['،', ',', '|'])
            .flat_map(split_arabic_and)
            .collect()
    };
    for part in parts {
        let name = part
            .trim()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .trim();
        if name.is_empty() {
            continue;
        }
        let folded = fold(name);
        if folded_list(AGENCIES).contains(&folded)
            || folded.contains("staff")
            || folded.contains("correspondent")
        {
            continue;
        }
        let n = name.split_whitespace().count();
        if n > 5 {
            return None;
        }
        // Latin names are capitalized; "By the way…" is not a byline.
        if latin && !name.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        names.push(name.to_string());
    }
    (!names.is_empty()).then_some(names)
}

/// Splits "سامي يوسف وهدى ناصر" on the conjunction و, only where both sides are names of at
/// least two words, so a name that starts with و ("وليد سالم") stays whole.
fn split_arabic_and(part: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0usize; // byte offset where the current name starts
    let mut words_in_name = 0usize;
    let mut words_left = part.split_whitespace().count();
    let mut offset = 0usize;
    for w in part.split_whitespace() {
        let at = part
            .get(offset..)
            .and_then(|s| s.find(w))
            .map_or(offset, |p| offset + p);
        offset = at + w.len();
        if words_in_name >= 2 && words_left >= 2 && w.starts_with('و') {
            if let Some(name) = part.get(from..at) {
                out.push(name.trim());
            }
            from = at + 'و'.len_utf8();
            words_in_name = 0;
        }
        words_in_name += 1;
        words_left -= 1;
    }
    if let Some(rest) = part.get(from..) {
        out.push(rest.trim());
    }
    out
}

/// Which date a labelled line gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateLabel {
    /// "نشر في", "Published", "Publié le".
    Published,
    /// "آخر تحديث", "Updated", "Mis à jour".
    Updated,
    /// No label.
    None,
}

/// The label of a date line: published, updated or none.
pub fn date_label(line: &str) -> DateLabel {
    let folded = fold(line);
    let has = |list: &'static [&'static str]| {
        folded_list(list).iter().any(|cue| {
            folded.starts_with(cue.as_str())
                || folded.contains(&format!(" {cue}"))
                || folded.contains(&format!("|{cue}"))
        })
    };
    if has(UPDATED_CUES) {
        DateLabel::Updated
    } else if has(PUBLISHED_CUES) {
        DateLabel::Published
    } else {
        DateLabel::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_handles_arabic_forms() {
        assert_eq!(fold("أخبارٌ ذاتُ علاقة:"), "اخبار ذات علاقه");
        assert_eq!(fold("  Read  More » "), "read more");
    }

    #[test]
    fn related_headings_in_three_languages() {
        for h in [
            "أخبار ذات علاقة",
            "اقرأ أيضاً",
            "مواضيع ذات صلة",
            "اقرأ المزيد",
            "Read more",
            "Lire aussi :",
        ] {
            assert!(is_related_heading(h), "{h}");
        }
        assert!(!is_related_heading("قرأ الوزير البيان أمام الصحفيين"));
    }

    #[test]
    fn inline_related_takes_the_title() {
        assert_eq!(
            inline_related("اقرأ أيضا: الحكومة تقر موازنة العام المقبل").as_deref(),
            Some("الحكومة تقر موازنة العام المقبل")
        );
        assert_eq!(
            inline_related("Read more: Rain returns to the north coast").as_deref(),
            Some("Rain returns to the north coast")
        );
        assert_eq!(inline_related("اقرأ أيضا"), None);
    }

    #[test]
    fn comment_sections() {
        for h in [
            "12 Comments",
            "Leave a Reply",
            "التعليقات",
            "Commentaires",
            "Bob says:",
            "Sam Roe on September 12, 2018 at 4:47 pm said:",
        ] {
            assert!(is_comments_heading(h), "{h}");
        }
        assert!(!is_comments_heading("The company declined to comment."));
        assert!(!is_comments_heading("The minister said:"));
    }

    #[test]
    fn share_and_follow_lines() {
        assert!(is_share_or_follow("تابعونا على"));
        assert!(is_share_or_follow("شارك"));
        assert!(is_share_or_follow("Facebook Twitter WhatsApp"));
        assert!(!is_share_or_follow(
            "شاركت الوزارة في الاجتماع الذي عقد أمس في العاصمة"
        ));
    }

    #[test]
    fn copyright_publishers() {
        assert_eq!(
            publisher_from_copyright(
                "جميع الحقوق محفوظة © 2024 شركة إرم ميديا - Erem Media FZ LLC"
            )
            .as_deref(),
            Some("شركة إرم ميديا - Erem Media FZ LLC")
        );
        assert_eq!(
            publisher_from_copyright(
                "Copyright © 2019-2023 The Daily Example, Inc. All rights reserved."
            )
            .as_deref(),
            Some("The Daily Example, Inc")
        );
        assert_eq!(
            publisher_from_copyright("حقوق النشر محفوظة لـ صحيفة الوادي 2023").as_deref(),
            Some("صحيفة الوادي")
        );
        assert_eq!(publisher_from_copyright("قال إن الخطة طموحة"), None);
    }

    #[test]
    fn captions_and_credits() {
        assert_eq!(
            split_caption_credit("جنود على الحدود (رويترز)"),
            Some(("جنود على الحدود".into(), Some("رويترز".into())))
        );
        assert_eq!(
            split_caption_credit("Photo: Reuters"),
            Some((String::new(), Some("Reuters".into())))
        );
        assert_eq!(
            split_caption_credit("مبنى البرلمان - أرشيفية"),
            Some(("مبنى البرلمان - أرشيفية".into(), None))
        );
        assert_eq!(
            split_caption_credit("Une rue de Tunis. Crédit photo : AFP"),
            Some(("Une rue de Tunis.".into(), Some("AFP".into())))
        );
        // A dateline at the start of a paragraph is not a caption.
        assert_eq!(
            split_caption_credit(
                "بيروت (رويترز) - قال مسؤولون إن المحادثات ستستأنف غدا في العاصمة."
            ),
            None
        );
    }

    #[test]
    fn bylines() {
        assert_eq!(
            byline_authors("كتب: محمد علي"),
            Some(vec!["محمد علي".to_string()])
        );
        assert_eq!(
            byline_authors("بقلم سامي يوسف وهدى ناصر"),
            Some(vec!["سامي يوسف".to_string(), "هدى ناصر".to_string()])
        );
        assert_eq!(
            byline_authors("Par Claire Martin et Paul Roy"),
            Some(vec!["Claire Martin".to_string(), "Paul Roy".to_string()])
        );
        assert_eq!(
            byline_authors("By Ana Lopez, Reuters"),
            Some(vec!["Ana Lopez".to_string()])
        );
        assert_eq!(
            byline_authors("بقلم: وليد سالم"),
            Some(vec!["وليد سالم".to_string()])
        );
        assert_eq!(
            byline_authors("كتب: رامي حداد ووليد سالم"),
            Some(vec!["رامي حداد".to_string(), "وليد سالم".to_string()])
        );
    }

    #[test]
    fn breadcrumbs() {
        assert_eq!(
            breadcrumb_parts("الرئيسية > أخبار > العالم العربي"),
            Some(vec![
                "الرئيسية".into(),
                "أخبار".into(),
                "العالم العربي".into()
            ])
        );
        assert!(is_breadcrumb("Home » Politics"));
        assert!(!is_breadcrumb(
            "قال إن 3/4 من الناخبين شاركوا في التصويت الذي جرى يوم الأحد الماضي"
        ));
    }

    proptest::proptest! {
        #[test]
        fn classifiers_never_panic(line in "[\\PC]{0,120}") {
            let _ = fold(&line);
            let _ = split_caption_credit(&line);
            let _ = byline_authors(&line);
            let _ = publisher_from_copyright(&line);
            let _ = inline_related(&line);
            let _ = breadcrumb_parts(&line);
            let _ = is_comments_heading(&line);
            let _ = date_label(&line);
        }
    }

    #[test]
    fn date_labels() {
        assert_eq!(date_label("آخر تحديث: 12 تموز 2024"), DateLabel::Updated);
        assert_eq!(date_label("نشر في 3 جويلية 2023"), DateLabel::Published);
        assert_eq!(date_label("15 يوليو 2025، 12:16 م"), DateLabel::None);
    }
}
