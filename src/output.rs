//! What a build produces, before it is written: one [`OutputFile`] per file of the site, its
//! contents (bytes, a file to copy, a file made on request), and the [`Sink`] the render
//! workers write finished files into (the staging folder of `write`), so the stages that make
//! files and the one that writes them need only this module. Also how a file on disk is known
//! again without reading it ([`FileId`]) and the hash of a file's bytes ([`content_hash`]),
//! shared by the output manifest and the PDF cache.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostics::Result;

/// One file of the built site.
#[derive(Debug, Clone)]
pub struct OutputFile {
    /// Relative to the output folder, `/` separated.
    pub path: String,
    pub contents: OutputContents,
}

#[derive(Debug, Clone)]
pub enum OutputContents {
    Bytes(Arc<[u8]>),
    /// Copied from this file on disk.
    Copy(PathBuf),
    /// A file of herald's cache whose content hash ([`content_hash`]) is known (a cached
    /// PDF): hard-linked into the output, else copied, without being read.
    Cached(PathBuf, u64),
    Static(&'static [u8]),
    /// Made when first asked for (serve renders a PDF only when it is requested).
    Lazy(Arc<Lazy>),
    /// Already written into the output by the render worker that made it (`herald build`).
    Streamed,
}

/// A file made on demand, once: concurrent requests wait for the one rendering.
pub struct Lazy {
    /// Hash of what the file is made from: equal keys, equal files. The preview's reload
    /// message names the files whose key changed; files no page shows (the search index) keep
    /// key 0 and are never named.
    pub key: u64,
    make: Box<dyn Fn() -> std::result::Result<Arc<[u8]>, String> + Send + Sync>,
    made: std::sync::OnceLock<std::result::Result<Arc<[u8]>, String>>,
}

impl Lazy {
    pub fn new(
        key: u64,
        make: Box<dyn Fn() -> std::result::Result<Arc<[u8]>, String> + Send + Sync>,
    ) -> Self {
        Lazy {
            key,
            make,
            made: std::sync::OnceLock::new(),
        }
    }

    /// The file's bytes, made now if this is the first request.
    pub fn get(&self) -> std::result::Result<Arc<[u8]>, String> {
        self.made.get_or_init(|| (self.make)()).clone()
    }
}

impl std::fmt::Debug for Lazy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lazy({:016x})", self.key)
    }
}

/// Where finished files go as soon as they are made (`herald build`'s staging folder).
pub trait Sink: Sync {
    /// Writes `bytes` as the file at `path` (relative, `/` separated).
    fn put(&self, path: &str, bytes: &[u8]) -> Result<()>;
}

/// What identifies a file's version on disk without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileId {
    pub size: u64,
    pub mtime_ns: i128,
    pub ino: u64,
}

impl FileId {
    pub fn of(meta: &std::fs::Metadata) -> FileId {
        let mtime_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i128);
        #[cfg(unix)]
        let ino = std::os::unix::fs::MetadataExt::ino(meta);
        #[cfg(not(unix))]
        let ino = 0;
        FileId {
            size: meta.len(),
            mtime_ns,
            ino,
        }
    }

    pub fn of_path(p: &Path) -> Option<FileId> {
        std::fs::symlink_metadata(p)
            .ok()
            .filter(|m| m.is_file())
            .map(|m| FileId::of(&m))
    }
}

/// Hash of an output file's bytes, as recorded in the manifest.
pub fn content_hash(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}
