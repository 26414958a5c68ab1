//! Texts left as `herald init` and `herald new` wrote them (`ACRONYM`, `LLI-000`,
//! "Organizācijas nosaukums", "Čia rašykite tekstą…"): a warning naming the key (or the text)
//! that still holds one, so `check --strict` fails until each is replaced. Read from the files
//! themselves, line by line, so the finding names the line the user edits.

use std::path::Path;

use crate::diagnostics::{Code, Diagnostic};

/// The placeholders found in `site.yaml` and the Markdown files of `content/`.
pub fn left(root: &Path) -> Vec<Diagnostic> {
    let placeholders = crate::scaffold::placeholders();
    let mut out = Vec::new();
    if let Ok(text) = std::fs::read_to_string(root.join("site.yaml")) {
        out.extend(in_text(&text, Path::new("site.yaml"), false, &placeholders));
    }
    let content = root.join("content");
    let files = walkdir::WalkDir::new(&content)
        .sort_by_file_name()
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"));
    for entry in files {
        let Ok(text) = std::fs::read_to_string(entry.path()) else {
            continue;
        };
        let shown = entry.path().strip_prefix(root).unwrap_or(entry.path());
        out.extend(in_text(&text, shown, true, &placeholders));
    }
    out
}

/// Each line of `text` whose value (or, below a Markdown file's front matter, whose whole
/// text) is a placeholder. `markdown`: the text starts with front matter between `---` lines.
fn in_text(text: &str, file: &Path, markdown: bool, placeholders: &[&str]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // The keys above the current line, with their indentation: `project.responsible.lv`.
    let mut keys: Vec<(usize, String)> = Vec::new();
    let mut in_front = !markdown;
    for (i, line) in text.lines().enumerate() {
        if markdown && line.trim_end() == "---" {
            in_front = i == 0;
            continue;
        }
        let trimmed = line.trim();
        if trimmed.starts_with('#') || trimmed.is_empty() {
            continue;
        }
        if !in_front {
            if placeholders.contains(&trimmed) {
                let d = Diagnostic::warning(crate::tr!("placeholder-text", value = trimmed))
                    .with_hint(crate::tr!("placeholder-text-hint"));
                out.push(finish(d, file, i + 1));
            }
            continue;
        }
        let item = trimmed.trim_start_matches("- ");
        let indent = line.len() - line.trim_start().len() + (trimmed.len() - item.len());
        let Some((key, value)) = item.split_once(':') else {
            continue;
        };
        keys.retain(|(n, _)| *n < indent);
        keys.push((indent, key.trim().to_string()));
        let value = value.trim().trim_matches(['"', '\'']);
        if placeholders.contains(&value) {
            let path: Vec<&str> = keys.iter().map(|(_, k)| k.as_str()).collect();
            let d = Diagnostic::warning(crate::tr!(
                "placeholder-value",
                key = path.join("."),
                value = value
            ))
            .with_hint(crate::tr!("placeholder-value-hint"));
            out.push(finish(d, file, i + 1));
        }
    }
    out
}

fn finish(d: Diagnostic, file: &Path, line: usize) -> Diagnostic {
    d.with_code(Code::Placeholder).in_file(file).at_line(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_named_by_their_path() {
        let yaml = "project:\n  acronym: \"ACRONYM\"\n  partners:\n    - name:\n        lv: \"Organizācijas nosaukums\"\n  code: LLI-425\n";
        let found = in_text(
            yaml,
            Path::new("site.yaml"),
            false,
            &["ACRONYM", "Organizācijas nosaukums"],
        );
        let said: Vec<_> = found.iter().map(|d| (d.line, d.message.clone())).collect();
        assert_eq!(found.len(), 2, "{said:?}");
        assert_eq!(found[0].line, Some(2));
        assert!(found[0].message.contains("`project.acronym`"), "{said:?}");
        assert_eq!(found[1].line, Some(5));
        assert!(
            found[1].message.contains("`project.partners.name.lv`"),
            "{said:?}"
        );
    }
}
