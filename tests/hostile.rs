//! Messy and hostile input: huge and deeply nested files, symbolic-link loops, escaping of
//! everything a user types, leftovers of an interrupted build. herald stays calm, precise and
//! safe: no panic, a clear error or a correct site, never lost data.

use crate::common;

use common::{attr, fixture_files, select, snapshot, text, Site};

#[test]
fn an_enormous_markdown_file_builds() {
    let site = Site::fixture();
    let paragraph =
        "Teksts ar **treknu** vārdu un [saiti](https://www.latlit.eu/). ".repeat(20) + "\n\n";
    let body = paragraph.repeat(50 * 1024 * 1024 / paragraph.len());
    site.write(
        "content/news/huge.lv.md",
        &format!("---\ntitle: Liels\ndate: 2021-05-01\nsummary: Īsi.\n---\n{body}"),
    );
    let stderr = site.build_warnings();
    let size = std::fs::metadata(site.out().join("lv/jaunumi/huge/index.html"))
        .unwrap()
        .len();
    assert!(size > 50 * 1024 * 1024, "{size}");
    // A book-length text gets no PDF (minutes of typesetting), and the build says so.
    assert!(!site.out().join("lv/jaunumi/huge/huge.pdf").exists());
    assert!(
        stderr.contains("no PDF press release for /lv/jaunumi/huge/")
            && stderr.contains("huge.lv.md"),
        "{stderr}"
    );
    assert!(!site.read("sitemap.xml").contains("huge.pdf"));
}

#[test]
fn deeply_nested_lists_and_quotes_do_not_overflow_the_stack() {
    let site = Site::fixture();
    let quotes = ">".repeat(20_000) + " dziļi\n\n";
    let list: String = (0..3_000)
        .map(|i| format!("{}- punkts\n", "  ".repeat(i)))
        .collect();
    site.write(
        "content/news/deep.lv.md",
        &format!("---\ntitle: Dziļi\ndate: 2021-05-01\n---\n{quotes}{list}"),
    );
    site.build(&[]);
    assert!(site.read("lv/jaunumi/deep/index.html").contains("dziļi"));
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_in_content_is_named() {
    let site = Site::fixture();
    std::os::unix::fs::symlink("..", site.root().join("content/news/loop")).unwrap();
    let err = site.build_fails();
    assert!(err.contains("content/news/loop"), "{err}");
    assert!(
        err.contains("points back to a folder that contains it"),
        "{err}"
    );
}

#[test]
fn user_text_is_escaped_everywhere() {
    let evil = r#"<script>alert(1)</script> "quoted" 'single' </title> & more"#;
    let quoted = evil.replace('\'', "''");
    let mut files = fixture_files();
    files.insert(
        "content/news/evil/index.lv.md",
        format!(
            "---\ntitle: '{q}'\ndate: 2021-05-01\nsummary: '{q}'\nauthor: {{name: '{q}', role: '{q}'}}\ntags: ['{q}']\ngallery:\n  - {{image: a.png, alt: '{q}', caption: '{q}'}}\n---\nTeksts.\n",
            q = quoted,
        ),
    );
    let site = Site::new(&files);
    let mut png = Vec::new();
    image::DynamicImage::new_rgb8(40, 30)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    std::fs::write(site.root().join("content/news/evil/a.png"), png).unwrap();
    site.build(&[]);
    // PDFs hold the text as text (Typst string literals, tests/pdf.rs), not as markup.
    for (path, bytes) in snapshot(&site.out())
        .into_iter()
        .filter(|(p, _)| !p.ends_with(".pdf"))
    {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("<script>alert(1)"),
            "{path} carries the raw script"
        );
        assert!(
            !text.contains("</title> & more"),
            "{path} carries an unescaped </title>"
        );
    }
    let page = site.html("lv/jaunumi/evil/index.html");
    assert_eq!(text(&select(&page, "h1")[0]), evil);
    assert_eq!(attr(&page, "meta[property='og:title']", "content"), [evil]);
    assert_eq!(attr(&page, "meta[name=description]", "content"), [evil]);
    let block = text(&select(&page, ".publicity-author")[0]);
    assert!(block.ends_with(&format!("{evil}, {evil}")), "{block}");
    // Alt texts and captions: the gallery page, the lightbox and the cover picture.
    let gallery = site.html("lv/jaunumi/evil/galerija/index.html");
    assert!(attr(&gallery, "img", "alt").contains(&evil.to_string()));
    assert!(select(&gallery, "figcaption")
        .iter()
        .any(|c| text(c) == evil));
    assert!(attr(&page, "img", "alt").contains(&evil.to_string()));
    // Structured data: one JSON document that reads back as the text typed.
    let scripts = select(&page, "script[type='application/ld+json']");
    assert_eq!(scripts.len(), 1);
    let raw = scripts[0].inner_html();
    let ld: serde_json::Value = serde_json::from_str(&raw).expect("the JSON-LD parses");
    for field in [&ld["headline"], &ld["description"], &ld["keywords"][0]] {
        assert_eq!(field, evil);
    }
    assert_eq!(ld["author"][0]["name"], evil);
    assert_eq!(ld["author"][0]["jobTitle"], evil);
    // Feeds and the sitemap are well-formed XML with the text intact.
    let feed = site.read("lv/atom.xml");
    assert!(feed.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;"));
}

#[test]
fn leftovers_of_an_interrupted_build_are_cleaned_and_the_output_is_whole() {
    let site = Site::fixture();
    site.build(&[]);
    // A build killed mid-way leaves its staging folder beside the output, marked as herald's.
    let leftover = site.root().join(".public.herald-new-999999");
    std::fs::create_dir_all(leftover.join("lv")).unwrap();
    std::fs::write(leftover.join(".herald-output"), "").unwrap();
    std::fs::write(leftover.join("lv/index.html"), "half").unwrap();
    // A folder that only looks like one (no marker) is someone else's: it stays.
    let lookalike = site.root().join(".public.herald-old-1");
    std::fs::create_dir_all(&lookalike).unwrap();
    std::fs::write(lookalike.join("mine.txt"), "mine").unwrap();
    site.build(&["--force"]);
    assert!(!leftover.exists());
    assert_eq!(
        std::fs::read_to_string(lookalike.join("mine.txt")).unwrap(),
        "mine"
    );
    assert!(site.read("lv/index.html").contains("<html"));
}

#[test]
fn a_killed_build_leaves_the_previous_output_whole() {
    // Build a larger site so the kill lands while the build runs. Without PDFs: typesetting
    // 800 of them would make the test slow, not the build's writing riskier.
    let mut files = fixture_files();
    files.insert("site.yaml", format!("{}pdf: false\n", common::SITE_YAML));
    for i in 0..400 {
        files.insert(
            Box::leak(format!("content/news/n{i}.lv.md").into_boxed_str()),
            format!(
                "---\ntitle: Ziņa {i}\ndate: 2021-05-01\n---\n{}",
                "Teksts. ".repeat(2000)
            ),
        );
    }
    let site = Site::new(&files);
    site.build(&[]);
    let before = snapshot(&site.out());
    for delay_ms in [5, 30, 80] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_herald"))
            .args(["build", "--root"])
            .arg(site.root())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        // Either the old output or a complete new one: identical bytes (the build is deterministic).
        assert_eq!(
            snapshot(&site.out()),
            before,
            "after a kill at {delay_ms} ms"
        );
    }
    site.build(&[]);
    assert_eq!(snapshot(&site.out()), before);
}

#[test]
fn an_include_loop_in_templates_is_an_error() {
    let site = Site::fixture();
    site.write(
        "templates/partials/social.html",
        "{% include \"partials/footer.html\" %}",
    );
    let err = site.build_fails();
    assert!(err.contains("include"), "{err}");
}

const EMBED: &str = "---\ntitle: Ar iegultu saturu\ndate: 2021-05-01\nsummary: Īsi.\n---\nKarte:\n\n<div class=\"map\"><iframe src=\"https://www.openstreetmap.org/export/embed.html\" title=\"Karte\"></iframe></div>\n\n<script>alert(1)</script>\n\nTeksts ar <b onmouseover=\"steal()\">treknu</b> un <a href=\"javascript:go()\">saiti</a>.\n";

#[test]
fn raw_html_is_published_and_check_warns_about_scripts() {
    let site = Site::fixture();
    site.write("content/news/embed.lv.md", EMBED);
    site.build(&[]);
    let page = site.read("lv/jaunumi/embed/index.html");
    assert!(
        page.contains("<iframe src=\"https://www.openstreetmap.org/"),
        "{page}"
    );
    assert!(page.contains("<script>alert(1)</script>"), "{page}");
    let out = site.herald(&["check", "--format", "json"]);
    let findings = String::from_utf8_lossy(&out.stdout);
    let scripts: Vec<(String, u64, u64)> = findings
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|f| f["code"] == "H034")
        .map(|f| {
            assert_eq!(f["severity"], "warning");
            assert_eq!(f["file"], "content/news/embed.lv.md");
            (
                f["message"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let at: Vec<(u64, u64)> = scripts.iter().map(|s| (s.1, s.2)).collect();
    assert_eq!(at, [(10, 1), (12, 14), (12, 59)], "{findings}");
    assert!(scripts[0].0.contains("a <script> tag"), "{scripts:?}");
    assert!(scripts[1].0.contains("`onmouseover=`"), "{scripts:?}");
    assert!(scripts[2].0.contains("`javascript:`"), "{scripts:?}");
    // Warnings only: the exit status is 0 unless --strict.
    assert!(out.status.success(), "{findings}");
}

/// Scripts written so that a search for `javascript:` or `<script` misses them are warned about
/// as a browser reads them: character references decoded, tabs and line breaks in the scheme
/// dropped, `srcdoc` documents read, redirects and `<base>` pointed out.
#[test]
fn check_warns_about_disguised_scripts() {
    let site = Site::fixture();
    let cases = [
        "<a href=\"&#106;avascript:alert(1)\">a</a>",
        "<a href=\"java&#x09;script:alert(1)\">b</a>",
        "<a href=\"javascript&colon;alert(1)\">c</a>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://example.com/\">",
        "<base href=\"https://example.com/\">",
        "<form><button formaction=\"JAVASCRIPT:x()\">d</button></form>",
        "<svg><a xlink:href=\"javascript:x()\"><text>e</text></a></svg>",
        "<embed src=\"karte.svg\">",
    ];
    let body: String = cases.iter().map(|c| format!("{c}\n\n")).collect();
    site.write(
        "content/news/disguised.lv.md",
        &format!("---\ntitle: Slēpti\ndate: 2021-05-01\nsummary: Īsi.\n---\n{body}"),
    );
    site.build(&[]);
    let out = site.herald(&["check", "--format", "json"]);
    let findings = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<u64> = findings
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|f| f["code"] == "H034")
        .map(|f| {
            assert_eq!(f["file"], "content/news/disguised.lv.md");
            f["line"].as_u64().unwrap()
        })
        .collect();
    // One warning per case, on its own line (the text starts on line 6, a case every 2 lines).
    let expected: Vec<u64> = (0..cases.len() as u64).map(|i| 6 + 2 * i).collect();
    assert_eq!(lines, expected, "{findings}");
}

#[test]
fn raw_html_false_drops_html_from_the_texts() {
    let mut files = fixture_files();
    files.insert(
        "site.yaml",
        format!("{}markdown:\n  raw_html: false\n", common::SITE_YAML),
    );
    files.insert("content/news/embed.lv.md", EMBED.to_string());
    let site = Site::new(&files);
    site.build(&[]);
    let page = site.read("lv/jaunumi/embed/index.html");
    for gone in ["<iframe", "alert(1)", "onmouseover", "javascript:", "<b "] {
        assert!(!page.contains(gone), "{gone} in {page}");
    }
    let doc = site.html("lv/jaunumi/embed/index.html");
    let body = select(&doc, "main").iter().map(text).collect::<String>();
    assert!(body.contains("Teksts ar treknu un saiti."), "{body}");
    // Nothing left to warn about.
    let out = site.herald(&["check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("H034"), "{stdout}");
    // A misspelt key is an error with a suggestion.
    site.write(
        "site.yaml",
        &format!("{}markdown:\n  raw_htm: false\n", common::SITE_YAML),
    );
    let err = site.build_fails();
    assert!(err.contains("site.yaml:"), "{err}");
    assert!(err.contains("did you mean `raw_html`?"), "{err}");
}

/// Raw HTML that a browser would let swallow the rest of the page (an unclosed comment,
/// `<iframe>`, `<textarea>`, `<style>`, `<noscript>`, `<title>`, `<plaintext>` …) is balanced:
/// the item still shows its EU publicity block and the footer, and the text after it.
#[test]
fn unclosed_raw_html_cannot_swallow_the_publicity_block() {
    let site = Site::fixture();
    let cases = [
        "<!-- komentārs",
        "<iframe src=\"https://www.openstreetmap.org/export/embed.html\" title=\"Karte\">",
        "<textarea>",
        "<style>",
        "<noscript>",
        "<title>",
        "<script>",
        "<xmp>",
        "<plaintext>",
        "<table><tr><td>",
        "<select>",
        "<template>",
        "</div></div></main>",
    ];
    for (i, open) in cases.iter().enumerate() {
        site.write(
            &format!("content/news/raw-{i}.lv.md"),
            &format!("---\ntitle: Iegults {i}\ndate: 2021-05-0{}\n---\nPirms.\n\n{open}\n\nTeksts pēc.\n", 1 + i % 9),
        );
    }
    site.build(&[]);
    for (i, open) in cases.iter().enumerate() {
        let doc = site.html(&format!("lv/jaunumi/raw-{i}/index.html"));
        assert_eq!(
            select(&doc, "main aside.publicity p.publicity-disclaimer").len(),
            1,
            "{open}: no publicity block in the page"
        );
        assert_eq!(
            select(&doc, "body > footer.site-footer").len(),
            1,
            "{open}: no footer"
        );
    }
    // The feed carries the same texts: still one entry per item, each whole.
    let feed = site.read("lv/atom.xml");
    for i in 0..cases.len() {
        assert!(
            feed.contains(&format!("Iegults {i}")),
            "raw-{i} not in the feed"
        );
    }
}

/// Builds, then lays `text` over `path`: the build fails naming `at` (file:line:col), says what
/// the character is, and leaves the output as it was; `check` gives it the code H021.
fn control_character_is_refused(path: &str, text: &str, at: &str, what: &str) {
    let site = Site::fixture();
    site.build(&[]);
    let before = snapshot(&site.out());
    site.write(path, text);
    let err = site.build_fails();
    assert!(
        err.contains(&format!("{at}: error: the text contains {what}")),
        "{err}"
    );
    assert!(err.contains("hint: delete it"), "{err}");
    assert_eq!(snapshot(&site.out()), before);
    let check = site.herald(&["check"]);
    let out = String::from_utf8_lossy(&check.stdout).into_owned()
        + &String::from_utf8_lossy(&check.stderr);
    assert!(out.contains(&format!("{at}: error[H021]")), "{out}");
}

#[test]
fn a_control_character_in_any_text_is_refused_with_its_place() {
    let item = "content/news/kick-off/index.lv.md";
    control_character_is_refused(
        item,
        "---\ntitle: Semi\0nārs\ndate: 2020-09-15\n---\nTeksts.\n",
        "content/news/kick-off/index.lv.md:2:12",
        "a NUL character (U+0000)",
    );
    control_character_is_refused(
        item,
        "---\ntitle: Seminārs\ndate: 2020-09-15\nsummary: Īsi\u{1}.\n---\nTeksts.\n",
        "content/news/kick-off/index.lv.md:4:13",
        "an invisible control character (U+0001)",
    );
    control_character_is_refused(
        item,
        "---\ntitle: Seminārs\ndate: 2020-09-15\n---\nTeksts.\n\n![Karte\u{1b}](karte.png) un \u{FFFF}\n",
        "content/news/kick-off/index.lv.md:7:8",
        "an invisible control character (U+001B)",
    );
    control_character_is_refused(
        "site.yaml",
        &common::SITE_YAML.replace("Projekta vietne", "Projekta\u{85} vietne"),
        "site.yaml:1:22",
        "an invisible control character (U+0085)",
    );
    control_character_is_refused(
        "i18n/lv.ftl",
        "site-footer-note = Piezīme\u{0}\n",
        "i18n/lv.ftl:1:27",
        "a NUL character (U+0000)",
    );
}

/// A YAML escape is another way in: the character never appears in the file itself. It is
/// refused at its line as the character itself would be.
#[test]
fn a_control_character_made_by_a_yaml_escape_is_refused_with_its_line() {
    control_character_is_refused_by_escape(
        "content/news/kick-off/index.lv.md",
        "---\ntitle: Seminārs\ndate: 2020-09-15\nsummary: \"Īsi\\x1b.\"\n---\nTeksts.\n",
        "content/news/kick-off/index.lv.md:4",
    );
    control_character_is_refused_by_escape(
        "site.yaml",
        &common::SITE_YAML.replace("Projekta vietne", "\\0Projekta vietne"),
        "site.yaml:1",
    );
}

fn control_character_is_refused_by_escape(path: &str, text: &str, at: &str) {
    let site = Site::fixture();
    site.build(&[]);
    let before = snapshot(&site.out());
    site.write(path, text);
    let err = site.build_fails();
    assert!(
        err.contains(&format!(
            "{at}: error: a quoted text makes an invisible control character"
        )),
        "{err}"
    );
    assert_eq!(snapshot(&site.out()), before);
    let check = site.herald(&["check"]);
    let out = String::from_utf8_lossy(&check.stdout).into_owned()
        + &String::from_utf8_lossy(&check.stderr);
    assert!(out.contains(&format!("{at}: error[H021]")), "{out}");
}

/// A character reference in a text (`&#1;`) makes a character no page or feed may carry: it
/// is left out, so the pages, feeds and site map stay well-formed.
#[test]
fn feeds_and_the_site_map_stay_well_formed_xml_whatever_a_text_holds() {
    let mut files = fixture_files();
    files.insert(
        "content/news/lv-only.lv.md",
        "---\ntitle: \"Vārds <b>&amp;\"\ndate: 2021-02-18\n---\nTeksts&#1; ar &#x1B;atsaucēm&#0;.\n".into(),
    );
    let site = Site::new(&files);
    site.build(&[]);
    for feed in ["lv/atom.xml", "lt/atom.xml", "sitemap.xml"] {
        let xml = site.read(feed);
        if let Err(e) = roxmltree::Document::parse(&xml) {
            panic!("{feed} is not well-formed XML: {e}\n{xml}");
        }
    }
    let feed = site.read("lv/atom.xml");
    assert!(feed.contains("Vārds &lt;b&gt;&amp;amp;"), "{feed}");
    let page = site.read("lv/jaunumi/lv-only/index.html");
    assert!(page.contains("Teksts ar atsaucēm"), "{page}");
    assert!(!page.contains(['\u{1}', '\u{1b}', '\0']), "{page}");
}

/// Emacs marks a file being edited with a lock file `.#name`, a symbolic link to nowhere: a
/// hidden file, never read, never an error.
#[cfg(unix)]
#[test]
fn an_editor_lock_file_does_not_stop_the_build() {
    let site = Site::fixture();
    std::os::unix::fs::symlink(
        "editor@laptop.4242:1700000000",
        site.root().join("content/news/.#lv-only.lv.md"),
    )
    .unwrap();
    site.write("static/site.css", "body{}");
    std::os::unix::fs::symlink("nowhere", site.root().join("static/.#site.css")).unwrap();
    site.build(&[]);
    assert!(site.out().join("lv/jaunumi/lv-only/index.html").is_file());
}

/// Bundle attachments, static files, templates and interface texts that are symbolic links
/// inside the site folder are followed like the files they name.
#[cfg(unix)]
#[test]
fn links_inside_the_site_are_followed() {
    let site = Site::fixture();
    site.write("shared/plan.pdf", "%PDF-1.4 plāns");
    site.write("shared/site.css", "body{}");
    site.write("shared/footer.html", "<p>Kājene</p>");
    let link = |target: &str, at: &str| {
        let at = site.root().join(at);
        std::fs::create_dir_all(at.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(site.root().join(target), at).unwrap();
    };
    link("shared/plan.pdf", "content/news/kick-off/plan.pdf");
    link("shared", "static/shared");
    link("shared/footer.html", "templates/partials/extra.html");
    site.build(&[]);
    assert_eq!(
        std::fs::read_to_string(site.out().join("lv/jaunumi/kick-off/plan.pdf")).unwrap(),
        "%PDF-1.4 plāns"
    );
    assert!(site.out().join("shared/site.css").is_file());
}
