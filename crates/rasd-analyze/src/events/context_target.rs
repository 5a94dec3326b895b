//! Targets named by the context: an act whose object points back to an earlier act of the
//! page takes that act's doer as its target.
//!
//! Writers name the target of a reaction or an appeal even when the sentence names it only by
//! reference to what came before:
//! - a reaction (welcome 05, condemn 11, reject 12) whose object is a definite noun for an act
//!   told before (`الخطوة`، `القرار`، `الحكم`، `الضربة`، `الهجوم`): the target is the doer of the
//!   last act told before it in the paragraph or the one before (`أغلقت السلطات الحدود. ورحبت
//!   المنظمة بالخطوة` → the authorities);
//! - an appeal or demand (02, 10) for the release of someone named by a pronoun (`الإفراج عنه`،
//!   `إطلاق سراحهم`): the target is who holds them, the doer of the last arrest or abduction (17,
//!   18) told before it.
//!
//! The doer found must be another actor than the source (not the source itself, not its state).
//! Nothing is filled for an event that has a target, a statement (01), a claim, or when no such
//! act was told before.
//!
//! A hostile act (11–13, 16–20) whose object is a bare description of a body named before
//! (`ضربات استهدفت التنظيم`، `حملة ضد الحركة`، `انتقد الحزب`) takes that body as its target: the
//! last organization named before the trigger with that head (`تنظيم X`، `لحركة X`, or a name
//! that starts with it) — see [`find_described_body_target`].
//!
//! An act of force (17–20) with no target whose sentence counts the members it hit out of a
//! body (`أسر الجيش عشرة من عناصر جماعة X`، `قتل قياديا بارزا في X`) takes that body — see
//! [`find_members_hit_target`]. One continued by a verb of aiming takes the organization aimed
//! at ([`find_aimed_object_target`]); a show of force takes the adversary it faces
//! ([`find_posture_adversary_target`]); an act of aid takes the state of the place it goes to
//! ([`find_aid_place_target`]). An expression of sympathy takes the state it is addressed to
//! (`تعازيه لحكومة وشعب X`، `تضامنها مع X`: [`condolence_recipient`]).
//!
//! Each of these is a [`Pass`] (which events it looks at, and its own search);
//! [`fill_targets_from_context`] runs them in the order of [`PASSES`].

use std::cell::OnceCell;

mod clash_sides;
mod condolence_recipient;

use rasd_model::{Article, ArticlePart, Entity, EntityType, Event};

use crate::events::learned::Trigger;
use crate::events::text::{tokenize, Token, TokenKind};

/// Definite nouns that name an act already told (normalized, without a preposition prefix).
const BACK_NOUNS: &[&str] = &[
    "الخطوه",
    "الخطوات",
    "القرار",
    "القرارات",
    "الحكم",
    "الضربه",
    "الضربات",
    "الهجوم",
    "الهجمات",
    "الغاره",
    "الغارات",
    "القصف",
    "الشحنه",
    "الاجراء",
    "الاجراءات",
    "الاعتداء",
    "الاعتداءات",
    "التفجير",
    "الاعتقال",
    "الاحتجاز",
    "الاقتحام",
    "التصعيد",
    "الحظر",
    "الاغتيال",
    "الاختطاف",
];

/// Words that open another clause or a new description: the reaction's object is sought before
/// them.
const CLAUSE_STOPS: &[&str] = &[
    "ان",
    "الذي",
    "التي",
    "الذين",
    "بعد",
    "قبل",
    "اثر",
    "عقب",
    "منذ",
    "لكن",
    "كما",
    "حيث",
    "اذا",
];

/// Words right after a back noun that make it a new act, not one told before (`الهجوم الذي
/// استهدف`، `الهجوم على`، `الضربة ضد`).
const NEW_ACT_NEXT: &[&str] = &["الذي", "التي", "الذين", "على", "علي", "ضد", "بحق"];

/// One pass that fills the target of an event with a source and none from the context of its
/// trigger. The driver ([`run_passes`]) walks every event of the article for each pass in turn,
/// skips an event with a target or with no source, asks [`Pass::looks_at`], finds the trigger's
/// token in its paragraph and, when [`Pass::find`] finds a target, sets it: a new pass is only
/// these two functions and a line in [`PASSES`].
struct Pass {
    /// True for an event the pass looks at: its code, and a cheap test of its sentence made
    /// before its paragraph is tokenized.
    looks_at: fn(&Event) -> bool,
    /// The pass's own search: the target found for the event at `site`, if any.
    find: fn(&Site) -> Option<Found>,
}

/// The passes in the order they run (each sees the targets the ones before it filled).
const PASSES: [Pass; 8] = [
    BACK_REFERENCE,
    DESCRIBED_BODY,
    MEMBERS_HIT,
    AIMED_OBJECT,
    POSTURE_ADVERSARY,
    AID_PLACE,
    clash_sides::CLASH_SIDES,
    condolence_recipient::CONDOLENCE_RECIPIENT,
];

/// A target found by a pass: the actor and its state.
struct Found {
    target: String,
    country: Option<String>,
}

/// The tokens of the body's paragraphs, each tokenized when first asked for and shared by all
/// the passes.
struct ParagraphTokens<'a> {
    body: &'a [String],
    tokens: Vec<OnceCell<Vec<Token>>>,
}

impl<'a> ParagraphTokens<'a> {
    /// An empty cache for the paragraphs of `article`'s body.
    fn new(article: &'a Article) -> Self {
        ParagraphTokens {
            body: &article.body,
            tokens: vec![OnceCell::new(); article.body.len()],
        }
    }

    /// The tokens of paragraph `p` (none when the body has no such paragraph).
    fn of(&self, p: usize) -> Option<&[Token]> {
        let text = self.body.get(p)?;
        Some(self.tokens[p].get_or_init(|| tokenize(&text.chars().collect::<Vec<_>>())))
    }
}

/// An event a pass looks at, with what its search may read.
struct Site<'a> {
    /// All the events of the article (as the passes before left them) and the index of this one.
    events: &'a [Event],
    i: usize,
    /// The events' triggers, aligned with `events`.
    triggers: &'a [Trigger],
    entities: &'a [Entity],
    article: &'a Article,
    /// The body's paragraphs' tokens (any paragraph may be asked for).
    paragraphs: &'a ParagraphTokens<'a>,
    /// The event's paragraph, its trigger's first char there, that paragraph's tokens and the
    /// index of the trigger's token among them.
    p: usize,
    start: usize,
    toks: &'a [Token],
    at: usize,
}

impl Site<'_> {
    /// The event the pass looks at.
    fn event(&self) -> &Event {
        &self.events[self.i]
    }
}

/// Runs every pass of this file ([`PASSES`], in order) over the events. `triggers` is aligned
/// with `events` (nothing is done otherwise).
pub(crate) fn fill_targets_from_context(
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
) {
    if triggers.len() == events.len() {
        let paragraphs = ParagraphTokens::new(article);
        condolence_recipient::repoint_addressed_sources(
            events,
            triggers,
            entities,
            article,
            &paragraphs,
        );
    }
    run_passes(&PASSES, events, triggers, entities, article);
}

/// Runs `passes` in order over the events (see [`Pass`]). `triggers` is aligned with `events`
/// (nothing is done otherwise).
fn run_passes(
    passes: &[Pass],
    events: &mut [Event],
    triggers: &[Trigger],
    entities: &[Entity],
    article: &Article,
) {
    if triggers.len() != events.len() {
        return;
    }
    let paragraphs = ParagraphTokens::new(article);
    for pass in passes {
        for i in 0..events.len() {
            let e = &events[i];
            if e.target.is_some() || e.source.is_none() || !(pass.looks_at)(e) {
                continue;
            }
            let (p, start) = (e.paragraph, triggers[i].start);
            let Some(toks) = paragraphs.of(p) else {
                continue;
            };
            let Some(at) = toks.iter().position(|t| t.start == start) else {
                continue;
            };
            let site = Site {
                events,
                i,
                triggers,
                entities,
                article,
                paragraphs: &paragraphs,
                p,
                start,
                toks,
                at,
            };
            if let Some(found) = (pass.find)(&site) {
                events[i].target = Some(found.target);
                events[i].target_country = found.country;
            }
        }
    }
}

/// The body as the target of the event, unless it is the event's source or the source's state.
fn other_body(e: &Event, body: &Entity) -> Option<Found> {
    let own = Some(body.id.as_str()) == e.source.as_deref()
        || e.source_country.as_deref() == Some(body.id.as_str());
    (!own).then(|| Found {
        target: body.id.clone(),
        country: body.country.clone(),
    })
}

/// A reaction or an appeal that names its object by reference to an earlier act (see the module
/// doc and [`find_back_reference_target`]).
const BACK_REFERENCE: Pass = Pass {
    looks_at: back_reference_looks_at,
    find: find_back_reference_target,
};

/// A welcome (051), not an agreement (050): what it welcomes is another's act; a condemnation or
/// rejection (11, 12); an appeal or demand (02, 10).
fn back_reference_looks_at(e: &Event) -> bool {
    match e.code.get(..2).unwrap_or("") {
        "05" => e.code.starts_with("051"),
        "11" | "12" | "02" | "10" => true,
        _ => false,
    }
}

/// The target of an event that names it by reference to an earlier act (see the module doc): the
/// doer of the last act told before it that the reaction is about (statements, appeals and
/// meetings or calls are none) or, for an appeal to free someone named by a pronoun, of the last
/// arrest or abduction.
fn find_back_reference_target(site: &Site) -> Option<Found> {
    let root = site.event().code.get(..2).unwrap_or("");
    let appeal = matches!(root, "02" | "10");
    let want: fn(&str) -> bool = if appeal {
        |r| matches!(r, "17" | "18")
    } else {
        |r| !matches!(r, "01" | "02" | "04")
    };
    let refers = if appeal {
        // The trigger may be the release noun itself (`بإطلاق سراحهم`).
        names_a_held_one(&site.toks[site.at..])
    } else {
        names_an_act_told(&site.toks[site.at + 1..])
    };
    if !refers {
        return None;
    }
    let doer = &site.events[last_doer_before(site.events, site.triggers, site.i, want)?];
    Some(Found {
        target: doer.source.clone()?,
        country: doer.source_country.clone(),
    })
}

/// Bare definite heads that name back a body told before (normalized, without a prefix), with
/// the stem a name or the word before a name carries (`التنظيم` ← `تنظيم داعش`، `لتنظيم X`).
const DESCRIPTION_HEADS: &[(&str, &str)] = &[
    ("التنظيم", "تنظيم"),
    ("الحركه", "حركه"),
    ("الجماعه", "جماعه"),
    ("الحزب", "حزب"),
    ("الميليشيا", "ميليشي"),
    ("الميليشيات", "ميليشي"),
    ("المليشيا", "مليشي"),
    ("المليشيات", "مليشي"),
];

/// The heads of [`DESCRIPTION_HEADS`] as written (a sentence without one is not tokenized).
const DESCRIPTION_STEMS: &[&str] = &[
    "تنظيم",
    "حركة",
    "حركه",
    "جماعة",
    "جماعه",
    "حزب",
    "يليشي",
    "ليشي",
];

/// Words looked at after a hostile act's trigger for a description of its object.
const DESCRIPTION_WINDOW: usize = 5;

/// A hostile act on a bare description of a body named before (see
/// [`find_described_body_target`]).
const DESCRIBED_BODY: Pass = Pass {
    looks_at: described_body_looks_at,
    find: find_described_body_target,
};

/// A hostile act (11–13, 16–20) whose sentence holds a head of [`DESCRIPTION_STEMS`] (no head in
/// the sentence: nothing to tokenize).
fn described_body_looks_at(e: &Event) -> bool {
    let root = e.code.get(..2).unwrap_or("");
    matches!(root, "11" | "12" | "13" | "16" | "17" | "18" | "19" | "20")
        && DESCRIPTION_STEMS.iter().any(|h| e.sentence.contains(h))
}

/// The target of a hostile act (11–13, 16–20) whose object, within [`DESCRIPTION_WINDOW`] words
/// of its clause after the trigger, is a bare description ([`DESCRIPTION_HEADS`]: `التنظيم`،
/// `بالحركة`، `ضد الجماعة`) that no name follows and no entity mention covers: the last
/// organization named before the trigger (in the body, this paragraph or an earlier one) whose
/// name, mention or the word before the mention carries that head's stem (`هاجمت القوات تنظيم
/// داعش … ثم قصفت التنظيم` → the group), when it is not the source or the source's state.
fn find_described_body_target(site: &Site) -> Option<Found> {
    let body = match described_object(&site.toks[site.at + 1..], site.entities, site.p)? {
        Described::Named(body) => body,
        Described::Head(stem) => {
            last_body_with_stem(site.entities, site.paragraphs, site.p, site.start, stem)?
        }
    };
    other_body(site.event(), body)
}

/// The entity a body mention of which covers char `at` of paragraph `p`.
fn mention_at(entities: &[Entity], p: usize, at: usize) -> Option<&Entity> {
    entities.iter().find(|e| {
        e.mentions
            .iter()
            .any(|m| m.part == ArticlePart::Body && m.paragraph == p && m.start <= at && at < m.end)
    })
}

/// The first entity of one of `kinds` with a body mention in paragraph `p` that starts within
/// token `t` (at its first char or after a prefix: `لحركة X`، `بالعراق`).
fn named_in_token<'e>(
    entities: &'e [Entity],
    kinds: &[EntityType],
    p: usize,
    t: &Token,
) -> Option<&'e Entity> {
    entities.iter().find(|b| {
        kinds.contains(&b.kind)
            && b.mentions.iter().any(|m| {
                m.part == ArticlePart::Body
                    && m.paragraph == p
                    && m.start >= t.start
                    && m.start < t.end
            })
    })
}

/// A hostile act's object named by a description.
enum Described<'e> {
    /// The description is already a mention of this organization (the entity stage's anaphora).
    Named(&'e Entity),
    /// A bare description with this stem, to be sought among the bodies named before.
    Head(&'static str),
}

/// The bare description that is the act's object in the clause after its trigger (see
/// [`find_described_body_target`]).
fn described_object<'e>(
    after: &[Token],
    entities: &'e [Entity],
    p: usize,
) -> Option<Described<'e>> {
    let mut seen = 0;
    for (k, t) in after.iter().enumerate() {
        if t.kind == TokenKind::Punct {
            if t.is_punct('«') || t.is_punct('»') || t.is_punct('"') {
                continue;
            }
            return None;
        }
        if CLAUSE_STOPS.contains(&t.norm.as_str()) || seen == DESCRIPTION_WINDOW {
            return None;
        }
        seen += 1;
        let w = unprefixed(&t.norm);
        let w = w
            .strip_prefix('ل')
            .filter(|r| r.starts_with("ال"))
            .unwrap_or(&w);
        let Some(&(_, stem)) = DESCRIPTION_HEADS.iter().find(|(h, _)| *h == w) else {
            continue;
        };
        if let Some(e) = mention_at(entities, p, t.start) {
            // (`الحزب الديمقراطي` as part of a longer name: its entity, if it is one alone.)
            let alone = e.mentions.iter().any(|m| {
                m.part == ArticlePart::Body
                    && m.paragraph == p
                    && m.start <= t.start
                    && m.end <= t.end
            });
            return (alone && e.kind == EntityType::Organization).then_some(Described::Named(e));
        }
        // A name right after it makes it a title of that name (`الحركة الشعبية`، `التنظيم X`).
        if let Some(next) = after.get(k + 1) {
            if next.kind == TokenKind::Word && mention_at(entities, p, next.start).is_some() {
                return None;
            }
        }
        return Some(Described::Head(stem));
    }
    None
}

/// The last organization named in the body before char `before` of paragraph `p` whose name,
/// mention text or the word right before the mention carries `stem`.
fn last_body_with_stem<'e>(
    entities: &'e [Entity],
    paragraphs: &ParagraphTokens,
    p: usize,
    before: usize,
    stem: &str,
) -> Option<&'e Entity> {
    let carries = |s: &str| {
        tokenize(&s.chars().collect::<Vec<_>>())
            .iter()
            .any(|t| t.norm.contains(stem))
    };
    let mut best: Option<(&Entity, (usize, usize))> = None;
    for e in entities
        .iter()
        .filter(|e| e.kind == EntityType::Organization)
    {
        let named = carries(&e.name);
        for m in &e.mentions {
            let at = (m.paragraph, m.start);
            if m.part != ArticlePart::Body || at >= (p, before) {
                continue;
            }
            if best.is_some_and(|(_, b)| b >= at) {
                continue;
            }
            let ok = named
                || carries(&m.text)
                || paragraphs.of(m.paragraph).is_some_and(|toks| {
                    toks.iter()
                        .rev()
                        .find(|t| t.end <= m.start)
                        .is_some_and(|t| t.kind == TokenKind::Word && t.norm.contains(stem))
                });
            if ok {
                best = Some((e, at));
            }
        }
    }
    best.map(|(e, _)| e)
}

/// Nouns of the members, fighters or leaders of a body (normalized, without a prefix), in the
/// accusative or genitive (`قتل عنصرين من X`، `أسر عشرة من مسلحي X`); the nominative (`مسلحو`)
/// is mostly the subject.
const MEMBER_NOUNS: &[&str] = &[
    "عناصر",
    "عنصرا",
    "عنصرين",
    "عنصران",
    "مسلحي",
    "مقاتلي",
    "اعضاء",
    "عضوا",
    "عضوين",
    "قياديا",
    "قياديين",
    "قيادات",
    "قاده",
    "قايدا",
    "افراد",
    "انصار",
    "كوادر",
    // (Armed men and fighters counted, and tens of them: `مقتل 10 مسلحين من X`, `مقتل
    // العشرات من X في غارات`.)
    "مسلحا",
    "مسلحين",
    "مقاتلا",
    "مقاتلين",
    "عشرات",
    "العشرات",
];

/// The stems of [`MEMBER_NOUNS`] as written, hamza forms included (a sentence without one is
/// not tokenized).
const MEMBER_STEMS: &[&str] = &[
    "عناصر",
    "عنصر",
    "مسلحي",
    "مقاتلي",
    "أعضاء",
    "اعضاء",
    "عضو",
    "قيادي",
    "قيادات",
    "قادة",
    "قاده",
    "قائد",
    "قايد",
    "أفراد",
    "افراد",
    "أنصار",
    "انصار",
    "كوادر",
    "مسلح",
    "مقاتل",
    "عشرات",
];

/// Tokens after the trigger within which any member noun names the hit; further on (a long
/// sentence's other clause: `… وسط دعم من عناصر X`) only one counted as hit or after a
/// coordinated act of force does.
const MEMBER_WINDOW: usize = 8;

/// Verbs and nouns of force (normalized) that, joined by و right before a member noun further
/// than [`MEMBER_WINDOW`] after the trigger, continue the same act (`وطرد عناصر X`).
const COORDINATED_FORCE: &[&str] = &["طرد", "قتل", "اسر", "اعتقال", "اعتقل", "مطارده", "ملاحقه"];

/// Words that may stand between a member noun and its body's name (`قياديا بارزا في X`،
/// `عناصر ينتمون إلى X`).
const MEMBER_LINKS: &[&str] = &[
    "من",
    "في",
    "الي",
    "بارزا",
    "بارزين",
    // (`قياديا كبيرا في X`.)
    "كبيرا",
    "كبيرين",
    "البارزين",
    "سابقا",
    "ينتمون",
    "المنتمين",
    "تابعين",
    "التابعين",
    "يتبعون",
];

/// Words of killing, wounding or capture before the members hit in a passive or noun clause
/// told before the act (`قتل عنصران من X في غارة …`).
const HIT_BEFORE: &[&str] = &[
    "قتل",
    "مقتل",
    "بمقتل",
    "لقي",
    "لقوا",
    "مصرع",
    "اصيب",
    "اصابه",
    "اسر",
    "اعتقل",
    "اعتقال",
];

/// An act of force on members of a body (see [`find_members_hit_target`]).
const MEMBERS_HIT: Pass = Pass {
    looks_at: members_hit_looks_at,
    find: find_members_hit_target,
};

/// An act of force (17–20) whose sentence holds a stem of [`MEMBER_STEMS`] (no member noun in the
/// sentence: nothing to tokenize).
fn members_hit_looks_at(e: &Event) -> bool {
    matches!(e.code.get(..2).unwrap_or(""), "17" | "18" | "19" | "20")
        && MEMBER_STEMS.iter().any(|m| e.sentence.contains(m))
}

/// The target of an act of force (17–20) from the members hit in its sentence: a
/// [`MEMBER_NOUNS`] noun followed (through [`MEMBER_LINKS`] words) by the name of an organization
/// (`أسر الجيش ثلاثين من عناصر جماعة X`، `قتلت خلالها قياديا بارزا في X`) after the trigger
/// (within [`MEMBER_WINDOW`] tokens, not right after a verb trigger: its subject), or anywhere
/// in the sentence right after a word of killing or capture (`قتل عنصران من X في غارة شنتها
/// …`), or after a coordinated act of force (`وطرد عناصر X`). None when the sentence names
/// members of two bodies (wherever they stand), or the one named is the source or its state.
fn find_members_hit_target(site: &Site) -> Option<Found> {
    let (e, toks, at, start, p) = (site.event(), site.toks, site.at, site.start, site.p);
    let text = site.article.body.get(p)?;
    let byte = text.find(e.sentence.as_str())?;
    let s_start = text.get(..byte).map_or(0, |t| t.chars().count());
    let s_end = s_start + e.sentence.chars().count();
    let (entities, trigger) = (site.entities, &site.triggers[site.i]);
    let mut found: Vec<(&Entity, bool)> = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if t.start < s_start || t.end > s_end || t.kind != TokenKind::Word {
            continue;
        }
        // (With و only: a member noun takes no article, so no other prefix is looked at;
        // no allocation for the sentence's other words.)
        if !MEMBER_NOUNS.contains(&t.norm.strip_prefix('و').unwrap_or(&t.norm)) {
            continue;
        }
        // Counted as hit: a word of killing or capture just before (`بمقتل عنصرين من X`).
        let hit = toks[..k]
            .iter()
            .rev()
            .take(3)
            .take_while(|b| b.kind == TokenKind::Word)
            .any(|b| HIT_BEFORE.contains(&unprefixed(&b.norm).as_str()));
        // A coordinated act of force right before them continues the act (`بسط سيطرته على
        // البلدة وطرد عناصر X منها`).
        let continued = toks[..k].last().is_some_and(|b| {
            b.norm
                .strip_prefix('و')
                .is_some_and(|w| COORDINATED_FORCE.contains(&w))
        });
        // Right after a verb, the members are its subject (`هاجم عناصر من X القرية`).
        let subject = !trigger.noun && toks[..k].last().is_some_and(|b| b.start == start);
        let near = k.abs_diff(at) <= MEMBER_WINDOW;
        let placed = if k > at {
            (near && !subject) || hit || continued
        } else {
            hit
        };
        let Some(name) = toks[k + 1..]
            .iter()
            .take(3)
            .take_while(|n| n.kind == TokenKind::Word && n.end <= s_end)
            .find(|n| !MEMBER_LINKS.contains(&n.norm.as_str()))
        else {
            continue;
        };
        let body = named_in_token(entities, &[EntityType::Organization], p, name);
        // (Members of every body in the sentence are counted: two bodies hit, or one hit
        // and one acting, leave the act's target untold.)
        if let Some(b) = body {
            match found.iter_mut().find(|(f, _)| f.id == b.id) {
                Some(f) => f.1 |= placed,
                None => found.push((b, placed)),
            }
        }
    }
    let [(body, true)] = found.as_slice() else {
        return None;
    };
    other_body(e, body)
}

/// Verbs of aiming (normalized, with و/ف/كما dropped by the caller): `استهدفت`، `تستهدف`.
const AIM_VERBS: &[&str] = &[
    "استهدف",
    "استهدفت",
    "استهدفا",
    "استهدفتا",
    "استهدفوا",
    "يستهدف",
    "تستهدف",
    "يستهدفون",
];

/// Nouns of acts of force (normalized, without a prefix) whose clause a verb of aiming may
/// continue with the act as its subject (`غارات جوية استهدفت X`، `الضربات التي نفذتها Y
/// استهدفت X`).
const AIM_ACT_NOUNS: &[&str] = &[
    "غاره",
    "غارات",
    "غارتين",
    "ضربه",
    "ضربات",
    "ضربتين",
    "هجوم",
    "هجوما",
    "هجمات",
    "عمليه",
    "عمليات",
    "قصف",
    "قصفا",
    "حمله",
    "حملات",
    "مداهمات",
    "مداهمه",
    "تفجير",
    "تفجيرات",
    "عدوان",
    "اشتباكات",
];

/// Things a force owns that an aimed act hits (normalized, without و): `استهدفت مواقع X`،
/// `تجمعات لـX`. Not members or fighters (`استهدفت عناصر X القرية`: they may be its subject).
const AIMED_THINGS: &[&str] = &[
    "مواقع",
    "موقع",
    "موقعا",
    "مقر",
    "مقرا",
    "مقرات",
    "معاقل",
    "معقل",
    "اوكار",
    "تجمعات",
    "تجمع",
    "تجمعا",
    "معسكرات",
    "معسكر",
    "مخازن",
    "اليات",
    "تحصينات",
    "تعزيزات",
    "ثكنات",
    "قواعد",
    "قاعده",
    "دوريه",
    "دوريات",
    "قافله",
    "قوافل",
    "عربات",
    "مراكز",
];

/// Words that may stand in an aimed phrase between its things and their owner (`تجمعا عسكريا
/// لـX`، `مواقع تابعة لـX`).
const AIMED_LINKS: &[&str] = &[
    "عسكريه",
    "عسكريا",
    "عسكري",
    "تابعه",
    "التابعه",
    "تابع",
    "التابع",
    "تتبع",
    "يتبع",
];

/// Words that end the stretch after a trigger in which a verb of aiming continues its act (a
/// time clause for another act, a contrast, a condition).
const AIM_STOPS: &[&str] = &[
    "بعد",
    "قبل",
    "اثر",
    "عقب",
    "منذ",
    "لكن",
    "ولكن",
    "حيث",
    "اذا",
    "فيما",
    "بينما",
    "حين",
];

/// Words after the trigger within which a verb of aiming is sought.
const AIM_WINDOW: usize = 12;

/// An act of force continued by a verb of aiming (see [`find_aimed_object_target`]).
const AIMED_OBJECT: Pass = Pass {
    looks_at: aimed_object_looks_at,
    find: find_aimed_object_target,
};

/// An act of force (18–20) whose sentence holds a verb of aiming (none in the sentence: nothing
/// to tokenize).
fn aimed_object_looks_at(e: &Event) -> bool {
    matches!(e.code.get(..2).unwrap_or(""), "18" | "19" | "20") && e.sentence.contains("ستهدف")
}

/// The target of an act of force (18–20) from the verb of aiming that continues it in its
/// sentence: `استهدف` at most [`AIM_WINDOW`] words after the trigger (no sentence end or
/// [`AIM_STOPS`] word between) whose object is an organization, either right after the verb when
/// a noun of the act ([`AIM_ACT_NOUNS`]) stands at most eight words before it and no و is
/// prefixed to it (the act is the verb's subject: `نفذت القوات ضربات جوية استهدفت جماعة X`), or
/// after things it owns ([`AIMED_THINGS`], joined by و, with [`AIMED_LINKS`] words: `غارات
/// استهدفت تجمعات لجماعة X`، `واستهدفت مواقع وآليات تابعة لـX`). None when the organization is
/// the source or its state.
fn find_aimed_object_target(site: &Site) -> Option<Found> {
    let e = site.event();
    let body = aimed_object(
        site.toks,
        site.at,
        site.entities,
        site.p,
        e.source.as_deref(),
    )?;
    other_body(e, body)
}

/// The organization a verb of aiming that continues the act at token `at` names as its object
/// (see [`find_aimed_object_target`]); none when the aimed phrase, to its clause end, also names the
/// act's `source` (`استهدفت مواقع تتبع X وقوات Y`: the source Y was hit, it is misread).
fn aimed_object<'e>(
    toks: &[Token],
    at: usize,
    entities: &'e [Entity],
    p: usize,
    source: Option<&str>,
) -> Option<&'e Entity> {
    let org_at = |t: &Token| named_in_token(entities, &[EntityType::Organization], p, t);
    let mut words = 0;
    let mut k = at;
    let aim = loop {
        let t = toks.get(k)?;
        if t.kind == TokenKind::Punct {
            if !inside_clause(t) {
                return None;
            }
        } else {
            if k > at && AIM_STOPS.contains(&t.norm.as_str()) {
                return None;
            }
            let w = t.norm.strip_prefix(['و', 'ف']).unwrap_or(&t.norm);
            if AIM_VERBS.contains(&w) {
                break k;
            }
            words += 1;
            if words > AIM_WINDOW {
                return None;
            }
        }
        k += 1;
    };
    let coordinated = toks[aim].norm.starts_with(['و', 'ف'])
        || toks[..aim]
            .last()
            .is_some_and(|b| matches!(b.norm.as_str(), "كما" | "وكما"));
    let act_before = toks[..aim]
        .iter()
        .rev()
        .filter(|b| b.kind == TokenKind::Word)
        .take(8)
        .any(|b| AIM_ACT_NOUNS.contains(&noun_stem(&b.norm)));
    let mut things = 0;
    for t in toks[aim + 1..].iter().take(6) {
        if t.kind != TokenKind::Word {
            return None;
        }
        if let Some(b) = org_at(t) {
            let direct = things == 0 && act_before && !coordinated;
            let phrase_end = toks[aim + 1..]
                .iter()
                .take(12)
                .take_while(|n| n.kind == TokenKind::Word)
                .last()
                .map_or(t.end, |n| n.end);
            let source_hit = entities.iter().any(|s| {
                Some(s.id.as_str()) == source
                    && s.mentions.iter().any(|m| {
                        m.part == ArticlePart::Body
                            && m.paragraph == p
                            && m.start > toks[aim].start
                            && m.end <= phrase_end
                    })
            });
            return (!source_hit && (things > 0 || direct)).then_some(b);
        }
        let w = t.norm.strip_prefix('و').unwrap_or(&t.norm);
        if AIMED_THINGS.contains(&w) {
            things += 1;
        } else if things == 0 || !AIMED_LINKS.contains(&w) {
            return None;
        }
    }
    None
}

/// Words of facing or checking an adversary (normalized, without و/ب/ل/في): `في مواجهة X`،
/// `لمنع تقدم X`، `لوقف تقدم X`، `لصد X`.
const FACING_WORDS: &[&str] = &["مواجهه", "تقدم", "صد", "ردع"];

/// Words that may stand between a word of facing and the adversary's name (`مقاتلي X`،
/// `رجال X`، `قوات X`).
const ADVERSARY_HEADS: &[&str] = &[
    "مقاتلي",
    "مسلحي",
    "عناصر",
    "رجال",
    "قوات",
    "ميليشيات",
    "مليشيات",
    "هجمات",
    "زحف",
];

/// Words after a show of force's trigger within which its adversary is sought.
const POSTURE_WINDOW: usize = 20;

/// A show of force facing an adversary (see [`find_posture_adversary_target`]).
const POSTURE_ADVERSARY: Pass = Pass {
    looks_at: posture_adversary_looks_at,
    find: find_posture_adversary_target,
};

/// A show of force (15) whose sentence holds a word of facing (none in the sentence: nothing to
/// tokenize).
fn posture_adversary_looks_at(e: &Event) -> bool {
    e.code.starts_with("15")
        && ["مواجه", "تقدم", "صد", "ردع"]
            .iter()
            .any(|c| e.sentence.contains(c))
}

/// The target of a show of force (15: troops or reinforcements sent, an alert) from the adversary
/// its sentence names after a word of facing (`في مواجهة مقاتلي X`، `لوقف تقدم رجال X`، `لصد
/// هجمات X`), at most [`POSTURE_WINDOW`] words after the trigger, before the sentence ends or
/// another clause opens ([`AIM_STOPS`]). None when that actor is the source or of the source's
/// state. A border named with `مع` (`تعزيزات إلى الحدود مع X`) is no adversary: writers leave
/// such a move with no target as often as they give it X.
fn find_posture_adversary_target(site: &Site) -> Option<Found> {
    let e = site.event();
    let body = posture_adversary(site.toks, site.at, site.entities, site.p)?;
    let own_place = body.kind == EntityType::Location
        && body.country.is_some()
        && body.country == e.source_country;
    if own_place {
        return None;
    }
    other_body(e, body)
}

/// The state or body a show of force at token `at` is aimed at (see [`find_posture_adversary_target`]).
fn posture_adversary<'e>(
    toks: &[Token],
    at: usize,
    entities: &'e [Entity],
    p: usize,
) -> Option<&'e Entity> {
    let kinds = [EntityType::Organization, EntityType::Location];
    let named_at = |t: &Token| named_in_token(entities, &kinds, p, t);
    for k in clause_words_after(toks, at, POSTURE_WINDOW) {
        let t = &toks[k];
        let w = t.norm.strip_prefix('و').unwrap_or(&t.norm);
        let w = w.strip_prefix(['ب', 'ل']).unwrap_or(w);
        let facing = FACING_WORDS.contains(&w.strip_prefix("ال").unwrap_or(w))
            && (w != "تقدم"
                || toks[..k]
                    .last()
                    .is_some_and(|b| ["منع", "وقف", "لمنع", "لوقف"].contains(&b.norm.as_str())));
        if !facing {
            continue;
        }
        let from = k + 1;
        let mut j = from;
        while toks
            .get(j)
            .is_some_and(|n| n.kind == TokenKind::Word && named_at(n).is_none())
            && j < from + 2
            && ADVERSARY_HEADS.contains(&toks[j].norm.strip_prefix("ال").unwrap_or(&toks[j].norm))
        {
            j += 1;
        }
        return toks
            .get(j)
            .filter(|n| n.kind == TokenKind::Word)
            .and_then(named_at);
    }
    None
}

/// Words after an act of aid's trigger within which the place it goes to is sought.
const AID_WINDOW: usize = 20;

/// An act of aid sent to a place (see [`find_aid_place_target`]).
const AID_PLACE: Pass = Pass {
    looks_at: |e| e.code.starts_with("07"),
    find: find_aid_place_target,
};

/// The target of an act of aid (07) from the place it goes to: the first place named after the
/// trigger, at most [`AID_WINDOW`] words on in its sentence (no other clause opening:
/// [`AIM_STOPS`]), introduced by `إلى`، `في`، `لـ` or `بـ` at most three words before it and not
/// by `من` (`قدم مساعدات للنازحين في شمال غرب X`، `وصلت الطائرة إلى مطار مدينة X`): the state
/// of that place when it is an entity of the article, not the source's own state (`وزعت الجمعية
/// السلال في مدينة من بلدها`: none).
fn find_aid_place_target(site: &Site) -> Option<Found> {
    let (e, entities) = (site.event(), site.entities);
    let a3 = aid_place_state(site.toks, site.at, entities, site.p)?;
    let source = entities
        .iter()
        .find(|s| Some(s.id.as_str()) == e.source.as_deref());
    let own = e.source_country.as_deref() == Some(a3)
        || source.is_some_and(|s| s.country.as_deref() == Some(a3));
    if own {
        return None;
    }
    let state = crate::actors::state_entity(entities, a3)?;
    if Some(state.id.as_str()) == e.source.as_deref() {
        return None;
    }
    Some(Found {
        target: state.id.clone(),
        country: Some(a3.to_string()),
    })
}

/// The state (ISO code) of the place an act of aid at token `at` goes to (see
/// [`find_aid_place_target`]).
fn aid_place_state<'e>(
    toks: &[Token],
    at: usize,
    entities: &'e [Entity],
    p: usize,
) -> Option<&'e str> {
    for k in clause_words_after(toks, at, AID_WINDOW) {
        let t = &toks[k];
        let Some(place) = named_in_token(entities, &[EntityType::Location], p, t) else {
            continue;
        };
        // Its preposition: a prefix of its own word, or a word at most three before it.
        let prefixed = entities.iter().any(|b| {
            b.id == place.id
                && b.mentions.iter().any(|m| {
                    m.part == ArticlePart::Body
                        && m.paragraph == p
                        && m.start > t.start
                        && m.start < t.end
                })
        }) && t.norm.starts_with(['ل', 'ب']);
        let before: Vec<&str> = toks[at + 1..k]
            .iter()
            .rev()
            .take_while(|b| b.kind == TokenKind::Word)
            .take(3)
            .map(|b| b.norm.as_str())
            .collect();
        if before.iter().any(|w| *w == "من" || *w == "ومن") && !prefixed {
            return None;
        }
        let led = prefixed
            || before
                .iter()
                .any(|w| matches!(*w, "الى" | "الي" | "في" | "وفي"));
        return if led { place.country.as_deref() } else { None };
    }
    None
}

/// True for punctuation that does not end a clause: a comma or a quotation mark.
fn inside_clause(t: &Token) -> bool {
    t.is_comma() || t.is_punct('«') || t.is_punct('»') || t.is_punct('"')
}

/// Indices of the words after token `at`, in its clause: past commas and quotation marks, up
/// to other punctuation, the `window`-th word, or a word that opens another clause
/// ([`AIM_STOPS`]).
fn clause_words_after(
    toks: &[Token],
    at: usize,
    window: usize,
) -> impl Iterator<Item = usize> + '_ {
    toks.iter()
        .enumerate()
        .skip(at + 1)
        .filter(|(_, t)| !(t.kind == TokenKind::Punct && inside_clause(t)))
        .take_while(|(_, t)| t.kind != TokenKind::Punct)
        .take(window)
        .take_while(|(_, t)| !AIM_STOPS.contains(&t.norm.as_str()))
        .map(|(k, _)| k)
}

/// A noun without و, a prefixed preposition (ب، ل، ك) and its article (`وبالغارات` → `غارات`).
fn noun_stem(word: &str) -> &str {
    let w = word.strip_prefix('و').unwrap_or(word);
    let w = w.strip_prefix("لل").unwrap_or(w);
    let w = w.strip_prefix(['ب', 'ل', 'ك']).unwrap_or(w);
    w.strip_prefix("ال").unwrap_or(w)
}

/// The clause's words after the trigger: up to `n` words, to a sentence or clause end.
fn clause_words(after: &[Token], n: usize) -> Vec<&str> {
    let mut words = Vec::new();
    for t in after {
        if t.kind == TokenKind::Punct {
            if inside_clause(t) {
                continue;
            }
            break;
        }
        if CLAUSE_STOPS.contains(&t.norm.as_str()) || words.len() == n {
            break;
        }
        words.push(t.norm.as_str());
    }
    words
}

/// The word without a prefixed preposition or conjunction (`بالخطوة`، `وبالخطوة` → `الخطوة`;
/// `للخطوة` → `الخطوة`).
fn unprefixed(word: &str) -> String {
    let word = word.strip_prefix('و').unwrap_or(word);
    if let Some(rest) = word.strip_prefix("لل") {
        return format!("ال{rest}");
    }
    match word.strip_prefix('ب') {
        Some(rest) if rest.starts_with("ال") => rest.to_string(),
        _ => word.to_string(),
    }
}

/// True when the reaction's object, in the clause after its trigger, is a definite noun for an
/// act told before: a back noun not followed by what would make it a new act (a relative
/// pronoun, `على`/`ضد`, a nationality).
fn names_an_act_told(after: &[Token]) -> bool {
    let words = clause_words(after, 8);
    let Some(k) = words
        .iter()
        .position(|w| BACK_NOUNS.contains(&unprefixed(w).as_str()))
    else {
        return false;
    };
    // The next two words (an adjective may stand between: `الاعتداء الآثم الذي وقع`).
    let mut next = after
        .iter()
        .skip_while(|t| t.norm != words[k])
        .skip(1)
        .take_while(|t| t.kind == TokenKind::Word)
        .take(2)
        .map(|t| t.norm.as_str());
    !next.any(|w| NEW_ACT_NEXT.contains(&w) || is_nisba(w))
}

/// A definite nationality or relation adjective (`الأمريكي`، `الإسرائيلية`، `العسكري`).
fn is_nisba(word: &str) -> bool {
    word.starts_with("ال") && ["ي", "يه", "يين", "يون"].iter().any(|s| word.ends_with(s))
}

/// True when the appeal, from its trigger on, asks for the release of someone named by a pronoun
/// (`الإفراج عنه`، `بالإفراج الفوري عنهم`، `إطلاق سراحهم`).
fn names_a_held_one(after: &[Token]) -> bool {
    let words = clause_words(after, 12);
    let held = |w: &str| {
        ["عنه", "عنها", "عنهم", "عنهما", "عنهن"].contains(&w)
            || ["سراحه", "سراحها", "سراحهم", "سراحهما", "سراحهن"].contains(&w)
    };
    words.iter().enumerate().any(|(k, w)| {
        // `الإفراج`، `بالإفراج`، `للإفراج`، `إطلاق`، `بإطلاق`، `لإطلاق`.
        let w = unprefixed(w);
        let w = w.strip_prefix(['ب', 'ل']).unwrap_or(&w);
        let w = w.strip_prefix("ال").unwrap_or(w);
        let release = w == "افراج" || w == "اطلاق";
        release && words[k + 1..].iter().take(3).any(|v| held(v))
    })
}

/// The last event told before event `i` (in its paragraph, before its trigger, or in the
/// paragraph before) whose root `want` accepts and whose doer is another actor than `i`'s
/// source: its index.
fn last_doer_before(
    events: &[Event],
    triggers: &[Trigger],
    i: usize,
    want: fn(&str) -> bool,
) -> Option<usize> {
    let e = &events[i];
    let here = (e.paragraph, triggers[i].start);
    let mut best: Option<(usize, (usize, usize))> = None;
    for (j, d) in events.iter().enumerate() {
        let at = (d.paragraph, triggers[j].start);
        let near = d.paragraph == e.paragraph || d.paragraph + 1 == e.paragraph;
        if j == i || !near || at >= here || !want(d.code.get(..2).unwrap_or("")) {
            continue;
        }
        let Some(doer) = d.source.as_deref() else {
            continue;
        };
        let own = Some(doer) == e.source.as_deref()
            || e.source_country.as_deref() == Some(doer)
            || d.source_country.as_deref() == e.source.as_deref();
        if own {
            continue;
        }
        if best.is_none_or(|(_, b)| at > b) {
            best = Some((j, at));
        }
    }
    best.map(|(j, _)| j)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::bare_event;

    /// The events of one paragraph `text`, each given as (code, source, target, trigger word).
    fn run(text: &str, events: &[(&str, &str, Option<&str>, &str)]) -> Vec<Option<String>> {
        let article = Article {
            body: vec![text.into()],
            ..Article::default()
        };
        let chars: Vec<char> = text.chars().collect();
        let mut evs = Vec::new();
        let mut trigs = Vec::new();
        for (code, source, target, word) in events {
            evs.push(bare_event(
                code,
                Some(source.to_string()),
                target.map(str::to_string),
                text,
            ));
            let w: Vec<char> = word.chars().collect();
            let start = chars
                .windows(w.len())
                .position(|x| x == w.as_slice())
                .expect("trigger in text");
            trigs.push(Trigger {
                start,
                noun: false,
                explicit: true,
            });
        }
        run_passes(&[BACK_REFERENCE], &mut evs, &trigs, &[], &article);
        evs.into_iter().map(|e| e.target).collect()
    }

    /// An organization (or, with `place`, a location) named by each of `forms` wherever they
    /// stand in paragraph `text`.
    fn entity(name: &str, place: bool, forms: &[&str], text: &str) -> Entity {
        let chars: Vec<char> = text.chars().collect();
        let mut mentions = Vec::new();
        for form in forms {
            let f: Vec<char> = form.chars().collect();
            for (start, w) in chars.windows(f.len()).enumerate() {
                if w == f.as_slice() {
                    mentions.push(rasd_model::Mention {
                        text: form.to_string(),
                        part: ArticlePart::Body,
                        paragraph: 0,
                        start,
                        end: start + f.len(),
                    });
                }
            }
        }
        Entity {
            id: name.into(),
            name: name.into(),
            kind: if place {
                EntityType::Location
            } else {
                EntityType::Organization
            },
            aliases: forms.iter().map(|f| f.to_string()).collect(),
            country: None,
            coordinates: None,
            mentions,
        }
    }

    /// The target that `pass` gives one event (code, source, trigger word) of paragraph `text`
    /// with `entities`.
    fn target_after(
        pass: Pass,
        text: &str,
        entities: &[Entity],
        code: &str,
        source: &str,
        word: &str,
    ) -> Option<String> {
        let article = Article {
            body: vec![text.into()],
            ..Article::default()
        };
        let chars: Vec<char> = text.chars().collect();
        let w: Vec<char> = word.chars().collect();
        let start = chars
            .windows(w.len())
            .position(|x| x == w.as_slice())
            .expect("trigger in text");
        let mut evs = vec![bare_event(code, Some(source.to_string()), None, text)];
        let trigs = [Trigger {
            start,
            noun: false,
            explicit: true,
        }];
        run_passes(&[pass], &mut evs, &trigs, entities, &article);
        evs.pop().and_then(|e| e.target)
    }

    /// The target after the [`DESCRIBED_BODY`] pass.
    fn described(t: &str, e: &[Entity], code: &str, source: &str, word: &str) -> Option<String> {
        target_after(DESCRIBED_BODY, t, e, code, source, word)
    }

    /// The target after the [`MEMBERS_HIT`] pass.
    fn member(t: &str, e: &[Entity], code: &str, source: &str, word: &str) -> Option<String> {
        target_after(MEMBERS_HIT, t, e, code, source, word)
    }

    #[test]
    fn a_hostile_act_on_a_described_body_targets_the_body_named_before() {
        let text = "سيطر مسلحو تنظيم أنصار الفجر على بلدة في الشمال. وقصفت طائرات الجيش التنظيم في محيط البلدة.";
        let ents = [
            entity("أنصار الفجر", false, &["أنصار الفجر"], text),
            entity("الجيش", false, &["الجيش"], text),
        ];
        let got = described(text, &ents, "195", "الجيش", "وقصفت");
        assert_eq!(got.as_deref(), Some("أنصار الفجر"));
        // The word before the name (`لحركة`) carries the head; a preposition may stand before
        // the description.
        let text = "أعلن الجناح المسلح لحركة النهوض مسؤوليته. وشنت الشرطة حملة اعتقالات ضد الحركة.";
        let ents = [
            entity("النهوض", false, &["النهوض"], text),
            entity("الشرطة", false, &["الشرطة"], text),
        ];
        let got = described(text, &ents, "173", "الشرطة", "حملة");
        assert_eq!(got.as_deref(), Some("النهوض"));
    }

    #[test]
    fn a_description_with_a_name_or_no_body_before_gives_no_target() {
        // A name after the head makes it part of that name: no anaphor.
        let text = "قصفت طائرات الجيش التنظيم المسلح الكبير في البلدة.";
        let ents = [entity("الجيش", false, &["الجيش"], text)];
        assert_eq!(described(text, &ents, "195", "الجيش", "قصفت"), None);
        // No body with that head named before (a place or a body of another head).
        let text = "زار وفد من مدينة التنظيم بلدة أخرى. وهاجمت قوات الجبهة الحركة في البلدة.";
        let ents = [
            entity("مدينة التنظيم", true, &["مدينة التنظيم"], text),
            entity("الجبهة", false, &["الجبهة"], text),
        ];
        assert_eq!(described(text, &ents, "190", "الجبهة", "وهاجمت"), None);
        // The source itself is no target of its own act; a statement is no hostile act.
        let text = "قال قائد حركة الوفاق إن الحركة ستهاجم البلدة.";
        let ents = [entity("الوفاق", false, &["الوفاق"], text)];
        assert_eq!(described(text, &ents, "190", "الوفاق", "ستهاجم"), None);
        assert_eq!(described(text, &ents, "010", "الوفاق", "قال"), None);
    }

    #[test]
    fn an_act_of_force_on_members_of_a_body_targets_the_body() {
        let text = "أعلنت الشرطة اعتقال خمسة من عناصر جبهة الرماة في حملة بالجبال.";
        let ents = [
            entity("جبهة الرماة", false, &["جبهة الرماة"], text),
            entity("الشرطة", false, &["الشرطة"], text),
        ];
        let got = member(text, &ents, "173", "الشرطة", "اعتقال");
        assert_eq!(got.as_deref(), Some("جبهة الرماة"));
        // A leader named with an adjective and في; the members hit told before the strike.
        let text = "قتل قياديا بارزا في حركة السهم بضربة نفذتها طائرة أمريكية.";
        let ents = [
            entity("حركة السهم", false, &["حركة السهم"], text),
            entity("أمريكا", true, &["أمريكية"], text),
        ];
        let got = member(text, &ents, "195", "أمريكا", "بضربة");
        assert_eq!(got.as_deref(), Some("حركة السهم"));
    }

    /// The target after the [`clash_sides::CLASH_SIDES`] pass.
    fn side(t: &str, e: &[Entity], source: &str, word: &str) -> Option<String> {
        target_after(clash_sides::CLASH_SIDES, t, e, "193", source, word)
    }

    #[test]
    fn a_fight_between_two_sides_targets_the_other_side() {
        // Two allies on the source's side, the other side after `من جهة`.
        let text = "واندلعت اشتباكات عنيفة بين جماعة الرماة وقوات حركة السهم من جهة، والمقاومة الشعبية من جهة أخرى في المدينة.";
        let ents = [
            entity("الرماة", false, &["جماعة الرماة"], text),
            entity("السهم", false, &["حركة السهم"], text),
            entity("المقاومة", false, &["المقاومة الشعبية"], text),
        ];
        assert_eq!(
            side(text, &ents, "الرماة", "اشتباكات").as_deref(),
            Some("المقاومة")
        );
        // One on each side, joined by و.
        let text = "ودارت اشتباكات بين جماعة الرماة وقوات حركة السهم قرب المطار.";
        let ents = [
            entity("الرماة", false, &["جماعة الرماة"], text),
            entity("السهم", false, &["حركة السهم"], text),
        ];
        assert_eq!(
            side(text, &ents, "الرماة", "اشتباكات").as_deref(),
            Some("السهم")
        );
    }

    #[test]
    fn a_fight_with_no_named_other_side_gets_no_target() {
        // The other side is no actor the entity stage found.
        let text = "واندلعت مواجهات بين جماعة الرماة ومتظاهرين في الساحة.";
        let ents = [entity("الرماة", false, &["جماعة الرماة"], text)];
        assert_eq!(side(text, &ents, "الرماة", "مواجهات"), None);
        // The source is not right after `بين` (a pronoun stands for the other side).
        let text = "وقتل عشرة في اشتباكات جرت بينها وبين جماعة الرماة قرب القاعدة.";
        let ents = [entity("الرماة", false, &["جماعة الرماة"], text)];
        assert_eq!(side(text, &ents, "الرماة", "اشتباكات"), None);
    }

    #[test]
    fn armed_men_tens_and_a_senior_leader_hit_name_their_body() {
        // A leader named with `كبيرا`.
        let text = "قتل الجيش قياديا كبيرا في حركة السهم بغارة على الجبال.";
        let ents = [entity("حركة السهم", false, &["حركة السهم"], text)];
        let got = member(text, &ents, "195", "الجيش", "قتل");
        assert_eq!(got.as_deref(), Some("حركة السهم"));
        // Tens of them killed in strikes.
        let text = "مقتل العشرات من حركة السهم في غارات للجيش قرب المدينة.";
        let ents = [entity("حركة السهم", false, &["حركة السهم"], text)];
        let got = member(text, &ents, "195", "الجيش", "غارات");
        assert_eq!(got.as_deref(), Some("حركة السهم"));
        // Armed men of a body killed in an ambush.
        let text = "قتل عشرة مسلحين من جبهة الرماة في كمين نصبه الجيش.";
        let ents = [entity("جبهة الرماة", false, &["جبهة الرماة"], text)];
        let got = member(text, &ents, "190", "الجيش", "كمين");
        assert_eq!(got.as_deref(), Some("جبهة الرماة"));
    }

    #[test]
    fn members_as_doers_or_of_two_bodies_give_no_target() {
        // Right after the verb, or before the act with no word of killing: they did it.
        let text = "هاجم عناصر من جبهة الرماة قرية في الجبال.";
        let ents = [entity("جبهة الرماة", false, &["جبهة الرماة"], text)];
        assert_eq!(member(text, &ents, "190", "الجيش", "هاجم"), None);
        let text = "وقال إن عناصر من جبهة الرماة نفذوا الهجوم على القرية.";
        let ents = [entity("جبهة الرماة", false, &["جبهة الرماة"], text)];
        assert_eq!(member(text, &ents, "190", "الجيش", "الهجوم"), None);
        // Members of two bodies hit: which one the act is on is not told.
        let text = "قصف الجيش مواقع قتل فيها عناصر من جبهة الرماة وأفراد من حركة السهم.";
        let ents = [
            entity("جبهة الرماة", false, &["جبهة الرماة"], text),
            entity("حركة السهم", false, &["حركة السهم"], text),
        ];
        assert_eq!(member(text, &ents, "195", "الجيش", "قصف"), None);
        // Far from the act, a coordinated act of force continues it.
        let text = "أعلن الجيش بسط سيطرته الكاملة على بلدة الوادي في شمال الإقليم وطرد عناصر جبهة الرماة منها.";
        let ents = [entity("جبهة الرماة", false, &["جبهة الرماة"], text)];
        let got = member(text, &ents, "192", "الجيش", "بسط");
        assert_eq!(got.as_deref(), Some("جبهة الرماة"));
        // Members named far from the act, in another clause of a long sentence.
        let text = "قصفت طائرات الجيش الأحياء في المدينة بعد وصول تعزيزات إليها من الشمال وسط دعم لوجستي من عناصر جبهة الرماة.";
        let ents = [entity("جبهة الرماة", false, &["جبهة الرماة"], text)];
        assert_eq!(member(text, &ents, "195", "الجيش", "قصفت"), None);
        // The source's own members.
        let text = "أسر الجيش عنصرين من الجيش في اشتباك.";
        let ents = [entity("الجيش", false, &["الجيش"], text)];
        assert_eq!(member(text, &ents, "173", "الجيش", "أسر"), None);
    }

    /// The target after the [`AIMED_OBJECT`] pass.
    fn aimed(t: &str, e: &[Entity], code: &str, source: &str, word: &str) -> Option<String> {
        target_after(AIMED_OBJECT, t, e, code, source, word)
    }

    #[test]
    fn an_act_of_force_continued_by_a_verb_of_aiming_targets_its_object() {
        // The act noun is the verb's subject, past a relative clause naming the doer.
        let text = "قالت الوزارة إن أغلب الضربات التي شنها الجيش هذا الأسبوع استهدفت جبهة الرماة في الجبال.";
        let ents = [
            entity("جبهة الرماة", false, &["جبهة الرماة"], text),
            entity("الجيش", false, &["الجيش"], text),
        ];
        let got = aimed(text, &ents, "190", "الجيش", "الضربات");
        assert_eq!(got.as_deref(), Some("جبهة الرماة"));
        // Things the body owns, with an adjective and لـ, far from a verb trigger.
        let text = "أعلن الجيش أنه قتل أكثر من عشرين مسلحا في غارات جوية ليلية عنيفة استهدفت تجمعا عسكريا لحركة السهم قرب الوادي.";
        let ents = [
            entity("حركة السهم", false, &["حركة السهم"], text),
            entity("الجيش", false, &["الجيش"], text),
        ];
        let got = aimed(text, &ents, "190", "الجيش", "قتل");
        assert_eq!(got.as_deref(), Some("حركة السهم"));
        // A coordinated verb of aiming, with joined things and تابعة.
        let text = "شنت طائرات الجيش غارات على القرية، واستهدفت مواقع وآليات تابعة لحركة السهم.";
        let ents = [
            entity("حركة السهم", false, &["حركة السهم"], text),
            entity("الجيش", false, &["الجيش"], text),
        ];
        let got = aimed(text, &ents, "195", "الجيش", "غارات");
        assert_eq!(got.as_deref(), Some("حركة السهم"));
    }

    #[test]
    fn a_verb_of_aiming_with_its_own_subject_or_far_off_gives_no_target() {
        // A new subject right after a coordinated verb: it is the doer, not the one hit.
        let text = "شنت طائرات الجيش غارات على القرية، واستهدفت حركة السهم مواقع الجيش.";
        let ents = [
            entity("حركة السهم", false, &["حركة السهم"], text),
            entity("الجيش", false, &["الجيش"], text),
        ];
        assert_eq!(aimed(text, &ents, "195", "الجيش", "غارات"), None);
        // No act noun before the verb: the name after it is its subject.
        let text = "قصف الجيش القرية وقالت مصادر إن جبهة الرماة ردت ثم استهدفت حركة السهم الطريق.";
        let ents = [
            entity("حركة السهم", false, &["حركة السهم"], text),
            entity("الجيش", false, &["الجيش"], text),
        ];
        assert_eq!(aimed(text, &ents, "195", "الجيش", "قصف"), None);
        // Another act told after بعد.
        let text = "قصف الجيش القرية بعد هجوم استهدف مواقع حركة السهم.";
        let ents = [entity("حركة السهم", false, &["حركة السهم"], text)];
        assert_eq!(aimed(text, &ents, "195", "الجيش", "قصف"), None);
        // The source's own positions; members may be the verb's subject.
        let text = "قال الجيش إن الغارات استهدفت مواقع الجيش.";
        let ents = [entity("الجيش", false, &["الجيش"], text)];
        assert_eq!(aimed(text, &ents, "195", "الجيش", "الغارات"), None);
        let text = "قالت مصادر إن غارات استهدفت مواقع تتبع حركة السهم وقوات الجيش.";
        let ents = [
            entity("حركة السهم", false, &["حركة السهم"], text),
            entity("الجيش", false, &["الجيش"], text),
        ];
        assert_eq!(aimed(text, &ents, "195", "الجيش", "غارات"), None);
        let text = "وقع هجوم على القرية واستهدفت عناصر حركة السهم الطريق.";
        let ents = [entity("حركة السهم", false, &["حركة السهم"], text)];
        assert_eq!(aimed(text, &ents, "190", "الجيش", "هجوم"), None);
    }

    /// The target after the [`POSTURE_ADVERSARY`] pass.
    fn posture(t: &str, e: &[Entity], code: &str, source: &str, word: &str) -> Option<String> {
        target_after(POSTURE_ADVERSARY, t, e, code, source, word)
    }

    #[test]
    fn a_show_of_force_targets_the_foe_it_faces() {
        let text = "دفعت الحكومة بقوات إضافية إلى الجبال في مواجهة مقاتلي حركة السهم.";
        let ents = [entity("حركة السهم", false, &["حركة السهم"], text)];
        let got = posture(text, &ents, "154", "الحكومة", "بقوات");
        assert_eq!(got.as_deref(), Some("حركة السهم"));
        let text = "نشرت الحكومة قوات في المدينة لوقف تقدم رجال حركة السهم نحوها.";
        let ents = [entity("حركة السهم", false, &["حركة السهم"], text)];
        let got = posture(text, &ents, "154", "الحكومة", "نشرت");
        assert_eq!(got.as_deref(), Some("حركة السهم"));
    }

    #[test]
    fn a_show_of_force_with_no_foe_or_a_border_gives_no_target() {
        // A border is no foe; a foe named in another sentence is none.
        let text = "أرسل جيش الجزر تعزيزات إلى الحدود مع دولة الوادي.";
        let ents = [entity("دولة الوادي", true, &["دولة الوادي"], text)];
        assert_eq!(posture(text, &ents, "154", "جيش الجزر", "تعزيزات"), None);
        let text = "أرسل الجيش تعزيزات إلى المدينة. وتقع المدينة في مواجهة حركة السهم.";
        let ents = [entity("حركة السهم", false, &["حركة السهم"], text)];
        assert_eq!(posture(text, &ents, "154", "الجيش", "تعزيزات"), None);
        // The source's own forces or a place of its own state.
        let text = "نشرت الحكومة قوات لصد هجمات الحكومة.";
        let ents = [entity("الحكومة", false, &["الحكومة"], text)];
        assert_eq!(posture(text, &ents, "154", "الحكومة", "نشرت"), None);
        let text = "رفعت الشرطة حالة التأهب بعد تقدم حركة السهم.";
        let ents = [entity("حركة السهم", false, &["حركة السهم"], text)];
        assert_eq!(posture(text, &ents, "152", "الشرطة", "التأهب"), None);
    }

    /// A state of the article (`a3`, with the gazetteer's name) and a town of it.
    fn place(name: &str, a3: &str, text: &str) -> Entity {
        let mut e = entity(name, true, &[name], text);
        e.country = Some(a3.into());
        e
    }

    /// The target after the [`AID_PLACE`] pass.
    fn aid(t: &str, e: &[Entity], code: &str, source: &str, word: &str) -> Option<String> {
        target_after(AID_PLACE, t, e, code, source, word)
    }

    #[test]
    fn aid_sent_to_a_place_targets_its_state() {
        let text = "قدم الصندوق مساعدات غذائية عاجلة للأسر النازحة في مدينة الموصل شمال العراق.";
        let ents = [
            place("العراق", "IRQ", text),
            place("الموصل", "IRQ", text),
            entity("الصندوق", false, &["الصندوق"], text),
        ];
        assert_eq!(
            aid(text, &ents, "070", "الصندوق", "قدم").as_deref(),
            Some("العراق")
        );
        let text = "وصلت طائرة تحمل أدوية أرسلتها الهيئة إلى مطار بنغازي في ليبيا.";
        let ents = [place("ليبيا", "LBY", text), place("بنغازي", "LBY", text)];
        assert_eq!(
            aid(text, &ents, "070", "الهيئة", "تحمل").as_deref(),
            Some("ليبيا")
        );
    }

    #[test]
    fn aid_from_a_place_or_within_the_source_s_state_has_no_place_target() {
        // The place it comes from.
        let text = "أرسلت الهيئة مساعدات من مخازنها في عمان إلى المحتاجين.";
        let ents = [place("الأردن", "JOR", text), place("عمان", "JOR", text)];
        assert_eq!(aid(text, &ents, "070", "الهيئة", "أرسلت"), None);
        // Aid handed out in the source's own state.
        let text = "وزعت الحكومة الأردنية سلالا غذائية في مدينة عمان.";
        let mut gov = entity("الحكومة", false, &["الحكومة"], text);
        gov.country = Some("JOR".into());
        let ents = [place("الأردن", "JOR", text), place("عمان", "JOR", text), gov];
        assert_eq!(aid(text, &ents, "073", "الحكومة", "وزعت"), None);
    }

    /// The target after the [`condolence_recipient::CONDOLENCE_RECIPIENT`] pass.
    fn sympathy(t: &str, e: &[Entity], source: &str, word: &str) -> Option<String> {
        target_after(
            condolence_recipient::CONDOLENCE_RECIPIENT,
            t,
            e,
            "018",
            source,
            word,
        )
    }

    #[test]
    fn condolences_addressed_to_a_state_target_it() {
        // Through nouns for its government and people, the first carrying لـ.
        let text = "وأعربت الوزارة عن خالص تعازيها لحكومة وشعب تونس ولذوي الضحايا.";
        let ents = [place("تونس", "TUN", text)];
        assert_eq!(
            sympathy(text, &ents, "الوزارة", "تعازيها").as_deref(),
            Some("تونس")
        );
        // After مع, past the family the condolences went to first.
        let text = "وقدم المجلس تعازيه لأسر القتلى، مؤكدا تضامنه مع الشعب الكيني.";
        let mut kenya = place("كينيا", "KEN", text);
        let kenyan = entity("كينيا", true, &["الكيني"], text);
        kenya.mentions = kenyan.mentions;
        let ents = [kenya];
        assert_eq!(
            sympathy(text, &ents, "المجلس", "تعازيه").as_deref(),
            Some("كينيا")
        );
    }

    #[test]
    fn a_place_not_addressed_or_the_source_s_own_state_is_no_recipient() {
        // Where the attack was, not whom the condolences go to.
        let text = "وعبرت السفارة عن تعازيها لعائلات ضحايا التفجير الذي وقع في مالي.";
        let ents = [place("مالي", "MLI", text)];
        assert_eq!(sympathy(text, &ents, "السفارة", "تعازيها"), None);
        // A minister's condolences to his own people.
        let text = "وعبر الوزير عن تعازيه للشعب الأردني في ضحايا الحادث.";
        let mut jordan = place("الأردن", "JOR", text);
        jordan.mentions = entity("الأردن", true, &["الأردني"], text).mentions;
        let mut minister = entity("الوزير", false, &["الوزير"], text);
        minister.country = Some("JOR".into());
        let ents = [jordan, minister];
        assert_eq!(sympathy(text, &ents, "الوزير", "تعازيه"), None);
    }

    /// The (source, target) of each event of paragraph `text`, given as (code, source, trigger
    /// word), after [`fill_targets_from_context`].
    fn sourced_and_targeted(
        text: &str,
        entities: &[Entity],
        events: &[(&str, &str, &str)],
    ) -> Vec<(Option<String>, Option<String>)> {
        let article = Article {
            body: vec![text.into()],
            ..Article::default()
        };
        let chars: Vec<char> = text.chars().collect();
        let mut evs = Vec::new();
        let mut trigs = Vec::new();
        for (code, source, word) in events {
            evs.push(bare_event(code, Some(source.to_string()), None, text));
            let w: Vec<char> = word.chars().collect();
            let start = chars
                .windows(w.len())
                .position(|x| x == w.as_slice())
                .expect("trigger in text");
            trigs.push(Trigger {
                start,
                noun: true,
                explicit: true,
            });
        }
        fill_targets_from_context(&mut evs, &trigs, entities, &article);
        evs.into_iter().map(|e| (e.source, e.target)).collect()
    }

    #[test]
    fn condolences_whose_addressee_was_taken_for_the_source_are_re_pointed() {
        // The subject named before the noun expresses them; the state after إلى receives them.
        let text = "وعبرت الهيئة عن خالص تعازيها إلى المملكة الأردنية الهاشمية حكومة وشعبا.";
        let mut jordan = place("الأردن", "JOR", text);
        jordan.mentions = entity("الأردن", true, &["المملكة الأردنية الهاشمية"], text).mentions;
        let ents = [jordan, entity("الهيئة", false, &["الهيئة"], text)];
        assert_eq!(
            sourced_and_targeted(text, &ents, &[("018", "الأردن", "تعازيها")]),
            [(Some("الهيئة".into()), Some("الأردن".into()))]
        );
        // No subject before the noun: the doer of the act told just before; the ruler after
        // لـ and his titles receives them.
        let text =
            "وأدان رئيس المجلس سالم الكعبي الهجوم. ورفع تعازيه لخادم الحرمين الشريفين الملك فهد.";
        let mut king = entity("فهد", false, &["فهد"], text);
        king.kind = EntityType::Person;
        let mut speaker = entity("سالم الكعبي", false, &["سالم الكعبي"], text);
        speaker.kind = EntityType::Person;
        let ents = [king, speaker];
        let got = sourced_and_targeted(
            text,
            &ents,
            &[("111", "سالم الكعبي", "وأدان"), ("018", "فهد", "تعازيه")],
        );
        assert_eq!(got[1], (Some("سالم الكعبي".into()), Some("فهد".into())));
    }

    #[test]
    fn a_source_named_after_the_sympathy_noun_but_not_addressed_stays() {
        // The state whose condolences they are, not the one they go to.
        let text = "وعبر البيان عن تعازي الكويت لأسر الضحايا.";
        let ents = [place("الكويت", "KWT", text)];
        assert_eq!(
            sourced_and_targeted(text, &ents, &[("018", "الكويت", "تعازي")]),
            [(Some("الكويت".into()), None)]
        );
    }

    #[test]
    fn a_reaction_to_the_step_targets_who_took_it() {
        let text = "أغلقت سلطات بوركينا فاسو معبرا على حدودها. ورحبت منظمة الساحل بالخطوة.";
        let got = run(
            text,
            &[
                ("174", "بوركينا فاسو", None, "أغلقت"),
                ("051", "منظمة الساحل", None, "ورحبت"),
            ],
        );
        assert_eq!(got[1].as_deref(), Some("بوركينا فاسو"));
        // The subject between the verb and its object does not hide it.
        let text = "قصفت مسيرات كينية مواقع للمتمردين. ونددت الحكومة الصومالية بشدة بالضربات.";
        let got = run(
            text,
            &[
                ("195", "كينيا", None, "قصفت"),
                ("111", "الصومال", None, "ونددت"),
            ],
        );
        assert_eq!(got[1].as_deref(), Some("كينيا"));
    }

    #[test]
    fn a_new_act_or_no_act_before_gives_no_context_target() {
        // The attack is described anew (a relative clause): not the act told before.
        let text = "زار الوزير البرازيلي الأردن. ودانت مصر الهجوم الذي استهدف قافلة.";
        let got = run(
            text,
            &[
                ("042", "البرازيل", Some("الأردن"), "زار"),
                ("111", "مصر", None, "ودانت"),
            ],
        );
        assert_eq!(got[1], None);
        // Only a statement before: nothing to point back to.
        let text = "قال رئيس تشاد إنه سيترشح. ورفضت المعارضة القرار.";
        let got = run(
            text,
            &[
                ("010", "تشاد", None, "قال"),
                ("120", "المعارضة", None, "ورفضت"),
            ],
        );
        assert_eq!(got[1], None);
        // An attack described after an adjective is a new one too; a call told before is no act
        // the condemnation is about.
        let text = "أغلقت غانا حدودها. وأعرب رئيس توغو عن استنكاره للاعتداء الآثم الذي وقع في سوق.";
        let got = run(
            text,
            &[
                ("174", "غانا", None, "أغلقت"),
                ("111", "توغو", None, "استنكاره"),
            ],
        );
        assert_eq!(got[1], None);
        let text = "اتصل رئيس غانا برئيس توغو. ودانت مالي الاعتداء.";
        let got = run(
            text,
            &[
                ("043", "غانا", Some("توغو"), "اتصل"),
                ("111", "مالي", None, "ودانت"),
            ],
        );
        assert_eq!(got[1], None);
        // An agreement (050) is no welcome of another's act.
        let text = "أفرجت توغو عن معتقلين. واتفق الطرفان على الخطوة.";
        let got = run(
            text,
            &[
                ("0841", "توغو", None, "أفرجت"),
                ("050", "غانا", None, "واتفق"),
            ],
        );
        assert_eq!(got[1], None);
        // The source's own earlier act is no target of its own welcome.
        let text = "أطلقت غانا سراح صحفيين. ورحبت غانا بالخطوة.";
        let got = run(
            text,
            &[
                ("0841", "غانا", None, "أطلقت"),
                ("051", "غانا", None, "ورحبت"),
            ],
        );
        assert_eq!(got[1], None);
    }

    #[test]
    fn a_call_to_free_someone_targets_who_holds_them() {
        let text = "اعتقلت شرطة زامبيا ناشطا معارضا. وطالبت منظمة الحقوق بالإفراج الفوري عنه.";
        let got = run(
            text,
            &[
                ("173", "زامبيا", None, "اعتقلت"),
                ("100", "منظمة الحقوق", None, "وطالبت"),
            ],
        );
        assert_eq!(got[1].as_deref(), Some("زامبيا"));
        let text = "خطف مسلحو الجبهة ثلاثة عمال. وطالبت الأمم المتحدة، في بيان، بإطلاق سراحهم.";
        let got = run(
            text,
            &[
                ("181", "الجبهة", None, "خطف"),
                ("100", "الأمم المتحدة", None, "وطالبت"),
            ],
        );
        assert_eq!(got[1].as_deref(), Some("الجبهة"));
        // A release asked for with no one held before: nothing filled; nor for a visit before.
        let text = "زار الوفد زامبيا. ودعت المنظمة إلى الإفراج عنهم.";
        let got = run(
            text,
            &[
                ("042", "الوفد", Some("زامبيا"), "زار"),
                ("020", "المنظمة", None, "ودعت"),
            ],
        );
        assert_eq!(got[1], None);
    }
}
