//! Times rebuilds in one build session, as `herald serve` does them:
//! `cargo run --release --example rebuild -- SITE [EDITS]` builds SITE once, then edits one news
//! item EDITS times (default 10), rebuilding after each edit, and prints the median rebuild time
//! and how much work each rebuild did.

use std::time::Instant;

use herald::pipeline::{Options, Session};

fn main() {
    let mut args = std::env::args().skip(1);
    let root = std::path::PathBuf::from(args.next().expect("usage: rebuild SITE [EDITS]"));
    let edits: usize = args
        .next()
        .map_or(10, |n| n.parse().expect("EDITS is a number"));
    let mut session = Session::new(Options {
        root: root.clone(),
        base_url: None,
        drafts: true,
        future: true,
        progress: false,
    });
    let t = Instant::now();
    session.build().unwrap_or_else(|e| panic!("{e}"));
    println!("first build: {:.0} ms", t.elapsed().as_secs_f64() * 1000.0);
    let mut items: Vec<_> = walkdir::WalkDir::new(root.join("content"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name().to_string_lossy().ends_with(".lv.md")
                && !e.file_name().to_string_lossy().starts_with('_')
        })
        .map(|e| e.into_path())
        .collect();
    items.sort();
    let target = items[items.len() / 2].clone();
    let original = std::fs::read_to_string(&target).unwrap();
    let mut times = Vec::new();
    for i in 0..edits {
        std::fs::write(&target, format!("{original}\nLabojums {i}.\n")).unwrap();
        let t = Instant::now();
        session.build().unwrap_or_else(|e| panic!("{e}"));
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        println!("rebuild {i}: {:.1} ms, {:?}", times[i], session.last_work);
    }
    std::fs::write(&target, original).unwrap();
    times.sort_by(f64::total_cmp);
    println!(
        "median rebuild after a one-item edit: {:.1} ms",
        times[times.len() / 2]
    );
}
