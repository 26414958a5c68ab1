//! The gallery of an item kept in one place, as the editor keeps it: the default language's
//! pictures and videos in their order, each with its kind (`type: image` or `type: video`, by
//! which the editor's list tells them apart) and its texts in every language beside it
//! (`alt: {lv: ..., lt: ...}`), in the default language's file only (translations inherit it).
//! `herald cms` writes the galleries of the content files so (one written per language, or by
//! hand, included), and `herald serve` gives them to the editor so; every other line of a
//! file stays as it is.

use std::path::{Path, PathBuf};

use crate::content::{text_for, Content, Front, GalleryEntry, Text};
use crate::gallery::same_file as same;

/// What `herald cms` did to one content file.
pub enum Typed {
    /// Its gallery written in one place (or taken out of a translation): the file (relative
    /// to the site folder) and its new text.
    Added(PathBuf, String),
    /// A gallery herald could not rewrite (the file cannot be read as a page): left as it is.
    Left(PathBuf),
    /// A translation's own part of a picture to keep in view, which the gallery in one place
    /// does not keep: the translation's file, the picture, its `position`, and the one every
    /// language now uses (None: none).
    Position(PathBuf, String, String, Option<String>),
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

/// One language's file of a page: its language and text.
pub struct Version<'a> {
    pub lang: &'a str,
    pub text: &'a str,
}

/// The text of the file in `lang` (one of `versions`, a page's files in its languages) with
/// the page's gallery kept in one place: the whole gallery (see [`one_place`]) in the default
/// language's file (else in the first file listing one), none in the other files (they
/// inherit it). None when nothing changes.
pub fn in_one_place(versions: &[Version], lang: &str, langs: &[String]) -> Option<String> {
    let (holder, gallery) = one_place(versions, langs)?;
    let text = versions.iter().find(|v| v.lang == lang)?.text;
    if holder == lang {
        with_gallery(text, &gallery)
    } else {
        without_gallery(text)
    }
}

/// The gallery of a page kept in one place, as the editor keeps it, and the language of the
/// file that holds it: the default language's pictures and videos in their order (the first
/// version's, when the default language has no file), each with the texts of every language
/// beside it (`alt: {lv: ..., lt: ...}`), taken from each language's file by the picture's
/// file name (or from a text per language already written), then any entry only one
/// translation lists, with its texts. None when no version has a gallery or a file cannot be
/// read as a page. `langs` are the site's languages, the default first.
pub fn one_place<'a>(
    versions: &[Version<'a>],
    langs: &[String],
) -> Option<(&'a str, Vec<serde_yaml::Value>)> {
    let default = langs.first()?;
    let mut parsed: Vec<(&'a str, Vec<GalleryEntry>)> = Vec::new();
    for v in versions {
        let text = v.text.replace("\r\n", "\n");
        let page = crate::content::parse_page(&text, Path::new(""), v.lang, false).ok()?;
        let Front::Page(front) = page.front else {
            return None;
        };
        parsed.push((v.lang, front.gallery.unwrap_or_default()));
    }
    let (base_lang, base) = parsed
        .iter()
        .find(|(l, _)| l == default)
        .or_else(|| parsed.iter().find(|(_, g)| !g.is_empty()))?;
    let mut listed: Vec<(&str, &GalleryEntry)> = base.iter().map(|b| (*base_lang, b)).collect();
    for (lang, gallery) in &parsed {
        for e in gallery {
            if !listed.iter().any(|(_, b)| same(b, e)) {
                listed.push((lang, e));
            }
        }
    }
    if listed.is_empty() {
        return None;
    }
    let items = listed
        .iter()
        .map(|(from, b)| {
            // Each language's text: what the listing entry writes for that language, else
            // that language's file's entry of the same file (as herald reads them).
            let text_of = |lang: &str, pick: fn(&GalleryEntry) -> &Option<Text>| {
                let own = parsed
                    .iter()
                    .filter(|(l, _)| *l == lang)
                    .flat_map(|(_, g)| g.iter().find(|e| same(b, e)))
                    .filter_map(|e| text_for(pick(e), lang, lang));
                std::iter::once(text_for(pick(b), lang, from))
                    .flatten()
                    .chain(own)
                    .find(|t| !t.trim().is_empty())
                    .map(String::from)
            };
            let by_lang = |pick: fn(&GalleryEntry) -> &Option<Text>| {
                let mut m = serde_yaml::Mapping::new();
                for lang in langs {
                    if let Some(t) = text_of(lang, pick) {
                        m.insert(lang.as_str().into(), t.into());
                    }
                }
                m
            };
            one_entry(
                b,
                by_lang(|e| &e.alt),
                by_lang(|e| &e.caption),
                by_lang(|e| &e.title),
                kept_position(&parsed, b),
            )
        })
        .collect();
    Some((base_lang, items))
}

/// The part of the picture `b` to keep in view in a gallery kept in one place: its own, else
/// the first language's (in the site's order) that gives one for the same picture, so that a
/// translation's is not lost.
fn kept_position(parsed: &[(&str, Vec<GalleryEntry>)], b: &GalleryEntry) -> Option<String> {
    b.position.clone().or_else(|| {
        parsed
            .iter()
            .flat_map(|(_, g)| g.iter().filter(|e| same(b, e)))
            .find_map(|e| e.position.clone())
    })
}

/// The pictures whose `position` a language's file gives and the gallery in one place does
/// not keep (each language then uses the kept one): (language, picture, its position, the
/// kept one).
pub fn positions_not_kept<'a>(
    versions: &[Version<'a>],
    langs: &[String],
) -> Vec<(&'a str, String, String, Option<String>)> {
    let Some((_, gallery)) = one_place(versions, langs) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for v in versions {
        let text = v.text.replace("\r\n", "\n");
        let Ok(page) = crate::content::parse_page(&text, Path::new(""), v.lang, false) else {
            continue;
        };
        let Front::Page(front) = page.front else {
            continue;
        };
        for e in front.gallery.iter().flatten() {
            let (Some(image), Some(own)) = (&e.image, &e.position) else {
                continue;
            };
            let kept = gallery
                .iter()
                .find(|g| g.get("image").and_then(serde_yaml::Value::as_str) == Some(image))
                .map(|g| {
                    g.get("position")
                        .and_then(serde_yaml::Value::as_str)
                        .map(String::from)
                });
            if let Some(kept) = kept.filter(|k| k.as_deref() != Some(own.as_str())) {
                out.push((v.lang, image.clone(), own.clone(), kept));
            }
        }
    }
    out
}

/// One entry of a gallery kept in one place: its kind, the file (or video address) of `b`,
/// the texts of every language, the part of the picture to keep in view. A picture always
/// has its alt texts (empty, for the form to ask for them).
fn one_entry(
    b: &GalleryEntry,
    alt: serde_yaml::Mapping,
    caption: serde_yaml::Mapping,
    title: serde_yaml::Mapping,
    position: Option<String>,
) -> serde_yaml::Value {
    let mut map = serde_yaml::Mapping::new();
    let mut put = |k: &str, v: Option<serde_yaml::Value>| {
        if let Some(v) = v {
            map.insert(k.into(), v);
        }
    };
    let text = |v: &Option<String>| v.as_deref().map(serde_yaml::Value::from);
    let texts = |m: serde_yaml::Mapping| (!m.is_empty()).then_some(serde_yaml::Value::Mapping(m));
    put("type", kind_of(b).map(serde_yaml::Value::from));
    if b.image.is_some() {
        put("image", text(&b.image));
        put("alt", Some(serde_yaml::Value::Mapping(alt)));
        put("caption", texts(caption));
        put("position", text(&position));
    } else {
        put("video", text(&b.video));
        put("title", texts(title));
        put("poster", text(&b.poster));
    }
    serde_yaml::Value::Mapping(map)
}

/// `text` (one language's file of a page) with `gallery` as its gallery; None when it has
/// that gallery already (as data: its layout and comments are kept) or cannot be changed.
pub fn with_gallery(original: &str, gallery: &[serde_yaml::Value]) -> Option<String> {
    // Read as herald reads it (Windows line endings as `\n`), written back with its own.
    let crlf = original.contains("\r\n");
    let text = &original.replace("\r\n", "\n");
    let own = crate::content::parse_page(text, Path::new(""), "", false).ok()?;
    let written = front_gallery(text, own.body_line);
    if written.as_deref() == Some(gallery) {
        return None;
    }
    let listed = serde_yaml::to_string(&serde_yaml::Value::Sequence(gallery.to_vec())).ok()?;
    let block: String = std::iter::once("gallery:\n".to_string())
        .chain(listed.lines().map(|l| format!("  {l}\n")))
        .collect();
    let block = match own.media_lines.1 {
        Some(key_line) => with_comments(&block, &gallery_comments(text, key_line, own.body_line)),
        None => block,
    };
    let mut replaced = replace_gallery(text, own.media_lines.1, own.body_line, &block)?;
    if crlf {
        replaced = replaced.replace('\n', "\r\n");
    }
    (replaced != original).then_some(replaced)
}

/// The comments of a file's gallery (from its `gallery:` line, 1-based, to the next key): for
/// each entry, those on its lines or on the lines before it; then the lines after the last
/// entry that are comments (kept as they are).
struct Comments {
    entries: Vec<Vec<String>>,
    after: Vec<String>,
}

/// Where `#` starts a comment in a YAML line: at its start or after a space, outside quotes.
fn comment_at(line: &str) -> Option<usize> {
    let (mut single, mut double, mut prev) = (false, false, ' ');
    for (i, c) in line.char_indices() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single && prev != '\\' => double = !double,
            '#' if !single && !double && prev.is_whitespace() => return Some(i),
            _ => {}
        }
        prev = c;
    }
    None
}

fn gallery_comments(text: &str, key_line: usize, body_line: usize) -> Comments {
    let lines: Vec<&str> = text.lines().collect();
    let closing = body_line.saturating_sub(2);
    let mut entries: Vec<Vec<String>> = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    let mut after: Vec<String> = Vec::new();
    let mut seq_indent = None;
    // Inside a block text (`caption: |`): its lines are text, not comments.
    let mut scalar_indent: Option<usize> = None;
    let indent_of = |l: &str| l.len() - l.trim_start().len();
    for (i, line) in lines
        .iter()
        .enumerate()
        .take(closing)
        .skip(key_line.saturating_sub(1))
    {
        let indent = indent_of(line);
        let trimmed = line.trim_start();
        if i >= key_line && !(line.trim().is_empty() || line.starts_with([' ', '-', '#'])) {
            break;
        }
        if let Some(s) = scalar_indent {
            if line.trim().is_empty() || indent > s {
                continue;
            }
            scalar_indent = None;
        }
        if trimmed.starts_with('#') {
            pending.push(trimmed.trim_end().to_string());
            after.push(line.to_string());
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        after.clear();
        let starts_entry = i >= key_line
            && trimmed.starts_with('-')
            && *seq_indent.get_or_insert(indent) == indent;
        if starts_entry {
            entries.push(std::mem::take(&mut pending));
        }
        if let Some(at) = comment_at(line) {
            let own = line[at..].trim_end().to_string();
            match entries.last_mut() {
                Some(e) if i >= key_line => e.push(own),
                _ => pending.push(own),
            }
        }
        let value = comment_at(line).map_or(*line, |at| &line[..at]).trim_end();
        if value.ends_with(['|', '>']) || value.ends_with("|-") || value.ends_with(">-") {
            scalar_indent = Some(indent);
        }
    }
    // Comments after the last entry stay after the gallery, as they were written.
    Comments { entries, after }
}

/// `block` (a gallery written by [`with_gallery`]: `gallery:` and its entries, each starting
/// `  - `) with each entry's comments on their own lines before it, and the comments that
/// followed the gallery after it.
fn with_comments(block: &str, comments: &Comments) -> String {
    let mut out = String::new();
    let mut entry = 0;
    for line in block.split_inclusive('\n') {
        if line.starts_with("  - ") {
            for c in comments.entries.get(entry).into_iter().flatten() {
                out.push_str(&format!("  {c}\n"));
            }
            entry += 1;
        }
        out.push_str(line);
    }
    for l in &comments.after {
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// `text` without its front matter's `gallery:`; None when it has none.
fn without_gallery(original: &str) -> Option<String> {
    let crlf = original.contains("\r\n");
    let text = &original.replace("\r\n", "\n");
    let own = crate::content::parse_page(text, Path::new(""), "", false).ok()?;
    let key_line = own.media_lines.1?;
    // The comments that followed the gallery stay (those inside it go with it).
    let after: String = gallery_comments(text, key_line, own.body_line)
        .after
        .iter()
        .map(|l| format!("{l}\n"))
        .collect();
    let mut removed = replace_gallery(text, Some(key_line), own.body_line, &after)?;
    if crlf {
        removed = removed.replace('\n', "\r\n");
    }
    Some(removed)
}

/// The gallery of a file's front matter as YAML data.
fn front_gallery(text: &str, body_line: usize) -> Option<Vec<serde_yaml::Value>> {
    let front: String = text
        .split_inclusive('\n')
        .take(body_line.saturating_sub(2))
        .skip(1)
        .collect();
    let value: serde_yaml::Value = serde_yaml::from_str(&front).ok()?;
    value.get("gallery")?.as_sequence().cloned()
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
    Some(lines[..from].concat() + block + &lines[to..].concat())
}

/// Every content file whose gallery is not yet kept in one place (the form the editor
/// writes: see [`one_place`]), with what to do with it: the pages of each item in every
/// language are given the same gallery. `read` gives a file's text (the site's file,
/// relative to the site folder); `langs` are the site's languages, the default first.
pub fn untyped(
    content: &Content,
    read: impl Fn(&PathBuf) -> Option<String>,
    langs: &[String],
) -> Vec<Typed> {
    let mut keys: Vec<&str> = content
        .pages
        .iter()
        .filter(|p| p.page_front().is_some_and(|f| f.gallery.is_some()))
        .map(|p| p.key.as_str())
        .collect();
    keys.sort();
    keys.dedup();
    let mut out = Vec::new();
    for key in keys {
        let files: Vec<(&str, &PathBuf, String)> = content
            .pages
            .iter()
            .filter(|p| p.key == key && !p.is_index)
            .filter_map(|p| read(&p.file).map(|t| (p.lang.as_str(), &p.file, t)))
            .collect();
        let versions: Vec<Version> = files
            .iter()
            .map(|(lang, _, text)| Version { lang, text })
            .collect();
        let Some((holder, gallery)) = one_place(&versions, langs) else {
            continue;
        };
        for (lang, image, own, kept) in positions_not_kept(&versions, langs) {
            if let Some((_, file, _)) = files.iter().find(|(l, _, _)| *l == lang) {
                out.push(Typed::Position((*file).clone(), image, own, kept));
            }
        }
        for (lang, file, text) in &files {
            let wanted: &[serde_yaml::Value] = if *lang == holder { &gallery } else { &[] };
            match in_one_place(&versions, lang, langs) {
                Some(new) => out.push(Typed::Added((*file).clone(), new)),
                None if front_gallery_of(text).unwrap_or_default() != wanted => {
                    out.push(Typed::Left((*file).clone()))
                }
                None => {}
            }
        }
    }
    out.sort_by(|a, b| a.file().cmp(b.file()));
    out
}

impl Typed {
    fn file(&self) -> &Path {
        match self {
            Typed::Added(f, _) | Typed::Left(f) | Typed::Position(f, ..) => f,
        }
    }
}

/// The gallery of a file's front matter as YAML data, the file read as a page.
fn front_gallery_of(text: &str) -> Option<Vec<serde_yaml::Value>> {
    let text = &text.replace("\r\n", "\n");
    let own = crate::content::parse_page(text, Path::new(""), "", false).ok()?;
    front_gallery(text, own.body_line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs() -> Vec<String> {
        vec!["lv".into(), "lt".into()]
    }

    const LV: &str = "---\ntitle: A\ngallery:\n  - {image: new.jpg, alt: Jauns}\n  - image: a.jpg # ezers\n    alt: A\n    caption: Ezers\n  - {video: \"https://vimeo.com/1\", title: V}\n  - {image: b.jpg, alt: B, position: top}\n---\nTeksts.\n";
    const LT: &str = "---\ntitle: A lt\ngallery:\n  - image: b.jpg\n    alt: B lt\n    caption: \"Cap: lt\"\n  # a comment\n  - {image: a.jpg, alt: A lt}\n  - {image: extra.jpg, alt: X}\nslug: a-lt\n---\nTekstas.\n";

    fn versions<'a>(v: &[(&'a str, &'a str)]) -> Vec<Version<'a>> {
        v.iter()
            .map(|(lang, text)| Version { lang, text })
            .collect()
    }

    #[test]
    fn every_languages_texts_beside_the_default_languages_pictures_in_their_order() {
        let v = versions(&[("lt", LT), ("lv", LV)]);
        let (holder, g) = one_place(&v, &langs()).unwrap();
        assert_eq!(holder, "lv");
        assert_eq!(
            serde_yaml::to_string(&g).unwrap(),
            "- type: image\n  image: new.jpg\n  alt:\n    lv: Jauns\n- type: image\n  image: a.jpg\n  alt:\n    lv: A\n    lt: A lt\n  caption:\n    lv: Ezers\n- type: video\n  video: https://vimeo.com/1\n  title:\n    lv: V\n- type: image\n  image: b.jpg\n  alt:\n    lv: B\n    lt: B lt\n  caption:\n    lt: 'Cap: lt'\n  position: top\n- type: image\n  image: extra.jpg\n  alt:\n    lt: X\n"
        );
        // The default language's file holds it; the translation's has none (the rest of each
        // file stays as it is).
        let lv = in_one_place(&v, "lv", &langs()).unwrap();
        assert!(lv.starts_with("---\ntitle: A\ngallery:\n  - type: image\n    image: new.jpg\n    alt:\n      lv: Jauns\n"), "{lv}");
        assert!(lv.ends_with("      lt: X\n---\nTeksts.\n"), "{lv}");
        let lt = in_one_place(&v, "lt", &langs()).unwrap();
        assert_eq!(lt, "---\ntitle: A lt\nslug: a-lt\n---\nTekstas.\n");
        // Given again: nothing to change, and the same gallery.
        let again = versions(&[("lv", &lv), ("lt", &lt)]);
        assert_eq!(in_one_place(&again, "lv", &langs()), None);
        assert_eq!(in_one_place(&again, "lt", &langs()), None);
        assert_eq!(one_place(&again, &langs()).unwrap().1, g);
        // A text per language wins over the translation's own (older) text.
        let stale = versions(&[("lv", &lv), ("lt", LT)]);
        assert_eq!(one_place(&stale, &langs()).unwrap().1, g);
    }

    #[test]
    fn a_page_only_in_a_translation_keeps_its_gallery() {
        let v = versions(&[("lt", LT)]);
        let (holder, g) = one_place(&v, &langs()).unwrap();
        assert_eq!((holder, g.len()), ("lt", 3));
        assert!(in_one_place(&v, "lt", &langs())
            .unwrap()
            .contains("    alt:\n      lt: B lt\n"));
    }

    #[test]
    fn a_caption_written_as_a_number_keeps_its_text() {
        let lv = "---\ntitle: A\ngallery:\n  - image: a.jpg\n    alt: A\n    caption: 1.50\n---\n";
        let lt = "---\ntitle: A\ngallery:\n  - {image: a.jpg, alt: 2024, caption: 0.50}\n---\n";
        let v = versions(&[("lv", lv), ("lt", lt)]);
        let written = in_one_place(&v, "lv", &langs()).unwrap();
        assert!(
            written.contains("    alt:\n      lv: A\n      lt: '2024'\n    caption:\n      lv: '1.50'\n      lt: '0.50'\n"),
            "{written}"
        );
        // Read back by herald: the same texts.
        let again = versions(&[("lv", &written)]);
        assert_eq!(in_one_place(&again, "lv", &langs()), None);
    }

    #[test]
    fn a_translations_own_position_is_kept_or_reported() {
        let lv = "---\ntitle: A\ngallery:\n  - {image: a.jpg, alt: A, position: top}\n  - {image: b.jpg, alt: B}\n---\n";
        let lt = "---\ntitle: A\ngallery:\n  - {image: a.jpg, alt: A lt, position: bottom}\n  - {image: b.jpg, alt: B lt, position: 50% 20%}\n---\n";
        let v = versions(&[("lv", lv), ("lt", lt)]);
        let (_, g) = one_place(&v, &langs()).unwrap();
        let position = |i: usize| g[i].get("position").and_then(|p| p.as_str());
        // The default language's, where it gives one; else the translation's, not lost.
        assert_eq!((position(0), position(1)), (Some("top"), Some("50% 20%")));
        // The translation's that is not kept is reported.
        assert_eq!(
            positions_not_kept(&v, &langs()),
            [("lt", "a.jpg".into(), "bottom".into(), Some("top".into()))]
        );
    }

    #[test]
    fn comments_in_and_after_a_gallery_are_kept() {
        let lv = "---\ntitle: A\ngallery: # pictures\n  # the lake first\n  - image: a.jpg # ezers\n    alt: A\n    caption: |\n      # not a comment\n      Ezers\n  - {image: b.jpg, alt: \"B # not a comment\"}\n  # last\n# Latvian only\ntranslate: false\n---\n";
        let lt = "---\ntitle: A\ngallery:\n  - {image: a.jpg, alt: A lt} # lost with the gallery\n# stays\nslug: a\n---\n";
        let v = versions(&[("lv", lv), ("lt", lt)]);
        let written = in_one_place(&v, "lv", &langs()).unwrap();
        assert_eq!(
            written,
            "---\ntitle: A\ngallery:\n  # pictures\n  # the lake first\n  # ezers\n  - type: image\n    image: a.jpg\n    alt:\n      lv: A\n      lt: A lt\n    caption:\n      lv: |\n        # not a comment\n        Ezers\n  - type: image\n    image: b.jpg\n    alt:\n      lv: 'B # not a comment'\n  # last\n# Latvian only\ntranslate: false\n---\n"
        );
        assert_eq!(
            in_one_place(&v, "lt", &langs()).unwrap(),
            "---\ntitle: A\n# stays\nslug: a\n---\n"
        );
        // Run again: nothing changes.
        let again = versions(&[("lv", &written)]);
        assert_eq!(in_one_place(&again, "lv", &langs()), None);
    }

    #[test]
    fn no_gallery_in_any_language_is_nothing_to_do() {
        let v = versions(&[
            ("lv", "---\ntitle: A\n---\n"),
            ("lt", "---\ntitle: A lt\n---\n"),
        ]);
        assert_eq!(one_place(&v, &langs()), None);
        assert_eq!(in_one_place(&v, "lv", &langs()), None);
    }

    #[test]
    fn a_list_in_one_line_and_crlf_files_are_rewritten() {
        let text = "---\r\ntitle: A\r\ngallery: [{image: a.jpg, alt: A}]\r\n---\r\nX\r\n";
        assert_eq!(
            in_one_place(&versions(&[("lv", text)]), "lv", &langs()).unwrap(),
            "---\r\ntitle: A\r\ngallery:\r\n  - type: image\r\n    image: a.jpg\r\n    alt:\r\n      lv: A\r\n---\r\nX\r\n"
        );
    }
}
