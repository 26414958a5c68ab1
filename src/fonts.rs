//! The fonts herald embeds: Herald Sans, a subset of Carlito (SIL Open Font License 1.1, see
//! `pdf/fonts/OFL.txt`), metric-compatible with Calibri, one of the fonts the EU's visual rules
//! name. The subset keeps every Latin letter (all of Latvian and Lithuanian), Greek and the
//! common punctuation and symbols; it is renamed because the licence reserves the name Carlito
//! for the original (`vendor/carlito/subset.py` makes it). The PDF press releases typeset with
//! these fonts and the share cards draw with them, so one copy of each file is in the program:
//! gzipped (367 KB instead of Carlito's 2.8 MB), unpacked once, when a PDF or a card first
//! needs them.

use std::sync::OnceLock;

/// The font files as embedded (also hashed into the PDF cache's key: other fonts, other PDFs).
pub static PACKED: [&[u8]; 4] = [
    include_bytes!("pdf/fonts/HeraldSans-Regular.ttf.gz"),
    include_bytes!("pdf/fonts/HeraldSans-Bold.ttf.gz"),
    include_bytes!("pdf/fonts/HeraldSans-Italic.ttf.gz"),
    include_bytes!("pdf/fonts/HeraldSans-BoldItalic.ttf.gz"),
];

/// Every embedded font, unpacked: regular, bold, italic, bold italic.
pub fn all() -> &'static [Vec<u8>] {
    static UNPACKED: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    UNPACKED.get_or_init(|| PACKED.iter().map(|p| unpack(p)).collect())
}

/// The family name the PDF layout asks Typst for (`pdf/press.typ`).
pub const FAMILY: &str = "Herald Sans";

pub fn regular() -> &'static [u8] {
    &all()[0]
}

pub fn bold() -> &'static [u8] {
    &all()[1]
}

fn unpack(gzipped: &[u8]) -> Vec<u8> {
    use std::io::Read;
    let mut out = Vec::with_capacity(gzipped.len() * 5 / 2);
    flate2::read::GzDecoder::new(gzipped)
        .read_to_end(&mut out)
        .expect("the embedded fonts are valid gzip files (the tests unpack them)");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every letter of the three languages, their quotes and dashes, and what news texts write
    /// besides (other European names, units, prices, lists).
    const NEEDED: &str = "AĀĄBCČDEĒĘĖFGĢHIĪĮYJKĶLĻMNŅOPRSŠTUŪŲVZŽWXQ\
        aāąbcčdeēęėfgģhiīįyjkķlļmnņoprsštuūųvzžwxq0123456789 \
        .,;:!?'\"()[]{}/\\-_*&@#%+=<>|~^`$ \
        „“”«»‘’‚–—…•·×÷±°€£§©®™№½¼¾²³µΩΔαβπ→←↑↓\
        äöüßéèêëàâçîïôûùÿñóòõøåæœłńśźżćőűțșřěůďťňľĺŕˇ˘˙˛˝";

    #[test]
    fn every_font_has_every_needed_character_and_the_new_name() {
        for (i, data) in all().iter().enumerate() {
            let face =
                rustybuzz::ttf_parser::Face::parse(data, 0).expect("the embedded fonts parse");
            for c in NEEDED.chars() {
                assert!(
                    face.glyph_index(c).is_some(),
                    "font {i}: no glyph for {c:?}"
                );
            }
            let family: Vec<String> = face
                .names()
                .into_iter()
                .filter(|n| n.name_id == rustybuzz::ttf_parser::name_id::FAMILY)
                .filter_map(|n| n.to_string())
                .collect();
            assert!(
                !family.is_empty() && family.iter().all(|f| f == FAMILY),
                "{family:?}"
            );
            // The licence reserves the original's name: no name record may claim it.
            for n in face.names() {
                if let Some(s) = n.to_string() {
                    let claims = matches!(n.name_id, 1 | 3 | 4 | 6 | 16 | 17);
                    assert!(!(claims && s.contains("Carlito")), "font {i}: {s}");
                }
            }
        }
    }

    #[test]
    fn cyrillic_is_left_out_to_keep_the_program_small() {
        // Carlito has 2 782 glyphs; the subset about half.
        let face = rustybuzz::ttf_parser::Face::parse(regular(), 0).unwrap();
        assert!(face.glyph_index('Ж').is_none());
        assert!(
            face.number_of_glyphs() < 1500,
            "{}",
            face.number_of_glyphs()
        );
    }
}
