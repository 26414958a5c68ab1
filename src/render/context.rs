//! What templates receive: the fingerprinted template context (`Ctx`), the values each page
//! kind gets (pages, cards, galleries, the paginator, the site map tree), the context every
//! page shares (`SharedContext`: the site, navigation, language switcher, alternates), and the
//! functions registered in Tera (`t`, `url`).

use super::*;
use crate::paths::Slashed;

/// A template context that remembers its values, so it can be fingerprinted. Large shared
/// values (the site, a page's HTML) are fingerprinted by a hash computed once, and the page's
/// HTML is only copied into the context when the page is actually rendered.
#[derive(Default)]
pub struct Ctx {
    items: Vec<(&'static str, Value, Option<u64>)>,
    page_content: Option<(u64, Arc<str>)>,
}

impl Ctx {
    pub fn insert<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        self.insert_value(key, Value::from_serializable(value));
    }

    /// The value under `key`, if inserted.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.items
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(_, v, _)| v)
    }

    pub fn insert_value(&mut self, key: &'static str, value: Value) {
        self.set(key, value, None);
    }

    /// A value whose fingerprint is already known.
    pub fn insert_hashed(&mut self, key: &'static str, value: Value, hash: u64) {
        self.set(key, value, Some(hash));
    }

    fn set(&mut self, key: &'static str, value: Value, hash: Option<u64>) {
        match self.items.iter_mut().find(|(k, _, _)| *k == key) {
            Some(slot) => *slot = (key, value, hash),
            None => self.items.push((key, value, hash)),
        }
    }

    /// `page.content`: the rendered Markdown, standing in the fingerprint as `key`.
    pub fn set_page_content(&mut self, key: u64, html: Arc<str>) {
        self.page_content = Some((key, html));
    }

    pub fn fingerprint(&self, template: &str) -> u64 {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        h.update(template.as_bytes());
        for (k, v, hash) in &self.items {
            h.update(k.as_bytes());
            match hash {
                Some(x) => h.update(&x.to_le_bytes()),
                None => hash_value(v, &mut h),
            }
        }
        if let Some((key, _)) = &self.page_content {
            h.update(b"page.content");
            h.update(&key.to_le_bytes());
        }
        h.digest()
    }

    pub fn to_context(&self) -> Context {
        let mut ctx = Context::new();
        for (k, v, _) in &self.items {
            if *k == "page" {
                if let Some((_, html)) = &self.page_content {
                    let mut map = v.clone().into_map().unwrap_or_default();
                    map.insert("content".into(), Value::safe_string(html));
                    ctx.insert_value(*k, Value::from(map));
                    continue;
                }
            }
            ctx.insert_value(*k, v.clone());
        }
        ctx
    }
}

/// Feeds formatted text into a hasher without allocating.
pub struct HashWriter<'a>(&'a mut xxhash_rust::xxh3::Xxh3);

impl std::fmt::Write for HashWriter<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.update(s.as_bytes());
        Ok(())
    }
}

pub fn hash_value(v: &Value, h: &mut xxhash_rust::xxh3::Xxh3) {
    if let Some(map) = v.as_map() {
        h.update(b"{");
        for (k, v) in map {
            let _ = std::fmt::Write::write_fmt(&mut HashWriter(h), format_args!("{k}"));
            h.update(b":");
            hash_value(v, h);
        }
        h.update(b"}");
    } else if let Some(arr) = v.as_array() {
        h.update(b"[");
        for v in arr {
            hash_value(v, h);
            h.update(b",");
        }
        h.update(b"]");
    } else if let Some(s) = v.as_str() {
        h.update(&(s.len() as u64).to_le_bytes());
        h.update(s.as_bytes());
    } else {
        let _ = std::fmt::Write::write_fmt(&mut HashWriter(h), format_args!("{v}"));
        h.update(v.name().as_bytes());
    }
}

/// One entry of a gallery page.
#[derive(Serialize)]
pub struct GalleryItem {
    /// `image`, `video` (a file of the site) or `embed` (YouTube, Vimeo).
    pub kind: &'static str,
    /// 1-based position among the pictures.
    pub number: usize,
    pub alt: String,
    pub caption: Option<String>,
    /// The thumbnail (pictures) or the poster (videos).
    pub picture: Option<PictureValue>,
    /// The large picture, the video file, or the video's page on its host.
    pub href: String,
    /// The privacy-friendly player address, loaded only after a click.
    pub embed: Option<String>,
    pub host: Option<String>,
    pub title: Option<String>,
    /// The language of `title` when it is not the page's.
    pub title_lang: Option<String>,
}

/// One gallery in the gallery index.
#[derive(Serialize)]
pub struct GalleryCard<'p> {
    pub title: &'p str,
    pub href: String,
    pub item_href: String,
    pub date: Option<String>,
    pub date_text: Option<String>,
    pub cover: Option<PictureValue>,
    pub photo_count: usize,
    pub video_count: usize,
    pub count_text: String,
}

#[derive(Serialize)]
pub struct SimplePage {
    pub kind: &'static str,
    pub title: String,
    pub content: String,
    pub summary: Option<String>,
}

impl SimplePage {
    pub fn new(kind: &'static str, title: &str) -> Self {
        SimplePage {
            kind,
            title: title.to_string(),
            content: String::new(),
            summary: None,
        }
    }
}

#[derive(Serialize)]
pub struct FullPage<'p> {
    pub kind: &'static str,
    pub title: &'p str,
    pub href: String,
    pub permalink: String,
    pub summary: &'p str,
    pub date: Option<String>,
    pub date_text: Option<String>,
    pub author: Option<&'p crate::content::Author>,
    pub tags: Vec<TagLink>,
    pub event: Option<EventView>,
    pub photos: Option<PhotoStrip>,
    pub draft: bool,
    pub cover: Option<String>,
    pub cover_picture: Option<PictureValue>,
    pub extra: &'p serde_yaml::Value,
    pub gallery_href: Option<String>,
    /// The item's PDF press release.
    pub pdf: Option<String>,
    pub section: Option<NavLink>,
    pub publicity: String,
    pub lang: &'p str,
    pub file: String,
}

/// A tag on a page: its word, its tag page, and the word's language when it is not the
/// page's (an inherited tag that `tags:` in site.yaml does not map).
#[derive(Serialize)]
pub struct TagLink {
    pub name: String,
    pub href: String,
    pub lang: Option<String>,
}

/// An item's event as templates show it: "2025. gada 18. februārī plkst. 10.00", the
/// place (in `place_lang` when it is not the page's language), the calendar file.
#[derive(Serialize)]
pub struct EventView {
    pub when: String,
    /// The start as HTML's `datetime` wants it (`2025-02-18` or `2025-02-18T10:00`).
    pub datetime: String,
    pub place: Option<String>,
    pub place_lang: Option<String>,
    pub ics_href: String,
    /// On the home page: the item's title and address.
    pub title: String,
    pub href: String,
}

/// The first pictures of an item's gallery under its text, and the link to all of them.
#[derive(Serialize)]
pub struct PhotoStrip {
    pub pictures: Vec<GalleryItem>,
    /// How many pictures the gallery has.
    pub count: usize,
    /// "Visas 12 fotogrāfijas", with the language's plural forms.
    pub all_text: String,
    pub gallery_href: String,
}

/// A tag in a language's tag index.
#[derive(Serialize)]
pub struct TagEntry {
    pub name: String,
    pub href: String,
    pub count: usize,
    pub count_text: String,
}

#[derive(Serialize, Clone)]
pub struct NavLink {
    pub title: String,
    pub href: String,
    pub current: bool,
}

#[derive(Serialize)]
pub struct Paginator {
    pub current: usize,
    pub total: usize,
    pub prev_href: Option<String>,
    pub next_href: Option<String>,
    pub pages: Vec<PagerLink>,
}

#[derive(Serialize)]
pub struct PagerLink {
    pub number: usize,
    pub href: String,
    pub current: bool,
    /// Stands for the skipped pages ("…") between two windows.
    pub gap: bool,
}

/// Page numbers a pager shows: the first, the last and two around the current one, with 0
/// for a gap; constant size, so long lists cost nothing quadratic.
pub fn page_window(current: usize, total: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for k in 1..=total {
        let near = k + 2 >= current && k <= current + 2;
        if k == 1 || k == total || near {
            out.push(k);
        } else if out.last() != Some(&0) {
            out.push(0);
        }
        if k > current + 2 && k < total {
            // Jump straight to the last page.
            if out.last() != Some(&0) {
                out.push(0);
            }
            out.push(total);
            break;
        }
    }
    out
}

#[derive(Serialize)]
pub struct TreeNode {
    pub title: String,
    pub href: String,
    pub children: Vec<TreeNode>,
}

#[derive(Serialize)]
pub struct Card<'p> {
    pub title: &'p str,
    pub href: String,
    pub date: Option<String>,
    pub date_text: Option<String>,
    pub summary: &'p str,
    pub lang: &'p str,
    pub lang_name: String,
    /// False when the item has no version in the list's language and is shown in its own.
    pub translated: bool,
    pub cover: Option<String>,
    pub cover_picture: Option<PictureValue>,
    pub draft: bool,
    pub gallery_href: Option<String>,
}

#[derive(Serialize)]
pub struct SwitcherEntry {
    pub lang: String,
    pub name: String,
    pub href: String,
    pub translated: bool,
    pub current: bool,
}

#[derive(Serialize)]
pub struct Alternate {
    pub hreflang: String,
    pub href: String,
}

/// A page hashed without its Markdown text (which stands in the hash as its rendered HTML's).
pub struct Page<'p>(&'p crate::model::Page);

impl std::hash::Hash for Page<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let p = self.0;
        let crate::model::Page {
            kind,
            key,
            lang,
            file,
            dir,
            is_bundle,
            title,
            slug,
            summary,
            date,
            updated,
            author,
            tags,
            draft,
            cover,
            cover_position,
            cover_origin,
            gallery,
            responsible,
            event,
            translate,
            extra,
            section,
            path,
            gallery_path,
            body: _,
            body_line,
        } = p;
        (
            kind, key, lang, file, dir, is_bundle, title, slug, summary, date,
        )
            .hash(state);
        (
            author,
            tags,
            draft,
            cover,
            cover_position,
            cover_origin,
            gallery,
            responsible,
            event,
        )
            .hash(state);
        (
            translate,
            extra,
            section,
            path,
            gallery_path,
            body_line,
            updated,
        )
            .hash(state);
    }
}

/// Values every page of a language shares, built once per build.
pub struct SharedContext<'b> {
    pub bodies: &'b [RenderedBody],
    /// The `site` value per language, with its fingerprint.
    pub site_by_lang: HashMap<String, (Value, u64)>,
    /// Per page: a hash of everything about it that pages showing it depend on (its front
    /// matter, URL, rendered text and summary). Lets unchanged pages skip their context.
    /// Made when a job needs it: a rebuild after edits of texts needs few.
    pub page_fp: Vec<std::sync::OnceLock<u64>>,
    /// Per language: a hash of the navigation.
    pub nav_fp: HashMap<String, u64>,
    /// Official date forms, formatted once per language and day.
    pub dates: HashMap<(String, jiff::civil::Date), String>,
    pub nav_by_lang: HashMap<String, Vec<NavLink>>,
    pub lang_names: HashMap<String, String>,
    /// Per page and list language: a card (cached per page in its own language).
    pub cards: Vec<std::sync::OnceLock<Value>>,
}

impl<'b> SharedContext<'b> {
    pub fn page_fp(&self, site: &Site, i: usize) -> u64 {
        *self.page_fp[i].get_or_init(|| {
            use std::hash::{Hash, Hasher};
            let mut h = xxhash_rust::xxh3::Xxh3::new();
            // The Markdown itself is represented by what it rendered to.
            Page(&site.pages[i]).hash(&mut h);
            let b = &self.bodies[i];
            b.key.hash(&mut h);
            b.summary.hash(&mut h);
            h.finish()
        })
    }

    pub fn new(r: &Renderer, bodies: &'b [RenderedBody]) -> Self {
        let site = r.site;
        let lang_names: HashMap<String, String> = site
            .languages
            .iter()
            .map(|l| (l.clone(), r.t(l, "language-name")))
            .collect();
        let site_by_lang = site
            .languages
            .iter()
            .map(|l| {
                let value = Value::from_serializable(&site_value(r, l, &lang_names));
                let mut h = xxhash_rust::xxh3::Xxh3::new();
                hash_value(&value, &mut h);
                (l.clone(), (value, h.digest()))
            })
            .collect();
        let mut days: Vec<(String, jiff::civil::Date)> = site
            .pages
            .iter()
            .filter_map(|p| p.date.map(|d| (p.lang.clone(), d)))
            .collect();
        days.sort_unstable();
        days.dedup();
        let dates: HashMap<(String, jiff::civil::Date), String> = days
            .into_par_iter()
            .map(|(l, d)| {
                let text = r.i18n.date_on(&l, d);
                ((l, d), text)
            })
            .collect();
        let nav_by_lang: HashMap<String, Vec<NavLink>> = site
            .languages
            .iter()
            .map(|l| {
                let mut nav = vec![NavLink {
                    title: r.t(l, "nav-home"),
                    href: r.href(&format!("{l}/")),
                    current: false,
                }];
                nav.extend(
                    site.sections
                        .iter()
                        .filter(|s| s.lang == *l && !s.key.contains('/'))
                        .map(|s| NavLink {
                            title: s.title.clone(),
                            href: r.href(&s.path),
                            current: false,
                        }),
                );
                nav.extend(site.gallery_index_paths.get(l).map(|g| NavLink {
                    title: r.t(l, "gallery-index-title"),
                    href: r.href(g),
                    current: false,
                }));
                nav.extend(
                    site.pages
                        .iter()
                        .filter(|p| p.lang == *l && p.kind == PageKind::Plain)
                        .map(|p| NavLink {
                            title: p.title.clone(),
                            href: r.href(&p.path),
                            current: false,
                        }),
                );
                (l.clone(), nav)
            })
            .collect();
        // Cards are made when a list shows them: most rebuilds show few.
        let cards = site
            .pages
            .iter()
            .map(|_| std::sync::OnceLock::new())
            .collect();
        let page_fp = site
            .pages
            .iter()
            .map(|_| std::sync::OnceLock::new())
            .collect();
        let nav_fp = nav_by_lang
            .iter()
            .map(|(l, nav): (&String, &Vec<NavLink>)| {
                let mut h = xxhash_rust::xxh3::Xxh3::new();
                for n in nav {
                    h.update(n.title.as_bytes());
                    h.update(b"\0");
                    h.update(n.href.as_bytes());
                    h.update(b"\0");
                }
                (l.clone(), h.digest())
            })
            .collect();
        SharedContext {
            bodies,
            site_by_lang,
            page_fp,
            nav_fp,
            dates,
            nav_by_lang,
            lang_names,
            cards,
        }
    }

    /// `date` in `lang`'s official "on which day" form.
    pub fn date_text(&self, lang: &str, d: jiff::civil::Date) -> String {
        self.dates
            .get(&(lang.to_string(), d))
            .cloned()
            .unwrap_or_default()
    }

    /// A page's card as shown in a list of `lang`: marked when it is in another language.
    pub fn card(&self, r: &Renderer, page: usize, lang: &str) -> Value {
        let card = self.cards[page]
            .get_or_init(|| {
                let p = &r.site.pages[page];
                Value::from_serializable(&Card {
                    title: &p.title,
                    href: r.href(&p.path),
                    date: p.date.map(|d| d.to_string()),
                    date_text: p.date.map(|d| self.date_text(&p.lang, d)),
                    summary: &self.bodies[page].summary,
                    lang: &p.lang,
                    lang_name: self.lang_names.get(&p.lang).cloned().unwrap_or_default(),
                    translated: true,
                    cover: r.cover_href(p),
                    cover_picture: r.cover(p, images::SIZES_CARD, true, false),
                    draft: p.draft,
                    gallery_href: p.gallery_path.as_ref().map(|g| r.href(g)),
                })
            })
            .clone();
        if r.site.pages[page].lang == lang {
            return card;
        }
        let mut map = card.into_map().unwrap_or_default();
        map.insert("translated".into(), Value::from(false));
        Value::from(map)
    }

    /// The context every template gets: language, site, navigation, switcher, alternates.
    pub fn base(
        &self,
        r: &Renderer,
        lang: &str,
        path: &str,
        alternates: &[(String, String)],
    ) -> Ctx {
        let mut ctx = Ctx::default();
        ctx.insert("lang", lang);
        ctx.insert("og_type", "website");
        ctx.insert("json_ld", "");
        ctx.insert("noindex", &false);
        let (site, hash) = &self.site_by_lang[lang];
        ctx.insert_hashed("site", site.clone(), *hash);
        let nav: Vec<NavLink> = self.nav_by_lang[lang]
            .iter()
            .map(|n| NavLink {
                current: n.href == r.href(path),
                ..n.clone()
            })
            .collect();
        ctx.insert("nav", &nav);
        let switcher: Vec<SwitcherEntry> = r
            .site
            .languages
            .iter()
            .map(|l| {
                let own = alternates.iter().find(|(al, _)| al == l);
                SwitcherEntry {
                    lang: l.clone(),
                    name: self.lang_names[l].clone(),
                    href: r.href(&own.map_or_else(|| format!("{l}/"), |(_, p)| p.clone())),
                    translated: own.is_some(),
                    current: l == lang,
                }
            })
            .collect();
        ctx.insert("switcher", &switcher);
        let mut alts: Vec<Alternate> = r
            .site
            .languages
            .iter()
            .filter_map(|l| alternates.iter().find(|(al, _)| al == l))
            .map(|(l, p)| Alternate {
                hreflang: l.clone(),
                href: r.permalink(p),
            })
            .collect();
        if let Some(first) = r
            .site
            .languages
            .iter()
            .find_map(|l| alternates.iter().find(|(al, _)| al == l))
        {
            alts.push(Alternate {
                hreflang: "x-default".into(),
                href: r.permalink(&first.1),
            });
        }
        ctx.insert("alternates", &alts);
        ctx.insert("canonical", &r.permalink(path));
        ctx.insert("current_href", &r.href(path));
        ctx.insert("og_locale", &og_locale(lang));
        // The languages this very page exists in besides its own.
        let locale_alternates: Vec<String> = r
            .site
            .languages
            .iter()
            .filter(|l| *l != lang && alternates.iter().any(|(al, _)| al == *l))
            .map(|l| og_locale(l))
            .collect();
        ctx.insert("og_locale_alternates", &locale_alternates);
        ctx.insert("feed_href", &r.href(&format!("{lang}/atom.xml")));
        let og_image = r.site.config.og_image.as_ref().map(|i| {
            let i = i.trim_start_matches('/');
            r.permalink(i.strip_prefix("static/").unwrap_or(i))
        });
        if og_image.is_some() {
            let size = r.site_picture_size();
            ctx.insert("og_image_width", &size.map(|s| s.0));
            ctx.insert("og_image_height", &size.map(|s| s.1));
            let alt = r.site.config.og_image_alt.as_ref();
            ctx.insert(
                "og_image_alt",
                &alt.map(|a| a.get(lang, r.site.default_lang())),
            );
        }
        ctx.insert("og_image", &og_image);
        ctx.insert("sitemap_href", &r.href(&r.site.sitemap_paths[lang]));
        let search_href = r.site.search_paths.get(lang).map(|p| r.href(p));
        // The header's search field, left out on the search page, which has its own.
        ctx.insert("search_header", &search_href);
        ctx.insert("search_href", &search_href);
        ctx.insert(
            "accessibility_href",
            &r.site.accessibility_paths.get(lang).map(|p| r.href(p)),
        );
        ctx
    }
}

pub fn og_locale(lang: &str) -> String {
    match lang {
        "lv" => "lv_LV".into(),
        "lt" => "lt_LT".into(),
        "en" => "en_GB".into(),
        "et" => "et_EE".into(),
        other => other.to_string(),
    }
}

#[derive(Serialize)]
pub struct SiteValue<'a> {
    pub title: &'a str,
    pub base_url: &'a str,
    pub origin: String,
    pub base_path: String,
    pub default_lang: &'a str,
    pub languages: Vec<LangValue>,
    pub project: ProjectValue,
    pub social: &'a [crate::config::SocialLink],
    pub contact: Option<ContactValue<'a>>,
    pub extra: &'a serde_yaml::Value,
    pub emblem: publicity::Emblem,
    pub programme_logo: Option<String>,
    /// The logo's width at the theme's 60 px height (None when it cannot be measured).
    pub programme_logo_width: Option<u32>,
}

#[derive(Serialize)]
pub struct LangValue {
    pub code: String,
    pub name: String,
    pub href: String,
}

#[derive(Serialize)]
pub struct ProjectValue {
    pub acronym: String,
    pub code: String,
    pub name: String,
    pub programme: String,
    pub programme_name: String,
    pub start: String,
    pub end: String,
    pub period: String,
    pub budget: String,
    pub erdf: String,
    pub responsible: String,
    pub partners: Vec<PartnerValue>,
}

#[derive(Serialize)]
pub struct PartnerValue {
    pub name: String,
    pub url: Option<String>,
}

#[derive(Serialize)]
pub struct ContactValue<'a> {
    pub address: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub email: Option<&'a str>,
}

pub fn site_value<'a>(
    r: &'a Renderer,
    lang: &str,
    names: &HashMap<String, String>,
) -> SiteValue<'a> {
    let c = &r.site.config;
    let d = c.default_lang();
    let (budget, erdf) = c.budget_cents();
    SiteValue {
        title: c.title.get(lang, d),
        base_url: &c.base_url,
        origin: c.origin(),
        base_path: c.base_path(),
        default_lang: d,
        languages: c
            .languages
            .iter()
            .map(|l| LangValue {
                code: l.clone(),
                name: names[l].clone(),
                href: r.href(&format!("{l}/")),
            })
            .collect(),
        project: ProjectValue {
            acronym: c.project.acronym.clone(),
            code: c.project.code.clone(),
            name: c.project.name.get(lang, d).to_string(),
            programme: c.project.programme.clone(),
            programme_name: r
                .i18n
                .format(lang, &c.project.programme, &[])
                .unwrap_or_default(),
            start: c.project.start.to_string(),
            end: c.project.end.to_string(),
            period: r.i18n.period(lang, c.project.start, c.project.end),
            budget: r.i18n.amount_eur(lang, budget),
            erdf: r.i18n.amount_eur(lang, erdf),
            responsible: c.project.responsible.get(lang, d).to_string(),
            partners: c
                .project
                .partners
                .iter()
                .map(|p| PartnerValue {
                    name: p.name.get(lang, d).to_string(),
                    url: p.url.clone(),
                })
                .collect(),
        },
        social: &c.social,
        contact: c.contact.as_ref().map(|ct| ContactValue {
            address: ct.address.as_ref().map(|a| a.get(lang, d)),
            phone: ct.phone.as_deref(),
            email: ct.email.as_deref(),
        }),
        extra: &c.extra,
        emblem: publicity::emblem(r.site, &r.i18n, lang, &r.href(publicity::EMBLEM_FILE)),
        programme_logo: c.project.programme_logo.as_ref().map(|p| {
            let s = p.slashed();
            r.href(s.strip_prefix("static/").unwrap_or(&s))
        }),
        programme_logo_width: c.project.programme_logo.as_ref().and_then(|p| {
            let s = p.slashed();
            let rel = s.strip_prefix("static/").unwrap_or(&s);
            images::width_at_height(&r.site.root.join("static").join(rel), 60)
        }),
    }
}

/// `t(key=..., any=args)` with the page's language; `url(path=...)` under the base path.
pub fn register_functions(tera: &mut Tera, i18n: Arc<I18n>, base_path: String) {
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
            let key: String = kwargs.must_get::<&str>("key")?.to_string();
            let lang: String = match kwargs.get::<&str>("lang")? {
                Some(l) => l.to_string(),
                None => state.get::<String>("lang")?.ok_or_else(|| {
                    tera::Error::message("t(): the template has no `lang` variable")
                })?,
            };
            let mut names: Vec<String> = Vec::new();
            let mut values: Vec<Arg> = Vec::new();
            for (k, v) in kwargs.iter() {
                let k = k.to_string();
                if k == "key" || k == "lang" {
                    continue;
                }
                values.push(
                    if let Some(n) = v.as_f64().or_else(|| v.as_i64().map(|i| i as f64)) {
                        Arg::Num(n)
                    } else {
                        Arg::Str(v.as_str().map_or_else(|| v.to_string(), str::to_string))
                    },
                );
                names.push(k);
            }
            let borrowed: Vec<(&str, Arg)> = names.iter().map(String::as_str).zip(values).collect();
            i18n.format(&lang, &key, &borrowed)
                .map_err(tera::Error::message)
        },
    );
    tera.register_function(
        "url",
        move |kwargs: Kwargs, _: &State| -> tera::TeraResult<String> {
            let path: &str = kwargs.must_get("path")?;
            Ok(format!("{base_path}{}", path.trim_start_matches('/')))
        },
    );
    tera.register_filter(
        "phone_text",
        |phone: std::borrow::Cow<'_, str>, _: Kwargs, _: &State| phone_text(&phone),
    );
    tera.register_filter(
        "head_title",
        |title: std::borrow::Cow<'_, str>, _: Kwargs, _: &State| {
            Value::safe_string(&head_title(&title, HEAD_TITLE_MAX))
        },
    );
}

/// A telephone number that never breaks across lines: spaces become no-break spaces and
/// hyphens no-break hyphens.
pub fn phone_text(phone: &str) -> String {
    phone.replace(' ', "\u{a0}").replace('-', "\u{2011}")
}

/// The longest `<title>` search results show whole (and html-validate's `long-title`).
pub const HEAD_TITLE_MAX: usize = 70;

/// A page's `<title>` (escaped HTML) of at most `max` characters: the site's title after the
/// last ` | ` is left out first, then the page's title is cut at a word with "…". The page's
/// `h1` and `og:title` keep the whole title.
pub fn head_title(title: &str, max: usize) -> String {
    let title = title.trim();
    if visible_len(title) <= max {
        return title.to_string();
    }
    let page = title
        .rsplit_once(" | ")
        .map_or(title, |(page, _)| page.trim());
    if visible_len(page) <= max {
        return page.to_string();
    }
    // Cut before a space (never inside a character reference) so that "…" still fits.
    let mut cut = 0;
    for (i, _) in page.match_indices(' ') {
        if visible_len(&page[..i]) >= max {
            break;
        }
        cut = i;
    }
    if cut == 0 {
        // One long word: cut between characters, outside character references.
        let mut in_ref = false;
        for (i, c) in page.char_indices() {
            if !in_ref && visible_len(&page[..i]) < max {
                cut = i;
            }
            in_ref = match c {
                '&' => true,
                ';' => false,
                _ => in_ref,
            };
        }
    }
    format!(
        "{}…",
        page[..cut].trim_end_matches([' ', ',', ':', ';', '–', '-', '|'])
    )
}

/// How many characters a reader sees in escaped HTML text: a character reference is one.
fn visible_len(html: &str) -> usize {
    let mut n = 0;
    let mut in_ref = false;
    for c in html.chars() {
        match c {
            '&' => {
                in_ref = true;
                n += 1;
            }
            ';' if in_ref => in_ref = false,
            _ if in_ref => {}
            _ => n += 1,
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::{head_title, page_window, phone_text};

    #[test]
    fn head_title_leaves_out_the_site_title_then_cuts_at_a_word() {
        assert_eq!(head_title("Short | Site", 70), "Short | Site");
        let long = format!("{} | The site", "Word ".repeat(13).trim());
        assert_eq!(head_title(&long, 70), "Word ".repeat(13).trim());
        let longer = "Word ".repeat(20);
        let cut = head_title(longer.trim(), 70);
        assert!(cut.ends_with("Word…"), "{cut}");
        assert!(cut.chars().count() <= 70, "{cut}");
        // A character reference counts as one character and is never cut.
        let refs = "A&amp;B ".repeat(15);
        let cut = head_title(refs.trim(), 20);
        assert_eq!(cut, "A&amp;B A&amp;B A&amp;B A&amp;B A&amp;B…");
    }

    #[test]
    fn phone_numbers_do_not_break() {
        assert_eq!(phone_text("+371 60-000"), "+371\u{a0}60\u{2011}000");
    }

    #[test]
    fn pager_window_is_small_and_keeps_first_and_last() {
        assert_eq!(page_window(1, 1), [1]);
        assert_eq!(page_window(1, 3), [1, 2, 3]);
        assert_eq!(page_window(1, 1000), [1, 2, 3, 0, 1000]);
        assert_eq!(
            page_window(500, 1000),
            [1, 0, 498, 499, 500, 501, 502, 0, 1000]
        );
        assert_eq!(page_window(1000, 1000), [1, 0, 998, 999, 1000]);
        assert_eq!(page_window(4, 7), [1, 2, 3, 4, 5, 6, 7]);
    }
}
