//! Plain-text pages: a page's visible text as a scraper dumps it, one block per line.
//!
//! [`extract_text`] reads such a dump into an [`Article`]. It works on lines, with statistics and
//! phrase cues rather than rules for one site:
//!
//! 1. **Classify** each non-blank line with the cues of [`crate::cues`]: furniture (logo, menu,
//!    ads), share/follow lines, copyright, breadcrumbs, related-news and "most read" headings,
//!    bylines, date lines, photo captions with credits, and ordinary text.
//! 2. **Find the article's region**: each line gets a score (a paragraph of running text — enough
//!    words and a sentence-ending mark — scores its word count; short lines, link-like headlines
//!    and boilerplate score below zero), and the region is the contiguous run of lines with the
//!    largest total (the maximum-sum segment). Menus, footers and comment threads fall outside
//!    because the short lines between them and the article outweigh them.
//! 3. **Headline**: among the lines before the region, the best of: a line repeated on the page
//!    (dumps often hold the headline twice), a line the page's first line (its `<title>`)
//!    contains, one near the region; lines ending with a period are not headlines.
//! 4. **Section** from a breadcrumb trail, or a lone short line just above the headline;
//!    **date** from the first date line (a "published" label beats none, which beats "updated");
//!    **caption and credit**, **byline** and **publisher** (from the copyright line) from their
//!    cue lines.
//! 5. **Related blocks**: after a related heading, the following short lines that are not running
//!    text are other articles' headlines (four words or more) or topic tags (fewer): a line that
//!    reads like a name (one to three words of letters, no sentence mark, not a photo label, not
//!    the headline) right before a related headline goes to the article's `tags`, so analysis
//!    still sees it; the block is found wherever it sits, even in the middle of the body.
//! 6. **Body**: the region's lines of running text, minus the related blocks, metadata lines and
//!    repeats of the headline.
//!
//! ```
//! use rasd_extract::{plain::extract_text, Options};
//! let page = "logo\nرياضة\n\nالفريق يفوز بالكأس بعد مباراة مثيرة\n\n\
//!             فاز الفريق الأول بالكأس مساء أمس بعد مباراة مثيرة امتدت إلى الأشواط الإضافية أمام جمهور كبير.\n\n\
//!             وقال المدرب إن اللاعبين قدموا أداء رائعا رغم الإرهاق الذي أصابهم في الشوط الثاني من المباراة.\n\n\
//!             تابعونا على\n© 2025 صحيفة المثال\n";
//! let a = extract_text(page, &Options::default()).unwrap();
//! assert_eq!(a.headline, "الفريق يفوز بالكأس بعد مباراة مثيرة");
//! assert_eq!(a.section.as_deref(), Some("رياضة"));
//! assert_eq!(a.body.len(), 2);
//! assert_eq!(a.publisher.as_deref(), Some("صحيفة المثال"));
//! ```

use std::collections::HashMap;

use rasd_model::{Article, Image, Related};

use crate::cues::{self, DateLabel};
use crate::{ExtractError, Options};

/// What a line is, by its cues.
#[derive(Debug, Clone, PartialEq)]
enum Kind {
    /// Ordinary text: a paragraph, a headline, a menu item.
    Text,
    /// Logo, menu, ads, share/follow, lone punctuation.
    Junk,
    /// A copyright line.
    Copyright,
    /// A breadcrumb trail, with its parts.
    Breadcrumb(Vec<String>),
    /// A "related news" heading.
    RelatedHead,
    /// "اقرأ أيضا: headline" on one line.
    InlineRelated(String),
    /// A "most read" / "latest news" heading.
    ListHead,
    /// The start of a comment section, or a comment's author line.
    Comments,
    /// A byline, with its authors (empty for a bare marker like "By" whose names follow).
    Byline(Vec<String>),
    /// A line that is (mostly) a date.
    Date(DateLabel, String),
    /// A photo caption and its credit.
    Caption(String, Option<String>),
}

/// One non-blank line of the dump.
#[derive(Debug, Clone)]
struct Line<'a> {
    text: &'a str,
    folded: String,
    words: usize,
    ends_sentence: bool,
    kind: Kind,
}

impl Line<'_> {
    /// A paragraph of running text: enough words, and a sentence end unless very long.
    fn is_running_text(&self) -> bool {
        self.kind == Kind::Text && ((self.ends_sentence && self.words >= 8) || self.words >= 20)
    }
}

/// Reads a plain-text dump of a page into an article.
///
/// Returns [`ExtractError::NoArticle`] when no paragraph of running text is found.
pub fn extract_text(text: &str, opts: &Options) -> Result<Article, ExtractError> {
    let lines = classify(text, opts);
    if lines.is_empty() {
        return Err(ExtractError::Empty);
    }
    let mut repeats: HashMap<&str, usize> = HashMap::new();
    for line in &lines {
        *repeats.entry(line.folded.as_str()).or_default() += 1;
    }
    // Lines of related-news blocks are known for what they are: they cost little inside the
    // article, so a block in the middle of the body does not split it.
    let mut in_related = vec![false; lines.len()];
    let _ = related_blocks(&lines, 0, lines.len(), &mut in_related);
    let Some((start, end)) = main_region(&lines, &in_related) else {
        let longest = lines.iter().map(|l| l.words).max().unwrap_or(0);
        return Err(ExtractError::NoArticle {
            reason: format!(
                "no paragraph of running text in {} lines (the longest has {longest} words)",
                lines.len()
            ),
        });
    };

    let headline_at = find_headline(&lines, start, &repeats);
    let headline = headline_at
        .and_then(|i| lines.get(i))
        .map(|l| l.text.to_string())
        .or_else(|| title_from_first_line(&lines))
        .unwrap_or_default();
    let headline_folded = cues::fold(&headline);

    let mut used = vec![false; lines.len()];
    let RelatedBlocks { related, mut tags } =
        related_blocks(&lines, headline_at.unwrap_or(0), end, &mut used);
    tags.retain(|t| cues::fold(t) != headline_folded);

    let body: Vec<String> = {
        let mut seen: Vec<&str> = Vec::new();
        let mut out = Vec::new();
        for (i, line) in lines.iter().enumerate().take(end + 1).skip(start) {
            let keep = !used.get(i).copied().unwrap_or(true)
                && line.kind == Kind::Text
                && line.folded != headline_folded
                && ((line.ends_sentence && line.words >= 4) || line.words >= 10)
                && !seen.contains(&line.folded.as_str());
            if keep {
                seen.push(&line.folded);
                out.push(line.text.to_string());
            }
        }
        out
    };
    if body.is_empty() {
        return Err(ExtractError::NoArticle {
            reason: "the text holds no paragraph of the article's own".to_string(),
        });
    }

    let header_end = end.min(lines.len().saturating_sub(1));
    let headline_first = lines
        .iter()
        .position(|l| l.folded == headline_folded)
        .or(headline_at);
    let section = find_section(&lines, headline_first, &headline_folded);
    let published = find_date(&lines, start, end);
    let image = find_image(
        &lines,
        headline_at.unwrap_or(0),
        header_end,
        &headline_folded,
    );
    let authors = find_authors(&lines, header_end);
    let publisher = lines
        .iter()
        .rev()
        .filter(|l| l.kind == Kind::Copyright)
        .find_map(|l| cues::publisher_from_copyright(l.text));

    Ok(Article {
        url: opts.url.clone(),
        publisher,
        section,
        headline,
        published,
        authors,
        image,
        body,
        related,
        tags,
        ..Article::default()
    })
}

/// Splits the text into non-blank lines and classifies each.
fn classify<'a>(text: &'a str, opts: &Options) -> Vec<Line<'a>> {
    let mut out = Vec::new();
    for raw in text.lines() {
        let line = raw.trim_matches(|c: char| {
            c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200F}' || c == '\u{200E}'
        });
        if line.is_empty() {
            continue;
        }
        let folded = cues::fold(line);
        let words = crate::count_words(line);
        let ends_sentence = ends_sentence(line);
        let kind = classify_line(line, &folded, words, ends_sentence, opts);
        out.push(Line {
            text: line,
            folded,
            words,
            ends_sentence,
            kind,
        });
    }
    // A credit alone on its line ("(رويترز)", "Photo: AFP") belongs to the short line above it.
    for i in 1..out.len() {
        let Some(Kind::Caption(caption, credit)) = out.get(i).map(|l| l.kind.clone()) else {
            continue;
        };
        let Some(prev) = out.get(i - 1) else { continue };
        if caption.is_empty()
            && prev.kind == Kind::Text
            && prev.words <= 25
            && !prev.is_running_text()
        {
            let caption = prev.text.to_string();
            if let Some(p) = out.get_mut(i - 1) {
                p.kind = Kind::Caption(caption, credit);
            }
            if let Some(c) = out.get_mut(i) {
                c.kind = Kind::Junk;
            }
        }
    }
    out
}

fn classify_line(
    line: &str,
    folded: &str,
    words: usize,
    ends_sentence: bool,
    opts: &Options,
) -> Kind {
    if cues::is_punctuation_only(line) || cues::is_furniture(line) || cues::is_share_or_follow(line)
    {
        return Kind::Junk;
    }
    if cues::is_copyright(line) && words <= 30 {
        return Kind::Copyright;
    }
    if cues::is_related_heading(line) {
        return Kind::RelatedHead;
    }
    if let Some(title) = cues::inline_related(line) {
        return Kind::InlineRelated(title);
    }
    if cues::is_list_heading(line) {
        return Kind::ListHead;
    }
    if cues::is_comments_heading(line) {
        return Kind::Comments;
    }
    if words <= 14 && !ends_sentence_strongly(line) {
        if let Some(parts) = cues::breadcrumb_parts(line) {
            return Kind::Breadcrumb(parts);
        }
    }
    if matches!(folded, "by" | "par" | "بقلم" | "كتب" | "written by") {
        return Kind::Byline(Vec::new());
    }
    if let Some(authors) = cues::byline_authors(line) {
        return Kind::Byline(authors);
    }
    if words <= 16 {
        if let Some(m) = rasd_text::date::find(line, opts.now) {
            let span = m.end.saturating_sub(m.start);
            let chars = line.chars().count().max(1);
            let label = cues::date_label(line);
            if label != DateLabel::None || span * 2 >= chars || words <= 8 {
                return Kind::Date(label, m.value.to_iso());
            }
        }
    }
    if let Some((caption, credit)) = cues::split_caption_credit(line) {
        let agency = credit.as_deref().is_some_and(|c| {
            cues::AGENCIES
                .iter()
                .any(|a| cues::fold(a) == cues::fold(c))
        });
        if agency || (!ends_sentence && words <= 20) {
            return Kind::Caption(caption, credit);
        }
    }
    Kind::Text
}

/// True when the line ends like a sentence: `. ! ? ؟ : … ;` possibly followed by closing quotes
/// or brackets.
fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '）' | '«' | '“'
            )
    });
    trimmed.ends_with([
        '.', '!', '?', '؟', ':', '…', ';', '؛', '。', '！', '？', '」',
    ])
}

/// Like [`ends_sentence`], but only `.`, `!`, `?`, `؟` (not `:`).
fn ends_sentence_strongly(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', '؟'])
}

/// How much a line speaks for being inside the article (positive) or outside it (negative).
fn line_score(line: &Line<'_>) -> f64 {
    match &line.kind {
        Kind::Junk | Kind::Copyright | Kind::ListHead | Kind::Breadcrumb(_) => -6.0,
        Kind::Comments => -25.0,
        Kind::RelatedHead | Kind::InlineRelated(_) => -4.0,
        Kind::Byline(_) | Kind::Date(..) | Kind::Caption(..) => -1.0,
        Kind::Text => {
            let w = line.words as f64;
            if line.ends_sentence && line.words >= 8 {
                w.min(120.0)
            } else if line.words >= 20 {
                (w * 0.7).min(100.0)
            } else if line.ends_sentence && line.words >= 4 {
                w * 0.3
            } else if line.words <= 3 {
                -2.0
            } else {
                // Headline-like: another story's title in a list, or a subheading.
                -(2.0 + w * 2.0)
            }
        }
    }
}

/// The article's run of lines, `(first, last)` inclusive; `None` when there is no paragraph.
///
/// When a line repeats the page's title (the dump's first line, its `<title>`), the article
/// starts after it: the first such line followed closely by running text anchors the search, so
/// teasers of other stories above the headline stay out. The run then ends before a comment
/// section that follows some of the article's text.
fn main_region(lines: &[Line<'_>], in_related: &[bool]) -> Option<(usize, usize)> {
    let from = title_anchor(lines).map_or(0, |a| a + 1);
    let (start, mut end) = max_run(lines, in_related, from, lines.len())
        .or_else(|| max_run(lines, in_related, 0, lines.len()))?;
    let mut words_before = 0;
    let mut paragraphs_before = 0;
    for i in start..=end {
        let Some(line) = lines.get(i) else { break };
        if line.kind == Kind::Comments && (paragraphs_before >= 2 || words_before >= 60) {
            end = i.saturating_sub(1);
            break;
        }
        if line.is_running_text() {
            paragraphs_before += 1;
            words_before += line.words;
        }
    }
    Some((start, end))
}

/// The first line after the first that repeats the page's `<title>` (minus a site suffix) and
/// is followed within twelve lines by running text.
fn title_anchor(lines: &[Line<'_>]) -> Option<usize> {
    let title = lines.first()?;
    if title.kind != Kind::Text || title.words < 3 {
        return None;
    }
    lines.iter().enumerate().skip(1).find_map(|(i, line)| {
        let matches = line.kind == Kind::Text
            && line.words >= 3
            && line.words * 2 >= title.words
            && title.folded.contains(line.folded.as_str());
        let text_follows = lines.iter().skip(i + 1).take(12).any(Line::is_running_text);
        (matches && text_follows).then_some(i)
    })
}

/// The maximum-sum run of lines in `from..to`; `None` when it holds no running text.
fn max_run(
    lines: &[Line<'_>],
    in_related: &[bool],
    from: usize,
    to: usize,
) -> Option<(usize, usize)> {
    let mut best: Option<(f64, usize, usize)> = None;
    let mut sum = 0.0;
    let mut from = from;
    for (i, line) in lines.iter().enumerate().take(to).skip(from) {
        if sum <= 0.0 {
            sum = 0.0;
            from = i;
        }
        let related = in_related.get(i).copied().unwrap_or(false) && line.kind == Kind::Text;
        sum += if related { -1.0 } else { line_score(line) };
        if sum > 0.0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, from, i));
        }
    }
    // A region needs at least one real paragraph.
    let (_, start, end) = best?;
    lines
        .get(start..=end)?
        .iter()
        .any(Line::is_running_text)
        .then_some((start, end))
}

/// The index of the headline line, if one is found before the region.
fn find_headline(
    lines: &[Line<'_>],
    region_start: usize,
    repeats: &HashMap<&str, usize>,
) -> Option<usize> {
    let title = lines.first().map(|l| l.folded.clone()).unwrap_or_default();
    let mut best: Option<(i32, usize)> = None;
    // Consider lines before the region; a headline is never inside the body.
    for (i, line) in lines.iter().enumerate().take(region_start) {
        if line.kind != Kind::Text || line.words < 3 || line.words > 30 {
            continue;
        }
        let mut score = 0;
        if repeats.get(line.folded.as_str()).copied().unwrap_or(0) >= 2 {
            score += 3;
        }
        if i > 0 && title.contains(line.folded.as_str()) && line.words >= 3 {
            score += 4;
        }
        let distance = region_start - i;
        if distance <= 6 {
            score += 2;
        } else if distance <= 15 {
            score += 1;
        }
        if (5..=20).contains(&line.words) {
            score += 1;
        }
        if line.text.trim_end().ends_with('.') {
            score -= 3;
        }
        if i == 0 {
            score -= 1;
        }
        // Later lines win ties: they are closer to the article.
        if best.is_none_or(|(b, _)| score >= b) {
            best = Some((score, i));
        }
    }
    best.filter(|(s, _)| *s >= 2).map(|(_, i)| i)
}

/// The page's `<title>` line with a site suffix (`" - Site"`, `" | Site"`) removed, when the
/// dump starts with one and nothing better was found.
fn title_from_first_line(lines: &[Line<'_>]) -> Option<String> {
    let first = lines.first()?;
    if first.kind != Kind::Text || first.words < 3 || first.words > 30 {
        return None;
    }
    let mut title = first.text;
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some(at) = title.rfind(sep) {
            let (head, tail) = title.split_at(at);
            if tail.split_whitespace().count() <= 5 && head.split_whitespace().count() >= 3 {
                title = head;
            }
        }
    }
    Some(title.trim().to_string())
}

/// The section: the last part of a breadcrumb before the headline that is not the headline
/// itself nor "home", else a lone short line just above the headline.
fn find_section(lines: &[Line<'_>], headline_at: Option<usize>, headline: &str) -> Option<String> {
    let limit = headline_at.unwrap_or(lines.len().min(30));
    let home = ["الرئيسيه", "الصفحه الرئيسيه", "home", "accueil"];
    for line in lines.iter().take(limit + 1) {
        if let Kind::Breadcrumb(parts) = &line.kind {
            let section = parts.iter().rev().find(|p| {
                let f = cues::fold(p);
                f != headline
                    && !headline.starts_with(&f)
                    && !home.contains(&f.as_str())
                    && p.split_whitespace().count() <= 4
            });
            if let Some(s) = section {
                return Some(s.clone());
            }
        }
    }
    let at = headline_at?;
    let prev = lines.get(at.checked_sub(1)?)?;
    let short =
        |l: &Line<'_>| l.kind == Kind::Text && (1..=3).contains(&l.words) && !l.ends_sentence;
    if !short(prev) {
        return None;
    }
    // Not the last item of a menu: the line above must not be another short item, unless this
    // line repeats a menu item (sites print the current section again above the headline).
    let before = at.checked_sub(2).and_then(|i| lines.get(i));
    let repeats_menu_item = lines.iter().take(at - 1).any(|l| l.folded == prev.folded);
    if before.is_some_and(short) && !repeats_menu_item {
        return None;
    }
    Some(prev.text.to_string())
}

/// The publication date: the first "published" date line, else the first unlabelled one, else
/// the first "updated" one, looking before and in the region and a little after it.
fn find_date(lines: &[Line<'_>], _start: usize, end: usize) -> Option<String> {
    let window = lines.iter().take(end + 12);
    let dates: Vec<(DateLabel, &String)> = window
        .filter_map(|l| match &l.kind {
            Kind::Date(label, iso) => Some((*label, iso)),
            _ => None,
        })
        .collect();
    [DateLabel::Published, DateLabel::None, DateLabel::Updated]
        .iter()
        .find_map(|want| dates.iter().find(|(label, _)| label == want))
        .map(|(_, iso)| (*iso).clone())
}

/// The lead image's caption and credit, from the first caption line after the headline.
fn find_image(lines: &[Line<'_>], from: usize, to: usize, headline: &str) -> Option<Image> {
    for i in from..=to {
        let Some(Kind::Caption(caption, credit)) = lines.get(i).map(|l| &l.kind) else {
            continue;
        };
        if cues::fold(caption) == headline {
            continue;
        }
        return Some(Image {
            url: None,
            caption: (!caption.is_empty()).then(|| caption.clone()),
            credit: credit.clone(),
        });
    }
    None
}

/// Authors from the first byline before the region's end (a bare "By" takes the next line).
fn find_authors(lines: &[Line<'_>], to: usize) -> Vec<String> {
    for (i, line) in lines.iter().enumerate().take(to + 1) {
        if let Kind::Byline(authors) = &line.kind {
            if !authors.is_empty() {
                return authors.clone();
            }
            if let Some(next) = lines.get(i + 1) {
                let joined = format!("{} {}", line.text, next.text);
                if let Some(found) = cues::byline_authors(&joined) {
                    return found;
                }
            }
        }
    }
    Vec::new()
}

/// What the related-news blocks hold: other articles' headlines, and topic tags.
struct RelatedBlocks {
    related: Vec<Related>,
    tags: Vec<String>,
}

/// Whether a short line of a related block reads like a topic tag naming someone or something
/// (`آسيمي غويتا`): one to three words made of letters only, no sentence mark, and not a photo
/// label (`صورة`, `Photo`).
fn is_name_like_tag(line: &Line<'_>) -> bool {
    (1..=3).contains(&line.words)
        && !line.ends_sentence
        && line.text.split_whitespace().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || ('\u{064B}'..='\u{0652}').contains(&c) || c == '-')
        })
        && !cues::CREDIT_MARKERS
            .iter()
            .any(|m| cues::fold(m) == line.folded)
}

/// Collects related-news blocks from the headline on (and a little past the region), marking
/// their lines as used so they stay out of the body.
fn related_blocks(
    lines: &[Line<'_>],
    from: usize,
    region_end: usize,
    used: &mut [bool],
) -> RelatedBlocks {
    let mut related: Vec<Related> = Vec::new();
    let mut tags: Vec<String> = Vec::new();
    let push = |title: &str, related: &mut Vec<Related>| {
        if !related.iter().any(|r| r.title == title) {
            related.push(Related {
                title: title.to_string(),
                url: None,
            });
        }
    };
    let last = (region_end + 15).min(lines.len());
    let mut i = from;
    while i < last {
        let Some(line) = lines.get(i) else { break };
        match &line.kind {
            Kind::InlineRelated(title) => {
                push(title, &mut related);
                if let Some(u) = used.get_mut(i) {
                    *u = true;
                }
                i += 1;
            }
            Kind::RelatedHead | Kind::ListHead => {
                let keep = line.kind == Kind::RelatedHead;
                if let Some(u) = used.get_mut(i) {
                    *u = true;
                }
                let mut j = i + 1;
                let mut items = 0;
                // A tag labels the headline that follows it: short lines after the block's
                // last headline (footer links, "about us") are not tags.
                let mut pending: Vec<&str> = Vec::new();
                while let Some(item) = lines.get(j) {
                    if items >= 12 || item.is_running_text() {
                        break;
                    }
                    match &item.kind {
                        Kind::Text => {
                            if keep && item.words >= 4 {
                                push(item.text, &mut related);
                                for tag in pending.drain(..) {
                                    if !tags.iter().any(|t| t == tag) {
                                        tags.push(tag.to_string());
                                    }
                                }
                            } else if keep && is_name_like_tag(item) {
                                pending.push(item.text);
                            } else {
                                pending.clear();
                            }
                            items += 1;
                        }
                        Kind::Date(..) | Kind::Caption(..) | Kind::Byline(_) => {}
                        Kind::InlineRelated(title) => push(title, &mut related),
                        _ => break,
                    }
                    if let Some(u) = used.get_mut(j) {
                        *u = true;
                    }
                    j += 1;
                }
                i = j;
            }
            _ => i += 1,
        }
    }
    RelatedBlocks { related, tags }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(lines: &[&str]) -> String {
        lines.join("\n\n")
    }

    const P1: &str = "أعلنت وزارة الزراعة اليوم عن خطة لزراعة مليون شجرة في المحافظات الشمالية خلال العام المقبل.";
    const P2: &str = "وقال المتحدث باسم الوزارة إن المشروع يهدف إلى مكافحة التصحر وتحسين جودة الهواء في المدن الكبرى.";

    #[test]
    fn related_block_in_the_middle_is_not_body() {
        let text = page(&[
            "logo",
            "بيئة",
            "مليون شجرة للشمال",
            P1,
            "اقرأ أيضا",
            "صورة",
            "مشروع جديد لتحلية مياه البحر في الساحل",
            P2,
        ]);
        let a = extract_text(&text, &Options::default()).unwrap();
        assert_eq!(a.body, vec![P1.to_string(), P2.to_string()]);
        assert_eq!(a.related.len(), 1);
        assert_eq!(a.related[0].title, "مشروع جديد لتحلية مياه البحر في الساحل");
        assert_eq!(a.headline, "مليون شجرة للشمال");
        assert_eq!(a.section.as_deref(), Some("بيئة"));
    }

    #[test]
    fn name_like_lines_of_a_related_block_are_tags() {
        let text = page(&[
            "بيئة",
            "مليون شجرة للشمال",
            P1,
            "أخبار ذات صلة",
            "سليم الحداد",
            "مشروع جديد لتحلية مياه البحر في الساحل",
            "صورة",
            "افتتاح حديقة عامة جديدة في وسط المدينة",
            "2025 م",
            P2,
        ]);
        let a = extract_text(&text, &Options::default()).unwrap();
        assert_eq!(a.tags, vec!["سليم الحداد".to_string()]);
        assert_eq!(a.related.len(), 2);
        assert_eq!(a.body, vec![P1.to_string(), P2.to_string()]);
        // Short lines after the block's last headline (footer links) are not tags.
        let text = page(&[
            "مليون شجرة للشمال",
            P1,
            P2,
            "أخبار ذات صلة",
            "مشروع جديد لتحلية مياه البحر في الساحل",
            "من نحن",
            "اتصل بنا",
        ]);
        let a = extract_text(&text, &Options::default()).unwrap();
        assert!(a.tags.is_empty(), "{:?}", a.tags);
        assert_eq!(a.related.len(), 1);
        // Without a related heading the same short line is neither a tag nor body.
        let text = page(&["مليون شجرة للشمال", P1, "سليم الحداد", P2]);
        let a = extract_text(&text, &Options::default()).unwrap();
        assert!(a.tags.is_empty(), "{:?}", a.tags);
    }

    #[test]
    fn menus_and_footers_are_dropped() {
        let text = page(&[
            "الرئيسية",
            "سياسة",
            "اقتصاد",
            "رياضة",
            "ثقافة",
            "منوعات",
            "مليون شجرة للشمال",
            P1,
            P2,
            "شارك",
            "تابعونا على",
            "جميع الحقوق محفوظة © 2025 مؤسسة الغد",
        ]);
        let a = extract_text(&text, &Options::default()).unwrap();
        assert_eq!(a.body.len(), 2);
        assert_eq!(a.section, None, "the last menu item is not a section");
        assert_eq!(a.publisher.as_deref(), Some("مؤسسة الغد"));
    }

    #[test]
    fn no_article_in_a_menu_only_page() {
        let text = page(&[
            "الرئيسية",
            "سياسة",
            "اقتصاد",
            "رياضة",
            "اتصل بنا",
            "© 2025 مؤسسة الغد",
        ]);
        let err = extract_text(&text, &Options::default()).unwrap_err();
        assert!(err.to_string().starts_with("no article found"), "{err}");
    }

    #[test]
    fn credit_only_line_takes_the_caption_above() {
        let text = page(&[
            "مليون شجرة للشمال",
            "متطوعون يزرعون الأشجار في حديقة عامة",
            "(رويترز)",
            P1,
            P2,
        ]);
        let a = extract_text(&text, &Options::default()).unwrap();
        let image = a.image.unwrap();
        assert_eq!(
            image.caption.as_deref(),
            Some("متطوعون يزرعون الأشجار في حديقة عامة")
        );
        assert_eq!(image.credit.as_deref(), Some("رويترز"));
        assert_eq!(a.body.len(), 2);
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("قال: \"نعم.\""));
        assert!(ends_sentence("وهي:"));
        assert!(!ends_sentence("عنوان بلا نقطة"));
    }
}
