//! What the search index keeps of a page's text: made by the renderer from the plain text it
//! reads while it writes the page's HTML (so a build reads each text once), small enough to
//! keep for every page until the index is made: the start of the text for the excerpt and
//! the text's distinct words.

use super::stem;

/// How much of a text a document keeps for the excerpt.
pub const EXCERPT_CHARS: usize = 1200;

/// A page's text as the index reads it.
#[derive(Debug, Default)]
pub struct Text {
    /// The start of the text, white space collapsed to single spaces.
    pub(super) excerpt: Box<str>,
    /// Its distinct words ([`stem::for_each_word`]), each followed by a space.
    words: Box<str>,
}

impl Text {
    /// `text`: the page's plain text (`markdown::Rendered::text`).
    pub fn of(text: &str) -> Self {
        Text {
            excerpt: excerpt(text),
            words: distinct_words(text).into_boxed_str(),
        }
    }

    /// The distinct words, in the order they first appear.
    pub(super) fn words(&self) -> impl Iterator<Item = &str> {
        self.words.split_terminator(' ')
    }
}

/// The first [`EXCERPT_CHARS`] characters of `text` with its white space collapsed.
fn excerpt(text: &str) -> Box<str> {
    let mut out = String::with_capacity(EXCERPT_CHARS + 16);
    let mut chars = 0;
    for word in text.split_whitespace() {
        if chars >= EXCERPT_CHARS {
            break;
        }
        if chars > 0 {
            out.push(' ');
            chars += 1;
        }
        out.push_str(word);
        chars += word.chars().count();
    }
    if chars > EXCERPT_CHARS {
        let end = out
            .char_indices()
            .nth(EXCERPT_CHARS)
            .map_or(out.len(), |(i, _)| i);
        out.truncate(end);
    }
    out.into_boxed_str()
}

/// The distinct words of `text`, lower case, each followed by a space, in the order they
/// first appear. Most words of a text repeat: the table of words seen holds where each is in
/// the answer, so a word is hashed once and nothing is allocated for it.
pub(super) fn distinct_words(text: &str) -> String {
    use std::hash::BuildHasher;
    let hasher = foldhash::fast::FixedState::default();
    let mut out = String::with_capacity(text.len() / 3);
    // (start, length) of each word in `out`.
    let mut seen: hashbrown::HashTable<(u32, u32)> =
        hashbrown::HashTable::with_capacity(text.len() / 32);
    stem::for_each_word(text, |word| {
        let hash = hasher.hash_one(word);
        if seen
            .find(hash, |&at| in_out(&out, at) == word.as_bytes())
            .is_none()
        {
            let at = (out.len() as u32, word.len() as u32);
            out.push_str(word);
            out.push(' ');
            seen.insert_unique(hash, at, |&at| hasher.hash_one(in_out(&out, at)));
        }
    });
    out
}

/// The word at `(start, length)` in `out`.
fn in_out(out: &str, (start, len): (u32, u32)) -> &[u8] {
    &out.as_bytes()[start as usize..(start + len) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_excerpt_is_the_start_with_single_spaces() {
        assert_eq!(
            &*excerpt("  Seminārs\n\n notika  Jelgavā. "),
            "Seminārs notika Jelgavā."
        );
        let long = "ā ".repeat(EXCERPT_CHARS);
        let x = excerpt(&long);
        assert_eq!(x.chars().count(), EXCERPT_CHARS);
        assert!(x.ends_with(' ') && x.starts_with("ā ā"));
    }

    #[test]
    fn each_word_is_kept_once_in_lower_case() {
        let t = Text::of("Seminārs, seminārs! SEMINĀRS 2024 un Seminārs.");
        assert_eq!(t.words().collect::<Vec<_>>(), ["seminārs", "2024", "un"]);
    }
}
