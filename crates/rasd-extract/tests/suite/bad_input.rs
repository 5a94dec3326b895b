//! Bad input: clear errors, never a panic.

use proptest::prelude::*;
use rasd_extract::{extract, ExtractError, Options, RawPage, MAX_PAGE_BYTES};

fn run(bytes: Vec<u8>) -> Result<rasd_model::Article, ExtractError> {
    extract(&RawPage::new(bytes), &Options::default())
}

const BODY: &str = "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الجنوبية، وقال الوزير إن التنفيذ يبدأ الشهر المقبل.";

#[test]
fn empty_page() {
    for bytes in [Vec::new(), b" \n\r\n\t ".to_vec()] {
        let err = run(bytes).unwrap_err();
        assert!(matches!(err, ExtractError::Empty), "{err}");
        assert_eq!(err.to_string(), "empty page: nothing to extract");
    }
}

#[test]
fn binary_files() {
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec();
    let zip = b"PK\x03\x04\x14\x00\x06\x00".to_vec();
    let mut nul = BODY.as_bytes().to_vec();
    nul.extend_from_slice(&[0, 0, 1, 2]);
    let controls: Vec<u8> = (0..2000u32)
        .map(|i| if i % 3 == 0 { 0x01 } else { b'a' })
        .collect();
    for bytes in [png, zip, nul, controls] {
        let err = run(bytes).unwrap_err();
        assert!(
            err.to_string().starts_with("binary file, not a page"),
            "{err}"
        );
    }
}

#[test]
fn a_50_mb_page_is_refused_with_the_limit() {
    let bytes = BODY
        .as_bytes()
        .iter()
        .copied()
        .cycle()
        .take(50 * 1024 * 1024)
        .collect::<Vec<u8>>();
    let err = run(bytes).unwrap_err();
    let msg = err.to_string();
    assert!(
        matches!(err, ExtractError::TooLarge { size, limit } if size == 50 * 1024 * 1024 && limit == MAX_PAGE_BYTES)
    );
    assert!(
        msg.contains("10 MiB") && msg.contains(&MAX_PAGE_BYTES.to_string()),
        "{msg}"
    );
}

#[test]
fn invalid_utf8_bytes_are_decoded_not_fatal() {
    // Valid Arabic UTF-8 with a few stray invalid bytes in the middle of the body.
    let mut bytes = "العالم\n\nعنوان خبر عن الزراعة في الجنوب\n\n"
        .as_bytes()
        .to_vec();
    bytes.extend_from_slice(BODY.as_bytes());
    bytes.extend_from_slice(b"\xff\xfe\xc3\n\n");
    bytes.extend_from_slice(BODY.replace("اليوم", "أمس").as_bytes());
    match run(bytes) {
        Ok(article) => assert!(!article.body.is_empty()),
        Err(err) => assert!(!err.to_string().is_empty()),
    }
}

#[test]
fn windows_1256_and_iso_8859_6_pages() {
    let page = format!("logo\nاقتصاد\n\nخطة لدعم المزارعين\n\n{BODY}\n\nوأضاف الوزير ان الخطة تشمل قروضا ميسرة لاكثر من عشرة الاف اسرة في القرى.\n");
    for enc in [encoding_rs::WINDOWS_1256, encoding_rs::ISO_8859_6] {
        // ISO-8859-6 has no hamza-on-alef forms of every letter; fold to what it can encode.
        let text = if enc == encoding_rs::ISO_8859_6 {
            page.replace(['أ', 'إ'], "ا")
        } else {
            page.clone()
        };
        let (bytes, _, unmappable) = enc.encode(&text);
        assert!(!unmappable, "{}", enc.name());
        let a = run(bytes.into_owned()).unwrap();
        assert_eq!(a.headline, "خطة لدعم المزارعين", "{}", enc.name());
        assert_eq!(a.section.as_deref(), Some("اقتصاد"), "{}", enc.name());
        assert_eq!(a.body.len(), 2, "{}", enc.name());
    }
}

#[test]
fn a_page_with_no_article() {
    let menu = "الرئيسية\nسياسة\nاقتصاد\nرياضة\nثقافة\nاتصل بنا\nتابعونا على\n© 2025 موقع المثال\n";
    let err = run(menu.as_bytes().to_vec()).unwrap_err();
    assert!(matches!(err, ExtractError::NoArticle { .. }), "{err}");
    assert!(err.to_string().starts_with("no article found:"), "{err}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = run(bytes);
    }

    #[test]
    fn any_text_lines_never_panic(lines in proptest::collection::vec("[\\PC]{0,80}", 0..40)) {
        let _ = rasd_extract::plain::extract_text(&lines.join("\n"), &Options::default());
    }

    /// Tag soup: random sequences of opening/closing tags, attributes, scripts, JSON-LD and
    /// Arabic text, unbalanced and truncated anywhere, go through the HTML extractor.
    #[test]
    fn any_html_soup_never_panics(parts in proptest::collection::vec(html_part(), 0..120), cut in 0usize..4000) {
        let html: String = parts.concat();
        let cut = html.char_indices().map(|(i, _)| i).take_while(|&i| i <= cut).last().unwrap_or(0);
        let _ = rasd_extract::html::extract_html(&html, &Options::default());
        let _ = rasd_extract::html::extract_html(&html[..cut], &Options::default());
        let _ = run(html.into_bytes());
    }
}

fn html_part() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<html lang=\"ar\" dir=\"rtl\">".to_string()),
        Just("<article>".to_string()),
        Just("</article>".to_string()),
        Just("<div class=\"content related share\">".to_string()),
        Just("</div>".to_string()),
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<h1>".to_string()),
        Just("<figure><img src=\"x.jpg\"><figcaption>".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                .to_string()
        ),
        Just("<meta property=\"og:title\" content=\"".to_string()),
        Just("<time datetime=\"2025-07-15T12:16:00+03:00\">".to_string()),
        Just("<a href=\"/x\">".to_string()),
        Just("<!--".to_string()),
        Just("<![CDATA[".to_string()),
        Just("\"".to_string()),
        Just("اقرأ أيضا".to_string()),
        "[\\PC]{0,60}",
    ]
}
