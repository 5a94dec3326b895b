//! HTML extraction on our own Arabic pages (`tests/html_pages/`), on hostile and degenerate
//! input, and on the shared Arabic smoke page when `../shared` is present.

use std::path::PathBuf;

use rasd_extract::html::extract_html;
use rasd_extract::{ExtractError, Options};

fn page(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/html_pages")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn opts() -> Options {
    Options::default()
}

#[test]
fn jsonld_page_gives_metadata_and_only_the_article_paragraphs() {
    let a = extract_html(&page("jsonld_news.html"), &opts()).unwrap();
    assert_eq!(
        a.headline,
        "وزراء المياه يتفقون على خطة مشتركة لمواجهة الجفاف"
    );
    assert_eq!(a.published.as_deref(), Some("2025-03-04T18:45:00+03:00"));
    assert_eq!(a.authors, ["ليلى منصور", "كريم حداد"]);
    assert_eq!(a.publisher.as_deref(), Some("صحيفة الواحة"));
    assert_eq!(a.section.as_deref(), Some("اقتصاد"));
    assert_eq!(a.language.as_deref(), Some("ar"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://alwaha.example/news/2025/03/water-plan")
    );
    assert_eq!(a.site.as_deref(), Some("alwaha.example"));
    assert_eq!(
        a.image.as_ref().and_then(|i| i.url.as_deref()),
        Some("https://alwaha.example/img/dam.jpg")
    );
    assert_eq!(a.body.len(), 5, "body: {:#?}", a.body);
    assert!(a.body[0].starts_with("اتفق وزراء المياه"));
    assert_eq!(a.body[3], "تمويل ومتابعة");
    assert!(a.body[4].starts_with("ولم يحدد الوزراء"));
    let all = a.body.join("\n");
    for noise in [
        "الرئيسية",
        "فيسبوك",
        "الأكثر قراءة",
        "جميع الحقوق",
        "تابعونا",
        "سكربت",
        "مياه\n",
    ] {
        assert!(
            !all.contains(noise),
            "{noise:?} leaked into the body: {all}"
        );
    }
    assert!(a.word_count > 60);
    assert_eq!(a.id.len(), 16);
}

#[test]
fn og_only_page_takes_its_date_from_the_text_near_the_headline() {
    let a = extract_html(&page("og_only_text_date.html"), &opts()).unwrap();
    assert_eq!(a.headline, "افتتاح مكتبة عامة جديدة في وسط المدينة");
    assert_eq!(a.publisher.as_deref(), Some("أخبار الساحل"));
    assert_eq!(a.section.as_deref(), Some("ثقافة"));
    assert_eq!(a.published.as_deref(), Some("2025-10-12T09:30:00"));
    assert_eq!(a.body.len(), 3, "body: {:#?}", a.body);
    assert!(!a.body.join(" ").contains("آخر تحديث"));
}

#[test]
fn relative_image_urls_resolve_against_the_page_url() {
    let o = Options {
        url: Some("https://sahel.example/culture/library.html".into()),
        now: None,
    };
    let a = extract_html(&page("og_only_text_date.html"), &o).unwrap();
    assert_eq!(
        a.image.as_ref().and_then(|i| i.url.as_deref()),
        Some("https://sahel.example/uploads/library.jpg")
    );
    assert_eq!(
        a.url.as_deref(),
        Some("https://sahel.example/culture/library.html")
    );
}

#[test]
fn figure_caption_and_credit_are_split_and_kept_out_of_the_body() {
    let a = extract_html(&page("figure_credit.html"), &opts()).unwrap();
    let img = a.image.expect("an image");
    assert_eq!(
        img.caption.as_deref(),
        Some("سكان يعبرون شارعا غمرته المياه")
    );
    assert_eq!(img.credit.as_deref(), Some("أ ف ب"));
    assert_eq!(a.published.as_deref(), Some("2025-11-20T07:10:00"));
    assert_eq!(a.body.len(), 3, "body: {:#?}", a.body);
    let all = a.body.join(" ");
    assert!(!all.contains("رويترز") && !all.contains("المصدر"), "{all}");
}

#[test]
fn related_lists_in_the_middle_go_to_related_with_absolute_urls() {
    let a = extract_html(&page("related_middle.html"), &opts()).unwrap();
    assert_eq!(a.headline, "بدء موسم قطف الزيتون وسط توقعات بإنتاج وفير");
    assert_eq!(a.body.len(), 4, "body: {:#?}", a.body);
    assert!(a.body[2].starts_with("وتقدر الجمعيات"));
    assert!(a.body[3].starts_with("وطالب مزارعون"));
    let titles: Vec<&str> = a.related.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "أسعار زيت الزيتون تتراجع في الأسواق المحلية",
            "معصرة تعاونية جديدة تفتح أبوابها للمزارعين",
            "العمال الموسميون يطالبون بأجور أعلى هذا الموسم",
            "اتفاق لتصدير الزيت إلى أسواق جديدة",
        ]
    );
    let urls: Vec<Option<&str>> = a.related.iter().map(|r| r.url.as_deref()).collect();
    assert_eq!(
        urls,
        [
            Some("https://rif.example/agri/oil-prices"),
            Some("https://rif.example/agri/new-press"),
            Some("https://rif.example/agri/seasonal-workers"),
            Some("https://rif.example/economy/export-deal"),
        ]
    );
}

#[test]
fn old_table_layout_with_br_paragraphs_is_read() {
    let a = extract_html(&page("windows1256_meta.html"), &opts()).unwrap();
    assert_eq!(a.headline, "مهرجان للمسرح المدرسي يختتم دورته الثالثة");
    assert_eq!(a.published.as_deref(), Some("2025-06-05"));
    assert_eq!(a.body.len(), 2, "body: {:#?}", a.body);
    assert!(a.body[0].starts_with("اختتم مهرجان"));
}

#[test]
fn windows_1256_bytes_decode_then_extract() {
    let html = page("windows1256_meta.html");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(&html);
    assert!(!unmappable);
    let a =
        rasd_extract::extract(&rasd_extract::RawPage::new(bytes.into_owned()), &opts()).unwrap();
    assert_eq!(a.headline, "مهرجان للمسرح المدرسي يختتم دورته الثالثة");
    assert_eq!(a.body.len(), 2);
}

#[test]
fn a_page_of_links_is_no_article() {
    let html = "<html><body><nav><a href='/a'>الرئيسية</a></nav>\
        <ul><li><a href='/1'>خبر أول</a></li><li><a href='/2'>خبر ثان</a></li></ul>\
        <script>var x = 'نص طويل داخل سكربت لا يعد مقالا على الإطلاق';</script></body></html>";
    match extract_html(html, &opts()) {
        Err(ExtractError::NoArticle { reason }) => assert!(!reason.is_empty()),
        other => panic!("expected NoArticle, got {other:?}"),
    }
    assert!(matches!(
        extract_html("", &opts()),
        Err(ExtractError::NoArticle { .. })
    ));
}

#[test]
fn deeply_nested_divs_do_not_overflow_the_stack() {
    let depth = 100_000;
    let mut html = String::with_capacity(depth * 12 + 400);
    html.push_str("<html><body>");
    for _ in 0..depth {
        html.push_str("<div>");
    }
    html.push_str(
        "<p>قال شهود إن الحريق اندلع في مستودع قديم قرب الميناء، وإن فرق الإطفاء سيطرت عليه بعد ساعتين.</p>",
    );
    for _ in 0..depth {
        html.push_str("</div>");
    }
    html.push_str("</body></html>");
    // Run on a small stack so that any recursion over the depth would fail here.
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || extract_html(&html, &Options::default()).map(|a| a.body))
        .unwrap();
    let body = handle.join().expect("no stack overflow").unwrap();
    assert_eq!(body.len(), 1);
    assert!(body[0].starts_with("قال شهود"));
}

#[test]
fn script_and_event_handler_content_never_reaches_the_body() {
    let html = r#"<html><body><article>
        <p>أعلنت الوزارة عن فتح باب التسجيل في برنامج المنح الدراسية للعام المقبل، ويستمر التسجيل شهرا كاملا.</p>
        <img src=x onerror="alert('نص خبيث في معالج خطأ')">
        <script>document.body.innerHTML = "<p>نص خبيث من سكربت يحاول الظهور في المقال</p>";</script>
        <p>وأضافت أن النتائج ستعلن <script>evil()</script>في نهاية الصيف على موقعها الرسمي، دون الحاجة إلى مراجعة مكاتبها.</p>
        <noscript><p>نص خبيث داخل noscript</p></noscript><style>p::after{content:"نص خبيث من ستايل"}</style>
        <template><p>نص خبيث داخل قالب</p></template>
        <svg><text>نص خبيث داخل svg</text></svg>
        </article></body></html>"#;
    let a = extract_html(html, &opts()).unwrap();
    let all = a.body.join("\n");
    assert_eq!(a.body.len(), 2, "{all}");
    for bad in ["خبيث", "alert", "evil", "innerHTML"] {
        assert!(!all.contains(bad), "{bad:?} leaked: {all}");
    }
}

#[test]
fn arabic_smoke_page_matches_its_expected_text() {
    let shared = std::env::var("RASD_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")));
    let dir = shared.join("eval/arabic-smoke");
    let (Ok(html), Ok(want), Ok(meta)) = (
        std::fs::read(dir.join("arabic_article.html")),
        std::fs::read_to_string(dir.join("arabic_article.txt")),
        std::fs::read_to_string(dir.join("arabic_article.json")),
    ) else {
        eprintln!("skipping: {} not found (set RASD_SHARED)", dir.display());
        return;
    };
    let meta: serde_json::Value = serde_json::from_str(&meta).unwrap();
    let o = Options {
        url: meta["url"].as_str().map(str::to_string),
        now: None,
    };
    let a = rasd_extract::extract(&rasd_extract::RawPage::new(html), &o).unwrap();
    assert_eq!(Some(a.headline.as_str()), meta["title"].as_str());
    assert_eq!(a.language.as_deref(), Some("ar"));
    let got = a.body.join("\n");
    let c = rasd_extract::score::compare(&want, &got);
    let s = rasd_extract::score::Score::from_pages([c]);
    assert!(
        s.f1 >= 0.9,
        "F1 {:.3} (p {:.3} r {:.3})\n{got}",
        s.f1,
        s.precision,
        s.recall
    );
}
