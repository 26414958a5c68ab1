//! What readers get beyond the text: scheduled news (items dated in the future wait for their
//! day, `--future` publishes them now, the build says how many wait and when the next is due).

use crate::common;

use common::{fixture_files, Site};

/// The fixture with a translated item and a Latvian-only item dated in the future, and a draft
/// dated in the future (not counted: drafts wait for `draft: false`, not for a day).
fn scheduled_site() -> Site {
    let mut files = fixture_files();
    files.insert(
        "content/news/later/index.lv.md",
        "---\ntitle: Nākotnes ziņa\ndate: 2998-05-01\nslug: nakotnes-zina\n---\nVēlāk.\n".into(),
    );
    files.insert(
        "content/news/later/index.lt.md",
        "---\ntitle: Ateities naujiena\nslug: ateities-naujiena\n---\nVėliau.\n".into(),
    );
    files.insert(
        "content/news/much-later.lv.md",
        "---\ntitle: Tālas nākotnes ziņa\ndate: 2999-01-01\n---\nVēl vēlāk.\n".into(),
    );
    files.insert(
        "content/news/draft-later.lv.md",
        "---\ntitle: Melnraksts nākotnē\ndate: 2999-02-02\ndraft: true\n---\nMelnraksts.\n".into(),
    );
    Site::new(&files)
}

#[test]
fn news_dated_in_the_future_wait_for_their_day() {
    let site = scheduled_site();
    let stdout = site.build(&[]);
    assert!(
        stdout.contains("Scheduled: 2 news items dated in the future are held back; the next is due on 2998-05-01"),
        "{stdout}"
    );
    for held in [
        "lv/jaunumi/nakotnes-zina/index.html",
        "lt/naujienos/ateities-naujiena/index.html",
        "lv/jaunumi/much-later/index.html",
    ] {
        assert!(!site.out().join(held).exists(), "{held} is published");
    }
    for listing in [
        "lv/jaunumi/index.html",
        "lv/index.html",
        "lv/atom.xml",
        "lt/atom.xml",
        "sitemap.xml",
    ] {
        let text = site.read(listing);
        assert!(
            !text.contains("nakotnes-zina")
                && !text.contains("Nākotnes")
                && !text.contains("much-later"),
            "{listing} names a held item"
        );
    }
    // The check still warns: a date in the future is often a wrong year.
    let check = site.herald(&["check", "--format", "json"]);
    let out = String::from_utf8_lossy(&check.stdout);
    assert_eq!(out.matches("H025").count(), 2, "{out}");
}

#[test]
fn future_publishes_them_now() {
    let site = scheduled_site();
    let stdout = site.build(&["--future"]);
    assert!(!stdout.contains("Scheduled"), "{stdout}");
    assert!(site
        .out()
        .join("lv/jaunumi/nakotnes-zina/index.html")
        .is_file());
    assert!(site
        .out()
        .join("lt/naujienos/ateities-naujiena/index.html")
        .is_file());
    assert!(site.read("lv/atom.xml").contains("Tālas nākotnes ziņa"));
    // The draft still needs --drafts.
    assert!(!site
        .out()
        .join("lv/jaunumi/draft-later/index.html")
        .exists());
}

#[test]
fn one_scheduled_item_is_told_in_the_singular_and_none_says_nothing() {
    let site = Site::fixture();
    assert!(!site.build(&[]).contains("Scheduled"));
    site.write(
        "content/news/later.lv.md",
        "---\ntitle: Vēlāk\ndate: 2999-03-04\n---\nTeksts.\n",
    );
    let stdout = site.build(&[]);
    assert!(
        stdout.contains("Scheduled: 1 news item dated in the future is held back; the next is due on 2999-03-04"),
        "{stdout}"
    );
}

/// The JSON-LD of a built page.
fn json_ld(site: &Site, page: &str) -> serde_json::Value {
    let d = site.html(page);
    let script = common::select(&d, "script[type='application/ld+json']");
    assert_eq!(script.len(), 1, "{page}");
    serde_json::from_str(&script[0].inner_html()).unwrap()
}

fn meta(site: &Site, page: &str, property: &str) -> Vec<String> {
    let d = site.html(page);
    let css = format!("meta[property='{property}'], meta[name='{property}']");
    common::attr(&d, &css, "content")
}

#[test]
fn structured_data_has_modified_dates_with_the_time_zone_an_organisation_author_and_publisher_url()
{
    let mut files = fixture_files();
    // The fixture's author is the responsible organisation itself.
    let kick_off = files["content/news/kick-off/index.lv.md"].replace(
        "date: 2020-09-15\n",
        "date: 2020-09-15\nupdated: 2021-01-10\n",
    );
    files.insert("content/news/kick-off/index.lv.md", kick_off);
    files.insert(
        "content/news/person.lv.md",
        "---\ntitle: Personas ziņa\ndate: 2021-07-01\nauthor: {name: Anna Bērziņa, role: projekta vadītāja}\n---\nTeksts.\n".into(),
    );
    let site = Site::new(&files);
    site.build(&[]);
    let lv = json_ld(&site, "lv/jaunumi/kick-off/index.html");
    assert_eq!(lv["datePublished"], "2020-09-15T00:00:00+03:00");
    assert_eq!(lv["dateModified"], "2021-01-10T00:00:00+02:00");
    assert_eq!(lv["author"][0]["@type"], "Organization");
    assert_eq!(lv["publisher"]["url"], "https://example.org/octopus/lv/");
    // The translation inherits `updated:`, and its publisher is its language's home.
    let lt = json_ld(&site, "lt/naujienos/atidarymo-seminaras/index.html");
    assert_eq!(lt["dateModified"], "2021-01-10T00:00:00+02:00");
    assert_eq!(lt["publisher"]["url"], "https://example.org/octopus/lt/");
    assert_eq!(
        meta(
            &site,
            "lv/jaunumi/kick-off/index.html",
            "article:modified_time"
        ),
        ["2021-01-10T00:00:00+02:00"]
    );
    assert_eq!(
        meta(
            &site,
            "lv/jaunumi/kick-off/index.html",
            "article:published_time"
        ),
        ["2020-09-15T00:00:00+03:00"]
    );
    // Without `updated:` it is the date; a person stays a Person with a job title.
    let person = json_ld(&site, "lv/jaunumi/person/index.html");
    assert_eq!(person["dateModified"], "2021-07-01T00:00:00+03:00");
    assert_eq!(person["author"][0]["@type"], "Person");
    assert_eq!(person["author"][0]["jobTitle"], "projekta vadītāja");
    // Plain pages are no articles.
    assert!(meta(
        &site,
        "lv/par-projektu/index.html",
        "article:published_time"
    )
    .is_empty());
}

#[test]
fn a_wrong_updated_day_is_refused_at_its_line() {
    let mut files = fixture_files();
    files.insert(
        "content/news/bad.lv.md",
        "---\ntitle: Slikts\ndate: 2021-01-01\nupdated: 2021-13-01\n---\nTeksts.\n".into(),
    );
    let site = Site::new(&files);
    let err = site.build_fails();
    assert!(err.contains("bad.lv.md:4"), "{err}");
    assert!(err.contains("updated"), "{err}");
}

#[test]
fn share_metadata_names_the_picture_its_size_and_alt_and_the_other_languages() {
    let mut files = fixture_files();
    let kick_off = files["content/news/kick-off/index.lv.md"].replace(
        "tags: [seminārs]\n",
        "tags: [seminārs]\ngallery:\n  - image: foto.jpg\n    alt: Dalībnieki zālē\n",
    );
    files.insert("content/news/kick-off/index.lv.md", kick_off);
    let lt = files["content/news/kick-off/index.lt.md"].replace(
        "slug: atidarymo-seminaras\n",
        "slug: atidarymo-seminaras\ngallery:\n  - image: foto.jpg\n    alt: Dalyviai salėje\n",
    );
    files.insert("content/news/kick-off/index.lt.md", lt);
    let site = Site::new(&files);
    std::fs::write(
        site.root().join("content/news/kick-off/foto.jpg"),
        common::jpeg(800, 600),
    )
    .unwrap();
    site.build(&[]);
    let item = "lv/jaunumi/kick-off/index.html";
    let image = meta(&site, item, "og:image");
    assert_eq!(image.len(), 1);
    assert!(image[0].starts_with("https://example.org/") && image[0].ends_with(".jpg"));
    assert_eq!(meta(&site, item, "og:image:width"), ["800"]);
    assert_eq!(meta(&site, item, "og:image:height"), ["600"]);
    assert_eq!(meta(&site, item, "og:image:alt"), ["Dalībnieki zālē"]);
    assert_eq!(meta(&site, item, "twitter:card"), ["summary_large_image"]);
    assert_eq!(meta(&site, item, "og:locale:alternate"), ["lt_LT"]);
    assert_eq!(json_ld(&site, item)["image"][0], image[0]);
    // A page without a picture of its own is shared with its card (tests/share_cards.rs); an
    // item only in Latvian has no other locale.
    let lone = "lv/jaunumi/lv-only/index.html";
    let card = meta(&site, lone, "og:image");
    assert!(
        card[0].starts_with("https://example.org/octopus/img/share/"),
        "{card:?}"
    );
    assert_eq!(json_ld(&site, lone)["image"][0], card[0]);
    assert_eq!(meta(&site, lone, "twitter:card"), ["summary_large_image"]);
    assert!(meta(&site, lone, "og:locale:alternate").is_empty());
    // Without cards, no picture and no large card.
    let yaml = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    site.write("site.yaml", &format!("{yaml}share_card: false\n"));
    site.build(&[]);
    assert!(meta(&site, lone, "og:image").is_empty());
    assert_eq!(meta(&site, lone, "twitter:card"), ["summary"]);
    assert!(json_ld(&site, lone).get("image").is_none());
    // With a share picture for the site, every article names one in its structured data.
    site.write("site.yaml", &format!("{yaml}og_image: static/share.jpg\n"));
    std::fs::create_dir_all(site.root().join("static")).unwrap();
    std::fs::write(
        site.root().join("static/share.jpg"),
        common::jpeg(1200, 630),
    )
    .unwrap();
    site.build(&[]);
    assert_eq!(
        json_ld(&site, lone)["image"][0],
        "https://example.org/octopus/share.jpg"
    );
    assert_eq!(meta(&site, lone, "twitter:card"), ["summary_large_image"]);
}
