//! `herald build`: the whole pipeline, then the atomic write; prints warnings, errors and a
//! one-line summary.

use std::path::PathBuf;

use crate::pipeline::{self, Options, Outcome};

pub struct Args {
    pub root: PathBuf,
    pub out: Option<PathBuf>,
    pub base_url: Option<String>,
    pub drafts: bool,
    /// Publish news items dated in the future now.
    pub future: bool,
    /// Build even when nothing changed since the last build.
    pub force: bool,
}

pub fn run(args: Args) -> i32 {
    let out = args.out.unwrap_or_else(|| args.root.join("public"));
    let opts = Options {
        root: args.root,
        base_url: args.base_url,
        drafts: args.drafts,
        future: args.future,
        progress: true,
    };
    match pipeline::build_to(&opts, &out, args.force) {
        Ok((Outcome::UpToDate { warnings }, files, elapsed)) => {
            for w in warnings {
                eprintln!("{w}");
            }
            println!(
                "Nothing changed since the last build: {} is up to date ({files} files, checked in {:.2} s; --force builds anyway)",
                out.display(),
                elapsed.as_secs_f64()
            );
            0
        }
        Ok((Outcome::Built(built), files, elapsed)) => {
            super::report(&built.warnings);
            let pdfs = built.pdf.rendered + built.pdf.cached;
            let pdfs = if pdfs > 0 {
                format!(
                    "{pdfs} PDF{} ({} rendered, {} from the cache), ",
                    if pdfs == 1 { "" } else { "s" },
                    built.pdf.rendered,
                    built.pdf.cached
                )
            } else {
                String::new()
            };
            println!(
                "Built {} languages ({}): {} pages, {pdfs}{} files in {:.2} s -> {}",
                built.languages.len(),
                built.languages.join(", "),
                built.pages,
                files,
                elapsed.as_secs_f64(),
                out.display()
            );
            if let Some(next) = built.scheduled.first() {
                let n = built.scheduled.len();
                println!(
                    "Scheduled: {n} news item{} dated in the future {} held back; the next is due on {next} (a build on or after that day publishes it; --future publishes them now)",
                    if n == 1 { "" } else { "s" },
                    if n == 1 { "is" } else { "are" },
                );
            }
            let img = &built.images;
            if img.pictures > 0 {
                println!(
                    "Pictures: {} ({} processed, {} from the cache in {})",
                    img.pictures,
                    img.processed,
                    img.cached,
                    img.cache_dir.display()
                );
            }
            0
        }
        Err(failure) => {
            super::report(&failure.0);
            let n = failure.0.iter().filter(|d| d.is_error()).count();
            eprintln!(
                "Build failed with {n} error{}; the previous output (if any) is unchanged.",
                if n == 1 { "" } else { "s" }
            );
            1
        }
    }
}
