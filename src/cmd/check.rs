//! `herald check`: runs the checks of `crate::check` and prints the findings as text for people
//! (coloured on a terminal), as GitHub Actions annotations, or as JSON lines; the exit code says
//! whether CI may publish.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::check;
use crate::diagnostics::{Code, Diagnostic, Severity};
use crate::paths::Slashed;
use crate::pipeline::Options;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// `file:line:col: error[H012]: message` and a hint, coloured on a terminal.
    Human,
    /// GitHub Actions annotations (`::error file=...,line=...::message`).
    Github,
    /// One JSON object per finding, one per line.
    Json,
}

pub struct Args {
    pub root: PathBuf,
    pub format: Format,
    pub strict: bool,
    pub external: bool,
    pub timeout_secs: u64,
    pub concurrency: usize,
    pub max_picture_mb: f64,
    pub allow: Vec<String>,
    pub base_url: Option<String>,
    pub drafts: bool,
}

/// Exit codes.
pub const CLEAN: i32 = 0;
pub const FOUND: i32 = 1;
pub const UNREADABLE: i32 = 2;

pub fn run(args: Args) -> i32 {
    let mut allowed = Vec::new();
    for a in &args.allow {
        match Code::parse(a) {
            Some(c) => allowed.push(c),
            None => {
                eprintln!(
                    "{}",
                    Diagnostic::error(crate::tr!("check-allow-unknown", code = a.as_str()))
                );
                return UNREADABLE;
            }
        }
    }
    let opts = Options {
        root: args.root.clone(),
        base_url: args.base_url.clone(),
        drafts: args.drafts,
        future: false,
        progress: false,
    };
    let copts = check::Options {
        external: args.external,
        timeout: Duration::from_secs(args.timeout_secs.max(1)),
        concurrency: args.concurrency.max(1),
        max_picture_bytes: (args.max_picture_mb.max(0.0) * 1_000_000.0) as u64,
        today: jiff::ZonedDateTime::now().date(),
    };
    let report = check::run(&opts, &copts);
    let findings: Vec<Diagnostic> = report
        .findings
        .into_iter()
        .filter(|d| d.code.is_none_or(|c| !allowed.contains(&c)))
        .collect();
    let stdout = std::io::stdout();
    let mut w = stdout.lock();
    let text = match args.format {
        Format::Human => human(&findings, color_wanted(std::io::stdout().is_terminal())),
        Format::Github => github(&findings, &args.root),
        Format::Json => json(&findings),
    };
    let _ = w.write_all(text.as_bytes());
    let _ = w.flush();
    exit_code(&findings, report.unreadable, args.strict)
}

pub fn exit_code(findings: &[Diagnostic], unreadable: bool, strict: bool) -> i32 {
    if unreadable {
        UNREADABLE
    } else if findings
        .iter()
        .any(|d| d.is_error() || (strict && d.severity == Severity::Warning))
    {
        FOUND
    } else {
        CLEAN
    }
}

/// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
fn color_wanted(terminal: bool) -> bool {
    terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The severity as GitHub's workflow commands and the JSON lines name it, in every language.
fn severity_key(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The severity in the chosen language (the code beside it stays as it is).
fn severity_word(s: Severity) -> String {
    crate::tr!(match s {
        Severity::Error => "label-error",
        Severity::Warning => "label-warning",
    })
}

fn location(d: &Diagnostic, prefix: Option<&Path>) -> Option<String> {
    let file = d.file.as_ref()?;
    let file = match prefix {
        Some(p) => p.join(file),
        None => file.clone(),
    };
    let mut s = file.slashed();
    if let Some(l) = d.line {
        s.push_str(&format!(":{l}"));
        if let Some(c) = d.column {
            s.push_str(&format!(":{c}"));
        }
    }
    Some(s)
}

/// `file:line:col: error[H012]: message`, the hint below, and a summary line.
pub fn human(findings: &[Diagnostic], color: bool) -> String {
    let paint = |code: &str, s: &str| {
        if color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    for d in findings {
        if let Some(loc) = location(d, None) {
            out.push_str(&paint("1", &loc));
            out.push_str(": ");
        }
        let word = severity_word(d.severity);
        let label = match d.code {
            Some(c) => format!("{word}[{}]", c.id()),
            None => word,
        };
        out.push_str(&paint(if d.is_error() { "1;31" } else { "1;33" }, &label));
        out.push_str(": ");
        out.push_str(&d.message);
        out.push('\n');
        if let Some(h) = &d.hint {
            let label = format!("{}:", crate::tr!("label-hint"));
            out.push_str(&format!("  {} {h}\n", paint("1;36", &label)));
        }
    }
    out.push_str(&summary(findings));
    out
}

fn summary(findings: &[Diagnostic]) -> String {
    let errors = findings.iter().filter(|d| d.is_error()).count();
    let warnings = findings.len() - errors;
    if findings.is_empty() {
        return crate::tr!("check-clean") + "\n";
    }
    let mut by_code: BTreeMap<&str, (usize, &str)> = BTreeMap::new();
    for d in findings {
        if let Some(c) = d.code {
            by_code.entry(c.id()).or_insert((0, c.name())).0 += 1;
        }
    }
    let codes: Vec<String> = by_code
        .iter()
        .map(|(id, (n, name))| format!("{id} {name} ×{n}"))
        .collect();
    let mut s = crate::tr!(
        "check-summary",
        errors = crate::tr!("check-errors", count = errors),
        warnings = crate::tr!("check-warnings", count = warnings),
        codes = codes.join(", ")
    ) + "\n";
    // Missing translations, listed per language.
    let mut per_lang: BTreeMap<String, usize> = BTreeMap::new();
    for d in findings
        .iter()
        .filter(|d| d.code == Some(Code::MissingTranslation))
    {
        if let Some(lang) = d.message.split('`').nth(1) {
            *per_lang.entry(lang.to_string()).or_default() += 1;
        }
    }
    if !per_lang.is_empty() {
        let list: Vec<String> = per_lang.iter().map(|(l, n)| format!("{l}: {n}")).collect();
        s.push_str(&crate::tr!(
            "check-missing-translations",
            list = list.join(", ")
        ));
        s.push('\n');
    }
    s
}

/// GitHub Actions workflow commands: data escapes `%`, CR and LF; properties also `:` and `,`.
fn gh_escape(s: &str, property: bool) -> String {
    let mut out = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    if property {
        out = out.replace(':', "%3A").replace(',', "%2C");
    }
    out
}

/// One `::error`/`::warning` line per finding; file paths relative to the working directory
/// (the repository root in a workflow), so annotations land on the right file.
pub fn github(findings: &[Diagnostic], root: &Path) -> String {
    let prefix = (root != Path::new(".") && root != Path::new("")).then_some(root);
    let mut out = String::new();
    for d in findings {
        let mut props = Vec::new();
        // Files of the built-in theme are not in the repository: no annotation on a file.
        let in_repo = d
            .file
            .as_ref()
            .filter(|f| !f.starts_with("<built-in theme>"));
        if let Some(file) = in_repo {
            let file = match prefix {
                Some(p) => p.join(file),
                None => file.clone(),
            };
            props.push(format!("file={}", gh_escape(&file.slashed(), true)));
            if let Some(l) = d.line {
                props.push(format!("line={l}"));
                if let Some(c) = d.column {
                    props.push(format!("col={c}"));
                }
            }
        }
        if let Some(c) = d.code {
            props.push(format!("title={}", gh_escape(&c.to_string(), true)));
        }
        let mut msg = d.message.clone();
        if let Some(h) = &d.hint {
            msg.push_str(&format!("\n{}: ", crate::tr!("label-hint")));
            msg.push_str(h);
        }
        let props = if props.is_empty() {
            String::new()
        } else {
            format!(" {}", props.join(","))
        };
        out.push_str(&format!(
            "::{}{props}::{}\n",
            severity_key(d.severity),
            gh_escape(&msg, false)
        ));
    }
    out
}

/// One JSON object per finding, one per line (JSON Lines).
pub fn json(findings: &[Diagnostic]) -> String {
    #[derive(serde::Serialize)]
    struct Finding<'a> {
        severity: &'a str,
        code: Option<&'a str>,
        name: Option<&'a str>,
        file: Option<String>,
        line: Option<usize>,
        column: Option<usize>,
        message: &'a str,
        hint: Option<&'a str>,
    }
    let mut out = String::new();
    for d in findings {
        let f = Finding {
            severity: severity_key(d.severity),
            code: d.code.map(|c| c.id()),
            name: d.code.map(|c| c.name()),
            file: d.file.as_ref().map(|f| f.slashed()),
            line: d.line,
            column: d.column,
            message: &d.message,
            hint: d.hint.as_deref(),
        };
        out.push_str(&serde_json::to_string(&f).unwrap_or_default());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<Diagnostic> {
        vec![Diagnostic::error("no alt, 100%")
            .with_code(Code::MissingAlt)
            .in_file("content/a b.lv.md")
            .at(3, 5)
            .with_hint("describe it")]
    }

    #[test]
    fn human_has_code_in_brackets_and_no_colour_off_terminal() {
        let s = human(&sample(), false);
        assert!(s.starts_with(
            "content/a b.lv.md:3:5: error[H012]: no alt, 100%\n  hint: describe it\n"
        ));
        assert!(!s.contains('\x1b'));
        assert!(human(&sample(), true).contains("\x1b[1;31merror[H012]\x1b[0m"));
    }

    #[test]
    fn github_escapes_data_and_properties() {
        let s = github(&sample(), Path::new("site"));
        assert_eq!(
            s,
            "::error file=site/content/a b.lv.md,line=3,col=5,title=H012 missing-alt::no alt, 100%25%0Ahint: describe it\n"
        );
    }

    #[test]
    fn exit_codes() {
        let w = vec![Diagnostic::warning("w").with_code(Code::FutureDate)];
        assert_eq!(exit_code(&w, false, false), CLEAN);
        assert_eq!(exit_code(&w, false, true), FOUND);
        assert_eq!(exit_code(&sample(), false, false), FOUND);
        assert_eq!(exit_code(&[], true, false), UNREADABLE);
    }
}
