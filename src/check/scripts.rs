//! Scripts in the HTML of Markdown texts: raw HTML is published as written (editors paste
//! embeds), so `check` warns about what runs code in the visitor's browser: `<script>` tags,
//! `on…=` event handler attributes and `javascript:` addresses. With `markdown.raw_html: false`
//! in site.yaml the HTML is dropped and there is nothing to warn about.

use pulldown_cmark::{Event, Parser};

use super::Src;
use crate::diagnostics::{Code, Diagnostic, LineIndex};

/// One warning per script found in the raw HTML of a published text.
pub fn check(srcs: &[Src]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for s in srcs.iter().filter(|s| s.published) {
        let body: &str = &s.page.body;
        if !body.contains('<') {
            continue;
        }
        let index = LineIndex::new(body);
        for (event, range) in Parser::new_ext(body, crate::markdown::options()).into_offset_iter() {
            if !matches!(event, Event::Html(_) | Event::InlineHtml(_)) {
                continue;
            }
            let Some(html) = body.get(range.clone()) else {
                continue;
            };
            for (pos, what) in scripts(html) {
                let (line, col) = index.line_col(range.start + pos);
                out.push(
                    Diagnostic::warning(format!(
                        "the HTML in this text has {what}: it runs a script in every visitor's browser"
                    ))
                    .with_code(Code::UnsafeHtml)
                    .in_file(&s.page.file)
                    .at(line + s.page.body_line - 1, col)
                    .with_hint(
                        "keep it only if it is the embed code of a provider you trust (a map, a video); else remove it. \
                         `markdown: {raw_html: false}` in site.yaml drops all HTML from the texts",
                    ),
                );
            }
        }
    }
    out
}

/// Byte offsets in `html` of `<script` tags, `on…=` attributes and `javascript:` addresses,
/// with what each is.
pub fn scripts(html: &str) -> Vec<(usize, String)> {
    let lower = html.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut found = Vec::new();
    for (i, _) in lower.match_indices("<script") {
        found.push((i, "a <script> tag".to_string()));
    }
    for (i, _) in lower.match_indices("javascript:") {
        found.push((i, "a `javascript:` address".to_string()));
    }
    // `on<letters>=` after whitespace, `/` or a quote, inside a tag.
    let mut in_tag = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => in_tag = true,
            b'>' => in_tag = false,
            b'o' if in_tag
                && i > 0
                && matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'/' | b'"' | b'\'')
                && bytes.get(i + 1) == Some(&b'n') =>
            {
                let name_end = (i + 2..bytes.len())
                    .find(|&j| !bytes[j].is_ascii_alphabetic())
                    .unwrap_or(bytes.len());
                let after = lower[name_end..].trim_start_matches([' ', '\t', '\n']);
                if name_end > i + 2 && after.starts_with('=') {
                    found.push((i, format!("an event handler `{}=`", &lower[i..name_end])));
                    i = name_end;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    found.sort_by_key(|f| f.0);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
