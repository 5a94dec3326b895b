//! Quotes: who said what.
//!
//! [`find_quotes`] finds attributed quotes in an article's body, given its entities:
//!
//! - **Direct quotes** in `« »`, `“ ”` or `" "`, including quotes that span sentences, when an
//!   attribution names a speaker: a speech verb before them (`قال الوزير: «…»`,
//!   `أكد عطا الله أن ذلك "…"`), or right after them (`«…»، قال الوزير`), or a name and a colon
//!   (`الوزير عطا الله: «…»`).
//! - **Reported speech** after a speech verb and `أن`/`إن`/`بأن` (`قال`، `أكد`، `أوضح`، `صرّح`،
//!   `أضاف`، `أشار إلى`، `لفت`، `شدد`، `اعتبر`، `رأى`، `أفاد`، `نقل عن`، `أعلن` and their
//!   feminine, plural, present, و/ف-prefixed and participle forms `مؤكدًا`، `مشيرًا`), clauses
//!   credited with `بحسب`، `حسب`، `وفق`، `وفقًا لـ`، `نقلًا عن`، `بحسب ما أفادت` (at the head of the
//!   sentence: the clause after the source; elsewhere: the clause before it), and the clause
//!   before `كما قال` / `حسبما قال`. The quote runs to the end of the sentence or the next
//!   attribution (`، مضيفًا أن …` or `وأضاف الوزير أن …` starts a new one; a speech verb inside
//!   the reported words, `أن التقرير كشف أخطاء`, does not). Marks that open the reported clause are
//!   the quote when the clause ends with them; when words go on after the closing mark
//!   (`إنها «تتابع بقلق» تقارير …`) and no other marks open later in the sentence, the whole
//!   clause is. A speech verb under `إذا`/`لو` is
//!   no attribution. A span is quoted once (`أوضح في بيان أن …`: the noun repeats the verb).
//!   After a closing mark, words pointing back may precede the verb (`«…»، بهذه الكلمات خاطب`).
//!
//! The speaker is the entity the attribution names: a person in the words after the verb (a title
//! may come first: `قال وزير الخارجية الفرنسي جان بارو`), else an organization or place right
//! after it; a pronoun or an implicit subject (`صرّح بأنه`، `من جانبه، أفاد`، `أكد مجددًا`،
//! `مؤكدًا`) is the last person or organization that was a subject; a circumstantial
//! participle (`، معتبرًا أن`) speaks for the subject of the sentence's verb. `وزاد` right before
//! a colon or marks (`وزاد: «…»`) goes on with the last speaker's words as `وأضاف` does. A definite person
//! description (`وأضاف المسؤول`، `وأشار المبعوث`، `وقالت الوزيرة`، `المسؤول العراقي`) is the last
//! person when it fits them: the title is one they were named with (`المبعوث الأمريكي توماس
//! رايت`) or generic (`المسؤول`), and a place in it is of their country; else the place it
//! names (`الرئيس الفرنسي`، `الناطقة باسم الخارجية الروسية` → the country); else nobody
//! (`المبعوث الأممي` after a Libyan minister; `والي الخرطوم` after a minister is Sudan).
//! `المتحدث باسم الحركة` is the organization whose name holds the word after باسم; an
//! organization description (`حسب المعهد الموريتاني`) the last organization whose name holds
//! the word. An indefinite description (`قال مسؤول عراقي`، `مسؤول في الوزارة`) and a nameless
//! source (`وفق مصادر`, also before the verb with its description: `غير أن مصدرا قريبا من
//! الوساطة قال إن`) give `speaker: null` with their words in `speaker_text`; an unnamed
//! spokesman of a state body with a nationality (`متحدث باسم وزارة الدفاع الكينية`) speaks for
//! the state. A title in construct with one noun (`رئيس الولاية`، `محافظ البنك`) speaks for the
//! body named before whose name opens with that noun, else for the state a phrase opening with
//! it was given (`البنك المركزي اليوناني`); so does a bare body noun (`وأضافت الوزارة` after
//! `وزارة الدفاع النيجرية`, `قال الجيش` after `الجيش المالي`) before any other body of the paragraph. In a title
//! before a name the person wins over the nationality (`حسب وزير الإعلام السوري رامي حداد`); an
//! organization after a head noun in construct (`نفت قيادة الجيش الليبي`) speaks. With `نقل عن`
//! the speaker is the one after `عن`. A spokesman's title (`وأكد المتحدث باسم قوات الحماية`) is
//! the one person named before as that body's spokesman, else the body; a description that
//! repeats a phrase given before with a state's nationality (`النائب العام` after `النائب العام
//! السوداني`) is that state when no person bears the title.
//! A title in construct with a body that closes with a state's nationality (`رئيس مجلس النواب
//! اللبناني`) is that state's, like `رئيس البرلمان اللبناني`. A quote still without a speaker
//! whose attribution names one of a state's own bodies or offices (`قوات الدفاع الوطني
//! الإثيوبية`، `بحسب بيان لخلية الإعلام الأمني`، `وفق ما أفادت به الشرطة`، `وزير الإعلام`) speaks
//! for that state: the nationality closing the body's phrase (also one the state's spellings
//! lack, which the gazetteer knows; a nationality of a state no entity names leaves the quote
//! nobody's), else for a head alone
//! (`وأوضحت القيادة`) an organization or nationality named before with it, else the dateline's
//! state (`بغداد - …`), else the one state the paragraph names before; not a nameless source, an
//! indefinite office (`وزير سابق`), local authorities or a body of several states.
//!
//! `speaker_text` is the words that name the speaker ([`rasd_model::Quote::speaker_text`]): the
//! attribution's own when they name someone; for an implicit speaker (`صرّح`، `مضيفًا`، `من
//! جانبه`، `سموه`) resolved from earlier text, the entity's last mention before the quote; none
//! when an implicit speaker stays unknown.
//!
//! Not quotes: a short phrase in quotation marks that no attribution names (a scare quote such
//! as `"الحصرية الروسية"`, a name, a title), marks inside reported speech, marks behind the
//! preposition ب (`اتهمتها بـ«…»`, `أقرت بـ«…»`: a charge or a thing admitted) or after the object
//! of a verb of considering (`اعتبرت الخطوة «…»`, `فاعتبره «…»`), what follows the بأن of a
//! verb or participle of describing, also inside a speech verb's attribution (`ووصفته بأنه «…»`،
//! `وردّ الوزير واصفا التقرير بأنه «…»`: it characterizes), and what a denial
//! denies (`نفت الوزارة أن تكون قواتها …`, `نفت «أي صلة لها بالهجوم»`: the act denied is an
//! event, negated). A quoted span of
//! eight words or more with no attribution is kept with `speaker: null` when it stands as a
//! sentence or after a colon or complementizer; right after another word (`ناقش المجتمعون
//! مقترح «…»`، `أكد رفض بلاده «…»`) it names a thing in the writer's sentence and is no quote.
//!
//! ```
//! use rasd_model::{Article, Entity, EntityType, Mention};
//! let text = "وقال الوزير سامي ناصر إن المحادثات كانت مثمرة.";
//! let article = Article { body: vec![text.into()], ..Article::default() };
//! let start = text.chars().position(|c| c == 'س').unwrap();
//! let minister = Entity {
//!     id: "p1".into(), name: "سامي ناصر".into(), kind: EntityType::Person, aliases: vec![],
//!     country: None, coordinates: None,
//!     mentions: vec![Mention {
//!         text: "سامي ناصر".into(), part: Default::default(), paragraph: 0, start, end: start + 9,
//!     }],
//! };
//! let quotes = rasd_analyze::quotes::find_quotes(&article, &[minister]);
//! assert_eq!(quotes[0].speaker.as_deref(), Some("p1"));
//! assert_eq!(quotes[0].text, "المحادثات كانت مثمرة");
//! ```

use rasd_model::{Article, Entity, Quote};

use crate::events::text::{Token, TokenKind};

/// Finds the attributed quotes of `article`, with speakers among `entities`.
///
/// Quotes come in document order within each paragraph's attributions; a paragraph's quotes
/// whose attribution follows them come after the others of that paragraph.
pub fn find_quotes(article: &Article, entities: &[Entity]) -> Vec<Quote> {
    crate::events::engine::run(article, entities).0
}

/// A span between quotation marks in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct QuoteSpan {
    /// Char offset of the opening mark.
    pub(crate) open: usize,
    /// Char offset of the closing mark (or of the paragraph's end when never closed).
    pub(crate) close: usize,
    /// Token index of the opening mark.
    pub(crate) open_tok: usize,
    /// Token index of the closing mark (or the token count when never closed).
    pub(crate) close_tok: usize,
    /// The text between the marks, trimmed.
    pub(crate) text: String,
    /// Number of words between the marks.
    pub(crate) words: usize,
}

/// Which way a straight mark `"` faces, from the chars on either side of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// Glued to the word after it, not to the one before: `قال: "نحن`.
    Open,
    /// Glued to the word or stop before it, not to the word after: `هنا".`.
    Close,
    /// Spaces (or words) on both sides: no telling.
    Either,
}

/// The side a straight mark at char `at` faces. Writers glue an opening mark to the quote's
/// first word and a closing mark to its last word or stop, so a mark whose other side is a
/// space, a stop or the paragraph's edge says which it is.
fn straight_side(chars: &[char], at: usize) -> Side {
    let glued = |c: Option<&char>| c.is_some_and(|&c| !c.is_whitespace() && c != '"');
    let word = |c: Option<&char>| c.is_some_and(|&c| rasd_text::chars::is_alphanumeric(c));
    let before = at.checked_sub(1).and_then(|b| chars.get(b));
    let after = chars.get(at + 1);
    // (A colon or an opening bracket before the mark is no word of the quote: `قال:"نحن`; nor
    // is a one-letter proclitic or a tatweel glued to it: `و"النصرة"`, `لـ"الشركة"`.)
    let proclitic = before.is_some_and(|&c| matches!(c, 'و' | 'ب' | 'ل' | 'ف' | 'ك'))
        && at
            .checked_sub(2)
            .and_then(|b| chars.get(b))
            .is_none_or(|c| c.is_whitespace());
    let before_word =
        glued(before) && !proclitic && !before.is_some_and(|&c| matches!(c, ':' | '(' | '[' | 'ـ'));
    match (before_word, word(after)) {
        (false, true) => Side::Open,
        (true, false) => Side::Close,
        _ => Side::Either,
    }
}

/// Finds the spans between quotation marks: `« »` and `“ ”` pair by nesting; a straight `"`
/// opens when glued to the word after it, closes when glued to the word or stop before it, and
/// else closes the last open one or opens (so `"أ "ب" ج"` nests, and a stray closing mark whose
/// opening mark was lost, `الجدارة". وأضاف: "…"`, does not turn the narration after it into a
/// quote). A `«` or `“` left open after a colon runs to the paragraph's end; other unpaired marks
/// are ignored.
pub(crate) fn quote_spans(chars: &[char], tokens: &[Token]) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let mut open_guillemet: Vec<usize> = Vec::new();
    let mut open_curly: Vec<usize> = Vec::new();
    let mut open_straight: Vec<usize> = Vec::new();
    let make = |a: usize, b: usize, close_char: usize| -> Option<QuoteSpan> {
        let open = tokens.get(a)?.start;
        let inner = tokens.get(a + 1..b).unwrap_or_default();
        let words = inner.iter().filter(|t| t.kind == TokenKind::Word).count();
        if words == 0 {
            return None;
        }
        let first = inner.first()?.start;
        let last = inner.last()?.end;
        let text = crate::events::text::slice(chars, first, last)
            .trim()
            .to_string();
        Some(QuoteSpan {
            open,
            close: close_char,
            open_tok: a,
            close_tok: b,
            text,
            words,
        })
    };
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Punct {
            continue;
        }
        match t.norm.as_str() {
            "«" => open_guillemet.push(i),
            "“" => open_curly.push(i),
            "»" => {
                if let Some(a) = open_guillemet.pop() {
                    out.extend(make(a, i, t.start));
                }
            }
            "”" => {
                if let Some(a) = open_curly.pop() {
                    out.extend(make(a, i, t.start));
                }
            }
            "\"" => match (straight_side(chars, t.start), open_straight.last().copied()) {
                // A mark glued to the word after it opens, even inside another quote.
                (Side::Open, _) => open_straight.push(i),
                (Side::Close | Side::Either, Some(a)) => {
                    open_straight.pop();
                    out.extend(make(a, i, t.start));
                }
                // A closing mark with nothing open is a stray (its opening mark was lost).
                (Side::Close, None) => {}
                (Side::Either, None) => open_straight.push(i),
            },
            _ => {}
        }
    }
    // An opening mark after a colon with no closing mark: the quote runs to the paragraph's end.
    for a in open_guillemet.into_iter().chain(open_curly) {
        let after_colon = a
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|t| t.is_punct(':'));
        if after_colon {
            out.extend(make(a, tokens.len(), chars.len()));
        }
    }
    out.sort_by_key(|q| q.open_tok);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::text::tokenize;

    fn spans(s: &str) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        quote_spans(&chars, &tokenize(&chars))
            .into_iter()
            .map(|q| q.text)
            .collect()
    }

    #[test]
    fn pairs_guillemets_curly_and_straight_marks() {
        assert_eq!(
            spans("قال: «نحن هنا» ثم “هم هناك” و\"أنتم\"."),
            ["نحن هنا", "هم هناك", "أنتم"]
        );
    }

    #[test]
    fn spans_sentences_inside_marks() {
        assert_eq!(
            spans("قال: «انتهى الأمر. سنعود غدا.» ثم خرج."),
            ["انتهى الأمر. سنعود غدا."]
        );
    }

    #[test]
    fn straight_marks_pair_by_the_side_they_face() {
        // A stray closing mark (its opening one lost) does not pair with the next opening one.
        assert_eq!(
            spans("وشدد على أن الفريق جاهز\". وأضاف: \"بدأنا الإعداد مبكرا\"."),
            ["بدأنا الإعداد مبكرا"]
        );
        // A marked name inside a straight-marked quote nests.
        assert_eq!(
            spans("وقال: \"نعمل مع شركة \"النور للتطوير\" منذ سنوات\"."),
            ["نعمل مع شركة \"النور للتطوير\" منذ سنوات", "النور للتطوير"]
        );
        // A proclitic glued to an opening mark leaves it opening.
        assert_eq!(
            spans("وقال: \"نقف بوجه \"الجماعة\" وبـ\"الحلفاء\" معا\"."),
            [
                "نقف بوجه \"الجماعة\" وبـ\"الحلفاء\" معا",
                "الجماعة",
                "الحلفاء"
            ]
        );
        assert_eq!(spans("ضد \"داعش\" و\"النصرة\" معا"), ["داعش", "النصرة"]);
        // Marks with spaces on both sides pair in order.
        assert_eq!(spans("صحيفة \" الغد \" كتبت"), ["الغد"]);
    }

    #[test]
    fn unclosed_mark_after_colon_runs_to_the_end() {
        assert_eq!(spans("وقال: «سنبقى هنا"), ["سنبقى هنا"]);
        assert!(spans("هذا «خطأ مطبعي").is_empty());
    }

    // ---- session 10: quotes on new text (speakers named by a description) ----

    use crate::events::engine::tests::run_on;
    use rasd_model::EntityType::{Location as L, Organization as O, Person as P};

    type Ent<'a> = (
        &'a str,
        rasd_model::EntityType,
        Option<&'a str>,
        &'a [&'a str],
    );

    const GREECE: Ent<'static> = (
        "اليونان",
        L,
        Some("GRC"),
        &["اليوناني", "اليونانية", "أثينا"],
    );
    const TURKEY: Ent<'static> = ("تركيا", L, Some("TUR"), &["التركي", "التركية", "أنقرة"]);

    /// The speakers of the quotes holding `phrase`.
    fn speakers(text: &str, ents: &[Ent<'_>], phrase: &str) -> Vec<Option<String>> {
        let (quotes, _) = run_on(text, ents);
        let found: Vec<_> = quotes
            .iter()
            .filter(|q| q.text.contains(phrase))
            .map(|q| q.speaker.clone())
            .collect();
        if found.is_empty() {
            eprintln!("{quotes:#?}\nhelp: no quote holds {phrase:?}; see src/events/engine.rs");
        }
        found
    }

    #[test]
    fn an_unnamed_office_with_a_nationality_speaks_for_its_country() {
        let text = "رفضت اليونان عرضا تركيا جديدا، وقال مكتب رئيس الوزراء اليوناني إن العرض «لا يلبي مطالب أثينا».";
        assert_eq!(
            speakers(text, &[GREECE, TURKEY], "لا يلبي"),
            [Some("اليونان".to_string())]
        );
    }

    #[test]
    fn a_counterpart_with_a_nationality_who_speaks_is_that_country() {
        let text = "وصل وزير الخارجية اليوناني إلى أنقرة، وقال نظيره التركي في مؤتمر صحفي إن «الحوار هو الطريق الوحيد».";
        assert_eq!(
            speakers(text, &[GREECE, TURKEY], "الحوار هو"),
            [Some("تركيا".to_string())]
        );
    }

    #[test]
    fn the_head_of_a_body_named_by_its_short_form_speaks_for_the_body() {
        let fao: Ent<'static> = ("منظمة الأغذية والزراعة", O, None, &["منظمة الأغذية"]);
        let text = "وقعت تونس ومنظمة الأغذية والزراعة اتفاقا لدعم صغار المزارعين، حسبما أعلن مدير المنظمة عقب لقائه وزير الفلاحة التونسي.";
        let tunisia: Ent<'static> = ("تونس", L, Some("TUN"), &["التونسي"]);
        assert_eq!(
            speakers(text, &[tunisia, fao], "اتفاقا لدعم"),
            [Some("منظمة الأغذية والزراعة".to_string())]
        );
        let text = "أعلنت منظمة الأغذية والزراعة خطة لمكافحة الجراد، وقال المدير الإقليمي في المنظمة إن «الأسابيع المقبلة حاسمة».";
        assert_eq!(
            speakers(text, &[fao], "الأسابيع المقبلة"),
            [Some("منظمة الأغذية والزراعة".to_string())]
        );
    }

    #[test]
    fn a_statement_of_a_body_s_command_is_the_body_s_words() {
        let army: Ent<'static> = ("الجيش اليوناني", O, Some("GRC"), &[]);
        let text = "اعتقل الجيش اليوناني خمسة مهربين قرب الحدود الشمالية، وفق بيان لقيادة الجيش.";
        assert_eq!(
            speakers(text, &[army], "خمسة مهربين"),
            [Some("الجيش اليوناني".to_string())]
        );
    }

    #[test]
    fn words_said_in_a_statement_a_body_issued_are_the_body_s() {
        let council: Ent<'static> = ("مجلس الشيوخ", O, None, &[]);
        let text =
            "أصدر مجلس الشيوخ بيانا بشأن قانون الانتخابات، أكد فيه أن «أي تعديل دون توافق باطل».";
        assert_eq!(
            speakers(text, &[council], "أي تعديل"),
            [Some("مجلس الشيوخ".to_string())]
        );
        // A dateline before the issuer is not them.
        let text = format!("أثينا - {text}");
        assert_eq!(
            speakers(&text, &[council, GREECE], "أي تعديل"),
            [Some("مجلس الشيوخ".to_string())]
        );
    }

    #[test]
    fn a_spokesman_on_its_behalf_speaks_for_the_body_and_marks_stay_in_the_words() {
        let group: Ent<'static> = ("حركة الشباب", O, None, &["الحركة"]);
        let text = "أعلنت حركة الشباب مسؤوليتها عن الهجوم على القاعدة، وقال المتحدث العسكري باسمها في بيان إن الهجوم جاء \"ردا على الغارات الأخيرة\"، بينما ذكرت الشرطة أن الوضع هادئ.";
        let (quotes, _) = run_on(text, &[group]);
        assert!(
            quotes
                .iter()
                .any(|q| q.speaker.as_deref() == Some("حركة الشباب")
                    && q.text.ends_with("ردا على الغارات الأخيرة\"")),
            "{quotes:#?}"
        );
    }

    #[test]
    fn scripture_after_god_s_epithet_is_no_quote() {
        let imam: Ent<'static> = ("سامي ناصر", P, None, &["ناصر"]);
        let text = "وفي خطبة الجمعة قال تعالى: «اعملوا الخير حيثما كنتم فإنه باق لكم»، وأكد الإمام سامي ناصر أن التعاون بين الجيران واجب على الجميع.";
        let (quotes, _) = run_on(text, &[imam]);
        assert!(
            !quotes.iter().any(|q| q.text.contains("اعملوا الخير")),
            "{quotes:#?}"
        );
        assert!(
            quotes
                .iter()
                .any(|q| q.speaker.as_deref() == Some("سامي ناصر")),
            "{quotes:#?}"
        );
        // A scholar blessed after his name is quoted.
        let scholar: Ent<'static> = ("ابن مالك", P, None, &[]);
        let text = "وقال الإمام ابن مالك رحمه الله تعالى: «الجار أحق بالعون من البعيد في كل وقت».";
        let (quotes, _) = run_on(text, &[scholar]);
        assert!(
            quotes.iter().any(|q| q.text.contains("الجار أحق")),
            "{quotes:#?}"
        );
    }

    #[test]
    fn the_medium_spoken_to_in_marks_after_the_verb_is_passed_over() {
        let official: Ent<'static> = ("سامي ناصر", P, None, &["ناصر"]);
        let paper: Ent<'static> = ("الشرق الأوسط", O, None, &[]);
        let text = "كشف لـ«الوطن» وكيل وزارة الصحة للصحة العامة رئيس مركز القيادة الدكتور سامي ناصر عن أن هناك ثماني حالات تحت العلاج.";
        assert_eq!(
            speakers(text, &[official, paper], "ثماني حالات"),
            [Some("سامي ناصر".to_string())]
        );
        // After a long title and the name, the marks are passed over as before.
        let text = "وأوضح المتحدث الرسمي بمديرية الدفاع المدني بمنطقة الجوف العقيد سامي ناصر لـ\"الوطن\"، أن فرق الإنقاذ أخرجت العالقين من البئر.";
        assert_eq!(
            speakers(text, &[official, paper], "فرق الإنقاذ"),
            [Some("سامي ناصر".to_string())]
        );
        // An unnamed source after the medium is nobody named.
        let text =
            "أعلن سامي ناصر موعد المباراة. وأكد لـ«الوطن» مصدر في الشركة المنظمة أن التذاكر نفدت.";
        assert_eq!(speakers(text, &[official, paper], "التذاكر نفدت"), [None]);
        let text =
            "أكد سامي ناصر أن الوضع مستقر. وقال لـ«الشرق الأوسط»، إن القرار نهائي ولا رجعة فيه.";
        assert_eq!(
            speakers(text, &[official, paper], "القرار نهائي"),
            [Some("سامي ناصر".to_string())]
        );
    }

    #[test]
    fn an_honorific_after_the_verb_is_the_last_person() {
        let prince: Ent<'static> = ("فيصل بن سالم", P, None, &[]);
        let text = "استقبل الأمير فيصل بن سالم وفد الغرفة التجارية في مكتبه.\nوأكد سموه أن المنطقة تشهد نموا كبيرا.";
        assert_eq!(
            speakers(text, &[prince], "تشهد نموا"),
            [Some("فيصل بن سالم".to_string())]
        );
    }

    #[test]
    fn words_carried_on_someones_behalf_are_the_carriers() {
        let governor: Ent<'static> = ("سعد بن ماجد", P, None, &[]);
        let president: Ent<'static> = ("كمال الراشد", P, None, &[]);
        // عن after نيابة or ممثلا names whom the words are carried for, not a source.
        let text = "قال الأمير سعد بن ماجد إن معرض الكتاب سيفتتح اليوم.\nونقل سموه التحية نيابة عن الرئيس كمال الراشد إلى المشاركين، وقال سموه: «المعرض نافذة على ثقافات العالم».";
        assert_eq!(
            speakers(text, &[governor, president], "نافذة على ثقافات"),
            [Some("سعد بن ماجد".to_string())]
        );
        let text = "قال الأمير سعد بن ماجد إن معرض الكتاب سيفتتح اليوم.\nونقل سموه التحية ممثلا عن الرئيس كمال الراشد إلى المشاركين، وقال سموه: «المعرض نافذة على ثقافات العالم».";
        assert_eq!(
            speakers(text, &[governor, president], "نافذة على ثقافات"),
            [Some("سعد بن ماجد".to_string())]
        );
        // A report from someone keeps him the speaker.
        let text = "قال الأمير سعد بن ماجد إن معرض الكتاب سيفتتح اليوم.\nونقل الموقع عن الرئيس كمال الراشد قوله: «المعرض نافذة على ثقافات العالم».";
        assert_eq!(
            speakers(text, &[governor, president], "نافذة على ثقافات"),
            [Some("كمال الراشد".to_string())]
        );
    }

    #[test]
    fn words_said_in_an_interview_are_the_one_who_gave_it() {
        let deputy: Ent<'static> = ("سامر الحلبي", P, None, &[]);
        let text = "انتقد ناشطون النائب سامر الحلبي بسبب لقاء تلفزيوني قال فيه إن الانتخابات مزورة.";
        assert_eq!(
            speakers(text, &[deputy], "الانتخابات مزورة"),
            [Some("سامر الحلبي".to_string())]
        );
    }

    #[test]
    fn a_name_after_the_verb_wins_over_on_his_part() {
        let energy: Ent<'static> = ("وزارة الطاقة", O, None, &["الوزارة"]);
        let minister: Ent<'static> = ("كريم الهاشمي", P, None, &["الهاشمي"]);
        let text = "أعلنت وزارة الطاقة رفع أسعار الوقود. ومن جهته قال كريم الهاشمي وزير الطاقة، إن الأسعار ستراجع كل شهر.";
        assert_eq!(
            speakers(text, &[energy, minister], "ستراجع كل شهر"),
            [Some("كريم الهاشمي".to_string())]
        );
    }

    #[test]
    fn a_title_and_place_given_to_a_person_before_names_them_later() {
        let mayor: Ent<'static> = ("سالم العتيبي", P, None, &["العتيبي"]);
        let text = [
            "أوضح أمين منطقة تبوك سالم العتيبي أن المشروع يبدأ الشهر المقبل.",
            "وقال الأمير إن الدعم مستمر.",
            "وأكد أمين منطقة تبوك أن العمل سينتهي قبل الصيف.",
        ];
        assert_eq!(
            speakers(&text.join("\n\n"), &[mayor], "قبل الصيف"),
            [Some("سالم العتيبي".to_string())]
        );
        // Not someone the title's words come before only later.
        let text = "وأكد أمين منطقة تبوك أن سالم العتيبي سيتولى المشروع.";
        assert_eq!(speakers(text, &[mayor], "سيتولى المشروع"), [None]);
        // An indefinite phrase is someone else: "an official", not the one named so before.
        let aide: Ent<'static> = ("كمال السيد", P, None, &[]);
        let text = "وقال مسؤول مصري كمال السيد إن الاتفاق قريب.\nفي المقابل، قال مسؤول مصري في بيان: «نرفض التهديدات».";
        assert_eq!(speakers(text, &[aide], "نرفض التهديدات"), [None]);
    }

    #[test]
    fn a_bare_title_borne_by_several_is_the_one_named_last() {
        let iran: Ent<'static> = ("محمد رضائي", P, Some("IRN"), &["رضائي"]);
        let bahrain: Ent<'static> = ("خالد الزياني", P, Some("BHR"), &["الزياني"]);
        let text = ["يزور وزير الخارجية الإيراني محمد رضائي الكويت غدا.", "وصرح وزير الداخلية البحريني خالد الزياني بأن التدخلات مرفوضة. وتابع الوزير أن «الأمن خط أحمر»."];
        assert_eq!(
            speakers(&text.join("\n"), &[iran, bahrain], "الأمن خط أحمر"),
            [Some("خالد الزياني".to_string())]
        );
    }

    #[test]
    fn a_place_behind_a_preposition_after_the_verb_is_not_its_speaker() {
        let usa: Ent<'static> = ("الولايات المتحدة", L, Some("USA"), &["واشنطن"]);
        let kenya: Ent<'static> = ("كينيا", L, Some("KEN"), &["الكيني"]);
        for text in [
            "وانتقد الرئيس الكيني القيود على السلاح. وأضاف الرئيس من واشنطن: «جنودنا يحتاجون إلى معدات أفضل».",
            "وانتقد الرئيس الكيني القيود على السلاح. وأعرب الرئيس من واشنطن: «جنودنا يحتاجون إلى معدات أفضل».",
        ] {
            assert!(
                !speakers(text, &[usa, kenya], "جنودنا يحتاجون")
                    .contains(&Some("الولايات المتحدة".to_string())),
                "{text}"
            );
        }
    }

    // ---- session 11: quotes on fresh text (state bodies and long titles) ----

    const CHAD: Ent<'static> = ("تشاد", L, Some("TCD"), &["التشادي", "التشادية", "نجامينا"]);
    const TUNISIA: Ent<'static> = ("تونس", L, Some("TUN"), &["التونسي", "التونسية", "تونسي"]);
    const IRAQ: Ent<'static> = ("العراق", L, Some("IRQ"), &["العراقي", "العراقية", "بغداد"]);

    const QATAR: Ent<'static> = ("قطر", L, Some("QAT"), &["القطري", "القطرية", "الدوحة"]);
    const SAMI: Ent<'static> = ("سامي ناصر", P, None, &["ناصر"]);
    const MOVE: Ent<'static> = ("حركة العدل", O, None, &["الحركة"]);

    #[test]
    fn a_long_title_closing_with_a_state_after_a_state_body_speaks_for_the_state() {
        let text = "أكد المتحدث الرسمي باسم حكومة تشاد المؤقتة أن الجيش لم يعبر الحدود.";
        assert_eq!(
            speakers(text, &[CHAD], "عبر الحدود"),
            [Some("تشاد".to_string())]
        );
        let text = "أعلن المكتب الإعلامي لقيادة عمليات البصرة العراقية أن القوات فككت عبوات ناسفة.";
        assert_eq!(
            speakers(text, &[IRAQ], "فككت عبوات"),
            [Some("العراق".to_string())]
        );
        // A state inside the name of something else, or past a relative pronoun, is not it.
        for (text, phrase) in [
            (
                "وبيّن الحساب الرسمي لبطولة الكأس القطرية أن التذاكر نفدت.",
                "التذاكر نفدت",
            ),
            (
                "وقال المدير العام لمنطقة آثار قطر الشمالية إن المشروع اكتمل.",
                "المشروع اكتمل",
            ),
            (
                "أكد المتحدث باسم التحالف الذي تقوده قطر أن الهدنة صامدة.",
                "الهدنة صامدة",
            ),
        ] {
            assert!(
                !speakers(text, &[QATAR], phrase).contains(&Some("قطر".to_string())),
                "{text}"
            );
        }
    }

    #[test]
    fn a_statement_with_a_state_s_nationality_is_the_state_s() {
        for text in [
            "وأوضح بيان رسمي تونسي أن الزيارة تناولت ملفات الطاقة.",
            "وقال بيان تونسي إن الزيارة تناولت ملفات الطاقة.",
        ] {
            assert_eq!(
                speakers(text, &[TUNISIA], "ملفات الطاقة"),
                [Some("تونس".to_string())],
                "{text}"
            );
        }
    }

    #[test]
    fn a_person_set_off_by_commas_after_an_opening_title_is_the_sentence_s_subject() {
        let text =
            "لكن المتحدث باسم الحركة، سامي ناصر، نفى ذلك، وقال إن مقاتليها ما زالوا في مواقعهم.";
        assert_eq!(
            speakers(text, &[MOVE, SAMI], "ما زالوا"),
            [Some("سامي ناصر".to_string())]
        );
        let text = "افتتح المتحدث باسم الحكومة القطرية، سامي ناصر، مؤتمره الصحفي قبل أن يعلن أن الحوار سيبدأ قريبا.";
        assert_eq!(
            speakers(text, &[QATAR, SAMI], "الحوار سيبدأ"),
            [Some("سامي ناصر".to_string())]
        );
        // A credit's title with the name after a comma credits the person.
        let text = "أعلنت قطر استعدادها لاستضافة الحوار، وفق ما صرح به المتحدث الرسمي باسم وزارة الخارجية القطرية، سامي ناصر.";
        assert_eq!(
            speakers(text, &[QATAR, SAMI], "استضافة الحوار"),
            [Some("سامي ناصر".to_string())]
        );
    }

    // ---- session 12: speakers named earlier on the page ----

    #[test]
    fn a_spokesman_of_a_body_named_before_is_that_person_not_the_body() {
        let forces: Ent<'static> = ("قوات الحماية", O, None, &[]);
        let text = "أعلن الناطق الرسمي باسم قوات الحماية العقيد سامي ناصر أن الدوريات زادت.\n\nوأكد المتحدث باسم قوات الحماية أن الطرق آمنة.";
        assert_eq!(
            speakers(text, &[forces, SAMI], "الطرق آمنة"),
            [Some("سامي ناصر".to_string())]
        );
        // With no spokesman named, the body speaks.
        let text = "وأكد المتحدث باسم قوات الحماية أن الطرق آمنة.";
        assert_eq!(
            speakers(text, &[forces, SAMI], "الطرق آمنة"),
            [Some("قوات الحماية".to_string())]
        );
    }

    #[test]
    fn a_phrase_repeated_from_one_given_with_a_nationality_speaks_for_the_state() {
        let text = "أحال النائب العام التونسي ملف الصفقة إلى القضاء. وقال النائب العام إن التحقيق سيشمل موظفين كبارا.";
        assert_eq!(
            speakers(text, &[TUNISIA], "التحقيق سيشمل"),
            [Some("تونس".to_string())]
        );
        let text = "فككت الوحدات الخاصة العراقية شبكة للتهريب. وأوضح الناطق باسم الوحدات الخاصة أن الشبكة تضم عشرة أشخاص.";
        assert_eq!(
            speakers(text, &[IRAQ], "الشبكة تضم"),
            [Some("العراق".to_string())]
        );
        // Not when the phrase was never given a nationality.
        let text = "أحال النائب العام ملف الصفقة إلى القضاء. وقال النائب العام إن التحقيق سيشمل موظفين كبارا.";
        assert_eq!(speakers(text, &[TUNISIA], "التحقيق سيشمل"), [None]);
    }

    #[test]
    fn a_name_in_apposition_closing_the_attribution_is_the_speaker() {
        let salma: Ent<'static> = ("سلمى ناصر", P, None, &["ناصر"]);
        let text = "ردت المحكمة الطعن. وقالت المحامية سلمى ناصر، عضو هيئة الدفاع، إن الحكم قاس.";
        assert_eq!(
            speakers(text, &[salma], "الحكم قاس"),
            [Some("سلمى ناصر".to_string())]
        );
        let text =
            "نفت الجمعية الخبر. من جانبه، قال مسؤول الإعلام في الجمعية، سامي ناصر، إن التبرعات زادت.";
        assert_eq!(
            speakers(text, &[SAMI], "التبرعات زادت"),
            [Some("سامي ناصر".to_string())]
        );
        // Not someone's source, relative or lawyer.
        for text in [
            "وقال مصدر مقرب من سامي ناصر إن التبرعات زادت.",
            "وقال محامي سامي ناصر إن التبرعات زادت.",
        ] {
            assert_eq!(speakers(text, &[SAMI], "التبرعات زادت"), [None], "{text}");
        }
    }

    #[test]
    fn speaker_text_names_a_speaker_resolved_from_earlier_words() {
        let text = "افتتح سامي ناصر المعرض صباح اليوم.\n\nوقال إن الزوار تجاوزوا الألف، مشيرا إلى أن المعرض يستمر أسبوعا.";
        let (quotes, _) = run_on(text, &[SAMI]);
        let said: Vec<_> = quotes
            .iter()
            .map(|q| (q.speaker.as_deref(), q.speaker_text.as_deref()))
            .collect();
        assert_eq!(
            said,
            [
                (Some("سامي ناصر"), Some("سامي ناصر")),
                (Some("سامي ناصر"), Some("سامي ناصر"))
            ],
            "{quotes:#?}"
        );
        // The words that name the speaker stay as they are; a verb that names nobody is dropped.
        let text = "وقال وزير الزراعة سامي ناصر إن المحصول وفير.";
        let (quotes, _) = run_on(text, &[SAMI]);
        assert_eq!(
            quotes[0].speaker_text.as_deref(),
            Some("وزير الزراعة سامي ناصر"),
            "{quotes:#?}"
        );
        let text = "وقالوا إن المحصول وفير هذا العام.";
        let (quotes, _) = run_on(text, &[]);
        assert_eq!(quotes[0].speaker, None, "{quotes:#?}");
        assert_eq!(quotes[0].speaker_text, None, "{quotes:#?}");
    }

    #[test]
    fn a_body_s_description_does_not_go_back_to_a_person() {
        let prince: Ent<'static> = ("فيصل بن سالم", P, None, &[]);
        let text = "بدأ صندوق الأمير فيصل بن سالم للتنمية فرز الطلبات. وأوضحت اللجنة المشرفة أن الطلبات تجاوزت الألف.";
        assert_eq!(speakers(text, &[prince], "تجاوزت الألف"), [None]);
    }
    #[test]
    fn a_denial_reports_no_words_of_the_denier() {
        // "نفى أن" and a denial of marked words are no quote (the act denied is an event).
        for text in [
            "نفت الحكومة اليونانية أن تكون قواتها قد عبرت الحدود مع تركيا.",
            "ونفى وزير الدفاع اليوناني أن يكون الجيش قد أطلق النار على الصيادين الأتراك.",
            "نفت أثينا في بيان قصير «أي علاقة لها بحادث الزورق».",
        ] {
            let (quotes, _) = run_on(text, &[GREECE, TURKEY]);
            assert!(quotes.is_empty(), "{text}: {quotes:#?}");
        }
        // A denial's speaker still goes on with the verb after it.
        let text = "نفت الحكومة اليونانية أن تكون قواتها قد عبرت الحدود. وأضافت أن الدوريات تعمل داخل المياه الإقليمية.";
        assert_eq!(
            speakers(text, &[GREECE, TURKEY], "الدوريات تعمل"),
            [Some("اليونان".to_string())]
        );
        // Saying, not denying.
        let text = "وقالت الحكومة اليونانية إن قواتها لم تعبر الحدود مع تركيا.";
        assert_eq!(
            speakers(text, &[GREECE, TURKEY], "لم تعبر"),
            [Some("اليونان".to_string())]
        );
    }

    #[test]
    fn an_unnamed_spokesman_for_a_state_body_with_a_nationality_speaks_for_the_state() {
        let text = "بدأت القوات التركية الانسحاب من القاعدة. وقال متحدث باسم وزارة الدفاع التركية إن الانسحاب «يجري وفق جدول متفق عليه».";
        assert_eq!(
            speakers(text, &[GREECE, TURKEY], "وفق جدول"),
            [Some("تركيا".to_string())]
        );
        // An official in the body, or a spokesman for no state body, is nobody the page names.
        for text in [
            "بدأت القوات التركية الانسحاب من القاعدة. وقال مسؤول في وزارة الدفاع التركية إن الانسحاب «يجري وفق جدول متفق عليه».",
            "بدأت القوات التركية الانسحاب من القاعدة. وقال متحدث باسم المعارضة التركية إن الانسحاب «يجري وفق جدول متفق عليه».",
        ] {
            assert_eq!(speakers(text, &[GREECE, TURKEY], "وفق جدول"), [None], "{text}");
        }
    }
    #[test]
    fn marks_behind_bi_or_after_what_is_considered_are_no_quote() {
        for text in [
            "واتهمت الجمعية في بيانها الشرطة اليونانية بـ«استخدام مفرط للقوة ضد المتظاهرين».",
            "وأقرت الحكومة اليونانية بـ«صعوبات في الإمداد» خلال الأسابيع الماضية.",
            "وأشادت أنقرة بـ«الروح البناءة التي سادت المحادثات» مع أثينا.",
            "واعتبرت الخارجية التركية الخطوة «استفزازا غير مقبول للجوار».",
            "فاعتبره وزير الخارجية اليوناني «تصعيدا لا مبرر له في بحر إيجة».",
        ] {
            let (quotes, _) = run_on(text, &[GREECE, TURKEY]);
            assert!(quotes.is_empty(), "{text}: {quotes:#?}");
        }
        // The verb's own words in marks stay a quote, and so do marks after أن.
        let text = "وأكدت الخارجية التركية «أن الحوار مع أثينا سيستمر رغم الخلافات».";
        assert_eq!(
            speakers(text, &[GREECE, TURKEY], "الحوار مع أثينا"),
            [Some("تركيا".to_string())]
        );
        let text = "واعتبرت الخارجية التركية أن الخطوة «استفزاز غير مقبول للجوار».";
        assert_eq!(
            speakers(text, &[GREECE, TURKEY], "استفزاز غير"),
            [Some("تركيا".to_string())]
        );
    }
    #[test]
    fn a_title_or_noun_that_repeats_a_body_s_head_speaks_for_the_body_or_its_state() {
        let puntland: Ent<'static> = ("ولاية بونتلاند", O, Some("SOM"), &[]);
        let text =
            "رفضت ولاية بونتلاند القانون الجديد. وقال رئيس الولاية إن القانون «كتب في غرف مغلقة».";
        assert_eq!(
            speakers(text, &[puntland], "غرف مغلقة"),
            [Some("ولاية بونتلاند".to_string())]
        );
        let text =
            "أعلن البنك المركزي اليوناني خفض الفائدة. وقال محافظ البنك إن القرار «يدعم النمو».";
        assert_eq!(
            speakers(text, &[GREECE, TURKEY], "يدعم النمو"),
            [Some("اليونان".to_string())]
        );
        let shabab: Ent<'static> = ("حركة الشباب", O, Some("SOM"), &[]);
        let text = "هاجم مسلحون من حركة الشباب قافلة قرب الحدود، وفق أرقام نشرتها وزارة الدفاع التركية. وأضافت الوزارة أن القوات طاردت المهاجمين.";
        assert_eq!(
            speakers(text, &[GREECE, TURKEY, shabab], "طاردت المهاجمين"),
            [Some("تركيا".to_string())]
        );
        // A head no body or phrase opened with names nobody.
        let text =
            "أعلن البنك المركزي اليوناني خفض الفائدة. وقال رئيس الوزراء إن القرار «يدعم النمو».";
        assert_eq!(speakers(text, &[GREECE, TURKEY], "يدعم النمو"), [None]);
    }

    #[test]
    fn a_person_named_after_a_chain_of_titles_is_the_speaker() {
        let tabuk: Ent<'static> = ("تبوك", L, None, &[]);
        let committee: Ent<'static> = ("اللجنة المحلية", O, None, &[]);
        let text = "أوضح أمين منطقة تبوك رئيس اللجنة المحلية سامي ناصر أن عدد المراكز ارتفع إلى أربعين مركزا.";
        assert_eq!(
            speakers(text, &[tabuk, committee, SAMI], "عدد المراكز"),
            [Some("سامي ناصر".to_string())]
        );
    }

    #[test]
    fn a_speech_verb_after_a_fronted_topic_is_the_last_subject_s() {
        let text = "افتتح سامي ناصر المعرض صباح اليوم.\n\nوعن أسعار التذاكر قال: «الأسعار في متناول الجميع هذا العام ولن نرفعها أبدا».\n\nوحول موعد الختام أوضح أن المعرض يستمر أسبوعا كاملا.";
        assert_eq!(
            speakers(text, &[SAMI], "في متناول"),
            [Some("سامي ناصر".to_string())]
        );
        assert_eq!(
            speakers(text, &[SAMI], "يستمر أسبوعا"),
            [Some("سامي ناصر".to_string())]
        );
        // "وعن فلان قال": a chain of narration names its speaker; the fronted words are no topic.
        let omar: Ent<'static> = ("عمر بن خالد", P, None, &[]);
        let text = "افتتح سامي ناصر المعرض صباح اليوم.\n\nوعن عمر بن خالد قال: «العلم نور يهدي صاحبه في كل طريق يسلكه».";
        assert!(
            !speakers(text, &[SAMI, omar], "العلم نور").contains(&Some("سامي ناصر".to_string()))
        );
    }

    #[test]
    fn words_after_bil_qawl_are_the_subject_s_of_the_verb_before() {
        // A named subject of a verb that is no speech verb.
        let text = "واختتم سامي ناصر حديثه بالقول: «المعرض سيبقى منارة للثقافة في المنطقة كلها».";
        assert_eq!(
            speakers(text, &[SAMI], "منارة للثقافة"),
            [Some("سامي ناصر".to_string())]
        );
        // An implied subject: the last one named before.
        let text = "افتتح سامي ناصر المعرض صباح اليوم.\n\nومضى في حديثه بقوله إن الزوار تجاوزوا الألف في اليوم الأول.";
        assert_eq!(
            speakers(text, &[SAMI], "الزوار تجاوزوا"),
            [Some("سامي ناصر".to_string())]
        );
        // A subject that names nobody of the article is nobody the article names.
        let text = "افتتح سامي ناصر المعرض صباح اليوم.\n\nوعبر أحد الزوار عن سعادته بقوله: «المعرض أجمل مما توقعت بكثير هذا العام».";
        assert!(!speakers(text, &[SAMI], "أجمل مما").contains(&Some("سامي ناصر".to_string())));
    }
}
