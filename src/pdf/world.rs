//! The Typst "world" of one press release: the generated source, the files it embeds (emblem,
//! logo, pictures) by virtual path, and herald's fonts. Nothing is read from disk by Typst: a
//! document sees only what herald hands it.

use std::collections::HashMap;
use std::sync::Arc;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt};

/// What every document shares: the standard library and the fonts, made once.
pub struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

impl Shared {
    pub fn new() -> Self {
        let fonts: Vec<Font> = crate::fonts::all()
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(data.as_slice())))
            .collect();
        Shared {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    }

    /// The fonts herald embeds.
    pub fn fonts(&self) -> &[Font] {
        &self.fonts
    }
}

impl Default for Shared {
    fn default() -> Self {
        Self::new()
    }
}

/// The id of a virtual file (ids are interned for the process's lifetime: herald reuses a
/// small set of names, `/main.typ`, `/emblem.svg`, `/img/0`, ...).
pub fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path)
        .unwrap_or_else(|_| VirtualPath::new("/invalid").expect("a plain absolute path is valid"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

pub struct World<'a> {
    shared: &'a Shared,
    main: Source,
    files: HashMap<FileId, Bytes>,
}

impl<'a> World<'a> {
    pub fn new(shared: &'a Shared, source: &str, files: &[(String, Arc<[u8]>)]) -> Self {
        let main = Source::new(file_id("/main.typ"), source.to_string());
        let files = files
            .iter()
            .map(|(path, bytes)| (file_id(path), Bytes::new(Arc::clone(bytes))))
            .collect();
        World {
            shared,
            main,
            files,
        }
    }
}

impl typst::World for World<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.shared.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.clone()));
        }
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(format!("{id:?}").into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.get(index).cloned()
    }

    /// Documents carry their own date; "today" would make builds differ from day to day.
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}

#[cfg(test)]
mod tests {
    /// The layout asks for the family the embedded fonts carry, in all four styles: a name
    /// Typst does not know would fall back to no font at all.
    #[test]
    fn the_layout_asks_for_the_embedded_family() {
        let family = crate::fonts::FAMILY;
        let shared = super::Shared::new();
        assert_eq!(shared.book.select_family(&family.to_lowercase()).count(), 4);
        assert!(super::super::LAYOUT.contains(&format!("font: \"{family}\"")));
    }
}
