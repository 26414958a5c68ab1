//! Galleries and the picture pipeline, on sites with pictures generated here: gallery pages and
//! the gallery index in both languages, plural forms, the published files and their sizes, no
//! metadata in anything published (the source has EXIF orientation, GPS and a camera serial),
//! srcset/sizes/width/height, the cache (a second build processes nothing), the viewer's
//! markup without JavaScript, click-to-load videos, and every kind of bad input.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use common::{attr, fixture_files, select, snapshot, text, Site};
use image::{DynamicImage, ImageEncoder, Rgb, RgbImage, Rgba, RgbaImage};

/// A photo-like picture: colour gradients with a little texture, so encoders work for real.
fn photo(w: u32, h: u32, seed: u32) -> RgbImage {
    RgbImage::from_fn(w, h, |x, y| {
        let t = (x.wrapping_mul(7) ^ y.wrapping_mul(13) ^ seed.wrapping_mul(31)) % 23;
        Rgb([
            ((x * 255 / w.max(1)) as u8).wrapping_add(t as u8),
            ((y * 255 / h.max(1)) as u8).wrapping_add((seed * 40) as u8),
            (((x + y) * 255 / (w + h)) as u8) ^ (t as u8 * 3),
        ])
    })
}

fn jpeg(img: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .write_image(
            img.as_raw(),
            img.width(),
            img.height(),
            image::ExtendedColorType::Rgb8,
        )
        .unwrap();
    out
}

fn png_rgba(img: &RgbaImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(
            img.as_raw(),
            img.width(),
            img.height(),
            image::ExtendedColorType::Rgba8,
        )
        .unwrap();
    out
}

const CAMERA: &[u8] = b"HeraldCam SN-4711-0815\0";

/// An EXIF APP1 segment written by hand: IFD0 with Make (a camera with its serial number),
/// Orientation and a pointer to a GPS IFD holding latitude and longitude (Jelgava).
fn exif_app1(orientation: u16) -> Vec<u8> {
    let mut t: Vec<u8> = b"II\x2a\x00\x08\x00\x00\x00".to_vec();
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: [u8; 4]| {
        t.extend_from_slice(&tag.to_le_bytes());
        t.extend_from_slice(&kind.to_le_bytes());
        t.extend_from_slice(&count.to_le_bytes());
        t.extend_from_slice(&value);
    };
    let make_at: u32 = 8 + 2 + 3 * 12 + 4;
    let gps_at: u32 = make_at + CAMERA.len() as u32;
    t.extend_from_slice(&3u16.to_le_bytes());
    entry(
        &mut t,
        0x010F,
        2,
        CAMERA.len() as u32,
        make_at.to_le_bytes(),
    );
    let o = orientation.to_le_bytes();
    entry(&mut t, 0x0112, 3, 1, [o[0], o[1], 0, 0]);
    entry(&mut t, 0x8825, 4, 1, gps_at.to_le_bytes());
    t.extend_from_slice(&0u32.to_le_bytes());
    t.extend_from_slice(CAMERA);
    let lat_at = gps_at + 2 + 4 * 12 + 4;
    let lon_at = lat_at + 24;
    t.extend_from_slice(&4u16.to_le_bytes());
    entry(&mut t, 0x0001, 2, 2, *b"N\0\0\0");
    entry(&mut t, 0x0002, 5, 3, lat_at.to_le_bytes());
    entry(&mut t, 0x0003, 2, 2, *b"E\0\0\0");
    entry(&mut t, 0x0004, 5, 3, lon_at.to_le_bytes());
    t.extend_from_slice(&0u32.to_le_bytes());
    for (num, den) in [
        (56u32, 1u32),
        (39, 1),
        (1234, 100),
        (23, 1),
        (43, 1),
        (5678, 100),
    ] {
        t.extend_from_slice(&num.to_le_bytes());
        t.extend_from_slice(&den.to_le_bytes());
    }
    let len = (2 + 6 + t.len()) as u16;
    let mut app1 = vec![0xFF, 0xE1];
    app1.extend_from_slice(&len.to_be_bytes());
    app1.extend_from_slice(b"Exif\0\0");
    app1.extend_from_slice(&t);
    app1
}

/// A JPEG stored 400 × 300 (left half red, right half blue) with EXIF orientation 6 (turn
/// 90° clockwise to view), GPS position and camera serial: upright it is 300 × 400, red on top.
fn sideways_jpeg_with_gps() -> Vec<u8> {
    let img = RgbImage::from_fn(400, 300, |x, _| {
        if x < 200 {
            Rgb([230, 20, 20])
        } else {
            Rgb([20, 20, 230])
        }
    });
    let plain = jpeg(&img);
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(&exif_app1(6));
    out.extend_from_slice(&plain[2..]);
    out
}

/// The fixture site with three galleries: the kick-off (3 pictures, a YouTube and a Vimeo
/// video, Latvian and Lithuanian texts), a camp with 10 pictures in both languages, and a
/// Latvian-only visit with 1 picture.
fn gallery_files() -> BTreeMap<&'static str, String> {
    let mut f = fixture_files();
    f.insert(
        "content/news/kick-off/index.lv.md",
        "---
title: Projekta atklāšanas seminārs
date: 2020-09-15
author: {name: Zemgales Plānošanas reģions, role: sabiedrisko attiecību speciāliste}
gallery:
  - image: zale.jpg
    alt: Dalībnieki klausās prezentāciju zālē
    caption: Seminārs Jelgavā
  - {image: logo.png, alt: Projekta logotips}
  - {image: pagriezts.jpg, alt: Sarkans un zils laukums, caption: Uzņemts ar pagrieztu kameru}
  - {video: \"https://www.youtube.com/watch?v=abcDEF12345\", title: Semināra video}
  - {video: \"https://vimeo.com/76979871\", title: Intervija}
---
Seminārā piedalījās **četrdesmit** dalībnieki.

![Semināra dalībnieki pie galda](zale.jpg)

Logotips [lielā izmērā](logo.png).
"
        .into(),
    );
    f.insert(
        "content/news/kick-off/index.lt.md",
        "---
title: Projekto atidarymo seminaras
slug: atidarymo-seminaras
gallery:
  - {image: pagriezts.jpg, alt: Raudonas ir mėlynas laukas}
  - image: zale.jpg
    alt: Dalyviai klausosi pristatymo salėje
    caption: Seminaras Jelgavoje
  - {image: logo.png, alt: Projekto logotipas}
  - {video: \"https://www.youtube.com/watch?v=abcDEF12345\", title: Seminaro vaizdo įrašas}
---
Seminare dalyvavo keturiasdešimt dalyvių.
"
        .into(),
    );
    let camp = |alt: &str| {
        (1..=10)
            .map(|i| format!("  - {{image: b{i:02}.jpg, alt: {alt} {i}}}\n"))
            .collect::<String>()
    };
    f.insert(
        "content/news/camp/index.lv.md",
        format!(
            "---\ntitle: Vasaras nometne\ndate: 2021-08-12\ngallery:\n{}---\nNometne.\n",
            camp("Bērni nometnē – attēls")
        ),
    );
    f.insert(
        "content/news/camp/index.lt.md",
        format!(
            "---\ntitle: Vasaros stovykla\nslug: vasaros-stovykla\ngallery:\n{}---\nStovykla.\n",
            camp("Vaikai stovykloje – nuotrauka")
        ),
    );
    f.insert(
        "content/news/visit/index.lv.md",
        "---\ntitle: Pieredzes vizīte\ndate: 2021-02-20\ngallery:\n  - {image: v.jpg, alt: Vizītes dalībnieki}\n---\nVizīte.\n".into(),
    );
    f
}

fn write_pictures(site: &Site) {
    let w = |rel: &str, bytes: Vec<u8>| std::fs::write(site.root().join(rel), bytes).unwrap();
    w(
        "content/news/kick-off/zale.jpg",
        jpeg(&photo(2000, 1500, 1)),
    );
    let logo = RgbaImage::from_fn(800, 600, |x, y| {
        if (x / 40 + y / 40) % 2 == 0 {
            Rgba([0, 51, 153, 255])
        } else {
            Rgba([255, 204, 0, 0])
        }
    });
    w("content/news/kick-off/logo.png", png_rgba(&logo));
    w(
        "content/news/kick-off/pagriezts.jpg",
        sideways_jpeg_with_gps(),
    );
    for i in 1..=10u32 {
        w(
            &format!("content/news/camp/b{i:02}.jpg"),
            jpeg(&photo(64, 48, i)),
        );
    }
    w("content/news/visit/v.jpg", jpeg(&photo(1200, 800, 3)));
}

fn gallery_site() -> Site {
    let site = Site::new(&gallery_files());
    write_pictures(&site);
    site
}

fn texts(doc: &scraper::Html, css: &str) -> Vec<String> {
    select(doc, css).iter().map(text).collect()
}

/// Dimensions of a published file (path under the base path `/octopus/`).
fn dims(site: &Site, href: &str) -> (u32, u32) {
    let path = site.out().join(href.trim_start_matches("/octopus/"));
    image::image_dimensions(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn gallery_pages_in_both_languages() {
    let site = gallery_site();
    site.build(&[]);
    let lv = site.html("lv/jaunumi/kick-off/galerija/index.html");
    assert_eq!(
        texts(&lv, "h1"),
        ["Projekta atklāšanas seminārs: Foto un video galerija"]
    );
    assert_eq!(
        texts(&lv, ".page-header time"),
        ["2020. gada 15. septembrī"]
    );
    assert_eq!(
        texts(&lv, ".page-header .meta"),
        ["2020. gada 15. septembrī · 3 fotogrāfijas, 2 video"]
    );
    assert_eq!(
        attr(&lv, ".gallery-grid a.gallery-link img", "alt"),
        [
            "Dalībnieki klausās prezentāciju zālē",
            "Projekta logotips",
            "Sarkans un zils laukums"
        ]
    );
    assert_eq!(
        texts(&lv, ".gallery-grid figure:not(.video) figcaption"),
        ["Seminārs Jelgavā", "Uzņemts ar pagrieztu kameru"]
    );
    // A link back to the item, the publicity block, the gallery index.
    assert!(attr(&lv, "a", "href").contains(&"/octopus/lv/jaunumi/kick-off/".to_string()));
    assert_eq!(select(&lv, "aside.publicity").len(), 1);
    assert!(attr(&lv, ".breadcrumb a", "href").contains(&"/octopus/lv/galerija/".to_string()));

    // Lithuanian: its own texts, the Latvian file's order; alternates point to each other.
    let lt = site.html("lt/naujienos/atidarymo-seminaras/galerija/index.html");
    assert_eq!(
        attr(&lt, ".gallery-grid a.gallery-link img", "alt"),
        [
            "Dalyviai klausosi pristatymo salėje",
            "Projekto logotipas",
            "Raudonas ir mėlynas laukas"
        ]
    );
    assert_eq!(
        texts(&lt, ".gallery-grid figure:not(.video) figcaption"),
        ["Seminaras Jelgavoje"]
    );
    assert_eq!(texts(&lt, ".page-header time"), ["2020 m. rugsėjo 15 d."]);
    assert_eq!(
        texts(&lt, ".page-header .meta"),
        ["2020 m. rugsėjo 15 d. · 3 nuotraukos, 2 vaizdo įrašai"]
    );
    assert_eq!(lt.root_element().value().attr("lang"), Some("lt"));
    assert_eq!(
        attr(&lt, "link[rel=alternate][hreflang=lv]", "href"),
        ["https://example.org/octopus/lv/jaunumi/kick-off/galerija/"]
    );
    // The Vimeo title was not translated: shown in Latvian, marked as such.
    let titles = select(&lt, ".video-embed figcaption span");
    assert_eq!(text(&titles[0]), "Seminaro vaizdo įrašas");
    assert_eq!(text(&titles[1]), "Intervija");
    assert_eq!(titles[1].value().attr("lang"), Some("lv"));
    assert_eq!(select(&lt, "aside.publicity").len(), 1);

    // Both thumbnails' links lead to the same published picture.
    let first_lv = &attr(&lv, "a.gallery-link", "href")[0];
    let second_lt = &attr(&lt, "a.gallery-link", "href")[0];
    assert_eq!(first_lv, second_lt);
    assert_eq!(dims(&site, first_lv), (1600, 1200));

    // The item page shows its cover (the first picture) and links to its gallery.
    let item = site.html("lv/jaunumi/kick-off/index.html");
    assert_eq!(
        attr(&item, "figure.cover img", "alt"),
        ["Dalībnieki klausās prezentāciju zālē"]
    );
    assert_eq!(
        attr(&item, "figure.cover img", "loading"),
        Vec::<String>::new()
    );
    let og = attr(&item, "meta[property='og:image']", "content");
    assert!(
        og[0].starts_with("https://example.org/octopus/img/zale.") && og[0].ends_with(".960.jpg"),
        "{og:?}"
    );
    assert_eq!(
        attr(&item, ".publicity-gallery a", "href"),
        ["/octopus/lv/jaunumi/kick-off/galerija/"]
    );
    // Cards in lists show the cover too.
    let list = site.html("lv/jaunumi/index.html");
    assert!(!select(&list, ".card .card-cover picture").is_empty());
}

#[test]
fn gallery_index_per_language_newest_first_with_plurals() {
    let site = gallery_site();
    site.build(&[]);
    let lv = site.html("lv/galerija/index.html");
    assert_eq!(texts(&lv, "h1"), ["Galerija"]);
    assert_eq!(
        texts(&lv, ".gallery-card-title"),
        [
            "Vasaras nometne",
            "Pieredzes vizīte",
            "Projekta atklāšanas seminārs"
        ]
    );
    assert_eq!(
        texts(&lv, ".gallery-count"),
        ["10 fotogrāfiju", "1 fotogrāfija", "3 fotogrāfijas, 2 video"]
    );
    assert_eq!(
        attr(&lv, ".gallery-card > a", "href"),
        [
            "/octopus/lv/jaunumi/camp/galerija/",
            "/octopus/lv/jaunumi/visit/galerija/",
            "/octopus/lv/jaunumi/kick-off/galerija/"
        ]
    );
    // Each with its cover thumbnail.
    assert_eq!(select(&lv, ".gallery-card picture img").len(), 3);

    let lt = site.html("lt/galerija/index.html");
    assert_eq!(
        texts(&lt, ".gallery-card-title"),
        ["Vasaros stovykla", "Projekto atidarymo seminaras"]
    );
    assert_eq!(
        texts(&lt, ".gallery-count"),
        ["10 nuotraukų", "3 nuotraukos, 2 vaizdo įrašai"]
    );
    // Linked from the navigation of every page, and from the site maps.
    for (page, href) in [
        ("lv/index.html", "/octopus/lv/galerija/"),
        ("lt/naujienos/index.html", "/octopus/lt/galerija/"),
    ] {
        let doc = site.html(page);
        assert!(
            attr(&doc, ".main-nav a", "href").contains(&href.to_string()),
            "{page}"
        );
    }
    assert_eq!(
        attr(&lv, ".main-nav a[aria-current=page]", "href"),
        ["/octopus/lv/galerija/"]
    );
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/octopus/lt/galerija/</loc>"));
    assert!(attr(&site.html("lv/lapas-karte/index.html"), "a", "href")
        .contains(&"/octopus/lv/galerija/".to_string()));
}

#[test]
fn published_pictures_have_the_planned_sizes_and_no_originals() {
    let site = gallery_site();
    site.build(&[]);
    let doc = site.html("lv/jaunumi/kick-off/galerija/index.html");
    let srcsets = attr(&doc, ".gallery-grid a.gallery-link source", "srcset");
    let widths_of = |srcset: &str| -> Vec<(String, u32)> {
        srcset
            .split(", ")
            .map(|c| {
                let (href, w) = c.split_once(' ').unwrap();
                (href.to_string(), w.trim_end_matches('w').parse().unwrap())
            })
            .collect()
    };
    // 2000 × 1500 JPEG: 480, 960, 1600 (never the original size).
    let zale = widths_of(&srcsets[0]);
    assert_eq!(
        zale.iter().map(|(_, w)| *w).collect::<Vec<_>>(),
        [480, 960, 1600]
    );
    for (href, w) in &zale {
        assert!(href.ends_with(".webp"), "{href}");
        assert_eq!(dims(&site, href), (*w, w * 3 / 4));
    }
    // 800 × 600 PNG: 480 and its own 800 (never upscaled); transparent, so a PNG fallback.
    let logo = widths_of(&srcsets[1]);
    assert_eq!(logo.iter().map(|(_, w)| *w).collect::<Vec<_>>(), [480, 800]);
    let fallbacks = attr(&doc, ".gallery-grid a.gallery-link img", "src");
    assert!(fallbacks[0].ends_with(".960.jpg"), "{}", fallbacks[0]);
    assert_eq!(dims(&site, &fallbacks[0]), (960, 720));
    assert!(fallbacks[1].ends_with(".800.png"), "{}", fallbacks[1]);
    // The sideways photo is published upright: 300 × 400, red on top, blue below.
    let turned = widths_of(&srcsets[2]);
    assert_eq!(turned.len(), 1);
    assert_eq!(dims(&site, &turned[0].0), (300, 400));
    let img = image::open(site.out().join(turned[0].0.trim_start_matches("/octopus/")))
        .unwrap()
        .to_rgb8();
    let (top, bottom) = (img.get_pixel(150, 50), img.get_pixel(150, 350));
    assert!(top[0] > 180 && top[2] < 80, "top {top:?}");
    assert!(bottom[2] > 180 && bottom[0] < 80, "bottom {bottom:?}");
    assert_eq!(
        attr(&doc, ".gallery-grid a.gallery-link img", "width")[2],
        "300"
    );
    assert_eq!(
        attr(&doc, ".gallery-grid a.gallery-link img", "height")[2],
        "400"
    );
    // Every file of img/ is one the HTML names; no original is published anywhere.
    let all = snapshot(&site.out());
    for name in all.keys() {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".jpg") || lower.ends_with(".png") || lower.ends_with(".webp") {
            assert!(
                name.starts_with("img/"),
                "an original was published: {name}"
            );
        }
    }
    // The share cards of the pages without a cover are herald's drawings, not pictures.
    let pictures = all
        .keys()
        .filter(|k| k.starts_with("img/") && !k.starts_with("img/share/"))
        .count();
    // zale: 3 webp + jpg; logo: 2 webp + png; turned: 1 webp + jpg; camp: 10 × 2; visit: 3 + 1.
    assert_eq!(pictures, 4 + 3 + 2 + 20 + 4);
}

/// Where `needle` occurs in `hay`.
fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn no_metadata_in_any_published_picture() {
    let site = gallery_site();
    // The source really carries what must not be published.
    let source = std::fs::read(site.root().join("content/news/kick-off/pagriezts.jpg")).unwrap();
    assert!(contains(&source, b"Exif\0\0") && contains(&source, b"HeraldCam SN-4711"));
    site.build(&[]);
    let files = snapshot(&site.out());
    let mut checked = 0;
    for (name, bytes) in &files {
        assert!(
            !contains(bytes, b"HeraldCam") && !contains(bytes, b"SN-4711"),
            "{name} carries the camera serial"
        );
        if name.ends_with(".webp") {
            checked += 1;
            assert!(
                !contains(bytes, b"EXIF") && !contains(bytes, b"XMP ") && !contains(bytes, b"ICCP"),
                "{name} has a metadata chunk"
            );
        }
        if name.ends_with(".jpg") {
            checked += 1;
            // No APP1 (EXIF, XMP) or APP13 (IPTC) segment among the markers before the image.
            let mut i = 2;
            while i + 4 <= bytes.len() && bytes[i] == 0xFF && bytes[i + 1] != 0xDA {
                assert!(
                    bytes[i + 1] != 0xE1 && bytes[i + 1] != 0xED,
                    "{name} has metadata (marker FF{:02X})",
                    bytes[i + 1]
                );
                i += 2 + u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]) as usize;
            }
            assert!(!contains(bytes, b"Exif\0"), "{name}");
        }
        if name.ends_with(".png") {
            checked += 1;
            assert!(
                !contains(bytes, b"eXIf") && !contains(bytes, b"tEXt") && !contains(bytes, b"iTXt"),
                "{name} has a metadata chunk"
            );
        }
    }
    assert!(checked >= 30, "{checked}");
}

#[test]
fn html_has_srcset_sizes_dimensions_and_lazy_loading() {
    let site = gallery_site();
    site.build(&[]);
    let doc = site.html("lv/jaunumi/camp/galerija/index.html");
    let sources = select(&doc, ".gallery-grid picture source");
    assert_eq!(sources.len(), 10);
    for s in &sources {
        assert_eq!(s.value().attr("type"), Some("image/webp"));
        assert!(s.value().attr("srcset").unwrap().ends_with(" 64w"));
        assert!(s.value().attr("sizes").unwrap().contains("vw"));
    }
    let imgs = select(&doc, ".gallery-grid picture img");
    for img in &imgs {
        assert_eq!(img.value().attr("width"), Some("64"));
        assert_eq!(img.value().attr("height"), Some("48"));
    }
    // The first row loads at once, the rest when scrolled to.
    let loading: Vec<Option<&str>> = imgs.iter().map(|i| i.value().attr("loading")).collect();
    assert_eq!(&loading[..4], [None, None, None, None]);
    assert!(loading[4..].iter().all(|l| *l == Some("lazy")));

    // A plain Markdown image goes through the same pipeline; a link to a picture leads to
    // its largest processed version.
    let item = site.html("lv/jaunumi/kick-off/index.html");
    let body_img = select(&item, ".content picture img");
    assert_eq!(body_img.len(), 1);
    let v = body_img[0].value();
    assert_eq!(v.attr("alt"), Some("Semināra dalībnieki pie galda"));
    assert_eq!(v.attr("loading"), Some("lazy"));
    assert_eq!(
        (v.attr("width"), v.attr("height")),
        (Some("1600"), Some("1200"))
    );
    let srcset = attr(&item, ".content picture source", "srcset");
    assert_eq!(srcset[0].matches(".webp ").count(), 3, "{}", srcset[0]);
    let link = attr(&item, ".content a", "href");
    assert!(
        link.iter()
            .any(|h| h.starts_with("/octopus/img/logo.") && h.ends_with(".800.webp")),
        "{link:?}"
    );
}

fn build_output(site: &Site) -> String {
    site.build(&[])
}

#[test]
fn second_build_does_no_image_work() {
    let site = gallery_site();
    let first = build_output(&site);
    assert!(
        first.contains("Pictures: 14 (14 processed, 0 from the cache in .herald-cache)"),
        "{first}"
    );
    let before = snapshot(&site.out());
    // --force: a real build through the cache, not the "nothing changed" shortcut.
    let second = site.build(&["--force"]);
    assert!(
        second.contains("Pictures: 14 (0 processed, 14 from the cache"),
        "{second}"
    );
    assert_eq!(snapshot(&site.out()), before, "a rebuild changes nothing");

    // One picture changes: only it is processed again; its old cache files are pruned.
    let cache = site.root().join(".herald-cache/images");
    let count = || std::fs::read_dir(&cache).unwrap().count();
    let files_before = count();
    std::fs::write(
        site.root().join("content/news/visit/v.jpg"),
        jpeg(&photo(1200, 800, 9)),
    )
    .unwrap();
    let third = build_output(&site);
    assert!(
        third.contains("Pictures: 14 (1 processed, 13 from the cache"),
        "{third}"
    );
    assert_eq!(count(), files_before);

    // Other settings are other cache entries; the cache folder can be moved (CI keeps it).
    let yaml = std::fs::read_to_string(site.root().join("site.yaml")).unwrap()
        + "images:\n  widths: [320, 640]\n  quality: 70\n  cache_dir: ci-cache\n";
    std::fs::write(site.root().join("site.yaml"), yaml).unwrap();
    let fourth = build_output(&site);
    assert!(
        fourth.contains("Pictures: 14 (14 processed, 0 from the cache in ci-cache)"),
        "{fourth}"
    );
    let doc = site.html("lv/jaunumi/kick-off/galerija/index.html");
    assert!(attr(&doc, "source", "srcset")[0].ends_with(" 640w"));
    let fifth = site.build(&["--force"]);
    assert!(
        fifth.contains("(0 processed, 14 from the cache in ci-cache)"),
        "{fifth}"
    );
}

#[test]
fn a_damaged_cache_file_is_noticed_and_made_again() {
    let site = gallery_site();
    build_output(&site);
    let good = snapshot(&site.out());
    let cache = site.root().join(".herald-cache/images");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "webp" || x == "jpg"))
        .collect();
    files.sort();
    // One file cut short (a full disk, an interrupted copy of the CI cache), one with a
    // flipped byte in the middle, one deleted: their pictures are processed again.
    let whole = std::fs::read(&files[0]).unwrap();
    std::fs::write(&files[0], &whole[..whole.len() / 3]).unwrap();
    let mut damaged = std::fs::read(&files[1]).unwrap();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0x55;
    std::fs::write(&files[1], &damaged).unwrap();
    std::fs::remove_file(&files[2]).unwrap();
    let keys: BTreeSet<&str> = files[..3]
        .iter()
        .map(|f| {
            f.file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .split('.')
                .next()
                .unwrap()
        })
        .collect();
    // --force: with the inputs and the output unchanged a build would not look at the cache.
    let again = site.build(&["--force"]);
    let n = keys.len();
    assert!(
        again.contains(&format!(
            "Pictures: 14 ({n} processed, {} from the cache",
            14 - n
        )),
        "{again}"
    );
    // The output is what it was, byte for byte, and so is the cache.
    assert_eq!(snapshot(&site.out()), good);
    assert_eq!(std::fs::read(&files[0]).unwrap(), whole);
    assert!(files[2].is_file());
    // A cache entry written before files had hashes is made again once, then kept.
    let metas: Vec<PathBuf> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "meta"))
        .collect();
    let meta = std::fs::read_to_string(&metas[0]).unwrap();
    assert!(meta.lines().count() > 1, "{meta}");
    std::fs::write(&metas[0], meta.lines().next().unwrap()).unwrap();
    let forced = || site.build(&["--force"]);
    assert!(forced().contains("Pictures: 14 (1 processed, 13 from the cache"));
    assert!(forced().contains("Pictures: 14 (0 processed, 14 from the cache"));
    assert_eq!(snapshot(&site.out()), good);
}

#[test]
fn the_viewer_and_videos_work_without_javascript() {
    let site = gallery_site();
    site.build(&[]);
    let html = site.read("lv/jaunumi/kick-off/galerija/index.html");
    let doc = site.html("lv/jaunumi/kick-off/galerija/index.html");
    // Every thumbnail is a plain link to a published large picture.
    let links = select(&doc, ".gallery-grid a.gallery-link");
    assert_eq!(links.len(), 3);
    for a in &links {
        let href = a.value().attr("href").unwrap();
        assert!(
            site.out()
                .join(href.trim_start_matches("/octopus/"))
                .is_file(),
            "{href}"
        );
        assert_eq!(select(&doc, "a.gallery-link img").len(), 3);
    }
    // The viewer is added by a deferred script; its texts are in the page's language.
    assert_eq!(attr(&doc, "script[defer]", "src"), ["/octopus/gallery.js"]);
    assert!(site.out().join("gallery.js").is_file());
    let js = site.read("gallery.js");
    for must in [
        "showModal",
        "Escape",
        "ArrowRight",
        "ArrowLeft",
        "Tab",
        ".focus()",
    ] {
        assert!(js.contains(must), "gallery.js lacks {must}");
    }
    assert!(
        !html.contains("<dialog"),
        "no viewer markup without JavaScript"
    );
    let grid = &select(&doc, "[data-lightbox]")[0];
    assert_eq!(grid.value().attr("data-close"), Some("Aizvērt"));
    assert_eq!(grid.value().attr("data-next"), Some("Nākamais attēls"));
    assert_eq!(
        grid.value().attr("data-position"),
        Some("Attēls {n} no {total}")
    );
    let lt = site.html("lt/naujienos/atidarymo-seminaras/galerija/index.html");
    assert_eq!(
        select(&lt, "[data-lightbox]")[0].value().attr("data-close"),
        Some("Uždaryti")
    );

    // Videos: nothing is loaded from YouTube or Vimeo before a click. The poster is a plain
    // link to the video's page; the privacy-friendly player address waits in data-embed.
    assert!(!html.contains("<iframe"));
    for tag in select(&doc, "[src]") {
        let src = tag.value().attr("src").unwrap();
        assert!(src.starts_with("/octopus/"), "third-party request: {src}");
    }
    assert_eq!(
        attr(&doc, "a.video-poster", "href"),
        [
            "https://www.youtube.com/watch?v=abcDEF12345",
            "https://vimeo.com/76979871"
        ]
    );
    assert_eq!(
        attr(&doc, "a.video-poster", "data-embed"),
        [
            "https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1",
            "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1"
        ]
    );
    assert_eq!(
        attr(&doc, "a.video-poster", "aria-label"),
        [
            "Atskaņot video: Semināra video",
            "Atskaņot video: Intervija"
        ]
    );
    assert_eq!(
        texts(&doc, "a.video-link"),
        ["Skatīties vietnē YouTube", "Skatīties vietnē Vimeo"]
    );
}

#[test]
fn local_videos_play_in_a_video_element_with_a_poster() {
    let mut files = gallery_files();
    files.insert(
        "content/news/visit/index.lv.md",
        "---\ntitle: Pieredzes vizīte\ndate: 2021-02-20\ngallery:\n  - {image: v.jpg, alt: Vizītes dalībnieki}\n  - {video: klips.mp4, title: Īss klips, poster: v.jpg}\n---\nVizīte.\n".into(),
    );
    let site = Site::new(&files);
    write_pictures(&site);
    std::fs::write(
        site.root().join("content/news/visit/klips.mp4"),
        b"\0\0\0\x18ftypmp42",
    )
    .unwrap();
    site.build(&[]);
    let doc = site.html("lv/jaunumi/visit/galerija/index.html");
    let video = &select(&doc, "figure.video video")[0];
    assert!(video.value().attr("controls").is_some());
    assert_eq!(
        video.value().attr("src"),
        Some("/octopus/lv/jaunumi/visit/klips.mp4")
    );
    assert!(video.value().attr("poster").unwrap().ends_with(".960.jpg"));
    assert!(site.out().join("lv/jaunumi/visit/klips.mp4").is_file());
    assert_eq!(
        texts(&doc, ".page-header .meta")[0],
        "2021. gada 20. februārī · 1 fotogrāfija, 1 video"
    );
}

/// Builds once with good input, then with `path` replaced by `text`: the build fails with a
/// message containing every one of `expected`, and the previous output is untouched.
fn fails_keeping_output(path: &str, text: &str, extra: &[(&str, &[u8])], expected: &[&str]) {
    let site = gallery_site();
    site.build(&[]);
    let before = snapshot(&site.out());
    site.write(path, text);
    for (p, bytes) in extra {
        std::fs::write(site.root().join(p), bytes).unwrap();
    }
    let err = site.build_fails();
    for e in expected {
        assert!(err.contains(e), "expected {e:?} in:\n{err}");
    }
    assert!(err.contains("hint:"), "{err}");
    assert_eq!(snapshot(&site.out()), before, "the previous output changed");
}

#[test]
fn a_missing_picture_names_file_and_line() {
    fails_keeping_output(
        "content/news/visit/index.lv.md",
        "---\ntitle: Vizīte\ndate: 2021-02-20\ngallery:\n  - {image: v.jpg, alt: Dalībnieki}\n  - {image: nav.jpg, alt: Nav}\n---\n",
        &[],
        &["content/news/visit/index.lv.md:6: error: the gallery picture `nav.jpg` does not exist"],
    );
}

#[test]
fn a_corrupt_picture_names_file_and_line() {
    fails_keeping_output(
        "content/news/visit/index.lv.md",
        "---\ntitle: Vizīte\ndate: 2021-02-20\ngallery:\n  - {image: v.jpg, alt: Dalībnieki}\n  - {image: bojats.jpg, alt: Bojāts}\n---\n",
        &[("content/news/visit/bojats.jpg", b"\xFF\xD8\xFF\xE0 this is not really a JPEG")],
        &[
            "content/news/visit/index.lv.md:6: error: the picture content/news/visit/bojats.jpg cannot be used",
            "save it again",
        ],
    );
    // A text file named .png, used in the Markdown text: file, line and column.
    fails_keeping_output(
        "content/news/visit/index.lv.md",
        "---\ntitle: Vizīte\ndate: 2021-02-20\n---\nTeksts.\n\nSk. ![Shēma](shema.png)\n",
        &[("content/news/visit/shema.png", b"hello")],
        &["content/news/visit/index.lv.md:7:5: error: the picture content/news/visit/shema.png cannot be used"],
    );
}

#[test]
fn a_path_leaving_the_site_folder_is_refused() {
    fails_keeping_output(
        "content/news/visit/index.lv.md",
        "---\ntitle: Vizīte\ndate: 2021-02-20\ngallery:\n  - {image: ../../../../../etc/x.jpg, alt: X}\n---\n",
        &[],
        &["content/news/visit/index.lv.md:5: error: the gallery picture `../../../../../etc/x.jpg` is outside the site folder"],
    );
    fails_keeping_output(
        "content/news/visit/index.lv.md",
        "---\ntitle: Vizīte\ndate: 2021-02-20\ncover: ../../../../x.jpg\n---\n",
        &[],
        &["content/news/visit/index.lv.md:4: error: the cover picture `../../../../x.jpg` is outside the site folder"],
    );
}

#[test]
fn a_picture_without_alt_text_in_some_language_is_an_error() {
    // The Lithuanian file lists the pictures but one has no alt text.
    fails_keeping_output(
        "content/news/kick-off/index.lt.md",
        "---\ntitle: Seminaras\nslug: atidarymo-seminaras\ngallery:\n  - {image: pagriezts.jpg, alt: Laukas}\n  - {image: zale.jpg, caption: Be aprašymo}\n  - {image: logo.png, alt: Logotipas}\n---\n",
        &[],
        &["content/news/kick-off/index.lt.md:6: error: the gallery picture `zale.jpg` has no alt text in `lt`"],
    );
    // A translation without any gallery texts: all pictures are named.
    fails_keeping_output(
        "content/news/camp/index.lt.md",
        "---\ntitle: Stovykla\n---\nStovykla.\n",
        &[],
        &[
            "content/news/camp/index.lt.md:2: error: the gallery pictures `b01.jpg`",
            "`b10.jpg` have no alt text in `lt`",
        ],
    );
    // In the default language.
    fails_keeping_output(
        "content/news/visit/index.lv.md",
        "---\ntitle: Vizīte\ndate: 2021-02-20\ngallery:\n  - image: v.jpg\n    caption: Bez apraksta\n---\n",
        &[],
        &["content/news/visit/index.lv.md:5: error: the gallery picture `v.jpg` has no alt text in `lv`"],
    );
    // A Markdown image without alt text.
    fails_keeping_output(
        "content/news/visit/index.lv.md",
        "---\ntitle: Vizīte\ndate: 2021-02-20\n---\nTeksts.\n\n![](v.jpg)\n",
        &[],
        &["content/news/visit/index.lv.md:7:1: error: the picture `v.jpg` has no alt text"],
    );
}

/// The kick-off item's gallery kept in one place, in the Latvian file: every language's texts
/// beside each picture (as the browser editor writes it).
const ONE_PLACE_LV: &str = "---
title: Projekta atklāšanas seminārs
date: 2020-09-15
gallery:
  - type: image
    image: zale.jpg
    alt: {lv: Dalībnieki klausās prezentāciju zālē, lt: Dalyviai klausosi pristatymo salėje}
    caption:
      lv: Seminārs Jelgavā
      lt: Seminaras Jelgavoje
  - {type: image, image: logo.png, alt: {lv: Projekta logotips, lt: Projekto logotipas}}
  - type: image
    image: pagriezts.jpg
    alt:
      lv: Sarkans un zils laukums
      lt: Raudonas ir mėlynas laukas
    caption: {lv: Uzņemts ar pagrieztu kameru}
  - {video: \"https://www.youtube.com/watch?v=abcDEF12345\", title: {lv: Semināra video, lt: Seminaro vaizdo įrašas}}
  - {video: \"https://vimeo.com/76979871\", title: {lv: Intervija}}
---
Seminārā piedalījās dalībnieki.
";

/// What the gallery page of `path` shows: alt texts, captions, video titles (and their lang).
fn shown(site: &Site, path: &str) -> Vec<Vec<String>> {
    let doc = site.html(path);
    let titles = select(&doc, ".video-embed figcaption span");
    vec![
        attr(&doc, ".gallery-grid a.gallery-link img", "alt"),
        texts(&doc, ".gallery-grid figure:not(.video) figcaption"),
        titles.iter().map(text).collect(),
        titles
            .iter()
            .map(|t| t.value().attr("lang").unwrap_or("").to_string())
            .collect(),
    ]
}

#[test]
fn a_gallery_kept_in_one_place_gives_each_language_its_texts() {
    let site = gallery_site();
    site.build(&[]);
    let lv_page = "lv/jaunumi/kick-off/galerija/index.html";
    let lt_page = "lt/naujienos/atidarymo-seminaras/galerija/index.html";
    // Written one gallery per language (strings), as before.
    let (lv_before, lt_before) = (shown(&site, lv_page), shown(&site, lt_page));
    assert_eq!(lt_before[0][0], "Dalyviai klausosi pristatymo salėje");

    // The same texts kept per language in the Latvian file; the Lithuanian file lists no
    // gallery: both pages show what they showed.
    site.write("content/news/kick-off/index.lv.md", ONE_PLACE_LV);
    site.write(
        "content/news/kick-off/index.lt.md",
        "---\ntitle: Projekto atidarymo seminaras\nslug: atidarymo-seminaras\n---\nSeminare dalyvavo dalyviai.\n",
    );
    site.build(&[]);
    assert_eq!(shown(&site, lv_page), lv_before);
    assert_eq!(shown(&site, lt_page), lt_before);

    // The same gallery copied into the Lithuanian file (as the editor saves it): the same.
    let lt_copy = ONE_PLACE_LV.replace(
        "title: Projekta atklāšanas seminārs\ndate: 2020-09-15",
        "title: Projekto atidarymo seminaras\nslug: atidarymo-seminaras",
    );
    site.write("content/news/kick-off/index.lt.md", &lt_copy);
    site.build(&[]);
    assert_eq!(shown(&site, lt_page), lt_before);
    // `check` says nothing of the item (the fixture's other pages have their own findings).
    let out = site.herald(&["check"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        !said.contains("kick-off/index.lt.md") && !said.contains("H012"),
        "{said}"
    );

    // A site mixing both forms: the Latvian file's text per language first, else the
    // Lithuanian file's own (a string).
    site.write(
        "content/news/kick-off/index.lv.md",
        &ONE_PLACE_LV.replace(
            "alt: {lv: Projekta logotips, lt: Projekto logotipas}",
            "alt: {lv: Projekta logotips}",
        ),
    );
    site.write(
        "content/news/kick-off/index.lt.md",
        "---\ntitle: Projekto atidarymo seminaras\nslug: atidarymo-seminaras\ngallery:\n  - {image: zale.jpg, alt: Senas aprašymas}\n  - {image: logo.png, alt: Kitas logotipo aprašymas}\n---\nTekstas.\n",
    );
    site.build(&[]);
    assert_eq!(
        shown(&site, lt_page)[0],
        [
            "Dalyviai klausosi pristatymo salėje",
            "Kitas logotipo aprašymas",
            "Raudonas ir mėlynas laukas"
        ]
    );
}

#[test]
fn a_language_missing_from_a_gallery_text_is_named_at_its_line() {
    // Kept in the Latvian file, without the Lithuanian alt text of the second picture: said
    // at that picture's line in the Latvian file, for `lt`.
    let lv = ONE_PLACE_LV.replace(
        "alt: {lv: Projekta logotips, lt: Projekto logotipas}",
        "alt: {lv: Projekta logotips}",
    );
    let site = gallery_site();
    site.write("content/news/kick-off/index.lv.md", &lv);
    site.write(
        "content/news/kick-off/index.lt.md",
        "---\ntitle: Seminaras\nslug: atidarymo-seminaras\n---\nTekstas.\n",
    );
    let err = site.build_fails();
    assert!(
        err.contains("content/news/kick-off/index.lv.md:11: error: the gallery picture `logo.png` has no alt text in `lt`"),
        "{err}"
    );
    assert!(err.contains("alt: {lt: ...}"), "{err}");
    // Without the Latvian one: said for `lv`, at the same line.
    site.write(
        "content/news/kick-off/index.lv.md",
        &ONE_PLACE_LV.replace(
            "alt: {lv: Projekta logotips, lt: Projekto logotipas}",
            "alt: {lt: Projekto logotipas}",
        ),
    );
    let err = site.build_fails();
    assert!(err.contains("index.lv.md:11"), "{err}");
    assert!(err.contains("`logo.png` has no alt text in `lv`"), "{err}");
}

#[test]
fn a_gallery_text_in_a_language_the_site_does_not_have_is_an_error() {
    fails_keeping_output(
        "content/news/kick-off/index.lv.md",
        &ONE_PLACE_LV.replace(
            "      lt: Raudonas ir mėlynas laukas\n",
            "      lt: Raudonas ir mėlynas laukas\n      ee: Punane ja sinine väli\n",
        ),
        &[],
        &[
            "content/news/kick-off/index.lv.md:17: error",
            "gallery entry 3: `ee` in its `alt` is not one of the site's languages (lv, lt)",
        ],
    );
}

#[test]
fn an_unknown_video_host_names_file_and_line() {
    fails_keeping_output(
        "content/news/visit/index.lv.md",
        "---\ntitle: Vizīte\ndate: 2021-02-20\ngallery:\n  - {image: v.jpg, alt: Dalībnieki}\n  - {video: \"https://www.dailymotion.com/video/x7\", title: Video}\n---\n",
        &[],
        &["content/news/visit/index.lv.md:6: error: the video `https://www.dailymotion.com/video/x7` is neither a YouTube or Vimeo address"],
    );
}

#[test]
fn a_translation_cannot_add_pictures() {
    fails_keeping_output(
        "content/news/kick-off/index.lt.md",
        "---\ntitle: Seminaras\ngallery:\n  - {image: pagriezts.jpg, alt: Laukas}\n  - {image: zale.jpg, alt: Salė}\n  - {image: logo.png, alt: Logotipas}\n  - {image: v.jpg, alt: Kita}\n---\n",
        &[],
        &["content/news/kick-off/index.lt.md:7: error: `v.jpg` is not in the gallery of content/news/kick-off/index.lv.md"],
    );
}

#[test]
fn bad_image_settings_are_explained() {
    let mut files = fixture_files();
    let yaml = files["site.yaml"].clone() + "images:\n  widht: [480]\n";
    files.insert("site.yaml", yaml);
    let err = Site::new(&files).build_fails();
    assert!(
        err.contains("`widht` is not a key herald knows here"),
        "{err}"
    );
    assert!(err.contains("did you mean `widths`?"), "{err}");

    let mut files = fixture_files();
    let yaml = files["site.yaml"].clone() + "images:\n  quality: 0\n  widths: []\n";
    files.insert("site.yaml", yaml);
    let err = Site::new(&files).build_fails();
    assert!(
        err.contains("images.quality 0 is not between 1 and 100"),
        "{err}"
    );
    assert!(err.contains("images.widths [] must list widths"), "{err}");
}

#[test]
fn a_12000_px_original_works_within_the_memory_bound() {
    let mut files = fixture_files();
    files.insert(
        "content/news/panorama/index.lv.md",
        "---\ntitle: Panorāma\ndate: 2021-05-05\ngallery:\n  - {image: panorama.jpg, alt: Pilsētas panorāma}\n---\n".into(),
    );
    let site = Site::new(&files);
    // 12 000 × 6 000 px: 216 MB of pixels once decoded (scaled up from a small photo, which
    // is quicker than drawing every pixel).
    let big = image::imageops::resize(
        &photo(600, 300, 5),
        12_000,
        6_000,
        image::imageops::FilterType::Triangle,
    );
    std::fs::write(
        site.root().join("content/news/panorama/panorama.jpg"),
        jpeg(&big),
    )
    .unwrap();
    let (run, peak_mb) = common::output_and_peak_mb(
        std::process::Command::new(env!("CARGO_BIN_EXE_herald"))
            .env("HERALD_LANG", "en")
            .arg("build")
            .arg("--root")
            .arg(site.root()),
    );
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(out.contains("Pictures: 1 (1 processed"), "{out}");
    let doc = site.html("lv/jaunumi/panorama/galerija/index.html");
    let large = &attr(&doc, "a.gallery-link", "href")[0];
    assert_eq!(dims(&site, large), (1600, 800));
    // The decoded picture plus the resizer's buffers, never a second full copy.
    let peak_mb = peak_mb.expect("herald reports its peak memory");
    assert!(peak_mb < 216 + 200, "peak memory {peak_mb} MB");
}

#[test]
fn pictures_outside_galleries_need_no_alt_in_front_matter_and_static_pictures_work() {
    let mut files = fixture_files();
    files.insert(
        "content/news/visit/index.lv.md",
        "---\ntitle: Vizīte\ndate: 2021-02-20\ncover: /foto/vaks.jpg\n---\n![Zemgales karte](/foto/karte.png)\n".into(),
    );
    let site = Site::new(&files);
    std::fs::create_dir_all(site.root().join("static/foto")).unwrap();
    std::fs::write(
        site.root().join("static/foto/vaks.jpg"),
        jpeg(&photo(640, 480, 2)),
    )
    .unwrap();
    let karte = RgbaImage::from_pixel(100, 50, Rgba([10, 20, 30, 255]));
    std::fs::write(site.root().join("static/foto/karte.png"), png_rgba(&karte)).unwrap();
    site.build(&[]);
    let item = site.html("lv/jaunumi/visit/index.html");
    // A cover that is in no gallery is decorative.
    assert_eq!(attr(&item, "figure.cover img", "alt"), [""]);
    assert_eq!(attr(&item, "figure.cover img", "width"), ["640"]);
    assert_eq!(attr(&item, ".content img", "alt"), ["Zemgales karte"]);
    assert_eq!(attr(&item, ".content img", "width"), ["100"]);
    // No gallery, so no gallery page and no index.
    assert!(!site.out().join("lv/galerija").exists());
    assert!(!Path::new(&site.out().join("lv/jaunumi/visit/galerija")).exists());
    let _ = DynamicImage::new_rgb8(1, 1);
}

/// CRC-32 of a PNG chunk's type and data (the chunk's checksum).
fn png_crc(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A tiny PNG whose header says `w` × `h` px (a decompression bomb's header; its data is a
/// 1 × 1 picture's).
fn png_claiming(w: u32, h: u32) -> Vec<u8> {
    let mut png = png_rgba(&RgbaImage::from_pixel(1, 1, Rgba([1, 2, 3, 255])));
    // Signature (8), IHDR length (4), "IHDR" (4), width, height, ..., CRC after 13 bytes.
    png[16..20].copy_from_slice(&w.to_be_bytes());
    png[20..24].copy_from_slice(&h.to_be_bytes());
    let crc = png_crc(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
}

/// A tiny JPEG whose frame header says `w` × `h` px.
fn jpeg_claiming(w: u16, h: u16) -> Vec<u8> {
    let mut j = jpeg(&photo(8, 8, 1));
    let sof = j
        .windows(2)
        .position(|m| m == [0xFF, 0xC0])
        .expect("a baseline frame header");
    j[sof + 5..sof + 7].copy_from_slice(&h.to_be_bytes());
    j[sof + 7..sof + 9].copy_from_slice(&w.to_be_bytes());
    j
}

#[test]
fn a_picture_announcing_more_pixels_than_herald_decodes_is_refused_before_decoding() {
    let cases: [(&str, Vec<u8>); 2] = [
        ("bumba.png", png_claiming(30_000, 30_000)),
        ("bumba.jpg", jpeg_claiming(30_000, 30_000)),
    ];
    for (name, bytes) in cases {
        assert!(bytes.len() < 2000, "{name} is {} bytes", bytes.len());
        // In a gallery (front-matter line), as a cover, and in the text (line and column).
        let uses = [
            (
                format!("---\ntitle: Vizīte\ndate: 2021-02-20\ngallery:\n  - {{image: v.jpg, alt: D}}\n  - {{image: {name}, alt: Bumba}}\n---\n"),
                "content/news/visit/index.lv.md:6: error:".to_string(),
            ),
            (
                format!("---\ntitle: Vizīte\ndate: 2021-02-20\ncover: {name}\n---\nTeksts.\n"),
                "content/news/visit/index.lv.md:4: error:".to_string(),
            ),
            (
                format!("---\ntitle: Vizīte\ndate: 2021-02-20\n---\nTeksts.\n\nSk. ![Bumba]({name})\n"),
                "content/news/visit/index.lv.md:7:5: error:".to_string(),
            ),
        ];
        for (text, at) in &uses {
            fails_keeping_output(
                "content/news/visit/index.lv.md",
                text,
                &[(&format!("content/news/visit/{name}"), &bytes)],
                &[
                    at.as_str(),
                    &format!("the picture content/news/visit/{name} cannot be used"),
                    "30000 × 30000 px",
                    "export a smaller copy",
                ],
            );
        }
        // Refused from the header: no 2.7 GB of pixels decoded first (measured by herald's
        // peak memory, which load on the machine does not change, unlike time).
        let site = gallery_site();
        site.write("content/news/visit/index.lv.md", &uses[0].0);
        std::fs::write(
            site.root().join(format!("content/news/visit/{name}")),
            &bytes,
        )
        .unwrap();
        let (run, peak_mb) = common::output_and_peak_mb(
            std::process::Command::new(env!("CARGO_BIN_EXE_herald"))
                .env("HERALD_LANG", "en")
                .arg("build")
                .arg("--root")
                .arg(site.root()),
        );
        assert_eq!(run.status.code(), Some(1), "{name}");
        let peak_mb = peak_mb.expect("herald reports its peak memory");
        assert!(peak_mb < 300, "{name}: peak memory {peak_mb} MB");
    }
}

#[test]
fn check_refuses_a_decompression_bomb_with_its_code() {
    let mut files = fixture_files();
    files.insert(
        "content/news/visit/index.lv.md",
        "---\ntitle: Vizīte\ndate: 2021-02-20\n---\n![Bumba](bumba.png)\n".into(),
    );
    let site = Site::new(&files);
    std::fs::write(
        site.root().join("content/news/visit/bumba.png"),
        png_claiming(40_000, 40_000),
    )
    .unwrap();
    let out = site.herald(&["check"]);
    let all =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(all.contains("content/news/visit/index.lv.md:5:1"), "{all}");
    assert!(all.contains("H016"), "{all}");
    assert!(all.contains("40000 × 40000 px"), "{all}");
}

fn webp_lossless(img: &RgbaImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut out)
        .write_image(
            img.as_raw(),
            img.width(),
            img.height(),
            image::ExtendedColorType::Rgba8,
        )
        .unwrap();
    out
}

#[test]
fn a_picture_cut_short_is_an_error_in_every_format() {
    let rgba = |w, h| {
        let p = photo(w, h, 4);
        RgbaImage::from_fn(w, h, |x, y| {
            let c = p.get_pixel(x, y);
            Rgba([c[0], c[1], c[2], 255])
        })
    };
    let whole: [(&str, Vec<u8>); 3] = [
        ("griezts.jpg", jpeg(&photo(600, 400, 4))),
        ("griezts.png", png_rgba(&rgba(300, 200))),
        ("griezts.webp", webp_lossless(&rgba(300, 200))),
    ];
    for (name, bytes) in whole {
        let third = &bytes[..bytes.len() / 3];
        fails_keeping_output(
            "content/news/visit/index.lv.md",
            &format!("---\ntitle: Vizīte\ndate: 2021-02-20\ngallery:\n  - {{image: v.jpg, alt: D}}\n  - {{image: {name}, alt: Griezts}}\n---\n"),
            &[(&format!("content/news/visit/{name}"), third)],
            &[
                "content/news/visit/index.lv.md:6: error:",
                &format!("the picture content/news/visit/{name} cannot be used"),
                "save it again",
            ],
        );
    }
}

/// The browser editor writes each entry's kind (`type: image`, `type: video`): herald reads
/// it, `check --strict` says nothing of it, and the pages are those of the same gallery
/// without it.
#[test]
fn the_type_the_editor_writes_is_read() {
    let site = gallery_site();
    let typed = |path: &str| {
        let text = std::fs::read_to_string(site.root().join(path)).unwrap();
        let text = text
            .replace("  - image: ", "  - type: image\n    image: ")
            .replace("  - {image: ", "  - {type: image, image: ")
            .replace("  - {video: ", "  - {type: video, video: ");
        site.write(path, &text);
        text
    };
    let lv = typed("content/news/kick-off/index.lv.md");
    let lt = typed("content/news/kick-off/index.lt.md");
    assert!(
        lv.contains("type: image\n    image: zale.jpg") && lt.contains("{type: video, video:"),
        "{lv}{lt}"
    );
    // The same findings as without `type` (this site has a few of its own), the same pages.
    let plain = gallery_site();
    let findings = |site: &Site| {
        let out = site.herald(&["check", "--strict"]);
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr)
    };
    let said = findings(&site);
    assert_eq!(said, findings(&plain));
    assert!(!said.contains("type"), "{said}");
    site.build(&[]);
    plain.build(&[]);
    let page = "lt/naujienos/atidarymo-seminaras/index.html";
    let read = |site: &Site| std::fs::read_to_string(site.out().join(page)).unwrap();
    assert_eq!(read(&site), read(&plain));
}

#[test]
fn a_type_that_does_not_say_what_the_entry_is_is_an_error() {
    fails_keeping_output(
        "content/news/visit/index.lv.md",
        "---\ntitle: Vizīte\ndate: 2021-02-20\ngallery:\n  - {type: image, image: v.jpg, alt: Dalībnieki}\n  - type: video\n    image: v.jpg\n    alt: Otrreiz\n---\n",
        &[],
        &["content/news/visit/index.lv.md:6: error: gallery entry 2 has `type: video`"],
    );
    fails_keeping_output(
        "content/news/visit/index.lv.md",
        "---\ntitle: Vizīte\ndate: 2021-02-20\ngallery:\n  - {type: photo, image: v.jpg, alt: Dalībnieki}\n---\n",
        &[],
        &["content/news/visit/index.lv.md:5: error: gallery entry 1 has `type: photo`"],
    );
}

/// The default language decides the order: a translation listing the same pictures in
/// another order (as the browser editor saves it after a picture is moved in the default
/// language) is not a mismatch (its page shows the default language's order, as
/// `gallery_pages_in_both_languages` finds).
#[test]
fn a_translation_in_another_order_follows_the_default_language() {
    let site = gallery_site();
    let reversed: String = (1..=10)
        .rev()
        .map(|i| format!("  - {{image: b{i:02}.jpg, alt: Vaikai stovykloje – nuotrauka {i}}}\n"))
        .collect();
    site.write(
        "content/news/camp/index.lt.md",
        &format!("---\ntitle: Vasaros stovykla\nslug: vasaros-stovykla\ngallery:\n{reversed}---\nStovykla.\n"),
    );
    let out = site.herald(&["check", "--strict"]);
    let said =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(!said.contains("camp/index.lt.md"), "{said}");
    // Without a picture of the default language's gallery, it still is one.
    site.write(
        "content/news/camp/index.lt.md",
        &format!(
            "---\ntitle: Vasaros stovykla\nslug: vasaros-stovykla\ngallery:\n{}---\nStovykla.\n",
            reversed.replace(
                "  - {image: b01.jpg, alt: Vaikai stovykloje – nuotrauka 1}\n",
                ""
            )
        ),
    );
    let out = site.herald(&["check", "--strict"]);
    let said =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("content/news/camp/index.lt.md"), "{said}");
}
