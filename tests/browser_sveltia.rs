//! Sveltia CMS with the `config.yml` that `herald cms` writes, in headless Chromium, driven by
//! `tests/browser/sveltia.mjs`: the admin page docs/cms.md tells a user to write for Sveltia
//! CMS, its script answered from the pinned npm package (`npm ci --prefix tests/validators`),
//! nothing fetched from the internet. Sveltia CMS's "Work with Local Repository" is given a copy
//! of the example site in the browser's private file system (headless Chromium cannot show a
//! folder picker). Needs Chromium, Node, the packages of tests/browser and tests/validators
//! (skips without them unless `HERALD_BROWSER_TESTS=require`, as in CI).

use crate::common;

use std::path::Path;

use base64::Engine;
use common::browser::{browser, copy, run_script, screenshot_dir, serve};
use common::Site;
use serde_json::json;

/// The Sveltia CMS version tests/validators pins (and docs/cms.md names).
const SVELTIA: &str = "0.221.1";

/// Text as Sveltia CMS shows it, without the direction isolates around names.
fn plain(v: &serde_json::Value) -> String {
    v.as_str()
        .unwrap_or("")
        .replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn sveltia_cms_edits_the_site_with_the_generated_config() {
    let Some(b) = browser() else { return };
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dist = repo.join("tests/validators/node_modules/@sveltia/cms/dist");
    if !dist.join("sveltia-cms.js").is_file() {
        assert!(
            std::env::var("HERALD_BROWSER_TESTS").as_deref() != Ok("require"),
            "Sveltia CMS is required (npm ci --prefix tests/validators)"
        );
        eprintln!("SKIPPED: needs npm ci --prefix tests/validators");
        return;
    }
    let site = Site::new(&Default::default());
    for entry in ["site.yaml", "content", "static"] {
        copy(&repo.join(entry), &site.root().join(entry));
    }
    let made = site.herald(&["cms"]);
    assert!(made.status.success(), "{made:?}");
    // docs/cms.md: replace the script of herald's admin page by Sveltia CMS's.
    let page_file = site.root().join("static/admin/index.html");
    let page = std::fs::read_to_string(&page_file).unwrap();
    let decap = page
        .lines()
        .find(|l| l.contains("<script src=\"https://unpkg.com/decap-cms@"))
        .unwrap_or_else(|| panic!("{page}"));
    let sveltia = format!(
        "  <script src=\"https://unpkg.com/@sveltia/cms@{SVELTIA}/dist/sveltia-cms.js\"></script>"
    );
    std::fs::write(&page_file, page.replace(decap, &sveltia)).unwrap();
    let docs = std::fs::read_to_string(repo.join("docs/cms.md")).unwrap();
    assert!(
        docs.contains(&format!("@sveltia/cms@{SVELTIA}/dist/sveltia-cms.js")),
        "docs/cms.md names the version tested"
    );

    let base = serve(site.root().join("static"));
    let r = run_script(
        &b,
        "sveltia.mjs",
        json!({
            "base": base,
            "root": site.root(),
            "dist": dist,
            "screenshots": screenshot_dir("sveltia"),
            "photo": repo.join("content/news/2022-05-20-open-day/foto-1.jpg"),
        }),
    );
    let show = serde_json::to_string_pretty(&r).unwrap();
    assert_eq!(r["failed"], serde_json::Value::Null, "{show}");
    assert_eq!(r["errors"], json!([]), "{show}");

    // The configuration is accepted: the sign-in page, with the local folder and GitHub
    // (the backend of the file's first user part).
    let sign_in = plain(&r["signIn"]["text"]);
    assert!(!sign_in.to_lowercase().contains("error"), "{show}");
    let buttons: Vec<String> = r["signIn"]["buttons"]
        .as_array()
        .unwrap()
        .iter()
        .map(plain)
        .collect();
    assert!(
        buttons.contains(&"Work with Local Repository".into())
            && buttons.contains(&"Sign In with GitHub".into()),
        "{buttons:?}"
    );

    // The site folder: every item of the news, the item's fields in both languages and its
    // gallery, kept in one place by `herald cms` (the alt texts of both languages beside each
    // picture).
    assert!(
        plain(&r["newsList"]).contains("“Jaunumi” collection, which has 10 entries"),
        "{show}"
    );
    let editor = plain(&r["editor"]["text"]);
    for text in [
        "Latvian",
        "Lithuanian",
        "Virsraksts / Pavadinimas",
        "Attēla apraksts (alt): latviski / Nuotraukos aprašymas (alt): latviškai",
        "Attēla apraksts (alt): lietuviski / Nuotraukos aprašymas (alt): lietuviškai",
        "4 Galerija",
    ] {
        assert!(editor.contains(text), "{text}: {show}");
    }
    let inputs = r["editor"]["inputs"].to_string();
    for text in [
        "Vasaras nometnē Pandēlī draudzējās bērni no Latvijas un Lietuvas",
        "Vasaros stovykloje Pandėlyje susidraugavo Latvijos ir Lietuvos vaikai",
        "Divas teltis ezera krastā, bērni stāv pie ugunskura vietas pļavā",
        "Dvi palapinės ežero pakrantėje, vaikai stovi prie laužavietės pievoje",
    ] {
        assert!(inputs.contains(text), "{text}: {inputs}");
    }

    // Saved: the new Lithuanian title; nothing herald refuses or reads otherwise (an empty
    // `updated: ''`, `translate: false` on an item that has its translation), and the site
    // with these files passes `check --strict`.
    let saved = &r["saved"];
    let lt = saved["index.lt.md"]
        .as_str()
        .unwrap_or_else(|| panic!("{show}"));
    let lv = saved["index.lv.md"]
        .as_str()
        .unwrap_or_else(|| panic!("{show}"));
    assert!(lt.contains("title: Vasaros stovykla Pandėlyje"), "{lt}");
    assert!(
        lv.contains("title: Vasaras nometnē Pandēlī draudzējās bērni no Latvijas un Lietuvas"),
        "{lv}"
    );
    for text in [lt, lv] {
        assert!(!text.contains(": ''"), "an empty value written: {text}");
        assert!(!text.contains("translate: false"), "{text}");
    }
    assert!(!lt.contains("date:"), "translations inherit the date: {lt}");
    let bundle = site.root().join("content/news/2021-08-12-summer-camp");
    std::fs::write(bundle.join("index.lt.md"), lt).unwrap();
    std::fs::write(bundle.join("index.lv.md"), lv).unwrap();
    let check = site.herald(&["check", "--strict"]);
    assert!(
        check.status.success(),
        "{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );

    // A new picture uploaded in the gallery: the photo, byte for byte, in the item's folder
    // (the collection's `media_folder: ""`), the gallery's new last entry with its kind and
    // both alt texts in the Latvian file, no gallery in the Lithuanian one; with these files the
    // site passes `check --strict`.
    assert_eq!(
        r["menu"],
        json!(["Attēls / Nuotrauka", "Video / Vaizdo įrašas"]),
        "{show}"
    );
    let after = r["pictureFiles"]
        .as_object()
        .unwrap_or_else(|| panic!("{show}"));
    let photo = repo.join("content/news/2022-05-20-open-day/foto-1.jpg");
    let uploaded = base64::engine::general_purpose::STANDARD
        .decode(
            after["foto-1.jpg"]
                .as_str()
                .unwrap_or_else(|| panic!("{show}")),
        )
        .unwrap();
    assert_eq!(
        uploaded,
        std::fs::read(&photo).unwrap(),
        "the photo as uploaded"
    );
    let lv = after["index.lv.md"].as_str().unwrap();
    let lt = after["index.lt.md"].as_str().unwrap();
    assert!(
        lv.contains("  - type: image\n    image: foto-1.jpg\n    alt:\n      lv: Atvērto durvju dienas apmeklētāji\n      lt: Atvirų durų dienos lankytojai\n"),
        "{lv}"
    );
    assert_eq!(lv.matches("type: image").count(), 4, "{lv}");
    assert!(!lt.contains("gallery:"), "{lt}");
    std::fs::write(bundle.join("foto-1.jpg"), &uploaded).unwrap();
    std::fs::write(bundle.join("index.lt.md"), lt).unwrap();
    std::fs::write(bundle.join("index.lv.md"), lv).unwrap();
    let check = site.herald(&["check", "--strict"]);
    assert!(
        check.status.success(),
        "{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );

    // The item in Lithuanian only opens with its Latvian side off and its Lithuanian side
    // filled in; saving it fails in Sveltia CMS 0.221.1 (a page error, and its "error while
    // saving" dialog), and nothing is written: the file is as it was (docs/cms.md says so).
    let opened = plain(&r["ltOnlyText"]);
    assert!(
        opened.contains("The Latvian content has been disabled."),
        "{show}"
    );
    assert_eq!(
        r["ltOnlyTitles"],
        json!(["Panemunėlyje prasidėjo daugiafunkcio centro patalpų remontas"]),
        "{show}"
    );
    let lt_only = site
        .root()
        .join("content/news/2021-04-20-panemunelis-renovation/index.lt.md");
    assert_eq!(
        r["ltOnlyFiles"],
        json!({"index.lt.md": std::fs::read_to_string(lt_only).unwrap()}),
        "{show}"
    );
    assert!(
        r["ltOnlyAfter"]
            .to_string()
            .contains("error while saving the entry"),
        "{show}"
    );

    // The news section's own text (`_index`) and the home page's text are listed.
    assert!(
        plain(&r["sectionText"]).contains("collection, which has one entry"),
        "{show}"
    );
    assert!(
        plain(&r["pagesList"]).contains("collection, which has 2 entries"),
        "{show}"
    );
}
