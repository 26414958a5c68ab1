//! herald: a static site generator for the publicity of EU cross-border (Interreg) projects.
//!
//! The pipeline, one module per stage:
//! `config` + `content` + `i18n` + `theme` (load) -> `model` (the site, its languages and
//! translations, `gallery`) -> `images` (the picture pipeline) -> `render` (`markdown`,
//! templates, `publicity`, `structured_data`, `feeds`) and `pdf` (press releases) -> `write`.
//! `pipeline` runs the stages; `cmd` has one file per subcommand.

pub mod accessibility;
pub mod check;
pub mod cmd;
pub mod codes;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod gallery;
pub mod html;
pub mod i18n;
pub mod images;
pub mod markdown;
pub mod model;
pub mod output;
pub mod paths;
pub mod pdf;
pub mod pipeline;
pub mod publicity;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod slug;
pub mod source;
pub mod structured_data;
pub mod theme;
pub mod write;
