//! Our own plain-text pages, in the layouts of different news sites: breadcrumbs, menus at the
//! top, "آخر تحديث", Levantine (تموز) and Maghreb (جويلية) month names, bylines, captions before
//! and after the date, related blocks in the middle and at the end, share lines, long footers;
//! plus English and French pages. The sentences are ours.

use rasd_extract::{extract, Options, RawPage};

use crate::common::page_path;

struct Expect {
    file: &'static str,
    headline: &'static str,
    section: Option<&'static str>,
    published: Option<&'static str>,
    body: usize,
    first: &'static str,
    last: &'static str,
    related: &'static [&'static str],
    authors: &'static [&'static str],
    caption: Option<(&'static str, Option<&'static str>)>,
    publisher: Option<&'static str>,
    language: &'static str,
}

const PAGES: &[Expect] = &[
    Expect {
        file: "ar_01_breadcrumb_updated.txt",
        headline: "ارتفاع صادرات الزيتون إلى مستوى قياسي هذا الموسم",
        section: Some("اقتصاد"),
        published: Some("2024-07-11"),
        body: 4,
        first: "سجلت صادرات زيت الزيتون",
        last: "ويتوقع خبراء أن يستمر",
        related: &[
            "الحكومة تخفض رسوم تصدير المنتجات الزراعية",
            "مهرجان سنوي للزيتون يجذب آلاف الزوار إلى الشمال",
        ],
        authors: &[],
        caption: None,
        publisher: Some("مؤسسة الساحل للإعلام"),
        language: "ar",
    },
    Expect {
        file: "ar_02_levantine_byline.txt",
        headline: "بلدية المدينة تطلق حملة لتنظيف الشواطئ قبل الصيف",
        section: Some("محليات"),
        published: Some("2024-03-03"),
        body: 5,
        first: "أطلقت بلدية المدينة حملة",
        last: "وتأتي هذه الخطوة",
        related: &["البلدية تفتتح حديقة عامة جديدة في الحي الشرقي"],
        authors: &["سامر الخطيب"],
        caption: Some(("متطوعون يجمعون النفايات على الشاطئ الجنوبي (أرشيفية)", None)),
        publisher: Some("صحيفة المدينة اليومية"),
        language: "ar",
    },
    Expect {
        file: "ar_03_maghreb_repeated.txt",
        headline: "افتتاح الدورة الجديدة لمعرض الكتاب بمشاركة واسعة",
        section: Some("ثقافة"),
        published: Some("2024-07-17"),
        body: 4,
        first: "افتتح وزير الثقافة",
        last: "وأكدت أن التنظيم",
        related: &[
            "تتويج روائية شابة بجائزة الإبداع الأدبي لهذا العام",
            "مسرحية جديدة تعرض في قاعة الفنون الكبرى",
        ],
        authors: &["نادية بن علي"],
        caption: None,
        publisher: Some("جريدة الأفق"),
        language: "ar",
    },
    Expect {
        file: "ar_04_caption_before_date.txt",
        headline: "المنتخب يتأهل إلى نهائي البطولة بعد فوز صعب",
        section: Some("رياضة"),
        published: Some("2023-11-22T20:45:00"),
        body: 4,
        first: "تأهل المنتخب الوطني",
        last: "وقال المدرب في المؤتمر الصحفي",
        related: &[],
        authors: &[],
        caption: Some(("لاعبو المنتخب يحتفلون بالهدف الثاني", Some("خالد منصور"))),
        publisher: Some("موقع الملعب"),
        language: "ar",
    },
    Expect {
        file: "ar_05_caption_after_date.txt",
        headline: "انطلاق محادثات جديدة بشأن تقاسم مياه النهر",
        section: Some("عربي ودولي"),
        published: Some("2024-03-09T14:20:00"),
        body: 3,
        first: "انطلقت في العاصمة جولة",
        last: "ولم تسفر الجولات السابقة",
        related: &[
            "خبراء: موسم الفيضان المقبل قد يكون الأعلى منذ سنوات",
            "وزير الري يتفقد محطات الضخ في الجنوب",
        ],
        authors: &[],
        caption: Some(("وفود الدول الثلاث خلال الجلسة الافتتاحية", Some("رويترز"))),
        publisher: Some("شبكة النهر الإخبارية"),
        language: "ar",
    },
    Expect {
        file: "ar_06_several_related.txt",
        headline: "دراسة: المشي اليومي يقلل خطر الإصابة بأمراض القلب",
        section: Some("صحة"),
        published: Some("2024-01-15"),
        body: 4,
        first: "توصلت دراسة حديثة",
        last: "وأوصى الفريق البحثي",
        related: &[
            "نصائح لنوم هادئ في ليالي الصيف الحارة",
            "كيف تختار حذاء الرياضة المناسب",
            "فوائد شرب الماء بانتظام خلال ساعات العمل",
            "الخضروات الورقية وصحة العظام لدى كبار السن",
        ],
        authors: &[],
        caption: None,
        publisher: Some("مجلة العافية"),
        language: "ar",
    },
    Expect {
        file: "ar_07_share_lines.txt",
        headline: "البرلمان يقر قانونا جديدا لحماية البيانات الشخصية",
        section: Some("سياسة"),
        published: Some("2024-03-14"),
        body: 4,
        first: "أقر البرلمان في جلسته",
        last: "ورحبت منظمات حقوقية",
        related: &[],
        authors: &[],
        caption: None,
        publisher: Some("صحيفة الميزان"),
        language: "ar",
    },
    Expect {
        file: "ar_08_long_footer.txt",
        headline: "شركة ناشئة تطور تطبيقا لتعليم البرمجة للأطفال",
        section: Some("تقنية"),
        published: Some("2024-02-05"),
        body: 3,
        first: "طورت شركة ناشئة",
        last: "وأضافت أن أكثر من خمسين مدرسة",
        related: &[],
        authors: &["ليلى حداد"],
        caption: None,
        publisher: Some("منصة المستقبل الرقمية"),
        language: "ar",
    },
    Expect {
        file: "ar_09_numeric_date.txt",
        headline: "افتتاح مستشفى جديد للأطفال في المحافظة الشرقية",
        section: Some("محلية"),
        published: Some("2024-05-21T10:45:00"),
        body: 3,
        first: "افتتح وزير الصحة",
        last: "وقال الوزير إن المستشفى",
        related: &["وزارة الصحة تطلق حملة تطعيم ضد الحصبة"],
        authors: &[],
        caption: Some(("مبنى المستشفى الجديد", Some("وكالات"))),
        publisher: Some("بوابة الشرق"),
        language: "ar",
    },
    Expect {
        file: "ar_10_hijri_mixed.txt",
        headline: "مهرجان للتمور يستقطب المزارعين من مختلف المناطق",
        section: Some("منوعات"),
        published: Some("2024-09-04"),
        body: 4,
        first: "يشارك أكثر من ثلاثمئة مزارع",
        last: "ويستمر المهرجان عشرة أيام",
        related: &["موسم حصاد وفير للنخيل في الواحات الشرقية"],
        authors: &["هدى الزهراني"],
        caption: None,
        publisher: Some("صحيفة الواحة"),
        language: "ar",
    },
    Expect {
        file: "en_01_breadcrumb_byline.txt",
        headline: "Coastal city opens its first public library in decades",
        section: Some("Middle East"),
        published: Some("2024-03-03"),
        body: 4,
        first: "A coastal city has opened",
        last: "Librarians plan to run",
        related: &[
            "Regional schools add evening classes for adults",
            "Museum reopens after two-year renovation",
            "Volunteers restore old cinema in the harbour district",
        ],
        authors: &["Jane Roe"],
        caption: None,
        publisher: Some("The Coastal Herald"),
        language: "en",
    },
    Expect {
        file: "en_02_title_tag.txt",
        headline: "Farmers turn to drought-resistant wheat",
        section: Some("Climate"),
        published: Some("2023-06-05"),
        body: 4,
        first: "Farmers across the southern plains",
        last: "Some farmers remain cautious",
        related: &[],
        authors: &[],
        caption: Some((
            "A farmer inspects young wheat plants in a dry field.",
            Some("AFP"),
        )),
        publisher: Some("The Example Times"),
        language: "en",
    },
    Expect {
        file: "fr_01_lire_aussi.txt",
        headline: "Une nouvelle ligne de train relie les deux capitales",
        section: Some("Afrique"),
        published: Some("2024-06-12T14:05:00"),
        body: 4,
        first: "Une ligne ferroviaire",
        last: "Des associations de voyageurs",
        related: &["Le port modernise ses quais pour accueillir de plus grands navires"],
        authors: &["Claire Martin"],
        caption: None,
        publisher: Some("Le Courrier du Fleuve"),
        language: "fr",
    },
    Expect {
        file: "fr_02_meme_sujet.txt",
        headline: "Le festival de jazz fête ses vingt ans sous le soleil",
        section: Some("Culture"),
        published: Some("2023-07-08"),
        body: 3,
        first: "Le festival de jazz de la ville",
        last: "Les organisateurs ont ajouté",
        related: &[
            "Un musée consacré à la chanson ouvre ses portes",
            "La rentrée littéraire promet de nombreux premiers romans",
        ],
        authors: &[],
        caption: Some(("Le public devant la grande scène du festival", Some("AFP"))),
        publisher: Some("Journal de la Vallée"),
        language: "fr",
    },
];

fn check(e: &Expect) -> Vec<String> {
    let path = page_path(e.file);
    let bytes = std::fs::read(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let a = match extract(&RawPage::new(bytes), &Options::default()) {
        Ok(a) => a,
        Err(err) => return vec![format!("{}: {err}", e.file)],
    };
    let mut bad = Vec::new();
    let eq = |bad: &mut Vec<String>, what: &str, want: String, got: String| {
        if want != got {
            bad.push(format!("{}: {what}: want {want:?}, got {got:?}", e.file));
        }
    };
    eq(&mut bad, "headline", e.headline.into(), a.headline.clone());
    eq(
        &mut bad,
        "section",
        format!("{:?}", e.section),
        format!("{:?}", a.section.as_deref()),
    );
    eq(
        &mut bad,
        "published",
        format!("{:?}", e.published),
        format!("{:?}", a.published.as_deref()),
    );
    if a.body.len() != e.body {
        bad.push(format!("{}: body was {:#?}", e.file, a.body));
    }
    let first = a.body.first().map(String::as_str).unwrap_or("");
    let last = a.body.last().map(String::as_str).unwrap_or("");
    if !first.starts_with(e.first) {
        bad.push(format!(
            "{}: first paragraph {first:?} does not start with {:?}",
            e.file, e.first
        ));
    }
    if !last.starts_with(e.last) {
        bad.push(format!(
            "{}: last paragraph {last:?} does not start with {:?}",
            e.file, e.last
        ));
    }
    let related: Vec<&str> = a.related.iter().map(|r| r.title.as_str()).collect();
    eq(
        &mut bad,
        "related",
        format!("{:?}", e.related),
        format!("{related:?}"),
    );
    eq(
        &mut bad,
        "authors",
        format!("{:?}", e.authors),
        format!("{:?}", a.authors),
    );
    let caption = a
        .image
        .as_ref()
        .map(|i| (i.caption.as_deref().unwrap_or(""), i.credit.as_deref()));
    eq(
        &mut bad,
        "caption",
        format!("{:?}", e.caption),
        format!("{caption:?}"),
    );
    eq(
        &mut bad,
        "publisher",
        format!("{:?}", e.publisher),
        format!("{:?}", a.publisher.as_deref()),
    );
    eq(
        &mut bad,
        "language",
        format!("{:?}", Some(e.language)),
        format!("{:?}", a.language.as_deref()),
    );
    bad
}

#[test]
fn own_pages_come_out_right() {
    let failures: Vec<String> = PAGES.iter().flat_map(check).collect();
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}\nhelp: see src/plain.rs (region, headline, related) and src/cues.rs (phrases)",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn at_least_ten_arabic_and_two_english_and_french_pages() {
    let count = |p: &str| PAGES.iter().filter(|e| e.file.starts_with(p)).count();
    assert!(count("ar_") >= 10 && count("en_") >= 2 && count("fr_") >= 2);
}
