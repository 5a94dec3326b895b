//! Dumps the engine's events on annotated sets with gold entities, one JSON line per record
//! (`{"set", "id", "events"}`). `make_dumps.sh` copies it into an old commit's tree as an
//! example, so it uses only the API every commit since the first evaluation set has.

use std::process::ExitCode;

use rasd_analyze::events::eval::{gold_entities, record_article, EvalRecord};
use rasd_analyze::events::find_quotes_and_events;

fn main() -> ExitCode {
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("dump_fresh: {path}: {e}");
                return ExitCode::from(2);
            }
        };
        let set = path.rsplit('/').next().unwrap_or(&path).to_string();
        for (n, l) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let r: EvalRecord = match serde_json::from_str(l) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("dump_fresh: {path}:{}: {e}", n + 1);
                    return ExitCode::from(2);
                }
            };
            let a = record_article(&r);
            let g = gold_entities(&r, &a);
            let (_, ev) = find_quotes_and_events(&a, &g);
            println!(
                "{}",
                serde_json::json!({"set": set, "id": r.id, "events": ev})
            );
        }
    }
    ExitCode::SUCCESS
}
