//! Render: Markdown bodies, then every page through the Tera templates, in parallel (rayon).
//! In a session (serve, check) the bodies are rendered first and kept, and outputs are held in
//! memory; `herald build` renders each body inside the job that writes its page to the
//! staging folder and keeps only what lists and feeds show ([`Renderer::render_streaming`]).
//! After edits of texts only ([`TextEdits`]) only the pages that show them are looked at.
//! Templates are parsed once; each page's context is assembled from values shared across pages
//! (tera values are reference-counted, so cloning the site context per page is cheap); what
//! templates receive is defined in `context`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Kwargs, State, Tera, Value};

use crate::accessibility;
use crate::diagnostics::{Diagnostic, Failure, Result};
use crate::gallery;
use crate::i18n::{Arg, I18n};
use crate::images::{self, Library, PictureValue, Show};
use crate::markdown::{self, LinkTarget};
use crate::model::{PageKind, Site};
use crate::output::{OutputContents, OutputFile, Sink};
use crate::paths::{normalize, Slashed};
use crate::publicity;
use crate::structured_data;
use crate::theme::{tera_error, Theme};
use crate::visibility;

mod context;
pub mod feeds;
pub mod ics;
mod lookups;
mod pages;
pub mod share_card;
use context::*;

/// Rendered pages kept between builds (serve): output path -> (fingerprint of the template
/// and its whole context, the HTML). A page whose fingerprint did not change is not rendered.
pub type RenderCache = HashMap<String, (u64, Arc<[u8]>)>;

/// Rendered Markdown kept between builds: file -> what it was rendered from and into; and the
/// last build's bodies in page order.
#[derive(Default)]
pub struct BodyCache {
    by_file: HashMap<PathBuf, KeptBody>,
    last: Vec<RenderedBody>,
}

/// A rendered text and what it was made from: its Markdown, a hash of the rest of the page it
/// depends on ([`body_meta`]), and the links and pictures it looked up.
#[derive(Clone)]
struct KeptBody {
    markdown: crate::content::Body,
    meta: u64,
    lookups: lookups::Lookups,
    body: RenderedBody,
}

/// Pages (indices into `Site::pages`) whose Markdown text alone changed since the last build
/// of the session, everything else (the model, settings, templates, pictures) being as it
/// was: a rebuild then renders only those texts and the pages that show them.
#[derive(Debug, Clone, Default)]
pub struct TextEdits(pub std::collections::HashSet<usize>);

/// A hash of what a page's HTML depends on besides its Markdown and the links and pictures it
/// looks up: where the text starts, the summary, the language, where its file is and the
/// site's Markdown settings (`settings`).
fn body_meta(p: &crate::model::Page, settings: u64) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(&(p.body_line as u64).to_le_bytes());
    h.update(p.summary.as_deref().unwrap_or("\0").as_bytes());
    h.update(p.lang.as_bytes());
    h.update(p.dir.as_os_str().as_encoded_bytes());
    h.update(&[u8::from(p.is_bundle)]);
    h.update(&settings.to_le_bytes());
    h.digest()
}

/// A link's answer as a body's lookups keep it (a broken link by its message).
fn link_answer(target: &std::result::Result<LinkTarget, Diagnostic>) -> u64 {
    match target {
        Ok(t) => lookups::hash_of(&(0u8, t)),
        Err(d) => lookups::hash_of(&(1u8, format!("{d:?}"))),
    }
}

/// A page's Markdown turned into HTML.
#[derive(Debug, Clone, Default)]
pub struct RenderedBody {
    /// Shared between the caches and the page contexts without copying.
    pub html: Arc<str>,
    pub summary: Arc<str>,
    /// Hash of everything the HTML was made from (stands for it in page fingerprints).
    pub key: u64,
    /// What the search index keeps of the text, read in the same pass as the HTML (empty
    /// with `search: false`).
    pub search: Arc<crate::search::Text>,
}

/// What the publicity check of the pages carrying one block needs.
struct BlockCheck {
    text: String,
    finder: memchr::memmem::Finder<'static>,
}

pub struct Renderer<'a> {
    pub site: &'a Site,
    pub theme: &'a Theme,
    pub i18n: Arc<I18n>,
    tera: Tera,
    /// How many bodies and pages the last run actually rendered (the rest came from caches).
    pub rendered_bodies: std::sync::atomic::AtomicUsize,
    pub rendered_pages: std::sync::atomic::AtomicUsize,
    publicity_memo: std::sync::Mutex<HashMap<String, String>>,
    /// What the check of each publicity block needs (block HTML -> its text and a searcher
    /// for it): the same few blocks are checked on every item page.
    publicity_texts: std::sync::Mutex<HashMap<String, Arc<BlockCheck>>>,
    /// The stylesheets' rules that hide what they match (see [`crate::visibility`]).
    hiding_rules: std::sync::OnceLock<Vec<visibility::HidingRule>>,
    /// The processed pictures (empty until [`Renderer::with_images`]).
    images: Option<&'a Library>,
    /// With [`Renderer::keep_going`]: the errors of texts rendered anyway.
    kept_errors: Option<std::sync::Mutex<Vec<Diagnostic>>>,
    /// The share card of each page rendered (output path -> its card, none when the page has
    /// a picture of its own), for [`Renderer::take_cards`].
    cards: std::sync::Mutex<HashMap<String, Option<share_card::Card>>>,
    /// The size of the site-wide `og_image` (read once, from its file in static/).
    site_picture_size: std::sync::OnceLock<Option<(u32, u32)>>,
    /// Everything sitemap.xml shows (addresses, items' dates, tag pages, PDFs) is as in the
    /// last build of the session (a patched model tells): the last one is kept.
    pub sitemap_unchanged: bool,
}

impl<'a> Renderer<'a> {
    pub fn new(site: &'a Site, theme: &'a Theme, i18n: Arc<I18n>) -> Result<Self> {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        register_functions(&mut tera, Arc::clone(&i18n), site.config.base_path());
        let sources: Vec<(String, String)> = theme
            .templates
            .values()
            .map(|t| (t.name.clone(), t.text.clone()))
            .collect();
        tera.add_raw_templates(sources).map_err(|e| {
            Failure::from(tera_error(theme, &e, &crate::tr!("render-template-error")))
        })?;
        for required in ["page.html", "section.html", "index.html", "404.html"] {
            if !tera.contains_template(required) {
                return Err(Diagnostic::error(crate::tr!(
                    "render-no-template",
                    template = required
                ))
                .with_hint(crate::tr!("render-no-template-hint"))
                .into());
            }
        }
        Ok(Renderer {
            site,
            theme,
            i18n,
            tera,
            rendered_bodies: Default::default(),
            rendered_pages: Default::default(),
            publicity_memo: Default::default(),
            publicity_texts: Default::default(),
            hiding_rules: Default::default(),
            images: None,
            kept_errors: None,
            cards: Default::default(),
            site_picture_size: Default::default(),
            sitemap_unchanged: false,
        })
    }

    /// Texts with errors (a picture without alt text, a broken link) are rendered whole and
    /// their errors kept for [`Renderer::take_errors`], so `check` sees every page.
    pub fn keep_going(mut self) -> Self {
        self.kept_errors = Some(Default::default());
        self
    }

    /// The errors kept since the last call (see [`Renderer::keep_going`]).
    pub fn take_errors(&self) -> Vec<Diagnostic> {
        self.kept_errors
            .as_ref()
            .map(|m| std::mem::take(&mut *m.lock().unwrap_or_else(|e| e.into_inner())))
            .unwrap_or_default()
    }

    /// The share cards of the pages rendered since the last call, by output path (pages taken
    /// from a cache are not in it).
    pub fn take_cards(&self) -> HashMap<String, Option<share_card::Card>> {
        std::mem::take(&mut *self.cards.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// The share card of a page titled `title` in `lang`.
    pub(super) fn share_card(&self, lang: &str, title: &str) -> share_card::Card {
        let emblem = publicity::emblem(self.site, &self.i18n, lang, "");
        let c = &self.site.config;
        let site_title = c.title.get(lang, c.default_lang()).to_string();
        share_card::Card {
            statement: emblem.text,
            fund: emblem.fund,
            title: if title == site_title {
                String::new()
            } else {
                title.to_string()
            },
            site_title,
        }
    }

    /// The width and height of the site-wide `og_image`, when its file is a picture.
    pub(super) fn site_picture_size(&self) -> Option<(u32, u32)> {
        *self.site_picture_size.get_or_init(|| {
            let path = self
                .site
                .config
                .og_image
                .as_deref()?
                .trim_start_matches('/');
            let path = path.strip_prefix("static/").unwrap_or(path);
            image::image_dimensions(self.site.root.join("static").join(path)).ok()
        })
    }

    /// A page without a picture of its own (no cover, no site-wide `og_image`) is shared with
    /// its card, unless `share_card: false`: `og:image`, its size and a sentence saying what it
    /// shows, in the page's language. Returns the card.
    fn add_share_card(&self, ctx: &mut Ctx) -> Option<share_card::Card> {
        let has_picture = ctx.get("og_image").is_some_and(|v| !v.is_none());
        if !self.site.config.share_card || has_picture {
            return None;
        }
        let lang = ctx.get("lang")?.as_str()?.to_string();
        let page = ctx.get("page")?.as_map()?;
        let (_, title) = page.iter().find(|(k, _)| k.as_str() == Some("title"))?;
        let card = self.share_card(&lang, title.as_str()?);
        let alt = if card.title.is_empty() {
            self.i18n.format(
                &lang,
                "share-card-alt-site",
                &[
                    ("statement", Arg::Str(card.statement.clone())),
                    ("site", Arg::Str(card.site_title.clone())),
                ],
            )
        } else {
            self.i18n.format(
                &lang,
                "share-card-alt",
                &[
                    ("statement", Arg::Str(card.statement.clone())),
                    ("site", Arg::Str(card.site_title.clone())),
                    ("title", Arg::Str(card.title.clone())),
                ],
            )
        };
        ctx.insert("og_image", &self.permalink(&card.path()));
        ctx.insert("og_image_width", &share_card::WIDTH);
        ctx.insert("og_image_height", &share_card::HEIGHT);
        ctx.insert("og_image_alt", &alt.ok());
        Some(card)
    }

    /// Uses the picture pipeline's results for covers, galleries and Markdown images.
    pub fn with_images(mut self, images: &'a Library) -> Self {
        self.images = Some(images);
        self
    }

    /// The processed picture `name` names from a page in `dir`, if the pipeline made it.
    pub fn picture(&self, dir: &Path, name: &str) -> Option<&'a images::Picture> {
        let source = images::source_for(dir, name)?;
        self.images?.get(&source)
    }

    fn picture_value(&self, dir: &Path, name: &str, show: &Show) -> Option<PictureValue> {
        self.picture(dir, name)
            .map(|p| PictureValue::new(p, &self.site.config.base_path(), show))
    }

    /// Where a link in a text of a page in `dir` points: a processed picture's largest
    /// version, else [`Renderer::resolve_link`].
    fn link_target(
        &self,
        dest: &str,
        dir: &Path,
        lang: &str,
        is_bundle: bool,
    ) -> std::result::Result<LinkTarget, Diagnostic> {
        match self.picture(dir, dest) {
            Some(p) => Ok(LinkTarget::Rewrite(
                p.large_href(&self.site.config.base_path()),
            )),
            None => self.resolve_link(dest, dir, lang, is_bundle),
        }
    }

    /// The answer a text of page `p` gets today to a question it asked when it was rendered,
    /// hashed as [`Renderer::render_markdown`] recorded it.
    fn answer(&self, p: &crate::model::Page, asked: &lookups::Asked) -> u64 {
        match asked {
            lookups::Asked::Link(dest) => {
                link_answer(&self.link_target(dest, &p.dir, &p.lang, p.is_bundle))
            }
            lookups::Asked::Picture(dest) => lookups::hash_of(&self.picture(&p.dir, dest)),
        }
    }

    /// A Markdown text's resolver and picture hook: links to processed pictures go to their
    /// largest version, images become `<picture>`. What they looked up is written to `asked`.
    #[allow(clippy::too_many_arguments)]
    fn render_markdown(
        &self,
        body: &str,
        body_line: usize,
        file: &Path,
        dir: &Path,
        lang: &str,
        is_bundle: bool,
        asked: &lookups::Recorder,
    ) -> std::result::Result<markdown::Rendered, Vec<Diagnostic>> {
        let base = self.site.config.base_path();
        let resolve = |dest: &str| {
            let target = self.link_target(dest, dir, lang, is_bundle);
            asked.record(lookups::Asked::Link(dest.to_string()), link_answer(&target));
            target
        };
        let hook = |dest: &str, alt: &str, title: &str| {
            let picture = self.picture(dir, dest);
            asked.record(
                lookups::Asked::Picture(dest.to_string()),
                lookups::hash_of(&picture),
            );
            picture.map(|p| {
                images::picture_html(
                    p,
                    &base,
                    &Show {
                        alt,
                        sizes: images::SIZES_CONTENT,
                        lazy: true,
                        first: false,
                        title: (!title.is_empty()).then_some(title),
                        class: None,
                        position: None,
                    },
                )
            })
        };
        let raw_html = self.site.config.markdown.raw_html;
        let Some(kept) = &self.kept_errors else {
            return markdown::render_opts(body, body_line, file, &resolve, &hook, raw_html);
        };
        let (rendered, errors) =
            markdown::render_all(body, body_line, file, &resolve, &hook, raw_html);
        kept.lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend(errors);
        Ok(rendered)
    }

    fn href(&self, path: &str) -> String {
        format!("{}{}", self.site.config.base_path(), path)
    }

    fn permalink(&self, path: &str) -> String {
        format!("{}{}", self.site.config.origin(), self.href(path))
    }

    fn t(&self, lang: &str, key: &str) -> String {
        self.i18n
            .format(lang, key, &[])
            .unwrap_or_else(|_| key.to_string())
    }

    /// Renders every Markdown body in parallel, reusing `cache` for files whose text, and the
    /// links and pictures it looked up, did not change. With `edits`, only the edited texts are
    /// looked at.
    pub fn render_bodies(
        &self,
        cache: &mut BodyCache,
        edits: Option<&TextEdits>,
    ) -> Result<Vec<RenderedBody>> {
        let settings = self.markdown_settings();
        if let Some(edits) = edits.filter(|_| cache.last.len() == self.site.pages.len()) {
            return self.render_edited_bodies(cache, edits, settings);
        }
        let old: &BodyCache = cache;
        type Made = std::result::Result<(KeptBody, bool), Vec<Diagnostic>>;
        let results: Vec<Made> = self
            .site
            .pages
            .par_iter()
            .map(|p| {
                let meta = body_meta(p, settings);
                if let Some(kept) = old.by_file.get(&p.file) {
                    // Unchanged files share their text with the parse cache: a pointer check.
                    if kept.meta == meta
                        && kept.markdown.same(&p.body)
                        && kept.lookups.still_hold(|a| self.answer(p, a))
                    {
                        return Ok((kept.clone(), false));
                    }
                }
                Ok((self.keep_body(p, meta)?, true))
            })
            .collect();
        let mut out = Vec::with_capacity(results.len());
        let mut errors = Vec::new();
        let mut fresh = HashMap::with_capacity(results.len());
        let mut rendered = 0;
        for (r, p) in results.into_iter().zip(&self.site.pages) {
            match r {
                Ok((kept, was_rendered)) => {
                    rendered += usize::from(was_rendered);
                    out.push(kept.body.clone());
                    fresh.insert(p.file.clone(), kept);
                }
                Err(e) => errors.extend(e),
            }
        }
        self.rendered_bodies
            .store(rendered, std::sync::atomic::Ordering::Relaxed);
        if errors.is_empty() {
            cache.by_file = fresh;
            cache.last = out.clone();
            Ok(out)
        } else {
            cache.last.clear();
            Err(Failure(errors))
        }
    }

    /// The last build's bodies with the edited texts rendered again.
    fn render_edited_bodies(
        &self,
        cache: &mut BodyCache,
        edits: &TextEdits,
        settings: u64,
    ) -> Result<Vec<RenderedBody>> {
        let pages = &self.site.pages;
        type Made = (usize, std::result::Result<KeptBody, Vec<Diagnostic>>);
        let results: Vec<Made> = edits
            .0
            .par_iter()
            .map(|&i| (i, self.keep_body(&pages[i], body_meta(&pages[i], settings))))
            .collect();
        let mut out = cache.last.clone();
        let mut errors = Vec::new();
        for (i, r) in results {
            match r {
                Ok(kept) => {
                    out[i] = kept.body.clone();
                    cache.by_file.insert(pages[i].file.clone(), kept);
                }
                Err(e) => errors.extend(e),
            }
        }
        self.rendered_bodies
            .store(edits.0.len(), std::sync::atomic::Ordering::Relaxed);
        if !errors.is_empty() {
            cache.last.clear();
            return Err(Failure(errors));
        }
        cache.last = out.clone();
        Ok(out)
    }

    /// A page's body rendered, with what it was made from, for the body cache.
    fn keep_body(
        &self,
        p: &crate::model::Page,
        meta: u64,
    ) -> std::result::Result<KeptBody, Vec<Diagnostic>> {
        let asked = lookups::Recorder::default();
        let body = self.render_body_asking(p, &asked)?;
        Ok(KeptBody {
            markdown: p.body.clone(),
            meta,
            lookups: asked.finish(),
            body,
        })
    }

    fn render_body(
        &self,
        p: &crate::model::Page,
    ) -> std::result::Result<RenderedBody, Vec<Diagnostic>> {
        self.render_body_asking(p, &lookups::Recorder::default())
    }

    fn render_body_asking(
        &self,
        p: &crate::model::Page,
        asked: &lookups::Recorder,
    ) -> std::result::Result<RenderedBody, Vec<Diagnostic>> {
        let text = p.body.text().map_err(|f| f.0)?;
        let r = self.render_markdown(
            &text,
            p.body_line,
            &p.file,
            &p.dir,
            &p.lang,
            p.is_bundle,
            asked,
        )?;
        let summary = p.summary.clone().unwrap_or(r.first_paragraph);
        let key = xxhash_rust::xxh3::xxh3_64(r.html.as_bytes());
        let search = if self.site.config.search {
            Arc::new(crate::search::Text::of(&r.text))
        } else {
            Arc::default()
        };
        Ok(RenderedBody {
            html: r.html.into(),
            summary: summary.into(),
            key,
            search,
        })
    }

    /// The site's settings every text's rendering depends on (links and pictures are looked up
    /// one by one, see [`lookups`]), and whether the search index reads the texts.
    fn markdown_settings(&self) -> u64 {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        h.update(self.site.config.base_url.as_bytes());
        h.update(&[u8::from(self.site.config.markdown.raw_html)]);
        h.update(&[u8::from(self.site.config.search)]);
        h.digest()
    }

    /// Where a link written in a page in `dir` points (also used by `check` to find the line a
    /// rendered link came from).
    pub fn resolve_link(
        &self,
        dest: &str,
        dir: &Path,
        lang: &str,
        is_bundle: bool,
    ) -> std::result::Result<LinkTarget, Diagnostic> {
        let lower = dest.trim().to_ascii_lowercase();
        if let Some(scheme) = crate::html::script_url(dest) {
            return Err(link_error(
                crate::tr!(
                    "render-link-script",
                    address = dest.escape_debug().to_string()
                ),
                crate::tr!("render-link-script-hint", scheme = scheme),
            ));
        }
        if dest.is_empty()
            || dest.starts_with('#')
            || dest.starts_with("//")
            || lower.split_once(':').is_some_and(|(scheme, _)| {
                !scheme.is_empty()
                    && scheme
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-' || c == '.')
            })
        {
            return Ok(LinkTarget::Keep);
        }
        let (path_part, fragment) = match dest.find(['#', '?']) {
            Some(i) => (&dest[..i], &dest[i..]),
            None => (dest, ""),
        };
        let site_root_rel = if let Some(abs) = path_part.strip_prefix('/') {
            // `/file.pdf`: a file of static/ (or a content path written from the content root).
            if abs.ends_with(".md") {
                PathBuf::from("content").join(abs)
            } else {
                return Ok(LinkTarget::Rewrite(format!(
                    "{}{abs}{fragment}",
                    self.site.config.base_path()
                )));
            }
        } else {
            dir.join(path_part)
        };
        let Some(normal) = normalize(&site_root_rel) else {
            return Err(link_error(
                crate::tr!("render-link-outside", address = dest),
                crate::tr!("render-link-outside-hint"),
            ));
        };
        let key = normal.slashed();
        if key.ends_with(".md") {
            let found = self.site.by_file.get(&key).copied().or_else(|| {
                // `other.md` from a Latvian page means `other.lv.md`.
                let stem = key.strip_suffix(".md")?;
                self.site.by_file.get(&format!("{stem}.{lang}.md")).copied()
            });
            return match found {
                Some(i) => Ok(LinkTarget::Rewrite(format!(
                    "{}{fragment}",
                    self.href(&self.site.pages[i].path)
                ))),
                None => Err(link_error(
                    crate::tr!("render-link-no-page", address = dest, target = key.as_str()),
                    crate::tr!("render-link-no-page-hint"),
                )),
            };
        }
        if let crate::paths::OnDisk::OtherCase(real) =
            crate::paths::find_exact(self.root(), &normal)
        {
            let d = crate::model::other_case("link", dest, &real);
            return Err(d);
        }
        if !normal.starts_with("content") || !self.site_root_exists(&normal) {
            return Err(link_error(
                crate::tr!("render-link-missing", address = dest, target = key.as_str()),
                crate::tr!("render-link-missing-hint"),
            ));
        }
        if is_bundle && normal.starts_with(dir) {
            return Ok(LinkTarget::Keep);
        }
        // A file elsewhere in content/: published at its path below content/.
        let below = normal.strip_prefix("content").unwrap_or(&normal);
        Ok(LinkTarget::Rewrite(format!(
            "{}{}{fragment}",
            self.site.config.base_path(),
            below.slashed()
        )))
    }

    fn site_root_exists(&self, rel: &Path) -> bool {
        self.root().join(rel).is_file()
    }

    fn root(&self) -> &Path {
        &self.site.root
    }

    /// Everything the site publishes, rendered. With a `sink` (`herald build`), each page is
    /// written by the worker that rendered it and not kept in memory (nor in `cache`).
    pub fn render_all(
        &self,
        bodies: &[RenderedBody],
        cache: &mut RenderCache,
        sink: Option<&dyn Sink>,
        edits: Option<&TextEdits>,
    ) -> Result<Vec<OutputFile>> {
        self.render_jobs(bodies, Some(cache), sink, edits, true)
    }

    /// `herald build`: each page's Markdown is rendered by the worker that renders and writes
    /// the page (and its gallery page), then the lists, feeds and the rest. Of the texts only
    /// what lists and feeds show is kept (summaries; the HTML of the items in the feeds), so
    /// the site's text is never held twice. Returns the bodies (HTML kept for feed items only)
    /// and every output.
    pub fn render_streaming(
        &self,
        sink: &dyn Sink,
    ) -> Result<(Vec<RenderedBody>, Vec<OutputFile>)> {
        let site = self.site;
        let shared = SharedContext::new(self, &[]);
        let in_feeds: std::collections::HashSet<usize> = site
            .languages
            .iter()
            .flat_map(|l| site.items_in(l).iter().take(feeds::FEED_ITEMS).copied())
            .collect();
        type Done = std::result::Result<(RenderedBody, Vec<OutputFile>), Vec<Diagnostic>>;
        let results: Vec<Done> = site
            .pages
            .par_iter()
            .enumerate()
            .map(|(i, p)| {
                let mut body = self.render_body(p)?;
                let mut files = Vec::with_capacity(2);
                let gallery = p.gallery_path.is_some().then_some(Job::Gallery(i));
                for job in std::iter::once(Job::Page(i)).chain(gallery) {
                    let (mut f, _, _) = self
                        .render_job(&job, &shared, Some(&body), None)
                        .map_err(|d| vec![d])?;
                    if let OutputContents::Bytes(b) = &f.contents {
                        sink.put(&f.path, b).map_err(|e| e.0)?;
                        f.contents = OutputContents::Streamed;
                    }
                    files.push(f);
                }
                if !in_feeds.contains(&i) {
                    body.html = Arc::from("");
                }
                Ok((body, files))
            })
            .collect();
        let mut bodies = Vec::with_capacity(results.len());
        let mut files = Vec::with_capacity(results.len() * 2);
        let mut errors = Vec::new();
        for r in results {
            match r {
                Ok((b, f)) => {
                    bodies.push(b);
                    files.extend(f);
                }
                Err(e) => errors.extend(e),
            }
        }
        if !errors.is_empty() {
            errors.dedup_by(|a, b| a.message == b.message && a.file == b.file);
            return Err(Failure(errors));
        }
        let items = files.len();
        // A one-off build keeps no cache: nothing is fingerprinted.
        files.extend(self.render_jobs(&bodies, None, Some(sink), None, false)?);
        self.rendered_bodies
            .store(bodies.len(), std::sync::atomic::Ordering::Relaxed);
        self.rendered_pages
            .fetch_add(items, std::sync::atomic::Ordering::Relaxed);
        Ok((bodies, files))
    }

    /// Renders the jobs of the site (with `items` false, all but the item and gallery pages).
    /// With a `cache`, unchanged pages are taken from it and the new pages are kept in it.
    fn render_jobs(
        &self,
        bodies: &[RenderedBody],
        mut cache: Option<&mut RenderCache>,
        sink: Option<&dyn Sink>,
        edits: Option<&TextEdits>,
        items: bool,
    ) -> Result<Vec<OutputFile>> {
        let ctx = SharedContext::new(self, bodies);
        let mut jobs: Vec<Job> = Vec::new();
        jobs.push(Job::Chooser);
        jobs.push(Job::NotFound);
        for lang in &self.site.languages {
            jobs.push(Job::Home(lang.clone()));
            jobs.push(Job::SiteMapPage(lang.clone()));
            if self.site.accessibility_paths.contains_key(lang) {
                jobs.push(Job::Accessibility(lang.clone()));
            }
            if self.site.gallery_index_paths.contains_key(lang) {
                jobs.push(Job::GalleryIndex(lang.clone()));
            }
            if self.site.search_paths.contains_key(lang) {
                jobs.push(Job::Search(lang.clone()));
            }
            if self.site.tag_index_paths.contains_key(lang) {
                jobs.push(Job::TagIndex(lang.clone()));
            }
        }
        let per_tag_page = self.site.config.paginate_by.max(1);
        for (i, t) in self.site.tag_pages.iter().enumerate() {
            for n in 1..=t.items.len().div_ceil(per_tag_page).max(1) {
                jobs.push(Job::Tag(i, n));
            }
        }
        for (i, s) in self.site.sections.iter().enumerate() {
            let pages = s.items.len().div_ceil(s.paginate_by).max(1);
            for n in 1..=pages {
                jobs.push(Job::Section(i, n));
            }
        }
        for (i, p) in self.site.pages.iter().enumerate().filter(|_| items) {
            jobs.push(Job::Page(i));
            if p.gallery_path.is_some() {
                jobs.push(Job::Gallery(i));
            }
        }
        let empty = RenderCache::new();
        let keep = cache.is_some();
        let old: &RenderCache = cache.as_deref().unwrap_or(&empty);
        let results: Vec<std::result::Result<(OutputFile, u64, bool), Diagnostic>> = jobs
            .par_iter()
            .map(|job| {
                // A page that shows none of the edited texts is as the last build made it.
                let unaffected = edits.and_then(|e| self.unaffected_path(job, e));
                if let Some((fp, bytes)) = unaffected.as_ref().and_then(|p| old.get(p)) {
                    let file = OutputFile {
                        path: unaffected.unwrap_or_default(),
                        contents: OutputContents::Bytes(Arc::clone(bytes)),
                    };
                    return Ok((file, *fp, false));
                }
                let body = match job {
                    Job::Page(i) | Job::Gallery(i) => Some(&bodies[*i]),
                    _ => None,
                };
                let (mut f, fp, rendered) =
                    self.render_job(job, &ctx, body, keep.then_some(old))?;
                if let (Some(sink), OutputContents::Bytes(b)) = (sink, &f.contents) {
                    sink.put(&f.path, b).map_err(|e| {
                        e.0.into_iter().next().unwrap_or_else(|| {
                            Diagnostic::error(crate::tr!("render-output-unwritable"))
                        })
                    })?;
                    f.contents = OutputContents::Streamed;
                }
                Ok((f, fp, rendered))
            })
            .collect();
        let mut files = Vec::with_capacity(results.len() + 16);
        let mut errors = Vec::new();
        // After edits of texts the pages are the same as before: only the rendered ones change.
        let mut fresh = match (edits, cache.as_deref_mut()) {
            (Some(_), Some(cache)) => std::mem::take(cache),
            _ => HashMap::with_capacity(if keep { results.len() } else { 0 }),
        };
        let mut rendered = 0;
        for r in results {
            match r {
                Ok((f, fp, was_rendered)) => {
                    if let (true, OutputContents::Bytes(b)) = (keep, &f.contents) {
                        if was_rendered || edits.is_none() {
                            fresh.insert(f.path.clone(), (fp, Arc::clone(b)));
                        }
                    }
                    rendered += usize::from(was_rendered);
                    files.push(f);
                }
                Err(d) => errors.push(d),
            }
        }
        self.rendered_pages
            .store(rendered, std::sync::atomic::Ordering::Relaxed);
        if !errors.is_empty() {
            // What is in the cache no longer matches the model: start afresh next time.
            if let Some(cache) = cache {
                cache.clear();
            }
            errors.dedup_by(|a, b| a.message == b.message && a.file == b.file);
            return Err(Failure(errors));
        }
        // The sitemap shows URLs and dates, never texts: edits of texts leave it as it was,
        // and so do edits of front matter that change no date, tag page or PDF.
        let kept = match (edits, &cache) {
            (Some(_), _) => fresh.get(feeds::SITEMAP),
            (None, Some(last)) if self.sitemap_unchanged => last.get(feeds::SITEMAP),
            _ => None,
        };
        let sitemap = kept.map(|(_, b)| Arc::clone(b));
        let feeds = feeds::all(self, bodies, sitemap);
        if let Some(f) = feeds.iter().find(|f| f.path == feeds::SITEMAP) {
            if let OutputContents::Bytes(b) = &f.contents {
                fresh.insert(f.path.clone(), (0, Arc::clone(b)));
            }
        }
        if let Some(cache) = cache {
            *cache = fresh;
        }
        files.extend(feeds);
        files.extend(ics::all(self));
        files.extend(self.asset_files());
        Ok(files)
    }

    /// Renders one output; `body` is the job's own item's rendered Markdown (page and gallery
    /// jobs). Without a `cache` (a one-off build) nothing is fingerprinted.
    fn render_job(
        &self,
        job: &Job,
        shared: &SharedContext,
        body: Option<&RenderedBody>,
        cache: Option<&RenderCache>,
    ) -> std::result::Result<(OutputFile, u64, bool), Diagnostic> {
        let body = || body.ok_or_else(|| Diagnostic::error(crate::tr!("render-internal-no-text")));
        // The many page and list jobs are fingerprinted from the model, before any context is
        // built: an unchanged page costs a few hashes.
        let fingerprinting = cache.is_some();
        let input_fp = cache.and_then(|_| self.input_fingerprint(job, shared));
        let empty = RenderCache::new();
        let cache = cache.unwrap_or(&empty);
        if let Some((path, fp)) = &input_fp {
            if let Some((old, bytes)) = cache.get(path) {
                if old == fp {
                    let file = OutputFile {
                        path: path.clone(),
                        contents: OutputContents::Bytes(Arc::clone(bytes)),
                    };
                    return Ok((file, *fp, false));
                }
            }
        }
        let pages::Prepared {
            template,
            path,
            mut ctx,
            what,
        } = match job {
            Job::Chooser => self.chooser(shared)?,
            Job::NotFound => self.not_found(shared)?,
            Job::Home(lang) => self.home(shared, lang)?,
            Job::SiteMapPage(lang) => self.site_map_page(shared, lang)?,
            Job::Accessibility(lang) => self.accessibility_page(shared, lang)?,
            Job::Section(i, n) => self.section(shared, *i, *n)?,
            Job::Page(i) => self.page(shared, *i, body()?)?,
            Job::Gallery(i) => self.gallery(shared, *i, body()?)?,
            Job::GalleryIndex(lang) => self.gallery_index(shared, lang)?,
            Job::Search(lang) => self.search_page(shared, lang)?,
            Job::TagIndex(lang) => self.tag_index(shared, lang)?,
            Job::Tag(i, n) => self.tag(shared, *i, *n)?,
        };
        let card = self.add_share_card(&mut ctx);
        self.cards
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path.clone(), card);
        let fp = match &input_fp {
            Some((_, fp)) => *fp,
            None if !fingerprinting => 0,
            None => ctx.fingerprint(template),
        };
        if let (None, Some((old_fp, bytes))) = (&input_fp, cache.get(&path)) {
            if *old_fp == fp {
                let file = OutputFile {
                    path,
                    contents: OutputContents::Bytes(Arc::clone(bytes)),
                };
                return Ok((file, fp, false));
            }
        }
        // Rendered into bytes: Tera's `render` would validate every page's UTF-8 once more.
        let mut html = Vec::with_capacity(match job {
            Job::Page(_) => body()?.html.len() + 16 * 1024,
            _ => 32 * 1024,
        });
        self.tera
            .render_to(template, &ctx.to_context(), &mut html)
            .map_err(|e| {
                tera_error(
                    self.theme,
                    &e,
                    &crate::tr!(
                        "render-rendering",
                        what = what.as_str(),
                        template = template
                    ),
                )
            })?;
        if template.ends_with(".html") {
            html = crate::html::trim_line_ends(&html);
        }
        if let Job::Page(i) | Job::Gallery(i) = job {
            let text = matches!(job, Job::Page(_)).then(body).transpose()?;
            let text = text.map(|b| &*b.html);
            self.verify_publicity(&self.site.pages[*i], template, &html, text)?;
        }
        let file = OutputFile {
            path,
            contents: OutputContents::Bytes(html.into()),
        };
        Ok((file, fp, true))
    }

    /// For item, gallery and list pages: their output path and a hash of everything their
    /// template context is made from (the global inputs — settings, templates, texts — clear
    /// the cache when they change). None for the few other pages, fingerprinted by context.
    /// Hashes a list page's items by what they show, not by their place in the site's list (a
    /// new item moves the places of the others).
    fn hash_list_items<'i>(
        &self,
        shared: &SharedContext,
        items: impl Iterator<Item = &'i usize>,
        h: &mut xxhash_rust::xxh3::Xxh3,
    ) {
        use std::hash::Hash;
        for &j in items {
            shared.page_fp(self.site, j).hash(h);
            self.pictures_fp(&self.site.pages[j]).hash(h);
        }
    }

    fn input_fingerprint(&self, job: &Job, shared: &SharedContext) -> Option<(String, u64)> {
        use std::hash::{Hash, Hasher};
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        let common = |h: &mut xxhash_rust::xxh3::Xxh3, template: &str, lang: &str| {
            template.hash(h);
            lang.hash(h);
            shared.site_by_lang.get(lang).map(|(_, fp)| *fp).hash(h);
            shared.nav_fp.get(lang).hash(h);
        };
        let site = self.site;
        if !matches!(
            job,
            Job::Page(_) | Job::Gallery(_) | Job::Section(..) | Job::Tag(..)
        ) {
            return None;
        }
        let path = self.job_path(job)?;
        match job {
            Job::Page(i) | Job::Gallery(i) => {
                let p = &site.pages[*i];
                let gallery = matches!(job, Job::Gallery(_));
                common(&mut h, if gallery { "gallery" } else { "page" }, &p.lang);
                shared.page_fp(site, *i).hash(&mut h);
                self.pictures_fp(p).hash(&mut h);
                for t in site.translations_of(&p.key) {
                    (&t.lang, &t.path, &t.gallery_path).hash(&mut h);
                }
                if let Some(s) = p.section {
                    let s = &site.sections[s];
                    (&s.title, &s.path).hash(&mut h);
                }
            }
            Job::Section(i, n) => {
                let s = &site.sections[*i];
                common(&mut h, "section", &s.lang);
                let crate::model::Section {
                    key,
                    lang,
                    file,
                    title,
                    slug,
                    summary,
                    paginate_by,
                    path,
                    extra,
                    body,
                    items,
                } = s;
                (
                    key,
                    lang,
                    file,
                    title,
                    slug,
                    summary,
                    paginate_by,
                    path,
                    extra,
                    body,
                )
                    .hash(&mut h);
                (n, items.len()).hash(&mut h);
                if *n == 1 && !body.trim().is_empty() {
                    // The intro's links point at other pages: it is rendered to see where.
                    match self.render_intro(body, 1, file.as_deref(), lang) {
                        Ok(html) => html.hash(&mut h),
                        Err(d) => format!("{d:?}").hash(&mut h),
                    }
                }
                self.hash_list_items(shared, on_list_page(items, *n, *paginate_by), &mut h);
                if let Some(m) = site.section_translations.get(key) {
                    for (l, &j) in m {
                        (l, &site.sections[j].path).hash(&mut h);
                    }
                }
            }
            Job::Tag(i, n) => {
                let t = &site.tag_pages[*i];
                common(&mut h, "tag", &t.lang);
                let crate::model::TagPage {
                    lang,
                    name,
                    path,
                    items,
                    alternates,
                } = t;
                (lang, name, path, alternates, n, items.len()).hash(&mut h);
                site.tag_index_paths.get(lang).hash(&mut h);
                let per = site.config.paginate_by.max(1);
                self.hash_list_items(shared, on_list_page(items, *n, per), &mut h);
            }
            _ => return None,
        };
        Some((path, h.finish()))
    }

    /// The processed pictures a page shows (its cover and its gallery's), hashed: its page and
    /// the lists showing it change when one of them does, not when another page's does.
    fn pictures_fp(&self, p: &crate::model::Page) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        let gallery = p.gallery.iter().filter_map(|g| g.entry.image.as_ref());
        for name in p.cover.iter().chain(gallery) {
            (name, self.picture(&p.dir, name)).hash(&mut h);
        }
        h.finish()
    }

    /// Where a page or list job's output goes (None for the home pages and gallery indexes).
    fn job_path(&self, job: &Job) -> Option<String> {
        let site = self.site;
        match job {
            Job::Chooser => Some("index.html".into()),
            Job::NotFound => Some("404.html".into()),
            Job::SiteMapPage(lang) => Some(format!("{}index.html", site.sitemap_paths.get(lang)?)),
            Job::Accessibility(lang) => {
                Some(format!("{}index.html", site.accessibility_paths.get(lang)?))
            }
            Job::Search(lang) => Some(format!("{}index.html", site.search_paths.get(lang)?)),
            Job::Page(i) => Some(format!("{}index.html", site.pages[*i].path)),
            Job::Gallery(i) => Some(format!(
                "{}index.html",
                site.pages[*i].gallery_path.as_deref()?
            )),
            Job::Section(i, 1) => Some(format!("{}index.html", site.sections[*i].path)),
            Job::Section(i, n) => Some(format!("{}{n}/index.html", site.sections[*i].path)),
            Job::Tag(i, 1) => Some(format!("{}index.html", site.tag_pages[*i].path)),
            Job::Tag(i, n) => Some(format!("{}{n}/index.html", site.tag_pages[*i].path)),
            _ => None,
        }
    }

    /// The output path of a job that shows none of the edited texts (its item, the items of
    /// its list page; the site map, the chooser, 404 and the accessibility statement show
    /// titles and addresses only): its inputs are as in the last build.
    fn unaffected_path(&self, job: &Job, edits: &TextEdits) -> Option<String> {
        let shows_edit = match job {
            Job::Chooser
            | Job::NotFound
            | Job::SiteMapPage(_)
            | Job::Accessibility(_)
            | Job::Search(_) => false,
            Job::Page(i) | Job::Gallery(i) => edits.0.contains(i),
            Job::Section(i, n) => {
                let s = &self.site.sections[*i];
                on_list_page(&s.items, *n, s.paginate_by).any(|j| edits.0.contains(j))
            }
            Job::Tag(i, n) => {
                let per = self.site.config.paginate_by.max(1);
                on_list_page(&self.site.tag_pages[*i].items, *n, per).any(|j| edits.0.contains(j))
            }
            _ => return None,
        };
        if shows_edit {
            None
        } else {
            self.job_path(job)
        }
    }

    /// Every news item's and gallery's final HTML must still carry its publicity block, whole,
    /// and show it and the EU emblem to visitors: a custom template or stylesheet that drops or
    /// hides them fails the build, naming the template and the item.
    fn verify_publicity(
        &self,
        p: &crate::model::Page,
        template: &str,
        html: &[u8],
        text_html: Option<&str>,
    ) -> std::result::Result<(), Diagnostic> {
        if p.kind != PageKind::Item {
            return Ok(());
        }
        let block = self.publicity(p)?;
        let output = match template {
            "gallery.html" => "{{ publicity | safe }}",
            _ => "{{ page.publicity | safe }}",
        };
        let fail = |code, message: String, hint: String| {
            Err(Diagnostic::error(message)
                .with_code(code)
                .in_file(self.theme.origin_of(template))
                .with_hint(crate::tr!(
                    "render-publicity-hint",
                    hint = hint,
                    file = p.file.display().to_string()
                )))
        };
        let path = match template {
            "gallery.html" => p.gallery_path.as_deref().unwrap_or(&p.path),
            _ => &p.path,
        };
        let memo = self.publicity_check(&block);
        let copies: Vec<std::ops::Range<usize>> = memo
            .finder
            .find_iter(html)
            .map(|i| i..i + block.len())
            .collect();
        let wanted = visibility::Wanted {
            block_text: Some(&memo.text),
            emblem: true,
            skip: text_html,
            block_copies: &copies,
        };
        // Tera writes UTF-8: checked by SIMD, the lossy copy only for what cannot happen.
        let page = match simdutf8::basic::from_utf8(html) {
            Ok(page) => std::borrow::Cow::Borrowed(page),
            Err(_) => String::from_utf8_lossy(html),
        };
        let whole = !copies.is_empty();
        match visibility::check(&page, &wanted, self.hiding_rules()) {
            Err(visibility::Problem::Block(why)) if why != visibility::NOT_IN_PAGE => fail(
                crate::codes::Code::PublicityDropped,
                crate::tr!(
                    "render-publicity-hidden",
                    path = path,
                    why = why.to_string()
                ),
                crate::tr!(
                    "render-publicity-hidden-hint",
                    template = template,
                    output = output
                ),
            ),
            _ if !whole => fail(
                crate::codes::Code::PublicityDropped,
                crate::tr!(
                    "render-publicity-missing",
                    path = path,
                    lang = p.lang.as_str()
                ),
                crate::tr!(
                    "render-publicity-missing-hint",
                    template = template,
                    output = output
                ),
            ),
            Err(visibility::Problem::Emblem(why)) => fail(
                crate::codes::Code::EmblemMissing,
                crate::tr!(
                    "render-emblem-hidden",
                    path = path,
                    why = if why == visibility::NOT_IN_PAGE {
                        crate::tr!("visibility-not-in-page")
                    } else {
                        why
                    }
                ),
                crate::tr!("render-emblem-hidden-hint"),
            ),
            _ => Ok(()),
        }
    }

    /// A publicity block's text as a reader gets it and a searcher for its HTML, made once
    /// per block.
    fn publicity_check(&self, block: &str) -> Arc<BlockCheck> {
        let lock = || {
            self.publicity_texts
                .lock()
                .unwrap_or_else(|e| e.into_inner())
        };
        if let Some(memo) = lock().get(block) {
            return Arc::clone(memo);
        }
        let memo = Arc::new(BlockCheck {
            text: visibility::text_of(block),
            finder: memchr::memmem::Finder::new(block.as_bytes()).into_owned(),
        });
        lock().insert(block.to_string(), Arc::clone(&memo));
        memo
    }

    /// The CSS rules of the theme's and the site's stylesheets that hide what they match.
    fn hiding_rules(&self) -> &[visibility::HidingRule] {
        self.hiding_rules.get_or_init(|| {
            let mut rules = Vec::new();
            for (path, src) in &self.theme.statics {
                if !path.ends_with(".css") {
                    continue;
                }
                let (css, origin) = match src {
                    crate::theme::StaticSource::Builtin(b) => (
                        String::from_utf8_lossy(b).into_owned(),
                        format!("the built-in theme's {path}"),
                    ),
                    crate::theme::StaticSource::File(f) => (
                        std::fs::read(f)
                            .map(|b| String::from_utf8_lossy(&b).into_owned())
                            .unwrap_or_default(),
                        f.strip_prefix(self.root())
                            .unwrap_or(f)
                            .display()
                            .to_string(),
                    ),
                };
                rules.extend(visibility::hiding_rules(&css, &origin));
            }
            rules
        })
    }

    fn lock_memo(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        self.publicity_memo
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }

    /// Href of a picture named in front matter (`cover`): in the bundle (published next to the
    /// page), in another content folder (published at its path below content/), or in static/.
    pub fn asset_href(&self, page: &crate::model::Page, name: &str) -> String {
        if let Some(abs) = name.strip_prefix('/') {
            return self.href(abs);
        }
        if page.is_bundle {
            return self.href(&format!("{}{name}", page.path));
        }
        let dir = page.dir.strip_prefix("content").unwrap_or(&page.dir);
        let dir = dir.slashed();
        if dir.is_empty() {
            self.href(name)
        } else {
            self.href(&format!("{dir}/{name}"))
        }
    }

    /// Bundle files next to each language version of their page; other content files at their
    /// path below content/; static files of the theme and the site.
    fn asset_files(&self) -> Vec<OutputFile> {
        let mut out = Vec::new();
        let mut bundle_pages: HashMap<&Path, Vec<&str>> = HashMap::new();
        // Pictures are published by the pipeline: without other files, no page is looked up
        // (a rebuild would hash the folder of each of 10 000 pages for nothing).
        let copied = |a: &&PathBuf| !crate::paths::is_picture(a);
        let pages = self
            .site
            .assets
            .iter()
            .any(|a| copied(&a))
            .then_some(&self.site.pages);
        for p in pages.into_iter().flatten().filter(|p| p.is_bundle) {
            bundle_pages
                .entry(p.dir.as_path())
                .or_default()
                .push(&p.path);
        }
        // Pictures are published only as the pipeline made them: without their metadata.
        for asset in self.site.assets.iter().filter(copied) {
            let owner = asset
                .ancestors()
                .skip(1)
                .find(|a| bundle_pages.contains_key(a));
            match owner {
                Some(dir) => {
                    let rel = asset.strip_prefix(dir).unwrap_or(asset).slashed();
                    for page_path in &bundle_pages[dir] {
                        out.push(OutputFile {
                            path: format!("{page_path}{rel}"),
                            contents: OutputContents::Copy(self.root().join(asset)),
                        });
                    }
                }
                None => {
                    let rel = asset.strip_prefix("content").unwrap_or(asset).slashed();
                    out.push(OutputFile {
                        path: rel,
                        contents: OutputContents::Copy(self.root().join(asset)),
                    });
                }
            }
        }
        if let Some(lib) = self.images {
            out.extend(lib.files().into_iter().map(|(path, cache)| OutputFile {
                path,
                contents: OutputContents::Copy(cache),
            }));
        }
        for (path, src) in &self.theme.statics {
            out.push(OutputFile {
                path: path.clone(),
                contents: match src {
                    crate::theme::StaticSource::Builtin(b) => OutputContents::Static(b),
                    crate::theme::StaticSource::File(f) => OutputContents::Copy(f.clone()),
                },
            });
        }
        out
    }
}

enum Job {
    Chooser,
    NotFound,
    Home(String),
    SiteMapPage(String),
    Accessibility(String),
    Section(usize, usize),
    Page(usize),
    Gallery(usize),
    GalleryIndex(String),
    Search(String),
    TagIndex(String),
    Tag(usize, usize),
}

/// A link that cannot be resolved: the message and the hint; `markdown` places it in its
/// file and line and gives it its code.
fn link_error(message: String, hint: String) -> Diagnostic {
    Diagnostic::error(message).with_hint(hint)
}

/// The items on page `n` (from 1) of a list showing `per` items a page.
fn on_list_page(items: &[usize], n: usize, per: usize) -> impl Iterator<Item = &usize> {
    items.iter().skip((n - 1) * per).take(per)
}
