//! Writes a large bilingual site for measuring `herald check` and `herald build`:
//! `cargo run --release --example bench_site -- DIR N` makes N news items in lv and lt (about
//! 4 KB of Markdown each, headings, links to the previous item and its anchor, one gallery
//! picture with alt text), from the repository's site.yaml.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: bench_site DIR N"));
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1000);
    let site_yaml = include_str!("../site.yaml");
    std::fs::create_dir_all(dir.join("content/news")).unwrap();
    std::fs::write(dir.join("site.yaml"), site_yaml).unwrap();
    for (lang, title, slug) in [
        ("lv", "Jaunumi", "jaunumi"),
        ("lt", "Naujienos", "naujienos"),
    ] {
        std::fs::write(
            dir.join(format!("content/news/_index.{lang}.md")),
            format!("---\ntitle: {title}\nslug: {slug}\n---\n"),
        )
        .unwrap();
    }
    let paragraph =
        "Projekta partneri tikās, lai apspriestu daudzfunkcionālo centru darbu un nākamos soļus. "
            .repeat(8);
    for i in 0..n {
        let folder = dir.join(format!("content/news/item-{i:05}"));
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("photo.jpg"), b"jpeg").unwrap();
        let day = 1 + i % 28;
        let month = 1 + (i / 28) % 12;
        for lang in ["lv", "lt"] {
            let mut body = String::new();
            for h in 0..4 {
                let _ = write!(body, "## Sadaļa {h}\n\n{paragraph}\n\n");
            }
            if i > 0 {
                let _ = writeln!(
                    body,
                    "Skatīt arī [iepriekšējo ziņu](../item-{:05}/index.{lang}.md#sadala-1).",
                    i - 1
                );
            }
            let front = if lang == "lv" {
                format!("---\ntitle: \"Ziņa {i}\"\ndate: 2021-{month:02}-{day:02}\ngallery:\n  - {{image: photo.jpg, alt: \"Partneri sanāksmē\"}}\n---\n")
            } else {
                format!("---\ntitle: \"Naujiena {i}\"\ngallery:\n  - {{image: photo.jpg, alt: \"Partneriai susitikime\"}}\n---\n")
            };
            std::fs::write(folder.join(format!("index.{lang}.md")), front + &body).unwrap();
        }
    }
}
