//! The corpus of broken sites in `tests/bad-sites/`: each folder is a case, laid over the good
//! fixture site of `tests/common` (its files replace or add to the fixture's), with an
//! `expect.yaml` saying what must happen. For every case the fixture is built first (so there is a
//! previous output), then the case's files are laid over it and `herald build` and `herald check`
//! run: a broken site must fail with a message naming the file (and line) with a hint, without a
//! panic, leaving the previous output byte for byte as it was; the cases that must build (a BOM
//! and CRLF, an enormous file, deep nesting) must build and pass `check`.
//!
//! Adding a case needs no code: a folder with the files and an `expect.yaml`:
//!
//! ```yaml
//! remove: [site.yaml]            # fixture files to delete (optional)
//! symlinks: {content/x: ".."}    # symbolic links to make, path -> target (optional)
//! rename: {content/a.txt: "content/a.lv.md "}  # names git cannot keep well (optional)
//! generate:                      # files too big or too deep to keep in git (optional)
//!   - {kind: enormous, file: content/news/huge.lv.md, megabytes: 50}
//!   - {kind: deep, file: content/news/deep.lv.md}
//! errors: ["content/news/x.lv.md:3: error:", "YYYY-MM-DD"]   # build and check print these
//! builds: true                   # instead of errors: the site must build
//! output: {lv/index.html: [text]} # with builds: files of the output and text they contain
//! max_memory_mb: 1000            # with builds: the build's peak memory (Linux)
//! max_check_memory_mb: 1200      # with builds: check's peak memory (it holds every page)
//! warnings: ["x.lv.md: warning:"] # with builds: build and check print these
//! absent: [lv/x.bak]             # with builds: files that must not be in the output
//! nowhere: [SECRET]              # with builds: text no file of the output may contain
//! ```
//!
//! `check` prints `error[H020]:` where `build` prints `error:`; the codes are dropped before the
//! texts are compared, and every error of `check` must carry one.

use crate::common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{fixture_files, snapshot, Site};
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    #[serde(default)]
    remove: Vec<String>,
    #[serde(default)]
    symlinks: BTreeMap<String, String>,
    #[serde(default)]
    rename: BTreeMap<String, String>,
    #[serde(default)]
    generate: Vec<Generate>,
    #[serde(default)]
    errors: Vec<String>,
    #[serde(default)]
    builds: bool,
    #[serde(default)]
    output: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    max_memory_mb: Option<u64>,
    #[serde(default)]
    max_check_memory_mb: Option<u64>,
    #[serde(default)]
    warnings: Vec<String>,
    #[serde(default)]
    absent: Vec<String>,
    #[serde(default)]
    nowhere: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, tag = "kind", rename_all = "kebab-case")]
enum Generate {
    /// A news item of `megabytes` of ordinary Markdown paragraphs.
    Enormous { file: String, megabytes: usize },
    /// A news item of 20 000 nested block quotes and a list 3 000 levels deep.
    Deep { file: String },
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-sites")
}

fn cases() -> Vec<(String, PathBuf)> {
    let mut cases: Vec<(String, PathBuf)> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    cases.sort();
    cases
}

fn herald(site: &Site, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(args)
        .arg("--root")
        .arg(site.root())
        .output()
        .unwrap()
}

/// Lays the case's files over the site (byte for byte), then removes, links and generates.
fn apply(case_dir: &Path, expect: &Expect, site: &Site) {
    for e in walkdir::WalkDir::new(case_dir).sort_by_file_name() {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(case_dir).unwrap();
        if !e.file_type().is_file() || rel == Path::new("expect.yaml") {
            continue;
        }
        let to = site.root().join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(e.path(), to).unwrap();
    }
    for rel in &expect.remove {
        std::fs::remove_file(site.root().join(rel)).unwrap();
    }
    for (from, to) in &expect.rename {
        std::fs::rename(site.root().join(from), site.root().join(to)).unwrap();
    }
    for (link, target) in &expect.symlinks {
        #[cfg(unix)]
        std::os::unix::fs::symlink(target, site.root().join(link)).unwrap();
        #[cfg(not(unix))]
        let _ = (link, target);
    }
    for g in &expect.generate {
        match g {
            Generate::Enormous { file, megabytes } => {
                let paragraph = "Teksts ar **treknu** vārdu un [saiti](https://www.latlit.eu/). "
                    .repeat(20)
                    + "\n\n";
                let body = paragraph.repeat(megabytes * 1024 * 1024 / paragraph.len() + 1);
                site.write(
                    file,
                    &format!("---\ntitle: Liels\ndate: 2021-05-01\nsummary: Īsi.\n---\n{body}"),
                );
            }
            Generate::Deep { file } => {
                let quotes = ">".repeat(20_000) + " dziļi\n\n";
                let list: String = (0..3_000)
                    .map(|i| format!("{}- punkts\n", "  ".repeat(i)))
                    .collect();
                site.write(
                    file,
                    &format!("---\ntitle: Dziļi\ndate: 2021-05-01\n---\n{quotes}{list}"),
                );
            }
        }
    }
}

/// `error[H020]:` -> `error:`, so `check`'s lines compare with `build`'s.
fn without_codes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("[H0") {
        let after = &rest[i + 1..];
        let code_len = after.find(']').unwrap_or(usize::MAX);
        if code_len == 4 && after[1..4].bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&rest[..i]);
            rest = &after[5..];
        } else {
            out.push_str(&rest[..i + 1]);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// `herald` run on the site, and its peak memory in MB where the system measures it.
fn herald_measured(site: &Site, args: &[&str]) -> (Output, Option<u64>) {
    common::output_and_peak_mb(
        Command::new(env!("CARGO_BIN_EXE_herald"))
            .args(args)
            .arg("--root")
            .arg(site.root()),
    )
}

/// Runs one case; returns what went wrong, if anything.
fn run_case(name: &str, dir: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let expect_text = match std::fs::read_to_string(dir.join("expect.yaml")) {
        Ok(t) => t,
        Err(e) => return vec![format!("{name}: cannot read expect.yaml: {e}")],
    };
    let expect: Expect = match serde_yaml::from_str(&expect_text) {
        Ok(e) => e,
        Err(e) => return vec![format!("{name}: expect.yaml: {e}")],
    };
    if expect.builds != expect.errors.is_empty() {
        return vec![format!(
            "{name}: expect.yaml must have either `builds: true` or a list of `errors`"
        )];
    }
    if !cfg!(unix) && !expect.symlinks.is_empty() {
        return problems;
    }
    let site = Site::new(&fixture_files());
    let first = herald(&site, &["build"]);
    assert!(
        first.status.success(),
        "{name}: the fixture does not build:\n{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let before = snapshot(&site.out());
    apply(dir, &expect, &site);

    let (build, build_peak) = herald_measured(&site, &["build"]);
    let (check, check_peak) = herald_measured(&site, &["check"]);
    let build_err = String::from_utf8_lossy(&build.stderr).into_owned();
    let check_out = format!(
        "{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
    for (what, text) in [("build", &build_err), ("check", &check_out)] {
        for bad in ["panicked", "RUST_BACKTRACE", "stack overflow"] {
            if text.contains(bad) {
                problems.push(format!("{name}: {what} printed `{bad}`:\n{text}"));
            }
        }
    }
    if expect.builds {
        if !build.status.success() {
            problems.push(format!("{name}: build failed:\n{build_err}"));
        }
        if !check.status.success() {
            problems.push(format!("{name}: check failed:\n{check_out}"));
        }
        for (file, texts) in &expect.output {
            let html = std::fs::read_to_string(site.out().join(file)).unwrap_or_default();
            for t in texts {
                if !html.contains(t.as_str()) {
                    problems.push(format!("{name}: {file} does not contain `{t}`"));
                }
            }
        }
        problems.extend(output_problems(
            name, &expect, &site, &build_err, &check_out,
        ));
        for (what, limit, peak) in [
            ("build", expect.max_memory_mb, build_peak),
            ("check", expect.max_check_memory_mb, check_peak),
        ] {
            if let (Some(limit), Some(peak)) = (limit, peak) {
                if peak > limit {
                    problems.push(format!(
                        "{name}: {what} took {peak} MB of memory, more than {limit} MB"
                    ));
                }
            }
        }
        return problems;
    }

    if build.status.success() {
        problems.push(format!("{name}: build succeeded:\n{build_err}"));
    }
    if check.status.success() {
        problems.push(format!("{name}: check succeeded:\n{check_out}"));
    }
    let check_plain = without_codes(&check_out);
    for (what, text) in [("build", &build_err), ("check", &check_plain)] {
        for e in &expect.errors {
            if !text.contains(e.as_str()) {
                problems.push(format!("{name}: {what} does not say `{e}`:\n{text}"));
            }
        }
        if !text.contains("\n  hint: ") {
            problems.push(format!("{name}: {what} gives no hint:\n{text}"));
        }
    }
    if !check_out.contains("error[H0") {
        problems.push(format!("{name}: check's error has no code:\n{check_out}"));
    }
    for line in uncoded(&check_out) {
        problems.push(format!(
            "{name}: check printed a finding without a code: {line}"
        ));
    }
    if snapshot(&site.out()) != before {
        problems.push(format!("{name}: the previous output was changed"));
    }
    problems
}

#[test]
fn every_bad_site_fails_clearly_and_keeps_the_previous_output() {
    let cases = cases();
    assert!(cases.len() >= 20, "{} cases", cases.len());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let problems = std::sync::Mutex::new(Vec::new());
    // Two at a time: each case runs three builds or checks.
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some((name, dir)) = cases.get(i) else {
                    break;
                };
                let found = run_case(name, dir);
                problems.lock().unwrap().extend(found);
            });
        }
    });
    let problems = problems.into_inner().unwrap();
    assert!(problems.is_empty(), "\n{}", problems.join("\n\n"));
}

/// What a case that builds says of its warnings and of what must not be published.
fn output_problems(
    name: &str,
    expect: &Expect,
    site: &Site,
    build_err: &str,
    check_out: &str,
) -> Vec<String> {
    let mut problems = Vec::new();
    let check_plain = without_codes(check_out);
    for (what, text) in [("build", build_err), ("check", check_plain.as_str())] {
        for w in &expect.warnings {
            if !text.contains(w.as_str()) {
                problems.push(format!("{name}: {what} does not say `{w}`:\n{text}"));
            }
        }
    }
    for file in &expect.absent {
        if site.out().join(file).exists() {
            problems.push(format!("{name}: {file} was published"));
        }
    }
    for (file, bytes) in snapshot(&site.out()) {
        for t in &expect.nowhere {
            if String::from_utf8_lossy(&bytes).contains(t.as_str()) {
                problems.push(format!("{name}: {file} contains `{t}`"));
            }
        }
    }
    problems
}

/// The findings of check's human output that carry no `[H…]` code.
fn uncoded(check_out: &str) -> Vec<&str> {
    check_out
        .lines()
        .filter(|l| {
            ["error:", "warning:"]
                .iter()
                .any(|w| l.starts_with(w) || l.contains(&format!(": {w} ")))
        })
        .collect()
}

#[test]
fn a_finding_without_a_code_is_seen() {
    let out =
        "a.md:3: error[H012]: x\n  hint: h\na.md:4: error: y\nwarning: z\nb.md: warning[H029]: w\n";
    assert_eq!(uncoded(out), ["a.md:4: error: y", "warning: z"]);
}

#[test]
fn codes_are_dropped_only_where_they_are_codes() {
    assert_eq!(
        without_codes("a.md:1:1: error[H020]: x [H0] [H0123]"),
        "a.md:1:1: error: x [H0] [H0123]"
    );
}
