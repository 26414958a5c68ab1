//! The lines herald prints besides its findings (`build`'s summary, `init`, `new`, `cms`,
//! `check`'s summary, `serve`'s terminal lines and its error overlay) speak the chosen language:
//! run in Lithuanian and Latvian, with `--lang` before or after the command, no line is English.
//! A source guard keeps the commands from printing English literals again.

use crate::common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Words of herald's English lines that Latvian and Lithuanian never use.
const ENGLISH: &[&str] = &[
    // Not "to" nor "no": Latvian words too.
    "the",
    "is",
    "are",
    "not",
    "and",
    "with",
    "from",
    "into",
    "in",
    "of",
    "Built",
    "built",
    "page",
    "pages",
    "file",
    "files",
    "Serving",
    "Listening",
    "Created",
    "Wrote",
    "Kept",
    "Next",
    "Nothing",
    "changed",
    "Rebuilt",
    "Pictures",
    "Scheduled",
    "error",
    "warning",
    "hint",
    "note",
    "cannot",
    "already",
    "exists",
    "failed",
    "site",
    "folder",
    "edit",
    "run",
    "Edit",
    "Stopped",
    // clap's own: `--help`'s headings and texts, and its complaints about the line.
    "The",
    "Usage",
    "Commands",
    "Options",
    "Arguments",
    "OPTIONS",
    "COMMAND",
    "Print",
    "Build",
    "Check",
    "Create",
    "possible",
    "values",
    "default",
    "unexpected",
    "unrecognized",
    "subcommand",
    "argument",
    "invalid",
    "required",
    "supplied",
    "information",
    "try",
    "tip",
    "similar",
    "usage",
    "needs",
    "takes",
    "write",
];

/// The English words of a line, leaving out what is not worded: commands and keys between
/// backticks, paths, file names, options and addresses.
fn english_words(line: &str) -> Vec<String> {
    let mut worded = String::new();
    for (i, part) in line.split('`').enumerate() {
        if i % 2 == 0 {
            worded.push_str(part);
            worded.push(' ');
        }
    }
    worded
        .split_whitespace()
        .filter(|t| !t.contains(['/', '.', '\\', '=', '_']) && !t.starts_with('-'))
        .flat_map(|t| t.split(|c: char| !c.is_alphabetic()))
        .filter(|w| ENGLISH.contains(w))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_english_finder_finds_english() {
    assert_eq!(
        english_words("Built 2 languages (lv, lt): 12 pages -> public"),
        ["Built", "pages"]
    );
    assert!(english_words("Vietne uzbūvēta 2 valodās (lv, lt): 12 lapas -> ./public").is_empty());
    assert!(
        english_words("palaidiet `herald check --root the-site` un content/the/x.md").is_empty()
    );
    assert_eq!(english_words("kļūda: the picture"), ["the"]);
}

/// Every line of stdout and stderr with an English word, named with the command.
fn english_lines(args: &[&str], out: &Output) -> Vec<String> {
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    text.lines()
        .filter(|l| !english_words(l).is_empty())
        .map(|l| format!("herald {}: {l}", args.join(" ")))
        .collect()
}

/// The binary in `dir`, with no language variable of the machine's.
fn herald(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_herald"));
    for var in ["HERALD_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(var);
    }
    let out = cmd.current_dir(dir).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "herald panicked:\n{stderr}");
    out
}

/// `args` with `--lang <lang>` before the command (`before`) or at the end.
fn with_lang(lang: &str, before: bool, args: &[&str]) -> Vec<String> {
    let mut all: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    if before {
        all.splice(0..0, ["--lang".to_string(), lang.to_string()]);
    } else {
        all.extend(["--lang".to_string(), lang.to_string()]);
    }
    all
}

/// A session of a new user: a site, an item, two builds, a check, the editor, and the usual
/// mistakes (a folder not empty, an item that exists, a language the site has not, an item
/// without a date). Returns the output of each command and the lines in English.
fn session(lang: &str, before: bool) -> (Vec<(String, Output)>, Vec<String>) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let steps: &[&[&str]] = &[
        &["init", "vietne"],
        &["init", "vietne"],
        &["new", "Konferencija", "--root", "vietne"],
        &["new", "Konferencija", "--root", "vietne"],
        &["new", "Kita", "--languages", "de", "--root", "vietne"],
        &["new", "!!!", "--root", "vietne"],
        &["build", "--root", "vietne"],
        &["build", "--root", "vietne"],
        &["check", "--root", "vietne"],
        &["cms", "--root", "vietne"],
    ];
    let mut outputs = Vec::new();
    let mut english = Vec::new();
    let mut run = |args: &[&str]| {
        let args = with_lang(lang, before, args);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = herald(dir, &args);
        english.extend(english_lines(&args, &out));
        outputs.push((args.join(" "), out));
    };
    for step in steps {
        run(step);
    }
    // A translation without its date: the build fails.
    std::fs::write(
        dir.join("vietne/content/news/be-datos.lt.md"),
        "---\ntitle: Be datos\n---\nTekstas.\n",
    )
    .unwrap();
    run(&["build", "--root", "vietne"]);
    (outputs, english)
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn a_session_in_lithuanian_prints_no_english_line() {
    let (outputs, english) = session("lt", true);
    assert!(english.is_empty(), "English lines:\n{}", english.join("\n"));
    let said = |i: usize, words: &str| {
        let t = text(&outputs[i].1);
        assert!(t.contains(words), "{}:\n{t}", outputs[i].0);
    };
    said(0, "Svetainė sukurta aplanke vietne.");
    said(1, "klaida: vietne nėra tuščias");
    said(3, "jau yra; herald new niekada neperrašo failo");
    said(4, "`de` nėra svetainės kalba (svetainės kalbos: lv, lt)");
    said(6, "Svetainė sukurta 2 kalbomis (lv, lt) per ");
    said(7, "Nuo paskutinio kūrimo niekas nepasikeitė");
    said(8, "įspėjimų (H080 placeholder");
    said(9, "Redaguokite svetainę naršyklėje");
    said(10, "Kūrimas nepavyko (1 klaida)");
    // The seconds are written with a decimal comma.
    let built = text(&outputs[6].1);
    assert!(
        built
            .split(" per ")
            .nth(1)
            .is_some_and(|s| s.split(' ').next().is_some_and(|n| n.contains(','))),
        "{built}"
    );
    assert_eq!(outputs[1].1.status.code(), Some(1));
    assert_eq!(outputs[10].1.status.code(), Some(1));
}

#[test]
fn a_session_in_latvian_with_lang_after_the_command_prints_no_english_line() {
    let (outputs, english) = session("lv", false);
    assert!(english.is_empty(), "English lines:\n{}", english.join("\n"));
    let said = |i: usize, words: &str| {
        let t = text(&outputs[i].1);
        assert!(t.contains(words), "{}:\n{t}", outputs[i].0);
    };
    said(
        0,
        "Vietne izveidota mapē vietne. Tālāk aizpildiet site.yaml",
    );
    said(1, "padoms: izvēlieties jaunas mapes nosaukumu");
    said(5, "nevar izveidot faila nosaukumu");
    said(6, "Vietne uzbūvēta 2 valodās (lv, lt) ");
    said(8, "(H080 placeholder");
    said(9, "Ierakstīts ");
    said(10, "Būvēšana neizdevās (1 kļūda)");
    // The example texts address the reader formally.
    let tmp = tempfile::tempdir().unwrap();
    herald(tmp.path(), &["init", "s", "--lang", "lv"]);
    herald(tmp.path(), &["new", "Ziņa", "--root", "s", "--lang", "lv"]);
    let first = std::fs::read_to_string(
        tmp.path()
            .join("s/content/news/project-started/index.lv.md"),
    )
    .unwrap();
    assert!(first.contains("Aizstājiet šo tekstu ar savu vai izdzēsiet šo mapi."));
    let new = std::fs::read_to_string(tmp.path().join("s/content/news/zina/index.lv.md")).unwrap();
    assert!(new.contains("Šeit rakstiet tekstu."), "{new}");
    assert!(
        new.contains("# Galerija: ielieciet attēlus blakus šim failam"),
        "{new}"
    );
    let translation =
        std::fs::read_to_string(tmp.path().join("s/content/news/zina/index.lt.md")).unwrap();
    assert!(
        translation.contains("# Data, viršelis ir galerija paimami iš index.lv.md."),
        "{translation}"
    );
}

#[test]
fn the_same_session_in_english_is_found_english() {
    // The finder would let English through if it found nothing here.
    let (_, english) = session("en", true);
    assert!(english.len() > 10, "{english:?}");
}

#[test]
fn init_languages_names_the_sites_languages_and_lang_anywhere_the_messages() {
    let tmp = tempfile::tempdir().unwrap();
    let out = herald(
        tmp.path(),
        &["init", "s", "--languages", "lt,lv", "--lang", "lt"],
    );
    assert!(out.status.success(), "{}", text(&out));
    let yaml = std::fs::read_to_string(tmp.path().join("s/site.yaml")).unwrap();
    assert!(yaml.contains("languages: [lt, lv]"), "{yaml}");
    assert!(text(&out).contains("Svetainė sukurta aplanke s."));
    // The site's languages written as before, with --lang: said in words, with the new name.
    let old = herald(tmp.path(), &["init", "t", "--lang", "lv,lt"]);
    assert_eq!(old.status.code(), Some(2));
    assert!(
        text(&old).contains("the languages of a new site are --languages lv,lt"),
        "{}",
        text(&old)
    );
    assert!(!tmp.path().join("t").exists());
}

/// The comments of the site.yaml `init` writes are in the chosen language: no comment line of
/// the Latvian or Lithuanian file has an English word, and the English one has them (so the
/// finder can fail). The file builds in each language.
#[test]
fn init_comments_site_yaml_in_the_chosen_language() {
    let tmp = tempfile::tempdir().unwrap();
    let comments = |lang: &str| -> Vec<String> {
        let site = format!("s-{lang}");
        let out = herald(tmp.path(), &["init", &site, "--lang", lang]);
        assert!(out.status.success(), "{}", text(&out));
        let built = herald(&tmp.path().join(&site), &["build"]);
        assert!(built.status.success(), "{}", text(&built));
        let yaml = std::fs::read_to_string(tmp.path().join(&site).join("site.yaml")).unwrap();
        yaml.lines()
            .filter_map(|l| l.trim_start().strip_prefix('#'))
            // The commented-out example values are YAML, not words.
            .filter(|l| !l.starts_with("   ") && !l.trim_start().starts_with(['-', '{']))
            .map(str::to_string)
            .collect()
    };
    for lang in ["lv", "lt"] {
        let english: Vec<String> = comments(lang)
            .into_iter()
            .filter(|l| !english_words(l).is_empty())
            .collect();
        assert!(english.is_empty(), "{lang}: {english:#?}");
    }
    let en = comments("en");
    assert!(
        en.iter().filter(|l| !english_words(l).is_empty()).count() > 10,
        "{en:#?}"
    );
}

/// `herald serve --lang lv` on `root`: the child and its stdout and stderr lines.
struct Serve {
    child: std::process::Child,
    lines: mpsc::Receiver<String>,
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve_in_latvian(root: &Path) -> Serve {
    let mut child = Command::new(env!("CARGO_BIN_EXE_herald"))
        .env_remove("HERALD_LANG")
        .env("LANG", "C")
        .args(["serve", "--port", "0", "--lang", "lv", "--root"])
        .arg(root)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, lines) = mpsc::channel();
    for pipe in [
        Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
        Box::new(child.stderr.take().unwrap()),
    ] {
        let tx = tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
    }
    Serve { child, lines }
}

/// The first line that contains `needle`, and every line before it.
fn line_with(lines: &mpsc::Receiver<String>, needle: &str) -> (String, Vec<String>) {
    let end = Instant::now() + Duration::from_secs(60);
    let mut seen = Vec::new();
    while let Ok(line) = lines.recv_timeout(end.saturating_duration_since(Instant::now())) {
        if line.contains(needle) {
            return (line, seen);
        }
        seen.push(line);
    }
    panic!("no line with {needle:?}; seen:\n{}", seen.join("\n"));
}

#[test]
fn serve_speaks_latvian_in_the_terminal_and_in_the_error_overlay() {
    let site = common::Site::fixture();
    let server = serve_in_latvian(site.root());
    let (listening, before) = line_with(&server.lines, "http://");
    assert!(
        listening.starts_with("Vietne ir redzama adresē http://127.0.0.1:"),
        "{listening}"
    );
    let url = listening
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap();
    let rest = url.strip_prefix("http://").unwrap();
    let (host, base) = rest.split_at(rest.find('/').unwrap());
    // The editor refuses a page of another name in Latvian too.
    let raw =
        format!("GET {base}admin/ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
    let (status, _, body) = common::serve::exchange(host, raw.as_bytes());
    assert_eq!(status, 403);
    let body = String::from_utf8_lossy(&body);
    assert!(
        body.starts_with("redaktors atbild tikai adresē 127.0.0.1:"),
        "{body}"
    );
    // A request that cannot be read is answered in Latvian too.
    let (status, _, body) = common::serve::exchange(host, b"NONSENSE\r\n\r\n");
    assert_eq!(status, 400);
    assert_eq!(
        String::from_utf8_lossy(&body),
        "Pieprasījumu nevar nolasīt."
    );
    // The overlay learns the error through the event stream.
    let mut events = TcpStream::connect(host).unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    write!(
        events,
        "GET {base}__herald/events HTTP/1.1\r\nHost: {host}\r\n\r\n"
    )
    .unwrap();
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}{{ page.title {% endblock main %}",
    );
    let mut stream = BufReader::new(events);
    let message = loop {
        let mut line = String::new();
        assert!(stream.read_line(&mut line).unwrap() > 0, "the stream ended");
        if let Some(data) = line.strip_prefix("data: ") {
            let v: serde_json::Value = serde_json::from_str(data).unwrap();
            if v["type"] == "error" {
                break v;
            }
        }
    };
    assert_eq!(message["title"], "herald: vietni nevar uzbūvēt");
    assert_eq!(
        message["note"],
        "Lapa rāda pēdējo veiksmīgo būvējumu. Šis ziņojums pazudīs, kad fails būs izlabots."
    );
    assert!(
        message["message"]
            .as_str()
            .unwrap()
            .contains("templates/page.html"),
        "{message}"
    );
    let (keeps, _) = line_with(&server.lines, "Priekšskatījums turpina rādīt");
    assert!(english_words(&keeps).is_empty(), "{keeps}");
    // Fixed: the rebuild is reported in Latvian.
    std::fs::remove_file(site.root().join("templates/page.html")).unwrap();
    let (rebuilt, _) = line_with(&server.lines, "Pārbūvēts");
    assert!(rebuilt.starts_with("Pārbūvēts "), "{rebuilt}");
    let english: Vec<&String> = before
        .iter()
        .chain([&listening, &rebuilt])
        .filter(|l| !english_words(l).is_empty())
        .collect();
    assert!(english.is_empty(), "{english:?}");
    // The overlay shows the words it is sent.
    let script = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/serve/livereload.js"),
    )
    .unwrap();
    assert!(script.contains("showError(msg.message, msg.title, msg.note)"));
}

/// The commands' and the preview server's source, without tests.
fn printing_sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["src/cmd", "src/serve"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                let text = text.split("#[cfg(test)]").next().unwrap().to_string();
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.push((rel, text));
            }
        }
    }
    out
}

/// The format strings of `println!`, `eprintln!`, `writeln!` and `say` calls in `code` that
/// hold a word (letters outside `{...}`).
fn worded_prints(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    for call in [
        "println!(",
        "eprintln!(",
        "print!(",
        "eprint!(",
        "writeln!(",
        "say(",
    ] {
        for (at, _) in code.match_indices(call) {
            let args = &code[at + call.len()..];
            // writeln!'s first argument is where it writes.
            let args = if call == "writeln!(" {
                args.split_once(',').map_or("", |(_, rest)| rest)
            } else {
                args
            };
            let args = args.trim_start();
            let Some(literal) = args.strip_prefix('"') else {
                continue;
            };
            let literal = literal.split('"').next().unwrap_or("");
            // `\n` is an escape, not a word.
            let bare = literal.replace("\\n", "");
            let mut depth = 0;
            let outside: String = bare
                .chars()
                .map(|c| {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    if depth == 0 {
                        c
                    } else {
                        ' '
                    }
                })
                .collect();
            // A word has two letters or more (`H071` in `{label}[H071]` is a code).
            let worded = outside
                .split(|c: char| !c.is_alphabetic())
                .any(|w| w.chars().count() > 1);
            if worded {
                found.push(literal.to_string());
            }
        }
    }
    found
}

#[test]
fn the_commands_print_no_english_literal() {
    let mut wrong = Vec::new();
    for (file, code) in printing_sources() {
        for literal in worded_prints(&code) {
            wrong.push(format!(
                "{file} prints \"{literal}\": add a key to src/messages/{{en,lv,lt}}.ftl and use herald::tr!"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_print_finder_finds_words() {
    assert_eq!(
        worded_prints("println!(\"Built {n} pages\", n = 1);"),
        ["Built {n} pages"]
    );
    assert_eq!(
        worded_prints("let _ = writeln!(std::io::stdout(), \"Stopped.\");"),
        ["Stopped."]
    );
    assert!(worded_prints("println!(\"{}\", tr!(\"x\")); eprintln!(\"{w}\");").is_empty());
    assert!(worded_prints("let _ = writeln!(out, \"\\n{}\", x); say(&text);").is_empty());
    assert!(worded_prints("eprintln!(\"{label}[H071]: {why}\");").is_empty());
}

/// `herald <args>` with `--lang <lang>` before the command and after it: its exit code and
/// output (the same both ways).
fn line_in(lang: &str, args: &[&str]) -> (Option<i32>, String) {
    let tmp = tempfile::tempdir().unwrap();
    let run = |before: bool| {
        let line = with_lang(lang, before, args);
        herald(
            tmp.path(),
            &line.iter().map(String::as_str).collect::<Vec<_>>(),
        )
    };
    let (before, after) = (run(true), run(false));
    assert_eq!(
        text(&before),
        text(&after),
        "--lang before and after {args:?}"
    );
    assert_eq!(before.status.code(), after.status.code());
    (before.status.code(), text(&before))
}

/// Every `--help` and `-h` herald has: the program's, each command's, and `herald help <command>`.
fn help_lines() -> Vec<Vec<&'static str>> {
    let commands = [
        "build",
        "cms",
        "serve",
        "check",
        "init",
        "new",
        "schema",
        "explain",
        "completions",
    ];
    let mut lines = vec![vec!["--help"], vec!["-h"], vec!["help"]];
    for c in commands {
        lines.extend([vec![c, "--help"], vec![c, "-h"]]);
    }
    lines.push(vec!["help", "check"]);
    lines
}

/// A help line without the values an option takes (`schema`'s `site`, `page`), which are typed
/// as they are in every language: `- page:  …` and `[… vērtības: site, page, section]`.
fn without_values(line: &str) -> String {
    let line = match line.trim_start().strip_prefix("- ") {
        Some(value) => value.split_once(':').map_or("", |(_, help)| help),
        None => line,
    };
    match line.rfind('[') {
        Some(at) if line.ends_with(']') && line[at..].contains(':') => {
            let (head, list) = line.split_at(at);
            format!("{head}{}", list.split(':').next().unwrap_or(""))
        }
        _ => line.to_string(),
    }
}

#[test]
fn help_speaks_latvian_and_lithuanian_with_clap_exit_codes() {
    for (lang, headings) in [
        ("lv", ["Lietošana:", "Opcijas:", "Komandas:", "Argumenti:"]),
        (
            "lt",
            ["Naudojimas:", "Parinktys:", "Komandos:", "Argumentai:"],
        ),
    ] {
        let mut english = Vec::new();
        let mut all = String::new();
        for args in help_lines() {
            let (code, out) = line_in(lang, &args);
            assert_eq!(code, Some(0), "{lang} {args:?}:\n{out}");
            english.extend(
                out.lines()
                    .filter(|l| !english_words(&without_values(l)).is_empty())
                    .map(|l| format!("{lang} herald {}: {l}", args.join(" "))),
            );
            all.push_str(&out);
        }
        assert!(english.is_empty(), "English lines:\n{}", english.join("\n"));
        for heading in headings {
            assert!(all.contains(heading), "{lang}: no {heading}");
        }
    }
    let (_, lv) = line_in("lv", &["check", "--help"]);
    assert!(lv.contains("herald check [OPCIJAS]"), "{lv}");
    assert!(lv.contains("--root <MAPE>"), "{lv}");
    assert!(lv.contains("[noklusējums: human]"), "{lv}");
    assert!(lv.contains("- github: GitHub Actions anotācijas"), "{lv}");
    let (_, lt) = line_in("lt", &["build", "--help"]);
    assert!(lt.contains("Sukuria svetainę aplanke public/"), "{lt}");
    assert!(lt.contains("-h, --help"), "{lt}");
}

#[test]
fn the_values_of_an_option_are_not_words() {
    assert_eq!(
        without_values("    - page:    Lapas ievaddaļa"),
        "    Lapas ievaddaļa"
    );
    assert_eq!(
        without_values("  <KURA>  Kura [iespējamās vērtības: site, page]"),
        "  <KURA>  Kura [iespējamās vērtības"
    );
    assert_eq!(without_values("the page [x]"), "the page [x]");
}

#[test]
fn help_in_english_stays_as_it_was() {
    let (code, out) = line_in("en", &["--help"]);
    assert_eq!(code, Some(0));
    for words in [
        "Usage: herald [OPTIONS] <COMMAND>",
        "Commands:\n  build ",
        "Options:\n      --lang <LANG>",
        "Print version",
    ] {
        assert!(out.contains(words), "{words}:\n{out}");
    }
    let (_, check) = line_in("en", &["check", "--help"]);
    assert!(check.contains("Exit status: 0 when clean"), "{check}");
    assert!(check.contains("[default: human]"), "{check}");
    assert!(
        check.contains("- json:   One JSON object per finding"),
        "{check}"
    );
    // The finder finds the English help English.
    assert!(
        check
            .lines()
            .filter(|l| !english_words(l).is_empty())
            .count()
            > 5
    );
    // Without any argument: the help, on stderr, exit 2 (clap's).
    let tmp = tempfile::tempdir().unwrap();
    let bare = herald(tmp.path(), &["--lang", "lv"]);
    assert_eq!(bare.status.code(), Some(2));
    assert!(
        text(&bare).contains("Lietošana: herald [OPCIJAS] <KOMANDA>"),
        "{}",
        text(&bare)
    );
}

/// Lines clap refuses, and a word each must keep (the command, option or value meant).
const MISTAKES: &[(&[&str], &str)] = &[
    (&["bulid"], "`herald build`"),
    (&["build", "--bogus"], "--bogus"),
    (&["explain", "--formt", "text"], "`--format`"),
    (&["build", "--root"], "--root"),
    (&["check", "--format", "xml"], "human, github, json"),
    (&["serve", "--port", "eighty"], "65535"),
    (&["check", "--max-picture-mb", "daudz"], "10"),
    (&["init"], "`herald init"),
    (&["init", "a", "b"], "`herald init` "),
    (&["build", "--drafts", "--drafts"], "--drafts"),
];

#[test]
fn command_line_mistakes_are_worded_in_latvian_and_lithuanian_with_exit_code_2() {
    for lang in ["lv", "lt"] {
        for (args, keeps) in MISTAKES {
            let (code, out) = line_in(lang, args);
            assert_eq!(code, Some(2), "{lang} {args:?}:\n{out}");
            let english: Vec<&str> = out
                .lines()
                .filter(|l| !english_words(l).is_empty())
                .collect();
            assert!(english.is_empty(), "{lang} {args:?}:\n{out}");
            assert!(out.contains(keeps), "{lang} {args:?} lacks {keeps}:\n{out}");
        }
    }
    let (_, lv) = line_in("lv", &["bulid"]);
    assert!(lv.starts_with("kļūda: herald nav komandas “bulid”"), "{lv}");
    assert!(lv.contains("vai domājāt `herald build`?"), "{lv}");
    assert!(
        lv.contains("lietošana: `herald [OPCIJAS] <KOMANDA>`"),
        "{lv}"
    );
    let (_, lt) = line_in("lt", &["build", "--bogus"]);
    assert!(
        lt.starts_with("klaida: `herald build` nepriima „--bogus“"),
        "{lt}"
    );
    assert!(lt.contains("daugiau pasako `herald build --help`"), "{lt}");
}

#[test]
fn command_line_mistakes_in_english_keep_clap_s_sense() {
    let mut english = 0;
    for (args, keeps) in MISTAKES {
        let (code, out) = line_in("en", args);
        assert_eq!(code, Some(2), "{args:?}:\n{out}");
        assert!(out.contains(keeps), "{args:?} lacks {keeps}:\n{out}");
        english += out.lines().filter(|l| !english_words(l).is_empty()).count();
    }
    assert!(english >= MISTAKES.len(), "the finder finds English");
    let (_, out) = line_in("en", &["bulid"]);
    assert!(
        out.contains("error: herald has no command “bulid”"),
        "{out}"
    );
    assert!(out.contains("did you mean `herald build`?"), "{out}");
}

#[test]
fn the_systems_refusals_are_worded_in_latvian_and_lithuanian() {
    let tmp = tempfile::tempdir().unwrap();
    // A path whose parent is a file, and a site folder that does not exist: both fail as root.
    std::fs::write(tmp.path().join("fails"), "").unwrap();
    for (lang, not_a_folder, missing) in [
        (
            "lv",
            "daļa no ceļa ir fails, nevis mape",
            "šāda faila vai mapes nav",
        ),
        (
            "lt",
            "dalis kelio yra failas, o ne aplankas",
            "tokio failo ar aplanko nėra",
        ),
        (
            "en",
            "a part of the path is a file, not a folder",
            "no such file or folder",
        ),
    ] {
        let init = herald(tmp.path(), &["init", "fails/vietne", "--lang", lang]);
        let build = herald(tmp.path(), &["build", "--root", "nav", "--lang", lang]);
        for (out, words) in [(&init, not_a_folder), (&build, missing)] {
            let said = text(out);
            assert_eq!(out.status.code(), Some(1), "{said}");
            assert!(said.contains(words), "{lang}: {words}:\n{said}");
            assert!(!said.contains("os error"), "{said}");
            if lang != "en" {
                assert!(english_words(&said).is_empty(), "{said}");
            }
        }
    }
}

#[test]
fn picture_sizes_take_a_decimal_comma_in_latvian_and_lithuanian() {
    let site = common::Site::fixture();
    for lang in ["lv", "lt"] {
        site.write(
            &format!("content/news/bilde/index.{lang}.md"),
            "---\ntitle: Bilde\ndate: 2024-05-01\n---\n![Sanāksmes dalībnieki](liela.jpg)\n",
        );
    }
    // Noise compresses badly: a JPEG of some hundred kilobytes.
    let noisy = image::RgbImage::from_fn(700, 700, |x, y| {
        let v = (x.wrapping_mul(7919) ^ y.wrapping_mul(104729)).wrapping_mul(2654435761) >> 24;
        image::Rgb([v as u8, (v >> 3) as u8, (v << 2) as u8])
    });
    let picture = site.root().join("content/news/bilde/liela.jpg");
    noisy.save(&picture).unwrap();
    let mb = std::fs::metadata(&picture).unwrap().len() as f64 / 1_000_000.0;
    assert!(mb > 0.15, "{mb}");
    let size = format!("{mb:.1}");
    for (lang, words) in [
        (
            "lv",
            format!(
                "sver {} MB, vairāk par ierobežojumu 0,1 MB",
                size.replace('.', ",")
            ),
        ),
        (
            "lt",
            format!(
                "sveria {} MB, daugiau nei riba 0,1 MB",
                size.replace('.', ",")
            ),
        ),
        (
            "en",
            format!("weighs {size} MB, more than the limit of 0.1 MB"),
        ),
    ] {
        // Written as the language writes it: 0,1 in Latvian and Lithuanian.
        let limit = if lang == "en" { "0.1" } else { "0,1" };
        let out = site.herald(&["check", "--max-picture-mb", limit, "--lang", lang]);
        let said = text(&out);
        assert!(said.contains(&words), "{lang}: {words}\n{said}");
    }
}

#[test]
fn completion_scripts_describe_commands_in_the_chosen_language_and_still_complete_values() {
    let tmp = tempfile::tempdir().unwrap();
    let fish = text(&herald(
        tmp.path(),
        &["completions", "fish", "--lang", "lv"],
    ));
    assert!(
        fish.contains("-a \"build\" -d 'Uzbūvē vietni mapē public/ (vai --out)'"),
        "{fish}"
    );
    assert!(
        fish.contains("-l format -d 'Kā izdrukāt atradumus"),
        "{fish}"
    );
    assert!(fish.contains("-a \"human\\t"), "{fish}");
    let zsh = text(&herald(tmp.path(), &["completions", "zsh", "--lang", "lt"]));
    assert!(zsh.contains("Sukuria svetainę aplanke public/"), "{zsh}");
}
