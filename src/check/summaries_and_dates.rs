//! What a reader would miss in the texts: news items without a summary (lists, feeds and social
//! media show it), and published pages dated in the future (usually a wrong year).

use std::collections::HashMap;
use std::path::Path;

use jiff::civil::Date;

use super::Src;
use crate::diagnostics::{Code, Diagnostic};
use crate::model::{PageKind, Site};
use crate::render::RenderedBody;
use crate::source::front_matter_key_line as front_line;

/// Empty summaries of news items and dates after `today`.
pub fn check(site: &Site, bodies: &[RenderedBody], srcs: &[Src], today: Date) -> Vec<Diagnostic> {
    let mut out = empty_summaries(site, bodies, srcs);
    out.extend(future_dates(srcs, today));
    out
}

/// News items whose summary (written, or taken from the text) is empty; at their `summary:`
/// line where they have one.
fn empty_summaries(site: &Site, bodies: &[RenderedBody], srcs: &[Src]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let text_of: HashMap<&Path, &str> = srcs
        .iter()
        .map(|s| (s.page.file.as_path(), s.text.as_str()))
        .collect();
    for (i, p) in site.pages.iter().enumerate() {
        if p.kind != PageKind::Item || !bodies[i].summary.trim().is_empty() {
            continue;
        }
        let mut d = Diagnostic::warning(crate::tr!("summary-missing"))
            .with_code(Code::EmptySummary)
            .in_file(&p.file)
            .with_hint(crate::tr!("summary-missing-hint"));
        if let Some(l) = text_of
            .get(p.file.as_path())
            .and_then(|t| front_line(t, "summary"))
        {
            d = d.at_line(l);
        }
        out.push(d);
    }
    out
}

/// Published pages of a section dated after `today`.
fn future_dates(srcs: &[Src], today: Date) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for s in srcs
        .iter()
        .filter(|s| !s.page.is_index && !s.page.parent.is_empty())
    {
        // Held back until its day (see `model::scheduled`) or published: either way the
        // date decides when readers see it. A draft is not published at all.
        let draft =
            matches!(&s.page.front, crate::content::Front::Page(f) if f.draft == Some(true));
        if !s.published && draft {
            continue;
        }
        let Some(date) = s.page.date else { continue };
        if date > today {
            let mut d = Diagnostic::warning(crate::tr!("date-future", date = date.to_string()))
                .with_code(Code::FutureDate)
                .in_file(&s.page.file)
                .with_hint(crate::tr!("date-future-hint"));
            if let Some(l) = s.page.date_line {
                d = d.at_line(l);
            }
            out.push(d);
        }
    }
    out
}
