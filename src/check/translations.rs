//! Translations: pages, news items and sections (or the home page's introduction) missing in a
//! language, and translations whose date or gallery disagree with the default language's
//! version (a translation takes both from it).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use super::Src;
use crate::content::Front;
use crate::diagnostics::{Code, Diagnostic};
use crate::model::{Page, PageKind, Site};

/// Every missing or disagreeing translation of the site.
pub fn check(site: &Site, srcs: &[Src]) -> Vec<Diagnostic> {
    let mut out = missing_pages(site);
    out.extend(missing_indexes(site, srcs));
    out.extend(disagreeing(site, srcs));
    out
}

/// The file a translation into `lang` of `file` (written in `from`) would have.
fn translation_file(file: &Path, from: &str, lang: &str) -> PathBuf {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name
        .strip_suffix(&format!(".{from}.md"))
        .or_else(|| name.strip_suffix(".md"))
        .unwrap_or(&name);
    file.with_file_name(format!("{stem}.{lang}.md"))
}

/// Pages and news items missing in a language, unless one of their versions says
/// `translate: false` (published in one language on purpose).
fn missing_pages(site: &Site) -> Vec<Diagnostic> {
    let default = site.default_lang();
    let mut out = Vec::new();
    let mut keys: Vec<&String> = site.translations.keys().collect();
    keys.sort();
    for key in keys {
        let by_lang = &site.translations[key];
        let Some(first) = site
            .languages
            .iter()
            .find_map(|l| by_lang.get(l).map(|&i| &site.pages[i]))
        else {
            continue;
        };
        if by_lang.values().any(|&i| !site.pages[i].translate) {
            continue; // published in one language on purpose
        }
        let what = if first.kind == PageKind::Item {
            "translation-missing-item"
        } else {
            "translation-missing-page"
        };
        for lang in site.languages.iter().filter(|l| !by_lang.contains_key(*l)) {
            let hint = missing_page_hint(first, lang, default);
            out.push(
                Diagnostic::warning(crate::tr!(what, lang = lang.as_str()))
                    .with_code(Code::MissingTranslation)
                    .in_file(&first.file)
                    .with_hint(crate::tr!("translation-on-purpose", hint = hint)),
            );
        }
    }
    out
}

/// What to write for the missing `lang` version of `first`: a news item in the default language
/// carries the date, cover and gallery; its translations and other pages need only their text.
fn missing_page_hint(first: &Page, lang: &str, default: &str) -> String {
    let file = translation_file(&first.file, &first.lang, lang)
        .display()
        .to_string();
    let id = if lang == default && first.kind == PageKind::Item {
        "translation-hint-default-item"
    } else if first.kind != PageKind::Item {
        "translation-hint-page"
    } else {
        "translation-hint-item"
    };
    crate::tr!(id, file = file, default = default)
}

/// Sections (and the home page) whose `_index` exists in some languages only.
fn missing_indexes(site: &Site, srcs: &[Src]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut index_langs: BTreeMap<&str, Vec<&Src>> = BTreeMap::new();
    for s in srcs.iter().filter(|s| s.page.is_index) {
        index_langs.entry(&s.page.key).or_default().push(s);
    }
    for files in index_langs.values() {
        let first = files[0];
        for lang in &site.languages {
            if files.iter().any(|s| &s.page.lang == lang) {
                continue;
            }
            let what = if first.page.key.is_empty() {
                "translation-missing-home"
            } else {
                "translation-missing-section"
            };
            out.push(
                Diagnostic::warning(crate::tr!(what, lang = lang.as_str()))
                    .with_code(Code::MissingTranslation)
                    .in_file(&first.page.file)
                    .with_hint(crate::tr!(
                        "translation-hint-index",
                        file = translation_file(&first.page.file, &first.page.lang, lang)
                            .display()
                            .to_string(),
                        lang = lang.as_str()
                    )),
            );
        }
    }
    out
}

/// Published translations whose date or gallery disagree with the default-language version.
fn disagreeing(site: &Site, srcs: &[Src]) -> Vec<Diagnostic> {
    let default = site.default_lang();
    let mut out = Vec::new();
    let base: HashMap<&str, &Src> = srcs
        .iter()
        .filter(|s| !s.page.is_index && s.page.lang == default)
        .map(|s| (s.page.key.as_str(), s))
        .collect();
    for s in srcs
        .iter()
        .filter(|s| s.published && !s.page.is_index && s.page.lang != default)
    {
        let Some(b) = base.get(s.page.key.as_str()) else {
            continue;
        };
        out.extend(date_differs(s, b, default));
        out.extend(gallery_differs(s, b, default));
    }
    out
}

/// The translation `s` sets a date other than its default-language version `b`'s.
fn date_differs(s: &Src, b: &Src, default: &str) -> Option<Diagnostic> {
    let (Some(own), Some(theirs)) = (s.page.date, b.page.date) else {
        return None;
    };
    if own == theirs {
        return None;
    }
    let mut d = Diagnostic::warning(crate::tr!(
        "translation-date-differs",
        own = own.to_string(),
        theirs = theirs.to_string(),
        file = b.page.file.display().to_string()
    ))
    .with_code(Code::TranslationMismatch)
    .in_file(&s.page.file)
    .with_hint(crate::tr!(
        "translation-date-differs-hint",
        default = default
    ));
    if let Some(l) = s.page.date_line {
        d = d.at_line(l);
    }
    Some(d)
}

/// The pictures and videos of a page's `gallery:`, in order (None without one).
fn gallery_of(src: &Src) -> Option<Vec<String>> {
    match &src.page.front {
        Front::Page(f) => f.gallery.as_ref().map(|g| {
            g.iter()
                .filter_map(|e| e.image.clone().or_else(|| e.video.clone()))
                .collect()
        }),
        Front::Section(_) => None,
    }
}

/// The translation `s` has a gallery that lists other files than its default-language version
/// `b`'s. The order it lists them in is not compared: the pages show the default language's
/// (a picture moved there in the browser editor stays where it was in the translation's list).
fn gallery_differs(s: &Src, b: &Src, default: &str) -> Option<Diagnostic> {
    let mut own = gallery_of(s)?;
    let mut theirs = gallery_of(b).unwrap_or_default();
    own.sort();
    theirs.sort();
    if own == theirs {
        return None;
    }
    let mut d = Diagnostic::warning(crate::tr!(
        "translation-gallery-differs",
        file = b.page.file.display().to_string()
    ))
    .with_code(Code::TranslationMismatch)
    .in_file(&s.page.file)
    .with_hint(crate::tr!(
        "translation-gallery-differs-hint",
        default = default
    ));
    if let Some(l) = s.page.media_lines.1 {
        d = d.at_line(l);
    }
    Some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translation_file_names() {
        assert_eq!(
            translation_file(Path::new("content/news/x/index.lv.md"), "lv", "lt"),
            PathBuf::from("content/news/x/index.lt.md")
        );
        assert_eq!(
            translation_file(Path::new("content/about.md"), "lv", "lt"),
            PathBuf::from("content/about.lt.md")
        );
    }
}
