//! What a downloaded herald says about itself and how it is shipped: `herald --version` names
//! the version and the commit; the workflows and CI recipes are valid GitHub workflows; the
//! archive `.ci/package` packs (as the release workflow does) installs with `install.sh`, which
//! checks its checksum, and the herald it installs builds the example site; the Dockerfile keeps
//! the rules docs/developers.md ("Releases") promises (no Docker engine runs the tests: the
//! image is not built here); the shell scripts and the workflows' shell steps pass shellcheck.
//!
//! The tests that need an outside tool (check-jsonschema, shellcheck, xz, a POSIX shell) skip with a message
//! when it is missing, and fail instead under `HERALD_BROWSER_TESTS=require` (CI).

use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Whether a missing tool fails the test (CI) rather than skipping it.
fn required() -> bool {
    std::env::var("HERALD_BROWSER_TESTS").is_ok_and(|v| v == "require")
}

/// Whether `tool` runs; prints why the test skips, or panics under CI.
fn have(tool: &str, args: &[&str]) -> bool {
    let ok = Command::new(tool)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            !required(),
            "{tool} is required (HERALD_BROWSER_TESTS=require)"
        );
        eprintln!("skipped: {tool} is not installed");
    }
    ok
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{cmd:?} failed:\n{text}");
    text
}

fn herald_version(lang: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(["--version", "--lang", lang])
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// The line `herald --version` prints in `lang`, made from the facts build.rs recorded and the
/// language's word for a commit.
fn expected_version_line(commit_word: &str) -> String {
    let version = concat!("herald ", env!("CARGO_PKG_VERSION"));
    match (env!("HERALD_BUILD_COMMIT"), env!("HERALD_BUILD_DATE")) {
        ("", _) => version.to_string(),
        (c, "") => format!("{version} ({commit_word} {c})"),
        (c, d) => format!("{version} ({commit_word} {c}, {d})"),
    }
}

#[test]
fn version_names_the_release_and_the_commit() {
    let line = herald_version("en");
    let version = concat!("herald ", env!("CARGO_PKG_VERSION"));
    assert_eq!(line.trim(), expected_version_line("commit"));
    // Built from a git checkout (and not told otherwise by the release workflow): a commit of
    // this repository, and its date.
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(ROOT)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !git(&["rev-parse", "HEAD"]) || std::env::var_os("HERALD_COMMIT").is_some() {
        eprintln!("not a git checkout: only the version is checked");
        return;
    }
    let commit = line
        .strip_prefix(&format!("{version} (commit "))
        .and_then(|rest| rest.split_once(", 2"))
        .map(|(commit, _)| commit.to_string())
        .unwrap_or_else(|| panic!("no commit and date in {line}"));
    assert_eq!(commit.len(), 12, "{line}");
    assert!(
        git(&["cat-file", "-e", &format!("{commit}^{{commit}}")]),
        "{line}"
    );
}

/// The word for the commit is the user's language's (the message files'); the version, the
/// commit and its date stay as they are, so a script can read them in any language.
#[test]
fn version_speaks_the_chosen_language() {
    for (lang, word) in [
        ("lv", "pirmkoda revīzija"),
        ("lt", "pirminio kodo revizija"),
    ] {
        let line = herald_version(lang);
        assert_eq!(line.trim(), expected_version_line(word), "{lang}");
        if !env!("HERALD_BUILD_COMMIT").is_empty() {
            assert!(!line.contains("commit"), "{lang}: {line}");
        }
    }
    // HERALD_LANG chooses it too, as for every other message.
    let out = Command::new(env!("CARGO_BIN_EXE_herald"))
        .arg("--version")
        .env("HERALD_LANG", "lt")
        .output()
        .unwrap();
    let line = String::from_utf8(out.stdout).unwrap();
    assert_eq!(line.trim(), expected_version_line("pirminio kodo revizija"));
}

fn yaml_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(Path::new(ROOT).join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yml"))
        // GitLab's file is checked against GitLab's schema.
        .filter(|p| !p.ends_with(".gitlab-ci.yml"))
        .collect();
    files.sort();
    files
}

#[test]
fn workflows_and_ci_recipes_are_valid_github_workflows() {
    if !have("check-jsonschema", &["--version"]) {
        return;
    }
    let mut files = yaml_files(".github/workflows");
    files.extend(yaml_files("examples/ci"));
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    for wanted in ["release.yml", "ci.yml", "github-pages.yml", "rsync-ssh.yml"] {
        assert!(
            names.iter().any(|n| n.ends_with(wanted)),
            "{wanted} missing: {names:?}"
        );
    }
    run(Command::new("check-jsonschema")
        .args(["--builtin-schema", "vendor.github-workflows"])
        .args(&files));
    run(Command::new("check-jsonschema")
        .args(["--builtin-schema", "vendor.gitlab-ci"])
        .arg(Path::new(ROOT).join("examples/ci/.gitlab-ci.yml")));
    // The recipes install the release's binary, checksum checked, and name the fallback.
    for recipe in ["github-pages.yml", "rsync-ssh.yml", ".gitlab-ci.yml"] {
        let text =
            std::fs::read_to_string(Path::new(ROOT).join("examples/ci").join(recipe)).unwrap();
        for wanted in [
            "x86_64-unknown-linux-musl.tar.xz",
            "sha256sum -c",
            "cargo install --locked",
        ] {
            assert!(text.contains(wanted), "{recipe}: {wanted}");
        }
    }
    // The release builds every target docs/developers.md names.
    let release =
        std::fs::read_to_string(Path::new(ROOT).join(".github/workflows/release.yml")).unwrap();
    for target in [
        "x86_64-pc-windows-msvc",
        "x86_64-apple-darwin",
        "aarch64-apple-darwin",
        "x86_64-unknown-linux-musl",
        "aarch64-unknown-linux-musl",
    ] {
        assert!(release.contains(&format!("target: {target}")), "{target}");
    }
    for step in [
        "bash .ci/package",
        "actions/attest-build-provenance",
        "ghcr.io",
        "install.sh install.ps1",
        // The install scripts it publishes download from the repository it runs in.
        "bash .ci/set-repository \"$GITHUB_REPOSITORY\"",
        "ghcr.io/${GITHUB_REPOSITORY,,}",
    ] {
        assert!(release.contains(step), "{step}");
    }
}

/// The shell a step of a GitHub workflow runs in, when it is bash or sh (a step without
/// `shell:` on a Windows runner runs in PowerShell, which shellcheck does not read).
fn step_shell(job: &serde_yaml::Value, step: &serde_yaml::Value) -> Option<String> {
    let default = &job["defaults"]["run"]["shell"];
    let shell = step["shell"].as_str().or(default.as_str());
    match shell {
        Some(s) if s == "bash" || s == "sh" => Some(s.to_string()),
        Some(_) => None,
        None if job["runs-on"]
            .as_str()
            .is_some_and(|r| r.contains("windows")) =>
        {
            None
        }
        None => Some("bash".to_string()),
    }
}

/// Every shell script that ships or runs in CI, as shellcheck (nobody here wrote it) reads it:
/// the install script, the CI and packaging scripts, and each `run:` step of the workflows
/// and the CI recipes (`${{ }}` expressions stand in as a plain word, as GitHub fills them).
#[test]
fn shell_scripts_and_workflow_steps_pass_shellcheck() {
    if !have("shellcheck", &["--version"]) {
        return;
    }
    let check = |shell: &str, name: &str, script: &str| {
        let mut child = Command::new("shellcheck")
            .args(["--shell", shell, "--severity", "style", "-"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(script.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{name}:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
    };
    for (shell, file) in [
        ("sh", "install.sh"),
        ("bash", ".ci/run"),
        ("bash", ".ci/package"),
        ("bash", ".ci/set-repository"),
    ] {
        let text = std::fs::read_to_string(Path::new(ROOT).join(file)).unwrap();
        check(shell, file, &text);
    }
    let mut steps = 0;
    let mut files = yaml_files(".github/workflows");
    files.extend(yaml_files("examples/ci"));
    for file in files {
        let doc: serde_yaml::Value =
            serde_yaml::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let Some(jobs) = doc["jobs"].as_mapping() else {
            continue;
        };
        for (name, job) in jobs {
            for step in job["steps"].as_sequence().into_iter().flatten() {
                let (Some(run), Some(shell)) = (step["run"].as_str(), step_shell(job, step)) else {
                    continue;
                };
                let script = expressions_as_words(run);
                let at = format!("{}: job {name:?}, step {:?}", file.display(), step["name"]);
                check(&shell, &at, &script);
                steps += 1;
            }
        }
    }
    assert!(steps >= 10, "only {steps} run steps found");
}

/// `${{ matrix.target }}` -> `EXPR`.
fn expressions_as_words(script: &str) -> String {
    let mut out = String::new();
    let mut rest = script;
    while let Some(start) = rest.find("${{") {
        out.push_str(&rest[..start]);
        match rest[start..].find("}}") {
            Some(end) => {
                out.push_str("EXPR");
                rest = &rest[start + end + 2..];
            }
            None => {
                rest = &rest[start..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Packs `binary` with `.ci/package` into `out`; returns the archive. Without cargo-about the
/// list of bundled crates is a stand-in written here (the release workflow runs cargo-about).
fn package(binary: &Path, out: &Path) -> PathBuf {
    let mut cmd = Command::new("bash");
    cmd.arg(Path::new(ROOT).join(".ci/package"))
        .args(["x86_64-unknown-linux-gnu"])
        .arg(binary)
        .arg(out)
        // xz -9 takes minutes over the unoptimised test binary; the level changes nothing else.
        .env("HERALD_XZ_LEVEL", "1");
    let about = Command::new("cargo").args(["about", "--version"]).output();
    if !about.is_ok_and(|o| o.status.success()) {
        let stand_in = out.join("stand-in-third-party.html");
        std::fs::create_dir_all(out).unwrap();
        std::fs::write(
            &stand_in,
            "<p>made by cargo-about in the release workflow</p>",
        )
        .unwrap();
        cmd.env("HERALD_THIRD_PARTY", stand_in);
    }
    let printed = run(&mut cmd);
    PathBuf::from(printed.lines().last().unwrap().trim())
}

/// The Linux archive round trip of the release: packed by `.ci/package`, installed by
/// `install.sh` from the local file (checksum checked), then the installed herald prints its
/// version and builds the example site. The binary is the test build's (a release build takes
/// far longer; the packing and installing are the same).
#[test]
#[cfg(unix)] // install.sh is for Linux and macOS; Windows has install.ps1.
fn the_linux_archive_installs_with_install_sh_and_builds_the_example_site() {
    if !have("xz", &["--version"]) || !have("sh", &["-c", "true"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let archive = package(
        Path::new(env!("CARGO_BIN_EXE_herald")),
        &tmp.path().join("dist"),
    );
    let name = archive.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(
        name,
        format!(
            "herald-{}-x86_64-unknown-linux-gnu.tar.xz",
            env!("CARGO_PKG_VERSION")
        )
    );
    // What the archive holds.
    let listing = run(Command::new("tar").arg("-tJf").arg(&archive));
    let folder = name.trim_end_matches(".tar.xz");
    for file in [
        "herald",
        "README.md",
        "LICENSE-MIT",
        "LICENSE-APACHE",
        "FONT-LICENSE-Carlito.txt",
        "LICENSE-hyphenation-lv.txt",
        "THIRD-PARTY-LICENSES.html",
    ] {
        assert!(
            listing.lines().any(|l| l == format!("{folder}/{file}")),
            "{file} missing:\n{listing}"
        );
    }
    // A damaged download is refused and nothing is installed.
    let bad = tmp.path().join("bad");
    std::fs::create_dir(&bad).unwrap();
    let bad_archive = bad.join(&name);
    let mut bytes = std::fs::read(&archive).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(&bad_archive, bytes).unwrap();
    std::fs::copy(
        archive.with_file_name(format!("{name}.sha256")),
        bad.join(format!("{name}.sha256")),
    )
    .unwrap();
    let bin = tmp.path().join("bin");
    let refused = Command::new("sh")
        .arg(Path::new(ROOT).join("install.sh"))
        .arg("--archive")
        .arg(format!("file://{}", bad_archive.display()))
        .arg("--dir")
        .arg(&bin)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("checksum mismatch"));
    assert!(!bin.join("herald").exists());
    // The real archive installs.
    let said = run(Command::new("sh")
        .arg(Path::new(ROOT).join("install.sh"))
        .arg("--archive")
        .arg(format!("file://{}", archive.display()))
        .arg("--dir")
        .arg(&bin));
    assert!(
        said.contains(&format!("Installed herald {}", env!("CARGO_PKG_VERSION"))),
        "{said}"
    );
    let installed = bin.join("herald");
    let version = run(Command::new(&installed).arg("--version"));
    assert!(
        version.starts_with(concat!("herald ", env!("CARGO_PKG_VERSION"))),
        "{version}"
    );
    let site = tmp.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    for entry in ["site.yaml", "content", "static"] {
        copy(&Path::new(ROOT).join(entry), &site.join(entry));
    }
    run(Command::new(&installed)
        .arg("build")
        .arg("--root")
        .arg(&site));
    assert!(site.join("public/lv/index.html").is_file());
}

/// The Dockerfile is not built here (no Docker engine): its promises are read from the file.
#[test]
fn the_dockerfile_is_multi_stage_small_and_runs_as_a_user_that_is_not_root() {
    let text = std::fs::read_to_string(Path::new(ROOT).join("Dockerfile")).unwrap();
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#'))
        .collect();
    let stages: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].starts_with("FROM "))
        .collect();
    assert!(stages.len() >= 2, "a build stage and a final stage");
    let last = &lines[*stages.last().unwrap()..];
    assert!(
        !last[0].contains("rust"),
        "the final image has no toolchain: {}",
        last[0]
    );
    assert!(
        last.iter().any(|l| l.starts_with("COPY --from=build ")),
        "only the binary is copied"
    );
    let user = last
        .iter()
        .rev()
        .find(|l| l.starts_with("USER "))
        .expect("a USER");
    let who = user.trim_start_matches("USER ").split(':').next().unwrap();
    assert!(who != "root" && who != "0", "{user}");
    assert!(last.contains(&"WORKDIR /site"));
    assert!(last.contains(&"ENTRYPOINT [\"herald\"]"));
    assert!(lines.iter().any(|l| l.contains("--locked --profile dist")));
    let ignore = std::fs::read_to_string(Path::new(ROOT).join(".dockerignore")).unwrap();
    assert!(
        ignore.lines().any(|l| l == "target/"),
        "the build context leaves out target/"
    );
}

fn copy(from: &Path, to: &Path) {
    if from.is_dir() {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            copy(&e.path(), &to.join(e.file_name()));
        }
    } else {
        std::fs::copy(from, to).unwrap();
    }
}

/// The files `.ci/set-repository` rewrites (its `files=(...)` line).
fn repository_files() -> Vec<String> {
    let script = std::fs::read_to_string(Path::new(ROOT).join(".ci/set-repository")).unwrap();
    let line = script
        .lines()
        .find_map(|l| l.strip_prefix("files=("))
        .expect("a files=(...) line");
    line.trim_end_matches(')')
        .split_whitespace()
        .map(String::from)
        .collect()
}

/// Every text file of the repository that names the GitHub repository herald is published
/// from is one `.ci/set-repository` rewrites: a new mention elsewhere would be left behind.
#[test]
fn the_repository_name_is_in_the_files_set_repository_rewrites() {
    let current = std::fs::read_to_string(Path::new(ROOT).join(".ci/repository")).unwrap();
    let current = current.trim();
    let mut naming = Vec::new();
    let walk = walkdir::WalkDir::new(ROOT).into_iter().filter_entry(|e| {
        let name = e.file_name().to_string_lossy();
        !(e.depth() == 1 && ["target", ".git", "vendor", "fuzz"].contains(&name.as_ref()))
            && name != "node_modules"
    });
    for entry in walk
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
    {
        let rel = entry.path().strip_prefix(ROOT).unwrap();
        let rel = rel.to_string_lossy().replace('\\', "/");
        if rel == ".ci/repository" || rel == "tests/release.rs" {
            continue;
        }
        if let Ok(text) = std::fs::read_to_string(entry.path()) {
            if text.contains(current) || text.contains(&current.to_lowercase()) {
                naming.push(rel);
            }
        }
    }
    naming.sort();
    let mut listed = repository_files();
    listed.sort();
    assert_eq!(
        naming, listed,
        "files naming {current} vs .ci/set-repository's list"
    );
}

/// A copy of the files the script rewrites, in a temporary folder laid out as the repository.
#[cfg(unix)]
fn repository_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for rel in repository_files()
        .iter()
        .map(String::as_str)
        .chain([".ci/repository"])
    {
        let to = dir.path().join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(Path::new(ROOT).join(rel), to).unwrap();
    }
    dir
}

#[cfg(unix)]
fn set_repository(root: &Path, name: &str) -> std::process::Output {
    Command::new("bash")
        .arg(Path::new(ROOT).join(".ci/set-repository"))
        .args([name, &root.to_string_lossy()])
        .output()
        .unwrap()
}

/// What the release workflow does before it publishes the install scripts, and what a
/// maintainer does once: every file then names the new repository (image names in lower
/// case), from whatever name they carried.
#[test]
#[cfg(unix)]
fn set_repository_names_the_repository_everywhere() {
    let dir = repository_copy();
    let read = |rel: &str| std::fs::read_to_string(dir.path().join(rel)).unwrap();
    let mut old = read(".ci/repository").trim().to_string();
    for name in ["My-Org/Herald.Fork", "lv-lt/herald"] {
        let out = set_repository(dir.path(), name);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(read(".ci/repository").trim(), name);
        for rel in repository_files() {
            let text = read(&rel);
            assert!(!text.contains(&old), "{rel} still names {old}");
            assert!(
                !text.contains(&old.to_lowercase()),
                "{rel} still names {old}"
            );
            assert!(
                text.contains(name) || text.contains(&name.to_lowercase()),
                "{rel} does not name {name}"
            );
        }
        assert!(read("install.sh").contains(&format!("repo=${{HERALD_REPO:-{name}}}")));
        assert!(read("install.ps1").contains(&format!("else {{ \"{name}\" }}")));
        assert!(read("README.md").contains(&format!(
            "https://github.com/{name}/releases/latest/download/install.sh"
        )));
        let image = format!("ghcr.io/{}:", name.to_lowercase());
        assert!(read("README.md").contains(&image), "README: {image}");
        assert!(
            !read("README.md").contains(&format!("ghcr.io/{name}:")) || name == name.to_lowercase()
        );
        old = name.to_string();
    }
    // The shell syntax of the rewritten install script is intact.
    let syntax = Command::new("sh")
        .args(["-n", &dir.path().join("install.sh").to_string_lossy()])
        .status()
        .unwrap();
    assert!(syntax.success());
}

/// A name that is not OWNER/NAME is refused with a message, and nothing is changed.
#[test]
#[cfg(unix)]
fn set_repository_refuses_a_name_that_is_not_owner_slash_name() {
    let dir = repository_copy();
    let before = std::fs::read_to_string(dir.path().join("README.md")).unwrap();
    for bad in ["", "herald", "a/b/c", "my org/herald", "a/b#c", "/herald"] {
        let out = set_repository(dir.path(), bad);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("OWNER/NAME"),
            "{bad:?}"
        );
    }
    let after = std::fs::read_to_string(dir.path().join("README.md")).unwrap();
    assert_eq!(before, after);
}
