//! Stray files: names at the site root that look meant for herald but are not what it reads
//! (`site.yml`, `Content/`, `locales/` ...), and files in i18n/ other than the `.ftl` files.
//! Read from the folder itself, so they are found even when the site cannot be built.

use std::path::Path;

use crate::diagnostics::{Code, Diagnostic};

/// Names at the site root that look like herald's inputs but are not what herald reads.
const MISSPELLED: &[(&str, &str)] = &[
    ("site.yml", "site.yaml"),
    ("config.yaml", "site.yaml"),
    ("config.yml", "site.yaml"),
    ("config.toml", "site.yaml"),
    ("hugo.toml", "site.yaml"),
    ("contents", "content"),
    ("template", "templates"),
    ("theme", "themes"),
    ("statics", "static"),
    ("locales", "i18n"),
    ("locale", "i18n"),
    ("translations", "i18n"),
];

/// A stray-file warning at `path`.
fn stray(path: impl AsRef<Path>, message: String, hint: String) -> Diagnostic {
    Diagnostic::warning(message)
        .with_code(Code::StrayFile)
        .in_file(path)
        .with_hint(hint)
}

/// Files and folders herald does not read although they look meant for it.
pub fn stray_files(root: &Path) -> Vec<Diagnostic> {
    let mut out = misspelled_inputs(root);
    // Files of content/ that look like pages are the listing's warnings (`content`).
    out.extend(stray_i18n_files(root));
    out
}

/// Names at the site root that are near misses of an input's name (another spelling, or
/// another case).
fn misspelled_inputs(root: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut names: Vec<String> = std::fs::read_dir(root)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    for name in &names {
        let lower = name.to_lowercase();
        let meant = MISSPELLED
            .iter()
            .find(|(wrong, _)| *wrong == lower)
            .map(|(_, right)| *right)
            .or_else(|| {
                crate::inputs::INPUTS
                    .iter()
                    .find(|n| **n == lower && *n != name)
                    .copied()
            });
        if let Some(meant) = meant {
            out.push(stray(
                name,
                crate::tr!("stray-root", name = name.as_str()),
                crate::tr!("stray-root-hint", meant = meant),
            ));
        }
    }
    out
}

/// Files of i18n/ that are not Fluent files (`<language>.ftl`), which is all herald reads there.
fn stray_i18n_files(root: &Path) -> Vec<Diagnostic> {
    let Ok(entries) = std::fs::read_dir(root.join("i18n")) else {
        return Vec::new();
    };
    let mut files: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !crate::inputs::never_read(n) && !n.ends_with(".ftl"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|n| {
            stray(
                Path::new("i18n").join(&n),
                crate::tr!("stray-i18n", name = n.as_str()),
                crate::tr!("stray-i18n-hint"),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paths::Slashed;

    #[test]
    fn stray_files_are_near_misses_only() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for f in [
            "site.yaml",
            "site.yml",
            "Content/x.md",
            "README.md",
            "src/main.rs",
            "content/b.LV.md",
            "i18n/lv.ftl",
            "i18n/notes.txt",
        ] {
            let p = root.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        let files: Vec<String> = stray_files(root)
            .iter()
            .map(|d| d.file.as_ref().unwrap().slashed())
            .collect();
        assert_eq!(files, ["Content", "site.yml", "i18n/notes.txt"]);
    }
}
