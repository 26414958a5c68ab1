//! The PDF cache folder (`pdf/` in the cache folder): every rendered PDF as `<key>.pdf` beside
//! its checksum (`<key>.pdf.sum`), and an index (`index`) saying, for each PDF a build used,
//! its size, modification time and inode when herald last wrote or checked it, and its content
//! hash. A PDF whose file still matches its line is used as it is, for the price of a stat;
//! any other is read whole and checked against its sum once, then indexed again. The index also
//! remembers the link and picture destinations of each item text (by a hash of the text): they
//! go into the PDF's key, and reading them from the Markdown cost as much as the rest of a
//! cached PDF. The index is a shortcut only: a missing, stale or damaged one costs reading,
//! never a wrong PDF.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::output::{content_hash, FileId};

/// The index's file name (not a name `is_cache_name` accepts, so pruning leaves it alone).
pub const INDEX: &str = "index";
const HEADER: &str = "herald pdf cache index 2";

/// An item text's link and picture destinations (`markup::destinations`).
pub type Destinations = Vec<(String, bool)>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    id: FileId,
    hash: u64,
}

/// The cache folder of one build: the index as read, and the entries of the PDFs this build
/// used (what the saved index will hold).
pub struct Cache {
    dir: PathBuf,
    known: Index,
    used: Mutex<Index>,
}

/// What the index file holds: PDFs by file name, destinations by the hash of their text.
#[derive(Debug, Default, PartialEq, Eq)]
struct Index {
    pdfs: HashMap<String, Entry>,
    destinations: HashMap<u128, Arc<Destinations>>,
}

impl Cache {
    /// The cache folder `dir` and its index (none when missing or unreadable).
    pub fn open(dir: &Path) -> Cache {
        let known = std::fs::read_to_string(dir.join(INDEX))
            .map(|text| parse(&text))
            .unwrap_or_default();
        Cache {
            dir: dir.to_path_buf(),
            known,
            used: Mutex::default(),
        }
    }

    /// The cached PDF `name` and its content hash, when it is there and whole: known from the
    /// index when the file is as herald last saw it, else read and checked against its sum.
    pub fn get(&self, name: &str) -> Option<(PathBuf, u64)> {
        let file = self.dir.join(name);
        let id = FileId::of_path(&file)?;
        let hash = match self.known.pdfs.get(name) {
            Some(e) if e.id == id => e.hash,
            _ => {
                let bytes = crate::owned::read_cached(&file)?;
                let hash = content_hash(&bytes);
                // Stat again: the entry must describe the file that was checked.
                let again = FileId::of_path(&file)?;
                if again != id {
                    return None;
                }
                hash
            }
        };
        self.note(name, Entry { id, hash });
        Some((file, hash))
    }

    /// Stores a rendered PDF as `name` (with its sum); its path and content hash, or None
    /// when the cache cannot be written.
    pub fn put(&self, name: &str, bytes: &[u8]) -> Option<(PathBuf, u64)> {
        let file = self.dir.join(name);
        if !crate::owned::store_cached(&file, bytes) {
            return None;
        }
        let id = FileId::of_path(&file)?;
        let hash = content_hash(bytes);
        self.note(name, Entry { id, hash });
        Some((file, hash))
    }

    fn note(&self, name: &str, entry: Entry) {
        self.used
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .pdfs
            .insert(name.to_string(), entry);
    }

    /// The destinations of item text `body`: remembered (by the text's length and hash, so a
    /// text that is not held need not be read), else found by `find` (a parse; None when the
    /// text cannot be read, which is not remembered).
    /// `salt` stands for the code that finds them (a new version may find others).
    pub fn destinations(
        &self,
        salt: u128,
        body: &crate::content::Body,
        find: impl FnOnce() -> Option<Destinations>,
    ) -> Arc<Destinations> {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        h.update(&salt.to_le_bytes());
        h.update(&(body.len() as u64).to_le_bytes());
        h.update(&body.content_hash().to_le_bytes());
        let key = h.digest128();
        let found = match self.known.destinations.get(&key) {
            Some(d) => Arc::clone(d),
            None => match find() {
                Some(found) => Arc::new(found),
                None => return Arc::default(),
            },
        };
        self.used
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .destinations
            .insert(key, Arc::clone(&found));
        found
    }

    /// Writes the index of the PDFs and texts this build used, when it differs from the one
    /// read (best effort: without it the next build reads the PDFs and texts once more).
    pub fn save(self) {
        let used = self.used.into_inner().unwrap_or_else(|e| e.into_inner());
        if used == self.known || !self.dir.is_dir() {
            return;
        }
        let mut lines: Vec<String> = used
            .pdfs
            .iter()
            .map(|(name, e)| {
                format!(
                    "{name} {} {} {} {:016x}\n",
                    e.id.size, e.id.mtime_ns, e.id.ino, e.hash
                )
            })
            .collect();
        for (key, list) in &used.destinations {
            // JSON escapes line breaks: one line each.
            if let Ok(json) = serde_json::to_string(list.as_ref()) {
                lines.push(format!("text {key:032x} {json}\n"));
            }
        }
        lines.sort_unstable();
        let mut text = format!("{HEADER}\n");
        text.extend(lines);
        crate::owned::replace_file(&self.dir, &self.dir.join(INDEX), text.as_bytes());
    }
}

/// The entries of an index file; an unknown header or a damaged line is left out.
fn parse(text: &str) -> Index {
    let mut lines = text.lines();
    let mut index = Index::default();
    if lines.next() != Some(HEADER) {
        return index;
    }
    for line in lines {
        if let Some(rest) = line.strip_prefix("text ") {
            let Some((key, json)) = rest.split_once(' ') else {
                continue;
            };
            let key = u128::from_str_radix(key, 16).ok();
            let list = serde_json::from_str::<Destinations>(json).ok();
            if let (Some(key), Some(list)) = (key, list) {
                index.destinations.insert(key, Arc::new(list));
            }
        } else if let Some((name, entry)) = pdf_line(line) {
            index.pdfs.insert(name, entry);
        }
    }
    index
}

/// A PDF's line: `<name> <size> <mtime ns> <inode> <content hash>`.
fn pdf_line(line: &str) -> Option<(String, Entry)> {
    let mut f = line.split(' ');
    let name = f.next()?;
    let size = f.next()?.parse().ok()?;
    let mtime_ns = f.next()?.parse().ok()?;
    let ino = f.next()?.parse().ok()?;
    let hash = u64::from_str_radix(f.next()?, 16).ok()?;
    if f.next().is_some() || !name.ends_with(".pdf") || !super::is_cache_name(name) {
        return None;
    }
    let id = FileId {
        size,
        mtime_ns,
        ino,
    };
    Some((name.to_string(), Entry { id, hash }))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAME: &str = "0123456789abcdef0123456789abcdef.pdf";

    #[test]
    fn an_indexed_pdf_is_not_read_and_a_changed_one_is_checked_again() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("cache").join("pdf");
        let cache = Cache::open(&pdf);
        let (file, hash) = cache.put(NAME, b"%PDF-1.7 one").unwrap();
        assert_eq!(hash, content_hash(b"%PDF-1.7 one"));
        cache.save();
        let index = std::fs::read_to_string(pdf.join(INDEX)).unwrap();
        assert!(index.starts_with(HEADER) && index.contains(NAME), "{index}");

        // The sum no longer matches the bytes, but the file is as indexed: taken unread.
        std::fs::write(pdf.join(format!("{NAME}.sum")), "0").unwrap();
        let cache = Cache::open(&pdf);
        assert_eq!(cache.get(NAME), Some((file.clone(), hash)));

        // Rewritten behind herald's back (another size): read, and refused by its sum.
        std::fs::write(&file, b"%PDF-1.7 damaged").unwrap();
        let cache = Cache::open(&pdf);
        assert_eq!(cache.get(NAME), None);

        // Without an index, a whole file with its sum is read once and indexed.
        assert!(crate::owned::store_cached(&file, b"%PDF-1.7 two"));
        std::fs::remove_file(pdf.join(INDEX)).unwrap();
        let cache = Cache::open(&pdf);
        let two = content_hash(b"%PDF-1.7 two");
        assert_eq!(cache.get(NAME), Some((file.clone(), two)));
        cache.save();
        assert_eq!(Cache::open(&pdf).known.pdfs.len(), 1);
    }

    #[test]
    fn a_damaged_index_is_ignored_line_by_line() {
        let text = format!(
            "{HEADER}\n{NAME} 12 34 56 00000000000000ff\nnot a line\n../x.pdf 1 2 3 4\n{NAME}.sum 1 2 3 4\n"
        );
        let known = parse(&text);
        assert_eq!(known.pdfs.len(), 1);
        assert_eq!(known.pdfs[NAME].hash, 0xff);
        assert_eq!(
            parse(&format!("another header\n{NAME} 1 2 3 4\n")),
            Index::default()
        );
        // Herald's file (an old cache folder without its marker is still known as herald's),
        // but not one pruning removes.
        assert!(super::super::is_cache_folder_name(INDEX));
        assert!(!super::super::is_cache_name(INDEX));
        let texts = parse(&format!(
            "{HEADER}\ntext ff [[\"a b\\n\",true]]\ntext fg []\ntext 1 [x]\n"
        ));
        assert_eq!(texts.destinations.len(), 1);
        assert_eq!(
            *texts.destinations[&0xff],
            vec![("a b\n".to_string(), true)]
        );
    }

    #[test]
    fn destinations_are_found_once_and_remembered_by_text() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("pdf");
        std::fs::create_dir_all(&pdf).unwrap();
        let cache = Cache::open(&pdf);
        let found = vec![("a.md".to_string(), false), ("<p>\n".to_string(), true)];
        let text = crate::content::Body::held("text");
        assert_eq!(*cache.destinations(1, &text, || Some(found.clone())), found);
        // A text that could not be read is not remembered.
        let unread = crate::content::Body::held("unread");
        assert!(cache.destinations(1, &unread, || None).is_empty());
        cache.save();
        let cache = Cache::open(&pdf);
        let again = cache.destinations(1, &text, || panic!("found again"));
        assert_eq!(*again, found);
        let other = crate::content::Body::held("text!");
        assert!(cache
            .destinations(1, &other, || Some(Vec::new()))
            .is_empty());
        assert!(cache.destinations(2, &text, || Some(Vec::new())).is_empty());
        assert_eq!(
            *cache.destinations(1, &unread, || Some(found.clone())),
            found
        );
    }
}
