//! The accessibility statement (`accessibility:` in site.yaml) and the theme's accessibility
//! markup, checked in the built HTML: a statement page per language linked from every page's
//! footer, clear errors for mistakes in `accessibility:`, `lang` on passages in another
//! language, one h1 per page, the programme logo's alt text. (`tests/browser.rs` checks the
//! same site in a real browser.)

use crate::common;

use common::{attr, select, text, Site};

const STATEMENT: &str = r#"
accessibility:
  status: partial
  prepared: 2020-09-01
  reviewed: 2022-06-20
  contact:
    name: {lv: "Sabiedrisko attiecību speciāliste", lt: "Ryšių su visuomene specialistė"}
    email: "pieejamiba@example.org"
    url: "https://forms.example.net/atsauksmes"
  enforcement:
    name: {lv: "Tiesībsargs", lt: "Latvijos Respublikos ombudsmenas"}
    url: "https://www.tiesibsargs.lv"
  gaps:
    - {lv: "Videoierakstiem nav subtitru.", lt: "Vaizdo įrašai neturi subtitrų."}
  alternatives: {lv: "Pēc pieprasījuma nosūtīsim atšifrējumu.", lt: "Paprašius atsiųsime tekstinę versiją."}
"#;

fn site_with(extra_yaml: &str) -> Site {
    let mut files = common::fixture_files();
    files.insert("site.yaml", format!("{}{extra_yaml}", common::SITE_YAML));
    Site::new(&files)
}

fn html_files(site: &Site) -> Vec<String> {
    common::snapshot(&site.out())
        .into_keys()
        .filter(|p| p.ends_with(".html"))
        .collect()
}

#[test]
fn statement_page_per_language_linked_from_every_footer() {
    let site = site_with(STATEMENT);
    site.build(&[]);

    let lv = site.html("lv/pieklustamibas-pazinojums/index.html");
    assert_eq!(text(&select(&lv, "h1")[0]), "Piekļūstamības paziņojums");
    let body = text(&select(&lv, "main")[0]);
    for expected in [
        "Zemgales Plānošanas reģions apņemas savu tīmekļvietni veidot piekļūstamu",
        "attiecas uz tīmekļvietni https://example.org/octopus/",
        "daļēji atbilst standarta EN 301 549",
        "Videoierakstiem nav subtitru.",
        "Pēc pieprasījuma nosūtīsim atšifrējumu.",
        "Paziņojums sagatavots 2020. gada 1. septembrī.",
        "pēdējo reizi pārskatīti 2022. gada 20. jūnijā.",
        "Atbilstība izvērtēta pašnovērtējumā.",
        "Kontaktpersona: Sabiedrisko attiecību speciāliste",
        "varat iesniegt sūdzību uzraudzības iestādei: Tiesībsargs.",
    ] {
        assert!(
            body.contains(expected),
            "lv statement lacks {expected:?}:\n{body}"
        );
    }
    assert!(attr(&lv, "main a", "href").contains(&"mailto:pieejamiba@example.org".into()));
    assert!(attr(&lv, "main a", "href").contains(&"https://www.tiesibsargs.lv".into()));
    assert!(attr(&lv, "main a", "href").contains(&"https://forms.example.net/atsauksmes".into()));
    assert_eq!(attr(&lv, "html", "lang"), ["lv"]);

    let lt = site.html("lt/prieinamumo-deklaracija/index.html");
    let body = text(&select(&lt, "main")[0]);
    for expected in [
        "Prieinamumo deklaracija",
        "Zemgalės planavimo regionas įsipareigoja",
        "iš dalies atitinka standarto EN 301 549",
        "Vaizdo įrašai neturi subtitrų.",
        "Ši deklaracija parengta 2020 m. rugsėjo 1 d. Paskutinį kartą",
        "peržiūrėtos 2022 m. birželio 20 d. Atitiktis",
        "Latvijos Respublikos ombudsmenas",
    ] {
        assert!(
            body.contains(expected),
            "lt statement lacks {expected:?}:\n{body}"
        );
    }
    // The two are translations of each other.
    assert!(attr(&lt, "link[rel=alternate][hreflang=lv]", "href")
        .contains(&"https://example.org/octopus/lv/pieklustamibas-pazinojums/".into()));

    // Every page links to the statement in its language, in the footer.
    let files = html_files(&site);
    assert!(files.len() > 10);
    for file in files {
        let doc = site.html(&file);
        let lang = attr(&doc, "html", "lang")[0].clone();
        let want = if lang == "lt" {
            "/octopus/lt/prieinamumo-deklaracija/"
        } else {
            "/octopus/lv/pieklustamibas-pazinojums/"
        };
        assert!(
            attr(&doc, "footer a", "href").iter().any(|h| h == want),
            "{file} has no footer link to {want}"
        );
    }

    // Listed in sitemap.xml (with the day of the last review) and on the site map page.
    let xml = site.read("sitemap.xml");
    assert!(xml.contains(
        "<loc>https://example.org/octopus/lv/pieklustamibas-pazinojums/</loc><lastmod>2022-06-20</lastmod>"
    ), "{xml}");
    let map = site.html("lv/lapas-karte/index.html");
    assert!(
        attr(&map, ".sitemap a", "href").contains(&"/octopus/lv/pieklustamibas-pazinojums/".into())
    );

    let check = site.herald(&["check", "--allow", "H040"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn no_statement_without_the_key() {
    let site = Site::fixture();
    site.build(&[]);
    assert!(!site.out().join("lv/pieklustamibas-pazinojums").exists());
    let home = site.html("lv/index.html");
    assert_eq!(attr(&home, ".footer-nav a", "href").len(), 2);
}

#[test]
fn mistakes_in_the_statement_are_clear_errors() {
    let cases: [(&str, &str, &str); 6] = [
        (
            "reviewed: 2022-06-20",
            "reveiwed: 2022-06-20",
            "did you mean `reviewed`?",
        ),
        ("status: partial", "status: partly", "status cannot be `partly`; write one of: `full`, `partial`, `none`"),
        (
            "reviewed: 2022-06-20",
            "reviewed: 2019-01-01",
            "accessibility.reviewed (2019-01-01) is before accessibility.prepared",
        ),
        (
            "    - {lv: \"Videoierakstiem nav subtitru.\", lt: \"Vaizdo įrašai neturi subtitrų.\"}",
            "    - {lv: \"Videoierakstiem nav subtitru.\"}",
            "`accessibility.gaps[1]` has no text for language `lt`",
        ),
        (
            "    email: \"pieejamiba@example.org\"\n    url: \"https://forms.example.net/atsauksmes\"\n",
            "",
            "accessibility.contact has no e-mail, phone or url",
        ),
        (
            "url: \"https://www.tiesibsargs.lv\"",
            "url: \"www.tiesibsargs.lv\"",
            "accessibility.enforcement.url `www.tiesibsargs.lv` is not an http(s) address",
        ),
    ];
    for (from, to, expected) in cases {
        assert!(STATEMENT.contains(from), "{from}");
        let site = site_with(&STATEMENT.replace(from, to));
        let err = site.build_fails();
        assert!(err.contains("site.yaml"), "{err}");
        assert!(err.contains(expected), "expected {expected:?} in:\n{err}");
        assert!(!site.out().exists(), "nothing is written");
    }
}

#[test]
fn theme_marks_languages_headings_and_logos() {
    let mut files = common::fixture_files();
    files.insert(
        "site.yaml",
        common::SITE_YAML
            .replace("latlit-2014-2020", "latlit-2021-2027")
            .replace(
                "  responsible:",
                "  programme_logo: static/logo.svg\n  responsible:",
            ),
    );
    files.insert(
        "static/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"150\" height=\"60\"/>".into(),
    );
    let site = Site::new(&files);
    site.build(&[]);

    for file in html_files(&site) {
        let doc = site.html(&file);
        assert_eq!(select(&doc, "h1").len(), 1, "{file}: one h1");
        assert_eq!(select(&doc, "main").len(), 1, "{file}: one main");
        assert_eq!(
            attr(&doc, "img.eu-emblem", "alt").len(),
            1,
            "{file}: the emblem"
        );
        // The switcher's entries are in their own language.
        for e in select(&doc, ".lang-switcher li > *") {
            assert!(e.value().attr("lang").is_some(), "{file}: {}", e.html());
        }
    }
    let lv = site.html("lv/index.html");
    assert_eq!(
        attr(&lv, "header img.programme-logo", "alt"),
        ["Interreg Latvija–Lietuva. Līdzfinansē Eiropas Savienība."]
    );
    let lt = site.html("lt/index.html");
    assert_eq!(
        attr(&lt, "header img.programme-logo", "alt"),
        ["Interreg Latvija–Lietuva. Bendrai finansuoja Europos Sąjunga."]
    );
    // A news item shown in a list of another language is marked as such.
    let list = site.html("lv/jaunumi/index.html");
    let foreign: Vec<String> = attr(&list, "article.card[lang]", "lang");
    assert!(
        foreign.iter().all(|l| l == "lt") && !foreign.is_empty(),
        "{foreign:?}"
    );
    // The chooser: a heading, each language named in itself.
    let chooser = site.html("index.html");
    assert_eq!(text(&select(&chooser, "h1")[0]), "Projekta vietne");
    assert_eq!(attr(&chooser, ".languages li", "lang"), ["lv", "lt"]);
}
