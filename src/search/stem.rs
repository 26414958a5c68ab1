//! Words as the search index and the search box see them: split out of a text, stemmed by the
//! page's language (Lithuanian: the Snowball algorithm; Latvian: [`super::latvian`]), and
//! folded to lower case without diacritics, so `seminars` finds `seminārs`.
//!
//! The browser does not stem the query. It folds each word and takes every stem of the index
//! that the word is, or that the word starts with followed by an ending this language's
//! stemmer removes (or two of them: a derivational suffix and an inflection), allowing for the
//! consonants a stemmer changes back (Lithuanian `č` → `t`). The endings and those changes are
//! written into the index ([`Rules`]) so the two sides cannot drift apart; [`matches`] is the
//! browser's rule in Rust, which the tests hold against the stemmers on real words.

use unicode_normalization::UnicodeNormalization;

/// Lower case, without combining marks (`Zemgalē` → `zemgale`, `Šiauliai` → `siauliai`),
/// exactly as `fold` in the theme's search script (NFD, then the marks U+0300–U+036F removed).
pub fn fold(word: &str) -> String {
    word.to_lowercase()
        .nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .collect()
}

/// Calls `f` with each word of a text, lower case, as written (letters, digits and the
/// combining marks that belong to them; the rest separates), composed (NFC), as the browser
/// splits its folded query. This runs on every word of every page of a build, so it reads
/// bytes, not characters: runs of lower-case ASCII are skipped through by a table, Latin
/// letters (below U+0300, the letters of lv and lt) are looked up in another, and a word is
/// copied only when lower case or NFC changes it (a capital, a combining mark).
pub fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let latin: &[u8; LATIN_END] = &LATIN;
    let mut buf = String::new();
    let mut i = 0;
    loop {
        // Up to the next word.
        i += run(bytes, i, SEPARATOR);
        if i >= bytes.len() {
            return;
        }
        if bytes[i] >= 0x80 {
            let (c, len) = decode(bytes, i);
            if !latin
                .get(c as usize)
                .map_or_else(|| in_word(c), |k| k & IN_WORD != 0)
            {
                i += len;
                continue;
            }
        }
        let start = i;
        let mut ascii_capital = false;
        let mut capital = false;
        // A character from U+0300 on: NFC or lower case may change the word.
        let mut beyond_latin = false;
        loop {
            i += run(bytes, i, LOWER);
            let Some(&b) = bytes.get(i) else { break };
            if b < 0x80 {
                if ASCII[b as usize] != CAPITAL {
                    break;
                }
                ascii_capital = true;
                i += 1;
                continue;
            }
            let (c, len) = decode(bytes, i);
            match latin.get(c as usize) {
                Some(k) if k & IN_WORD == 0 => break,
                Some(k) => capital |= k & LATIN_CAPITAL != 0,
                None if in_word(c) => beyond_latin = true,
                None => break,
            }
            i += len;
        }
        let word = &text[start..i];
        if beyond_latin && !unicode_normalization::is_nfc(word) {
            buf.clear();
            buf.push_str(&word.nfc().collect::<String>().to_lowercase());
            f(&buf);
        } else if capital && !beyond_latin {
            // Below U+0300 each character lowers on its own (the contextual rule of
            // `str::to_lowercase` is for `Σ`): no string made per word.
            buf.clear();
            buf.extend(word.chars().flat_map(char::to_lowercase));
            f(&buf);
        } else if capital || (beyond_latin && !word.chars().all(is_own_lower_case)) {
            buf.clear();
            buf.push_str(&word.to_lowercase());
            f(&buf);
        } else if ascii_capital {
            buf.clear();
            buf.push_str(word);
            buf.make_ascii_lowercase();
            f(&buf);
        } else {
            f(word);
        }
    }
}

/// Classes of bytes in [`ASCII`].
const SEPARATOR: u8 = 0;
const LOWER: u8 = 1;
const CAPITAL: u8 = 2;
const NOT_ASCII: u8 = 3;

/// Each byte's class: a lower-case letter or a digit, a capital, a separator, not ASCII.
const ASCII: [u8; 256] = {
    let mut t = [SEPARATOR; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            NOT_ASCII
        } else if c.is_ascii_uppercase() {
            CAPITAL
        } else if c.is_ascii_alphanumeric() {
            LOWER
        } else {
            SEPARATOR
        };
        b += 1;
    }
    t
};

/// How many bytes from `from` on are of the class `class`.
#[inline]
fn run(bytes: &[u8], from: usize, class: u8) -> usize {
    // A plain loop: `iter().position` with the class captured costs a third more per byte.
    let mut i = from;
    while i < bytes.len() && ASCII[bytes[i] as usize] == class {
        i += 1;
    }
    i - from
}

/// The characters below this one are looked up in [`LATIN`].
const LATIN_END: usize = 0x300;
const IN_WORD: u8 = 1;
const LATIN_CAPITAL: u8 = 2;

/// For each character below U+0300: whether it is part of a word, whether lower case changes
/// it. Made once from the standard library's own answers, so it cannot disagree with them.
static LATIN: std::sync::LazyLock<[u8; LATIN_END]> = std::sync::LazyLock::new(|| {
    let mut t = [0; LATIN_END];
    for (c, k) in t.iter_mut().enumerate() {
        let c = c as u32;
        let lower = char::from_u32(c).is_some_and(is_own_lower_case);
        *k = if in_word(c) { IN_WORD } else { 0 } | if lower { 0 } else { LATIN_CAPITAL };
    }
    t
});

/// Whether the character `c` is part of a word: a letter or a digit, or a combining mark
/// (decomposed text, `a` + U+0304, stays one word).
fn in_word(c: u32) -> bool {
    char::from_u32(c)
        .is_some_and(|c| c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c))
}

/// The character whose UTF-8 starts at `bytes[i]` (not ASCII: `text` is valid UTF-8), and
/// how many bytes it takes.
#[inline]
fn decode(bytes: &[u8], i: usize) -> (u32, usize) {
    let lead = u32::from(bytes[i]);
    let next = |k: usize| u32::from(bytes.get(i + k).map_or(0, |b| b & 0x3f));
    if lead < 0xe0 {
        (((lead & 0x1f) << 6) | next(1), 2)
    } else if lead < 0xf0 {
        (((lead & 0x0f) << 12) | (next(1) << 6) | next(2), 3)
    } else {
        (
            ((lead & 0x07) << 18) | (next(1) << 12) | (next(2) << 6) | next(3),
            4,
        )
    }
}

/// Whether lower-casing leaves `c` as it is (then a word of such characters is its own lower
/// case: the one rule of `str::to_lowercase` that looks at the neighbours is for `Σ`).
fn is_own_lower_case(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_uppercase();
    }
    let mut lower = c.to_lowercase();
    lower.next() == Some(c) && lower.next().is_none()
}

/// The stem of a lower-case word in `lang`, folded: the term the index keeps. Languages
/// without a stemmer keep the folded word.
pub fn term(lang: &str, word: &str) -> String {
    match lang {
        "lv" => fold(&super::latvian::stem(word)),
        "lt" => fold(&tantivy_stemmers::algorithms::lithuanian_jocas(word)),
        _ => fold(word),
    }
}

/// What the browser needs to match a typed word to the index's stems (see the module doc).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Rules {
    /// Folded endings the stemmer removes.
    pub endings: Vec<String>,
    /// (a stem's last letters, what the word has there instead): `("t", "c")` for Lithuanian
    /// `svečio` → `svet`.
    pub changes: Vec<(String, String)>,
}

/// Lithuanian: every ending and suffix of the Snowball algorithm's steps, folded.
const LT_ENDINGS: &[&str] = &[
    "a", "e", "i", "k", "o", "s", "u", "y", "ai", "aj", "am", "an", "as", "at", "au", "ei", "ej",
    "el", "em", "en", "es", "et", "ia", "ie", "im", "io", "is", "it", "iu", "ki", "oj", "ok", "om",
    "on", "op", "os", "ot", "si", "sv", "ti", "ui", "uj", "un", "uo", "us", "yl", "ys", "yt",
    "ain", "ais", "ame", "ams", "ant", "asi", "ate", "auj", "aus", "dam", "dav", "eje", "ejo",
    "eme", "ems", "eni", "ens", "eri", "ers", "eru", "ese", "esi", "esn", "ete", "eti", "iai",
    "iaj", "iam", "ias", "iat", "iau", "iej", "iem", "ies", "imi", "ims", "ing", "int", "ioj",
    "iok", "ion", "iop", "ios", "isi", "isk", "ite", "iui", "iuj", "iuk", "iul", "iun", "ius",
    "jam", "oje", "ome", "oms", "ose", "osi", "ote", "oti", "sim", "sit", "siu", "tum", "tus",
    "uje", "umi", "ums", "uoj", "uos", "uot", "usi", "yje", "yse", "yti", "aisi", "aite", "ames",
    "asis", "ates", "ausi", "auti", "ciau", "eisi", "emes", "emis", "enie", "enio", "enis", "eniu",
    "enti", "enys", "eria", "erie", "erys", "esiu", "esna", "etes", "iais", "iame", "iams", "iant",
    "iasi", "iate", "iaus", "iems", "iesi", "imes", "imis", "inti", "ioje", "ioms", "iose", "ioti",
    "iuje", "iumi", "iuoj", "iuos", "iuot", "kite", "omes", "omis", "osna", "otes", "sime", "site",
    "tusi", "tute", "uisi", "umis", "uose", "uosi", "uote", "uoti", "yksc", "ykst", "ysis", "ysna",
    "zgan", "aites", "asius", "avime", "ejime", "ejosi", "enims", "eniui", "enyje", "enyse",
    "eriai", "erimi", "erims", "eryje", "eryse", "iames", "iates", "iauti", "ineti", "iomis",
    "iosna", "iuose", "iuosi", "iuoti", "kimes", "ojime", "okate", "siant", "siesi", "simes",
    "sites", "tumei", "tumem", "tumet", "uciuk", "uliuk", "uosna", "uotes", "ciausi", "enimis",
    "iuosna", "okates", "siuosi", "teleti", "tereti", "tumeis", "tumeme", "tumete", "uteait",
    "tumeisi", "tumemes", "tumetes",
];

/// The matching rules of `lang`.
pub fn rules(lang: &str) -> Rules {
    let (endings, changes): (Vec<String>, &[(&str, &str)]) = match lang {
        // The labial consonants lose their `j` (`zivju` → `ziv`), `kš` + u becomes `kst`.
        "lv" => (
            super::latvian::endings().map(fold).collect(),
            &[("", "j"), ("st", "s")],
        ),
        // fix_chdz (č → t, dž → d) and fix_gd (gd → g).
        "lt" => (
            LT_ENDINGS.iter().map(|e| e.to_string()).collect(),
            &[("t", "c"), ("d", "dz"), ("g", "gd")],
        ),
        _ => (Vec::new(), &[]),
    };
    let mut endings = endings;
    endings.sort();
    endings.dedup();
    Rules {
        endings,
        changes: changes
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect(),
    }
}

/// Whether a typed, folded word `word` finds the index term `term` (the browser's rule; the
/// prefix search of the word being typed comes on top of it).
pub fn matches(rules: &Rules, word: &str, term: &str) -> bool {
    let is_ending = |e: &str| {
        rules
            .endings
            .binary_search_by(|x| x.as_str().cmp(e))
            .is_ok()
    };
    let rest_ok = |rest: &str| {
        rest.is_empty()
            || is_ending(rest)
            || rest
                .char_indices()
                .skip(1)
                .any(|(i, _)| is_ending(&rest[..i]) && is_ending(&rest[i..]))
    };
    let variants = std::iter::once(term.to_string()).chain(
        rules
            .changes
            .iter()
            .filter_map(|(a, b)| term.strip_suffix(a.as_str()).map(|t| format!("{t}{b}"))),
    );
    for v in variants {
        if let Some(rest) = word.strip_prefix(v.as_str()) {
            if rest_ok(rest) {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::word_lists::{LT, LV};

    fn each_form_finds_each_other<'a>(
        lang: &str,
        families: impl IntoIterator<Item = &'a [&'a str]>,
    ) {
        let rules = rules(lang);
        let mut missed = Vec::new();
        for family in families {
            for text in family {
                let t = term(lang, &text.to_lowercase());
                for typed in family {
                    if !matches(&rules, &fold(typed), &t) {
                        missed.push(format!("{typed} -> {text} ({t})"));
                    }
                }
            }
        }
        assert!(missed.is_empty(), "not found:\n{}", missed.join("\n"));
    }

    #[test]
    fn latvian_forms_find_each_other() {
        each_form_finds_each_other("lv", LV.iter().map(|(_, forms)| *forms));
    }

    #[test]
    fn lithuanian_forms_find_each_other() {
        each_form_finds_each_other("lt", LT.iter().copied());
    }

    #[test]
    fn other_words_are_not_found() {
        let lt = rules("lt");
        assert!(!matches(&lt, "stovykla", &term("lt", "stovi")));
        assert!(!matches(&lt, "savivaldybe", &term("lt", "savi")));
        let lv = rules("lv");
        assert!(!matches(&lv, "projekts", &term("lv", "pro")));
        assert!(!matches(&lv, "zemgale", &term("lv", "zeme")));
    }

    /// Words split character by character, each lower-cased and composed on its own: what
    /// [`for_each_word`] must give for every text, however it reads it.
    fn words_char_by_char(text: &str) -> Vec<String> {
        let separates =
            |c: char| !c.is_alphanumeric() && !unicode_normalization::char::is_combining_mark(c);
        text.split(separates)
            .filter(|w| !w.is_empty())
            .map(|w| w.nfc().collect::<String>().to_lowercase())
            .collect()
    }

    fn words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each_word(text, |w| out.push(w.to_string()));
        out
    }

    #[test]
    fn words_are_split_as_character_by_character() {
        for text in [
            "Semināri, 2024. gadā! ŠIAULIŲ Kegums",
            "GADA\u{304} Zemgale\u{304}s a\u{300}b",
            "İstanbul ΣΑΣ σας x×y÷z Ǆemal ǅ ǆ ﬁ ½ ² ٣ Ⅻ ß ẞ",
            "\u{301}start mid\u{301}dle end\u{301} 👍emoji 日本語 ĀĒĪŪ",
            "",
            "   ",
        ] {
            assert_eq!(words(text), words_char_by_char(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_split_as_character_by_character(
            chars in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(
                        "aAzZ09 .,-ĀāČčĒēĢģĪīĶķĻļŅņŠšŪūŽžĄąĘęĖėĮįŲųŸÿ×÷İıΣσςǅ\u{300}\u{304}\u{30c}\u{345}ﬁ".chars().collect::<Vec<_>>()
                    ),
                    proptest::prelude::any::<char>(),
                ],
                0..40,
            )
        ) {
            let text: String = chars.into_iter().collect();
            proptest::prop_assert_eq!(words(&text), words_char_by_char(&text));
        }
    }

    #[test]
    fn folding_drops_diacritics_and_case() {
        assert_eq!(fold("Zemgalē"), "zemgale");
        assert_eq!(fold("ŠIAULIŲ"), "siauliu");
        assert_eq!(fold("Ķegums ļoti ņem"), "kegums loti nem");
        assert_eq!(words("Semināri, 2024. gadā!"), ["semināri", "2024", "gadā"]);
        // Decomposed letters (a + combining macron) are the same word as composed ones.
        assert_eq!(words("GADA\u{304} Zemgale\u{304}s"), ["gadā", "zemgalēs"]);
        assert_eq!(words("ŠIAULIŲ KEGUMS"), ["šiaulių", "kegums"]);
    }
}
