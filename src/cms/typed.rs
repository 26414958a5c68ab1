//! The kind of each gallery entry written into the content files for the editor: its gallery
//! is a list of two kinds of entries (pictures and videos) told apart by `type`, and an entry
//! without it cannot be opened there. `herald cms` adds `type: image` or `type: video` to each
//! entry that has none, at the entry's line, and leaves every other byte of the file as it is.

use std::path::{Path, PathBuf};

use crate::content::{Content, Front, GalleryEntry};

/// What `herald cms` did to one content file.
pub enum Typed {
    /// `type:` added: the file (relative to the site folder) and its new text.
    Added(PathBuf, String),
    /// A gallery written in a shape whose entries are not each on their own `- ` line
    /// (`gallery: [{...}, {...}]`): left as it is, for the user to add `type:`.
    Left(PathBuf),
}

/// The kind of an entry as the editor names it; None for an entry that is neither (herald
/// refuses it before this runs).
fn kind_of(entry: &GalleryEntry) -> Option<&'static str> {
    match (&entry.image, &entry.video) {
        (Some(_), None) => Some("image"),
        (None, Some(_)) => Some("video"),
        _ => None,
    }
}

/// `line` (one line of the file, with its line ending) with `type: kind` put first in the
/// entry it starts (`- image: a.jpg` or `- {image: a.jpg, ...}`); None when it starts none.
fn with_kind(line: &str, kind: &str) -> Option<String> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = line[indent..].strip_prefix('-')?;
    let gap = rest.len() - rest.trim_start_matches(' ').len();
    let entry = &rest[gap..];
    if gap == 0 || entry.trim().is_empty() || entry.starts_with('#') {
        return None;
    }
    if let Some(inner) = entry.strip_prefix('{') {
        return Some(format!(
            "{}-{}{{type: {kind}, {inner}",
            &line[..indent],
            &rest[..gap]
        ));
    }
    let ending = if line.ends_with("\r\n") { "\r\n" } else { "\n" };
    Some(format!(
        "{}-{}type: {kind}{ending}{}{entry}",
        &line[..indent],
        &rest[..gap],
        " ".repeat(indent + 1 + gap)
    ))
}

/// The text of `file` with `type:` added to the entries of `entries` at `lines` that have
/// none; None when one of them is not on a `- ` line of its own.
fn add_kinds(text: &str, entries: &[GalleryEntry], lines: &[usize]) -> Option<String> {
    if lines.len() != entries.len() {
        return None;
    }
    let mut out: Vec<String> = text.split_inclusive('\n').map(String::from).collect();
    for (entry, &line) in entries.iter().zip(lines) {
        if entry.kind.is_some() {
            continue;
        }
        let kind = kind_of(entry)?;
        let at = out.get_mut(line.checked_sub(1)?)?;
        *at = with_kind(at, kind)?;
    }
    Some(out.concat())
}

/// `text`, the content file `file` as the editor is given it: with `type:` added to its
/// gallery entries that have none, so that an entry written by hand since `herald cms` ran
/// opens in the editor (and is saved with its kind). None when nothing is to be added, or the
/// file cannot be read as a page (the editor is then given it as it is).
pub fn for_editor(text: &str, file: &Path) -> Option<String> {
    let parsed = crate::content::parse_page(text, file, "", false).ok()?;
    let Front::Page(front) = &parsed.front else {
        return None;
    };
    let entries = front.gallery.as_deref()?;
    if entries.iter().all(|e| e.kind.is_some()) {
        return None;
    }
    add_kinds(text, entries, &parsed.gallery_lines)
}

/// The translation `text` (the file `file`) as the editor is given it, with its gallery made
/// of the default language's (`base`, that file's text): the same pictures and videos in the
/// same order, each with this translation's texts where it has them (a new picture comes with
/// an empty alt text, for the translator to fill in), then any entry only the translation
/// lists (herald names it as an error). The editor keeps a gallery per language, so this is
/// where the default language's files and order reach the translation. None when there is
/// nothing to change, or a file cannot be read as a page.
pub fn translation_for_editor(text: &str, base: &str, file: &Path) -> Option<String> {
    let own = crate::content::parse_page(text, file, "", false).ok()?;
    let theirs = crate::content::parse_page(base, file, "", false).ok()?;
    let (Front::Page(own_front), Front::Page(their_front)) = (&own.front, &theirs.front) else {
        return None;
    };
    let base_entries = their_front.gallery.as_deref().filter(|g| !g.is_empty())?;
    let mine = own_front.gallery.as_deref().unwrap_or_default();
    let same = |b: &GalleryEntry, e: &GalleryEntry| match &b.image {
        Some(img) => e.image.as_ref() == Some(img),
        None => e.image.is_none() && e.video.is_some() && e.video == b.video,
    };
    let mut items: Vec<serde_yaml::Value> = Vec::new();
    for b in base_entries {
        let m = mine.iter().find(|e| same(b, e));
        items.push(entry_yaml(b, m));
    }
    for e in mine
        .iter()
        .filter(|e| !base_entries.iter().any(|b| same(b, e)))
    {
        items.push(entry_yaml(e, Some(e)));
    }
    let listed = serde_yaml::to_string(&serde_yaml::Value::Sequence(items)).ok()?;
    let block: String = std::iter::once("gallery:\n".to_string())
        .chain(listed.lines().map(|l| format!("  {l}\n")))
        .collect();
    let replaced = replace_gallery(text, own.media_lines.1, own.body_line, &block)?;
    (replaced != text).then_some(replaced)
}

/// One entry of a translation's gallery: the file (or video address) of `b`, the texts of `m`.
fn entry_yaml(b: &GalleryEntry, m: Option<&GalleryEntry>) -> serde_yaml::Value {
    let mut map = serde_yaml::Mapping::new();
    let mut put = |k: &str, v: Option<&String>| {
        if let Some(v) = v {
            map.insert(k.into(), v.as_str().into());
        }
    };
    put("type", kind_of(b).map(String::from).as_ref());
    if b.image.is_some() {
        put("image", b.image.as_ref());
        // Empty, not left out: the form shows the field to fill in.
        let alt = m.and_then(|m| m.alt.clone()).unwrap_or_default();
        put("alt", Some(&alt));
        put("caption", m.and_then(|m| m.caption.as_ref()));
        put("position", m.and_then(|m| m.position.as_ref()));
    } else {
        put("video", b.video.as_ref());
        put("title", m.and_then(|m| m.title.as_ref()));
    }
    serde_yaml::Value::Mapping(map)
}

/// `text` with its front matter's `gallery:` (from `key_line` to the next key) replaced by
/// `block`, or `block` added at the front matter's end (the line before `body_line`) when
/// there is none. Lines are 1-based.
fn replace_gallery(
    text: &str,
    key_line: Option<usize>,
    body_line: usize,
    block: &str,
) -> Option<String> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let closing = body_line.checked_sub(2)?;
    if lines.get(closing)?.trim_end() != "---" {
        return None;
    }
    let (from, to) = match key_line {
        Some(k) => {
            let from = k.checked_sub(1)?;
            let to = (from + 1..closing)
                .find(|&i| {
                    let l = lines[i];
                    !(l.trim().is_empty() || l.starts_with([' ', '-', '#']))
                })
                .unwrap_or(closing);
            (from, to)
        }
        None => (closing, closing),
    };
    let ending = if text.contains("\r\n") { "\r\n" } else { "\n" };
    Some(lines[..from].concat() + &block.replace('\n', ending) + &lines[to..].concat())
}

/// Every content file whose gallery has an entry without `type`, with what to do with it.
/// `read` gives a file's text (the site's file, relative to the site folder).
pub fn untyped(content: &Content, read: impl Fn(&PathBuf) -> Option<String>) -> Vec<Typed> {
    let mut out = Vec::new();
    for page in &content.pages {
        let Some(entries) = page.page_front().and_then(|f| f.gallery.as_deref()) else {
            continue;
        };
        if entries.iter().all(|e| e.kind.is_some()) {
            continue;
        }
        let added = read(&page.file).and_then(|t| add_kinds(&t, entries, &page.gallery_lines));
        out.push(match added {
            Some(text) => Typed::Added(page.file.clone(), text),
            None => Typed::Left(page.file.clone()),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pic() -> GalleryEntry {
        GalleryEntry {
            image: Some("a.jpg".into()),
            ..Default::default()
        }
    }

    fn vid() -> GalleryEntry {
        GalleryEntry {
            video: Some("https://vimeo.com/1".into()),
            ..Default::default()
        }
    }

    #[test]
    fn each_entry_gets_its_kind_first_and_nothing_else_changes() {
        let text = "---\ntitle: A\ngallery:\n  - image: a.jpg\n    alt: A\n  -   {image: b.jpg, alt: B}\n  - video: x # a clip\n---\nText.\n";
        let typed = add_kinds(text, &[pic(), pic(), vid()], &[4, 6, 7]).unwrap();
        assert_eq!(
            typed,
            "---\ntitle: A\ngallery:\n  - type: image\n    image: a.jpg\n    alt: A\n  -   {type: image, image: b.jpg, alt: B}\n  - type: video\n    video: x # a clip\n---\nText.\n"
        );
        assert_eq!(
            with_kind("- image: a\n", "image").unwrap(),
            "- type: image\n  image: a\n"
        );
        let parsed: serde_yaml::Value =
            serde_yaml::from_str(typed.split("---").nth(1).unwrap()).unwrap();
        assert_eq!(parsed["gallery"][0]["alt"], serde_yaml::Value::from("A"));
        assert_eq!(
            parsed["gallery"][2]["type"],
            serde_yaml::Value::from("video")
        );
    }

    #[test]
    fn typed_entries_and_line_endings_are_kept() {
        let typed_entry = GalleryEntry {
            kind: Some("image".into()),
            ..pic()
        };
        let text =
            "---\r\ngallery:\r\n  - {type: image, image: a.jpg}\r\n  - image: b.jpg\r\n---\r\n";
        assert_eq!(
            add_kinds(text, &[typed_entry, pic()], &[3, 4]).unwrap(),
            "---\r\ngallery:\r\n  - {type: image, image: a.jpg}\r\n  - type: image\r\n    image: b.jpg\r\n---\r\n"
        );
    }

    #[test]
    fn a_translation_is_given_the_default_languages_files_in_their_order() {
        let base = "---\ntitle: A\ngallery:\n  - {image: new.jpg, alt: Jauns}\n  - {image: a.jpg, alt: A}\n  - {video: \"https://vimeo.com/1\", title: V}\n  - {image: b.jpg, alt: B}\n---\nTeksts.\n";
        let lt = "---\ntitle: A lt\ngallery:\n  - image: b.jpg\n    alt: B lt\n    caption: \"Cap: lt\"\n  # a comment\n  - {image: a.jpg, alt: A lt}\n  - {image: extra.jpg, alt: X}\nslug: a-lt\n---\nTekstas.\n";
        let given = translation_for_editor(lt, base, Path::new("index.lt.md")).unwrap();
        assert_eq!(
            given,
            "---\ntitle: A lt\ngallery:\n  - type: image\n    image: new.jpg\n    alt: ''\n  - type: image\n    image: a.jpg\n    alt: A lt\n  - type: video\n    video: https://vimeo.com/1\n  - type: image\n    image: b.jpg\n    alt: B lt\n    caption: 'Cap: lt'\n  - type: image\n    image: extra.jpg\n    alt: X\nslug: a-lt\n---\nTekstas.\n"
        );
        // Nothing to change: the same text.
        assert_eq!(
            translation_for_editor(&given, base, Path::new("index.lt.md")),
            None
        );
        // No gallery yet: one is added at the end of the front matter.
        let bare =
            translation_for_editor("---\ntitle: A lt\n---\nTekstas.\n", base, Path::new("x"))
                .unwrap();
        assert!(
            bare.starts_with("---\ntitle: A lt\ngallery:\n  - type: image\n    image: new.jpg\n"),
            "{bare}"
        );
        assert!(bare.ends_with("    video: https://vimeo.com/1\n  - type: image\n    image: b.jpg\n    alt: ''\n---\nTekstas.\n"), "{bare}");
        // No gallery in the default language: nothing.
        assert_eq!(
            translation_for_editor(lt, "---\ntitle: A\n---\n", Path::new("x")),
            None
        );
    }

    #[test]
    fn a_list_in_one_line_is_left_as_it_is() {
        let text = "---\ngallery: [{image: a.jpg}]\n---\n";
        assert_eq!(add_kinds(text, &[pic()], &[]), None);
        assert_eq!(
            add_kinds("---\ngallery:\n  -\n    image: a\n", &[pic()], &[3]),
            None
        );
    }
}
