//! Photos on the item: the gallery's first six pictures under the item's text, the same plain
//! links the gallery page has (gallery.js opens them in its viewer), and a link to the whole
//! gallery with the language's plural forms; the publicity block keeps its gallery link.

use crate::common;

use common::{attr, fixture_files, select, text, Site};

/// The fixture's kick-off item with a gallery of `n` pictures (and a video), in both languages.
fn site_with_photos(n: usize) -> Site {
    let mut files = fixture_files();
    let mut gallery = String::from("gallery:\n");
    for i in 1..=n {
        gallery.push_str(&format!("  - image: p{i}.jpg\n    alt: Attēls {i}\n"));
    }
    gallery.push_str("  - video: https://www.youtube.com/watch?v=abcdefghijk\n    title: Video\n");
    files.insert(
        "content/news/kick-off/index.lv.md",
        format!(
            "---\ntitle: Projekta atklāšanas seminārs\ndate: 2020-09-15\n{gallery}---\nTeksts.\n"
        ),
    );
    let mut lt = String::from("gallery:\n");
    for i in 1..=n {
        lt.push_str(&format!("  - image: p{i}.jpg\n    alt: Nuotrauka {i}\n"));
    }
    lt.push_str(
        "  - video: https://www.youtube.com/watch?v=abcdefghijk\n    title: Vaizdo įrašas\n",
    );
    files.insert(
        "content/news/kick-off/index.lt.md",
        format!("---\ntitle: Projekto atidarymo seminaras\nslug: atidarymo-seminaras\n{lt}---\nTekstas.\n"),
    );
    let site = Site::new(&files);
    for i in 1..=n {
        let path = site.root().join(format!("content/news/kick-off/p{i}.jpg"));
        std::fs::write(path, common::jpeg(40 + i as u32, 30)).unwrap();
    }
    site
}

#[test]
fn the_item_shows_its_first_six_photos_and_a_link_to_all_of_them() {
    let site = site_with_photos(8);
    site.build(&[]);
    let item = site.html("lv/jaunumi/kick-off/index.html");
    let strip = attr(&item, ".photo-strip a.gallery-link", "href");
    assert_eq!(strip.len(), 6);
    // The same large pictures, in the same order, as the gallery page links to.
    let gallery = site.html("lv/jaunumi/kick-off/galerija/index.html");
    let all = attr(&gallery, "a.gallery-link", "href");
    assert_eq!(all.len(), 8);
    assert_eq!(strip, all[..6]);
    assert_eq!(
        attr(&item, ".photo-strip img", "alt")[..2],
        ["Attēls 1", "Attēls 2"]
    );
    // The viewer's script and its texts come with the strip.
    assert_eq!(select(&item, ".photo-strip [data-lightbox]").len(), 1);
    assert!(attr(&item, "script", "src")
        .iter()
        .any(|s| s.ends_with("gallery.js")));
    let more = select(&item, ".photo-strip a.more");
    assert_eq!(text(&more[0]), "Visas 8 fotogrāfijas");
    assert_eq!(
        more[0].value().attr("href"),
        Some("/octopus/lv/jaunumi/kick-off/galerija/")
    );
    // The thumbnails wait for the reader; the first is not fetched before the cover.
    assert!(attr(&item, ".photo-strip img", "loading")
        .iter()
        .all(|l| l == "lazy"));
    assert!(attr(&item, ".photo-strip img", "fetchpriority").is_empty());
    // The publicity block keeps its own gallery link.
    assert!(attr(&item, ".publicity a", "href")
        .iter()
        .any(|h| h == "/octopus/lv/jaunumi/kick-off/galerija/"));
    let lt = site.html("lt/naujienos/atidarymo-seminaras/index.html");
    assert_eq!(
        text(&select(&lt, ".photo-strip a.more")[0]),
        "Visos 8 nuotraukos"
    );
}

#[test]
fn the_link_says_the_count_in_each_language_s_plural_form() {
    for (n, lv, lt) in [
        (1, "Visa 1 fotogrāfija", "Visa 1 nuotrauka"),
        (12, "Visas 12 fotogrāfijas", "Visos 12 nuotraukų"),
    ] {
        let site = site_with_photos(n);
        site.build(&[]);
        let item = site.html("lv/jaunumi/kick-off/index.html");
        assert_eq!(text(&select(&item, ".photo-strip a.more")[0]), lv);
        assert_eq!(select(&item, ".photo-strip a.gallery-link").len(), n.min(6));
        let item = site.html("lt/naujienos/atidarymo-seminaras/index.html");
        assert_eq!(text(&select(&item, ".photo-strip a.more")[0]), lt);
    }
}

#[test]
fn an_item_without_pictures_has_no_strip_and_no_viewer_script() {
    let site = Site::fixture();
    site.build(&[]);
    let item = site.html("lv/jaunumi/kick-off/index.html");
    assert!(select(&item, ".photo-strip").is_empty());
    assert!(!attr(&item, "script", "src")
        .iter()
        .any(|s| s.ends_with("gallery.js")));
}
