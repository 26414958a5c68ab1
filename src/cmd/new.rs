//! `herald new`: a news item or page in each language, front matter filled in (title, today's
//! date, the author of site.yaml, a commented empty gallery). `herald new "Title"` makes a news
//! item (a page bundle in content/news/); `herald new news/kick-off` a file at that path below
//! content/ (`/about` for a top-level page). Prints the paths; never overwrites a file.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::scaffold::{self, NewPage};
use crate::slug::slugify;

pub struct Args {
    pub root: PathBuf,
    pub what: String,
    pub langs: Option<Vec<String>>,
    pub bundle: bool,
    pub title: Option<String>,
}

/// Where the new page goes: its section (`news`, `` for top level) and name.
#[derive(Debug, PartialEq, Eq)]
pub struct Target {
    pub section: String,
    pub name: String,
    pub title: String,
    pub bundle: bool,
}

/// Reads `what`: a title (news item, bundle) or a path below content/.
pub fn target(what: &str, title: Option<&str>, bundle: bool, news: &str) -> Result<Target, String> {
    let what = what.trim();
    if !what.contains('/') {
        let name = slugify(what);
        if name.is_empty() {
            return Err(crate::tr!("new-no-name", what = what));
        }
        return Ok(Target {
            section: news.to_string(),
            name,
            title: title.unwrap_or(what).to_string(),
            bundle: true,
        });
    }
    let path = what.trim_matches('/');
    let path = path.strip_suffix(".md").unwrap_or(path);
    let (section, name) = match path.rsplit_once('/') {
        Some((s, n)) => (s.to_string(), n.to_string()),
        None => (String::new(), path.to_string()),
    };
    let section = section
        .strip_prefix("content/")
        .unwrap_or(&section)
        .to_string();
    let section = if section == "content" {
        String::new()
    } else {
        section
    };
    let bad = |s: &str| {
        s.split('/')
            .any(|seg| seg.is_empty() || seg == "." || seg == ".." || seg.starts_with('.'))
    };
    if name.is_empty()
        || bad(&name)
        || (!section.is_empty() && bad(&section))
        || name.contains('\\')
    {
        return Err(crate::tr!("new-not-a-path", what = what));
    }
    if name == "index" || name == "_index" {
        return Err(crate::tr!("new-reserved-name", name = name));
    }
    Ok(Target {
        title: title
            .map(str::to_string)
            .unwrap_or_else(|| scaffold::title_from_name(&name)),
        section,
        name,
        bundle,
    })
}

/// The section news items go to: `news` if it exists or nothing else does, else the first
/// top-level section with an `_index` file.
fn news_section(root: &Path) -> String {
    let content = root.join("content");
    if content.join("news").is_dir() {
        return "news".into();
    }
    let mut dirs: Vec<String> = std::fs::read_dir(&content)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                .filter(|e| {
                    std::fs::read_dir(e.path()).is_ok_and(|mut files| {
                        files.any(|f| {
                            f.ok().is_some_and(|f| {
                                f.file_name().to_string_lossy().starts_with("_index.")
                            })
                        })
                    })
                })
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    dirs.into_iter().next().unwrap_or_else(|| "news".into())
}

/// A file of the site as `new` prints it: below `--root`, without a leading `./`.
fn file_shown(root: &Path, file: &Path) -> PathBuf {
    let path = root.join(file);
    path.strip_prefix(".")
        .map_or(path.clone(), Path::to_path_buf)
}

/// The file of `target` in `lang`, relative to the site root.
fn file_of(t: &Target, lang: &str, bundle: bool) -> PathBuf {
    let dir = Path::new("content").join(&t.section);
    if bundle {
        dir.join(&t.name).join(format!("index.{lang}.md"))
    } else {
        dir.join(format!("{}.{lang}.md", t.name))
    }
}

pub fn run(args: Args) -> i32 {
    let config = match Config::load(&args.root) {
        Ok(c) => c,
        Err(f) => {
            super::report(&f.0);
            return 2;
        }
    };
    let langs = args
        .langs
        .clone()
        .unwrap_or_else(|| config.languages.clone());
    for l in &langs {
        if !config.languages.contains(l) {
            let error = crate::tr!(
                "new-not-site-language",
                lang = l.as_str(),
                languages = config.languages.join(", ")
            );
            eprintln!("{}", Diagnostic::error(error));
            return 1;
        }
    }
    // Site order, each once.
    let langs: Vec<String> = config
        .languages
        .iter()
        .filter(|l| langs.contains(l))
        .cloned()
        .collect();
    let t = match target(
        &args.what,
        args.title.as_deref(),
        args.bundle,
        &news_section(&args.root),
    ) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}", Diagnostic::error(e));
            return 1;
        }
    };
    // A page is either name.<lang>.md or name/index.<lang>.md: refuse if either exists.
    for l in &config.languages {
        for bundle in [false, true] {
            let f = file_of(&t, l, bundle);
            if args.root.join(&f).exists() {
                let file = args.root.join(&f).display().to_string();
                let error = Diagnostic::error(crate::tr!("new-exists", file = file))
                    .with_hint(crate::tr!("new-exists-hint"));
                eprintln!("{error}");
                return 1;
            }
        }
    }
    let default = config.default_lang().to_string();
    let carries = |l: &str| l == default || !langs.contains(&default);
    let base_name = if t.bundle {
        format!("index.{default}.md")
    } else {
        format!("{}.{default}.md", t.name)
    };
    let today = jiff::ZonedDateTime::now().date();
    let is_item = !t.section.is_empty();
    // A page named by its path and not given a --title: the language's own word for the
    // usual pages, else the title made from the name, which the user is told to translate.
    let from_path = args.title.is_none() && args.what.contains('/');
    let mut untranslated = Vec::new();
    for l in &langs {
        let title = match from_path.then(|| scaffold::page_title(&t.name, l)) {
            Some(Some(word)) => word.to_string(),
            Some(None) if *l != default => {
                untranslated.push(file_of(&t, l, t.bundle));
                t.title.clone()
            }
            _ => t.title.clone(),
        };
        let text = scaffold::page(&NewPage {
            lang: l,
            title: &title,
            date: is_item.then_some(today),
            carries_shared: carries(l),
            base_file: Some(&base_name),
            author: scaffold::author_in(config.author.as_ref(), l, &default),
            summary: None,
            slug: None,
            body: None,
        });
        let path = args.root.join(file_of(&t, l, t.bundle));
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|_| {
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
        println!("{}", path.strip_prefix(".").unwrap_or(&path).display());
    }
    // A title in the default language in another language's file: say which to translate.
    let news_title_copied = !from_path && args.title.is_none() && langs.len() > 1;
    if news_title_copied {
        untranslated.extend(
            langs
                .iter()
                .filter(|l| **l != default)
                .map(|l| file_of(&t, l, t.bundle)),
        );
    }
    for file in untranslated {
        let note = Diagnostic::warning(crate::tr!(
            "new-title-to-translate",
            title = t.title.as_str()
        ))
        .in_file(file_shown(&args.root, &file))
        .at_line(2)
        .with_hint(crate::tr!("new-title-to-translate-hint"));
        eprintln!("{note}");
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_paths() {
        assert_eq!(
            target("Projekta noslēguma konference", None, false, "news").unwrap(),
            Target {
                section: "news".into(),
                name: "projekta-nosleguma-konference".into(),
                title: "Projekta noslēguma konference".into(),
                bundle: true
            }
        );
        assert_eq!(
            target("news/kick-off", None, false, "news").unwrap(),
            Target {
                section: "news".into(),
                name: "kick-off".into(),
                title: "Kick off".into(),
                bundle: false
            }
        );
        let about = target("/about", Some("Par projektu"), false, "news").unwrap();
        assert_eq!((about.section.as_str(), about.name.as_str()), ("", "about"));
        assert!(target("news/../x", None, false, "news").is_err());
        assert!(target("!!!", None, false, "news").is_err());
        assert!(target("news/index", None, false, "news").is_err());
    }
}
