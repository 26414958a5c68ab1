//! The EU publicity rules: the block every news item must carry (project statement, EU
//! disclaimer, programme and EU links, who prepared the text, the gallery link), the EU emblem
//! drawn from its published geometry (whether pages show them is `visibility`'s question). The
//! wordings live in Fluent messages per programme profile (`<profile>-*`), so a site can add a
//! programme without touching Rust; this module only assembles them.

use serde::Serialize;

use crate::diagnostics::{Code, Diagnostic};
use crate::html::escape;
use crate::i18n::{Arg, I18n};
use crate::model::{Page, Site};

/// Output path of the emblem's SVG file.
pub const EMBLEM_FILE: &str = "eu-emblem.svg";

/// The parts a profile can mark as mandatory in its `.mandatory` attribute.
pub const PARTS: &[&str] = &["statement", "disclaimer", "links", "emblem"];

/// What templates get to show the emblem.
#[derive(Debug, Clone, Serialize)]
pub struct Emblem {
    pub href: String,
    pub alt: String,
    /// Written in full beside the emblem ("Eiropas Savienība" / "Līdzfinansē Eiropas Savienība").
    pub text: String,
    /// The fund, for 2014–2020 profiles ("Eiropas Reģionālās attīstības fonds").
    pub fund: Option<String>,
    /// Alt text of the programme logo (`<profile>-logo-alt`), carrying the funding statement.
    pub logo_alt: Option<String>,
}

fn msg(i18n: &I18n, lang: &str, key: &str, args: &[(&str, Arg)]) -> Result<String, String> {
    i18n.format(lang, key, args)
}

/// The programme named in `site.yaml` (`site_yaml`: its text) is a profile herald knows, in
/// built-in texts or the site's own: checked once per build, at the line of `programme:`,
/// rather than on every page that would carry its texts.
pub fn check_profile(i18n: &I18n, profile: &str, site_yaml: &str) -> Result<(), Diagnostic> {
    if i18n
        .languages()
        .iter()
        .any(|lang| i18n.has_attr(lang, profile, "mandatory"))
    {
        return Ok(());
    }
    let known = I18n::builtin_profiles();
    let names: Vec<&str> = known.iter().map(String::as_str).collect();
    let guess = crate::diagnostics::did_you_mean(profile, &names)
        .map(|g| format!("{} ", crate::tr!("yaml-did-you-mean", key = g)))
        .unwrap_or_default();
    let mut d = Diagnostic::error(crate::tr!("publicity-unknown-programme", profile = profile))
        .with_code(Code::PublicityIncomplete)
        .in_file("site.yaml")
        .with_hint(crate::tr!(
            "publicity-unknown-programme-hint",
            guess = guess,
            programmes = names.join(", "),
            profile = profile
        ));
    if let Some(line) = crate::source::nested_key_line(site_yaml, "programme") {
        d = d.at_line(line);
    }
    Err(d)
}

/// The profile's mandatory parts (from the `<profile>.mandatory` attribute).
pub fn mandatory_parts(i18n: &I18n, lang: &str, profile: &str) -> Result<Vec<String>, String> {
    let list = i18n
        .format_attr(lang, profile, "mandatory", &[])
        .map_err(|e| {
            crate::tr!(
                "publicity-profile-undefined",
                profile = profile,
                reason = e.to_string()
            )
        })?;
    Ok(list.split_whitespace().map(str::to_string).collect())
}

pub fn emblem(site: &Site, i18n: &I18n, lang: &str, href: &str) -> Emblem {
    let p = &site.config.project.programme;
    let get = |k: &str| {
        let key = format!("{p}-{k}");
        i18n.has(lang, &key)
            .then(|| msg(i18n, lang, &key, &[]).ok())
            .flatten()
    };
    Emblem {
        href: href.to_string(),
        alt: get("emblem-alt").unwrap_or_default(),
        text: get("emblem").unwrap_or_default(),
        fund: get("fund"),
        logo_alt: get("logo-alt"),
    }
}

/// The statement of the project in `lang`, as of `on` (past tense once the project ended).
pub fn statement(
    site: &Site,
    i18n: &I18n,
    lang: &str,
    on: Option<jiff::civil::Date>,
) -> Result<String, String> {
    let c = &site.config;
    let d = c.default_lang();
    let (budget, erdf) = c.budget_cents();
    let past = on.is_some_and(|on| c.project.end < on);
    msg(
        i18n,
        lang,
        &format!("{}-statement", c.project.programme),
        &[
            ("acronym", Arg::Str(c.project.acronym.clone())),
            ("code", Arg::Str(c.project.code.clone())),
            ("name", Arg::Str(c.project.name.get(lang, d).to_string())),
            (
                "period",
                Arg::Str(i18n.period(lang, c.project.start, c.project.end)),
            ),
            ("budget", Arg::Str(i18n.amount_eur(lang, budget))),
            ("erdf", Arg::Str(i18n.amount_eur(lang, erdf))),
            ("past", Arg::Str(past.to_string())),
        ],
    )
}

/// The disclaimer naming the organisation responsible for the content of `page`.
pub fn disclaimer(site: &Site, i18n: &I18n, page: &Page) -> Result<Option<String>, String> {
    let c = &site.config;
    let key = format!("{}-disclaimer", c.project.programme);
    if !i18n.has(&page.lang, &key) {
        return Ok(None);
    }
    let responsible = page.responsible.clone().unwrap_or_else(|| {
        c.project
            .responsible
            .get(&page.lang, c.default_lang())
            .to_string()
    });
    msg(
        i18n,
        &page.lang,
        &key,
        &[("responsible", Arg::Str(responsible))],
    )
    .map(Some)
}

/// The publicity block of a news item, as HTML. `gallery_href`: the item's gallery page.
pub fn block(
    site: &Site,
    i18n: &I18n,
    page: &Page,
    gallery_href: Option<&str>,
) -> Result<String, Diagnostic> {
    let lang = page.lang.as_str();
    let profile = &site.config.project.programme;
    let incomplete = |message: String, hint: String| {
        Diagnostic::error(message)
            .with_code(Code::PublicityIncomplete)
            .in_file(&page.file)
            .with_hint(hint)
    };
    let define = |what: String| crate::tr!("publicity-define", what = what, lang = lang);
    let message = |key: String| crate::tr!("publicity-define-message", key = key);
    let mandatory = mandatory_parts(i18n, lang, profile).map_err(|e| {
        incomplete(
            e,
            define(crate::tr!(
                "publicity-define-mandatory",
                profile = profile.as_str()
            )),
        )
    })?;
    let mut html = format!(
        "<aside class=\"publicity\" aria-label=\"{}\">\n",
        escape(&msg(i18n, lang, "publicity-label", &[]).unwrap_or_default())
    );
    let statement = statement(site, i18n, lang, page.date);
    match statement {
        Ok(s) => html.push_str(&format!(
            "<p class=\"publicity-statement\">{}</p>\n",
            escape(&s)
        )),
        Err(e) if mandatory.iter().any(|m| m == "statement") => {
            return Err(incomplete(
                crate::tr!(
                    "publicity-statement-failed",
                    lang = lang,
                    reason = e.to_string()
                ),
                define(message(format!("{profile}-statement"))),
            ))
        }
        Err(_) => {}
    }
    let disclaimer = disclaimer(site, i18n, page).map_err(|e| {
        incomplete(
            crate::tr!(
                "publicity-disclaimer-failed",
                lang = lang,
                reason = e.to_string()
            ),
            define(message(format!("{profile}-disclaimer"))),
        )
    })?;
    match disclaimer {
        Some(s) => html.push_str(&format!(
            "<p class=\"publicity-disclaimer\">{}</p>\n",
            escape(&s)
        )),
        None if mandatory.iter().any(|m| m == "disclaimer") => {
            return Err(incomplete(
                crate::tr!(
                    "publicity-disclaimer-missing",
                    profile = profile.as_str(),
                    lang = lang
                ),
                define(message(format!("{profile}-disclaimer"))),
            ))
        }
        None => {}
    }
    let links: Vec<String> = links(i18n, lang, profile)
        .into_iter()
        .map(|(label, href)| format!("<a href=\"{}\">{}</a>", escape(&href), escape(&label)))
        .collect();
    if links.is_empty() && mandatory.iter().any(|m| m == "links") {
        return Err(incomplete(
            crate::tr!(
                "publicity-links-missing",
                profile = profile.as_str(),
                lang = lang
            ),
            define(crate::tr!(
                "publicity-define-links",
                profile = profile.as_str()
            )),
        ));
    }
    if !links.is_empty() {
        html.push_str(&format!(
            "<p class=\"publicity-links\">{}</p>\n",
            links.join(" / ")
        ));
    }
    if page.author.is_some() {
        let line = prepared_line(i18n, page).map_err(|e| {
            incomplete(
                crate::tr!(
                    "publicity-author-failed",
                    lang = lang,
                    reason = e.to_string()
                ),
                define(message("prepared-by".into())),
            )
        })?;
        html.push_str(&format!(
            "<p class=\"publicity-author\">{}</p>\n",
            escape(&line)
        ));
    }
    if let Some(href) = gallery_href {
        let label = msg(i18n, lang, "gallery-link", &[]).map_err(|e| {
            incomplete(
                crate::tr!(
                    "publicity-gallery-link-failed",
                    lang = lang,
                    reason = e.to_string()
                ),
                define(message("gallery-link".into())),
            )
        })?;
        html.push_str(&format!(
            "<p class=\"publicity-gallery\"><a href=\"{}\">{}</a></p>\n",
            escape(href),
            escape(&label)
        ));
    }
    html.push_str("</aside>");
    Ok(html)
}

/// The programme's and the EU's links of a profile: (label, address).
pub fn links(i18n: &I18n, lang: &str, profile: &str) -> Vec<(String, String)> {
    ["programme-link", "eu-link"]
        .iter()
        .filter_map(|k| {
            let key = format!("{profile}-{k}");
            let label = msg(i18n, lang, &key, &[]).ok()?;
            let href = i18n.format_attr(lang, &key, "href", &[]).ok()?;
            Some((label, href))
        })
        .collect()
}

/// "Informāciju sagatavoja: name, role", when the item has an author.
pub fn prepared_by(i18n: &I18n, page: &Page) -> Option<String> {
    page.author.as_ref()?;
    prepared_line(i18n, page).ok()
}

fn prepared_line(i18n: &I18n, page: &Page) -> Result<String, String> {
    let Some(author) = &page.author else {
        return Err(crate::tr!("publicity-no-author"));
    };
    let who = match author.role.as_deref().filter(|r| !r.trim().is_empty()) {
        Some(role) => format!("{}, {role}", author.name),
        None => author.name.clone(),
    };
    msg(
        i18n,
        &page.lang,
        "prepared-by",
        &[("author", Arg::Str(who))],
    )
}

/// The EU emblem as SVG: a blue rectangle 3:2, twelve upright gold five-pointed stars on a
/// circle of radius h/3 around the centre, each star's points on a circle of radius h/18, the
/// first at 12 o'clock (Regulation 763/2014, Annex).
pub fn emblem_svg() -> String {
    let h = 200.0_f64;
    let w = 1.5 * h;
    let (cx, cy) = (w / 2.0, h / 2.0);
    let ring = h / 3.0;
    let outer = h / 18.0;
    // A regular pentagram's inner vertices lie at outer * sin(18°) / sin(126°).
    let inner = outer * (18f64.to_radians().sin() / 126f64.to_radians().sin());
    let mut stars = String::new();
    for i in 0..12 {
        let a = (i as f64) * 30f64.to_radians();
        let (sx, sy) = (cx + ring * a.sin(), cy - ring * a.cos());
        let mut pts = Vec::with_capacity(10);
        for k in 0..10 {
            let r = if k % 2 == 0 { outer } else { inner };
            let b = (k as f64) * 36f64.to_radians();
            pts.push(format!("{:.3},{:.3}", sx + r * b.sin(), sy - r * b.cos()));
        }
        stars.push_str(&format!("<polygon points=\"{}\"/>", pts.join(" ")));
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\">\
<rect width=\"{w}\" height=\"{h}\" fill=\"#003399\"/><g fill=\"#FFCC00\">{stars}</g></svg>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emblem_has_twelve_stars_on_the_ring() {
        let svg = emblem_svg();
        assert_eq!(svg.matches("<polygon").count(), 12);
        assert!(svg.contains("viewBox=\"0 0 300 200\""));
        assert!(svg.contains("fill=\"#003399\"") && svg.contains("fill=\"#FFCC00\""));
        // First star's top point: centre x, centre y - ring - outer = 100 - 66.667 - 11.111.
        assert!(svg.contains("150.000,22.222"), "{svg}");
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
