//! Bad input gets a clear error naming the file and line, a non-zero exit and no panic; the
//! output folder is never a folder the user did not mean.

use crate::common;

use common::{fixture_files, Site};

/// Builds the fixture with one file replaced (or added) and returns stderr of the failed build.
fn fails_with(path: &'static str, text: &str) -> String {
    let mut files = fixture_files();
    files.insert(path, text.to_string());
    let site = Site::new(&files);
    site.build_fails()
}

#[test]
fn unknown_front_matter_key_names_file_line_and_suggests() {
    let err = fails_with(
        "content/news/x.lv.md",
        "---\ntitle: A\ndate: 2021-01-01\nsumary: B\n---\n",
    );
    assert!(
        err.contains("content/news/x.lv.md:4:1: error: `sumary` is not a key herald knows here"),
        "{err}"
    );
    assert!(err.contains("did you mean `summary`?"), "{err}");
}

#[test]
fn unknown_site_yaml_key_suggests() {
    let mut files = fixture_files();
    let yaml = files["site.yaml"].replace("paginate_by:", "paginat_by:");
    files.insert("site.yaml", yaml);
    let err = Site::new(&files).build_fails();
    assert!(
        err.contains("site.yaml:4:1: error: `paginat_by` is not a key herald knows here"),
        "{err}"
    );
    assert!(err.contains("did you mean `paginate_by`?"), "{err}");
}

#[test]
fn unknown_nested_site_yaml_key_suggests() {
    let mut files = fixture_files();
    let yaml = files["site.yaml"].replace("  budget_eur:", "  budget:");
    files.insert("site.yaml", yaml);
    let err = Site::new(&files).build_fails();
    assert!(
        err.contains("`budget` is not a key herald knows here"),
        "{err}"
    );
    assert!(err.contains("did you mean `budget_eur`?"), "{err}");
}

#[test]
fn missing_site_yaml() {
    let mut files = fixture_files();
    files.remove("site.yaml");
    let err = Site::new(&files).build_fails();
    assert!(
        err.contains("site.yaml: error: cannot read site.yaml"),
        "{err}"
    );
    assert!(err.contains("herald init"), "{err}");
}

#[test]
fn tab_indented_yaml() {
    let mut files = fixture_files();
    let yaml = files["site.yaml"].replace("  acronym: OCTOPUS", "\tacronym: OCTOPUS");
    files.insert("site.yaml", yaml);
    let err = Site::new(&files).build_fails();
    assert!(err.contains("site.yaml:"), "{err}");
    assert!(err.contains("tabs"), "{err}");
}

#[test]
fn missing_title() {
    let err = fails_with("content/news/x.lv.md", "---\ndate: 2021-01-01\n---\nText\n");
    assert!(
        err.contains("content/news/x.lv.md:2: error: the front matter has no `title`"),
        "{err}"
    );
}

#[test]
fn missing_date_of_a_news_item() {
    let err = fails_with("content/news/x.lv.md", "---\ntitle: A\n---\nText\n");
    assert!(
        err.contains("content/news/x.lv.md:2: error: this news item has no `date`"),
        "{err}"
    );
}

#[test]
fn impossible_date() {
    let err = fails_with(
        "content/news/x.lv.md",
        "---\ntitle: A\ndate: 2021-02-30\n---\n",
    );
    assert!(err.contains("content/news/x.lv.md:3: error:"), "{err}");
    assert!(err.contains("2021-02-30"), "{err}");
}

#[test]
fn front_matter_never_closed() {
    let err = fails_with(
        "content/news/x.lv.md",
        "---\ntitle: A\ndate: 2021-01-01\nText\n",
    );
    assert!(
        err.contains("content/news/x.lv.md:1:1: error: the front matter is never closed"),
        "{err}"
    );
}

#[test]
fn empty_file() {
    let err = fails_with("content/news/x.lv.md", "");
    assert!(
        err.contains("content/news/x.lv.md:1:1: error: the file has no front matter"),
        "{err}"
    );
    assert!(err.contains("the file is empty"), "{err}");
}

#[test]
fn not_utf8() {
    let mut files = fixture_files();
    files.remove("content/news/lv-only.lv.md");
    let site = Site::new(&files);
    std::fs::write(
        site.root().join("content/news/x.lv.md"),
        b"---\ntitle: R\xEEga\ndate: 2021-01-01\n---\n",
    )
    .unwrap();
    let err = site.build_fails();
    assert!(
        err.contains("content/news/x.lv.md:2:9: error: the file is not UTF-8"),
        "{err}"
    );
    assert!(err.contains("Windows-1257"), "{err}");
}

#[test]
fn bom_and_crlf_build() {
    let site = Site::fixture();
    site.write(
        "content/news/windows.lv.md",
        "\u{feff}---\r\ntitle: Ziņa no Windows\r\ndate: 2021-05-05\r\n---\r\nTeksts.\r\n",
    );
    site.build(&[]);
    assert!(site
        .read("lv/jaunumi/windows/index.html")
        .contains("Ziņa no Windows"));
}

#[test]
fn broken_content_link_names_file_and_line() {
    let err = fails_with(
        "content/news/x.lv.md",
        "---\ntitle: A\ndate: 2021-01-01\n---\nFirst line.\n\nSee [this](missing.lv.md).\n",
    );
    assert!(
        err.contains("content/news/x.lv.md:7:5: error: the link `missing.lv.md`"),
        "{err}"
    );
}

#[test]
fn unknown_language_suffix() {
    let err = fails_with(
        "content/news/x.de.md",
        "---\ntitle: A\ndate: 2021-01-01\n---\n",
    );
    assert!(
        err.contains(
            "content/news/x.de.md: error: `de` in the file name is not one of the site's languages"
        ),
        "{err}"
    );
}

#[test]
fn two_pages_on_one_url() {
    let err = fails_with(
        "content/news/y.lv.md",
        "---\ntitle: A\ndate: 2021-01-01\nslug: lv-only\n---\n",
    );
    assert!(
        err.contains("two pages would be published at the same address /lv/jaunumi/lv-only/"),
        "{err}"
    );
}

#[test]
fn slug_with_a_slash_or_dots() {
    for slug in ["a/b", "../up"] {
        let err = fails_with(
            "content/news/y.lv.md",
            &format!("---\ntitle: A\ndate: 2021-01-01\nslug: \"{slug}\"\n---\n"),
        );
        assert!(
            err.contains("content/news/y.lv.md:4: error: the slug"),
            "{err}"
        );
    }
}

#[test]
fn link_leaving_the_site_folder() {
    let err = fails_with(
        "content/news/x.lv.md",
        "---\ntitle: A\ndate: 2021-01-01\n---\n![x](../../../../etc/passwd)\n",
    );
    assert!(err.contains("points outside the site folder"), "{err}");
}

/// A Markdown link is read as a browser reads its address: a script written with character
/// references or a tab in its scheme is refused like `javascript:`.
#[test]
fn disguised_script_links_are_refused() {
    for dest in [
        "javascript&colon;alert(1)",
        "&#106;avascript:alert(1)",
        "<java\tscript:alert(1)>",
        "VBScript:x",
        "data:text/html,x",
    ] {
        let err = fails_with(
            "content/news/x.lv.md",
            &format!("---\ntitle: A\ndate: 2021-01-01\n---\n[x]({dest})\n"),
        );
        assert!(
            err.contains("content/news/x.lv.md:5:1: error: the link `"),
            "{dest}: {err}"
        );
        assert!(err.contains("runs a script"), "{dest}: {err}");
    }
}

#[test]
fn javascript_links_are_refused() {
    let err = fails_with(
        "content/news/x.lv.md",
        "---\ntitle: A\ndate: 2021-01-01\n---\n[x](javascript:alert(1))\n",
    );
    assert!(
        err.contains(
            "content/news/x.lv.md:5:1: error: the link `javascript:alert(1)` runs a script"
        ),
        "{err}"
    );
}

#[test]
fn template_syntax_error_names_the_template() {
    let site = Site::fixture();
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{{ page.title \n{% endblock main %}\n",
    );
    let err = site.build_fails();
    assert!(err.contains("templates/page.html:"), "{err}");
}

#[test]
fn output_folder_that_is_an_input_is_refused() {
    let site = Site::fixture();
    for out in [".", "content", "content/x", ".."] {
        let out_path = site.root().join(out);
        let res = site.herald(&["build", "--out", out_path.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&res.stderr);
        assert_eq!(res.status.code(), Some(1), "{out}: {stderr}");
        assert!(stderr.contains("refusing to write the site"), "{stderr}");
    }
    // Nothing was deleted.
    assert!(site
        .root()
        .join("content/news/kick-off/index.lv.md")
        .is_file());
    assert!(site.root().join("site.yaml").is_file());
}

#[test]
fn a_foreign_folder_is_never_replaced() {
    let site = Site::fixture();
    site.write("elsewhere/precious.txt", "do not delete");
    let out = site.root().join("elsewhere");
    let res = site.herald(&["build", "--out", out.to_str().unwrap()]);
    assert_eq!(res.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&res.stderr).contains("was not made by herald"));
    assert_eq!(
        std::fs::read_to_string(out.join("precious.txt")).unwrap(),
        "do not delete"
    );
}

/// `herald build --out <out>`, which must fail naming `why`; returns stderr.
fn refused(site: &Site, out: &std::path::Path, why: &str) -> String {
    let res = site.herald(&["build", "--out", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&res.stderr).into_owned();
    assert_eq!(res.status.code(), Some(1), "{}: {stderr}", out.display());
    assert!(stderr.contains("refusing to write the site"), "{stderr}");
    assert!(stderr.contains(why), "{stderr}");
    stderr
}

#[cfg(unix)]
#[test]
fn an_output_that_is_not_a_folder_is_refused_and_left_as_it_was() {
    use std::os::unix::fs::FileTypeExt;
    let site = Site::fixture();
    let fifo = site.root().join("pipe");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    refused(&site, &fifo, "it is a named pipe (FIFO), not a folder");
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo());

    let socket = site.root().join("sock");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    refused(&site, &socket, "it is a socket, not a folder");
    assert!(std::fs::symlink_metadata(&socket)
        .unwrap()
        .file_type()
        .is_socket());

    site.write("notes.txt", "mine");
    refused(&site, &site.root().join("notes.txt"), "it is a file");
    assert_eq!(
        std::fs::read_to_string(site.root().join("notes.txt")).unwrap(),
        "mine"
    );

    // Nothing beside them was left or moved aside.
    let names: Vec<String> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("herald-") && !n.ends_with("herald-lock"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_is_not_the_folder_it_points_to() {
    let site = Site::fixture();
    let real = site.root().join("real-out");
    site.build(&["--out", real.to_str().unwrap()]);
    let before = common::snapshot(&real);
    let link = site.root().join("out-link");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    // With and without a trailing slash (which would look through the link).
    for out in [link.clone(), link.join("")] {
        refused(&site, &out, "it is a symbolic link");
    }
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(common::snapshot(&real), before);
    // A link to the site's folder around the output is no way around the inputs check.
    std::os::unix::fs::symlink(site.root().join("content"), site.root().join("c")).unwrap();
    refused(
        &site,
        &site.root().join("c/../content/x"),
        "inside the site's content/",
    );
}

/// The fixture with `images.cache_dir` set to `dir` (and a picture, so the cache is used).
fn site_with_cache(dir: &str) -> Site {
    let mut files = fixture_files();
    files.insert(
        "site.yaml",
        format!(
            "{}images:\n  widths: [320]\n  cache_dir: {dir}\n",
            common::SITE_YAML
        ),
    );
    let site = Site::new(&files);
    let picture =
        image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 * 4, y as u8 * 5, 90]));
    picture
        .save(site.root().join("content/news/kick-off/foto.jpg"))
        .unwrap();
    site.write(
        "content/news/kick-off/index.lv.md",
        "---\ntitle: Seminārs\ndate: 2020-09-15\n---\n![Dalībnieki zālē](foto.jpg)\n",
    );
    site
}

#[test]
fn the_cache_is_a_folder_of_its_own_and_its_clean_up_keeps_other_files() {
    // A folder with someone else's files is refused, whatever it is called, and kept.
    let site = site_with_cache("../shared");
    let shared = site.root().join("../shared");
    std::fs::create_dir_all(shared.join("pdf")).unwrap();
    std::fs::write(shared.join("pdf/atskaite.pdf"), "mine").unwrap();
    let err = site.build_fails();
    assert!(
        err.contains("site.yaml:26: error: images.cache_dir `../shared` cannot be used: the folder exists and was not made by herald"),
        "{err}"
    );
    assert!(err.contains("hint: "), "{err}");
    assert_eq!(
        std::fs::read_to_string(shared.join("pdf/atskaite.pdf")).unwrap(),
        "mine"
    );
    std::fs::remove_dir_all(&shared).unwrap();

    // A new cache folder is herald's: a file put in it that herald did not write survives the
    // clean-up of the next build.
    let site = site_with_cache("cache");
    site.build(&[]);
    let cache = site.root().join("cache");
    assert!(cache.join(".herald-cache-dir").is_file());
    std::fs::write(cache.join("pdf/notes.pdf"), "mine").unwrap();
    std::fs::write(cache.join("images/notes.webp"), "mine").unwrap();
    site.write(
        "content/news/lv-only.lv.md",
        "---\ntitle: Cits\ndate: 2021-02-18\n---\nCits teksts.\n",
    );
    site.build(&[]);
    for f in ["pdf/notes.pdf", "images/notes.webp"] {
        assert_eq!(
            std::fs::read_to_string(cache.join(f)).unwrap(),
            "mine",
            "{f}"
        );
    }
}

#[test]
fn a_cache_made_before_caches_were_marked_is_kept() {
    let site = site_with_cache("cache");
    site.build(&[]);
    let cache = site.root().join("cache");
    std::fs::remove_file(cache.join(".herald-cache-dir")).unwrap();
    let out = site.build(&["--force"]);
    assert!(out.contains("1 from the cache"), "{out}");
    assert!(cache.join(".herald-cache-dir").is_file());
}
