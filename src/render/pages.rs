//! One function per kind of page: the template, output path and context of the chooser, the
//! 404 page, home pages, site map pages, accessibility statements, news lists, items and plain
//! pages, galleries and gallery indexes. `Renderer::render_job` fingerprints and renders them.

use super::*;

/// What a page is made from: its template, output path, context and what to call it in
/// messages.
pub(super) type Prepared = (&'static str, String, Ctx, String);

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
        Ok((
            "chooser.html",
            "index.html".to_string(),
            ctx,
            "the language chooser".to_string(),
        ))
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
        Ok((
            "404.html",
            "404.html".to_string(),
            ctx,
            "the 404 page".to_string(),
        ))
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
        Ok((
            "index.html",
            format!("{}index.html", home.path),
            ctx,
            format!("the {lang} home page"),
        ))
    }

    /// A language's site map page.
    pub(super) fn site_map_page(
        &self,
        shared: &SharedContext,
        lang: &str,
    ) -> std::result::Result<Prepared, Diagnostic> {
        let path = self.site.sitemap_paths[lang].clone();
        let alts: Vec<(String, String)> = self
            .site
            .sitemap_paths
            .iter()
            .map(|(l, p)| (l.clone(), p.clone()))
            .collect();
        let mut ctx = shared.base(self, lang, &path, &alts);
        ctx.insert(
            "page",
            &SimplePage::new("sitemap", &self.t(lang, "sitemap-title")),
        );
        ctx.insert("tree", &self.sitemap_tree(lang));
        Ok((
            "sitemap.html",
            format!("{path}index.html"),
            ctx,
            format!("the {lang} site map page"),
        ))
    }

    /// A language's accessibility statement.
    pub(super) fn accessibility_page(
        &self,
        shared: &SharedContext,
        lang: &str,
    ) -> std::result::Result<Prepared, Diagnostic> {
        let path = self.site.accessibility_paths[lang].clone();
        let alts: Vec<(String, String)> = self
            .site
            .accessibility_paths
            .iter()
            .map(|(l, p)| (l.clone(), p.clone()))
            .collect();
        let mut ctx = shared.base(self, lang, &path, &alts);
        ctx.insert(
            "page",
            &SimplePage::new("accessibility", &self.t(lang, "accessibility-title")),
        );
        ctx.insert(
            "statement",
            &accessibility::statement(&self.site.config, &self.i18n, lang),
        );
        Ok((
            "accessibility.html",
            format!("{path}index.html"),
            ctx,
            format!("the {lang} accessibility statement"),
        ))
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
        let paginator = Paginator {
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
        };
        ctx.insert_value("items", Value::from_serializable(&items));
        ctx.insert("paginator", &paginator);
        Ok((
            "section.html",
            format!("{path}index.html"),
            ctx,
            format!("the list {}", s.path),
        ))
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
            tags: &p.tags,
            draft: p.draft,
            cover: self.cover_href(p),
            cover_picture: self.cover(p, images::SIZES_CONTENT, false),
            extra: &p.extra,
            gallery_href: p.gallery_path.as_ref().map(|g| self.href(g)),
            pdf: crate::pdf::made_for(self.site.config.pdf, p)
                .then(|| self.href(&crate::pdf::path_of(p))),
            section,
            publicity,
            lang: &p.lang,
            file: p.file.to_string_lossy().replace('\\', "/"),
        };
        let picture = p
            .cover
            .as_deref()
            .or_else(|| p.gallery.iter().find_map(|g| g.entry.image.as_deref()));
        let image = picture.map(|picture| {
            // The processed picture's JPEG (social networks read no WebP everywhere).
            let href = match self.picture(&p.dir, picture) {
                Some(pic) => pic.fallback_href(&self.site.config.base_path()),
                None => self.asset_href(p, picture),
            };
            format!("{}{href}", self.site.config.origin())
        });
        if let Some(image) = &image {
            ctx.insert("og_image", image);
        }
        if p.kind == PageKind::Item {
            let translations: Vec<String> = alts
                .iter()
                .filter(|(l, _)| *l != p.lang)
                .map(|(_, path)| self.permalink(path))
                .collect();
            ctx.insert(
                "json_ld",
                &self.news_article(p, &body.summary, image.as_deref(), &translations),
            );
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
        Ok((
            "page.html",
            format!("{}index.html", p.path),
            ctx,
            p.file.display().to_string(),
        ))
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
        let items = self.gallery_items(p);
        let pictures = items.iter().filter(|g| g.kind == "image").count();
        ctx.insert("photo_count", &pictures);
        ctx.insert(
            "count_text",
            &self.counts_text(&p.lang, pictures, items.len() - pictures),
        );
        ctx.insert("gallery", &items);
        ctx.insert(
            "gallery_index_href",
            &self
                .site
                .gallery_index_paths
                .get(&p.lang)
                .map(|g| self.href(g)),
        );
        ctx.insert("publicity", &self.publicity(p)?);
        Ok((
            "gallery.html",
            format!("{path}index.html"),
            ctx,
            format!("the gallery of {}", p.file.display()),
        ))
    }

    /// A language's gallery index.
    pub(super) fn gallery_index(
        &self,
        shared: &SharedContext,
        lang: &str,
    ) -> std::result::Result<Prepared, Diagnostic> {
        let path = self.site.gallery_index_paths[lang].clone();
        let alts: Vec<(String, String)> = self
            .site
            .gallery_index_paths
            .iter()
            .map(|(l, p)| (l.clone(), p.clone()))
            .collect();
        let mut ctx = shared.base(self, lang, &path, &alts);
        ctx.insert(
            "page",
            &SimplePage::new("gallery-index", &self.t(lang, "gallery-index-title")),
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
                    cover: self.cover(p, images::SIZES_THUMB, n >= 4),
                    photo_count: pictures,
                    video_count: p.gallery.len() - pictures,
                    count_text: self.counts_text(lang, pictures, p.gallery.len() - pictures),
                }
            })
            .collect();
        ctx.insert("galleries", &galleries);
        Ok((
            "gallery_index.html",
            format!("{path}index.html"),
            ctx,
            format!("the {lang} gallery index"),
        ))
    }
}
