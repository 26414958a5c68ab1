//! The links check over the rendered pages: which template and which Markdown file made each
//! output page, every reference of every page checked with [`links`](super::links), and each
//! broken reference or picture without alt traced back to the Markdown line that wrote it, or
//! else to the template (reported once however many pages it renders). The external addresses
//! met on the way are gathered, each with its first use, for [`external`](super::external).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use super::external::{self, ExternalUse};
use super::links::{self, MdRef, OutputIndex, Problem, Target};
use super::Src;
use crate::diagnostics::{Code, Diagnostic};
use crate::i18n::I18n;
use crate::markdown::LinkTarget;
use crate::model::Site;
use crate::render::Renderer;
use crate::theme::Theme;

/// Broken links and pictures without alt on every rendered page; with `external`, also the
/// web addresses that do not answer.
pub fn check(
    site: &Site,
    theme: &Theme,
    i18n: &Arc<I18n>,
    srcs: &[Src],
    out: &OutputIndex,
    external: Option<&external::Settings>,
) -> Vec<Diagnostic> {
    let renderer = match Renderer::new(site, theme, Arc::clone(i18n)) {
        Ok(renderer) => renderer,
        Err(f) => return f.0,
    };
    let ctx = LinkContext::new(site, theme, &renderer, srcs, out);
    let (mut findings, externals) = ctx.check();
    if let Some(settings) = external {
        findings.extend(external::findings(&externals, settings));
    }
    findings
}

/// A page's Markdown destinations as they land in the page -> where they were written.
type Written<'a> = HashMap<String, &'a MdRef>;

/// Where an output page came from: the template that rendered it and the Markdown whose text
/// it shows.
struct Origin<'a> {
    template: &'static str,
    src: Option<&'a Src>,
}

/// The site's output pages with their origins, and what is needed to resolve and place links.
struct LinkContext<'a> {
    theme: &'a Theme,
    renderer: &'a Renderer<'a>,
    out: &'a OutputIndex,
    origins: HashMap<String, Origin<'a>>,
    base_path: String,
    origin: String,
}

/// A page's broken references (each with its value, to report a template's once) and its
/// external addresses.
type PageFindings = (Vec<(Diagnostic, String)>, Vec<ExternalUse>);

impl<'a> LinkContext<'a> {
    /// Every output page herald made, with the template and Markdown file that made it.
    fn new(
        site: &'a Site,
        theme: &'a Theme,
        renderer: &'a Renderer<'a>,
        srcs: &'a [Src],
        out: &'a OutputIndex,
    ) -> Self {
        let by_file: HashMap<&Path, &Src> =
            srcs.iter().map(|s| (s.page.file.as_path(), s)).collect();
        let src = |f: Option<&Path>| f.and_then(|f| by_file.get(f).copied());
        let mut origins = HashMap::new();
        origins.insert(
            "index.html".to_string(),
            Origin {
                template: "chooser.html",
                src: None,
            },
        );
        origins.insert(
            "404.html".to_string(),
            Origin {
                template: "404.html",
                src: None,
            },
        );
        for h in &site.homes {
            origins.insert(
                format!("{}index.html", h.path),
                Origin {
                    template: "index.html",
                    src: src(h.file.as_deref()),
                },
            );
        }
        for p in site.sitemap_paths.values() {
            origins.insert(
                format!("{p}index.html"),
                Origin {
                    template: "sitemap.html",
                    src: None,
                },
            );
        }
        for p in site.accessibility_paths.values() {
            origins.insert(
                format!("{p}index.html"),
                Origin {
                    template: "accessibility.html",
                    src: None,
                },
            );
        }
        for s in &site.sections {
            let pages = s.items.len().div_ceil(s.paginate_by).max(1);
            for n in 1..=pages {
                let path = if n == 1 {
                    format!("{}index.html", s.path)
                } else {
                    format!("{}{n}/index.html", s.path)
                };
                origins.insert(
                    path,
                    Origin {
                        template: "section.html",
                        src: if n == 1 { src(s.file.as_deref()) } else { None },
                    },
                );
            }
        }
        for p in &site.pages {
            origins.insert(
                format!("{}index.html", p.path),
                Origin {
                    template: "page.html",
                    src: src(Some(&p.file)),
                },
            );
            if let Some(g) = &p.gallery_path {
                origins.insert(
                    format!("{g}index.html"),
                    Origin {
                        template: "gallery.html",
                        src: None,
                    },
                );
            }
        }
        LinkContext {
            theme,
            renderer,
            out,
            origins,
            base_path: site.config.base_path(),
            origin: site.config.origin(),
        }
    }

    /// Broken internal references, and the external addresses with their first use.
    fn check(&self) -> (Vec<Diagnostic>, Vec<ExternalUse>) {
        let mut pages: Vec<&String> = self
            .out
            .html
            .keys()
            .filter(|p| self.origins.contains_key(*p))
            .collect();
        pages.sort();
        let per_page: Vec<PageFindings> =
            pages.par_iter().map(|path| self.check_page(path)).collect();
        let mut findings = Vec::new();
        let mut seen = HashSet::new();
        let mut externals: Vec<ExternalUse> = Vec::new();
        let mut seen_url = HashSet::new();
        for (diags, ext) in per_page {
            for (d, value) in diags {
                // A template's broken link is on every page it renders: report it once.
                if seen.insert((d.file.clone(), d.line, d.column, d.code, value)) {
                    findings.push(d);
                }
            }
            for e in ext {
                if seen_url.insert(e.url.clone()) {
                    externals.push(e);
                }
            }
        }
        (findings, externals)
    }

    fn check_page(&self, path: &str) -> PageFindings {
        let info = &self.out.html[path];
        let dir = links::page_dir(path, &self.base_path);
        let own_url = if path.ends_with("index.html") {
            dir.clone()
        } else {
            format!("{}{path}", self.base_path)
        };
        let mut findings = Vec::new();
        let mut externals = Vec::new();
        let (written, refused) = self.written(path);
        for r in &info.refs {
            if refused.contains(&links::percent_decode(&r.value)) {
                continue;
            }
            match links::classify(&r.value, &dir, &own_url, &self.origin) {
                Target::Skip => {}
                Target::External(url) => {
                    let at = self.locate(path, &r.value, &written);
                    externals.push(ExternalUse {
                        url,
                        file: at.file,
                        line: at.line,
                        column: at.column,
                    });
                }
                Target::Internal {
                    path: target,
                    fragment,
                } => {
                    if let Err(problem) = links::check_internal(
                        self.out,
                        &target,
                        fragment.as_deref(),
                        &self.base_path,
                    ) {
                        findings.push((self.broken(path, r, &problem, &written), r.value.clone()));
                    }
                }
            }
        }
        for src in &info.imgs_without_alt {
            let Location {
                file,
                line,
                column,
                template,
                ..
            } = self.locate(path, src, &written);
            let mut d = Diagnostic::error(crate::tr!("links-img-no-alt", file = src.as_str()))
                .with_code(Code::MissingAlt)
                .in_file(file)
                .with_hint(if template {
                    crate::tr!("links-img-no-alt-template-hint", path = path)
                } else {
                    crate::tr!("links-img-no-alt-hint")
                });
            if let Some(l) = line {
                d = match column {
                    Some(c) => d.at(l, c),
                    None => d.at_line(l),
                };
            }
            findings.push((d, src.clone()));
        }
        (findings, externals)
    }

    /// Where the Markdown text of the output page `path` wrote each destination: the
    /// destination as it lands in the page (resolved, percent-decoded) -> its first reference.
    /// Made once per page, so finding the line of each of a page's links is a lookup.
    /// Also the destinations the renderer refused (a file named in another letter case ...):
    /// the Markdown check has said those at their line, so the page's scan does not again.
    fn written(&self, path: &str) -> (Written<'_>, HashSet<String>) {
        let mut map = HashMap::new();
        let mut refused = HashSet::new();
        if let Some(src) = self.origins[path].src {
            for r in &src.refs {
                let resolved = match self.renderer.resolve_link(
                    &r.dest,
                    &src.page.dir,
                    &src.page.lang,
                    src.page.is_bundle,
                ) {
                    Ok(LinkTarget::Rewrite(u)) => u,
                    Ok(LinkTarget::Keep) => r.dest.clone(),
                    Err(_) => {
                        refused.insert(links::percent_decode(&r.dest));
                        continue;
                    }
                };
                map.entry(links::percent_decode(&resolved)).or_insert(r);
            }
        }
        (map, refused)
    }

    /// The Markdown file and line that wrote `value` on the output page `path`, else the template
    /// that rendered the page. `written` is [`Self::written`] of the page.
    fn locate(&self, path: &str, value: &str, written: &Written) -> Location {
        let origin = &self.origins[path];
        if let Some(src) = origin.src {
            if let Some(r) = written.get(&links::percent_decode(value)) {
                return Location {
                    file: src.page.file.clone(),
                    line: Some(r.line),
                    column: Some(r.column),
                    template: false,
                    written: Some(r.dest.clone()),
                };
            }
        }
        let (file, line) = self.template_location(value, origin.template);
        Location {
            file,
            line,
            column: None,
            template: true,
            written: None,
        }
    }

    /// The template (the site's own first) whose text contains `value` or its part below the
    /// base path (`url(path='x/')` renders as `/base/x/`); else the page's template.
    fn template_location(&self, value: &str, template: &str) -> (PathBuf, Option<usize>) {
        let tail = value.strip_prefix(&self.origin).unwrap_or(value);
        let tail = tail.strip_prefix(&self.base_path).unwrap_or(tail);
        if tail.len() >= 4 {
            let mut templates: Vec<&crate::theme::TemplateSource> =
                self.theme.templates.values().collect();
            templates.sort_by_key(|t| (t.origin.starts_with("<built-in theme>"), t.name.clone()));
            for t in templates {
                if let Some(pos) = t.text.find(tail) {
                    let line = t.text[..pos].matches('\n').count() + 1;
                    return (t.origin.clone(), Some(line));
                }
            }
        }
        (self.theme.origin_of(template), None)
    }

    fn broken(
        &self,
        path: &str,
        r: &links::Ref,
        problem: &Problem,
        written: &Written,
    ) -> Diagnostic {
        let Location {
            file,
            line,
            column,
            template,
            written,
        } = self.locate(path, &r.value, written);
        let shown = written.as_deref().unwrap_or(&r.value);
        let kind = if r.is_image { "picture" } else { "link" };
        let on = if template {
            format!(" {}", crate::tr!("links-on-page", path = path))
        } else {
            String::new()
        };
        let template_hint = |h: String| {
            if template {
                crate::tr!("links-template-hint", kind = kind, hint = h)
            } else {
                h
            }
        };
        let d = match problem {
            Problem::Missing { url } => Diagnostic::error(crate::tr!(
                "links-missing",
                kind = kind,
                address = shown,
                url = url.as_str(),
                on = on.as_str()
            ))
            .with_code(Code::BrokenLink)
            .with_hint(template_hint(crate::tr!("links-missing-hint"))),
            Problem::OutsideBase { url } => Diagnostic::error(crate::tr!(
                "links-outside-base",
                kind = kind,
                address = shown,
                url = url.as_str(),
                base = self.base_path.as_str(),
                on = on.as_str()
            ))
            .with_code(Code::BrokenLink)
            .with_hint(template_hint(crate::tr!("links-outside-base-hint"))),
            Problem::Anchor {
                url,
                fragment,
                suggestion,
            } => Diagnostic::error(crate::tr!(
                "links-anchor",
                address = shown,
                fragment = fragment.as_str(),
                url = url.as_str(),
                on = on.as_str()
            ))
            .with_code(Code::BrokenAnchor)
            .with_hint(template_hint(match suggestion {
                Some(s) => crate::tr!("links-anchor-did-you-mean", fragment = s.as_str()),
                None => crate::tr!("links-anchor-hint"),
            })),
        };
        let d = d.in_file(file);
        match (line, column) {
            (Some(l), Some(c)) => d.at(l, c),
            (Some(l), None) => d.at_line(l),
            _ => d,
        }
    }
}

/// Where a value of an output page was written: the Markdown file, line and column that wrote
/// it, or the template that made the page (`template`), and the destination as the Markdown
/// wrote it.
struct Location {
    file: PathBuf,
    line: Option<usize>,
    column: Option<usize>,
    template: bool,
    written: Option<String>,
}
