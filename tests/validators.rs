//! Validators no one here wrote, over built sites: the Nu Html Checker (`vnu.jar
//! --errors-only`) and html-validate with its recommended preset (`tests/validators/
//! .htmlvalidate.json`, where every rule turned off says why) find nothing on any page, both
//! languages, of the example site and of a site that uses every reader feature. Then the
//! defects they found, each checked directly on the built pages, so that those tests run (and
//! fail) without Java or Node too: card headings under the list's h1, a favicon, the logo's
//! width and height, `fetchpriority` on the largest picture, no trailing whitespace, telephone
//! numbers that do not break, no `aria-label` on a list, titles of at most 70 characters.
//!
//! The validators need Java and the packages of `tests/validators/package-lock.json`
//! (`npm ci --prefix tests/validators`); without them those two tests skip with a message,
//! unless `HERALD_BROWSER_TESTS=require` (as in CI), where they fail.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use common::browser::{copy, on_path};
use common::{attr, select, Site};
use scraper::Html;

/// The example site of this repository, built once for every test of this file.
fn example() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        let site = Site::new(&Default::default());
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for entry in ["site.yaml", "content", "static"] {
            copy(&repo.join(entry), &site.root().join(entry));
        }
        site.build(&[]);
        site
    })
}

/// The example site with every reader feature in use, built once.
fn features() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        let site = Site::new(&Default::default());
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for entry in ["site.yaml", "content", "static"] {
            copy(&repo.join(entry), &site.root().join(entry));
        }
        for (path, text) in feature_files() {
            site.write(path, text);
        }
        site.build(&[]);
        site
    })
}

/// What the feature site adds to the example site.
fn feature_files() -> Vec<(&'static str, &'static str)> {
    vec![(
        "content/news/long-title.lv.md",
        "---\ntitle: \"Ļoti gara ziņas virsraksta rinda, kurā ir daudz vārdu, lai tā noteikti būtu garāka par septiņdesmit zīmēm\"\ndate: 2022-06-20\n---\nTeksts.\n",
    )]
}

/// Every HTML page below `out`, sorted.
fn pages(out: &Path) -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    pages
}

fn doc(path: &Path) -> Html {
    Html::parse_document(&std::fs::read_to_string(path).unwrap())
}

/// The validators' folder, Java and Node, or None (skip) when something is missing.
struct Tools {
    dir: PathBuf,
    java: PathBuf,
    node: PathBuf,
}

fn tools() -> Option<Tools> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/validators");
    let java = on_path("java");
    let node = on_path("node");
    let modules = ["vnu-jar", "html-validate"].iter().all(|m| {
        dir.join("node_modules")
            .join(m)
            .join("package.json")
            .is_file()
    });
    let mut missing = Vec::new();
    if java.is_none() {
        missing.push("Java (apt-get install default-jre-headless)");
    }
    if node.is_none() {
        missing.push("Node.js (apt-get install nodejs npm)");
    }
    if !modules {
        missing.push("the Node packages (npm ci --prefix tests/validators)");
    }
    if missing.is_empty() {
        return Some(Tools {
            dir,
            java: java?,
            node: node?,
        });
    }
    let message = format!("the validator tests need {}", missing.join(", "));
    if std::env::var("HERALD_BROWSER_TESTS").as_deref() == Ok("require") {
        panic!("{message} (HERALD_BROWSER_TESTS=require)");
    }
    eprintln!("SKIPPED: {message}; set HERALD_BROWSER_TESTS=require to make this a failure");
    None
}

/// The Nu Html Checker's errors over every page of `out` (empty when there are none).
fn nu_errors(t: &Tools, out: &Path) -> String {
    let jar = t.dir.join("node_modules/vnu-jar/build/dist/vnu.jar");
    let run = Command::new(&t.java)
        .arg("-jar")
        .arg(jar)
        .arg("--errors-only")
        .args(pages(out))
        .output()
        .unwrap();
    let report =
        String::from_utf8_lossy(&run.stderr).into_owned() + &String::from_utf8_lossy(&run.stdout);
    if run.status.success() {
        assert!(report.trim().is_empty(), "{report}");
        return String::new();
    }
    assert!(!report.trim().is_empty(), "vnu failed without a report");
    report
}

/// html-validate's errors (recommended preset, our config) over every page of `out`.
fn html_validate_errors(t: &Tools, out: &Path) -> String {
    let run = Command::new(&t.node)
        .arg(
            t.dir
                .join("node_modules/html-validate/bin/html-validate.mjs"),
        )
        .arg("--config")
        .arg(t.dir.join(".htmlvalidate.json"))
        .arg("--formatter")
        .arg("text")
        .args(pages(out))
        .output()
        .unwrap();
    let report =
        String::from_utf8_lossy(&run.stdout).into_owned() + &String::from_utf8_lossy(&run.stderr);
    if run.status.success() {
        return String::new();
    }
    assert!(
        !report.trim().is_empty(),
        "html-validate failed without a report"
    );
    report
}

#[test]
fn the_nu_html_checker_finds_no_error_on_any_page() {
    let Some(t) = tools() else { return };
    for site in [example(), features()] {
        assert!(pages(&site.out()).len() > 30);
        let errors = nu_errors(&t, &site.out());
        assert!(errors.is_empty(), "Nu Html Checker:\n{errors}");
    }
}

#[test]
fn html_validate_recommended_finds_no_error_on_any_page() {
    let Some(t) = tools() else { return };
    let config = std::fs::read_to_string(t.dir.join(".htmlvalidate.json")).unwrap();
    let config: serde_json::Value = serde_json::from_str(&config).unwrap();
    assert_eq!(config["extends"][0], "html-validate:recommended");
    // A rule turned off or weakened (JSON has no comments) has its reason in the folder's
    // README, under its own name.
    let readme = std::fs::read_to_string(t.dir.join("README.md")).unwrap_or_default();
    for (rule, _) in config["rules"].as_object().cloned().unwrap_or_default() {
        assert!(
            readme.contains(&format!("`{rule}`:")),
            "the rule {rule} is changed without a reason in tests/validators/README.md"
        );
    }
    for site in [example(), features()] {
        let errors = html_validate_errors(&t, &site.out());
        assert!(errors.is_empty(), "html-validate:\n{errors}");
    }
}

#[test]
fn cards_of_a_news_list_are_headings_right_under_its_title() {
    for site in [example(), features()] {
        for (list, home) in [
            ("lv/jaunumi/index.html", "lv/index.html"),
            ("lt/naujienos/index.html", "lt/index.html"),
        ] {
            let d = site.html(list);
            assert!(!select(&d, ".cards article h2 a").is_empty(), "{list}");
            assert!(select(&d, ".cards article h3").is_empty(), "{list}");
            // On the home page the cards sit under "Latest news" (h2), so they stay h3.
            let d = site.html(home);
            assert!(
                !select(&d, "section.latest h2 ~ article h3 a").is_empty(),
                "{home}"
            );
        }
    }
}

#[test]
fn every_page_names_a_favicon_that_is_published() {
    let site = example();
    for page in pages(&site.out()) {
        let icons = attr(&doc(&page), "link[rel=icon]", "href");
        assert_eq!(icons.len(), 1, "{}", page.display());
        let file = site.out().join(icons[0].trim_start_matches('/'));
        assert!(file.is_file(), "{} names {}", page.display(), icons[0]);
    }
    let svg = site.read("favicon.svg");
    assert!(svg.starts_with("<svg") && svg.contains("viewBox"), "{svg}");
}

#[test]
fn a_site_of_its_own_favicon_replaces_the_theme_s() {
    let site = Site::fixture();
    site.write(
        "static/favicon.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><!-- ours --></svg>",
    );
    site.build(&[]);
    assert!(site.read("favicon.svg").contains("ours"));
}

#[test]
fn the_programme_logo_has_a_width_and_a_height_in_its_proportions() {
    // The example's logo is 150×60; shown 60 px high it is 150 px wide.
    let d = example().html("lv/index.html");
    assert_eq!(attr(&d, "img.programme-logo", "height"), ["60"]);
    assert_eq!(attr(&d, "img.programme-logo", "width"), ["150"]);
    // A raster logo of 400×100 is 240 px wide at 60 px, an SVG with only a viewBox measured by it.
    let site = Site::fixture();
    let yaml = std::fs::read_to_string(site.root().join("site.yaml"))
        .unwrap()
        .replace(
            "  partners:",
            "  programme_logo: static/logo.svg\n  partners:",
        );
    site.write("site.yaml", &yaml);
    site.write(
        "static/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 100\"><rect width=\"300\" height=\"100\"/></svg>",
    );
    site.build(&[]);
    assert_eq!(
        attr(&site.html("lv/index.html"), "img.programme-logo", "width"),
        ["180"]
    );
    let mut png = Vec::new();
    image::DynamicImage::new_rgb8(400, 100)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    std::fs::write(site.root().join("static/logo.png"), png).unwrap();
    site.write("site.yaml", &yaml.replace("logo.svg", "logo.png"));
    site.build(&[]);
    assert_eq!(
        attr(&site.html("lv/index.html"), "img.programme-logo", "width"),
        ["240"]
    );
}

#[test]
fn the_largest_picture_of_an_item_or_gallery_page_is_fetched_first() {
    let site = example();
    let item = "lv/jaunumi/projekta-atklasanas-seminars/index.html";
    let d = site.html(item);
    assert_eq!(attr(&d, "figure.cover img", "fetchpriority"), ["high"]);
    assert!(attr(&d, "figure.cover img", "loading").is_empty());
    assert_eq!(attr(&d, "img[fetchpriority]", "src").len(), 1);
    let d = site.html("lv/jaunumi/projekta-atklasanas-seminars/galerija/index.html");
    let first = attr(&d, ".gallery-grid img", "fetchpriority");
    assert_eq!(first, ["high"], "only the first picture of the grid");
    assert_eq!(
        attr(&d, ".gallery-grid li:first-child img", "fetchpriority"),
        ["high"]
    );
    // Lists and the home page leave the browser's own order.
    assert!(attr(&site.html("lv/jaunumi/index.html"), "img", "fetchpriority").is_empty());
}

#[test]
fn no_line_of_a_page_ends_in_spaces_outside_preformatted_text() {
    for site in [example(), features()] {
        for page in pages(&site.out()) {
            let text = std::fs::read_to_string(&page).unwrap();
            let mut pre = false;
            for (n, line) in text.lines().enumerate() {
                pre = (pre || line.contains("<pre")) && !line.contains("</pre>");
                if !pre && !line.contains("</pre>") {
                    assert_eq!(line.trim_end(), line, "{}:{}", page.display(), n + 1);
                }
            }
        }
    }
    // Preformatted text keeps its spaces (html-validate would flag them; they are the author's).
    let site = Site::fixture();
    site.write(
        "content/news/code.lv.md",
        "---\ntitle: Kods\ndate: 2021-01-01\n---\n```\nrinda ar atstarpēm beigās   \n```\n",
    );
    site.build(&[]);
    let item = site.read("lv/jaunumi/code/index.html");
    assert!(item.contains("rinda ar atstarpēm beigās   \n"), "{item}");
}

#[test]
fn telephone_numbers_do_not_break_across_lines() {
    let site = example();
    for page in pages(&site.out()) {
        for a in select(&doc(&page), "a[href^='tel:']") {
            let shown: String = a.text().collect();
            assert!(!shown.contains([' ', '-']), "{}: {shown:?}", page.display());
            assert!(shown.contains('\u{a0}'), "{shown:?}");
        }
    }
}

#[test]
fn lists_carry_no_aria_label_the_social_links_are_a_labelled_nav() {
    let site = example();
    for page in pages(&site.out()) {
        let d = doc(&page);
        assert!(
            select(&d, "ul[aria-label], ol[aria-label]").is_empty(),
            "{}",
            page.display()
        );
        if !select(&d, "ul.social").is_empty() {
            assert_eq!(
                select(&d, "header nav[aria-label] > ul.social").len(),
                1,
                "{}",
                page.display()
            );
        }
    }
}

#[test]
fn page_titles_have_at_most_70_characters() {
    for site in [example(), features()] {
        for page in pages(&site.out()) {
            let d = doc(&page);
            let title: String = select(&d, "title")[0].text().collect();
            assert!(title.chars().count() <= 70, "{}: {title}", page.display());
            assert!(!title.trim().is_empty());
        }
    }
    let d = features().html("lv/jaunumi/long-title/index.html");
    let title: String = select(&d, "title")[0].text().collect();
    assert!(
        title.starts_with("Ļoti gara ziņas virsraksta rinda") && title.ends_with('…'),
        "{title}"
    );
    // The heading and the share title keep the whole title.
    assert!(attr(&d, "meta[property='og:title']", "content")[0].ends_with("septiņdesmit zīmēm"));
    // A short title keeps the site's title.
    let d = example().html("lv/index.html");
    let title: String = select(&d, "title")[0].text().collect();
    assert!(title.contains("OCTOPUS"), "{title}");
}
