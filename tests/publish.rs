//! Publishing: unchanged files keep their bytes and their modification time across builds (so
//! rsync and CDNs upload only what changed); the CI recipes run check before build and cache
//! the image cache; the JSON Schemas, completions, --version and --help.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::Site;

fn herald(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(args)
        .output()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn unchanged_files_keep_their_inode_and_mtime() {
    use std::os::unix::fs::MetadataExt;
    let site = Site::fixture();
    site.write("content/news/kick-off/programma.pdf", "pdf bytes");
    site.build(&[]);
    let stat = |rel: &str| std::fs::metadata(site.out().join(rel)).unwrap();
    let about = "lv/par-projektu/index.html";
    let item = "lv/jaunumi/kick-off/index.html";
    let photo = "lv/jaunumi/kick-off/programma.pdf";
    let css = "style.css";
    let before: Vec<_> = [about, item, photo, css].map(stat).into();
    std::thread::sleep(std::time::Duration::from_millis(50));

    let text = std::fs::read_to_string(site.root().join("content/news/kick-off/index.lv.md"))
        .unwrap()
        .replace("četrdesmit", "piecdesmit");
    site.write("content/news/kick-off/index.lv.md", &text);
    site.build(&[]);
    let after: Vec<_> = [about, item, photo, css].map(stat).into();

    for (i, name) in [about, photo, css].iter().enumerate() {
        let i = if i == 0 { 0 } else { i + 1 };
        assert_eq!(before[i].ino(), after[i].ino(), "{name} was rewritten");
        assert_eq!(before[i].mtime_nsec(), after[i].mtime_nsec(), "{name}");
        assert_eq!(before[i].mtime(), after[i].mtime(), "{name}");
    }
    assert_ne!(
        before[1].ino(),
        after[1].ino(),
        "the changed page is a new file"
    );
    assert!(site.read(item).contains("piecdesmit"));
    // Only the output folder itself: no staging or old folders are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".herald-"))
        .filter(|e| e.file_name() != ".herald-cache")
        // The lock a build takes on the output stays (removing it would let two builds in).
        .filter(|e| e.file_name() != ".public.herald-lock")
        .collect();
    assert!(leftovers.is_empty());
}

fn yaml(path: &str) -> (String, serde_yaml::Value) {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{path}: {e}"));
    let value = serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    (text, value)
}

#[test]
fn ci_recipes_check_before_build_and_cache_the_image_cache() {
    for path in [
        "examples/ci/github-pages.yml",
        "examples/ci/.gitlab-ci.yml",
        "examples/ci/rsync-ssh.yml",
    ] {
        let (text, _) = yaml(path);
        let check = text
            .find("herald check")
            .unwrap_or_else(|| panic!("{path} runs no check"));
        let build = text
            .find("herald build")
            .unwrap_or_else(|| panic!("{path} runs no build"));
        assert!(check < build, "{path}: check must come before build");
        assert!(
            text.contains(".herald-cache"),
            "{path} does not cache the image cache"
        );
        assert!(
            text.contains("--format github") || path.contains("gitlab"),
            "{path}"
        );
    }
    // The GitHub workflow is a valid workflow: on, jobs with steps.
    let (_, gh) = yaml("examples/ci/github-pages.yml");
    assert!(gh.get("on").is_some() && gh["jobs"]["build"]["steps"].is_sequence());
    // Scheduled news appear on their day: the GitHub recipes also run once a day, GitLab's
    // says how to schedule it.
    for path in ["examples/ci/github-pages.yml", "examples/ci/rsync-ssh.yml"] {
        let (_, wf) = yaml(path);
        let cron = wf["on"]["schedule"][0]["cron"].as_str().unwrap_or_default();
        assert_eq!(
            cron.split(' ').skip(2).collect::<Vec<_>>(),
            ["*", "*", "*"],
            "{path}"
        );
    }
    assert!(yaml("examples/ci/.gitlab-ci.yml")
        .0
        .contains("Pipeline schedules"));
    let (_, gl) = yaml("examples/ci/.gitlab-ci.yml");
    assert_eq!(gl["pages"]["artifacts"]["paths"][0], "public");
}

#[test]
fn schemas_come_from_the_types() {
    let schema = |what: &str| -> serde_json::Value {
        let out = herald(&["schema", what]);
        assert!(out.status.success());
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let site = schema("site");
    let keys: Vec<&str> = site["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for k in [
        "title",
        "base_url",
        "languages",
        "theme",
        "paginate_by",
        "project",
        "social",
        "contact",
        "author",
        "extra",
    ] {
        assert!(keys.contains(&k), "{k} missing from {keys:?}");
    }
    assert_eq!(site["additionalProperties"], false);
    let required: Vec<&str> = site["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(required.contains(&"project") && !required.contains(&"theme"));

    let page = schema("page");
    let mut keys: Vec<&str> = page["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    let mut expected = herald::content::PAGE_KEYS.to_vec();
    expected.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!(page["additionalProperties"], false);
    let section = schema("section");
    assert_eq!(section["additionalProperties"], false);
    assert!(section["properties"]["paginate_by"].is_object());
}

#[test]
fn version_help_and_completions() {
    let v = herald(&["--version"]);
    // The version, then the commit it was built from when known (tests/release.rs).
    assert!(String::from_utf8_lossy(&v.stdout)
        .trim()
        .starts_with(&format!("herald {}", env!("CARGO_PKG_VERSION"))));
    for sub in ["build", "check", "init", "new", "schema", "completions"] {
        let out = herald(&[sub, "--help"]);
        assert!(out.status.success(), "{sub}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("Usage: herald"), "{sub}: {text}");
    }
    let check_help = String::from_utf8_lossy(&herald(&["check", "--help"]).stdout).into_owned();
    for flag in ["--format", "--strict", "--external", "--timeout", "--allow"] {
        assert!(check_help.contains(flag), "{flag}");
    }
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef herald"),
        ("fish", "complete -c herald"),
    ] {
        let out = herald(&["completions", shell]);
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(marker), "{shell}");
        assert!(text.contains("check") && text.contains("strict"), "{shell}");
    }
}

/// Inode, modification time and a hash of the bytes of every file of the output.
#[cfg(unix)]
fn stamps(dir: &Path) -> std::collections::BTreeMap<String, (u64, i64, i64, u64)> {
    use std::hash::{Hash, Hasher};
    use std::os::unix::fs::MetadataExt;
    common::snapshot(dir)
        .into_iter()
        .map(|(rel, bytes)| {
            let m = std::fs::metadata(dir.join(&rel)).unwrap();
            let mut h = std::collections::hash_map::DefaultHasher::new();
            bytes.hash(&mut h);
            (rel, (m.ino(), m.mtime(), m.mtime_nsec(), h.finish()))
        })
        .collect()
}

/// The files whose stamps differ between two snapshots.
#[cfg(unix)]
fn differing(
    a: &std::collections::BTreeMap<String, (u64, i64, i64, u64)>,
    b: &std::collections::BTreeMap<String, (u64, i64, i64, u64)>,
) -> Vec<String> {
    a.keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .cloned()
        .collect()
}

#[cfg(unix)]
#[test]
fn a_build_with_nothing_changed_writes_nothing() {
    let site = Site::fixture();
    // A warning of the first build is repeated when nothing changed.
    site.write("i18n/de.ftl", "greeting = Hallo\n");
    let first = site.herald(&["build"]);
    let first_err = String::from_utf8_lossy(&first.stderr).into_owned();
    assert!(first_err.contains("i18n/de.ftl is not used"), "{first_err}");
    let before = stamps(&site.out());
    let parent_before = std::fs::read_dir(site.root()).unwrap().count();
    std::thread::sleep(std::time::Duration::from_millis(20));

    let second = site.herald(&["build"]);
    assert!(second.status.success());
    let out = String::from_utf8_lossy(&second.stdout);
    assert!(
        out.contains("Nothing changed since the last build"),
        "{out}"
    );
    assert_eq!(
        differing(&stamps(&site.out()), &before),
        Vec::<String>::new()
    );
    assert_eq!(
        String::from_utf8_lossy(&second.stderr),
        first_err,
        "the warnings are shown again"
    );
    let parent_after = std::fs::read_dir(site.root()).unwrap().count();
    assert_eq!(parent_before, parent_after);

    // --force builds, and still rewrites nothing whose bytes are the same.
    let forced = site.build(&["--force"]);
    assert!(forced.starts_with("Built "), "{forced}");
    assert_eq!(
        differing(&stamps(&site.out()), &before),
        Vec::<String>::new()
    );
}

#[cfg(unix)]
#[test]
fn the_no_change_shortcut_notices_every_kind_of_change() {
    let site = Site::fixture();
    site.build(&[]);
    let built = |args: &[&str]| site.build(args).starts_with("Built ");
    let item = "lv/jaunumi/kick-off/index.html";

    // An input edited (same size, other bytes): rebuilt.
    let md = site.root().join("content/news/kick-off/index.lv.md");
    let text = std::fs::read_to_string(&md).unwrap();
    std::fs::write(&md, text.replacen("četrdesmit", "piecdesmit", 1)).unwrap();
    assert!(built(&[]));
    assert!(site.read(item).contains("piecdesmit"));
    assert!(!built(&[]));

    // A file of the output edited, deleted, or one added by hand: rebuilt and restored.
    std::fs::write(site.out().join(item), "defaced").unwrap();
    assert!(built(&[]));
    assert!(site.read(item).contains("piecdesmit"));
    std::fs::remove_file(site.out().join("style.css")).unwrap();
    assert!(built(&[]));
    assert!(site.out().join("style.css").is_file());
    std::fs::write(site.out().join("stray.html"), "x").unwrap();
    assert!(built(&[]));
    assert!(!site.out().join("stray.html").exists());

    // Other options, a new file, a template, an i18n file, site.yaml: rebuilt.
    assert!(built(&["--base-url", "https://other.example.org/"]));
    assert!(site
        .read("sitemap.xml")
        .contains("https://other.example.org/"));
    assert!(built(&[]));
    site.write("static/extra.txt", "extra");
    assert!(built(&[]));
    assert_eq!(site.read("extra.txt"), "extra");
    std::fs::remove_file(site.root().join("static/extra.txt")).unwrap();
    assert!(built(&[]));
    assert!(!site.out().join("extra.txt").exists());
    let yaml = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    site.write(
        "site.yaml",
        &yaml.replacen("paginate_by: 2", "paginate_by: 3", 1),
    );
    assert!(built(&[]));
    assert!(!built(&[]));
}

/// The fixture with `n` more news items and no PDFs: a build that takes a while.
fn larger_site(n: usize) -> Site {
    let mut files = common::fixture_files();
    files.insert("site.yaml", format!("{}pdf: false\n", common::SITE_YAML));
    for i in 0..n {
        files.insert(
            Box::leak(format!("content/news/n{i}.lv.md").into_boxed_str()),
            format!(
                "---\ntitle: Ziņa {i}\ndate: 2021-05-01\n---\n{}",
                "Teksts. ".repeat(500)
            ),
        );
    }
    Site::new(&files)
}

fn spawn_build(site: &Site, extra: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_herald"))
        .arg("build")
        .args(extra)
        .arg("--root")
        .arg(site.root())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

/// Folders herald left beside the output (staging or moved-aside versions).
fn beside_the_output(site: &Site) -> Vec<String> {
    std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public.herald-") && n != ".public.herald-lock")
        .collect()
}

#[test]
fn two_builds_into_one_folder_at_once_publish_the_whole_site() {
    let site = larger_site(400);
    site.build(&[]);
    let whole = common::snapshot(&site.out());
    // The second build starts at several points of the first one's run (about a second).
    for delay_ms in [0, 150, 300] {
        let a = spawn_build(&site, &["--force"]);
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let b = spawn_build(&site, &["--force"]);
        for child in [a, b] {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "second build after {delay_ms} ms: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let now = common::snapshot(&site.out());
        assert_eq!(
            now.len(),
            whole.len(),
            "second build after {delay_ms} ms: files in the output"
        );
        assert!(
            now == whole,
            "second build after {delay_ms} ms: the output differs"
        );
        assert!(
            beside_the_output(&site).is_empty(),
            "{:?}",
            beside_the_output(&site)
        );
    }
}

#[test]
fn a_build_waits_while_another_holds_the_output_and_says_so() {
    let site = common::Site::fixture();
    site.build(&[]);
    // What another build holds while it writes public/.
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(site.root().join(".public.herald-lock"))
        .unwrap();
    lock.lock().unwrap();
    let mut child = spawn_build(&site, &["--force"]);
    std::thread::sleep(std::time::Duration::from_millis(1500));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the build did not wait for the lock"
    );
    lock.unlock().unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("Another herald build is writing to") && stderr.contains("waiting"),
        "{stderr}"
    );
}

#[test]
fn a_robots_txt_in_static_replaces_herald_s_every_time() {
    let site = common::Site::fixture();
    site.write(
        "static/robots.txt",
        "User-agent: *\nDisallow: /melnraksti/\n",
    );
    // Which of the two was published once depended on which worker wrote first.
    for _ in 0..12 {
        site.build(&["--force"]);
        assert_eq!(
            site.read("robots.txt"),
            "User-agent: *\nDisallow: /melnraksti/\n"
        );
    }
    let check = site.herald(&["check"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}
