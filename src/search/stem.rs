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

/// Calls `f` with each word of a text, lower case, as written (letters and digits; the rest
/// separates), composed (NFC), as the browser splits its folded query. One buffer serves every word, and ASCII words and words already
/// composed skip normalisation: this runs on every word of every page of a build.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
    let mut buf = String::new();
    // A combining mark belongs to its letter: decomposed text (`a` + U+0304) stays one word.
    let separates =
        |c: char| !c.is_alphanumeric() && !unicode_normalization::char::is_combining_mark(c);
    for w in text.split(separates) {
        if w.is_empty() {
            continue;
        }
        buf.clear();
        if w.is_ascii() {
            buf.extend(w.chars().map(|c| c.to_ascii_lowercase()));
        } else if unicode_normalization::is_nfc_quick(w.chars())
            == unicode_normalization::IsNormalized::Yes
        {
            buf.push_str(&w.to_lowercase());
        } else {
            buf.push_str(&w.nfc().collect::<String>().to_lowercase());
        }
        f(&buf);
    }
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

    #[test]
    fn folding_drops_diacritics_and_case() {
        assert_eq!(fold("Zemgalē"), "zemgale");
        assert_eq!(fold("ŠIAULIŲ"), "siauliu");
        assert_eq!(fold("Ķegums ļoti ņem"), "kegums loti nem");
        let words = |text: &str| {
            let mut out = Vec::new();
            for_each_word(text, |w| out.push(w.to_string()));
            out
        };
        assert_eq!(words("Semināri, 2024. gadā!"), ["semināri", "2024", "gadā"]);
        // Decomposed letters (a + combining macron) are the same word as composed ones.
        assert_eq!(words("GADA\u{304} Zemgale\u{304}s"), ["gadā", "zemgalēs"]);
        assert_eq!(words("ŠIAULIŲ KEGUMS"), ["šiaulių", "kegums"]);
    }
}
