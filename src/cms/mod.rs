//! The browser editor of the site: Decap CMS (or Sveltia CMS) configured by herald.
//! `config` writes `static/admin/config.yml` from site.yaml and content/, `backend` answers
//! the CMS's local-backend requests in `herald serve`, and this file holds the pinned CMS
//! script embedded in the binary (served by `serve`, never fetched from the internet while
//! editing locally) and the two admin pages: the one `herald cms` writes for the published
//! site (loading the same pinned version from a CDN) and the one `herald serve` shows.

pub mod backend;
pub mod config;
pub(crate) mod labels;
pub mod typed;

use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

use crate::codes::Code;
use crate::diagnostics::{Diagnostic, Result};

/// The Decap CMS version herald embeds and the online page loads.
pub const DECAP_VERSION: &str = "3.16.3";
/// Subresource integrity of that version's `dist/decap-cms.js` (as the CDN serves it).
const DECAP_INTEGRITY: &str =
    "sha384-A/Gdn928CNLufmnGWGs9RM4Q9o8bSNLeJERqBFrBjwzL7FRpoLT3MPF8Tl0+Wd2p";

/// `decap-cms.js`, its chunks and WebAssembly files, each gzipped, and the licences.
static DECAP: Dir = include_dir!("$CARGO_MANIFEST_DIR/vendor/decap-cms");

/// An embedded file of the CMS by its served name (`decap-cms.js`, `2598.decap-cms.js`,
/// `LICENSE`): its bytes and whether they are gzipped.
pub fn vendored(name: &str) -> Option<(&'static [u8], bool)> {
    if name.contains('/') || name.starts_with('.') {
        return None;
    }
    if let Some(f) = DECAP.get_file(format!("{name}.gz")) {
        return Some((f.contents(), true));
    }
    let plain = name == "LICENSE" || name == "decap-cms.js.LICENSE.txt";
    DECAP
        .get_file(name)
        .filter(|_| plain)
        .map(|f| (f.contents(), false))
}

fn page(lang: &str, title: &str, scripts: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n  <meta charset=\"utf-8\">\n  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  <meta name=\"robots\" content=\"noindex\">\n  <title>{}</title>\n</head>\n<body>\n{scripts}</body>\n</html>\n",
        crate::html::escape(title)
    )
}

/// `static/admin/index.html` for the published site: Decap CMS `DECAP_VERSION` from a CDN,
/// checked by its hash, reading `config.yml` beside it.
pub fn online_page(lang: &str, site_title: &str) -> String {
    let script = format!(
        "  <!-- Decap CMS {DECAP_VERSION}, pinned; written by `herald cms` -->\n  <script src=\"https://unpkg.com/decap-cms@{DECAP_VERSION}/dist/decap-cms.js\" integrity=\"{DECAP_INTEGRITY}\" crossorigin=\"anonymous\"></script>\n"
    );
    page(lang, &format!("CMS · {site_title}"), &script)
}

/// The admin page `herald serve` shows at `<base>admin/`: the embedded CMS, told where the
/// local backend is (with this session's token in its address).
pub fn local_page(lang: &str, site_title: &str, base: &str, token: &str) -> String {
    let scripts = format!(
        "  <script>window.CMS_MANUAL_INIT = true;</script>\n  <script src=\"{base}__herald/cms/decap-cms.js\"></script>\n  <script>CMS.init({{config: {{local_backend: {{url: location.origin + \"{base}__herald/cms/{token}/api/v1\", allowed_hosts: [location.hostname]}}}}}});</script>\n"
    );
    page(lang, &format!("CMS · {site_title}"), &scripts)
}

/// The page `herald serve` shows at `<base>admin/` when the site has no CMS configuration.
pub fn missing_config_page(lang: &str) -> String {
    page(
        lang,
        "CMS",
        "  <main>\n    <h1>The CMS is not set up for this site</h1>\n    <p>Run <code>herald cms</code> in the site folder: it writes <code>static/admin/config.yml</code>. This page then shows the editor.</p>\n  </main>\n",
    )
}

/// What `herald cms` did to each file.
pub struct Written {
    pub config: PathBuf,
    pub page: PathBuf,
    /// false: an existing `index.html` was kept.
    pub page_written: bool,
    /// Content files whose gallery was written in one place (relative to the site folder).
    pub typed: Vec<PathBuf>,
    /// Content files whose gallery herald could not rewrite: left as they are.
    pub untyped: Vec<PathBuf>,
    /// A language's own `position` of a picture that the gallery in one place does not keep.
    pub positions: Vec<PositionNotKept>,
}

/// A picture's `position` given in one language's file (`file`) that differs from the one
/// the gallery in one place keeps for every language (`kept`; None: none).
pub struct PositionNotKept {
    pub file: PathBuf,
    pub image: String,
    pub own: String,
    pub kept: Option<String>,
}

/// Writes (or updates) `static/admin/config.yml` and, when absent, `static/admin/index.html`.
pub fn write_admin(root: &Path) -> Result<Written> {
    let config = crate::config::Config::load(root)?;
    let content = crate::content::load(root, &config.languages)?;
    let dir = root.join("static/admin");
    let config_file = dir.join("config.yml");
    let shown = Path::new("static/admin/config.yml");
    let existing = match std::fs::read_to_string(&config_file) {
        Ok(t) => Some(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(Diagnostic::error(crate::tr!(
                "cms-unreadable",
                reason = crate::messages::io_reason(&e)
            ))
            .with_code(Code::CmsConfig)
            .in_file(shown)
            .into())
        }
    };
    let generated = config::generate(&config, &content);
    let text = config::render(existing.as_deref(), shown, &generated)?;
    let fail = |e: std::io::Error, file: &str| {
        Diagnostic::error(crate::tr!(
            "cms-unwritable",
            reason = crate::messages::io_reason(&e)
        ))
        .with_code(Code::CmsConfig)
        .in_file(Path::new(file))
    };
    std::fs::create_dir_all(&dir).map_err(|e| fail(e, "static/admin/"))?;
    if existing.as_deref() != Some(text.as_str()) {
        write_atomic(&config_file, text.as_bytes())
            .map_err(|e| fail(e, "static/admin/config.yml"))?;
    }
    let page_file = dir.join("index.html");
    let page_written = !page_file.exists();
    if page_written {
        let lang = config.default_lang().to_string();
        let title = config.title.get(&lang, &lang).to_string();
        write_atomic(&page_file, online_page(&lang, &title).as_bytes())
            .map_err(|e| fail(e, "static/admin/index.html"))?;
    }
    // The editor opens a gallery only in one place (its entries' kinds, every language's
    // texts): galleries written by hand or one per language are rewritten so, each file
    // whole or not at all.
    let mut typed_files = Vec::new();
    let mut untyped = Vec::new();
    let mut positions = Vec::new();
    let read = |f: &PathBuf| std::fs::read_to_string(root.join(f)).ok();
    for t in typed::untyped(&content, read, &config.languages) {
        match t {
            typed::Typed::Added(file, text) => {
                write_atomic(&root.join(&file), text.as_bytes())
                    .map_err(|e| fail(e, &file.display().to_string()))?;
                typed_files.push(file);
            }
            typed::Typed::Left(file) => untyped.push(file),
            typed::Typed::Position(file, image, own, kept) => positions.push(PositionNotKept {
                file,
                image,
                own,
                kept,
            }),
        }
    }
    Ok(Written {
        config: config_file,
        page: page_file,
        page_written,
        typed: typed_files,
        untyped,
        positions,
    })
}

/// A file replaced whole or not at all: a hidden temporary file beside it, then a rename.
fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_file_name(format!(".herald-cms-{}.tmp", std::process::id()));
    let done = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        std::io::Write::write_all(&mut f, bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if done.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    done
}
