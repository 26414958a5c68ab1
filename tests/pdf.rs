//! PDF press releases: the example site's items each get a PDF holding the title, the text and
//! the exact publicity texts of its language, with embedded fonts, the document language and
//! title, tagged PDF/UA-1; pictures carry their alt text; a second build renders nothing; the
//! item page links the PDF and the sitemap lists it; `pdf: false` turns it all off; `serve`
//! renders a PDF only when it is requested.

use crate::common;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use std::time::Duration;

use common::{attr, fixture_files, select, text, Site};
use lopdf::{Document, Object};

/// A 1×1 PNG.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
    0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

/// The example site of this repository (site.yaml, content/ and, when present, the other
/// input folders), copied into a temp folder.
fn example_site() -> Site {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let site = Site::new(&BTreeMap::new());
    for input in [
        "site.yaml",
        "content",
        "static",
        "templates",
        "themes",
        "i18n",
    ] {
        let from = repo.join(input);
        if from.is_file() {
            std::fs::copy(&from, site.root().join(input)).unwrap();
        } else if from.is_dir() {
            for e in walkdir::WalkDir::new(&from).into_iter().map(Result::unwrap) {
                let to = site.root().join(e.path().strip_prefix(repo).unwrap());
                if e.file_type().is_dir() {
                    std::fs::create_dir_all(&to).unwrap();
                } else {
                    std::fs::copy(e.path(), &to).unwrap();
                }
            }
        }
    }
    site
}

/// Every PDF of an output folder, relative path (`/` separated) -> absolute path.
fn pdfs(out: &Path) -> BTreeMap<String, PathBuf> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
        .map(|e| {
            (
                e.path()
                    .strip_prefix(out)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/"),
                e.path().to_path_buf(),
            )
        })
        .collect()
}

/// The text of a PDF with whitespace runs made single spaces; soft hyphens and no-break spaces
/// as a reader sees them (gone, a space).
fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    let raw = pdf_extract::extract_text_from_mem(&bytes).unwrap();
    spaces(&raw.replace('\u{ad}', ""))
}

fn spaces(s: &str) -> String {
    s.replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Letters and digits only: body text is hyphenated at line ends, so a word may come out as
/// "sadar- bības"; its letters stay in order.
fn letters(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Without whitespace and hyphens: text extractors guess word spaces from glyph positions (and
/// split ligatures such as "ti", "fi"), and pdf-extract reads no ActualText, so a hyphen whose
/// glyph also ends a hyphenated line can come out as a space. Every other letter, digit and
/// punctuation mark must be there, in order.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{ad}' | '-'))
        .collect()
}

fn string(o: &Object) -> String {
    match o {
        Object::String(b, _) => decode_pdf_string(b),
        Object::Name(n) => String::from_utf8_lossy(n).into_owned(),
        other => format!("{other:?}"),
    }
}

/// A PDF text string: UTF-16BE with a byte order mark, or PDFDocEncoding (ASCII here).
fn decode_pdf_string(b: &[u8]) -> String {
    if b.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = b[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        String::from_utf8_lossy(b).into_owned()
    }
}

struct Facts {
    lang: String,
    title: String,
    marked: bool,
    struct_tree: bool,
    xmp: String,
    /// (font name, embedded)
    fonts: Vec<(String, bool)>,
    /// Alt texts of the structure tree's elements.
    alts: Vec<String>,
    /// Addresses of the links.
    uris: Vec<String>,
    pages: usize,
}

fn facts(path: &Path) -> Facts {
    let doc = Document::load(path).unwrap();
    let catalog = doc.catalog().unwrap();
    let lang = catalog.get(b"Lang").map(string).unwrap_or_default();
    let marked = catalog
        .get(b"MarkInfo")
        .ok()
        .and_then(|m| doc.dereference(m).ok())
        .and_then(|(_, m)| m.as_dict().ok().cloned())
        .and_then(|d| d.get(b"Marked").ok().and_then(|b| b.as_bool().ok()))
        .unwrap_or(false);
    let struct_tree = catalog.has(b"StructTreeRoot");
    let xmp = catalog
        .get(b"Metadata")
        .ok()
        .and_then(|m| m.as_reference().ok())
        .and_then(|id| doc.get_object(id).ok())
        .and_then(|o| o.as_stream().ok())
        .map(|s| {
            String::from_utf8_lossy(&s.decompressed_content().unwrap_or(s.content.clone()))
                .into_owned()
        })
        .unwrap_or_default();
    let title = doc
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|i| doc.dereference(i).ok())
        .and_then(|(_, i)| i.as_dict().ok().cloned())
        .and_then(|d| d.get(b"Title").ok().map(string))
        .unwrap_or_default();
    let mut fonts = Vec::new();
    let mut alts = Vec::new();
    let mut uris = Vec::new();
    // Every dictionary, also those nested inline (link actions sit inside annotations).
    let mut todo: Vec<&Object> = doc.objects.values().collect();
    while let Some(obj) = todo.pop() {
        let d = match obj {
            Object::Dictionary(d) => d,
            Object::Stream(s) => &s.dict,
            Object::Array(a) => {
                todo.extend(a.iter());
                continue;
            }
            _ => continue,
        };
        if d.get(b"Type").ok().map(string).as_deref() == Some("FontDescriptor") {
            let name = d.get(b"FontName").map(string).unwrap_or_default();
            let embedded = d.has(b"FontFile") || d.has(b"FontFile2") || d.has(b"FontFile3");
            fonts.push((name, embedded));
        }
        if let Ok(alt) = d.get(b"Alt") {
            alts.push(string(alt));
        }
        if let Ok(uri) = d.get(b"URI") {
            uris.push(string(uri));
        }
        todo.extend(d.iter().map(|(_, v)| v));
    }
    Facts {
        lang,
        title,
        marked,
        struct_tree,
        xmp,
        fonts,
        alts,
        uris,
        pages: doc.get_pages().len(),
    }
}

#[test]
fn example_site_pdfs_hold_title_text_and_exact_publicity_texts() {
    let site = example_site();
    let summary = site.build(&[]);
    let out = site.out();
    let pdfs = pdfs(&out);
    // One PDF per news item and language.
    let items: Vec<String> = walkdir::WalkDir::new(&out)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_name() == "index.html")
        .map(|e| e.path().to_path_buf())
        .filter(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .contains("<article class=\"item\">")
        })
        .map(|p| {
            p.strip_prefix(&out)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    assert!(items.len() >= 10, "{items:?}");
    assert_eq!(pdfs.len(), items.len(), "{pdfs:?}");
    assert!(
        summary.contains(&format!(
            "{} PDFs ({} rendered, 0 from the cache)",
            items.len(),
            items.len()
        )),
        "{summary}"
    );
    let sitemap = site.read("sitemap.xml");
    for page in &items {
        let html = site.html(page);
        let dir = page.strip_suffix("index.html").unwrap();
        // The item page links its PDF, named after the item's slug.
        let href = attr(&html, "p.pdf-link a", "href");
        assert_eq!(href.len(), 1, "{page}");
        let rel = href[0].strip_prefix('/').unwrap();
        assert!(
            rel.starts_with(dir) && rel.ends_with(".pdf"),
            "{page}: {rel}"
        );
        let slug = dir.trim_end_matches('/').rsplit('/').next().unwrap();
        assert_eq!(rel, format!("{dir}{slug}.pdf"));
        let lang = page.split('/').next().unwrap();
        let label = text(&select(&html, "p.pdf-link a")[0]);
        assert_eq!(
            label,
            if lang == "lv" {
                "Lejupielādēt PDF"
            } else {
                "Atsisiųsti PDF"
            }
        );
        assert!(
            sitemap.contains(&format!("<loc>https://octopus.example.org/{rel}</loc>")),
            "{rel} is not in the sitemap"
        );

        let pdf = &pdfs[rel];
        let got = pdf_text(pdf);
        let got_squashed = squash(&got);
        let title = text(&select(&html, "h1")[0]);
        assert!(
            got_squashed.contains(&squash(&title)),
            "{rel}: no title `{title}` in\n{got}"
        );
        // The date in its official form, as on the page.
        let date = text(&select(&html, "time")[0]);
        assert!(
            got_squashed.contains(&squash(&date)),
            "{rel}: no date `{date}`"
        );
        // Every paragraph, list item, heading and table cell of the text.
        // Page footers ("OCTOPUS · LLI-425 1 / 2") interrupt paragraphs that go on over a page.
        let pages = facts(pdf).pages;
        let mut got_letters = letters(&got);
        for n in 1..=pages {
            got_letters = got_letters.replace(&format!("OCTOPUSLLI425{n}{pages}"), "");
        }
        for el in select(
            &html,
            ".content p, .content li, .content h2, .content h3, .content td",
        ) {
            let want = text(&el);
            assert!(
                got_letters.contains(&letters(&want)),
                "{rel}: text missing from the PDF: `{want}`"
            );
        }
        // The publicity texts, exactly as on the web page (not hyphenated).
        let block: Vec<String> = select(&html, "aside.publicity p")
            .iter()
            .map(|p| spaces(&text(p)))
            .collect();
        assert!(block.len() >= 3, "{page}");
        for line in &block {
            assert!(
                got_squashed.contains(&squash(line)),
                "{rel}: publicity text missing: `{line}`\nin\n{got}"
            );
        }
        let statement = &block[0];
        let want_start = if lang == "lv" {
            "Projekts “OCTOPUS” "
        } else {
            "Projektas „OCTOPUS“"
        };
        assert!(
            statement.starts_with(want_start) || lang == "lt",
            "{statement}"
        );
        // The item's web address.
        let canonical = attr(&html, "link[rel=canonical]", "href");
        assert!(
            got_squashed.contains(&squash(&canonical[0])),
            "{rel}: no web address {}",
            canonical[0]
        );

        // Metadata, tagging, fonts.
        let f = facts(pdf);
        assert_eq!(f.lang, lang, "{rel}");
        assert_eq!(f.title, title, "{rel}");
        assert!(f.xmp.contains(&title), "{rel}: XMP lacks the title");
        assert!(f.marked && f.struct_tree, "{rel}: not tagged");
        assert!(f.xmp.contains("pdfuaid"), "{rel}: not PDF/UA:\n{}", f.xmp);
        assert!(!f.fonts.is_empty());
        for (name, embedded) in &f.fonts {
            assert!(embedded, "{rel}: font {name} not embedded");
            assert!(name.contains("HeraldSans"), "{rel}: font {name}");
        }
        // The emblem's alt text, as on the web page.
        let emblem_alt = attr(&html, "img.eu-emblem", "alt");
        assert!(
            !emblem_alt.is_empty() && !emblem_alt[0].is_empty(),
            "{page}"
        );
        assert!(f.alts.contains(&emblem_alt[0]), "{rel}: {:?}", f.alts);
        assert!(f.pages >= 1);
    }
}

#[test]
fn second_build_renders_no_pdf_and_an_edit_renders_one() {
    let site = example_site();
    let first = site.build(&[]);
    assert!(first.contains("rendered, 0 from the cache"), "{first}");
    let before = common::snapshot(&site.out());
    let cache = site.root().join(".herald-cache/pdf");
    let stamps: BTreeMap<_, _> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (e.file_name(), e.metadata().unwrap().modified().unwrap())
        })
        .collect();
    // Each PDF and the hash its bytes are checked against, and the index of both.
    assert!(stamps.contains_key(std::ffi::OsStr::new("index")));
    let stamps: BTreeMap<_, _> = stamps.into_iter().filter(|(n, _)| n != "index").collect();
    assert_eq!(stamps.len(), 2 * pdfs(&site.out()).len());

    // --force: a real build through the cache, not the "nothing changed" shortcut.
    let second = site.build(&["--force"]);
    let n = stamps.len() / 2;
    assert!(
        second.contains(&format!("{n} PDFs (0 rendered, {n} from the cache)")),
        "{second}"
    );
    // Same bytes, and the cache was not rewritten.
    let after = common::snapshot(&site.out());
    assert_eq!(before, after);
    for e in std::fs::read_dir(&cache).unwrap() {
        let e = e.unwrap();
        if e.file_name() == "index" {
            continue;
        }
        assert_eq!(
            stamps[&e.file_name()],
            e.metadata().unwrap().modified().unwrap()
        );
    }

    // Editing one item re-renders its PDF only; the stale cache entry is removed.
    let file = site
        .root()
        .join("content/news/2021-08-12-summer-camp/index.lv.md");
    let md = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        md.replace(
            "Paldies nometnes vadītājiem",
            "Liels paldies nometnes vadītājiem",
        ),
    )
    .unwrap();
    let third = site.build(&[]);
    assert!(
        third.contains(&format!("{n} PDFs (1 rendered, {} from the cache)", n - 1)),
        "{third}"
    );
    assert_eq!(std::fs::read_dir(&cache).unwrap().count(), 2 * n + 1);
    let pdf = site
        .out()
        .join("lv/jaunumi/vasaras-nometne-berniem/vasaras-nometne-berniem.pdf");
    assert!(letters(&pdf_text(&pdf)).contains(&letters("Liels paldies nometnes vadītājiem")));

    // A cached PDF cut short (a full disk, a broken copy) or damaged is noticed by its hash
    // and rendered again: the output gets the whole PDF, and so does the cache.
    let good = common::snapshot(&site.out());
    let cached: Vec<PathBuf> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .take(2)
        .collect();
    let whole = std::fs::read(&cached[0]).unwrap();
    std::fs::write(&cached[0], &whole[..whole.len() / 2]).unwrap();
    let mut damaged = std::fs::read(&cached[1]).unwrap();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0x55;
    std::fs::write(&cached[1], &damaged).unwrap();
    // --force: with the inputs and the output unchanged a build would not look at the cache.
    let fourth = site.build(&["--force"]);
    assert!(
        fourth.contains(&format!("{n} PDFs (2 rendered, {} from the cache)", n - 2)),
        "{fourth}"
    );
    assert_eq!(common::snapshot(&site.out()), good);
    assert_eq!(std::fs::read(&cached[0]).unwrap(), whole);
}

/// How many PDFs a build's summary line says it rendered.
fn rendered(summary: &str) -> usize {
    let (before, _) = summary
        .split_once(" rendered, ")
        .unwrap_or_else(|| panic!("no PDF counts in {summary}"));
    let digits: String = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.chars().rev().collect::<String>().parse().unwrap()
}

/// The bytes of every PDF of an output folder.
fn pdf_bytes(out: &Path) -> BTreeMap<String, Vec<u8>> {
    pdfs(out)
        .into_iter()
        .map(|(rel, p)| (rel, std::fs::read(p).unwrap()))
        .collect()
}

/// A PNG of `w`×`h` pixels of one colour.
fn png(w: u32, h: u32, rgb: [u8; 3]) -> Vec<u8> {
    let img = image::RgbImage::from_pixel(w, h, image::Rgb(rgb));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// The PDF cache's key is made from the item's inputs, not from its converted text: every
/// input the PDF shows must still change it. Each edit below renders exactly the PDFs that
/// show it (their bytes change, the others' do not), and a build without edits renders none
/// and links the cached files into the output unread.
#[test]
fn a_pdf_is_rendered_again_exactly_when_what_it_shows_changes() {
    let mut files = fixture_files();
    let lv_item = "content/news/kick-off/index.lv.md";
    files.insert(
        lv_item,
        files[lv_item].replace(
            "## Programma",
            "![Zāle pirms semināra](zale.png)\n\n## Programma",
        ),
    );
    let site = Site::new(&files);
    let dir = site.root().join("content/news/kick-off");
    std::fs::write(dir.join("zale.png"), png(40, 30, [200, 30, 30])).unwrap();
    let first = site.build(&[]);
    assert!(
        first.contains("4 PDFs (4 rendered, 0 from the cache)"),
        "{first}"
    );
    let kick_lv = "lv/jaunumi/kick-off/kick-off.pdf";
    let kick_lt = "lt/naujienos/atidarymo-seminaras/atidarymo-seminaras.pdf";
    let mut last = pdf_bytes(&site.out());
    assert!(
        last.contains_key(kick_lv) && last.contains_key(kick_lt),
        "{:?}",
        last.keys()
    );
    let lv: Vec<&str> = last
        .keys()
        .filter(|k| k.starts_with("lv/"))
        .map(String::as_str)
        .collect();
    let lt: Vec<&str> = last
        .keys()
        .filter(|k| k.starts_with("lt/"))
        .map(String::as_str)
        .collect();
    let (lv, lt): (Vec<String>, Vec<String>) = (
        lv.into_iter().map(String::from).collect(),
        lt.into_iter().map(String::from).collect(),
    );

    // Builds `args` and checks that exactly `expected` PDFs were rendered and changed.
    let step =
        |last: &mut BTreeMap<String, Vec<u8>>, what: &str, args: &[&str], expected: &[&str]| {
            let summary = site.build(args);
            let now = pdf_bytes(&site.out());
            let changed: Vec<&str> = now
                .iter()
                .filter(|(k, v)| last.get(*k) != Some(*v))
                .map(|(k, _)| k.as_str())
                .collect();
            let mut want: Vec<&str> = expected.to_vec();
            want.sort_unstable();
            assert_eq!(changed, want, "{what}: {summary}");
            assert_eq!(rendered(&summary), expected.len(), "{what}: {summary}");
            *last = now;
        };

    // Nothing changed (forced, so the cache is asked): nothing rendered, and the output's PDFs
    // are the cache's files themselves (linked, not read and written again).
    step(&mut last, "nothing", &["--force"], &[]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let cache = site.root().join(".herald-cache/pdf");
        let cached: Vec<u64> = std::fs::read_dir(&cache)
            .unwrap()
            .map(|e| e.unwrap().metadata().unwrap().ino())
            .collect();
        for p in pdfs(&site.out()).values() {
            assert!(
                cached.contains(&std::fs::metadata(p).unwrap().ino()),
                "{p:?}"
            );
        }
    }

    let edit = |rel: &str, from: &str, to: &str| {
        let p = site.root().join(rel);
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.contains(from), "{rel} lacks {from:?}");
        std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
    };
    edit(lv_item, "četrdesmit", "piecdesmit");
    step(&mut last, "the text", &[], &[kick_lv]);
    assert!(letters(&pdf_text(&site.out().join(kick_lv))).contains("piecdesmit"));
    edit(
        lv_item,
        "title: Projekta atklāšanas seminārs",
        "title: Projekta atklāšanas seminārs Jelgavā",
    );
    step(&mut last, "the title", &[], &[kick_lv]);
    edit(lv_item, "date: 2020-09-15", "date: 2020-09-16");
    // The Lithuanian translation has no date of its own: it shows the original's.
    step(&mut last, "the date", &[], &[kick_lv, kick_lt]);
    // The picture's file replaced by another picture of another size.
    std::fs::write(dir.join("zale.png"), png(30, 40, [30, 30, 200])).unwrap();
    step(&mut last, "a picture", &[], &[kick_lv]);
    // A link's target moves: the PDF links to its new address.
    edit(
        "content/about.lv.md",
        "slug: par-projektu",
        "slug: par-octopus",
    );
    step(&mut last, "a linked page's address", &[], &[kick_lv]);
    // The organisation responsible, named in the Latvian publicity texts.
    edit(
        "site.yaml",
        "responsible: {lv: \"Zemgales Plānošanas reģions\"",
        "responsible: {lv: \"Zemgales plānošanas reģions\"",
    );
    let lv_refs: Vec<&str> = lv.iter().map(String::as_str).collect();
    step(&mut last, "the organisation", &[], &lv_refs);
    // The language's messages: the site's own wording of a text every Lithuanian PDF shows.
    std::fs::create_dir_all(site.root().join("i18n")).unwrap();
    std::fs::write(
        site.root().join("i18n/lt.ftl"),
        "pdf-web-version = Ši naujiena svetainėje\n",
    )
    .unwrap();
    let lt_refs: Vec<&str> = lt.iter().map(String::as_str).collect();
    step(&mut last, "the messages", &[], &lt_refs);
    assert!(pdf_text(&site.out().join(kick_lt)).contains("Ši naujiena svetainėje"));
    step(&mut last, "nothing again", &["--force"], &[]);
}

fn rich_site() -> Site {
    let mut files = fixture_files();
    files.insert(
        "content/news/kick-off/index.lv.md",
        "---\ntitle: \"Seminārs #1: *ne* [markup] $x$ \\\\ \\\"citāts\\\"\"\ndate: 2020-09-15\nauthor: {name: Anna Bērziņa, role: projekta vadītāja}\ntags: [seminārs]\ngallery:\n  - {image: zale.png, alt: Pilna zāle ar dalībniekiem, caption: Seminārs Jelgavā}\n---\n\
Seminārā piedalījās **četrdesmit** dalībnieki no _Latvijas_ un ~~Igaunijas~~ Lietuvas[^1].\n\n\
## Programma\n\n\
1. Atklāšana\n2. Darba grupas\n   - pirmā\n   - otrā\n\n\
> Sadarbība ir svarīga.\n\n\
| Diena | Dalībnieki |\n|---|--:|\n| pirmdiena | 40 |\n| otrdiena | 35 |\n\n\
Skatīt [par projektu](../../about.lv.md) un [programmu](https://latlit.eu/). Kods: `#set page(width: 1pt)`.\n\n\
![Dalībnieki pie galda](galds.png)\n\n\
[^1]: Un arī no Igaunijas.\n"
            .into(),
    );
    files.insert(
        "content/news/kick-off/index.lt.md",
        "---\ntitle: Projekto atidarymo seminaras\nslug: atidarymo-seminaras\ngallery:\n  - {image: zale.png, alt: Pilna salė dalyvių}\n---\nSeminare dalyvavo keturiasdešimt dalyvių.\n"
            .into(),
    );
    let site = Site::new(&files);
    std::fs::write(site.root().join("content/news/kick-off/zale.png"), PNG).unwrap();
    std::fs::write(site.root().join("content/news/kick-off/galds.png"), PNG).unwrap();
    site
}

#[test]
fn markdown_features_pictures_and_alt_texts_reach_the_pdf() {
    let site = rich_site();
    site.build(&[]);
    let pdf = site.out().join("lv/jaunumi/kick-off/kick-off.pdf");
    let got = pdf_text(&pdf);
    // The title is text, never markup.
    assert!(
        squash(&got).contains(&squash("Seminārs #1: *ne* [markup] $x$ \\ \"citāts\"")),
        "{got}"
    );
    for want in [
        "četrdesmit",
        "Programma",
        "Atklāšana",
        "otrā",
        "Sadarbība ir svarīga.",
        "pirmdiena",
        "35",
        "par projektu",
        "#set page(width: 1pt)",
        "Un arī no Igaunijas.",
        "Seminārs Jelgavā",
        "Informāciju sagatavoja: Anna Bērziņa, projekta vadītāja",
        "Foto un video galerija",
        "2020. gada 15. septembrī",
    ] {
        assert!(
            letters(&got).contains(&letters(want)),
            "missing `{want}` in\n{got}"
        );
    }
    let f = facts(&pdf);
    assert!(
        f.alts.iter().any(|a| a == "Dalībnieki pie galda"),
        "{:?}",
        f.alts
    );
    assert!(
        f.alts.iter().any(|a| a == "Pilna zāle ar dalībniekiem"),
        "{:?}",
        f.alts
    );
    assert!(f.xmp.contains("pdfuaid"), "not PDF/UA");
    // Links point to absolute addresses.
    let uris = f.uris;
    assert!(
        uris.contains(&"https://example.org/octopus/lv/par-projektu/".to_string()),
        "{uris:?}"
    );
    assert!(uris.contains(&"https://latlit.eu/".to_string()), "{uris:?}");
    assert!(
        uris.contains(&"https://example.org/octopus/lv/jaunumi/kick-off/".to_string()),
        "{uris:?}"
    );
    // The Lithuanian translation's PDF is in Lithuanian.
    let lt = site
        .out()
        .join("lt/naujienos/atidarymo-seminaras/atidarymo-seminaras.pdf");
    let f = facts(&lt);
    assert_eq!(f.lang, "lt");
    let got = squash(&pdf_text(&lt));
    assert!(got.contains("Šiinformacijaparengta"), "{got}");
    assert!(got.contains("2020m.rugsėjo15d."), "{got}");
}

/// A photo reaches the PDF as the picture pipeline's JPEG, byte for byte (`DCTDecode`), not
/// decoded from its WebP version and compressed again.
#[test]
fn a_photo_is_embedded_as_the_picture_pipelines_jpeg() {
    let mut files = fixture_files();
    files.insert(
        "content/news/kick-off/index.lv.md",
        "---\ntitle: Seminārs\ndate: 2020-09-15\n---\nSeminārā piedalījās dalībnieki.\n\n![Dalībnieki pie galda](galds.png)\n"
            .into(),
    );
    let site = Site::new(&files);
    std::fs::write(
        site.root().join("content/news/kick-off/galds.png"),
        png(1200, 900, [40, 120, 200]),
    )
    .unwrap();
    site.build(&[]);
    let jpegs: Vec<Vec<u8>> = walkdir::WalkDir::new(site.out().join("img"))
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "jpg"))
        .map(|e| std::fs::read(e.path()).unwrap())
        .collect();
    assert_eq!(jpegs.len(), 1, "the picture's one JPEG");
    let pdf = Document::load(site.out().join("lv/jaunumi/kick-off/kick-off.pdf")).unwrap();
    let images: Vec<&lopdf::Stream> = pdf
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict
                .get(b"Subtype")
                .and_then(|t| t.as_name())
                .is_ok_and(|t| t == b"Image")
        })
        .collect();
    assert_eq!(images.len(), 1, "one picture in the PDF");
    let filter = images[0].dict.get(b"Filter").unwrap();
    assert_eq!(filter.as_name().unwrap(), b"DCTDecode", "{filter:?}");
    assert_eq!(
        images[0].content, jpegs[0],
        "the JPEG as the pipeline made it"
    );
}

#[test]
fn pdf_false_publishes_no_pdf() {
    let mut files = fixture_files();
    let yaml = files["site.yaml"].clone();
    files.insert("site.yaml", format!("{yaml}pdf: false\n"));
    let site = Site::new(&files);
    let summary = site.build(&[]);
    assert!(!summary.contains("PDF"), "{summary}");
    assert!(pdfs(&site.out()).is_empty());
    assert!(select(&site.html("lv/jaunumi/kick-off/index.html"), "p.pdf-link").is_empty());
    assert!(!site.read("sitemap.xml").contains(".pdf"));
    assert!(!site.root().join(".herald-cache/pdf").exists());

    // A misspelt key is an error with a hint.
    files.insert("site.yaml", format!("{yaml}pdfs: false\n"));
    let site = Site::new(&files);
    let err = site.build_fails();
    assert!(err.contains("did you mean `pdf`?"), "{err}");
}

#[test]
fn text_the_fonts_cannot_show_still_gets_a_tagged_pdf_and_a_warning() {
    let mut files = fixture_files();
    files.insert(
        "content/news/lv-only.lv.md",
        "---\ntitle: Smaids 😀\ndate: 2021-02-18\n---\nTeksts ar 中文.\n".into(),
    );
    let site = Site::new(&files);
    let stderr = site.build_warnings();
    assert!(
        stderr.contains("content/news/lv-only.lv.md: warning: the PDF /lv/jaunumi/lv-only/lv-only.pdf: it is tagged but not PDF/UA-1"),
        "{stderr}"
    );
    let f = facts(&site.out().join("lv/jaunumi/lv-only/lv-only.pdf"));
    assert!(f.marked && f.struct_tree && f.lang == "lv");
    assert!(!f.xmp.contains("pdfuaid"));
}

/// The body of a chunked HTTP response.
fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = raw.windows(2).position(|w| w == b"\r\n").unwrap();
        let size = usize::from_str_radix(std::str::from_utf8(&raw[..line_end]).unwrap().trim(), 16)
            .unwrap();
        if size == 0 {
            return out;
        }
        let start = line_end + 2;
        out.extend_from_slice(&raw[start..start + size]);
        raw = &raw[start + size + 2..];
    }
}

/// `herald serve`: the first build registers the PDFs without rendering any; a request
/// renders one (and only that one), and it is a real PDF.
#[test]
fn serve_renders_a_pdf_only_when_it_is_requested() {
    let site = Site::fixture();
    let server = common::serve::start(&site);
    let (host, base) = (server.host.as_str(), server.base.as_str());
    let cache = site.root().join(".herald-cache/pdf");
    let cached = || {
        std::fs::read_dir(&cache)
            .map(|d| {
                d.filter(|e| {
                    e.as_ref()
                        .unwrap()
                        .path()
                        .extension()
                        .is_some_and(|x| x == "pdf")
                })
                .count()
            })
            .unwrap_or(0)
    };
    assert_eq!(cached(), 0, "serve rendered PDFs before any request");

    let get = |path: &str| -> (String, Vec<u8>) {
        let mut s = std::net::TcpStream::connect(host).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).unwrap();
        let at = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8_lossy(&raw[..at]).into_owned();
        let mut body = raw[at + 4..].to_vec();
        if head
            .to_ascii_lowercase()
            .contains("transfer-encoding: chunked")
        {
            body = dechunk(&body);
        }
        (head, body)
    };
    let (head, page) = get(&format!("{base}lv/jaunumi/kick-off/"));
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert!(String::from_utf8_lossy(&page).contains("kick-off.pdf\""));
    assert_eq!(cached(), 0);

    let (head, pdf) = get(&format!("{base}lv/jaunumi/kick-off/kick-off.pdf"));
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert!(
        head.to_ascii_lowercase()
            .contains("content-type: application/pdf"),
        "{head}"
    );
    assert!(
        pdf.starts_with(b"%PDF-"),
        "{head}\n{}",
        String::from_utf8_lossy(&pdf[..pdf.len().min(300)])
    );
    assert_eq!(cached(), 1, "exactly the requested PDF was rendered");
    drop(server);
}

/// A title of 40 000 non-Latin-1 letters without a space once made the PDF engine panic.
fn site_with_a_40_000_letter_word() -> Site {
    let mut files = fixture_files();
    files.insert(
        "content/news/garais.lv.md",
        format!(
            "---\ntitle: {}\ndate: 2021-02-18\n---\nTeksts.\n",
            "Ā".repeat(40_000)
        ),
    );
    Site::new(&files)
}

#[test]
fn a_word_the_pdf_engine_cannot_set_is_an_error_naming_the_file_not_a_crash() {
    let site = site_with_a_40_000_letter_word();
    // `herald` fails the test itself when anything says "panicked".
    let out = site.herald(&["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("content/news/garais.lv.md"), "{stderr}");
    assert!(stderr.contains("hint:"), "{stderr}");
    assert!(!stderr.contains("RUST_BACKTRACE"), "{stderr}");
    assert!(!site.out().exists(), "a site was published");
}

#[test]
fn serve_explains_a_pdf_the_engine_cannot_set_on_every_request() {
    let site = site_with_a_40_000_letter_word();
    let server = common::serve::start(&site);
    let (host, base) = (server.host.as_str(), server.base.as_str());
    let get = |path: &str| -> String {
        let mut s = std::net::TcpStream::connect(host).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
        write!(
            s,
            "GET {base}{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut raw = Vec::new();
        let _ = s.read_to_end(&mut raw);
        String::from_utf8_lossy(&raw).into_owned()
    };
    for _ in 0..2 {
        let answer = get("lv/jaunumi/garais/garais.pdf");
        assert!(answer.contains("content/news/garais.lv.md"), "{answer}");
        assert!(answer.contains("PDF engine failed"), "{answer}");
        assert!(!answer.contains(".cargo"), "{answer}");
    }
    assert!(get("lv/").starts_with("HTTP/1.1 200"));
}
