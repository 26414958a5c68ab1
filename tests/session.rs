//! Rebuilds in one session (as `herald serve` does) redo only what changed, and never serve
//! anything stale.

use crate::common;

use common::Site;
use herald::output::OutputContents;
use herald::pipeline::{Options, Session};

fn page(built: &herald::pipeline::Built, path: &str) -> String {
    let f = built
        .files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("no {path}"));
    match &f.contents {
        OutputContents::Bytes(b) => String::from_utf8(b.to_vec()).unwrap(),
        _ => panic!("{path} is not rendered"),
    }
}

fn session(site: &Site) -> Session {
    Session::new(Options {
        root: site.root().to_path_buf(),
        base_url: None,
        drafts: false,
        future: false,
        progress: false,
    })
}

/// Bump the modification time so a same-length edit is seen even on coarse clocks.
fn touch_later(path: &std::path::Path) {
    let f = std::fs::File::options().write(true).open(path).unwrap();
    let t = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
    f.set_modified(t).unwrap();
}

#[test]
fn an_unchanged_site_renders_nothing_again() {
    let site = Site::fixture();
    let mut s = session(&site);
    let first = s.build().unwrap();
    assert!(s.last_work.pages_rendered > 10);
    let second = s.build().unwrap();
    assert_eq!(s.last_work.bodies_rendered, 0);
    assert_eq!(s.last_work.pages_rendered, 0);
    assert_eq!(first.files.len(), second.files.len());
}

#[test]
fn an_edit_rerenders_the_item_and_what_shows_it() {
    let site = Site::fixture();
    let mut s = session(&site);
    let total = {
        s.build().unwrap();
        s.last_work.pages_rendered
    };
    let file = site.root().join("content/news/lv-only.lv.md");
    std::fs::write(
        &file,
        "---\ntitle: Jauns virsraksts\ndate: 2021-02-18\nsummary: Cits.\n---\nJauns teksts.\n",
    )
    .unwrap();
    touch_later(&file);
    let built = s.build().unwrap();
    assert_eq!(s.last_work.bodies_rendered, 1);
    assert!(
        s.last_work.pages_rendered < total / 2,
        "{} of {total}",
        s.last_work.pages_rendered
    );
    assert!(page(&built, "lv/jaunumi/lv-only/index.html").contains("Jauns teksts."));
    // Lists in both languages show the new title (the Lithuanian list shows it untranslated).
    assert!(page(&built, "lv/jaunumi/index.html").contains("Jauns virsraksts"));
    assert!(page(&built, "lt/naujienos/index.html").contains("Jauns virsraksts"));
    assert!(page(&built, "lv/index.html").contains("Jauns virsraksts"));
    assert!(page(&built, "lv/atom.xml").contains("Jauns virsraksts"));
    // A page that does not show the item is reused.
    assert!(!page(&built, "lv/par-projektu/index.html").contains("Jauns virsraksts"));
}

#[test]
fn adding_and_deleting_pages_and_changing_templates() {
    let site = Site::fixture();
    let mut s = session(&site);
    s.build().unwrap();
    site.write(
        "content/news/new.lv.md",
        "---\ntitle: Pavisam jauna ziņa\ndate: 2023-01-01\n---\nX\n",
    );
    let built = s.build().unwrap();
    assert!(page(&built, "lv/jaunumi/index.html").contains("Pavisam jauna ziņa"));
    std::fs::remove_file(site.root().join("content/news/new.lv.md")).unwrap();
    let built = s.build().unwrap();
    assert!(!built
        .files
        .iter()
        .any(|f| f.path.starts_with("lv/jaunumi/new/")));
    assert!(!page(&built, "lv/jaunumi/index.html").contains("Pavisam jauna ziņa"));
    // A template edit re-renders every page that uses it.
    site.write(
        "templates/404.html",
        "{% extends \"base.html\" %}{% block main %}<h1>Nekas nav atrasts</h1>{% endblock main %}",
    );
    let built = s.build().unwrap();
    assert!(page(&built, "404.html").contains("Nekas nav atrasts"));
    // A translation's title change reaches the switcher of its sibling only through the
    // context, which is fingerprinted: edit the Lithuanian title and see the list update.
    let lt = site.root().join("content/news/kick-off/index.lt.md");
    std::fs::write(
        &lt,
        "---\ntitle: Naujas pavadinimas\nslug: atidarymo-seminaras\n---\nTekstas.\n",
    )
    .unwrap();
    touch_later(&lt);
    let built = s.build().unwrap();
    assert!(
        page(&built, "lt/naujienos/2/index.html").contains("Naujas pavadinimas")
            || page(&built, "lt/naujienos/index.html").contains("Naujas pavadinimas")
    );
}

#[test]
fn a_broken_file_fails_and_the_next_good_build_recovers() {
    let site = Site::fixture();
    let mut s = session(&site);
    s.build().unwrap();
    site.write("content/news/bad.lv.md", "---\ntitle: [\n---\n");
    assert!(s.build().is_err());
    std::fs::remove_file(site.root().join("content/news/bad.lv.md")).unwrap();
    let built = s.build().unwrap();
    assert!(page(&built, "lv/jaunumi/index.html").contains("Tikai latviski"));
}

/// Every file of a build, comparable: rendered bytes, or where a copy comes from. The search
/// index, made on request in a session, is made here.
fn contents(built: &herald::pipeline::Built) -> std::collections::BTreeMap<String, Vec<u8>> {
    built
        .files
        .iter()
        .map(|f| {
            let bytes = match &f.contents {
                OutputContents::Bytes(b) => b.to_vec(),
                OutputContents::Copy(p) => p.to_string_lossy().as_bytes().to_vec(),
                OutputContents::Lazy(l) if f.path.starts_with("search/") => {
                    l.get().unwrap().to_vec()
                }
                other => format!("{other:?}").into_bytes(),
            };
            (f.path.clone(), bytes)
        })
        .collect()
}

/// A session told what changed (as the watcher tells serve) builds what a new session builds.
fn assert_same_as_fresh(site: &Site, built: &herald::pipeline::Built) {
    let fresh = session(site).build().unwrap();
    let (told, full) = (contents(built), contents(&fresh));
    assert_eq!(
        told.keys().collect::<Vec<_>>(),
        full.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &full {
        assert!(told[path] == *bytes, "{path} differs from a full build");
    }
}

fn told(files: &[&str]) -> herald::pipeline::Changes {
    herald::pipeline::Changes::Files(files.iter().map(std::path::PathBuf::from).collect())
}

#[test]
fn told_edits_build_what_a_full_build_builds() {
    let site = Site::fixture();
    let mut s = session(&site);
    s.build().unwrap();
    let kick_off = "content/news/kick-off/index.lv.md";
    let original = std::fs::read_to_string(site.root().join(kick_off)).unwrap();

    // A new first paragraph: the item, and the summaries in lists, feeds and the home page.
    site.write(
        kick_off,
        &original.replace("Seminārā piedalījās", "Seminārā šoreiz piedalījās"),
    );
    let built = s.build_changed(&told(&[kick_off])).unwrap();
    assert!(
        s.last_work.text_edits_only,
        "a text edit takes the short way"
    );
    assert_eq!(s.last_work.bodies_rendered, 1);
    assert!(page(&built, "lv/jaunumi/kick-off/index.html").contains("šoreiz"));
    assert!(page(&built, "lv/atom.xml").contains("šoreiz"));
    assert_same_as_fresh(&site, &built);

    // Twice in a row, the second edit on top of the first.
    site.write(
        kick_off,
        &original.replace("## Programma", "## Dienas kārtība"),
    );
    let built = s.build_changed(&told(&[kick_off])).unwrap();
    assert!(s.last_work.text_edits_only);
    assert_same_as_fresh(&site, &built);

    // A new title is not a text edit: the model is made again.
    site.write(
        kick_off,
        &original.replace("atklāšanas seminārs", "atklāšanas pasākums"),
    );
    let built = s.build_changed(&told(&[kick_off])).unwrap();
    assert!(!s.last_work.text_edits_only);
    assert!(page(&built, "lv/jaunumi/kick-off/index.html").contains("atklāšanas pasākums"));
    assert_same_as_fresh(&site, &built);

    // A broken link fails the build; fixing it recovers, with the same site as a full build.
    site.write(kick_off, &format!("{original}\n[x](../nowhere.lv.md)\n"));
    assert!(s.build_changed(&told(&[kick_off])).is_err());
    site.write(kick_off, &format!("{original}\nLabots.\n"));
    let built = s.build_changed(&told(&[kick_off])).unwrap();
    assert_same_as_fresh(&site, &built);
    site.write(kick_off, &format!("{original}\nLabots vēlreiz.\n"));
    let built = s.build_changed(&told(&[kick_off])).unwrap();
    assert!(s.last_work.text_edits_only);
    assert_same_as_fresh(&site, &built);

    // A new file and a removed one: content/ is walked again.
    let added = "content/news/added.lv.md";
    site.write(
        added,
        "---\ntitle: Pievienota ziņa\ndate: 2024-05-05\n---\nTeksts.\n",
    );
    let built = s.build_changed(&told(&[added])).unwrap();
    assert!(page(&built, "lv/jaunumi/index.html").contains("Pievienota ziņa"));
    assert_same_as_fresh(&site, &built);
    std::fs::remove_file(site.root().join(added)).unwrap();
    let built = s.build_changed(&told(&[added])).unwrap();
    assert!(!page(&built, "lv/jaunumi/index.html").contains("Pievienota ziņa"));
    assert_same_as_fresh(&site, &built);

    // A section's text, and a file outside content/ with a text: the long way, same result.
    let section = "content/news/_index.lv.md";
    site.write(
        section,
        "---\ntitle: Jaunumi\nslug: jaunumi\n---\nVisi jaunumi.\n",
    );
    site.write(kick_off, &format!("{original}\nAr statisku failu.\n"));
    site.write("static/extra.txt", "x");
    let built = s
        .build_changed(&told(&[section, kick_off, "static/extra.txt"]))
        .unwrap();
    assert!(!s.last_work.text_edits_only);
    assert_same_as_fresh(&site, &built);
}

/// `herald build` renders each text inside its page's job and keeps only summaries; a session
/// (serve, check) holds every text. Both make the same site, byte for byte.
#[test]
fn a_build_writes_what_a_session_renders() {
    let site = Site::fixture();
    // More items than a feed carries, so some texts are dropped after their page is written.
    for n in 0..25 {
        site.write(
            &format!("content/news/extra-{n:02}.lv.md"),
            &format!("---\ntitle: Ziņa {n}\ndate: 2022-01-{:02}\n---\nPirmā rindkopa {n}.\n\n## Virsraksts\n\nTeksts ar [saiti](../about.lv.md).\n", n + 1),
        );
    }
    site.build(&[]);
    let held = session(&site).build().unwrap();
    let mut compared = 0;
    for (path, bytes) in contents(&held) {
        let on_disk = site.out().join(&path);
        if path.ends_with(".html") || path.ends_with(".xml") {
            let written = std::fs::read(&on_disk).unwrap_or_else(|e| panic!("{path}: {e}"));
            assert!(written == bytes, "{path} differs between build and session");
            compared += 1;
        }
    }
    assert!(compared > 60, "{compared}");
}

/// A text is rendered again when a link or picture it names changes, not when an unrelated
/// item comes or goes (each text keeps what its links pointed to).
#[test]
fn a_new_or_deleted_item_renders_again_only_the_texts_that_link_to_it() {
    let site = Site::fixture();
    site.write(
        "content/news/target.lv.md",
        "---\ntitle: Mērķis\ndate: 2021-03-01\n---\nTeksts.\n",
    );
    site.write(
        "content/news/pointer.lv.md",
        "---\ntitle: Norāde\ndate: 2021-03-02\n---\nSkatīt [mērķi](target.lv.md).\n",
    );
    let mut s = session(&site);
    s.build().unwrap();
    let total = s.last_work.pages_rendered;

    site.write(
        "content/news/unrelated.lv.md",
        "---\ntitle: Cita ziņa\ndate: 2021-03-03\n---\nNekā kopīga.\n",
    );
    let built = s.build().unwrap();
    assert_eq!(s.last_work.bodies_rendered, 1, "only the new text");
    assert!(
        s.last_work.pages_rendered < total / 2,
        "{} of {total} pages",
        s.last_work.pages_rendered
    );
    assert!(page(&built, "lv/jaunumi/index.html").contains("Cita ziņa"));
    assert_same_as_fresh(&site, &built);

    std::fs::remove_file(site.root().join("content/news/unrelated.lv.md")).unwrap();
    let built = s.build().unwrap();
    assert_eq!(s.last_work.bodies_rendered, 0);
    assert_same_as_fresh(&site, &built);

    // The page a text links to is gone: that text is looked at again and its link is broken.
    std::fs::remove_file(site.root().join("content/news/target.lv.md")).unwrap();
    let err = s
        .build()
        .err()
        .expect("a link to a deleted page is an error")
        .to_string();
    assert!(err.contains("pointer.lv.md"), "{err}");
}

/// A session settles the outputs' addresses only when they changed; a file that comes to
/// clash with a page, or to replace herald's own, is still noticed on every rebuild.
#[test]
fn a_clash_that_comes_during_a_session_is_noticed() {
    let site = Site::fixture();
    let mut s = session(&site);
    s.build().unwrap();
    s.build().unwrap();
    let clashing = "static/lv/index.html";
    site.write(clashing, "<p>Mana lapa</p>");
    let err = s
        .build_changed(&told(&[clashing]))
        .err()
        .expect("a static file at a page's address is an error")
        .to_string();
    assert!(err.contains("lv/index.html"), "{err}");
    std::fs::remove_file(site.root().join(clashing)).unwrap();
    let built = s.build_changed(&told(&[clashing])).unwrap();
    assert_same_as_fresh(&site, &built);

    // Replaced, not clashing: herald's robots.txt is dropped on this rebuild and the next.
    site.write("static/robots.txt", "User-agent: *\n");
    for _ in 0..2 {
        let built = s.build_changed(&told(&["static/robots.txt"])).unwrap();
        let robots: Vec<_> = built
            .files
            .iter()
            .filter(|f| f.path == "robots.txt")
            .collect();
        assert_eq!(robots.len(), 1);
        assert!(matches!(robots[0].contents, OutputContents::Copy(_)));
        assert_same_as_fresh(&site, &built);
    }
}

/// A one-item edit of the front matter (title, date, tags, ...) patches the last model instead
/// of building it again, and the site is byte for byte what a full build makes; an edit the
/// patch cannot stand for (a new address, a draft, a new or deleted item, a picture) builds
/// the model anew, with the same result.
#[test]
fn front_matter_edits_patch_the_model_and_build_what_a_full_build_builds() {
    let site = Site::fixture();
    site.write(
        "content/news/meeting.lv.md",
        "---\ntitle: Partneru sanāksme\ndate: 2021-01-10\ntags: [sanāksme]\n---\nTeksts.\n",
    );
    let mut s = session(&site);
    s.build().unwrap();
    let kick_off = "content/news/kick-off/index.lv.md";
    let original = std::fs::read_to_string(site.root().join(kick_off)).unwrap();
    let edit_file = |s: &mut Session, file: &str, text: &str, patched: bool, what: &str| {
        site.write(file, text);
        let built = s.build_changed(&told(&[file])).unwrap();
        assert!(!s.last_work.text_edits_only, "{what}");
        assert_eq!(s.last_work.model_patched, patched, "{what}: patched?");
        assert_same_as_fresh(&site, &built);
        built
    };
    let edit = |s: &mut Session, text: &str, patched: bool, what: &str| {
        edit_file(s, kick_off, text, patched, what)
    };

    let title = original.replace("atklāšanas seminārs", "atklāšanas pasākums");
    let sitemap_of = |built: &herald::pipeline::Built| match &built
        .files
        .iter()
        .find(|f| f.path == "sitemap.xml")
        .unwrap()
        .contents
    {
        OutputContents::Bytes(b) => std::sync::Arc::clone(b),
        _ => panic!("sitemap.xml is not rendered"),
    };
    let before = sitemap_of(&s.build_changed(&told(&[kick_off])).unwrap());
    let built = edit(&mut s, &title, true, "title");
    assert!(page(&built, "lv/jaunumi/kick-off/index.html").contains("atklāšanas pasākums"));
    assert!(page(&built, "lv/atom.xml").contains("atklāšanas pasākums"));
    // A title is not in sitemap.xml: the last one is kept, not made again.
    assert!(std::sync::Arc::ptr_eq(&before, &sitemap_of(&built)));

    // The item moves to the top of the lists; the translation inherits the date.
    let date = title.replace("2020-09-15", "2021-06-01");
    let built = edit(&mut s, &date, true, "date");
    let list = page(&built, "lv/jaunumi/index.html");
    assert!(
        list.contains("atklāšanas pasākums"),
        "the newest is on page one"
    );
    assert!(page(&built, "lt/naujienos/atidarymo-seminaras/index.html").contains("2021"));

    // A tag added: the item joins a tag page another item has; then its own tag is removed
    // and that tag's page goes.
    let tagged = date.replace("tags: [seminārs]", "tags: [seminārs, sanāksme]");
    let built = edit(&mut s, &tagged, true, "tag added");
    let meeting_tag = built
        .files
        .iter()
        .find(|f| f.path.starts_with("lv/") && f.path.ends_with("/sanaksme/index.html"))
        .expect("a tag page")
        .path
        .clone();
    assert!(page(&built, &meeting_tag).contains("atklāšanas pasākums"));
    let untagged = date.replace("tags: [seminārs]", "tags: [sanāksme]");
    let built = edit(&mut s, &untagged, true, "tag removed");
    assert!(!built.files.iter().any(|f| f.path.contains("/seminars/")));

    // Front matter and text in one save.
    edit(
        &mut s,
        &untagged
            .replace("četrdesmit", "piecdesmit")
            .replace("2021-06-01", "2021-06-02"),
        true,
        "front matter and text",
    );

    // The translation's own title.
    let lt = "content/news/kick-off/index.lt.md";
    let lt_text = std::fs::read_to_string(site.root().join(lt)).unwrap();
    let built = edit_file(
        &mut s,
        lt,
        &lt_text.replace("atidarymo seminaras", "atidarymo renginys"),
        true,
        "a translation's title",
    );
    assert!(page(&built, "lt/naujienos/index.html").contains("atidarymo renginys"));

    // What the patch cannot stand for: a new address, a draft, the last tag of a language.
    edit(
        &mut s,
        &untagged.replace("date:", "slug: atklasana\ndate:"),
        false,
        "slug",
    );
    edit(&mut s, &untagged, false, "slug as it was");
    let meeting = "content/news/meeting.lv.md";
    let meeting_text = std::fs::read_to_string(site.root().join(meeting)).unwrap();
    let draft = meeting_text.replace("date:", "draft: true\ndate:");
    edit_file(&mut s, meeting, &draft, false, "draft");
    edit_file(&mut s, meeting, &meeting_text, false, "published again");
    // Back to the patch after a full build.
    edit(&mut s, &original, true, "as it was");

    // A page that is not a news item: its title is in the site map pages and its translation's
    // language switcher.
    let about = "content/about.lv.md";
    let about_text = std::fs::read_to_string(site.root().join(about)).unwrap();
    let built = edit_file(
        &mut s,
        about,
        &about_text.replace("title: Par projektu", "title: Par mūsu projektu"),
        true,
        "a page's title",
    );
    assert!(page(&built, "lv/par-projektu/index.html").contains("Par mūsu projektu"));

    // A new item, a deleted one, a picture added to a gallery: built anew, same result.
    let added = "content/news/added.lv.md";
    site.write(added, "---\ntitle: Pievienota\ndate: 2024-05-05\n---\nX\n");
    let built = s.build_changed(&told(&[added])).unwrap();
    assert!(!s.last_work.model_patched);
    assert_same_as_fresh(&site, &built);
    std::fs::remove_file(site.root().join(added)).unwrap();
    let built = s.build_changed(&told(&[added])).unwrap();
    assert_same_as_fresh(&site, &built);
    std::fs::write(
        site.root().join("content/news/kick-off/group.jpg"),
        common::jpeg(64, 48),
    )
    .unwrap();
    site.write(
        kick_off,
        &original.replace(
            "date: 2020-09-15\n",
            "date: 2020-09-15\ngallery:\n  - image: group.jpg\n    alt: Grupa\n",
        ),
    );
    site.write(
        lt,
        &lt_text.replace(
            "slug: atidarymo-seminaras\n",
            "slug: atidarymo-seminaras\ngallery:\n  - image: group.jpg\n    alt: Grupė\n",
        ),
    );
    let built = s
        .build_changed(&told(&["content/news/kick-off/group.jpg", kick_off, lt]))
        .unwrap();
    assert!(!s.last_work.model_patched);
    assert!(built.files.iter().any(|f| f.path.contains("/galerija/")
        || f.path.starts_with("lv/jaunumi/kick-off/") && f.path.ends_with(".jpg")));
    assert_same_as_fresh(&site, &built);
}

/// `herald serve` builds with drafts and future items: there a draft or an item dated later
/// is published, and the patch stands for those edits too.
#[test]
fn front_matter_patch_with_drafts_and_future_items_as_serve_builds() {
    let site = Site::fixture();
    let opts = Options {
        root: site.root().to_path_buf(),
        base_url: None,
        drafts: true,
        future: true,
        progress: false,
    };
    let mut s = Session::new(opts.clone());
    s.build().unwrap();
    let secret = "content/news/secret.lv.md";
    let text = std::fs::read_to_string(site.root().join(secret)).unwrap();
    for (edit, what) in [
        (
            text.replace("draft: true", "draft: false"),
            "no longer a draft",
        ),
        (text.replace("2021-04-01", "2999-01-01"), "dated far ahead"),
        (
            text.replace("Melnraksts", "Gandrīz gatavs"),
            "a draft's title",
        ),
    ] {
        site.write(secret, &edit);
        let built = s.build_changed(&told(&[secret])).unwrap();
        assert!(s.last_work.model_patched, "{what}");
        let fresh = Session::new(opts.clone()).build().unwrap();
        assert_eq!(contents(&built), contents(&fresh), "{what}");
    }
}
