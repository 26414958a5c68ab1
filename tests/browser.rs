//! The default theme in a real browser. Builds the example site (this repository's `site.yaml`,
//! `content/` and `static/`), serves it on loopback and lets headless Chromium, driven by
//! `tests/browser/run.mjs` (playwright-core, axe-core), look at every page type in both
//! languages: axe-core finds no WCAG 2.1 A/AA violation, the EU emblem lies in the first
//! viewport at 1280×800 and 375×667 and is at least as large as the programme logo, the text
//! reflows at 320 px and at 200 % zoom, Tab reaches everything with a visible focus, the gallery
//! lightbox works with the keyboard alone, a news item prints with its publicity texts. Screenshots go to `<target dir>/browser-screenshots/`.
//!
//! Needs Chromium (`/usr/bin/chromium`, or `HERALD_CHROMIUM`), Node and the packages of
//! `tests/browser/package-lock.json` (`npm ci --prefix tests/browser`). Without them the tests
//! skip with a message, unless `HERALD_BROWSER_TESTS=require` (as in CI), where they fail.

use crate::common;

use std::collections::BTreeMap;
use std::path::Path;

use common::browser::{browser, example_site, run_script, screenshot_dir, serve, Browser};
use common::{attr, select, Site};
use scraper::Html;
use serde_json::{json, Value};

/// Runs `run.mjs` over `pages` and returns its report.
fn run(b: &Browser, base: &str, pages: &[Value], screenshots: &Path) -> Value {
    let plan = json!({"base": base, "screenshots": screenshots, "pages": pages});
    run_script(b, "run.mjs", plan)
}

fn page_doc(out: &Path, href: &str) -> Html {
    let rel = href.trim_start_matches('/');
    let file = out.join(rel).join("index.html");
    Html::parse_document(
        &std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display())),
    )
}

/// The first of `hrefs` whose page matches `css`.
fn find_page(out: &Path, hrefs: &[String], css: &str) -> String {
    hrefs
        .iter()
        .find(|h| !select(&page_doc(out, h), css).is_empty())
        .unwrap_or_else(|| panic!("no page among {hrefs:?} has {css}"))
        .clone()
}

/// Every page type of the example site, in every language, found by following its links.
fn page_types(out: &Path) -> (Vec<Value>, BTreeMap<String, String>) {
    let mut pages = vec![
        json!({"name": "chooser", "path": "/", "lang": "lv", "kind": "chooser"}),
        json!({"name": "404", "path": "/lv/no-such-page/", "lang": "lv", "kind": "404"}),
    ];
    let mut statements = BTreeMap::new();
    for lang in ["lv", "lt"] {
        let home = format!("/{lang}/");
        let doc = page_doc(out, &home);
        let news = attr(&doc, "a.more", "href")[0].clone();
        let nav = attr(&doc, ".main-nav a", "href");
        let footer = attr(&doc, ".footer-nav a", "href");
        let about = find_page(out, &nav, "article.page");
        let statement = find_page(
            out,
            &footer
                .iter()
                .filter(|h| h.ends_with('/'))
                .cloned()
                .collect::<Vec<_>>(),
            "article.accessibility-statement",
        );
        let sitemap = find_page(
            out,
            &footer
                .iter()
                .filter(|h| h.ends_with('/'))
                .cloned()
                .collect::<Vec<_>>(),
            "ul.sitemap",
        );
        let list = page_doc(out, &news);
        let item = select(&list, "article.card:not([lang]) h2 a")[0]
            .value()
            .attr("href")
            .unwrap()
            .to_string();
        let next = attr(&list, ".pagination a[rel=next]", "href");
        let galleries = find_page(out, &nav, "ul.gallery-index");
        let gallery = attr(&page_doc(out, &galleries), ".gallery-card a", "href")[0].clone();
        statements.insert(lang.to_string(), statement.clone());
        for (kind, path) in [
            ("home", home.clone()),
            ("section", news.clone()),
            ("item", item),
            ("page", about),
            ("accessibility", statement),
            ("sitemap", sitemap),
            ("gallery-index", galleries),
            ("gallery", gallery),
        ] {
            pages.push(
                json!({"name": format!("{lang}-{kind}"), "path": path, "lang": lang, "kind": kind}),
            );
        }
        if let Some(p2) = next.first() {
            pages.push(json!({"name": format!("{lang}-section-2"), "path": p2, "lang": lang, "kind": "section"}));
        }
    }
    (pages, statements)
}

fn f(v: &Value, key: &str) -> f64 {
    v[key]
        .as_f64()
        .unwrap_or_else(|| panic!("no number `{key}` in {v}"))
}

/// Every finding of the report about one page, as readable lines (empty: all good).
fn problems(r: &Value, statements: &BTreeMap<String, String>) -> Vec<String> {
    let mut p = Vec::new();
    let name = r["name"].as_str().unwrap();
    let kind = r["kind"].as_str().unwrap();
    let lang = r["lang"].as_str().unwrap();
    let expected_status = if kind == "404" { 404 } else { 200 };
    for (width, w) in r["widths"].as_object().unwrap() {
        let at = format!("{name} at {width} px");
        if w["status"] != expected_status {
            p.push(format!("{at}: HTTP status {}", w["status"]));
        }
        for v in w["axe"]["violations"].as_array().unwrap() {
            p.push(format!(
                "{at}: axe {} ({}): {} at {}",
                v["id"],
                v["impact"],
                v["help"],
                v["nodes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|n| format!("{} [{}]", n["target"], n["summary"]))
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
        }
        if w["axe"]["passes"].as_u64().unwrap_or(0) < 10 {
            p.push(format!("{at}: axe checked almost nothing: {}", w["axe"]));
        }
        let l = &w["landing"];
        let (vw, vh) = (f(&l["viewport"], "width"), f(&l["viewport"], "height"));
        let e = &l["emblem"];
        if e.is_null() {
            p.push(format!("{at}: no EU emblem"));
            continue;
        }
        let inside = |b: &Value| {
            f(b, "x") >= 0.0
                && f(b, "y") >= 0.0
                && f(b, "x") + f(b, "width") <= vw
                && f(b, "y") + f(b, "height") <= vh
                && f(b, "width") > 0.0
        };
        if !inside(e) || l["scrollY"] != 0 {
            p.push(format!(
                "{at}: the EU emblem {e} is not inside the first viewport {vw}×{vh}"
            ));
        }
        if e["complete"] != true {
            p.push(format!(
                "{at}: the EU emblem's picture did not load ({})",
                w["emblemLoad"]
            ));
        }
        if e["alt"].as_str().unwrap_or("").len() < 10 {
            p.push(format!("{at}: the EU emblem has no real alt text"));
        }
        let logos = l["logos"].as_array().unwrap();
        if logos.is_empty() {
            p.push(format!(
                "{at}: no programme logo (the example site has one)"
            ));
        }
        for logo in logos {
            if f(e, "height") < f(logo, "height") && f(e, "width") < f(logo, "width") {
                p.push(format!(
                    "{at}: the EU emblem ({}×{}) is smaller than the logo {logo}",
                    f(e, "width"),
                    f(e, "height")
                ));
            }
        }
        let t = &l["emblemText"];
        if t.is_null() || !inside(t) {
            p.push(format!(
                "{at}: the words beside the emblem are missing or not in the first viewport: {t}"
            ));
        } else {
            let color = t["color"].as_str().unwrap_or("");
            if !["rgb(0, 51, 153)", "rgb(0, 0, 0)", "rgb(255, 255, 255)"].contains(&color) {
                p.push(format!(
                    "{at}: the words beside the emblem are {color}, not reflex blue, black or white"
                ));
            }
            if t["fontStyle"] != "normal" || t["textDecoration"] != "none" {
                p.push(format!("{at}: the words beside the emblem are styled: {t}"));
            }
        }
        if kind == "gallery" {
            let lb = &w["lightbox"];
            let steps = lb["steps"].as_array().map_or(&[][..], Vec::as_slice);
            if steps.len() < 10 {
                p.push(format!("{at}: the lightbox test stopped early: {lb}"));
            }
            for s in steps {
                if s["ok"] != true {
                    p.push(format!(
                        "{at}: lightbox: {} failed: {}",
                        s["name"], s["detail"]
                    ));
                }
            }
            for v in lb["axe"]["violations"]
                .as_array()
                .map_or(&[][..], Vec::as_slice)
            {
                p.push(format!(
                    "{at}: open lightbox: axe {} ({}): {}",
                    v["id"], v["impact"], v["help"]
                ));
            }
        }
    }
    for (width, rf) in r["reflow"].as_object().unwrap() {
        if f(rf, "scrollWidth") > f(rf, "viewport")
            || !rf["overflowing"].as_array().unwrap().is_empty()
        {
            p.push(format!(
                "{name} at {width} px: scrolls sideways ({} px of {}): {}",
                rf["scrollWidth"], rf["viewport"], rf["overflowing"]
            ));
        }
    }
    let s = &r["structure"];
    if s["lang"] != lang {
        p.push(format!("{name}: <html lang> is {}, not {lang}", s["lang"]));
    }
    if s["h1"].as_array().unwrap().len() != 1 {
        p.push(format!(
            "{name}: {} h1 headings: {}",
            s["h1"].as_array().unwrap().len(),
            s["h1"]
        ));
    }
    let lm = &s["landmarks"];
    if lm["main"] != 1 || lm["banner"].as_u64() < Some(1) {
        p.push(format!("{name}: landmarks {lm}"));
    }
    if kind != "chooser" && (lm["navigation"].as_u64() < Some(1) || lm["contentinfo"] != 1) {
        p.push(format!("{name}: landmarks {lm}"));
    }
    if !s["disallowedFonts"].as_array().unwrap().is_empty() {
        p.push(format!(
            "{name}: fonts outside the allowed list: {}",
            s["disallowedFonts"]
        ));
    }
    for e in s["switcher"].as_array().unwrap() {
        if e["lang"].is_null() {
            p.push(format!("{name}: language switcher entry without lang: {e}"));
        }
    }
    let statement = &statements[if kind == "chooser" || kind == "404" {
        "lv"
    } else {
        lang
    }];
    if !s["footerLinks"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["href"] == statement.as_str())
    {
        p.push(format!(
            "{name}: no link to the accessibility statement {statement} in the footer"
        ));
    }
    let k = &r["keyboard"];
    let stops = k["stops"].as_array().unwrap();
    if stops.is_empty() {
        p.push(format!("{name}: Tab reaches nothing"));
    }
    for stop in stops {
        if stop["visibleIndicator"] != true {
            p.push(format!("{name}: no visible focus on {}", stop["id"]));
        }
        if stop["inViewport"] != true {
            p.push(format!(
                "{name}: focused element outside the viewport: {}",
                stop["id"]
            ));
        }
    }
    if kind != "chooser" {
        if !stops
            .first()
            .is_some_and(|s| s["id"].as_str().unwrap_or("").contains("skip-link"))
        {
            p.push(format!(
                "{name}: the first Tab stop is not the skip link: {:?}",
                stops.first()
            ));
        }
        if k["skipTarget"] != "main#main" {
            p.push(format!(
                "{name}: the skip link leads to {}",
                k["skipTarget"]
            ));
        }
    }
    if kind == "chooser" {
        let r = &r["redirects"];
        if r["withoutJs"] != json!(["/lv/"]) || r["withJs"] != json!(["/lv/"]) {
            p.push(format!("chooser: sends visitors to {r}, expected /lv/"));
        }
    }
    if kind == "item" {
        let pr = &r["print"];
        for key in ["publicity", "emblem", "h1"] {
            if pr[key] != true {
                p.push(format!("{name}: in print, no {key}"));
            }
        }
        let disclaimer = if lang == "lv" {
            "Eiropas Savienības"
        } else {
            "Europos Sąjungos"
        };
        if !pr["publicityText"]
            .as_str()
            .unwrap_or("")
            .contains(disclaimer)
        {
            p.push(format!(
                "{name}: in print, the publicity block lacks its disclaimer"
            ));
        }
        for hidden in [".main-nav", ".lang-switcher", ".skip-link"] {
            if !pr["hidden"].as_array().unwrap().iter().any(|h| h == hidden) {
                p.push(format!("{name}: in print, {hidden} is shown"));
            }
        }
    }
    p
}

#[test]
fn every_page_type_is_accessible_and_compliant_on_landing() {
    let Some(b) = browser() else { return };
    let site = example_site();
    let out = site.out();
    let (pages, statements) = page_types(&out);
    assert!(pages.len() >= 18, "{pages:?}");
    let base = serve(out.clone());
    let shots = screenshot_dir("example");
    let report = run(&b, &base, &pages, &shots);

    let results = report["results"].as_array().unwrap();
    assert_eq!(results.len(), pages.len());
    let mut all = Vec::new();
    for r in results {
        all.extend(problems(r, &statements));
    }
    assert!(
        report["external"].as_array().unwrap().is_empty(),
        "requests outside the site: {}",
        report["external"]
    );
    assert!(
        all.is_empty(),
        "{} problems:\n{}",
        all.len(),
        all.join("\n")
    );
    // A screenshot per page type and width, and the news items in print.
    for p in &pages {
        for width in [1280, 375] {
            let shot = shots.join(format!("{}-{width}.png", p["name"].as_str().unwrap()));
            let bytes = std::fs::read(&shot).unwrap_or_else(|e| panic!("{}: {e}", shot.display()));
            assert!(
                bytes.starts_with(b"\x89PNG") && bytes.len() > 2000,
                "{}",
                shot.display()
            );
        }
    }
    assert!(shots.join("lv-item-print.png").is_file());
    assert!(shots.join("lt-gallery-lightbox-375.png").is_file());
    eprintln!("browser screenshots: {}", shots.display());
}

/// The harness finds what it is meant to find: a theme with a missing `lang`, text of low
/// contrast, an emblem pushed below the fold, an emblem whose picture is missing, a logo larger
/// than the emblem, a fixed-width block and an element without a focus indicator fails on each.
#[test]
fn a_broken_theme_is_caught() {
    let Some(b) = browser() else { return };
    let site = Site::fixture();
    // A programme logo twice the emblem's size, and the emblem far down the page.
    site.write(
        "static/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"120\"><rect width=\"300\" height=\"120\" fill=\"#036\"/></svg>",
    );
    let yaml = common::SITE_YAML.replace(
        "  responsible:",
        "  programme_logo: static/logo.svg\n  responsible:",
    );
    site.write("site.yaml", &yaml);
    let base_html = include_str!("../themes/default/templates/base.html")
        .replace("<html lang=\"{{ lang }}\">", "<html>")
        .replace(
            "</head>",
            "<style>.funding{margin-top:1500px}.programme-logo{height:120px!important}.intro{color:#aaa}main{min-width:900px}a:focus-visible{outline:none!important;box-shadow:none!important}</style>\n</head>",
        );
    site.write("templates/base.html", &base_html);
    // An emblem address that does not exist: asking again must not hide it.
    let funding = include_str!("../themes/default/templates/partials/funding.html");
    assert!(funding.contains("src=\"{{ site.emblem.href }}\""));
    site.write(
        "templates/partials/funding.html",
        &funding.replace(
            "src=\"{{ site.emblem.href }}\"",
            "src=\"{{ site.emblem.href }}.missing\"",
        ),
    );
    site.build(&["--base-url", "https://example.org/"]);
    let base = serve(site.out());
    let shots = screenshot_dir("broken-theme");
    let pages = [json!({"name": "lv-home", "path": "/lv/", "lang": "lv", "kind": "home"})];
    let report = run(&b, &base, &pages, &shots);
    let r = &report["results"][0];
    let statements = BTreeMap::from([("lv".to_string(), "/lv/none/".to_string())]);
    let found = problems(r, &statements).join("\n");
    for expected in [
        "axe \"html-has-lang\"",
        "axe \"color-contrast\"",
        "is not inside the first viewport 1280×800",
        "is not inside the first viewport 375×667",
        "is smaller than the logo",
        "scrolls sideways",
        "no visible focus",
        "<html lang> is",
        "the EU emblem's picture did not load ({\"attempts\":3",
    ] {
        assert!(
            found.contains(expected),
            "not caught: {expected}\nfound:\n{found}"
        );
    }
}
