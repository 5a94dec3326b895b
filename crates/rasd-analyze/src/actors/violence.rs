//! Actors of violence and coercion (CAMEO roots 15–20: force posture, reducing relations,
//! coercion and arrest, assault and kidnapping, fighting and bombing, mass violence).
//!
//! On news pages most acts of force are told by someone who did not do them: an observatory,
//! sources, a spokesman, the UN. The engine and the learned scorer often give the act to that
//! teller, which accuses the reporter of the attack; and the doer of a passive act is named
//! after `على يد` / `على أيدي`. These passes run in [`super::settle_actors`]:
//!
//! - [`clear_teller_sources`]: a body that only tells of violence (an observatory, sources,
//!   witnesses, a medium, a civil defence, the UN) is no doer of an act of roots 17–20, and a
//!   speaker is none of the act told in the clause after its word of saying and `إن`/`أن`/`:`
//!   (`قال المتحدث إن مسلحين قتلوا`, `أعلن المرصد أن … خطفوا`);
//! - [`hand_doers`]: the doer named after `على يد` / `على أيدي` / `بأيدي` right after the act
//!   (`خطفوا على أيدي جماعة X`), or whose fire hit (`قتل شاب برصاص الجيش X`), is its source;
//! - [`spokesman_bodies`]: a spokesman left as the source of an act gives it to the body he
//!   speaks for (`كشف المتحدث باسم جماعة X، Y، عن استهداف`), or to no one;
//! - [`clear_backer_actors`]: a force named only after `بدعم من` / `بإسناد من` / `مدعومة من`
//!   backed the act: neither its source nor its target;
//! - [`clear_base_qaeda`]: a bare `القاعدة` on a page about a military base (`قاعدة العند`,
//!   `القاعدة الجوية`) is the base, not al-Qaeda, in an event of any root;
//! - [`force_doers`]: the owner of the force that is the act's subject (`استهدف طيران X`,
//!   `قصفت مقاتلات X`, `قصف طائرات X`) is its source;
//! - [`struck_targets`]: the owner of what a strike hit (`قصفت الطائرات مواقع جماعة X`) is its
//!   target, not a place, and no source;
//! - [`victim_nationality_sources`]: a nationality of the hit (`قُتل موظف أمريكي`) names the
//!   target's side, never the doer.
//! - [`kidnap_noun_victims`]: the one named right after a noun of kidnapping (`اختطاف X`,
//!   `بخطف الأب X`) or a nationality before one with a pronoun (`وكان الكرواتي يعمل عند خطفه`)
//!   is the one kidnapped: the target, never the source.

use rasd_model::{Article, EntityType, Event};

use super::{
    clear_actor, ends_in_doer_pronoun, entity_by_id, medium, name_head, source_before_act,
    swap_actors, Texts, OWN_SUBJECTS, REPORTER_HEADS, REPORT_CUES, SAYING_PARTICIPLES,
};
use crate::entities::tokens::{normalize_phrase, Tokens};
use crate::entities::WEEKDAYS;
use crate::events::learned::Trigger;
use crate::events::text::bare;

/// True when `code` is of CAMEO roots `from` to 20.
fn root_from(code: &str, from: u32) -> bool {
    code.get(..2)
        .and_then(|r| r.parse::<u32>().ok())
        .is_some_and(|r| (from..=20).contains(&r))
}

/// Words of saying, claiming or warning (normal form, without و/ف) that open a told clause
/// besides [`REPORT_CUES`]: `تقول X إن`, `ادعت X أن`, `حذرت X من أن`.
const TELL_CUES: &[&str] = &[
    "تقول",
    "يقول",
    "يقولون",
    "قالوا",
    "ادعي",
    "ادعت",
    "زعم",
    "زعمت",
    "يذكر",
    "تذكر",
    "افادوا",
    "اكدوا",
    "تفيد",
    "يفيد",
    "تشير",
    "يشير",
    "اعلنوا",
    "صرح",
    "صرحت",
    "بين",
    "بينت",
];

/// True when `w` (normal form, without و/ف) is a word of saying.
fn tells(w: &str) -> bool {
    REPORT_CUES.contains(&w) || TELL_CUES.contains(&w)
}

/// Complementizers with no pronoun (normal form, without و/ف): the clause after them has a
/// subject of its own.
const BARE_THAT: &[&str] = &["ان", "بان"];

/// Complementizers that carry a pronoun (normal form, without و/ف): `قال الجيش إنه قصف`
/// makes the speaker the doer.
const PRONOUN_THAT: &[&str] = &[
    "انه",
    "انها",
    "انهم",
    "انهما",
    "بانه",
    "بانها",
    "بانهم",
    "انني",
    "اننا",
    "اني",
    "انا",
];

/// Words looked at back from a body named in a spokesman's title for the word of saying.
const SPOKESMAN_WINDOW: usize = 8;

/// Words looked at after the speaker for the first complementizer (`قال X في بيان له إن`).
const THAT_WINDOW: usize = 12;

/// Words looked at from the last complementizer to the act.
const CLAUSE_WINDOW: usize = 25;

/// True when `entity` only tells of violence and never does it: an observatory, sources,
/// witnesses, activists, a civil defence, a red crescent or cross, rescuers, a hospital, a
/// medium, a human-rights body (`منظمة العفو الدولية`, `هيومن رايتس ووتش`, `لجنة حقوق
/// الإنسان`); for roots 18–20 the UN too (`org:un`, not its forces).
fn teller(entity: &rasd_model::Entity, code: &str) -> bool {
    if entity.kind == EntityType::Location {
        return false;
    }
    if entity.id == "org:un" && root_from(code, 18) {
        return true;
    }
    if entity.kind == EntityType::Person {
        return false;
    }
    let norm = normalize_phrase(&entity.name);
    let words: Vec<&str> = norm.split(' ').collect();
    let head = name_head(&norm);
    // (`الدفاع المدني`, not a ministry of defence named `الدفاع`.)
    let civil = head != "دفاع" || words.contains(&"المدني");
    medium(entity)
        || (REPORTER_HEADS.contains(&head) && civil)
        || words.iter().any(|w| {
            matches!(
                *w,
                "المرصد"
                    | "مرصد"
                    | "لحقوق"
                    | "حقوق"
                    | "الحقوقيه"
                    | "حقوقيه"
                    | "رايتس"
                    | "العفو"
            )
        })
}

/// True when a word of `para` from word `from` to word `to` (exclusive) ends in a first-person
/// pronoun or is one (`قواتنا`, `استهدفنا`, `نحن`): the speaker tells of its own act.
fn first_person(para: &str, tokens: &Tokens, from: usize, to: usize) -> bool {
    (from..to.min(tokens.words.len())).any(|j| {
        let Some(w) = tokens.words.get(j) else {
            return false;
        };
        let raw: String = para.chars().skip(w.start).take(w.end - w.start).collect();
        let raw = raw.trim_matches(|c: char| !c.is_alphabetic());
        raw.chars().count() >= 4 && raw.ends_with("نا") || matches!(raw, "نحن" | "ونحن")
    })
}

/// True when the source of a violent `ev` (roots 15–20), named only before its act, is who
/// tells of the act in a clause of its own: a word of saying before the source (`قال X`) or
/// right after it (`X قال`, `X في بيان له`), then a complementizer with no pronoun or a colon
/// (`إن`, `أن`, `بأن`, `فإن`, `:`), and the act after it. The last complementizer before the
/// act decides (`أنه، رغم …، فإن التنظيم استمر`). Not when that complementizer carries a
/// pronoun (`إنه قصف`), the clause names the source again or its own body or force first
/// (`إن قواته`, `إن القوات`), a word in the clause is first person (`قواتنا`, `استهدفنا`), a
/// participle of saying or a sentence break comes between, or the act is joined by و after a
/// comma (`…، واعتقلت`: the speaker's own act).
fn tells_the_act(
    ev: &Event,
    entities: &[rasd_model::Entity],
    para: &str,
    tokens: &Tokens,
    inside: &[&rasd_model::Mention],
    t: usize,
) -> bool {
    let (Some(first), Some(last)) = (
        inside.iter().map(|m| m.start).min(),
        inside.iter().map(|m| m.end).max(),
    ) else {
        return false;
    };
    let word = |j: usize| bare(tokens.norm(j));
    let raw = |j: usize| -> String {
        tokens.words.get(j).map_or_else(String::new, |w| {
            para.chars().skip(w.start).take(w.end - w.start).collect()
        })
    };
    let m0 = tokens.words.partition_point(|w| w.end <= first);
    let after = tokens.words.partition_point(|w| w.end <= last);
    let tw = tokens.words.partition_point(|w| w.end <= t);
    if tw <= after {
        return false;
    }
    // (Further back when the source is named in a spokesman's title: `وقال X المتحدث باسم
    // مجلس Y إن`.)
    let said_before = (m0.saturating_sub(4)..m0).any(|j| tells(word(j)))
        || (m0.saturating_sub(SPOKESMAN_WINDOW)..m0).any(|j| {
            tells(word(j)) && (j + 1..m0).any(|k| matches!(word(k), "باسم" | "المتحدث" | "الناطق"))
        });
    // The first complementizer (or a colon) after the speaker.
    let colon_at = |j: usize| {
        tokens.words.get(j).is_some_and(|w| {
            let gap: String = para
                .chars()
                .skip(w.end)
                .take_while(|c| !c.is_alphabetic())
                .collect();
            gap.contains(':')
        })
    };
    let that = |j: usize| BARE_THAT.contains(&word(j)) || PRONOUN_THAT.contains(&word(j));
    let Some(c1) = (after..tw.min(after + THAT_WINDOW)).find(|&j| that(j)) else {
        // `قال X: تحطمت طائرة …`
        let Some(k) = (after.saturating_sub(1)..tw.min(after + 3)).find(|&j| colon_at(j)) else {
            return false;
        };
        let said_after = (after..=k).any(|j| tells(word(j)));
        if !(said_before || said_after) {
            return false;
        }
        return clause_tells(ev, entities, para, tokens, (k + 1, k + 1), tw, &raw);
    };
    let said_after = (after..c1).any(|j| tells(word(j)) || SAYING_PARTICIPLES.contains(&word(j)));
    if !said_before && !said_after {
        return false;
    }
    // The last complementizer before the act that opens a told clause: joined by و/ف
    // (`فإن`, `وأن`) or after a word of saying (`وأضاف أن`); not `بعد أن`, `يمكن أن`.
    let opens = |j: usize| {
        let r = raw(j);
        r.starts_with(['و', 'ف'])
            || (j.saturating_sub(2)..j)
                .any(|k| tells(word(k)) || SAYING_PARTICIPLES.contains(&word(k)))
    };
    let cl = (c1 + 1..tw)
        .rev()
        .find(|&j| that(j) && opens(j))
        .unwrap_or(c1);
    if PRONOUN_THAT.contains(&word(cl)) || tw - cl > CLAUSE_WINDOW {
        return false;
    }
    clause_tells(ev, entities, para, tokens, (c1 + 1, cl + 1), tw, &raw)
}

/// The checks of [`tells_the_act`] on the told clause, words `from` to the act's word `tw`;
/// `told` is where the speaker's words start (at or before `from`), looked at for a unit of
/// the speaker's own (`أن قوة تابعة لها أحبطت …، وأن …`, `أن غارات نفذتها طائراتها`).
fn clause_tells(
    ev: &Event,
    entities: &[rasd_model::Entity],
    para: &str,
    tokens: &Tokens,
    (told, from): (usize, usize),
    tw: usize,
    raw: &dyn Fn(usize) -> String,
) -> bool {
    let (Some(fw), Some(trig)) = (tokens.words.get(from.min(tw)), tokens.words.get(tw)) else {
        return false;
    };
    let between: String = para
        .chars()
        .skip(fw.start)
        .take(trig.start.saturating_sub(fw.start))
        .collect();
    if between.contains(['.', '؛', ';', '!', '؟', '?']) {
        return false;
    }
    let trigger_raw = raw(tw);
    if trigger_raw.starts_with('و') && between.contains(['،', ',']) {
        return false;
    }
    if (from..tw).any(|j| {
        let w = bare(tokens.norm(j));
        SAYING_PARTICIPLES.contains(&w) || matches!(w, "متهما" | "متهمه" | "واتهم" | "اتهم")
    }) {
        return false;
    }
    if first_person(para, tokens, from, tw + 1) {
        return false;
    }
    // The source named again in the clause is its subject.
    let Some(source) = entity_by_id(entities, ev.source.as_deref()) else {
        return false;
    };
    if source
        .mentions
        .iter()
        .any(|m| super::in_event_paragraph(ev, m) && m.start >= fw.start && m.start < trig.start)
    {
        return false;
    }
    // A unit said to be the speaker's (`أن قوة تابعة لها`, `أن غارات نفذتها طائراتها`).
    let to_it = |j: usize| matches!(bare(tokens.norm(j)), "له" | "لها" | "لهم" | "لهما");
    let last = (tw + UNIT_AFTER).min(tokens.words.len().saturating_sub(1));
    let its_own = (from..tw.min(from + 4)).any(to_it)
        || (told.min(from)..tw).any(|j| {
            to_it(j)
                && j.checked_sub(1).is_some_and(|p| {
                    matches!(tokens.norm(p), "تابعه" | "التابعه" | "تابع" | "التابع")
                })
        })
        || (told.min(from)..tw).any(|j| own_unit(&raw(j)))
        // (After the act only as its doer in a relative clause: `غارات نفذتها طائراتها`, not
        // `هاجموا قواتها`.)
        || (tw + 1..=last).any(|j| own_unit(&raw(j)) && ends_in_doer_pronoun(&raw(j - 1)));
    if its_own {
        return false;
    }
    // The clause's subject: its own body or force (`إن القوات`, `إن قواته`), or a noun with a
    // pronoun, is the speaker's side unless the speaker only tells of violence.
    if from < tw {
        let subject = bare(tokens.norm(from));
        let own = (OWN_SUBJECTS.contains(&subject) && own_subject(source, subject))
            || ends_in_doer_pronoun(&raw(from));
        if own && !teller(source, &ev.code) {
            return false;
        }
    }
    true
}

/// Stems of a force or its arms (normal form) that, with a pronoun, are the speaker's own
/// (`طائراتها`, `قواته`, `جنودنا`).
const UNIT_STEMS: &[&str] = &[
    "قوات",
    "قوت",
    "طايرات",
    "مقاتلات",
    "جنود",
    "عناصر",
    "مقاتلي",
    "مدفعيت",
    "وحدات",
    "طيران",
    "سلاح",
    "دوريات",
    "مروحيات",
    "سفن",
    "بوارج",
];

/// Words looked at after the act for a unit of the speaker's own (`غارات نفذتها طائراتها`).
const UNIT_AFTER: usize = 3;

/// True when `word` is a force or its arms with a possessive pronoun (see [`UNIT_STEMS`]).
fn own_unit(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphabetic());
    let word = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .unwrap_or(word);
    let norm = normalize_phrase(word);
    ["هما", "هم", "ها", "ه", "نا"].iter().any(|p| {
        norm.strip_suffix(p)
            .is_some_and(|stem| UNIT_STEMS.contains(&stem))
    })
}

/// Group and office words of [`OWN_SUBJECTS`] (normal form): the speaker's own only when its
/// name has the word (`قال التنظيم إن التنظيم`, `قالت وزارة X إن الوزارة`) or it is itself a
/// group (`قال الناطق باسم جماعة X إن الجماعة`), not `قالت الخارجية إن التنظيم`.
const NAMED_SUBJECTS: &[&str] = &["الجماعه", "الحركه", "التنظيم", "الجبهه", "الحزب", "الوزاره"];

/// First words of a state body's name (normal form, without the article): a group word after
/// its `إن` is someone else (`قالت الخارجية إن التنظيم واصل`).
const STATE_HEADS: &[&str] = &[
    "وزاره",
    "خارجيه",
    "داخليه",
    "دفاع",
    "حكومه",
    "رياسه",
    "مكتب",
    "جيش",
    "قوات",
    "شرطه",
    "وكاله",
    "سلطات",
    "محكمه",
    "نيابه",
    "مجلس",
];

/// True when `subject` (a word of [`OWN_SUBJECTS`]) may stand for `source` itself: a state or
/// a force word always, a group or office word when the source's name has it or the source is
/// a body that is no state's ([`STATE_HEADS`]).
fn own_subject(source: &rasd_model::Entity, subject: &str) -> bool {
    if !NAMED_SUBJECTS.contains(&subject) {
        return true;
    }
    let head = subject.strip_prefix("ال").unwrap_or(subject);
    let norm = normalize_phrase(&source.name);
    let mut words = norm.split(' ').map(|w| w.strip_prefix("ال").unwrap_or(w));
    if words.clone().any(|w| w == head) {
        return true;
    }
    source.kind == EntityType::Organization
        && head != "وزاره"
        && words
            .next()
            .is_some_and(|first| !STATE_HEADS.contains(&first))
}

/// Clears the source of the violent events (roots 15–20) whose source only tells of the act:
/// a body that never does violence ([`teller`], roots 17–20) or a speaker of the clause the
/// act is told in ([`tells_the_act`]). No doer is better than a reporter accused of the act.
/// `triggers` are the events' triggers in the same order (ignored when they are not aligned).
pub(super) fn clear_teller_sources(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[rasd_model::Entity],
    article: &Article,
    texts: &mut Texts,
) {
    let aligned = triggers.len() == events.len();
    for (k, ev) in events.iter_mut().enumerate() {
        if !root_from(&ev.code, 15) {
            continue;
        }
        let Some(source) = entity_by_id(entities, ev.source.as_deref()) else {
            continue;
        };
        let cleared = (root_from(&ev.code, 17) && teller(source, &ev.code))
            || (aligned
                && source_before_act(ev, triggers.get(k), entities, article, texts).is_some_and(
                    |(para, tokens, inside, t)| {
                        tells_the_act(ev, entities, para, tokens, &inside, t)
                    },
                ));
        if cleared {
            clear_actor(ev, false);
        }
    }
}

/// Words of `على يد X` (normal form): the word before `يد`/`ايدي` and the hand words.
const HAND_WORDS: &[&str] = &["يد", "ايدي", "يدي"];

/// Words looked at after the act for `على يد`.
const HAND_WINDOW: usize = 8;

/// Words of the weapon a doer fired (normal form) whose next words name the doer: `قتل شاب
/// برصاص الجيش X`, `أصيب جندي بنيران جماعة X`, `قتل مدنيون بغارات التحالف`. Not `بقصف`, whose
/// next word is as often what was shelled (`قامت بقصف مواقع X`).
const FIRE_WORDS: &[&str] = &[
    "برصاص",
    "بنيران",
    "بغاره",
    "بغارات",
    "بقذايف",
    "بقذيفه",
    "بصاروخ",
    "بصواريخ",
];

/// At most this many words of the doer's name after a word of [`FIRE_WORDS`] before the
/// entity's own name starts (`برصاص جنود جيش الاحتلال X`).
const FIRE_LEAD: usize = 3;

/// Words that end a fire word's doer phrase before an entity (normal form): a place or a time
/// after the weapon is not whose weapon it was (`برصاص قناص في مدينة X`).
const FIRE_BREAKS: &[&str] = &[
    "في",
    "فى",
    "من",
    "على",
    "علي",
    "قرب",
    "عند",
    "داخل",
    "خلال",
    "اثناء",
    "بعد",
    "قبل",
    "الى",
    "الي",
    "مع",
    "ضد",
];

/// The entity named right after `على يد` / `على أيدي` / `بأيدي` / `بيد`, or as whose weapon
/// it was (`برصاص X`, `بنيران X`, see [`FIRE_WORDS`]), within [`HAND_WINDOW`] words after the
/// act at char `t` of body paragraph `ev.paragraph`, with no clause break between. After a
/// fire word the name may start up to [`FIRE_LEAD`] words on with no [`FIRE_BREAKS`] word
/// before it, and a state counts when named by its nisba (`بنيران هندية`, `برصاص الجيش
/// الإسرائيلي`); after a hand word the name starts at the next word (one word of members may
/// come first) and is never a place.
fn hand_doer<'e>(
    ev: &Event,
    t: usize,
    entities: &'e [rasd_model::Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<&'e rasd_model::Entity> {
    let para = article.body.get(ev.paragraph)?;
    let tokens = texts.tokens(article, rasd_model::ArticlePart::Body, ev.paragraph)?;
    let tw = tokens.words.partition_point(|w| w.end <= t);
    let end = (tw + 1 + HAND_WINDOW).min(tokens.words.len());
    let h = (tw + 1..end).find(|&j| {
        let w = tokens.norm(j);
        let prev = j.checked_sub(1).map(|p| tokens.norm(p));
        (HAND_WORDS.contains(&w) && matches!(prev, Some("علي" | "على")))
            || matches!(w, "بايدي" | "بيد")
            || FIRE_WORDS.contains(&w)
    })?;
    let fire = FIRE_WORDS.contains(&tokens.norm(h));
    let hw = tokens.words.get(h)?;
    let trig = tokens.words.get(tw)?;
    let between: String = para
        .chars()
        .skip(trig.end)
        .take(hw.start.saturating_sub(trig.end))
        .collect();
    if between.contains(['.', '،', ',', '؛', ';', ':', '!', '؟', '?']) {
        return None;
    }
    let next = tokens.words.get(h + 1)?;
    let limit = if fire {
        // The last word the name may start at: up to FIRE_LEAD words on, before any break.
        let mut last = h + 1;
        while last < h + 1 + FIRE_LEAD
            && tokens
                .words
                .get(last + 1)
                .is_some_and(|w| w.punct_before.is_none())
            && !FIRE_BREAKS.contains(&tokens.norm(last + 1))
            && !FIRE_BREAKS.contains(&tokens.norm(last))
        {
            last += 1;
        }
        tokens.words.get(last)?.start
    } else {
        // The doer's name starts at the next word (`على يد مسلحي X`: one word of members may
        // come first).
        tokens.words.get(h + 2).map_or(next.end, |w| w.start)
    };
    // A state by its nisba, not the make of the weapon (`بصاروخ روسي الصنع`).
    let nisba = |m: &rasd_model::Mention| {
        let text = m.text.trim_start_matches('و');
        let k = tokens.words.partition_point(|w| w.end <= m.end);
        let make = tokens
            .words
            .get(k)
            .is_some_and(|_| matches!(tokens.norm(k), "الصنع" | "صنع"));
        !make
            && ["ي", "ية", "يه", "يين", "يون"]
                .iter()
                .any(|e| text.ends_with(e))
    };
    // The first name there (`برصاص الجيش الإسرائيلي`: the army, not the state of its nisba).
    entities
        .iter()
        .filter(|e| e.kind != EntityType::Location || fire)
        .filter_map(|e| {
            e.mentions
                .iter()
                .filter(|m| {
                    super::in_event_paragraph(ev, m)
                        && m.start >= next.start
                        && m.start <= limit
                        && (e.kind != EntityType::Location || nisba(m))
                })
                .map(|m| m.start)
                .min()
                .map(|start| (start, e))
        })
        .min_by_key(|&(start, _)| start)
        .map(|(_, e)| e)
}

/// Makes the entity named after `على يد` / `على أيدي`, or whose weapon it was (`برصاص X`,
/// `بنيران X`), right after a violent act (roots 17–20) its source ([`hand_doer`]): `قُتل
/// الجندي على يد مسلحي جماعة X`, `خطفوا على أيدي X`, `قتل شاب X برصاص الجيش Y`. When
/// the engine gave that doer as the target, the old source becomes the target (the act was
/// read backwards); otherwise the old source goes (it told of the act or suffered it).
pub(super) fn hand_doers(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[rasd_model::Entity],
    article: &Article,
    texts: &mut Texts,
) {
    if triggers.len() != events.len() {
        return;
    }
    for (ev, trigger) in events.iter_mut().zip(triggers) {
        if !root_from(&ev.code, 17) || trigger.start == usize::MAX {
            continue;
        }
        let Some(doer) = hand_doer(ev, trigger.start, entities, article, texts) else {
            continue;
        };
        if ev.source.as_deref() == Some(doer.id.as_str()) {
            continue;
        }
        if ev.target.as_deref() == Some(doer.id.as_str()) {
            ev.target = ev.source.take();
            ev.target_country = ev.source_country.take();
        }
        ev.source = Some(doer.id.clone());
        ev.source_country = doer.country.clone();
    }
}

/// Words of a spokesman's title before `باسم` (normal form, without و): `المتحدث باسم X`,
/// `وهو متحدث باسم X`, `الناطق الرسمي باسم X`.
const SPOKESMAN_WORDS: &[&str] = &[
    "المتحدث",
    "متحدث",
    "المتحدثه",
    "متحدثه",
    "الناطق",
    "ناطق",
    "الناطقه",
    "ناطقه",
];

/// Words that may stand between a spokesman's word and `باسم` (normal form): `الناطق الرسمي
/// باسم`, `المتحدث العسكري باسم`.
const SPOKESMAN_QUALIFIERS: &[&str] = &["الرسمي", "العسكري", "الاعلامي", "الصحفي"];

/// At most this many words between a spokesman's name and `باسم` of the title naming whom he
/// speaks for, either way (`المتحدث باسم X، العقيد Y`, `Y، وهو متحدث باسم X`).
const SPOKESMAN_SPAN: usize = 4;

/// True when word `j` is `باسم` behind a spokesman's word ([`SPOKESMAN_WORDS`], with at most
/// one [`SPOKESMAN_QUALIFIERS`] between).
fn spokesman_title_at(tokens: &Tokens, j: usize) -> bool {
    if tokens.norm(j) != "باسم" {
        return false;
    }
    let spokesman = |k: usize| {
        let w = tokens.norm(k);
        SPOKESMAN_WORDS.contains(&w.strip_prefix('و').filter(|r| r.len() > 6).unwrap_or(w))
    };
    match j.checked_sub(1) {
        Some(p) if spokesman(p) => true,
        Some(p) if SPOKESMAN_QUALIFIERS.contains(&tokens.norm(p)) => {
            p.checked_sub(1).is_some_and(spokesman)
        }
        _ => false,
    }
}

/// Whom the spokesman who is the source of a violent `ev` speaks for (see
/// [`spokesman_bodies`]), with `Some(None)` when that body is no entity that can act (a place,
/// none) or another actor is named between the spokesman and the act; `None` when the source is
/// no spokesman named before the act.
fn spokesman_body<'e>(
    ev: &Event,
    trigger: Option<&Trigger>,
    entities: &'e [rasd_model::Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<Option<&'e rasd_model::Entity>> {
    let source = entity_by_id(entities, ev.source.as_deref())?;
    if source.kind != EntityType::Person {
        return None;
    }
    let (para, tokens, inside, t) = source_before_act(ev, trigger, entities, article, texts)?;
    let first = inside.iter().map(|m| m.start).min()?;
    let last = inside.iter().map(|m| m.end).max()?;
    let m0 = tokens.words.partition_point(|w| w.end <= first);
    let after = tokens.words.partition_point(|w| w.end <= last);
    let tw = tokens.words.partition_point(|w| w.end <= t);
    // `باسم` of a spokesman's title close before the name or close after it, with no sentence
    // break between.
    let title = (m0.saturating_sub(SPOKESMAN_SPAN + 2)..m0)
        .rev()
        .chain(after..(after + SPOKESMAN_SPAN + 1).min(tw))
        .find(|&j| spokesman_title_at(tokens, j))?;
    let (lo, hi) = (title.min(m0), title.max(after));
    let span_text = |a: usize, b: usize| -> Option<String> {
        let (wa, wb) = (tokens.words.get(a)?, tokens.words.get(b)?);
        Some(
            para.chars()
                .skip(wa.start)
                .take(wb.start.saturating_sub(wa.start))
                .collect(),
        )
    };
    // (Not across what the speaker said: `قال المتحدث باسم X إن Y هاجم`.)
    if span_text(lo, hi)?.contains(['.', '؛', ';', '!', '؟', '?'])
        || (lo..hi).any(|j| {
            let w = bare(tokens.norm(j));
            BARE_THAT.contains(&w) || PRONOUN_THAT.contains(&w)
        })
    {
        return None;
    }
    let body_word = tokens.words.get(title + 1)?;
    let body = entities.iter().find(|e| {
        e.mentions
            .iter()
            .any(|m| super::in_event_paragraph(ev, m) && m.start == body_word.start)
    });
    // (`متحدث باسم X`: X, the source, is whom he speaks for, not the spokesman.)
    if body.is_some_and(|b| b.id == source.id) {
        return None;
    }
    // The body's mentions, the spokesman's and places aside, no actor is named from the end of
    // the spokesman's phrase to the act (`المتحدث باسم المجلس X أن القوات العراقية هاجمت`:
    // the forces acted, not the council).
    let phrase_end = tokens.words.get(hi.max(title + 1))?.end;
    let trig_start = tokens.words.get(tw)?.start;
    let other = entities.iter().any(|e| {
        e.kind != EntityType::Location
            && e.id != source.id
            && body.is_none_or(|b| b.id != e.id)
            && e.mentions.iter().any(|m| {
                super::in_event_paragraph(ev, m) && m.start >= phrase_end && m.start < trig_start
            })
    });
    let body = body.filter(|b| {
        b.kind != EntityType::Location && !other && ev.target.as_deref() != Some(b.id.as_str())
    });
    Some(body)
}

/// Gives a violent act (roots 17–20) whose source is a spokesman to the body he speaks for
/// (`وكشف المتحدث باسم جماعة X، Y، عن استهداف مواقع`, `وقال Y وهو متحدث باسم X إن الهجوم
/// استهدف`): a spokesman tells of an act and does none. When that body is no actor that can
/// act, is the act's target, or another actor is named between the spokesman and the act (see
/// [`spokesman_body`]), the source is cleared instead. Runs after [`clear_teller_sources`],
/// which clears a spokesman who tells of another's act in a clause of its own.
/// `triggers` are the events' triggers in the same order (nothing is done when they are not
/// aligned).
pub(super) fn spokesman_bodies(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[rasd_model::Entity],
    article: &Article,
    texts: &mut Texts,
) {
    if triggers.len() != events.len() {
        return;
    }
    for (ev, trigger) in events.iter_mut().zip(triggers) {
        if !root_from(&ev.code, 17) || trigger.start == usize::MAX {
            continue;
        }
        match spokesman_body(ev, Some(trigger), entities, article, texts) {
            Some(Some(body)) => {
                ev.source = Some(body.id.clone());
                ev.source_country = body.country.clone();
            }
            Some(None) => clear_actor(ev, false),
            None => {}
        }
    }
}

/// Nouns of what a strike hits that name its owner right after them or after `التابعة لـ`
/// (normal form, without و/ف): `قصفت الطائرات مواقع X`, `استهدفت الغارات مقرات X`, `مواقع
/// وآليات تابعة لـX`.
const STRUCK_NOUNS: &[&str] = &[
    "مواقع",
    "موقع",
    "مقر",
    "مقرات",
    "معاقل",
    "معقل",
    "اوكار",
    "تجمعات",
    "تجمع",
    "معسكرات",
    "معسكر",
    "مخازن",
    "اليات",
    "تحصينات",
    "مراكز",
    "مسلحي",
    "مقاتلي",
    "اهداف",
    "نقطه",
    "نقاط",
    "مركز",
    "مقار",
    "احياء",
];

/// [`STRUCK_NOUNS`] that are also the head of a place's own name (`مركز ويست غايت`): the
/// owner named right after them must be written with لـ (`مركز تدريب لـX`, `مركز للجماعة`).
const STRUCK_NAMED_NOUNS: &[&str] = &["مركز"];

/// Words looked at after the act for the first struck noun.
const STRUCK_WINDOW: usize = 8;

/// Words of the struck phrase after its noun: joined nouns and `التابعة لـ`
/// (`مواقع وآليات تابعة للحوثيين وقوات X`).
const STRUCK_PHRASE: usize = 8;

/// Words (normal form) that tie a struck phrase to its owner after it: `تابعة لـ`, `الموالية لـ`.
const STRUCK_LINKS: &[&str] = &[
    "تابعه",
    "التابعه",
    "التابع",
    "تابع",
    "الموالين",
    "المواليه",
    "الموالي",
];

/// The entities named in the struck phrase after the violent act at word `tw`: the owner of a
/// [`STRUCK_NOUNS`] noun within [`STRUCK_WINDOW`] words after the act, named right after it,
/// after joined nouns, or after `تابعة لـ` (`قصفت الطائرات مواقع وآليات تابعة لجماعة X وقوات
/// Y`), up to the next comma or sentence break. Places are left out (`مواقع في المدينة`).
fn struck_owners<'e>(
    ev: &Event,
    para: &str,
    tokens: &Tokens,
    tw: usize,
    entities: &'e [rasd_model::Entity],
) -> Vec<&'e rasd_model::Entity> {
    let n = tokens.words.len();
    let breaks_before = |j: usize| {
        let (Some(a), Some(b)) = (tokens.words.get(j.saturating_sub(1)), tokens.words.get(j))
        else {
            return true;
        };
        let gap: String = para
            .chars()
            .skip(a.end)
            .take(b.start.saturating_sub(a.end))
            .collect();
        gap.contains(['.', '،', ',', '؛', ';', ':', '!', '؟', '?'])
    };
    let Some(s) = (tw + 1..(tw + 1 + STRUCK_WINDOW).min(n))
        .take_while(|&j| !breaks_before(j))
        .find(|&j| STRUCK_NOUNS.contains(&bare(tokens.norm(j))))
    else {
        return Vec::new();
    };
    // (`مواجهات بين X ومسلحي Y`: Y fought, it was not hit.)
    if (tw + 1..s).any(|j| bare(tokens.norm(j)) == "بين") {
        return Vec::new();
    }
    let mut end = s + 1;
    while end < n && end < s + 1 + STRUCK_PHRASE && !breaks_before(end) {
        end += 1;
    }
    let (Some(from), Some(to)) = (tokens.words.get(s + 1), tokens.words.get(end - 1)) else {
        return Vec::new();
    };
    // The owner must start the phrase after the noun, a joined noun or `تابعة لـ`.
    let lead = tokens.words.get(s + 2).map_or(from.end, |w| w.end);
    // The owners in the order they are named (`مواقع لحزب X بينما يقوم Y`: X first).
    let mut owners: Vec<(usize, &rasd_model::Entity)> = entities
        .iter()
        .filter(|e| e.kind != EntityType::Location)
        .filter_map(|e| {
            e.mentions
                .iter()
                .filter(|m| {
                    super::in_event_paragraph(ev, m) && m.start >= from.start && m.start < to.end
                })
                .map(|m| m.start)
                .min()
                .map(|start| (start, e))
        })
        .collect();
    owners.sort_by_key(|&(start, _)| start);
    let owners: Vec<&rasd_model::Entity> = owners.into_iter().map(|(_, e)| e).collect();
    // (`مركز ويست غايت`: a centre's own name; its owner is written with لـ, `مركز تدريب لـX`.)
    if STRUCK_NAMED_NOUNS.contains(&bare(tokens.norm(s))) {
        let owner_word = owners.first().and_then(|e| {
            e.mentions
                .iter()
                .filter(|m| super::in_event_paragraph(ev, m) && m.start >= from.start)
                .map(|m| tokens.words.partition_point(|w| w.end <= m.start))
                .min()
        });
        let with_lam = owner_word.is_some_and(|k| {
            bare(tokens.norm(k)).starts_with('ل')
                || (s + 1..k).any(|j| STRUCK_LINKS.contains(&tokens.norm(j)))
        });
        if !with_lam {
            return Vec::new();
        }
    }
    let first_at = owners
        .iter()
        .filter_map(|e| {
            e.mentions
                .iter()
                .filter(|m| super::in_event_paragraph(ev, m) && m.start >= from.start)
                .map(|m| m.start)
                .min()
        })
        .min();
    let attached = first_at
        .is_some_and(|f| f < lead || (s + 1..end).any(|j| STRUCK_LINKS.contains(&tokens.norm(j))));
    if attached {
        owners
    } else if first_at.is_none()
        && tokens.words.get(s + 1).is_some()
        && bare(tokens.norm(s + 1)) == "التنظيم"
    {
        // (`غارات ضد مسلحي التنظيم في سورية والعراق`: the group the article named as a
        // `تنظيم` before, when it named one only.)
        named_group(ev, entities).into_iter().collect()
    } else {
        Vec::new()
    }
}

/// The one body that is no place whose name was written with `تنظيم` (`تنظيم داعش`, `تنظيم
/// الدولة`) in the article up to `ev`'s paragraph: what a bare `التنظيم` there refers to; none
/// when no such body or more than one was named.
fn named_group<'e>(
    ev: &Event,
    entities: &'e [rasd_model::Entity],
) -> Option<&'e rasd_model::Entity> {
    let mut groups = entities.iter().filter(|e| {
        e.kind != EntityType::Location
            && e.mentions.iter().any(|m| {
                (m.part != rasd_model::ArticlePart::Body || m.paragraph <= ev.paragraph)
                    && m.text.split_whitespace().next().is_some_and(|w| {
                        let w = w.trim_start_matches(['و', 'ب', 'ل', 'ف']);
                        w == "تنظيم" || w == "التنظيم"
                    })
            })
    });
    let group = groups.next()?;
    groups.next().is_none().then_some(group)
}

/// Sets the target of a violent act of roots 18–20 to the owner of what it hit (see
/// [`struck_owners`]) when the engine left it empty (but named a source) or gave a place (`قصفت طائرات التحالف
/// مواقع جماعة X في منطقة Y`: X, not Y); a source named among the struck is none (`قصف
/// الطيران مواقع X وقوات Y`: Y was hit), and when the engine gave the act backwards (the
/// struck as source, the doer as target) the two change places.
pub(super) fn struck_targets(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[rasd_model::Entity],
    article: &Article,
    texts: &mut Texts,
) {
    if triggers.len() != events.len() {
        return;
    }
    for (ev, trigger) in events.iter_mut().zip(triggers) {
        // (An event with no actor at all stays one: it goes, not gains a target.)
        if !root_from(&ev.code, 18)
            || trigger.start == usize::MAX
            || (ev.source.is_none() && ev.target.is_none())
        {
            continue;
        }
        let Some(para) = article.body.get(ev.paragraph) else {
            continue;
        };
        let Some(tokens) = texts.tokens(article, rasd_model::ArticlePart::Body, ev.paragraph)
        else {
            continue;
        };
        let tw = tokens.words.partition_point(|w| w.end <= trigger.start);
        let owners = struck_owners(ev, para, tokens, tw, entities);
        let Some(first) = owners.first() else {
            continue;
        };
        let struck = |id: Option<&str>| id.is_some_and(|id| owners.iter().any(|e| e.id == id));
        // Where the struck phrase starts: a doer is named before it.
        let phrase_start = (tw + 1..tokens.words.len())
            .find(|&j| STRUCK_NOUNS.contains(&bare(tokens.norm(j))))
            .and_then(|j| tokens.words.get(j))
            .map_or(usize::MAX, |w| w.start);
        let sentence = texts.sentence_span(ev, article);
        let named_before = |id: Option<&str>| {
            entity_by_id(entities, id).is_some_and(|e| {
                e.mentions.iter().any(|m| {
                    super::in_event_paragraph(ev, m)
                        && m.end <= phrase_start
                        && sentence.is_some_and(|(a, _)| m.start >= a)
                })
            })
        };
        let place = entity_by_id(entities, ev.target.as_deref())
            .is_some_and(|e| e.kind == EntityType::Location);
        let source_struck = struck(ev.source.as_deref());
        if source_struck {
            // Read backwards: a target that is no place and was not hit is the doer.
            if ev.target.is_some()
                && !place
                && !struck(ev.target.as_deref())
                && named_before(ev.target.as_deref())
            {
                ev.source = ev.target.take();
                ev.source_country = ev.target_country.take();
            } else {
                clear_actor(ev, false);
            }
        }
        // (A target named after the act beside the struck is one of them or a bystander:
        // the owner of what was hit is the target.)
        if ev.target.is_none() || place || (source_struck && !struck(ev.target.as_deref())) {
            ev.target = Some(first.id.clone());
            ev.target_country = first.country.clone();
        }
    }
}

/// True when `w` (normal form) is a word of aiming at a target: `استهدف`, `تستهدف`,
/// `استهدفت`, `مستهدفة`, `لاستهداف` (with و/ف).
fn targeting_word(w: &str) -> bool {
    let w = bare(w);
    ["استهدف", "تستهدف", "يستهدف", "مستهدف", "استهداف", "لاستهداف"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// Gives a violent act of roots 18–20 that has no target, or a place as target, the owner of
/// what a later word of aiming in the same sentence names as hit (`شنت طائراته غارات على
/// البلاد، تستهدف من خلالها مواقع جماعة X`: X, not the country): the struck phrase of
/// [`struck_owners`] after `استهدف`/`تستهدف`/`مستهدفة` when [`struck_targets`] found none right
/// after the act. Not when another actor than the act's own is named between the act and the
/// struck phrase (the aiming is then another's act), nor when the owner is the act's source.
pub(super) fn later_struck_targets(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[rasd_model::Entity],
    article: &Article,
    texts: &mut Texts,
) {
    if triggers.len() != events.len() {
        return;
    }
    for (ev, trigger) in events.iter_mut().zip(triggers) {
        if !root_from(&ev.code, 18)
            || trigger.start == usize::MAX
            || (ev.source.is_none() && ev.target.is_none())
        {
            continue;
        }
        let place = entity_by_id(entities, ev.target.as_deref())
            .is_some_and(|e| e.kind == EntityType::Location);
        if ev.target.is_some() && !place {
            continue;
        }
        let Some((_, sentence_end)) = texts.sentence_span(ev, article) else {
            continue;
        };
        let Some(para) = article.body.get(ev.paragraph) else {
            continue;
        };
        let Some(tokens) = texts.tokens(article, rasd_model::ArticlePart::Body, ev.paragraph)
        else {
            continue;
        };
        let tw = tokens.words.partition_point(|w| w.end <= trigger.start);
        let Some(aim) = (tw + 1..tokens.words.len())
            .take_while(|&j| tokens.words[j].start < sentence_end)
            .find(|&j| targeting_word(tokens.norm(j)))
        else {
            continue;
        };
        let owners = struck_owners(ev, para, tokens, aim, entities);
        let Some(first) = owners.first() else {
            continue;
        };
        // No other actor from the act to the struck phrase (`فيما استهدف X مواقع Y`: X's act).
        let act_end = tokens.words[tw].end;
        let phrase_start = (aim + 1..tokens.words.len())
            .find(|&j| STRUCK_NOUNS.contains(&bare(tokens.norm(j))))
            .map_or(usize::MAX, |j| tokens.words[j].start);
        let own = |id: &str| ev.source.as_deref() == Some(id) || ev.target.as_deref() == Some(id);
        let another_between = entities.iter().any(|e| {
            e.kind != EntityType::Location
                && !own(&e.id)
                && e.mentions.iter().any(|m| {
                    super::in_event_paragraph(ev, m) && m.start >= act_end && m.end <= phrase_start
                })
        });
        if another_between {
            continue;
        }
        if ev.source.as_deref() == Some(first.id.as_str()) {
            continue;
        }
        ev.target = Some(first.id.clone());
        ev.target_country = first.country.clone();
    }
}

/// Nouns of people (normal form, without و/ف) that a nationality qualifies in a victim phrase
/// (`قتل موظف أمريكي`, `إصابة جنديين تركيين`).
const VICTIM_NOUNS: &[&str] = &[
    "جندي",
    "جنديا",
    "جنديان",
    "جنديين",
    "جنود",
    "جنودا",
    "عسكري",
    "عسكريا",
    "عسكريين",
    "ضابط",
    "ضابطا",
    "ضباط",
    "شرطي",
    "شرطيا",
    "شرطيين",
    "موظف",
    "موظفا",
    "موظفين",
    "موظفه",
    "مدني",
    "مدنيا",
    "مدنيين",
    "مدنيان",
    "مواطن",
    "مواطنا",
    "مواطنين",
    "مواطنان",
    "مواطنه",
    "سايح",
    "سايحا",
    "سياح",
    "سياحا",
    "صحفي",
    "صحفيا",
    "صحفيين",
    "صحافي",
    "صحافيا",
    "صحافيين",
    "رهينه",
    "رهاين",
    "عامل",
    "عاملا",
    "عمال",
    "دبلوماسي",
    "دبلوماسيا",
    "طيار",
    "طيارا",
    "مقيم",
    "مقيما",
    "مقيمه",
    "مهندس",
    "مهندسا",
    "طبيب",
    "طبيبا",
    "رجل",
    "رجلا",
    "امراه",
    "شخص",
    "شخصا",
    "شخصين",
    "اشخاص",
    "طفل",
    "طفلا",
    "اطفال",
    "مستشار",
    "مستشارا",
];

/// Nouns of armed forces (normal form, without و/ف) whose nationality names a doer.
const FORCE_NOUNS: &[&str] = &[
    "الجيش",
    "جيش",
    "القوات",
    "قوات",
    "الطيران",
    "طيران",
    "الطايرات",
    "طايرات",
    "المقاتلات",
    "مقاتلات",
    "المدفعيه",
    "مدفعيه",
    "الشرطه",
    "الامن",
    "البحريه",
    "الدبابات",
    "الوحدات",
];

/// Words of a victim phrase's head (normal form, without و/ف): killing, wounding, capture.
const VICTIM_HEADS: &[&str] = &["اغتيال", "اعدام", "ذبح", "لمقتل", "ومقتل", "باختطاف"];

/// True when the mention starting at char `start` of the text of `tokens` is a nationality
/// (a nisba: `أمريكي`, `تركيان`, `أميركيا`) of the hit in a victim phrase: a word of killing,
/// wounding or capture ([`super::HIT_WORDS`]), an optional number, an optional noun of people,
/// then the nationality (`قتل موظف أمريكي`, `مقتل 58 أميركيا`, `إصابة جنديين تركيين`).
fn victim_nationality(tokens: &Tokens, start: usize, first_word: usize) -> bool {
    let k = tokens.words.partition_point(|w| w.end <= start);
    let Some(word) = tokens.words.get(k) else {
        return false;
    };
    let nisba = ["ي", "يه", "يا", "يان", "يين", "يون", "ين"]
        .iter()
        .any(|e| tokens.norm(k).ends_with(e));
    if word.start != start || !nisba {
        return false;
    }
    let mut j = k;
    let step = |j: &mut usize| -> Option<&str> {
        *j = j.checked_sub(1).filter(|&p| p >= first_word)?;
        Some(bare(tokens.norm(*j)))
    };
    let Some(mut w) = step(&mut j) else {
        return false;
    };
    let mut noun = false;
    if VICTIM_NOUNS.contains(&w) {
        noun = true;
        let Some(p) = step(&mut j) else {
            return false;
        };
        w = p;
    }
    if super::number_word(w) {
        let Some(p) = step(&mut j) else {
            return false;
        };
        w = p;
    } else if !noun {
        // A nationality right after the act word is its subject's (`قتل أمريكي`: too rare
        // and too often a noun of its own to read).
        return false;
    }
    super::HIT_WORDS.contains(&w) || VICTIM_HEADS.contains(&w)
}

/// Gives the victim's side of a violent act (roots 18–20) to the target when the source is
/// named only as a nationality of the hit (`قُتل موظف أمريكي في هجوم تبناه التنظيم` → the US
/// is hit, not the killer). When the target is a doer (not a place, not a medium) the two
/// change places; otherwise the victim's side replaces it and the source is left empty.
pub(super) fn victim_nationality_sources(
    events: &mut [Event],
    entities: &[rasd_model::Entity],
    article: &Article,
    texts: &mut Texts,
) {
    for ev in events.iter_mut() {
        if !root_from(&ev.code, 18) {
            continue;
        }
        let Some(source) = entity_by_id(entities, ev.source.as_deref()) else {
            continue;
        };
        let Some((tokens, start, inside)) = super::mentions_in_sentence(ev, source, article, texts)
        else {
            continue;
        };
        let first_word = tokens.words.partition_point(|w| w.end <= start);
        // Its other mentions in the sentence must not name a doer: after the victim, a
        // nationality of a noun that is no force (`قرب الحدود التركية`) or a venue (`في جنوب
        // شرق تركيا`) may stand; a party named before (`تبادل الجيش X ومسلحون … إصابة جنديين
        // X`) may have fought.
        let victim = |m: &&rasd_model::Mention| victim_nationality(tokens, m.start, first_word);
        let Some(first_victim) = inside.iter().filter(|m| victim(m)).map(|m| m.start).min() else {
            continue;
        };
        let aside = |m: &&rasd_model::Mention| {
            let k = tokens.words.partition_point(|w| w.end <= m.start);
            let force = k
                .checked_sub(1)
                .is_some_and(|p| FORCE_NOUNS.contains(&bare(tokens.norm(p))));
            m.start > first_victim
                && ((["ي", "ية", "يين"].iter().any(|e| m.text.ends_with(e)) && !force)
                    || super::venue(tokens, m.start))
        };
        if !inside.iter().all(|m| victim(m) || aside(m)) {
            continue;
        }
        let doer = entity_by_id(entities, ev.target.as_deref())
            .is_some_and(|t| t.kind != EntityType::Location && !medium(t));
        if doer {
            swap_actors(ev);
        } else {
            ev.target = ev.source.take();
            ev.target_country = ev.source_country.take();
        }
    }
}

/// Nouns of kidnapping (normal form, without و/ف and a prefixed ب or ل) whose next word
/// names the one kidnapped (`اختطاف X`, `بخطف X`, `خطف الكرواتي`).
const KIDNAP_NOUNS: &[&str] = &["خطف", "اختطاف"];

/// Words (normal form) before a bare `خطف` that make it a noun, not the verb: `عند خطف X`,
/// `عملية خطف X`.
const KIDNAP_NOUN_CUES: &[&str] = &[
    "عند",
    "بعد",
    "قبل",
    "منذ",
    "علي",
    "عن",
    "اثر",
    "جراء",
    "عمليه",
    "حادث",
    "حادثه",
];

/// Definite words of time (normal form) that a verb `خطف` may follow (`اليوم خطف مسلحون`),
/// besides the days of the week ([`WEEKDAYS`]).
const TIME_WORDS: &[&str] = &[
    "اليوم",
    "الليله",
    "الماضي",
    "الماضيه",
    "الفجر",
    "الصباح",
    "المساء",
];

/// Titles (normal form) that may stand between a kidnapping noun and the one kidnapped
/// (`خطف الأب X`, `اختطاف الدكتور X`).
const KIDNAP_TITLES: &[&str] = &[
    "الاب",
    "الدكتور",
    "الشيخ",
    "المهندس",
    "الصحفي",
    "الصحافي",
    "الناشط",
    "المواطن",
    "الرهينه",
];

/// Pronouns on a kidnapping noun (normal form): `عند خطفه`, `بعد اختطافهم`.
const OBJECT_PRONOUNS: &[&str] = &["ه", "ها", "هم", "هما", "هن"];

/// How the kidnapping word `w` (normal form, without و/ف) names its victim: `Some(false)` for
/// a noun whose next word may be the one kidnapped, `Some(true)` for a noun with a pronoun
/// (`خطفه`, `لاختطافهم`), `None` for no noun of kidnapping. A bare `خطف` is a noun only after a
/// word of [`KIDNAP_NOUN_CUES`] or a definite noun (`prev`: `وأكدت الشركة خطف X`; empty when
/// punctuation stands between) that is no word of time ([`TIME_WORDS`], [`WEEKDAYS`]); otherwise it may be
/// the verb (`خطف التنظيم …`).
fn kidnap_noun(w: &str, prev: &str) -> Option<bool> {
    let (rest, prefixed) = match w.strip_prefix('ب').or_else(|| w.strip_prefix('ل')) {
        Some(r) if r.chars().count() >= 3 => (r, true),
        _ => (w, false),
    };
    if KIDNAP_NOUNS.contains(&rest) {
        let prev = bare(prev);
        let time = TIME_WORDS.contains(&prev) || WEEKDAYS.contains(&prev);
        let definite = prev.starts_with("ال") && !time;
        let noun = rest == "اختطاف" || prefixed || definite || KIDNAP_NOUN_CUES.contains(&prev);
        return noun.then_some(false);
    }
    let pronoun = OBJECT_PRONOUNS.iter().any(|p| {
        rest.strip_suffix(p)
            .is_some_and(|stem| KIDNAP_NOUNS.contains(&stem))
    });
    // (`خطفه` alone may be the verb with its object: `خطفه التنظيم`; its subject follows it
    // and is no nationality named before.)
    pronoun.then_some(true)
}

/// True when the word `w` (normal form) is a nisba (`الكرواتي`, `كرواتيين`).
fn nisba_word(w: &str) -> bool {
    ["ي", "يه", "يا", "يان", "يين", "يون"]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Gives the one kidnapped to the target of a kidnapping (code 181) whose source is that
/// victim: the name right after a noun of kidnapping, after an optional title (`أدانت المنظمة
/// اختطاف X`, `وقام مسلحون بخطف الأب X`), not when `لـ` follows it (`اختطاف التنظيم لـ20
/// شخصا`: the doer); or a nationality named before a noun of kidnapping with a pronoun (`وكان
/// الكرواتي يعمل عند خطفه`, not `وخطفها تسعة`). The two
/// change places when the target is a doer named before the noun (not a place, not a medium);
/// otherwise the victim becomes the target and the source is left empty.
pub(super) fn kidnap_noun_victims(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[rasd_model::Entity],
    article: &Article,
    texts: &mut Texts,
) {
    for (ev, trigger) in events.iter_mut().zip(triggers) {
        if !ev.code.starts_with("181") || trigger.start == usize::MAX {
            continue;
        }
        let Some(source) = entity_by_id(entities, ev.source.as_deref()) else {
            continue;
        };
        let Some((tokens, _, inside)) = super::mentions_in_sentence(ev, source, article, texts)
        else {
            continue;
        };
        let tw = tokens.words.partition_point(|w| w.end <= trigger.start);
        let Some(word) = tokens.words.get(tw) else {
            continue;
        };
        // The word before, when nothing but a space stands between (`في البلدة، خطف التنظيم X`:
        // after a comma a bare خطف starts a clause as its verb).
        let para = article.body.get(ev.paragraph).map_or("", String::as_str);
        let prev = tw
            .checked_sub(1)
            .filter(|&p| {
                tokens.words.get(p).is_some_and(|pw| {
                    para.chars()
                        .skip(pw.end)
                        .take(word.start.saturating_sub(pw.end))
                        .all(char::is_whitespace)
                })
            })
            .map_or("", |p| tokens.norm(p));
        let Some(pronoun) = kidnap_noun(bare(tokens.norm(tw)), prev) else {
            continue;
        };
        let word_of = |start: usize| tokens.words.partition_point(|w| w.end <= start);
        let victim = if pronoun {
            // A nationality named before the noun, and not after it; no count after the noun
            // (`وخطفها تسعة من السكان`: the pronoun is the doer, the count the kidnapped).
            source.kind == EntityType::Location
                && !super::number_word(tokens.norm(tw + 1))
                && inside.iter().all(|m| m.start < word.start)
                && inside
                    .iter()
                    .any(|m| nisba_word(tokens.norm(word_of(m.start))))
        } else {
            let mut first = tw + 1;
            if KIDNAP_TITLES.contains(&bare(tokens.norm(first))) {
                first += 1;
            }
            inside.iter().any(|m| {
                let k = word_of(m.start);
                let next = word_of(m.end);
                let next = tokens
                    .words
                    .get(next)
                    .filter(|w| w.start >= m.end)
                    .map(|_| next);
                // (`اختطاف التنظيم لـ20 شخصا`: the one after لـ is kidnapped.)
                let object_after = next.is_some_and(|n| {
                    let w = tokens.norm(n);
                    w.starts_with('ل')
                        && !w.starts_with("ال")
                        && !matches!(w, "لدي" | "لكن" | "لم" | "لن" | "لا")
                });
                k == first && !object_after
            })
        };
        if !victim {
            continue;
        }
        // (A target named only after the noun is the victim's own body or place: `بخطف الأب X
        // رئيس دير Y`.)
        let doer = entity_by_id(entities, ev.target.as_deref()).is_some_and(|t| {
            t.kind != EntityType::Location
                && !medium(t)
                && t.mentions.iter().any(|m| {
                    super::in_event_paragraph(ev, m)
                        && m.end <= word.start
                        && super::sentence_span(ev, article).is_some_and(|(a, _)| m.start >= a)
                })
        });
        if doer {
            swap_actors(ev);
        } else {
            ev.target = ev.source.take();
            ev.target_country = ev.source_country.take();
        }
    }
}

/// Words (normal form, without و/ف) that make the force named right after them a backer of
/// the act, not its doer: `بدعم من طيران X`, `بإسناد جوي من X`, `مدعومة من X`, `بغطاء جوي
/// من X`, `تساندهم قوات X`, `بمساعدة غارات X`.
const SUPPORT_CUES: &[&str] = &[
    "بدعم",
    "وبدعم",
    "باسناد",
    "اسناد",
    "بمسانده",
    "مسانده",
    "بمساعده",
    "بغطاء",
    "غطاء",
    "مدعوم",
    "مدعومه",
    "مدعومين",
    "مدعومون",
    "المدعوم",
    "المدعومه",
    "المدعومين",
    "مسنود",
    "مسنوده",
    "مسنودين",
    "تسانده",
    "تساندها",
    "تساندهم",
    "يسانده",
    "يساندها",
    "يساندهم",
    "بمشاركه",
];

/// Words looked at after a support cue for the backer's name (`بدعم جوي من طيران X`).
const SUPPORT_WINDOW: usize = 6;

/// Words (normal form, without و/ف) that may stand between a support cue and the backer's
/// name besides arm nouns and their qualifiers: `بدعم جوي من`, `بإسناد جوي وبحري من`,
/// `مدعومين بفلول الرئيس المخلوع X`.
const BACKER_LINKS: &[&str] = &[
    "من",
    "جوي",
    "جويه",
    "جوا",
    "بري",
    "برا",
    "بحري",
    "فاعل",
    "كثيف",
    "مكثف",
    "فلول",
    "بفلول",
    "الرييس",
    "المخلوع",
    "للمخلوع",
    "الموالي",
    "المواليه",
    "الموالين",
    "وحدات",
    "بوحدات",
    "عناصر",
    "تنسيق",
    "تنسق",
    "قبل",
];

/// True when word `k` of `tokens` is the backer's name after a [`SUPPORT_CUES`] word: within
/// [`SUPPORT_WINDOW`] words, with only [`BACKER_LINKS`], arm nouns and their qualifiers
/// between and no punctuation (`بدعم من طيران التحالف`, not `بمساعدة طائرات X مواقع Y` for
/// Y).
fn after_support_cue(tokens: &Tokens, k: usize) -> bool {
    let mut j = k;
    while j > 0 && k - j < SUPPORT_WINDOW {
        if tokens.words.get(j).is_none_or(|w| w.punct_before.is_some()) {
            return false;
        }
        j -= 1;
        let w = bare(tokens.norm(j));
        if SUPPORT_CUES.contains(&w) {
            return true;
        }
        let link = BACKER_LINKS.contains(&w)
            || BACKER_LINKS.contains(&tokens.norm(j))
            || ARM_QUALIFIERS.contains(&w)
            || arm_stem(w).is_some();
        if !link {
            return false;
        }
    }
    false
}

/// Relative pronouns (normal form, without و/ف) that open a backer's own act (`بدعم من طيران
/// X الذي قصف …`).
const RELATIVES: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللذان",
    "اللتان",
];

/// Clears an actor of a violent act (roots 15–20) that the sentence names only as a backer of
/// it: each of its mentions in the sentence comes right after `بدعم من`, `بإسناد من`,
/// `مدعومة من`, `بغطاء جوي من` … ([`after_support_cue`]). `اقتحمت القوات بدعم من طيران X
/// القاعدة`: X backed the storming, it neither did it (as the sentence tells it) nor suffered
/// it. Not when the act is told after the backer in a relative clause of its own (`بغطاء من
/// طيران X الذي قصف …`). An event left with no actor goes. `triggers` are the events'
/// triggers in the same order (the relative clause is not looked for when they are not
/// aligned).
pub(super) fn clear_backer_actors(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[rasd_model::Entity],
    article: &Article,
    texts: &mut Texts,
) {
    let aligned = triggers.len() == events.len();
    for (i, ev) in events.iter_mut().enumerate() {
        if !root_from(&ev.code, 15) {
            continue;
        }
        let trigger = triggers
            .get(i)
            .filter(|t| aligned && t.start != usize::MAX)
            .map(|t| t.start);
        for target in [false, true] {
            let id = if target { &ev.target } else { &ev.source };
            let Some(actor) = entity_by_id(entities, id.as_deref()) else {
                continue;
            };
            let Some((tokens, _, inside)) = super::mentions_in_sentence(ev, actor, article, texts)
            else {
                continue;
            };
            let tw = trigger.map(|t| tokens.words.partition_point(|w| w.end <= t));
            let backer = inside.iter().all(|m| {
                let k = tokens.words.partition_point(|w| w.end <= m.start);
                let last = tokens.words.partition_point(|w| w.end < m.end);
                // (`… طيران X الذي قصف`: the act is the backer's own.)
                let own_act = tw.is_some_and(|tw| {
                    tw > last
                        && (last + 1..=tw).all(|x| tokens.words[x].punct_before.is_none())
                        && (last + 1..tw).any(|x| RELATIVES.contains(&bare(tokens.norm(x))))
                });
                k < tokens.words.len() && after_support_cue(tokens, k) && !own_act
            });
            if backer {
                clear_actor(ev, target);
            }
        }
    }
}

/// Words (normal form) of a military base that a bare `القاعدة` then stands for: `قاعدة
/// العند`, `القاعدة الجوية`, `قاعدة عسكرية`.
const BASE_WORDS: &[&str] = &[
    "العند",
    "الجويه",
    "العسكريه",
    "جويه",
    "عسكريه",
    "البحريه",
    "بحريه",
    "الاستراتيجيه",
];

/// True when `article` names a military base: `قاعدة` followed within two words by a
/// [`BASE_WORDS`] word (`قاعدة العند`, `القاعدة الجوية`, `قاعدة انجرليك الجوية`).
fn names_a_base(article: &Article, texts: &mut Texts) -> bool {
    (0..article.body.len()).any(|p| {
        texts
            .tokens(article, rasd_model::ArticlePart::Body, p)
            .is_some_and(|tokens| {
                (0..tokens.words.len()).any(|j| {
                    let w = bare(tokens.norm(j));
                    let w = w.strip_prefix('ل').unwrap_or(w);
                    matches!(w, "قاعده" | "القاعده" | "لقاعده" | "بقاعده")
                        && (j + 1..(j + 3).min(tokens.words.len()))
                            .any(|k| BASE_WORDS.contains(&tokens.norm(k)))
                })
            })
    })
}

/// Clears al-Qaeda (`org:al-qaeda`) from an event of any root on a page that names a
/// military base ([`names_a_base`]) when the sentence names it only as a bare `القاعدة`
/// (`للقاعدة`, `بالقاعدة`; not `تنظيم القاعدة`, not `القاعدة في …`): `سيطرت القوات على
/// القاعدة` is the base, and so is where one arrives, withdraws from or trains in (`وصلت
/// الطائرات إلى القاعدة`, `انسحبت الميليشيات من القاعدة`). An event left with no actor goes.
pub(super) fn clear_base_qaeda(
    events: &mut [Event],
    entities: &[rasd_model::Entity],
    article: &Article,
    texts: &mut Texts,
) {
    const QAEDA: &str = "org:al-qaeda";
    let touched = events
        .iter()
        .any(|ev| ev.source.as_deref() == Some(QAEDA) || ev.target.as_deref() == Some(QAEDA));
    if !touched || !names_a_base(article, texts) {
        return;
    }
    let Some(qaeda) = entities.iter().find(|e| e.id == QAEDA) else {
        return;
    };
    for ev in events.iter_mut() {
        if ev.source.as_deref() != Some(QAEDA) && ev.target.as_deref() != Some(QAEDA) {
            continue;
        }
        let Some((tokens, _, inside)) = super::mentions_in_sentence(ev, qaeda, article, texts)
        else {
            continue;
        };
        let bare_base = inside.iter().all(|m| {
            let k = tokens.words.partition_point(|w| w.end <= m.start);
            let word = bare(tokens.norm(k));
            let word = word
                .strip_prefix("ل")
                .or_else(|| word.strip_prefix('ب'))
                .unwrap_or(word);
            let named = k
                .checked_sub(1)
                .is_some_and(|p| bare(tokens.norm(p)) == "تنظيم");
            let branch = tokens.norm(k + 1) == "في"
                && tokens
                    .words
                    .get(k + 1)
                    .is_some_and(|w| w.punct_before.is_none());
            matches!(word, "القاعده" | "لقاعده") && !named && !branch
        });
        if bare_base {
            if ev.source.as_deref() == Some(QAEDA) {
                clear_actor(ev, false);
            }
            if ev.target.as_deref() == Some(QAEDA) {
                clear_actor(ev, true);
            }
        }
    }
}

/// Arms and units of a force (normal form, without و/ف, the article or لـ) that name their
/// owner right after them: `طيران X`, `طائرات X`, `مقاتلات X`, `مدفعية X`, `بارجات X`,
/// `سلاح الجو X`, and strikes (`غارات X`).
const ARM_NOUNS: &[&str] = &[
    "طيران",
    "طايرات",
    "طايره",
    "طايرتان",
    "طايرتين",
    "مقاتلات",
    "مقاتله",
    "مدفعيه",
    "بارجات",
    "بوارج",
    "مدمرات",
    "مدمره",
    "مدمرتان",
    "مدمرتين",
    "سفن",
    "مروحيات",
    "قاذفات",
    "سلاح",
    "قوات",
    "غارات",
    "غاره",
    "ضربات",
];

/// Words that may stand between an arm noun and its owner (normal form, without و/ف):
/// `سلاح الجو X`, `مدمرتين حربيتين لـX`, `طائرات الأباتشي X`, `غارات جوية لـX`.
const ARM_QUALIFIERS: &[&str] = &[
    "الجو",
    "الجوي",
    "الجويه",
    "جويه",
    "جوي",
    "الحربي",
    "الحربيه",
    "حربيه",
    "حربيتين",
    "حربيتان",
    "الحربيتين",
    "الاباتشي",
    "اباتشي",
    "المقاتله",
    "البحري",
    "البحريه",
    "بحريه",
    "المسيره",
    "بدون",
    "طيار",
];

/// Acts told by a noun (normal form, without و/ف) whose owner right after it is their doer:
/// `قصف طائرات X`, `غارات X`, `هجوم X`.
const ACT_NOUNS: &[&str] = &[
    "قصف",
    "غارات",
    "غاره",
    "ضربات",
    "هجوم",
    "هجمات",
    "اعتداءات",
    "اعتداء",
];

/// Verbs of doing an act told by its noun (normal form, without و/ف): `شن طيران X غارات`.
const DO_VERBS: &[&str] = &[
    "شن",
    "شنت",
    "يشن",
    "تشن",
    "نفذ",
    "نفذت",
    "ينفذ",
    "تنفذ",
    "واصل",
    "واصلت",
    "يواصل",
    "تواصل",
    "كثف",
    "كثفت",
    "استانف",
    "استانفت",
    "جدد",
    "جددت",
];

/// Words after which a noun opens a clause as its subject (normal form, without و/ف).
const SUBJECT_OPENERS: &[&str] = &[
    "ان",
    "بان",
    "لان",
    "حيث",
    "فيما",
    "بينما",
    "كما",
    "اذ",
    "ثم",
    "قد",
    "لكن",
    "بعدما",
];

/// The arm noun's stem (see [`ARM_NOUNS`]) of word `w` (normal form), with whether it carries
/// لـ or بـ (a genitive or a preposition, not a subject).
fn arm_stem(w: &str) -> Option<(&'static str, bool)> {
    let w = bare(w);
    let (w, prep) = if let Some(r) = w.strip_prefix("لل") {
        (r, true)
    } else if let Some(r) = w.strip_prefix("بال") {
        (r, true)
    } else if let Some(r) = w.strip_prefix("ال") {
        (r, false)
    } else if let Some(r) = w.strip_prefix('ل').filter(|r| ARM_NOUNS.contains(r)) {
        (r, true)
    } else if let Some(r) = w.strip_prefix('ب').filter(|r| ARM_NOUNS.contains(r)) {
        (r, true)
    } else {
        (w, false)
    };
    ARM_NOUNS.iter().find(|a| **a == w).map(|a| (*a, prep))
}

/// True when `entity` may own a force as a nationality or a name: no place, or a state named
/// as its adjective (`الطيران التركي`, `طائرات الأباتشي السعودية`).
fn owner_mention(entity: &rasd_model::Entity, tokens: &Tokens, k: usize) -> bool {
    if entity.kind != EntityType::Location {
        return true;
    }
    let state = entity
        .id
        .strip_prefix("loc:")
        .is_some_and(|c| c.len() == 3 && c.chars().all(|ch| ch.is_ascii_uppercase()));
    let w = bare(tokens.norm(k));
    state && w.starts_with("ال") && ["ي", "يه", "يين", "يتين"].iter().any(|e| w.ends_with(e))
}

/// The owner of the arm noun at word `f` ([`arm_stem`]): the entity named at the next word,
/// after joined arm nouns and [`ARM_QUALIFIERS`] (`طيران وبارجات التحالف`, `مدمرتين حربيتين
/// للتحالف`), with no punctuation between; the arm noun itself may start the name (`قوات X`
/// as one entity).
fn arm_owner<'e>(
    ev: &Event,
    tokens: &Tokens,
    f: usize,
    entities: &'e [rasd_model::Entity],
) -> Option<&'e rasd_model::Entity> {
    let at = |k: usize| -> Option<&'e rasd_model::Entity> {
        let w = tokens.words.get(k)?;
        entities.iter().find(|e| {
            e.mentions
                .iter()
                .any(|m| super::in_event_paragraph(ev, m) && (w.start..w.end).contains(&m.start))
                && owner_mention(e, tokens, k)
        })
    };
    if let Some(e) = at(f).filter(|e| e.kind != EntityType::Location) {
        return Some(e);
    }
    let mut k = f + 1;
    while k < tokens.words.len() && k <= f + 4 {
        if tokens.words[k].punct_before.is_some() {
            return None;
        }
        if let Some(e) = at(k) {
            return Some(e);
        }
        let w = bare(tokens.norm(k));
        if !(ARM_QUALIFIERS.contains(&w) || arm_stem(w).is_some_and(|(_, prep)| !prep)) {
            return None;
        }
        k += 1;
    }
    None
}

/// The doer a violent act's own words name by its force (roots 18–20): the owner
/// ([`arm_owner`]) of an arm noun that is the subject of the act's verb, right after it
/// (`استهدف طيران X`, `قصفت إحدى طائرات X`) or before it at a clause's start (`أن طيران
/// وبارجات X شنت`, `الغارات التركية استهدفت`), or the genitive of the act's noun (`قصف
/// طائرات X`, `غارات للمقاتلات X`). A noun act takes the verb of doing before it (`شن طيران
/// X غارات`). None when the force comes after a support cue ([`after_support_cue`]).
fn force_doer<'e>(
    ev: &Event,
    tokens: &Tokens,
    tw: usize,
    noun: bool,
    entities: &'e [rasd_model::Entity],
) -> Option<&'e rasd_model::Entity> {
    let n = tokens.words.len();
    if tw >= n {
        return None;
    }
    let owner = |f: usize| -> Option<&'e rasd_model::Entity> {
        if after_support_cue(tokens, f) {
            return None;
        }
        arm_owner(ev, tokens, f, entities)
    };
    let subject_after = |v: usize| -> Option<&'e rasd_model::Entity> {
        let mut f = v + 1;
        if matches!(tokens.norm(f), "احدي" | "احد")
            && tokens
                .words
                .get(f + 1)
                .is_some_and(|w| w.punct_before.is_none())
        {
            f += 1;
        }
        let word = tokens.words.get(f)?;
        if word.punct_before.is_some() {
            return None;
        }
        let (_, prep) = arm_stem(tokens.norm(f))?;
        if prep {
            return None;
        }
        owner(f)
    };
    let subject_before = |v: usize| -> Option<&'e rasd_model::Entity> {
        // The subject starts a clause within 7 words before the verb, with no punctuation
        // between it and the verb.
        let lo = v.saturating_sub(7);
        let mut f = v;
        while f > lo {
            if tokens.words[f].punct_before.is_some() {
                break;
            }
            f -= 1;
            let Some((_, prep)) = arm_stem(tokens.norm(f)) else {
                continue;
            };
            let opens = tokens.words[f].punct_before.is_some()
                || f == 0
                || SUBJECT_OPENERS.contains(&bare(tokens.norm(f - 1)));
            // (A joined arm noun: the first one opens the subject.)
            if prep || !opens {
                if f > 0 && arm_stem(tokens.norm(f - 1)).is_some() {
                    continue;
                }
                return None;
            }
            return owner(f);
        }
        None
    };
    if noun {
        let act = bare(tokens.norm(tw));
        let act = act.strip_prefix("ال").unwrap_or(act);
        if ACT_NOUNS.contains(&act) {
            let next = tw + 1;
            if tokens
                .words
                .get(next)
                .is_some_and(|w| w.punct_before.is_none())
            {
                if let Some((_, _)) = arm_stem(tokens.norm(next)) {
                    if let Some(e) = owner(next) {
                        return Some(e);
                    }
                }
            }
        }
        // `شن طيران X غارات`, `طيران X شن غارات`: the verb of doing before the noun.
        let v = (tw.saturating_sub(5)..tw)
            .rev()
            .take_while(|&j| (j + 1..=tw).all(|x| tokens.words[x].punct_before.is_none()))
            .find(|&j| DO_VERBS.contains(&bare(tokens.norm(j))))?;
        return subject_after(v).or_else(|| subject_before(v));
    }
    subject_after(tw).or_else(|| subject_before(tw))
}

/// Gives a violent act (roots 18–20) the doer its own words name by its force
/// ([`force_doer`]): `استهدف طيران X مواقع Y`, `قصف طائرات X`. When the engine found no
/// source, X is it; when it took X as the target (the doer read as the hit), X becomes the
/// source and the engine's source the target. A source of another name stays (a joined doer).
pub(super) fn force_doers(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[rasd_model::Entity],
    article: &Article,
    texts: &mut Texts,
) {
    if triggers.len() != events.len() {
        return;
    }
    for (ev, trigger) in events.iter_mut().zip(triggers) {
        if !root_from(&ev.code, 18) || trigger.start == usize::MAX {
            continue;
        }
        let Some(tokens) = texts.tokens(article, rasd_model::ArticlePart::Body, ev.paragraph)
        else {
            continue;
        };
        let tw = tokens.words.partition_point(|w| w.end <= trigger.start);
        let Some(doer) = force_doer(ev, tokens, tw, trigger.noun, entities) else {
            continue;
        };
        if ev.source.as_deref() == Some(doer.id.as_str()) {
            continue;
        }
        if ev.target.as_deref() == Some(doer.id.as_str()) {
            ev.target = ev.source.take();
            ev.target_country = ev.source_country.take();
        } else if ev.source.is_some() {
            continue;
        }
        ev.source = Some(doer.id.clone());
        ev.source_country = doer.country.clone();
    }
}

/// Head nouns of what an act of force hits, a body or its sites (normalized, bare of و and of
/// ل/ب): a place behind a locative after one of them locates what was hit (`يقصف التنظيم
/// المتطرف في العراق`، `استهدفت مواقع المتمردين في اليمن`), it is not hit itself.
const HIT_HEADS: &[&str] = &[
    "التنظيم",
    "الجماعه",
    "الحركه",
    "الميليشيات",
    "المليشيات",
    "الميلشيات",
    "مواقع",
    "اهداف",
    "تمركزات",
    "معاقل",
    "تجمعات",
    "مسلحي",
    "عناصر",
    "مقاتلي",
];

/// How many words at most stand between the trigger and the locative of the place it hit.
const HIT_PLACE_WINDOW: usize = 7;

/// Clears the place target of an act of force (roots 18–20) when, at each of its mentions in
/// the event's sentence, the place only locates what the act hit: the mention comes after the
/// trigger behind a locative (`في`، ب, or joined by و to such a place: `في العراق وسوريا`), and
/// between the trigger and that locative, in the same clause, stands what was hit — an
/// organization other than the source, or a head noun of [`HIT_HEADS`] (`يقصف التحالف التنظيم
/// المتطرف في العراق وسوريا` hit the group, not Syria). The context passes after it may then
/// name the body described ([`crate::events::context_target`]).
pub(super) fn clear_hit_body_place_targets(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[rasd_model::Entity],
    article: &Article,
    texts: &mut Texts,
) {
    if triggers.len() != events.len() {
        return;
    }
    for (ev, trigger) in events.iter_mut().zip(triggers) {
        if !root_from(&ev.code, 18) || trigger.start == usize::MAX {
            continue;
        }
        let Some(place) =
            entity_by_id(entities, ev.target.as_deref()).filter(|e| e.kind == EntityType::Location)
        else {
            continue;
        };
        let Some((start, end)) = texts.sentence_span(ev, article) else {
            continue;
        };
        let Some(tokens) = texts.tokens(article, rasd_model::ArticlePart::Body, ev.paragraph)
        else {
            continue;
        };
        let inside: Vec<usize> = place
            .mentions
            .iter()
            .filter(|m| super::in_event_paragraph(ev, m) && start <= m.start && m.end <= end)
            .map(|m| m.start)
            .collect();
        let tw = tokens.words.partition_point(|w| w.end <= trigger.start);
        let hit_between = |lead: usize| {
            hit_body_between(
                tokens,
                tw,
                lead,
                entities,
                ev.source.as_deref(),
                ev.paragraph,
            )
        };
        let located = !inside.is_empty()
            && inside
                .iter()
                .all(|&m| locative_lead(tokens, m).is_some_and(hit_between));
        if located {
            super::clear_actor(ev, true);
        }
    }
}

/// The index of the first word of the locative phrase before the place mention starting at
/// char `start`: the word `في` before it (or before the first place of a chain joined by و,
/// `في الهند والنيبال وباكستان`), or the place's own word when it carries ب (`بالعراق`).
fn locative_lead(tokens: &Tokens, start: usize) -> Option<usize> {
    let k = tokens.words.partition_point(|w| w.end <= start);
    let word = tokens.words.get(k)?;
    let prefix: String = tokens
        .norm(k)
        .chars()
        .take(start.saturating_sub(word.start))
        .collect();
    if matches!(prefix.as_str(), "ب" | "وب") {
        return Some(k);
    }
    // Back over the places joined by و (at most three), with no punctuation between.
    let mut j = k;
    for _ in 0..3 {
        let joined = j > 0
            && tokens.norm(j).starts_with('و')
            && tokens
                .words
                .get(j)
                .is_some_and(|w| w.punct_before.is_none());
        if !joined {
            break;
        }
        let prev = tokens.norm(j - 1);
        let in_before = j >= 2 && matches!(tokens.norm(j - 2), "في" | "وفي");
        if prev.starts_with('ب') || prev.starts_with('و') || in_before {
            j -= 1;
        } else {
            break;
        }
    }
    if j > 0 && matches!(tokens.norm(j - 1), "في" | "وفي") {
        return Some(j - 1);
    }
    (j < k && tokens.norm(j).starts_with('ب')).then_some(j)
}

/// True when words `tw + 1 .. lead` (after the trigger, before the locative) are one clause of
/// at most [`HIT_PLACE_WINDOW`] words and name what was hit: a head noun of [`HIT_HEADS`] or an
/// organization mentioned there (not `source`).
fn hit_body_between(
    tokens: &Tokens,
    tw: usize,
    lead: usize,
    entities: &[rasd_model::Entity],
    source: Option<&str>,
    paragraph: usize,
) -> bool {
    if lead <= tw + 1 || lead - tw > HIT_PLACE_WINDOW + 1 {
        return false;
    }
    let words = tw + 1..lead;
    if (tw + 1..=lead).any(|j| {
        tokens
            .words
            .get(j)
            .is_some_and(|w| w.punct_before.is_some())
    }) {
        return false;
    }
    let head = words.clone().any(|j| {
        let w = tokens.norm(j);
        let w = w.strip_prefix('و').unwrap_or(w);
        let w = w
            .strip_prefix(['ل', 'ب'])
            .filter(|r| r.starts_with("ال"))
            .unwrap_or(w);
        HIT_HEADS.contains(&w)
    });
    let (from, to) = match (tokens.words.get(tw + 1), tokens.words.get(lead)) {
        (Some(a), Some(b)) => (a.start, b.start),
        _ => return false,
    };
    let body = entities.iter().any(|e| {
        e.kind == EntityType::Organization
            && Some(e.id.as_str()) != source
            && e.mentions.iter().any(|m| {
                m.part == rasd_model::ArticlePart::Body
                    && m.paragraph == paragraph
                    && from <= m.start
                    && m.start < to
            })
    });
    head || body
}

#[cfg(test)]
pub(super) mod tests {
    use rasd_model::{ArticlePart, Entity, Mention};

    use super::*;
    use crate::events::bare_event;

    /// An article whose body is the one paragraph `body`.
    pub(in crate::actors) fn article(body: &str) -> Article {
        Article {
            body: vec![body.to_owned()],
            ..Article::default()
        }
    }

    /// An entity named `name` at each of its places in `body`.
    pub(in crate::actors) fn entity(id: &str, name: &str, kind: EntityType, body: &str) -> Entity {
        let mentions = body
            .match_indices(name)
            .map(|(b, _)| {
                let start = body[..b].chars().count();
                Mention {
                    text: name.to_owned(),
                    part: ArticlePart::Body,
                    paragraph: 0,
                    start,
                    end: start + name.chars().count(),
                }
            })
            .collect();
        Entity {
            id: id.to_owned(),
            name: name.to_owned(),
            kind,
            aliases: vec![name.to_owned()],
            country: None,
            coordinates: None,
            mentions,
        }
    }

    /// The (source, target) names that the actor pass `pass` leaves for an event `code` of
    /// `body` from `source` to `target`, each given with its entity type (the shared harness of
    /// the one-pass modules' tests: facilities, passive victims, patient nouns).
    pub(in crate::actors) fn settled_by(
        pass: fn(&mut [Event], &[Entity], &Article, &mut Texts),
        body: &str,
        code: &str,
        source: Option<(&str, EntityType)>,
        target: Option<(&str, EntityType)>,
    ) -> (Option<String>, Option<String>) {
        let entities: Vec<Entity> = [source, target]
            .iter()
            .flatten()
            .enumerate()
            .map(|(k, (name, kind))| entity(&format!("per:{k:016x}"), name, *kind, body))
            .collect();
        let id = |side: Option<(&str, EntityType)>| {
            side.and_then(|(n, _)| entities.iter().find(|e| e.name == n).map(|e| e.id.clone()))
        };
        let mut events = vec![bare_event(code, id(source), id(target), body)];
        pass(
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

    fn trigger_at(body: &str, word: &str) -> Trigger {
        let byte = body
            .find(word)
            .unwrap_or_else(|| panic!("help: the trigger {word} is not in {body}"));
        Trigger {
            start: body[..byte].chars().count(),
            noun: false,
            explicit: true,
        }
    }

    /// The source left by [`clear_teller_sources`] for an event `code` from `source` (an
    /// organization or, when `person`, a person) triggered at `word`.
    fn teller_cleared(body: &str, source: &str, person: bool, word: &str, code: &str) -> bool {
        let a = article(body);
        let kind = if person {
            EntityType::Person
        } else {
            EntityType::Organization
        };
        let speaker = entity("org:0123456789abcdef", source, kind, body);
        let mut events = vec![bare_event(code, Some(speaker.id.clone()), None, body)];
        let triggers = [trigger_at(body, word)];
        clear_teller_sources(
            &mut events,
            &triggers,
            std::slice::from_ref(&speaker),
            &a,
            &mut Texts::default(),
        );
        events[0].source.is_none()
    }

    #[test]
    fn every_list_word_is_in_normal_form() {
        // The lists are compared with normal forms: a word spelt otherwise never matches.
        let lists: [(&str, &[&str]); 27] = [
            ("TELL_CUES", TELL_CUES),
            ("BARE_THAT", BARE_THAT),
            ("PRONOUN_THAT", PRONOUN_THAT),
            ("UNIT_STEMS", UNIT_STEMS),
            ("NAMED_SUBJECTS", NAMED_SUBJECTS),
            ("STATE_HEADS", STATE_HEADS),
            ("HAND_WORDS", HAND_WORDS),
            ("STRUCK_NOUNS", STRUCK_NOUNS),
            ("STRUCK_LINKS", STRUCK_LINKS),
            ("VICTIM_NOUNS", VICTIM_NOUNS),
            ("FORCE_NOUNS", FORCE_NOUNS),
            ("VICTIM_HEADS", VICTIM_HEADS),
            ("SUPPORT_CUES", SUPPORT_CUES),
            ("BACKER_LINKS", BACKER_LINKS),
            ("RELATIVES", RELATIVES),
            ("BASE_WORDS", BASE_WORDS),
            ("ARM_NOUNS", ARM_NOUNS),
            ("ARM_QUALIFIERS", ARM_QUALIFIERS),
            ("ACT_NOUNS", ACT_NOUNS),
            ("DO_VERBS", DO_VERBS),
            ("SUBJECT_OPENERS", SUBJECT_OPENERS),
            ("KIDNAP_NOUNS", KIDNAP_NOUNS),
            ("KIDNAP_NOUN_CUES", KIDNAP_NOUN_CUES),
            ("KIDNAP_TITLES", KIDNAP_TITLES),
            ("OBJECT_PRONOUNS", OBJECT_PRONOUNS),
            ("TIME_WORDS", TIME_WORDS),
            ("HIT_HEADS", HIT_HEADS),
        ];
        for (name, list) in lists {
            for word in list {
                assert_eq!(normalize_phrase(word), *word, "help: {name} has {word}");
            }
        }
    }

    /// Whether [`clear_hit_body_place_targets`] clears the target `place` (a location) of an
    /// event `code` from the organization `source` triggered at `word`.
    fn hit_place_cleared(body: &str, source: &str, place: &str, word: &str, code: &str) -> bool {
        let a = article(body);
        let doer = entity(
            "org:0123456789abcdef",
            source,
            EntityType::Organization,
            body,
        );
        let state = entity("loc:XYZ", place, EntityType::Location, body);
        let group = entity(
            "org:fedcba9876543210",
            "جبهة الفرسان",
            EntityType::Organization,
            body,
        );
        let mut events = vec![bare_event(
            code,
            Some(doer.id.clone()),
            Some(state.id.clone()),
            body,
        )];
        let triggers = [trigger_at(body, word)];
        clear_hit_body_place_targets(
            &mut events,
            &triggers,
            &[doer, state, group],
            &a,
            &mut Texts::default(),
        );
        events[0].target.is_none()
    }

    #[test]
    fn a_place_that_locates_what_was_hit_is_no_target() {
        // (sentence, source, place, trigger, code, cleared)
        let cases = [
            // The place (second of two joined by و) locates the group struck.
            (
                "وقصف التحالف الدولي التنظيم المسلح في كردستان ومالطا خلال الليل.",
                "التحالف الدولي",
                "مالطا",
                "قصف",
                "195",
                true,
            ),
            // An organization named between the act and the place.
            (
                "وهاجمت القوات المشتركة جبهة الفرسان في مالطا فجر أمس.",
                "القوات المشتركة",
                "مالطا",
                "هاجمت",
                "190",
                true,
            ),
            // Behind ب: the sites of the group in a place.
            (
                "واستهدفت الغارات مواقع المسلحين بمالطا.",
                "الغارات",
                "مالطا",
                "استهدفت",
                "190",
                true,
            ),
            // Nothing hit is named before the place: it stays.
            (
                "وشن التحالف الدولي غارات جوية في مالطا أمس.",
                "التحالف الدولي",
                "مالطا",
                "شن",
                "195",
                false,
            ),
            // The place is hit itself (no locative).
            (
                "وقصفت القوات المشتركة مالطا بالصواريخ.",
                "القوات المشتركة",
                "مالطا",
                "قصفت",
                "195",
                false,
            ),
            // Another clause between the act and the place.
            (
                "وقصف التحالف الدولي التنظيم، فيما تتواصل المعارك في مالطا.",
                "التحالف الدولي",
                "مالطا",
                "قصف",
                "195",
                false,
            ),
            // Not an act of force.
            (
                "وانتقد التحالف الدولي التنظيم في مالطا.",
                "التحالف الدولي",
                "مالطا",
                "انتقد",
                "111",
                false,
            ),
        ];
        for (body, source, place, word, code, cleared) in cases {
            assert_eq!(
                hit_place_cleared(body, source, place, word, code),
                cleared,
                "help: {body}"
            );
        }
    }

    #[test]
    fn a_body_that_only_tells_of_violence_does_none() {
        // (sentence, source, trigger, code, cleared)
        let cases = [
            (
                "وتحدث مرصد الحريات الوطني عن قصف عنيف على أطراف البلدة",
                "مرصد الحريات الوطني",
                "قصف",
                "195",
                true,
            ),
            (
                "وطالبت منظمة العفو الدولية بالإفراج عن الصحفي الذي خطف في المدينة",
                "منظمة العفو الدولية",
                "خطف",
                "181",
                true,
            ),
            (
                "وتواصلت بحسب مصادر ميدانية اشتباكات عنيفة في الوادي",
                "مصادر ميدانية",
                "اشتباكات",
                "193",
                true,
            ),
            // A force does what it tells of.
            (
                "وتحدث الجيش الوطني عن قصف عنيف على أطراف البلدة",
                "الجيش الوطني",
                "قصف",
                "195",
                false,
            ),
        ];
        for (body, source, word, code, cleared) in cases {
            assert_eq!(
                teller_cleared(body, source, false, word, code),
                cleared,
                "help: {body}"
            );
        }
    }

    #[test]
    fn a_speaker_does_not_do_the_violence_told_after_its_word_of_saying() {
        // (sentence, source, person, trigger, code, cleared)
        let cases = [
            // The word of saying after the speaker, a comma inside the told clause.
            (
                "لكن الناطق باسم الولاية خالد ميرزا قال إن عشرين مسلحا، بينهم ثلاثة قادة، قتلوا بانفجار لغم",
                "خالد ميرزا",
                true,
                "قتلوا",
                "190",
                true,
            ),
            // A group's spokesman tells of the group's act.
            (
                "وقال الناطق باسم جماعة الرايات السود سالم العلي إن الحركة استهدفت دورية للجيش",
                "جماعة الرايات السود",
                false,
                "استهدفت",
                "190",
                false,
            ),
            // The body named in its spokesman's title.
            (
                "وقال سالم العلي المتحدث باسم مجلس المحافظة إن المسلحين دمروا عشرات المدارس",
                "مجلس المحافظة",
                false,
                "دمروا",
                "180",
                true,
            ),
            // The speaker before a colon.
            (
                "وقال مدير الهيئة سمير الحداد: سقطت مروحية أثناء قصفها قرية نائية",
                "سمير الحداد",
                true,
                "قصفها",
                "195",
                true,
            ),
            // The last complementizer decides: the one with a pronoun only opens the clause.
            (
                "وأضافت وزارة الداخلية في بيانها أنه، ورغم التعهدات السابقة، فإن التنظيم واصل اعتداءاته على القرى",
                "وزارة الداخلية",
                false,
                "اعتداءاته",
                "180",
                true,
            ),
            // A state body (`رئاسة …`) tells of a group's act: the group is someone else.
            (
                "وقالت رئاسة الأركان إن التنظيم هاجم ثلاث قرى في الشمال",
                "رئاسة الأركان",
                false,
                "هاجم",
                "190",
                true,
            ),
            // A claim of a group about an act with a subject of its own.
            (
                "وادعت حركة الشباب الصومالية أن القائد السابق للشرطة قتل مسموما",
                "حركة الشباب الصومالية",
                false,
                "قتل",
                "180",
                true,
            ),
            // The speaker tells of its own act: a pronoun, its own forces, the first person.
            (
                "وقال الجيش الوطني إنه قصف مواقع المسلحين في الوادي",
                "الجيش الوطني",
                false,
                "قصف",
                "195",
                false,
            ),
            (
                "وقال الجيش الوطني إن قواته قصفت مواقع المسلحين في الوادي",
                "الجيش الوطني",
                false,
                "قصفت",
                "195",
                false,
            ),
            (
                "وقال قائد اللواء سالم الهاشمي: قصفت مدفعيتنا مواقع المسلحين",
                "سالم الهاشمي",
                true,
                "قصفت",
                "195",
                false,
            ),
            // A unit of its own in the clause.
            (
                "وأعلنت قيادة المنطقة الشمالية أن وحدة تابعة لها صدت هجوما على الحاجز",
                "قيادة المنطقة الشمالية",
                false,
                "هجوما",
                "190",
                false,
            ),
            (
                "وأعلنت قيادة المنطقة الشمالية أن غارات شنتها طائراتها دمرت مخازن للمسلحين",
                "قيادة المنطقة الشمالية",
                false,
                "غارات",
                "195",
                false,
            ),
            // `بعد أن` opens no told clause: its own forces stay the clause's subject.
            (
                "وقال الجيش الوطني إن قواته دخلت البلدة بعد أن قصفت مواقع المسلحين",
                "الجيش الوطني",
                false,
                "قصفت",
                "195",
                false,
            ),
            // Its own act after a comma, joined by و.
            (
                "وقال الجيش الوطني إن المسلحين فروا، وقصف مواقعهم في الوادي",
                "الجيش الوطني",
                false,
                "وقصف",
                "195",
                false,
            ),
        ];
        for (body, source, person, word, code, cleared) in cases {
            assert_eq!(
                teller_cleared(body, source, person, word, code),
                cleared,
                "help: {body}"
            );
        }
    }

    #[test]
    fn the_doer_named_after_ala_yad_is_the_source() {
        let body = "وأكدت الأسرة أن ابنها قتل على يد عناصر جماعة الرايات السود قرب الحدود";
        let a = article(body);
        let army = entity(
            "org:0123456789abcdef",
            "الجيش الوطني",
            EntityType::Organization,
            body,
        );
        let group = entity(
            "org:fedcba9876543210",
            "جماعة الرايات السود",
            EntityType::Organization,
            body,
        );
        let entities = [army.clone(), group.clone()];
        let triggers = [trigger_at(body, "قتل")];
        // Read backwards: the doer as the target.
        let mut events = vec![bare_event(
            "190",
            Some(army.id.clone()),
            Some(group.id.clone()),
            body,
        )];
        hand_doers(&mut events, &triggers, &entities, &a, &mut Texts::default());
        assert_eq!(events[0].source.as_deref(), Some(group.id.as_str()));
        assert_eq!(events[0].target.as_deref(), Some(army.id.as_str()));
        // No source: the doer becomes it.
        let mut events = vec![bare_event("190", None, Some(group.id.clone()), body)];
        hand_doers(&mut events, &triggers, &entities, &a, &mut Texts::default());
        assert_eq!(events[0].source.as_deref(), Some(group.id.as_str()));
        assert_eq!(events[0].target, None);
        // Not across a comma.
        let body = "وأكدت الأسرة أن ابنها قتل، وكان قد سجن على يد جماعة الرايات السود";
        let a = article(body);
        let group = entity(
            "org:fedcba9876543210",
            "جماعة الرايات السود",
            EntityType::Organization,
            body,
        );
        let mut events = vec![bare_event("190", None, None, body)];
        hand_doers(
            &mut events,
            &[trigger_at(body, "قتل")],
            std::slice::from_ref(&group),
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].source, None);
    }

    #[test]
    fn the_doer_whose_fire_hit_is_the_source() {
        // Read backwards: the one killed (by its nationality) as the source, the army whose
        // bullets killed him as the target.
        let body = "قتل شاب فالوري صباح أمس برصاص جنود الجيش الوطني قرب الحاجز";
        let a = article(body);
        let state = entity("loc:FAL", "فالوري", EntityType::Location, body);
        let army = entity(
            "org:0123456789abcdef",
            "الجيش الوطني",
            EntityType::Organization,
            body,
        );
        let entities = [state.clone(), army.clone()];
        let mut events = vec![bare_event(
            "190",
            Some(state.id.clone()),
            Some(army.id.clone()),
            body,
        )];
        hand_doers(
            &mut events,
            &[trigger_at(body, "قتل")],
            &entities,
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].source.as_deref(), Some(army.id.as_str()));
        assert_eq!(events[0].target.as_deref(), Some(state.id.as_str()));
        // A state named by its nisba after the fire word is the doer.
        let body = "وقالت مصادر طبية إن أربعة مدنيين قتلوا بنيران فالورية على الحدود";
        let a = article(body);
        let state = entity("loc:FAL", "فالورية", EntityType::Location, body);
        let mut events = vec![bare_event("190", None, None, body)];
        hand_doers(
            &mut events,
            &[trigger_at(body, "قتلوا")],
            std::slice::from_ref(&state),
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].source.as_deref(), Some(state.id.as_str()));
        // The make of the weapon is not who fired it.
        let body = "وأسقط المسلحون الطائرة بصاروخ فالوري الصنع فوق الوادي";
        let a = article(body);
        let state = entity("loc:FAL", "فالوري", EntityType::Location, body);
        let mut events = vec![bare_event("190", None, None, body)];
        hand_doers(
            &mut events,
            &[trigger_at(body, "وأسقط")],
            std::slice::from_ref(&state),
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].source, None);
        // A body named after a place word is where the shot came, not who fired.
        let body = "قتل شاب برصاص قناص في مقر جماعة الرايات السود";
        let a = article(body);
        let group = entity(
            "org:fedcba9876543210",
            "جماعة الرايات السود",
            EntityType::Organization,
            body,
        );
        let mut events = vec![bare_event("190", None, None, body)];
        hand_doers(
            &mut events,
            &[trigger_at(body, "قتل")],
            std::slice::from_ref(&group),
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].source, None);
    }

    #[test]
    fn a_spokesman_left_as_the_doer_gives_the_act_to_his_body() {
        let speaker = |body: &str| {
            entity(
                "per:0123456789abcdef",
                "سامر الحلبي",
                EntityType::Person,
                body,
            )
        };
        let group = |body: &str| {
            entity(
                "org:fedcba9876543210",
                "جماعة الرايات السود",
                EntityType::Organization,
                body,
            )
        };
        let army = |body: &str| {
            entity(
                "org:00000000000000a1",
                "الجيش الوطني",
                EntityType::Organization,
                body,
            )
        };
        // The body named in the spokesman's title before his name.
        let body = "وكشف المتحدث باسم جماعة الرايات السود، سامر الحلبي، عن استهداف مواقع الجيش الوطني بالصواريخ";
        let a = article(body);
        let entities = [speaker(body), group(body), army(body)];
        let mut events = vec![bare_event(
            "190",
            Some(entities[0].id.clone()),
            Some(entities[2].id.clone()),
            body,
        )];
        spokesman_bodies(
            &mut events,
            &[trigger_at(body, "استهداف")],
            &entities,
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].source.as_deref(), Some(entities[1].id.as_str()));
        assert_eq!(events[0].target.as_deref(), Some(entities[2].id.as_str()));
        // Named after his name; another actor named before the act: no doer at all.
        let body = "وقال سامر الحلبي وهو متحدث باسم جماعة الرايات السود إن الجيش الوطني قصف القرية";
        let a = article(body);
        let entities = [speaker(body), group(body), army(body)];
        let mut events = vec![bare_event("195", Some(entities[0].id.clone()), None, body)];
        spokesman_bodies(
            &mut events,
            &[trigger_at(body, "قصف")],
            &entities,
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].source, None);
        // A commander is no spokesman: left to the other passes.
        let body = "وقال سامر الحلبي قائد جماعة الرايات السود إن مقاتليه قصفوا القرية";
        let a = article(body);
        let entities = [speaker(body), group(body)];
        let mut events = vec![bare_event("195", Some(entities[0].id.clone()), None, body)];
        spokesman_bodies(
            &mut events,
            &[trigger_at(body, "قصفوا")],
            &entities,
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].source.as_deref(), Some(entities[0].id.as_str()));
    }

    #[test]
    fn the_owner_of_what_a_strike_hit_is_its_target() {
        let body = "وقصفت طائرات التحالف مواقع وآليات تابعة لجماعة الرايات السود وقوات العقيد في وادي الرمل";
        let a = article(body);
        let coalition = entity(
            "org:00000000000000a1",
            "التحالف",
            EntityType::Organization,
            body,
        );
        let group = entity(
            "org:00000000000000a2",
            "جماعة الرايات السود",
            EntityType::Organization,
            body,
        );
        let colonel = entity(
            "org:00000000000000a3",
            "قوات العقيد",
            EntityType::Organization,
            body,
        );
        let valley = entity(
            "loc:00000000000000a4",
            "وادي الرمل",
            EntityType::Location,
            body,
        );
        let entities = [
            coalition.clone(),
            group.clone(),
            colonel.clone(),
            valley.clone(),
        ];
        let triggers = [trigger_at(body, "وقصفت")];
        let run = |source: &Entity, target: Option<&Entity>| {
            let mut events = vec![bare_event(
                "195",
                Some(source.id.clone()),
                target.map(|t| t.id.clone()),
                body,
            )];
            struck_targets(&mut events, &triggers, &entities, &a, &mut Texts::default());
            (events[0].source.clone(), events[0].target.clone())
        };
        // No target, or a place: the owner.
        assert_eq!(
            run(&coalition, None),
            (Some(coalition.id.clone()), Some(group.id.clone()))
        );
        assert_eq!(
            run(&coalition, Some(&valley)),
            (Some(coalition.id.clone()), Some(group.id.clone()))
        );
        // Backwards: the struck as source, the doer as target.
        assert_eq!(
            run(&colonel, Some(&coalition)),
            (Some(coalition.id.clone()), Some(group.id.clone()))
        );
        // A struck source with a struck target: no source.
        assert_eq!(run(&colonel, Some(&group)), (None, Some(group.id.clone())));
        // A struck source with a target named after the struck phrase: the owner.
        let body2 = "وقصفت الطائرات مواقع جماعة الرايات السود في الوادي الذي يسيطر عليه منذ عامين المجلس العسكري";
        let a2 = article(body2);
        let group2 = entity(
            "org:00000000000000a2",
            "جماعة الرايات السود",
            EntityType::Organization,
            body2,
        );
        let council = entity(
            "org:00000000000000a5",
            "المجلس العسكري",
            EntityType::Organization,
            body2,
        );
        let mut events = vec![bare_event(
            "195",
            Some(group2.id.clone()),
            Some(council.id.clone()),
            body2,
        )];
        struck_targets(
            &mut events,
            &[trigger_at(body2, "وقصفت")],
            &[group2.clone(), council],
            &a2,
            &mut Texts::default(),
        );
        assert_eq!(events[0].source, None);
        assert_eq!(events[0].target.as_deref(), Some(group2.id.as_str()));
        // The owner after `الموالية لـ`.
        let body3 =
            "وقصفت طائرات التحالف مواقع الميليشيات الموالية لجماعة الرايات السود قرب الوادي";
        let a3 = article(body3);
        let coalition3 = entity(
            "org:00000000000000a1",
            "التحالف",
            EntityType::Organization,
            body3,
        );
        let group3 = entity(
            "org:00000000000000a2",
            "جماعة الرايات السود",
            EntityType::Organization,
            body3,
        );
        let mut events = vec![bare_event("195", Some(coalition3.id.clone()), None, body3)];
        struck_targets(
            &mut events,
            &[trigger_at(body3, "وقصفت")],
            &[coalition3, group3.clone()],
            &a3,
            &mut Texts::default(),
        );
        assert_eq!(events[0].target.as_deref(), Some(group3.id.as_str()));
        // An event with no actor gains none.
        let mut events = vec![bare_event("195", None, None, body2)];
        struck_targets(
            &mut events,
            &[trigger_at(body2, "وقصفت")],
            std::slice::from_ref(&group2),
            &a2,
            &mut Texts::default(),
        );
        assert_eq!(events[0].target, None);
        // A subject after the verb is no owner of a struck noun.
        let body = "وقصفت جماعة الرايات السود القرى الحدودية";
        let a = article(body);
        let group = entity(
            "org:00000000000000a2",
            "جماعة الرايات السود",
            EntityType::Organization,
            body,
        );
        let mut events = vec![bare_event("195", Some(group.id.clone()), None, body)];
        struck_targets(
            &mut events,
            &[trigger_at(body, "وقصفت")],
            std::slice::from_ref(&group),
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].target, None);
    }

    /// The target left by [`struck_targets`] then [`later_struck_targets`] for an act `code`
    /// triggered at `word` in `body`, from the entity at `source` of `entities` to the one at
    /// `target` (indices).
    fn struck_target_after(
        body: &str,
        word: &str,
        entities: &[Entity],
        source: usize,
        target: Option<usize>,
    ) -> Option<String> {
        let a = article(body);
        let triggers = [trigger_at(body, word)];
        let mut events = vec![bare_event(
            "195",
            Some(entities[source].id.clone()),
            target.map(|t| entities[t].id.clone()),
            body,
        )];
        struck_targets(&mut events, &triggers, entities, &a, &mut Texts::default());
        later_struck_targets(&mut events, &triggers, entities, &a, &mut Texts::default());
        events[0].target.clone()
    }

    #[test]
    fn the_body_a_later_word_of_aiming_names_as_hit_is_the_target() {
        let body = "وتواصل طائرات التحالف غاراتها على وادي الرمل منذ أشهر، وتستهدف بها مواقع جماعة الرايات السود";
        let ents = [
            entity(
                "org:00000000000000b1",
                "التحالف",
                EntityType::Organization,
                body,
            ),
            entity(
                "loc:00000000000000b2",
                "وادي الرمل",
                EntityType::Location,
                body,
            ),
            entity(
                "org:00000000000000b3",
                "جماعة الرايات السود",
                EntityType::Organization,
                body,
            ),
        ];
        // The place the strikes fell on gives way to the body they aimed at.
        assert_eq!(
            struck_target_after(body, "غاراتها", &ents, 0, Some(1)),
            Some(ents[2].id.clone())
        );
        assert_eq!(
            struck_target_after(body, "غاراتها", &ents, 0, None),
            Some(ents[2].id.clone())
        );
        // Another actor aiming in the next clause: its own act, the place stays.
        let body = "وتواصل طائرات التحالف غاراتها على وادي الرمل، فيما استهدف المجلس العسكري مواقع جماعة الرايات السود";
        let ents = [
            entity(
                "org:00000000000000b1",
                "التحالف",
                EntityType::Organization,
                body,
            ),
            entity(
                "loc:00000000000000b2",
                "وادي الرمل",
                EntityType::Location,
                body,
            ),
            entity(
                "org:00000000000000b3",
                "جماعة الرايات السود",
                EntityType::Organization,
                body,
            ),
            entity(
                "org:00000000000000b4",
                "المجلس العسكري",
                EntityType::Organization,
                body,
            ),
        ];
        assert_eq!(
            struck_target_after(body, "غاراتها", &ents, 0, Some(1)),
            Some(ents[1].id.clone())
        );
    }

    #[test]
    fn a_bare_tanzim_after_a_struck_noun_is_the_group_named_before() {
        let body = "وأعلن التحالف أنه يلاحق تنظيم الرايات السود، وقصفت طائراته أمس مسلحي التنظيم في وادي الرمل";
        let mut group = entity(
            "org:00000000000000b3",
            "تنظيم الرايات السود",
            EntityType::Organization,
            body,
        );
        group.name = "الرايات السود".into();
        let ents = [
            entity(
                "org:00000000000000b1",
                "التحالف",
                EntityType::Organization,
                body,
            ),
            entity(
                "loc:00000000000000b2",
                "وادي الرمل",
                EntityType::Location,
                body,
            ),
            group,
        ];
        assert_eq!(
            struck_target_after(body, "وقصفت", &ents, 0, Some(1)),
            Some(ents[2].id.clone())
        );
        // Two groups named with `تنظيم`: which one is meant is not known.
        let body = "ويلاحق التحالف تنظيم الرايات السود وتنظيم الذئاب، وقصفت طائراته أمس مسلحي التنظيم في وادي الرمل";
        let ents = [
            entity(
                "org:00000000000000b1",
                "التحالف",
                EntityType::Organization,
                body,
            ),
            entity(
                "loc:00000000000000b2",
                "وادي الرمل",
                EntityType::Location,
                body,
            ),
            entity(
                "org:00000000000000b3",
                "تنظيم الرايات السود",
                EntityType::Organization,
                body,
            ),
            entity(
                "org:00000000000000b5",
                "تنظيم الذئاب",
                EntityType::Organization,
                body,
            ),
        ];
        assert_eq!(
            struck_target_after(body, "وقصفت", &ents, 0, Some(1)),
            Some(ents[1].id.clone())
        );
    }

    #[test]
    fn the_first_owner_of_what_was_struck_and_a_centres_own_name() {
        // The owner named first, whatever the order of the entities.
        let body = "وقصفت طائرات التحالف أمس مواقع لجماعة الرايات السود بينما يقاتل المجلس العسكري";
        let ents = [
            entity(
                "org:00000000000000b1",
                "التحالف",
                EntityType::Organization,
                body,
            ),
            entity(
                "org:00000000000000b4",
                "المجلس العسكري",
                EntityType::Organization,
                body,
            ),
            entity(
                "org:00000000000000b3",
                "جماعة الرايات السود",
                EntityType::Organization,
                body,
            ),
        ];
        assert_eq!(
            struck_target_after(body, "وقصفت", &ents, 0, None),
            Some(ents[2].id.clone())
        );
        // A centre's owner is written with لـ; a name right after it is the centre's own.
        let body = "وقصفت طائرات التحالف أمس مركز تدريب لجماعة الرايات السود";
        let ents = [
            entity(
                "org:00000000000000b1",
                "التحالف",
                EntityType::Organization,
                body,
            ),
            entity(
                "org:00000000000000b3",
                "جماعة الرايات السود",
                EntityType::Organization,
                body,
            ),
        ];
        assert_eq!(
            struck_target_after(body, "وقصفت", &ents, 0, None),
            Some(ents[1].id.clone())
        );
        let body = "وهاجم مسلحو جماعة الرايات السود أمس مركز النخيل التجاري";
        let ents = [
            entity(
                "org:00000000000000b3",
                "جماعة الرايات السود",
                EntityType::Organization,
                body,
            ),
            entity(
                "org:00000000000000b6",
                "النخيل التجاري",
                EntityType::Organization,
                body,
            ),
        ];
        assert_eq!(struck_target_after(body, "وهاجم", &ents, 0, None), None);
    }

    /// The (source, target) left by [`victim_nationality_sources`] for an event `code` from
    /// `source` to `target` (an organization, or a place when `place`) in `body`.
    fn after_victim_nationality(
        body: &str,
        source: &str,
        target: Option<&str>,
        place: bool,
    ) -> (Option<String>, Option<String>) {
        let a = article(body);
        let mut ents = vec![entity("ctry:us", source, EntityType::Location, body)];
        let kind = if place {
            EntityType::Location
        } else {
            EntityType::Organization
        };
        if let Some(t) = target {
            ents.push(entity("org:0123456789abcdef", t, kind, body));
        }
        let mut events = vec![bare_event(
            "190",
            Some("ctry:us".to_owned()),
            target.map(|_| "org:0123456789abcdef".to_owned()),
            body,
        )];
        victim_nationality_sources(&mut events, &ents, &a, &mut Texts::default());
        let ev = events.remove(0);
        (ev.source, ev.target)
    }

    #[test]
    fn a_victim_s_nationality_is_the_target_s_side() {
        let us = Some("ctry:us".to_owned());
        let group = Some("org:0123456789abcdef".to_owned());
        // A nationality of the hit: to the target, the doer (if any) to the source.
        assert_eq!(
            after_victim_nationality(
                "قتل مهندس كندي في هجوم مسلح قرب الحدود.",
                "كندي",
                None,
                false
            ),
            (None, us.clone())
        );
        assert_eq!(
            after_victim_nationality(
                "وأصيب جنديان بلجيكيان في هجوم تبنته جماعة الفجر الأحمر.",
                "بلجيكيان",
                Some("جماعة الفجر الأحمر"),
                false
            ),
            (group.clone(), us.clone())
        );
        assert_eq!(
            after_victim_nationality(
                "وأسفر التفجير عن مقتل 12 هولنديا في بلدة الواحة.",
                "هولنديا",
                Some("بلدة الواحة"),
                true
            ),
            (None, us.clone())
        );
        // Nouns of people spelt with hamza (`سائح`, `رهائن`).
        assert_eq!(
            after_victim_nationality("قتل سائح كندي قرب المعبد القديم.", "كندي", None, false),
            (None, us.clone())
        );
        assert_eq!(
            after_victim_nationality(
                "وقتل ثلاثة رهائن كنديين في الهجوم على الفندق.",
                "كنديين",
                None,
                false
            ),
            (None, us.clone())
        );
        // The same nationality later on a force's craft (`طائرات كندية`) may be the doer's.
        assert_eq!(
            after_victim_nationality(
                "قتل مهندس كندي في غارة شنتها طائرات كندية على المصنع.",
                "كندي",
                None,
                false
            ),
            (us.clone(), None)
        );
        // Beside a nationality of another noun or a venue of the same country.
        assert_eq!(
            after_victim_nationality(
                "وقتل جندي كندي قرب الحدود الكندية في هجوم تبنته جماعة الفجر الأحمر.",
                "كندي",
                Some("جماعة الفجر الأحمر"),
                false
            ),
            (group.clone(), us.clone())
        );
        // A party of the same nationality named before the hit may have fought.
        assert_eq!(
            after_victim_nationality(
                "تبادل الجيش الكندي ومسلحو جماعة الفجر الأحمر النار ما أدى إلى إصابة جندي كندي.",
                "كندي",
                Some("جماعة الفجر الأحمر"),
                false
            ),
            (us.clone(), group.clone())
        );
        // A nationality of the doer's own force, or one right after the act word: untouched.
        assert_eq!(
            after_victim_nationality(
                "وقصفت المدفعية الكندية مواقع جماعة الفجر الأحمر.",
                "الكندية",
                Some("جماعة الفجر الأحمر"),
                false
            ),
            (us.clone(), group.clone())
        );
        assert_eq!(
            after_victim_nationality("وقتل كندي رجلا في الشارع.", "كندي", None, false),
            (us, None)
        );
    }

    /// The (source, target) left by [`kidnap_noun_victims`] for an event 181 from `source` (of
    /// `kind`) to `target` (an organization) triggered at `word` in `body`.
    fn after_kidnap_noun(
        body: &str,
        source: (&str, EntityType),
        target: Option<&str>,
        word: &str,
    ) -> (Option<String>, Option<String>) {
        let a = article(body);
        let mut ents = vec![entity("per:00000000000000b1", source.0, source.1, body)];
        if let Some(t) = target {
            ents.push(entity(
                "org:00000000000000b2",
                t,
                EntityType::Organization,
                body,
            ));
        }
        let mut events = vec![bare_event(
            "181",
            Some(ents[0].id.clone()),
            target.map(|_| "org:00000000000000b2".to_owned()),
            body,
        )];
        let triggers = [trigger_at(body, word)];
        kidnap_noun_victims(&mut events, &triggers, &ents, &a, &mut Texts::default());
        let ev = events.remove(0);
        (ev.source, ev.target)
    }

    #[test]
    fn the_one_named_after_a_kidnapping_noun_is_its_victim() {
        let victim = Some("per:00000000000000b1".to_owned());
        let gang = Some("org:00000000000000b2".to_owned());
        let person = EntityType::Person;
        // The name after the noun, after a title, after a noun with ب.
        assert_eq!(
            after_kidnap_noun(
                "وأدانت المنظمة الحقوقية اختطاف الصحفي سامر الحلبي من منزله",
                ("سامر الحلبي", person),
                None,
                "اختطاف"
            ),
            (None, victim.clone())
        );
        assert_eq!(
            after_kidnap_noun(
                "وقام ثلاثة مسلحين بخطف الأب يوسف حنا قرب الكنيسة",
                ("يوسف حنا", person),
                None,
                "بخطف"
            ),
            (None, victim.clone())
        );
        // A bare خطف after a definite noun (its subject): a noun.
        assert_eq!(
            after_kidnap_noun(
                "وأكدت الوزارة خطف سامر الحلبي أثناء عودته إلى بيته",
                ("سامر الحلبي", person),
                None,
                "خطف"
            ),
            (None, victim.clone())
        );
        // A doer named before as target: the two change places; a body named after the
        // victim is the victim's own: no source.
        assert_eq!(
            after_kidnap_noun(
                "وقالت الشرطة إن عصابة الذئاب نفذت عملية اختطاف سامر الحلبي قرب الميناء",
                ("سامر الحلبي", person),
                Some("عصابة الذئاب"),
                "اختطاف"
            ),
            (gang, victim.clone())
        );
        assert_eq!(
            after_kidnap_noun(
                "وقام مسلحون بخطف الأب يوسف حنا راعي كنيسة النور في البلدة",
                ("يوسف حنا", person),
                Some("كنيسة النور"),
                "بخطف"
            ),
            (None, victim.clone())
        );
        // A nationality named before a noun with a pronoun.
        assert_eq!(
            after_kidnap_noun(
                "وكان البلجيكي يعمل مهندسا عند خطفه في الصحراء",
                ("البلجيكي", EntityType::Location),
                None,
                "خطفه"
            ),
            (None, victim.clone())
        );
        // Untouched: the doer before لـ, the verb خطف, a group before a noun with a pronoun.
        for (body, source, word) in [
            (
                "وأكد المرصد اختطاف التنظيم لأكثر من مئة مدني من البلدة",
                ("التنظيم", EntityType::Organization),
                "اختطاف",
            ),
            (
                "خطف التنظيم عشرين مدنيا من البلدة",
                ("التنظيم", EntityType::Organization),
                "خطف",
            ),
            (
                "وفي ساعة مبكرة من اليوم خطف التنظيم عشرين مدنيا",
                ("التنظيم", EntityType::Organization),
                "خطف",
            ),
            (
                "وبعد انسحاب القوات من المدينة، خطف التنظيم عشرين مدنيا",
                ("التنظيم", EntityType::Organization),
                "خطف",
            ),
            (
                "قرر البلجيكيون إغلاق الحدود بعد هجوم عصابة على قرية وخطفها خمسة من السكان",
                ("البلجيكيون", EntityType::Location),
                "وخطفها",
            ),
            (
                "وبثت الجماعة شريطا وأكدت أنهم من عناصر الفرقة بعد خطفهم",
                ("الجماعة", EntityType::Organization),
                "خطفهم",
            ),
        ] {
            assert_eq!(
                after_kidnap_noun(body, source, None, word),
                (victim.clone(), None),
                "help: {body}"
            );
        }
    }

    #[test]
    fn a_count_joined_by_waw_counts_the_hit() {
        // `ألفا و250 مقاتلا من X`: the digits after و are a number too, so X is counted among
        // the killed, the target, not the killer (`fix_victim_sources`).
        let body = "وأعلنت الهيئة أن ألفا و250 مقاتلا من جيش الوادي قتلوا في المعارك.";
        let a = article(body);
        let army = entity(
            "org:0123456789abcdef",
            "جيش الوادي",
            EntityType::Organization,
            body,
        );
        let mut events = vec![bare_event("190", Some(army.id.clone()), None, body)];
        super::super::fix_victim_sources(
            &mut events,
            std::slice::from_ref(&army),
            &a,
            &mut Texts::default(),
        );
        assert_eq!(
            (events[0].source.clone(), events[0].target.clone()),
            (None, Some(army.id.clone()))
        );
    }

    /// The (source, target) left by [`force_doers`] for an event `code` from `source` to
    /// `target` triggered at `word` (`noun` when the trigger is a noun) in `body`, with
    /// `entities` named there.
    fn after_force_doers(
        body: &str,
        entities: &[Entity],
        source: Option<&str>,
        target: Option<&str>,
        word: &str,
        noun: bool,
    ) -> (Option<String>, Option<String>) {
        let a = article(body);
        let mut trigger = trigger_at(body, word);
        trigger.noun = noun;
        let mut events = vec![bare_event(
            "190",
            source.map(str::to_owned),
            target.map(str::to_owned),
            body,
        )];
        force_doers(&mut events, &[trigger], entities, &a, &mut Texts::default());
        (events[0].source.clone(), events[0].target.clone())
    }

    #[test]
    fn the_owner_of_the_force_that_struck_is_the_source() {
        const C: &str = "org:00000000000000b1";
        const G: &str = "org:00000000000000b2";
        let both = |body: &str| {
            [
                entity(C, "التحالف", EntityType::Organization, body),
                entity(G, "جماعة الرايات السود", EntityType::Organization, body),
            ]
        };
        // The force right after the verb.
        let body = "واستهدف طيران التحالف أمس مخازن جماعة الرايات السود قرب الوادي";
        assert_eq!(
            after_force_doers(body, &both(body), None, Some(G), "واستهدف", false),
            (Some(C.to_owned()), Some(G.to_owned()))
        );
        // Joined arms before the verb, after أن.
        let body = "وذكر شهود أن طيران وبارجات التحالف قصفت مواقع جماعة الرايات السود";
        assert_eq!(
            after_force_doers(body, &both(body), None, Some(G), "قصفت", false),
            (Some(C.to_owned()), Some(G.to_owned()))
        );
        // The owner after لـ and a qualifier.
        let body = "وقصفت مدمرتان حربيتان للتحالف مرفأ جماعة الرايات السود";
        let entities = [
            entity(C, "للتحالف", EntityType::Organization, body),
            entity(G, "جماعة الرايات السود", EntityType::Organization, body),
        ];
        assert_eq!(
            after_force_doers(body, &entities, None, Some(G), "وقصفت", false),
            (Some(C.to_owned()), Some(G.to_owned()))
        );
        // The genitive of the act's noun, read backwards by the engine: the two change places.
        let body = "وقتل عشرون من جماعة الرايات السود جراء قصف طائرات التحالف لمخازنهم";
        assert_eq!(
            after_force_doers(body, &both(body), Some(G), Some(C), "قصف", true),
            (Some(C.to_owned()), Some(G.to_owned()))
        );
        // A noun act takes the verb of doing before it.
        let body = "وشن طيران التحالف عشرات الغارات على جماعة الرايات السود";
        assert_eq!(
            after_force_doers(body, &both(body), None, Some(G), "الغارات", true),
            (Some(C.to_owned()), Some(G.to_owned()))
        );
        // A state named as the force's adjective.
        let body = "وقال محللون إن المقاتلات التركية ضربت مواقع جماعة الرايات السود";
        let entities = [
            entity("loc:TUR", "التركية", EntityType::Location, body),
            entity(G, "جماعة الرايات السود", EntityType::Organization, body),
        ];
        assert_eq!(
            after_force_doers(body, &entities, None, Some("loc:TUR"), "ضربت", false),
            (Some("loc:TUR".to_owned()), None)
        );
    }

    #[test]
    fn a_force_that_backs_or_is_named_elsewhere_gives_no_source() {
        const C: &str = "org:00000000000000b1";
        const G: &str = "org:00000000000000b2";
        let both = |body: &str| {
            [
                entity(C, "التحالف", EntityType::Organization, body),
                entity(G, "جماعة الرايات السود", EntityType::Organization, body),
            ]
        };
        // A backer after بدعم من.
        let body = "واقتحم المتطوعون بدعم من طيران التحالف معسكر جماعة الرايات السود";
        assert_eq!(
            after_force_doers(body, &both(body), None, Some(G), "واقتحم", false),
            (None, Some(G.to_owned()))
        );
        // A force in a prepositional phrase before the verb is no subject.
        let body = "وبعد غارات لطيران التحالف هاجم المتطوعون جماعة الرايات السود";
        assert_eq!(
            after_force_doers(body, &both(body), None, Some(G), "هاجم", false),
            (None, Some(G.to_owned()))
        );
        // A source of another name stays.
        let body = "واستهدف طيران التحالف وجماعة الرايات السود القرية";
        assert_eq!(
            after_force_doers(body, &both(body), Some(G), None, "واستهدف", false),
            (Some(G.to_owned()), None)
        );
    }

    /// The (source, target) left by [`clear_backer_actors`] for an event from `source` to
    /// `target` triggered at `word` in `body`, with `entities` named there.
    fn after_backers(
        body: &str,
        entities: &[Entity],
        source: Option<&str>,
        target: Option<&str>,
        word: &str,
    ) -> (Option<String>, Option<String>) {
        let a = article(body);
        let mut events = vec![bare_event(
            "190",
            source.map(str::to_owned),
            target.map(str::to_owned),
            body,
        )];
        clear_backer_actors(
            &mut events,
            &[trigger_at(body, word)],
            entities,
            &a,
            &mut Texts::default(),
        );
        (events[0].source.clone(), events[0].target.clone())
    }

    #[test]
    fn a_backer_of_the_act_is_neither_its_source_nor_its_target() {
        const C: &str = "org:00000000000000b1";
        const G: &str = "org:00000000000000b2";
        let body =
            "واستعادت كتائب المتطوعين بإسناد جوي من التحالف بلدة الوادي من جماعة الرايات السود";
        let entities = [
            entity(C, "التحالف", EntityType::Organization, body),
            entity(G, "جماعة الرايات السود", EntityType::Organization, body),
        ];
        assert_eq!(
            after_backers(body, &entities, None, Some(C), "واستعادت"),
            (None, None)
        );
        assert_eq!(
            after_backers(body, &entities, Some(C), Some(G), "واستعادت"),
            (None, Some(G.to_owned()))
        );
        // With the help of: the same.
        let body = "وطردت الكتائب بمساعدة طائرات التحالف جماعة الرايات السود من البلدة";
        let entities = [
            entity(C, "التحالف", EntityType::Organization, body),
            entity(G, "جماعة الرايات السود", EntityType::Organization, body),
        ];
        assert_eq!(
            after_backers(body, &entities, Some(C), Some(G), "وطردت"),
            (None, Some(G.to_owned()))
        );
        // A group backed by another: the backer is no target of the group's act.
        let body = "وهاجمت جماعة الرايات السود المدعومة من التحالف القرية";
        let entities = [
            entity(C, "التحالف", EntityType::Organization, body),
            entity(G, "جماعة الرايات السود", EntityType::Organization, body),
        ];
        assert_eq!(
            after_backers(body, &entities, Some(G), Some(C), "وهاجمت"),
            (Some(G.to_owned()), None)
        );
        // The remnants of a deposed president's forces back the group.
        let body = "وهاجمت جماعة الرايات السود المدعومة بفلول الرئيس المخلوع سالم ناصر القرية";
        let entities = [
            entity(C, "سالم ناصر", EntityType::Person, body),
            entity(G, "جماعة الرايات السود", EntityType::Organization, body),
        ];
        assert_eq!(
            after_backers(body, &entities, Some(G), Some(C), "وهاجمت"),
            (Some(G.to_owned()), None)
        );
        // Backing and coordination, and cover given by someone's planes: the same.
        for body in [
            "وهاجم المتطوعون بدعم وتنسيق من التحالف جماعة الرايات السود",
            "وهاجم المتطوعون بغطاء جوي من قبل طائرات التحالف جماعة الرايات السود",
        ] {
            let entities = [
                entity(C, "التحالف", EntityType::Organization, body),
                entity(G, "جماعة الرايات السود", EntityType::Organization, body),
            ];
            assert_eq!(
                after_backers(body, &entities, None, Some(C), "وهاجم"),
                (None, None),
                "help: {body}"
            );
        }
        // The backer's own act told in a relative clause keeps it.
        let body = "وتقدم المتطوعون تحت غطاء من طيران التحالف الذي قصف مواقع جماعة الرايات السود";
        let entities = [
            entity(C, "التحالف", EntityType::Organization, body),
            entity(G, "جماعة الرايات السود", EntityType::Organization, body),
        ];
        assert_eq!(
            after_backers(body, &entities, Some(C), Some(G), "قصف"),
            (Some(C.to_owned()), Some(G.to_owned()))
        );
        // Named elsewhere in the sentence as a doer: it stays.
        let body = "وقصف التحالف القرية بعد هجوم بدعم من التحالف على جماعة الرايات السود";
        let entities = [
            entity(C, "التحالف", EntityType::Organization, body),
            entity(G, "جماعة الرايات السود", EntityType::Organization, body),
        ];
        assert_eq!(
            after_backers(body, &entities, Some(C), None, "وقصف"),
            (Some(C.to_owned()), None)
        );
    }

    #[test]
    fn a_bare_qaeda_on_a_page_about_a_base_is_the_base() {
        let body = "وسيطرت القوات على قاعدة الصخرة الجوية بعد أن اقتحمت القاعدة من جهتين";
        let a = article(body);
        let qaeda = entity("org:al-qaeda", "القاعدة", EntityType::Organization, body);
        let run = |a: &Article, qaeda: &Entity| {
            let mut events = vec![bare_event("190", None, Some(qaeda.id.clone()), &a.body[0])];
            clear_base_qaeda(
                &mut events,
                std::slice::from_ref(qaeda),
                a,
                &mut Texts::default(),
            );
            events[0].target.clone()
        };
        assert_eq!(run(&a, &qaeda), None);
        // The group by its name stays, and on a page with no base the bare word too.
        let body2 = "وقالت القوات إنها اقتحمت مخبأ تنظيم القاعدة في الجبال";
        let a2 = article(body2);
        let q2 = entity("org:al-qaeda", "القاعدة", EntityType::Organization, body2);
        assert_eq!(run(&a2, &q2), Some("org:al-qaeda".to_owned()));
        let body3 = "وقالت القوات إنها اقتحمت مخبأ القاعدة في الجبال";
        let a3 = article(body3);
        let q3 = entity("org:al-qaeda", "القاعدة", EntityType::Organization, body3);
        assert_eq!(run(&a3, &q3), Some("org:al-qaeda".to_owned()));
        // Not only acts of force: a withdrawal from the base or an arrival at it is no act
        // toward al-Qaeda either.
        let body4 = "وتدور المعارك حول قاعدة النخيل العسكرية، وانسحب المسلحون من القاعدة ليلا";
        let a4 = article(body4);
        let q4 = entity("org:al-qaeda", "القاعدة", EntityType::Organization, body4);
        for code in ["0874", "042"] {
            let mut events = vec![bare_event(code, None, Some(q4.id.clone()), &a4.body[0])];
            clear_base_qaeda(
                &mut events,
                std::slice::from_ref(&q4),
                &a4,
                &mut Texts::default(),
            );
            assert_eq!(events[0].target, None, "{code}");
        }
    }
}
