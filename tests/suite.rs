//! Every integration test, in one test binary: each file of `tests/` is a module here (a new
//! file must be added below; `tests/structure.rs` fails when one is missing). One binary
//! compiles and links once, and its tests share one pool of threads, so a long browser test
//! runs beside the short ones instead of after them. Run one file's tests with
//! `cargo test --test suite <file>::`.

mod common;

mod accessibility;
mod bad_sites;
mod browser;
mod browser_cms;
mod browser_cms_gallery;
mod browser_cms_online;
mod browser_cms_translation_only;
mod browser_overlay;
mod browser_readers;
mod browser_search;
mod browser_sveltia;
mod build;
mod check;
mod cms;
mod docs;
mod errors;
mod events;
mod gallery;
mod hostile;
mod messages;
mod messages_terminal;
mod pdf;
mod photos;
mod pictures_kept;
mod portable;
mod properties;
mod publicity;
mod publish;
mod readers;
mod reference;
mod release;
mod scaffold;
mod scaling;
mod search;
mod serve;
mod session;
mod share_cards;
mod structure;
mod tags;
mod user_terms;
mod validators;
