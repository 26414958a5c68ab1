//! The PDF press release of every news item (`<item URL>/<slug>.pdf`, A4): the EU emblem, the
//! programme logo and the project's acronym; the title and the official date; the item's text
//! and pictures; the EU publicity texts exactly as on the web page, who prepared the text and the
//! item's web address. Typeset by Typst used as a library (`press.typ` is the layout), with
//! herald's embedded fonts, hyphenated in the item's language, tagged and PDF/UA-1.
//!
//! Owns: turning an item into a Typst document ([`Document`]), rendering it, and the
//! content-addressed cache (`.herald-cache/pdf/<key>.pdf` in the site folder, [`cache`]): a
//! document whose key is in the cache is not rendered again. The key is made cheaply from what
//! the PDF is made from (the item's Markdown, where its links and pictures lead, the texts
//! around it, the embedded files' sizes and times, the engine): the Typst source itself, whose
//! conversion and hyphenation cost more than checking the cache, is made only to render.
//! `build` renders what is missing in parallel; `serve` and `check` only register the files,
//! which `serve` renders when one is requested ([`crate::output::Lazy`]).

mod cache;
pub mod markup;
mod world;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Failure, Result};
use crate::i18n::I18n;
use crate::markdown::LinkTarget;
use crate::model::{Page, PageKind};
use crate::output::{Lazy, OutputContents, OutputFile};
use crate::paths::Slashed;
use crate::publicity;
use crate::render::Renderer;

pub use world::Shared;

/// The press release layout, written in Typst.
const LAYOUT: &str = include_str!("press.typ");

/// Where rendered PDFs are kept: `pdf/` in the cache folder (`images.cache_dir`, by default
/// `.herald-cache` in the site folder), beside the picture pipeline's `images/`.
pub fn cache_dir(root: &Path, cache_dir: &Path) -> PathBuf {
    if cache_dir.is_absolute() {
        cache_dir.join("pdf")
    } else {
        root.join(cache_dir).join("pdf")
    }
}

/// Changes whenever anything besides a document's source and files changes its PDF (herald's
/// version covers the fonts, the layout and the engine).
const FORMAT: &str = concat!("herald ", env!("CARGO_PKG_VERSION"), " typst 0.15 pdf/ua-1");

/// The Latvian hyphenation patterns (Typst has none).
const LATVIAN: &[u8] = include_bytes!("../../vendor/hyphenation/lv.standard.bincode");

/// What every press release's PDF depends on besides its own inputs, hashed once: herald's
/// version, the layout, the code that writes the Typst source (this file and the converter,
/// so a changed conversion between two versions is not taken from the cache), the
/// hyphenation patterns and the fonts.
fn engine_fingerprint() -> u128 {
    static FINGERPRINT: OnceLock<u128> = OnceLock::new();
    *FINGERPRINT.get_or_init(|| {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        let parts = [
            FORMAT.as_bytes(),
            LAYOUT.as_bytes(),
            include_bytes!("mod.rs"),
            include_bytes!("markup.rs"),
            include_bytes!("world.rs"),
            LATVIAN,
        ];
        for part in parts.iter().chain(crate::fonts::PACKED.iter()) {
            h.update(&(part.len() as u64).to_le_bytes());
            h.update(part);
        }
        h.digest128()
    })
}

/// The EU emblem as the PDFs embed it, drawn once.
fn emblem() -> Arc<[u8]> {
    static EMBLEM: OnceLock<Arc<[u8]>> = OnceLock::new();
    Arc::clone(EMBLEM.get_or_init(|| publicity::emblem_svg().into_bytes().into()))
}

/// The largest item text (Markdown bytes) made into a PDF: about 25 times a long press release.
/// How PDFs are made in a build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Rendered during the build (what is not in the cache), in parallel.
    #[default]
    Render,
    /// Registered only; rendered when first asked for (serve), or never (check).
    OnRequest,
}

/// What made the PDFs of a build: fonts, the standard library, hyphenation dictionaries. The
/// fonts, the library and the dictionaries are loaded when the first PDF is rendered: a build
/// that takes every PDF from the cache never needs them.
pub struct Engine {
    shared: OnceLock<Shared>,
    /// Typst recurses deeply on long paragraphs and nested content: PDFs are rendered on
    /// threads with a large stack. This pool renders the PDFs `serve` is asked for (its request
    /// threads have a small stack); a build renders on as many workers as it has threads, each
    /// with a pool of its own ([`render_each`]).
    pool: rayon::ThreadPool,
    /// Languages that Typst's own hyphenation lacks get soft hyphens from these patterns.
    dictionaries: OnceLock<HashMap<&'static str, hyphenation::Standard>>,
    /// How many documents are being typeset now, and the most there have been at once: each
    /// holds its layout in memory, so a build must never have more than its threads.
    in_flight: AtomicUsize,
    most_in_flight: AtomicUsize,
}

/// The hyphenation dictionaries herald embeds. Typst hyphenates lt and en itself; it has no
/// Latvian patterns. Only the Latvian dictionary is embedded: the crate's `embed_all` would add
/// 80 languages (3 MB).
fn dictionaries() -> HashMap<&'static str, hyphenation::Standard> {
    use hyphenation::Load;
    let mut dictionaries = HashMap::new();
    let mut latvian = LATVIAN;
    if let Ok(d) = hyphenation::Standard::from_reader(hyphenation::Language::Latvian, &mut latvian)
    {
        dictionaries.insert("lv", d);
    }
    dictionaries
}

impl Engine {
    pub fn new() -> Self {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(rayon::current_num_threads())
            .stack_size(64 << 20)
            .thread_name(|i| format!("{}{i}", crate::guard::QUIET_THREADS))
            .build()
            .expect("threads can be started");
        Engine {
            shared: OnceLock::new(),
            pool,
            dictionaries: OnceLock::new(),
            in_flight: AtomicUsize::new(0),
            most_in_flight: AtomicUsize::new(0),
        }
    }

    fn shared(&self) -> &Shared {
        self.shared.get_or_init(Shared::new)
    }

    pub fn fonts(&self) -> &[typst::text::Font] {
        self.shared().fonts()
    }

    /// `text` with soft hyphens (U+00AD) where `lang`'s patterns allow a break, for languages
    /// Typst does not hyphenate itself; unchanged otherwise.
    pub fn hyphenate(&self, lang: &str, text: &str) -> String {
        use hyphenation::Hyphenator;
        let Some(dict) = self.dictionaries.get_or_init(dictionaries).get(lang) else {
            return text.to_string();
        };
        let mut out = String::with_capacity(text.len() + text.len() / 8);
        let mut word_start: Option<usize> = None;
        let flush = |out: &mut String, word: &str| {
            if word.chars().count() < 5 {
                out.push_str(word);
                return;
            }
            let breaks = dict.hyphenate(word).breaks;
            let mut last = 0;
            for b in breaks {
                if b > last && b < word.len() && word.is_char_boundary(b) {
                    out.push_str(&word[last..b]);
                    out.push('\u{AD}');
                    last = b;
                }
            }
            out.push_str(&word[last..]);
        };
        for (i, c) in text.char_indices() {
            if c.is_alphabetic() {
                word_start.get_or_insert(i);
            } else {
                if let Some(s) = word_start.take() {
                    flush(&mut out, &text[s..i]);
                }
                out.push(c);
            }
        }
        if let Some(s) = word_start {
            flush(&mut out, &text[s..]);
        }
        out
    }
}

impl Default for Engine {
    fn default() -> Self {
        Self::new()
    }
}

/// A file a document embeds.
#[derive(Debug, Clone)]
enum Embed {
    Bytes(Arc<[u8]>),
    /// Read when the document is rendered.
    File(PathBuf),
}

/// One press release, ready to render: what its Typst source is made from and the files it
/// embeds.
#[derive(Debug, Clone)]
pub struct Document {
    /// Output path (`lv/jaunumi/x/x.pdf`).
    pub path: String,
    /// The item's Markdown file, for messages.
    pub file: PathBuf,
    source: Arc<Source>,
    files: Vec<(String, Embed)>,
    /// Hash of everything the PDF is made from.
    pub key: u128,
}

/// What an item's Typst source is made from: everything but the item's text is made already
/// (cheap); the text is converted and hyphenated by [`Source::text`] when the PDF is rendered.
#[derive(Debug)]
struct Source {
    /// The layout and the `press` call with the header and the facts.
    head: String,
    /// The item's Markdown (read when the PDF is rendered).
    body: crate::content::Body,
    lang: String,
    raw_html: bool,
    /// Every link destination of the text (pictures' included) -> the address the PDF links to.
    links: BTreeMap<String, String>,
    /// Every embedded picture's destination -> its embedded file's name (`/img/N`).
    pictures: BTreeMap<String, String>,
    /// The gallery and the `publicity` call.
    tail: String,
}

impl Source {
    /// The whole Typst source: the text converted with the links and pictures resolved when
    /// the document was prepared, hyphenated in its language.
    fn text(&self, engine: &Engine) -> std::result::Result<String, String> {
        let markdown = self.body.text().map_err(|f| f.to_string())?;
        let link = |dest: &str| {
            self.links
                .get(dest)
                .cloned()
                .unwrap_or_else(|| dest.to_string())
        };
        let mut picture = |dest: &str| self.pictures.get(dest).cloned();
        let hyphenate = |text: &str| engine.hyphenate(&self.lang, text);
        let body = markup::convert(
            &markdown,
            2,
            &mut markup::Hooks {
                link: &link,
                picture: &mut picture,
                hyphenate: &hyphenate,
                raw_html: self.raw_html,
            },
        );
        Ok(format!("{}{body}{}", self.head, self.tail))
    }

    fn hash(&self, h: &mut xxhash_rust::xxh3::Xxh3) {
        let mut field = |s: &str| {
            h.update(&(s.len() as u64).to_le_bytes());
            h.update(s.as_bytes());
        };
        field(&self.head);
        field(&format!(
            "{}:{:016x}",
            self.body.len(),
            self.body.content_hash()
        ));
        field(&self.lang);
        field(if self.raw_html { "html" } else { "no html" });
        for (dest, url) in &self.links {
            field(dest);
            field(url);
        }
        field("pictures");
        for (dest, name) in &self.pictures {
            field(dest);
            field(name);
        }
        field(&self.tail);
    }
}

impl Document {
    fn hash(&mut self) {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        h.update(&engine_fingerprint().to_le_bytes());
        self.source.hash(&mut h);
        for (name, embed) in &self.files {
            h.update(name.as_bytes());
            match embed {
                Embed::Bytes(b) => {
                    h.update(b"bytes");
                    h.update(&xxhash_rust::xxh3::xxh3_64(b).to_le_bytes());
                }
                Embed::File(p) => {
                    // Like make: a file with the same size and modification time is the same.
                    h.update(p.as_os_str().as_encoded_bytes());
                    let stamp = crate::content::Stamp::of(p);
                    h.update(format!("{stamp:?}").as_bytes());
                }
            }
        }
        self.key = h.digest128();
    }

    fn cache_name(&self) -> String {
        format!("{:032x}.pdf", self.key)
    }
}

/// A rendered PDF and what the engine had to say about it.
pub struct Rendered {
    pub bytes: Vec<u8>,
    /// Set when the PDF could not be made PDF/UA-1 (it is then tagged PDF only): why.
    pub not_ua: Option<String>,
    /// What the engine warned about (e.g. characters the fonts do not have).
    pub warnings: Vec<String>,
}

/// Typesets `doc`: PDF/UA-1 when the content allows it, else tagged PDF.
/// A panic inside the engine (it has panicked on extreme text) becomes an error naming the
/// item, and nothing is printed; the engine's memo is cleared, since the panic may have left
/// it half-written.
pub fn render(engine: &Engine, doc: &Document) -> std::result::Result<Rendered, String> {
    engine.pool.install(|| render_in_place(engine, doc))
}

/// [`render`] on the current thread (and its pool).
fn render_in_place(engine: &Engine, doc: &Document) -> std::result::Result<Rendered, String> {
    crate::guard::catch(|| render_here(engine, doc)).unwrap_or_else(|why| {
        typst::comemo::evict(0);
        Err(crate::tr!("pdf-engine-failed", reason = why.to_string()))
    })
}

/// Counts a document as being typeset while it lives.
struct InFlight<'a>(&'a AtomicUsize);

impl<'a> InFlight<'a> {
    fn new(engine: &'a Engine) -> Self {
        let now = engine.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        engine.most_in_flight.fetch_max(now, Ordering::SeqCst);
        InFlight(&engine.in_flight)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

fn render_here(engine: &Engine, doc: &Document) -> std::result::Result<Rendered, String> {
    let _counted = InFlight::new(engine);
    let mut files = Vec::with_capacity(doc.files.len());
    for (name, embed) in &doc.files {
        let bytes: Arc<[u8]> = match embed {
            Embed::Bytes(b) => Arc::clone(b),
            Embed::File(p) => std::fs::read(p)
                .map_err(|e| {
                    crate::tr!(
                        "pdf-file-unreadable",
                        file = p.display().to_string(),
                        reason = crate::messages::io_reason(&e)
                    )
                })?
                .into(),
        };
        files.push((name.clone(), bytes));
    }
    let source = doc.source.text(engine)?;
    let world = world::World::new(engine.shared(), &source, &files);
    let compiled = typst::compile::<typst_layout::PagedDocument>(&world);
    let warnings: Vec<String> = compiled
        .warnings
        .iter()
        .map(|w| describe(std::slice::from_ref(w)))
        .collect();
    let document = compiled.output.map_err(|errors| describe(&errors))?;
    let ua = typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::Ua_1])
        .map_err(|e| e.message().to_string())?;
    let options = |standards| typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom(doc.path.clone()),
        standards,
        ..Default::default()
    };
    let result = match typst_pdf::pdf(&document, &options(ua)) {
        Ok(bytes) => Ok(Rendered {
            bytes,
            not_ua: None,
            warnings,
        }),
        Err(errors) => {
            let why = describe(&errors);
            typst_pdf::pdf(&document, &options(typst_pdf::PdfStandards::default()))
                .map(|bytes| Rendered {
                    bytes,
                    not_ua: Some(why),
                    warnings,
                })
                .map_err(|e| describe(&e))
        }
    };
    // Typst memoises across compilations, in one memo for all threads; little of one press
    // release helps the next. What no document used while as many others finished as there
    // are threads is dropped: the memo holds a few documents' worth however many are made,
    // and the documents typeset beside this one keep theirs (emptying it all, `evict(0)`, made
    // them lay out again what they had done: 20 % more instructions on 2 threads).
    typst::comemo::evict(engine.pool.current_num_threads());
    result
}

fn describe(errors: &[typst::diag::SourceDiagnostic]) -> String {
    let mut parts: Vec<String> = Vec::new();
    for e in errors {
        let mut s = e.message.to_string();
        for h in &e.hints {
            s.push_str(&format!(" ({})", h.v));
        }
        if !parts.contains(&s) {
            parts.push(s);
        }
    }
    parts.join("; ")
}

/// How many PDFs the last build rendered and how many it took from the cache.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub rendered: usize,
    pub cached: usize,
    pub deferred: usize,
}

/// Makes the PDF output files of every news item of the site.
pub struct Outputs {
    pub files: Vec<OutputFile>,
    pub warnings: Vec<Diagnostic>,
    pub stats: Stats,
}

/// The PDFs of the site: documents prepared from the model (cheap), then rendered (what is not
/// in the cache) or registered for rendering on request. `previous` holds the on-request files
/// of the last build, so an unchanged item keeps its already rendered PDF in `serve`.
pub fn outputs(
    r: &Renderer,
    engine: &Arc<Engine>,
    mode: Mode,
    previous: &mut HashMap<String, Arc<Lazy>>,
) -> Result<Outputs> {
    let site = r.site;
    let cache_folder = cache_dir(&site.root, &site.config.images.cache_dir);
    let cache = cache::Cache::open(&cache_folder);
    let docs: Vec<Document> = site
        .pages
        .par_iter()
        .filter(|p| p.made_for_pdf(true))
        .map(|p| prepare(r, p, &cache))
        .collect();
    let too_long: Vec<Diagnostic> = site
        .pages
        .iter()
        .filter(|p| p.kind == PageKind::Item && !p.made_for_pdf(true))
        .map(|p| {
            Diagnostic::warning(crate::tr!(
                "pdf-too-long",
                path = p.path.as_str(),
                size = p.body.len() / 1024,
                limit = crate::model::PDF_MAX_SOURCE / 1024
            ))
            .in_file(&p.file)
            .with_hint(crate::tr!("pdf-too-long-hint"))
        })
        .collect();
    match mode {
        Mode::OnRequest => {
            let mut fresh = HashMap::with_capacity(docs.len());
            let mut files = Vec::with_capacity(docs.len());
            for doc in docs {
                let lazy = match previous.get(&doc.path) {
                    Some(old) if old.key == doc.key as u64 => Arc::clone(old),
                    _ => {
                        let engine = Arc::clone(engine);
                        let cache = cache_folder.clone();
                        let key = doc.key as u64;
                        let doc = doc.clone();
                        Arc::new(Lazy::new(
                            key,
                            Box::new(move || {
                                cached_or_render(&engine, &doc, &cache)
                                    .map_err(|m| format!("{}: {m}", doc.file.display()))
                            }),
                        ))
                    }
                };
                fresh.insert(doc.path.clone(), Arc::clone(&lazy));
                files.push(OutputFile {
                    path: doc.path,
                    contents: OutputContents::Lazy(lazy),
                });
            }
            *previous = fresh;
            let deferred = files.len();
            Ok(Outputs {
                files,
                warnings: too_long,
                stats: Stats {
                    deferred,
                    ..Stats::default()
                },
            })
        }
        Mode::Render => {
            let rendered = AtomicUsize::new(0);
            let one =
                |doc: &Document| -> std::result::Result<(OutputFile, Vec<Diagnostic>), Diagnostic> {
                    let (contents, messages) =
                        cached_or_render_file(engine, doc, &cache, &rendered)
                            .map_err(|m| pdf_error(doc, m))?;
                    let warnings = messages
                        .into_iter()
                        .map(|w| {
                            Diagnostic::warning(crate::tr!(
                                "pdf-warning",
                                path = doc.path.as_str(),
                                warning = w
                            ))
                            .in_file(&doc.file)
                            .with_hint(crate::tr!("pdf-warning-hint"))
                        })
                        .collect();
                    let file = OutputFile {
                        path: doc.path.clone(),
                        contents,
                    };
                    Ok((file, warnings))
                };
            let results = render_each(engine, &docs, one);
            let mut files = Vec::with_capacity(results.len());
            let mut warnings = too_long;
            let mut errors = Vec::new();
            for r in results {
                match r {
                    Ok((f, w)) => {
                        files.push(f);
                        warnings.extend(w);
                    }
                    Err(d) => errors.push(d),
                }
            }
            if !errors.is_empty() {
                return Err(Failure(errors));
            }
            prune(&cache_folder, &docs);
            cache.save();
            let rendered = rendered.into_inner();
            Ok(Outputs {
                stats: Stats {
                    rendered,
                    cached: files.len() - rendered,
                    deferred: 0,
                },
                files,
                warnings,
            })
        }
    }
}

/// `one` of every document, in order, on as many workers as the engine has threads, each
/// taking the next document when done with its last.
///
/// Each worker is a rayon pool of one thread of its own. Typst and krilla do small parts of a
/// document in parallel and, while they wait for them, let the waiting thread run other work of
/// its pool: in one pool shared by all documents that was the next press release, inside the
/// unfinished one, so a build had many documents half-typeset at once (13 on 2 threads, in
/// the test below), each holding its layout: peak memory grew with the number of PDFs (4.5 GB
/// for 2 000), and each document's memo was emptied by the others finishing.
fn render_each<T: Send>(
    engine: &Engine,
    docs: &[Document],
    one: impl Fn(&Document) -> T + Sync + Send,
) -> Vec<T> {
    let workers = engine
        .pool
        .current_num_threads()
        .clamp(1, docs.len().max(1));
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(doc) = docs.get(i) else {
                return done;
            };
            done.push((i, one(doc)));
        }
    };
    let mut results: Vec<(usize, T)> = Vec::with_capacity(docs.len());
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                // Without a pool of its own (no thread to be had), the worker typesets on its
                // own thread, as before pools were per worker.
                scope.spawn(|| match worker_pool() {
                    Some(pool) => pool.install(work),
                    None => work(),
                })
            })
            .collect();
        for handle in handles {
            // `one` catches the engine's panics; a panic here is herald's own bug.
            let done = handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            results.extend(done);
        }
    });
    results.sort_unstable_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

/// A rayon pool of one thread with the large stack Typst needs (see [`Engine::pool`]); None
/// when the system gives no thread.
fn worker_pool() -> Option<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .stack_size(64 << 20)
        .thread_name(|i| format!("{}worker-{i}", crate::guard::QUIET_THREADS))
        .build()
        .ok()
}

fn pdf_error(doc: &Document, message: String) -> Diagnostic {
    Diagnostic::error(crate::tr!(
        "pdf-failed",
        path = doc.path.as_str(),
        reason = message
    ))
    .with_code(crate::codes::Code::PdfError)
    .in_file(&doc.file)
    .with_hint(crate::tr!("pdf-failed-hint"))
}

/// The cached PDF of `doc`, rendering and caching it when missing.
fn cached_or_render(
    engine: &Engine,
    doc: &Document,
    cache: &Path,
) -> std::result::Result<Arc<[u8]>, String> {
    let file = cache.join(doc.cache_name());
    if let Some(bytes) = crate::owned::read_cached(&file) {
        return Ok(bytes.into());
    }
    let r = render(engine, doc)?;
    crate::owned::store_cached(&file, &r.bytes);
    Ok(r.bytes.into())
}

/// Like [`cached_or_render`] (on the current thread: a worker of [`render_each`]), but hands back the cache file with its content hash (the writer
/// links or copies it without reading it) or, when the cache cannot be written, the bytes.
fn cached_or_render_file(
    engine: &Engine,
    doc: &Document,
    cache: &cache::Cache,
    rendered: &AtomicUsize,
) -> std::result::Result<(OutputContents, Vec<String>), String> {
    let name = doc.cache_name();
    if let Some((file, hash)) = cache.get(&name) {
        return Ok((OutputContents::Cached(file, hash), Vec::new()));
    }
    let r = render_in_place(engine, doc)?;
    rendered.fetch_add(1, Ordering::Relaxed);
    let path = match cache.put(&name, &r.bytes) {
        Some((file, hash)) => OutputContents::Cached(file, hash),
        None => OutputContents::Bytes(r.bytes.into()),
    };
    let mut warnings = r.warnings;
    if let Some(why) = r.not_ua {
        warnings.push(crate::tr!("pdf-not-ua", reason = why.to_string()));
    }
    Ok((path, warnings))
}

/// Removes cached PDFs (and their hashes) no item of this build uses (edited or deleted items).
/// Only names herald gives them are touched, in the cache folder herald marked as its own.
fn prune(cache: &Path, docs: &[Document]) {
    let keep: HashSet<String> = docs.iter().map(Document::cache_name).collect();
    crate::owned::prune_cached(cache, &keep, is_cache_name);
}

/// Whether `name` is one herald gives a file of the PDF cache folder: a cached PDF, its hash
/// or the folder's index (which pruning keeps: [`is_cache_name`] leaves it out).
pub fn is_cache_folder_name(name: &str) -> bool {
    is_cache_name(name) || name == cache::INDEX
}

/// Whether `name` is one herald gives a cached PDF (`<key>.pdf`) or its hash (`<key>.pdf.sum`).
pub fn is_cache_name(name: &str) -> bool {
    let pdf = name.strip_suffix(".sum").unwrap_or(name);
    pdf.strip_suffix(".pdf").is_some_and(|key| {
        key.len() == 32 && key.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    })
}

fn t(i18n: &I18n, lang: &str, key: &str) -> String {
    i18n.format(lang, key, &[]).unwrap_or_default()
}

/// An item as a Typst document: the layout, the item's facts, its text (converted only when
/// rendered), its pictures and the publicity texts.
fn prepare(r: &Renderer, p: &Page, cache: &cache::Cache) -> Document {
    let c = &r.site.config;
    let permalink = format!("{}{}{}", c.origin(), c.base_path(), p.path);
    let mut pictures: Vec<PathBuf> = Vec::new();
    let (links, text_pictures) = destinations(r, p, &permalink, &mut pictures, cache);
    let gallery = gallery_markup(r, p, &mut pictures);
    let mut files: Vec<(String, Embed)> = vec![("/emblem.svg".into(), Embed::Bytes(emblem()))];
    for (i, f) in pictures.into_iter().enumerate() {
        files.push((format!("/img/{i}"), Embed::File(f)));
    }
    let header = header(r, p, &mut files);
    let facts = facts(r, p);
    let closing = closing(r, p, &permalink);
    let source = Source {
        head: press_head(r, p, &header, &facts),
        body: p.body.clone(),
        lang: p.lang.as_str().to_string(),
        raw_html: c.markdown.raw_html,
        links,
        pictures: text_pictures,
        tail: press_tail(&gallery, &closing),
    };
    let mut doc = Document {
        path: p.pdf_path(),
        file: p.file.clone(),
        source: Arc::new(source),
        files,
        key: 0,
    };
    doc.hash();
    doc
}

/// Where the text's links and pictures lead in the PDF: every destination (links made absolute:
/// a PDF has no "current page" to be relative to) and every embedded picture's name, numbered
/// into `pictures`. Found by reading the Markdown (not converting it), or remembered by the
/// cache from the last time the same text was read.
fn destinations(
    r: &Renderer,
    p: &Page,
    permalink: &str,
    pictures: &mut Vec<PathBuf>,
    cache: &cache::Cache,
) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
    let lang = p.lang.as_str();
    let origin = r.site.config.origin();
    let link = |dest: &str| -> String {
        match r.resolve_link(dest, &p.dir, lang, p.is_bundle) {
            Ok(LinkTarget::Rewrite(url)) if url.starts_with('/') => format!("{origin}{url}"),
            Ok(LinkTarget::Rewrite(url)) => url,
            _ if dest.starts_with('#') => format!("{permalink}{dest}"),
            _ if has_scheme(dest) || dest.starts_with("//") => dest.to_string(),
            _ if dest.starts_with('/') => format!("{origin}{dest}"),
            _ => format!("{permalink}{dest}"),
        }
    };
    let mut links = BTreeMap::new();
    let mut names = BTreeMap::new();
    // A text that cannot be read again has no destinations here; rendering it says why.
    let found = cache.destinations(engine_fingerprint(), &p.body, || {
        p.body.text().ok().map(|text| markup::destinations(&text))
    });
    for (dest, is_picture) in found.iter() {
        if *is_picture && !names.contains_key(dest) {
            if let Some(file) = picture_file(r, p, dest) {
                names.insert(dest.clone(), format!("/img/{}", pictures.len()));
                pictures.push(file);
            }
        }
        if !links.contains_key(dest) {
            links.insert(dest.clone(), link(dest));
        }
    }
    (links, names)
}

/// The gallery's pictures after the text, two a row with their captions, numbered on after
/// the text's pictures in `pictures`; empty when the item has no gallery pictures.
fn gallery_markup(r: &Renderer, p: &Page, pictures: &mut Vec<PathBuf>) -> String {
    let lang = p.lang.as_str();
    let mut cells = Vec::new();
    for g in &p.gallery {
        let Some(name) = g.entry.image.as_deref() else {
            continue;
        };
        let Some(file) = picture_file(r, p, name) else {
            continue;
        };
        let virt = format!("/img/{}", pictures.len());
        pictures.push(file);
        let alt = g.alt.clone().unwrap_or_default();
        let caption = g
            .caption
            .as_deref()
            .map(|c| format!(", caption: [{}]", markup::text(c)))
            .unwrap_or_default();
        cells.push(format!(
            "figure(picture({}, {}){caption}, numbering: none)",
            markup::string(&virt),
            markup::string(&alt)
        ));
    }
    if cells.is_empty() {
        return String::new();
    }
    format!(
        "\n#heading(level: 2, {})\n#grid(columns: (1fr, 1fr), gutter: 12pt, {})\n",
        markup::string(&t(&r.i18n, lang, "gallery-title")),
        cells.join(", ")
    )
}

/// The header of the press release: the emblem's texts and the programme logo.
struct Header {
    emblem: publicity::Emblem,
    /// The logo's name among the embedded files, when the logo file exists.
    logo: Option<String>,
    logo_alt: String,
}

/// The emblem's texts and the programme logo (embedded into `files` when it exists in
/// static/); the logo's alt text as on the web page: the profile's, else the programme's name.
fn header(r: &Renderer, p: &Page, files: &mut Vec<(String, Embed)>) -> Header {
    let site = r.site;
    let lang = p.lang.as_str();
    let c = &site.config;
    let emblem = publicity::emblem(site, &r.i18n, lang, "");
    let logo = c.project.programme_logo.as_ref().and_then(|l| {
        let s = l.slashed();
        let rel = s.strip_prefix("static/").unwrap_or(&s);
        let file = site.root.join("static").join(rel);
        if !file.is_file() {
            return None;
        }
        let ext = rel.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
        let name = format!("/logo.{ext}");
        files.push((name.clone(), Embed::File(file)));
        Some(name)
    });
    let logo_alt = emblem.logo_alt.clone().unwrap_or_else(|| {
        r.i18n
            .format(lang, &c.project.programme, &[])
            .unwrap_or_default()
    });
    Header {
        emblem,
        logo,
        logo_alt,
    }
}

/// The item's facts for the document's metadata and title block, as Typst values.
struct Facts {
    /// A Typst `datetime(...)`, or `none`.
    date: String,
    date_text: Option<String>,
    author: String,
    /// Each keyword as a Typst string.
    keywords: Vec<String>,
}

/// The date (as a Typst value and as text), the author (the item's, else who is responsible for
/// it, else the project's responsible body) and the tags as keywords.
fn facts(r: &Renderer, p: &Page) -> Facts {
    let i18n = &r.i18n;
    let c = &r.site.config;
    let lang = p.lang.as_str();
    let date = p.date.map_or_else(
        || "none".to_string(),
        |d| {
            format!(
                "datetime(year: {}, month: {}, day: {})",
                d.year(),
                d.month(),
                d.day()
            )
        },
    );
    let date_text = p.date.map(|d| {
        format!(
            "{} {}",
            t(i18n, lang, "published-on"),
            i18n.date_on(lang, d)
        )
    });
    let responsible = p.responsible.clone().unwrap_or_else(|| {
        c.project
            .responsible
            .get(lang, c.default_lang())
            .to_string()
    });
    let author = p.author.as_ref().map_or(responsible, |a| a.name.clone());
    let keywords = p.tags.iter().map(|t| markup::string(&t.name)).collect();
    Facts {
        date,
        date_text,
        author,
        keywords,
    }
}

/// The publicity block at the end, with the same strings the web page shows; the links are
/// Typst `(label, href)` pairs.
struct Closing {
    statement: Option<String>,
    disclaimer: Option<String>,
    links: Vec<String>,
    prepared: Option<String>,
    gallery_link: Option<String>,
    web: String,
}

/// The publicity texts, who prepared the text, the link to the gallery page and to the web
/// version of the item.
fn closing(r: &Renderer, p: &Page, permalink: &str) -> Closing {
    let site = r.site;
    let i18n = &r.i18n;
    let c = &site.config;
    let lang = p.lang.as_str();
    let statement = publicity::statement(site, i18n, lang, p.date).ok();
    let disclaimer = publicity::disclaimer(site, i18n, p).ok().flatten();
    let links = publicity::links(i18n, lang, &c.project.programme)
        .into_iter()
        .map(|(label, href)| format!("({}, {})", markup::string(&label), markup::string(&href)))
        .collect();
    let prepared = publicity::prepared_by(i18n, p);
    let gallery_link = p.gallery_path.as_ref().map(|g| {
        format!(
            "({}, {})",
            markup::string(&t(i18n, lang, "gallery-link")),
            markup::string(&format!("{}{}{g}", c.origin(), c.base_path()))
        )
    });
    let web = format!(
        "({}, {})",
        markup::string(&t(i18n, lang, "pdf-web-version")),
        markup::string(permalink)
    );
    Closing {
        statement,
        disclaimer,
        links,
        prepared,
        gallery_link,
        web,
    }
}

/// The start of the Typst source: the layout and the `press` call with the header and facts.
fn press_head(r: &Renderer, p: &Page, header: &Header, facts: &Facts) -> String {
    let project = &r.site.config.project;
    format!(
        "{LAYOUT}
#show: press.with(
  lang: {lang},
  title: {title},
  date: {date},
  date-text: {date_text},
  author: {author},
  keywords: ({keywords}),
  acronym: {acronym},
  code: {code},
  emblem-alt: {emblem_alt},
  emblem-text: {emblem_text},
  fund: {fund},
  logo: {logo},
  logo-alt: {logo_alt},
)

",
        lang = markup::string(p.lang.as_str()),
        title = markup::string(&p.title),
        date = facts.date,
        date_text = optional(&facts.date_text),
        author = markup::string(&facts.author),
        keywords = facts
            .keywords
            .iter()
            .map(|k| format!("{k},"))
            .collect::<String>(),
        acronym = markup::string(&project.acronym),
        code = markup::string(&project.code),
        emblem_alt = markup::string(&header.emblem.alt),
        emblem_text = markup::string(&header.emblem.text),
        fund = optional(&header.emblem.fund),
        logo = optional(&header.logo),
        logo_alt = markup::string(&header.logo_alt),
    )
}

/// The end of the Typst source, after the text: the gallery and the `publicity` call.
fn press_tail(gallery: &str, closing: &Closing) -> String {
    format!(
        "{gallery}
#publicity(
  statement: {statement},
  disclaimer: {disclaimer},
  links: ({links}),
  prepared: {prepared},
  gallery: {gallery_link},
  web: {web},
)
",
        statement = optional(&closing.statement),
        disclaimer = optional(&closing.disclaimer),
        links = closing
            .links
            .iter()
            .map(|l| format!("{l},"))
            .collect::<String>(),
        prepared = optional(&closing.prepared),
        gallery_link = closing.gallery_link.as_deref().unwrap_or("none"),
        web = closing.web,
    )
}

/// A Typst string, or `none`.
fn optional(s: &Option<String>) -> String {
    s.as_ref()
        .map_or_else(|| "none".to_string(), |s| markup::string(s))
}

fn has_scheme(dest: &str) -> bool {
    dest.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-' || c == '.')
    })
}

/// The file to embed for a picture's destination (next to the page, or `/name` in static/): the
/// picture pipeline's JPEG (orientation applied, metadata stripped), which the PDF embeds as
/// it is, else its largest WebP version (decoded and compressed again into the PDF: a photo
/// with transparency, or `images.fallback: false`), else the file itself (SVG, GIF). None for
/// pictures on other sites and missing files.
///
/// The JPEG is the middle width (960 pixels by default: 150 dpi across the text, 300 in the
/// gallery's two columns); the largest WebP (1 600) cost a decode and a recompression of its
/// pixels in every PDF that shows it, and made PDFs of several MB.
fn picture_file(r: &Renderer, p: &Page, dest: &str) -> Option<PathBuf> {
    if let Some(pic) = r.picture(&p.dir, dest) {
        let jpeg = pic.fallback.as_ref().filter(|v| {
            v.cache_file
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("jpg") || e.eq_ignore_ascii_case("jpeg"))
        });
        let best = jpeg.unwrap_or(pic.largest());
        if best.cache_file.is_file() {
            return Some(best.cache_file.clone());
        }
    }
    if has_scheme(dest) || dest.starts_with("//") || dest.contains(['?', '#']) {
        return None;
    }
    let rel = match dest.strip_prefix('/') {
        Some(rest) => Path::new("static").join(rest),
        None => p.dir.join(dest),
    };
    // Never outside the site folder.
    let rel = crate::paths::normalize(&rel)?;
    let file = r.site.root.join(rel);
    file.is_file().then_some(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fonts_have_every_latvian_and_lithuanian_letter() {
        let engine = Engine::new();
        assert_eq!(engine.fonts().len(), 4);
        // Every letter, the quotes and dashes of both languages, the list markers.
        let letters = "āčēģīķļņšūžąęėįųĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲ„“”–—€•";
        for font in engine.fonts() {
            for c in letters.chars() {
                assert!(
                    font.info().coverage.contains(c as u32),
                    "{:?} lacks {c}",
                    font.info().family
                );
            }
        }
    }

    /// A text-only document of a few pages, without the layout's header and publicity block.
    fn plain_document(i: usize) -> Document {
        let paragraph = format!(
            "Item {i}: the partners met to plan the cross-border work of the programme, \
             with the municipalities, schools and museums of the region taking part. "
        )
        .repeat(12);
        let body = (0..12)
            .map(|n| format!("## Part {n}\n\n{paragraph}\n\n"))
            .collect::<String>();
        let source = Source {
            head: "#set page(height: 12cm)\n#set par(justify: true)\n".into(),
            body: crate::content::Body::held(body),
            lang: "en".into(),
            raw_html: false,
            links: BTreeMap::new(),
            pictures: BTreeMap::new(),
            tail: String::new(),
        };
        let mut doc = Document {
            path: format!("en/news/{i}/{i}.pdf"),
            file: PathBuf::from(format!("content/news/{i}.md")),
            source: Arc::new(source),
            files: vec![("/emblem.svg".into(), Embed::Bytes(emblem()))],
            key: 0,
        };
        doc.hash();
        doc
    }

    /// Each PDF being typeset holds its layout in memory: a build of many PDFs must keep no
    /// more of them in flight than it has threads, however many PDFs there are. (Typst's and
    /// krilla's own parallel work waited in a shared pool and picked up the next press
    /// releases meanwhile: a build's memory grew with its number of PDFs.)
    #[test]
    fn a_build_typesets_no_more_pdfs_at_once_than_it_has_threads() {
        let engine = Engine::new();
        let threads = engine.pool.current_num_threads();
        let docs: Vec<Document> = (0..8 * threads.max(2)).map(plain_document).collect();
        let sizes = render_each(&engine, &docs, |doc| {
            render_in_place(&engine, doc).map(|r| r.bytes.len())
        });
        assert_eq!(sizes.len(), docs.len());
        for size in sizes {
            assert!(size.expect("the document renders") > 1000);
        }
        let most = engine.most_in_flight.load(Ordering::SeqCst);
        assert!(
            most <= threads,
            "{most} PDFs were typeset at once on {threads} threads"
        );
    }

    #[test]
    fn latvian_words_get_soft_hyphens() {
        let engine = Engine::new();
        let out = engine.hyphenate("lv", "pārrobežu sadarbības programma, un");
        assert!(out.contains('\u{AD}'), "{out}");
        assert_eq!(
            out.replace('\u{AD}', ""),
            "pārrobežu sadarbības programma, un"
        );
        // Typst hyphenates Lithuanian itself.
        assert_eq!(
            engine.hyphenate("lt", "bendradarbiavimo"),
            "bendradarbiavimo"
        );
    }
}
