//! Which files of the site folder are inputs: the one list of the input folders (`content/`,
//! `static/`, `templates/`, `themes/`, `i18n/`) and `site.yaml`, and, the same for each, names that
//! never are (hidden files and folders, editors' backups and swap files, the litter of file
//! managers), and the one rule for symbolic links: a link whose real target is inside the site
//! folder is followed, a link leaving it is refused, a broken link is an error. Nothing is read,
//! let alone published, before it passed these rules.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostics::{Code, Diagnostic};

/// The folders and files of a site that are inputs: what herald reads, watches, fingerprints,
/// and never writes into.
pub const INPUTS: &[&str] = &[
    "content",
    "static",
    "templates",
    "themes",
    "i18n",
    "site.yaml",
];

/// The input folders ([`INPUTS`] without `site.yaml`).
pub const INPUT_FOLDERS: &[&str] = INPUTS.split_last().unwrap().1;

/// An input as messages name it: `static/`, `site.yaml`.
pub fn shown_input(input: &str) -> String {
    if input.contains('.') {
        input.to_string()
    } else {
        format!("{input}/")
    }
}

/// A hidden file or folder (`.DS_Store`, `.git`, `.x.md.swp`, Emacs' `.#x.md` locks).
/// `.well-known` is a web standard (RFC 8615) and is published from `static/`.
pub fn is_hidden(name: &str) -> bool {
    name.starts_with('.') && name != ".well-known"
}

/// Backups, swap and lock files of editors and office suites, and the files file managers
/// leave in every folder: never a page, a picture or an attachment.
pub fn is_litter(name: &str) -> bool {
    const ENDINGS: &[&str] = &[".bak", ".orig", ".swp", ".swo", ".tmp"];
    const NAMES: &[&str] = &["thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r"];
    let lower = name.to_ascii_lowercase();
    name.ends_with('~')
        || name.starts_with("~$")
        || (name.len() > 1 && name.starts_with('#') && name.ends_with('#'))
        || ENDINGS.iter().any(|e| lower.ends_with(e))
        || NAMES.contains(&lower.as_str())
}

/// Whether a file of that name is never read nor published.
pub fn never_read(name: &str) -> bool {
    is_hidden(name) || is_litter(name)
}

/// The site folder as the file system knows it (symbolic links resolved).
fn real_root(root: &Path) -> PathBuf {
    dunce::canonicalize(root).unwrap_or_else(|_| root.to_path_buf())
}

fn shown(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// The link rule for one path that exists or is a link: Ok when its real location is inside
/// the site folder (or it is no link at all), else the error naming the link and its target.
pub fn check_link(root: &Path, path: &Path) -> Result<(), Diagnostic> {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(()); // Not there: whoever reads it says so.
    };
    match dunce::canonicalize(path) {
        Ok(real) if real.starts_with(real_root(root)) => Ok(()),
        Ok(real) => Err(Diagnostic::error(crate::tr!(
            "inputs-link-outside",
            link = shown(root, path).display().to_string(),
            target = real.display().to_string()
        ))
        .with_code(Code::FileUnreadable)
        .in_file(shown(root, path))
        .with_hint(crate::tr!("inputs-link-outside-hint"))),
        Err(_) if meta.file_type().is_symlink() => Err(broken_link(root, path)),
        Err(_) => Ok(()),
    }
}

fn broken_link(root: &Path, path: &Path) -> Diagnostic {
    let target = std::fs::read_link(path)
        .map(|t| t.display().to_string())
        .unwrap_or_else(|_| "?".into());
    Diagnostic::error(crate::tr!(
        "inputs-link-broken",
        link = shown(root, path).display().to_string(),
        target = target
    ))
    .with_code(Code::FileUnreadable)
    .in_file(shown(root, path))
    .with_hint(crate::tr!("inputs-link-broken-hint"))
}

/// What a walk of a folder found.
#[derive(Default)]
pub struct Walk {
    /// The files, in name order, hidden ones left out.
    pub files: Vec<walkdir::DirEntry>,
    /// Folders and links that cannot be read, links leaving the site folder, broken links.
    pub errors: Vec<Diagnostic>,
}

/// Every file below `dir` (a folder of the site at `root`), in name order: hidden files and
/// folders are left out, symbolic links are followed only inside the site folder.
pub fn walk(root: &Path, dir: &Path) -> Walk {
    let mut out = Walk::default();
    let real = real_root(root);
    let mut it = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = it.next() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let hidden = e
                    .path()
                    .and_then(Path::file_name)
                    .is_some_and(|n| is_hidden(&n.to_string_lossy()));
                // Emacs' lock files are broken links with hidden names: not the user's doing.
                if !hidden {
                    out.errors.push(walk_error(root, &e));
                }
                continue;
            }
        };
        let is_dir = entry.file_type().is_dir();
        let hidden = entry.depth() > 0 && is_hidden(&entry.file_name().to_string_lossy());
        let refused = !hidden
            && entry.path_is_symlink()
            && !dunce::canonicalize(entry.path()).is_ok_and(|r| r.starts_with(&real));
        if refused {
            out.errors.extend(check_link(root, entry.path()).err());
        }
        if hidden || refused {
            if is_dir {
                it.skip_current_dir();
            }
            continue;
        }
        if entry.file_type().is_file() {
            out.files.push(entry);
        }
    }
    out
}

fn walk_error(root: &Path, e: &walkdir::Error) -> Diagnostic {
    let path = e.path().unwrap_or(root);
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if e.loop_ancestor().is_none() && is_link && std::fs::metadata(path).is_err() {
        return broken_link(root, path);
    }
    let hint = if e.loop_ancestor().is_some() {
        "inputs-link-loop-hint"
    } else {
        "inputs-unreadable-hint"
    };
    // walkdir's own words are English: the loop and the system's reason in ours.
    let reason = match (e.loop_ancestor(), e.io_error()) {
        (Some(_), _) => crate::tr!("io-link-loop"),
        (None, Some(io)) => crate::messages::io_reason(io),
        (None, None) => e.to_string(),
    };
    Diagnostic::error(crate::tr!("inputs-unreadable", reason = reason))
        .with_code(Code::FileUnreadable)
        .in_file(shown(root, path))
        .with_hint(crate::tr!(hint))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn litter_and_hidden_names() {
        for name in [
            ".DS_Store",
            ".x.md.swp",
            ".#index.lv.md",
            "Thumbs.db",
            "desktop.ini",
            "x.jpg~",
            "~$doc.docx",
            "#x.md#",
            "photo.jpg.bak",
            "x.orig",
        ] {
            assert!(never_read(name), "{name}");
        }
        for name in [
            "photo.jpg",
            ".well-known",
            "dokuments.pdf",
            "#1.pdf",
            "a.md",
        ] {
            assert!(!never_read(name), "{name}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_inside_the_site_only() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), "x").unwrap();
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        let dir = root.join("static");
        std::fs::create_dir_all(dir.join("docs")).unwrap();
        std::fs::write(dir.join("docs/a.pdf"), "a").unwrap();
        let link = |target: &Path, name: &str| std::os::unix::fs::symlink(target, dir.join(name));
        link(&dir.join("docs/a.pdf"), "same.pdf").unwrap();
        link(&outside.path().join("secret"), "secret").unwrap();
        link(outside.path(), "elsewhere").unwrap();
        link(&dir.join("gone.pdf"), "broken.pdf").unwrap();
        let w = walk(root, &dir);
        let files: Vec<PathBuf> = w.files.iter().map(|e| shown(root, e.path())).collect();
        assert_eq!(
            files,
            [Path::new("static/docs/a.pdf"), Path::new("static/same.pdf")]
        );
        let errors: Vec<String> = w.errors.iter().map(|d| d.message.clone()).collect();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].starts_with("the symbolic link static/broken.pdf points to"));
        assert!(errors[0].ends_with("which does not exist"));
        assert!(errors[1].starts_with("the symbolic link static/elsewhere points to"));
        assert!(errors[2].ends_with("outside the site folder"), "{errors:?}");
        // A whole folder of the site that is a link to elsewhere.
        std::os::unix::fs::symlink(outside.path(), root.join("templates")).unwrap();
        let w = walk(root, &root.join("templates"));
        assert_eq!((w.files.len(), w.errors.len()), (0, 1));
        assert!(w.errors[0]
            .message
            .starts_with("the symbolic link templates points to"));
    }
}
