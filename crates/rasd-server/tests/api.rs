//! The JSON API end to end: a store built from the project's test pages (through the real
//! extract → analyze → store pipeline) plus one hand-written analysis with a known quote and
//! event, the whole app called with `oneshot`, and one test over a real socket.

use std::path::{Path, PathBuf};
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use rasd_analyze::Analyzer;
use rasd_extract::{extract, Options, RawPage};
use rasd_model::Analysis;
use rasd_server::{app, AppState, Limits, CONTENT_SECURITY_POLICY};
use rasd_store::{Prepared, Store};
use serde_json::Value;
use tower::ServiceExt;

/// The folders of test pages that ship with rasd-extract.
fn page_dirs() -> [PathBuf; 2] {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rasd-extract/tests");
    [root.join("pages"), root.join("html_pages")]
}

/// A visit to Mali by a Russian delegation, with a quote and an event: written for this test.
fn known_analysis() -> Analysis {
    serde_json::from_value(serde_json::json!({
        "id": "test-visit", "url": "https://example.org/visit", "site": "example.org",
        "publisher": "وكالة الاختبار", "language": "ar", "section": "العالم",
        "headline": "وفد روسي يزور باماكو", "published": "2025-07-15T09:00:00",
        "authors": [], "image": null, "related": [], "word_count": 14,
        "body": ["وصل وفد من روسيا إلى مالي صباح اليوم في زيارة رسمية.",
                 "وقال رئيس الوفد إن المحادثات كانت مثمرة."],
        "entities": [
            {"id": "loc:MLI", "name": "مالي", "type": "location", "aliases": ["مالي"],
             "country": "MLI", "coordinates": [17.0, -4.0],
             "mentions": [{"text": "مالي", "paragraph": 0, "start": 21, "end": 25}]},
            {"id": "loc:RUS", "name": "روسيا", "type": "location", "aliases": ["روسيا"],
             "country": "RUS", "coordinates": [60.0, 90.0],
             "mentions": [{"text": "روسيا", "paragraph": 0, "start": 11, "end": 16}]}],
        "quotes": [{"speaker": "loc:RUS", "speaker_text": "رئيس الوفد",
                    "text": "المحادثات كانت مثمرة", "direct": false, "paragraph": 1}],
        "events": [{"code": "042", "label": "make a visit", "source": "loc:RUS",
                    "target": "loc:MLI", "negated": false, "goldstein": 1.9, "date": null,
                    "paragraph": 0, "sentence": "وصل وفد من روسيا إلى مالي صباح اليوم في زيارة رسمية."}]
    }))
    .unwrap()
}

/// A store of the test pages plus [`known_analysis`]; returns the ids of the pages stored.
fn build_store(dir: &Path) -> Vec<String> {
    let mut store = Store::open(dir).unwrap();
    let analyzer = Analyzer::embedded();
    let mut batch = vec![Prepared::new(known_analysis()).unwrap()];
    let mut ids = Vec::new();
    for folder in page_dirs() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for path in files {
            let page = RawPage::new(std::fs::read(&path).unwrap());
            let article = extract(&page, &Options::default())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            ids.push(article.id.clone());
            batch.push(Prepared::new(analyzer.analyze(&article)).unwrap());
        }
    }
    assert!(ids.len() >= 15, "test pages missing: {ids:?}");
    store.put_batch(&batch).unwrap();
    store.commit().unwrap();
    ids
}

struct Fixture {
    _dir: tempfile::TempDir,
    app: Router,
    state: AppState,
    page_ids: Vec<String>,
}

fn fixture_with(limits: Limits) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let page_ids = build_store(dir.path());
    let state = AppState::open_with(dir.path(), limits).unwrap();
    Fixture {
        app: app(state.clone()),
        state,
        _dir: dir,
        page_ids,
    }
}

fn fixture() -> Fixture {
    fixture_with(Limits::default())
}

/// A response: status, headers, and the body as JSON (`Value::Null` if it is not JSON).
struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    json: Value,
}

async fn call(app: &Router, request: Request<Body>) -> Answer {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    Answer {
        status,
        headers,
        json,
    }
}

async fn get(app: &Router, uri: &str) -> Answer {
    call(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

async fn post(app: &Router, uri: &str, content_type: &str, body: Vec<u8>) -> Answer {
    let request = Request::post(uri)
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(body))
        .unwrap();
    call(app, request).await
}

/// Percent-encodes a query or path value.
fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Asserts a JSON error with this status and code, and returns its message.
fn assert_error(a: &Answer, status: StatusCode, code: &str) -> String {
    assert_eq!(a.status, status, "{}", a.json);
    assert_eq!(a.json["error"]["code"], code, "{}", a.json);
    let message = a.json["error"]["message"].as_str().unwrap().to_owned();
    assert!(!message.is_empty());
    message
}

/// An Arabic page written for this test, in plain text.
fn own_page(headline: &str) -> Vec<u8> {
    format!(
        "{headline}\n\n14 مارس 2025\n\n\
         افتتحت البلدية صباح اليوم حديقة عامة جديدة على ضفة النهر تضم ممرات للمشي ومكتبة صغيرة.\n\n\
         وقال مدير الحدائق إن العمل استمر ثمانية أشهر بمشاركة متطوعين من الأحياء المجاورة.\n"
    )
    .into_bytes()
}

#[tokio::test]
async fn search_ranks_the_page_and_counts_facets_and_days() {
    let f = fixture();
    let a = get(&f.app, &format!("/api/search?q={}", enc("الزيتون"))).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.json);
    assert!(a.json["total"].as_u64().unwrap() >= 1);
    let first = &a.json["hits"][0];
    assert!(
        first["headline"].as_str().unwrap().contains("الزيتون"),
        "{first}"
    );
    // Highlights are char ranges of the snippet on the words searched.
    let snippet: Vec<char> = first["snippet"].as_str().unwrap().chars().collect();
    let marked: Vec<String> = first["highlights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let (s, e) = (
                r[0].as_u64().unwrap() as usize,
                r[1].as_u64().unwrap() as usize,
            );
            snippet[s..e].iter().collect()
        })
        .collect();
    assert!(
        !marked.is_empty() && marked.iter().all(|m| m.contains("الزيتون")),
        "{marked:?}"
    );
    // Everything: facets cover the store, days sum to the dated articles.
    let all = get(&f.app, "/api/search?limit=5").await;
    let total = all.json["total"].as_u64().unwrap();
    assert_eq!(total as usize, f.page_ids.len() + 1);
    assert_eq!(all.json["hits"].as_array().unwrap().len(), 5);
    let per_day: u64 = all.json["facets"]["per_day"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["count"].as_u64().unwrap())
        .sum();
    assert!(per_day > 0 && per_day <= total, "{per_day} of {total}");
    assert!(!all.json["facets"]["sources"].as_array().unwrap().is_empty());
    // Paging: offset 5 gives the next hits, not the same ones.
    let next = get(&f.app, "/api/search?limit=5&offset=5").await;
    let ids = |a: &Answer| -> Vec<String> {
        a.json["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(ids(&next).iter().all(|id| !ids(&all).contains(id)));
    // Filters: a day range and an entity.
    let day = get(&f.app, "/api/search?from=2025-07-15&to=2025-07-15").await;
    assert_eq!(ids(&day), ["test-visit"]);
    let entity = get(&f.app, &format!("/api/search?entity={}", enc("روسيا"))).await;
    assert!(ids(&entity).contains(&"test-visit".to_owned()));
    // No facets when asked so.
    let bare = get(&f.app, "/api/search?facets=false").await;
    assert!(bare.json["facets"]["per_day"]
        .as_array()
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn bad_search_parameters_are_400_naming_the_parameter() {
    let f = fixture();
    for (uri, needle) in [
        ("/api/search?from=15/07/2025", "from=15/07/2025"),
        ("/api/search?limit=ten", "limit=ten"),
        ("/api/search?offset=999999", "offset=999999"),
        ("/api/search?facets=maybe", "facets=maybe"),
        ("/api/search?q=headline:(", "bad query"),
        ("/api/quotes?to=yesterday", "yesterday"),
        ("/api/events?code=4x", "code 4x"),
        ("/api/relations?a=loc:MLI", "a and b are required"),
    ] {
        let a = get(&f.app, uri).await;
        let message = assert_error(&a, StatusCode::BAD_REQUEST, "bad_request");
        assert!(message.contains(needle), "{uri}: {message}");
    }
    // An empty parameter (as an HTML form sends it) counts as not given.
    let a = get(&f.app, "/api/search?q=&from=&limit=").await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.json);
    // Limits above the cap are capped, and the response says so.
    let a = get(&f.app, "/api/search?limit=5000").await;
    assert_eq!(a.json["limit"], 100);
}

#[tokio::test]
async fn article_view_has_entities_with_mentions_on_the_body_quotes_and_events() {
    let f = fixture();
    let a = get(&f.app, "/api/articles/test-visit").await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.json);
    assert_eq!(a.json["article"]["headline"], "وفد روسي يزور باماكو");
    assert_eq!(a.json["story_id"], "test-visit");
    let body: Vec<&str> = a.json["article"]["body"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    let entities = a.json["entities"].as_array().unwrap();
    assert_eq!(entities.len(), 2);
    for e in entities {
        for m in e["mentions"].as_array().unwrap() {
            let p = body[m["paragraph"].as_u64().unwrap() as usize];
            let (s, end) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            let said: String = p.chars().skip(s).take(end - s).collect();
            assert_eq!(said, m["text"].as_str().unwrap());
        }
    }
    assert_eq!(a.json["quotes"][0]["speaker_name"], "روسيا");
    assert_eq!(a.json["events"][0]["code"], "042");
    assert_eq!(a.json["events"][0]["source_name"], "روسيا");
    assert_eq!(a.json["events"][0]["target_name"], "مالي");
    // Every page of the store opens, with its own headline.
    for id in &f.page_ids {
        let a = get(&f.app, &format!("/api/articles/{id}")).await;
        assert_eq!(a.status, StatusCode::OK, "{id}: {}", a.json);
        assert_eq!(a.json["article"]["id"], id.as_str());
    }
    let missing = get(&f.app, "/api/articles/no-such-article").await;
    let message = assert_error(&missing, StatusCode::NOT_FOUND, "not_found");
    assert!(message.contains("no-such-article"), "{message}");
}

#[tokio::test]
async fn entity_profile_timeline_relations_quotes_events() {
    let f = fixture();
    // By name (Arabic, percent-encoded) and by id: the same entity.
    let by_name = get(&f.app, &format!("/api/entities/{}", enc("روسيا"))).await;
    assert_eq!(by_name.status, StatusCode::OK, "{}", by_name.json);
    assert_eq!(by_name.json["entity"]["id"], "loc:RUS");
    assert!(by_name.json["articles"].as_u64().unwrap() >= 1);
    assert_eq!(by_name.json["quotes"][0]["text"], "المحادثات كانت مثمرة");
    assert!(by_name.json["events"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["code"] == "042" && e["target"] == "loc:MLI"));
    assert!(by_name.json["co_mentioned"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["entity"]["id"] == "loc:MLI"));
    let by_id = get(&f.app, "/api/entities/loc:RUS").await;
    assert_eq!(by_id.json["entity"], by_name.json["entity"]);

    let t = get(&f.app, "/api/entities/loc:MLI/timeline?limit=1").await;
    assert_eq!(t.status, StatusCode::OK, "{}", t.json);
    let per_day: u64 = t.json["per_day"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["count"].as_u64().unwrap())
        .sum();
    assert!(per_day >= 1 && per_day <= t.json["total"].as_u64().unwrap());
    assert_eq!(t.json["articles"].as_array().unwrap().len(), 1);
    let none = get(&f.app, "/api/entities/loc:MLI/timeline?from=2030-01-01").await;
    assert_eq!(none.json["total"], 0);

    let r = get(
        &f.app,
        &format!("/api/relations?a={}&b=loc:MLI", enc("روسيا")),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["a"]["id"], "loc:RUS");
    assert_eq!(r.json["events"][0]["doc_id"], "test-visit");
    assert_eq!(r.json["per_root"]["04"], 1);
    assert_eq!(r.json["goldstein_per_week"][0][0], "2025-W29");
    assert_eq!(r.json["articles"][0]["headline"], "وفد روسي يزور باماكو");

    let q = get(&f.app, "/api/quotes?speaker=loc:RUS").await;
    assert_eq!(q.json["total"], 1, "{}", q.json);
    assert_eq!(q.json["quotes"][0]["doc_id"], "test-visit");
    let q = get(&f.app, &format!("/api/quotes?q={}", enc("مثمرة"))).await;
    assert!(q.json["total"].as_u64().unwrap() >= 1);

    let e = get(&f.app, "/api/events?actor=loc:MLI&code=04").await;
    assert!(e.json["total"].as_u64().unwrap() >= 1, "{}", e.json);
    assert!(e.json["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|ev| ev["code"].as_str().unwrap().starts_with("04")));
    let e = get(&f.app, "/api/events?source=loc:MLI&target=loc:RUS").await;
    assert_eq!(e.json["total"], 0, "the visit went the other way");

    for uri in [
        "/api/entities/xyz-unknown",
        "/api/entities/xyz-unknown/timeline",
        "/api/relations?a=loc:RUS&b=xyz-unknown",
        "/api/quotes?speaker=xyz-unknown",
        "/api/events?actor=xyz-unknown",
    ] {
        let a = get(&f.app, uri).await;
        let message = assert_error(&a, StatusCode::NOT_FOUND, "not_found");
        assert!(message.contains("xyz-unknown"), "{uri}: {message}");
    }
}

#[tokio::test]
async fn places_of_a_search_have_coordinates_and_counts() {
    let f = fixture();
    let a = get(&f.app, &format!("/api/places?q={}", enc("روسيا"))).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.json);
    let places = a.json["places"].as_array().unwrap();
    let mali = places.iter().find(|p| p["id"] == "loc:MLI").unwrap();
    assert_eq!(
        (mali["lat"].as_f64(), mali["lon"].as_f64()),
        (Some(17.0), Some(-4.0))
    );
    assert!(mali["count"].as_u64().unwrap() >= 1);
    let counts: Vec<u64> = places
        .iter()
        .map(|p| p["count"].as_u64().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
}

#[tokio::test]
async fn posted_page_is_stored_searchable_and_idempotent() {
    let f = fixture();
    let page = own_page("افتتاح حديقة النهر الجديدة");
    let a = post(
        &f.app,
        "/api/articles?url=https://example.org/park",
        "text/plain; charset=utf-8",
        page.clone(),
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.json);
    assert_eq!(a.json["outcome"], "inserted");
    assert_eq!(a.json["headline"], "افتتاح حديقة النهر الجديدة");
    let id = a.json["id"].as_str().unwrap().to_owned();
    let view = get(&f.app, &format!("/api/articles/{id}")).await;
    assert_eq!(view.status, StatusCode::OK);
    assert_eq!(view.json["article"]["url"], "https://example.org/park");
    let found = get(&f.app, &format!("/api/search?q={}", enc("الحدائق"))).await;
    assert_eq!(found.json["hits"][0]["id"], id.as_str(), "{}", found.json);
    // The same page again: the same article, unchanged.
    let again = post(
        &f.app,
        "/api/articles?url=https://example.org/park",
        "text/plain",
        page,
    )
    .await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.json);
    assert_eq!(again.json["outcome"], "unchanged");
    assert_eq!(again.json["id"], id.as_str());
    // An HTML page in windows-1256, as its Content-Type says.
    let html = "<html><head><title>وصول قافلة المساعدات</title></head><body><article><h1>وصول قافلة المساعدات</h1>\
        <p>وصلت قافلة تحمل مساعدات غذائية وطبية إلى البلدة المنكوبة بعد رحلة استمرت يومين كاملين.</p>\
        <p>وأكد المنسق أن توزيع المساعدات سيبدأ صباح الغد في المدارس والمساجد.</p></article></body></html>";
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(html);
    let a = post(
        &f.app,
        "/api/articles",
        "text/html; charset=windows-1256",
        bytes.into_owned(),
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.json);
    assert_eq!(a.json["headline"], "وصول قافلة المساعدات");
    let found = get(&f.app, &format!("/api/search?q={}", enc("المنكوبة"))).await;
    assert_eq!(found.json["hits"][0]["id"], a.json["id"], "{}", found.json);
}

#[tokio::test]
async fn bad_posts_are_413_415_422_400() {
    let f = fixture();
    let limit = rasd_extract::MAX_PAGE_BYTES;
    let mut big = own_page("صفحة كبيرة جدا");
    big.resize(limit + 1, b' ');
    let a = post(&f.app, "/api/articles", "text/plain", big).await;
    let message = assert_error(&a, StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large");
    assert!(message.contains(&limit.to_string()), "{message}");
    // Exactly at the limit is read (and then judged as a page).
    let mut at = own_page("صفحة على الحد تماما");
    at.resize(limit, b' ');
    let a = post(&f.app, "/api/articles", "text/plain", at).await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.json);

    let png = [
        0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, b'I', b'H', b'D', b'R', 0, 0,
    ]
    .to_vec();
    let a = post(
        &f.app,
        "/api/articles",
        "application/octet-stream",
        png.clone(),
    )
    .await;
    assert_error(
        &a,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
    );
    let a = post(&f.app, "/api/articles", "image/png", png).await;
    let message = assert_error(
        &a,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
    );
    assert!(message.contains("image/png"), "{message}");
    let a = post(&f.app, "/api/articles", "text/plain", b"   \n ".to_vec()).await;
    assert_error(&a, StatusCode::UNPROCESSABLE_ENTITY, "unprocessable_page");
    let a = post(
        &f.app,
        "/api/articles?url=ftp://x",
        "text/plain",
        own_page("عنوان"),
    )
    .await;
    assert_error(&a, StatusCode::BAD_REQUEST, "bad_request");
    // Nothing of the above was stored except the page at the limit.
    let all = get(&f.app, "/api/search?limit=1").await;
    assert_eq!(
        all.json["total"].as_u64().unwrap() as usize,
        f.page_ids.len() + 2
    );
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let f = fixture();
    for (method, uri) in [
        (Method::GET, "/api/search?q=x"),
        (Method::GET, "/api/openapi.json"),
        (Method::GET, "/api/articles/nope"),
        (Method::GET, "/api/nope"),
        (Method::DELETE, "/api/search"),
        (Method::GET, "/no-such-page"),
    ] {
        let a = call(
            &f.app,
            Request::builder()
                .method(method.clone())
                .uri(uri)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        let h = |name| a.headers.get(name).and_then(|v| v.to_str().ok());
        assert_eq!(
            h(header::CONTENT_SECURITY_POLICY),
            Some(CONTENT_SECURITY_POLICY),
            "{uri}"
        );
        assert_eq!(h(header::X_CONTENT_TYPE_OPTIONS), Some("nosniff"), "{uri}");
        assert_eq!(h(header::REFERRER_POLICY), Some("no-referrer"), "{uri}");
    }
    assert!(CONTENT_SECURITY_POLICY.contains("script-src 'self'"));
    assert!(CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"));
}

#[tokio::test]
async fn unknown_endpoints_and_methods_answer_json() {
    let f = fixture();
    let a = get(&f.app, "/api/nothing/here").await;
    assert_error(&a, StatusCode::NOT_FOUND, "not_found");
    let a = call(
        &f.app,
        Request::delete("/api/search").body(Body::empty()).unwrap(),
    )
    .await;
    assert_error(&a, StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed");
    let a = call(
        &f.app,
        Request::put("/api/articles").body(Body::empty()).unwrap(),
    )
    .await;
    assert_error(&a, StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed");
}

#[tokio::test]
async fn a_query_over_the_time_limit_is_a_json_504() {
    let f = fixture_with(Limits {
        query_time: Duration::ZERO,
        ..Limits::default()
    });
    let a = get(&f.app, "/api/search?q=x").await;
    assert_error(&a, StatusCode::GATEWAY_TIMEOUT, "timeout");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn searches_keep_answering_while_a_page_is_posted() {
    let f = fixture();
    let before = get(&f.app, "/api/search?limit=1").await.json["total"]
        .as_u64()
        .unwrap();
    let mut searches = Vec::new();
    for i in 0..40 {
        let app = f.app.clone();
        let q = if i % 2 == 0 {
            "الزيتون"
        } else {
            "مالي"
        };
        searches.push(tokio::spawn(async move {
            get(&app, &format!("/api/search?q={}", enc(q))).await
        }));
    }
    let app = f.app.clone();
    let posting = tokio::spawn(async move {
        post(
            &app,
            "/api/articles",
            "text/plain",
            own_page("حديقة ثانية على الضفة الأخرى"),
        )
        .await
    });
    for s in searches {
        let a = s.await.unwrap();
        assert_eq!(a.status, StatusCode::OK, "{}", a.json);
        let total = a.json["total"].as_u64().unwrap();
        assert!(total >= 1, "{}", a.json);
    }
    let posted = posting.await.unwrap();
    assert_eq!(posted.status, StatusCode::CREATED, "{}", posted.json);
    // Every read handle sees the new article once the POST answered.
    for _ in 0..f.state.limits().readers * 2 {
        let after = get(&f.app, "/api/search?limit=1").await.json["total"]
            .as_u64()
            .unwrap();
        assert_eq!(after, before + 1);
    }
}

#[tokio::test]
async fn serves_on_a_socket_and_shuts_down_gracefully() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let f = fixture();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(rasd_server::serve(listener, f.state.clone(), async {
        let _ = stopped.await;
    }));
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"GET /api/stats HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    let body = response.split("\r\n\r\n").nth(1).unwrap();
    let stats: Value = serde_json::from_str(body).unwrap();
    assert_eq!(
        stats["documents"].as_u64().unwrap() as usize,
        f.page_ids.len() + 1
    );
    stop.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(10), server)
        .await
        .expect("the server stops on the shutdown signal")
        .unwrap()
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cached_and_uncached_searches_answer_the_same() {
    let cached = fixture();
    let dir = tempfile::tempdir().unwrap();
    build_store(dir.path());
    let uncached = app(AppState::open_with(
        dir.path(),
        Limits {
            cache_entries: 0,
            ..Limits::default()
        },
    )
    .unwrap());
    for q in ["الزيتون", "مالي", "", "headline:الزيتون", "روسيا OR مالي"]
    {
        let uri = format!("/api/search?q={}&limit=3", enc(q));
        // Concurrent identical requests on the cached app (one query, many waiters), twice.
        let mut answers = Vec::new();
        for _ in 0..2 {
            let tasks: Vec<_> = (0..8)
                .map(|_| {
                    let app = cached.app.clone();
                    let uri = uri.clone();
                    tokio::spawn(async move { get(&app, &uri).await.json })
                })
                .collect();
            for t in tasks {
                answers.push(t.await.unwrap());
            }
        }
        let plain = get(&uncached, &uri).await.json;
        assert!(plain["total"].is_u64(), "{plain}");
        for a in answers {
            assert_eq!(a, plain, "{q}");
        }
    }
}
