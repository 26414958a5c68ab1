//! The disk checks of the media that pages name (covers, gallery pictures, video posters and
//! video files): each exists inside the site folder (a symbolic link may not lead out of it)
//! and each picture is of a kind herald publishes. They read the disk, so they belong to the
//! picture stage rather than to the model; the pipeline runs them before it builds the model,
//! whose errors they join.

use std::path::Path;
use std::sync::Arc;

use crate::content::{PageFront, SourcePage};
use crate::diagnostics::{Code, Diagnostic};
use crate::gallery;
use crate::paths::{is_picture, normalize};

/// The disk checks of the media every page names (pictures, posters, video files): they
/// exist inside the site folder and pictures are of a kind herald publishes.
pub fn check_media_files(root: &Path, sources: &[Arc<SourcePage>]) -> Vec<Diagnostic> {
    sources
        .iter()
        .filter(|s| !s.is_index)
        .filter_map(|s| s.page_front().map(|front| check_media(root, s, front)))
        .flatten()
        .collect()
}

/// The media one page names: its cover, and each gallery entry's picture, poster and video
/// (a video's address errors come after the page's missing files).
fn check_media(root: &Path, s: &SourcePage, front: &PageFront) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    let mut video_errors = Vec::new();
    let mut check = |name: &str, line: Option<usize>, kind: &str, picture: bool| {
        let what = crate::tr!("media-kind", kind = kind);
        let joined = match name.strip_prefix('/') {
            Some(rest) => Path::new("static").join(rest),
            None => s.dir.join(name),
        };
        let inside = normalize(&joined).filter(|p| {
            // A symbolic link may point out of the site folder too.
            match (dunce::canonicalize(root.join(p)), dunce::canonicalize(root)) {
                (Ok(real), Ok(r)) => real.starts_with(r),
                _ => true,
            }
        });
        let Some(rel) = inside else {
            errors.push(at_line_if(
                Diagnostic::error(crate::tr!(
                    "media-outside",
                    what = what.as_str(),
                    name = name
                ))
                .with_code(Code::MissingFile)
                .in_file(&s.file)
                .with_hint(crate::tr!("media-outside-hint")),
                line,
            ));
            return;
        };
        let on_disk = crate::paths::find_exact(root, &rel);
        if let crate::paths::OnDisk::OtherCase(real) = &on_disk {
            errors.push(at_line_if(
                crate::model::other_case(kind, name, real).in_file(&s.file),
                line,
            ));
        } else if on_disk == crate::paths::OnDisk::Missing {
            errors.push(at_line_if(
                Diagnostic::error(crate::tr!(
                    "media-missing",
                    what = what.as_str(),
                    name = name,
                    path = rel.display().to_string()
                ))
                .with_code(Code::MissingFile)
                .in_file(&s.file)
                .with_hint(crate::tr!("media-missing-hint")),
                line,
            ));
        } else if picture && !is_picture(&rel) {
            errors.push(at_line_if(
                Diagnostic::error(crate::tr!(
                    "media-not-picture",
                    what = what.as_str(),
                    name = name
                ))
                .with_code(Code::MissingFile)
                .in_file(&s.file)
                .with_hint(crate::tr!("media-not-picture-hint")),
                line,
            ));
        }
    };
    if let Some(cover) = &front.cover {
        check(cover, s.media_lines.0, "cover", true);
    }
    for (i, g) in front.gallery.iter().flatten().enumerate() {
        let line = s.gallery_lines.get(i).copied().or(s.media_lines.1);
        if let Some(image) = &g.image {
            check(image, line, "gallery", true);
        }
        if let Some(poster) = &g.poster {
            check(poster, line, "poster", true);
        }
        if let Some(video) = &g.video {
            match gallery::video(video) {
                Ok(gallery::Video::File) => check(video, line, "video", false),
                Ok(gallery::Video::Embed { .. }) => {}
                Err(d) => video_errors.push(at_line_if(d.in_file(&s.file), line)),
            }
        }
    }
    errors.extend(video_errors);
    errors
}

fn at_line_if(d: Diagnostic, line: Option<usize>) -> Diagnostic {
    match line {
        Some(l) => d.at_line(l),
        None => d,
    }
}
