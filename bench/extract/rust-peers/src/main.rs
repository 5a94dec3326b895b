//! Runs `rs-trafilatura` (`rs`) or the `trafilatura` crate (`tr`) over the ScrapingHub pages,
//! one thread, and scores them with rasd's own metric (`score.rs`, included by path).
#![allow(clippy::print_stdout)]

#[path = "../../../../crates/rasd-extract/src/score.rs"]
#[allow(dead_code)]
mod score;

use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let which = args.next().ok_or("usage: rust-peers rs|tr DIR")?;
    let dir = std::path::PathBuf::from(args.next().ok_or("usage: rust-peers rs|tr DIR")?);
    let gt: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("ground-truth.json"))?)?;
    let mut pages = vec![];
    for (id, v) in gt.as_object().ok_or("ground truth is not an object")? {
        let mut s = Vec::new();
        let f = std::fs::File::open(dir.join(format!("html/{id}.html.gz")))?;
        flate2::read::GzDecoder::new(f).read_to_end(&mut s)?;
        let body = v["articleBody"].as_str().unwrap_or("").to_string();
        pages.push((String::from_utf8_lossy(&s).into_owned(), body));
    }
    let t = std::time::Instant::now();
    let mut outs = vec![];
    for (html, _) in &pages {
        let text = match which.as_str() {
            "rs" => rs_trafilatura::extract(html).map(|r| r.content_text).unwrap_or_default(),
            _ => trafilatura::extract(html, &trafilatura::Options::default())
                .map(|r| r.content_text)
                .unwrap_or_default(),
        };
        outs.push(text);
    }
    let el = t.elapsed().as_secs_f64();
    let s = score::Score::from_pages(pages.iter().zip(&outs).map(|((_, gt), o)| score::compare(gt, o)));
    let status = std::fs::read_to_string("/proc/self/status")?;
    let hwm = status.lines().find(|l| l.starts_with("VmHWM")).unwrap_or("VmHWM: ?");
    println!(
        "{which}: pages {} F1 {:.4} P {:.4} R {:.4} pages/s {:.1} {hwm}",
        s.pages,
        s.f1,
        s.precision,
        s.recall,
        pages.len() as f64 / el
    );
    Ok(())
}
