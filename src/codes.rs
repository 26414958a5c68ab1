//! The stable codes of herald's findings (`H012 missing-alt`): one per kind of problem, with its
//! usual severity. What each means and how to fix it are texts of the `messages` module
//! (`code-h012-meaning`, `code-h012-fix`, in every language herald speaks), so `herald explain`
//! and the table of codes ([`table`], which the documentation must contain) say the same.
//! Codes are never renumbered or reused: a retired code stays retired.

use crate::messages::Messages;

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
    // Texts to replace.
    Placeholder,
}

/// A code's id, name and usual severity (the words about it are [`Code::meaning`] and
/// [`Code::fix`]).
pub struct CodeInfo {
    pub id: &'static str,
    pub name: &'static str,
    pub severity: Severity,
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
        Code::Placeholder,
    ];

    pub fn info(self) -> CodeInfo {
        let i = |id, name, severity| CodeInfo { id, name, severity };
        match self {
            Code::SiteUnreadable => i("H001", "site-unreadable", E),
            Code::ConfigInvalid => i("H002", "config-invalid", E),
            Code::TemplateError => i("H003", "template-error", E),
            Code::I18nError => i("H004", "i18n-error", E),
            Code::I18nWarning => i("H005", "i18n-incomplete", W),
            Code::OutputError => i("H006", "output-error", E),
            Code::FileUnreadable => i("H007", "file-unreadable", E),
            Code::WindowsName => i("H008", "windows-name", E),
            Code::MissingFile => i("H010", "missing-file", E),
            Code::BadVideo => i("H011", "bad-video", E),
            Code::MissingAlt => i("H012", "missing-alt", E),
            Code::AltIsFileName => i("H013", "alt-is-file-name", E),
            Code::LargePicture => i("H014", "large-picture", W),
            Code::UnusedPicture => i("H015", "unused-picture", W),
            Code::BadPicture => i("H016", "bad-picture", E),
            Code::FrontMatter => i("H020", "front-matter", E),
            Code::Encoding => i("H021", "encoding", E),
            Code::MissingTitle => i("H022", "missing-title", E),
            Code::EmptySummary => i("H023", "empty-summary", W),
            Code::BadDate => i("H024", "bad-date", E),
            Code::FutureDate => i("H025", "future-date", W),
            Code::BadSlug => i("H026", "bad-slug", E),
            Code::SameUrl => i("H027", "same-url", E),
            Code::UnknownLanguage => i("H028", "unknown-language", E),
            Code::StrayFile => i("H029", "stray-file", W),
            Code::BrokenLink => i("H030", "broken-link", E),
            Code::BrokenAnchor => i("H031", "broken-anchor", E),
            Code::ScriptLink => i("H032", "script-link", E),
            Code::ExternalLink => i("H033", "external-link", E),
            Code::UnsafeHtml => i("H034", "unsafe-html", W),
            Code::BadEvent => i("H035", "bad-event", E),
            Code::MissingTranslation => i("H040", "missing-translation", W),
            Code::TranslationMismatch => i("H041", "translation-mismatch", W),
            Code::UnusedTag => i("H042", "unused-tag", W),
            Code::PublicityIncomplete => i("H050", "publicity-incomplete", E),
            Code::ResponsibleMissing => i("H051", "responsible-missing", E),
            Code::EmblemMissing => i("H052", "emblem-missing", E),
            Code::PublicityDropped => i("H053", "publicity-dropped", E),
            Code::PdfError => i("H060", "pdf-error", E),
            Code::CmsConfig => i("H070", "cms-config", E),
            Code::CmsSave => i("H071", "cms-save", E),
            Code::Placeholder => i("H080", "placeholder", W),
        }
    }

    /// The Fluent id of one of the code's texts: `code-h012-meaning`.
    pub fn message_id(self, part: &str) -> String {
        format!("code-{}-{part}", self.id().to_ascii_lowercase())
    }

    /// What the code means, in `m`'s language.
    pub fn meaning(self, m: &Messages) -> String {
        m.text(&self.message_id("meaning"))
    }

    /// How to fix it, in `m`'s language.
    pub fn fix(self, m: &Messages) -> String {
        m.text(&self.message_id("fix"))
    }

    /// The severity's word in `m`'s language.
    pub fn severity_word(self, m: &Messages) -> String {
        m.text(match self.info().severity {
            Severity::Error => "severity-error",
            Severity::Warning => "severity-warning",
        })
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

/// The table of codes in Markdown, one row per code, in `m`'s language. The documentation's
/// table (English) must contain it verbatim; `herald explain --all --format markdown` prints it.
pub fn table(m: &Messages) -> String {
    let esc = |s: String| s.replace('|', "\\|");
    let mut t = format!(
        "| {} | {} | {} | {} | {} |\n| --- | --- | --- | --- | --- |\n",
        m.text("explain-table-code"),
        m.text("explain-table-name"),
        m.text("explain-table-severity"),
        m.text("explain-table-meaning"),
        m.text("explain-table-fix"),
    );
    for c in Code::ALL {
        t.push_str(&format!(
            "| {} | `{}` | {} | {} | {} |\n",
            c.id(),
            c.name(),
            c.severity_word(m),
            esc(c.meaning(m)),
            esc(c.fix(m))
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

    /// The table of codes is in README.md, or in docs/reference/codes.md once the reference
    /// moves there; `herald explain --all --format markdown` regenerates it.
    #[test]
    fn the_documentation_lists_every_code() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let table = table(&Messages::new(crate::messages::Lang::En));
        let docs: Vec<String> = ["docs/reference/codes.md", "README.md"]
            .iter()
            .filter_map(|p| std::fs::read_to_string(root.join(p)).ok())
            .collect();
        assert!(
            docs.iter().any(|d| d.contains(&table)),
            "README.md or docs/reference/codes.md must contain this table of codes \
             (`herald --lang en explain --all --format markdown` prints it):\n{table}"
        );
    }
}
