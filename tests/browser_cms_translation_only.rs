//! An item published in Lithuanian only (`index.lt.md`, no `index.lv.md`) edited in Decap CMS
//! (embedded in herald) in headless Chromium against `herald serve`, on a copy of the example
//! site, driven by `tests/browser/cms_translation_only.mjs`. Needs Chromium, Node and the
//! packages of tests/browser (skips without them unless `HERALD_BROWSER_TESTS=require`).

use crate::common;

use std::path::Path;

use common::browser::{browser, copy, run_script, screenshot_dir};
use common::serve::start;
use common::Site;
use serde_json::json;

/// The example's item written in Lithuanian only, on purpose (`translate: false`).
const ITEM: &str = "2021-04-20-panemunelis-renovation";

#[test]
fn an_item_in_lithuanian_only_is_edited_in_lithuanian_only() {
    let Some(b) = browser() else { return };
    let site = Site::new(&Default::default());
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for entry in ["site.yaml", "content", "static"] {
        copy(&repo.join(entry), &site.root().join(entry));
    }
    assert!(site.herald(&["cms"]).status.success());
    let server = start(&site);
    let r = run_script(
        &b,
        "cms_translation_only.mjs",
        json!({
            "base": format!("http://{}{}", server.host, server.base),
            "root": site.root(),
            "herald": env!("CARGO_BIN_EXE_herald"),
            "item": ITEM,
            "title": "Panemunėlyje remontuojamos centro patalpos",
            "screenshots": screenshot_dir("cms_translation_only"),
        }),
    );
    let show = serde_json::to_string_pretty(&r).unwrap();
    assert_eq!(r["external"], json!([]), "{show}");
    assert_eq!(r["errors"], json!([]), "{show}");
    // Listed as the other items are (not as `…/index.lt`), with a note that says why its
    // Latvian side holds no text.
    assert_eq!(r["href"], json!(format!("{ITEM}/index")), "{show}");
    let note = "Tikai lietuviski / Tik lietuviškai — Panemunėlyje prasidėjo daugiafunkcio centro patalpų remontas";
    assert_eq!(r["listed"], json!(format!("2021-04-20 · {note}")), "{show}");
    // Opened: the note on the Latvian side, the Lithuanian title on the Lithuanian side.
    assert_eq!(
        r["titles"],
        json!([
            note,
            "Panemunėlyje prasidėjo daugiafunkcio centro patalpų remontas"
        ]),
        "{show}"
    );
    // Saved: the Lithuanian file only, with the new title and everything else it had.
    assert_eq!(r["saves"][0]["status"], json!(200), "{show}");
    let files = r["files"].as_object().unwrap();
    assert_eq!(files.keys().collect::<Vec<_>>(), ["index.lt.md"], "{show}");
    let lt = files["index.lt.md"].as_str().unwrap();
    for text in [
        "title: Panemunėlyje remontuojamos centro patalpos",
        "translate: false",
        "slug: panemunelio-centro-remontas",
        "Balandžio 19 d. Panemunėlyje",
        "Apie centro atidarymą pranešime atskirai.",
    ] {
        assert!(lt.contains(text), "{text}: {lt}");
    }
    assert!(
        lt.contains("date: 2021-04-20") || lt.contains("date: '2021-04-20'"),
        "{lt}"
    );
    assert_eq!(r["check"]["code"], json!(0), "{show}");
}
