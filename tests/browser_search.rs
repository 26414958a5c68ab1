//! The search page in a real browser (`tests/browser/search.mjs`): the example site built under
//! a sub-path and served on loopback; a reader types inflected forms without diacritics in
//! Latvian and Lithuanian, sees the results with their words marked and the count in the live
//! region, moves through them with the arrow keys and back with Escape, asks for the other
//! language's items too; axe-core finds nothing, the EU emblem stays in the first viewport and
//! no request leaves the site. Skips like `tests/browser.rs` without Chromium, Node or the
//! packages.

use crate::common;

use common::browser::{browser, copy, run_script, serve};
use common::Site;
use serde_json::{json, Value};

fn example_under_sub_path() -> (Site, std::path::PathBuf) {
    let site = Site::new(&Default::default());
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for entry in ["site.yaml", "content", "static"] {
        copy(&repo.join(entry), &site.root().join(entry));
    }
    site.build(&["--base-url", "http://127.0.0.1/octopus/"]);
    let host = site.root().join("host");
    std::fs::create_dir_all(&host).unwrap();
    std::fs::rename(site.out(), host.join("octopus")).unwrap();
    (site, host)
}

fn by_name<'a>(report: &'a Value, name: &str) -> &'a Value {
    report
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == name)
        .unwrap_or_else(|| panic!("no {name} in {report}"))
}

#[test]
fn readers_find_inflected_words_in_both_languages() {
    let Some(b) = browser() else { return };
    let (_site, host) = example_under_sub_path();
    let base = serve(host);
    let plan = json!({"base": base, "queries": [
        {"name": "lv", "path": "/octopus/lv/meklet/", "query": "seminari"},
        {"name": "lt", "path": "/octopus/lt/paieska/", "query": "stovyklą"},
        {"name": "lv+lt", "path": "/octopus/lv/meklet/", "query": "seminar", "all": true},
    ]});
    let report = run_script(&b, "search.mjs", plan);
    for r in report.as_array().unwrap() {
        let name = &r["name"];
        if !r["slowLoad"].is_null() {
            eprintln!(
                "{name}: no load event in 30 s; open requests: {}",
                r["slowLoad"]
            );
        }
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
        assert!(
            !r["results"].as_array().unwrap().is_empty(),
            "{name}: no results: {r}"
        );
        for hit in r["results"].as_array().unwrap() {
            assert!(
                hit["href"].as_str().unwrap().starts_with("/octopus/"),
                "{hit}"
            );
        }
        let first = r["results"][0]["title"].as_str().unwrap();
        let second = r["results"][1]["title"].as_str().unwrap_or(first);
        assert_eq!(
            r["keys"],
            json!([first, second, first, "field"]),
            "{name}: keys"
        );
        assert!(
            r["url"].as_str().unwrap().contains("q="),
            "{name}: the query in the address"
        );
    }
    // "semināri" is in no text: "seminārs", "semināra", "seminārā" are, and marked.
    let lv = by_name(&report, "lv");
    let hrefs: Vec<&str> = lv["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["href"].as_str().unwrap())
        .collect();
    assert!(
        hrefs.contains(&"/octopus/lv/jaunumi/seminars-senioriem/"),
        "{hrefs:?}"
    );
    let marked: Vec<String> = lv["results"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|h| {
            h["marked"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m.as_str().unwrap().to_lowercase())
        })
        .collect();
    assert!(
        marked.iter().any(|m| m.starts_with("seminār")),
        "{marked:?}"
    );
    let n = lv["results"].as_array().unwrap().len();
    assert!(
        lv["status"].as_str().unwrap().contains(&n.to_string()),
        "{}",
        lv["status"]
    );
    assert!(lv["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|h| h["lang"].is_null()));
    // Lithuanian: the summer camp ("Vasaros stovykloje ...") first, its title holding the word.
    let lt = by_name(&report, "lt");
    assert!(
        lt["results"][0]["title"]
            .as_str()
            .unwrap()
            .contains("stovykl"),
        "{lt}"
    );
    assert!(
        lt["status"].as_str().unwrap().starts_with("Ras"),
        "{}",
        lt["status"]
    );
    // With the other languages: Lithuanian items marked as such.
    let both = by_name(&report, "lv+lt");
    let langs: Vec<&Value> = both["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| &h["lang"])
        .collect();
    assert!(
        langs.contains(&&json!("lt")) && langs.contains(&&Value::Null),
        "{langs:?}"
    );
    // A query reads the language's meta, a shard per word and the documents it shows.
    for r in report.as_array().unwrap() {
        let fetched = r["fetched"].as_array().unwrap();
        assert!(
            fetched.iter().any(|f| f.as_str().unwrap().contains("/s")),
            "{r}"
        );
        eprintln!(
            "{}: first result after {} ms, fetched {}",
            r["name"],
            r["firstResultMs"],
            fetched.len()
        );
    }
}
