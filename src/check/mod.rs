//! `herald check`: everything `build` validates, without writing the site, plus what a build
//! does not look at: links and `#anchors` in the rendered pages (across languages), translations
//! (missing ones, dates and galleries that disagree), the EU publicity texts in every language,
//! pictures (alt texts, weight, unused files), content (empty summaries, future dates), stray
//! files, and with `--external` the web addresses the site links to. Every finding is a
//! [`Diagnostic`] with a stable [`Code`]; printing them is `cmd::check`'s job.
//!
//! Each kind of check has its file; this one runs them in turn and gathers, sorts and
//! deduplicates their findings.

pub mod external;
pub mod links;
mod page_links;
pub mod pictures;
mod placeholders;
mod publicity;
pub mod scripts;
mod stray;
mod summaries_and_dates;
mod tags;
mod translations;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use jiff::civil::Date;
use rayon::prelude::*;

use crate::content::{self, SourcePage};
use crate::diagnostics::{Code, Diagnostic};
use crate::model::Site;
use crate::paths::Slashed;
use crate::pipeline::{self, Stages};
use links::{MdRef, OutputIndex};

/// What `herald check` was asked for.
pub struct Options {
    /// Also ask every web address the site links to.
    pub external: bool,
    /// Per request, with `external`.
    pub timeout: Duration,
    /// Requests at once, with `external`.
    pub concurrency: usize,
    /// Pictures heavier than this (bytes) get a warning.
    pub max_picture_bytes: u64,
    /// Dates after this day are in the future.
    pub today: Date,
}

/// The findings of every check.
pub struct Report {
    /// Sorted by file, line, column.
    pub findings: Vec<Diagnostic>,
    /// The site could not be read at all: no or unreadable site.yaml, no content/.
    pub unreadable: bool,
}

/// A Markdown file of content/ with what the checks need from it.
pub struct Src {
    pub page: Arc<SourcePage>,
    /// The whole file, for finding the lines of front matter keys.
    pub text: String,
    pub refs: Vec<MdRef>,
    /// Part of this build (false for drafts without `--drafts`).
    pub published: bool,
}

/// Runs every check on the site at `opts.root`.
pub fn run(opts: &pipeline::Options, c: &Options) -> Report {
    let root = &opts.root;
    let mut findings = stray::stray_files(root);
    findings.extend(placeholders::left(root));
    let stages = match pipeline::run_stages(opts) {
        Ok(s) => s,
        Err(f) => {
            let unreadable =
                f.0.iter()
                    .any(|d| matches!(d.code, Some(Code::SiteUnreadable | Code::ConfigInvalid)));
            findings.extend(f.0);
            return finish(findings, unreadable);
        }
    };
    findings.extend(stages.built.warnings.iter().cloned());
    findings.extend(analyse(root, &stages, c));
    finish(findings, false)
}

/// The findings in the order they are printed (file, line, column), each once.
fn finish(mut findings: Vec<Diagnostic>, unreadable: bool) -> Report {
    findings.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.code, &a.message)
            .cmp(&(&b.file, b.line, b.column, b.code, &b.message))
    });
    // The same finding met twice (a picture without alt text is seen by the build and by the
    // picture check) is said once, whatever each adds as a hint.
    findings.dedup_by(|a, b| {
        (a.severity, &a.file, a.line, a.column, a.code, &a.message)
            == (b.severity, &b.file, b.line, b.column, b.code, &b.message)
    });
    Report {
        findings,
        unreadable,
    }
}

/// The checks of a site that was built: each kind of check in turn, over the Markdown sources
/// and the rendered output.
fn analyse(root: &Path, stages: &Stages, c: &Options) -> Vec<Diagnostic> {
    let Stages {
        site,
        theme,
        i18n,
        bodies,
        built,
        errors,
    } = stages;
    let srcs = match read_sources(root, site) {
        Ok(srcs) => srcs,
        Err(findings) => return findings,
    };
    let out = OutputIndex::new(&built.files);
    let external = c.external.then_some(external::Settings {
        timeout: c.timeout,
        concurrency: c.concurrency,
    });
    // What the build could not make: reported beside everything the rest of the site shows.
    let mut findings = errors.clone();
    findings.extend(page_links::check(
        site,
        theme,
        i18n,
        &srcs,
        &out,
        external.as_ref(),
    ));
    findings.extend(pictures::check(
        root,
        &site.assets,
        &srcs,
        c.max_picture_bytes,
    ));
    findings.extend(translations::check(site, &srcs));
    findings.extend(tags::check(root, site, &srcs));
    findings.extend(publicity::check(root, site, i18n, theme, &out));
    findings.extend(summaries_and_dates::check(site, bodies, &srcs, c.today));
    if site.config.markdown.raw_html {
        findings.extend(scripts::check(&srcs));
    }
    findings
}

/// The Markdown files of content/ with their text and references, each marked whether the
/// build published it.
fn read_sources(root: &Path, site: &Site) -> Result<Vec<Src>, Vec<Diagnostic>> {
    let content = content::load(root, &site.languages).map_err(|f| f.0)?;
    Ok(content
        .pages
        .into_par_iter()
        .map(|page| {
            let text = std::fs::read(root.join(&page.file))
                .ok()
                .and_then(|b| crate::source::decode_utf8(&b, &page.file).ok())
                .unwrap_or_default();
            let refs = page
                .body
                .text()
                .map(|body| links::markdown_refs(&body, page.body_line))
                .unwrap_or_default();
            let published = page.is_index || site.by_file.contains_key(&page.file.slashed());
            Src {
                page,
                text,
                refs,
                published,
            }
        })
        .collect())
}
