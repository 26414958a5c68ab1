//! Two outputs at one address are decided by a rule, never by which worker wrote first: a file
//! of the site (`static/`, a theme's `static/`, a file in `content/`) replaces herald's own only
//! where users are expected to write their own ([`OVERRIDABLE`]: `robots.txt`); anywhere else two
//! files at one address, or a file where another output needs a folder, is an error naming both.
//! An output whose path has a name Windows cannot hold (`con`, `a:b`, `photo.`) is an error too,
//! so the published folder can be checked out, zipped and uploaded from Windows.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diagnostics::{Code, Diagnostic};
use crate::model::Site;
use crate::output::{OutputContents, OutputFile};
use crate::paths::Slashed;

/// Files herald writes that a file of the same name in `static/` replaces.
pub const OVERRIDABLE: &[&str] = &["robots.txt"];

/// Where an output comes from: a file of the site (relative to its folder), a file of the
/// built-in theme, or herald.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Origin {
    Site(PathBuf),
    BuiltinTheme,
    Herald,
}

fn origin(root: &Path, f: &OutputFile) -> Origin {
    match &f.contents {
        OutputContents::Copy(src) => match src.strip_prefix(root) {
            Ok(rel) => Origin::Site(rel.to_path_buf()),
            // Processed pictures and PDFs are copied from herald's cache.
            Err(_) => Origin::Herald,
        },
        OutputContents::Static(_) => Origin::BuiltinTheme,
        _ => Origin::Herald,
    }
}

/// What an output is, for messages: the site's file, or what herald makes there.
fn describe(site: &Site, path: &str, origin: &Origin) -> String {
    match origin {
        Origin::Site(rel) => return rel.display().to_string(),
        Origin::BuiltinTheme => return crate::tr!("collisions-builtin", path = path),
        Origin::Herald => {}
    }
    let page = site
        .pages
        .iter()
        .find(|p| format!("{}index.html", p.path) == path)
        .map(|p| p.file.clone())
        .or_else(|| {
            site.sections
                .iter()
                .find(|s| format!("{}index.html", s.path) == path)
                .and_then(|s| s.file.clone())
        });
    if let Some(file) = page {
        return crate::tr!("collisions-page-of", file = file.display().to_string());
    }
    let kind = match path.rsplit_once('.').map_or("", |(_, ext)| ext) {
        "html" => "page",
        "xml" => "feed",
        "pdf" => "pdf",
        _ if path.starts_with(crate::images::OUTPUT_DIR) => "picture",
        _ => "file",
    };
    crate::tr!("collisions-own", kind = kind, path = path)
}

/// Settles outputs that share an address or where one needs a folder another is a file at:
/// removes herald's file where a site file overrides it, returns an error for every other
/// clash. Deterministic: the same site always gives the same outputs or the same errors.
pub fn settle(site: &Site, files: &mut Vec<OutputFile>) -> Vec<Diagnostic> {
    let mut by_path: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, f) in files.iter().enumerate() {
        by_path.entry(f.path.as_str()).or_default().push(i);
    }
    let origins: Vec<Origin> = files.iter().map(|f| origin(&site.root, f)).collect();
    let mut errors = Vec::new();
    let mut drop = vec![false; files.len()];
    for (path, all) in by_path.iter().filter(|(_, all)| all.len() > 1) {
        let (ours, theirs): (Vec<usize>, Vec<usize>) =
            all.iter().partition(|&&i| origins[i] == Origin::Herald);
        // Two of herald's own at one address are two pages on one slug: the model's error.
        if theirs.is_empty() {
            continue;
        }
        let overridable = OVERRIDABLE.contains(path)
            && theirs.len() == 1
            && ours
                .iter()
                .all(|&i| !matches!(files[i].contents, OutputContents::Streamed));
        if overridable {
            ours.iter().for_each(|&i| drop[i] = true);
            continue;
        }
        let mut names: Vec<String> = theirs
            .iter()
            .chain(&ours)
            .map(|&i| describe(site, path, &origins[i]))
            .collect();
        names.dedup();
        errors.push(clash(
            crate::tr!(
                "collisions-same-address",
                names = names.join(&format!(" {} ", crate::tr!("collisions-and"))),
                path = *path
            ),
            theirs.first().map(|&i| &origins[i]),
        ));
    }
    for (path, all) in &by_path {
        for (at, _) in path.match_indices('/') {
            let Some(folder) = by_path.get(&path[..at]) else {
                continue;
            };
            let (file, inside) = (folder[0], all[0]);
            let Some(site_file) = [file, inside]
                .into_iter()
                .map(|i| &origins[i])
                .find(|o| **o != Origin::Herald)
            else {
                continue;
            };
            errors.push(clash(
                crate::tr!(
                    "collisions-folder",
                    file = describe(site, &path[..at], &origins[file]),
                    path = &path[..at],
                    inside = describe(site, path, &origins[inside])
                ),
                Some(site_file),
            ));
        }
    }
    let mut i = 0;
    files.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
    errors
}

/// The first name in `path` that Windows cannot hold: the path up to it, the name, and why.
fn windows_problem(path: &str) -> Option<(&str, &str, String)> {
    let mut end = 0;
    for segment in path.split('/') {
        end += segment.len();
        if let Some(why) = crate::paths::windows_name_problem(segment) {
            return Some((&path[..end], segment, why));
        }
        end += 1;
    }
    None
}

/// Pages and sections whose address holds a name Windows cannot hold, found before any page is
/// written (on Windows writing it would fail with a system error instead). Returns the errors
/// and the addresses they name, so [`windows_names`] does not name them again.
pub fn windows_names_of_pages(site: &Site) -> (Vec<Diagnostic>, BTreeSet<String>) {
    let pages = site.pages.iter().map(|p| (&p.path, Some(&p.file)));
    let sections = site.sections.iter().map(|s| (&s.path, s.file.as_ref()));
    let mut seen = BTreeSet::new();
    let mut errors = Vec::new();
    for (path, file) in pages.chain(sections) {
        let Some((at, name, why)) = windows_problem(path) else {
            continue;
        };
        if !seen.insert(at.to_string()) {
            continue;
        }
        let what = file.map_or_else(
            || crate::tr!("collisions-list-page", path = path.as_str()),
            |f| crate::tr!("collisions-page-of", file = f.slashed()),
        );
        let mut d = Diagnostic::error(crate::tr!(
            "collisions-windows",
            what = what,
            at = at,
            name = name,
            why = why
        ))
        .with_code(Code::WindowsName)
        .with_hint(crate::tr!("collisions-windows-hint"));
        if let Some(file) = file {
            d = d.in_file(file);
        }
        errors.push(d);
    }
    (errors, seen)
}

/// Outputs whose path holds a name Windows cannot hold ([`crate::paths::windows_name_problem`]),
/// each bad file or folder named once (not again when in `reported`), with the file of the
/// site it comes from.
pub fn windows_names(
    site: &Site,
    files: &[OutputFile],
    reported: &BTreeSet<String>,
) -> Vec<Diagnostic> {
    let mut seen = reported.clone();
    let mut errors = Vec::new();
    for f in files {
        let Some((at, name, why)) = windows_problem(&f.path) else {
            continue;
        };
        if !seen.insert(at.to_string()) {
            continue;
        }
        let origin = origin(&site.root, f);
        let mut d = Diagnostic::error(crate::tr!(
            "collisions-windows",
            what = describe(site, &f.path, &origin),
            at = at,
            name = name,
            why = why
        ))
        .with_code(Code::WindowsName)
        .with_hint(crate::tr!("collisions-windows-hint"));
        if let Origin::Site(rel) = origin {
            d = d.in_file(rel);
        }
        errors.push(d);
    }
    errors
}

fn clash(message: String, site_file: Option<&Origin>) -> Diagnostic {
    let mut d = Diagnostic::error(message)
        .with_code(Code::SameUrl)
        .with_hint(crate::tr!(
            "collisions-hint",
            files = OVERRIDABLE.join(", ")
        ));
    if let Some(Origin::Site(file)) = site_file {
        d = d.in_file(file);
    }
    d
}
