//! Site search: an index per language, written by the build beside the pages, that the theme's
//! search script reads in the browser (no server, no outside request). Words are stemmed by the
//! page's language and folded ([`stem`]); the index is split into shards by the first letters of
//! its terms, so a query downloads only the shards of its words and the few documents it shows.

mod index;
pub mod latvian;
pub mod stem;
mod text;
#[cfg(test)]
mod word_lists;

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use crate::model::Site;
use crate::output::{Lazy, OutputContents, OutputFile, Sink};

pub use index::{shard_count, shard_of, FOLDER};
pub use text::Text;

/// Numbers the search page formats its count text with, one or more for each plural form
/// of the languages herald knows; the script picks the one of the same form as its count.
pub const COUNT_SAMPLES: &[u32] = &[0, 1, 2, 3, 5, 10, 11, 21, 22, 25, 100, 101, 111];

/// What the index keeps of the pages besides their texts, in index order per language: kept by
/// a session (serve) for its next rebuild, which reuses it when only texts changed, instead of
/// gathering and sorting every page again.
#[derive(Default)]
pub struct Kept {
    by_lang: HashMap<String, Vec<(usize, Arc<index::About>)>>,
}

/// The index files of every language of the site (none with `search: false`). `texts`: what
/// the renderer kept of each page's text ([`Text`]), in the order of `site.pages`. With a
/// `sink` (a build), made now and written into it as each language's are made (the index of a
/// large site is big: 170 MB for 50 000 items); else each file is made on the first request for
/// any of them (serve, where a one-item edit must not wait for the whole index). `kept` holds
/// what the last build knew of the pages, reused when `only_texts` changed since (the model is
/// the last one with new texts); it is brought up to date.
pub fn outputs_kept(
    site: &Site,
    mut texts: Vec<Arc<Text>>,
    sink: Option<&dyn Sink>,
    kept: &mut Kept,
    only_texts: bool,
) -> crate::diagnostics::Result<Vec<OutputFile>> {
    if !only_texts {
        kept.by_lang.clear();
    }
    if !site.config.search {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for lang in &site.languages {
        let order = kept
            .by_lang
            .entry(lang.clone())
            .or_insert_with(|| index::about(site, lang));
        let sources = index::sources(order, &texts);
        match sink {
            Some(sink) => {
                index::each_file::<crate::diagnostics::Failure>(
                    lang,
                    &sources,
                    &mut |path, bytes| {
                        sink.put(&path, &bytes)?;
                        out.push(OutputFile {
                            path,
                            contents: OutputContents::Streamed,
                        });
                        Ok(())
                    },
                )?;
                // This language's texts are freed before the next one's index is made.
                drop(sources);
                for (i, _) in order.iter() {
                    if let Some(t) = texts.get_mut(*i) {
                        *t = Arc::default();
                    }
                }
            }
            None => out.extend(lazy(lang, sources)),
        }
    }
    Ok(out)
}

/// The files of one language's index, made together on the first request for one of them.
/// Their key is always the same: no page shows them (the search script fetches them afresh
/// for each query), so the preview never reloads an open page for them, and a rebuild does
/// not hash the text of every page to tell whether they changed.
fn lazy(lang: &str, sources: Vec<index::Source>) -> Vec<OutputFile> {
    let paths = index::paths(lang, sources.len());
    type Made = HashMap<String, Arc<[u8]>>;
    let made: Arc<OnceLock<Made>> = Arc::new(OnceLock::new());
    let input = Arc::new((lang.to_string(), sources));
    paths
        .into_iter()
        .map(|path| {
            let made = Arc::clone(&made);
            let input = Arc::clone(&input);
            let wanted = path.clone();
            let make = move || {
                let files = made.get_or_init(|| {
                    index::files(&input.0, &input.1)
                        .into_iter()
                        .map(|(p, b)| (p, Arc::from(b)))
                        .collect()
                });
                files
                    .get(&wanted)
                    .cloned()
                    .ok_or_else(|| format!("{wanted} is not part of the search index"))
            };
            OutputFile {
                path,
                contents: OutputContents::Lazy(Arc::new(Lazy::new(0, Box::new(make)))),
            }
        })
        .collect()
}
