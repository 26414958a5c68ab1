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

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{attr, select, Site};
use scraper::Html;
use serde_json::{json, Value};

/// Chromium, Node and the browser test's folder, or None (skip) when something is missing.
struct Browser {
    chromium: PathBuf,
    node: PathBuf,
    dir: PathBuf,
}

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

fn browser() -> Option<Browser> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let chromium = std::env::var_os("HERALD_CHROMIUM")
        .map(PathBuf::from)
        .filter(|p| p.is_file())
        .or_else(|| {
            [
                "chromium",
                "chromium-browser",
                "google-chrome",
                "google-chrome-stable",
            ]
            .iter()
            .find_map(|n| on_path(n))
        });
    let node = on_path("node");
    let modules = ["playwright-core", "axe-core"].iter().all(|m| {
        dir.join("node_modules")
            .join(m)
            .join("package.json")
            .is_file()
    });
    let mut missing = Vec::new();
    if chromium.is_none() {
        missing.push("Chromium (apt-get install chromium, or set HERALD_CHROMIUM)");
    }
    if node.is_none() {
        missing.push("Node.js (apt-get install nodejs npm)");
    }
    if !modules {
        missing.push("the Node packages (npm ci --prefix tests/browser)");
    }
    if missing.is_empty() {
        return Some(Browser {
            chromium: chromium?,
            node: node?,
            dir,
        });
    }
    let message = format!("browser tests need {}", missing.join(", "));
    if std::env::var("HERALD_BROWSER_TESTS").as_deref() == Ok("require") {
        panic!("{message} (HERALD_BROWSER_TESTS=require)");
    }
    eprintln!("SKIPPED: {message}; set HERALD_BROWSER_TESTS=require to make this a failure");
    None
}

/// A copy of the example site of this repository in a temp folder, built.
fn example_site() -> Site {
    let site = Site::new(&BTreeMap::new());
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for entry in ["site.yaml", "content", "static"] {
        copy(&repo.join(entry), &site.root().join(entry));
    }
    site.build(&[]);
    site
}

fn copy(from: &Path, to: &Path) {
    if from.is_dir() {
        for e in walkdir::WalkDir::new(from)
            .into_iter()
            .filter_map(Result::ok)
        {
            let rel = e.path().strip_prefix(from).unwrap();
            let dest = to.join(rel);
            if e.file_type().is_dir() {
                std::fs::create_dir_all(&dest).unwrap();
            } else {
                std::fs::copy(e.path(), &dest).unwrap();
            }
        }
    } else if from.is_file() {
        std::fs::copy(from, to).unwrap();
    }
}

/// Serves `dir` on a free loopback port as a static host would (index.html for folders,
/// 404.html with status 404); returns the base URL.
fn serve(dir: PathBuf) -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let port = server.server_addr().to_ip().unwrap().port();
    // A thread per request: the browser asks for a page's pictures in parallel, and a response
    // whose reader went away (a picture request cancelled when a page closes) may block its
    // writer; it must never hold up the next page.
    std::thread::spawn(move || {
        let dir = std::sync::Arc::new(dir);
        for rq in server.incoming_requests() {
            let dir = std::sync::Arc::clone(&dir);
            std::thread::spawn(move || respond(&dir, rq));
        }
    });
    format!("http://127.0.0.1:{port}/")
}

fn respond(dir: &Path, rq: tiny_http::Request) {
    let path = rq.url().split(['?', '#']).next().unwrap_or("/").to_string();

    let rel = percent_decode(path.trim_start_matches('/'));
    let mut file = dir.join(&rel);
    if rel.split('/').any(|s| s == "..") {
        file = dir.join("404.html");
    } else if file.is_dir() {
        file = file.join("index.html");
    }
    let (status, file) = if file.is_file() {
        (200, file)
    } else {
        (404, dir.join("404.html"))
    };
    let kind = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("js") => "text/javascript",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("webp") => "image/webp",
        Some("xml") => "application/xml",
        _ => "application/octet-stream",
    };
    let body = std::fs::read(&file).unwrap_or_default();
    let header = tiny_http::Header::from_bytes("Content-Type", kind).unwrap();
    let _ = rq.respond(
        tiny_http::Response::from_data(body)
            .with_status_code(status)
            .with_header(header),
    );
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Runs `run.mjs` over `pages` and returns its report.
fn run(b: &Browser, base: &str, pages: &[Value], screenshots: &Path) -> Value {
    let tmp = tempfile::tempdir().unwrap();
    let profile = tmp.path().join("profile");
    let plan_file = tmp.path().join("plan.json");
    let plan = json!({
        "base": base,
        "chromium": b.chromium,
        "profile": profile,
        "screenshots": screenshots,
        "pages": pages,
    });
    std::fs::write(&plan_file, plan.to_string()).unwrap();
    let out = Command::new(&b.node)
        .arg(b.dir.join("run.mjs"))
        .arg(&plan_file)
        .current_dir(&b.dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "run.mjs failed ({}):\n{stderr}",
        out.status
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "run.mjs printed no report ({e}):\n{}\n{stderr}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// Where screenshots go: `<target dir>/browser-screenshots/` (or `HERALD_SCREENSHOTS`).
fn screenshot_dir(name: &str) -> PathBuf {
    let base = std::env::var_os("HERALD_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_TARGET_TMPDIR"))
                .parent()
                .unwrap()
                .join("browser-screenshots")
        });
    let dir = base.join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
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
        let item = select(&list, "article.card:not([lang]) h3 a")[0]
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
