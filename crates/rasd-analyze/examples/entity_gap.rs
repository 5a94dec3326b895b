//! The Analyzer's entity gap on annotated quote/event sets: the quotes and events that quote
//! and event finding gets right with the set's gold entities but misses with the Analyzer's own
//! entities, with the gold speakers and actors of each and why the entity stage lost them.
//!
//! ```sh
//! cargo run --release -p rasd-analyze --example entity_gap -- SET.jsonl… [--summary]
//! ```
//!
//! For each gap item and each of its gold actors, one cause:
//! - `found`: an Analyzer entity denotes the gold one (its mentions overlap the gold mentions
//!   most) and covers all its spellings: the loss is elsewhere (the engine chose otherwise);
//! - `partial`: the entity was found, but some gold spellings are in no mention of it (a
//!   surname alone, a clitic form, a description): the missing spellings are listed;
//! - `absorbed`: the Analyzer's mentions overlap the gold mentions but denote another gold
//!   entity (a span too long, or two entities merged);
//! - `missed`: no Analyzer mention overlaps any gold mention, with a guess of the kind of name
//!   (`person after title`, `person`, `institution`, `group`, `organization`, `place`,
//!   `clitic only`).
//!
//! `--page FILE` prints the entities of a text file (a paragraph per line); `--dump DIR N` prints the entities of the first N SaudiNewsNet articles (for before/after
//! diffs on real text). `--score` prints only precision and recall of each set in both modes, `--show ID` the
//! Analyzer's entities, quotes and events of one record.
//!
//! Frozen held-out sets (held-out6, 7, 8) are refused: their errors are never printed.

use std::collections::BTreeMap;
use std::process::ExitCode;

use rasd_analyze::events::eval::{gold_entities, load_records, record_article, score};
use rasd_analyze::events::find_quotes_and_events;
use rasd_analyze::Analyzer;
use rasd_model::{Entity, EntityType};

#[path = "support/saudinewsnet.rs"]
mod saudinewsnet;

/// `--dump DIR N`: the Analyzer's entities on the first N SaudiNewsNet articles, one line each
/// (article id, type, id, name, aliases), then the counts by type: what a before/after
/// comparison of the entity stage on real text diffs.
fn dump(dir: &str, limit: usize) -> ExitCode {
    let articles = match saudinewsnet::load(std::path::Path::new(dir), limit) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("entity_gap: {e}");
            return ExitCode::from(2);
        }
    };
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for a in &articles {
        for e in Analyzer::embedded().entities(a) {
            *counts.entry(format!("{:?}", e.kind)).or_default() += 1;
            println!(
                "{}\t{:?}\t{}\t{}\t{}",
                a.id,
                e.kind,
                e.id,
                e.name,
                e.aliases.join("|")
            );
        }
    }
    for (k, n) in &counts {
        eprintln!("{k}\t{n}");
    }
    ExitCode::SUCCESS
}

/// Words that, right before a person's name, give its title or role (a rough, normal-ish list
/// for classifying only).
const TITLE_HINTS: &[&str] = &[
    "الرئيس",
    "رئيس",
    "وزير",
    "الوزير",
    "المتحدث",
    "الناطق",
    "العقيد",
    "اللواء",
    "العميد",
    "الجنرال",
    "القائد",
    "قائد",
    "السفير",
    "المبعوث",
    "الأمين",
    "الشيخ",
    "زعيم",
    "الزعيم",
    "مدير",
    "المدير",
    "محافظ",
    "والي",
    "النائب",
    "نائب",
    "القاضي",
    "المحامي",
    "الناشط",
    "الصحفي",
    "المقدم",
    "الرائد",
    "النقيب",
    "المشير",
    "الفريق",
    "العاهل",
    "الملك",
    "الأمير",
    "رئيسة",
    "وزيرة",
    "المتحدثة",
    "الناطقة",
    "مديرة",
    "المفوض",
    "المفوضة",
    "المنسق",
    "المنسقة",
    "مستشار",
    "المستشار",
    "الباحث",
    "المحلل",
    "الخبير",
    "السيد",
    "السيدة",
    "الدكتور",
    "العقيد",
    "آمر",
    "أمير",
];

/// First words of institutions (`وزارة الداخلية`, `مكتب النائب العام`, `هيئة …`).
const INSTITUTION_HINTS: &[&str] = &[
    "وزارة",
    "مكتب",
    "هيئة",
    "لجنة",
    "مجلس",
    "المجلس",
    "اللجنة",
    "الهيئة",
    "مفوضية",
    "المفوضية",
    "محكمة",
    "المحكمة",
    "النيابة",
    "الدفاع",
    "الحماية",
    "الشرطة",
    "الرئاسة",
    "رئاسة",
    "بعثة",
    "البعثة",
    "سلطة",
    "السلطة",
    "إدارة",
    "الإدارة",
    "وكالة",
    "الوكالة",
    "مديرية",
    "المديرية",
    "البرلمان",
    "الحكومة",
    "حكومة",
    "الجيش",
    "جيش",
    "القوات",
    "قوات",
    "منظمة",
    "المنظمة",
    "صندوق",
    "برنامج",
    "البنك",
    "بنك",
    "جهاز",
    "الجهاز",
    "الاتحاد",
    "اتحاد",
    "مصلحة",
    "دائرة",
    "الأمانة",
    "الأمم",
    "مجموعة",
    "المجموعة",
    "ائتلاف",
    "الائتلاف",
    "نقابة",
    "النقابة",
];

/// First words of armed and political groups.
const GROUP_HINTS: &[&str] = &[
    "جماعة",
    "الجماعة",
    "حركة",
    "الحركة",
    "تنظيم",
    "التنظيم",
    "جبهة",
    "الجبهة",
    "ميليشيا",
    "ميليشيات",
    "فصائل",
    "فصيل",
    "كتائب",
    "كتيبة",
    "لواء",
    "حزب",
    "الحزب",
    "تحالف",
    "التحالف",
    "قوات",
    "ائتلاف",
];

fn words_of(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Overlap count of the mentions of `found` with those of `gold`.
fn overlap(found: &Entity, gold: &Entity) -> usize {
    found
        .mentions
        .iter()
        .filter(|m| {
            gold.mentions
                .iter()
                .any(|n| n.paragraph == m.paragraph && n.start < m.end && m.start < n.end)
        })
        .count()
}

/// The gold entity an Analyzer entity denotes (same rule as the scorer's).
fn to_gold(found: &Entity, gold: &[Entity]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (gi, g) in gold.iter().enumerate() {
        let o = overlap(found, g);
        if o > 0 && best.is_none_or(|(b, _)| o > b) {
            best = Some((o, gi));
        }
    }
    best.map(|(_, gi)| gi)
}

/// The word before char offset `start` of `para`, and whether the mention's own word carries
/// letters before `start` (a proclitic).
fn context_of(para: &str, start: usize) -> (String, bool) {
    let chars: Vec<char> = para.chars().collect();
    let before: String = chars.iter().take(start).collect();
    let attached = before.chars().last().is_some_and(char::is_alphabetic);
    let mut ws: Vec<&str> = words_of(&before);
    if attached {
        ws.pop();
    }
    (
        ws.last().map(|w| (*w).to_owned()).unwrap_or_default(),
        attached,
    )
}

fn cause(gi: usize, gold: &[Entity], found: &[Entity], paras: &[String]) -> (String, String) {
    let Some(g) = gold.get(gi) else {
        return ("unknown".into(), String::new());
    };
    let mine: Vec<&Entity> = found
        .iter()
        .filter(|f| to_gold(f, gold) == Some(gi))
        .collect();
    if !mine.is_empty() {
        let uncovered: Vec<String> = g
            .mentions
            .iter()
            .filter(|n| {
                !mine.iter().any(|f| {
                    f.mentions
                        .iter()
                        .any(|m| m.paragraph == n.paragraph && m.start < n.end && n.start < m.end)
                })
            })
            .map(|n| n.text.clone())
            .collect();
        let kinds: Vec<String> = mine.iter().map(|f| format!("{:?}", f.kind)).collect();
        let kind_note = if mine.iter().any(|f| f.kind == g.kind) {
            String::new()
        } else {
            format!(" as {}", kinds.join("/"))
        };
        if uncovered.is_empty() {
            return (format!("found{kind_note}"), String::new());
        }
        return (format!("partial{kind_note}"), uncovered.join(" | "));
    }
    let others: Vec<String> = found
        .iter()
        .filter(|f| overlap(f, g) > 0)
        .map(|f| {
            let m: Vec<&str> = f.mentions.iter().map(|m| m.text.as_str()).collect();
            format!("{} [{:?}: {}]", f.name, f.kind, m.join(", "))
        })
        .collect();
    if !others.is_empty() {
        return ("absorbed".into(), others.join(" ; "));
    }
    // Missed: guess the kind of name from the spellings and their contexts.
    let mut all_attached = !g.mentions.is_empty();
    let mut after_title = false;
    let mut shown = Vec::new();
    for n in &g.mentions {
        let para = paras.get(n.paragraph).map_or("", String::as_str);
        let (prev, attached) = context_of(para, n.start);
        all_attached &= attached;
        after_title |= TITLE_HINTS
            .iter()
            .any(|t| prev == *t || prev.strip_prefix('و') == Some(t));
        shown.push(format!("{prev} ⟨{}⟩", n.text));
    }
    let first = words_of(&g.name).first().map(|w| (*w).to_owned());
    let first = first.as_deref().unwrap_or("");
    let strip = |w: &str| -> String {
        w.strip_prefix('و')
            .filter(|r| r.chars().count() > 2)
            .unwrap_or(w)
            .to_owned()
    };
    let head = strip(first);
    let kind = match g.kind {
        EntityType::Person if after_title => "person after title",
        EntityType::Person => "person",
        _ if all_attached => "clitic only",
        EntityType::Organization if GROUP_HINTS.contains(&head.as_str()) => "group",
        EntityType::Organization if INSTITUTION_HINTS.contains(&head.as_str()) => "institution",
        EntityType::Organization => "organization",
        EntityType::Location => "place",
    };
    if g.mentions.is_empty() {
        return ("no gold mention".into(), g.name.clone());
    }
    (format!("missed {kind}"), shown.join(" | "))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "--page") {
        // `--page FILE`: the Analyzer's entities of a text file, one paragraph per line.
        let Some(path) = args.get(1) else {
            eprintln!("entity_gap: --page needs FILE");
            return ExitCode::from(2);
        };
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("entity_gap: {path}: {e}");
                return ExitCode::from(2);
            }
        };
        let article = rasd_model::Article {
            body: text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_owned)
                .collect(),
            ..rasd_model::Article::default()
        };
        for e in Analyzer::embedded().entities(&article) {
            println!(
                "{}\t{:?}\t{}\t{}",
                e.id,
                e.kind,
                e.name,
                e.aliases.join("|")
            );
        }
        return ExitCode::SUCCESS;
    }
    if args.first().is_some_and(|a| a == "--dump") {
        let dir = args
            .get(1)
            .map_or("../shared/data/saudinewsnet/dataset", String::as_str);
        let limit = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(3000);
        return dump(dir, limit);
    }
    let summary_only = args.iter().any(|a| a == "--summary");
    // `--score`: precision and recall only (both modes, as `rasd eval-events` prints them).
    let score_only = args.iter().any(|a| a == "--score");
    // `--show ID`: the Analyzer's entities, quotes and events of one record.
    let show = args
        .iter()
        .position(|a| a == "--show")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let paths: Vec<&String> = args
        .iter()
        .filter(|a| !a.starts_with("--") && Some(*a) != show.as_ref())
        .collect();
    if paths.is_empty() {
        eprintln!("entity_gap: usage: entity_gap SET.jsonl… [--summary]");
        return ExitCode::from(2);
    }
    let mut causes: BTreeMap<String, usize> = BTreeMap::new();
    let mut items = (0usize, 0usize);
    for path in paths {
        if ["heldout6", "heldout7", "heldout8", "heldout9"]
            .iter()
            .any(|f| path.contains(f))
        {
            eprintln!("entity_gap: {path}: a frozen held-out set; its errors are never printed");
            return ExitCode::from(2);
        }
        let records = match load_records(std::path::Path::new(path)) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("entity_gap: {e}");
                return ExitCode::from(2);
            }
        };
        if score_only {
            for gold_mode in [true, false] {
                let report = score(&records, |a, g| {
                    if gold_mode {
                        let (q, e) = find_quotes_and_events(a, g);
                        (g.to_vec(), q, e)
                    } else {
                        let x = Analyzer::embedded().analyze(a);
                        (x.entities, x.quotes, x.events)
                    }
                });
                let mode = if gold_mode { "gold" } else { "analyzer" };
                println!("== {path} {mode}");
                for (what, c) in [
                    ("quotes", report.quotes),
                    ("events", report.events),
                    ("events (by country)", report.events_by_country),
                ] {
                    println!("{what:22} {c}");
                }
            }
            continue;
        }
        for r in &records {
            if let Some(id) = &show {
                if &r.id == id {
                    let x = Analyzer::embedded().analyze(&record_article(r));
                    println!("{}", r.text);
                    let own = Analyzer::embedded().entities(&record_article(r));
                    let own: Vec<String> = own.iter().map(|e| e.name.clone()).collect();
                    println!("  entity stage alone: {}", own.join(" | "));
                    for e in &x.entities {
                        let m: Vec<String> = e
                            .mentions
                            .iter()
                            .map(|m| format!("{}@{}:{}", m.text, m.paragraph, m.start))
                            .collect();
                        println!(
                            "  entity {} {:?} {} [{}]",
                            e.id,
                            e.kind,
                            e.name,
                            m.join(", ")
                        );
                    }
                    for q in &x.quotes {
                        println!("  quote {:?} [{:?}]: {}", q.speaker, q.speaker_text, q.text);
                    }
                    for e in &x.events {
                        println!(
                            "  event {} {:?}→{:?} neg={}",
                            e.code, e.source, e.target, e.negated
                        );
                    }
                }
                continue;
            }
            let one = std::slice::from_ref(r);
            let with_gold = score(one, |a, g| {
                let (q, e) = find_quotes_and_events(a, g);
                (g.to_vec(), q, e)
            });
            let mut found = Vec::new();
            let mut used_ids: Vec<String> = Vec::new();
            let with_analyzer = score(one, |a, _| {
                let x = Analyzer::embedded().analyze(a);
                found = x.entities.clone();
                used_ids = x
                    .quotes
                    .iter()
                    .filter_map(|q| q.speaker.clone())
                    .chain(
                        x.events
                            .iter()
                            .flat_map(|e| [e.source.clone(), e.target.clone()])
                            .flatten(),
                    )
                    .collect();
                (x.entities, x.quotes, x.events)
            });
            let missed = |errors: &[String], line: &str| errors.iter().any(|e| e == line);
            let article = record_article(r);
            let gold = gold_entities(r, &article);
            let index = |name: &Option<String>| {
                name.as_ref()
                    .and_then(|n| gold.iter().position(|g| &g.name == n))
            };
            let mut gap: Vec<(String, Vec<usize>)> = Vec::new();
            for q in &r.quotes {
                let line = format!("{}: missed quote {:?}: {}", r.id, q.speaker, q.text);
                if missed(&with_analyzer.errors, &line) && !missed(&with_gold.errors, &line) {
                    gap.push((
                        format!("quote {:?}", q.speaker),
                        index(&q.speaker).into_iter().collect(),
                    ));
                }
            }
            for e in &r.events {
                let line = format!(
                    "{}: missed event {} {:?}→{:?} neg={}",
                    r.id, e.code, e.source, e.target, e.negated
                );
                if missed(&with_analyzer.errors, &line) && !missed(&with_gold.errors, &line) {
                    gap.push((
                        format!("event {} {:?}→{:?}", e.code, e.source, e.target),
                        [index(&e.source), index(&e.target)]
                            .into_iter()
                            .flatten()
                            .collect(),
                    ));
                }
            }
            // Entities of the Analyzer that denote no gold entity yet speak or act.
            let spurious: Vec<String> = found
                .iter()
                .filter(|f| used_ids.contains(&f.id) && to_gold(f, &gold).is_none())
                .map(|f| format!("{} ({:?})", f.name, f.kind))
                .collect();
            for (what, actors) in gap {
                items.0 += 1;
                let mut lost = false;
                for gi in actors {
                    let (c, detail) = cause(gi, &gold, &found, &article.body);
                    let name = gold.get(gi).map_or("", |g| g.name.as_str());
                    if !c.starts_with("found") {
                        lost = true;
                    }
                    *causes.entry(c.clone()).or_default() += 1;
                    if !summary_only {
                        println!("{}\t{what}\t{name}\t{c}\t{detail}", r.id);
                    }
                }
                if lost {
                    items.1 += 1;
                } else {
                    let c = if spurious.is_empty() {
                        "engine (no spurious actor)".to_owned()
                    } else {
                        "engine with spurious actor".to_owned()
                    };
                    *causes.entry(c.clone()).or_default() += 1;
                    if !summary_only {
                        println!("{}\t{what}\t-\t{c}\t{}", r.id, spurious.join(" | "));
                    }
                }
            }
        }
    }
    if score_only {
        return ExitCode::SUCCESS;
    }
    println!(
        "gap items (right with gold entities, wrong with the Analyzer's): {}; with an actor the entity stage lost: {}",
        items.0, items.1
    );
    for (c, n) in &causes {
        println!("  {n:4}  {c}");
    }
    ExitCode::SUCCESS
}
