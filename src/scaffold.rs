//! Scaffolding: the texts `herald init` and `herald new` write (a commented site.yaml, section
//! indexes, news items and pages with their front matter filled in). Pure functions returning
//! file contents; the commands do the file work and refuse to overwrite.

use jiff::civil::Date;

use crate::config::Localized;
use crate::slug::slugify;

/// Words the scaffolds write, per language; languages without built-in texts get English.
struct Words {
    site_title: &'static str,
    project_name: &'static str,
    responsible: &'static str,
    address: &'static str,
    news: &'static str,
    news_slug: &'static str,
    first_title: &'static str,
    first_summary: &'static str,
    first_text: &'static str,
    new_text: &'static str,
    /// The comments of a new item's front matter, in the item's language.
    summary_comment: &'static str,
    gallery_comment: &'static str,
    draft_comment: &'static str,
    /// `{base}` is the default-language file a translation inherits from.
    inherit_comment: &'static str,
}

fn words(lang: &str) -> Words {
    match lang {
        "lv" => Words {
            site_title: "Projekta vietne",
            project_name: "Projekta pilns nosaukums",
            responsible: "Organizācijas nosaukums",
            address: "Iela 1, Pilsēta, LV-0000, Latvija",
            news: "Jaunumi",
            news_slug: "jaunumi",
            first_title: "Projekts ir sācies",
            first_summary: "Pirmā ziņa par projektu: ko tas darīs un kam.",
            first_text: "Šī ir parauga ziņa. Aizstājiet šo tekstu ar savu vai izdzēsiet šo mapi.",
            new_text: "Šeit rakstiet tekstu. Pirmā rindkopa ir kopsavilkums, ja nav norādīts `summary`.",
            summary_comment: "# summary: \"Viens vai divi teikumi sarakstiem, jaunumu plūsmām un sociālajiem tīkliem (citādi pirmā rindkopa).\"\n",
            gallery_comment: "# Galerija: ielieciet attēlus blakus šim failam un uzskaitiet tos, piemēram,\n#   - {image: foto.jpg, alt: \"Kas redzams attēlā\", caption: \"Kas, kur, kad\"}\n",
            draft_comment: "# draft: true    (noņemiet #, lai ziņu vēl nepublicētu)\n",
            inherit_comment: "# Datumu, titulattēlu un galeriju ņem no {base}. Lai attēliem būtu alternatīvie teksti\n# un paraksti šajā valodā, uzskaitiet tos pašus attēlus šeit kā `gallery:`.\n",
        },
        "lt" => Words {
            site_title: "Projekto svetainė",
            project_name: "Projekto pavadinimas",
            responsible: "Organizacijos pavadinimas",
            address: "Gatvė 1, Miestas, LT-00000, Lietuva",
            news: "Naujienos",
            news_slug: "naujienos",
            first_title: "Projektas prasidėjo",
            first_summary: "Pirmoji naujiena apie projektą: ką jis darys ir kam.",
            first_text: "Tai pavyzdinė naujiena. Pakeiskite šį tekstą savu arba ištrinkite šį aplanką.",
            new_text: "Čia rašykite tekstą. Pirmoji pastraipa yra santrauka, jei nenurodyta `summary`.",
            summary_comment: "# summary: \"Vienas ar du sakiniai sąrašams, naujienų srautams ir socialiniams tinklams (kitaip – pirmoji pastraipa).\"\n",
            gallery_comment: "# Galerija: įdėkite nuotraukas šalia šio failo ir išvardykite jas, pvz.,\n#   - {image: nuotrauka.jpg, alt: \"Kas matyti nuotraukoje\", caption: \"Kas, kur, kada\"}\n",
            draft_comment: "# draft: true    (pašalinkite #, kad naujiena dar nebūtų paskelbta)\n",
            inherit_comment: "# Data, viršelis ir galerija paimami iš {base}. Kad nuotraukos turėtų alternatyviuosius\n# tekstus ir paaiškinimus šia kalba, išvardykite tas pačias nuotraukas čia kaip `gallery:`.\n",
        },
        _ => Words {
            site_title: "Project website",
            project_name: "The project's full name",
            responsible: "Name of the organisation",
            address: "Street 1, Town, LV-0000, Latvia",
            news: "News",
            news_slug: "news",
            first_title: "The project has started",
            first_summary: "The first news about the project: what it will do and for whom.",
            first_text: "This is an example news item. Replace this text with your own, or delete this folder.",
            new_text: "Write the text here. The first paragraph is the summary unless `summary` is set.",
            summary_comment: "# summary: \"One or two sentences for lists, feeds and social media (else the first paragraph).\"\n",
            gallery_comment: "# The gallery: put the pictures next to this file and list them, e.g.\n#   - {image: photo.jpg, alt: \"What the picture shows\", caption: \"Who, where, when\"}\n",
            draft_comment: "# draft: true    (uncomment to keep the item unpublished)\n",
            inherit_comment: "# The date, the cover and the gallery are taken from {base}. To give the pictures\n# alt texts and captions in this language, list the same pictures here as `gallery:`.\n",
        },
    }
}

/// The texts `init` and `new` write for the user to replace, in every language they write:
/// `check` warns about each one left (a value or a whole line of text equal to one).
pub fn placeholders() -> Vec<&'static str> {
    let mut texts = vec!["ACRONYM", "LLI-000", "+371 00 000 000"];
    // The Latvian texts of earlier versions, which addressed the reader informally: sites
    // made with them still carry them.
    texts.extend([
        "Šī ir parauga ziņa. Aizstāj šo tekstu ar savu vai izdzēs šo mapi.",
        "Šeit raksti tekstu. Pirmā rindkopa ir kopsavilkums, ja nav norādīts `summary`.",
    ]);
    for lang in ["lv", "lt", "en"] {
        let w = words(lang);
        texts.extend([
            w.project_name,
            w.responsible,
            w.address,
            w.first_text,
            w.new_text,
        ]);
    }
    texts
}

/// A YAML double-quoted string (JSON strings are valid YAML).
pub fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn per_lang(langs: &[String], indent: &str, f: impl Fn(&Words) -> &'static str) -> String {
    langs
        .iter()
        .map(|l| format!("{indent}{l}: {}\n", quote(f(&words(l)))))
        .collect()
}

/// The text of message `key` as YAML comment lines, each indented by `indent`.
fn comment(key: &str, indent: &str) -> String {
    crate::tr!(key)
        .lines()
        .map(|line| format!("{indent}# {line}\n"))
        .collect()
}

/// A commented site.yaml with every key, its comments in the language of herald's messages.
pub fn site_yaml(langs: &[String], today: Date) -> String {
    let start = Date::new(today.year(), 1, 1).unwrap_or(today);
    let end = Date::new(today.year() + 2, 12, 31).unwrap_or(today);
    let first = langs.first().map_or("lv", String::as_str);
    let c = |key: &str| comment(key, "");
    let c2 = |key: &str| comment(key, "  ");
    // The example block's short notes, after the values they explain.
    let note = |key: &str| crate::tr!(key);
    format!(
        r#"{intro}# {{{first}: ..., ...}}

{c_title}title:
{title}
{c_base_url}base_url: "https://example.org/"

{c_languages}languages: [{languages}]

{c_theme}theme: default

{c_paginate}paginate_by: 10

{c_author}# author:
#   name:
{author_name}#   role:
{author_role}
{c_project}project:
  acronym: "ACRONYM"
  code: "LLI-000"
{c_name}  name:
{project_name}{c_programme}  programme: latlit-2021-2027
{c_dates}  start: {start}
  end: {end}
{c_budget}  budget_eur: 100000.00
  erdf_eur: 80000.00
{c_responsible}  responsible:
{responsible}{c_partners}  partners:
    - name:
{partner}      url: "https://example.org/"
{c_logo}  # programme_logo: static/programme-logo.svg

{c_social}#   - {{name: Facebook, url: "https://www.facebook.com/your-project"}}
social: []

{c_contact}contact:
  address:
{address}  phone: "+371 00 000 000"
  email: "info@example.org"

{c_accessibility}# accessibility:
#   status: partial            # {n_status}
#   prepared: {today}          # {n_prepared}
#   reviewed: {today}          # {n_reviewed}
#   method: self-assessment    # {n_method}
#   contact: {{email: "info@example.org", phone: "+371 00 000 000"}}
#   enforcement: {{name: "...", url: "https://..."}}   # {n_enforcement}
#   gaps:                      # {n_gaps}
#     - "..."
#   alternatives: "..."        # {n_alternatives}

{c_extra}# extra:
#   key: value
"#,
        intro = c("site-yaml-intro"),
        c_title = c("site-yaml-title"),
        c_base_url = c("site-yaml-base-url"),
        c_languages = c("site-yaml-languages"),
        c_theme = c("site-yaml-theme"),
        c_paginate = c("site-yaml-paginate"),
        c_author = c("site-yaml-author"),
        c_project = c("site-yaml-project"),
        c_name = c2("site-yaml-project-name"),
        c_programme = c2("site-yaml-programme"),
        c_dates = c2("site-yaml-dates"),
        c_budget = c2("site-yaml-budget"),
        c_responsible = c2("site-yaml-responsible"),
        c_partners = c2("site-yaml-partners"),
        c_logo = c2("site-yaml-logo"),
        c_social = c("site-yaml-social"),
        c_contact = c("site-yaml-contact"),
        c_accessibility = c("site-yaml-accessibility"),
        c_extra = c("site-yaml-extra"),
        n_status = note("site-yaml-a11y-status"),
        n_prepared = note("site-yaml-a11y-prepared"),
        n_reviewed = note("site-yaml-a11y-reviewed"),
        n_method = note("site-yaml-a11y-method"),
        n_enforcement = note("site-yaml-a11y-enforcement"),
        n_gaps = note("site-yaml-a11y-gaps"),
        n_alternatives = note("site-yaml-a11y-alternatives"),
        today = today,
        title = per_lang(langs, "  ", |w| w.site_title),
        languages = langs.join(", "),
        author_name = langs
            .iter()
            .map(|l| format!("#     {l}: \"...\"\n"))
            .collect::<String>(),
        author_role = langs
            .iter()
            .map(|l| format!("#     {l}: \"...\"\n"))
            .collect::<String>(),
        project_name = per_lang(langs, "    ", |w| w.project_name),
        responsible = per_lang(langs, "    ", |w| w.responsible),
        partner = per_lang(langs, "        ", |w| w.responsible),
        address = per_lang(langs, "    ", |w| w.address),
    )
}

/// `content/news/_index.<lang>.md`: the news section's title and slug.
pub fn news_index(lang: &str) -> String {
    let w = words(lang);
    format!(
        "---\ntitle: {}\nslug: {}\n---\n",
        quote(w.news),
        quote(w.news_slug)
    )
}

/// The folder name of `init`'s example item.
pub const FIRST_ITEM: &str = "project-started";

/// What a new page or item says in its front matter.
pub struct NewPage<'a> {
    pub lang: &'a str,
    pub title: &'a str,
    /// Items get a date; plain pages do not.
    pub date: Option<Date>,
    /// This file carries the date and the gallery (the default language, or no default-language
    /// version is made); otherwise translations inherit them from `base_file`.
    pub carries_shared: bool,
    /// The default-language file a translation inherits from (its file name).
    pub base_file: Option<&'a str>,
    pub author: Option<(String, Option<String>)>,
    pub summary: Option<&'a str>,
    pub slug: Option<String>,
    pub body: Option<&'a str>,
}

/// A Markdown file with filled-in front matter.
pub fn page(p: &NewPage) -> String {
    let mut s = String::from("---\n");
    s.push_str(&format!("title: {}\n", quote(p.title)));
    if let Some(slug) = &p.slug {
        s.push_str(&format!("slug: {}\n", quote(slug)));
    }
    if let (Some(date), true) = (p.date, p.carries_shared) {
        s.push_str(&format!("date: {date}\n"));
    }
    let w = words(p.lang);
    match p.summary {
        Some(summary) => s.push_str(&format!("summary: {}\n", quote(summary))),
        None => s.push_str(w.summary_comment),
    }
    if let Some((name, role)) = &p.author {
        s.push_str(&format!("author:\n  name: {}\n", quote(name)));
        if let Some(role) = role {
            s.push_str(&format!("  role: {}\n", quote(role)));
        }
    }
    if p.date.is_some() {
        if p.carries_shared {
            s.push_str(w.gallery_comment);
            s.push_str("gallery: []\n");
            s.push_str(w.draft_comment);
        } else if let Some(base) = p.base_file {
            s.push_str(&w.inherit_comment.replace("{base}", base));
        }
    }
    s.push_str("---\n\n");
    s.push_str(p.body.unwrap_or(w.new_text));
    s.push('\n');
    s
}

/// `init`'s example item in `lang`.
pub fn first_item(lang: &str, default: &str, today: Date) -> String {
    let w = words(lang);
    page(&NewPage {
        lang,
        title: w.first_title,
        date: Some(today),
        carries_shared: lang == default,
        base_file: Some(&format!("index.{default}.md")),
        author: None,
        summary: Some(w.first_summary),
        slug: Some(slugify(w.first_title)),
        body: Some(w.first_text),
    })
}

/// The usual title, in `lang`, of a page a project site has (`/about`, `/partners` ...), so
/// `herald new /about` titles the Latvian page "Par projektu" and the Lithuanian one "Apie
/// projektą" rather than "About" in both.
pub fn page_title(name: &str, lang: &str) -> Option<&'static str> {
    const PAGES: &[(&[&str], [&str; 3])] = &[
        (
            &["about", "par-projektu", "apie-projekta", "apie"],
            ["About the project", "Par projektu", "Apie projektą"],
        ),
        (
            &["contacts", "contact", "kontakti", "kontaktai"],
            ["Contacts", "Kontakti", "Kontaktai"],
        ),
        (
            &["partners", "partneri", "partneriai"],
            ["Partners", "Partneri", "Partneriai"],
        ),
        (
            &["gallery", "galerija"],
            ["Gallery", "Galerija", "Galerija"],
        ),
        (
            &["events", "pasakumi", "renginiai"],
            ["Events", "Pasākumi", "Renginiai"],
        ),
        (
            &["documents", "dokumenti", "dokumentai"],
            ["Documents", "Dokumenti", "Dokumentai"],
        ),
        (
            &["results", "rezultati", "rezultatai"],
            ["Results", "Rezultāti", "Rezultatai"],
        ),
        (
            &["accessibility", "pieklustamiba", "prieinamumas"],
            ["Accessibility", "Piekļūstamība", "Prieinamumas"],
        ),
        (
            &["privacy", "privatums", "privatumas"],
            ["Privacy", "Privātums", "Privatumas"],
        ),
        (
            &["news", "jaunumi", "naujienos"],
            ["News", "Jaunumi", "Naujienos"],
        ),
    ];
    let column = match lang {
        "en" => 0,
        "lv" => 1,
        "lt" => 2,
        _ => return None,
    };
    let name = name.to_lowercase();
    PAGES
        .iter()
        .find(|(names, _)| names.contains(&name.as_str()))
        .map(|(_, titles)| titles[column])
}

/// "kick-off" -> "Kick off": a title for a page made from its file name.
pub fn title_from_name(name: &str) -> String {
    let spaced = name.replace(['-', '_'], " ");
    let mut chars = spaced.trim().chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The author of site.yaml's `author` in `lang`.
pub fn author_in(
    author: Option<&crate::config::DefaultAuthor>,
    lang: &str,
    default: &str,
) -> Option<(String, Option<String>)> {
    let a = author?;
    let get = |l: &Localized| l.get(lang, default).to_string();
    Some((get(&a.name), a.role.as_ref().map(get)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_yaml_safe() {
        let v: String = serde_yaml::from_str(&quote("Projekts: \"sākums\" #1")).unwrap();
        assert_eq!(v, "Projekts: \"sākums\" #1");
    }

    #[test]
    fn usual_pages_are_titled_in_each_language() {
        assert_eq!(page_title("about", "lv"), Some("Par projektu"));
        assert_eq!(page_title("About", "lt"), Some("Apie projektą"));
        assert_eq!(page_title("about", "de"), None);
        assert_eq!(page_title("kick-off", "lv"), None);
    }

    #[test]
    fn titles_from_names() {
        assert_eq!(title_from_name("kick-off_day"), "Kick off day");
        assert_eq!(title_from_name("ąžuolas"), "Ąžuolas");
    }
}
