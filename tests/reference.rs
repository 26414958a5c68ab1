//! The reference in `docs/reference/` against the program: every key `herald schema` knows is in
//! the key tables of `site-yaml.md` and `front-matter.md` (and no table names a key herald does
//! not read), and every command and option of `herald --help` is in `cli.md` (and no option
//! table names one herald does not have). A key or a flag added to the code without its line in
//! the reference fails here.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn herald(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "herald {args:?} failed");
    String::from_utf8(out.stdout).unwrap()
}

fn reference(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/reference")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The dotted keys a JSON schema allows (`project.partners.name`), `$ref`s and `anyOf`s followed.
fn schema_keys(schema: &Value) -> BTreeSet<String> {
    fn walk(node: &Value, defs: &Value, prefix: &str, keys: &mut BTreeSet<String>, depth: usize) {
        if depth > 12 {
            return;
        }
        let mut node = node;
        while let Some(r) = node.get("$ref").and_then(Value::as_str) {
            node = &defs[r.rsplit('/').next().unwrap()];
        }
        for alt in ["anyOf", "oneOf", "allOf"] {
            for n in node
                .get(alt)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                walk(n, defs, prefix, keys, depth + 1);
            }
        }
        if let Some(items) = node.get("items").filter(|i| i.is_object()) {
            walk(items, defs, prefix, keys, depth + 1);
        }
        for (k, v) in node
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let key = if prefix.is_empty() {
                k.clone()
            } else {
                format!("{prefix}.{k}")
            };
            walk(v, defs, &key, keys, depth + 1);
            keys.insert(key);
        }
    }
    let mut keys = BTreeSet::new();
    walk(schema, &schema["$defs"], "", &mut keys, 0);
    keys
}

/// The keys named (in backticks) in the first cell of the tables whose header is `header`.
fn table_keys(text: &str, header: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut inside = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with(header) {
            inside = true;
        } else if !line.starts_with('|') {
            inside = false;
        } else if inside && !line.starts_with("| ---") {
            let first = line.split('|').nth(1).unwrap_or("");
            keys.extend(first.split('`').skip(1).step_by(2).map(str::to_string));
        }
    }
    keys
}

fn compare(what: &str, code: &BTreeSet<String>, documented: &BTreeSet<String>, file: &str) {
    let missing: Vec<_> = code.difference(documented).collect();
    let extra: Vec<_> = documented.difference(code).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{file}: {what} keys herald reads but the reference does not list: {missing:?}; \
         listed but not read by herald: {extra:?}"
    );
}

#[test]
fn every_site_yaml_key_is_in_the_reference() {
    let schema: Value = serde_json::from_str(&herald(&["schema", "site"])).unwrap();
    let keys = schema_keys(&schema);
    assert!(keys.contains("project.partners.name") && keys.len() > 40);
    let doc = table_keys(&reference("site-yaml.md"), "| key | meaning |");
    compare("site.yaml", &keys, &doc, "docs/reference/site-yaml.md");
}

#[test]
fn every_front_matter_key_is_in_the_reference() {
    let text = reference("front-matter.md");
    let page: Value = serde_json::from_str(&herald(&["schema", "page"])).unwrap();
    let keys = schema_keys(&page);
    assert!(keys.contains("gallery.alt") && keys.contains("translate"));
    let doc = table_keys(&text, "| key | meaning |");
    compare(
        "front-matter",
        &keys,
        &doc,
        "docs/reference/front-matter.md",
    );

    let section: Value = serde_json::from_str(&herald(&["schema", "section"])).unwrap();
    let doc = table_keys(&text, "| section key | meaning |");
    compare(
        "section",
        &schema_keys(&section),
        &doc,
        "docs/reference/front-matter.md",
    );
}

/// The subcommands `herald --help` lists (without `help`).
fn commands() -> Vec<String> {
    let help = herald(&["--help"]);
    let list = help.split("Commands:").nth(1).expect("a Commands: list");
    list.lines()
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|c| c != "help")
        .collect()
}

/// The long options of `herald <command> --help` (without `--help`).
fn options(command: &str) -> BTreeSet<String> {
    long_options(&herald(&[command, "--help"]))
}

/// The options every command takes (`--lang`): `herald --help`'s, but `--version`.
fn global_options() -> BTreeSet<String> {
    let mut all = long_options(&herald(&["--help"]));
    all.remove("version");
    all
}

/// The long options a `--help` text lists (without `--help`).
fn long_options(help: &str) -> BTreeSet<String> {
    help.lines()
        .filter_map(|l| {
            let l = l.trim_start();
            let l = l
                .strip_prefix("-")
                .and_then(|r| r.split_once(", "))
                .map_or(l, |(_, r)| r);
            l.strip_prefix("--")
                .map(|r| r.split([' ', '=']).next().unwrap().to_string())
        })
        .filter(|o| o != "help")
        .collect()
}

/// The text of cli.md's `### \`herald <command>` section.
fn cli_section<'a>(cli: &'a str, command: &str) -> &'a str {
    let start = cli
        .find(&format!("### `herald {command}"))
        .unwrap_or_else(|| panic!("docs/reference/cli.md has no section `### `herald {command}`"));
    let rest = &cli[start + 4..];
    let end = rest
        .find("\n## ")
        .into_iter()
        .chain(rest.find("\n### "))
        .min()
        .unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn every_command_and_option_is_in_the_reference() {
    let cli = reference("cli.md");
    let commands = commands();
    assert!(commands.len() >= 8, "{commands:?}");
    // The options of every command are described once, above the commands' sections.
    let global = global_options();
    let overview = &cli[..cli.find("\n### ").unwrap_or(cli.len())];
    for option in &global {
        assert!(
            overview.contains(&format!("`--{option}")),
            "docs/reference/cli.md: `herald --{option}` is not described before the commands"
        );
    }
    for command in &commands {
        let section = cli_section(&cli, command);
        let code: BTreeSet<String> = options(command).difference(&global).cloned().collect();
        for option in &code {
            assert!(
                section.contains(&format!("`--{option}")),
                "docs/reference/cli.md: `herald {command} --{option}` is not described in its section"
            );
        }
        // The option tables name no option herald does not have.
        let documented: BTreeSet<String> = table_keys(section, "| option |")
            .into_iter()
            .filter_map(|k| {
                k.strip_prefix("--")
                    .map(|o| o.split(' ').next().unwrap().to_string())
            })
            .collect();
        let extra: Vec<_> = documented.difference(&code).collect();
        assert!(
            extra.is_empty(),
            "docs/reference/cli.md: `herald {command}` has no options {extra:?}"
        );
    }
    // The overview names every command.
    for command in &commands {
        assert!(
            cli.contains(&format!("\nherald {command}")),
            "overview: {command}"
        );
    }
}
