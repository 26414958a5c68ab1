//! Shared helpers for integration tests: fixture sites written into temp folders, the real
//! `herald` binary run on them, and HTML inspection with scraper.
#![allow(dead_code)]

pub mod browser;
pub mod serve;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use scraper::{Html, Selector};
use tempfile::TempDir;

pub const SITE_YAML: &str = r#"title: {lv: "Projekta vietne", lt: "Projekto svetainė"}
base_url: "https://example.org/octopus/"
languages: [lv, lt]
paginate_by: 2
project:
  acronym: OCTOPUS
  code: LLI-425
  name: {lv: "Daudzfunkcionālo centru attīstība", lt: "Daugiafunkcinių centrų plėtra"}
  programme: latlit-2014-2020
  start: 2020-06-01
  end: 2022-06-30
  budget_eur: 705573.37
  erdf_eur: 599737.33
  responsible: {lv: "Zemgales Plānošanas reģions", lt: "Zemgalės planavimo regionas"}
  partners:
    - name: {lv: "Rokišķu rajona pašvaldība", lt: "Rokiškio rajono savivaldybė"}
      url: "https://www.rokiskis.lt"
social:
  - {name: Facebook, url: "https://www.facebook.com/example"}
contact:
  address: {lv: "Katoļu iela 2b, Jelgava", lt: "Katoļu g. 2b, Jelgava"}
  phone: "+371 630 28 333"
  email: "info@example.org"
"#;

/// A small bilingual site: a translated item, one Latvian-only, one Lithuanian-only, a draft,
/// an about page, and enough items for two list pages.
pub fn fixture_files() -> BTreeMap<&'static str, String> {
    let mut f = BTreeMap::new();
    f.insert("site.yaml", SITE_YAML.to_string());
    f.insert(
        "content/_index.lv.md",
        "---\ntitle: Sākums\n---\nLaipni lūdzam!\n".into(),
    );
    f.insert(
        "content/news/_index.lv.md",
        "---\ntitle: Jaunumi\nslug: jaunumi\n---\n".into(),
    );
    f.insert(
        "content/news/_index.lt.md",
        "---\ntitle: Naujienos\nslug: naujienos\n---\n".into(),
    );
    f.insert(
        "content/news/kick-off/index.lv.md",
        "---\ntitle: Projekta atklāšanas seminārs\ndate: 2020-09-15\nauthor: {name: Zemgales Plānošanas reģions, role: sabiedrisko attiecību speciāliste}\ntags: [seminārs]\n---\nSeminārā piedalījās **četrdesmit** dalībnieki.\n\n## Programma\n\nSkatīt arī [par projektu](../../about.lv.md).\n".into(),
    );
    f.insert(
        "content/news/kick-off/index.lt.md",
        "---\ntitle: Projekto atidarymo seminaras\nslug: atidarymo-seminaras\n---\nSeminare dalyvavo keturiasdešimt dalyvių.\n".into(),
    );
    f.insert(
        "content/news/lv-only.lv.md",
        "---\ntitle: Tikai latviski\ndate: 2021-02-18\nsummary: Ziņa tikai latviešu valodā.\n---\nTeksts.\n".into(),
    );
    f.insert(
        "content/news/lt-only.lt.md",
        "---\ntitle: Tik lietuviškai\ndate: 2021-03-01\n---\nTekstas lietuviškai.\n".into(),
    );
    f.insert(
        "content/news/secret.lv.md",
        "---\ntitle: Melnraksts\ndate: 2021-04-01\ndraft: true\n---\nVēl nav gatavs.\n".into(),
    );
    f.insert(
        "content/about.lv.md",
        "---\ntitle: Par projektu\nslug: par-projektu\n---\nProjekta apraksts. [Seminārs](news/kick-off/index.lv.md#programma)\n".into(),
    );
    f.insert(
        "content/about.lt.md",
        "---\ntitle: Apie projektą\nslug: apie-projekta\n---\nProjekto aprašymas.\n".into(),
    );
    f
}

pub struct Site {
    pub dir: TempDir,
}

impl Site {
    pub fn new(files: &BTreeMap<&str, String>) -> Site {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let p = dir.path().join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        Site { dir }
    }

    pub fn fixture() -> Site {
        Site::new(&fixture_files())
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn out(&self) -> PathBuf {
        self.root().join("public")
    }

    pub fn write(&self, path: &str, text: &str) {
        let p = self.root().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    pub fn herald(&self, args: &[&str]) -> Output {
        // English whatever the machine's locale: the tests read herald's words.
        let out = Command::new(env!("CARGO_BIN_EXE_herald"))
            .env("HERALD_LANG", "en")
            .args(args)
            .arg("--root")
            .arg(self.root())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "herald panicked:\n{stderr}");
        out
    }

    /// `herald build`, which must succeed.
    pub fn build(&self, extra: &[&str]) -> String {
        let mut args = vec!["build"];
        args.extend_from_slice(extra);
        let out = self.herald(&args);
        assert!(
            out.status.success(),
            "build failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// `herald build`, which must succeed; returns its warnings (stderr).
    pub fn build_warnings(&self) -> String {
        let out = self.herald(&["build"]);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "build failed:\n{stderr}");
        stderr
    }

    /// `herald build`, which must fail; returns stderr.
    pub fn build_fails(&self) -> String {
        let out = self.herald(&["build"]);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(1),
            "expected exit 1, stderr:\n{stderr}"
        );
        stderr
    }

    pub fn read(&self, rel: &str) -> String {
        let p = self.out().join(rel);
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    pub fn html(&self, rel: &str) -> Html {
        Html::parse_document(&self.read(rel))
    }
}

/// Runs herald's `cmd` with `HERALD_TIMINGS` set; returns its output and the peak memory
/// herald reports for itself (MB), where the system says it. Measured inside herald (its own
/// high-water mark): the tests run side by side in one process, and `getrusage` of a child
/// started from it also counts this process's memory.
pub fn output_and_peak_mb(cmd: &mut Command) -> (Output, Option<u64>) {
    let out = cmd.env("HERALD_TIMINGS", "1").output().unwrap();
    let peak = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter_map(|l| {
            let mb = l.split(" peak ").nth(1)?.trim().strip_suffix("MB")?;
            mb.trim().parse::<u64>().ok()
        })
        .max()
        .filter(|&mb| mb > 0);
    (out, peak)
}

/// A small real JPEG, black, `w` × `h` pixels.
pub fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::new_rgb8(w, h)
        .write_to(&mut out, image::ImageFormat::Jpeg)
        .unwrap();
    out.into_inner()
}

pub fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let sel = Selector::parse(css).unwrap();
    doc.select(&sel).collect()
}

pub fn attr(doc: &Html, css: &str, name: &str) -> Vec<String> {
    select(doc, css)
        .iter()
        .filter_map(|e| e.value().attr(name).map(str::to_string))
        .collect()
}

pub fn text(el: &scraper::ElementRef) -> String {
    el.text()
        .collect::<Vec<_>>()
        .join("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every file below `dir`, relative path -> bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/"),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}
