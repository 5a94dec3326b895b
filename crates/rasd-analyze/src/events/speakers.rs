//! People named by an attribution that entity recognition missed.
//!
//! News names a speaker by a title and a name right after the speech verb: `قال وزير الخارجية
//! المالي عبد الله ديوب إن …`, `«…»، قالت الناشطة سلوى المخلافي لوكالة …`. When the entity stage
//! found no person there (an unusual name the tagger does not know), [`add_attributed_people`]
//! adds one, so that the quote and its events have a speaker to point to:
//!
//! - a speech verb (`قال`، `أكد`، `أوضح`… in the past or present, with و/ف), then a title
//!   (`وزير`، `المتحدث`، `العميد`، `الناشطة`…) and the words that complete it: words with the
//!   article (`الخارجية`), mentions (`المالي`، `باسم الجيش السوداني`), `باسم`, `في` before either;
//!   a title with no article and no proper name in it (`دبلوماسي روسي`، `مدير مطار`) names no
//!   one right after it (`دبلوماسي روسي يتابع الملف`: a clause describing him), only after a
//!   comma;
//! - then two or three words of the name: none is already a mention, a function word, a word of
//!   the event lexicon or a title; the first has no article (`محمد الزوي` may end with one);
//! - then what ends an attribution: `إن`/`أن`/`بأن`, a colon, a comma, a full stop, an opening
//!   quotation mark, `في` or `خلال` (`في بيان`), or a word behind ل (`لوكالة`، `للصحفيين`).
//!
//! With no title before it, a name right after a speech verb is taken when a title follows it
//! set off by a comma (`وقال سامر بلحاج، مدير المرصد:`), or with no comma a title of office
//! written with the article that a definite word or `باسم` completes (`وأوضح سامر بلحاج
//! المتحدث الرسمي باسم المرصد أن`); not other titles with no comma (`شكر ولي العهد` runs on
//! into a title; `الأمير سلطان` is a title before the real name), nor a plural source or a
//! feminine adjective (`مصادر محلية،`).
//!
//! Bodies too: right after a speech verb, a head noun such as `هيئة`، `جهاز`، `مكتب`، `غرفة`،
//! `نقابة`، `شركة` and the words that complete it (`قالت غرفة طوارئ المخيم إن`، `أفادت نقابة
//! أطباء السودان بأن`) name an organization when no person or organization mention covers it.
//!
//! A spokesman's body too: after `قال متحدث باسم` (or `الناطق الرسمي باسم`), a head with no
//! article and the words that complete it (`مركز الأبحاث القطبية`، `شرطة الميناء`) name the body
//! he speaks for, not him; a medium behind ل (`للوكالة`، `لوسائل الإعلام`) ends any body's name.
//!
//! A body's name may end in a complement behind ل or عن whose words have no article, up to the
//! complementizer (`اعتبرت الحركة الوطنية لتحرير أزواد أن`), but not in a medium the body spoke
//! to (`لصحيفة محلية`); a credit names a body as a speech verb does (`بحسب لجان المقاومة`).
//! A name needs no title after `يدعى`/`المدعو` (`تاجر يدعى بوبكر ميغا`), and a name linked by
//! بن after a title is a name after any verb of the lexicon, wherever it ends (`انتقد وزير
//! الخارجية الجزائري أحمد بن يوسف قرار`). A noun with an attached pronoun (`وفدها`) is no name.
//!
//! The person's id is made as the entity stage makes it (`per:` and the FNV-1a hash of the
//! normalized name), so the same name found by the tagger on another page is the same person.
//! Later mentions of the full name or of its last word (`وأضاف الحنيطي`) in the body are added
//! to it. Nothing is added where any word of the name is already part of a mention, unless
//! that mention is a place of no known country (a foreign first name the tagger misread).

use rasd_model::{Article, ArticlePart, Entity, EntityType, Mention, Quote};

use super::lexicon::{Lexicon, Pos, Role};
use super::text::{self, slice, Token, TokenKind};
use crate::entities::WEEKDAYS;

/// Titles that are not in the engine's person descriptions but name a speaker before a name.
const EXTRA_TITLES: &[&str] = &[
    "ناشط",
    "ناشطه",
    "محلل",
    "محلله",
    "باحث",
    "باحثه",
    "خبير",
    "خبيره",
    "قيادي",
    "قياديه",
    "عميد",
    "كاتب",
    "كاتبه",
    "صحفي",
    "صحفيه",
    "اعلامي",
    "اعلاميه",
    "استاذ",
    "استاذه",
    "دكتور",
    "شيخ",
    "سيد",
    "سيده",
    "نقيب",
    "رائد",
    "مقدم",
    "فريق",
    "منسق",
    "منسقه",
    "مراسل",
    "مراسله",
    "الامين",
];

/// Words that end a name or cannot be part of one.
const FUNCTION_WORDS: &[&str] = &[
    "ان",
    "انه",
    "انها",
    "بان",
    "بانه",
    "بانها",
    "في",
    "من",
    "علي",
    "عن",
    "الي",
    "مع",
    "قد",
    "لا",
    "لم",
    "لن",
    "ما",
    "هذا",
    "هذه",
    "ذلك",
    "التي",
    "الذي",
    "خلال",
    "امام",
    "بعد",
    "قبل",
    "اليوم",
    "امس",
    "ايضا",
    "كما",
    "حيث",
    "او",
    "ثم",
    "كل",
    "بين",
    "عند",
    "لدي",
    "حول",
];

/// Adds to `entities` the people named after a title by an attribution and not found by
/// entity recognition, and the bodies that speak right after a speech verb (see the module
/// docs). Returns how many were added.
/// (The analyzer calls [`add_attributed_people_in`] with the body it shares with the engine.)
#[cfg(test)]
pub(crate) fn add_attributed_people(article: &Article, entities: &mut Vec<Entity>) -> usize {
    add_attributed_people_in(&text::Body::of(&article.body), entities)
}

/// [`add_attributed_people`] on an article body already tokenized.
pub(crate) fn add_attributed_people_in(body: &text::Body, entities: &mut Vec<Entity>) -> usize {
    let lex = Lexicon::builtin();
    let mut added = 0;
    let (paragraphs, tokenized) = (body.chars.as_slice(), body.tokens.as_slice());
    for (p, (chars, tokens)) in paragraphs.iter().zip(tokenized).enumerate() {
        let mut i = 0;
        while i < tokens.len() {
            let found = spokesman_body(lex, entities, p, tokens, i)
                .or_else(|| attributed_body(lex, entities, p, tokens, i));
            if let Some((first, last)) = found {
                let (Some(a), Some(b)) = (tokens.get(first), tokens.get(last - 1)) else {
                    break;
                };
                add_body(entities, p, chars, a, b, &mut added);
                i = last;
                continue;
            }
            let found = attributed_name(lex, entities, p, chars, tokens, i);
            let Some((first, last)) = found else {
                i += 1;
                continue;
            };
            let (Some(a), Some(b)) = (tokens.get(first), tokens.get(last - 1)) else {
                break;
            };
            let name = slice(chars, a.start, b.end).to_string();
            let key = crate::entities::tokens::normalize_phrase(&name);
            let id = format!("per:{}", crate::entities::fnv_hex(&key));
            let mention = Mention {
                text: name.clone(),
                part: ArticlePart::Body,
                paragraph: p,
                start: a.start,
                end: b.end,
            };
            let index = match entities.iter().position(|e| e.id == id) {
                Some(k) => k,
                None => {
                    entities.push(Entity {
                        id,
                        name: name.clone(),
                        kind: EntityType::Person,
                        aliases: vec![name.clone()],
                        country: None,
                        coordinates: None,
                        mentions: Vec::new(),
                    });
                    added += 1;
                    entities.len() - 1
                }
            };
            if let Some(e) = entities.get_mut(index) {
                e.mentions.push(mention);
            }
            let surname = b.norm.clone();
            named_again(entities, index, &surname, paragraphs, tokenized);
            i = last;
        }
    }
    added
}

/// Head nouns of a body that speaks (`هيئة`، `جهاز`، `مكتب`، `غرفة`، `نقابة`…), as normalized
/// without the article.
const BODY_HEADS: &[&str] = &[
    "هييه",
    "جهاز",
    "مكتب",
    "غرفه",
    "نقابه",
    "شركه",
    "رياسه",
    "لجنه",
    "لجان",
    "منظمه",
    "موسسه",
    "مرصد",
    "مفوضيه",
    "رابطه",
    "ايتلاف",
    "تنسيقيه",
    "جمعيه",
    "مصلحه",
    "ولايه",
    "قياده",
    "مديريه",
    "ادارة",
    "اداره",
    "سلطه",
    // (session 9) Movements, fronts, alliances, councils, agencies, ministries, missions,
    // centres and funds: `اعتبرت الحركة الوطنية لتحرير أزواد أن`، `أعلن إطار الدفاع
    // الاستراتيجي عن شعب أزواد أن`.
    "حركه",
    "جبهه",
    "اطار",
    "تحالف",
    "مجلس",
    "وكاله",
    "وزاره",
    "بعثه",
    "مركز",
    "معهد",
    "اتحاد",
    "مجموعه",
    "صندوق",
    "نيابه",
    "محكمه",
];

/// The token range of a body named right after a speech verb at token `i` and found by no
/// mention (`قالت غرفة طوارئ المخيم إن`، `أفادت نقابة أطباء السودان بأن`، `قال مكتب النائب
/// العام الليبي في بيان إن`): a head noun of [`BODY_HEADS`], then words that complete it (a
/// word before a definite one, in construct; a definite word; a word behind ل before a definite
/// one; mentions of places; `في` before a mention or a definite place), then what ends an
/// attribution. A head already inside a person or organization mention is left alone.
fn attributed_body(
    lex: &Lexicon,
    entities: &[Entity],
    p: usize,
    tokens: &[Token],
    i: usize,
) -> Option<(usize, usize)> {
    let verb = tokens.get(i)?;
    if verb.kind != TokenKind::Word {
        return None;
    }
    let mention_kind = |k: usize| {
        let t = tokens.get(k)?;
        entities
            .iter()
            .find(|e| {
                e.mentions.iter().any(|m| {
                    m.paragraph == p && m.part.is_body() && m.start < t.end && t.start < m.end
                })
            })
            .map(|e| e.kind)
    };
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    // ("وفق ما أفادت به غرفة الطوارئ": the verb's preposition comes first.)
    let head = if matches!(word(i + 1), Some("به" | "بها")) {
        i + 2
    } else {
        i + 1
    };
    let h = word(head)?;
    let h_bare = h.strip_prefix("ال").unwrap_or(h);
    // (The head first: it is rare, the lexicon lookup is not free.)
    if !BODY_HEADS.contains(&h_bare)
        || !(speech_verb(lex, &verb.norm) || credit_word(&verb.norm))
        || mention_kind(head).is_some()
    {
        return None;
    }
    body_span(lex, entities, p, tokens, head)
}

/// The token range of a body whose head noun is at `head`, when words complete it and an
/// attribution ends after them (see [`attributed_body`]).
fn body_span(
    lex: &Lexicon,
    entities: &[Entity],
    p: usize,
    tokens: &[Token],
    head: usize,
) -> Option<(usize, usize)> {
    let mention_kind = |k: usize| {
        let t = tokens.get(k)?;
        entities
            .iter()
            .find(|e| {
                e.mentions.iter().any(|m| {
                    m.paragraph == p && m.part.is_body() && m.start < t.end && t.start < m.end
                })
            })
            .map(|e| e.kind)
    };
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    let place = |k: usize| mention_kind(k) == Some(EntityType::Location);
    let mut k = head + 1;
    while k < head + 8 {
        let Some(w) = word(k) else { break };
        let next_definite = word(k + 1).is_some_and(definite);
        // ("مركز الأبحاث البحرية للوكالة أن": the medium spoken to is no part of the name.)
        let medium = w.starts_with('ل')
            && (in_list(w, MEDIA_NOUNS)
                || in_list(&w.chars().skip(1).collect::<String>(), MEDIA_NOUNS));
        let completes = !medium
            && (place(k)
                || (definite(w) && !in_list(w, FUNCTION_WORDS) && !time_word(w))
                || (!in_list(w, FUNCTION_WORDS)
                    && !w.starts_with("ال")
                    && (next_definite || place(k + 1))
                    && !is_title(w))
                || (w == "في"
                    && (place(k + 1)
                        || (word(k + 1).is_some_and(|n| !in_list(n, FILLERS)) && place(k + 2)))));
        if !completes || mention_kind(k).is_some_and(|kind| kind != EntityType::Location) {
            break;
        }
        k += 1;
    }
    // "الحركة الوطنية لتحرير أزواد أن"، "إطار الدفاع الاستراتيجي عن شعب أزواد أن": a
    // complement behind ل or عن, of words that are no article's, runs to the complementizer.
    let tail = word(k)
        .filter(|w| {
            *w == "عن"
                || (w.starts_with('ل')
                    && !w.starts_with("لا")
                    && w.chars().count() > 3
                    && !in_list(&w.chars().skip(1).collect::<String>(), MEDIA_NOUNS))
        })
        .and_then(|_| {
            (k + 2..k + 5).find(|&m| {
                (k + 1..m).all(|n| {
                    word(n).is_some_and(|w| {
                        !definite(w)
                            && !in_list(w, FUNCTION_WORDS)
                            && !is_title(w)
                            && lex.lookup(w).is_none()
                            && mention_kind(n).is_none_or(|kind| kind == EntityType::Location)
                    })
                }) && word(m).is_some_and(|w| {
                    matches!(
                        w,
                        "ان" | "انه" | "انها" | "انهم" | "بان" | "بانه" | "بانها" | "بانهم"
                    )
                })
            })
        });
    let k = tail.unwrap_or(k);
    // At least one word completes the head, and the attribution ends there.
    if k == head + 1 || !ends_attribution(word(k), tokens.get(k)) {
        return None;
    }
    // "في" opening a filler (`في بيان`) ended the name; a trailing "في" is not part of it.
    let mut last = k;
    while last > head + 1 && word(last - 1) == Some("في") {
        last -= 1;
    }
    Some((head, last))
}

/// The token range of the body a spokesman speaks for, named after `باسم` and found by no
/// mention, right after a speech verb or credit at token `i` (`قال متحدث باسم مركز الأبحاث
/// البحرية إن`، `وقالت الناطقة الرسمية باسم شرطة الميناء:`): the words after `باسم` name the body,
/// not the spokesman; they complete it as in [`body_span`], and the attribution ends after them.
/// The head has no article (a definite body, `باسم الأجهزة الأمنية`, most often repeats one
/// named before); a title after `باسم` (`باسم المدعي العام`) is a person's, not a body's.
fn spokesman_body(
    lex: &Lexicon,
    entities: &[Entity],
    p: usize,
    tokens: &[Token],
    i: usize,
) -> Option<(usize, usize)> {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    // (The title first: it is rare, the lexicon lookup is not free.)
    let title = word(i + 1)?;
    if !matches!(
        title.strip_prefix("ال").unwrap_or(title),
        "متحدث" | "متحدثه" | "ناطق" | "ناطقه"
    ) {
        return None;
    }
    let on_behalf = if word(i + 2) == Some("باسم") {
        i + 2
    } else if matches!(word(i + 2), Some("الرسمي" | "الرسميه" | "رسمي" | "رسميه"))
        && word(i + 3) == Some("باسم")
    {
        i + 3
    } else {
        return None;
    };
    let head = on_behalf + 1;
    let h = word(head)?;
    let covered = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            entities.iter().any(|e| {
                e.mentions.iter().any(|m| {
                    m.paragraph == p && m.part.is_body() && m.start < t.end && t.start < m.end
                })
            })
        })
    };
    let verb = word(i)?;
    // ("باسم المدعي العام": an office held by a person, who is no body.)
    // ("الناطق باسم الأجهزة الأمنية": a definite body most often repeats one named before, which
    // the engine resolves; a head in construct with no article is a body's own name.)
    if is_title(h)
        || h.starts_with("ال")
        || in_list(h, &["مدعي", "محامي", "قاضي"])
        || in_list(h, FUNCTION_WORDS)
        || time_word(h)
        || covered(head)
        || covered(i + 1)
        || !(speech_verb(lex, verb) || credit_word(verb))
    {
        return None;
    }
    body_span(lex, entities, p, tokens, head)
}

/// Definite words of time that end a body's name (`قالت الهيئة العامة اليوم إن`), besides the
/// days of the week ([`WEEKDAYS`]; see [`time_word`]).
const TIME_WORDS: &[&str] = &[
    "اليوم",
    "الماضي",
    "الماضيه",
    "المقبل",
    "المقبله",
    "الحالي",
    "الان",
    "الاخير",
    "الاخيره",
];

/// True when `w` (normal form) is a definite word of time: [`TIME_WORDS`] or a day of the week.
fn time_word(w: &str) -> bool {
    TIME_WORDS.contains(&w) || WEEKDAYS.contains(&w)
}

/// Words after `في` that open where or how something was said, not a place in a name.
const FILLERS: &[&str] = &[
    "بيان",
    "تصريح",
    "تصريحات",
    "مؤتمر",
    "كلمه",
    "مقابله",
    "حديث",
];

/// Media a speaker talks to (`لوكالة`، `لصحيفة`): behind ل they end the speaker's phrase.
const MEDIA_NOUNS: &[&str] = &[
    "وكاله",
    "صحيفه",
    "قناه",
    "اذاعه",
    "موقع",
    "تلفزيون",
    "مجله",
    "صحفيين",
    "صحافيين",
    "الصحفيين",
    "الصحافيين",
    "مراسل",
    "مراسلين",
    "وسايل",
];

/// True for a credit word that names its source right after it (`بحسب`، `وحسب`).
fn credit_word(w: &str) -> bool {
    // (Not وفق: `وفق برنامج التحول` is "in line with".)
    matches!(w, "بحسب" | "وبحسب" | "حسب" | "وحسب")
}

/// True for a speech verb in the past or present (`قالت`، `وأفادت`، `يقول`).
pub(crate) fn speech_verb(lex: &Lexicon, w: &str) -> bool {
    lex.lookup(w).is_some_and(|hit| {
        hit.entries.iter().any(|e| {
            hit.fits(e)
                && matches!(e.role, Role::Speech { .. })
                && matches!(e.pos, Pos::Verb | Pos::Present)
        })
    })
}

/// Adds the body named by tokens `a..=b` as an organization (or a mention of the one of that
/// name already added).
fn add_body(
    entities: &mut Vec<Entity>,
    p: usize,
    chars: &[char],
    a: &Token,
    b: &Token,
    added: &mut usize,
) {
    // A name written with و/ف before it ("وقالت") starts after it; the head has no prefix.
    let name = slice(chars, a.start, b.end).to_string();
    let key = crate::entities::tokens::normalize_phrase(&name);
    let id = format!("org:{}", crate::entities::fnv_hex(&key));
    let mention = Mention {
        text: name.clone(),
        part: ArticlePart::Body,
        paragraph: p,
        start: a.start,
        end: b.end,
    };
    match entities.iter_mut().find(|e| e.id == id) {
        Some(e) => e.mentions.push(mention),
        None => {
            entities.push(Entity {
                id,
                name: name.clone(),
                kind: EntityType::Organization,
                aliases: vec![name],
                country: None,
                coordinates: None,
                mentions: vec![mention],
            });
            *added += 1;
        }
    }
}

/// The token range of a name attributed at token `i` (a speech verb), if there is one.
fn attributed_name(
    lex: &Lexicon,
    entities: &[Entity],
    p: usize,
    chars: &[char],
    tokens: &[Token],
    i: usize,
) -> Option<(usize, usize)> {
    let verb = tokens.get(i)?;
    if verb.kind != TokenKind::Word {
        return None;
    }
    let hit = lex.lookup(&verb.norm);
    let speech = hit.as_ref().is_some_and(|hit| {
        hit.entries.iter().any(|e| {
            hit.fits(e)
                && matches!(e.role, Role::Speech { .. })
                && matches!(e.pos, Pos::Verb | Pos::Present)
        })
    });
    // "ونقلت صحيفة الشرق الأوسط عن وزير الداخلية علي الأحول قوله": the one after عن.
    let reported_from = verb.norm == "عن"
        && (i.saturating_sub(5)..i).any(|k| {
            tokens.get(k).is_some_and(|t| {
                let w = t.norm.strip_prefix('و').unwrap_or(&t.norm);
                t.kind == TokenKind::Word && (w.starts_with("نقل") || w.starts_with("ينقل"))
            })
        });
    // "تاجر يدعى بوبكر ميغا"، "المدعو سامر النجار": a name with no title, after a word that
    // says it is one (يدعى written with ى: يدعي with ي is "claims").
    let called = (matches!(verb.norm.as_str(), "يدعي" | "تدعي" | "ويدعي" | "وتدعي")
        && slice(chars, verb.start, verb.end).ends_with('ى'))
        || matches!(verb.norm.as_str(), "المدعو" | "المدعوه");
    // "انتقد وزير الخارجية الجزائري أحمد بن يوسف قرار": after another verb of the lexicon, a
    // name linked by بن is a name wherever it ends.
    let other_verb = !speech
        && !reported_from
        && !called
        && hit.as_ref().is_some_and(|hit| {
            hit.entries
                .iter()
                .any(|e| hit.fits(e) && matches!(e.pos, Pos::Verb | Pos::Present))
        });
    if !speech && !reported_from && !called && !other_verb {
        return None;
    }
    let covered = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            entities.iter().any(|e| {
                e.mentions.iter().any(|m| {
                    m.paragraph == p && m.part.is_body() && m.start < t.end && t.start < m.end
                })
            })
        })
    };
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    // A title right after the verb; or, after a speech verb, the name itself when a title
    // follows it set off by a comma ("وقال سامر بلحاج، مدير المرصد:").
    let j = i + 1;
    let untitled = speech && !called && word(j).is_some_and(|w| !is_title(w)) && !covered(j);
    if !called && !untitled && (!word(j).is_some_and(is_title) || covered(j)) {
        return None;
    }
    // (Cheap first: a comma two or three words on and a title after it, else no such name.)
    let comma_title = |n: usize| {
        tokens
            .get(n)
            .is_some_and(|t| t.is_punct('،') || t.is_punct(','))
            && word(n + 1).is_some_and(is_title)
    };
    // ("وأوضح سامر الخطيب المتحدث الرسمي باسم الهيئة أن": with no comma, a title of office
    // written with the article and completed by another definite word or باسم.)
    let written_at = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| slice(chars, t.start, t.end).starts_with("ال"))
    };
    // (Not before a name, a title or a relative pronoun: "صاحب السمو الأمير الدكتور"، "الرئيس
    // السيسي"، "استمرار تميز الفريق الذي".)
    let completes_office = |k: usize| {
        word(k) == Some("باسم")
            || (written_at(k)
                && !covered(k)
                && !word(k).is_some_and(|w| is_title(w) || in_list(w, &["الذي", "التي", "الذين"])))
    };
    let office = |n: usize| {
        word(n).is_some_and(is_title) && written_at(n) && !covered(n) && completes_office(n + 1)
    };
    if untitled && !comma_title(j + 2) && !comma_title(j + 3) && !office(j + 2) && !office(j + 3) {
        return None;
    }
    // The words that complete the title.
    let mut k = if called || untitled { j } else { j + 1 };
    while !called && !untitled && k < j + 8 {
        let Some(w) = word(k) else { break };
        let completes = covered(k)
            || definite(w)
            || is_title(w)
            || w == "باسم"
            || (w == "في" && (covered(k + 1) || word(k + 1).is_some_and(definite)));
        if !completes {
            break;
        }
        k += 1;
    }
    // Two or three words of the name, maybe set off by commas ("قالت منسقة الشؤون الإنسانية،
    // كلارا فيغيراس، إن").
    let first = if tokens
        .get(k)
        .is_some_and(|t| t.is_punct('،') || t.is_punct(','))
    {
        k + 1
    } else {
        k
    };
    // ("علي" is a name; the preposition على is written with ى.)
    let ali = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| slice(chars, t.start, t.end) == "علي")
    };
    // A place of no known country in the name's slot is a name the tagger misread
    // ("منسقة …، كلارا فيغيراس،": كلارا as a place).
    let unknown_place = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            entities.iter().any(|e| {
                e.kind == EntityType::Location
                    && e.country.is_none()
                    && e.mentions.iter().any(|m| {
                        m.paragraph == p && m.part.is_body() && m.start < t.end && t.start < m.end
                    })
            })
        })
    };
    let taken = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            entities.iter().any(|e| {
                !(e.kind == EntityType::Location && e.country.is_none())
                    && e.mentions.iter().any(|m| {
                        m.paragraph == p && m.part.is_body() && m.start < t.end && t.start < m.end
                    })
            })
        })
    };
    let name_word = |k: usize| {
        word(k).is_some_and(|w| {
            // ("رئيس وفدها المفاوض": a noun with an attached pronoun is no name.)
            let possessed =
                w.chars().count() >= 5 && ["ها", "هم", "هما"].iter().any(|s| w.ends_with(s));
            !possessed
                && (!covered(k) || (unknown_place(k) && !taken(k)))
                && (!in_list(w, FUNCTION_WORDS) || ali(k))
                && !is_title(w)
                && !lex.has(w)
                && lex.lookup(w).is_none()
                && w.chars().all(|c| c.is_alphabetic())
                && w.chars().count() >= 2
        })
    };
    // "وقال دبلوماسي روسي يتابع الوضع في سوريا": after a title with no article and no proper
    // name in it, the words that follow with no comma describe the speaker (an adjective clause
    // of an indefinite noun), they do not name him.
    if !called && !untitled && first == k && indefinite_title(chars, tokens, j, k, &covered) {
        return None;
    }
    // (The article as written: "إلينا" is a name, though its normal form begins with ال.)
    let written_definite = tokens
        .get(first)
        .is_some_and(|t| slice(chars, t.start, t.end).starts_with("ال"));
    if !name_word(first) || (word(first).is_some_and(definite) && written_definite) {
        return None;
    }
    let mut last = first + 1;
    while last < first + 3
        && name_word(last)
        && !ends_attribution(word(last), tokens.get(last))
        && !(called && written_at(last))
    {
        last += 1;
    }
    let linked = last == first + 3 && matches!(word(first + 1), Some("بن" | "ابن" | "ولد"));
    let ends = ends_attribution(word(last), tokens.get(last));
    // With no title before it, the name needs one right after it, set off by a comma (with no
    // comma, "شكر ولي العهد" or "مقال الأستاذ" run on into a title: phrases, not names), or
    // an office written with the article and completed ("المتحدث الرسمي", "المتحدث باسم").
    let title_after = || {
        let comma = tokens
            .get(last)
            .is_some_and(|t| t.is_punct('،') || t.is_punct(','));
        let at = if comma { last + 1 } else { last };
        (comma && word(at).is_some_and(is_title) && !covered(at)) || (!comma && office(last))
    };
    // ("قالت مصادر محلية، مسؤول …": a plural source or a feminine adjective is no name.)
    let common = (first..last).any(|x| {
        word(x).is_some_and(|w| {
            w.ends_with("يه")
                || in_list(
                    w,
                    &[
                        "مصادر",
                        "شهود",
                        "سكان",
                        "مواطنون",
                        "مواطنين",
                        "عناصر",
                        "قوات",
                        // ("يقول أحد مستشاري الرئيس الروسي"، "وردت بشأن تدخل الرئيس الجزائري":
                        // one of a group, a preposition.)
                        "احد",
                        "بشان",
                        "بسبب",
                        "ضد",
                    ],
                )
        })
    });
    if untitled && (last - first < 2 || common || !title_after()) {
        return None;
    }
    if last - first < 2 || (other_verb && !linked) || !(ends || linked || called || untitled) {
        return None;
    }
    // The name is written in Arabic letters.
    let text = slice(chars, tokens.get(first)?.start, tokens.get(last - 1)?.end);
    text.chars()
        .any(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        .then_some((first, last))
}

/// True when the title words `j..k` are indefinite: none is written with the article, and any
/// mention among them is a nationality (`روسي`، `سورية`), not a proper name that makes a
/// construct definite (`رئيس وزراء باكستان`).
fn indefinite_title(
    chars: &[char],
    tokens: &[Token],
    j: usize,
    k: usize,
    covered: &dyn Fn(usize) -> bool,
) -> bool {
    (j..k).all(|x| {
        let Some(t) = tokens.get(x) else { return true };
        let written = slice(chars, t.start, t.end);
        let bare = written.trim_start_matches(['و', 'ف']);
        !bare.starts_with("ال")
            && (!covered(x) || written.ends_with('ي') || written.ends_with("ية"))
    })
}

/// True when the token after a name ends the attribution.
fn ends_attribution(word: Option<&str>, token: Option<&Token>) -> bool {
    let Some(t) = token else { return true };
    if t.kind != TokenKind::Word {
        return matches!(
            t.norm.as_str(),
            ":" | "،" | "," | "." | "«" | "“" | "\"" | "؛"
        );
    }
    let Some(w) = word else { return false };
    matches!(
        w,
        "ان" | "انه"
            | "انها"
            | "انهم"
            | "بان"
            | "بانه"
            | "بانها"
            | "في"
            | "خلال"
            | "امام"
            | "قوله"
            | "قولها"
    ) || (w.starts_with('ل') && w.chars().count() > 3 && !w.starts_with("لا"))
}

/// Adds the later mentions of entity `index` by its last word (`الحنيطي`) or its full name.
fn named_again(
    entities: &mut [Entity],
    index: usize,
    surname: &str,
    paragraphs: &[Vec<char>],
    tokenized: &[Vec<Token>],
) {
    if surname.chars().count() < 3 {
        return;
    }
    let mut found = Vec::new();
    for (p, (chars, tokens)) in paragraphs.iter().zip(tokenized).enumerate() {
        for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
            let stripped = t
                .norm
                .strip_prefix('و')
                .or_else(|| t.norm.strip_prefix('ف'))
                .filter(|r| *r == surname);
            let start = if t.norm == surname {
                t.start
            } else if stripped.is_some() {
                t.start + 1
            } else {
                continue;
            };
            let taken = entities.iter().any(|e| {
                e.mentions.iter().any(|m| {
                    m.paragraph == p && m.part.is_body() && m.start < t.end && start < m.end
                })
            });
            if !taken {
                found.push(Mention {
                    text: slice(chars, start, t.end).to_string(),
                    part: ArticlePart::Body,
                    paragraph: p,
                    start,
                    end: t.end,
                });
            }
        }
    }
    if let Some(e) = entities.get_mut(index) {
        e.mentions.extend(found);
        e.mentions.sort_by_key(|m| (m.paragraph, m.start));
    }
}

/// Head nouns of a delegation or a region that a title in construct with them (`رئيس الوفد`،
/// `حاكم الولاية`) stands over, normalized without the article: the body is the one the noun
/// opened before (see [`named_after_head`]).
const OPENING_HEADS: &[&str] = &["وفد", "ولايه", "اقليم", "بعثه"];

/// The body a description with the bare head noun `head` stands for (`رئيس الوفد` after `وفدا
/// من الكونغرس الأمريكي`، `رئيس الولاية` after `ولاية جوبالاند`, `head` normalized without the
/// article, one of [`OPENING_HEADS`]): the entity (an organization or place) of the last
/// mention before char `at` of paragraph `para` that the noun opens, the noun right before it
/// or before `من` and definite words leading to it, with no punctuation between (`وفد من
/// الكونغرس الأمريكي`).
pub(crate) fn named_after_head(
    body: &[String],
    entities: &[Entity],
    head: &str,
    para: usize,
    at: usize,
) -> Option<usize> {
    if !OPENING_HEADS.contains(&head) {
        return None;
    }
    let is_head = |w: &str| {
        text::clitic_candidates(w).iter().any(|c| {
            let f = c.form.strip_prefix("ال").unwrap_or(c.form);
            f == head || f.strip_suffix('ا') == Some(head)
        })
    };
    let opened = |m: &Mention| -> bool {
        let Some(text) = body.get(m.paragraph) else {
            return false;
        };
        let before: String = text.chars().take(m.start).collect();
        if before.trim_end().ends_with(|c: char| !c.is_alphabetic()) {
            return false;
        }
        for w in before.split_whitespace().rev().take(4) {
            if w.ends_with(|c: char| !c.is_alphabetic())
                || w.starts_with(|c: char| !c.is_alphabetic())
            {
                return false;
            }
            let n = text::normalize_word(w);
            if is_head(&n) {
                return true;
            }
            if n != "من" && !definite(&n) {
                return false;
            }
        }
        false
    };
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.kind, EntityType::Organization | EntityType::Location))
        .flat_map(|(ei, e)| e.mentions.iter().map(move |m| (ei, m)))
        .filter(|(_, m)| {
            m.part.is_body() && (m.paragraph < para || (m.paragraph == para && m.end <= at))
        })
        .filter(|(_, m)| opened(m))
        .max_by_key(|(_, m)| (m.paragraph, m.start))
        .map(|(ei, _)| ei)
}

/// The place a bare body noun (`الوزارة`، `head` normalized without the article) stands for
/// when a phrase it opened was given in that place before char `at` of paragraph `para`
/// (`وزارة الصحة في غزة`): the entity of the last place mention right after `في`, with the
/// noun up to three definite words before `في` and no punctuation between.
pub(crate) fn head_in_place(
    body: &[String],
    entities: &[Entity],
    head: &str,
    para: usize,
    at: usize,
) -> Option<usize> {
    let given_in = |m: &Mention| -> bool {
        let Some(text) = body.get(m.paragraph) else {
            return false;
        };
        let before: String = text.chars().take(m.start).collect();
        let mut words = before.split_whitespace().rev();
        if words.next().map(text::normalize_word).as_deref() != Some("في") {
            return false;
        }
        for (k, w) in words.take(4).enumerate() {
            if w.ends_with(|c: char| !c.is_alphabetic())
                || w.starts_with(|c: char| !c.is_alphabetic())
            {
                return false;
            }
            let n = text::normalize_word(w);
            let opens = text::clitic_candidates(&n)
                .iter()
                .any(|c| !c.article && c.form == head);
            if opens && k > 0 {
                return true;
            }
            if !definite(&n) {
                return false;
            }
        }
        false
    };
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Location)
        .flat_map(|(ei, e)| e.mentions.iter().map(move |m| (ei, m)))
        .filter(|(_, m)| {
            m.part.is_body() && (m.paragraph < para || (m.paragraph == para && m.end <= at))
        })
        .filter(|(_, m)| given_in(m))
        .max_by_key(|(_, m)| (m.paragraph, m.start))
        .map(|(ei, _)| ei)
}

/// Bare nouns of a kind of body (normalized, no article) that stand for the body of that kind
/// named before: a paper (`الصحيفة` after `صحيفة «الفجر»`), a company, a university, a
/// secretariat or municipality (`الأمانة`).
const KIND_HEADS: &[&str] = &["صحيفه", "جريده", "مجله", "شركه", "جامعه", "امانه"];

/// The body a bare kind noun (`الصحيفة`، `الشركة`، `head` normalized without the article, one of
/// [`KIND_HEADS`]) stands for: the organization of the last body mention before char `at` of
/// paragraph `para` that the noun opens, either right before it with no article (`صحيفة
/// «الفجر»`، `لشركة النخيل`; an opening mark may stand between) or as the first word of a name
/// of two words or more (`جامعة النخيل`). None when the article names no body of that kind.
pub(crate) fn opened_by_kind(
    body: &[String],
    entities: &[Entity],
    head: &str,
    para: usize,
    at: usize,
) -> Option<usize> {
    if !KIND_HEADS.contains(&head) {
        return None;
    }
    let bare_head = |w: &str| {
        text::clitic_candidates(&text::normalize_word(w))
            .iter()
            .any(|c| !c.article && c.form == head)
    };
    let opened = |m: &Mention| -> bool {
        let mut own = m.text.split_whitespace();
        if let (Some(first), Some(_)) = (own.next(), own.next()) {
            let n = text::normalize_word(first);
            if text::clitic_candidates(&n).iter().any(|c| c.form == head) {
                return true;
            }
        }
        let Some(text) = body.get(m.paragraph) else {
            return false;
        };
        let before: String = text.chars().take(m.start).collect();
        let before = before
            .trim_end()
            .trim_end_matches(['«', '“', '"', '\'', '„'])
            .trim_end();
        before
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.chars().all(char::is_alphabetic) && bare_head(w))
    };
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Organization)
        .flat_map(|(ei, e)| e.mentions.iter().map(move |m| (ei, m)))
        .filter(|(_, m)| {
            m.part.is_body() && (m.paragraph < para || (m.paragraph == para && m.end <= at))
        })
        .filter(|(_, m)| opened(m))
        // (A university named on the page comes before the League: `الجامعة` is the League
        // only on a page that names no other body the noun opens before it.)
        .max_by_key(|(ei, m)| {
            let university = head != "جامعه" || !entities.get(*ei).is_some_and(arab_league);
            (university, m.paragraph, m.start)
        })
        .map(|(ei, _)| ei)
}

/// True for the League of Arab States (`جامعة الدول العربية`، `الجامعة العربية`), which a bare
/// `الجامعة` names on a page about the League but not on one that names a university.
fn arab_league(e: &Entity) -> bool {
    e.id == "org:arab-league"
        || std::iter::once(&e.name).chain(e.aliases.iter()).any(|n| {
            let n: Vec<String> = n.split_whitespace().map(text::normalize_word).collect();
            n.windows(3).any(|w| w == ["جامعه", "الدول", "العربيه"])
                || n.windows(2).any(|w| w == ["الجامعه", "العربيه"])
        })
}

/// Nouns of a document that speaks for the body that issued it (`تقرير`، `بيان`، `دراسة`،
/// `تحليل`، `إحصاءات`), normalized without the article.
const DOCUMENT_NOUNS: &[&str] = &[
    "تقرير",
    "بيان",
    "بيانات",
    "دراسه",
    "تحليل",
    "احصاءات",
    "احصاييات",
    "احصاييه",
    "ارقام",
    "مسح",
    "بلاغ",
];

/// Words saying who issued a document (`الصادر عن`، `أعدته`، `نشرتها`), normalized.
const ISSUING: &[&str] = &[
    "صادر",
    "صادره",
    "الصادر",
    "الصادره",
    "صدر",
    "صدرت",
    "اصدره",
    "اصدرته",
    "اصدرها",
    "اصدرتها",
    "اعده",
    "اعدته",
    "اعدها",
    "اعدتها",
    "نشره",
    "نشرته",
    "نشرها",
    "نشرتها",
    "اجراه",
    "اجرته",
    "اجراها",
    "اجرتها",
];

/// Indefinite words that may stand between a document noun and its issuer (`تقرير سنوي لـ`،
/// `تقرير أصدرته مؤخرا`), normalized.
const DOCUMENT_ADJECTIVES: &[&str] = &[
    "سنوي",
    "سنويه",
    "شهري",
    "شهريه",
    "اسبوعي",
    "اسبوعيه",
    "جديد",
    "جديده",
    "حديث",
    "حديثه",
    "رسمي",
    "رسميه",
    "اخر",
    "صحفي",
    "مشترك",
    "مشتركه",
    "موخرا",
    "اليوم",
    "امس",
];

/// Where a quote's attribution words stand in its paragraph: before the quote (the last
/// occurrence before it), else after it (a credit that follows the quote). Returns the byte
/// offset and the char offset of the words' first character.
pub(crate) fn attribution_at(para: &str, quote_text: &str, words: &str) -> Option<(usize, usize)> {
    let at = para.find(quote_text)?;
    let byte = para
        .get(..at)?
        .rfind(words)
        .or_else(|| para.get(at..)?.find(words).map(|b| b + at))?;
    Some((byte, para.get(..byte)?.chars().count()))
}

/// The organization that issued the document a quote with no speaker is credited to (`وأوضح
/// التقرير`، `قال تقرير صدر عن المفوضية`، `ووفقا للتقرير`): the first of the quote's speaker
/// words is a document noun ([`DOCUMENT_NOUNS`]), and its issuer is an organization mention
/// right after an indefinite noun (`تقرير «أوبك»`), behind ل (`التقرير الشهري لـ«تداول»`) or
/// after a word of issuing (`الصادر عن`، `أعدته`), past definite words and a few adjectives.
/// A definite noun with no issuer after it (`التقرير`) is the last such document named before
/// in the article that has one; a document named before with no issuer (`تقرير آخر`) ends the
/// search: nobody.
pub(crate) fn document_issuer(q: &Quote, article: &Article, entities: &[Entity]) -> Option<String> {
    let words = q.speaker_text.as_deref()?;
    let first = words.split_whitespace().next()?;
    let noun = document_noun(first)?;
    let para = article.body.get(q.paragraph)?;
    let (_, start) = attribution_at(para, &q.text, words)?;
    let tokens = char_tokens(para);
    let k = tokens.iter().position(|t| t.0 == start)?;
    match issuer_after(entities, q.paragraph, &tokens, k) {
        Some(ei) => return entities.get(ei).map(|e| e.id.clone()),
        None if !noun.1 => return None,
        None => {}
    }
    // A bare definite noun: the document of that kind named before. (A cheap test of the raw
    // text first: most paragraphs and words hold no part of the noun.)
    let part = noun_fragment(noun.0);
    for p in (0..=q.paragraph).rev() {
        let text = article.body.get(p)?;
        let tokens = if p == q.paragraph {
            tokens.clone()
        } else if text.contains(part) {
            char_tokens(text)
        } else {
            continue;
        };
        let end = if p == q.paragraph { k } else { tokens.len() };
        for j in (0..end).rev() {
            let word = tokens
                .get(j)
                .map(|t| t.1.as_str())
                .filter(|w| w.contains(part));
            let Some((form, def)) = word.and_then(document_noun) else {
                continue;
            };
            if form != noun.0 {
                continue;
            }
            if let Some(ei) = issuer_after(entities, p, &tokens, j) {
                return entities.get(ei).map(|e| e.id.clone());
            }
            if !def {
                return None;
            }
        }
    }
    None
}

/// Letters of a document noun that every spelling of it holds as written (before
/// normalization), to pass over other words cheaply.
fn noun_fragment(noun: &str) -> &str {
    match noun {
        "تقرير" => "قرير",
        "بيان" | "بيانات" => "بيان",
        "دراسه" => "دراس",
        "احصاءات" | "احصاييات" | "احصاييه" => "حصا",
        "ارقام" => "رقام",
        other => other,
    }
}

/// The document noun of `word` (normalized, without clitics) and whether it has the article.
fn document_noun(word: &str) -> Option<(&'static str, bool)> {
    let w = text::normalize_word(word.trim_matches(|c: char| !c.is_alphabetic()));
    let found = text::clitic_candidates(&w).iter().find_map(|c| {
        DOCUMENT_NOUNS
            .iter()
            .find(|n| **n == c.form)
            .map(|n| (*n, c.article))
    });
    found
}

/// A paragraph's words split on white space, each with the char index it starts at.
fn char_tokens(para: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, String)> = None;
    for (i, c) in para.chars().enumerate() {
        if c.is_whitespace() {
            out.extend(cur.take());
        } else {
            cur.get_or_insert_with(|| (i, String::new())).1.push(c);
        }
    }
    out.extend(cur);
    out
}

/// The organization (index in `entities`) that issued the document whose noun is token `k` of
/// paragraph `para` (see [`document_issuer`]), looking at most six words ahead.
fn issuer_after(
    entities: &[Entity],
    para: usize,
    tokens: &[(usize, String)],
    k: usize,
) -> Option<usize> {
    let (noun, definite_noun) = document_noun(&tokens.get(k)?.1)?;
    // (A statement is its maker's, not the agency's that carried it: `بيان نشرته الوكالة`.)
    let statement = matches!(noun, "بيان" | "بلاغ");
    let issues = |n: &str| ISSUING.contains(&n) && !(statement && n.starts_with("نشر"));
    let org_at = |from: usize, to: usize| {
        entities.iter().position(|e| {
            e.kind == EntityType::Organization
                && e.mentions.iter().any(|m| {
                    m.part.is_body() && m.paragraph == para && (from..to).contains(&m.start)
                })
        })
    };
    let mut issuing = false;
    for (step, (start, word)) in tokens.iter().skip(k + 1).take(6).enumerate() {
        let lead = word.chars().take_while(|c| !c.is_alphabetic()).count();
        let core = word.trim_matches(|c: char| !c.is_alphabetic());
        let n = text::normalize_word(core);
        let len = word.chars().count();
        // `لـ«تداول»`، `لمنظمة`: the mention starts after the preposition (and marks).
        let behind_li = n.starts_with('ل') && !n.starts_with("ال");
        let construct = step == 0 && !definite_noun;
        if construct || issuing {
            if let Some(ei) = org_at(*start + lead, *start + lead + 1) {
                return Some(ei);
            }
        }
        if behind_li {
            if let Some(ei) = org_at(*start + lead + 1, *start + len) {
                return Some(ei);
            }
        }
        let from = issuing && matches!(n.as_str(), "عن" | "من");
        // (`التقرير الـ51 الذي أصدرته`: an ordinal written in figures.)
        let number = word.chars().any(|c| c.is_numeric());
        let link = issues(&n)
            || from
            || number
            || DOCUMENT_ADJECTIVES.contains(&n.as_str())
            || (definite(&n) && !n.starts_with('ل'));
        if !link || word.ends_with(['،', ',', '.', ':', '؛']) {
            return None;
        }
        issuing = issues(&n) || from;
    }
    None
}

fn is_title(w: &str) -> bool {
    super::engine::title_word(w) || in_list(w, EXTRA_TITLES)
}

fn definite(w: &str) -> bool {
    text::clitic_candidates(w).iter().any(|c| c.article)
}

fn in_list(w: &str, list: &[&str]) -> bool {
    text::clitic_candidates(w).iter().any(|c| {
        list.contains(&c.form) || c.form.strip_prefix("ال").is_some_and(|f| list.contains(&f))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article {
            body: vec![text.into()],
            ..Article::default()
        }
    }

    #[test]
    fn a_titled_name_after_a_speech_verb_is_a_person_named_again_by_surname() {
        let a = article(
            "وقال المتحدث باسم الجيش العقيد سامر بلحاج إن الوضع هادئ. وأضاف بلحاج أن الدوريات مستمرة.",
        );
        let mut entities = Vec::new();
        assert_eq!(add_attributed_people(&a, &mut entities), 1);
        let p = &entities[0];
        assert_eq!(p.name, "سامر بلحاج");
        assert!(p.id.starts_with("per:"));
        let words: Vec<&str> = p.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(words, ["سامر بلحاج", "بلحاج"]);
    }

    #[test]
    fn no_name_without_a_title_or_an_end_of_attribution() {
        for text in [
            // No title: the words after the verb may be anything.
            "وقال سامر بلحاج إن الوضع هادئ.",
            // No end of attribution after the words.
            "وقال الوزير سامر بلحاج الوضع هادئ جدا اليوم.",
            // The words after the title are events, not a name.
            "وقال الوزير زيارة مالي إن الوضع هادئ.",
            // A noun with an attached pronoun is no name (session 9).
            "وقال رئيس وفدها المفاوض في بيان إن الإفراج تم.",
        ] {
            let mut entities = Vec::new();
            assert_eq!(
                add_attributed_people(&article(text), &mut entities),
                0,
                "{text}"
            );
        }
    }

    #[test]
    fn a_name_already_found_is_left_alone() {
        let text = "قال الوزير سامر بلحاج إن الوضع هادئ.";
        let start = text.chars().position(|c| c == 'س').unwrap_or(0);
        let mut entities = vec![Entity {
            id: "per:x".into(),
            name: "سامر بلحاج".into(),
            kind: EntityType::Person,
            aliases: vec![],
            country: None,
            coordinates: None,
            mentions: vec![Mention {
                text: "سامر بلحاج".into(),
                part: ArticlePart::Body,
                paragraph: 0,
                start,
                end: start + 10,
            }],
        }];
        assert_eq!(add_attributed_people(&article(text), &mut entities), 0);
        assert_eq!(entities.len(), 1);
    }

    #[test]
    fn a_body_that_speaks_after_the_verb_is_an_organization() {
        for (text, name) in [
            (
                "قالت غرفة طوارئ المعسكر إن القصف أصاب السوق.",
                "غرفة طوارئ المعسكر",
            ),
            (
                "وأفادت نقابة أطباء النيجر بأن المستشفى خرج عن الخدمة.",
                "نقابة أطباء النيجر",
            ),
            (
                "وقال مكتب المدعي العام في بيان إن التحقيق بدأ.",
                "مكتب المدعي العام",
            ),
            (
                "أعلنت الشركة الوطنية للكهرباء: «عادت المحطة إلى العمل».",
                "الشركة الوطنية للكهرباء",
            ),
            (
                "وفق ما أفادت به هيئة الإسعاف المحلية، قتل ثلاثة.",
                "هيئة الإسعاف المحلية",
            ),
        ] {
            let mut entities = Vec::new();
            assert_eq!(
                add_attributed_people(&article(text), &mut entities),
                1,
                "{text}"
            );
            assert_eq!(entities[0].name, name);
            assert_eq!(entities[0].kind, EntityType::Organization);
            assert!(entities[0].id.starts_with("org:"));
        }
    }

    #[test]
    fn no_body_without_completing_words_or_an_end_of_attribution() {
        for text in [
            // The head alone, then a filler.
            "وقالت الهيئة في بيان إن القصف أصاب السوق.",
            // A time word is no part of the name, and nothing ends the attribution after it.
            "وقالت الهيئة اليوم الكثير عن القصف.",
            // No speech verb before the head.
            "زارت لجنة الإغاثة الدولية المخيم أمس.",
        ] {
            let mut entities = Vec::new();
            assert_eq!(
                add_attributed_people(&article(text), &mut entities),
                0,
                "{text}: {entities:?}"
            );
        }
    }

    #[test]
    fn a_name_after_a_comma_after_an_from_a_report_or_written_ali_is_found() {
        for (text, name) in [
            (
                "وقالت منسقة الشؤون الإنسانية، سلوى بن حمودة، إن المساعدات وصلت.",
                "سلوى بن حمودة",
            ),
            (
                "ونقلت الصحيفة عن وزير الداخلية علي الأحمدي قوله إن الحدود مغلقة.",
                "علي الأحمدي",
            ),
            ("وقال الوزير علي بن سالم إن الحدود مغلقة.", "علي بن سالم"),
        ] {
            let mut entities = Vec::new();
            assert_eq!(
                add_attributed_people(&article(text), &mut entities),
                1,
                "{text}"
            );
            assert_eq!(entities[0].name, name);
        }
        // على, the preposition, starts no name.
        let mut entities = Vec::new();
        let text = "وقال الوزير على هامش القمة إن الحدود مغلقة.";
        assert_eq!(add_attributed_people(&article(text), &mut entities), 0);
    }

    // ---- session 9

    #[test]
    fn a_body_with_a_complement_behind_li_or_an_or_after_a_credit_is_an_organization() {
        for (text, name) in [
            (
                "اعتبرت الجبهة الشعبية لتحرير الوادي أن القصف خرق للهدنة.",
                "الجبهة الشعبية لتحرير الوادي",
            ),
            (
                "وأعلن إطار التنسيق الموحد عن شعب تيبستي أن الهدنة انتهت.",
                "إطار التنسيق الموحد عن شعب تيبستي",
            ),
            (
                "قتل خمسة مدنيين في قصف على السوق، بحسب لجان الإغاثة المحلية.",
                "لجان الإغاثة المحلية",
            ),
            // A medium behind ل is whom the body spoke to, not part of its name.
            (
                "وقالت هيئة الموانئ لصحيفة محلية إن الرصيف مغلق.",
                "هيئة الموانئ",
            ),
        ] {
            let mut entities = Vec::new();
            assert_eq!(
                add_attributed_people(&article(text), &mut entities),
                1,
                "{text}: {entities:?}"
            );
            assert_eq!(entities[0].name, name, "{text}");
            assert_eq!(entities[0].kind, EntityType::Organization);
        }
        // A complement with an article is no part of the name, and nothing ends it.
        let mut entities = Vec::new();
        let text = "وأعلنت الحركة الشعبية عن الحادث تفاصيل جديدة.";
        assert_eq!(add_attributed_people(&article(text), &mut entities), 0);
    }

    #[test]
    fn a_name_after_yudaa_or_linked_by_bin_after_another_verb_is_a_person() {
        for (text, name) in [
            (
                "«الطريق مقطوع منذ أسبوع»، هكذا وصف سائق يدعى بكاري توري الوضع.",
                "بكاري توري",
            ),
            (
                "انتقد وزير الداخلية السابق حمد بن راشد قرار الحكومة.",
                "حمد بن راشد",
            ),
        ] {
            let mut entities = Vec::new();
            assert_eq!(
                add_attributed_people(&article(text), &mut entities),
                1,
                "{text}: {entities:?}"
            );
            assert_eq!(entities[0].name, name);
            assert_eq!(entities[0].kind, EntityType::Person);
        }
        for text in [
            // يدعي written with ي is "claims".
            "وهو يدعي وجود أسلحة في المخزن.",
            // After a verb that is no speech verb, a name not linked by بن needs an end.
            "انتقد وزير الداخلية سامر بلحاج قرار الحكومة.",
        ] {
            let mut entities = Vec::new();
            assert_eq!(
                add_attributed_people(&article(text), &mut entities),
                0,
                "{text}: {entities:?}"
            );
        }
    }

    #[test]
    fn words_after_an_indefinite_title_describe_the_speaker_not_name_him() {
        for text in [
            "وقال دبلوماسي يتابع الملف في جنيف: إن الجولة المقبلة حاسمة.",
            "وقال دبلوماسي ثان يتابع الملف في جنيف إن الجولة المقبلة حاسمة.",
            "وقال دبلوماسي غربي يتابع الملف في جنيف إن الجولة المقبلة حاسمة.",
        ] {
            let mut entities = Vec::new();
            assert_eq!(
                add_attributed_people(&article(text), &mut entities),
                0,
                "{text}: {entities:#?}"
            );
        }
        // A definite title, or a name set off by commas, still names the speaker.
        for (text, name) in [
            (
                "وقال الدبلوماسي سامر بلحاج في جنيف إن الجولة حاسمة.",
                "سامر بلحاج",
            ),
            ("وقال دبلوماسي، سامر بلحاج، إن الجولة حاسمة.", "سامر بلحاج"),
            (
                "وقال وزير الخارجية سامر بلحاج إن الجولة حاسمة.",
                "سامر بلحاج",
            ),
        ] {
            let mut entities = Vec::new();
            assert_eq!(
                add_attributed_people(&article(text), &mut entities),
                1,
                "{text}"
            );
            assert_eq!(entities[0].name, name, "{text}");
        }
    }

    #[test]
    fn the_words_after_bism_name_the_body_a_spokesman_speaks_for() {
        for (text, name) in [
            (
                "وقال متحدث باسم مركز الأبحاث القطبية إن الجليد يذوب بسرعة.",
                "مركز الأبحاث القطبية",
            ),
            (
                "وأكدت الناطقة الرسمية باسم هيئة الموانئ البحرية للوكالة أن الرصيف أغلق.",
                "هيئة الموانئ البحرية",
            ),
            (
                "وقال متحدث باسم شرطة الميناء: نطمئن السكان إلى أن الوضع آمن.",
                "شرطة الميناء",
            ),
            (
                "وقال متحدث باسم خدمة البريد الوطني لوسائل الإعلام إن الطرد وصل.",
                "خدمة البريد الوطني",
            ),
        ] {
            let mut entities = Vec::new();
            assert_eq!(
                add_attributed_people(&article(text), &mut entities),
                1,
                "{text}: {entities:#?}"
            );
            assert_eq!(entities[0].name, name, "{text}");
            assert_eq!(entities[0].kind, EntityType::Organization, "{text}");
        }
        // A title after باسم is a person's; a lone head word, or a medium right after it, names
        // no body; and no spokesman, no body.
        for text in [
            "وقالت المتحدثة باسم المدعي العام إن التحقيق مستمر.",
            "وقال متحدث باسم السجن للإذاعة المحلية إن السجين فر.",
            "وقال الناطق باسم الوحدات الخاصة إن الطريق آمن.",
            "وقال مراقب من مركز الأبحاث القطبية إن الجليد يذوب بسرعة.",
        ] {
            let mut entities = Vec::new();
            add_attributed_people(&article(text), &mut entities);
            assert!(
                entities.iter().all(|e| e.kind != EntityType::Organization),
                "{text}: {entities:#?}"
            );
        }
    }

    #[test]
    fn a_name_right_after_a_speech_verb_with_a_title_after_it_is_a_person() {
        for (text, name) in [
            (
                "وقال سامر بلحاج، مدير مرصد المياه: «المخزون يكفي شهرا».",
                "سامر بلحاج",
            ),
            (
                "ويقول نادر قرطبي، مستشار وزير الزراعة، إن المحصول تضرر.",
                "نادر قرطبي",
            ),
            // With no comma, a title of office with the article that a definite word or
            // باسم completes.
            (
                "وقال نادر قرطبي المدير التنفيذي للجمعية إن التمويل توقف.",
                "نادر قرطبي",
            ),
            (
                "وأوضح زاهر القرمزي المتحدث باسم البلدية أن الطريق أغلق.",
                "زاهر القرمزي",
            ),
        ] {
            let mut entities = Vec::new();
            assert_eq!(
                add_attributed_people(&article(text), &mut entities),
                1,
                "{text}: {entities:#?}"
            );
            assert_eq!(entities[0].name, name, "{text}");
            assert_eq!(entities[0].kind, EntityType::Person, "{text}");
        }
        // No title after the words, a title with no article and no comma, or one with the
        // article that a name follows (a title before the real name): no name.
        for text in [
            "وقال سامر بلحاج في مقابلة إن المخزون يكفي شهرا.",
            "وقالت مصادر محلية، مسؤول في البلدية، إن المخزون يكفي.",
            "وقال شهود عيان مدير المدرسة هرب.",
            "وقال نادر قرطبي مدير الجمعية إن التمويل توقف.",
            "وأكد راعي الحفل الأمير سلطان بن فهد أن الجوائز وزعت.",
            "ويقول أحد مستشاري الرئيس التنفيذي إن الشركة ستتوسع.",
            "وأكد صاحب السمو الأمير الدكتور فهد بن سالم أن الجوائز وزعت.",
            "وأكد استمرار تميز الفريق الذي فاز بالبطولة.",
        ] {
            let mut entities = Vec::new();
            assert_eq!(
                add_attributed_people(&article(text), &mut entities),
                0,
                "{text}: {entities:#?}"
            );
        }
    }

    #[test]
    fn a_first_name_misread_as_an_unknown_place_is_still_a_name() {
        let text = "وقالت منسقة الإغاثة، إلينا فيغيراس، إن المخيم محاصر.";
        let at = text.find("إلينا").unwrap_or(0);
        let start = text[..at].chars().count();
        let place = |country: Option<String>| Entity {
            id: "loc:x".into(),
            name: "إلينا".into(),
            kind: EntityType::Location,
            aliases: vec![],
            country,
            coordinates: None,
            mentions: vec![Mention {
                text: "إلينا".into(),
                part: ArticlePart::Body,
                paragraph: 0,
                start,
                end: start + 5,
            }],
        };
        let mut entities = vec![place(None)];
        assert_eq!(add_attributed_people(&article(text), &mut entities), 1);
        assert_eq!(entities[1].name, "إلينا فيغيراس");
        // A place the gazetteer knows is not a name.
        let mut entities = vec![place(Some("GRC".into()))];
        assert_eq!(add_attributed_people(&article(text), &mut entities), 0);
    }

    // ---- session 19: descriptions that name a body met before ----

    use crate::events::engine::tests::run_on;
    use EntityType::{Location as L, Organization as O};

    /// The speaker of the quote holding `phrase`.
    fn speaker_of(
        text: &str,
        ents: &[(&str, EntityType, Option<&str>, &[&str])],
        phrase: &str,
    ) -> Option<String> {
        let (quotes, _) = run_on(text, ents);
        quotes
            .into_iter()
            .find(|q| q.text.contains(phrase))
            .and_then(|q| q.speaker)
    }

    #[test]
    fn a_title_over_a_bare_head_noun_speaks_for_the_body_that_noun_opened() {
        let kenya = ("كينيا", L, Some("KEN"), &["الكيني", "نيروبي"][..]);
        let parliament = ("البرلمان الأوروبي", O, None, &[][..]);
        let text = "استقبل رئيس الوزراء الكيني وفدا من البرلمان الأوروبي في نيروبي. وقال رئيس الوفد إن المباحثات تناولت التجارة والهجرة.";
        assert_eq!(
            speaker_of(text, &[kenya, parliament], "تناولت التجارة").as_deref(),
            Some("البرلمان الأوروبي")
        );
        // A state named only after the noun (`ولاية جلمدغ`, the mention is the name alone).
        let state = ("جلمدغ", L, Some("SOM"), &[][..]);
        let text = "رفضت ولاية جلمدغ نتائج الإحصاء الأخير. وقال رئيس الولاية إن الأرقام غير دقيقة.";
        assert_eq!(
            speaker_of(text, &[state], "غير دقيقة").as_deref(),
            Some("جلمدغ")
        );
        // Not an adjective of the title's (`المسؤول الأمني` after `مصدر أمني كيني`).
        let text = "وكشف مصدر أمني كيني عن اعتقالات جديدة. وقال المسؤول الأمني إن التحقيق مستمر.";
        let kenyan = ("كينيا", L, Some("KEN"), &["كيني"][..]);
        assert_ne!(
            speaker_of(text, &[kenyan], "التحقيق مستمر").as_deref(),
            Some("كينيا")
        );
        // Not a body the noun only went to (`وفدا إلى`).
        let kenya = ("كينيا", L, Some("KEN"), &[][..]);
        let text = "أرسلت كينيا وفدا إلى البرلمان الأوروبي. وقال رئيس الوفد إن المباحثات تناولت التجارة والهجرة.";
        assert_ne!(
            speaker_of(text, &[kenya, parliament], "تناولت التجارة").as_deref(),
            Some("البرلمان الأوروبي")
        );
    }

    #[test]
    fn bare_committees_are_the_committees_named_before() {
        let committees = ("لجان الإغاثة في الجنينة", O, None, &[][..]);
        let text = "أفادت لجان الإغاثة في الجنينة بمقتل ثلاثة مدنيين. وأضافت اللجان في بيان أن الوضع الصحي يتدهور.";
        assert_eq!(
            speaker_of(text, &[committees], "الصحي يتدهور").as_deref(),
            Some("لجان الإغاثة في الجنينة")
        );
    }

    #[test]
    fn a_bare_ministry_is_the_place_its_phrase_was_given_in() {
        let city = ("الموصل", L, Some("IRQ"), &[][..]);
        let text = "نشرت وزارة الزراعة في الموصل تقريرا عن الموسم. وأكدت الوزارة أن محصول القمح تضاعف هذا العام.";
        assert_eq!(
            speaker_of(text, &[city], "محصول القمح").as_deref(),
            Some("الموصل")
        );
        // Not a place the noun is not the head of (`في` right after the noun: the words say
        // where it acted, not which ministry).
        let text =
            "نشرت وزارة في الموصل تقريرا عن الموسم. وأكدت الوزارة أن محصول القمح تضاعف هذا العام.";
        assert_ne!(
            speaker_of(text, &[city], "محصول القمح").as_deref(),
            Some("الموصل")
        );
    }

    #[test]
    fn a_bare_kind_noun_speaks_for_the_body_of_that_kind_named_before() {
        let paper = ("الفجر", O, None, &[][..]);
        let board = ("هيئة الموانئ", O, None, &[][..]);
        let text = "نشرت صحيفة «الفجر» تحقيقا مطولا عن الموانئ.\n\nوردت هيئة الموانئ على التحقيق في بيان.\n\nوقالت الصحيفة إن الوثائق تكشف تجاوزات في العقود.";
        assert_eq!(
            speaker_of(text, &[paper, board], "تجاوزات في العقود").as_deref(),
            Some("الفجر")
        );
        // A university named by a name the noun opens.
        let school = ("جامعة النخيل", O, None, &[][..]);
        let text = "افتتحت جامعة النخيل مختبرا جديدا للطاقة.\n\nوأوضحت الجامعة أن المختبر يخدم مئات الباحثين.";
        assert_eq!(
            speaker_of(text, &[school], "مئات الباحثين").as_deref(),
            Some("جامعة النخيل")
        );
        // A university named before the League: the bare noun is still the university; the
        // League only on a page that names no university.
        let league = ("جامعة الدول العربية", O, None, &["الجامعة العربية"][..]);
        let text = "افتتحت جامعة النخيل مختبرا جديدا للطاقة بحضور مندوب عن جامعة الدول العربية.\n\nوأوضحت الجامعة أن المختبر يخدم مئات الباحثين.";
        assert_eq!(
            speaker_of(text, &[school, league], "مئات الباحثين").as_deref(),
            Some("جامعة النخيل")
        );
        let text = "اجتمع وزراء الخارجية العرب في مقر الجامعة العربية بالقاهرة.\n\nوأوضحت الجامعة أن الاجتماع يبحث الأزمة في ليبيا.";
        assert_eq!(
            speaker_of(text, &[league], "الأزمة في ليبيا").as_deref(),
            Some("جامعة الدول العربية")
        );
        // No body of that kind named: the noun stays unlinked, not the other body.
        let text = "ردت هيئة الموانئ على التحقيق في بيان.\n\nوقالت الصحيفة إن الوثائق تكشف تجاوزات في العقود.";
        assert_eq!(speaker_of(text, &[board], "تجاوزات في العقود"), None);
    }
    #[test]
    fn a_document_speaks_for_the_body_that_issued_it() {
        let ngo = ("منظمة الأفق للتنمية", O, None, &[][..]);
        let group = ("مجموعة النخيل", O, None, &[][..]);
        // A report issued by a body named before, then the bare report.
        let text = "ذكر تقرير صادر عن منظمة الأفق للتنمية أن الفقر تراجع في الأرياف.\n\nوأوضح التقرير أن نسبة الأمية ارتفعت في المدن الصغيرة.";
        assert_eq!(
            speaker_of(text, &[ngo], "الأمية ارتفعت").as_deref(),
            Some("منظمة الأفق للتنمية")
        );
        // Past an ordinal in figures.
        let text = "كشف التقرير الـ12 الذي أصدرته منظمة الأفق للتنمية أن الفقر تراجع.\n\nوأوضح التقرير أن نسبة الأمية ارتفعت في المدن الصغيرة.";
        assert_eq!(
            speaker_of(text, &[ngo], "الأمية ارتفعت").as_deref(),
            Some("منظمة الأفق للتنمية")
        );
        // The issuer in construct, behind ل after adjectives, after a word of issuing.
        let text = "وقال تقرير «مجموعة النخيل» إن الأرباح تضاعفت هذا العام.";
        assert_eq!(
            speaker_of(text, &[group], "الأرباح تضاعفت").as_deref(),
            Some("مجموعة النخيل")
        );
        let text = "وأوضح التقرير الفصلي لـ«مجموعة النخيل»، أن الأرباح تضاعفت هذا العام.";
        assert_eq!(
            speaker_of(text, &[group], "الأرباح تضاعفت").as_deref(),
            Some("مجموعة النخيل")
        );
        let text = "وأكدت الدراسة التي أعدتها منظمة الأفق للتنمية أن الأمية تراجعت.";
        assert_eq!(
            speaker_of(text, &[ngo], "الأمية تراجعت").as_deref(),
            Some("منظمة الأفق للتنمية")
        );
        // A body that did not issue the report named before, a report about the body, or
        // another report with no issuer in between: nobody.
        let text = "وأكدت منظمة الأفق للتنمية أنها ستواصل عملها.\n\nوأوضح التقرير أن نسبة الأمية ارتفعت في المدن الصغيرة.";
        assert_eq!(speaker_of(text, &[ngo], "الأمية ارتفعت"), None);
        let agency = ("وكالة الأنباء الوطنية", O, None, &[][..]);
        let text = "وقالت الوزارة في بيان نشرته وكالة الأنباء الوطنية إن الموسم بدأ.\n\nوأضاف البيان أن الأسعار ستبقى ثابتة.";
        assert_eq!(speaker_of(text, &[agency], "الأسعار ستبقى"), None);
        let text = "وقال تقرير عن منظمة الأفق للتنمية إن تمويلها تراجع.";
        assert_eq!(speaker_of(text, &[ngo], "تمويلها تراجع"), None);
        let text = "ذكر تقرير صادر عن منظمة الأفق للتنمية أن الفقر تراجع.\n\nوتحدث تقرير آخر عن التعليم.\n\nوأوضح التقرير أن نسبة الأمية ارتفعت في المدن الصغيرة.";
        assert_eq!(speaker_of(text, &[ngo], "الأمية ارتفعت"), None);
    }

    // ---- session 20: bodies the analysis coins an organization for ----

    /// The speaker (entity id) the whole analysis gives the quote holding `phrase`.
    fn analyzed_speaker(paragraphs: &[&str], phrase: &str) -> Option<String> {
        let article = Article {
            body: paragraphs.iter().map(|p| (*p).to_owned()).collect(),
            ..Article::default()
        };
        let a = crate::Analyzer::embedded().analyze(&article);
        a.quotes
            .into_iter()
            .find(|q| q.text.contains(phrase))
            .and_then(|q| q.speaker)
    }

    #[test]
    fn a_coined_state_body_speaks_for_the_state_of_its_page() {
        // A ministry of no nationality on a page with a dateline: the dateline's state.
        let text = "بيروت - داهمت قوى الأمن مستودعا في مدينة صيدا فجر الثلاثاء، وقالت وزارة الداخلية إن المستودع كان يضم أسلحة مهربة من الحدود الشمالية.";
        assert_eq!(
            analyzed_speaker(&[text], "أسلحة مهربة").as_deref(),
            Some("loc:LBN")
        );
        // An authority of its own name through the nationality after it.
        let text = "القاهرة - أكدت الهيئة العامة للاستعلامات المصرية أن الوفد الصحفي سيزور سيناء الأسبوع المقبل.";
        assert_eq!(
            analyzed_speaker(&[text], "الوفد الصحفي").as_deref(),
            Some("loc:EGY")
        );
        // Not another state: a nationality in the name whose state the page does not name,
        // a page that names two states and no dateline, an authority with no nationality.
        let text = "أعلنت وزارة الدفاع التركية تحييد أربعة مسلحين في عملية جوية. وقالت الوزارة إن العمليات ستتواصل حتى تأمين الحدود.";
        assert!(analyzed_speaker(&[text], "تأمين الحدود").is_some_and(|s| s.starts_with("org:")));
        let text = "استقبل الرئيس الفرنسي نظيره الكيني في باريس أمس. وقالت وزارة الخارجية إن الزيارة تناولت التعاون الاقتصادي بين البلدين.";
        assert!(
            analyzed_speaker(&[text], "التعاون الاقتصادي").is_some_and(|s| s.starts_with("org:"))
        );
        let text = "وقال متحدث باسم الوزارة لوكالة الأنباء الألمانية إن المعتقلين سيمثلون أمام المحكمة الأسبوع المقبل.";
        assert_ne!(
            analyzed_speaker(&[text], "سيمثلون أمام").as_deref(),
            Some("loc:DEU")
        );
        let text = "بيروت - قالت هيئة الإغاثة إن القوافل وصلت إلى المخيمات الحدودية صباح اليوم.";
        assert!(analyzed_speaker(&[text], "القوافل وصلت").is_some_and(|s| s.starts_with("org:")));
    }

    #[test]
    fn a_title_speaks_for_the_body_named_right_after_its_words() {
        // A spokesman of the body's head, the body behind لل.
        let text = "وقال المتحدث باسم الأمين العام للأمم المتحدة إن فريقا من الخبراء سيصل إلى بنغازي الأسبوع المقبل.";
        assert_eq!(
            analyzed_speaker(&[text], "فريقا من الخبراء").as_deref(),
            Some("org:un")
        );
        // A commissioner `في` the body, named by its bare noun.
        let text = "خصص الاتحاد الأوروبي مئة مليون يورو لدعم المدارس في الأردن، وقال المفوض المكلف بالتعليم في الاتحاد إن المنحة تغطي ثلاثة أعوام.";
        assert_eq!(
            analyzed_speaker(&[text], "المنحة تغطي").as_deref(),
            Some("org:eu")
        );
        // Words that end in باسم: the body right after them (its bare noun).
        let text = "أقرت حكومة جمهورية الوادي خطة تقشف جديدة. وجاء في البيان الذي تلاه الناطق باسم الحكومة أن الرواتب لن تتأثر بالخطة.";
        assert!(
            analyzed_speaker(&[text], "الرواتب لن تتأثر").is_some_and(|s| s.starts_with("org:"))
        );
        // Not a nameless official of the body, nor a body right after the words without لل
        // (the object of the verb).
        let text = "وقال مسؤول في الأمم المتحدة إن فريقا من الخبراء سيصل إلى بنغازي الأسبوع المقبل.";
        assert_eq!(analyzed_speaker(&[text], "فريقا من الخبراء"), None);
        let text = "طالب المجلس الأعلى للمياه حكومة الوحدة الوطنية بوقف الحفر العشوائي، محذرا من أنه سيتخذ إجراءات بحق المخالفين.";
        assert_ne!(
            analyzed_speaker(&[text], "بحق المخالفين").as_deref(),
            Some("org:gnu-libya")
        );
    }
}
