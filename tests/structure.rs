//! The module structure stays as `src/lib.rs` documents it: its module doc lists the stages in
//! order, each with its modules in order, and this test reads every `crate::…` path in `src/`
//! (grouped `use crate::{a, b}` included, test modules and comments left out) and fails on
//! every import that goes against that order, naming the file and the arrow. A module may use
//! the modules of earlier stages, and those listed before it in its own stage.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Module -> (stage number, position in the stage), read from the `N. **stage**:` lines of
/// `src/lib.rs`'s module doc.
fn documented_order(lib: &str) -> BTreeMap<String, (usize, usize)> {
    let mut order = BTreeMap::new();
    for line in lib.lines().filter_map(|l| l.strip_prefix("//! ")) {
        let Some((number, rest)) = line.split_once(". **") else {
            continue;
        };
        let Ok(stage) = number.trim().parse::<usize>() else {
            continue;
        };
        let Some((_, modules)) = rest.split_once("**:") else {
            continue;
        };
        let modules = modules.split(" — ").next().unwrap_or("");
        for (i, name) in modules.split('`').skip(1).step_by(2).enumerate() {
            let old = order.insert(name.to_string(), (stage, i));
            assert!(old.is_none(), "src/lib.rs lists `{name}` twice");
        }
    }
    order
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file of `src/` belongs to (`render/pages.rs` -> `render`).
fn module_of(rel: &Path) -> String {
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The source without comments and without `#[cfg(test)]` modules (tests may use anything).
fn code_only(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") {
            skip_item(&mut lines);
            continue;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        out.push_str(line.split(" // ").next().unwrap_or(line));
        out.push('\n');
    }
    out
}

/// Skips the item after a `#[cfg(test)]`: to its matching closing brace, or its `;`.
fn skip_item<'a>(lines: &mut impl Iterator<Item = &'a str>) {
    let mut depth = 0i32;
    let mut opened = false;
    for line in lines {
        for c in line.chars() {
            match c {
                '{' => {
                    depth += 1;
                    opened = true;
                }
                '}' => depth -= 1,
                _ => {}
            }
        }
        if (opened && depth <= 0) || (!opened && line.trim_end().ends_with(';')) {
            return;
        }
    }
}

/// Every module named by a `crate::x` or `crate::{x, y::z}` path in `code`.
fn imported_modules(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            found.extend(group_heads(group));
        } else if !is_macro_call(rest) {
            // `crate::tr!(…)` is a macro of the crate's root (exported by `messages`), no module.
            found.insert(ident(rest));
        }
    }
    found.retain(|m| !m.is_empty() && m != "self");
    found
}

/// The first name of each path of a `{…}` group, up to its closing brace.
fn group_heads(group: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut at_start = true;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => at_start = true,
            c if at_start && !c.is_whitespace() => {
                heads.push(ident(&group[i..]));
                at_start = false;
            }
            _ => {}
        }
    }
    heads
}

fn is_macro_call(rest: &str) -> bool {
    rest[ident(rest).len()..].starts_with('!')
}

fn ident(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// Every import of `src` that goes against `order`, as `file: from -> to (why)`.
fn backward_imports(src: &Path, order: &BTreeMap<String, (usize, usize)>) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut wrong = Vec::new();
    for file in files {
        let rel = file.strip_prefix(src).unwrap();
        let from = module_of(rel);
        if from == "lib" || from == "main" {
            continue;
        }
        let shown = format!("src/{}", rel.to_string_lossy().replace('\\', "/"));
        let Some(&(stage, pos)) = order.get(&from) else {
            wrong.push(format!(
                "{shown}: module `{from}` is not in the stages of src/lib.rs"
            ));
            continue;
        };
        let text = std::fs::read_to_string(&file).unwrap();
        for to in imported_modules(&code_only(&text)) {
            if to == from {
                continue;
            }
            match order.get(&to) {
                None => wrong.push(format!(
                    "{shown}: {from} -> {to}, a module not in the stages of src/lib.rs"
                )),
                Some(&(s, p)) if s > stage || (s == stage && p > pos) => wrong.push(format!(
                    "{shown}: {from} -> {to} goes against the order of src/lib.rs \
                     ({from} is in stage {stage}, {to} in stage {s}{})",
                    if s == stage { ", listed after it" } else { "" }
                )),
                Some(_) => {}
            }
        }
    }
    wrong
}

#[test]
fn imports_follow_the_documented_stages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lib = std::fs::read_to_string(root.join("src/lib.rs")).unwrap();
    let order = documented_order(&lib);
    assert!(order.len() > 10, "src/lib.rs lists no stages: {order:?}");
    for m in order.keys() {
        let exists = root.join(format!("src/{m}.rs")).is_file()
            || root.join(format!("src/{m}/mod.rs")).is_file();
        assert!(
            exists,
            "src/lib.rs lists `{m}`, which is not a module of src/"
        );
    }
    let wrong = backward_imports(&root.join("src"), &order);
    assert!(
        wrong.is_empty(),
        "imports against the stages documented in src/lib.rs (move the shared item to an \
         earlier module, or the module to a later stage):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_reader_sees_grouped_and_nested_paths_and_skips_tests() {
    let code = code_only(
        "use crate::{a, b::{C, d}, self};\n\
         // crate::commented\n\
         fn f() { crate::e::g(); }\n\
         #[cfg(test)]\nmod tests {\n    use crate::t;\n    fn x() { if true { crate::u(); } }\n}\n\
         fn h() { crate::i::j }\n",
    );
    let found: Vec<String> = imported_modules(&code).into_iter().collect();
    assert_eq!(found, ["a", "b", "e", "i"]);
}

#[test]
fn a_backward_import_is_named_with_its_file_and_arrow() {
    let dir = std::env::temp_dir().join(format!("herald-structure-{}", std::process::id()));
    let src = dir.join("src");
    std::fs::create_dir_all(src.join("late")).unwrap();
    let lib = "//! 1. **first**: `early` `leaf` — a\n//! 2. **second**: `late` — b\n";
    std::fs::write(src.join("lib.rs"), lib).unwrap();
    std::fs::write(src.join("leaf.rs"), "use crate::early::X;\n").unwrap();
    std::fs::write(src.join("early.rs"), "use crate::{leaf, late::Y};\n").unwrap();
    std::fs::write(src.join("late/mod.rs"), "use crate::early;\nmod inner;\n").unwrap();
    std::fs::write(src.join("late/inner.rs"), "use crate::late::Z;\n").unwrap();
    let order = documented_order(lib);
    let wrong = backward_imports(&src, &order);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        wrong,
        [
            "src/early.rs: early -> late goes against the order of src/lib.rs \
             (early is in stage 1, late in stage 2)",
            "src/early.rs: early -> leaf goes against the order of src/lib.rs \
             (early is in stage 1, leaf in stage 1, listed after it)",
        ]
    );
}

/// Every test file of `tests/` is a module of the one test binary (`tests/suite.rs`): with
/// `autotests = false` a file left out would compile and run nowhere, silently.
#[test]
fn every_test_file_is_in_the_suite() {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let suite = std::fs::read_to_string(tests.join("suite.rs")).unwrap();
    let declared: BTreeSet<String> = suite
        .lines()
        .filter_map(|l| l.trim().strip_prefix("mod ")?.strip_suffix(';'))
        .map(str::to_string)
        .collect();
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&tests).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if let Some(module) = name.strip_suffix(".rs") {
            if module != "suite" && !declared.contains(module) {
                missing.push(name);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in tests/suite.rs (add `mod <name>;`): {missing:?}"
    );
}
