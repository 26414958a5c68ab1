//! `static/admin/config.yml` for Decap CMS (and Sveltia CMS, which reads the same file), made
//! from herald's own settings and content: a collection per section (items as page bundles
//! `<slug>/index.<lang>.md`, pictures beside them), with every front-matter field herald reads
//! and the rules herald applies, one for each section's own text (`_index.<lang>.md`), and one
//! for the top-level pages and the home page's text.
//!
//! The file has two parts. Above the herald line is the user's (the `backend:` for GitHub or
//! GitLab, `logo_url`, `publish_mode`, ...): kept byte for byte. Below it is herald's, written
//! again on every run. A key herald writes may not also be set in the user's part.

use std::path::Path;

use serde_yaml::{Mapping, Value};

use super::labels::{label, label_in};
use crate::codes::Code;
use crate::config::Config;
use crate::content::{Content, Front, SourcePage};
use crate::diagnostics::{Diagnostic, Result};

/// The line that divides the user's part (above) from herald's (below).
pub const MARKER: &str = "# ---- herald cms: everything below this line is written by `herald cms` from site.yaml and content/ (it is replaced each time it runs); your own settings go above it ----";

/// The top-level keys herald writes below the marker, or sets itself (`local_backend`, in the
/// editor page of `herald serve`).
pub const HERALD_KEYS: &[&str] = &[
    "local_backend",
    "output",
    "site_url",
    "media_folder",
    "public_folder",
    "slug",
    "i18n",
    "collections",
];

/// The user's part of a new file: the online backend, to be filled in.
const FIRST_USER_PART: &str = "\
# Decap CMS settings of this site (Sveltia CMS reads this file too).
# The lines above the herald line are yours: `herald cms` keeps them as they are.
# Online editing: the site's repository (GitHub; for GitLab write `name: gitlab`).
backend:
  name: github
  repo: OWNER/REPOSITORY
  branch: main
";

/// The fields of a news item kept in the default language's file only (`i18n: none`): the
/// form shows them on the default language's side, translations inherit them.
pub const SHARED: &[&str] = &["date", "updated", "cover", "cover_position", "gallery"];

/// A YAML date pattern, as herald reads dates.
const DATE_PATTERN: &str = r"^\d{4}-\d{2}-\d{2}$";
/// A slug herald keeps as written: one URL segment of lowercase letters, digits and dashes.
const SLUG_PATTERN: &str = r"^[a-z0-9]+(-[a-z0-9]+)*$";

/// A mapping from pairs, keys in the given order (Decap shows fields in file order).
fn map(pairs: Vec<(&str, Value)>) -> Value {
    let mut m = Mapping::new();
    for (k, v) in pairs {
        m.insert(Value::from(k), v);
    }
    Value::Mapping(m)
}

fn s(text: &str) -> Value {
    Value::from(text)
}

/// One field: name, widget, label and hint in the site's languages, how translations hold it.
struct Field<'a> {
    name: &'a str,
    widget: &'a str,
    /// `true` (each language its own) or `none` (the default language's file only;
    /// translations inherit it).
    i18n: &'a str,
    required: bool,
    extra: Vec<(&'a str, Value)>,
}

impl<'a> Field<'a> {
    fn new(name: &'a str, widget: &'a str, i18n: &'a str, required: bool) -> Field<'a> {
        Field {
            name,
            widget,
            i18n,
            required,
            extra: Vec::new(),
        }
    }

    fn with(mut self, key: &'a str, value: Value) -> Field<'a> {
        self.extra.push((key, value));
        self
    }

    /// `label_key`: the text's key in `labels` (the field's name unless given).
    fn yaml(self, label_key: &str, langs: &[String]) -> Value {
        let mut pairs = vec![
            ("label", s(&label(label_key, langs))),
            ("name", s(self.name)),
            ("widget", s(self.widget)),
            ("required", Value::from(self.required)),
        ];
        if self.i18n == "true" {
            pairs.push(("i18n", Value::from(true)));
        }
        let hint_key = format!("{label_key}-hint");
        let hint = label(&hint_key, langs);
        if hint != hint_key {
            pairs.push(("hint", s(&hint)));
        }
        pairs.extend(self.extra);
        map(pairs)
    }
}

fn pattern(re: &str, message_key: &str, langs: &[String]) -> Value {
    Value::Sequence(vec![s(re), s(&label(message_key, langs))])
}

/// A day as herald reads it (`YYYY-MM-DD`), kept in the default language only: translations
/// inherit it.
fn day_field<'a>(key: &'a str, required: bool, langs: &[String]) -> Field<'a> {
    Field::new(key, "datetime", "none", required)
        .with("format", s("YYYY-MM-DD"))
        .with("date_format", s("YYYY-MM-DD"))
        .with("time_format", Value::from(false))
        .with("picker_utc", Value::from(true))
        .with(
            "pattern",
            pattern(DATE_PATTERN, &format!("{key}-hint"), langs),
        )
}

/// The fields of a news item, in front-matter order, then the text.
fn page_fields(langs: &[String]) -> Vec<Value> {
    let title = Field::new("title", "string", "true", true);
    let date = day_field("date", true, langs);
    let updated = day_field("updated", false, langs);
    let author = Field::new("author", "object", "true", false).with(
        "fields",
        Value::Sequence(vec![
            // Not required: Decap CMS would then require it of every item, also without an
            // author; herald asks for it when `author:` is given.
            Field::new("name", "string", "true", false).yaml("name", langs),
            Field::new("role", "string", "true", false).yaml("role", langs),
        ]),
    );
    // One gallery, kept in the default language's file with every language's texts beside
    // each picture (`alt: {lv: ..., lt: ...}`): translations inherit its files and order, and
    // herald reads each language's texts from it. So every language's alt text is asked for,
    // and required, where the picture is added, and the files and order exist once. (Decap
    // CMS 3 has no per-language sub-fields in a list, and its configuration refuses
    // `i18n: duplicate` on a list or an object.) Two kinds of entries, so that a picture's alt
    // text is required and a video's is not: the CMS writes the kind as `type: image` or
    // `type: video`, which herald accepts.
    let gallery = Field::new("gallery", "list", "none", false)
        .with("label_singular", s(&label("gallery", langs)))
        // Open: every picture's texts in view.
        .with("collapsed", Value::from(false))
        .with("typeKey", s(GALLERY_TYPE_KEY))
        .with("types", Value::Sequence(gallery_types(langs)));
    let event = Field::new("event", "object", "true", false).with(
        "fields",
        Value::Sequence(vec![
            // Not required: Decap CMS would then ask every item for an event.
            Field::new("start", "string", "true", false).yaml("event-start", langs),
            Field::new("end", "string", "true", false).yaml("event-end", langs),
            Field::new("place", "string", "true", false).yaml("event-place", langs),
        ]),
    );
    vec![
        title.yaml("title", langs),
        date.yaml("date", langs),
        updated.yaml("updated", langs),
        Field::new("summary", "text", "true", false).yaml("summary", langs),
        Field::new("slug", "string", "true", false)
            .with("pattern", pattern(SLUG_PATTERN, "slug-hint", langs))
            .yaml("slug", langs),
        author.yaml("author", langs),
        Field::new("tags", "list", "true", false).yaml("tags", langs),
        Field::new("draft", "boolean", "true", false).yaml("draft", langs),
        Field::new("cover", "image", "none", false).yaml("cover", langs),
        Field::new("cover_position", "string", "none", false).yaml("cover_position", langs),
        gallery.yaml("gallery", langs),
        Field::new("responsible", "string", "true", false).yaml("responsible", langs),
        event.yaml("event", langs),
        // A switch the CMS shows off would be saved as `translate: false` ("in this language
        // only") into every item it saves: herald's default is on.
        Field::new("translate", "boolean", "true", false)
            .with("default", Value::from(true))
            .yaml("translate", langs),
        Field::new("body", "markdown", "true", false).yaml("body", langs),
    ]
}

/// The key that tells a gallery's pictures from its videos (herald reads it as `type`).
const GALLERY_TYPE_KEY: &str = "type";

/// The two kinds of gallery entries: a picture (its file and its alt text in every language
/// required) and a video (its address required). Their names are the values of `type` herald
/// accepts.
fn gallery_types(langs: &[String]) -> Vec<Value> {
    let kind = |name: &str, label_key: &str, summary: &str, fields: Vec<Value>| {
        map(vec![
            ("label", s(&label(label_key, langs))),
            ("name", s(name)),
            ("widget", s("object")),
            ("summary", s(summary)),
            ("fields", Value::Sequence(fields)),
        ])
    };
    let default = langs.first().map_or("lv", String::as_str);
    vec![
        kind(
            "image",
            "picture-type",
            &format!("{{{{fields.image}}}} · {{{{fields.alt.{default}}}}}"),
            vec![
                Field::new("image", "image", "none", true).yaml("image", langs),
                per_language("alt", true, langs),
                per_language("caption", false, langs),
                Field::new("position", "string", "none", false).yaml("position", langs),
            ],
        ),
        kind(
            "video",
            "video-type",
            &format!("{{{{fields.video}}}} · {{{{fields.title.{default}}}}}"),
            vec![
                Field::new("video", "string", "none", true).yaml("video", langs),
                per_language_named("title", "video-title", false, langs),
                Field::new("poster", "image", "none", false).yaml("poster", langs),
            ],
        ),
    ]
}

/// A text of a gallery entry in every language of the site: an object with one sub-field
/// per language code (`alt: {lv: ..., lt: ...}`, as herald reads it), each labelled with the
/// text's name and its language, required or not.
fn per_language(name: &str, required: bool, langs: &[String]) -> Value {
    per_language_named(name, name, required, langs)
}

fn per_language_named(name: &str, label_key: &str, required: bool, langs: &[String]) -> Value {
    let fields = langs
        .iter()
        .map(|lang| {
            map(vec![
                ("label", s(&label_in(label_key, lang, langs))),
                ("name", s(lang)),
                ("widget", s("string")),
                ("required", Value::from(required)),
            ])
        })
        .collect();
    Field::new(name, "object", "none", required)
        .with("collapsed", Value::from(false))
        .with("fields", Value::Sequence(fields))
        .yaml(label_key, langs)
}

/// The title a page has in the default language, else in any language, else its key.
fn title_of(content: &Content, key: &str, index: bool, default: &str) -> String {
    let title = |p: &SourcePage| match &p.front {
        Front::Page(f) => f.title.clone(),
        Front::Section(f) => f.title.clone(),
    };
    let mut found = content
        .pages
        .iter()
        .filter(|p| p.key == key && p.is_index == index)
        .collect::<Vec<_>>();
    found.sort_by_key(|p| p.lang != default);
    found.into_iter().find_map(|p| title(p)).unwrap_or_else(|| {
        if key.is_empty() {
            "/".into()
        } else {
            key.into()
        }
    })
}

/// Decap's name for a collection or file: letters, digits, `_` and `-`.
fn name_of(key: &str) -> String {
    key.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// A folder collection for the items of one section.
fn section_collection(key: &str, content: &Content, config: &Config) -> Value {
    let langs = &config.languages;
    map(vec![
        ("name", s(&name_of(key))),
        (
            "label",
            s(&title_of(content, key, true, config.default_lang())),
        ),
        ("label_singular", s(&label("item", langs))),
        ("folder", s(&format!("content/{key}"))),
        ("create", Value::from(true)),
        ("delete", Value::from(true)),
        ("path", s("{{slug}}/index")),
        ("slug", s("{{year}}-{{month}}-{{day}}-{{slug}}")),
        ("media_folder", s("")),
        ("public_folder", s("")),
        ("extension", s("md")),
        ("format", s("frontmatter")),
        ("identifier_field", s("title")),
        ("summary", s("{{date}} · {{title}}")),
        (
            "sortable_fields",
            Value::Sequence(vec![s("date"), s("title")]),
        ),
        ("i18n", Value::from(true)),
        ("fields", Value::Sequence(page_fields(langs))),
    ])
}

/// The fields of a top-level page or the home page's introduction (`_index`): what both
/// kinds of front matter accept.
fn top_level_fields(langs: &[String]) -> Vec<Value> {
    vec![
        Field::new("title", "string", "true", true).yaml("title", langs),
        Field::new("slug", "string", "true", false)
            .with("pattern", pattern(SLUG_PATTERN, "page-slug-hint", langs))
            .yaml("page-slug", langs),
        Field::new("summary", "text", "true", false).yaml("summary", langs),
        Field::new("body", "markdown", "true", false).yaml("body", langs),
    ]
}

/// `wanted` as a collection name, unless a section is called so (then with `_` before it).
fn free_name(wanted: &str, sections: &[String]) -> String {
    let mut name = wanted.to_string();
    while sections.iter().any(|k| name_of(k) == name) {
        name.insert(0, '_');
    }
    name
}

/// The fields of a section's own text (`news/_index.lv.md`): every key of a section's front
/// matter but `extra` (kept as it is), and the text.
fn section_text_fields(langs: &[String]) -> Vec<Value> {
    vec![
        Field::new("title", "string", "true", true).yaml("title", langs),
        Field::new("slug", "string", "true", false)
            .with("pattern", pattern(SLUG_PATTERN, "section-slug-hint", langs))
            .yaml("section-slug", langs),
        Field::new("summary", "text", "true", false).yaml("summary", langs),
        Field::new("paginate_by", "number", "true", false)
            .with("value_type", s("int"))
            .with("min", Value::from(1))
            .yaml("paginate_by", langs),
        Field::new("body", "markdown", "true", false).yaml("section-body", langs),
    ]
}

/// A folder collection of a section folder's own files: its text, `_index.<lang>.md` (Decap
/// CMS 3 refuses one file per language in a files collection, and its items live one folder
/// further down, in their own collection). `index_file` is Sveltia CMS's name for that file
/// (it otherwise hides `_index`); Decap CMS ignores the key.
fn section_text_collection(key: &str, name: &str, content: &Content, config: &Config) -> Value {
    let langs = &config.languages;
    let title = title_of(content, key, true, config.default_lang());
    map(vec![
        ("name", s(name)),
        (
            "label",
            s(&format!("{title}: {}", label("section-text", langs))),
        ),
        ("label_singular", s(&label("section-text", langs))),
        ("folder", s(&format!("content/{key}"))),
        ("create", Value::from(false)),
        ("delete", Value::from(false)),
        ("index_file", Value::from(true)),
        ("extension", s("md")),
        ("format", s("frontmatter")),
        ("identifier_field", s("title")),
        ("summary", s("{{title}}")),
        ("i18n", Value::from(true)),
        ("fields", Value::Sequence(section_text_fields(langs))),
    ])
}

/// A folder collection of `content/` itself: the top-level pages (`about.lv.md`) and the home
/// page's introduction (`_index.lv.md`), one file per language. A folder collection lists the
/// files of its folder only, so the sections' items below stay in their own collections.
fn top_level_collection(name: &str, langs: &[String]) -> Value {
    map(vec![
        ("name", s(name)),
        ("label", s(&label("pages", langs))),
        ("label_singular", s(&label("page", langs))),
        ("folder", s("content")),
        ("create", Value::from(true)),
        ("delete", Value::from(false)),
        ("slug", s("{{slug}}")),
        ("extension", s("md")),
        ("format", s("frontmatter")),
        ("identifier_field", s("title")),
        ("summary", s("{{title}}")),
        ("i18n", Value::from(true)),
        // Sveltia CMS lists the home page's text (`_index`) only when told.
        ("index_file", Value::from(true)),
        ("fields", Value::Sequence(top_level_fields(langs))),
    ])
}

/// The section keys that hold items: every `_index` but the home page's.
fn sections(content: &Content) -> Vec<String> {
    let mut keys: Vec<String> = content
        .pages
        .iter()
        .filter(|p| p.is_index && !p.key.is_empty())
        .map(|p| p.key.clone())
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// herald's part of the configuration.
pub fn generate(config: &Config, content: &Content) -> Value {
    let langs = &config.languages;
    let sections = sections(content);
    let mut collections: Vec<Value> = Vec::new();
    for key in &sections {
        collections.push(section_collection(key, content, config));
        let name = free_name(&format!("{}_text", name_of(key)), &sections);
        collections.push(section_text_collection(key, &name, content, config));
    }
    collections.push(top_level_collection(&free_name("pages", &sections), langs));
    map(vec![
        // No `local_backend`: `herald serve`'s editor page sets it (with its session token),
        // and Sveltia CMS, which edits local files its own way, refuses the key.
        // Sveltia CMS writes an empty value (`updated: ''`) for every field left empty, which
        // herald refuses; Decap CMS leaves them out, as this asks Sveltia CMS to.
        (
            "output",
            map(vec![("omit_empty_optional_fields", Value::from(true))]),
        ),
        ("site_url", s(&config.base_url)),
        ("media_folder", s("static/uploads")),
        // herald reads a picture address starting with `/` as a file of static/.
        ("public_folder", s("/uploads")),
        (
            "slug",
            map(vec![
                ("encoding", s("ascii")),
                ("clean_accents", Value::from(true)),
                ("sanitize_replacement", s("-")),
            ]),
        ),
        (
            "i18n",
            map(vec![
                ("structure", s("multiple_files")),
                (
                    "locales",
                    Value::Sequence(langs.iter().map(|l| s(l)).collect()),
                ),
                ("default_locale", s(config.default_lang())),
            ]),
        ),
        ("collections", Value::Sequence(collections)),
    ])
}

/// The user's part of an existing file (everything above the marker), checked: it must be
/// YAML and must not set a key herald writes.
fn user_part(existing: &str, file: &Path) -> Result<String> {
    let part = match existing.find(MARKER) {
        Some(at) => existing[..at].to_string(),
        None => {
            return Err(Diagnostic::error(crate::tr!("cms-no-marker"))
                .with_code(Code::CmsConfig)
                .in_file(file)
                .with_hint(crate::tr!("cms-no-marker-hint", marker = MARKER))
                .into())
        }
    };
    let parsed: Value = serde_yaml::from_str(&part).map_err(|e| {
        let mut d = Diagnostic::error(crate::tr!("cms-bad-yaml", reason = e.to_string()))
            .with_code(Code::CmsConfig)
            .in_file(file)
            .with_hint(crate::tr!("cms-bad-yaml-hint"));
        if let Some(l) = e.location() {
            d = d.at_line(l.line());
        }
        d
    })?;
    if let Value::Mapping(m) = &parsed {
        for key in HERALD_KEYS {
            if m.contains_key(*key) {
                let line = part
                    .lines()
                    .position(|l| l.starts_with(&format!("{key}:")))
                    .map(|i| i + 1);
                let mut d = Diagnostic::error(crate::tr!("cms-herald-key", key = *key))
                    .with_code(Code::CmsConfig)
                    .in_file(file)
                    .with_hint(crate::tr!(
                        "cms-herald-key-hint",
                        key = *key,
                        keys = HERALD_KEYS.join(", ")
                    ));
                if let Some(l) = line {
                    d = d.at_line(l);
                }
                return Err(d.into());
            }
        }
    }
    Ok(part)
}

/// The whole file: the user's part (kept, or the first one), the marker, herald's part.
pub fn render(existing: Option<&str>, file: &Path, generated: &Value) -> Result<String> {
    let mut out = match existing {
        Some(text) => user_part(text, file)?,
        None => FIRST_USER_PART.to_string(),
    };
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(MARKER);
    out.push('\n');
    out.push_str(&serde_yaml::to_string(generated).unwrap_or_default());
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shared_fields_are_the_ones_the_form_keeps_in_the_default_language() {
        let langs = vec!["lv".to_string(), "lt".to_string()];
        let fields = page_fields(&langs);
        let kept: Vec<&str> = fields
            .iter()
            .filter(|f| f.get("i18n").is_none())
            .filter_map(|f| f.get("name").and_then(Value::as_str))
            .collect();
        assert_eq!(kept, SHARED);
    }
}
