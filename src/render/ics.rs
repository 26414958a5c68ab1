//! An iCalendar file (RFC 5545) per item that describes an event, so that a reader adds it to
//! a calendar: CRLF line ends, lines folded at 75 octets (never inside a character), text
//! escaped, a stable UID, DTSTAMP from the item's date (two builds are byte-identical), times
//! in Europe/Riga with its VTIMEZONE, a day-long event as dates.

use crate::model::{Event, Page};
use crate::output::{OutputContents, OutputFile};
use crate::source::When;

use super::Renderer;

/// The time zone of the site's events as iCalendar describes it: EET, EEST from the last
/// Sunday of March to the last Sunday of October (the EU's rule since 1996).
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\nTZID:Europe/Riga\nBEGIN:STANDARD\nDTSTART:19701025T040000\nTZOFFSETFROM:+0300\nTZOFFSETTO:+0200\nTZNAME:EET\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19700329T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0300\nTZNAME:EEST\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nEND:VTIMEZONE";

/// The `.ics` file of every item with an event, next to the item (`<item>/<slug>.ics`).
pub fn all(r: &Renderer) -> Vec<OutputFile> {
    r.site
        .pages
        .iter()
        .filter_map(|p| {
            let e = p.event.as_ref()?;
            Some(OutputFile {
                path: path_of(p),
                contents: OutputContents::Bytes(calendar(r, p, e).into_bytes().into()),
            })
        })
        .collect()
}

/// Where an item's calendar file is published.
pub fn path_of(p: &Page) -> String {
    format!("{}{}.ics", p.path, p.slug)
}

/// The VCALENDAR of one item's event.
fn calendar(r: &Renderer, p: &Page, e: &Event) -> String {
    let host = r
        .site
        .config
        .origin()
        .split_once("://")
        .map_or(String::new(), |(_, h)| h.to_string());
    // One UID per event and language: a calendar that imports both keeps both.
    let uid = format!(
        "{:016x}-{}@{host}",
        xxhash_rust::xxh3::xxh3_64(p.key.as_bytes()),
        p.lang
    );
    let stamp = p.updated.or(p.date).unwrap_or(e.start.date);
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//herald//herald//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    let timed = e.start.time.is_some() || e.end.is_some_and(|w| w.time.is_some());
    if timed {
        lines.extend(VTIMEZONE.lines().map(str::to_string));
    }
    lines.push("BEGIN:VEVENT".into());
    lines.push(format!("UID:{uid}"));
    lines.push(format!("DTSTAMP:{}T000000Z", compact(stamp)));
    let (start, end) = bounds(e);
    lines.push(format!("DTSTART{start}"));
    if let Some(end) = end {
        lines.push(format!("DTEND{end}"));
    }
    lines.push(format!("SUMMARY;LANGUAGE={}:{}", p.lang, text(&p.title)));
    if let Some(place) = &e.place {
        let lang = e.place_lang.as_deref().unwrap_or(&p.lang);
        lines.push(format!("LOCATION;LANGUAGE={lang}:{}", text(place)));
    }
    if let Some(summary) = &p.summary {
        lines.push(format!("DESCRIPTION;LANGUAGE={}:{}", p.lang, text(summary)));
    }
    lines.push(format!("URL:{}", r.permalink(&p.path)));
    lines.push("END:VEVENT".into());
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for l in lines {
        fold(&l, &mut out);
    }
    out
}

/// DTSTART and DTEND with their parameters: dates for whole days (the end is the day after
/// the last, as RFC 5545 counts), local times in Europe/Riga otherwise.
fn bounds(e: &Event) -> (String, Option<String>) {
    let at = |w: When| match w.time {
        Some(t) => format!(
            ";TZID=Europe/Riga:{}T{:02}{:02}{:02}",
            compact(w.date),
            t.hour(),
            t.minute(),
            t.second()
        ),
        None => format!(";TZID=Europe/Riga:{}T000000", compact(w.date)),
    };
    let day = |d: jiff::civil::Date| format!(";VALUE=DATE:{}", compact(d));
    let next = |d: jiff::civil::Date| d.tomorrow().unwrap_or(d);
    match (e.start.time, e.end) {
        (None, None) => (day(e.start.date), Some(day(next(e.start.date)))),
        (None, Some(end)) if end.time.is_none() => (day(e.start.date), Some(day(next(end.date)))),
        (_, end) => (at(e.start), end.map(at)),
    }
}

fn compact(d: jiff::civil::Date) -> String {
    d.strftime("%Y%m%d").to_string()
}

/// A TEXT value: backslash, semicolon, comma and line breaks escaped.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line, folded into lines of at most 75 octets (the continuation lines start with
/// a space), each ended by CRLF; a character is never cut.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_folded_at_75_octets_without_cutting_a_character() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "ā".repeat(60));
        fold(&line, &mut out);
        let lines: Vec<&str> = out.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.len() <= 75), "{lines:?}");
        assert!(lines[1..].iter().all(|l| l.starts_with(' ')));
        let unfolded: String = out.replace("\r\n ", "").replace("\r\n", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
