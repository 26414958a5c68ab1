//! `check --external`: asks every web address the site links to whether it answers, with a
//! timeout per request and a bounded number of requests at once (a thread pool of its own, so
//! waiting on the network does not hold up anything else). HEAD first, GET when a server refuses
//! HEAD. Redirects are followed. Each failing address is reported at its first use in the site.

use std::path::PathBuf;
use std::time::Duration;

use rayon::prelude::*;

use crate::diagnostics::{Code, Diagnostic};

/// An external address and where it was first found.
pub struct ExternalUse {
    pub url: String,
    pub file: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

/// What became of one address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    /// The server answered with this HTTP status (400 or more).
    Status(u16),
    /// No answer: connection refused, DNS, TLS, timeout ...
    Unreachable(String),
}

pub struct Settings {
    pub timeout: Duration,
    pub concurrency: usize,
}

/// Asks every address of `uses` and reports, at its first use, each one that fails.
pub fn findings(uses: &[ExternalUse], settings: &Settings) -> Vec<Diagnostic> {
    let urls: Vec<String> = uses.iter().map(|u| u.url.clone()).collect();
    let outcomes = check_all(&urls, settings);
    uses.iter()
        .zip(outcomes)
        .filter_map(|(u, o)| {
            let msg = match o {
                Outcome::Ok => return None,
                Outcome::Status(s) => {
                    crate::tr!(
                        "external-status",
                        url = u.url.as_str(),
                        status = s.to_string()
                    )
                }
                Outcome::Unreachable(why) => {
                    crate::tr!("external-unreachable", url = u.url.as_str(), reason = why)
                }
            };
            let mut d = Diagnostic::error(msg)
                .with_code(Code::ExternalLink)
                .in_file(&u.file)
                .with_hint(crate::tr!("external-hint"));
            if let Some(l) = u.line {
                d = d.at(l, u.column.unwrap_or(1));
            }
            Some(d)
        })
        .collect()
}

/// Checks `urls` (each once) and returns their outcomes, same order.
pub fn check_all(urls: &[String], settings: &Settings) -> Vec<Outcome> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(settings.timeout))
        .http_status_as_error(false)
        .user_agent(concat!("herald-link-check/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(settings.concurrency.max(1))
        .build();
    let run = || -> Vec<Outcome> { urls.par_iter().map(|u| check_one(&agent, u)).collect() };
    match pool {
        Ok(pool) => pool.install(run),
        Err(_) => urls.iter().map(|u| check_one(&agent, u)).collect(),
    }
}

fn check_one(agent: &ureq::Agent, url: &str) -> Outcome {
    let url = url.split('#').next().unwrap_or(url);
    let status = |r: Result<ureq::http::Response<ureq::Body>, ureq::Error>| {
        r.map(|resp| resp.status().as_u16())
    };
    let first = status(agent.head(url).call());
    // Some servers refuse or mishandle HEAD: ask again with GET before blaming the link.
    let result = match first {
        Ok(s) if s < 400 => Ok(s),
        _ => status(agent.get(url).call()),
    };
    match result {
        Ok(s) if s < 400 => Outcome::Ok,
        Ok(s) => Outcome::Status(s),
        Err(ureq::Error::Timeout(_)) => Outcome::Unreachable(crate::tr!("external-timeout")),
        Err(e) => Outcome::Unreachable(e.to_string()),
    }
}
