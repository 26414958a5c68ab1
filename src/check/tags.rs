//! The `tags:` map of site.yaml against the pages: a default-language tag it maps that no page
//! of the default language carries (drafts included) is a typo or a tag no longer used.

use std::collections::HashSet;
use std::path::Path;

use super::Src;
use crate::diagnostics::{Code, Diagnostic};
use crate::model::Site;
use crate::slug::slugify;

/// A warning per `tags:` entry that no default-language page uses, at its line of site.yaml.
pub fn check(root: &Path, site: &Site, srcs: &[Src]) -> Vec<Diagnostic> {
    if site.config.tags.is_empty() {
        return Vec::new();
    }
    let used: HashSet<String> = srcs
        .iter()
        .filter(|s| s.page.lang == site.default_lang())
        .filter_map(|s| s.page.page_front()?.tags.as_ref())
        .flatten()
        .map(|t| slugify(t))
        .collect();
    let yaml = std::fs::read_to_string(root.join("site.yaml")).unwrap_or_default();
    site.config
        .tags
        .keys()
        .filter(|t| !used.contains(&slugify(t)))
        .map(|t| {
            let d = Diagnostic::warning(crate::tr!(
                "check-unused-tag",
                tag = t.as_str(),
                lang = site.default_lang()
            ))
            .with_code(Code::UnusedTag)
            .in_file(Path::new("site.yaml"))
            .with_hint(crate::tr!("check-unused-tag-hint", tag = t.as_str()));
            match map_entry_line(&yaml, t) {
                Some(l) => d.at_line(l),
                None => d,
            }
        })
        .collect()
}

/// The line (1-based) of `tag:` inside the top-level `tags:` map of site.yaml.
fn map_entry_line(yaml: &str, tag: &str) -> Option<usize> {
    let start = crate::source::key_line(yaml, "tags")?;
    yaml.lines()
        .enumerate()
        .skip(start)
        .take_while(|(_, l)| l.trim().is_empty() || l.starts_with([' ', '\t', '#']))
        .find(|(_, l)| {
            let key = l.trim_start();
            let key = key.split_once(':').map_or("", |(k, _)| k.trim());
            key.trim_matches(['"', '\'']) == tag
        })
        .map(|(i, _)| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_of_a_map_entry_is_found_quoted_or_not() {
        let yaml = "title: x\ntags:\n  # lv -> lt\n  Semināri: Seminarai\n  \"bērni\": {lt: vaikai}\nsearch: true\n";
        assert_eq!(map_entry_line(yaml, "Semināri"), Some(4));
        assert_eq!(map_entry_line(yaml, "bērni"), Some(5));
        assert_eq!(map_entry_line(yaml, "search"), None);
    }
}
