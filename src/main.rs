//! The `herald` command line.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "herald",
    version,
    about = "Bilingual static sites for EU cross-border projects, with the mandatory EU publicity texts"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
    },
}

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Build {
            root,
            out,
            base_url,
            drafts,
        } => herald::cmd::build::run(herald::cmd::build::Args {
            root,
            out,
            base_url,
            drafts,
        }),
    };
    std::process::exit(code);
}
