//! `herald schema`: JSON Schemas generated from the same Rust types that read site.yaml and the
//! front matter, so an editor flags an unknown or misspelt key while it is typed.

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Which {
    /// site.yaml
    Site,
    /// The front matter of a page or news item.
    Page,
    /// The front matter of a section's or the home page's `_index.<lang>.md`.
    Section,
}

/// The schema as pretty JSON.
pub fn schema(which: Which) -> String {
    let schema = match which {
        Which::Site => schemars::schema_for!(crate::config::Config),
        Which::Page => schemars::schema_for!(crate::content::PageFront),
        Which::Section => schemars::schema_for!(crate::content::SectionFront),
    };
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

pub fn run(which: Which) -> i32 {
    print!("{}", schema(which));
    0
}
