//! What a text's Markdown looked up outside itself while it was rendered: each link
//! destination and each picture it named, with a hash of the answer. A session (serve) keeps a
//! rendered text while every answer is still the same, so a new or deleted item renders again
//! only the texts that link to it, not every text of the site.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};

/// One question a text asked while it was rendered.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Asked {
    /// Where a link destination points.
    Link(String),
    /// Which processed picture an image destination names.
    Picture(String),
}

/// The questions one text asked, each with a hash of its answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lookups(Vec<(Asked, u64)>);

impl Lookups {
    /// True when `answer` gives every question the answer it had when the text was rendered.
    pub fn still_hold(&self, answer: impl Fn(&Asked) -> u64) -> bool {
        self.0.iter().all(|(asked, was)| answer(asked) == *was)
    }
}

/// Writes down the questions of one text as it renders (one text renders on one thread).
#[derive(Default)]
pub struct Recorder(RefCell<Vec<(Asked, u64)>>);

impl Recorder {
    pub fn record(&self, asked: Asked, answer: u64) {
        self.0.borrow_mut().push((asked, answer));
    }

    /// The questions, each once (a text may name one page many times).
    pub fn finish(self) -> Lookups {
        let mut asked = self.0.into_inner();
        asked.sort_unstable();
        asked.dedup();
        Lookups(asked)
    }
}

/// The hash an answer is kept as.
pub fn hash_of(answer: &impl Hash) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    answer.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_holds_while_every_answer_is_the_same() {
        let r = Recorder::default();
        r.record(Asked::Link("../b/".into()), 1);
        r.record(Asked::Picture("a.jpg".into()), 2);
        r.record(Asked::Link("../b/".into()), 1);
        let lookups = r.finish();
        assert_eq!(lookups.0.len(), 2, "{lookups:?}");
        let answers = |link: u64| {
            move |a: &Asked| match a {
                Asked::Link(_) => link,
                Asked::Picture(_) => 2,
            }
        };
        assert!(lookups.still_hold(answers(1)));
        assert!(!lookups.still_hold(answers(3)));
        assert!(Lookups::default().still_hold(|_| 0));
    }
}
