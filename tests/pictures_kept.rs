//! Pictures are not cut: covers, cards and gallery thumbnails keep their proportions by
//! default; an author's focal point (`cover_position`, a gallery entry's `position`) lets a
//! picture fill its frame around that point; a focal point herald does not understand is an
//! error at its line.

use crate::common;

use common::{attr, fixture_files, Site};

fn site_with(front: &str) -> Site {
    let mut files = fixture_files();
    files.insert(
        "content/news/kick-off/index.lv.md",
        format!(
            "---\ntitle: Projekta atklāšanas seminārs\ndate: 2020-09-15\n{front}---\nTeksts.\n"
        ),
    );
    files.insert(
        "content/news/kick-off/index.lt.md",
        "---\ntitle: Projekto atidarymo seminaras\nslug: atidarymo-seminaras\ngallery:\n  - image: group.jpg\n    alt: Grupė\n  - image: portrait.jpg\n    alt: Portretas\n---\nTekstas.\n".into(),
    );
    let site = Site::new(&files);
    std::fs::write(
        site.root().join("content/news/kick-off/group.jpg"),
        common::jpeg(90, 30),
    )
    .unwrap();
    std::fs::write(
        site.root().join("content/news/kick-off/portrait.jpg"),
        common::jpeg(30, 90),
    )
    .unwrap();
    site
}

/// The declarations of the stylesheet rule whose selector list is exactly `selector`.
fn rule(css: &str, selector: &str) -> String {
    let at = css
        .find(&format!("\n{selector} {{"))
        .unwrap_or_else(|| panic!("no rule {selector}"));
    let rest = &css[at..];
    rest[rest.find('{').unwrap() + 1..rest.find('}').unwrap()].to_string()
}

#[test]
fn covers_cards_and_thumbnails_keep_their_proportions_by_default() {
    let site = site_with("gallery:\n  - image: group.jpg\n    alt: Grupa\n  - image: portrait.jpg\n    alt: Portrets\n");
    site.build(&[]);
    let css = site.read("style.css");
    for selector in [
        ".cover img",
        ".card-cover img",
        ".gallery-grid img, .gallery-index img",
    ] {
        let r = rule(&css, selector);
        assert!(r.contains("object-fit: contain"), "{selector}: {r}");
        assert!(!r.contains("object-fit: cover"), "{selector}: {r}");
    }
    let item = site.html("lv/jaunumi/kick-off/index.html");
    assert!(attr(&item, "img.focal", "src").is_empty());
    assert!(attr(&item, "img[style]", "src").is_empty());
}

#[test]
fn a_focal_point_lets_the_picture_fill_its_frame_around_it() {
    let site = site_with("cover_position: top\ngallery:\n  - image: group.jpg\n    alt: Grupa\n  - image: portrait.jpg\n    alt: Portrets\n    position: \"50% 20%\"\n");
    site.build(&[]);
    let css = site.read("style.css");
    assert!(rule(&css, ".cover img.focal").contains("object-fit: cover"));
    let item = site.html("lv/jaunumi/kick-off/index.html");
    assert_eq!(attr(&item, ".cover img", "style"), ["object-position: top"]);
    assert_eq!(attr(&item, ".cover img", "class"), ["focal"]);
    let gallery = site.html("lv/jaunumi/kick-off/galerija/index.html");
    assert_eq!(
        attr(&gallery, ".gallery-grid img", "style"),
        ["object-position: 50% 20%"]
    );
    // The translation inherits the cover's focal point and the entry's position.
    let lt = site.html("lt/naujienos/atidarymo-seminaras/index.html");
    assert_eq!(attr(&lt, ".cover img", "style"), ["object-position: top"]);
    let lt = site.html("lt/naujienos/atidarymo-seminaras/galerija/index.html");
    assert_eq!(
        attr(&lt, ".gallery-grid img", "style"),
        ["object-position: 50% 20%"]
    );
    // Cards of the news list use the cover's focal point too.
    let list = site.html("lv/jaunumi/2/index.html");
    let cards = attr(&list, ".card-cover img", "style");
    assert!(!cards.is_empty());
    assert!(
        cards.iter().all(|s| s == "object-position: top"),
        "{cards:?}"
    );
}

#[test]
fn a_focal_point_herald_does_not_understand_is_refused_at_its_line() {
    let site = site_with("gallery:\n  - image: group.jpg\n    alt: Grupa\n    position: \"50% 20%; background: url(x)\"\n");
    let err = site.build_fails();
    assert!(err.contains("content/news/kick-off/index.lv.md:7"), "{err}");
    assert!(
        err.contains("is not a part of a picture herald understands"),
        "{err}"
    );
    let site = site_with("cover_position: middle\n");
    let err = site.build_fails();
    assert!(err.contains("content/news/kick-off/index.lv.md:4"), "{err}");
}
