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

use rasd_model::{Article, Event};

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

/// Fills the target of each event with none that names it by reference to an earlier act (see
/// the module doc). `triggers` is aligned with `events` (nothing is done otherwise).
pub(crate) fn fill_context_targets(events: &mut [Event], triggers: &[Trigger], article: &Article) {
    if triggers.len() != events.len() {
        return;
    }
    let mut tokens: Vec<Option<Vec<Token>>> = vec![None; article.body.len()];
    for i in 0..events.len() {
        let e = &events[i];
        if e.target.is_some() || e.source.is_none() {
            continue;
        }
        let root = e.code.get(..2).unwrap_or("");
        // A welcome (051), not an agreement (050): what it welcomes is another's act. Statements,
        // appeals and meetings or calls told before are no act a reaction is about.
        let want: fn(&str) -> bool = match root {
            "05" if !e.code.starts_with("051") => continue,
            "05" | "11" | "12" => |r| !matches!(r, "01" | "02" | "04"),
            "02" | "10" => |r| matches!(r, "17" | "18"),
            _ => continue,
        };
        let start = triggers[i].start;
        let p = e.paragraph;
        let Some(text) = article.body.get(p) else {
            continue;
        };
        let toks = tokens[p].get_or_insert_with(|| tokenize(&text.chars().collect::<Vec<_>>()));
        let Some(at) = toks.iter().position(|t| t.start == start) else {
            continue;
        };
        let refers = if matches!(root, "02" | "10") {
            // The trigger may be the release noun itself (`بإطلاق سراحهم`).
            names_a_held_one(&toks[at..])
        } else {
            names_an_act_told(&toks[at + 1..])
        };
        if !refers {
            continue;
        }
        if let Some(j) = last_doer_before(events, triggers, i, want) {
            let (source, country) = (events[j].source.clone(), events[j].source_country.clone());
            events[i].target = source;
            events[i].target_country = country;
        }
    }
}

/// The clause's words after the trigger: up to `n` words, to a sentence or clause end.
fn clause_words(after: &[Token], n: usize) -> Vec<&str> {
    let mut words = Vec::new();
    for t in after {
        if t.kind == TokenKind::Punct {
            if t.is_comma() || t.is_punct('«') || t.is_punct('»') || t.is_punct('"') {
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
        fill_context_targets(&mut evs, &trigs, &article);
        evs.into_iter().map(|e| e.target).collect()
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
