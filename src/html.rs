//! HTML that herald did not write itself: a text's raw HTML (an embed pasted from a map or video
//! site) is parsed as a browser parses it and written back balanced, so that nothing in one text
//! (an unclosed comment, `<iframe>`, `<textarea>`, `<table>`, an extra `</div>`) can change the
//! page around it: the EU publicity block and the footer after the text stay elements of the page.
//! And text that herald writes into HTML, escaped.

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

#[cfg(test)]
mod tests {
    use super::balanced;

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
