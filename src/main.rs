//! The `herald` command line.

use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use herald::diagnostics::Diagnostic;
use herald::messages::{self, Lang};

#[derive(Parser)]
#[command(
    name = "herald",
    // The version and the commit it was built from, worded in the user's language by
    // `herald::cmd::cli::localize`.
    version,
    about = "Bilingual static sites for EU cross-border projects, with the mandatory EU publicity texts",
    long_about = "Bilingual static sites for EU cross-border projects, with the mandatory EU publicity texts.\n\nStart with `herald init my-site`, add news with `herald new \"Title\"`, check with `herald check` and publish with `herald build`."
)]
struct Cli {
    /// The language of herald's messages: lv, lt or en [default: HERALD_LANG, else the
    /// system's language, else en]. Anywhere on the line: `herald check --lang lt`.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    #[allow(dead_code)] // taken off the line before clap: `herald::cmd::cli::take_lang`
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

/// `--lang`'s value. It is read before the language is chosen, so its own complaint is worded
/// in the language HERALD_LANG or the system would give.
fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_locale(s).ok_or_else(|| {
        let lang = Lang::choose(None, |name| std::env::var(name).ok(), system_language())
            .unwrap_or_else(|(_, lang)| lang);
        let m = messages::Messages::new(lang);
        let value = [("value", s.to_string().into())];
        // `init --lang lv,lt` named the site's languages before `--languages` did.
        if s.contains(',') {
            m.format("cli-lang-list", &value)
        } else {
            m.format("cli-lang-unknown", &value)
        }
    })
}

/// A number of 0 or more as Latvians and Lithuanians write it too: `2,5` as well as `2.5`.
/// clap's complaint about it is worded by `herald::cmd::cli`.
fn parse_decimal(s: &str) -> Result<f64, String> {
    s.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && *n >= 0.0)
        .ok_or_else(|| herald::tr!("cli-expect-number"))
}

/// The user's interface language where the system keeps it apart from the environment.
#[cfg(windows)]
fn system_language() -> Option<String> {
    sys_locale::get_locale()
}

#[cfg(not(windows))]
fn system_language() -> Option<String> {
    None
}

/// Chooses the language of the messages once, before anything is printed.
fn choose_language(flag: Option<Lang>) {
    match Lang::choose(flag, |name| std::env::var(name).ok(), system_language()) {
        Ok(lang) => messages::set(lang),
        Err((asked, lang)) => {
            messages::set(lang);
            let warning = Diagnostic::warning(herald::tr!(
                "lang-unknown",
                value = asked,
                known = "lv, lt, en"
            ))
            .with_hint(herald::tr!("lang-unknown-hint"));
            eprintln!("{warning}");
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into public/ (or --out).
    Build {
        /// The site folder (holding site.yaml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site [default: <root>/public].
        #[arg(long)]
        out: Option<PathBuf>,
        /// Override site.yaml's base_url (e.g. for a preview deploy).
        #[arg(long)]
        base_url: Option<String>,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Publish news items dated in the future now (without it they wait for their day).
        #[arg(long)]
        future: bool,
        /// Build even when nothing changed since the last build into the same folder.
        #[arg(long)]
        force: bool,
    },
    /// Write the browser editor's configuration: static/admin/config.yml (from site.yaml and
    /// content/; your settings above its herald line are kept) and, when absent,
    /// static/admin/index.html. `herald serve` then edits the site at <address>/admin/.
    Cms {
        /// The site folder (holding site.yaml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Preview the site with live reload: builds into memory (drafts and news dated in the future included), serves it on
    /// 127.0.0.1 and rebuilds on every save.
    Serve {
        /// The site folder (holding site.yaml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Port to listen on; the next free one is taken if it is busy (0: any free port).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Address to listen on; 0.0.0.0 to preview from a phone on the same network.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Let the browser editor (/admin/) save files even though --bind is not a loopback
        /// address: anyone who can reach this machine and learns the session's address could.
        #[arg(long)]
        cms_on_network: bool,
    },
    /// Check the site without writing it: everything build checks, plus links, anchors,
    /// translations, EU publicity texts, pictures and content.
    ///
    /// Exit status: 0 when clean (warnings allowed), 1 when errors were found (or warnings with
    /// --strict), 2 when the site cannot be read at all.
    Check {
        /// The site folder (holding site.yaml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// How to print the findings.
        #[arg(long, value_enum, default_value = "human")]
        format: herald::cmd::check::Format,
        /// Fail (exit 1) on warnings too.
        #[arg(long)]
        strict: bool,
        /// Also check web addresses outside the site (needs the internet).
        #[arg(long)]
        external: bool,
        /// With --external: seconds to wait for each address.
        #[arg(long, default_value_t = 10, value_name = "SECONDS")]
        timeout: u64,
        /// With --external: how many addresses to ask at once.
        #[arg(long, default_value_t = 8, value_name = "N")]
        concurrency: usize,
        /// Warn about pictures heavier than this many megabytes.
        #[arg(long, default_value_t = 10.0, value_name = "MB", value_parser = parse_decimal)]
        max_picture_mb: f64,
        /// Do not report this check (code or name, e.g. H040 or missing-translation); repeatable.
        #[arg(long, value_name = "CODE")]
        allow: Vec<String>,
        /// Check the site as built with this base_url.
        #[arg(long)]
        base_url: Option<String>,
        /// Also check pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
    },
    /// Create a new site in DIR: a commented site.yaml and one example news item per language.
    ///
    /// DIR must be empty or not exist yet. The theme and the texts come from herald itself.
    Init {
        /// The folder of the new site.
        dir: PathBuf,
        /// The site's languages, the default first.
        #[arg(long, value_delimiter = ',', default_value = "lv,lt")]
        languages: Vec<String>,
        /// Also set up the browser editor (static/admin/, as `herald cms` does).
        #[arg(long)]
        cms: bool,
    },
    /// Create a news item or page in every language: `herald new "Title"` (a news item) or
    /// `herald new news/kick-off` (a path below content/; `/about` for a top-level page).
    ///
    /// Prints the paths of the files it made; never overwrites a file.
    New {
        /// A title (a news item in content/news/, as a page bundle), or a path below content/
        /// when it contains `/`.
        what: String,
        /// The languages to create [default: all of the site's].
        #[arg(long, value_delimiter = ',')]
        languages: Option<Vec<String>>,
        /// Make a page bundle: a folder with index.<lang>.md, for pictures next to the text.
        #[arg(long)]
        bundle: bool,
        /// The title, when `what` is a path [default: made from the name].
        #[arg(long)]
        title: Option<String>,
        /// The site folder (holding site.yaml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Print the JSON Schema of site.yaml, of a page's front matter or of a section's
    /// `_index` front matter, for editors that check YAML as you type.
    Schema {
        #[arg(value_enum)]
        what: herald::cmd::schema::Which,
    },
    /// Say what a code of `herald check` means and how to fix it: `herald explain H012` or
    /// `herald explain missing-alt`; `--all` for every code.
    Explain {
        /// A code (H012) or its name (missing-alt).
        what: Option<String>,
        /// Explain every code.
        #[arg(long)]
        all: bool,
        /// `markdown`, with --all: the table of codes for the documentation.
        #[arg(long, value_enum, default_value = "text")]
        format: herald::cmd::explain::Format,
    },
    /// Print a shell completion script.
    ///
    /// e.g. `herald completions bash > ~/.local/share/bash-completion/completions/herald`
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// The line typed, read by clap with its texts in the chosen language: `--lang` is looked for
/// before clap runs, so `--help` and the complaints about the line speak it too.
fn parse() -> Cli {
    let line: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let (lang, args) = herald::cmd::cli::take_lang(&line);
    choose_language(lang);
    let m = messages::get();
    let cmd = herald::cmd::cli::localize(Cli::command(), m);
    let error = match cmd.clone().try_get_matches_from(&args) {
        Ok(matches) => match Cli::from_arg_matches(&matches) {
            Ok(cli) => return cli,
            Err(e) => e,
        },
        Err(e) => e,
    };
    match herald::cmd::cli::complaint(&error, &cmd, &args, m) {
        Some(complaint) => {
            eprintln!("{complaint}");
            std::process::exit(error.exit_code());
        }
        // The help or the version asked for, printed by clap with our texts.
        None => error.exit(),
    }
}

fn main() {
    let cli = parse();
    let code = match cli.command {
        Command::Build {
            root,
            out,
            base_url,
            drafts,
            future,
            force,
        } => herald::cmd::build::run(herald::cmd::build::Args {
            root,
            out,
            base_url,
            drafts,
            future,
            force,
        }),
        Command::Serve {
            root,
            port,
            bind,
            open,
            cms_on_network,
        } => herald::cmd::serve::run(herald::cmd::serve::Args {
            root,
            port,
            bind,
            open,
            cms_on_network,
        }),
        Command::Cms { root } => herald::cmd::cms::run(&root),
        Command::Check {
            root,
            format,
            strict,
            external,
            timeout,
            concurrency,
            max_picture_mb,
            allow,
            base_url,
            drafts,
        } => herald::cmd::check::run(herald::cmd::check::Args {
            root,
            format,
            strict,
            external,
            timeout_secs: timeout,
            concurrency,
            max_picture_mb,
            allow,
            base_url,
            drafts,
        }),
        Command::Init {
            dir,
            languages,
            cms,
        } => herald::cmd::init::run(&dir, &languages, cms),
        Command::New {
            what,
            languages,
            bundle,
            title,
            root,
        } => herald::cmd::new::run(herald::cmd::new::Args {
            root,
            what,
            langs: languages,
            bundle,
            title,
        }),
        Command::Schema { what } => herald::cmd::schema::run(what),
        Command::Explain { what, all, format } => {
            herald::cmd::explain::run(what.as_deref(), all, format, messages::get())
        }
        Command::Completions { shell } => {
            // The descriptions zsh, fish and PowerShell show, in the chosen language.
            let mut cmd = herald::cmd::cli::localize(Cli::command(), messages::get());
            clap_complete::generate(shell, &mut cmd, "herald", &mut std::io::stdout());
            0
        }
    };
    std::process::exit(code);
}
