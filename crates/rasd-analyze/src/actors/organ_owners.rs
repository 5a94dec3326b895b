//! Bodies named as the owner of the organ that acts, taken for the act's target.
//!
//! An act is often told of an organ of a body rather than of the body itself: `أدانت الأمانة
//! العامة لمجلس X الهجوم`، `أعلن المكتب السياسي لحركة X رفضه`، `طالبت اللجنة التنفيذية
//! لمنظمة X بوقف …`. The organ (`الأمانة العامة`، `المكتب السياسي`) is seldom an entity of its
//! own, and the body after it comes behind the preposition `لـ`, which the engine reads as whom
//! the act went to: the body becomes the target and the act has no source. In that phrase `لـ`
//! only joins the organ to its owner (the genitive), and the owner is who acted.
//!
//! [`organ_owner_sources`] makes the target of an act told by a verb with no source its source
//! when the target is named in the event's sentence only right after such an organ
//! ([`ORGAN_PHRASES`]) with `لـ`, and the organ stands right after the verb (its subject in the
//! verb-first order of news: `أدانت الأمانة العامة لـX`); the target is left unnamed.

use rasd_model::{Article, ArticlePart, Entity, EntityType, Event};

use super::{entity_by_id, in_event_paragraph, mentions_in_sentence, Texts};
use crate::entities::tokens::Tokens;
use crate::events::learned::Trigger;

/// Organs of a body that act in its name (normal form, words joined by a space): its general
/// secretariat and secretary-general, its media, political and executive offices, its official
/// spokesman, its executive committee and its armed wing. The body that owns the organ follows
/// with `لـ`.
const ORGAN_PHRASES: &[&[&str]] = &[
    &["الامانه", "العامه"],
    &["الامين", "العام"],
    &["المكتب", "الاعلامي"],
    &["المكتب", "السياسي"],
    &["المكتب", "التنفيذي"],
    &["اللجنه", "التنفيذيه"],
    &["الهييه", "التنفيذيه"],
    &["المجلس", "التنفيذي"],
    &["الناطق", "الرسمي"],
    &["المتحدث", "الرسمي"],
    &["الجناح", "العسكري"],
    &["الذراع", "العسكري"],
    &["الرياسه", "العامه"],
    &["القياده", "العامه"],
];

/// Relative pronouns (normal form): a verb right after one has its subject before it.
const RELATIVES: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
];

/// The index of the word after the organ phrase that starts at word `k` (see
/// [`ORGAN_PHRASES`]), with no punctuation inside the phrase; `None` when no organ starts
/// there.
fn after_organ(tokens: &Tokens, k: usize) -> Option<usize> {
    ORGAN_PHRASES.iter().find_map(|phrase| {
        let fits = phrase.iter().enumerate().all(|(j, word)| {
            tokens.norm(k + j) == *word
                && (j == 0
                    || tokens
                        .words
                        .get(k + j)
                        .is_some_and(|w| w.punct_before.is_none()))
        });
        fits.then_some(k + phrase.len())
    })
}

/// True when the mention of the body starting at char `start` stands on word `k` behind the
/// `لـ` of the genitive (`لمجلس`، `للأمم`), with no punctuation before that word.
fn owner_after_lam(tokens: &Tokens, k: usize, start: usize) -> bool {
    let Some(word) = tokens.words.get(k) else {
        return false;
    };
    word.punct_before.is_none()
        && tokens.norm(k).starts_with('ل')
        && word.start < start
        && start <= word.start + 2
}

/// Makes the owner of the organ that stands right after an act's verb the act's source (see
/// the module doc): `أدانت الأمانة العامة لمجلس X العمل الإرهابي` is a condemnation by X.
///
/// - An act with no source whose target is that owner, named in the sentence only behind the
///   organ, gets the owner as its source and no target.
/// - An act whose source was found elsewhere, when that source is not a person (the organ's
///   holder, named in apposition: `ندد الأمين العام لجامعة الدول العربية نبيل العربي`, is
///   right) and not the owner, gets the owner instead (`أدانت الأمانة العامة لمجلس التعاون`
///   read with a member state as source); a target that is the owner is cleared.
///
/// Persons are never owners (`الأمين العام لـ` a person names no owner). `triggers` are the
/// events' triggers in the same order (nothing is done when they are not aligned).
pub(super) fn organ_owner_sources(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    if triggers.len() != events.len() {
        return;
    }
    for (ev, trigger) in events.iter_mut().zip(triggers) {
        if trigger.noun || trigger.start == usize::MAX {
            continue;
        }
        let found_source = entity_by_id(entities, ev.source.as_deref());
        if found_source.is_some_and(|s| s.kind == EntityType::Person) {
            continue;
        }
        let Some(tokens) = texts.tokens(article, ArticlePart::Body, ev.paragraph) else {
            continue;
        };
        let verb = tokens.words.partition_point(|w| w.end <= trigger.start);
        // (A verb after a relative pronoun has its subject before it: `القرار الذي يطالب
        // الأمين العام لـX`, where the organ is the object.)
        if verb
            .checked_sub(1)
            .is_some_and(|p| RELATIVES.contains(&tokens.norm(p)))
        {
            continue;
        }
        let Some(owner_word) = after_organ(tokens, verb + 1) else {
            continue;
        };
        let Some(owner) = entities.iter().find(|e| {
            e.kind != EntityType::Person
                && e.mentions.iter().any(|m| {
                    in_event_paragraph(ev, m) && owner_after_lam(tokens, owner_word, m.start)
                })
        }) else {
            continue;
        };
        match found_source {
            None => {
                if ev.target.as_deref() != Some(owner.id.as_str()) {
                    continue;
                }
                let Some((tokens, _, inside)) = mentions_in_sentence(ev, owner, article, texts)
                else {
                    continue;
                };
                let only_as_owner = inside
                    .iter()
                    .all(|m| owner_after_lam(tokens, owner_word, m.start));
                if only_as_owner {
                    ev.source = ev.target.take();
                    ev.source_country = ev.target_country.take();
                }
            }
            Some(source) if source.id != owner.id => {
                ev.source = Some(owner.id.clone());
                ev.source_country = owner.country.clone();
                if ev.target.as_deref() == Some(owner.id.as_str()) {
                    ev.target = None;
                    ev.target_country = None;
                }
            }
            Some(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use rasd_model::EntityType;

    use super::super::violence::tests::{article, entity};
    use super::*;
    use crate::entities::tokens::normalize_phrase;
    use crate::events::bare_event;

    /// The (source, target) names left by [`organ_owner_sources`] for an event `code` of
    /// `body` triggered at the verb `verb`, with no source and the organization `target` as
    /// its target.
    fn settled(
        body: &str,
        verb: &str,
        code: &str,
        target: &str,
    ) -> (Option<String>, Option<String>) {
        let owner = entity(
            "org:0123456789abcdef",
            target,
            EntityType::Organization,
            body,
        );
        let mut events = vec![bare_event(code, None, Some(owner.id.clone()), body)];
        let byte = body.find(verb).expect("help: the verb is in the body");
        let triggers = [Trigger {
            start: body[..byte].chars().count(),
            noun: false,
            explicit: true,
        }];
        organ_owner_sources(
            &mut events,
            &triggers,
            std::slice::from_ref(&owner),
            &article(body),
            &mut Texts::default(),
        );
        let name = |id: &Option<String>| id.as_ref().map(|_| owner.name.clone());
        (name(&events[0].source), name(&events[0].target))
    }

    /// The (source, target) names left by [`organ_owner_sources`] for an event `code` of
    /// `body` triggered at the verb `verb`, read with the found source `source` (an entity of
    /// kind `source_kind`) and the organization `owner` as its target.
    fn resettled(
        body: &str,
        verb: &str,
        code: &str,
        (source, source_kind): (&str, EntityType),
        owner: &str,
    ) -> (Option<String>, Option<String>) {
        let owner = entity(
            "org:0123456789abcdef",
            owner,
            EntityType::Organization,
            body,
        );
        let found = entity("ent:fedcba9876543210", source, source_kind, body);
        let entities = [owner, found];
        let mut events = vec![bare_event(
            code,
            Some(entities[1].id.clone()),
            Some(entities[0].id.clone()),
            body,
        )];
        let byte = body.find(verb).expect("help: the verb is in the body");
        let triggers = [Trigger {
            start: body[..byte].chars().count(),
            noun: false,
            explicit: true,
        }];
        organ_owner_sources(
            &mut events,
            &triggers,
            &entities,
            &article(body),
            &mut Texts::default(),
        );
        let name = |id: &Option<String>| {
            id.as_ref()
                .and_then(|id| entities.iter().find(|e| &e.id == id))
                .map(|e| e.name.clone())
        };
        (name(&events[0].source), name(&events[0].target))
    }

    #[test]
    fn the_owner_of_the_organ_replaces_a_source_found_elsewhere() {
        // A member state named later in the sentence was read as the source.
        let body = "استنكرت الأمانة العامة لرابطة المحامين العرب الاعتداء الذي تعرضت له سفارة الأردن.";
        assert_eq!(
            resettled(
                body,
                "استنكرت",
                "111",
                ("الأردن", EntityType::Location),
                "رابطة المحامين العرب"
            ),
            (Some("رابطة المحامين العرب".to_owned()), None)
        );
    }

    #[test]
    fn the_organs_holder_found_as_source_stays() {
        // The secretary-general himself, named in apposition, is a right source.
        let body = "ندد الأمين العام لرابطة المحامين العرب سامي الخطيب بالاعتداء على المحامين.";
        assert_eq!(
            resettled(
                body,
                "ندد",
                "111",
                ("سامي الخطيب", EntityType::Person),
                "رابطة المحامين العرب"
            ),
            (
                Some("سامي الخطيب".to_owned()),
                Some("رابطة المحامين العرب".to_owned())
            )
        );
    }

    #[test]
    fn every_organ_word_is_in_normal_form() {
        for word in ORGAN_PHRASES.iter().flat_map(|p| p.iter()).chain(RELATIVES) {
            assert_eq!(normalize_phrase(word), *word, "help: {word}");
        }
    }

    #[test]
    fn the_owner_of_the_organ_after_the_verb_is_the_source() {
        let body = "وأدانت الأمانة العامة لرابطة المحامين العرب التفجير الذي وقع أمس في السوق.";
        assert_eq!(
            settled(body, "وأدانت", "111", "رابطة المحامين العرب"),
            (Some("رابطة المحامين العرب".to_owned()), None)
        );
        let body = "رفض المكتب السياسي لجبهة الخلاص الوطني المبادرة التي طرحها الوسطاء.";
        assert_eq!(
            settled(body, "رفض", "120", "جبهة الخلاص الوطني"),
            (Some("جبهة الخلاص الوطني".to_owned()), None)
        );
    }

    #[test]
    fn an_owner_named_elsewhere_or_an_organ_away_from_the_verb_stays_the_target() {
        // The body is also named on its own as whom the act went to.
        let body = "انتقدت الأمانة العامة لرابطة المحامين العرب قرار رابطة المحامين العرب الأخير.";
        assert_eq!(
            settled(body, "انتقدت", "111", "رابطة المحامين العرب"),
            (None, Some("رابطة المحامين العرب".to_owned()))
        );
        // The organ is the object, after the subject: `التقى الوزير الأمين العام لـX`.
        let body = "التقى الوزير أمس الأمين العام لرابطة المحامين العرب في مكتبه.";
        assert_eq!(
            settled(body, "التقى", "040", "رابطة المحامين العرب"),
            (None, Some("رابطة المحامين العرب".to_owned()))
        );
        // After a relative pronoun the organ is the verb's object.
        let body = "وصدر البيان الذي يطالب الأمين العام لرابطة المحامين العرب بالتحقيق.";
        assert_eq!(
            settled(body, "يطالب", "100", "رابطة المحامين العرب"),
            (None, Some("رابطة المحامين العرب".to_owned()))
        );
    }
}
