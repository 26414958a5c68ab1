//! Events: `event: {start, end, place}` on an item is shown at its top in the official date
//! forms, given as schema.org `Event` data and as an iCalendar file (read back by the Python
//! `icalendar` parser, pinned in .ci/requirements.txt), listed on the home page while it is
//! not over; a wrong day or an end before the start is refused at its line (H035).

use crate::common;

use std::process::Command;

use common::{attr, fixture_files, select, text, Site};

/// The fixture with a Latvian conference (a translation inheriting its event), a seminar on
/// one afternoon, and a past event of two whole days.
fn event_site() -> Site {
    let mut files = fixture_files();
    files.insert(
        "content/news/conference/index.lv.md",
        "---\ntitle: Noslēguma konference\ndate: 2021-01-10\nsummary: Aicinām uz konferenci; vietu skaits ierobežots.\nevent:\n  start: 2999-02-18 10:00\n  end: 2999-02-18 13:30\n  place: Jelgavā, Katoļu ielā 2b\n---\nTeksts.\n".into(),
    );
    files.insert(
        "content/news/conference/index.lt.md",
        "---\ntitle: Baigiamoji konferencija\nslug: konferencija\n---\nTekstas.\n".into(),
    );
    files.insert(
        "content/news/camp.lv.md",
        "---\ntitle: Vasaras nometne\ndate: 2021-01-11\nevent: {start: 2021-08-12, end: 2021-08-13, place: Rokišķos}\n---\nTeksts.\n".into(),
    );
    files.insert(
        "content/news/days.lv.md",
        "---\ntitle: Atvērto durvju dienas\ndate: 2021-01-12\nevent: {start: 2998-05-04 09:00, end: 2998-05-06 17:00}\n---\nTeksts.\n".into(),
    );
    Site::new(&files)
}

#[test]
fn the_event_is_shown_at_the_top_of_the_item_in_the_official_date_forms() {
    let site = event_site();
    site.build(&[]);
    let lv = site.html("lv/jaunumi/conference/index.html");
    let event = select(&lv, "header p.event");
    assert_eq!(event.len(), 1);
    assert_eq!(
        text(&event[0]),
        "Pasākums: 2999. gada 18. februārī plkst. 10.00–13.30, Jelgavā, Katoļu ielā 2b · Pievienot kalendāram"
    );
    assert_eq!(attr(&lv, "p.event time", "datetime"), ["2999-02-18T10:00"]);
    assert_eq!(
        attr(&lv, "p.event a", "href"),
        ["/octopus/lv/jaunumi/conference/conference.ics"]
    );
    // The translation inherits it: Lithuanian dates, the Latvian place marked as Latvian.
    let lt = site.html("lt/naujienos/konferencija/index.html");
    let event = text(&select(&lt, "p.event")[0]);
    assert!(
        event.starts_with("Renginys: 2999 m. vasario 18 d. 10.00–13.30 val., Jelgavā"),
        "{event}"
    );
    assert_eq!(attr(&lt, "p.event .event-place", "lang"), ["lv"]);
    let days = text(&select(&site.html("lv/jaunumi/days/index.html"), "p.event time")[0]);
    assert_eq!(
        days,
        "2998. gada 4. maijā plkst. 9.00 – 2998. gada 6. maijā plkst. 17.00"
    );
    let camp = text(&select(&site.html("lv/jaunumi/camp/index.html"), "p.event time")[0]);
    assert_eq!(camp, "2021. gada 12. augustā – 2021. gada 13. augustā");
}

#[test]
fn the_event_is_schema_org_event_data_with_the_riga_offset() {
    let site = event_site();
    site.build(&[]);
    let d = site.html("lv/jaunumi/conference/index.html");
    let scripts = select(&d, "script[type='application/ld+json']");
    let event: serde_json::Value = scripts
        .iter()
        .map(|s| serde_json::from_str::<serde_json::Value>(&s.inner_html()).unwrap())
        .find(|v| v["@type"] == "Event")
        .expect("an Event");
    assert_eq!(event["name"], "Noslēguma konference");
    assert_eq!(event["startDate"], "2999-02-18T10:00:00+02:00");
    assert_eq!(event["endDate"], "2999-02-18T13:30:00+02:00");
    assert_eq!(event["location"]["name"], "Jelgavā, Katoļu ielā 2b");
    assert_eq!(event["organizer"]["name"], "Zemgales Plānošanas reģions");
    let camp = site.html("lv/jaunumi/camp/index.html");
    let ld = select(&camp, "script[type='application/ld+json']");
    let event: serde_json::Value = serde_json::from_str(&ld[1].inner_html()).unwrap();
    assert_eq!(
        (&event["startDate"], &event["endDate"]),
        (&"2021-08-12".into(), &"2021-08-13".into())
    );
}

#[test]
fn the_calendar_file_is_rfc_5545_with_crlf_folding_and_escaping() {
    let site = event_site();
    site.build(&[]);
    let ics = site.read("lv/jaunumi/conference/conference.ics");
    assert!(
        ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
        "{ics}"
    );
    assert!(!ics.replace("\r\n", "").contains('\n'), "bare LF in {ics}");
    assert!(
        ics.lines().all(|l| l.trim_end_matches('\r').len() <= 75),
        "{ics}"
    );
    let unfolded = ics.replace("\r\n ", "");
    assert!(
        unfolded.contains("DTSTART;TZID=Europe/Riga:29990218T100000\r\n"),
        "{ics}"
    );
    assert!(unfolded.contains("DTEND;TZID=Europe/Riga:29990218T133000\r\n"));
    assert!(unfolded.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Riga\r\n"));
    assert!(unfolded.contains("LOCATION;LANGUAGE=lv:Jelgavā\\, Katoļu ielā 2b\r\n"));
    assert!(unfolded
        .contains("DESCRIPTION;LANGUAGE=lv:Aicinām uz konferenci\\; vietu skaits ierobežots.\r\n"));
    assert!(unfolded.contains("DTSTAMP:20210110T000000Z\r\n"));
    // A day-long event ends, as RFC 5545 counts, on the day after its last.
    let camp = site.read("lv/jaunumi/camp/camp.ics").replace("\r\n ", "");
    assert!(
        camp.contains("DTSTART;VALUE=DATE:20210812\r\nDTEND;VALUE=DATE:20210814\r\n"),
        "{camp}"
    );
    assert!(!camp.contains("VTIMEZONE"));
    // The translation's file has its own UID and language.
    let lt = site
        .read("lt/naujienos/konferencija/konferencija.ics")
        .replace("\r\n ", "");
    let uid = |s: &str| {
        s.lines()
            .find(|l| l.starts_with("UID:"))
            .unwrap()
            .to_string()
    };
    assert_ne!(uid(&unfolded), uid(&lt));
    assert!(lt.contains("SUMMARY;LANGUAGE=lt:Baigiamoji konferencija"));
    assert_eq!(
        site.read("lv/jaunumi/conference/conference.ics"),
        ics,
        "a second read differs"
    );
}

/// The Python `icalendar` package reads the file: the event's times in Riga time, its place,
/// its UID and DTSTAMP.
#[test]
fn a_parser_nobody_here_wrote_reads_the_calendar_file() {
    let have = Command::new("python3")
        .args(["-c", "import icalendar"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !have {
        let message =
            "the iCalendar test needs Python's icalendar (pip install -r .ci/requirements.txt)";
        if std::env::var("HERALD_BROWSER_TESTS").as_deref() == Ok("require") {
            panic!("{message} (HERALD_BROWSER_TESTS=require)");
        }
        eprintln!("SKIPPED: {message}");
        return;
    }
    let site = event_site();
    site.build(&[]);
    let script = r#"
import sys, icalendar
for path in sys.argv[1:]:
    cal = icalendar.Calendar.from_ical(open(path, 'rb').read())
    for tz in cal.walk('VTIMEZONE'):
        print('TZ', tz['TZID'])
    for ev in cal.walk('VEVENT'):
        start = ev.decoded('DTSTART'); end = ev.decoded('DTEND')
        print(ev['UID'] != '', ev.decoded('DTSTAMP').isoformat(), start.isoformat(), end.isoformat(), str(ev['SUMMARY']), str(ev.get('LOCATION', '')))
"#;
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(site.out().join("lv/jaunumi/conference/conference.ics"))
        .arg(site.out().join("lv/jaunumi/camp/camp.ics"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [
            "TZ Europe/Riga",
            "True 2021-01-10T00:00:00+00:00 2999-02-18T10:00:00+02:00 2999-02-18T13:30:00+02:00 Noslēguma konference Jelgavā, Katoļu ielā 2b",
            "True 2021-01-11T00:00:00+00:00 2021-08-12 2021-08-14 Vasaras nometne Rokišķos",
        ]
    );
}

#[test]
fn the_home_page_lists_the_events_not_yet_over_soonest_first() {
    let site = event_site();
    site.build(&[]);
    let home = site.html("lv/index.html");
    let titles: Vec<String> = select(&home, ".upcoming li a").iter().map(text).collect();
    // The camp of 2021 is over; the open days come before the conference.
    assert_eq!(titles, ["Atvērto durvju dienas", "Noslēguma konference"]);
    let lt = site.html("lt/index.html");
    let titles: Vec<String> = select(&lt, ".upcoming li a").iter().map(text).collect();
    assert_eq!(titles, ["Baigiamoji konferencija"]);
    // Without events, no such list.
    let plain = Site::fixture();
    plain.build(&[]);
    assert!(select(&plain.html("lv/index.html"), ".upcoming").is_empty());
}

#[test]
fn a_wrong_event_day_or_an_end_before_the_start_is_refused_at_its_line() {
    let site = Site::fixture();
    site.write(
        "content/news/bad.lv.md",
        "---\ntitle: Slikts pasākums\ndate: 2021-01-01\nevent:\n  start: 2025-02-30 10:00\n---\nTeksts.\n",
    );
    let err = site.build_fails();
    assert!(err.contains("content/news/bad.lv.md:5"), "{err}");
    let check = site.herald(&["check", "--format", "json"]);
    let report = String::from_utf8_lossy(&check.stdout);
    assert!(
        report
            .lines()
            .any(|l| l.contains("\"H035\"") && l.contains("\"line\":5")),
        "{report}"
    );
    assert!(
        err.contains("`2025-02-30 10:00` is not a valid day or time"),
        "{err}"
    );
    site.write(
        "content/news/bad.lv.md",
        "---\ntitle: Slikts pasākums\ndate: 2021-01-01\nevent:\n  start: 2025-02-18 10:00\n  end: 2025-02-18 09:00\n---\nTeksts.\n",
    );
    let err = site.build_fails();
    assert!(err.contains("content/news/bad.lv.md:6"), "{err}");
    assert!(
        err.contains("the event ends (2025-02-18 09:00) before it starts (2025-02-18 10:00)"),
        "{err}"
    );
    site.write(
        "content/news/bad.lv.md",
        "---\ntitle: Slikts pasākums\ndate: 2021-01-01\nevent: {start: 2025-02-18, where: Jelgavā}\n---\nTeksts.\n",
    );
    let err = site.build_fails();
    assert!(err.contains("content/news/bad.lv.md:4"), "{err}");
    assert!(err.contains("place"), "{err}");
}
