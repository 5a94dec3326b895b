//! What a page is about, from its own words: politics and security, or sport, culture,
//! business or everyday life.
//!
//! CAMEO codes what states, their forces and political groups do to each other. Real news
//! sites also carry football, films, memoirs, festivals, company news and road accidents, told
//! with the same verbs: a striker attacks (`هاجم`), a team arrives in a country (`وصلت بعثة
//! الأهلي إلى ميلانو`), a firm signs a sale (`توقيع عقد البيع`), a star's memoir has meetings and
//! promises, fireworks are launched (`أطلقت عروض الألعاب النارية`). On 3,000 SaudiNewsNet
//! articles, thirty events drawn from such pages were all wrong. [`off_topic`] counts, in one
//! pass over the page's words, the cue words of each topic ([`CUES`]); a page whose non-political
//! cues are at least [`MIN_OTHER`] and outnumber its political cues by half again is off topic,
//! and the engine codes no event on it. So is a page in the writer's own voice (a column, an
//! essay, an interview): [`MIN_FIRST_PERSON`] first-person words outside quotation marks
//! (`أقول`, `علينا`, `نحن`, `إنني`); its acts are arguments and memories (`يحق لنا أن
//! نتساءل`, `أذكر خلال رحلة العودة`), and thirteen of fifteen read were no event.
//!
//! - matches: a match report (`المباراة`, `اللاعب`, `المدرب`, `الدوري` …, with a few `رئيس`
//!   or `الاتحاد`), a film review, a sale of a fashion house, a crash on a road.
//! - not matched: a paragraph or a page with few cue words (every dev record: a wire paragraph
//!   has at most four), a page about a war that mentions a match or a hospital, sport or trade
//!   told as politics (sanctions, a ministry's deal: `الحكومة`, `وزارة`, `العقوبات` count as
//!   political).
//! - known misses: a political story on a sports body (`الفيفا`) counts as sport.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::text::{Token, TokenKind};

/// The topics of cue words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Topic {
    /// Politics, diplomacy, war and security: what CAMEO codes.
    Politics,
    /// Anything else (sport, culture, business, accidents, health, schools, feasts).
    Other,
    /// The writer's own voice ([`FIRST_PERSON`]).
    FirstPerson,
}

/// Cue words in normal form (`text::normalize_word`), without article or proclitic; a word of
/// the page counts when it, or it without `ال`, `و`, `ف`, `ب`, `ل`, `وال`, `بال`, `لل` …, is
/// here. Words used in both kinds of page (`هجوم` in football, `سيارة` in a car bomb, `حكم` a
/// referee or a ruling) are left out.
const CUES: &[(&str, Topic)] = &[
    // Sport.
    ("مباراه", Topic::Other),
    ("مباريات", Topic::Other),
    ("دوري", Topic::Other),
    ("نادي", Topic::Other),
    ("انديه", Topic::Other),
    ("لاعب", Topic::Other),
    ("لاعبين", Topic::Other),
    ("لاعبا", Topic::Other),
    ("لاعبو", Topic::Other),
    ("لاعبي", Topic::Other),
    ("منتخب", Topic::Other),
    ("بطوله", Topic::Other),
    ("مدرب", Topic::Other),
    ("مدربين", Topic::Other),
    ("ملعب", Topic::Other),
    ("ملاعب", Topic::Other),
    ("موسم", Topic::Other),
    ("تعاقد", Topic::Other),
    ("جماهير", Topic::Other),
    ("مهاجم", Topic::Other),
    ("حارس", Topic::Other),
    ("شوط", Topic::Other),
    ("كاس", Topic::Other),
    ("ميداليه", Topic::Other),
    ("اولمبي", Topic::Other),
    ("اولمبيه", Topic::Other),
    ("سباق", Topic::Other),
    ("رياضي", Topic::Other),
    ("رياضيه", Topic::Other),
    ("هداف", Topic::Other),
    ("فيفا", Topic::Other),
    ("مونديال", Topic::Other),
    ("تدريبات", Topic::Other),
    ("كره", Topic::Other),
    ("مرمي", Topic::Other),
    ("ركله", Topic::Other),
    // Culture and lifestyle.
    ("فيلم", Topic::Other),
    ("افلام", Topic::Other),
    ("مسلسل", Topic::Other),
    ("مسلسلات", Topic::Other),
    ("ممثل", Topic::Other),
    ("ممثله", Topic::Other),
    ("ممثلين", Topic::Other),
    ("فنان", Topic::Other),
    ("فنانه", Topic::Other),
    ("فنانين", Topic::Other),
    ("مخرج", Topic::Other),
    ("مخرجه", Topic::Other),
    ("سينما", Topic::Other),
    ("سينمايي", Topic::Other),
    ("سينماييه", Topic::Other),
    ("مسرح", Topic::Other),
    ("مسرحيه", Topic::Other),
    ("روايه", Topic::Other),
    ("روايات", Topic::Other),
    ("روايي", Topic::Other),
    ("ديوان", Topic::Other),
    ("قصيده", Topic::Other),
    ("شاعر", Topic::Other),
    ("اغنيه", Topic::Other),
    ("اغاني", Topic::Other),
    ("البوم", Topic::Other),
    ("مطرب", Topic::Other),
    ("مطربه", Topic::Other),
    ("غناء", Topic::Other),
    ("نجمه", Topic::Other),
    ("موضه", Topic::Other),
    ("ازياء", Topic::Other),
    ("مصمم", Topic::Other),
    ("مصممه", Topic::Other),
    ("عطر", Topic::Other),
    ("مجوهرات", Topic::Other),
    ("مذكرات", Topic::Other),
    ("لوحه", Topic::Other),
    ("لوحات", Topic::Other),
    ("فنون", Topic::Other),
    ("معرض", Topic::Other),
    ("تشكيلي", Topic::Other),
    ("قصه", Topic::Other),
    // Business.
    ("شركه", Topic::Other),
    ("شركات", Topic::Other),
    ("اسهم", Topic::Other),
    ("بورصه", Topic::Other),
    ("موشر", Topic::Other),
    ("ارباح", Topic::Other),
    ("مبيعات", Topic::Other),
    ("مستثمرين", Topic::Other),
    ("تداول", Topic::Other),
    ("تداولات", Topic::Other),
    ("عقاري", Topic::Other),
    ("عقارات", Topic::Other),
    ("منتجات", Topic::Other),
    ("عملاء", Topic::Other),
    ("مستهلكين", Topic::Other),
    ("صفقه", Topic::Other),
    ("فندق", Topic::Other),
    ("فنادق", Topic::Other),
    ("تجاري", Topic::Other),
    ("تجاريه", Topic::Other),
    ("مصرف", Topic::Other),
    ("مصارف", Topic::Other),
    ("بنك", Topic::Other),
    ("بنوك", Topic::Other),
    // Accidents, health, science, schools, feasts.
    ("حادث", Topic::Other),
    ("حوادث", Topic::Other),
    ("مروري", Topic::Other),
    ("مروريه", Topic::Other),
    ("اصطدام", Topic::Other),
    ("حريق", Topic::Other),
    ("غرق", Topic::Other),
    ("اسعاف", Topic::Other),
    ("مستشفي", Topic::Other),
    ("مرضي", Topic::Other),
    ("مرض", Topic::Other),
    ("اطباء", Topic::Other),
    ("علاج", Topic::Other),
    ("دراسه", Topic::Other),
    ("باحثين", Topic::Other),
    ("باحثون", Topic::Other),
    ("علماء", Topic::Other),
    ("هاتف", Topic::Other),
    ("تطبيق", Topic::Other),
    ("مصلين", Topic::Other),
    ("صلاه", Topic::Other),
    ("عيد", Topic::Other),
    ("زوار", Topic::Other),
    ("طلاب", Topic::Other),
    ("طالبات", Topic::Other),
    ("مدارس", Topic::Other),
    ("مدرسه", Topic::Other),
    ("جامعه", Topic::Other),
    // Politics, diplomacy, war and security.
    ("حكومه", Topic::Politics),
    ("وزير", Topic::Politics),
    ("وزيره", Topic::Politics),
    ("وزاره", Topic::Politics),
    ("خارجيه", Topic::Politics),
    ("جيش", Topic::Politics),
    ("قوات", Topic::Politics),
    ("عسكريه", Topic::Politics),
    ("عسكري", Topic::Politics),
    ("مسلحين", Topic::Politics),
    ("مسلحون", Topic::Politics),
    ("مسلحه", Topic::Politics),
    ("ارهاب", Topic::Politics),
    ("ارهابيه", Topic::Politics),
    ("ارهابي", Topic::Politics),
    ("داعش", Topic::Politics),
    ("تنظيم", Topic::Politics),
    ("معارضه", Topic::Politics),
    ("نظام", Topic::Politics),
    ("برلمان", Topic::Politics),
    ("نواب", Topic::Politics),
    ("انتخابات", Topic::Politics),
    ("حزب", Topic::Politics),
    ("سفير", Topic::Politics),
    ("سفاره", Topic::Politics),
    ("دبلوماسي", Topic::Politics),
    ("دبلوماسيه", Topic::Politics),
    ("امم", Topic::Politics),
    ("متحده", Topic::Politics),
    ("مجلس", Topic::Politics),
    ("عقوبات", Topic::Politics),
    ("نووي", Topic::Politics),
    ("مفاوضات", Topic::Politics),
    ("دوله", Topic::Politics),
    ("دول", Topic::Politics),
    ("سياسي", Topic::Politics),
    ("سياسيه", Topic::Politics),
    ("ملك", Topic::Politics),
    ("ولي", Topic::Politics),
    ("عهد", Topic::Politics),
    ("لاجيين", Topic::Politics),
    ("حرب", Topic::Politics),
    ("غارات", Topic::Politics),
    ("غاره", Topic::Politics),
    ("قصف", Topic::Politics),
    ("شرطه", Topic::Politics),
    ("امن", Topic::Politics),
    ("امنيه", Topic::Politics),
    ("اعتقال", Topic::Politics),
    ("متظاهرين", Topic::Politics),
    ("احتجاجات", Topic::Politics),
    ("احتلال", Topic::Politics),
    ("اسراييلي", Topic::Politics),
    ("حوثي", Topic::Politics),
    ("حوثيين", Topic::Politics),
    ("رييس", Topic::Politics),
    ("رياسه", Topic::Politics),
    ("رياسي", Topic::Politics),
    ("امير", Topic::Politics),
    ("مقاتلي", Topic::Politics),
    ("مقاتلين", Topic::Politics),
    ("تحالف", Topic::Politics),
    ("ميليشيات", Topic::Politics),
    ("هجمات", Topic::Politics),
    ("تفجير", Topic::Politics),
    ("انفجار", Topic::Politics),
    ("انتحاري", Topic::Politics),
    ("مفخخه", Topic::Politics),
    ("اشتباكات", Topic::Politics),
];

/// The writer's own voice (normal form): first-person words that, outside quotation marks,
/// make a page a column, an essay or an interview ("أقول إن", "علينا أن", "نحن أولى").
const FIRST_PERSON: &[&str] = &[
    "انا",
    "انني",
    "اننا",
    "نحن",
    "علينا",
    "لدينا",
    "اقول",
    "اظن",
    "نعتقد",
    "اتمني",
    "اتساءل",
    "نتساءل",
    "اعني",
];

/// First-person words outside quotes that make a page the writer's own voice.
const MIN_FIRST_PERSON: usize = 4;

/// Non-political cue words a page needs before it can be off topic: a wire paragraph about a
/// state act seldom holds five.
const MIN_OTHER: usize = 5;

/// Proclitics stripped before looking a word up, longest first.
const PROCLITICS: &[&str] = &["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل"];

fn cues() -> &'static FxHashMap<&'static str, Topic> {
    static MAP: OnceLock<FxHashMap<&'static str, Topic>> = OnceLock::new();
    MAP.get_or_init(|| {
        CUES.iter()
            .copied()
            .chain(FIRST_PERSON.iter().map(|w| (*w, Topic::FirstPerson)))
            .collect()
    })
}

/// The topic of a word in normal form, with or without one proclitic (the rest keeps at least
/// three letters), and that proclitic (empty when none).
fn topic_of(map: &FxHashMap<&'static str, Topic>, norm: &str) -> Option<(Topic, &'static str)> {
    if let Some(&t) = map.get(norm) {
        return Some((t, ""));
    }
    PROCLITICS.iter().find_map(|p| {
        norm.strip_prefix(p)
            .filter(|rest| rest.chars().count() >= 3)
            .and_then(|rest| map.get(rest).map(|&t| (t, *p)))
    })
}

/// Counts of political and other cue words.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cues {
    politics: usize,
    other: usize,
    first_person: usize,
}

impl Cues {
    /// Adds the cue words among `tokens`.
    pub(crate) fn add(&mut self, tokens: &[Token]) {
        let map = cues();
        // Inside quotation marks speaks someone else (a straight mark opens and closes).
        let mut quoted = false;
        for t in tokens {
            if t.kind == TokenKind::Punct {
                match t.norm.as_str() {
                    "«" | "“" => quoted = true,
                    "»" | "”" => quoted = false,
                    "\"" => quoted = !quoted,
                    _ => {}
                }
                continue;
            }
            // Cue words, with a proclitic, are 3–12 letters; other words need no look-up.
            if !(6..=2 * 12).contains(&t.norm.len()) {
                continue;
            }
            match topic_of(map, &t.norm) {
                Some((Topic::Politics, _)) => self.politics += 1,
                Some((Topic::Other, _)) => self.other += 1,
                // (Bare or with و: `وأقول`, `ونحن`.)
                Some((Topic::FirstPerson, "" | "و")) if !quoted => self.first_person += 1,
                _ => {}
            }
        }
    }

    /// True when the page is about sport, culture, business or everyday life, not politics
    /// (see the module doc).
    pub(crate) fn off_topic(&self) -> bool {
        (self.other >= MIN_OTHER && 2 * self.other > 3 * self.politics)
            || self.first_person >= MIN_FIRST_PERSON
    }
}

/// True when the page (headline `headline` and the body's tokens) is off topic (see the module
/// doc).
pub(crate) fn off_topic(headline: &[Token], body: &[Vec<Token>]) -> bool {
    let mut cues = Cues::default();
    cues.add(headline);
    for para in body {
        cues.add(para);
    }
    cues.off_topic()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::text::{normalize_word, tokenize};

    fn page(headline: &str, body: &[&str]) -> bool {
        let h: Vec<char> = headline.chars().collect();
        let b: Vec<Vec<Token>> = body
            .iter()
            .map(|p| tokenize(&p.chars().collect::<Vec<_>>()))
            .collect();
        off_topic(&tokenize(&h), &b)
    }

    #[test]
    fn cue_words_are_in_normal_form_and_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for (w, _) in CUES {
            assert_eq!(&normalize_word(w), w, "help: write {w} in normal form");
            assert!(seen.insert(*w), "help: {w} is listed twice");
        }
    }

    #[test]
    fn a_match_report_is_off_topic() {
        assert!(page(
            "الفريق الأزرق يفوز على ضيفه",
            &[
                "هاجم مهاجم الفريق مرمى الضيوف منذ الدقيقة الأولى من المباراة، وسجل هدفين في الشوط الأول.",
                "وقال مدرب الفريق إن اللاعبين التزموا بالخطة، وإن الجماهير ساندتهم طوال الموسم.",
            ],
        ));
    }

    #[test]
    fn a_film_review_is_off_topic() {
        assert!(page(
            "عودة بطل قديم",
            &["يلتقي الممثل في الفيلم الجديد بالمخرج نفسه، وتزور الممثلة معه مدينة الفنانين القديمة في مشهد يذكر بروايات الخمسينات."],
        ));
    }

    #[test]
    fn a_war_report_with_a_hospital_stays_political() {
        assert!(!page(
            "قتلى في قصف على مدينة حدودية",
            &[
                "قصفت قوات الجيش مواقع المسلحين شمال المدينة، ونقل الجرحى إلى المستشفى.",
                "وقال وزير الدفاع إن الحكومة لن تتفاوض مع التنظيم، وإن الغارات ستستمر حتى خروج المسلحين من الحي القريب من الملعب.",
            ],
        ));
    }

    /// The events the whole engine finds on a page whose last paragraph is a visit to Mali.
    fn events_of(headline: &str, before: &[&str]) -> Vec<rasd_model::Event> {
        use rasd_model::{Article, Entity, EntityType, Mention};
        let visit = "وزار الوفد مالي أمس.";
        let mut body: Vec<String> = before.iter().map(|p| (*p).to_owned()).collect();
        body.push(visit.to_owned());
        let mali = Entity {
            id: "loc:MLI".into(),
            name: "مالي".into(),
            kind: EntityType::Location,
            aliases: vec![],
            country: Some("MLI".into()),
            coordinates: None,
            mentions: vec![Mention {
                text: "مالي".into(),
                part: Default::default(),
                paragraph: before.len(),
                start: 9,
                end: 13,
            }],
        };
        let article = Article {
            headline: headline.into(),
            body,
            ..Article::default()
        };
        crate::events::find_events(&article, &[mali])
    }

    #[test]
    fn the_engine_codes_no_event_on_an_off_topic_page() {
        let politics = events_of(
            "وفد حكومي في جولة إقليمية",
            &["قال وزير الخارجية إن الحكومة ترسل وفدا إلى دول الجوار لبحث أمن الحدود."],
        );
        assert_eq!(
            politics.len(),
            1,
            "help: the visit itself is no longer found"
        );
        let sport = events_of(
            "المنتخب يواصل تحضيراته",
            &["يواصل لاعبو المنتخب تدريباتهم استعدادا للبطولة، وقال المدرب إن اللاعبين جاهزون للمباراة الأولى أمام منتخب الضيوف."],
        );
        assert!(sport.is_empty(), "help: a sport page still codes events");
    }

    #[test]
    fn a_column_in_the_writers_voice_is_off_topic_and_quoted_words_are_not_his() {
        assert!(page(
            "رأي: ما بعد الاتفاق",
            &[
                "أقول إن الحكومة أخطأت، ونحن نعرف ذلك منذ البداية.",
                "وعلينا أن نسأل: لماذا هاجم الوزير خصومه؟ إنني لا أجد جوابا.",
            ],
        ));
        // The same words inside quotes are a speaker's, in a report.
        assert!(!page(
            "الوزير يرد على خصومه",
            &[
                "قال الوزير: «أقول إن الحكومة لم تخطئ، ونحن نعرف ذلك».",
                "وأضاف: «علينا أن نعمل معا، إنني متفائل».",
            ],
        ));
    }

    #[test]
    fn a_wire_paragraph_with_few_cues_is_never_off_topic() {
        // Four sport words: below the floor.
        assert!(!page(
            "",
            &["استقبل وزير الشباب لاعبي المنتخب بعد عودتهم من البطولة في الملعب الجديد."]
        ));
    }
}
