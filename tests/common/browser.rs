//! The browser test harness shared by the browser test files: finding Chromium, Node and the
//! pinned Node packages of `tests/browser` (or skipping, unless `HERALD_BROWSER_TESTS=require`),
//! a built copy of the example site, a static file server on loopback, and running a Node
//! script of `tests/browser` with a JSON plan.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};

use super::Site;

/// Chromium, Node and the browser test's folder, or None (skip) when something is missing.
pub struct Browser {
    pub chromium: PathBuf,
    pub node: PathBuf,
    /// `tests/browser`, where the scripts and their `node_modules` are.
    pub dir: PathBuf,
    /// One browser test at a time: two Chromiums beside the other tests on two cores made page
    /// loads time out. The other tests still run beside it.
    _turn: std::sync::MutexGuard<'static, ()>,
}

static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

pub fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

pub fn browser() -> Option<Browser> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let chromium = std::env::var_os("HERALD_CHROMIUM")
        .map(PathBuf::from)
        .filter(|p| p.is_file())
        .or_else(|| {
            [
                "chromium",
                "chromium-browser",
                "google-chrome",
                "google-chrome-stable",
            ]
            .iter()
            .find_map(|n| on_path(n))
        });
    let node = on_path("node");
    let modules = ["playwright-core", "axe-core"].iter().all(|m| {
        dir.join("node_modules")
            .join(m)
            .join("package.json")
            .is_file()
    });
    let mut missing = Vec::new();
    if chromium.is_none() {
        missing.push("Chromium (apt-get install chromium, or set HERALD_CHROMIUM)");
    }
    if node.is_none() {
        missing.push("Node.js (apt-get install nodejs npm)");
    }
    if !modules {
        missing.push("the Node packages (npm ci --prefix tests/browser)");
    }
    if missing.is_empty() {
        return Some(Browser {
            chromium: chromium?,
            node: node?,
            dir,
            // A browser test that failed still hands on its turn.
            _turn: ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner()),
        });
    }
    let message = format!("browser tests need {}", missing.join(", "));
    if std::env::var("HERALD_BROWSER_TESTS").as_deref() == Ok("require") {
        panic!("{message} (HERALD_BROWSER_TESTS=require)");
    }
    eprintln!("SKIPPED: {message}; set HERALD_BROWSER_TESTS=require to make this a failure");
    None
}

/// A copy of the example site of this repository in a temp folder, built.
pub fn example_site() -> Site {
    let site = Site::new(&BTreeMap::new());
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for entry in ["site.yaml", "content", "static"] {
        copy(&repo.join(entry), &site.root().join(entry));
    }
    site.build(&[]);
    site
}

/// Copies a file or a folder tree.
pub fn copy(from: &Path, to: &Path) {
    if from.is_dir() {
        for e in walkdir::WalkDir::new(from)
            .into_iter()
            .filter_map(Result::ok)
        {
            let rel = e.path().strip_prefix(from).unwrap();
            let dest = to.join(rel);
            if e.file_type().is_dir() {
                std::fs::create_dir_all(&dest).unwrap();
            } else {
                std::fs::copy(e.path(), &dest).unwrap();
            }
        }
    } else if from.is_file() {
        std::fs::copy(from, to).unwrap();
    }
}

/// Serves `dir` on a free loopback port as a static host would (index.html for folders,
/// 404.html with status 404); returns the base URL.
pub fn serve(dir: PathBuf) -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let port = server.server_addr().to_ip().unwrap().port();
    // A thread per request: the browser asks for a page's pictures in parallel, and a response
    // whose reader went away (a picture request cancelled when a page closes) may block its
    // writer; it must never hold up the next page.
    std::thread::spawn(move || {
        let dir = std::sync::Arc::new(dir);
        for rq in server.incoming_requests() {
            let dir = std::sync::Arc::clone(&dir);
            std::thread::spawn(move || respond(&dir, rq));
        }
    });
    format!("http://127.0.0.1:{port}/")
}

fn respond(dir: &Path, rq: tiny_http::Request) {
    let path = rq.url().split(['?', '#']).next().unwrap_or("/").to_string();

    let rel = percent_decode(path.trim_start_matches('/'));
    let mut file = dir.join(&rel);
    if rel.split('/').any(|s| s == "..") {
        file = dir.join("404.html");
    } else if file.is_dir() {
        file = file.join("index.html");
    }
    let (status, file) = if file.is_file() {
        (200, file)
    } else {
        (404, dir.join("404.html"))
    };
    let kind = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("js") => "text/javascript",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("webp") => "image/webp",
        Some("xml") => "application/xml",
        _ => "application/octet-stream",
    };
    let body = std::fs::read(&file).unwrap_or_default();
    let header = tiny_http::Header::from_bytes("Content-Type", kind).unwrap();
    let _ = rq.respond(
        tiny_http::Response::from_data(body)
            .with_status_code(status)
            .with_header(header),
    );
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Where screenshots go: `<target dir>/browser-screenshots/` (or `HERALD_SCREENSHOTS`).
pub fn screenshot_dir(name: &str) -> PathBuf {
    let base = std::env::var_os("HERALD_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_TARGET_TMPDIR"))
                .parent()
                .unwrap()
                .join("browser-screenshots")
        });
    let dir = base.join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the Node script `script` of `tests/browser` with `plan` (written to a JSON file whose
/// path is the script's argument; a fresh Chromium profile folder is added as `plan.profile`)
/// and returns the JSON report it prints.
pub fn run_script(b: &Browser, script: &str, mut plan: Value) -> Value {
    let tmp = tempfile::tempdir().unwrap();
    let plan_file = tmp.path().join("plan.json");
    plan["profile"] = json!(tmp.path().join("profile"));
    plan["chromium"] = json!(b.chromium);
    std::fs::write(&plan_file, plan.to_string()).unwrap();
    let out = Command::new(&b.node)
        .arg(b.dir.join(script))
        .arg(&plan_file)
        .current_dir(&b.dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{script} failed ({}):\n{stderr}",
        out.status
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{script} printed no report ({e}):\n{}\n{stderr}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}
