//! The build pipeline, stage by stage: load (config, i18n, theme, content) -> model -> render
//! (Markdown, templates, publicity, feeds) -> verify. Returns the site's files in memory; the
//! `build` command writes them, `check` and `serve` reuse the same stages.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Failure, Result};
use crate::i18n::I18n;
use crate::model::{self, PageKind, Site, SpecialSlugs};
use crate::publicity;
use crate::render::{OutputContents, OutputFile, Renderer};
use crate::theme::Theme;
use crate::{content, write};

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
}

/// Runs every stage up to the rendered files.
pub fn run(opts: &Options) -> Result<Built> {
    let root = &opts.root;
    let mut config = Config::load(root)?;
    if let Some(url) = &opts.base_url {
        config.base_url = url.clone();
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(Diagnostic::error(format!(
                "--base-url `{url}` is not an absolute http(s) URL"
            ))
            .with_hint("write it as https://example.org/path/")
            .into());
        }
    }
    let languages = config.languages.clone();
    // Independent loads run side by side.
    let ((i18n, theme), content) = rayon::join(
        || {
            (
                I18n::load(root, &languages),
                Theme::load(root, &config.theme),
            )
        },
        || content::load(root, &languages),
    );
    let (i18n, theme, content) = collect3(i18n, theme, content)?;
    let i18n = Arc::new(i18n);
    let mut warnings: Vec<Diagnostic> = i18n.warnings().to_vec();

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
    };
    let site = model::build(
        root,
        config,
        content,
        &special,
        &model::BuildOptions {
            drafts: opts.drafts,
        },
    )?;
    warnings.extend(site.warnings.iter().cloned());

    let plan = crate::images::plan(&site);
    let library = crate::images::prepare(root, &site.config.images, &plan, opts.progress)?;
    let renderer = Renderer::new(&site, &theme, Arc::clone(&i18n))?.with_images(&library);
    let bodies = renderer.render_bodies()?;
    let files = renderer.render_all(&bodies)?;
    verify_publicity(&site, &theme, &i18n, &files)?;
    let pages = files.iter().filter(|f| f.path.ends_with(".html")).count();
    Ok(Built {
        files,
        languages,
        pages,
        images: library.stats.clone(),
        warnings,
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

/// Every news item's final HTML must still carry its mandatory texts: a custom template that
/// drops `page.publicity` fails the build.
fn verify_publicity(site: &Site, theme: &Theme, i18n: &I18n, files: &[OutputFile]) -> Result<()> {
    let by_path: std::collections::HashMap<&str, &OutputFile> =
        files.iter().map(|f| (f.path.as_str(), f)).collect();
    let mut errors = Vec::new();
    for p in site.pages.iter().filter(|p| p.kind == PageKind::Item) {
        let Some(proof) = publicity::proof(site, i18n, p) else {
            continue;
        };
        let path = format!("{}index.html", p.path);
        let Some(OutputContents::Bytes(html)) = by_path.get(path.as_str()).map(|f| &f.contents)
        else {
            continue;
        };
        let html = String::from_utf8_lossy(html);
        if !html.contains(&proof) {
            errors.push(
                Diagnostic::error(format!(
                    "the page /{} does not carry the EU publicity texts (its {} disclaimer is missing from the HTML)",
                    p.path, p.lang
                ))
                .in_file(theme.origin_of("page.html"))
                .with_hint(format!(
                    "the template page.html must output {{{{ page.publicity | safe }}}} for news items; the item is {}",
                    p.file.display()
                )),
            );
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Failure(errors))
    }
}

/// The image cache must not live in the output folder, which every build replaces.
fn check_cache_dir(root: &Path, out: &Path) -> Result<()> {
    let Ok(config) = Config::load(root) else {
        return Ok(()); // reported by the build itself
    };
    let cache = root.join(&config.images.cache_dir);
    let cache = cache.canonicalize().unwrap_or(cache);
    if cache.starts_with(out) {
        return Err(Diagnostic::error(format!(
            "images.cache_dir `{}` is inside the output folder {}, which every build replaces",
            config.images.cache_dir.display(),
            out.display()
        ))
        .in_file("site.yaml")
        .with_hint("keep the cache beside the output, e.g. cache_dir: .herald-cache")
        .into());
    }
    Ok(())
}

/// Builds and writes the site to `out` atomically. Returns what was built and how long it took.
pub fn build_to(opts: &Options, out: &Path) -> Result<(Built, usize, std::time::Duration)> {
    let start = Instant::now();
    let out = write::check_out_dir(&opts.root, out)?;
    check_cache_dir(&opts.root, &out)?;
    let mut built = run(opts)?;
    let stats = write::write_site(&out, &built.files)?;
    built.warnings.extend(stats.warnings);
    Ok((built, stats.files, start.elapsed()))
}
