//! `content/`: walks the folder, decodes each Markdown file, splits and parses its YAML front
//! matter. Produces one [`SourcePage`] per file with everything needed for error messages (file,
//! line). Knows nothing of URLs, translations or rendering: that is `model`'s job. A
//! [`ParseCache`] keeps parsed files and the last listing between builds of a session.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;

use crate::diagnostics::{did_you_mean, Code, Diagnostic, Failure, Result};
use crate::paths::Slashed;
use crate::source::{decode_utf8_owned, parse_date, parse_when, yaml_error_at, When};

/// A picture or a video of an item's gallery, as written in the front matter.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Hash, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GalleryEntry {
    #[serde(default)]
    pub image: Option<String>,
    /// What the picture shows: one text in the file's language, or a text per language.
    #[serde(default)]
    pub alt: Option<Text>,
    #[serde(default)]
    pub caption: Option<Text>,
    #[serde(default)]
    pub video: Option<String>,
    #[serde(default)]
    pub title: Option<Text>,
    /// A video's poster picture (the first thing shown; the video loads after a click).
    #[serde(default)]
    pub poster: Option<String>,
    /// The part of the picture that must stay in view where a thumbnail cuts it: `top`,
    /// `center`, `bottom`, `left`, `right` or `x% y%`; else the whole picture is shown.
    #[serde(default)]
    pub position: Option<String>,
    /// `image` or `video`: what the entry is, as the browser editor writes it (its list of
    /// two kinds of entries tells them apart by this key). Optional; it must agree with the
    /// entry.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
}

/// A text of a gallery entry (`alt`, `caption`, a video's `title`): one text, in the language
/// of the file that holds it, or a text per language by language code (`{lv: ..., lt: ...}`),
/// so that one gallery, kept in one file, holds every language's texts beside its pictures
/// (as the browser editor writes it).
#[derive(Debug, Clone, PartialEq, Eq, Hash, schemars::JsonSchema)]
#[schemars(untagged)]
pub enum Text {
    One(String),
    ByLang(std::collections::BTreeMap<String, String>),
}

impl Text {
    /// The text for a page in `lang`, read in a file in `file_lang`: a single text is its
    /// file's language's only; a text per language gives that language's.
    pub fn for_lang(&self, lang: &str, file_lang: &str) -> Option<&str> {
        match self {
            Text::One(t) => (lang == file_lang).then_some(t.as_str()),
            Text::ByLang(m) => m.get(lang).map(String::as_str),
        }
    }

    /// The language codes a text per language names (none for a single text).
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        let keys = match self {
            Text::One(_) => None,
            Text::ByLang(m) => Some(m.keys().map(String::as_str)),
        };
        keys.into_iter().flatten()
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text, or a text per language (lv: ..., lt: ...)")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<Text, E> {
                Ok(Text::One(v.to_string()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> std::result::Result<Text, E> {
                Ok(Text::One(v))
            }
            // A number or a yes/no written as a text (`caption: 2024`) is that text, as
            // when the key took only a text.
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> std::result::Result<Text, E> {
                Ok(Text::One(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> std::result::Result<Text, E> {
                Ok(Text::One(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<Text, E> {
                Ok(Text::One(v.to_string()))
            }
            // `1.50` arrives as 1.5: `parse_page` then takes the text as written (see
            // `written_reals`).
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> std::result::Result<Text, E> {
                READ_A_REAL.with(|r| r.set(true));
                Ok(Text::One(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> std::result::Result<Text, A::Error> {
                serde::de::Deserialize::deserialize(serde::de::value::MapAccessDeserializer::new(
                    map,
                ))
                .map(Text::ByLang)
            }
        }
        d.deserialize_any(V)
    }
}

thread_local! {
    /// Set when a gallery text was read from a real number (`caption: 1.50`), whose text as
    /// written serde_yaml does not give: the front matter is then read again for it.
    static READ_A_REAL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The gallery's one-language texts that YAML reads as real numbers (`caption: 1.50`), as
/// written: by entry, the key and the text. Empty when the front matter cannot be read so.
fn written_reals(yaml: &str) -> Vec<Vec<(&'static str, String)>> {
    use yaml_rust::Yaml;
    let Ok(docs) = yaml_rust::YamlLoader::load_from_str(yaml) else {
        return Vec::new();
    };
    let Some(Yaml::Array(entries)) = docs.first().map(|d| &d["gallery"]) else {
        return Vec::new();
    };
    entries
        .iter()
        .map(|e| {
            ["alt", "caption", "title"]
                .into_iter()
                .filter_map(|k| match &e[k] {
                    Yaml::Real(text) => Some((k, text.clone())),
                    _ => None,
                })
                .collect()
        })
        .collect()
}

/// `front`'s gallery with the texts read from real numbers as written (`1.50`, not 1.5).
fn keep_written_reals(front: &mut PageFront, yaml: &str) {
    let Some(gallery) = front.gallery.as_mut() else {
        return;
    };
    for (entry, reals) in gallery.iter_mut().zip(written_reals(yaml)) {
        for (key, text) in reals {
            let field = match key {
                "alt" => &mut entry.alt,
                "caption" => &mut entry.caption,
                _ => &mut entry.title,
            };
            if matches!(field, Some(Text::One(_))) {
                *field = Some(Text::One(text));
            }
        }
    }
}

/// The text of `text` for a page in `lang` read in a file in `file_lang` (see [`Text::for_lang`]).
pub fn text_for<'a>(text: &'a Option<Text>, lang: &str, file_lang: &str) -> Option<&'a str> {
    text.as_ref().and_then(|t| t.for_lang(lang, file_lang))
}

/// The `type` of a gallery entry when it does not say what the entry is (`type: video` on a
/// picture, `type: photo`); None when it agrees or is left out.
fn wrong_kind(g: &GalleryEntry) -> Option<&str> {
    match (g.kind.as_deref(), &g.image, &g.video) {
        (None, _, _) | (Some("image"), Some(_), None) | (Some("video"), None, Some(_)) => None,
        (Some(kind), _, _) => Some(kind),
    }
}

/// Who prepared the text ("Informāciju sagatavoja: name, role").
#[derive(
    Debug, Clone, Default, Deserialize, PartialEq, Hash, serde::Serialize, schemars::JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct Author {
    pub name: String,
    #[serde(default)]
    pub role: Option<String>,
}

/// An event the item describes: when it starts and ends (a day, or a day and a time, in the
/// site's time zone) and where (written as the text shows it: "Jelgavā").
#[derive(Debug, Clone, Deserialize, PartialEq, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventFront {
    /// YYYY-MM-DD, or YYYY-MM-DD HH:MM.
    #[schemars(with = "String")]
    pub start: YamlScalar,
    /// YYYY-MM-DD, or YYYY-MM-DD HH:MM; not before the start.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub end: Option<YamlScalar>,
    /// Where, in the form the sentence needs ("Jelgavā", "Rokiškyje").
    #[serde(default)]
    pub place: Option<String>,
}

impl EventFront {
    /// The start and the end (None: not given; an invalid one was refused when read).
    pub fn times(&self) -> Option<(When, Option<When>)> {
        let start = parse_when(&scalar_text(&self.start)).ok()?;
        let end = self
            .end
            .as_ref()
            .and_then(|e| parse_when(&scalar_text(e)).ok());
        Some((start, end))
    }
}

/// Front matter of a page (`<name>.<lang>.md` or `<name>/index.<lang>.md`).
#[derive(Debug, Clone, Default, Deserialize, PartialEq, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "herald page front matter")]
pub struct PageFront {
    /// The page's title (required).
    #[serde(default)]
    pub title: Option<String>,
    /// The day of the news, YYYY-MM-DD (required for news items; translations inherit it).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub date: Option<YamlScalar>,
    /// The day the text was last changed in substance, YYYY-MM-DD (structured data's
    /// `dateModified`; else the date). Translations inherit it.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub updated: Option<YamlScalar>,
    /// One or two sentences for lists, feeds and social media; else the first paragraph.
    #[serde(default)]
    pub summary: Option<String>,
    /// The URL segment; else made from the file or folder name.
    #[serde(default)]
    pub slug: Option<String>,
    #[serde(default)]
    pub author: Option<Author>,
    #[serde(default)]
    pub tags: Option<Vec<String>>,
    /// true: left out unless built with --drafts.
    #[serde(default)]
    pub draft: Option<bool>,
    /// A picture, relative to the page bundle or, starting with /, to static/.
    #[serde(default)]
    pub cover: Option<String>,
    /// The part of the cover that must stay in view where it is cut (`top`, `50% 20%`);
    /// else the whole picture is shown.
    #[serde(default)]
    pub cover_position: Option<String>,
    /// Pictures {image, alt, caption} and videos {video, title}.
    #[serde(default)]
    pub gallery: Option<Vec<GalleryEntry>>,
    /// This item's organisation responsible for the content, replacing project.responsible.
    #[serde(default)]
    pub responsible: Option<String>,
    /// An event the item announces or reports: {start, end, place}.
    #[serde(default)]
    pub event: Option<EventFront>,
    /// `false`: published in this language only, on purpose (`check` does not ask for a
    /// translation).
    #[serde(default)]
    pub translate: Option<bool>,
    /// Anything, for custom templates (page.extra).
    #[serde(default)]
    #[schemars(with = "Option<serde_json::Value>")]
    pub extra: Option<serde_yaml::Value>,
}

/// A YAML scalar as the text it was written as.
fn scalar_text(raw: &YamlScalar) -> String {
    match raw {
        YamlScalar::Text(s) => s.clone(),
        YamlScalar::Other(v) => serde_yaml::to_string(v).unwrap_or_default(),
    }
}

impl PageFront {
    /// The `updated:` day (None when absent; a wrong one was refused when the file was read).
    pub fn updated_date(&self) -> Option<jiff::civil::Date> {
        self.updated
            .as_ref()
            .and_then(|raw| parse_date(scalar_text(raw).trim()).ok())
    }
}

pub const PAGE_KEYS: &[&str] = &[
    "title",
    "date",
    "updated",
    "summary",
    "slug",
    "author",
    "tags",
    "draft",
    "cover",
    "cover_position",
    "gallery",
    "responsible",
    "event",
    "translate",
    "extra",
];

/// Front matter of a section's (or the home page's) `_index.<lang>.md`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "herald section front matter (_index.<lang>.md)")]
pub struct SectionFront {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub slug: Option<String>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub paginate_by: Option<usize>,
    #[serde(default)]
    #[schemars(with = "Option<serde_json::Value>")]
    pub extra: Option<serde_yaml::Value>,
}

pub const SECTION_KEYS: &[&str] = &["title", "slug", "summary", "paginate_by", "extra"];

/// YAML may type `2021-02-18` as a string and an unquoted timestamp differently; keep the text.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum YamlScalar {
    Text(String),
    Other(serde_yaml::Value),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Front {
    Page(Box<PageFront>),
    Section(SectionFront),
}

#[derive(Debug, Clone)]
pub struct SourcePage {
    /// Path relative to the site root (`content/news/kick-off/index.lv.md`), as messages show it.
    pub file: PathBuf,
    /// Folder whose files belong to this page (a bundle's folder, else the file's folder),
    /// relative to the site root.
    pub dir: PathBuf,
    pub lang: String,
    /// What translations share: the content-relative path without the language suffix
    /// (`news/kick-off`, `about`; `news` for a section's `_index`, `` for the home page).
    pub key: String,
    /// Key of the section the page belongs to (`` for top-level pages); for an `_index`, the
    /// parent section.
    pub parent: String,
    pub is_index: bool,
    pub is_bundle: bool,
    pub front: Front,
    /// Where `date:` sits, to point at it in messages.
    pub date_line: Option<usize>,
    /// Where `slug:` sits.
    pub slug_line: Option<usize>,
    /// Where `cover:` and `gallery:` sit.
    pub media_lines: (Option<usize>, Option<usize>),
    /// Line of each gallery entry (its `- ` line), in order.
    pub gallery_lines: Vec<usize>,
    /// The parsed date, when given and valid.
    pub date: Option<jiff::civil::Date>,
    /// The Markdown after the front matter.
    pub body: Body,
    /// 1-based line of the site file at which `body` starts.
    pub body_line: usize,
}

impl SourcePage {
    /// The front matter of a page or news item; None for a section's `_index` file.
    pub fn page_front(&self) -> Option<&PageFront> {
        match &self.front {
            Front::Page(f) => Some(f.as_ref()),
            Front::Section(_) => None,
        }
    }

    /// Whether `other` is this page with another text: the same file, front matter and lines
    /// of front matter; only the body (and where it starts) may differ.
    pub fn differs_only_in_body(&self, other: &SourcePage) -> bool {
        // Destructured, so that a field added later must be placed on one side or the other.
        let SourcePage {
            file,
            dir,
            lang,
            key,
            parent,
            is_index,
            is_bundle,
            front,
            date_line,
            slug_line,
            media_lines,
            gallery_lines,
            date,
            body: _,
            body_line: _,
        } = self;
        *file == other.file
            && *dir == other.dir
            && *lang == other.lang
            && *key == other.key
            && *parent == other.parent
            && *is_index == other.is_index
            && *is_bundle == other.is_bundle
            && *front == other.front
            && *date_line == other.date_line
            && *slug_line == other.slug_line
            && *media_lines == other.media_lines
            && *gallery_lines == other.gallery_lines
            && *date == other.date
    }
}

/// A page's Markdown text (what follows its front matter). A session (serve, check) holds every
/// text, to compare them between builds; a one-off build holds none: a 50 000-item site has
/// 1.7 GB of them. It keeps where each text is and its hash, and reads it again when it needs
/// it, refusing a file that changed since it was loaded (its page would no longer match the
/// rest of the site).
#[derive(Debug, Clone)]
pub struct Body(BodyKept);

#[derive(Debug, Clone)]
enum BodyKept {
    /// Shared, so the model and caches hold it without copying.
    Held(std::sync::Arc<str>),
    Dropped(std::sync::Arc<DroppedBody>),
}

#[derive(Debug)]
struct DroppedBody {
    /// The file as read (absolute), and as messages name it.
    abs: PathBuf,
    file: PathBuf,
    /// Bytes of the text, which ends the decoded file.
    len: usize,
    hash: u64,
    /// [`may_show_pictures`] of the text.
    pictures: bool,
}

/// Whether a load keeps every page's text in memory ([`Body`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Bodies {
    #[default]
    Held,
    /// Read again when needed; section and home texts (a few) are held all the same.
    ReadAgain,
}

impl Body {
    pub fn held(text: impl Into<std::sync::Arc<str>>) -> Body {
        Body(BodyKept::Held(text.into()))
    }

    /// The text as `abs` held it when loaded, to be read again from there.
    fn dropped(text: &str, abs: &Path, file: &Path) -> Body {
        Body(BodyKept::Dropped(std::sync::Arc::new(DroppedBody {
            abs: abs.to_path_buf(),
            file: file.to_path_buf(),
            len: text.len(),
            hash: crate::output::content_hash(text.as_bytes()),
            pictures: may_show_pictures(text),
        })))
    }

    /// Whether the text can show a picture at all ([`may_show_pictures`]), without reading it
    /// again.
    pub fn may_show_pictures(&self) -> bool {
        match &self.0 {
            BodyKept::Held(t) => may_show_pictures(t),
            BodyKept::Dropped(d) => d.pictures,
        }
    }

    /// Length in bytes, known without reading.
    pub fn len(&self) -> usize {
        match &self.0 {
            BodyKept::Held(t) => t.len(),
            BodyKept::Dropped(d) => d.len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text: the one held, or read again from its file (an error when the file changed
    /// since the site was loaded, or cannot be read).
    pub fn text(&self) -> Result<std::sync::Arc<str>> {
        match &self.0 {
            BodyKept::Held(t) => Ok(std::sync::Arc::clone(t)),
            BodyKept::Dropped(d) => d.read(),
        }
    }

    /// The hash of the text ([`crate::output::content_hash`]), without reading it again.
    pub fn content_hash(&self) -> u64 {
        match &self.0 {
            BodyKept::Held(t) => crate::output::content_hash(t.as_bytes()),
            BodyKept::Dropped(d) => d.hash,
        }
    }

    /// Whether `other` is this very text, without reading (for caches that compare the texts
    /// of two builds): the same shared text, or the same file, length and hash.
    pub fn same(&self, other: &Body) -> bool {
        match (&self.0, &other.0) {
            (BodyKept::Held(a), BodyKept::Held(b)) => std::sync::Arc::ptr_eq(a, b) || a == b,
            (BodyKept::Dropped(a), BodyKept::Dropped(b)) => {
                a.abs == b.abs && a.len == b.len && a.hash == b.hash
            }
            _ => false,
        }
    }

    /// Whether `other` shares this text's memory (a pointer check, never a comparison).
    pub fn shares(&self, other: &Body) -> bool {
        match (&self.0, &other.0) {
            (BodyKept::Held(a), BodyKept::Held(b)) => std::sync::Arc::ptr_eq(a, b),
            (BodyKept::Dropped(a), BodyKept::Dropped(b)) => std::sync::Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// Whether Markdown text can name a picture: an image (`![`) or a link to a picture file.
pub fn may_show_pictures(body: &str) -> bool {
    if body.contains("![") {
        return true;
    }
    let bytes = body.as_bytes();
    body.match_indices('.').any(|(i, _)| {
        let rest = &bytes[i + 1..];
        ["jpg", "jpeg", "png", "webp"].iter().any(|ext| {
            rest.len() >= ext.len() && rest[..ext.len()].eq_ignore_ascii_case(ext.as_bytes())
        })
    })
}

impl std::hash::Hash for Body {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        match &self.0 {
            BodyKept::Held(t) => t.hash(state),
            BodyKept::Dropped(d) => (d.len, d.hash).hash(state),
        }
    }
}

impl DroppedBody {
    fn read(&self) -> Result<std::sync::Arc<str>> {
        let changed = || {
            Failure::from(
                Diagnostic::error(crate::tr!("content-changed-during-build"))
                    .with_code(Code::FileUnreadable)
                    .in_file(&self.file)
                    .with_hint(crate::tr!("content-changed-during-build-hint")),
            )
        };
        let bytes = std::fs::read(&self.abs).map_err(|_| changed())?;
        // Usually the file's last bytes are the text as loaded (and checked) then; a file with
        // Windows line ends is decoded again as the load did.
        let tail = bytes
            .len()
            .checked_sub(self.len)
            .map(|start| &bytes[start..]);
        if let Some(tail) = tail.filter(|t| crate::output::content_hash(t) == self.hash) {
            if let Ok(text) = simdutf8::basic::from_utf8(tail) {
                return Ok(text.into());
            }
        }
        let text = decode_utf8_owned(bytes, &self.file).map_err(|_| changed())?;
        let body = text
            .len()
            .checked_sub(self.len)
            .and_then(|start| text.get(start..))
            .filter(|b| crate::output::content_hash(b.as_bytes()) == self.hash)
            .ok_or_else(changed)?;
        Ok(body.into())
    }
}

/// What the walk of `content/` found.
#[derive(Debug, Default)]
pub struct Content {
    /// Shared with the parse cache of a session.
    pub pages: Vec<std::sync::Arc<SourcePage>>,
    /// Files next to pages that are not Markdown (bundle pictures, attachments), relative to the
    /// site root.
    pub assets: Vec<PathBuf>,
    pub warnings: Vec<Diagnostic>,
    /// When the files are those of the last load and the pages read again differ from their
    /// last version only in their text: those pages (the model can then be patched).
    pub text_edits: Option<Vec<std::sync::Arc<SourcePage>>>,
    /// When the files are those of the last load: the pages read again (each replacing its
    /// last version, front matter and text alike), so the model may be patched for them.
    pub reread: Option<Vec<std::sync::Arc<SourcePage>>>,
}

/// A page's text split at its front matter, with the line (1-based) each part starts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FrontMatter<'a> {
    pub yaml: &'a str,
    pub yaml_line: usize,
    pub body: &'a str,
    pub body_line: usize,
}

/// Splits `---\n<yaml>\n---\n<body>`.
pub fn split_front_matter<'a>(text: &'a str, file: &Path) -> Result<FrontMatter<'a>> {
    let Some(rest) = text.strip_prefix("---\n") else {
        let hint = if text.trim().is_empty() {
            crate::tr!("content-empty-file-hint")
        } else {
            crate::tr!("content-no-front-matter-hint")
        };
        return Err(Diagnostic::error(crate::tr!("content-no-front-matter"))
            .with_code(Code::FrontMatter)
            .in_file(file)
            .at(1, 1)
            .with_hint(hint)
            .into());
    };
    let mut offset = 0;
    for (line, l) in (2..).zip(rest.split_inclusive('\n')) {
        let trimmed = l.trim_end_matches('\n').trim_end();
        if trimmed == "---" {
            let yaml = &rest[..offset];
            let body = &rest[offset + l.len()..];
            return Ok(FrontMatter {
                yaml,
                yaml_line: 2,
                body,
                body_line: line + 1,
            });
        }
        offset += l.len();
    }
    Err(
        Diagnostic::error(crate::tr!("content-front-matter-unclosed"))
            .with_code(Code::FrontMatter)
            .in_file(file)
            .at(1, 1)
            .with_hint(crate::tr!("content-front-matter-unclosed-hint"))
            .into(),
    )
}

/// What to do about a date that is not a real day: the month's length when that is the
/// problem (`2021-02-30`: February 2021 has 28 days).
fn date_hint(text: &str) -> String {
    let parts: Vec<Option<i16>> = text
        .get(..10)
        .unwrap_or(text)
        .split('-')
        .map(|p| p.parse().ok())
        .collect();
    if let [Some(y), Some(m), Some(d)] = parts[..] {
        if let Ok(first) = jiff::civil::Date::new(y, m as i8, 1) {
            let days = first.days_in_month();
            if d > i16::from(days) {
                return crate::tr!(
                    "content-date-month-days",
                    month = format!("{y}-{m:02}"),
                    days = days
                );
            }
        }
    }
    crate::tr!("content-date-hint")
}

/// Line (1-based, within the site file) of a top-level `key:` in the front matter.
fn key_line(yaml: &str, key: &str, first_line: usize) -> Option<usize> {
    crate::source::key_line(yaml, key).map(|l| l + first_line - 1)
}

/// Parses one Markdown file's text.
pub fn parse_page(text: &str, file: &Path, lang: &str, is_index: bool) -> Result<ParsedFile> {
    let FrontMatter {
        yaml,
        yaml_line,
        body,
        body_line,
    } = split_front_matter(text, file)?;
    let shift = |mut d: Diagnostic| {
        if let Some(l) = d.line {
            d.line = Some(l + yaml_line - 1);
        }
        d
    };
    let allowed = if is_index { SECTION_KEYS } else { PAGE_KEYS };
    let front = if yaml.trim().is_empty() {
        if is_index {
            Front::Section(SectionFront::default())
        } else {
            Front::Page(Box::default())
        }
    } else if is_index {
        Front::Section(
            serde_yaml::from_str(yaml)
                .map_err(|e| shift(front_error(&e, yaml, yaml_line, file, allowed)))?,
        )
    } else {
        READ_A_REAL.with(|r| r.set(false));
        let mut page: PageFront = serde_yaml::from_str(yaml)
            .map_err(|e| shift(front_error(&e, yaml, yaml_line, file, allowed)))?;
        if READ_A_REAL.with(|r| r.replace(false)) {
            keep_written_reals(&mut page, yaml);
        }
        Front::Page(Box::new(page))
    };
    crate::source::refuse_escaped_control_characters(yaml, yaml_line, file)?;
    let date_line = key_line(yaml, "date", yaml_line);
    let slug_line = key_line(yaml, "slug", yaml_line);
    let media_lines = (
        key_line(yaml, "cover", yaml_line),
        key_line(yaml, "gallery", yaml_line),
    );
    let gallery_lines = media_lines
        .1
        .map(|l| entry_lines(yaml, l - yaml_line, yaml_line))
        .unwrap_or_default();
    let mut date = None;
    if let Front::Page(p) = &front {
        if let Some(raw) = &p.date {
            let text = match raw {
                YamlScalar::Text(s) => s.clone(),
                YamlScalar::Other(v) => serde_yaml::to_string(v).unwrap_or_default(),
            };
            match parse_date(text.trim()) {
                Ok(d) => date = Some(d),
                Err(msg) => {
                    let mut d = Diagnostic::error(msg)
                        .with_code(Code::BadDate)
                        .in_file(file)
                        .with_hint(date_hint(text.trim()));
                    if let Some(l) = date_line {
                        d = d.at_line(l);
                    }
                    return Err(d.into());
                }
            }
        }
        if let Some(raw) = &p.updated {
            // Read again by the model (`PageFront::updated_date`); refused here, at its line.
            if let Err(msg) = parse_date(scalar_text(raw).trim()) {
                let mut d = Diagnostic::error(crate::tr!("content-updated", problem = msg))
                    .with_code(Code::BadDate)
                    .in_file(file)
                    .with_hint(date_hint(scalar_text(raw).trim()));
                if let Some(l) = key_line(yaml, "updated", yaml_line) {
                    d = d.at_line(l);
                }
                return Err(d.into());
            }
        }
        if let Some(title) = &p.title {
            if title.trim().is_empty() {
                let mut d = Diagnostic::error(crate::tr!("content-title-empty"))
                    .with_code(Code::MissingTitle)
                    .in_file(file)
                    .with_hint(crate::tr!("content-title-empty-hint"));
                if let Some(l) = key_line(yaml, "title", yaml_line) {
                    d = d.at_line(l);
                }
                return Err(d.into());
            }
        }
        if let Some(e) = &p.event {
            check_event(e, yaml, yaml_line, file)?;
        }
        let positions = p
            .cover_position
            .iter()
            .map(|v| ("cover_position", v))
            .chain(
                p.gallery
                    .iter()
                    .flatten()
                    .filter_map(|g| g.position.as_ref().map(|v| ("position", v))),
            );
        for (key, value) in positions {
            if !crate::html::is_focal_point(value) {
                let mut d = Diagnostic::error(crate::tr!(
                    "content-focal-point",
                    key = key,
                    value = value.as_str()
                ))
                .with_code(Code::FrontMatter)
                .in_file(file)
                .with_hint(crate::tr!("content-focal-point-hint"));
                if let Some(l) =
                    crate::source::nested_key_line(yaml, key).map(|l| l + yaml_line - 1)
                {
                    d = d.at_line(l);
                }
                return Err(d.into());
            }
        }
        if let Some(bad) = p
            .tags
            .iter()
            .flatten()
            .find(|t| crate::slug::slugify(t).is_empty())
        {
            let mut d = Diagnostic::error(crate::tr!("content-tag-no-letters", tag = bad.as_str()))
                .with_code(Code::FrontMatter)
                .in_file(file)
                .with_hint(crate::tr!("content-tag-no-letters-hint"));
            if let Some(l) = key_line(yaml, "tags", yaml_line) {
                d = d.at_line(l);
            }
            return Err(d.into());
        }
        if let Some(gallery) = &p.gallery {
            let gl = key_line(yaml, "gallery", yaml_line);
            for (i, g) in gallery.iter().enumerate() {
                let problem = match (&g.image, &g.video) {
                    (Some(_), Some(_)) => Some("content-gallery-both"),
                    (None, None) => Some("content-gallery-neither"),
                    (Some(_), None) if g.title.is_some() => Some("content-gallery-picture-title"),
                    (None, Some(_)) if g.alt.is_some() => Some("content-gallery-video-alt"),
                    (Some(_), None) if g.poster.is_some() => Some("content-gallery-picture-poster"),
                    _ => None,
                };
                let mut d = match (problem, wrong_kind(g)) {
                    (Some(problem), _) => Diagnostic::error(crate::tr!(problem, entry = i + 1))
                        .with_hint(crate::tr!("content-gallery-entry-hint")),
                    (None, Some(kind)) => Diagnostic::error(crate::tr!(
                        "content-gallery-type",
                        entry = i + 1,
                        kind = kind
                    ))
                    .with_hint(crate::tr!("content-gallery-type-hint")),
                    (None, None) => continue,
                }
                .with_code(Code::FrontMatter)
                .in_file(file);
                if let Some(l) = gallery_lines.get(i).copied().or(gl) {
                    d = d.at_line(l);
                }
                return Err(d.into());
            }
        }
    }
    let _ = lang;
    Ok(ParsedFile {
        front,
        date,
        date_line,
        slug_line,
        media_lines,
        gallery_lines,
        body: body.to_string(),
        body_line,
    })
}

#[derive(Debug)]
pub struct ParsedFile {
    pub front: Front,
    pub date: Option<jiff::civil::Date>,
    pub date_line: Option<usize>,
    pub slug_line: Option<usize>,
    pub media_lines: (Option<usize>, Option<usize>),
    pub gallery_lines: Vec<usize>,
    pub body: String,
    pub body_line: usize,
}

/// An event's start and end are real days (and times), the end not before the start; the
/// error is at the `start:` or `end:` line.
fn check_event(e: &EventFront, yaml: &str, yaml_line: usize, file: &Path) -> Result<()> {
    let line_of = |key: &str| {
        crate::source::nested_key_line(yaml, key)
            .or_else(|| crate::source::key_line(yaml, "event"))
            .map(|l| l + yaml_line - 1)
    };
    let refuse = |msg: String, hint: String, key: &str| {
        let mut d = Diagnostic::error(msg)
            .with_code(Code::BadEvent)
            .in_file(file)
            .with_hint(hint);
        if let Some(l) = line_of(key) {
            d = d.at_line(l);
        }
        Err(d.into())
    };
    let start = match parse_when(&scalar_text(&e.start)) {
        Ok(w) => w,
        Err(msg) => {
            return refuse(
                crate::tr!("content-event-start", problem = msg),
                crate::tr!("content-event-hint"),
                "start",
            )
        }
    };
    if let Some(end) = &e.end {
        let end = match parse_when(&scalar_text(end)) {
            Ok(w) => w,
            Err(msg) => {
                return refuse(
                    crate::tr!("content-event-end", problem = msg),
                    crate::tr!("content-event-hint"),
                    "end",
                )
            }
        };
        let before = match (start.time, end.time) {
            (Some(a), Some(b)) => (end.date, b) < (start.date, a),
            _ => end.date < start.date,
        };
        if before {
            return refuse(
                crate::tr!(
                    "content-event-end-before-start",
                    end = scalar_text(e.end.as_ref().unwrap_or(&e.start)).trim(),
                    start = scalar_text(&e.start).trim()
                ),
                crate::tr!("content-event-end-before-start-hint"),
                "end",
            );
        }
    }
    if e.place.as_deref().is_some_and(|p| p.trim().is_empty()) {
        return refuse(
            crate::tr!("content-event-place-empty"),
            crate::tr!("content-event-place-empty-hint"),
            "place",
        );
    }
    Ok(())
}

/// Lines of the list items (`- ...`) under the key on line index `key_at` of `yaml` (block
/// style; a flow list `[...]` gives none), as site file lines.
fn entry_lines(yaml: &str, key_at: usize, first_line: usize) -> Vec<usize> {
    let mut lines = Vec::new();
    for (i, l) in yaml.lines().enumerate().skip(key_at + 1) {
        let trimmed = l.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if trimmed.starts_with("- ") || trimmed == "-" {
            // Items of nested lists sit deeper than the first item.
            let indent = l.len() - trimmed.len();
            let first_indent = lines
                .first()
                .map(|_| lines_indent(yaml, lines[0] - first_line));
            if first_indent.is_none_or(|fi| indent == fi) {
                lines.push(i + first_line);
            }
            continue;
        }
        if !l.starts_with([' ', '\t']) {
            break; // the next top-level key
        }
    }
    lines
}

fn lines_indent(yaml: &str, index: usize) -> usize {
    yaml.lines()
        .nth(index)
        .map_or(0, |l| l.len() - l.trim_start().len())
}

fn front_error(
    e: &serde_yaml::Error,
    yaml: &str,
    yaml_line: usize,
    file: &Path,
    allowed: &[&str],
) -> Diagnostic {
    let mut d = yaml_error_at(e, yaml, file, yaml_line).with_code(Code::FrontMatter);
    let msg = e.to_string();
    if let Some(rest) = msg.split_once("unknown field `").map(|(_, r)| r) {
        let name = rest.split('`').next().unwrap_or("");
        // Top-level front matter keys get suggestions from the page's own key list.
        // (Nested maps such as gallery entries keep serde's own list of their keys.)
        if allowed.contains(&"title") && msg.contains("`date`") {
            d.hint = Some(match did_you_mean(name, allowed) {
                Some(s) => crate::tr!("yaml-did-you-mean", key = s),
                None => crate::tr!("yaml-keys-allowed", keys = allowed.join(", ")),
            });
        }
        // The language is not a key: it is the file name's suffix.
        if matches!(name, "lang" | "language" | "locale") {
            let suffix = file
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(split_lang)
                .and_then(|(_, lang)| lang)
                .unwrap_or("lv");
            d.message = crate::tr!("front-lang-key", key = name);
            d.hint = Some(crate::tr!("front-lang-key-hint", key = name, lang = suffix));
        }
    }
    d
}

/// Splits `name.lv.md` into (`name`, Some(`lv`)); `name.md` into (`name`, None).
fn split_lang(file_name: &str) -> Option<(&str, Option<&str>)> {
    let stem = file_name.strip_suffix(".md")?;
    match stem.rsplit_once('.') {
        Some((name, lang))
            if (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_lowercase()) =>
        {
            Some((name, Some(lang)))
        }
        _ => Some((stem, None)),
    }
}

/// Parsed files kept between builds (serve), keyed by path; a file is parsed again when its
/// modification time or length changes, or when the watcher names it. With the listing of
/// the last walk, a build told which files changed need not walk and stat all of content/.
#[derive(Default)]
pub struct ParseCache {
    files: std::collections::HashMap<PathBuf, (Stamp, std::sync::Arc<SourcePage>)>,
    listing: Option<std::sync::Arc<Listing>>,
}

impl ParseCache {
    pub fn clear(&mut self) {
        self.files.clear();
        self.listing = None;
    }
}

/// The files of content/ found by the last walk, as walked (`<root>/content/...`), in order.
struct Listing {
    md: Vec<PathBuf>,
    other: Vec<PathBuf>,
    known: std::collections::HashSet<PathBuf>,
    /// Files that look like pages but are not read as one.
    warnings: Vec<Diagnostic>,
}

/// What changed in the site folder since the last build, as far as anyone knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Changes {
    /// Anything may have changed (the first build, a lost watcher event): look at everything.
    Unknown,
    /// Only these files (relative to the site root) changed, were added or were removed.
    Files(std::collections::BTreeSet<PathBuf>),
}

impl Changes {
    /// Whether all that changed are files of content/ (not settings, templates, texts of
    /// the interface or static files).
    pub fn only_content(&self) -> bool {
        match self {
            Changes::Files(files) => files.iter().all(|f| f.starts_with("content")),
            Changes::Unknown => false,
        }
    }

    /// Whether all that changed are Markdown files of content/.
    pub fn only_markdown(&self) -> bool {
        match self {
            Changes::Files(files) => files
                .iter()
                .all(|f| f.starts_with("content") && f.extension().is_some_and(|e| e == "md")),
            Changes::Unknown => false,
        }
    }

    /// Whether every changed file of content/ is one the last walk listed and still there:
    /// then that listing stands. False when a file or folder came or went, or nobody knows.
    fn only_edits(&self, root: &Path, listing: &Listing) -> bool {
        let Changes::Files(files) = self else {
            return false;
        };
        files
            .iter()
            .filter(|f| f.starts_with("content"))
            .all(|rel| {
                let abs = root.join(rel);
                listing.known.contains(&abs) && abs.is_file()
            })
    }
}

/// What tells that a file changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub modified: Option<std::time::SystemTime>,
    pub len: u64,
}

impl Stamp {
    pub fn of(path: &Path) -> Option<Stamp> {
        let m = std::fs::metadata(path).ok()?;
        Some(Stamp {
            modified: m.modified().ok(),
            len: m.len(),
        })
    }
}

/// Walks `<root>/content` and parses every Markdown file (in parallel).
pub fn load(root: &Path, languages: &[String]) -> Result<Content> {
    load_cached(
        root,
        languages,
        &mut ParseCache::default(),
        &Changes::Unknown,
        Bodies::Held,
    )
}

/// Like [`load`], reusing the files of `cache` that did not change, and updating it. When
/// `changes` names only files the last walk listed, content/ is not walked again: those files
/// are read, the others come from the cache without a look at the disk.
pub fn load_cached(
    root: &Path,
    languages: &[String],
    cache: &mut ParseCache,
    changes: &Changes,
    bodies: Bodies,
) -> Result<Content> {
    let content_dir = root.join("content");
    if !content_dir.is_dir() {
        return Err(Diagnostic::error(crate::tr!("content-no-folder"))
            .with_code(Code::SiteUnreadable)
            .in_file("content")
            .with_hint(crate::tr!("content-no-folder-hint"))
            .into());
    }
    let reuse_listing = cache
        .listing
        .as_ref()
        .is_some_and(|l| changes.only_edits(root, l));
    // With the watcher's list, a file it did not name is as the last build read it.
    let trust_cache = cache.listing.is_some() && matches!(changes, Changes::Files(_));
    let named: std::collections::HashSet<PathBuf> = match changes {
        Changes::Files(files) => files.iter().map(|f| root.join(f)).collect(),
        Changes::Unknown => Default::default(),
    };
    let (listing, mut errors) = match &cache.listing {
        Some(l) if reuse_listing => (std::sync::Arc::clone(l), Vec::new()),
        _ => {
            let (listing, errors) = walk(root, &content_dir, languages);
            (std::sync::Arc::new(listing), errors)
        }
    };
    let edited = &named;

    let default = &languages[0];
    let files = &cache.files;
    let loaded: Vec<Loaded> = listing
        .md
        .par_iter()
        .map(|abs| {
            if let Some((old, page)) = files.get(abs) {
                let named = edited.contains(abs);
                if trust_cache && !named {
                    return Loaded::cached(*old, page);
                }
                let stamp = Stamp::of(abs);
                if !named && stamp == Some(*old) {
                    return Loaded::cached(*old, page);
                }
            }
            let stamp = Stamp::of(abs);
            let page = read_page(root, &content_dir, abs, languages, default, bodies);
            Loaded {
                stamp,
                page: page.map(std::sync::Arc::new),
                fresh: true,
            }
        })
        .collect();
    let mut pages = Vec::with_capacity(loaded.len());
    let mut text_edits = reuse_listing.then(Vec::new);
    let mut reread = reuse_listing.then(Vec::new);
    for (abs, l) in listing.md.iter().zip(loaded) {
        match l.page {
            Ok(p) if l.fresh => {
                let old = cache.files.get(abs).map(|(_, old)| old);
                match (&mut text_edits, old) {
                    (Some(edits), Some(old)) if old.differs_only_in_body(&p) => {
                        edits.push(p.clone())
                    }
                    _ => text_edits = None,
                }
                match (&mut reread, old) {
                    (Some(again), Some(_)) => again.push(p.clone()),
                    _ => reread = None,
                }
                if let Some(stamp) = l.stamp {
                    cache.files.insert(abs.clone(), (stamp, p.clone()));
                }
                pages.push(p);
            }
            Ok(p) => pages.push(p),
            Err(f) => {
                cache.files.remove(abs);
                errors.extend(f.0);
            }
        }
    }
    if !reuse_listing {
        let listed: std::collections::HashSet<&PathBuf> = listing.md.iter().collect();
        cache.files.retain(|k, _| listed.contains(k));
    }
    let assets = listing.other.iter().map(|p| rel(root, p)).collect();
    let warnings = listing.warnings.clone();
    cache.listing = errors.is_empty().then_some(listing);
    if !errors.is_empty() {
        // The warnings too: `check` shows everything it knows in one run.
        errors.extend(warnings);
        return Err(Failure(errors));
    }
    Ok(Content {
        pages,
        assets,
        warnings,
        text_edits,
        reread,
    })
}

/// One Markdown file as a load found it.
struct Loaded {
    stamp: Option<Stamp>,
    page: Result<std::sync::Arc<SourcePage>>,
    /// Read now (not taken from the cache).
    fresh: bool,
}

impl Loaded {
    fn cached(stamp: Stamp, page: &std::sync::Arc<SourcePage>) -> Loaded {
        Loaded {
            stamp: Some(stamp),
            page: Ok(std::sync::Arc::clone(page)),
            fresh: false,
        }
    }
}

/// Every file of content/ (Markdown and the rest), in name order, as [`crate::inputs`] lets
/// through; files that look like pages but are not read as one are left out with a warning
/// (never published as they are: front matter, drafts and all); editors' backups too, silently.
fn walk(root: &Path, content_dir: &Path, languages: &[String]) -> (Listing, Vec<Diagnostic>) {
    let found = crate::inputs::walk(root, content_dir);
    let mut md_files = Vec::new();
    let mut other_files = Vec::new();
    let mut warnings = Vec::new();
    for entry in found.files {
        let name = entry.file_name().to_string_lossy().into_owned();
        match classify(&name, languages) {
            Kind::Page => md_files.push(entry.into_path()),
            Kind::NotAPage(meant) => warnings.push(not_a_page(root, entry.path(), &name, &meant)),
            Kind::Litter => {}
            Kind::Other => other_files.push(entry.into_path()),
        }
    }
    let known = md_files.iter().chain(&other_files).cloned().collect();
    let listing = Listing {
        md: md_files,
        other: other_files,
        known,
        warnings,
    };
    (listing, found.errors)
}

/// What a file of content/ is, by its name.
#[derive(Debug, PartialEq)]
enum Kind {
    /// `name.md`, `name.<lang>.md`: read as a page.
    Page,
    /// Looks like a page but is not read as one; the name it was probably meant to have.
    NotAPage(String),
    /// A backup, swap or lock file, or file-manager litter.
    Litter,
    /// A picture or an attachment, published as it is.
    Other,
}

/// Extensions of Markdown that herald does not read (it reads `.md`).
const MARKDOWN_LIKE: &[&str] = &[
    "md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtext", "mdtxt",
];

fn classify(name: &str, languages: &[String]) -> Kind {
    match meant_page_name(name, languages) {
        Some(meant) if meant == name => Kind::Page,
        Some(meant) => Kind::NotAPage(meant),
        None if crate::inputs::is_litter(name) => Kind::Litter,
        None => Kind::Other,
    }
}

/// The page file name `name` stands for, when it looks like a page: itself for a name herald
/// reads as a page; else without spaces around it, without a backup ending (`.bak`, `~`), with
/// the extension `.md` and the language suffix in lowercase.
fn meant_page_name(name: &str, languages: &[String]) -> Option<String> {
    let mut t = name.trim().trim_end_matches('~').to_string();
    let lower = t.to_ascii_lowercase();
    // `index.lv.md.bak`, `x.md.txt`: a copy of a page.
    if let Some(i) = lower.find(".md.") {
        t.truncate(i + 3);
    }
    let (stem, ext) = t.rsplit_once('.')?;
    let ext = ext.to_ascii_lowercase();
    let (base, suffix) = match stem.rsplit_once('.') {
        Some((b, s))
            if (2..=3).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphabetic()) =>
        {
            (b, Some(s.to_ascii_lowercase()))
        }
        _ => (stem, None),
    };
    let is_language = |s: &str| languages.iter().any(|l| l.eq_ignore_ascii_case(s));
    if base.is_empty() {
        return None;
    }
    if MARKDOWN_LIKE.contains(&ext.as_str()) {
        return Some(match suffix {
            Some(s) => format!("{base}.{s}.md"),
            None => format!("{stem}.md"),
        });
    }
    // `index.lv`: a page without its `.md`.
    (is_language(&ext) && suffix.is_none()).then(|| format!("{stem}.{ext}.md"))
}

fn not_a_page(root: &Path, abs: &Path, name: &str, meant: &str) -> Diagnostic {
    let hint = if abs.with_file_name(meant).is_file() {
        crate::tr!("content-stray-copy-hint", meant = meant)
    } else {
        crate::tr!("content-stray-rename-hint", meant = meant)
    };
    Diagnostic::warning(crate::tr!("content-stray", name = format!("{name:?}")))
        .with_code(Code::StrayFile)
        .in_file(rel(root, abs))
        .with_hint(hint)
}

/// Every language a gallery text names (`alt: {lv: ..., lt: ...}`) is one of the site's;
/// else the error names it, at its line (or the entry's).
fn text_languages(
    parsed: &ParsedFile,
    text: &str,
    file: &Path,
    languages: &[String],
) -> Result<()> {
    let Front::Page(front) = &parsed.front else {
        return Ok(());
    };
    for (i, g) in front.gallery.iter().flatten().enumerate() {
        let texts = [
            ("alt", &g.alt),
            ("caption", &g.caption),
            ("title", &g.title),
        ];
        for (key, t) in texts {
            let Some(bad) = t
                .iter()
                .flat_map(|t| t.languages())
                .find(|l| !languages.iter().any(|x| x == l))
            else {
                continue;
            };
            let entry_line = parsed
                .gallery_lines
                .get(i)
                .copied()
                .or(parsed.media_lines.1);
            let next = parsed.gallery_lines.get(i + 1).copied();
            let mut d = Diagnostic::error(crate::tr!(
                "content-gallery-text-language",
                entry = i + 1,
                lang = bad,
                key = key,
                languages = languages.join(", ")
            ))
            .with_code(Code::UnknownLanguage)
            .in_file(file)
            .with_hint(crate::tr!(
                "content-gallery-text-language-hint",
                lang = bad,
                key = key,
                languages = languages.join(", ")
            ));
            if let Some(l) = entry_line.map(|from| key_in_entry(text, from, next, bad)) {
                d = d.at_line(l);
            }
            return Err(d.into());
        }
    }
    Ok(())
}

/// The line (1-based) of `key:` in the gallery entry starting at line `from` (up to `next`,
/// the next entry's line), else `from`.
fn key_in_entry(text: &str, from: usize, next: Option<usize>, key: &str) -> usize {
    let wanted = format!("{key}:");
    text.lines()
        .enumerate()
        .skip(from - 1)
        .take_while(|(i, l)| next.is_none_or(|n| i + 1 < n) && l.trim() != "---")
        .find(|(_, l)| {
            l.match_indices(&wanted).any(|(at, _)| {
                !l[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-')
            })
        })
        .map_or(from, |(i, _)| i + 1)
}

fn rel(root: &Path, p: &Path) -> PathBuf {
    p.strip_prefix(root).unwrap_or(p).to_path_buf()
}

fn read_page(
    root: &Path,
    content_dir: &Path,
    abs: &Path,
    languages: &[String],
    default: &str,
    bodies: Bodies,
) -> Result<SourcePage> {
    let file = rel(root, abs);
    let name = abs
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (stem, lang) = split_lang(&name).unwrap_or((&name, None));
    let lang = match lang {
        None => default.to_string(),
        Some(l) if languages.iter().any(|x| x == l) => l.to_string(),
        Some(l) => {
            return Err(Diagnostic::error(crate::tr!(
                "content-unknown-language",
                lang = l,
                languages = languages.join(", ")
            ))
            .with_code(Code::UnknownLanguage)
            .in_file(&file)
            .with_hint(crate::tr!(
                "content-unknown-language-hint",
                stem = stem,
                lang = l,
                languages = languages.join(", ")
            ))
            .into());
        }
    };
    // `index.lt.lv.md`: what Decap CMS online writes when an item in one language only is
    // saved there (it reads `index.lt` as the item). herald cannot tell its language, and
    // publishing it would add a second item.
    if let Some((base, first)) = stem.rsplit_once('.') {
        if (base == "index" || base == "_index") && languages.iter().any(|x| x == first) {
            return Err(Diagnostic::error(crate::tr!(
                "content-two-languages",
                name = name.as_str(),
                first = first,
                lang = lang.as_str()
            ))
            .with_code(Code::UnknownLanguage)
            .in_file(&file)
            .with_hint(crate::tr!(
                "content-two-languages-hint",
                base = base,
                first = first,
                lang = lang.as_str()
            ))
            .into());
        }
    }
    let bytes = std::fs::read(abs).map_err(|e| {
        Diagnostic::error(crate::tr!(
            "file-unreadable",
            reason = crate::messages::io_reason(&e)
        ))
        .with_code(Code::FileUnreadable)
        .in_file(&file)
    })?;
    let text = decode_utf8_owned(bytes, &file)?;
    let folder = abs.parent().unwrap_or(content_dir);
    let folder_key = folder
        .strip_prefix(content_dir)
        .unwrap_or(Path::new(""))
        .slashed();
    let is_index = stem == "_index";
    let is_bundle = stem == "index";
    let join = |a: &str, b: &str| {
        if a.is_empty() {
            b.to_string()
        } else {
            format!("{a}/{b}")
        }
    };
    let parent_of = |k: &str| k.rsplit_once('/').map_or(String::new(), |(p, _)| p.into());
    let (key, parent) = if is_index || is_bundle {
        (folder_key.clone(), parent_of(&folder_key))
    } else {
        (join(&folder_key, stem), folder_key.clone())
    };
    let parsed = parse_page(&text, &file, &lang, is_index)?;
    text_languages(&parsed, &text, &file, languages)?;
    let body = match bodies {
        Bodies::ReadAgain if !is_index => Body::dropped(&parsed.body, abs, &file),
        _ => Body::held(parsed.body),
    };
    Ok(SourcePage {
        dir: rel(root, folder),
        file,
        lang,
        key,
        parent,
        is_index,
        is_bundle,
        front: parsed.front,
        date: parsed.date,
        date_line: parsed.date_line,
        slug_line: parsed.slug_line,
        media_lines: parsed.media_lines,
        gallery_lines: parsed.gallery_lines,
        body,
        body_line: parsed.body_line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::decode_utf8;

    #[test]
    fn splits_front_matter_with_lines() {
        let FrontMatter {
            yaml,
            yaml_line: yl,
            body,
            body_line: bl,
        } = split_front_matter("---\ntitle: A\n---\nHello\n", Path::new("a.md")).unwrap();
        assert_eq!((yaml, yl, body, bl), ("title: A\n", 2, "Hello\n", 4));
    }

    #[test]
    fn a_gallery_text_written_as_a_number_is_read_as_written() {
        let text = "---\ntitle: A\ngallery:\n  - image: a.jpg\n    alt: 2024\n    caption: 1.50\n  - {image: b.jpg, alt: 1.0, caption: {lv: 2.50, lt: \"3.50\"}}\n  - {video: \"https://vimeo.com/1\", title: 10.10}\n---\n";
        let p = parse_page(text, Path::new("a.lv.md"), "lv", false).unwrap();
        let Front::Page(f) = p.front else { panic!() };
        let g = f.gallery.unwrap();
        let one = |t: &Option<Text>| match t {
            Some(Text::One(s)) => s.clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(one(&g[0].alt), "2024");
        assert_eq!(one(&g[0].caption), "1.50");
        assert_eq!(one(&g[1].alt), "1.0");
        assert_eq!(
            g[1].caption.as_ref().unwrap().for_lang("lv", "lv"),
            Some("2.50")
        );
        assert_eq!(one(&g[2].title), "10.10");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let err = split_front_matter("---\ntitle: A\nHello\n", Path::new("a.md")).unwrap_err();
        assert!(err.0[0].message.contains("never closed"));
    }

    #[test]
    fn bom_and_crlf_are_accepted() {
        let text = decode_utf8(
            b"\xEF\xBB\xBF---\r\ntitle: A\r\n---\r\nX\r\n",
            Path::new("a"),
        )
        .unwrap();
        assert_eq!(text, "---\ntitle: A\n---\nX\n");
    }

    #[test]
    fn windows_1257_is_named() {
        // "Rīga" in Windows-1257: ī is 0xEE.
        let err = decode_utf8(b"---\ntitle: R\xEEga\n---\n", Path::new("a.md")).unwrap_err();
        let d = &err.0[0];
        assert_eq!(d.line, Some(2));
        assert!(d.hint.as_deref().unwrap().contains("Windows-1257"));
    }

    #[test]
    fn unknown_front_matter_key_points_at_its_line() {
        let err = parse_page(
            "---\ntitle: A\ntilte: B\n---\n",
            Path::new("a.md"),
            "lv",
            false,
        )
        .unwrap_err();
        let d = &err.0[0];
        assert_eq!(d.line, Some(3), "{d}");
        assert_eq!(d.hint.as_deref(), Some("did you mean `title`?"));
    }

    #[test]
    fn impossible_date_points_at_its_line() {
        let err = parse_page(
            "---\ntitle: A\ndate: 2021-02-30\n---\n",
            Path::new("a.md"),
            "lv",
            false,
        )
        .unwrap_err();
        assert_eq!(err.0[0].line, Some(3));
    }

    #[test]
    fn gallery_entries_have_their_lines() {
        let p = parse_page(
            "---\ntitle: A\ngallery:\n  - image: a.jpg\n    alt: A\n  - {image: b.jpg, alt: B}\n\n  - video: https://vimeo.com/1\ntags: [x]\n---\n",
            Path::new("a.md"),
            "lv",
            false,
        )
        .unwrap();
        assert_eq!(p.gallery_lines, [4, 6, 8]);
        let p = parse_page(
            "---\ntitle: A\ngallery:\n- {image: a.jpg, alt: A}\n- {image: b.jpg, alt: B}\n---\n",
            Path::new("a.md"),
            "lv",
            false,
        )
        .unwrap();
        assert_eq!(p.gallery_lines, [4, 5]);
    }

    #[test]
    fn names_that_look_like_pages() {
        let langs = ["lv".to_string(), "lt".to_string()];
        let not = |m: &str| Kind::NotAPage(m.into());
        for (name, kind) in [
            ("index.lv.md", Kind::Page),
            ("about.md", Kind::Page),
            ("x.de.md", Kind::Page),
            ("a.b.Long.md", Kind::Page),
            ("index.lv.md ", not("index.lv.md")),
            (" index.lv.md", not("index.lv.md")),
            ("index.lv.md.bak", not("index.lv.md")),
            ("x.LV.md", not("x.lv.md")),
            ("x.lv.MD", not("x.lv.md")),
            ("x.md~", not("x.md")),
            ("notes.markdown", not("notes.md")),
            ("index.lt", not("index.lt.md")),
            ("photo.jpg", Kind::Other),
            ("photo.jpg.bak", Kind::Litter),
            ("Thumbs.db", Kind::Litter),
            ("desktop.ini", Kind::Litter),
        ] {
            assert_eq!(classify(name, &langs), kind, "{name:?}");
        }
    }

    #[test]
    fn language_suffix() {
        assert_eq!(split_lang("a.lv.md"), Some(("a", Some("lv"))));
        assert_eq!(split_lang("a.md"), Some(("a", None)));
        assert_eq!(split_lang("a.b.Long.md"), Some(("a.b.Long", None)));
    }

    fn page_of<'a>(content: &'a Content, key: &str, is_index: bool) -> &'a SourcePage {
        content
            .pages
            .iter()
            .find(|p| p.key == key && p.is_index == is_index)
            .unwrap()
    }

    #[test]
    fn a_build_holds_no_item_text_and_reads_each_again_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let item = root.join("content/news/a");
        std::fs::create_dir_all(&item).unwrap();
        std::fs::write(
            root.join("content/news/_index.lv.md"),
            "---\ntitle: Ziņas\n---\nIevads\n",
        )
        .unwrap();
        // A BOM and Windows line ends: the text read again is decoded as the first time.
        let file = item.join("index.lv.md");
        std::fs::write(
            &file,
            "\u{feff}---\r\ntitle: A\r\n---\r\nPirmā\r\nrindkopa\r\n",
        )
        .unwrap();
        let langs = vec!["lv".to_string()];
        let load = |bodies| {
            load_cached(
                root,
                &langs,
                &mut ParseCache::default(),
                &Changes::Unknown,
                bodies,
            )
            .unwrap()
        };
        let held = load(Bodies::Held);
        let again = load(Bodies::ReadAgain);
        let (h, a) = (
            page_of(&held, "news/a", false),
            page_of(&again, "news/a", false),
        );
        assert!(matches!(h.body.0, BodyKept::Held(_)));
        assert!(matches!(a.body.0, BodyKept::Dropped(_)));
        assert_eq!(a.body.len(), h.body.len());
        assert_eq!(&*a.body.text().unwrap(), "Pirmā\nrindkopa\n");
        assert_eq!(a.body.content_hash(), h.body.content_hash());
        // A section's text (there are few) stays in memory.
        let section = page_of(&again, "news", true);
        assert!(matches!(section.body.0, BodyKept::Held(_)));
        // Changed since loading, even by one letter of the same length: refused, naming it.
        std::fs::write(&file, "---\ntitle: A\n---\nPirmā\nrindkopX\n").unwrap();
        let err = a.body.text().unwrap_err().to_string();
        assert!(err.contains("index.lv.md"), "{err}");
        assert!(
            err.contains("changed while the site was being built"),
            "{err}"
        );
        std::fs::remove_file(&file).unwrap();
        assert!(a.body.text().is_err());
        // The front matter may change length: the text is found from the end.
        std::fs::write(&file, "---\ntitle: Another title\n---\nPirmā\nrindkopa\n").unwrap();
        assert_eq!(&*a.body.text().unwrap(), "Pirmā\nrindkopa\n");
    }
}
