//! The stable codes of herald's findings (`H012 missing-alt`): one per kind of problem, with its
//! usual severity, what it means and how to fix it. `check` prints them; the README's table of
//! codes is checked against [`Code::ALL`] by a test, so the two cannot drift apart.
//! Codes are never renumbered or reused: a retired code stays retired.

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    // Reading the site and its settings.
    SiteUnreadable,
    ConfigInvalid,
    TemplateError,
    I18nError,
    I18nWarning,
    OutputError,
    FileUnreadable,
    WindowsName,
    // Pictures and media.
    MissingFile,
    BadVideo,
    MissingAlt,
    AltIsFileName,
    LargePicture,
    UnusedPicture,
    BadPicture,
    // Content.
    FrontMatter,
    Encoding,
    MissingTitle,
    EmptySummary,
    BadDate,
    FutureDate,
    BadSlug,
    SameUrl,
    UnknownLanguage,
    StrayFile,
    // Links.
    BrokenLink,
    BrokenAnchor,
    ScriptLink,
    ExternalLink,
    UnsafeHtml,
    BadEvent,
    // Translations.
    MissingTranslation,
    TranslationMismatch,
    UnusedTag,
    // EU publicity.
    PublicityIncomplete,
    ResponsibleMissing,
    EmblemMissing,
    PublicityDropped,
    // PDF press releases.
    PdfError,
    // The CMS.
    CmsConfig,
    CmsSave,
}

/// What the README's table says about a code.
pub struct CodeInfo {
    pub id: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub meaning: &'static str,
    pub fix: &'static str,
}

use Severity::{Error as E, Warning as W};

impl Code {
    pub const ALL: &'static [Code] = &[
        Code::SiteUnreadable,
        Code::ConfigInvalid,
        Code::TemplateError,
        Code::I18nError,
        Code::I18nWarning,
        Code::OutputError,
        Code::FileUnreadable,
        Code::WindowsName,
        Code::MissingFile,
        Code::BadVideo,
        Code::MissingAlt,
        Code::AltIsFileName,
        Code::LargePicture,
        Code::UnusedPicture,
        Code::BadPicture,
        Code::FrontMatter,
        Code::Encoding,
        Code::MissingTitle,
        Code::EmptySummary,
        Code::BadDate,
        Code::FutureDate,
        Code::BadSlug,
        Code::SameUrl,
        Code::UnknownLanguage,
        Code::StrayFile,
        Code::BrokenLink,
        Code::BrokenAnchor,
        Code::ScriptLink,
        Code::ExternalLink,
        Code::UnsafeHtml,
        Code::BadEvent,
        Code::MissingTranslation,
        Code::TranslationMismatch,
        Code::UnusedTag,
        Code::PublicityIncomplete,
        Code::ResponsibleMissing,
        Code::EmblemMissing,
        Code::PublicityDropped,
        Code::PdfError,
        Code::CmsConfig,
        Code::CmsSave,
    ];

    pub fn info(self) -> CodeInfo {
        let i = |id, name, severity, meaning, fix| CodeInfo {
            id,
            name,
            severity,
            meaning,
            fix,
        };
        match self {
            Code::SiteUnreadable => i("H001", "site-unreadable", E,
                "there is no site.yaml or content/ folder, or site.yaml cannot be read",
                "run herald in the site folder (or pass --root), or create a site with `herald init`"),
            Code::ConfigInvalid => i("H002", "config-invalid", E,
                "site.yaml is not valid: a YAML mistake, an unknown key, a missing key or a wrong value",
                "correct the key the message names; `herald schema site` lets an editor check site.yaml as you type"),
            Code::TemplateError => i("H003", "template-error", E,
                "a template of the theme or of templates/ cannot be read or rendered",
                "correct the template at the line named"),
            Code::I18nError => i("H004", "i18n-error", E,
                "an i18n/<lang>.ftl file has a Fluent syntax error or cannot be read",
                "correct the Fluent text at the line named"),
            Code::I18nWarning => i("H005", "i18n-incomplete", W,
                "a text is missing in a language (the default language's text is shown) or an i18n file is not used",
                "translate the message in i18n/<lang>.ftl, or delete the unused file"),
            Code::OutputError => i("H006", "output-error", E,
                "the output folder cannot be used or written",
                "choose another --out folder, check permissions and free disk space"),
            Code::FileUnreadable => i("H007", "file-unreadable", E,
                "a file or folder of the site cannot be read (permissions, a broken or looping symbolic link, a symbolic link to something outside the site folder)",
                "check the file's permissions, or remove the link (copy what it names into the site folder)"),
            Code::WindowsName => i("H008", "windows-name", E,
                "a page, folder or file would be published under a name Windows cannot hold: a device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9, also with an extension), one of < > : \" | ? *, or a dot or space at the end",
                "rename the file or folder, or give the page another `slug:`"),
            Code::MissingFile => i("H010", "missing-file", E,
                "a cover, gallery picture or video file named in the front matter does not exist",
                "put the file next to the Markdown file (a page bundle) or in static/ and write it as /name.jpg"),
            Code::BadVideo => i("H011", "bad-video", E,
                "a gallery video is neither a YouTube/Vimeo address nor an .mp4/.webm file",
                "write the video's YouTube or Vimeo address, or name a local .mp4 or .webm file"),
            Code::MissingAlt => i("H012", "missing-alt", E,
                "a picture has no alt text: a reader who cannot see it learns nothing (WCAG 2.1, required of public bodies' sites by Directive (EU) 2016/2102)",
                "describe what the picture shows in `alt:` (gallery) or between the brackets of `![...](photo.jpg)`"),
            Code::AltIsFileName => i("H013", "alt-is-file-name", E,
                "a picture's alt text is its file name, which says nothing to a reader",
                "replace it with a short description of what the picture shows"),
            Code::LargePicture => i("H014", "large-picture", W,
                "a picture's original file is heavier than the limit (--max-picture-mb, 10 MB by default)",
                "export a smaller copy (e.g. 3000 px wide, JPEG quality 85) and use it instead"),
            Code::UnusedPicture => i("H015", "unused-picture", W,
                "a picture in content/ is not used by any page (no cover, gallery entry or Markdown image names it)",
                "add it to a page's gallery or text, or delete it"),
            Code::BadPicture => i("H016", "bad-picture", E,
                "a picture is damaged (cut short, unreadable), not a JPEG, PNG or WebP, or larger than herald decodes (1 GiB of pixels, about 18 000 × 18 000 px)",
                "open it in an image editor and save it again as JPEG, PNG or WebP, at most a few thousand pixels wide"),
            Code::FrontMatter => i("H020", "front-matter", E,
                "a Markdown file's front matter is missing, not closed, not valid YAML, or has an unknown key",
                "start the file with a `---` line, the keys, then another `---` line; the README lists every key"),
            Code::Encoding => i("H021", "encoding", E,
                "a text file is not UTF-8, or holds an invisible control character (NUL and the like) that no web page or feed may carry",
                "open it in the editor and save it again with the encoding UTF-8; delete the character at the line and column named"),
            Code::MissingTitle => i("H022", "missing-title", E,
                "a page has no title, or an empty one",
                "write the title after `title:`"),
            Code::EmptySummary => i("H023", "empty-summary", W,
                "a news item has no summary: `summary:` is empty and the text has no first paragraph",
                "write one or two sentences after `summary:` (lists, feeds and social media show them)"),
            Code::BadDate => i("H024", "bad-date", E,
                "a news item has no date, or a date that is not a real YYYY-MM-DD day",
                "write `date: YYYY-MM-DD`"),
            Code::FutureDate => i("H025", "future-date", W,
                "a news item is dated in the future",
                "check the year; `herald build` holds the item back until its day"),
            Code::BadSlug => i("H026", "bad-slug", E,
                "a slug is empty, contains / or .., or is a number in a section (where list pages have numbered addresses)",
                "write a slug of letters, digits and dashes, or remove `slug:`"),
            Code::SameUrl => i("H027", "same-url", E,
                "two pages, or a page and a file of `static/` or `content/`, would be published at the same address (the same slug, a page written twice, a static file where herald publishes a page)",
                "give one of them another `slug:`, or rename, move or remove the duplicate file"),
            Code::UnknownLanguage => i("H028", "unknown-language", E,
                "a file name's language suffix is not one of the site's languages",
                "rename the file to name.<language>.md with one of `languages`, or add the language to site.yaml"),
            Code::StrayFile => i("H029", "stray-file", W,
                "a file or folder that herald does not read nor publish, e.g. site.yml instead of site.yaml, notes.markdown instead of .md, index.lv.md.bak, a name with a space at its end",
                "rename it to what herald reads, or move it out of the site folder"),
            Code::BrokenLink => i("H030", "broken-link", E,
                "a link or picture points to a page or file that does not exist, or is not read as one (a space in its address)",
                "link to the page's Markdown file (`../kick-off/index.lv.md`) or to a file that exists; write a name with spaces between `<` and `>`: `![Karte](<tako zemelapis.png>)`"),
            Code::BrokenAnchor => i("H031", "broken-anchor", E,
                "a link's #anchor matches no heading or id on the target page",
                "use the heading's id (its text in lowercase with dashes: `## Par projektu` -> `#par-projektu`)"),
            Code::ScriptLink => i("H032", "script-link", E,
                "a link runs a script (javascript:)",
                "link to a page, a file or a web address"),
            Code::ExternalLink => i("H033", "external-link", E,
                "with --external: a web address does not answer, or answers with an error (404, 500 ...)",
                "correct or remove the address; check it in a browser"),
            Code::UnsafeHtml => i("H034", "unsafe-html", W,
                "HTML written in a Markdown text runs a script or sends the visitor elsewhere: a `script` tag, an `on...=` event handler, a `javascript:` address (also written with character references), an `iframe srcdoc` document with one, `meta http-equiv=refresh`, `base`, an `object` or `embed` of a web document",
                "keep it only if it is the embed code of a provider you trust; else remove it, or drop all HTML from the texts with `markdown: {raw_html: false}` in site.yaml"),
            Code::BadEvent => i("H035", "bad-event", E,
                "an item's `event:` has a start or end that is not a real day (or day and time), ends before it starts, or has an empty place",
                "write event: {start: 2025-02-18 10:00, end: 2025-02-18 13:00, place: Jelgavā}"),
            Code::MissingTranslation => i("H040", "missing-translation", W,
                "an item, page or section exists in some of the site's languages but not in this one",
                "write the translation (name.<lang>.md next to the other), or --allow missing-translation for a site that publishes some news in one language only"),
            Code::TranslationMismatch => i("H041", "translation-mismatch", W,
                "a translation sets its own date or gallery, different from the default-language version",
                "remove `date:`/`gallery:` from the translation (it inherits them), or make them equal"),
            Code::UnusedTag => i("H042", "unused-tag", W,
                "a tag of the `tags:` map in site.yaml is on no page of the default language (a typo, or a tag no longer used)",
                "write the tag as the pages write it, or remove the line from `tags:`"),
            Code::PublicityIncomplete => i("H050", "publicity-incomplete", E,
                "a text the programme profile makes mandatory (statement, disclaimer, links, emblem) is missing in a language",
                "define the message in i18n/<lang>.ftl, or use a built-in profile"),
            Code::ResponsibleMissing => i("H051", "responsible-missing", E,
                "the organisation responsible for the content (named in the EU disclaimer) is empty",
                "set project.responsible in site.yaml (per language), or `responsible:` in the item"),
            Code::EmblemMissing => i("H052", "emblem-missing", E,
                "a news item's page does not show the EU emblem (a custom template dropped it, or a template or stylesheet hides it)",
                "keep the emblem in the templates: `<img src=\"{{ site.emblem.href }}\" alt=\"{{ site.emblem.alt }}\">`"),
            Code::PublicityDropped => i("H053", "publicity-dropped", E,
                "a news item's or gallery's page does not carry the EU publicity texts, or hides them (in a comment, `template`, `noscript`, `hidden`, a CSS rule with `display: none` ...)",
                "page.html must output `{{ page.publicity | safe }}` for news items (gallery.html `{{ publicity | safe }}`) where every visitor sees it"),
            Code::PdfError => i("H060", "pdf-error", E,
                "a news item's PDF press release cannot be made (e.g. a picture the PDF engine cannot read)",
                "use pictures in JPEG, PNG, GIF, WebP or SVG format, or set `pdf: false` in site.yaml"),
            Code::CmsConfig => i("H070", "cms-config", E,
                "`herald cms` cannot keep your part of static/admin/config.yml (no herald line, not YAML, or a key herald writes)",
                "keep your settings above the herald line and leave the keys herald writes to it"),
            Code::CmsSave => i("H071", "cms-save", E,
                "the CMS in `herald serve` was refused a save: a path outside content/ and static/, a file changed on disk since the CMS read it, or a request from another site",
                "reload the CMS page to read the file again, then save; save only into content/ and static/"),
        }
    }

    pub fn id(self) -> &'static str {
        self.info().id
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// Finds a code by its id (`H012`, any case) or name (`missing-alt`).
    pub fn parse(s: &str) -> Option<Code> {
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.id().eq_ignore_ascii_case(s) || c.name() == s)
    }
}

/// The README's table of codes, one row per code (the README must contain it verbatim).
pub fn readme_table() -> String {
    let mut t = String::from(
        "| code | name | severity | what it means | how to fix it |\n| --- | --- | --- | --- | --- |\n",
    );
    for c in Code::ALL {
        let i = c.info();
        let sev = match i.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let esc = |s: &str| s.replace('|', "\\|");
        t.push_str(&format!(
            "| {} | `{}` | {sev} | {} | {} |\n",
            i.id,
            i.name,
            esc(i.meaning),
            esc(i.fix)
        ));
    }
    t
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.id(), self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_names_are_unique() {
        let mut ids: Vec<_> = Code::ALL.iter().map(|c| c.id()).collect();
        let mut names: Vec<_> = Code::ALL.iter().map(|c| c.name()).collect();
        ids.sort_unstable();
        names.sort_unstable();
        let n = ids.len();
        ids.dedup();
        names.dedup();
        assert_eq!((ids.len(), names.len()), (n, n));
        assert_eq!(Code::parse("h012"), Some(Code::MissingAlt));
        assert_eq!(Code::parse("missing-alt"), Some(Code::MissingAlt));
    }

    #[test]
    fn readme_lists_every_code() {
        let readme = include_str!("../README.md");
        let table = readme_table();
        assert!(
            readme.contains(&table),
            "README.md must contain this table of codes:\n{table}"
        );
    }
}
