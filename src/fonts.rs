//! The fonts herald embeds: Carlito (SIL Open Font License 1.1, see `pdf/fonts/OFL.txt`),
//! metric-compatible with Calibri, one of the fonts the EU's visual rules name, with every
//! Latvian and Lithuanian letter. The PDF press releases typeset with them and the share cards
//! draw with them, so one copy of each file is in the program.

pub const REGULAR: &[u8] = include_bytes!("pdf/fonts/Carlito-Regular.ttf");
pub const BOLD: &[u8] = include_bytes!("pdf/fonts/Carlito-Bold.ttf");
pub const ITALIC: &[u8] = include_bytes!("pdf/fonts/Carlito-Italic.ttf");
pub const BOLD_ITALIC: &[u8] = include_bytes!("pdf/fonts/Carlito-BoldItalic.ttf");

/// Every embedded font, regular first.
pub const ALL: &[&[u8]] = &[REGULAR, BOLD, ITALIC, BOLD_ITALIC];
