//! Word lists the recognition rules consult, in normal form (see [`super::tokens`]), and the
//! context rules for spellings that are also common words.
//!
//! All lists are the project's own (facts of Arabic usage).

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// Titles and role words that introduce a person's name: `الرئيس`, `المبعوث`, `وزير`,
/// `المتحدث باسم`, `العقيد`, `الجنرال`, `نائب`, …, and `حكومة` (as in `حكومة أسيمي غويتا`).
pub(crate) static TITLES: &Words = {
    static WORDS: Words = Words::new(&[
        "الرييس",
        "رييس",
        "الرييسه",
        "رييسه",
        "المبعوث",
        "مبعوث",
        "المبعوثه",
        "الوزير",
        "وزير",
        "وزيره",
        "الوزيره",
        "المتحدث",
        "متحدث",
        "المتحدثه",
        "الناطق",
        "ناطق",
        // The feminine spokeswoman (`الناطقة باسم الحكومة، فلانة،`).
        "الناطقه",
        "ناطقه",
        "السفير",
        "سفير",
        "السفيره",
        "العقيد",
        "عقيد",
        "الجنرال",
        "جنرال",
        "العميد",
        // A mayor or dean before its body (`عميد بلدية المدينة، فلان،`, `عميد كلية الطب`).
        "عميد",
        "اللواء",
        "المشير",
        "النقيب",
        "القايد",
        "قايد",
        "الزعيم",
        "زعيم",
        "الملك",
        "الامير",
        "امير",
        "الشيخ",
        "السيد",
        "السيده",
        "الدكتور",
        "المستشار",
        "مستشار",
        "المستشاره",
        "المدير",
        "مدير",
        "نايب",
        "النايب",
        "مساعد",
        "الامين",
        "المفوض",
        "مفوض",
        "المندوب",
        "مندوب",
        "الممثل",
        "ممثل",
        "المرشح",
        "القاضي",
        "العاهل",
        "ولي",
        "حكومه",
        "الحاكم",
        "حاكم",
        "الباحث",
        "المحلل",
        "الخبير",
        "الصحفي",
        // "called": `رجل يدعى فلان`, `المدعو فلان`.
        "يدعي",
        "تدعي",
        "المدعو",
        "المدعوه",
        "President",
        "Minister",
        "General",
        "Colonel",
        "Président",
        "Ministre",
        "Mr",
        "Mrs",
        "Dr",
    ]);
    &WORDS
};

/// Tokens that may stand inside or at the end of a person's name although they carry the
/// article (`عطا الله`, `نور الدين`, `عبد الرحمن`).
pub(crate) const NAME_ARTICLE_PARTS: &[&str] = &[
    "الله",
    "الدين",
    "الرحمن",
    "الرحيم",
    "العزيز",
    "الكريم",
    "الحميد",
    "المجيد",
    "الملك",
];

/// Words that start a compound name (`عبد`, `أبو`, `بن`, `ولد`).
pub(crate) const NAME_LINKS: &[&str] = &["عبد", "ابو", "ابي", "بن", "ابن", "ولد", "بنت", "ال"];

/// Function words, pronouns, auxiliaries and reporting verbs: never part of a name, and a name
/// may end right before one.
pub(crate) static FUNCTION_WORDS: &Words = {
    static WORDS: Words = Words::new(&[
        "في",
        "من",
        "الي",
        "علي",
        "عن",
        "مع",
        "ان",
        "لا",
        "لم",
        "لن",
        "ما",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "الذي",
        "التي",
        "الذين",
        "قد",
        "كان",
        "كانت",
        "يكون",
        "تكون",
        "او",
        "ثم",
        "بعد",
        "قبل",
        "حتي",
        "منذ",
        "خلال",
        "بين",
        "عند",
        "لدي",
        "حول",
        "ضد",
        "دون",
        "غير",
        "كما",
        "اذا",
        "لكن",
        "بل",
        "هو",
        "هي",
        "هم",
        "انه",
        "انها",
        "اي",
        "كل",
        "بعض",
        "عبر",
        "نحو",
        "وفق",
        "بسبب",
        "رغم",
        "ضمن",
        "امام",
        "فوق",
        "تحت",
        "قال",
        "قالت",
        "اكد",
        "اكدت",
        "اعلن",
        "اعلنت",
        "اضاف",
        "اضافت",
        "اوضح",
        "اوضحت",
        "صرح",
        "صرحت",
        "زار",
        "زارت",
        "التقي",
        "التقت",
        "استقبل",
        "بحث",
        "دعا",
        "دعت",
        "يقول",
        "تقول",
        "يري",
        "اشار",
        "اشارت",
        "شدد",
        "شددت",
        "امس",
        "اليوم",
        "الان",
        "ايضا",
        "فقط",
        "حيث",
        "لقد",
        "عن",
        "اما",
        "وهو",
        "وهي",
        "بان",
        "بانه",
        "الا",
        "ليس",
        "مثل",
        "سوف",
        "كيف",
        "لماذا",
        "متي",
        "اين",
        "هل",
        "نفسه",
        "عدد",
        "يوم",
        "شهر",
        "عام",
        "باسم",
        "باسمه",
        "باسمها",
        "باسمهم",
        "لدي",
        "the",
        "The",
        "and",
        "of",
        "in",
        "de",
        "la",
        "le",
        "et",
        "du",
        "des",
    ]);
    &WORDS
};

/// Nouns after which `المالية` / `مالي` means "financial", not "Malian" / Mali
/// (`وزارة المالية`, `دعم مالي`, `الأوراق المالية`, `العام المالي`).
pub(crate) static FINANCE_HEADS: &Words = {
    static WORDS: Words = Words::new(&[
        "وزاره",
        "وزير",
        "وزيره",
        "الاوراق",
        "اوراق",
        "السوق",
        "سوق",
        "الاسواق",
        "اسواق",
        "القطاع",
        "قطاع",
        "العام",
        "عام",
        "الربع",
        "ربع",
        "النظام",
        "نظام",
        "الدعم",
        "دعم",
        "الوضع",
        "وضع",
        "الاستقرار",
        "استقرار",
        "الموارد",
        "موارد",
        "الخدمات",
        "خدمات",
        "الموسسات",
        "موسسات",
        "المستشار",
        "مستشار",
        "المحلل",
        "محلل",
        "التحليل",
        "تحليل",
        "الفساد",
        "فساد",
        "العجز",
        "عجز",
        "الاداء",
        "اداء",
        "المبلغ",
        "مبلغ",
        "الدخل",
        "دخل",
        "التعويض",
        "تعويض",
        "الحوافز",
        "حوافز",
        "الضمانات",
        "ضمانات",
        "الالتزامات",
        "التزامات",
        "الازمه",
        "ازمه",
        "الاصول",
        "اصول",
        "المدير",
        "الاحتيال",
        "احتيال",
        "الرقابه",
        "رقابه",
        "التقارير",
        "تقارير",
        "تقرير",
        "القوايم",
        "قوايم",
        "البيانات",
        "بيانات",
        "الشوون",
        "شوون",
        "الاداره",
        "اداره",
        "الوعي",
        "الانضباط",
        "الاصلاح",
        "اصلاح",
        "الموازنه",
        "السنه",
        "سنه",
        "التخطيط",
        "الافصاح",
        "الشركات",
        "البنوك",
        "الهييات",
        "التحويلات",
        "تحويلات",
        "المكافات",
        "مكافاه",
        "العايد",
        "عايد",
        "الخساير",
        "خساير",
        "المساعدات",
        "مساعدات",
        "المنح",
        "منح",
        "الاعباء",
        "اعباء",
        "الجدوي",
        "المركز",
        "مركز",
        "الحسابات",
        "الخبراء",
        "خبراء",
        "الاستشارات",
        "الامور",
        "امور",
        "التزام",
        "الملاءه",
        "السيوله",
        "الذمه",
        "المخصصات",
        "المكاسب",
        "الفتره",
        "المحفظه",
        "محفظه",
        "الاستثمار",
        "استثمار",
        "الغرامه",
        "غرامه",
        "التمويل",
        "الضايقه",
    ]);
    &WORDS
};

/// Words after `مالي` / `المالي` that mark it as "financial" (`مالي وإداري`).
pub(crate) static FINANCE_NEXT: &Words = {
    static WORDS: Words = Words::new(&[
        "واداري",
        "والاداري",
        "واداريه",
        "والاداريه",
        "واقتصادي",
        "والاقتصادي",
        "والاقتصاديه",
        "واقتصاديه",
        "والمحاسبي",
        "ومحاسبي",
        "والتجاري",
        "وتجاري",
        "والفني",
        "وفني",
        "ولوجستي",
        "واللوجستي",
        "والمعنوي",
        "ومعنوي",
        "والبشري",
        "وبشري",
    ]);
    &WORDS
};

/// Words after `الساحل` that make it a coast, not the Sahel (`الساحل الشرقي`).
pub(crate) static COAST_NEXT: &Words = {
    static WORDS: Words = Words::new(&[
        "الشرقي",
        "الغربي",
        "الشمالي",
        "الجنوبي",
        "السوري",
        "اللبناني",
        "الليبي",
        "التونسي",
        "الفلسطيني",
        "اليمني",
        "الشمالي",
        "البحري",
        "الافريقي",
        "الاطلسي",
        "الشرقيه",
        "الغربيه",
    ]);
    &WORDS
};

/// Nouns after which an ambiguous country spelling is the country (or its nisba):
/// `رئيس الدبلوماسية المالية`, `المواطنين الماليين`, `حكومة مالي`, `شمال مالي`, `في مالي`.
/// The head decides: craft, vehicles, soldiers, captives, civilians and settlements have a
/// nationality, never a "financial" quality (`الطائرات المالية`, `جنديان ماليان`), while the
/// finance heads above keep theirs (`وزارة المالية`).
pub(crate) static COUNTRY_HEADS: &Words = {
    static WORDS: Words = Words::new(&[
        "الطايرات",
        "طايرات",
        "الطايره",
        "طايره",
        "الطيران",
        "المسيرات",
        "المروحيات",
        "مروحيات",
        "المقاتلات",
        "مقاتلات",
        "السفن",
        "سفن",
        "الشاحنات",
        "شاحنات",
        "المركبات",
        "القافله",
        "قافله",
        "الدوريه",
        "دوريه",
        "الكتيبه",
        "جندي",
        "الجندي",
        "جنديان",
        "جنديين",
        "الجنديين",
        "جنديا",
        "الضباط",
        "ضباط",
        "العسكريين",
        "عسكريين",
        "عسكريون",
        "الاسري",
        "اسري",
        "المعتقلين",
        "معتقلين",
        "الرهاين",
        "رهاين",
        "المهاجرين",
        "مهاجرين",
        "الصيادين",
        "صيادين",
        "الدبلوماسيين",
        "دبلوماسيين",
        "المدنيين",
        "مدنيين",
        "السكان",
        "القري",
        "البلدات",
        "المدن",
        "المنتخب",
        "القاده",
        "قاده",
        "الانقلابيين",
        "الرييس",
        "رييس",
        "الحكومه",
        "حكومه",
        // (`حكومات مالي وبوركينا فاسو`, `جارتها مالي`: governments and a neighbour are states.)
        "حكومات",
        "جارتها",
        "جارته",
        "الجاره",
        "الجيش",
        "جيش",
        "الشعب",
        "شعب",
        "المواطنين",
        "المواطنون",
        "مواطنين",
        "الجنود",
        "جنود",
        "القوات",
        "قوات",
        "السلطات",
        "سلطات",
        "الدبلوماسيه",
        "دبلوماسيه",
        "الخارجيه",
        // (`وزير خارجية مالي`، `سفير مالي`, session 9: the minister who speaks; not وزراء:
        // `وزراء مالية منطقة اليورو` are finance ministers.)
        "خارجيه",
        "داخليه",
        "سفاره",
        "سفير",
        "الدفاع",
        "الداخليه",
        "الامن",
        "الجويه",
        "البحريه",
        "البريه",
        "المسلحه",
        "الجانب",
        "الطرف",
        "نظيره",
        "نظيرته",
        "العاصمه",
        "عاصمه",
        "المجلس",
        "العسكري",
        "العسكريه",
        "الانقلابي",
        "المعارضه",
        "شمال",
        "جنوب",
        "وسط",
        "شرق",
        "غرب",
        "شمالي",
        "جنوبي",
        "اراضي",
        "الاراضي",
        "حدود",
        "الحدود",
        "دوله",
        "جمهوريه",
        "اقليم",
        "المسوولين",
        "مسوولين",
        "اللاجيين",
        "الرعايا",
        "السفير",
        "السفاره",
        "سفاره",
        "الوفد",
        "وفد",
        "الرياسه",
        "المجلس",
        "الحكام",
        "المسلحين",
        "الطوارق",
        "الانتقالي",
        "الانتقاليه",
        "في",
        "من",
        "الي",
        "علي",
        "عن",
        "مع",
        "داخل",
        "خارج",
        "بين",
        "حول",
        "لصالح",
        "باماكو",
        "والنيجر",
        "وبوركينا",
        "and",
        "in",
        "of",
    ]);
    &WORDS
};

/// Prepositions that make a capital a place rather than an actor (`في باماكو`, `إلى باماكو`).
pub(crate) static LOCATIVE: &Words = {
    static WORDS: Words = Words::new(&[
        "في",
        "الي",
        "من",
        "داخل",
        "قرب",
        "بالقرب",
        "شمال",
        "جنوب",
        "شرق",
        "غرب",
        "وسط",
        "ضواحي",
        "انحاء",
        "مطار",
        "شوارع",
        "عاصمه",
        "العاصمه",
        "مدينه",
        "المدينه",
        "حتي",
        "بين",
        "in",
        "to",
        "from",
        "à",
    ]);
    &WORDS
};

/// Words that call what follows a town (`مدينة ينبع`, `محافظة تعز`).
pub(crate) static TOWN_HEADS: &Words = {
    static WORDS: Words = Words::new(&[
        "مدينه",
        "المدينه",
        "محافظه",
        "المحافظه",
        "بلده",
        "البلده",
        "قريه",
        "القريه",
        "ولايه",
        "الولايه",
        "بلديه",
        "مدينتي",
        "محافظتي",
        "اقليم",
        "مقاطعه",
        "city",
        "town",
        "ville",
    ]);
    &WORDS
};

/// Nouns of a kind of place after which a name is that place's, not a person's (`بلدة أبو
/// قرن`, `مخيم أبو نجم`, `جبال كال سيفو`): the statistical tagger reads `أبو` as a
/// person's. (`ولاية` is left out: `ولاية الرئيس X` is his term.)
pub(crate) static PLACE_KIND_NOUNS: &Words = {
    static WORDS: Words = Words::new(&[
        "بلده",
        "بلدات",
        "قريه",
        "قري",
        "مدينه",
        "مخيم",
        "مخيمات",
        "حي",
        "جبل",
        "جبال",
        "حقل",
        "منطقه",
        "محافظه",
        "مديريه",
        "ناحيه",
        "قضاء",
        "ضاحيه",
        "وادي",
        "سهل",
        "جزيره",
        "ميناء",
        "مطار",
        "معبر",
        "منفذ",
        "شارع",
        "ساحه",
    ]);
    &WORDS
};

/// Words of the time of day that end no person's name (`العميد X موسى مساء الجمعة`: the
/// evening is when he spoke). `صباح` is a name too (`الشيخ صباح`): it is not in the list.
pub(crate) const DAY_TIME_WORDS: &[&str] = &[
    "مساء",
    "فجر",
    "ظهر",
    "ظهيره",
    "عصر",
    "ليل",
    "ليله",
    "امس",
    "اليوم",
    "غدا",
];

/// Heads of national institutions that combine with a country name or nisba into an
/// organization linked to that country: `السفارة الأمريكية` → the US embassy.
/// Each pairs the head (normal form, with and without the article) with the id's label.
pub(crate) const NATIONAL_HEADS: &[(&str, &str)] = &[
    ("السفاره", "embassy"),
    ("سفاره", "embassy"),
    ("القنصليه", "consulate"),
    ("قنصليه", "consulate"),
    ("الجيش", "army"),
    ("جيش", "army"),
    ("الحكومه", "government"),
    ("حكومه", "government"),
    ("الرياسه", "presidency"),
    ("رياسه", "presidency"),
    ("البرلمان", "parliament"),
    ("برلمان", "parliament"),
    ("المخابرات", "intelligence"),
    ("مخابرات", "intelligence"),
    ("الاستخبارات", "intelligence"),
    ("استخبارات", "intelligence"),
    ("الشرطه", "police"),
    ("الخارجيه", "foreign-ministry"),
    ("القوات", "armed-forces"),
    ("قوات", "armed-forces"),
    ("البحريه", "navy"),
    ("الحرس", "guard"),
];

/// Heads of a force whose branch follows (`القوات الجوية`, `قوات الأمن`, `الحرس الثوري`).
pub(crate) const FORCE_HEADS: &[&str] = &["القوات", "قوات", "الحرس", "حرس", "الدفاعات", "سلاح"];

/// Branches after a [`FORCE_HEADS`] word, with the id's label; a nisba after them makes the
/// force that country's (`القوات الجوية النيجيرية` → `org:air-force-NGA`).
pub(crate) const FORCE_BRANCHES: &[(&str, &str)] = &[
    ("الجويه", "air-force"),
    ("الجو", "air-force"),
    ("البحريه", "navy"),
    ("البحري", "coast-guard"),
    ("البريه", "ground-forces"),
    ("المسلحه", "armed-forces"),
    ("الخاصه", "special-forces"),
    ("الامن", "security-forces"),
    ("الدفاع", "defense-forces"),
    ("الثوري", "revolutionary-guard"),
    ("الوطني", "national-guard"),
    ("الحدود", "border-guard"),
];

/// Heads of named institutions (`مركز … للدراسات`, `معهد … للأبحاث`).
pub(crate) static INSTITUTION_HEADS: &Words = {
    static WORDS: Words = Words::new(&[
        "مركز",
        "المركز",
        "معهد",
        "المعهد",
        "موسسه",
        "الموسسه",
        "جامعه",
        "الجامعه",
        "منظمه",
        "المنظمه",
        "جمعيه",
        "الجمعيه",
        "هييه",
        "الهييه",
        "مرصد",
        "المرصد",
        "منتدي",
        "المنتدي",
        "شركه",
        "الشركه",
        "وكاله",
        "الوكاله",
        "صندوق",
        "الصندوق",
        "مجموعه",
        "المجموعه",
        "اكاديميه",
        "الاكاديميه",
        "حزب",
        "الحزب",
        "حركه",
        "الحركه",
        "جبهه",
        "الجبهه",
        "تحالف",
        "التحالف",
    ]);
    &WORDS
};

/// Nouns of places and institutions named after a person in construct state (`مطار الملك خالد`,
/// `جامعة الملك سعود`, `استاد جابر الدولي`, `جائزة الملك فيصل`), normalized, without the article.
/// (Not `قصر` or `مكتب`: the king's palace or the prince's office is where he acts; nor `برج`,
/// which starts towns' names, `برج باجي مختار`.)
pub(crate) const NAMED_FACILITY_NOUNS: &[&str] = &[
    "مطار",
    "مستشفي",
    "مكتبه",
    "جامعه",
    "مدينه",
    "استاد",
    "ستاد",
    "ملعب",
    "مركز",
    "مجمع",
    "شارع",
    "طريق",
    "ميناء",
    "قاعده",
    "كليه",
    "معهد",
    "مدرسه",
    "مسجد",
    "جامع",
    "جسر",
    "قاعه",
    "صاله",
    "جايزه",
    "كرسي",
];

/// Bodies every state has, named by two words without a country (`الدفاع المدني`، `الحرس
/// الوطني`، `النيابة العامة`): an organization, the country's when a nisba follows.
pub(crate) const NATIONAL_BODIES: &[(&str, &str)] = &[
    ("الدفاع", "المدني"),
    ("الحمايه", "المدنيه"),
    ("الحرس", "الوطني"),
    ("النيابه", "العامه"),
    ("الهلال", "الاحمر"),
    ("الامن", "العام"),
    ("الامن", "الوطني"),
    ("المحكمه", "العليا"),
    ("المحكمه", "الدستوريه"),
    ("المجلس", "الرياسي"),
    ("المجلس", "العسكري"),
    ("الديوان", "الملكي"),
    ("الديوان", "الاميري"),
];

/// Countries whose mention makes `الساحل` the Sahel.
pub(crate) const SAHEL_COUNTRIES: &[&str] = &["MLI", "NER", "BFA", "TCD", "MRT"];

/// True when `word` (normal form) is in `list`.
pub(crate) fn contains<L: WordList + ?Sized>(list: &L, word: &str) -> bool {
    list.has(word)
}

/// A list of words in normal form that can say whether it holds a word.
pub(crate) trait WordList {
    /// True when `word` is in the list.
    fn has(&self, word: &str) -> bool;
}

impl<L: WordList + ?Sized> WordList for &L {
    fn has(&self, word: &str) -> bool {
        (**self).has(word)
    }
}

impl WordList for [&str] {
    fn has(&self, word: &str) -> bool {
        self.contains(&word)
    }
}

/// A long word list, looked up through a hash set built on first use: the entity stage asks
/// these lists about every token, and scanning a hundred words each time was ≈ 7 % of the
/// instructions of full analysis. Derefs to the words, in the order written.
pub(crate) struct Words {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl Words {
    /// The list `words`.
    pub(crate) const fn new(words: &'static [&'static str]) -> Words {
        Words {
            words,
            set: OnceLock::new(),
        }
    }
}

impl std::ops::Deref for Words {
    type Target = [&'static str];
    fn deref(&self) -> &Self::Target {
        self.words
    }
}

impl WordList for Words {
    fn has(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

/// A word's normal form with a leading و or ف taken off (`وزير` stays: only words of more than
/// three letters are stripped, and only when the rest is in `list`).
pub(crate) fn in_list_loose<L: WordList + ?Sized>(list: &L, word: &str) -> bool {
    if contains(list, word) {
        return true;
    }
    let mut chars = word.chars();
    match chars.next() {
        Some('و' | 'ف' | 'ب' | 'ل') if word.chars().count() > 3 => {
            contains(list, chars.as_str())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tokens::normalize_phrase;

    /// The lists are written in normal form: writing them otherwise would make them dead.
    #[test]
    fn lists_are_in_normal_form() {
        for list in [
            TITLES,
            NAME_ARTICLE_PARTS,
            NAME_LINKS,
            FUNCTION_WORDS,
            FINANCE_HEADS,
            FINANCE_NEXT,
            COAST_NEXT,
            COUNTRY_HEADS,
            LOCATIVE,
            INSTITUTION_HEADS,
            TOWN_HEADS,
            PLACE_KIND_NOUNS,
            NAMED_FACILITY_NOUNS,
            DAY_TIME_WORDS,
            FORCE_HEADS,
        ] {
            for word in list {
                assert_eq!(
                    &normalize_phrase(word),
                    word,
                    "help: write {word} in normal form"
                );
            }
        }
        for (word, _) in NATIONAL_HEADS.iter().chain(FORCE_BRANCHES) {
            assert_eq!(&normalize_phrase(word), word);
        }
    }

    #[test]
    fn loose_lookup_strips_one_conjunction() {
        assert!(in_list_loose(FINANCE_NEXT, "واداري"));
        assert!(in_list_loose(COUNTRY_HEADS, "والحكومه"));
        assert!(!in_list_loose(COUNTRY_HEADS, "وفد1"));
    }
}
