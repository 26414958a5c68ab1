//! `herald serve --lang lv`'s error overlay in a real browser (`tests/browser/overlay.mjs`): a
//! page opened while a template is broken shows the overlay with its heading and note in
//! Latvian and the error itself. Skips like `tests/browser.rs` without Chromium, Node or the
//! packages.

use crate::common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::browser::{browser, run_script};
use serde_json::json;

#[test]
fn the_error_overlay_speaks_the_language_herald_was_started_with() {
    let Some(b) = browser() else { return };
    let site = common::Site::fixture();
    let mut child = Command::new(env!("CARGO_BIN_EXE_herald"))
        .env_remove("HERALD_LANG")
        .args(["serve", "--port", "0", "--lang", "lv", "--root"])
        .arg(site.root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, lines) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let out_tx = tx.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = out_tx.send(line);
        }
    });
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let wait_for = |needle: &str| loop {
        let line = lines
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("no line with {needle:?}"));
        if line.contains(needle) {
            break line;
        }
    };
    let listening = wait_for("http://");
    let url = listening
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap()
        .to_string();
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}{{ page.title {% endblock main %}",
    );
    wait_for("Priekšskatījums turpina rādīt");
    let report = run_script(
        &b,
        "overlay.mjs",
        json!({"url": format!("{url}lv/jaunumi/kick-off/")}),
    );
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(report["title"], "herald: vietni nevar uzbūvēt", "{report}");
    assert_eq!(
        report["note"],
        "Lapa rāda pēdējo veiksmīgo būvējumu. Šis ziņojums pazudīs, kad fails būs izlabots.",
        "{report}"
    );
    assert!(
        report["error"]
            .as_str()
            .unwrap()
            .contains("templates/page.html"),
        "{report}"
    );
    assert_eq!(report["role"], "alert");
}
