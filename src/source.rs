//! The site's source text as herald reads it, whatever file it comes from: bytes decoded as
//! UTF-8 (a BOM dropped, CRLF made LF, a Windows code page named), dates as authors write them,
//! and YAML errors explained with line, column and a hint (with the keys `site.yaml` accepts
//! for did-you-mean). `config`, `content` and `theme` read their files through it.

use std::path::Path;

use jiff::civil::Date;

use crate::diagnostics::{did_you_mean, line_col, Code, Diagnostic, Result};

/// The line (1-based) of the first top-level `key:` in a YAML text.
pub fn key_line(yaml: &str, key: &str) -> Option<usize> {
    first_key_line(yaml.lines(), key, false)
}

/// The line (1-based) of the first `key:` in a YAML text, at any depth.
pub fn nested_key_line(yaml: &str, key: &str) -> Option<usize> {
    first_key_line(yaml.lines(), key, true)
}

/// The line (1-based, in the whole file) of a top-level `key:` in the front matter of a page's
/// text (between the opening and the closing `---`).
pub fn front_matter_key_line(text: &str, key: &str) -> Option<usize> {
    let front = text.lines().skip(1).take_while(|l| l.trim_end() != "---");
    first_key_line(front, key, false).map(|l| l + 1)
}

fn first_key_line<'a>(
    mut lines: impl Iterator<Item = &'a str>,
    key: &str,
    nested: bool,
) -> Option<usize> {
    lines
        .position(|l| {
            let l = if nested { l.trim_start() } else { l };
            l.strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with(':'))
        })
        .map(|i| i + 1)
}

/// Reads `bytes` as UTF-8 text: drops a BOM, turns CRLF into LF, and names the encoding problem.
pub fn decode_utf8(bytes: &[u8], file: &Path) -> Result<String> {
    decode_utf8_owned(bytes.to_vec(), file)
}

/// [`decode_utf8`] for bytes the caller no longer needs: valid text is not copied.
pub fn decode_utf8_owned(mut bytes: Vec<u8>, file: &Path) -> Result<String> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    // Latvian and Lithuanian text is full of two-byte letters, where SIMD validation pays.
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        let s = String::from_utf8(bytes).unwrap_or_default();
        let s = if s.contains('\r') {
            s.replace("\r\n", "\n")
        } else {
            s
        };
        return refuse_control_characters(&s, file).map(|()| s);
    }
    let Err(e) = std::str::from_utf8(&bytes) else {
        return Ok(String::from_utf8_lossy(&bytes).into_owned());
    };
    let good = &bytes[..e.valid_up_to()];
    let line = good.iter().filter(|b| **b == b'\n').count() + 1;
    let col = good.iter().rev().take_while(|b| **b != b'\n').count() + 1;
    Err(Diagnostic::error(format!(
        "the file is not UTF-8 text (byte 0x{:02X} cannot be read)",
        bytes[e.valid_up_to()]
    ))
    .with_code(Code::Encoding)
    .in_file(file)
    .at(line, col)
    .with_hint(
        "it was probably saved in a Windows code page such as Windows-1257 (Baltic); \
         open it in your editor and save it again with the encoding \"UTF-8\"",
    )
    .into())
}

/// Whether HTML or XML 1.0 forbids `c` in text: the C0 controls other than tab, line feed
/// and carriage return (NUL above all), DEL and the C1 controls, and the noncharacters. One
/// in a title makes the Atom feed not XML at all, so feed readers drop the whole feed.
pub fn is_forbidden(c: char) -> bool {
    matches!(c, '\0'..='\x08' | '\x0B' | '\x0C' | '\x0E'..='\x1F' | '\x7F'..='\u{9F}' | '\u{FDD0}'..='\u{FDEF}')
        || (c as u32 & 0xFFFE) == 0xFFFE
}

/// The first forbidden character of `text` (see [`is_forbidden`]) and its byte offset. Only
/// bytes that can start one are looked at closely: Latvian and Lithuanian letters cannot.
pub fn forbidden_char(text: &str) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = bytes[from..]
        .iter()
        .position(|&b| b < 0x20 || b == 0x7F || b == 0xC2 || b >= 0xEF)
    {
        let at = from + i;
        if let Some(c) = text[at..].chars().next().filter(|&c| is_forbidden(c)) {
            return Some((at, c));
        }
        from = at + 1;
        while from < bytes.len() && !text.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

/// Refuses YAML whose escapes (`"\0"`, `"\x01"`, `"\u001B"` in a double-quoted string) make a
/// character no page or feed may carry: the file itself holds none, so [`decode_utf8`] let it
/// pass. Only YAML with a backslash is parsed a second time.
pub fn refuse_escaped_control_characters(yaml: &str, first_line: usize, file: &Path) -> Result<()> {
    if !yaml.contains('\\') {
        return Ok(());
    }
    let Ok(value) = serde_yaml::from_str::<serde_yaml::Value>(yaml) else {
        return Ok(()); // the typed parse reports the YAML error
    };
    let Some(c) = forbidden_in_value(&value) else {
        return Ok(());
    };
    let line = yaml.lines().position(escapes_forbidden).unwrap_or(0);
    Err(Diagnostic::error(format!(
        "a quoted text makes an invisible control character (U+{:04X}) with a backslash escape; no web page or feed may carry it",
        c as u32
    ))
    .with_code(Code::Encoding)
    .in_file(file)
    .at_line(first_line + line)
    .with_hint("delete the backslash and what follows it (such as \\0, \\x01 or \\u001B) from the text")
    .into())
}

fn forbidden_in_value(v: &serde_yaml::Value) -> Option<char> {
    use serde_yaml::Value;
    match v {
        Value::String(s) => s.chars().find(|&c| is_forbidden(c)),
        Value::Sequence(items) => items.iter().find_map(forbidden_in_value),
        Value::Mapping(m) => m
            .iter()
            .find_map(|(k, v)| forbidden_in_value(k).or_else(|| forbidden_in_value(v))),
        Value::Tagged(t) => forbidden_in_value(&t.value),
        _ => None,
    }
}

/// Whether a line holds a YAML escape that stands for a forbidden character.
fn escapes_forbidden(line: &str) -> bool {
    let mut rest = line;
    while let Some(i) = rest.find('\\') {
        let after = &rest[i + 1..];
        let hex = |n: usize| {
            after
                .get(1..1 + n)
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .and_then(char::from_u32)
        };
        let c = match after.chars().next() {
            Some('0') => Some('\0'),
            Some('a') => Some('\x07'),
            Some('b') => Some('\x08'),
            Some('e') => Some('\x1B'),
            Some('v') => Some('\x0B'),
            Some('f') => Some('\x0C'),
            Some('N') => Some('\u{85}'),
            Some('x') => hex(2),
            Some('u') => hex(4),
            Some('U') => hex(8),
            _ => None,
        };
        if c.is_some_and(is_forbidden) {
            return true;
        }
        rest = after.get(1..).unwrap_or("");
    }
    false
}

/// Refuses a text holding a character no page or feed may carry, naming where it is: it is
/// invisible in most editors, so the line and column are what lets a person find it.
pub fn refuse_control_characters(text: &str, file: &Path) -> Result<()> {
    let Some((at, c)) = forbidden_char(text) else {
        return Ok(());
    };
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    let what = if c == '\0' {
        "a NUL character (U+0000)".to_string()
    } else {
        format!("an invisible control character (U+{:04X})", c as u32)
    };
    Err(Diagnostic::error(format!(
        "the text contains {what}, which no web page or feed may carry"
    ))
    .with_code(Code::Encoding)
    .in_file(file)
    .at(line, col)
    .with_hint(
        "delete it: such characters come with text copied from PDFs or other programs; \
         retype the words at the line and column named. If the file is full of them, it was \
         saved as UTF-16: save it again with the encoding \"UTF-8\"",
    )
    .into())
}

/// `YYYY-MM-DD`, or an RFC 3339 timestamp whose calendar date is taken.
pub fn parse_date(s: &str) -> std::result::Result<Date, String> {
    let s = s.trim();
    if let Ok(d) = s.parse::<Date>() {
        if s.len() == 10 {
            return Ok(d);
        }
    }
    // RFC 3339: the calendar date is the one written, in the author's own offset.
    if s.parse::<jiff::Timestamp>().is_ok() {
        if let Some(d) = s.get(..10).and_then(|d| d.parse::<Date>().ok()) {
            return Ok(d);
        }
    }
    Err(format!(
        "`{s}` is not a valid date: write it as YYYY-MM-DD (e.g. 2021-02-18), a real calendar day"
    ))
}

/// A day, or a day and a time of day, in the site's time zone (an event's start or end).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct When {
    pub date: Date,
    pub time: Option<jiff::civil::Time>,
}

/// `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM` (also with `T`, or with seconds).
pub fn parse_when(s: &str) -> std::result::Result<When, String> {
    let s = s.trim();
    if s.len() == 10 {
        if let Ok(date) = s.parse::<Date>() {
            return Ok(When { date, time: None });
        }
    }
    if let Ok(dt) = s.replacen(' ', "T", 1).parse::<jiff::civil::DateTime>() {
        if s.len() >= 16 && !s.contains(['+', 'Z', 'z', '[']) {
            return Ok(When {
                date: dt.date(),
                time: Some(dt.time()),
            });
        }
    }
    Err(format!(
        "`{s}` is not a valid day or time: write YYYY-MM-DD (e.g. 2025-02-18), or the day and the time of day, YYYY-MM-DD HH:MM (e.g. 2025-02-18 10:00), in local time (Riga, Vilnius)"
    ))
}

/// Every key `site.yaml` accepts, per level, for did-you-mean hints.
const TOP_KEYS: &[&str] = &[
    "title",
    "base_url",
    "languages",
    "theme",
    "paginate_by",
    "project",
    "social",
    "contact",
    "og_image",
    "author",
    "accessibility",
    "images",
    "pdf",
    "markdown",
    "search",
    "tags",
    "extra",
];
const PROJECT_KEYS: &[&str] = &[
    "acronym",
    "code",
    "name",
    "programme",
    "start",
    "end",
    "budget_eur",
    "erdf_eur",
    "responsible",
    "partners",
    "programme_logo",
];
const PARTNER_KEYS: &[&str] = &["name", "url"];
const CONTACT_KEYS: &[&str] = &["address", "phone", "email"];
const SOCIAL_KEYS: &[&str] = &["name", "url"];
const AUTHOR_KEYS: &[&str] = &["name", "role"];
const ACCESSIBILITY_KEYS: &[&str] = &[
    "status",
    "prepared",
    "reviewed",
    "method",
    "organisation",
    "contact",
    "enforcement",
    "gaps",
    "alternatives",
];
const FEEDBACK_KEYS: &[&str] = &["name", "email", "phone", "url"];
const ENFORCEMENT_KEYS: &[&str] = &["name", "url"];
const IMAGES_KEYS: &[&str] = &["widths", "quality", "fallback", "cache_dir"];
const MARKDOWN_KEYS: &[&str] = &["raw_html"];

/// Turns a serde_yaml error into a diagnostic with line, column and a did-you-mean hint.
pub fn yaml_error(e: &serde_yaml::Error, text: &str, file: &Path) -> Diagnostic {
    yaml_error_at(e, text, file, 1)
}

/// Like [`yaml_error`] for YAML that starts at line `first_line` of the file (front matter):
/// lines named in the hint are the file's. The diagnostic's own line stays relative to `text`.
pub fn yaml_error_at(
    e: &serde_yaml::Error,
    text: &str,
    file: &Path,
    first_line: usize,
) -> Diagnostic {
    let msg = e.to_string();
    let mut d = Diagnostic::error(clean_yaml_message(&msg)).in_file(file);
    if let Some(loc) = e.location() {
        d = d.at(loc.line(), loc.column());
    }
    if let Some(unknown) = unknown_field(&msg) {
        let candidates: Vec<&str> = expected_fields(&msg);
        let all: Vec<&str> = if candidates.is_empty() {
            TOP_KEYS
                .iter()
                .chain(PROJECT_KEYS)
                .chain(PARTNER_KEYS)
                .chain(CONTACT_KEYS)
                .chain(SOCIAL_KEYS)
                .chain(AUTHOR_KEYS)
                .chain(ACCESSIBILITY_KEYS)
                .chain(FEEDBACK_KEYS)
                .chain(ENFORCEMENT_KEYS)
                .chain(IMAGES_KEYS)
                .chain(MARKDOWN_KEYS)
                .copied()
                .collect()
        } else {
            candidates
        };
        d = match did_you_mean(&unknown, &all) {
            Some(s) => d.with_hint(format!("did you mean `{s}`?")),
            None => d.with_hint(format!("the keys allowed here are: {}", all.join(", "))),
        };
    } else if msg.contains("found character that cannot start any token") && text.contains('\t') {
        d = d.with_hint("YAML does not allow tabs for indentation: indent with spaces");
    } else if msg.contains("missing field") {
        d = d.with_hint("add the missing key; the README lists every key");
    } else if let Some(l) = unclosed_quote_line(text, d.line) {
        d = d.with_hint(format!(
            "the quote opened on line {} is not closed: end the value with the same quote mark (\"...\")",
            l + first_line - 1
        ));
    } else if msg.starts_with("invalid type") || msg.starts_with("invalid value") {
        d = d.with_hint("write the value as the README's table of keys describes it");
    } else {
        d = d.with_hint(
            "check the indentation (spaces only, the same for every key of one level) and the quotes on this line and the one before; a value containing `: ` or ` #` must be in quotes",
        );
    }
    if d.line.is_none() {
        if let Some(name) = unknown_field(&msg) {
            if let Some(pos) = text.find(&format!("{name}:")) {
                let (l, c) = line_col(text, pos);
                d = d.at(l, c);
            }
        }
    }
    d
}

/// The first line, up to `until`, with an odd number of `"` (or of `'` in a value that starts
/// with one): a quoted value that is never closed, which YAML reports lines later.
fn unclosed_quote_line(text: &str, until: Option<usize>) -> Option<usize> {
    let until = until?;
    text.lines()
        .take(until)
        .position(|l| {
            let code = l.split(" #").next().unwrap_or(l);
            let doubles = code.matches('"').count() - code.matches("\\\"").count();
            let value = code.split_once(": ").map_or("", |(_, v)| v.trim_start());
            doubles % 2 == 1 || (value.starts_with('\'') && value.matches('\'').count() % 2 == 1)
        })
        .map(|i| i + 1)
}

fn clean_yaml_message(msg: &str) -> String {
    // serde_yaml appends " at line X column Y": the location is shown separately.
    match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

fn unknown_field(msg: &str) -> Option<String> {
    let rest = msg.split_once("unknown field `")?.1;
    Some(rest.split('`').next()?.to_string())
}

fn expected_fields(msg: &str) -> Vec<&str> {
    let Some((_, rest)) = msg.split_once("expected ") else {
        return Vec::new();
    };
    rest.split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, s)| s)
        .collect()
}

#[cfg(test)]
mod escape_tests {
    use super::*;

    #[test]
    fn an_escaped_control_character_is_refused_at_its_line() {
        let file = Path::new("x.lv.md");
        let yaml = "title: Labs\nsummary: \"Īsi\\x01.\"\n";
        let f = refuse_escaped_control_characters(yaml, 2, file).unwrap_err();
        let d = &f.0[0];
        assert_eq!(d.line, Some(3), "{d:?}");
        assert_eq!(d.code, Some(Code::Encoding));
        for ok in [
            "title: \"a\\tb \\\\ c\"\n",
            "title: Labs\n",
            "t: \"\\u0101\"\n",
        ] {
            assert!(
                refuse_escaped_control_characters(ok, 2, file).is_ok(),
                "{ok}"
            );
        }
        for bad in [
            "t: \"\\0\"",
            "t: \"\\e\"",
            "t: [\"\\U0000001b\"]",
            "t: \"\\N\"",
        ] {
            assert!(
                refuse_escaped_control_characters(bad, 2, file).is_err(),
                "{bad}"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_lines() {
        let page = "---\ntitle: A\nsummary: \"\"\n---\nsummary: no\n";
        assert_eq!(front_matter_key_line(page, "summary"), Some(3));
        assert_eq!(front_matter_key_line(page, "date"), None);
        let yaml = "project:\n  responsible: R\nresponsible : S\n";
        assert_eq!(key_line(yaml, "responsible"), Some(3));
        assert_eq!(nested_key_line(yaml, "responsible"), Some(2));
        assert_eq!(key_line(yaml, "project"), Some(1));
        assert_eq!(key_line(yaml, "proj"), None);
    }
}
