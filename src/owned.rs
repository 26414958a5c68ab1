//! What herald may touch on disk, and how it knows: real, normalised paths (`.`, `..`, symbolic
//! links and trailing slashes resolved) for every comparison of folders; the marker files that
//! make a folder herald's (the output's `.herald-output`, the cache's `.herald-cache-dir`),
//! written when herald creates the folder; the cache folder's checks and its files checked by a
//! hash (the PDFs and share cards kept between builds); and the lock that keeps two
//! builds out of one output folder. herald deletes or replaces only inside folders it marked.

use std::collections::HashSet;
use std::fs::File;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::diagnostics::{Code, Diagnostic, Result};
use crate::inputs::{shown_input, INPUTS};

/// Marks the cache folder (`images.cache_dir`) as herald's.
pub const CACHE_MARKER: &str = ".herald-cache-dir";

/// The real path of `p`: absolute, each existing part resolved as the system resolves it
/// (symbolic links followed, `..` taken from the real folder), the rest normalised as written.
pub fn real_path(p: &Path) -> PathBuf {
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    let mut out = PathBuf::new();
    // How many trailing components of `out` do not exist (and so were not resolved).
    let mut unresolved = 0usize;
    for c in abs.components() {
        match c {
            Component::Prefix(_) | Component::RootDir => out.push(c),
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
                unresolved = unresolved.saturating_sub(1);
            }
            Component::Normal(name) => {
                out.push(name);
                if unresolved > 0 {
                    unresolved += 1;
                } else if let Ok(real) = dunce::canonicalize(&out) {
                    out = real;
                } else {
                    unresolved = 1;
                }
            }
        }
    }
    out
}

/// `p` as written, without trailing slashes or `.` parts: what a name itself refers to, so that
/// a symbolic link is seen as a link (`public/` would look through one).
pub fn as_named(p: &Path) -> PathBuf {
    p.components().collect()
}

/// Whether `dir` holds the marker file `marker` (a plain file, not a link to one).
pub fn is_marked(dir: &Path, marker: &str) -> bool {
    std::fs::symlink_metadata(dir.join(marker)).is_ok_and(|m| m.is_file())
}

/// Whether `dir` is a folder with nothing in it.
pub fn is_empty_dir(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none())
}

/// What a non-folder is, in words.
pub fn kind_of(meta: &std::fs::Metadata) -> String {
    crate::tr!("owned-kind", kind = kind_key(meta))
}

/// The kind of file `meta` describes, as the `owned-kind` message selects it.
fn kind_key(meta: &std::fs::Metadata) -> &'static str {
    let t = meta.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "fifo";
        }
        if t.is_socket() {
            return "socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "device";
        }
    }
    if t.is_symlink() {
        "link"
    } else if t.is_dir() {
        "folder"
    } else {
        "file"
    }
}

/// How `a` and `b` (real paths) overlap: the same, one inside the other, or not at all.
#[derive(Debug, PartialEq, Eq)]
pub enum Overlap {
    Same,
    Inside,
    Contains,
    Apart,
}

pub fn overlap(a: &Path, b: &Path) -> Overlap {
    if a == b {
        Overlap::Same
    } else if a.starts_with(b) {
        Overlap::Inside
    } else if b.starts_with(a) {
        Overlap::Contains
    } else {
        Overlap::Apart
    }
}

/// The line of `cache_dir:` in site.yaml, for messages.
fn cache_dir_line(root: &Path) -> Option<usize> {
    let text = std::fs::read_to_string(root.join("site.yaml")).ok()?;
    text.lines()
        .position(|l| has_key(l, "cache_dir"))
        .map(|i| i + 1)
}

/// Whether YAML line `line` sets `key` (block or flow style; not in a comment).
fn has_key(line: &str, key: &str) -> bool {
    line.match_indices(key).any(|(i, _)| {
        let before = line[..i].trim_end();
        (before.is_empty() || before.ends_with(['{', ',']))
            && line[i + key.len()..].trim_start().starts_with(':')
    })
}

/// The cache folder `images.cache_dir` names, checked: not the site, an input, or inside one;
/// not the output (`out`) nor around it; and a folder herald made (marked), an empty folder or
/// a path that does not exist yet. Returns its real path. A cache an older herald made (only
/// herald's own folders and file names) is marked and kept.
pub fn check_cache_dir(
    root: &Path,
    cache_dir: &Path,
    out: Option<&Path>,
    names: &CacheNames,
) -> Result<PathBuf> {
    let refuse = |why: String| {
        let mut d = Diagnostic::error(crate::tr!(
            "owned-cache-refused",
            folder = cache_dir.display().to_string(),
            why = why
        ))
        .with_code(Code::ConfigInvalid)
        .in_file("site.yaml")
        .with_hint(crate::tr!("owned-cache-refused-hint"));
        if let Some(line) = cache_dir_line(root) {
            d = d.at_line(line);
        }
        d.into()
    };
    let cache = real_path(&root.join(cache_dir));
    let site = real_path(root);
    match overlap(&cache, &site) {
        Overlap::Same => return Err(refuse(crate::tr!("owned-is-site"))),
        Overlap::Contains => return Err(refuse(crate::tr!("owned-contains-site"))),
        _ => {}
    }
    for input in INPUTS {
        let input_real = real_path(&root.join(input));
        match overlap(&cache, &input_real) {
            Overlap::Same | Overlap::Inside => {
                return Err(refuse(crate::tr!(
                    "owned-inside-input-read",
                    input = shown_input(input)
                )))
            }
            Overlap::Contains => {
                return Err(refuse(crate::tr!(
                    "owned-contains-input",
                    input = shown_input(input)
                )))
            }
            Overlap::Apart => {}
        }
    }
    if let Some(out) = out {
        match overlap(&cache, &real_path(out)) {
            Overlap::Apart => {}
            _ => {
                return Err(refuse(crate::tr!(
                    "owned-overlaps-out",
                    folder = out.display().to_string()
                )))
            }
        }
    }
    // The real path ends in no link: what it names is what is there.
    match std::fs::symlink_metadata(&cache) {
        Err(_) => Ok(cache),
        Ok(m) if !m.is_dir() => Err(refuse(crate::tr!("owned-not-folder", kind = kind_of(&m)))),
        Ok(_) if is_ours_or_empty(&cache) => Ok(cache),
        Ok(_) if is_old_cache(&cache, names) => {
            let _ = std::fs::write(cache.join(CACHE_MARKER), b"");
            Ok(cache)
        }
        Ok(_) => Err(refuse(crate::tr!("owned-not-ours", marker = CACHE_MARKER))),
    }
}

/// Whether the cache folder is herald's or empty. The marker is asked for again after the
/// folder is found not empty: another herald making the folder right now marks it before it
/// puts anything else in it, possibly between the two looks.
fn is_ours_or_empty(cache: &Path) -> bool {
    is_marked(cache, CACHE_MARKER) || is_empty_dir(cache) || is_marked(cache, CACHE_MARKER)
}

/// A cache an older herald made before caches were marked: only `images/`, `pdf/` and
/// `outputs/`, holding only names herald writes.
fn is_old_cache(dir: &Path, names: &CacheNames) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().all(|e| {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(&(_, ours)) = names.iter().find(|(folder, _)| *folder == name) else {
            return false;
        };
        e.file_type().is_ok_and(|t| t.is_dir())
            && std::fs::read_dir(e.path()).is_ok_and(|files| {
                files
                    .flatten()
                    .all(|f| ours(&f.file_name().to_string_lossy()) || is_temporary(&f))
            })
    })
}

/// How the files of each folder of the cache are named, by folder (`images`, `pdf`,
/// `outputs`): the stages that write them say, so that only their names count as herald's.
pub type CacheNames = [(&'static str, fn(&str) -> bool)];

fn is_temporary(e: &std::fs::DirEntry) -> bool {
    let name = e.file_name().to_string_lossy().into_owned();
    name.starts_with('.') && name.ends_with(".tmp")
}

/// Creates `sub` (a folder of the cache folder), and the cache folder with its marker when it
/// does not exist yet. Refuses a cache folder that exists unmarked and not empty (one that
/// appeared since the build checked it).
pub fn cache_subdir(sub: &Path) -> std::io::Result<()> {
    let Some(cache) = sub.parent() else {
        return std::fs::create_dir_all(sub);
    };
    if let Some(parent) = cache.parent() {
        std::fs::create_dir_all(parent)?;
    }
    match std::fs::create_dir(cache) {
        Ok(()) => std::fs::write(cache.join(CACHE_MARKER), b"")?,
        Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => return Err(e),
        Err(_) if is_marked(cache, CACHE_MARKER) => {}
        Err(_) if is_empty_dir(cache) => std::fs::write(cache.join(CACHE_MARKER), b"")?,
        // Marked by another herald between the two looks above.
        Err(_) if is_marked(cache, CACHE_MARKER) => {}
        Err(_) => {
            return Err(std::io::Error::other(crate::tr!(
                "owned-folder-not-ours",
                folder = cache.display().to_string(),
                marker = CACHE_MARKER
            )))
        }
    }
    std::fs::create_dir_all(sub)
}

/// The file beside a cached file holding the hash of its bytes (`<name>.sum`).
fn sum_file(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".sum");
    PathBuf::from(name)
}

/// The hash a cached file is checked against: one truncated by a full disk or damaged by a
/// copy is made again, not published.
fn file_sum(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

/// A cached file's bytes (a PDF, a share card), when they are the bytes that were stored.
pub fn read_cached(file: &Path) -> Option<Vec<u8>> {
    let want = std::fs::read_to_string(sum_file(file)).ok()?;
    let bytes = std::fs::read(file).ok()?;
    (file_sum(&bytes) == want.trim()).then_some(bytes)
}

/// Writes a file of the cache folder and its hash, each through a temporary file (a reader
/// never sees half a file); false when the cache cannot be written (the caller then publishes
/// from memory).
pub fn store_cached(file: &Path, bytes: &[u8]) -> bool {
    let Some(dir) = file.parent() else {
        return false;
    };
    if cache_subdir(dir).is_err() {
        return false;
    }
    write_through_temp(dir, file, bytes)
        && write_through_temp(dir, &sum_file(file), file_sum(bytes).as_bytes())
}

/// Replaces `file` in folder `dir` with `bytes` through a temporary file (a reader never sees
/// half a file); false when it cannot be written.
pub fn replace_file(dir: &Path, file: &Path, bytes: &[u8]) -> bool {
    write_through_temp(dir, file, bytes)
}

fn write_through_temp(dir: &Path, file: &Path, bytes: &[u8]) -> bool {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let tmp = dir.join(format!(
        ".{}.{}.{}.tmp",
        file.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    if std::fs::write(&tmp, bytes).is_err() {
        let _ = std::fs::remove_file(&tmp);
        return false;
    }
    std::fs::rename(&tmp, file).is_ok() || {
        let _ = std::fs::remove_file(&tmp);
        false
    }
}

/// Removes the cached files of folder `cache` (and their hashes) that are not in `keep`. Only
/// names `is_ours` recognises as herald's are touched.
pub fn prune_cached(cache: &Path, keep: &HashSet<String>, is_ours: fn(&str) -> bool) {
    let Ok(entries) = std::fs::read_dir(cache) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let kept = name.strip_suffix(".sum").unwrap_or(&name);
        if is_ours(&name) && !keep.contains(kept) && e.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Held while a build writes an output folder: an advisory lock on a file beside the folder
/// (`.public.herald-lock` for `public/`), released when dropped or when the process ends.
pub struct OutputLock {
    _file: File,
}

/// The lock file of output folder `out`.
pub fn lock_path(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    out.with_file_name(format!(".{name}.herald-lock"))
}

/// Takes the lock of output folder `out`; while another build holds it, says so and waits.
pub fn lock_output(out: &Path) -> std::io::Result<OutputLock> {
    let path = lock_path(out);
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            let out = out.display().to_string();
            eprintln!("{}", crate::tr!("build-waiting", out = out));
            file.lock()?;
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(e),
    }
    Ok(OutputLock { _file: file })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_builds_making_the_cache_folder_at_once_both_take_it() {
        // Two herald processes building one site for the first time: one makes the cache
        // folder and marks it while the other looks at it. Each round starts both at once.
        let dir = tempfile::tempdir().unwrap();
        for round in 0..400 {
            let cache = dir.path().join(format!("c{round}"));
            let barrier = std::sync::Barrier::new(2);
            let results: Vec<std::io::Result<()>> = std::thread::scope(|s| {
                let go = |sub: &'static str| {
                    let (cache, barrier) = (&cache, &barrier);
                    s.spawn(move || {
                        barrier.wait();
                        let made = cache_subdir(&cache.join(sub));
                        let checked = check_cache_dir(cache.parent().unwrap(), cache, None, &[])
                            .map(|_| ())
                            .map_err(|f| std::io::Error::other(f.to_string()));
                        made.and(checked)
                    })
                };
                let a = go("images");
                let b = go("pdf");
                vec![a.join().unwrap(), b.join().unwrap()]
            });
            for r in results {
                r.unwrap_or_else(|e| panic!("round {round}: {e}"));
            }
        }
    }

    #[test]
    fn real_paths_resolve_dots_links_and_slashes() {
        let dir = tempfile::tempdir().unwrap();
        let root = dunce::canonicalize(dir.path()).unwrap();
        std::fs::create_dir_all(root.join("site/static")).unwrap();
        let site = root.join("site");
        assert_eq!(real_path(&site.join("./static/")), site.join("static"));
        assert_eq!(
            real_path(&site.join("static/../static")),
            site.join("static")
        );
        assert_eq!(
            real_path(&site.join("new/../static/x")),
            site.join("static/x")
        );
        assert_eq!(real_path(&site.join("..")), root);
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(site.join("static"), site.join("link")).unwrap();
            assert_eq!(real_path(&site.join("link/pdf")), site.join("static/pdf"));
            assert_eq!(as_named(&site.join("link/")), site.join("link"));
        }
    }

    #[test]
    fn the_line_of_cache_dir_is_found() {
        let dir = tempfile::tempdir().unwrap();
        let yaml = "title: x\nimages:\n  widths: [480]\n  cache_dir: ./static\n";
        std::fs::write(dir.path().join("site.yaml"), yaml).unwrap();
        assert_eq!(cache_dir_line(dir.path()), Some(4));
        std::fs::write(dir.path().join("site.yaml"), "images: {cache_dir: ..}\n").unwrap();
        assert_eq!(cache_dir_line(dir.path()), Some(1));
    }
}
