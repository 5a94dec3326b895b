//! Helpers shared by the crate's unit tests.

use rasd_model::Analysis;

/// An analysis from JSON that holds only the fields a test cares about (the rest default).
pub(crate) fn analysis(fields: serde_json::Value) -> Analysis {
    let mut value = serde_json::to_value(Analysis::default()).unwrap();
    for (k, v) in fields.as_object().unwrap() {
        value[k] = v.clone();
    }
    serde_json::from_value(value).unwrap()
}
