//! The build pipeline, stage by stage: load (config, i18n, theme, content) -> model -> render
//! (Markdown, templates, publicity, feeds) -> verify. Returns the site's files in memory; the
//! `build` command writes them, `check` and `serve` reuse the same stages.
//!
//! A [`Session`] keeps what did not change between two builds (serve): parsed files (by
//! modification time, or by the watcher's list of changed files), rendered Markdown (by text and
//! the site's URLs), rendered pages (by a fingerprint of the template and its whole context),
//! templates and interface texts, the last model, the search index's list of pages, and whether
//! the last outputs' addresses had anything to settle. When only the texts of pages changed, the
//! model is patched and only the pages that show those texts are looked at; any other change
//! runs every stage over the whole site, skipping only the expensive work.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::config::{Config, SiteFile};
pub use crate::content::Changes;
use crate::diagnostics::{Code, Diagnostic, Failure, Result};
use crate::i18n::I18n;
use crate::model::{self, Site, SpecialSlugs};
use crate::output::OutputFile;
use crate::render::{RenderedBody, Renderer};
use crate::theme::Theme;
use crate::timings::Timings;
use crate::{content, write};
use rayon::prelude::*;

#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    pub base_url: Option<String>,
    pub drafts: bool,
    /// Publish news items dated in the future now (`--future`).
    pub future: bool,
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
    /// Share cards drawn, taken from the cache, or left to be drawn on request.
    pub cards: crate::render::share_card::Stats,
    /// The days of the news items held back until then, earliest first.
    pub scheduled: Vec<jiff::civil::Date>,
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
    /// The last model was patched (for edited texts or front matter), not built anew.
    pub model_patched: bool,
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
    pdf_lazy: HashMap<String, Arc<crate::output::Lazy>>,
    /// The share cards of the last build's pages.
    cards: crate::render::share_card::Book,
    /// The model of the last build, patched when only texts of pages change.
    last_site: Option<Site>,
    /// The fingerprint of the last build's pictures.
    pictures: u64,
    /// The templates and interface texts of the last build.
    interface: Option<(Arc<Theme>, Arc<I18n>)>,
    /// The addresses of the last build's outputs ([`addresses_key`]), when they had no clash
    /// and nothing to settle.
    settled: Option<u64>,
    /// What the search index keeps of the last build's pages besides their texts.
    search: crate::search::Kept,
    /// Build what can be built past the errors of single pages and pictures, and return those
    /// errors in [`Stages::errors`] (`check`, which reports everything in one run).
    pub keep_going: bool,
    /// A one-off build (`herald build`): it keeps nothing for a next build (no parsed files)
    /// and holds no page's text, reading each again when needed ([`content::Bodies`]), so a
    /// large site is never in memory whole.
    pub one_off: bool,
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
            cards: Default::default(),
            last_site: None,
            pictures: 0,
            interface: None,
            settled: None,
            search: Default::default(),
            keep_going: false,
            one_off: false,
        }
    }

    pub fn build(&mut self) -> Result<Built> {
        self.build_changed(&Changes::Unknown)
    }

    /// Builds again after `changes` (what the watcher saw): with a list of edited files, only
    /// those are read; content/ is walked again only when files come or go.
    pub fn build_changed(&mut self, changes: &Changes) -> Result<Built> {
        let site_file = SiteFile::load(&self.opts.root);
        let stages = run_session(self, site_file, None, changes)?;
        self.last_site = Some(stages.site);
        Ok(stages.built)
    }

    /// Like [`Session::build`], keeping the model and the bodies (for `check`).
    pub fn build_stages(&mut self) -> Result<Stages> {
        let site_file = SiteFile::load(&self.opts.root);
        run_session(self, site_file, None, &Changes::Unknown)
    }
}

/// Hash of everything every page depends on: settings (site.yaml's bytes as read), templates,
/// texts.
fn globals_hash(opts: &Options, site_yaml: &[u8], theme: &Theme) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(site_yaml);
    h.update(opts.base_url.as_deref().unwrap_or("").as_bytes());
    h.update(&[u8::from(opts.drafts), u8::from(opts.future)]);
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

/// The stages of one build, in order: each step takes what it needs and hands on what it made.
/// `site_file` is site.yaml as read once for this build.
fn run_session(
    session: &mut Session,
    site_file: Result<SiteFile>,
    sink: Option<&write::Staging>,
    changes: &Changes,
) -> Result<Stages> {
    let mut timings = Timings::new();
    let opts = session.opts.clone();
    let site_file = site_file?;
    let config = settings(&opts, site_file.config)?;
    forget_parses_if_settings_changed(session, &site_file.bytes);
    let (i18n, theme, content) = load(session, &opts.root, &config, changes)?;
    let site_yaml = String::from_utf8_lossy(&site_file.bytes);
    crate::publicity::check_profile(&i18n, &config.project.programme, &site_yaml)?;
    timings.lap("load");
    let globals_same = forget_pages_if_globals_changed(session, &opts, &site_file.bytes, &theme);
    let languages = config.languages.clone();
    let (site, patched) = build_model(session, config, content, &i18n, globals_same, changes)?;
    let model_patched = !matches!(patched, Patched::No);
    let sitemap_same = matches!(patched, Patched::Pages { sitemap_same: true });
    let edited = match patched {
        Patched::Texts(edited) => Some(edited),
        _ => None,
    };
    let mut warnings = i18n_warnings(&i18n);
    warnings.extend(site.warnings.iter().cloned());
    let mut errors = site.errors.clone();
    // A patched model has the addresses of the last, which had no name Windows cannot hold.
    let (bad_names, named) = match model_patched {
        true if !session.keep_going => Default::default(),
        _ => crate::collisions::windows_names_of_pages(&site),
    };
    if !bad_names.is_empty() && !session.keep_going {
        return Err(Failure(bad_names));
    }
    errors.extend(bad_names);
    timings.lap("model");
    let library = pictures(session, &site, &mut errors)?;
    timings.lap("pictures");
    let mut renderer = renderer(session.keep_going, &site, &theme, &i18n, &library)?;
    renderer.sitemap_unchanged = sitemap_same;
    timings.lap("templates");
    let edits = text_edits(session, edited, &library);
    let (mut bodies, mut files) = pages(session, &renderer, sink, edits.as_ref(), &mut timings)?;
    timings.lap("pages");
    // A build makes the index now, from texts it no longer keeps elsewhere; serve when it is
    // first asked for.
    let texts: Vec<_> = match sink {
        Some(_) => bodies
            .iter_mut()
            .map(|b| std::mem::take(&mut b.search))
            .collect(),
        None => bodies.iter().map(|b| Arc::clone(&b.search)).collect(),
    };
    files.extend(crate::search::outputs_kept(
        &site,
        texts,
        sink.map(|s| s as &dyn crate::output::Sink),
        &mut session.search,
        edits.is_some(),
    )?);
    timings.lap("search");
    errors.extend(renderer.take_errors());
    let cards = share_cards(session, &renderer, &mut files)?;
    timings.lap("share cards");
    let pdf = pdfs(session, &renderer, &mut files, &mut warnings, &mut timings)?;
    settle_once(session, &site, &mut files, &mut errors, &named)?;
    session.last_work = Work {
        model_patched,
        ..work_done(&renderer, pdf, edits.is_some())
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
            pdf,
            cards,
            scheduled: site.scheduled.clone(),
        },
        site,
        theme,
        i18n,
        bodies,
        errors,
    })
}

/// The settings as this build uses them: the cache folder checked, `--base-url` in place of
/// site.yaml's, and the sharing picture found in static/.
fn settings(opts: &Options, mut config: Config) -> Result<Config> {
    let root = &opts.root;
    crate::owned::check_cache_dir(root, &config.images.cache_dir, None, CACHE_NAMES)?;
    if let Some(url) = &opts.base_url {
        config.base_url = url.clone();
        if let Some(why) = crate::config::base_url_problem(url) {
            return Err(Diagnostic::error(crate::tr!(
                "config-base-url",
                key = "--base-url",
                url = url.as_str(),
                problem = why
            ))
            .with_code(Code::ConfigInvalid)
            .with_hint(crate::config::base_url_hint())
            .into());
        }
    }
    if let Some(image) = &config.og_image {
        let rel = image.trim_start_matches('/');
        let rel = rel.strip_prefix("static/").unwrap_or(rel);
        let on_disk = crate::paths::normalize(&Path::new("static").join(rel))
            .map_or(crate::paths::OnDisk::Missing, |p| {
                crate::paths::find_exact(root, &p)
            });
        if let crate::paths::OnDisk::OtherCase(real) = on_disk {
            return Err(crate::model::other_case("og-image", image, &real)
                .with_code(Code::ConfigInvalid)
                .in_file("site.yaml")
                .into());
        } else if on_disk == crate::paths::OnDisk::Missing {
            return Err(
                Diagnostic::error(crate::tr!("pipeline-og-image", image = image.as_str()))
                    .with_code(Code::ConfigInvalid)
                    .in_file("site.yaml")
                    .with_hint(crate::tr!("pipeline-og-image-hint"))
                    .into(),
            );
        }
    }
    Ok(config)
}

/// Parsing depends on the languages: a new site.yaml starts the parse cache from scratch.
fn forget_parses_if_settings_changed(session: &mut Session, site_yaml: &[u8]) {
    let config_hash = xxhash_rust::xxh3::xxh3_64(site_yaml);
    if config_hash != session.config_hash {
        session.parse_cache.clear();
        session.config_hash = config_hash;
    }
}

/// The interface texts, the templates and the content, loaded side by side. Templates and
/// interface texts are read again only when something outside content/ may have changed.
fn load(
    session: &mut Session,
    root: &Path,
    config: &Config,
    changes: &Changes,
) -> Result<(Arc<I18n>, Arc<Theme>, content::Content)> {
    let languages = &config.languages;
    let parse_cache = &mut session.parse_cache;
    let one_off = session.one_off;
    let bodies = if one_off {
        content::Bodies::ReadAgain
    } else {
        content::Bodies::Held
    };
    let last_interface = session.interface.take().filter(|_| changes.only_content());
    let ((i18n, theme), content) = rayon::join(
        || match last_interface {
            Some((theme, i18n)) => (Ok(i18n), Ok(theme)),
            None => (
                I18n::load(root, languages)
                    .map(Arc::new)
                    .map_err(|f| f.or_code(Code::I18nError)),
                Theme::load(root, &config.theme)
                    .map(Arc::new)
                    .map_err(|f| f.or_code(Code::TemplateError)),
            ),
        },
        || {
            let content = content::load_cached(root, languages, parse_cache, changes, bodies);
            // The parsed files are freed with the model's sources, not kept for a next build.
            if one_off {
                parse_cache.clear();
            }
            content
        },
    );
    let (i18n, theme, content) = collect3(i18n, theme, content)?;
    session.interface = Some((Arc::clone(&theme), Arc::clone(&i18n)));
    Ok((i18n, theme, content))
}

/// Rendered pages depend on the settings, templates and texts: when their hash changed, the
/// page cache starts from scratch. True when they are as in the last build.
fn forget_pages_if_globals_changed(
    session: &mut Session,
    opts: &Options,
    site_yaml: &[u8],
    theme: &Theme,
) -> bool {
    let globals = globals_hash(opts, site_yaml, theme);
    let globals_same = globals == session.globals;
    if !globals_same {
        session.render_cache.clear();
        session.globals = globals;
    }
    globals_same
}

/// The model: the last one with the new texts when only texts of pages changed (settings,
/// templates, texts of the interface and the list of files as before), else built anew. Also
/// the pages whose texts were edited, when patched.
fn build_model(
    session: &mut Session,
    config: Config,
    mut content: content::Content,
    i18n: &I18n,
    globals_same: bool,
    changes: &Changes,
) -> Result<(Site, Patched)> {
    let special = special_slugs(&config.languages, i18n);
    let options = model::BuildOptions {
        drafts: session.opts.drafts,
        future: session.opts.future,
        today: model::today(),
        keep_going: session.keep_going,
    };
    let last = session
        .last_site
        .take()
        .filter(|_| globals_same && changes.only_markdown());
    let text_edits = content.text_edits.take();
    let reread = content.reread.take();
    let patched = match (last, text_edits, reread) {
        (Some(last), Some(edits), _) => {
            model::with_new_texts(last, &edits).map(|(site, edited)| (site, Patched::Texts(edited)))
        }
        (Some(last), None, Some(reread)) => {
            let root = &session.opts.root;
            let media = |group: &[Arc<content::SourcePage>]| {
                crate::images::media::check_media_files(root, group)
            };
            model::with_new_fronts(last, &reread, &content.pages, &special, &options, &media)
                .map(|(site, sitemap_same)| (site, Patched::Pages { sitemap_same }))
        }
        (last, _, _) => {
            // The model of 10 000 pages takes a while to free: not while the site waits.
            if let Some(last) = last {
                std::thread::spawn(move || drop(last));
            }
            None
        }
    };
    if let Some(patched) = patched {
        return Ok(patched);
    }
    let media_errors = crate::images::media::check_media_files(&session.opts.root, &content.pages);
    let site = model::build(
        &session.opts.root,
        config,
        content,
        media_errors,
        &special,
        &options,
    )?;
    Ok((site, Patched::No))
}

/// How the model of a build was made from the last one.
enum Patched {
    /// Built anew.
    No,
    /// Only texts of pages changed: these pages (indices) got their new texts.
    Texts(HashSet<usize>),
    /// Pages were made again from their edited front matter ([`model::with_new_fronts`]);
    /// whether what sitemap.xml shows stayed as it was.
    Pages { sitemap_same: bool },
}

/// The interface texts' warnings, coded.
fn i18n_warnings(i18n: &I18n) -> Vec<Diagnostic> {
    i18n.warnings()
        .iter()
        .map(|d| d.clone().or_code(Code::I18nWarning))
        .collect()
}

/// The addresses of the site map, gallery and accessibility pages in each language, from the
/// interface texts (slugified), or the English fallback.
fn special_slugs(languages: &[String], i18n: &I18n) -> SpecialSlugs {
    let slug_of = |key: &str, fallback: &str| -> HashMap<String, String> {
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
    SpecialSlugs {
        sitemap: slug_of("sitemap-slug", "sitemap"),
        gallery: slug_of("gallery-slug", "gallery"),
        accessibility: slug_of("accessibility-slug", "accessibility"),
        search: slug_of("search-slug", "search"),
        tags: slug_of("tags-slug", "tags"),
    }
}

/// The pictures the pages show, resized or taken from the cache. With `keep_going`, a picture
/// that cannot be used is left out and its error added to `errors`.
fn pictures(
    session: &mut Session,
    site: &Site,
    errors: &mut Vec<Diagnostic>,
) -> Result<crate::images::Library> {
    let opts = &session.opts;
    let plan = crate::images::plan_cached(site, &mut session.plan_cache);
    if !session.keep_going {
        return crate::images::prepare(&opts.root, &site.config.images, &plan, opts.progress)
            .map_err(|f| f.or_code(Code::FileUnreadable));
    }
    let (library, left_out) =
        crate::images::prepare_all(&opts.root, &site.config.images, &plan, opts.progress);
    errors.extend(
        left_out
            .into_iter()
            .map(|d| d.or_code(Code::FileUnreadable)),
    );
    Ok(library)
}

/// The renderer with the templates compiled and the pictures in place.
fn renderer<'a>(
    keep_going: bool,
    site: &'a Site,
    theme: &'a Theme,
    i18n: &Arc<I18n>,
    library: &'a crate::images::Library,
) -> Result<Renderer<'a>> {
    let renderer = Renderer::new(site, theme, Arc::clone(i18n))
        .map_err(|f| f.or_code(Code::TemplateError))?
        .with_images(library);
    Ok(if keep_going {
        renderer.keep_going()
    } else {
        renderer
    })
}

/// The edited texts, when only texts of pages changed and the pictures are as before (a text
/// may show a new one): then only what shows those texts is rendered again.
fn text_edits(
    session: &mut Session,
    edited: Option<HashSet<usize>>,
    library: &crate::images::Library,
) -> Option<crate::render::TextEdits> {
    let pictures = library.fingerprint();
    let same = pictures == session.pictures;
    session.pictures = pictures;
    edited.filter(|_| same).map(crate::render::TextEdits)
}

/// The Markdown bodies and the pages. A one-off build (`sink`) writes each page as it is made
/// and keeps no text twice; a session renders through its caches.
fn pages(
    session: &mut Session,
    renderer: &Renderer<'_>,
    sink: Option<&write::Staging>,
    edits: Option<&crate::render::TextEdits>,
    timings: &mut Timings,
) -> Result<(Vec<RenderedBody>, Vec<OutputFile>)> {
    if let Some(sink) = sink {
        return renderer
            .render_streaming(sink)
            .map_err(|f| f.or_code(Code::TemplateError));
    }
    let bodies = renderer.render_bodies(&mut session.body_cache, edits)?;
    timings.lap("markdown");
    let files = renderer
        .render_all(&bodies, &mut session.render_cache, None, edits)
        .map_err(|f| f.or_code(Code::TemplateError))?;
    Ok((bodies, files))
}

/// The share cards of the pages (drawn now in a build, on request in a session that renders
/// PDFs on request: serve, check), added to `files`.
fn share_cards(
    session: &mut Session,
    renderer: &Renderer<'_>,
    files: &mut Vec<OutputFile>,
) -> Result<crate::render::share_card::Stats> {
    use crate::render::share_card;
    let site = renderer.site;
    let pages = files
        .iter()
        .map(|f| f.path.as_str())
        .filter(|p| p.ends_with(".html"));
    session.cards.update(renderer.take_cards(), pages);
    let cache = share_card::cache_dir(&site.root, &site.config.images.cache_dir);
    let on_request = session.pdf_mode == crate::pdf::Mode::OnRequest;
    let (cards, stats) = share_card::outputs(&mut session.cards, &cache, on_request)?;
    files.extend(cards);
    Ok(stats)
}

/// The press releases' PDFs, when the site has them: added to `files`, their warnings to
/// `warnings`. Returns what was rendered, taken from the cache or left for later.
fn pdfs(
    session: &mut Session,
    renderer: &Renderer<'_>,
    files: &mut Vec<OutputFile>,
    warnings: &mut Vec<Diagnostic>,
    timings: &mut Timings,
) -> Result<crate::pdf::Stats> {
    if !renderer.site.config.pdf {
        return Ok(crate::pdf::Stats::default());
    }
    let engine = Arc::clone(
        session
            .pdf_engine
            .get_or_insert_with(|| Arc::new(crate::pdf::Engine::new())),
    );
    let pdfs = crate::pdf::outputs(renderer, &engine, session.pdf_mode, &mut session.pdf_lazy)?;
    files.extend(pdfs.files);
    warnings.extend(pdfs.warnings);
    timings.lap("pdf");
    Ok(pdfs.stats)
}

/// Two files at one address settled by the rule; the clashes left are the build's error, or
/// with `keep_going` added to `errors`.
fn settle_clashes(
    keep_going: bool,
    site: &Site,
    files: &mut Vec<OutputFile>,
    errors: &mut Vec<Diagnostic>,
    named: &std::collections::BTreeSet<String>,
) -> Result<()> {
    let mut clashes = crate::collisions::settle(site, files);
    clashes.extend(crate::collisions::windows_names(site, files, named));
    if clashes.is_empty() {
        return Ok(());
    }
    if !keep_going {
        return Err(Failure(clashes));
    }
    errors.extend(clashes);
    Ok(())
}

/// [`settle_clashes`], unless the outputs are at the same addresses and from the same kinds of
/// source as in the last build of the session, which had nothing to settle: then there is
/// nothing now either (clashes depend on the addresses and where each file comes from only),
/// and the 22 000 addresses of a large site are not sorted again after every edit.
fn settle_once(
    session: &mut Session,
    site: &Site,
    files: &mut Vec<OutputFile>,
    errors: &mut Vec<Diagnostic>,
    named: &std::collections::BTreeSet<String>,
) -> Result<()> {
    let key = (!session.keep_going).then(|| addresses_key(files));
    if key.is_some() && key == session.settled {
        return Ok(());
    }
    session.settled = None;
    let count = files.len();
    settle_clashes(session.keep_going, site, files, errors, named)?;
    if files.len() == count {
        session.settled = key;
    }
    Ok(())
}

/// A hash of the outputs' addresses in order, and of what each is copied from (a file of the
/// site may replace herald's own or clash with it; see [`crate::collisions`]).
fn addresses_key(files: &[OutputFile]) -> u64 {
    use crate::output::OutputContents;
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for f in files {
        h.update(f.path.as_bytes());
        match &f.contents {
            OutputContents::Copy(from) => {
                h.update(b"\0c");
                h.update(from.as_os_str().as_encoded_bytes());
            }
            OutputContents::Static(_) => h.update(b"\0s"),
            _ => h.update(b"\0h"),
        }
        h.update(b"\0");
    }
    h.digest()
}

/// What this build had to do (the rest came from the session's caches).
fn work_done(renderer: &Renderer<'_>, pdfs: crate::pdf::Stats, text_edits_only: bool) -> Work {
    use std::sync::atomic::Ordering::Relaxed;
    Work {
        bodies_rendered: renderer.rendered_bodies.load(Relaxed),
        pages_rendered: renderer.rendered_pages.load(Relaxed),
        pdfs,
        text_edits_only,
        model_patched: false,
    }
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
    ("pdf", crate::pdf::is_cache_folder_name),
    ("cards", crate::render::share_card::is_cache_name),
    ("outputs", crate::write::is_manifest_name),
];

/// The cache folder of the site at `root` for a build into `out`, checked (see
/// [`crate::owned::check_cache_dir`]). None when site.yaml cannot be read: the build reports that.
fn check_cache_dir(
    root: &Path,
    site_file: &Result<SiteFile>,
    out: &Path,
) -> Result<Option<PathBuf>> {
    let Ok(site_file) = site_file else {
        return Ok(None);
    };
    let cache_dir = &site_file.config.images.cache_dir;
    crate::owned::check_cache_dir(root, cache_dir, Some(out), CACHE_NAMES).map(Some)
}

fn lock(out: &Path) -> Result<crate::owned::OutputLock> {
    let fail = |e: std::io::Error| -> Failure {
        Diagnostic::error(crate::tr!(
            "pipeline-lock",
            folder = out.display().to_string(),
            reason = crate::messages::io_reason(&e)
        ))
        .with_code(Code::OutputError)
        .with_hint(crate::tr!("pipeline-lock-hint"))
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
/// modification and change times, inode: any edit, copy, checkout or rename changes one),
/// site.yaml's bytes as this build read them, the options, and herald itself. None when an
/// input folder cannot be walked (then the build runs).
#[cfg(unix)]
fn inputs_fingerprint(opts: &Options, site_yaml: Option<&[u8]>, out: &Path) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    // A rebuilt herald of the same version counts as another herald.
    let exe = std::env::current_exe().ok()?.metadata().ok()?;
    h.update(&exe.len().to_le_bytes());
    h.update(&exe.mtime().to_le_bytes());
    h.update(&exe.mtime_nsec().to_le_bytes());
    // Today too: an item held back until its day appears when a build runs on that day.
    h.update(
        format!(
            "{:?}|{}|{}|{}|{}",
            opts.base_url,
            opts.drafts,
            opts.future,
            crate::model::today(),
            out.display()
        )
        .as_bytes(),
    );
    h.update(site_yaml.unwrap_or_default());
    for input in crate::inputs::INPUTS {
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
fn inputs_fingerprint(_: &Options, _: Option<&[u8]>, _: &Path) -> Option<u64> {
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
    // Read once: its errors are the build's, reported when the build runs.
    let site_file = SiteFile::load(&opts.root);
    let cache = check_cache_dir(&opts.root, &site_file, &out)?;
    // Held until the new output is in place: a second build into `out` waits for this one.
    let _lock = lock(&out)?;
    let manifest_path = cache.as_deref().map(|c| write::Manifest::path(c, &out));
    let previous = manifest_path
        .as_deref()
        .map(write::Manifest::load)
        .unwrap_or_default();
    let site_yaml = site_file.as_ref().ok().map(|f| f.bytes.as_slice());
    let inputs = inputs_fingerprint(opts, site_yaml, &out);
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
    let mut session = Session::new(opts.clone());
    session.one_off = true;
    let mut built = run_session(&mut session, site_file, Some(&staging), &Changes::Unknown)?.built;
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
