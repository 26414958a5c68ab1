//! The accessibility statement that Directive (EU) 2016/2102 asks of public bodies' sites: the
//! facts of `accessibility:` in site.yaml, in one language, for the `accessibility.html`
//! template. The sentences around the facts (after the model of Decision (EU) 2018/1523) are
//! Fluent messages (`accessibility-*`), so a site can reword them without touching herald.

use serde::Serialize;

use crate::config::{AssessmentMethod, Compliance, Config};
use crate::i18n::I18n;

/// What `accessibility.html` gets as `statement`.
#[derive(Debug, Serialize)]
pub struct Statement {
    /// The organisation that publishes the site, in the nominative.
    pub organisation: String,
    /// The site's address, as the statement's scope.
    pub site: String,
    /// `full`, `partial` or `none` (selects the variant of `accessibility-status`).
    pub status: &'static str,
    /// `self-assessment` or `third-party` (selects the variant of `accessibility-method`).
    pub method: &'static str,
    pub prepared: String,
    pub prepared_text: String,
    pub reviewed: String,
    pub reviewed_text: String,
    pub contact: Contact,
    pub enforcement: Enforcement,
    pub gaps: Vec<String>,
    pub alternatives: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Contact {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Enforcement {
    pub name: String,
    pub url: String,
}

/// The statement in `lang`; None when the site has no `accessibility:`.
pub fn statement(config: &Config, i18n: &I18n, lang: &str) -> Option<Statement> {
    let a = config.accessibility.as_ref()?;
    let d = config.default_lang();
    let text = |l: &crate::config::Localized| l.get(lang, d).to_string();
    Some(Statement {
        organisation: text(
            a.organisation
                .as_ref()
                .unwrap_or(&config.project.responsible),
        ),
        site: config.base_url.clone(),
        status: match a.status {
            Compliance::Full => "full",
            Compliance::Partial => "partial",
            Compliance::None => "none",
        },
        method: match a.method {
            AssessmentMethod::SelfAssessment => "self-assessment",
            AssessmentMethod::ThirdParty => "third-party",
        },
        prepared: a.prepared.to_string(),
        prepared_text: i18n.date_on(lang, a.prepared),
        reviewed: a.reviewed.to_string(),
        reviewed_text: i18n.date_on(lang, a.reviewed),
        contact: Contact {
            name: a.contact.name.as_ref().map(text),
            email: non_empty(&a.contact.email),
            phone: non_empty(&a.contact.phone),
            url: non_empty(&a.contact.url),
        },
        enforcement: Enforcement {
            name: text(&a.enforcement.name),
            url: a.enforcement.url.clone(),
        },
        gaps: a.gaps.iter().map(text).collect(),
        alternatives: a.alternatives.as_ref().map(text),
    })
}

fn non_empty(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}
