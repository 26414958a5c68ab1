//! Machine-readable outputs: an Atom feed per language, `sitemap.xml` (pages and PDF press
//! releases) with hreflang alternates, `robots.txt`, and the EU emblem's SVG file. Written
//! directly as XML (every value escaped) so a custom theme cannot break them.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{RenderedBody, Renderer};
use crate::html::escape;
use crate::model::PageKind;
use crate::output::{OutputContents, OutputFile};
use crate::publicity::{emblem_svg, EMBLEM_FILE};

/// How many items an Atom feed carries.
pub const FEED_ITEMS: usize = 20;

pub fn all(r: &Renderer, bodies: &[RenderedBody], sitemap: Option<Arc<[u8]>>) -> Vec<OutputFile> {
    let mut out: Vec<OutputFile> = r
        .site
        .languages
        .iter()
        .map(|l| atom(r, bodies, l))
        .collect();
    out.push(match sitemap {
        Some(bytes) => OutputFile {
            path: SITEMAP.to_string(),
            contents: OutputContents::Bytes(bytes),
        },
        None => make_sitemap(r),
    });
    out.push(text_file(
        "robots.txt",
        format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
            r.site.config.base_url.trim_end_matches('/').to_string() + "/"
        ),
    ));
    out.push(text_file(EMBLEM_FILE, emblem_svg()));
    out
}

fn text_file(path: &str, text: String) -> OutputFile {
    OutputFile {
        path: path.to_string(),
        contents: OutputContents::Bytes(text.into_bytes().into()),
    }
}

fn permalink(r: &Renderer, path: &str) -> String {
    format!(
        "{}{}{}",
        r.site.config.origin(),
        r.site.config.base_path(),
        path
    )
}

fn rfc3339(d: jiff::civil::Date) -> String {
    format!("{d}T00:00:00Z")
}

fn atom(r: &Renderer, bodies: &[RenderedBody], lang: &str) -> OutputFile {
    let site = r.site;
    let items = site.items_in(lang);
    let title = r
        .i18n
        .format(
            lang,
            "feed-title",
            &[(
                "site",
                crate::i18n::Arg::Str(site.config.title.get(lang, site.default_lang()).into()),
            )],
        )
        .unwrap_or_else(|_| site.config.title.get(lang, site.default_lang()).to_string());
    let updated = items
        .first()
        .and_then(|&i| site.pages[i].date)
        .map_or_else(|| rfc3339(site.config.project.start), rfc3339);
    let self_url = permalink(r, &format!("{lang}/atom.xml"));
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n\
<title>{}</title>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n\
<id>{}</id>\n<updated>{updated}</updated>\n",
        escape(&title),
        escape(&self_url),
        escape(&permalink(r, &format!("{lang}/"))),
        escape(&self_url),
    );
    for &i in items.iter().take(FEED_ITEMS) {
        let p = &site.pages[i];
        let url = permalink(r, &p.path);
        let date = p.date.map_or_else(String::new, rfc3339);
        xml.push_str(&format!(
            "<entry xml:lang=\"{}\">\n<title>{}</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<id>{}</id>\n<published>{date}</published>\n<updated>{date}</updated>\n",
            escape(&p.lang),
            escape(&p.title),
            escape(&url),
            escape(&url),
        ));
        if let Some(a) = &p.author {
            xml.push_str(&format!(
                "<author><name>{}</name></author>\n",
                escape(&a.name)
            ));
        }
        for tag in &p.tags {
            // The tag's page is its scheme; an inherited tag in another language says so.
            let lang = if tag.lang == p.lang {
                String::new()
            } else {
                format!(" xml:lang=\"{}\"", escape(&tag.lang))
            };
            xml.push_str(&format!(
                "<category term=\"{}\" scheme=\"{}\"{lang}/>\n",
                escape(&tag.name),
                escape(&permalink(r, &tag.path)),
            ));
        }
        // A feed entry is a publication of the item too: it carries the item's EU publicity
        // block after the text. (A block that cannot be made fails the item's page, and with
        // it the build, before any feed is written.)
        let block = r.publicity(p).unwrap_or_default();
        xml.push_str(&format!(
            "<summary>{}</summary>\n<content type=\"html\">{}{}</content>\n</entry>\n",
            escape(&bodies[i].summary),
            escape(&bodies[i].html),
            escape(&block)
        ));
    }
    xml.push_str("</feed>\n");
    text_file(&format!("{lang}/atom.xml"), xml)
}

/// Every page with its translations as `xhtml:link` alternates (itself included, plus
/// x-default), as search engines expect.
/// Where the sitemap goes.
pub const SITEMAP: &str = "sitemap.xml";

fn make_sitemap(r: &Renderer) -> OutputFile {
    let site = r.site;
    // Groups of translations: (language -> path, lastmod).
    let mut groups: Vec<(BTreeMap<String, String>, Option<jiff::civil::Date>)> = Vec::new();
    let all_langs = |f: &dyn Fn(&str) -> String| -> BTreeMap<String, String> {
        site.languages.iter().map(|l| (l.clone(), f(l))).collect()
    };
    groups.push((all_langs(&|l| format!("{l}/")), None));
    groups.push((site.sitemap_paths.clone().into_iter().collect(), None));
    if let Some(a) = &site.config.accessibility {
        groups.push((
            site.accessibility_paths.clone().into_iter().collect(),
            Some(a.reviewed),
        ));
    }
    if !site.gallery_index_paths.is_empty() {
        groups.push((site.gallery_index_paths.clone().into_iter().collect(), None));
    }
    if !site.tag_index_paths.is_empty() {
        groups.push((site.tag_index_paths.clone().into_iter().collect(), None));
    }
    // Each tag page once, with the pages `tags:` in site.yaml makes its translations.
    let empty: std::collections::HashSet<&str> = site
        .tag_pages
        .iter()
        .filter(|t| t.items.is_empty())
        .map(|t| t.path.as_str())
        .collect();
    for t in &site.tag_pages {
        if t.alternates.values().next().is_some_and(|p| *p != t.path) {
            continue;
        }
        let mut group = if t.alternates.is_empty() {
            BTreeMap::from([(t.lang.clone(), t.path.clone())])
        } else {
            t.alternates.clone()
        };
        group.retain(|_, p| !empty.contains(p.as_str()));
        if !group.is_empty() {
            groups.push((group, None));
        }
    }
    let mut section_keys: Vec<&String> = site.section_translations.keys().collect();
    section_keys.sort();
    for key in section_keys {
        let map = &site.section_translations[key];
        groups.push((
            map.iter()
                .map(|(l, &i)| (l.clone(), site.sections[i].path.clone()))
                .collect(),
            None,
        ));
    }
    let mut page_keys: Vec<&String> = site.translations.keys().collect();
    page_keys.sort();
    for key in page_keys {
        let map = &site.translations[key];
        let date = map.values().find_map(|&i| {
            let p = &site.pages[i];
            (p.kind == PageKind::Item).then_some(p.date).flatten()
        });
        groups.push((
            map.iter()
                .map(|(l, &i)| (l.clone(), site.pages[i].path.clone()))
                .collect(),
            date,
        ));
    }
    let mut gallery_keys: Vec<&String> = site
        .translations
        .iter()
        .filter(|(_, m)| m.values().any(|&i| site.pages[i].gallery_path.is_some()))
        .map(|(k, _)| k)
        .collect();
    gallery_keys.sort();
    for key in gallery_keys {
        groups.push((
            site.translations[key]
                .iter()
                .filter_map(|(l, &i)| site.pages[i].gallery_path.clone().map(|g| (l.clone(), g)))
                .collect(),
            None,
        ));
    }
    if site.config.pdf {
        // Each news item's PDF press release, with its translations' PDFs as alternates.
        let mut item_keys: Vec<&String> = site
            .translations
            .iter()
            .filter(|(_, m)| m.values().any(|&i| site.pages[i].made_for_pdf(true)))
            .map(|(k, _)| k)
            .collect();
        item_keys.sort();
        for key in item_keys {
            let map = &site.translations[key];
            let date = map.values().find_map(|&i| site.pages[i].date);
            groups.push((
                map.iter()
                    .filter(|(_, &i)| site.pages[i].made_for_pdf(true))
                    .map(|(l, &i)| (l.clone(), site.pages[i].pdf_path()))
                    .collect(),
                date,
            ));
        }
    }
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for (paths, date) in groups {
        let ordered: Vec<(&String, &String)> = site
            .languages
            .iter()
            .filter_map(|l| paths.get_key_value(l))
            .collect();
        for (_, path) in &ordered {
            xml.push_str(&format!("<url><loc>{}</loc>", escape(&permalink(r, path))));
            if let Some(d) = date {
                xml.push_str(&format!("<lastmod>{d}</lastmod>"));
            }
            if ordered.len() > 1 {
                for (l, p) in &ordered {
                    xml.push_str(&format!(
                        "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                        escape(l),
                        escape(&permalink(r, p))
                    ));
                }
                xml.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
                    escape(&permalink(r, ordered[0].1))
                ));
            }
            xml.push_str("</url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    text_file(SITEMAP, xml)
}
