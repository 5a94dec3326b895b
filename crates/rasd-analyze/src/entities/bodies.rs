//! Bodies named by a head noun and what qualifies it: `مجلس النواب العراقي`, `المجلس الأعلى
//! للدولة`, `رئاسة الأركان العامة للجيوش`, `الحكومة الفيدرالية الصومالية`, `فريق خبراء الأمم
//! المتحدة`, `المفوضية السامية لشؤون اللاجئين`, `المجلس العسكري في النيجر`.
//!
//! A head from [`HEADS`] (with or without the article, proclitics allowed: `وللمجلس`), then:
//! - after a head without the article (construct state), its genitive: a word with the article
//!   (`النواب`), a gazetteer name (`الأمم المتحدة`, `إقليم كردستان`), a direction and a place
//!   (`شرق ليبيا`), or one bare noun and then one of those (`أمن الدولة`, `خبراء الأمم المتحدة`;
//!   not a noun with a pronoun, `إنجازاته`, nor `عبد`/`أبو` of a person's name);
//! - up to three adjectives with the article (`الأعلى`, `الفيدرالية`, `العامة`, a nisba);
//! - a complement with ل (`للدولة`, `لشؤون اللاجئين`, `للدعم`) and its adjectives;
//! - `في` and a place the gazetteer knows (`في النيجر`, `في جنوب لبنان`).
//!
//! A head with the article needs at least one adjective, complement or place after it (`المجلس`
//! alone is a description, not a name). The body is the country's when the last adjective is a
//! country's nisba or the place is a country. Words that end a name: days and time words
//! (`الخميس`, `الماضي`), and anything with punctuation before it.

use rasd_model::EntityType;

use super::context::contains;
use super::tokens::{normalize_phrase, proclitic_forms, Form, Tokens};
use super::WEEKDAYS;
use super::{char_slice, entry_is_country, resolve, Cand, Source, Target, Text};
use crate::gazetteer::{Class, Gazetteer, OrgClass};

/// Head nouns of bodies, in normal form without the article.
/// (`تنظيم` "organizing", `برنامج` "programme", `صندوق` "box", `ادعاء` "claim" and `أمانة`
/// "honesty" are left out: mostly common nouns, and the bodies they head are in the gazetteer;
/// `وزارة` is the ministry rule's.)
pub(crate) const HEADS: &[&str] = &[
    "مجلس",
    "هييه",
    "لجنه",
    "مكتب",
    "محكمه",
    "مفوضيه",
    "رياسه",
    "برلمان",
    "حكومه",
    "قياده",
    "بعثه",
    "اداره",
    "سلطه",
    "نيابه",
    "استخبارات",
    "مخابرات",
    "قوه",
    "جهاز",
    "مديريه",
    "ديوان",
    "اتحاد",
    "منظمه",
    "موسسه",
    "وكاله",
    "بنك",
    "مصرف",
    "حزب",
    "تحالف",
    "ايتلاف",
    "نقابه",
    "جماعه",
    "حركه",
    "جبهه",
    "كتيبه",
    "كتايب",
    "فريق",
    "مرصد",
    "معارضه",
    "قمه",
    "وزاره",
    "شبكه",
];

/// Head nouns of media named by their type word and a name (`صحيفة الخبر`, `قناة الرياض`,
/// `مجلة الأسرة`), normalized: only in construct state before a word with the article or a
/// place, and a country's nisba after the name says where the medium is without being part of
/// its name (`صحيفة الخبر الجزائرية` is the paper `صحيفة الخبر`, of Algeria). (Not `إذاعة`,
/// as often "broadcasting" (`إذاعة البيان`), nor `موقع`, "site"; `وكالة` and `شبكة` are bodies'
/// heads.)
const MEDIA_HEADS: &[&str] = &["صحيفه", "جريده", "مجله", "قناه"];

/// Genitives that make a medium's head a common noun: a charge sheet or a record
/// (`صحيفة الاتهام`, `صحيفة الدعوى`, `صحيفة السوابق`), a channel of contact or a waterway
/// (`قناة الاتصال`, `قناة الري`, `قناة السيول`), a legal code (`مجلة الإجراءات`), normalized.
const MEDIA_STOP: &[&str] = &[
    "الاتهام",
    "الدعوي",
    "السوابق",
    "الحاله",
    "الاحوال",
    "الاتصال",
    "الاتصالات",
    "التواصل",
    "الحوار",
    "الري",
    "الصرف",
    "المياه",
    "الوصل",
    "الاخبار",
    "الاعمال",
    "السيول",
    "الامطار",
    "الاجراءات",
    "السويس",
];

/// Heads that name a body only with the article and an adjective (`المقاومة الشعبية`,
/// `المقاومة الجنوبية`): in construct state they are verbal nouns (`مقاومة الاحتلال`,
/// "resisting the occupation"), normalized.
const DEFINITE_HEADS: &[&str] = &["مقاومه"];

/// Adjectives of a people or a side that make `المقاومة` a body, normalized.
const RESISTANCE_ADJECTIVES: &[&str] = &[
    "الشعبيه",
    "الجنوبيه",
    "الوطنيه",
    "الاسلاميه",
    "التهاميه",
    "المسلحه",
];

/// Words without the article that may follow a medium's name without continuing it (time
/// words and credits: `صحيفة الوطن أمس`, `قناة الغد نقلا عن`), normalized.
const MEDIA_AFTER: &[&str] = &[
    "امس",
    "اليوم",
    "نقلا",
    "صباح",
    "مساء",
    "ان",
    "بان",
    "انه",
    "انها",
];

/// Titles of a medium's staff before its head (`رئيس تحرير صحيفة الأمة`, `مراسل قناة الغد`):
/// the words name the person, not the medium, normalized.
const MEDIA_TITLES: &[&str] = &["تحرير", "مراسل", "مراسله", "محرر", "محرره", "مدير", "كاتب"];

/// Heads that are as often common nouns (`إدارة المخاطر` "risk management", `سلطة` "salad",
/// `قيادة` "driving", `حركة النقل` "traffic"): their chain is a body only when it names a country
/// (a nisba; `الفريق في أستراليا` is a sports team abroad) or the tagger tagged an organization
/// on it.
const WEAK_HEADS: &[&str] = &[
    "اداره",
    "قياده",
    "سلطه",
    "قوه",
    "جهاز",
    "فريق",
    "حركه",
    "شبكه",
];

/// Armed and security words (normal form, without the article or `لل`) of which a force in
/// construct state (`قوة حفظ السلام`, `قوة الأمن الخاصة`) needs one after its head: `قوة الدولار`,
/// `قوة الدوري السعودي`, `قوة العلاقات` are strength, not a body.
const ARMED: &[&str] = &[
    "امن",
    "امنيه",
    "عسكريه",
    "مسلحه",
    "بحريه",
    "جويه",
    "بريه",
    "دفاع",
    "حمايه",
    "شرطه",
    "حرس",
    "حدود",
    "ردع",
    "رد",
    "تدخل",
    "مهام",
    "عمليات",
    "احتياط",
    "انتشار",
    "طواري",
    "سلام",
    "حفظ",
    "مكافحه",
    "ارهاب",
    "مخابرات",
    "استخبارات",
    "نخبه",
    "ضاربه",
    "جيش",
    "مشاه",
    "صاعقه",
    "كوماندوز",
    "مظليين",
    "مارينز",
    "قوات",
    "تحالف",
    "اسناد",
    "قدس",
];

/// Opening and closing quotation marks around a medium's name (`«سبق»`, `"العربية"`,
/// `“ميزان”`; some pages close with the opening curly mark).
const OPENING_MARKS: &[char] = &['«', '"', '“', '”'];
const CLOSING_MARKS: &[char] = &['»', '"', '”', '“'];

/// The last word of a name of one to four words in quotation marks right after the head at
/// word `head` (`وكالة «ميزان» للأنباء` → the word `ميزان`), when no gazetteer name lies inside
/// and the name is no common genitive of a medium's head ([`MEDIA_STOP`]). (The caller leaves
/// a name the tagger found as an organization to the tagger: `صحيفة «آس»` stays `آس`.)
fn quoted_name_end(tokens: &Tokens, head: usize, covered: &[bool]) -> Option<usize> {
    let first = head + 1;
    let opens = tokens
        .words
        .get(first)
        .and_then(|w| w.punct_before)
        .is_some_and(|c| OPENING_MARKS.contains(&c));
    if !opens {
        return None;
    }
    for last in first..first + 4 {
        let word = tokens.words.get(last)?;
        if last > first && word.punct_before.is_some() {
            return None;
        }
        if covered.get(last) == Some(&true) {
            return None;
        }
        let closing = match tokens.words.get(last + 1) {
            Some(next) => next.punct_before,
            None => tokens.punct_after_last,
        };
        if closing.is_some_and(|c| CLOSING_MARKS.contains(&c)) {
            let single_stop = last == first && contains(MEDIA_STOP, tokens.norm(first));
            return (!single_stop).then_some(last);
        }
    }
    None
}

/// True when one of the words `from..=to` is an armed or security word ([`ARMED`], after `و`,
/// `ال` or `لل`) or starts the name of an international or government body the gazetteer knows
/// (`قوة الأمم المتحدة`, `قوة حلف شمال الأطلسي`, `قوة الحرس الثوري`).
fn armed_chain(
    g: &Gazetteer,
    text: &Text<'_>,
    gaz_at: &[Option<&Cand>],
    from: usize,
    to: usize,
) -> bool {
    (from..=to).any(|k| {
        let w = text.tokens.norm(k);
        let w = w
            .strip_prefix('و')
            .filter(|r| r.chars().count() > 2)
            .unwrap_or(w);
        let stem = w
            .strip_prefix("لل")
            .or_else(|| w.strip_prefix("ال"))
            .unwrap_or(w);
        contains(ARMED, stem)
            || gaz_at.get(k).copied().flatten().is_some_and(|c| {
                matches!(&c.target, Target::Gazetteer(e)
                    if g.entry(*e).is_some_and(|e| matches!(e.class,
                        Class::Organization(OrgClass::International | OrgClass::Government))))
            })
    })
}

/// Words with the article that are no part of a name after a head, besides the days of the week
/// ([`WEEKDAYS`]; see [`stop_word`]): months' neighbours and time adjectives (`قالت الحكومة
/// الخميس`, `البرلمان الماضي`).
const STOP: &[&str] = &[
    "اليوم",
    "الماضي",
    "الماضيه",
    "الحالي",
    "الحاليه",
    "الجاري",
    "المقبل",
    "المقبله",
    "القادم",
    "القادمه",
    "السابق",
    "السابقه",
    "الاخير",
    "الاخيره",
    "الذي",
    "التي",
    "الذين",
    "الان",
    "الاسبوع",
    "الشهر",
    "الليله",
    "الا",
];

/// True when `w` (normal form) is no part of a name after a head: a [`STOP`] word or a day of the
/// week ([`WEEKDAYS`]).
fn stop_word(w: &str) -> bool {
    contains(STOP, w) || contains(WEEKDAYS, w)
}

/// Directions that may stand between a head and a place (`حكومة شرق ليبيا`).
const DIRECTIONS: &[&str] = &["شرق", "غرب", "شمال", "جنوب", "وسط"];

/// Adjectives with the article that qualify bodies without the shape of a nisba.
const ADJECTIVES: &[&str] = &[
    "العام",
    "العامه",
    "العليا",
    "الكبري",
    "المشترك",
    "المشتركه",
    "المتحده",
    "الموحد",
    "الموحده",
    "الخاصه",
    "الخاص",
    "الدايم",
    "الدايمه",
    "المستقل",
    "المستقله",
    "السريع",
    "الموقت",
    "الموقته",
    "الحاكم",
    "الاعلي",
    "السامي",
    "الساميه",
    "المتعدده",
    "الجنسيات",
];

/// A word list as a hash set, built on first use.
pub(crate) fn set_of(
    list: &'static [&'static str],
    cell: &'static std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>>,
) -> &'static rustc_hash::FxHashSet<&'static str> {
    cell.get_or_init(|| list.iter().copied().collect())
}

/// [`HEADS`] as a set.
fn head_set() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    set_of(HEADS, &SET)
}

/// [`HEADS`], [`MEDIA_HEADS`] and [`DEFINITE_HEADS`] as one set: the screen of every word.
fn screen_set() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| {
        HEADS
            .iter()
            .chain(MEDIA_HEADS)
            .chain(DEFINITE_HEADS)
            .copied()
            .collect()
    })
}

/// [`MEDIA_HEADS`] as a set.
fn media_set() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    set_of(MEDIA_HEADS, &SET)
}

/// True when the word, with 0 to 4 leading letters (proclitics and the article) taken off, is in
/// `set`: a cheap screen (a few hash lookups) before trying the word's proclitic forms.
pub(crate) fn ends_with_listed(set: &rustc_hash::FxHashSet<&str>, norm: &str) -> bool {
    for (taken, (at, c)) in norm.char_indices().enumerate() {
        if norm.get(at..).is_some_and(|rest| set.contains(rest)) {
            return true;
        }
        // Only proclitics and the article's letters are taken off (most words stop here).
        if taken == 4 || !matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك' | 'ا') {
            return false;
        }
    }
    false
}

fn is_article_word(norm: &str) -> bool {
    norm.starts_with("ال") && norm.chars().count() > 3
}

/// An adjective that may qualify a body: a nisba (`الفيدرالية`, `العراقي`) or one of
/// [`ADJECTIVES`].
fn is_adjective(norm: &str) -> bool {
    is_article_word(norm)
        && !stop_word(norm)
        && (norm.ends_with('ي') || norm.ends_with("يه") || contains(ADJECTIVES, norm))
}

/// Finds the bodies of one text (`own`: its gazetteer candidates; `orgs`: the tagger's
/// organization spans, when a tagger ran) and pushes them to `out`.
pub(crate) fn body_chains(
    g: &Gazetteer,
    t: usize,
    text: &Text<'_>,
    own: &[&Cand],
    orgs: Option<&[(usize, usize)]>,
    out: &mut Vec<Cand>,
) {
    let tokens = &text.tokens;
    let n = tokens.words.len();
    // The gazetteer candidate starting at each word, if any.
    let mut gaz_at: Vec<Option<&Cand>> = vec![None; n];
    let mut covered = vec![false; n];
    for c in own {
        if let Some(slot) = gaz_at.get_mut(c.first) {
            *slot = Some(c);
        }
        for slot in covered.iter_mut().take(c.last + 1).skip(c.first) {
            *slot = true;
        }
    }
    let joined = |j: usize| {
        j < n
            && tokens
                .words
                .get(j)
                .is_some_and(|w| w.punct_before.is_none())
    };
    let place_at = |j: usize| -> Option<&Cand> {
        gaz_at.get(j).copied().flatten().filter(|c| {
            !c.hit.is_some_and(|h| h.adjective)
                && c.clitics.is_empty()
                && matches!(&c.target, Target::Gazetteer(e)
                    if g.entry(*e).is_some_and(|e| matches!(e.class, Class::Country | Class::Region | Class::City)))
        })
    };
    let mut i = 0;
    while i < n {
        // A gazetteer name that starts here is the gazetteer's (`مجلس الأمن`).
        if covered.get(i) == Some(&true) {
            i += 1;
            continue;
        }
        if !ends_with_listed(screen_set(), tokens.norm(i)) {
            i += 1;
            continue;
        }
        let mut head = None;
        for s in proclitic_forms(tokens.norm(i)) {
            let (form, definite) = match s.form {
                Form::Plain(f) => match f.strip_prefix("ال") {
                    Some(rest) => (rest, true),
                    None => (f, false),
                },
                Form::WithArticle(f) => (f, true),
            };
            let media = media_set().contains(form);
            // (`بصحيفة X`, "in the paper X", places the words; the paper does nothing there.)
            if head_set().contains(form)
                || media && !definite && !s.clitics.contains('ب')
                || definite && contains(DEFINITE_HEADS, form)
            {
                let weak = contains(WEAK_HEADS, form);
                let network = form == "شبكه";
                // (`وكالة «ميزان»`, `صحيفة «سبق»`, `قناة "العربية"`: a medium or an agency
                // named in quotation marks after its type word.)
                let quoted = if !definite && (media || form == "وكاله" || network) {
                    quoted_name_end(tokens, i, &covered).filter(|&end| {
                        !orgs.is_some_and(|spans| spans.iter().any(|&(a, b)| a <= end && b > i))
                    })
                } else {
                    None
                };
                let apparatus = form == "جهاز";
                head = Some((
                    quoted,
                    definite,
                    weak,
                    network,
                    apparatus,
                    form == "قوه",
                    media,
                    contains(DEFINITE_HEADS, form),
                    s.prefix_chars,
                    s.clitics.to_owned(),
                ));
                break;
            }
        }
        let Some((
            quoted,
            definite,
            weak,
            network,
            apparatus,
            force,
            media,
            resistance,
            prefix,
            clitics,
        )) = head
        else {
            i += 1;
            continue;
        };
        let mut last = i;
        let mut country: Option<String> = None;
        let mut j = i + 1;
        // The genitive of a head in construct state.
        if !definite {
            // (A title before the head, `رئيس تحرير صحيفة «سبق»`, makes the words the person's.)
            let titled = i > 0 && joined(i) && contains(MEDIA_TITLES, tokens.norm(i - 1));
            let mut genitive = quoted.filter(|_| !titled);
            for bare in 0..2 {
                if genitive.is_some() {
                    break;
                }
                let k = j + bare;
                if !joined(k) || (bare == 1 && !joined(j)) {
                    break;
                }
                let w = tokens.norm(k);
                // A medium's name: one word with the article, or a town or region with it
                // (`صحيفة الرياض`, not `قناة السويس`, a canal, nor `صحيفة واشنطن`, whose name
                // goes on), right after the head, and no organization the tagger found.
                if media {
                    let tagged =
                        orgs.is_some_and(|spans| spans.iter().any(|&(a, b)| a <= k && k <= b));
                    // A name that goes on past the word (`الوول ستريت جورنال`, `الدايلي ميل`)
                    // is not cut: a bare word after it that is no function word and has no
                    // ending of an object noun (`بثت قناة الغد مقابلة`, `تقريرا`, `نبأ`). A
                    // title before the head (`رئيس تحرير صحيفة`, `مراسل قناة`) is the
                    // person's, who speaks.
                    let goes_on = joined(k + 1) && {
                        let next = tokens.norm(k + 1);
                        !is_article_word(next)
                            && !contains(super::context::FUNCTION_WORDS, next)
                            && !contains(MEDIA_AFTER, next)
                            && !next.ends_with(['ه', 'ا', 'ي', 'ء'])
                    };
                    let titled = i > 0 && joined(i) && contains(MEDIA_TITLES, tokens.norm(i - 1));
                    if tagged || goes_on || titled {
                        break;
                    }
                    if let Some(c) = place_at(k) {
                        let town = entry_is_country(g, c).is_none()
                            && is_article_word(w)
                            && tokens.norm(i).strip_prefix("ال").unwrap_or(tokens.norm(i))
                                != "قناه"
                            && !tokens.norm(i).ends_with("قناه");
                        if town {
                            genitive = Some(c.last);
                        }
                    } else if is_article_word(w)
                        && covered.get(k) != Some(&true)
                        && !stop_word(w)
                        && !contains(MEDIA_STOP, w)
                    {
                        genitive = Some(k);
                    }
                    break;
                }
                if let Some(c) = gaz_at.get(k).copied().flatten() {
                    if c.clitics.is_empty() && !c.hit.is_some_and(|h| h.adjective) {
                        country = entry_is_country(g, c);
                        genitive = Some(c.last);
                        break;
                    }
                }
                if covered.get(k) == Some(&true) {
                    break;
                }
                if contains(DIRECTIONS, w) {
                    if let Some(c) = place_at(k + 1).filter(|_| joined(k + 1)) {
                        country = entry_is_country(g, c);
                        genitive = Some(c.last);
                        break;
                    }
                }
                if is_article_word(w) && !stop_word(w) {
                    genitive = Some(k);
                    break;
                }
                // One bare noun may come first (`أمن الدولة`): not a function word or title.
                if bare == 0
                    && (w.starts_with("ال")
                        || w.starts_with('و')
                        || ["ها", "هم", "هما", "اته"].iter().any(|p| w.ends_with(p))
                        || contains(super::context::NAME_LINKS, w)
                        || contains(super::context::FUNCTION_WORDS, w)
                        || super::is_title(w)
                        || w.chars().count() < 3)
                {
                    break;
                }
            }
            let Some(end) = genitive else {
                i += 1;
                continue;
            };
            last = end;
            j = end + 1;
        }
        // A resistance is a body only with an adjective of a people or a side (`الشعبية`,
        // `الجنوبية`, `اليمنية`) or a place after `في` (`المقاومة في عدن`); not `المقاومة
        // الكهربائية`, `المقاومة القوية` nor `المقاومة للسيطرة`.
        if resistance {
            let of_people = joined(j)
                && (contains(RESISTANCE_ADJECTIVES, tokens.norm(j))
                    || gaz_at.get(j).copied().flatten().is_some_and(|c| {
                        c.hit.is_some_and(|h| h.adjective) && entry_is_country(g, c).is_some()
                    }));
            let in_place = joined(j) && tokens.norm(j) == "في" && place_at(j + 1).is_some();
            if !of_people && !in_place {
                i += 1;
                continue;
            }
        }
        // Adjectives.
        let mut nisba = false;
        let mut adjectives = 0;
        while adjectives < 3 && joined(j) && is_adjective(tokens.norm(j)) {
            if let Some(c) = gaz_at.get(j).copied().flatten() {
                if c.hit.is_some_and(|h| h.adjective) {
                    country = entry_is_country(g, c).or(country);
                    nisba = nisba || country.is_some();
                    // (A medium's nationality is where it is, not its name.)
                    if media && entry_is_country(g, c).is_some() {
                        break;
                    }
                }
            } else if covered.get(j) == Some(&true) {
                break;
            }
            last = j;
            j += 1;
            adjectives += 1;
        }
        // A complement with ل: `للدولة`, `لشؤون اللاجئين`.
        if !media && joined(j) && covered.get(j) != Some(&true) {
            let w = tokens.norm(j);
            let lam_article = w.starts_with("لل") && w.chars().count() > 3;
            let lam_bare = !lam_article
                && w.starts_with('ل')
                && w.chars().count() > 3
                && joined(j + 1)
                && is_article_word(tokens.norm(j + 1))
                && !stop_word(tokens.norm(j + 1))
                && covered.get(j + 1) != Some(&true);
            if lam_article || lam_bare {
                last = if lam_bare { j + 1 } else { j };
                j = last + 1;
                let mut more = 0;
                while more < 2 && joined(j) && is_adjective(tokens.norm(j)) {
                    if covered.get(j) == Some(&true) {
                        break;
                    }
                    last = j;
                    j += 1;
                    more += 1;
                }
            }
        }
        // `في` and a place.
        if !media && joined(j) && tokens.norm(j) == "في" {
            let mut k = j + 1;
            if joined(k) && contains(DIRECTIONS, tokens.norm(k)) {
                k += 1;
            }
            if let Some(c) = place_at(k).filter(|_| joined(k)) {
                country = entry_is_country(g, c).or(country);
                last = c.last;
            }
        }
        // A sub-body of an international organization (`مجلس السلم والأمن التابع للاتحاد
        // الأفريقي`, `لجنة التحقيق التابعة للأمم المتحدة`) is a mention of its parent: the
        // writer lets the parent speak and act through it. One coordinated word with the
        // article may close the sub-body's name first (`السلم والأمن`).
        let mut parent: Option<(u32, usize)> = None;
        // (Not over a body the gazetteer or the tagger names inside the chain: `منظمة
        // اليونيسف التابعة للأمم المتحدة`.)
        let named = (i..=last).any(|k| {
            gaz_at.get(k).copied().flatten().is_some_and(|c| {
                matches!(c.target, Target::Gazetteer(e)
                    if g.entry(e).is_some_and(|x| matches!(x.class, Class::Organization(_))))
            })
        }) || orgs.is_some_and(|spans| spans.iter().any(|&(a, _)| i < a && a <= last));
        if !media && !named && last > i {
            let mut k = last + 1;
            if joined(k)
                && tokens
                    .norm(k)
                    .strip_prefix('و')
                    .is_some_and(|w| is_article_word(w) && !stop_word(w))
            {
                k += 1;
            }
            if joined(k) && matches!(tokens.norm(k), "التابع" | "التابعه") && joined(k + 1)
            {
                if let Some(c) = gaz_at.get(k + 1).copied().flatten() {
                    let international = |e: u32| {
                        g.entry(e).is_some_and(|x| {
                            x.class == Class::Organization(OrgClass::International)
                        })
                    };
                    if let Target::Gazetteer(e) = c.target {
                        if c.clitics.ends_with('ل')
                            && !c.hit.is_some_and(|h| h.adjective)
                            && international(e)
                        {
                            parent = Some((e, c.last));
                        }
                    }
                }
            }
        }
        // (`شبكة أطباء السودان`: a network of people of a country names itself by it; `جهاز
        // الردع`, `جهاز مكافحة الإرهاب`: an apparatus of security or force is a body, where a
        // device, `جهاز الكمبيوتر`, is not.)
        let corroborated = parent.is_some()
            || quoted.is_some_and(|end| end == last)
            || nisba
            || network && country.is_some()
            || apparatus && last > i && armed_chain(g, text, &gaz_at, i + 1, last)
            || orgs.is_some_and(|spans| spans.iter().any(|&(a, b)| a <= last && i <= b));
        // A force in construct state needs an armed word after it (`قوة الدولار` is strength).
        let strength = force && !definite && !armed_chain(g, text, &gaz_at, i + 1, last);
        if last == i || weak && !corroborated || strength {
            i += 1;
            continue;
        }
        let (Some(fw), Some(lw)) = (tokens.words.get(i), tokens.words.get(last)) else {
            break;
        };
        let start = fw.start + prefix;
        let name = char_slice(text.text, start, lw.end);
        let normalized = normalize_phrase(&resolve::display_form(&name, &clitics));
        let (last, end, target) = match parent {
            Some((e, plast)) => match tokens.words.get(plast) {
                Some(pw) => (plast, pw.end, Target::Gazetteer(e)),
                None => break,
            },
            None => (
                last,
                lw.end,
                Target::Org {
                    id: format!("org:{}", resolve::fnv_hex(&normalized)),
                    country,
                },
            ),
        };
        out.push(Cand {
            text: t,
            first: i,
            last,
            start,
            end,
            target,
            source: Source::Trigger,
            kind: EntityType::Organization,
            hit: None,
            clitics,
        });
        i = last + 1;
    }
}

#[cfg(test)]
mod tests {
    use rasd_model::{Article, Entity, EntityType};

    use crate::entities::find_entities;
    use crate::gazetteer::Gazetteer;

    fn find(paragraph: &str) -> Vec<Entity> {
        static GAZETTEER: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
        let article = Article {
            body: vec![paragraph.to_owned()],
            ..Article::default()
        };
        find_entities(GAZETTEER.get_or_init(Gazetteer::embedded), &article, None)
    }

    fn org<'a>(found: &'a [Entity], name: &str) -> Option<&'a Entity> {
        found
            .iter()
            .find(|e| e.kind == EntityType::Organization && e.name == name)
    }

    #[test]
    fn a_medium_named_in_quotation_marks_after_its_type_word_is_a_body() {
        let found = find("وقالت وكالة «نورس» للأنباء إن الجسر افتتح أمس.");
        let agency = org(&found, "وكالة نورس").expect("the agency, named without its marks");
        assert!(agency.mentions.iter().all(|m| m.text.starts_with("وكالة")));
        let found = find("ونقلت صحيفة \"المرصاد\" عن مصدر أن الاجتماع تأجل.");
        assert!(org(&found, "صحيفة المرصاد").is_some(), "{found:?}");
        let found = find("وذكرت قناة “أفق الغد” أن الطريق أغلق.");
        assert!(org(&found, "قناة أفق الغد").is_some(), "{found:?}");
        // Not a title in marks after a word that is no medium's head, not a name that runs on
        // past five words, not a common genitive, and not the words of a title-holder.
        for sentence in [
            "وانتهت عملية «نسر الصحراء» بعد أسبوع.",
            "وصدر كتاب «أيام في المدينة» أمس.",
            "وتضمنت صحيفة «الاتهام» عشر تهم.",
            "وقال رئيس تحرير صحيفة «نورس» إن العدد تأخر.",
        ] {
            let found = find(sentence);
            assert!(
                found.iter().all(|e| e.kind != EntityType::Organization
                    || !e.name.contains("نورس")
                        && !e.name.contains("الاتهام")
                        && !e.name.contains("نسر")
                        && !e.name.contains("أيام")),
                "{sentence}: {found:?}"
            );
        }
    }

    #[test]
    fn a_medium_named_in_marks_speaks_its_quote_and_its_name_is_no_quote() {
        let article = Article {
            body: vec![
                "وقالت وكالة «نورس» للأنباء إن «المفاوضات ستستأنف الأسبوع المقبل».".to_owned(),
            ],
            ..Article::default()
        };
        let analysis = crate::Analyzer::without_tagger().analyze(&article);
        let agency = org(&analysis.entities, "وكالة نورس").expect("the agency");
        assert!(
            analysis.quotes.iter().all(|q| q.text != "نورس"),
            "{:?}",
            analysis.quotes
        );
        let quote = analysis
            .quotes
            .iter()
            .find(|q| q.text.contains("المفاوضات"))
            .expect("the quote");
        assert_eq!(
            quote.speaker.as_deref(),
            Some(agency.id.as_str()),
            "{quote:?}"
        );
    }

    #[test]
    fn head_genitive_and_nisba_make_one_body_of_that_country() {
        let found = find("صوّت مجلس الشيوخ الكيني أمس على قانون جديد للضرائب.");
        let body = org(&found, "مجلس الشيوخ الكيني").expect("the senate");
        assert_eq!(body.country.as_deref(), Some("KEN"));
        // The nisba is the body's, not a separate mention of Kenya.
        assert!(found.iter().all(|e| e.id != "loc:KEN"), "{found:?}");
    }

    #[test]
    fn adjectives_lam_complements_and_a_place_extend_the_name() {
        let found = find(
            "طالبت الهيئة العليا للانتخابات بتأجيل الاقتراع، ورفض المجلس الانتقالي في تشاد الطلب.",
        );
        assert!(
            org(&found, "الهيئة العليا للانتخابات").is_some(),
            "{found:?}"
        );
        let council = org(&found, "المجلس الانتقالي في تشاد").expect("the council");
        assert_eq!(council.country.as_deref(), Some("TCD"));
        let found = find("قال مكتب منسق الشؤون الإنسانية لشؤون الطوارئ إن القوافل تأخرت.");
        assert!(
            org(&found, "مكتب منسق الشؤون الإنسانية لشؤون الطوارئ").is_some(),
            "{found:?}"
        );
    }

    #[test]
    fn a_head_alone_or_before_a_time_word_is_no_name() {
        let found = find("وقالت اللجنة الخميس إن المجلس سيجتمع.");
        assert!(
            found.iter().all(|e| e.kind != EntityType::Organization),
            "{found:?}"
        );
        // A body that the gazetteer knows keeps its gazetteer id.
        let found = find("دعا مجلس الأمن الدولي إلى وقف القتال.");
        assert!(found.iter().any(|e| e.id == "org:unsc"), "{found:?}");
    }

    #[test]
    fn construct_state_takes_a_direction_and_place_or_a_bare_noun_first() {
        let found = find("اتهمت حكومة غرب ليبيا خصومها، وأعلنت رئاسة أركان الجيوش حالة التأهب.");
        let government = org(&found, "حكومة غرب ليبيا").expect("the government");
        assert_eq!(government.country.as_deref(), Some("LBY"));
        assert!(org(&found, "رئاسة أركان الجيوش").is_some(), "{found:?}");
    }

    #[test]
    fn a_force_in_construct_state_needs_an_armed_word() {
        // Strength of a currency, a league or ties is no body, nisba or not.
        for text in [
            "وتراجعت الأسهم بسبب قوة الين الياباني أمام العملات.",
            "وأشاد المدرب بقوة الدوري القطري هذا الموسم.",
            "وأكد الوزير قوة العلاقات الأردنية المغربية.",
        ] {
            let found = find(text);
            assert!(
                found
                    .iter()
                    .all(|e| e.kind != EntityType::Organization || !e.name.contains("قوة")),
                "{text}: {found:?}"
            );
        }
        // A security or armed force keeps its name.
        let found = find("وانتشرت قوة الأمن الخاصة الكينية حول المبنى.");
        let force = org(&found, "قوة الأمن الخاصة الكينية").expect("the force");
        assert_eq!(force.country.as_deref(), Some("KEN"));
        let found = find("وأرسلت قوة الحماية الأردنية دورية إلى المعبر.");
        assert!(org(&found, "قوة الحماية الأردنية").is_some(), "{found:?}");
    }

    #[test]
    fn relief_centre_and_science_city_are_whole_gazetteer_names() {
        // The title rule (`الملك` + a name) must not cut a body named after a king.
        let found = find(
            "وسلّم مركز الملك سلمان للإغاثة والأعمال الإنسانية مساعدات للأسر، وعقدت مدينة الملك عبدالعزيز للعلوم والتقنية ورشة.",
        );
        assert!(found.iter().any(|e| e.id == "org:ksrelief"), "{found:?}");
        assert!(found.iter().any(|e| e.id == "org:kacst"), "{found:?}");
        let found = find("واستضافت جامعة الملك عبدالله للعلوم والتقنية مؤتمرا عن الطاقة.");
        assert!(found.iter().any(|e| e.id == "org:kaust"), "{found:?}");
        assert!(
            found.iter().all(|e| e.kind != EntityType::Person),
            "{found:?}"
        );
        assert!(
            found.iter().all(|e| e.kind != EntityType::Person),
            "{found:?}"
        );
    }

    #[test]
    fn a_weak_head_needs_a_nisba_and_a_bare_noun_no_pronoun() {
        let found = find("تحدث الخبراء عن إدارة المخاطر في المصارف.");
        assert!(
            found.iter().all(|e| e.kind != EntityType::Organization),
            "{found:?}"
        );
        let found = find("انتقدت الإدارة الأمريكية القرار.");
        let admin = org(&found, "الإدارة الأمريكية").expect("the administration");
        assert_eq!(admin.country.as_deref(), Some("USA"));
        let found = find("زار الوفد مكتب عبد الكريم، ثم حضر قمة إنجازاته الكبرى.");
        assert!(
            found.iter().all(|e| e.kind != EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn an_apparatus_of_security_or_force_is_a_body_without_a_nisba() {
        let found = find("واندلعت اشتباكات بين عناصر جهاز الأمن الداخلي ومسلحين قرب المطار.");
        assert!(org(&found, "جهاز الأمن الداخلي").is_some(), "{found:?}");
        let found = find("وأعلن جهاز مكافحة الإرهاب مقتل ثلاثة مسلحين في الصحراء.");
        assert!(org(&found, "جهاز مكافحة الإرهاب").is_some(), "{found:?}");
        // (A device is no body: `جهاز` with no word of security or force after it.)
        let found = find("واشترى الطالب جهاز الحاسوب المحمول من السوق.");
        assert!(
            found.iter().all(|e| e.kind != EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_medium_named_by_its_type_word_is_a_body_without_its_nationality() {
        let found = find("ونقلت جريدة الفجر المغربية عن مصادر قولها إن الميناء أغلق.");
        let paper = org(&found, "جريدة الفجر").expect("the paper");
        assert_eq!(paper.country.as_deref(), Some("MAR"));
        let found = find("وبثت قناة الغد مقابلة مع الوزير.");
        assert!(org(&found, "قناة الغد").is_some(), "{found:?}");
        // A paper whose name goes on after a bare town is not cut after the town.
        let found = find("وذكرت صحيفة واشنطن بوست أن الصفقة تأجلت.");
        assert!(org(&found, "صحيفة واشنطن").is_none(), "{found:?}");
        let found = find("وقالت صحيفة الصباح ميل إن المباراة ألغيت.");
        assert!(org(&found, "صحيفة الصباح").is_none(), "{found:?}");
        let found = find("وقال رئيس تحرير صحيفة الأمة إن العدد تأخر.");
        assert!(org(&found, "صحيفة الأمة").is_none(), "{found:?}");
        let found = find("ونُشر الخبر بصحيفة الأمة أمس.");
        assert!(org(&found, "صحيفة الأمة").is_none(), "{found:?}");
        let found = find("وكتبت صحيفة الطائف أن المهرجان انطلق.");
        assert!(org(&found, "صحيفة الطائف").is_some(), "{found:?}");
        // A charge sheet, a channel of contact and a paper named only by its type are no names.
        for text in [
            "وتضمنت صحيفة الاتهام عشر تهم.",
            "وأبقى الطرفان قناة الاتصال مفتوحة.",
            "وقالت الصحيفة البريطانية إن الصفقة تأجلت.",
            // A canal named for a town.
            "وعبرت السفينة قناة السويس أمس.",
        ] {
            let found = find(text);
            assert!(
                found.iter().all(|e| e.kind != EntityType::Organization),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_resistance_with_the_article_and_an_adjective_is_a_body() {
        let found = find("وتقدمت المقاومة الشعبية نحو المطار، بينما دعا الخطيب إلى مقاومة الاحتلال.");
        assert!(org(&found, "المقاومة الشعبية").is_some(), "{found:?}");
        assert!(
            found.iter().all(|e| !e.name.contains("الاحتلال")),
            "{found:?}"
        );
        let found = find(
            "وأظهرت المقاومة الكهربائية للسلك ارتفاعا، وأبدى الفريق المقاومة للسيطرة على الكرة.",
        );
        assert!(
            found.iter().all(|e| !e.name.contains("المقاومة")),
            "{found:?}"
        );
        let found = find("وقالت المقاومة إن الهجوم فشل.");
        assert!(
            found.iter().all(|e| e.kind != EntityType::Organization),
            "{found:?}"
        );
    }

    #[test]
    fn a_sub_body_of_an_international_organization_is_the_parent() {
        let found = find("ودعا مجلس السلم والأمن التابع للاتحاد الأفريقي الطرفين إلى الحوار.");
        let au = found.iter().find(|e| e.id == "org:au").expect("the AU");
        assert!(
            au.mentions.iter().any(|m| m.text.starts_with("مجلس السلم")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .all(|e| e.id == "org:au" || e.kind != EntityType::Organization),
            "{found:?}"
        );
        // A body the gazetteer names keeps its name.
        let found = find("وقالت بعثة اليونيسف التابعة للأمم المتحدة إن الأطفال جوعى.");
        assert!(
            found
                .iter()
                .filter(|e| e.id == "org:un")
                .all(|e| e.mentions.iter().all(|m| !m.text.starts_with("بعثة"))),
            "{found:?}"
        );
        // A body of a state's is not made the parent's.
        let found = find("وقالت لجنة الانتخابات التابعة للحكومة إن الفرز انتهى.");
        assert!(found.iter().all(|e| e.id != "org:au"), "{found:?}");
    }

    #[test]
    fn a_network_of_a_country_s_people_is_a_body() {
        let found = find("قالت شبكة أطباء اليمن إن المستشفيات تعمل بنصف طاقتها.");
        let network = org(&found, "شبكة أطباء اليمن").expect("the network");
        assert_eq!(network.country.as_deref(), Some("YEM"));
        let found = find("انقطعت شبكة الإنترنت في المدينة ساعات.");
        assert!(
            found.iter().all(|e| e.kind != EntityType::Organization),
            "{found:?}"
        );
    }
}
