//! `herald explain H012` (or `herald explain missing-alt`): what a code means and how to fix
//! it, in the chosen language; `herald explain --all` lists every code, and
//! `--format markdown` prints the table of codes the documentation carries.

use crate::codes::{self, Code};
use crate::diagnostics::Diagnostic;
use crate::messages::Messages;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Words for a terminal.
    Text,
    /// The Markdown table of codes (with --all).
    Markdown,
}

/// One code, explained.
pub fn explain(code: Code, m: &Messages) -> String {
    let row = |label: &str, value: String| format!("{}: {value}\n", m.text(label));
    [
        row("explain-code", code.id().to_string()),
        row("explain-name", code.name().to_string()),
        row("explain-severity", code.severity_word(m)),
        row("explain-meaning", code.meaning(m)),
        row("explain-fix", code.fix(m)),
    ]
    .concat()
}

/// Every code, explained, one paragraph each.
pub fn explain_all(m: &Messages) -> String {
    Code::ALL
        .iter()
        .map(|c| explain(*c, m))
        .collect::<Vec<_>>()
        .join("\n")
}

/// What `herald explain` prints for `what` (a code or a name, or `None` with `all`), or the
/// finding that says what to type instead.
pub fn output(
    what: Option<&str>,
    all: bool,
    format: Format,
    m: &Messages,
) -> Result<String, Diagnostic> {
    if all {
        return Ok(match format {
            Format::Markdown => codes::table(m),
            Format::Text => explain_all(m),
        });
    }
    let Some(what) = what else {
        return Err(Diagnostic::error(m.text("explain-missing")));
    };
    match Code::parse(what.trim()) {
        Some(code) => Ok(explain(code, m)),
        None => Err(Diagnostic::error(
            m.format("explain-unknown", &[("code", what.to_string().into())]),
        )
        .with_hint(m.text("explain-unknown-hint"))),
    }
}

pub fn run(what: Option<&str>, all: bool, format: Format, m: &Messages) -> i32 {
    match output(what, all, format, m) {
        Ok(text) => {
            print!("{text}");
            0
        }
        Err(d) => {
            eprintln!("{d}");
            2
        }
    }
}
