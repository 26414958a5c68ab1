//! `herald init DIR`: a new site, ready to build and to pass `check`: a commented site.yaml, the
//! news section's title in every language and one example item in every language. Nothing else:
//! the theme and the texts come from the binary (with `--cms`, the browser editor's
//! configuration too). Refuses a folder that is not empty.

use std::path::{Path, PathBuf};

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
        eprintln!("error: --lang needs at least one language code, e.g. --lang lv,lt");
        return 1;
    }
    if dir.is_file() {
        eprintln!(
            "error: {} is a file; give a folder for the new site",
            dir.display()
        );
        return 1;
    }
    if let Ok(mut entries) = std::fs::read_dir(dir) {
        if entries.next().is_some() {
            eprintln!(
                "error: {} is not empty; herald init makes a new site only in an empty or new folder",
                dir.display()
            );
            eprintln!("  hint: choose a new folder name, e.g. herald init my-site");
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
            eprintln!("error: cannot write {}: {e}", path.display());
            return 1;
        }
        println!("{}", path.display());
    }
    if cms && crate::cmd::cms::run(dir) != 0 {
        return 1;
    }
    println!(
        "Created a site in {}. Next: edit site.yaml, then `herald check --root {0}` and `herald build --root {0}`.",
        dir.display()
    );
    0
}
