//! Every code block of the guide (`docs/guide/<lang>/*.md`) runs against a copy of the example
//! site, so the guide cannot drift from the program. Each page starts from a fresh copy; its
//! blocks run in order:
//!
//! * ` ```sh ` and ` ```console `: the commands, with `herald` being the binary under test, must
//!   exit with 0, or with the `exit=N` of the info string (` ```sh exit=1 `). In a `console`
//!   block the lines after a `$ ` command are output it must print (`...` stands for any lines).
//!   A block that is only `herald serve` starts the preview, which must answer its first page.
//! * ` ```yaml file=PATH ` and ` ```markdown file=PATH `: the file is written at PATH in the site,
//!   and `herald check` must then find no error (checked after the last of consecutive file
//!   blocks, so that an item and its translation are written together). ` ```yaml
//!   merge=site.yaml ` replaces the keys it names in `site.yaml`.
//! * ` ```text ` (or ` ```ftl `): shown, not run.
//!
//! Any other block fails the test, so nothing in the guide is left unchecked by accident.
#![cfg(unix)] // the blocks are POSIX shell commands, run with sh

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};

use crate::common;

/// A fenced code block of a guide page.
struct Block {
    info: String,
    text: String,
    line: usize,
}

fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current: Option<Block> = None;
    for (event, range) in Parser::new(markdown).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let info = match kind {
                    CodeBlockKind::Fenced(info) => info.to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                let line = markdown[..range.start].lines().count() + 1;
                current = Some(Block {
                    info,
                    text: String::new(),
                    line,
                });
            }
            Event::Text(t) => {
                if let Some(b) = current.as_mut() {
                    b.text.push_str(&t);
                }
            }
            Event::End(TagEnd::CodeBlock) => out.extend(current.take()),
            _ => {}
        }
    }
    out
}

/// The value of `key=` in a block's info string.
fn attr<'a>(info: &'a str, key: &str) -> Option<&'a str> {
    info.split_whitespace()
        .find_map(|w| w.strip_prefix(key)?.strip_prefix('='))
}

/// A folder with a copy of the example site, and `bin/herald` for the shell to find.
struct Work {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    path: String,
}

fn work() -> Work {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    std::fs::create_dir(&root).unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for entry in ["site.yaml", "content", "static"] {
        common::browser::copy(&repo.join(entry), &root.join(entry));
    }
    let bin = tmp.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_herald"), bin.join("herald")).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    Work {
        _tmp: tmp,
        root,
        path,
    }
}

fn shell(w: &Work, script: &str) -> (i32, String) {
    let out = Command::new("sh")
        .args(["-e", "-c", script])
        .current_dir(&w.root)
        .env("PATH", &w.path)
        .env("NO_COLOR", "1")
        // The language of herald's messages: English, as `console` blocks show it.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("HERALD_LANG")
        .output()
        .unwrap();
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (out.status.code().unwrap_or(-1), text)
}

/// `herald serve` as a reader starts it: it must print its address and answer the first page.
fn serve(w: &Work, command: &str, at: &str) {
    let mut child = Command::new("sh")
        .args(["-c", &format!("exec {command}")])
        .current_dir(&w.root)
        .env("PATH", &w.path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().and_then(Result::ok).unwrap_or_default();
    let url = first
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("{at}: `{command}` printed no address: {first}"))
        .to_string();
    let host = url.trim_start_matches("http://").split('/').next().unwrap();
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    write!(
        stream,
        "GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        answer.starts_with("HTTP/1.1 200") || answer.starts_with("HTTP/1.1 30"),
        "{at}: `{command}` did not serve the site: {}",
        answer.lines().next().unwrap_or("")
    );
}

/// The output lines a `console` block shows after each `$ ` command, checked against what the
/// command printed.
fn console(w: &Work, block: &Block, at: &str, expected_exit: i32) {
    let mut steps: Vec<(String, Vec<String>)> = Vec::new();
    for line in block.text.lines() {
        if let Some(cmd) = line.strip_prefix("$ ") {
            steps.push((cmd.to_string(), Vec::new()));
        } else if let Some((_, out)) = steps.last_mut() {
            if !line.trim().is_empty() {
                out.push(line.trim().to_string());
            }
        } else {
            panic!("{at}: a console block starts with `$ ` and a command");
        }
    }
    for (cmd, expected) in steps {
        let (code, printed) = shell(w, &cmd);
        assert_eq!(
            code, expected_exit,
            "{at}: `{cmd}` exited {code}:\n{printed}"
        );
        let printed: Vec<&str> = printed.lines().map(str::trim).collect();
        for line in expected.iter().filter(|l| *l != "...") {
            assert!(
                printed.contains(&line.as_str()),
                "{at}: `{cmd}` did not print `{line}`; it printed:\n{}",
                printed.join("\n")
            );
        }
    }
}

/// Replaces the top-level keys of `site.yaml` that `snippet` names.
fn merge_site_yaml(w: &Work, snippet: &str, at: &str) {
    let path = w.root.join("site.yaml");
    let mut site: serde_yaml::Mapping =
        serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let part: serde_yaml::Mapping = serde_yaml::from_str(snippet)
        .unwrap_or_else(|e| panic!("{at}: the site.yaml part is not YAML: {e}"));
    for (k, v) in part {
        site.insert(k, v);
    }
    std::fs::write(&path, serde_yaml::to_string(&site).unwrap()).unwrap();
}

fn check_passes(w: &Work, at: &str) {
    let (code, printed) = shell(w, "herald check");
    assert_eq!(
        code, 0,
        "{at}: after this block `herald check` found errors:\n{printed}"
    );
}

fn run_page(page: &Path) -> usize {
    let text = std::fs::read_to_string(page).unwrap();
    let w = work();
    let name = page
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(page)
        .display()
        .to_string();
    let mut ran = 0;
    // The file blocks written since the last check, by their place in the page.
    let mut unchecked: Vec<String> = Vec::new();
    for block in blocks(&text) {
        let at = format!("{name}:{}", block.line);
        let kind = block.info.split_whitespace().next().unwrap_or("");
        let exit: i32 = attr(&block.info, "exit").map_or(0, |e| e.parse().unwrap());
        let is_file = matches!(kind, "yaml" | "markdown" | "md");
        if !is_file && !unchecked.is_empty() && !matches!(kind, "text" | "ftl") {
            check_passes(&w, &unchecked.join(", "));
            unchecked.clear();
        }
        match kind {
            "text" | "ftl" => continue,
            "sh" if block.text.trim().starts_with("herald serve")
                && block.text.trim().lines().count() == 1 =>
            {
                serve(&w, block.text.trim(), &at)
            }
            "sh" => {
                let (code, printed) = shell(&w, &block.text);
                assert_eq!(code, exit, "{at}: the commands exited {code}:\n{printed}");
            }
            "console" => console(&w, &block, &at, exit),
            "yaml" | "markdown" | "md" => {
                if attr(&block.info, "merge") == Some("site.yaml") {
                    merge_site_yaml(&w, &block.text, &at);
                } else {
                    let file = attr(&block.info, "file").unwrap_or_else(|| {
                        panic!("{at}: a {kind} block needs file=PATH (or merge=site.yaml), or the info string `text`")
                    });
                    let path = w.root.join(file);
                    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                    std::fs::write(&path, &block.text).unwrap();
                }
                unchecked.push(at);
            }
            other => panic!(
                "{at}: a code block with the info string `{other}`; use sh, console, yaml file=, markdown file=, or text for one not meant to run"
            ),
        }
        ran += 1;
    }
    if !unchecked.is_empty() {
        check_passes(&w, &unchecked.join(", "));
    }
    ran
}

fn guide_pages() -> Vec<PathBuf> {
    let guide = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/guide");
    let mut pages: Vec<PathBuf> = walkdir::WalkDir::new(&guide)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    pages.sort();
    pages
}

#[test]
fn every_code_block_of_the_guide_runs_against_the_example_site() {
    let pages = guide_pages();
    assert!(pages.len() >= 6, "the guide has pages in en, lv and lt");
    let ran: usize = pages.iter().map(|p| run_page(p)).sum();
    assert!(ran >= 20, "only {ran} blocks ran");
}

#[test]
fn each_language_s_table_of_contents_answers_the_common_questions() {
    let guide = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/guide");
    for (lang, questions) in [
        ("en", ["link to another item", "add a photo gallery"]),
        ("lv", ["saiti uz citu ziņu", "foto galeriju"]),
        ("lt", ["nuorodą į kitą naujieną", "nuotraukų galeriją"]),
    ] {
        let toc = std::fs::read_to_string(guide.join(lang).join("index.md")).unwrap();
        for q in questions {
            assert!(
                toc.contains(q),
                "docs/guide/{lang}/index.md: no `{q}` in the contents"
            );
        }
        // Every page of the language is in its table of contents, and every link there leads to a page.
        for page in guide_pages()
            .iter()
            .filter(|p| p.parent().unwrap().ends_with(lang))
        {
            let file = page.file_name().unwrap().to_str().unwrap();
            assert!(
                file == "index.md" || toc.contains(&format!("({file}")),
                "docs/guide/{lang}/index.md does not link {file}"
            );
        }
    }
}

/// Every Markdown page of the documentation: README.md and `docs/`.
fn documentation_pages() -> Vec<PathBuf> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages: Vec<PathBuf> = walkdir::WalkDir::new(repo.join("docs"))
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    pages.push(repo.join("README.md"));
    pages.sort();
    pages
}

#[test]
fn the_documentation_s_links_lead_to_files_and_headings_that_exist() {
    for page in documentation_pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        for event in Parser::new(&text) {
            if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = event {
                let target = dest_url.split('#').next().unwrap();
                if target.contains("://") || target.starts_with("mailto:") {
                    continue;
                }
                // `#heading` alone is a heading of the page itself.
                let file = if target.is_empty() {
                    page.clone()
                } else {
                    page.parent().unwrap().join(target)
                };
                assert!(
                    file.exists(),
                    "{}: the link `{dest_url}` leads nowhere",
                    page.display()
                );
                // A link to a heading of a guide page names a heading there (as GitHub makes
                // their ids), so the tables of contents lead to their answers.
                if let (Some((_, anchor)), true) = (
                    dest_url.split_once('#'),
                    file.extension().is_some_and(|e| e == "md"),
                ) {
                    let headings = heading_ids(&std::fs::read_to_string(&file).unwrap());
                    assert!(
                        headings.iter().any(|h| h == anchor),
                        "{}: `{dest_url}`: no heading with that id ({headings:?})",
                        page.display()
                    );
                }
            }
        }
    }
}

/// The ids GitHub gives a page's headings: lowercase, punctuation dropped, spaces as dashes.
fn heading_ids(markdown: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut heading: Option<String> = None;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                let h = heading.take().unwrap_or_default().to_lowercase();
                ids.push(
                    h.chars()
                        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
                        .map(|c| if c == ' ' { '-' } else { c })
                        .collect(),
                );
            }
            _ => {}
        }
    }
    ids
}

#[test]
fn a_drifted_block_fails() {
    // The runner itself must catch a command that no longer exits as documented, and a file
    // that herald no longer accepts.
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("page.md");
    for bad in [
        "```sh\nherald build --no-such-option\n```\n",
        "```console\n$ herald check\nEverything is perfect.\n```\n",
        "```markdown file=content/x.lv.md\n---\ntitel: X\n---\n```\n",
        "```yaml merge=site.yaml\npaginate_by: many\n```\n",
        "```python\nprint(1)\n```\n",
    ] {
        std::fs::write(&page, bad).unwrap();
        let result = std::panic::catch_unwind(|| run_page(&page));
        assert!(result.is_err(), "not caught:\n{bad}");
    }
    std::fs::write(
        &page,
        "```console\n$ herald check\nNo problems found.\n```\n",
    )
    .unwrap();
    assert_eq!(run_page(&page), 1);
}
