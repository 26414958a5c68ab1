//! herald: a static site generator for the publicity of EU cross-border (Interreg) projects.
//!
//! The modules form stages, run in this order. A module uses only the modules of earlier
//! stages and those listed before it in its own stage; `tests/structure.rs` reads every
//! `crate::…` path in `src/` and fails on one that goes against this list (docs/developers.md
//! says which module a change belongs in).
//!
//! 1. **shared**: `messages` `codes` `diagnostics` `source` `paths` `html` `slug` `output` `guard` `inputs` `owned` `fonts`
//!    — leaves every stage uses: herald's own words in lv, lt and en, finding codes and the one problem shape, the source text
//!    (UTF-8, forbidden characters, dates, YAML errors), paths, HTML escaping, balancing and
//!    reading, slugs, the files a build produces, a dependency's panic caught, which files of the
//!    site are inputs at all (the input folders, hidden files, backups, symbolic links), and what
//!    herald may touch on disk (real paths, the marker files, the output lock), the embedded fonts.
//! 2. **load**: `config` `content` `i18n` `theme` — `site.yaml`, the Markdown files and their
//!    front matter, the Fluent texts, the templates.
//! 3. **model**: `gallery` `model` `markdown` — the site as data (pages, URLs, translations,
//!    galleries) and how a text's Markdown reads (its HTML, its pictures, its headings).
//! 4. **pictures**: `images` — the pictures the pages show, resized and cached.
//! 5. **render**: `publicity` `structured_data` `accessibility` `visibility` `search` `render` —
//!    the EU publicity block, whether a page shows it, the search index, the pages through the
//!    templates, feeds and the site map (`render::feeds`), the share cards (`render::share_card`).
//! 6. **pdf**: `pdf` — the press releases, typeset from the model and the renderer's links.
//! 7. **write**: `write` — the output folder, replaced whole or not at all.
//! 8. **run**: `collisions` `timings` `pipeline` — two outputs at one address settled by a
//!    rule; how long each stage took; the stages run for a build or a serve session.
//! 9. **commands**: `scaffold` `check` `cms` `serve` `cmd` — the files `init` and `new` write
//!    (whose placeholders `check` finds), the checks, the browser editor's configuration and
//!    local backend, the preview server, and one file per subcommand.

pub mod accessibility;
pub mod check;
pub mod cmd;
pub mod cms;
pub mod codes;
pub mod collisions;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod fonts;
pub mod gallery;
pub mod guard;
pub mod html;
pub mod i18n;
pub mod images;
pub mod inputs;
pub mod markdown;
pub mod messages;
pub mod model;
pub mod output;
pub mod owned;
pub mod paths;
pub mod pdf;
pub mod pipeline;
pub mod publicity;
pub mod render;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod slug;
pub mod source;
pub mod structured_data;
pub mod theme;
pub mod timings;
pub mod visibility;
pub mod write;
