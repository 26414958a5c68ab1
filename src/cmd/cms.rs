//! `herald cms`: writes the browser editor's configuration (see `cms`).

use std::path::Path;

pub fn run(root: &Path) -> i32 {
    match crate::cms::write_admin(root) {
        Ok(w) => {
            println!("Wrote {}", w.config.display());
            if w.page_written {
                println!("Wrote {}", w.page.display());
            } else {
                println!(
                    "Kept {} (yours; delete it to get herald's)",
                    w.page.display()
                );
            }
            println!("Edit the site in a browser: run `herald serve` and open its address with /admin/ at the end.");
            0
        }
        Err(failure) => {
            eprint!("{}", crate::cmd::check::human(&failure.0, false));
            1
        }
    }
}
