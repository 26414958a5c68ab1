//! Links in the rendered site: every HTML page herald made is read (html5ever's tokenizer),
//! each reference (`href`, `src`, `srcset`, `og:image` ...) is resolved against the page's own
//! URL and the site's base path, and checked against the output files and their element ids. A
//! broken reference is traced back to the Markdown line that wrote it, or else to the template
//! that rendered the page. Pure over the rendered files: no disk access.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};

use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    EndTag, StartTag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use rayon::prelude::*;

use crate::diagnostics::{did_you_mean, LineIndex};
use crate::output::{OutputContents, OutputFile};

/// One reference in an HTML page.
#[derive(Debug, Clone)]
pub struct Ref {
    pub value: String,
    /// The element (`a`, `img`, ...).
    pub tag: String,
    pub is_image: bool,
}

#[derive(Debug, Default)]
pub struct HtmlInfo {
    pub ids: HashSet<String>,
    pub refs: Vec<Ref>,
    /// `<img>` elements without any `alt` attribute (their `src`).
    pub imgs_without_alt: Vec<String>,
}

/// The rendered site: every output path, and what the HTML pages herald rendered contain.
pub struct OutputIndex {
    pub files: HashSet<String>,
    pub html: HashMap<String, HtmlInfo>,
}

impl OutputIndex {
    pub fn new(files: &[OutputFile]) -> OutputIndex {
        let html = files
            .par_iter()
            .filter_map(|f| match &f.contents {
                OutputContents::Bytes(b) if f.path.ends_with(".html") => {
                    Some((f.path.clone(), parse_html(&String::from_utf8_lossy(b))))
                }
                _ => None,
            })
            .collect();
        OutputIndex {
            files: files.iter().map(|f| f.path.clone()).collect(),
            html,
        }
    }

    /// The output file an absolute URL path (`/octopus/lv/x/`) names, if the site has it.
    pub fn file_for(&self, url_path: &str, base_path: &str) -> Option<String> {
        let rel = if url_path == base_path.trim_end_matches('/') {
            ""
        } else {
            url_path.strip_prefix(base_path)?
        };
        if rel.is_empty() || rel.ends_with('/') {
            let p = format!("{rel}index.html");
            return self.files.contains(&p).then_some(p);
        }
        if self.files.contains(rel) {
            return Some(rel.to_string());
        }
        let p = format!("{rel}/index.html");
        self.files.contains(&p).then_some(p)
    }
}

/// Elements and attributes that reference another file or page.
const REF_ATTRS: &[(&str, &str)] = &[
    ("a", "href"),
    ("area", "href"),
    ("link", "href"),
    ("img", "src"),
    ("img", "srcset"),
    ("source", "src"),
    ("source", "srcset"),
    ("video", "src"),
    ("video", "poster"),
    ("audio", "src"),
    ("track", "src"),
    ("script", "src"),
    ("iframe", "src"),
];

/// What `check` needs of a page: its ids, references and `<img>`s without `alt`. The page is
/// read by html5ever's tokenizer, token by token, without building a tree, so a 50 MB page
/// costs no more memory than its own text.
pub fn parse_html(text: &str) -> HtmlInfo {
    let tokenizer = Tokenizer::new(Scan::default(), TokenizerOpts::default());
    crate::html::tokenize(&tokenizer, text);
    tokenizer.sink.info.take()
}

/// The tokenizer's receiver: keeps what `parse_html` returns, and tells the tokenizer where
/// text must not be read as tags (the tree builder would, and it is not used here).
#[derive(Default)]
struct Scan {
    info: RefCell<HtmlInfo>,
    /// Open `<svg>` and `<math>` elements: inside them `<title>` and `<style>` are elements.
    foreign: Cell<usize>,
}

impl TokenSink for Scan {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let TagToken(tag) = token else {
            return TokenSinkResult::Continue;
        };
        let name: &str = &tag.name;
        if matches!(name, "svg" | "math") {
            let open = self.foreign.get();
            match tag.kind {
                StartTag if !tag.self_closing => self.foreign.set(open + 1),
                EndTag => self.foreign.set(open.saturating_sub(1)),
                _ => {}
            }
        }
        if tag.kind == EndTag {
            return TokenSinkResult::Continue;
        }
        let attr = |n: &str| {
            tag.attrs
                .iter()
                .find(|a| &*a.name.local == n)
                .map(|a| &*a.value)
        };
        element(&mut self.info.borrow_mut(), name, attr);
        if self.foreign.get() > 0 {
            return TokenSinkResult::Continue;
        }
        match name {
            "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.foreign.get() > 0
    }
}

/// Records one start tag's id, references and missing alt text.
fn element<'a>(info: &mut HtmlInfo, tag: &str, attr: impl Fn(&str) -> Option<&'a str>) {
    if let Some(id) = attr("id") {
        info.ids.insert(id.to_string());
    }
    if tag == "a" {
        if let Some(name) = attr("name") {
            info.ids.insert(name.to_string());
        }
    }
    if tag == "img" && attr("alt").is_none() {
        info.imgs_without_alt
            .push(attr("src").unwrap_or_default().to_string());
    }
    let is_image = matches!(tag, "img" | "source") || attr("property") == Some("og:image");
    for (t, name) in REF_ATTRS {
        if *t != tag {
            continue;
        }
        let Some(v) = attr(name) else { continue };
        if name.ends_with("srcset") {
            for candidate in v.split(',') {
                if let Some(url) = candidate.split_whitespace().next() {
                    info.refs.push(Ref {
                        value: url.to_string(),
                        tag: tag.to_string(),
                        is_image: true,
                    });
                }
            }
        } else {
            info.refs.push(Ref {
                value: v.to_string(),
                tag: tag.to_string(),
                is_image,
            });
        }
    }
    if tag == "meta" && matches!(attr("property"), Some("og:image" | "og:url")) {
        if let Some(v) = attr("content") {
            info.refs.push(Ref {
                value: v.to_string(),
                tag: "meta".into(),
                is_image,
            });
        }
    }
}

/// What a reference points to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A URL path on this host (percent-decoded, without query) and a fragment.
    Internal {
        path: String,
        fragment: Option<String>,
    },
    /// An http(s) address elsewhere.
    External(String),
    /// `mailto:`, `tel:`, `data:` and the like: nothing to check.
    Skip,
}

/// Resolves `value`, found on the page whose URL directory is `page_dir` (`/octopus/lv/x/`).
/// `origin` is `https://host` of the site: absolute URLs on it are internal.
pub fn classify(value: &str, page_dir: &str, page_path: &str, origin: &str) -> Target {
    let value = value.trim();
    if value.is_empty() {
        return Target::Skip;
    }
    if let Some(rest) = value.strip_prefix("//") {
        return Target::External(format!("https://{rest}"));
    }
    let scheme_end = value.find(':');
    let first_special = value.find(['/', '?', '#']);
    if let Some(i) = scheme_end {
        if first_special.is_none_or(|j| i < j) {
            let scheme = value[..i].to_ascii_lowercase();
            if scheme != "http" && scheme != "https" {
                return Target::Skip;
            }
            let after_origin = value
                .strip_prefix(origin)
                .filter(|r| r.is_empty() || r.starts_with(['/', '?', '#']));
            return match after_origin {
                Some(rest) => internal(if rest.is_empty() { "/" } else { rest }, "/"),
                None => Target::External(value.to_string()),
            };
        }
    }
    if let Some(frag) = value.strip_prefix('#') {
        return Target::Internal {
            path: page_path.to_string(),
            fragment: Some(percent_decode(frag)),
        };
    }
    internal(value, page_dir)
}

fn internal(value: &str, page_dir: &str) -> Target {
    let (before_frag, fragment) = match value.split_once('#') {
        Some((a, f)) => (a, Some(percent_decode(f))),
        None => (value, None),
    };
    let path = before_frag.split('?').next().unwrap_or("");
    let joined = if path.starts_with('/') {
        path.to_string()
    } else if path.is_empty() {
        page_dir.to_string()
    } else {
        format!("{page_dir}{path}")
    };
    Target::Internal {
        path: normalize_url_path(&percent_decode(&joined)),
        fragment,
    }
}

/// `/a/./b/../c/` -> `/a/c/`; `..` above the root stays at the root, as browsers do.
pub fn normalize_url_path(p: &str) -> String {
    let trailing = p.ends_with('/') || p.ends_with("/.") || p.ends_with("/..");
    let mut parts: Vec<&str> = Vec::new();
    for seg in p.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let mut out = format!("/{}", parts.join("/"));
    if trailing && out != "/" {
        out.push('/');
    }
    out
}

pub fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
            if let Ok(b) = u8::from_str_radix(hex, 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The URL directory of an output file: `lv/x/index.html` -> `/octopus/lv/x/`.
pub fn page_dir(output_path: &str, base_path: &str) -> String {
    match output_path.rsplit_once('/') {
        Some((dir, _)) => format!("{base_path}{dir}/"),
        None => base_path.to_string(),
    }
}

/// A problem with one internal reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Nothing is published at this URL path.
    Missing { url: String },
    /// The path is outside the site's base path (breaks under a sub-path).
    OutsideBase { url: String },
    /// The page exists, the id does not.
    Anchor {
        url: String,
        fragment: String,
        suggestion: Option<String>,
    },
}

/// Checks an internal target; returns the output file it names when it is fine.
pub fn check_internal(
    out: &OutputIndex,
    path: &str,
    fragment: Option<&str>,
    base_path: &str,
) -> Result<String, Problem> {
    if !(path.starts_with(base_path) || path == base_path.trim_end_matches('/')) {
        return Err(Problem::OutsideBase {
            url: path.to_string(),
        });
    }
    let Some(file) = out.file_for(path, base_path) else {
        return Err(Problem::Missing {
            url: path.to_string(),
        });
    };
    if let (Some(frag), Some(info)) = (fragment, out.html.get(&file)) {
        // An empty fragment and `#top` scroll to the top in every browser.
        if !frag.is_empty() && frag != "top" && !info.ids.contains(frag) {
            let ids: Vec<&str> = info.ids.iter().map(String::as_str).collect();
            return Err(Problem::Anchor {
                url: path.to_string(),
                fragment: frag.to_string(),
                suggestion: did_you_mean(frag, &ids).map(str::to_string),
            });
        }
    }
    Ok(file)
}

/// A link or picture as written in Markdown (or in raw HTML inside the Markdown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MdRef {
    pub dest: String,
    /// Line and column in the site file.
    pub line: usize,
    pub column: usize,
    /// A picture (`![...](...)` or `<img src>`), not a link.
    pub is_image: bool,
    /// For Markdown pictures: the alt text written between the brackets.
    pub image_alt: Option<String>,
    /// Found in raw HTML (`<a href>`, `<img src>`), not Markdown syntax.
    pub raw: bool,
}

/// Every link and picture destination of a Markdown body that starts at line `body_line`.
pub fn markdown_refs(body: &str, body_line: usize) -> Vec<MdRef> {
    let mut out: Vec<MdRef> = Vec::new();
    let mut open_image: Option<usize> = None;
    let index = LineIndex::new(body);
    let at = |offset: usize| {
        let (l, c) = index.line_col(offset);
        (l + body_line - 1, c)
    };
    for (event, range) in Parser::new_ext(body, crate::markdown::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                let (line, column) = at(range.start);
                out.push(MdRef {
                    dest: dest_url.to_string(),
                    line,
                    column,
                    is_image: false,
                    image_alt: None,
                    raw: false,
                });
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                let (line, column) = at(range.start);
                out.push(MdRef {
                    dest: dest_url.to_string(),
                    line,
                    column,
                    is_image: true,
                    image_alt: Some(String::new()),
                    raw: false,
                });
                open_image = Some(out.len() - 1);
            }
            Event::End(TagEnd::Image) => open_image = None,
            Event::Text(t) | Event::Code(t) => {
                if let Some(alt) = open_image.and_then(|i| out[i].image_alt.as_mut()) {
                    alt.push_str(&t);
                }
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                for (offset, attr, value) in raw_attrs(&h) {
                    let (line, column) = at(range.start + offset);
                    let is_image =
                        attr == "src" && h[..offset].to_ascii_lowercase().contains("<img");
                    out.push(MdRef {
                        dest: value,
                        line,
                        column,
                        is_image,
                        image_alt: None,
                        raw: true,
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// `href="..."` and `src="..."` in a piece of raw HTML: (offset, attribute, value).
fn raw_attrs(html: &str) -> Vec<(usize, &'static str, String)> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    for attr in ["href", "src"] {
        let pat = format!("{attr}=");
        let mut from = 0;
        while let Some(i) = lower[from..].find(&pat) {
            let start = from + i;
            from = start + pat.len();
            let before_ok = start == 0
                || lower[..start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_whitespace);
            if !before_ok {
                continue;
            }
            let rest = &html[from..];
            let value = match rest.chars().next() {
                Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
                _ => rest
                    .split(|c: char| c.is_whitespace() || c == '>')
                    .next()
                    .unwrap_or(""),
            };
            out.push((start, attr, value.to_string()));
        }
    }
    out.sort_by_key(|(o, _, _)| *o);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(info: &HtmlInfo) -> Vec<&str> {
        info.refs.iter().map(|r| r.value.as_str()).collect()
    }

    #[test]
    fn the_scan_finds_ids_references_and_missing_alts() {
        let page = r#"<!DOCTYPE html><html><head><title>a <a href="no-title">x</a></title>
<meta property="og:image" content="/img/c.jpg"><script>let s = '<a href="no-script">';</script>
<style>a[href="<img src=no-style>"] {}</style></head><body>
<h2 id="jaunumi">x</h2><a name="old">y</a><textarea><img src="no-textarea"></textarea>
<picture><source srcset="/a.webp 480w, /b.webp 960w"><img src="/a.jpg" alt=""></picture>
<img src="/no-alt.jpg"><svg><title>Emblēma</title><a href="in-svg">z</a></svg>
<a href="/lv/#jaunumi">ā</a></body></html>"#;
        let info = parse_html(page);
        assert_eq!(
            values(&info),
            [
                "/img/c.jpg",
                "/a.webp",
                "/b.webp",
                "/a.jpg",
                "/no-alt.jpg",
                "in-svg",
                "/lv/#jaunumi"
            ]
        );
        assert!(info.refs[0].is_image && info.refs[1].is_image && !info.refs[6].is_image);
        let ids: std::collections::BTreeSet<_> = info.ids.iter().map(String::as_str).collect();
        assert_eq!(ids, ["jaunumi", "old"].into());
        assert_eq!(info.imgs_without_alt, ["/no-alt.jpg"]);
    }

    #[test]
    fn a_page_cut_in_the_middle_of_a_letter_or_a_tag_reads_the_same() {
        // More than one piece of the tokenizer's input, cut inside `ā` and inside tags.
        let unit = "<p id=\"ā\">ā</p><a href=\"/x/ā\">ā</a>";
        let page = unit.repeat(70 * 1024 / unit.len() + 3);
        let info = parse_html(&page);
        assert_eq!(info.refs.len(), page.matches("<a ").count());
        assert!(info.refs.iter().all(|r| r.value == "/x/ā"));
        assert_eq!(info.ids.len(), 1);
    }

    #[test]
    fn classifies_relative_absolute_and_external() {
        let dir = "/octopus/lv/x/";
        let page = "/octopus/lv/x/";
        let o = "https://example.org";
        assert_eq!(
            classify("photo.jpg", dir, page, o),
            Target::Internal {
                path: "/octopus/lv/x/photo.jpg".into(),
                fragment: None
            }
        );
        assert_eq!(
            classify("../y/#a%C4%81", dir, page, o),
            Target::Internal {
                path: "/octopus/lv/y/".into(),
                fragment: Some("aā".into())
            }
        );
        assert_eq!(
            classify("#top", dir, page, o),
            Target::Internal {
                path: page.into(),
                fragment: Some("top".into())
            }
        );
        assert_eq!(
            classify("https://example.org/octopus/lv/?q=1", dir, page, o),
            Target::Internal {
                path: "/octopus/lv/".into(),
                fragment: None
            }
        );
        assert_eq!(
            classify("https://example.org.evil/", dir, page, o),
            Target::External("https://example.org.evil/".into())
        );
        assert_eq!(
            classify("//cdn.example/x.js", dir, page, o),
            Target::External("https://cdn.example/x.js".into())
        );
        assert_eq!(classify("mailto:a@b.lv", dir, page, o), Target::Skip);
        assert_eq!(classify("tel:+371", dir, page, o), Target::Skip);
    }

    #[test]
    fn markdown_refs_have_site_lines_and_alt() {
        let body = "Text [a](b.md#c).\n\n![Foto](p.jpg)\n\n<a href=\"x.pdf\">x</a>\n";
        let refs = markdown_refs(body, 5);
        assert_eq!(refs.len(), 3);
        assert_eq!(
            (refs[0].dest.as_str(), refs[0].line, refs[0].column),
            ("b.md#c", 5, 6)
        );
        assert_eq!(refs[1].image_alt.as_deref(), Some("Foto"));
        assert_eq!((refs[1].line, refs[1].column), (7, 1));
        assert!(refs[2].raw);
        assert_eq!(
            (refs[2].dest.as_str(), refs[2].line, refs[2].column),
            ("x.pdf", 9, 4)
        );
    }

    #[test]
    fn normalizes_dot_segments() {
        assert_eq!(normalize_url_path("/a/./b/../c/"), "/a/c/");
        assert_eq!(normalize_url_path("/../a"), "/a");
        assert_eq!(percent_decode("a%20b%"), "a b%");
    }
}
