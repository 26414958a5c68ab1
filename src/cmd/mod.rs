//! One file per subcommand; each parses nothing itself (clap does, in `main.rs`) and returns
//! the process exit code.

pub mod build;
pub mod check;
pub mod cli;
pub mod cms;
pub mod explain;
pub mod init;
pub mod new;
pub mod schema;
pub mod serve;

use std::time::Duration;

use crate::diagnostics::Diagnostic;

/// Seconds with two decimals, as the chosen language writes them (`0.52`, `0,52`).
pub fn seconds(elapsed: Duration) -> String {
    crate::messages::decimal(elapsed.as_secs_f64(), 2)
}

/// The error for a file `init` or `new` could not write (the system's reason after it).
pub fn write_failed(path: &std::path::Path, error: &std::io::Error) -> Diagnostic {
    Diagnostic::error(crate::tr!(
        "write-failed",
        file = path.display().to_string(),
        error = crate::messages::io_reason(error)
    ))
}

/// Prints diagnostics to stderr, errors last so they stay on screen.
pub fn report(diags: &[Diagnostic]) {
    let mut sorted: Vec<&Diagnostic> = diags.iter().collect();
    sorted.sort_by_key(|d| d.severity);
    for d in sorted {
        eprintln!("{d}");
    }
}
