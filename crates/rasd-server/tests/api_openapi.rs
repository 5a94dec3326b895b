//! `/api/openapi.json` matches the server: every documented path and method answers (not 404
//! or 405), every API route in the router is documented, and response bodies validate against
//! the documented schemas (types, required properties, enums).

use std::collections::BTreeSet;
use std::path::Path;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use axum::Router;
use rasd_model::Analysis;
use rasd_server::{app, AppState};
use rasd_store::{Prepared, Store};
use serde_json::Value;
use tower::ServiceExt;

/// One article, written for this test, with an entity, a quote and an event.
fn store(dir: &Path) {
    let analysis: Analysis = serde_json::from_value(serde_json::json!({
        "id": "doc-1", "url": null, "site": null, "publisher": "نشرة", "language": "ar",
        "section": "سياسة", "headline": "لقاء في نيامي", "published": "2025-03-02T08:00:00",
        "authors": ["كاتب"], "image": {"url": null, "caption": "صورة", "credit": null},
        "related": [{"title": "خبر قريب", "url": null}], "word_count": 8,
        "body": ["التقى وفد من روسيا بممثلين عن مالي في نيامي."],
        "entities": [
            {"id": "loc:RUS", "name": "روسيا", "type": "location", "aliases": ["روسيا"],
             "country": "RUS", "coordinates": [60.0, 90.0],
             "mentions": [{"text": "روسيا", "paragraph": 0, "start": 13, "end": 18}]},
            {"id": "loc:MLI", "name": "مالي", "type": "location", "aliases": ["مالي"],
             "country": "MLI", "coordinates": [17.0, -4.0],
             "mentions": [{"text": "مالي", "paragraph": 0, "start": 30, "end": 34}]}],
        "quotes": [{"speaker": "loc:RUS", "speaker_text": null, "text": "اللقاء مفيد",
                    "direct": true, "paragraph": 0}],
        "events": [{"code": "040", "label": "consult", "source": "loc:RUS", "target": "loc:MLI",
                    "negated": false, "goldstein": 1.0, "date": null, "paragraph": 0,
                    "sentence": "التقى وفد من روسيا بممثلين عن مالي في نيامي."}]
    }))
    .unwrap();
    let mut store = Store::open(dir).unwrap();
    store
        .put_batch(&[Prepared::new(analysis).unwrap()])
        .unwrap();
    store.commit().unwrap();
}

fn setup() -> (tempfile::TempDir, Router, Value) {
    let dir = tempfile::tempdir().unwrap();
    store(dir.path());
    let app = app(AppState::open(dir.path()).unwrap());
    let doc: Value = serde_json::from_str(include_str!("../src/openapi.json")).unwrap();
    (dir, app, doc)
}

async fn call(app: &Router, method: Method, uri: &str) -> (StatusCode, Value) {
    let request = Request::builder()
        .method(method)
        .uri(uri)
        .header("content-type", "text/plain")
        .body(Body::from(
            "عنوان\n\nنص قصير كتب لهذا الاختبار عن لقاء في المدينة.",
        ))
        .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

/// A concrete URI for a documented path: path parameters get values the store holds, required
/// query parameters their documented example.
fn concrete(path: &str, op: &Value) -> String {
    let mut uri = path.replace("{id}", "doc-1").replace("{name}", "loc:MLI");
    let required: Vec<String> = op["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["in"] == "query" && p["required"] == true)
        .map(|p| {
            format!(
                "{}={}",
                p["name"].as_str().unwrap(),
                p["example"]
                    .as_str()
                    .expect("required parameters have an example")
            )
        })
        .collect();
    if !required.is_empty() {
        uri = format!("{uri}?{}", required.join("&"));
    }
    uri
}

fn documented(doc: &Value) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            out.insert((method.to_uppercase(), path.clone()));
        }
    }
    out
}

/// The routes the router declares under `/api/`, read from its one list in `src/api/mod.rs`
/// (axum does not list a router's routes); the catch-alls for unknown endpoints are left out.
fn routed() -> BTreeSet<(String, String)> {
    let source = include_str!("../src/api/mod.rs");
    let mut out = BTreeSet::new();
    for chunk in source.split(".route(\"").skip(1) {
        let Some((path, rest)) = chunk.split_once('"') else {
            continue;
        };
        if path == "/api" || path.contains('*') {
            continue;
        }
        let call = rest.split(")\n").next().unwrap_or(rest);
        for (needle, method) in [
            ("get(", "GET"),
            ("post(", "POST"),
            ("put(", "PUT"),
            ("delete(", "DELETE"),
        ] {
            if call.contains(needle) {
                out.insert((method.to_owned(), path.to_owned()));
            }
        }
    }
    assert!(out.len() >= 10, "the route list was not found: {out:?}");
    out
}

#[test]
fn every_api_route_is_documented_and_every_documented_route_exists() {
    let doc: Value = serde_json::from_str(include_str!("../src/openapi.json")).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let documented = documented(&doc);
    let routed = routed();
    let undocumented: Vec<_> = routed.difference(&documented).collect();
    let unrouted: Vec<_> = documented.difference(&routed).collect();
    assert!(
        undocumented.is_empty(),
        "routes missing from openapi.json: {undocumented:?}"
    );
    assert!(
        unrouted.is_empty(),
        "documented but not routed: {unrouted:?}"
    );
}

#[tokio::test]
async fn every_documented_operation_answers_and_validates() {
    let (_dir, app, doc) = setup();
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let uri = concrete(path, op);
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let (status, body) = call(&app, method.clone(), &uri).await;
            assert!(
                status != StatusCode::NOT_FOUND && status != StatusCode::METHOD_NOT_ALLOWED,
                "{method} {uri}: {status} {body}"
            );
            let documented = &op["responses"][status.as_str()];
            assert!(
                documented.is_object(),
                "{method} {uri}: status {status} is not documented"
            );
            let schema = &documented["content"]["application/json"]["schema"];
            let mut errors = Vec::new();
            validate(&doc, schema, &body, "$", &mut errors);
            assert!(errors.is_empty(), "{method} {uri}: {errors:#?}\n{body:#}");
            checked += 1;
        }
    }
    assert!(checked >= 11, "{checked}");
}

#[tokio::test]
async fn error_responses_validate_against_the_error_schema() {
    let (_dir, app, doc) = setup();
    for uri in [
        "/api/articles/nope",
        "/api/entities/nope",
        "/api/search?from=yesterday",
    ] {
        let (status, body) = call(&app, Method::GET, uri).await;
        assert!(status.is_client_error(), "{uri}: {status}");
        let mut errors = Vec::new();
        validate(
            &doc,
            &serde_json::json!({"$ref": "#/components/schemas/Error"}),
            &body,
            "$",
            &mut errors,
        );
        assert!(errors.is_empty(), "{uri}: {errors:?}");
    }
    // The validator itself rejects what it should.
    let mut errors = Vec::new();
    validate(
        &doc,
        &serde_json::json!({"$ref": "#/components/schemas/Error"}),
        &serde_json::json!({"error": {"code": 3}}),
        "$",
        &mut errors,
    );
    assert_eq!(errors.len(), 2, "{errors:?}");
}

/// The subset of JSON Schema the document uses: `$ref`, `type` (one or several), `properties`,
/// `required`, `items`, `prefixItems`, `additionalProperties`, `enum`, `minimum`.
fn validate(doc: &Value, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    if let Some(r) = schema["$ref"].as_str() {
        let target = r
            .trim_start_matches("#/")
            .split('/')
            .fold(doc, |v, key| &v[key]);
        assert!(target.is_object(), "dangling $ref {r}");
        return validate(doc, target, value, at, errors);
    }
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if !types.is_empty() {
        let ok = types.iter().any(|t| match *t {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "integer" => value.is_u64() || value.is_i64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            _ => false,
        });
        if !ok {
            errors.push(format!("{at}: expected {types:?}, got {value}"));
            return;
        }
    }
    if let (Some(allowed), false) = (schema["enum"].as_array(), value.is_null()) {
        if !allowed.contains(value) {
            errors.push(format!("{at}: {value} not in {allowed:?}"));
        }
    }
    if let (Some(min), Some(n)) = (schema["minimum"].as_f64(), value.as_f64()) {
        if n < min {
            errors.push(format!("{at}: {n} below {min}"));
        }
    }
    if let Some(obj) = value.as_object() {
        for key in schema["required"].as_array().into_iter().flatten() {
            let key = key.as_str().unwrap();
            if !obj.contains_key(key) {
                errors.push(format!("{at}: missing required property {key}"));
            }
        }
        for (key, v) in obj {
            let sub = &schema["properties"][key.as_str()];
            if sub.is_object() {
                validate(doc, sub, v, &format!("{at}.{key}"), errors);
            } else if schema["additionalProperties"].is_object() {
                validate(
                    doc,
                    &schema["additionalProperties"],
                    v,
                    &format!("{at}.{key}"),
                    errors,
                );
            }
        }
    }
    if let Some(items) = value.as_array() {
        if let Some(prefix) = schema["prefixItems"].as_array() {
            for (i, (s, v)) in prefix.iter().zip(items).enumerate() {
                validate(doc, s, v, &format!("{at}[{i}]"), errors);
            }
        } else if schema["items"].is_object() {
            for (i, v) in items.iter().enumerate() {
                validate(doc, &schema["items"], v, &format!("{at}[{i}]"), errors);
            }
        }
    }
}
