//! The preview's HTTP/1.1 server on a plain `TcpListener`: what a request may cost is bounded
//! here, whatever the request. The request line and headers are read into at most
//! [`MAX_HEAD`] bytes (more is answered 431 and the connection closed), a request body is
//! never kept (a small one is read and dropped, a large or chunked one closes the connection),
//! a client that trickles its request is dropped after [`HEAD_TIME`], at most
//! [`MAX_CONNECTIONS`] connections are served at once, and a handler that panics answers 500
//! instead of taking anything down. `HEAD` gets the headers of `GET` without the body. Only a
//! request the handler's body limit accepts (the CMS's saves) has its body read and handed on,
//! up to that limit; a larger one is answered 413.

use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The request line and headers together; browsers send a few KiB.
pub const MAX_HEAD: usize = 64 * 1024;
/// Connections served at once (each open page holds one for its live-reload stream).
pub const MAX_CONNECTIONS: usize = 256;
/// Time for a client to send its request line and headers.
pub const HEAD_TIME: Duration = Duration::from_secs(20);
/// A body up to this size is read and dropped so the connection can carry on.
const MAX_DRAINED_BODY: u64 = 1024 * 1024;
/// How long an idle kept-alive connection, or a write to a client that stopped reading, waits.
const IDLE: Duration = Duration::from_secs(30);
const MAX_HEADERS: usize = 100;

/// A request's line and headers, and its body when the body limit let it through.
pub struct Request {
    pub method: String,
    /// The path and query as sent (an absolute-form target is reduced to its path).
    pub target: String,
    /// Header names lowercased, values as sent (lossy UTF-8).
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The first header of that (lowercase) name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

pub enum Body {
    Bytes(Vec<u8>),
    /// A file streamed from disk, with its length: a large static file is never held in memory.
    File(std::fs::File, u64),
}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Body,
}

impl Response {
    pub fn new(status: u16, content_type: &str, body: Vec<u8>) -> Response {
        Response {
            status,
            headers: vec![
                ("Content-Type", content_type.to_string()),
                ("Cache-Control", "no-store".to_string()),
            ],
            body: Body::Bytes(body),
        }
    }

    pub fn text(status: u16, text: &str) -> Response {
        Response::new(
            status,
            "text/plain; charset=utf-8",
            text.as_bytes().to_vec(),
        )
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Response {
        self.headers.push((name, value.into()));
        self
    }
}

/// What a handler answers: a response, or a stream that takes the connection over (it writes
/// its own head; `HEAD` requests never get one).
pub enum Reply {
    Response(Response),
    Stream(Box<dyn FnOnce(TcpStream) + Send>),
}

pub type Handler = dyn Fn(&Request) -> Reply + Send + Sync;
/// How many body bytes a request (line and headers known) may hand to the handler; 0: none.
pub type BodyLimit = dyn Fn(&Request) -> u64 + Send + Sync;

/// Accepts connections until the process ends, one thread each.
pub fn serve(listener: TcpListener, handler: Arc<Handler>, body_limit: Arc<BodyLimit>) {
    let open = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let stream = match stream {
            Ok(s) => s,
            Err(_) => {
                // Out of file descriptors and the like: let other connections finish first.
                std::thread::sleep(Duration::from_millis(50));
                continue;
            }
        };
        if open.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
            open.fetch_sub(1, Ordering::SeqCst);
            refuse(stream, 503, &crate::tr!("http-busy"));
            continue;
        }
        let (open2, handler) = (Arc::clone(&open), Arc::clone(&handler));
        let body_limit = Arc::clone(&body_limit);
        let spawned = std::thread::Builder::new().spawn(move || {
            connection(stream, &*handler, &*body_limit);
            open2.fetch_sub(1, Ordering::SeqCst);
        });
        if spawned.is_err() {
            open.fetch_sub(1, Ordering::SeqCst);
        }
    }
}

/// Answers with an error and closes without reading further.
fn refuse(mut stream: TcpStream, status: u16, text: &str) {
    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
    let _ = write_response(&mut stream, Response::text(status, text), false, true);
    linger(stream);
}

enum HeadError {
    TooLarge,
    Malformed,
    TooSlow,
    /// The client went away (or never sent anything): nothing to answer.
    Gone,
}

fn connection(mut stream: TcpStream, handler: &Handler, body_limit: &BodyLimit) {
    let _ = stream.set_nodelay(true);
    let _ = stream.set_write_timeout(Some(IDLE));
    let mut pending = Vec::new();
    loop {
        let (mut request, body, keep_alive) = match read_head(&mut stream, &mut pending) {
            Ok(r) => r,
            Err(HeadError::Gone) => return,
            Err(e) => {
                let (status, id) = match e {
                    HeadError::TooLarge => (431, "http-headers-too-large"),
                    HeadError::TooSlow => (408, "http-too-slow"),
                    _ => (400, "http-unreadable"),
                };
                let text = crate::tr!(id);
                let _ = write_response(&mut stream, Response::text(status, &text), false, false);
                return linger(stream);
            }
        };
        let limit = body_limit(&request);
        if limit > 0 {
            match body {
                BodyLength::Known(n) if n <= limit => match take(&mut stream, &mut pending, n) {
                    Some(b) => request.body = b,
                    None => return,
                },
                BodyLength::None => {}
                _ => {
                    let r = Response::text(413, &crate::tr!("http-too-large"));
                    let _ = write_response(&mut stream, r, false, false);
                    return linger(stream);
                }
            }
        }
        // Any other body is never kept: a small one is skipped, anything else ends the
        // connection.
        let keep_alive = keep_alive
            && match body {
                _ if limit > 0 => true,
                BodyLength::None => true,
                BodyLength::Known(n) if n <= MAX_DRAINED_BODY => skip(&mut stream, &mut pending, n),
                _ => false,
            };
        let is_head = request.method == "HEAD";
        let reply = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handler(&request)))
            .unwrap_or_else(|_| Reply::Response(Response::text(500, &crate::tr!("http-failed"))));
        match reply {
            Reply::Stream(run) if !is_head => {
                let _ = stream.set_read_timeout(None);
                return run(stream);
            }
            Reply::Stream(_) => return,
            Reply::Response(r) => match write_response(&mut stream, r, is_head, keep_alive) {
                Ok(true) if keep_alive => continue,
                _ => return linger(stream),
            },
        }
    }
}

enum BodyLength {
    None,
    Known(u64),
    /// Chunked, or lengths that disagree: where it ends is not worth finding out.
    Unknown,
}

/// Reads one request's line and headers; what arrives beyond them stays in `pending`.
fn read_head(
    stream: &mut TcpStream,
    pending: &mut Vec<u8>,
) -> Result<(Request, BodyLength, bool), HeadError> {
    let started = Instant::now();
    let mut chunk = [0u8; 8192];
    loop {
        if let Some(parsed) = parse_head(pending)? {
            return Ok(parsed);
        }
        if pending.len() > MAX_HEAD {
            return Err(HeadError::TooLarge);
        }
        let left = HEAD_TIME.saturating_sub(started.elapsed());
        if left.is_zero() {
            return Err(HeadError::TooSlow);
        }
        // Idle between requests is allowed longer than a half-sent request.
        let wait = if pending.is_empty() { IDLE } else { left };
        let _ = stream.set_read_timeout(Some(wait));
        match stream.read(&mut chunk) {
            Ok(0) => return Err(HeadError::Gone),
            Ok(n) => pending.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e)
                if !pending.is_empty()
                    && matches!(
                        e.kind(),
                        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                    ) =>
            {
                return Err(HeadError::TooSlow)
            }
            Err(_) => return Err(HeadError::Gone),
        }
    }
}

/// The request whose head `buf` starts with, once it is whole (and removed from `buf`).
fn parse_head(buf: &mut Vec<u8>) -> Result<Option<(Request, BodyLength, bool)>, HeadError> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut req = httparse::Request::new(&mut headers);
    let len = match req.parse(buf) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(httparse::Error::TooManyHeaders) => return Err(HeadError::TooLarge),
        Err(_) => return Err(HeadError::Malformed),
    };
    let method = req.method.ok_or(HeadError::Malformed)?.to_string();
    let target = origin_form(req.path.ok_or(HeadError::Malformed)?).ok_or(HeadError::Malformed)?;
    let mut keep_alive = req.version == Some(1);
    let mut body = BodyLength::None;
    let mut headers = Vec::new();
    for h in req.headers.iter() {
        headers.push((
            h.name.to_ascii_lowercase(),
            String::from_utf8_lossy(h.value).to_string(),
        ));
        let value = String::from_utf8_lossy(h.value).to_ascii_lowercase();
        if h.name.eq_ignore_ascii_case("connection") {
            keep_alive &= !value.contains("close");
        } else if h.name.eq_ignore_ascii_case("transfer-encoding") {
            body = BodyLength::Unknown;
        } else if h.name.eq_ignore_ascii_case("content-length") {
            body = match (body, value.trim().parse::<u64>()) {
                (BodyLength::None, Ok(n)) => BodyLength::Known(n),
                (BodyLength::Known(m), Ok(n)) if m == n => BodyLength::Known(n),
                _ => BodyLength::Unknown,
            };
        }
    }
    if matches!(body, BodyLength::Known(0)) {
        body = BodyLength::None;
    }
    buf.drain(..len);
    let request = Request {
        method,
        target,
        headers,
        body: Vec::new(),
    };
    Ok(Some((request, body, keep_alive)))
}

/// `/path?query` from a request target; `http://host/path` is reduced to its path.
fn origin_form(target: &str) -> Option<String> {
    if target.starts_with('/') {
        return Some(target.to_string());
    }
    let rest = target
        .strip_prefix("http://")
        .or_else(|| target.strip_prefix("https://"))?;
    Some(
        rest.find('/')
            .map_or("/".to_string(), |i| rest[i..].to_string()),
    )
}

/// Reads and drops `n` bytes of body; false when the client stopped sending.
fn skip(stream: &mut TcpStream, pending: &mut Vec<u8>, n: u64) -> bool {
    let have = pending.len().min(n as usize);
    pending.drain(..have);
    let mut left = n - have as u64;
    let _ = stream.set_read_timeout(Some(IDLE));
    let mut chunk = [0u8; 8192];
    while left > 0 {
        let want = chunk.len().min(left as usize);
        match stream.read(&mut chunk[..want]) {
            Ok(0) | Err(_) => return false,
            Ok(got) => left -= got as u64,
        }
    }
    true
}

/// Reads `n` bytes of body (some may already be in `pending`); None when the client stopped
/// sending.
fn take(stream: &mut TcpStream, pending: &mut Vec<u8>, n: u64) -> Option<Vec<u8>> {
    let have = pending.len().min(n as usize);
    let mut body: Vec<u8> = pending.drain(..have).collect();
    let _ = stream.set_read_timeout(Some(IDLE));
    let mut chunk = [0u8; 64 * 1024];
    while (body.len() as u64) < n {
        let want = chunk.len().min((n - body.len() as u64) as usize);
        match stream.read(&mut chunk[..want]) {
            Ok(0) | Err(_) => return None,
            Ok(got) => body.extend_from_slice(&chunk[..got]),
        }
    }
    Some(body)
}

/// Writes a response; Ok(false) when the body came out shorter than announced.
fn write_response(
    stream: &mut TcpStream,
    response: Response,
    head_only: bool,
    keep_alive: bool,
) -> io::Result<bool> {
    let length = match &response.body {
        Body::Bytes(b) => b.len() as u64,
        Body::File(_, n) => *n,
    };
    let mut head = format!(
        "HTTP/1.1 {} {}\r\n",
        response.status,
        reason(response.status)
    );
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {}\r\n", header_value(value)));
    }
    let connection = if keep_alive { "keep-alive" } else { "close" };
    head.push_str(&format!(
        "Content-Length: {length}\r\nConnection: {connection}\r\n\r\n"
    ));
    let mut out = io::BufWriter::new(&mut *stream);
    out.write_all(head.as_bytes())?;
    let whole = match response.body {
        _ if head_only => true,
        Body::Bytes(b) => out.write_all(&b).map(|_| true)?,
        Body::File(f, n) => io::copy(&mut f.take(n), &mut out)? == n,
    };
    out.flush()?;
    Ok(whole)
}

/// A header value with anything that could end the header line (CR, LF, other controls)
/// percent-encoded: no value, whatever it was built from, can split or break a response.
pub fn header_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if c.is_ascii_control() && c != '\t' {
            out.push_str(&format!("%{:02X}", c as u32));
        } else if !c.is_ascii() {
            out.push_str(&percent_encode(c.encode_utf8(&mut [0; 4]), |_| false));
        } else {
            out.push(c);
        }
    }
    out
}

/// Percent-encodes every byte but ASCII letters, digits, `-._~` and those `keep` allows.
pub fn percent_encode(s: &str, keep: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) || keep(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// After an answer that ends the connection, reads (and drops) what the client is still
/// sending for a moment, so closing does not reset the connection before it read the answer.
fn linger(mut stream: TcpStream) {
    let _ = stream.flush();
    let _ = stream.shutdown(Shutdown::Write);
    let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
    let until = Instant::now() + Duration::from_secs(2);
    let mut chunk = [0u8; 8192];
    while Instant::now() < until {
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        400 => "Bad Request",
        404 => "Not Found",
        403 => "Forbidden",
        405 => "Method Not Allowed",
        409 => "Conflict",
        413 => "Content Too Large",
        422 => "Unprocessable Content",
        408 => "Request Timeout",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_values_cannot_break_the_response() {
        assert_eq!(header_value("/projekts-ā/"), "/projekts-%C4%81/");
        assert_eq!(header_value("a\r\nSet-Cookie: x"), "a%0D%0ASet-Cookie: x");
        assert_eq!(percent_encode("/a b/ā/", |b| b == b'/'), "/a%20b/%C4%81/");
    }

    #[test]
    fn heads_are_parsed_and_bounded() {
        let mut buf =
            b"GET http://x/a?b HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcGET".to_vec();
        let (req, body, keep) = parse_head(&mut buf).ok().flatten().unwrap();
        assert_eq!((req.method.as_str(), req.target.as_str()), ("GET", "/a?b"));
        assert!(matches!(body, BodyLength::Known(3)) && keep);
        assert_eq!(buf, b"abcGET");
        let mut partial = b"GET / HTTP/1.1\r\nHost: x\r\n".to_vec();
        assert!(matches!(parse_head(&mut partial), Ok(None)));
        let mut chunked = b"POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
        let (_, body, keep) = parse_head(&mut chunked).ok().flatten().unwrap();
        assert!(matches!(body, BodyLength::Unknown) && !keep);
    }
}
