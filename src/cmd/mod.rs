//! One file per subcommand; each parses nothing itself (clap does, in `main.rs`) and returns
//! the process exit code.

pub mod build;
pub mod check;
pub mod cms;
pub mod explain;
pub mod init;
pub mod new;
pub mod schema;
pub mod serve;

use crate::diagnostics::Diagnostic;

/// Prints diagnostics to stderr, errors last so they stay on screen.
pub fn report(diags: &[Diagnostic]) {
    let mut sorted: Vec<&Diagnostic> = diags.iter().collect();
    sorted.sort_by_key(|d| d.severity);
    for d in sorted {
        eprintln!("{d}");
    }
}
