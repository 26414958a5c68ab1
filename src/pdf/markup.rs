//! An item's Markdown as Typst markup: pulldown-cmark events (with herald's Markdown options)
//! become Typst function calls, and every piece of the author's text becomes a Typst string
//! literal (`#"...";`), so no character of it can be read as Typst syntax. Pure: links and
//! pictures are resolved by the caller.

use std::collections::HashMap;

use pulldown_cmark::{
    Alignment, CodeBlockKind, Event, HeadingLevel, Parser, Tag, TagEnd, TextMergeStream,
};

/// What the converter asks of its caller.
pub struct Hooks<'a> {
    /// A link destination as written -> the absolute address the PDF links to.
    pub link: &'a dyn Fn(&str) -> String,
    /// A picture's destination as written -> the virtual path of its embedded file, or None
    /// when it cannot be embedded (a picture on another site).
    pub picture: &'a mut dyn FnMut(&str) -> Option<String>,
    /// Adds soft hyphens to running text where the language needs them.
    pub hyphenate: &'a dyn Fn(&str) -> String,
    /// false (`markdown.raw_html: false`): HTML written in the text is left out entirely.
    pub raw_html: bool,
}

/// A Typst string literal holding `s` exactly.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `s` as text in markup. The `;` ends the embedded expression, so what follows can never
/// continue it (e.g. as a method call or a trailing content block).
pub fn text(s: &str) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!("#{};", string(s))
    }
}

/// Every destination [`convert`] may hand to the hooks for `body`, in order: each link's
/// (`false`) and each picture's (`true`; a picture that cannot be embedded is linked to, so its
/// destination also goes to `Hooks::link`). Some may never be asked for (a picture inside
/// another's alt text). Costs a parse, not a conversion: the PDF cache's key is made from them.
pub fn destinations(body: &str) -> Vec<(String, bool)> {
    let body = crate::markdown::protect_ordinal_dates(body);
    Parser::new_ext(&body, crate::markdown::options())
        .filter_map(|e| match e {
            Event::Start(Tag::Link { dest_url, .. }) => Some((dest_url.to_string(), false)),
            Event::Start(Tag::Image { dest_url, .. }) => Some((dest_url.to_string(), true)),
            _ => None,
        })
        .collect()
}

/// How deep block containers (lists, quotes, tables) nest in the PDF; deeper ones are flattened
/// (their text kept), as Typst's parser has a nesting limit and layout recursion needs stack.
const MAX_NESTING: usize = 24;

/// An open container: its kind and the markup of its contents so far.
struct Open {
    kind: Kind,
    out: String,
}

enum Kind {
    Root,
    Paragraph,
    Heading(u8),
    Quote,
    List(Option<u64>, Vec<String>),
    Item,
    Table(Vec<Alignment>, Vec<String>),
    Head,
    Row,
    Cell,
    Emphasis,
    Strong,
    Strike,
    Link(String),
    Image(String, String),
    Code(Option<String>),
    Skip,
}

/// Converts `body` (Markdown) to Typst markup. `first_level`: the level body headings start
/// at (the title is level 1); levels never skip one (PDF/UA asks for a strict outline).
pub fn convert(body: &str, first_level: u8, hooks: &mut Hooks) -> String {
    let body = crate::markdown::protect_ordinal_dates(body);
    // Merged, so a word is never split between two strings (it would not hyphenate).
    let events: Vec<Event> =
        TextMergeStream::new(Parser::new_ext(&body, crate::markdown::options()))
            .filter(|e| hooks.raw_html || !matches!(e, Event::Html(_) | Event::InlineHtml(_)))
            .collect();
    // Footnote texts first: a reference becomes a Typst footnote holding the text.
    let mut notes: HashMap<String, String> = HashMap::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::FootnoteDefinition(label)) = &events[i] {
            let start = i + 1;
            let mut depth = 1;
            while i + 1 < events.len() && depth > 0 {
                i += 1;
                match &events[i] {
                    Event::Start(Tag::FootnoteDefinition(_)) => depth += 1,
                    Event::End(TagEnd::FootnoteDefinition) => depth -= 1,
                    _ => {}
                }
            }
            let inner = Converter::new(first_level, &HashMap::new()).run(&events[start..i], hooks);
            notes.insert(label.to_string(), inner.trim().to_string());
        }
        i += 1;
    }
    Converter::new(first_level, &notes).run(&events, hooks)
}

struct Converter<'n> {
    stack: Vec<Open>,
    notes: &'n HashMap<String, String>,
    last_level: u8,
    first_level: u8,
    /// Inside a `<script>` or `<style>` element of raw HTML: its code is not text.
    in_script: bool,
}

impl<'n> Converter<'n> {
    fn new(first_level: u8, notes: &'n HashMap<String, String>) -> Self {
        Converter {
            stack: vec![Open {
                kind: Kind::Root,
                out: String::new(),
            }],
            notes,
            last_level: first_level.saturating_sub(1),
            first_level,
            in_script: false,
        }
    }

    fn out(&mut self) -> &mut String {
        &mut self.stack.last_mut().expect("root stays open").out
    }

    fn push(&mut self, kind: Kind) {
        self.stack.push(Open {
            kind,
            out: String::new(),
        });
    }

    /// Whether running text here is hyphenated (not in headings, links or code).
    fn plain(&self) -> bool {
        !self.stack.iter().any(|o| {
            matches!(
                o.kind,
                Kind::Heading(_) | Kind::Link(_) | Kind::Code(_) | Kind::Image(..)
            )
        })
    }

    /// The alt text being collected, inside a picture's brackets (at any depth).
    fn in_image(&mut self) -> Option<&mut String> {
        self.stack.iter_mut().rev().find_map(|o| match &mut o.kind {
            Kind::Image(_, alt) => Some(alt),
            _ => None,
        })
    }

    fn run(mut self, events: &[Event], hooks: &mut Hooks) -> String {
        let mut skip_depth = 0usize;
        for event in events {
            // Footnote definitions were converted beforehand.
            if skip_depth > 0 {
                match event {
                    Event::Start(Tag::FootnoteDefinition(_)) => skip_depth += 1,
                    Event::End(TagEnd::FootnoteDefinition) => skip_depth -= 1,
                    _ => {}
                }
                continue;
            }
            match event {
                Event::Start(Tag::FootnoteDefinition(_)) => skip_depth = 1,
                Event::Start(tag) => self.start(tag),
                Event::End(end) => self.end(end, hooks),
                Event::Text(_) | Event::Code(_) if self.in_script => {}
                Event::Text(t) => {
                    if let Some(alt) = self.in_image() {
                        alt.push_str(t);
                    } else if let Some(Open {
                        kind: Kind::Code(_),
                        out,
                    }) = self.stack.last_mut()
                    {
                        out.push_str(t);
                    } else if self.plain() {
                        let t = (hooks.hyphenate)(t);
                        self.out().push_str(&text(&t));
                    } else {
                        self.out().push_str(&text(t));
                    }
                }
                Event::Code(t) => {
                    if let Some(alt) = self.in_image() {
                        alt.push_str(t);
                    } else {
                        let raw = format!("#raw({});", string(t));
                        self.out().push_str(&raw);
                    }
                }
                Event::SoftBreak => {
                    if let Some(alt) = self.in_image() {
                        alt.push(' ');
                    } else {
                        self.out().push(' ');
                    }
                }
                Event::HardBreak => self.out().push_str("#linebreak();"),
                Event::Rule => self
                    .out()
                    .push_str("\n#line(length: 100%, stroke: 0.5pt + luma(150))\n"),
                Event::Html(h) | Event::InlineHtml(h) => {
                    let lower = h.trim().to_ascii_lowercase();
                    let opens = lower.contains("<script") || lower.contains("<style");
                    let closes = lower.contains("</script") || lower.contains("</style");
                    if self.in_script || opens {
                        // A script's or style sheet's code is not text for the reader.
                        self.in_script = (self.in_script || opens) && !closes;
                    } else if lower.starts_with("<br") {
                        self.out().push_str("#linebreak();");
                    } else {
                        // Tags are dropped; any text between them is kept.
                        let t = strip_tags(h);
                        if !t.trim().is_empty() {
                            self.out().push_str(&text(&t));
                        }
                    }
                }
                Event::FootnoteReference(label) => {
                    let note = self.notes.get(label.as_ref()).cloned().unwrap_or_default();
                    let call = format!("#footnote[{note}];");
                    self.out().push_str(&call);
                }
                Event::TaskListMarker(done) => {
                    let mark = if *done { "[x] " } else { "[ ] " };
                    self.out().push_str(&text(mark));
                }
                Event::InlineMath(t) | Event::DisplayMath(t) => {
                    self.out().push_str(&text(t));
                }
            }
        }
        while self.stack.len() > 1 {
            let open = self.stack.pop().expect("more than the root");
            self.out().push_str(&open.out);
        }
        self.stack.pop().map(|o| o.out).unwrap_or_default()
    }

    fn start(&mut self, tag: &Tag) {
        if self.in_image().is_some() {
            // Markup inside alt text: only its text counts.
            self.push(Kind::Skip);
            return;
        }
        let deep = self.stack.len() > MAX_NESTING;
        let kind = match tag {
            Tag::List(_) | Tag::Item | Tag::BlockQuote(_) | Tag::Table(_) if deep => Kind::Skip,
            Tag::Paragraph => Kind::Paragraph,
            Tag::Heading { level, .. } => {
                let wanted = heading_level(*level) + self.first_level - 1;
                let level = wanted.min(self.last_level + 1).max(self.first_level);
                self.last_level = level;
                Kind::Heading(level)
            }
            Tag::BlockQuote(_) => Kind::Quote,
            Tag::CodeBlock(kind) => Kind::Code(match kind {
                CodeBlockKind::Fenced(lang) if !lang.trim().is_empty() => Some(
                    lang.split_whitespace()
                        .next()
                        .unwrap_or_default()
                        .to_string(),
                ),
                _ => None,
            }),
            Tag::List(start) => Kind::List(*start, Vec::new()),
            Tag::Item => Kind::Item,
            Tag::Table(align) => Kind::Table(align.clone(), Vec::new()),
            Tag::TableHead => Kind::Head,
            Tag::TableRow => Kind::Row,
            Tag::TableCell => Kind::Cell,
            Tag::Emphasis => Kind::Emphasis,
            Tag::Strong => Kind::Strong,
            Tag::Strikethrough => Kind::Strike,
            Tag::Link { dest_url, .. } => Kind::Link(dest_url.to_string()),
            Tag::Image {
                dest_url, title, ..
            } => Kind::Image(dest_url.to_string(), String::new()).with_title(title),
            _ => Kind::Skip,
        };
        self.push(kind);
    }

    fn end(&mut self, _end: &TagEnd, hooks: &mut Hooks) {
        if self.stack.len() <= 1 {
            return;
        }
        let Open { kind, out } = self.stack.pop().expect("checked above");
        let made = match kind {
            Kind::Root | Kind::Skip => out,
            Kind::Paragraph => format!("{}\n\n", out.trim()),
            Kind::Heading(level) => format!("\n#heading(level: {level})[{}]\n\n", out.trim()),
            Kind::Quote => format!("\n#quote(block: true)[{}]\n\n", out.trim()),
            Kind::Code(lang) => {
                let lang = lang.map(|l| format!("lang: {}, ", string(&l)));
                format!(
                    "\n#raw(block: true, {}{})\n\n",
                    lang.unwrap_or_default(),
                    string(out.trim_end_matches('\n'))
                )
            }
            Kind::Item => {
                if let Some(Open {
                    kind: Kind::List(_, items),
                    ..
                }) = self.stack.last_mut()
                {
                    items.push(out.trim().to_string());
                    return;
                }
                // An item of a flattened list.
                format!("{}\n\n", out.trim())
            }
            Kind::List(start, items) => {
                let items: Vec<String> = items.iter().map(|i| format!("[{i}]")).collect();
                match start {
                    Some(n) => format!("\n#enum(start: {n}, {})\n\n", items.join(", ")),
                    None => format!("\n#list({})\n\n", items.join(", ")),
                }
            }
            Kind::Cell => {
                let cell = format!("[{}]", out.trim());
                if self.with_table(|cells| cells.push(cell)) {
                    return;
                }
                format!("{} ", out.trim())
            }
            Kind::Head => {
                // The header row's cells, collected so far, become table.header(...).
                self.with_table(|cells| {
                    let head = std::mem::take(cells);
                    cells.push(format!("table.header({})", head.join(", ")));
                });
                return;
            }
            Kind::Row => return,
            Kind::Table(align, cells) => {
                let columns = align.len().max(1);
                let align: Vec<&str> = align
                    .iter()
                    .map(|a| match a {
                        Alignment::None | Alignment::Left => "start",
                        Alignment::Center => "center",
                        Alignment::Right => "end",
                    })
                    .collect();
                format!(
                    "\n#table(columns: {columns}, align: ({},), {})\n\n",
                    align.join(", "),
                    cells.join(", ")
                )
            }
            Kind::Emphasis => format!("#emph[{out}];"),
            Kind::Strong => format!("#strong[{out}];"),
            Kind::Strike => format!("#strike[{out}];"),
            Kind::Link(dest) => {
                if dest.is_empty() {
                    out
                } else {
                    format!("#link({})[{out}];", string(&(hooks.link)(&dest)))
                }
            }
            Kind::Image(dest, alt) => {
                let (dest, title) = split_title(&dest);
                let alt = alt.split_whitespace().collect::<Vec<_>>().join(" ");
                match (hooks.picture)(dest) {
                    Some(path) => {
                        let picture = format!("picture({}, {})", string(&path), string(&alt));
                        match title {
                            Some(t) if !t.is_empty() => format!(
                                "\n#figure({picture}, caption: [{}], numbering: none)\n",
                                text(t)
                            ),
                            _ => format!("\n#block(width: 100%, {picture})\n"),
                        }
                    }
                    // Not embeddable: the alt text, linked to the picture.
                    None => format!(
                        "#link({})[{}];",
                        string(&(hooks.link)(dest)),
                        text(if alt.is_empty() { dest } else { &alt })
                    ),
                }
            }
        };
        self.out().push_str(&made);
    }

    /// Runs `f` on the cells of the table being read; false when there is none (flattened).
    fn with_table(&mut self, f: impl FnOnce(&mut Vec<String>)) -> bool {
        if let Some(Open {
            kind: Kind::Table(_, cells),
            ..
        }) = self
            .stack
            .iter_mut()
            .rev()
            .find(|o| matches!(o.kind, Kind::Table(..)))
        {
            f(cells);
            true
        } else {
            false
        }
    }
}

impl Kind {
    /// Keeps an image's title with its destination (split again at the end).
    fn with_title(self, title: &str) -> Kind {
        match self {
            Kind::Image(dest, alt) if !title.is_empty() => {
                Kind::Image(format!("{dest}\u{0}{title}"), alt)
            }
            other => other,
        }
    }
}

fn split_title(dest: &str) -> (&str, Option<&str>) {
    match dest.split_once('\u{0}') {
        Some((d, t)) => (d, Some(t)),
        None => (dest, None),
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The text of an HTML fragment, without its tags and comments.
fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(md: &str) -> String {
        conv_with(md, true)
    }

    fn conv_with(md: &str, raw_html: bool) -> String {
        let link = |d: &str| format!("https://x.org/{d}");
        let mut pics = Vec::new();
        let mut picture = |d: &str| -> Option<String> {
            if d.starts_with("http") {
                return None;
            }
            pics.push(d.to_string());
            Some(format!("/img/{}", pics.len() - 1))
        };
        let hyph = |t: &str| t.to_string();
        let mut hooks = Hooks {
            link: &link,
            picture: &mut picture,
            hyphenate: &hyph,
            raw_html,
        };
        convert(md, 2, &mut hooks)
    }

    /// The PDF cache's key holds what the hooks answer for every destination `destinations`
    /// lists: a destination the converter asks about that is not listed would leave a PDF
    /// stale when that link's target moves.
    #[test]
    fn destinations_list_every_destination_the_hooks_are_asked_about() {
        let md = "[a](one.md) and [ref][r] and <https://auto.example/x>\n\n\
            ![pic](p.jpg \"T\") ![far](https://x.org/far.png) ![outer ![inner](in.png)](o.png)\n\n\
            > - [deep](#frag)\n\n\
            | h | [cell](/c) |\n| - | - |\n| ![t](t.png) | x |\n\n\
            Note[^n]. 1. janvārī [date](d.md)\n\n[^n]: See [note](n.md) ![np](np.png)\n\n\
            [r]: /refd [e]()\n";
        let listed = destinations(md);
        let links: Vec<&str> = listed.iter().map(|(d, _)| d.as_str()).collect();
        let asked = std::cell::RefCell::new(Vec::<String>::new());
        let link = |d: &str| {
            asked.borrow_mut().push(d.to_string());
            d.to_string()
        };
        let mut pics = Vec::new();
        let mut picture = |d: &str| -> Option<String> {
            pics.push(d.to_string());
            (!d.starts_with("http")).then(|| format!("/img/{d}"))
        };
        let hyph = |t: &str| t.to_string();
        let mut hooks = Hooks {
            link: &link,
            picture: &mut picture,
            hyphenate: &hyph,
            raw_html: true,
        };
        convert(md, 2, &mut hooks);
        for d in asked.borrow().iter() {
            assert!(links.contains(&d.as_str()), "link {d:?} not in {listed:?}");
        }
        for d in &pics {
            assert!(
                listed.contains(&(d.clone(), true)),
                "picture {d:?} not in {listed:?}"
            );
        }
        assert!(
            asked.borrow().len() >= 7 && pics.len() >= 4,
            "{asked:?} {pics:?}"
        );
    }

    #[test]
    fn strings_escape_everything_typst_could_read() {
        assert_eq!(string(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(string("x\ny\t"), r#""x\ny\t""#);
        assert_eq!(
            text("#set page(width: 1pt) *x* $y$ [z] <l> @r"),
            "#\"#set page(width: 1pt) *x* $y$ [z] <l> @r\";"
        );
    }

    #[test]
    fn paragraphs_emphasis_links() {
        let t = conv("Sveiki *jūs* un **mēs**, [saite](a/b) ~~nē~~.\n\nOtrā.");
        assert_eq!(
            t,
            "#\"Sveiki \";#emph[#\"jūs\";];#\" un \";#strong[#\"mēs\";];#\", \";#link(\"https://x.org/a/b\")[#\"saite\";];#\" \";#strike[#\"nē\";];#\".\";\n\n#\"Otrā.\";\n\n"
        );
    }

    #[test]
    fn headings_never_skip_a_level() {
        let t = conv("### Deep\n\n# Top\n\n#### Deeper\n");
        assert!(t.contains("#heading(level: 2)[#\"Deep\";]"), "{t}");
        assert!(t.contains("#heading(level: 2)[#\"Top\";]"), "{t}");
        assert!(t.contains("#heading(level: 3)[#\"Deeper\";]"), "{t}");
    }

    #[test]
    fn lists_nest_and_keep_their_start() {
        let t = conv("- a\n- b\n  1. x\n  2. y\n\n3. c\n");
        assert!(
            t.contains("#list([#\"a\";], [#\"b\";\n#enum(start: 1, [#\"x\";], [#\"y\";])]"),
            "{t}"
        );
        assert!(t.contains("#enum(start: 3, [#\"c\";])"), "{t}");
    }

    #[test]
    fn tables_have_a_header_row() {
        let t = conv("| A | B |\n|:-|-:|\n| 1 | 2 |\n");
        assert!(
            t.contains("#table(columns: 2, align: (start, end,), table.header([#\"A\";], [#\"B\";]), [#\"1\";], [#\"2\";])"),
            "{t}"
        );
    }

    #[test]
    fn pictures_carry_alt_text_and_quotes_and_code() {
        let t = conv("![Zāle *pilna*](zale.jpg \"Paraksts\")\n\n![Ārējs](https://e.org/a.png)\n\n> citāts\n\n`kods` un\n\n```rust\nfn x() {}\n```\n");
        assert!(t.contains("#figure(picture(\"/img/0\", \"Zāle pilna\"), caption: [#\"Paraksts\";], numbering: none)"), "{t}");
        assert!(
            t.contains("#link(\"https://x.org/https://e.org/a.png\")[#\"Ārējs\";]"),
            "{t}"
        );
        assert!(t.contains("#quote(block: true)[#\"citāts\";]"), "{t}");
        assert!(t.contains("#raw(\"kods\");"), "{t}");
        assert!(
            t.contains("#raw(block: true, lang: \"rust\", \"fn x() {}\")"),
            "{t}"
        );
    }

    #[test]
    fn footnotes_become_typst_footnotes() {
        let t = conv("Teksts[^1].\n\n[^1]: Piezīme *šeit*.\n");
        assert!(
            t.contains("#footnote[#\"Piezīme \";#emph[#\"šeit\";];#\".\";];"),
            "{t}"
        );
        assert!(!t.contains("\n\n#\"Piezīme"), "{t}");
    }

    #[test]
    fn html_tags_are_dropped_text_kept() {
        let scripts = conv(
            "<script>\nalert(1)\n</script>\n\nA <script>x()</script> b\n\n<style>p {}</style>\n",
        );
        assert!(
            !scripts.contains("alert") && !scripts.contains("x()") && !scripts.contains("p {}"),
            "{scripts}"
        );
        assert!(
            scripts.contains("\"A \"") && scripts.contains("\" b\""),
            "{scripts}"
        );
        let dropped = conv_with("<div>\nd\n</div>\n\nA <b>c</b>\n", false);
        assert!(
            !dropped.contains("\"d\"") && dropped.contains("\"c\""),
            "{dropped}"
        );
        let t = conv("a<br>b <span>c</span>\n\n<div>\nd\n</div>\n");
        assert!(t.contains("#\"a\";#linebreak();#\"b \";#\"c\";"), "{t}");
        assert!(t.contains("#\"d\\n\";"), "{t}");
        assert!(!t.contains("div"), "{t}");
    }

    #[test]
    fn deep_nesting_is_flattened_keeping_the_text() {
        let quotes = ">".repeat(2_000) + " dziļi\n\n";
        let list: String = (0..300)
            .map(|i| format!("{}- punkts{i}\n", "  ".repeat(i)))
            .collect();
        let t = conv(&format!("{quotes}{list}"));
        assert!(t.contains("dziļi") && t.contains("punkts0") && t.contains("punkts299"));
        assert!(t.matches("#quote(").count() <= MAX_NESTING, "{t}");
    }

    #[test]
    fn latvian_dates_stay_paragraphs() {
        let t = conv("15. septembrī notika seminārs.\n");
        assert!(t.starts_with("#\"15. septembrī"), "{t}");
    }
}
