//! Writing the built site: the output folder is checked (never the site itself, never an input,
//! never a folder herald did not make), the new site is written beside the old one and swapped in
//! only when complete, so a failed or interrupted build leaves the previous output as it was.
//! A file whose bytes did not change is the previous output's file, hard-linked into the new
//! folder (same inode, same modification time), so rsync and caching CDNs upload only what
//! changed. Deletes only the output folder's previous version and its own leftovers.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::diagnostics::{Diagnostic, Failure, Result};
pub use crate::output::{content_hash, FileId};
use crate::output::{OutputContents, OutputFile, Sink};
use crate::paths::Slashed;

/// Marks a folder as herald's output, so herald never replaces a folder it did not make.
pub const MARKER: &str = ".herald-output";

pub use crate::inputs::INPUTS;
use crate::owned::{is_empty_dir, is_marked, kind_of, overlap, real_path, Overlap};

fn refuse_out(out: &Path, why: String) -> Failure {
    Diagnostic::error(crate::tr!(
        "write-refused",
        folder = out.display().to_string(),
        why = why
    ))
    .with_hint(crate::tr!("write-refused-hint"))
    .into()
}

/// Refuses an output folder that is the site root, an input, inside an input, or an ancestor
/// of the site or of an input; anything but a folder (a file, a device such as /dev/null, a
/// named pipe, a symbolic link); and an existing non-empty folder herald did not make. Returns
/// the folder's real path: a new name, an empty folder or herald's own output.
pub fn check_out_dir(root: &Path, out: &Path) -> Result<PathBuf> {
    // The name as given, without a trailing slash: `public/` must not look through a link.
    let named = crate::owned::as_named(out);
    if let Ok(meta) = std::fs::symlink_metadata(&named) {
        if meta.file_type().is_symlink() {
            return Err(refuse_out(out, crate::tr!("write-out-is-link")));
        }
        if !meta.is_dir() {
            return Err(refuse_out(
                out,
                crate::tr!("owned-not-folder", kind = kind_of(&meta)),
            ));
        }
    }
    let out_abs = real_path(&named);
    match overlap(&out_abs, &real_path(root)) {
        Overlap::Same => return Err(refuse_out(out, crate::tr!("owned-is-site"))),
        Overlap::Contains => return Err(refuse_out(out, crate::tr!("owned-contains-site"))),
        _ => {}
    }
    for input in INPUTS {
        match overlap(&out_abs, &real_path(&root.join(input))) {
            Overlap::Same | Overlap::Inside => {
                return Err(refuse_out(
                    out,
                    crate::tr!(
                        "owned-inside-input",
                        input = crate::inputs::shown_input(input)
                    ),
                ))
            }
            Overlap::Contains => {
                return Err(refuse_out(
                    out,
                    crate::tr!(
                        "owned-contains-input",
                        input = crate::inputs::shown_input(input)
                    ),
                ))
            }
            Overlap::Apart => {}
        }
    }
    if out_abs.is_dir() && !is_ours(&out_abs) {
        return Err(refuse_out(
            out,
            crate::tr!("write-not-ours", marker = MARKER),
        ));
    }
    Ok(out_abs)
}

/// An output folder herald may replace: its own (marked), or an empty one.
fn is_ours(dir: &Path) -> bool {
    is_marked(dir, MARKER) || is_empty_dir(dir)
}

/// Removes a folder herald moved aside, only if it is herald's: marked (its own output or
/// staging folder) or empty. Anything else stays where it is.
fn remove_own(dir: &Path) {
    if is_marked(dir, MARKER) {
        let _ = std::fs::remove_dir_all(dir);
    } else {
        let _ = std::fs::remove_dir(dir);
    }
}

/// Whether `name` is one herald gives an output manifest in the cache (`<key>.manifest`, or
/// its temporary file).
pub fn is_manifest_name(name: &str) -> bool {
    let Some((key, rest)) = name.split_at_checked(16) else {
        return false;
    };
    key.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        && (rest == ".manifest"
            || rest
                .strip_prefix(".tmp")
                .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit())))
}

fn sibling(out: &Path, tag: &str) -> PathBuf {
    let name = out
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    out.with_file_name(format!(".{name}.herald-{tag}-{}", std::process::id()))
}

/// Removes staging folders left by builds that were killed mid-way (marked as herald's from
/// their first moment, or empty). Call only while holding the output's lock: another build's
/// staging folder is alive.
pub fn remove_leftovers(out: &Path) {
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
            remove_own(&e.path());
        }
    }
}

/// What herald wrote into an output folder, kept in the cache folder (not in the output, so
/// deploys never upload it): each file's content hash and the identity the file had when written
/// (size, modification time, inode), and a fingerprint of the inputs it was built from. A file
/// that still has its recorded identity still holds the recorded bytes, so a rebuild compares
/// hashes instead of reading the old output back, and a build whose inputs did not change can
/// see, by looking at the output's files, that there is nothing to do.
#[derive(Debug, Default, Clone)]
pub struct Manifest {
    /// Fingerprint of the inputs and options of the build that wrote the output.
    pub inputs: u64,
    /// The warnings of that build, as printed (repeated when nothing changed).
    pub warnings: Vec<String>,
    pub files: HashMap<String, Written>,
}

/// One written file: content hash and identity on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub hash: u64,
    pub id: FileId,
}

const MANIFEST_HEADER: &str = "herald output manifest 1";

impl Manifest {
    /// Where the manifest of output folder `out` is kept.
    pub fn path(cache: &Path, out: &Path) -> PathBuf {
        let key = xxhash_rust::xxh3::xxh3_64(out.as_os_str().as_encoded_bytes());
        cache.join("outputs").join(format!("{key:016x}.manifest"))
    }

    /// The manifest at `path`; empty when missing or unreadable (then files are compared byte by
    /// byte, as for a folder written by an older herald).
    pub fn load(path: &Path) -> Manifest {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|text| Manifest::parse(&text))
            .unwrap_or_default()
    }

    fn parse(text: &str) -> Option<Manifest> {
        let mut lines = text.lines();
        if lines.next()? != MANIFEST_HEADER {
            return None;
        }
        let mut m = Manifest::default();
        for line in lines {
            let (kind, rest) = line.split_once(' ')?;
            match kind {
                "inputs" => m.inputs = u64::from_str_radix(rest, 16).ok()?,
                "warning" => m.warnings.push(unescape_line(rest)),
                "file" => {
                    let mut f = rest.splitn(5, ' ');
                    let hash = u64::from_str_radix(f.next()?, 16).ok()?;
                    let size = f.next()?.parse().ok()?;
                    let mtime_ns = f.next()?.parse().ok()?;
                    let ino = f.next()?.parse().ok()?;
                    let path = f.next()?.to_string();
                    let id = FileId {
                        size,
                        mtime_ns,
                        ino,
                    };
                    m.files.insert(path, Written { hash, id });
                }
                _ => return None,
            }
        }
        Some(m)
    }

    fn to_text(&self) -> String {
        let mut out = format!("{MANIFEST_HEADER}\ninputs {:016x}\n", self.inputs);
        for w in &self.warnings {
            out.push_str(&format!("warning {}\n", escape_line(w)));
        }
        let mut files: Vec<_> = self.files.iter().collect();
        files.sort_unstable_by_key(|(p, _)| p.as_str());
        for (path, w) in files {
            let FileId {
                size,
                mtime_ns,
                ino,
            } = w.id;
            out.push_str(&format!(
                "file {:016x} {size} {mtime_ns} {ino} {path}\n",
                w.hash
            ));
        }
        out
    }

    /// Saves the manifest (best effort: without it the next build compares bytes).
    pub fn save(&self, path: &Path) {
        if let Some(dir) = path.parent() {
            if crate::owned::cache_subdir(dir).is_err() {
                return;
            }
        }
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, self.to_text()).is_ok() && std::fs::rename(&tmp, path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }

    /// True when `out` holds exactly the files this manifest lists, each still the version herald
    /// wrote (same size, time and inode), and nothing else.
    pub fn matches_folder(&self, out: &Path) -> bool {
        if self.files.is_empty() {
            return false;
        }
        let mut seen = 0usize;
        for entry in walkdir::WalkDir::new(out).min_depth(1) {
            let Ok(entry) = entry else {
                return false;
            };
            let ft = entry.file_type();
            if ft.is_dir() {
                continue;
            }
            let Ok(rel) = entry.path().strip_prefix(out) else {
                return false;
            };
            let rel = rel.slashed();
            if rel == MARKER {
                continue;
            }
            let Some(w) = self.files.get(&rel) else {
                return false;
            };
            let ok = ft.is_file() && entry.metadata().is_ok_and(|m| FileId::of(&m) == w.id);
            if !ok {
                return false;
            }
            seen += 1;
        }
        seen == self.files.len()
    }
}

/// A text on one line: `\` and line breaks escaped.
fn escape_line(s: &str) -> String {
    s.replace('\\', "\\\\").replace('\n', "\\n")
}

fn unescape_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

pub struct WriteStats {
    pub files: usize,
    pub warnings: Vec<Diagnostic>,
}

/// `what` is what failed, as the `write-io` message selects it: `create`, `read`, `write`,
/// `move` (into place) or `move-aside`.
fn io_error(what: &str, p: &Path, e: std::io::Error) -> Failure {
    Diagnostic::error(crate::tr!(
        "write-io",
        what = what,
        path = p.display().to_string(),
        reason = crate::messages::io_reason(&e)
    ))
    .with_hint(crate::tr!("write-io-hint"))
    .into()
}

/// A new version of the output folder being written beside it. Files arrive from the render
/// workers as they are made (so the site is never held in memory whole); [`Staging::commit`]
/// swaps the folder in. Dropped without a commit (a failed build), it removes itself and the
/// output stays as it was.
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    previous: Manifest,
    /// Folders already created in the staging folder.
    dirs: Mutex<HashSet<String>>,
    /// Files written so far: their hash and on-disk identity, for the next manifest.
    written: Mutex<HashMap<String, Written>>,
    duplicates: Mutex<Vec<Diagnostic>>,
    committed: bool,
}

impl Staging {
    /// Starts a new version of `out`; `previous` describes the current one.
    pub fn begin(out: &Path, previous: Manifest) -> Result<Staging> {
        if let Some(parent) = out.parent() {
            std::fs::create_dir_all(parent).map_err(|e| io_error("create", parent, e))?;
        }
        remove_leftovers(out);
        let dir = sibling(out, "new");
        std::fs::create_dir(&dir).map_err(|e| io_error("create", &dir, e))?;
        // Marked from the start: a killed build's leftover is known to be herald's. The
        // previous marker is linked, as every unchanged file is, so deploys skip it.
        let marker = dir.join(MARKER);
        if std::fs::hard_link(out.join(MARKER), &marker).is_err() {
            std::fs::write(&marker, b"").map_err(|e| io_error("write", &marker, e))?;
        }
        let previous = if out.is_dir() {
            previous
        } else {
            Manifest::default()
        };
        Ok(Staging {
            out: out.to_path_buf(),
            dir,
            previous,
            dirs: Default::default(),
            written: Default::default(),
            duplicates: Default::default(),
            committed: false,
        })
    }

    /// Reserves `path`; false when another file already has it (the first one is kept).
    fn reserve(&self, path: &str) -> bool {
        let mut written = self.written.lock().unwrap_or_else(|e| e.into_inner());
        if written.contains_key(path) {
            drop(written);
            self.duplicates
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(Diagnostic::warning(crate::tr!(
                    "write-duplicate",
                    path = path
                )));
            return false;
        }
        let placeholder = Written {
            hash: 0,
            id: FileId {
                size: 0,
                mtime_ns: 0,
                ino: 0,
            },
        };
        written.insert(path.to_string(), placeholder);
        true
    }

    fn parent_dir(&self, path: &str) -> Result<()> {
        let Some((dir, _)) = path.rsplit_once('/') else {
            return Ok(());
        };
        if self
            .dirs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(dir)
        {
            return Ok(());
        }
        let p = self.dir.join(dir);
        std::fs::create_dir_all(&p).map_err(|e| io_error("create", &p, e))?;
        self.dirs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(dir.to_string());
        Ok(())
    }

    fn record(&self, path: &str, hash: u64, dest: &Path) -> Result<()> {
        let meta = std::fs::symlink_metadata(dest).map_err(|e| io_error("read", dest, e))?;
        self.written
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(
                path.to_string(),
                Written {
                    hash,
                    id: FileId::of(&meta),
                },
            );
        Ok(())
    }

    /// The previous output's version of `path` when it holds exactly `bytes` (hash `hash`):
    /// known from the manifest when the file is as herald wrote it, else compared byte by byte.
    fn unchanged(&self, path: &str, hash: u64, bytes: &[u8]) -> Option<PathBuf> {
        let old = self.out.join(path);
        let id = FileId::of_path(&old)?;
        if id.size != bytes.len() as u64 {
            return None;
        }
        match self.previous.files.get(path) {
            Some(w) if w.id == id => (w.hash == hash).then_some(old),
            _ => std::fs::read(&old).is_ok_and(|b| b == bytes).then_some(old),
        }
    }

    /// Writes one file into the new version: a hard link to the previous output's file when
    /// the bytes are the same (same inode and time, so deploys skip it), else the bytes.
    pub fn put(&self, path: &str, bytes: &[u8]) -> Result<()> {
        if !self.reserve(path) {
            return Ok(());
        }
        self.parent_dir(path)?;
        let (hash, dest) = self.link_or_write(path, bytes)?;
        self.record(path, hash, &dest)
    }

    /// Writes a file of herald's cache (content hash `hash`) into the new version without
    /// reading it: a hard link to the previous output's file when the manifest says it holds
    /// the same bytes, else a hard link to the cache file (the cache only ever replaces its
    /// files, never writes into them), else a copy (another file system).
    fn put_cached(&self, path: &str, src: &Path, hash: u64) -> Result<()> {
        if !self.reserve(path) {
            return Ok(());
        }
        self.parent_dir(path)?;
        let dest = self.dir.join(path);
        let old = self.out.join(path);
        let same_as_before = match (self.previous.files.get(path), FileId::of_path(&old)) {
            (Some(w), Some(id)) => w.id == id && w.hash == hash,
            _ => false,
        };
        let linked = (same_as_before && std::fs::hard_link(&old, &dest).is_ok())
            || std::fs::hard_link(src, &dest).is_ok();
        if !linked {
            std::fs::copy(src, &dest).map_err(|e| io_error("write", &dest, e))?;
        }
        self.record(path, hash, &dest)
    }

    fn link_or_write(&self, path: &str, bytes: &[u8]) -> Result<(u64, PathBuf)> {
        let dest = self.dir.join(path);
        let hash = content_hash(bytes);
        let linked = self
            .unchanged(path, hash, bytes)
            .is_some_and(|old| std::fs::hard_link(old, &dest).is_ok());
        if !linked {
            std::fs::write(&dest, bytes).map_err(|e| io_error("write", &dest, e))?;
        }
        Ok((hash, dest))
    }

    /// Writes one output file of any kind.
    pub fn put_file(&self, f: &OutputFile) -> Result<()> {
        match &f.contents {
            OutputContents::Bytes(b) => self.put(&f.path, b),
            OutputContents::Static(b) => self.put(&f.path, b),
            OutputContents::Streamed => Ok(()),
            OutputContents::Lazy(l) => {
                let b = l.get().map_err(|m| -> Failure {
                    Diagnostic::error(crate::tr!(
                        "write-lazy-failed",
                        path = f.path.as_str(),
                        reason = m.to_string()
                    ))
                    .into()
                })?;
                self.put(&f.path, &b)
            }
            OutputContents::Copy(src) => {
                let bytes = std::fs::read(src).map_err(|e| io_error("read", src, e))?;
                self.put(&f.path, &bytes)
            }
            OutputContents::Cached(src, hash) => self.put_cached(&f.path, src, *hash),
        }
    }

    /// Swaps the new version in and records its manifest (at `record.0`, with the build's
    /// inputs fingerprint and warnings). The previous version is removed.
    pub fn commit(mut self, record: Option<(&Path, u64, Vec<String>)>) -> Result<WriteStats> {
        let files = std::mem::take(&mut *self.written.lock().unwrap_or_else(|e| e.into_inner()));
        let count = files.len();
        let stats = WriteStats {
            files: count,
            warnings: std::mem::take(
                &mut *self.duplicates.lock().unwrap_or_else(|e| e.into_inner()),
            ),
        };
        // The old manifest goes first: a crash between the swap and the save must not leave a
        // manifest that describes the other folder.
        if let Some((path, _, _)) = &record {
            let _ = std::fs::remove_file(path);
        }
        swap_in(&self.dir, &self.out)?;
        self.committed = true;
        if let Some((path, inputs, warnings)) = record {
            Manifest {
                inputs,
                warnings,
                files,
            }
            .save(path);
        }
        Ok(stats)
    }
}

impl Sink for Staging {
    fn put(&self, path: &str, bytes: &[u8]) -> Result<()> {
        Staging::put(self, path, bytes)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Moves the complete `staging` folder to `out`, atomically where the system allows it, and
/// removes the previous version. What is at `out` is looked at again first: only herald's own
/// output (or an empty folder, or nothing) is ever moved aside.
fn swap_in(staging: &Path, out: &Path) -> Result<()> {
    match std::fs::symlink_metadata(out) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return move_new(staging, out).map_err(|e| io_error("move", staging, e));
        }
        Ok(m) if m.is_dir() && is_ours(out) => {}
        Ok(m) => {
            return Err(refuse_out(
                out,
                crate::tr!("write-replaced", kind = kind_of(&m)),
            ))
        }
        Err(e) => return Err(io_error("read", out, e)),
    }
    // One atomic step where the system allows it: there is no moment without an output.
    if exchange(staging, out).is_ok() {
        remove_own(staging);
        return Ok(());
    }
    swap_by_renames(staging, out, SWAP_PAUSE, &mut |a, b| std::fs::rename(a, b))
}

/// The swap in two renames, for systems without an atomic exchange (Windows, macOS): the old
/// output moved aside (tried again while a program holds a file in it open), the new one moved
/// in, the old one removed. On any failure the previous output is back in place.
fn swap_by_renames(
    staging: &Path,
    out: &Path,
    pause: std::time::Duration,
    rename: &mut dyn FnMut(&Path, &Path) -> std::io::Result<()>,
) -> Result<()> {
    let old = sibling(out, "old");
    retry_while_busy(SWAP_ATTEMPTS, pause, || rename(out, &old))
        .map_err(|e| busy_or_io_error(out, e))?;
    if let Err(e) = rename(staging, out) {
        let _ = rename(&old, out);
        return Err(io_error("move", staging, e));
    }
    remove_own(&old);
    Ok(())
}

/// How often, and how far apart, moving the old output aside is tried: on Windows a folder
/// cannot be renamed while a program (a preview server, an Explorer window, a virus scanner)
/// has a file in it open, which is often over in a moment.
const SWAP_ATTEMPTS: u32 = 10;
const SWAP_PAUSE: std::time::Duration = std::time::Duration::from_millis(200);

/// Whether an error means "something holds a file open; try again soon": Windows says access
/// denied or sharing violation, other systems "busy".
fn is_busy(e: &std::io::Error) -> bool {
    const ERROR_ACCESS_DENIED: i32 = 5;
    const ERROR_SHARING_VIOLATION: i32 = 32;
    const ERROR_LOCK_VIOLATION: i32 = 33;
    if cfg!(windows) {
        return matches!(
            e.raw_os_error(),
            Some(ERROR_ACCESS_DENIED | ERROR_SHARING_VIOLATION | ERROR_LOCK_VIOLATION)
        );
    }
    e.kind() == std::io::ErrorKind::ResourceBusy || e.kind() == std::io::ErrorKind::PermissionDenied
}

/// Runs `op` until it succeeds, fails for a reason other than [`is_busy`], or has been tried
/// `attempts` times, `pause` apart.
fn retry_while_busy(
    attempts: u32,
    pause: std::time::Duration,
    mut op: impl FnMut() -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut tried = 1;
    loop {
        match op() {
            Err(e) if is_busy(&e) && tried < attempts => {
                tried += 1;
                std::thread::sleep(pause);
            }
            r => return r,
        }
    }
}

/// The error when the old output could not be moved aside: the output is unchanged.
fn busy_or_io_error(out: &Path, e: std::io::Error) -> Failure {
    if !is_busy(&e) {
        return io_error("move-aside", out, e);
    }
    Diagnostic::error(crate::tr!(
        "write-busy",
        folder = out.display().to_string(),
        reason = crate::messages::io_reason(&e)
    ))
    .with_code(crate::diagnostics::Code::OutputError)
    .with_hint(crate::tr!("write-busy-hint"))
    .into()
}

/// Renames `from` to `to`, never replacing anything that appeared at `to` meanwhile (Linux
/// `renameat2(RENAME_NOREPLACE)`; elsewhere a rename, which replaces at most an empty folder).
fn move_new(from: &Path, to: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    match renameat2(from, to, libc::RENAME_NOREPLACE) {
        Err(e)
            if e.raw_os_error() == Some(libc::EINVAL) || e.raw_os_error() == Some(libc::ENOSYS) => {
        }
        r => return r,
    }
    std::fs::rename(from, to)
}

/// Swaps two folders atomically (Linux `renameat2(RENAME_EXCHANGE)`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    renameat2(a, b, libc::RENAME_EXCHANGE)
}

#[cfg(target_os = "linux")]
fn renameat2(a: &Path, b: &Path, flags: libc::c_uint) -> std::io::Result<()> {
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
            flags,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn busy() -> std::io::Error {
        if cfg!(windows) {
            std::io::Error::from_raw_os_error(32)
        } else {
            std::io::Error::from(std::io::ErrorKind::ResourceBusy)
        }
    }

    #[test]
    fn a_busy_rename_is_tried_again_until_it_works() {
        let mut calls = 0;
        let r = retry_while_busy(5, std::time::Duration::ZERO, || {
            calls += 1;
            if calls < 3 {
                Err(busy())
            } else {
                Ok(())
            }
        });
        assert!(r.is_ok());
        assert_eq!(calls, 3);
    }

    #[test]
    fn a_rename_busy_for_good_gives_up_and_names_the_folder() {
        let mut calls = 0;
        let r = retry_while_busy(4, std::time::Duration::from_millis(1), || {
            calls += 1;
            Err(busy())
        });
        assert_eq!(calls, 4);
        let Failure(d) = busy_or_io_error(Path::new("site/public"), r.unwrap_err());
        assert!(
            d[0].message.starts_with(
                "cannot replace the output folder site/public: a program keeps a file in it open"
            ),
            "{}",
            d[0].message
        );
        assert!(d[0]
            .hint
            .as_deref()
            .unwrap()
            .contains("the previous output is unchanged"));
    }

    #[test]
    fn a_rename_that_fails_for_another_reason_is_not_tried_again() {
        let mut calls = 0;
        let r = retry_while_busy(5, std::time::Duration::ZERO, || {
            calls += 1;
            Err(std::io::Error::from(std::io::ErrorKind::NotFound))
        });
        assert!(r.is_err());
        assert_eq!(calls, 1);
    }

    /// The swap where the system has no atomic exchange, with a rename that fails as Windows'
    /// does while a file in the folder is open: tried again, then a clear error, and the previous
    /// output is still in place; once the file is closed, the swap goes through.
    #[test]
    fn the_previous_output_stays_while_it_cannot_be_moved_aside() {
        let dir = tempfile::tempdir().unwrap();
        let (out, staging) = (dir.path().join("public"), dir.path().join("new"));
        for (d, text) in [(&out, "old"), (&staging, "new")] {
            std::fs::create_dir(d).unwrap();
            std::fs::write(d.join("index.html"), text).unwrap();
            std::fs::write(d.join(MARKER), "").unwrap();
        }
        let mut tries = 0;
        let mut held_open = |a: &Path, b: &Path| {
            if a == out {
                tries += 1;
                return Err(busy());
            }
            std::fs::rename(a, b)
        };
        let pause = std::time::Duration::from_millis(1);
        let Err(Failure(d)) = swap_by_renames(&staging, &out, pause, &mut held_open) else {
            panic!("the swap cannot succeed while the folder is held open");
        };
        assert_eq!(tries, SWAP_ATTEMPTS);
        assert!(
            d[0].message.contains(&out.display().to_string()),
            "{}",
            d[0].message
        );
        let read = |p: &Path| std::fs::read_to_string(p.join("index.html")).unwrap();
        assert_eq!(read(&out), "old");
        // Closed after two tries: the swap succeeds.
        let mut tries = 0;
        let mut closed_soon = |a: &Path, b: &Path| {
            tries += 1;
            if a == out && tries < 3 {
                return Err(busy());
            }
            std::fs::rename(a, b)
        };
        swap_by_renames(&staging, &out, pause, &mut closed_soon).unwrap();
        assert_eq!(read(&out), "new");
        assert!(!sibling(&out, "old").exists());
    }

    #[test]
    fn a_manifest_reads_back_what_was_written() {
        let mut m = Manifest {
            inputs: 0xdead_beef,
            warnings: vec![
                "site.yaml:3: warning: two\nlines".into(),
                "a \\n that is not a line break, and a trailing \\".into(),
            ],
            files: HashMap::new(),
        };
        m.files.insert(
            "lv/jaunumi/ziņa ar atstarpi/index.html".into(),
            Written {
                hash: 42,
                id: FileId {
                    size: 7,
                    mtime_ns: -5,
                    ino: 9,
                },
            },
        );
        let back = Manifest::parse(&m.to_text()).unwrap();
        assert_eq!(back.inputs, m.inputs);
        assert_eq!(back.warnings, m.warnings);
        assert_eq!(back.files, m.files);
        // Anything else is no manifest: the next build compares bytes instead.
        assert!(Manifest::parse("something else\n").is_none());
        assert!(Manifest::parse(&format!("{MANIFEST_HEADER}\nfile x\n")).is_none());
    }
}
