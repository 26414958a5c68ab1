//! Build script: records the commit herald is built from and its date, so `herald --version`
//! can say which source a downloaded binary is (`herald 0.2.0 (commit 1a2b3c4d5e6f,
//! 2026-12-06)`, the word in the user's language: `cmd::cli::version_line`). The release
//! workflow sets `HERALD_COMMIT`; otherwise git is asked; without either (a source archive) the
//! version is printed alone. It also tells cargo to rebuild herald when a built-in file changes.

use std::path::Path;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=HERALD_COMMIT");
    // The default theme and the CMS are built in with `include_dir!`, whose files cargo does not
    // see: without these lines an edited template leaves herald and its tests on the old one.
    println!("cargo:rerun-if-changed=themes");
    println!("cargo:rerun-if-changed=vendor/decap-cms");
    let commit = std::env::var("HERALD_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty())
        .map(|c| c.trim().chars().take(12).collect::<String>())
        .or_else(|| git(&["rev-parse", "--short=12", "HEAD"]));
    let date = commit
        .as_ref()
        .and_then(|_| git(&["log", "-1", "--format=%cs", "HEAD"]));
    // Watching HEAD makes every commit rebuild herald and all its test programs: only builds
    // meant to be shipped (release profiles) follow each commit; a development build names the
    // commit it was first built from.
    if std::env::var("PROFILE").as_deref() != Ok("debug") {
        watch_git_head();
    } else {
        println!("cargo:rerun-if-changed=build.rs");
    }
    // Empty when unknown: the line then leaves them out.
    println!(
        "cargo:rustc-env=HERALD_BUILD_COMMIT={}",
        commit.unwrap_or_default()
    );
    println!(
        "cargo:rustc-env=HERALD_BUILD_DATE={}",
        date.unwrap_or_default()
    );
}

/// Output of a git command run in the package folder, or None when git or the repository is
/// not there.
fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_string())
}

/// Runs this script again when a commit is made or another branch checked out (only files that
/// exist: a missing one would make cargo run it on every build).
fn watch_git_head() {
    let mut files = vec![git(&["rev-parse", "--git-path", "HEAD"])];
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
        files.push(git(&["rev-parse", "--git-path", &branch]));
    }
    for file in files.into_iter().flatten() {
        if Path::new(&file).is_file() {
            println!("cargo:rerun-if-changed={file}");
        }
    }
}
