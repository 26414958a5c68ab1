//! Watching the site's inputs with notify: `site.yaml`, `content/`, `static/`, `templates/`,
//! `themes/` and `i18n/` (never the output or cache folders), ignoring editors' swap and
//! temporary files, and turning a burst of events into one rebuild.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode};
use notify::{EventKind, RecursiveMode, Watcher};

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
}

/// After a file is closed from writing, how long to wait for the rest of its save (the
/// removal of a backup, another file of the same save) before building.
const AFTER_WRITE: Duration = Duration::from_millis(2);

/// A burst of events, merged: when the first came and what they named together.
#[derive(Debug, Clone)]
pub struct Batch {
    pub first: Instant,
    pub changes: crate::pipeline::Changes,
}

const INPUT_DIRS: &[&str] = &["content", "static", "templates", "themes", "i18n"];

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
    (first == "site.yaml" || INPUT_DIRS.iter().any(|d| first == *d)) && !is_noise(path)
}

/// The watcher and the folders it covers; input folders created later are added by
/// [`Watch::refresh`].
pub struct Watch {
    watcher: notify::RecommendedWatcher,
    root: PathBuf,
    watched: Vec<PathBuf>,
}

impl Watch {
    pub fn start(root: &Path, tx: Sender<Change>) -> notify::Result<Watch> {
        let root: PathBuf = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        let filter_root = root.clone();
        let mut watcher =
            notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
                let at = Instant::now();
                let Ok(event) = res else {
                    // The watcher failed to say what changed: look at everything.
                    let _ = tx.send(Change {
                        at,
                        paths: Vec::new(),
                        rescan: true,
                        written: false,
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
                    .filter(|p| is_input(&filter_root, p))
                    .filter_map(|p| p.strip_prefix(&filter_root).ok())
                    .map(Path::to_path_buf)
                    .collect();
                if rescan || !paths.is_empty() {
                    let _ = tx.send(Change {
                        at,
                        paths,
                        rescan,
                        written,
                    });
                }
            })?;
        // The root itself, not recursively: site.yaml, and input folders created later.
        watcher.watch(&root, RecursiveMode::NonRecursive)?;
        let mut watch = Watch {
            watcher,
            root,
            watched: Vec::new(),
        };
        watch.refresh();
        Ok(watch)
    }

    /// Watches input folders that appeared since the last call.
    pub fn refresh(&mut self) {
        for dir in INPUT_DIRS {
            let d = self.root.join(dir);
            if d.is_dir()
                && !self.watched.contains(&d)
                && self.watcher.watch(&d, RecursiveMode::Recursive).is_ok()
            {
                self.watched.push(d);
            }
        }
        self.watched.retain(|d| d.is_dir());
    }
}

/// Blocks until a change arrives, then waits until no event came for `quiet` (at most half a
/// second), so an editor's burst of writes is one rebuild of everything it touched. A file
/// closed after writing ends the wait sooner: its save is done.
pub fn next_batch(rx: &Receiver<Change>, quiet: Duration) -> Option<Batch> {
    let first = rx.recv().ok()?;
    let mut deadline = first.at + Duration::from_millis(500);
    if first.written {
        deadline = deadline.min(Instant::now() + AFTER_WRITE);
    }
    let mut batch = Batch {
        first: first.at,
        changes: crate::pipeline::Changes::Unknown,
    };
    let mut paths = std::collections::BTreeSet::new();
    let mut rescan = first.rescan;
    paths.extend(first.paths);
    loop {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        match rx.recv_timeout(quiet.min(deadline - now)) {
            Ok(c) => {
                if c.written {
                    deadline = deadline.min(Instant::now() + AFTER_WRITE);
                }
                rescan |= c.rescan;
                paths.extend(c.paths);
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => break,
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    if !rescan {
        batch.changes = crate::pipeline::Changes::Files(paths);
    }
    Some(batch)
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
}
