//! Scripts in the HTML of Markdown texts: raw HTML is published as written (editors paste
//! embeds), so `check` warns about what runs code in the visitor's browser or takes the page
//! elsewhere: `<script>` tags, `on…=` event handlers, addresses that run a script
//! (`javascript:`, `vbscript:`, HTML `data:`) wherever a browser follows or loads them, an
//! `<iframe srcdoc>` document that does any of this, `<meta http-equiv=refresh>`, `<base>`, and
//! `<object>`/`<embed>` of a document. The HTML is read by html5ever's tokenizer, as a browser
//! reads it: `&#106;avascript&colon;` is `javascript:`. With `markdown.raw_html: false` in
//! site.yaml the HTML is dropped and there is nothing to warn about.

use pulldown_cmark::{Event, Parser};

use super::Src;
use crate::diagnostics::{Code, Diagnostic, LineIndex};
use crate::html::{script_url, walk, Piece};

/// One warning per script found in the raw HTML of a published text.
pub fn check(srcs: &[Src]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for s in srcs.iter().filter(|s| s.published) {
        let Ok(text) = s.page.body.text() else {
            continue;
        };
        let body: &str = &text;
        if !body.contains('<') {
            continue;
        }
        let index = LineIndex::new(body);
        for range in html_runs(body) {
            let Some(html) = body.get(range.clone()) else {
                continue;
            };
            for (pos, what) in scripts(html) {
                let (line, col) = index.line_col(range.start + pos);
                out.push(
                    Diagnostic::warning(crate::tr!("scripts-found", what = what))
                        .with_code(Code::UnsafeHtml)
                        .in_file(&s.page.file)
                        .at(line + s.page.body_line - 1, col)
                        .with_hint(crate::tr!("scripts-found-hint")),
                );
            }
        }
    }
    out
}

/// Byte ranges of the raw HTML in a Markdown text, a run of HTML events (an HTML block comes
/// line by line) as one range, so that a tag written over several lines is read whole.
fn html_runs(body: &str) -> Vec<std::ops::Range<usize>> {
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut last_was_html = false;
    for (event, range) in Parser::new_ext(body, crate::markdown::options()).into_offset_iter() {
        let is_html = matches!(event, Event::Html(_) | Event::InlineHtml(_));
        match runs.last_mut() {
            Some(run) if is_html && last_was_html => run.end = run.end.max(range.end),
            _ if is_html => runs.push(range),
            _ => {}
        }
        last_was_html = is_html;
    }
    runs
}

/// Byte offsets in `html` of what runs a script or takes the page elsewhere, with what each is.
pub fn scripts(html: &str) -> Vec<(usize, String)> {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(html.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut found = Vec::new();
    // Where the search for the next finding starts: findings come in document order.
    let mut cursor = 0;
    for f in findings(html) {
        let line_start = starts
            .get((f.line as usize).saturating_sub(1))
            .copied()
            .unwrap_or(0);
        let from = cursor.max(line_start).min(html.len());
        let mut at = find_ci(&html[from..], &f.needle).map_or(from, |i| from + i);
        cursor = at;
        if f.at_value {
            at = value_start(html, at + f.needle.len());
        }
        found.push((at, f.what));
    }
    found.sort_by_key(|f| f.0);
    found
}

/// One thing [`scripts`] reports.
struct Finding {
    line: u64,
    /// The tag or attribute name it is found by in the source.
    needle: String,
    /// Point at the attribute's value (an address) rather than its name.
    at_value: bool,
    what: String,
}

fn findings(html: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    walk(html, |piece, line| {
        let Piece::Start(tag) = piece else { return };
        let name: &str = &tag.name;
        let attr = |n: &str| {
            tag.attrs
                .iter()
                .find(|a| &*a.name.local == n)
                .map(|a| &*a.value)
        };
        for (needle, what) in element(name, &attr) {
            out.push(Finding {
                line,
                needle,
                at_value: false,
                what,
            });
        }
        for a in &tag.attrs {
            let attr_name: &str = &a.name.local;
            for what in attribute(name, attr_name, &a.value) {
                out.push(Finding {
                    line,
                    needle: attr_name.to_string(),
                    at_value: what.ends_with("address"),
                    what,
                });
            }
        }
    });
    out
}

/// Where the value of an attribute whose name ends at `i` starts: after `=`, spaces, a quote.
fn value_start(html: &str, i: usize) -> usize {
    let rest = &html.as_bytes()[i.min(html.len())..];
    let skip = rest
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'=' | b'"' | b'\''))
        .unwrap_or(rest.len());
    i + skip
}

/// Elements that run a script or change where the page and its links go.
fn element<'a>(name: &str, attr: &dyn Fn(&str) -> Option<&'a str>) -> Vec<(String, String)> {
    let tag = |what: String| vec![(format!("<{name}"), what)];
    match name {
        "script" => tag(crate::tr!("scripts-script")),
        "base" => tag(crate::tr!("scripts-base")),
        "meta" if attr("http-equiv").is_some_and(|v| v.trim().eq_ignore_ascii_case("refresh")) => {
            tag(crate::tr!("scripts-refresh"))
        }
        "object" | "embed" => {
            let src = attr("data").or(attr("src")).unwrap_or_default();
            let kind = attr("type").unwrap_or_default();
            if runs_document(src, kind) {
                tag(crate::tr!("scripts-object", element = name))
            } else {
                Vec::new()
            }
        }
        _ => Vec::new(),
    }
}

/// Attributes that run a script: event handlers, script addresses, `srcdoc` documents that
/// have one, SVG animations that set a link to a script address.
fn attribute(element: &str, name: &str, value: &str) -> Vec<String> {
    if name.len() > 2
        && name.starts_with("on")
        && name[2..].bytes().all(|b| b.is_ascii_alphabetic())
    {
        return vec![crate::tr!("scripts-handler", attribute = name)];
    }
    if name == "srcdoc" {
        return findings(value)
            .into_iter()
            .map(|f| crate::tr!("scripts-srcdoc", what = f.what, element = element))
            .collect();
    }
    let animated = matches!(element, "set" | "animate") && matches!(name, "to" | "from" | "values");
    if URL_ATTRS.contains(&name) || animated {
        return value
            .split(if animated { ';' } else { '\0' })
            .filter_map(script_url)
            .take(1)
            .map(|scheme| crate::tr!("scripts-address", scheme = scheme))
            .collect();
    }
    Vec::new()
}

/// Attributes holding an address a browser follows or loads.
const URL_ATTRS: &[&str] = &[
    "href",
    "xlink:href",
    "src",
    "action",
    "formaction",
    "data",
    "poster",
    "background",
    "codebase",
];

/// An `<object>`/`<embed>` showing a web page, an SVG or XML document, or a plug-in: each can
/// run scripts of its own (a script address in `data`/`src` is reported as an address).
fn runs_document(src: &str, kind: &str) -> bool {
    let kind = kind.trim().to_ascii_lowercase();
    let path = src
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    kind.contains("html")
        || kind.contains("svg")
        || kind.contains("xml")
        || kind.contains("flash")
        || [".html", ".htm", ".xhtml", ".svg", ".svgz", ".xml", ".swf"]
            .iter()
            .any(|ext| path.ends_with(ext))
}

/// Byte offset of `needle` in `hay`, ignoring ASCII case.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn what(html: &str) -> Vec<String> {
        scripts(html).into_iter().map(|f| f.1).collect()
    }

    #[test]
    fn finds_scripts_handlers_and_javascript_addresses() {
        let found: Vec<(usize, String)> = scripts(
            "<div onclick=\"x()\" class=one><SCRIPT src=a.js></script><a href='JavaScript:y()'>on=1 online</a><img src=x.png\nonError = 'z()'></div>",
        );
        let what: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(
            what,
            [
                "an event handler `onclick=`",
                "a <script> tag",
                "a `javascript:` address",
                "an event handler `onerror=`"
            ]
        );
        assert_eq!(found[0].0, 5);
        assert!(scripts("<iframe src=\"https://www.youtube-nocookie.com/embed/x\" allowfullscreen></iframe> <b>one=two</b>").is_empty());
    }

    #[test]
    fn reads_addresses_as_a_browser_does() {
        for html in [
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=\"java&#x09;script:alert(1)\">x</a>",
            "<a href=\"javascript&colon;alert(1)\">x</a>",
            "<a href=\"  JAVA\nSCRIPT:alert(1)\">x</a>",
            "<a href=vbscript:msgbox>x</a>",
            "<iframe src=\"data:text/html,&lt;script&gt;x&lt;/script&gt;\"></iframe>",
            "<form><button formaction=\"javascript:x()\">x</button></form>",
            "<form action=\"javascript:x()\"></form>",
            "<svg><a xlink:href=\"javascript:x()\"><text>x</text></a></svg>",
            "<svg><a><set attributeName=\"href\" to=\"javascript:x()\"/></a></svg>",
            "<object data=\"javascript:x()\"></object>",
        ] {
            assert_eq!(what(html).len(), 1, "{html}: {:?}", what(html));
        }
    }

    #[test]
    fn finds_srcdoc_refresh_base_and_documents() {
        let w = what("<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>");
        assert_eq!(w, ["a <script> tag in the document of an <iframe srcdoc>"]);
        let w = what("<iframe srcdoc=\"&lt;iframe srcdoc='&amp;lt;img src=x onerror=y&amp;gt;'&gt;\"></iframe>");
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].contains("`onerror=`"), "{w:?}");
        assert_eq!(
            what("<META HTTP-EQUIV=Refresh content=\"0;url=https://x.example\">").len(),
            1
        );
        assert_eq!(what("<base href=\"https://x.example/\">").len(), 1);
        assert_eq!(what("<embed src=\"karte.svg\">").len(), 1);
        assert_eq!(
            what("<object type=\"text/html\" data=\"x\"></object>").len(),
            1
        );
        // Not scripts: text that looks like one, and ordinary embeds.
        for html in [
            "<p>javascript:alert(1) is text</p>",
            "<textarea><script>x</script></textarea>",
            "<!-- <script>x</script> -->",
            "<meta name=\"description\" content=\"x\">",
            "<iframe srcdoc=\"&lt;p&gt;Sveiki&lt;/p&gt;\"></iframe>",
            "<embed src=\"video.mp4\" type=\"video/mp4\">",
            "<a href=\"https://example.org/?q=javascript:\">x</a>",
        ] {
            assert!(what(html).is_empty(), "{html}: {:?}", what(html));
        }
    }

    #[test]
    fn positions_point_at_the_attribute() {
        let html = "<p>a</p>\n<a title=x\n   href=\"&#106;avascript:x\">y</a>";
        let found = scripts(html);
        assert_eq!(found.len(), 1);
        assert_eq!(&html[found[0].0..found[0].0 + 5], "&#106");
    }
}
