//! Any text as a Markdown body: the renderer (with raw HTML kept and dropped) and the picture
//! finder give a result or errors with a line, never a panic; with raw HTML dropped no
//! `<script>` reaches the output.

#![no_main]

use std::path::Path;

use herald::markdown::{self, LinkTarget};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(body) = std::str::from_utf8(data) else {
        return;
    };
    let file = Path::new("content/news/x.lv.md");
    let resolve = |dest: &str| -> Result<LinkTarget, (String, String)> {
        if dest.ends_with(".md") {
            Err(("no such page".into(), "link to a page that exists".into()))
        } else {
            Ok(LinkTarget::Keep)
        }
    };
    let picture = |_: &str, _: &str, _: &str| None;
    for raw_html in [true, false] {
        match markdown::render_opts(body, 5, file, &resolve, &picture, raw_html) {
            Ok(r) => {
                if !raw_html {
                    assert!(!r.html.to_ascii_lowercase().contains("<script"));
                }
            }
            Err(errors) => assert!(errors.iter().all(|d| d.line.is_some_and(|l| l >= 5))),
        }
    }
    let _ = markdown::picture_destinations(body);
});
