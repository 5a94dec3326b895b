//! Reporters as actors of acts of force (CAMEO roots 17–20).
//!
//! Most killings, arrests and bombings on news pages are told by someone who did none of them:
//! an observatory counting the dead (`أعلن المرصد ارتفاع عدد القتلى`), a rights group
//! documenting arrests (`وثقت الشبكة السورية …`), a UN mission or agency giving a toll
//! (`بحسب تقديرات المنظمة الدولية للهجرة`), a news agency the witness spoke to (`موضحا لوكالة
//! X أن المسلحين أحرقوا`). The engine and the learned scorer then make that teller the act's
//! source or target. [`clear_reporter_actors`] clears such an actor when it is a body that
//! tells ([`reporter_kind`]) and each of its mentions in the event's sentence stands where a
//! teller stands ([`reporting_position`]): right after a word of saying or of credit, after ل
//! behind a word of saying (whom it was told to), or after `عبر` (a medium as the channel). A
//! rights group or a mission named elsewhere in the sentence (`اقتحمت القوات مقر المنظمة`) is
//! left: the act can be done to it.

use rasd_model::{Article, Entity, EntityType, Event, Mention};

use super::{
    clear_actor, ends_in_doer_pronoun, entity_by_id, medium, mentions_in_sentence, name_head,
    Texts, REPORTER_HEADS, REPORT_CUES, SAYING_PARTICIPLES,
};
use crate::entities::tokens::{normalize_phrase, Tokens};

/// Words of a body's name that make it one that tells of violence and does none (normal
/// form): an observatory, a rights body, a UN mission, the migration agency, UNICEF, the Red
/// Cross or Crescent.
const REPORTER_NAME_WORDS: &[&str] = &[
    "المرصد",
    "مرصد",
    "لحقوق",
    "حقوق",
    "الحقوقيه",
    "حقوقيه",
    "رايتس",
    "العفو",
    "بعثه",
    "البعثه",
    "يونامي",
    "للهجره",
    "الهجره",
    "اليونيسف",
    "يونيسف",
    "الصليب",
    "الهلال",
];

/// Words of credit that put the name after them as the source of a report (normal form,
/// without و/ف), besides [`REPORT_CUES`]: `بحسب المرصد`, `وفقا لتقديرات المنظمة`, `وثقت
/// الشبكة`, `أحصت البعثة`, `لفتت الشبكة إلى أن`.
const CREDIT_CUES: &[&str] = &[
    "بحسب",
    "حسب",
    "وفق",
    "وفقا",
    "طبقا",
    "تبعا",
    "استنادا",
    "نقلا",
    "تقديرات",
    "لتقديرات",
    "تقدير",
    "لتقدير",
    "تقرير",
    "لتقرير",
    "تقارير",
    "لتقارير",
    "احصاءات",
    "لاحصاءات",
    "احصاييات",
    "لاحصاييات",
    "بيانات",
    "لبيانات",
    "وثق",
    "وثقت",
    "احصي",
    "احصت",
    "رصد",
    "رصدت",
    "لفت",
    "لفتت",
    "نشر",
    "نشرت",
    "ابلغ",
    "ابلغت",
    "يقول",
    "تقول",
    "قالوا",
    "تفيد",
    "يفيد",
    "تشير",
    "يشير",
];

/// Words before `لـX` that make X whom something was told (normal form, without و/ف), besides
/// [`REPORT_CUES`] and [`SAYING_PARTICIPLES`]: `قال مصور لـX`, `في تصريح لـX`.
const TOLD_CUES: &[&str] = &[
    "مصور",
    "مراسل",
    "تصريح",
    "تصريحات",
    "حديث",
    "متحدثا",
    "متحدثه",
    "مصدر",
    "مصادر",
    "يقول",
    "تقول",
    "قالوا",
];

/// Words that make the medium after them the channel of a message (normal form): `تبنى الهجوم
/// عبر وكالة X`.
const CHANNEL_CUES: &[&str] = &["عبر", "نشرته", "بثته", "نقلته"];

/// Words looked at before a mention for a word of saying or credit.
const CUE_WINDOW: usize = 3;

/// Words looked at before `لـX` for a word of saying.
const TOLD_WINDOW: usize = 6;

/// Words looked at after a source's mention for a pronoun or a force of its own.
const OWN_WINDOW: usize = 12;

/// True when `code` is of CAMEO roots 17–20 (coercion, assault, fighting, mass violence).
fn force_root(code: &str) -> bool {
    code.get(..2).is_some_and(|r| ("17"..="20").contains(&r))
}

/// True when `entity` is a body that tells of violence and does none: a medium, the UN
/// (`org:un`), an observatory, sources, witnesses, a civil defence, a hospital, a rights body,
/// a UN mission, the migration agency, a red cross or crescent, the Syrian network for human
/// rights (`الشبكة السورية`).
fn reporter_kind(entity: &Entity) -> bool {
    if entity.kind == EntityType::Location || entity.kind == EntityType::Person {
        return false;
    }
    if entity.id == "org:un" || medium(entity) {
        return true;
    }
    let norm = normalize_phrase(&entity.name);
    let words: Vec<&str> = norm.split(' ').collect();
    let head = name_head(&norm);
    // (`الدفاع المدني`, not a ministry of defence named `الدفاع`.)
    let civil = head != "دفاع" || words.contains(&"المدني");
    let network = head == "شبكه" && words.iter().any(|w| matches!(*w, "السوريه" | "لحقوق"));
    (REPORTER_HEADS.contains(&head) && civil)
        || network
        || words.iter().any(|w| REPORTER_NAME_WORDS.contains(w))
}

/// True when the word `j` of `tokens`, bare or after و or ف, is in `list`.
fn word_in(tokens: &Tokens, j: usize, list: &[&str]) -> bool {
    let w = tokens.norm(j);
    list.contains(&w)
        || w.strip_prefix('و').is_some_and(|r| list.contains(&r))
        || w.strip_prefix('ف').is_some_and(|r| list.contains(&r))
}

/// True when the chars of `para` from `from` to `to` hold a clause break.
fn break_between(para: &str, from: usize, to: usize) -> bool {
    para.chars()
        .skip(from)
        .take(to.saturating_sub(from))
        .any(|c| matches!(c, '،' | ',' | '؛' | ';' | ':' | '.'))
}

/// True when mention `m` of a body in `para` stands where a teller stands: at most
/// [`CUE_WINDOW`] words after a word of saying or credit ([`REPORT_CUES`], [`CREDIT_CUES`]:
/// `قال المرصد`, `بحسب تقديرات المنظمة`); right after ل, with a word of saying at most
/// [`TOLD_WINDOW`] words before (`موضحا لوكالة X`, `قال مصور لـX`); or, for a medium, right
/// after a channel word (`عبر وكالة X`). No clause break between the cue and the mention.
fn reporting_position(para: &str, tokens: &Tokens, m: &Mention, is_medium: bool) -> bool {
    let m0 = tokens.words.partition_point(|w| w.end <= m.start);
    let Some(word) = tokens.words.get(m0) else {
        return false;
    };
    let cue_before = |j: usize, lists: &[&[&str]]| {
        lists.iter().any(|l| word_in(tokens, j, l))
            && tokens
                .words
                .get(j)
                .is_some_and(|w| !break_between(para, w.end, m.start))
    };
    // (`قالت قوات الأمم المتحدة`: the UN named in a force's name.)
    if m0
        .checked_sub(1)
        .is_some_and(|j| word_in(tokens, j, &["قوات", "القوات", "جنود"]))
    {
        return false;
    }
    if (m0.saturating_sub(CUE_WINDOW)..m0).any(|j| cue_before(j, &[REPORT_CUES, CREDIT_CUES])) {
        return true;
    }
    // ل on the mention's own word (`لوكالة`, `لـ«…»`) or as a word of its own.
    let prefix: String = para
        .chars()
        .skip(word.start)
        .take(m.start.saturating_sub(word.start))
        .collect();
    let prefix = prefix.trim_end_matches(['ـ', '«', '"', '(']);
    let lam = prefix.ends_with('ل')
        || (prefix.is_empty()
            && m0
                .checked_sub(1)
                .is_some_and(|j| matches!(tokens.norm(j), "ل" | "لـ")));
    if lam
        && (m0.saturating_sub(TOLD_WINDOW)..m0)
            .any(|j| cue_before(j, &[REPORT_CUES, SAYING_PARTICIPLES, TOLD_CUES]))
    {
        return true;
    }
    is_medium
        && prefix.is_empty()
        && m0
            .checked_sub(1)
            .is_some_and(|j| word_in(tokens, j, CHANNEL_CUES))
}

/// Stems of the nouns that, with a pronoun, name the teller's own people or things (normal
/// form): `قواتها`, `دورية لها` is told apart with `لها`, `مقرها`, `موظفيها`.
const OWN_STEMS: &[&str] = &[
    "قوات",
    "عناصر",
    "جنود",
    "طاير",
    "مقاتل",
    "دوري",
    "مقر",
    "موظف",
    "مكتب",
    "قافل",
    "مراسل",
    "مصور",
    "عامل",
    "اعضا",
    "ناشط",
];

/// True when a word at most [`OWN_WINDOW`] words after word `after` points back to the teller:
/// a complementizer with a pronoun (`أعلنت البعثة أنها …`), `له`/`لها` (`دورية لها`), or one
/// of its own people or things with a pronoun (`أن قواتها قتلت`, `اقتحموا مقرها`): the teller
/// tells of its own act, or of one done to it.
fn points_back(para: &str, tokens: &Tokens, after: usize) -> bool {
    (after..(after + OWN_WINDOW).min(tokens.words.len())).any(|j| {
        let norm = tokens.norm(j);
        if matches!(
            norm,
            "انها"
                | "انه"
                | "بانها"
                | "بانه"
                | "انهم"
                | "بانهم"
                | "له"
                | "لها"
                | "لهم"
                | "لهما"
        ) {
            return true;
        }
        let Some(w) = tokens.words.get(j) else {
            return false;
        };
        let raw: String = para.chars().skip(w.start).take(w.end - w.start).collect();
        let norm = norm.strip_prefix('و').unwrap_or(norm);
        OWN_STEMS.iter().any(|f| norm.starts_with(f)) && ends_in_doer_pronoun(&raw)
    })
}

/// True when the actor of `ev` given by `id` is a reporter ([`reporter_kind`]) named in the
/// event's sentence only where a teller stands ([`reporting_position`]), and the words after it
/// do not point back to it ([`points_back`]).
fn only_reports(
    ev: &Event,
    id: Option<&str>,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> bool {
    let Some(actor) = entity_by_id(entities, id).filter(|e| reporter_kind(e)) else {
        return false;
    };
    let Some(para) = article.body.get(ev.paragraph) else {
        return false;
    };
    let Some((tokens, _, inside)) = mentions_in_sentence(ev, actor, article, texts) else {
        return false;
    };
    let is_medium = medium(actor);
    if !inside
        .iter()
        .all(|m| reporting_position(para, tokens, m, is_medium))
    {
        return false;
    }
    let last = inside.iter().map(|m| m.end).max().unwrap_or_default();
    let after = tokens.words.partition_point(|w| w.end <= last);
    !points_back(para, tokens, after)
}

/// Clears the source and the target of the acts of force (roots 17–20) that are a body which
/// only tells of the act ([`only_reports`]): an observatory that counts the dead, a rights
/// group that documents, a mission that gives a toll, a medium a witness spoke to. A monitor
/// is no doer of a killing it counts, and no target of it.
pub(super) fn clear_reporter_actors(
    events: &mut [Event],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    for ev in events.iter_mut() {
        if !force_root(&ev.code) {
            continue;
        }
        let source = ev.source.clone();
        if only_reports(ev, source.as_deref(), entities, article, texts) {
            clear_actor(ev, false);
        }
        let target = ev.target.clone();
        if only_reports(ev, target.as_deref(), entities, article, texts) {
            clear_actor(ev, true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::bare_event;

    use super::super::violence::tests::{article, entity};

    /// An organization `id` named `name` at each of its places in `body`.
    fn org(id: &str, name: &str, body: &str) -> Entity {
        entity(id, name, EntityType::Organization, body)
    }

    /// The (source, target) left by [`clear_reporter_actors`] for an event `code` of `body`
    /// from `source` to `target` (names of organizations in `body`).
    fn settled(
        body: &str,
        code: &str,
        source: Option<&str>,
        target: Option<&str>,
    ) -> (Option<String>, Option<String>) {
        let entities: Vec<Entity> = [source, target]
            .iter()
            .flatten()
            .enumerate()
            .map(|(k, name)| org(&format!("org:{k:016x}"), name, body))
            .collect();
        let id = |name: Option<&str>| {
            name.and_then(|n| entities.iter().find(|e| e.name == n).map(|e| e.id.clone()))
        };
        let mut events = vec![bare_event(code, id(source), id(target), body)];
        clear_reporter_actors(
            &mut events,
            &entities,
            &article(body),
            &mut Texts::default(),
        );
        let name = |i: &Option<String>| {
            i.as_ref()
                .and_then(|i| entities.iter().find(|e| &e.id == i).map(|e| e.name.clone()))
        };
        (name(&events[0].source), name(&events[0].target))
    }

    #[test]
    fn every_list_word_is_in_normal_form() {
        let lists: [(&str, &[&str]); 4] = [
            ("REPORTER_NAME_WORDS", REPORTER_NAME_WORDS),
            ("CREDIT_CUES", CREDIT_CUES),
            ("TOLD_CUES", TOLD_CUES),
            ("CHANNEL_CUES", CHANNEL_CUES),
        ];
        for (name, list) in lists {
            for word in list {
                assert_eq!(normalize_phrase(word), *word, "help: {name} has {word}");
            }
        }
    }

    #[test]
    fn a_body_that_only_tells_of_the_act_is_no_actor() {
        let monitor = "مرصد الحريات الوطني";
        let mission = "بعثة الأمم المتحدة في الساحل";
        let network = "الشبكة الوطنية لحقوق الإنسان";
        let militia = "جماعة الرايات السود";
        let agency = "وكالة أنباء الصباح";
        // (sentence, code, source, target, source kept, target kept)
        let cases = [
            // A monitor that counts the dead as the target of the killing.
            (
                format!("وأعلن {monitor} مقتل ثمانية من عناصر {militia} في قصف على مواقعها"),
                "190",
                Some(militia),
                Some(monitor),
                true,
                false,
            ),
            // A mission that gives a toll as the doer of the killing.
            (
                format!("وبحسب تقديرات {mission} قتل أكثر من مئة مدني في هجمات الشهر الماضي"),
                "190",
                Some(mission),
                None,
                false,
                false,
            ),
            (
                format!("ووثقت {network} اعتقال عشرين طالبا في حملة مداهمات ليلية"),
                "173",
                Some(network),
                None,
                false,
                false,
            ),
            // A medium the witness spoke to.
            (
                format!("وقال أحد السكان إن {militia} هاجمت البلدة، موضحا ل{agency} أن المهاجمين أحرقوا المنازل"),
                "190",
                Some(militia),
                Some(agency),
                true,
                false,
            ),
            // The act done to the rights body itself stays.
            (
                format!("واقتحمت {militia} مقر {network} واعتقلت موظفيه"),
                "173",
                Some(militia),
                Some(network),
                true,
                true,
            ),
            // A mission that tells of an act done to its own patrol stays its target.
            (
                format!("وقالت {mission} إن مسلحين من {militia} هاجموا دورية لها قرب الحدود"),
                "190",
                Some(militia),
                Some(mission),
                true,
                true,
            ),
            // A mission that tells of its own force's act stays its source.
            (
                format!("وأعلنت {mission} أن قواتها قتلت خمسة من عناصر {militia} في اشتباك"),
                "190",
                Some(mission),
                Some(militia),
                true,
                true,
            ),
        ];
        for (body, code, source, target, source_kept, target_kept) in cases {
            let (s, t) = settled(&body, code, source, target);
            assert_eq!(
                s.is_some(),
                source_kept && source.is_some(),
                "help: source in {body}"
            );
            assert_eq!(
                t.is_some(),
                target_kept && target.is_some(),
                "help: target in {body}"
            );
        }
    }
}
