//! `herald serve`: the site built into memory (never into `public/`), served over HTTP on
//! loopback, rebuilt on every save through a build [`Session`] (only what changed is redone),
//! with live reload over server-sent events and an error overlay on every open page while the
//! site cannot be built. Only files of the built site are served: requests are looked up in the
//! in-memory file list, never mapped onto the file system. PDF press releases are not rendered
//! by rebuilds: a rebuild registers them, and the first request for one renders it (through the
//! PDF cache, so an unchanged item's PDF is rendered once). `<base>admin/` is the browser
//! editor (see `cms`): its page, its embedded script and its local backend, which only this
//! machine's browser may reach (`cms_api`).

mod cms_api;
mod http;
mod watch;

use std::collections::HashMap;
use std::io::Write;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use http::{Reply, Request, Response};

use crate::content::Stamp;
use crate::output::{OutputContents, OutputFile};
use crate::pipeline::{Options, Session};

const LIVERELOAD_JS: &str = include_str!("livereload.js");
/// Where the live-reload script and event stream live, below the base path.
pub const ENDPOINT: &str = "__herald/";

pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    /// 0: any free port.
    pub port: u16,
    pub open: bool,
    /// Quiet time after the last file event before rebuilding (editors save in bursts).
    pub debounce: Duration,
    /// Whether the browser editor may save files (off when bound to a non-loopback address,
    /// unless asked for).
    pub cms: bool,
}

/// What the server shows: the last good build, and the current error if the last build failed.
#[derive(Default)]
struct SiteState {
    files: Files,
    error: Option<String>,
}

/// A file of the built site; copied files remember their source's stamp to notice edits.
#[derive(Clone)]
struct Served {
    contents: OutputContents,
    stamp: Option<Stamp>,
}

struct Shared {
    state: RwLock<SiteState>,
    subscribers: Mutex<Vec<Sender<String>>>,
    /// The base path, decoded (`/projekts-ā/`), as request paths are compared after decoding.
    base_path: String,
    /// The base path as it appears in a URL (`/projekts-%C4%81/`).
    base_url_path: String,
    /// The browser editor's session, when it is on.
    cms: Option<cms_api::CmsSession>,
}

impl Shared {
    fn broadcast(&self, message: &str) {
        let mut subs = self.subscribers.lock().unwrap_or_else(|e| e.into_inner());
        subs.retain(|s| s.send(message.to_string()).is_ok());
    }

    fn current_error(&self) -> Option<String> {
        self.state
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .error
            .clone()
    }
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn reload_message(paths: &[String]) -> String {
    format!(
        "{{\"type\":\"reload\",\"paths\":{}}}",
        serde_json::to_string(paths).unwrap_or_else(|_| "[]".into())
    )
}

/// The overlay's message: the error, and the overlay's own words in the chosen language.
fn error_message(text: &str) -> String {
    format!(
        "{{\"type\":\"error\",\"message\":{},\"title\":{},\"note\":{}}}",
        json_string(text),
        json_string(&crate::tr!("serve-error-title")),
        json_string(&crate::tr!("serve-error-note"))
    )
}

fn served(contents: OutputContents) -> Served {
    let stamp = match &contents {
        OutputContents::Copy(p) | OutputContents::Cached(p, _) => Stamp::of(p),
        _ => None,
    };
    Served { contents, stamp }
}

/// Whether a file of the last build and one of this build have the same contents. Pages left
/// as they were share their bytes with the last build: a pointer check.
fn same_contents(before: &Served, now: &OutputContents, stamp: Option<Stamp>) -> bool {
    match (&before.contents, now) {
        (OutputContents::Bytes(a), OutputContents::Bytes(b)) => Arc::ptr_eq(a, b) || a == b,
        (OutputContents::Static(a), OutputContents::Static(b)) => a == b,
        (OutputContents::Copy(a), OutputContents::Copy(b)) => a == b && before.stamp == stamp,
        (OutputContents::Cached(a, x), OutputContents::Cached(b, y)) => a == b && x == y,
        (OutputContents::Lazy(a), OutputContents::Lazy(b)) => a.key == b.key,
        _ => false,
    }
}

/// The files of the last good build, in the order the build made them, and where each path is.
#[derive(Default)]
struct Files {
    list: Vec<(String, Served)>,
    at: HashMap<String, usize>,
}

impl Files {
    fn get(&self, path: &str) -> Option<&Served> {
        self.at.get(path).map(|&i| &self.list[i].1)
    }

    fn contains_key(&self, path: &str) -> bool {
        self.at.contains_key(path)
    }

    /// Takes a build's files and returns the paths whose contents differ (added, changed or
    /// removed), sorted. A build makes its files in the same order every time: while the paths
    /// are those of the last build, each file is compared with the one at its place (unchanged
    /// pages share their bytes with the last build: a pointer check) and no path is looked
    /// up or copied, so an edit costs a walk of the list (22 000 files on a large site), not a
    /// new map of it. When files came or went, the map is made again. Every file takes the new
    /// build's contents (a lazy file's maker reads this build's model), named or not.
    fn update(&mut self, built: Vec<OutputFile>) -> Vec<String> {
        let same_paths = built.len() == self.list.len()
            && built
                .iter()
                .zip(&self.list)
                .all(|(new, (path, _))| new.path == *path);
        let mut changed = Vec::new();
        if same_paths {
            for (new, (path, was)) in built.into_iter().zip(&mut self.list) {
                let now = served(new.contents);
                if !same_contents(was, &now.contents, now.stamp) {
                    changed.push(path.clone());
                }
                *was = now;
            }
            changed.sort();
            return changed;
        }
        let mut last: HashMap<String, Served> =
            std::mem::take(&mut self.list).into_iter().collect();
        self.at.clear();
        for (i, new) in built.into_iter().enumerate() {
            let now = served(new.contents);
            let same = last
                .remove(&new.path)
                .is_some_and(|was| same_contents(&was, &now.contents, now.stamp));
            if !same {
                changed.push(new.path.clone());
            }
            self.at.insert(new.path.clone(), i);
            self.list.push((new.path, now));
        }
        changed.extend(last.into_keys());
        changed.sort();
        changed
    }
}

/// Starts the server and blocks, rebuilding on changes, until the process is stopped.
pub fn run(opts: ServeOptions) -> i32 {
    let (listener, addr) = match bind(opts.bind, opts.port) {
        Ok(s) => s,
        Err(e) => {
            let error = crate::tr!("serve-cannot-start", error = e);
            eprintln!("{}", crate::diagnostics::Diagnostic::error(error));
            return 1;
        }
    };
    let config_base = crate::config::Config::load(&opts.root)
        .map(|c| c.base_path())
        .unwrap_or_else(|_| "/".into());
    // `base_url` may be written with or without percent-encoding: requests are compared decoded.
    let base_path = percent_decode(&config_base).unwrap_or_else(|| config_base.clone());
    let base_url_path = http::percent_encode(&base_path, |b| b == b'/');
    let host = if addr.ip().is_unspecified() {
        "127.0.0.1".to_string()
    } else {
        addr.ip().to_string()
    };
    let url = format!("http://{host}:{}{base_url_path}", addr.port());
    let shared = Arc::new(Shared {
        state: RwLock::new(SiteState::default()),
        subscribers: Mutex::new(Vec::new()),
        cms: opts
            .cms
            .then(|| cms_api::CmsSession::new(&opts.root, addr.port())),
        base_path,
        base_url_path,
    });
    let mut session = Session::new(Options {
        root: opts.root.clone(),
        base_url: Some(format!("http://{host}:{}{config_base}", addr.port())),
        drafts: true,
        future: true,
        progress: false,
    });
    // Rebuilds stay quick: a PDF is rendered when it is requested (see `handle`).
    session.pdf_mode = crate::pdf::Mode::OnRequest;
    // Watching starts first: a file saved while the first build runs is seen afterwards.
    let (tx, rx) = mpsc::channel();
    let watcher = match watch::Watch::start(&opts.root, tx) {
        Ok(w) => Some(w),
        Err(e) => {
            let warning = crate::tr!("serve-cannot-watch", error = watch::reason(&e));
            eprintln!("{}", crate::diagnostics::Diagnostic::warning(warning));
            None
        }
    };
    rebuild(&mut session, &shared, None);
    println!("{}", crate::tr!("serve-listening", url = url.as_str()));
    if shared.cms.is_some() {
        println!(
            "{}",
            crate::tr!("serve-cms-at", url = format!("{url}admin/"))
        );
    }
    let _ = std::io::stdout().flush();
    if opts.open {
        open_browser(&url);
    }
    let _ = ctrlc::set_handler(|| {
        let _ = writeln!(std::io::stdout(), "\n{}", crate::tr!("serve-stopped"));
        std::process::exit(0);
    });

    {
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || watch_loop(session, shared, rx, watcher, opts.debounce));
    }
    let limits = Arc::clone(&shared);
    http::serve(
        listener,
        Arc::new(move |request: &Request| handle(request, &shared)),
        Arc::new(move |request: &Request| cms_api::body_limit(request, &limits)),
    );
    0
}

fn bind(ip: IpAddr, port: u16) -> Result<(TcpListener, SocketAddr), String> {
    let tries: Vec<u16> = if port == 0 {
        vec![0]
    } else {
        (port..port.saturating_add(20)).collect()
    };
    let mut last = String::new();
    for p in tries {
        match TcpListener::bind(SocketAddr::new(ip, p)) {
            Ok(listener) => {
                let addr = listener
                    .local_addr()
                    .unwrap_or_else(|_| SocketAddr::new(ip, p));
                return Ok((listener, addr));
            }
            Err(e) => last = format!("{ip}:{p}: {}", crate::messages::io_reason(&e)),
        }
    }
    Err(crate::tr!("serve-no-free-port", error = last))
}

fn open_browser(url: &str) {
    let cmd = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(cmd).arg(url).spawn();
}

fn watch_loop(
    mut session: Session,
    shared: Arc<Shared>,
    rx: Receiver<watch::Change>,
    mut watcher: Option<watch::Watch>,
    debounce: Duration,
) {
    while let Some(mut batch) = watch::next_batch(&rx, debounce) {
        if let Some(w) = &mut watcher {
            if w.refresh(&batch) {
                batch.changes = crate::pipeline::Changes::Unknown;
            }
        }
        rebuild(&mut session, &shared, Some(batch));
    }
}

/// Builds once more; on success swaps the served files and tells open pages what changed, on
/// failure keeps the last good site and shows the error (once) in the terminal and the pages.
fn rebuild(session: &mut Session, shared: &Shared, batch: Option<watch::Batch>) {
    let t = Instant::now();
    let started = batch.as_ref().map(|b| b.first);
    let changes = batch.map_or(crate::pipeline::Changes::Unknown, |b| b.changes);
    match session.build_changed(&changes) {
        Ok(built) => {
            for w in &built.warnings {
                let _ = writeln!(std::io::stderr(), "{w}");
            }
            let (changed, was_broken) = {
                let mut state = shared.state.write().unwrap_or_else(|e| e.into_inner());
                let changed = state.files.update(built.files);
                (changed, state.error.take().is_some())
            };
            if started.is_some() || was_broken {
                shared.broadcast(&reload_message(&changed));
                let since_event = started.map(|s| s.elapsed()).unwrap_or_default();
                // Not println!: a closed terminal must not stop the preview.
                let line = crate::tr!(
                    "serve-rebuilt",
                    ms = t.elapsed().as_millis() as u64,
                    bodies = session.last_work.bodies_rendered,
                    pages = session.last_work.pages_rendered,
                    changed = changed.len(),
                    since = since_event.as_millis() as u64
                );
                let _ = writeln!(std::io::stdout(), "{line}");
                let _ = std::io::stdout().flush();
            }
        }
        Err(failure) => {
            let text = failure.to_string();
            let is_new = shared.current_error().as_deref() != Some(text.as_str());
            if is_new {
                let keeps = crate::tr!("serve-keeps-last");
                let _ = writeln!(std::io::stderr(), "{text}\n{keeps}");
                shared
                    .state
                    .write()
                    .unwrap_or_else(|e| e.into_inner())
                    .error = Some(text.clone());
                shared.broadcast(&error_message(&text));
            }
        }
    }
}

fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => {
            if path.ends_with("atom.xml") {
                "application/atom+xml; charset=utf-8"
            } else {
                "application/xml; charset=utf-8"
            }
        }
        "txt" => "text/plain; charset=utf-8",
        "yml" | "yaml" => "text/yaml; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => "application/octet-stream",
    }
}

/// Percent-decodes a URL path; None for malformed or NUL-carrying input.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    if out.contains(&0) {
        return None;
    }
    String::from_utf8(out).ok()
}

/// The output file a request path names, below the base path; None for anything that tries to
/// climb out (`..`), hidden files, or a path outside the base path.
pub fn resolve_request(url_path: &str, base_path: &str) -> Option<String> {
    let path = url_path.split(['?', '#']).next().unwrap_or("");
    let decoded = percent_decode(path)?;
    let rel = decoded.strip_prefix(base_path).or_else(|| {
        // `/octopus` without its slash.
        (decoded.len() + 1 == base_path.len() && base_path.starts_with(&decoded)).then_some("")
    })?;
    if rel.contains('\\') {
        return None;
    }
    for seg in rel.split('/') {
        if seg == ".." || seg == "." || seg.starts_with('.') {
            return None;
        }
    }
    let mut file = rel.to_string();
    if file.is_empty() || file.ends_with('/') {
        file.push_str("index.html");
    }
    Some(file)
}

/// Answers one request: the live-reload script and stream, or a file of the built site.
/// Internal routes are matched on the decoded path, as the site's files are, so they work
/// under any base path.
fn handle(request: &Request, shared: &Arc<Shared>) -> Reply {
    if let Some(reply) = cms_api::handle(request, shared) {
        return Reply::Response(reply);
    }
    if request.method != "GET" && request.method != "HEAD" {
        let r = Response::text(405, &format!("{}\n", crate::tr!("serve-get-only")));
        return Reply::Response(r.with("Allow", "GET, HEAD"));
    }
    let base = shared.base_path.as_str();
    let path = request.target.split(['?', '#']).next().unwrap_or("");
    let decoded = percent_decode(path);
    let internal = decoded
        .as_deref()
        .and_then(|d| d.strip_prefix(base))
        .and_then(|d| d.strip_prefix(ENDPOINT));
    match internal {
        Some("events") if request.method == "HEAD" => {
            return Reply::Response(Response::new(200, "text/event-stream", Vec::new()))
        }
        Some("events") => {
            let shared = Arc::clone(shared);
            return Reply::Stream(Box::new(move |stream| events(stream, &shared)));
        }
        Some("livereload.js") => {
            let js = LIVERELOAD_JS.as_bytes().to_vec();
            return Reply::Response(Response::new(200, content_type("x.js"), js));
        }
        _ => {}
    }
    if base != "/" && decoded.as_deref() == Some("/") {
        return Reply::Response(redirect(302, base));
    }
    Reply::Response(site_file(path, shared))
}

/// A redirect to a decoded path, percent-encoded for the `Location` header.
fn redirect(status: u16, to: &str) -> Response {
    Response::new(status, "text/plain; charset=utf-8", Vec::new())
        .with("Location", http::percent_encode(to, |b| b == b'/'))
}

fn site_file(path: &str, shared: &Shared) -> Response {
    let base = shared.base_path.as_str();
    let state = shared.state.read().unwrap_or_else(|e| e.into_inner());
    let wanted = resolve_request(path, base);
    let found = wanted
        .as_ref()
        .and_then(|f| Some((f.clone(), state.files.get(f)?.contents.clone())));
    let (status, file, contents) = match found {
        Some((file, contents)) => (200, file, Some(contents)),
        None => {
            // `/lv/jaunumi` -> `/lv/jaunumi/` when that page exists.
            if let Some(dir) = wanted
                .filter(|f| !f.ends_with("index.html"))
                .filter(|f| state.files.contains_key(&format!("{f}/index.html")))
            {
                return redirect(301, &format!("{base}{dir}/"));
            }
            let page = state.files.get("404.html").map(|s| s.contents.clone());
            (404, "404.html".to_string(), page)
        }
    };
    let error = state.error.clone();
    drop(state);
    file_response(status, &file, contents, error.as_deref(), shared)
}

/// The response for a file of the site: pages get the live-reload script, copied files are
/// streamed from disk, a PDF is rendered on its first request (outside the lock, once per
/// build).
fn file_response(
    status: u16,
    file: &str,
    contents: Option<OutputContents>,
    error: Option<&str>,
    shared: &Shared,
) -> Response {
    let is_html = file.ends_with(".html");
    let body = match contents {
        Some(OutputContents::Lazy(l)) => match l.get() {
            Ok(b) => b.to_vec(),
            Err(e) => {
                let text = crate::tr!("serve-pdf-failed", error = e.to_string());
                return Response::text(500, &format!("{text}\n"));
            }
        },
        Some(OutputContents::Copy(p) | OutputContents::Cached(p, _)) => {
            match std::fs::File::open(&p) {
                Ok(f) if !is_html => {
                    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
                    let mut r = Response::new(status, content_type(file), Vec::new());
                    r.body = http::Body::File(f, len);
                    return r;
                }
                Ok(mut f) => {
                    let mut b = Vec::new();
                    let _ = std::io::Read::read_to_end(&mut f, &mut b);
                    b
                }
                // Removed since the last build: the rebuild that follows will notice.
                Err(_) => {
                    return Response::text(404, &format!("{}\n", crate::tr!("serve-file-removed")))
                }
            }
        }
        other => served_body(other, error),
    };
    let body = if is_html {
        inject(body, &shared.base_url_path)
    } else {
        body
    };
    Response::new(status, content_type(file), body)
}

/// The bytes of a file held in memory; the error page when the very first build failed.
fn served_body(contents: Option<OutputContents>, error: Option<&str>) -> Vec<u8> {
    match contents {
        Some(OutputContents::Bytes(b)) => b.to_vec(),
        Some(OutputContents::Static(b)) => b.to_vec(),
        Some(OutputContents::Copy(p) | OutputContents::Cached(p, _)) => {
            std::fs::read(&p).unwrap_or_default()
        }
        Some(OutputContents::Lazy(l)) => l.get().map(|b| b.to_vec()).unwrap_or_default(),
        // Serve never streams to disk.
        Some(OutputContents::Streamed) => Vec::new(),
        None if error.is_some() => {
            // The very first build failed: there is no site yet, only the error.
            let page = format!(
                "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>herald</title></head><body><h1>{}</h1><pre>{}</pre></body></html>",
                crate::messages::get().lang().code(),
                crate::html::escape(&crate::tr!("serve-error-title")),
                crate::html::escape(error.unwrap_or(""))
            );
            page.into_bytes()
        }
        None => {
            let words = crate::html::escape(&crate::tr!("serve-not-found"));
            format!("<!DOCTYPE html><title>{words}</title><h1>404 {words}</h1>").into_bytes()
        }
    }
}

/// Adds the live-reload script before `</body>` (or at the end). `base` is the base path as
/// it appears in a URL (percent-encoded), which is also what the script compares the page's
/// address with.
fn inject(mut html: Vec<u8>, base: &str) -> Vec<u8> {
    let tag = format!(
        "<script src=\"{base}{ENDPOINT}livereload.js\" data-base=\"{base}\" defer></script>"
    );
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    html.splice(at..at, tag.into_bytes());
    html
}

/// The live-reload channel: server-sent events on a connection kept open. A page that stopped
/// reading is dropped when a write times out, so its messages never pile up.
fn events(mut w: std::net::TcpStream, shared: &Shared) {
    let (tx, rx) = mpsc::channel::<String>();
    let initial = shared.current_error().map(|e| error_message(&e));
    shared
        .subscribers
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(tx);
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n: herald live reload\n\n";
    if w.write_all(head.as_bytes()).is_err() {
        return;
    }
    if let Some(msg) = initial {
        if write!(w, "data: {msg}\n\n").is_err() {
            return;
        }
    }
    loop {
        let line = match rx.recv_timeout(Duration::from_secs(15)) {
            Ok(msg) => format!("data: {msg}\n\n"),
            // A comment keeps proxies from closing an idle stream and tells us when the page left.
            Err(mpsc::RecvTimeoutError::Timeout) => ": ping\n\n".to_string(),
            Err(mpsc::RecvTimeoutError::Disconnected) => return,
        };
        if w.write_all(line.as_bytes()).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_cannot_climb_out() {
        let b = "/octopus/";
        assert_eq!(
            resolve_request("/octopus/lv/", b).as_deref(),
            Some("lv/index.html")
        );
        assert_eq!(
            resolve_request("/octopus", b).as_deref(),
            Some("index.html")
        );
        assert_eq!(
            resolve_request("/octopus/style.css?v=1", b).as_deref(),
            Some("style.css")
        );
        assert_eq!(
            resolve_request("/octopus/l%C4%81/", b).as_deref(),
            Some("lā/index.html")
        );
        for bad in [
            "/octopus/../site.yaml",
            "/octopus/%2e%2e/site.yaml",
            "/octopus/lv/../../x",
            "/octopus/.herald-output",
            "/octopus/a%00b",
            "/octopus/a%5c..%5cb",
            "/other/",
        ] {
            assert_eq!(resolve_request(bad, b), None, "{bad}");
        }
    }

    fn file(path: &str, bytes: &Arc<[u8]>) -> OutputFile {
        OutputFile {
            path: path.into(),
            contents: OutputContents::Bytes(Arc::clone(bytes)),
        }
    }

    #[test]
    fn the_reload_names_what_was_added_changed_or_removed() {
        let (a, b, c) = (
            Arc::from(&b"a"[..]),
            Arc::from(&b"b"[..]),
            Arc::from(&b"c"[..]),
        );
        let mut files = Files::default();
        let first = files.update(vec![file("x.html", &a), file("y.html", &b)]);
        assert_eq!(first, ["x.html", "y.html"]);
        // The same bytes in a new allocation are no change; new bytes at the same place are.
        let same = Arc::from(&b"a"[..]);
        let second = files.update(vec![file("x.html", &same), file("y.html", &b)]);
        assert!(second.is_empty(), "{second:?}");
        let second = files.update(vec![file("x.html", &same), file("y.html", &c)]);
        assert_eq!(second, ["y.html"]);
        let bytes = |files: &Files, path| match &files.get(path).unwrap().contents {
            OutputContents::Bytes(b) => b.to_vec(),
            _ => panic!("{path}"),
        };
        assert_eq!(bytes(&files, "y.html"), b"c");
        let third = files.update(vec![file("x.html", &c), file("z.html", &b)]);
        assert_eq!(third, ["x.html", "y.html", "z.html"]);
        assert!(!files.contains_key("y.html"));
        assert_eq!(bytes(&files, "z.html"), b"b");
        // The same files in another order: found by their paths.
        let fourth = files.update(vec![file("z.html", &b), file("x.html", &c)]);
        assert!(fourth.is_empty(), "{fourth:?}");
        assert_eq!(bytes(&files, "x.html"), b"c");
        // A file gone and another come in the same build: the count alone would not tell.
        let fifth = files.update(vec![file("x.html", &c), file("w.html", &b)]);
        assert_eq!(fifth, ["w.html", "z.html"]);
        let mut left: Vec<_> = files.at.keys().cloned().collect();
        left.sort();
        assert_eq!(left, ["w.html", "x.html"]);
        assert_eq!(files.list.len(), 2);
    }

    #[test]
    fn script_goes_before_body_end() {
        let out = inject(b"<html><body><p>x</p></body></html>".to_vec(), "/");
        let s = String::from_utf8(out).unwrap();
        assert!(s.contains(
            "</p><script src=\"/__herald/livereload.js\" data-base=\"/\" defer></script></body>"
        ));
    }
}
