//! One shape for every problem herald reports: what is wrong, where (file, line, column) and how
//! to fix it. Every stage converts its own failures into [`Diagnostic`]s so `build`, `check` and
//! the serve overlay print them the same way.

use std::fmt;
use std::path::{Path, PathBuf};

pub use crate::codes::{Code, Severity};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path as the user knows it: relative to the site root where possible.
    pub file: Option<PathBuf>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    pub hint: Option<String>,
    /// The stable code of the problem (`H012 missing-alt`), shown by `check`.
    pub code: Option<Code>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: None,
            line: None,
            column: None,
            message: message.into(),
            hint: None,
            code: None,
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    pub fn in_file(mut self, file: impl AsRef<Path>) -> Self {
        self.file = Some(file.as_ref().to_path_buf());
        self
    }

    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    pub fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_code(mut self, code: Code) -> Self {
        self.code = Some(code);
        self
    }

    /// Sets the code unless a more specific one is already set.
    pub fn or_code(mut self, code: Code) -> Self {
        self.code.get_or_insert(code);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = &self.file {
            // `content/news/x.lv.md` on every system, as the user writes it in a page and as
            // editors and CI annotations read it (a backslash is a letter of a name elsewhere).
            let shown = file.to_string_lossy();
            let shown = if cfg!(windows) {
                shown.replace('\\', "/").into()
            } else {
                shown
            };
            write!(f, "{shown}")?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
                if let Some(col) = self.column {
                    write!(f, ":{col}")?;
                }
            }
            write!(f, ": ")?;
        }
        // The labels in the chosen language; the code, path and line stay as they are.
        let m = crate::messages::get();
        let label = match self.severity {
            Severity::Error => m.text("label-error"),
            Severity::Warning => m.text("label-warning"),
        };
        write!(f, "{label}: {}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  {}: {hint}", m.text("label-hint"))?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// A failed stage: one or more diagnostics, at least one of them an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure(pub Vec<Diagnostic>);

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Failure {}

impl Failure {
    /// Gives every diagnostic without a code this one.
    pub fn or_code(self, code: Code) -> Failure {
        Failure(self.0.into_iter().map(|d| d.or_code(code)).collect())
    }
}

impl From<Diagnostic> for Failure {
    fn from(d: Diagnostic) -> Self {
        Failure(vec![d])
    }
}

pub type Result<T, E = Failure> = std::result::Result<T, E>;

/// The closest candidate to `word`, for "did you mean" hints on unknown keys.
pub fn did_you_mean<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(word, c), *c))
        .filter(|(score, _)| *score > 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// 1-based line and column of a byte offset in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Line and column of many offsets in one text, each found by a binary search over the line
/// starts: [`line_col`] for every link of a 50 MB text would count newlines from the start
/// each time (quadratic).
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset of the start of every line.
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    /// Like [`line_col`]`(text, offset)`.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|s| *s <= offset);
        let start = self.starts[line - 1];
        let col = self
            .text
            .get(start..offset)
            .map_or(0, |l| l.chars().count())
            + 1;
        (line, col)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_agrees_with_line_col() {
        let text = "ab\nčd\n\nxyz";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            if text.is_char_boundary(offset.min(text.len())) {
                assert_eq!(index.line_col(offset), line_col(text, offset), "{offset}");
            }
        }
    }

    #[test]
    fn suggests_close_keys() {
        assert_eq!(
            did_you_mean("titel", &["title", "date", "summary"]),
            Some("title")
        );
        assert_eq!(did_you_mean("zzz", &["title", "date"]), None);
    }

    #[test]
    fn line_and_column_are_one_based() {
        assert_eq!(line_col("ab\ncd", 0), (1, 1));
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
    }

    #[test]
    fn display_names_file_line_and_hint() {
        let d = Diagnostic::error("bad")
            .in_file("content/a.lv.md")
            .at(3, 4)
            .with_hint("fix it");
        assert_eq!(
            d.to_string(),
            "content/a.lv.md:3:4: error: bad\n  hint: fix it"
        );
    }
}
