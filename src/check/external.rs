//! `check --external`: asks every web address the site links to whether it answers, with a
//! timeout per request and a bounded number of requests at once (a thread pool of its own, so
//! waiting on the network does not hold up anything else). HEAD first, GET when a server refuses
//! HEAD. Redirects are followed.

use std::time::Duration;

use rayon::prelude::*;

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
        Err(ureq::Error::Timeout(_)) => Outcome::Unreachable("no answer within the timeout".into()),
        Err(e) => Outcome::Unreachable(e.to_string()),
    }
}
