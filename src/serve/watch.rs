//! Watching the site's inputs with notify: `site.yaml`, `content/`, `static/`, `templates/`,
//! `themes/` and `i18n/` (never the output or cache folders), ignoring editors' swap and
//! temporary files, and turning a burst of events into one rebuild. Everything that arrives
//! while a rebuild runs becomes the one next rebuild (rebuilds never queue up), and an input
//! folder that is deleted and made again, or replaced by a rename, is watched again (its old
//! watch followed the old folder or died with it) and the terminal says so.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, ModifyKind};
use notify::{EventKind, RecursiveMode, Watcher};

use crate::inputs::{INPUTS, INPUT_FOLDERS};

/// One event of the watcher: when it came and the input files it names (relative to the site
/// root), or `rescan` when the system lost track (an overflowed event queue) and anything
/// may have changed.
#[derive(Debug, Clone)]
pub struct Change {
    pub at: Instant,
    pub paths: Vec<PathBuf>,
    pub rescan: bool,
    /// A file was closed after writing: its writer is done with it.
    pub written: bool,
    /// An input folder itself came, went or was renamed (`content`, relative to the root).
    pub folders: Vec<PathBuf>,
}

/// After a file is closed from writing, how long to wait for the rest of its save (the
/// removal of a backup, another file of the same save) before building.
const AFTER_WRITE: Duration = Duration::from_millis(2);

/// The longest a burst is waited for before building what it changed so far.
const MAX_WAIT: Duration = Duration::from_millis(500);

/// A burst of events, merged: when the first came and what they named together.
#[derive(Debug, Clone)]
pub struct Batch {
    pub first: Instant,
    pub changes: crate::pipeline::Changes,
    /// Input folders that came, went or were replaced.
    pub folders: std::collections::BTreeSet<PathBuf>,
}

/// Files editors write beside the real one while saving.
pub fn is_noise(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return true;
    };
    name.starts_with('.')
        || name.ends_with('~')
        || name.starts_with('#')
        || name.starts_with("~$")
        || name == "4913"
        || [
            ".swp",
            ".swx",
            ".swo",
            ".tmp",
            ".part",
            ".crdownload",
            ".kate-swp",
        ]
        .iter()
        .any(|s| name.ends_with(s))
}

/// Whether a change at `path` can affect the site.
fn is_input(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let mut parts = rel.components();
    let Some(first) = parts.next() else {
        return false;
    };
    let first = first.as_os_str();
    INPUTS.iter().any(|d| first == *d) && !is_noise(path)
}

/// Whether an event is about a path itself appearing, disappearing or being renamed.
fn is_folder_event(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::Create(_) | EventKind::Remove(_) | EventKind::Modify(ModifyKind::Name(_))
    )
}

/// Whether a path relative to the root is an input folder itself (`content`, not `content/x`).
fn is_input_dir(rel: &Path) -> bool {
    let mut parts = rel.components();
    match (parts.next(), parts.next()) {
        (Some(first), None) => INPUT_FOLDERS.iter().any(|d| first.as_os_str() == *d),
        _ => false,
    }
}

/// Tells the person at the terminal; a closed terminal must not stop the preview.
fn say(text: &str) {
    let mut out = std::io::stdout();
    let _ = writeln!(out, "{text}");
    let _ = out.flush();
}

/// The watcher and the input folders it covers.
pub struct Watch {
    watcher: notify::RecommendedWatcher,
    root: PathBuf,
    watched: BTreeSet<&'static str>,
    /// Folders that could not be watched, said once.
    failed: BTreeSet<&'static str>,
}

impl Watch {
    pub fn start(root: &Path, tx: Sender<Change>) -> notify::Result<Watch> {
        let root: PathBuf = dunce::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        let watcher = notify::recommended_watcher(handler(root.clone(), tx))?;
        let mut watch = Watch {
            watcher,
            root,
            watched: BTreeSet::new(),
            failed: BTreeSet::new(),
        };
        // The root itself, not recursively: site.yaml, and input folders created later.
        watch
            .watcher
            .watch(&watch.root, RecursiveMode::NonRecursive)?;
        for dir in INPUT_FOLDERS {
            watch.rewatch(dir);
        }
        Ok(watch)
    }

    /// Brings the watches up to date after `batch`: a folder that appeared is watched, one
    /// that went is let go, and one the batch saw come, go or be renamed (or every one, when
    /// the system lost events) is watched afresh, since its old watch followed the old folder
    /// or died with it. True when a folder was (re)watched: what it holds was never announced,
    /// so the next build must look at everything.
    pub fn refresh(&mut self, batch: &Batch) -> bool {
        let lost = matches!(batch.changes, crate::pipeline::Changes::Unknown);
        if lost {
            say(&crate::tr!("serve-watch-lost"));
        }
        let mut fresh = false;
        for dir in INPUT_FOLDERS {
            let was = self.watched.contains(dir);
            let exists = self.root.join(dir).is_dir();
            let touched = lost || batch.folders.contains(Path::new(dir));
            if was && !exists {
                self.unwatch(dir);
                say(&crate::tr!("serve-watch-removed", dir = *dir));
            } else if exists && (!was || touched) {
                self.unwatch(dir);
                if self.rewatch(dir) && !lost {
                    say(&if was {
                        crate::tr!("serve-watch-replaced", dir = *dir)
                    } else {
                        crate::tr!("serve-watch-appeared", dir = *dir)
                    });
                }
                fresh = true;
            }
        }
        fresh
    }

    fn unwatch(&mut self, dir: &'static str) {
        if self.watched.remove(dir) {
            // The watch may be gone with the folder already.
            let _ = self.watcher.unwatch(&self.root.join(dir));
        }
    }

    /// Watches one input folder if it exists; says once when it cannot be watched.
    fn rewatch(&mut self, dir: &'static str) -> bool {
        let path = self.root.join(dir);
        if !path.is_dir() {
            return false;
        }
        match self.watcher.watch(&path, RecursiveMode::Recursive) {
            Ok(()) => {
                self.watched.insert(dir);
                self.failed.remove(dir);
                true
            }
            Err(e) => {
                if self.failed.insert(dir) {
                    let warning = crate::tr!("serve-watch-failed", dir = dir, error = reason(&e));
                    say(&crate::diagnostics::Diagnostic::warning(warning).to_string());
                }
                false
            }
        }
    }
}

/// The watcher's callback: turns notify's events into [`Change`]s of input files.
fn handler(
    root: PathBuf,
    tx: Sender<Change>,
) -> impl FnMut(notify::Result<notify::Event>) + Send + 'static {
    move |res: notify::Result<notify::Event>| {
        let at = Instant::now();
        let Ok(event) = res else {
            // The watcher failed to say what changed: look at everything.
            let _ = tx.send(Change {
                at,
                paths: Vec::new(),
                rescan: true,
                written: false,
                folders: Vec::new(),
            });
            return;
        };
        let written = matches!(
            event.kind,
            EventKind::Access(AccessKind::Close(AccessMode::Write))
        );
        if matches!(event.kind, EventKind::Access(_)) && !written {
            return;
        }
        let rescan = event.need_rescan();
        let paths: Vec<PathBuf> = event
            .paths
            .iter()
            .filter(|p| is_input(&root, p))
            .filter_map(|p| p.strip_prefix(&root).ok())
            .map(Path::to_path_buf)
            .collect();
        let folders = if is_folder_event(&event.kind) {
            paths.iter().filter(|p| is_input_dir(p)).cloned().collect()
        } else {
            Vec::new()
        };
        if rescan || !paths.is_empty() {
            let _ = tx.send(Change {
                at,
                paths,
                rescan,
                written,
                folders,
            });
        }
    }
}

/// The events of one burst, merged.
struct Burst {
    first: Instant,
    /// When waiting ends however busy it stays.
    cap: Instant,
    /// When the last file was closed after writing.
    written: Option<Instant>,
    paths: BTreeSet<PathBuf>,
    folders: BTreeSet<PathBuf>,
    rescan: bool,
}

impl Burst {
    fn add(&mut self, c: Change) {
        if c.written {
            self.written = Some(Instant::now());
        }
        self.rescan |= c.rescan;
        self.paths.extend(c.paths);
        self.folders.extend(c.folders);
    }

    /// A save of one file ends soon after the file is closed; a burst over several files (a
    /// folder copied in, a `git checkout`) waits for quiet, or it would be cut into a rebuild
    /// per file.
    fn deadline(&self) -> Instant {
        match self.written {
            Some(at) if self.paths.len() <= 1 && !self.rescan => self.cap.min(at + AFTER_WRITE),
            _ => self.cap,
        }
    }
}

/// Blocks until a change arrives, then waits until no event came for `quiet` (at most
/// [`MAX_WAIT`]), so an editor's burst of writes is one rebuild of everything it touched. The
/// one file of a save closed after writing ends the wait sooner: its save is done. Whatever arrived while
/// the last rebuild ran is all taken into this one: rebuilds never queue up behind a burst
/// (a whole site copied over is one or two rebuilds, not one per file).
pub fn next_batch(rx: &Receiver<Change>, quiet: Duration) -> Option<Batch> {
    let first = rx.recv().ok()?;
    let mut burst = Burst {
        first: first.at,
        cap: Instant::now() + MAX_WAIT,
        written: None,
        paths: BTreeSet::new(),
        folders: BTreeSet::new(),
        rescan: false,
    };
    burst.add(first);
    while let Ok(c) = rx.try_recv() {
        burst.add(c);
    }
    loop {
        let now = Instant::now();
        let deadline = burst.deadline();
        if now >= deadline {
            break;
        }
        match rx.recv_timeout(quiet.min(deadline - now)) {
            Ok(c) => burst.add(c),
            Err(_) => break,
        }
    }
    Some(Batch {
        first: burst.first,
        changes: if burst.rescan {
            crate::pipeline::Changes::Unknown
        } else {
            crate::pipeline::Changes::Files(burst.paths)
        },
        folders: burst.folders,
    })
}

/// Why a folder cannot be watched, in herald's words: the system's reason, or its limit of
/// watched folders (Linux' inotify), which a large site or many editors open can reach.
pub fn reason(e: &notify::Error) -> String {
    match &e.kind {
        notify::ErrorKind::Io(io) => crate::messages::io_reason(io),
        notify::ErrorKind::PathNotFound => crate::tr!("io-not-found"),
        notify::ErrorKind::MaxFilesWatch => crate::tr!("serve-watch-limit"),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_files_and_outputs_are_ignored() {
        let root = Path::new("/site");
        assert!(is_input(root, Path::new("/site/content/news/a.lv.md")));
        assert!(is_input(root, Path::new("/site/site.yaml")));
        assert!(is_input(root, Path::new("/site/i18n/lv.ftl")));
        assert!(!is_input(
            root,
            Path::new("/site/content/news/.a.lv.md.swp")
        ));
        assert!(!is_input(root, Path::new("/site/content/news/a.lv.md~")));
        assert!(!is_input(root, Path::new("/site/content/4913")));
        assert!(!is_input(root, Path::new("/site/public/index.html")));
        assert!(!is_input(root, Path::new("/site/target/debug/x")));
        assert!(!is_input(root, Path::new("/site/.herald-cache/x")));
    }

    #[test]
    fn a_folder_that_cannot_be_watched_is_said_in_herald_s_words() {
        let limit = notify::Error::new(notify::ErrorKind::MaxFilesWatch);
        assert!(reason(&limit).contains("fs.inotify.max_user_watches"));
        let denied = notify::Error::io(std::io::Error::from(std::io::ErrorKind::PermissionDenied));
        assert_eq!(
            reason(&denied),
            "herald has no permission to read or change it"
        );
    }
}
