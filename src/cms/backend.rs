//! The local backend of Decap CMS (what the npm package `decap-server` answers at `/api/v1`),
//! answered by `herald serve`: the CMS lists, reads, writes and deletes the files of the site
//! folder through it. Every path is checked here: relative, `/`-separated, inside `content/` or
//! `static/`, no `..`, no hidden name, no symbolic link on the way. Every write is atomic (a
//! temporary file beside the target, then a rename), and a file that changed on disk since
//! the CMS read it (or that the CMS never read) is not overwritten: the CMS shows the refusal.
//! Who may call it (token, origin, host) is `serve`'s business, before a request gets here.
//!
//! A page written in a translation only (`index.lt.md`, no `index.lv.md`): Decap CMS reads an
//! entry from its default language's file, so it would list `…/index.lt`, open it empty and
//! save `index.lt.lv.md`. The backend gives it the missing file as a stand-in (see
//! [`Backend::stand_in`]): the translation opens on its own side, and a save that leaves the
//! stand-in as it was writes the translation's file only.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use base64::Engine;
use serde_json::{json, Value};

use super::config::SHARED;
use crate::paths::Slashed;

/// The folders the CMS may read and write.
const ALLOWED: &[&str] = &["content", "static"];

/// A refusal: the HTTP status and the message the CMS shows.
#[derive(Debug)]
pub struct Refusal {
    pub status: u16,
    pub message: String,
}

fn refuse(status: u16, message: impl Into<String>) -> Refusal {
    Refusal {
        status,
        message: message.into(),
    }
}

pub struct Backend {
    root: PathBuf,
    /// The version of each file the CMS was last given or wrote (path -> hash): what a write
    /// may replace.
    seen: Mutex<HashMap<String, String>>,
    /// The site's languages, the default first (site.yaml, when the session started): the
    /// files of a page in each of them give the editor its one gallery.
    languages: Vec<String>,
}

/// The hash the CMS gets as a file's `id` (it only compares them).
fn id_of(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// Whether `path` is the own text of the section `folder` (`content/news/_index.lv.md` in
/// `content/news`); both are paths of the site with `/` separators, as the CMS sends them.
fn is_section_text(folder: &str, path: &str) -> bool {
    let rest = path
        .strip_prefix(folder.trim_end_matches('/'))
        .unwrap_or(path);
    let rest = rest.trim_start_matches('/');
    !rest.contains('/') && rest.starts_with("_index.")
}

/// `params.<key>` as a string, or a refusal naming it.
fn text<'a>(params: &'a Value, key: &str) -> Result<&'a str, Refusal> {
    params
        .get(key)
        .and_then(Value::as_str)
        .ok_or_else(|| refuse(422, crate::tr!("serve-cms-no-field", key = key)))
}

impl Backend {
    pub fn new(root: &Path) -> Backend {
        Backend {
            root: root.to_path_buf(),
            seen: Mutex::new(HashMap::new()),
            languages: crate::config::Config::load(root)
                .map(|c| c.languages)
                .unwrap_or_default(),
        }
    }

    /// Answers one request body (`{"action": ..., "params": {...}}`) with JSON, or refuses.
    pub fn answer(&self, body: &[u8]) -> Result<Value, Refusal> {
        let request: Value = serde_json::from_slice(body)
            .map_err(|e| refuse(400, crate::tr!("serve-cms-not-json", error = e.to_string())))?;
        let action = request.get("action").and_then(Value::as_str).unwrap_or("");
        let params = request.get("params").cloned().unwrap_or(Value::Null);
        match action {
            "info" => Ok(json!({
                "repo": self.root.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default(),
                "publish_modes": ["simple"],
                "type": "local_fs",
            })),
            "entriesByFolder" => self.entries_by_folder(&params),
            "entriesByFiles" => {
                let files = params
                    .get("files")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                Ok(Value::Array(
                    files
                        .iter()
                        .map(|f| {
                            self.entry(
                                f.get("path").and_then(Value::as_str).unwrap_or(""),
                                f.get("label"),
                            )
                        })
                        .collect(),
                ))
            }
            "getEntry" => {
                let path = text(&params, "path")?;
                self.resolve(path)?;
                Ok(self.entry(path, None))
            }
            "persistEntry" => self.persist_entry(&params),
            "getMedia" => self.get_media(text(&params, "mediaFolder")?),
            "getMediaFile" => self.media_file(text(&params, "path")?),
            "persistMedia" => {
                let asset = params.get("asset").cloned().unwrap_or(Value::Null);
                let (path, bytes) = decode_asset(&asset)?;
                let _guard = self.seen.lock().unwrap_or_else(|e| e.into_inner());
                let target = self.resolve(&path)?;
                self.may_replace(&_guard, &path, &target, &bytes)?;
                drop(_guard);
                self.write(&path, &target, &bytes)?;
                self.media_file(&path)
            }
            "deleteFile" => self.delete(&[text(&params, "path")?.to_string()]),
            "deleteFiles" => {
                let paths: Vec<String> = params
                    .get("paths")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(|p| p.as_str().map(String::from))
                            .collect()
                    })
                    .unwrap_or_default();
                self.delete(&paths)
            }
            "getDeployPreview" => Ok(Value::Null),
            other => Err(refuse(
                422,
                crate::tr!("serve-cms-unknown-action", action = other),
            )),
        }
    }

    /// The file a CMS path names, checked: inside content/ or static/, no `..`, no hidden
    /// name, no symbolic link on the way (the file itself may not exist yet).
    pub fn resolve(&self, path: &str) -> Result<PathBuf, Refusal> {
        let outside = || refuse(403, crate::tr!("serve-cms-outside", path = path));
        if path.is_empty() || path.contains(['\\', '\0', ':']) || path.starts_with('/') {
            return Err(outside());
        }
        let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        if !ALLOWED.contains(&segments[0]) {
            return Err(outside());
        }
        let mut at = self.root.clone();
        for seg in &segments {
            if seg.is_empty() || *seg == "." || *seg == ".." || crate::inputs::is_hidden(seg) {
                return Err(outside());
            }
            at.push(seg);
            if let Ok(meta) = std::fs::symlink_metadata(&at) {
                if meta.file_type().is_symlink() {
                    return Err(refuse(403, crate::tr!("serve-cms-symlink", path = path)));
                }
            }
        }
        Ok(at)
    }

    /// `{data, file: {path, id}}` of one file, remembered as read; `data: null` when it cannot
    /// be read (as decap-server answers).
    fn entry(&self, path: &str, label: Option<&Value>) -> Value {
        let read = self
            .resolve(path)
            .ok()
            .and_then(|p| std::fs::read(p).ok())
            .and_then(|b| String::from_utf8(b).ok());
        let label = label.cloned().unwrap_or(Value::Null);
        match read {
            Some(data) => {
                // The id is the file's on disk, so that a save of what the editor was given
                // is not taken for a change made elsewhere.
                let id = id_of(data.as_bytes());
                self.remember(path, &id);
                let data = self.for_editor(path, data);
                json!({"data": data, "file": {"path": path, "label": label, "id": id}})
            }
            None => match self.stand_in(path) {
                Some((data, _)) => {
                    json!({"data": data, "file": {"path": path, "label": label, "id": null}})
                }
                None => json!({"data": null, "file": {"path": path, "label": label, "id": null}}),
            },
        }
    }

    /// The page and language of a content file `<page>.<lang>.md` of one of the site's
    /// languages.
    fn page_of<'a>(&self, path: &'a str) -> Option<(&'a str, &'a str)> {
        path.strip_prefix("content/")?;
        path.strip_suffix(".md")
            .and_then(|stem| stem.rsplit_once('.'))
            .filter(|(_, lang)| self.languages.iter().any(|l| l == lang))
    }

    /// For `<page>.<default>.md` when it does not exist but the page has a translation: the
    /// text the editor is given in its place, a stand-in, and the translation's path. Its title
    /// says that the page is in that language only (`Tikai lietuviski / Tik lietuviškai —
    /// <title>`, shown in the list and on the default language's side), and it carries the
    /// fields the form keeps on that side (date, pictures: [`SHARED`]) from the translation, so
    /// that they can be seen and changed there; saving writes them back into the translation
    /// (see [`Backend::without_stand_in`]).
    fn stand_in(&self, path: &str) -> Option<(String, String)> {
        let (page, lang) = self.page_of(path)?;
        if self.languages.first().map(String::as_str) != Some(lang) || self.exists(path) {
            return None;
        }
        let (other, text) = self.languages[1..].iter().find_map(|l| {
            let p = format!("{page}.{l}.md");
            let text = std::fs::read_to_string(self.resolve(&p).ok()?).ok()?;
            Some((p, text))
        })?;
        let other_lang = other.strip_suffix(".md")?.rsplit_once('.')?.1.to_string();
        let given = self.for_editor(&other, text);
        let (front, _) = split_front(&given)?;
        let mut m = serde_yaml::Mapping::new();
        let title = front
            .get("title")
            .and_then(serde_yaml::Value::as_str)
            .unwrap_or("");
        m.insert(
            "title".into(),
            self.stand_in_title(&other_lang, title).into(),
        );
        for key in SHARED {
            if let Some(v) = front.get(*key) {
                m.insert((*key).into(), v.clone());
            }
        }
        let yaml = serde_yaml::to_string(&serde_yaml::Value::Mapping(m)).ok()?;
        Some((format!("---\n{yaml}---\n"), other))
    }

    /// The stand-in's title for a page in `lang` only, titled `title` there.
    fn stand_in_title(&self, lang: &str, title: &str) -> String {
        format!(
            "{} — {title}",
            super::labels::only_in(lang, &self.languages)
        )
    }

    fn exists(&self, path: &str) -> bool {
        self.resolve(path)
            .ok()
            .and_then(|p| std::fs::symlink_metadata(p).ok())
            .is_some()
    }

    /// The files of a save with the stand-ins taken out: a stand-in given back as it was (its
    /// title unchanged, nothing written on its side) is not written, and its shared fields go
    /// into the translation's file; one given back with a new title is a new version in the
    /// default language, written. One with its title unchanged but other text written on its
    /// side is refused (the text would otherwise be lost, or saved under the stand-in's title).
    fn without_stand_in(
        &self,
        mut files: Vec<(String, Vec<u8>)>,
    ) -> Result<Vec<(String, Vec<u8>)>, Refusal> {
        let mut at = 0;
        while at < files.len() {
            let path = files[at].0.clone();
            let Some((_, other)) = self.stand_in(&path) else {
                at += 1;
                continue;
            };
            let raw = String::from_utf8_lossy(&files[at].1).to_string();
            let Some((front, body)) = split_front(&raw) else {
                at += 1;
                continue;
            };
            let (_, lang) = self.page_of(&other).unwrap_or_default();
            let given_title = self
                .stand_in(&path)
                .and_then(|(t, _)| split_front(&t).and_then(|(f, _)| f.get("title").cloned()));
            if front.get("title") != given_title.as_ref() {
                // A title of its own: the default language's version, written as the editor
                // sent it.
                at += 1;
                continue;
            }
            let written = front.iter().any(|(k, v)| {
                let key = k.as_str().unwrap_or("");
                !SHARED.contains(&key) && !["title", "translate"].contains(&key) && !empty(v)
            }) || !body.trim().is_empty();
            if written {
                return Err(refuse(
                    422,
                    crate::tr!(
                        "serve-cms-one-language",
                        language = crate::tr!("serve-cms-lang-name", lang = lang)
                    ),
                ));
            }
            let shared: Vec<(&str, Option<&serde_yaml::Value>)> =
                SHARED.iter().map(|k| (*k, front.get(*k))).collect();
            files.remove(at);
            let own = match files.iter().position(|(p, _)| *p == other) {
                Some(i) => i,
                None => {
                    // Nothing sent for the translation: its file as it is, with the shared
                    // fields.
                    let text = std::fs::read(self.resolve(&other)?).map_err(|e| {
                        refuse(
                            500,
                            crate::tr!(
                                "serve-cms-cannot-read",
                                path = other.as_str(),
                                error = crate::messages::io_reason(&e)
                            ),
                        )
                    })?;
                    files.push((other.clone(), text));
                    files.len() - 1
                }
            };
            let text = String::from_utf8_lossy(&files[own].1).to_string();
            files[own].1 = with_fields(&text, &shared)
                .ok_or_else(|| {
                    refuse(
                        422,
                        crate::tr!("serve-cms-no-front-matter", path = other.as_str()),
                    )
                })?
                .into_bytes();
        }
        Ok(files)
    }

    /// A page's text as the editor is given it (see `typed::in_one_place`): its gallery kept
    /// in one place, in the default language's file, the pictures and videos in their order
    /// with the texts of every language beside each, read from the page's file in each
    /// language; a translation's file without one. So an item written by hand, or one gallery
    /// per language, opens in that form, and saving it keeps it so. The files on disk are
    /// unchanged until the editor saves.
    fn for_editor(&self, path: &str, data: String) -> String {
        let Some((page, lang)) = path
            .strip_suffix(".md")
            .and_then(|stem| stem.rsplit_once('.'))
            .filter(|(_, lang)| self.languages.iter().any(|l| l == lang))
        else {
            return data;
        };
        let others: Vec<(&str, String)> = self
            .languages
            .iter()
            .filter(|l| *l != lang)
            .filter_map(|l| {
                let text = self
                    .resolve(&format!("{page}.{l}.md"))
                    .ok()
                    .and_then(|p| std::fs::read_to_string(p).ok())?;
                Some((l.as_str(), text))
            })
            .collect();
        let versions: Vec<super::typed::Version> = std::iter::once((lang, data.as_str()))
            .chain(others.iter().map(|(l, t)| (*l, t.as_str())))
            .map(|(lang, text)| super::typed::Version { lang, text })
            .collect();
        super::typed::in_one_place(&versions, lang, &self.languages).unwrap_or(data)
    }

    fn remember(&self, path: &str, id: &str) {
        self.seen
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path.to_string(), id.to_string());
    }

    /// Files below `folder` (to `depth` levels) whose names end in `extension`, in name order.
    fn list(&self, folder: &str, extension: &str, depth: usize) -> Result<Vec<String>, Refusal> {
        let dir = self.resolve(folder)?;
        let mut out = Vec::new();
        let walk = walkdir::WalkDir::new(&dir)
            .min_depth(1)
            .max_depth(depth.max(1))
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| !crate::inputs::never_read(&e.file_name().to_string_lossy()));
        for entry in walk.filter_map(|e| e.ok()) {
            if !entry.file_type().is_file() {
                continue;
            }
            let name = entry.file_name().to_string_lossy();
            if !name.ends_with(extension) {
                continue;
            }
            if let Ok(rel) = entry.path().strip_prefix(&self.root) {
                out.push(rel.slashed());
            }
        }
        Ok(out)
    }

    fn entries_by_folder(&self, params: &Value) -> Result<Value, Refusal> {
        let folder = text(params, "folder")?;
        let extension = params
            .get("extension")
            .and_then(Value::as_str)
            .unwrap_or("");
        // Bounded: a folder deeper than a few levels is not a collection.
        let depth = params
            .get("depth")
            .and_then(Value::as_u64)
            .unwrap_or(1)
            .min(16) as usize;
        let mut files = self.list(folder, extension, depth)?;
        // A collection that reads deeper than its folder is a section's items (bundles,
        // `<slug>/index.<lang>.md`, or single files beside them): the section's own text
        // (`_index.<lang>.md` in the folder itself) is not one of them, it has its own
        // collection, which reads one level.
        if depth > 1 {
            files.retain(|f| !is_section_text(folder, f));
        }
        // A page in a translation only is listed with its default language's stand-in, so
        // that the CMS makes one entry of them, named as the page's others are.
        let stand_ins: Vec<String> = files
            .iter()
            .filter_map(|f| {
                let (page, _) = self.page_of(f)?;
                let default = format!("{page}.{}.md", self.languages.first()?);
                self.stand_in(&default).map(|_| default)
            })
            .collect();
        for s in stand_ins {
            if !files.contains(&s) {
                files.push(s);
            }
        }
        Ok(Value::Array(
            files.iter().map(|f| self.entry(f, None)).collect(),
        ))
    }

    fn get_media(&self, folder: &str) -> Result<Value, Refusal> {
        let files = self.list(folder, "", 1)?;
        let media: Result<Vec<Value>, Refusal> = files.iter().map(|f| self.media_file(f)).collect();
        Ok(Value::Array(media?))
    }

    fn media_file(&self, path: &str) -> Result<Value, Refusal> {
        let file = self.resolve(path)?;
        let bytes = std::fs::read(&file).map_err(|e| {
            refuse(
                404,
                crate::tr!(
                    "serve-cms-cannot-read",
                    path = path,
                    error = crate::messages::io_reason(&e)
                ),
            )
        })?;
        let id = id_of(&bytes);
        self.remember(path, &id);
        Ok(json!({
            "id": id,
            "content": base64::engine::general_purpose::STANDARD.encode(&bytes),
            "encoding": "base64",
            "path": path,
            "name": path.rsplit('/').next().unwrap_or(path),
        }))
    }

    /// Whether a write of `new` may replace what is at `target`: nothing there, the same
    /// bytes, or the version the CMS last read or wrote.
    fn may_replace(
        &self,
        seen: &HashMap<String, String>,
        path: &str,
        target: &Path,
        new: &[u8],
    ) -> Result<(), Refusal> {
        let Ok(now) = std::fs::read(target) else {
            return Ok(());
        };
        if now == new {
            return Ok(());
        }
        let id = id_of(&now);
        match seen.get(path) {
            Some(known) if *known == id => Ok(()),
            Some(_) => Err(refuse(
                409,
                crate::tr!("serve-cms-changed-on-disk", path = path),
            )),
            None => Err(refuse(409, crate::tr!("serve-cms-exists", path = path))),
        }
    }

    /// Writes `bytes` to `target` atomically: a hidden temporary file in the same folder,
    /// flushed to disk, then renamed over the target.
    fn write(&self, path: &str, target: &Path, bytes: &[u8]) -> Result<(), Refusal> {
        let fail = |e: std::io::Error| {
            refuse(
                500,
                crate::tr!(
                    "serve-cms-cannot-save",
                    path = path,
                    error = crate::messages::io_reason(&e)
                ),
            )
        };
        let dir = target
            .parent()
            .ok_or_else(|| refuse(403, crate::tr!("serve-cms-outside", path = path)))?;
        std::fs::create_dir_all(dir).map_err(fail)?;
        // A folder made just now could not be a link; one made by someone else meanwhile is
        // looked at again.
        self.resolve(path)?;
        let tmp = dir.join(format!(
            ".herald-cms-{}-{}.tmp",
            std::process::id(),
            &id_of(bytes)[..16]
        ));
        let written = (|| {
            let mut f = std::fs::File::create(&tmp)?;
            std::io::Write::write_all(&mut f, bytes)?;
            f.sync_all()?;
            std::fs::rename(&tmp, target)
        })();
        if let Err(e) = written {
            let _ = std::fs::remove_file(&tmp);
            return Err(fail(e));
        }
        self.remember(path, &id_of(bytes));
        Ok(())
    }

    /// Saves an entry: its Markdown files (one per language) and its new pictures. Every path
    /// and every replaced file is checked before the first byte is written.
    fn persist_entry(&self, params: &Value) -> Result<Value, Refusal> {
        let mut files: Vec<(String, Vec<u8>)> = Vec::new();
        let data_files = match params.get("dataFiles").and_then(Value::as_array) {
            Some(list) => list.clone(),
            None => params.get("entry").into_iter().cloned().collect(),
        };
        for f in &data_files {
            let path = text(f, "path")?.to_string();
            let raw = text(f, "raw")?.as_bytes().to_vec();
            files.push((path, raw));
        }
        for a in params
            .get("assets")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            files.push(decode_asset(a)?);
        }
        let files = self.without_stand_in(files)?;
        let seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        let mut targets = Vec::new();
        for (path, bytes) in &files {
            let target = self.resolve(path)?;
            self.may_replace(&seen, path, &target, bytes)?;
            targets.push(target);
        }
        drop(seen);
        for ((path, bytes), target) in files.iter().zip(&targets) {
            self.write(path, target, bytes)?;
        }
        let moves: Vec<(&str, &str)> = data_files
            .iter()
            .filter_map(|f| Some((f.get("path")?.as_str()?, f.get("newPath")?.as_str()?)))
            .collect();
        if !moves.is_empty() && moves.len() == data_files.len() {
            for (from, to) in moves {
                self.rename(from, to)?;
            }
        }
        Ok(json!({"message": "entry persisted"}))
    }

    /// An entry whose address changed: its file moves (never over another file).
    fn rename(&self, from: &str, to: &str) -> Result<(), Refusal> {
        let (src, dst) = (self.resolve(from)?, self.resolve(to)?);
        if dst.exists() {
            return Err(refuse(
                409,
                crate::tr!("serve-cms-move-taken", to = to, from = from),
            ));
        }
        let fail = |e: std::io::Error| {
            refuse(
                500,
                crate::tr!(
                    "serve-cms-cannot-move",
                    path = from,
                    error = crate::messages::io_reason(&e)
                ),
            )
        };
        if let Some(d) = dst.parent() {
            std::fs::create_dir_all(d).map_err(fail)?;
        }
        std::fs::rename(&src, &dst).map_err(fail)
    }

    /// Deletes files; a page bundle in content/ left without any Markdown file loses its
    /// pictures and its folder too (they belonged to the deleted item and would otherwise be
    /// reported as stray files).
    fn delete(&self, paths: &[String]) -> Result<Value, Refusal> {
        let targets: Result<Vec<PathBuf>, Refusal> =
            paths.iter().map(|p| self.resolve(p)).collect();
        let targets = targets?;
        for (path, target) in paths.iter().zip(&targets) {
            match std::fs::remove_file(target) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    let error = crate::messages::io_reason(&e);
                    return Err(refuse(
                        500,
                        crate::tr!(
                            "serve-cms-cannot-delete",
                            path = path.as_str(),
                            error = error
                        ),
                    ));
                }
            }
        }
        for (path, target) in paths.iter().zip(&targets) {
            let is_bundle_page = path.starts_with("content/")
                && target
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("index."));
            if let Some(dir) = target.parent().filter(|_| is_bundle_page) {
                remove_emptied_bundle(dir);
            }
        }
        Ok(json!({"message": format!("deleted {}", paths.join(", "))}))
    }
}

/// Removes a bundle folder that holds no Markdown file and no folder any more.
fn remove_emptied_bundle(dir: &Path) {
    let Ok(list) = std::fs::read_dir(dir) else {
        return;
    };
    let entries: Vec<_> = list.filter_map(|e| e.ok()).collect();
    let keeps = entries.iter().any(|e| {
        let name = e.file_name().to_string_lossy().to_string();
        name.ends_with(".md") || e.file_type().map(|t| !t.is_file()).unwrap_or(true)
    });
    if keeps {
        return;
    }
    for e in entries {
        let _ = std::fs::remove_file(e.path());
    }
    let _ = std::fs::remove_dir(dir);
}

/// A Markdown text's front matter (as YAML data) and its body; None without front matter.
fn split_front(text: &str) -> Option<(serde_yaml::Mapping, &str)> {
    let rest = text.strip_prefix("---\n")?;
    let (yaml, body) = if let Some(body) = rest.strip_prefix("---\n") {
        ("", body)
    } else {
        let end = rest.find("\n---\n").map(|i| (i + 1, i + 5)).or_else(|| {
            rest.strip_suffix("\n---")
                .map(|y| (y.len() + 1, rest.len()))
        })?;
        (&rest[..end.0], &rest[end.1..])
    };
    match serde_yaml::from_str::<serde_yaml::Value>(yaml).ok()? {
        serde_yaml::Value::Mapping(m) => Some((m, body)),
        serde_yaml::Value::Null => Some((serde_yaml::Mapping::new(), body)),
        _ => None,
    }
}

/// `text` with the front-matter fields `fields` set (or, given none, taken out).
fn with_fields(text: &str, fields: &[(&str, Option<&serde_yaml::Value>)]) -> Option<String> {
    let (mut front, body) = split_front(text)?;
    for (key, value) in fields {
        match value.filter(|v| !empty(v)) {
            Some(v) => {
                front.insert((*key).into(), (*v).clone());
            }
            None => {
                front.remove(*key);
            }
        }
    }
    let yaml = serde_yaml::to_string(&serde_yaml::Value::Mapping(front)).ok()?;
    Some(format!("---\n{yaml}---\n{body}"))
}

/// Whether a value says nothing (what the CMS writes for a field left empty).
fn empty(v: &serde_yaml::Value) -> bool {
    match v {
        serde_yaml::Value::Null => true,
        serde_yaml::Value::Bool(b) => !b,
        serde_yaml::Value::String(s) => s.trim().is_empty(),
        serde_yaml::Value::Sequence(s) => s.is_empty(),
        serde_yaml::Value::Mapping(m) => m.values().all(empty),
        _ => false,
    }
}

/// An asset's path and bytes (`{path, content, encoding: "base64"}`).
fn decode_asset(asset: &Value) -> Result<(String, Vec<u8>), Refusal> {
    let path = text(asset, "path")?.to_string();
    let content = text(asset, "content")?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(content)
        .map_err(|e| {
            refuse(
                400,
                crate::tr!(
                    "serve-cms-picture-damaged",
                    path = path.as_str(),
                    error = e.to_string()
                ),
            )
        })?;
    Ok((path, bytes))
}
