//! Tags: a page per tag and language listing its pages (paginated like sections), a tag index
//! per language, tags on pages as links; a translation's own tags, inherited tags mapped by
//! `tags:` in site.yaml or marked with their language; feeds, JSON-LD and the sitemap per
//! language; `check` on the map.

use crate::common;

use common::{attr, fixture_files, select, text, Site};

/// The fixture (kick-off tagged `seminārs` in Latvian, its Lithuanian translation inheriting
/// it) with `tags:` mapping it, two more Latvian items with the tag and a second unmapped one,
/// and a Lithuanian item with its own tags.
fn tagged_site() -> Site {
    let mut files = fixture_files();
    let yaml = files["site.yaml"].clone()
        + "tags:\n  seminārs: seminaras\n  nelietota birka: nenaudojama\n";
    files.insert("site.yaml", yaml);
    files.insert(
        "content/news/kick-off/index.lv.md",
        "---\ntitle: Projekta atklāšanas seminārs\ndate: 2020-09-15\ntags: [seminārs, Jelgava]\n---\nTeksts.\n".into(),
    );
    files.insert(
        "content/news/second/index.lv.md",
        "---\ntitle: Otrais seminārs\ndate: 2020-10-01\ntags: [Seminārs]\n---\nTeksts.\n".into(),
    );
    files.insert(
        "content/news/third.lv.md",
        "---\ntitle: Trešais seminārs\ndate: 2020-11-01\ntags: [seminārs]\n---\nTeksts.\n".into(),
    );
    files.insert(
        "content/news/second/index.lt.md",
        "---\ntitle: Antrasis seminaras\ntags: [mokymai]\n---\nTekstas.\n".into(),
    );
    Site::new(&files)
}

#[test]
fn each_tag_has_a_page_per_language_listing_its_items_paginated_and_an_index() {
    let site = tagged_site();
    site.build(&[]);
    // Three Latvian items (two written `seminārs`, one `Seminārs`: one address), two per page.
    let first = site.html("lv/birkas/seminars/index.html");
    let titles: Vec<String> = select(&first, ".cards h2 a").iter().map(text).collect();
    assert_eq!(titles, ["Trešais seminārs", "Otrais seminārs"]);
    assert_eq!(text(&select(&first, "h1")[0]), "Birka „seminārs”");
    let second = site.html("lv/birkas/seminars/2/index.html");
    let titles: Vec<String> = select(&second, ".cards h2 a").iter().map(text).collect();
    assert_eq!(titles, ["Projekta atklāšanas seminārs"]);
    // The Lithuanian translation's mapped tag has its own page.
    let lt = site.html("lt/zymos/seminaras/index.html");
    let titles: Vec<String> = select(&lt, ".cards h2 a").iter().map(text).collect();
    assert_eq!(titles, ["Projekto atidarymo seminaras"]);
    assert!(site.out().join("lt/zymos/mokymai/index.html").is_file());
    // The index lists each tag once, with how many pages carry it.
    let index = site.html("lv/birkas/index.html");
    let entries: Vec<String> = select(&index, ".tag-index li").iter().map(text).collect();
    assert_eq!(
        entries,
        ["Jelgava (1 publikācija)", "seminārs (3 publikācijas)"]
    );
    assert_eq!(
        attr(&index, ".tag-index a", "href"),
        [
            "/octopus/lv/birkas/jelgava/",
            "/octopus/lv/birkas/seminars/"
        ]
    );
    assert!(site.read("lt/zymos/index.html").contains("mokymai"));
}

#[test]
fn tags_on_items_are_links_in_their_language_or_marked_with_it() {
    let site = tagged_site();
    site.build(&[]);
    let lv = site.html("lv/jaunumi/kick-off/index.html");
    assert_eq!(
        attr(&lv, "a.tag", "href"),
        [
            "/octopus/lv/birkas/seminars/",
            "/octopus/lv/birkas/jelgava/"
        ]
    );
    assert!(attr(&lv, "a.tag", "lang").is_empty());
    // The translation inherits both: the mapped one in Lithuanian, the other marked Latvian.
    let lt = site.html("lt/naujienos/atidarymo-seminaras/index.html");
    let tags = select(&lt, "a.tag");
    assert_eq!(
        tags.iter().map(text).collect::<Vec<_>>(),
        ["seminaras", "Jelgava"]
    );
    assert_eq!(
        attr(&lt, "a.tag", "href"),
        [
            "/octopus/lt/zymos/seminaras/",
            "/octopus/lv/birkas/jelgava/"
        ]
    );
    assert_eq!(tags[0].value().attr("lang"), None);
    assert_eq!(tags[1].value().attr("lang"), Some("lv"));
    // A translation with its own tags shows them, not the default language's.
    let own = site.html("lt/naujienos/second/index.html");
    assert_eq!(
        select(&own, "a.tag").iter().map(text).collect::<Vec<_>>(),
        ["mokymai"]
    );
}

#[test]
fn feeds_and_structured_data_name_the_tags_of_their_language() {
    let site = tagged_site();
    site.build(&[]);
    let feed = site.read("lt/atom.xml");
    assert!(
        feed.contains("<category term=\"seminaras\" scheme=\"https://example.org/octopus/lt/zymos/seminaras/\"/>"),
        "{feed}"
    );
    assert!(
        feed.contains("<category term=\"Jelgava\" scheme=\"https://example.org/octopus/lv/birkas/jelgava/\" xml:lang=\"lv\"/>"),
        "{feed}"
    );
    assert!(!feed.contains("term=\"seminārs\""), "{feed}");
    let d = site.html("lt/naujienos/atidarymo-seminaras/index.html");
    let script = select(&d, "script[type='application/ld+json']");
    let ld: serde_json::Value = serde_json::from_str(&script[0].inner_html()).unwrap();
    assert_eq!(ld["keywords"], serde_json::json!(["seminaras"]), "{ld}");
}

#[test]
fn tag_pages_are_in_the_sitemap_with_the_alternates_the_map_gives() {
    let site = tagged_site();
    site.build(&[]);
    let map = site.read("sitemap.xml");
    let url = |path: &str| {
        let loc = format!("<loc>https://example.org/octopus/{path}</loc>");
        let start = map
            .find(&loc)
            .unwrap_or_else(|| panic!("{path} not in\n{map}"));
        map[start..start + map[start..].find("</url>").unwrap()].to_string()
    };
    let lv = url("lv/birkas/seminars/");
    assert!(
        lv.contains("hreflang=\"lt\" href=\"https://example.org/octopus/lt/zymos/seminaras/\""),
        "{lv}"
    );
    assert!(url("lt/zymos/seminaras/").contains("hreflang=\"lv\""));
    assert!(!url("lv/birkas/jelgava/").contains("hreflang"));
    assert!(url("lv/birkas/")
        .contains("hreflang=\"lt\" href=\"https://example.org/octopus/lt/zymos/\""));
    // The tag pages name each other as translations too.
    let d = site.html("lv/birkas/seminars/index.html");
    assert!(attr(&d, "link[rel='alternate'][hreflang='lt']", "href")
        .iter()
        .any(|h| h.ends_with("/lt/zymos/seminaras/")));
}

#[test]
fn check_flags_a_tag_map_entry_that_no_page_uses_at_its_line() {
    let site = tagged_site();
    let out = site.herald(&["check", "--format", "json"]);
    let report = String::from_utf8_lossy(&out.stdout);
    // One finding per line.
    let unused: Vec<serde_json::Value> = report
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|f| f["code"] == "H042")
        .collect();
    assert_eq!(unused.len(), 1, "{report}");
    assert_eq!(unused[0]["file"], "site.yaml");
    let lines = common::SITE_YAML.lines().count();
    assert_eq!(unused[0]["line"], lines + 3, "{report}");
    assert!(unused[0]["message"]
        .as_str()
        .unwrap()
        .contains("nelietota birka"));
}

#[test]
fn a_tag_without_letters_is_refused_at_its_line() {
    let site = Site::fixture();
    site.write(
        "content/news/odd.lv.md",
        "---\ntitle: Dīvaina birka\ndate: 2021-01-01\ntags: [\"!!!\"]\n---\nTeksts.\n",
    );
    let err = site.build_fails();
    assert!(err.contains("content/news/odd.lv.md:4"), "{err}");
    assert!(
        err.contains("the tag `!!!` has no letters or digits"),
        "{err}"
    );
}

#[test]
fn a_tag_map_naming_a_language_the_site_does_not_have_is_refused() {
    let mut files = fixture_files();
    let yaml = files["site.yaml"].clone() + "tags:\n  seminārs: {et: seminar}\n";
    files.insert("site.yaml", yaml);
    let err = Site::new(&files).build_fails();
    assert!(
        err.contains("`tags: seminārs` names the language `et`, which is not one of the site's other languages"),
        "{err}"
    );
}
