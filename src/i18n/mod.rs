//! Translations: every text herald writes into a page comes from Fluent (`.ftl`) files.
//!
//! herald carries built-in files for Latvian, Lithuanian and English (`i18n/*.ftl` in the crate,
//! compiled in). A site's own `i18n/<lang>.ftl` overrides them message by message and may add
//! messages and languages. Month names in every grammatical case, number separators and the
//! position of the currency are Fluent messages too: Rust only passes numbers, so a translator
//! can correct any form without touching code.
//!
//! [`I18n`] is built once per build by [`I18n::load`] and shared (it is `Send + Sync`) by the
//! pages rendering in parallel.

mod numbers;

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use fluent_syntax::parser::{ErrorKind, ParserError};
use unic_langid::LanguageIdentifier;

use crate::diagnostics::{did_you_mean, line_col, Diagnostic, Failure, Result};

pub use numbers::format_cents;

/// The built-in translations, compiled into the binary.
const BUILTIN: &[(&str, &str)] = &[
    ("lv", include_str!("../../i18n/lv.ftl")),
    ("lt", include_str!("../../i18n/lt.ftl")),
    ("en", include_str!("../../i18n/en.ftl")),
];

/// Messages herald's own formatting needs; checked when loading so that a broken override
/// fails the build instead of printing fallback text.
const FORMAT_MESSAGES: &[&str] = &[
    "date-on",
    "date-full",
    "month-year",
    "date-period",
    "number-decimal-separator",
    "number-group-separator",
    "amount-eur",
];

/// The built-in `.ftl` text of a language, if herald has one (`lv`, `lt`, `en`).
pub fn builtin_ftl(lang: &str) -> Option<&'static str> {
    BUILTIN
        .iter()
        .find(|(code, _)| *code == lang)
        .map(|(_, text)| *text)
}

/// The languages herald has built-in texts for.
pub fn builtin_languages() -> impl Iterator<Item = &'static str> {
    BUILTIN.iter().map(|(code, _)| *code)
}

/// A value passed to a Fluent message as `$name`.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    /// Numbers select plural variants (`[one]`, `[few]` ...) and exact variants (`[1]`).
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Arg::Num(n)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n as f64)
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Num(f64::from(n))
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Num(f64::from(n))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}

impl From<bool> for Arg {
    /// `"true"` / `"false"`, for selectors like `{ $past -> [true] ... *[false] ... }`.
    fn from(b: bool) -> Self {
        Arg::Str(b.to_string())
    }
}

type Bundle = FluentBundle<FluentResource>;

/// One language that has at least one `.ftl` file (built-in or the site's).
struct Lang {
    code: String,
    bundle: Bundle,
    /// Ids of all messages and terms (terms with their leading `-`).
    ids: BTreeSet<String>,
    /// The site's file for this language (path relative to the site root) and its text.
    site_file: Option<(PathBuf, String)>,
    /// Ids defined by the site's file.
    site_ids: HashSet<String>,
}

impl Lang {
    /// Where `id` of this language is defined, for diagnostics: the site file and line, or the
    /// built-in file.
    fn location_of(&self, id: &str) -> (PathBuf, Option<usize>) {
        match &self.site_file {
            Some((path, text)) if self.site_ids.contains(id) => {
                (path.clone(), definition_line(text, id))
            }
            _ => (builtin_path(&self.code), None),
        }
    }
}

/// Every language's Fluent bundle, built once per build.
pub struct I18n {
    default: String,
    languages: Vec<String>,
    /// Languages that have texts, in the site's order.
    langs: Vec<Lang>,
    warnings: Vec<Diagnostic>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("default", &self.default)
            .field("languages", &self.languages)
            .field(
                "with_texts",
                &self.langs.iter().map(|l| &l.code).collect::<Vec<_>>(),
            )
            .field("warnings", &self.warnings.len())
            .finish()
    }
}

impl I18n {
    /// Builds the bundles of the site's `languages` (in order; the first is the default) from
    /// the built-in files and the site's `i18n/<lang>.ftl` files, which override the built-in
    /// messages one by one.
    ///
    /// Fails with every Fluent syntax error found (file relative to the site root, or
    /// `<built-in>/<lang>.ftl`, with line and column), an unreadable file, an invalid language
    /// code, or a date/amount message that cannot be formatted. Missing translations are
    /// warnings, see [`I18n::warnings`].
    pub fn load(site_root: &Path, languages: &[String]) -> Result<I18n> {
        let Some(default) = languages.first() else {
            return Err(Diagnostic::error(crate::tr!("i18n-no-languages"))
                .with_hint(crate::tr!("i18n-no-languages-hint"))
                .into());
        };
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        let site_dir = site_root.join("i18n");
        let unique = without_duplicates(languages);
        let mut langs = Vec::new();
        for code in &unique {
            let found = load_lang(
                site_root,
                &site_dir,
                code,
                default,
                &mut errors,
                &mut warnings,
            );
            langs.extend(found);
        }
        warnings.extend(default_without_texts(&langs, default));
        warnings.extend(missing_translations(&langs, default));
        warnings.extend(unused_site_files(&site_dir, &unique));
        let i18n = I18n {
            default: default.clone(),
            languages: unique,
            langs,
            warnings,
        };
        if errors.is_empty() {
            errors = i18n.check_format_messages();
        }
        if errors.is_empty() {
            Ok(i18n)
        } else {
            Err(Failure(errors))
        }
    }

    /// Warnings found while loading (missing translations, unused files ...).
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// The site's first language.
    pub fn default_lang(&self) -> &str {
        &self.default
    }

    /// The site's languages, in order, without duplicates.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// Formats message `key` in `lang`, falling back to the default language (then the site's
    /// other languages) when `lang` lacks it. Errs when no language has the message or Fluent
    /// cannot resolve it (e.g. a variable is missing).
    pub fn format(&self, lang: &str, key: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        self.format_impl(lang, key, None, args)
    }

    /// Formats attribute `attr` of message `key` (`key.attr` in Fluent), with the same fallback
    /// as [`I18n::format`].
    pub fn format_attr(
        &self,
        lang: &str,
        key: &str,
        attr: &str,
        args: &[(&str, Arg)],
    ) -> Result<String, String> {
        self.format_impl(lang, key, Some(attr), args)
    }

    /// Whether message `key` exists in `lang` or in a language it falls back to.
    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.chain(lang).any(|l| l.bundle.has_message(key))
    }

    /// Whether `lang` itself defines message `key` (built in or in the site's file), without
    /// falling back to another language.
    pub fn defines(&self, lang: &str, key: &str) -> bool {
        self.langs
            .iter()
            .any(|l| l.code == lang && l.bundle.has_message(key))
    }

    /// Whether attribute `attr` of message `key` exists in `lang` or its fallback.
    pub fn has_attr(&self, lang: &str, key: &str, attr: &str) -> bool {
        self.chain(lang).any(|l| {
            l.bundle
                .get_message(key)
                .is_some_and(|m| m.get_attribute(attr).is_some())
        })
    }

    /// The programme profiles herald has built in: the messages of the built-in texts that carry
    /// a `.mandatory` attribute, in file order.
    pub fn builtin_profiles() -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        for lang in builtin_languages() {
            let Some(text) = builtin_ftl(lang) else {
                continue;
            };
            let resource = match fluent_syntax::parser::parse(text) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry {
                    let id = m.id.name.to_string();
                    if m.attributes.iter().any(|a| a.id.name == "mandatory") && !found.contains(&id)
                    {
                        found.push(id);
                    }
                }
            }
        }
        found
    }

    /// The parts a programme profile requires (its `.mandatory` attribute, split on spaces),
    /// e.g. `["statement", "disclaimer", "links", "emblem"]`.
    pub fn profile_mandatory(&self, lang: &str, profile: &str) -> Result<Vec<String>, String> {
        let list = self.format_attr(lang, profile, "mandatory", &[])?;
        Ok(list.split_whitespace().map(str::to_string).collect())
    }

    /// A day "on which": lv "2021. gada 18. februārī", lt "2021 m. vasario 18 d.",
    /// en "18 February 2021" (message `date-on`).
    pub fn date_on(&self, lang: &str, date: jiff::civil::Date) -> String {
        self.format_date(lang, "date-on", date)
    }

    /// A full date in the nominative: lv "2021. gada 18. februāris" (message `date-full`).
    pub fn date_full(&self, lang: &str, date: jiff::civil::Date) -> String {
        self.format_date(lang, "date-full", date)
    }

    /// A month and year in the nominative: lv "2020. gada jūnijs", lt "2020 m. birželis",
    /// en "June 2020" (message `month-year`).
    pub fn month_year(&self, lang: &str, date: jiff::civil::Date) -> String {
        self.format_date(lang, "month-year", date)
    }

    /// A period of months: lv "no 2020. gada jūnija līdz 2022. gada jūnijam", lt "nuo 2020 m.
    /// birželio iki 2022 m. birželio", en "from June 2020 to June 2022" (message
    /// `date-period`, variables `$start-year`, `$start-month`, `$end-year`, `$end-month`).
    pub fn period(&self, lang: &str, start: jiff::civil::Date, end: jiff::civil::Date) -> String {
        let args = [
            ("start-year", Arg::Num(f64::from(start.year()))),
            ("start-month", Arg::Num(f64::from(start.month()))),
            ("end-year", Arg::Num(f64::from(end.year()))),
            ("end-month", Arg::Num(f64::from(end.month()))),
        ];
        self.format(lang, "date-period", &args)
            .unwrap_or_else(|_| format!("{} – {}", start.strftime("%Y-%m"), end.strftime("%Y-%m")))
    }

    /// A euro amount given in cents: lv/lt "705 573,37 EUR" (no-break space between the
    /// groups), en "EUR 705,573.37". Separators and the currency's position come from the
    /// messages `number-group-separator`, `number-decimal-separator` and `amount-eur`.
    pub fn amount_eur(&self, lang: &str, cents: i64) -> String {
        let group = self
            .format(lang, "number-group-separator", &[])
            .unwrap_or_else(|_| "\u{a0}".to_string());
        let decimal = self
            .format(lang, "number-decimal-separator", &[])
            .unwrap_or_else(|_| ",".to_string());
        let amount = format_cents(cents, &group, &decimal);
        self.format(lang, "amount-eur", &[("amount", Arg::Str(amount.clone()))])
            .unwrap_or_else(|_| format!("{amount} EUR"))
    }

    fn format_date(&self, lang: &str, key: &str, date: jiff::civil::Date) -> String {
        let args = [
            ("year", Arg::Num(f64::from(date.year()))),
            ("month", Arg::Num(f64::from(date.month()))),
            ("day", Arg::Num(f64::from(date.day()))),
        ];
        // Cannot fail after `load`'s check; ISO is the last resort.
        self.format(lang, key, &args)
            .unwrap_or_else(|_| date.to_string())
    }

    /// The languages to try for `lang`: itself, the default, then the site's others.
    fn chain<'a>(&'a self, lang: &'a str) -> impl Iterator<Item = &'a Lang> + 'a {
        let own = self.langs.iter().find(|l| l.code == lang);
        let default = if lang == self.default {
            None
        } else {
            self.langs.iter().find(|l| l.code == self.default)
        };
        let others = self
            .langs
            .iter()
            .filter(move |l| l.code != lang && l.code != self.default);
        own.into_iter().chain(default).chain(others)
    }

    fn format_impl(
        &self,
        lang: &str,
        key: &str,
        attr: Option<&str>,
        args: &[(&str, Arg)],
    ) -> Result<String, String> {
        let mut found_message = false;
        for l in self.chain(lang) {
            let Some(message) = l.bundle.get_message(key) else {
                continue;
            };
            found_message = true;
            let pattern = match attr {
                None => message.value(),
                Some(a) => message.get_attribute(a).map(|a| a.value()),
            };
            let Some(pattern) = pattern else {
                continue;
            };
            let fluent_args = fluent_args(args);
            let mut errors = Vec::new();
            let text = l
                .bundle
                .format_pattern(pattern, fluent_args.as_ref(), &mut errors);
            if errors.is_empty() {
                return Ok(text.into_owned());
            }
            let name = match attr {
                None => key.to_string(),
                Some(a) => format!("{key}.{a}"),
            };
            let details: Vec<String> = errors.iter().map(ToString::to_string).collect();
            let (file, line) = l.location_of(key);
            let place = match line {
                Some(line) => format!("{}:{line}", file.display()),
                None => file.display().to_string(),
            };
            return Err(crate::tr!(
                "i18n-format-failed",
                name = name,
                lang = l.code.as_str(),
                place = place,
                details = details.join("; ")
            ));
        }
        if found_message {
            return Err(match attr {
                None => crate::tr!("i18n-no-value", key = key),
                Some(a) => crate::tr!("i18n-no-attribute", key = key, attribute = a),
            });
        }
        let langs: Vec<&str> = self.langs.iter().map(|l| l.code.as_str()).collect();
        let mut msg = if langs.is_empty() {
            crate::tr!("i18n-unknown-text-anywhere", key = key)
        } else {
            crate::tr!("i18n-unknown-text", key = key, languages = langs.join(", "))
        };
        let all: BTreeSet<&str> = self
            .langs
            .iter()
            .flat_map(|l| l.ids.iter().map(String::as_str))
            .filter(|id| !id.starts_with('-'))
            .collect();
        let candidates: Vec<&str> = all.into_iter().collect();
        if let Some(best) = did_you_mean(key, &candidates) {
            msg.push_str(&format!(
                "; {}",
                crate::tr!("i18n-did-you-mean", key = best)
            ));
        }
        Err(msg)
    }

    /// Formats every message herald's own formatting relies on, in every language, with
    /// sample values: a broken site override fails the build here.
    fn check_format_messages(&self) -> Vec<Diagnostic> {
        let mut errors = Vec::new();
        let num = |n: f64| Arg::Num(n);
        for code in &self.languages {
            for key in FORMAT_MESSAGES {
                let args: Vec<(&str, Arg)> = match *key {
                    "date-period" => vec![
                        ("start-year", num(2020.0)),
                        ("start-month", num(6.0)),
                        ("end-year", num(2022.0)),
                        ("end-month", num(6.0)),
                    ],
                    "amount-eur" => vec![("amount", Arg::Str("1,00".into()))],
                    _ => vec![
                        ("year", num(2021.0)),
                        ("month", num(2.0)),
                        ("day", num(18.0)),
                    ],
                };
                let Err(e) = self.format(code, key, &args) else {
                    continue;
                };
                let mut d = Diagnostic::error(e);
                if let Some(l) = self.chain(code).find(|l| l.bundle.has_message(key)) {
                    let (file, line) = l.location_of(key);
                    d = d.in_file(file);
                    if let Some(line) = line {
                        d = d.at_line(line);
                    }
                }
                let hint = match *key {
                    k if !self.has(code, k) => crate::tr!(
                        "i18n-define-hint",
                        key = k,
                        file = site_file_path(&self.default).display().to_string()
                    ),
                    "date-period" => crate::tr!("i18n-date-period-hint"),
                    "amount-eur" => crate::tr!("i18n-amount-hint"),
                    k if k.starts_with("date-") || k == "month-year" => {
                        crate::tr!("i18n-date-hint")
                    }
                    _ => crate::tr!("i18n-no-variables-hint", key = *key),
                };
                let d = d.with_hint(hint);
                // Languages falling back to the same broken message give the same error.
                if !errors.contains(&d) {
                    errors.push(d);
                }
            }
        }
        errors
    }
}

/// The site's languages in their order, each once.
fn without_duplicates(languages: &[String]) -> Vec<String> {
    let mut unique: Vec<String> = Vec::new();
    for code in languages {
        if !unique.contains(code) {
            unique.push(code.clone());
        }
    }
    unique
}

/// One language: its code checked, the site's file read, its bundle built from the built-in
/// and the site's file. None when the language has no texts at all (a warning unless it is
/// the default, which [`default_without_texts`] reports) or when something failed (in `errors`).
fn load_lang(
    site_root: &Path,
    site_dir: &Path,
    code: &str,
    default: &str,
    errors: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) -> Option<Lang> {
    let langid: LanguageIdentifier = match code.parse() {
        Ok(id) => id,
        Err(_) => {
            errors.push(
                Diagnostic::error(crate::tr!("i18n-bad-code", code = code))
                    .with_hint(crate::tr!("i18n-bad-code-hint")),
            );
            return None;
        }
    };
    let rel = site_file_path(code);
    let file = site_dir.join(format!("{code}.ftl"));
    if let Err(d) = crate::inputs::check_link(site_root, &file) {
        errors.push(d);
        return None;
    }
    let site_text = read_site_file(&file, &rel, errors);
    let builtin = builtin_ftl(code);
    if builtin.is_none() && site_text.is_none() {
        if code != default {
            warnings.push(no_translations(code, default, &rel));
        }
        return None;
    }
    Some(build_lang(
        code, langid, builtin, site_text, rel, errors, warnings,
    ))
}

/// The text of the site's `i18n/<lang>.ftl`: None when there is none, or when it cannot be
/// read, is not UTF-8 or holds control characters (then the error is in `errors`).
fn read_site_file(file: &Path, rel: &Path, errors: &mut Vec<Diagnostic>) -> Option<String> {
    match std::fs::read(file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => match crate::source::refuse_control_characters(&text, rel) {
                Ok(()) => Some(text),
                Err(f) => {
                    errors.extend(f.0);
                    None
                }
            },
            Err(_) => {
                errors.push(
                    Diagnostic::error(crate::tr!(
                        "i18n-not-utf8",
                        file = rel.display().to_string()
                    ))
                    .in_file(rel)
                    .with_hint(crate::tr!("i18n-not-utf8-hint")),
                );
                None
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            errors.push(
                Diagnostic::error(crate::tr!(
                    "i18n-unreadable",
                    file = rel.display().to_string(),
                    reason = crate::messages::io_reason(&e)
                ))
                .in_file(rel),
            );
            None
        }
    }
}

/// The warning for a language other than the default that has neither a built-in nor a site
/// file.
fn no_translations(code: &str, default: &str, rel: &Path) -> Diagnostic {
    Diagnostic::warning(crate::tr!(
        "i18n-no-translations",
        lang = code,
        default = default
    ))
    .with_hint(crate::tr!(
        "i18n-create-hint",
        file = rel.display().to_string()
    ))
}

/// The language's bundle: the built-in file first, then the site's file overriding its
/// messages one by one; a message the site's file defines twice is a warning.
fn build_lang(
    code: &str,
    langid: LanguageIdentifier,
    builtin: Option<&str>,
    site_text: Option<String>,
    rel: PathBuf,
    errors: &mut Vec<Diagnostic>,
    warnings: &mut Vec<Diagnostic>,
) -> Lang {
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    let mut ids = BTreeSet::new();
    let mut site_ids = HashSet::new();
    if let Some(text) = builtin {
        let resource = parse(text.to_string(), &builtin_path(code), errors);
        ids.extend(entry_ids(&resource));
        // The built-in file is added first, to an empty bundle: no overriding.
        bundle.add_resource_overriding(resource);
    }
    if let Some(text) = &site_text {
        let resource = parse(text.clone(), &rel, errors);
        let mut seen = HashSet::new();
        for id in entry_ids(&resource) {
            if !seen.insert(id.clone()) {
                warnings.push(defined_twice(&id, text, &rel));
            }
            ids.insert(id.clone());
            site_ids.insert(id);
        }
        bundle.add_resource_overriding(resource);
    }
    Lang {
        code: code.to_string(),
        bundle,
        ids,
        site_file: site_text.map(|t| (rel, t)),
        site_ids,
    }
}

/// The warning for a message defined more than once in the site's file, at its line.
fn defined_twice(id: &str, text: &str, rel: &Path) -> Diagnostic {
    let mut d = Diagnostic::warning(crate::tr!(
        "i18n-defined-twice",
        key = id,
        file = rel.display().to_string()
    ))
    .in_file(rel);
    if let Some(line) = definition_line(text, id) {
        d = d.at_line(line);
    }
    d.with_hint(crate::tr!("i18n-defined-twice-hint"))
}

/// The warning when the default language has no texts of its own.
fn default_without_texts(langs: &[Lang], default: &str) -> Option<Diagnostic> {
    default_has_no_texts(langs, default).then(|| {
        Diagnostic::warning(crate::tr!(
            "i18n-default-no-translations",
            default = default
        ))
        .with_hint(crate::tr!(
            "i18n-create-hint",
            file = site_file_path(default).display().to_string()
        ))
    })
}

/// Texts of the default language missing in another language, one warning each.
fn missing_translations(langs: &[Lang], default: &str) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    let Some(def) = langs.iter().find(|l| l.code == default) else {
        return warnings;
    };
    for lang in langs.iter().filter(|l| l.code != default) {
        for id in def.ids.difference(&lang.ids) {
            let kind = if id.starts_with('-') {
                "term"
            } else {
                "message"
            };
            let mut d = Diagnostic::warning(crate::tr!(
                "i18n-missing",
                kind = kind,
                key = id.as_str(),
                lang = lang.code.as_str(),
                default = default
            ));
            if let Some((path, _)) = &lang.site_file {
                d = d.in_file(path);
            }
            warnings.push(d.with_hint(crate::tr!(
                "i18n-missing-hint",
                file = site_file_path(&lang.code).display().to_string()
            )));
        }
    }
    warnings
}

/// Site files of languages the site does not use, one warning each in name order. A copy of a
/// built-in file (as in herald's own example site) is not a mistake.
fn unused_site_files(site_dir: &Path, unique: &[String]) -> Vec<Diagnostic> {
    let Ok(entries) = std::fs::read_dir(site_dir) else {
        return Vec::new();
    };
    let mut unused: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter_map(|name| name.strip_suffix(".ftl").map(str::to_string))
        .filter(|stem| !unique.contains(stem))
        .filter(|stem| {
            let same = builtin_ftl(stem).is_some_and(|b| {
                std::fs::read(site_dir.join(format!("{stem}.ftl")))
                    .is_ok_and(|bytes| bytes == b.as_bytes())
            });
            !same
        })
        .collect();
    unused.sort();
    unused
        .into_iter()
        .map(|stem| {
            let rel = site_file_path(&stem);
            Diagnostic::warning(crate::tr!(
                "i18n-unused-file",
                file = rel.display().to_string(),
                lang = stem.as_str()
            ))
            .in_file(&rel)
            .with_hint(crate::tr!("i18n-unused-file-hint"))
        })
        .collect()
}

fn default_has_no_texts(langs: &[Lang], default: &str) -> bool {
    !langs.iter().any(|l| l.code == default)
}

fn fluent_args<'a>(args: &'a [(&'a str, Arg)]) -> Option<FluentArgs<'a>> {
    if args.is_empty() {
        return None;
    }
    let mut out = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Str(s) => out.set(*name, s.as_str()),
            Arg::Num(n) => out.set(*name, *n),
        }
    }
    Some(out)
}

fn site_file_path(code: &str) -> PathBuf {
    Path::new("i18n").join(format!("{code}.ftl"))
}

fn builtin_path(code: &str) -> PathBuf {
    PathBuf::from(format!("<built-in>/{code}.ftl"))
}

/// Parses `text`; syntax errors become diagnostics, the valid entries are kept.
fn parse(mut text: String, display: &Path, errors: &mut Vec<Diagnostic>) -> FluentResource {
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    match FluentResource::try_new(text) {
        Ok(resource) => resource,
        Err((resource, parse_errors)) => {
            for e in &parse_errors {
                errors.push(syntax_diagnostic(display, resource.source(), e));
            }
            resource
        }
    }
}

fn syntax_diagnostic(display: &Path, source: &str, error: &ParserError) -> Diagnostic {
    // The parser notices an unclosed brace only on a later line; point at the broken message
    // (the entry it skipped) when the position lies past that entry's first line.
    let (mut line, mut column) = line_col(source, error.pos.start);
    if let Some(slice) = &error.slice {
        let (entry_line, entry_col) = line_col(source, slice.start);
        if entry_line < line {
            (line, column) = (entry_line, entry_col);
        }
    }
    Diagnostic::error(crate::tr!("i18n-syntax", error = error.kind.to_string()))
        .in_file(display)
        .at(line, column)
        .with_hint(syntax_hint(&error.kind))
}

fn syntax_hint(kind: &ErrorKind) -> String {
    let id = match kind {
        ErrorKind::ExpectedToken('=') => "i18n-syntax-key-hint",
        ErrorKind::ExpectedToken('}') | ErrorKind::UnbalancedClosingBrace => {
            "i18n-syntax-brace-hint"
        }
        ErrorKind::MissingDefaultVariant => "i18n-syntax-default-hint",
        ErrorKind::MultipleDefaultVariants => "i18n-syntax-defaults-hint",
        ErrorKind::UnterminatedStringLiteral => "i18n-syntax-string-hint",
        ErrorKind::ExpectedMessageField { .. } | ErrorKind::MissingValue => {
            "i18n-syntax-value-hint"
        }
        ErrorKind::ExpectedCharRange { .. } => "i18n-syntax-name-hint",
        _ => "i18n-syntax-guide-hint",
    };
    crate::tr!(id)
}

/// Ids of the messages and terms (`-name`) of a resource, in file order (duplicates kept).
fn entry_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.to_string()),
            ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

/// The 1-based line of the last definition of `id` (`id = ...` at a line's start) in `text`.
fn definition_line(text: &str, id: &str) -> Option<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|(i, _)| i + 1)
        .last()
}

#[cfg(test)]
mod tests;
