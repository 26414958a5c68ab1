//! No work quadratic in the number of news items: the same site is built in this process with
//! N and 2N items, and the work it does — allocations, bytes allocated, template renders,
//! Markdown renders, bytes of output — must at most about double. And no site held whole: the
//! peak of memory in use during a one-off build does not grow with the length of the texts.
//! Counting, not timing, so the tests mean the same on a busy CI machine.

use crate::common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

use herald::pipeline::{Options, Session};

/// Counts the allocations of the threads that build the measured site, not those of the tests
/// running beside it in this process (all integration tests share one).
struct Counting;

thread_local! {
    /// Set on the one thread of the pool the measured build runs in.
    static COUNTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn counted() -> bool {
    COUNTED.try_with(|c| c.get()).unwrap_or(false)
}

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);
/// Bytes in use, allocated less freed on the counted thread, and the most of it since reset.
static LIVE: AtomicI64 = AtomicI64::new(0);
static PEAK: AtomicI64 = AtomicI64::new(0);

/// The counters are shared: one measurement at a time.
static MEASURING: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn grew(by: i64) {
    let live = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if counted() {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
            BYTES.fetch_add(layout.size() as u64, Ordering::Relaxed);
            grew(layout.size() as i64);
        }
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if counted() {
            grew(-(layout.size() as i64));
        }
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if counted() {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
            BYTES.fetch_add(new_size as u64, Ordering::Relaxed);
            grew(new_size as i64 - layout.size() as i64);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[derive(Debug, Clone, Copy)]
struct Work {
    allocations: u64,
    bytes_allocated: u64,
    markdown: usize,
    pages: usize,
    output_bytes: u64,
}

/// A bilingual site of `n` items in two sections, with tags, authors and translations.
fn site(n: usize) -> common::Site {
    let mut files = common::fixture_files();
    files.insert("site.yaml", files["site.yaml"].clone() + "pdf: false\n");
    let mut owned = Vec::new();
    for i in 0..n {
        let lv = format!(
            "---\ntitle: Ziņa numur {i}\ndate: 2021-{:02}-{:02}\ntags: [birka{}, kopiena]\nauthor: {{name: Zemgales reģions}}\n---\n## Ievads\n\nProjekta **partneri** tikās {i}. reizi. [Iepriekšējā](../item{}/index.lv.md)\n\n- viens\n- divi\n",
            1 + i % 12,
            1 + i % 28,
            i % 7,
            i.saturating_sub(1)
        );
        let lt = format!(
            "---\ntitle: Naujiena numeris {i}\n---\n## Įvadas\n\nProjekto **partneriai** susitiko {i} kartą.\n"
        );
        owned.push((format!("content/news/item{i}/index.lv.md"), lv));
        owned.push((format!("content/news/item{i}/index.lt.md"), lt));
    }
    let mut all: std::collections::BTreeMap<&str, String> = files;
    for (path, text) in &owned {
        all.insert(path.as_str(), text.clone());
    }
    common::Site::new(&all)
}

fn work(n: usize) -> Work {
    let site = site(n);
    let mut session = Session::new(Options {
        root: site.root().to_path_buf(),
        base_url: None,
        drafts: false,
        future: false,
        progress: false,
    });
    // One thread, whose allocations alone are counted: the build's own work.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .start_handler(|_| COUNTED.with(|c| c.set(true)))
        .build()
        .unwrap();
    let (a0, b0) = (
        ALLOCATIONS.load(Ordering::Relaxed),
        BYTES.load(Ordering::Relaxed),
    );
    let built = pool
        .install(|| session.build())
        .unwrap_or_else(|e| panic!("{e}"));
    let (a1, b1) = (
        ALLOCATIONS.load(Ordering::Relaxed),
        BYTES.load(Ordering::Relaxed),
    );
    let output_bytes = built
        .files
        .iter()
        .map(|f| match &f.contents {
            herald::output::OutputContents::Bytes(b) => b.len() as u64,
            _ => 0,
        })
        .sum();
    Work {
        allocations: a1 - a0,
        bytes_allocated: b1 - b0,
        markdown: session.last_work.bodies_rendered,
        pages: session.last_work.pages_rendered,
        output_bytes,
    }
}

#[test]
fn doubling_the_items_at_most_doubles_the_work() {
    let _one_at_a_time = MEASURING.lock().unwrap_or_else(|e| e.into_inner());
    let small = work(150);
    let large = work(300);
    let ratio = |a: u64, b: u64| b as f64 / a as f64;
    let ratios = [
        ("allocations", ratio(small.allocations, large.allocations)),
        (
            "bytes allocated",
            ratio(small.bytes_allocated, large.bytes_allocated),
        ),
        (
            "Markdown renders",
            ratio(small.markdown as u64, large.markdown as u64),
        ),
        (
            "page renders",
            ratio(small.pages as u64, large.pages as u64),
        ),
        (
            "output bytes",
            ratio(small.output_bytes, large.output_bytes),
        ),
    ];
    // A little over 2: the fixed part (home pages, 404, feeds of the newest items) is
    // amortised, a quadratic step would give about 4.
    for (what, r) in ratios {
        assert!(
            r < 2.3,
            "{what} grew {r:.2} times from 150 to 300 items: {small:?} -> {large:?}"
        );
        assert!(
            r > 1.5,
            "{what}: {r:.2}, the measurement is not counting the site"
        );
    }
}

/// A bilingual site of `n` items whose Latvian texts have `paragraphs` paragraphs of a few
/// repeated words (few distinct words, a short summary: only the texts' length differs), but
/// for the 30 newest, which the feeds carry whole.
fn site_with_texts(n: usize, paragraphs: usize) -> common::Site {
    let mut all = common::fixture_files();
    all.insert(
        "site.yaml",
        all["site.yaml"].clone() + "pdf: false\nsearch: false\nshare_card: false\n",
    );
    let paragraph = "Projekta partneri tikās un runāja par kopīgo darbu.\n\n";
    let text = paragraph.repeat(paragraphs);
    let mut owned = Vec::new();
    for i in 0..n {
        let (year, text) = if i < 30 {
            (2022, paragraph)
        } else {
            (2021, text.as_str())
        };
        let lv = format!(
            "---\ntitle: Ziņa numur {i}\ndate: {year}-{:02}-{:02}\n---\n{text}",
            1 + i % 12,
            1 + i % 28
        );
        let lt = format!("---\ntitle: Naujiena numeris {i}\n---\nProjekto partneriai.\n");
        owned.push((format!("content/news/item{i}/index.lv.md"), lv));
        owned.push((format!("content/news/item{i}/index.lt.md"), lt));
    }
    for (path, text) in &owned {
        all.insert(path.as_str(), text.clone());
    }
    common::Site::new(&all)
}

/// The most memory in use (bytes) while `herald build` builds `site` on one counted thread,
/// and the bytes of Markdown under content/.
fn peak_of_build(site: &common::Site) -> (i64, i64) {
    let opts = Options {
        root: site.root().to_path_buf(),
        base_url: None,
        drafts: false,
        future: false,
        progress: false,
    };
    let markdown: u64 = walkdir::WalkDir::new(site.root().join("content"))
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.metadata().unwrap().len())
        .sum();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .start_handler(|_| COUNTED.with(|c| c.set(true)))
        .build()
        .unwrap();
    let out = site.root().join("public");
    let peak = pool.install(|| {
        LIVE.store(0, Ordering::Relaxed);
        PEAK.store(0, Ordering::Relaxed);
        herald::pipeline::build_to(&opts, &out, true).unwrap_or_else(|e| panic!("{e}"));
        PEAK.load(Ordering::Relaxed)
    });
    (peak, markdown as i64)
}

#[test]
fn a_build_does_not_hold_the_texts_of_the_site() {
    let _one_at_a_time = MEASURING.lock().unwrap_or_else(|e| e.into_inner());
    // 300 items: 15 MB more Markdown in the long version, all of it in the Latvian texts.
    let (short, short_md) = peak_of_build(&site_with_texts(300, 1));
    let (long, long_md) = peak_of_build(&site_with_texts(300, 1000));
    let more_text = long_md - short_md;
    assert!(more_text > 14_000_000, "{more_text}");
    // What may grow: the text being rendered and its page.
    let more_memory = long - short;
    assert!(
        more_memory < more_text / 10,
        "15 MB more text made the build hold {} MB more at its peak ({} MB -> {} MB): \
         are the texts held?",
        more_memory / 1_000_000,
        short / 1_000_000,
        long / 1_000_000
    );
}
