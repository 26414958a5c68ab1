//! A site behaves the same on Windows, macOS and Linux: a file named in another letter case is
//! the same error everywhere (naming the real file), every published name is one Windows can
//! hold, and files saved on Windows (CRLF line ends, a UTF-8 BOM) keep their line numbers right.

use crate::common;

use common::{fixture_files, Site};

/// The fixture with `files` added or replaced; returns the stderr of its failed build.
fn fails_with(files: &[(&'static str, &str)]) -> String {
    let mut all = fixture_files();
    for (path, text) in files {
        all.insert(path, text.to_string());
    }
    Site::new(&all).build_fails()
}

#[test]
fn a_cover_named_in_another_letter_case_is_an_error_naming_the_real_file_once() {
    let err = fails_with(&[
        (
            "content/news/camp/index.lv.md",
            "---\ntitle: Nometne\ndate: 2021-06-01\ncover: photo.jpg\n---\nTeksts.\n",
        ),
        ("content/news/camp/Photo.JPG", "not read: the name is wrong"),
    ]);
    let said = "the page says `photo.jpg`; the file is `content/news/camp/Photo.JPG`";
    assert_eq!(err.matches(said).count(), 1, "{err}");
    assert!(
        err.contains("content/news/camp/index.lv.md:4:"),
        "the error is at the cover: line:\n{err}"
    );
    assert!(err.contains("write `Photo.JPG` exactly"), "{err}");
}

#[test]
fn a_picture_in_the_text_named_in_another_letter_case_is_an_error_naming_the_real_file() {
    let err = fails_with(&[
        (
            "content/news/map/index.lv.md",
            "---\ntitle: Karte\ndate: 2021-06-01\n---\nTeksts.\n\n![Karte](map.png)\n",
        ),
        ("content/news/map/Map.png", "not read: the name is wrong"),
    ]);
    let said = "the page says `map.png`; the file is `content/news/map/Map.png`";
    assert_eq!(err.matches(said).count(), 1, "{err}");
    assert!(err.contains("content/news/map/index.lv.md:7:"), "{err}");
}

#[test]
fn a_folder_named_in_another_letter_case_is_found_too() {
    let err = fails_with(&[
        (
            "content/news/trip/index.lv.md",
            "---\ntitle: Brauciens\ndate: 2021-06-01\ncover: Pictures/bus.jpg\n---\nTeksts.\n",
        ),
        ("content/news/trip/pictures/bus.jpg", "not read"),
    ]);
    assert!(
        err.contains(
            "the page says `Pictures/bus.jpg`; the file is `content/news/trip/pictures/bus.jpg`"
        ),
        "{err}"
    );
}

#[test]
fn a_slug_windows_keeps_for_a_device_is_refused_at_its_page() {
    let err = fails_with(&[(
        "content/news/console.lv.md",
        "---\ntitle: Konsole\ndate: 2021-06-01\nslug: CON\n---\nTeksts.\n",
    )]);
    assert!(
        err.contains("content/news/console.lv.md: error: the page herald makes of content/news/console.lv.md would be published at /lv/jaunumi/con: the name `con` is a name Windows keeps for a device"),
        "{err}"
    );
    assert_eq!(err.matches("/lv/jaunumi/con:").count(), 1, "{err}");
}

// Windows itself cannot create these files; the slug test above holds the rule there.
#[cfg(unix)]
#[test]
fn static_files_windows_cannot_hold_are_refused_naming_the_file() {
    for (name, why) in [
        (
            "static/aux.txt",
            "the name `aux.txt` begins with `aux`, a name Windows keeps for a device",
        ),
        (
            "static/docs/Nul.tar.gz",
            "the name `Nul.tar.gz` begins with `Nul`",
        ),
        (
            "static/plan:b.pdf",
            "which Windows does not allow in a name",
        ),
        ("static/what?.txt", "which Windows does not allow in a name"),
    ] {
        let err = fails_with(&[(name, "x")]);
        assert!(
            err.contains(&format!("{name}: error: {name} would be published at /")),
            "{name}: {err}"
        );
        assert!(err.contains(why), "{name}: {err}");
    }
    // Names that only look alike are fine.
    let mut files = fixture_files();
    files.insert("static/console.txt", "x".into());
    files.insert("static/com10.txt", "x".into());
    Site::new(&files).build(&[]);
}

#[test]
fn crlf_and_a_bom_in_site_yaml_keep_the_line_number() {
    let yaml = fixture_files()["site.yaml"].replace("paginate_by:", "paginat_by:");
    let windows = format!("\u{feff}{}", yaml.replace('\n', "\r\n"));
    let err = fails_with(&[("site.yaml", &windows)]);
    assert!(
        err.contains("site.yaml:4:1: error: `paginat_by` is not a key herald knows here"),
        "{err}"
    );
}

#[test]
fn crlf_and_a_bom_in_front_matter_keep_the_line_number() {
    let err = fails_with(&[(
        "content/news/x.lv.md",
        "\u{feff}---\r\ntitle: A\r\ndate: 2021-01-01\r\nsumary: B\r\n---\r\n",
    )]);
    assert!(
        err.contains("content/news/x.lv.md:4:1: error: `sumary` is not a key herald knows here"),
        "{err}"
    );
    // And in the text below it: the broken link is on line 8.
    let err = fails_with(&[(
        "content/news/x.lv.md",
        "\u{feff}---\r\ntitle: A\r\ndate: 2021-01-01\r\n---\r\nFirst.\r\n\r\nSecond.\r\n[x](missing.lv.md)\r\n",
    )]);
    assert!(err.contains("content/news/x.lv.md:8:"), "{err}");
}

#[test]
fn crlf_and_a_bom_in_a_template_keep_the_line_number() {
    let err = fails_with(&[(
        "templates/page.html",
        "\u{feff}{# one #}\r\n{# two #}\r\n{% if %}\r\n",
    )]);
    assert!(err.contains("templates/page.html:3"), "{err}");
}

#[test]
fn crlf_and_a_bom_in_an_ftl_file_keep_the_line_number() {
    let err = fails_with(&[(
        "i18n/lv.ftl",
        "\u{feff}# comment\r\nread-more = Lasīt vairāk\r\nbroken = {\r\n",
    )]);
    assert!(err.contains("i18n/lv.ftl:3"), "{err}");
}

/// On Windows `std::fs::canonicalize` gives `\\?\C:\site\…`, a path that then reaches messages
/// and no longer starts with the folder the user typed (Zola #1361): herald's real paths come
/// from `dunce::canonicalize`, which gives `C:\site\…` wherever Windows allows it.
#[test]
fn real_paths_never_carry_the_windows_verbatim_prefix() {
    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    rust_files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (i, line) in text.lines().enumerate() {
            let plain = line.replace("dunce::canonicalize", "");
            if plain.contains("canonicalize(") && !plain.trim_start().starts_with("//") {
                found.push(format!("{}:{}: {}", file.display(), i + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "use dunce::canonicalize:\n{}",
        found.join("\n")
    );
}
