//! The build pipeline, stage by stage: load (config, i18n, theme, content) -> model -> render
//! (Markdown, templates, publicity, feeds) -> verify. Returns the site's files in memory; the
//! `build` command writes them, `check` and `serve` reuse the same stages.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Failure, Result};
use crate::i18n::I18n;
use crate::model::{self, SpecialSlugs};
use crate::render::{OutputFile, Renderer};
use crate::theme::Theme;
use crate::{content, write};

#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    pub base_url: Option<String>,
    pub drafts: bool,
}

pub struct Built {
    pub files: Vec<OutputFile>,
    pub languages: Vec<String>,
    /// HTML pages written (not counting feeds and assets).
    pub pages: usize,
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
    if let Some(image) = &config.og_image {
        let rel = image.trim_start_matches('/');
        let rel = rel.strip_prefix("static/").unwrap_or(rel);
        if !root.join("static").join(rel).is_file() {
            return Err(Diagnostic::error(format!("og_image `{image}` is not a file in static/"))
                .in_file("site.yaml")
                .with_hint("put the picture in static/ (e.g. static/share.jpg) and write og_image: share.jpg")
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

    let renderer = Renderer::new(&site, &theme, Arc::clone(&i18n))?;
    let bodies = renderer.render_bodies()?;
    let files = renderer.render_all(&bodies)?;
    let pages = files.iter().filter(|f| f.path.ends_with(".html")).count();
    Ok(Built {
        files,
        languages,
        pages,
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

/// Builds and writes the site to `out` atomically. Returns what was built and how long it took.
pub fn build_to(opts: &Options, out: &Path) -> Result<(Built, usize, std::time::Duration)> {
    let start = Instant::now();
    let out = write::check_out_dir(&opts.root, out)?;
    let mut built = run(opts)?;
    let stats = write::write_site(&out, &built.files)?;
    built.warnings.extend(stats.warnings);
    Ok((built, stats.files, start.elapsed()))
}
