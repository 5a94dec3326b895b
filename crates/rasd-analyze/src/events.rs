//! Events: who did what to whom, coded with CAMEO.
//!
//! [`find_events`] reads an article's body with its entities and codes each event it finds with
//! a CAMEO code, the codebook's label and Goldstein score ([`cameo`]), its source and target
//! actors, whether the text negates it, its date, and the sentence as evidence.
//!
//! # Triggers
//! A lexicon (`data/event-lexicon.tsv`, the project's own, over the public CAMEO codebook) maps
//! Arabic verbs and verbal nouns to codes, some only with an object (`وقّع` + `اتفاقية` → 057
//! sign formal agreement, `قدّم` + `حلًا` → 030, `قدّم` + `مساعدات` → 070). Families covered:
//! statements (010, 018), appeals (020, 100 and 106 demands), intent to cooperate, offers,
//! promises to keep talking (030), agreements reached on a measure (050, as every evaluation
//! writer since session 7 codes them), consult, meet, telephone, visit, host, mediate, negotiate
//! (040–046), praise, defend, apologize, sign (051–057), cooperate (060–064), aid (070–071),
//! withdraw, release, lift sanctions, truce (0874, 0841, 085, 0871), investigate (090),
//! criticize, condemn, accuse, complain (111–114), reject (120), threaten (130), protest and
//! strike (141, 143), mobilize (154), break relations, suspend talks, sanction, expel (161–166),
//! arrest, seize, demolish, deport (173–174), kidnap, assault, bomb, assassinate (181–186),
//! fight, shell, air strikes, occupy, besiege, violate a truce (190–196), massacres (202).
//!
//! A past verb in its bare form (`دعم`، `فجر`) is a verb only where a verb can stand: at a
//! clause's head, with و/ف, after a particle (`قد`، `أن`، `الذي`), after its subject, or after the
//! event noun it continues (`تفجير انتحاري استهدف`); elsewhere it is a noun (`سبل دعم`، `فجر
//! الخميس`). A verb form right after a preposition is a noun (`في تعاون`). A verbal noun is a
//! trigger only when it is anchored: a pronoun suffix names its actor (`انسحابها`), an entity
//! follows it (`زيارة عطا الله`), a title follows it (`زيارة وزير الدفاع الألماني`), a
//! preposition and an entity follow (`زيارة إلى مالي`), a support verb governs it (`أجرى
//! محادثات`، `لم تفضِ … إلى توقيع`، `اندلعت اشتباكات`), or it is negated (`دون توقيع`). A bare
//! definite noun (`الزيارة جاءت`) refers back to an event already counted. The object that
//! selected an entry (`عرضت وساطتها`) is not an event of its own.
//!
//! Also anchored: a noun before a support verb (`اشتباكات اندلعت`) and what a statement verb
//! announces (`أعلنت مصر عن إرسال قافلة مساعدات`; source: the announcer).
//!
//! No event is coded on a page about sport, culture, business or accidents (module `topic`:
//! cue words counted over the page), nor for an act told as possible, habitual or long past, or
//! a loose trigger in another sense (`يمكن أن`, `كثيرا ما`, `في عام 1990`, `داعيا الله`,
//! `فجرا`), a blessing (`أيده الله`), a protocol line (`وحضر اللقاء`, `وكان في استقباله`) or an
//! expected act (`توقع أن تستمر المفاوضات`; module `told`).
//!
//! Not events: conditions (`إذا زار`), futures (`سيزور`، `سوف`; `لن` is kept, negated, as
//! issue 5 lists it among the negations), intentions named by a verb of intent (`تعتزم شن`،
//! `ينوي زيارة`),
//! purposes (`لإجراء محادثات`), what an appeal, demand or threat asks for (`دعت إلى الإفراج`،
//! `هدد بشن هجمات`), what is condemned (`أدانت الهجوم الذي استهدف دورية`: the condemnation
//! only), the content of a plan (`تتضمن عقد اجتماعات`), words that are rejected (`رفضت
//! الاتهامات`), threats with no object (`يهدد جهود السلام` endangers), times of day (`فجر
//! الاثنين`), and passives spotted by a quantity right after a verb with no subject before it
//! (`قُتل خمسة جنود`; `إن قوات الأمن اعتقلت خمسة` is active). Nouns inside a condition
//! (`إذا استمرت الضربات`), the occasion of a meeting (`على هامش اجتماعات`) and a rejected offer
//! (`رفضت عرضًا للوساطة`) are not events either; one sentence codes an event once
//! (`وصل إلى طرابلس في أول زيارة` is one visit; a second mention that lacks an actor fills in
//! the first). Accusatives of reason (`احتجاجًا على`، `رفضًا للعقوبات`) and nouns naming a force
//! (`قوات الاحتلال`) are not events. A passive with a quantity is an event with no source unless
//! an agent follows (`على يد`، `من قبل`), its patient's nationality the target (`قُتل ثلاثة جنود
//! أتراك`); the attack named after it (`في انفجار سيارة مفخخة`) is the same event and gives it
//! its code. A support verb (`أعرب عن إدانته`، `تلقى اتصالًا من`: the caller is the source)
//! makes the noun after it an event.
//!
//! # Actors
//! The source is the subject: a person named in the words after the verb (titles allowed
//! before the name, unless the person has a title of their own after a first actor: `استقبل
//! ولي العهد السعودي … رئيس الوزراء اللبناني نجيب حداد` has the Saudi as source), else an
//! organization or place first after the verb or after a title word (`الحكومة المالية`), else a
//! mention just before it in the clause (`وفد من الاتحاد الأفريقي وصل`: a delegation is its
//! sender), the force a unit belongs to (`طائرات مسيرة تابعة لقوات الدعم السريع`), an attack
//! noun's nationality (`غارة إسرائيلية`، `بوساطة إماراتية`), a definite noun with a nationality
//! (`البحرية الإيرانية`), an indefinite noun with one opening the clause (`استهدفت مسيرة
//! تركية`، `تظاهر آلاف الإسرائيليين`; not a plural object in ـين), members of an organization
//! (`مسلحون من حركة الشباب`), a title in construct with a country's name (`أمير قطر`),
//! `بلاده`/`بلادها` before a verb (the country of the one the pronoun names), the agent of a
//! passive, a body in a country (`المجلس العسكري في النيجر`), a description just
//! before the verb (`إن الجماعة استهدفت`: the organization just named); else a description (`الوزير`، `المعهد`) or "the two
//! sides" (`الجانبان` → the last source and target), else the last subject (pronouns,
//! `إنها`-clauses, implicit subjects, participles). After a relative pronoun (`الهجوم الذي
//! استهدف`) the source is the antecedent, named or not. The target is the next entity after the
//! source (the verb's object, or after `إلى`، `مع`، `ضد`…), skipping the source's own
//! nationality (`المبعوث الأمريكي`), places after a locative (`في بغداد`، `جنوب ليبيا`،
//! `بباماكو`; also over a place noun: `في ولاية تيلابيري`; `على الحدود مع سوريا`), topics
//! (`حول`، `بشأن`), a source credited after `بحسب`/`وفق`, whatever
//! stands behind `في` (`مشروع قرار في مجلس الأمن`), a place right after a meeting noun (its
//! venue: `اجتماع برلين`، `مفاوضات جنيف`), what an appeal asks for after `إلى` (`دعت إلى فتح
//! ممرات إلى الفاشر`), words after a purpose (`لدعم`) or `كان`, and anything past a new clause (`إذا`، `لكن`، `أن`); a
//! person named right after a nationality adjective is preferred to it (`نظيره السوداني علي
//! عثمان`). A partner coordinated with the subject is the target of symmetric events (`بدأت
//! إثيوبيا ومصر مفاوضات`), and `بين X و Y` gives both (a named subject outside the pair, as
//! a mediator, acts on its first member). For cooperative codes (03–07) with no
//! target, an actor that continues keeps its last counterpart (`إجراء مناقشات مع السلطات
//! المحلية` after a visit to Mali). A refused act (`رفض لقاء المبعوث`) has the refuser as source.
//!
//! A person may stand for their country: the source stays the person (an entity id), and
//! `source_country` records the country (ISO 3166-1 alpha-3: the entity's, or, for a person
//! without one, the nationality of the title just before the name, `الأمريكي، رودولف عطا الله`);
//! likewise `target_country`.
//!
//! # Negation
//! `لم`، `لن`، `لا` (not `لا يزال`، `لا سيما`)، `ليس`، `دون`، `بدون`، `عدم`، `نفى`، `امتنع`،
//! `رفض` up to five words before the trigger, in the same clause, with no event between them,
//! set `negated` (`ولم تفضِ الزيارة إلى توقيع اتفاقيات`). A rejection is an event (120) and also
//! negates the act it governs (`رفضت التوقيع` → 120, and 057 negated). What a denial's `أن`
//! clause says happened is negated (`نفت أن تكون طائراتها قصفت`), and so is the act a denial
//! takes as object, with the denier as source (`نفى الجيش استهداف المدنيين`).
//!
//! # Date
//! The first date `rasd_text::date::find` reads in the sentence (relative dates against the
//! article's `published`), else the article's `published`.
//!
//! # Not matched
//! Passives without a quantity (`قُتل الجندي`) take the patient as the subject; pronoun suffixes
//! resolve to the last subject even when they mean someone else (`رفض الرئيس لقاء المبعوث خلال
//! زيارته`); words inside quotation marks are not coded; events across sentences are not joined.

pub mod cameo;
pub(crate) mod context_target;
pub(crate) mod engine;
pub mod eval;
pub mod learned;
pub(crate) mod lexicon;
pub(crate) mod not_event;
pub(crate) mod place_speakers;
pub(crate) mod speakers;
pub(crate) mod struck_place;
pub(crate) mod text;
pub(crate) mod told;
pub(crate) mod topic;

use rasd_model::{Article, Entity, Event, Quote};

/// Finds the events of `article`, with actors among `entities`.
///
/// ```
/// use rasd_model::{Article, Entity, EntityType, Mention};
/// let text = "زار الوزير سامي ناصر مالي أمس.";
/// let article = Article { body: vec![text.into()], ..Article::default() };
/// let mention = |id: &str, kind, name: &str| {
///     let start = text.chars().collect::<Vec<_>>().windows(name.chars().count())
///         .position(|w| w.iter().collect::<String>() == name).unwrap();
///     Entity { id: id.into(), name: name.into(), kind, aliases: vec![], country: None,
///         coordinates: None,
///         mentions: vec![Mention { text: name.into(), part: Default::default(), paragraph: 0, start,
///                                  end: start + name.chars().count() }] }
/// };
/// let entities = [mention("p1", EntityType::Person, "سامي ناصر"),
///                 mention("MLI", EntityType::Location, "مالي")];
/// let events = rasd_analyze::events::find_events(&article, &entities);
/// assert_eq!(events[0].code, "042");
/// assert_eq!(events[0].source.as_deref(), Some("p1"));
/// assert_eq!(events[0].target.as_deref(), Some("MLI"));
/// ```
pub fn find_events(article: &Article, entities: &[Entity]) -> Vec<Event> {
    find_quotes_and_events(article, entities).1
}

/// Finds quotes and events in one pass (what [`crate::quotes::find_quotes`] and
/// [`find_events`] return, for half the work).
/// Events go through the shipped learned scorer ([`learned::Ranker::builtin`]).
pub fn find_quotes_and_events(article: &Article, entities: &[Entity]) -> (Vec<Quote>, Vec<Event>) {
    find_quotes_and_events_with(article, entities, learned::Ranker::builtin())
}

/// [`find_quotes_and_events`] with the learned scorer `ranker` ([`learned`]) re-deciding the
/// rule engine's event actors and dropping the events it doubts; `None`: the rules alone.
pub fn find_quotes_and_events_with(
    article: &Article,
    entities: &[Entity],
    ranker: Option<&learned::Ranker>,
) -> (Vec<Quote>, Vec<Event>) {
    find_in(article, entities, ranker, text::Body::of(&article.body))
}

/// [`find_quotes_and_events_with`] on the article's body already tokenized.
pub(crate) fn find_in(
    article: &Article,
    entities: &[Entity],
    ranker: Option<&learned::Ranker>,
    body: text::Body,
) -> (Vec<Quote>, Vec<Event>) {
    // A page about sport, films, business or accidents codes no event (`topic`).
    let headline = text::tokenize(&article.headline.chars().collect::<Vec<_>>());
    let off_topic = topic::off_topic(&headline, &body.tokens);
    // A page of a site's own state that names only that state's own bodies (`topic::home_page`).
    let home = topic::home_state(article)
        .is_some_and(|state| topic::home_page(&headline, &body.tokens, entities, state));
    let (quotes, mut events, mut triggers, texts) = engine::run_traced_on(article, entities, body);
    if off_topic {
        events.clear();
        triggers.clear();
    }
    // Acts told as possible, habitual, long past, or loose triggers in another sense (`told`).
    told::drop_untold(article, &mut events, &mut triggers, &texts);
    if let Some(r) = ranker {
        learned::apply(r, article, entities, &mut events, &mut triggers, texts);
    }
    // Actors: a place that is only where the act happened is no source (`في منطقة بركي`), a
    // victim named as the source of an act of force is its target (`هجوم استهدف … X`); "who
    // did what to whom" with no who and no whom tells an analyst nothing ("قُتل ثلاثة في
    // هجوم"); events between people with no role on the page, firms or teams are no CAMEO
    // events (gold entities, whose ids are their names, all count as actors).
    crate::actors::settle_actors(&mut events, &triggers, entities, article);
    if home {
        // Its words, meetings and appeals are the state's daily business.
        topic::drop_home_acts(&mut events);
    }
    drop_repeats(&mut events);
    (quotes, events)
}

/// Drops an event that repeats an earlier one of the same sentence: same CAMEO root, source,
/// target and negation ("استقبل الرئيس الوزير الزائر وبحث معه العلاقات": the reception and the
/// talks are one meeting). Writers code such a pair once.
pub(crate) fn drop_repeats(events: &mut Vec<Event>) {
    let mut seen = Vec::new();
    let keep: Vec<bool> = events
        .iter()
        .map(|e| {
            let key = (
                e.code.get(..2).unwrap_or(&e.code),
                &e.source,
                &e.target,
                e.negated,
                e.paragraph,
                e.sentence.as_str(),
            );
            if seen.contains(&key) {
                false
            } else {
                seen.push(key);
                true
            }
        })
        .collect();
    let mut flags = keep.into_iter();
    events.retain(|_| flags.next().unwrap_or(true));
}

/// An event of `code` between `source` and `target` in the first paragraph's `sentence`, with
/// nothing else set: what the tests of the passes over events start from.
#[cfg(test)]
pub(crate) fn bare_event(
    code: &str,
    source: Option<String>,
    target: Option<String>,
    sentence: &str,
) -> Event {
    Event {
        code: code.into(),
        label: String::new(),
        source,
        target,
        source_country: None,
        target_country: None,
        negated: false,
        goldstein: 0.0,
        date: None,
        paragraph: 0,
        sentence: sentence.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(code: &str, source: &str, target: &str, sentence: &str) -> Event {
        bare_event(code, Some(source.into()), Some(target.into()), sentence)
    }

    #[test]
    fn a_repeat_of_the_same_root_and_pair_in_a_sentence_goes() {
        let one = "استقبل الرئيس التونسي وزير الخارجية الجزائري وبحث معه التعاون.";
        let two = "وفي المساء التقى الوزير رئيس الحكومة.";
        let mut events = vec![
            ev("042", "تونس", "الجزائر", one),
            ev("040", "تونس", "الجزائر", one),
            // Another pair, another root, or another sentence is another event.
            ev("040", "الجزائر", "تونس", one),
            ev("057", "تونس", "الجزائر", one),
            ev("040", "تونس", "الجزائر", two),
        ];
        drop_repeats(&mut events);
        let codes: Vec<&str> = events.iter().map(|e| e.code.as_str()).collect();
        assert_eq!(codes, ["042", "040", "057", "040"]);
        assert_eq!(events[1].source.as_deref(), Some("الجزائر"));
    }
}
