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
    let bind = args.bind.to_string();
    if on_network && args.cms_on_network {
        let warning = crate::tr!("serve-cms-on-network", bind = bind);
        eprintln!("{}", crate::diagnostics::Diagnostic::warning(warning));
    } else if on_network {
        let note = crate::tr!("serve-cms-off", bind = bind);
        eprintln!("{}: {note}", crate::tr!("label-note"));
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
