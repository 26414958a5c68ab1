//! Galleries as data: a translation's gallery merged with its default-language sibling's (files,
//! order and videos from the default language, alt texts and captions per language), the
//! checks that every picture has alt text in every language, and video addresses turned into
//! privacy-friendly embeds (youtube-nocookie.com, Vimeo with `dnt=1`). Pure functions: no file
//! access and no HTML; pictures are made by `images`, pages by `render`.

use std::path::{Path, PathBuf};

use crate::content::{text_for, GalleryEntry, Text};
use crate::diagnostics::{Code, Diagnostic};

/// A gallery as one Markdown file lists it.
#[derive(Debug, Clone, Copy)]
pub struct Listed<'a> {
    pub file: &'a Path,
    pub entries: &'a [GalleryEntry],
    /// Line of each entry (may be shorter than `entries` for flow-style lists).
    pub lines: &'a [usize],
    /// Line of the `gallery:` key.
    pub key_line: Option<usize>,
}

impl Listed<'_> {
    fn line_of(&self, i: usize) -> Option<usize> {
        self.lines.get(i).copied().or(self.key_line)
    }
}

/// One entry of a page's gallery in the page's language.
#[derive(Debug, Clone, PartialEq, Hash)]
pub struct Entry {
    /// Picture (`image`, `position`) or video (`video`, `poster`); its texts are the fields
    /// below, in the page's language (left empty here).
    pub entry: GalleryEntry,
    /// The alt text, caption and video title in the page's language.
    pub alt: Option<String>,
    pub caption: Option<String>,
    pub title: Option<String>,
    /// The file that names the picture or video file, and its line, for messages about it.
    pub origin: PathBuf,
    pub line: Option<usize>,
    /// Set when the video's title is the default language's (no title in this language).
    pub title_lang: Option<String>,
}

fn has_text(s: Option<&str>) -> bool {
    s.is_some_and(|t| !t.trim().is_empty())
}

/// A gallery entry's texts in one language, from the file that holds it.
#[derive(Default)]
struct Texts {
    alt: Option<String>,
    caption: Option<String>,
    title: Option<String>,
}

impl Texts {
    /// The texts of `e` for a page in `lang`, read in a file in `file_lang`.
    fn of(e: &GalleryEntry, lang: &str, file_lang: &str) -> Texts {
        let get = |t| text_for(t, lang, file_lang).map(String::from);
        Texts {
            alt: get(&e.alt),
            caption: get(&e.caption),
            title: get(&e.title),
        }
    }
}

/// The entry `e` (its files) with `texts`, named in `origin` at `line`.
fn entry(e: &GalleryEntry, texts: Texts, origin: &Path, line: Option<usize>) -> Entry {
    Entry {
        entry: GalleryEntry {
            alt: None,
            caption: None,
            title: None,
            ..e.clone()
        },
        alt: texts.alt,
        caption: texts.caption,
        title: texts.title,
        origin: origin.to_path_buf(),
        line,
        title_lang: None,
    }
}

/// Whether the translation's entry `e` names the default language's entry `b`'s file (or,
/// for a video, its address).
pub fn same_file(b: &GalleryEntry, e: &GalleryEntry) -> bool {
    match &b.image {
        Some(img) => e.image.as_ref() == Some(img),
        None => e.image.is_none() && e.video.is_some() && e.video == b.video,
    }
}

/// The gallery of the page `file` in `lang`. `own` is what that file lists, `base` what the
/// default-language sibling lists (None for the default language itself, or when there is no
/// sibling). An entry's texts are written either for its file's language (a text) or per
/// language (`alt: {lv: ..., lt: ...}`): a translation takes the default language's file's
/// text in its language, else its own file's. Errors: a picture without alt text, a
/// translation listing a file the default language does not.
pub fn merge(
    file: &Path,
    lang: &str,
    base_lang: &str,
    own: Option<Listed>,
    base: Option<Listed>,
) -> Result<Vec<Entry>, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let Some(base) = base else {
        let Some(own) = own else {
            return Ok(Vec::new());
        };
        let entries = own
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let texts = Texts::of(e, lang, lang);
                if e.image.is_some() && !has_text(texts.alt.as_deref()) {
                    errors.push(no_alt(own.file, own.line_of(i), e, lang, false));
                }
                entry(e, texts, own.file, own.line_of(i))
            })
            .collect();
        return if errors.is_empty() {
            Ok(entries)
        } else {
            Err(errors)
        };
    };

    // A translation: what it lists must be in the default language's gallery.
    if let Some(own) = own {
        for (i, e) in own.entries.iter().enumerate() {
            let found = base.entries.iter().any(|b| match (&e.image, &e.video) {
                (Some(img), _) => b.image.as_ref() == Some(img),
                (None, Some(v)) => b.video.as_ref() == Some(v),
                (None, None) => true,
            });
            if !found {
                let name = e.image.as_deref().or(e.video.as_deref()).unwrap_or("");
                let mut d = Diagnostic::error(crate::tr!(
                    "gallery-not-in-base",
                    name = name,
                    file = base.file.display().to_string()
                ))
                .with_code(Code::TranslationMismatch)
                .in_file(own.file)
                .with_hint(crate::tr!(
                    "gallery-not-in-base-hint",
                    lang = base_lang,
                    name = name
                ));
                if let Some(l) = own.line_of(i) {
                    d = d.at_line(l);
                }
                errors.push(d);
            }
        }
    }
    let mut missing_alt: Vec<&str> = Vec::new();
    let mut entries = Vec::with_capacity(base.entries.len());
    for (i, b) in base.entries.iter().enumerate() {
        let mine = own.and_then(|o| o.entries.iter().enumerate().find(|(_, e)| same_file(b, e)));
        // This language's texts: those the default language's file writes for it (the
        // gallery kept in one place), else the translation's own file's.
        let from_base = Texts::of(b, lang, base_lang);
        let own_texts = mine
            .map(|(_, e)| Texts::of(e, lang, lang))
            .unwrap_or_default();
        let first = |a: Option<String>, b: Option<String>| {
            a.filter(|t| has_text(Some(t)))
                .or(b.filter(|t| has_text(Some(t))))
        };
        let mut texts = Texts {
            alt: first(from_base.alt, own_texts.alt),
            caption: first(from_base.caption, own_texts.caption),
            title: first(from_base.title, own_texts.title),
        };
        let mut made = entry(b, Texts::default(), base.file, base.line_of(i));
        if let Some(pos) = mine.and_then(|(_, e)| e.position.clone()) {
            made.entry.position = Some(pos);
        }
        if b.image.is_some() {
            texts.title = None;
            if !has_text(texts.alt.as_deref()) {
                match (own, mine) {
                    // The texts are kept per language in the default language's file: the
                    // missing one is asked for there.
                    _ if matches!(b.alt, Some(Text::ByLang(_))) => {
                        errors.push(no_alt(base.file, base.line_of(i), b, lang, true));
                    }
                    (Some(o), Some((j, e))) => {
                        errors.push(no_alt(o.file, o.line_of(j), e, lang, true));
                    }
                    _ => missing_alt.push(b.image.as_deref().unwrap_or("")),
                }
            }
        } else {
            texts.alt = None;
            texts.caption = None;
            if texts.title.is_none() {
                let base_title = text_for(&b.title, base_lang, base_lang);
                if has_text(base_title) {
                    texts.title = base_title.map(String::from);
                    made.title_lang = Some(base_lang.to_string());
                }
            }
        }
        made.alt = texts.alt;
        made.caption = texts.caption;
        made.title = texts.title;
        entries.push(made);
    }
    if !missing_alt.is_empty() {
        let line = own.and_then(|o| o.key_line).unwrap_or(2);
        let example = missing_alt
            .iter()
            .map(|n| format!("  - {{image: {n}, alt: ..., caption: ...}}"))
            .collect::<Vec<_>>()
            .join("\n");
        errors.push(
            Diagnostic::error(crate::tr!(
                "gallery-translation-no-alt",
                count = missing_alt.len(),
                list = missing_alt
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                lang = lang
            ))
            .with_code(Code::MissingAlt)
            .in_file(file)
            .at_line(line)
            .with_hint(crate::tr!(
                "gallery-translation-no-alt-hint",
                file = base.file.display().to_string(),
                example = format!("gallery:\n{example}")
            )),
        );
    }
    if errors.is_empty() {
        Ok(entries)
    } else {
        Err(errors)
    }
}

fn no_alt(
    file: &Path,
    line: Option<usize>,
    e: &GalleryEntry,
    lang: &str,
    translation: bool,
) -> Diagnostic {
    let name = e.image.as_deref().unwrap_or("");
    let hint = if matches!(e.alt, Some(Text::ByLang(_))) {
        crate::tr!("gallery-no-alt-by-lang-hint", name = name, lang = lang)
    } else if translation {
        crate::tr!("gallery-no-alt-translation-hint", name = name)
    } else {
        crate::tr!("gallery-no-alt-hint", name = name)
    };
    let mut d = Diagnostic::error(crate::tr!("gallery-no-alt", name = name, lang = lang))
        .with_code(Code::MissingAlt)
        .in_file(file)
        .with_hint(hint);
    if let Some(l) = line {
        d = d.at_line(l);
    }
    d
}

/// A video of a gallery, as pages show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Video {
    /// Loaded from the host only after a click; `link` is the plain address for everyone.
    Embed {
        host: &'static str,
        embed: String,
        link: String,
    },
    /// A file of the site, shown in `<video controls>`.
    File,
}

/// Addresses herald accepts for online videos.
pub const VIDEO_HOSTS: &[&str] = &[
    "www.youtube.com",
    "youtube.com",
    "m.youtube.com",
    "youtu.be",
    "www.youtube-nocookie.com",
    "vimeo.com",
    "www.vimeo.com",
    "player.vimeo.com",
];

/// Parses a gallery video: a YouTube or Vimeo address, or a local `.mp4`/`.webm` file.
/// The error (code, message and hint) is placed in its file and line by the caller.
pub fn video(url: &str) -> Result<Video, Diagnostic> {
    let lower = url.to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    else {
        if lower.ends_with(".mp4") || lower.ends_with(".webm") {
            return Ok(Video::File);
        }
        return Err(unknown_video(url));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let after_host = &url[url.len() - rest.len() + host.len()..];
    let (path, query) = after_host.split_once('?').unwrap_or((after_host, ""));
    let path = path.split('#').next().unwrap_or(path);
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let param = |name: &str| {
        query.split(['&', '#']).find_map(|kv| {
            kv.split_once('=')
                .filter(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    };
    let valid = |id: &str, digits: bool| {
        !id.is_empty()
            && id.len() <= 64
            && id.chars().all(|c| {
                if digits {
                    c.is_ascii_digit()
                } else {
                    c.is_ascii_alphanumeric() || c == '-' || c == '_'
                }
            })
    };
    let no_id = || {
        Diagnostic::error(crate::tr!("gallery-video-no-id", url = url))
            .with_code(Code::BadVideo)
            .with_hint(crate::tr!("gallery-video-no-id-hint"))
    };
    match host {
        "www.youtube.com"
        | "youtube.com"
        | "m.youtube.com"
        | "youtu.be"
        | "www.youtube-nocookie.com" => {
            let id = if host == "youtu.be" {
                segs.first().map(|s| s.to_string())
            } else {
                match segs.as_slice() {
                    ["watch"] => param("v"),
                    ["embed" | "shorts" | "live" | "v", id, ..] => Some(id.to_string()),
                    _ => None,
                }
            };
            let id = id.filter(|i| valid(i, false)).ok_or_else(no_id)?;
            Ok(Video::Embed {
                host: "YouTube",
                embed: format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1"),
                link: format!("https://www.youtube.com/watch?v={id}"),
            })
        }
        "vimeo.com" | "www.vimeo.com" | "player.vimeo.com" => {
            let id = segs
                .iter()
                .find(|s| valid(s, true))
                .map(|s| s.to_string())
                .ok_or_else(no_id)?;
            Ok(Video::Embed {
                host: "Vimeo",
                embed: format!("https://player.vimeo.com/video/{id}?dnt=1&autoplay=1"),
                link: format!("https://vimeo.com/{id}"),
            })
        }
        _ => Err(unknown_video(url)),
    }
}

fn unknown_video(url: &str) -> Diagnostic {
    Diagnostic::error(crate::tr!("gallery-video-unknown", url = url))
        .with_code(Code::BadVideo)
        .with_hint(crate::tr!("gallery-video-unknown-hint"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pic(image: &str, alt: Option<&str>, caption: Option<&str>) -> GalleryEntry {
        GalleryEntry {
            image: Some(image.into()),
            alt: alt.map(|a| Text::One(a.into())),
            caption: caption.map(|c| Text::One(c.into())),
            ..Default::default()
        }
    }

    fn vid(url: &str, title: Option<&str>) -> GalleryEntry {
        GalleryEntry {
            video: Some(url.into()),
            title: title.map(|t| Text::One(t.into())),
            ..Default::default()
        }
    }

    #[test]
    fn translation_takes_files_and_order_from_the_default_language() {
        let lv = [
            pic("a.jpg", Some("A lv"), Some("Cap lv")),
            vid("https://vimeo.com/1", Some("Video lv")),
            pic("b.jpg", Some("B lv"), None),
        ];
        let lt = [
            pic("b.jpg", Some("B lt"), None),
            pic("a.jpg", Some("A lt"), Some("Cap lt")),
        ];
        let base = Listed {
            file: Path::new("x.lv.md"),
            entries: &lv,
            lines: &[4, 5, 6],
            key_line: Some(3),
        };
        let own = Listed {
            file: Path::new("x.lt.md"),
            entries: &lt,
            lines: &[3, 4],
            key_line: Some(2),
        };
        let merged = merge(Path::new("x.lt.md"), "lt", "lv", Some(own), Some(base)).unwrap();
        let alts: Vec<_> = merged.iter().map(|e| e.alt.as_deref()).collect();
        assert_eq!(alts, [Some("A lt"), None, Some("B lt")]);
        assert_eq!(merged[0].caption.as_deref(), Some("Cap lt"));
        assert_eq!(merged[1].title.as_deref(), Some("Video lv"));
        assert_eq!(merged[1].title_lang.as_deref(), Some("lv"));
        assert_eq!(merged[2].origin, Path::new("x.lv.md"));
        assert_eq!(merged[2].line, Some(6));
    }

    fn by_lang(pairs: &[(&str, &str)]) -> Option<Text> {
        Some(Text::ByLang(
            pairs
                .iter()
                .map(|(l, t)| (l.to_string(), t.to_string()))
                .collect(),
        ))
    }

    #[test]
    fn texts_per_language_kept_in_the_default_languages_file() {
        let lv = [
            GalleryEntry {
                image: Some("a.jpg".into()),
                alt: by_lang(&[("lv", "A lv"), ("lt", "A lt")]),
                caption: by_lang(&[("lt", "Cap lt")]),
                ..Default::default()
            },
            GalleryEntry {
                video: Some("https://vimeo.com/1".into()),
                title: by_lang(&[("lv", "V lv"), ("lt", "V lt")]),
                ..Default::default()
            },
        ];
        let base = Listed {
            file: Path::new("x.lv.md"),
            entries: &lv,
            lines: &[4, 7],
            key_line: Some(3),
        };
        let own_lv = merge(Path::new("x.lv.md"), "lv", "lv", Some(base), None).unwrap();
        assert_eq!(own_lv[0].alt.as_deref(), Some("A lv"));
        assert_eq!(own_lv[0].caption, None);
        assert_eq!(own_lv[1].title.as_deref(), Some("V lv"));
        // The translation has no gallery of its own: its texts come from the map.
        let lt = merge(Path::new("x.lt.md"), "lt", "lv", None, Some(base)).unwrap();
        assert_eq!(lt[0].alt.as_deref(), Some("A lt"));
        assert_eq!(lt[0].caption.as_deref(), Some("Cap lt"));
        assert_eq!(
            (lt[1].title.as_deref(), lt[1].title_lang.as_deref()),
            (Some("V lt"), None)
        );
        // The same gallery copied into the translation's file (as the editor saves it).
        let copy = Listed {
            file: Path::new("x.lt.md"),
            ..base
        };
        let lt = merge(Path::new("x.lt.md"), "lt", "lv", Some(copy), Some(base)).unwrap();
        assert_eq!(lt[0].alt.as_deref(), Some("A lt"));
        // A language missing from the map: the picture's entry in the file holding the map.
        let et = merge(Path::new("x.et.md"), "et", "lv", None, Some(base)).unwrap_err();
        assert_eq!(et.len(), 1);
        assert_eq!(et[0].file.as_deref(), Some(Path::new("x.lv.md")));
        assert_eq!(et[0].line, Some(4));
        assert!(et[0].message.contains("`a.jpg` has no alt text in `et`"));
    }

    #[test]
    fn missing_alt_names_file_and_line() {
        let lv = [pic("a.jpg", Some("A"), None), pic("b.jpg", None, None)];
        let own = Listed {
            file: Path::new("x.lv.md"),
            entries: &lv,
            lines: &[4, 5],
            key_line: Some(3),
        };
        let err = merge(Path::new("x.lv.md"), "lv", "lv", Some(own), None).unwrap_err();
        assert_eq!(err.len(), 1);
        assert_eq!(err[0].line, Some(5));
        assert!(err[0].message.contains("`b.jpg` has no alt text in `lv`"));

        // A translation without a gallery of its own: every picture lacks its alt text.
        let base = Listed {
            file: Path::new("x.lv.md"),
            entries: &lv[..1],
            lines: &[4],
            key_line: Some(3),
        };
        let err = merge(Path::new("x.lt.md"), "lt", "lv", None, Some(base)).unwrap_err();
        assert_eq!(err[0].file.as_deref(), Some(Path::new("x.lt.md")));
        assert_eq!(err[0].line, Some(2));
        let own_lt = Listed {
            file: Path::new("x.lt.md"),
            entries: &[],
            lines: &[],
            key_line: Some(5),
        };
        let err = merge(Path::new("x.lt.md"), "lt", "lv", Some(own_lt), Some(base)).unwrap_err();
        assert_eq!(err[0].file.as_deref(), Some(Path::new("x.lt.md")));
        assert_eq!(err[0].line, Some(5));
        assert!(err[0].message.contains("`a.jpg` has no alt text in `lt`"));
    }

    #[test]
    fn translation_cannot_add_files() {
        let lv = [pic("a.jpg", Some("A"), None)];
        let lt = [pic("a.jpg", Some("A"), None), pic("c.jpg", Some("C"), None)];
        let base = Listed {
            file: Path::new("x.lv.md"),
            entries: &lv,
            lines: &[4],
            key_line: Some(3),
        };
        let own = Listed {
            file: Path::new("x.lt.md"),
            entries: &lt,
            lines: &[3, 4],
            key_line: Some(2),
        };
        let err = merge(Path::new("x.lt.md"), "lt", "lv", Some(own), Some(base)).unwrap_err();
        assert_eq!(err[0].line, Some(4));
        assert!(err[0].message.contains("`c.jpg` is not in the gallery"));
    }

    #[test]
    fn videos_become_privacy_friendly_embeds() {
        let yt = |u: &str| match video(u).unwrap() {
            Video::Embed { embed, .. } => embed,
            Video::File => "file".into(),
        };
        for u in [
            "https://www.youtube.com/watch?v=abc_DEF-123&t=5",
            "https://youtu.be/abc_DEF-123",
            "https://www.youtube.com/embed/abc_DEF-123",
            "https://www.youtube.com/shorts/abc_DEF-123",
        ] {
            assert_eq!(
                yt(u),
                "https://www.youtube-nocookie.com/embed/abc_DEF-123?autoplay=1",
                "{u}"
            );
        }
        assert_eq!(
            yt("https://vimeo.com/76979871"),
            "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1"
        );
        assert_eq!(yt("clip.MP4"), "file");
        assert!(video("https://www.dailymotion.com/video/x1").is_err());
        assert!(video("https://www.youtube.com/watch?x=1").is_err());
        assert!(video("https://www.youtube.com/watch?v=<script>").is_err());
    }
}
