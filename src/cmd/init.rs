//! `herald init DIR`: a new site, ready to build and to pass `check`: a commented site.yaml, the
//! news section's title in every language and one example item in every language. Nothing else:
//! the theme and the texts come from the binary (with `--cms`, the browser editor's
//! configuration too). Refuses a folder that is not empty.

use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;
use crate::scaffold;

/// The files of a new site with `langs` (the default first), relative to its folder.
pub fn files(langs: &[String], today: jiff::civil::Date) -> Vec<(PathBuf, String)> {
    let default = langs[0].as_str();
    let mut out = vec![(
        PathBuf::from("site.yaml"),
        scaffold::site_yaml(langs, today),
    )];
    for l in langs {
        out.push((
            PathBuf::from(format!("content/news/_index.{l}.md")),
            scaffold::news_index(l),
        ));
    }
    for l in langs {
        out.push((
            PathBuf::from(format!(
                "content/news/{}/index.{l}.md",
                scaffold::FIRST_ITEM
            )),
            scaffold::first_item(l, default, today),
        ));
    }
    out
}

/// `cms`: also write the browser editor's configuration (as `herald cms` does).
pub fn run(dir: &Path, langs: &[String], cms: bool) -> i32 {
    let langs: Vec<String> = langs
        .iter()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    if langs.is_empty() {
        eprintln!("{}", Diagnostic::error(crate::tr!("init-no-languages")));
        return 1;
    }
    let shown = dir.display().to_string();
    if dir.is_file() {
        eprintln!(
            "{}",
            Diagnostic::error(crate::tr!("init-is-file", dir = shown))
        );
        return 1;
    }
    if let Ok(mut entries) = std::fs::read_dir(dir) {
        if entries.next().is_some() {
            let error = Diagnostic::error(crate::tr!("init-not-empty", dir = shown))
                .with_hint(crate::tr!("init-not-empty-hint"));
            eprintln!("{error}");
            return 1;
        }
    }
    let files = files(&langs, jiff::ZonedDateTime::now().date());
    for (rel, text) in &files {
        let path = dir.join(rel);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|_| {
                // create_new: never replace a file, even one that appeared meanwhile.
                std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&path)
            })
            .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()));
        if let Err(e) = written {
            eprintln!("{}", super::write_failed(&path, &e));
            return 1;
        }
        println!("{}", path.display());
    }
    if cms && crate::cmd::cms::run(dir) != 0 {
        return 1;
    }
    println!("{}", crate::tr!("init-done", dir = shown));
    0
}
