//! One function per kind of page: the template, output path and context of the chooser, the
//! 404 page, home pages, site map pages, accessibility statements, news lists, items and plain
//! pages, galleries and gallery indexes. `Renderer::render_job` fingerprints and renders them.

use super::*;
use crate::paths::Slashed;

/// What a page is made from.
pub(super) struct Prepared {
    pub template: &'static str,
    /// The output path, relative to the output folder.
    pub path: String,
    pub ctx: Ctx,
    /// What to call the page in messages ("the lv home page").
    pub what: String,
}

impl Renderer<'_> {
    /// The language chooser at the site root.
    pub(super) fn chooser(
        &self,
        shared: &SharedContext,
    ) -> std::result::Result<Prepared, Diagnostic> {
        let lang = self.site.default_lang().to_string();
        let mut ctx = shared.base(self, &lang, "", &[]);
        ctx.insert(
            "page",
            &SimplePage::new("chooser", self.site.config.title.get(&lang, &lang)),
        );
        Ok(Prepared {
            template: "chooser.html",
            path: "index.html".to_string(),
            ctx,
            what: crate::tr!("render-what-chooser"),
        })
    }

    /// The 404 page, in the default language.
    pub(super) fn not_found(
        &self,
        shared: &SharedContext,
    ) -> std::result::Result<Prepared, Diagnostic> {
        let lang = self.site.default_lang().to_string();
        let mut ctx = shared.base(self, &lang, "", &[]);
        ctx.insert(
            "page",
            &SimplePage::new("404", &self.t(&lang, "notfound-title")),
        );
        ctx.insert("noindex", &true);
        Ok(Prepared {
            template: "404.html",
            path: "404.html".to_string(),
            ctx,
            what: crate::tr!("render-what-not-found"),
        })
    }

    /// A language's home page: its introduction and the latest news.
    pub(super) fn home(
        &self,
        shared: &SharedContext,
        lang: &str,
    ) -> std::result::Result<Prepared, Diagnostic> {
        let home = self.site.home(lang);
        let alts = self
            .site
            .languages
            .iter()
            .map(|l| (l.clone(), format!("{l}/")))
            .collect::<Vec<_>>();
        let mut ctx = shared.base(self, lang, &home.path, &alts);
        let body = self.render_intro(&home.body, home.body_line, home.file.as_deref(), lang)?;
        let mut page = SimplePage::new("home", &home.title);
        page.content = body;
        page.summary = home.summary.clone();
        ctx.insert("page", &page);
        let mut ids: Vec<usize> = self
            .site
            .sections
            .iter()
            .filter(|s| s.lang == *lang && !s.key.contains('/'))
            .flat_map(|s| s.items.iter().copied())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        self.site.sort_newest_first(&mut ids);
        let latest: Vec<Value> = ids
            .into_iter()
            .take(5)
            .map(|i| shared.card(self, i, lang))
            .collect();
        ctx.insert_value("latest", Value::from_serializable(&latest));
        let news = self
            .site
            .sections
            .iter()
            .find(|s| s.lang == *lang && !s.key.contains('/'))
            .map(|s| self.href(&s.path));
        ctx.insert("news_href", &news);
        ctx.insert("upcoming", &self.upcoming_events(lang));
        Ok(Prepared {
            template: "index.html",
            path: format!("{}index.html", home.path),
            ctx,
            what: crate::tr!("render-what-home", lang = lang),
        })
    }

    /// A page made once per language at an address of its own (`paths`: the site map, the
    /// accessibility statement): its path, and its context with the `page` of `kind`, titled
    /// by the `<kind>-title` message.
    fn page_per_language(
        &self,
        shared: &SharedContext,
        lang: &str,
        paths: &HashMap<String, String>,
        kind: &'static str,
    ) -> (String, Ctx) {
        self.index_page(shared, lang, paths, kind, &format!("{kind}-title"))
    }

    /// A language's site map page.
    pub(super) fn site_map_page(
        &self,
        shared: &SharedContext,
        lang: &str,
    ) -> std::result::Result<Prepared, Diagnostic> {
        let (path, mut ctx) =
            self.page_per_language(shared, lang, &self.site.sitemap_paths, "sitemap");
        ctx.insert("tree", &self.sitemap_tree(lang));
        Ok(Prepared {
            template: "sitemap.html",
            path: format!("{path}index.html"),
            ctx,
            what: crate::tr!("render-what-sitemap", lang = lang),
        })
    }

    /// A language's search page: the form, the texts the search script shows (counts for
    /// sample numbers of each plural form) and where the index lies.
    pub(super) fn search_page(
        &self,
        shared: &SharedContext,
        lang: &str,
    ) -> std::result::Result<Prepared, Diagnostic> {
        let (path, mut ctx) =
            self.page_per_language(shared, lang, &self.site.search_paths, "search");
        ctx.insert("search_header", &None::<String>);
        ctx.insert("search_index_href", &self.href(crate::search::FOLDER));
        ctx.insert("count_samples", crate::search::COUNT_SAMPLES);
        Ok(Prepared {
            template: "search.html",
            path: format!("{path}index.html"),
            ctx,
            what: crate::tr!("render-what-search", lang = lang),
        })
    }

    /// A language's accessibility statement.
    pub(super) fn accessibility_page(
        &self,
        shared: &SharedContext,
        lang: &str,
    ) -> std::result::Result<Prepared, Diagnostic> {
        let (path, mut ctx) = self.page_per_language(
            shared,
            lang,
            &self.site.accessibility_paths,
            "accessibility",
        );
        ctx.insert(
            "statement",
            &accessibility::statement(&self.site.config, &self.i18n, lang),
        );
        Ok(Prepared {
            template: "accessibility.html",
            path: format!("{path}index.html"),
            ctx,
            what: crate::tr!("render-what-accessibility", lang = lang),
        })
    }

    /// The first pictures of an item's gallery, shown under its text with the viewer, and
    /// the link to the whole gallery ("Visas 12 fotogrāfijas").
    fn photo_strip(&self, p: &crate::model::Page) -> Option<PhotoStrip> {
        let gallery = p.gallery_path.as_ref()?;
        let pictures: Vec<GalleryItem> = self
            .gallery_items(p, true)
            .into_iter()
            .filter(|g| g.kind == "image")
            .collect();
        if pictures.is_empty() {
            return None;
        }
        let count = pictures.len();
        Some(PhotoStrip {
            all_text: self
                .i18n
                .format(&p.lang, "gallery-all", &[("count", Arg::Num(count as f64))])
                .unwrap_or_else(|_| count.to_string()),
            count,
            pictures: pictures.into_iter().take(PHOTO_STRIP).collect(),
            gallery_href: self.href(gallery),
        })
    }

    /// The item's event for templates (see [`EventView`]).
    fn event_view(&self, p: &crate::model::Page) -> Option<EventView> {
        let e = p.event.as_ref()?;
        let datetime = match e.start.time {
            Some(t) => format!("{}T{:02}:{:02}", e.start.date, t.hour(), t.minute()),
            None => e.start.date.to_string(),
        };
        Some(EventView {
            when: self.event_when(&p.lang, e),
            datetime,
            place: e.place.clone(),
            place_lang: e.place_lang.clone(),
            ics_href: self.href(&super::ics::path_of(p)),
            title: p.title.clone(),
            href: self.href(&p.path),
        })
    }

    /// When an event is, in the official date forms: "2025. gada 18. februārī plkst.
    /// 10.00", "... plkst. 10.00–13.00" on one day, "<start> – <end>" over several.
    fn event_when(&self, lang: &str, e: &crate::model::Event) -> String {
        let clock = |key: &str, t: jiff::civil::Time, end: Option<jiff::civil::Time>| {
            let mut args = vec![
                ("hour", Arg::Num(f64::from(t.hour()))),
                ("minutes", Arg::Str(format!("{:02}", t.minute()))),
            ];
            if let Some(end) = end {
                args.push(("end-hour", Arg::Num(f64::from(end.hour()))));
                args.push(("end-minutes", Arg::Str(format!("{:02}", end.minute()))));
            }
            self.i18n
                .format(lang, key, &args)
                .unwrap_or_else(|_| format!("{t}"))
        };
        let at = |w: crate::source::When| {
            let day = self.i18n.date_on(lang, w.date);
            match w.time {
                Some(t) => format!("{day} {}", clock("event-time", t, None)),
                None => day,
            }
        };
        match e.end {
            None => at(e.start),
            Some(end) if end.date == e.start.date => match (e.start.time, end.time) {
                (Some(a), Some(b)) if a != b => format!(
                    "{} {}",
                    self.i18n.date_on(lang, e.start.date),
                    clock("event-time-range", a, Some(b))
                ),
                _ => at(e.start),
            },
            Some(end) => self
                .i18n
                .format(
                    lang,
                    "event-range",
                    &[("start", Arg::Str(at(e.start))), ("end", Arg::Str(at(end)))],
                )
                .unwrap_or_else(|_| format!("{} – {}", at(e.start), at(end))),
        }
    }

    /// The events of the language's items that are not over by the build's day, soonest
    /// first (at most five).
    fn upcoming_events(&self, lang: &str) -> Vec<EventView> {
        let mut items: Vec<&crate::model::Page> = self
            .site
            .items_in(lang)
            .iter()
            .map(|&i| &self.site.pages[i])
            .filter(|p| {
                p.event
                    .as_ref()
                    .is_some_and(|e| e.last_day() >= self.site.today)
            })
            .collect();
        items.sort_by_key(|p| p.event.as_ref().map(|e| e.start));
        items
            .into_iter()
            .take(5)
            .filter_map(|p| self.event_view(p))
            .collect()
    }

    /// The item's event as schema.org `Event` data.
    fn event_data(
        &self,
        p: &crate::model::Page,
        e: &crate::model::Event,
        description: &str,
        image: Option<&str>,
    ) -> String {
        let c = &self.site.config;
        structured_data::event(&structured_data::EventData {
            name: &p.title,
            description,
            url: &self.permalink(&p.path),
            start: e.start,
            end: e.end,
            place: e.place.as_deref(),
            image,
            organizer: p
                .responsible
                .as_deref()
                .unwrap_or_else(|| c.project.responsible.get(&p.lang, c.default_lang())),
            organizer_url: &self.permalink(&format!("{}/", p.lang)),
        })
    }

    /// The address and the first context of a page made once per language (the tag and gallery
    /// indexes, the site map ...), whose translations are the other languages' same page:
    /// `kind` names the page for the templates, `title_key` its title in the i18n files.
    fn index_page(
        &self,
        shared: &SharedContext,
        lang: &str,
        paths: &HashMap<String, String>,
        kind: &'static str,
        title_key: &str,
    ) -> (String, Ctx) {
        let path = paths[lang].clone();
        let alts: Vec<(String, String)> =
            paths.iter().map(|(l, p)| (l.clone(), p.clone())).collect();
        let mut ctx = shared.base(self, lang, &path, &alts);
        ctx.insert("page", &SimplePage::new(kind, &self.t(lang, title_key)));
        (path, ctx)
    }

    /// A language's tag index: every tag with how many pages show it.
    pub(super) fn tag_index(
        &self,
        shared: &SharedContext,
        lang: &str,
    ) -> std::result::Result<Prepared, Diagnostic> {
        let (path, mut ctx) = self.index_page(
            shared,
            lang,
            &self.site.tag_index_paths,
            "tags",
            "tags-index-title",
        );
        let mut tags: Vec<TagEntry> = self
            .site
            .tag_pages
            .iter()
            .filter(|t| t.lang == lang && !t.items.is_empty())
            .map(|t| TagEntry {
                name: t.name.clone(),
                href: self.href(&t.path),
                count: t.items.len(),
                count_text: self
                    .i18n
                    .format(
                        lang,
                        "tag-count",
                        &[("count", Arg::Num(t.items.len() as f64))],
                    )
                    .unwrap_or_else(|_| t.items.len().to_string()),
            })
            .collect();
        tags.sort_by_cached_key(|t| (t.name.to_lowercase(), t.href.clone()));
        ctx.insert("tags", &tags);
        Ok(Prepared {
            template: "tags.html",
            path: format!("{path}index.html"),
            ctx,
            what: crate::tr!("render-what-tags", lang = lang),
        })
    }

    /// Page `n` (from 1) of a tag's list.
    pub(super) fn tag(
        &self,
        shared: &SharedContext,
        i: usize,
        n: usize,
    ) -> std::result::Result<Prepared, Diagnostic> {
        let t = &self.site.tag_pages[i];
        let per = self.site.config.paginate_by.max(1);
        let numbered = |base: &str, k: usize| {
            if k == 1 {
                base.to_string()
            } else {
                format!("{base}{k}/")
            }
        };
        let path = numbered(&t.path, n);
        let alts: Vec<(String, String)> = t
            .alternates
            .iter()
            .map(|(l, p)| (l.clone(), numbered(p, n)))
            .collect();
        let mut ctx = shared.base(self, &t.lang, &path, &alts);
        let title = self
            .i18n
            .format(&t.lang, "tag-title", &[("tag", Arg::Str(t.name.clone()))])
            .unwrap_or_else(|_| t.name.clone());
        ctx.insert("page", &SimplePage::new("tag", &title));
        ctx.insert("tag_name", &t.name);
        ctx.insert(
            "tag_index_href",
            &self.site.tag_index_paths.get(&t.lang).map(|p| self.href(p)),
        );
        let items: Vec<Value> = t
            .items
            .iter()
            .skip((n - 1) * per)
            .take(per)
            .map(|&j| shared.card(self, j, &t.lang))
            .collect();
        let total = t.items.len().div_ceil(per).max(1);
        ctx.insert_value("items", Value::from_serializable(&items));
        ctx.insert(
            "paginator",
            &self.paginator(n, total, &|k| numbered(&t.path, k)),
        );
        Ok(Prepared {
            template: "tag.html",
            path: format!("{path}index.html"),
            ctx,
            what: crate::tr!("render-what-tag", path = t.path.as_str()),
        })
    }

    /// The pager of page `n` of `total`, `page_path` giving each page's path.
    fn paginator(&self, n: usize, total: usize, page_path: &dyn Fn(usize) -> String) -> Paginator {
        Paginator {
            current: n,
            total,
            prev_href: (n > 1).then(|| self.href(&page_path(n - 1))),
            next_href: (n < total).then(|| self.href(&page_path(n + 1))),
            pages: page_window(n, total)
                .into_iter()
                .map(|k| PagerLink {
                    number: k,
                    href: if k == 0 {
                        String::new()
                    } else {
                        self.href(&page_path(k))
                    },
                    current: k == n,
                    gap: k == 0,
                })
                .collect(),
        }
    }

    /// Page `n` (from 1) of a news list.
    pub(super) fn section(
        &self,
        shared: &SharedContext,
        i: usize,
        n: usize,
    ) -> std::result::Result<Prepared, Diagnostic> {
        let s = &self.site.sections[i];
        let per = s.paginate_by;
        let total = s.items.len().div_ceil(per).max(1);
        let page_path = |k: usize| {
            if k == 1 {
                s.path.clone()
            } else {
                format!("{}{k}/", s.path)
            }
        };
        let path = page_path(n);
        let alts: Vec<(String, String)> = self
            .site
            .section_translations
            .get(&s.key)
            .map(|m| {
                m.iter()
                    .map(|(l, &j)| {
                        let sp = &self.site.sections[j].path;
                        (
                            l.clone(),
                            if n == 1 {
                                sp.clone()
                            } else {
                                format!("{sp}{n}/")
                            },
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut ctx = shared.base(self, &s.lang, &path, &alts);
        let mut page = SimplePage::new("section", &s.title);
        page.summary = s.summary.clone();
        if n == 1 {
            page.content = self.render_intro(&s.body, 1, s.file.as_deref(), &s.lang)?;
        }
        ctx.insert("page", &page);
        let items: Vec<Value> = s
            .items
            .iter()
            .skip((n - 1) * per)
            .take(per)
            .map(|&j| shared.card(self, j, &s.lang))
            .collect();
        let paginator = self.paginator(n, total, &page_path);
        ctx.insert_value("items", Value::from_serializable(&items));
        ctx.insert("paginator", &paginator);
        Ok(Prepared {
            template: "section.html",
            path: format!("{path}index.html"),
            ctx,
            what: crate::tr!("render-what-list", path = s.path.as_str()),
        })
    }

    /// A news item or a plain page, with its rendered Markdown.
    pub(super) fn page(
        &self,
        shared: &SharedContext,
        i: usize,
        body: &RenderedBody,
    ) -> std::result::Result<Prepared, Diagnostic> {
        let p = &self.site.pages[i];
        let alts: Vec<(String, String)> = self
            .site
            .translations_of(&p.key)
            .iter()
            .map(|t| (t.lang.clone(), t.path.clone()))
            .collect();
        let mut ctx = shared.base(self, &p.lang, &p.path, &alts);
        let section = p.section.map(|s| {
            let s = &self.site.sections[s];
            NavLink {
                title: s.title.clone(),
                href: self.href(&s.path),
                current: false,
            }
        });
        let publicity = self.publicity(p)?;
        let page = FullPage {
            kind: if p.kind == PageKind::Item {
                "item"
            } else {
                "page"
            },
            title: &p.title,
            href: self.href(&p.path),
            permalink: self.permalink(&p.path),
            summary: &body.summary,
            date: p.date.map(|d| d.to_string()),
            date_text: p.date.map(|d| shared.date_text(&p.lang, d)),
            author: p.author.as_ref(),
            tags: p
                .tags
                .iter()
                .map(|t| TagLink {
                    name: t.name.clone(),
                    href: self.href(&t.path),
                    lang: (t.lang != p.lang).then(|| t.lang.clone()),
                })
                .collect(),
            event: self.event_view(p),
            photos: self.photo_strip(p),
            draft: p.draft,
            cover: self.cover_href(p),
            cover_picture: self.cover(p, images::SIZES_CONTENT, false, true),
            extra: &p.extra,
            gallery_href: p.gallery_path.as_ref().map(|g| self.href(g)),
            pdf: p
                .made_for_pdf(self.site.config.pdf)
                .then(|| self.href(&p.pdf_path())),
            section,
            publicity,
            lang: &p.lang,
            file: p.file.slashed(),
        };
        let picture = p
            .cover
            .as_deref()
            .or_else(|| p.gallery.iter().find_map(|g| g.entry.image.as_deref()));
        let image = picture.map(|picture| self.share_own_picture(&mut ctx, p, picture));
        if let Some(d) = p.date {
            ctx.insert("published_time", &structured_data::zoned(d));
            ctx.insert(
                "modified_time",
                &structured_data::zoned(p.updated.unwrap_or(d).max(d)),
            );
        }
        if p.kind == PageKind::Item {
            let translations: Vec<String> = alts
                .iter()
                .filter(|(l, _)| *l != p.lang)
                .map(|(_, path)| self.permalink(path))
                .collect();
            // Every article names a picture: its cover, else the site's share picture, else
            // its share card (as its `og:image`).
            let image = image
                .or_else(|| {
                    let i = self.site.config.og_image.as_ref()?.trim_start_matches('/');
                    Some(self.permalink(i.strip_prefix("static/").unwrap_or(i)))
                })
                .or_else(|| {
                    let c = &self.site.config;
                    c.share_card
                        .then(|| self.permalink(&self.share_card(&p.lang, &p.title).path()))
                });
            ctx.insert(
                "json_ld",
                &self.news_article(p, &body.summary, image.as_deref(), &translations),
            );
            if let Some(e) = &p.event {
                ctx.insert(
                    "event_ld",
                    &self.event_data(p, e, &body.summary, image.as_deref()),
                );
            }
        }
        ctx.insert("page", &page);
        ctx.set_page_content(body.key, Arc::clone(&body.html));
        ctx.insert(
            "og_type",
            if p.kind == PageKind::Item {
                "article"
            } else {
                "website"
            },
        );
        Ok(Prepared {
            template: "page.html",
            path: format!("{}index.html", p.path),
            ctx,
            what: p.file.display().to_string(),
        })
    }

    /// Makes `picture` of page `p` the page's `og:image` (its processed JPEG, which every
    /// social network reads), with the size of that file and the alt text the gallery gives
    /// the same picture. Returns the picture's address.
    fn share_own_picture(&self, ctx: &mut Ctx, p: &crate::model::Page, picture: &str) -> String {
        let processed = self.picture(&p.dir, picture);
        let href = match processed {
            Some(pic) => pic.fallback_href(&self.site.config.base_path()),
            None => self.asset_href(p, picture),
        };
        let image = format!("{}{href}", self.site.config.origin());
        ctx.insert("og_image", &image);
        // The size of the file `og:image` names (the fallback's, not the largest WebP's).
        let size = processed.map(|pic| {
            let shared = pic.fallback_variant();
            (shared.width, shared.height)
        });
        ctx.insert("og_image_width", &size.map(|s| s.0));
        ctx.insert("og_image_height", &size.map(|s| s.1));
        let alt = p
            .gallery
            .iter()
            .find(|g| g.entry.image.as_deref() == Some(picture))
            .and_then(|g| g.alt.clone());
        ctx.insert("og_image_alt", &alt);
        image
    }

    /// An item's gallery page.
    pub(super) fn gallery(
        &self,
        shared: &SharedContext,
        i: usize,
        body: &RenderedBody,
    ) -> std::result::Result<Prepared, Diagnostic> {
        let p = &self.site.pages[i];
        let path = p.gallery_path.clone().unwrap_or_default();
        let alts: Vec<(String, String)> = self
            .site
            .translations_of(&p.key)
            .iter()
            .filter_map(|t| t.gallery_path.clone().map(|g| (t.lang.clone(), g)))
            .collect();
        let mut ctx = shared.base(self, &p.lang, &path, &alts);
        let title = self.t(&p.lang, "gallery-title");
        let mut page = SimplePage::new("gallery", &format!("{}: {title}", p.title));
        page.summary = Some(body.summary.to_string());
        ctx.insert("page", &page);
        ctx.insert("item_title", &p.title);
        ctx.insert("item_href", &self.href(&p.path));
        ctx.insert("item_date", &p.date.map(|d| d.to_string()));
        ctx.insert(
            "item_date_text",
            &p.date.map(|d| shared.date_text(&p.lang, d)),
        );
        let items = self.gallery_items(p, false);
        let pictures = items.iter().filter(|g| g.kind == "image").count();
        ctx.insert("photo_count", &pictures);
        ctx.insert(
            "count_text",
            &self.counts_text(&p.lang, pictures, items.len() - pictures),
        );
        ctx.insert("gallery", &items);
        // Shared with its first photo, as the item is with its cover.
        if let Some(first) = p.gallery.iter().find_map(|g| g.entry.image.as_deref()) {
            self.share_own_picture(&mut ctx, p, first);
        }
        ctx.insert(
            "gallery_index_href",
            &self
                .site
                .gallery_index_paths
                .get(&p.lang)
                .map(|g| self.href(g)),
        );
        ctx.insert("publicity", &self.publicity(p)?);
        Ok(Prepared {
            template: "gallery.html",
            path: format!("{path}index.html"),
            ctx,
            what: crate::tr!("render-what-gallery", path = p.file.display().to_string()),
        })
    }

    /// A language's gallery index.
    pub(super) fn gallery_index(
        &self,
        shared: &SharedContext,
        lang: &str,
    ) -> std::result::Result<Prepared, Diagnostic> {
        let (path, mut ctx) = self.index_page(
            shared,
            lang,
            &self.site.gallery_index_paths,
            "gallery-index",
            "gallery-index-title",
        );
        let mut ids: Vec<usize> = self
            .site
            .pages
            .iter()
            .enumerate()
            .filter(|(_, p)| p.lang == *lang && p.gallery_path.is_some())
            .map(|(i, _)| i)
            .collect();
        self.site.sort_newest_first(&mut ids);
        let galleries: Vec<GalleryCard> = ids
            .into_iter()
            .enumerate()
            .map(|(n, i)| {
                let p = &self.site.pages[i];
                let pictures = p.gallery.iter().filter(|g| g.entry.image.is_some()).count();
                GalleryCard {
                    title: &p.title,
                    href: self.href(p.gallery_path.as_deref().unwrap_or_default()),
                    item_href: self.href(&p.path),
                    date: p.date.map(|d| d.to_string()),
                    date_text: p.date.map(|d| self.i18n.date_on(&p.lang, d)),
                    cover: self.cover(p, images::SIZES_THUMB, n >= 4, false),
                    photo_count: pictures,
                    video_count: p.gallery.len() - pictures,
                    count_text: self.counts_text(lang, pictures, p.gallery.len() - pictures),
                }
            })
            .collect();
        ctx.insert("galleries", &galleries);
        Ok(Prepared {
            template: "gallery_index.html",
            path: format!("{path}index.html"),
            ctx,
            what: crate::tr!("render-what-galleries", lang = lang),
        })
    }

    /// "12 fotogrāfijas, 1 video": the counts with their plural forms.
    fn counts_text(&self, lang: &str, pictures: usize, videos: usize) -> String {
        let count = |key: &str, n: usize| {
            self.i18n
                .format(lang, key, &[("count", Arg::Num(n as f64))])
                .unwrap_or_else(|_| n.to_string())
        };
        match (pictures, videos) {
            (_, 0) => count("gallery-count", pictures),
            (0, _) => count("video-count", videos),
            _ => format!(
                "{}, {}",
                count("gallery-count", pictures),
                count("video-count", videos)
            ),
        }
    }

    /// The gallery's entries; for the `strip` under an item's text every thumbnail loads
    /// lazily and none is fetched first (the cover is).
    fn gallery_items(&self, p: &crate::model::Page, strip: bool) -> Vec<GalleryItem> {
        let base = self.site.config.base_path();
        let mut number = 0;
        p.gallery
            .iter()
            .enumerate()
            .filter_map(|(i, g)| {
                let e = &g.entry;
                if let Some(image) = &e.image {
                    number += 1;
                    let alt = g.alt.clone().unwrap_or_default();
                    let pic = self.picture(&p.dir, image);
                    return Some(GalleryItem {
                        kind: "image",
                        number,
                        picture: pic.map(|pic| {
                            PictureValue::new(
                                pic,
                                &base,
                                &Show {
                                    alt: &alt,
                                    sizes: images::SIZES_THUMB,
                                    lazy: strip || i >= 4,
                                    first: !strip && number == 1,
                                    title: None,
                                    class: None,
                                    position: e.position.as_deref(),
                                },
                            )
                        }),
                        href: pic
                            .map_or_else(|| self.asset_href(p, image), |pic| pic.large_href(&base)),
                        alt,
                        caption: g.caption.clone(),
                        embed: None,
                        host: None,
                        title: None,
                        title_lang: None,
                    });
                }
                let video = e.video.as_ref()?;
                let poster_alt = String::new();
                let poster = e.poster.as_ref().and_then(|poster| {
                    self.picture_value(
                        &p.dir,
                        poster,
                        &Show {
                            alt: &poster_alt,
                            sizes: images::SIZES_THUMB,
                            lazy: true,
                            first: false,
                            title: None,
                            class: None,
                            position: None,
                        },
                    )
                });
                let (kind, href, embed, host) = match gallery::video(video) {
                    Ok(gallery::Video::Embed { host, embed, link }) => {
                        ("embed", link, Some(embed), Some(host.to_string()))
                    }
                    _ => ("video", self.asset_href(p, video), None, None),
                };
                Some(GalleryItem {
                    kind,
                    number: 0,
                    alt: String::new(),
                    caption: None,
                    picture: poster,
                    href,
                    embed,
                    host,
                    title: g.title.clone(),
                    title_lang: g.title_lang.clone(),
                })
            })
            .collect()
    }

    /// The intro text of a home page or a section (`_index` body).
    pub(super) fn render_intro(
        &self,
        body: &str,
        body_line: usize,
        file: Option<&Path>,
        lang: &str,
    ) -> std::result::Result<String, Diagnostic> {
        if body.trim().is_empty() {
            return Ok(String::new());
        }
        let file = file.unwrap_or(Path::new("content"));
        let dir = file.parent().unwrap_or(Path::new("content")).to_path_buf();
        let asked = super::lookups::Recorder::default();
        self.render_markdown(body, body_line, file, &dir, lang, false, &asked)
            .map(|r| r.html)
            .map_err(|mut e| e.remove(0))
    }

    fn sitemap_tree(&self, lang: &str) -> Vec<TreeNode> {
        let mut tree = vec![TreeNode {
            title: self.site.home(lang).title.clone(),
            href: self.href(&format!("{lang}/")),
            children: Vec::new(),
        }];
        for s in self.site.sections.iter().filter(|s| s.lang == lang) {
            tree.push(TreeNode {
                title: s.title.clone(),
                href: self.href(&s.path),
                children: self
                    .site
                    .pages
                    .iter()
                    .filter(|p| {
                        p.lang == lang
                            && p.section
                                .is_some_and(|i| self.site.sections[i].key == s.key)
                    })
                    .map(|p| TreeNode {
                        title: p.title.clone(),
                        href: self.href(&p.path),
                        children: Vec::new(),
                    })
                    .collect(),
            });
        }
        if let Some(g) = self.site.gallery_index_paths.get(lang) {
            tree.push(TreeNode {
                title: self.t(lang, "gallery-index-title"),
                href: self.href(g),
                children: Vec::new(),
            });
        }
        for p in self
            .site
            .pages
            .iter()
            .filter(|p| p.lang == lang && p.kind == PageKind::Plain)
        {
            tree.push(TreeNode {
                title: p.title.clone(),
                href: self.href(&p.path),
                children: Vec::new(),
            });
        }
        if let Some(path) = self.site.accessibility_paths.get(lang) {
            tree.push(TreeNode {
                title: self.t(lang, "accessibility-title"),
                href: self.href(path),
                children: Vec::new(),
            });
        }
        tree
    }

    /// Whether `name` is an organisation of the project (the responsible organisation or a
    /// partner, in any language, or an item's own `responsible:`): then it is no person.
    fn is_organisation(&self, p: &crate::model::Page, name: &str) -> bool {
        use crate::config::Localized;
        let c = &self.site.config;
        let name = name.trim();
        let same = |l: &Localized| match l {
            Localized::Same(s) => s.trim() == name,
            Localized::PerLang(map) => map.values().any(|v| v.trim() == name),
        };
        same(&c.project.responsible)
            || c.project.partners.iter().any(|partner| same(&partner.name))
            || p.responsible.as_deref().is_some_and(|r| r.trim() == name)
    }

    /// The item's schema.org `NewsArticle` (see `structured_data`).
    fn news_article(
        &self,
        p: &crate::model::Page,
        description: &str,
        image: Option<&str>,
        translations: &[String],
    ) -> String {
        let c = &self.site.config;
        let d = c.default_lang();
        let programme = self.t(&p.lang, &c.project.programme);
        structured_data::news_article(&structured_data::Article {
            headline: &p.title,
            description,
            lang: &p.lang,
            url: &self.permalink(&p.path),
            date: p.date,
            updated: p.updated,
            image,
            author: p
                .author
                .as_ref()
                .map(|a| (a.name.as_str(), a.role.as_deref())),
            author_is_organisation: p
                .author
                .as_ref()
                .is_some_and(|a| self.is_organisation(p, &a.name)),
            publisher: p
                .responsible
                .as_deref()
                .unwrap_or_else(|| c.project.responsible.get(&p.lang, d)),
            publisher_url: &self.permalink(&format!("{}/", p.lang)),
            keywords: &own_language_tags(p),
            translations,
            project: structured_data::Grant {
                code: &c.project.code,
                name: c.project.name.get(&p.lang, d),
                programme: &programme,
                erdf_eur: c.project.erdf_eur,
            },
        })
    }

    pub(super) fn publicity(
        &self,
        p: &crate::model::Page,
    ) -> std::result::Result<String, Diagnostic> {
        if p.kind != PageKind::Item {
            return Ok(String::new());
        }
        let gallery = p.gallery_path.as_ref().map(|g| self.href(g));
        // Items share their block unless tense, organisation, author or gallery differ.
        let past = p.date.is_some_and(|d| self.site.config.project.end < d);
        let author = p
            .author
            .as_ref()
            .map(|a| (a.name.as_str(), a.role.as_deref()));
        let key = format!(
            "{}\0{past}\0{:?}\0{author:?}\0{gallery:?}",
            p.lang, p.responsible
        );
        if let Some(hit) = self.lock_memo().get(&key) {
            return Ok(hit.clone());
        }
        let block = publicity::block(self.site, &self.i18n, p, gallery.as_deref())?;
        self.lock_memo().insert(key, block.clone());
        Ok(block)
    }

    /// The cover's published URL: its fallback (JPEG) file when processed, for `og:image`.
    pub(super) fn cover_href(&self, p: &crate::model::Page) -> Option<String> {
        let c = p.cover.as_ref()?;
        Some(match self.picture(&p.dir, c) {
            Some(pic) => pic.fallback_href(&self.site.config.base_path()),
            None => self.asset_href(p, c),
        })
    }

    /// The cover picture, with the alt text of the same picture in the gallery (else it is
    /// decorative: the title beside it says what the item is).
    pub(super) fn cover(
        &self,
        p: &crate::model::Page,
        sizes: &str,
        lazy: bool,
        first: bool,
    ) -> Option<PictureValue> {
        let c = p.cover.as_ref()?;
        let alt = p
            .gallery
            .iter()
            .find(|g| g.entry.image.as_ref() == Some(c))
            .and_then(|g| g.alt.clone())
            .unwrap_or_default();
        // The item's `cover_position`, else the gallery entry's `position` of that picture.
        let position = p.cover_position.as_deref().or_else(|| {
            p.gallery
                .iter()
                .find(|g| g.entry.image.as_ref() == Some(c))
                .and_then(|g| g.entry.position.as_deref())
        });
        self.picture_value(
            &p.dir,
            c,
            &Show {
                alt: &alt,
                sizes,
                lazy,
                first,
                title: None,
                class: None,
                position,
            },
        )
    }
}

/// How many of its gallery's pictures an item shows under its text.
const PHOTO_STRIP: usize = 6;

/// The words of the page's tags that are in its own language (JSON-LD `keywords`): an
/// inherited tag that `tags:` does not map is another language's word.
pub(super) fn own_language_tags(p: &crate::model::Page) -> Vec<String> {
    p.tags
        .iter()
        .filter(|t| t.lang == p.lang)
        .map(|t| t.name.clone())
        .collect()
}
