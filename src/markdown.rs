//! Markdown to HTML with pulldown-cmark: tables, footnotes, strikethrough, heading ids (made
//! from the heading text, unique per page, `{#id}` honoured), content links rewritten by the
//! caller's resolver, and the first paragraph as plain text for summaries. Pure: no file access.

use std::collections::HashSet;
use std::path::Path;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::diagnostics::{line_col, Code, Diagnostic, LineIndex};
use crate::slug::slugify;

#[derive(Debug)]
pub struct Rendered {
    pub html: String,
    /// The first paragraph as plain text.
    pub first_paragraph: String,
    /// Ids of the headings, in order (for anchor checks and tables of contents).
    pub heading_ids: Vec<String>,
    /// The whole text as a reader reads it, without markup (alt texts and code included,
    /// blocks apart by a space): the search index's source, read in the same pass.
    pub text: String,
}

/// Maps a link destination to its target, or to (message, hint) for a broken content link.
pub type Resolver<'a> = dyn Fn(&str) -> Result<LinkTarget, Diagnostic> + 'a;

/// Markup for a picture in the text: (original destination, alt text, title) -> HTML, or None
/// to leave the image as pulldown-cmark writes it.
pub type PictureHook<'a> = dyn Fn(&str, &str, &str) -> Option<String> + 'a;

/// What a link or image destination becomes.
#[derive(Debug, Hash)]
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
    render_opts(body, body_line, file, resolve, picture, true)
}

/// Like [`render_with`]; with `raw_html` false, HTML written in the text (blocks and inline
/// tags) is dropped (`markdown.raw_html: false` in site.yaml).
pub fn render_opts(
    body: &str,
    body_line: usize,
    file: &Path,
    resolve: &Resolver,
    picture: &PictureHook,
    raw_html: bool,
) -> Result<Rendered, Vec<Diagnostic>> {
    let (rendered, errors) = render_all(body, body_line, file, resolve, picture, raw_html);
    if errors.is_empty() {
        Ok(rendered)
    } else {
        Err(errors)
    }
}

/// Like [`render_opts`], but the text is rendered whole even when it has errors (a picture
/// without alt text, a broken link): `check` looks at the rest of the page too.
pub fn render_all(
    body: &str,
    body_line: usize,
    file: &Path,
    resolve: &Resolver,
    picture: &PictureHook,
    raw_html: bool,
) -> (Rendered, Vec<Diagnostic>) {
    let body = protect_ordinal_dates(body);
    let body = body.as_ref();
    let mut reader = Reader {
        parser: Parser::new_ext(body, options()).into_offset_iter(),
        state: State::default(),
        body,
        body_line,
        file,
        resolve,
        picture,
        raw_html,
    };
    // Events stream straight into the HTML writer; only a heading's or an image's events wait
    // in `queue` until they are complete (a heading's id comes from its text, an image may
    // become a <picture>). Memory stays flat on huge files.
    let mut queue: std::collections::VecDeque<Event> = std::collections::VecDeque::new();
    let mut html = String::with_capacity(body.len() * 3 / 2);
    let events = std::iter::from_fn(|| queue.pop_front().or_else(|| reader.next(&mut queue)));
    pulldown_cmark::html::push_html(&mut html, events);
    let state = reader.state;
    if state.raw_html_seen {
        html = crate::html::balanced(&html);
    }
    let rendered = Rendered {
        html,
        first_paragraph: state
            .first_paragraph
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        heading_ids: state.heading_ids,
        text: state.text,
    };
    (rendered, state.errors)
}

/// A character reference (`&#1;`) makes a character the file itself may not hold (see
/// [`crate::source::is_forbidden`]): it is left out of the text.
fn without_forbidden(event: Event<'_>) -> Event<'_> {
    let clean = |t: &str| -> pulldown_cmark::CowStr<'static> {
        t.chars()
            .filter(|&c| !crate::source::is_forbidden(c))
            .collect::<String>()
            .into()
    };
    match event {
        Event::Text(t) if crate::source::forbidden_char(&t).is_some() => Event::Text(clean(&t)),
        Event::Code(t) if crate::source::forbidden_char(&t).is_some() => Event::Code(clean(&t)),
        e => e,
    }
}

/// Pulls events from the parser and hands them on in complete groups.
struct Reader<'a, 'b> {
    parser: pulldown_cmark::OffsetIter<'a, pulldown_cmark::DefaultBrokenLinkCallback>,
    state: State,
    body: &'a str,
    body_line: usize,
    file: &'b Path,
    resolve: &'b Resolver<'b>,
    picture: &'b PictureHook<'b>,
    /// false: HTML written in the text is dropped.
    raw_html: bool,
}

impl<'a> Reader<'a, '_> {
    /// The parser's next event, without HTML unless `raw_html`.
    fn pull(&mut self) -> Option<(Event<'a>, std::ops::Range<usize>)> {
        loop {
            let Some((event, range)) = self.parser.next() else {
                self.end_text_run();
                return None;
            };
            self.follow_text(&event, &range);
            let raw = matches!(event, Event::Html(_) | Event::InlineHtml(_));
            if self.raw_html || !raw {
                self.state.raw_html_seen |= raw;
                let event = without_forbidden(event);
                self.state.read(&event);
                return Some((event, range));
            }
        }
    }

    /// Notes where text written outside code runs, so that link syntax the parser did not take
    /// for a link can be found in it.
    fn follow_text(&mut self, event: &Event<'a>, range: &std::ops::Range<usize>) {
        match event {
            Event::Start(Tag::CodeBlock(_)) => self.state.in_code_block = true,
            Event::End(TagEnd::CodeBlock) => self.state.in_code_block = false,
            Event::Text(_) if !self.state.in_code_block => {
                let run = self.state.text_run.get_or_insert(range.clone());
                if range.start <= run.end {
                    run.end = run.end.max(range.end);
                    return;
                }
                let next = range.clone();
                self.end_text_run();
                self.state.text_run = Some(next);
                return;
            }
            _ => {}
        }
        self.end_text_run();
    }

    fn end_text_run(&mut self) {
        if let Some(run) = self.state.text_run.take() {
            for d in unread_links(self.body, run, self.body_line, self.file) {
                self.state.errors.push(d);
            }
        }
    }

    /// The next event; a heading or an image is read whole, its first event returned and the
    /// rest left in `queue`. Most events pass straight through, without a buffer.
    fn next(&mut self, queue: &mut std::collections::VecDeque<Event<'a>>) -> Option<Event<'a>> {
        let (event, range) = self.pull()?;
        let group = match event {
            Event::Start(Tag::Image { .. }) => self.image(event, range.start),
            Event::Start(Tag::Heading { .. }) => self.heading(event, range.start),
            other => return Some(self.process(other, range.start)),
        };
        queue.extend(group);
        queue.pop_front()
    }

    fn process(&mut self, event: Event<'a>, offset: usize) -> Event<'a> {
        self.state.process(
            event,
            offset,
            self.body,
            self.body_line,
            self.file,
            self.resolve,
        )
    }

    /// An image: its events up to its end, or the picture hook's markup in their place.
    fn image(&mut self, start: Event<'a>, offset: usize) -> Vec<Event<'a>> {
        let (dest, title) = match &start {
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => (dest_url.to_string(), title.to_string()),
            _ => (String::new(), String::new()),
        };
        let mut events = vec![self.process(start, offset)];
        let mut alt = String::new();
        while let Some((e, r)) = self.pull() {
            let e = self.process(e, r.start);
            if let Event::Text(t) | Event::Code(t) = &e {
                alt.push_str(t);
            }
            let end = matches!(e, Event::End(TagEnd::Image));
            events.push(e);
            if end {
                break;
            }
        }
        if alt.trim().is_empty() {
            let (line, col) = line_col(self.body, offset);
            self.state.errors.push(
                Diagnostic::error(crate::tr!("picture-no-alt", file = dest.as_str()))
                    .with_code(Code::MissingAlt)
                    .in_file(self.file)
                    .at(line + self.body_line - 1, col)
                    .with_hint(crate::tr!("markdown-no-alt-hint", file = dest.as_str())),
            );
        } else if let Some(html) = (self.picture)(&dest, alt.trim(), &title) {
            return vec![Event::InlineHtml(html.into())];
        }
        events
    }

    /// A heading: read whole, then its start tag gets a unique id made from its text.
    fn heading(&mut self, start: Event<'a>, offset: usize) -> Vec<Event<'a>> {
        let mut heading = vec![self.process(start, offset)];
        let mut text = String::new();
        while let Some((e, r)) = self.pull() {
            if matches!(e, Event::Start(Tag::Image { .. })) {
                heading.extend(self.image(e, r.start));
                continue;
            }
            let e = self.process(e, r.start);
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
            let unique = unique_id(wanted, &mut self.state.used_ids);
            self.state.heading_ids.push(unique.clone());
            heading[0] = Event::Start(Tag::Heading {
                level: *level,
                id: Some(unique.into()),
                classes: classes.clone(),
                attrs: attrs.clone(),
            });
        }
        heading
    }
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
    /// The text has HTML of its own (not herald's `<picture>`): it must be balanced.
    raw_html_seen: bool,
    in_code_block: bool,
    /// Where the text being read (outside code) started and ends so far, in `body`.
    text_run: Option<std::ops::Range<usize>>,
    /// [`Rendered::text`] so far.
    text: String,
}

/// Link and picture syntax in `body[run]` (text the parser did not read as a link, outside
/// code) whose address has a space: CommonMark does not read it, so it would be published as
/// typed, `![Karte](tako zemelapis.png)`. An error each, saying what to type instead.
fn unread_links(
    body: &str,
    run: std::ops::Range<usize>,
    body_line: usize,
    file: &Path,
) -> Vec<Diagnostic> {
    let Some(text) = body.get(run.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, _) in text.match_indices("](") {
        let rest = &text[i + 2..];
        let Some(end) = rest
            .find([')', '\n'])
            .filter(|&e| rest[e..].starts_with(')'))
        else {
            continue;
        };
        let dest = rest[..end].trim();
        if dest.starts_with('<') || !dest.contains([' ', '\t']) {
            continue;
        }
        // The `[` (or `![`) it belongs to, for the column and the kind.
        let close = run.start + i;
        let line_start = body[..close].rfind('\n').map_or(0, |n| n + 1);
        let open = body[line_start..close]
            .rfind('[')
            .map_or(close, |o| line_start + o);
        let picture = open > 0 && body[..open].ends_with('!');
        let start = if picture { open - 1 } else { open };
        let label = body.get(open + 1..close).unwrap_or("");
        let (what, written) = if picture {
            ("markdown-space-picture", format!("![{label}](<{dest}>)"))
        } else {
            ("markdown-space-link", format!("[{label}](<{dest}>)"))
        };
        let (line, col) = line_col(body, start);
        out.push(
            Diagnostic::error(crate::tr!(what, address = dest))
                .with_code(Code::BrokenLink)
                .in_file(file)
                .at(line + body_line - 1, col)
                .with_hint(crate::tr!(
                    "markdown-space-hint",
                    written = written,
                    renamed = dest.replace([' ', '\t'], "-")
                )),
        );
    }
    out
}

impl State {
    /// Adds what a reader reads of `event` to the plain text: words and code as written
    /// (pictures' alt texts among them), a space where a line or a block ends.
    fn read(&mut self, event: &Event<'_>) {
        match event {
            Event::Text(t) | Event::Code(t) => self.text.push_str(t),
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => self.text.push(' '),
            _ => {}
        }
    }

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

/// Destinations of images, and of links to JPEG, PNG or WebP files, with their 1-based line
/// and column in `body`: the pictures a text shows or links to.
pub fn picture_destinations(body: &str) -> Vec<(String, usize, usize)> {
    let body = protect_ordinal_dates(body);
    let index = LineIndex::new(&body);
    Parser::new_ext(&body, options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Image { dest_url, .. }) => Some((dest_url, range.start)),
            Event::Start(Tag::Link { dest_url, .. })
                if crate::paths::is_picture(Path::new(dest_url.as_ref())) =>
            {
                Some((dest_url, range.start))
            }
            _ => None,
        })
        .map(|(dest, offset)| {
            let (line, col) = index.line_col(offset);
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
        Err(d) => {
            let (line, col) = line_col(body, offset);
            let code = if crate::html::script_url(dest).is_some() {
                Code::ScriptLink
            } else {
                Code::BrokenLink
            };
            Err(d
                .with_code(code)
                .in_file(file)
                .at(line + body_line - 1, col))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keep(_: &str) -> Result<LinkTarget, Diagnostic> {
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
    fn the_text_is_read_as_the_page_shows_it() {
        let md = "# Seminārs {#sakums}\n\nNotika **seminārs** [Jelgavā](https://x.lv).\n\n\
                  15. septembrī ~~nē~~ jā.\n\n| Vieta | Skaits |\n|---|---|\n| Bauska | 40 |\n\n\
                  - viens\n- `divi`\n\n![Karte ar ceļu](karte.png)\n";
        let r = render(md, 1, Path::new("a"), &keep).unwrap();
        let words: Vec<&str> = r.text.split_whitespace().collect();
        assert_eq!(
            words.join(" "),
            "Seminārs Notika seminārs Jelgavā. 15. septembrī nē jā. Vieta Skaits Bauska 40 \
             viens divi Karte ar ceļu"
        );
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
    fn raw_html_is_kept_or_dropped() {
        let text = "<div class=\"embed\"><script>x()</script></div>\n\nA <b onclick=\"y()\">bold</b> word.\n\n# Head <i>i</i>\n\n![Alt <span>s</span>](p.svg)\n";
        let hook = |_: &str, _: &str, _: &str| None;
        let kept = render_opts(text, 1, Path::new("a"), &keep, &hook, true).unwrap();
        assert!(kept.html.contains("<script>x()</script>"), "{}", kept.html);
        assert!(
            kept.html.contains("<b onclick=\"y()\">bold</b>"),
            "{}",
            kept.html
        );
        let dropped = render_opts(text, 1, Path::new("a"), &keep, &hook, false).unwrap();
        assert_eq!(
            dropped.html,
            "<p>A bold word.</p>\n<h1 id=\"head-i\">Head i</h1>\n<p><img src=\"p.svg\" alt=\"Alt s\" /></p>\n"
        );
    }

    #[test]
    fn a_space_in_an_address_is_an_error_outside_code() {
        let text = "Karte:\n\n![Karte](tako zemelapis.png) un [plāns](<plāns 2.pdf>)\n\n[**PDF**](a b.pdf)\n\n`![x](a b.png)`\n\n```\n[y](c d)\n```\n\n![Labi](<tako zemelapis.png>) [web](https://example.org/a \"T\")\n";
        let (r, errors) = render_all(text, 4, Path::new("a.md"), &keep, &|_, _, _| None, true);
        let found: Vec<(Option<usize>, Option<usize>, &str)> = errors
            .iter()
            .map(|d| (d.line, d.column, d.hint.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            found,
            [
                (Some(6), Some(1), "write it as ![Karte](<tako zemelapis.png>) (with < > around the name), or rename the file without spaces (tako-zemelapis.png) and write the new name"),
                (Some(8), Some(1), "write it as [**PDF**](<a b.pdf>) (with < > around the name), or rename the file without spaces (a-b.pdf) and write the new name"),
            ]
        );
        assert!(errors[0]
            .message
            .starts_with("the picture `tako zemelapis.png` is not read as a picture"));
        assert!(errors[1].message.starts_with("the link `a b.pdf`"));
        assert!(
            r.html.contains("<a href=\"pl%C4%81ns%202.pdf\">plāns</a>"),
            "{}",
            r.html
        );
        assert!(
            r.html
                .contains("<img src=\"tako%20zemelapis.png\" alt=\"Labi\" />"),
            "{}",
            r.html
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
                    Err(Diagnostic::error("no such page").with_hint("fix"))
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
