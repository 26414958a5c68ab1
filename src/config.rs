//! `site.yaml`: read into typed structs, validated, with did-you-mean hints for unknown keys.
//! Owns the site's settings and the project facts behind the publicity texts; knows nothing of
//! content or rendering.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Deserialize;

use crate::diagnostics::{Code, Diagnostic, Failure, Result};
use crate::source::{decode_utf8_owned, parse_amount, parse_date, yaml_error};

/// A text given once for every language, or per language code.
#[derive(Debug, Clone, Deserialize, PartialEq, schemars::JsonSchema)]
#[serde(untagged)]
pub enum Localized {
    Same(String),
    PerLang(BTreeMap<String, String>),
}

impl Localized {
    /// The text given for `lang` itself (a text given once stands for every language).
    pub fn exactly(&self, lang: &str) -> Option<&str> {
        match self {
            Localized::Same(s) => Some(s),
            Localized::PerLang(map) => map.get(lang).map(String::as_str),
        }
    }

    /// The text in `lang`, else in `default_lang`, else any.
    pub fn get<'a>(&'a self, lang: &str, default_lang: &str) -> &'a str {
        match self {
            Localized::Same(s) => s,
            Localized::PerLang(map) => map
                .get(lang)
                .or_else(|| map.get(default_lang))
                .or_else(|| map.values().next())
                .map_or("", String::as_str),
        }
    }

    pub fn has(&self, lang: &str) -> bool {
        match self {
            Localized::Same(_) => true,
            Localized::PerLang(map) => map.contains_key(lang),
        }
    }
}

/// herald's site.yaml: the settings of the site and the facts of the EU project.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "herald site.yaml")]
pub struct Config {
    /// The site's title, per language.
    pub title: Localized,
    /// The address where the site is published, e.g. `https://example.org/octopus/`.
    pub base_url: String,
    /// The site's language codes, the default first, e.g. [lv, lt].
    pub languages: Vec<String>,
    /// The theme's name (`default` is built in).
    #[serde(default = "default_theme")]
    pub theme: String,
    /// News items per list page.
    #[serde(default = "default_paginate_by")]
    pub paginate_by: usize,
    /// The EU project: the facts behind the publicity texts.
    pub project: Project,
    /// Social media links, shown in every page's header and footer.
    #[serde(default)]
    pub social: Vec<SocialLink>,
    /// Contact details, shown in every page's footer.
    #[serde(default)]
    pub contact: Option<Contact>,
    /// Picture (in static/) shown when a page is shared on social media and has no cover.
    #[serde(default)]
    pub og_image: Option<String>,
    /// What `og_image` shows, for people who cannot see it (`og:image:alt`), one text or one
    /// per language.
    #[serde(default)]
    pub og_image_alt: Option<Localized>,
    /// Draw a share card for every page without a cover of its own (1200×630: the EU emblem
    /// with the funding statement, the page's and the site's titles) as its `og:image`;
    /// false: none. A site-wide `og_image` takes the cards' place.
    #[serde(default = "default_true")]
    pub share_card: bool,
    /// The author `herald new` writes into new items (the build does not add it to items).
    #[serde(default)]
    pub author: Option<DefaultAuthor>,
    /// The accessibility statement (Directive (EU) 2016/2102): a page per language, linked
    /// from every page's footer.
    #[serde(default)]
    pub accessibility: Option<Accessibility>,
    /// The picture pipeline's settings.
    #[serde(default)]
    pub images: ImageSettings,
    /// Make a PDF press release of every news item (`<item URL>/<slug>.pdf`); false: none.
    #[serde(default = "default_true")]
    pub pdf: bool,
    /// How Markdown texts are read.
    #[serde(default)]
    pub markdown: MarkdownSettings,
    /// Site search: an index per language, a search field in every page's header and a
    /// search page per language; false: none of them.
    #[serde(default = "default_true")]
    pub search: bool,
    /// A default-language tag -> the same tag in the other languages (`Semināri: Seminarai`,
    /// or `Semināri: {lt: Seminarai}`): translations that inherit their tags show these, and
    /// the tag pages of the languages link to each other.
    #[serde(default)]
    pub tags: BTreeMap<String, Localized>,
    /// Free-form values for custom templates.
    #[serde(default)]
    #[schemars(with = "serde_json::Value")]
    pub extra: serde_yaml::Value,
}

/// Who prepares the texts, per language.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DefaultAuthor {
    pub name: Localized,
    #[serde(default)]
    pub role: Option<Localized>,
}

/// The facts of the accessibility statement, after the model of Decision (EU) 2018/1523; the
/// sentences around them are in the i18n files.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    /// How far the site meets EN 301 549 / WCAG 2.1 AA: full, partial or none.
    pub status: Compliance,
    /// The day the statement was first prepared, YYYY-MM-DD.
    #[serde(deserialize_with = "de_date")]
    #[schemars(with = "String")]
    pub prepared: Date,
    /// The day of the last review of the site and the statement, YYYY-MM-DD.
    #[serde(deserialize_with = "de_date")]
    #[schemars(with = "String")]
    pub reviewed: Date,
    /// How the site was assessed: self-assessment or third-party.
    #[serde(default)]
    pub method: AssessmentMethod,
    /// The organisation that publishes the site, per language; else `project.responsible`.
    #[serde(default)]
    pub organisation: Option<Localized>,
    /// Where visitors report problems and ask for content in an accessible form.
    pub contact: FeedbackContact,
    /// The body that handles complaints when the answer is unsatisfactory.
    pub enforcement: Enforcement,
    /// Known gaps: what is not accessible and why, one per-language text each.
    #[serde(default)]
    pub gaps: Vec<Localized>,
    /// How to get the content of the gaps in another way, per language.
    #[serde(default)]
    pub alternatives: Option<Localized>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Compliance {
    Full,
    Partial,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AssessmentMethod {
    #[default]
    SelfAssessment,
    ThirdParty,
}

/// At least one of e-mail, phone or a web form.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FeedbackContact {
    /// The person or unit that answers, per language.
    #[serde(default)]
    pub name: Option<Localized>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// A feedback form's address.
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Enforcement {
    /// The enforcement body's name, per language, in the nominative.
    pub name: Localized,
    /// Its page about the complaint procedure (http or https).
    pub url: String,
}

/// `markdown:` in site.yaml: how the Markdown texts are read.
#[derive(Debug, Clone, Deserialize, PartialEq, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MarkdownSettings {
    /// Publish HTML written in the Markdown texts (embeds pasted by editors); false: drop it.
    #[serde(default = "default_true")]
    pub raw_html: bool,
}

impl Default for MarkdownSettings {
    fn default() -> Self {
        MarkdownSettings { raw_html: true }
    }
}

/// `images:` in site.yaml: how pictures are made web-ready.
#[derive(Debug, Clone, Deserialize, PartialEq, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImageSettings {
    /// Widths (px) each picture is written at; never wider than the original.
    #[serde(default = "default_widths")]
    pub widths: Vec<u32>,
    /// WebP and JPEG quality, 1–100.
    #[serde(default = "default_quality")]
    pub quality: u32,
    /// Also write one JPEG (PNG for pictures with transparency) for browsers without WebP.
    #[serde(default = "default_true")]
    pub fallback: bool,
    /// Where processed pictures are kept between builds, relative to the site folder.
    #[serde(default = "default_cache_dir")]
    pub cache_dir: PathBuf,
}

impl Default for ImageSettings {
    fn default() -> Self {
        ImageSettings {
            widths: default_widths(),
            quality: default_quality(),
            fallback: true,
            cache_dir: default_cache_dir(),
        }
    }
}

fn default_widths() -> Vec<u32> {
    vec![480, 960, 1600]
}

fn default_quality() -> u32 {
    80
}

fn default_true() -> bool {
    true
}

fn default_cache_dir() -> PathBuf {
    PathBuf::from(".herald-cache")
}

fn default_theme() -> String {
    "default".into()
}

fn default_paginate_by() -> usize {
    10
}

#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// e.g. OCTOPUS.
    pub acronym: String,
    /// e.g. LLI-425.
    pub code: String,
    /// The project's full name, per language.
    pub name: Localized,
    /// The programme profile: latlit-2014-2020, latlit-2021-2027, or one defined in i18n/.
    pub programme: String,
    /// The project's first day, YYYY-MM-DD.
    #[serde(deserialize_with = "de_date")]
    #[schemars(with = "String")]
    pub start: Date,
    /// The project's last day, YYYY-MM-DD.
    #[serde(deserialize_with = "de_date")]
    #[schemars(with = "String")]
    pub end: Date,
    /// The total budget in euro: 705573.37, or as Latvian and Lithuanian write it, 705 573,37 or
    /// 705573,37.
    #[serde(deserialize_with = "de_amount")]
    #[schemars(with = "AmountSchema")]
    pub budget_eur: f64,
    /// The ERDF share in euro: 599737.33, 599 737,33 or 599737,33.
    #[serde(deserialize_with = "de_amount")]
    #[schemars(with = "AmountSchema")]
    pub erdf_eur: f64,
    /// The organisation responsible for the content (named in the EU disclaimer), per language.
    pub responsible: Localized,
    #[serde(default)]
    pub partners: Vec<Partner>,
    /// The programme's logo, a path in static/ (static/latlit.svg).
    #[serde(default)]
    pub programme_logo: Option<PathBuf>,
}

#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub name: Localized,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SocialLink {
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default)]
    pub address: Option<Localized>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

/// An amount in euro as the schema describes it: a number, or a text such as `512 345,60`.
#[derive(schemars::JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum AmountSchema {
    Number(f64),
    /// Spaces between the thousands and a decimal comma: 512 345,60 or 512345,60.
    Text(String),
}

/// A number, or a text [`parse_amount`] reads (`512 345,60`).
fn de_amount<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<f64, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Number(f64),
        Text(String),
    }
    match Raw::deserialize(d)? {
        Raw::Number(n) => Ok(n),
        Raw::Text(s) => parse_amount(&s).map_err(serde::de::Error::custom),
    }
}

fn de_date<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Date, D::Error> {
    let s = String::deserialize(d)?;
    parse_date(&s).map_err(serde::de::Error::custom)
}

/// `site.yaml` as a build reads it, once: the settings and the bytes they came from (which the
/// caches and the input fingerprint hash).
pub struct SiteFile {
    pub config: Config,
    pub bytes: Vec<u8>,
}

impl SiteFile {
    /// Reads and validates `<root>/site.yaml`, keeping its bytes.
    pub fn load(root: &Path) -> Result<SiteFile> {
        let path = root.join("site.yaml");
        let shown = Path::new("site.yaml");
        crate::inputs::check_link(root, &path)?;
        let text = std::fs::read(&path).map_err(|e| {
            let d = Diagnostic::error(crate::tr!(
                "config-unreadable",
                reason = crate::messages::io_reason(&e)
            ))
            .with_code(Code::SiteUnreadable)
            .in_file(shown);
            if e.kind() == std::io::ErrorKind::NotFound {
                d.with_hint(crate::tr!(
                    "config-missing-hint",
                    root = root.display().to_string()
                ))
            } else {
                d
            }
        })?;
        let bytes = text.clone();
        let text = decode_utf8_owned(text, shown)?;
        let config = Config::parse(&text, shown).map_err(|f| f.or_code(Code::ConfigInvalid))?;
        Ok(SiteFile { config, bytes })
    }
}

impl Config {
    /// The default-language tag `tag` as `tags:` maps it into `lang` (None: not mapped).
    pub fn tag_in(&self, tag: &str, lang: &str) -> Option<&str> {
        self.tags
            .get(tag)
            .and_then(|t| t.exactly(lang))
            .map(str::trim)
            .filter(|t| !t.is_empty())
    }

    /// Reads and validates `<root>/site.yaml`.
    pub fn load(root: &Path) -> Result<Config> {
        SiteFile::load(root).map(|f| f.config)
    }

    pub fn parse(text: &str, file: &Path) -> Result<Config> {
        let config: Config = serde_yaml::from_str(text).map_err(|e| yaml_error(&e, text, file))?;
        crate::source::refuse_escaped_control_characters(text, 1, file)?;
        config.validate(text, file)?;
        Ok(config)
    }

    fn validate(&self, text: &str, file: &Path) -> Result<()> {
        let mut errs = Vec::new();
        if let Some(why) = base_url_problem(&self.base_url) {
            let mut d = Diagnostic::error(crate::tr!(
                "config-base-url",
                key = "base_url",
                url = self.base_url.as_str(),
                problem = why
            ))
            .in_file(file)
            .with_hint(base_url_hint());
            if let Some(line) = crate::source::key_line(text, "base_url") {
                d = d.at_line(line);
            }
            errs.push(d);
        }
        // Each finding at the line of its key (`images.quality` at `quality:` below `images:`).
        let line_of = |key: &str| {
            let mut from = 0;
            for part in key.split('.') {
                let rest: String = text.lines().skip(from).collect::<Vec<_>>().join("\n");
                from += crate::source::nested_key_line(&rest, part)? - 1;
            }
            Some(from + 1)
        };
        let mut err = |msg: String, hint: String, key: &str| {
            let mut d = Diagnostic::error(msg).in_file(file).with_hint(hint);
            if let Some(line) = line_of(key) {
                d = d.at_line(line);
            }
            errs.push(d);
        };
        if self.languages.is_empty() {
            err(
                crate::tr!("config-languages-empty"),
                crate::tr!("config-languages-empty-hint"),
                "languages",
            );
        }
        for (i, lang) in self.languages.iter().enumerate() {
            if !is_language_code(lang) {
                err(
                    crate::tr!("config-language-code", lang = lang.as_str()),
                    crate::tr!("config-language-code-hint"),
                    "languages",
                );
            }
            if self.languages[..i].contains(lang) {
                err(
                    crate::tr!("config-language-twice", lang = lang.as_str()),
                    crate::tr!("config-language-twice-hint"),
                    "languages",
                );
            }
        }
        if self.paginate_by == 0 {
            err(
                crate::tr!("config-paginate-by", value = self.paginate_by),
                crate::tr!("config-paginate-by-hint"),
                "paginate_by",
            );
        }
        if self.project.end < self.project.start {
            err(
                crate::tr!(
                    "config-end-before-start",
                    end = self.project.end.to_string(),
                    start = self.project.start.to_string()
                ),
                crate::tr!("config-end-before-start-hint"),
                "project.end",
            );
        }
        if self.project.erdf_eur > self.project.budget_eur {
            err(
                crate::tr!("config-erdf-above-budget"),
                crate::tr!("config-erdf-above-budget-hint"),
                "project.erdf_eur",
            );
        }
        for (what, value) in [
            ("project.budget_eur", self.project.budget_eur),
            ("project.erdf_eur", self.project.erdf_eur),
        ] {
            if !(value.is_finite() && value >= 0.0) {
                err(
                    crate::tr!("config-amount-negative", key = what),
                    crate::tr!("config-amount-hint"),
                    what,
                );
            }
        }
        let img = &self.images;
        if img.widths.is_empty() || img.widths.iter().any(|w| !(16..=8192).contains(w)) {
            let widths: Vec<String> = img.widths.iter().map(|w| w.to_string()).collect();
            err(
                crate::tr!("config-widths", widths = widths.join(", ")),
                crate::tr!("config-widths-hint"),
                "images.widths",
            );
        }
        if !(1..=100).contains(&img.quality) {
            err(
                crate::tr!("config-quality", value = img.quality),
                crate::tr!("config-quality-hint"),
                "images.quality",
            );
        }
        for (key, loc) in [
            ("title", Some(&self.title)),
            ("project.name", Some(&self.project.name)),
            ("project.responsible", Some(&self.project.responsible)),
        ] {
            if let Some(loc) = loc {
                for lang in &self.languages {
                    if !loc.has(lang) {
                        err(
                            crate::tr!("config-no-text", key = key, lang = lang.as_str()),
                            crate::tr!("config-no-text-hint"),
                            key,
                        );
                    }
                }
            }
        }
        if let Some(a) = &self.accessibility {
            self.validate_accessibility(a, &mut err);
        }
        self.validate_tags(&mut err);
        if errs.is_empty() {
            Ok(())
        } else {
            Err(Failure(errs))
        }
    }

    /// The `tags:` map names languages of the site other than the default one, and every
    /// tag in it makes an address.
    fn validate_tags(&self, err: &mut impl FnMut(String, String, &str)) {
        let default = self.languages.first().map_or("", String::as_str);
        for (tag, to) in &self.tags {
            let words = std::iter::once(tag.as_str()).chain(match to {
                Localized::Same(s) => vec![s.as_str()],
                Localized::PerLang(m) => m.values().map(String::as_str).collect(),
            });
            for word in words {
                if crate::slug::slugify(word).is_empty() {
                    err(
                        crate::tr!("config-tag-no-letters", tag = word),
                        crate::tr!("config-tag-no-letters-hint"),
                        "tags",
                    );
                }
            }
            if let Localized::PerLang(m) = to {
                for lang in m.keys() {
                    if lang == default || !self.languages.contains(lang) {
                        err(
                            crate::tr!(
                                "config-tag-language",
                                tag = tag.as_str(),
                                lang = lang.as_str()
                            ),
                            crate::tr!("config-tag-language-hint"),
                            "tags",
                        );
                    }
                }
            }
        }
    }

    fn validate_accessibility(
        &self,
        a: &Accessibility,
        err: &mut impl FnMut(String, String, &str),
    ) {
        if a.reviewed < a.prepared {
            err(
                crate::tr!(
                    "config-reviewed-before-prepared",
                    reviewed = a.reviewed.to_string(),
                    prepared = a.prepared.to_string()
                ),
                crate::tr!("config-reviewed-before-prepared-hint"),
                "accessibility.reviewed",
            );
        }
        let c = &a.contact;
        if [&c.email, &c.phone, &c.url]
            .iter()
            .all(|v| v.as_deref().is_none_or(|s| s.trim().is_empty()))
        {
            err(
                crate::tr!("config-contact-empty"),
                crate::tr!("config-contact-empty-hint"),
                "accessibility.contact",
            );
        }
        for (key, url) in [
            ("accessibility.enforcement.url", Some(&a.enforcement.url)),
            ("accessibility.contact.url", c.url.as_ref()),
        ] {
            if let Some(url) = url {
                if !(url.starts_with("http://") || url.starts_with("https://")) {
                    err(
                        crate::tr!("config-not-http", key = key, url = url.as_str()),
                        crate::tr!("config-not-http-hint"),
                        key,
                    );
                }
            }
        }
        let mut texts: Vec<(String, &Localized)> =
            vec![("accessibility.enforcement.name".into(), &a.enforcement.name)];
        texts.extend(
            a.organisation
                .iter()
                .map(|o| ("accessibility.organisation".into(), o)),
        );
        texts.extend(
            c.name
                .iter()
                .map(|n| ("accessibility.contact.name".into(), n)),
        );
        texts.extend(
            a.alternatives
                .iter()
                .map(|t| ("accessibility.alternatives".into(), t)),
        );
        texts.extend(
            a.gaps
                .iter()
                .enumerate()
                .map(|(i, g)| (format!("accessibility.gaps[{}]", i + 1), g)),
        );
        for (key, loc) in texts {
            for lang in &self.languages {
                if !loc.has(lang) {
                    let at = key.split('[').next().unwrap_or(&key).to_string();
                    err(
                        crate::tr!("config-no-text", key = key.as_str(), lang = lang.as_str()),
                        crate::tr!("config-no-text-hint"),
                        &at,
                    );
                }
            }
        }
    }

    pub fn default_lang(&self) -> &str {
        &self.languages[0]
    }

    /// The path part of base_url, always starting and ending with `/` (`/octopus/`).
    pub fn base_path(&self) -> String {
        let rest = self
            .base_url
            .split_once("://")
            .map_or("", |(_, r)| r.split_once('/').map_or("", |(_, p)| p));
        let rest = rest.trim_matches('/');
        if rest.is_empty() {
            "/".into()
        } else {
            format!("/{rest}/")
        }
    }

    /// scheme://host without a trailing slash.
    pub fn origin(&self) -> String {
        let (scheme, rest) = self.base_url.split_once("://").unwrap_or(("https", ""));
        let host = rest.split('/').next().unwrap_or("");
        format!("{scheme}://{host}")
    }

    /// Total budget and ERDF share in euro cents (rounded), for exact formatting.
    pub fn budget_cents(&self) -> (i64, i64) {
        let c = |v: f64| (v * 100.0).round() as i64;
        (c(self.project.budget_eur), c(self.project.erdf_eur))
    }
}

/// What to do about a base_url that cannot be the site's address.
pub fn base_url_hint() -> String {
    crate::tr!("config-base-url-hint")
}

/// Why `url` cannot be the address every link of the site starts with, or None. Pages are
/// linked as `<base_url><path>`: a query or fragment would end up in the middle of every link,
/// and a missing host or a user name would send readers elsewhere.
pub fn base_url_problem(url: &str) -> Option<String> {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return Some(crate::tr!("base-url-not-absolute"));
    };
    if let Some(c) = url.chars().find(|c| c.is_whitespace() || c.is_control()) {
        return Some(crate::tr!("base-url-space", character = format!("{c:?}")));
    }
    for (c, what) in [
        ('?', "base-url-query"),
        ('#', "base-url-fragment"),
        ('\\', "base-url-backslash"),
    ] {
        if url.contains(c) {
            return Some(crate::tr!(what));
        }
    }
    let host = rest.split('/').next().unwrap_or_default();
    if host.contains('@') {
        return Some(crate::tr!("base-url-user"));
    }
    let (name, port) = match host.rsplit_once(':') {
        Some((n, p)) if !host.ends_with(']') => (n, Some(p)),
        _ => (host, None),
    };
    if name.is_empty() || name.starts_with('.') || name.contains("..") {
        return Some(crate::tr!("base-url-no-host"));
    }
    if !name
        .chars()
        .all(|c| c.is_alphanumeric() || "-.[]:".contains(c))
    {
        return Some(crate::tr!("base-url-bad-host", host = name));
    }
    if port.is_some_and(|p| {
        p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) || p.parse::<u16>().is_err()
    }) {
        return Some(crate::tr!("base-url-port"));
    }
    None
}

fn is_language_code(s: &str) -> bool {
    let main = s.split('-').next().unwrap_or("");
    (2..=3).contains(&main.len()) && main.chars().all(|c| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = "title: {lv: A, lt: B}\nbase_url: https://example.org/octopus/\nlanguages: [lv, lt]\nproject:\n  acronym: X\n  code: C\n  name: N\n  programme: latlit-2014-2020\n  start: 2020-06-01\n  end: 2022-06-30\n  budget_eur: 10\n  erdf_eur: 5\n  responsible: R\n";

    #[test]
    fn base_url_must_be_a_plain_site_address() {
        for good in [
            "https://example.org/octopus/",
            "https://example.org/octopus",
            "http://127.0.0.1:8080/",
            "https://[::1]/x/",
            "https://pašvaldība.lv/projekts-ā/",
        ] {
            assert_eq!(base_url_problem(good), None, "{good}");
        }
        for (bad, why) in [
            ("https://example.org/x/?a=1", "query"),
            ("https://example.org/x/#frag", "fragment"),
            ("https://", "no host"),
            ("https:///x/", "no host"),
            ("https://user:pw@example.org/", "user"),
            ("ftp://example.org/", "http(s)"),
            ("example.org/x/", "http(s)"),
            ("https://example.org/my site/", "space"),
            ("https://example.org:80a/", "port"),
            ("https://exa_mple!.org/", "host name"),
        ] {
            let problem = base_url_problem(bad).unwrap_or_default();
            assert!(problem.contains(why), "{bad}: {problem:?}");
        }
        let text = MINIMAL.replace("octopus/", "octopus/?a=1");
        let err = Config::parse(&text, Path::new("site.yaml")).unwrap_err();
        assert_eq!(err.0[0].line, Some(2), "{err}");
        // A missing trailing slash is added where the address is used.
        let c = Config::parse(
            &MINIMAL.replace("octopus/", "octopus"),
            Path::new("site.yaml"),
        )
        .unwrap();
        assert_eq!(c.base_path(), "/octopus/");
    }

    #[test]
    fn parses_minimal_config() {
        let c = Config::parse(MINIMAL, Path::new("site.yaml")).unwrap();
        assert_eq!(c.base_path(), "/octopus/");
        assert_eq!(c.origin(), "https://example.org");
        assert_eq!(c.theme, "default");
        assert_eq!(c.title.get("lt", "lv"), "B");
    }

    #[test]
    fn unknown_key_gets_did_you_mean() {
        let text = MINIMAL
            .replace("theme", "x")
            .replace("languages", "langauges");
        let err = Config::parse(&text, Path::new("site.yaml")).unwrap_err();
        let d = &err.0[0];
        assert!(d.message.contains("langauges"), "{d}");
        assert_eq!(d.hint.as_deref(), Some("did you mean `languages`?"));
        assert_eq!(d.line, Some(3));
    }

    #[test]
    fn unclosed_quotes_and_markdown_keys_get_hints() {
        let text = MINIMAL.replace("code: C", "code: \"C");
        let err = Config::parse(&text, Path::new("site.yaml")).unwrap_err();
        let hint = err.0[0].hint.as_deref().unwrap_or_default();
        assert!(
            hint.contains("the quote opened on line 6 is not closed"),
            "{hint}"
        );
        let text = format!("{MINIMAL}markdown:\n  raw_htm: false\n");
        let err = Config::parse(&text, Path::new("site.yaml")).unwrap_err();
        assert_eq!(err.0[0].hint.as_deref(), Some("did you mean `raw_html`?"));
        let text = format!("{MINIMAL}markdown: {{raw_html: false}}\n");
        assert!(
            !Config::parse(&text, Path::new("site.yaml"))
                .unwrap()
                .markdown
                .raw_html
        );
        assert!(
            Config::parse(MINIMAL, Path::new("site.yaml"))
                .unwrap()
                .markdown
                .raw_html
        );
    }

    #[test]
    fn dates_accept_rfc3339_and_reject_impossible_days() {
        assert_eq!(
            parse_date("2021-02-18T10:00:00+02:00").unwrap().to_string(),
            "2021-02-18"
        );
        assert!(parse_date("2021-02-30").is_err());
    }
}
