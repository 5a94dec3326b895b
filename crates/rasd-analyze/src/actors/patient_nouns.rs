//! Names after the noun of an act done to them, taken for the act's doer.
//!
//! A verbal noun followed by a name (`اعتقال X`، `إعدام X`، `طرد X من المدينة`) reads as the
//! act done to X when the act is one of capture, punishment or expulsion: `وجرى اعتقال X`،
//! `قرر القاضي إعدام X`، `بعد طرد X من المناطق`. The engine may still give X as the act's
//! source when no doer is named before. A doer written after such a noun is followed by the
//! one it was done to with `لـ` (`توقيف الشرطة لأشخاص`، `احتجاز الجيش لهم`); a nationality
//! after the noun describes it (`مراكز الاعتقال الليبية`: Libya holds them).
//!
//! [`patient_noun_sources`] makes the source of an act of capture, force or expulsion (roots
//! 17–20), or of a condemnation (root 11) after `إدانة`، its target when each of its mentions
//! in the event's sentence comes right after such a noun ([`PATIENT_NOUNS`], or `القبض على`),
//! is no nationality, and is not followed by a word with `لـ`; the source is left unnamed.

use rasd_model::{Entity, EntityType, Event, Mention};

use super::{entity_by_id, mentions_in_sentence, Texts};
use crate::entities::tokens::Tokens;
use rasd_model::Article;

/// Verbal nouns of acts of capture, punishment or expulsion whose following name is the one
/// it was done to (normal form, without the article and proclitics): arrest, detention,
/// execution, kidnapping, torture, deportation, expulsion, trial. Not `اغتيال`/`مقتل`
/// (read by the victim pass of roots 18–20), not `سجن`/`اسر` (also a prison, families).
const PATIENT_NOUNS: &[&str] = &[
    "اعتقال",
    "احتجاز",
    "توقيف",
    "اعدام",
    "اختطاف",
    "خطف",
    "تعذيب",
    "ترحيل",
    "طرد",
    "محاكمه",
];

/// The verbal noun of condemning, whose following name is the one condemned (root 11 only).
const CONDEMN_NOUN: &str = "ادانه";

/// The word without a leading conjunction (`و`, `ف`), then a preposition (`ب`, `ل`), then the
/// article (`ال`, or `لل`): `وباعتقال` → `اعتقال`, `للاعتقال` → `اعتقال`.
fn core(norm: &str) -> &str {
    let w = norm
        .strip_prefix('و')
        .or_else(|| norm.strip_prefix('ف'))
        .filter(|r| r.chars().count() > 2)
        .unwrap_or(norm);
    if let Some(r) = w.strip_prefix("لل") {
        return r;
    }
    let w = w
        .strip_prefix('ب')
        .or_else(|| w.strip_prefix('ل'))
        .filter(|r| r.starts_with("ال") || PATIENT_NOUNS.contains(r) || *r == CONDEMN_NOUN)
        .unwrap_or(w);
    w.strip_prefix("ال").unwrap_or(w)
}

/// True when the mention `m` of `patient` comes right after a noun of `nouns` (or
/// `القبض على` when `arrest`), is no nationality, and the word after it has no `لـ`; unless
/// the patient is a person, that word is also a preposition, or punctuation or the end
/// follows.
fn after_patient_noun(
    tokens: &Tokens,
    m: &Mention,
    patient: &Entity,
    nouns: &[&str],
    arrest: bool,
) -> bool {
    let (start, end, text) = (m.start, m.end, m.text.as_str());
    let person = patient.kind == EntityType::Person;
    let nisba = text != patient.name
        && (text.ends_with("ية") || text.ends_with('ي') || text.ends_with("يين"));
    if nisba {
        return false;
    }
    let k = tokens.words.partition_point(|w| w.end <= start);
    // The name must start a word of its own, with no punctuation before it.
    let Some(word) = tokens.words.get(k) else {
        return false;
    };
    if word.start != start || word.punct_before.is_some() {
        return false;
    }
    let Some(prev) = k.checked_sub(1) else {
        return false;
    };
    let noun = nouns.contains(&core(tokens.norm(prev)));
    let arrest_on = arrest
        && tokens.norm(prev) == "علي"
        && prev
            .checked_sub(1)
            .is_some_and(|p| core(tokens.norm(p)) == "قبض");
    if !(noun || arrest_on) {
        return false;
    }
    let after = tokens.words.partition_point(|w| w.start < end);
    if tokens.norm(after).starts_with('ل') {
        return false;
    }
    // A body may be the doer with its object after it (`احتجاز الحرس الثوري ناقلة`): only a
    // person is taken whatever follows; a body only before punctuation, the sentence's end or
    // a preposition (`طرد التنظيم من البلدات`).
    person
        || tokens
            .words
            .get(after)
            .is_none_or(|w| w.punct_before.is_some())
        || AFTER_PATIENT_BODY.contains(&tokens.norm(after))
}

/// Prepositions after a body named behind a noun of [`PATIENT_NOUNS`] that show no object of
/// its own follows (normal form).
const AFTER_PATIENT_BODY: &[&str] = &[
    "من",
    "في",
    "علي",
    "الي",
    "عن",
    "منذ",
    "بعد",
    "قبل",
    "خلال",
    "بتهمه",
    "بسبب",
];

/// Makes the source of an act of capture, force or expulsion (or a condemnation after
/// `إدانة`) its target when it is named in the event's sentence only right after the noun of
/// that act (see the module doc).
pub(super) fn patient_noun_sources(
    events: &mut [Event],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    for ev in events.iter_mut() {
        let nouns: &[&str] = match ev.code.get(..2) {
            Some("17" | "18" | "19" | "20") => PATIENT_NOUNS,
            Some("11") => &[CONDEMN_NOUN],
            _ => continue,
        };
        let arrest = ev.code.starts_with("17");
        let Some(patient) = entity_by_id(entities, ev.source.as_deref()) else {
            continue;
        };
        let Some((tokens, _, inside)) = mentions_in_sentence(ev, patient, article, texts) else {
            continue;
        };
        let all = inside
            .iter()
            .all(|m| after_patient_noun(tokens, m, patient, nouns, arrest));
        if all {
            ev.target = ev.source.take();
            ev.target_country = ev.source_country.take();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tokens::normalize_phrase;
    use crate::events::bare_event;

    use super::super::violence::tests::{article, entity, settled_by};

    /// The (source, target) names left by [`patient_noun_sources`] for an event `code` of
    /// `body` from `source` to `target`, each given with its entity type.
    fn settled(
        body: &str,
        code: &str,
        source: Option<(&str, EntityType)>,
        target: Option<(&str, EntityType)>,
    ) -> (Option<String>, Option<String>) {
        settled_by(patient_noun_sources, body, code, source, target)
    }

    #[test]
    fn every_list_word_is_in_normal_form() {
        for word in PATIENT_NOUNS.iter().chain(&[CONDEMN_NOUN]) {
            assert_eq!(normalize_phrase(word), *word, "help: {word}");
        }
    }

    #[test]
    fn the_name_after_the_noun_of_an_arrest_is_the_one_arrested() {
        use EntityType::{Organization, Person};
        let s = |x: &str| Some(x.to_owned());
        // (sentence, code, source, target, expected source, expected target)
        let cases = [
            // Arrested, with no one named who arrested him.
            (
                "وأفادت المصادر أنه تم اعتقال ماهر العلي وهو قيادي في الجماعة",
                "173",
                Some(("ماهر العلي", Person)),
                Some(("الجماعة", Organization)),
                None,
                s("ماهر العلي"),
            ),
            // Expelled from the towns: the group is who was driven out.
            (
                "وقال السكان إن طرد جبهة الفتح من البلدات أعاد الحياة إليها",
                "190",
                Some(("جبهة الفتح", Organization)),
                None,
                None,
                s("جبهة الفتح"),
            ),
            // Arrest told with القبض على.
            (
                "وأعلنت الوزارة القبض على ماهر العلي في مدينة حلب",
                "173",
                Some(("ماهر العلي", Person)),
                None,
                None,
                s("ماهر العلي"),
            ),
            // The doer after the noun, with the arrested after لـ, stays.
            (
                "وتحدثت أنباء عن توقيف الشرطة المحلية لأشخاص مرتبطين بالجماعة",
                "173",
                Some(("الشرطة المحلية", Organization)),
                None,
                s("الشرطة المحلية"),
                None,
            ),
            // A force with its object after it is the one who holds.
            (
                "وأدانت الوزارة احتجاز قوات البحرية ناقلة نفط في الخليج",
                "173",
                Some(("قوات البحرية", Organization)),
                None,
                s("قوات البحرية"),
                None,
            ),
            // Condemned after إدانة: the party is the one condemned.
            (
                "وهاجم الوزير النائب لرفضه إدانة حزب العمال في البرلمان",
                "111",
                Some(("حزب العمال", Organization)),
                None,
                None,
                s("حزب العمال"),
            ),
        ];
        for (body, code, source, target, want_source, want_target) in cases {
            let (src, tgt) = settled(body, code, source, target);
            assert_eq!((src, tgt), (want_source, want_target), "help: {body}");
        }
    }

    #[test]
    fn a_nationality_after_the_noun_of_an_arrest_is_who_holds() {
        // "مراكز الاعتقال الليبية": the centres are Libya's, Libya holds the family.
        let body = "وتعيش الأسرة في أحد مراكز الاعتقال الليبية منذ شهرين";
        let mut libya = entity("loc:LBY", "الليبية", EntityType::Location, body);
        libya.name = "ليبيا".into();
        let mut events = vec![bare_event("173", Some(libya.id.clone()), None, body)];
        patient_noun_sources(&mut events, &[libya], &article(body), &mut Texts::default());
        assert_eq!(events[0].source.as_deref(), Some("loc:LBY"));
        assert_eq!(events[0].target, None);
    }
}
