//! The online setups of docs/cms.md, as far as they can be tried without the internet: for each
//! `backend:` block the guide gives (GitHub, GitLab, Gitea/Forgejo), `herald cms` keeps it above
//! its line, the whole file passes Sveltia CMS's configuration schema, and in headless Chromium
//! (`tests/browser/cms_online.mjs`) the published admin page that `herald cms` writes loads
//! Decap CMS (from the CDN address, answered with the copy herald embeds, checked by its
//! hash), which validates the configuration and shows the sign-in button of that backend; the
//! page docs/cms.md gives for Sveltia CMS shows its own. Signing in needs the forge: not tried.
//! Skips without Chromium, Node, the packages of tests/browser and tests/validators or
//! check-jsonschema, unless `HERALD_BROWSER_TESTS=require` (CI).

use crate::common;

use std::path::Path;

use common::browser::{browser, copy, run_script, screenshot_dir, serve};
use common::Site;
use serde_json::json;

const MARKER: &str = "# ---- herald cms:";

/// The ```yaml blocks of docs/cms.md that set `backend:`, placeholders (`<your site>`) filled
/// in, by backend name.
fn documented_backends() -> Vec<(String, String)> {
    let docs =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/cms.md")).unwrap();
    let mut out = Vec::new();
    for block in docs.split("```yaml\n").skip(1) {
        let block = block.split("```").next().unwrap();
        let lines: Vec<&str> = block.lines().map(str::trim_start).collect();
        let indent = block.len() - block.trim_start().len();
        if lines.first() != Some(&"backend:") {
            continue;
        }
        let yaml: String = block
            .lines()
            .map(|l| format!("{}\n", l.get(indent..).unwrap_or(l.trim_start())))
            .collect();
        let yaml = fill_in(&yaml);
        let parsed: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap();
        let name = parsed["backend"]["name"].as_str().unwrap().to_string();
        out.push((name, yaml));
    }
    out
}

/// Each `<placeholder>` replaced by `example`.
fn fill_in(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let (Some(open), Some(close)) = (rest.find('<'), rest.find('>')) {
        if close < open {
            break;
        }
        out.push_str(&rest[..open]);
        out.push_str("example");
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

#[test]
fn each_documented_backend_is_accepted_by_decap_and_sveltia_cms() {
    let Some(b) = browser() else { return };
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sveltia = repo.join("tests/validators/node_modules/@sveltia/cms");
    let tool = std::process::Command::new("check-jsonschema")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !sveltia.join("dist/sveltia-cms.js").is_file() || !tool {
        assert!(
            std::env::var("HERALD_BROWSER_TESTS").as_deref() != Ok("require"),
            "Sveltia CMS (npm ci --prefix tests/validators) and check-jsonschema are required"
        );
        eprintln!("SKIPPED: needs npm ci --prefix tests/validators and check-jsonschema");
        return;
    }
    let backends = documented_backends();
    let names: Vec<&str> = backends.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["gitlab", "github", "gitea"], "docs/cms.md");

    let site = Site::new(&Default::default());
    for entry in ["site.yaml", "content", "static"] {
        copy(&repo.join(entry), &site.root().join(entry));
    }
    let served = tempfile::tempdir().unwrap();
    let admin = site.root().join("static/admin");
    let mut pages = Vec::new();
    for (name, block) in &backends {
        assert!(site.herald(&["cms"]).status.success());
        // The guide's block in place of the user's part, and `herald cms` run again keeps it.
        let text = std::fs::read_to_string(admin.join("config.yml")).unwrap();
        let at = text.find(MARKER).unwrap();
        std::fs::write(admin.join("config.yml"), format!("{block}{}", &text[at..])).unwrap();
        let again = site.herald(&["cms"]);
        assert!(again.status.success(), "{name}: {again:?}");
        let config = std::fs::read_to_string(admin.join("config.yml")).unwrap();
        assert!(config.starts_with(block.as_str()), "{name}: {config}");

        let schema = std::process::Command::new("check-jsonschema")
            .arg("--schemafile")
            .arg(sveltia.join("schema/sveltia-cms.json"))
            .arg(admin.join("config.yml"))
            .output()
            .unwrap();
        assert!(
            schema.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&schema.stdout)
        );

        // Decap CMS: the page `herald cms` wrote. Sveltia CMS: its script in place of Decap's.
        let decap_dir = served.path().join(format!("decap-{name}"));
        copy(&admin, &decap_dir.join("admin"));
        let sveltia_dir = served.path().join(format!("sveltia-{name}"));
        copy(&admin, &sveltia_dir.join("admin"));
        let page = std::fs::read_to_string(admin.join("index.html")).unwrap();
        let decap_line = page
            .lines()
            .find(|l| l.contains("unpkg.com/decap-cms@"))
            .unwrap();
        std::fs::write(
            sveltia_dir.join("admin/index.html"),
            page.replace(
                decap_line,
                "  <script src=\"https://unpkg.com/@sveltia/cms@0.221.1/dist/sveltia-cms.js\"></script>",
            ),
        )
        .unwrap();
        pages.push(format!("decap-{name}"));
        pages.push(format!("sveltia-{name}"));
    }

    let base = serve(served.path().to_path_buf());
    let r = run_script(
        &b,
        "cms_online.mjs",
        json!({
            "base": base,
            "pages": pages,
            "decap": repo.join("vendor/decap-cms"),
            "sveltia": sveltia.join("dist"),
            "screenshots": screenshot_dir("cms-online"),
        }),
    );
    let show = serde_json::to_string_pretty(&r).unwrap();
    let plain = |v: &serde_json::Value| {
        v.as_str()
            .unwrap_or("")
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    for (name, decap_button, sveltia_button) in [
        ("github", "Login with GitHub", "Sign In with GitHub"),
        ("gitlab", "Login with GitLab", "Sign In with GitLab"),
        ("gitea", "Login with Gitea", "Sign In with Gitea / Forgejo"),
    ] {
        for (page, button) in [
            (format!("decap-{name}"), decap_button),
            (format!("sveltia-{name}"), sveltia_button),
        ] {
            let p = &r["pages"][&page];
            assert_eq!(p["failed"], serde_json::Value::Null, "{page}: {show}");
            assert_eq!(p["errors"], json!([]), "{page}: {show}");
            let text = plain(&p["text"]);
            assert!(
                !text.to_lowercase().contains("error"),
                "{page}: the configuration is refused: {text}"
            );
            let buttons: Vec<String> = p["buttons"].as_array().unwrap().iter().map(plain).collect();
            assert!(
                buttons.iter().any(|b| b == button),
                "{page}: no {button:?} among {buttons:?}"
            );
        }
    }
}
