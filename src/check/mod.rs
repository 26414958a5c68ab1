//! `herald check`: everything `build` validates, without writing the site, plus what a build
//! does not look at: links and `#anchors` in the rendered pages (across languages), translations
//! (missing ones, dates and galleries that disagree), the EU publicity texts in every language,
//! pictures (alt texts, weight, unused files), content (empty summaries, future dates), stray
//! files, and with `--external` the web addresses the site links to. Every finding is a
//! [`Diagnostic`] with a stable [`Code`]; printing them is `cmd::check`'s job.

pub mod external;
pub mod links;
pub mod pictures;
pub mod scripts;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use jiff::civil::Date;
use rayon::prelude::*;

use crate::content::{self, Front, SourcePage};
use crate::diagnostics::{Code, Diagnostic};
use crate::i18n::I18n;
use crate::markdown::LinkTarget;
use crate::model::{PageKind, Site};
use crate::pipeline::{self, Stages};
use crate::publicity::EMBLEM_FILE;
use crate::render::Renderer;
use crate::theme::Theme;
use links::{MdRef, OutputIndex, Problem, Target};

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

pub struct Report {
    /// Sorted by file, line, column.
    pub findings: Vec<Diagnostic>,
    /// The site could not be read at all: no or unreadable site.yaml, no content/.
    pub unreadable: bool,
}

/// A Markdown file of content/ with what the checks need from it.
pub struct Src {
    pub page: std::sync::Arc<SourcePage>,
    /// The whole file, for finding the lines of front matter keys.
    pub text: String,
    pub refs: Vec<MdRef>,
    /// Part of this build (false for drafts without `--drafts`).
    pub published: bool,
}

/// Runs every check on the site at `opts.root`.
pub fn run(opts: &pipeline::Options, c: &Options) -> Report {
    let root = &opts.root;
    let mut findings = stray_files(root);
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

fn finish(mut findings: Vec<Diagnostic>, unreadable: bool) -> Report {
    findings.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.code, &a.message)
            .cmp(&(&b.file, b.line, b.column, b.code, &b.message))
    });
    findings.dedup();
    Report {
        findings,
        unreadable,
    }
}

fn analyse(root: &Path, stages: &Stages, c: &Options) -> Vec<Diagnostic> {
    let Stages {
        site,
        theme,
        i18n,
        bodies,
        built,
        errors,
    } = stages;
    let content = match content::load(root, &site.languages) {
        Ok(c) => c,
        Err(f) => return f.0,
    };
    let srcs: Vec<Src> = content
        .pages
        .into_par_iter()
        .map(|page| {
            let text = std::fs::read(root.join(&page.file))
                .ok()
                .and_then(|b| crate::source::decode_utf8(&b, &page.file).ok())
                .unwrap_or_default();
            let refs = links::markdown_refs(&page.body, page.body_line);
            let published = page.is_index
                || site
                    .by_file
                    .contains_key(&slash(&page.file.to_string_lossy()));
            Src {
                page,
                text,
                refs,
                published,
            }
        })
        .collect();
    let out = OutputIndex::new(&built.files);
    // What the build could not make: reported beside everything the rest of the site shows.
    let mut findings = errors.clone();
    match Renderer::new(site, theme, Arc::clone(i18n)) {
        Ok(renderer) => {
            let ctx = LinkContext::new(site, theme, &renderer, &srcs, &out);
            let (broken, externals) = ctx.check();
            findings.extend(broken);
            if c.external {
                findings.extend(check_external(&externals, c));
            }
        }
        Err(f) => findings.extend(f.0),
    }
    let uses = pictures::uses(&srcs);
    findings.extend(pictures::check_alt(&uses));
    findings.extend(pictures::check_files(
        root,
        &site.assets,
        &uses,
        c.max_picture_bytes,
    ));
    findings.extend(translations(site, &srcs));
    findings.extend(publicity(root, site, i18n, theme, &out));
    findings.extend(content_checks(site, bodies, &srcs, c.today));
    if site.config.markdown.raw_html {
        findings.extend(scripts::check(&srcs));
    }
    findings
}

fn slash(s: &str) -> String {
    s.replace('\\', "/")
}

/// Line (1-based) of a top-level `key:` in the front matter of `text`.
fn front_line(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .enumerate()
        .skip(1)
        .take_while(|(_, l)| l.trim_end() != "---")
        .find(|(_, l)| {
            l.strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with(':'))
        })
        .map(|(i, _)| i + 1)
}

/// Line of a `key:` in a YAML file at any depth (first match).
fn yaml_line(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|r| r.starts_with(':'))
        })
        .map(|i| i + 1)
}

// ---------------------------------------------------------------------------------------------
// Links

/// Where an output page came from: the template that rendered it and the Markdown whose text
/// it shows.
/// A page's Markdown destinations as they land in the page -> where they were written.
type Written<'a> = HashMap<String, &'a MdRef>;

struct Origin<'a> {
    template: &'static str,
    src: Option<&'a Src>,
}

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

/// An external address and where it was first found.
struct ExternalUse {
    url: String,
    file: PathBuf,
    line: Option<usize>,
    column: Option<usize>,
}

impl<'a> LinkContext<'a> {
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
        let written = self.written(path);
        for r in &info.refs {
            match links::classify(&r.value, &dir, &own_url, &self.origin) {
                Target::Skip => {}
                Target::External(url) => {
                    let (file, line, column, _) = self.locate(path, &r.value, &written);
                    externals.push(ExternalUse {
                        url,
                        file,
                        line,
                        column,
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
            let (file, line, column, template) = self.locate(path, src, &written);
            let mut d = Diagnostic::error(format!("the picture `{src}` has no alt attribute"))
                .with_code(Code::MissingAlt)
                .in_file(file)
                .with_hint(if template {
                    format!(
                        "the <img> is in a template (on the page /{path}): add alt=\"...\" (alt=\"\" for a decorative picture)"
                    )
                } else {
                    "add alt=\"what the picture shows\" to the <img>".to_string()
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
    fn written(&self, path: &str) -> Written<'_> {
        let mut map = HashMap::new();
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
                    Err(_) => continue,
                };
                map.entry(links::percent_decode(&resolved)).or_insert(r);
            }
        }
        map
    }

    /// The Markdown file and line that wrote `value` on the output page `path`, else the template
    /// that rendered the page (the bool says which). `written` is [`Self::written`] of the page.
    fn locate(
        &self,
        path: &str,
        value: &str,
        written: &Written,
    ) -> (PathBuf, Option<usize>, Option<usize>, bool) {
        let (file, line, column, template, _) = self.locate_written(path, value, written);
        (file, line, column, template)
    }

    /// As [`Self::locate`], with the destination as the Markdown wrote it.
    fn locate_written(
        &self,
        path: &str,
        value: &str,
        written: &Written,
    ) -> (PathBuf, Option<usize>, Option<usize>, bool, Option<String>) {
        let origin = &self.origins[path];
        if let Some(src) = origin.src {
            if let Some(r) = written.get(&links::percent_decode(value)) {
                return (
                    src.page.file.clone(),
                    Some(r.line),
                    Some(r.column),
                    false,
                    Some(r.dest.clone()),
                );
            }
        }
        let (file, line) = self.template_location(value, origin.template);
        (file, line, None, true, None)
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
        let (file, line, column, template, written) = self.locate_written(path, &r.value, written);
        let shown = written.as_deref().unwrap_or(&r.value);
        let what = if r.is_image { "picture" } else { "link" };
        let on = if template {
            format!(" (on the page /{path})")
        } else {
            String::new()
        };
        let template_hint = |h: &str| {
            if template {
                format!("the {what} is made by this template or a partial it includes; {h}")
            } else {
                h.to_string()
            }
        };
        let d = match problem {
            Problem::Missing { url } => Diagnostic::error(format!(
                "the {what} `{}` points to {url}, where the site has nothing{on}",
                shown
            ))
            .with_code(Code::BrokenLink)
            .with_hint(template_hint(
                "link to another page by its Markdown file (../kick-off/index.lv.md), to a file next to this one, or to a file of static/ as /name.pdf",
            )),
            Problem::OutsideBase { url } => Diagnostic::error(format!(
                "the {what} `{}` points to {url}, outside the site's address {}{on}",
                shown, self.base_path
            ))
            .with_code(Code::BrokenLink)
            .with_hint(template_hint(
                "it breaks when the site is published under a sub-path: link to Markdown files and to /files of static/ (herald adds the base path), and in templates use url(path=...)",
            )),
            Problem::Anchor {
                url,
                fragment,
                suggestion,
            } => Diagnostic::error(format!(
                "the link `{}` points to #{fragment}, which is not on {url}{on}",
                shown
            ))
            .with_code(Code::BrokenAnchor)
            .with_hint(template_hint(&match suggestion {
                Some(s) => format!("did you mean #{s}?"),
                None => "headings get ids from their text (## Par projektu -> #par-projektu), or set one with ## Heading {#my-id}".to_string(),
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

fn check_external(uses: &[ExternalUse], c: &Options) -> Vec<Diagnostic> {
    let urls: Vec<String> = uses.iter().map(|u| u.url.clone()).collect();
    let outcomes = external::check_all(
        &urls,
        &external::Settings {
            timeout: c.timeout,
            concurrency: c.concurrency,
        },
    );
    uses.iter()
        .zip(outcomes)
        .filter_map(|(u, o)| {
            let msg = match o {
                external::Outcome::Ok => return None,
                external::Outcome::Status(s) => {
                    format!("the web address {} answers with HTTP {s}", u.url)
                }
                external::Outcome::Unreachable(why) => {
                    format!("the web address {} cannot be reached: {why}", u.url)
                }
            };
            let mut d = Diagnostic::error(msg)
                .with_code(Code::ExternalLink)
                .in_file(&u.file)
                .with_hint("open it in a browser; correct the address, link to an archived copy, or remove the link");
            if let Some(l) = u.line {
                d = d.at(l, u.column.unwrap_or(1));
            }
            Some(d)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Translations

/// The file a translation into `lang` of `file` (written in `from`) would have.
fn translation_file(file: &Path, from: &str, lang: &str) -> PathBuf {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name
        .strip_suffix(&format!(".{from}.md"))
        .or_else(|| name.strip_suffix(".md"))
        .unwrap_or(&name);
    file.with_file_name(format!("{stem}.{lang}.md"))
}

fn translations(site: &Site, srcs: &[Src]) -> Vec<Diagnostic> {
    let default = site.default_lang();
    let mut out = Vec::new();
    // Pages and items missing in a language.
    let mut keys: Vec<&String> = site.translations.keys().collect();
    keys.sort();
    for key in keys {
        let by_lang = &site.translations[key];
        let Some(first) = site
            .languages
            .iter()
            .find_map(|l| by_lang.get(l).map(|&i| &site.pages[i]))
        else {
            continue;
        };
        if by_lang.values().any(|&i| !site.pages[i].translate) {
            continue; // published in one language on purpose
        }
        let what = if first.kind == PageKind::Item {
            "news item"
        } else {
            "page"
        };
        for lang in site.languages.iter().filter(|l| !by_lang.contains_key(*l)) {
            let file = translation_file(&first.file, &first.lang, lang);
            let hint = if lang == default && first.kind == PageKind::Item {
                format!(
                    "write {} with its title, text and `date:` (translations take the date, cover and gallery from the `{default}` version)",
                    file.display()
                )
            } else if first.kind != PageKind::Item {
                format!("write {} with its title and text", file.display())
            } else {
                format!(
                    "write {}: its title and text are enough, the date, cover and gallery are taken from the `{default}` version",
                    file.display()
                )
            };
            out.push(
                Diagnostic::warning(format!("this {what} has no `{lang}` translation"))
                    .with_code(Code::MissingTranslation)
                    .in_file(&first.file)
                    .with_hint(format!(
                        "{hint}; or, if it is published in one language on purpose, add `translate: false` to its front matter"
                    )),
            );
        }
    }
    // Sections (and the home page) whose `_index` exists in some languages only.
    let mut index_langs: BTreeMap<&str, Vec<&Src>> = BTreeMap::new();
    for s in srcs.iter().filter(|s| s.page.is_index) {
        index_langs.entry(&s.page.key).or_default().push(s);
    }
    for files in index_langs.values() {
        let first = files[0];
        for lang in &site.languages {
            if files.iter().any(|s| &s.page.lang == lang) {
                continue;
            }
            let what = if first.page.key.is_empty() {
                "home page introduction"
            } else {
                "section"
            };
            out.push(
                Diagnostic::warning(format!("this {what} has no `{lang}` translation"))
                    .with_code(Code::MissingTranslation)
                    .in_file(&first.page.file)
                    .with_hint(format!(
                        "write {} with the {lang} title (and slug)",
                        translation_file(&first.page.file, &first.page.lang, lang).display()
                    )),
            );
        }
    }
    // Translations whose date or gallery disagree with the default-language version.
    let base: HashMap<&str, &Src> = srcs
        .iter()
        .filter(|s| !s.page.is_index && s.page.lang == default)
        .map(|s| (s.page.key.as_str(), s))
        .collect();
    for s in srcs
        .iter()
        .filter(|s| s.published && !s.page.is_index && s.page.lang != default)
    {
        let Some(b) = base.get(s.page.key.as_str()) else {
            continue;
        };
        if let (Some(own), Some(theirs)) = (s.page.date, b.page.date) {
            if own != theirs {
                let mut d = Diagnostic::warning(format!(
                    "the date {own} differs from the date {theirs} of {}",
                    b.page.file.display()
                ))
                .with_code(Code::TranslationMismatch)
                .in_file(&s.page.file)
                .with_hint(format!(
                    "remove `date:` here: a translation takes the date of the `{default}` version"
                ));
                if let Some(l) = s.page.date_line {
                    d = d.at_line(l);
                }
                out.push(d);
            }
        }
        let gallery = |src: &Src| -> Option<Vec<String>> {
            match &src.page.front {
                Front::Page(f) => f.gallery.as_ref().map(|g| {
                    g.iter()
                        .filter_map(|e| e.image.clone().or_else(|| e.video.clone()))
                        .collect()
                }),
                Front::Section(_) => None,
            }
        };
        if let Some(own) = gallery(s) {
            let theirs = gallery(b).unwrap_or_default();
            if own != theirs {
                let mut d = Diagnostic::warning(format!(
                    "the gallery lists other pictures or videos than the gallery of {}",
                    b.page.file.display()
                ))
                .with_code(Code::TranslationMismatch)
                .in_file(&s.page.file)
                .with_hint(format!(
                    "list the same pictures in the same order (alt texts and captions in this language), or remove `gallery:` to show the one of the `{default}` version"
                ));
                if let Some(l) = s.page.media_lines.1 {
                    d = d.at_line(l);
                }
                out.push(d);
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Publicity

fn publicity(
    root: &Path,
    site: &Site,
    i18n: &I18n,
    theme: &Theme,
    out: &OutputIndex,
) -> Vec<Diagnostic> {
    let mut findings = Vec::new();
    let profile = &site.config.project.programme;
    let config_text = std::fs::read_to_string(root.join("site.yaml")).unwrap_or_default();
    let at_key = |d: Diagnostic, key: &str| {
        let d = d.in_file("site.yaml");
        match yaml_line(&config_text, key) {
            Some(l) => d.at_line(l),
            None => d,
        }
    };
    let mut emblem_langs = HashSet::new();
    for lang in &site.languages {
        let ftl = PathBuf::from("i18n").join(format!("{lang}.ftl"));
        let place = |d: Diagnostic| {
            if root.join(&ftl).is_file() {
                d.in_file(&ftl)
            } else {
                at_key(d, "programme")
            }
        };
        let parts = match i18n.profile_mandatory(lang, profile) {
            Ok(parts) if i18n.defines(lang, profile) => parts,
            _ => {
                findings.push(place(
                    Diagnostic::error(format!(
                        "the programme profile `{profile}` has no `{lang}` texts"
                    ))
                    .with_code(Code::PublicityIncomplete)
                    .with_hint(format!(
                        "use a built-in profile (latlit-2014-2020, latlit-2021-2027), or define the message `{profile}` with its `.mandatory` attribute and its texts in {}",
                        ftl.display()
                    )),
                ));
                continue;
            }
        };
        for part in &parts {
            let keys: &[&str] = match part.as_str() {
                "statement" => &["statement"],
                "disclaimer" => &["disclaimer"],
                "links" => &["programme-link", "eu-link"],
                "emblem" => {
                    emblem_langs.insert(lang.as_str());
                    &["emblem", "emblem-alt"]
                }
                _ => &[],
            };
            for k in keys {
                let key = format!("{profile}-{k}");
                if !i18n.defines(lang, &key) {
                    findings.push(place(
                        Diagnostic::error(format!(
                            "the `{lang}` text `{key}` is missing: the programme profile makes the {part} mandatory"
                        ))
                        .with_code(Code::PublicityIncomplete)
                        .with_hint(format!(
                            "define `{key}` in {}; until then {lang} pages would show it in another language",
                            ftl.display()
                        )),
                    ));
                }
            }
        }
        if parts.iter().any(|p| p == "statement") {
            if let Err(e) = crate::publicity::statement(site, i18n, lang, None) {
                findings.push(place(
                    Diagnostic::error(format!(
                        "the `{lang}` project statement cannot be written: {e}"
                    ))
                    .with_code(Code::PublicityIncomplete)
                    .with_hint(format!(
                        "correct `{profile}-statement` in {}",
                        ftl.display()
                    )),
                ));
            }
        }
        let responsible = site
            .config
            .project
            .responsible
            .get(lang, site.default_lang());
        if responsible.trim().is_empty() {
            findings.push(at_key(
                Diagnostic::error(format!(
                    "project.responsible is empty for `{lang}`: the EU disclaimer must name the organisation responsible for the content"
                ))
                .with_code(Code::ResponsibleMissing),
                "responsible",
            ).with_hint("write the organisation's name (nominative) under project.responsible, per language"));
        }
    }
    for p in site.pages.iter().filter(|p| p.kind == PageKind::Item) {
        if p.responsible
            .as_deref()
            .is_some_and(|r| r.trim().is_empty())
        {
            let text = std::fs::read_to_string(root.join(&p.file)).unwrap_or_default();
            let mut d = Diagnostic::error(
                "`responsible:` is empty: the EU disclaimer must name the organisation responsible for the content",
            )
            .with_code(Code::ResponsibleMissing)
            .in_file(&p.file)
            .with_hint("write the organisation's name, or remove `responsible:` to use project.responsible of site.yaml");
            if let Some(l) = front_line(&text, "responsible") {
                d = d.at_line(l);
            }
            findings.push(d);
        }
    }
    // The emblem: its file, and an <img> of it on every news item where it is mandatory.
    let base = site.config.base_path();
    let origin = site.config.origin();
    if !out.files.contains(EMBLEM_FILE) && !emblem_langs.is_empty() {
        findings.push(
            Diagnostic::error(format!("the site has no {EMBLEM_FILE}"))
                .with_code(Code::EmblemMissing)
                .with_hint(
                    "a static file of the same name replaced it, or it was removed: keep herald's",
                ),
        );
    }
    let mut reported = false;
    let mut items: Vec<&crate::model::Page> = site
        .pages
        .iter()
        .filter(|p| p.kind == PageKind::Item && emblem_langs.contains(p.lang.as_str()))
        .collect();
    items.sort_by(|a, b| a.path.cmp(&b.path));
    for p in items {
        let path = format!("{}index.html", p.path);
        let Some(info) = out.html.get(&path) else {
            continue;
        };
        let dir = links::page_dir(&path, &base);
        let shows = info.refs.iter().any(|r| {
            r.tag == "img"
                && matches!(
                    links::classify(&r.value, &dir, &dir, &origin),
                    Target::Internal { path: t, .. } if out.file_for(&t, &base).as_deref() == Some(EMBLEM_FILE)
                )
        });
        if !shows && !reported {
            reported = true;
            findings.push(
                Diagnostic::error(format!(
                    "the news item /{} does not show the EU emblem",
                    p.path
                ))
                .with_code(Code::EmblemMissing)
                .in_file(theme.origin_of("page.html"))
                .with_hint(format!(
                    "the page template (or base.html, partials/header.html) must show <img src=\"{{{{ site.emblem.href }}}}\" alt=\"{{{{ site.emblem.alt }}}}\">; the item is {}",
                    p.file.display()
                )),
            );
        }
    }
    findings
}

// ---------------------------------------------------------------------------------------------
// Content

fn content_checks(
    site: &Site,
    bodies: &[crate::render::RenderedBody],
    srcs: &[Src],
    today: Date,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let text_of: HashMap<&Path, &str> = srcs
        .iter()
        .map(|s| (s.page.file.as_path(), s.text.as_str()))
        .collect();
    for (i, p) in site.pages.iter().enumerate() {
        if p.kind != PageKind::Item || !bodies[i].summary.trim().is_empty() {
            continue;
        }
        let mut d = Diagnostic::warning("this news item has no summary")
            .with_code(Code::EmptySummary)
            .in_file(&p.file)
            .with_hint("write one or two sentences after `summary:`, or start the text with a paragraph: lists, feeds and social media show it");
        if let Some(l) = text_of
            .get(p.file.as_path())
            .and_then(|t| front_line(t, "summary"))
        {
            d = d.at_line(l);
        }
        out.push(d);
    }
    for s in srcs
        .iter()
        .filter(|s| s.published && !s.page.is_index && !s.page.parent.is_empty())
    {
        let Some(date) = s.page.date else { continue };
        if date > today {
            let mut d = Diagnostic::warning(format!("the date {date} is in the future"))
                .with_code(Code::FutureDate)
                .in_file(&s.page.file)
                .with_hint("check the year; to publish the item later, mark it `draft: true` until its day");
            if let Some(l) = s.page.date_line {
                d = d.at_line(l);
            }
            out.push(d);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Stray files

/// Names at the site root that look like herald's inputs but are not what herald reads.
const MISSPELLED: &[(&str, &str)] = &[
    ("site.yml", "site.yaml"),
    ("config.yaml", "site.yaml"),
    ("config.yml", "site.yaml"),
    ("config.toml", "site.yaml"),
    ("hugo.toml", "site.yaml"),
    ("contents", "content"),
    ("template", "templates"),
    ("theme", "themes"),
    ("statics", "static"),
    ("locales", "i18n"),
    ("locale", "i18n"),
    ("translations", "i18n"),
];
fn stray(path: impl AsRef<Path>, message: String, hint: String) -> Diagnostic {
    Diagnostic::warning(message)
        .with_code(Code::StrayFile)
        .in_file(path)
        .with_hint(hint)
}

/// Files and folders herald does not read although they look meant for it.
pub fn stray_files(root: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut names: Vec<String> = std::fs::read_dir(root)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    for name in &names {
        let lower = name.to_lowercase();
        let meant = MISSPELLED
            .iter()
            .find(|(wrong, _)| *wrong == lower)
            .map(|(_, right)| *right)
            .or_else(|| {
                crate::inputs::INPUTS
                    .iter()
                    .find(|n| **n == lower && *n != name)
                    .copied()
            });
        if let Some(meant) = meant {
            out.push(stray(
                name,
                format!("herald does not read `{name}`"),
                format!("did you mean `{meant}`? herald reads site.yaml, content/, static/, templates/, themes/ and i18n/ (names in lowercase)"),
            ));
        }
    }
    // Files of content/ that look like pages are the listing's warnings (`content`).
    if let Ok(entries) = std::fs::read_dir(root.join("i18n")) {
        let mut files: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !crate::inputs::never_read(n) && !n.ends_with(".ftl"))
            .collect();
        files.sort();
        for n in files {
            out.push(stray(
                Path::new("i18n").join(&n),
                format!("herald does not read i18n/{n}"),
                "herald reads only i18n/<language>.ftl files (Fluent), e.g. i18n/lv.ftl".into(),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translation_file_names() {
        assert_eq!(
            translation_file(Path::new("content/news/x/index.lv.md"), "lv", "lt"),
            PathBuf::from("content/news/x/index.lt.md")
        );
        assert_eq!(
            translation_file(Path::new("content/about.md"), "lv", "lt"),
            PathBuf::from("content/about.lt.md")
        );
    }

    #[test]
    fn stray_files_are_near_misses_only() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for f in [
            "site.yaml",
            "site.yml",
            "Content/x.md",
            "README.md",
            "src/main.rs",
            "content/b.LV.md",
            "i18n/lv.ftl",
            "i18n/notes.txt",
        ] {
            let p = root.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        let files: Vec<String> = stray_files(root)
            .iter()
            .map(|d| {
                d.file
                    .as_ref()
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect();
        assert_eq!(files, ["Content", "site.yml", "i18n/notes.txt"]);
    }

    #[test]
    fn front_matter_key_lines() {
        let text = "---\ntitle: A\nsummary: \"\"\n---\nsummary: no\n";
        assert_eq!(front_line(text, "summary"), Some(3));
        assert_eq!(front_line(text, "date"), None);
    }
}
