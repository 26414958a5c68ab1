//! Reader features in a real browser (`tests/browser/readers.mjs`), on the example site served
//! on loopback: the tag index and a tag page, the photo strip of an item opening the gallery's
//! viewer, an event item with its calendar file; axe-core finds nothing in Latvian and
//! Lithuanian, the EU emblem stays in the first viewport and no request leaves the site. Skips
//! like `tests/browser.rs` without Chromium, Node or the packages.

use crate::common;

use common::browser::{browser, example_site, run_script, serve};
use serde_json::{json, Value};

fn by_name<'a>(report: &'a Value, name: &str) -> &'a Value {
    report
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == name)
        .unwrap_or_else(|| panic!("no {name} in {report}"))
}

#[test]
fn tags_photos_and_events_work_for_readers_in_both_languages() {
    let Some(b) = browser() else { return };
    let site = example_site();
    let base = serve(site.out());
    let item_lv = "/lv/jaunumi/atverto-durvju-diena/";
    let item_lt = "/lt/naujienos/atviru-duru-diena/";
    let plan = json!({"base": base, "pages": [
        {"name": "tags-lv", "path": "/lv/birkas/", "kind": "tags"},
        {"name": "tags-lt", "path": "/lt/zymos/", "kind": "tags"},
        {"name": "tag-lv", "path": "/lv/birkas/centri/", "kind": "tag"},
        {"name": "tag-lt", "path": "/lt/zymos/centrai/", "kind": "tag"},
        {"name": "photos-lv", "path": item_lv, "kind": "photos"},
        {"name": "photos-lt", "path": item_lt, "kind": "photos"},
        {"name": "event-lv", "path": item_lv, "kind": "event"},
        {"name": "event-lt", "path": item_lt, "kind": "event"},
    ]});
    let report = run_script(&b, "readers.mjs", plan);
    for r in report.as_array().unwrap() {
        let name = &r["name"];
        assert_eq!(r["status"], 200, "{name}");
        assert_eq!(r["axe"], json!([]), "{name}: axe-core");
        assert_eq!(
            r["external"],
            json!([]),
            "{name}: requests leaving the site"
        );
        assert_eq!(
            r["emblem"], true,
            "{name}: the EU emblem in the first viewport"
        );
    }
    for name in ["tags-lv", "tags-lt", "tag-lv", "tag-lt"] {
        let r = by_name(&report, name);
        assert!(!r["links"].as_array().unwrap().is_empty(), "{r}");
        assert_eq!(r["first_link_status"], 200, "{r}");
    }
    assert_eq!(by_name(&report, "tag-lv")["h1"], "Birka „centri”");
    assert_eq!(by_name(&report, "tag-lt")["h1"], "Žyma „centrai“");
    assert!(by_name(&report, "tag-lt")["links"]
        .as_array()
        .unwrap()
        .contains(&json!(
            "Atvirų durų diena Rokiškio socialinės paramos centre"
        )));
    for (name, all, position) in [
        ("photos-lv", "Visas 9 fotogrāfijas", "Attēls 2 no 6"),
        ("photos-lt", "Visos 9 nuotraukos", "2"),
    ] {
        let r = by_name(&report, name);
        assert_eq!(r["thumbs"], 6, "{r}");
        assert_eq!(r["viewer_open"], true, "{r}");
        assert_eq!(r["viewer_closed"], true, "{r}");
        assert!(
            r["viewer_position"].as_str().unwrap().contains(position),
            "{r}"
        );
        assert!(!r["viewer_alt"].as_str().unwrap().is_empty(), "{r}");
        assert_eq!(r["all_link"], all, "{r}");
    }
    let lv = by_name(&report, "event-lv");
    assert!(
        lv["event"]
            .as_str()
            .unwrap()
            .starts_with("Pasākums: 2022. gada 2. jūnijā plkst. 10.00–15.00, Rokišķos"),
        "{lv}"
    );
    let lt = by_name(&report, "event-lt");
    assert!(
        lt["event"]
            .as_str()
            .unwrap()
            .starts_with("Renginys: 2022 m. birželio 2 d. 10.00–15.00 val., Rokiškyje"),
        "{lt}"
    );
    for r in [lv, lt] {
        assert_eq!(r["ics_status"], 200, "{r}");
        assert_eq!(r["ics_start"], "BEGIN:VCALENDAR", "{r}");
    }
}
