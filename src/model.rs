//! The site as data: pages paired with their translations, what translations inherit from the
//! default language, every page's URL, sections with their newest-first item lists. Built once
//! from `config` and `content`, then read (never changed) by the render stage, in parallel.
//! Nothing here is quadratic in the number of items: pairing and lookups go through hash maps.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::config::Config;
use crate::content::{Author, Content, Front, PageFront, SourcePage};
use crate::diagnostics::{Code, Diagnostic, Failure, Result};
use crate::gallery;
use crate::paths::Slashed;
use crate::slug::slugify;
use crate::source::When;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PageKind {
    /// A dated page in a section: a news item. Gets the publicity block, feeds, lists.
    Item,
    /// A top-level page such as the about page.
    Plain,
}

#[derive(Debug, Clone, Hash)]
pub struct Page {
    pub kind: PageKind,
    pub key: String,
    pub lang: String,
    pub file: PathBuf,
    /// Folder of the page's own files (bundle), relative to the site root.
    pub dir: PathBuf,
    pub is_bundle: bool,
    pub title: String,
    pub slug: String,
    pub summary: Option<String>,
    pub date: Option<Date>,
    /// `updated:` (inherited by translations), for `dateModified`.
    pub updated: Option<Date>,
    pub author: Option<Author>,
    /// The page's tags: its own, else its default-language version's (mapped by `tags:` in
    /// site.yaml where it can be), each with the tag page it links to.
    pub tags: Vec<Tag>,
    pub draft: bool,
    /// The cover picture: `cover`, else the gallery's first picture.
    pub cover: Option<String>,
    /// `cover_position:` (inherited by translations): the part of the cover kept in view.
    pub cover_position: Option<String>,
    /// The file and line naming the cover picture.
    pub cover_origin: Option<(PathBuf, Option<usize>)>,
    /// The gallery in this page's language (files and order from the default language).
    pub gallery: Vec<gallery::Entry>,
    pub responsible: Option<String>,
    /// The event the item describes (its own `event:`, else its default-language version's).
    pub event: Option<Event>,
    /// False when the page is published in its language only, on purpose.
    pub translate: bool,
    pub extra: serde_yaml::Value,
    /// Index into `Site::sections` of the section it belongs to.
    pub section: Option<usize>,
    /// URL path below the base URL, without a leading slash, ending in `/` (`lv/jaunumi/x/`).
    pub path: String,
    /// Path of the item's gallery page, when it has pictures or videos.
    pub gallery_path: Option<String>,
    pub body: crate::content::Body,
    pub body_line: usize,
}

/// Typesetting a book-length text would take minutes and nobody sends one to a newspaper.
pub const PDF_MAX_SOURCE: usize = 256 * 1024;

impl Page {
    /// Whether the page gets a PDF press release: news items of a site with `pdf` on, unless
    /// the item's text is longer than [`PDF_MAX_SOURCE`] (the build warns about those).
    pub fn made_for_pdf(&self, pdf: bool) -> bool {
        pdf && self.kind == PageKind::Item && self.body.len() <= PDF_MAX_SOURCE
    }

    /// The output path of an item's PDF: `<item URL>/<slug>.pdf`.
    pub fn pdf_path(&self) -> String {
        format!("{}{}.pdf", self.path, self.slug)
    }
}

/// An event an item describes, in the site's time zone.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Event {
    pub start: When,
    pub end: Option<When>,
    /// Where, as the author wrote it.
    pub place: Option<String>,
    /// The language of `place` when it is not the page's (inherited from the default
    /// language's version).
    pub place_lang: Option<String>,
}

impl Event {
    /// The last day of the event: it is upcoming until that day is over.
    pub fn last_day(&self) -> Date {
        self.end.map_or(self.start.date, |e| e.date)
    }
}

/// A tag as a page shows it.
#[derive(Debug, Clone, Hash, PartialEq, Eq, serde::Serialize)]
pub struct Tag {
    /// The word, as written (or as `tags:` in site.yaml maps it).
    pub name: String,
    /// The language of the word, and of the tag page it links to: the page's own, or the
    /// default language's for an inherited tag that `tags:` does not map.
    pub lang: String,
    /// The tag page's URL path (`lv/birkas/seminari/`).
    pub path: String,
}

/// The list of a tag's pages in one language (`lv/birkas/seminari/`, paginated like sections).
#[derive(Debug, Clone)]
pub struct TagPage {
    pub lang: String,
    pub name: String,
    pub path: String,
    /// The pages with the tag, newest first. Indices into `Site::pages`.
    pub items: Vec<usize>,
    /// The same tag's page in other languages, as `tags:` in site.yaml maps it (language ->
    /// path, itself included).
    pub alternates: BTreeMap<String, String>,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub key: String,
    pub lang: String,
    pub file: Option<PathBuf>,
    pub title: String,
    pub slug: String,
    pub summary: Option<String>,
    pub paginate_by: usize,
    pub path: String,
    pub extra: serde_yaml::Value,
    pub body: String,
    /// Items shown in this section's list: its own, then (marked as not translated) those that
    /// exist only in other languages; newest first. Indices into `Site::pages`.
    pub items: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct Home {
    pub lang: String,
    pub title: String,
    pub file: Option<PathBuf>,
    pub summary: Option<String>,
    pub body: String,
    pub body_line: usize,
    pub path: String,
}

/// Slugs of herald's own pages per language, from the i18n files (`lapas-karte`, ...).
#[derive(Debug, Clone, Default)]
pub struct SpecialSlugs {
    pub sitemap: HashMap<String, String>,
    pub gallery: HashMap<String, String>,
    pub accessibility: HashMap<String, String>,
    pub search: HashMap<String, String>,
    pub tags: HashMap<String, String>,
}

#[derive(Debug)]
pub struct Site {
    /// The site folder on disk.
    pub root: PathBuf,
    pub config: Config,
    pub languages: Vec<String>,
    pub pages: Vec<Page>,
    pub sections: Vec<Section>,
    pub homes: Vec<Home>,
    /// Translation key -> (language -> page index).
    pub translations: HashMap<String, BTreeMap<String, usize>>,
    /// Section key -> (language -> section index).
    pub section_translations: HashMap<String, BTreeMap<String, usize>>,
    /// Markdown file (relative to the site root, `/` separators) -> page index, for links.
    pub by_file: HashMap<String, usize>,
    pub sitemap_paths: HashMap<String, String>,
    /// The accessibility statement page per language (none without `accessibility:`).
    pub accessibility_paths: HashMap<String, String>,
    /// The gallery index of each language that has galleries (`lv/galerija/`).
    pub gallery_index_paths: HashMap<String, String>,
    /// The search page per language (none with `search: false`).
    pub search_paths: HashMap<String, String>,
    /// The tag pages of every language, by language then name.
    pub tag_pages: Vec<TagPage>,
    /// The index of the tags of each language that has tags (`lv/birkas/`).
    pub tag_index_paths: HashMap<String, String>,
    /// Non-Markdown files of content/, relative to the site root.
    pub assets: Vec<PathBuf>,
    pub warnings: Vec<Diagnostic>,
    /// With [`BuildOptions::keep_going`]: the errors of the pages that were left out (or kept
    /// without their gallery), so that `check` can still look at everything else.
    pub errors: Vec<Diagnostic>,
    /// Items per language over all sections, newest first (see [`Site::items_in`]).
    newest: HashMap<String, Vec<usize>>,
    /// The dates of the news items held back until their day (one per item, translations
    /// together), earliest first: empty with `--future`.
    pub scheduled: Vec<Date>,
    /// The day the site is built for: events that ended before it are no longer upcoming.
    pub today: Date,
}

/// The time zone the site's dates are read in: Latvia's and Lithuania's (the same offsets,
/// EET/EEST); the system's own when the time zone database is missing.
pub const TIME_ZONE: &str = "Europe/Riga";

/// Today in the site's time zone: a news item dated later waits for its day.
pub fn today() -> Date {
    let tz = jiff::tz::TimeZone::get(TIME_ZONE).unwrap_or_else(|_| jiff::tz::TimeZone::system());
    jiff::Timestamp::now().to_zoned_datetime(tz).date()
}

impl Site {
    pub fn default_lang(&self) -> &str {
        &self.languages[0]
    }

    /// The page's translations in site language order, itself included.
    pub fn translations_of(&self, key: &str) -> Vec<&Page> {
        let Some(map) = self.translations.get(key) else {
            return Vec::new();
        };
        self.languages
            .iter()
            .filter_map(|l| map.get(l).map(|&i| &self.pages[i]))
            .collect()
    }

    pub fn home(&self, lang: &str) -> &Home {
        self.homes
            .iter()
            .find(|h| h.lang == lang)
            .unwrap_or(&self.homes[0])
    }

    /// Items of `lang` over all sections, newest first (for the home page and feeds).
    pub fn items_in(&self, lang: &str) -> &[usize] {
        self.newest.get(lang).map_or(&[], Vec::as_slice)
    }

    fn sorted_items_in(&self, lang: &str) -> Vec<usize> {
        let mut v: Vec<usize> = self
            .pages
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == PageKind::Item && p.lang == lang)
            .map(|(i, _)| i)
            .collect();
        self.sort_newest_first(&mut v);
        v
    }

    pub fn sort_newest_first(&self, v: &mut [usize]) {
        v.sort_by(|&a, &b| {
            let (pa, pb) = (&self.pages[a], &self.pages[b]);
            pb.date
                .cmp(&pa.date)
                .then_with(|| pa.title.cmp(&pb.title))
                .then_with(|| pa.key.cmp(&pb.key))
        });
    }
}

/// The site `last` with new texts for the pages `edits` (pages that changed only in their
/// Markdown text, as [`crate::content::SourcePage::differs_only_in_body`] tells): what
/// [`build`] would make of the edited content, without rebuilding everything, and the indices
/// of the edited pages. None when an edit is not a page of `last` (a section's or the home
/// page's text), or its new length decides otherwise whether it gets a PDF: build it then.
pub fn with_new_texts(
    mut last: Site,
    edits: &[std::sync::Arc<SourcePage>],
) -> Option<(Site, std::collections::HashSet<usize>)> {
    let mut edited = std::collections::HashSet::new();
    for e in edits {
        let i = *last.by_file.get(&e.file.slashed())?;
        let pdf = last.config.pdf;
        let page = &mut last.pages[i];
        let had_pdf = page.made_for_pdf(pdf);
        page.body = e.body.clone();
        page.body_line = e.body_line;
        if page.made_for_pdf(pdf) != had_pdf {
            return None;
        }
        edited.insert(i);
    }
    Some((last, edited))
}

/// The site `last` with the pages of `reread` (files read again, front matter and text alike,
/// the list of files as before) made again from their new sources: what [`build`] would make
/// of `sources` (every page source of the site), without making the other pages again. Every
/// version of an edited page is made again (translations inherit its date, tags, gallery ...),
/// with the same step as [`build`]; then the lists are sorted again and the tag pages made
/// again when tags changed. None, to build the model anew, whenever the patch cannot be shown
/// to be what [`build`] makes: the last build had errors or another day, a version was not
/// published before or is not now (draft, held back, an error), or anything that decides an
/// address (slug, section, gallery page, a language's first or last tag) changed.
pub fn with_new_fronts(
    mut last: Site,
    reread: &[std::sync::Arc<SourcePage>],
    sources: &[std::sync::Arc<SourcePage>],
    special: &SpecialSlugs,
    opts: &BuildOptions,
    check_media: &dyn Fn(&[std::sync::Arc<SourcePage>]) -> Vec<Diagnostic>,
) -> Option<(Site, bool)> {
    if !last.errors.is_empty() || last.today != opts.today || opts.keep_going {
        return None;
    }
    let mut keys = std::collections::HashSet::new();
    for r in reread {
        if r.is_index || r.page_front().is_none() || !last.by_file.contains_key(&r.file.slashed()) {
            return None;
        }
        keys.insert(r.key.as_str());
    }
    let group = sorted_sources(
        sources
            .iter()
            .filter(|s| !s.is_index && keys.contains(s.key.as_str()))
            .cloned()
            .collect(),
    );
    let default = last.languages[0].clone();
    let mut errors = Vec::new();
    let default_of = default_versions(&group, &default, &mut errors);
    errors.extend(check_media(&group));
    if !errors.is_empty() {
        return None;
    }
    let made: Vec<(usize, Page)> = {
        let cx = PageContext {
            config: &last.config,
            sources: &group,
            default_of: &default_of,
            default: &default,
            sections: &last.sections,
            section_translations: &last.section_translations,
            special,
            opts,
        };
        let mut made = Vec::with_capacity(group.len());
        for s in &group {
            let i = *last.by_file.get(&s.file.slashed())?;
            let page = page_from(&cx, s, &mut errors)?;
            let old = &last.pages[i];
            let same_place = page.kind == old.kind
                && page.key == old.key
                && page.lang == old.lang
                && page.section == old.section
                && page.path == old.path
                && page.gallery_path == old.gallery_path;
            if !same_place || !errors.is_empty() {
                return None;
            }
            made.push((i, page));
        }
        made
    };
    let mut reorder = false;
    let mut retag = false;
    let mut redate = false;
    let pdf = last.config.pdf;
    for (i, page) in made {
        let old = &mut last.pages[i];
        reorder |= old.date != page.date || old.title != page.title;
        retag |= old.tags != page.tags;
        redate |= old.date != page.date || old.made_for_pdf(pdf) != page.made_for_pdf(pdf);
        *old = page;
    }
    if retag {
        let mut tag_pages = build_tag_pages(&last.pages, &last.config);
        if tag_index_paths(&tag_pages, special) != last.tag_index_paths {
            return None;
        }
        for t in &mut tag_pages {
            last.sort_newest_first(&mut t.items);
        }
        last.tag_pages = tag_pages;
    }
    if reorder {
        resort_lists(&mut last);
    }
    Some((last, !retag && !redate))
}

/// Sorts the section lists, the items of each language and the tag pages' lists again (after
/// a date or title changed; they hold the same pages, and sorting a list that is nearly in
/// order takes one pass).
fn resort_lists(site: &mut Site) {
    let mut sections: Vec<Vec<usize>> = site
        .sections
        .iter_mut()
        .map(|s| std::mem::take(&mut s.items))
        .collect();
    let mut newest = std::mem::take(&mut site.newest);
    let mut tags: Vec<Vec<usize>> = site
        .tag_pages
        .iter_mut()
        .map(|t| std::mem::take(&mut t.items))
        .collect();
    for list in sections
        .iter_mut()
        .chain(newest.values_mut())
        .chain(tags.iter_mut())
    {
        site.sort_newest_first(list);
    }
    for (s, list) in site.sections.iter_mut().zip(sections) {
        s.items = list;
    }
    for (t, list) in site.tag_pages.iter_mut().zip(tags) {
        t.items = list;
    }
    site.newest = newest;
}

pub struct BuildOptions {
    pub drafts: bool,
    /// Publish news items dated after `today` too (`--future`); else they wait for their day.
    pub future: bool,
    /// The day the site is built for, in the site's time zone ([`today`]).
    pub today: Date,
    /// Build the model of everything that can be built even when some pages have errors (they
    /// land in [`Site::errors`]): `check` reports every finding in one run.
    pub keep_going: bool,
}

/// The diagnostic at `line` when there is one (the file's `slug:` line, a gallery entry ...).
fn at_line_if(d: Diagnostic, line: Option<usize>) -> Diagnostic {
    match line {
        Some(l) => d.at_line(l),
        None => d,
    }
}

/// The value, or None with its error noted: a page step that fails leaves the page out.
fn noted<T>(result: Result<T, Diagnostic>, errors: &mut Vec<Diagnostic>) -> Option<T> {
    result.map_err(|d| errors.push(d)).ok()
}

fn slug_from(given: Option<&str>, fallback: &str, file: &Path) -> Result<String, Diagnostic> {
    if let Some(s) = given {
        if s.contains('/') || s.contains('\\') || s.contains("..") {
            return Err(
                Diagnostic::error(crate::tr!("model-slug-separator", slug = s))
                    .with_code(Code::BadSlug)
                    .in_file(file)
                    .with_hint(crate::tr!("model-slug-separator-hint")),
            );
        }
        let slug = slugify(s);
        if slug.is_empty() {
            return Err(
                Diagnostic::error(crate::tr!("model-slug-no-letters", slug = s))
                    .with_code(Code::BadSlug)
                    .in_file(file)
                    .with_hint(crate::tr!("model-slug-no-letters-hint")),
            );
        }
        return Ok(slug);
    }
    let slug = slugify(fallback);
    if slug.is_empty() {
        return Err(Diagnostic::error(crate::tr!("model-slug-from-file-name"))
            .with_code(Code::BadSlug)
            .in_file(file)
            .with_hint(crate::tr!("model-slug-from-file-name-hint")));
    }
    Ok(slug)
}

fn last_segment(key: &str) -> &str {
    key.rsplit('/').next().unwrap_or(key)
}

/// Builds the site model: pairs translations, applies inheritance, assigns URLs. Each step
/// below owns one part; their errors are gathered, then sorted by file and line.
pub fn build(
    root: &Path,
    config: Config,
    content: Content,
    media_errors: Vec<Diagnostic>,
    special: &SpecialSlugs,
    opts: &BuildOptions,
) -> Result<Site> {
    let languages = config.languages.clone();
    let default = languages[0].clone();
    let mut errors = Vec::new();
    let mut warnings = content.warnings;

    let sources = sorted_sources(content.pages);
    let default_of = default_versions(&sources, &default, &mut errors);
    let index_files = index_files(&sources);
    let (sections, section_translations) =
        build_sections(&section_keys(&sources), &index_files, &config, &mut errors);
    let homes = build_homes(&index_files, &config);
    let context = PageContext {
        config: &config,
        sources: &sources,
        default_of: &default_of,
        default: &default,
        sections: &sections,
        section_translations: &section_translations,
        special,
        opts,
    };
    let mut pages = build_pages(&context, &mut errors);
    let scheduled = scheduled(&context);
    errors.extend(media_errors);
    sort_pages(&mut pages, &languages);
    let (translations, by_file) = link_translations(&pages);
    let sitemap_paths = own_page_paths(&languages, &special.sitemap, "sitemap");
    let accessibility_paths = if config.accessibility.is_some() {
        own_page_paths(&languages, &special.accessibility, "accessibility")
    } else {
        HashMap::new()
    };
    let gallery_index_paths = gallery_index_paths(&pages, special);
    let search_paths = if config.search {
        own_page_paths(&languages, &special.search, "search")
    } else {
        HashMap::new()
    };
    let mut tag_pages = build_tag_pages(&pages, &config);
    let tag_index_paths = tag_index_paths(&tag_pages, special);
    let own_pages = [
        (
            &tag_index_paths,
            crate::tr!("model-own-page", page = "tags"),
        ),
        (&search_paths, crate::tr!("model-own-page", page = "search")),
        (
            &sitemap_paths,
            crate::tr!("model-own-page", page = "sitemap"),
        ),
        (
            &accessibility_paths,
            crate::tr!("model-own-page", page = "accessibility"),
        ),
        (
            &gallery_index_paths,
            crate::tr!("model-own-page", page = "galleries"),
        ),
    ];
    errors.extend(address_clashes(&sources, &pages, &sections, &own_pages));

    errors.sort_by(|a, b| a.file.cmp(&b.file).then(a.line.cmp(&b.line)));
    if !errors.is_empty() && !opts.keep_going {
        return Err(Failure(errors));
    }

    let mut site = Site {
        root: root.to_path_buf(),
        config,
        languages,
        pages,
        sections,
        homes,
        translations,
        section_translations,
        by_file,
        sitemap_paths,
        accessibility_paths,
        gallery_index_paths,
        search_paths,
        tag_pages: Vec::new(),
        tag_index_paths,
        assets: content.assets,
        warnings: Vec::new(),
        errors,
        newest: HashMap::new(),
        scheduled,
        today: opts.today,
    };
    fill_section_lists(&mut site);
    fill_newest(&mut site);
    for t in &mut tag_pages {
        site.sort_newest_first(&mut t.items);
    }
    site.tag_pages = tag_pages;
    warnings.sort_by(|a, b| a.file.cmp(&b.file));
    site.warnings = warnings;
    Ok(site)
}

/// The day a news item dated in the future waits for (None: published now, or `--future`).
fn held_until(cx: &PageContext, kind: PageKind, date: Option<Date>) -> Option<Date> {
    (kind == PageKind::Item && !cx.opts.future)
        .then_some(date?)
        .filter(|d| *d > cx.opts.today)
}

/// The dates of the items [`held_until`] their day (drafts left out are not counted), one per
/// item, earliest first.
fn scheduled(cx: &PageContext) -> Vec<Date> {
    let mut held: BTreeMap<&str, Date> = BTreeMap::new();
    for s in cx
        .sources
        .iter()
        .filter(|s| !s.is_index && !s.parent.is_empty())
    {
        let Some(front) = s.page_front() else {
            continue;
        };
        let base = cx.base_of(s);
        let draft = front
            .draft
            .or_else(|| base.and_then(SourcePage::page_front).and_then(|b| b.draft))
            .unwrap_or(false);
        if draft && !cx.opts.drafts {
            continue;
        }
        let date = s.date.or_else(|| base.and_then(|b| b.date));
        if let Some(d) = held_until(cx, PageKind::Item, date) {
            let e = held.entry(&s.key).or_insert(d);
            *e = (*e).min(d);
        }
    }
    let mut dates: Vec<Date> = held.into_values().collect();
    dates.sort();
    dates
}

/// The sources by key, then file: every later step walks them in this order, so the errors
/// and the model do not depend on the order the files were read in.
fn sorted_sources(mut sources: Vec<std::sync::Arc<SourcePage>>) -> Vec<std::sync::Arc<SourcePage>> {
    sources.sort_by(|a, b| a.key.cmp(&b.key).then_with(|| a.file.cmp(&b.file)));
    sources
}

/// The default-language version of every page key (index into `sources`), which translations
/// inherit from; two files that are the same page in one language are an error.
fn default_versions(
    sources: &[std::sync::Arc<SourcePage>],
    default: &str,
    errors: &mut Vec<Diagnostic>,
) -> HashMap<String, usize> {
    let mut default_of: HashMap<String, usize> = HashMap::new();
    let mut seen: HashMap<(String, String), PathBuf> = HashMap::new();
    for (i, s) in sources.iter().enumerate() {
        let id = (s.key.clone(), s.lang.clone());
        if let Some(other) = seen.get(&id) {
            errors.push(
                Diagnostic::error(crate::tr!(
                    "model-same-page",
                    lang = s.lang.as_str(),
                    other = other.display().to_string()
                ))
                .with_code(Code::SameUrl)
                .in_file(&s.file)
                .with_hint(crate::tr!("model-same-page-hint")),
            );
            continue;
        }
        seen.insert(id, s.file.clone());
        if s.lang == default && !s.is_index {
            default_of.insert(s.key.clone(), i);
        }
    }
    default_of
}

/// The section keys, sorted (parents first): every folder with an `_index` or with pages in
/// it, and the parents of nested sections.
fn section_keys(sources: &[std::sync::Arc<SourcePage>]) -> Vec<String> {
    let mut section_keys: Vec<String> = sources
        .iter()
        .filter(|s| !s.is_index && !s.parent.is_empty())
        .map(|s| s.parent.clone())
        .chain(
            sources
                .iter()
                .filter(|s| s.is_index && !s.key.is_empty())
                .map(|s| s.key.clone()),
        )
        .collect();
    let mut k = 0;
    while k < section_keys.len() {
        if let Some((parent, _)) = section_keys[k].rsplit_once('/') {
            section_keys.push(parent.to_string());
        }
        k += 1;
    }
    section_keys.sort();
    section_keys.dedup();
    section_keys
}

/// The `_index` files by (section key, language); the home pages' key is empty.
type IndexFiles<'a> = HashMap<(&'a str, &'a str), &'a SourcePage>;

/// The `_index` files of sections and homes, to look up by key and language.
fn index_files(sources: &[std::sync::Arc<SourcePage>]) -> IndexFiles<'_> {
    sources
        .iter()
        .filter(|s| s.is_index)
        .map(|s| ((s.key.as_str(), s.lang.as_str()), &**s))
        .collect()
}

/// The front matter of an `_index` file (none for a page's).
fn section_front(idx: Option<&SourcePage>) -> Option<crate::content::SectionFront> {
    idx.and_then(|s| match &s.front {
        Front::Section(f) => Some(f.clone()),
        Front::Page(_) => None,
    })
}

/// Every section in every language, with its slug and URL below its parent's (parents come
/// first as the keys are sorted), and section key -> (language -> section index). A section
/// whose slug is wrong is left out, with its error.
fn build_sections(
    section_keys: &[String],
    index_files: &IndexFiles,
    config: &Config,
    errors: &mut Vec<Diagnostic>,
) -> (Vec<Section>, HashMap<String, BTreeMap<String, usize>>) {
    let mut sections: Vec<Section> = Vec::new();
    let mut section_translations: HashMap<String, BTreeMap<String, usize>> = HashMap::new();
    for key in section_keys {
        for lang in &config.languages {
            let idx = index_files.get(&(key.as_str(), lang.as_str())).copied();
            let front = section_front(idx).unwrap_or_default();
            let file = idx.map(|s| s.file.clone());
            let shown = file
                .clone()
                .unwrap_or_else(|| PathBuf::from("content").join(key));
            let slug = match slug_from(front.slug.as_deref(), last_segment(key), &shown) {
                Ok(s) => s,
                Err(d) => {
                    errors.push(at_line_if(d, idx.and_then(|s| s.slug_line)));
                    continue;
                }
            };
            let parent_path = match key.rsplit_once('/') {
                Some((parent, _)) => section_translations
                    .get(parent)
                    .and_then(|m| m.get(lang))
                    .map(|&i: &usize| sections[i].path.clone())
                    .unwrap_or_else(|| format!("{lang}/")),
                None => format!("{lang}/"),
            };
            let title = front
                .title
                .clone()
                .unwrap_or_else(|| last_segment(key).to_string());
            sections.push(Section {
                key: key.clone(),
                lang: lang.clone(),
                file,
                title,
                slug: slug.clone(),
                summary: front.summary.clone(),
                paginate_by: front.paginate_by.unwrap_or(config.paginate_by).max(1),
                path: format!("{parent_path}{slug}/"),
                extra: front.extra.clone().unwrap_or(serde_yaml::Value::Null),
                body: idx
                    .and_then(|s| s.body.text().ok())
                    .map(|t| t.to_string())
                    .unwrap_or_default(),
                items: Vec::new(),
            });
            section_translations
                .entry(key.clone())
                .or_default()
                .insert(lang.clone(), sections.len() - 1);
        }
    }
    (sections, section_translations)
}

/// The home page of every language, from its `_index` file when there is one, else from the
/// site's title.
fn build_homes(index_files: &IndexFiles, config: &Config) -> Vec<Home> {
    let default = &config.languages[0];
    config
        .languages
        .iter()
        .map(|lang| {
            let idx = index_files.get(&("", lang.as_str())).copied();
            let front = section_front(idx);
            Home {
                lang: lang.clone(),
                title: front
                    .as_ref()
                    .and_then(|f| f.title.clone())
                    .unwrap_or_else(|| config.title.get(lang, default).to_string()),
                file: idx.map(|s| s.file.clone()),
                summary: front.and_then(|f| f.summary),
                body: idx
                    .and_then(|s| s.body.text().ok())
                    .map(|t| t.to_string())
                    .unwrap_or_default(),
                body_line: idx.map_or(1, |s| s.body_line),
                path: format!("{lang}/"),
            }
        })
        .collect()
}

/// What making a page reads besides its own source: the other sources (for the version it
/// inherits from), the sections it belongs to, herald's own slugs and the build options.
struct PageContext<'a> {
    config: &'a Config,
    sources: &'a [std::sync::Arc<SourcePage>],
    default_of: &'a HashMap<String, usize>,
    default: &'a str,
    sections: &'a [Section],
    section_translations: &'a HashMap<String, BTreeMap<String, usize>>,
    special: &'a SpecialSlugs,
    opts: &'a BuildOptions,
}

impl PageContext<'_> {
    /// The default-language version a translation inherits from (none for itself).
    fn base_of(&self, s: &SourcePage) -> Option<&SourcePage> {
        self.default_of
            .get(&s.key)
            .filter(|&&i| self.sources[i].lang != s.lang)
            .map(|&i| &*self.sources[i])
    }
}

/// A page's front matter (none for an `_index` file's).
/// Every page and news item that is published, in source order; a page with an error is
/// left out (its gallery's errors leave only the gallery out).
fn build_pages(cx: &PageContext, errors: &mut Vec<Diagnostic>) -> Vec<Page> {
    cx.sources
        .iter()
        .filter(|s| !s.is_index)
        .filter_map(|s| page_from(cx, s, errors))
        .collect()
}

/// One page: what it inherits from the default language, its slug and URL, its gallery and
/// cover. None for a draft (without `--drafts`) and for a page with an error.
fn page_from(cx: &PageContext, s: &SourcePage, errors: &mut Vec<Diagnostic>) -> Option<Page> {
    let front = s.page_front()?;
    let base = cx.base_of(s);
    let base_front = base.and_then(SourcePage::page_front);
    let title = noted(page_title(s, front), errors)?;
    let kind = if s.parent.is_empty() {
        PageKind::Plain
    } else {
        PageKind::Item
    };
    let date = noted(item_date(cx, s, base, kind), errors)?;
    let draft = front
        .draft
        .or_else(|| base_front.and_then(|b| b.draft))
        .unwrap_or(false);
    if draft && !cx.opts.drafts {
        return None;
    }
    if held_until(cx, kind, date).is_some() {
        return None;
    }
    let slug = noted(page_slug(s, front), errors)?;
    let section = if s.parent.is_empty() {
        None
    } else {
        cx.section_translations
            .get(&s.parent)
            .and_then(|m| m.get(&s.lang))
            .copied()
    };
    let path = match section {
        Some(i) => format!("{}{slug}/", cx.sections[i].path),
        None => format!("{}/{slug}/", s.lang),
    };
    let gallery = merged_gallery(s, base, cx.default, errors);
    let gallery_path = (kind == PageKind::Item && !gallery.is_empty()).then(|| {
        let slug = cx
            .special
            .gallery
            .get(&s.lang)
            .map_or("gallery", String::as_str);
        format!("{path}{slug}/")
    });
    Some(Page {
        kind,
        key: s.key.clone(),
        lang: s.lang.clone(),
        file: s.file.clone(),
        dir: s.dir.clone(),
        is_bundle: s.is_bundle,
        title,
        slug,
        summary: front.summary.clone(),
        date,
        updated: front
            .updated_date()
            .or_else(|| base_front.and_then(PageFront::updated_date)),
        author: front.author.clone(),
        tags: page_tags(cx, s, front, base_front),
        draft,
        cover: cover(front, base_front, &gallery),
        cover_position: front
            .cover_position
            .clone()
            .or_else(|| base_front.and_then(|b| b.cover_position.clone())),
        cover_origin: cover_origin(s, base, &gallery),
        gallery,
        responsible: front.responsible.clone(),
        event: page_event(s, front, base_front, cx.default),
        translate: front.translate.unwrap_or(true),
        extra: front.extra.clone().unwrap_or(serde_yaml::Value::Null),
        section,
        path,
        gallery_path,
        body: s.body.clone(),
        body_line: s.body_line,
    })
}

/// The page's event: its own, else its default-language version's (whose place is marked
/// with that language).
fn page_event(
    s: &SourcePage,
    front: &PageFront,
    base_front: Option<&PageFront>,
    default: &str,
) -> Option<Event> {
    let (e, inherited) = match (&front.event, base_front.and_then(|b| b.event.as_ref())) {
        (Some(own), _) => (own, false),
        (None, Some(base)) => (base, true),
        (None, None) => return None,
    };
    let (start, end) = e.times()?;
    let place = e.place.as_ref().map(|p| p.trim().to_string());
    Some(Event {
        start,
        end,
        place_lang: (inherited && place.is_some() && s.lang != default).then(|| default.into()),
        place,
    })
}

/// The page's tags: its own in its language; else its default-language version's, each
/// mapped into the page's language by `tags:` in site.yaml, or kept in the default language
/// (and linked to its tag page) when the map does not name it.
fn page_tags(
    cx: &PageContext,
    s: &SourcePage,
    front: &PageFront,
    base_front: Option<&PageFront>,
) -> Vec<Tag> {
    let tag = |name: &str, lang: &str| {
        let folder = cx.special.tags.get(lang).map_or("tags", String::as_str);
        Tag {
            name: name.trim().to_string(),
            lang: lang.to_string(),
            path: format!("{lang}/{folder}/{}/", slugify(name)),
        }
    };
    let mut tags: Vec<Tag> = match (&front.tags, base_front.and_then(|b| b.tags.as_ref())) {
        (Some(own), _) => own.iter().map(|t| tag(t, &s.lang)).collect(),
        (None, Some(inherited)) => inherited
            .iter()
            .map(|t| match cx.config.tag_in(t.trim(), &s.lang) {
                Some(mapped) => tag(mapped, &s.lang),
                None => tag(t, cx.default),
            })
            .collect(),
        (None, None) => Vec::new(),
    };
    // A tag written twice (or twice the same address) is shown once.
    let mut seen = std::collections::HashSet::new();
    tags.retain(|t| !slugify(&t.name).is_empty() && seen.insert(t.path.clone()));
    tags
}

impl TagPage {
    /// The page of tag `t`, with no items yet.
    fn empty(t: &Tag) -> TagPage {
        TagPage {
            lang: t.lang.clone(),
            name: t.name.clone(),
            path: t.path.clone(),
            items: Vec::new(),
            alternates: BTreeMap::new(),
        }
    }
}

/// The tag pages of every language: one per tag (by address) with the pages that show it in
/// that language, and their alternates as `tags:` maps them. Items are sorted later.
fn build_tag_pages(pages: &[Page], config: &Config) -> Vec<TagPage> {
    let mut by_path: BTreeMap<(&str, &str), TagPage> = BTreeMap::new();
    for (i, p) in pages.iter().enumerate() {
        for t in p.tags.iter().filter(|t| t.lang == p.lang) {
            by_path
                .entry((t.lang.as_str(), t.path.as_str()))
                .or_insert_with(|| TagPage::empty(t))
                .items
                .push(i);
        }
    }
    // An inherited tag that `tags:` does not map links to the default language's tag page:
    // that page exists even when no default-language page is published with it (a draft).
    for p in pages {
        for t in p.tags.iter().filter(|t| t.lang != p.lang) {
            by_path
                .entry((t.lang.as_str(), t.path.as_str()))
                .or_insert_with(|| TagPage::empty(t));
        }
    }
    let mut tag_pages: Vec<TagPage> = by_path.into_values().collect();
    link_tag_translations(&mut tag_pages, config);
    tag_pages
}

/// Alternates of the tag pages: a default-language tag and the words `tags:` maps it to,
/// where each has a page.
fn link_tag_translations(tag_pages: &mut [TagPage], config: &Config) {
    let Some(default) = config.languages.first() else {
        return;
    };
    let by_slug: HashMap<(String, String), usize> = tag_pages
        .iter()
        .enumerate()
        .map(|(i, t)| {
            (
                (
                    t.lang.clone(),
                    last_segment(t.path.trim_end_matches('/')).to_string(),
                ),
                i,
            )
        })
        .collect();
    for tag in config.tags.keys() {
        let Some(&home) = by_slug.get(&(default.clone(), slugify(tag))) else {
            continue;
        };
        let mut group = vec![home];
        for lang in config.languages.iter().skip(1) {
            if let Some(&i) = config
                .tag_in(tag, lang)
                .and_then(|w| by_slug.get(&(lang.clone(), slugify(w))))
            {
                group.push(i);
            }
        }
        if group.len() < 2 {
            continue;
        }
        let alternates: BTreeMap<String, String> = group
            .iter()
            .map(|&i| (tag_pages[i].lang.clone(), tag_pages[i].path.clone()))
            .collect();
        for &i in &group {
            tag_pages[i].alternates = alternates.clone();
        }
    }
}

/// The tag index of each language that has tag pages (`lv/birkas/`).
fn tag_index_paths(tag_pages: &[TagPage], special: &SpecialSlugs) -> HashMap<String, String> {
    tag_pages
        .iter()
        .map(|t| {
            let folder = special.tags.get(&t.lang).map_or("tags", String::as_str);
            (t.lang.clone(), format!("{}/{folder}/", t.lang))
        })
        .collect()
}

/// The page's title: every page needs its own.
fn page_title(s: &SourcePage, front: &PageFront) -> Result<String, Diagnostic> {
    front.title.clone().ok_or_else(|| {
        Diagnostic::error(crate::tr!("model-no-title"))
            .with_code(Code::MissingTitle)
            .in_file(&s.file)
            .at_line(2)
            .with_hint(crate::tr!("model-no-title-hint"))
    })
}

/// The page's date, else its default-language version's; a news item must have one.
fn item_date(
    cx: &PageContext,
    s: &SourcePage,
    base: Option<&SourcePage>,
    kind: PageKind,
) -> Result<Option<Date>, Diagnostic> {
    let default = cx.default;
    let date = s.date.or_else(|| base.and_then(|b| b.date));
    if kind == PageKind::Item && date.is_none() {
        let hint = if s.lang == default {
            crate::tr!("item-no-date-hint")
        } else if let Some(elsewhere) = base.is_none().then(|| sibling_elsewhere(cx, s)).flatten() {
            // The translation's default-language version is in another folder or under
            // another name: it inherits nothing from it, and the user should know why.
            let there = elsewhere.file.slashed();
            let target = there
                .strip_suffix(&format!(".{default}.md"))
                .map_or(there.clone(), |stem| format!("{stem}.{}.md", s.lang));
            crate::tr!(
                "item-no-date-sibling-hint",
                lang = default,
                file = there,
                target = target
            )
        } else {
            crate::tr!("item-no-date-translation-hint", lang = default)
        };
        return Err(Diagnostic::error(crate::tr!("item-no-date"))
            .with_code(Code::BadDate)
            .in_file(&s.file)
            .at_line(2)
            .with_hint(hint));
    }
    Ok(date)
}

/// A default-language item that looks like `s`'s original though it is not its translation:
/// the same name (slug) or the same title, in another folder.
fn sibling_elsewhere<'a>(cx: &'a PageContext, s: &SourcePage) -> Option<&'a SourcePage> {
    let title = s.page_front().and_then(|f| f.title.clone());
    let same = |o: &SourcePage| {
        last_segment(&o.key) == last_segment(&s.key)
            || (title.is_some() && o.page_front().and_then(|f| f.title.clone()) == title)
    };
    cx.sources
        .iter()
        .map(|o| &**o)
        .filter(|o| o.lang == cx.default && !o.is_index && o.key != s.key)
        .find(|o| same(o))
}

/// The page's URL segment: its `slug:` or its file name made one. An item's slug may not be
/// a number: a section's list pages are /<section>/2/, /3/, ...: an item there would be lost.
fn page_slug(s: &SourcePage, front: &PageFront) -> Result<String, Diagnostic> {
    let slug = slug_from(front.slug.as_deref(), last_segment(&s.key), &s.file)
        .map_err(|d| at_line_if(d, s.slug_line))?;
    if !s.parent.is_empty() && slug.bytes().all(|b| b.is_ascii_digit()) {
        let d = Diagnostic::error(crate::tr!("model-slug-number", slug = slug.as_str()))
            .with_code(Code::BadSlug)
            .in_file(&s.file)
            .with_hint(crate::tr!("model-slug-number-hint", slug = slug.as_str()));
        return Err(at_line_if(d, s.slug_line));
    }
    Ok(slug)
}

/// The gallery a page's front matter lists, with where it says so.
fn listed(src: &SourcePage) -> Option<gallery::Listed<'_>> {
    match &src.front {
        Front::Page(f) => f.gallery.as_deref().map(|entries| gallery::Listed {
            file: &src.file,
            entries,
            lines: &src.gallery_lines,
            key_line: src.media_lines.1,
        }),
        Front::Section(_) => None,
    }
}

/// The page's gallery merged with its default-language version's; on an error the page keeps
/// no gallery.
fn merged_gallery(
    s: &SourcePage,
    base: Option<&SourcePage>,
    default: &str,
    errors: &mut Vec<Diagnostic>,
) -> Vec<gallery::Entry> {
    match gallery::merge(&s.file, &s.lang, default, listed(s), base.and_then(listed)) {
        Ok(g) => g,
        Err(e) => {
            errors.extend(e);
            Vec::new()
        }
    }
}

/// The cover picture: the page's `cover`, else its default-language version's, else the
/// gallery's first picture.
fn cover(
    front: &PageFront,
    base_front: Option<&PageFront>,
    gallery: &[gallery::Entry],
) -> Option<String> {
    front
        .cover
        .clone()
        .or_else(|| base_front.and_then(|b| b.cover.clone()))
        .or_else(|| gallery.iter().find_map(|g| g.entry.image.clone()))
}

/// The file and line that name the cover picture, in the order [`cover`] looks.
fn cover_origin(
    s: &SourcePage,
    base: Option<&SourcePage>,
    gallery: &[gallery::Entry],
) -> Option<(PathBuf, Option<usize>)> {
    let names_cover = |src: &SourcePage| src.page_front().is_some_and(|f| f.cover.is_some());
    if names_cover(s) {
        Some((s.file.clone(), s.media_lines.0))
    } else if let Some(b) = base.filter(|b| names_cover(b)) {
        Some((b.file.clone(), b.media_lines.0))
    } else {
        gallery
            .iter()
            .find(|g| g.entry.image.is_some())
            .map(|g| (g.origin.clone(), g.line))
    }
}

/// Pages in deterministic order: by language order, then key.
fn sort_pages(pages: &mut [Page], languages: &[String]) {
    let lang_pos: HashMap<&str, usize> = languages
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i))
        .collect();
    pages.sort_by(|a, b| {
        lang_pos[a.lang.as_str()]
            .cmp(&lang_pos[b.lang.as_str()])
            .then_with(|| a.key.cmp(&b.key))
    });
}

/// Page key -> (language -> page index), and Markdown file -> page index (for links).
fn link_translations(
    pages: &[Page],
) -> (
    HashMap<String, BTreeMap<String, usize>>,
    HashMap<String, usize>,
) {
    let mut translations: HashMap<String, BTreeMap<String, usize>> = HashMap::new();
    let mut by_file = HashMap::new();
    for (i, p) in pages.iter().enumerate() {
        translations
            .entry(p.key.clone())
            .or_default()
            .insert(p.lang.clone(), i);
        by_file.insert(p.file.slashed(), i);
    }
    (translations, by_file)
}

/// The URL of one of herald's own pages in every language (`lv/lapas-karte/`), from the i18n
/// slugs, else `fallback`.
fn own_page_paths(
    languages: &[String],
    slugs: &HashMap<String, String>,
    fallback: &str,
) -> HashMap<String, String> {
    languages
        .iter()
        .map(|l| {
            let slug = slugs.get(l).map_or(fallback, String::as_str);
            (l.clone(), format!("{l}/{slug}/"))
        })
        .collect()
}

/// The gallery index of each language that has an item with a gallery (`lv/galerija/`).
fn gallery_index_paths(pages: &[Page], special: &SpecialSlugs) -> HashMap<String, String> {
    let mut gallery_index_paths = HashMap::new();
    for p in pages.iter().filter(|p| p.gallery_path.is_some()) {
        if !gallery_index_paths.contains_key(&p.lang) {
            let slug = special
                .gallery
                .get(&p.lang)
                .map_or("gallery", String::as_str);
            gallery_index_paths.insert(p.lang.clone(), format!("{}/{slug}/", p.lang));
        }
    }
    gallery_index_paths
}

/// Two things on one URL: pages, sections, item galleries, then herald's own pages (each
/// paths by language, with how to name it). The second claim is the error, at its file's
/// `slug:` line when it has one.
fn address_clashes(
    sources: &[std::sync::Arc<SourcePage>],
    pages: &[Page],
    sections: &[Section],
    own_pages: &[(&HashMap<String, String>, String)],
) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    let mut urls: HashMap<&str, PathBuf> = HashMap::new();
    let claims = pages
        .iter()
        .map(|p| (p.path.as_str(), p.file.clone()))
        .chain(sections.iter().map(|s| {
            (
                s.path.as_str(),
                s.file
                    .clone()
                    .unwrap_or_else(|| PathBuf::from("content").join(&s.key)),
            )
        }))
        .chain(
            pages
                .iter()
                .filter_map(|p| p.gallery_path.as_deref().map(|g| (g, p.file.clone()))),
        )
        .chain(own_pages.iter().flat_map(|(paths, name)| {
            paths
                .values()
                .map(move |p| (p.as_str(), PathBuf::from(name)))
        }));
    let slug_lines: HashMap<&Path, usize> = sources
        .iter()
        .filter_map(|s| Some((s.file.as_path(), s.slug_line?)))
        .collect();
    for (path, file) in claims {
        if let Some(other) = urls.get(path) {
            let d = Diagnostic::error(crate::tr!(
                "model-same-address",
                path = path,
                other = other.display().to_string()
            ))
            .with_code(Code::SameUrl)
            .in_file(&file)
            .with_hint(crate::tr!("model-same-address-hint"));
            errors.push(at_line_if(d, slug_lines.get(file.as_path()).copied()));
        } else {
            urls.insert(path, file);
        }
    }
    errors
}

/// Items per language over all sections, newest first (see [`Site::items_in`]).
fn fill_newest(site: &mut Site) {
    site.newest = site
        .languages
        .iter()
        .map(|l| (l.clone(), site.sorted_items_in(l)))
        .collect();
}

/// Each section list: its language's items, plus items that have no version in that language
/// (shown in the default language when it has them, else the first language that does).
fn fill_section_lists(site: &mut Site) {
    let mut lists: Vec<Vec<usize>> = vec![Vec::new(); site.sections.len()];
    for (key, by_lang) in &site.translations {
        let Some(&any) = by_lang.values().next() else {
            continue;
        };
        let page = &site.pages[any];
        if page.kind != PageKind::Item {
            continue;
        }
        let Some((parent, _)) = key.rsplit_once('/') else {
            continue;
        };
        let Some(sec_by_lang) = site.section_translations.get(parent) else {
            continue;
        };
        let fallback = site.languages.iter().find_map(|l| by_lang.get(l)).copied();
        for (lang, &sec) in sec_by_lang {
            let shown = by_lang.get(lang).copied().or(fallback);
            if let Some(i) = shown {
                lists[sec].push(i);
            }
        }
    }
    for (sec, mut list) in lists.into_iter().enumerate() {
        site.sort_newest_first(&mut list);
        site.sections[sec].items = list;
    }
}
/// A page names a file in another letter case than the file on disk: it would show on Windows
/// and macOS and be missing on the Linux web host, so it is an error everywhere. `kind` is
/// the kind of file the page names (`cover`, `gallery`, `link` ...: the `media-kind` message).
pub fn other_case(kind: &str, name: &str, real: &Path) -> Diagnostic {
    let real_name = real
        .file_name()
        .unwrap_or(real.as_os_str())
        .to_string_lossy();
    Diagnostic::error(crate::tr!(
        "media-other-case",
        what = crate::tr!("media-kind", kind = kind),
        name = name,
        real = real.slashed()
    ))
    .with_code(Code::MissingFile)
    .with_hint(crate::tr!("media-other-case-hint", real = &*real_name))
}
