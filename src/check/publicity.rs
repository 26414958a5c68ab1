//! The EU publicity check: the programme profile's mandatory texts in every language (the
//! statement also written out once), the organisation responsible for the content (site-wide
//! and per news item), and the EU emblem: its file in the output and an `<img>` of it on every
//! news item in a language where the profile makes it mandatory.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::links::{self, OutputIndex, Target};
use crate::diagnostics::{Code, Diagnostic};
use crate::i18n::I18n;
use crate::model::{Page, PageKind, Site};
use crate::publicity::EMBLEM_FILE;
use crate::source::{front_matter_key_line as front_line, nested_key_line};
use crate::theme::Theme;

/// Every publicity finding of the site.
pub fn check(
    root: &Path,
    site: &Site,
    i18n: &I18n,
    theme: &Theme,
    out: &OutputIndex,
) -> Vec<Diagnostic> {
    let places = Places::new(root);
    let mut findings = Vec::new();
    let mut emblem_langs = HashSet::new();
    for lang in &site.languages {
        let texts = language_texts(site, i18n, lang, &places);
        if texts.emblem {
            emblem_langs.insert(lang.as_str());
        }
        findings.extend(texts.findings);
    }
    findings.extend(empty_item_responsible(root, site));
    findings.extend(emblem_file_missing(out, &emblem_langs));
    findings.extend(emblem_not_shown(site, theme, out, &emblem_langs));
    findings
}

/// Where findings about the settings and a language's texts are shown: site.yaml at a key's
/// line, or the language's Fluent file.
struct Places<'a> {
    root: &'a Path,
    config_text: String,
}

impl<'a> Places<'a> {
    fn new(root: &'a Path) -> Self {
        Places {
            root,
            config_text: std::fs::read_to_string(root.join("site.yaml")).unwrap_or_default(),
        }
    }

    /// In site.yaml, at the first line of `key:`.
    fn site_yaml(&self, d: Diagnostic, key: &str) -> Diagnostic {
        let d = d.in_file("site.yaml");
        match nested_key_line(&self.config_text, key) {
            Some(l) => d.at_line(l),
            None => d,
        }
    }

    /// In the language's file `ftl` where the site has one, else at `programme:` in site.yaml.
    fn language_file(&self, d: Diagnostic, ftl: &Path) -> Diagnostic {
        if self.root.join(ftl).is_file() {
            d.in_file(ftl)
        } else {
            self.site_yaml(d, "programme")
        }
    }
}

/// What the check of one language found, and whether the profile makes the emblem mandatory
/// in it.
struct LanguageTexts {
    findings: Vec<Diagnostic>,
    emblem: bool,
}

/// One language: the profile's texts, the statement, the organisation responsible. Without
/// the profile's texts in `lang` nothing more is checked there.
fn language_texts(site: &Site, i18n: &I18n, lang: &str, places: &Places) -> LanguageTexts {
    let profile = &site.config.project.programme;
    let ftl = PathBuf::from("i18n").join(format!("{lang}.ftl"));
    let Some(parts) = mandatory_parts(i18n, lang, profile) else {
        return LanguageTexts {
            findings: vec![places.language_file(no_profile_texts(profile, lang, &ftl), &ftl)],
            emblem: false,
        };
    };
    let mut findings: Vec<Diagnostic> = missing_texts(i18n, lang, profile, &parts, &ftl)
        .into_iter()
        .chain(unwritable_statement(site, i18n, lang, &parts, &ftl))
        .map(|d| places.language_file(d, &ftl))
        .collect();
    findings.extend(empty_responsible(site, lang, places));
    LanguageTexts {
        findings,
        emblem: parts.iter().any(|p| p == "emblem"),
    }
}

/// The parts (`statement`, `disclaimer`, `links`, `emblem`) the profile makes mandatory in
/// `lang`; None when the profile has no texts in it.
fn mandatory_parts(i18n: &I18n, lang: &str, profile: &str) -> Option<Vec<String>> {
    match i18n.profile_mandatory(lang, profile) {
        Ok(parts) if i18n.defines(lang, profile) => Some(parts),
        _ => None,
    }
}

/// The profile has no texts in `lang`.
fn no_profile_texts(profile: &str, lang: &str, ftl: &Path) -> Diagnostic {
    Diagnostic::error(crate::tr!(
        "publicity-no-profile-texts",
        profile = profile,
        lang = lang
    ))
    .with_code(Code::PublicityIncomplete)
    .with_hint(crate::tr!(
        "publicity-no-profile-texts-hint",
        profile = profile,
        file = ftl.display().to_string()
    ))
}

/// The messages of the mandatory `parts` that `lang` does not define.
fn missing_texts(
    i18n: &I18n,
    lang: &str,
    profile: &str,
    parts: &[String],
    ftl: &Path,
) -> Vec<Diagnostic> {
    let mut findings = Vec::new();
    for part in parts {
        let keys: &[&str] = match part.as_str() {
            "statement" => &["statement"],
            "disclaimer" => &["disclaimer"],
            "links" => &["programme-link", "eu-link"],
            "emblem" => &["emblem", "emblem-alt"],
            _ => &[],
        };
        for k in keys {
            let key = format!("{profile}-{k}");
            if !i18n.defines(lang, &key) {
                findings.push(
                    Diagnostic::error(crate::tr!(
                        "publicity-text-missing",
                        lang = lang,
                        key = key.as_str(),
                        part = part.as_str()
                    ))
                    .with_code(Code::PublicityIncomplete)
                    .with_hint(crate::tr!(
                        "publicity-text-missing-hint",
                        key = key.as_str(),
                        file = ftl.display().to_string(),
                        lang = lang
                    )),
                );
            }
        }
    }
    findings
}

/// The mandatory project statement in `lang` cannot be written (its message fails).
fn unwritable_statement(
    site: &Site,
    i18n: &I18n,
    lang: &str,
    parts: &[String],
    ftl: &Path,
) -> Option<Diagnostic> {
    if !parts.iter().any(|p| p == "statement") {
        return None;
    }
    let e = crate::publicity::statement(site, i18n, lang, None).err()?;
    let profile = &site.config.project.programme;
    Some(
        Diagnostic::error(crate::tr!(
            "publicity-statement-unwritable",
            lang = lang,
            reason = e.to_string()
        ))
        .with_code(Code::PublicityIncomplete)
        .with_hint(crate::tr!(
            "publicity-statement-unwritable-hint",
            key = format!("{profile}-statement"),
            file = ftl.display().to_string()
        )),
    )
}

/// project.responsible of site.yaml is empty in `lang`.
fn empty_responsible(site: &Site, lang: &str, places: &Places) -> Option<Diagnostic> {
    let responsible = site
        .config
        .project
        .responsible
        .get(lang, site.default_lang());
    if !responsible.trim().is_empty() {
        return None;
    }
    Some(
        places
            .site_yaml(
                Diagnostic::error(crate::tr!("publicity-responsible-empty", lang = lang))
                    .with_code(Code::ResponsibleMissing),
                "responsible",
            )
            .with_hint(crate::tr!("publicity-responsible-empty-hint")),
    )
}

/// News items whose own `responsible:` is empty, at that line.
fn empty_item_responsible(root: &Path, site: &Site) -> Vec<Diagnostic> {
    let mut findings = Vec::new();
    for p in site.pages.iter().filter(|p| p.kind == PageKind::Item) {
        if p.responsible
            .as_deref()
            .is_some_and(|r| r.trim().is_empty())
        {
            let text = std::fs::read_to_string(root.join(&p.file)).unwrap_or_default();
            let mut d = Diagnostic::error(crate::tr!("publicity-item-responsible-empty"))
                .with_code(Code::ResponsibleMissing)
                .in_file(&p.file)
                .with_hint(crate::tr!("publicity-item-responsible-empty-hint"));
            if let Some(l) = front_line(&text, "responsible") {
                d = d.at_line(l);
            }
            findings.push(d);
        }
    }
    findings
}

/// The output has no emblem file although a language needs it.
fn emblem_file_missing(out: &OutputIndex, emblem_langs: &HashSet<&str>) -> Option<Diagnostic> {
    if out.files.contains(EMBLEM_FILE) || emblem_langs.is_empty() {
        return None;
    }
    Some(
        Diagnostic::error(crate::tr!("publicity-no-emblem-file", file = EMBLEM_FILE))
            .with_code(Code::EmblemMissing)
            .with_hint(crate::tr!("publicity-no-emblem-file-hint")),
    )
}

/// The first news item (by address) in a language that needs the emblem whose page shows no
/// `<img>` of it: reported once, at the template that renders them all.
fn emblem_not_shown(
    site: &Site,
    theme: &Theme,
    out: &OutputIndex,
    emblem_langs: &HashSet<&str>,
) -> Option<Diagnostic> {
    let base = site.config.base_path();
    let origin = site.config.origin();
    let mut items: Vec<&Page> = site
        .pages
        .iter()
        .filter(|p| p.kind == PageKind::Item && emblem_langs.contains(p.lang.as_str()))
        .collect();
    items.sort_by(|a, b| a.path.cmp(&b.path));
    let p = items.into_iter().find(|p| {
        let path = format!("{}index.html", p.path);
        out.html
            .get(&path)
            .is_some_and(|info| !shows_emblem(info, &path, &base, &origin, out))
    })?;
    Some(
        Diagnostic::error(crate::tr!(
            "publicity-emblem-not-shown",
            path = p.path.as_str()
        ))
        .with_code(Code::EmblemMissing)
        .in_file(theme.origin_of("page.html"))
        .with_hint(crate::tr!(
            "publicity-emblem-not-shown-hint",
            file = p.file.display().to_string()
        )),
    )
}

/// The output page at `path` has an `<img>` whose address is the emblem file.
fn shows_emblem(
    info: &links::HtmlInfo,
    path: &str,
    base: &str,
    origin: &str,
    out: &OutputIndex,
) -> bool {
    let dir = links::page_dir(path, base);
    info.refs.iter().any(|r| {
        r.tag == "img"
            && matches!(
                links::classify(&r.value, &dir, &dir, origin),
                Target::Internal { path: t, .. } if out.file_for(&t, base).as_deref() == Some(EMBLEM_FILE)
            )
    })
}
