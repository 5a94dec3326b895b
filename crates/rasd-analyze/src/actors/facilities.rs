//! Names of buildings taken for actors.
//!
//! A mosque, a prison or a university is often named after a person or a place (`مسجد الإمام
//! الصادق`, `سجن إيفين`, `جامعة الإمام محمد بن سعود`, `سجن صنعاء`), and the entity stage then
//! finds a person, a body or a town there. The engine gives such a name the act told around
//! it: the arrest after a bombing in the mosque goes to `الصادق`, a transfer to a prison to
//! the prison's name. [`clear_facility_name_actors`] clears an event's source or target when
//! each of its mentions in the event's sentence is the name of a building: right after a noun
//! of a building ([`FACILITY_NOUNS`]), with only a title of the person it is named after
//! between ([`NAMESAKE_TITLES`]) and nothing but spaces, quotes or a bracket before the name.
//! A force or a public body after the noun stays (`مسجد قوات الطوارئ`, `كلية الشرطة`): the
//! building is theirs, and an act on it is an act on them.

use rasd_model::{Article, Entity, Event};

use super::{clear_actor, entity_by_id, mentions_in_sentence, names_a_body, Texts};
use crate::entities::tokens::Tokens;

/// Nouns of a building that is named after a person or a place (normal form, without the
/// article or a proclitic): a mosque, a prison, a university, a hospital, a school, a college,
/// a quarter. (Not `معتقل`, a detainee as often as a prison.)
const FACILITY_NOUNS: &[&str] = &[
    "مسجد",
    "جامع",
    "سجن",
    "جامعه",
    "مستشفي",
    "مدرسه",
    "كليه",
    "حي",
];

/// Titles of the person a building is named after, between its noun and the name (normal
/// form): `مسجد الإمام علي`, `حي الشيخ عثمان`, `جامعة الملك سعود`.
const NAMESAKE_TITLES: &[&str] = &[
    "الامام",
    "الشيخ",
    "الملك",
    "الامير",
    "الشهيد",
    "السيده",
    "الرييس",
    "الحاج",
];

/// Most titles between a building's noun and the name (`مسجد الإمام الشيخ X`).
const MAX_NAMESAKE_TITLES: usize = 2;

/// The word without a leading conjunction (`و`, `ف`), preposition (`ب`, `ل`) and article
/// (`ال`, or `ل` left of `لل`): `وبسجن` → `سجن`, `للمسجد` → `مسجد`.
fn without_proclitics(norm: &str) -> &str {
    let mut w = norm;
    if let Some(r) = w.strip_prefix('و').or_else(|| w.strip_prefix('ف')) {
        if FACILITY_NOUNS.iter().any(|n| r.ends_with(n)) {
            w = r;
        }
    }
    if let Some(r) = w.strip_prefix("لل") {
        return r;
    }
    if let Some(r) = w.strip_prefix('ب').or_else(|| w.strip_prefix('ل')) {
        if FACILITY_NOUNS.iter().any(|n| r.ends_with(n)) {
            w = r;
        }
    }
    w.strip_prefix("ال").unwrap_or(w)
}

/// True when the mention that starts at char `start` of `para` names a building: a
/// [`FACILITY_NOUNS`] word stands before it, at most [`MAX_NAMESAKE_TITLES`] titles between,
/// and only spaces, quotes or an opening bracket between that word and the mention.
fn names_a_building(para: &str, tokens: &Tokens, start: usize) -> bool {
    let first = tokens.words.partition_point(|w| w.end <= start);
    let mut j = first;
    for _ in 0..=MAX_NAMESAKE_TITLES {
        let Some(prev) = j.checked_sub(1) else {
            return false;
        };
        let Some(word) = tokens.words.get(prev) else {
            return false;
        };
        let norm = tokens.norm(prev);
        if FACILITY_NOUNS.contains(&without_proclitics(norm)) {
            // Only spaces, quotes or a bracket from the noun's end to the word after it.
            let next = tokens.words.get(j).map_or(start, |w| w.start);
            return para
                .chars()
                .skip(word.end)
                .take(next.saturating_sub(word.end))
                .all(|c| c.is_whitespace() || matches!(c, '"' | '«' | '“' | '(' | '\''));
        }
        // A title, with no punctuation between it and the word after it.
        let joined = tokens
            .words
            .get(j)
            .is_some_and(|next| next.punct_before.is_none());
        if !NAMESAKE_TITLES.contains(&norm) || !joined {
            return false;
        }
        j = prev;
    }
    false
}

/// True when `entity` is named in the sentence of `ev` only as the name of a building, and is
/// no force or public body ([`names_a_body`]).
fn only_a_building(ev: &Event, entity: &Entity, article: &Article, texts: &mut Texts) -> bool {
    if names_a_body(&entity.name) {
        return false;
    }
    let Some(para) = article.body.get(ev.paragraph) else {
        return false;
    };
    let Some((tokens, _, inside)) = mentions_in_sentence(ev, entity, article, texts) else {
        return false;
    };
    inside
        .iter()
        .all(|m| names_a_building(para, tokens, m.start))
}

/// Clears the source or the target of each event that is named in its sentence only as a
/// building's name (`ألقت الأجهزة الأمنية القبض عليه بعد التفجير في مسجد الإمام X`: X is no
/// one who arrests). See the module doc.
pub(super) fn clear_facility_name_actors(
    events: &mut [Event],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    for ev in events.iter_mut() {
        for target in [false, true] {
            let id = if target { &ev.target } else { &ev.source };
            let Some(entity) = entity_by_id(entities, id.as_deref()) else {
                continue;
            };
            if only_a_building(ev, entity, article, texts) {
                clear_actor(ev, target);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use rasd_model::EntityType;

    use super::*;
    use crate::entities::tokens::normalize_phrase;

    use super::super::violence::tests::settled_by;

    /// The (source, target) names left by [`clear_facility_name_actors`] for an event `code`
    /// of `body` from `source` to `target`, each given with its entity type.
    fn settled(
        body: &str,
        code: &str,
        source: Option<(&str, EntityType)>,
        target: Option<(&str, EntityType)>,
    ) -> (Option<String>, Option<String>) {
        settled_by(clear_facility_name_actors, body, code, source, target)
    }

    #[test]
    fn every_list_word_is_in_normal_form() {
        for word in FACILITY_NOUNS.iter().chain(NAMESAKE_TITLES) {
            assert_eq!(normalize_phrase(word), *word, "help: {word}");
        }
    }

    #[test]
    fn a_name_of_a_building_is_no_actor() {
        use EntityType::{Location, Organization, Person};
        let police = ("شرطة المنطقة", Organization);
        // (sentence, code, source, target, source kept, target kept)
        let cases = [
            // The mosque's namesake is no one who arrests.
            (
                "وبعد التفجير في مسجد الإمام الباقر ألقت شرطة المنطقة القبض على سائق الانتحاري",
                "173",
                Some(("الباقر", Person)),
                None,
                false,
                true,
            ),
            // A prison's name, with quotes, is no one detained nor one who detains.
            (
                "ونقلت شرطة المنطقة الناشط إلى سجن \"الرملة\" مساء أمس",
                "173",
                Some(police),
                Some(("الرملة", Organization)),
                true,
                false,
            ),
            // A university named after a king: its director condemned, not the king.
            (
                "واستنكر مدير جامعة الملك خالد الهجوم على المصلين",
                "111",
                Some(("خالد", Person)),
                None,
                false,
                true,
            ),
            // A town named as a prison's name, with a preposition on the noun.
            (
                "واحتجزت شرطة المنطقة الصحفيين بسجن حلب المركزي",
                "173",
                Some(police),
                Some(("حلب", Location)),
                true,
                false,
            ),
            // The same town as a place on its own stays.
            (
                "واحتجزت شرطة المنطقة الصحفيين في حلب",
                "173",
                Some(police),
                Some(("حلب", Location)),
                true,
                true,
            ),
            // A force after the noun owns the building: the bombing hit it.
            (
                "وفجر انتحاري نفسه في مسجد قوات الحدود صباح الجمعة",
                "183",
                None,
                Some(("قوات الحدود", Organization)),
                true,
                true,
            ),
            // A name named once as a building and once on its own stays.
            (
                "وزار الإمام الباقر مسجد الإمام الباقر أمس",
                "042",
                Some(("الباقر", Person)),
                None,
                true,
                true,
            ),
        ];
        for (body, code, source, target, keep_source, keep_target) in cases {
            let (s, t) = settled(body, code, source, target);
            assert_eq!(
                s.is_some(),
                keep_source && source.is_some(),
                "source of {body}"
            );
            assert_eq!(
                t.is_some(),
                keep_target && target.is_some(),
                "target of {body}"
            );
        }
    }
}
