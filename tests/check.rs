//! `herald check`: a fixture with one instance of each finding gives exactly those findings
//! (code, file, line) in every output format; build errors come with their codes; exit codes;
//! `--external` against a local HTTP server; the example site is clean with `--strict`.

use crate::common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::process::{Command, Output};

use common::{Site, SITE_YAML};

const FOOTER: &str = include_str!("../themes/default/templates/partials/footer.html");

/// One finding as (code, file, line).
type Found = (String, String, Option<usize>);

fn check_site() -> (Site, usize) {
    let mut f: BTreeMap<&str, String> = BTreeMap::new();
    f.insert(
        "site.yaml",
        SITE_YAML.replace("programme: latlit-2014-2020", "programme: demo-2030"),
    );
    // A programme profile of the site's own, complete in lv and missing its statement in lt.
    f.insert(
        "i18n/lv.ftl",
        "demo-2030 = Demo programma\n    .mandatory = statement\ndemo-2030-statement = Projektu { $acronym } ({ $code }) atbalsta demo programma.\n".into(),
    );
    f.insert(
        "i18n/lt.ftl",
        "demo-2030 = Demo programa\n    .mandatory = statement\n".into(),
    );
    f.insert("i18n/readme.txt", "notes\n".into());
    f.insert("site.yml", "title: old\n".into());
    f.insert(
        "content/news/_index.lv.md",
        "---\ntitle: Jaunumi\nslug: jaunumi\n---\n".into(),
    );
    f.insert(
        "content/news/_index.lt.md",
        "---\ntitle: Naujienos\nslug: naujienos\n---\n".into(),
    );
    f.insert(
        "content/news/ok/index.lv.md",
        "---\ntitle: Viss kārtībā\ndate: 2021-03-01\ngallery:\n  - {image: a.jpg, alt: \"Dalībnieki pie galda\"}\n  - {image: big.jpg, alt: \"Zāle pirms remonta\"}\n---\nTeksts ar [bildēm](../pics/index.lv.md#bildes).\n\n## Programma\n\nTeksts.\n".into(),
    );
    // Links across languages, to an existing heading: fine.
    f.insert(
        "content/news/ok/index.lt.md",
        "---\ntitle: Viskas gerai\ngallery:\n  - {image: a.jpg, alt: \"Dalyviai prie stalo\"}\n  - {image: big.jpg, alt: \"Salė prieš remontą\"}\n---\nTekstas, [programa latviškai](index.lv.md#programma), [nuotraukos](../pics/index.lt.md).\n".into(),
    );
    f.insert(
        "content/news/pics/index.lv.md",
        "---\ntitle: Bildes\ndate: 2021-04-01\nresponsible: \"\"\ngallery:\n  - {image: c.jpg, alt: c.jpg}\n---\nTeksts.\n\n## Bildes\n\n![Bilde](b.jpg)\n\n[Plāns](/plans.pdf) un [seminārs](../ok/index.lv.md#programa).\n".into(),
    );
    f.insert(
        "content/news/pics/index.lt.md",
        "---\ntitle: Nuotraukos\ngallery:\n  - {image: c.jpg, alt: \"Salė\"}\n---\nTekstas.\n"
            .into(),
    );
    f.insert(
        "content/news/nosummary/index.lv.md",
        "---\ntitle: Bez kopsavilkuma\ndate: 2021-05-01\nsummary: \"\"\n---\n".into(),
    );
    f.insert(
        "content/news/nosummary/index.lt.md",
        "---\ntitle: Be santraukos\nsummary: Santrauka.\n---\n".into(),
    );
    f.insert(
        "content/news/future/index.lv.md",
        "---\ntitle: Nākotnē\ndate: 2999-01-01\n---\nTeksts.\n".into(),
    );
    f.insert(
        "content/news/future/index.lt.md",
        "---\ntitle: Ateityje\n---\nTekstas.\n".into(),
    );
    f.insert(
        "content/news/mismatch/index.lv.md",
        "---\ntitle: Datums\ndate: 2021-06-01\n---\nTeksts.\n".into(),
    );
    f.insert(
        "content/news/mismatch/index.lt.md",
        "---\ntitle: Data\ndate: 2021-06-02\n---\nTekstas.\n".into(),
    );
    f.insert(
        "content/news/lv-only.lv.md",
        "---\ntitle: Tikai latviski\ndate: 2021-07-01\n---\nTeksts.\n".into(),
    );
    f.insert("content/news/notes.markdown", "# notes\n".into());
    // A site template with a link to a page that does not exist.
    let footer = format!("{FOOTER}<a href=\"{{{{ url(path='kontakti/') }}}}\">Kontakti</a>\n");
    let footer_line = footer.lines().count();
    f.insert("templates/partials/footer.html", footer);
    let site = Site::new(&f);
    // Real pictures: small ones, and one heavier than the test's limit (noise compresses badly).
    let small = image::RgbImage::from_pixel(8, 8, image::Rgb([0, 51, 153]));
    for p in [
        "content/news/ok/a.jpg",
        "content/news/pics/b.jpg",
        "content/news/pics/c.jpg",
    ] {
        small.save(site.root().join(p)).unwrap();
    }
    small
        .save(site.root().join("content/news/pics/unused.png"))
        .unwrap();
    let noisy = image::RgbImage::from_fn(120, 120, |x, y| {
        let v = (x.wrapping_mul(7919) ^ y.wrapping_mul(104729)).wrapping_mul(2654435761) >> 24;
        image::Rgb([v as u8, (v >> 3) as u8, (v << 2) as u8])
    });
    noisy
        .save(site.root().join("content/news/ok/big.jpg"))
        .unwrap();
    (site, footer_line)
}

fn expected(footer_line: usize) -> Vec<Found> {
    let e = |code: &str, file: &str, line: Option<usize>| (code.into(), file.into(), line);
    let mut v = vec![
        e("H025", "content/news/future/index.lv.md", Some(3)),
        e("H040", "content/news/lv-only.lv.md", None),
        e("H041", "content/news/mismatch/index.lt.md", Some(3)),
        e("H029", "content/news/notes.markdown", None),
        e("H023", "content/news/nosummary/index.lv.md", Some(4)),
        e("H014", "content/news/ok/big.jpg", None),
        e("H051", "content/news/pics/index.lv.md", Some(4)),
        e("H013", "content/news/pics/index.lv.md", Some(6)),
        e("H030", "content/news/pics/index.lv.md", Some(14)),
        e("H031", "content/news/pics/index.lv.md", Some(14)),
        e("H015", "content/news/pics/unused.png", None),
        e("H005", "i18n/lt.ftl", None),
        e("H050", "i18n/lt.ftl", None),
        e("H029", "i18n/readme.txt", None),
        e("H029", "site.yml", None),
        e("H030", "templates/partials/footer.html", Some(footer_line)),
    ];
    v.sort();
    v
}

fn run(site: &Site, args: &[&str]) -> Output {
    let mut all = vec!["check", "--max-picture-mb", "0.002"];
    all.extend_from_slice(args);
    site.herald(&all)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn from_json(text: &str) -> Vec<Found> {
    let mut v: Vec<Found> = text
        .lines()
        .map(|l| {
            let j: serde_json::Value = serde_json::from_str(l).expect(l);
            (
                j["code"].as_str().unwrap().to_string(),
                j["file"].as_str().unwrap_or("").to_string(),
                j["line"].as_u64().map(|n| n as usize),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn one_of_each_finding_in_json() {
    let (site, footer_line) = check_site();
    let out = run(&site, &["--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert_eq!(
        from_json(&stdout(&out)),
        expected(footer_line),
        "{}",
        stdout(&out)
    );
    // Columns and hints come along.
    let text = stdout(&out);
    let anchor = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|j| j["code"] == "H031")
        .unwrap();
    assert_eq!(anchor["column"], 24);
    assert_eq!(anchor["name"], "broken-anchor");
    assert_eq!(anchor["severity"], "error");
    assert_eq!(
        anchor["message"],
        "the link `../ok/index.lv.md#programa` points to #programa, which is not on /octopus/lv/jaunumi/ok/"
    );
    assert_eq!(anchor["hint"], "did you mean #programma?");
}

#[test]
fn one_of_each_finding_in_human_format() {
    let (site, footer_line) = check_site();
    let out = run(&site, &[]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(!text.contains('\x1b'), "no colours when not on a terminal");
    let mut found: Vec<Found> = text
        .lines()
        .filter(|l| l.contains("error[") || l.contains("warning["))
        .map(|l| {
            let (loc, rest) = l.split_once(": ").unwrap();
            let code = rest.split('[').nth(1).unwrap().split(']').next().unwrap();
            let mut parts = loc.split(':');
            let file = parts.next().unwrap().to_string();
            let line = parts.next().map(|n| n.parse().unwrap());
            (code.to_string(), file, line)
        })
        .collect();
    found.sort();
    assert_eq!(found, expected(footer_line), "{text}");
    assert!(
        text.contains(
            "content/news/pics/index.lv.md:6: error[H013]: the alt text of `c.jpg` is its file name\n  hint: "
        ),
        "{text}"
    );
    assert!(text.contains("6 errors, 10 warnings"), "{text}");
    assert!(text.contains("Missing translations: lt: 1"), "{text}");
}

#[test]
fn one_of_each_finding_as_github_annotations() {
    let (site, footer_line) = check_site();
    let out = site.herald(&["check", "--max-picture-mb", "0.002", "--format", "github"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let root = site.root().to_string_lossy().replace('\\', "/");
    let mut found: Vec<Found> = text
        .lines()
        .map(|l| {
            assert!(
                l.starts_with("::error ") || l.starts_with("::warning "),
                "{l}"
            );
            let props = l.split_once(' ').unwrap().1.split("::").next().unwrap();
            let get = |k: &str| {
                props
                    .split(',')
                    .find_map(|p| p.strip_prefix(&format!("{k}=")))
                    .map(str::to_string)
            };
            let file = get("file").unwrap();
            let file = file
                .strip_prefix(&format!("{root}/"))
                .unwrap_or(&file)
                .to_string();
            let code = get("title").unwrap();
            (
                code.split(' ').next().unwrap().to_string(),
                file,
                get("line").map(|n| n.parse().unwrap()),
            )
        })
        .collect();
    found.sort();
    assert_eq!(found, expected(footer_line), "{text}");
    assert!(text.contains(",title=H031 broken-anchor::"), "{text}");
    assert!(text.contains("%0Ahint: "), "{text}");
}

#[test]
fn allow_silences_a_check() {
    let (site, _) = check_site();
    let out = run(
        &site,
        &[
            "--format",
            "json",
            "--allow",
            "H040",
            "--allow",
            "future-date",
        ],
    );
    let found = from_json(&stdout(&out));
    assert!(!found.iter().any(|f| f.0 == "H040" || f.0 == "H025"));
    assert_eq!(found.len(), 14);
}

#[test]
fn exit_codes() {
    // Clean, and warnings without and with --strict.
    let site = Site::fixture();
    let clean = site.herald(&["check", "--allow", "missing-translation"]);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    assert!(stdout(&clean).contains("No problems found."));
    let warned = site.herald(&["check"]);
    assert_eq!(warned.status.code(), Some(0), "{}", stdout(&warned));
    assert!(stdout(&warned).contains("warning[H040]"));
    let strict = site.herald(&["check", "--strict"]);
    assert_eq!(strict.status.code(), Some(1));

    // No site.yaml at all: 2.
    let empty = Site::new(&BTreeMap::new());
    let out = empty.herald(&["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        from_json(&stdout(&out)),
        vec![("H001".to_string(), "site.yaml".to_string(), None)]
    );
    // A site.yaml that is not valid: 2, with the line.
    let mut files = common::fixture_files();
    files.insert("site.yaml", SITE_YAML.replace("languages:", "langauges:"));
    let bad = Site::new(&files);
    let out = bad.herald(&["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        from_json(&stdout(&out)),
        vec![("H002".to_string(), "site.yaml".to_string(), Some(3))]
    );
}

/// Build errors are reported by check too, each with its code, file and line.
#[test]
fn build_errors_have_codes() {
    let cases: &[(&str, &str, &str, Option<usize>)] = &[
        (
            "content/news/x.lv.md",
            "---\ntitle: X\ndate: 2021-01-01\nsumary: y\n---\n",
            "H020",
            Some(4),
        ),
        (
            "content/news/x.lv.md",
            "---\ntitle: X\ndate: 2021-02-30\n---\n",
            "H024",
            Some(3),
        ),
        (
            "content/news/x.lv.md",
            "---\ntitle: \" \"\ndate: 2021-01-01\n---\n",
            "H022",
            Some(2),
        ),
        (
            "content/news/x.lv.md",
            "---\ntitle: X\n---\n",
            "H024",
            Some(2),
        ),
        (
            "content/news/x.lv.md",
            "---\ntitle: X\ndate: 2021-01-01\nslug: \"a/b\"\n---\n",
            "H026",
            Some(4),
        ),
        (
            "content/news/x.lv.md",
            "---\ntitle: X\ndate: 2021-01-01\nslug: lv-only\n---\n",
            "H027",
            Some(4),
        ),
        ("content/news/x.et.md", "---\ntitle: X\n---\n", "H028", None),
        (
            "content/news/x.lv.md",
            "---\ntitle: X\ndate: 2021-01-01\ncover: nav.jpg\n---\n",
            "H010",
            Some(4),
        ),
        (
            "content/news/x.lv.md",
            "---\ntitle: X\ndate: 2021-01-01\n---\n\n[a](nav.lv.md)\n",
            "H030",
            Some(6),
        ),
        (
            "content/news/x.lv.md",
            "---\ntitle: X\ndate: 2021-01-01\n---\n\n[a](javascript:alert(1))\n",
            "H032",
            Some(6),
        ),
        (
            "content/news/x.lv.md",
            "---\ntitle: X\ndate: 2021-01-01\n---\n\n![](/style.css)\n",
            "H012",
            Some(6),
        ),
        (
            "content/news/x.lv.md",
            "(replaced by Windows-1257 bytes)",
            "H021",
            Some(2),
        ),
        ("templates/page.html", "{% if %}", "H003", Some(1)),
    ];
    for (path, text, code, line) in cases {
        let mut files = common::fixture_files();
        files.insert(path, text.to_string());
        let site = Site::new(&files);
        if *code == "H021" {
            // Written as raw bytes: the Windows-1257 ī.
            std::fs::write(site.root().join(path), b"---\ntitle: R\xEEga\n---\n").unwrap();
        }
        let out = site.herald(&["check", "--format", "json"]);
        assert_eq!(out.status.code(), Some(1), "{path}: {}", stdout(&out));
        let found = from_json(&stdout(&out));
        let file = if *code == "H027" {
            // Reported at both pages' files; one of them is this one.
            found
                .iter()
                .find(|f| f.0 == *code)
                .map(|f| f.1.clone())
                .unwrap_or_default()
        } else {
            path.to_string()
        };
        assert!(
            found.contains(&(code.to_string(), file, *line)),
            "{path} {code}: {found:?}"
        );
    }
}

#[test]
fn template_without_emblem_or_publicity_is_found() {
    let mut files = common::fixture_files();
    files.insert(
        "templates/partials/header.html",
        "<header><a href=\"{{ url(path=lang ~ '/') }}\">{{ site.title }}</a></header>\n".into(),
    );
    let site = Site::new(&files);
    let out = site.herald(&["check", "--format", "json", "--allow", "H040"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let found = from_json(&stdout(&out));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "H052");

    let mut files = common::fixture_files();
    files.insert(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}{{ page.content | safe }}{% endblock main %}"
            .into(),
    );
    let site = Site::new(&files);
    let out = site.herald(&["check", "--format", "json"]);
    let found = from_json(&stdout(&out));
    assert!(
        found
            .iter()
            .any(|f| f.0 == "H053" && f.1 == "templates/page.html"),
        "{found:?}"
    );
}

/// A tiny HTTP server on 127.0.0.1: `/ok` answers 200, `/gone` 404, `/slow` never answers.
fn serve() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut request = String::new();
                if reader.read_line(&mut request).is_err() {
                    return;
                }
                loop {
                    let mut header = String::new();
                    if reader.read_line(&mut header).unwrap_or(0) <= 2 {
                        break;
                    }
                }
                let status = if request.contains(" /ok ") {
                    "200 OK"
                } else if request.contains(" /slow ") {
                    std::thread::sleep(std::time::Duration::from_secs(5));
                    return;
                } else {
                    "404 Not Found"
                };
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                );
            });
        }
    });
    port
}

#[test]
fn external_links_with_timeout() {
    let port = serve();
    let mut files = common::fixture_files();
    files.insert(
        "content/about.lv.md",
        format!("---\ntitle: Par projektu\nslug: par-projektu\n---\n[labi](http://127.0.0.1:{port}/ok)\n\n[nav](http://127.0.0.1:{port}/gone)\n\n[lēni](http://127.0.0.1:{port}/slow)\n"),
    );
    // The social and programme links of the theme point to the internet: keep them local.
    files.insert(
        "site.yaml",
        SITE_YAML.replace(
            "social:\n  - {name: Facebook, url: \"https://www.facebook.com/example\"}\n",
            "",
        ),
    );
    let site = Site::new(&files);
    // Without --external nothing is asked.
    let out = site.herald(&["check", "--format", "json", "--allow", "H040"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));

    let start = std::time::Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(["check", "--format", "json", "--allow", "H040", "--external"])
        .args(["--timeout", "1", "--concurrency", "2", "--root"])
        .arg(site.root())
        .env("NO_PROXY", "127.0.0.1")
        .output()
        .unwrap();
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    let ours: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|j| j["message"].as_str().unwrap().contains("127.0.0.1"))
        .collect();
    assert_eq!(ours.len(), 2, "{text}");
    assert!(ours
        .iter()
        .all(|j| j["code"] == "H033" && j["file"] == "content/about.lv.md"));
    assert!(ours
        .iter()
        .any(|j| j["line"] == 7 && j["message"].as_str().unwrap().contains("404")));
    assert!(
        ours.iter().any(|j| j["line"] == 9
            && j["message"]
                .as_str()
                .unwrap()
                .contains("within the timeout")),
        "{text}"
    );
    assert!(start.elapsed() < std::time::Duration::from_secs(20));
}

#[test]
fn the_example_site_is_clean_with_strict() {
    let out = Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(["check", "--strict", "--root", env!("CARGO_MANIFEST_DIR")])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stdout(&out), "No problems found.\n");
}

#[test]
fn an_item_published_in_one_language_on_purpose_is_not_reported() {
    let site = Site::fixture();
    let out = site.herald(&["check", "--format", "json"]);
    let before = from_json(&stdout(&out));
    let missing = |found: &[Found], file: &str| found.iter().any(|f| f.0 == "H040" && f.1 == file);
    assert!(missing(&before, "content/news/lv-only.lv.md"), "{before:?}");
    site.write(
        "content/news/lv-only.lv.md",
        "---\ntitle: Tikai latviski\ndate: 2021-02-18\nsummary: Ziņa tikai latviešu valodā.\ntranslate: false\n---\nTeksts.\n",
    );
    let out = site.herald(&["check", "--format", "json"]);
    let after = from_json(&stdout(&out));
    assert!(!missing(&after, "content/news/lv-only.lv.md"), "{after:?}");
    assert!(missing(&after, "content/news/lt-only.lt.md"), "{after:?}");
}

/// A user fixes a site in one round: a page that cannot be built (a picture without alt text,
/// a gallery translation without one, a cover that does not exist) does not hide what the rest
/// of the site shows (a broken anchor elsewhere, a broken link in the same page).
#[test]
fn every_finding_is_reported_in_one_run() {
    let mut files = common::fixture_files();
    files.insert(
        "content/news/pics/index.lv.md",
        "---\ntitle: Bildes\ndate: 2021-04-01\n---\nTeksts.\n\n![](karte.png)\n\n[Nav](../nav/index.lv.md)\n".into(),
    );
    files.insert(
        "content/news/nocover.lv.md",
        "---\ntitle: Bez vāka\ndate: 2021-04-02\ncover: nav.jpg\n---\nTeksts.\n".into(),
    );
    files.insert(
        "content/about.lt.md",
        "---\ntitle: Apie projektą\nslug: apie-projekta\n---\nŽr. [seminarą](news/kick-off/index.lt.md#nera)\n".into(),
    );
    let site = Site::new(&files);
    std::fs::write(
        site.root().join("content/news/pics/karte.png"),
        std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/bad-sites/gallery-translation-no-alt/content/news/kick-off/foto.png"
        ))
        .unwrap(),
    )
    .unwrap();
    let out = site.herald(&["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let found = from_json(&stdout(&out));
    for want in [
        ("H012", "content/news/pics/index.lv.md", Some(7)),
        ("H030", "content/news/pics/index.lv.md", Some(9)),
        ("H010", "content/news/nocover.lv.md", Some(4)),
        ("H031", "content/about.lt.md", Some(5)),
    ] {
        let want = (want.0.to_string(), want.1.to_string(), want.2);
        assert!(found.contains(&want), "{want:?} not in {found:?}");
    }
}
