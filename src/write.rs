//! Writing the built site: the output folder is checked (never the site itself, never an input,
//! never a folder herald did not make), the new site is written beside the old one and swapped in
//! only when complete, so a failed or interrupted build leaves the previous output as it was.
//! A file whose bytes did not change is the previous output's file, hard-linked into the new
//! folder (same inode, same modification time), so rsync and caching CDNs upload only what
//! changed. Deletes only the output folder's previous version and its own leftovers.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Failure, Result};
use crate::render::{OutputContents, OutputFile};

/// Marks a folder as herald's output, so herald never replaces a folder it did not make.
pub const MARKER: &str = ".herald-output";

/// The folders and files of a site that are inputs.
const INPUTS: &[&str] = &[
    "content",
    "static",
    "templates",
    "themes",
    "i18n",
    "site.yaml",
];

fn absolute(p: &Path) -> PathBuf {
    if let Ok(c) = p.canonicalize() {
        return c;
    }
    // Not there yet: resolve the nearest existing ancestor, keep the rest as written.
    let mut rest = Vec::new();
    let mut cur = p.to_path_buf();
    loop {
        if let Ok(c) = cur.canonicalize() {
            let mut out = c;
            for part in rest.iter().rev() {
                out.push(part);
            }
            return out;
        }
        match (cur.file_name().map(|f| f.to_os_string()), cur.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                cur = if parent.as_os_str().is_empty() {
                    PathBuf::from(".")
                } else {
                    parent.to_path_buf()
                };
            }
            _ => return p.to_path_buf(),
        }
    }
}

/// Refuses an output folder that is the site root, an input, inside an input, or an ancestor
/// of the site; and an existing non-empty folder that herald did not make.
pub fn check_out_dir(root: &Path, out: &Path) -> Result<PathBuf> {
    let root_abs = absolute(root);
    let out_abs = absolute(out);
    let refuse = |why: String| -> Failure {
        Diagnostic::error(format!(
            "refusing to write the site to {}: {why}",
            out.display()
        ))
        .with_hint("choose another --out folder, e.g. public/ inside the site folder")
        .into()
    };
    if out_abs == root_abs {
        return Err(refuse("it is the site folder itself".into()));
    }
    if root_abs.starts_with(&out_abs) {
        return Err(refuse("it contains the site folder".into()));
    }
    for input in INPUTS {
        let input_abs = root_abs.join(input);
        if out_abs.starts_with(&input_abs) {
            return Err(refuse(format!("it is inside the site's {input}")));
        }
    }
    if out_abs.is_file() {
        return Err(refuse("it is a file".into()));
    }
    if out_abs.is_dir() && !out_abs.join(MARKER).exists() {
        let empty = std::fs::read_dir(&out_abs)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !empty {
            return Err(refuse(
                "the folder exists and was not made by herald (it has no .herald-output file); herald replaces its output folder completely, so it will not touch this one".into(),
            ));
        }
    }
    Ok(out_abs)
}

fn sibling(out: &Path, tag: &str) -> PathBuf {
    let name = out
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    out.with_file_name(format!(".{name}.herald-{tag}-{}", std::process::id()))
}

/// Removes staging folders left by builds that were killed mid-way.
fn remove_leftovers(out: &Path) {
    let (Some(parent), Some(name)) = (out.parent(), out.file_name()) else {
        return;
    };
    let prefix = format!(".{}.herald-", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        if n.starts_with(&prefix) && e.file_type().is_ok_and(|t| t.is_dir()) {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

/// Hard-links the previous output's file `old` to `dest` when it holds exactly `new`; false
/// when it differs, is missing, or cannot be linked (then the caller writes the file).
fn keep_unchanged(old: &Path, dest: &Path, new: &[u8]) -> bool {
    let same_size =
        std::fs::symlink_metadata(old).is_ok_and(|m| m.is_file() && m.len() == new.len() as u64);
    same_size && std::fs::read(old).is_ok_and(|b| b == new) && std::fs::hard_link(old, dest).is_ok()
}

pub struct WriteStats {
    pub files: usize,
    pub warnings: Vec<Diagnostic>,
}

/// Writes `files` into a fresh folder beside `out`, then swaps it in.
pub fn write_site(out: &Path, files: &[OutputFile]) -> Result<WriteStats> {
    let io = |what: &str, p: &Path, e: std::io::Error| -> Failure {
        Diagnostic::error(format!("cannot {what} {}: {e}", p.display()))
            .with_hint("check that the output folder is writable and the disk is not full")
            .into()
    };
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).map_err(|e| io("create", parent, e))?;
    }
    remove_leftovers(out);
    let staging = sibling(out, "new");
    std::fs::create_dir_all(&staging).map_err(|e| io("create", &staging, e))?;

    // First writer of a path wins (pages before static files); the rest are reported.
    let mut seen = HashSet::new();
    let mut warnings = Vec::new();
    let mut unique = Vec::with_capacity(files.len());
    for f in files {
        if seen.insert(f.path.as_str()) {
            unique.push(f);
        } else {
            warnings.push(Diagnostic::warning(format!(
                "two outputs have the same path {}; the first one is kept",
                f.path
            )));
        }
    }
    let mut dirs: Vec<&str> = unique
        .iter()
        .filter_map(|f| f.path.rsplit_once('/').map(|(d, _)| d))
        .collect();
    dirs.sort_unstable();
    dirs.dedup();
    for d in dirs {
        let p = staging.join(d);
        std::fs::create_dir_all(&p).map_err(|e| io("create", &p, e))?;
    }
    let previous = out.is_dir().then_some(out);
    let result: std::result::Result<(), Failure> = unique.par_iter().try_for_each(|f| {
        let dest = staging.join(&f.path);
        let old = previous.map(|p| p.join(&f.path));
        let keep = |new: &[u8]| {
            old.as_deref()
                .is_some_and(|o| keep_unchanged(o, &dest, new))
        };
        match &f.contents {
            OutputContents::Bytes(b) if keep(b) => Ok(()),
            OutputContents::Static(b) if keep(b) => Ok(()),
            OutputContents::Bytes(b) => std::fs::write(&dest, b).map_err(|e| io("write", &dest, e)),
            OutputContents::Static(b) => {
                std::fs::write(&dest, b).map_err(|e| io("write", &dest, e))
            }
            OutputContents::Lazy(l) => {
                let b = l.get().map_err(|m| -> Failure {
                    Diagnostic::error(format!("cannot make /{}: {m}", f.path)).into()
                })?;
                if keep(&b) {
                    return Ok(());
                }
                std::fs::write(&dest, &b).map_err(|e| io("write", &dest, e))
            }
            OutputContents::Copy(src) => {
                let same_size = old.as_deref().is_some_and(|o| {
                    matches!((std::fs::metadata(o), std::fs::metadata(src)),
                        (Ok(a), Ok(b)) if a.is_file() && a.len() == b.len())
                });
                if same_size {
                    if let Ok(bytes) = std::fs::read(src) {
                        if keep(&bytes) {
                            return Ok(());
                        }
                    }
                }
                std::fs::copy(src, &dest)
                    .map(|_| ())
                    .map_err(|e| io("copy", src, e))
            }
        }
    });
    if let Err(e) = result.and_then(|_| {
        std::fs::write(staging.join(MARKER), b"").map_err(|e| io("write", &staging, e))
    }) {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }

    if out.exists() {
        // One atomic step where the system allows it: there is no moment without an output.
        if exchange(&staging, out).is_ok() {
            let _ = std::fs::remove_dir_all(&staging);
            return Ok(WriteStats {
                files: unique.len(),
                warnings,
            });
        }
        let old = sibling(out, "old");
        std::fs::rename(out, &old).map_err(|e| io("move aside", out, e))?;
        if let Err(e) = std::fs::rename(&staging, out) {
            let _ = std::fs::rename(&old, out);
            return Err(io("move into place", &staging, e));
        }
        let _ = std::fs::remove_dir_all(&old);
    } else {
        std::fs::rename(&staging, out).map_err(|e| io("move into place", &staging, e))?;
    }
    Ok(WriteStats {
        files: unique.len(),
        warnings,
    })
}

/// Swaps two folders atomically (Linux `renameat2(RENAME_EXCHANGE)`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}
