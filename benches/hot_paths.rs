//! Micro-benchmarks of the hot paths, on the example site's real content:
//! `cargo bench --bench hot_paths` (criterion). The whole-site figures come from
//! `bench/run.py`.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};

use herald::config::Config;
use herald::i18n::I18n;
use herald::markdown::{self, LinkTarget};
use herald::pipeline::{self, Options};
use herald::render::Renderer;

const ITEM: &str = include_str!("../content/news/2021-08-12-summer-camp/index.lv.md");

fn site_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn front_matter_and_markdown(c: &mut Criterion) {
    let file = Path::new("content/news/2021-08-12-summer-camp/index.lv.md");
    c.bench_function("front matter + Markdown (one item)", |b| {
        b.iter(|| {
            let parsed = herald::content::parse_page(black_box(ITEM), file, "lv", false).unwrap();
            let keep = |_: &str| Ok(LinkTarget::Keep);
            let html = markdown::render(&parsed.body, parsed.body_line, file, &keep).unwrap();
            black_box(html.html.len())
        })
    });
}

fn templates(c: &mut Criterion) {
    let opts = Options {
        root: site_root().to_path_buf(),
        base_url: None,
        drafts: false,
        future: false,
        progress: false,
    };
    let stages = pipeline::run_stages(&opts).unwrap();
    let renderer = Renderer::new(&stages.site, &stages.theme, Arc::clone(&stages.i18n)).unwrap();
    let pages = stages.built.pages;
    c.bench_function(
        &format!("templates: every page of the example site ({pages})"),
        |b| {
            b.iter(|| {
                let files = renderer
                    .render_all(&stages.bodies, &mut Default::default(), None, None)
                    .unwrap();
                black_box(files.len())
            })
        },
    );
}

fn fluent(c: &mut Criterion) {
    let config = Config::load(site_root()).unwrap();
    let i18n = I18n::load(site_root(), &config.languages).unwrap();
    let date = jiff::civil::date(2021, 8, 12);
    c.bench_function("Fluent: dates and an amount in lv and lt", |b| {
        b.iter(|| {
            let mut n = 0;
            for lang in ["lv", "lt"] {
                n += i18n.date_full(lang, black_box(date)).len();
                n += i18n.date_on(lang, black_box(date)).len();
                n += i18n.amount_eur(lang, black_box(70_557_337)).len();
            }
            n
        })
    });
}

fn slugs_and_urls(c: &mut Criterion) {
    let titles = [
        "Vasaras nometnē Pandēlī draudzējās bērni no Latvijas un Lietuvas",
        "Vasaros stovykloje Pandėlyje susidraugavo Latvijos ir Lietuvos vaikai",
        "Daudzfunkcionālo centru – vietējās kopienas sociālās iekļaušanas attīstība",
    ];
    c.bench_function("slugs: three Latvian and Lithuanian titles", |b| {
        b.iter(|| {
            titles
                .iter()
                .map(|t| herald::slug::slugify(black_box(t)).len())
                .sum::<usize>()
        })
    });
    let root = site_root();
    c.bench_function("model: translations and URLs of the example site", |b| {
        b.iter_batched(
            || {
                let config = Config::load(root).unwrap();
                let content = herald::content::load(root, &config.languages).unwrap();
                (config, content)
            },
            |(config, content)| {
                let special = herald::model::SpecialSlugs::default();
                let opts = herald::model::BuildOptions {
                    drafts: false,
                    future: false,
                    today: herald::model::today(),
                    keep_going: false,
                };
                herald::model::build(root, config, content, Vec::new(), &special, &opts)
                    .unwrap()
                    .pages
                    .len()
            },
            BatchSize::SmallInput,
        )
    });
}

criterion_group!(
    benches,
    front_matter_and_markdown,
    templates,
    fluent,
    slugs_and_urls
);
criterion_main!(benches);
