//! The index files of one language, under `search/<lang>/`:
//!
//! - `meta.json`: how many documents and shards, and the matching rules ([`super::stem::Rules`]);
//! - `s<k>.json`: the shard of the terms whose first two letters hash to `k`
//!   ([`shard_of`]): `{"term": [[id deltas...], [ids of titles holding it...]]}`;
//! - `d<k>.json`: the documents `k * DOCS_PER_FILE` onwards, [`DOCS_PER_FILE`] of them (a list):
//!   each one's title, address, date, section and the start of its text (the excerpt's source).
//!   One file per document would double the files of a site for little: a query shows ten
//!   results, mostly of the newest documents, which share files.
//!
//! Documents are numbered newest first, so among equal matches the lower number wins.

use std::collections::HashMap;
use std::sync::Arc;

use serde::Serialize;

use super::stem;
use super::text::{distinct_words, Text};
use crate::model::{Page, Site};

/// The folder of the index inside the output.
pub const FOLDER: &str = "search";
/// Documents per shard, roughly: more shards keep each query's download small.
const DOCS_PER_SHARD: usize = 16;
const MAX_SHARDS: usize = 256;
/// Documents per `d<k>.json` (written into `meta.json` for the search script).
pub const DOCS_PER_FILE: usize = 8;

/// How many shards a language of `docs` documents has: known from the model alone, so serve
/// can list the files before it makes them.
pub fn shard_count(docs: usize) -> usize {
    (docs / DOCS_PER_SHARD)
        .next_power_of_two()
        .clamp(1, MAX_SHARDS)
}

/// The shard of a term: its first two characters hashed (as `shardOf` in search.js).
pub fn shard_of(term: &str, shards: usize) -> usize {
    let mut c = term.chars().map(|c| c as usize);
    let a = c.next().unwrap_or(0);
    let b = c.next().unwrap_or(0);
    (a * 31 + b) % shards
}

/// What the index keeps of a page, owned (serve makes the index later, on request): what the
/// model says of it, shared between the rebuilds of a session that change only texts, and its
/// text.
#[derive(Debug, Clone)]
pub struct Source {
    pub about: Arc<About>,
    pub text: Arc<Text>,
}

impl std::ops::Deref for Source {
    type Target = About;
    fn deref(&self) -> &About {
        &self.about
    }
}

/// What the model says of a page that the index keeps.
#[derive(Debug)]
pub struct About {
    pub title: String,
    /// Address, with the site's base path.
    pub url: String,
    pub date: Option<String>,
    pub section: Option<String>,
    pub summary: Option<String>,
    /// The texts of its gallery (alt texts, captions, video titles): the item page shows them
    /// under its text, and readers look for what a photo shows.
    pub pictures: String,
}

/// The pages of `lang` in index order (newest first, undated pages last, then by address):
/// each one's place in `site.pages` and what the index keeps of it besides its text.
pub fn about(site: &Site, lang: &str) -> Vec<(usize, Arc<About>)> {
    let mut pages: Vec<(usize, &Page)> = site
        .pages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.lang == lang)
        .collect();
    pages.sort_by(|(_, a), (_, b)| b.date.cmp(&a.date).then_with(|| a.path.cmp(&b.path)));
    let base = site.config.base_path();
    pages
        .into_iter()
        .map(|(i, p)| {
            let about = About {
                title: p.title.clone(),
                url: format!("{base}{}", p.path),
                date: p.date.map(|d| d.to_string()),
                section: p.section.map(|s| site.sections[s].title.clone()),
                summary: p.summary.clone(),
                pictures: picture_texts(p),
            };
            (i, Arc::new(about))
        })
        .collect()
}

/// The pages of `order` ([`about`]) with their texts. `texts`: what the renderer kept of each
/// page's text, in the order of `site.pages`.
pub fn sources(order: &[(usize, Arc<About>)], texts: &[Arc<Text>]) -> Vec<Source> {
    order
        .iter()
        .map(|(i, about)| Source {
            about: Arc::clone(about),
            text: texts.get(*i).cloned().unwrap_or_default(),
        })
        .collect()
}

/// The alt texts, captions and video titles of a page's gallery, in one text.
fn picture_texts(page: &Page) -> String {
    let mut out = String::new();
    for e in &page.gallery {
        for text in [&e.alt, &e.caption, &e.title].into_iter().flatten() {
            out.push_str(text);
            out.push(' ');
        }
    }
    out
}

#[derive(Serialize)]
struct Meta<'a> {
    v: u32,
    lang: &'a str,
    docs: usize,
    shards: usize,
    /// Documents per `d<k>.json`.
    per: usize,
    rules: stem::Rules,
}

#[derive(Serialize)]
struct Doc<'a> {
    /// Title.
    t: &'a str,
    /// Address, with the site's base path.
    u: &'a str,
    /// Date, YYYY-MM-DD.
    #[serde(skip_serializing_if = "Option::is_none")]
    d: Option<&'a str>,
    /// Section title.
    #[serde(skip_serializing_if = "Option::is_none")]
    s: Option<&'a str>,
    /// The start of the text.
    x: &'a str,
}

/// A map keyed by words: each of a language's words is looked up once per document holding
/// it, with a fast fixed-seed hash (the standard one is built to resist chosen keys).
type WordMap<'a> = HashMap<&'a str, u32, foldhash::fast::FixedState>;

/// Numbers for the words of a language's documents, each distinct word once.
#[derive(Default)]
struct Vocabulary<'a> {
    ids: WordMap<'a>,
    words: Vec<&'a str>,
}

impl<'a> Vocabulary<'a> {
    /// Below [`IN_TITLE`]: a language has not two billion distinct words.
    fn id(&mut self, word: &'a str) -> u32 {
        *self.ids.entry(word).or_insert_with(|| {
            self.words.push(word);
            (self.words.len() - 1) as u32
        })
    }
}

/// The words of the title, and of the summary and the gallery's texts, of one document.
struct OwnWords {
    title: String,
    other: String,
}

fn own_words(page: &Source) -> OwnWords {
    let summary = page.summary.as_deref().unwrap_or("");
    OwnWords {
        title: distinct_words(&page.title),
        other: distinct_words(&format!("{summary} {}", page.pictures)),
    }
}

/// Marks a word number of [`number_words`] as the title's. One `u32` per word and document, not
/// a pair (which padding makes 8 bytes): 50 000 items hold some 25 million of them.
const IN_TITLE: u32 = 1 << 31;

/// Each document's words as numbers of `vocabulary`, [`IN_TITLE`] set where the title holds it.
fn number_words<'a>(
    docs: &'a [Source],
    own: &'a [OwnWords],
    vocabulary: &mut Vocabulary<'a>,
) -> Vec<Vec<u32>> {
    docs.iter()
        .zip(own)
        .map(|(doc, own)| {
            let title = own.title.split_terminator(' ').map(|w| (w, IN_TITLE));
            let rest = own.other.split_terminator(' ').chain(doc.text.words());
            title
                .chain(rest.map(|w| (w, 0)))
                .map(|(w, in_title)| vocabulary.id(w) | in_title)
                .collect()
        })
        .collect()
}

/// The term of every word of `vocabulary` (None: too short to keep), each word stemmed once
/// (a language's texts repeat a few thousand words), and the terms in a list.
fn terms_of(lang: &str, vocabulary: &Vocabulary) -> (Vec<Option<u32>>, Vec<String>) {
    use rayon::prelude::*;
    let stems: Vec<String> = vocabulary
        .words
        .par_iter()
        .map(|w| stem::term(lang, w))
        .collect();
    let mut ids = WordMap::default();
    let mut terms: Vec<&str> = Vec::new();
    let of_word = stems
        .iter()
        .map(|t| {
            (t.chars().count() >= 2).then(|| {
                *ids.entry(t.as_str()).or_insert_with(|| {
                    terms.push(t);
                    (terms.len() - 1) as u32
                })
            })
        })
        .collect();
    let terms = terms.into_iter().map(str::to_string).collect();
    (of_word, terms)
}

/// Each term's postings: the documents holding it, those whose title holds it (ids
/// ascending). Two forms of one word in a text give one term: the document counted once.
fn postings(words: &[Vec<u32>], of_word: &[Option<u32>], terms: usize) -> Vec<Postings> {
    let mut out: Vec<Postings> = (0..terms).map(|_| Postings::default()).collect();
    let mut own: Vec<(u32, bool)> = Vec::new();
    for (id, doc) in words.iter().enumerate() {
        own.clear();
        own.extend(
            doc.iter()
                .filter_map(|&w| of_word[(w & !IN_TITLE) as usize].map(|t| (t, w & IN_TITLE != 0))),
        );
        // Sorted with the title's mention first, so the first of each term says it.
        own.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        own.dedup_by_key(|e| e.0);
        for &(term, title) in &own {
            let p = &mut out[term as usize];
            p.docs.push(id as u32);
            if title {
                p.titles.push(id as u32);
            }
        }
    }
    out
}

#[derive(Default)]
struct Postings {
    docs: Vec<u32>,
    titles: Vec<u32>,
}

/// Every file of the index of `lang` made of its pages `docs` (in index order): (path inside
/// the output, bytes), in the order of [`paths`].
pub fn files(lang: &str, docs: &[Source]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let kept: Result<(), std::convert::Infallible> = each_file(lang, docs, &mut |path, bytes| {
        out.push((path, bytes));
        Ok(())
    });
    let Ok(()) = kept;
    out
}

/// [`files`], each handed to `put` as soon as it is made (the shards, then the documents'
/// lists): a build writes them and keeps none.
pub fn each_file<E>(
    lang: &str,
    docs: &[Source],
    put: &mut dyn FnMut(String, Vec<u8>) -> Result<(), E>,
) -> Result<(), E> {
    use rayon::prelude::*;
    let shards = shard_count(docs.len());
    let dir = format!("{FOLDER}/{lang}");
    let own: Vec<OwnWords> = docs.par_iter().map(own_words).collect();
    let mut vocabulary = Vocabulary::default();
    let words = number_words(docs, &own, &mut vocabulary);
    let (of_word, terms) = terms_of(lang, &vocabulary);
    let postings = postings(&words, &of_word, terms.len());
    drop(words);
    let mut by_shard: Vec<Vec<u32>> = vec![Vec::new(); shards];
    for (t, term) in terms.iter().enumerate() {
        by_shard[shard_of(term, shards)].push(t as u32);
    }
    let meta = Meta {
        v: 2,
        lang,
        docs: docs.len(),
        shards,
        per: DOCS_PER_FILE,
        rules: stem::rules(lang),
    };
    put(
        format!("{dir}/meta.json"),
        serde_json::to_vec(&meta).unwrap_or_default(),
    )?;
    let shard_files: Vec<Vec<u8>> = by_shard
        .into_par_iter()
        .map(|mut ids| {
            ids.sort_unstable_by(|a, b| terms[*a as usize].cmp(&terms[*b as usize]));
            shard_json(
                ids.iter()
                    .map(|&t| (terms[t as usize].as_str(), &postings[t as usize])),
            )
        })
        .collect();
    drop(postings);
    for (k, shard) in shard_files.into_iter().enumerate() {
        put(format!("{dir}/s{k}.json"), shard)?;
    }
    let made: Vec<Vec<u8>> = docs
        .par_chunks(DOCS_PER_FILE)
        .map(|chunk| {
            let list: Vec<Doc> = chunk
                .iter()
                .map(|p| Doc {
                    t: &p.title,
                    u: &p.url,
                    d: p.date.as_deref(),
                    s: p.section.as_deref(),
                    x: &p.text.excerpt,
                })
                .collect();
            json_without_markup(&list)
        })
        .collect();
    for (k, list) in made.into_iter().enumerate() {
        put(format!("{dir}/d{k}.json"), list)?;
    }
    Ok(())
}

/// JSON with `<` written as `\u003c`: a page's text is never markup, in no file of the site.
fn json_without_markup(value: &impl Serialize) -> Vec<u8> {
    let text = serde_json::to_string(value).unwrap_or_default();
    text.replace('<', "\\u003c").into_bytes()
}

/// A shard, `{"term":[[ids...],[title ids...]],...}` with the terms in order: ids as
/// differences from the one before (small numbers, fewer bytes), the title ids as they are,
/// left out when none.
fn shard_json<'a>(terms: impl Iterator<Item = (&'a str, &'a Postings)>) -> Vec<u8> {
    let mut out = Vec::new();
    out.push(b'{');
    let mut numbers = itoa::Buffer::new();
    let mut list = |out: &mut Vec<u8>, ids: &mut dyn Iterator<Item = u32>| {
        out.push(b'[');
        for (i, id) in ids.enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(numbers.format(id).as_bytes());
        }
        out.push(b']');
    };
    for (i, (term, p)) in terms.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        serde_json::to_writer(&mut out, term).unwrap_or_default();
        out.extend_from_slice(b":[");
        let mut last = 0;
        let mut deltas = p.docs.iter().map(|&id| {
            let d = id - last;
            last = id;
            d
        });
        list(&mut out, &mut deltas);
        if !p.titles.is_empty() {
            out.push(b',');
            list(&mut out, &mut p.titles.iter().copied());
        }
        out.push(b']');
    }
    out.push(b'}');
    out
}

/// The paths of the index files of `lang` with `docs` documents, without making them.
pub fn paths(lang: &str, docs: usize) -> Vec<String> {
    let dir = format!("{FOLDER}/{lang}");
    std::iter::once(format!("{dir}/meta.json"))
        .chain((0..shard_count(docs)).map(|k| format!("{dir}/s{k}.json")))
        .chain((0..docs.div_ceil(DOCS_PER_FILE)).map(|k| format!("{dir}/d{k}.json")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_grow_with_the_documents() {
        assert_eq!(shard_count(0), 1);
        assert_eq!(shard_count(20), 1);
        assert_eq!(shard_count(2500), 256);
        assert!(shard_of("seminar", 64) < 64);
        assert_eq!(shard_of("se", 64), shard_of("seminar", 64));
    }
}
