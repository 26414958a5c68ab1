//! Site search: the index the build writes (per language, split into shards, documents newest
//! first, addresses under the site's sub-path), the search field and search pages, `search:
//! false`, and serve making the same index on request.

use crate::common;

use std::collections::BTreeMap;

use common::{attr, Site};
use herald::output::OutputContents;
use herald::pipeline::{Options, Session};
use herald::search::{shard_of, stem};
use serde_json::Value;

fn json(site: &Site, rel: &str) -> Value {
    serde_json::from_str(&site.read(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Document `id` of `lang`'s index: one of the list in `d<k>.json`, `k` = `id` / `meta.per`.
fn doc(site: &Site, lang: &str, id: u64) -> Value {
    let per = json(site, &format!("search/{lang}/meta.json"))["per"]
        .as_u64()
        .unwrap();
    json(site, &format!("search/{lang}/d{}.json", id / per))[(id % per) as usize].clone()
}

/// The documents whose text holds a term the typed `word` finds, as the
/// search script finds them.
fn find(site: &Site, lang: &str, word: &str) -> Vec<Value> {
    let meta = json(site, &format!("search/{lang}/meta.json"));
    let rules: stem::Rules = serde_json::from_value(meta["rules"].clone()).unwrap();
    let shards = meta["shards"].as_u64().unwrap() as usize;
    let word = stem::fold(word);
    let shard = json(
        site,
        &format!("search/{lang}/s{}.json", shard_of(&word, shards)),
    );
    let mut ids = std::collections::BTreeSet::new();
    for (term, lists) in shard.as_object().unwrap() {
        if stem::matches(&rules, &word, term) {
            let mut id = 0;
            for d in lists[0].as_array().unwrap() {
                id += d.as_u64().unwrap();
                ids.insert(id);
            }
        }
    }
    ids.into_iter().map(|id| doc(site, lang, id)).collect()
}

fn titles(docs: &[Value]) -> Vec<String> {
    docs.iter()
        .map(|d| d["t"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_build_writes_an_index_per_language_that_finds_inflected_forms() {
    let site = Site::fixture();
    site.build(&[]);
    let lv = json(&site, "search/lv/meta.json");
    // The about page, the kick-off and the Latvian-only item; not the draft.
    assert_eq!(lv["docs"], 3);
    assert_eq!(lv["lang"], "lv");
    // Newest first, the undated page last; addresses under the site's sub-path.
    let d0 = doc(&site, "lv", 0);
    assert_eq!(d0["t"], "Tikai latviski");
    assert_eq!(d0["d"], "2021-02-18");
    assert_eq!(d0["u"], "/octopus/lv/jaunumi/lv-only/");
    assert_eq!(d0["s"], "Jaunumi");
    assert_eq!(doc(&site, "lv", 2)["t"], "Par projektu");
    // "Seminārā" in the text, "seminārs" in the title: every form and no diacritics find it.
    for typed in ["seminārs", "seminars", "semināru", "seminārā", "SEMINĀRAM"] {
        let found = find(&site, "lv", typed);
        assert!(
            titles(&found).contains(&"Projekta atklāšanas seminārs".to_string()),
            "{typed}: {:?}",
            titles(&found)
        );
    }
    assert!(find(&site, "lv", "dalībnieks").len() == 1, "dalībnieki");
    assert!(find(&site, "lv", "zirgs").is_empty());
    // Lithuanian: "seminare" in the text, "seminaras" in the title.
    for typed in ["seminaras", "seminarą", "seminarų", "seminaruose"] {
        assert_eq!(
            titles(&find(&site, "lt", typed)),
            ["Projekto atidarymo seminaras"],
            "{typed}"
        );
    }
    // The excerpt's source is the text without its Markdown.
    let kick_off = &find(&site, "lv", "seminārs")[0];
    assert!(kick_off["x"]
        .as_str()
        .unwrap()
        .starts_with("Seminārā piedalījās četrdesmit dalībnieki."));
}

#[test]
fn the_index_is_split_so_a_query_reads_one_shard() {
    let mut files = common::fixture_files();
    for i in 0..400 {
        let (lang, word) = if i % 2 == 0 {
            ("lv", "nometne")
        } else {
            ("lt", "stovykla")
        };
        files.insert(
            Box::leak(format!("content/news/n{i}.{lang}.md").into_boxed_str()),
            format!("---\ntitle: Ziņa {i} {word}\ndate: 2022-01-{:02}\n---\nTeksts numur{i} vārds{} {word}.\n", i % 28 + 1, i % 37),
        );
    }
    let site = Site::new(&files);
    site.build(&[]);
    let meta = json(&site, "search/lt/meta.json");
    let shards = meta["shards"].as_u64().unwrap() as usize;
    assert!(shards >= 8, "{meta}");
    let sizes: BTreeMap<usize, usize> = (0..shards)
        .map(|k| (k, site.read(&format!("search/lt/s{k}.json")).len()))
        .collect();
    let total: usize = sizes.values().sum();
    let largest = *sizes.values().max().unwrap();
    // Every item says "stovykla", so its shard is the largest; still a query reads less than
    // half of the index.
    assert!(
        largest * 2 < total,
        "one shard holds most of the index: {sizes:?}"
    );
    // Every Lithuanian item with "stovykla" is found from "stovyklos", newest first.
    let found = find(&site, "lt", "stovyklos");
    assert_eq!(found.len(), 200);
    let dates: Vec<&str> = found.iter().map(|d| d["d"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
}

#[test]
fn every_page_has_a_search_field_and_each_language_a_search_page() {
    let site = Site::fixture();
    site.build(&[]);
    let item = site.html("lv/jaunumi/kick-off/index.html");
    assert_eq!(
        attr(&item, "header form[role=search]", "action"),
        ["/octopus/lv/meklet/"]
    );
    assert_eq!(
        attr(&item, "header form[role=search]", "aria-label"),
        ["Meklēšana vietnē"]
    );
    assert_eq!(attr(&item, "header form[role=search] input", "name"), ["q"]);
    let lt = site.html("lt/apie-projekta/index.html");
    assert_eq!(
        attr(&lt, "header form[role=search]", "action"),
        ["/octopus/lt/paieska/"]
    );

    let page = site.html("lv/meklet/index.html");
    // Its own form, not the header's; the index under the sub-path; the count texts.
    assert!(attr(&page, "header form[role=search]", "action").is_empty());
    assert_eq!(attr(&page, "#search", "data-index"), ["/octopus/search"]);
    assert_eq!(
        attr(&page, "#search", "data-count-1"),
        ["Atrasts 1 rezultāts"]
    );
    assert_eq!(
        attr(&page, "#search", "data-count-5"),
        ["Atrasti 5 rezultāti"]
    );
    assert_eq!(attr(&page, "[role=status]", "aria-live"), ["polite"]);
    let text = site.read("lv/meklet/index.html");
    assert!(text.contains("<noscript>"));
    assert!(text.contains("href=\"/octopus/lv/lapas-karte/\""));
    let lt = site.html("lt/paieska/index.html");
    assert_eq!(attr(&lt, "#search", "data-count-2"), ["Rasti 2 rezultatai"]);
    assert_eq!(
        attr(&lt, "#search", "data-count-10"),
        ["Rasta 10 rezultatų"]
    );
    assert!(site.out().join("search.js").is_file());
}

#[test]
fn search_false_leaves_out_the_index_the_field_and_the_pages() {
    let mut files = common::fixture_files();
    let yaml = files["site.yaml"].clone() + "search: false\n";
    files.insert("site.yaml", yaml);
    let site = Site::new(&files);
    site.build(&[]);
    assert!(!site.out().join("search").exists());
    assert!(!site.out().join("lv/meklet").exists());
    let item = site.html("lv/jaunumi/kick-off/index.html");
    assert!(attr(&item, "form[role=search]", "action").is_empty());
}

#[test]
fn serve_makes_the_same_index_when_it_is_first_asked_for() {
    let site = Site::fixture();
    site.build(&[]);
    let built = session(&site).build().unwrap();
    let search: Vec<_> = built
        .files
        .iter()
        .filter(|f| f.path.starts_with("search/"))
        .collect();
    // Every file of the build's index: meta, shards and documents of each language.
    let on_disk = walkdir::WalkDir::new(site.out().join("search"))
        .into_iter()
        .filter(|e| e.as_ref().is_ok_and(|e| e.file_type().is_file()))
        .count();
    assert!(on_disk >= 6, "{on_disk} files");
    assert_eq!(search.len(), on_disk);
    for f in search {
        let OutputContents::Lazy(lazy) = &f.contents else {
            panic!("{} is made during the rebuild", f.path);
        };
        assert_eq!(
            *lazy.get().unwrap(),
            *site.read(&f.path).as_bytes(),
            "{}",
            f.path
        );
    }
}

/// The excerpt is the text as the page shows it: a table's cells without their bars, a date
/// that opens a line kept whole (not read as a numbered list), a heading's `{#id}` left out.
#[test]
fn the_index_reads_the_text_as_the_page_shows_it() {
    let mut files = common::fixture_files();
    files.insert(
        "content/news/tabula.lv.md",
        "---\ntitle: Tabula\ndate: 2024-09-16\n---\n## Rezultāti {#rezultati}\n\n\
         15. septembrī notika ~~divas~~ trīs nometnes.\n\n\
         | Vieta | Dalībnieki |\n|---|---|\n| Bauska | 40 |\n"
            .to_string(),
    );
    let site = Site::new(&files);
    site.build(&[]);
    let found = find(&site, "lv", "nometne");
    assert_eq!(titles(&found), ["Tabula"]);
    assert_eq!(
        found[0]["x"],
        "Rezultāti 15. septembrī notika divas trīs nometnes. Vieta Dalībnieki Bauska 40"
    );
    assert_eq!(titles(&find(&site, "lv", "bauska")), ["Tabula"]);
}

/// The built files of a session, the search index's made on request.
fn session_file(built: &herald::pipeline::Built, path: &str) -> Vec<u8> {
    let f = built.files.iter().find(|f| f.path == path);
    match f.map(|f| &f.contents) {
        Some(OutputContents::Lazy(lazy)) => lazy.get().unwrap().to_vec(),
        Some(OutputContents::Bytes(b)) => b.to_vec(),
        other => panic!("{path}: {other:?}"),
    }
}

/// The documents of a session's index that hold a term the typed `word` finds: their titles.
fn session_finds(built: &herald::pipeline::Built, lang: &str, word: &str) -> Vec<String> {
    let read = |rel: String| -> Value {
        serde_json::from_slice(&session_file(built, &format!("search/{lang}/{rel}"))).unwrap()
    };
    let meta = read("meta.json".into());
    let rules: stem::Rules = serde_json::from_value(meta["rules"].clone()).unwrap();
    let per = meta["per"].as_u64().unwrap();
    let word = stem::fold(word);
    let shard = read(format!(
        "s{}.json",
        shard_of(&word, meta["shards"].as_u64().unwrap() as usize)
    ));
    let mut out = Vec::new();
    for (term, lists) in shard.as_object().unwrap() {
        if stem::matches(&rules, &word, term) {
            let mut id = 0;
            for d in lists[0].as_array().unwrap() {
                id += d.as_u64().unwrap();
                out.push(
                    read(format!("d{}.json", id / per))[(id % per) as usize]["t"]
                        .as_str()
                        .unwrap()
                        .to_string(),
                );
            }
        }
    }
    out
}

fn session(site: &Site) -> Session {
    Session::new(Options {
        root: site.root().to_path_buf(),
        base_url: None,
        drafts: false,
        future: false,
        progress: false,
    })
}

/// In serve, a text edited takes the short way (only that text is rendered again) and the
/// index made next has its new words; search turned on in site.yaml indexes every text.
#[test]
fn serve_indexes_an_edited_text_and_search_turned_on() {
    let mut files = common::fixture_files();
    let yaml = files["site.yaml"].clone();
    files.insert("site.yaml", yaml.clone() + "search: false\n");
    let site = Site::new(&files);
    let mut s = session(&site);
    let built = s.build().unwrap();
    assert!(!built.files.iter().any(|f| f.path.starts_with("search/")));

    site.write("site.yaml", &yaml);
    let built = s.build().unwrap();
    let kick_off = "Projekta atklāšanas seminārs";
    assert!(session_finds(&built, "lv", "seminārs").contains(&kick_off.to_string()));

    let file = "content/news/kick-off/index.lv.md";
    let text = std::fs::read_to_string(site.root().join(file)).unwrap();
    assert!(session_finds(&built, "lv", "ekskursija").is_empty());
    site.write(file, &format!("{text}\nNākamā ekskursija būs rudenī.\n"));
    let changes = herald::pipeline::Changes::Files([file.into()].into());
    let built = s.build_changed(&changes).unwrap();
    assert!(s.last_work.text_edits_only);
    assert_eq!(session_finds(&built, "lv", "ekskursijas"), [kick_off]);
}

/// What a photo shows is found too: the words of the gallery's alt texts and captions (the
/// item page shows them under its text), here a word that only a Lithuanian alt text holds.
#[test]
fn the_words_of_photo_descriptions_are_found() {
    let site = common::browser::example_site();
    let lt = std::fs::read_to_string(
        site.root()
            .join("content/news/2020-09-15-kick-off/index.lt.md"),
    )
    .unwrap();
    let body = lt.rsplit("---").next().unwrap();
    assert!(lt.contains("prie apvalaus stalo") && !body.contains("apvalaus"));
    let found = titles(&find(&site, "lt", "apvalus"));
    assert!(
        found.iter().any(|t| t.contains("OCTOPUS")),
        "the kick-off item: {found:?}"
    );
}

const SHARD_COUNTS: [usize; 4] = [2, 7, 31, 64];

/// The search script in the browser and the index's Rust side must agree on every word: the
/// script folds the typed word, picks its shard and matches it to the index's stems with the
/// same rules as `stem::fold`, `shard_of` and `stem::matches`. Run in Node (the script
/// exports its pure functions there) over every word of the example site against every term
/// of its index, both languages.
#[test]
fn the_search_script_matches_words_as_the_index_does() {
    let Some(node) = common::browser::on_path("node") else {
        assert!(
            std::env::var("HERALD_BROWSER_TESTS").as_deref() != Ok("require"),
            "Node.js is required (HERALD_BROWSER_TESTS=require)"
        );
        eprintln!("SKIPPED: the search script's agreement test needs Node.js");
        return;
    };
    let site = common::browser::example_site();
    let mut cases = serde_json::Map::new();
    let mut expected = serde_json::Map::new();
    for lang in ["lv", "lt"] {
        let meta = json(&site, &format!("search/{lang}/meta.json"));
        let rules: stem::Rules = serde_json::from_value(meta["rules"].clone()).unwrap();
        let shards = meta["shards"].as_u64().unwrap() as usize;
        let mut terms = std::collections::BTreeSet::new();
        for s in 0..shards {
            let rel = format!("search/{lang}/s{s}.json");
            if site.out().join(&rel).is_file() {
                terms.extend(json(&site, &rel).as_object().unwrap().keys().cloned());
            }
        }
        let mut raw = std::collections::BTreeSet::new();
        for e in walkdir::WalkDir::new(site.root().join("content")) {
            let e = e.unwrap();
            if e.file_name()
                .to_string_lossy()
                .ends_with(&format!(".{lang}.md"))
            {
                let text = std::fs::read_to_string(e.path()).unwrap();
                raw.extend(
                    text.split(|c: char| !c.is_alphanumeric())
                        .filter(|w| w.chars().count() >= 2)
                        .map(str::to_string),
                );
            }
        }
        assert!(
            raw.len() > 300 && terms.len() > 300,
            "{lang}: too few words"
        );
        let folded: Vec<String> = raw.iter().map(|w| stem::fold(w)).collect();
        // The example's index is one shard: the split is compared at the counts of larger sites.
        let shard: Vec<Vec<usize>> = folded
            .iter()
            .map(|w| SHARD_COUNTS.iter().map(|&n| shard_of(w, n)).collect())
            .collect();
        let mut pairs = Vec::new();
        for w in folded.iter().collect::<std::collections::BTreeSet<_>>() {
            for t in &terms {
                if stem::matches(&rules, w, t) {
                    pairs.push(format!("{w} {t}"));
                }
            }
        }
        cases.insert(
            lang.into(),
            serde_json::json!({"rules": meta["rules"], "counts": SHARD_COUNTS, "raw": raw, "terms": terms}),
        );
        expected.insert(
            lang.into(),
            serde_json::json!({"folded": folded, "shard": shard, "pairs": pairs}),
        );
    }
    let input = site.root().join("agree.json");
    std::fs::write(&input, Value::Object(cases).to_string()).unwrap();
    let script = r#"
const s = require(process.argv[1]);
const cases = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const out = {};
for (const [lang, c] of Object.entries(cases)) {
  const folded = c.raw.map(s.fold);
  const pairs = [];
  for (const w of [...new Set(folded)].sort()) {
    for (const t of c.terms) if (s.matches(c.rules, w, t)) pairs.push(w + ' ' + t);
  }
  const shard = folded.map((w) => c.counts.map((n) => s.shardOf(w, n)));
  out[lang] = { folded, shard, pairs };
}
process.stdout.write(JSON.stringify(out));
"#;
    let out = std::process::Command::new(node)
        .arg("-e")
        .arg(script)
        .arg(site.out().join("search.js"))
        .arg(&input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    for lang in ["lv", "lt"] {
        for part in ["folded", "shard", "pairs"] {
            let (want, got) = (&expected[lang][part], &got[lang][part]);
            if want != got {
                let w: Vec<_> = want.as_array().unwrap().iter().collect();
                let g: Vec<_> = got.as_array().unwrap().iter().collect();
                let only_rust: Vec<_> = w.iter().filter(|x| !g.contains(x)).take(10).collect();
                let only_js: Vec<_> = g.iter().filter(|x| !w.contains(x)).take(10).collect();
                panic!("{lang} {part}: Rust only {only_rust:?}, script only {only_js:?}");
            }
        }
        assert!(expected[lang]["pairs"].as_array().unwrap().len() > 300);
    }
}
