//! Paths as herald compares and shows them: normalised without touching the disk, written
//! with `/` whatever the system's separator, and the kinds of picture the pipeline takes.

use std::path::{Component, Path, PathBuf};

/// File extensions of the pictures herald processes (compared in lowercase).
pub const EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "webp"];

/// Whether `path` names a picture the pipeline takes (JPEG, PNG, WebP).
pub fn is_picture(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|e| EXTENSIONS.contains(&e.as_str()))
}

/// `a/b/../c` -> `a/c`; None when it climbs above the start.
pub fn normalize(p: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::CurDir => {}
            Component::Normal(s) => out.push(s),
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(out)
}

/// A path written with `/` whatever the system's separator: as URLs, manifests and messages
/// show it.
pub trait Slashed {
    fn slashed(&self) -> String;
}

impl Slashed for Path {
    fn slashed(&self) -> String {
        self.to_string_lossy().replace('\\', "/")
    }
}
