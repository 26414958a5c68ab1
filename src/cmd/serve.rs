//! `herald serve`: live preview with reload on save (see `serve`).

use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

pub struct Args {
    pub root: PathBuf,
    pub port: u16,
    pub bind: IpAddr,
    pub open: bool,
    pub cms_on_network: bool,
}

pub fn run(args: Args) -> i32 {
    let on_network = !args.bind.is_loopback();
    if on_network && args.cms_on_network {
        eprintln!("warning: the editor at /admin/ can save files and --bind {} lets other machines reach it; anyone on this network who learns its address can change the site. Use it only on a network you trust.", args.bind);
    } else if on_network {
        eprintln!("note: the editor at /admin/ is off because --bind {} is reachable from other machines (add --cms-on-network to turn it on anyway)", args.bind);
    }
    crate::serve::run(crate::serve::ServeOptions {
        cms: !on_network || args.cms_on_network,
        root: args.root,
        bind: args.bind,
        port: args.port,
        open: args.open,
        debounce: Duration::from_millis(20),
    })
}
