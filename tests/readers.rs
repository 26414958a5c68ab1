//! What readers get beyond the text: scheduled news (items dated in the future wait for their
//! day, `--future` publishes them now, the build says how many wait and when the next is due).

mod common;

use common::{fixture_files, Site};

/// The fixture with a translated item and a Latvian-only item dated in the future, and a draft
/// dated in the future (not counted: drafts wait for `draft: false`, not for a day).
fn scheduled_site() -> Site {
    let mut files = fixture_files();
    files.insert(
        "content/news/later/index.lv.md",
        "---\ntitle: Nākotnes ziņa\ndate: 2998-05-01\nslug: nakotnes-zina\n---\nVēlāk.\n".into(),
    );
    files.insert(
        "content/news/later/index.lt.md",
        "---\ntitle: Ateities naujiena\nslug: ateities-naujiena\n---\nVėliau.\n".into(),
    );
    files.insert(
        "content/news/much-later.lv.md",
        "---\ntitle: Tālas nākotnes ziņa\ndate: 2999-01-01\n---\nVēl vēlāk.\n".into(),
    );
    files.insert(
        "content/news/draft-later.lv.md",
        "---\ntitle: Melnraksts nākotnē\ndate: 2999-02-02\ndraft: true\n---\nMelnraksts.\n".into(),
    );
    Site::new(&files)
}

#[test]
fn news_dated_in_the_future_wait_for_their_day() {
    let site = scheduled_site();
    let stdout = site.build(&[]);
    assert!(
        stdout.contains("Scheduled: 2 news items dated in the future are held back; the next is due on 2998-05-01"),
        "{stdout}"
    );
    for held in [
        "lv/jaunumi/nakotnes-zina/index.html",
        "lt/naujienos/ateities-naujiena/index.html",
        "lv/jaunumi/much-later/index.html",
    ] {
        assert!(!site.out().join(held).exists(), "{held} is published");
    }
    for listing in [
        "lv/jaunumi/index.html",
        "lv/index.html",
        "lv/atom.xml",
        "lt/atom.xml",
        "sitemap.xml",
    ] {
        let text = site.read(listing);
        assert!(
            !text.contains("nakotnes-zina")
                && !text.contains("Nākotnes")
                && !text.contains("much-later"),
            "{listing} names a held item"
        );
    }
    // The check still warns: a date in the future is often a wrong year.
    let check = site.herald(&["check", "--format", "json"]);
    let out = String::from_utf8_lossy(&check.stdout);
    assert_eq!(out.matches("H025").count(), 2, "{out}");
}

#[test]
fn future_publishes_them_now() {
    let site = scheduled_site();
    let stdout = site.build(&["--future"]);
    assert!(!stdout.contains("Scheduled"), "{stdout}");
    assert!(site
        .out()
        .join("lv/jaunumi/nakotnes-zina/index.html")
        .is_file());
    assert!(site
        .out()
        .join("lt/naujienos/ateities-naujiena/index.html")
        .is_file());
    assert!(site.read("lv/atom.xml").contains("Tālas nākotnes ziņa"));
    // The draft still needs --drafts.
    assert!(!site
        .out()
        .join("lv/jaunumi/draft-later/index.html")
        .exists());
}

#[test]
fn one_scheduled_item_is_told_in_the_singular_and_none_says_nothing() {
    let site = Site::fixture();
    assert!(!site.build(&[]).contains("Scheduled"));
    site.write(
        "content/news/later.lv.md",
        "---\ntitle: Vēlāk\ndate: 2999-03-04\n---\nTeksts.\n",
    );
    let stdout = site.build(&[]);
    assert!(
        stdout.contains("Scheduled: 1 news item dated in the future is held back; the next is due on 2999-03-04"),
        "{stdout}"
    );
}
