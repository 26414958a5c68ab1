//! Pictures: which pictures the pages use (cover, gallery entries, Markdown pictures and links
//! to picture files), and the checks on them: alt text missing or equal to the file name,
//! originals heavier than a limit, pictures in content/ that no page uses. Works from the front
//! matter and the Markdown as written, not from the rendered HTML, so a change in how pictures
//! are rendered (resized copies, srcset) does not change what is checked.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::Src;
use crate::diagnostics::{Code, Diagnostic};
use crate::paths::normalize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UseKind {
    Cover,
    Gallery,
    /// `![alt](photo.jpg)` or `<img src>` in the text.
    Markdown,
    /// `[text](photo.jpg)`: a link to the picture file.
    Link,
}

#[derive(Debug, Clone)]
pub struct PictureUse {
    /// The Markdown file that uses the picture.
    pub page: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// As written.
    pub name: String,
    /// Relative to the site root.
    pub picture: PathBuf,
    /// The alt text, where the kind of use has one (`None`: not given).
    pub alt: Option<String>,
    pub kind: UseKind,
    /// False for drafts left out of the build: their pictures count as used, but are not checked.
    pub published: bool,
}

pub const PICTURE_EXTENSIONS: &[&str] = &[
    "jpg", "jpeg", "png", "gif", "webp", "avif", "tif", "tiff", "heic", "heif", "bmp", "svg",
];

/// Whether `path` names a picture of any common format (GIF, SVG, HEIC ... too), not only the
/// kinds the pipeline processes ([`crate::paths::is_picture`]): what a page may link to or
/// leave unused in content/.
pub fn is_any_picture_format(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PICTURE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Every picture check: alt texts of the pictures the pages use, then the picture files
/// (weight, unused).
pub fn check(root: &Path, assets: &[PathBuf], sources: &[Src], limit: u64) -> Vec<Diagnostic> {
    let uses = uses(sources);
    let mut out = check_alt(&uses);
    out.extend(check_files(root, assets, &uses, limit));
    out
}

/// The file (relative to the site root) a destination written in a page in `dir` names, or
/// None for web addresses and anchors. `/x.jpg` is in static/.
pub fn source_of(dir: &Path, dest: &str) -> Option<PathBuf> {
    let dest = dest.trim();
    if dest.is_empty() || dest.starts_with('#') || dest.starts_with("//") {
        return None;
    }
    if let Some(i) = dest.find(':') {
        if dest.find(['/', '?', '#']).is_none_or(|j| i < j) {
            return None;
        }
    }
    let path = dest.split(['#', '?']).next().unwrap_or("");
    let path = super::links::percent_decode(path);
    let joined = match path.strip_prefix('/') {
        Some(rest) if rest.ends_with(".md") => Path::new("content").join(rest),
        Some(rest) => Path::new("static").join(rest),
        None => dir.join(&path),
    };
    normalize(&joined)
}

/// Line of a gallery entry's `image: <name>` at or after `from` (the `gallery:` line).
fn entry_line(text: &str, from: usize, name: &str) -> Option<usize> {
    text.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .take_while(|(i, l)| *i + 1 == from || l.trim() != "---")
        .find(|(_, l)| l.contains("image:") && l.contains(name))
        .map(|(i, _)| i + 1)
}

/// Every use of a picture by the site's pages (drafts included, marked unpublished).
pub fn uses(sources: &[Src]) -> Vec<PictureUse> {
    let mut out = Vec::new();
    for s in sources {
        let p = &s.page;
        let file = &p.file;
        if let crate::content::Front::Page(front) = &p.front {
            if let Some(cover) = &front.cover {
                if let Some(picture) = source_of(&p.dir, cover) {
                    out.push(PictureUse {
                        page: file.clone(),
                        line: p.media_lines.0,
                        column: None,
                        name: cover.clone(),
                        picture,
                        alt: None,
                        kind: UseKind::Cover,
                        published: s.published,
                    });
                }
            }
            for g in front.gallery.iter().flatten() {
                let Some(image) = &g.image else { continue };
                let Some(picture) = source_of(&p.dir, image) else {
                    continue;
                };
                let line = p
                    .media_lines
                    .1
                    .and_then(|from| entry_line(&s.text, from, image))
                    .or(p.media_lines.1);
                out.push(PictureUse {
                    page: file.clone(),
                    line,
                    column: None,
                    name: image.clone(),
                    picture,
                    alt: crate::content::text_for(&g.alt, &p.lang, &p.lang).map(String::from),
                    kind: UseKind::Gallery,
                    published: s.published,
                });
            }
        }
        for r in &s.refs {
            let Some(picture) = source_of(&p.dir, &r.dest) else {
                continue;
            };
            if !is_any_picture_format(&picture) {
                continue;
            }
            out.push(PictureUse {
                page: file.clone(),
                line: Some(r.line),
                column: Some(r.column),
                name: r.dest.clone(),
                picture,
                alt: r.image_alt.clone(),
                kind: if r.is_image && !r.raw {
                    UseKind::Markdown
                } else {
                    UseKind::Link
                },
                published: s.published,
            });
        }
    }
    out
}

/// Alt text missing, or nothing but the file name.
pub fn check_alt(uses: &[PictureUse]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for u in uses.iter().filter(|u| u.published) {
        if !matches!(u.kind, UseKind::Gallery | UseKind::Markdown) {
            continue;
        }
        let at = |d: Diagnostic| {
            let d = d.in_file(&u.page);
            match (u.line, u.column) {
                (Some(l), Some(c)) => d.at(l, c),
                (Some(l), None) => d.at_line(l),
                _ => d,
            }
        };
        let alt = u.alt.as_deref().map(str::trim).unwrap_or("");
        let file_name = u
            .picture
            .file_name()
            .map(|f| f.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let stem = u
            .picture
            .file_stem()
            .map(|f| f.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if alt.is_empty() {
            let hint = match u.kind {
                UseKind::Gallery => {
                    crate::tr!("pictures-no-alt-gallery-hint", file = u.name.as_str())
                }
                _ => crate::tr!("pictures-no-alt-hint", file = u.name.as_str()),
            };
            out.push(at(Diagnostic::error(crate::tr!(
                "picture-no-alt",
                file = u.name.as_str()
            ))
            .with_code(Code::MissingAlt)
            .with_hint(hint)));
        } else {
            let lower = alt.to_lowercase();
            if lower == file_name || lower == stem {
                out.push(at(Diagnostic::error(crate::tr!(
                    "pictures-alt-is-file-name",
                    file = u.name.as_str()
                ))
                .with_code(Code::AltIsFileName)
                .with_hint(crate::tr!("pictures-alt-is-file-name-hint"))));
            }
        }
    }
    out
}

/// Pictures of content/ that no page uses, and pictures heavier than `limit` bytes.
pub fn check_files(
    root: &Path,
    assets: &[PathBuf],
    uses: &[PictureUse],
    limit: u64,
) -> Vec<Diagnostic> {
    let used: HashSet<&Path> = uses.iter().map(|u| u.picture.as_path()).collect();
    // A page that names the picture in another letter case uses it: that mistake is said once,
    // at the page's line, not again as an unused picture.
    let used_any_case: HashSet<String> = uses
        .iter()
        .map(|u| u.picture.to_string_lossy().to_lowercase())
        .collect();
    let mut out = Vec::new();
    let mut pictures: Vec<&Path> = assets
        .iter()
        .map(PathBuf::as_path)
        .filter(|a| is_any_picture_format(a))
        .collect();
    for a in &pictures {
        if !used.contains(a) && !used_any_case.contains(&a.to_string_lossy().to_lowercase()) {
            out.push(
                Diagnostic::warning(crate::tr!(
                    "pictures-unused",
                    file = a.display().to_string()
                ))
                .with_code(Code::UnusedPicture)
                .in_file(a)
                .with_hint(crate::tr!("pictures-unused-hint")),
            );
        }
    }
    // Pictures of static/ count when a page uses them.
    pictures.extend(
        uses.iter()
            .filter(|u| u.picture.starts_with("static"))
            .map(|u| u.picture.as_path()),
    );
    pictures.sort_unstable();
    pictures.dedup();
    for p in pictures {
        let Ok(meta) = std::fs::metadata(root.join(p)) else {
            continue;
        };
        if meta.len() > limit {
            out.push(
                Diagnostic::warning(crate::tr!(
                    "pictures-heavy",
                    file = p.display().to_string(),
                    size = crate::messages::decimal(meta.len() as f64 / 1_000_000.0, 1),
                    limit = crate::messages::decimal_as_given(limit as f64 / 1_000_000.0)
                ))
                .with_code(Code::LargePicture)
                .in_file(p)
                .with_hint(crate::tr!("pictures-heavy-hint")),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn destinations_map_to_site_files() {
        let dir = Path::new("content/news/x");
        assert_eq!(
            source_of(dir, "photo%20a.jpg#x"),
            Some(PathBuf::from("content/news/x/photo a.jpg"))
        );
        assert_eq!(
            source_of(dir, "../y/p.png"),
            Some(PathBuf::from("content/news/y/p.png"))
        );
        assert_eq!(
            source_of(dir, "/logo.svg"),
            Some(PathBuf::from("static/logo.svg"))
        );
        assert_eq!(source_of(dir, "https://a.lv/p.jpg"), None);
        assert_eq!(source_of(dir, "#top"), None);
        assert!(is_any_picture_format(Path::new("a/B.JPG")));
        assert!(!is_any_picture_format(Path::new("a/b.pdf")));
    }

    #[test]
    fn gallery_entry_lines() {
        let text =
            "---\ntitle: A\ngallery:\n  - image: a.jpg\n  - {image: b.jpg, alt: B}\n---\nb.jpg\n";
        assert_eq!(entry_line(text, 3, "b.jpg"), Some(5));
        assert_eq!(entry_line(text, 3, "c.jpg"), None);
    }
}
