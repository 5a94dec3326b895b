//! The bare word `التحالف` ("the coalition") as one of the two coalitions the gazetteer knows.
//!
//! News Arabic names a coalition in full once (`التحالف العربي`, `التحالف الدولي ضد داعش`) and
//! then bare, most often behind a force noun (`طيران التحالف`, `قوات التحالف`, `مقاتلات
//! التحالف`); some pages never name it in full. A bare `التحالف` is that coalition when the
//! page named exactly one of them in full (the nearest one before it when it named both), or,
//! behind a force noun on a page that named neither, the one the page's other entities point to
//! (Yemen or the Houthis: the Saudi-led coalition; the Islamic State: the US-led one).

use rasd_model::EntityType;

use super::{Cand, Source, Target, Text};
use crate::entities::tokens::{proclitic_forms, Form};
use crate::gazetteer::{Gazetteer, Hit};

const ARAB: &str = "org:arab-coalition";
const GLOBAL: &str = "org:global-coalition";

/// Nouns that make a bare `التحالف` after them a fighting or acting coalition (normal forms:
/// ة as ه, ئ as ي).
const FORCE_NOUNS: &[&str] = &[
    "طيران",
    "قوات",
    "طايرات",
    "مقاتلات",
    "غارات",
    "غاره",
    "ضربات",
    "قصف",
    "بوارج",
    "سفن",
    "مدفعيه",
    "دول",
    "قياده",
    "باسم",
    "مروحيات",
    "الطيران",
    "طايره",
];

/// Adds a candidate for each bare `التحالف` of the page that means one coalition.
pub(super) fn bare_coalitions(g: &Gazetteer, texts: &[Text<'_>], cands: &mut Vec<Cand>) {
    let (Some(arab), Some(global)) = (g.by_id(ARAB), g.by_id(GLOBAL)) else {
        return;
    };
    let is_coalition =
        |c: &Cand| matches!(c.target, Target::Gazetteer(e) if e == arab || e == global);
    // A page that names another alliance (a name opening with `تحالف`: `تحالف القوى`,
    // `تحالف قبائل …`) may mean it by a bare `التحالف`: leave such a page alone.
    let other_alliance = cands.iter().any(|c| {
        !is_coalition(c)
            && texts.get(c.text).is_some_and(|text| {
                proclitic_forms(text.tokens.norm(c.first))
                    .any(|f| matches!(f.form, Form::Plain("تحالف")))
            })
    });
    if other_alliance {
        return;
    }
    let named: Vec<(usize, usize, u32)> = cands
        .iter()
        .filter(|c| is_coalition(c))
        .filter_map(|c| match c.target {
            Target::Gazetteer(e) => Some((c.text, c.first, e)),
            _ => None,
        })
        .collect();
    // The page's other words, for a page that names neither coalition.
    let cue = |ids: &[&str]| {
        cands.iter().any(|c| match c.target {
            Target::Gazetteer(e) => g.entry(e).is_some_and(|en| ids.contains(&en.id.as_str())),
            _ => false,
        })
    };
    let guess = if named.is_empty() {
        let yemen = cue(&["loc:YEM", "org:houthis"]);
        let isis = cue(&["org:isis"]);
        match (yemen, isis) {
            (true, false) => Some(arab),
            (false, true) => Some(global),
            _ => None,
        }
    } else {
        None
    };
    let mut added = Vec::new();
    for (t, text) in texts.iter().enumerate() {
        let tokens = &text.tokens;
        for i in 0..tokens.words.len() {
            if !tokens.norm(i).ends_with("تحالف") {
                continue;
            }
            let Some(stripped) = proclitic_forms(tokens.norm(i))
                .find(|s| matches!(s.form, Form::Plain("التحالف") | Form::WithArticle("تحالف")))
            else {
                continue;
            };
            if cands
                .iter()
                .any(|c| c.text == t && c.first <= i && i <= c.last)
            {
                continue;
            }
            // `هذا التحالف` (an alliance just described), `التحالف مع` (allying with).
            let before = if i > 0 && stripped.prefix_chars == 0 {
                tokens.norm(i - 1)
            } else {
                ""
            };
            let after_punct = tokens
                .words
                .get(i)
                .is_some_and(|w| w.punct_before.is_some());
            if matches!(before, "هذا" | "هذه" | "ذلك" | "ذاك" | "وهذا")
                || matches!(tokens.norm(i + 1), "مع" | "بين") && !FORCE_NOUNS.contains(&before)
            {
                continue;
            }
            let behind_force = !after_punct && FORCE_NOUNS.contains(&before);
            let entry = if named.is_empty() {
                if !behind_force {
                    continue;
                }
                guess
            } else {
                let mut which = None;
                for &(nt, nf, e) in &named {
                    if (nt, nf) < (t, i) {
                        which = Some(e);
                    }
                }
                which.or_else(|| {
                    let first = named.first().map(|n| n.2);
                    named
                        .iter()
                        .all(|n| Some(n.2) == first)
                        .then_some(first)
                        .flatten()
                })
            };
            let (Some(entry), Some(word)) = (entry, tokens.words.get(i)) else {
                continue;
            };
            added.push(Cand {
                text: t,
                first: i,
                last: i,
                start: word.start + stripped.prefix_chars,
                end: word.end,
                target: Target::Gazetteer(entry),
                source: Source::Gazetteer,
                kind: EntityType::Organization,
                hit: Some(Hit {
                    entry,
                    adjective: false,
                    ambiguous: false,
                }),
                clitics: stripped.clitics.to_owned(),
            });
        }
    }
    cands.extend(added);
}

#[cfg(test)]
mod tests {
    use crate::entities::tests::find_for_tests as find;

    fn coalition_of<'a>(entities: &'a [rasd_model::Entity], alias: &str) -> Option<&'a str> {
        entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == alias))
            .map(|e| e.id.as_str())
    }

    #[test]
    fn a_bare_coalition_is_the_one_the_page_named() {
        // Named in full first, then bare behind a force noun.
        let e = find(&[
            "أعلن التحالف العربي بدء عملية جديدة في محافظة شبوة.",
            "وقصفت مقاتلات التحالف مخازن أسلحة قرب الميناء.",
        ]);
        let ids: Vec<&str> = e.iter().map(|x| x.id.as_str()).collect();
        assert!(ids.contains(&"org:arab-coalition"), "{ids:?}");
        let arab = e
            .iter()
            .find(|x| x.id == "org:arab-coalition")
            .map(|x| x.mentions.len());
        assert_eq!(arab, Some(2), "{e:?}");
        // Never named in full: a Yemen page's force noun names the Saudi-led one.
        let e = find(&["شن طيران التحالف غارات على مواقع الحوثيين شمال صنعاء."]);
        assert_eq!(
            coalition_of(&e, "التحالف"),
            Some("org:arab-coalition"),
            "{e:?}"
        );
        // An Islamic State page's, the US-led one.
        let e = find(&["دمرت طائرات التحالف مستودعا لتنظيم داعش قرب البلدة."]);
        assert_eq!(
            coalition_of(&e, "التحالف"),
            Some("org:global-coalition"),
            "{e:?}"
        );
    }

    #[test]
    fn a_page_with_another_alliance_keeps_its_bare_word() {
        let e = find(&[
            "طالب تحالف القوى العراقية بالإصلاح، وقال المتحدث باسم التحالف إن التحالف الدولي لم يتدخل.",
        ]);
        let ids: Vec<&str> = e.iter().map(|x| x.id.as_str()).collect();
        let global = e
            .iter()
            .find(|x| x.id == "org:global-coalition")
            .map(|x| x.mentions.len());
        assert_eq!(global, Some(1), "{ids:?} {e:?}");
    }

    #[test]
    fn an_alliance_in_general_is_no_coalition() {
        let e = find(&[
            "قال الباحث إن هذا التحالف بين الحزبين هش، وإن التحالف مع اليسار ممكن في اليمن.",
        ]);
        assert_eq!(coalition_of(&e, "التحالف"), None, "{e:?}");
    }
}
