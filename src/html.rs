//! HTML that herald did not write itself: a text's raw HTML (an embed pasted from a map or video
//! site) is parsed as a browser parses it and written back balanced, so that nothing in one text
//! (an unclosed comment, `<iframe>`, `<textarea>`, `<table>`, an extra `</div>`) can change the
//! page around it: the EU publicity block and the footer after the text stay elements of the page.
//! Also how a browser reads HTML token by token ([`walk`]), for the checks that look at pages
//! without building a tree, and which addresses run a script ([`script_url`]).
//! And text that herald writes into HTML, escaped.

use std::cell::{Cell, RefCell};

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, EndTag, StartTag, Tag, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// `text` with the five characters that mean something in HTML written as references, so it
/// reads as text in an element or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Texts holding these are refused when read; one that comes another way (a YAML
            // escape such as "\0") must still not make a feed unreadable.
            c if crate::source::is_forbidden(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// `fragment` parsed in the context of a `<div>` of the page body, as the HTML standard's
/// fragment parser does, and serialised again: every element closed, every comment ended,
/// stray end tags dropped. Well-formed HTML keeps its meaning.
pub fn balanced(fragment: &str) -> String {
    let fragment = without_plaintext(fragment);
    let doc = scraper::Html::parse_fragment(&fragment);
    doc.root_element().inner_html()
}

/// A browser never ends `<plaintext>`: whatever follows it, the rest of the page included, is
/// shown as text. It becomes `<pre>`, which shows the same text and ends.
fn without_plaintext(fragment: &str) -> std::borrow::Cow<'_, str> {
    const TAG: &[u8] = b"plaintext";
    let bytes = fragment.as_bytes();
    let at = |i: usize| {
        bytes[i] == b'<'
            && bytes.len() > i + 1 + TAG.len()
            && bytes[i + 1..i + 1 + TAG.len()].eq_ignore_ascii_case(TAG)
            && !bytes[i + 1 + TAG.len()].is_ascii_alphanumeric()
    };
    if !memchr::memchr_iter(b'<', bytes).any(at) {
        return fragment.into();
    }
    let mut out = String::with_capacity(fragment.len());
    let mut last = 0;
    for i in memchr::memchr_iter(b'<', bytes).filter(|&i| at(i)) {
        out.push_str(&fragment[last..i]);
        out.push_str("<pre");
        last = i + 1 + TAG.len();
    }
    out.push_str(&fragment[last..]);
    out.into()
}

/// A rendered page without spaces and tabs at the ends of its lines (template tags leave
/// them), except inside `<pre>` and `<textarea>`, whose text is shown as written. Every page
/// passes here: one scan for line ends and tags together.
pub fn trim_line_ends(page: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(page.len());
    let mut verbatim = 0usize;
    let mut line = 0;
    let end_line = |out: &mut Vec<u8>, text: &[u8], verbatim: usize| {
        let keep = if verbatim > 0 {
            text.len()
        } else {
            text.iter()
                .rposition(|&b| b != b' ' && b != b'\t')
                .map_or(0, |i| i + 1)
        };
        out.extend_from_slice(&text[..keep]);
    };
    for i in memchr::memchr2_iter(b'\n', b'<', page) {
        if page[i] == b'\n' {
            end_line(&mut out, &page[line..i], verbatim);
            out.push(b'\n');
            line = i + 1;
            continue;
        }
        let rest = &page[i + 1..];
        let (closing, rest) = match rest.strip_prefix(b"/") {
            Some(r) => (true, r),
            None => (false, rest),
        };
        let named = |name: &[u8]| {
            rest.len() > name.len()
                && rest[..name.len()].eq_ignore_ascii_case(name)
                && matches!(rest[name.len()], b'>' | b' ' | b'\t' | b'/' | b'\r')
        };
        if named(b"pre") || named(b"textarea") {
            verbatim = if closing {
                verbatim.saturating_sub(1)
            } else {
                verbatim + 1
            };
        }
    }
    end_line(&mut out, &page[line..], verbatim);
    out
}

/// One token of a page, as a browser's tokenizer sees it: attribute values and text with their
/// character references decoded.
pub enum Piece<'a> {
    Start(&'a Tag),
    End(&'a str),
    Text(&'a str),
    Comment(&'a str),
}

/// Calls `visit` with every token of `text` and its line (1-based). The tokenizer alone is
/// used, so the sink tells it what the tree builder would: the text of `<script>`, `<style>`,
/// `<textarea>`, `<title>`, `<iframe>`, `<noscript>` ... is text, not tags (except inside
/// `<svg>` and `<math>`, where `<![CDATA[` is read too).
pub fn walk(text: &str, visit: impl FnMut(Piece, u64)) {
    let walk = Walk::new(visit);
    walk.feed(text);
    walk.end();
}

/// A [`walk`] fed part by part, so that its caller can look at what it has seen between parts
/// and stop reading. The tokenizer keeps its state across parts: a token cut by the end of a
/// part is handed over once the next part completes it.
pub struct Walk<F: FnMut(Piece, u64)> {
    tokenizer: Tokenizer<Walker<F>>,
    input: BufferQueue,
}

impl<F: FnMut(Piece, u64)> Walk<F> {
    pub fn new(visit: F) -> Self {
        let tokenizer = Tokenizer::new(
            Walker {
                visit: RefCell::new(visit),
                foreign: Cell::new(0),
            },
            TokenizerOpts::default(),
        );
        Walk {
            tokenizer,
            input: BufferQueue::default(),
        }
    }

    /// Reads `text`, the next part of the page.
    pub fn feed(&self, text: &str) {
        feed(&self.tokenizer, &self.input, text);
    }

    /// Ends the page: what the tokenizer still holds is handed over.
    pub fn end(self) {
        self.tokenizer.end();
    }
}

/// Feeds all of `text` to `tokenizer` and ends it, so its sink has seen every token.
pub fn tokenize<S: TokenSink>(tokenizer: &Tokenizer<S>, text: &str) {
    feed(tokenizer, &BufferQueue::default(), text);
    tokenizer.end();
}

/// Fed in pieces (the tokenizer keeps its state across them), so a large page is never copied
/// whole.
fn feed<S: TokenSink>(tokenizer: &Tokenizer<S>, input: &BufferQueue, text: &str) {
    let mut rest = text;
    while !rest.is_empty() {
        let mut cut = rest.len().min(64 * 1024);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        input.push_back(StrTendril::from_slice(&rest[..cut]));
        let _ = tokenizer.feed(input);
        rest = &rest[cut..];
    }
}

struct Walker<F> {
    visit: RefCell<F>,
    /// Open `<svg>` and `<math>` elements: inside them `<title>` and `<style>` are elements.
    foreign: Cell<usize>,
}

impl<F: FnMut(Piece, u64)> TokenSink for Walker<F> {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        let mut visit = self.visit.borrow_mut();
        let tag = match token {
            Token::TagToken(tag) => tag,
            Token::CharacterTokens(t) => {
                visit(Piece::Text(&t), line);
                return TokenSinkResult::Continue;
            }
            Token::CommentToken(t) => {
                visit(Piece::Comment(&t), line);
                return TokenSinkResult::Continue;
            }
            _ => return TokenSinkResult::Continue,
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
            visit(Piece::End(name), line);
            return TokenSinkResult::Continue;
        }
        visit(Piece::Start(&tag), line);
        if self.foreign.get() > 0 {
            return TokenSinkResult::Continue;
        }
        match raw_kind(name) {
            Some(Raw::Rcdata) => TokenSinkResult::RawData(RawKind::Rcdata),
            Some(Raw::Rawtext) => TokenSinkResult::RawData(RawKind::Rawtext),
            Some(Raw::Script) => TokenSinkResult::RawData(RawKind::ScriptData),
            Some(Raw::Plaintext) => TokenSinkResult::Plaintext,
            None => TokenSinkResult::Continue,
        }
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.foreign.get() > 0
    }
}

enum Raw {
    Rcdata,
    Rawtext,
    Script,
    Plaintext,
}

/// The HTML elements whose content a browser reads as text (scripting on, as in browsers).
fn raw_kind(name: &str) -> Option<Raw> {
    match name {
        "title" | "textarea" => Some(Raw::Rcdata),
        "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => Some(Raw::Rawtext),
        "script" => Some(Raw::Script),
        "plaintext" => Some(Raw::Plaintext),
        _ => None,
    }
}

/// Whether the content of an HTML element named `name` is text, not elements.
pub fn is_raw_text(name: &str) -> bool {
    raw_kind(name).is_some()
}

/// What kind of script an address runs when followed or loaded (`javascript:`, `vbscript:`, an
/// HTML or SVG `data:` document), read as a browser's URL parser reads it: leading and trailing
/// spaces and control characters dropped, tabs and line breaks removed anywhere, the scheme in
/// any case. Character references must already be decoded (`&#106;avascript&colon;`).
pub fn script_url(url: &str) -> Option<&'static str> {
    let trimmed = url.trim_matches(|c: char| c <= ' ');
    let mut scheme = String::new();
    let mut rest = None;
    for (i, c) in trimmed.char_indices() {
        match c {
            '\t' | '\n' | '\r' => {}
            ':' => {
                rest = Some(&trimmed[i + 1..]);
                break;
            }
            c if c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.') => {
                scheme.push(c.to_ascii_lowercase())
            }
            _ => return None,
        }
    }
    let rest = rest?;
    match scheme.as_str() {
        "javascript" => Some("javascript:"),
        "vbscript" => Some("vbscript:"),
        "data" => {
            let media: String = rest
                .chars()
                .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                .take_while(|c| !matches!(c, ';' | ','))
                .collect::<String>()
                .trim()
                .to_ascii_lowercase();
            matches!(
                media.as_str(),
                "text/html"
                    | "application/xhtml+xml"
                    | "image/svg+xml"
                    | "text/xml"
                    | "application/xml"
            )
            .then_some("data:")
        }
        _ => None,
    }
}

/// Whether `value` is a focal point a picture's `object-position` may take as it is: one or
/// two of the keywords top, center, bottom, left, right, or percentages (`50% 20%`). Nothing
/// else reaches the page's `style` attribute.
pub fn is_focal_point(value: &str) -> bool {
    let parts: Vec<&str> = value.split_whitespace().collect();
    !parts.is_empty()
        && parts.len() <= 2
        && parts.iter().all(|p| {
            matches!(*p, "top" | "center" | "bottom" | "left" | "right")
                || p.strip_suffix('%').is_some_and(|n| {
                    n.parse::<f32>()
                        .is_ok_and(|x| (0.0..=100.0).contains(&x) && !n.contains(['e', 'E']))
                })
        })
}

#[cfg(test)]
mod tests {
    use super::{balanced, script_url, trim_line_ends};

    /// [`trim_line_ends`] line by line, as it was first written: the reference it is held to.
    fn trim_line_ends_by_line(page: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(page.len());
        let mut verbatim = 0usize;
        for (n, line) in page.split(|&b| b == b'\n').enumerate() {
            if n > 0 {
                out.push(b'\n');
            }
            for i in memchr::memchr_iter(b'<', line) {
                let rest = &line[i + 1..];
                let (closing, rest) = match rest.strip_prefix(b"/") {
                    Some(r) => (true, r),
                    None => (false, rest),
                };
                let named = |name: &[u8]| {
                    rest.len() > name.len()
                        && rest[..name.len()].eq_ignore_ascii_case(name)
                        && matches!(rest[name.len()], b'>' | b' ' | b'\t' | b'/' | b'\r')
                };
                if named(b"pre") || named(b"textarea") {
                    verbatim = if closing {
                        verbatim.saturating_sub(1)
                    } else {
                        verbatim + 1
                    };
                }
            }
            let keep = if verbatim > 0 {
                line.len()
            } else {
                line.iter()
                    .rposition(|&b| b != b' ' && b != b'\t')
                    .map_or(0, |i| i + 1)
            };
            out.extend_from_slice(&line[..keep]);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn trimming_in_one_scan_is_trimming_line_by_line(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "<pre>", "</pre>", "<PRE class=x>", "</textarea>", "<textarea ", "<p>",
                    "</pre", "<pre\n", "text", "ā", " ", "\t", "\n", "\r\n", "<", "/",
                ]),
                0..60,
            )
        ) {
            let page = parts.concat();
            proptest::prop_assert_eq!(
                trim_line_ends(page.as_bytes()),
                trim_line_ends_by_line(page.as_bytes())
            );
        }
    }

    #[test]
    fn line_ends_are_trimmed_outside_pre_and_textarea() {
        let page = "<ul>  \n  \n<li>a</li>\t\n<PRE class=x>code  \n  more  \n</pre>  \n<textarea>t \n</textarea>\n<prefix> \n";
        assert_eq!(
            String::from_utf8(trim_line_ends(page.as_bytes())).unwrap(),
            "<ul>\n\n<li>a</li>\n<PRE class=x>code  \n  more  \n</pre>\n<textarea>t \n</textarea>\n<prefix>\n"
        );
    }

    #[test]
    fn script_urls_are_read_as_a_browser_reads_them() {
        for url in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscr\ript:x",
            "\u{1}javascript:x",
            "vbscript:msgbox",
            "data:text/html,<script>x</script>",
            "DATA:text/html;base64,PHNjcmlwdD4=",
            "data:image/svg+xml,<svg onload=x>",
        ] {
            assert!(script_url(url).is_some(), "{url:?}");
        }
        for url in [
            "https://example.org/javascript:x",
            "/javascript:x",
            "java script:x",
            "data:image/png;base64,AAAA",
            "mailto:a@b.lv",
            "#javascript:",
            "",
        ] {
            assert!(script_url(url).is_none(), "{url:?}");
        }
    }

    #[test]
    fn unclosed_elements_and_comments_are_closed() {
        assert_eq!(
            balanced("<p>Pirms.</p>\n<!-- komentārs\n<p>Teksts pēc.</p>"),
            "<p>Pirms.</p>\n<!-- komentārs\n<p>Teksts pēc.</p>-->"
        );
        for open in [
            "<iframe src=\"https://example.org/\">",
            "<textarea>",
            "<style>",
            "<noscript>",
            "<title>",
            "<script>",
            "<xmp>",
            "<table><tr><td>",
            "<select>",
            "<a href=\"x\">",
            "<template>",
            "<svg><desc>",
        ] {
            let out = balanced(&format!("<p>a</p>{open}b"));
            let page = format!("<!DOCTYPE html><body><div>{out}</div><footer id=f>ES</footer>");
            let doc = scraper::Html::parse_document(&page);
            let sel = scraper::Selector::parse("body > footer#f").unwrap();
            assert_eq!(doc.select(&sel).count(), 1, "{open} -> {out}");
        }
    }

    #[test]
    fn plaintext_ends() {
        let out = balanced("<PlainText>a</b>");
        assert!(!out.to_ascii_lowercase().contains("plaintext"), "{out}");
        assert!(out.starts_with("<pre>"), "{out}");
    }

    #[test]
    fn stray_end_tags_are_dropped_and_embeds_kept() {
        assert_eq!(balanced("</div></div><p>x</p>"), "<p>x</p>");
        let embed = "<iframe src=\"https://www.youtube-nocookie.com/embed/x\" title=\"Video\" allowfullscreen=\"\"></iframe>";
        assert_eq!(balanced(embed), embed);
    }
}
