//! Markdown to HTML with pulldown-cmark: tables, footnotes, strikethrough, heading ids (made
//! from the heading text, unique per page, `{#id}` honoured), content links rewritten by the
//! caller's resolver, and the first paragraph as plain text for summaries. Pure: no file access.

use std::collections::HashSet;
use std::path::Path;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::diagnostics::{line_col, Diagnostic};
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

/// Markup for a picture in the text: (original destination, alt text, title) -> HTML, or None
/// to leave the image as pulldown-cmark writes it.
pub type PictureHook<'a> = dyn Fn(&str, &str, &str) -> Option<String> + 'a;

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
    render_with(body, body_line, file, resolve, &|_, _, _| None)
}

/// Like [`render`]; images whose `picture` hook gives markup are replaced by it (the picture
/// pipeline's `<picture>` with srcset). Every image must have alt text.
pub fn render_with(
    body: &str,
    body_line: usize,
    file: &Path,
    resolve: &Resolver,
    picture: &PictureHook,
) -> Result<Rendered, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let mut first_paragraph = String::new();
    let mut in_first_paragraph = false;
    let mut first_done = false;
    let mut depth = 0usize;
    let mut heading_ids = Vec::new();
    let mut used_ids: HashSet<String> = HashSet::new();
    // Index in `events` of an open heading's Start, to fill in its id at the end.
    let mut open_heading: Option<(usize, String)> = None;
    // An open image: index of its Start in `events`, destination as written, title, alt text,
    // offset in the body.
    let mut open_image: Option<(usize, String, String, String, usize)> = None;
    let body = protect_ordinal_dates(body);
    let body = body.as_ref();

    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let event = match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = rewrite(&dest_url, resolve, body, range.start, body_line, file)
                    .map_err(|d| errors.push(d))
                    .ok()
                    .flatten()
                    .map_or(dest_url, CowStr::from);
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                open_image = Some((
                    events.len(),
                    dest_url.to_string(),
                    title.to_string(),
                    String::new(),
                    range.start,
                ));
                let dest_url = rewrite(&dest_url, resolve, body, range.start, body_line, file)
                    .map_err(|d| errors.push(d))
                    .ok()
                    .flatten()
                    .map_or(dest_url, CowStr::from);
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            other => other,
        };
        match &event {
            Event::Start(Tag::Paragraph) if depth == 0 && !first_done => {
                in_first_paragraph = true;
            }
            Event::End(TagEnd::Paragraph) if in_first_paragraph && depth == 1 => {
                in_first_paragraph = false;
                first_done = true;
            }
            Event::Text(t) | Event::Code(t) if in_first_paragraph => first_paragraph.push_str(t),
            Event::SoftBreak | Event::HardBreak if in_first_paragraph => first_paragraph.push(' '),
            _ => {}
        }
        match &event {
            Event::Start(Tag::Heading { .. }) => {
                open_heading = Some((events.len(), String::new()));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text)) = &mut open_heading {
                    text.push_str(t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((at, text)) = open_heading.take() {
                    if let Event::Start(Tag::Heading {
                        level,
                        id,
                        classes,
                        attrs,
                    }) = &events[at]
                    {
                        let wanted = id
                            .as_ref()
                            .map_or_else(|| slugify(&text), |i| i.to_string());
                        let unique = unique_id(
                            if wanted.is_empty() {
                                "section".into()
                            } else {
                                wanted
                            },
                            &mut used_ids,
                        );
                        heading_ids.push(unique.clone());
                        events[at] = Event::Start(Tag::Heading {
                            level: *level,
                            id: Some(unique.into()),
                            classes: classes.clone(),
                            attrs: attrs.clone(),
                        });
                    }
                }
            }
            _ => {}
        }
        match &event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        match &event {
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, _, alt, _)) = &mut open_image {
                    alt.push_str(t);
                }
            }
            Event::End(TagEnd::Image) => {
                if let Some((at, dest, title, alt, offset)) = open_image.take() {
                    if alt.trim().is_empty() {
                        let (line, col) = line_col(body, offset);
                        errors.push(
                            Diagnostic::error(format!("the picture `{dest}` has no alt text"))
                                .in_file(file)
                                .at(line + body_line - 1, col)
                                .with_hint("describe what it shows for visitors who cannot see it: ![what the picture shows](photo.jpg)"),
                        );
                    } else if let Some(html) = picture(&dest, alt.trim(), &title) {
                        events.truncate(at);
                        events.push(Event::InlineHtml(html.into()));
                        continue;
                    }
                }
            }
            _ => {}
        }
        events.push(event);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Ok(Rendered {
        html,
        first_paragraph: first_paragraph
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        heading_ids,
    })
}

/// Destinations of images, and of links to JPEG, PNG or WebP files, with their 1-based line
/// and column in `body`: the pictures a text shows or links to.
pub fn picture_destinations(body: &str) -> Vec<(String, usize, usize)> {
    let body = protect_ordinal_dates(body);
    Parser::new_ext(&body, options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Image { dest_url, .. }) => Some((dest_url, range.start)),
            Event::Start(Tag::Link { dest_url, .. })
                if crate::images::is_picture(Path::new(dest_url.as_ref())) =>
            {
                Some((dest_url, range.start))
            }
            _ => None,
        })
        .map(|(dest, offset)| {
            let (line, col) = line_col(&body, offset);
            (dest.to_string(), line, col)
        })
        .collect()
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
            Err(Diagnostic::error(message)
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
    fn pictures_go_through_the_hook_and_need_alt_text() {
        let hook = |dest: &str, alt: &str, title: &str| {
            (dest == "a.jpg")
                .then(|| format!("<picture data-alt=\"{alt}\" data-title=\"{title}\"></picture>"))
        };
        let r = render_with(
            "Text ![Two *people*](a.jpg \"T\") and ![Logo](b.svg).\n",
            1,
            Path::new("a"),
            &keep,
            &hook,
        )
        .unwrap();
        assert_eq!(
            r.html,
            "<p>Text <picture data-alt=\"Two people\" data-title=\"T\"></picture> and <img src=\"b.svg\" alt=\"Logo\" />.</p>\n"
        );
        let err = render_with("x\n\n![](a.jpg)\n", 3, Path::new("a"), &keep, &hook).unwrap_err();
        assert_eq!((err[0].line, err[0].column), (Some(5), Some(1)));
        assert_eq!(
            picture_destinations("![a](x.jpg)\n\n[b](y.PNG) [c](z.pdf) ![d](w.svg)\n"),
            [
                ("x.jpg".to_string(), 1, 1),
                ("y.PNG".to_string(), 3, 1),
                ("w.svg".to_string(), 3, 23)
            ]
        );
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
