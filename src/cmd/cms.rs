//! `herald cms`: writes the browser editor's configuration (see `cms`).

use std::path::Path;

pub fn run(root: &Path) -> i32 {
    match crate::cms::write_admin(root) {
        Ok(w) => {
            let shown = |p: &Path| p.display().to_string();
            println!("{}", crate::tr!("cms-wrote", file = shown(&w.config)));
            let page = shown(&w.page);
            if w.page_written {
                println!("{}", crate::tr!("cms-wrote", file = page));
            } else {
                println!("{}", crate::tr!("cms-kept", file = page));
            }
            for file in &w.typed {
                println!("{}", crate::tr!("cms-typed", file = shown(file)));
            }
            for file in &w.untyped {
                println!("{}", crate::tr!("cms-untyped", file = shown(file)));
            }
            for p in &w.positions {
                println!(
                    "{}",
                    crate::tr!(
                        "cms-position-not-kept",
                        file = shown(&p.file),
                        image = p.image.clone(),
                        own = p.own.clone(),
                        kept = match &p.kept {
                            Some(k) => format!("`position: {k}`"),
                            None => crate::tr!("cms-position-none"),
                        }
                    )
                );
            }
            println!("{}", crate::tr!("cms-next"));
            0
        }
        Err(failure) => {
            eprint!("{}", crate::cmd::check::human(&failure.0, false));
            1
        }
    }
}
