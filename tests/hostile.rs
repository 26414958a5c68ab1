//! Messy and hostile input: huge and deeply nested files, symbolic-link loops, escaping of
//! everything a user types, leftovers of an interrupted build. herald stays calm, precise and
//! safe: no panic, a clear error or a correct site, never lost data.

mod common;

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
    let out = site.herald(&["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
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
    let mut files = fixture_files();
    files.insert(
        "content/news/evil.lv.md",
        format!(
            "---\ntitle: '{}'\ndate: 2021-05-01\nsummary: '{}'\nauthor: {{name: '{}', role: '{}'}}\ntags: ['{}']\n---\nTeksts.\n",
            evil.replace('\'', "''"),
            evil.replace('\'', "''"),
            evil.replace('\'', "''"),
            evil.replace('\'', "''"),
            evil.replace('\'', "''"),
        ),
    );
    let site = Site::new(&files);
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
    // Feeds and the sitemap are well-formed XML with the text intact.
    let feed = site.read("lv/atom.xml");
    assert!(feed.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;"));
}

#[test]
fn leftovers_of_an_interrupted_build_are_cleaned_and_the_output_is_whole() {
    let site = Site::fixture();
    site.build(&[]);
    // A build killed mid-way leaves its staging folder beside the output.
    let leftover = site.root().join(".public.herald-new-999999");
    std::fs::create_dir_all(leftover.join("lv")).unwrap();
    std::fs::write(leftover.join("lv/index.html"), "half").unwrap();
    site.build(&[]);
    assert!(!leftover.exists());
    assert!(site.read("lv/index.html").contains("<html"));
}

#[test]
fn a_killed_build_leaves_the_previous_output_whole() {
    // Build a larger site so the kill lands while the build runs.
    let mut files = fixture_files();
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
