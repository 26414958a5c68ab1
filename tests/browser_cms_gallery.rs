//! A gallery edited in Decap CMS (embedded in herald) in headless Chromium against `herald
//! serve`, on a copy of the example site, driven by `tests/browser/cms_gallery.mjs`: `herald
//! cms` writes the hand-written galleries in one place (the Latvian file, every language's
//! texts beside each picture); a picture is added with its Latvian alt text only (the form
//! refuses to save it without the Lithuanian one), then its Lithuanian one, moved to the top,
//! saved; the one gallery is in the Latvian file, `check --strict` is clean, and the
//! Lithuanian page shows the Lithuanian alt texts in the Latvian order. Needs Chromium, Node and the packages of
//! tests/browser (skips without them unless `HERALD_BROWSER_TESTS=require`, as in CI).

use crate::common;

use std::path::Path;

use common::browser::{browser, copy, run_script, screenshot_dir};
use common::serve::start;
use common::Site;
use serde_json::json;

const ITEM: &str = "2021-08-12-summer-camp";

/// The `gallery:` block of a Markdown file's front matter (up to the next top-level key).
fn gallery_block(text: &str) -> String {
    let Some(from) = text.find("\ngallery:") else {
        return String::new();
    };
    text[from + 1..]
        .lines()
        .enumerate()
        .take_while(|(i, l)| *i == 0 || (l.starts_with([' ', '-']) && *l != "---"))
        .map(|(_, l)| format!("{l}\n"))
        .collect()
}

/// The `image:` and `video:` lines of a gallery, in order.
fn gallery_files(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| l.starts_with("image:") || l.starts_with("video:"))
        .map(String::from)
        .collect()
}

#[test]
fn a_picture_added_and_moved_in_the_cms_keeps_its_texts_in_both_languages() {
    let Some(b) = browser() else { return };
    let site = Site::new(&Default::default());
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for entry in ["site.yaml", "content", "static"] {
        copy(&repo.join(entry), &site.root().join(entry));
    }
    // The example's galleries are written by hand, one per language: `herald cms` writes
    // each in one place, the same in both files.
    let made = site.herald(&["cms"]);
    let said = String::from_utf8_lossy(&made.stdout);
    assert!(made.status.success(), "{made:?}");
    assert!(
        said.contains(&format!("{ITEM}/index.lt.md in one place")),
        "{said}"
    );
    let read = |lang: &str| {
        std::fs::read_to_string(
            site.root()
                .join(format!("content/news/{ITEM}/index.{lang}.md")),
        )
        .unwrap()
    };
    let lv_before = read("lv");
    assert!(
        lv_before.contains(
            "  - type: image\n    image: nometne-ezers.jpg\n    alt:\n      lv: Divas teltis"
        ),
        "{lv_before}"
    );
    assert!(
        lv_before.contains("\n      lt: Dvi palapinės"),
        "{lv_before}"
    );
    assert_eq!(gallery_block(&read("lt")), "");

    let server = start(&site);
    let photo = repo.join("content/news/2022-05-20-open-day/foto-1.jpg");
    let r = run_script(
        &b,
        "cms_gallery.mjs",
        json!({
            "base": format!("http://{}{}", server.host, server.base),
            "root": site.root(),
            "herald": env!("CARGO_BIN_EXE_herald"),
            "item": ITEM,
            "photo": photo,
            "lt_page": "lt/naujienos/vasaros-stovykla-vaikams/",
            "screenshots": screenshot_dir("cms_gallery"),
        }),
    );
    let show = serde_json::to_string_pretty(&r).unwrap();
    assert_eq!(r["external"], json!([]), "{show}");
    // The news list holds the ten items of the example, not the section's own text.
    let entries = r["newsEntries"]
        .as_array()
        .unwrap_or_else(|| panic!("{show}"));
    assert_eq!(entries.len(), 10, "{show}");
    assert!(
        entries
            .iter()
            .all(|e| !e.as_str().unwrap().contains("_index")),
        "{show}"
    );

    // A picture without its Lithuanian alt text is not saved: the form asks for it.
    assert_eq!(r["savedWithoutAlt"], json!(false), "{show}");
    assert_ne!(r["shownWithoutAlt"], json!([]), "{show}");
    assert_eq!(r["saved"], json!(true), "{show}");

    // The files: one gallery, the same in both, the new picture first, each picture with its
    // kind and both alt texts.
    let lv = r["files"]["lv"]
        .as_str()
        .unwrap_or_else(|| panic!("{show}"));
    let lt = r["files"]["lt"]
        .as_str()
        .unwrap_or_else(|| panic!("{show}"));
    let order = [
        "image: foto-1.jpg",
        "image: nometne-ezers.jpg",
        "image: dalibnieki.jpg",
        "image: ugunskurs.jpg",
        "video: https://www.youtube.com/watch?v=oCtOpUs2021",
    ];
    assert_eq!(gallery_files(lv), order, "{show}");
    assert_eq!(gallery_block(lt), "", "{show}");
    assert!(
        lv.contains("lv: Atvērto durvju dienas apmeklētāji")
            && lv.contains("lt: Atvirų durų dienos lankytojai"),
        "{lv}"
    );
    assert_eq!(lv.matches("type: image").count(), 4, "{lv}");
    assert!(site
        .root()
        .join(format!("content/news/{ITEM}/foto-1.jpg"))
        .is_file());
    assert_eq!(r["check"]["code"], json!(0), "check --strict: {show}");

    // Opened again: the Lithuanian alt texts in the new order, beside the Latvian ones.
    assert_eq!(
        r["ltAltsInForm"],
        json!([
            "Atvirų durų dienos lankytojai",
            "Dvi palapinės ežero pakrantėje, vaikai stovi prie laužavietės pievoje",
            "Devyni stovyklos dalyviai saulėtoje pievoje",
            "Vaikai vakaro prieblandoje sėdi aplink laužą",
        ]),
        "{show}"
    );

    // The Lithuanian page: the pictures in the Latvian order, with the Lithuanian alt texts.
    let alts: Vec<&str> = r["ltAlts"]
        .as_array()
        .unwrap_or_else(|| panic!("{show}"))
        .iter()
        .filter_map(|a| a.as_str())
        .collect();
    assert_eq!(
        alts,
        [
            "Atvirų durų dienos lankytojai",
            "Dvi palapinės ežero pakrantėje, vaikai stovi prie laužavietės pievoje",
            "Devyni stovyklos dalyviai saulėtoje pievoje",
            "Vaikai vakaro prieblandoje sėdi aplink laužą",
        ],
        "{show}"
    );
}
