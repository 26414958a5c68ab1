//! The build pipeline, stage by stage: load (config, i18n, theme, content) -> model -> render
//! (Markdown, templates, publicity, feeds) -> verify. Returns the site's files in memory; the
//! `build` command writes them, `check` and `serve` reuse the same stages.
//!
//! A [`Session`] keeps what did not change between two builds (serve): parsed files (by
//! modification time, or by the watcher's list of changed files), rendered Markdown (by text and
//! the site's URLs), rendered pages (by a fingerprint of the template and its whole context),
//! templates and interface texts, and the last model. When only the texts of pages changed, the
//! model is patched and only the pages that show those texts are looked at; any other change
//! runs every stage over the whole site, skipping only the expensive work.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::config::Config;
pub use crate::content::Changes;
use crate::diagnostics::{Code, Diagnostic, Failure, Result};
use crate::i18n::I18n;
use crate::model::{self, Site, SpecialSlugs};
use crate::output::OutputFile;
use crate::render::{RenderedBody, Renderer};
use crate::theme::Theme;
use crate::{content, write};
use rayon::prelude::*;

#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    pub base_url: Option<String>,
    pub drafts: bool,
    /// Show a progress bar on the terminal while pictures are processed.
    pub progress: bool,
}

pub struct Built {
    pub files: Vec<OutputFile>,
    pub languages: Vec<String>,
    /// HTML pages written (not counting feeds and assets).
    pub pages: usize,
    /// What the picture pipeline did.
    pub images: crate::images::Stats,
    pub warnings: Vec<Diagnostic>,
    /// PDFs rendered, taken from the cache, or left to be rendered on request.
    pub pdf: crate::pdf::Stats,
}

/// Runs every stage up to the rendered files.
pub fn run(opts: &Options) -> Result<Built> {
    Session::new(opts.clone()).build()
}

/// What every stage made, kept for `check`, which inspects the model beside the rendered files.
pub struct Stages {
    pub site: Site,
    pub theme: Arc<Theme>,
    pub i18n: Arc<I18n>,
    /// The Markdown bodies of `site.pages`, same order.
    pub bodies: Vec<RenderedBody>,
    pub built: Built,
    /// With [`Session::keep_going`]: the errors of what was left out or rendered anyway.
    pub errors: Vec<Diagnostic>,
}

/// Runs every stage up to the rendered files and keeps the intermediate results.
/// PDFs are only registered (check looks at their paths, never at their bytes).
pub fn run_stages(opts: &Options) -> Result<Stages> {
    let mut session = Session::new(opts.clone());
    session.pdf_mode = crate::pdf::Mode::OnRequest;
    session.keep_going = true;
    session.build_stages()
}

/// What the last build of a session had to do (the rest came from its caches).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Work {
    pub bodies_rendered: usize,
    pub pages_rendered: usize,
    pub pdfs: crate::pdf::Stats,
    /// Only texts of pages changed: the last model was patched and only what shows those
    /// texts was looked at.
    pub text_edits_only: bool,
}

/// Builds a site repeatedly, redoing only what changed.
pub struct Session {
    pub opts: Options,
    parse_cache: content::ParseCache,
    body_cache: crate::render::BodyCache,
    render_cache: crate::render::RenderCache,
    plan_cache: crate::images::PlanCache,
    /// Hash of site.yaml, the templates and the i18n files of the last build.
    globals: u64,
    config_hash: u64,
    pub last_work: Work,
    /// Render PDFs during the build (build) or when requested (serve).
    pub pdf_mode: crate::pdf::Mode,
    pdf_engine: Option<Arc<crate::pdf::Engine>>,
    /// The on-request PDFs of the last build, reused while their item is unchanged.
    pdf_lazy: std::collections::HashMap<String, Arc<crate::output::Lazy>>,
    /// The model of the last build, patched when only texts of pages change.
    last_site: Option<Site>,
    /// The fingerprint of the last build's pictures.
    pictures: u64,
    /// The templates and interface texts of the last build.
    interface: Option<(Arc<Theme>, Arc<I18n>)>,
    /// Build what can be built past the errors of single pages and pictures, and return those
    /// errors in [`Stages::errors`] (`check`, which reports everything in one run).
    pub keep_going: bool,
}

impl Session {
    pub fn new(opts: Options) -> Self {
        Session {
            opts,
            parse_cache: Default::default(),
            body_cache: Default::default(),
            render_cache: Default::default(),
            plan_cache: Default::default(),
            globals: 0,
            config_hash: 0,
            last_work: Work::default(),
            pdf_mode: crate::pdf::Mode::default(),
            pdf_engine: None,
            pdf_lazy: Default::default(),
            last_site: None,
            pictures: 0,
            interface: None,
            keep_going: false,
        }
    }

    pub fn build(&mut self) -> Result<Built> {
        self.build_changed(&Changes::Unknown)
    }

    /// Builds again after `changes` (what the watcher saw): with a list of edited files, only
    /// those are read; content/ is walked again only when files come or go.
    pub fn build_changed(&mut self, changes: &Changes) -> Result<Built> {
        let stages = run_session(self, None, changes)?;
        self.last_site = Some(stages.site);
        Ok(stages.built)
    }

    /// Like [`Session::build`], keeping the model and the bodies (for `check`).
    pub fn build_stages(&mut self) -> Result<Stages> {
        run_session(self, None, &Changes::Unknown)
    }
}

/// Hash of everything every page depends on: settings, templates, texts.
fn globals_hash(opts: &Options, theme: &Theme) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(&std::fs::read(opts.root.join("site.yaml")).unwrap_or_default());
    h.update(opts.base_url.as_deref().unwrap_or("").as_bytes());
    h.update(&[u8::from(opts.drafts)]);
    for t in theme.templates.values() {
        h.update(t.name.as_bytes());
        h.update(t.text.as_bytes());
    }
    if let Ok(entries) = std::fs::read_dir(opts.root.join("i18n")) {
        let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files {
            h.update(f.as_os_str().as_encoded_bytes());
            h.update(&std::fs::read(&f).unwrap_or_default());
        }
    }
    h.digest()
}

/// Prints how long each stage took when `HERALD_TIMINGS` is set (for profiling).
struct Timings {
    on: bool,
    last: Instant,
}

impl Timings {
    fn new() -> Self {
        Timings {
            on: std::env::var_os("HERALD_TIMINGS").is_some(),
            last: Instant::now(),
        }
    }

    fn lap(&mut self, stage: &str) {
        if self.on {
            eprintln!(
                "  {stage:<10} {:>7.1} ms  peak {:>5} MB",
                self.last.elapsed().as_secs_f64() * 1000.0,
                peak_memory_kb() / 1024
            );
        }
        self.last = Instant::now();
    }
}

/// The process's peak resident memory so far, in KB (0 where the system does not say).
pub fn peak_memory_kb() -> u64 {
    #[cfg(unix)]
    {
        // SAFETY: getrusage only writes into the zeroed struct it is given.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } == 0 {
            return usage.ru_maxrss.max(0) as u64;
        }
    }
    0
}

fn run_session(
    session: &mut Session,
    sink: Option<&write::Staging>,
    changes: &Changes,
) -> Result<Stages> {
    let mut timings = Timings::new();
    let opts = session.opts.clone();
    let root = &opts.root;
    let mut config = Config::load(root)?;
    crate::owned::check_cache_dir(root, &config.images.cache_dir, None, CACHE_NAMES)?;
    if let Some(url) = &opts.base_url {
        config.base_url = url.clone();
        if let Some(why) = crate::config::base_url_problem(url) {
            return Err(Diagnostic::error(format!("--base-url `{url}` {why}"))
                .with_code(Code::ConfigInvalid)
                .with_hint(crate::config::BASE_URL_HINT)
                .into());
        }
    }
    if let Some(image) = &config.og_image {
        let rel = image.trim_start_matches('/');
        let rel = rel.strip_prefix("static/").unwrap_or(rel);
        if !root.join("static").join(rel).is_file() {
            return Err(Diagnostic::error(format!("og_image `{image}` is not a file in static/"))
                .with_code(Code::ConfigInvalid)
                .in_file("site.yaml")
                .with_hint("put the picture in static/ (e.g. static/share.jpg) and write og_image: share.jpg")
                .into());
        }
    }
    let languages = config.languages.clone();
    // Parsing depends on the languages: a new site.yaml starts from scratch.
    let config_hash =
        xxhash_rust::xxh3::xxh3_64(&std::fs::read(root.join("site.yaml")).unwrap_or_default());
    if config_hash != session.config_hash {
        session.parse_cache.clear();
        session.config_hash = config_hash;
    }
    // Independent loads run side by side.
    let parse_cache = &mut session.parse_cache;
    // Templates and interface texts are read again only when something outside content/
    // may have changed.
    let last_interface = session.interface.take().filter(|_| changes.only_content());
    let ((i18n, theme), content) = rayon::join(
        || match last_interface {
            Some((theme, i18n)) => (Ok(i18n), Ok(theme)),
            None => (
                I18n::load(root, &languages)
                    .map(Arc::new)
                    .map_err(|f| f.or_code(Code::I18nError)),
                Theme::load(root, &config.theme)
                    .map(Arc::new)
                    .map_err(|f| f.or_code(Code::TemplateError)),
            ),
        },
        || content::load_cached(root, &languages, parse_cache, changes),
    );
    let (i18n, theme, content) = collect3(i18n, theme, content)?;
    session.interface = Some((Arc::clone(&theme), Arc::clone(&i18n)));
    timings.lap("load");
    let globals = globals_hash(&opts, &theme);
    let globals_same = globals == session.globals;
    if !globals_same {
        session.render_cache.clear();
        session.globals = globals;
    }
    // Only texts of pages changed (settings, templates, texts of the interface and the list of
    // files as before): the last model with the new texts is what a new model would be.
    let mut content = content;
    let patched = match (
        globals_same,
        content.text_edits.take(),
        session.last_site.take(),
    ) {
        (true, Some(edits), Some(last)) if changes.only_markdown() => {
            model::with_new_texts(last, &edits)
        }
        _ => None,
    };
    let mut warnings: Vec<Diagnostic> = i18n
        .warnings()
        .iter()
        .map(|d| d.clone().or_code(Code::I18nWarning))
        .collect();

    let slug_of = |key: &str, fallback: &str| -> std::collections::HashMap<String, String> {
        languages
            .iter()
            .map(|l| {
                let s = i18n
                    .format(l, key, &[])
                    .map(|s| crate::slug::slugify(&s))
                    .unwrap_or_default();
                (l.clone(), if s.is_empty() { fallback.into() } else { s })
            })
            .collect()
    };
    let special = SpecialSlugs {
        sitemap: slug_of("sitemap-slug", "sitemap"),
        gallery: slug_of("gallery-slug", "gallery"),
        accessibility: slug_of("accessibility-slug", "accessibility"),
    };
    let (site, edited) = match patched {
        Some((site, edited)) => (site, Some(edited)),
        None => (
            model::build(
                root,
                config,
                content,
                &special,
                &model::BuildOptions {
                    drafts: opts.drafts,
                    keep_going: session.keep_going,
                },
            )?,
            None,
        ),
    };
    warnings.extend(site.warnings.iter().cloned());
    let mut errors = site.errors.clone();

    timings.lap("model");
    let plan = crate::images::plan_cached(&site, &mut session.plan_cache);
    let library = if session.keep_going {
        let (library, left_out) =
            crate::images::prepare_all(root, &site.config.images, &plan, opts.progress);
        errors.extend(
            left_out
                .into_iter()
                .map(|d| d.or_code(Code::FileUnreadable)),
        );
        library
    } else {
        crate::images::prepare(root, &site.config.images, &plan, opts.progress)
            .map_err(|f| f.or_code(Code::FileUnreadable))?
    };
    timings.lap("pictures");
    let mut renderer = Renderer::new(&site, &theme, Arc::clone(&i18n))
        .map_err(|f| f.or_code(Code::TemplateError))?
        .with_images(&library);
    if session.keep_going {
        renderer = renderer.keep_going();
    }
    timings.lap("templates");
    // Pictures as before too (a text may show a new one): only the edited texts count.
    let pictures = library.fingerprint();
    let edits = edited
        .filter(|_| pictures == session.pictures)
        .map(crate::render::TextEdits);
    session.pictures = pictures;
    let (bodies, mut files) = match sink {
        // A one-off build writes each page as it is made and keeps no text twice.
        Some(sink) => renderer
            .render_streaming(sink)
            .map_err(|f| f.or_code(Code::TemplateError))?,
        None => {
            let bodies = renderer.render_bodies(&mut session.body_cache, edits.as_ref())?;
            timings.lap("markdown");
            let files = renderer
                .render_all(&bodies, &mut session.render_cache, None, edits.as_ref())
                .map_err(|f| f.or_code(Code::TemplateError))?;
            (bodies, files)
        }
    };
    timings.lap("pages");
    errors.extend(renderer.take_errors());
    let mut pdf_stats = crate::pdf::Stats::default();
    if site.config.pdf {
        let engine = Arc::clone(
            session
                .pdf_engine
                .get_or_insert_with(|| Arc::new(crate::pdf::Engine::new())),
        );
        let pdfs =
            crate::pdf::outputs(&renderer, &engine, session.pdf_mode, &mut session.pdf_lazy)?;
        files.extend(pdfs.files);
        warnings.extend(pdfs.warnings);
        pdf_stats = pdfs.stats;
        timings.lap("pdf");
    }
    let clashes = crate::collisions::settle(&site, &mut files);
    if !clashes.is_empty() {
        if !session.keep_going {
            return Err(Failure(clashes));
        }
        errors.extend(clashes);
    }
    session.last_work = Work {
        bodies_rendered: renderer
            .rendered_bodies
            .load(std::sync::atomic::Ordering::Relaxed),
        pages_rendered: renderer
            .rendered_pages
            .load(std::sync::atomic::Ordering::Relaxed),
        pdfs: pdf_stats,
        text_edits_only: edits.is_some(),
    };
    drop(renderer);
    let pages = files.iter().filter(|f| f.path.ends_with(".html")).count();
    Ok(Stages {
        built: Built {
            files,
            languages,
            pages,
            images: library.stats.clone(),
            warnings,
            pdf: pdf_stats,
        },
        site,
        theme,
        i18n,
        bodies,
        errors,
    })
}

fn collect3<A, B, C>(a: Result<A>, b: Result<B>, c: Result<C>) -> Result<(A, B, C)> {
    match (a, b, c) {
        (Ok(a), Ok(b), Ok(c)) => Ok((a, b, c)),
        (a, b, c) => {
            let mut errs = Vec::new();
            for e in [a.err(), b.err(), c.err()].into_iter().flatten() {
                errs.extend(e.0);
            }
            Err(Failure(errs))
        }
    }
}

/// The names each stage gives the files it writes into its folder of the cache.
const CACHE_NAMES: &crate::owned::CacheNames = &[
    ("images", crate::images::is_cache_name),
    ("pdf", crate::pdf::is_cache_name),
    ("outputs", crate::write::is_manifest_name),
];

/// The cache folder of the site at `root` for a build into `out`, checked (see
/// [`crate::owned::check_cache_dir`]). None when site.yaml cannot be read: the build reports that.
fn check_cache_dir(root: &Path, out: &Path) -> Result<Option<PathBuf>> {
    let Ok(config) = Config::load(root) else {
        return Ok(None);
    };
    crate::owned::check_cache_dir(root, &config.images.cache_dir, Some(out), CACHE_NAMES).map(Some)
}

fn lock(out: &Path) -> Result<crate::owned::OutputLock> {
    let fail = |e: std::io::Error| -> Failure {
        Diagnostic::error(format!(
            "cannot lock the output folder {}: {e}",
            out.display()
        ))
        .with_code(Code::OutputError)
        .with_hint("herald writes a lock file beside the output folder: check that its parent folder is writable")
        .into()
    };
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).map_err(fail)?;
    }
    crate::owned::lock_output(out).map_err(fail)
}

/// What `herald build` did.
pub enum Outcome {
    /// The site was built and written.
    Built(Built),
    /// Nothing changed since the last build into the same folder: the output was left as it
    /// was. Holds that build's warnings, as printed.
    UpToDate { warnings: Vec<String> },
}

/// Fingerprint of everything a build reads: every file of the site's inputs (path, size,
/// modification and change times, inode: any edit, copy, checkout or rename changes one), the
/// options, and herald itself. None when an input folder cannot be walked (then the build runs).
#[cfg(unix)]
fn inputs_fingerprint(opts: &Options, out: &Path) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    // A rebuilt herald of the same version counts as another herald.
    let exe = std::env::current_exe().ok()?.metadata().ok()?;
    h.update(&exe.len().to_le_bytes());
    h.update(&exe.mtime().to_le_bytes());
    h.update(&exe.mtime_nsec().to_le_bytes());
    h.update(format!("{:?}|{}|{}", opts.base_url, opts.drafts, out.display()).as_bytes());
    for input in write::INPUTS {
        let top = opts.root.join(input);
        if !top.exists() {
            h.update(b"\0absent");
            h.update(input.as_bytes());
            continue;
        }
        for entry in walkdir::WalkDir::new(&top)
            .follow_links(true)
            .sort_by_file_name()
        {
            let entry = entry.ok()?;
            let meta = entry.metadata().ok()?;
            h.update(entry.path().as_os_str().as_encoded_bytes());
            h.update(b"\0");
            for n in [
                meta.len() as i64,
                meta.mtime(),
                meta.mtime_nsec(),
                meta.ctime(),
                meta.ctime_nsec(),
                meta.ino() as i64,
            ] {
                h.update(&n.to_le_bytes());
            }
        }
    }
    Some(h.digest())
}

#[cfg(not(unix))]
fn inputs_fingerprint(_: &Options, _: &Path) -> Option<u64> {
    None
}

/// Builds and writes the site to `out` atomically: each page is written as soon as it is
/// rendered into a folder beside `out`, which replaces `out` when the whole build succeeded.
/// Unless `force`, a site whose inputs did not change since the build that wrote `out` (and
/// whose output is still as that build left it) is not built again.
pub fn build_to(
    opts: &Options,
    out: &Path,
    force: bool,
) -> Result<(Outcome, usize, std::time::Duration)> {
    let start = Instant::now();
    let out = write::check_out_dir(&opts.root, out).map_err(|f| f.or_code(Code::OutputError))?;
    let cache = check_cache_dir(&opts.root, &out)?;
    // Held until the new output is in place: a second build into `out` waits for this one.
    let _lock = lock(&out)?;
    let manifest_path = cache.as_deref().map(|c| write::Manifest::path(c, &out));
    let previous = manifest_path
        .as_deref()
        .map(write::Manifest::load)
        .unwrap_or_default();
    let inputs = inputs_fingerprint(opts, &out);
    if !force && inputs.is_some_and(|f| f == previous.inputs) && previous.matches_folder(&out) {
        write::remove_leftovers(&out);
        let files = previous.files.len();
        return Ok((
            Outcome::UpToDate {
                warnings: previous.warnings,
            },
            files,
            start.elapsed(),
        ));
    }
    let staging =
        write::Staging::begin(&out, previous).map_err(|f| f.or_code(Code::OutputError))?;
    let mut built = run_session(
        &mut Session::new(opts.clone()),
        Some(&staging),
        &Changes::Unknown,
    )?
    .built;
    let mut timings = Timings::new();
    built
        .files
        .par_iter()
        .try_for_each(|f| staging.put_file(f))
        .map_err(|f| f.or_code(Code::OutputError))?;
    let record = manifest_path.as_deref().zip(inputs).map(|(path, inputs)| {
        let warnings = built.warnings.iter().map(|w| w.to_string()).collect();
        (path, inputs, warnings)
    });
    let stats = staging
        .commit(record)
        .map_err(|f| f.or_code(Code::OutputError))?;
    timings.lap("write");
    built.warnings.extend(stats.warnings);
    Ok((Outcome::Built(built), stats.files, start.elapsed()))
}
