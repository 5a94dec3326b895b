//! Which entities can be the actors of a coded event.
//!
//! CAMEO codes what states, their institutions and forces, armed and political groups,
//! international bodies and the people who speak for them do to each other. A page about a
//! fashion designer, a racing driver or a hotel prize uses the same verbs (`قدم`, `أشاد`,
//! `تصدر`) about people and firms that are no such actors, and the engine codes them. Event
//! coders built for this (PETRARCH and its actor dictionaries) code an event only when an actor
//! is one they know; rasd does the same with what the entity stage knows about each entity:
//!
//! - a place (a country, a capital or a town standing for who governs it);
//! - anything with a country (a nisba: `الجيش المالي`, `الخارجية الروسية`, `وزير الدفاع
//!   التركي`);
//! - a body of the gazetteer (its id is not a hash of its name: `org:aes`, `org:un`);
//! - an organization whose name starts with a head noun of a public body or force (`مجلس`,
//!   `وزارة`, `حركة`, `قوات`, `جيش`, …);
//! - a person named after or before a title or role word (`الرئيس`, `المتحدث باسم`, `العقيد`)
//!   somewhere on the page.
//!
//! An event is kept when its source or its target is such an actor. What goes: events whose
//! only actors are people with no role on the page, firms, teams and the tagger's stray names.
//!
//! Before that, an event whose source is named nowhere in its sentence goes (a name carried
//! over from an earlier sentence is, on news pages, seldom who did what the sentence tells:
//! [`drop_sources_outside_sentence`]); a place named as the source only where the act happened
//! (`اجتماع الوزراء في بروكسل`, `الضربة في منطقة بركي`) is no source ([`clear_venue_sources`]),
//! a town, a province or a region that stands for no government is no actor at all, nor is a
//! district the entity stage took for a body (`مديرية X`: [`clear_place_actors`]), nor is a
//! country named as the target of an act of force only where it happened (`غارات في العراق`:
//! [`clear_venue_targets`]), and the source of an
//! act of force named only as what it hit (`هجوم استهدف عربات تابعة لجماعة X`, `مقتل X`) or
//! counted among the hit (`قُتل تسعة من مسلحي X`) is its target ([`fix_victim_sources`]).
//! First, the doer a relative clause names right after an act noun (`الهجمات التي شنها
//! تنظيم X`, `غارات نفذتها طائرات X`) is its source ([`relative_doer_sources`]), and so is an
//! act noun's own nationality when the engine found no doer (`قصف جوي إسرائيلي`:
//! [`noun_nationality_sources`]), and the holder of a stance after `أعرب/عبّر عن` (`عن إدانة
//! المملكة للهجوم`: [`expressed_stance_sources`]); then an act
//! with a source and no target whose object carries a state's nationality
//! (`اعتقلت القوة صيادا لبنانيا`) takes that state as its target ([`nationality_targets`]),
//! and a target named only in the source's apposition as the source's own body or state
//! (`دعا X زعيم حزب Y`) is none ([`clear_own_body_targets`]; a person's, named only in the
//! title after the name: [`clear_title_apposition_targets`]), nor is a second doer joined to
//! the source by و (`هاجم الحوثيون وقوات صالح`: [`clear_joined_targets`]), nor the state
//! whose organ the source is (`الحكومة اليونانية` → Greece: [`clear_own_state_targets`]); a
//! person given as a visit's target with no source is the visitor ([`visitor_sources`]), and
//! the genitive of a visit or meeting noun is its doer (`نتائج زيارة الأمير X لمصر`:
//! [`visit_noun_doers`]); a target named only in the title before the source's name is none
//! (`رئيس المنظمة X الدكتور Y`: [`clear_title_before_targets`]), nor one named only as
//! someone's leader (`التحالف بقيادة X`: [`clear_led_targets`]). In a condemnation or
//! rejection said verb first with a deed as its object, the doer's phrase between the two
//! names no target (`أدان X، مفتي Y، العملية`, `أدان X وY الهجوم`) and is the source when the
//! engine had none ([`deed_subjects`]); a condemnation told as what a caller said in a
//! received call (`تلقى X اتصالا من Y أعرب فيه عن إدانته`) is the caller's, with no target
//! ([`call_stance_sources`]), and the place a condemned deed hit is no target of the
//! condemnation (`أدانت X الهجوم الذي استهدف مسجدا في مدينة Y`: [`clear_deed_place_targets`]);
//! a condemnation told in a reported clause with its subject before its verb is that
//! subject's (`قال المتحدث باسم الوزارة إن الولايات المتحدة تستنكر`:
//! [`reported_subject_sources`]). Before all that, a blame's source that is the one blamed
//! (`وحمّل حزب X مسؤولية الهجوم`: the only name between حمّل and the responsibility is its
//! object) becomes its target, with no source ([`blamed_source_targets`]); and a statement's
//! target named only as the body its source belongs to (`دعت المفوضية التابعة للأمم المتحدة
//! فرنسا`) is none ([`clear_affiliation_targets`]), nor a person named only as the speaker
//! who tells the statement (`قال X: إن القيادة تدين`: [`clear_speaker_targets`]), nor a person
//! or body named only as the speaker who tells an act, a long title allowed between the word of
//! saying and the name (`قال الناشط X المتابع لأخبار الجماعة لـ«الصحيفة» إن مسلحين خطفوا`:
//! [`clear_reported_act_speaker_targets`]).

use rasd_model::{Article, ArticlePart, Entity, EntityType, Event, Mention};

use crate::entities::context::{in_list_loose, FORCE_HEADS, TITLES};
use crate::entities::tokens::{normalize_phrase, tokenize, Tokens};
use crate::entities::BODY_HEADS;
use crate::events::learned::Trigger;
use crate::events::text::bare;

mod facilities;
mod feeling_complements;
mod organ_owners;
mod passive_victims;
mod patient_nouns;
mod reporters;
mod self_meeting;
mod source_place;
mod title_state;
mod venue_twins;
mod violence;

/// Heads of armed forces, groups and monitors not among the body heads (normal form, no
/// article).
const ARMED_HEADS: &[&str] = &[
    "منظمه",
    "مرصد",
    "مركز",
    "جيش",
    "شرطه",
    "تنظيم",
    "ميليشيا",
    "ميليشيات",
    "مليشيا",
    "مليشيات",
    "سرايا",
    "لواء",
    "الويه",
    "امن",
];

/// Words on either side of a person's mention that are looked at for a title (`رئيس الوزراء
/// الليبي السابق X`, `المبعوث الأممي إلى ليبيا X`: the title can stand several words back).
const TITLE_WINDOW_BEFORE: usize = 6;
const TITLE_WINDOW_AFTER: usize = 2;

/// Nouns of a place that, after `في` or with ب, make the name after them a venue (normal form).
const PLACE_NOUNS: &[&str] = &[
    "منطقه",
    "مدينه",
    "محافظه",
    "اقليم",
    "ولايه",
    "قريه",
    "بلده",
    "حي",
    "مخيم",
    "العاصمه",
    "ضاحيه",
    "مقاطعه",
];

/// Words that make the name after them a venue on their own (normal form).
const NEAR_WORDS: &[&str] = &[
    "داخل",
    "قرب",
    "انحاء",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
];

/// Words looked at before a locative for the body or title it belongs to (`المجلس العسكري في
/// النيجر`).
const HEAD_WINDOW: usize = 3;

/// Clears the source of an event when the place named as its source is, at each of its
/// mentions in the event's sentence, where the act happened (`في بروكسل`, `بمحافظة الأحساء`,
/// `جنوب كابل`, `بباماكو`), not who did it: "شدد اجتماع الوزراء في بروكسل" is no act of
/// Brussels, "نفذت الضربة في منطقة بركي" none of Barki. A body in a place stays
/// (`السلطات في النيجر`: the authorities of Niger).
fn clear_venue_sources(
    events: &mut [Event],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    for ev in events.iter_mut() {
        // (A host is where the visit happens: `استقباله السفير في الدوحة` is Qatar's.)
        if ev.code.starts_with("043") {
            continue;
        }
        let Some(place) =
            entity_by_id(entities, ev.source.as_deref()).filter(|e| e.kind == EntityType::Location)
        else {
            continue;
        };
        let Some((tokens, _, inside)) = mentions_in_sentence(ev, place, article, texts) else {
            continue;
        };
        if inside.iter().all(|m| venue(tokens, m.start)) {
            clear_actor(ev, false);
        }
    }
}

/// Words that point back to a state as the one an act hit (`ضربات في سوريا تستهدف جيشها`).
const STATE_PRONOUN_WORDS: &[&str] = &[
    "جيشها",
    "قواتها",
    "حكومتها",
    "نظامها",
    "جيشه",
    "قواته",
    "حكومته",
    "نظامه",
];

/// Clears the target of an act of force (roots 18–20) when the place named as its target is,
/// at each of its mentions in the event's sentence, where the act happened ([`venue`]: `في
/// العراق`, `باليمن`, `جنوب سوريا`, and a place joined to such a one by و, `في العراق
/// وسوريا`): "شن التحالف غارات في العراق على مواقع X" hit X, not Iraq. Not when the source is
/// a place or of another country than the target (one state's act on another's soil), and not
/// when the sentence points back to the state's own forces (`تستهدف جيشها`). A strike `على
/// اليمن` is no venue and stays.
fn clear_venue_targets(
    events: &mut [Event],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> Vec<ClearedVenue> {
    let mut cleared = Vec::new();
    for (index, ev) in events.iter_mut().enumerate() {
        if !matches!(ev.code.get(..2), Some("18" | "19" | "20")) {
            continue;
        }
        let Some(place) =
            entity_by_id(entities, ev.target.as_deref()).filter(|e| e.kind == EntityType::Location)
        else {
            continue;
        };
        let source_state = entity_by_id(entities, ev.source.as_deref())
            .is_some_and(|e| e.kind == EntityType::Location)
            || ev
                .source_country
                .as_ref()
                .is_some_and(|c| Some(c) != ev.target_country.as_ref());
        if source_state {
            continue;
        }
        let Some((tokens, start, inside)) = mentions_in_sentence(ev, place, article, texts) else {
            continue;
        };
        let end = start + ev.sentence.chars().count();
        let joined_venue = |start: usize| {
            let k = tokens.words.partition_point(|w| w.end <= start);
            tokens.words.get(k).is_some_and(|w| {
                w.start + 1 == start
                    && w.punct_before.is_none()
                    && tokens.norm(k).starts_with('و')
                    && k.checked_sub(1)
                        .and_then(|p| tokens.words.get(p))
                        .is_some_and(|p| venue(tokens, p.start))
            })
        };
        let points_back = tokens
            .words
            .iter()
            .enumerate()
            .filter(|(_, w)| start <= w.start && w.end <= end)
            .any(|(j, _)| STATE_PRONOUN_WORDS.contains(&bare(tokens.norm(j))));
        if !points_back
            && inside
                .iter()
                .all(|m| venue(tokens, m.start) || joined_venue(m.start))
        {
            if stateless_armed_group(entity_by_id(entities, ev.source.as_deref())) {
                cleared.push(ClearedVenue {
                    index,
                    source: ev.source.clone(),
                    target: ev.target.clone(),
                    target_country: ev.target_country.clone(),
                });
            }
            clear_actor(ev, true);
        }
    }
    cleared
}

/// Clears the target of a meeting, a call or a cooperation (roots 04 and 06, not a visit, 042,
/// whose target is where the visitor went) when the place named as its
/// target is, at each of its mentions in the event's sentence, where it happened ([`venue`]:
/// `عقد الوزيران اجتماعا في جنيف`, `استقبل X أهالي المعتقلين الموجودين في المملكة`): who met
/// whom is not the town or state they met in. A place as the other side stays (`اتفاق مع
/// إيران`), and so does a place after a body (`المجلس في اليمن`). Root 05 is left alone: what
/// is praised or recognized comes behind ب (`اعترفت إسبانيا بدولة فلسطين`), and an embassy
/// reopened in a capital names the state (`أعادت البحرين افتتاح سفارتها في طهران`).
fn clear_meeting_venue_targets(
    events: &mut [Event],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    for ev in events.iter_mut() {
        let meeting = matches!(ev.code.get(..2), Some("04" | "06"));
        if !meeting || ev.code.starts_with("042") {
            continue;
        }
        let Some(place) =
            entity_by_id(entities, ev.target.as_deref()).filter(|e| e.kind == EntityType::Location)
        else {
            continue;
        };
        let Some((tokens, _, inside)) = mentions_in_sentence(ev, place, article, texts) else {
            continue;
        };
        if inside.iter().all(|m| venue(tokens, m.start)) {
            clear_actor(ev, true);
        }
    }
}

/// A country target [`clear_venue_targets`] cleared from an act of force by an armed group with
/// no state, kept so that [`restore_group_venue_targets`] can give it back.
struct ClearedVenue {
    index: usize,
    source: Option<String>,
    target: Option<String>,
    target_country: Option<String>,
}

/// Gives back the country where a stateless armed group struck (`فجر التنظيم مسجدا في الكويت` →
/// the group → Kuwait) when, after every later pass, the event still has that group as its
/// source and no target: the group's act inside a country hits that country. When a later pass
/// found whom it hit (`ضربات استهدفت الجماعة في سوريا`) or changed the source, it stays as it is.
fn restore_group_venue_targets(events: &mut [Event], cleared: Vec<ClearedVenue>) {
    for c in cleared {
        if let Some(ev) = events.get_mut(c.index) {
            if ev.target.is_none() && ev.source == c.source {
                ev.target = c.target;
                ev.target_country = c.target_country;
            }
        }
    }
}

/// True when the entity is an armed or political group of the gazetteer (`org:isis`, Boko
/// Haram), not a state's organ.
fn stateless_armed_group(entity: Option<&Entity>) -> bool {
    let g = crate::events::engine::gazetteer();
    entity
        .and_then(|e| g.by_id(&e.id))
        .and_then(|i| g.entry(i))
        .is_some_and(|e| {
            e.class == crate::gazetteer::Class::Organization(crate::gazetteer::OrgClass::Group)
        })
}

/// The entity whose id is `id`, if any.
fn entity_by_id<'e>(entities: &'e [Entity], id: Option<&str>) -> Option<&'e Entity> {
    let id = id?;
    entities.iter().find(|e| e.id == id)
}

/// True when mention `m` is in the body paragraph of event `ev`.
fn in_event_paragraph(ev: &Event, m: &Mention) -> bool {
    m.part == ArticlePart::Body && m.paragraph == ev.paragraph
}

/// The chars `[start, end)` of body event `ev`'s sentence in its paragraph; `None` when the
/// sentence is not found there.
fn sentence_span(ev: &Event, article: &Article) -> Option<(usize, usize)> {
    let para = article.body.get(ev.paragraph)?;
    let byte = para.find(ev.sentence.as_str())?;
    let start = para.get(..byte).map_or(0, |p| p.chars().count());
    Some((start, start + ev.sentence.chars().count()))
}

/// The mentions of `entity` inside the sentence of body event `ev`, with the paragraph's
/// tokens and the char where the sentence starts; `None` when there is none (or the sentence
/// is not found in its paragraph).
fn mentions_in_sentence<'t, 'e>(
    ev: &Event,
    entity: &'e Entity,
    article: &Article,
    texts: &'t mut Texts,
) -> Option<(&'t Tokens, usize, Vec<&'e Mention>)> {
    // (No mention in the event's paragraph: none in its sentence, and nothing to look up.)
    if !entity.mentions.iter().any(|m| in_event_paragraph(ev, m)) {
        return None;
    }
    let (start, end) = texts.sentence_span(ev, article)?;
    let inside: Vec<&Mention> = entity
        .mentions
        .iter()
        .filter(|m| in_event_paragraph(ev, m))
        .filter(|m| start <= m.start && m.end <= end)
        .collect();
    if inside.is_empty() {
        return None;
    }
    let tokens = texts.tokens(article, ArticlePart::Body, ev.paragraph)?;
    Some((tokens, start, inside))
}

/// True when the mention starting at char `start` of the text of `tokens` is a venue: behind
/// the preposition ب on its own word (`بباماكو`), after `في` (`في بروكسل`), after a place noun
/// with `في` or ب (`في منطقة بركي`, `بمحافظة الأحساء`), or after a word of nearness (`جنوب
/// كابل`). Not when a body or a title stands just before the locative (`المجلس العسكري في
/// النيجر`, `رئيس الوزراء في`): that place names the body's country. A place noun alone opens
/// a name (`أعلنت ولاية بونتلاند`).
fn venue(tokens: &Tokens, start: usize) -> bool {
    let k = tokens.words.partition_point(|w| w.end <= start);
    let Some(word) = tokens.words.get(k) else {
        return false;
    };
    if word.start < start {
        // A proclitic on the name's own word: only ب is locative (`بباماكو`, `وببغداد`).
        let attached = start - word.start;
        let prefix: String = tokens.norm(k).chars().take(attached).collect();
        return matches!(prefix.as_str(), "ب" | "وب" | "فب");
    }
    let norm = |i: Option<usize>| i.map_or("", |i| tokens.norm(i));
    let is_in = |w: &str| matches!(w, "في" | "وفي");
    let prev = norm(k.checked_sub(1));
    // The first word of the locative phrase.
    let place_with_b = prev.strip_prefix('ب').is_some_and(|p| {
        PLACE_NOUNS.contains(&p)
            || p.strip_prefix("ال")
                .is_some_and(|p| PLACE_NOUNS.contains(&p))
    });
    let lead = if is_in(prev) || NEAR_WORDS.contains(&prev) || place_with_b {
        k.checked_sub(1)
    } else if PLACE_NOUNS.contains(&prev) && is_in(norm(k.checked_sub(2))) {
        k.checked_sub(2)
    } else {
        None
    };
    let Some(lead) = lead else {
        return false;
    };
    !(lead.saturating_sub(HEAD_WINDOW)..lead).any(|h| {
        let head = tokens.norm(h);
        let bare = head.strip_prefix('و').unwrap_or(head);
        is_role_word(head)
            || names_a_body(head)
            || matches!(
                bare,
                "السلطات"
                    | "سلطات"
                    | "الحكومه"
                    | "حكومه"
                    | "النظام"
                    | "المعارضه"
                    | "المسوولين"
                    | "مسوولين"
                    | "المسوولون"
            )
    })
}

/// Words before a region's name that make it the states of the region (`دول الخليج`).
const STATES_WORDS: &[&str] = &["دول", "بلدان", "حكومات"];

/// Words looked at before a place's name for the title or body it is the seat of.
const SEAT_WINDOW: usize = 2;

/// Titles of who governs a town or a province, not among the titles of the entity stage (normal
/// form): `محافظ البصرة`, `أمير منطقة X`.
const SEAT_TITLES: &[&str] = &["محافظ", "حاكم", "والي", "عمده", "امير", "لمحافظ"];

/// True when the place can stand for who governs it as an actor: a country, a capital (`واشنطن`,
/// `طهران`), or a region named as its states (`دول الخليج`) at one of its mentions in the
/// event's sentence. A town, a province, a village, a mountain or a region named by itself is
/// where something happened, not who did it.
fn place_can_act(ev: &Event, place: &Entity, article: &Article, texts: &mut Texts) -> bool {
    let g = crate::events::engine::gazetteer();
    let entry = g.by_id(&place.id).and_then(|i| g.entry(i));
    // (An entity not from the gazetteer, such as one given with a text, is a country or a
    // capital when one of its names is one: `سلطنة عمان`, `الإمارات`.)
    let named_country = || {
        place.aliases.iter().chain([&place.name]).any(|name| {
            g.lookup(&normalize_phrase(name)).iter().any(|hit| {
                !hit.adjective
                    && g.entry(hit.entry).is_some_and(|e| {
                        e.class == crate::gazetteer::Class::Country || e.capital_of.is_some()
                    })
            })
        })
    };
    if entry.is_none() && named_country() {
        return true;
    }
    // (A place named as the seat of a title or a body stands for them: `محافظ البصرة`, `أمير
    // منطقة X`.)
    let seat =
        mentions_in_sentence(ev, place, article, texts).is_some_and(|(tokens, _, inside)| {
            inside.iter().any(|m| {
                let k = tokens.words.partition_point(|w| w.end <= m.start);
                (k.saturating_sub(SEAT_WINDOW)..k).any(|j| {
                    let w = bare(tokens.norm(j));
                    is_role_word(w) || names_a_body(w) || SEAT_TITLES.contains(&w)
                })
            })
        });
    if seat {
        return true;
    }
    match entry.map(|e| (&e.class, e.capital_of.is_some())) {
        Some((crate::gazetteer::Class::Country, _)) | Some((_, true)) => true,
        Some((crate::gazetteer::Class::Region, _)) => {
            mentions_in_sentence(ev, place, article, texts).is_some_and(|(tokens, _, inside)| {
                inside.iter().any(|m| {
                    let k = tokens.words.partition_point(|w| w.end <= m.start);
                    // (The gazetteer's name can hold the word: `دول الخليج`.)
                    (k.saturating_sub(1)..=k).any(|j| {
                        j < tokens.words.len() && STATES_WORDS.contains(&bare(tokens.norm(j)))
                    })
                })
            })
        }
        _ => false,
    }
}

/// What a directorate (`مديرية`) is in charge of, when the word after it names a body's field
/// (normal form, without the article): `مديرية الأمن`, `مديرية الشؤون الصحية`, `مديرية الدفاع
/// المدني`. Any other word after `مديرية` names a district (`مديرية القفر`, `مديرية حزم العدين`).
const DIRECTORATE_FIELDS: &[&str] = &[
    "امن",
    "دفاع",
    "شوون",
    "شيون",
    "صحه",
    "زراعه",
    "مياه",
    "توجيه",
    "احوال",
    "كهرباء",
    "اذاعه",
    "جمارك",
    "ارصاد",
    "سجون",
    "جوازات",
    "سياحه",
    "تربيه",
    "تعليم",
    "شرطه",
    "مرور",
    "اعلام",
    "علاقات",
    "اوقاف",
    "ماليه",
    "استخبارات",
    "مخابرات",
    "موارد",
    "اشغال",
    "خدمات",
    "عمل",
    "شباب",
    "ثقافه",
    "اثار",
    "نقل",
    "طرق",
    "اتصالات",
    "بلديات",
    "اسكان",
    "صناعه",
    "تجاره",
    "ضرايب",
    "احصاء",
    "ري",
    "بيئه",
    "طيران",
    "هجره",
    "اقامه",
    "عمليات",
    "حرس",
    "تخطيط",
    "اداره",
    "رعايه",
    "بحث",
    "تحقيقات",
    "رقابه",
    "مستشفيات",
    "ادله",
    "اطفاء",
    "تموين",
    "حسابات",
    "دعوه",
    "ارشاد",
    "افتاء",
    "حمايه",
    "مكافحه",
    "مخدرات",
    "اسلحه",
    "امداد",
    "تسليح",
    "تدريب",
    "قضاء",
    "عدل",
    "محاكم",
    "مساجد",
    "نظافه",
    "صرف",
    "غاز",
    "نفط",
    "بترول",
    "معادن",
    "اعمال",
    "مباحث",
    "مخابز",
    "تنميه",
    "عامه",
];

/// True when `e` is an organization named as a district rather than a directorate: `مديرية`
/// and a word that names no field of a body ([`DIRECTORATE_FIELDS`]), as the entity stage
/// types a district it does not know (`سيطرت المقاومة على مديرية X`). A district is where an
/// act happened or what was seized, no actor.
fn district_named_as_body(e: &Entity) -> bool {
    if e.kind != EntityType::Organization {
        return false;
    }
    let norm = normalize_phrase(&e.name);
    let mut words = norm.split(' ');
    if words.next() != Some("مديريه") {
        return false;
    }
    let Some(second) = words.next() else {
        return false;
    };
    let field = second.strip_prefix("ال").unwrap_or(second);
    !DIRECTORATE_FIELDS.contains(&field)
}

/// Clears an actor that is a place which cannot stand for a government (see
/// [`place_can_act`]): "شهدت مدينة X مواجهات" is no act of the town, "قصفت الطائرات بلدة X" hits
/// no actor, "توجه الوزير إلى مدينة X" visits nobody. A wrong actor is a false event and a missed
/// one, so none is better.
fn clear_place_actors(
    events: &mut [Event],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    for ev in events.iter_mut() {
        for target in [false, true] {
            let id = if target { &ev.target } else { &ev.source };
            if entity_by_id(entities, id.as_deref()).is_some_and(district_named_as_body)
                && !(target && (ev.code.starts_with("04") || ev.code.starts_with("07")))
            {
                clear_actor(ev, target);
                continue;
            }
            let Some(place) =
                entity_by_id(entities, id.as_deref()).filter(|e| e.kind == EntityType::Location)
            else {
                continue;
            };
            // (A town a visit or aid goes to stands for its country, as a destination does:
            // `زار الوزير مدينة X`.)
            if (target && (ev.code.starts_with("04") || ev.code.starts_with("07")))
                || place_can_act(ev, place, article, texts)
            {
                continue;
            }
            clear_actor(ev, target);
        }
    }
}

/// Words after which a name is what an act of force hit, not who did it (normal form, without
/// و/ف): `هجوم استهدف عربات تابعة لجماعة X`, `مقتل X`, `ضد X`.
const PATIENT_CUES: &[&str] = &[
    "ضد",
    "استهدف",
    "استهدفت",
    "استهدفا",
    "استهدفوا",
    "يستهدف",
    "تستهدف",
    "استهداف",
    "مقتل",
    "اغتيال",
    "ضحايا",
    "لمقتل",
    "باغتيال",
];

/// Words looked at before a mention for a patient cue.
const PATIENT_WINDOW: usize = 5;

/// Turns the source of an act of force (18–20) into its target when, at each of its mentions in
/// the event's sentence, a patient cue stands just before it (see [`PATIENT_CUES`]): "شن أفراد
/// المقاومة هجوما استهدف عربات تابعة لجماعة الحوثي" is an attack on the Houthis, not by them.
/// When the event already has a target, the source is only cleared. A source counted out of a
/// force (`تسعة من مسلحي X`, `18 من عناصر X`) in a sentence that tells of killing, wounding or
/// capture is hit too: it becomes the target, and the target the source unless that is a place
/// or counted among the hit as well.
fn fix_victim_sources(
    events: &mut [Event],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    for ev in events.iter_mut() {
        if !matches!(ev.code.get(..2), Some("18" | "19" | "20")) {
            continue;
        }
        let Some(actor) = entity_by_id(entities, ev.source.as_deref()) else {
            continue;
        };
        let Some((tokens, start, inside)) = mentions_in_sentence(ev, actor, article, texts) else {
            continue;
        };
        let first_word = tokens.words.partition_point(|w| w.end <= start);
        // A nationality names the noun before it ("استهدفت مسيرة تركية"): that noun's role is
        // not read here.
        let nisba = |text: &str| {
            text != actor.name
                && (text.ends_with("ية") || text.ends_with("ي") || text.ends_with("يين"))
        };
        let hit = |m_start: usize| {
            let k = tokens.words.partition_point(|w| w.end <= m_start);
            let from = k.saturating_sub(PATIENT_WINDOW).max(first_word);
            // "استهداف بلمختار من جانب الولايات المتحدة": an agent marker names the doer.
            let agent = (from..k).any(|j| {
                matches!(tokens.norm(j), "جانب" | "قبل" | "يد")
                    && j.checked_sub(1)
                        .is_some_and(|p| matches!(tokens.norm(p), "من" | "علي"))
            });
            !agent && (from..k).any(|j| PATIENT_CUES.contains(&bare(tokens.norm(j))))
        };
        if inside.iter().all(|m| !nisba(&m.text) && hit(m.start)) {
            if ev.target.is_none() {
                ev.target = ev.source.take();
                ev.target_country = ev.source_country.take();
            } else {
                clear_actor(ev, false);
            }
            continue;
        }
        // "قُتل تسعة من مسلحي الجماعة", "إن 18 من عناصر X قتلوا", "إصابة اثنين من رجال الأمن
        // السعودي": a number counted out of a force, in a sentence that tells of killing,
        // wounding or capture, is who was hit; the other side, if named, did it.
        let end = start + ev.sentence.chars().count();
        let last_word = tokens.words.partition_point(|w| w.start < end);
        let told_hit = (first_word..last_word).any(|j| HIT_WORDS.contains(&bare(tokens.norm(j))));
        let counted = |m_start: usize| {
            let k = tokens.words.partition_point(|w| w.end <= m_start);
            (k.saturating_sub(COUNTED_WINDOW).max(first_word + 1)..k).any(|j| {
                tokens.norm(j) == "من"
                    && [1, 2]
                        .into_iter()
                        .filter_map(|b| j.checked_sub(b).filter(|&n| n >= first_word))
                        .any(|n| number_word(tokens.norm(n)))
            })
        };
        if !(told_hit && inside.iter().all(|m| counted(m.start))) {
            continue;
        }
        // The other side did it unless it is a place or was counted among the hit too.
        let doer = entity_by_id(entities, ev.target.as_deref())
            .filter(|t| t.kind != EntityType::Location)
            .is_some_and(|t| {
                !t.mentions.iter().any(|m| {
                    in_event_paragraph(ev, m)
                        && start <= m.start
                        && m.end <= end
                        && counted(m.start)
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

/// Words looked at before a mention for `من` after a number (`تسعة من مسلحي X`).
const COUNTED_WINDOW: usize = 3;

/// Words that tell of people killed, wounded or captured (normal form, without و/ف).
const HIT_WORDS: &[&str] = &[
    "قتل",
    "قتلا",
    "قتلوا",
    "قتلت",
    "قتلي",
    "القتلي",
    "مقتل",
    "بمقتل",
    "لمقتل",
    "لقي",
    "لقوا",
    "لقيا",
    "حتفه",
    "حتفهم",
    "اصيب",
    "اصيبوا",
    "اصابه",
    "باصابه",
    "جرح",
    "جرحوا",
    "جرحي",
    "الجرحي",
    "اسر",
    "اسروا",
    "خطف",
    "اختطف",
    "اختطاف",
];

/// Number words (normal form) that count people out of a group.
const NUMBER_WORDS: &[&str] = &[
    "اثنين",
    "اثنان",
    "اثنا",
    "اثني",
    "ثلاثه",
    "ثلاث",
    "ثلاثا",
    "اربعه",
    "اربع",
    "خمسه",
    "خمس",
    "سته",
    "ست",
    "سبعه",
    "سبع",
    "ثمانيه",
    "ثماني",
    "تسعه",
    "تسع",
    "عشره",
    "عشر",
    "عشرات",
    "العشرات",
    "مئات",
    "المئات",
    "الاف",
    "عشرين",
    "عشرون",
    "ثلاثين",
    "ثلاثون",
    "اربعين",
    "خمسين",
    "مئه",
    "مايه",
];

/// True for a number in digits or words (`18`، `١٨`، `تسعة`، `عشرات`), also after و (`ألفا و570`,
/// `و3 من`).
fn number_word(w: &str) -> bool {
    let digits = w.strip_prefix('و').unwrap_or(w);
    (!digits.is_empty()
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c)))
        || NUMBER_WORDS.contains(&bare(w))
}

/// Words that name two sides at once (normal form, without و/ف): a sentence with one of them
/// ("والتقى الوزيران", "وأكد الجانبان") acts for a pair named before it.
const PAIR_WORDS: &[&str] = &[
    "الجانبان",
    "الطرفان",
    "البلدان",
    "الوزيران",
    "الزعيمان",
    "الرئيسان",
    "القائدان",
    "الجانبين",
    "الطرفين",
];

/// True when the event's sentence is found in its body paragraph and names its source
/// nowhere in it. On news pages such a source was carried over from an earlier sentence, and
/// in most cases the sentence has a doer of its own that is no entity (`ودعا الوزراء`, `كما
/// استهدف الثوار`, `وترفض الحكومة`) or tells of something else (a programme, a history), so
/// the carried name is not who acted. A sentence naming two sides at once (`والتقى
/// الوزيران`) is left alone: its pair was named before.
///
/// A verbal noun whose possessive pronoun is its doer (`وبعد لقائه بكبار المسؤولين`,
/// `خلال زيارتها`) names its source in the sentence by that pronoun, so such an event stays.
fn source_outside_sentence(
    ev: &Event,
    trigger: Option<&Trigger>,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> bool {
    let Some(actor) = entity_by_id(entities, ev.source.as_deref()) else {
        return false;
    };
    let (Some(para), Some((start, end))) = (
        article.body.get(ev.paragraph),
        texts.sentence_span(ev, article),
    ) else {
        return false;
    };
    let named = actor
        .mentions
        .iter()
        .any(|m| in_event_paragraph(ev, m) && start < m.end && m.start < end);
    if named {
        return false;
    }
    let Some(tokens) = texts.tokens(article, ArticlePart::Body, ev.paragraph) else {
        return false;
    };
    let first = tokens.words.partition_point(|w| w.end <= start);
    let last = tokens.words.partition_point(|w| w.start < end);
    if (first..last).any(|k| PAIR_WORDS.contains(&bare(tokens.norm(k)))) {
        return false;
    }
    if holder_by_title(ev, actor, entities, tokens, first..last) {
        return false;
    }
    !trigger.is_some_and(|t| t.noun && noun_with_its_doer(para, tokens, t.start))
}

/// Titles (normal form, with the article) that a nationality right after makes a name for the
/// one who holds them: `الرئيس الأفغاني`, `الوزير الألماني`, `رئيس الوزراء الهندي`.
const HOLDER_TITLES: &[&str] = &[
    "الرييس",
    "الرييسه",
    "الوزير",
    "الوزيره",
    "الوزراء",
    "الملك",
    "العاهل",
    "الامير",
    "السلطان",
    "المبعوث",
    "السفير",
    "السفيره",
    "المندوب",
    "الزعيم",
    "المستشار",
    "المستشاره",
];

/// True when the source of `ev` is a person and the words `words` of its paragraph name them by
/// a title and their country's nationality (`وأشاد الوزير الألماني بـ…` after a sentence that
/// named the German minister): writers name a person once and then by the office they hold.
fn holder_by_title(
    ev: &Event,
    actor: &Entity,
    entities: &[Entity],
    tokens: &Tokens,
    words: std::ops::Range<usize>,
) -> bool {
    if actor.kind != EntityType::Person {
        return false;
    }
    let Some(country) = ev.source_country.as_deref() else {
        return false;
    };
    let Some(state) = entities
        .iter()
        .find(|e| e.id.strip_prefix("loc:") == Some(country))
    else {
        return false;
    };
    state
        .mentions
        .iter()
        .filter(|m| in_event_paragraph(ev, m))
        .any(|m| {
            let k = tokens.words.partition_point(|w| w.start < m.start);
            k > words.start
                && k < words.end
                && tokens.words.get(k).is_some_and(|w| w.start == m.start)
                && HOLDER_TITLES.contains(&bare(tokens.norm(k - 1)))
        })
}

/// Possessive pronoun suffixes of the third person: `ه`, `ها`, `هما`, `هم`.
const DOER_SUFFIXES: &[&str] = &["هما", "هم", "ها", "ه"];

/// True when the word that starts at char `start` of `para` ends in a third-person possessive
/// pronoun ([`ends_in_doer_pronoun`]: `لقائه`, `زيارتها`, `اجتماعهم`; not `زيارة`, whose last
/// letter is a taa marbuta).
fn noun_with_its_doer(para: &str, tokens: &Tokens, start: usize) -> bool {
    let Some(w) = tokens.words.iter().find(|w| w.start == start) else {
        return false;
    };
    let word: String = para.chars().skip(w.start).take(w.end - w.start).collect();
    ends_in_doer_pronoun(&word)
}

/// True when `word` ends in a third-person possessive pronoun ([`DOER_SUFFIXES`]) and keeps at
/// least three letters without it.
fn ends_in_doer_pronoun(word: &str) -> bool {
    DOER_SUFFIXES.iter().any(|suffix| {
        word.strip_suffix(suffix)
            .is_some_and(|stem| stem.chars().count() >= 3)
    })
}

/// Drops the events whose source is named nowhere in their sentence (see
/// [`source_outside_sentence`]): a wrong actor is a false event and a missed one, so no event
/// is better.
/// `triggers` are the events' triggers in the same order (ignored when they are not aligned);
/// returns the triggers of the events kept, in order (none when they were not aligned), for
/// the passes after.
fn drop_sources_outside_sentence(
    events: &mut Vec<Event>,
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> Vec<Trigger> {
    let aligned = triggers.len() == events.len();
    let mut k = 0;
    let mut kept = Vec::new();
    events.retain(|ev| {
        let trigger = if aligned { triggers.get(k) } else { None };
        k += 1;
        let keep = !source_outside_sentence(ev, trigger, entities, article, texts);
        if keep {
            kept.extend(trigger.copied());
        }
        keep
    });
    kept
}

/// Words that say or report (normal form, without و/ف) before a speaker who reports
/// someone else's act: `قال الجيش إن مسلحين هاجموا`, `أفادت الوكالة بأن قوات …`.
const REPORT_CUES: &[&str] = &[
    "قال",
    "قالت",
    "ذكر",
    "ذكرت",
    "افاد",
    "افادت",
    "اعلن",
    "اعلنت",
    "اكد",
    "اكدت",
    "اوضح",
    "اوضحت",
    "اضاف",
    "اضافت",
    "كشف",
    "كشفت",
    "اشار",
    "اشارت",
    "اورد",
    "اوردت",
    "نقل",
    "نقلت",
];

/// Participles of saying that continue their subject's sentence with what it said (normal
/// form): `…، مؤكدا أن`, `…، مشيرة إلى أن`.
const SAYING_PARTICIPLES: &[&str] = &[
    "موكدا",
    "موكده",
    "مشيرا",
    "مشيره",
    "موضحا",
    "موضحه",
    "مضيفا",
    "مضيفه",
    "لافتا",
    "لافته",
    "معتبرا",
    "معتبره",
    "معلنا",
    "معلنه",
];

/// Words that stand for the speaker's own body or state as the subject of its clause (`قالت
/// الوزارة إن الحكومة قررت`): the speaker may then be who acted.
const OWN_SUBJECTS: &[&str] = &[
    "الحكومه",
    "المملكه",
    "الدوله",
    "البلاد",
    "الوزاره",
    "الجماعه",
    "الحركه",
    "التنظيم",
    "الجبهه",
    "الحزب",
    // (A force or its craft: `أعلن الجيش أن طائرات من طراز … نفذت`, `أن قوة تابعة لها
    // أحبطت`; writers give the act to the speaker's side.)
    "القوات",
    "قوات",
    "القوه",
    "قوه",
    "الوحدات",
    "وحدات",
    "الطايرات",
    "طايرات",
    "الطيران",
    "طيران",
    "المقاتلات",
    "مقاتلات",
    "سلاح",
    "فرق",
    "الفرق",
    "الجيش",
    "مفارز",
    "المفارز",
];

/// [`reports`] from the event alone (the unit tests).
#[cfg(test)]
fn reporter_source(
    ev: &Event,
    trigger: Option<&Trigger>,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> bool {
    source_before_act(ev, trigger, entities, article, texts)
        .is_some_and(|(para, tokens, inside, t)| reports(ev, entities, para, tokens, &inside, t))
}

/// The paragraph, its tokens, the source's mentions in the sentence and the trigger's char
/// when the event has a source named in its sentence only before its trigger.
fn source_before_act<'a, 't, 'e>(
    ev: &Event,
    trigger: Option<&Trigger>,
    entities: &'e [Entity],
    article: &'a Article,
    texts: &'t mut Texts,
) -> Option<(&'a str, &'t Tokens, Vec<&'e Mention>, usize)> {
    let t = trigger.map(|t| t.start).filter(|&t| t != usize::MAX)?;
    let actor = entity_by_id(entities, ev.source.as_deref())?;
    let para = article.body.get(ev.paragraph)?;
    let (tokens, _, inside) = mentions_in_sentence(ev, actor, article, texts)?;
    if inside.iter().any(|m| m.end > t) {
        return None;
    }
    Some((para.as_str(), tokens, inside, t))
}

/// True when the source of `ev` is only a speaker who reports the act: named right after a
/// word of saying, before a complementizer with no pronoun (`إن`, `أن`, `بأن`), and the act
/// comes after a subject of its own in the reported clause (`قال المرصد إن مسلحين هاجموا`,
/// `قالت مصادر في الجيش إن 12 شخصا قتلوا`). Not when the clause's subject carries a pronoun
/// for the speaker (`إن قواته قصفت`, `إن بلاده ستبدأ`), names the speaker again (`إن الجيش
/// شن`), or is the speaker's own body (`إن الحكومة قررت`), nor when the complementizer carries
/// the pronoun (`إنه اعتقل`, `أنها فتحت`).
/// The event's source, sentence and trigger come from [`source_before_act`].
fn reports(
    ev: &Event,
    entities: &[Entity],
    para: &str,
    tokens: &Tokens,
    inside: &[&Mention],
    t: usize,
) -> bool {
    let (Some(first), Some(last)) = (
        inside.iter().map(|m| m.start).min(),
        inside.iter().map(|m| m.end).max(),
    ) else {
        return false;
    };
    let word = |j: usize| {
        let w = bare(tokens.norm(j));
        w.strip_prefix('و')
            .filter(|r| REPORT_CUES.contains(r))
            .or_else(|| w.strip_prefix('ف').filter(|r| REPORT_CUES.contains(r)))
            .unwrap_or(w)
    };
    let m0 = tokens.words.partition_point(|w| w.end <= first);
    let after = tokens.words.partition_point(|w| w.end <= last);
    let tw = tokens.words.partition_point(|w| w.end <= t);
    if reports_casualties(ev, entities, para, tokens, m0, after, tw) {
        return true;
    }
    let Some(c) = (after..tw.min(after + 12)).find(|&j| matches!(word(j), "ان" | "بان"))
    else {
        return false;
    };
    // The word of saying before the speaker (`قال X إن`), or a participle of saying right
    // before the complementizer, after the speaker's own act (`أدان X الهجوم، مؤكدا أن`).
    // (A longer title between the word of saying and the name, `أوضح مدير عام العلاقات العامة
    // بأمانة المنطقة X`, not for cooperation, roots 03–06, whose teller is often a party, nor
    // for a condemnation, root 11, which a speaker's judgement of a deed is: `أكد X أن الحادث
    // عمل إجرامي`.)
    let titled = ev
        .code
        .get(..2)
        .is_some_and(|r| !("03"..="06").contains(&r) && r != "11");
    let said_before = (m0.saturating_sub(4)..m0).any(|j| REPORT_CUES.contains(&word(j)))
        || (titled && titled_speaker(tokens, m0));
    let said_after = (after..c)
        .rev()
        .take(2)
        .find(|&j| !matches!(word(j), "الى" | "الي"))
        .is_some_and(|j| SAYING_PARTICIPLES.contains(&word(j)));
    if !said_before && !said_after {
        return false;
    }
    // The clause's own subject: at least one word between the complementizer and the act.
    if c + 1 >= tw {
        return false;
    }
    // An act after a comma or joined by و continues the speaker (`…، متهمة إياهم`,
    // `…، وطالبت`), not the reported clause.
    let (Some(cw), Some(trig)) = (tokens.words.get(c), tokens.words.get(tw)) else {
        return false;
    };
    let between: String = para
        .chars()
        .skip(cw.end)
        .take(trig.start.saturating_sub(cw.end))
        .collect();
    if between.contains(['،', ',', '؛', ';', ':', '.']) {
        return false;
    }
    let trigger_raw: String = para
        .chars()
        .skip(trig.start)
        .take(trig.end - trig.start)
        .collect();
    if trigger_raw.starts_with('و') {
        return false;
    }
    let subject = c + 1;
    let Some(w) = tokens.words.get(subject) else {
        return false;
    };
    let raw: String = para.chars().skip(w.start).take(w.end - w.start).collect();
    let pronoun = ends_in_doer_pronoun(&raw);
    // (`إن مسقط تواصل`: a name of the speaker's own country is the speaker's side.)
    let own_country = ev.source_country.is_some()
        && entities.iter().any(|e| {
            e.country == ev.source_country
                && e.mentions
                    .iter()
                    .any(|m| in_event_paragraph(ev, m) && m.start <= w.start && w.start < m.end)
        });
    // (`أن الجانبين اتفقا`: a pair includes the speaker; `أن هذا الاتفاق`: what the speaker
    // told of before; not a crime or an attack, which the speaker condemns: `أن هذه الجريمة
    // تستهدف`.)
    let norm = tokens.norm(subject);
    let crime = matches!(
        tokens
            .words
            .get(subject + 1)
            .map(|_| tokens.norm(subject + 1)),
        Some(
            "الجريمه"
                | "الجرايم"
                | "الهجوم"
                | "الهجمات"
                | "الاعتداء"
                | "الاعتداءات"
                | "التفجير"
                | "التفجيرات"
                | "العمليه"
                | "الاعمال"
                | "العمل"
        )
    );
    let back =
        PAIR_WORDS.contains(&norm) || (matches!(norm, "هذا" | "هذه" | "هذان" | "هاتان") && !crime);
    // (`أن مدمرة تابعة له اعترضت`: a unit said to be the speaker's.)
    let its_own = (subject..tw.min(subject + 4))
        .any(|k| matches!(tokens.norm(k), "له" | "لها" | "لهم" | "لهما"));
    if its_own {
        return false;
    }
    !pronoun && !own_country && !back && !OWN_SUBJECTS.contains(&norm)
}

/// At most this many words of a speaker's title between a word of saying and the speaker's
/// name (`أوضح مدير عام العلاقات العامة والمتحدث الإعلامي بأمانة المنطقة X`).
const TITLED_SPEAKER_WINDOW: usize = 10;

/// True when a word of saying ([`REPORT_CUES`], also with و or ف) stands at most
/// [`TITLED_SPEAKER_WINDOW`] words before word `m0` with only the speaker's title between:
/// no `،`, `؛`, `:` or `.`, and no complementizer (`إن`, `أن`: a name after one is inside
/// what was said, not its speaker).
fn titled_speaker(tokens: &Tokens, m0: usize) -> bool {
    for j in (m0.saturating_sub(TITLED_SPEAKER_WINDOW + 1)..m0).rev() {
        let w = bare(tokens.norm(j));
        let w = w
            .strip_prefix('و')
            .filter(|r| REPORT_CUES.contains(r))
            .or_else(|| w.strip_prefix('ف').filter(|r| REPORT_CUES.contains(r)))
            .unwrap_or(w);
        if REPORT_CUES.contains(&w) {
            return true;
        }
        let broken = tokens
            .words
            .get(j)
            .is_some_and(|t| matches!(t.punct_before, Some('،' | ',' | '؛' | ';' | ':' | '.')));
        if broken || SAID_OPENERS.contains(&w) || matches!(w, "فان" | "الا") {
            return false;
        }
    }
    false
}

/// True when the target of `ev` is named in its sentence only as the speaker who tells the act
/// (`وقال المتحدث باسم X العقيد Y إن المسلحين هاجموا`, `أكد لـ(صحيفة) الشيخ Y رئيس مجلس X، أن
/// الميليشيات تلقت ضربات`): a person or a body named after a word of saying (its title
/// between, [`titled_speaker`]) and before the `إن`/`أن` that opens what was said, the act after
/// that. Not for cooperation (roots 03–06: who tells of talks or a deal is often a party to
/// them), not for a place (`قالت مصادر في X إن`: a place there is the act's scene or side),
/// not for a state's organ when the doer is of another state (a state tells of acts against it),
/// and not when the reported clause opens with a pronoun for the speaker (`إنه تعرض`, `إن منزله
/// تعرض`) or names something as the speaker's (`أن قوة تابعة له`, `على دورية لها`). Who tells
/// of an act is not whom it hit.
fn reported_act_speaker_target(
    ev: &Event,
    trigger: Option<&Trigger>,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> bool {
    if ev.code.get(..2).is_none_or(|r| ("03"..="06").contains(&r)) {
        return false;
    }
    let Some(t) = trigger.map(|t| t.start).filter(|&t| t != usize::MAX) else {
        return false;
    };
    let Some(target) =
        entity_by_id(entities, ev.target.as_deref()).filter(|e| e.kind != EntityType::Location)
    else {
        return false;
    };
    if ev.source.as_deref() == Some(target.id.as_str()) {
        return false;
    }
    // (A state's organ tells of acts of another state's side against its own: `قالت وزارة
    // الدفاع في بلد X إن قواتها اعترضت طائرات أطلقتها جماعة Y`, Y of another country; not when
    // the doer is of the same state or of none known, `أعلنت وزارة الدفاع في X أن قوات X سلمت`.)
    let state = target.country.as_deref().or_else(|| {
        let g = crate::events::engine::gazetteer();
        normalize_phrase(&target.name)
            .split(' ')
            .skip(1)
            .find_map(|w| {
                g.lookup(w)
                    .iter()
                    .filter(|h| !h.ambiguous)
                    .filter_map(|h| g.entry(h.entry))
                    .find(|e| e.class == crate::gazetteer::Class::Country)
                    .and_then(|e| e.country.as_deref())
            })
    });
    if target.kind == EntityType::Organization
        && state.is_some_and(|c| ev.source_country.as_deref().is_some_and(|s| s != c))
    {
        return false;
    }
    let Some(para) = article.body.get(ev.paragraph) else {
        return false;
    };
    let Some((tokens, _, inside)) = mentions_in_sentence(ev, target, article, texts) else {
        return false;
    };
    if inside.iter().any(|m| m.end > t) {
        return false;
    }
    let (Some(first), Some(last)) = (
        inside.iter().map(|m| m.start).min(),
        inside.iter().map(|m| m.end).max(),
    ) else {
        return false;
    };
    let m0 = tokens.words.partition_point(|w| w.end <= first);
    let after = tokens.words.partition_point(|w| w.end <= last);
    let tw = tokens.words.partition_point(|w| w.end <= t);
    if !titled_speaker(tokens, m0) {
        return false;
    }
    // What was said opens soon after the name (its title, `في بيانها`, `لـ(صحيفة)` between).
    let Some(c) =
        (after..tw.min(after + 12)).find(|&j| matches!(bare(tokens.norm(j)), "ان" | "بان" | "وان"))
    else {
        return false;
    };
    // No full stop or colon between what was said and the act: the same sentence.
    if (c + 1..=tw).any(|j| {
        tokens
            .words
            .get(j)
            .is_some_and(|w| matches!(w.punct_before, Some('.' | ':' | '؛' | ';')))
    }) {
        return false;
    }
    // The clause's first word: not one with a pronoun for the speaker (`إن منزله`), nor a unit
    // said to be the speaker's (`أن قوة تابعة له`).
    let Some(w) = tokens.words.get(c + 1) else {
        return false;
    };
    let raw: String = para.chars().skip(w.start).take(w.end - w.start).collect();
    // (Also later in the sentence: `إن دبابة أطلقت النار على دورية لها`.)
    let its_own = (c + 1..tokens.words.len())
        .take_while(|&k| {
            k == c + 1
                || !tokens
                    .words
                    .get(k)
                    .is_some_and(|w| matches!(w.punct_before, Some('.' | '؛' | ';')))
        })
        .any(|k| matches!(tokens.norm(k), "له" | "لها" | "لهم" | "لهما"));
    c < tw && !ends_in_doer_pronoun(&raw) && !its_own
}

/// Clears the target of an act that is only the speaker who tells it (see
/// [`reported_act_speaker_target`]).
/// `triggers` are the events' triggers in the same order (nothing is cleared when they are not
/// aligned).
fn clear_reported_act_speaker_targets(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    clear_targets_where(events, triggers, true, |ev, trigger| {
        reported_act_speaker_target(ev, trigger, entities, article, texts)
    });
}

/// Nouns of casualties a reporter tells of after its verb of saying (normal form): `أفاد X
/// بمقتل`, `ذكرت X بسقوط قتلى`, `أعلن X عن إصابة`.
const CASUALTY_CUES: &[&str] = &[
    "بمقتل",
    "بسقوط",
    "باصابه",
    "باستشهاد",
    "بمصرع",
    "بوفاه",
    "بجرح",
    "مقتل",
    "سقوط",
    "اصابه",
    "استشهاد",
    "مصرع",
];

/// Words looked at after a reporter's name for its casualty noun (`أفاد X اليوم بمقتل`).
const CASUALTY_WINDOW: usize = 4;

/// Heads of a body that reports deaths and does not fight (normal form, without the article
/// and و/ف): an observatory, sources, witnesses, a civil defence, rescuers, a hospital.
const REPORTER_HEADS: &[&str] = &[
    "مرصد",
    "مصادر",
    "مصدر",
    "شهود",
    "ناشطون",
    "ناشطين",
    "دفاع",
    "هلال",
    "صليب",
    "مستشفي",
    "مسعفون",
    "اسعاف",
];

/// True when a reporter, named right after a word of saying ([`REPORT_CUES`]), tells of
/// casualties ([`CASUALTY_CUES`]) and the act comes after them: `أفاد المرصد بمقتل 19
/// مدنيا جراء غارات نفذها الطيران`, `ذكرت الوكالة بسقوط قتلى في هجوم`. The reporter is a
/// medium, an observatory, sources, witnesses, a civil defence (`الدفاع المدني`), a health
/// body (`وزارة الصحة`) or a hospital: a state's ministry or army that reports its own
/// strike (`أعلن الجيش بمقتل 20 مسلحا في غارات لطائراته`) is not cleared. No clause break
/// (`،`, `؛`, `:`, `.`) between the casualty noun and the act.
fn reports_casualties(
    ev: &Event,
    entities: &[Entity],
    para: &str,
    tokens: &Tokens,
    m0: usize,
    after: usize,
    tw: usize,
) -> bool {
    let said = (m0.saturating_sub(3)..m0).any(|j| {
        let w = bare(tokens.norm(j));
        REPORT_CUES.contains(&w)
    });
    if !said {
        return false;
    }
    let Some(c) = (after..tw.min(after + CASUALTY_WINDOW))
        .find(|&j| CASUALTY_CUES.contains(&bare(tokens.norm(j))))
    else {
        return false;
    };
    let Some(speaker) = entity_by_id(entities, ev.source.as_deref()) else {
        return false;
    };
    let norm = normalize_phrase(&speaker.name);
    let words: Vec<&str> = norm.split(' ').collect();
    let head = name_head(&norm);
    let health = words
        .iter()
        .any(|w| matches!(*w, "الصحه" | "للصحه" | "الاسعاف"));
    let reporter = medium(speaker)
        || REPORTER_HEADS.contains(&head)
        || health
        || words.iter().any(|w| matches!(*w, "المرصد" | "مرصد"));
    if !reporter || speaker.kind == EntityType::Location {
        return false;
    }
    let (Some(cw), Some(trig)) = (tokens.words.get(c), tokens.words.get(tw)) else {
        return false;
    };
    let between: String = para
        .chars()
        .skip(cw.end)
        .take(trig.start.saturating_sub(cw.end))
        .collect();
    !between.contains(['،', ',', '؛', ';', ':', '.'])
}

/// Verbs and nouns that judge an act named as their object (normal form, without و/ف): a
/// condemnation, a welcome, praise (`أدان X الهجوم`, `رحب X بالإفراج عن`, `أشاد X بالجهود`,
/// `أعرب X عن إدانته للتفجير`).
const JUDGE_CUES: &[&str] = &[
    "ادان",
    "ادانت",
    "دان",
    "دانت",
    "يدين",
    "تدين",
    "ندين",
    "ادانته",
    "ادانتها",
    "ندد",
    "نددت",
    "يندد",
    "تندد",
    "تنديده",
    "تنديدها",
    "استنكر",
    "استنكرت",
    "يستنكر",
    "تستنكر",
    "استنكاره",
    "استنكارها",
    "شجب",
    "شجبت",
    "يشجب",
    "تشجب",
    "رحب",
    "رحبت",
    "يرحب",
    "ترحب",
    "ترحيبه",
    "ترحيبها",
    "اشاد",
    "اشادت",
    "يشيد",
    "تشيد",
];

/// Participles that continue a judge's sentence with an act of its own (normal form):
/// `أدان X الهجوم، داعيا الدول إلى الضغط`.
const JUDGE_PARTICIPLES: &[&str] = &[
    "داعيا",
    "داعيه",
    "مطالبا",
    "مطالبه",
    "محذرا",
    "محذره",
    "معربا",
    "معربه",
];

/// Words looked at, past a judging verb and its subject, for the act it judges.
const JUDGED_WINDOW: usize = 12;

/// [`judges`] from the event alone (the unit tests).
#[cfg(test)]
fn judge_source(
    ev: &Event,
    trigger: Option<&Trigger>,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> bool {
    source_before_act(ev, trigger, entities, article, texts)
        .is_some_and(|(para, tokens, inside, t)| judges(para, tokens, &inside, t))
}

/// True when the event's source is only who judges its act (see [`JUDGE_CUES`]): the act is
/// the object of the source's condemnation, welcome or praise (`أدان X الهجوم الذي استهدف
/// المسجد`, `وكانت X قد أدانت بشدة التفجير`, `إن X تدين هذا الهجوم`), at most
/// [`JUDGED_WINDOW`] words after it, with no complementizer, no clause break (`؛`, `.`, `:`)
/// and no other word of saying or judging (nor a participle like `داعيا`) in between: an act
/// joined by و (`…، وطالب`), right
/// after a comma (`…، داعيا`) or with a pronoun that may be the judge (`رحب X بزيارته`)
/// continues the judge. The judge's own event (the condemnation) is not touched: its trigger
/// stands before the act.
/// The event's source, sentence and trigger come from [`source_before_act`].
fn judges(para: &str, tokens: &Tokens, inside: &[&Mention], t: usize) -> bool {
    // The mention nearest the act.
    let Some(near) = inside.iter().max_by_key(|m| m.end) else {
        return false;
    };
    let judge = |j: usize| JUDGE_CUES.contains(&bare(tokens.norm(j)));
    let m0 = tokens.words.partition_point(|w| w.end <= near.start);
    let after = tokens.words.partition_point(|w| w.end <= near.end);
    let tw = tokens.words.partition_point(|w| w.end <= t);
    // The judging verb before its subject (`أدان X`) or just after it (`X قد أدانت`,
    // `X عن إدانته`): where its object starts.
    let from = if (m0.saturating_sub(4)..m0).any(judge) {
        after
    } else if let Some(j) = (after..tw.min(after + 3)).find(|&j| judge(j)) {
        j + 1
    } else {
        return false;
    };
    if tw < from || tw - from > JUDGED_WINDOW {
        return false;
    }
    // A complementizer opens a clause with a subject of its own; another word of saying or
    // judging (`…، وأكد رفضه`) a new act of the judge.
    if (from..tw).any(|j| {
        let w = bare(tokens.norm(j));
        matches!(
            w,
            "ان" | "بان" | "انه" | "انها" | "انهم" | "بانه" | "بانها" | "بانهم"
        ) || REPORT_CUES.contains(&w)
            || JUDGE_CUES.contains(&w)
            || SAYING_PARTICIPLES.contains(&w)
            || JUDGE_PARTICIPLES.contains(&w)
    }) {
        return false;
    }
    let (Some(fw), Some(trig)) = (tokens.words.get(from), tokens.words.get(tw)) else {
        return false;
    };
    let between: String = para
        .chars()
        .skip(fw.start)
        .take(trig.start.saturating_sub(fw.start))
        .collect();
    if between.contains(['؛', ';', ':', '.', '!', '؟', '?']) {
        return false;
    }
    if between.trim_end().ends_with(['،', ',']) {
        return false;
    }
    let trigger_raw: String = para
        .chars()
        .skip(trig.start)
        .take(trig.end - trig.start)
        .collect();
    // (`رحب X بزيارته`, `أشاد X بلقائه`: a pronoun on the act may be the judge himself.)
    !trigger_raw.starts_with('و') && !ends_in_doer_pronoun(&trigger_raw)
}

/// Words right after an act's verb that put the act inside a thing named before it (normal
/// form): `أطلق نداء، دعا فيه`, `ألقى كلمة دعا خلالها`.
const INSIDE_WORDS: &[&str] = &["فيه", "فيها", "خلاله", "خلالها"];

/// Words before a reporter (normal form, without و/ف) for [`made_by`]: [`REPORT_CUES`] and
/// `بين`/`بينت` (explained).
const MADE_BY_CUES: &[&str] = &["بين", "بينت"];

/// The maker of the thing an act is told inside (see [`maker_sources`]): the event's source is
/// a reporter named right after a word of saying, a complementizer (`أن`, `إن`, `بأن`) follows
/// it before the act, and the act's verb is followed by `فيه`/`فيها`/`خلاله`/`خلالها` (the act
/// is told inside a thing the reported clause names: an appeal, a letter, a speech). The
/// reported clause's subject is then the first person named after the complementizer (or a
/// body right after it, past at most two words), before the act, with no full stop, colon or
/// semicolon and no second complementizer between.
fn made_by<'e>(
    ev: &Event,
    trigger: &Trigger,
    entities: &'e [Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<&'e Entity> {
    if trigger.noun || trigger.start == usize::MAX || ev.source.is_none() {
        return None;
    }
    // (The cheap test first: the word after the act's verb.)
    let inside_word = texts
        .tokens(article, ArticlePart::Body, ev.paragraph)
        .is_some_and(|tokens| {
            let tw = tokens.words.partition_point(|w| w.end <= trigger.start);
            tokens.words.get(tw + 1).is_some_and(|w| {
                w.punct_before.is_none() && INSIDE_WORDS.contains(&tokens.norm(tw + 1))
            })
        });
    if !inside_word {
        return None;
    }
    let (para, tokens, inside, t) = source_before_act(ev, Some(trigger), entities, article, texts)?;
    let first = inside.iter().map(|m| m.start).min()?;
    let last = inside.iter().map(|m| m.end).max()?;
    let word = |j: usize| {
        let w = bare(tokens.norm(j));
        let cue = |r: &&str| REPORT_CUES.contains(r) || MADE_BY_CUES.contains(r);
        w.strip_prefix('و')
            .filter(cue)
            .or_else(|| w.strip_prefix('ف').filter(cue))
            .unwrap_or(w)
    };
    let m0 = tokens.words.partition_point(|w| w.end <= first);
    let after = tokens.words.partition_point(|w| w.end <= last);
    let tw = tokens.words.partition_point(|w| w.end <= t);
    if tokens.words.get(tw).is_none_or(|w| w.start != t) {
        return None;
    }
    let inside_word = tokens
        .words
        .get(tw + 1)
        .is_some_and(|w| w.punct_before.is_none() && INSIDE_WORDS.contains(&tokens.norm(tw + 1)));
    if !inside_word {
        return None;
    }
    let said = (m0.saturating_sub(4)..m0)
        .any(|j| REPORT_CUES.contains(&word(j)) || MADE_BY_CUES.contains(&word(j)));
    if !said {
        return None;
    }
    let that = |j: usize| matches!(word(j), "ان" | "بان");
    let c = (after..tw.min(after + 12)).find(|&j| that(j))?;
    if (c + 1..tw).any(that) {
        return None;
    }
    let cw = tokens.words.get(c)?;
    let between: String = para
        .chars()
        .skip(cw.end)
        .take(t.saturating_sub(cw.end))
        .collect();
    if between.contains(['.', ':', '؛', ';']) {
        return None;
    }
    let source = ev.source.as_deref();
    let (sent_start, sent_end) = sentence_span(ev, article)?;
    let mut named: Vec<(usize, &Entity)> = entities
        .iter()
        .filter(|e| Some(e.id.as_str()) != source)
        .flat_map(|e| e.mentions.iter().map(move |m| (m, e)))
        .filter(|(m, _)| {
            in_event_paragraph(ev, m)
                && sent_start <= m.start
                && m.end <= sent_end
                && cw.end <= m.start
                && m.end <= t
        })
        .map(|(m, e)| (m.start, e))
        .collect();
    named.sort_by_key(|&(start, _)| start);
    named
        .iter()
        .find(|(start, e)| {
            e.kind == EntityType::Person
                || (e.kind == EntityType::Organization
                    && tokens.words.partition_point(|w| w.end <= *start) <= c + 3)
        })
        .map(|&(_, e)| e)
}

/// Gives an act told inside a thing the reported clause's subject made to that subject (see
/// [`made_by`]): `وبين المتحدث في تصريح أن الوزير X أطلق نداء، دعا فيه …` is X's appeal, not
/// the spokesman's. A target that is the new source is cleared.
/// `triggers` are the events' triggers in the same order (ignored when they are not aligned).
fn maker_sources(
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
        let Some(maker) = made_by(ev, trigger, entities, article, texts) else {
            continue;
        };
        if ev.target.as_deref() == Some(maker.id.as_str()) {
            clear_actor(ev, true);
        }
        ev.source = Some(maker.id.clone());
        ev.source_country = maker.country.clone();
    }
}

/// Clears the source of the events whose source only reports the act (see
/// [`reports`]) or judges it (see [`judges`]): the reporter or the judge is not
/// who acted, and the clause's subject is no entity.
/// `triggers` are the events' triggers in the same order (ignored when they are not aligned).
fn clear_reporter_sources(
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
        let cleared = source_before_act(ev, Some(trigger), entities, article, texts).is_some_and(
            |(para, tokens, inside, t)| {
                reports(ev, entities, para, tokens, &inside, t) || judges(para, tokens, &inside, t)
            },
        );
        if cleared {
            clear_actor(ev, false);
        }
    }
}

/// First words of a medium's name (normal form, without the article): a newspaper, a
/// magazine, a channel, a radio, a site.
const MEDIA_HEADS: &[&str] = &["صحيفه", "جريده", "مجله", "قناه", "اذاعه", "تلفزيون", "موقع"];

/// Words that make a `وكالة` a news agency (`وكالة الأنباء الليبية`, `وكالة فرانس برس`), not a
/// state's agency (`وكالة الفضاء الأوروبية`, `وكالة الأمن الوطني`) or the IAEA.
const NEWS_WORDS: &[&str] = &["انباء", "الانباء", "للانباء", "الصحافه", "برس", "الاخباريه"];

/// Words of saying before `لـ«X»` that make X whom the words were said to (normal form, without
/// و/ف): `قال لـ«الشرق الأوسط»`, `وقالت مصادر محلية لـ«عكاظ»`, `في تصريح لـ«الحياة»`.
const TOLD_CUES: &[&str] = &[
    "قال",
    "قالت",
    "قالوا",
    "يقول",
    "تقول",
    "اكد",
    "اكدت",
    "اوضح",
    "اوضحت",
    "كشف",
    "كشفت",
    "ذكر",
    "ذكرت",
    "اشار",
    "اشارت",
    "تشير",
    "يشير",
    "افاد",
    "افادت",
    "صرح",
    "صرحت",
    "تحدث",
    "تحدثت",
    "متحدثا",
    "متحدثه",
    "تصريح",
    "تصريحات",
    "حديث",
    "مصادر",
    "مصدر",
    "شهود",
    "اضاف",
    "اضافت",
];

/// Words looked at before `لـ` for a word of saying.
const TOLD_WINDOW: usize = 10;

/// True when the entity is a news medium: a news agency of the gazetteer, a `وكالة` with a news
/// word in its name, or a name headed by a medium's noun (`صحيفة الوطن`, `قناة الجزيرة`).
fn medium(entity: &Entity) -> bool {
    if entity.kind == EntityType::Person {
        return false;
    }
    let g = crate::events::engine::gazetteer();
    let agency = g
        .by_id(&entity.id)
        .and_then(|i| g.entry(i))
        .is_some_and(|e| {
            matches!(
                e.class,
                crate::gazetteer::Class::Organization(crate::gazetteer::OrgClass::Agency)
            )
        });
    if agency {
        return true;
    }
    let norm = normalize_phrase(&entity.name);
    let head = name_head(&norm);
    MEDIA_HEADS.contains(&head)
        || (head == "وكاله" && norm.split(' ').any(|w| NEWS_WORDS.contains(&w)))
}

/// Words right after an agency's or a network's name that make it a news medium (normal form):
/// `وكالة تيماء للأنباء`, `شبكة الوادي الإخبارية`.
const NEWS_WORDS_AFTER: &[&str] = &["للانباء", "الاخباريه", "الاخباري"];

/// Quotation marks a medium's name is written in after its type word (`وكالة «مهر»`).
const NAME_MARKS: &[char] = &['«', '"', '“', '”'];

/// True when an agency or a network (`وكالة`, `شبكة`, which are also a state's agency or a
/// ring of smugglers) is a news medium by how the page writes it: named in quotation marks
/// right after its type word (`وكالة «مهر»`, `شبكة "راصدين"`: a mention holds the mark), or
/// followed by a news word (`وكالة دوجان للأنباء`, see [`NEWS_WORDS_AFTER`]).
fn agency_written_as_medium(entity: &Entity, article: &Article) -> bool {
    if entity.kind != EntityType::Organization {
        return false;
    }
    let norm = normalize_phrase(&entity.name);
    if !matches!(name_head(&norm), "وكاله" | "شبكه") {
        return false;
    }
    entity.mentions.iter().any(|m| {
        if m.text.contains(NAME_MARKS) {
            return true;
        }
        let Some(para) = article.body.get(m.paragraph).filter(|_| m.part.is_body()) else {
            return false;
        };
        let next: String = para
            .chars()
            .skip(m.end)
            .skip_while(|c| !c.is_alphabetic())
            .take_while(|c| c.is_alphabetic())
            .collect();
        NEWS_WORDS_AFTER.contains(&bare(&normalize_phrase(&next)))
    })
}

/// True when the mention starting at char `start` of `paragraph` is whom someone spoke to:
/// `لـ«X»` (or `ل«X»`, `لـ "X"`), or for a medium (`marked` false) `لX` too (`لوكالة الأنباء`),
/// after a word of saying a few words back (see [`TOLD_CUES`]).
/// Not matched: `التابعة لـ«الجهاد الإسلامي»`, `دعمها لـ«حزب الله»` (no word of saying).
fn addressee(paragraph: &str, tokens: &Tokens, start: usize, marked: bool) -> bool {
    let before: Vec<char> = paragraph.chars().take(start).collect();
    // The char before `k`, past spaces and tatweel, when `pred` holds for it: where it is.
    let back = |k: usize, pred: &dyn Fn(char) -> bool| {
        let k = before
            .get(..k)?
            .iter()
            .rposition(|&c| !c.is_whitespace() && c != 'ـ')?;
        before.get(k).is_some_and(|&c| pred(c)).then_some(k)
    };
    let end = if marked {
        match back(before.len(), &|c| matches!(c, '«' | '"' | '“')) {
            Some(mark) => mark,
            None => return false,
        }
    } else {
        before.len()
    };
    let lam = if marked {
        back(end, &|c| c == 'ل')
    } else {
        end.checked_sub(1).filter(|&k| before.get(k) == Some(&'ل'))
    };
    let Some(lam) = lam else {
        return false;
    };
    // (`لـ` on its own: the ل of a word is no preposition.)
    if lam > 0 && !before.get(lam - 1).is_some_and(|c| c.is_whitespace()) {
        return false;
    }
    let at = tokens.words.partition_point(|w| w.end <= lam);
    (at.saturating_sub(TOLD_WINDOW)..at).any(|j| TOLD_CUES.contains(&bare(tokens.norm(j))))
}

/// Clears a source that is a news medium (see [`medium`] and [`agency_written_as_medium`]): a paper or an agency reports acts,
/// it does not do them ("وذكرت وكالة الأنباء أن الجيش اعتقل…"); and an actor that is, at each
/// of its mentions in the event's sentence, whom the words were said to (see [`addressee`]):
/// "وقالت مصادر لـ«الشرق الأوسط» إن الطيران قصف…". A medium acted on stays a target
/// ("قررت الحكومة تعليق بث إذاعة X").
fn clear_media_actors(
    events: &mut [Event],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    for ev in events.iter_mut() {
        for target in [false, true] {
            let id = if target { &ev.target } else { &ev.source };
            let Some(actor) = entity_by_id(entities, id.as_deref()) else {
                continue;
            };
            let is_medium = medium(actor) || agency_written_as_medium(actor, article);
            let mut spoken_to = || {
                let paragraph = article.body.get(ev.paragraph)?;
                let (tokens, _, inside) = mentions_in_sentence(ev, actor, article, texts)?;
                Some(inside.iter().all(|m| {
                    addressee(paragraph, tokens, m.start, true)
                        || (is_medium && addressee(paragraph, tokens, m.start, false))
                }))
            };
            if (is_medium && !target) || spoken_to() == Some(true) {
                clear_actor(ev, target);
            }
        }
    }
}

/// Words that end the object phrase an act's target is looked for in (normal form, without
/// و/ف): prepositions that open an adverbial (`في الأراضي السورية` is where, `مع شركة صينية`
/// with whom), complementizers and relatives (another clause), and credits (`حسب وكالة
/// موريتانية` names who told it).
const OBJECT_STOPS: &[&str] = &[
    "في",
    "من",
    "عن",
    "الي",
    "مع",
    "حول",
    "بشان",
    "خلال",
    "منذ",
    "قرب",
    "داخل",
    "عبر",
    "بين",
    "امام",
    "ان",
    "انه",
    "انها",
    "بان",
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "حيث",
    "بعد",
    "قبل",
    "بينما",
    "فيما",
    "لكن",
    "كما",
    "رغم",
    "حسب",
    "بحسب",
    "وفق",
    "وفقا",
    "نقلا",
    "طبقا",
];

/// Words after an act (after its subject when the subject follows it) in which a nationality
/// may name its target.
const OBJECT_WINDOW: usize = 5;

/// The country (alpha-3) a nationality adjective names (`لبنانيا`، `السوريين`، `إيرانية`): a
/// nisba of the gazetteer that is no common word (`مالي` "financial" is left alone).
fn nisba_country(word: &str) -> Option<&'static str> {
    let g = crate::events::engine::gazetteer();
    let hit = g
        .lookup(word)
        .iter()
        .find(|h| h.adjective && !h.ambiguous)?;
    let e = g.entry(hit.entry)?;
    (e.class == crate::gazetteer::Class::Country)
        .then_some(e.country.as_deref())
        .flatten()
}

/// The entity of the article that is the state `a3` itself (not one of its towns): its
/// gazetteer id is the country's, or one of its names is the country's name.
pub(crate) fn state_entity<'e>(entities: &'e [Entity], a3: &str) -> Option<&'e Entity> {
    let g = crate::events::engine::gazetteer();
    let country = g.country(a3)?;
    entities.iter().find(|e| {
        e.kind == EntityType::Location
            && match g.by_id(&e.id) {
                Some(i) => i == country,
                None => e.aliases.iter().chain([&e.name]).any(|n| {
                    g.lookup(&normalize_phrase(n))
                        .iter()
                        .any(|h| !h.adjective && h.entry == country)
                }),
            }
    })
}

/// The target an act with a source and no target names by the nationality of its object:
/// "اعتقلت القوات صيادا لبنانيا" (Lebanon), "رحلت السلطات مئات اللاجئين السوريين" (Syria),
/// "استقبل الوزير وفدا إيرانيا" (Iran), "دانت الوزارة اقتحام مستوطنين إسرائيليين" (Israel).
/// The nationality stands at most [`OBJECT_WINDOW`] words after the act (after its subject
/// when that follows the act), before any punctuation, adverbial preposition, complementizer
/// or relative ([`OBJECT_STOPS`]); a nationality of the source's own state is passed over
/// (`قوة إسرائيلية` is the subject), one right after an act's noun names its doer (`الوساطة
/// القطرية`: none), and the state must be an entity of the article. Not for
/// statements (01) and protests (14), whose nationality is the speaker's or the crowd's.
fn nationality_target(
    ev: &Event,
    trigger: Option<&Trigger>,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<(String, String)> {
    if ev.target.is_some() || ev.code.starts_with("01") || ev.code.starts_with("14") {
        return None;
    }
    let t = trigger.map(|t| t.start).filter(|&t| t != usize::MAX)?;
    let noun = trigger.is_some_and(|t| t.noun);
    let source = entity_by_id(entities, ev.source.as_deref())?;
    // (First the cheap test: a nationality among the words the scan below can reach, before
    // the sentence is searched for in its paragraph.)
    {
        let tokens = texts.tokens(article, ArticlePart::Body, ev.paragraph)?;
        let tw = tokens.words.partition_point(|w| w.end <= t);
        let reach = tw + 1 + 3 + OBJECT_WINDOW;
        if !(tw + 1..reach.min(tokens.words.len())).any(|k| {
            let norm = tokens.norm(k);
            nisba_country(norm)
                .or_else(|| nisba_country(bare(norm)))
                .is_some()
        }) {
            return None;
        }
    }
    let (sent_start, sent_end) = texts.sentence_span(ev, article)?;
    if !(sent_start..sent_end).contains(&t) {
        return None;
    }
    // Past the subject when it follows the act.
    let after_subject = source
        .mentions
        .iter()
        .filter(|m| in_event_paragraph(ev, m))
        .filter(|m| m.start > t && m.end <= sent_end)
        .map(|m| m.end)
        .min();
    let own = source.country.clone().or_else(|| ev.source_country.clone());
    let tokens = texts.tokens(article, ArticlePart::Body, ev.paragraph)?;
    let tw = tokens.words.partition_point(|w| w.end <= t);
    let mut k = tw + 1;
    if let Some(end) = after_subject {
        let s = tokens.words.partition_point(|w| w.end <= end);
        if s > k + 3 {
            return None;
        }
        k = k.max(s);
    }
    let limit = (k + OBJECT_WINDOW).min(tokens.words.len());
    while k < limit {
        let w = tokens.words.get(k)?;
        if w.start >= sent_end || (k > tw + 1 && w.punct_before.is_some()) {
            return None;
        }
        let norm = tokens.norm(k);
        if OBJECT_STOPS.contains(&bare(norm)) {
            return None;
        }
        if let Some(a3) = nisba_country(norm).or_else(|| nisba_country(bare(norm))) {
            // (A nationality right after an act's noun is its doer: `الوساطة القطرية`.)
            if noun && k == tw + 1 {
                return None;
            }
            if own.as_deref() != Some(a3) {
                let state = state_entity(entities, a3)?;
                return (state.id != source.id).then(|| (state.id.clone(), a3.to_owned()));
            }
        }
        k += 1;
    }
    None
}

/// Gives an act with a source and no target the state its object's nationality names (see
/// [`nationality_target`]).
/// `triggers` are the events' triggers in the same order (nothing is done when they are not
/// aligned).
fn nationality_targets(
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
        if let Some((id, a3)) = nationality_target(ev, Some(trigger), entities, article, texts) {
            ev.target = Some(id);
            ev.target_country = Some(a3);
        }
    }
}

/// Verbs of doing an act (normal form, without the subject's and the object's suffixes):
/// `الهجمات التي شنها X`, `غارات نفذتها طائرات X`, `الحملة التي تقودها X`, `العقوبات التي
/// فرضتها X`, `الهجوم الذي تبناه X`. The present stems are listed without their prefix.
const DOING_VERBS: &[&str] = &[
    "شن",
    "نفذ",
    "ارتكب",
    "رتكب",
    "قاد",
    "قود",
    "فرض",
    "تبنا",
    "تبن",
    "اطلق",
    "طلق",
    "اجرا",
    "جري",
    "نظم",
];

/// Object pronouns a verb of doing carries for the act noun before it.
const ACT_PRONOUNS: &[&str] = &["هما", "هم", "ها", "ه"];

/// Relative pronouns that may stand between an act noun and its verb of doing.
const RELATIVES: &[&str] = &[
    "الذي",
    "التي",
    "اللذين",
    "اللتين",
    "الذين",
    "اللذان",
    "اللتان",
];

/// Prepositions and words after which a name is not the subject of a verb of doing.
const NOT_DOER_WORDS: &[&str] = &[
    "في", "علي", "ضد", "من", "الي", "عن", "مع", "بين", "قرب", "داخل", "خلال", "بحق",
];

/// True when `w` (normal form) is a verb of doing with a pronoun for its object (`شنها`,
/// `نفذتها`, `شنوه`, `تقودها`, `يرتكبها`).
fn doing_verb(w: &str) -> bool {
    let Some(stem) = ACT_PRONOUNS.iter().find_map(|p| w.strip_suffix(p)) else {
        return false;
    };
    let stem = stem
        .strip_suffix('و')
        .or_else(|| stem.strip_suffix('ت'))
        .unwrap_or(stem);
    DOING_VERBS.contains(&stem)
        || stem
            .strip_prefix(['ي', 'ت'])
            .is_some_and(|rest| DOING_VERBS.contains(&rest))
}

/// Words looked at between an act noun and its verb of doing (adjectives of the noun, a
/// relative pronoun).
const DOER_GAP: usize = 3;

/// Words looked at after a verb of doing for its subject (`شنتها طائرات التحالف`: a head noun
/// may come first).
const DOER_REACH: usize = 3;

/// The entity a relative clause right after the act noun at char `t` names as its doer: the
/// noun, at most two adjectives of its definiteness, an optional relative pronoun, a verb of
/// doing whose object pronoun is the noun ([`doing_verb`]), then the subject at most
/// [`DOER_REACH`] words on, not behind a preposition (`الهجمات التي شنها تنظيم X`, `في غارات
/// شنتها طائرات التحالف`, `بعملية أمنية نفذتها القوات العراقية`). A singular nationality
/// names the doer only after a definite noun (`الطيران التركي`; `انتحاري سعودي` is one
/// person of that country, not the state); a plural one (`متطرفون إسرائيليون`) is not
/// tested, as the annotated sets code a group of a country's people as that country.
fn relative_doer<'e>(
    ev: &Event,
    t: usize,
    entities: &'e [Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<&'e Entity> {
    let tokens = texts.tokens(article, ArticlePart::Body, ev.paragraph)?;
    let tw = tokens.words.partition_point(|w| w.end <= t);
    let noun_definite = definite_word(tokens.norm(tw));
    // The verb of doing, past the noun's adjectives and a relative pronoun.
    let mut k = tw + 1;
    let mut verb = None;
    while k <= tw + DOER_GAP && k < tokens.words.len() {
        let w = tokens.words.get(k)?;
        if w.punct_before.is_some() {
            return None;
        }
        let norm = tokens.norm(k);
        if doing_verb(norm) {
            verb = Some(k);
            break;
        }
        let relative = RELATIVES.contains(&norm);
        let adjective = !relative
            && definite_word(norm) == noun_definite
            && !NOT_DOER_WORDS.contains(&bare(norm))
            && (norm.ends_with('ي') || norm.ends_with('ه'));
        if !(relative || adjective) {
            return None;
        }
        k += 1;
    }
    let v = verb?;
    let (sent_start, sent_end) = texts.sentence_span(ev, article)?;
    if !(sent_start..sent_end).contains(&t) {
        return None;
    }
    let tokens = texts.tokens(article, ArticlePart::Body, ev.paragraph)?;
    for j in v + 1..=(v + DOER_REACH) {
        let w = tokens.words.get(j)?;
        if w.start >= sent_end || w.punct_before.is_some() {
            return None;
        }
        let norm = tokens.norm(j);
        if NOT_DOER_WORDS.contains(&bare(norm)) {
            return None;
        }
        let named = entities.iter().find(|e| {
            e.mentions
                .iter()
                .any(|m| in_event_paragraph(ev, m) && m.start == w.start)
        });
        if let Some(e) = named {
            // (A prefixed preposition: `لقوات X`, `بطائرات X` are not the subject.)
            if j == v + 1
                && (norm.starts_with('ل') || norm.starts_with('ب'))
                && !norm.starts_with("ال")
            {
                return None;
            }
            let nisba = e.kind == EntityType::Location
                && tokens.words.get(j).is_some()
                && norm != text_norm(&e.name)
                && (norm.ends_with('ي') || norm.ends_with("يه"));
            let definite_head = j > v + 1 && tokens.norm(j - 1).starts_with("ال");
            if nisba && !definite_head {
                return None;
            }
            return Some(e);
        }
    }
    None
}

/// True when the word (normal form) is definite: the article after و/ف and a prefixed
/// preposition (`الهجوم`, `بالهجوم`, `للهجوم`), or a possessive pronoun (`عملياتها`).
fn definite_word(w: &str) -> bool {
    let w = bare(w);
    w.starts_with("ال")
        || w.starts_with("بال")
        || w.starts_with("كال")
        || w.starts_with("لل")
        || w.ends_with("ها")
        || w.ends_with("هم")
        || w.ends_with("هما")
}

/// The normal form of a name's text.
fn text_norm(name: &str) -> String {
    normalize_phrase(name)
}

/// The head of a name in normal form: its first word without the article (`الحكومة
/// اليونانية` → `حكومه`).
fn name_head(norm: &str) -> &str {
    let first = norm.split(' ').next().unwrap_or_default();
    first.strip_prefix("ال").unwrap_or(first)
}

/// True when `target` is the state of `country` itself: a place of that country that is the
/// page's entity for the state ([`state_entity`]), not one of its cities.
fn is_state_of(entities: &[Entity], target: &Entity, country: &str) -> bool {
    target.kind == EntityType::Location
        && target.country.as_deref() == Some(country)
        && state_entity(entities, country).is_some_and(|e| e.id == target.id)
}

/// When the source found for `ev` is its target, the two were swapped: the engine's source
/// `was` becomes the target when it is who the act went to, a state, a place or a known body
/// (a person there is more often whoever tells of the act, and a name the tagger made up is
/// no one to aim at); else the target is cleared. The caller then sets the new source.
fn old_source_as_target(ev: &mut Event, was: Option<&Entity>) {
    let aimed = was.is_some_and(|e| e.kind != EntityType::Person && !hashed_id(&e.id));
    if aimed {
        ev.target = ev.source.take();
        ev.target_country = ev.source_country.take();
    } else {
        clear_actor(ev, true);
    }
}

/// Gives an act named by a noun the doer its relative clause names ([`relative_doer`]): that
/// entity becomes the source; when it was the target, the two were swapped and the engine's
/// source becomes the target if it is a state, a place or a known body (else none). "شهدت البلاد الهجمات التي شنها تنظيم X" is an attack by X on the
/// country; "خلال زيارة يجريها وزير الداخلية الموريتاني إلى الرياض" a visit by Mauritania.
fn relative_doer_sources(
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
        if !trigger.noun || trigger.start == usize::MAX {
            continue;
        }
        let Some(doer) = relative_doer(ev, trigger.start, entities, article, texts) else {
            continue;
        };
        if ev.source.as_deref() == Some(doer.id.as_str()) {
            continue;
        }
        if ev.target.as_deref() == Some(doer.id.as_str()) {
            // The two were swapped.
            let was = entity_by_id(entities, ev.source.as_deref());
            old_source_as_target(ev, was);
        }
        ev.source = Some(doer.id.clone());
        ev.source_country = doer.country.clone();
    }
}

/// Adjectives of manner that may stand between an act noun and its nationality (`قصف جوي
/// إسرائيلي`, `الغارات الجوية الروسية`, `العملية العسكرية التركية`; normal form, without the
/// article).
const MANNER_WORDS: &[&str] = &[
    "جوي",
    "جويه",
    "بري",
    "بريه",
    "بحري",
    "بحريه",
    "عسكري",
    "عسكريه",
    "مدفعي",
    "مدفعيه",
    "صاروخي",
    "صاروخيه",
    "امني",
    "امنيه",
];

/// True when a nationality (normal form) is a plural of people (`الأمريكيين`, `إيطاليون`):
/// people of a state named next to an act are more often who it befell (`مواطنين إيطاليين
/// خطفوا`, `صدمت المجزرة الأمريكيين`) than the state acting.
fn plural_people(norm: &str) -> bool {
    ["ين", "ون"].iter().any(|p| norm.ends_with(p))
}

/// The state (its entity and alpha-3) an act noun's own nationality names as the doer: the
/// noun at char `t`, at most one adjective of manner ([`MANNER_WORDS`]), then a nationality of
/// the noun's definiteness with no punctuation between (`قصف جوي إسرائيلي استهدف`, `الغارات
/// الروسية على`, `الحرب الإسرائيلية على غزة`). The state must be an entity of the article.
fn noun_nationality<'e>(
    ev: &Event,
    t: usize,
    entities: &'e [Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<(&'e Entity, &'static str)> {
    let tokens = texts.tokens(article, ArticlePart::Body, ev.paragraph)?;
    let tw = tokens.words.partition_point(|w| w.end <= t);
    let noun_definite = definite_word(tokens.norm(tw));
    let mut k = tw + 1;
    for _ in 0..2 {
        let w = tokens.words.get(k)?;
        if w.punct_before.is_some() {
            return None;
        }
        let norm = tokens.norm(k);
        if definite_word(norm) != noun_definite {
            return None;
        }
        let plain = bare(norm);
        let plain = plain.strip_prefix("ال").unwrap_or(plain);
        if MANNER_WORDS.contains(&plain) {
            k += 1;
            continue;
        }
        if plural_people(norm) {
            return None;
        }
        let a3 = nisba_country(norm).or_else(|| nisba_country(bare(norm)))?;
        return state_entity(entities, a3).map(|e| (e, a3));
    }
    None
}

/// The state (its entity and alpha-3) the nationality of a verb's subject names when the
/// subject, an indefinite noun and its nationality, stands right before the verb at char `t`
/// (`في قصف جوي إسرائيلي استهدف منزلا`: the verb describes the strike): the word before the
/// verb is a nationality not in the accusative (`إسرائيليا` is an object), the word before it
/// indefinite and no preposition, no punctuation between the three; the verb carries no
/// object pronoun for the noun and does not start a clause of its own after و or ف.
fn subject_nationality<'e>(
    ev: &Event,
    t: usize,
    entities: &'e [Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<(&'e Entity, &'static str)> {
    let tokens = texts.tokens(article, ArticlePart::Body, ev.paragraph)?;
    let tw = tokens.words.partition_point(|w| w.end <= t);
    if tw < 2 || tokens.words.get(tw)?.punct_before.is_some() {
        return None;
    }
    // (A verb with an object pronoun for the noun before it has its subject after it:
    // `عدة يمنيين أدرجهم المجلس`.)
    // (A definite word is a noun the engine took for a verb: `أعلنت الرئاسة X الإفراج`.)
    let verb = bare(tokens.norm(tw));
    if verb.starts_with("ال") || verb.starts_with("بال") {
        return None;
    }
    // (A verb after و or ف starts another clause: `التقى بوفد تركي وبحث معه`.)
    let word = tokens.norm(tw);
    if word.chars().count() > 3 && (word.starts_with('و') || word.starts_with('ف')) {
        return None;
    }
    if verb.chars().count() > 4 && ["هم", "هن", "ها", "هما"].iter().any(|p| verb.ends_with(p))
    {
        return None;
    }
    let (n, head) = (tw - 1, tw - 2);
    if tokens.words.get(n)?.punct_before.is_some() {
        return None;
    }
    let norm = tokens.norm(n);
    if bare(norm).ends_with('ا') || plural_people(norm) {
        return None;
    }
    // (Only an indefinite noun: a verb after it describes it, `غارة تركية قتلت`; after a
    // definite one it more often starts another clause, `استقبل الرئيس الوفد التركي وبحث`.)
    let head_norm = tokens.norm(head);
    if definite_word(head_norm) || definite_word(norm) || NOT_DOER_WORDS.contains(&bare(head_norm))
    {
        return None;
    }
    let a3 = nisba_country(norm).or_else(|| nisba_country(bare(norm)))?;
    state_entity(entities, a3).map(|e| (e, a3))
}

/// Verbs of a passive killing or wounding (normal form, without و/ف): `قُتل خمسة`, `أُصيب
/// ثلاثة`, `لقي أربعة حتفهم`; their agent may be a strike named after them.
const PASSIVE_HIT_VERBS: &[&str] = &[
    "قتل",
    "قتلا",
    "قتلوا",
    "قتلت",
    "اصيب",
    "اصيبا",
    "اصيبوا",
    "اصيبت",
    "جرح",
    "جرحوا",
    "لقي",
    "لقيا",
    "لقوا",
    "استشهد",
    "استشهدوا",
    "استشهدت",
];

/// Nouns of a strike (normal form, without the article) that cause a passive killing: `جراء
/// قصف`, `في غارة`, `إثر هجوم`.
const STRIKE_NOUNS: &[&str] = &["قصف", "غاره", "غارات", "ضربه", "ضربات", "هجوم", "هجمات"];

/// Words looked at after a passive killing for the strike that caused it.
const PASSIVE_STRIKE_WINDOW: usize = 10;

/// The state (its entity and alpha-3) that the strike named after a passive killing at char
/// `t` gives as the killing's agent: `قُتل خمسة مدنيين في قصف جوي إسرائيلي`, `أُصيب ثلاثة جراء
/// غارة روسية`, `لقي أربعة حتفهم إثر الهجوم التركي`, `قتل اثنان بقصف تركي` (the strike's own
/// nationality, as in [`noun_nationality`]). The strike follows `في`, `جراء` or `إثر` (or a
/// ب on the noun) at most [`PASSIVE_STRIKE_WINDOW`] words after the verb, with no clause
/// break (`.`, `؛`, `:`) between.
fn passive_strike_nationality<'e>(
    ev: &Event,
    t: usize,
    entities: &'e [Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<(&'e Entity, &'static str)> {
    let noun_start = {
        let tokens = texts.tokens(article, ArticlePart::Body, ev.paragraph)?;
        let tw = tokens.words.partition_point(|w| w.end <= t);
        tokens.words.get(tw)?;
        if !PASSIVE_HIT_VERBS.contains(&bare(tokens.norm(tw))) {
            return None;
        }
        let strike = |norm: &str| {
            let plain = norm.strip_prefix("ال").unwrap_or(norm);
            STRIKE_NOUNS.contains(&plain)
        };
        let mut found = None;
        for k in tw + 1..tokens.words.len().min(tw + 1 + PASSIVE_STRIKE_WINDOW) {
            let w = tokens.words.get(k)?;
            if w.punct_before
                .is_some_and(|p| matches!(p, '.' | '؛' | ';' | ':' | '!' | '؟' | '?'))
            {
                return None;
            }
            let norm = tokens.norm(k);
            if matches!(norm, "في" | "جراء" | "اثر" | "بسبب") {
                let next = tokens.words.get(k + 1)?;
                if next.punct_before.is_none() && strike(tokens.norm(k + 1)) {
                    found = Some(next.start);
                }
                break;
            }
            if norm.strip_prefix('ب').is_some_and(strike) {
                found = Some(w.start);
                break;
            }
        }
        found?
    };
    noun_nationality(ev, noun_start, entities, article, texts)
}

/// Gives an act named by a noun whose own nationality names its doer ([`noun_nationality`])
/// that state as its source, when the engine found no source or made the state the target
/// (then the engine's source becomes the target if it is a state, a place or a known body, as
/// in [`relative_doer_sources`], else none); so does an act told by a verb right after a
/// subject with a nationality ([`subject_nationality`]), and a passive killing caused by a
/// strike with a nationality ([`passive_strike_nationality`]). "قُتل خمسة في قصف جوي إسرائيلي
/// استهدف القطاع" is a strike by Israel; a source of the state's own (`الجيش الإسرائيلي`) or another doer
/// the engine found stays.
fn noun_nationality_sources(
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
        noun_nationality_source(ev, trigger, entities, article, texts);
    }
}

/// The step of [`noun_nationality_sources`] for one event `ev` coded at `trigger`.
fn noun_nationality_source(
    ev: &mut Event,
    trigger: &Trigger,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    if trigger.start == usize::MAX {
        return;
    }
    let found = if trigger.noun {
        noun_nationality(ev, trigger.start, entities, article, texts)
    } else {
        subject_nationality(ev, trigger.start, entities, article, texts)
            .or_else(|| passive_strike_nationality(ev, trigger.start, entities, article, texts))
    };
    let Some((state, a3)) = found else {
        return;
    };
    let was = entity_by_id(entities, ev.source.as_deref());
    let own = was.is_some_and(|e| {
        e.id == state.id
            || e.country.as_deref() == Some(a3)
            || ev.source_country.as_deref() == Some(a3)
    });
    if own {
        return;
    }
    if ev.target.as_deref() == Some(state.id.as_str()) {
        old_source_as_target(ev, was);
    } else if ev.source.is_some() {
        return;
    }
    ev.source = Some(state.id.clone());
    ev.source_country = Some(a3.to_owned());
}

/// Gives the acts whose victim the passes after [`noun_nationality_sources`] took out of the
/// source (`unnamed_before[i]` false, source now empty: `X قتل في ضربة جوية أمريكية`) the
/// doer a nationality of their act names, as [`noun_nationality_sources`] does for acts the
/// engine found no doer for: while the victim stood as source, that pass left them alone.
fn victim_cleared_nationality_sources(
    events: &mut [Event],
    unnamed_before: &[bool],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    if triggers.len() != events.len() || unnamed_before.len() != events.len() {
        return;
    }
    for ((ev, trigger), &was_unnamed) in events.iter_mut().zip(triggers).zip(unnamed_before) {
        if !was_unnamed && ev.source.is_none() {
            noun_nationality_source(ev, trigger, entities, article, texts);
        }
    }
}

/// Words of an apposition that makes its source a part of a body (normal form, without
/// و/ف): `جبهة X (ذراع تنظيم Y)`, `جماعة X، الفرع المحلي لتنظيم Y`.
const PART_WORDS: &[&str] = &[
    "ذراع",
    "الذراع",
    "فرع",
    "الفرع",
    "جناح",
    "الجناح",
    "فصيل",
    "وكيل",
    "حليف",
    "حليفه",
];

/// Titles that begin with the letter و (normal form): `وزير` is a minister, not the
/// conjunction و before `زير`; `ولي عهد`, `والي`, `وكيل` likewise.
const WAW_TITLES: &[&str] = &["وزير", "وزيره", "وكيل", "وكيله", "والي", "ولي"];

/// The word without a leading conjunction و or ف ([`bare`]), but a title that begins with و
/// ([`WAW_TITLES`]) kept whole.
fn bare_title(norm: &str) -> &str {
    if WAW_TITLES.contains(&norm) {
        norm
    } else {
        bare(norm)
    }
}

/// Words an apposition naming a source's own body or state may hold besides titles and body
/// heads (normal form, without و/ف).
const APPOSITION_WORDS: &[&str] = &["دوله", "بدوله", "لدوله", "في", "العام", "السابق"];

/// At most this many words between a source's name and its own body or state named in the
/// apposition after it.
const APPOSITION_WINDOW: usize = 6;

/// Chars that [`APPOSITION_WINDOW`] words span at most (the cheap test before the words are
/// looked at).
const APPOSITION_CHARS: usize = 120;

/// True when the target of `ev` is named in its sentence only inside the apposition that
/// follows its source's name and says whom the source belongs to: "دعا X زعيم حزب Y
/// الحكومة" (Y is X's party, not whom X appeals to), "خطفت جبهة X (ذراع تنظيم Y) مقاتلين" (Y
/// is what X is the arm of). The words between the source's mention and the target's are
/// titles, body heads, a nationality or a few apposition words ([`APPOSITION_WORDS`]), at
/// most [`APPOSITION_WINDOW`], behind nothing but a comma or a parenthesis right after the
/// name, none joined by و (`بين الجيش وميليشيات X`: another side); the act's trigger is not
/// among them; and the source is a person or a body of the
/// target's own state, or the apposition makes it part of the target ([`PART_WORDS`]). A
/// person's title that names another state ("استقبل X وزير خارجية Y") is the object, not the
/// apposition, and stays.
fn own_body_target(
    ev: &Event,
    trigger: Option<&Trigger>,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> bool {
    let Some(source) = entity_by_id(entities, ev.source.as_deref())
        .filter(|e| matches!(e.kind, EntityType::Person | EntityType::Organization))
    else {
        return false;
    };
    let Some(target) = entity_by_id(entities, ev.target.as_deref()) else {
        return false;
    };
    if source.id == target.id {
        return false;
    }
    let t = trigger.map(|t| t.start).filter(|&t| t != usize::MAX);
    let in_paragraph = |e: &'_ Entity| -> Vec<(usize, usize)> {
        e.mentions
            .iter()
            .filter(|m| in_event_paragraph(ev, m))
            .map(|m| (m.start, m.end))
            .collect()
    };
    // (First the cheap test: a target's mention starts shortly after a source's one.)
    let targets = in_paragraph(target);
    let near = in_paragraph(source).into_iter().any(|(_, s_end)| {
        targets
            .iter()
            .any(|&(t_start, _)| s_end <= t_start && t_start - s_end <= APPOSITION_CHARS)
    });
    if !near {
        return false;
    }
    let Some((sent_start, sent_end)) = texts.sentence_span(ev, article) else {
        return false;
    };
    let own_mentions: Vec<(usize, usize)> = source
        .mentions
        .iter()
        .filter(|m| in_event_paragraph(ev, m))
        .filter(|m| sent_start <= m.start && m.end <= sent_end)
        .map(|m| (m.start, m.end))
        .collect();
    let same_state = match (&source.country, &target.country) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    };
    let Some((tokens, _, inside)) = mentions_in_sentence(ev, target, article, texts) else {
        return false;
    };
    let in_apposition = |m_start: usize| -> bool {
        own_mentions.iter().any(|&(s_start, s_end)| {
            if s_end > m_start || t.is_some_and(|t| s_start <= t && t < m_start) {
                return false;
            }
            let first = tokens.words.partition_point(|w| w.end <= s_end);
            let last = tokens.words.partition_point(|w| w.end <= m_start);
            if first >= last || last - first > APPOSITION_WINDOW {
                return false;
            }
            let mut part = false;
            for k in first..last {
                let Some(w) = tokens.words.get(k) else {
                    return false;
                };
                if k > first && w.punct_before.is_some() {
                    return false;
                }
                if w.punct_before
                    .is_some_and(|p| !matches!(p, '،' | ',' | '('))
                {
                    return false;
                }
                // (`بين الجيش وميليشيات X`: و joins another party; `وزير` is a title.)
                let norm = tokens.norm(k);
                if norm.starts_with('و') && bare_title(norm) != norm {
                    return false;
                }
                let norm = bare_title(norm);
                part |= PART_WORDS.contains(&norm);
                // (`اتهمت جبهة X الجيشَ المالي بـ`: after a verb that comes first, a definite
                // body right after the subject's name is the verb's object, no apposition.)
                let object = k == first
                    && w.punct_before.is_none()
                    && t.is_some_and(|t| t < s_start)
                    && norm.starts_with("ال")
                    && !PART_WORDS.contains(&norm)
                    && names_a_body(norm);
                if object {
                    return false;
                }
                let fits = is_role_word(norm)
                    || names_a_body(norm)
                    || PART_WORDS.contains(&norm)
                    || APPOSITION_WORDS.contains(&norm)
                    || nisba_country(norm).is_some();
                if !fits {
                    return false;
                }
            }
            part || same_state
        })
    };
    inside.iter().all(|m| in_apposition(m.start))
}

/// Clears the target of an event when it is only the source's own body or state named in the
/// source's apposition (see [`own_body_target`]): a wrong target is a false event and a
/// missed one, so none is better.
/// `triggers` are the events' triggers in the same order (ignored when they are not aligned).
fn clear_own_body_targets(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    clear_targets_where(events, triggers, false, |ev, trigger| {
        own_body_target(ev, trigger, entities, article, texts)
    });
}

/// Clears one side of an event: its target when `target`, else its source (the entity and its
/// country both).
pub(super) fn clear_actor(ev: &mut Event, target: bool) {
    if target {
        ev.target = None;
        ev.target_country = None;
    } else {
        ev.source = None;
        ev.source_country = None;
    }
}

/// Swaps an event's source and target (the entities and their countries).
pub(super) fn swap_actors(ev: &mut Event) {
    std::mem::swap(&mut ev.source, &mut ev.target);
    std::mem::swap(&mut ev.source_country, &mut ev.target_country);
}

/// Clears the target (and its country) of every event `stray` says was given one it should
/// not have. `triggers` are the events' triggers in the same order; when they are not aligned,
/// `stray` is asked with no trigger, or, with `needs_triggers`, no target is cleared.
fn clear_targets_where(
    events: &mut [Event],
    triggers: &[Trigger],
    needs_triggers: bool,
    mut stray: impl FnMut(&Event, Option<&Trigger>) -> bool,
) {
    let aligned = triggers.len() == events.len();
    if needs_triggers && !aligned {
        return;
    }
    for (k, ev) in events.iter_mut().enumerate() {
        let trigger = if aligned { triggers.get(k) } else { None };
        if stray(ev, trigger) {
            clear_actor(ev, true);
        }
    }
}

/// Words besides titles, body heads and nationalities that a person's title after their name
/// may hold (normal form): `ولي عهد أبوظبي`, `نائب القائد الأعلى للقوات المسلحة بدولة X`,
/// `رئيس الجمهورية الفرنسية`.
const TITLE_CHAIN_WORDS: &[&str] = &[
    "ولي",
    "عهد",
    "الاعلي",
    "القوات",
    "للقوات",
    "المسلحه",
    "العام",
    "السابق",
    "الاسبق",
    "دوله",
    "بدوله",
    "لدوله",
    "في",
    "جمهوريه",
    "الجمهوريه",
    "لجمهوريه",
    // (The crown prince, `ولي العهد`, and the rank of a deputy: `النائب الثاني لرئيس مجلس
    // الوزراء`.)
    "العهد",
    "الاول",
    "الثاني",
    "الثالث",
];

/// At most this many words between a person's name and a target named in the title after it.
const TITLE_CHAIN_WINDOW: usize = 9;

/// Chars that [`TITLE_CHAIN_WINDOW`] words span at most (the cheap test before the words are
/// looked at).
const TITLE_CHAIN_CHARS: usize = 160;

/// True when the target of `ev` is named in its sentence only inside the title that follows
/// its source's (a person's) name: `أدان X رئيس البرلمان العربي الهجوم` (the parliament is
/// X's), `استقبل X أمير دولة قطر في مكتبه وزراء الخارجية` (Qatar is X's state), `دعا X زعيم
/// المعارضة الإسرائيلية اليمين` — where [`own_body_target`] cannot tell, as the entity stage
/// gives a person no state. The words between the name and the target open with a title
/// (not a definite one right after the name, `يتهم X الرئيس التركي`, nor one behind a
/// preposition, `اتصل X بالرئيس`: those are its object) and hold only titles, body heads, nationalities, names of places and [`TITLE_CHAIN_WORDS`],
/// at most [`TITLE_CHAIN_WINDOW`], behind nothing but a comma right after the name. When the
/// act comes after the title, the title can only be the source's; when it comes before, the
/// title could be its object (`استقبل X وزير خارجية الأردن`), so another actor must be named
/// after the title in the sentence, not as a venue after `في`, for the act's object.
///
/// When the act comes first, `object` is set to the entity of the first such actor (the one
/// met, called or praised: [`clear_title_apposition_targets`] may take it as the target).
fn title_apposition_target<'e>(
    ev: &Event,
    trigger: Option<&Trigger>,
    entities: &'e [Entity],
    article: &Article,
    texts: &mut Texts,
    object: &mut Option<&'e Entity>,
) -> bool {
    let Some(source) =
        entity_by_id(entities, ev.source.as_deref()).filter(|e| e.kind == EntityType::Person)
    else {
        return false;
    };
    let Some(target) = entity_by_id(entities, ev.target.as_deref()).filter(|e| {
        e.id != source.id && matches!(e.kind, EntityType::Location | EntityType::Organization)
    }) else {
        return false;
    };
    // (First the cheap test: a target's mention starts shortly after a source's one.)
    let near = source.mentions.iter().any(|s| {
        in_event_paragraph(ev, s)
            && target.mentions.iter().any(|m| {
                in_event_paragraph(ev, m)
                    && s.end <= m.start
                    && m.start - s.end <= TITLE_CHAIN_CHARS
            })
    });
    if !near {
        return false;
    }
    let t = trigger.map(|t| t.start).filter(|&t| t != usize::MAX);
    let Some((sent_start, sent_end)) = texts.sentence_span(ev, article) else {
        return false;
    };
    let own: Vec<(usize, usize)> = source
        .mentions
        .iter()
        .filter(|m| in_event_paragraph(ev, m) && sent_start <= m.start && m.end <= sent_end)
        .map(|m| (m.start, m.end))
        .collect();
    if own.is_empty() {
        return false;
    }
    // (The places of the paragraph, gathered only when a word of a title is none of the
    // cheaper kinds.)
    let places: std::cell::OnceCell<Vec<(usize, usize)>> = std::cell::OnceCell::new();
    let place_at = |w: &crate::entities::tokens::Token| -> bool {
        places
            .get_or_init(|| {
                entities
                    .iter()
                    .filter(|e| e.kind == EntityType::Location)
                    .flat_map(|e| e.mentions.iter())
                    .filter(|m| in_event_paragraph(ev, m))
                    .map(|m| (m.start, m.end))
                    .collect()
            })
            .iter()
            .any(|&(a, b)| a <= w.start && w.end <= b)
    };
    let Some((tokens, _, inside)) = mentions_in_sentence(ev, target, article, texts) else {
        return false;
    };
    // (A title set off by commas is the name's, whatever words it holds and wherever the act
    // is: `دعا X، وزير الزراعة اليمني، المنظمات`.)
    if inside
        .iter()
        .all(|m| set_off_title(tokens, &own, t, (m.start, m.end), sent_end))
    {
        return true;
    }
    let in_title = |m_start: usize| -> bool {
        own.iter().any(|&(s_start, s_end)| {
            if s_end > m_start || t.is_some_and(|t| s_start <= t && t < m_start) {
                return false;
            }
            let first = tokens.words.partition_point(|w| w.end <= s_end);
            let last = tokens.words.partition_point(|w| w.end <= m_start);
            if first >= last || last - first > TITLE_CHAIN_WINDOW {
                return false;
            }
            for k in first..last {
                let Some(w) = tokens.words.get(k) else {
                    return false;
                };
                let norm = tokens.norm(k);
                if k == first {
                    let comma = matches!(w.punct_before, Some('،' | ','));
                    // (`اتصل X بالرئيس الفلسطيني`: a preposition makes the title a complement.)
                    let behind_preposition = norm
                        .strip_prefix(['ب', 'ل'])
                        .is_some_and(|rest| rest.chars().count() >= 2 && is_role_word(rest));
                    if !comma && (w.punct_before.is_some() || norm.starts_with("ال"))
                        || behind_preposition
                        || !(is_role_word(norm) || norm == "ولي")
                    {
                        return false;
                    }
                } else if w.punct_before.is_some() {
                    return false;
                }
                // (`ولي عهد` and `وزير` are no و of a second party.)
                if norm.starts_with('و') && bare_title(norm) != norm {
                    return false;
                }
                let norm = bare_title(norm);
                if !(is_role_word(norm)
                    || names_a_body(norm)
                    || TITLE_CHAIN_WORDS.contains(&norm)
                    || nisba_country(norm).is_some()
                    || place_at(w))
                {
                    return false;
                }
            }
            true
        })
    };
    if !inside.iter().all(|m| in_title(m.start)) {
        return false;
    }
    let Some(title_end) = inside.iter().map(|m| m.end).max() else {
        return false;
    };
    if let Some(t) = t.filter(|&t| t >= title_end) {
        // The act right after the title, in the same clause (`X رئيس Y أدان`; not `استقبل X
        // سفير Y في Z، وبحث معه`, whose title is the first act's object).
        let first = tokens.words.partition_point(|w| w.end <= title_end);
        let at = tokens.words.partition_point(|w| w.end <= t);
        return at >= first
            && at - first <= ACT_AFTER_TITLE
            && (first..=at).all(|k| {
                tokens
                    .words
                    .get(k)
                    .is_some_and(|w| w.punct_before.is_none())
            });
    }
    // (A praise's object comes behind ب, `أشاد X رئيس Y بجهود`: the bare title right before
    // it is the name's.)
    if t.is_some() && ev.code.starts_with("05") {
        let k = tokens.words.partition_point(|w| w.end <= title_end);
        let behind_b = tokens.words.get(k).is_some_and(|w| {
            w.punct_before.is_none()
                && w.start < sent_end
                && tokens
                    .norm(k)
                    .strip_prefix('ب')
                    .is_some_and(|rest| rest.chars().count() >= 3)
        });
        if behind_b {
            return true;
        }
    }
    // The act comes first: another actor after the title is its object. (One walk over the
    // mentions: whether there is any such actor, and the first one by position, ties to the
    // first entity, that is no nationality, which still belongs to the title: `وزير الدفاع
    // السعودي`.)
    let mut any_after_title = false;
    let mut first_object: Option<(&'e Entity, usize)> = None;
    for e in entities
        .iter()
        .filter(|e| e.id != source.id && e.id != target.id)
    {
        for m in &e.mentions {
            if !(in_event_paragraph(ev, m) && title_end <= m.start && m.end <= sent_end) {
                continue;
            }
            let k = tokens.words.partition_point(|w| w.end <= m.start);
            let venue = k > 0 && tokens.norm(k - 1) == "في";
            let inside_a_word = tokens.words.get(k).is_some_and(|w| w.start < m.start);
            if venue || inside_a_word {
                continue;
            }
            any_after_title = true;
            if t.is_none() || first_object.is_some_and(|(_, start)| start <= m.start) {
                continue;
            }
            let nationality = tokens.words.get(k).is_some_and(|w| w.end >= m.end)
                && nisba_country(bare(tokens.norm(k))).is_some();
            if !nationality {
                first_object = Some((e, m.start));
            }
        }
    }
    *object = first_object.map(|(e, _)| e);
    any_after_title
}

/// At most this many words in a title set off by commas after a person's name
/// ([`set_off_title`]).
const SET_OFF_TITLE_WINDOW: usize = 8;

/// True when the mention at chars `mention` of the text of `tokens` lies inside a title set off
/// by commas right after one of the source's mentions `own` (`X، وزير الزراعة اليمني، دعا`,
/// `دعا X، رئيس جمعية المهندسين اللبنانيين في كندا، الحكومة`): the title opens with a role
/// word (a person's, as written: no body, no preposition) right behind the comma after the
/// name, holds no punctuation, and closes with a comma
/// within [`SET_OFF_TITLE_WINDOW`] words, with more of the sentence (ending at `sent_end`)
/// after it; the act's trigger `t` is not inside. Commas on both sides make the title the
/// name's apposition, never the act's object.
fn set_off_title(
    tokens: &Tokens,
    own: &[(usize, usize)],
    t: Option<usize>,
    mention: (usize, usize),
    sent_end: usize,
) -> bool {
    let (m_start, m_end) = mention;
    own.iter().any(|&(s_start, s_end)| {
        if s_end > m_start {
            return false;
        }
        let first = tokens.words.partition_point(|w| w.end <= s_end);
        let last = tokens.words.partition_point(|w| w.end <= m_start);
        let opens = tokens
            .words
            .get(first)
            .is_some_and(|w| matches!(w.punct_before, Some('،' | ',')));
        // (A person's title as written: not a body, `، الحكومة العراقية`, nor one behind a
        // preposition or و, `، بنائب رئيس`: those are the act's object or another party.)
        let norm = tokens.norm(first);
        if !opens || first > last || !is_role_word(norm) || names_a_body(norm) {
            return false;
        }
        let Some(close) = (first + 1..=first + SET_OFF_TITLE_WINDOW)
            .find(|&k| tokens.words.get(k).is_none_or(|w| w.punct_before.is_some()))
        else {
            return false;
        };
        let Some(after) = tokens.words.get(close) else {
            return false;
        };
        let ends_after = tokens.words.get(close - 1).is_some_and(|w| w.end >= m_end);
        matches!(after.punct_before, Some('،' | ','))
            && ends_after
            && after.start < sent_end
            && !t.is_some_and(|t| s_start <= t && t < after.start)
    })
}

/// At most this many words between a person's title and the act that follows it in the same
/// clause ([`title_apposition_target`]).
const ACT_AFTER_TITLE: usize = 4;

/// Clears the target of an event when it is only named in the title after its source's name
/// (see [`title_apposition_target`]).
/// `triggers` are the events' triggers in the same order (ignored when they are not aligned).
///
/// A meeting, call or praise (roots 04, 05, 06) whose act comes before the title takes instead
/// the first actor named after the title as its target (`استقبل X ولي العهد وزير الدفاع
/// الرئيس Y`: Y), when it is a person, a body or a state (not a city or other place).
fn clear_title_apposition_targets(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    let aligned = triggers.len() == events.len();
    for (k, ev) in events.iter_mut().enumerate() {
        let trigger = if aligned { triggers.get(k) } else { None };
        let mut object = None;
        if !title_apposition_target(ev, trigger, entities, article, texts, &mut object) {
            continue;
        }
        clear_actor(ev, true);
        // (Not a visit, 042, whose target is where the visitor went.)
        let meeting = ["04", "05", "06"].iter().any(|r| ev.code.starts_with(r)) && ev.code != "042";
        let Some(object) = object.filter(|_| meeting) else {
            continue;
        };
        let actor = match object.kind {
            EntityType::Person | EntityType::Organization => true,
            EntityType::Location => object
                .country
                .as_deref()
                .is_some_and(|c| is_state_of(entities, object, c)),
        };
        if actor {
            ev.target = Some(object.id.clone());
            ev.target_country = object.country.clone();
        }
    }
}

/// Words at most between a body named in a person's title and the person's name after it
/// (`رئيس المنظمة العربية الدكتور X`: one).
const TITLE_BEFORE_WINDOW: usize = 6;

/// True when the mention `tm` lies in the title right before the mention `sm` of a person:
/// it follows a title word (`رئيس`, `وزير`, `المتحدث باسم`, `القيادي في`) and only title
/// words stand between it and the name, with no punctuation.
fn in_title_before(tokens: &Tokens, tm: &Mention, sm: &Mention) -> bool {
    if tm.end > sm.start {
        return false;
    }
    let t0 = tokens.words.partition_point(|w| w.end <= tm.start);
    let a = tokens.words.partition_point(|w| w.start < tm.end);
    let b = tokens.words.partition_point(|w| w.end <= sm.start);
    if b < a || b - a > TITLE_BEFORE_WINDOW || t0 == 0 {
        return false;
    }
    // (A name the entity stage found in a title word, `النائب الثاني`, is no name.)
    if title_word(tokens.norm(b)) {
        return false;
    }
    if (t0..=b).any(|j| {
        j > t0
            && tokens
                .words
                .get(j)
                .is_some_and(|w| w.punct_before.is_some())
    }) {
        return false;
    }
    if !(a..b).all(|j| title_word(tokens.norm(j))) {
        return false;
    }
    let before = tokens.norm(t0 - 1);
    (before != "في" && title_word(before))
        || before == "باسم"
        || (before == "في" && t0 >= 2 && title_word(tokens.norm(t0 - 2)))
}

/// True when the target of `ev` is named in its sentence only inside the title right before
/// its source's (a person's) name: `أدان رئيس المنظمة العربية الدكتور X الهجوم` (the
/// organization is X's), `وقال المتحدث باسم الجيش الأوكراني X`, `الرئيس المصري X` (his own
/// state). The mirror of [`title_apposition_target`], which looks after the name.
fn title_before_target(
    ev: &Event,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> bool {
    let Some(person) =
        entity_by_id(entities, ev.source.as_deref()).filter(|e| e.kind == EntityType::Person)
    else {
        return false;
    };
    let Some(target) = entity_by_id(entities, ev.target.as_deref()) else {
        return false;
    };
    let Some((start, end)) = texts.sentence_span(ev, article) else {
        return false;
    };
    let named: Vec<&Mention> = target
        .mentions
        .iter()
        .filter(|m| in_event_paragraph(ev, m) && start <= m.start && m.end <= end)
        .collect();
    if named.is_empty() {
        return false;
    }
    let Some((tokens, _, inside)) = mentions_in_sentence(ev, person, article, texts) else {
        return false;
    };
    named
        .iter()
        .all(|tm| inside.iter().any(|sm| in_title_before(tokens, tm, sm)))
}

/// Clears the targets named only in the title before their source's name (see
/// [`title_before_target`]).
fn clear_title_before_targets(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    clear_targets_where(events, triggers, false, |ev, _| {
        title_before_target(ev, entities, article, texts)
    });
}

/// Nouns of a deed that a statement condemns or rejects as its direct object (normal form,
/// without the article): `أدان X الهجوم`, `استنكر X هذا العمل`, `رفض X القرار`.
const DEED_NOUNS: &[&str] = &[
    "هجوم",
    "هجمات",
    "تفجير",
    "تفجيرات",
    "عمل",
    "اعمال",
    "عمليه",
    "عمليات",
    "حادث",
    "حادثه",
    "اعتداء",
    "اعتداءات",
    "جريمه",
    "جرايم",
    "مجزره",
    "مجازر",
    "قرار",
    "تصريحات",
    "اساءه",
    "انتهاك",
    "انتهاكات",
    "استهداف",
    "اغتيال",
    "قصف",
    "اقتحام",
    "ممارسات",
];

/// Demonstratives that may open a deed object (`هذا العمل`, `تلك الهجمات`).
const DEED_DEMONSTRATIVES: &[&str] = &["هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"];

/// Words that may stand between a statement's doer and its deed object besides the doer's
/// titles (normal form): `أدان X بشدة الهجوم`, `استنكر X أمس العمل`.
const DEED_ADVERBS: &[&str] = &["بشده", "بقوه", "امس", "اليوم", "ايضا", "كذلك"];

/// Words of a doer's title that the title lists lack (normal form): `مفتي X`, `عميد الجالية`,
/// `الأمانة العامة لـX`, `الأمين العام المساعد لشؤون X`.
const DOER_TITLE_WORDS: &[&str] = &[
    "مفتي",
    "المفتي",
    "عميد",
    "امين",
    "الامين",
    "امانه",
    "الامانه",
    "العامه",
    "المساعد",
    "المساعده",
    "لشوون",
    "الجاليه",
];

/// At most this many words from a statement's verb to its deed object.
const DEED_WINDOW: usize = 18;

/// True when word `k` of `tokens` opens the direct object of a condemnation or rejection:
/// a deed noun ([`DEED_NOUNS`]) with the article or in a construct (`حادث التفجير`), or a
/// demonstrative before one; never behind a preposition or و (`بالهجوم`, `والعمل`: a
/// complement or a second object).
fn deed_object_at(tokens: &Tokens, k: usize) -> bool {
    let norm = tokens.norm(k);
    let noun = |w: &str| DEED_NOUNS.contains(&w.strip_prefix("ال").unwrap_or(w));
    if DEED_DEMONSTRATIVES.contains(&norm) {
        return tokens
            .words
            .get(k + 1)
            .is_some_and(|w| w.punct_before.is_none())
            && tokens.norm(k + 1).starts_with("ال")
            && noun(tokens.norm(k + 1));
    }
    noun(norm)
}

/// How a condemnation or rejection (roots 11 and 12) said with a verb before its doer and a
/// deed as its object (`أدان X، مفتي Y، العملية`) should have its actors: `Some(true)` when
/// the target is named only between the verb and the object, in the doer's own phrase (his
/// title, `الأمين العام للجامعة`, `مفتي مصر`, or a second doer, `أدان X وY الهجوم`), so it is
/// none; `Some(false)` when the event has no source and its target is the only actor named
/// there: it is the doer (`أدانت الأمانة العامة لمجلس X بشدة الحادث`); `None` otherwise. Only
/// titles, honorifics, names, body heads, nationalities, a few adverbs ([`DEED_ADVERBS`])
/// and commas stand between the verb and the object, at most [`DEED_WINDOW`] words, so the
/// phrase can only be the verb's subject.
fn deed_subject_target(
    ev: &Event,
    trigger: Option<&Trigger>,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<bool> {
    if !matches!(ev.code.get(..2), Some("11" | "12")) {
        return None;
    }
    let t = trigger.filter(|t| t.start != usize::MAX && !t.noun)?.start;
    let target = entity_by_id(entities, ev.target.as_deref())?;
    let source = entity_by_id(entities, ev.source.as_deref());
    if source.is_some_and(|s| s.id == target.id) {
        return None;
    }
    let (sent_start, sent_end) = texts.sentence_span(ev, article)?;
    let tokens = texts.tokens(article, ArticlePart::Body, ev.paragraph)?;
    let verb = tokens.words.partition_point(|w| w.end <= t);
    if tokens.words.get(verb).is_none_or(|w| w.start != t) {
        return None;
    }
    // The object: the first deed noun after the verb, with nothing but the subject's words
    // between.
    let mentions: Vec<(usize, usize)> = entities
        .iter()
        .flat_map(|e| e.mentions.iter())
        .filter(|m| in_event_paragraph(ev, m) && sent_start <= m.start && m.end <= sent_end)
        .map(|m| (m.start, m.end))
        .collect();
    let in_mention = |w: &crate::entities::tokens::Token| {
        mentions.iter().any(|&(a, b)| a <= w.start && w.end <= b)
    };
    let mut object = None;
    for k in verb + 1..(verb + 1 + DEED_WINDOW).min(tokens.words.len()) {
        let w = tokens.words.get(k)?;
        if w.start >= sent_end {
            return None;
        }
        if w.punct_before
            .is_some_and(|p| !matches!(p, '،' | ',' | '.'))
            || (w.punct_before == Some('.') && tokens.norm(k - 1) != "د")
        {
            return None;
        }
        if k > verb + 1 && !in_mention(w) && deed_object_at(tokens, k) {
            object = Some(k);
            break;
        }
        let norm = tokens.norm(k);
        let fits = in_mention(w)
            || title_word(norm)
            || title_word(bare(norm))
            || names_a_body(norm)
            || DEED_ADVERBS.contains(&norm)
            || DOER_TITLE_WORDS.contains(&bare(norm))
            || norm == "د";
        if !fits {
            return None;
        }
    }
    let object = tokens.words.get(object?)?.start;
    let t_end = tokens.words.get(verb)?.end;
    let here =
        |m: &&Mention| in_event_paragraph(ev, m) && sent_start <= m.start && m.end <= sent_end;
    let named: Vec<&Mention> = target.mentions.iter().filter(here).collect();
    if named.is_empty() || !named.iter().all(|m| t_end <= m.start && m.end <= object) {
        return None;
    }
    match source {
        // The doer is named in the phrase too: the target is its title or its partner.
        Some(s) => s
            .mentions
            .iter()
            .filter(here)
            .any(|m| t_end <= m.start && m.end <= object)
            .then_some(true),
        None => Some(false),
    }
}

/// Settles the actors of condemnations and rejections whose doer stands between the verb and
/// a deed object (see [`deed_subject_target`]): a target named only in the doer's phrase is
/// none, and a target that is the only actor named there, with no source, becomes the source.
/// `triggers` are the events' triggers in the same order (nothing is done when they are not
/// aligned).
fn deed_subjects(
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
        match deed_subject_target(ev, Some(trigger), entities, article, texts) {
            Some(true) => {
                clear_actor(ev, true);
            }
            Some(false) => {
                ev.source = ev.target.take();
                ev.source_country = ev.target_country.take();
            }
            None => {}
        }
    }
}

/// Words that open a received call (normal form, without و/ف): `تلقى X اتصالا من Y`.
const RECEIVED_VERBS: &[&str] = &["تلقي", "تلقت", "يتلقي", "تتلقي", "تلقيا"];

/// Nouns of a call or a cable (normal form, without the article): `اتصالا هاتفيا`,
/// `اتصالين`, `برقية`.
const CALL_NOUNS: &[&str] = &[
    "اتصالا",
    "اتصال",
    "اتصالين",
    "اتصالات",
    "مكالمه",
    "برقيه",
    "رساله",
];

/// Words after a stance's verb that point back to the call (normal form): `أعرب فيه`,
/// `أعرب خلاله`, `استنكرا فيهما`.
const IN_IT_WORDS: &[&str] = &["فيه", "فيها", "فيهما", "خلاله", "خلالها", "خلالهما"];

/// At most this many words from the caller's `من` to the stance's trigger.
const CALLER_REACH: usize = 40;

/// At most this many words from the call's verb (`تلقى`) to its noun (`اتصالا`): the
/// receiver's titles and name.
const RECEIVER_REACH: usize = 16;

/// The caller of a received call whose stance event `ev` tells (`تلقى X اتصالا هاتفيا من
/// الملك Y ملك Z، أعرب فيه عن استنكاره للاعتداء`): the first person named between `من` and
/// the trigger (else the first actor), when the trigger is preceded in its sentence by a call
/// noun ([`CALL_NOUNS`]) after a verb of receiving ([`RECEIVED_VERBS`]) and `من`, and a word
/// pointing back to the call ([`IN_IT_WORDS`]) stands by the trigger. Returns the caller and
/// the char span from the receiving verb to the trigger.
fn call_stance_caller<'e>(
    ev: &Event,
    trigger: &Trigger,
    entities: &'e [Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<(&'e Entity, usize, usize)> {
    if trigger.start == usize::MAX {
        return None;
    }
    let (sent_start, _) = texts.sentence_span(ev, article)?;
    let tokens = texts.tokens(article, ArticlePart::Body, ev.paragraph)?;
    let t = tokens.words.partition_point(|w| w.end <= trigger.start);
    if tokens.words.get(t).is_none_or(|w| w.start != trigger.start) {
        return None;
    }
    let in_sentence = |k: usize| tokens.words.get(k).is_some_and(|w| w.start >= sent_start);
    // The word pointing back to the call, by the trigger.
    let near = t.saturating_sub(3)..(t + 3).min(tokens.words.len());
    // (`فيه` starts with the ف that `bare` strips: only و is stripped here.)
    let in_it = |k: usize| {
        let norm = tokens.norm(k);
        IN_IT_WORDS.contains(&norm)
            || norm
                .strip_prefix('و')
                .is_some_and(|r| IN_IT_WORDS.contains(&r))
    };
    if !near.into_iter().any(in_it) {
        return None;
    }
    // `من` after the call noun after the verb of receiving.
    let from = (t.saturating_sub(CALLER_REACH)..t)
        .rev()
        .take_while(|&k| in_sentence(k))
        .find(|&k| {
            tokens.norm(k) == "من"
                && (k.saturating_sub(4)..k).any(|j| {
                    in_sentence(j)
                        && CALL_NOUNS
                            .contains(&tokens.norm(j).strip_prefix("ال").unwrap_or(tokens.norm(j)))
                })
        })?;
    let call = (from.saturating_sub(4)..from).find(|&j| {
        CALL_NOUNS.contains(&tokens.norm(j).strip_prefix("ال").unwrap_or(tokens.norm(j)))
    })?;
    let verb = (call.saturating_sub(RECEIVER_REACH)..call)
        .rev()
        .take_while(|&k| in_sentence(k))
        .find(|&k| RECEIVED_VERBS.contains(&bare(tokens.norm(k))))?;
    let zone_start = tokens.words.get(from)?.end;
    let zone_end = trigger.start;
    let span_start = tokens.words.get(verb)?.start;
    let in_zone =
        |m: &Mention| in_event_paragraph(ev, m) && zone_start <= m.start && m.end <= zone_end;
    let first_of = |kinds: &[EntityType]| {
        entities
            .iter()
            .filter(|e| kinds.contains(&e.kind))
            .filter_map(|e| {
                e.mentions
                    .iter()
                    .filter(|m| in_zone(m))
                    .map(|m| m.start)
                    .min()
                    .map(|s| (s, e))
            })
            .min_by_key(|&(s, _)| s)
            .map(|(_, e)| e)
    };
    let caller = first_of(&[EntityType::Person])
        .or_else(|| first_of(&[EntityType::Organization, EntityType::Location]))?;
    Some((caller, span_start, zone_end))
}

/// Gives a condemnation or rejection (roots 11, 12) told as what a caller said in a received
/// call to its caller (see [`call_stance_caller`]): the receiver is who was called, not who
/// condemned, and the caller's own state or leader named in the call's phrase is no target.
/// The source becomes the caller; a target named only between the verb of receiving and the
/// trigger (the receiver, the caller or the caller's state) becomes none.
/// `triggers` are the events' triggers in the same order (nothing is done when they are not
/// aligned).
fn call_stance_sources(
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
        if !matches!(ev.code.get(..2), Some("11" | "12")) {
            continue;
        }
        let Some((caller, start, end)) = call_stance_caller(ev, trigger, entities, article, texts)
        else {
            continue;
        };
        let Some((sent_start, sent_end)) = texts.sentence_span(ev, article) else {
            continue;
        };
        let only_in_call = |id: Option<&str>| {
            entity_by_id(entities, id).is_some_and(|e| {
                e.mentions
                    .iter()
                    .filter(|m| {
                        in_event_paragraph(ev, m) && sent_start <= m.start && m.end <= sent_end
                    })
                    .all(|m| start <= m.start && m.end <= end)
            })
        };
        if only_in_call(ev.target.as_deref()) || ev.target.as_deref() == Some(caller.id.as_str()) {
            clear_actor(ev, true);
        }
        if ev.source.as_deref() != Some(caller.id.as_str()) {
            ev.source = Some(caller.id.clone());
            ev.source_country = caller.country.clone();
        }
    }
}

/// Verbs that tell what a deed hit or where it fell (normal form, without و): `الهجوم الذي
/// استهدف مسجدا في X`, `الاعتداء الذي تعرض له X`, `الحادث الذي وقع في X`.
const HIT_VERBS: &[&str] = &[
    "استهدف",
    "استهدفت",
    "يستهدف",
    "تستهدف",
    "تعرض",
    "تعرضت",
    "طال",
    "طالت",
    "وقع",
    "وقعت",
];

/// At most this many words from a condemnation's trigger to the deed it condemns.
const DEED_REACH: usize = 8;

/// True when word `k` of `tokens` names a condemned deed: a deed object ([`deed_object_at`])
/// or a deed noun behind ل or ب (`إدانته للتفجير`, `ندد بالهجوم`).
fn condemned_deed_at(tokens: &Tokens, k: usize) -> bool {
    let norm = tokens.norm(k);
    deed_object_at(tokens, k)
        || norm
            .strip_prefix("لل")
            .or_else(|| norm.strip_prefix("بال"))
            .is_some_and(|rest| DEED_NOUNS.contains(&rest))
}

/// True when the target of condemnation `ev` (root 11) is a place named only where the
/// condemned deed fell or what it hit: every mention of it in the sentence comes after the deed
/// (`أدانت X الهجوم`, `عن إدانته للتفجير`, at most [`DEED_REACH`] words after the trigger) and
/// is a venue (`في مدينة Y`, `بمنطقة Y`), a nationality right after another place (`في منطقة
/// عسير السعودية`) or comes after a verb of hitting ([`HIT_VERBS`], `الذي استهدف أمن Y`), with
/// no verb of doing (`شنته`, `نفذتها`) before it: the guide codes a condemnation of a deed
/// whose doer is not named with no target, and the place it hit is no doer.
fn deed_place_target(
    ev: &Event,
    trigger: Option<&Trigger>,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> bool {
    if ev.code.get(..2) != Some("11") {
        return false;
    }
    let Some(t) = trigger.map(|t| t.start).filter(|&t| t != usize::MAX) else {
        return false;
    };
    let Some(target) =
        entity_by_id(entities, ev.target.as_deref()).filter(|e| e.kind == EntityType::Location)
    else {
        return false;
    };
    let places: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| e.kind == EntityType::Location && e.id != target.id)
        .flat_map(|e| e.mentions.iter())
        .filter(|m| in_event_paragraph(ev, m))
        .map(|m| (m.start, m.end))
        .collect();
    let Some((tokens, _, inside)) = mentions_in_sentence(ev, target, article, texts) else {
        return false;
    };
    let at = tokens.words.partition_point(|w| w.end <= t);
    let Some(deed) = (at..(at + 1 + DEED_REACH).min(tokens.words.len()))
        .find(|&k| k > at && condemned_deed_at(tokens, k))
    else {
        return false;
    };
    let Some(deed_end) = tokens.words.get(deed).map(|w| w.end) else {
        return false;
    };
    inside.iter().all(|m| {
        if m.start < deed_end {
            return false;
        }
        let k = tokens.words.partition_point(|w| w.end <= m.start);
        let between = deed + 1..k;
        if between.clone().any(|j| {
            let norm = tokens.norm(j);
            doing_verb(norm) || doing_verb(bare(norm)) || norm == "قبل"
        }) {
            return false;
        }
        let after_place = k > 0
            && tokens.words.get(k - 1).is_some_and(|w| {
                places.iter().any(|&(a, b)| a <= w.start && w.end <= b)
                    || PLACE_NOUNS.contains(&tokens.norm(k - 1))
            })
            && tokens
                .words
                .get(k)
                .is_some_and(|w| w.punct_before.is_none());
        let hit = between
            .into_iter()
            .any(|j| HIT_VERBS.contains(&bare(tokens.norm(j))));
        venue(tokens, m.start) || after_place || hit
    })
}

/// Clears the target of a condemnation when it is only the place its deed hit (see
/// [`deed_place_target`]).
/// `triggers` are the events' triggers in the same order (nothing is cleared when they are not
/// aligned).
fn clear_deed_place_targets(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    clear_targets_where(events, triggers, true, |ev, trigger| {
        deed_place_target(ev, trigger, entities, article, texts)
    });
}

/// Forms of the verb حمّل (to lay the blame, normal form, no و/ف) whose object is a noun after
/// them, not a pronoun on the verb (`حمّله`، `حمّلتها` name the blamed themselves).
const BLAME_VERBS: &[&str] = &[
    "حمل",
    "حملت",
    "حملوا",
    "حملا",
    "حملتا",
    "يحمل",
    "تحمل",
    "نحمل",
    "يحملون",
    "يحملان",
    "تحملان",
];

/// Words that may stand between a blame verb and its object without being either
/// (`حمّل فيه X المسؤولية`: the resumptive of the talk it was said in).
const BLAME_FILLERS: &[&str] = &["فيه", "فيها", "فيهم", "خلاله", "خلالها", "ايضا"];

/// At most this many title words before the name of the one blamed (`حمّل الرئيس السابق X`).
const BLAMED_TITLE_WINDOW: usize = 4;

/// True for a form of مسؤولية itself (`المسؤولية`، `مسؤولية`، `مسؤوليتها`), in normal form.
fn responsibility_noun(norm: &str) -> bool {
    let w = norm.strip_prefix("ال").unwrap_or(norm);
    ["مسووليه", "مسووليت", "مسيوليه", "مسيوليت"]
        .iter()
        .any(|k| w.starts_with(k))
}

/// True when the source of blame `ev` (root 112) is the one blamed, not who blames: the verb
/// حمّل comes first with no object pronoun, and right after it (past `فيه`, a few title words)
/// stands the source's name and right after that the responsibility (`المسؤولية`, `كامل
/// المسؤولية`). حمّل takes the blamed as its object and the blame as its second object, so a
/// single name between the two is the object and the subject is the verb's own (`وحمّلوا
/// حكومة X المسؤولية`, `حديث حمّل فيه X مسؤولية ما جرى`, `قال مسؤول … وحمّل حزب X مسؤولية
/// الهجوم`); with two names (`حمّلت الحكومة تنظيم X المسؤولية`) the first is the subject and
/// nothing changes.
fn blamed_source(
    ev: &Event,
    trigger: Option<&Trigger>,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> bool {
    if ev.code.get(..3) != Some("112") {
        return false;
    }
    let Some(t) = trigger
        .filter(|t| !t.noun)
        .map(|t| t.start)
        .filter(|&t| t != usize::MAX)
    else {
        return false;
    };
    let Some(source) = entity_by_id(entities, ev.source.as_deref()) else {
        return false;
    };
    let Some((tokens, _, inside)) = mentions_in_sentence(ev, source, article, texts) else {
        return false;
    };
    let at = tokens.words.partition_point(|w| w.end <= t);
    if !tokens
        .words
        .get(at)
        .is_some_and(|w| w.start <= t && BLAME_VERBS.contains(&bare(tokens.norm(at))))
    {
        return false;
    }
    let mut k = at + 1;
    while k < tokens.words.len() && BLAME_FILLERS.contains(&tokens.norm(k)) {
        k += 1;
    }
    let open = k;
    let Some(m) = inside.iter().find(|m| {
        let first = tokens.words.partition_point(|w| w.end <= m.start);
        first >= open && first - open <= BLAMED_TITLE_WINDOW
    }) else {
        return false;
    };
    let first = tokens.words.partition_point(|w| w.end <= m.start);
    let titled = (open..first).all(|j| {
        let norm = tokens.norm(j);
        is_role_word(norm) || nisba_country(norm).is_some() || TITLE_CHAIN_WORDS.contains(&norm)
    });
    if !titled
        || (open + 1..=first).any(|j| {
            tokens
                .words
                .get(j)
                .is_some_and(|w| w.punct_before.is_some())
        })
    {
        return false;
    }
    let mut after = tokens.words.partition_point(|w| w.end <= m.end);
    if tokens
        .words
        .get(after)
        .is_some_and(|w| w.punct_before.is_some())
    {
        return false;
    }
    if matches!(tokens.norm(after), "كامل" | "كل") {
        after += 1;
    }
    responsibility_noun(tokens.norm(after))
}

/// Makes the source of a blame that is the one blamed its target, with no source (see
/// [`blamed_source`]): who blames is the verb's own subject, seldom named as an entity there,
/// and a wrong source is worse than none.
/// `triggers` are the events' triggers in the same order (nothing changes when they are not
/// aligned).
fn blamed_source_targets(
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
        if blamed_source(ev, Some(trigger), entities, article, texts) {
            ev.target = ev.source.take();
            ev.target_country = ev.source_country.take();
        }
    }
}

/// Forms of التابع (belonging to, normal form) that tie a body to the one it belongs to:
/// `المفوضية التابعة للأمم المتحدة`.
const AFFILIATION_WORDS: &[&str] = &["التابع", "التابعه", "التابعين", "التابعون", "التابعتين"];

/// At most this many title words between the source's name and [`AFFILIATION_WORDS`]
/// (`قائد القوات الخاصة التابعة للجيش`).
const AFFILIATION_WINDOW: usize = 4;

/// True when the target of statement `ev` (roots 01–14) is named in its sentence only as what
/// the source belongs to: right after `التابع/التابعة لـ` that follows the source's name, or
/// its title (`دعت المفوضية التابعة للأمم المتحدة فرنسا إلى`, `أدانت الهيئة التابعة للمنظمة
/// الهجوم`, `أعلن X قائد القوات التابعة للجيش`). The body a source belongs to is no more
/// the object of what it says than its own name is.
fn affiliation_target(
    ev: &Event,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> bool {
    if ev.code.get(..2).is_none_or(|r| r > "14") {
        return false;
    }
    let Some(source) = entity_by_id(entities, ev.source.as_deref()) else {
        return false;
    };
    let Some(target) = entity_by_id(entities, ev.target.as_deref()) else {
        return false;
    };
    if source.id == target.id {
        return false;
    }
    let Some((sent_start, sent_end)) = texts.sentence_span(ev, article) else {
        return false;
    };
    let own_ends: Vec<usize> = source
        .mentions
        .iter()
        .filter(|m| in_event_paragraph(ev, m))
        .filter(|m| sent_start <= m.start && m.end <= sent_end)
        .map(|m| m.end)
        .collect();
    if own_ends.is_empty() {
        return false;
    }
    let Some((tokens, _, inside)) = mentions_in_sentence(ev, target, article, texts) else {
        return false;
    };
    inside.iter().all(|m| {
        let k = tokens.words.partition_point(|w| w.end <= m.start);
        // (The target's word carries the ل: `للأمم`, or `لـ` stands alone before it.)
        let tie = match k.checked_sub(1) {
            Some(j) if AFFILIATION_WORDS.contains(&tokens.norm(j)) => j,
            Some(j) if tokens.norm(j) == "ل" && j > 0 => j - 1,
            _ => return false,
        };
        if !AFFILIATION_WORDS.contains(&tokens.norm(tie)) {
            return false;
        }
        own_ends.iter().any(|&end| {
            let first = tokens.words.partition_point(|w| w.end <= end);
            first <= tie
                && tie - first <= AFFILIATION_WINDOW
                && (first..=tie).all(|j| {
                    tokens
                        .words
                        .get(j)
                        .is_some_and(|w| w.punct_before.is_none())
                })
                && (first..tie).all(|j| {
                    let norm = tokens.norm(j);
                    is_role_word(norm)
                        || names_a_body(norm)
                        || nisba_country(norm).is_some()
                        || TITLE_CHAIN_WORDS.contains(&norm)
                })
        })
    })
}

/// Clears the target of a statement named only as what its source belongs to (see
/// [`affiliation_target`]).
fn clear_affiliation_targets(
    events: &mut [Event],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    clear_targets_where(events, &[], false, |ev, _| {
        affiliation_target(ev, entities, article, texts)
    });
}

/// At most this many words between a word of saying and its speaker's name (the speaker's
/// title: `قال المتحدث باسم الرئاسة X`), and between the name and the `إن`/`:` that opens
/// what the speaker said (the title after the name).
const SPEAKER_WINDOW: usize = 6;

/// Words that end the title between a word of saying and its speaker's name (normal form):
/// a name after them is not the speaker (`قال الرئيس في لقائه مع X`).
const SPEAKER_STOPS: &[&str] = &[
    "مع", "في", "الي", "علي", "عن", "من", "لدي", "عند", "بعد", "قبل",
];

/// Words that open what a speaker said (normal form): `قال X إن …`, `أكد X بأنه …`.
const SAID_OPENERS: &[&str] = &["ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم"];

/// True when the target of statement `ev` (roots 01–14) is a person named in its sentence only
/// as the speaker who tells it: after a word of saying that opens the sentence's clause (a few
/// title words between) and before the `إن`/`أن`/`:` that opens what was said, with the act
/// after that (`وقال أمين عام الرئاسة X: إن القيادة والشعب يدينون العملية`, `أكد الوزير X أن
/// بلاده ترفض`). Who tells of a condemnation is not what it condemns.
fn speaker_target(
    ev: &Event,
    trigger: Option<&Trigger>,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> bool {
    if ev.code.get(..2).is_none_or(|r| r > "14") {
        return false;
    }
    let Some(t) = trigger.map(|t| t.start).filter(|&t| t != usize::MAX) else {
        return false;
    };
    let Some(target) =
        entity_by_id(entities, ev.target.as_deref()).filter(|e| e.kind == EntityType::Person)
    else {
        return false;
    };
    if ev.source.as_deref() == Some(target.id.as_str()) {
        return false;
    }
    let Some((tokens, _, inside)) = mentions_in_sentence(ev, target, article, texts) else {
        return false;
    };
    let at = tokens.words.partition_point(|w| w.end <= t);
    // (A title's words; not a preposition, `في لقائه مع X`, nor what was said, `إن X`.)
    let title = |j: usize| {
        let norm = tokens.norm(j);
        !SPEAKER_STOPS.contains(&norm)
            && !SAID_OPENERS.contains(&bare(norm))
            && !REPORT_CUES.contains(&bare(norm))
    };
    inside.iter().all(|m| {
        let first = tokens.words.partition_point(|w| w.end <= m.start);
        let last = tokens.words.partition_point(|w| w.end <= m.end);
        if last >= at {
            return false;
        }
        // The word of saying, with only the speaker's title between it and the name.
        let said = (first.saturating_sub(SPEAKER_WINDOW + 1)..first)
            .rev()
            .find(|&j| REPORT_CUES.contains(&bare(tokens.norm(j))));
        let Some(said) = said else {
            return false;
        };
        if !(said + 1..first).all(title)
            || (said + 1..=first).any(|j| {
                tokens
                    .words
                    .get(j)
                    .is_some_and(|w| w.punct_before.is_some())
            })
        {
            return false;
        }
        // What was said opens soon after the name, before the act.
        (last..at.min(last + SPEAKER_WINDOW + 1)).any(|j| {
            tokens
                .words
                .get(j)
                .is_some_and(|w| w.punct_before == Some(':'))
                || SAID_OPENERS.contains(&bare(tokens.norm(j)))
        })
    })
}

/// Clears the target of a statement that is only the person who tells it (see
/// [`speaker_target`]).
/// `triggers` are the events' triggers in the same order (nothing is cleared when they are not
/// aligned).
fn clear_speaker_targets(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    clear_targets_where(events, triggers, true, |ev, trigger| {
        speaker_target(ev, trigger, entities, article, texts)
    });
}

/// Words that name who goes along with the doer after the act and its object (normal form,
/// without و): `زار X المصابين يرافقه Y`, `وصلت الطائرة يرافقها فريق من Y`. (Not `برفقة`, which
/// also stands before the object: `زار X برفقة Y المجلس`.)
const COMPANION_CUES: &[&str] = &[
    "يرافقه",
    "يرافقها",
    "يرافقهم",
    "يرافقهما",
    "رافقه",
    "رافقها",
    "رافقهم",
    "يصحبه",
    "يصحبها",
];

/// At most this many words between a word of [`COMPANION_CUES`] and the companion's name
/// (`يرافقه رئيس المجلس البلدي بمنطقة X الدكتور Y`).
const COMPANION_WINDOW: usize = 7;

/// True when the target of statement or cooperation `ev` (roots 01–14) is named in its sentence
/// only as who goes along with the doer: after a word of [`COMPANION_CUES`] before the act's
/// object could come (at most [`COMPANION_WINDOW`] words, no punctuation, no `إلى`/`بالـ`/`للـ`
/// that would open the act's own object). Who accompanies a visit is not what is visited.
fn companion_target(ev: &Event, entities: &[Entity], article: &Article, texts: &mut Texts) -> bool {
    if ev.code.get(..2).is_none_or(|r| r > "14") {
        return false;
    }
    let Some(target) = entity_by_id(entities, ev.target.as_deref()) else {
        return false;
    };
    if ev.source.as_deref() == Some(target.id.as_str()) {
        return false;
    }
    let Some((tokens, _, inside)) = mentions_in_sentence(ev, target, article, texts) else {
        return false;
    };
    inside.iter().all(|m| {
        let first = tokens.words.partition_point(|w| w.end <= m.start);
        let Some(cue) = (first.saturating_sub(COMPANION_WINDOW + 1)..first)
            .rev()
            .find(|&j| COMPANION_CUES.contains(&bare(tokens.norm(j))))
        else {
            return false;
        };
        (cue + 1..=first).all(|j| {
            let norm = tokens.norm(j);
            tokens
                .words
                .get(j)
                .is_some_and(|w| w.punct_before.is_none())
                && (j == first
                    || !(norm == "الي" || norm.starts_with("بال") || norm.starts_with("لل")))
        })
    })
}

/// Clears the target of an event that is only who went along with the doer (see
/// [`companion_target`]).
fn clear_companion_targets(
    events: &mut [Event],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    clear_targets_where(events, &[], false, |ev, _| {
        companion_target(ev, entities, article, texts)
    });
}

/// At most this many words between an invitation noun and its inviter's name (`بدعوة رسمية
/// كريمة من X`).
const INVITER_WINDOW: usize = 5;

/// The sides of invitation `ev` (root 02, the noun `دعوة`) that the sentence's subject
/// received rather than gave (`وصل X إلى المدينة بدعوة من Y`, `تلبية لدعوة Y`, `تلقى X دعوة
/// رسمية من Y`): `Some(Some(inviter))` when the target is named at most [`INVITER_WINDOW`]
/// words after the noun with no punctuation between (the inviter, who becomes the source),
/// `Some(None)` when it is not (the inviter is not named); `None` when the rule does not apply
/// (also when the source is the one named there, or after `قام X بدعوة Y`, X inviting).
fn received_invitation<'e>(
    ev: &Event,
    trigger: &Trigger,
    entities: &'e [Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<Option<&'e Entity>> {
    if ev.code.get(..2) != Some("02") || !trigger.noun || trigger.start == usize::MAX {
        return None;
    }
    let (sent_start, sent_end) = texts.sentence_span(ev, article)?;
    let tokens = texts.tokens(article, ArticlePart::Body, ev.paragraph)?;
    let t = tokens.words.partition_point(|w| w.end <= trigger.start);
    tokens.words.get(t).filter(|w| w.start == trigger.start)?;
    let noun = bare(tokens.norm(t));
    let answered = |j: usize| matches!(bare(tokens.norm(j)), "تلبيه" | "استجابه");
    // (`قام X بدعوة Y` is X inviting.)
    let did = (t.saturating_sub(3)..t).any(|j| bare(tokens.norm(j)).starts_with("قام"));
    let received = noun == "بدعوه" && !did
        || noun == "لدعوه" && t > 0 && answered(t - 1)
        || noun == "دعوه"
            && (t.saturating_sub(3)..t).any(|j| {
                tokens.words.get(j).is_some_and(|w| w.start >= sent_start)
                    && bare(tokens.norm(j)).starts_with("تلق")
            });
    if !received {
        return None;
    }
    let named_after = |e: &&Entity| {
        e.mentions.iter().any(|m| {
            if !in_event_paragraph(ev, m) || m.start < sent_start || m.end > sent_end {
                return false;
            }
            let k = tokens.words.partition_point(|w| w.end <= m.start);
            k > t
                && k - t <= INVITER_WINDOW
                && (t + 1..=k).all(|j| {
                    // (An opening quote mark may stand before the name: `بدعوة من «X»`.)
                    tokens
                        .words
                        .get(j)
                        .is_some_and(|w| matches!(w.punct_before, None | Some('«' | '"')))
                })
        })
    };
    // The source named there is already the inviter.
    if entity_by_id(entities, ev.source.as_deref()).is_some_and(|e| named_after(&e)) {
        return None;
    }
    Some(entity_by_id(entities, ev.target.as_deref()).filter(named_after))
}

/// Turns an invitation the sentence's subject received (see [`received_invitation`]) around:
/// the inviter named after the noun is the source and the one invited the target; with no
/// inviter named, the one invited (the engine's source) is the target and the source none.
fn received_invitations(
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
        match received_invitation(ev, trigger, entities, article, texts) {
            Some(Some(_)) => {
                swap_actors(ev);
            }
            Some(None) if ev.source.is_some() => {
                ev.target = ev.source.take();
                ev.target_country = ev.source_country.take();
            }
            _ => {}
        }
    }
}

/// Verbs whose root opens with و, without it (normal form): `وقعت`, `وصلت`, `وافق` are no و
/// joined to a verb.
const ROOT_WAW: &[&str] = &[
    "قعت", "صلت", "جهت", "عدت", "ضعت", "قفت", "صفت", "زعت", "ردت", "افق", "افقت", "اصل", "اصلت",
    "قعا", "صلا", "جها", "ضعا", "فرت", "ثقت", "طدت", "حدت",
];

/// The subject of the clause a coordinated verb continues, for statement `ev` (roots 01–14)
/// with no source whose trigger is a verb joined by و with no subject of its own (`قال X إن
/// الهجوم جبان ودعا إلى`, `أدان X الهجوم وطالب بـ`): the actor named right after the
/// sentence's first word of saying or other verb trigger before it (at most
/// [`OWN_SIDE_LEAD`] titles between). None when the word after the verb opens no object (a
/// preposition, a word on ب or ل, the target's name): it may be the verb's own subject
/// (`وطالب عدد من النواب`); when the subject is the target, or when an actor is named after an
/// `إن`/`أن` between the subject and the verb (`قال X إن Y أدان … ودعا`: the verb is Y's).
fn coordinated_verb_source<'e>(
    ev: &Event,
    trigger: &Trigger,
    verbs: &[(usize, usize)],
    entities: &'e [Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<&'e Entity> {
    if ev.source.is_some()
        || ev.code.get(..2).is_none_or(|r| r > "14")
        || trigger.noun
        || trigger.start == usize::MAX
    {
        return None;
    }
    let (sent_start, sent_end) = texts.sentence_span(ev, article)?;
    let tokens = texts.tokens(article, ArticlePart::Body, ev.paragraph)?;
    let t = tokens.words.partition_point(|w| w.end <= trigger.start);
    tokens.words.get(t).filter(|w| w.start == trigger.start)?;
    let norm = tokens.norm(t);
    // (و joined to the verb, not its root's first letter: `وصل`, `وقعت`, `وافق`.)
    let verb = bare(norm);
    if !norm.starts_with('و')
        || verb == norm
        || verb.chars().count() < 3
        || ROOT_WAW.contains(&verb)
    {
        return None;
    }
    let mentions: Vec<(usize, usize, &Entity)> = entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(move |m| (m, e)))
        .filter(|(m, _)| in_event_paragraph(ev, m) && sent_start <= m.start && m.end <= sent_end)
        .map(|(m, e)| (m.start, m.end, e))
        .collect();
    let starts_name = |j: usize| {
        tokens
            .words
            .get(j)
            .is_some_and(|w| mentions.iter().any(|&(a, b, _)| a <= w.start && w.end <= b))
    };
    // No subject of its own: a preposition, a word on ب or ل or the target's name (its object)
    // right after the verb (`ودعا إلى`, `وطالب بالإفراج`, `ودعا X إلى` with X the target).
    let object = |j: usize| {
        tokens.words.get(j).is_some_and(|w| {
            mentions.iter().any(|&(a, b, e)| {
                a <= w.start && w.end <= b && ev.target.as_deref() == Some(e.id.as_str())
            })
        })
    };
    let next = tokens.norm(t + 1);
    if !(object(t + 1)
        || OBJECT_COMPLEMENTS.contains(&next)
        || (next.starts_with('ب') || next.starts_with('ل')) && !starts_name(t + 1))
    {
        return None;
    }
    let verb_at = |j: usize| {
        tokens.words.get(j).is_some_and(|w| {
            REPORT_CUES.contains(&bare(tokens.norm(j))) || verbs.contains(&(ev.paragraph, w.start))
        })
    };
    let anchor = (0..t)
        .find(|&j| tokens.words.get(j).is_some_and(|w| w.start >= sent_start) && verb_at(j))?;
    let first = (anchor + 1..t)
        .take(OWN_SIDE_LEAD + 1)
        .find(|&j| starts_name(j))?;
    if !(anchor + 1..first).all(|j| title_word(tokens.norm(j))) {
        return None;
    }
    let at = tokens.words.get(first)?.start;
    let &(_, subject_end, subject) = mentions
        .iter()
        .filter(|&&(a, b, _)| a <= at && at < b)
        .max_by_key(|&&(a, b, _)| b - a)?;
    if ev.target.as_deref() == Some(subject.id.as_str()) {
        return None;
    }
    let end = tokens.words.partition_point(|w| w.end <= subject_end);
    // Another verb with a subject of its own between them owns the verb.
    if (end..t).any(|j| verb_at(j) && (j + 1..t).take(OWN_SIDE_LEAD + 1).any(starts_name)) {
        return None;
    }
    // So does another actor named in what the subject said.
    if let Some(opener) = (end..t).find(|&j| SAID_OPENERS.contains(&bare(tokens.norm(j)))) {
        let clause = tokens.words.get(opener)?.end;
        if mentions
            .iter()
            .any(|&(a, _, e)| clause <= a && a < trigger.start && e.id != subject.id)
        {
            return None;
        }
    }
    Some(subject)
}

/// Gives a statement told by a coordinated verb with no subject of its own the subject of the
/// clause it continues (see [`coordinated_verb_source`]); a named source is never replaced.
/// `triggers` are the events' triggers in the same order (nothing is done when they are not
/// aligned).
fn coordinated_verb_sources(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    if triggers.len() != events.len() {
        return;
    }
    let verbs: Vec<(usize, usize)> = events
        .iter()
        .zip(triggers)
        .filter(|(_, t)| !t.noun && t.start != usize::MAX)
        .map(|(ev, t)| (ev.paragraph, t.start))
        .collect();
    for (ev, trigger) in events.iter_mut().zip(triggers) {
        if let Some(subject) =
            coordinated_verb_source(ev, trigger, &verbs, entities, article, texts)
        {
            ev.source = Some(subject.id.clone());
            ev.source_country = subject.country.clone();
        }
    }
}

/// At most this many words between `أن`/`إن` and the verb of a reported statement: its subject.
const REPORTED_SUBJECT_WINDOW: usize = 6;

/// The subject of condemnation or rejection `ev` (roots 11–12) told in a reported clause with
/// its subject before its verb (`قال المتحدث باسم الوزارة X إن الولايات المتحدة تستنكر هذا
/// العمل`, `أكدت الوزارة أن المملكة المغربية تدين`): the actor first named between `أن`/`إن`
/// (also `بأن`) and the verb trigger, when only names, titles and body heads stand there, at
/// most [`REPORTED_SUBJECT_WINDOW`] words, with no punctuation; with the char where the
/// clause's `أن` starts.
fn reported_subject<'e>(
    ev: &Event,
    trigger: &Trigger,
    entities: &'e [Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<(&'e Entity, usize)> {
    if trigger.start == usize::MAX || trigger.noun {
        return None;
    }
    let (sent_start, sent_end) = texts.sentence_span(ev, article)?;
    let tokens = texts.tokens(article, ArticlePart::Body, ev.paragraph)?;
    let t = tokens.words.partition_point(|w| w.end <= trigger.start);
    if tokens.words.get(t).is_none_or(|w| w.start != trigger.start) {
        return None;
    }
    let mentions: Vec<(usize, usize, &Entity)> = entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(move |m| (m, e)))
        .filter(|(m, _)| in_event_paragraph(ev, m) && sent_start <= m.start && m.end <= sent_end)
        .map(|(m, e)| (m.start, m.end, e))
        .collect();
    let mut k = t;
    let that = loop {
        if k == 0 || t - k > REPORTED_SUBJECT_WINDOW {
            return None;
        }
        k -= 1;
        let w = tokens.words.get(k)?;
        if w.start < sent_start {
            return None;
        }
        let norm = tokens.norm(k);
        if matches!(norm, "ان" | "بان" | "وان") {
            break k;
        }
        if tokens
            .words
            .get(k + 1)
            .is_some_and(|n| n.punct_before.is_some())
        {
            return None;
        }
        let named = mentions.iter().any(|&(a, b, _)| a <= w.start && w.end <= b);
        if !(named || title_word(norm) || names_a_body(norm)) {
            return None;
        }
    };
    if that + 1 == t {
        return None;
    }
    let from = tokens.words.get(that)?;
    let (that_start, that_end) = (from.start, from.end);
    let subject = mentions
        .iter()
        .filter(|&&(a, _, _)| that_end <= a && a < trigger.start)
        .min_by_key(|&&(a, _, _)| a)
        .map(|&(_, _, e)| e)?;
    Some((subject, that_start))
}

/// Gives a condemnation or rejection told in a reported clause to the clause's own subject
/// (see [`reported_subject`]): the reporter before `أن` (a ministry, its spokesman) is not who
/// condemns, and a target named only in the reporting frame before `أن` (`المتحدث باسم
/// وزارة الخارجية الأمريكية` → the State Department) or the subject itself is none.
/// `triggers` are the events' triggers in the same order (nothing is done when they are not
/// aligned).
fn reported_subject_sources(
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
        if !matches!(ev.code.get(..2), Some("11" | "12")) {
            continue;
        }
        let Some((subject, that)) = reported_subject(ev, trigger, entities, article, texts) else {
            continue;
        };
        let Some((sent_start, sent_end)) = texts.sentence_span(ev, article) else {
            continue;
        };
        let in_frame = entity_by_id(entities, ev.target.as_deref()).is_some_and(|e| {
            let inside: Vec<&Mention> = e
                .mentions
                .iter()
                .filter(|m| in_event_paragraph(ev, m) && sent_start <= m.start && m.end <= sent_end)
                .collect();
            !inside.is_empty() && inside.iter().all(|m| m.end <= that)
        });
        if in_frame || ev.target.as_deref() == Some(subject.id.as_str()) {
            clear_actor(ev, true);
        }
        if ev.source.as_deref() != Some(subject.id.as_str()) {
            ev.source = Some(subject.id.clone());
            ev.source_country = subject.country.clone();
        }
    }
}

/// At most this many words of the source's title chain after its name (`X الأمين العام
/// المساعد للجامعة العربية`).
const OWN_SIDE_CHAIN: usize = 9;

/// At most this many words (honorifics, titles) between a verb and its subject's name
/// (`أدان السفير الدكتور X`).
const OWN_SIDE_LEAD: usize = 3;

/// Words of a title chain besides titles, body heads, nationalities and names (normal form):
/// `الأمين العام المساعد`, `عميد الجالية`.
const OWN_SIDE_WORDS: &[&str] = &[
    "المساعد",
    "العام",
    "الاعلي",
    "الجاليه",
    "الجاليات",
    "لشوون",
    "الشوون",
    "السابق",
    "الاسبق",
    "خارجيه",
    "الخارجيه",
    "داخليه",
    "الداخليه",
    "وزراء",
    "الوزراء",
];

/// Words right after a person's title chain that make the chain the verb's object, not the
/// subject's title (normal form): `دعا X الأمين العام للأمم المتحدة إلى`.
const OBJECT_COMPLEMENTS: &[&str] = &["الي", "علي", "عن", "من", "ان", "بان", "لان", "في"];

/// The side of a statement's source named in the title chain after the source's name, with
/// the verb's object named right after that chain (see [`own_side_targets`]): `Some(None)`
/// when the target of `ev` is named in its sentence only inside that chain and no actor
/// starts the object, `Some(Some(entity))` when one does; `None` when the rule does not
/// apply. Statements of roots 01–03, 05–06 and 10–14 with a verb trigger whose subject, a
/// person, is named right after the verb (at most [`OWN_SIDE_LEAD`] honorifics or titles
/// between): `دعا الدكتور X مفتي Y كافة الدول` (Y is X's state, not whom he calls on),
/// `استنكر السفير X الأمين العام المساعد للجامعة العربية لشؤون Z، التفجير` (the League is
/// his own body), `أكد X الأمين العام لمجلس Y اليوم حرص`. The chain opens with a title
/// right after the name (or the name's mention ends in one: an entity `X مفتي`), holds only
/// titles, body heads, nationalities, names and [`OWN_SIDE_WORDS`], at most
/// [`OWN_SIDE_CHAIN`] words, no word joined by و and no other person; the target's word
/// before it is a title or a body; and the word after the chain opens no complement of an
/// object ([`OBJECT_COMPLEMENTS`], a word on ب: `حث X وزير الخارجية Y على`, `اتهم X رئيس Y
/// بالفساد` keep Y), unless a comma or a parenthesis closes the chain.
fn own_side_target<'e>(
    ev: &Event,
    trigger: &Trigger,
    entities: &'e [Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<Option<&'e Entity>> {
    if !matches!(
        ev.code.get(..2),
        Some("01" | "02" | "03" | "05" | "06" | "10" | "11" | "12" | "13" | "14")
    ) {
        return None;
    }
    if trigger.start == usize::MAX || trigger.noun {
        return None;
    }
    let source =
        entity_by_id(entities, ev.source.as_deref()).filter(|e| e.kind == EntityType::Person)?;
    let target = entity_by_id(entities, ev.target.as_deref()).filter(|e| e.id != source.id)?;
    let (sent_start, sent_end) = texts.sentence_span(ev, article)?;
    let here =
        |m: &&Mention| in_event_paragraph(ev, m) && sent_start <= m.start && m.end <= sent_end;
    let mentions: Vec<(&Entity, &Mention)> = entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(move |m| (e, m)))
        .filter(|(_, m)| here(m))
        .collect();
    let tokens = texts.tokens(article, ArticlePart::Body, ev.paragraph)?;
    let verb = tokens.words.partition_point(|w| w.end <= trigger.start);
    if tokens
        .words
        .get(verb)
        .is_none_or(|w| w.start != trigger.start)
    {
        return None;
    }
    // The subject's name right after the verb.
    let name = source
        .mentions
        .iter()
        .filter(here)
        .filter(|m| m.start > trigger.start)
        .min_by_key(|m| m.start)?;
    let first = tokens.words.partition_point(|w| w.end <= name.start);
    if first <= verb || first - verb - 1 > OWN_SIDE_LEAD {
        return None;
    }
    for k in verb + 1..=first {
        let w = tokens.words.get(k)?;
        if w.punct_before.is_some() {
            return None;
        }
        let norm = tokens.norm(k);
        if k < first && !(title_word(norm) || title_word(bare(norm)) || norm == "د") {
            return None;
        }
    }
    let after = tokens.words.partition_point(|w| w.start < name.end);
    let name_ends_in_title = after > first + 1 && {
        let last = bare(tokens.norm(after - 1));
        title_word(last) || DOER_TITLE_WORDS.contains(&last)
    };
    let in_mention = |w: &crate::entities::tokens::Token| {
        mentions
            .iter()
            .find(|(_, m)| m.start <= w.start && w.end <= m.end)
            .map(|(e, _)| *e)
    };
    let target_end = target
        .mentions
        .iter()
        .filter(here)
        .filter(|m| m.start >= name.end)
        .map(|m| m.end)
        .max();
    // The title chain.
    let mut end = after;
    let mut closed = false;
    while end < tokens.words.len() && end - after < OWN_SIDE_CHAIN {
        let w = tokens.words.get(end)?;
        if w.start >= sent_end {
            break;
        }
        if let Some(p) = w.punct_before {
            if end == after && matches!(p, '،' | ',') {
                // (`X، مفتي Y`: the chain after a comma.)
            } else {
                closed = matches!(p, '،' | ',' | '(' | ')');
                break;
            }
        }
        let norm = tokens.norm(end);
        // (`وزير` is a title, `ووزير` a title joined by و.)
        if norm.starts_with('و') && bare(norm) != norm && !title_word(norm) {
            return None;
        }
        let named = in_mention(w);
        if named.is_some_and(|e| e.kind == EntityType::Person && e.id != source.id) {
            return None;
        }
        // (After the target, a definite name of another actor is the verb's object: `مفتي Y
        // الحكومة الفلانية`.)
        if named.is_some_and(|e| e.id != source.id && e.id != target.id)
            && norm.starts_with("ال")
            && target_end.is_some_and(|t_end| t_end <= w.start)
        {
            break;
        }
        let b = bare(norm);
        let fits = named.is_some()
            || title_word(norm)
            || title_word(b)
            || names_a_body(norm)
            || names_a_body(b)
            || OWN_SIDE_WORDS.contains(&b)
            || DOER_TITLE_WORDS.contains(&b);
        if !fits {
            break;
        }
        end += 1;
    }
    if end == after {
        return None;
    }
    let opens = tokens.words.get(after).is_some_and(|w| {
        let norm = tokens.norm(after);
        in_mention(w).is_none_or(|e| e.id != target.id)
            && (title_word(norm)
                || title_word(bare(norm))
                || DOER_TITLE_WORDS.contains(&bare(norm)))
    });
    if !opens && !name_ends_in_title {
        return None;
    }
    let chain_start = tokens.words.get(after)?.start;
    let chain_end = tokens.words.get(end - 1)?.end;
    let named: Vec<&Mention> = target.mentions.iter().filter(here).collect();
    if named.is_empty()
        || !named
            .iter()
            .all(|m| chain_start <= m.start && m.end <= chain_end)
    {
        return None;
    }
    // The target follows a title or a body in the chain (or the title the name ends in).
    let after_title = named.iter().all(|m| {
        let k = tokens.words.partition_point(|w| w.end <= m.start);
        k > 0 && {
            let prev = tokens.norm(k - 1);
            (k == after && name_ends_in_title)
                || (k > after
                    && (title_word(prev)
                        || title_word(bare(prev))
                        || names_a_body(prev)
                        || OWN_SIDE_WORDS.contains(&bare(prev))
                        || DOER_TITLE_WORDS.contains(&bare(prev))))
        }
    });
    if !after_title {
        return None;
    }
    // The verb's object after the chain.
    let next = tokens.words.get(end).filter(|w| w.start < sent_end)?;
    if !closed {
        let norm = tokens.norm(end);
        if OBJECT_COMPLEMENTS.contains(&norm) || (norm.starts_with('ب') && norm != "بشده") {
            return None;
        }
    }
    let object = mentions
        .iter()
        .find(|(e, m)| m.start == next.start && e.id != source.id && e.id != target.id)
        .map(|(e, _)| *e);
    Some(object)
}

/// Settles the target of a statement named only in its source's own title chain (see
/// [`own_side_target`]): the actor that starts the verb's object right after the chain, else
/// none. A party is never the target of its own statement: such a target is the source's state
/// or body, named to say who the speaker is. `triggers` are the events' triggers in the same
/// order (nothing is done when they are not aligned).
fn own_side_targets(
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
        if let Some(object) = own_side_target(ev, trigger, entities, article, texts) {
            ev.target = object.map(|e| e.id.clone());
            ev.target_country = object.and_then(|e| e.country.clone());
        }
    }
}

/// True when the target of `ev`, a statement (roots 01–03, 05–06, 10–14) whose source is a
/// person of a known country, is that country's state itself: `وحذر X المشرعين من أن رفض
/// الاتفاق يهدد مصداقية Y` (Y, X's own state, is named as what is at stake), `أعرب الملك X عن
/// إدانته … مؤكدا وقوف Y`. An official's statement is never aimed at his own state; a
/// minister criticizing his own government names the government, a body.
fn own_country_target(ev: &Event, entities: &[Entity]) -> bool {
    if !matches!(
        ev.code.get(..2),
        Some("01" | "02" | "03" | "05" | "06" | "10" | "11" | "12" | "13" | "14")
    ) {
        return false;
    }
    let Some(source) =
        entity_by_id(entities, ev.source.as_deref()).filter(|e| e.kind == EntityType::Person)
    else {
        return false;
    };
    let Some(country) = ev.source_country.as_deref().or(source.country.as_deref()) else {
        return false;
    };
    entity_by_id(entities, ev.target.as_deref())
        .is_some_and(|target| is_state_of(entities, target, country))
}

/// Clears the target of a statement when it is its source's own state (see
/// [`own_country_target`]).
fn clear_own_country_targets(events: &mut [Event], entities: &[Entity]) {
    clear_targets_where(events, &[], false, |ev, _| own_country_target(ev, entities));
}

/// Words after which a name is who leads a body, a force or a session (normal form): `التحالف
/// بقيادة X`, `وفد برئاسة X`, `التحالف الذي تقوده X`.
const LEADER_CUES: &[&str] = &[
    "بقياده",
    "برياسه",
    "بزعامه",
    "تقوده",
    "يقوده",
    "تقودها",
    "يقودها",
    "يتزعمه",
    "تتزعمه",
    "يتزعمها",
    "تتزعمها",
];

/// Title words at most between a leader cue and the leader's name (`بقيادة العميد الركن X`).
const LEADER_WINDOW: usize = 4;

/// True when the target of `ev` is named in its sentence only as the leader of someone
/// (`سمحت تركيا للتحالف بقيادة الولايات المتحدة باستخدام قاعدة`, `قصفت مقاتلات التحالف الذي
/// تقوده المملكة مواقع`, `قررت الحكومة برئاسة X`): right after a leader cue
/// ([`LEADER_CUES`]), with at most [`LEADER_WINDOW`] title words between. The led body, not
/// its leader, is who the act concerns, and the leader is no object of it. Meetings (root
/// 04) are left alone: whom a delegation's head meets is coded with the head (`التقى الوزير
/// وفدا برئاسة X`).
fn led_target(ev: &Event, entities: &[Entity], article: &Article, texts: &mut Texts) -> bool {
    if ev.code.starts_with("04") {
        return false;
    }
    let Some(target) = entity_by_id(entities, ev.target.as_deref()) else {
        return false;
    };
    if !["قياد", "رئاس", "يقود", "تقود", "زعام", "تزعم"]
        .iter()
        .any(|c| ev.sentence.contains(c))
    {
        return false;
    }
    let Some((tokens, _, inside)) = mentions_in_sentence(ev, target, article, texts) else {
        return false;
    };
    inside.iter().all(|m| {
        let k = tokens.words.partition_point(|w| w.end <= m.start);
        (k.saturating_sub(LEADER_WINDOW + 1)..k)
            .rev()
            .take_while(|&j| {
                tokens
                    .words
                    .get(j + 1)
                    .is_some_and(|w| j + 1 == k || w.punct_before.is_none())
            })
            .find(|&j| LEADER_CUES.contains(&bare(tokens.norm(j))) || !title_word(tokens.norm(j)))
            .is_some_and(|j| LEADER_CUES.contains(&bare(tokens.norm(j))))
    })
}

/// Clears the targets named only as someone's leader (see [`led_target`]).
fn clear_led_targets(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    clear_targets_where(events, triggers, false, |ev, _| {
        led_target(ev, entities, article, texts)
    });
}

/// Verbal nouns of a stance whose genitive, after `أعرب/عبّر عن`, is who holds it (normal
/// form, no article): `أعربت الوزارة عن إدانة المملكة للهجوم`.
const STANCE_NOUNS: &[&str] = &[
    "ادانه",
    "استنكار",
    "ترحيب",
    "تنديد",
    "شجب",
    "قلق",
    "رفض",
    "تاييد",
    "دعم",
    "تضامن",
    "اسف",
    "ارتياح",
    "تقدير",
];

/// Letters of each [`STANCE_NOUNS`] noun as the raw text spells it whatever its hamza and
/// final letter (the cheap test of [`expressed_stance_sources`]).
const STANCE_LETTERS: &[&str] = &[
    "دان",
    "ستنكار",
    "ترحيب",
    "تنديد",
    "شجب",
    "قلق",
    "رفض",
    "يي",
    "دعم",
    "تضامن",
    "سف",
    "رتياح",
    "تقدير",
];

/// Verbs of expressing that take `عن` and a stance (normal form, without و/ف).
const EXPRESS_VERBS: &[&str] = &[
    "اعرب",
    "اعربت",
    "عبر",
    "عبرت",
    "يعرب",
    "تعرب",
    "يعبر",
    "تعبر",
];

/// Words before `عن` within which [`EXPRESS_VERBS`] is looked for.
const EXPRESS_WINDOW: usize = 12;

/// The char where the mention of the target of `ev` right after a stance noun ends, when the
/// clause reads `أعرب/عبّر [X] عن <stance> <target>` (see
/// [`expressed_stance_sources`]), with the event's trigger (when known) between the verb and
/// the noun; `None` otherwise.
fn stance_holder(
    ev: &Event,
    trigger: Option<&Trigger>,
    target: &Entity,
    article: &Article,
    texts: &mut Texts,
) -> Option<usize> {
    let t = trigger.map(|t| t.start).filter(|&t| t != usize::MAX);
    let (tokens, _, inside) = mentions_in_sentence(ev, target, article, texts)?;
    inside.iter().find_map(|m| {
        let k = tokens.words.partition_point(|w| w.end <= m.start);
        let noun = k.checked_sub(1)?;
        let about = noun.checked_sub(1)?;
        let at = |i: usize| tokens.words.get(i);
        if at(k)?.start != m.start
            || at(k)?.punct_before.is_some()
            || at(noun)?.punct_before.is_some()
            || !STANCE_NOUNS.contains(&tokens.norm(noun))
            || tokens.norm(about) != "عن"
        {
            return None;
        }
        let mut verb = None;
        for i in (about.saturating_sub(EXPRESS_WINDOW)..about).rev() {
            if at(i + 1).is_some_and(|w| matches!(w.punct_before, Some('.' | '؛' | ':'))) {
                break;
            }
            if EXPRESS_VERBS.contains(&bare(tokens.norm(i))) {
                verb = Some(i);
                break;
            }
        }
        let verb = at(verb?)?;
        let noun_at = at(noun)?;
        // (The longest mention there: `المملكة العربية السعودية`, not `المملكة`.)
        let end = inside
            .iter()
            .filter(|o| o.start == m.start)
            .map(|o| o.end)
            .max()?;
        t.is_none_or(|t| verb.start <= t && t <= noun_at.start)
            .then_some(end)
    })
}

/// Words after a stance's holder within which [`stance_object_doer`] looks for the act the
/// stance is about (`إدانة المملكة واستنكارها الشديدين للهجوم`).
const STANCE_OBJECT_REACH: usize = 4;

/// The doer of the act a stance is about, named in a relative clause after it ([`relative_doer`]):
/// `… عن إدانة المملكة للهجوم الذي نفذته قوات X` (X). The act is the first word with `لل` at
/// most [`STANCE_OBJECT_REACH`] words after the holder's mention ending at char `holder_end`,
/// no punctuation between.
fn stance_object_doer<'e>(
    ev: &Event,
    holder_end: usize,
    entities: &'e [Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<&'e Entity> {
    let tokens = texts.tokens(article, ArticlePart::Body, ev.paragraph)?;
    let first = tokens.words.partition_point(|w| w.start < holder_end);
    let mut act = None;
    for k in first..(first + STANCE_OBJECT_REACH).min(tokens.words.len()) {
        let w = tokens.words.get(k)?;
        if w.punct_before.is_some() {
            return None;
        }
        if bare(tokens.norm(k)).starts_with("لل") {
            act = Some(w.start);
            break;
        }
    }
    relative_doer(ev, act?, entities, article, texts)
}

/// Makes the holder of an expressed stance its source: `أعربت وزارة الخارجية عن إدانة
/// المملكة للهجوم` (the Kingdom condemns), `عبّر الوزير X عن استنكار بلاده`, `أعرب عن ترحيب
/// أمريكا بالخطوات التي اتخذها X` — the engine takes the genitive after the stance noun for
/// its object. The old source becomes the target when it is named after the holder (the
/// object, `… بالخطوات التي اتخذها X`), else the doer of the act the stance is about
/// ([`stance_object_doer`]), else there is none (the speaker who tells of the stance is the
/// holder's own minister or ministry).
fn expressed_stance_sources(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    let aligned = triggers.len() == events.len();
    for (k, ev) in events.iter_mut().enumerate() {
        let trigger = if aligned { triggers.get(k) } else { None };
        // (First the cheap test: `عن` and a stance noun's letters in the sentence.)
        if !ev.sentence.contains("عن") || !STANCE_LETTERS.iter().any(|l| ev.sentence.contains(l))
        {
            continue;
        }
        let Some(target) = entity_by_id(entities, ev.target.as_deref()) else {
            continue;
        };
        if ev.source.as_deref() == Some(target.id.as_str()) {
            continue;
        }
        let Some(holder_end) = stance_holder(ev, trigger, target, article, texts) else {
            continue;
        };
        let Some((sent_start, sent_end)) = texts.sentence_span(ev, article) else {
            continue;
        };
        let object = entity_by_id(entities, ev.source.as_deref()).filter(|s| {
            s.mentions
                .iter()
                .any(|m| in_event_paragraph(ev, m) && holder_end <= m.start && m.end <= sent_end)
                && !s.mentions.iter().any(|m| {
                    in_event_paragraph(ev, m) && sent_start <= m.start && m.end <= holder_end
                })
        });
        let (new_target, new_target_country) = match object {
            Some(o) => (Some(o.id.clone()), ev.source_country.clone()),
            None => match stance_object_doer(ev, holder_end, entities, article, texts)
                .filter(|d| d.id != target.id)
            {
                Some(d) => (Some(d.id.clone()), d.country.clone()),
                None => (None, None),
            },
        };
        ev.source = ev.target.take();
        ev.source_country = ev.target_country.take();
        ev.target = new_target;
        ev.target_country = new_target_country;
    }
}

/// First words (normal form, without the article) of a body that can stand against its own
/// state: an armed or rebel group, a party, an opposition, a front (`حركة طالبان الأفغانية`,
/// `المعارضة السورية`).
const NON_STATE_HEADS: &[&str] = &[
    "جماعه",
    "حركه",
    "تنظيم",
    "حزب",
    "ميليشيا",
    "ميليشيات",
    "مليشيا",
    "مليشيات",
    "جبهه",
    "معارضه",
    "ايتلاف",
    "تحالف",
    "ثوار",
    "كتايب",
    "سرايا",
    "مقاومه",
    "فصايل",
    "متمردي",
    "متمردين",
];

/// Legislatures by the first words of their names (normal form): [`own_state_target`] leaves
/// them their own state as a target.
const LEGISLATURES: &[&str] = &[
    "البرلمان",
    "برلمان",
    "مجلس النواب",
    "مجلس الشعب",
    "مجلس الامه",
    "مجلس الشيوخ",
    "مجلس الشوري",
    "الكونغرس",
    "الكونجرس",
];

/// True when the target of `ev` is the state whose organ its source is: the source is a body
/// whose name carries that state's nationality (`الحكومة اليونانية`, `القيادة الفلسطينية`,
/// `مجلس النواب الليبي`, `القوات العراقية`) and heads no group that can stand against it
/// ([`NON_STATE_HEADS`], `الحر`) nor a legislature ([`LEGISLATURES`]), and the target is that
/// state itself. A state's organ does
/// not act on its own state: such a target is the nationality of the source's name, a venue
/// (`اجتماع القيادة الفلسطينية` coded as a meeting with Palestine) or the state of the clause
/// beside, never whom the act is aimed at.
fn own_state_target(ev: &Event, entities: &[Entity]) -> bool {
    let Some(source) =
        entity_by_id(entities, ev.source.as_deref()).filter(|e| e.kind == EntityType::Organization)
    else {
        return false;
    };
    let Some(country) = source.country.as_deref() else {
        return false;
    };
    let state_target = entity_by_id(entities, ev.target.as_deref())
        .is_some_and(|t| t.id != source.id && is_state_of(entities, t, country));
    if !state_target {
        return false;
    }
    let norm = normalize_phrase(&source.name);
    let head = name_head(&norm);
    if NON_STATE_HEADS.contains(&head) || norm.split(' ').any(|w| w == "الحر") {
        return false;
    }
    // (A legislature acting on its own state acts on its government, as the annotation guide
    // codes it: `طالب البرلمان X الحكومة` is the parliament → the state.)
    if LEGISLATURES.iter().any(|l| norm.starts_with(l)) {
        return false;
    }
    norm.split(' ')
        .skip(1)
        .any(|w| nisba_country(w) == Some(country))
}

/// Clears the target of an event when it is the state whose organ the source is (see
/// [`own_state_target`]): a wrong target is a false event and a missed one, so none is better.
fn clear_own_state_targets(events: &mut [Event], entities: &[Entity]) {
    clear_targets_where(events, &[], false, |ev, _| own_state_target(ev, entities));
}

/// Makes the person a visit (root 042) was given as the target of its source when it has
/// none: the engine reads the name after a visit's verb or noun as its object, but a person
/// named there is who travels (`زيارة الأمير X إلى مصر`, `وصل إلى عدن نائب الرئيس X`, `زار
/// فيه الرئيس X المملكة`); what is visited is a place or a state, and a visit to a person
/// has its host as the source (`استقبل`, root 043). The state the visit goes to, when `إلى`
/// names it after the person in the sentence ([`visit_destination`]), becomes the target.
fn visitor_sources(
    events: &mut [Event],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    for ev in events.iter_mut() {
        if ev.source.is_some() || !ev.code.starts_with("042") {
            continue;
        }
        let Some(person) =
            entity_by_id(entities, ev.target.as_deref()).filter(|e| e.kind == EntityType::Person)
        else {
            continue;
        };
        let destination = visit_destination(ev, person, entities, article, texts);
        ev.source = ev.target.take();
        ev.source_country = ev.target_country.take();
        if let Some(state) = destination {
            ev.target = Some(state.id.clone());
            ev.target_country = state.country.clone();
        }
    }
}

/// Words after the person's mention within which [`visit_destination`] looks for `إلى`.
const DESTINATION_WINDOW: usize = 16;

/// The state a visitor's visit goes to: the first state entity of the article named after
/// `إلى` (or `إلى جمهورية`, `إلى دولة`, `إلى المملكة`) within [`DESTINATION_WINDOW`] words after
/// `person`'s mention in the sentence of `ev`, before any `.`, `؛` or `:`; not the visitor's
/// own state (a return home).
fn visit_destination<'e>(
    ev: &Event,
    person: &Entity,
    entities: &'e [Entity],
    article: &Article,
    texts: &mut Texts,
) -> Option<&'e Entity> {
    let (_, sent_end) = texts.sentence_span(ev, article)?;
    let (tokens, _, inside) = mentions_in_sentence(ev, person, article, texts)?;
    let first_after = {
        let end = inside.iter().map(|m| m.end).min()?;
        tokens.words.partition_point(|w| w.start < end)
    };
    let last = (first_after + DESTINATION_WINDOW).min(tokens.words.len());
    let mut k = first_after;
    while k < last {
        let w = tokens.words.get(k)?;
        if w.end > sent_end || matches!(w.punct_before, Some('.' | '؛' | ':')) {
            return None;
        }
        if tokens.norm(k) == "الي" {
            let mut at = k + 1;
            if matches!(tokens.norm(at), "جمهوريه" | "دوله" | "المملكه") {
                at += 1;
            }
            let word = tokens.words.get(at)?;
            return entities.iter().find(|e| {
                e.kind == EntityType::Location
                    && e.country.is_some()
                    && e.country != person.country
                    && e.country
                        .as_deref()
                        .and_then(|c| state_entity(entities, c))
                        .is_some_and(|s| s.id == e.id)
                    && e.mentions.iter().any(|m| {
                        in_event_paragraph(ev, m) && m.start <= word.start && word.start < m.end
                    })
            });
        }
        k += 1;
    }
    None
}

/// Nouns of a visit or a meeting (normal form, without و/ف and ب/ل) whose genitive names who
/// visits or meets: `زيارة الأمير X إلى مصر`, `لقاء الرئيس X بنظيره`, `محادثات الوزير X مع`.
const VISIT_NOUNS: &[&str] = &[
    "زياره",
    "زيارات",
    "لقاء",
    "لقاءات",
    "اجتماع",
    "اجتماعات",
    "محادثات",
    "مباحثات",
];

/// Honorifics that may stand between a visit noun and the visitor's name besides titles
/// (normal form): `زيارة صاحب السمو الملكي الأمير X`, `لقاء فخامة الرئيس X`.
const HONORIFICS: &[&str] = &[
    "صاحب",
    "السمو",
    "سمو",
    "الملكي",
    "فخامه",
    "جلاله",
    "معالي",
    "الشيخ",
    "السيد",
    "الدكتور",
    "المهندس",
    "الاستاذ",
    "ولي",
    "العهد",
    "عهد",
    "النايب",
    "الثاني",
    "الاول",
];

/// Words looked at after a visit noun for its doer's name (titles and honorifics between).
const GENITIVE_WINDOW: usize = 8;

/// Words before a bare visit noun (normal form) that make it a time, a topic or a complement
/// (`خلال زيارة X`, `نتائج زيارة X`, `أن زيارة X`), where its genitive is who visits; after a
/// verb the noun may be the verb's object and its genitive the one met (`رفض الرئيس لقاء
/// المبعوث`).
const VISIT_NOUN_CONTEXT: &[&str] = &[
    "خلال",
    "عقب",
    "بعد",
    "قبل",
    "اثر",
    "اثناء",
    "لدي",
    "نتايج",
    "نتيجه",
    "بمناسبه",
    "ختام",
    "في",
    "ان",
    "حول",
    "عن",
    "بشان",
];

/// Words looked at after the doer's name for the one met (`مع`, `بـ`) or the state visited
/// (`إلى`, `لـ`): a title chain may stand between (`ولي ولي العهد النائب الثاني لرئيس مجلس
/// الوزراء وزير الدفاع لجمهورية مصر العربية`).
const PARTNER_WINDOW: usize = 20;

/// `قام` and its forms (normal form): `قام X بزيارة إلى Y` is X's visit.
const DID_VERBS: &[&str] = &["قام", "قامت", "يقوم", "تقوم"];

/// Words looked at before `بزيارة` for [`DID_VERBS`] (the visitor's title may be long).
const DID_REACH: usize = 28;

/// Words looked at before a meeting noun with its doer's pronoun (`واجتماعه مع`) for the
/// visit noun whose doer the pronoun stands for.
const PRONOUN_REACH: usize = 30;

/// `word` without a leading و/ف and then ل (or ب before a visit noun), when what is left is
/// one of `list`. A meeting noun after ب is a verb's object whose genitive is the one met
/// (`بدأ X يومه بلقاء Y`); a visit after ب is still its genitive's (`رحب X بزيارة Y`).
fn with_clitics_in<'w>(word: &'w str, list: &[&str]) -> Option<&'w str> {
    let w = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .filter(|r| r.chars().count() > 2)
        .unwrap_or(word);
    let after_b = w
        .strip_prefix('ب')
        .filter(|r| r.starts_with("زيار"))
        .unwrap_or(w);
    [w, after_b, w.strip_prefix('ل').unwrap_or(w)]
        .into_iter()
        .find(|r| list.contains(r))
}

/// The entity with a mention in `ev`'s paragraph that starts inside word `k` of `tokens`.
fn entity_at<'e>(
    ev: &Event,
    tokens: &Tokens,
    k: usize,
    entities: &'e [Entity],
) -> Option<(&'e Entity, usize)> {
    let w = tokens.words.get(k)?;
    entities.iter().find_map(|e| {
        e.mentions
            .iter()
            .filter(|m| in_event_paragraph(ev, m))
            .find(|m| w.start <= m.start && m.start < w.end)
            .map(|m| (e, tokens.words.partition_point(|x| x.start < m.end)))
    })
}

/// A title word that may stand before a name in a genitive or after `مع`: a title or role
/// ([`is_role_word`]), an honorific ([`HONORIFICS`]), a word of a title chain
/// ([`TITLE_CHAIN_WORDS`]) or a nationality.
fn title_word(norm: &str) -> bool {
    HONORIFICS.contains(&norm)
        || TITLE_CHAIN_WORDS.contains(&norm)
        || is_role_word(norm)
        // (A title in a construct state has no article: `ملك الأردن`, `رئيس وزراء`.)
        || (!norm.starts_with("ال") && is_role_word(&format!("ال{norm}")))
        || nisba_country(norm).is_some()
}

/// The doer named right after the visit noun at word `k` (only titles and honorifics
/// between, no punctuation, at most [`GENITIVE_WINDOW`] words), with the word after its
/// mention. A person wins over a body or a state named in the title before the name
/// (`لقاء رئيس المكتب السياسي للحركة X`, `زيارة نائب الرئيس اليمني X`); a state counts only
/// as the nationality of a title with no name after it (`زيارة الرئيس التركي`), for a place
/// right after the noun is what is visited (`زيارة مصر`). An of-phrase in the title (`لرئيس
/// مجلس الوزراء`) ends the search: what it names is the title's, not the doer.
fn genitive_doer<'e>(
    ev: &Event,
    tokens: &Tokens,
    k: usize,
    entities: &'e [Entity],
) -> Option<(&'e Entity, usize)> {
    let mut titled = false;
    let mut fallback: Option<(&'e Entity, usize)> = None;
    let last = (k + 1 + GENITIVE_WINDOW).min(tokens.words.len());
    let mut j = k + 1;
    while j < last {
        if tokens.words.get(j)?.punct_before.is_some() {
            break;
        }
        let norm = tokens.norm(j);
        // (An honorific is never the name, even when the entity stage took it for one:
        // `النائب الثاني`.)
        if HONORIFICS.contains(&norm) {
            titled = true;
            j += 1;
            continue;
        }
        let at_word_start = entity_at(ev, tokens, j, entities).filter(|(e, _)| {
            e.mentions.iter().any(|m| {
                in_event_paragraph(ev, m) && tokens.words.get(j).is_some_and(|w| w.start == m.start)
            })
        });
        if let Some((e, after)) = at_word_start {
            match e.kind {
                EntityType::Person => return Some((e, after)),
                EntityType::Location => {
                    let state = e
                        .country
                        .as_deref()
                        .and_then(|c| state_entity(entities, c))
                        .is_some_and(|s| s.id == e.id);
                    if !(titled && state && nisba_country(norm).is_some()) {
                        break;
                    }
                    fallback = fallback.or(Some((e, after)));
                }
                _ if titled => fallback = fallback.or(Some((e, after))),
                _ => return Some((e, after)),
            }
            j = after.max(j + 1);
            continue;
        }
        if norm == "في"
            || norm
                .strip_prefix('ل')
                .is_some_and(|r| !r.starts_with('ل') && r.chars().count() > 2 && title_word(r))
            || !title_word(norm)
        {
            break;
        }
        titled = true;
        j += 1;
    }
    fallback
}

/// The one a visit or a meeting whose doer is named before word `from` is with: after `مع`,
/// `بـ` (a meeting) or `إلى`, `لـ` (a visit's state), then titles, the first entity other than
/// `doer` (for a visit, a state that is not the doer's own); `None` at `.`, `؛`, `:` or `،`.
fn visit_partner<'e>(
    ev: &Event,
    tokens: &Tokens,
    from: usize,
    doer: &Entity,
    entities: &'e [Entity],
    visit: bool,
    direct: bool,
) -> Option<&'e Entity> {
    let last = (from + PARTNER_WINDOW).min(tokens.words.len());
    let mut j = from;
    while j < last {
        let w = tokens.words.get(j)?;
        let norm = tokens.norm(j);
        // (A visit's state may follow a comma after a long title: `…، للأردن`.)
        let comma_then_state =
            visit && w.punct_before == Some('،') && (norm == "الي" || norm.starts_with('ل'));
        if j > from && w.punct_before.is_some() && !comma_then_state {
            return None;
        }
        let opens = if visit {
            norm == "الي" || norm.starts_with('ل')
        } else {
            norm == "مع"
                || norm == "ومع"
                || (norm.starts_with('ب') && norm.chars().count() > 3)
                // (`ولقاءه الملك X`: the one met as the noun's object.)
                || (direct && j == from)
        };
        if opens {
            // The name inside this word (`لمصر`, `بالرئيس`) or after it and its titles.
            let mut at = if matches!(norm, "الي" | "مع" | "ومع") {
                j + 1
            } else {
                j
            };
            let mut titled = false;
            while at < last {
                if at > j && tokens.words.get(at)?.punct_before.is_some() {
                    return None;
                }
                if let Some((e, _)) = entity_at(ev, tokens, at, entities) {
                    if e.id == doer.id {
                        break;
                    }
                    let state = e
                        .country
                        .as_deref()
                        .and_then(|c| state_entity(entities, c))
                        .is_some_and(|s| s.id == e.id);
                    // A visit goes to a state not the visitor's own; a place met with is
                    // only a venue (`لقائه بالرياض`) unless a title holds it (`مع رئيس
                    // جمهورية مصر`).
                    let fits = if visit {
                        state && e.country != doer.country
                    } else {
                        e.kind != EntityType::Location || (titled && state)
                    };
                    if !fits {
                        break;
                    }
                    return Some(e);
                }
                let n = tokens.norm(at);
                let inner = if at == j {
                    n.strip_prefix('ب')
                        .or_else(|| n.strip_prefix('ل'))
                        .unwrap_or(n)
                } else {
                    n
                };
                if !title_word(inner) {
                    break;
                }
                titled = true;
                at += 1;
            }
        }
        j += 1;
    }
    None
}

/// Gives a visit (042) or a meeting (040) told by a noun its doer from the noun's genitive:
/// `نتائج زيارة الأمير X لجمهورية مصر` is X's visit to Egypt, `خلال لقاء الرئيس X بنظيره Y`
/// X's meeting with Y, whoever the engine took as the source (a speaker who reports it, a
/// council that heard of it) and whatever it took as the target (often X himself). A meeting
/// noun joined by و with the doer's pronoun (`زيارة X … واجتماعه مع Y`) takes the doer of
/// the visit noun before it, and `بزيارة` (or `قام` as the trigger) the subject named after
/// `قام` before it (`فقد قام الأمير X ولي ولي العهد … بزيارة إلى الأردن`: not the King named
/// in the sentence's opening). The target becomes the one met after `مع`/`بـ`, or the state
/// visited after `إلى`/`لـ` ([`visit_partner`]), else none. A place right after the noun is
/// what is visited, so it is left alone; an event whose source already is the doer too.
/// `triggers` are the events' triggers in the same order (ignored when they are not aligned).
fn visit_noun_doers(
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
        let visit = ev.code.starts_with("042");
        if !(visit || ev.code.starts_with("040")) || trigger.start == usize::MAX {
            continue;
        }
        let Some((start, _)) = texts.sentence_span(ev, article) else {
            continue;
        };
        let Some(para) = article.body.get(ev.paragraph) else {
            continue;
        };
        let Some(tokens) = texts.tokens(article, ArticlePart::Body, ev.paragraph) else {
            continue;
        };
        let k = tokens.words.partition_point(|w| w.end <= trigger.start);
        let Some(w) = tokens.words.get(k) else {
            continue;
        };
        let raw: String = para.chars().skip(w.start).take(w.end - w.start).collect();
        let first = tokens.words.partition_point(|w| w.end <= start);
        let noun = with_clitics_in(tokens.norm(k), VISIT_NOUNS);
        // A bare noun needs a context word before it; one with و/ب/ل, or at the sentence's
        // start, is no verb's object.
        let in_context = k == first
            || noun != Some(tokens.norm(k))
            || VISIT_NOUN_CONTEXT.contains(&bare(tokens.norm(k - 1)));
        let direct = noun.is_none();
        // `قام X … بزيارة`: the trigger may be the verb itself.
        let did_trigger = visit
            && DID_VERBS.contains(&bare(tokens.norm(k)))
            && (k + 1..(k + DID_REACH).min(tokens.words.len()))
                .any(|j| with_clitics_in(tokens.norm(j), VISIT_NOUNS).is_some());
        if !trigger.noun && !did_trigger {
            continue;
        }
        let found = if did_trigger {
            genitive_doer(ev, tokens, k, entities)
        } else if noun.is_some() {
            in_context
                .then(|| genitive_doer(ev, tokens, k, entities))
                .flatten()
                .or_else(|| {
                    // `قام X بزيارة إلى Y`: the subject of `قام` visits.
                    let b_visit = bare(tokens.norm(k))
                        .strip_prefix('ب')
                        .is_some_and(|r| r.starts_with("زيار"));
                    if !b_visit {
                        return None;
                    }
                    (first.max(k.saturating_sub(DID_REACH))..k)
                        .rev()
                        .take_while(|&j| {
                            !matches!(
                                tokens.words.get(j + 1).and_then(|w| w.punct_before),
                                Some('.' | '؛' | ':')
                            )
                        })
                        .find(|&j| DID_VERBS.contains(&bare(tokens.norm(j))))
                        .and_then(|j| genitive_doer(ev, tokens, j, entities))
                        .map(|(e, _)| (e, k + 1))
                })
        } else if raw.starts_with('و') && ends_in_doer_pronoun(&raw) {
            // `واجتماعه`: the doer of the visit noun before it, in the same sentence.
            (first.max(k.saturating_sub(PRONOUN_REACH))..k)
                .rev()
                .take_while(|&j| {
                    !matches!(
                        tokens.words.get(j + 1).and_then(|w| w.punct_before),
                        Some('.' | '؛' | ':')
                    )
                })
                .find(|&j| {
                    with_clitics_in(tokens.norm(j), VISIT_NOUNS).is_some_and(|n| {
                        j == first
                            || n != tokens.norm(j)
                            || VISIT_NOUN_CONTEXT.contains(&bare(tokens.norm(j - 1)))
                    })
                })
                .and_then(|j| genitive_doer(ev, tokens, j, entities))
                .map(|(e, _)| (e, k + 1))
        } else {
            None
        };
        let Some((doer, after)) = found else {
            continue;
        };
        let partner = visit_partner(ev, tokens, after, doer, entities, visit, direct && !visit);
        if ev.source.as_deref() == Some(doer.id.as_str()) {
            // The doer already acts: only a partner found after it replaces the target
            // (`زيارة X وزير الدفاع لجمهورية مصر` → Egypt, not the ministry of his title).
            if let Some(p) = partner {
                ev.target = Some(p.id.clone());
                ev.target_country = p.country.clone();
            }
            continue;
        }
        ev.source = Some(doer.id.clone());
        ev.source_country = doer.country.clone();
        ev.target = partner.map(|p| p.id.clone());
        ev.target_country = partner.and_then(|p| p.country.clone());
    }
}

/// Attack nouns (normal form, without و/ف and ب/ل) whose genitive after `لـ` is the attacker:
/// `هجوم انتقامي لجماعة X`, `غارات للتحالف`, `عملية عسكرية للجيش`, except a blow's (`ضربة
/// قاسية للحوثيين` is a blow to them); all of them take a clause with the attacker
/// (`الضربات التي نفذتها X`). (Not `قصف` or `استهداف`, whose genitive may be what is hit.)
const ATTACK_NOUNS: &[&str] = &[
    "هجوم",
    "هجوما",
    "هجمات",
    "الهجوم",
    "الهجمات",
    "غاره",
    "غارات",
    "الغاره",
    "الغارات",
    "ضربه",
    "ضربات",
    "الضربه",
    "الضربات",
    "عمليه",
    "عمليات",
    "العمليه",
    "العمليات",
];

/// A verb of doing with the act's pronoun (normal form) that opens a relative clause on an
/// attack noun whose subject is the attacker: `هجوم انتحاري نفذه X`, `الضربات التي نفذتها X`,
/// `غارات يشنها X`, `عملية تبنتها X`.
const DID_IT_VERBS: &[&str] = &[
    "نفذه",
    "نفذها",
    "نفذته",
    "نفذتها",
    "ينفذه",
    "ينفذها",
    "تنفذه",
    "تنفذها",
    "شنه",
    "شنها",
    "شنته",
    "شنتها",
    "يشنه",
    "يشنها",
    "تشنه",
    "تشنها",
    "تبناه",
    "تبناها",
    "تبنته",
    "تبنتها",
];

/// Heads that may stand before the attacker's name (normal form): `طائرات التحالف`,
/// `مسلحو الجماعة`, `لقوات التحالف`.
const ATTACKER_HEADS: &[&str] = &[
    "طايرات",
    "مقاتلات",
    "طيران",
    "قوات",
    "عناصر",
    "مسلحو",
    "مسلحي",
    "مقاتلو",
    "مقاتلي",
    "جماعه",
    "حركه",
    "تنظيم",
    "ميليشيات",
    "مليشيات",
    "ميليشيا",
    "مليشيا",
];

/// Words looked at between an attack noun and `نفذه`/`لـ` (adjectives, `التي`).
const ATTACK_ADJ_WINDOW: usize = 3;

/// True for a word that may stand between an attack noun and the clause on it (normal form):
/// an adjective (`انتحاري`, `جوية`, `كثيفة`, `الأخير`) or `التي`/`الذي`; not a preposition
/// or a noun (`على مواقع لـ…`: what follows is the target's).
fn attack_adjective(n: &str) -> bool {
    matches!(
        n,
        "التي"
            | "الذي"
            | "كبير"
            | "كبيرا"
            | "عنيف"
            | "عنيفا"
            | "جديد"
            | "جديدا"
            | "الاخير"
    ) || (!matches!(n, "في" | "علي" | "الي" | "التي" | "هذه")
        && n.chars().count() > 3
        && (n.ends_with('ي') || n.ends_with('ه') || n.ends_with("يا")))
}

/// The attacker named right from word `j` (a word without punctuation before it): an entity
/// whose mention starts there or after at most two [`ATTACKER_HEADS`], a person, a
/// body or a state (not another place: `نفذها مسلحون في سيناء`). `strip_l` reads the first
/// word without its `لـ`.
fn attacker_at<'e>(
    ev: &Event,
    tokens: &Tokens,
    j: usize,
    entities: &'e [Entity],
    strip_l: bool,
) -> Option<&'e Entity> {
    for at in j..(j + 3).min(tokens.words.len()) {
        if tokens.words.get(at)?.punct_before.is_some() {
            return None;
        }
        if let Some((e, _)) = entity_at(ev, tokens, at, entities) {
            let state = e
                .country
                .as_deref()
                .and_then(|c| state_entity(entities, c))
                .is_some_and(|s| s.id == e.id);
            return (e.kind != EntityType::Location || state).then_some(e);
        }
        let n = tokens.norm(at);
        let n = if strip_l && at == j {
            n.strip_prefix('ل')?
        } else {
            n
        };
        if !ATTACKER_HEADS.contains(&n) {
            return None;
        }
    }
    None
}

/// Gives an attack (roots 18–20) told by a noun its attacker from the clause on the noun:
/// `قتل جنود في هجوم انتحاري نفذه حزب X` and `الضربات التي نفذتها X` name X as the doer, as
/// does the genitive after `لـ` of an attack noun (`خلال هجوم انتقامي لجماعة X`,
/// [`ATTACK_NOUNS`]), whoever the engine took as the source (none, or a reporter of the
/// attack). When the engine took X as the target (the doer read as the attacked), the target
/// becomes none; another target stays. At most [`ATTACK_ADJ_WINDOW`] words (adjectives,
/// `التي`/`الذي`) between the noun and the verb or `لـ`, no punctuation. When the trigger is
/// another word (a verb of killing: `قتل ستة في عملية انتحارية نفذتها جماعة X واستهدفت Y`),
/// an attack noun with `نفذه X` or (not a blow) `لـX` after it in the sentence gives X to an
/// event with no source. Runs after
/// [`fix_victim_sources`], so the passes before cannot undo it.
fn attack_noun_doers(
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
        if !matches!(ev.code.get(..2), Some("18" | "19" | "20")) || trigger.start == usize::MAX {
            continue;
        }
        let Some(tokens) = texts.tokens(article, ArticlePart::Body, ev.paragraph) else {
            continue;
        };
        let k = tokens.words.partition_point(|w| w.end <= trigger.start);
        if k >= tokens.words.len() {
            continue;
        }
        let noun = bare(tokens.norm(k));
        let noun = noun
            .strip_prefix('ب')
            .or_else(|| noun.strip_prefix('ل'))
            .filter(|r| ATTACK_NOUNS.contains(r))
            .unwrap_or(noun);
        // (`ضربة قاسية لـX` is a blow to X: its genitive is the one hit.)
        let genitive_ok = ATTACK_NOUNS.contains(&noun) && !noun.contains("ضرب");
        let mut doer = None;
        let reach = if trigger.noun {
            k + 2 + ATTACK_ADJ_WINDOW
        } else {
            k + 1
        };
        for j in k + 1..reach.min(tokens.words.len()) {
            if tokens.words[j].punct_before.is_some() {
                break;
            }
            let n = tokens.norm(j);
            if DID_IT_VERBS.contains(&n) {
                doer = attacker_at(ev, tokens, j + 1, entities, false);
                break;
            }
            // `لجماعة X`, `للتحالف`: the genitive after لـ.
            if genitive_ok && n.starts_with('ل') && n.chars().count() > 2 {
                doer = attacker_at(ev, tokens, j, entities, true);
                break;
            }
            if entity_at(ev, tokens, j, entities).is_some() || !attack_adjective(n) {
                break;
            }
        }
        // A trigger that is not the noun (`قتل جنود في هجوم نفذه X`): an attack noun in the
        // sentence with `نفذه X`, when the engine took no source.
        let doer = doer.or_else(|| {
            if ev.source.is_some() {
                return None;
            }
            let (start, end) = sentence_span(ev, article)?;
            let first = tokens.words.partition_point(|w| w.end <= start);
            let last = tokens.words.partition_point(|w| w.start < end);
            (first + 1..last).find_map(|j| {
                let n = tokens.norm(j);
                let did = DID_IT_VERBS.contains(&n);
                // (`لـX` after the noun: its genitive, not after a blow.)
                let genitive = !did && n.starts_with('ل') && n.chars().count() > 2;
                if !(did || genitive) {
                    return None;
                }
                let after_noun = (j.saturating_sub(1 + ATTACK_ADJ_WINDOW).max(first)..j).any(|i| {
                    let n = bare(tokens.norm(i));
                    let n = n
                        .strip_prefix('ب')
                        .filter(|r| ATTACK_NOUNS.contains(r))
                        .unwrap_or(n);
                    ATTACK_NOUNS.contains(&n)
                        && !(genitive && n.contains("ضرب"))
                        && (i + 1..=j).all(|x| tokens.words[x].punct_before.is_none())
                        && (i + 1..j).all(|x| attack_adjective(tokens.norm(x)))
                });
                if !after_noun {
                    return None;
                }
                if did {
                    attacker_at(ev, tokens, j + 1, entities, false)
                } else {
                    attacker_at(ev, tokens, j, entities, true)
                }
            })
        });
        let Some(doer) = doer else {
            continue;
        };
        if ev.source.as_deref() == Some(doer.id.as_str()) {
            continue;
        }
        if ev.target.as_deref() == Some(doer.id.as_str()) {
            clear_actor(ev, true);
        }
        ev.source = Some(doer.id.clone());
        ev.source_country = doer.country.clone();
    }
}

/// Words that may stand between `و` and a second name that shares the first one's side
/// (normal form): `الحوثيين وقوات صالح`, `الحوثيين والقوات الموالية للرئيس …`, `ميليشيات
/// الحوثي والمخلوع صالح`.
const JOINED_HEADS: &[&str] = &[
    "قوات",
    "القوات",
    "ميليشيات",
    "مليشيات",
    "ميليشيا",
    "مليشيا",
    "مسلحي",
    "مسلحو",
    "عناصر",
    "انصار",
    "فلول",
    "الموالين",
    "الموالي",
    "المواليه",
    "الموالون",
    "المخلوع",
    "للمخلوع",
    "السابق",
    "الرييس",
    "للرييس",
];

/// Words before the first name after which the two names joined by و are the two sides of a
/// mutual act (`بين X وY`, `مع X وY`).
const SIDES_WORDS: &[&str] = &["بين", "مابين"];

/// Words looked at before the source's mention for [`SIDES_WORDS`].
const SIDES_WINDOW: usize = 4;

/// True when the target of event `ev` is joined to its source by و as a second doer of the
/// same act: a target mention starts right after `و` and at most three [`JOINED_HEADS`] words
/// (or words of the target's own name) that follow a source mention in the sentence, with no
/// punctuation between (`هاجم الحوثيون وقوات صالح مواقع`, `بخرق الحوثيين وميليشيات صالح
/// الهدنة`). Not for the two sides of a pair (`بين X وY`, unless `من جهة` closes the pair
/// as one side), nor for acts that two do together (consult, meet, cooperate, sign: roots
/// 03–06; yield: a truce, a release, 08; an exchange, `تبادلت X وY`), whose writers name one
/// side as the source and the other as the target.
fn joined_target(
    ev: &Event,
    trigger: Option<&Trigger>,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> bool {
    if matches!(ev.code.get(..2), Some("03" | "04" | "05" | "06" | "08")) {
        return false;
    }
    let (Some(source), Some(target)) = (
        entity_by_id(entities, ev.source.as_deref()),
        entity_by_id(entities, ev.target.as_deref()),
    ) else {
        return false;
    };
    let here = |m: &&Mention| in_event_paragraph(ev, m);
    // (First the cheap test: a target mention soon after a source mention.)
    let close = source.mentions.iter().filter(here).any(|a| {
        target
            .mentions
            .iter()
            .filter(here)
            .any(|b| b.start >= a.end && b.start <= a.end + 40)
    });
    if !close {
        return false;
    }
    let Some((sent_start, sent_end)) = texts.sentence_span(ev, article) else {
        return false;
    };
    let Some(tokens) = texts.tokens(article, ArticlePart::Body, ev.paragraph) else {
        return false;
    };
    // "تبادلت X وY الأسرى / إطلاق النار": an exchange is done by both to each other.
    let exchange = (tokens.words.partition_point(|w| w.end <= sent_start)..tokens.words.len())
        .take_while(|&k| tokens.words.get(k).is_some_and(|w| w.start < sent_end))
        .any(|k| tokens.norm(k).contains("تبادل"));
    if exchange {
        return false;
    }
    let target_words: Vec<String> = normalize_phrase(&target.name)
        .split(' ')
        .map(str::to_owned)
        .collect();
    let inside = |m: &Mention| sent_start <= m.start && m.end <= sent_end;
    // The source's mention nearest the act is the one that may be joined (`وتتمتع X وY
    // بعلاقات …، لكن X انتقدت Y`: the act's X is the later one).
    let t = trigger.map(|t| t.start).filter(|&t| t != usize::MAX);
    let nearest = t.and_then(|t| {
        source
            .mentions
            .iter()
            .filter(here)
            .filter(|m| inside(m))
            .min_by_key(|m| m.start.abs_diff(t))
            .map(|m| m.start)
    });
    source
        .mentions
        .iter()
        .filter(here)
        .filter(|m| inside(m))
        .any(|a| {
            if nearest.is_some_and(|n| n != a.start) {
                return false;
            }
            target
                .mentions
                .iter()
                .filter(here)
                .filter(|m| inside(m))
                .any(|b| {
                    if b.start < a.end {
                        return false;
                    }
                    // The words from the one after the source's mention to the target's.
                    let first = tokens.words.partition_point(|w| w.end <= a.end);
                    let last = tokens.words.partition_point(|w| w.end <= b.start);
                    let Some(joint) = tokens.words.get(first) else {
                        return false;
                    };
                    // The target's mention starts inside the word of و (`وصالح`) or after it.
                    let joint_norm = tokens.norm(first);
                    if !joint_norm.starts_with('و') || last < first || last > first + 3 {
                        return false;
                    }
                    if (first..=last).any(|k| {
                        tokens
                            .words
                            .get(k)
                            .is_some_and(|w| w.punct_before.is_some())
                    }) {
                        return false;
                    }
                    let heads_ok = (first..last).all(|k| {
                        let w = if k == first {
                            tokens.norm(k).strip_prefix('و').unwrap_or("")
                        } else {
                            tokens.norm(k)
                        };
                        JOINED_HEADS.contains(&w) || target_words.iter().any(|t| t == w)
                    });
                    // (When the target starts inside the word of و, that word is its own: `وصالح`.)
                    let starts_inside = joint.start < b.start && b.start < joint.end;
                    if !(heads_ok && (last > first || starts_inside)) {
                        return false;
                    }
                    // `بين X وY`: the two sides, unless `من جهة` makes the pair one side.
                    let source_word = tokens.words.partition_point(|w| w.end <= a.start);
                    let from = source_word.saturating_sub(SIDES_WINDOW);
                    let sides = (from..source_word).any(|k| {
                        tokens.words.get(k).is_some_and(|w| w.start >= sent_start)
                            && SIDES_WORDS.contains(&bare(tokens.norm(k)))
                    });
                    let one_side = {
                        let after = tokens.words.partition_point(|w| w.end <= b.end);
                        (after..(after + 6).min(tokens.words.len())).any(|k| {
                            tokens.norm(k) == "من"
                                && tokens.words.get(k + 1).is_some_and(|w| {
                                    w.start < sent_end && tokens.norm(k + 1) == "جهه"
                                })
                        })
                    };
                    !sides || one_side
                })
        })
}

/// Clears the target of an act whose target is a second doer joined to its source by و (see
/// [`joined_target`]): "هاجم الحوثيون وقوات صالح مواقع المقاومة" is no attack of the
/// Houthis on Saleh.
/// `triggers` are the events' triggers in the same order (when they are not aligned, every
/// joined pair in the sentence counts).
fn clear_joined_targets(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    clear_targets_where(events, triggers, false, |ev, trigger| {
        ev.source.is_some()
            && ev.target.is_some()
            && joined_target(ev, trigger, entities, article, texts)
    });
}

/// Words that open a time phrase after `منذ` (normal form): `منذ أكثر من أسبوع`, `منذ
/// نوفمبر`, `منذ اللحظة الأولى`. Such a `منذ` says when, not what happened since.
const SINCE_TIME_WORDS: &[&str] = &[
    "اكثر",
    "نحو",
    "حوالي",
    "حوالى",
    "قرابه",
    "زهاء",
    "ما",
    "بضع",
    "بضعه",
    "عده",
    "عقد",
    "عقود",
    "قليل",
    "فتره",
    "وقت",
    "زمن",
    "الان",
    "ذلك",
    "ذاك",
    "امس",
    "يوم",
    "يومين",
    "ايام",
    "اسبوع",
    "اسبوعين",
    "اسابيع",
    "شهر",
    "شهرين",
    "اشهر",
    "شهور",
    "عام",
    "عامين",
    "اعوام",
    "سنه",
    "سنتين",
    "سنوات",
    "سنين",
    "ساعه",
    "ساعات",
    "ليله",
    "صباح",
    "مساء",
    "فجر",
    "مطلع",
    "بدايه",
    "اواخر",
    "اوائل",
    "منتصف",
    "نهايه",
    "القدم",
    "اللحظه",
    "البدايه",
    "العام",
    "الشهر",
    "الاسبوع",
    "الامس",
    "الصباح",
    "يناير",
    "فبراير",
    "مارس",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "اغسطس",
    "سبتمبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "كانون",
    "شباط",
    "اذار",
    "نيسان",
    "ايار",
    "حزيران",
    "تموز",
    "اب",
    "ايلول",
    "تشرين",
];

/// At most this many words from `منذ` to a target mention inside its clause
/// ([`since_clause_target`]).
const SINCE_CLAUSE_WORDS: usize = 14;

/// True when every mention of the target of `ev` in its sentence is inside a clause of `منذ`
/// that comes after the event's trigger and tells what happened since (`وصل X إلى عدن في
/// زيارة هي الأولى منذ تحريرها من Y`, `منذ أن طرد مقاتلون Y منها`): Y acts, or is acted on,
/// in that earlier event, not in this one. The clause runs from `منذ` to the next comma, full
/// stop, `؛` or `:`; a `منذ` that opens a time phrase (a number, a month, `أكثر من`, `أيام`
/// …: [`SINCE_TIME_WORDS`]) is left alone, for the object may follow it (`التقى منذ يومين Y`).
/// The trigger must be known and before `منذ`.
fn since_clause_target(
    ev: &Event,
    trigger: Option<&Trigger>,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> bool {
    if !ev.sentence.contains("منذ") {
        return false;
    }
    let Some(t) = trigger.map(|t| t.start).filter(|&t| t != usize::MAX) else {
        return false;
    };
    let Some(target) = entity_by_id(entities, ev.target.as_deref()) else {
        return false;
    };
    let Some((tokens, sent_start, inside)) = mentions_in_sentence(ev, target, article, texts)
    else {
        return false;
    };
    let stop = |k: usize| {
        tokens
            .words
            .get(k)
            .is_some_and(|w| matches!(w.punct_before, Some('،' | ',' | '.' | '؛' | ';' | ':')))
    };
    let in_since_clause = |m_start: usize| -> bool {
        let at = tokens.words.partition_point(|w| w.end <= m_start);
        let from = at.saturating_sub(SINCE_CLAUSE_WORDS);
        (from..at).rev().any(|k| {
            let Some(w) = tokens.words.get(k) else {
                return false;
            };
            let norm = tokens.norm(k);
            if !(norm == "منذ" || norm == "ومنذ") || w.start <= t || w.start < sent_start {
                return false;
            }
            // No clause break from the word after منذ to the target's word.
            if (k + 1..=at).any(stop) {
                return false;
            }
            // The first word of the clause (past أن): an act, not a time.
            let mut first = k + 1;
            if matches!(tokens.norm(first), "ان" | "انه") {
                first += 1;
            }
            let word = tokens.norm(first);
            let timed = word.is_empty()
                || word.chars().any(|c| c.is_numeric())
                || SINCE_TIME_WORDS.contains(&word)
                || SINCE_TIME_WORDS.contains(&bare(word));
            !timed && first <= at
        })
    };
    inside.iter().all(|m| in_since_clause(m.start))
}

/// Clears the target of an event when it is named only in a later clause of `منذ` (see
/// [`since_clause_target`]): "زار X المدينة للمرة الأولى منذ طرد Y منها" is no visit to Y.
/// `triggers` are the events' triggers in the same order (ignored when they are not aligned).
fn clear_since_clause_targets(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    clear_targets_where(events, triggers, true, |ev, trigger| {
        ev.target.is_some() && since_clause_target(ev, trigger, entities, article, texts)
    });
}

/// Nouns of a killing or an abduction (normal form, no article or preposition) whose object a
/// condemnation names as the victim ([`victim_of_condemned_act`]).
const HARM_NOUNS: &[&str] = &[
    "اغتيال",
    "مقتل",
    "قتل",
    "استشهاد",
    "اعدام",
    "تصفيه",
    "اختطاف",
    "خطف",
    "حرق",
];

/// Nouns of a victim that may stand between a killing noun and the victim's nationality or
/// name (`مقتل طفل فلسطيني`, `اغتيال الصحفي X`; normal form, no article).
const VICTIM_NOUNS: &[&str] = &[
    "طفل",
    "رضيع",
    "مدني",
    "مدنيا",
    "مدنيين",
    "جندي",
    "جنديا",
    "جنود",
    "صحفي",
    "صحفيا",
    "مواطن",
    "مواطنا",
    "مواطنين",
    "شاب",
    "شابا",
    "فتي",
    "فتيا",
    "امراه",
    "لاجئ",
    "لاجئا",
    "ناشط",
    "ناشطا",
    "شخص",
    "شخصا",
    "اشخاص",
    "عامل",
    "عاملا",
    "عمال",
];

/// At most this many words from a killing noun to its victim's mention
/// ([`victim_of_condemned_act`]).
const VICTIM_WINDOW: usize = 6;

/// True when event `ev` judges an act (roots 11, 12: `أدان، استنكر، ندد، رفض`) and every
/// mention of its target in the sentence is the victim of a killing or abduction the judge
/// names after the trigger (`أدان X اغتيال النائب العام Y`, `دانت X مقتل طفل فلسطيني`): the
/// guide codes a condemned attack with no target unless its doer is named (make_quotes_events.py,
/// record 3). Between the noun and the mention only titles, definite words, nisbas, numbers and
/// nouns of a victim ([`VICTIM_NOUNS`]); no punctuation, no relative pronoun, no preposition
/// (`مقتل مدنيين برصاص قوات Y`: Y is the doer). A state or body right after the noun is its
/// doer, not its victim (`إعدام إيران أربعة رجال`).
fn victim_of_condemned_act(
    ev: &Event,
    trigger: Option<&Trigger>,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) -> bool {
    if !matches!(ev.code.get(..2), Some("11" | "12")) {
        return false;
    }
    let Some(t) = trigger.map(|t| t.start).filter(|&t| t != usize::MAX) else {
        return false;
    };
    let Some(target) = entity_by_id(entities, ev.target.as_deref()) else {
        return false;
    };
    if ev.source.as_deref() == Some(target.id.as_str()) {
        return false;
    }
    let Some((tokens, _, inside)) = mentions_in_sentence(ev, target, article, texts) else {
        return false;
    };
    let harm = |k: usize| {
        let w = bare(tokens.norm(k));
        HARM_NOUNS.contains(&w)
            || ["بال", "لل", "ال", "ب", "ل"].iter().any(|p| {
                w.strip_prefix(p)
                    .is_some_and(|rest| HARM_NOUNS.contains(&rest))
            })
    };
    let filler = |k: usize| {
        let w = tokens.norm(k);
        if matches!(
            w,
            "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللواتي"
        ) {
            return false;
        }
        let plain = w.strip_prefix("ال").unwrap_or(w);
        (w.starts_with("ال") && !w.starts_with("الي") && !w.starts_with("الى"))
            || w.chars().all(|c| c.is_numeric())
            || is_role_word(w)
            || TITLE_CHAIN_WORDS.contains(&w)
            || VICTIM_NOUNS.contains(&plain)
            || nisba_country(w).is_some()
    };
    let victim =
        |m_start: usize| -> bool {
            let at = tokens.words.partition_point(|w| w.end <= m_start);
            let from = at.saturating_sub(VICTIM_WINDOW);
            for k in (from..at).rev() {
                let Some(w) = tokens.words.get(k) else {
                    return false;
                };
                if w.start <= t {
                    return false;
                }
                if tokens.words.get(k + 1).is_some_and(|n| {
                    matches!(n.punct_before, Some('،' | ',' | '.' | '؛' | ';' | ':'))
                }) {
                    return false;
                }
                if harm(k) {
                    // (A state or body right after the noun is its doer: `إعدام إيران رجالا`.)
                    return k + 1 < at || target.kind == EntityType::Person;
                }
                if !filler(k) {
                    return false;
                }
            }
            false
        };
    inside.iter().all(|m| victim(m.start))
}

/// Clears the target of a condemnation when it is only the victim of the act condemned (see
/// [`victim_of_condemned_act`]): "أدان X اغتيال الصحفي Y" is no criticism of Y.
/// `triggers` are the events' triggers in the same order (ignored when they are not aligned).
fn clear_victim_targets(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    clear_targets_where(events, triggers, true, |ev, trigger| {
        ev.target.is_some() && victim_of_condemned_act(ev, trigger, entities, article, texts)
    });
}

/// Settles the actors of an article's events, with each paragraph tokenized at most once:
/// turns a blame's source that is the one blamed into its target ([`blamed_source_targets`]),
/// makes the doer a relative clause names after an act noun its source
/// ([`relative_doer_sources`]: `الهجمات التي شنها تنظيم X`) and an act noun's own nationality
/// its source when none was found ([`noun_nationality_sources`]: `الغارات الروسية`), gives an act with a source and no target the state its object's nationality names
/// ([`nationality_targets`]: `اعتقلت القوة صيادا لبنانيا`), clears a target named only as
/// the source's own body or state in the source's apposition ([`clear_own_body_targets`]:
/// `دعا X زعيم حزب Y`) or as the body a statement's source belongs to
/// ([`clear_affiliation_targets`]: `المفوضية التابعة للأمم المتحدة`) or as the speaker who
/// tells the statement ([`clear_speaker_targets`]: `قال X: إن القيادة تدين`) or an act
/// ([`clear_reported_act_speaker_targets`]: `قال الناشط X لـ«الصحيفة» إن مسلحين خطفوا`), a second doer joined to the source by و ([`clear_joined_targets`]) or
/// a party of a later clause of `منذ` ([`clear_since_clause_targets`]: `منذ تحريرها من Y`),
/// clears the victim of a condemned killing as the condemnation's target
/// ([`clear_victim_targets`]: `أدان X اغتيال Y`),
/// gives a coordinated verb with no subject of its own the subject of the clause it continues
/// ([`coordinated_verb_sources`]: `أعلن X دعمه وتعهد بـ`),
/// turns an invitation the subject received around ([`received_invitations`]: `وصل X بدعوة من
/// Y` is Y's invitation of X),
/// clears a speaker as the source of an act their reported clause gives
/// a subject of its own ([`clear_reporter_sources`]), drops events whose source the sentence does not name
/// ([`drop_sources_outside_sentence`]),
/// clears venue sources ([`clear_venue_sources`]), turns victims named as sources into targets
/// ([`fix_victim_sources`]), clears media and whom words were said to ([`clear_media_actors`]),
/// drops events that name neither actor ("قُتل ثلاثة في هجوم" tells
/// no who and no whom), then those none of whose actors can act
/// ([`keep_events_between_actors`]).
/// `triggers` are the events' triggers in the same order.
pub(crate) fn settle_actors(
    events: &mut Vec<Event>,
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
) {
    settle_actors_traced(events, triggers, entities, article, &mut |_, _| {});
}

/// [`settle_actors`] step by step, calling `after` with each step's name and the events it
/// leaves (the missed-event diagnostic, `events::engine::missed`, reads them; `settle_actors`
/// passes a callback that does nothing).
pub(crate) fn settle_actors_traced(
    events: &mut Vec<Event>,
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
    after: &mut dyn FnMut(&str, &[Event]),
) {
    if events.is_empty() {
        return;
    }
    let mut texts = Texts::default();
    blamed_source_targets(events, triggers, entities, article, &mut texts);
    after("blamed_source_targets", events);
    relative_doer_sources(events, triggers, entities, article, &mut texts);
    after("relative_doer_sources", events);
    noun_nationality_sources(events, triggers, entities, article, &mut texts);
    after("noun_nationality_sources", events);
    expressed_stance_sources(events, triggers, entities, article, &mut texts);
    after("expressed_stance_sources", events);
    nationality_targets(events, triggers, entities, article, &mut texts);
    after("nationality_targets", events);
    visit_noun_doers(events, triggers, entities, article, &mut texts);
    after("visit_noun_doers", events);
    clear_own_body_targets(events, triggers, entities, article, &mut texts);
    after("clear_own_body_targets", events);
    clear_own_state_targets(events, entities);
    after("clear_own_state_targets", events);
    clear_affiliation_targets(events, entities, article, &mut texts);
    after("clear_affiliation_targets", events);
    clear_speaker_targets(events, triggers, entities, article, &mut texts);
    after("clear_speaker_targets", events);
    clear_reported_act_speaker_targets(events, triggers, entities, article, &mut texts);
    after("clear_reported_act_speaker_targets", events);
    clear_companion_targets(events, entities, article, &mut texts);
    after("clear_companion_targets", events);
    clear_title_apposition_targets(events, triggers, entities, article, &mut texts);
    after("clear_title_apposition_targets", events);
    clear_title_before_targets(events, triggers, entities, article, &mut texts);
    after("clear_title_before_targets", events);
    deed_subjects(events, triggers, entities, article, &mut texts);
    after("deed_subjects", events);
    call_stance_sources(events, triggers, entities, article, &mut texts);
    after("call_stance_sources", events);
    clear_deed_place_targets(events, triggers, entities, article, &mut texts);
    after("clear_deed_place_targets", events);
    reported_subject_sources(events, triggers, entities, article, &mut texts);
    after("reported_subject_sources", events);
    own_side_targets(events, triggers, entities, article, &mut texts);
    after("own_side_targets", events);
    clear_own_country_targets(events, entities);
    after("clear_own_country_targets", events);
    title_state::title_state_sources(events, entities, article, &mut texts);
    after("title_state_sources", events);
    title_state::clear_title_state_targets(events, entities, article, &mut texts);
    after("clear_title_state_targets", events);
    self_meeting::clear_self_meeting_targets(events, entities);
    after("clear_self_meeting_targets", events);
    clear_led_targets(events, triggers, entities, article, &mut texts);
    after("clear_led_targets", events);
    clear_joined_targets(events, triggers, entities, article, &mut texts);
    after("clear_joined_targets", events);
    clear_since_clause_targets(events, triggers, entities, article, &mut texts);
    after("clear_since_clause_targets", events);
    clear_victim_targets(events, triggers, entities, article, &mut texts);
    after("clear_victim_targets", events);
    coordinated_verb_sources(events, triggers, entities, article, &mut texts);
    after("coordinated_verb_sources", events);
    received_invitations(events, triggers, entities, article, &mut texts);
    after("received_invitations", events);
    maker_sources(events, triggers, entities, article, &mut texts);
    after("maker_sources", events);
    clear_reporter_sources(events, triggers, entities, article, &mut texts);
    after("clear_reporter_sources", events);
    let triggers = drop_sources_outside_sentence(events, triggers, entities, article, &mut texts);
    after("drop_sources_outside_sentence", events);
    violence::clear_teller_sources(events, &triggers, entities, article, &mut texts);
    after("clear_teller_sources", events);
    feeling_complements::clear_feeling_speaker_sources(
        events, &triggers, entities, article, &mut texts,
    );
    after("clear_feeling_speaker_sources", events);
    violence::spokesman_bodies(events, &triggers, entities, article, &mut texts);
    after("spokesman_bodies", events);
    violence::hand_doers(events, &triggers, entities, article, &mut texts);
    after("hand_doers", events);
    violence::clear_backer_actors(events, &triggers, entities, article, &mut texts);
    after("clear_backer_actors", events);
    violence::clear_base_qaeda(events, entities, article, &mut texts);
    after("clear_base_qaeda", events);
    violence::force_doers(events, &triggers, entities, article, &mut texts);
    after("force_doers", events);
    violence::struck_targets(events, &triggers, entities, article, &mut texts);
    after("struck_targets", events);
    violence::later_struck_targets(events, &triggers, entities, article, &mut texts);
    after("later_struck_targets", events);
    violence::victim_nationality_sources(events, entities, article, &mut texts);
    after("victim_nationality_sources", events);
    violence::kidnap_noun_victims(events, &triggers, entities, article, &mut texts);
    after("kidnap_noun_victims", events);
    clear_venue_sources(events, entities, article, &mut texts);
    after("clear_venue_sources", events);
    clear_place_actors(events, entities, article, &mut texts);
    after("clear_place_actors", events);
    let cleared_venues = clear_venue_targets(events, entities, article, &mut texts);
    after("clear_venue_targets", events);
    violence::clear_hit_body_place_targets(events, &triggers, entities, article, &mut texts);
    after("clear_hit_body_place_targets", events);
    clear_meeting_venue_targets(events, entities, article, &mut texts);
    after("clear_meeting_venue_targets", events);
    fix_victim_sources(events, entities, article, &mut texts);
    after("fix_victim_sources", events);
    let unnamed_before: Vec<bool> = events.iter().map(|e| e.source.is_none()).collect();
    passive_victims::passive_victim_sources(events, entities, article, &mut texts);
    after("passive_victim_sources", events);
    patient_nouns::patient_noun_sources(events, entities, article, &mut texts);
    after("patient_noun_sources", events);
    victim_cleared_nationality_sources(
        events,
        &unnamed_before,
        &triggers,
        entities,
        article,
        &mut texts,
    );
    after("victim_cleared_nationality_sources", events);
    attack_noun_doers(events, &triggers, entities, article, &mut texts);
    after("attack_noun_doers", events);
    clear_media_actors(events, entities, article, &mut texts);
    after("clear_media_actors", events);
    visitor_sources(events, entities, article, &mut texts);
    after("visitor_sources", events);
    source_place::clear_source_place_targets(events, entities, article, &mut texts);
    after("clear_source_place_targets", events);
    organ_owners::organ_owner_sources(events, &triggers, entities, article, &mut texts);
    after("organ_owner_sources", events);
    crate::events::context_target::fill_targets_from_context(events, &triggers, entities, article);
    after("context_targets", events);
    crate::events::struck_place::fill_struck_place_targets(events, &triggers, entities, article);
    after("struck_place_targets", events);
    clear_self_targets(events, entities);
    after("clear_self_targets", events);
    facilities::clear_facility_name_actors(events, entities, article, &mut texts);
    after("clear_facility_name_actors", events);
    reporters::clear_reporter_actors(events, entities, article, &mut texts);
    restore_group_venue_targets(events, cleared_venues);
    after("restore_group_venue_targets", events);
    events.retain(|e| e.source.is_some() || e.target.is_some());
    after("no_actor_left", events);
    keep_between_actors(events, entities, article, &mut texts);
    after("keep_between_actors", events);
    venue_twins::drop_venue_twins(events, entities, article, &mut texts);
    after("drop_venue_twins", events);
}

/// The state a place stands for as a whole (its ISO code): the state's own entity
/// ([`is_state_of`]) or its capital (`طهران` for Iran, `نجامينا` for Chad); none for any other
/// place and for bodies and persons.
fn whole_state(entities: &[Entity], e: &Entity) -> Option<String> {
    if e.kind != EntityType::Location {
        return None;
    }
    let country = e.country.as_deref()?;
    if is_state_of(entities, e, country) {
        return Some(country.to_owned());
    }
    let g = crate::events::engine::gazetteer();
    let capital = g
        .by_id(&e.id)
        .and_then(|i| g.entry(i))
        .is_some_and(|x| x.capital_of.as_deref() == Some(country));
    capital.then(|| country.to_owned())
}

/// Clears the target of an event whose target is its source: the same entity, or a state and
/// its capital (`إيران` and `طهران`) in either order, one actor under two names. The annotation
/// guide codes acts between the actors named in a record, and no writer gives one actor as both
/// sides of an act; the engine's own choices keep the source and leave no target when the
/// object it finds is the source, and this does the same for whatever the passes before leave.
/// A visit (root 042) keeps its target instead, where the visitor went (`وصل الوزير إلى
/// الدوحة في زيارة لدولة قطر`): its source is then the wrong half.
fn clear_self_targets(events: &mut [Event], entities: &[Entity]) {
    for ev in events.iter_mut() {
        let (Some(source), Some(target)) = (ev.source.as_deref(), ev.target.as_deref()) else {
            continue;
        };
        let same = source == target
            || match (
                entity_by_id(entities, Some(source)),
                entity_by_id(entities, Some(target)),
            ) {
                (Some(s), Some(t)) => {
                    whole_state(entities, s).is_some_and(|c| whole_state(entities, t) == Some(c))
                }
                _ => false,
            };
        if same {
            let visit = ev.code.starts_with("042");
            clear_actor(ev, !visit);
        }
    }
}

/// Drops the events none of whose actors can act in a coded event (see the module doc).
#[cfg(test)]
fn keep_events_between_actors(events: &mut Vec<Event>, entities: &[Entity], article: &Article) {
    keep_between_actors(events, entities, article, &mut Texts::default());
}

/// [`keep_events_between_actors`] with the article's texts tokenized so far.
fn keep_between_actors(
    events: &mut Vec<Event>,
    entities: &[Entity],
    article: &Article,
    texts: &mut Texts,
) {
    if events.is_empty() {
        return;
    }
    // Only the entities that events name are looked at, each once.
    let mut known: Vec<(String, bool)> = Vec::new();
    let mut can = |id: Option<&str>| -> bool {
        let Some(id) = id else {
            return false;
        };
        if let Some(&(_, ok)) = known.iter().find(|(e, _)| *e == id) {
            return ok;
        }
        let ok = entities
            .iter()
            .find(|e| e.id == id)
            .is_some_and(|e| can_act_with(e, article, texts));
        known.push((id.to_owned(), ok));
        ok
    };
    events.retain(|ev| can(ev.source.as_deref()) || can(ev.target.as_deref()));
}

/// True when `entity` is an actor CAMEO codes (see the module doc); `texts` keeps the
/// article's tokenized texts between calls.
fn can_act_with(entity: &Entity, article: &Article, texts: &mut Texts) -> bool {
    if entity.kind == EntityType::Location || entity.country.is_some() || !hashed_id(&entity.id) {
        return true;
    }
    match entity.kind {
        EntityType::Organization => names_a_body(&entity.name),
        EntityType::Person => entity.mentions.iter().any(|m| {
            texts
                .tokens(article, m.part, m.paragraph)
                .is_some_and(|tokens| has_title_near(tokens, m.start, m.end))
        }),
        _ => false,
    }
}

/// The headline's and the paragraphs' words, tokenized when first asked for, and the spans
/// of the events' sentences, found when first asked for.
#[derive(Default)]
struct Texts {
    headline: Option<Tokens>,
    body: Vec<Option<Tokens>>,
    /// The span of each sentence asked for.
    spans: Vec<SentenceSpan>,
}

/// One event sentence's [`sentence_span`], as [`Texts::sentence_span`] remembers it.
struct SentenceSpan {
    paragraph: usize,
    sentence: String,
    span: Option<(usize, usize)>,
}

impl Texts {
    /// [`sentence_span`] of `ev`, looked up once per sentence (finding the sentence in its
    /// paragraph and counting chars is the costly part of the passes that ask for it often).
    fn sentence_span(&mut self, ev: &Event, article: &Article) -> Option<(usize, usize)> {
        if let Some(known) = self
            .spans
            .iter()
            .find(|k| k.paragraph == ev.paragraph && k.sentence == ev.sentence)
        {
            return known.span;
        }
        let span = sentence_span(ev, article);
        self.spans.push(SentenceSpan {
            paragraph: ev.paragraph,
            sentence: ev.sentence.clone(),
            span,
        });
        span
    }

    fn tokens(
        &mut self,
        article: &Article,
        part: ArticlePart,
        paragraph: usize,
    ) -> Option<&Tokens> {
        match part {
            ArticlePart::Headline => Some(
                self.headline
                    .get_or_insert_with(|| tokenize(&article.headline)),
            ),
            ArticlePart::Body => {
                let text = article.body.get(paragraph)?;
                if self.body.len() < article.body.len() {
                    self.body.resize_with(article.body.len(), || None);
                }
                Some(
                    self.body
                        .get_mut(paragraph)?
                        .get_or_insert_with(|| tokenize(text)),
                )
            }
            _ => None,
        }
    }
}

/// True when the id is made from a hash of the name (`per:` + 16 hex digits), not from the
/// gazetteer.
fn hashed_id(id: &str) -> bool {
    id.split_once(':')
        .is_some_and(|(_, rest)| rest.len() == 16 && rest.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// True when the name's first word (without the article) heads a public body or force.
fn names_a_body(name: &str) -> bool {
    let norm = normalize_phrase(name);
    let Some(first) = norm.split(' ').next() else {
        return false;
    };
    let bare = first.strip_prefix("ال").unwrap_or(first);
    // (`فريق` heads teams as often as delegations.)
    if bare == "فريق" {
        return false;
    }
    [BODY_HEADS, ARMED_HEADS, FORCE_HEADS]
        .iter()
        .any(|list| in_list_loose(list, bare) || in_list_loose(list, first))
}

/// True when a title or role word stands among the few words before the mention (chars
/// `start..end` of the text of `tokens`) or just after it (`وقال المتحدث باسم الجيش X`, `X،
/// المتحدث باسم الجيش`).
fn has_title_near(tokens: &Tokens, start: usize, end: usize) -> bool {
    let first_inside = tokens.words.partition_point(|w| w.end <= start);
    let first_after = tokens.words.partition_point(|w| w.start < end);
    (first_inside.saturating_sub(TITLE_WINDOW_BEFORE)..first_inside)
        .chain(first_after..(first_after + TITLE_WINDOW_AFTER).min(tokens.words.len()))
        .any(|i| is_role_word(tokens.norm(i)))
}

/// A title or role word (`المبعوث`, `ممثلة`), or the head of a body or force the person is
/// named in (`قائد الجيش`, `ميليشيا X`), in normal form.
fn is_role_word(word: &str) -> bool {
    let bare = word.strip_prefix("ال").unwrap_or(word);
    // The feminine of a title (`ممثله`, `مفوضه`) is the title with ه.
    let masculine = bare.strip_suffix('ه').unwrap_or(bare);
    // (`عضو`, a member of a body, is no title before a name elsewhere.)
    masculine == "عضو"
        || [TITLES, BODY_HEADS, ARMED_HEADS, FORCE_HEADS]
            .iter()
            .any(|list| {
                in_list_loose(list, word)
                    || in_list_loose(list, bare)
                    || in_list_loose(list, masculine)
            })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::bare_event;

    fn can_act(entity: &Entity, article: &Article) -> bool {
        can_act_with(entity, article, &mut Texts::default())
    }

    /// The trigger of the first `word` in `body` (a char offset, as the engine gives it).
    fn trigger_at(body: &str, word: &str, noun: bool, explicit: bool) -> Trigger {
        let byte = body
            .find(word)
            .unwrap_or_else(|| panic!("help: the trigger {word} is not in {body}"));
        Trigger {
            start: body[..byte].chars().count(),
            noun,
            explicit,
        }
    }

    fn article(body: &str) -> Article {
        Article {
            body: vec![body.to_owned()],
            ..Article::default()
        }
    }

    fn entity(id: &str, name: &str, kind: EntityType, body: &str) -> Entity {
        let start = body
            .find(name)
            .map(|b| body[..b].chars().count())
            .unwrap_or(0);
        Entity {
            id: id.to_owned(),
            name: name.to_owned(),
            kind,
            aliases: vec![name.to_owned()],
            country: None,
            coordinates: None,
            mentions: vec![Mention {
                text: name.to_owned(),
                part: ArticlePart::Body,
                paragraph: 0,
                start,
                end: start + name.chars().count(),
            }],
        }
    }

    #[test]
    fn a_person_with_a_role_acts_and_one_without_does_not() {
        let body = "وقال المتحدث باسم الجيش سالم دياكيتي إن القوات صدت الهجوم";
        let a = article(body);
        let spokesman = entity(
            "per:0123456789abcdef",
            "سالم دياكيتي",
            EntityType::Person,
            body,
        );
        assert!(can_act(&spokesman, &a));

        let body = "وقدم المصمم كريم سالمي عدة اقتراحات جاهزة للزبائن";
        let a = article(body);
        let designer = entity(
            "per:0123456789abcdef",
            "كريم سالمي",
            EntityType::Person,
            body,
        );
        // `المصمم` is no role that CAMEO codes.
        assert!(!can_act(&designer, &a));
    }

    #[test]
    fn a_title_after_the_name_counts() {
        let body = "وأكد سالم دياكيتي، المتحدث باسم الحكومة، أن الحوار مستمر";
        let a = article(body);
        let e = entity(
            "per:0123456789abcdef",
            "سالم دياكيتي",
            EntityType::Person,
            body,
        );
        assert!(can_act(&e, &a));
    }

    #[test]
    fn bodies_places_and_gazetteer_entries_act_and_firms_do_not() {
        let body = "أعلنت وزارة الدفاع ومجموعة الفنادق الذهبية وباماكو ذلك";
        let a = article(body);
        let ministry = entity(
            "org:0123456789abcdef",
            "وزارة الدفاع",
            EntityType::Organization,
            body,
        );
        let hotels = entity(
            "org:0123456789abcdef",
            "مجموعة الفنادق الذهبية",
            EntityType::Organization,
            body,
        );
        let place = entity("loc:0123456789abcdef", "باماكو", EntityType::Location, body);
        let known = entity(
            "org:aes",
            "تحالف دول الساحل",
            EntityType::Organization,
            body,
        );
        assert!(can_act(&ministry, &a));
        assert!(!can_act(&hotels, &a));
        assert!(can_act(&place, &a));
        assert!(can_act(&known, &a));
        let mut with_country = hotels.clone();
        with_country.country = Some("MLI".to_owned());
        assert!(can_act(&with_country, &a));
    }

    /// Where the mention of `name` in `body` is a venue.
    fn venue_of(body: &str, name: &str) -> bool {
        let start = body
            .find(name)
            .map(|b| body[..b].chars().count())
            .expect("the test names a place of its sentence");
        venue(&tokenize(body), start)
    }

    #[test]
    fn a_place_where_the_act_happened_is_a_venue() {
        assert!(venue_of("وعقد الوزراء اجتماعا في بروكسل أمس", "بروكسل"));
        assert!(venue_of("ونفذت الضربة في منطقة بركي جنوب كابل", "بركي"));
        assert!(venue_of("ونفذت الضربة في منطقة بركي جنوب كابل", "كابل"));
        assert!(venue_of("وانفجرت عبوة بمحافظة الأنبار", "الأنبار"));
        assert!(venue_of("وقعت اشتباكات بباماكو", "باماكو"));
        // A body in a place, a place opening a subject, a place acting.
        assert!(!venue_of("هدد المجلس العسكري في النيجر البعثة", "النيجر"));
        assert!(!venue_of("وقالت السلطات في مالي إنها اعتقلت خمسة", "مالي"));
        assert!(!venue_of("أعلنت ولاية بونتلاند تعليق التعاون", "بونتلاند"));
        assert!(!venue_of("واستدعت مالي سفير فرنسا", "مالي"));
    }

    #[test]
    fn a_venue_source_is_cleared_and_a_host_keeps_its_place() {
        let body = "وشدد اجتماع الوزراء في بروكسل على دعم ليبيا";
        let a = article(body);
        let place = entity("loc:0123456789abcdef", "بروكسل", EntityType::Location, body);
        let event = |code: &str| bare_event(code, Some(place.id.clone()), None, body);
        let mut events = vec![event("051"), event("043")];
        clear_venue_sources(
            &mut events,
            std::slice::from_ref(&place),
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].source, None, "help: a meeting's venue acts");
        assert_eq!(events[1].source.as_deref(), Some(place.id.as_str()));
    }

    #[test]
    fn a_town_or_a_region_is_no_actor_but_a_state_or_its_capital_is() {
        // (id, name, sentence, code, as target, kept)
        let cases = [
            // A town where the fighting was: no actor.
            (
                "loc:0123456789abcdef",
                "وادي الرمان",
                "وشهدت بلدة وادي الرمان مواجهات عنيفة بين الفصيلين",
                "193",
                false,
                false,
            ),
            (
                "loc:0123456789abcdef",
                "وادي الرمان",
                "وقصفت المدفعية بلدة وادي الرمان ليلا",
                "195",
                true,
                false,
            ),
            // A region by itself: no actor; as its states: an actor.
            (
                "loc:europe",
                "أوروبا",
                "وغرق قارب يقل مهاجرين في طريقهم إلى أوروبا",
                "190",
                true,
                false,
            ),
            (
                "loc:gulf",
                "الخليج",
                "ورحبت دول الخليج بالمبادرة الجديدة",
                "051",
                false,
                true,
            ),
            // A country, a capital, a state given by a name of its own.
            (
                "loc:SDN",
                "السودان",
                "وطالب السودان بوقف القتال فورا",
                "102",
                false,
                true,
            ),
            (
                "loc:EGY:cairo",
                "القاهرة",
                "وطالبت القاهرة بوقف القتال فورا",
                "102",
                false,
                true,
            ),
            (
                "loc:0123456789abcdee",
                "الإمارات",
                "وأرسلت الإمارات شحنة أدوية",
                "070",
                false,
                true,
            ),
            // The seat of a title, and a town a visit goes to.
            (
                "loc:0123456789abcdef",
                "وادي الرمان",
                "وطالب محافظ وادي الرمان بفتح الطريق",
                "102",
                false,
                true,
            ),
            (
                "loc:0123456789abcdef",
                "وادي الرمان",
                "ووصل الوزير إلى وادي الرمان في زيارة قصيرة",
                "042",
                true,
                true,
            ),
        ];
        for (id, name, body, code, as_target, kept) in cases {
            let a = article(body);
            let place = entity(id, name, EntityType::Location, body);
            let mut events = vec![bare_event(
                code,
                (!as_target).then(|| place.id.clone()),
                as_target.then(|| place.id.clone()),
                body,
            )];
            clear_place_actors(
                &mut events,
                std::slice::from_ref(&place),
                &a,
                &mut Texts::default(),
            );
            let actor = if as_target {
                &events[0].target
            } else {
                &events[0].source
            };
            assert_eq!(actor.is_some(), kept, "{body}");
        }
    }

    #[test]
    fn a_source_named_nowhere_in_the_sentence_is_no_actor() {
        let first = "واستقبل وزير خارجية دولة الوسط نظيره الشمالي في العاصمة.";
        let second = "ودعا المشاركون في الندوة إلى تعزيز التبادل التجاري.";
        let third = "والتقى الوزيران مرة أخرى في المساء.";
        let body = format!("{first} {second} {third}");
        let a = article(&body);
        let mid = entity("loc:MID", "دولة الوسط", EntityType::Location, &body);
        let north = entity("loc:NTH", "الشمالي", EntityType::Location, &body);
        let event = |code: &str, sentence: &str| {
            bare_event(code, Some(mid.id.clone()), Some(north.id.clone()), sentence)
        };
        let mut events = vec![
            event("043", first),
            event("020", second),
            event("040", third),
        ];
        drop_sources_outside_sentence(
            &mut events,
            &[],
            &[mid.clone(), north.clone()],
            &a,
            &mut Texts::default(),
        );
        let codes: Vec<&str> = events.iter().map(|e| e.code.as_str()).collect();
        assert_eq!(
            codes,
            ["043", "040"],
            "help: the participants' call is given to the host named a sentence before"
        );
    }

    #[test]
    fn a_title_with_the_sources_nationality_names_the_source() {
        let first = "التقى وزير الخارجية الشمالي سالم دياكيتي نظيره الجنوبي في العاصمة.";
        let second = "وأشاد الوزير الشمالي بدور الجنوب في الوساطة.";
        let third = "وأشاد المتحدث الشمالي بدور الجنوب في الوساطة.";
        let body = format!("{first} {second} {third}");
        let a = article(&body);
        let person = entity("per:1", "سالم دياكيتي", EntityType::Person, &body);
        let south = entity("loc:STH", "الجنوب", EntityType::Location, &body);
        // The nationality is a mention of its state wherever it stands.
        let mut north = entity("loc:NTH", "الشمالي", EntityType::Location, &body);
        north.mentions = body
            .match_indices("الشمالي")
            .map(|(b, w)| {
                let start = body[..b].chars().count();
                Mention {
                    text: w.to_owned(),
                    part: ArticlePart::Body,
                    paragraph: 0,
                    start,
                    end: start + w.chars().count(),
                }
            })
            .collect();
        let event = |sentence: &str| Event {
            code: "051".to_owned(),
            label: String::new(),
            source: Some(person.id.clone()),
            target: Some(south.id.clone()),
            source_country: Some("NTH".to_owned()),
            target_country: None,
            negated: false,
            goldstein: 0.0,
            date: None,
            paragraph: 0,
            sentence: sentence.to_owned(),
        };
        let mut events = vec![event(second), event(third)];
        drop_sources_outside_sentence(
            &mut events,
            &[],
            &[person.clone(), south.clone(), north.clone()],
            &a,
            &mut Texts::default(),
        );
        let kept: Vec<&str> = events.iter().map(|e| e.sentence.as_str()).collect();
        assert_eq!(
            kept,
            [second],
            "help: the northern minister is the one named before; a spokesman is someone else"
        );
    }

    #[test]
    fn a_verbal_noun_with_its_doer_pronoun_names_the_source() {
        let first = "وصل وزير خارجية دولة الوسط إلى العاصمة الشمالية أمس.";
        let second = "وخلال اجتماعه بقادة الشمالي، جرى بحث ملف الحدود.";
        let third = "وخلال الاجتماع بقادة الشمالي، جرى بحث ملف المياه.";
        let body = format!("{first} {second} {third}");
        let a = article(&body);
        let mid = entity("loc:MID", "دولة الوسط", EntityType::Location, &body);
        let north = entity("loc:NTH", "الشمالي", EntityType::Location, &body);
        let event = |sentence: &str| {
            bare_event(
                "040",
                Some(mid.id.clone()),
                Some(north.id.clone()),
                sentence,
            )
        };
        let noun_at = |word: &str| trigger_at(&body, word, true, false);
        let mut events = vec![event(second), event(third)];
        drop_sources_outside_sentence(
            &mut events,
            &[noun_at("اجتماعه"), noun_at("الاجتماع")],
            &[mid.clone(), north.clone()],
            &a,
            &mut Texts::default(),
        );
        let kept: Vec<&str> = events.iter().map(|e| e.sentence.as_str()).collect();
        assert_eq!(
            kept,
            [second],
            "help: the pronoun of اجتماعه is the minister named before; the bare noun names no one"
        );
    }

    #[test]
    fn a_number_counted_out_of_a_force_that_was_hit_is_the_target() {
        let event = |body: &str, source: &Entity, target: Option<&Entity>| {
            bare_event(
                "190",
                Some(source.id.clone()),
                target.map(|t| t.id.clone()),
                body,
            )
        };
        let settle = |body: &str, events: &mut Vec<Event>, ents: &[Entity]| {
            fix_victim_sources(events, ents, &article(body), &mut Texts::default());
        };
        let front_id = "org:0123456789abcdef";
        // Counted among the killed, with the attacker named: the attacker acts on them.
        let body = "وأعلن الجيش أن اثنين من أفراد حرس السهل قتلا في هجوم نفذته جبهة الوادي.";
        let front = entity(front_id, "جبهة الوادي", EntityType::Organization, body);
        let guard = entity(
            "org:fedcba9876543210",
            "حرس السهل",
            EntityType::Organization,
            body,
        );
        let mut events = vec![event(body, &guard, Some(&front))];
        settle(body, &mut events, &[front.clone(), guard.clone()]);
        assert_eq!(
            (events[0].source.as_deref(), events[0].target.as_deref()),
            (Some(front_id), Some(guard.id.as_str())),
            "help: the guards counted among the killed are still the attackers"
        );
        // With no one else named, they are only the target.
        let body = "وقالت مصادر إن سبعة من مقاتلي جبهة الوادي قتلوا في اشتباكات عنيفة.";
        let front = entity(front_id, "جبهة الوادي", EntityType::Organization, body);
        let mut events = vec![event(body, &front, None)];
        settle(body, &mut events, std::slice::from_ref(&front));
        assert_eq!(
            (events[0].source.as_deref(), events[0].target.as_deref()),
            (None, Some(front_id))
        );
        // With no word of killing, a counted group acts: "هاجم عشرات من مقاتلي X موقعا".
        let body = "وهاجم عشرات من مقاتلي جبهة الوادي موقعا عسكريا.";
        let front = entity(front_id, "جبهة الوادي", EntityType::Organization, body);
        let mut events = vec![event(body, &front, None)];
        settle(body, &mut events, std::slice::from_ref(&front));
        assert_eq!(events[0].source.as_deref(), Some(front_id));
    }

    #[test]
    fn a_victim_named_as_source_becomes_the_target() {
        let body = "وشن مسلحون هجوما استهدف دورية تابعة لجيش الخلاص قرب الحدود";
        let a = article(body);
        let army = entity(
            "org:0123456789abcdef",
            "جيش الخلاص",
            EntityType::Organization,
            body,
        );
        let event =
            |source: &Entity, code: &str| bare_event(code, Some(source.id.clone()), None, body);
        let mut events = vec![event(&army, "190"), event(&army, "042")];
        fix_victim_sources(
            &mut events,
            std::slice::from_ref(&army),
            &a,
            &mut Texts::default(),
        );
        assert_eq!(
            events[0].source, None,
            "help: the attacked army is still the attacker"
        );
        assert_eq!(events[0].target.as_deref(), Some(army.id.as_str()));
        // Only acts of force are read so.
        assert_eq!(events[1].source.as_deref(), Some(army.id.as_str()));

        // An agent marker names the doer.
        let body = "وندد النائب باستهداف القائد من جانب جيش الخلاص";
        let a = article(body);
        let army = entity(
            "org:0123456789abcdef",
            "جيش الخلاص",
            EntityType::Organization,
            body,
        );
        let mut events = vec![event(&army, "190")];
        events[0].sentence = body.to_owned();
        fix_victim_sources(
            &mut events,
            std::slice::from_ref(&army),
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].source.as_deref(), Some(army.id.as_str()));
    }

    #[test]
    fn a_speaker_who_reports_an_act_of_others_is_not_its_source() {
        // (source, sentence, trigger word, code, whether the speaker is cleared)
        let cases = [
            (
                "الهيئة الوطنية للرصد",
                "قالت الهيئة الوطنية للرصد إن ثلاثة مسلحين ملثمين هاجموا نقطة للحراسة قرب الجسر",
                "هاجموا",
                "190",
                true,
            ),
            (
                "الهيئة الوطنية للرصد",
                "وأفادت الهيئة الوطنية للرصد في تقريرها الشهري بأن عشرات السجناء تعرضوا للضرب في الزنازين",
                "للضرب",
                "180",
                true,
            ),
            // A participle of saying after the speaker's own act opens the reported clause.
            (
                "الهيئة الوطنية للرصد",
                "استنكرت الهيئة الوطنية للرصد الاعتداء، مؤكدة أن المهربين يهاجمون القرى الحدودية كل شهر",
                "يهاجمون",
                "190",
                true,
            ),
            (
                "الهيئة الوطنية للرصد",
                "ونددت الهيئة الوطنية للرصد بالتعذيب، مشيرة إلى أن حراس السجن ضربوا عشرات الموقوفين",
                "ضربوا",
                "180",
                true,
            ),
            // A crime or attack the speaker points back to is not the speaker's act.
            (
                "الهيئة الوطنية للرصد",
                "وأشارت الهيئة الوطنية للرصد إلى أن هذه الجريمة استهدفت عائلات آمنة",
                "استهدفت",
                "190",
                true,
            ),
            // The speaker's own forces, units, side or pair: the speaker's act.
            (
                "الجيش الوطني",
                "أعلن الجيش الوطني أن فرقاطة تابعة له أسقطت طائرة مسيرة فوق الخليج",
                "أسقطت",
                "190",
                false,
            ),
            (
                "الجيش الوطني",
                "قال الجيش الوطني إن قواته البرية قصفت مخزنا للسلاح",
                "قصفت",
                "195",
                false,
            ),
            (
                "الجيش الوطني",
                "أعلن الجيش الوطني أن طائرات مقاتلة نفذت غارة على معسكر للمتمردين",
                "غارة",
                "195",
                false,
            ),
            (
                "وزارة الخارجية الكندية",
                "وذكرت وزارة الخارجية الكندية أن الجانبين اتفقا على تبادل الخبرات",
                "اتفقا",
                "050",
                false,
            ),
            // An act after a comma, or joined by و, continues the speaker.
            (
                "الهيئة الوطنية للرصد",
                "قالت الهيئة الوطنية للرصد إن مسلحين قتلوا ثلاثة مزارعين، وطالبت السلطات بالتحقيق",
                "وطالبت",
                "100",
                false,
            ),
            // The complementizer's pronoun is the speaker.
            (
                "الهيئة الوطنية للرصد",
                "قالت الهيئة الوطنية للرصد إنها رصدت ثلاثة مسلحين يهاجمون نقطة للحراسة",
                "يهاجمون",
                "190",
                false,
            ),
            // A reporter that tells of casualties: not who struck.
            (
                "مرصد الحقوق الوطني",
                "أفاد مرصد الحقوق الوطني بمقتل تسعة رعاة جراء غارات نفذتها طائرات حربية فوق الوادي",
                "غارات",
                "195",
                true,
            ),
            (
                "الدفاع المدني في الإقليم",
                "وذكر الدفاع المدني في الإقليم اليوم بسقوط أربعة قتلى في قصف مدفعي على السوق",
                "قصف",
                "194",
                true,
            ),
            // Not a force telling of its own strike, nor an act after a comma.
            (
                "الجيش الوطني",
                "أعلن الجيش الوطني بمقتل عشرين مسلحا في غارات نفذتها طائراته فوق الوادي",
                "غارات",
                "195",
                false,
            ),
            (
                "مرصد الحقوق الوطني",
                "أفاد مرصد الحقوق الوطني بمقتل تسعة رعاة، واتهم الحكومة بقصف الوادي",
                "بقصف",
                "195",
                false,
            ),
        ];
        for (name, body, word, code, cleared) in cases {
            let a = article(body);
            let speaker = entity("org:0123456789abcdef", name, EntityType::Organization, body);
            let trigger = trigger_at(body, word, false, true);
            let ev = bare_event(code, Some(speaker.id.clone()), None, body);
            let got = reporter_source(
                &ev,
                Some(&trigger),
                std::slice::from_ref(&speaker),
                &a,
                &mut Texts::default(),
            );
            assert_eq!(got, cleared, "help: {body}");
        }
    }

    #[test]
    fn a_speaker_after_a_long_title_only_reports_the_act() {
        // (sentence, trigger, code, whether the speaker as the source is cleared)
        let cases = [
            (
                "وقال مدير شرطة محافظة الوادي اللواء سامر الحلبي لـ«الصحيفة» إن وصول التعزيزات مع توجيه ضربات جوية لتجمعات المسلحين أدى إلى فرارهم",
                "ضربات",
                "190",
                true,
            ),
            (
                "وأوضح مدير عام الإعلام والعلاقات العامة بوزارة الداخلية العميد سامر الحلبي أن دوريات الأمن اعتقلت ثلاثة متسللين",
                "اعتقلت",
                "173",
                true,
            ),
            // A talk the speaker tells of may be the speaker's own; a speaker's judgement of a
            // deed is the speaker's condemnation.
            (
                "وأوضح وزير الخارجية في الحكومة الانتقالية سامر الحلبي أن الاجتماع بحث التعاون بين البلدين",
                "الاجتماع",
                "040",
                false,
            ),
            (
                "وأكد مدير عام التعليم في منطقة الوادي سامر الحلبي أن الحادث عمل إجرامي جبان",
                "إجرامي",
                "111",
                false,
            ),
            // A name after a complementizer is inside what was said, not its speaker.
            (
                "وقال الوزير أمس في مؤتمر صحفي إن رئيس الأركان سامر الحلبي أن الطائرات قصفت المعسكر",
                "قصفت",
                "195",
                false,
            ),
        ];
        for (body, word, code, cleared) in cases {
            let a = article(body);
            let speaker = entity(
                "per:0123456789abcdef",
                "سامر الحلبي",
                EntityType::Person,
                body,
            );
            let trigger = trigger_at(body, word, false, true);
            let ev = bare_event(code, Some(speaker.id.clone()), None, body);
            let got = reporter_source(
                &ev,
                Some(&trigger),
                std::slice::from_ref(&speaker),
                &a,
                &mut Texts::default(),
            );
            assert_eq!(got, cleared, "help: {body}");
        }
    }

    #[test]
    fn a_district_named_as_a_body_is_no_actor() {
        // (the district's or directorate's name, code, whether it is cleared as the target)
        let cases = [
            ("مديرية الزاهر", "192", true),
            ("مديرية وادي النخيل", "190", true),
            // A directorate of a field is a body; a district visited stands for its country,
            // as a town does.
            ("مديرية الأمن العام", "192", false),
            ("مديرية الشؤون الصحية", "190", false),
            ("مديرية الزاهر", "042", false),
        ];
        for (name, code, cleared) in cases {
            let body = format!("سيطرت قوات المعارضة على {name} بعد معارك عنيفة");
            let a = article(&body);
            let forces = entity(
                "org:1111111111111111",
                "قوات المعارضة",
                EntityType::Organization,
                &body,
            );
            let district = entity(
                "org:0123456789abcdef",
                name,
                EntityType::Organization,
                &body,
            );
            let entities = [forces, district];
            let mut events = vec![bare_event(
                code,
                Some(entities[0].id.clone()),
                Some(entities[1].id.clone()),
                &body,
            )];
            clear_place_actors(&mut events, &entities, &a, &mut Texts::default());
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
            assert!(events[0].source.is_some(), "help: {body}");
        }
    }

    #[test]
    fn a_country_where_a_strike_fell_is_not_its_target() {
        // (the sentence, the source's and the target's names, whether the target is cleared)
        let cases = [
            (
                "ونفذت قوات التحالف أمس عشرات الغارات الجوية في الواديين على مواقع جماعة الرايات السود",
                "قوات التحالف",
                "الواديين",
                true,
            ),
            (
                "وقصفت قوات التحالف مواقع جماعة الرايات السود بالواديين",
                "قوات التحالف",
                "الواديين",
                true,
            ),
            (
                "وشنت قوات التحالف أمس عشرات الغارات في الجزائر والواديين على جماعة الرايات السود",
                "قوات التحالف",
                "الواديين",
                true,
            ),
            // A strike on the country itself, and one that hit the state's own army, stay.
            (
                "وشنت قوات التحالف غارات على الواديين",
                "قوات التحالف",
                "الواديين",
                false,
            ),
            (
                "وقالت قوات التحالف إن ضرباتها في الواديين تستهدف جيشها",
                "قوات التحالف",
                "الواديين",
                false,
            ),
        ];
        for (body, source, place, cleared) in cases {
            let a = article(body);
            let entities = [
                entity(
                    "org:1111111111111111",
                    source,
                    EntityType::Organization,
                    body,
                ),
                entity("loc:0123456789abcdef", place, EntityType::Location, body),
            ];
            let mut events = vec![bare_event(
                "195",
                Some(entities[0].id.clone()),
                Some(entities[1].id.clone()),
                body,
            )];
            clear_venue_targets(&mut events, &entities, &a, &mut Texts::default());
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
            assert!(events[0].source.is_some(), "help: {body}");
            // Not an act of force: the place stays.
            events[0].code = "042".to_owned();
            events[0].target = Some(entities[1].id.clone());
            clear_venue_targets(&mut events, &entities, &a, &mut Texts::default());
            assert!(events[0].target.is_some(), "help: {body}");
        }
    }

    #[test]
    fn a_meeting_place_is_no_target() {
        // (sentence, code, place, target cleared)
        let cases = [
            (
                "وعقد سامر ناجي اجتماعا مطولا أمس في جنيف",
                "040",
                "جنيف",
                true,
            ),
            (
                "واستقبل سامر ناجي أهالي المعتقلين الموجودين في المملكة",
                "043",
                "المملكة",
                true,
            ),
            (
                "وتعاون سامر ناجي مع المتطوعين أمس في مدينة العقبة",
                "064",
                "العقبة",
                true,
            ),
            // A recognition's object behind ب (root 05 is left alone).
            ("واعترف سامر ناجي بدولة فلسطين", "051", "فلسطين", false),
            // The place is the other side, once not as a venue.
            (
                "ووقع سامر ناجي اتفاقا مع الأردن في مدينة العقبة بحضور سفراء الأردن",
                "057",
                "الأردن",
                false,
            ),
            // A place after a body names the body's country.
            (
                "والتقى سامر ناجي المجلس العسكري في النيجر",
                "040",
                "النيجر",
                false,
            ),
            // A visit's target is where the visitor went.
            ("وحل سامر ناجي ضيفا في الأردن", "042", "الأردن", false),
        ];
        for (body, code, place, cleared) in cases {
            let a = article(body);
            let entities = [
                entity(
                    "per:0123456789abcdef",
                    "سامر ناجي",
                    EntityType::Person,
                    body,
                ),
                entity("loc:fedcba9876543210", place, EntityType::Location, body),
            ];
            let mut events = vec![bare_event(
                code,
                Some(entities[0].id.clone()),
                Some(entities[1].id.clone()),
                body,
            )];
            clear_meeting_venue_targets(&mut events, &entities, &a, &mut Texts::default());
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
            assert!(events[0].source.is_some(), "help: {body}");
        }
    }

    #[test]
    fn a_stateless_group_that_struck_inside_a_country_hit_that_country() {
        let body = "وفجر تنظيم الدولة الإسلامية أمس سيارة مفخخة في الواديين";
        let a = article(body);
        let entities = [
            entity(
                "org:isis",
                "تنظيم الدولة الإسلامية",
                EntityType::Organization,
                body,
            ),
            entity(
                "loc:0123456789abcdef",
                "الواديين",
                EntityType::Location,
                body,
            ),
        ];
        let event = || {
            bare_event(
                "183",
                Some(entities[0].id.clone()),
                Some(entities[1].id.clone()),
                body,
            )
        };
        // Nothing later found whom it hit: the country comes back.
        let mut events = vec![event()];
        let cleared = clear_venue_targets(&mut events, &entities, &a, &mut Texts::default());
        assert!(events[0].target.is_none());
        restore_group_venue_targets(&mut events, cleared);
        assert_eq!(events[0].target, Some(entities[1].id.clone()));
        // A later pass gave the act another target, or took the group away as its source: it stays.
        let mut events = vec![event()];
        let cleared = clear_venue_targets(&mut events, &entities, &a, &mut Texts::default());
        events[0].source = None;
        restore_group_venue_targets(&mut events, cleared);
        assert!(events[0].target.is_none());
        // A body the gazetteer does not list as an armed group: the place stays cleared.
        let mut events = vec![event()];
        events[0].source = Some("org:1111111111111111".to_owned());
        let entities2 = [
            entity(
                "org:1111111111111111",
                "تنظيم الدولة الإسلامية",
                EntityType::Organization,
                body,
            ),
            entities[1].clone(),
        ];
        let cleared = clear_venue_targets(&mut events, &entities2, &a, &mut Texts::default());
        restore_group_venue_targets(&mut events, cleared);
        assert!(events[0].target.is_none());
    }

    #[test]
    fn the_speaker_who_tells_an_act_is_not_whom_it_hit() {
        // (sentence, trigger, code, whether the speaker as the target is cleared)
        let cases = [
            (
                "ومن جهته، قال المهندس سامر الحلبي رئيس مجلس الأعيان السابق في حديث لوكالة الأنباء إن الشعب يستنكر هذه الجرائم",
                "يستنكر",
                "111",
                true,
            ),
            (
                "وقال الناشط سامر الحلبي المتابع لأخبار الجماعة لـ«الصحيفة»، إن مسلحين خطفوا خمسين مدنيا من البلدة",
                "خطفوا",
                "181",
                true,
            ),
            (
                "أكد لـ(الصحيفة) الشيخ سامر الحلبي رئيس تحالف القبائل، أن المسلحين تلقوا ضربات موجعة من الجيش",
                "ضربات",
                "190",
                true,
            ),
            // The clause says the speaker was hit (a pronoun for the speaker), or something is
            // the speaker's.
            (
                "وقال سامر الحلبي إن منزله تعرض لقصف مدفعي عنيف",
                "لقصف",
                "194",
                false,
            ),
            (
                "وقال سامر الحلبي إنه تعرض لهجوم مسلح",
                "لهجوم",
                "190",
                false,
            ),
            (
                "وقال سامر الحلبي إن دبابة أطلقت النار على دورية تابعة له",
                "أطلقت",
                "190",
                false,
            ),
            // Talks the teller tells of; the name after the act.
            (
                "وقال سامر الحلبي إن اللقاء بحث التعاون بين البلدين",
                "اللقاء",
                "040",
                false,
            ),
            (
                "وقال المتحدث إن مسلحين خطفوا سامر الحلبي من منزله",
                "خطفوا",
                "181",
                false,
            ),
        ];
        for (body, word, code, cleared) in cases {
            let a = article(body);
            let speaker = entity(
                "per:0123456789abcdef",
                "سامر الحلبي",
                EntityType::Person,
                body,
            );
            let entities = [speaker];
            let mut events = vec![bare_event(code, None, Some(entities[0].id.clone()), body)];
            let triggers = [trigger_at(body, word, false, true)];
            clear_reported_act_speaker_targets(
                &mut events,
                &triggers,
                &entities,
                &a,
                &mut Texts::default(),
            );
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
        }
        // A state's organ tells of an act against its state by another state's side.
        let body = "وقالت وزارة الدفاع الكويتية إن الدفاعات اعترضت صاروخا أطلقته جماعة مسلحة";
        let a = article(body);
        let ministry = entity(
            "org:0123456789abcdef",
            "وزارة الدفاع الكويتية",
            EntityType::Organization,
            body,
        );
        let entities = [ministry];
        for (source_country, cleared) in [(Some("IRN"), false), (None, true)] {
            let mut ev = bare_event("190", None, Some(entities[0].id.clone()), body);
            ev.source_country = source_country.map(str::to_owned);
            let mut events = vec![ev];
            let triggers = [trigger_at(body, "اعترضت", false, true)];
            clear_reported_act_speaker_targets(
                &mut events,
                &triggers,
                &entities,
                &a,
                &mut Texts::default(),
            );
            assert_eq!(
                events[0].target.is_none(),
                cleared,
                "help: {source_country:?}"
            );
        }
    }

    #[test]
    fn a_target_that_is_the_source_under_another_name_is_cleared() {
        let body = "وقالت إيران إن وفدا من طهران سيزور أنقرة";
        let located = |id: &str, name: &str, country: &str| {
            let mut e = entity(id, name, EntityType::Location, body);
            e.country = Some(country.to_owned());
            e
        };
        let entities = [
            located("loc:IRN", "إيران", "IRN"),
            located("loc:IRN:tehran", "طهران", "IRN"),
            located("loc:TUR:ankara", "أنقرة", "TUR"),
        ];
        let ev = |s: &str, t: &str| bare_event("040", Some(s.to_owned()), Some(t.to_owned()), body);
        let mut events = vec![
            ev("loc:IRN", "loc:IRN:tehran"),
            ev("loc:IRN:tehran", "loc:IRN"),
            ev("loc:IRN", "loc:IRN"),
            ev("loc:IRN", "loc:TUR:ankara"),
        ];
        clear_self_targets(&mut events, &entities);
        let targets: Vec<Option<&str>> = events.iter().map(|e| e.target.as_deref()).collect();
        assert_eq!(targets, [None, None, None, Some("loc:TUR:ankara")]);
        // The source stays.
        assert!(events.iter().all(|e| e.source.is_some()));
        // A visit keeps where the visitor went.
        let mut visits = vec![bare_event(
            "042",
            Some("loc:IRN".to_owned()),
            Some("loc:IRN:tehran".to_owned()),
            body,
        )];
        clear_self_targets(&mut visits, &entities);
        assert_eq!(visits[0].source, None);
        assert_eq!(visits[0].target.as_deref(), Some("loc:IRN:tehran"));
    }

    #[test]
    fn an_act_told_inside_what_the_reported_subject_made_is_the_subjects() {
        const SPEAKER: &str = "per:0000000000000001";
        const MAKER: &str = "per:0000000000000002";
        // (sentence, the act's verb, the source after)
        let cases = [
            // An appeal made by the one the spokesman tells of: the maker's.
            (
                "وبين سامر الخطيب في تصريح صحفي أن الوزير نادر الحلبي كان قد أطلق نداء الشهر الماضي، دعا فيه المهندسين المغتربين إلى العودة",
                "دعا",
                MAKER,
            ),
            (
                "وقال سامر الخطيب إن نادر الحلبي ألقى كلمة في الحفل حث خلالها الشباب على التطوع",
                "حث",
                MAKER,
            ),
            // No فيه/خلالها: an act after a comma goes on with the speaker.
            (
                "وبين سامر الخطيب أن نادر الحلبي زار المدينة، دعا المهندسين إلى العودة",
                "دعا",
                SPEAKER,
            ),
            // The speaker's own appeal (`إنه`): no one else is named in the clause.
            (
                "وقال سامر الخطيب إنه أطلق نداء دعا فيه المهندسين إلى العودة",
                "دعا",
                SPEAKER,
            ),
        ];
        for (body, verb, want) in cases {
            let a = article(body);
            let mut entities = vec![entity(SPEAKER, "سامر الخطيب", EntityType::Person, body)];
            if body.contains("نادر الحلبي") {
                entities.push(entity(MAKER, "نادر الحلبي", EntityType::Person, body));
            }
            let trigger = trigger_at(body, verb, false, true);
            let mut events = vec![bare_event("020", Some(SPEAKER.to_owned()), None, body)];
            maker_sources(
                &mut events,
                &[trigger],
                &entities,
                &a,
                &mut Texts::default(),
            );
            assert_eq!(events[0].source.as_deref(), Some(want), "help: {body}");
        }
    }

    #[test]
    fn the_doer_a_relative_clause_names_after_an_act_noun_is_its_source() {
        // (sentence, the act noun, code, source before, target before, source and target
        // after: entity names or None)
        type Case<'a> = (
            &'a str,
            &'a str,
            &'a str,
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
        );
        let cases: [Case; 7] = [
            (
                "عانت البلدة من الهجمات الدامية التي شنتها جماعة الرايات السود على أسواقها",
                "الهجمات",
                "190",
                Some("البلدة"),
                Some("جماعة الرايات السود"),
                Some("جماعة الرايات السود"),
                Some("البلدة"),
            ),
            // A person given as the source of an act done to them is more often the one
            // who tells of it: no target.
            (
                "وقال جميل حداد إن الهجمات التي شنتها جماعة الرايات السود توقفت",
                "الهجمات",
                "190",
                Some("جميل حداد"),
                Some("جماعة الرايات السود"),
                Some("جماعة الرايات السود"),
                None,
            ),
            (
                "سقط عشرون قتيلا في غارات جوية نفذتها طائرات تحالف الجنوب على المدينة",
                "غارات",
                "195",
                None,
                Some("تحالف الجنوب"),
                Some("تحالف الجنوب"),
                None,
            ),
            (
                "وقال الناطق باسم الحركة إن المداهمة التي قام عليها الجيش لم تسفر عن شيء",
                "المداهمة",
                "190",
                Some("الحركة"),
                None,
                Some("الحركة"),
                None,
            ),
            // A name behind a preposition after the verb is where the act went, not its doer.
            (
                "وأشاد البيان بالعملية التي نفذها الجنود ضد جماعة الرايات السود قرب الحدود",
                "بالعملية",
                "190",
                None,
                Some("جماعة الرايات السود"),
                None,
                Some("جماعة الرايات السود"),
            ),
            // The relative clause of another noun (after a preposition) says nothing of the act.
            (
                "ندد المجلس بالهجوم على القافلة التي نظمتها جمعية الهلال للإغاثة",
                "بالهجوم",
                "190",
                Some("المجلس"),
                None,
                Some("المجلس"),
                None,
            ),
            (
                "وتواصل القوات عملياتها العسكرية التي تقودها قيادة المنطقة الشمالية في الجبال",
                "عملياتها",
                "190",
                Some("القوات"),
                None,
                Some("قيادة المنطقة الشمالية"),
                None,
            ),
        ];
        for (body, word, code, source, target, want_source, want_target) in cases {
            let a = article(body);
            let names = [
                "البلدة",
                "جماعة الرايات السود",
                "تحالف الجنوب",
                "الحركة",
                "المجلس",
                "جمعية الهلال للإغاثة",
                "القوات",
                "قيادة المنطقة الشمالية",
                "جميل حداد",
            ];
            let entities: Vec<Entity> = names
                .iter()
                .enumerate()
                .filter(|(_, n)| body.contains(*n))
                .map(|(i, n)| match *n {
                    // (The town is a place of the gazetteer, the speaker a person; the others
                    // are the tagger's names.)
                    "البلدة" => entity("loc:town", n, EntityType::Location, body),
                    "جميل حداد" => {
                        entity(&format!("per:{i:016x}"), n, EntityType::Person, body)
                    }
                    _ => entity(&format!("org:{i:016x}"), n, EntityType::Organization, body),
                })
                .collect();
            let id = |n: Option<&str>| {
                n.and_then(|n| entities.iter().find(|e| e.name == n))
                    .map(|e| e.id.clone())
            };
            let trigger = trigger_at(body, word, true, true);
            let mut events = vec![bare_event(code, id(source), id(target), body)];
            relative_doer_sources(
                &mut events,
                &[trigger],
                &entities,
                &a,
                &mut Texts::default(),
            );
            assert_eq!(
                (events[0].source.clone(), events[0].target.clone()),
                (id(want_source), id(want_target)),
                "help: {body}"
            );
        }
    }

    #[test]
    fn an_act_noun_s_own_nationality_is_its_source_when_none_was_found() {
        let g = crate::events::engine::gazetteer();
        let state = |a3: &str| {
            let e = g
                .country(a3)
                .and_then(|i| g.entry(i))
                .expect("a gazetteer country");
            Entity {
                id: e.id.clone(),
                name: e.name.clone(),
                kind: EntityType::Location,
                aliases: vec![e.name.clone()],
                country: Some(a3.to_owned()),
                coordinates: None,
                mentions: Vec::new(),
            }
        };
        let town = || Entity {
            country: Some("LBN".to_owned()),
            ..entity("loc:town", "البلدة", EntityType::Location, "")
        };
        let army = |body: &str| Entity {
            country: Some("TUR".to_owned()),
            ..entity(
                "org:0123456789abcdef",
                "الجيش التركي",
                EntityType::Organization,
                body,
            )
        };
        // (sentence, act noun, code, source before, target before, source and target after:
        // "TUR"/"LBN" the states, "town", "army" or None)
        type Case<'a> = (
            &'a str,
            &'a str,
            &'a str,
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
        );
        let cases: [Case; 8] = [
            (
                "وأصيب أربعة رعاة في قصف جوي تركي طال أطراف البلدة فجر الأحد",
                "قصف",
                "195",
                None,
                Some("TUR"),
                Some("TUR"),
                None,
            ),
            (
                "وتضررت البلدة من الغارات الجوية التركية على التلال المحيطة بها",
                "الغارات",
                "195",
                Some("town"),
                Some("TUR"),
                Some("TUR"),
                Some("town"),
            ),
            (
                "وطالب الأهالي بوقف الحرب التركية على القرى الجبلية في لبنان",
                "الحرب",
                "190",
                None,
                Some("LBN"),
                Some("TUR"),
                Some("LBN"),
            ),
            // The noun and the nationality disagree in definiteness, or a comma stands
            // between: the nationality is not the noun's.
            (
                "وقالت الحكومة إن القصف طال مزارع تركية في الريف",
                "القصف",
                "195",
                None,
                Some("TUR"),
                None,
                Some("TUR"),
            ),
            (
                "وبعد الهجوم، تركية ومواطنون آخرون غادروا البلدة",
                "الهجوم",
                "190",
                None,
                Some("TUR"),
                None,
                Some("TUR"),
            ),
            // People of the state after the noun are its object.
            (
                "وصدمت المجزرة اللبنانيين في البلدة",
                "المجزرة",
                "202",
                None,
                Some("LBN"),
                None,
                Some("LBN"),
            ),
            // A source of the state's own stays, and so does another doer the engine found.
            (
                "وواصل الجيش التركي عملياته، وشملت الغارات التركية أطراف البلدة",
                "الغارات",
                "195",
                Some("army"),
                Some("town"),
                Some("army"),
                Some("town"),
            ),
            (
                "وأدانت البلدة القصف التركي على لبنان",
                "القصف",
                "195",
                Some("town"),
                None,
                Some("town"),
                None,
            ),
        ];
        let verb_cases: [Case; 12] = [
            // A passive killing caused by a strike with a nationality: the strike's state is
            // the agent; the killed people's state stays the target.
            (
                "وقتل ثلاثة رعاة لبنانيين جراء قصف جوي تركي على أطراف البلدة",
                "وقتل",
                "190",
                None,
                Some("LBN"),
                Some("TUR"),
                Some("LBN"),
            ),
            (
                "وأصيب أربعة رعاة بقصف تركي قرب البلدة",
                "وأصيب",
                "190",
                None,
                None,
                Some("TUR"),
                None,
            ),
            // Not across a full stop, nor after a verb that is no killing.
            (
                "وقتل ثلاثة رعاة. وفي قصف تركي آخر تضررت البلدة",
                "وقتل",
                "190",
                None,
                None,
                None,
                None,
            ),
            (
                "وفر ثلاثة رعاة من البلدة جراء قصف تركي",
                "وفر",
                "190",
                None,
                None,
                None,
                None,
            ),
            (
                "وأصيب أربعة رعاة في قصف جوي تركي استهدف أطراف البلدة",
                "استهدف",
                "190",
                None,
                Some("TUR"),
                Some("TUR"),
                None,
            ),
            // An object in the accusative, a comma between, or a verb whose object pronoun
            // is the noun (its subject follows) is no subject.
            (
                "وكان بين عدة لبنانيين اعتقلهم الجيش التركي أمس",
                "اعتقلهم",
                "173",
                Some("army"),
                Some("LBN"),
                Some("army"),
                Some("LBN"),
            ),
            (
                "وقالت البلدة إن مسلحين خطفوا صحفيا تركيا اعتقلوه أمس",
                "اعتقلوه",
                "173",
                None,
                Some("TUR"),
                None,
                Some("TUR"),
            ),
            (
                "وقالت البلدة إن ثلاثة مهندسين لبنانيين خطفوا قرب الحدود",
                "خطفوا",
                "181",
                None,
                Some("LBN"),
                None,
                Some("LBN"),
            ),
            (
                "والتقى رئيس البلدة بوفد تركي وبحث معه أوضاع لبنان",
                "وبحث",
                "040",
                Some("town"),
                Some("TUR"),
                Some("town"),
                Some("TUR"),
            ),
            (
                "واستقبل رئيس البلدة الوفد التركي ناقش معه أوضاع لبنان",
                "ناقش",
                "040",
                Some("town"),
                Some("TUR"),
                Some("town"),
                Some("TUR"),
            ),
            (
                "وأعلنت الحكومة التركية الإفراج عن صحفي لبناني",
                "الإفراج",
                "0841",
                None,
                Some("LBN"),
                None,
                Some("LBN"),
            ),
            (
                "وبعد القصف التركي، استهدف مسلحون البلدة",
                "استهدف",
                "190",
                None,
                Some("TUR"),
                None,
                Some("TUR"),
            ),
        ];
        let nouns = cases.iter().map(|c| (c, true));
        for ((body, word, code, source, target, want_source, want_target), noun) in
            nouns.chain(verb_cases.iter().map(|c| (c, false)))
        {
            let (body, word, code) = (*body, *word, *code);
            let (source, target, want_source, want_target) =
                (*source, *target, *want_source, *want_target);
            let a = article(body);
            let mut entities = vec![state("TUR"), state("LBN"), army(body)];
            let mut t = town();
            t.mentions = entity("loc:town", "البلدة", EntityType::Location, body).mentions;
            entities.push(t);
            let id = |n: Option<&str>| match n? {
                "TUR" => Some(state("TUR").id),
                "LBN" => Some(state("LBN").id),
                "town" => Some("loc:town".to_owned()),
                "army" => Some("org:0123456789abcdef".to_owned()),
                _ => None,
            };
            let trigger = trigger_at(body, word, noun, true);
            let mut events = vec![bare_event(code, id(source), id(target), body)];
            if source == Some("army") {
                events[0].source_country = Some("TUR".to_owned());
            }
            noun_nationality_sources(
                &mut events,
                &[trigger],
                &entities,
                &a,
                &mut Texts::default(),
            );
            assert_eq!(
                (events[0].source.clone(), events[0].target.clone()),
                (id(want_source), id(want_target)),
                "help: {body}"
            );
        }
    }

    #[test]
    fn a_strike_nationality_names_the_doer_once_the_victim_leaves_the_source() {
        let body = "وقالت الوزارة إن القيادي سالم العتيبي قتل في غارة جوية تركية قرب الحدود";
        let g = crate::events::engine::gazetteer();
        let state = |a3: &str| {
            let e = g
                .country(a3)
                .and_then(|i| g.entry(i))
                .expect("a gazetteer country");
            Entity {
                id: e.id.clone(),
                name: e.name.clone(),
                kind: EntityType::Location,
                aliases: vec![e.name.clone()],
                country: Some(a3.to_owned()),
                coordinates: None,
                mentions: Vec::new(),
            }
        };
        let a = article(body);
        let victim = entity(
            "per:00000000000000aa",
            "سالم العتيبي",
            EntityType::Person,
            body,
        );
        let entities = vec![state("TUR"), victim.clone()];
        let trigger = trigger_at(body, "قتل", false, true);
        let mut events = vec![bare_event("190", Some(victim.id.clone()), None, body)];
        let mut texts = Texts::default();
        // The chain of `settle_actors_traced`: the victim still stands as source at first.
        noun_nationality_sources(&mut events, &[trigger], &entities, &a, &mut texts);
        let unnamed_before = vec![events[0].source.is_none()];
        passive_victims::passive_victim_sources(&mut events, &entities, &a, &mut texts);
        victim_cleared_nationality_sources(
            &mut events,
            &unnamed_before,
            &[trigger],
            &entities,
            &a,
            &mut texts,
        );
        assert_eq!(
            (events[0].source.clone(), events[0].target.clone()),
            (Some(state("TUR").id), Some(victim.id))
        );
    }

    #[test]
    fn a_target_named_only_in_a_later_since_clause_is_none() {
        // (sentence, trigger word, code, whether the target is cleared)
        let cases = [
            (
                "ووصل سامر ناجي إلى البلدة في زيارة هي الأولى منذ تحريرها من مسلحي جبهة الصقور",
                "ووصل",
                "042",
                true,
            ),
            (
                "زار سامر ناجي البلدة أمس لأول مرة منذ أن طردت جبهة الصقور منها",
                "زار",
                "042",
                true,
            ),
            // A time phrase after منذ, the target before منذ, the act after منذ, a comma
            // that closes the clause.
            (
                "والتقى سامر ناجي منذ يومين قادة جبهة الصقور في العاصمة",
                "والتقى",
                "040",
                false,
            ),
            (
                "وانتقد سامر ناجي جبهة الصقور التي تحاصر البلدة منذ أن دخلت إليها",
                "وانتقد",
                "111",
                false,
            ),
            (
                "ومنذ أن عاد سامر ناجي إلى البلدة هاجم جبهة الصقور بشدة",
                "هاجم",
                "111",
                false,
            ),
            (
                "زار سامر ناجي البلدة منذ تحريرها، والتقى قادة جبهة الصقور",
                "زار",
                "042",
                false,
            ),
        ];
        for (body, word, code, cleared) in cases {
            let a = article(body);
            let source = entity(
                "per:0123456789abcdef",
                "سامر ناجي",
                EntityType::Person,
                body,
            );
            let target = entity(
                "org:fedcba9876543210",
                "جبهة الصقور",
                EntityType::Organization,
                body,
            );
            let entities = [source.clone(), target.clone()];
            let mut events = vec![bare_event(
                code,
                Some(source.id.clone()),
                Some(target.id.clone()),
                body,
            )];
            let trigger = trigger_at(body, word, false, true);
            clear_since_clause_targets(
                &mut events,
                &[trigger],
                &entities,
                &a,
                &mut Texts::default(),
            );
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
            assert_eq!(events[0].source, Some(source.id.clone()), "help: {body}");
        }
    }

    #[test]
    fn the_victim_of_a_condemned_killing_is_not_the_target() {
        // (sentence, trigger word, code, target name, whether the target is cleared)
        let cases = [
            (
                "وأدان سامر ناجي اغتيال رئيس البلدية الأسبق جميل الراشد في منزله",
                "وأدان",
                "111",
                "جميل الراشد",
                true,
            ),
            (
                "واستنكر سامر ناجي بشدة مقتل طفل أردني في القصف",
                "واستنكر",
                "111",
                "أردني",
                true,
            ),
            // The doer after a preposition, a comma, the act, another root, the name before
            // the act.
            (
                "وأدان سامر ناجي مقتل ثلاثة مدنيين برصاص جميل الراشد",
                "وأدان",
                "111",
                "جميل الراشد",
                false,
            ),
            (
                "وأدان سامر ناجي اغتيال المحامي، وحمّل جميل الراشد المسؤولية",
                "وأدان",
                "111",
                "جميل الراشد",
                false,
            ),
            (
                "وأعلن سامر ناجي اغتيال جميل الراشد في هجوم",
                "اغتيال",
                "18",
                "جميل الراشد",
                false,
            ),
            (
                "وانتقد سامر ناجي جميل الراشد بعد مقتل الصحفي",
                "وانتقد",
                "111",
                "جميل الراشد",
                false,
            ),
            (
                "وأدان سامر ناجي إعدام الأردن ثلاثة رجال",
                "وأدان",
                "111",
                "الأردن",
                false,
            ),
        ];
        for (body, word, code, name, cleared) in cases {
            let a = article(body);
            let source = entity(
                "per:0123456789abcdef",
                "سامر ناجي",
                EntityType::Person,
                body,
            );
            let kind = if name == "أردني" || name == "الأردن" {
                EntityType::Location
            } else {
                EntityType::Person
            };
            let target = entity("per:fedcba9876543210", name, kind, body);
            let entities = [source.clone(), target.clone()];
            let mut events = vec![bare_event(
                code,
                Some(source.id.clone()),
                Some(target.id.clone()),
                body,
            )];
            let trigger = trigger_at(body, word, false, true);
            clear_victim_targets(
                &mut events,
                &[trigger],
                &entities,
                &a,
                &mut Texts::default(),
            );
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
        }
    }

    #[test]
    fn a_second_doer_joined_by_wa_is_not_the_target() {
        // (sentence, trigger word, code, whether the target is cleared)
        let cases = [
            (
                "وهاجمت جبهة الصقور وميليشيات حزب النور مواقع الجيش قرب الحدود",
                "وهاجمت",
                "190",
                true,
            ),
            (
                "وقصفت جبهة الصقور وحزب النور أحياء المدينة بالمدفعية",
                "وقصفت",
                "195",
                true,
            ),
            (
                "ودارت معارك بين جبهة الصقور والقوات الموالية لحزب النور من جهة والجيش من جهة أخرى",
                "معارك",
                "193",
                true,
            ),
            // The two sides of a clash, an act two do together, a comma between, the act of
            // a later mention.
            (
                "واندلعت اشتباكات بين جبهة الصقور وحزب النور في المدينة",
                "اشتباكات",
                "193",
                false,
            ),
            (
                "واتفقت جبهة الصقور وحزب النور على هدنة في المدينة",
                "واتفقت",
                "057",
                false,
            ),
            (
                "وتبادلت جبهة الصقور وحزب النور القصف المدفعي طوال الليل",
                "القصف",
                "195",
                false,
            ),
            (
                "وقبلت جبهة الصقور وحزب النور وقفا لإطلاق النار",
                "وقفا",
                "0871",
                false,
            ),
            (
                "وهاجمت جبهة الصقور، وحزب النور يتفرج، مواقع الجيش",
                "وهاجمت",
                "190",
                false,
            ),
            (
                "واتهمت جبهة الصقور وزير الدفاع وحزب النور بالتآمر",
                "واتهمت",
                "112",
                false,
            ),
            (
                "وتربط جبهة الصقور وحزب النور صلات قديمة لكن جبهة الصقور انتقدت حزب النور أمس",
                "انتقدت",
                "111",
                false,
            ),
        ];
        for (body, word, code, cleared) in cases {
            let a = article(body);
            let source = entity(
                "org:0123456789abcdef",
                "جبهة الصقور",
                EntityType::Organization,
                body,
            );
            let target = entity(
                "org:fedcba9876543210",
                "حزب النور",
                EntityType::Organization,
                body,
            );
            // Every occurrence of a name is a mention of it.
            let every = |mut e: Entity| {
                e.mentions = body
                    .match_indices(e.name.as_str())
                    .map(|(b, _)| {
                        let start = body[..b].chars().count();
                        Mention {
                            text: e.name.clone(),
                            part: ArticlePart::Body,
                            paragraph: 0,
                            start,
                            end: start + e.name.chars().count(),
                        }
                    })
                    .collect();
                e
            };
            let (source, target) = (every(source), every(target));
            let entities = [source.clone(), target.clone()];
            let mut events = vec![bare_event(
                code,
                Some(source.id.clone()),
                Some(target.id.clone()),
                body,
            )];
            let trigger = trigger_at(body, word, false, true);
            clear_joined_targets(
                &mut events,
                &[trigger],
                &entities,
                &a,
                &mut Texts::default(),
            );
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
        }
    }

    #[test]
    fn who_condemns_or_welcomes_an_act_is_not_its_source() {
        // (source, sentence, trigger word, code, whether the judge is cleared)
        let cases = [
            (
                "رابطة المحامين الوطنية",
                "أدانت رابطة المحامين الوطنية الهجوم المسلح الذي استهدف قافلة للإغاثة قرب الحدود",
                "الهجوم",
                "190",
                true,
            ),
            (
                "رابطة المحامين الوطنية",
                "وكانت رابطة المحامين الوطنية قد نددت بشدة باختطاف صحفيين اثنين في العاصمة",
                "باختطاف",
                "181",
                true,
            ),
            (
                "رابطة المحامين الوطنية",
                "ورحبت رابطة المحامين الوطنية بالإفراج عن المعتقلين السياسيين أمس",
                "بالإفراج",
                "0874",
                true,
            ),
            (
                "رابطة المحامين الوطنية",
                "وأعربت رابطة المحامين الوطنية عن إدانتها للتفجير الذي هز سوق المدينة",
                "للتفجير",
                "183",
                true,
            ),
            (
                "رابطة المحامين الوطنية",
                "ودانت رابطة المحامين الوطنية قصف المستشفى الميداني في البلدة",
                "قصف",
                "195",
                true,
            ),
            // The judge's own acts: after و, after a comma, after another word of saying, with
            // a pronoun that may be the judge, or in a reported clause.
            (
                "رابطة المحامين الوطنية",
                "أدانت رابطة المحامين الوطنية الاعتداء وأكدت رفضها للعنف بكل أشكاله",
                "رفضها",
                "120",
                false,
            ),
            (
                "رابطة المحامين الوطنية",
                "أدانت رابطة المحامين الوطنية الحكم، داعية النقابات إلى التضامن مع القضاة المعزولين",
                "التضامن",
                "051",
                false,
            ),
            (
                "رابطة المحامين الوطنية",
                "ورحبت رابطة المحامين الوطنية بزيارتها المرتقبة إلى البرلمان",
                "بزيارتها",
                "042",
                false,
            ),
            (
                "رابطة المحامين الوطنية",
                "أدانت رابطة المحامين الوطنية الاعتداء على القضاة وطالبت بمحاسبة الفاعلين",
                "وطالبت",
                "100",
                false,
            ),
            (
                "رابطة المحامين الوطنية",
                "أدانت رابطة المحامين الوطنية الاعتداء على القضاة، داعية إلى إضراب عام",
                "داعية",
                "100",
                false,
            ),
            (
                "رابطة المحامين الوطنية",
                "أدانت رابطة المحامين الوطنية ما جرى مؤكدة أنها ستقاطع جلسات المحكمة",
                "ستقاطع",
                "100",
                false,
            ),
            // No judging verb: the subject's own act.
            (
                "رابطة المحامين الوطنية",
                "نظمت رابطة المحامين الوطنية اعتصاما أمام مقر المحكمة العليا",
                "اعتصاما",
                "141",
                false,
            ),
        ];
        for (name, body, word, code, cleared) in cases {
            let a = article(body);
            let judge = entity("org:0123456789abcdef", name, EntityType::Organization, body);
            let trigger = trigger_at(body, word, true, true);
            let ev = bare_event(code, Some(judge.id.clone()), None, body);
            let got = judge_source(
                &ev,
                Some(&trigger),
                std::slice::from_ref(&judge),
                &a,
                &mut Texts::default(),
            );
            assert_eq!(got, cleared, "help: {body}");
        }
    }

    #[test]
    fn a_medium_reports_and_hears_acts_it_does_not_do_them() {
        let event = |body: &str, code: &str, source: Option<&Entity>, target: Option<&Entity>| {
            bare_event(
                code,
                source.map(|e| e.id.clone()),
                target.map(|e| e.id.clone()),
                body,
            )
        };
        // A paper whose report carried the act is no source.
        let body = "وذكرت صحيفة الميدان أن قوات الحدود أوقفت قاربا يقل مهربين";
        let a = article(body);
        let paper = entity(
            "org:0123456789abcdef",
            "صحيفة الميدان",
            EntityType::Organization,
            body,
        );
        let mut events = vec![event(body, "173", Some(&paper), None)];
        clear_media_actors(
            &mut events,
            std::slice::from_ref(&paper),
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].source, None, "help: a newspaper acted");

        // Whom a source spoke to is no target, however it is named.
        let body = "وقال مسؤول في البلدية لـ«الرافد» إن الجرافات هدمت المحال";
        let a = article(body);
        let town = entity("loc:MLI", "مالي", EntityType::Location, body);
        let paper = entity(
            "org:0123456789abcdef",
            "الرافد",
            EntityType::Organization,
            body,
        );
        let mut events = vec![event(body, "1712", Some(&town), Some(&paper))];
        clear_media_actors(
            &mut events,
            &[town.clone(), paper],
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].target, None, "help: the addressee was acted on");
        assert_eq!(events[0].source.as_deref(), Some("loc:MLI"));

        // A body named after لـ«…» with no word of saying is what the act concerns.
        let body = "وقصف الطيران مواقع تابعة لـ«جبهة الوادي» قرب السد";
        let a = article(body);
        let front = entity(
            "org:0123456789abcdef",
            "جبهة الوادي",
            EntityType::Organization,
            body,
        );
        let mut events = vec![event(body, "195", None, Some(&front))];
        clear_media_actors(
            &mut events,
            std::slice::from_ref(&front),
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].target.as_deref(), Some(front.id.as_str()));

        // A medium acted on stays the target.
        let body = "وقررت الحكومة وقف بث قناة السهل بعد تقرير عن الجيش";
        let a = article(body);
        let channel = entity(
            "org:0123456789abcdef",
            "قناة السهل",
            EntityType::Organization,
            body,
        );
        let mut events = vec![event(body, "172", None, Some(&channel))];
        clear_media_actors(
            &mut events,
            std::slice::from_ref(&channel),
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].target.as_deref(), Some(channel.id.as_str()));
    }

    #[test]
    fn an_agency_named_in_marks_or_for_news_reports_acts_it_does_not_do_them() {
        // (body, the agency's name, its mention as written, whether it is cleared)
        let cases = [
            (
                "وأوردت وكالة «تيماء» أن دورية للجيش صادرت شحنة أسلحة",
                "وكالة تيماء",
                "وكالة «تيماء",
                true,
            ),
            (
                "وأوردت وكالة تيماء للأنباء أن دورية للجيش صادرت شحنة أسلحة",
                "وكالة تيماء",
                "وكالة تيماء",
                true,
            ),
            // A state's agency with no news word acts.
            (
                "وصادرت وكالة تيماء للجمارك شحنة أسلحة على الحدود",
                "وكالة تيماء",
                "وكالة تيماء",
                false,
            ),
        ];
        for (body, name, written, cleared) in cases {
            let a = article(body);
            let mut agency = entity(
                "org:0123456789abcdef",
                written,
                EntityType::Organization,
                body,
            );
            agency.name = name.to_owned();
            let mut events = vec![bare_event("1711", Some(agency.id.clone()), None, body)];
            clear_media_actors(
                &mut events,
                std::slice::from_ref(&agency),
                &a,
                &mut Texts::default(),
            );
            assert_eq!(events[0].source.is_none(), cleared, "help: {body}");
        }
    }

    #[test]
    fn an_event_stays_when_either_side_can_act() {
        let body = "وقدم المصمم كريم سالمي عدة اقتراحات إلى مالي";
        let a = article(body);
        let designer = entity(
            "per:0123456789abcdef",
            "كريم سالمي",
            EntityType::Person,
            body,
        );
        let mali = entity("loc:MLI", "مالي", EntityType::Location, body);
        let event = |source: &str, target: Option<&str>| {
            bare_event(
                "030",
                Some(source.to_owned()),
                target.map(str::to_owned),
                body,
            )
        };
        let mut events = vec![
            event(&designer.id, None),
            event(&designer.id, Some(&mali.id)),
        ];
        keep_events_between_actors(&mut events, &[designer.clone(), mali.clone()], &a);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].target.as_deref(), Some("loc:MLI"));
    }

    #[test]
    fn the_nationality_of_an_act_s_object_names_its_target() {
        let g = crate::events::engine::gazetteer();
        let state = |a3: &str| {
            let e = g
                .country(a3)
                .and_then(|i| g.entry(i))
                .expect("a gazetteer country");
            Entity {
                id: e.id.clone(),
                name: e.name.clone(),
                kind: EntityType::Location,
                aliases: vec![e.name.clone()],
                country: Some(a3.to_owned()),
                coordinates: None,
                mentions: Vec::new(),
            }
        };
        // (sentence, source's words, its country, trigger word, code, the target's state)
        let cases = [
            (
                "رحلت السلطات الأردنية أمس عشرات العمال المصريين إلى بلادهم",
                "السلطات الأردنية",
                "JOR",
                "رحلت",
                "174",
                Some("EGY"),
            ),
            (
                "واستقبل مجلس الشورى الأردني وفدا برلمانيا تونسيا برئاسة نائب رئيسه",
                "مجلس الشورى الأردني",
                "JOR",
                "واستقبل",
                "043",
                Some("TUN"),
            ),
            (
                "وأوقفت قوة عراقية صيادين كويتيين قرب الممر المائي",
                "قوة عراقية",
                "IRQ",
                "وأوقفت",
                "173",
                Some("KWT"),
            ),
            // The source's own nationality is no target.
            (
                "واعتقلت الشرطة الأردنية صحفيا أردنيا بتهمة التحريض",
                "الشرطة الأردنية",
                "JOR",
                "واعتقلت",
                "173",
                None,
            ),
            // A nationality after a preposition of place, or in another clause, is no object.
            (
                "ونفذ الجيش العراقي غارات في الأراضي السورية المحاذية",
                "الجيش العراقي",
                "IRQ",
                "ونفذ",
                "195",
                None,
            ),
            (
                "وأدانت الحكومة العراقية الهجوم الذي استهدف زوارا كويتيين",
                "الحكومة العراقية",
                "IRQ",
                "وأدانت",
                "111",
                None,
            ),
            // A nationality right after an act's noun is its doer.
            (
                "ورحبت الحكومة العراقية بالوساطة الكويتية بين الطرفين",
                "الحكومة العراقية",
                "IRQ",
                "بالوساطة",
                "045",
                None,
            ),
            // Nor is the nationality of whoever told of it.
            (
                "وأحرقت جماعة مسلحة مخزنا للحبوب بحسب وكالة أنباء كويتية",
                "جماعة مسلحة",
                "IRQ",
                "وأحرقت",
                "190",
                None,
            ),
            // A statement's nationality is the speaker's side, not a target.
            (
                "وصرح الجيش العراقي بأن الوضع مستقر عند الحدود الكويتية",
                "الجيش العراقي",
                "IRQ",
                "وصرح",
                "010",
                None,
            ),
        ];
        let states = ["JOR", "EGY", "TUN", "IRQ", "KWT", "SYR"].map(state);
        for (body, source, own, trigger, code, want) in cases {
            let a = article(body);
            let mut actor = entity(
                "org:0123456789abcdef",
                source,
                EntityType::Organization,
                body,
            );
            actor.country = Some(own.to_owned());
            let mut entities = vec![actor.clone()];
            entities.extend(states.iter().cloned());
            // (The mediation is the one act told by a noun.)
            let triggers = [trigger_at(body, trigger, trigger == "بالوساطة", true)];
            let mut events = vec![Event {
                code: code.to_owned(),
                label: String::new(),
                source: Some(actor.id.clone()),
                target: None,
                source_country: Some(own.to_owned()),
                target_country: None,
                negated: false,
                goldstein: 0.0,
                date: None,
                paragraph: 0,
                sentence: body.to_owned(),
            }];
            nationality_targets(&mut events, &triggers, &entities, &a, &mut Texts::default());
            assert_eq!(
                events[0].target,
                want.map(|a3| state(a3).id),
                "help: {body}"
            );
            assert_eq!(events[0].target_country.as_deref(), want, "help: {body}");
        }
    }

    #[test]
    fn a_source_s_own_body_named_in_its_apposition_is_no_target() {
        // (sentence, source, its kind and country, target, its kind and country, trigger word,
        // whether the target is cleared)
        let cases = [
            (
                "دعا سامر ناجي زعيم حزب النهضة الوطني أمس الحكومة إلى الحوار",
                ("سامر ناجي", EntityType::Person, Some("JOR")),
                ("حزب النهضة الوطني", EntityType::Organization, Some("JOR")),
                "دعا",
                "020",
                true,
            ),
            (
                "واختطفت جبهة الصمود (ذراع تنظيم الفجر) ثلاثة من المقاتلين",
                ("جبهة الصمود", EntityType::Organization, None),
                ("تنظيم الفجر", EntityType::Organization, None),
                "واختطفت",
                "181",
                true,
            ),
            // A title that names another state is the object.
            (
                "واستقبل سامر ناجي وزير خارجية الأردن في مكتبه",
                ("سامر ناجي", EntityType::Person, Some("EGY")),
                ("الأردن", EntityType::Location, Some("JOR")),
                "واستقبل",
                "043",
                false,
            ),
            // A party joined by و is another side.
            (
                "واندلعت اشتباكات بين الجيش الأردني وميليشيات الوادي",
                ("الجيش الأردني", EntityType::Organization, Some("JOR")),
                ("الوادي", EntityType::Organization, Some("JOR")),
                "اشتباكات",
                "190",
                false,
            ),
            // After a verb that comes first, a definite body right after the subject is the
            // verb's object, even of the subject's own state.
            (
                "واتهمت جبهة الوادي الجيش الأردني بقصف القرى الحدودية",
                ("جبهة الوادي", EntityType::Organization, Some("JOR")),
                ("الأردني", EntityType::Location, Some("JOR")),
                "واتهمت",
                "112",
                false,
            ),
            // A body named after the act is its object, not the apposition.
            (
                "وانتقد سامر ناجي، زعيم حزب الأمل، حزب النهضة الوطني",
                ("سامر ناجي", EntityType::Person, Some("JOR")),
                ("حزب النهضة الوطني", EntityType::Organization, Some("JOR")),
                "وانتقد",
                "111",
                false,
            ),
        ];
        for (body, source, target, trigger, code, cleared) in cases {
            let a = article(body);
            let mut s = entity("per:0123456789abcdef", source.0, source.1, body);
            s.country = source.2.map(str::to_owned);
            let mut t = entity("org:fedcba9876543210", target.0, target.1, body);
            t.country = target.2.map(str::to_owned);
            let triggers = [trigger_at(body, trigger, false, true)];
            let mut events = vec![bare_event(
                code,
                Some(s.id.clone()),
                Some(t.id.clone()),
                body,
            )];
            clear_own_body_targets(&mut events, &triggers, &[s, t], &a, &mut Texts::default());
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
        }
    }

    #[test]
    fn a_state_s_own_organ_does_not_act_on_that_state() {
        // (sentence, source, whether its name heads an armed group, target, whether the
        // target is cleared)
        let cases = [
            (
                "وعقدت القيادة الأردنية اجتماعا طارئا لبحث أوضاع الأردن الاقتصادية",
                "القيادة الأردنية",
                "الأردن",
                true,
            ),
            (
                "وفرضت الحكومة الأردنية قيودا على السفر إلى خارج الأردن",
                "الحكومة الأردنية",
                "الأردن",
                true,
            ),
            // A group that can stand against its state.
            (
                "واتهمت حركة النهضة الأردنية الأردن بتزوير الانتخابات",
                "حركة النهضة الأردنية",
                "الأردن",
                false,
            ),
            // A legislature acting on its own state acts on its government.
            (
                "وطالب البرلمان الأردني الأردن بوقف الاتفاق",
                "البرلمان الأردني",
                "الأردن",
                false,
            ),
            // No nationality in the body's name.
            (
                "وانتقد مجلس الحكماء الأردن في بيان",
                "مجلس الحكماء",
                "الأردن",
                false,
            ),
            // Another state.
            (
                "واتهمت الحكومة الأردنية سوريا بخرق الحدود",
                "الحكومة الأردنية",
                "سوريا",
                false,
            ),
        ];
        for (body, source, target, cleared) in cases {
            let mut s = entity(
                "org:0123456789abcdef",
                source,
                EntityType::Organization,
                body,
            );
            s.country = Some("JOR".to_owned());
            let (id, country) = if target == "الأردن" {
                ("loc:JOR", "JOR")
            } else {
                ("loc:SYR", "SYR")
            };
            let mut t = entity(id, target, EntityType::Location, body);
            t.country = Some(country.to_owned());
            let mut events = vec![bare_event(
                "112",
                Some(s.id.clone()),
                Some(t.id.clone()),
                body,
            )];
            clear_own_state_targets(&mut events, &[s, t]);
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
        }
    }

    #[test]
    fn a_visit_noun_s_genitive_is_who_visits_or_meets() {
        let noun_at = |body: &str, word: &str| trigger_at(body, word, true, false);
        let people = |body: &str| {
            let mut samer = entity(
                "per:0123456789abcdef",
                "سامر ناجي",
                EntityType::Person,
                body,
            );
            samer.country = Some("EGY".to_owned());
            let karim = entity(
                "per:fedcba9876543210",
                "كريم حداد",
                EntityType::Person,
                body,
            );
            let council = entity(
                "org:00112233aabbccdd",
                "المجلس الوطني",
                EntityType::Organization,
                body,
            );
            let mut jordan = entity("loc:JOR", "الأردن", EntityType::Location, body);
            jordan.country = Some("JOR".to_owned());
            // (Every mention of Jordan in the sentence.)
            jordan.mentions = body
                .match_indices("الأردن")
                .map(|(b, _)| {
                    let start = body[..b].chars().count();
                    Mention {
                        text: "الأردن".to_owned(),
                        part: ArticlePart::Body,
                        paragraph: 0,
                        start,
                        end: start + 6,
                    }
                })
                .collect();
            vec![samer, karim, council, jordan]
        };
        // A council that heard of the visit is no visitor; the visited state follows `لـ`,
        // and the meeting joined by و with the visitor's pronoun is his, with whom `مع` names.
        let body = "وأوضح المتحدث أن المجلس الوطني استمع إلى نتائج زيارة الوزير سامر ناجي لجمهورية الأردن واجتماعه مع ملك الأردن";
        let a = article(body);
        let entities = people(body);
        let mut events = vec![
            bare_event(
                "042",
                Some("org:00112233aabbccdd".into()),
                Some("per:0123456789abcdef".into()),
                body,
            ),
            bare_event("040", Some("org:00112233aabbccdd".into()), None, body),
        ];
        let triggers = [noun_at(body, "زيارة"), noun_at(body, "واجتماعه")];
        visit_noun_doers(&mut events, &triggers, &entities, &a, &mut Texts::default());
        for ev in &events {
            assert_eq!(ev.source.as_deref(), Some("per:0123456789abcdef"), "{ev:?}");
            assert_eq!(ev.target.as_deref(), Some("loc:JOR"), "{ev:?}");
        }
        // A meeting's genitive meets whom `بـ` names.
        let body = "وجرى ذلك خلال لقاء الوزير سامر ناجي بالسفير كريم حداد في القاهرة";
        let a = article(body);
        let entities = people(body);
        let mut events = vec![bare_event(
            "040",
            Some("per:fedcba9876543210".into()),
            Some("per:0123456789abcdef".into()),
            body,
        )];
        let triggers = [noun_at(body, "لقاء")];
        visit_noun_doers(&mut events, &triggers, &entities, &a, &mut Texts::default());
        assert_eq!(events[0].source.as_deref(), Some("per:0123456789abcdef"));
        assert_eq!(events[0].target.as_deref(), Some("per:fedcba9876543210"));
        // Left alone: the noun as a verb's object (its genitive is the one met), a state
        // right after the noun (what is visited), a noun with no named genitive.
        for (body, word) in [
            ("ورفض المجلس الوطني لقاء الوزير سامر ناجي أمس", "لقاء"),
            (
                "وقال المجلس الوطني إن خلال زيارة الأردن جرى توقيع الاتفاق",
                "زيارة",
            ),
            ("وناقش المجلس الوطني نتائج زيارة الوزير إلى الأردن", "زيارة"),
        ] {
            let a = article(body);
            let entities = people(body);
            let target = if body.contains("سامر") {
                "per:0123456789abcdef"
            } else {
                "loc:JOR"
            };
            let mut events = vec![bare_event(
                "042",
                Some("org:00112233aabbccdd".into()),
                Some(target.into()),
                body,
            )];
            let triggers = [noun_at(body, word)];
            visit_noun_doers(&mut events, &triggers, &entities, &a, &mut Texts::default());
            assert_eq!(
                events[0].source.as_deref(),
                Some("org:00112233aabbccdd"),
                "help: {body}"
            );
            assert_eq!(events[0].target.as_deref(), Some(target), "help: {body}");
        }
    }

    #[test]
    fn the_subject_of_qama_before_a_visit_noun_visits() {
        let body = "وبتوجيه من الملك كريم حداد فقد قام صاحب السمو الأمير سامر ناجي نائب رئيس المجلس الوطني بزيارة إلى الأردن أمس";
        let a = article(body);
        let mut samer = entity(
            "per:0123456789abcdef",
            "سامر ناجي",
            EntityType::Person,
            body,
        );
        samer.country = Some("EGY".to_owned());
        let king = entity(
            "per:fedcba9876543210",
            "كريم حداد",
            EntityType::Person,
            body,
        );
        let mut jordan = entity("loc:JOR", "الأردن", EntityType::Location, body);
        jordan.country = Some("JOR".to_owned());
        let entities = [samer, king, jordan];
        let trigger = trigger_at(body, "بزيارة", true, false);
        let mut events = vec![bare_event(
            "042",
            Some("per:fedcba9876543210".into()),
            Some("loc:JOR".into()),
            body,
        )];
        visit_noun_doers(
            &mut events,
            &[trigger],
            &entities,
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].source.as_deref(), Some("per:0123456789abcdef"));
        assert_eq!(events[0].target.as_deref(), Some("loc:JOR"));
        // With no name after `قام` the event stays.
        let body = "وبتوجيه من الملك كريم حداد فقد قام ولي العهد بزيارة إلى الأردن أمس";
        let a = article(body);
        let king = entity(
            "per:fedcba9876543210",
            "كريم حداد",
            EntityType::Person,
            body,
        );
        let mut jordan = entity("loc:JOR", "الأردن", EntityType::Location, body);
        jordan.country = Some("JOR".to_owned());
        let entities = [king, jordan];
        let trigger = trigger_at(body, "بزيارة", true, false);
        let mut events = vec![bare_event(
            "042",
            Some("per:fedcba9876543210".into()),
            Some("loc:JOR".into()),
            body,
        )];
        visit_noun_doers(
            &mut events,
            &[trigger],
            &entities,
            &a,
            &mut Texts::default(),
        );
        assert_eq!(events[0].source.as_deref(), Some("per:fedcba9876543210"));
    }

    #[test]
    fn the_clause_on_an_attack_noun_names_its_attacker() {
        let run = |body: &str, word: &str, source: Option<&str>, target: Option<&str>| {
            let a = article(body);
            let entities = [
                entity(
                    "org:00112233aabbccdd",
                    "تنظيم النجم الأسود",
                    EntityType::Organization,
                    body,
                ),
                entity(
                    "org:0123456789abcdef",
                    "جماعة الراية السوداء",
                    EntityType::Organization,
                    body,
                ),
                entity(
                    "org:fedcba9876543210",
                    "التحالف الشمالي",
                    EntityType::Organization,
                    body,
                ),
                entity(
                    "org:aabbccdd00112233",
                    "الجيش الوطني",
                    EntityType::Organization,
                    body,
                ),
            ];
            let trigger = trigger_at(body, word, true, false);
            let mut events = vec![bare_event(
                "190",
                source.map(str::to_owned),
                target.map(str::to_owned),
                body,
            )];
            attack_noun_doers(
                &mut events,
                &[trigger],
                &entities,
                &a,
                &mut Texts::default(),
            );
            events.remove(0)
        };
        // The doer taken for the attacked: `نفذه X`, the genitive after لـ.
        for (body, word, doer) in [
            (
                "قتل أربعة حراس في هجوم انتحاري نفذه تنظيم النجم الأسود قرب الحدود",
                "هجوم",
                "org:00112233aabbccdd",
            ),
            (
                "سقط عشرة قتلى خلال هجوم مفاجئ لجماعة الراية السوداء في القرية",
                "هجوم",
                "org:0123456789abcdef",
            ),
        ] {
            let ev = run(body, word, None, Some(doer));
            assert_eq!(ev.source.as_deref(), Some(doer), "help: {body}");
            assert_eq!(ev.target, None, "help: {body}");
        }
        // A verb of killing as the trigger: the attack noun's clause still names the doer.
        let body = "قتل ثلاثة جنود في هجوم نفذه تنظيم النجم الأسود على الحدود";
        let mut ev = run(body, "هجوم", None, Some("org:00112233aabbccdd"));
        assert_eq!(ev.source.as_deref(), Some("org:00112233aabbccdd"));
        ev.source = None;
        ev.target = Some("org:00112233aabbccdd".into());
        let mut events = vec![ev];
        let verb = Trigger {
            start: 0,
            noun: false,
            explicit: false,
        };
        let entities = [entity(
            "org:00112233aabbccdd",
            "تنظيم النجم الأسود",
            EntityType::Organization,
            body,
        )];
        attack_noun_doers(
            &mut events,
            &[verb],
            &entities,
            &article(body),
            &mut Texts::default(),
        );
        assert_eq!(events[0].source.as_deref(), Some("org:00112233aabbccdd"));
        assert_eq!(events[0].target, None);
        // … and so does the genitive after لـ.
        let body = "قتل ثلاثة جنود خلال هجوم مفاجئ لجماعة الراية السوداء أمس";
        let entities = [entity(
            "org:0123456789abcdef",
            "جماعة الراية السوداء",
            EntityType::Organization,
            body,
        )];
        let mut events = vec![bare_event(
            "190",
            None,
            Some("org:0123456789abcdef".into()),
            body,
        )];
        attack_noun_doers(
            &mut events,
            &[verb],
            &entities,
            &article(body),
            &mut Texts::default(),
        );
        assert_eq!(events[0].source.as_deref(), Some("org:0123456789abcdef"));
        assert_eq!(events[0].target, None);
        // A blow to a group names whom it hit after لـ.
        let body = "وتعد خسارة المدينة ضربة قاسية لجماعة الراية السوداء";
        let ev = run(body, "ضربة", None, Some("org:0123456789abcdef"));
        assert_eq!(ev.source, None);
        // A reporter of the strikes is not their doer; whom they hit stays.
        let body = "وقال الجيش الوطني إن الضربات التي نفذتها طائرات التحالف الشمالي استهدفت مخازن جماعة الراية السوداء";
        let ev = run(
            body,
            "الضربات",
            Some("org:aabbccdd00112233"),
            Some("org:0123456789abcdef"),
        );
        assert_eq!(ev.source.as_deref(), Some("org:fedcba9876543210"));
        assert_eq!(ev.target.as_deref(), Some("org:0123456789abcdef"));
        // Left alone: a genitive after a preposition (the target's), a noun whose genitive
        // may be what is hit.
        for (body, word) in [
            (
                "وقال الجيش الوطني إن هجوما عنيفا على مواقع لجماعة الراية السوداء وقع أمس",
                "هجوما",
            ),
            (
                "وقال الجيش الوطني إن قصفا لمواقع جماعة الراية السوداء وقع أمس",
                "قصفا",
            ),
        ] {
            let ev = run(
                body,
                word,
                Some("org:aabbccdd00112233"),
                Some("org:0123456789abcdef"),
            );
            assert_eq!(
                ev.source.as_deref(),
                Some("org:aabbccdd00112233"),
                "help: {body}"
            );
            assert_eq!(
                ev.target.as_deref(),
                Some("org:0123456789abcdef"),
                "help: {body}"
            );
        }
    }

    #[test]
    fn a_person_given_as_a_visit_s_target_is_its_visitor() {
        // (sentence, code, the state the visit goes to, if any)
        let cases = [
            (
                "ورحب المجلس بالبيان الصادر في ختام زيارة الوزير سامر ناجي إلى الأردن أمس",
                "042",
                Some("loc:JOR"),
            ),
            // The destination is a town (no state), or after a full stop.
            (
                "ووصل إلى مدينة العقبة نائب رئيس الوزراء سامر ناجي في زيارة قصيرة",
                "042",
                None,
            ),
            ("وانتهت زيارة سامر ناجي. وسافر الوفد إلى الأردن", "042", None),
        ];
        for (body, code, destination) in cases {
            let a = article(body);
            let mut p = entity(
                "per:0123456789abcdef",
                "سامر ناجي",
                EntityType::Person,
                body,
            );
            p.country = Some("EGY".to_owned());
            let mut jordan = entity("loc:JOR", "الأردن", EntityType::Location, body);
            jordan.country = Some("JOR".to_owned());
            let entities = [p, jordan];
            let mut events = vec![bare_event(code, None, Some(entities[0].id.clone()), body)];
            visitor_sources(&mut events, &entities, &a, &mut Texts::default());
            assert_eq!(
                events[0].source.as_deref(),
                Some("per:0123456789abcdef"),
                "help: {body}"
            );
            assert_eq!(events[0].target.as_deref(), destination, "help: {body}");
        }
        // A host's visitor (043) and a visit with a source stay.
        let body = "واستقبل الملك الوزير سامر ناجي في قصره";
        let a = article(body);
        let p = entity(
            "per:0123456789abcdef",
            "سامر ناجي",
            EntityType::Person,
            body,
        );
        for (code, source) in [("043", None), ("042", Some("loc:JOR".to_owned()))] {
            let mut events = vec![bare_event(code, source.clone(), Some(p.id.clone()), body)];
            visitor_sources(
                &mut events,
                std::slice::from_ref(&p),
                &a,
                &mut Texts::default(),
            );
            assert_eq!(events[0].source, source);
            assert_eq!(events[0].target.as_deref(), Some("per:0123456789abcdef"));
        }
    }

    #[test]
    fn a_target_named_only_in_the_title_before_the_source_s_name_is_none() {
        // (sentence, whether the council as the target is cleared)
        let cases = [
            (
                "وأدان رئيس المجلس الوطني الدكتور سامر ناجي الهجوم على القافلة",
                true,
            ),
            (
                "وقال المتحدث باسم المجلس الوطني سامر ناجي إن القوات انسحبت",
                true,
            ),
            // The body after the name, behind a comma, or as the subject of another act.
            ("واستقبل سامر ناجي رئيس المجلس الوطني في مكتبه", false),
            ("وأدان رئيس المجلس الوطني، سامر ناجي، الهجوم", false),
            ("وانتقد المجلس الوطني الوزير سامر ناجي بشدة", false),
        ];
        for (body, cleared) in cases {
            let a = article(body);
            let samer = entity(
                "per:0123456789abcdef",
                "سامر ناجي",
                EntityType::Person,
                body,
            );
            let council = entity(
                "org:00112233aabbccdd",
                "المجلس الوطني",
                EntityType::Organization,
                body,
            );
            let entities = [samer, council];
            let mut events = vec![bare_event(
                "111",
                Some(entities[0].id.clone()),
                Some(entities[1].id.clone()),
                body,
            )];
            clear_title_before_targets(&mut events, &[], &entities, &a, &mut Texts::default());
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
        }
    }

    #[test]
    fn a_condemnation_s_doer_phrase_before_its_deed_object_names_no_target() {
        // (sentence, verb, doer's name and kind, other actor's name and kind, source given,
        // expected (source is the doer, target is none))
        let cases = [
            // The doer's own body in his title, after or before his name: no target.
            (
                "وأدان الشيخ سالم ناجي، مفتي ليبيا، العملية الإرهابية في المدينة",
                "وأدان",
                ("سالم ناجي", EntityType::Person),
                ("ليبيا", EntityType::Location),
                true,
                (true, true),
            ),
            (
                "واستنكر السفير سالم ناجي الأمين العام المساعد لمنظمة التعاون البحري بشدة الهجوم على الميناء",
                "واستنكر",
                ("سالم ناجي", EntityType::Person),
                ("منظمة التعاون البحري", EntityType::Organization),
                true,
                (true, true),
            ),
            // A second doer joined by و is no target.
            (
                "ودانت الحكومة الكينية والاتحاد الأفريقي هذا الاعتداء على القرية",
                "ودانت",
                ("الحكومة الكينية", EntityType::Organization),
                ("الاتحاد الأفريقي", EntityType::Organization),
                true,
                (true, true),
            ),
            // The doer taken as the target with no source is the source.
            (
                "وأدانت الأمانة العامة لمنظمة التعاون البحري بشدة الاعتداء على الميناء",
                "وأدانت",
                ("منظمة التعاون البحري", EntityType::Organization),
                ("منظمة التعاون البحري", EntityType::Organization),
                false,
                (true, true),
            ),
            // The condemned named before the deed (`انتقد X Y لقراره`), after it, or behind a
            // preposition stays.
            (
                "وانتقد سالم ناجي الحكومة الليبية بسبب القرار الأخير",
                "وانتقد",
                ("سالم ناجي", EntityType::Person),
                ("الحكومة الليبية", EntityType::Organization),
                true,
                (true, false),
            ),
            (
                "وأدان سالم ناجي الهجوم الذي شنته المنظمة البحرية على الميناء",
                "وأدان",
                ("سالم ناجي", EntityType::Person),
                ("المنظمة البحرية", EntityType::Organization),
                true,
                (true, false),
            ),
            (
                "واتهم سالم ناجي المنظمة البحرية بالهجوم على الميناء",
                "واتهم",
                ("سالم ناجي", EntityType::Person),
                ("المنظمة البحرية", EntityType::Organization),
                true,
                (true, false),
            ),
        ];
        for (body, verb, (doer, doer_kind), (other, other_kind), given, expected) in cases {
            let a = article(body);
            let doer = entity("per:0123456789abcdef", doer, doer_kind, body);
            let other = entity("org:00112233aabbccdd", other, other_kind, body);
            let (source, target) = if given {
                (Some(doer.id.clone()), Some(other.id.clone()))
            } else {
                (None, Some(other.id.clone()))
            };
            let doer_id = if given {
                doer.id.clone()
            } else {
                other.id.clone()
            };
            let entities = [doer, other];
            let mut events = vec![bare_event("111", source, target, body)];
            let triggers = [trigger_at(body, verb, false, true)];
            deed_subjects(&mut events, &triggers, &entities, &a, &mut Texts::default());
            assert_eq!(
                (
                    events[0].source.as_deref() == Some(doer_id.as_str()),
                    events[0].target.is_none()
                ),
                expected,
                "help: {body}"
            );
        }
    }

    #[test]
    fn a_stance_told_in_a_received_call_is_the_caller_s() {
        // (sentence, trigger, whether the caller becomes the source with no target)
        let cases = [
            (
                "تلقى الرئيس سامر ناجي اتصالا هاتفيا من الملك فادي حداد ملك ليبيا أعرب فيه عن إدانته للهجوم على الميناء",
                "إدانته",
                true,
            ),
            (
                "وتلقى الرئيس سامر ناجي اتصالين من الملك فادي حداد ملك ليبيا، استنكر فيهما الاعتداء على الميناء",
                "استنكر",
                true,
            ),
            // No word pointing back to the call: the stance is told on its own.
            (
                "تلقى الرئيس سامر ناجي اتصالا هاتفيا من الملك فادي حداد ملك ليبيا، وأدان الرئيس الهجوم على الميناء",
                "وأدان",
                false,
            ),
        ];
        for (body, word, moved) in cases {
            let a = article(body);
            let receiver = entity(
                "per:0123456789abcdef",
                "سامر ناجي",
                EntityType::Person,
                body,
            );
            let caller = entity(
                "per:00112233aabbccdd",
                "فادي حداد",
                EntityType::Person,
                body,
            );
            let libya = entity("loc:LBY", "ليبيا", EntityType::Location, body);
            let entities = [receiver, caller, libya];
            let mut events = vec![bare_event(
                "111",
                Some(entities[0].id.clone()),
                Some(entities[2].id.clone()),
                body,
            )];
            let triggers = [trigger_at(body, word, true, true)];
            call_stance_sources(&mut events, &triggers, &entities, &a, &mut Texts::default());
            assert_eq!(
                events[0].source.as_deref() == Some("per:00112233aabbccdd")
                    && events[0].target.is_none(),
                moved,
                "help: {body}"
            );
        }
    }

    #[test]
    fn the_place_a_condemned_deed_hit_is_no_target() {
        // (sentence, trigger, whether Libya as the target is cleared)
        let cases = [
            (
                "وأدانت الحكومة الكينية الهجوم الذي استهدف فندقا في مدينة سرت الليبية",
                "وأدانت",
                true,
            ),
            (
                "وأعربت الحكومة الكينية عن إدانتها للتفجير الذي استهدف أمن ليبيا واستقرارها",
                "إدانتها",
                true,
            ),
            (
                "وأدانت الحكومة الكينية بشدة التفجير الإرهابي في ليبيا",
                "وأدانت",
                true,
            ),
            // The doer after a verb of doing, as the deed's nationality or before the deed.
            (
                "وأدانت الحكومة الكينية الهجوم الذي شنته ليبيا على القرية",
                "وأدانت",
                false,
            ),
            (
                "وأدانت الحكومة الكينية القصف الليبي للقرية",
                "وأدانت",
                false,
            ),
            (
                "وانتقدت الحكومة الكينية ليبيا بسبب الهجوم",
                "وانتقدت",
                false,
            ),
        ];
        for (body, word, cleared) in cases {
            let a = article(body);
            let kenya = entity(
                "org:00112233aabbccdd",
                "الحكومة الكينية",
                EntityType::Organization,
                body,
            );
            let name = if body.contains("الليبية") {
                "الليبية"
            } else if body.contains("الليبي ") {
                "الليبي"
            } else {
                "ليبيا"
            };
            let libya = entity("loc:LBY", name, EntityType::Location, body);
            let sirte = entity("loc:0123456789abcdef", "سرت", EntityType::Location, body);
            let entities = [kenya, libya, sirte];
            let mut events = vec![bare_event(
                "111",
                Some(entities[0].id.clone()),
                Some(entities[1].id.clone()),
                body,
            )];
            let noun = !word.starts_with('و');
            let triggers = [trigger_at(body, word, noun, true)];
            clear_deed_place_targets(&mut events, &triggers, &entities, &a, &mut Texts::default());
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
        }
    }

    #[test]
    fn the_one_blamed_right_after_hammala_is_the_target() {
        // (sentence, the party's name, whether the party becomes the target with no source)
        let cases = [
            (
                "وقال ضابط في الشرطة إن المهاجمين فروا، وحمّل حزب النهضة الشعبي مسؤولية التفجير",
                "حزب النهضة الشعبي",
                true,
            ),
            (
                "وحمّلوا حزب النهضة الشعبي المسؤولية الكاملة عن مقتل الحارس",
                "حزب النهضة الشعبي",
                true,
            ),
            (
                "وقال الوزير: إن الجريمة لن تمر، ونحمّل حزب النهضة الشعبي المسؤولية عنها",
                "حزب النهضة الشعبي",
                true,
            ),
            (
                "وكان النائب قد أدلى بتصريح حمّل فيه زعيم حزب النهضة الشعبي كامل المسؤولية عن الأزمة",
                "حزب النهضة الشعبي",
                true,
            ),
            // The party is the subject: the object comes after it, or a pronoun on the verb.
            (
                "وحمّل حزب النهضة الشعبي الحكومة مسؤولية التفجير",
                "حزب النهضة الشعبي",
                false,
            ),
            (
                "وحمّلها حزب النهضة الشعبي مسؤولية التفجير",
                "حزب النهضة الشعبي",
                false,
            ),
            (
                "وحمّل حزب النهضة الشعبي، في بيان، الشرطة مسؤولية التفجير",
                "حزب النهضة الشعبي",
                false,
            ),
        ];
        for (body, name, reversed) in cases {
            let a = article(body);
            let party = entity("org:00112233aabbccdd", name, EntityType::Organization, body);
            let entities = [party];
            let mut events = vec![bare_event("112", Some(entities[0].id.clone()), None, body)];
            let word = if body.contains("وحمّلها") {
                "وحمّلها"
            } else if body.contains("ونحمّل") {
                "ونحمّل"
            } else if body.contains("وحمّلوا") {
                "وحمّلوا"
            } else if body.contains("وحمّل") {
                "وحمّل"
            } else {
                "حمّل"
            };
            let triggers = [trigger_at(body, word, false, true)];
            blamed_source_targets(&mut events, &triggers, &entities, &a, &mut Texts::default());
            let party = Some(entities[0].id.clone());
            if reversed {
                assert_eq!(
                    (&events[0].source, &events[0].target),
                    (&None, &party),
                    "help: {body}"
                );
            } else {
                assert_eq!(
                    (&events[0].source, &events[0].target),
                    (&party, &None),
                    "help: {body}"
                );
            }
        }
    }

    #[test]
    fn the_body_a_source_belongs_to_is_no_target() {
        // (sentence, whether the league as the target is cleared)
        let cases = [
            (
                "وطالبت اللجنة الدائمة للمياه التابعة للرابطة الإقليمية كينيا بوقف السد",
                true,
            ),
            (
                "وأدانت اللجنة الدائمة للمياه التابعة لـ الرابطة الإقليمية الهجوم على المزارعين",
                true,
            ),
            (
                "وأشاد رئيس اللجنة الدائمة للمياه التابعة للرابطة الإقليمية بالاتفاق",
                true,
            ),
            // The league is named for itself, or it owns what the act is about.
            (
                "وطالبت اللجنة الدائمة للمياه الرابطة الإقليمية بوقف السد",
                false,
            ),
            (
                "وانتقدت اللجنة الدائمة للمياه المزارع التابعة للرابطة الإقليمية",
                false,
            ),
        ];
        for (body, cleared) in cases {
            let a = article(body);
            let committee = entity(
                "org:00112233aabbccdd",
                "اللجنة الدائمة للمياه",
                EntityType::Organization,
                body,
            );
            let name = "الرابطة الإقليمية";
            let mut league = entity("org:0123456789abcdef", name, EntityType::Organization, body);
            // (`للرابطة`: the mention starts after the ل.)
            if let Some(b) = body.find("للرابطة") {
                let start = body[..b].chars().count() + 1;
                league.mentions[0].start = start;
                league.mentions[0].end = start + "الرابطة الإقليمية".chars().count();
            }
            let entities = [committee, league];
            let code = if body.contains("أشاد") {
                "051"
            } else {
                "111"
            };
            let mut events = vec![bare_event(
                code,
                Some(entities[0].id.clone()),
                Some(entities[1].id.clone()),
                body,
            )];
            clear_affiliation_targets(&mut events, &entities, &a, &mut Texts::default());
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
        }
    }

    #[test]
    fn the_speaker_who_tells_a_statement_is_not_its_target() {
        // (sentence, trigger, whether the speaker as the target is cleared)
        let cases = [
            (
                "وقال المتحدث باسم الرئاسة سامر الحلبي: إن الحكومة والشعب يدينون هذا الهجوم",
                "يدينون",
                true,
            ),
            (
                "وأكد وزير الخارجية سامر الحلبي أن بلاده ترفض التدخل في شؤونها",
                "ترفض",
                true,
            ),
            (
                "وقال سامر الحلبي، رئيس الوفد، إن الوفد يدعو الأطراف إلى الحوار",
                "يدعو",
                true,
            ),
            // The person named after the act, or with no word of saying before the name.
            (
                "وقال المتحدث إن الحكومة تدين تصريحات سامر الحلبي الأخيرة",
                "تدين",
                false,
            ),
            (
                "وانتقد رئيس الحكومة سامر الحلبي لأن الحكومة ترفض الحوار",
                "ترفض",
                false,
            ),
        ];
        for (body, word, cleared) in cases {
            let a = article(body);
            let speaker = entity(
                "per:0123456789abcdef",
                "سامر الحلبي",
                EntityType::Person,
                body,
            );
            let entities = [speaker];
            let mut events = vec![bare_event("111", None, Some(entities[0].id.clone()), body)];
            let triggers = [trigger_at(body, word, false, true)];
            clear_speaker_targets(&mut events, &triggers, &entities, &a, &mut Texts::default());
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
        }
    }

    #[test]
    fn who_goes_along_is_no_target() {
        // (sentence, whether the council as the target is cleared)
        let cases = [
            (
                "زار المحافظ الجرحى في المستشفى يرافقه رئيس المجلس البلدي في المدينة",
                true,
            ),
            (
                "وصلت الطائرة إلى المطار يرافقها فريق طبي من المجلس البلدي",
                true,
            ),
            // The council is what the act is about.
            ("زار المحافظ المجلس البلدي يرافقه مدير الشرطة", false),
            ("زار المحافظ برفقة مدير الشرطة المجلس البلدي", false),
        ];
        for (body, cleared) in cases {
            let a = article(body);
            let governor = entity("per:0123456789abcdef", "المحافظ", EntityType::Person, body);
            let council = entity(
                "org:00112233aabbccdd",
                "المجلس البلدي",
                EntityType::Organization,
                body,
            );
            let entities = [governor, council];
            let mut events = vec![bare_event(
                "042",
                Some(entities[0].id.clone()),
                Some(entities[1].id.clone()),
                body,
            )];
            clear_companion_targets(&mut events, &entities, &a, &mut Texts::default());
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
        }
    }

    #[test]
    fn an_invitation_received_is_the_inviter_s() {
        // (sentence, trigger, Salem is the engine's source (else none), Star the engine's
        // target, expected (source, target): S Salem, N Star, - none)
        let cases = [
            (
                "وصل الرئيس سالم الهادي إلى العاصمة بدعوة من حركة النجم",
                "بدعوة",
                true,
                true,
                ("N", "S"),
            ),
            (
                "وكان سالم الهادي قد تلقى دعوة رسمية لحضور المؤتمر",
                "دعوة",
                true,
                false,
                ("-", "S"),
            ),
            (
                "وقف سالم الهادي أمام المبنى بدعوة من «حركة النجم»",
                "بدعوة",
                true,
                true,
                ("N", "S"),
            ),
            (
                "وتأتي زيارة سالم الهادي تلبية لدعوة حركة النجم",
                "لدعوة",
                false,
                true,
                ("N", "-"),
            ),
            // An invitation given keeps its sides.
            (
                "وصل الوفد إلى العاصمة بدعوة من سالم الهادي",
                "بدعوة",
                true,
                false,
                ("S", "-"),
            ),
            (
                "وقام سالم الهادي بدعوة حركة النجم إلى الحوار",
                "بدعوة",
                true,
                true,
                ("S", "N"),
            ),
            (
                "وجه سالم الهادي دعوة إلى حركة النجم لحضور المؤتمر",
                "دعوة",
                true,
                true,
                ("S", "N"),
            ),
        ];
        for (body, word, salem_source, star_target, (source, target)) in cases {
            let a = article(body);
            let salem = entity(
                "per:0123456789abcdef",
                "سالم الهادي",
                EntityType::Person,
                body,
            );
            let star = entity(
                "org:00112233aabbccdd",
                "حركة النجم",
                EntityType::Organization,
                body,
            );
            let entities = [salem, star];
            let mut events = vec![bare_event(
                "020",
                salem_source.then(|| entities[0].id.clone()),
                star_target.then(|| entities[1].id.clone()),
                body,
            )];
            let triggers = [trigger_at(body, word, true, true)];
            received_invitations(&mut events, &triggers, &entities, &a, &mut Texts::default());
            let side = |id: Option<&str>| match id {
                Some(id) if id == entities[0].id => "S",
                Some(_) => "N",
                None => "-",
            };
            assert_eq!(
                (
                    side(events[0].source.as_deref()),
                    side(events[0].target.as_deref())
                ),
                (source, target),
                "help: {body}"
            );
        }
    }

    #[test]
    fn a_coordinated_verb_with_no_subject_is_the_first_verb_s_subject_s() {
        // (sentence, first verb (its source is Salem), coordinated verb, Salem is the source)
        let cases = [
            (
                "قال سالم الهادي إن الهجوم عمل جبان ودعا حركة النجم إلى وقف القتال",
                "قال",
                "ودعا",
                true,
            ),
            (
                "أدان سالم الهادي الهجوم على القرية وطالب حركة النجم بالانسحاب",
                "أدان",
                "وطالب",
                true,
            ),
            // The second verb is the one of whom the quote names, or has its own subject.
            (
                "قال سالم الهادي إن رئيس حركة النجم أدان الهجوم ودعا إلى التهدئة",
                "قال",
                "ودعا",
                false,
            ),
            (
                "قال سالم الهادي إن الهجوم جبان ودعا الوزير خالد العمر إلى التهدئة",
                "قال",
                "ودعا",
                false,
            ),
            (
                "أعلن سالم الهادي دعمه للخطة وطالب عدد من النواب بالتصويت عليها",
                "أعلن",
                "وطالب",
                false,
            ),
            // A verb whose root opens with و.
            (
                "قال سالم الهادي إن الوفد الذي وصلت طلائعه أمس سيبقى أسبوعا",
                "قال",
                "وصلت",
                false,
            ),
            (
                "أعلن سالم الهادي دعمه للخطة وتعهد بالعمل على تنفيذها",
                "أعلن",
                "وتعهد",
                true,
            ),
        ];
        for (body, first, second, given) in cases {
            let a = article(body);
            let salem = entity(
                "per:0123456789abcdef",
                "سالم الهادي",
                EntityType::Person,
                body,
            );
            let star = entity(
                "org:00112233aabbccdd",
                "حركة النجم",
                EntityType::Organization,
                body,
            );
            let target = body
                .split(second)
                .nth(1)
                .is_some_and(|rest| rest.trim_start().starts_with("حركة النجم"))
                .then(|| star.id.clone());
            let entities = [salem, star];
            let mut events = vec![
                bare_event("111", Some(entities[0].id.clone()), None, body),
                bare_event("020", None, target, body),
            ];
            let triggers = [
                trigger_at(body, first, false, true),
                trigger_at(body, second, false, false),
            ];
            coordinated_verb_sources(&mut events, &triggers, &entities, &a, &mut Texts::default());
            assert_eq!(
                events[1].source.as_deref() == Some(entities[0].id.as_str()),
                given,
                "help: {body}"
            );
        }
    }

    #[test]
    fn a_reported_condemnation_is_its_clause_s_subject_s() {
        // (sentence, trigger, the ministry given as the target (else as the source), expected
        // (Kenya is the source, the target is none))
        let cases = [
            (
                "وقال المتحدث باسم وزارة الخارجية الكينية سامر ناجي إن كينيا تستنكر هذا العمل",
                "تستنكر",
                true,
                (true, true),
            ),
            (
                "وأكدت وزارة الخارجية الكينية في بيان أن كينيا تدين الهجوم على القرية",
                "تدين",
                false,
                (true, true),
            ),
            // The verb before its subject, or a word that is no name or title between.
            (
                "وأكدت وزارة الخارجية الكينية أن الحكومة هناك تدين الهجوم",
                "تدين",
                false,
                (false, true),
            ),
        ];
        for (body, word, ministry_as_target, expected) in cases {
            let a = article(body);
            let ministry = entity(
                "org:00112233aabbccdd",
                "وزارة الخارجية الكينية",
                EntityType::Organization,
                body,
            );
            let kenya = entity("loc:KEN", "كينيا", EntityType::Location, body);
            let samer = entity(
                "per:0123456789abcdef",
                "سامر ناجي",
                EntityType::Person,
                body,
            );
            let (source, target) = if ministry_as_target {
                (Some(kenya.id.clone()), Some(ministry.id.clone()))
            } else {
                (Some(ministry.id.clone()), None)
            };
            let entities = [ministry, kenya, samer];
            let mut events = vec![bare_event("111", source, target, body)];
            let triggers = [trigger_at(body, word, false, true)];
            reported_subject_sources(&mut events, &triggers, &entities, &a, &mut Texts::default());
            assert_eq!(
                (
                    events[0].source.as_deref() == Some("loc:KEN"),
                    events[0].target.is_none()
                ),
                expected,
                "help: {body}"
            );
        }
    }

    #[test]
    fn a_statement_s_target_named_only_in_its_source_s_own_title_is_not_its_target() {
        // (sentence, code, trigger, the source's name, the target's name, expected target
        // after the rule: None, or the name of the entity that becomes it)
        type Case<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str, Option<&'a str>);
        let cases: [Case; 8] = [
            (
                "دعا الدكتور سامر ناجي مفتي كينيا جميع الدول إلى التعاون",
                "020",
                "دعا",
                "سامر ناجي",
                "كينيا",
                None,
            ),
            (
                "استنكر السفير سامر ناجي الأمين العام المساعد لمنظمة التعاون الإقليمي لشؤون الثقافة، الحادث",
                "111",
                "استنكر",
                "سامر ناجي",
                "منظمة التعاون الإقليمي",
                None,
            ),
            (
                "أكد سامر ناجي الأمين العام لمجلس التعاون الإقليمي اليوم حرص المجلس على الدعم",
                "030",
                "أكد",
                "سامر ناجي",
                "مجلس التعاون الإقليمي",
                None,
            ),
            // The name's mention ends in the title (an entity `X مفتي`).
            (
                "دعا سامر ناجي مفتي كينيا جميع الدول إلى التعاون",
                "020",
                "دعا",
                "سامر ناجي مفتي",
                "كينيا",
                None,
            ),
            // The verb's object named right after the chain becomes the target.
            (
                "طالب سامر ناجي وزير خارجية كينيا الحكومة الأوغندية بالإفراج عن المعتقلين",
                "100",
                "طالب",
                "سامر ناجي",
                "كينيا",
                Some("الحكومة الأوغندية"),
            ),
            // The title is the verb's object: its complement follows.
            (
                "دعا سامر ناجي وزير خارجية كينيا إلى زيارة البلاد",
                "020",
                "دعا",
                "سامر ناجي",
                "كينيا",
                Some("كينيا"),
            ),
            (
                "اتهم سامر ناجي رئيس وزراء كينيا بالتقصير",
                "112",
                "اتهم",
                "سامر ناجي",
                "كينيا",
                Some("كينيا"),
            ),
            // A meeting's partner (root 04) is left alone.
            (
                "التقى سامر ناجي وزير خارجية كينيا أمس في العاصمة",
                "040",
                "التقى",
                "سامر ناجي",
                "كينيا",
                Some("كينيا"),
            ),
        ];
        for (body, code, word, source_name, target_name, expected) in cases {
            let a = article(body);
            let source = entity(
                "per:0123456789abcdef",
                source_name,
                EntityType::Person,
                body,
            );
            let target = entity(
                if target_name == "كينيا" {
                    "loc:KEN"
                } else {
                    "org:00112233aabbccdd"
                },
                target_name,
                if target_name == "كينيا" {
                    EntityType::Location
                } else {
                    EntityType::Organization
                },
                body,
            );
            let mut entities = vec![source, target];
            if body.contains("الحكومة الأوغندية") {
                entities.push(entity(
                    "org:aabbccdd00112233",
                    "الحكومة الأوغندية",
                    EntityType::Organization,
                    body,
                ));
            }
            let mut events = vec![bare_event(
                code,
                Some(entities[0].id.clone()),
                Some(entities[1].id.clone()),
                body,
            )];
            let triggers = [trigger_at(body, word, false, true)];
            own_side_targets(&mut events, &triggers, &entities, &a, &mut Texts::default());
            let got = events[0]
                .target
                .as_deref()
                .and_then(|id| entities.iter().find(|e| e.id == id))
                .map(|e| e.name.as_str());
            assert_eq!(got, expected, "help: {body}");
        }
    }

    #[test]
    fn a_person_s_statement_is_never_aimed_at_his_own_state() {
        let body = "وحذر سامر ناجي النواب من أن رفض الخطة يهدد مكانة كينيا في المنطقة";
        let mut samer = entity(
            "per:0123456789abcdef",
            "سامر ناجي",
            EntityType::Person,
            body,
        );
        samer.country = Some("KEN".to_owned());
        let mut kenya = entity("loc:KEN", "كينيا", EntityType::Location, body);
        kenya.country = Some("KEN".to_owned());
        let entities = [samer, kenya];
        // (code, the target cleared)
        for (code, cleared) in [("120", true), ("020", true), ("040", false), ("190", false)] {
            let mut events = vec![bare_event(
                code,
                Some("per:0123456789abcdef".to_owned()),
                Some("loc:KEN".to_owned()),
                body,
            )];
            clear_own_country_targets(&mut events, &entities);
            assert_eq!(events[0].target.is_none(), cleared, "help: {code}");
        }
        // Another state's person keeps the target.
        let mut other = entities.clone();
        other[0].country = Some("UGA".to_owned());
        let mut events = vec![bare_event(
            "120",
            Some("per:0123456789abcdef".to_owned()),
            Some("loc:KEN".to_owned()),
            body,
        )];
        clear_own_country_targets(&mut events, &other);
        assert!(events[0].target.is_some());
    }

    #[test]
    fn a_target_named_only_as_someone_s_leader_is_none() {
        // (sentence, code, source's name, target's name, whether the target is cleared)
        let cases = [
            (
                "وقصفت طائرات التحالف الإقليمي بقيادة الأردن مواقع المسلحين شمال المدينة",
                "195",
                "التحالف الإقليمي",
                "الأردن",
                true,
            ),
            (
                "وقصفت طائرات التحالف الإقليمي الذي تقوده الأردن مواقع المسلحين",
                "195",
                "التحالف الإقليمي",
                "الأردن",
                true,
            ),
            (
                "وقررت اللجنة الوطنية برئاسة الوزير سامر ناجي تعليق أعمالها",
                "172",
                "اللجنة الوطنية",
                "سامر ناجي",
                true,
            ),
            // A meeting with a delegation is coded with its head.
            (
                "والتقى اللجنة الوطنية وفدا برئاسة الوزير سامر ناجي",
                "040",
                "اللجنة الوطنية",
                "سامر ناجي",
                false,
            ),
            // Not after a leader cue.
            (
                "وقصفت طائرات الأردن مواقع التحالف الإقليمي قرب الحدود",
                "195",
                "الأردن",
                "التحالف الإقليمي",
                false,
            ),
        ];
        for (body, code, source, target, cleared) in cases {
            let a = article(body);
            let entities = [
                entity(
                    "org:00112233aabbccdd",
                    source,
                    EntityType::Organization,
                    body,
                ),
                entity("per:0123456789abcdef", target, EntityType::Person, body),
            ];
            let mut events = vec![bare_event(
                code,
                Some(entities[0].id.clone()),
                Some(entities[1].id.clone()),
                body,
            )];
            clear_led_targets(&mut events, &[], &entities, &a, &mut Texts::default());
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
        }
    }

    #[test]
    fn a_target_named_only_in_the_source_s_title_is_none() {
        // (sentence, target, its kind, trigger word, whether the target is cleared)
        let cases = [
            // The act after the title: the title is the source's.
            (
                "وكان سامر ناجي رئيس مجلس الحكماء العربي قد أدان الهجوم",
                "مجلس الحكماء العربي",
                EntityType::Organization,
                "أدان",
                true,
            ),
            // The act first, and another actor after the title for its object.
            (
                "ودعا سامر ناجي، رئيس مجلس الحكماء العربي، الحكومة الأردنية إلى الحوار",
                "مجلس الحكماء العربي",
                EntityType::Organization,
                "ودعا",
                true,
            ),
            (
                "واستقبل سامر ناجي ولي عهد العقبة نائب القائد الأعلى للقوات المسلحة بدولة الأردن أمس الحكومة الأردنية",
                "الأردن",
                EntityType::Location,
                "واستقبل",
                true,
            ),
            // A deputy's rank in the title (`النائب الثاني لرئيس مجلس الوزراء`).
            (
                "واستقبل سامر ناجي ولي العهد النائب الثاني لرئيس مجلس الوزراء أمس وفد الحكومة الأردنية",
                "مجلس الوزراء",
                EntityType::Organization,
                "واستقبل",
                true,
            ),
            // The act of a later clause: the title is the first act's object.
            (
                "واستقبل سامر ناجي سفير الأردن في العقبة، وبحث معه أمن الحدود",
                "الأردن",
                EntityType::Location,
                "وبحث",
                false,
            ),
            // A title that begins with و (`وزير`) is no conjunction.
            (
                "سامر ناجي وزير الخارجية الأردنية أدان الهجوم على الحدود",
                "الخارجية الأردنية",
                EntityType::Organization,
                "أدان",
                true,
            ),
            // No other actor: the title may be the object.
            (
                "واستقبل سامر ناجي وزير خارجية الأردن في مكتبه",
                "الأردن",
                EntityType::Location,
                "واستقبل",
                false,
            ),
            // Another actor only as a venue.
            (
                "واستقبل سامر ناجي وزير خارجية الأردن في العقبة",
                "الأردن",
                EntityType::Location,
                "واستقبل",
                false,
            ),
            // A definite title right after the name, or one behind a preposition, is the
            // object.
            (
                "ويتهم سامر ناجي الرئيس الأردني بتأجيل الانتخابات مع الحكومة الأردنية",
                "الأردني",
                EntityType::Location,
                "ويتهم",
                false,
            ),
            (
                "واتصل سامر ناجي بالرئيس الأردني وبحث معه دعم الحكومة الأردنية",
                "الأردني",
                EntityType::Location,
                "واتصل",
                false,
            ),
        ];
        for (body, target, kind, trigger, cleared) in cases {
            let a = article(body);
            let s = entity(
                "per:0123456789abcdef",
                "سامر ناجي",
                EntityType::Person,
                body,
            );
            let mut t = entity("loc:JOR", target, kind, body);
            if kind == EntityType::Organization {
                t.id = "org:fedcba9876543210".to_owned();
            }
            let mut entities = vec![s, t];
            if body.contains("العقبة") {
                let mut town = entity("loc:0123456789abcdee", "العقبة", EntityType::Location, body);
                town.country = Some("JOR".to_owned());
                entities.push(town);
            }
            if body.contains("الحكومة الأردنية") {
                entities.push(entity(
                    "org:0123456789abcdee",
                    "الحكومة الأردنية",
                    EntityType::Organization,
                    body,
                ));
            }
            let triggers = [trigger_at(body, trigger, false, true)];
            let mut events = vec![bare_event(
                "020",
                Some(entities[0].id.clone()),
                Some(entities[1].id.clone()),
                body,
            )];
            clear_title_apposition_targets(
                &mut events,
                &triggers,
                &entities,
                &a,
                &mut Texts::default(),
            );
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
        }
    }

    #[test]
    fn a_meeting_s_target_is_the_one_named_after_the_host_s_title() {
        // (sentence, code, the target it ends with: the guest, or none)
        let guest = "per:00000000000000aa";
        let cases = [
            (
                "واستقبل سامر ناجي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الرئيس الكيني جون موانغي",
                "040",
                Some(guest),
            ),
            (
                "وأجرى سامر ناجي ولي العهد النائب الثاني لرئيس مجلس الوزراء اتصالا هاتفيا بالرئيس الكيني جون موانغي",
                "040",
                Some(guest),
            ),
            // Not a meeting, call or praise: the target is only cleared.
            (
                "وهدد سامر ناجي ولي العهد النائب الثاني لرئيس مجلس الوزراء الرئيس الكيني جون موانغي",
                "130",
                None,
            ),
        ];
        for (body, code, want) in cases {
            let a = article(body);
            let host = entity(
                "per:0123456789abcdef",
                "سامر ناجي",
                EntityType::Person,
                body,
            );
            let cabinet = entity(
                "org:fedcba9876543210",
                "مجلس الوزراء",
                EntityType::Organization,
                body,
            );
            let kenyan = entity(guest, "جون موانغي", EntityType::Person, body);
            let entities = vec![host, cabinet, kenyan];
            let first_word = body.split(' ').next().unwrap_or_default();
            let triggers = [trigger_at(body, first_word, false, true)];
            let mut events = vec![bare_event(
                code,
                Some(entities[0].id.clone()),
                Some(entities[1].id.clone()),
                body,
            )];
            clear_title_apposition_targets(
                &mut events,
                &triggers,
                &entities,
                &a,
                &mut Texts::default(),
            );
            assert_eq!(events[0].target.as_deref(), want, "meeting: {body}");
        }
    }

    #[test]
    fn a_title_set_off_by_commas_or_before_a_praise_is_the_names() {
        // (sentence, code, target word, trigger word, target cleared)
        let cases = [
            (
                "دعا سامر ناجي، وزير شؤون المغتربين الأردني، المنظمات إلى العون",
                "020",
                "الأردني",
                "دعا",
                true,
            ),
            (
                "وانتقد سامر ناجي، رئيس نقابة المعلمين الأردنيين في كندا، أمس القرار",
                "111",
                "الأردنيين",
                "وانتقد",
                true,
            ),
            (
                "أشاد سامر ناجي رئيس البرلمان الأردني بجهود رجال الدفاع المدني",
                "051",
                "الأردني",
                "أشاد",
                true,
            ),
            // No closing comma: the title may be the object.
            (
                "استقبل سامر ناجي، وزير شؤون المغتربين الأردني في مكتبه",
                "043",
                "الأردني",
                "استقبل",
                false,
            ),
            // The comma closes the act's object, not a title after the name.
            (
                "استقبل سامر ناجي أمس، وزير شؤون المغتربين الأردني، في مكتبه",
                "043",
                "الأردني",
                "استقبل",
                false,
            ),
            // Not a praise: ب after the title does not tell.
            (
                "واستقبل سامر ناجي وزير خارجية الأردن بمكتبه",
                "043",
                "الأردن",
                "واستقبل",
                false,
            ),
        ];
        for (body, code, target, trigger, cleared) in cases {
            let a = article(body);
            let entities = vec![
                entity(
                    "per:0123456789abcdef",
                    "سامر ناجي",
                    EntityType::Person,
                    body,
                ),
                entity("loc:JOR", target, EntityType::Location, body),
            ];
            let triggers = [trigger_at(body, trigger, false, true)];
            let mut events = vec![bare_event(
                code,
                Some(entities[0].id.clone()),
                Some(entities[1].id.clone()),
                body,
            )];
            clear_title_apposition_targets(
                &mut events,
                &triggers,
                &entities,
                &a,
                &mut Texts::default(),
            );
            assert_eq!(events[0].target.is_none(), cleared, "help: {body}");
        }
    }

    #[test]
    fn the_holder_of_an_expressed_stance_is_its_source() {
        // (sentence, trigger word, source before, expected source, expected target)
        let cases = [
            (
                "وأعربت وزارة الخارجية عن إدانة الأردن واستنكاره الشديد للهجوم الذي نفذته قوات الفجر على القرية",
                "إدانة",
                None,
                Some("loc:JOR"),
                Some("org:0123456789abcdee"),
            ),
            // The speaker is the holder's own minister: no target.
            (
                "وعبر الوزير سامر ناجي عن استنكار الأردن الشديد لهذا العمل",
                "استنكار",
                Some("per:0123456789abcdef"),
                Some("loc:JOR"),
                None,
            ),
            // The old source named after the holder is the object.
            (
                "وأعرب عن ترحيب الأردن بالخطوات التي اتخذها سامر ناجي",
                "ترحيب",
                Some("per:0123456789abcdef"),
                Some("loc:JOR"),
                Some("per:0123456789abcdef"),
            ),
            // Without أعرب/عبر عن the genitive may be the object: left alone.
            (
                "وطالب سامر ناجي بإدانة الأردن في مجلس الأمن",
                "بإدانة",
                Some("per:0123456789abcdef"),
                Some("per:0123456789abcdef"),
                Some("loc:JOR"),
            ),
        ];
        for (body, trigger, source, want_source, want_target) in cases {
            let a = article(body);
            let mut jordan = entity("loc:JOR", "الأردن", EntityType::Location, body);
            jordan.country = Some("JOR".to_owned());
            let mut entities = vec![
                jordan,
                entity(
                    "per:0123456789abcdef",
                    "سامر ناجي",
                    EntityType::Person,
                    body,
                ),
            ];
            if body.contains("قوات الفجر") {
                entities.push(entity(
                    "org:0123456789abcdee",
                    "قوات الفجر",
                    EntityType::Organization,
                    body,
                ));
            }
            let triggers = [trigger_at(body, trigger, true, true)];
            let mut events = vec![bare_event(
                "111",
                source.map(str::to_owned),
                Some("loc:JOR".to_owned()),
                body,
            )];
            expressed_stance_sources(&mut events, &triggers, &entities, &a, &mut Texts::default());
            assert_eq!(events[0].source.as_deref(), want_source, "help: {body}");
            assert_eq!(events[0].target.as_deref(), want_target, "help: {body}");
        }
    }
}
