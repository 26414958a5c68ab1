//! The command line's own texts in herald's words: `--help` (every command's description, every
//! option's help, the headings, the usage line) and the complaints about a line that cannot be
//! read (an unknown command or option, a missing or wrong value). clap parses the line; its
//! English texts are replaced here by the Fluent texts `cli-*` of the chosen language, so the
//! language must be known before clap runs: [`lang_in_args`] finds `--lang` anywhere on the line.

use std::ffi::OsString;
use std::fmt::Write as _;

use clap::builder::{Resettable, StyledStr};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command};

use crate::diagnostics::Diagnostic;
use crate::messages::{Lang, Messages};

/// The value of `--lang` on the line (`--lang lt`, `--lang=lt`, before or after the command),
/// read before clap parses so that clap's texts can be in that language, and the line without
/// it: clap's `help` command takes no option, and `herald help check --lang lt` must work too.
/// A value herald does not speak is left on the line for clap, which refuses it in the language
/// chosen without it.
pub fn take_lang(args: &[OsString]) -> (Option<Lang>, Vec<OsString>) {
    let mut lang = None;
    let mut rest = Vec::with_capacity(args.len());
    let mut words = args.iter().enumerate();
    while let Some((i, word)) = words.next() {
        let text = word.to_string_lossy();
        if i == 0 || lang.is_some() {
            rest.push(word.clone());
            continue;
        }
        if text == "--" {
            rest.extend(args[i..].iter().cloned());
            break;
        }
        let value = if text == "--lang" {
            args.get(i + 1).map(|v| v.to_string_lossy())
        } else {
            text.strip_prefix("--lang=").map(|v| v.to_string().into())
        };
        match value.as_deref().and_then(Lang::from_locale) {
            Some(found) => {
                lang = Some(found);
                if text == "--lang" {
                    words.next();
                }
            }
            None => rest.push(word.clone()),
        }
    }
    (lang, rest)
}

/// `cmd` (the derive's command, `herald` at its root) with every text clap shows replaced by
/// the texts of `m`. Built here, so the `--help` and `--version` options and the `help`
/// command clap adds get our texts too.
pub fn localize(cmd: Command, m: &Messages) -> Command {
    let name = cmd.get_name().to_string();
    let mut cmd = texts(cmd, &name, &name, m).version(version_line(m));
    cmd.build();
    built_texts(cmd, &name, m, true)
}

/// What `herald --version` prints after the name: the version, and the commit it was built
/// from and that commit's date (build.rs) when known, e.g. `0.2.0 (commit 1a2b3c4d5e6f,
/// 2026-12-06)`; the word for a commit is the message file's.
pub fn version_line(m: &Messages) -> String {
    let version = env!("CARGO_PKG_VERSION");
    let (commit, date) = (env!("HERALD_BUILD_COMMIT"), env!("HERALD_BUILD_DATE"));
    if commit.is_empty() {
        return version.to_string();
    }
    let mut args = vec![("version", version.into()), ("commit", commit.into())];
    if date.is_empty() {
        m.format("cli-version-commit", &args)
    } else {
        args.push(("date", date.into()));
        m.format("cli-version-commit-dated", &args)
    }
}

/// The text `id`, or `None` when no language defines it (an optional long description).
fn optional(m: &Messages, id: &str) -> Option<String> {
    let (text, errors) = m.format_checked(id, &[]);
    errors.is_empty().then_some(text)
}

/// A text that may be absent: absent resets clap's own.
fn resettable(text: Option<String>) -> Resettable<StyledStr> {
    match text {
        Some(text) => Resettable::Value(text.into()),
        None => Resettable::Reset,
    }
}

/// The first of `ids` that is defined.
fn first_of(m: &Messages, ids: &[String]) -> Option<String> {
    ids.iter().find_map(|id| optional(m, id))
}

/// The texts of one command (`key` is its name, `herald` at the root; `path` the line that
/// calls it, `herald build`) and of its subcommands.
fn texts(cmd: Command, key: &str, path: &str, m: &Messages) -> Command {
    let about = optional(m, &format!("cli-{key}-about"));
    let long_about = optional(m, &format!("cli-{key}-about-long"));
    let mut cmd = cmd
        .about(resettable(about))
        .long_about(resettable(long_about))
        .mut_args(|arg| arg_texts(arg, key, m))
        .subcommand_help_heading(m.text("cli-commands"))
        .subcommand_value_name(m.text("cli-command-placeholder"));
    let usage = usage_line(&cmd, path, m);
    let template = template(&cmd, m);
    cmd = cmd.override_usage(usage).help_template(template);
    cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        texts(sub, &name, &format!("{path} {name}"), m)
    })
}

/// The help template of clap's, with our word for "Usage".
fn template(cmd: &Command, m: &Messages) -> StyledStr {
    let heading = cmd.get_styles().get_usage();
    let mut t = StyledStr::new();
    let _ = write!(
        t,
        "{{before-help}}{{about-with-newline}}\n{heading}{}:{heading:#} {{usage}}\n\n{{all-args}}{{after-help}}",
        m.text("cli-usage")
    );
    t
}

/// How `path` is called: `herald init [OPTIONS] <DIR>`, in the words of `m`. Every command takes
/// `--lang` and `--help`, so the options always have their place.
fn usage_line(cmd: &Command, path: &str, m: &Messages) -> String {
    let mut line = format!("{path} [{}]", m.text("cli-options-placeholder"));
    for arg in cmd.get_positionals() {
        let name = arg
            .get_value_names()
            .and_then(|names| names.first())
            .map_or_else(
                || arg.get_id().to_string().to_uppercase(),
                |n| n.to_string(),
            );
        if arg.is_required_set() {
            let _ = write!(line, " <{name}>");
        } else {
            let _ = write!(line, " [{name}]");
        }
    }
    if cmd.has_subcommands() {
        let _ = write!(line, " <{}>", m.text("cli-command-placeholder"));
    }
    line
}

/// One argument's help, value name, default and possible values, in the words of `m`. clap's own
/// `[default: …]` and `[possible values: …]` are hidden and written here instead.
fn arg_texts(arg: Arg, command: &str, m: &Messages) -> Arg {
    let id = arg.get_id().to_string();
    let Some(help) = first_of(m, &[format!("cli-{command}-{id}"), format!("cli-arg-{id}")]) else {
        return arg;
    };
    let heading = if arg.is_positional() {
        m.text("cli-arguments")
    } else {
        m.text("cli-options")
    };
    let arg = arg.help_heading(heading);
    if !arg.get_action().takes_values() {
        return arg.help(help).long_help(Resettable::Reset);
    }
    let value_name = first_of(
        m,
        &[
            format!("cli-value-{command}-{id}"),
            format!("cli-value-{id}"),
        ],
    );
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let values: Vec<(String, Option<String>)> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| {
            let name = v.get_name().to_string();
            let help = optional(m, &format!("cli-{command}-{id}-{name}"));
            (name, help)
        })
        .collect();
    let default = (!defaults.is_empty()).then(|| {
        format!(
            "[{}]",
            m.format("cli-default", &[("value", defaults.join(", ").into())])
        )
    });
    let names: Vec<&str> = values.iter().map(|(n, _)| n.as_str()).collect();
    let list = (!values.is_empty()).then(|| {
        format!(
            "[{}]",
            m.format("cli-values", &[("values", names.join(", ").into())])
        )
    });
    let short = [Some(help.clone()), default.clone(), list]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    // As clap does: the values' own descriptions only in the long help (`--help`).
    let long = values.iter().any(|(_, h)| h.is_some()).then(|| {
        let width = names.iter().map(|n| n.len()).max().unwrap_or(0) + 1;
        let mut long = format!("{help}\n\n{}", m.text("cli-values-long"));
        for (name, help) in &values {
            let _ = write!(
                long,
                "\n- {:<width$} {}",
                format!("{name}:"),
                help.as_deref().unwrap_or("")
            );
        }
        if let Some(default) = &default {
            let _ = write!(long, "\n\n{default}");
        }
        long
    });
    let arg = match value_name {
        Some(name) => arg.value_name(name),
        None => arg,
    };
    arg.help(short)
        .long_help(resettable(long))
        .hide_default_value(true)
        .hide_possible_values(true)
}

/// The texts of what clap adds when it builds a command: `--help`, `--version` and the `help`
/// command.
fn built_texts(mut cmd: Command, path: &str, m: &Messages, root: bool) -> Command {
    let options = m.text("cli-options");
    let has = |cmd: &Command, id: &str| cmd.get_arguments().any(|a| a.get_id() == id);
    if has(&cmd, "help") {
        let options = options.clone();
        cmd = cmd.mut_arg("help", |a| {
            let a = a.help_heading(options);
            if a.get_long_help().is_some() {
                a.help(m.text("cli-arg-help-more"))
                    .long_help(m.text("cli-arg-help-long"))
            } else {
                a.help(m.text("cli-arg-help"))
            }
        });
    }
    if has(&cmd, "version") {
        cmd = cmd.mut_arg("version", |a| {
            a.help_heading(options).help(m.text("cli-arg-version"))
        });
    }
    if root && cmd.find_subcommand("help").is_some() {
        let usage = format!("{path} help [{}]", m.text("cli-command-placeholder"));
        let about = m.text("cli-help-about");
        let template = template(&cmd, m);
        cmd = cmd.mut_subcommand("help", |help| {
            help.about(about.clone())
                .override_usage(usage)
                .help_template(template)
                .subcommand_help_heading(m.text("cli-commands"))
                .mut_subcommands(|sub| {
                    if sub.get_name() == "help" {
                        sub.about(about.clone())
                    } else {
                        sub
                    }
                })
        });
    }
    cmd.mut_subcommands(|sub| {
        if sub.get_name() == "help" {
            return sub;
        }
        let path = format!("{path} {}", sub.get_name());
        built_texts(sub, &path, m, false)
    })
}

/// What to say about a line clap could not read, in the words of `m`; `None` when clap's
/// "error" is the help or the version asked for, which it prints itself. `cmd` is the localized
/// command and `args` the line, to name the command that was meant and how it is called.
pub fn complaint(
    error: &clap::Error,
    cmd: &Command,
    args: &[OsString],
    m: &Messages,
) -> Option<Diagnostic> {
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        return None;
    }
    let sub = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy())
        .find_map(|a| {
            cmd.find_subcommand(a.as_ref())
                .filter(|s| s.get_name() != "help")
        });
    let (path, usage) = match sub {
        Some(sub) => {
            let path = format!("{} {}", cmd.get_name(), sub.get_name());
            let usage = usage_line(sub, &path, m);
            (path, usage)
        }
        None => (
            cmd.get_name().to_string(),
            usage_line(cmd, cmd.get_name(), m),
        ),
    };
    let (message, mut hints) = worded(error, cmd, &path, m);
    hints.push(m.format(
        "cli-usage-hint",
        &[("usage", usage.into()), ("command", path.into())],
    ));
    Some(Diagnostic::error(message).with_hint(hints.join("\n  ")))
}

/// A context value of clap's error as text (an option is shown as `--root <DIR>`).
fn context(error: &clap::Error, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A context value that lists things (suggestions, values).
fn context_list(error: &clap::Error, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::StyledStrs(v)) => v.iter().map(|s| s.to_string()).collect(),
        _ => Vec::new(),
    }
}

fn did_you_mean(m: &Messages, suggestion: &str) -> String {
    m.format("cli-did-you-mean", &[("suggestion", suggestion.into())])
}

/// The list of herald's commands.
fn commands_hint(cmd: &Command, m: &Messages) -> String {
    let commands: Vec<&str> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .map(|s| s.get_name())
        .collect();
    m.format(
        "cli-error-subcommand-hint",
        &[("commands", commands.join(", ").into())],
    )
}

/// The message and hints for each kind of clap's errors.
fn worded(error: &clap::Error, cmd: &Command, path: &str, m: &Messages) -> (String, Vec<String>) {
    let arg = context(error, ContextKind::InvalidArg).unwrap_or_default();
    let value = context(error, ContextKind::InvalidValue).unwrap_or_default();
    let word = |id: &str, args: &[(&str, &str)]| {
        let args: Vec<(&str, fluent_bundle::FluentValue)> =
            args.iter().map(|(k, v)| (*k, (*v).into())).collect();
        m.format(id, &args)
    };
    let mut hints = Vec::new();
    let message = match error.kind() {
        ErrorKind::InvalidSubcommand => {
            let sub = context(error, ContextKind::InvalidSubcommand).unwrap_or_default();
            for s in context_list(error, ContextKind::SuggestedSubcommand) {
                hints.push(did_you_mean(m, &format!("{} {s}", cmd.get_name())));
            }
            hints.push(commands_hint(cmd, m));
            word("cli-error-subcommand", &[("value", &sub)])
        }
        ErrorKind::UnknownArgument => {
            for s in context_list(error, ContextKind::SuggestedArg) {
                hints.push(did_you_mean(m, &s));
            }
            // clap's tips, in English, of two shapes: "'herald build --force' exists" and
            // "to pass '-x' as a value, use '-- -x'".
            for tip in context_list(error, ContextKind::Suggested) {
                if let Some(exists) = tip
                    .strip_prefix('\'')
                    .and_then(|t| t.strip_suffix("' exists"))
                {
                    hints.push(did_you_mean(m, exists));
                } else if tip.contains(" -- ") {
                    hints.push(word("cli-escape", &[("value", &arg)]));
                }
            }
            word("cli-error-argument", &[("command", path), ("value", &arg)])
        }
        ErrorKind::InvalidValue if value.is_empty() => {
            word("cli-error-value-missing", &[("option", &arg)])
        }
        ErrorKind::InvalidValue => {
            for s in context_list(error, ContextKind::SuggestedValue) {
                hints.push(did_you_mean(m, &s));
            }
            let values = context_list(error, ContextKind::ValidValue);
            if !values.is_empty() {
                hints.push(word(
                    "cli-error-value-list",
                    &[("values", &values.join(", "))],
                ));
            }
            word(
                "cli-error-value-invalid",
                &[("value", &value), ("option", &arg)],
            )
        }
        ErrorKind::ValueValidation => {
            let long = arg.split([' ', '=']).next().unwrap_or("");
            // `--lang`'s own parser words its refusal already; the others are the standard
            // library's number and address parsers, whose words are English.
            let reason = match long {
                "--lang" => std::error::Error::source(error).map(|s| s.to_string()),
                "--port" => Some(m.text("cli-expect-port")),
                "--timeout" | "--concurrency" => Some(m.text("cli-expect-whole")),
                "--max-picture-mb" => Some(m.text("cli-expect-number")),
                "--bind" => Some(m.text("cli-expect-address")),
                _ => None,
            };
            hints.extend(reason);
            word(
                "cli-error-value-wrong",
                &[("value", &value), ("option", &arg)],
            )
        }
        ErrorKind::MissingSubcommand => {
            hints.push(commands_hint(cmd, m));
            word("cli-error-subcommand-missing", &[("command", path)])
        }
        ErrorKind::MissingRequiredArgument => {
            word("cli-error-missing", &[("command", path), ("what", &arg)])
        }
        ErrorKind::ArgumentConflict => {
            let prior = context(error, ContextKind::PriorArg).unwrap_or_default();
            if prior.is_empty() || prior == arg {
                word("cli-error-twice", &[("option", &arg)])
            } else {
                word("cli-error-conflict", &[("option", &arg), ("other", &prior)])
            }
        }
        ErrorKind::TooManyValues => word(
            "cli-error-value-extra",
            &[("option", &arg), ("value", &value)],
        ),
        // The rest cannot happen with herald's options; clap's own words as a last resort.
        other => word(
            "cli-error-other",
            &[("detail", other.as_str().unwrap_or("?"))],
        ),
    };
    (message, hints)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        std::iter::once("herald")
            .chain(words.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn lang_is_taken_from_anywhere_before_a_double_dash() {
        let taken = |words: &[&str]| take_lang(&args(words));
        assert_eq!(
            taken(&["--lang", "lv", "build"]),
            (Some(Lang::Lv), args(&["build"]))
        );
        assert_eq!(
            taken(&["help", "build", "--lang=lt"]),
            (Some(Lang::Lt), args(&["help", "build"]))
        );
        // Left for clap to refuse, or to read as a value.
        let kept = ["build", "--lang", "de"];
        assert_eq!(taken(&kept), (None, args(&kept)));
        let kept = ["new", "--", "--lang", "lv"];
        assert_eq!(taken(&kept), (None, args(&kept)));
        assert_eq!(
            taken(&["build", "--lang"]),
            (None, args(&["build", "--lang"]))
        );
    }
}
