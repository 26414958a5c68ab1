//! `herald serve`: live preview with reload on save (see `serve`).

use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

pub struct Args {
    pub root: PathBuf,
    pub port: u16,
    pub bind: IpAddr,
    pub open: bool,
}

pub fn run(args: Args) -> i32 {
    crate::serve::run(crate::serve::ServeOptions {
        root: args.root,
        bind: args.bind,
        port: args.port,
        open: args.open,
        debounce: Duration::from_millis(20),
    })
}
