//! herald's own messages (`src/messages/{en,lv,lt}.ftl`): every message exists in every
//! language, renders with sample arguments without a Fluent error or an unfilled placeholder,
//! takes the same arguments in every language, and has every plural form its language needs
//! (lv: zero/one/other, lt: one/few/many/other). The binary speaks the language chosen by
//! `--lang`, `HERALD_LANG` or the locale, and keeps codes, paths and JSON keys as they are.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Command, Output};

use fluent_bundle::FluentValue;
use fluent_syntax::ast;
use herald::messages::{Lang, Messages};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

/// A message's variables, and which of them choose a plural form.
#[derive(Debug, Default, PartialEq)]
struct Vars {
    all: BTreeSet<String>,
    counts: BTreeSet<String>,
    /// Variables that only choose a variant (`{ $kind -> [cover] ... }`), shown or not.
    selectors: BTreeSet<String>,
    /// The variant keys of each plural select: (selector, keys).
    selects: Vec<(String, BTreeSet<String>)>,
}

const PLURAL_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn walk_pattern(p: &ast::Pattern<&str>, v: &mut Vars) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            walk_expression(expression, v);
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, v: &mut Vars) {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, v),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, v);
            let keys: BTreeSet<String> = variants
                .iter()
                .map(|variant| match &variant.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            if let ast::InlineExpression::VariableReference { id } = selector {
                v.selectors.insert(id.name.to_string());
                if keys.iter().any(|k| PLURAL_NAMES.contains(&k.as_str())) {
                    v.counts.insert(id.name.to_string());
                    v.selects.push((id.name.to_string(), keys));
                }
            }
            for variant in variants {
                walk_pattern(&variant.value, v);
            }
        }
    }
}

fn walk_inline(i: &ast::InlineExpression<&str>, v: &mut Vars) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            v.all.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, v),
        _ => {}
    }
}

/// Every message of a language with its variables; fails on a syntax error (naming the line)
/// and on a message defined twice.
fn catalogue(lang: Lang) -> BTreeMap<String, Vars> {
    let source = lang.source();
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => {
            let lines: Vec<String> = errors
                .iter()
                .map(|e| {
                    let line = source[..e.pos.start].matches('\n').count() + 1;
                    format!("src/messages/{}.ftl:{line}: {:?}", lang.code(), e.kind)
                })
                .collect();
            panic!("Fluent syntax errors:\n{}", lines.join("\n"));
        }
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = Vars::default();
            let value = m
                .value
                .as_ref()
                .unwrap_or_else(|| panic!("{}: {} has no value", lang.code(), m.id.name));
            walk_pattern(value, &mut vars);
            let id = m.id.name.to_string();
            assert!(
                out.insert(id.clone(), vars).is_none(),
                "src/messages/{}.ftl defines {id} twice",
                lang.code()
            );
        }
    }
    out
}

#[test]
fn every_message_exists_in_every_language_with_the_same_arguments() {
    let en = catalogue(Lang::En);
    assert!(en.len() > 50, "{}", en.len());
    let mut wrong = Vec::new();
    for lang in [Lang::Lv, Lang::Lt] {
        let other = catalogue(lang);
        let code = lang.code();
        for (id, vars) in &en {
            match other.get(id) {
                None => wrong.push(format!("{id} is missing in {code}.ftl")),
                Some(v) if v.all != vars.all => wrong.push(format!(
                    "{id} takes {:?} in en.ftl but {:?} in {code}.ftl",
                    vars.all, v.all
                )),
                Some(_) => {}
            }
        }
        for id in other.keys().filter(|id| !en.contains_key(*id)) {
            wrong.push(format!("{id} is in {code}.ftl but not in en.ftl"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// CLDR's Lithuanian rule, written out here because intl_pluralrules 7.0's forgets the last
/// digit (22 is `other` there; herald corrects it with `LT_PLURAL`): one: n % 10 = 1 and
/// n % 100 not 11..19; few: n % 10 = 2..9 and n % 100 not 11..19; many: a fraction; other.
fn lithuanian_category(n: f64) -> &'static str {
    if n.fract() != 0.0 {
        return "many";
    }
    let (last, last_two) = (n.abs() % 10.0, n.abs() % 100.0);
    let teen = (11.0..=19.0).contains(&last_two);
    match last {
        _ if teen => "other",
        1.0 => "one",
        l if (2.0..=9.0).contains(&l) => "few",
        _ => "other",
    }
}

/// The plural category of `n` in `lang` (CLDR's rules, as herald applies them).
fn plural_category(lang: Lang, n: f64) -> &'static str {
    if lang == Lang::Lt {
        return lithuanian_category(n);
    }
    let rules = PluralRules::create(
        lang.code()
            .parse::<unic_langid::LanguageIdentifier>()
            .unwrap(),
        PluralRuleType::CARDINAL,
    )
    .unwrap();
    match rules.select(n).unwrap() {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The plural categories a language's numbers fall into (counts and fractions).
fn categories(lang: Lang) -> BTreeSet<String> {
    let fractions = [0.5, 1.5, 2.5, 10.5, 21.5];
    (0..=1000u32)
        .map(f64::from)
        .chain(fractions)
        .map(|n| plural_category(lang, n).to_string())
        .collect()
}

#[test]
fn the_plural_rules_are_the_languages_own() {
    let set = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(categories(Lang::Lv), set(&["zero", "one", "other"]));
    assert_eq!(categories(Lang::Lt), set(&["one", "few", "many", "other"]));
    assert_eq!(categories(Lang::En), set(&["one", "other"]));
}

#[test]
fn lithuanian_counts_fall_into_cldr_s_categories_and_herald_words_them_so() {
    let lt = Messages::new(Lang::Lt);
    for (n, category, words) in [
        (1.0, "one", "1 klaida"),
        (2.0, "few", "2 klaidos"),
        (10.0, "other", "10 klaidų"),
        (11.0, "other", "11 klaidų"),
        (21.0, "one", "21 klaida"),
        (22.0, "few", "22 klaidos"),
        (29.0, "few", "29 klaidos"),
        (111.0, "other", "111 klaidų"),
        (112.0, "other", "112 klaidų"),
        (1.5, "many", ""),
    ] {
        assert_eq!(plural_category(Lang::Lt, n), category, "{n}");
        if n.fract() == 0.0 {
            assert_eq!(lt.format("check-errors", &[("count", n.into())]), words);
        }
    }
}

#[test]
fn every_plural_message_has_every_form_of_its_language() {
    let mut wrong = Vec::new();
    for lang in Lang::ALL {
        let needed = categories(lang);
        for (id, vars) in catalogue(lang) {
            for (selector, keys) in &vars.selects {
                let missing: Vec<_> = needed.difference(keys).collect();
                if !missing.is_empty() {
                    wrong.push(format!(
                        "{}.ftl {id}: `${selector}` has no form {missing:?}",
                        lang.code()
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_message_renders_with_sample_arguments_in_every_language() {
    let mut wrong = Vec::new();
    let mut rendered = 0;
    for lang in Lang::ALL {
        let messages = Messages::new(lang);
        for (id, vars) in catalogue(lang) {
            assert!(messages.has(&id), "{id}");
            for n in [0.0, 1.0, 2.0, 5.0, 11.0, 21.0, 22.0, 1.5] {
                let args: Vec<(&str, FluentValue)> = vars
                    .all
                    .iter()
                    .map(|name| {
                        let value = if vars.counts.contains(name) {
                            FluentValue::from(n)
                        } else {
                            FluentValue::from(format!("‹{name}›"))
                        };
                        (name.as_str(), value)
                    })
                    .collect();
                let (text, errors) = messages.format_checked(&id, &args);
                rendered += 1;
                let code = lang.code();
                if !errors.is_empty() {
                    wrong.push(format!("{code} {id}: {errors:?}"));
                }
                if text.contains("{$") || text.contains("{ $") || text.trim().is_empty() {
                    wrong.push(format!("{code} {id}: unfilled: {text}"));
                }
                for name in vars
                    .all
                    .iter()
                    .filter(|v| !vars.counts.contains(*v) && !vars.selectors.contains(*v))
                {
                    if !text.contains(&format!("‹{name}›")) {
                        wrong.push(format!("{code} {id}: ${name} is not shown: {text}"));
                    }
                }
            }
        }
    }
    assert!(rendered > 100, "{rendered}");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The binary with only the given language variables set.
fn herald(env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_herald"));
    for var in ["HERALD_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied()).args(args);
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "herald panicked:\n{stderr}");
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn explain_speaks_the_chosen_language() {
    let en = herald(&[], &["explain", "H012"]);
    assert_eq!(en.status.code(), Some(0));
    assert!(stdout(&en).contains("What it means: a picture has no alt text"));
    let lv = herald(&[("HERALD_LANG", "lv")], &["explain", "missing-alt"]);
    let text = stdout(&lv);
    assert!(text.contains("Kods: H012"), "{text}");
    assert!(
        text.contains("Ko tas nozīmē: attēlam nav alternatīvā teksta"),
        "{text}"
    );
    let lt = herald(&[("LANG", "lt_LT.UTF-8")], &["explain", "h012"]);
    let text = stdout(&lt);
    assert!(
        text.contains("Ką tai reiškia: paveikslėlis neturi alternatyviojo teksto"),
        "{text}"
    );
    // --lang before the command outranks HERALD_LANG and the locale.
    let flag = herald(
        &[("HERALD_LANG", "lv"), ("LANG", "lt_LT.UTF-8")],
        &["--lang", "en", "explain", "H012"],
    );
    assert!(
        stdout(&flag).contains("How to fix it:"),
        "{}",
        stdout(&flag)
    );
    // LC_ALL decides before LANG.
    let c = herald(
        &[("LC_ALL", "C"), ("LANG", "lv_LV.UTF-8")],
        &["explain", "H012"],
    );
    assert!(stdout(&c).contains("Severity: error"), "{}", stdout(&c));
}

#[test]
fn explain_names_an_unknown_code_in_the_chosen_language() {
    let out = herald(&[("HERALD_LANG", "lt")], &["explain", "H999"]);
    assert_eq!(out.status.code(), Some(2));
    let text = stderr(&out);
    assert!(text.contains("klaida: „H999“ nėra herald kodas"), "{text}");
    assert!(text.contains("patarimas: "), "{text}");
    let none = herald(&[], &["explain"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(
        stderr(&none).contains("herald explain --all"),
        "{}",
        stderr(&none)
    );
}

#[test]
fn a_herald_lang_it_does_not_speak_is_said_and_the_locale_used() {
    let out = herald(
        &[("HERALD_LANG", "de"), ("LANG", "lv_LV.UTF-8")],
        &["explain", "H012"],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("HERALD_LANG ir “de”"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).contains("Kods: H012"), "{}", stdout(&out));
}

#[test]
fn the_table_of_codes_is_generated_in_every_language() {
    let en = herald(&[], &["explain", "--all", "--format", "markdown"]);
    let table = stdout(&en);
    assert!(table.starts_with("| code | name | severity | what it means | how to fix it |"));
    assert_eq!(table.lines().count(), 2 + herald::codes::Code::ALL.len());
    let lv = stdout(&herald(
        &[("HERALD_LANG", "lv")],
        &["explain", "--all", "--format", "markdown"],
    ));
    assert!(
        lv.contains("| H012 | `missing-alt` | kļūda | attēlam nav"),
        "{lv}"
    );
    let all = stdout(&herald(&[("HERALD_LANG", "lt")], &["explain", "--all"]));
    assert_eq!(
        all.matches("Kodas: H0").count(),
        herald::codes::Code::ALL.len()
    );
}

/// A site with one picture without alt text and one missing translation.
fn site_with_findings() -> common::Site {
    let site = common::Site::fixture();
    site.write(
        "content/news/kick-off/index.lv.md",
        "---\ntitle: Seminārs\ndate: 2020-09-15\n---\n## Programma\n\n![](foto.png)\n",
    );
    image::RgbImage::from_pixel(8, 8, image::Rgb([0, 51, 153]))
        .save(site.root().join("content/news/kick-off/foto.png"))
        .unwrap();
    site
}

#[test]
fn check_speaks_the_chosen_language_and_keeps_codes_paths_and_json_keys() {
    let site = site_with_findings();
    let root = site.root().to_str().unwrap();
    let run = |lang: &str, format: &str| {
        herald(
            &[("HERALD_LANG", lang)],
            &["check", "--root", root, "--format", format],
        )
    };
    let en = stdout(&run("en", "human"));
    let lv = stdout(&run("lv", "human"));
    let lt = stdout(&run("lt", "human"));
    let place = "content/news/kick-off/index.lv.md:7:1:";
    assert!(en.contains(&format!("{place} error[H012]: ")), "{en}");
    assert!(lv.contains(&format!("{place} kļūda[H012]: ")), "{lv}");
    assert!(lt.contains(&format!("{place} klaida[H012]: ")), "{lt}");
    // The summary counts the errors in each language's plural form.
    let errors = stdout(&run("en", "json"))
        .lines()
        .filter(|l| l.contains(r#""severity":"error""#))
        .count();
    let word = |lang: Lang, forms: &[(&str, &str)]| {
        let category = plural_category(lang, errors as f64);
        let form = forms.iter().find(|(c, _)| *c == category).unwrap().1;
        format!("\n{errors} {form}, ")
    };
    let en_word = word(Lang::En, &[("one", "error"), ("other", "errors")]);
    let lv_word = word(
        Lang::Lv,
        &[("zero", "kļūdu"), ("one", "kļūda"), ("other", "kļūdas")],
    );
    let lt_word = word(
        Lang::Lt,
        &[("one", "klaida"), ("few", "klaidos"), ("other", "klaidų")],
    );
    assert!(en.contains(&en_word), "{en_word:?} in\n{en}");
    assert!(lv.contains(&lv_word), "{lv_word:?} in\n{lv}");
    assert!(lt.contains(&lt_word), "{lt_word:?} in\n{lt}");
    assert!(lv.contains("Trūkst tulkojumu: lt: "), "{lv}");
    assert!(
        lv.contains(
            "content/news/lv-only.lv.md: brīdinājums[H040]: šim jaunumam nav `lt` tulkojuma"
        ),
        "{lv}"
    );
    assert!(
        lt.contains("content/news/lv-only.lv.md: įspėjimas[H040]: ši naujiena neturi `lt` vertimo"),
        "{lt}"
    );
    assert!(lt.contains("Trūksta vertimų: lt: "), "{lt}");
    // The machine-read formats keep their keys, severities, codes and paths.
    let fields = |text: String| -> Vec<serde_json::Value> {
        text.lines()
            .map(|l| {
                let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
                let o = v.as_object_mut().unwrap();
                o.remove("message");
                o.remove("hint");
                v
            })
            .collect()
    };
    let json_en = fields(stdout(&run("en", "json")));
    assert!(!json_en.is_empty());
    assert_eq!(json_en, fields(stdout(&run("lv", "json"))));
    assert_eq!(json_en, fields(stdout(&run("lt", "json"))));
    let github = stdout(&run("lt", "github"));
    assert!(
        github.contains("::error file=") && github.contains("title=H012 missing-alt"),
        "{github}"
    );
}

/// The files whose findings are still worded in English in the code, not yet keys of
/// `src/messages/*.ftl`. The list only shrinks: a file not on it that words a finding with an
/// English literal fails, and so does a file on it that no longer does (take it off).
const NOT_YET_CONVERTED: &[&str] = &[];

/// The source without `#[cfg(test)]` items (tests may word anything).
fn without_tests(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            let mut depth = 0i32;
            let mut opened = false;
            for l in lines.by_ref() {
                depth += l.matches('{').count() as i32 - l.matches('}').count() as i32;
                opened |= l.contains('{');
                if opened && depth <= 0 {
                    break;
                }
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Whether a finding's message is an English literal: `Diagnostic::error("…")` or
/// `Diagnostic::warning(format!("…"))`, also with the argument on the next line.
fn words_a_finding_in_english(code: &str) -> bool {
    ["Diagnostic::error(", "Diagnostic::warning("]
        .iter()
        .any(|call| {
            code.match_indices(call).any(|(at, _)| {
                let arg = code[at + call.len()..].trim_start();
                arg.starts_with('"') || arg.starts_with("format!(")
            })
        })
}

#[test]
fn findings_are_worded_in_the_message_files() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut dirs = vec![root.join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let mut wrong = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let english =
            words_a_finding_in_english(&without_tests(&std::fs::read_to_string(&file).unwrap()));
        let listed = NOT_YET_CONVERTED.contains(&rel.as_str());
        if english && !listed {
            wrong.push(format!(
                "{rel} words a finding with an English literal: add a key to src/messages/{{en,lv,lt}}.ftl and use herald::tr!"
            ));
        }
        if !english && listed {
            wrong.push(format!("{rel} is converted: take it off NOT_YET_CONVERTED"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_literal_finder_finds_literals() {
    assert!(words_a_finding_in_english("Diagnostic::error(\"no\")"));
    assert!(words_a_finding_in_english(
        "Diagnostic::warning(\n    format!(\"{x}\"))"
    ));
    assert!(!words_a_finding_in_english(
        "Diagnostic::error(crate::tr!(\"id\"))"
    ));
    assert!(!words_a_finding_in_english("Diagnostic::error(message)"));
    assert!(
        without_tests("a\n#[cfg(test)]\nmod t {\n Diagnostic::error(\"x\")\n}\nb\n") == "a\nb\n"
    );
}

/// A site with a few typical mistakes, one from each of several converted modules: a picture
/// without alt text (Markdown), an alt text that is the file name and an unused picture
/// (pictures), a page file herald does not read (content), a misspelled folder (stray) and a
/// link to a page that does not exist (render).
fn site_with_typical_mistakes() -> common::Site {
    let site = common::Site::fixture();
    site.write(
        "content/news/kick-off/index.lv.md",
        "---\ntitle: Seminārs\ndate: 2020-09-15\n---\n## Programma\n\n![](foto.png)\n\n![foto](foto.png)\n\n[Skatīt](../nav-tada/index.lv.md)\n",
    );
    for name in ["foto.png", "lieka.png"] {
        image::RgbImage::from_pixel(8, 8, image::Rgb([0, 51, 153]))
            .save(site.root().join("content/news/kick-off").join(name))
            .unwrap();
    }
    site.write(
        "content/news/piezimes.markdown",
        "---\ntitle: Piezīmes\n---\n",
    );
    site.write("template/page.html", "{{ page.title }}\n");
    site
}

#[test]
fn check_words_every_finding_in_latvian_and_lithuanian() {
    let site = site_with_typical_mistakes();
    let root = site.root().to_str().unwrap();
    let run = |lang: &str| {
        let out = herald(&[], &["--lang", lang, "check", "--root", root]);
        stdout(&out) + &stderr(&out)
    };
    let en = run("en");
    let expected = [
        (
            "the picture `foto.png` has no alt text",
            "attēlam `foto.png` nav alternatīvā teksta",
            "paveikslėlis `foto.png` neturi alternatyviojo teksto",
        ),
        (
            "the alt text of `foto.png` is its file name",
            "attēla `foto.png` alternatīvais teksts ir tā faila nosaukums",
            "paveikslėlio `foto.png` alternatyvusis tekstas yra jo failo pavadinimas",
        ),
        (
            "is not used by any page",
            "netiek izmantots nevienā lapā",
            "nenaudojamas jokiame puslapyje",
        ),
        (
            "looks like a page but is not read as one",
            "izskatās pēc lapas, bet netiek nolasīts kā lapa",
            "atrodo kaip puslapis, bet nėra skaitomas kaip puslapis",
        ),
        (
            "herald does not read `template`",
            "herald nelasa `template`",
            "herald neskaito `template`",
        ),
        (
            "which is not a page of this site",
            "kas nav šīs vietnes lapa",
            "kuris nėra šios svetainės puslapis",
        ),
    ];
    let lv = run("lv");
    let lt = run("lt");
    for (en_words, lv_words, lt_words) in expected {
        assert!(en.contains(en_words), "{en_words:?} in\n{en}");
        assert!(lv.contains(lv_words), "{lv_words:?} in\n{lv}");
        assert!(lt.contains(lt_words), "{lt_words:?} in\n{lt}");
    }
    // No English sentence is left in a finding: its message and its hint.
    for (lang, text) in [("lv", &lv), ("lt", &lt)] {
        for line in text
            .lines()
            .filter(|l| l.contains("[H0") || l.contains("  "))
        {
            for english in [
                " the ", " is ", " has ", " does ", " not ", " with ", " or ",
            ] {
                assert!(
                    !line.contains(english),
                    "{lang}: {english:?} in {line:?}\n{text}"
                );
            }
        }
    }
}
