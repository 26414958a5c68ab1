//! Paths as herald compares and shows them: normalised without touching the disk, written
//! with `/` whatever the system's separator, the kinds of picture the pipeline takes, a file
//! named with the wrong letter case found the same way on every system, and the names Windows
//! cannot hold.

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

/// What the disk holds under a name a page wrote, compared letter for letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OnDisk {
    /// A file of exactly that name.
    Exact,
    /// A file whose name differs only in letter case: its real path (relative, like the one
    /// asked for).
    OtherCase(PathBuf),
    /// No such file.
    Missing,
}

/// Looks `rel` up below `root` one folder listing at a time, so that `photo.jpg` for a file
/// named `Photo.JPG` is [`OnDisk::OtherCase`] on every system: Windows and macOS would open the
/// file, the Linux web host would not, so herald must not tell the two apart by the system it
/// runs on. `rel` is relative and normalised ([`normalize`]).
pub fn find_exact(root: &Path, rel: &Path) -> OnDisk {
    let mut real = PathBuf::new();
    let mut other_case = false;
    for part in rel.components() {
        let Component::Normal(name) = part else {
            return OnDisk::Missing;
        };
        let Some(found) = entry_named(&root.join(&real), name) else {
            return OnDisk::Missing;
        };
        other_case |= found.as_os_str() != name;
        real.push(found);
    }
    match (root.join(&real).is_file(), other_case) {
        (false, _) => OnDisk::Missing,
        (true, false) => OnDisk::Exact,
        (true, true) => OnDisk::OtherCase(real),
    }
}

/// The entry of `dir` named `name`, or else the one whose name differs only in letter case.
fn entry_named(dir: &Path, name: &std::ffi::OsStr) -> Option<std::ffi::OsString> {
    let wanted = name.to_string_lossy().to_lowercase();
    let mut other = None;
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let found = entry.file_name();
        if found == name {
            return Some(found);
        }
        if other.is_none() && found.to_string_lossy().to_lowercase() == wanted {
            other = Some(found);
        }
    }
    other
}

/// Names Windows keeps for devices, with or without an extension (`con`, `Aux.txt`, `com1.md`).
const WINDOWS_DEVICES: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Why Windows cannot hold a file or folder of this name, or None: the published folder must
/// be one that can be checked out, zipped and uploaded from Windows too.
pub fn windows_name_problem(name: &str) -> Option<String> {
    if let Some(c) = name
        .chars()
        .find(|c| matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*' | '\\') || c.is_control())
    {
        return Some(crate::tr!(
            "windows-character",
            character = c.escape_debug().to_string()
        ));
    }
    if name.ends_with('.') || name.ends_with(' ') {
        return Some(crate::tr!("windows-end"));
    }
    let stem = name.split('.').next().unwrap_or(name).trim_end();
    if WINDOWS_DEVICES.contains(&stem.to_ascii_lowercase().as_str()) {
        return Some(if stem == name {
            crate::tr!("windows-device")
        } else {
            crate::tr!("windows-device-stem", stem = stem)
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_refuses_devices_reserved_characters_and_trailing_dots() {
        for bad in [
            "con",
            "CON",
            "con.md",
            "Aux.txt",
            "nul.tar.gz",
            "com1",
            "LPT9.jpg",
            "prn ",
            "a.",
            "a ",
            "a:b",
            "a<b",
            "a>b",
            "a\"b",
            "a|b",
            "a?b",
            "a*b",
            "a\\b",
        ] {
            assert!(windows_name_problem(bad).is_some(), "{bad}");
        }
        for good in [
            "console",
            "con-2026",
            "aux-pics",
            "com10",
            "lpt0",
            "index.html",
            "nulle.md",
            "photo.jpg",
            ".well-known",
            "a.b.c",
        ] {
            assert_eq!(windows_name_problem(good), None, "{good}");
        }
    }

    #[test]
    fn a_name_in_another_letter_case_is_found_and_named_on_every_system() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/News")).unwrap();
        std::fs::write(dir.path().join("content/News/Photo.JPG"), b"x").unwrap();
        std::fs::write(dir.path().join("content/News/map.png"), b"x").unwrap();
        let find = |p: &str| find_exact(dir.path(), Path::new(p));
        assert_eq!(find("content/News/map.png"), OnDisk::Exact);
        assert_eq!(
            find("content/news/photo.jpg"),
            OnDisk::OtherCase(PathBuf::from("content/News/Photo.JPG"))
        );
        assert_eq!(
            find("content/News/MAP.png"),
            OnDisk::OtherCase(PathBuf::from("content/News/map.png"))
        );
        assert_eq!(find("content/News/nothing.png"), OnDisk::Missing);
        // A folder is not a file.
        assert_eq!(find("content/news"), OnDisk::Missing);
    }
}
