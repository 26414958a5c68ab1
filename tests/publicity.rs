//! The mandatory EU publicity texts: exact wordings in lv, lt and en, official date and amount
//! forms, past tense, per-item responsible organisation, the emblem, programme profiles, and
//! the build failing when a custom template drops the block.

use crate::common;

use common::{attr, fixture_files, select, text, Site};

/// A 1×1 PNG, so pictures are real files.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
    0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

fn block(site: &Site, page: &str) -> Vec<String> {
    let doc = site.html(page);
    select(&doc, "aside.publicity p").iter().map(text).collect()
}

const LV_STATEMENT: &str = "Projekts “OCTOPUS” tiek īstenots Interreg V-A Latvijas-Lietuvas pārrobežu sadarbības programmā 2014-2020, tas tiks īstenots no 2020. gada jūnija līdz 2022. gada jūnijam. Projekta kopējais budžets ir 705 573,37 EUR (t.sk. ERAF finansējums 599 737,33 EUR).";
const LV_DISCLAIMER: &str = "Šī publikācija ir sagatavota ar Eiropas Savienības finansiālo atbalstu. Par šīs publikācijas saturu pilnībā atbild Zemgales Plānošanas reģions, un tas nekādos apstākļos nav uzskatāms par Eiropas Savienības oficiālo nostāju.";

/// Whitespace-normalised, with the no-break spaces of amounts shown as plain spaces.
fn norm(s: &str) -> String {
    s.replace('\u{a0}', " ")
}

#[test]
fn latvian_block_is_exact_and_in_order() {
    let site = Site::fixture();
    site.build(&[]);
    let b: Vec<String> = block(&site, "lv/jaunumi/kick-off/index.html")
        .iter()
        .map(|s| norm(s))
        .collect();
    assert_eq!(
        b,
        [
            LV_STATEMENT,
            LV_DISCLAIMER,
            "www.latlit.eu / www.europa.eu",
            "Informāciju sagatavoja: Zemgales Plānošanas reģions, sabiedrisko attiecību speciāliste",
        ]
    );
    let doc = site.html("lv/jaunumi/kick-off/index.html");
    assert_eq!(
        attr(&doc, "aside.publicity a", "href"),
        ["https://www.latlit.eu", "https://europa.eu"]
    );
    // Amounts carry no-break spaces between thousands.
    assert!(site
        .read("lv/jaunumi/kick-off/index.html")
        .contains("705\u{a0}573,37 EUR"));
    // Plain pages carry no block.
    assert!(block(&site, "lv/par-projektu/index.html").is_empty());
}

#[test]
fn lithuanian_block_is_exact() {
    let site = Site::fixture();
    site.build(&[]);
    let b: Vec<String> = block(&site, "lt/naujienos/atidarymo-seminaras/index.html")
        .iter()
        .map(|s| norm(s))
        .collect();
    assert_eq!(
        b,
        [
            "Projektas „OCTOPUS“ įgyvendinamas pagal 2014–2020 m. Interreg V-A Latvijos ir Lietuvos bendradarbiavimo per sieną programą, jis įgyvendinamas nuo 2020 m. birželio iki 2022 m. birželio. Bendras projekto biudžetas – 705 573,37 EUR (įskaitant ERPF finansavimą – 599 737,33 EUR).",
            "Ši informacija parengta naudojant Europos Sąjungos finansinę paramą. Už šios informacijos turinį atsako Zemgalės planavimo regionas ir jokiomis aplinkybėmis negali būti laikoma, kad jis atspindi oficialią Europos Sąjungos nuomonę.",
            "www.latlit.eu / www.europa.eu",
        ]
    );
    let doc = site.html("lt/naujienos/atidarymo-seminaras/index.html");
    let time = select(&doc, ".meta time");
    assert_eq!(text(&time[0]), "2020 m. rugsėjo 15 d.");
    assert_eq!(time[0].value().attr("datetime"), Some("2020-09-15"));
}

#[test]
fn english_block_is_exact() {
    let mut files = fixture_files();
    let yaml = files["site.yaml"]
        .replace("languages: [lv, lt]", "languages: [en, lv, lt]")
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
        "---\ntitle: Kick-off\ndate: 2020-09-15\nauthor: {name: Zemgale Planning Region, role: press officer}\n---\nText.\n".into(),
    );
    let site = Site::new(&files);
    site.build(&[]);
    let b: Vec<String> = block(&site, "en/news/kick-off/index.html")
        .iter()
        .map(|s| norm(s))
        .collect();
    assert_eq!(
        b,
        [
            "The project “OCTOPUS” is implemented under the Interreg V-A Latvia–Lithuania Cross Border Cooperation Programme 2014–2020; it runs from June 2020 to June 2022. The total budget of the project is EUR 705,573.37 (including ERDF co-financing of EUR 599,737.33).",
            "This publication has been produced with the financial assistance of the European Union. The contents of this publication are the sole responsibility of Zemgale Planning Region and can under no circumstances be regarded as reflecting the position of the European Union.",
            "www.latlit.eu / www.europa.eu",
            "Prepared by: Zemgale Planning Region, press officer",
        ]
    );
    let doc = site.html("en/news/kick-off/index.html");
    assert_eq!(text(&select(&doc, ".meta time")[0]), "15 September 2020");
}

#[test]
fn past_tense_after_the_project_ended_and_own_responsible() {
    let mut files = fixture_files();
    files.insert(
        "content/news/after.lv.md",
        "---\ntitle: Pēc projekta\ndate: 2022-07-15\nresponsible: Jelgavas novada pašvaldība\n---\nTeksts.\n".into(),
    );
    let site = Site::new(&files);
    site.build(&[]);
    let b: Vec<String> = block(&site, "lv/jaunumi/after/index.html")
        .iter()
        .map(|s| norm(s))
        .collect();
    assert_eq!(
        b[0],
        "Projekts “OCTOPUS” tika īstenots Interreg V-A Latvijas-Lietuvas pārrobežu sadarbības programmā 2014-2020, tas tika īstenots no 2020. gada jūnija līdz 2022. gada jūnijam. Projekta kopējais budžets bija 705 573,37 EUR (t.sk. ERAF finansējums 599 737,33 EUR)."
    );
    assert!(
        b[1].contains("pilnībā atbild Jelgavas novada pašvaldība, un tas"),
        "{}",
        b[1]
    );
    // Items during the project stay in the present tense.
    assert_eq!(
        norm(&block(&site, "lv/jaunumi/kick-off/index.html")[0]),
        LV_STATEMENT
    );
}

#[test]
fn gallery_link_points_to_the_gallery_page() {
    let mut files = fixture_files();
    files.insert(
        "content/news/kick-off/index.lv.md",
        "---\ntitle: Seminārs\ndate: 2020-09-15\ngallery:\n  - {image: foto.png, alt: Dalībnieki zālē, caption: Seminārs Jelgavā}\n  - {video: \"https://www.youtube.com/watch?v=abc\", title: Video}\n---\nTeksts.\n".into(),
    );
    files.insert(
        "content/news/kick-off/index.lt.md",
        "---\ntitle: Seminaras\nslug: atidarymo-seminaras\ngallery:\n  - {image: foto.png, alt: Dalyviai salėje}\n---\nTekstas.\n".into(),
    );
    let site = Site::new(&files);
    std::fs::write(site.root().join("content/news/kick-off/foto.png"), PNG).unwrap();
    site.build(&[]);
    let doc = site.html("lv/jaunumi/kick-off/index.html");
    let link = select(&doc, "aside.publicity .publicity-gallery a");
    assert_eq!(text(&link[0]), "Foto un video galerija");
    assert_eq!(
        link[0].value().attr("href"),
        Some("/octopus/lv/jaunumi/kick-off/galerija/")
    );
    // The translation takes the gallery's files from the Latvian file and links to its own
    // gallery page.
    let lt = site.html("lt/naujienos/atidarymo-seminaras/index.html");
    assert_eq!(
        attr(&lt, "aside.publicity .publicity-gallery a", "href"),
        ["/octopus/lt/naujienos/atidarymo-seminaras/galerija/"]
    );
    let gallery = site.html("lv/jaunumi/kick-off/galerija/index.html");
    assert_eq!(
        attr(&gallery, ".gallery-grid img", "alt"),
        ["Dalībnieki zālē"]
    );
    // The picture is published as the pipeline made it (an opaque PNG gets a JPEG
    // fallback), never as the original file.
    let src = &attr(&gallery, ".gallery-grid img", "src")[0];
    assert!(
        src.starts_with("/octopus/img/foto.") && src.ends_with(".1.jpg"),
        "{src}"
    );
    assert!(site
        .out()
        .join(src.trim_start_matches("/octopus/"))
        .is_file());
    assert!(!site.out().join("lv/jaunumi/kick-off/foto.png").exists());
    assert_eq!(select(&gallery, "aside.publicity").len(), 1);
}

#[test]
fn emblem_with_fund_for_2014_2020_and_cofunded_for_2021_2027() {
    let site = Site::fixture();
    site.build(&[]);
    for page in [
        "lv/index.html",
        "lv/jaunumi/index.html",
        "404.html",
        "lv/lapas-karte/index.html",
    ] {
        let doc = site.html(page);
        assert_eq!(
            attr(&doc, "header img.eu-emblem", "src"),
            ["/octopus/eu-emblem.svg"],
            "{page}"
        );
        assert_eq!(
            text(&select(&doc, "header .eu-name")[0]),
            "Eiropas Savienība",
            "{page}"
        );
        assert_eq!(
            text(&select(&doc, "header .eu-fund")[0]),
            "Eiropas Reģionālās attīstības fonds",
            "{page}"
        );
    }
    let svg = site.read("eu-emblem.svg");
    assert_eq!(svg.matches("<polygon").count(), 12);

    let mut files = fixture_files();
    let yaml = files["site.yaml"].replace("latlit-2014-2020", "latlit-2021-2027");
    files.insert("site.yaml", yaml);
    let site = Site::new(&files);
    site.build(&[]);
    let lv = site.html("lv/index.html");
    assert_eq!(
        text(&select(&lv, "header .eu-text")[0]),
        "Līdzfinansē Eiropas Savienība"
    );
    let lt = site.html("lt/index.html");
    assert_eq!(
        text(&select(&lt, "header .eu-text")[0]),
        "Bendrai finansuoja Europos Sąjunga"
    );
    assert!(
        attr(&lt, "header img.eu-emblem", "alt")[0].contains("Bendrai finansuoja Europos Sąjunga")
    );
}

#[test]
fn a_template_that_drops_the_block_fails_the_build() {
    let site = Site::fixture();
    site.build(&[]);
    let before = common::snapshot(&site.out());
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}<h1>{{ page.title }}</h1>{{ page.content | safe }}{% endblock main %}",
    );
    let err = site.build_fails();
    assert!(err.contains("templates/page.html: error: the page /lv/jaunumi/kick-off/ does not carry the EU publicity texts"), "{err}");
    assert!(err.contains("content/news/kick-off/index.lv.md"), "{err}");
    assert_eq!(common::snapshot(&site.out()), before);
}

#[test]
fn a_site_can_define_its_own_programme_profile() {
    let mut files = fixture_files();
    let yaml = files["site.yaml"].replace("latlit-2014-2020", "estlat-2021-2027");
    files.insert("site.yaml", yaml);
    let profile = |lang: &str, statement: &str| {
        format!(
            "estlat-2021-2027 = Interreg Estonia–Latvia 2021–2027\n    .mandatory = statement links emblem\n\
estlat-2021-2027-statement = {statement} {{ $acronym }} ({{ $code }}) {{ $budget }}.\n\
estlat-2021-2027-programme-link = www.estlat.eu\n    .href = https://estlat.eu\n\
estlat-2021-2027-eu-link = www.europa.eu\n    .href = https://europa.eu\n\
estlat-2021-2027-emblem = {}\n",
            if lang == "lv" { "Līdzfinansē Eiropas Savienība" } else { "Bendrai finansuoja Europos Sąjunga" }
        )
    };
    files.insert(
        "i18n/lv.ftl",
        profile("lv", "Projektu līdzfinansē Igaunijas–Latvijas programma:"),
    );
    files.insert(
        "i18n/lt.ftl",
        profile("lt", "Projektą finansuoja Estijos–Latvijos programa:"),
    );
    let site = Site::new(&files);
    site.build(&[]);
    let b: Vec<String> = block(&site, "lv/jaunumi/kick-off/index.html")
        .iter()
        .map(|s| norm(s))
        .collect();
    assert_eq!(
        b,
        [
            "Projektu līdzfinansē Igaunijas–Latvijas programma: OCTOPUS (LLI-425) 705 573,37 EUR.",
            "www.estlat.eu / www.europa.eu",
            "Informāciju sagatavoja: Zemgales Plānošanas reģions, sabiedrisko attiecību speciāliste",
        ]
    );
    // Built-in texts the site did not override are still there.
    let doc = site.html("lv/index.html");
    assert_eq!(text(&select(&doc, ".skip-link")[0]), "Pāriet uz saturu");
}

#[test]
fn an_unknown_profile_is_a_clear_error() {
    let mut files = fixture_files();
    let yaml = files["site.yaml"].replace("latlit-2014-2020", "nosuch-2030");
    files.insert("site.yaml", yaml);
    let err = Site::new(&files).build_fails();
    // Said once, at site.yaml's line, with the profiles herald knows: not once per news item.
    assert_eq!(
        err.matches("is not a programme herald knows").count(),
        1,
        "{err}"
    );
    let line = files["site.yaml"]
        .lines()
        .position(|l| l.trim_start().starts_with("programme:"))
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!(
            "site.yaml:{line}: error: `nosuch-2030` is not a programme"
        )),
        "{err}"
    );
    assert!(err.contains("latlit-2014-2020, latlit-2021-2027"), "{err}");
    assert!(!err.contains("content/"), "{err}");
}

#[test]
fn a_misspelt_profile_gets_a_did_you_mean() {
    let mut files = fixture_files();
    let yaml = files["site.yaml"].replace("latlit-2014-2020", "latlit-2021-2072");
    files.insert("site.yaml", yaml);
    let err = Site::new(&files).build_fails();
    assert!(err.contains("did you mean `latlit-2021-2027`?"), "{err}");
}

#[test]
fn a_message_missing_in_one_language_warns_and_falls_back() {
    let mut files = fixture_files();
    files.insert(
        "i18n/lv.ftl",
        "news-latest = Svaigākās ziņas\nextra-note = Tikai latviski\n".into(),
    );
    files.insert(
        "templates/index.html",
        "{% extends \"base.html\" %}{% block main %}<h1>{{ page.title }}</h1><p id=\"note\">{{ t(key=\"extra-note\") }}</p>{% endblock main %}".into(),
    );
    let site = Site::new(&files);
    let stderr = site.build_warnings();
    assert!(
        stderr.contains("extra-note") && stderr.contains("lt"),
        "{stderr}"
    );
    let lt = site.html("lt/index.html");
    assert_eq!(text(&select(&lt, "#note")[0]), "Tikai latviski");
}

#[test]
fn a_fluent_syntax_error_names_file_and_line() {
    let mut files = fixture_files();
    files.insert(
        "i18n/lt.ftl",
        "news-latest = Naujausios\n\nbroken = { $x\nok = fine\n".into(),
    );
    let err = Site::new(&files).build_fails();
    assert!(err.contains("i18n/lt.ftl:3"), "{err}");
}

#[test]
fn project_box_shows_official_forms() {
    let site = Site::fixture();
    site.build(&[]);
    let lv = site.html("lv/index.html");
    let dd: Vec<String> = select(&lv, ".project-box dd")
        .iter()
        .map(|e| norm(&text(e)))
        .collect();
    assert!(
        dd.contains(&"no 2020. gada jūnija līdz 2022. gada jūnijam".to_string()),
        "{dd:?}"
    );
    assert!(dd.contains(&"705 573,37 EUR".to_string()), "{dd:?}");
    assert!(dd.contains(&"599 737,33 EUR".to_string()), "{dd:?}");
}

/// The built-in theme's page.html with the block's line replaced.
fn page_template_with(block: &str) -> String {
    let page = include_str!("../themes/default/templates/page.html");
    assert!(page.contains("{{ page.publicity | safe }}"));
    page.replace("{{ page.publicity | safe }}", block)
}

/// Builds (for a previous output), lays `files` over the site, and expects build and check to
/// fail with every text of `wanted`, the previous output untouched.
fn hidden_fails(files: &[(&str, String)], wanted: &[&str]) {
    let site = Site::fixture();
    site.build(&[]);
    let before = common::snapshot(&site.out());
    for (path, text) in files {
        site.write(path, text);
    }
    let err = site.build_fails();
    for w in wanted {
        assert!(err.contains(w), "{w:?} not in:\n{err}\n{}", files[0].1);
    }
    assert!(err.contains("content/news/kick-off/index.lv.md"), "{err}");
    assert_eq!(common::snapshot(&site.out()), before);
    let out = site.herald(&["check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let code = if wanted.iter().any(|w| w.contains("emblem")) {
        "error[H052]"
    } else {
        "error[H053]"
    };
    assert!(stdout.contains(code), "{code} not in:\n{stdout}");
}

#[test]
fn a_template_that_hides_the_block_fails_the_build() {
    let page = "templates/page.html";
    for (block, why) in [
        (
            "<!-- {{ page.publicity | safe }} -->",
            "inside an HTML comment",
        ),
        (
            "<template>{{ page.publicity | safe }}</template>",
            "inside <template>",
        ),
        (
            "<noscript>{{ page.publicity | safe }}</noscript>",
            "inside <noscript>",
        ),
        (
            "<textarea>{{ page.publicity | safe }}</textarea>",
            "inside <textarea>",
        ),
        (
            "<div hidden>{{ page.publicity | safe }}</div>",
            "inside <div hidden>",
        ),
        (
            "<div aria-hidden=\"true\">{{ page.publicity | safe }}</div>",
            "aria-hidden",
        ),
        (
            "<div style=\"display:none\">{{ page.publicity | safe }}</div>",
            "display: none",
        ),
        (
            "<details>{{ page.publicity | safe }}</details>",
            "closed <details>",
        ),
        ("{{ page.publicity }}", "`| safe`"),
    ] {
        hidden_fails(
            &[(page, page_template_with(block))],
            &[
                "templates/page.html: error: the EU publicity block of /lv/jaunumi/kick-off/ is not shown to visitors",
                why,
            ],
        );
    }
}

/// A template that hides the block for one item only, by a branch on that item's data: the
/// check is made on every item's own page, so the build fails on that item and no other. The
/// second case hides it by a `<style>` after the block, which the check still reads.
#[test]
fn a_branch_on_one_items_data_that_hides_the_block_fails_on_that_item() {
    let only = "{% if page.title == \"Tikai latviski\" %}";
    for (block, why) in [
        (
            format!("{only}<div hidden>{{% endif %}}{{{{ page.publicity | safe }}}}{only}</div>{{% endif %}}"),
            "inside <div hidden>",
        ),
        (
            format!("{{{{ page.publicity | safe }}}}{only}<style>.publicity {{ display: none }}</style>{{% endif %}}"),
            "a <style> element of the page",
        ),
    ] {
        let site = Site::fixture();
        site.write("templates/page.html", &page_template_with(&block));
        let err = site.build_fails();
        assert!(
            err.contains("the EU publicity block of /lv/jaunumi/lv-only/ is not shown to visitors"),
            "{err}"
        );
        assert!(err.contains(why), "{err}");
        assert!(err.contains("content/news/lv-only.lv.md"), "{err}");
        assert!(!err.contains("kick-off"), "{err}");
    }
}

#[test]
fn a_stylesheet_or_text_that_hides_the_block_fails_the_build() {
    let css = include_str!("../themes/default/static/style.css");
    hidden_fails(
        &[(
            "static/style.css",
            format!(
                "{css}\n@media (max-width: 40rem) {{ article .publicity {{ display: none }} }}\n"
            ),
        )],
        &[
            "the EU publicity block of /lv/jaunumi/kick-off/ is not shown",
            "`article .publicity { display: none }` in static/style.css",
        ],
    );
    hidden_fails(
        &[(
            "static/style.css",
            format!("{css}\nheader .eu-emblem {{ visibility: hidden }}\n"),
        )],
        &[
            "the EU emblem of /lv/jaunumi/kick-off/ is not shown",
            "static/style.css",
        ],
    );
    let item = fixture_files()["content/news/kick-off/index.lv.md"].clone();
    hidden_fails(
        &[(
            "content/news/kick-off/index.lv.md",
            format!("{item}\n<style>.publicity {{ display: none }}</style>\n"),
        )],
        &["is not shown to visitors", "a <style> element of the page"],
    );
}

#[test]
fn a_gallery_template_without_the_block_fails_the_build() {
    let mut files = fixture_files();
    files.insert(
        "content/news/kick-off/index.lv.md",
        "---\ntitle: Seminārs\ndate: 2020-09-15\ngallery:\n  - {video: \"https://www.youtube.com/watch?v=abc\", title: Video}\n---\nTeksts.\n".into(),
    );
    let site = Site::new(&files);
    site.build(&[]);
    let gallery = include_str!("../themes/default/templates/gallery.html");
    for (replacement, why) in [
        ("", "does not carry the EU publicity texts"),
        (
            "<template>{{ publicity | safe }}</template>",
            "inside <template>",
        ),
    ] {
        site.write(
            "templates/gallery.html",
            &gallery.replace("{{ publicity | safe }}", replacement),
        );
        let err = site.build_fails();
        assert!(err.contains("templates/gallery.html: error:"), "{err}");
        assert!(err.contains("/lv/jaunumi/kick-off/galerija/"), "{err}");
        assert!(err.contains(why), "{err}");
    }
}

/// A feed entry publishes the item's text too: every entry carries the item's publicity block,
/// the same texts as its page, in the entry's language.
#[test]
fn every_feed_entry_carries_its_items_publicity_block() {
    let site = Site::fixture();
    site.build(&[]);
    for lang in ["lv", "lt"] {
        let xml = site.read(&format!("{lang}/atom.xml"));
        let feed = roxmltree::Document::parse(&xml).unwrap();
        let entries: Vec<_> = feed
            .descendants()
            .filter(|n| n.has_tag_name("entry"))
            .collect();
        assert!(!entries.is_empty(), "{lang}: no entries");
        for entry in entries {
            let child = |name: &str| {
                entry
                    .children()
                    .find(|n| n.has_tag_name(name))
                    .unwrap_or_else(|| panic!("{lang}: an entry without <{name}>"))
            };
            let url = child("link").attribute("href").unwrap();
            let path = url.split_once("/octopus/").unwrap().1;
            let content = scraper::Html::parse_fragment(child("content").text().unwrap_or(""));
            let in_feed: Vec<String> = select(&content, "aside.publicity p")
                .iter()
                .map(text)
                .collect();
            let on_page = block(&site, &format!("{path}index.html"));
            assert!(!on_page.is_empty(), "{path}: no block on the page");
            assert_eq!(in_feed, on_page, "{lang} feed entry of {path}");
        }
    }
}
