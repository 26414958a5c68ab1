//! `herald build` on fixture sites: URL scheme, translations, fallbacks, sub-path base URLs,
//! determinism, atomic output and drafts.

use crate::common;

use common::{attr, select, snapshot, text, Site};

#[test]
fn url_scheme_of_a_bilingual_site() {
    let site = Site::fixture();
    let stdout = site.build(&[]);
    assert!(stdout.contains("2 languages (lv, lt)"), "{stdout}");
    for f in [
        "index.html",
        "404.html",
        "robots.txt",
        "sitemap.xml",
        "eu-emblem.svg",
        "style.css",
        "lv/index.html",
        "lt/index.html",
        "lv/jaunumi/index.html",
        "lv/jaunumi/2/index.html",
        "lt/naujienos/index.html",
        "lv/jaunumi/kick-off/index.html",
        "lt/naujienos/atidarymo-seminaras/index.html",
        "lv/jaunumi/lv-only/index.html",
        "lt/naujienos/lt-only/index.html",
        "lv/par-projektu/index.html",
        "lt/apie-projekta/index.html",
        "lv/lapas-karte/index.html",
        "lt/svetaines-medis/index.html",
        "lv/atom.xml",
        "lt/atom.xml",
    ] {
        assert!(site.out().join(f).is_file(), "missing {f}");
    }
    let item = site.html("lv/jaunumi/kick-off/index.html");
    assert_eq!(attr(&item, "html", "lang"), ["lv"]);
    assert_eq!(select(&item, "h1").len(), 1);
    assert_eq!(
        attr(&item, "link[rel=canonical]", "href"),
        ["https://example.org/octopus/lv/jaunumi/kick-off/"]
    );
    assert_eq!(
        attr(&item, "meta[property='og:title']", "content"),
        ["Projekta atklāšanas seminārs"]
    );
    // Content links to Markdown files become page URLs.
    let about = site.html("lv/par-projektu/index.html");
    assert!(attr(&about, ".content a", "href")
        .contains(&"/octopus/lv/jaunumi/kick-off/#programma".to_string()));
    let item_links = attr(&item, ".content a", "href");
    assert_eq!(item_links, ["/octopus/lv/par-projektu/"]);
    // Heading ids.
    assert_eq!(attr(&item, ".content h2", "id"), ["programma"]);
}

#[test]
fn translations_are_linked_both_ways_with_hreflang() {
    let site = Site::fixture();
    site.build(&[]);
    let lv = site.html("lv/jaunumi/kick-off/index.html");
    let lt = site.html("lt/naujienos/atidarymo-seminaras/index.html");
    assert!(attr(&lv, ".lang-switcher a[hreflang=lt]", "href")
        .contains(&"/octopus/lt/naujienos/atidarymo-seminaras/".to_string()));
    assert!(attr(&lt, ".lang-switcher a[hreflang=lv]", "href")
        .contains(&"/octopus/lv/jaunumi/kick-off/".to_string()));
    for doc in [&lv, &lt] {
        let alts: Vec<(String, String)> = select(doc, "link[rel=alternate][hreflang]")
            .iter()
            .map(|e| {
                (
                    e.value().attr("hreflang").unwrap().to_string(),
                    e.value().attr("href").unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(
            alts,
            [
                (
                    "lv".into(),
                    "https://example.org/octopus/lv/jaunumi/kick-off/".into()
                ),
                (
                    "lt".into(),
                    "https://example.org/octopus/lt/naujienos/atidarymo-seminaras/".into()
                ),
                (
                    "x-default".into(),
                    "https://example.org/octopus/lv/jaunumi/kick-off/".into()
                ),
            ]
        );
    }
    // The Lithuanian translation inherits date and tags from the Latvian file.
    assert_eq!(attr(&lt, "time", "datetime"), ["2020-09-15"]);
    assert_eq!(text(&select(&lt, ".tag")[0]), "seminārs");
    // The sitemap lists both with alternates.
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap
        .contains("<loc>https://example.org/octopus/lt/naujienos/atidarymo-seminaras/</loc>"));
    assert!(sitemap.contains(
        "<xhtml:link rel=\"alternate\" hreflang=\"lt\" href=\"https://example.org/octopus/lt/naujienos/atidarymo-seminaras/\"/>"
    ));
}

#[test]
fn untranslated_pages_fall_back_visibly() {
    let site = Site::fixture();
    site.build(&[]);
    let lv_only = site.html("lv/jaunumi/lv-only/index.html");
    let to_lt = select(&lv_only, ".lang-switcher a[hreflang=lt]");
    assert_eq!(to_lt.len(), 1);
    assert_eq!(to_lt[0].value().attr("href"), Some("/octopus/lt/"));
    assert!(to_lt[0].value().classes().any(|c| c == "untranslated"));
    // Only itself (and x-default) as alternates: no hreflang to a page that does not exist.
    assert_eq!(
        attr(&lv_only, "link[rel=alternate][hreflang]", "hreflang"),
        ["lv", "x-default"]
    );
    // The Lithuanian news list stays complete: the Latvian-only item is listed, marked as Latvian.
    let mut hrefs = Vec::new();
    for page in ["lt/naujienos/index.html", "lt/naujienos/2/index.html"] {
        let list = site.html(page);
        for card in select(&list, ".card") {
            let a = card
                .select(&scraper::Selector::parse("a").unwrap())
                .next()
                .unwrap();
            hrefs.push((
                a.value().attr("href").unwrap().to_string(),
                card.value().attr("lang").map(str::to_string),
            ));
        }
    }
    assert!(
        hrefs.contains(&("/octopus/lv/jaunumi/lv-only/".into(), Some("lv".into()))),
        "{hrefs:?}"
    );
    assert!(
        hrefs.contains(&("/octopus/lt/naujienos/lt-only/".into(), None)),
        "{hrefs:?}"
    );
}

#[test]
fn news_lists_are_newest_first_and_paginated() {
    let site = Site::fixture();
    site.build(&[]);
    let first = site.html("lv/jaunumi/index.html");
    let titles: Vec<String> = select(&first, ".card h2").iter().map(text).collect();
    assert_eq!(titles, ["Tik lietuviškai", "Tikai latviski"]);
    let second = site.html("lv/jaunumi/2/index.html");
    let titles: Vec<String> = select(&second, ".card h2").iter().map(text).collect();
    assert_eq!(titles, ["Projekta atklāšanas seminārs"]);
    assert_eq!(
        attr(&second, "a[rel=prev]", "href"),
        ["/octopus/lv/jaunumi/"]
    );
}

/// Every root-relative href and src in every page points to a file of the output when the site
/// is served under its sub-path.
#[test]
fn every_internal_link_resolves_under_a_sub_path() {
    let site = Site::fixture();
    site.build(&[]);
    let files = snapshot(&site.out());
    let mut checked = 0;
    for (path, bytes) in &files {
        if !path.ends_with(".html") {
            continue;
        }
        let doc = scraper::Html::parse_document(&String::from_utf8_lossy(bytes));
        for (css, name) in [
            ("a[href]", "href"),
            ("link[href]", "href"),
            ("img[src]", "src"),
            ("script[src]", "src"),
        ] {
            for url in attr(&doc, css, name) {
                let local = if let Some(rest) = url.strip_prefix("https://example.org") {
                    rest.to_string()
                } else if url.starts_with('/') {
                    url.clone()
                } else {
                    continue; // external, mailto:, tel:
                };
                let local = local.split(['#', '?']).next().unwrap().to_string();
                let rel = local
                    .strip_prefix("/octopus/")
                    .unwrap_or_else(|| panic!("{path}: {url} is outside the sub-path"));
                let target = if rel.is_empty() || rel.ends_with('/') {
                    format!("{rel}index.html")
                } else {
                    rel.to_string()
                };
                assert!(
                    files.contains_key(&target),
                    "{path}: {url} -> {target} does not exist"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} links checked");
}

#[test]
fn base_url_can_be_overridden_on_the_command_line() {
    let site = Site::fixture();
    site.build(&["--base-url", "https://preview.example.net/"]);
    let item = site.html("lv/jaunumi/kick-off/index.html");
    assert_eq!(
        attr(&item, "link[rel=canonical]", "href"),
        ["https://preview.example.net/lv/jaunumi/kick-off/"]
    );
    assert!(attr(&item, "link[rel=stylesheet]", "href").contains(&"/style.css".to_string()));
}

#[test]
fn two_builds_are_byte_identical() {
    let site = Site::fixture();
    site.build(&[]);
    let first = snapshot(&site.out());
    let other = site.root().join("public2");
    site.build(&["--out", other.to_str().unwrap()]);
    let second = snapshot(&other);
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (k, v) in &first {
        assert!(v == &second[k], "{k} differs between builds");
    }
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let site = Site::fixture();
    site.build(&[]);
    let before = snapshot(&site.out());
    site.write("content/news/broken.lv.md", "---\ntitle: [unclosed\n---\n");
    let stderr = site.build_fails();
    assert!(stderr.contains("content/news/broken.lv.md:2"), "{stderr}");
    assert_eq!(snapshot(&site.out()), before);
    // No staging leftovers next to the output.
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("herald-"))
        .filter(|e| e.file_name() != ".herald-cache")
        // The output's lock stays (removing it would let two builds in).
        .filter(|e| e.file_name() != ".public.herald-lock")
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn drafts_only_with_the_flag() {
    let site = Site::fixture();
    site.build(&[]);
    assert!(!site.out().join("lv/jaunumi/secret/index.html").exists());
    assert!(!site.read("lv/atom.xml").contains("Melnraksts"));
    site.build(&["--drafts"]);
    let draft = site.html("lv/jaunumi/secret/index.html");
    assert_eq!(select(&draft, "h1 .draft-marker").len(), 1);
}

#[test]
fn a_third_language_works() {
    let mut files = common::fixture_files();
    let yaml = files["site.yaml"]
        .replace("languages: [lv, lt]", "languages: [lv, lt, en]")
        .replace(
            "lt: \"Projekto svetainė\"}",
            "lt: \"Projekto svetainė\", en: \"Project site\"}",
        )
        .replace(
            "lt: \"Daugiafunkcinių centrų plėtra\"}",
            "lt: \"Daugiafunkcinių centrų plėtra\", en: \"Development of centres\"}",
        )
        .replace(
            "lt: \"Zemgalės planavimo regionas\"}",
            "lt: \"Zemgalės planavimo regionas\", en: \"Zemgale Planning Region\"}",
        );
    files.insert("site.yaml", yaml);
    files.insert(
        "content/news/_index.en.md",
        "---\ntitle: News\nslug: news\n---\n".into(),
    );
    files.insert(
        "content/news/kick-off/index.en.md",
        "---\ntitle: Project kick-off seminar\n---\nForty participants.\n".into(),
    );
    let site = Site::new(&files);
    let stdout = site.build(&[]);
    assert!(stdout.contains("3 languages (lv, lt, en)"), "{stdout}");
    let en = site.html("en/news/kick-off/index.html");
    assert_eq!(attr(&en, "html", "lang"), ["en"]);
    assert_eq!(
        attr(&en, "link[rel=alternate][hreflang]", "hreflang"),
        ["lv", "lt", "en", "x-default"]
    );
    assert!(site.out().join("en/atom.xml").is_file());
    assert!(site.out().join("en/sitemap/index.html").is_file());
}

#[test]
fn feeds_are_per_language_and_escaped() {
    let mut files = common::fixture_files();
    files.insert(
        "content/news/x.lv.md",
        "---\ntitle: \"A <b>&</b> \\\"quoted\\\" </title>\"\ndate: 2022-01-01\n---\nTeksts.\n"
            .into(),
    );
    let site = Site::new(&files);
    site.build(&[]);
    let feed = site.read("lv/atom.xml");
    assert!(
        feed.contains(
            "<title>A &lt;b&gt;&amp;&lt;/b&gt; &quot;quoted&quot; &lt;/title&gt;</title>"
        ),
        "{feed}"
    );
    assert!(!feed.contains("Tik lietuviškai"));
    let page = site.read("lv/jaunumi/x/index.html");
    assert!(!page.contains("<b>&</b>"));
    assert!(
        page.contains("<title>A &lt;b&gt;&amp;&lt;&#x2f;b&gt;")
            || page.contains("<title>A &lt;b&gt;&amp;&lt;/b&gt;"),
        "{page}"
    );
}

#[test]
fn shared_links_get_a_picture() {
    let mut files = common::fixture_files();
    files.insert(
        "content/news/kick-off/index.lv.md",
        "---\ntitle: Seminārs\ndate: 2020-09-15\ncover: foto.png\n---\nTeksts.\n".into(),
    );
    files.insert("static/share.png", "x".into());
    let yaml = files["site.yaml"].clone() + "og_image: share.png\n";
    files.insert("site.yaml", yaml);
    let site = Site::new(&files);
    let png = image::RgbImage::from_pixel(1200, 630, image::Rgb([0, 51, 153]));
    png.save(site.root().join("content/news/kick-off/foto.png"))
        .unwrap();
    site.build(&[]);
    let lv = site.html("lv/jaunumi/kick-off/index.html");
    let og = attr(&lv, "meta[property='og:image']", "content");
    assert_eq!(og.len(), 1);
    assert!(og[0].starts_with("https://example.org/octopus/"), "{og:?}");
    // The published picture exists.
    let rel = og[0].strip_prefix("https://example.org/octopus/").unwrap();
    assert!(site.out().join(rel).is_file(), "{rel}");
    // The translation inherits the cover.
    let lt = site.html("lt/naujienos/atidarymo-seminaras/index.html");
    assert_eq!(attr(&lt, "meta[property='og:image']", "content").len(), 1);
    // Pages without a picture of their own use the site's.
    let home = site.html("lv/index.html");
    assert_eq!(
        attr(&home, "meta[property='og:image']", "content"),
        ["https://example.org/octopus/share.png"]
    );
}

/// The JSON-LD of a page (panics unless there is exactly one block and it parses).
fn json_ld(doc: &scraper::Html) -> serde_json::Value {
    let blocks = select(doc, "script[type='application/ld+json']");
    assert_eq!(blocks.len(), 1, "one structured-data block");
    serde_json::from_str(&blocks[0].inner_html()).expect("the JSON-LD parses")
}

#[test]
fn news_items_carry_structured_data_that_links_their_translations() {
    let site = Site::fixture();
    site.build(&[]);
    let lv = json_ld(&site.html("lv/jaunumi/kick-off/index.html"));
    let lt = json_ld(&site.html("lt/naujienos/atidarymo-seminaras/index.html"));
    let lv_url = "https://example.org/octopus/lv/jaunumi/kick-off/";
    let lt_url = "https://example.org/octopus/lt/naujienos/atidarymo-seminaras/";
    assert_eq!(lv["@type"], "NewsArticle");
    assert_eq!(lv["headline"], "Projekta atklāšanas seminārs");
    assert_eq!(lv["inLanguage"], "lv");
    assert_eq!(lv["url"], lv_url);
    assert_eq!(lv["datePublished"], "2020-09-15T00:00:00+03:00");
    // The author is the responsible organisation: an Organization, not a Person.
    assert_eq!(lv["author"][0]["name"], "Zemgales Plānošanas reģions");
    assert_eq!(lv["author"][0]["@type"], "Organization");
    assert_eq!(lv["keywords"], serde_json::json!(["seminārs"]));
    assert_eq!(lv["workTranslation"], serde_json::json!([{"@id": lt_url}]));
    assert_eq!(lt["workTranslation"], serde_json::json!([{"@id": lv_url}]));
    // Without an author the responsible organisation, in the page's language, stands in.
    assert_eq!(lt["author"][0]["@type"], "Organization");
    assert_eq!(lt["author"][0]["name"], "Zemgalės planavimo regionas");
    assert_eq!(lt["publisher"]["name"], "Zemgalės planavimo regionas");
    assert_eq!(lt["datePublished"], "2020-09-15T00:00:00+03:00");
    let grant = &lt["funding"];
    assert_eq!(grant["identifier"], "LLI-425");
    assert_eq!(grant["name"], "Daugiafunkcinių centrų plėtra");
    assert_eq!(grant["amount"]["value"], 599737.33);
    assert!(grant["funder"]["name"]
        .as_str()
        .is_some_and(|n| n.contains("Interreg")));
    // An item in one language only has no translations to name; other pages have no block.
    let only = json_ld(&site.html("lv/jaunumi/lv-only/index.html"));
    assert!(only.get("workTranslation").is_none());
    assert_eq!(only["description"], "Ziņa tikai latviešu valodā.");
    for page in [
        "lv/index.html",
        "lv/jaunumi/index.html",
        "lv/par-projektu/index.html",
    ] {
        assert!(
            select(&site.html(page), "script[type='application/ld+json']").is_empty(),
            "{page}"
        );
    }
}

/// A file name with a space is written between `<` and `>` (CommonMark): the picture goes
/// through the picture pipeline, the link points to the published attachment, and `check`
/// finds both.
#[test]
fn names_with_spaces_work_between_angle_brackets() {
    let site = Site::fixture();
    site.write(
        "content/news/karte/index.lv.md",
        "---\ntitle: Karte\ndate: 2021-05-01\nsummary: Īsi.\n---\n![Maršruta karte](<tako zemelapis.png>)\n\n[Plāns](<plāns 2.pdf>)\n",
    );
    let mut png = Vec::new();
    image::DynamicImage::new_rgb8(40, 30)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    std::fs::write(
        site.root().join("content/news/karte/tako zemelapis.png"),
        png,
    )
    .unwrap();
    site.write("content/news/karte/plāns 2.pdf", "%PDF-1.4");
    site.build(&[]);
    let page = site.html("lv/jaunumi/karte/index.html");
    let img = attr(&page, "main picture img[alt='Maršruta karte']", "src");
    assert_eq!(img.len(), 1, "the picture is not a <picture>");
    let src = img[0].strip_prefix("/octopus/").unwrap();
    assert!(site.out().join(src).is_file(), "{src}");
    let href = attr(&page, "main a", "href")
        .into_iter()
        .find(|h| h.ends_with(".pdf") && !h.contains("karte.pdf"))
        .unwrap();
    assert_eq!(href, "pl%C4%81ns%202.pdf");
    assert!(site.out().join("lv/jaunumi/karte/plāns 2.pdf").is_file());
    let out = site.herald(&["check"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
