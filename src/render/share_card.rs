//! Share cards: the picture social networks show when a page without a picture of its own is
//! shared (`og:image`). A 1200×630 PNG on white: the EU emblem drawn to its official geometry
//! ([`crate::publicity::emblem_svg`]) with the programme's funding statement beside it in the
//! page's language (the profile's words, as beside the emblem on the page), the page's title and
//! the site's title, in the embedded fonts (Herald Sans, from Carlito), wrapped and shrunk to fit. The 2021–2027
//! rules ask for the emblem on social media posts too.
//!
//! Owns: drawing a card ([`draw`]), the content-addressed cache (`cards/<key>.png` in the cache
//! folder, key: the hash of everything drawn) so an unchanged card is never drawn again, and the
//! cards of a build as output files (`img/share/<key>.png`): drawn during `build` (what is not
//! in the cache, in parallel), drawn when first requested in `serve` and never in `check`.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use resvg::tiny_skia::{Color, FillRule, Paint, PathBuilder, Pixmap, Rect, Transform};
use rustybuzz::ttf_parser;

use crate::diagnostics::{Diagnostic, Failure, Result};
use crate::output::{Lazy, OutputContents, OutputFile};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// Where the cards are published in the output folder.
pub const OUTPUT_DIR: &str = "img/share";

/// Changes whenever the drawing changes (herald's version covers the fonts and the layout), so
/// old cache entries are not used.
const FORMAT: &str = concat!("herald ", env!("CARGO_PKG_VERSION"), " share card 2");

/// Reflex blue: the emblem's rectangle, the words beside it, the bar along the bottom.
const BLUE: [u8; 3] = [0x00, 0x33, 0x99];
/// The page's title: near-black on white (contrast 17:1).
const INK: [u8; 3] = [0x1a, 0x1a, 0x1a];
/// The site's title: dark grey on white (contrast 12.6:1).
const GREY: [u8; 3] = [0x33, 0x33, 0x33];

const MARGIN: f32 = 64.0;
const EMBLEM_HEIGHT: f32 = 132.0;
/// Between the emblem and the words beside it.
const GUTTER: f32 = 32.0;
/// Line height, in font sizes.
const LEADING: f32 = 1.2;
const BAR_HEIGHT: f32 = 14.0;
/// Longer texts are cut before they are fitted: no card shows more (3 lines at the smallest
/// size), and fitting costs grow with the length.
const MAX_CHARS: usize = 300;

/// What a card shows. Equal cards are one file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Card {
    /// The words written in full beside the emblem (the profile's `<programme>-emblem`).
    pub statement: String,
    /// The fund, where the profile names one (2014–2020 profiles).
    pub fund: Option<String>,
    pub site_title: String,
    /// The page's title; empty when it is the site's title (a home page).
    pub title: String,
}

impl Card {
    /// The hash of everything the card is drawn from.
    pub fn key(&self) -> String {
        let mut h = blake3::Hasher::new();
        let fund = self.fund.as_deref().unwrap_or("\0");
        for part in [FORMAT, &self.statement, fund, &self.site_title, &self.title] {
            h.update(&(part.len() as u64).to_le_bytes());
            h.update(part.as_bytes());
        }
        h.finalize().to_hex()[..20].to_string()
    }

    /// Relative to the output folder.
    pub fn path(&self) -> String {
        format!("{OUTPUT_DIR}/{}.png", self.key())
    }

    fn cache_name(&self) -> String {
        format!("{}.png", self.key())
    }
}

struct Fonts {
    regular: rustybuzz::Face<'static>,
    bold: rustybuzz::Face<'static>,
}

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        // The embedded files are valid fonts (the unit tests draw with both).
        let face = |data| rustybuzz::Face::from_slice(data, 0).expect("an embedded font");
        Fonts {
            regular: face(crate::fonts::regular()),
            bold: face(crate::fonts::bold()),
        }
    })
}

/// The parts of a card that every page of a language shares (the emblem, the funding
/// statement, the site's title, the bar), drawn once and copied for each page: a site of 5 000
/// items has 10 000 cards and a handful of backgrounds.
#[derive(Default)]
pub struct Backgrounds(std::sync::Mutex<HashMap<u64, Arc<Background>>>);

/// A card without the page's title, and the height its site title takes.
struct Background {
    pixmap: Pixmap,
    site_height: f32,
}

impl Backgrounds {
    fn of(&self, card: &Card) -> std::result::Result<Arc<Background>, String> {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        for part in [
            card.statement.as_str(),
            card.fund.as_deref().unwrap_or("\0"),
            &card.site_title,
        ] {
            h.update(part.as_bytes());
            h.update(b"\0");
        }
        let key = h.digest();
        let cached = self
            .0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
            .cloned();
        if let Some(b) = cached {
            return Ok(b);
        }
        // Two workers may draw the same background at once: the same pixels, one is kept.
        let b = Arc::new(background(card)?);
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, Arc::clone(&b));
        Ok(b)
    }
}

/// Draws the card as PNG bytes, on the background of its language from `backgrounds`.
pub fn draw(card: &Card, backgrounds: &Backgrounds) -> std::result::Result<Vec<u8>, String> {
    png(&picture(card, backgrounds)?)
}

/// The card's pixels, on the background of its language from `backgrounds`.
fn picture(card: &Card, backgrounds: &Backgrounds) -> std::result::Result<Pixmap, String> {
    let fonts = fonts();
    let background = backgrounds.of(card)?;
    let mut pixmap = background.pixmap.clone();
    // The page's title between the emblem and the site's title; nothing else is drawn there.
    let full = WIDTH as f32 - 2.0 * MARGIN;
    let bottom = HEIGHT as f32 - BAR_HEIGHT - 40.0;
    let title_top = MARGIN + EMBLEM_HEIGHT + 48.0;
    let room = bottom - background.site_height - 24.0 - title_top;
    let title = fit(&fonts.bold, &card.title, (72.0, 40.0), full, 3, room);
    // Centred in its room: a short title does not float under the emblem.
    let title_y = title_top + ((room - title.height()) / 2.0).max(0.0);
    title.draw(&mut pixmap, &fonts.bold, MARGIN, title_y, INK);
    Ok(pixmap)
}

/// Everything of a card but the page's title.
fn background(card: &Card) -> std::result::Result<Background, String> {
    let fonts = fonts();
    let mut pixmap = Pixmap::new(WIDTH, HEIGHT).ok_or("no memory for the picture")?;
    pixmap.fill(Color::WHITE);
    emblem(&mut pixmap, MARGIN, MARGIN, EMBLEM_HEIGHT)?;
    // The statement (and the fund) beside the emblem, centred on its height.
    let x = MARGIN + 1.5 * EMBLEM_HEIGHT + GUTTER;
    let width = WIDTH as f32 - MARGIN - x;
    let statement = fit(
        &fonts.bold,
        &card.statement,
        (44.0, 26.0),
        width,
        2,
        EMBLEM_HEIGHT,
    );
    let fund = card.fund.as_deref().map(|f| {
        fit(
            &fonts.regular,
            f,
            (30.0, 20.0),
            width,
            2,
            EMBLEM_HEIGHT / 2.0,
        )
    });
    let block = statement.height() + fund.as_ref().map_or(0.0, Fitted::height);
    let top = MARGIN + ((EMBLEM_HEIGHT - block) / 2.0).max(0.0);
    let below = statement.draw(&mut pixmap, &fonts.bold, x, top, BLUE);
    if let Some(fund) = &fund {
        fund.draw(&mut pixmap, &fonts.regular, x, below, BLUE);
    }
    // The site's title above the bar.
    let full = WIDTH as f32 - 2.0 * MARGIN;
    let bottom = HEIGHT as f32 - BAR_HEIGHT - 40.0;
    let site = fit(
        &fonts.regular,
        &card.site_title,
        (32.0, 24.0),
        full,
        1,
        40.0,
    );
    site.draw(
        &mut pixmap,
        &fonts.regular,
        MARGIN,
        bottom - site.height(),
        GREY,
    );
    bar(&mut pixmap)?;
    Ok(Background {
        pixmap,
        site_height: site.height(),
    })
}

/// The EU emblem, `height` high, its top left corner at (`x`, `y`).
fn emblem(pixmap: &mut Pixmap, x: f32, y: f32, height: f32) -> std::result::Result<(), String> {
    let svg = crate::publicity::emblem_svg();
    let tree = usvg::Tree::from_str(&svg, &usvg::Options::default()).map_err(|e| e.to_string())?;
    let scale = height / tree.size().height();
    let at = Transform::from_scale(scale, scale).post_translate(x, y);
    resvg::render(&tree, at, &mut pixmap.as_mut());
    Ok(())
}

/// A reflex blue bar along the bottom edge.
fn bar(pixmap: &mut Pixmap) -> std::result::Result<(), String> {
    let rect = Rect::from_xywh(0.0, HEIGHT as f32 - BAR_HEIGHT, WIDTH as f32, BAR_HEIGHT)
        .ok_or("the bar is empty")?;
    pixmap.fill_rect(rect, &paint(BLUE), Transform::identity(), None);
    Ok(())
}

fn paint(rgb: [u8; 3]) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color_rgba8(rgb[0], rgb[1], rgb[2], 255);
    p.anti_alias = true;
    p
}

/// The emblem's stars.
const YELLOW: [u8; 3] = [0xff, 0xcc, 0x00];
const WHITE: [u8; 3] = [0xff, 0xff, 0xff];
/// Steps between two colours in the palette: an anti-aliased edge is at most 1/32 of the way
/// from where it was drawn.
const STEPS: u16 = 16;
/// How far (in any channel) a pixel may be from its palette colour; a card with a pixel further
/// than that from every colour (a design change) is written in full colour instead.
const MAX_ERROR: u8 = 12;

/// The card as a palette PNG: a card is white, the four colours it is drawn in and the
/// anti-aliased edges between them, so a palette of those blends shows it within
/// [`MAX_ERROR`] in under half the bytes of a full-colour PNG, with a third of the data to
/// compress.
fn png(pixmap: &Pixmap) -> std::result::Result<Vec<u8>, String> {
    let palette = palette();
    let Some(indices) = indexed(pixmap, palette) else {
        return png_rgb(pixmap);
    };
    let mut out = Vec::with_capacity(32 * 1024);
    let mut encoder = png::Encoder::new(&mut out, WIDTH, HEIGHT);
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(palette.concat());
    // zlib's fastest level: 93 MB for 2 000 cards, against 149 MB with the PNG crate's own
    // fast compressor at the same speed, and 54 MB with the default level at 1.4 times the
    // CPU time.
    encoder.set_deflate_compression(png::DeflateCompression::Level(1));
    encoder.set_filter(png::Filter::NoFilter);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer
        .write_image_data(&indices)
        .map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

/// White, the card's colours and the blends of their edges: white with each colour, and the
/// stars' yellow with the emblem's blue.
fn palette() -> &'static [[u8; 3]] {
    static PALETTE: OnceLock<Vec<[u8; 3]>> = OnceLock::new();
    PALETTE.get_or_init(|| {
        let mut colours = vec![WHITE, BLUE, INK, GREY, YELLOW];
        for (a, b) in [
            (WHITE, BLUE),
            (WHITE, INK),
            (WHITE, GREY),
            (WHITE, YELLOW),
            (BLUE, YELLOW),
        ] {
            for k in 1..STEPS {
                colours.push(std::array::from_fn(|c| {
                    let (a, b) = (u16::from(a[c]), u16::from(b[c]));
                    ((a * (STEPS - k) + b * k + STEPS / 2) / STEPS) as u8
                }));
            }
        }
        colours
    })
}

/// Each pixel's place in `palette`, or None when one is further than [`MAX_ERROR`] from all.
fn indexed(pixmap: &Pixmap, palette: &[[u8; 3]]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(pixmap.data().len() / 4);
    // Most pixels repeat the one before (white, the bar, a letter's inside): looked up once.
    let mut last = (WHITE, 0u8);
    let mut known: HashMap<[u8; 3], u8> = HashMap::new();
    for p in pixmap.data().chunks_exact(4) {
        let rgb = [p[0], p[1], p[2]];
        if rgb != last.0 {
            let index = match known.get(&rgb) {
                Some(&i) => i,
                None => {
                    let i = nearest(palette, rgb)?;
                    known.insert(rgb, i);
                    i
                }
            };
            last = (rgb, index);
        }
        out.push(last.1);
    }
    Some(out)
}

/// The palette colour closest to `rgb`, when within [`MAX_ERROR`].
fn nearest(palette: &[[u8; 3]], rgb: [u8; 3]) -> Option<u8> {
    let distance = |c: &[u8; 3]| -> u32 {
        (0..3)
            .map(|i| u32::from(c[i].abs_diff(rgb[i])).pow(2))
            .sum()
    };
    let (i, c) = palette
        .iter()
        .enumerate()
        .min_by_key(|(_, c)| distance(c))?;
    let close = (0..3).all(|k| c[k].abs_diff(rgb[k]) <= MAX_ERROR);
    close.then_some(i as u8)
}

/// The card as a full-colour (RGB) PNG.
fn png_rgb(pixmap: &Pixmap) -> std::result::Result<Vec<u8>, String> {
    use image::ImageEncoder;
    let mut rgb = vec![0u8; pixmap.data().len() / 4 * 3];
    // Byte by byte: a three-byte copy per pixel was a tenth of drawing a card.
    for (to, from) in rgb.chunks_exact_mut(3).zip(pixmap.data().chunks_exact(4)) {
        to[0] = from[0];
        to[1] = from[1];
        to[2] = from[2];
    }
    let mut out = Vec::with_capacity(64 * 1024);
    image::codecs::png::PngEncoder::new_with_quality(
        &mut out,
        // A site has a card per page: the fast compression takes a fraction of the default's
        // time, for a somewhat larger file of the same pixels.
        image::codecs::png::CompressionType::Fast,
        image::codecs::png::FilterType::Adaptive,
    )
    .write_image(&rgb, WIDTH, HEIGHT, image::ExtendedColorType::Rgb8)
    .map_err(|e| e.to_string())?;
    Ok(out)
}

fn shape(face: &rustybuzz::Face, text: &str) -> rustybuzz::GlyphBuffer {
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    rustybuzz::shape(face, &[], buffer)
}

/// How wide texts are in one face: each text shaped once, its width kept in font units (a width
/// at any size is that times the size), since fitting a title tries the same lines at many
/// sizes.
struct Widths<'f> {
    face: &'f rustybuzz::Face<'f>,
    units: std::cell::RefCell<HashMap<String, i32>>,
}

impl<'f> Widths<'f> {
    fn of(face: &'f rustybuzz::Face<'f>) -> Self {
        Widths {
            face,
            units: Default::default(),
        }
    }

    /// How wide `text` is at `size` pixels.
    fn measure(&self, text: &str, size: f32) -> f32 {
        let known = self.units.borrow().get(text).copied();
        let advance = known.unwrap_or_else(|| {
            let advance: i32 = shape(self.face, text)
                .glyph_positions()
                .iter()
                .map(|p| p.x_advance)
                .sum();
            self.units.borrow_mut().insert(text.to_string(), advance);
            advance
        });
        advance as f32 * size / self.face.units_per_em() as f32
    }
}

/// A text set in lines at one size.
struct Fitted {
    size: f32,
    lines: Vec<String>,
}

impl Fitted {
    fn height(&self) -> f32 {
        self.lines.len() as f32 * self.size * LEADING
    }

    /// Draws the lines from `top` down; returns where the next text may start.
    fn draw(
        &self,
        pixmap: &mut Pixmap,
        face: &rustybuzz::Face,
        x: f32,
        top: f32,
        rgb: [u8; 3],
    ) -> f32 {
        let ascent = f32::from(face.ascender()) / face.units_per_em() as f32;
        // The line's extra space is shared above and below its letters.
        let half_gap = (LEADING - 1.0) / 2.0;
        let mut y = top;
        for line in &self.lines {
            let baseline = y + self.size * (half_gap + ascent);
            draw_line(pixmap, face, line, self.size, x, baseline, rgb);
            y += self.size * LEADING;
        }
        y
    }
}

/// The largest size from `sizes` (largest, smallest; in steps of 2 px) at which `text` wraps
/// into at most `max_lines` lines of at most `width`, `height` high in all; at the smallest size
/// what does not fit is cut with "…".
fn fit(
    face: &rustybuzz::Face,
    text: &str,
    sizes: (f32, f32),
    width: f32,
    max_lines: usize,
    height: f32,
) -> Fitted {
    let text = shorten(text);
    let widths = Widths::of(face);
    let (mut size, smallest) = sizes;
    while size > smallest {
        let lines = wrap(&widths, &text, size, width);
        let fitted = Fitted { size, lines };
        let fits = fitted.lines.len() <= max_lines
            && fitted.height() <= height
            && fitted
                .lines
                .iter()
                .all(|l| widths.measure(l, size) <= width);
        if fits {
            return fitted;
        }
        size -= 2.0;
    }
    let size = smallest;
    let room = ((height / (size * LEADING)).floor() as usize).clamp(1, max_lines.max(1));
    let mut lines = wrap(&widths, &text, size, width);
    let cut = lines.len() > room;
    lines.truncate(room);
    let last = lines.len().saturating_sub(1);
    let lines = lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            if (cut && i == last) || widths.measure(&l, size) > width {
                ellipsize(&widths, &l, size, width)
            } else {
                l
            }
        })
        .collect();
    Fitted { size, lines }
}

/// At most [`MAX_CHARS`] characters, with "…" where it was cut.
fn shorten(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.char_indices().nth(MAX_CHARS) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text,
    }
}

/// Greedy wrapping at spaces; a word wider than `width` stays alone on its line.
fn wrap(widths: &Widths, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if line.is_empty() {
            line.push_str(word);
            continue;
        }
        let longer = format!("{line} {word}");
        if widths.measure(&longer, size) <= width {
            line = longer;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `line` shortened until it fits `width` with "…" after it.
fn ellipsize(widths: &Widths, line: &str, size: f32, width: f32) -> String {
    let mut chars: Vec<char> = line.chars().collect();
    loop {
        let kept: String = chars.iter().collect();
        let text = format!("{}…", kept.trim_end().trim_end_matches('…'));
        if chars.is_empty() || widths.measure(&text, size) <= width {
            return text;
        }
        chars.pop();
    }
}

/// Glyph outlines (font units, y up) into a path (pixels, y down) at an origin and a scale.
struct Outline {
    path: PathBuilder,
    x: f32,
    y: f32,
    scale: f32,
}

impl Outline {
    fn at(&self, x: f32, y: f32) -> (f32, f32) {
        (self.x + x * self.scale, self.y - y * self.scale)
    }
}

impl ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.path.move_to(x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.path.line_to(x, y);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let ((x1, y1), (x, y)) = (self.at(x1, y1), self.at(x, y));
        self.path.quad_to(x1, y1, x, y);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let ((x1, y1), (x2, y2), (x, y)) = (self.at(x1, y1), self.at(x2, y2), self.at(x, y));
        self.path.cubic_to(x1, y1, x2, y2, x, y);
    }

    fn close(&mut self) {
        self.path.close();
    }
}

/// One line of text, shaped (kerning, accents placed by the font), its baseline at `baseline`.
fn draw_line(
    pixmap: &mut Pixmap,
    face: &rustybuzz::Face,
    text: &str,
    size: f32,
    x: f32,
    baseline: f32,
    rgb: [u8; 3],
) {
    let glyphs = shape(face, text);
    let scale = size / face.units_per_em() as f32;
    let mut outline = Outline {
        path: PathBuilder::new(),
        x,
        y: baseline,
        scale,
    };
    let mut advance = 0i32;
    for (info, pos) in glyphs.glyph_infos().iter().zip(glyphs.glyph_positions()) {
        outline.x = x + (advance + pos.x_offset) as f32 * scale;
        outline.y = baseline - pos.y_offset as f32 * scale;
        let id = ttf_parser::GlyphId(u16::try_from(info.glyph_id).unwrap_or(0));
        face.outline_glyph(id, &mut outline);
        advance += pos.x_advance;
    }
    if let Some(path) = outline.path.finish() {
        pixmap.fill_path(
            &path,
            &paint(rgb),
            FillRule::Winding,
            Transform::identity(),
            None,
        );
    }
}

/// Where drawn cards are kept: `cards/` in the cache folder (`images.cache_dir`), beside the
/// picture pipeline's `images/` and the PDFs' `pdf/`.
pub fn cache_dir(root: &Path, cache_dir: &Path) -> PathBuf {
    if cache_dir.is_absolute() {
        cache_dir.join("cards")
    } else {
        root.join(cache_dir).join("cards")
    }
}

/// Whether `name` is one herald gives a cached card (`<key>.png`) or its hash (`.png.sum`).
pub fn is_cache_name(name: &str) -> bool {
    let png = name.strip_suffix(".sum").unwrap_or(name);
    png.strip_suffix(".png").is_some_and(|key| {
        key.len() == 20 && key.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    })
}

/// The cards of a session's pages, by the output path of the page that shows each: a page the
/// session took from its render cache keeps the card of the build that rendered it.
#[derive(Default)]
pub struct Book {
    by_page: HashMap<String, Card>,
    /// Kept for the session: `serve` draws on request.
    backgrounds: Arc<Backgrounds>,
    /// `serve`: the cards drawn on request, by output path, kept while they are shown.
    lazy: HashMap<String, Arc<Lazy>>,
}

impl Book {
    /// The pages of this build: those rendered now (`rendered`: output path -> its card, or
    /// none) replace what the last build knew of them; the pages not in `pages` are gone.
    pub fn update<'p>(
        &mut self,
        mut rendered: HashMap<String, Option<Card>>,
        pages: impl Iterator<Item = &'p str>,
    ) {
        let mut fresh = HashMap::new();
        for page in pages {
            let card = match rendered.remove(page) {
                Some(card) => card,
                None => self.by_page.remove(page),
            };
            if let Some(card) = card {
                fresh.insert(page.to_string(), card);
            }
        }
        self.by_page = fresh;
    }

    /// Every card shown, once, by output path.
    fn cards(&self) -> BTreeMap<String, &Card> {
        self.by_page.values().map(|c| (c.path(), c)).collect()
    }
}

/// What a build did with its cards.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub drawn: usize,
    pub cached: usize,
    /// Left to be drawn when first requested (`serve`).
    pub deferred: usize,
}

/// The output files of the cards `book` holds. `on_request` (serve, check): registered only,
/// drawn when first asked for; else drawn now (what the cache lacks), in parallel, and the
/// cache's cards no page shows any more removed.
pub fn outputs(
    book: &mut Book,
    cache: &Path,
    on_request: bool,
) -> Result<(Vec<OutputFile>, Stats)> {
    let cards = book.cards();
    if on_request {
        let mut lazy = HashMap::with_capacity(cards.len());
        let mut files = Vec::with_capacity(cards.len());
        for (path, card) in cards {
            let file = match book.lazy.get(&path) {
                Some(old) => Arc::clone(old),
                None => {
                    let (card, cache) = (card.clone(), cache.to_path_buf());
                    let backgrounds = Arc::clone(&book.backgrounds);
                    let key = xxhash_rust::xxh3::xxh3_64(path.as_bytes());
                    Arc::new(Lazy::new(
                        key,
                        Box::new(move || {
                            cached_or_drawn(&card, &cache, &backgrounds, None).map(|(b, _)| b)
                        }),
                    ))
                }
            };
            lazy.insert(path.clone(), Arc::clone(&file));
            files.push(OutputFile {
                path,
                contents: OutputContents::Lazy(file),
            });
        }
        book.lazy = lazy;
        let stats = Stats {
            deferred: files.len(),
            ..Stats::default()
        };
        return Ok((files, stats));
    }
    let drawn = AtomicUsize::new(0);
    let results: Vec<std::result::Result<OutputFile, Diagnostic>> = cards
        .par_iter()
        .map(|(path, card)| {
            let drawing = cached_or_drawn(card, cache, &book.backgrounds, Some(&drawn));
            let (bytes, file) = drawing.map_err(|why| {
                let title = if card.title.is_empty() {
                    &card.site_title
                } else {
                    &card.title
                };
                let message = crate::tr!(
                    "share-card-error",
                    file = path.as_str(),
                    title = title.as_str(),
                    reason = why
                );
                Diagnostic::error(message)
                    .with_code(crate::codes::Code::OutputError)
                    .in_file("site.yaml")
                    .with_hint(crate::tr!("share-card-error-hint"))
            })?;
            let contents = match file {
                Some(f) => OutputContents::Copy(f),
                None => OutputContents::Bytes(bytes),
            };
            Ok(OutputFile {
                path: path.clone(),
                contents,
            })
        })
        .collect();
    let mut files = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(f) => files.push(f),
            Err(d) => errors.push(d),
        }
    }
    if !errors.is_empty() {
        return Err(Failure(errors));
    }
    let keep: HashSet<String> = book.cards().values().map(|c| c.cache_name()).collect();
    prune(cache, &keep);
    let drawn = drawn.into_inner();
    let stats = Stats {
        drawn,
        cached: files.len() - drawn,
        deferred: 0,
    };
    Ok((files, stats))
}

/// The card's bytes from the cache, else drawn (counted in `drawn`) and stored; with the cache
/// file when there is one to copy.
fn cached_or_drawn(
    card: &Card,
    cache: &Path,
    backgrounds: &Backgrounds,
    drawn: Option<&AtomicUsize>,
) -> std::result::Result<(Arc<[u8]>, Option<PathBuf>), String> {
    let file = cache.join(card.cache_name());
    if let Some(bytes) = crate::owned::read_cached(&file) {
        return Ok((bytes.into(), Some(file)));
    }
    let bytes = draw(card, backgrounds)?;
    if let Some(n) = drawn {
        n.fetch_add(1, Ordering::Relaxed);
    }
    let stored = crate::owned::store_cached(&file, &bytes);
    Ok((bytes.into(), stored.then_some(file)))
}

/// Removes cached cards (and their hashes) no page of this build shows. Only names herald gives
/// them are touched.
fn prune(cache: &Path, keep: &HashSet<String>) {
    crate::owned::prune_cached(cache, keep, is_cache_name);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(title: &str) -> Card {
        Card {
            statement: "Līdzfinansē Eiropas Savienība".into(),
            fund: None,
            site_title: "OCTOPUS".into(),
            title: title.into(),
        }
    }

    #[test]
    fn a_long_title_is_shrunk_then_cut() {
        let face = &fonts().bold;
        let short = fit(face, "Sākums", (72.0, 40.0), 1072.0, 3, 250.0);
        assert_eq!((short.size, short.lines.len()), (72.0, 1));
        let long = "Projekta noslēguma konference Jelgavā ar partneriem ".repeat(20);
        let fitted = fit(face, &long, (72.0, 40.0), 1072.0, 3, 250.0);
        assert_eq!(fitted.size, 40.0);
        assert!(fitted.lines.len() <= 3);
        assert!(
            fitted.lines.last().unwrap().ends_with('…'),
            "{:?}",
            fitted.lines
        );
        for l in &fitted.lines {
            assert!(Widths::of(face).measure(l, 40.0) <= 1072.0, "{l}");
        }
    }

    #[test]
    fn a_word_wider_than_the_card_is_cut() {
        let face = &fonts().bold;
        let fitted = fit(face, &"ž".repeat(500), (72.0, 40.0), 1072.0, 3, 250.0);
        assert_eq!(fitted.lines.len(), 1);
        assert!(Widths::of(face).measure(&fitted.lines[0], 40.0) <= 1072.0);
    }

    #[test]
    fn every_latvian_and_lithuanian_letter_is_drawn_with_its_mark() {
        for face in [&fonts().regular, &fonts().bold] {
            for c in "āčēģīķļņšūžąęėįųĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲ„“”–…".chars()
            {
                assert!(face.glyph_index(c).is_some(), "no glyph for {c}");
            }
        }
        let drawn = |text: &str| {
            let mut p = Pixmap::new(100, 120).unwrap();
            p.fill(Color::WHITE);
            draw_line(&mut p, &fonts().regular, text, 100.0, 10.0, 100.0, INK);
            p
        };
        let inked = |p: &Pixmap, rows: std::ops::Range<u32>| {
            rows.flat_map(|y| (0..100).map(move |x| (x, y)))
                .filter(|&(x, y)| p.pixel(x, y).unwrap().red() < 128)
                .count()
        };
        // "ā" is "a" with a macron above its x-height (0.46 em: 54 px down at 100 px).
        let (a, macron) = (drawn("a"), drawn("ā"));
        assert!(inked(&a, 55..100) > 500);
        assert_eq!(inked(&a, 55..100), inked(&macron, 55..100));
        assert_eq!(inked(&a, 0..50), 0);
        assert!(inked(&macron, 0..50) > 50, "{}", inked(&macron, 0..50));
        // "ą" has its ogonek below the baseline.
        assert_eq!(inked(&a, 102..120), 0);
        assert!(inked(&drawn("ą"), 102..120) > 20);
    }

    #[test]
    fn a_card_is_a_small_png_of_1200_by_630() {
        let png = draw(
            &card("ā č ē ģ ī ķ ļ ņ š ū ž ą ę ė į ų"),
            &Backgrounds::default(),
        )
        .unwrap();
        let img = image::load_from_memory(&png).unwrap();
        assert_eq!((img.width(), img.height()), (WIDTH, HEIGHT));
        // A palette PNG (colour type 3 in the header): under half the 108 KB in full colour.
        assert_eq!(png[25], 3, "not a palette PNG");
        assert!(png.len() < 56 * 1024, "{}", png.len());
    }

    /// The palette shows every pixel of a card within MAX_ERROR of its full colour.
    #[test]
    fn the_palette_card_is_the_full_colour_card_within_a_few_levels() {
        let decoded = |png: &[u8]| image::load_from_memory(png).unwrap().to_rgb8().into_raw();
        for (title, fund) in [
            (
                "Žūrija apbalvoja Ķekavas jauniešus Rokišķu pilsētas svētkos",
                None,
            ),
            (
                "Į seminarą Biržuose atvyko 40 dalyvių",
                Some("Eiropos Reģionālās attīstības fonds"),
            ),
        ] {
            let mut c = card(title);
            c.fund = fund.map(str::to_string);
            let pixmap = picture(&c, &Backgrounds::default()).unwrap();
            let (palette, full) = (
                decoded(&png(&pixmap).unwrap()),
                decoded(&png_rgb(&pixmap).unwrap()),
            );
            assert_eq!(palette.len(), full.len());
            let worst = palette.iter().zip(&full).map(|(a, b)| a.abs_diff(*b)).max();
            assert!(worst <= Some(MAX_ERROR), "{title}: {worst:?}");
        }
        // A colour the card is not drawn in is kept in full colour.
        let mut odd = Pixmap::new(4, 4).unwrap();
        odd.fill(Color::from_rgba8(0x80, 0x20, 0xa0, 0xff));
        assert!(indexed(&odd, palette()).is_none());
    }

    /// A background serves many cards unchanged: a card drawn after others on the same
    /// backgrounds is the card drawn on fresh ones, and each card shows its own title.
    #[test]
    fn a_shared_background_gives_each_card_its_own_title_only() {
        let pixels = |png: &[u8]| image::load_from_memory(png).unwrap().to_rgb8().into_raw();
        let shared = Backgrounds::default();
        let first = draw(&card("Projekta atklāšanas pasākums"), &shared).unwrap();
        let second = draw(&card("Semināri Zemgalē"), &shared).unwrap();
        let alone = draw(&card("Semināri Zemgalē"), &Backgrounds::default()).unwrap();
        assert_eq!(shared.0.lock().unwrap().len(), 1);
        assert_eq!(pixels(&second), pixels(&alone));
        assert_ne!(pixels(&first), pixels(&second));
        let mut other_site = card("Semināri Zemgalē");
        other_site.site_title = "Cita vietne".into();
        draw(&other_site, &shared).unwrap();
        assert_eq!(shared.0.lock().unwrap().len(), 2);
    }

    #[test]
    fn the_key_changes_with_every_part() {
        let a = card("Sākums");
        let mut b = a.clone();
        b.fund = Some("Eiropas Reģionālās attīstības fonds".into());
        let mut c = a.clone();
        c.site_title = "OCTOPUS 2".into();
        let keys: HashSet<String> = [&a, &b, &c, &card("Sakums")]
            .iter()
            .map(|c| c.key())
            .collect();
        assert_eq!(keys.len(), 4);
        assert!(is_cache_name(&a.cache_name()));
        assert!(is_cache_name(&format!("{}.sum", a.cache_name())));
        assert!(!is_cache_name("share.png"));
    }
}
