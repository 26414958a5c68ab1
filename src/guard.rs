//! Runs a dependency's code on user input (decoding a picture, typesetting a PDF) so that a
//! panic inside it becomes an error herald can name a file in, instead of a crash with a
//! backtrace. Owns the process's panic hook: panics inside [`catch`] (or on the PDF engine's
//! threads, which only run guarded work) are kept quiet and handed back as text; any other
//! panic is printed as before.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Mutex, Once};

thread_local! {
    /// Set while this thread runs guarded code.
    static GUARDED: Cell<bool> = const { Cell::new(false) };
    /// The message of the last quiet panic on this thread.
    static LAST: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Threads whose name starts with this run only guarded work (a dependency may panic on one of
/// its helper threads, where [`catch`]'s flag is not set).
pub const QUIET_THREADS: &str = "herald-pdf-";

static HOOK: Once = Once::new();
/// The message of a quiet panic on a helper thread, for the [`catch`] that receives it.
static ELSEWHERE: Mutex<Option<String>> = Mutex::new(None);

fn install_hook() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let on_quiet_thread = std::thread::current()
                .name()
                .is_some_and(|n| n.starts_with(QUIET_THREADS));
            if !GUARDED.with(Cell::get) && !on_quiet_thread {
                previous(info);
                return;
            }
            let text = payload_text(info.payload());
            if GUARDED.with(Cell::get) {
                LAST.with(|l| *l.borrow_mut() = Some(text));
            } else {
                *ELSEWHERE.lock().unwrap_or_else(|e| e.into_inner()) = Some(text);
            }
        }));
    });
}

/// The panic's message, cut to a line (it can quote the whole input).
fn payload_text(payload: &(dyn std::any::Any + Send)) -> String {
    const MAX: usize = 80;
    let full = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown failure".into());
    let line = full.lines().next().unwrap_or_default();
    match line.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line.to_string(),
    }
}

/// Runs `f`; a panic inside it is returned as `Err(what the dependency said)`, and nothing is
/// printed.
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_hook();
    let was = GUARDED.with(|g| g.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(was));
    result.map_err(|payload| {
        LAST.with(|l| l.borrow_mut().take())
            .or_else(|| ELSEWHERE.lock().unwrap_or_else(|e| e.into_inner()).take())
            .unwrap_or_else(|| payload_text(payload.as_ref()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_with_its_message() {
        let r: Result<(), String> = catch(|| panic!("index out of bounds"));
        let e = r.unwrap_err();
        assert!(e.contains("index out of bounds"), "{e}");
        assert_eq!(catch(|| 7), Ok(7));
    }
}
