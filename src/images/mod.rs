//! The picture pipeline: finds every picture the site shows (covers, galleries, video posters,
//! Markdown images and links to pictures), makes each web-ready once (`process`), keeps the
//! results in a content-addressed cache (key: the source bytes' hash and the settings) so a
//! rebuild with unchanged pictures decodes nothing, and writes the `<picture>` markup with
//! `srcset`, `sizes`, `width`/`height` and lazy loading. Pictures are processed in parallel,
//! a bounded number decoded at a time, so memory does not grow with the number of pictures.
//! Knows nothing of templates; `render` asks it for pictures by source path.

pub mod media;
pub mod process;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};

use rayon::prelude::*;
use serde::Serialize;

use crate::config::ImageSettings;
use crate::diagnostics::{Diagnostic, Failure, Result};
use crate::html::escape;
use crate::model::Site;
use crate::paths::{is_picture, normalize};

/// Changes whenever the processing changes what it writes, so old cache entries are not used.
const PIPELINE_VERSION: &str = "herald-images-1";

/// Where processed pictures are published in the output folder.
pub const OUTPUT_DIR: &str = "img";

/// Where a picture is used, for messages about it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Use {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

/// The pictures a build needs: source (relative to the site root) -> where it is used.
#[derive(Debug, Default)]
pub struct Plan {
    pub sources: BTreeMap<PathBuf, Vec<Use>>,
}

impl Plan {
    pub fn add(&mut self, source: PathBuf, at: Use) {
        self.sources.entry(source).or_default().push(at);
    }
}

/// The site-root-relative source of a destination written in a page in `dir` (front matter
/// names and Markdown images alike): a relative path from the page's folder, or `/x` from
/// `static/`. None for addresses, other files and paths that leave the site folder.
pub fn source_for(dir: &Path, dest: &str) -> Option<PathBuf> {
    let lower = dest.to_ascii_lowercase();
    if dest.is_empty()
        || dest.starts_with("//")
        || dest.starts_with('#')
        || lower.contains("://")
        || lower.starts_with("data:")
        || dest.contains(['?', '#'])
    {
        return None;
    }
    let joined = match dest.strip_prefix('/') {
        Some(rest) => Path::new("static").join(rest),
        None => dir.join(dest),
    };
    let normal = normalize(&joined)?;
    is_picture(&normal).then_some(normal)
}

/// The pictures each page's text shows, by file, kept between the builds of a session: an
/// unchanged text (the same shared text) is not searched again.
pub type PlanCache =
    HashMap<std::path::PathBuf, (crate::content::Body, Vec<(String, usize, usize)>)>;

/// Every picture the site shows, with where it is used. Only files that exist are planned:
/// missing ones are reported where they are named (front matter checks, link resolution).
pub fn plan(site: &Site) -> Plan {
    plan_cached(site, &mut PlanCache::new())
}

/// [`plan`], reusing `cache` for texts that did not change.
pub fn plan_cached(site: &Site, cache: &mut PlanCache) -> Plan {
    let mut plan = Plan::default();
    let root = &site.root;
    let mut add = |dir: &Path, name: &str, at: Use| {
        if let Some(s) = source_for(dir, name) {
            if root.join(&s).is_file() {
                plan.add(s, at);
            }
        }
    };
    for p in &site.pages {
        if let Some(cover) = &p.cover {
            let (file, line) = p
                .cover_origin
                .clone()
                .unwrap_or_else(|| (p.file.clone(), None));
            add(
                &p.dir,
                cover,
                Use {
                    file,
                    line,
                    column: None,
                },
            );
        }
        for e in &p.gallery {
            for name in [&e.entry.image, &e.entry.poster].into_iter().flatten() {
                add(
                    &p.dir,
                    name,
                    Use {
                        file: e.origin.clone(),
                        line: e.line,
                        column: None,
                    },
                );
            }
        }
    }
    // Finding pictures in the text means parsing it: in parallel, and only for texts that can
    // hold one at all. Each page's: whether it was searched now, and what was found.
    type Found = Vec<(String, usize, usize)>;
    let old: &PlanCache = cache;
    let in_text: Vec<(usize, bool, Found)> = site
        .pages
        .par_iter()
        .enumerate()
        .map(|(i, p)| match old.get(&p.file) {
            Some((body, found)) if body.shares(&p.body) => (i, false, found.clone()),
            // A text that cannot be read again finds nothing here; rendering it says why.
            // Read only when it can show one; one that cannot be read again finds nothing
            // here, and rendering it says why.
            _ if p.body.may_show_pictures() => match p.body.text() {
                Ok(text) => (i, true, crate::markdown::picture_destinations(&text)),
                Err(_) => (i, true, Vec::new()),
            },
            _ => (i, true, Vec::new()),
        })
        .collect();
    // The cache is updated in place: a one-text edit does not copy the paths of 10 000 pages.
    for (i, _, found) in in_text.iter().filter(|(_, searched, _)| *searched) {
        let p = &site.pages[*i];
        cache.insert(p.file.clone(), (p.body.clone(), found.clone()));
    }
    // Every page's file is in the cache now: more entries are texts gone since.
    if cache.len() > site.pages.len() {
        let files: std::collections::HashSet<&Path> =
            site.pages.iter().map(|p| p.file.as_path()).collect();
        cache.retain(|f, _| files.contains(f.as_path()));
    }
    for (i, _, found) in in_text {
        let p = &site.pages[i];
        for (dest, line, column) in found {
            add(
                &p.dir,
                &dest,
                Use {
                    file: p.file.clone(),
                    line: Some(line + p.body_line - 1),
                    column: Some(column),
                },
            );
        }
    }
    let intros = site
        .homes
        .iter()
        .filter_map(|h| h.file.as_ref().map(|f| (f, &h.body, h.body_line)))
        .chain(
            site.sections
                .iter()
                .filter_map(|s| s.file.as_ref().map(|f| (f, &s.body, 1))),
        );
    for (file, body, body_line) in intros {
        let dir = file.parent().unwrap_or(Path::new("content"));
        for (dest, line, column) in crate::markdown::picture_destinations(body) {
            add(
                dir,
                &dest,
                Use {
                    file: file.clone(),
                    line: Some(line + body_line - 1),
                    column: Some(column),
                },
            );
        }
    }
    plan
}

/// One published file of a picture.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    /// In the cache folder.
    pub cache_file: PathBuf,
    /// Relative to the output folder (`img/seminars.3f9a….960.webp`).
    pub out_path: String,
}

/// A picture made web-ready.
#[derive(Debug, Clone, Hash)]
pub struct Picture {
    /// Upright dimensions of the original.
    pub width: u32,
    pub height: u32,
    /// WebP files, narrowest first.
    pub variants: Vec<Variant>,
    /// JPEG or PNG for browsers without WebP.
    pub fallback: Option<Variant>,
}

impl Picture {
    pub fn largest(&self) -> &Variant {
        self.variants
            .last()
            .expect("a picture has at least one size")
    }

    /// `srcset` of the WebP files under `base` (the site's base path).
    pub fn srcset(&self, base: &str) -> String {
        self.variants
            .iter()
            .map(|v| format!("{base}{} {}w", v.out_path, v.width))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The file older browsers (and social media previews) get: the fallback, else the largest.
    pub fn fallback_variant(&self) -> &Variant {
        self.fallback.as_ref().unwrap_or(self.largest())
    }

    pub fn fallback_href(&self, base: &str) -> String {
        format!("{base}{}", self.fallback_variant().out_path)
    }

    pub fn large_href(&self, base: &str) -> String {
        format!("{base}{}", self.largest().out_path)
    }
}

/// How a picture is shown.
pub struct Show<'a> {
    pub alt: &'a str,
    /// The `sizes` attribute: how wide the picture is shown.
    pub sizes: &'a str,
    /// `loading="lazy"` (below the fold) or eager.
    pub lazy: bool,
    /// `fetchpriority="high"`: the largest picture of its page, which the browser should
    /// fetch before the others (the page's largest contentful paint).
    pub first: bool,
    pub title: Option<&'a str>,
    pub class: Option<&'a str>,
    /// The author's focal point (`top`, `50% 20%`, checked by `html::is_focal_point`): the
    /// picture may then be cut to fill its frame, keeping that part in view (class `focal`).
    pub position: Option<&'a str>,
}

/// Sizes for pictures in the text column, gallery thumbnails and cards of the default theme.
pub const SIZES_CONTENT: &str = "(min-width: 72rem) 70rem, calc(100vw - 2rem)";
pub const SIZES_THUMB: &str =
    "(min-width: 72rem) 17rem, (min-width: 40rem) 45vw, calc(100vw - 2rem)";
pub const SIZES_CARD: &str = "(min-width: 40rem) 12rem, 40vw";

/// The width a picture file has when shown `height` pixels high (its proportions kept), for
/// the `width` attribute that keeps the page from jumping while it loads: an SVG's size from
/// its `width`/`height` or `viewBox`, another picture's from its header. None when the file
/// cannot be read or measured.
pub fn width_at_height(file: &Path, height: u32) -> Option<u32> {
    let is_svg = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("svg") || e.eq_ignore_ascii_case("svgz"));
    let (w, h) = if is_svg {
        let bytes = std::fs::read(file).ok()?;
        let tree = usvg::Tree::from_data(&bytes, &usvg::Options::default()).ok()?;
        let size = tree.size();
        (f64::from(size.width()), f64::from(size.height()))
    } else {
        let (w, h) = image::image_dimensions(file).ok()?;
        (f64::from(w), f64::from(h))
    };
    if !(w > 0.0 && h > 0.0) {
        return None;
    }
    Some((w / h * f64::from(height)).round().max(1.0) as u32)
}

/// `<picture>` with a WebP `srcset` and a fallback `<img>` carrying alt, width, height and
/// loading; a plain `<img srcset>` when there is no fallback.
pub fn picture_html(pic: &Picture, base: &str, show: &Show) -> String {
    let large = pic.largest();
    let mut img = format!(
        "<img src=\"{}\" alt=\"{}\" width=\"{}\" height=\"{}\"",
        escape(&pic.fallback_href(base)),
        escape(show.alt),
        large.width,
        large.height
    );
    if pic.fallback.is_none() {
        img.push_str(&format!(
            " srcset=\"{}\" sizes=\"{}\"",
            escape(&pic.srcset(base)),
            escape(show.sizes)
        ));
    }
    if let Some(t) = show.title {
        img.push_str(&format!(" title=\"{}\"", escape(t)));
    }
    let position = show.position.filter(|p| crate::html::is_focal_point(p));
    match (show.class, position) {
        (Some(c), Some(_)) => img.push_str(&format!(" class=\"{} focal\"", escape(c))),
        (Some(c), None) => img.push_str(&format!(" class=\"{}\"", escape(c))),
        (None, Some(_)) => img.push_str(" class=\"focal\""),
        (None, None) => {}
    }
    if let Some(p) = position {
        img.push_str(&format!(" style=\"object-position: {}\"", escape(p)));
    }
    if show.first {
        img.push_str(" fetchpriority=\"high\"");
    }
    img.push_str(if show.lazy {
        " loading=\"lazy\" decoding=\"async\">"
    } else {
        " decoding=\"async\">"
    });
    if pic.fallback.is_none() {
        return img;
    }
    format!(
        "<picture><source type=\"image/webp\" srcset=\"{}\" sizes=\"{}\">{img}</picture>",
        escape(&pic.srcset(base)),
        escape(show.sizes)
    )
}

/// A picture as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct PictureValue {
    /// The ready `<picture>` markup.
    pub html: String,
    pub alt: String,
    /// The fallback (JPEG/PNG) file's URL, for `og:image` and old browsers.
    pub src: String,
    /// The largest WebP file's URL and its size.
    pub large: String,
    pub width: u32,
    pub height: u32,
    pub srcset: String,
    pub sizes: String,
}

impl PictureValue {
    pub fn new(pic: &Picture, base: &str, show: &Show) -> Self {
        PictureValue {
            html: picture_html(pic, base, show),
            alt: show.alt.to_string(),
            src: pic.fallback_href(base),
            large: pic.large_href(base),
            width: pic.largest().width,
            height: pic.largest().height,
            srcset: pic.srcset(base),
            sizes: show.sizes.to_string(),
        }
    }
}

/// What the image stage did, for the build's summary and for tests.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    /// Distinct pictures the site shows.
    pub pictures: usize,
    /// Pictures decoded and encoded in this build.
    pub processed: usize,
    /// Pictures taken from the cache without any image work.
    pub cached: usize,
    pub cache_dir: PathBuf,
}

/// The processed pictures of a build, by source path (relative to the site root).
#[derive(Debug, Default)]
pub struct Library {
    pictures: HashMap<PathBuf, Arc<Picture>>,
    pub stats: Stats,
}

impl Library {
    /// Changes when any published picture changes (for page fingerprints).
    pub fn fingerprint(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut entries: Vec<(&PathBuf, &Arc<Picture>)> = self.pictures.iter().collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        entries.hash(&mut h);
        h.finish()
    }

    pub fn get(&self, source: &Path) -> Option<&Picture> {
        self.pictures.get(source).map(Arc::as_ref)
    }

    /// Every published file: output path -> cache file. Sorted, for stable output.
    pub fn files(&self) -> Vec<(String, PathBuf)> {
        let mut out: Vec<(String, PathBuf)> = self
            .pictures
            .values()
            .flat_map(|p| p.variants.iter().chain(p.fallback.iter()))
            .map(|v| (v.out_path.clone(), v.cache_file.clone()))
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// A counting gate: at most `n` pictures decoded at a time, whatever the thread count.
struct Gate {
    free: Mutex<usize>,
    cv: Condvar,
}

impl Gate {
    fn new(n: usize) -> Self {
        Gate {
            free: Mutex::new(n.max(1)),
            cv: Condvar::new(),
        }
    }

    fn run<T>(&self, f: impl FnOnce() -> T) -> T {
        {
            let mut free = self.free.lock().unwrap_or_else(|e| e.into_inner());
            while *free == 0 {
                free = self.cv.wait(free).unwrap_or_else(|e| e.into_inner());
            }
            *free -= 1;
        }
        let out = f();
        *self.free.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        self.cv.notify_one();
        out
    }
}

/// How many pictures are decoded at a time: one per core, at most 4, so memory stays bounded
/// on big machines too (a 24-megapixel photo takes about 72 MB decoded).
pub fn max_decoding() -> usize {
    rayon::current_num_threads().clamp(1, 4)
}

struct Settings {
    widths: Vec<u32>,
    quality: u32,
    fallback: bool,
    dir: PathBuf,
}

/// A source read and hashed, with what the cache knows about it.
struct Source {
    path: PathBuf,
    key: String,
    stem: String,
    /// Upright dimensions, when the cache has every file of this picture.
    cached: Option<process::Upright>,
}

fn cache_key(bytes: &[u8], quality: u32) -> String {
    let mut h = blake3::Hasher::new();
    h.update(PIPELINE_VERSION.as_bytes());
    h.update(&quality.to_le_bytes());
    h.update(bytes);
    h.finalize().to_hex()[..20].to_string()
}

fn meta_file(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("{key}.meta"))
}

fn variant_file(dir: &Path, key: &str, width: u32, ext: &str) -> PathBuf {
    dir.join(format!("{key}.{width}.{ext}"))
}

/// What the cache knows of a picture: its upright size, and the hash of every file it made,
/// so a truncated or damaged cache file is noticed and made again.
struct Meta {
    up: process::Upright,
    /// Cache file name -> [`file_sum`] of its bytes.
    sums: HashMap<String, String>,
}

/// `<width> <height> alpha|opaque`, then one `<file name> <hash>` line per file.
fn read_meta(path: &Path) -> Option<Meta> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut lines = text.lines();
    let mut it = lines.next()?.split_whitespace();
    let up = process::Upright {
        width: it.next()?.parse().ok()?,
        height: it.next()?.parse().ok()?,
        alpha: it.next()? == "alpha",
    };
    let sums = lines
        .filter_map(|l| l.split_once(' '))
        .map(|(name, sum)| (name.to_string(), sum.trim().to_string()))
        .collect();
    Some(Meta { up, sums })
}

fn meta_text(up: process::Upright, files: &[(&Variant, &[u8])]) -> String {
    let mut meta = format!(
        "{} {} {}\n",
        up.width,
        up.height,
        if up.alpha { "alpha" } else { "opaque" }
    );
    for (v, bytes) in files {
        meta.push_str(&format!("{} {}\n", cache_name(v), file_sum(bytes)));
    }
    meta
}

fn cache_name(v: &Variant) -> String {
    v.cache_file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The hash a cache file's bytes are checked against (not a security measure: it finds files
/// truncated by a full disk or damaged by a copy).
fn file_sum(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

fn describe_picture(s: &Settings, src: &Source, up: process::Upright) -> Picture {
    let sizes = process::plan_sizes(up.width, up.height, &s.widths);
    let out = |w: u32, ext: &str| format!("{OUTPUT_DIR}/{}.{}.{w}.{ext}", src.stem, src.key);
    let variants = sizes
        .iter()
        .map(|z| Variant {
            width: z.width,
            height: z.height,
            cache_file: variant_file(&s.dir, &src.key, z.width, "webp"),
            out_path: out(z.width, "webp"),
        })
        .collect();
    let fallback = s.fallback.then(|| {
        let z = process::fallback_size(&sizes, &s.widths);
        let ext = if up.alpha { "png" } else { "jpg" };
        Variant {
            width: z.width,
            height: z.height,
            cache_file: variant_file(&s.dir, &src.key, z.width, ext),
            out_path: out(z.width, ext),
        }
    });
    Picture {
        width: up.width,
        height: up.height,
        variants,
        fallback,
    }
}

/// Every file of the picture is in the cache with the bytes it was written with.
fn cache_intact(p: &Picture, meta: &Meta) -> bool {
    p.variants.iter().chain(p.fallback.iter()).all(|v| {
        meta.sums
            .get(&cache_name(v))
            .is_some_and(|want| std::fs::read(&v.cache_file).is_ok_and(|b| file_sum(&b) == *want))
    })
}

/// Writes through a temporary file, so an interrupted build never leaves half a file in the
/// cache under its final name.
fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension(format!(
        "tmp-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

fn error_at(uses: &[Use], source: &Path, message: String, hint: String) -> Diagnostic {
    let first = uses.iter().min();
    let mut d = Diagnostic::error(message).with_hint(hint);
    if let Some(u) = first {
        d = d.in_file(&u.file);
        if let Some(l) = u.line {
            d = match u.column {
                Some(c) => d.at(l, c),
                None => d.at_line(l),
            };
        }
    } else {
        d = d.in_file(source);
    }
    d
}

/// Processes (or takes from the cache) every planned picture. `progress`: show a progress bar
/// on the terminal when there is image work.
pub fn prepare(
    root: &Path,
    settings: &ImageSettings,
    plan: &Plan,
    progress: bool,
) -> Result<Library> {
    let (library, errors) = prepare_all(root, settings, plan, progress);
    if errors.is_empty() {
        Ok(library)
    } else {
        Err(Failure(errors))
    }
}

/// Like [`prepare`], but a picture that cannot be used is only left out and its error
/// returned beside the pictures that could (for `check`, which reports everything at once).
pub fn prepare_all(
    root: &Path,
    settings: &ImageSettings,
    plan: &Plan,
    progress: bool,
) -> (Library, Vec<Diagnostic>) {
    let s = cache_settings(root, settings);
    let mut stats = Stats {
        pictures: plan.sources.len(),
        cache_dir: settings.cache_dir.clone(),
        ..Stats::default()
    };
    if plan.sources.is_empty() {
        return (empty_library(stats), Vec::new());
    }
    if let Err(d) = open_cache(&s.dir) {
        return (empty_library(stats), vec![d]);
    }
    let mut errors = Vec::new();
    let ready = split_errors(read_sources(root, &s, plan), &mut errors);
    let todo: Vec<&Source> = ready.iter().filter(|s| s.cached.is_none()).collect();
    let fresh: HashMap<PathBuf, process::Upright> = split_errors(
        process_missing(root, &s, plan, &todo, progress),
        &mut errors,
    )
    .into_iter()
    .collect();
    errors.sort_by(|a, b| a.file.cmp(&b.file).then(a.line.cmp(&b.line)));
    stats.processed = fresh.len();
    stats.cached = ready.len() - stats.processed;
    let (pictures, keep) = describe_ready(&s, &ready, &fresh);
    // After an error the pictures that were left out keep their cache files.
    if errors.is_empty() {
        prune(&s.dir, &keep);
    }
    (Library { pictures, stats }, errors)
}

/// The settings as the cache uses them: the cache folder resolved against the site root,
/// the widths sorted and without duplicates.
fn cache_settings(root: &Path, settings: &ImageSettings) -> Settings {
    let dir = if settings.cache_dir.is_absolute() {
        settings.cache_dir.clone()
    } else {
        root.join(&settings.cache_dir)
    }
    .join("images");
    let mut widths = settings.widths.clone();
    widths.sort_unstable();
    widths.dedup();
    Settings {
        widths,
        quality: settings.quality,
        fallback: settings.fallback,
        dir,
    }
}

/// A library without pictures, for a site without any or when the cache cannot be opened.
fn empty_library(stats: Stats) -> Library {
    Library {
        pictures: HashMap::new(),
        stats,
    }
}

/// Creates (or checks) herald's own cache folder; an error points at `images.cache_dir`.
fn open_cache(dir: &Path) -> std::result::Result<(), Diagnostic> {
    crate::owned::cache_subdir(dir).map_err(|e| {
        Diagnostic::error(crate::tr!(
            "images-cache-create",
            folder = dir.display().to_string(),
            reason = crate::messages::io_reason(&e)
        ))
        .in_file("site.yaml")
        .with_hint(crate::tr!("images-cache-create-hint"))
    })
}

/// The results that succeeded, in order; the errors are appended to `errors`.
fn split_errors<T>(
    results: Vec<std::result::Result<T, Diagnostic>>,
    errors: &mut Vec<Diagnostic>,
) -> Vec<T> {
    let mut ok = Vec::new();
    for r in results {
        match r {
            Ok(t) => ok.push(t),
            Err(d) => errors.push(d),
        }
    }
    ok
}

/// Step 1: reads and hashes every source in parallel and looks each up in the cache (cheap:
/// no decoding).
fn read_sources(
    root: &Path,
    s: &Settings,
    plan: &Plan,
) -> Vec<std::result::Result<Source, Diagnostic>> {
    plan.sources
        .par_iter()
        .map(|(path, uses)| read_source(root, s, path, uses))
        .collect()
}

/// One source: its bytes' cache key, its file name as a slug, and its upright size when the
/// cache holds every file of it intact.
fn read_source(
    root: &Path,
    s: &Settings,
    path: &Path,
    uses: &[Use],
) -> std::result::Result<Source, Diagnostic> {
    let bytes = std::fs::read(root.join(path)).map_err(|e| {
        error_at(
            uses,
            path,
            crate::tr!(
                "images-unreadable",
                file = path.display().to_string(),
                reason = crate::messages::io_reason(&e)
            ),
            crate::tr!("inputs-unreadable-hint"),
        )
    })?;
    let key = cache_key(&bytes, s.quality);
    let mut src = Source {
        path: path.to_path_buf(),
        key,
        stem: output_stem(path),
        cached: None,
    };
    if let Some(meta) = read_meta(&meta_file(&s.dir, &src.key)) {
        if cache_intact(&describe_picture(s, &src, meta.up), &meta) {
            src.cached = Some(meta.up);
        }
    }
    Ok(src)
}

/// The readable start of the published file names: the source's file name as a slug, at most
/// 48 characters, `picture` when nothing is left.
fn output_stem(path: &Path) -> String {
    path.file_stem()
        .map(|n| crate::slug::slugify(&n.to_string_lossy()))
        .filter(|n| !n.is_empty())
        .map(|n| n.chars().take(48).collect())
        .unwrap_or_else(|| "picture".into())
}

/// Step 2: decodes and encodes what the cache lacks in parallel, a bounded number at a time,
/// with a progress bar on a terminal when asked.
fn process_missing(
    root: &Path,
    s: &Settings,
    plan: &Plan,
    todo: &[&Source],
    progress: bool,
) -> Vec<std::result::Result<(PathBuf, process::Upright), Diagnostic>> {
    let bar = progress_bar(progress, todo.len());
    let gate = Gate::new(max_decoding());
    let processed = todo
        .par_iter()
        .map(|src| {
            let up = process_source(root, s, &plan.sources[&src.path], src, &gate)?;
            if let Some(bar) = &bar {
                bar.set_message(src.path.display().to_string());
                bar.inc(1);
            }
            Ok((src.path.clone(), up))
        })
        .collect();
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    processed
}

/// A progress bar on stderr, only when asked, when there is work and stderr is a terminal.
fn progress_bar(progress: bool, todo: usize) -> Option<indicatif::ProgressBar> {
    (progress && todo > 0 && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(todo as u64);
        bar.set_style(
            // The word in the chosen language; braces would be read as the template's own.
            indicatif::ProgressStyle::with_template(&format!(
                "{} {{bar:30}} {{pos}}/{{len}} {{elapsed}} {{wide_msg}}",
                crate::tr!("progress-pictures").replace(['{', '}'], "")
            ))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    })
}

/// One picture the cache lacks: encoded through the gate, its files and then its meta file
/// written to the cache. Returns its upright size.
fn process_source(
    root: &Path,
    s: &Settings,
    uses: &[Use],
    src: &Source,
    gate: &Gate,
) -> std::result::Result<process::Upright, Diagnostic> {
    let encoded = encode_source(root, s, uses, src, gate)?;
    let pic = describe_picture(s, src, encoded.upright);
    write_cache_files(s, src, &pic, &encoded)?;
    Ok(encoded.upright)
}

/// Reads the source again and encodes it (decoding waits for the gate); a failure of the
/// picture library is caught and reported as an unusable picture (H-code `BadPicture`).
fn encode_source(
    root: &Path,
    s: &Settings,
    uses: &[Use],
    src: &Source,
    gate: &Gate,
) -> std::result::Result<process::Encoded, Diagnostic> {
    let fail = |why: String| {
        error_at(
            uses,
            &src.path,
            crate::tr!(
                "images-unusable",
                file = src.path.display().to_string(),
                reason = why
            ),
            crate::tr!("images-unusable-hint"),
        )
        .with_code(crate::codes::Code::BadPicture)
    };
    let bytes =
        std::fs::read(root.join(&src.path)).map_err(|e| fail(crate::messages::io_reason(&e)))?;
    gate.run(|| crate::guard::catch(|| process::encode(&bytes, &s.widths, s.quality, s.fallback)))
        .map_err(|e| fail(crate::tr!("images-library-failed", reason = e.to_string())))?
        .map_err(fail)
}

/// Writes the encoded files of a picture, then its meta file (last, so the cache never claims
/// a file that was not written).
fn write_cache_files(
    s: &Settings,
    src: &Source,
    pic: &Picture,
    encoded: &process::Encoded,
) -> std::result::Result<(), Diagnostic> {
    let io_fail = |e: std::io::Error| {
        Diagnostic::error(crate::tr!(
            "images-cache-write",
            folder = s.dir.display().to_string(),
            reason = crate::messages::io_reason(&e)
        ))
        .with_hint(crate::tr!("images-cache-write-hint"))
    };
    let mut files: Vec<(&Variant, &[u8])> = pic
        .variants
        .iter()
        .zip(encoded.webp.iter().map(Vec::as_slice))
        .collect();
    if let (Some(v), Some(bytes)) = (&pic.fallback, &encoded.fallback) {
        files.push((v, bytes));
    }
    for (v, bytes) in &files {
        write_atomic(&v.cache_file, bytes).map_err(io_fail)?;
    }
    let meta = meta_text(encoded.upright, &files);
    write_atomic(&meta_file(&s.dir, &src.key), meta.as_bytes()).map_err(io_fail)
}

/// Step 3: the pictures that could be used, described from the cache or from this build, and
/// the cache files they use (the rest is pruned).
fn describe_ready(
    s: &Settings,
    ready: &[Source],
    fresh: &HashMap<PathBuf, process::Upright>,
) -> (HashMap<PathBuf, Arc<Picture>>, BTreeSet<PathBuf>) {
    let mut pictures = HashMap::new();
    let mut keep: BTreeSet<PathBuf> = BTreeSet::new();
    for src in ready {
        let Some(up) = src.cached.or_else(|| fresh.get(&src.path).copied()) else {
            continue;
        };
        let pic = describe_picture(s, src, up);
        keep.insert(meta_file(&s.dir, &src.key));
        keep.extend(
            pic.variants
                .iter()
                .chain(pic.fallback.iter())
                .map(|v| v.cache_file.clone()),
        );
        pictures.insert(src.path.clone(), Arc::new(pic));
    }
    (pictures, keep)
}

/// Removes cache files this build did not use (pictures removed or changed, old settings),
/// so the cache does not grow forever. Only names herald gives its files are touched, and only
/// in the cache folder herald marked as its own. A temporary file is removed only when it is
/// older than [`TEMPORARY_KEPT`]: a younger one may be another herald's (a `herald serve` and a
/// `herald build` of the same site) about to be renamed into place.
fn prune(dir: &Path, keep: &BTreeSet<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        let name = e.file_name();
        let name = name.to_string_lossy();
        let ours = is_cache_name(&name);
        if !ours || keep.contains(&path) || !e.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        if name.contains(".tmp-") && !left_over(&e) {
            continue;
        }
        let _ = std::fs::remove_file(&path);
    }
}

/// How long a temporary cache file may be another process's work in progress.
const TEMPORARY_KEPT: std::time::Duration = std::time::Duration::from_secs(600);

/// Whether a temporary file is older than [`TEMPORARY_KEPT`]: left by an interrupted build.
fn left_over(e: &std::fs::DirEntry) -> bool {
    e.metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age > TEMPORARY_KEPT)
}

/// Whether `name` is one herald gives a file of the picture cache: `<key>.meta`,
/// `<key>.<width>.<webp|jpg|png>`, or one of their temporary files (`<key>[.<width>].tmp-…`).
pub fn is_cache_name(name: &str) -> bool {
    let Some((key, rest)) = name.split_at_checked(20) else {
        return false;
    };
    let Some(rest) = rest.strip_prefix('.') else {
        return false;
    };
    if !key.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return false;
    }
    if rest == "meta" || rest.starts_with("tmp-") {
        return true;
    }
    let Some((width, ext)) = rest.split_once('.') else {
        return false;
    };
    !width.is_empty()
        && width.bytes().all(|b| b.is_ascii_digit())
        && (["webp", "jpg", "png"].contains(&ext) || ext.starts_with("tmp-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pruning_keeps_another_builds_fresh_temporary_files() {
        let dir = tempfile::tempdir().unwrap();
        let key = "0123456789abcdef0123";
        let file = |name: String| {
            let p = dir.path().join(name);
            std::fs::write(&p, b"x").unwrap();
            p
        };
        let kept = file(format!("{key}.800.webp"));
        let unused = file(format!("{key}.400.webp"));
        let fresh = file(format!("{key}.800.tmp-99-ThreadId(2)"));
        let old = file(format!("{key}.tmp-98-ThreadId(3)"));
        let long_ago = std::time::SystemTime::now() - 2 * TEMPORARY_KEPT;
        std::fs::File::options()
            .write(true)
            .open(&old)
            .unwrap()
            .set_modified(long_ago)
            .unwrap();
        prune(dir.path(), &BTreeSet::from([kept.clone()]));
        assert!(kept.exists());
        assert!(!unused.exists(), "an unused cache file is removed");
        assert!(
            fresh.exists(),
            "a temporary file being written is left alone"
        );
        assert!(
            !old.exists(),
            "a temporary file left by an interrupted build is removed"
        );
    }

    #[test]
    fn sources_stay_inside_the_site() {
        let dir = Path::new("content/news/a");
        assert_eq!(
            source_for(dir, "foto.JPG"),
            Some(PathBuf::from("content/news/a/foto.JPG"))
        );
        assert_eq!(
            source_for(dir, "../b/x.png"),
            Some(PathBuf::from("content/news/b/x.png"))
        );
        assert_eq!(
            source_for(dir, "/logo.webp"),
            Some(PathBuf::from("static/logo.webp"))
        );
        assert_eq!(source_for(dir, "../../../../x.jpg"), None);
        assert_eq!(source_for(dir, "https://example.org/x.jpg"), None);
        assert_eq!(source_for(dir, "doc.pdf"), None);
    }

    #[test]
    fn only_the_caches_own_names_are_pruned() {
        assert!(is_cache_name("0123456789abcdef0123.meta"));
        assert!(is_cache_name("0123456789abcdef0123.960.webp"));
        assert!(is_cache_name("0123456789abcdef0123.960.tmp-7-ThreadId(3)"));
        for other in [
            "0123456789abcdef0123.docx",
            "0123456789ABCDEF0123.meta",
            "0123456789abcdef0123.960.pdf",
            "0123456789abcdef0123",
            "ataskaita.960.webp",
        ] {
            assert!(!is_cache_name(other), "{other}");
        }
    }

    #[test]
    fn picture_markup_has_srcset_sizes_and_dimensions() {
        let v = |w: u32, h: u32, ext: &str| Variant {
            width: w,
            height: h,
            cache_file: PathBuf::new(),
            out_path: format!("img/a.k.{w}.{ext}"),
        };
        let pic = Picture {
            width: 2000,
            height: 1000,
            variants: vec![v(480, 240, "webp"), v(960, 480, "webp")],
            fallback: Some(v(960, 480, "jpg")),
        };
        let html = picture_html(
            &pic,
            "/s/",
            &Show {
                alt: "A \"b\"",
                sizes: "100vw",
                lazy: true,
                first: false,
                title: None,
                class: None,
                position: None,
            },
        );
        assert_eq!(
            html,
            "<picture><source type=\"image/webp\" srcset=\"/s/img/a.k.480.webp 480w, /s/img/a.k.960.webp 960w\" sizes=\"100vw\"><img src=\"/s/img/a.k.960.jpg\" alt=\"A &quot;b&quot;\" width=\"960\" height=\"480\" loading=\"lazy\" decoding=\"async\"></picture>"
        );
    }
}
