//! Property tests (proptest): the front-matter splitter, the UTF-8 decoder, slug
//! transliteration and the Markdown renderer never panic, whatever the input; slugs are plain
//! ASCII; with `raw_html: false` no script survives; and on small generated sites every page
//! gets a unique ASCII address and every internal link of the output resolves to a file.
//! Case counts are small so the suite stays fast; `fuzz/` runs the same functions for longer.

use crate::common;

use std::collections::BTreeSet;
use std::path::Path;

use herald::markdown::{self, LinkTarget};
use proptest::prelude::*;

/// Text rich in what Markdown and YAML give meaning to, plus Latvian and Lithuanian letters.
fn markdownish() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[-#*_>\\[\\]()!`<>/=\"':|~{}&;.0-9a-zA-Zāčēģīķļņšūžąęėįųū \n\t\r]{0,300}",
        1 => any::<String>(),
    ]
}

fn keep(_: &str) -> Result<LinkTarget, herald::diagnostics::Diagnostic> {
    Ok(LinkTarget::Keep)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_front_matter_splitter_never_panics_and_loses_nothing(
        yaml in markdownish(),
        body in markdownish(),
        close in prop_oneof![Just("---\n"), Just("--- \n"), Just(""), Just("---")],
    ) {
        let text = format!("---\n{yaml}\n{close}{body}");
        let file = Path::new("content/x.lv.md");
        if let Ok(herald::content::FrontMatter { yaml: y, yaml_line: y_line, body: b, body_line: b_line }) =
            herald::content::split_front_matter(&text, file)
        {
            prop_assert_eq!(y_line, 2);
            prop_assert!(text[4..].starts_with(y));
            prop_assert!(text.ends_with(b));
            // The front matter is whole lines; the body starts on the line after the `---`.
            prop_assert!(y.is_empty() || y.ends_with('\n'));
            prop_assert_eq!(b_line, 3 + y.matches('\n').count());
        }
        // Parsing a whole file: a page or an error with the file named, never a panic.
        for is_index in [false, true] {
            if let Err(f) = herald::content::parse_page(&text, file, "lv", is_index) {
                prop_assert!(f.0.iter().all(|d| d.file.as_deref() == Some(file)));
            }
        }
    }

    #[test]
    fn decoding_any_bytes_gives_text_or_names_the_line(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        match herald::source::decode_utf8(&bytes, Path::new("x.md")) {
            Ok(text) => prop_assert!(!text.contains("\r\n")),
            Err(f) => prop_assert!(f.0[0].line.is_some() && f.0[0].column.is_some()),
        }
    }

    #[test]
    fn slugs_are_plain_ascii(text in any::<String>()) {
        let slug = herald::slug::slugify(&text);
        prop_assert!(slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{slug}");
        prop_assert!(!slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"), "{slug}");
        if text.chars().any(|c| c.is_ascii_alphanumeric()) {
            prop_assert!(!slug.is_empty());
        }
        prop_assert_eq!(herald::slug::slugify(&slug), slug.clone());
    }

    #[test]
    fn the_markdown_renderer_never_panics(body in markdownish(), raw_html in any::<bool>()) {
        let hook = |_: &str, _: &str, _: &str| None;
        // Every link is broken here: errors are fine, a panic is not.
        let broken = |d: &str| -> Result<LinkTarget, herald::diagnostics::Diagnostic> {
            if d.ends_with(".md") { Err(herald::diagnostics::Diagnostic::error("no page").with_hint("fix it")) } else { Ok(LinkTarget::Keep) }
        };
        let file = Path::new("content/x.lv.md");
        match markdown::render_opts(&body, 5, file, &broken, &hook, raw_html) {
            Ok(r) => {
                let ids: BTreeSet<&String> = r.heading_ids.iter().collect();
                prop_assert_eq!(ids.len(), r.heading_ids.len(), "heading ids are unique");
                if !raw_html {
                    prop_assert!(!r.html.to_ascii_lowercase().contains("<script"), "{}", r.html);
                }
            }
            Err(ds) => {
                for d in ds {
                    prop_assert!(d.line.is_some_and(|l| l >= 5));
                    prop_assert!(d.hint.is_some());
                }
            }
        }
        let _ = markdown::picture_destinations(&body);
        let _ = markdown::render(&body, 1, file, &keep);
    }
}

/// A file name part: words in Latvian, Lithuanian, other scripts, punctuation.
fn name() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9āčēģīķļņšūžąęėįų _.,!'()-]{1,24}|[\\p{Cyrillic}\\p{Greek}\\p{Han} -]{1,8}"
}

/// A title: a name with something besides spaces (a blank title is refused, rightly).
fn title() -> impl Strategy<Value = String> {
    name().prop_filter("a title is not blank", |t| !t.trim().is_empty())
}

/// Every `href`/`src` of the output's HTML below the base path, and whether it names a file.
fn unresolved_links(out: &Path, base: &str) -> Vec<String> {
    let mut bad = Vec::new();
    for (path, bytes) in common::snapshot(out) {
        if !path.ends_with(".html") {
            continue;
        }
        let doc = scraper::Html::parse_document(&String::from_utf8_lossy(&bytes));
        for attr in ["href", "src"] {
            for url in common::attr(&doc, &format!("[{attr}]"), attr) {
                let Some(rest) = url.strip_prefix(base) else {
                    continue;
                };
                let rest = rest.split(['#', '?']).next().unwrap_or("");
                let rest = percent_decode(rest);
                let file = if rest.is_empty() || rest.ends_with('/') {
                    out.join(&rest).join("index.html")
                } else {
                    out.join(&rest)
                };
                if !file.is_file() {
                    bad.push(format!("{path}: {url}"));
                }
            }
        }
    }
    bad
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 3 <= b.len() {
            if let Some(v) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, failure_persistence: None, ..ProptestConfig::default() })]

    /// Small sites from generated file names, titles and slugs: every page gets its own ASCII
    /// address and every internal link resolves; or the build stops with an error naming the
    /// file (two names making the same slug), never a panic.
    #[test]
    fn generated_sites_have_unique_ascii_urls_and_no_broken_links(
        items in proptest::collection::vec((name(), title(), proptest::option::of(name())), 1..6),
    ) {
        let mut files = common::fixture_files();
        let mut names = BTreeSet::new();
        let mut written = Vec::new();
        for (i, (file, title, slug)) in items.iter().enumerate() {
            let file = file.replace(['/', '.'], " ").trim().to_string();
            if file.is_empty() || !names.insert(file.to_lowercase()) {
                continue;
            }
            let slug = slug.as_ref().map(|s| format!("slug: '{}'\n", s.replace('\'', "''"))).unwrap_or_default();
            written.push((format!("content/news/{file}.lv.md"), format!(
                "---\ntitle: '{}'\ndate: 2021-0{}-1{}\n{slug}summary: Īsi.\n---\nTeksts ar [saiti uz semināru](kick-off/index.lv.md#programma) un [par projektu](../about.lv.md).\n\n## {}\n",
                title.replace('\'', "''"), 1 + i % 9, i % 10, title,
            )));
        }
        for (path, text) in &written {
            files.insert(Box::leak(path.clone().into_boxed_str()), text.clone());
        }
        let site = common::Site::new(&files);
        let out = site.herald(&["build"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() {
            // A clean refusal naming the file, with a hint: two names making one address, a
            // slug herald cannot use, a name with nothing to make a slug of.
            prop_assert!(stderr.contains("content/news/"), "{}", stderr);
            prop_assert!(stderr.contains("\n  hint: "), "{}", stderr);
            prop_assert!(
                ["the same address", "the slug", "slug from the file name"]
                    .iter()
                    .any(|w| stderr.contains(w)),
                "{}", stderr
            );
            return Ok(());
        }
        let output = common::snapshot(&site.out());
        let pages: Vec<&String> = output
            .keys()
            .filter(|p| p.starts_with("lv/jaunumi/") && p.ends_with("/index.html"))
            .collect();
        for p in &pages {
            prop_assert!(p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-/._".contains(&b)), "{p}");
            prop_assert!(!p.contains("//"), "{p}");
        }
        // Every generated item has a page of its own.
        let items_published = pages
            .iter()
            .filter(|p| String::from_utf8_lossy(&output[**p]).contains(">saiti uz semināru</a>"))
            .count();
        prop_assert_eq!(items_published, written.len(), "{:?}", pages);
        let bad = unresolved_links(&site.out(), "/octopus/");
        prop_assert!(bad.is_empty(), "{bad:?}");
    }
}
