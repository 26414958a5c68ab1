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
/// first appear. Most words of a text repeat: the table of words seen keeps each word's
/// [`Key`] and where it is in the answer, so a word seen before is hashed and compared from
/// its key alone, and nothing is allocated for it.
pub(super) fn distinct_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() / 3);
    let mut seen: hashbrown::HashTable<(Key, u32)> =
        hashbrown::HashTable::with_capacity(text.len() / 32);
    stem::for_each_word(text, |word| {
        let key = Key::of(word.as_bytes());
        let hash = key.hash();
        let same = |&(k, at): &(Key, u32)| {
            k == key && (key.whole() || out.as_bytes()[at as usize..].starts_with(word.as_bytes()))
        };
        if seen.find(hash, same).is_none() {
            let at = out.len() as u32;
            out.push_str(word);
            out.push(' ');
            seen.insert_unique(hash, (key, at), |(k, _)| k.hash());
        }
    });
    out
}

/// A word's length and two pieces of it, read the way foldhash reads a short key: up to 16
/// bytes they are the whole word (the first and the last eight bytes, overlapping; the first
/// and last four; or the first, middle and last byte), so two words are compared without
/// reading them again; a longer word is compared whole when its key matches.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Key {
    head: u64,
    tail: u64,
    len: u32,
}

impl Key {
    fn of(w: &[u8]) -> Self {
        let len = w.len();
        let u64_at = |i: usize| u64::from_le_bytes(w[i..i + 8].try_into().unwrap());
        let u32_at = |i: usize| u64::from(u32::from_le_bytes(w[i..i + 4].try_into().unwrap()));
        let (head, tail) = match len {
            8.. => (u64_at(0), u64_at(len - 8)),
            4..8 => (u32_at(0), u32_at(len - 4)),
            1..4 => (
                u64::from(w[0]) | u64::from(w[len / 2]) << 8 | u64::from(w[len - 1]) << 16,
                0,
            ),
            0 => (0, 0),
        };
        Key {
            head,
            tail,
            len: len as u32,
        }
    }

    /// Whether the key holds every byte of the word.
    fn whole(&self) -> bool {
        self.len <= 16
    }

    /// A folded multiply of the two pieces (foldhash's mixing step), with fixed seeds: the
    /// table lives for one text.
    fn hash(&self) -> u64 {
        let x = u128::from(self.head ^ 0x243f_6a88_85a3_08d3)
            * u128::from(self.tail ^ u64::from(self.len) ^ 0x1319_8a2e_0370_7344);
        (x as u64) ^ (x >> 64) as u64
    }
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

    /// The words of `text` without repeats, found with a standard set.
    fn reference(text: &str) -> String {
        let mut seen = std::collections::HashSet::new();
        let mut out = String::new();
        stem::for_each_word(text, |w| {
            if seen.insert(w.to_string()) {
                out.push_str(w);
                out.push(' ');
            }
        });
        out
    }

    #[test]
    fn words_differing_in_any_one_byte_are_all_kept() {
        // Every length around the key's pieces (4, 8, 16 bytes), each byte changed in turn.
        for len in 1..=24 {
            let base = "a".repeat(len);
            let mut text = base.clone();
            for at in 0..len {
                let mut w = base.clone().into_bytes();
                w[at] = b'b';
                text.push(' ');
                text.push_str(std::str::from_utf8(&w).unwrap());
            }
            text.push(' ');
            text.push_str(&base);
            assert_eq!(distinct_words(&text), reference(&text), "length {len}");
            assert_eq!(distinct_words(&text).split_terminator(' ').count(), len + 1);
        }
    }

    proptest::proptest! {
        #[test]
        fn the_distinct_words_are_those_a_set_finds(
            words in proptest::collection::vec("[abāčšAĀ1]{1,20}", 0..60),
        ) {
            let text = words.join(" ");
            proptest::prop_assert_eq!(distinct_words(&text), reference(&text));
        }
    }

    #[test]
    fn each_word_is_kept_once_in_lower_case() {
        let t = Text::of("Seminārs, seminārs! SEMINĀRS 2024 un Seminārs.");
        assert_eq!(t.words().collect::<Vec<_>>(), ["seminārs", "2024", "un"]);
    }
}
