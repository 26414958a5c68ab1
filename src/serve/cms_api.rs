//! The browser editor in `herald serve`: `<base>admin/` (herald's own page with this session's
//! token), the embedded CMS script at `<base>__herald/cms/`, and the local backend at
//! `<base>__herald/cms/<token>/api/v1`. Only this machine's browser may use the backend: the
//! `Host` must be `localhost` or an IP address (a web page's own domain name pointed at
//! 127.0.0.1 is refused), an `Origin` must be the server's own, a browser's `Sec-Fetch-Site`
//! must say same-origin, the body must be JSON (another site cannot send that without asking
//! first, and is not answered), and the address must carry the token, which only the admin
//! page holds.

use std::path::Path;

use super::http::{Request, Response};
use super::Shared;
use crate::cms::backend::Backend;

/// The largest save the CMS may send: a few photos from a phone, base64-encoded.
const MAX_SAVE: u64 = 96 * 1024 * 1024;

pub struct CmsSession {
    backend: Backend,
    root: std::path::PathBuf,
    token: String,
    port: u16,
    lang: String,
    title: String,
}

impl CmsSession {
    pub fn new(root: &Path, port: u16) -> CmsSession {
        let mut bytes = [0u8; 16];
        // Without randomness there is no secret: the editor stays off (an empty token
        // never matches, see `is_api`).
        let token = match getrandom::getrandom(&mut bytes) {
            Ok(()) => bytes.iter().map(|b| format!("{b:02x}")).collect(),
            Err(_) => String::new(),
        };
        let config = crate::config::Config::load(root).ok();
        let lang = config
            .as_ref()
            .map_or("en".to_string(), |c| c.default_lang().to_string());
        let title = config
            .as_ref()
            .map_or(String::new(), |c| c.title.get(&lang, &lang).to_string());
        CmsSession {
            backend: Backend::new(root),
            root: root.to_path_buf(),
            token,
            port,
            lang,
            title,
        }
    }
}

/// The request path below the base path, decoded.
fn below_base(request: &Request, shared: &Shared) -> Option<String> {
    let path = request.target.split(['?', '#']).next().unwrap_or("");
    let decoded = super::percent_decode(path)?;
    decoded.strip_prefix(&shared.base_path).map(String::from)
}

/// Whether the request is addressed to the backend with this session's token.
fn is_api(rel: &str, cms: &CmsSession) -> bool {
    let Some(rest) = rel
        .strip_prefix(super::ENDPOINT)
        .and_then(|r| r.strip_prefix("cms/"))
    else {
        return false;
    };
    let Some(token) = rest.strip_suffix("/api/v1") else {
        return false;
    };
    !cms.token.is_empty() && same(token.as_bytes(), cms.token.as_bytes())
}

/// Compares without stopping at the first difference (the time taken says nothing of where).
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// How much of a request's body the server reads: a save, only at the backend's address.
pub fn body_limit(request: &Request, shared: &Shared) -> u64 {
    match (&shared.cms, below_base(request, shared)) {
        (Some(cms), Some(rel)) if request.method == "POST" && is_api(&rel, cms) => MAX_SAVE,
        _ => 0,
    }
}

/// `localhost[:port]` or an IP address with this server's port: names a web page could have
/// pointed at this machine are not.
fn host_allowed(host: &str, port: u16) -> bool {
    let (name, p) = match host.rsplit_once(':') {
        Some((n, p)) if !n.ends_with(':') || n.starts_with('[') => (n, p.parse::<u16>().ok()),
        _ => (host, None),
    };
    if p != Some(port) {
        return false;
    }
    let name = name.trim_start_matches('[').trim_end_matches(']');
    name.eq_ignore_ascii_case("localhost") || name.parse::<std::net::IpAddr>().is_ok()
}

/// Why a request may not reach the backend (or the page holding the token), if it may not.
fn refused_origin(request: &Request, port: u16) -> Option<String> {
    let host = request.header("host").unwrap_or("");
    if !host_allowed(host, port) {
        return Some(crate::tr!(
            "serve-cms-wrong-host",
            port = port.to_string(),
            host = host
        ));
    }
    if let Some(origin) = request.header("origin") {
        if origin != format!("http://{host}") {
            let origin = format!("`{origin}`");
            return Some(crate::tr!("serve-cms-other-site", origin = origin));
        }
    }
    match request.header("sec-fetch-site") {
        Some("same-origin") | Some("none") | None => None,
        Some(other) => Some(crate::tr!("serve-cms-other-site", origin = other)),
    }
}

fn json_error(status: u16, message: &str) -> Response {
    let body = serde_json::json!({ "error": message })
        .to_string()
        .into_bytes();
    Response::new(status, "application/json", body)
}

/// The answer to a request for the editor, or None for any other request.
pub fn handle(request: &Request, shared: &Shared) -> Option<Response> {
    let rel = below_base(request, shared)?;
    let cms_files = format!("{}cms/", super::ENDPOINT);
    let is_admin = rel == "admin/" || rel == "admin/index.html" || rel == "admin";
    if !rel.starts_with(&cms_files) && !is_admin {
        return None;
    }
    let Some(cms) = &shared.cms else {
        return is_admin
            .then(|| Response::text(403, &format!("{}\n", crate::tr!("serve-cms-page-off"))));
    };
    if is_admin {
        return Some(admin_page(request, shared, cms));
    }
    if is_api(&rel, cms) {
        return Some(api(request, cms));
    }
    if rel.starts_with(&cms_files) && rel.ends_with("/api/v1") {
        return Some(json_error(
            403,
            &format!("{} (H071)", crate::tr!("serve-cms-session-ended")),
        ));
    }
    let name = &rel[cms_files.len()..];
    Some(match crate::cms::vendored(name) {
        Some((bytes, gzipped)) if request.method == "GET" || request.method == "HEAD" => {
            let kind = super::content_type(name.trim_end_matches(".txt"));
            let kind = if name.ends_with(".txt") || name == "LICENSE" {
                "text/plain; charset=utf-8"
            } else if name.ends_with(".wasm") {
                "application/wasm"
            } else {
                kind
            };
            let r = Response::new(200, kind, bytes.to_vec());
            if gzipped {
                r.with("Content-Encoding", "gzip")
            } else {
                r
            }
        }
        _ => Response::text(404, &format!("{}\n", crate::tr!("serve-not-found"))),
    })
}

/// herald's admin page, with the token, to this machine's browser only; a note to run
/// `herald cms` first when the site has no configuration.
fn admin_page(request: &Request, shared: &Shared, cms: &CmsSession) -> Response {
    if let Some(why) = refused_origin(request, cms.port) {
        return Response::text(403, &format!("{why}\n"));
    }
    let rel = below_base(request, shared).unwrap_or_default();
    if rel == "admin" {
        return super::redirect(301, &format!("{}admin/", shared.base_path));
    }
    // On disk, not in the build: the editor works while the site cannot be built.
    let configured = cms.root.join("static/admin/config.yml").is_file();
    let page = if configured {
        crate::cms::local_page(&cms.lang, &cms.title, &shared.base_url_path, &cms.token)
    } else {
        crate::cms::missing_config_page(&cms.lang)
    };
    Response::new(200, "text/html; charset=utf-8", page.into_bytes())
        .with("Content-Security-Policy", "frame-ancestors 'none'")
        .with("X-Frame-Options", "DENY")
        .with("Referrer-Policy", "no-referrer")
}

/// One backend request, after the checks of who sends it.
fn api(request: &Request, cms: &CmsSession) -> Response {
    if request.method != "POST" {
        return json_error(405, &crate::tr!("serve-cms-post-only")).with("Allow", "POST");
    }
    if let Some(why) = refused_origin(request, cms.port) {
        return json_error(403, &format!("{why} (H071)"));
    }
    let json = request.header("content-type").is_some_and(|t| {
        t.trim_start()
            .to_ascii_lowercase()
            .starts_with("application/json")
    });
    if !json {
        let why = crate::tr!("serve-cms-json-only");
        return json_error(403, &format!("{why} (H071)"));
    }
    match cms.backend.answer(&request.body) {
        Ok(value) => Response::new(200, "application/json", value.to_string().into_bytes()),
        Err(refusal) => {
            let label = crate::tr!("label-error");
            let why = crate::tr!("serve-cms-refused", reason = refusal.message.as_str());
            eprintln!("{label}[H071]: {why}");
            json_error(refusal.status, &format!("{} (H071)", refusal.message))
        }
    }
}
