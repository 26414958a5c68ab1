//! No work quadratic in the number of news items: the same site is built in this process with
//! N and 2N items, and the work it does — allocations, bytes allocated, template renders,
//! Markdown renders, bytes of output — must at most about double. Counting, not timing, so the
//! test means the same on a busy CI machine.

use crate::common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicU64, Ordering};

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

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if counted() {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
            BYTES.fetch_add(layout.size() as u64, Ordering::Relaxed);
        }
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if counted() {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
            BYTES.fetch_add(new_size as u64, Ordering::Relaxed);
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
