//! `herald init` and `herald new`: what they make builds; `check` names every placeholder they
//! wrote (so `check --strict` fails until each is replaced) and, once they are, finds nothing;
//! they never overwrite.

use crate::common;

use std::path::Path;
use std::process::{Command, Output};

use common::{attr, select, text, Site};

fn herald_in(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_herald"))
        .env("HERALD_LANG", "en")
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    out
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    common::snapshot(dir).into_iter().collect()
}

/// Replaces every placeholder `init` and `new` wrote, as a user does before publishing.
fn fill_in(root: &Path) {
    let files = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.path()
                .extension()
                .is_some_and(|x| x == "md" || x == "yaml")
        });
    for entry in files {
        let mut text = std::fs::read_to_string(entry.path()).unwrap();
        for (i, p) in herald::scaffold::placeholders().iter().enumerate() {
            let real = match *p {
                "ACRONYM" => "OCTOPUS".to_string(),
                "LLI-000" => "LLI-425".to_string(),
                "+371 00 000 000" => "+371 630 28 333".to_string(),
                _ => format!("Īsts teksts {i}"),
            };
            text = text.replace(p, &real);
        }
        std::fs::write(entry.path(), text).unwrap();
    }
}

/// The `H080 placeholder` findings of `check --format json`, as (file, line, message).
fn placeholders_found(root: &Path) -> Vec<(String, u64, String)> {
    let out = herald_in(root, &["check", "--format", "json"]);
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|f| f["code"] == "H080")
        .map(|f| {
            (
                f["file"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// A new site in a temp folder: `herald init site`.
fn init() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = ok(&herald_in(tmp.path(), &["init", "site"]));
    let root = tmp.path().join("site");
    let mut made: Vec<String> = snapshot(&root).into_iter().map(|(p, _)| p).collect();
    made.sort();
    assert_eq!(
        made,
        [
            "content/news/_index.lt.md",
            "content/news/_index.lv.md",
            "content/news/project-started/index.lt.md",
            "content/news/project-started/index.lv.md",
            "site.yaml",
        ]
    );
    assert!(out.contains("site/site.yaml"), "{out}");
    (tmp, root)
}

#[test]
fn init_then_build_and_check_clean() {
    let (_tmp, root) = init();
    let yaml = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    // Commented, every key (optional ones commented out with an example).
    for key in [
        "title:",
        "base_url:",
        "languages:",
        "theme:",
        "paginate_by:",
        "author:",
        "project:",
        "acronym:",
        "code:",
        "name:",
        "programme:",
        "start:",
        "end:",
        "budget_eur:",
        "erdf_eur:",
        "responsible:",
        "partners:",
        "programme_logo:",
        "social:",
        "contact:",
        "address:",
        "phone:",
        "email:",
        "accessibility:",
        "enforcement:",
        "extra:",
    ] {
        assert!(yaml.contains(key), "site.yaml lacks {key}");
    }
    assert!(
        yaml.lines()
            .filter(|l| l.trim_start().starts_with('#'))
            .count()
            > 15
    );

    // Every placeholder is a warning naming its key and line: check passes, --strict fails.
    let check = herald_in(&root, &["check"]);
    assert_eq!(check.status.code(), Some(0));
    let found = placeholders_found(&root);
    let yaml_lines: Vec<&str> = yaml.lines().collect();
    for (key, value) in [
        ("project.acronym", "ACRONYM"),
        ("project.code", "LLI-000"),
        ("project.responsible.lv", "Organizācijas nosaukums"),
        ("project.partners.name.lt", "Organizacijos pavadinimas"),
        ("contact.phone", "+371 00 000 000"),
    ] {
        let hit = found
            .iter()
            .find(|(f, _, m)| f == "site.yaml" && m.contains(&format!("`{key}`")));
        let (_, line, _) = hit.unwrap_or_else(|| panic!("{key}: {found:?}"));
        assert!(
            yaml_lines[*line as usize - 1].contains(value),
            "{key} at {line}"
        );
    }
    assert!(
        found
            .iter()
            .any(|(f, line, _)| f == "content/news/project-started/index.lt.md" && *line > 5),
        "{found:?}"
    );
    assert_eq!(
        herald_in(&root, &["check", "--strict"]).status.code(),
        Some(1)
    );
    fill_in(&root);
    let check = herald_in(&root, &["check", "--strict"]);
    assert_eq!(ok(&check), "No problems found.\n");
    ok(&herald_in(&root, &["build"]));
    let lv = common::snapshot(&root.join("public"));
    assert!(
        lv.contains_key("lv/jaunumi/projekts-ir-sacies/index.html"),
        "{:?}",
        lv.keys()
    );
    assert!(lv.contains_key("lt/naujienos/projektas-prasidejo/index.html"));
    let html = scraper::Html::parse_document(&String::from_utf8_lossy(
        &lv["lt/naujienos/projektas-prasidejo/index.html"],
    ));
    assert_eq!(text(&select(&html, "h1")[0]), "Projektas prasidėjo");
    // The translation inherits the date of the Latvian version.
    assert!(!attr(&html, "time", "datetime").is_empty());
    assert_eq!(select(&html, ".publicity").len(), 1);
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("notes.txt"), "mine").unwrap();
    let out = herald_in(tmp.path(), &["init", "."]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not empty"));
    assert_eq!(
        snapshot(tmp.path()),
        vec![("notes.txt".to_string(), b"mine".to_vec())]
    );
    // Nor an existing site.
    let (_tmp, root) = init();
    let before = snapshot(&root);
    let out = herald_in(root.parent().unwrap(), &["init", "site"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(snapshot(&root), before);
}

#[test]
fn new_items_and_pages_build_and_pass_check() {
    let (_tmp, root) = init();
    // An author in site.yaml goes into new items.
    let yaml = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    std::fs::write(
        root.join("site.yaml"),
        format!("{yaml}\nauthor:\n  name: {{lv: \"Zemgales Plānošanas reģions\", lt: \"Zemgalės planavimo regionas\"}}\n  role: {{lv: speciāliste, lt: specialistė}}\n"),
    )
    .unwrap();

    let out = ok(&herald_in(
        &root,
        &["new", "Noslēguma konference: \"OCTOPUS\""],
    ));
    assert_eq!(
        out,
        "content/news/nosleguma-konference-octopus/index.lv.md\ncontent/news/nosleguma-konference-octopus/index.lt.md\n"
    );
    let lv =
        std::fs::read_to_string(root.join("content/news/nosleguma-konference-octopus/index.lv.md"))
            .unwrap();
    let today = jiff::ZonedDateTime::now().date().to_string();
    assert!(
        lv.contains("title: \"Noslēguma konference: \\\"OCTOPUS\\\"\""),
        "{lv}"
    );
    assert!(lv.contains(&format!("date: {today}")), "{lv}");
    assert!(lv.contains("gallery: []"), "{lv}");
    assert!(lv.contains("name: \"Zemgales Plānošanas reģions\""), "{lv}");
    let lt =
        std::fs::read_to_string(root.join("content/news/nosleguma-konference-octopus/index.lt.md"))
            .unwrap();
    assert!(
        !lt.contains("date:") && lt.contains("Zemgalės planavimo regionas"),
        "{lt}"
    );

    ok(&herald_in(&root, &["new", "news/seminars"]));
    ok(&herald_in(
        &root,
        &[
            "new",
            "news/vizite",
            "--bundle",
            "--title",
            "Pieredzes vizīte",
        ],
    ));
    let out = ok(&herald_in(
        &root,
        &["new", "/about", "--title", "Par projektu"],
    ));
    assert_eq!(out, "content/about.lv.md\ncontent/about.lt.md\n");
    assert!(!std::fs::read_to_string(root.join("content/about.lv.md"))
        .unwrap()
        .contains("date:"));

    // The new items' example text is named, in each new file, until it is replaced.
    let found = placeholders_found(&root);
    for file in [
        "content/news/nosleguma-konference-octopus/index.lt.md",
        "content/news/seminars.lv.md",
        "content/about.lt.md",
    ] {
        assert!(
            found
                .iter()
                .any(|(f, _, m)| f == file && m.starts_with("the text is still the example")),
            "{file}: {found:?}"
        );
    }
    assert_eq!(
        herald_in(&root, &["check", "--strict"]).status.code(),
        Some(1)
    );
    fill_in(&root);
    let check = herald_in(&root, &["check", "--strict"]);
    assert_eq!(ok(&check), "No problems found.\n");
    ok(&herald_in(&root, &["build"]));
    let site = common::snapshot(&root.join("public"));
    for page in [
        "lv/jaunumi/nosleguma-konference-octopus/index.html",
        "lt/naujienos/nosleguma-konference-octopus/index.html",
        "lv/jaunumi/seminars/index.html",
        "lt/naujienos/seminars/index.html",
        "lv/jaunumi/vizite/index.html",
        "lv/about/index.html",
        "lt/about/index.html",
    ] {
        assert!(site.contains_key(page), "{page} missing: {:?}", site.keys());
    }
    let html = String::from_utf8_lossy(&site["lv/jaunumi/nosleguma-konference-octopus/index.html"])
        .into_owned();
    assert!(
        html.contains("Informāciju sagatavoja: Zemgales Plānošanas reģions, speciāliste"),
        "{html}"
    );
}

#[test]
fn new_in_one_language_carries_its_own_date() {
    let (_tmp, root) = init();
    let out = ok(&herald_in(
        &root,
        &["new", "Tikai lietuviškai", "--languages", "lt"],
    ));
    assert_eq!(out, "content/news/tikai-lietuviskai/index.lt.md\n");
    let lt =
        std::fs::read_to_string(root.join("content/news/tikai-lietuviskai/index.lt.md")).unwrap();
    assert!(lt.contains("date: ") && lt.contains("gallery: []"), "{lt}");
    ok(&herald_in(&root, &["build"]));
    // Once the examples are replaced, the only finding: the missing Latvian version.
    fill_in(&root);
    let out = herald_in(&root, &["check", "--format", "json"]);
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("H040"));
    // A language the site does not have is refused.
    let out = herald_in(&root, &["new", "X", "--languages", "en"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn new_never_overwrites() {
    let site = Site::fixture();
    let before = common::snapshot(site.root());
    // kick-off exists as a bundle: neither form may be created again.
    for args in [
        &["new", "news/kick-off"][..],
        &["new", "news/kick-off", "--bundle"][..],
        &["new", "Kick off"][..],
        &["new", "/about"][..],
    ] {
        let out = site.herald(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("already exists"),
            "{args:?}"
        );
    }
    assert_eq!(common::snapshot(site.root()), before);
    // A path outside content/ is refused.
    let out = site.herald(&["new", "news/../../x"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(common::snapshot(site.root()), before);
}
