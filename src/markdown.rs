//! Markdown to HTML with pulldown-cmark: tables, footnotes, strikethrough, heading ids (made
//! from the heading text, unique per page, `{#id}` honoured), content links rewritten by the
//! caller's resolver, and the first paragraph as plain text for summaries. Pure: no file access.

use std::collections::HashSet;
use std::path::Path;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::diagnostics::{line_col, Code, Diagnostic};
use crate::slug::slugify;

#[derive(Debug)]
pub struct Rendered {
    pub html: String,
    /// The first paragraph as plain text.
    pub first_paragraph: String,
    /// Ids of the headings, in order (for anchor checks and tables of contents).
    pub heading_ids: Vec<String>,
}

/// Maps a link destination to its target, or to (message, hint) for a broken content link.
pub type Resolver<'a> = dyn Fn(&str) -> Result<LinkTarget, (String, String)> + 'a;

/// What a link or image destination becomes.
pub enum LinkTarget {
    /// Leave it as written (external URL, anchor, asset next to the page).
    Keep,
    /// Replace by this URL.
    Rewrite(String),
}

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders `body` (which starts at line `body_line` of `file`). `resolve` maps a link
/// destination to its target, or to an error message and hint for a broken content link.
pub fn render(
    body: &str,
    body_line: usize,
    file: &Path,
    resolve: &Resolver,
) -> Result<Rendered, Vec<Diagnostic>> {
    let body = protect_ordinal_dates(body);
    let body = body.as_ref();
    let mut state = State::default();
    let mut parser = Parser::new_ext(body, options()).into_offset_iter();
    // Events stream straight into the HTML writer; only a heading's events wait in `queue`
    // until its text (and so its id) is known. Memory stays flat on huge files.
    let mut queue: std::collections::VecDeque<Event> = std::collections::VecDeque::new();
    let mut html = String::with_capacity(body.len() * 3 / 2);
    let events = std::iter::from_fn(|| {
        if let Some(e) = queue.pop_front() {
            return Some(e);
        }
        let (event, range) = parser.next()?;
        let event = state.process(event, range.start, body, body_line, file, resolve);
        if !matches!(event, Event::Start(Tag::Heading { .. })) {
            return Some(event);
        }
        // Read the whole heading, then give its start tag the id.
        let mut heading = vec![event];
        let mut text = String::new();
        for (e, r) in parser.by_ref() {
            let e = state.process(e, r.start, body, body_line, file, resolve);
            if let Event::Text(t) | Event::Code(t) = &e {
                text.push_str(t);
            }
            let end = matches!(e, Event::End(TagEnd::Heading(_)));
            heading.push(e);
            if end {
                break;
            }
        }
        if let Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) = &heading[0]
        {
            let wanted = id
                .as_ref()
                .map_or_else(|| slugify(&text), |i| i.to_string());
            let wanted = if wanted.is_empty() {
                "section".to_string()
            } else {
                wanted
            };
            let unique = unique_id(wanted, &mut state.used_ids);
            state.heading_ids.push(unique.clone());
            heading[0] = Event::Start(Tag::Heading {
                level: *level,
                id: Some(unique.into()),
                classes: classes.clone(),
                attrs: attrs.clone(),
            });
        }
        queue.extend(heading);
        queue.pop_front()
    });
    pulldown_cmark::html::push_html(&mut html, events);
    if !state.errors.is_empty() {
        return Err(state.errors);
    }
    Ok(Rendered {
        html,
        first_paragraph: state
            .first_paragraph
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        heading_ids: state.heading_ids,
    })
}

/// What one pass over the events collects besides the HTML.
#[derive(Default)]
struct State {
    errors: Vec<Diagnostic>,
    first_paragraph: String,
    in_first_paragraph: bool,
    first_done: bool,
    depth: usize,
    heading_ids: Vec<String>,
    used_ids: HashSet<String>,
}

impl State {
    /// Rewrites link and image destinations and notes the first paragraph's text.
    fn process<'a>(
        &mut self,
        event: Event<'a>,
        offset: usize,
        body: &str,
        body_line: usize,
        file: &Path,
        resolve: &Resolver,
    ) -> Event<'a> {
        let mut fix = |dest: CowStr<'a>| -> CowStr<'a> {
            match rewrite(&dest, resolve, body, offset, body_line, file) {
                Ok(Some(url)) => CowStr::from(url),
                Ok(None) => dest,
                Err(d) => {
                    self.errors.push(d);
                    dest
                }
            }
        };
        let event = match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Link {
                link_type,
                dest_url: fix(dest_url),
                title,
                id,
            }),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Image {
                link_type,
                dest_url: fix(dest_url),
                title,
                id,
            }),
            other => other,
        };
        match &event {
            Event::Start(Tag::Paragraph) if self.depth == 0 && !self.first_done => {
                self.in_first_paragraph = true;
            }
            Event::End(TagEnd::Paragraph) if self.in_first_paragraph && self.depth == 1 => {
                self.in_first_paragraph = false;
                self.first_done = true;
            }
            Event::Text(t) | Event::Code(t) if self.in_first_paragraph => {
                self.first_paragraph.push_str(t)
            }
            Event::SoftBreak | Event::HardBreak if self.in_first_paragraph => {
                self.first_paragraph.push(' ')
            }
            _ => {}
        }
        match &event {
            Event::Start(_) => self.depth += 1,
            Event::End(_) => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
        event
    }
}

/// Latvian writes dates with ordinal dots: a paragraph starting "15. septembrī ..." or
/// "2021. gada ..." would become a numbered list in CommonMark. Such a dot is escaped, so the
/// text stays a paragraph. Fenced code is left alone.
pub fn protect_ordinal_dates(body: &str) -> std::borrow::Cow<'_, str> {
    const WORDS: &[&str] = &[
        "gad", "janvār", "februār", "mart", "aprīl", "maij", "jūnij", "jūlij", "august",
        "septembr", "oktobr", "novembr", "decembr",
    ];
    let mut out: Option<String> = None;
    let mut fence: Option<&str> = None;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let trimmed = line.trim_start_matches(' ');
        let indent = line.len() - trimmed.len();
        if indent < 4 {
            for marker in ["```", "~~~"] {
                if trimmed.starts_with(marker) {
                    fence = match fence {
                        None => Some(marker),
                        Some(m) if m == marker => None,
                        other => other,
                    };
                }
            }
        }
        let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
        let is_date = fence.is_none()
            && indent < 4
            && (1..=4).contains(&digits)
            && trimmed[digits..].starts_with(". ")
            && {
                let word = trimmed[digits + 2..].trim_start().to_lowercase();
                WORDS.iter().any(|w| word.starts_with(w))
            };
        if is_date {
            let buf = out.get_or_insert_with(|| body[..offset].to_string());
            buf.push_str(&line[..indent + digits]);
            buf.push('\\');
            buf.push_str(&line[indent + digits..]);
        } else if let Some(buf) = &mut out {
            buf.push_str(line);
        }
        offset += line.len();
    }
    match out {
        Some(s) => std::borrow::Cow::Owned(s),
        None => std::borrow::Cow::Borrowed(body),
    }
}

fn unique_id(wanted: String, used: &mut HashSet<String>) -> String {
    if used.insert(wanted.clone()) {
        return wanted;
    }
    (1..)
        .map(|n| format!("{wanted}-{n}"))
        .find(|c| used.insert(c.clone()))
        .unwrap_or(wanted)
}

fn rewrite(
    dest: &str,
    resolve: &Resolver,
    body: &str,
    offset: usize,
    body_line: usize,
    file: &Path,
) -> Result<Option<String>, Diagnostic> {
    match resolve(dest) {
        Ok(LinkTarget::Keep) => Ok(None),
        Ok(LinkTarget::Rewrite(url)) => Ok(Some(url)),
        Err((message, hint)) => {
            let (line, col) = line_col(body, offset);
            let lower = dest.trim().to_ascii_lowercase();
            let code = if lower.starts_with("javascript:") || lower.starts_with("vbscript:") {
                Code::ScriptLink
            } else {
                Code::BrokenLink
            };
            Err(Diagnostic::error(message)
                .with_code(code)
                .in_file(file)
                .at(line + body_line - 1, col)
                .with_hint(hint))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keep(_: &str) -> Result<LinkTarget, (String, String)> {
        Ok(LinkTarget::Keep)
    }

    #[test]
    fn headings_get_unique_transliterated_ids() {
        let r = render(
            "# Sākums\n\n## Sākums\n\n## Other {#own}\n",
            1,
            Path::new("a"),
            &keep,
        )
        .unwrap();
        assert_eq!(r.heading_ids, ["sakums", "sakums-1", "own"]);
        assert!(
            r.html.contains("<h1 id=\"sakums\">Sākums</h1>"),
            "{}",
            r.html
        );
    }

    #[test]
    fn first_paragraph_is_plain_text() {
        let r = render(
            "# T\n\nHello *big*\nworld [x](y).\n\nSecond.",
            1,
            Path::new("a"),
            &keep,
        )
        .unwrap();
        assert_eq!(r.first_paragraph, "Hello big world x.");
    }

    #[test]
    fn latvian_dates_at_line_start_stay_paragraphs() {
        let r = render(
            "15. septembrī notika seminārs.\n\n2021. gada 18. februārī sākās darbi.\n\n1. pirmais\n2. otrais\n\n```\n15. septembrī\n```\n",
            1,
            Path::new("a"),
            &keep,
        )
        .unwrap();
        assert!(
            r.html
                .starts_with("<p>15. septembrī notika seminārs.</p>\n<p>2021. gada 18. februārī"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<ol>\n<li>pirmais</li>"), "{}", r.html);
        assert!(
            r.html.contains("<code>15. septembrī\n</code>"),
            "{}",
            r.html
        );
        assert_eq!(r.first_paragraph, "15. septembrī notika seminārs.");
    }

    #[test]
    fn tables_footnotes_strikethrough() {
        let r = render(
            "|a|b|\n|-|-|\n|1|2|\n\n~~x~~ y[^1]\n\n[^1]: note\n",
            1,
            Path::new("a"),
            &keep,
        )
        .unwrap();
        assert!(r.html.contains("<table>"));
        assert!(r.html.contains("<del>x</del>"));
        assert!(r.html.contains("footnote"));
    }

    #[test]
    fn broken_link_error_has_site_file_line() {
        let err = render(
            "text\n\nsee [it](missing.lv.md)\n",
            5,
            Path::new("c.md"),
            &|d| {
                if d.ends_with(".md") {
                    Err(("no such page".into(), "fix".into()))
                } else {
                    Ok(LinkTarget::Keep)
                }
            },
        )
        .unwrap_err();
        assert_eq!(err[0].line, Some(7));
        assert_eq!(err[0].column, Some(5));
    }
}
