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
        // SAFETY: simdutf8 just checked that the bytes are UTF-8 (`String::from_utf8` would
        // check them a second time, at a quarter of the speed).
        let s = unsafe { String::from_utf8_unchecked(bytes) };
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
    Err(Diagnostic::error(crate::tr!(
        "source-not-utf8",
        byte = format!("0x{:02X}", bytes[e.valid_up_to()])
    ))
    .with_code(Code::Encoding)
    .in_file(file)
    .at(line, col)
    .with_hint(crate::tr!("source-not-utf8-hint"))
    .into())
}

/// Whether HTML or XML 1.0 forbids `c` in text: the C0 controls other than tab, line feed
/// and carriage return (NUL above all), DEL and the C1 controls, and the noncharacters. One
/// in a title makes the Atom feed not XML at all, so feed readers drop the whole feed.
pub fn is_forbidden(c: char) -> bool {
    matches!(c, '\0'..='\x08' | '\x0B' | '\x0C' | '\x0E'..='\x1F' | '\x7F'..='\u{9F}' | '\u{FDD0}'..='\u{FDEF}')
        || (c as u32 & 0xFFFE) == 0xFFFE
}

/// The first forbidden character of `text` (see [`is_forbidden`]) and its byte offset. Every
/// byte of every source passes here, so bytes are tested 32 at a time with no branch per byte,
/// and only a chunk holding a byte that can start a forbidden character (never a Latvian or
/// Lithuanian letter, nor a line break) is looked at closely.
pub fn forbidden_char(text: &str) -> Option<(usize, char)> {
    const CHUNK: usize = 32;
    for (n, chunk) in text.as_bytes().chunks(CHUNK).enumerate() {
        if !chunk
            .iter()
            .fold(false, |any, &b| any | may_start_forbidden(b))
        {
            continue;
        }
        for (k, &b) in chunk.iter().enumerate() {
            // Such a byte is ASCII or a lead byte, so a character starts there.
            let at = n * CHUNK + k;
            if may_start_forbidden(b) {
                if let Some(c) = text[at..].chars().next().filter(|&c| is_forbidden(c)) {
                    return Some((at, c));
                }
            }
        }
    }
    None
}

/// Whether a forbidden character may start with byte `b`: a C0 control other than tab, line
/// feed and carriage return, DEL, the lead byte of the C1 controls (U+0080–U+009F), or of
/// U+F000 onwards and the four-byte characters (the noncharacters are among them).
#[inline]
fn may_start_forbidden(b: u8) -> bool {
    (b < 0x20 && b != b'\t' && b != b'\n' && b != b'\r') || b == 0x7F || b == 0xC2 || b >= 0xEF
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
    Err(Diagnostic::error(crate::tr!(
        "source-escaped-control",
        character = format!("U+{:04X}", c as u32)
    ))
    .with_code(Code::Encoding)
    .in_file(file)
    .at_line(first_line + line)
    .with_hint(crate::tr!("source-escaped-control-hint"))
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
        "source-nul"
    } else {
        "source-control"
    };
    Err(
        Diagnostic::error(crate::tr!(what, character = format!("U+{:04X}", c as u32)))
            .with_code(Code::Encoding)
            .in_file(file)
            .at(line, col)
            .with_hint(crate::tr!("source-control-hint"))
            .into(),
    )
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
    // 01.01.2025 or 1.1.2025, as Latvian and Lithuanian write a day: say which day to write.
    let parts: Vec<&str> = s.split('.').map(str::trim).collect();
    if let [day, month, year] = parts[..] {
        let num = |p: &str| p.parse::<i16>().ok();
        if let (Some(d), Some(m), Some(y)) = (num(day), num(month), num(year)) {
            if let Ok(date) = Date::new(y, m as i8, d as i8) {
                return Err(crate::tr!(
                    "date-day-first",
                    value = s,
                    date = date.to_string()
                ));
            }
        }
    }
    Err(crate::tr!("date-invalid", value = s))
}

/// An amount in euro as a number (`512345.6`) or as Latvian and Lithuanian write it: spaces
/// (also no-break ones) between the thousands and a decimal comma (`512 345,60`, `512345,60`).
pub fn parse_amount(s: &str) -> std::result::Result<f64, String> {
    let digits: String = s
        .trim()
        .trim_end_matches(['€'])
        .trim_end()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let (whole, cents) = match (digits.split_once(','), digits.split_once('.')) {
        (Some(_), Some(_)) => return Err(crate::tr!("amount-invalid", value = s.trim())),
        (Some((w, c)), None) | (None, Some((w, c))) => (w, Some(c)),
        (None, None) => (digits.as_str(), None),
    };
    let all_digits = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit());
    if !all_digits(whole) || cents.is_some_and(|c| !all_digits(c) || c.len() > 2) {
        return Err(crate::tr!("amount-invalid", value = s.trim()));
    }
    format!("{whole}.{}", cents.unwrap_or("0"))
        .parse()
        .map_err(|_| crate::tr!("amount-invalid", value = s.trim()))
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
    Err(crate::tr!("source-when-invalid", value = s))
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
    "share_card",
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
/// The parser's words ("invalid type: string, expected f64", "did not find expected key") are
/// never shown alone: each kind of mistake is said in the chosen language, at the line it is
/// on (serde_yaml places a wrong value of a nested key, a duplicate key and a value our own
/// reading refused at the start of the enclosing map).
pub fn yaml_error_at(
    e: &serde_yaml::Error,
    text: &str,
    file: &Path,
    first_line: usize,
) -> Diagnostic {
    let msg = clean_yaml_message(&e.to_string());
    let (path, what) = split_yaml_path(&msg);
    let mut d = Diagnostic::error(msg.clone()).in_file(file);
    if let Some(loc) = e.location() {
        d = d.at(loc.line(), loc.column());
    }
    let from = d.line.unwrap_or(1);
    let key_path = |key: &str| match path {
        Some(p) if !p.ends_with(key) => format!("{p}.{key}"),
        Some(p) => p.to_string(),
        None => key.to_string(),
    };
    if let Some(unknown) = unknown_field(what) {
        d.message = crate::tr!("yaml-unknown-key", key = unknown.as_str());
        let candidates: Vec<&str> = expected_fields(what);
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
            Some(s) => d.with_hint(crate::tr!("yaml-did-you-mean", key = s)),
            None => d.with_hint(crate::tr!("yaml-keys-allowed", keys = all.join(", "))),
        };
        if d.line.is_none() {
            if let Some(pos) = text.find(&format!("{unknown}:")) {
                let (l, c) = line_col(text, pos);
                d = d.at(l, c);
            }
        }
    } else if let Some(key) = between(what, "duplicate field `", "`") {
        let lines = key_lines_from(text, key, from);
        d.message = crate::tr!("yaml-duplicate-key", key = key_path(key));
        if let [first, second, ..] = lines[..] {
            d = d
                .at(second, column_of_key(text, second))
                .with_hint(crate::tr!(
                    "yaml-duplicate-key-hint",
                    key = key,
                    line = first + first_line - 1
                ));
        } else {
            d = d.with_hint(crate::tr!("yaml-duplicate-key-hint-unplaced", key = key));
        }
    } else if let Some(key) = between(what, "missing field `", "`") {
        d.message = crate::tr!("yaml-missing-key", key = key_path(key));
        d = d.with_hint(crate::tr!("yaml-missing-key-hint", key = key));
    } else if let Some(wrong) = wrong_value(what) {
        d.message = match wrong.value {
            Some(v) => crate::tr!(
                "yaml-wrong-value",
                key = path.unwrap_or("").to_string(),
                value = v,
                expected = crate::tr!(wrong.expected)
            ),
            None => crate::tr!(
                "yaml-wrong-shape",
                key = path.unwrap_or("").to_string(),
                expected = crate::tr!(wrong.expected)
            ),
        };
        d = d.with_hint(crate::tr!("yaml-wrong-value-hint"));
    } else if let Some(value) = between(what, "`", "`").filter(|_| what.starts_with('`')) {
        // A value our own reading refused (a date, an amount): its message is already in the
        // user's words; serde_yaml places it at the enclosing map, so find the value's line.
        if let Some(line) = value_line_from(text, value, from) {
            let key = line_key(text, line).unwrap_or_default();
            d = d.at(line, column_of_key(text, line));
            d.message = format!("{}: {what}", key_path(&key));
        } else {
            d.message = what.to_string();
        }
    } else if let Some(value) = between(what, "unknown variant `", "`") {
        // A word the key does not take (`status: partly`): the words it takes, in backticks
        // after "expected", are the hint.
        let allowed: Vec<&str> = what
            .split_once("expected")
            .map(|(_, rest)| rest.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        let allowed_text = allowed
            .iter()
            .map(|a| format!("`{a}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let key = value_line_from(text, value, from).and_then(|l| line_key(text, l));
        d.message = match key {
            Some(key) => crate::tr!(
                "yaml-unknown-value",
                key = key_path(&key),
                value = value,
                values = allowed_text
            ),
            None => crate::tr!(
                "yaml-unknown-value-here",
                value = value,
                values = allowed_text
            ),
        };
        if let Some(s) = did_you_mean(value, &allowed) {
            d = d.with_hint(crate::tr!("yaml-did-you-mean", key = s));
        }
    } else if what.starts_with("unknown anchor") {
        d.message = crate::tr!("yaml-unknown-anchor");
        d = d.with_hint(crate::tr!("yaml-unknown-anchor-hint"));
    } else if what.contains("found character that cannot start any token") && text.contains('\t') {
        d.message = crate::tr!("yaml-tab");
        d = d.with_hint(crate::tr!("yaml-tab-hint"));
    } else if let Some(l) = unclosed_quote_line(text, d.line) {
        d.message = crate::tr!("yaml-structure");
        d = d.with_hint(crate::tr!("yaml-unclosed-quote", line = l + first_line - 1));
    } else if what.contains("found character that cannot start any token") {
        d.message = crate::tr!("yaml-bad-start");
        d = d.with_hint(crate::tr!("yaml-bad-start-hint"));
    } else if let Some((message, hint)) = parser_mistake(what) {
        d.message = crate::tr!(message);
        d = d.with_hint(crate::tr!(hint));
        // The reader notices a list or braces left open where the text ends: the line that
        // opened them is the one to fix.
        let open = match message {
            "yaml-unclosed-list" => Some(('[', ']')),
            "yaml-unclosed-braces" => Some(('{', '}')),
            _ => None,
        };
        if let Some(line) = open.and_then(|(o, c)| unclosed_line(text, d.line, o, c)) {
            let column = text
                .lines()
                .nth(line - 1)
                .and_then(|l| l.find(open.map_or('[', |(o, _)| o)))
                .map_or(1, |at| at + 1);
            d = d.at(line, column);
        }
    } else {
        // The YAML reader's own words ("did not find expected key") are its vocabulary, not
        // the user's: the line, the message and the hint say what to look at.
        d.message = crate::tr!("yaml-structure");
        d = d.with_hint(crate::tr!("yaml-indentation-hint"));
    }
    d
}

/// The message and hint for a mistake the YAML reader names in its words (libyaml's), for the
/// mistakes authors make: a list or braces not closed, a `: ` or `- ` inside a value, list
/// entries indented unevenly, an unknown `\` escape, a file that ends inside a value.
fn parser_mistake(what: &str) -> Option<(&'static str, &'static str)> {
    const MISTAKES: &[(&str, &str, &str)] = &[
        (
            "did not find expected ',' or ']'",
            "yaml-unclosed-list",
            "yaml-unclosed-list-hint",
        ),
        (
            "did not find expected ',' or '}'",
            "yaml-unclosed-braces",
            "yaml-unclosed-braces-hint",
        ),
        (
            "mapping values are not allowed",
            "yaml-colon-in-value",
            "yaml-colon-in-value-hint",
        ),
        (
            "block sequence entries are not allowed",
            "yaml-dash-in-value",
            "yaml-dash-in-value-hint",
        ),
        (
            "did not find expected '-' indicator",
            "yaml-list-indentation",
            "yaml-indentation-hint",
        ),
        (
            "unknown escape character",
            "yaml-bad-escape",
            "yaml-bad-escape-hint",
        ),
        (
            "unexpected end of stream",
            "yaml-unexpected-end",
            "yaml-unexpected-end-hint",
        ),
    ];
    MISTAKES
        .iter()
        .find(|(words, _, _)| what.contains(words))
        .map(|(_, message, hint)| (*message, *hint))
}

/// serde_yaml's message after the path of the key it is about: `project.budget_eur:
/// invalid type: …` -> (`project.budget_eur`, `invalid type: …`).
fn split_yaml_path(msg: &str) -> (Option<&str>, &str) {
    match msg.split_once(": ") {
        Some((path, rest))
            if !path.is_empty()
                && !path.contains(' ')
                && !path.starts_with('`')
                && (rest.starts_with("invalid ")
                    || rest.starts_with("duplicate field")
                    || rest.starts_with("unknown field")
                    || rest.starts_with("missing field")
                    || rest.starts_with('`')) =>
        {
            (Some(path), rest)
        }
        _ => (None, msg),
    }
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let rest = s.split_once(open)?.1;
    Some(rest.split_once(close)?.0)
}

/// What a wrong value is (its text, or `None` for a list or a map) and the message id of
/// what the key takes instead.
struct WrongValue<'a> {
    value: Option<&'a str>,
    expected: &'static str,
}

fn wrong_value(what: &str) -> Option<WrongValue<'_>> {
    let rest = what
        .strip_prefix("invalid type: ")
        .or_else(|| what.strip_prefix("invalid value: "))?;
    let (found, expected) = rest.rsplit_once(", expected ")?;
    let value = if let Some(s) = found.strip_prefix("string ") {
        Some(s.trim_matches('"'))
    } else if found.starts_with("sequence") || found.starts_with("map") {
        None
    } else if found.starts_with("unit") {
        Some("")
    } else {
        // `integer `-3``, `floating point `1.5``, `boolean `true``.
        Some(between(found, "`", "`").unwrap_or(found))
    };
    let expected = match expected {
        "f64" | "f32" | "a float" => "yaml-expected-number",
        "usize" | "u8" | "u16" | "u32" | "u64" | "i32" | "i64" | "an integer" | "integer" => {
            "yaml-expected-whole"
        }
        "a boolean" => "yaml-expected-bool",
        "a string" | "a borrowed string" | "a character" => "yaml-expected-text",
        e if e.starts_with("a sequence") || e.starts_with("sequence") => "yaml-expected-list",
        e if e.starts_with("struct") || e.contains("map") => "yaml-expected-keys",
        _ => "yaml-expected-other",
    };
    Some(WrongValue { value, expected })
}

/// The lines (1-based), from line `from` on, of `key:` at the indentation of its first one.
fn key_lines_from(text: &str, key: &str, from: usize) -> Vec<usize> {
    let mut indent = None;
    let mut found = Vec::new();
    for (i, line) in text.lines().enumerate().skip(from.saturating_sub(1)) {
        let trimmed = line.trim_start();
        let this = line.len() - trimmed.len();
        let is_key = trimmed
            .strip_prefix(key)
            .is_some_and(|r| r.trim_start().starts_with(':'));
        if is_key && indent.is_none_or(|n| n == this) {
            indent = Some(this);
            found.push(i + 1);
        }
    }
    found
}

/// The first line from `from` on whose value is `value` (`start: 01.01.2025`).
fn value_line_from(text: &str, value: &str, from: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .find(|(_, l)| {
            l.split_once(':')
                .is_some_and(|(_, v)| v.trim().trim_matches(['"', '\'']) == value)
        })
        .map(|(i, _)| i + 1)
}

/// The key of a `key: value` line.
fn line_key(text: &str, line: usize) -> Option<String> {
    let l = text.lines().nth(line.checked_sub(1)?)?;
    let key = l.split_once(':')?.0.trim().trim_start_matches("- ");
    Some(key.to_string())
}

/// The column (1-based) where the key of a line starts.
fn column_of_key(text: &str, line: usize) -> usize {
    text.lines().nth(line.saturating_sub(1)).map_or(1, |l| {
        l.chars().take_while(|c| c.is_whitespace()).count() + 1
    })
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

/// The last line up to `until` (1-based) that opens more `open` than it closes.
fn unclosed_line(text: &str, until: Option<usize>, open: char, close: char) -> Option<usize> {
    text.lines()
        .take(until?)
        .enumerate()
        .filter(|(_, l)| {
            let code = l.split(" #").next().unwrap_or(l);
            code.matches(open).count() > code.matches(close).count()
        })
        .map(|(i, _)| i + 1)
        .last()
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

    proptest::proptest! {
        /// The chunked scan finds what a scan of every character finds.
        #[test]
        fn forbidden_char_is_the_first_forbidden_character(
            chars in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![
                        'a', 'ā', 'š', '\n', '\t', '\r', '\0', '\x0B', '\x7F', '\u{85}',
                        '\u{A0}', '\u{FDD0}', '\u{FFFE}', '\u{FFFD}', '\u{1FFFF}', '\u{1F600}',
                    ]),
                    proptest::prelude::any::<char>(),
                ],
                0..120,
            )
        ) {
            let text: String = chars.into_iter().collect();
            let every = text.char_indices().find(|&(_, c)| is_forbidden(c));
            proptest::prop_assert_eq!(forbidden_char(&text), every);
        }
    }

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
