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
//! and the engine codes no event on it.
//!
//! Titles and state bodies (`الأمير`, `رئيس`, `وزارة`, `مجلس`) are political on a wire page,
//! but a Saudi page names them for every feast greeting, school year and municipal project:
//! a page with at least [`MIN_HOME_LOCAL`] words of a ceremony or a service at home
//! ([`Topic::Home`]: `حفل`, `معايدة`, `منسوبي`, `العام الدراسي`, `قطار`) and at most
//! [`MAX_POLITICS_LOCAL`] political words that are no title is a local page, off topic too. Of
//! thirty events read from such pages of 9,000 SaudiNewsNet articles, two were arguably acts of
//! state (a foreign president's pilgrimage, a national-day greeting).
//! A municipal vote is a service at home too (`بلدية`, `الناخبين`; `الانتخابات البلدية` counts as
//! home, not politics): on SaudiNewsNet articles 15,000–17,999 its pages held 13 events
//! (committees meeting, a spokesman's appeals to register, a town read as Western Sahara), none
//! right.
//!
//! So is a page in the writer's own voice (a column, an essay, an interview): [`MIN_FIRST_PERSON`]
//! first-person words outside quotation marks (`أقول`, `علينا`, `نحن`, `إنني`), or
//! [`MIN_MARKS`] questions or exclamations outside them (`فإلى أين تسير هذه الأزمة؟`, `وقَّعت
//! إيران أم لم توقِّع!`: a report asks and exclaims only in its speakers' words), or a columnist's
//! byline at the page's end (`* أستاذ العلوم السياسية`, an e-mail address, `للتواصل مع الكاتب`,
//! `مقالات أخرى للكاتب`). Its acts are arguments and memories (`يحق لنا أن نتساءل`, `أذكر خلال
//! رحلة العودة`): thirteen of fifteen read were no event; of thirty read on pages with two
//! questions or exclamations, one was right and one arguable; of twenty-five read on pages with
//! a byline, none was right.
//! A long page that names no source, no speaker's saying and no day is one too
//! ([`REPORT_WORDS`]: `قال`, `أعلن`, `بحسب`, `مصادر`, `أمس`, `اليوم`, `مشيرا` …; at least
//! [`MIN_UNATTRIBUTED_WORDS`] words and fewer than one such word in [`WORDS_PER_REPORT_WORD`]):
//! a column or an analysis argues its case (on an alliance's war, a regional deal, a party's
//! leader) and retells history, where a report attributes every fact. On SaudiNewsNet articles
//! 24,000–26,999 the 25 such pages held 83 events; one to three were right (a meeting the column
//! retells), none of the others.
//!
//! A page of at least [`MIN_QUIET_WORDS`] words with at most [`MAX_POLITICS_QUIET`] political
//! cue word that is no title, or fewer than one in [`WORDS_PER_POLITICAL_CUE`] words, is quiet,
//! off topic too: a wire story about a state act names a
//! government, a force, a state, a party or talks in its first lines, while a customs seizure,
//! a municipal inspection, a company's board, an oil-price report or a charity's gala names
//! none. Of 265 events on such pages of SaudiNewsNet articles 18,000–20,999, about ten were
//! acts between states or groups (a relief chief receiving a minister, two capitals welcoming
//! their cooperation), none with both actors right; of 31 more on long pages with a few
//! political words (a ministry's report of 1,600 words with 12, an oil-market review, the
//! history of a canal), none was right. Every evaluation record is a paragraph of
//! at most 62 words: below the floor.
//!
//! - matches: a match report (`المباراة`, `اللاعب`, `المدرب`, `الدوري` …, with a few `رئيس`
//!   or `الاتحاد`), a film review, a sale of a fashion house, a crash on a road.
//! - also matched: a governor's festival, a ministry's feast greeting, a municipal project, an
//!   essay that asks its reader questions, a syndicated column (`* خدمة «واشنطن بوست»`).
//! - not matched: a paragraph or a page with few cue words (every dev record: a wire paragraph
//!   has at most four, and at most one word of a service at home), a page about a war that
//!   mentions a match or a hospital, sport or trade told as politics (sanctions, a ministry's deal: `الحكومة`, `وزارة`, `العقوبات` count as
//!   political).
//! - known misses: a political story on a sports body (`الفيفا`) counts as sport.
//!
//! A page that names a governing body of sport ([`Topic::SportBody`]: `الفيفا`, `يويفا`,
//! `الكونكاكاف`) with at least [`MIN_OTHER`] non-political cue words that outnumber its political
//! ones by half again is off topic whatever its titles: a race for a federation's presidency is
//! all `رئيس`, `رئاسة` and candidates, the sport's own. On SaudiNewsNet articles 12,000–14,999
//! its 16 events (7 pages on the FIFA election: endorsements, an "attack" on a rival, a "battle"
//! for the seat) were all wrong; the state acts such pages may tell (a police force arresting
//! officials of the body) go with them.
//!
//! A home page ([`home_page`]) is a page of a site whose home state is listed
//! (`data/news-sites.tsv`, [`home_state`]: the Saudi sites measured) that names that state and no
//! other party: no entity of another country, no international body or foreign group, no word of
//! another state, its nationality or an envoy. Its condolences, appeals, meetings, praise and demands are between the state's
//! own bodies and people (a governor receiving a board, an election committee's calls, a
//! municipal council's session) and go ([`drop_home_acts`]); statements, arrests, attacks,
//! condemnations, verdicts and a reception of a named guest (`استقبل أمير المنطقة رئيس الهيئة`:
//! session 15's blind reader counted one right) stay. On SaudiNewsNet articles 18,000–23,999
//! this removed 60 events: none right, 4 arguable (a governor chairing his council, a
//! condolence call, the Shura council's support for the government), 56 wrong.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use rasd_model::{Article, Entity, Event};

use super::text::{Token, TokenKind};
use crate::entities::tokens::normalize_phrase;
use crate::gazetteer::{Class, OrgClass};

/// The topics of cue words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Topic {
    /// Politics, diplomacy, war and security: what CAMEO codes.
    Politics,
    /// Titles and state bodies (`الأمير`, `رئيس`, `وزارة`, `مجلس`): political on a wire page,
    /// but also what every local ceremony, school or municipal page names.
    Title,
    /// Anything else (sport, culture, business, accidents, health, schools, feasts).
    Other,
    /// Ceremonies and services at home (a governor's festival, a ministry's feast greeting, a
    /// school year, a railway): a kind of [`Topic::Other`] that also marks a local page.
    Home,
    /// The writer's own voice ([`FIRST_PERSON`]).
    FirstPerson,
    /// Words that tell a report's source or time ([`REPORT_WORDS`]).
    Report,
    /// A governing body of sport (`الفيفا`, `يويفا`, `الكونكاكاف`): a kind of [`Topic::Other`]
    /// that also makes the page's titles and elections the sport's own.
    SportBody,
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
    ("فيفا", Topic::SportBody),
    ("يويفا", Topic::SportBody),
    ("كونكاكاف", Topic::SportBody),
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
    // Ceremonies and protocol at home (a ministry's feast greeting, a governor's festival, a prize).
    ("حفل", Topic::Home),
    ("احتفال", Topic::Home),
    ("احتفالات", Topic::Home),
    ("احتفاليه", Topic::Home),
    ("معايده", Topic::Home),
    ("تكريم", Topic::Home),
    ("منسوبي", Topic::Home),
    ("منسوبيه", Topic::Home),
    ("منسوبات", Topic::Home),
    ("تهاني", Topic::Home),
    ("درع", Topic::Home),
    ("دروع", Topic::Home),
    ("تذكاري", Topic::Home),
    ("تذكاريه", Topic::Home),
    ("مهرجان", Topic::Home),
    ("فعاليات", Topic::Home),
    ("ملتقي", Topic::Home),
    ("ندوه", Topic::Home),
    ("محاضره", Topic::Home),
    ("ورشه", Topic::Home),
    ("جايزه", Topic::Home),
    ("جوايز", Topic::Home),
    ("مسابقه", Topic::Home),
    ("خريجين", Topic::Home),
    ("خريجات", Topic::Home),
    ("تخريج", Topic::Home),
    // Services at home: transport, customs, schools, worship, housing, jobs, the weather
    // (not hospitals, power, salaries or travellers: a war report names them too).
    ("مراجعين", Topic::Home),
    ("بلديات", Topic::Home),
    ("بلديه", Topic::Home),
    ("ناخبين", Topic::Home),
    ("ناخبات", Topic::Home),
    ("قطار", Topic::Home),
    ("قطارات", Topic::Home),
    ("ركاب", Topic::Home),
    ("جمارك", Topic::Home),
    ("تعليم", Topic::Home),
    ("تعليمي", Topic::Home),
    ("تعليميه", Topic::Home),
    ("معلمين", Topic::Home),
    ("معلمات", Topic::Home),
    ("دراسي", Topic::Home),
    ("مبتعثين", Topic::Home),
    ("جامعات", Topic::Home),
    ("خطبه", Topic::Home),
    ("حجاج", Topic::Home),
    ("معتمرين", Topic::Home),
    ("تحفيظ", Topic::Home),
    ("اسكان", Topic::Home),
    ("توظيف", Topic::Home),
    ("موظفات", Topic::Home),
    ("بييه", Topic::Home),
    ("اشجار", Topic::Home),
    ("سيول", Topic::Home),
    // Politics, diplomacy, war and security.
    ("حكومه", Topic::Politics),
    ("وزير", Topic::Title),
    ("وزيره", Topic::Title),
    ("وزاره", Topic::Title),
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
    ("مجلس", Topic::Title),
    ("عقوبات", Topic::Politics),
    ("نووي", Topic::Politics),
    ("مفاوضات", Topic::Politics),
    ("دوله", Topic::Politics),
    ("دول", Topic::Politics),
    ("سياسي", Topic::Politics),
    ("سياسيه", Topic::Politics),
    ("ملك", Topic::Title),
    ("ولي", Topic::Title),
    ("عهد", Topic::Title),
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
    ("رييس", Topic::Title),
    ("رياسه", Topic::Title),
    ("رياسي", Topic::Title),
    ("امير", Topic::Title),
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
    // Relations between states (`فخامة الرئيس`, `العلاقات بين البلدين`, `مباحثات`).
    ("فخامه", Topic::Politics),
    ("بلدين", Topic::Politics),
    ("ثناييه", Topic::Politics),
    ("مباحثات", Topic::Politics),
    ("محادثات", Topic::Politics),
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

/// Words (normal form, without proclitic) by which a news report names its source, its
/// speakers' saying or its day: `قال`, `أعلنت`, `أوضح`, `بحسب`, `مصادر`, `بيان`, `وكالة`, `المتحدث`,
/// `أمس`, `اليوم`, `واس`, `مضيفا`, `مشيرا`, `دعا`, `طالب`. A wire story or a report has one in
/// every few dozen words; a column, an essay or an analysis argues in its own words and has almost
/// none ([`WORDS_PER_REPORT_WORD`]). None of them is in [`CUES`].
const REPORT_WORDS: &[&str] = &[
    "قال",
    "قالت",
    "اعلن",
    "اعلنت",
    "اكد",
    "اكدت",
    "اوضح",
    "اوضحت",
    "اضاف",
    "اضافت",
    "ذكر",
    "ذكرت",
    "افاد",
    "افادت",
    "صرح",
    "بحسب",
    "وفق",
    "وفقا",
    "نقلت",
    "مصادر",
    "مصدر",
    "بيان",
    "وكاله",
    "تصريح",
    "تصريحات",
    "اشار",
    "اشارت",
    "كشف",
    "كشفت",
    "امس",
    "اليوم",
    "واس",
    "اعرب",
    "اعربت",
    "تابع",
    "مضيفا",
    "مشيرا",
    "موضحا",
    "موكدا",
    "مبينا",
    "لافتا",
    "قايلا",
    "متحدث",
    "ناطق",
    "دعا",
    "دعت",
    "طالب",
    "طالبت",
];

/// Words a page needs before it can be unattributed: a column is long, while a short wire brief
/// may tell its facts without a source (`تظاهر نحو مئتي شخص في بروكسل …`).
const MIN_UNATTRIBUTED_WORDS: usize = 300;

/// Words an unattributed page has per report word ([`REPORT_WORDS`]), more than: a page of 300
/// words or more with fewer than one in 250 is a column or an analysis in the writer's voice.
const WORDS_PER_REPORT_WORD: usize = 250;

/// Non-political cue words a page needs before it can be off topic: a wire paragraph about a
/// state act seldom holds five.
const MIN_OTHER: usize = 5;

/// A local page (a ceremony, a school, a municipal service) names titles and bodies but few
/// acts of state: at most this many political cue words that are no title…
const MAX_POLITICS_LOCAL: usize = 3;

/// …and at least this many words of a ceremony or a service at home ([`Topic::Home`]).
const MIN_HOME_LOCAL: usize = 2;

/// Words (headline and body) a page needs before it can be quiet: a wire paragraph is shorter.
const MIN_QUIET_WORDS: usize = 80;

/// Political cue words that are no title a quiet page has at most…
const MAX_POLITICS_QUIET: usize = 1;

/// …or words a quiet page has per political cue word, at least (a wire story about a state
/// act has one in twenty).
const WORDS_PER_POLITICAL_CUE: usize = 120;

/// Questions and exclamations outside quotation marks (`؟`, `?`, `!`; a run counts once) that
/// make a page the writer's own voice: a wire report asks nothing and exclaims nothing in its
/// own words.
const MIN_MARKS: usize = 2;

/// Words of a paragraph that a column's closing byline has at most (`* أستاذ العلوم السياسية
/// بجامعة محمد الخامس`, `* خدمة «واشنطن بوست»`).
const MAX_BYLINE_WORDS: usize = 9;

/// Proclitics stripped before looking a word up, longest first.
const PROCLITICS: &[&str] = &["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل"];

fn cues() -> &'static FxHashMap<&'static str, Topic> {
    static MAP: OnceLock<FxHashMap<&'static str, Topic>> = OnceLock::new();
    MAP.get_or_init(|| {
        CUES.iter()
            .copied()
            .chain(FIRST_PERSON.iter().map(|w| (*w, Topic::FirstPerson)))
            .chain(REPORT_WORDS.iter().map(|w| (*w, Topic::Report)))
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
    titles: usize,
    other: usize,
    home: usize,
    first_person: usize,
    sport_bodies: usize,
    marks: usize,
    byline: bool,
    words: usize,
    reports: usize,
}

impl Cues {
    /// Adds the cue words and the questions and exclamations among `tokens`.
    pub(crate) fn add(&mut self, tokens: &[Token]) {
        let map = cues();
        // Inside quotation marks speaks someone else (a straight mark opens and closes).
        let mut quoted = false;
        let mut after_mark = false;
        for (k, t) in tokens.iter().enumerate() {
            if t.kind == TokenKind::Punct {
                let mark = matches!(t.norm.as_str(), "؟" | "?" | "!");
                match t.norm.as_str() {
                    "«" | "“" => quoted = true,
                    "»" | "”" => quoted = false,
                    "\"" => quoted = !quoted,
                    // ("؟!" and "!!" count once.)
                    _ if mark && !quoted && !after_mark => self.marks += 1,
                    _ => {}
                }
                after_mark = mark;
                continue;
            }
            after_mark = false;
            if t.kind == TokenKind::Word {
                self.words += 1;
            }
            // Cue words, with a proclitic, are 3–12 letters; other words need no look-up.
            if !(6..=2 * 12).contains(&t.norm.len()) {
                continue;
            }
            match topic_of(map, &t.norm) {
                // "الانتخابات البلدية": a municipal vote is a service at home, not politics.
                Some((Topic::Politics, _)) if municipal_vote(&t.norm, tokens.get(k + 1)) => {
                    self.other += 1;
                    self.home += 1;
                }
                Some((Topic::Politics, _)) => self.politics += 1,
                Some((Topic::Title, _)) => self.titles += 1,
                Some((Topic::Other, _)) => self.other += 1,
                Some((Topic::Home, _)) => {
                    self.other += 1;
                    self.home += 1;
                }
                Some((Topic::SportBody, _)) => {
                    self.other += 1;
                    self.sport_bodies += 1;
                }
                // (Bare or with و: `وأقول`, `ونحن`.)
                Some((Topic::FirstPerson, "" | "و")) if !quoted => self.first_person += 1,
                Some((Topic::Report, _)) => self.reports += 1,
                _ => {}
            }
        }
    }

    /// Notes a column's byline among the last paragraphs' `tokens` ([`byline`]).
    pub(crate) fn add_closing(&mut self, tokens: &[Token]) {
        self.byline |= byline(tokens);
    }

    /// True when the page is about sport, culture, business or everyday life, not politics
    /// (see the module doc).
    pub(crate) fn off_topic(&self) -> bool {
        let everyday =
            self.other >= MIN_OTHER && 2 * self.other > 3 * (self.politics + self.titles);
        // Nor on a page about a body of sport: its president, its elections and its
        // candidates are the sport's (`رئيس الاتحاد الآسيوي يدعم ترشح … لرئاسة الفيفا`).
        let sport_politics =
            self.sport_bodies >= 1 && self.other >= MIN_OTHER && 2 * self.other > 3 * self.politics;
        // Titles do not count: a governor opening a mall, a ministry's feast greeting.
        let local = self.home >= MIN_HOME_LOCAL
            && self.politics <= MAX_POLITICS_LOCAL
            && 2 * self.other > 3 * self.politics;
        // A long page that names no source, no speaker's saying and no day: a column.
        let unattributed = self.words >= MIN_UNATTRIBUTED_WORDS
            && self.reports * WORDS_PER_REPORT_WORD < self.words;
        let voice = self.first_person >= MIN_FIRST_PERSON
            || self.marks >= MIN_MARKS
            || self.byline
            || unattributed;
        // A long page that names no government, force, state or talks.
        let quiet = self.words >= MIN_QUIET_WORDS
            && (self.politics <= MAX_POLITICS_QUIET
                || self.politics * WORDS_PER_POLITICAL_CUE <= self.words);
        everyday || sport_politics || local || voice || quiet
    }
}

/// True when `norm` is an election and `next` names it municipal (`الانتخابات البلدية`; in
/// `انتخابات المجالس البلدية` the cue `بلديه` of [`CUES`] counts alone).
fn municipal_vote(norm: &str, next: Option<&Token>) -> bool {
    norm.ends_with("انتخابات")
        && next.is_some_and(|n| {
            n.kind == TokenKind::Word && matches!(n.norm.as_str(), "البلديه" | "بلديه")
        })
}

/// True when the paragraph `tokens` is a column's byline or the way to write to its writer: a
/// short line opening with `*` (`* أستاذ العلوم السياسية`, `* خدمة «نيويورك تايمز»`), an
/// e-mail address, an SMS code, `للتواصل مع الكاتب`, `مقالات أخرى للكاتب`. A news brief's
/// bullet (`* كابل - «الشرق الأوسط»: قتل ستة …`) is longer than a byline.
fn byline(tokens: &[Token]) -> bool {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    let words = tokens.iter().filter(|t| t.kind == TokenKind::Word).count();
    if tokens.first().is_some_and(|t| t.is_punct('*')) && words <= MAX_BYLINE_WORDS {
        return true;
    }
    (0..tokens.len()).any(|k| {
        let Some(t) = tokens.get(k) else {
            return false;
        };
        // "name@host.com": a word of Latin letters right after `@`, then a dot.
        (t.is_punct('@')
            && word(k + 1).is_some_and(|w| {
                w.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            })
            && tokens.get(k + 2).is_some_and(|t| t.is_punct('.')))
            || word(k).is_some_and(|w| {
                w.eq_ignore_ascii_case("sms")
                    // ("مقالات أخرى للكاتبالعنوان": the next title is glued on.)
                    || (w.starts_with("للكاتب") && k.checked_sub(1).and_then(word) == Some("اخري"))
                    || (w == "الكاتب" && k.checked_sub(1).and_then(word) == Some("مع")
                        && k.checked_sub(2).and_then(word) == Some("للتواصل"))
            })
    })
}

/// Paragraphs at the end of a page where a column's byline stands.
const CLOSING_PARAGRAPHS: usize = 2;

/// True when the page (headline `headline` and the body's tokens) is off topic (see the module
/// doc).
pub(crate) fn off_topic(headline: &[Token], body: &[Vec<Token>]) -> bool {
    let mut cues = Cues::default();
    cues.add(headline);
    for para in body {
        cues.add(para);
    }
    for para in body.iter().rev().take(CLOSING_PARAGRAPHS) {
        cues.add_closing(para);
    }
    cues.off_topic()
}

/// The home state of news sites whose local pages were measured (`data/news-sites.tsv`).
const NEWS_SITES: &str = include_str!("../../data/news-sites.tsv");

/// The state whose own pages the article's site publishes (ISO 3166-1 alpha-3), from its host
/// (`article.site`, else the host of `article.url`) in [`NEWS_SITES`]: a host matches a row when
/// it is the row or ends with `.` and the row (`okaz.com.sa` matches `sa`). `None` for a site not
/// listed or an article with no site: no page of it is a home page.
pub(crate) fn home_state(article: &Article) -> Option<&'static str> {
    let host = match article.site.as_deref() {
        Some(site) => site.to_ascii_lowercase(),
        None => rasd_text::url::site_of(article.url.as_deref()?)?,
    };
    let host = host.strip_prefix("www.").unwrap_or(&host);
    NEWS_SITES
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .find(|(site, _)| {
            host == *site
                || host
                    .strip_suffix(site)
                    .is_some_and(|head| head.ends_with('.'))
        })
        .map(|(_, state)| state.trim())
}

/// CAMEO codes and roots (a code starts with one) of words and cooperation (condolences,
/// appeals, intents, meetings, praise, cooperation, demands) that, between a state's own
/// bodies, are its daily business, not events: a governor receiving a board or consoling a
/// family, a ministry calling on shops, a council's session. A body's public statement (010:
/// a ministry announcing a seizure) stays, as the evaluation writers code it.
const HOME_CODES: &[&str] = &["018", "02", "03", "04", "05", "06", "10"];

/// True when the page (headline `headline`, the body's tokens `body`, its `entities`) is a home
/// page of the state `home` (its site's, [`home_state`]): it names that state and no other
/// party, so every actor of its acts is one of the state's own bodies or people. Another party is an entity of another
/// country, a gazetteer body of none (`الأمم المتحدة`, `مجلس التعاون`, `تنظيم الدولة`; not a
/// news agency or a firm), or a word of the page that names another country or its nationality
/// (`وزارة الداخلية الكويتية`) or an envoy (`السفير`).
///
/// A Saudi site's local pages (a governor's condolences and receptions, a municipal council's
/// session, a ministry's appeal to shops, an election committee's calls) name titles and
/// bodies enough to pass the topic cues; their statements, meetings and appeals are no CAMEO
/// events ([`drop_home_acts`]).
pub(crate) fn home_page(
    headline: &[Token],
    body: &[Vec<Token>],
    entities: &[Entity],
    home: &str,
) -> bool {
    let g = super::engine::gazetteer();
    let mut named = false;
    for e in entities {
        match e.country.as_deref() {
            Some(c) if c == home => named = true,
            Some(_) => return false,
            None => {
                // By its gazetteer id, or by its name (an entity given with its name as id).
                let other_body = g.by_id(&e.id).map_or_else(
                    || {
                        g.lookup(&normalize_phrase(&e.name))
                            .iter()
                            .any(|h| !h.adjective && other_party(h.entry, home))
                    },
                    |i| other_party(i, home),
                );
                if other_body {
                    return false;
                }
            }
        }
    }
    named
        && !std::iter::once(headline)
            .chain(body.iter().map(Vec::as_slice))
            .flatten()
            .any(|t| t.kind == TokenKind::Word && names_other_state(&t.norm, home))
}

/// Words (normal form) of another state's envoys: an ambassador or a consul on a home site's
/// page is a foreign one (`استقبل أمير المنطقة السفير الكوري لدى المملكة`; the kingdom's own
/// abroad is named with the state it is sent to).
const ENVOYS: &[&str] = &[
    "سفير",
    "السفير",
    "سفيره",
    "سفراء",
    "السفراء",
    "قنصل",
    "القنصل",
    "القنصليه",
    "السفاره",
];

/// True when the word `norm` (normal form, with or without a leading و/ف/ب/ل) names a country
/// other than the home state `home` or its nationality, or another party ([`other_party`]: a
/// gazetteer spelling that is no common word), or an envoy ([`ENVOYS`]).
fn names_other_state(norm: &str, home: &str) -> bool {
    let g = super::engine::gazetteer();
    let other = |w: &str| {
        ENVOYS.contains(&w)
            || g.lookup(w).iter().any(|h| {
                !h.ambiguous
                    && (other_party(h.entry, home)
                        || g.entry(h.entry).is_some_and(|e| {
                            e.class == Class::Country && e.country.as_deref() != Some(home)
                        }))
            })
    };
    other(norm)
        || ["و", "ف", "ب", "ل"].iter().any(|p| {
            norm.strip_prefix(p)
                .filter(|rest| rest.chars().count() >= 3)
                .is_some_and(other)
        })
}

/// True when the gazetteer entry `i` is a party other than the home state `home`'s own: an
/// international body, a government's institution or an armed or political group of another
/// state or of none (`الأمم المتحدة`, `مجلس التعاون`, `الحوثيين`; not a news agency or a firm).
fn other_party(i: u32, home: &str) -> bool {
    super::engine::gazetteer().entry(i).is_some_and(|en| {
        matches!(
            en.class,
            Class::Organization(OrgClass::International | OrgClass::Government | OrgClass::Group)
        ) && en.country.as_deref() != Some(home)
    })
}

/// Drops, on a home page ([`home_page`]), the events of [`HOME_CODES`]: its bodies' words,
/// meetings and appeals to each other. Statements, acts of force, arrests, condemnations and
/// verdicts stay (a ministry's announcement, a police arrest, a court's sentence, a condemnation
/// of an attack at home).
pub(crate) fn drop_home_acts(events: &mut Vec<Event>) {
    events.retain(|e| {
        // (A reception of a named guest stays: `استقبل أمير المنطقة رئيس الهيئة`.)
        (e.code == "043" && e.target.is_some()) || !HOME_CODES.iter().any(|c| e.code.starts_with(c))
    });
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
        for w in CUES.iter().map(|(w, _)| w).chain(REPORT_WORDS) {
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

    #[test]
    fn a_municipal_vote_is_a_local_page_and_a_national_vote_is_not() {
        assert!(page(
            "الأمين يترأس اجتماع لجنة الانتخابات البلدية",
            &[
                "ترأس أمين المنطقة اجتماع اللجنة المحلية للانتخابات البلدية، وناقش الاجتماع تجهيز المراكز وقيد الناخبين.",
                "ودعا رئيس اللجنة الشباب إلى المشاركة في الانتخابات البلدية وقيد أسمائهم في كشوف الناخبين، مؤكدا أن الانتخابات البلدية فرصة لتطوير الخدمات.",
            ],
        ));
        assert!(!page(
            "المعارضة تتهم الحكومة بتزوير الانتخابات التشريعية",
            &[
                "اتهمت أحزاب المعارضة الحكومة بتزوير الانتخابات التشريعية، وطالبت البرلمان بلجنة تحقيق، فيما قال وزير الداخلية إن الانتخابات جرت بشفافية.",
                "وكانت الحكومة قد أجلت الانتخابات البلدية إلى العام المقبل بسبب الأوضاع الأمنية.",
            ],
        ));
    }

    #[test]
    fn a_local_ceremony_is_off_topic_however_many_titles_it_names() {
        // Titles and bodies (أمير، رئيس، مجلس، وزارة) with a feast's ceremony and a school year:
        // no act of state.
        assert!(page(
            "أمير المنطقة يرعى حفل معايدة منسوبي الإمارة",
            &[
                "رعى الأمير خالد أمير المنطقة حفل المعايدة الذي أقامه مجلس المنطقة لمنسوبي الإمارة، بحضور رئيس البلدية ومدير التعليم.",
                "وزار الأمير بعد الحفل مدرسة جديدة، ودعا الوزارة إلى تجهيزها قبل بدء العام الدراسي.",
            ],
        ));
        // A state visit with a gift of a shield stays political: talks between two countries.
        assert!(!page(
            "الملك يستقبل رئيس جمهورية غانا",
            &[
                "استقبل الملك فخامة رئيس جمهورية غانا، وعقد الجانبان جلسة مباحثات رسمية تناولت العلاقات بين البلدين وتطورات الأوضاع في المنطقة.",
                "وحضر الاستقبال وزير الخارجية وسفير غانا، وقدم الملك لضيفه درعا تذكاريا بمناسبة الزيارة.",
            ],
        ));
        // A wire paragraph that names one service word is no local page.
        assert!(!page(
            "",
            &["قصفت طائرات مسيرة تابعة لجماعة مسلحة محطة قطار في مدينة ساحلية، بحسب مسؤولين محليين."]
        ));
    }

    #[test]
    fn a_long_page_that_names_no_state_act_is_quiet() {
        // A customs seizure told at length: titles, a port, a cargo; no government, force or
        // state.
        let customs = [
            "أعلن مدير عام المنفذ البري أن موظفي المنفذ ضبطوا شاحنة محملة بأكثر من عشرين ألف علبة من السجائر المهربة، كانت مخبأة بين صناديق الخضار والفواكه المستوردة.",
            "وأوضح المدير أن الفرق المختصة اشتبهت في الشاحنة عند وصولها، فأحالتها إلى الفحص بالأشعة، حيث تبين وجود تجاويف في أرضيتها، وجرى تفريغ الحمولة بالكامل وإحالة السائق إلى الجهة المختصة لاستكمال الإجراءات النظامية.",
            "وأشار إلى أن هذه الضبطية تأتي امتدادا لجهود المنفذ خلال الأشهر الماضية، داعيا التجار إلى التقيد بالأنظمة والتعليمات، ومؤكدا أن العمل مستمر على مدار الساعة في جميع الصالات والمسارات.",
        ];
        assert!(page("ضبط شاحنة سجائر مهربة في المنفذ", &customs));
        // The same length with a government and its forces named is political.
        let raid = [
            "أعلنت الحكومة أن قوات الأمن ضبطت شاحنة محملة بأسلحة وذخائر مهربة عند المنفذ الحدودي، كانت مخبأة بين صناديق الخضار والفواكه المستوردة.",
            "وأوضح المتحدث أن الفرق المختصة اشتبهت في الشاحنة عند وصولها، فأحالتها إلى الفحص بالأشعة، حيث تبين وجود تجاويف في أرضيتها، وجرى تفريغ الحمولة بالكامل وإحالة السائق إلى الجهة المختصة لاستكمال الإجراءات النظامية.",
            "وأشار إلى أن هذه الضبطية تأتي امتدادا لجهود المنفذ خلال الأشهر الماضية، داعيا التجار إلى التقيد بالأنظمة والتعليمات، ومؤكدا أن العمل مستمر على مدار الساعة في جميع الصالات والمسارات.",
        ];
        assert!(!page("ضبط شحنة أسلحة على الحدود", &raid));
        // A long market review with two political words in 300 is quiet; with one in every
        // thirty words it is not.
        let review = "وارتفعت أسعار الذهب في التعاملات الصباحية مع تراجع الدولار، فيما حافظت أسعار الفضة على مستوياتها السابقة وسط توقعات المحللين بتحسن الطلب على المعادن خلال الربع الأخير من العام.";
        let mention = "وقال محلل إن قرار الحكومة رفع الرسوم وتوترات الحرب في المنطقة لم يؤثرا كثيرا على الأسعار.";
        let mut long = vec![review; 9];
        long.push(mention);
        assert!(page("الذهب يرتفع مع تراجع الدولار", &long));
        let mut dense = vec![review; 9];
        dense.extend([mention; 4]);
        assert!(!page("الذهب يرتفع مع تراجع الدولار", &dense));
        // A wire paragraph with no political cue word at all is short: never quiet.
        assert!(!page(
            "",
            &["زار سامي ناصر مالي أمس، والتقى في باماكو عددا من المسؤولين لبحث سبل التعاون في مجالات النقل والطاقة."]
        ));
    }

    #[test]
    fn a_long_page_that_names_no_source_and_no_day_is_a_column() {
        // An essay on a region's wars: states, forces and talks in every line, but no speaker,
        // no source and no day of the news.
        let essay = [
            "لم تعد الحرب في الإقليم شأنا داخليا لدولة واحدة، فكل تحالف يعقد بين الحكومات يعيد رسم خرائط النفوذ التي استقرت عقودا، وكل غارة تشنها القوات على مدينة محاصرة تترك في ذاكرة أهلها جرحا لا تداويه المفاوضات اللاحقة.",
            "وحين تتحدث العواصم الكبرى عن الحل السياسي فإنها تقصد في الغالب ترتيبا يحفظ مصالحها قبل مصالح الشعوب، ولذلك تطول جولات التفاوض وتتبدل الوفود بينما يبقى السلاح في أيدي الميليشيات وتبقى الحدود مفتوحة أمام المقاتلين.",
            "إن التجربة القريبة تعلم أن العقوبات وحدها لا تغير سلوك نظام يرى في البقاء غاية كل شيء، وأن الدبلوماسية التي لا تسندها قوة على الأرض تتحول إلى بيانات تضامن يقرؤها الناس ثم ينسونها في المساء.",
        ];
        let mut long: Vec<&str> = Vec::new();
        for _ in 0..4 {
            long.extend(essay);
        }
        assert!(page("الإقليم بين الحرب والتفاوض", &long));
        // The same page with its sources and days named is a report.
        let report = "وقال مسؤول في الخارجية أمس إن الوفد سيعود إلى العاصمة، بحسب مصادر مطلعة.";
        let mut told = long.clone();
        told.extend([report; 2]);
        assert!(!page("الإقليم بين الحرب والتفاوض", &told));
        // A short wire brief may tell its facts without a source: below the floor.
        assert!(!page("", &essay));
    }

    #[test]
    fn questions_and_exclamations_in_the_writers_own_words_make_an_essay() {
        assert!(page(
            "هل انتهى زمن الوساطات؟",
            &["لم تعد الوساطات تجدي في هذا الملف، فالحكومة تهاجم خصومها كل يوم. أليس هذا ما حذر منه الجميع منذ سنوات!"],
        ));
        // The same marks inside a speaker's quotation are his: a report.
        assert!(!page(
            "الوزير ينتقد الوساطات",
            &["قال الوزير في مؤتمر صحافي: «هل انتهى زمن الوساطات؟ أليس هذا ما حذرنا منه!»، واتهم الحكومة المجاورة بعرقلة الحل."],
        ));
        // One question in the headline alone is not enough.
        assert!(!page(
            "ماذا بعد القمة؟",
            &["اتفق الرئيسان على تشكيل لجنة مشتركة للحدود، ووقعا مذكرة للتعاون الأمني."],
        ));
    }

    #[test]
    fn a_columns_byline_makes_it_the_writers_voice() {
        let body = [
            "تتحدث الحكومة عن إصلاحات كبيرة، لكن المعارضة ترى أنها مجرد وعود.",
            "وقد التقى الوزير بممثلي الأحزاب دون أن يتغير شيء.",
        ];
        let with = |last: &str| {
            let mut b: Vec<&str> = body.to_vec();
            b.push(last);
            page("الإصلاح المؤجل", &b)
        };
        assert!(with("* أستاذ العلوم السياسية في جامعة الخرطوم"));
        assert!(with("للتواصل مع الكاتب: name.writer@example.com"));
        assert!(with("مقالات أخرى للكاتبحديث الإصلاحاتوعود قديمة"));
        // A news brief's bullet is longer than a byline; a plain last paragraph is no byline.
        assert!(!with("* الخرطوم - وكالات: أعلنت الحكومة أمس تشكيل لجنة للتحقيق في أحداث الأسبوع الماضي في ولاية الجزيرة."));
        assert!(!with("وتتواصل المشاورات بين الطرفين الأسبوع المقبل."));
    }

    #[test]
    fn a_page_about_a_body_of_sport_is_off_topic_despite_its_titles() {
        // Titles, a race for a president and a candidate, all the sport's own.
        assert!(page(
            "رئيس اتحاد إقليمي يدعم مرشحا لرئاسة الفيفا",
            &[
                "أعلن رئيس الاتحاد الإقليمي لكرة القدم دعمه ترشح رئيس الاتحاد الأوروبي لرئاسة الفيفا في انتخابات فبراير.",
                "وقال رئيس الاتحاد إن اللاعبين والمدربين والأندية في المنطقة يريدون رئيسا يعيد الثقة إلى اللعبة بعد أزمة الفيفا.",
                "وأضاف أن المنتخبات الصغيرة تحتاج إلى دعم في البطولات القارية، وأن الملاعب في بلاده جاهزة لاستضافة مباريات الدوري.",
            ],
        ));
        // A war page that names the body once stays political.
        assert!(!page(
            "قصف على مدينة حدودية",
            &[
                "قصفت قوات الجيش مواقع المسلحين شمال المدينة، وقال وزير الدفاع إن الحكومة لن تتفاوض مع التنظيم.",
                "وأدانت الحكومة الهجوم على الملعب الذي كان الفيفا قد موّل ترميمه، وقالت إن الغارات ستستمر.",
            ],
        ));
    }

    #[test]
    fn a_home_pages_meetings_and_appeals_are_no_events_but_its_arrests_and_foreign_guests_are() {
        let analyzer = crate::Analyzer::embedded();
        let on_site = |site: Option<&str>, headline: &str, body: &[&str]| -> Vec<String> {
            let article = rasd_model::Article {
                site: site.map(str::to_owned),
                headline: headline.into(),
                body: body.iter().map(|p| (*p).to_owned()).collect(),
                ..rasd_model::Article::default()
            };
            let a = analyzer.analyze(&article);
            a.events.into_iter().map(|e| e.code).collect()
        };
        let codes = |headline: &str, body: &[&str]| on_site(Some("alriyadh.com"), headline, body);
        let root = |codes: &[String], r: &str| codes.iter().any(|c| c.starts_with(r));
        let arrest = "واعتقلت الشرطة السعودية ثلاثة مطلوبين في الرياض أمس.";
        // Only the kingdom's own bodies: the ministry's appeal goes; the police's arrest and
        // the governor's reception of a named guest stay.
        let home = codes(
            "أمير الرياض يستقبل مدير الدفاع المدني",
            &[
                "استقبل أمير منطقة الرياض الأمير سعد بن خالد في مكتبه أمس اللواء ماجد العنزي مدير الدفاع المدني بالمنطقة.",
                "ودعت وزارة الصحة السعودية المواطنين إلى مراجعة المراكز الصحية في الرياض.",
                arrest,
            ],
        );
        assert!(!root(&home, "02"), "{home:?}");
        assert!(root(&home, "04") && root(&home, "17"), "{home:?}");
        // A foreign party (a state, its nationality, an envoy, a foreign group) makes it no home
        // page.
        for guest in [
            "ودعت وزارة الصحة الأردنية المواطنين إلى مراجعة المراكز الصحية في الرياض.",
            "ودعا السفير المعتمد لدى المملكة المواطنين إلى مراجعة المراكز الصحية في الرياض.",
            "ودعا الحوثيون المواطنين إلى مراجعة المراكز الصحية في الرياض.",
        ] {
            let appeal = codes("دعوة إلى المراكز الصحية", &[guest, arrest]);
            assert!(root(&appeal, "02"), "{guest}: {appeal:?}");
        }
        // A page of a site with no listed home state (or with no site) is no home page: its
        // own bodies' appeal stays.
        let appeal = "ودعت وزارة الصحة السعودية المواطنين إلى مراجعة المراكز الصحية في الرياض.";
        for site in [None, Some("example.org")] {
            let elsewhere = on_site(site, "دعوة إلى المراكز الصحية", &[appeal, arrest]);
            assert!(root(&elsewhere, "02"), "{site:?}: {elsewhere:?}");
        }
    }

    #[test]
    fn a_sites_home_state_comes_from_its_host_or_its_url() {
        let state = |site: Option<&str>, url: Option<&str>| {
            home_state(&rasd_model::Article {
                site: site.map(str::to_owned),
                url: url.map(str::to_owned),
                ..rasd_model::Article::default()
            })
        };
        assert_eq!(state(Some("alriyadh.com"), None), Some("SAU"));
        // A country-code domain and its subdomains; `www.` and the scheme are left out.
        assert_eq!(state(Some("www.okaz.com.sa"), None), Some("SAU"));
        assert_eq!(
            state(None, Some("https://www.sabq.org/news/1?x=2")),
            Some("SAU")
        );
        assert_eq!(
            state(None, Some("http://news.spa.gov.sa:8080/a")),
            Some("SAU")
        );
        // Not a suffix at a dot, a site not listed, no site at all.
        assert_eq!(state(Some("visa"), None), None);
        assert_eq!(state(Some("notsabq.org"), None), None);
        assert_eq!(state(Some("aljazeera.net"), None), None);
        assert_eq!(state(None, None), None);
    }
}
