//! Mistakes communications specialists made, each said in their terms: what is wrong, at the
//! line it is on, and what to type instead, never the YAML reader's vocabulary alone
//! ("invalid type", "expected f64", "duplicate field"). Each case builds a real site and runs
//! the binary.

use crate::common;

use common::Site;

/// `herald check` on the fixture with `site.yaml`'s `from` replaced by `to`; the human output.
fn check_with_site_yaml(from: &str, to: &str) -> (Site, String) {
    let site = Site::fixture();
    let yaml = common::SITE_YAML.replacen(from, to, 1);
    assert_ne!(
        yaml,
        common::SITE_YAML,
        "{from} is not in the fixture's site.yaml"
    );
    site.write("site.yaml", &yaml);
    let out = site.herald(&["check"]);
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (site, text)
}

/// The 1-based line of `needle` in the fixture's site.yaml after the replacement.
fn line_of(site: &Site, needle: &str) -> usize {
    std::fs::read_to_string(site.root().join("site.yaml"))
        .unwrap()
        .lines()
        .position(|l| l.contains(needle))
        .unwrap()
        + 1
}

fn assert_plain(text: &str) {
    for parser_words in [
        "invalid type",
        "invalid value",
        "expected f64",
        "expected usize",
        "duplicate field",
        "unknown field",
        "did not find expected key",
    ] {
        assert!(!text.contains(parser_words), "{parser_words:?} in:\n{text}");
    }
}

#[test]
fn amounts_written_as_latvian_and_lithuanian_write_them_are_accepted() {
    for amount in ["512 345,60", "512345,60", "\"512 345,60\"", "512345.60"] {
        let site = Site::fixture();
        let yaml = common::SITE_YAML
            .replacen("budget_eur: 705573.37", &format!("budget_eur: {amount}"), 1)
            .replacen("erdf_eur: 599737.33", "erdf_eur: 435 193,51", 1);
        site.write("site.yaml", &yaml);
        site.build(&[]);
        // The publicity block names the amounts as the profile formats them.
        let page = site.read("lv/jaunumi/kick-off/index.html");
        assert!(
            page.contains("345,60") && page.contains("193,51"),
            "{amount}: {page}"
        );
    }
    let schema = std::process::Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(["schema", "site"])
        .output()
        .unwrap();
    let schema = String::from_utf8_lossy(&schema.stdout);
    assert!(schema.contains("705 573,37"), "{schema}");
}

#[test]
fn an_amount_that_is_not_one_is_said_at_its_line() {
    let (site, text) = check_with_site_yaml("budget_eur: 705573.37", "budget_eur: 512 345 EUR");
    let line = line_of(&site, "budget_eur");
    assert!(
        text.contains(&format!(
            "site.yaml:{line}:3: error[H002]: project.budget_eur: `512 345 EUR` is not an amount in euro: write it as 512345.60, 512 345,60 or 512345,60"
        )),
        "{text}"
    );
    assert_plain(&text);
}

#[test]
fn a_date_written_day_first_is_said_at_its_own_line() {
    let (site, text) = check_with_site_yaml("start: 2020-06-01", "start: 01.06.2020");
    let line = line_of(&site, "start:");
    assert!(
        text.contains(&format!(
            "site.yaml:{line}:3: error[H002]: project.start: `01.06.2020` is written day first: write 2020-06-01"
        )),
        "{text}"
    );
    let (site, text) = check_with_site_yaml("end: 2022-06-30", "end: 2022-02-30");
    let line = line_of(&site, "end:");
    assert!(
        text.contains(&format!(
            "site.yaml:{line}:3: error[H002]: project.end: `2022-02-30` is not a valid date"
        )),
        "{text}"
    );
}

#[test]
fn a_key_written_twice_is_shown_at_its_second_line() {
    let (site, text) =
        check_with_site_yaml("  code: LLI-425\n", "  code: LLI-425\n  code: LLI-426\n");
    let second = line_of(&site, "LLI-426");
    assert!(
        text.contains(&format!(
            "site.yaml:{second}:3: error[H002]: the key `project.code` is written twice"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("`code:` is already on line {}", second - 1)),
        "{text}"
    );
    assert_plain(&text);
    // In a page's front matter, at the file's line.
    let site = Site::fixture();
    site.write(
        "content/news/lv-only.lv.md",
        "---\ntitle: Tikai latviski\ndate: 2021-02-18\ntitle: Otrs virsraksts\n---\nTeksts.\n",
    );
    let out = site.herald(&["check"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(
            "content/news/lv-only.lv.md:4:1: error[H020]: the key `title` is written twice"
        ),
        "{text}"
    );
    assert!(text.contains("`title:` is already on line 2"), "{text}");
}

#[test]
fn a_copy_of_an_undefined_value_is_said_at_its_line() {
    let (site, text) = check_with_site_yaml("acronym: OCTOPUS", "acronym: *OCTOPUS");
    let line = line_of(&site, "*OCTOPUS");
    assert!(
        text.contains(&format!("site.yaml:{line}:"))
            && text.contains("no value above it is marked so"),
        "{text}"
    );
}

#[test]
fn values_out_of_range_name_their_line_and_the_allowed_range() {
    let (site, text) = check_with_site_yaml("paginate_by: 2", "paginate_by: 0");
    let line = line_of(&site, "paginate_by");
    assert!(
        text.contains(&format!(
            "site.yaml:{line}: error[H002]: `paginate_by` is 0; it must be at least 1"
        )),
        "{text}"
    );
    let (site, text) = check_with_site_yaml("paginate_by: 2", "paginate_by: -2");
    let line = line_of(&site, "paginate_by");
    assert!(
        text.contains(&format!(
            "site.yaml:{line}:14: error[H002]: paginate_by: `-2` is not a whole number, 0 or more (e.g. 10)"
        )),
        "{text}"
    );
    assert_plain(&text);
    let (site, text) = check_with_site_yaml(
        "paginate_by: 2\n",
        "paginate_by: 2\nimages:\n  quality: 1000\n",
    );
    let line = line_of(&site, "quality");
    assert!(
        text.contains(&format!(
            "site.yaml:{line}: error[H002]: images.quality 1000 is not between 1 and 100"
        )),
        "{text}"
    );
    let (site, text) = check_with_site_yaml("languages: [lv, lt]", "languages: []");
    let line = line_of(&site, "languages");
    assert!(
        text.contains(&format!(
            "site.yaml:{line}: error[H002]: `languages` is empty"
        )),
        "{text}"
    );
}

#[test]
fn lang_in_front_matter_is_explained_as_the_file_names_suffix() {
    let site = Site::fixture();
    site.write(
        "content/news/lt-only.lt.md",
        "---\ntitle: Tik lietuviškai\nlang: lt\ndate: 2021-03-01\n---\nTekstas.\n",
    );
    let out = site.herald(&["check"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("content/news/lt-only.lt.md:3:1: error[H020]: `lang` is not a key: a text's language is the suffix of its file name"),
        "{text}"
    );
    assert!(text.contains("because its name ends in `.lt.md`"), "{text}");
}

#[test]
fn the_messages_are_in_the_users_language() {
    let site = Site::fixture();
    site.write(
        "site.yaml",
        &common::SITE_YAML.replacen("start: 2020-06-01", "start: 01.06.2020", 1),
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_herald"))
        .env("HERALD_LANG", "lv")
        .args(["check", "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let line = line_of(&site, "start:");
    assert!(
        text.contains(&format!(
            "site.yaml:{line}:3: kļūda[H002]: project.start: `01.06.2020` ir rakstīts ar dienu sākumā: rakstiet 2020-06-01"
        )),
        "{text}"
    );
}

#[test]
fn a_new_page_is_titled_in_each_languages_word() {
    let site = Site::fixture();
    std::fs::remove_file(site.root().join("content/about.lv.md")).unwrap();
    std::fs::remove_file(site.root().join("content/about.lt.md")).unwrap();
    let out = site.herald(&["new", "/about"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let title = |lang: &str| {
        std::fs::read_to_string(site.root().join(format!("content/about.{lang}.md")))
            .unwrap()
            .lines()
            .nth(1)
            .unwrap()
            .to_string()
    };
    assert_eq!(title("lv"), "title: \"Par projektu\"");
    assert_eq!(title("lt"), "title: \"Apie projektą\"");
    assert!(String::from_utf8_lossy(&out.stderr).is_empty());
    // A name herald has no word for: the other language's file is named, to translate.
    let out = site.herald(&["new", "/kick-off"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("content/kick-off.lt.md:2: warning: the title “Kick off” is the same in every language's file"),
        "{stderr}"
    );
}

#[test]
fn a_translation_in_another_folder_names_its_likely_original() {
    let site = Site::fixture();
    // lv-only.lv.md's Lithuanian version, put in a folder of its own.
    site.write(
        "content/news/lt/lv-only.lt.md",
        "---\ntitle: Tik latviškai\n---\nTekstas.\n",
    );
    let out = site.herald(&["check"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("content/news/lt/lv-only.lt.md:2: error[H024]: this news item has no `date`"),
        "{text}"
    );
    assert!(
        text.contains("its `lv` version seems to be content/news/lv-only.lv.md, in another folder")
            && text.contains("move this file to content/news/lv-only.lt.md"),
        "{text}"
    );
    // Found by its title too, under another name.
    let site = Site::fixture();
    site.write(
        "content/news/lt/seminaras.lt.md",
        "---\ntitle: Tikai latviski\n---\nTekstas.\n",
    );
    let text = String::from_utf8_lossy(&site.herald(&["check"]).stdout).into_owned();
    assert!(
        text.contains("its `lv` version seems to be content/news/lv-only.lv.md"),
        "{text}"
    );
}

#[test]
fn a_picture_named_in_another_letter_case_is_said_once_naming_the_file_there() {
    let site = Site::fixture();
    image::RgbImage::from_pixel(8, 8, image::Rgb([0, 51, 153]))
        .save(site.root().join("content/news/kick-off/Susitikimas-3.JPG"))
        .unwrap();
    site.write(
        "content/news/kick-off/index.lt.md",
        "---\ntitle: Projekto atidarymo seminaras\nslug: atidarymo-seminaras\n---\nSeminare dalyvavo keturiasdešimt dalyvių.\n\n![Susitikimas](susitikimas-3.jpg)\n",
    );
    let out = site.herald(&["check", "--format", "json"]);
    let text = String::from_utf8_lossy(&out.stdout);
    let about: Vec<&str> = text
        .lines()
        .filter(|l| l.to_lowercase().contains("susitikimas-3"))
        .collect();
    assert_eq!(about.len(), 1, "{about:#?}");
    let f: serde_json::Value = serde_json::from_str(about[0]).unwrap();
    assert_eq!(f["file"], "content/news/kick-off/index.lt.md");
    assert_eq!(f["line"], 7);
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("the file is `content/news/kick-off/Susitikimas-3.JPG`"),
        "{f}"
    );
}

#[test]
fn a_markdown_picture_without_alt_text_is_said_once() {
    let site = Site::fixture();
    image::RgbImage::from_pixel(8, 8, image::Rgb([0, 51, 153]))
        .save(site.root().join("content/news/kick-off/foto.png"))
        .unwrap();
    site.write(
        "content/news/kick-off/index.lv.md",
        "---\ntitle: Seminārs\ndate: 2020-09-15\n---\n## Programma\n\n![](foto.png)\n",
    );
    for (format, needle) in [("json", "\"code\":\"H012\""), ("human", "[H012]")] {
        let out = site.herald(&["check", "--format", format]);
        let text = String::from_utf8_lossy(&out.stdout);
        let h012: Vec<&str> = text.lines().filter(|l| l.contains(needle)).collect();
        assert_eq!(h012.len(), 1, "{format}: {h012:#?}");
        assert!(h012[0].contains("foto.png"), "{}", h012[0]);
    }
}

/// `herald check --lang <lang>` with `content/news/kick-off/index.lv.md`'s front matter `front`.
fn check_front_matter(lang: &str, front: &str) -> String {
    let site = Site::fixture();
    site.write(
        "content/news/kick-off/index.lv.md",
        &format!("---\n{front}\n---\nTeksts.\n"),
    );
    let out = site.herald(&["check", "--lang", lang]);
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

#[test]
fn yaml_mistakes_are_said_without_the_yaml_readers_words() {
    // The YAML reader's (libyaml's) phrases, never shown.
    let reader = [
        "did not find",
        "expected",
        "mapping values",
        "block sequence",
        "not allowed in this context",
        "unknown escape",
        "end of stream",
        "YAML lasītājs",
        "YAML skaitytuvas",
        "YAML reader",
    ];
    let file = "content/news/kick-off/index.lv.md";
    for (lang, front, line, words) in [
        (
            "lv",
            "title: Seminārs\ndate: 2020-09-15\ntags: [sanāksme, projekts",
            4,
            "saraksts, kas atvērts ar `[`, šajā rindā nav aizvērts ar `]`",
        ),
        (
            "lt",
            "title: Seminārs\ndate: 2020-09-15\ntags: [sanāksme, projekts",
            4,
            "sąrašas, atvertas su `[`, šioje eilutėje neuždarytas su `]`",
        ),
        (
            "lv",
            "title: Seminārs: rezultāti\ndate: 2020-09-15",
            2,
            "vērtībā šajā rindā ir `: ` (kols un atstarpe)",
        ),
        (
            "lt",
            "title: \"C:\\kelias\"\ndate: 2020-09-15",
            2,
            "pradeda YAML nežinomą valdymo seką",
        ),
        (
            "en",
            "title: Seminārs\ndate: 2020-09-15\ntags: [a, b",
            4,
            "a list opened with `[` is not closed with `]` on its line",
        ),
    ] {
        let text = check_front_matter(lang, front);
        assert!(text.contains(words), "{lang} {front:?}:\n{text}");
        assert!(
            text.contains(&format!("{file}:{line}:")),
            "{front:?}:\n{text}"
        );
        for phrase in reader {
            assert!(!text.contains(phrase), "{phrase:?} in:\n{text}");
        }
    }
}

#[test]
fn template_mistakes_are_said_without_the_template_engines_words() {
    // Tera's phrases and its report's frame, never shown.
    let engine = [
        "error:",
        "-->",
        "Unknown filter",
        "is not defined",
        "Available",
        "Found",
        "but expected",
        "parent template",
    ];
    for (lang, template, at, words) in [
        (
            "lv",
            "{% extends \"base.html\" %}\n{% block main %}{{ page.title | lielie }}{% endblock main %}\n",
            "templates/page.html:2:",
            "filtrs `lielie` nepastāv",
        ),
        (
            "lt",
            "{% extends \"base.html\" %}\n{% block main %}{{ pagee.title }}{% endblock main %}\n",
            "templates/page.html:2:20:",
            "šablonas naudoja `pagee`, kurio čia nėra",
        ),
        (
            "lv",
            "{% extends \"base.html\" %}\n{% block main %}{{ page.title {% endblock main %}\n",
            "templates/page.html:2:",
            "šo veidnes daļu nevar nolasīt: `{% block main %}{{ page.title {% endblock main %}`",
        ),
        (
            "lt",
            "{% extends \"base.html\" %}\n{% block turinys %}x{% endblock turinys %}\n",
            "templates/page.html:2:",
            "bloko `turinys` nėra šablone, kurį šis išplečia",
        ),
    ] {
        let site = Site::fixture();
        site.write("templates/page.html", template);
        let out = site.herald(&["build", "--lang", lang]);
        let text = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(1), "{text}");
        assert!(text.contains(words), "{lang} {template:?}:\n{text}");
        assert!(text.contains(at), "{at}:\n{text}");
        for phrase in engine {
            assert!(!text.contains(phrase), "{phrase:?} in:\n{text}");
        }
    }
    // The names that exist where a variable does not are named.
    let site = Site::fixture();
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}\n{% block main %}{{ pagee.title }}{% endblock main %}\n",
    );
    let text = String::from_utf8_lossy(&site.herald(&["build"]).stderr).into_owned();
    assert!(text.contains("hint: what exists here: "), "{text}");
    assert!(text.contains(", page, "), "{text}");
}
