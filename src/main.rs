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
    /// Preview the site with live reload: builds into memory (drafts included), serves it on
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
        Command::Serve {
            root,
            port,
            bind,
            open,
        } => herald::cmd::serve::run(herald::cmd::serve::Args {
            root,
            port,
            bind,
            open,
        }),
    };
    std::process::exit(code);
}
