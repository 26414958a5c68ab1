//! Whether a rendered page shows the EU publicity block and the EU emblem to its visitors, as a
//! browser would: the page is read token by token (html5ever's tokenizer, no tree), keeping the
//! chain of open elements, and the block (`<aside class="publicity">`) and the emblem's `<img>`
//! must be elements of the document, not inside a comment, not text of a `<textarea>`, `<title>`,
//! `<script>`, `<style>`, `<noscript>`, not inside `<template>`, a closed `<details>` or
//! `<dialog>`, SVG or a media element's fallback, and hidden by no `hidden`, `aria-hidden`,
//! inline style or CSS rule that can be known: the theme's stylesheets and the page's `<style>`
//! elements, whose rules are matched against the element and its ancestors.

use html5ever::tokenizer::Tag;
use html5ever::Attribute;
use html5ever::{local_name, LocalName};

use std::cell::{Cell, RefCell};
use std::ops::Range;

use crate::html::{is_raw_text, walk, Piece, Walk};
use crate::publicity::EMBLEM_FILE;

/// A CSS rule that hides what it matches.
#[derive(Debug, Clone)]
pub struct HidingRule {
    selector: Vec<(Combinator, Compound)>,
    /// The selector as written, for messages.
    pub text: String,
    /// `display: none`, `visibility: hidden` ...
    pub declaration: String,
    /// Where it is written (`style.css`, `a <style> element of the page`).
    pub origin: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Combinator {
    /// The first compound, or a descendant (` `).
    Descendant,
    Child,
}

#[derive(Debug, Clone, Default)]
struct Compound {
    tag: Option<String>,
    ids: Vec<String>,
    classes: Vec<String>,
    /// `[name]` or `[name=value]` (`~=` as a word of the value).
    attrs: Vec<(String, Option<String>, bool)>,
}

/// The rules of a stylesheet that hide what they match (`display: none`, `visibility: hidden`,
/// `content-visibility: hidden`, `opacity: 0`), outside `@media print`. Selectors that depend on
/// what cannot be known from the chain of ancestors (siblings, states such as `:hover`,
/// pseudo-elements) are left out.
pub fn hiding_rules(css: &str, origin: &str) -> Vec<HidingRule> {
    let css = without_comments(css);
    let mut out = Vec::new();
    rules_in(&css, origin, &mut out);
    out
}

fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        rest = rest[i + 2..]
            .find("*/")
            .map_or("", |j| &rest[i + 2 + j + 2..]);
    }
    out.push_str(rest);
    out
}

fn rules_in(css: &str, origin: &str, out: &mut Vec<HidingRule>) {
    let mut rest = css;
    while let Some(open) = rest.find('{') {
        let prelude = rest[..open].trim();
        let Some(len) = block_len(&rest[open + 1..]) else {
            return;
        };
        let body = &rest[open + 1..open + 1 + len];
        rest = rest.get(open + 1 + len + 1..).unwrap_or("");
        // A statement at-rule (`@import ...;`) before the prelude is not part of it.
        let prelude = prelude.rsplit(';').next().unwrap_or(prelude).trim();
        if let Some(at) = prelude.strip_prefix('@') {
            let lower = at.to_ascii_lowercase();
            let print_only = lower.contains("print") && !lower.contains("screen");
            let nested = [
                "media",
                "supports",
                "layer",
                "container",
                "scope",
                "document",
            ]
            .iter()
            .any(|k| lower.starts_with(k));
            if nested && !print_only {
                rules_in(body, origin, out);
            }
            continue;
        }
        let Some(declaration) = hiding_declaration(body) else {
            continue;
        };
        for text in split_top(prelude, ',') {
            if let Some(selector) = parse_selector(text) {
                out.push(HidingRule {
                    selector,
                    text: text.trim().to_string(),
                    declaration: declaration.clone(),
                    origin: origin.to_string(),
                });
            }
        }
    }
}

/// Length of a `{ ... }` block's content (the text after `{` up to its matching `}`).
fn block_len(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '{') => depth += 1,
            (None, '}') if depth == 0 => return Some(i),
            (None, '}') => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Pieces of `s` separated by `sep` outside parentheses and brackets.
fn split_top(s: &str, sep: char) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            c if c == sep && depth == 0 => {
                out.push(&s[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

/// The first declaration of a rule's body (or a `style` attribute) that hides, as written.
pub fn hiding_declaration(body: &str) -> Option<String> {
    for decl in split_top(body, ';') {
        let Some((name, value)) = decl.split_once(':') else {
            continue;
        };
        let name = name.trim().to_ascii_lowercase();
        let value = value
            .trim()
            .trim_end_matches("!important")
            .trim()
            .to_ascii_lowercase();
        let hides = match name.as_str() {
            "display" => value == "none",
            "visibility" => value == "hidden" || value == "collapse",
            "content-visibility" => value == "hidden",
            "opacity" => value.parse::<f64>().is_ok_and(|v| v <= 0.0),
            _ => false,
        };
        if hides {
            return Some(format!("{name}: {value}"));
        }
    }
    None
}

/// A selector of type, `.class`, `#id` and `[attribute]` compounds joined by descendant and
/// child combinators; None for anything else.
fn parse_selector(text: &str) -> Option<Vec<(Combinator, Compound)>> {
    let text = text.trim();
    if text.is_empty() || text.contains(['+', '~', ':', '|', '\\']) {
        // `~=` inside brackets is the only `~` worth keeping.
        let outside: String = strip_brackets(text);
        if outside.contains(['+', '~', ':', '|', '\\']) || text.is_empty() {
            return None;
        }
    }
    let mut out = Vec::new();
    let mut next = Combinator::Descendant;
    let spaced = text.replace('>', " > ");
    for part in split_spaces_outside_brackets(&spaced) {
        if part == ">" {
            next = Combinator::Child;
            continue;
        }
        out.push((next, parse_compound(&part)?));
        next = Combinator::Descendant;
    }
    (!out.is_empty()).then_some(out)
}

fn strip_brackets(s: &str) -> String {
    let mut depth = 0;
    s.chars()
        .filter(|&c| {
            match c {
                '[' => depth += 1,
                ']' => depth -= 1,
                _ => {}
            }
            depth == 0 && c != ']'
        })
        .collect()
}

fn split_spaces_outside_brackets(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            c if c.is_whitespace() && depth == 0 => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn parse_compound(s: &str) -> Option<Compound> {
    let mut c = Compound::default();
    let mut rest = s;
    let name_end = |r: &str| r.find(['.', '#', '[']).unwrap_or(r.len());
    if !rest.starts_with(['.', '#', '[']) {
        let end = name_end(rest);
        let tag = &rest[..end];
        if tag != "*" {
            if !tag
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || ch == '-')
            {
                return None;
            }
            c.tag = Some(tag.to_ascii_lowercase());
        }
        rest = &rest[end..];
    }
    while !rest.is_empty() {
        let (kind, r) = rest.split_at(1);
        if kind == "[" {
            let end = r.find(']')?;
            let inner = &r[..end];
            rest = &r[end + 1..];
            let (name, value, word) = match inner.split_once('=') {
                Some((n, v)) => {
                    let word = n.ends_with('~');
                    let n = n.trim_end_matches('~');
                    if n.ends_with(['^', '$', '*', '|']) {
                        return None;
                    }
                    let v = v.trim().trim_matches(['"', '\'']).to_string();
                    (n.trim(), Some(v), word)
                }
                None => (inner.trim(), None, false),
            };
            c.attrs.push((name.to_ascii_lowercase(), value, word));
            continue;
        }
        let end = name_end(r);
        let name = &r[..end];
        if name.is_empty() {
            return None;
        }
        match kind {
            "." => c.classes.push(name.to_string()),
            "#" => c.ids.push(name.to_string()),
            _ => return None,
        }
        rest = &r[end..];
    }
    Some(c)
}

/// An open element, as far as hiding it is concerned: the tokenizer's own name and attributes
/// (interned names and shared buffers), so that an element costs one allocation.
#[derive(Debug, Clone)]
struct El {
    name: LocalName,
    attrs: Vec<Attribute>,
}

fn attr_of<'a>(attrs: &'a [Attribute], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|a| &*a.name.local == name)
        .map(|a| &*a.value)
}

impl El {
    fn attr(&self, name: &str) -> Option<&str> {
        attr_of(&self.attrs, name)
    }

    fn matches(&self, c: &Compound) -> bool {
        let has_word = |attr: &str, w: &str| {
            self.attr(attr)
                .is_some_and(|v| v.split_ascii_whitespace().any(|x| x == w))
        };
        c.tag.as_ref().is_none_or(|t| t.as_str() == &*self.name)
            && c.ids.iter().all(|id| self.attr("id") == Some(id.as_str()))
            && c.classes.iter().all(|cl| has_word("class", cl))
            && c.attrs.iter().all(|(n, v, word)| match (v, word) {
                (None, _) => self.attr(n).is_some(),
                (Some(v), true) => has_word(n, v),
                (Some(v), false) => self.attr(n) == Some(v.as_str()),
            })
    }

    /// Why this element hides its content, from its name and attributes alone. `next`: the child
    /// on the way to the element looked at (a closed `<details>` still shows its `<summary>`).
    fn hides(&self, next: Option<&El>) -> Option<String> {
        let name = &*self.name;
        let open = self.attr("open").is_some();
        let reason = match name {
            "template" => crate::tr!("visibility-template"),
            "details" if !open && next.is_none_or(|n| n.name != local_name!("summary")) => {
                crate::tr!("visibility-details")
            }
            "dialog" if !open => crate::tr!("visibility-dialog"),
            "svg" | "math" => crate::tr!("visibility-foreign", element = name),
            "object" | "video" | "audio" | "canvas" | "select" | "datalist" | "frameset" => {
                crate::tr!("visibility-replaced", element = name)
            }
            _ if self.attr("hidden").is_some() => crate::tr!("visibility-hidden", element = name),
            _ if self
                .attr("aria-hidden")
                .is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) =>
            {
                crate::tr!("visibility-aria-hidden", element = name)
            }
            _ => {
                let style = self.attr("style")?;
                crate::tr!(
                    "visibility-style",
                    element = name,
                    style = hiding_declaration(style)?
                )
            }
        };
        Some(reason)
    }
}

/// Whether `selector` matches the last element of `chain` (its ancestors before it).
fn selector_matches(selector: &[(Combinator, Compound)], chain: &[El]) -> bool {
    let Some(((comb, last), rest)) = selector.split_last() else {
        return true;
    };
    let Some((el, ancestors)) = chain.split_last() else {
        return false;
    };
    if !el.matches(last) {
        return false;
    }
    if rest.is_empty() {
        return true;
    }
    match comb {
        Combinator::Child => selector_matches(rest, ancestors),
        Combinator::Descendant => {
            (1..=ancestors.len()).any(|n| selector_matches(rest, &ancestors[..n]))
        }
    }
}

/// Why the last element of `chain` is not shown, or None when it is.
fn hidden_by(chain: &[El], rules: &[&HidingRule]) -> Option<String> {
    for i in 0..chain.len() {
        if let Some(why) = chain[i].hides(chain.get(i + 1)) {
            return Some(why);
        }
        let upto = &chain[..=i];
        if let Some(r) = rules.iter().find(|r| selector_matches(&r.selector, upto)) {
            let rule = format!("{} {{ {} }}", r.text, r.declaration);
            return Some(if i + 1 == chain.len() {
                crate::tr!("visibility-css", rule = rule, origin = r.origin.as_str())
            } else {
                crate::tr!(
                    "visibility-css-ancestor",
                    rule = rule,
                    origin = r.origin.as_str(),
                    element = &*chain[i].name
                )
            });
        }
    }
    None
}

/// What to look for in a page.
#[derive(Clone, Copy)]
pub struct Wanted<'a> {
    /// The text of the publicity block (whitespace-normalised), when the page must show it.
    pub block_text: Option<&'a str>,
    /// The page must not hide the EU emblem (an `<img>` of `eu-emblem.svg`). Whether a page
    /// shows one at all is `check`'s question: a theme may draw it otherwise.
    pub emblem: bool,
    /// A balanced fragment of the page that need not be read (the item's text).
    pub skip: Option<&'a str>,
    /// Where the page has exact copies of the block's HTML (byte ranges, in order): reading
    /// stops after one once the block and the emblem are shown and no `<style>` follows.
    pub block_copies: &'a [Range<usize>],
}

/// Why a block that is nowhere in the page is not shown.
pub const NOT_IN_PAGE: &str = "not in the page";

/// What is wrong with a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The block is not shown: why.
    Block(String),
    /// The emblem is not shown: why.
    Emblem(String),
}

/// The text of a piece of HTML as a reader gets it, whitespace-normalised.
pub fn text_of(html: &str) -> String {
    let mut out = String::new();
    walk(html, |piece, _| {
        if let Piece::Text(t) = piece {
            out.push_str(t);
            out.push(' ');
        }
    });
    normalise(&out)
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A block or emblem found in the page, with the chain of elements down to it.
struct Found {
    chain: Vec<El>,
    text: String,
}

#[derive(Default)]
struct Scan {
    stack: Vec<El>,
    blocks: Vec<Found>,
    emblems: Vec<Found>,
    /// Index in `stack` of the block being read, and its text so far.
    reading: Option<(usize, String)>,
    /// Where a block or the emblem showed up as text, not as an element: why.
    as_text: Vec<(bool, String)>,
    styles: Vec<String>,
}

/// Elements that have no content and no end tag.
fn is_void(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("area")
            | local_name!("base")
            | local_name!("br")
            | local_name!("col")
            | local_name!("embed")
            | local_name!("hr")
            | local_name!("img")
            | local_name!("input")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("source")
            | local_name!("track")
            | local_name!("wbr")
            | local_name!("param")
            | local_name!("keygen")
    )
}

/// Start tags that close an open `<p>`, as the parser does (so `<p hidden>` does not hide what
/// follows a block element).
fn closes_p(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("address")
            | local_name!("article")
            | local_name!("aside")
            | local_name!("blockquote")
            | local_name!("details")
            | local_name!("dialog")
            | local_name!("div")
            | local_name!("dl")
            | local_name!("fieldset")
            | local_name!("figcaption")
            | local_name!("figure")
            | local_name!("footer")
            | local_name!("form")
            | local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("header")
            | local_name!("hgroup")
            | local_name!("hr")
            | local_name!("main")
            | local_name!("menu")
            | local_name!("nav")
            | local_name!("ol")
            | local_name!("p")
            | local_name!("pre")
            | local_name!("section")
            | local_name!("summary")
            | local_name!("table")
            | local_name!("ul")
    )
}

fn is_foreign(el: &El) -> bool {
    el.name == local_name!("svg") || el.name == local_name!("math")
}

impl Scan {
    fn start(&mut self, tag: &Tag, emblem: bool) {
        let name = &tag.name;
        let foreign = self.stack.iter().any(is_foreign);
        if !foreign && closes_p(name) {
            if let Some(p) = self.stack.iter().rposition(|e| e.name == local_name!("p")) {
                let scoped = self.stack[p + 1..].iter().any(|e| {
                    matches!(
                        e.name,
                        local_name!("button")
                            | local_name!("table")
                            | local_name!("td")
                            | local_name!("th")
                            | local_name!("template")
                            | local_name!("object")
                    )
                });
                if !scoped {
                    self.close_to(p);
                }
            }
        }
        let void = is_void(name) || (foreign && tag.self_closing);
        let is_emblem = emblem
            && *name == local_name!("img")
            && attr_of(&tag.attrs, "src").is_some_and(is_emblem_src);
        let is_block = *name == local_name!("aside")
            && attr_of(&tag.attrs, "class")
                .is_some_and(|c| c.split_ascii_whitespace().any(|w| w == "publicity"));
        // Most void elements (`<meta>`, `<link>`, `<br>`) are nobody's ancestor: not kept.
        if void && !is_emblem && !is_block {
            return;
        }
        self.stack.push(El {
            name: name.clone(),
            attrs: tag.attrs.clone(),
        });
        if is_emblem {
            self.emblems.push(Found {
                chain: self.stack.clone(),
                text: String::new(),
            });
        }
        if void {
            // A self-closed block (`<svg><aside class="publicity"/></svg>`) has no text.
            if is_block {
                self.blocks.push(Found {
                    chain: self.stack.clone(),
                    text: String::new(),
                });
            }
            self.stack.pop();
        } else if is_block && self.reading.is_none() {
            self.reading = Some((self.stack.len() - 1, String::new()));
        }
    }

    fn end(&mut self, name: &str) {
        if let Some(i) = self.stack.iter().rposition(|e| &*e.name == name) {
            self.close_to(i);
        }
    }

    /// Closes the element at `i` of the stack and everything opened after it.
    fn close_to(&mut self, i: usize) {
        if let Some((at, text)) = self.reading.take() {
            if at >= i {
                self.blocks.push(Found {
                    chain: self.stack[..=at].to_vec(),
                    text: normalise(&text),
                });
            } else {
                self.reading = Some((at, text));
            }
        }
        self.stack.truncate(i);
    }

    fn text(&mut self, t: &str) {
        if self.raw() == Some("style") {
            self.styles.push(t.to_string());
        }
        if let Some((_, text)) = &mut self.reading {
            text.push_str(t);
            text.push(' ');
        }
    }

    /// The raw-text element the tokenizer is in, if any.
    fn raw(&self) -> Option<&str> {
        self.stack
            .last()
            .map(|e| &*e.name)
            .filter(|name| is_raw_text(name))
    }

    /// Whether the tokenizer reads elements here as the page's own (not text of a raw-text
    /// element, not SVG or MathML).
    fn in_html(&self) -> bool {
        self.raw().is_none() && !self.stack.iter().any(is_foreign)
    }

    /// A run of text (the tokenizer hands it over in pieces) that has the block's or the
    /// emblem's markup in it: they are text here, not elements.
    fn text_run(&mut self, block_marker: bool, emblem_marker: bool) {
        if block_marker || emblem_marker {
            let why = match self.raw() {
                Some(name) => crate::tr!("visibility-raw-text", element = name),
                None => crate::tr!("visibility-escaped"),
            };
            self.as_text.push((block_marker, why));
        }
    }

    /// Whether what has been read already shows the whole block and the emblem, so that the
    /// rest of the page can only change that by adding CSS.
    fn shows_all(&self, wanted: &Wanted, rules: &[HidingRule]) -> bool {
        let page_rules = page_rules(&self.styles);
        let all: Vec<&HidingRule> = rules.iter().chain(page_rules.iter()).collect();
        let shown = |f: &&Found| hidden_by(&f.chain, &all).is_none();
        wanted.block_text.is_none_or(|want| {
            self.blocks
                .iter()
                .filter(|b| b.text == want)
                .any(|b| shown(&b))
        }) && (!wanted.emblem || self.emblems.iter().any(|e| shown(&e)))
    }
}

fn page_rules(styles: &[String]) -> Vec<HidingRule> {
    if styles.is_empty() {
        return Vec::new();
    }
    let origin = crate::tr!("visibility-style-element");
    styles
        .iter()
        .flat_map(|css| hiding_rules(css, &origin))
        .collect()
}

/// Checks that `html` shows what `wanted` names. `rules`: the theme's hiding CSS rules.
pub fn check(html: &str, wanted: &Wanted, rules: &[HidingRule]) -> Result<(), Problem> {
    // A text's HTML is balanced (see `html::balanced`): it cannot change what is around it,
    // only add CSS, so it is skipped when it has no `<style>` and the page reads it as
    // elements of its own (not inside raw text, SVG, a comment or an attribute).
    let skip = wanted
        .skip
        .filter(|s| s.len() > 256 && !contains_ci(s, "<style"))
        .and_then(|s| find_long(html, s).map(|i| i..i + s.len()));
    match read(html, wanted, rules, skip) {
        Read::Shown => Ok(()),
        Read::Scanned(scan) => finish(scan, wanted, rules),
        Read::Unskippable => {
            let whole = Wanted {
                skip: None,
                ..*wanted
            };
            check(html, &whole, rules)
        }
    }
}

/// Where `needle`, a long text, first occurs in `hay`: found by its first bytes, then compared
/// whole (a searcher made for a needle of many kilobytes costs more than the search).
fn find_long(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let head = &needle[..needle.len().min(64)];
    memchr::memmem::find_iter(hay, head).find(|&i| hay[i..].starts_with(needle))
}

/// `needle` (ASCII, starting with `<`) in `hay`, in any case.
fn contains_ci(hay: &str, needle: &str) -> bool {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    memchr::memchr_iter(b'<', hay).any(|i| {
        hay.get(i..i + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

const BLOCK_MARK: &str = "class=\"publicity\"";

/// The start tag read in place of a skipped text. Where the tokenizer hands it over as a start
/// tag (after nothing but text), it is between elements, as the text's first tag would be.
const SKIPPED: &str = "herald-skipped-text";

enum Read {
    /// The block and the emblem are shown, and nothing after them can hide them.
    Shown,
    /// All of the page was read.
    Scanned(Scan),
    /// The text to skip is not between elements: the page must be read whole.
    Unskippable,
}

/// Reads `html` (but `skip`) with one tokenizer. It stops early only right after a copy of the
/// block's exact HTML, when the block and the emblem are shown and no `<style>` follows: the
/// rest of a page can change what it shows above only by CSS (a hidden copy of the block or
/// the emblem further down does not matter once one is shown; `<link>`ed stylesheets are the
/// theme's, whose rules are known).
fn read(html: &str, wanted: &Wanted, rules: &[HidingRule], skip: Option<Range<usize>>) -> Read {
    let emblem = wanted.emblem;
    let emblem_mark = |t: &str| emblem && t.contains("<img") && t.contains(EMBLEM_FILE);
    let scan = RefCell::new(Scan::default());
    // The text since the last tag.
    let run = RefCell::new(String::new());
    // Tags, end tags and comments handed over; whether SKIPPED is awaited, and was seen.
    let tags = Cell::new(0usize);
    let awaited = Cell::new(false);
    let seen = Cell::new(false);
    let walk = Walk::new(|piece, _| {
        if let Piece::Start(tag) = piece {
            if awaited.get() && &*tag.name == SKIPPED && tag.attrs.is_empty() {
                seen.set(true);
                return;
            }
        }
        let mut scan = scan.borrow_mut();
        let mut run = run.borrow_mut();
        if !matches!(piece, Piece::Text(_)) {
            tags.set(tags.get() + 1);
            if !run.is_empty() {
                scan.text_run(run.contains(BLOCK_MARK), emblem_mark(&run));
                run.clear();
            }
        }
        match piece {
            Piece::Start(tag) => scan.start(tag, emblem),
            Piece::End(name) => scan.end(name),
            Piece::Text(t) => {
                scan.text(t);
                run.push_str(t);
            }
            Piece::Comment(t) => {
                let (block, emblem) = (t.contains(BLOCK_MARK), emblem_mark(t));
                if block || emblem {
                    let why = crate::tr!("visibility-comment");
                    if block {
                        scan.as_text.push((true, why.clone()));
                    }
                    if emblem {
                        scan.as_text.push((false, why));
                    }
                }
            }
        }
    });
    // Feeds `range`, stopping after a copy of the block when that settles the page.
    let feed = |range: Range<usize>| {
        let stops = wanted
            .block_copies
            .iter()
            .filter(|c| c.start >= range.start && c.end <= range.end && c.end > c.start)
            .map(|c| c.end);
        let mut from = range.start;
        for stop in stops {
            walk.feed(&html[from..stop]);
            from = stop;
            if scan.borrow().shows_all(wanted, rules) && !contains_ci(&html[stop..], "<style") {
                return true;
            }
        }
        walk.feed(&html[from..range.end]);
        false
    };
    let after = match skip {
        Some(skip) => {
            if feed(0..skip.start) {
                return Read::Shown;
            }
            let before = tags.get();
            awaited.set(true);
            walk.feed(&format!("<{SKIPPED}>"));
            awaited.set(false);
            if !seen.get() || tags.get() != before || !scan.borrow().in_html() {
                return Read::Unskippable;
            }
            skip.end
        }
        None => 0,
    };
    if feed(after..html.len()) {
        return Read::Shown;
    }
    walk.end();
    let mut scan = scan.into_inner();
    let run = run.into_inner();
    if !run.is_empty() {
        scan.text_run(run.contains(BLOCK_MARK), emblem_mark(&run));
    }
    Read::Scanned(scan)
}

fn finish(mut scan: Scan, wanted: &Wanted, rules: &[HidingRule]) -> Result<(), Problem> {
    let emblem = wanted.emblem;
    scan.close_to(0);
    let page_rules = page_rules(&scan.styles);
    let all: Vec<&HidingRule> = rules.iter().chain(page_rules.iter()).collect();
    if let Some(want) = wanted.block_text {
        let whole: Vec<&Found> = scan.blocks.iter().filter(|b| b.text == want).collect();
        if whole.is_empty() && !scan.blocks.is_empty() {
            return Err(Problem::Block(crate::tr!("visibility-changed")));
        }
        verdict(&whole, &all, &scan.as_text, true).map_err(Problem::Block)?;
    }
    let emblem_as_text = scan.as_text.iter().any(|(block, _)| !block);
    if emblem && (!scan.emblems.is_empty() || emblem_as_text) {
        let found: Vec<&Found> = scan.emblems.iter().collect();
        verdict(&found, &all, &scan.as_text, false).map_err(Problem::Emblem)?;
    }
    Ok(())
}

/// An address of the EU emblem's file (`/octopus/eu-emblem.svg`, `../../eu-emblem.svg?v=2`).
fn is_emblem_src(src: &str) -> bool {
    let path = src.split(['?', '#']).next().unwrap_or_default();
    path.rsplit('/').next() == Some(EMBLEM_FILE)
}

/// Ok when one of `found` is shown; else why not (the first reason found).
fn verdict(
    found: &[&Found],
    rules: &[&HidingRule],
    as_text: &[(bool, String)],
    block: bool,
) -> Result<(), String> {
    let mut reasons = Vec::new();
    for f in found {
        match hidden_by(&f.chain, rules) {
            None => return Ok(()),
            Some(why) => reasons.push(why),
        }
    }
    reasons.extend(
        as_text
            .iter()
            .filter(|(b, _)| *b == block)
            .map(|(_, why)| why.clone()),
    );
    Err(reasons
        .into_iter()
        .next()
        .unwrap_or_else(|| NOT_IN_PAGE.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BLOCK: &str = "<aside class=\"publicity\" aria-label=\"ES\"><p class=\"publicity-disclaimer\">Atbild X.</p></aside>";
    const EMBLEM: &str = "<img class=\"eu-emblem\" src=\"/eu-emblem.svg\" alt=\"ES\">";

    fn copies(page: &str) -> Vec<Range<usize>> {
        memchr::memmem::find_iter(page.as_bytes(), BLOCK.as_bytes())
            .map(|i| i..i + BLOCK.len())
            .collect()
    }

    /// The check of `page`, which must be the same whether or not it may stop reading after
    /// a shown block.
    fn run(page: &str, css: &str) -> Result<(), Problem> {
        let text = text_of(BLOCK);
        let rules = hiding_rules(css, "style.css");
        let mut wanted = Wanted {
            block_text: Some(&text),
            emblem: true,
            skip: None,
            block_copies: &copies(page),
        };
        let stopping = check(page, &wanted, &rules);
        wanted.block_copies = &[];
        assert_eq!(stopping, check(page, &wanted, &rules), "{page} {css}");
        stopping
    }

    fn page(header: &str, main: &str) -> String {
        format!("<!DOCTYPE html><html><head><title>x</title></head><body><header>{header}</header><main class=\"item\">{main}</main></body></html>")
    }

    #[test]
    fn a_shown_block_and_emblem_pass() {
        assert_eq!(
            run(&page(EMBLEM, BLOCK), ".publicity { color: red }"),
            Ok(())
        );
        // A hidden copy does not matter when another is shown.
        let two = format!("<template>{BLOCK}</template>{BLOCK}");
        assert_eq!(run(&page(EMBLEM, &two), ""), Ok(()));
        // `<p hidden>` ends where the block starts, as in a browser.
        let p = format!("<p hidden>Slēpts{BLOCK}");
        assert_eq!(run(&page(EMBLEM, &p), ""), Ok(()));
        // Only print hides it.
        assert_eq!(
            run(
                &page(EMBLEM, BLOCK),
                "@media print { .publicity { display: none } }"
            ),
            Ok(())
        );
        let summary = format!("<details><summary>{BLOCK}</summary></details>");
        assert_eq!(run(&page(EMBLEM, &summary), ""), Ok(()));
    }

    #[test]
    fn every_way_of_hiding_the_block_is_found() {
        let cases = [
            (format!("<!-- {BLOCK} -->"), "", "comment"),
            (format!("<template>{BLOCK}</template>"), "", "<template>"),
            (format!("<noscript>{BLOCK}</noscript>"), "", "<noscript>"),
            (format!("<textarea>{BLOCK}</textarea>"), "", "<textarea>"),
            (format!("<div hidden>{BLOCK}</div>"), "", "hidden"),
            (
                format!("<div aria-hidden=\"true\">{BLOCK}</div>"),
                "",
                "aria-hidden",
            ),
            (
                format!("<div style=\"color:red; display : none !important\">{BLOCK}</div>"),
                "",
                "display: none",
            ),
            (
                format!("<div style=\"visibility:hidden\">{BLOCK}</div>"),
                "",
                "visibility: hidden",
            ),
            (format!("<details>{BLOCK}</details>"), "", "<details>"),
            (format!("<svg>{BLOCK}</svg>"), "", "<svg>"),
            (BLOCK.replace('<', "&lt;"), "", "| safe"),
            (
                BLOCK.to_string(),
                "aside.publicity{display:none}",
                "style.css",
            ),
            (
                BLOCK.to_string(),
                "main.item > .publicity, x { visibility: hidden }",
                "style.css",
            ),
            (
                BLOCK.to_string(),
                "@media (max-width: 40rem) { body main .publicity { display: none } }",
                "style.css",
            ),
            (BLOCK.to_string(), "main { opacity: 0 }", "ancestor <main>"),
            (
                format!("<style>.publicity {{ display: none }}</style>{BLOCK}"),
                "",
                "<style> element",
            ),
            (String::new(), "", "not in the page"),
            (BLOCK.replace("Atbild X.", "Atbild."), "", "changed"),
        ];
        for (main, css, why) in cases {
            match run(&page(EMBLEM, &main), css) {
                Err(Problem::Block(w)) => assert!(w.contains(why), "{main} {css}: {w}"),
                other => panic!("{main} {css}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_hidden_emblem_is_found() {
        // Whether a page shows the emblem at all is check's question (H052).
        assert_eq!(run(&page("", BLOCK), ""), Ok(()));
        for (header, css) in [
            (&*format!("<!-- {EMBLEM} -->"), ""),
            (&*EMBLEM.replace("<img", "<img hidden"), ""),
            (EMBLEM, ".eu-emblem { display: none }"),
            (EMBLEM, "header img { visibility: hidden }"),
        ] {
            assert!(
                matches!(run(&page(header, BLOCK), css), Err(Problem::Emblem(_))),
                "{header} {css}"
            );
        }
    }

    #[test]
    fn what_follows_a_shown_block_is_still_read_for_css_and_the_emblem() {
        let page = |main: &str, footer: &str| {
            format!("<!DOCTYPE html><html><head><title>x</title></head><body><header>{EMBLEM}</header><main>{main}</main><footer>{footer}</footer></body></html>")
        };
        assert_eq!(run(&page(BLOCK, "<p>Kontakti</p>"), ""), Ok(()));
        for footer in [
            "<style>.publicity { display: none }</style>",
            "<STYLE media=\"screen\">main aside { visibility: hidden }</STYLE>",
            "<svg><style>.publicity{display:none}</style></svg>",
            "<style>header img { opacity: 0 }</style>",
        ] {
            assert!(run(&page(BLOCK, footer), "").is_err(), "{footer}");
        }
        // The emblem only after the block: the block alone does not end the reading.
        let emblem_later = format!(
            "<!DOCTYPE html><html><body><main>{BLOCK}</main><footer>{}</footer></body></html>",
            EMBLEM.replace("<img", "<img hidden")
        );
        assert!(matches!(run(&emblem_later, ""), Err(Problem::Emblem(_))));
        // A hidden first copy does not end it either.
        let copies = |second: &str| page(&format!("<template>{BLOCK}</template>{second}"), "");
        assert_eq!(run(&copies(BLOCK), ""), Ok(()));
        assert!(matches!(
            run(&copies(&format!("<div hidden>{BLOCK}</div>")), ""),
            Err(Problem::Block(_))
        ));
        // Nor a first copy inside raw text, whose `</aside>` ends no element.
        let raw = page(
            &format!("<textarea>{BLOCK}"),
            &format!("</textarea>{BLOCK}"),
        );
        assert_eq!(run(&raw, ""), Ok(()));
        let raw = page(&format!("<textarea>{BLOCK}"), "</textarea>");
        assert!(matches!(run(&raw, ""), Err(Problem::Block(_))));
    }

    /// An item's text (more than 256 bytes, so it is skipped when it is between elements).
    const TEXT: &str = "<p>Seminārā piedalījās <strong>četrdesmit</strong> dalībnieki no Latvijas un Lietuvas.</p>\n<p>Skatīt arī <a href=\"/lv/par/\">par projektu</a> un <a href=\"https://www.latlit.eu/\">programmas lapu</a>.</p>\n<p>Nākamā tikšanās notiks rudenī, kad partneri pārrunās paveikto un plānos nākamos soļus.</p>";

    fn run_skipping(page: &str, css: &str) -> Result<(), Problem> {
        assert!(TEXT.len() > 256 && page.contains(TEXT));
        let text = text_of(BLOCK);
        let rules = hiding_rules(css, "style.css");
        let mut wanted = Wanted {
            block_text: Some(&text),
            emblem: true,
            skip: Some(TEXT),
            block_copies: &copies(page),
        };
        let skipping = check(page, &wanted, &rules);
        wanted.skip = None;
        assert_eq!(skipping, check(page, &wanted, &rules), "{page} {css}");
        skipping
    }

    #[test]
    fn the_skipped_text_must_be_between_elements() {
        let main = format!("<div class=\"content\">{TEXT}</div>{BLOCK}");
        assert_eq!(run_skipping(&page(EMBLEM, &main), ""), Ok(()));
        for main in [
            // The text in an attribute: the tag around it is still a tag of the page.
            format!("<div hidden data-text=\"{TEXT}\">{BLOCK}</div>"),
            format!("<div hidden data-text='{TEXT}'>{BLOCK}</div>"),
            format!("<div hidden data-text={TEXT}>{BLOCK}</div>"),
            format!("<div style=\"display: none\" {TEXT}>{BLOCK}</div>"),
            // In raw text and SVG.
            format!("<textarea>{TEXT}{BLOCK}</textarea>"),
            format!("<svg>{TEXT}{BLOCK}</svg>"),
            // The page's own element of the name that stands for the text.
            format!("<{SKIPPED}>{TEXT}{BLOCK}</{SKIPPED}>"),
        ] {
            let css = format!("{SKIPPED} {{ display: none }}");
            assert!(
                matches!(
                    run_skipping(&page(EMBLEM, &main), &css),
                    Err(Problem::Block(_))
                ),
                "{main}"
            );
        }
    }

    #[test]
    fn a_long_text_is_found_where_all_of_it_is() {
        let head = "x".repeat(64);
        let needle = format!("{head}<p>a</p>");
        let hay = format!("<meta content=\"{head}\"><div>{head}<p>b</p>{needle}</div>");
        assert_eq!(find_long(&hay, &needle), hay.find(&needle));
        assert_eq!(find_long(&hay, &format!("{head}<p>c</p>")), None);
        assert_eq!(find_long("ab", "abc"), None);
    }

    #[test]
    fn a_self_closed_block_in_svg_is_hidden_not_a_panic() {
        for main in [
            "<svg><aside class=\"publicity\"/></svg>",
            "<math><aside class=\"publicity\"/>",
        ] {
            assert!(
                matches!(run(&page(EMBLEM, main), ""), Err(Problem::Block(_))),
                "{main}"
            );
        }
    }

    #[test]
    fn selectors_that_cannot_be_known_are_left_out() {
        for css in [
            ".publicity:hover { display: none }",
            "h1 + .publicity { display: none }",
            ".publicity::before { display: none }",
            ".other .publicity { display: none }",
            "#x .publicity { display: none }",
            ".publicity { display: block }",
        ] {
            assert_eq!(run(&page(EMBLEM, BLOCK), css), Ok(()), "{css}");
        }
    }
}
