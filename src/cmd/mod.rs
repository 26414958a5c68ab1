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
use crate::messages::Lang;

/// Seconds with two decimals, as the chosen language writes them (`0.52`, `0,52`).
pub fn seconds(elapsed: Duration) -> String {
    let text = format!("{:.2}", elapsed.as_secs_f64());
    match crate::messages::get().lang() {
        Lang::En => text,
        Lang::Lv | Lang::Lt => text.replace('.', ","),
    }
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
