//! The theme: templates and static files. The default theme is compiled into the binary (so a
//! site needs only `site.yaml` and `content/`); a site's `themes/<theme>/` and `templates/`
//! override it file by file, and static files from the theme and the site's `static/` are
//! layered the same way. Owns the loading and the mapping of template names back to files for
//! error messages; rendering with the templates is `render`'s job.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

use crate::diagnostics::{Diagnostic, Failure, Result};
use crate::paths::Slashed;

static DEFAULT_THEME: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// One template: its name for Tera (`page.html`), its text and where it came from.
#[derive(Debug, Clone)]
pub struct TemplateSource {
    pub name: String,
    pub text: String,
    /// Shown in messages: `templates/page.html`, `themes/x/templates/page.html` or
    /// `<built-in theme>/templates/page.html`.
    pub origin: PathBuf,
}

/// A static file to publish: bytes compiled in, or a file on disk.
#[derive(Debug, Clone)]
pub enum StaticSource {
    Builtin(&'static [u8]),
    File(PathBuf),
}

#[derive(Debug, Clone, Default)]
pub struct Theme {
    pub templates: BTreeMap<String, TemplateSource>,
    /// Output path (relative, `/` separated) -> source; later layers replace earlier ones.
    pub statics: BTreeMap<String, StaticSource>,
}

impl Theme {
    /// Layers: built-in default theme, then `themes/<name>/` at the site root, then the site's
    /// own `templates/` and `static/`.
    pub fn load(root: &Path, name: &str) -> Result<Theme> {
        let mut theme = Theme::default();
        theme.add_builtin(&DEFAULT_THEME);
        let theme_dir = root.join("themes").join(name);
        let mut layers = Vec::new();
        if theme_dir.is_dir() {
            layers.push((theme_dir.join("templates"), Layer::Templates));
            layers.push((theme_dir.join("static"), Layer::Static));
        } else if name != "default" {
            return Err(Diagnostic::error(crate::tr!("theme-missing", name = name))
                .in_file("site.yaml")
                .with_hint(crate::tr!("theme-missing-hint", name = name))
                .into());
        }
        layers.push((root.join("templates"), Layer::Templates));
        layers.push((root.join("static"), Layer::Static));
        // Every layer is read, so that all their problems are reported at once.
        let errors: Vec<Diagnostic> = layers
            .into_iter()
            .filter_map(|(dir, layer)| theme.add_dir(root, &dir, layer).err())
            .flat_map(|f| f.0)
            .collect();
        if errors.is_empty() {
            Ok(theme)
        } else {
            Err(Failure(errors))
        }
    }

    fn add_builtin(&mut self, dir: &'static Dir<'static>) {
        let mut stack = vec![dir];
        let mut files = Vec::new();
        while let Some(d) = stack.pop() {
            stack.extend(d.dirs());
            files.extend(d.files());
        }
        for file in files {
            let path = file.path().slashed();
            if let Some(name) = path.strip_prefix("templates/") {
                self.templates.insert(
                    name.to_string(),
                    TemplateSource {
                        name: name.to_string(),
                        text: String::from_utf8_lossy(file.contents()).into_owned(),
                        origin: PathBuf::from("<built-in theme>").join(&path),
                    },
                );
            } else if let Some(name) = path.strip_prefix("static/") {
                self.statics
                    .insert(name.to_string(), StaticSource::Builtin(file.contents()));
            }
        }
    }

    fn add_dir(&mut self, root: &Path, dir: &Path, layer: Layer) -> Result<()> {
        if !dir.is_dir() {
            return Ok(());
        }
        let found = crate::inputs::walk(root, dir);
        for entry in found.files {
            if crate::inputs::is_litter(&entry.file_name().to_string_lossy()) {
                continue;
            }
            let name = entry
                .path()
                .strip_prefix(dir)
                .unwrap_or(entry.path())
                .slashed();
            let shown = entry.path().strip_prefix(root).unwrap_or(entry.path());
            match layer {
                Layer::Templates => {
                    let bytes = std::fs::read(entry.path()).map_err(|e| {
                        Diagnostic::error(crate::tr!(
                            "theme-unreadable",
                            reason = crate::messages::io_reason(&e)
                        ))
                        .in_file(shown)
                    })?;
                    let text = crate::source::decode_utf8_owned(bytes, shown)?;
                    self.templates.insert(
                        name.clone(),
                        TemplateSource {
                            name,
                            text,
                            origin: shown.to_path_buf(),
                        },
                    );
                }
                Layer::Static => {
                    self.statics
                        .insert(name, StaticSource::File(entry.path().to_path_buf()));
                }
            }
        }
        if found.errors.is_empty() {
            Ok(())
        } else {
            Err(Failure(found.errors))
        }
    }

    /// Where a template name came from, for messages.
    pub fn origin_of(&self, name: &str) -> PathBuf {
        self.templates
            .get(name)
            .map(|t| t.origin.clone())
            .unwrap_or_else(|| PathBuf::from(name))
    }

    pub fn text_of(&self, name: &str) -> Option<&str> {
        self.templates.get(name).map(|t| t.text.as_str())
    }
}

#[derive(Clone, Copy)]
enum Layer {
    Templates,
    Static,
}

/// Turns a Tera error into a diagnostic naming the template file, line and column.
pub fn tera_error(theme: &Theme, err: &tera::Error, while_doing: &str) -> Diagnostic {
    use std::error::Error as _;
    match err.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
            let span = r.span();
            let mut d = tera_words(
                theme,
                r.message(),
                r.filename(),
                span.start_line,
                while_doing,
            )
            .in_file(theme.origin_of(r.filename()))
            .at(span.start_line, span.start_col + 1);
            // A function of herald's that failed says why in herald's words.
            if let Some(src) = err.source() {
                d.message.push_str(&format!(" ({src})"));
            }
            d
        }
        // Several mistakes found while the templates are read, as Tera's text reports: the
        // first one, worded as above.
        tera::ErrorKind::Msg(text) if text.starts_with("error: ") => match first_report(text) {
            Some((message, name, line, column)) => {
                tera_words(theme, message, name, line, while_doing)
                    .in_file(theme.origin_of(name))
                    .at(line, column)
            }
            None => Diagnostic::error(crate::tr!(
                "theme-cannot-read",
                doing = while_doing,
                fragment = ""
            )),
        },
        tera::ErrorKind::CircularInclude { tpl, include_chain } => {
            // The site's own template in the loop is the one to fix, not the built-in theme's.
            let own = include_chain
                .iter()
                .chain(std::iter::once(tpl))
                .map(|t| theme.origin_of(t))
                .find(|o| !o.starts_with("<built-in theme>"))
                .unwrap_or_else(|| theme.origin_of(tpl));
            Diagnostic::error(crate::tr!(
                "theme-include-loop",
                doing = while_doing,
                chain = include_chain.join(" -> ")
            ))
            .in_file(own)
            .with_hint(crate::tr!("theme-include-loop-hint"))
        }
        tera::ErrorKind::CircularExtend {
            tpl,
            inheritance_chain,
        } => Diagnostic::error(crate::tr!(
            "theme-extend-loop",
            doing = while_doing,
            chain = inheritance_chain.join(" -> ")
        ))
        .in_file(theme.origin_of(tpl))
        .with_hint(crate::tr!("theme-extend-loop-hint")),
        tera::ErrorKind::MissingParent { current, parent } => Diagnostic::error(crate::tr!(
            "theme-missing-parent",
            doing = while_doing,
            parent = parent.as_str()
        ))
        .in_file(theme.origin_of(current))
        .with_hint(crate::tr!("theme-missing-parent-hint")),
        _ => {
            let mut msg = format!("{while_doing}: {err}");
            let mut src = err.source();
            while let Some(s) = src {
                msg.push_str(&format!(": {s}"));
                src = s.source();
            }
            Diagnostic::error(msg)
        }
    }
}

/// Tera's message for a mistake in a template, in herald's words: the name Tera quotes (a
/// variable, a field, a filter, a block) is kept, its vocabulary is not; a mistake it words
/// otherwise is shown as the fragment of the template at the line, as the author wrote it.
fn tera_words(theme: &Theme, message: &str, name: &str, line: usize, doing: &str) -> Diagnostic {
    let quoted = |prefix: &str| {
        message
            .strip_prefix(prefix)
            .and_then(|rest| rest.split('`').next())
    };
    // "… is not defined. Available variables: a, b": the names that exist there.
    let available = message
        .split_once(": ")
        .filter(|(head, _)| {
            head.ends_with("Available variables") || head.ends_with("Available fields")
        })
        .map(|(_, names)| names.trim().to_string());
    let hint = match &available {
        Some(names) => crate::tr!("theme-available-hint", names = names.as_str()),
        None => crate::tr!("theme-template-hint"),
    };
    let said = |id: &str, name: &str| crate::tr!(id, doing = doing, name = name);
    let words = if let Some(var) = quoted("Variable `") {
        if message.contains("exists but its value is undefined") {
            said("theme-undefined-value", var)
        } else {
            said("theme-unknown-variable", var)
        }
    } else if let Some(field) = quoted("Field `") {
        said("theme-unknown-field", field)
    } else if let Some(filter) = quoted("Unknown filter `").or_else(|| quoted("Filter `")) {
        said("theme-unknown-filter", filter)
    } else if let Some(function) = quoted("Unknown function `") {
        said("theme-unknown-function", function)
    } else if let Some(test) = quoted("Unknown test `") {
        said("theme-unknown-test", test)
    } else if let Some(block) = quoted("Block `") {
        said("theme-unknown-block", block)
    } else if message.starts_with("Unexpected end of input") {
        crate::tr!("theme-unexpected-end", doing = doing)
    } else if message.starts_with("String opened with") {
        crate::tr!("theme-unclosed-string", doing = doing)
    } else {
        let fragment = theme
            .text_of(name)
            .and_then(|t| t.lines().nth(line.saturating_sub(1)))
            .map(|l| l.trim().chars().take(80).collect::<String>())
            .unwrap_or_default();
        crate::tr!("theme-cannot-read", doing = doing, fragment = fragment)
    };
    Diagnostic::error(words).with_hint(hint)
}

/// The first of Tera's text reports: its message, template, line and column
/// (`error: Unknown filter `x`` then ` --> page.html:2:36`).
fn first_report(text: &str) -> Option<(&str, &str, usize, usize)> {
    let mut lines = text.lines();
    let message = lines.next()?.strip_prefix("error: ")?;
    let place = lines.next()?.trim_start().strip_prefix("--> ")?;
    let mut parts = place.rsplitn(3, ':');
    let column = parts.next()?.parse().ok()?;
    let line = parts.next()?.parse().ok()?;
    Some((message, parts.next()?, line, column))
}
