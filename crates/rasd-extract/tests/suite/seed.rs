//! The seed page must come out exactly right.

use rasd_extract::{extract, Options, RawPage};

use crate::common::shared_file;

const SEED: &str = "seeds/000_2ed794d6a66e4bc7.txt";

fn seed_article() -> Option<(String, rasd_model::Article)> {
    let path = shared_file(SEED)?;
    let bytes = std::fs::read(&path).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    let page = RawPage {
        bytes,
        source_path: Some(path),
        ..RawPage::default()
    };
    Some((text, extract(&page, &Options::default()).unwrap()))
}

#[test]
fn seed_metadata_is_exact() {
    let Some((_, a)) = seed_article() else { return };
    assert_eq!(
        a.headline,
        "واشنطن تبادر بحل لأزمة التطرف في مالي \"دون فرض أجنداتها\""
    );
    assert_eq!(a.section.as_deref(), Some("العالم"));
    assert_eq!(a.published.as_deref(), Some("2025-07-15T12:16:00"));
    let image = a.image.as_ref().expect("the seed has a captioned photo");
    assert_eq!(image.caption.as_deref(), Some("أسيمي غويتا"));
    assert_eq!(image.credit.as_deref(), Some("أ ف ب"));
    assert_eq!(image.url, None);
    assert_eq!(a.related.len(), 1, "{:?}", a.related);
    assert_eq!(
        a.related[0].title,
        "قانون يسمح لغويتا بالترشح للرئاسة يثير جدلا واسعا في مالي"
    );
    // The name line under the related heading is the page's topic tag, kept for analysis.
    assert_eq!(a.tags, vec!["آسيمي غويتا".to_string()]);
    assert_eq!(
        a.publisher.as_deref(),
        Some("شركة إرم ميديا - Erem Media FZ LLC")
    );
    assert_eq!(a.language.as_deref(), Some("ar"));
    assert!(a.authors.is_empty());
    assert_eq!(a.id.len(), 16);
    assert!(a.id.chars().all(|c| c.is_ascii_hexdigit()));
}

#[test]
fn seed_body_is_the_fifteen_paragraphs() {
    let Some((text, a)) = seed_article() else {
        return;
    };
    // The expected paragraphs are the seed's own lines, from the first body line to the last,
    // without the related block (its heading, the tag under it and the related headline).
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let first = lines
        .iter()
        .position(|l| l.starts_with("قدّم مبعوث البيت الأبيض"))
        .unwrap();
    let last = lines
        .iter()
        .position(|l| l.starts_with("تعايش النفوذين"))
        .unwrap();
    let related = [
        "أخبار ذات علاقة",
        "آسيمي غويتا",
        "قانون يسمح لغويتا بالترشح للرئاسة يثير جدلا واسعا في مالي",
    ];
    let expected: Vec<String> = lines[first..=last]
        .iter()
        .filter(|l| !related.contains(l))
        .map(|l| l.to_string())
        .collect();
    assert_eq!(expected.len(), 15);
    assert_eq!(a.body, expected);
    assert!(a
        .body
        .iter()
        .any(|p| p.starts_with("أما على مستوى السيناريوهات المستقبلية")));
    assert!(
        a.body.iter().all(|p| p.trim_end() == p),
        "paragraphs are trimmed"
    );
    assert_eq!(
        a.word_count,
        a.body
            .iter()
            .map(|p| rasd_extract::count_words(p))
            .sum::<usize>()
    );
    assert!(a.word_count > 400);
}

#[test]
fn seed_snapshot() {
    let Some((_, a)) = seed_article() else { return };
    insta::assert_json_snapshot!("seed_article", a);
}
