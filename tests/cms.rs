//! `herald cms` and the editor's local backend in `herald serve`: the generated config.yml
//! (YAML, every front-matter field herald reads, herald's rules, the user's part kept, a third
//! language), and the backend's actions, path checks, origin checks, token, refusal of a file
//! changed on disk, and atomic writes.

use crate::common;

use std::io::Read;
use std::path::Path;
use std::time::Duration;

use base64::Engine;
use common::serve::{exchange, start, start_in, Server};
use common::Site;
use serde_json::{json, Value};
use serde_yaml::Value as Yaml;

/// A file of the site folder (`Site::read` reads the output).
fn read(site: &Site, rel: &str) -> String {
    std::fs::read_to_string(site.root().join(rel)).unwrap()
}

fn cms(site: &Site) -> std::process::Output {
    site.herald(&["cms"])
}

fn config(site: &Site) -> (String, Yaml) {
    let text = read(site, "static/admin/config.yml");
    let below = text.split_once("herald cms: everything below").unwrap().1;
    assert!(below.contains('\n'));
    (
        text.clone(),
        serde_yaml::from_str(&text).expect("config.yml is YAML"),
    )
}

fn collection<'a>(config: &'a Yaml, name: &str) -> &'a Yaml {
    config["collections"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no collection {name}"))
}

fn field<'a>(fields: &'a Yaml, name: &str) -> &'a Yaml {
    fields
        .as_sequence()
        .unwrap()
        .iter()
        .find(|f| f["name"] == name)
        .unwrap_or_else(|| panic!("no field {name}"))
}

fn names(fields: &Yaml) -> Vec<String> {
    fields
        .as_sequence()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap().to_string())
        .collect()
}

/// The properties of one of herald's JSON Schemas (`herald schema page`), and of its
/// definition `def` when given.
fn schema_keys(site: &Site, which: &str, def: Option<&str>) -> Vec<String> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(["schema", which])
        .output()
        .unwrap();
    let schema: Value = serde_json::from_slice(&out.stdout).unwrap();
    let _ = site;
    let node = match def {
        Some(d) => &schema["$defs"][d],
        None => &schema,
    };
    let mut keys: Vec<String> = node["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    keys.sort();
    keys
}

#[test]
fn the_config_has_every_field_herald_reads_with_its_rules() {
    let site = Site::fixture();
    let out = cms(&site);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (_, c) = config(&site);
    assert_eq!(c["i18n"]["structure"], Yaml::from("multiple_files"));
    assert_eq!(
        c["i18n"]["locales"],
        serde_yaml::from_str::<Yaml>("[lv, lt]").unwrap()
    );
    assert_eq!(c["i18n"]["default_locale"], Yaml::from("lv"));
    // Set by `herald serve`'s editor page (with the session token), not in the file that
    // Sveltia CMS reads too.
    assert!(c.get("local_backend").is_none());
    assert_eq!(c["backend"]["name"], Yaml::from("github"));

    let news = collection(&c, "news");
    assert_eq!(news["folder"], Yaml::from("content/news"));
    assert_eq!(news["path"], Yaml::from("{{slug}}/index"));
    assert_eq!(news["media_folder"], Yaml::from(""));
    assert_eq!(news["public_folder"], Yaml::from(""));
    assert_eq!(news["label"], Yaml::from("Jaunumi"));
    let fields = &news["fields"];
    // Every key of the page front matter but `extra` (kept as it is: the CMS writes back the
    // keys it has no field for), and the text.
    let mut expected = schema_keys(&site, "page", None);
    expected.retain(|k| k != "extra");
    expected.push("body".into());
    expected.sort();
    let mut got = names(fields);
    got.sort();
    assert_eq!(got, expected);
    // The gallery: a list of two kinds of entries (pictures, videos), told apart by `type`
    // (a key herald reads); between them, every key of a gallery entry.
    let gallery = field(fields, "gallery");
    assert_eq!(gallery["typeKey"], Yaml::from("type"));
    assert_eq!(names(&gallery["types"]), ["image", "video"]);
    let mut gallery_keys: Vec<String> = gallery["types"]
        .as_sequence()
        .unwrap()
        .iter()
        .flat_map(|t| names(&t["fields"]))
        .chain(["type".to_string()])
        .collect();
    gallery_keys.sort();
    assert_eq!(
        gallery_keys,
        schema_keys(&site, "page", Some("GalleryEntry"))
    );

    // herald's rules: a title and the date required, the date as YYYY-MM-DD and only in the
    // default language (translations inherit it), a picture's file and alt text in every
    // language (a video's address, and no alt text), `translate` on unless switched off.
    let title = field(fields, "title");
    assert_eq!(
        (title["required"].as_bool(), title["i18n"].as_bool()),
        (Some(true), Some(true))
    );
    let date = field(fields, "date");
    assert_eq!(date["required"], Yaml::from(true));
    assert_eq!(date["format"], Yaml::from("YYYY-MM-DD"));
    assert!(
        date.get("i18n").is_none(),
        "the date is kept in the default language only"
    );
    assert_eq!(date["pattern"][0], Yaml::from(r"^\d{4}-\d{2}-\d{2}$"));
    let picture = field(&gallery["types"], "image");
    let video = field(&gallery["types"], "video");
    // One gallery, in the default language's file only (translations inherit it), with a
    // required alt text per language beside each picture.
    assert!(field(fields, "gallery").get("i18n").is_none());
    let alt = field(&picture["fields"], "alt");
    assert_eq!(
        (alt["widget"].as_str(), alt["required"].as_bool()),
        (Some("object"), Some(true))
    );
    assert!(alt.get("i18n").is_none());
    assert_eq!(names(&alt["fields"]), ["lv", "lt"]);
    let alt_lt = field(&alt["fields"], "lt");
    assert_eq!(alt_lt["required"], Yaml::from(true));
    assert_eq!(
        alt_lt["label"],
        Yaml::from("Attēla apraksts (alt): lietuviski / Nuotraukos aprašymas (alt): lietuviškai")
    );
    let caption = field(&picture["fields"], "caption");
    assert_eq!(names(&caption["fields"]), ["lv", "lt"]);
    assert_eq!(
        field(&caption["fields"], "lv")["required"],
        Yaml::from(false)
    );
    assert_eq!(
        names(&field(&video["fields"], "title")["fields"]),
        ["lv", "lt"]
    );
    assert_eq!(
        field(&picture["fields"], "image")["required"],
        Yaml::from(true)
    );
    assert_eq!(
        field(&video["fields"], "video")["required"],
        Yaml::from(true)
    );
    assert_eq!(
        field(&video["fields"], "title")["required"],
        Yaml::from(false)
    );
    assert!(names(&video["fields"]).iter().all(|n| n != "alt"));
    assert!(
        alt["hint"].as_str().unwrap().contains("obligāts"),
        "{alt:?}"
    );
    assert_eq!(field(fields, "translate")["default"], Yaml::from(true));
    // Sveltia CMS leaves empty fields out (herald refuses `updated: ''`), as Decap CMS does.
    assert_eq!(c["output"]["omit_empty_optional_fields"], Yaml::from(true));
    assert!(field(&picture["fields"], "image").get("i18n").is_none());
    assert_eq!(field(fields, "date")["label"], Yaml::from("Datums / Data"));

    // The section's own text (`news/_index.<lang>.md`): a folder collection of the section
    // folder's own files (its items are one folder down), every key of a section's front
    // matter but `extra`, nothing to create or delete; Sveltia CMS is told to list `_index`.
    let text = collection(&c, "news_text");
    assert_eq!(text["folder"], Yaml::from("content/news"));
    assert!(text.get("path").is_none(), "files of content/news itself");
    assert_eq!(
        (text["create"].as_bool(), text["delete"].as_bool()),
        (Some(false), Some(false))
    );
    assert_eq!(text["index_file"], Yaml::from(true));
    assert_eq!(text["i18n"], Yaml::from(true));
    assert_eq!(
        text["label"],
        Yaml::from("Jaunumi: sadaļas ievads / skyriaus įvadas")
    );
    let mut expected = schema_keys(&site, "section", None);
    expected.retain(|k| k != "extra");
    expected.push("body".into());
    expected.sort();
    let mut got = names(&text["fields"]);
    got.sort();
    assert_eq!(got, expected);
    assert_eq!(
        field(&text["fields"], "title")["required"],
        Yaml::from(true)
    );

    // The top-level pages and the home page's text: a folder collection of content/ whose
    // fields both kinds of front matter accept.
    assert_eq!(c["collections"].as_sequence().unwrap().len(), 3);
    let pages = collection(&c, "pages");
    assert_eq!(pages["index_file"], Yaml::from(true));
    assert_eq!(pages["folder"], Yaml::from("content"));
    assert_eq!(pages["i18n"], Yaml::from(true));
    assert!(pages.get("path").is_none(), "files of content/ itself");
    let (page_keys, section_keys) = (
        schema_keys(&site, "page", None),
        schema_keys(&site, "section", None),
    );
    for name in names(&pages["fields"]) {
        assert!(
            name == "body" || (page_keys.contains(&name) && section_keys.contains(&name)),
            "{name} is not a key of both pages and the home page"
        );
    }
    assert_eq!(
        field(&pages["fields"], "title")["required"],
        Yaml::from(true)
    );
    let page = read(&site, "static/admin/index.html");
    assert!(
        page.contains("decap-cms@3.16.3/dist/decap-cms.js\" integrity=\"sha384-"),
        "{page}"
    );
    assert!(page.contains("<html lang=\"lv\">"));
}

#[test]
fn running_again_keeps_the_users_part_and_follows_site_yaml() {
    let site = Site::fixture();
    assert!(cms(&site).status.success());
    let (text, _) = config(&site);
    let (_, herald_part) = text.split_once("# ---- herald cms").unwrap();
    let mine = "# our site\nbackend:\n  name: gitlab\n  repo: team/octopus # the project\nlogo_url: https://example.org/logo.svg\n";
    site.write(
        "static/admin/config.yml",
        &format!(
            "{mine}# ---- herald cms{}\nstray: edit below the line\n",
            herald_part
        ),
    );
    site.write(
        "static/admin/index.html",
        "<!DOCTYPE html><title>mine</title>",
    );
    let mut yaml =
        read(&site, "site.yaml").replace("languages: [lv, lt]", "languages: [lv, lt, et]");
    // Every text of site.yaml in Estonian too (the Lithuanian one will do for the test).
    while let Some(at) = yaml.find("lt: \"") {
        let end = at + 5 + yaml[at + 5..].find('"').unwrap();
        let lt = yaml[at + 4..=end].to_string();
        yaml.replace_range(at..=end, &format!("lt; {lt}, et: {lt}"));
    }
    let yaml = yaml.replace("lt; ", "lt: ");
    site.write("site.yaml", &yaml);
    let out = cms(&site);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Kept"));
    let (text, c) = config(&site);
    assert!(text.starts_with(mine), "{text}");
    assert!(!text.contains("stray"), "herald's part is written again");
    assert_eq!(c["backend"]["name"], Yaml::from("gitlab"));
    assert_eq!(
        c["i18n"]["locales"],
        serde_yaml::from_str::<Yaml>("[lv, lt, et]").unwrap()
    );
    let title = field(&collection(&c, "news")["fields"], "title");
    assert_eq!(
        title["label"],
        Yaml::from("Virsraksts / Pavadinimas / Title")
    );
    assert_eq!(
        read(&site, "static/admin/index.html"),
        "<!DOCTYPE html><title>mine</title>"
    );
    // The same input twice: the same file.
    assert!(cms(&site).status.success());
    assert_eq!(read(&site, "static/admin/config.yml"), text);
}

#[test]
fn a_key_herald_writes_set_by_the_user_is_refused_at_its_line() {
    let site = Site::fixture();
    assert!(cms(&site).status.success());
    let (text, _) = config(&site);
    let before = format!("# mine\ncollections: []\n{text}");
    site.write("static/admin/config.yml", &before);
    let out = cms(&site);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("H070") && err.contains("config.yml:2"),
        "{err}"
    );
    assert!(err.contains("`collections:`"), "{err}");
    assert_eq!(
        read(&site, "static/admin/config.yml"),
        before,
        "left as it was"
    );
    site.write("static/admin/config.yml", "backend: {name: github}\n");
    let out = cms(&site);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no herald line"));
}

// ---- The local backend ----

fn get(server: &Server, path: &str, host: &str) -> (u16, String, Vec<u8>) {
    let raw = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
    exchange(&server.host, raw.as_bytes())
}

struct Editor<'a> {
    server: &'a Server,
    token: String,
}

/// Opens the admin page as the browser would and takes the token from it.
fn editor(server: &Server) -> Editor<'_> {
    let (status, _, body) = get(server, &format!("{}admin/", server.base), &server.host);
    let page = String::from_utf8_lossy(&body).to_string();
    assert_eq!(status, 200, "{page}");
    let token = page
        .split("__herald/cms/")
        .nth(2)
        .and_then(|r| r.split('/').next())
        .unwrap_or_else(|| panic!("no token in {page}"))
        .to_string();
    Editor { server, token }
}

impl Editor<'_> {
    fn url(&self) -> String {
        format!("{}__herald/cms/{}/api/v1", self.server.base, self.token)
    }

    /// A request as the CMS sends it, with `headers` added (or replacing the usual ones).
    fn raw(&self, url: &str, body: &Value, headers: &[(&str, &str)]) -> (u16, Value) {
        let body = body.to_string();
        let origin = format!("http://{}", self.server.host);
        let mut h: Vec<(String, String)> = vec![
            ("Host".into(), self.server.host.clone()),
            ("Origin".into(), origin),
            ("Content-Type".into(), "application/json".into()),
            ("Sec-Fetch-Site".into(), "same-origin".into()),
        ];
        for (k, v) in headers {
            h.retain(|(n, _)| !n.eq_ignore_ascii_case(k));
            if !v.is_empty() {
                h.push((k.to_string(), v.to_string()));
            }
        }
        let mut raw = format!("POST {url} HTTP/1.1\r\n");
        for (k, v) in h {
            raw.push_str(&format!("{k}: {v}\r\n"));
        }
        raw.push_str(&format!(
            "Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ));
        let (status, _, body) = exchange(&self.server.host, raw.as_bytes());
        (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
    }

    fn call(&self, action: &str, params: Value) -> (u16, Value) {
        self.raw(
            &self.url(),
            &json!({"action": action, "params": params}),
            &[],
        )
    }
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn png() -> Vec<u8> {
    let mut img = image::RgbImage::new(64, 48);
    for (x, _, p) in img.enumerate_pixels_mut() {
        *p = image::Rgb([x as u8 * 3, 90, 160]);
    }
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

fn cms_site() -> Site {
    let site = Site::fixture();
    assert!(cms(&site).status.success());
    site
}

#[test]
fn the_admin_page_holds_the_token_and_the_embedded_cms() {
    let site = Site::fixture();
    let server = start(&site);
    // No configuration yet: the page says what to do.
    let (status, _, body) = get(&server, &format!("{}admin/", server.base), &server.host);
    assert_eq!(status, 200);
    assert!(String::from_utf8_lossy(&body).contains("herald cms"));
    assert!(cms(&site).status.success());
    std::thread::sleep(Duration::from_millis(600));
    let e = editor(&server);
    assert_eq!(e.token.len(), 32);
    let (status, head, body) = get(
        &server,
        &format!("{}__herald/cms/decap-cms.js", server.base),
        &server.host,
    );
    assert_eq!(status, 200);
    assert!(
        head.contains("Content-Encoding: gzip") && head.contains("text/javascript"),
        "{head}"
    );
    assert!(body.starts_with(&[0x1f, 0x8b]) && body.len() > 1_000_000);
    let (status, _, body) = get(
        &server,
        &format!("{}__herald/cms/LICENSE", server.base),
        &server.host,
    );
    assert_eq!(status, 200);
    assert!(String::from_utf8_lossy(&body).contains("MIT License"));
    // Another name for this machine (a page's domain pointed at 127.0.0.1) gets no token.
    let (status, _, body) = get(
        &server,
        &format!("{}admin/", server.base),
        "evil.example:1111",
    );
    assert_eq!(status, 403);
    assert!(!String::from_utf8_lossy(&body).contains(&e.token));
    let port = server.host.rsplit(':').next().unwrap();
    let (status, _, _) = get(
        &server,
        &format!("{}admin/", server.base),
        &format!("localhost:{port}"),
    );
    assert_eq!(status, 200);
    // A new server, a new token.
    let other = start(&site);
    assert_ne!(editor(&other).token, e.token);
}

#[test]
fn each_action_reads_and_writes_the_site() {
    let site = cms_site();
    let server = start(&site);
    let e = editor(&server);
    let (status, info) = e.call("info", json!({}));
    assert_eq!(status, 200);
    assert_eq!(info["type"], json!("local_fs"));
    assert_eq!(info["publish_modes"], json!(["simple"]));

    let (status, list) = e.call(
        "entriesByFolder",
        json!({"folder": "content/news", "extension": "md", "depth": 2}),
    );
    assert_eq!(status, 200);
    let paths: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["file"]["path"].as_str().unwrap())
        .collect();
    assert!(
        paths.contains(&"content/news/kick-off/index.lv.md"),
        "{paths:?}"
    );
    // The items only, bundles and single files: the section's own text is not a news item
    // (it has its own collection, which reads one level).
    assert!(paths.contains(&"content/news/lv-only.lv.md"), "{paths:?}");
    assert!(!paths.iter().any(|p| p.contains("_index")), "{paths:?}");
    let (_, text) = e.call(
        "entriesByFolder",
        json!({"folder": "content/news/", "extension": "md", "depth": 1}),
    );
    let text: Vec<&str> = text
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["file"]["path"].as_str().unwrap())
        .collect();
    assert!(text.contains(&"content/news/_index.lv.md"), "{text:?}");
    let kick = list
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["file"]["path"] == json!("content/news/kick-off/index.lt.md"))
        .unwrap();
    assert_eq!(
        kick["data"].as_str().unwrap(),
        read(&site, "content/news/kick-off/index.lt.md")
    );
    let (_, one) = e.call("getEntry", json!({"path": "content/about.lv.md"}));
    assert_eq!(
        one["data"].as_str().unwrap(),
        read(&site, "content/about.lv.md")
    );
    let (_, files) = e.call(
        "entriesByFiles",
        json!({"files": [{"path": "content/about.lt.md"}, {"path": "content/missing.lt.md"}]}),
    );
    assert_eq!(files[1]["data"], Value::Null);

    // A new item in both languages with two pictures, as the CMS saves it.
    let (a, b) = (png(), [png(), vec![0u8; 3]].concat());
    let dir = "content/news/2024-05-02-jauna-zina";
    let lv = "---\ntitle: Jauna ziņa\ndate: 2024-05-02\ngallery:\n  - image: a.png\n    alt: Pirmais attēls\n  - image: b.png\n    alt: Otrais attēls\n---\nTeksts latviski.\n";
    let lt = "---\ntitle: Nauja naujiena\ngallery:\n  - image: a.png\n    alt: Pirmoji nuotrauka\n  - image: b.png\n    alt: Antroji nuotrauka\n---\nTekstas lietuviškai.\n";
    let (status, answer) = e.call(
        "persistEntry",
        json!({
            "dataFiles": [
                {"slug": "2024-05-02-jauna-zina", "path": format!("{dir}/index.lv.md"), "raw": lv},
                {"slug": "2024-05-02-jauna-zina", "path": format!("{dir}/index.lt.md"), "raw": lt},
            ],
            "assets": [
                {"path": format!("{dir}/a.png"), "content": b64(&a), "encoding": "base64"},
                {"path": format!("{dir}/b.png"), "content": b64(&b), "encoding": "base64"},
            ],
            "options": {"commitMessage": "Create", "useWorkflow": false, "status": ""},
        }),
    );
    assert_eq!(status, 200, "{answer}");
    assert_eq!(read(&site, &format!("{dir}/index.lv.md")), lv);
    assert_eq!(read(&site, &format!("{dir}/index.lt.md")), lt);
    assert_eq!(
        std::fs::read(site.root().join(dir).join("b.png")).unwrap(),
        b
    );
    let leftovers: Vec<_> = std::fs::read_dir(site.root().join(dir))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    let (_, media) = e.call("getMedia", json!({"mediaFolder": dir}));
    let names: Vec<&str> = media
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["a.png", "b.png", "index.lt.md", "index.lv.md"]);
    let (_, file) = e.call("getMediaFile", json!({"path": format!("{dir}/a.png")}));
    assert_eq!(file["content"].as_str().unwrap(), b64(&a));
    let (status, _) = e.call("persistMedia", json!({"asset": {"path": "static/uploads/c.png", "content": b64(&a), "encoding": "base64"}, "options": {}}));
    assert_eq!(status, 200);
    assert_eq!(
        std::fs::read(site.root().join("static/uploads/c.png")).unwrap(),
        a
    );
    let (status, _) = e.call(
        "deleteFile",
        json!({"path": "static/uploads/c.png", "options": {}}),
    );
    assert_eq!(status, 200);
    assert!(!site.root().join("static/uploads/c.png").exists());

    // The item builds as saved.
    site.build(&[]);
    assert!(site
        .read("lv/jaunumi/2024-05-02-jauna-zina/index.html")
        .contains("Pirmais attēls"));

    // Deleting the item's files removes its bundle with its pictures.
    let (status, _) = e.call("deleteFiles", json!({"paths": [format!("{dir}/index.lv.md"), format!("{dir}/index.lt.md")], "options": {}}));
    assert_eq!(status, 200);
    assert!(!site.root().join(dir).exists());
    assert_eq!(e.call("getDeployPreview", json!({})).1, Value::Null);
    let (status, err) = e.call("unpublishedEntries", json!({}));
    assert_eq!(status, 422);
    assert!(err["error"]
        .as_str()
        .unwrap()
        .contains("unpublishedEntries"));
}

#[test]
fn paths_outside_content_and_static_are_refused() {
    let site = cms_site();
    let outside = tempfile::tempdir().unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path(), site.root().join("content/link")).unwrap();
    let server = start(&site);
    let e = editor(&server);
    let bad = [
        "../evil.md",
        "content/../site.yaml",
        "content/news/../../site.yaml",
        "/etc/evil.md",
        "site.yaml",
        "themes/default/templates/page.html",
        "content/.git/config",
        "content\\..\\site.yaml",
        "C:/evil.md",
        "content/link/evil.md",
        "",
    ];
    let before = common::snapshot(site.root());
    for path in bad {
        let (status, answer) = e.call(
            "persistEntry",
            json!({"dataFiles": [{"slug": "x", "path": path, "raw": "x"}], "assets": [], "options": {}}),
        );
        assert_eq!(status, 403, "{path}: {answer}");
        assert!(
            answer["error"].as_str().unwrap().contains("H071"),
            "{answer}"
        );
        let (status, _) = e.call(
            "persistMedia",
            json!({"asset": {"path": path, "content": "eA==", "encoding": "base64"}}),
        );
        assert_eq!(status, 403, "{path}");
        let (status, _) = e.call("deleteFile", json!({"path": path}));
        assert_eq!(status, 403, "{path}");
        let (status, _) = e.call("getEntry", json!({"path": path}));
        assert_eq!(status, 403, "{path}");
    }
    let (status, _) = e.call(
        "entriesByFolder",
        json!({"folder": "content/link", "extension": "md", "depth": 1}),
    );
    assert_eq!(status, 403);
    // One bad path among good ones: nothing at all is written.
    let (status, _) = e.call(
        "persistEntry",
        json!({"dataFiles": [{"slug": "x", "path": "content/ok.lv.md", "raw": "---\ntitle: x\n---\n"}],
               "assets": [{"path": "../x.png", "content": "eA==", "encoding": "base64"}], "options": {}}),
    );
    assert_eq!(status, 403);
    assert_eq!(common::snapshot(site.root()), before);
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
}

#[test]
fn requests_from_another_site_or_without_the_token_are_refused() {
    let site = cms_site();
    let server = start(&site);
    let e = editor(&server);
    let save = json!({"action": "persistMedia", "params": {"asset": {"path": "static/uploads/x.txt", "content": "eA==", "encoding": "base64"}}});
    let port = server.host.rsplit(':').next().unwrap().to_string();
    let evil_host = format!("evil.example:{port}");
    let cases: Vec<(String, Vec<(&str, &str)>)> = vec![
        (
            "a page of another site".into(),
            vec![("Origin", "http://evil.example")],
        ),
        ("a null origin".into(), vec![("Origin", "null")]),
        (
            "cross-site fetch".into(),
            vec![("Sec-Fetch-Site", "cross-site"), ("Origin", "")],
        ),
        (
            "a domain pointed at 127.0.0.1".into(),
            vec![("Host", evil_host.as_str()), ("Origin", "")],
        ),
        ("a form post".into(), vec![("Content-Type", "text/plain")]),
    ];
    for (what, headers) in &cases {
        let (status, answer) = e.raw(&e.url(), &save, headers);
        assert_eq!(status, 403, "{what}: {answer}");
    }
    for url in [
        format!("{}__herald/cms/{}/api/v1", server.base, "0".repeat(32)),
        format!("{}__herald/cms/api/v1", server.base),
        format!("{}api/v1", server.base),
    ] {
        let (status, _) = e.raw(&url, &save, &[]);
        assert!(status == 403 || status == 405, "{url}: {status}");
    }
    let (status, _, _) = get(&server, &e.url(), &server.host);
    assert_eq!(status, 405);
    assert!(!site.root().join("static/uploads/x.txt").exists());
    // The same request as the CMS sends it is answered.
    let (status, _) = e.raw(&e.url(), &save, &[]);
    assert_eq!(status, 200);
    assert!(site.root().join("static/uploads/x.txt").exists());
}

#[test]
fn a_file_changed_on_disk_since_the_cms_read_it_is_not_overwritten() {
    let site = cms_site();
    let server = start(&site);
    let e = editor(&server);
    let path = "content/about.lv.md";
    e.call("getEntry", json!({"path": path}));
    let theirs = "---\ntitle: Labots citur\n---\nKāds cits.\n";
    site.write(path, theirs);
    let save = |raw: &str| {
        e.call("persistEntry", json!({"dataFiles": [{"slug": "about", "path": path, "raw": raw}], "assets": [], "options": {}}))
    };
    let (status, answer) = save("---\ntitle: Mans\n---\n");
    assert_eq!(status, 409, "{answer}");
    assert!(
        answer["error"]
            .as_str()
            .unwrap()
            .contains("changed on disk"),
        "{answer}"
    );
    assert_eq!(read(&site, path), theirs);
    // Read again (the CMS reloaded): the save goes through.
    e.call("getEntry", json!({"path": path}));
    assert_eq!(save("---\ntitle: Mans\n---\n").0, 200);
    assert_eq!(read(&site, path), "---\ntitle: Mans\n---\n");
    // A new entry on the name of a file the CMS never opened.
    site.write(
        "content/news/taken/index.lv.md",
        "---\ntitle: Aizņemts\ndate: 2021-01-01\n---\n",
    );
    let (status, answer) = e.call("persistEntry", json!({"dataFiles": [{"slug": "taken", "path": "content/news/taken/index.lv.md", "raw": "x"}], "assets": [], "options": {}}));
    assert_eq!(status, 409, "{answer}");
    assert!(read(&site, "content/news/taken/index.lv.md").contains("Aizņemts"));
}

#[test]
fn a_reader_never_sees_a_half_written_file() {
    let site = cms_site();
    let server = start(&site);
    let e = editor(&server);
    let path = "content/big.lv.md";
    let versions: Vec<String> = (0..2)
        .map(|i| {
            format!(
                "---\ntitle: V{i}\n---\n{}\n",
                format!("{i}").repeat(4 << 20)
            )
        })
        .collect();
    let root = site.root().to_path_buf();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let reader = {
        let (stop, versions, file) = (stop.clone(), versions.clone(), root.join(path));
        std::thread::spawn(move || {
            let mut seen = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                if let Ok(text) = std::fs::read_to_string(&file) {
                    assert!(
                        versions.contains(&text),
                        "a half-written file ({} bytes)",
                        text.len()
                    );
                    seen += 1;
                }
            }
            seen
        })
    };
    for i in 0..8 {
        let (status, answer) = e.call(
            "persistEntry",
            json!({"dataFiles": [{"slug": "big", "path": path, "raw": versions[i % 2]}], "assets": [], "options": {}}),
        );
        assert_eq!(status, 200, "{answer}");
    }
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    assert!(reader.join().unwrap() > 0);
    assert!(!Path::new(&root)
        .join("content")
        .read_dir()
        .unwrap()
        .any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with(".herald")));
}

#[test]
fn on_a_network_address_the_editor_is_off_unless_asked_for() {
    let site = cms_site();
    for (flag, on) in [(None, false), (Some("--cms-on-network"), true)] {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_herald"));
        cmd.args(["serve", "--port", "0", "--bind", "0.0.0.0", "--root"])
            .arg(site.root());
        if let Some(f) = flag {
            cmd.arg(f);
        }
        let mut child = cmd
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        std::io::BufRead::read_line(&mut out, &mut line).unwrap();
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap();
        let rest = url.trim_start_matches("http://");
        let (host, base) = rest.split_at(rest.find('/').unwrap());
        let raw = format!("GET {base}admin/ HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        let (status, _, body) = exchange(host, raw.as_bytes());
        let _ = child.kill();
        let mut err = String::new();
        let _ = child.stderr.take().unwrap().read_to_string(&mut err);
        let _ = child.wait();
        if on {
            assert_eq!(status, 200);
            assert!(
                err.contains("warning") && err.contains("--bind 0.0.0.0"),
                "{err}"
            );
        } else {
            assert_eq!(status, 403, "{}", String::from_utf8_lossy(&body));
            assert!(err.contains("--cms-on-network"), "{err}");
        }
    }
}

/// `herald init --cms` is `herald init` and then `herald cms`: the same configuration, and the
/// new site builds with the editor's page in its output.
#[test]
fn init_with_cms_sets_up_the_editor_too() {
    let tmp = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(["init", "--cms", "site"])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let root = tmp.path().join("site");
    let made = std::fs::read_to_string(root.join("static/admin/config.yml")).unwrap();
    assert!(root.join("static/admin/index.html").is_file());
    let again = std::process::Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(["cms", "--root"])
        .arg(&root)
        .output()
        .unwrap();
    assert!(again.status.success(), "{again:?}");
    assert_eq!(
        std::fs::read_to_string(root.join("static/admin/config.yml")).unwrap(),
        made
    );
    let built = std::process::Command::new(env!("CARGO_BIN_EXE_herald"))
        .args(["build", "--root"])
        .arg(&root)
        .output()
        .unwrap();
    assert!(built.status.success(), "{built:?}");
    assert!(root.join("public/admin/config.yml").is_file());
}

/// Sveltia CMS reads the same `config.yml`: it passes the configuration schema Sveltia CMS
/// publishes (`schema/sveltia-cms.json` of the pinned npm package in tests/validators), checked
/// with check-jsonschema. Skips without them unless `HERALD_BROWSER_TESTS=require` (CI).
#[test]
fn the_config_passes_sveltia_cms_schema() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let schema = repo.join("tests/validators/node_modules/@sveltia/cms/schema/sveltia-cms.json");
    let tool = std::process::Command::new("check-jsonschema")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !schema.is_file() || !tool {
        assert!(
            std::env::var("HERALD_BROWSER_TESTS").as_deref() != Ok("require"),
            "Sveltia CMS's schema (npm ci --prefix tests/validators) and check-jsonschema are required"
        );
        eprintln!("SKIPPED: needs npm ci --prefix tests/validators and check-jsonschema");
        return;
    }
    let site = Site::new(&Default::default());
    for entry in ["site.yaml", "content", "static"] {
        common::browser::copy(&repo.join(entry), &site.root().join(entry));
    }
    assert!(cms(&site).status.success());
    let out = std::process::Command::new("check-jsonschema")
        .arg("--schemafile")
        .arg(&schema)
        .arg(site.root().join("static/admin/config.yml"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `herald cms` writes every item's gallery in one place, as the editor keeps it (hand-written
/// galleries, one per language, included): in the default language's file, its pictures and
/// videos in their order, each with its kind and its texts in every language; none in the
/// translation's file. It says so, and a second run changes nothing. herald builds the same
/// pages from it.
#[test]
fn cms_writes_each_gallery_in_one_place() {
    let mut files = common::fixture_files();
    let lv = "---\ntitle: Galerija\ndate: 2024-05-02\ngallery:\n  - image: a.png\n    alt: Pirmais # ezers\n  - {image: b.png, alt: Otrais}\n  - video: \"https://vimeo.com/76979871\"\n    title: Video\n---\nTeksts.\n";
    files.insert("content/news/g/index.lv.md", lv.into());
    files.insert(
        "content/news/g/index.lt.md",
        "---\ntitle: Galerija\ngallery: [{image: b.png, alt: Antra}, {image: a.png, alt: Pirma}]\n---\nTekstas.\n".into(),
    );
    let site = Site::new(&files);
    for name in ["a.png", "b.png"] {
        std::fs::write(site.root().join("content/news/g").join(name), png()).unwrap();
    }
    site.build(&[]);
    let page = |lang: &str, path: &str| {
        common::attr(&site.html(&format!("{lang}/{path}")), "main img", "alt")
    };
    let lv_before = page("lv", "jaunumi/g/index.html");
    let lt_before = page("lt", "naujienos/g/index.html");
    assert!(
        ["Pirma", "Antra"]
            .iter()
            .all(|a| lt_before.iter().any(|b| b == a)),
        "{lt_before:?}"
    );
    let out = cms(&site);
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    for file in ["content/news/g/index.lv.md", "content/news/g/index.lt.md"] {
        assert!(
            said.contains(&format!("Kept the gallery of {file} in one place")),
            "{said}"
        );
    }
    // The comment on a picture's line stays, on its own line before the picture.
    let one = "gallery:\n  # ezers\n  - type: image\n    image: a.png\n    alt:\n      lv: Pirmais\n      lt: Pirma\n  - type: image\n    image: b.png\n    alt:\n      lv: Otrais\n      lt: Antra\n  - type: video\n    video: https://vimeo.com/76979871\n    title:\n      lv: Video\n---\n";
    assert_eq!(
        read(&site, "content/news/g/index.lv.md"),
        format!("---\ntitle: Galerija\ndate: 2024-05-02\n{one}Teksts.\n")
    );
    assert_eq!(
        read(&site, "content/news/g/index.lt.md"),
        "---\ntitle: Galerija\n---\nTekstas.\n"
    );
    let again = cms(&site);
    assert!(!String::from_utf8_lossy(&again.stdout).contains("in one place"));
    site.build(&[]);
    assert_eq!(page("lv", "jaunumi/g/index.html"), lv_before);
    assert_eq!(page("lt", "naujienos/g/index.html"), lt_before);
}

/// The editor is given an item's gallery in one place: in the default language's file, its
/// files in their order with every language's texts, read from each language's file (an item
/// written one gallery per language, or by hand, opens in that form); the translation's file
/// without one. The files on disk are unchanged until the editor saves, and that save is not
/// taken for a change made elsewhere.
#[test]
fn the_editor_is_given_the_gallery_in_one_place() {
    let site = cms_site();
    let path = "content/news/kick-off/index.lv.md";
    let by_hand = "---\ntitle: Atklāšana\ndate: 2020-09-15\ngallery:\n  - image: a.png\n    alt: Zāle\n  - {video: \"https://vimeo.com/76979871\", title: Video}\n---\nTeksts.\n";
    site.write(path, by_hand);
    let lt = "content/news/kick-off/index.lt.md";
    let own = "---\ntitle: Atidarymas\nslug: atidarymas\ngallery:\n  - {image: a.png, alt: Salė, caption: Jelgava}\n---\nTekstas.\n";
    site.write(lt, own);
    let server = start(&site);
    let e = editor(&server);
    let one = "gallery:\n  - type: image\n    image: a.png\n    alt:\n      lv: Zāle\n      lt: Salė\n    caption:\n      lt: Jelgava\n  - type: video\n    video: https://vimeo.com/76979871\n    title:\n      lv: Video\n---\n";
    let (status, entry) = e.call("getEntry", json!({"path": path}));
    assert_eq!(status, 200);
    let given = entry["data"].as_str().unwrap();
    assert_eq!(
        given,
        format!("---\ntitle: Atklāšana\ndate: 2020-09-15\n{one}Teksts.\n")
    );
    let (_, entry) = e.call("getEntry", json!({"path": lt}));
    assert_eq!(
        entry["data"].as_str().unwrap(),
        "---\ntitle: Atidarymas\nslug: atidarymas\n---\nTekstas.\n"
    );
    assert_eq!(read(&site, path), by_hand);
    assert_eq!(read(&site, lt), own);
    let (status, answer) = e.call(
        "persistEntry",
        json!({
            "dataFiles": [{"slug": "kick-off", "path": path, "raw": given}],
            "assets": [],
            "options": {"commitMessage": "Update", "useWorkflow": false, "status": ""},
        }),
    );
    assert_eq!(status, 200, "{answer}");
    assert_eq!(read(&site, path), given);
    // Given again: the same (nothing left to change).
    let (_, entry) = e.call("getEntry", json!({"path": path}));
    assert_eq!(entry["data"].as_str().unwrap(), given);
}

/// A refusal comes back in the interface language herald was started with, as Decap CMS shows
/// it to the user; paths and the code stay as they are.
#[test]
fn a_refusal_is_worded_in_the_language_herald_speaks() {
    let site = cms_site();
    let server = start_in(&site, "lv");
    let e = editor(&server);
    let path = "content/about.lv.md";
    e.call("getEntry", json!({"path": path}));
    site.write(path, "---\ntitle: Labots citur\n---\n");
    let (status, answer) = e.call("persistEntry", json!({"dataFiles": [{"slug": "about", "path": path, "raw": "---\ntitle: Mans\n---\n"}], "assets": [], "options": {}}));
    assert_eq!(status, 409, "{answer}");
    assert_eq!(
        answer["error"].as_str().unwrap(),
        "fails `content/about.lv.md` ir mainīts datorā pēc tam, kad redaktors to atvēra, tāpēc tas \
         netika pārrakstīts: pārlādējiet šo lapu, lai redzētu jauno versiju, un tad veiciet savas \
         izmaiņas vēlreiz (H071)"
    );
    // The item written in Lithuanian only names its language in Latvian.
    let stand_in = "content/news/lt-only.lv.md";
    let (_, entry) = e.call("getEntry", json!({"path": stand_in}));
    let given = entry["data"].as_str().unwrap();
    let (status, answer) = e.call(
        "persistEntry",
        json!({"dataFiles": [{"slug": "lt-only", "path": stand_in, "raw": format!("{given}Latviešu teksts.\n")}], "assets": [], "options": {}}),
    );
    assert_eq!(status, 422, "{answer}");
    assert!(
        answer["error"]
            .as_str()
            .unwrap()
            .starts_with("šis ieraksts ir uzrakstīts tikai lietuviešu valodā,"),
        "{answer}"
    );
    assert!(!site.root().join(stand_in).exists());
}

/// A page written in a translation only (`lt-only.lt.md`): the CMS is given a stand-in for its
/// missing Latvian file, and a save writes the Lithuanian file only, unless the Latvian side
/// was given a title of its own (then it is a new Latvian version).
#[test]
fn a_page_in_a_translation_only_is_saved_into_its_own_file() {
    let site = cms_site();
    let server = start(&site);
    let e = editor(&server);
    let (_, list) = e.call(
        "entriesByFolder",
        json!({"folder": "content/news", "extension": "md", "depth": 2}),
    );
    let stand_in = list
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["file"]["path"] == json!("content/news/lt-only.lv.md"))
        .unwrap_or_else(|| panic!("{list}"));
    let given = stand_in["data"].as_str().unwrap().to_string();
    assert_eq!(
        given,
        "---\ntitle: Tikai lietuviski / Tik lietuviškai — Tik lietuviškai\ndate: 2021-03-01\n---\n"
    );
    assert!(!site.root().join("content/news/lt-only.lv.md").exists());
    let (_, one) = e.call("getEntry", json!({"path": "content/news/lt-only.lv.md"}));
    assert_eq!(one["data"], json!(given));
    // A Latvian-only page has no stand-in for its missing Lithuanian file.
    let (_, none) = e.call("getEntry", json!({"path": "content/news/lv-only.lt.md"}));
    assert_eq!(none["data"], Value::Null);

    let save = |lv: &str, lt: &str| {
        e.call(
            "persistEntry",
            json!({"dataFiles": [
                {"slug": "lt-only", "path": "content/news/lt-only.lv.md", "raw": lv},
                {"slug": "lt-only", "path": "content/news/lt-only.lt.md", "raw": lt},
            ], "assets": [], "options": {}}),
        )
    };
    let lt =
        "---\ntitle: Tik lietuviškai, pataisyta\ndate: 2021-03-01\n---\nTekstas lietuviškai.\n";
    // Text written on the Latvian side under the stand-in's title: refused, nothing written.
    let (status, answer) = save(&format!("{given}Latviešu teksts.\n"), lt);
    assert_eq!(status, 422, "{answer}");
    assert!(
        answer["error"]
            .as_str()
            .unwrap()
            .starts_with("this item is written in Lithuanian only,"),
        "{answer}"
    );
    assert!(!site.root().join("content/news/lt-only.lv.md").exists());
    assert!(read(&site, "content/news/lt-only.lt.md").contains("title: Tik lietuviškai\n"));
    // The stand-in as it was, with the date changed on its side: the Lithuanian file only.
    let (status, answer) = save(
        &given
            .replace("2021-03-01", "2021-03-02")
            .replace("\n---\n", "\ntranslate: true\ndraft: false\n---\n"),
        lt,
    );
    assert_eq!(status, 200, "{answer}");
    assert!(!site.root().join("content/news/lt-only.lv.md").exists());
    let saved = read(&site, "content/news/lt-only.lt.md");
    assert_eq!(
        saved,
        "---\ntitle: Tik lietuviškai, pataisyta\ndate: 2021-03-02\n---\nTekstas lietuviškai.\n"
    );
    // A title of its own on the Latvian side: a new Latvian version.
    let (_, _) = e.call("getEntry", json!({"path": "content/news/lt-only.lt.md"}));
    let (status, answer) = save(
        "---\ntitle: Tikai lietuviski, tagad arī latviski\ndate: 2021-03-02\n---\nTeksts.\n",
        &saved,
    );
    assert_eq!(status, 200, "{answer}");
    assert!(read(&site, "content/news/lt-only.lv.md").contains("tagad arī latviski"));
    let built = site.herald(&["build"]);
    assert!(built.status.success(), "{built:?}");
}

/// Written in one place, a gallery keeps a translation's own `position` (the part of a picture
/// kept in view) where the default language gives none, and a translation's text written as a
/// number as written (`caption: 1.50`); a translation's `position` that differs from the
/// default language's cannot be kept (one gallery, one position): `herald cms` says so, naming
/// the file, the picture and both positions.
#[test]
fn cms_keeps_or_reports_each_languages_own_position() {
    let mut files = common::fixture_files();
    files.insert(
        "content/news/g/index.lv.md",
        "---\ntitle: Galerija\ndate: 2024-05-02\ngallery:\n  - {image: a.png, alt: A, position: top, caption: 1.50}\n  - {image: b.png, alt: B}\n---\nTeksts.\n".into(),
    );
    files.insert(
        "content/news/g/index.lt.md",
        "---\ntitle: Galerija\ngallery:\n  - {image: a.png, alt: A lt, position: bottom}\n  - {image: b.png, alt: B lt, position: left, caption: 2.0}\n---\nTekstas.\n".into(),
    );
    let site = Site::new(&files);
    for name in ["a.png", "b.png"] {
        std::fs::write(site.root().join("content/news/g").join(name), png()).unwrap();
    }
    let out = cms(&site);
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("content/news/g/index.lt.md keeps the picture a.png in view at `position: bottom`, in its own language only")
            && said.contains("every language uses `position: top`"),
        "{said}"
    );
    assert!(!said.contains("b.png in view"), "{said}");
    let lv = read(&site, "content/news/g/index.lv.md");
    assert!(
        lv.contains("    image: a.png\n    alt:\n      lv: A\n      lt: A lt\n    caption:\n      lv: '1.50'\n    position: top\n"),
        "{lv}"
    );
    assert!(
        lv.contains("    image: b.png\n    alt:\n      lv: B\n      lt: B lt\n    caption:\n      lt: '2.0'\n    position: left\n"),
        "{lv}"
    );
    let built = site.herald(&["build"]);
    assert!(built.status.success(), "{built:?}");
    // The gallery's own page (the item's page shows the thumbnails only) shows the caption as
    // written.
    let gallery_page = walkdir::WalkDir::new(site.out().join("lt/naujienos/g"))
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| std::fs::read_to_string(e.path()).unwrap_or_default())
        .find(|t| t.contains("gallery-grid"))
        .expect("a gallery page");
    assert!(
        gallery_page.contains("<figcaption>2.0</figcaption>"),
        "{gallery_page}"
    );
}
