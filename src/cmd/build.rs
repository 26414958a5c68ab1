//! `herald build`: the whole pipeline, then the atomic write; prints warnings, errors and a
//! one-line summary.

use std::path::{Path, PathBuf};
use std::time::Duration;

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
                "{}",
                crate::tr!(
                    "build-up-to-date",
                    out = out.display().to_string(),
                    files = crate::tr!("count-files", count = files),
                    seconds = super::seconds(elapsed)
                )
            );
            0
        }
        Ok((Outcome::Built(built), files, elapsed)) => {
            super::report(&built.warnings);
            println!("{}", summary(&built, files, elapsed, &out));
            if let Some(next) = built.scheduled.first() {
                let next = next.to_string();
                let count = built.scheduled.len();
                println!(
                    "{}",
                    crate::tr!("build-scheduled", count = count, next = next)
                );
            }
            let img = &built.images;
            if img.pictures > 0 {
                println!(
                    "{}",
                    crate::tr!(
                        "build-pictures",
                        count = img.pictures,
                        processed = img.processed,
                        cached = img.cached,
                        dir = img.cache_dir.display().to_string()
                    )
                );
            }
            0
        }
        Err(failure) => {
            super::report(&failure.0);
            let n = failure.0.iter().filter(|d| d.is_error()).count();
            eprintln!("{}", crate::tr!("build-failed", count = n));
            1
        }
    }
}

/// The line a successful build ends with: languages, pages, PDFs, files, time, folder.
fn summary(built: &pipeline::Built, files: usize, elapsed: Duration, out: &Path) -> String {
    let mut counts = vec![crate::tr!("count-pages", count = built.pages)];
    let pdfs = built.pdf.rendered + built.pdf.cached;
    if pdfs > 0 {
        counts.push(crate::tr!(
            "count-pdfs",
            count = pdfs,
            rendered = built.pdf.rendered,
            cached = built.pdf.cached
        ));
    }
    counts.push(crate::tr!("count-files", count = files));
    crate::tr!(
        "build-done",
        languages = crate::tr!("count-languages", count = built.languages.len()),
        list = built.languages.join(", "),
        counts = counts.join(", "),
        seconds = super::seconds(elapsed),
        out = out.display().to_string()
    )
}
