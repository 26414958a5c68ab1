//! The index files of one language, under `search/<lang>/`:
//!
//! - `meta.json`: how many documents and shards, and the matching rules ([`super::stem::Rules`]);
//! - `s<k>.json`: the shard of the terms whose first two letters hash to `k`
//!   ([`shard_of`]): `{"term": [[id deltas...], [ids of titles holding it...]]}`;
//! - `d<id>.json`: a document: title, address, date, section and the start of its text (the
//!   excerpt's source).
//!
//! Documents are numbered newest first, so among equal matches the lower number wins.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use super::stem;
use crate::model::{Page, Site};

/// The folder of the index inside the output.
pub const FOLDER: &str = "search";
/// How much of a text a document keeps for the excerpt.
const EXCERPT_CHARS: usize = 1200;
/// Documents per shard, roughly: more shards keep each query's download small.
const DOCS_PER_SHARD: usize = 16;
const MAX_SHARDS: usize = 256;

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

/// What the index keeps of a page, owned (serve makes the index later, on request).
#[derive(Debug, Clone, Hash)]
pub struct Source {
    pub title: String,
    /// Address, with the site's base path.
    pub url: String,
    pub date: Option<String>,
    pub section: Option<String>,
    pub summary: Option<String>,
    /// The texts of its gallery (alt texts, captions, video titles): the item page shows them
    /// under its text, and readers look for what a photo shows.
    pub pictures: String,
    pub body: std::sync::Arc<str>,
}

/// The pages of `lang` in index order: newest first, undated pages last, then by address.
pub fn sources(site: &Site, lang: &str) -> Vec<Source> {
    let mut pages: Vec<&Page> = site.pages.iter().filter(|p| p.lang == lang).collect();
    pages.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.path.cmp(&b.path)));
    let base = site.config.base_path();
    pages
        .into_iter()
        .map(|p| Source {
            title: p.title.clone(),
            url: format!("{base}{}", p.path),
            date: p.date.map(|d| d.to_string()),
            section: p.section.map(|s| site.sections[s].title.clone()),
            summary: p.summary.clone(),
            pictures: picture_texts(p),
            body: std::sync::Arc::clone(&p.body),
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

/// Term -> (the documents holding it, those whose title holds it), ids ascending.
type Shard<'a> = BTreeMap<&'a str, (Vec<usize>, Vec<usize>)>;

#[derive(Serialize)]
struct Meta<'a> {
    v: u32,
    lang: &'a str,
    docs: usize,
    shards: usize,
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
    x: String,
}

/// A page's words as a reader sees them: the Markdown's text without its markup.
pub fn plain_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of one document, lower case: (word, in the title).
fn words_of(page: &Source, text: &str) -> HashMap<String, bool> {
    let mut words = HashMap::new();
    let summary = page.summary.as_deref().unwrap_or("");
    let parts = [
        (page.title.as_str(), true),
        (summary, false),
        (page.pictures.as_str(), false),
        (text, false),
    ];
    for (part, title) in parts {
        // Most words repeat within a text: a word is copied only the first time.
        stem::for_each_word(part, |word| match words.get_mut(word) {
            Some(in_title) => *in_title |= title,
            None => {
                words.insert(word.to_string(), title);
            }
        });
    }
    words
}

/// The term of every distinct word of the documents, each word stemmed once (a language's
/// texts repeat a few thousand words).
fn terms_of<'a>(lang: &str, docs: &'a [HashMap<String, bool>]) -> HashMap<&'a str, String> {
    use rayon::prelude::*;
    let distinct: HashSet<&str> = docs
        .iter()
        .flat_map(|d| d.keys().map(String::as_str))
        .collect();
    distinct
        .into_par_iter()
        .map(|w| (w, stem::term(lang, w)))
        .filter(|(_, t)| t.chars().count() >= 2)
        .collect()
}

/// Every file of the index of `lang` made of its pages `docs` (in index order): (path inside
/// the output, bytes), in the order of [`paths`].
pub fn files(lang: &str, docs: &[Source]) -> Vec<(String, Vec<u8>)> {
    use rayon::prelude::*;
    let shards = shard_count(docs.len());
    let dir = format!("{FOLDER}/{lang}");
    let made: Vec<(HashMap<String, bool>, Vec<u8>)> = docs
        .par_iter()
        .map(|p| {
            let text = plain_text(&p.body);
            let words = words_of(p, &text);
            let doc = Doc {
                t: &p.title,
                u: &p.url,
                d: p.date.as_deref(),
                s: p.section.as_deref(),
                x: text.chars().take(EXCERPT_CHARS).collect(),
            };
            (words, json_without_markup(&doc))
        })
        .collect();
    let (words, made): (Vec<_>, Vec<_>) = made.into_iter().unzip();
    let terms = terms_of(lang, &words);
    let mut postings: Vec<Shard> = vec![BTreeMap::new(); shards];
    for (id, doc) in words.iter().enumerate() {
        // Two forms of one word in a text give one term: the document counted once.
        let mut own: BTreeMap<&str, bool> = BTreeMap::new();
        for (word, title) in doc {
            if let Some(term) = terms.get(word.as_str()) {
                *own.entry(term.as_str()).or_insert(false) |= *title;
            }
        }
        for (term, title) in own {
            let entry = postings[shard_of(term, shards)].entry(term).or_default();
            entry.0.push(id);
            if title {
                entry.1.push(id);
            }
        }
    }
    let mut out = Vec::with_capacity(shards + made.len() + 1);
    let meta = Meta {
        v: 1,
        lang,
        docs: made.len(),
        shards,
        rules: stem::rules(lang),
    };
    out.push((
        format!("{dir}/meta.json"),
        serde_json::to_vec(&meta).unwrap_or_default(),
    ));
    for (k, shard) in postings.into_iter().enumerate() {
        out.push((format!("{dir}/s{k}.json"), shard_json(shard)));
    }
    for (id, doc) in made.into_iter().enumerate() {
        out.push((format!("{dir}/d{id}.json"), doc));
    }
    out
}

/// JSON with `<` written as `\u003c`: a page's text is never markup, in no file of the site.
fn json_without_markup(value: &impl Serialize) -> Vec<u8> {
    let text = serde_json::to_string(value).unwrap_or_default();
    text.replace('<', "\\u003c").into_bytes()
}

/// A shard: ids as differences from the one before (small numbers, fewer bytes), the title
/// ids as they are, left out when none.
fn shard_json(shard: Shard) -> Vec<u8> {
    let value: BTreeMap<&str, Vec<Vec<usize>>> = shard
        .into_iter()
        .map(|(term, (ids, titles))| {
            let deltas = ids
                .iter()
                .scan(0, |last, id| {
                    let d = id - *last;
                    *last = *id;
                    Some(d)
                })
                .collect();
            let lists = if titles.is_empty() {
                vec![deltas]
            } else {
                vec![deltas, titles]
            };
            (term, lists)
        })
        .collect();
    serde_json::to_vec(&value).unwrap_or_default()
}

/// The paths of the index files of `lang` with `docs` documents, without making them.
pub fn paths(lang: &str, docs: usize) -> Vec<String> {
    let dir = format!("{FOLDER}/{lang}");
    std::iter::once(format!("{dir}/meta.json"))
        .chain((0..shard_count(docs)).map(|k| format!("{dir}/s{k}.json")))
        .chain((0..docs).map(|id| format!("{dir}/d{id}.json")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_drops_the_markup() {
        let md = "# Seminārs\n\nNotika **seminārs** [Jelgavā](https://x.lv).\n\n- viens\n- divi\n";
        assert_eq!(
            plain_text(md),
            "Seminārs Notika seminārs Jelgavā. viens divi"
        );
    }

    #[test]
    fn shards_grow_with_the_documents() {
        assert_eq!(shard_count(0), 1);
        assert_eq!(shard_count(20), 1);
        assert_eq!(shard_count(2500), 256);
        assert!(shard_of("seminar", 64) < 64);
        assert_eq!(shard_of("se", 64), shard_of("seminar", 64));
    }
}
