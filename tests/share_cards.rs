//! Share cards: every page without a picture of its own is shared (`og:image`) with a 1200×630
//! card herald draws — the EU emblem with the funding statement, the page's and the site's
//! titles —; pages with a cover keep it; cards are drawn once and kept in the cache.

use crate::common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{attr, fixture_files, Site};
use scraper::Html;

const BASE: &str = "https://example.org/octopus/";
const BLUE: [u8; 3] = [0x00, 0x33, 0x99];
const GOLD: [u8; 3] = [0xff, 0xcc, 0x00];

fn meta(doc: &Html, property: &str) -> Vec<String> {
    let mut found = attr(doc, &format!("meta[property='{property}']"), "content");
    found.extend(attr(doc, &format!("meta[name='{property}']"), "content"));
    found
}

/// Every HTML page of the output, relative path -> parsed.
fn pages(out: &Path) -> BTreeMap<String, Html> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            let rel = e.path().strip_prefix(out).unwrap().to_string_lossy();
            let html = std::fs::read_to_string(e.path()).unwrap();
            (rel.replace('\\', "/"), Html::parse_document(&html))
        })
        .collect()
}

/// The output file a published address names.
fn file_of(site: &Site, url: &str) -> PathBuf {
    let rel = url
        .strip_prefix(BASE)
        .unwrap_or_else(|| panic!("{url} is not an absolute address of the site"));
    site.out().join(rel)
}

fn card_of(site: &Site, page: &str) -> image::RgbImage {
    let og = meta(&site.html(page), "og:image");
    assert_eq!(og.len(), 1, "{page}: {og:?}");
    assert!(og[0].contains("/img/share/"), "{page}: {og:?}");
    image::open(file_of(site, &og[0])).unwrap().to_rgb8()
}

/// Pixels in the rectangle (x, y, width, height) that are not white.
fn ink(img: &image::RgbImage, (x, y, w, h): (u32, u32, u32, u32)) -> usize {
    (y..y + h)
        .flat_map(|y| (x..x + w).map(move |x| (x, y)))
        .filter(|&(x, y)| img.get_pixel(x, y).0 != [255, 255, 255])
        .count()
}

/// The fixture with a cover on the translated item (both languages) and an item whose title
/// has every Latvian and Lithuanian letter with a diacritic, beside one without them.
fn site_with_cover() -> Site {
    let mut files = fixture_files();
    let kick_off = files["content/news/kick-off/index.lv.md"]
        .replace("tags: [seminārs]\n", "tags: [seminārs]\ncover: foto.jpg\n");
    files.insert("content/news/kick-off/index.lv.md", kick_off);
    files.insert(
        "content/news/letters.lv.md",
        "---\ntitle: ā č ē ģ ī ķ ļ ņ š ū ž ą ę ė į ų\ndate: 2021-05-01\n---\nTeksts.\n".into(),
    );
    files.insert(
        "content/news/plain.lv.md",
        "---\ntitle: a c e g i k l n s u z a e e i u\ndate: 2021-05-02\n---\nTeksts.\n".into(),
    );
    let site = Site::new(&files);
    std::fs::write(
        site.root().join("content/news/kick-off/foto.jpg"),
        common::jpeg(1600, 900),
    )
    .unwrap();
    site
}

#[test]
fn every_page_is_shared_with_its_cover_or_a_card_of_1200_by_630() {
    let site = site_with_cover();
    site.build(&[]);
    let pages = pages(&site.out());
    assert!(pages.len() > 20, "{:?}", pages.keys());
    let mut cards = 0;
    for (path, doc) in &pages {
        let og = meta(doc, "og:image");
        assert_eq!(og.len(), 1, "{path}: og:image {og:?}");
        assert_eq!(meta(doc, "twitter:card"), ["summary_large_image"], "{path}");
        let file = file_of(&site, &og[0]);
        assert!(file.is_file(), "{path}: {} is not published", og[0]);
        let (w, h) = image::image_dimensions(&file).unwrap();
        assert_eq!(
            meta(doc, "og:image:width"),
            [w.to_string()],
            "{path}: the width of {}",
            og[0]
        );
        assert_eq!(meta(doc, "og:image:height"), [h.to_string()], "{path}");
        let cover = path.starts_with("lv/jaunumi/kick-off/")
            || path.starts_with("lt/naujienos/atidarymo-seminaras/");
        if cover {
            // The cover's own JPEG, not a card.
            assert!(og[0].ends_with(".jpg"), "{path}: {og:?}");
            continue;
        }
        cards += 1;
        assert!(
            og[0].starts_with(&format!("{BASE}img/share/")),
            "{path}: {og:?}"
        );
        assert_eq!((w, h), (1200, 630), "{path}");
        let bytes = std::fs::metadata(&file).unwrap().len();
        assert!(bytes < 150 * 1024, "{path}: the card has {bytes} bytes");
        // The alt text names what the card shows, in the page's language.
        let alt = meta(doc, "og:image:alt");
        assert_eq!(alt.len(), 1, "{path}");
        let lang = attr(doc, "html", "lang")[0].clone();
        let (emblem, statement) = match lang.as_str() {
            "lv" => ("Eiropas Savienības emblēma", "“Eiropas Savienība”"),
            _ => ("Europos Sąjungos emblema", "„Europos Sąjunga“"),
        };
        assert!(alt[0].starts_with(emblem), "{path}: {alt:?}");
        assert!(alt[0].contains(statement), "{path}: {alt:?}");
        let title = meta(doc, "og:title")[0].clone();
        assert!(alt[0].contains(&title), "{path}: {alt:?} lacks {title}");
    }
    assert!(cards > 20, "{cards}");
    // Every article names a picture in its structured data: its card, else its cover.
    for page in [
        "lv/jaunumi/lv-only/index.html",
        "lv/jaunumi/kick-off/index.html",
    ] {
        let doc = site.html(page);
        let ld = attr(&doc, "script[type='application/ld+json']", "type");
        assert!(!ld.is_empty());
        let json: serde_json::Value = serde_json::from_str(
            &common::select(&doc, "script[type='application/ld+json']")[0].inner_html(),
        )
        .unwrap();
        assert_eq!(json["image"][0], meta(&doc, "og:image")[0], "{page}");
    }
}

#[test]
fn the_card_shows_the_emblem_the_statement_in_the_pages_language_and_the_titles() {
    let site = site_with_cover();
    site.build(&[]);
    let lv = card_of(&site, "lv/jaunumi/lv-only/index.html");
    // The emblem: 198×132 at (64, 64); blue in its middle, the first star's centre gold at
    // 1/3 of its height above the middle.
    assert_eq!(lv.get_pixel(163, 130).0, BLUE);
    assert_eq!(lv.get_pixel(163, 86).0, GOLD);
    assert_eq!(lv.get_pixel(70, 70).0, BLUE);
    assert_eq!(lv.get_pixel(30, 30).0, [255, 255, 255]);
    // Words beside the emblem, the page's title below it, the site's title above the bar.
    let statement = (294, 64, 842, 132);
    let title = (64, 244, 1072, 260);
    let site_title = (64, 520, 1072, 56);
    for (what, area) in [
        ("statement", statement),
        ("title", title),
        ("site", site_title),
    ] {
        assert!(ink(&lv, area) > 1000, "no {what} drawn: {}", ink(&lv, area));
    }
    // The statement beside the emblem is in reflex blue.
    let blue = (294..1136)
        .flat_map(|x| (64..196).map(move |y| (x, y)))
        .filter(|&(x, y)| lv.get_pixel(x, y).0 == BLUE)
        .count();
    assert!(blue > 500, "{blue}");
    // In Lithuanian the statement is Lithuanian: other words beside the emblem.
    let lt = card_of(&site, "lt/naujienos/lt-only/index.html");
    let differ = (294..1136)
        .flat_map(|x| (64..196).map(move |y| (x, y)))
        .filter(|&(x, y)| lv.get_pixel(x, y) != lt.get_pixel(x, y))
        .count();
    assert!(differ > 1000, "{differ}");
}

#[test]
fn latvian_and_lithuanian_letters_are_drawn_with_their_marks() {
    let site = site_with_cover();
    site.build(&[]);
    let marked = card_of(&site, "lv/jaunumi/letters/index.html");
    let plain = card_of(&site, "lv/jaunumi/plain/index.html");
    let (x, y, w, h) = (64, 244, 1072, 260);
    let ink_marked = ink(&marked, (x, y, w, h));
    let ink_plain = ink(&plain, (x, y, w, h));
    // The same letters with their marks: more ink (a missing glyph's box would not be just
    // the marks more), and not the same picture.
    assert!(ink_plain > 1000, "{ink_plain}");
    assert!(
        ink_marked > ink_plain && ink_marked < ink_plain * 2,
        "{ink_marked} against {ink_plain}"
    );
}

/// Inode and modification time of every file in `dir`.
#[cfg(unix)]
fn identities(dir: &Path) -> BTreeMap<String, (u64, std::time::SystemTime)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| {
            let m = e.metadata().unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            (name, (m.ino(), m.modified().unwrap()))
        })
        .collect()
}

#[cfg(unix)] // inodes
#[test]
fn cards_are_drawn_once_and_follow_their_page() {
    let site = site_with_cover();
    site.build(&[]);
    let cache = site.root().join(".herald-cache/cards");
    let before = identities(&cache);
    let published = identities(&site.out().join("img/share"));
    assert!(published.len() > 10, "{published:?}");
    // Every published card is in the cache, with its hash.
    for name in published.keys() {
        assert!(before.contains_key(name), "{name}");
        assert!(before.contains_key(&format!("{name}.sum")), "{name}");
    }
    // Another text in an item: a new build, whose cards come from the cache unchanged and
    // are published as the same files.
    let item = "content/news/lv-only.lv.md";
    let text = std::fs::read_to_string(site.root().join(item)).unwrap();
    site.write(item, &text.replace("Teksts.", "Cits teksts."));
    let out = site.build(&[]);
    assert!(out.contains("Built"), "{out}");
    assert_eq!(identities(&cache), before);
    assert_eq!(identities(&site.out().join("img/share")), published);
    // Another title: the item's card is drawn anew, the old one leaves the cache and the
    // output.
    let old_card = meta(&site.html("lv/jaunumi/lv-only/index.html"), "og:image")[0].clone();
    site.write(item, &text.replace("Tikai latviski", "Jauns virsraksts"));
    site.build(&[]);
    let new_card = meta(&site.html("lv/jaunumi/lv-only/index.html"), "og:image")[0].clone();
    assert_ne!(old_card, new_card);
    assert!(file_of(&site, &new_card).is_file());
    assert!(!file_of(&site, &old_card).exists());
    let name = |url: &str| url.rsplit('/').next().unwrap().to_string();
    let after = identities(&cache);
    assert!(after.contains_key(&name(&new_card)));
    assert!(!after.contains_key(&name(&old_card)));
    assert_eq!(after.len(), before.len());
}

#[test]
fn cards_can_be_turned_off_or_replaced_by_one_picture() {
    let site = site_with_cover();
    let yaml = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    site.write("site.yaml", &format!("{yaml}share_card: false\n"));
    site.build(&[]);
    assert!(!site.out().join("img/share").exists());
    let lone = site.html("lv/jaunumi/lv-only/index.html");
    assert!(meta(&lone, "og:image").is_empty());
    assert_eq!(meta(&lone, "twitter:card"), ["summary"]);
    // The cover stays.
    let item = site.html("lv/jaunumi/kick-off/index.html");
    assert_eq!(meta(&item, "og:image").len(), 1);
    // A site-wide picture takes the cards' place.
    site.write("site.yaml", &format!("{yaml}og_image: share.jpg\n"));
    std::fs::create_dir_all(site.root().join("static")).unwrap();
    std::fs::write(
        site.root().join("static/share.jpg"),
        common::jpeg(1200, 630),
    )
    .unwrap();
    site.build(&[]);
    assert!(!site.out().join("img/share").exists());
    let lone = site.html("lv/jaunumi/lv-only/index.html");
    assert_eq!(meta(&lone, "og:image"), [format!("{BASE}share.jpg")]);
    // Its size is read from the file; its alt text is the site's, in the page's language.
    assert_eq!(meta(&lone, "og:image:width"), ["1200"]);
    assert_eq!(meta(&lone, "og:image:height"), ["630"]);
    assert!(meta(&lone, "og:image:alt").is_empty());
    site.write(
        "site.yaml",
        &format!("{yaml}og_image: share.jpg\nog_image_alt:\n  lv: Projekta logotips\n  lt: Projekto logotipas\n"),
    );
    site.build(&[]);
    let lone = site.html("lv/jaunumi/lv-only/index.html");
    assert_eq!(meta(&lone, "og:image:alt"), ["Projekta logotips"]);
}

/// `herald serve` draws no card until one is asked for, then serves it.
#[test]
fn serve_draws_a_card_when_it_is_asked_for() {
    let site = site_with_cover();
    let server = common::serve::start(&site);
    let get = |path: &str| {
        let raw = format!(
            "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            server.host
        );
        common::serve::exchange(&server.host, raw.as_bytes())
    };
    let (status, _, page) = get(&format!("{}lv/jaunumi/lv-only/", server.base));
    assert_eq!(status, 200);
    let doc = Html::parse_document(&String::from_utf8_lossy(&page));
    let og = meta(&doc, "og:image");
    assert_eq!(og.len(), 1, "{og:?}");
    let at = og[0].find("/img/share/").expect("a card");
    let cache = site.root().join(".herald-cache/cards");
    let drawn = || {
        std::fs::read_dir(&cache)
            .map(|d| {
                d.flatten()
                    .filter(|e| e.file_name().to_string_lossy().ends_with(".png"))
                    .count()
            })
            .unwrap_or(0)
    };
    assert_eq!(drawn(), 0, "serve drew cards before they were asked for");
    let path = format!("{}{}", server.base.trim_end_matches('/'), &og[0][at..]);
    let (status, head, png) = get(&path);
    assert_eq!(status, 200, "{path}: {head}");
    assert!(head.to_ascii_lowercase().contains("image/png"), "{head}");
    let img = image::load_from_memory(&png).unwrap();
    assert_eq!((img.width(), img.height()), (1200, 630));
    assert_eq!(drawn(), 1);
}

/// A gallery page is shared with its first photo (its JPEG, its size, its alt text), as its
/// item is with its cover, not with a card.
#[test]
fn a_gallery_page_is_shared_with_its_first_photo() {
    let mut files = fixture_files();
    let kick_off = files["content/news/kick-off/index.lv.md"].replace(
        "tags: [seminārs]\n",
        "tags: [seminārs]\ngallery:\n  - {image: zale.jpg, alt: Dalībnieki zālē}\n  - {image: otra.jpg, alt: Otrā bilde}\n",
    );
    files.insert("content/news/kick-off/index.lv.md", kick_off);
    let lt = files["content/news/kick-off/index.lt.md"].replace(
        "slug: atidarymo-seminaras\n",
        "slug: atidarymo-seminaras\ngallery:\n  - {image: zale.jpg, alt: Dalyviai salėje}\n  - {image: otra.jpg, alt: Antra nuotrauka}\n",
    );
    files.insert("content/news/kick-off/index.lt.md", lt);
    let site = Site::new(&files);
    for (name, (w, h)) in [("zale.jpg", (1600, 1000)), ("otra.jpg", (800, 600))] {
        std::fs::write(
            site.root().join("content/news/kick-off").join(name),
            common::jpeg(w, h),
        )
        .unwrap();
    }
    site.build(&[]);
    let doc = site.html("lv/jaunumi/kick-off/galerija/index.html");
    let og = meta(&doc, "og:image");
    assert_eq!(og.len(), 1, "{og:?}");
    assert!(
        og[0].ends_with(".jpg"),
        "a card instead of the photo: {og:?}"
    );
    assert!(og[0].contains("zale"), "not the first photo: {og:?}");
    let (w, h) = image::image_dimensions(file_of(&site, &og[0])).unwrap();
    assert_eq!(meta(&doc, "og:image:width"), [w.to_string()]);
    assert_eq!(meta(&doc, "og:image:height"), [h.to_string()]);
    assert_eq!(meta(&doc, "og:image:alt"), ["Dalībnieki zālē"]);
    assert_eq!(meta(&doc, "twitter:card"), ["summary_large_image"]);
    let doc = site.html("lt/naujienos/atidarymo-seminaras/galerija/index.html");
    assert_eq!(meta(&doc, "og:image:alt"), ["Dalyviai salėje"]);
}
