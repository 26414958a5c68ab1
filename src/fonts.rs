//! The fonts herald embeds: Carlito (SIL Open Font License 1.1, see `pdf/fonts/OFL.txt`),
//! metric-compatible with Calibri, one of the fonts the EU's visual rules name, with every
//! Latvian and Lithuanian letter. The PDF press releases typeset with them and the share cards
//! draw with them, so one copy of each file is in the program: gzipped (1.2 MB instead of
//! 2.8 MB), unpacked once, when a PDF or a card first needs them.

use std::sync::OnceLock;

const PACKED: [&[u8]; 4] = [
    include_bytes!("pdf/fonts/Carlito-Regular.ttf.gz"),
    include_bytes!("pdf/fonts/Carlito-Bold.ttf.gz"),
    include_bytes!("pdf/fonts/Carlito-Italic.ttf.gz"),
    include_bytes!("pdf/fonts/Carlito-BoldItalic.ttf.gz"),
];

/// Every embedded font, unpacked: regular, bold, italic, bold italic.
pub fn all() -> &'static [Vec<u8>] {
    static UNPACKED: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    UNPACKED.get_or_init(|| PACKED.iter().map(|p| unpack(p)).collect())
}

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
