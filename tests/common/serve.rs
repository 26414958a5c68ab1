//! `herald serve` started on a free loopback port for a test, stopped when dropped.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use super::Site;

pub struct Server {
    pub child: Child,
    /// `127.0.0.1:port`
    pub host: String,
    /// The site's base path as it appears in a URL, `/` or `/sub/`.
    pub base: String,
    /// What the server prints to its terminal (stdout) after its address, line by line.
    pub output: mpsc::Receiver<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `herald serve` on `site` and waits for the address it prints; it speaks English, as
/// the tests that read its words expect.
pub fn start(site: &Site) -> Server {
    start_in(site, "en")
}

/// Starts `herald serve` on `site` with `lang` as its interface language (`HERALD_LANG`).
pub fn start_in(site: &Site, lang: &str) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(["serve", "--port", "0", "--root"])
        .arg(site.root())
        .env("HERALD_LANG", lang)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        // Keep reading to the end, so the server's terminal output never blocks.
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    // serve builds the whole site before it prints its address: slow on a loaded machine.
    let line = rx
        .recv_timeout(Duration::from_secs(180))
        .expect("serve printed its URL");
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap()
        .to_string();
    let rest = url.strip_prefix("http://").unwrap();
    let (host, base) = rest.split_at(rest.find('/').unwrap());
    Server {
        child,
        host: host.to_string(),
        base: base.to_string(),
        output: rx,
    }
}

/// A raw request (`GET /x HTTP/1.1`, headers and all) to `host` and the whole answer:
/// (status, head, body).
pub fn exchange(host: &str, raw: &[u8]) -> (u16, String, Vec<u8>) {
    let mut s = TcpStream::connect(host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.write_all(raw).unwrap();
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer);
    let split = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a whole head");
    let head = String::from_utf8_lossy(&answer[..split]).into_owned();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, head, answer[split + 4..].to_vec())
}
