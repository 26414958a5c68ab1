//! The browser editor end to end: Decap CMS (embedded in herald) in headless Chromium against
//! `herald serve` on a copy of the example site, driven by `tests/browser/cms.mjs`. Needs
//! Chromium, Node and the packages of tests/browser (skips without them unless
//! `HERALD_BROWSER_TESTS=require`, as in CI).

use crate::common;

use std::path::Path;

use common::browser::{browser, copy, run_script, screenshot_dir};
use common::serve::start;
use common::Site;
use serde_json::json;

/// The `gallery:` block of a Markdown file's front matter (up to the next top-level key).
fn gallery_of(text: &str) -> String {
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

#[test]
fn an_item_made_in_the_cms_is_what_herald_reads() {
    let Some(b) = browser() else { return };
    let site = Site::new(&Default::default());
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for entry in ["site.yaml", "content", "static"] {
        copy(&repo.join(entry), &site.root().join(entry));
    }
    let server = start(&site);
    let photos = [
        repo.join("content/news/2021-08-12-summer-camp/nometne-ezers.jpg"),
        repo.join("content/news/2021-08-12-summer-camp/ugunskurs.jpg"),
    ];
    let r = run_script(
        &b,
        "cms.mjs",
        json!({
            "base": format!("http://{}{}", server.host, server.base),
            "root": site.root(),
            "herald": env!("CARGO_BIN_EXE_herald"),
            "photos": photos,
            "screenshots": screenshot_dir("cms"),
        }),
    );
    let show = serde_json::to_string_pretty(&r).unwrap();
    // The page herald adds: what to do, and no WCAG 2.1 A/AA violation.
    assert!(
        r["unconfigured"]["text"]
            .as_str()
            .unwrap()
            .contains("herald cms"),
        "{show}"
    );
    assert_eq!(r["unconfigured"]["axe"], json!([]), "{show}");
    assert_eq!(
        r["external"],
        json!([]),
        "no request leaves the machine: {show}"
    );

    // The bundle on disk: both languages, both photos.
    let files = &r["afterCreate"];
    let lv = files["index.lv.md"]
        .as_str()
        .unwrap_or_else(|| panic!("{show}"));
    let lt = files["index.lt.md"]
        .as_str()
        .unwrap_or_else(|| panic!("{show}"));
    assert!(
        lv.contains("title: Vasaras nometne pie ezera") && lv.contains("date: 2024-05-02"),
        "{lv}"
    );
    // One gallery, in the Latvian file, each picture with both alt texts; the Lithuanian file
    // inherits it.
    for alt in [
        "lv: Ezers saulrietā",
        "lt: Ežeras saulėlydyje",
        "lv: Ugunskurs pie ezera",
        "lt: Laužas prie ežero",
    ] {
        assert!(gallery_of(lv).contains(alt), "{alt}: {lv}");
    }
    assert_eq!(gallery_of(lt), "", "{lt}");
    // The Lithuanian alt texts were written on the Latvian side, in the same form.
    assert_eq!(
        r["altValues"],
        json!(["Ežeras saulėlydyje", "Laužas prie ežero"]),
        "{show}"
    );
    assert!(!lt.contains("date:"), "translations inherit the date: {lt}");
    assert!(
        files["nometne-ezers.jpg"].as_u64().unwrap() > 1000,
        "{show}"
    );
    assert!(files["ugunskurs.jpg"].as_u64().unwrap() > 1000, "{show}");
    assert_eq!(
        r["checkAfterCreate"]["code"],
        json!(0),
        "check --strict: {show}"
    );

    // Served with its publicity block and gallery, in both languages.
    for lang in ["lv", "lt"] {
        let s = &r["served"][lang];
        assert_eq!(s["publicity"], json!(true), "{show}");
        let alts: Vec<&str> = s["alts"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|a| a.as_str())
            .collect();
        let want = if lang == "lv" {
            "Ezers saulrietā"
        } else {
            "Ežeras saulėlydyje"
        };
        assert!(alts.contains(&want), "{lang}: {show}");
    }

    // The Lithuanian title edited; the Latvian file unchanged.
    assert!(
        r["afterEdit"]["index.lt.md"]
            .as_str()
            .unwrap()
            .contains("title: Vasaros stovykla prie Sartų ežero"),
        "{show}"
    );
    assert_eq!(r["afterEdit"]["index.lv.md"].as_str().unwrap(), lv);

    // A top-level page edited in the pages collection (which lists the home page's text
    // too): its Lithuanian title changed, its other keys and its text kept, the Latvian file
    // as it was, and herald reads both.
    let list = r["pagesList"].as_str().unwrap_or_else(|| panic!("{show}"));
    assert!(
        list.contains("Par projektu") && list.contains("Projekts OCTOPUS"),
        "{show}"
    );
    let original = |lang: &str| {
        std::fs::read_to_string(repo.join(format!("content/about.{lang}.md"))).unwrap()
    };
    let page_lt = r["afterPage"]["lt"].as_str().unwrap();
    assert!(
        page_lt.contains("title: Apie projektą OCTOPUS"),
        "{page_lt}"
    );
    let slug_line = |text: &str| {
        text.lines()
            .find(|l| l.starts_with("slug:"))
            .map(str::to_string)
    };
    assert_eq!(slug_line(page_lt), slug_line(&original("lt")), "{page_lt}");
    let last_line = |text: &str| text.trim_end().lines().last().map(str::to_string);
    assert_eq!(last_line(page_lt), last_line(&original("lt")), "{page_lt}");
    assert_eq!(r["afterPage"]["lv"].as_str().unwrap(), original("lv"));
    assert_eq!(
        r["checkAfterPage"]["code"],
        json!(0),
        "check --strict: {show}"
    );

    // The news section's own text, in its own collection: the Lithuanian title changed, the
    // Latvian file as it was, and herald reads both.
    assert!(
        r["sectionList"].as_str().unwrap_or("").contains("Jaunumi"),
        "{show}"
    );
    let section_lt = r["afterSection"]["lt"]
        .as_str()
        .unwrap_or_else(|| panic!("{show}"));
    assert!(
        section_lt.contains("title: Naujienos ir renginiai"),
        "{section_lt}"
    );
    assert_eq!(
        r["afterSection"]["lv"].as_str().unwrap(),
        std::fs::read_to_string(repo.join("content/news/_index.lv.md")).unwrap()
    );
    assert_eq!(
        r["checkAfterSection"]["code"],
        json!(0),
        "check --strict: {show}"
    );

    // Refused: a forged save from another site, a path climbing out.
    assert_eq!(r["forgedWritten"], json!(false), "{show}");
    assert_ne!(r["forged"]["json"], json!(200), "{show}");
    assert_eq!(r["climb"]["status"], json!(403), "{show}");
    assert_eq!(r["climbWritten"], json!(false), "{show}");

    // Deleted: the bundle is gone.
    assert_eq!(r["afterDelete"], json!(false), "{show}");
}
