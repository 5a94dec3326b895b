//! `خادم الحرمين الشريفين` ("the Custodian of the Two Holy Mosques"), the Saudi king's title,
//! written alone as the doer of an act (`وبعث خادم الحرمين الشريفين برقية`, `وأعرب خادم الحرمين
//! الشريفين عن …`) is a mention of Saudi Arabia: the state that acts through its king, as the
//! event and quote codes take a head of state for the state (`الرئيس المصري` → Egypt).
//!
//! It is that only where it stands alone: not before the king's name (`خادم الحرمين الشريفين
//! الملك سلمان`, where the title chain is the person's), and not as the genitive of a noun
//! (`نائب خادم الحرمين الشريفين` is the crown prince, `سفير خادم الحرمين الشريفين` an
//! ambassador, `برنامج خادم الحرمين الشريفين` a programme): the word before it must be none, a
//! verb of [`VERBS_BEFORE`] or a particle of [`PARTICLES_BEFORE`]. After the preposition `لـ`
//! (`رفع تعازيه لخادم الحرمين الشريفين`) the king is the one spoken or written to, and the
//! events of such sentences take the state for the sender: no mention there.

use super::context::contains;
use super::tokens::proclitic_forms;
use super::{Cand, Source, Target, Text};
use crate::gazetteer::{Gazetteer, Hit};
use rasd_model::EntityType;

/// The title's three words in normal form.
const TITLE: [&str; 3] = ["خادم", "الحرمين", "الشريفين"];

/// Verbs (normal form, proclitic `و`/`ف` taken off) after which the title is the doer: the
/// reporting and stance verbs and the acts of a head of state that Saudi pages write with it.
const VERBS_BEFORE: &[&str] = &[
    "قال",
    "اكد",
    "اعرب",
    "اشاد",
    "ثمن",
    "شدد",
    "دعا",
    "اعلن",
    "وجه",
    "امر",
    "اصدر",
    "بعث",
    "ارسل",
    "هنا",
    "عزي",
    "تلقي",
    "اجري",
    "استقبل",
    "التقي",
    "راس",
    "افتتح",
    "دشن",
    "رعي",
    "وافق",
    "زار",
    "غادر",
    "وصل",
    "شهد",
    "تبرع",
    "منح",
    "قلد",
    "ادان",
    "استنكر",
    "رحب",
    "كرر",
    "اوضح",
    "اشار",
];

/// Particles (normal form) after which the title is no genitive of a noun.
const PARTICLES_BEFORE: &[&str] = &[
    "ان", "من", "الي", "عن", "علي", "مع", "قد", "لقد", "كما", "حيث", "بان", "لان",
];

/// Adds a mention of Saudi Arabia for each `خادم الحرمين الشريفين` that stands alone (see the
/// module doc), where no other candidate covers its words.
pub(super) fn custodian_as_state(g: &Gazetteer, texts: &[Text<'_>], cands: &mut Vec<Cand>) {
    let Some(sau) = g.country("SAU") else {
        return;
    };
    let mut found = Vec::new();
    for (t, text) in texts.iter().enumerate() {
        let words = &text.tokens.words;
        for i in 0..words.len().saturating_sub(2) {
            // (Every written form of the first word ends with it: a cheap test first.)
            if !text.tokens.norm(i).ends_with(TITLE[0]) {
                continue;
            }
            // The first word, with any proclitics (`لخادم`, `وخادم`).
            let Some(clitics) = proclitic_forms(text.tokens.norm(i)).find_map(|s| {
                let mut form = String::new();
                s.form.push_to(&mut form);
                (form == TITLE[0]).then_some(s.clitics)
            }) else {
                continue;
            };
            if text.tokens.norm(i + 1) != TITLE[1]
                || text.tokens.norm(i + 2) != TITLE[2]
                || (i + 1..=i + 2).any(|j| words.get(j).is_some_and(|w| w.punct_before.is_some()))
            {
                continue;
            }
            if cands
                .iter()
                .any(|c| c.text == t && c.first <= i + 2 && i <= c.last)
            {
                continue;
            }
            if names_the_king_after(text, i + 3) || !stands_alone(text, i, clitics) {
                continue;
            }
            let (Some(fw), Some(lw)) = (words.get(i), words.get(i + 2)) else {
                continue;
            };
            found.push(Cand {
                text: t,
                first: i,
                last: i + 2,
                start: fw.start + clitics.chars().count(),
                end: lw.end,
                target: Target::Gazetteer(sau),
                source: Source::Resolution,
                kind: EntityType::Location,
                hit: Some(Hit {
                    entry: sau,
                    adjective: false,
                    ambiguous: false,
                }),
                clitics: clitics.to_owned(),
            });
        }
    }
    cands.extend(found);
}

/// True when the king's name follows the title at word `j`: `الملك` or `الملك` after a
/// blessing set off by dashes or brackets (`- حفظه الله - الملك سلمان`).
fn names_the_king_after(text: &Text<'_>, j: usize) -> bool {
    let king = |k: usize| text.tokens.norm(k) == "الملك";
    if king(j) {
        return true;
    }
    // A parenthetical blessing of up to four words.
    let opens = text
        .tokens
        .words
        .get(j)
        .and_then(|w| w.punct_before)
        .is_some_and(|p| matches!(p, '-' | '–' | '—' | '(' | '،' | ','));
    opens && (j + 1..=j + 5).any(king)
}

/// True when the title at word `i` (its proclitics `clitics`) is no genitive of the noun before
/// it and no object of `لـ`: the first word of its clause, or after a verb of [`VERBS_BEFORE`]
/// or a particle of [`PARTICLES_BEFORE`].
fn stands_alone(text: &Text<'_>, i: usize, clitics: &str) -> bool {
    if clitics.ends_with('ل') || clitics.ends_with('ب') {
        return false;
    }
    let clause_start = i == 0
        || text
            .tokens
            .words
            .get(i)
            .is_some_and(|w| w.punct_before.is_some());
    if clause_start {
        return true;
    }
    if !clitics.is_empty() {
        // `وخادم`, `بخادم` after a word: a conjunct or a genitive of what came before.
        return false;
    }
    let prev = text.tokens.norm(i - 1);
    let bare = prev
        .strip_prefix('و')
        .or_else(|| prev.strip_prefix('ف'))
        .filter(|rest| rest.chars().count() >= 2);
    [Some(prev), bare]
        .into_iter()
        .flatten()
        .any(|w| contains(VERBS_BEFORE, w) || contains(PARTICLES_BEFORE, w))
}
