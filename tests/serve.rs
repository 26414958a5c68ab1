//! `herald serve` over real HTTP: pages served from memory, live-reload events after edits,
//! additions and deletions, the error overlay with the last good site still served, recovery,
//! requests that try to leave the site, a non-ASCII base path, methods other than GET,
//! oversized requests, bursts of changes and input folders deleted or replaced while watched.

use crate::common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;

use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::serve::{exchange, start, Server};
use common::Site;

/// A GET over a plain socket: (status, body). `path` is sent as is (no normalisation).
fn get(server: &Server, path: &str) -> (u16, String) {
    get_from(&server.host, path)
}

fn get_from(host: &str, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text.split_whitespace().nth(1).unwrap().parse().unwrap();
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

fn method(server: &Server, method: &str, path: &str) -> (u16, String, Vec<u8>) {
    let raw = format!(
        "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        server.host
    );
    exchange(&server.host, raw.as_bytes())
}

/// A header's value from a response head.
fn header_of(head: &str, name: &str) -> Option<String> {
    head.lines().find_map(|l| {
        let (n, v) = l.split_once(':')?;
        n.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
    })
}

/// The live-reload stream: every `data:` line, as it arrives.
fn events(server: &Server) -> mpsc::Receiver<String> {
    let mut s = TcpStream::connect(&server.host).unwrap();
    write!(
        s,
        "GET {}__herald/events HTTP/1.1\r\nHost: {}\r\n\r\n",
        server.base, server.host
    )
    .unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(s).lines().map_while(Result::ok) {
            if let Some(data) = line.strip_prefix("data: ") {
                if tx.send(data.to_string()).is_err() {
                    break;
                }
            }
        }
    });
    // Let the subscription register before anything changes.
    std::thread::sleep(Duration::from_millis(200));
    rx
}

/// Waits (bounded) for an event containing `needle`.
fn wait_for(rx: &mpsc::Receiver<String>, needle: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(e) if e.contains(needle) => return e,
            Ok(_) => continue,
            Err(_) => break,
        }
    }
    panic!("no event with {needle:?} in time");
}

#[test]
fn serves_from_memory_and_reloads_after_edits() {
    let site = Site::fixture();
    let server = start(&site);
    assert_eq!(server.base, "/octopus/");
    let (status, body) = get(&server, "/octopus/lv/jaunumi/kick-off/");
    assert_eq!(status, 200);
    assert!(body.contains("Projekta atklāšanas seminārs"));
    assert!(body.contains("__herald/livereload.js"));
    // Canonical links point at the preview, so every link works there.
    assert!(body.contains(&format!(
        "http://{}/octopus/lv/jaunumi/kick-off/",
        server.host
    )));
    // Drafts are built, with a visible marker.
    let (status, body) = get(&server, "/octopus/lv/jaunumi/secret/");
    assert_eq!(status, 200);
    assert!(body.contains("draft-marker"));
    assert!(!site.out().exists(), "serve must not write public/");

    let rx = events(&server);
    // Edit an item.
    site.write(
        "content/news/kick-off/index.lv.md",
        "---\ntitle: Projekta atklāšanas seminārs\ndate: 2020-09-15\n---\nJauns teksts pēc labojuma.\n",
    );
    let e = wait_for(&rx, "reload");
    assert!(e.contains("lv/jaunumi/kick-off/index.html"), "{e}");
    let (_, body) = get(&server, "/octopus/lv/jaunumi/kick-off/");
    assert!(body.contains("Jauns teksts pēc labojuma."));
    // No page shows the search index: its files are not named (a name that is not a page
    // reloads every open page), yet the index served is made from the new text.
    assert!(!e.contains("search/"), "{e}");
    let indexed = (0..10).any(|k| {
        get(&server, &format!("/octopus/search/lv/d{k}.json"))
            .1
            .contains("Jauns teksts pēc labojuma.")
    });
    assert!(indexed, "the search index has the new text");

    // Add an item: it appears in the list.
    site.write(
        "content/news/added.lv.md",
        "---\ntitle: Pievienota ziņa\ndate: 2024-01-01\n---\nX\n",
    );
    wait_for(&rx, "lv/jaunumi/added/index.html");
    let (_, list) = get(&server, "/octopus/lv/jaunumi/");
    assert!(list.contains("Pievienota ziņa"));

    // Delete it: gone from the list, 404 at its address.
    std::fs::remove_file(site.root().join("content/news/added.lv.md")).unwrap();
    wait_for(&rx, "lv/jaunumi/added/index.html");
    let (status, body) = get(&server, "/octopus/lv/jaunumi/added/");
    assert_eq!(status, 404);
    assert!(body.contains("<html"), "the 404 page is served");
    let (_, list) = get(&server, "/octopus/lv/jaunumi/");
    assert!(!list.contains("Pievienota ziņa"));

    // A CSS-only change is announced with just the stylesheet.
    site.write("static/style.css", "body { color: #111; }\n");
    let e = wait_for(&rx, "style.css");
    assert!(!e.contains(".html"), "{e}");
}

#[test]
fn a_broken_template_shows_the_error_and_keeps_the_last_good_site() {
    let site = Site::fixture();
    let server = start(&site);
    let rx = events(&server);
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}{{ page.title {% endblock main %}",
    );
    let e = wait_for(&rx, "\"error\"");
    assert!(e.contains("templates/page.html"), "{e}");
    let (status, body) = get(&server, "/octopus/lv/jaunumi/kick-off/");
    assert_eq!(status, 200);
    assert!(
        body.contains("Projekta atklāšanas seminārs"),
        "the last good page is served"
    );
    // A page opened now learns the error as soon as it connects.
    let late = events(&server);
    wait_for(&late, "templates/page.html");
    // Fixing the template clears the overlay with a reload.
    std::fs::remove_file(site.root().join("templates/page.html")).unwrap();
    wait_for(&rx, "reload");
}

#[test]
fn requests_outside_the_site_are_refused() {
    let site = Site::fixture();
    site.write("secret.txt", "do not serve");
    let server = start(&site);
    for path in [
        "/octopus/../secret.txt",
        "/octopus/%2e%2e/secret.txt",
        "/octopus/lv/../../secret.txt",
        "/octopus/..%2fsecret.txt",
        "/octopus/site.yaml",
        "/octopus/content/news/kick-off/index.lv.md",
        "/secret.txt",
    ] {
        let (status, body) = get(&server, path);
        assert_eq!(status, 404, "{path}");
        assert!(
            !body.contains("do not serve") && !body.contains("acronym"),
            "{path}"
        );
    }
    let (status, _) = get(&server, "/octopus/style.css");
    assert_eq!(status, 200);
}

/// Resident memory of a process, in KiB (Linux).
fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn under_load_while_editing_every_response_is_a_whole_page() {
    let site = Site::fixture();
    let server = start(&site);
    let rx = events(&server);
    let host = server.host.clone();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let pages = [
        "/octopus/lv/",
        "/octopus/lv/jaunumi/",
        "/octopus/lv/jaunumi/kick-off/",
        "/octopus/lt/naujienos/atidarymo-seminaras/",
        "/octopus/style.css",
    ];
    let started = Instant::now();
    let clients: Vec<_> = (0..50)
        .map(|c| {
            let host = host.clone();
            let stop = std::sync::Arc::clone(&stop);
            std::thread::spawn(move || {
                let mut done = 0;
                for i in 0..40 {
                    if stop.load(std::sync::atomic::Ordering::Relaxed) {
                        break;
                    }
                    let path = pages[(c + i) % pages.len()];
                    let (status, body) = get_from(&host, path);
                    assert_eq!(status, 200, "{path}");
                    if path.ends_with('/') {
                        assert!(body.trim_end().ends_with("</html>"), "torn page at {path}");
                        assert!(body.contains("<h1"), "{path}");
                    }
                    done += 1;
                }
                done
            })
        })
        .collect();
    // Edit while the clients run.
    for i in 0..10 {
        site.write(
            "content/news/kick-off/index.lv.md",
            &format!(
                "---\ntitle: Projekta atklāšanas seminārs\ndate: 2020-09-15\n---\nVersija {i}.\n"
            ),
        );
        wait_for(&rx, "reload");
    }
    let total: usize = clients.into_iter().map(|c| c.join().unwrap()).sum();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    assert_eq!(total, 2000);
    assert!(started.elapsed() < Duration::from_secs(120));
    let rss = rss_kib(server.child.id()).unwrap_or(0);
    assert!(rss < 300 * 1024, "the server holds {rss} KiB");
    let (_, body) = get(&server, "/octopus/lv/jaunumi/kick-off/");
    assert!(body.contains("Versija 9."));
}

/// An editor's save is a burst: a swap file, vim's `4913` probe, a backup made by renaming the
/// file, the new file written, the backup removed. The preview rebuilds once for it, and the
/// swap and backup files never become pages.
#[test]
fn an_editors_burst_of_writes_is_one_rebuild() {
    let site = Site::fixture();
    let server = start(&site);
    let rx = events(&server);
    let dir = site.root().join("content/news");
    let file = dir.join("lv-only.lv.md");
    let text = std::fs::read_to_string(&file).unwrap();
    // A millisecond between the steps, as an editor takes.
    let step = || std::thread::sleep(Duration::from_millis(1));
    std::fs::write(dir.join(".lv-only.lv.md.swp"), "swap").unwrap();
    step();
    std::fs::write(dir.join("4913"), "").unwrap();
    std::fs::remove_file(dir.join("4913")).unwrap();
    step();
    std::fs::rename(&file, dir.join("lv-only.lv.md~")).unwrap();
    step();
    std::fs::write(&file, text.replace("Teksts.", "Pēc saglabāšanas.")).unwrap();
    step();
    std::fs::remove_file(dir.join("lv-only.lv.md~")).unwrap();
    std::fs::remove_file(dir.join(".lv-only.lv.md.swp")).unwrap();
    let first = wait_for(&rx, "reload");
    assert!(first.contains("lv/jaunumi/lv-only/"), "{first}");
    // No second rebuild follows for the same save.
    let later: Vec<String> = rx
        .recv_timeout(Duration::from_millis(700))
        .into_iter()
        .collect();
    assert!(later.is_empty(), "a second event after one save: {later:?}");
    let (status, body) = get(&server, "/octopus/lv/jaunumi/lv-only/");
    assert_eq!(status, 200);
    assert!(body.contains("Pēc saglabāšanas."));
    let (status, _) = get(&server, "/octopus/lv/jaunumi/lv-only.lv.md~");
    assert_eq!(status, 404);
}

/// A base path and a static folder with non-ASCII names: the page loads with its live-reload
/// script, the script and the event stream answer under the base path, redirects carry an
/// encoded `Location`, and live reload works.
#[test]
fn a_non_ascii_base_path_works_end_to_end() {
    let site = Site::fixture();
    let yaml = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    site.write("site.yaml", &yaml.replace("/octopus/", "/projekts-ā/"));
    site.write(
        "static/dokumenti-ā/index.html",
        "<html><body>Dokumenti</body></html>",
    );
    let server = start(&site);
    assert_eq!(server.base, "/projekts-%C4%81/");
    let base = server.base.clone();

    let (status, body) = get(&server, &format!("{base}lv/jaunumi/kick-off/"));
    assert_eq!(status, 200);
    assert!(
        body.contains(&format!("src=\"{base}__herald/livereload.js\"")),
        "{body}"
    );
    let (status, body) = get(&server, &format!("{base}__herald/livereload.js"));
    assert_eq!(status, 200);
    assert!(body.contains("EventSource"));

    for (from, to) in [
        ("/".to_string(), base.clone()),
        (
            format!("{base}dokumenti-%C4%81"),
            format!("{base}dokumenti-%C4%81/"),
        ),
        (format!("{base}lv/jaunumi"), format!("{base}lv/jaunumi/")),
    ] {
        let (status, head, _) = method(&server, "GET", &from);
        assert!(status == 301 || status == 302, "{from}: {head}");
        assert_eq!(
            header_of(&head, "Location").as_deref(),
            Some(to.as_str()),
            "{from}"
        );
        let (status, _) = get(&server, &to);
        assert_eq!(status, 200, "{to}");
    }

    let rx = events(&server);
    site.write(
        "content/news/lv-only.lv.md",
        "---\ntitle: Tikai latviski\ndate: 2021-02-18\n---\nLabots.\n",
    );
    wait_for(&rx, "lv/jaunumi/lv-only/index.html");
    let (_, body) = get(&server, &format!("{base}lv/jaunumi/lv-only/"));
    assert!(body.contains("Labots."));
}

/// HEAD gets the headers of GET and no body; a method that would change something is refused
/// with 405 and says which are allowed, whatever body it carries.
#[test]
fn head_has_no_body_and_other_methods_are_refused() {
    let site = Site::fixture();
    let server = start(&site);
    let page = "/octopus/lv/jaunumi/kick-off/";
    let (status, head, body) = method(&server, "HEAD", page);
    assert_eq!(status, 200);
    assert!(body.is_empty(), "HEAD answered with {} bytes", body.len());
    let (_, get_body) = get(&server, page);
    assert_eq!(
        header_of(&head, "Content-Length"),
        Some(get_body.len().to_string())
    );
    for m in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
        let (status, head, body) = method(&server, m, page);
        assert_eq!(status, 405, "{m}");
        assert_eq!(
            header_of(&head, "Allow").as_deref(),
            Some("GET, HEAD"),
            "{m}"
        );
        assert!(!String::from_utf8_lossy(&body).contains("<html"), "{m}");
    }
    // With a body, too; the connection stays usable for the next request.
    let raw = format!(
        "POST {page} HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhelloGET {page} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    );
    let (status, _, rest) = exchange(&server.host, raw.as_bytes());
    assert_eq!(status, 405);
    let rest = String::from_utf8_lossy(&rest);
    assert!(rest.contains("HTTP/1.1 200 OK"), "{rest}");
}

/// A 50 MB request header and a 50 MB body are refused without the server growing, and other
/// clients are answered meanwhile, also while a client sends its request a byte at a time.
#[test]
fn oversized_requests_are_refused_and_the_server_stays_small() {
    let site = Site::fixture();
    let server = start(&site);
    let (status, _) = get(&server, "/octopus/lv/");
    assert_eq!(status, 200);
    let before = rss_kib(server.child.id()).unwrap_or(0);

    // A client that never finishes its request holds no one up.
    let mut slow = TcpStream::connect(&server.host).unwrap();
    slow.write_all(b"GET /octopus/lv/ HTTP/1.1\r\nX-Slow: ")
        .unwrap();

    let huge = |prefix: String| {
        let host = server.host.clone();
        std::thread::spawn(move || {
            let mut s = TcpStream::connect(&host).unwrap();
            s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            let reader = s.try_clone().unwrap();
            let answer = std::thread::spawn(move || {
                let mut first = String::new();
                let _ = BufReader::new(reader).read_line(&mut first);
                first
            });
            let _ = s.write_all(prefix.as_bytes());
            let chunk = vec![b'a'; 64 * 1024];
            for _ in 0..800 {
                if s.write_all(&chunk).is_err() {
                    break;
                }
            }
            answer.join().unwrap()
        })
    };
    let header = huge("GET /octopus/lv/ HTTP/1.1\r\nHost: x\r\nX-Big: ".into());
    let body = huge(format!(
        "POST /octopus/lv/ HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n",
        50 << 20
    ));
    let (status, _) = get(&server, "/octopus/lv/jaunumi/");
    assert_eq!(status, 200, "another client is answered meanwhile");
    let header_answer = header.join().unwrap();
    assert!(header_answer.contains(" 431 "), "{header_answer:?}");
    let body_answer = body.join().unwrap();
    assert!(body_answer.contains(" 405 "), "{body_answer:?}");
    let after = rss_kib(server.child.id()).unwrap_or(0);
    assert!(
        after < before + 20 * 1024,
        "the server grew from {before} KiB to {after} KiB"
    );
    let (status, _) = get(&server, "/octopus/lv/");
    assert_eq!(status, 200);
    drop(slow);
}

/// Counts the rebuilds the server reports until `quiet` passes without output.
fn rebuilds_until_quiet(server: &Server, quiet: Duration) -> usize {
    let mut n = 0;
    while let Ok(line) = server.output.recv_timeout(quiet) {
        n += usize::from(line.starts_with("Rebuilt in"));
    }
    n
}

/// A whole folder's worth of files written one after another over about a second (a copy over
/// the site) is a handful of rebuilds, not one per file running behind; a mistake made right
/// after it is shown at once.
#[test]
fn a_burst_over_many_files_is_not_a_queue_of_rebuilds() {
    let site = Site::fixture();
    let server = start(&site);
    let rx = events(&server);
    let started = Instant::now();
    let mut files = 0;
    while started.elapsed() < Duration::from_millis(1200) {
        site.write(
            &format!("content/news/copied-{files}.lv.md"),
            &format!("---\ntitle: Kopija {files}\ndate: 2022-01-01\n---\nTeksts.\n"),
        );
        files += 1;
        std::thread::sleep(Duration::from_millis(2));
    }
    site.write(
        "content/news/lv-only.lv.md",
        "---\ntitle: [nav aizvērts\n---\nTeksts.\n",
    );
    let shown = Instant::now();
    // (A file read while it was being written may be reported first; it is fixed by then.)
    let e = wait_for(&rx, "lv-only.lv.md");
    assert!(e.contains("\"error\""), "{e}");
    assert!(
        shown.elapsed() < Duration::from_secs(3),
        "the error came {:?} after it was made",
        shown.elapsed()
    );
    let rebuilds = rebuilds_until_quiet(&server, Duration::from_millis(1500));
    assert!(rebuilds <= 8, "{rebuilds} rebuilds for {files} files");
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Waits (bounded) for a line of the server's terminal containing `needle`.
fn wait_for_output(server: &Server, needle: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match server.output.recv_timeout(left) {
            Ok(line) if line.contains(needle) => return line,
            Ok(_) => continue,
            Err(_) => break,
        }
    }
    panic!("the server never said {needle:?}");
}

/// `content/` deleted and copied back, then replaced by renaming another folder into its
/// place: each time the terminal says so, and later edits are shown.
#[test]
fn a_deleted_or_replaced_content_folder_is_watched_again() {
    let site = Site::fixture();
    let server = start(&site);
    let rx = events(&server);
    let content = site.root().join("content");
    let spare = site.root().join("spare");
    copy_dir(&content, &spare);

    std::fs::remove_dir_all(&content).unwrap();
    wait_for_output(&server, "content/ was removed");
    copy_dir(&spare, &content);
    wait_for_output(&server, "content/");
    let edit = |text: &str| {
        site.write(
            "content/news/lv-only.lv.md",
            &format!("---\ntitle: Tikai latviski\ndate: 2021-02-18\n---\n{text}\n"),
        );
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let (_, body) = get(&server, "/octopus/lv/jaunumi/lv-only/");
            if body.contains(text) {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "the edit {text:?} is never shown"
            );
            let _ = rx.recv_timeout(Duration::from_millis(200));
        }
    };
    edit("Pēc atjaunošanas.");

    std::fs::rename(&content, site.root().join("content-old")).unwrap();
    std::fs::rename(&spare, &content).unwrap();
    wait_for_output(&server, "content/");
    edit("Pēc aizstāšanas.");
}
