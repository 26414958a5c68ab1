//! Generates a deterministic bilingual (lv + lt) site for benchmarks:
//! `cargo run --release --example gen-corpus -- --items N --out DIR [--images K] [--seed S] [--pdf]`.
//! Each item is a page bundle with a Latvian and a Lithuanian file of 600–1 500 words:
//! paragraphs, headings, lists, links, emphasis, a quote, sometimes a table. With `--images K`,
//! every fifth item has a gallery of K generated photos (1600×1200 JPEG, alt texts and captions
//! in both languages). PDF press releases are off (`pdf: false`) unless `--pdf`: the text-only
//! corpus measures what every generator does.

use std::fmt::Write as _;
use std::path::PathBuf;

/// A small, fixed pseudo-random generator, so the same seed always gives the same site.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[self.below(words.len())]
    }
}

const LV: &[&str] = &[
    "projekts",
    "daudzfunkcionālais",
    "centrs",
    "kopiena",
    "seniori",
    "bērni",
    "jaunieši",
    "pašvaldība",
    "sadarbība",
    "pārrobežu",
    "attīstība",
    "iekļaušana",
    "nodarbības",
    "ēka",
    "aprīkojums",
    "sanāksme",
    "seminārs",
    "pieredze",
    "partneri",
    "Zemgale",
    "Rokišķi",
    "iedzīvotāji",
    "pakalpojumi",
    "brīvprātīgie",
    "ģimenes",
    "darbnīca",
    "ekskursija",
    "pieejamība",
    "vides",
    "kvalitāte",
    "mācības",
    "speciālisti",
    "ieguldījums",
    "rezultāti",
    "tikšanās",
    "aktivitātes",
    "dalībnieki",
    "sociālais",
    "atbalsts",
    "kultūra",
    "ļoti",
    "ņemot",
    "vērā",
    "šogad",
    "žūrija",
    "čaklie",
    "ķirši",
    "ūdens",
    "īstenots",
    "ērti",
];
const LT: &[&str] = &[
    "projektas",
    "daugiafunkcinis",
    "centras",
    "bendruomenė",
    "senjorai",
    "vaikai",
    "jaunimas",
    "savivaldybė",
    "bendradarbiavimas",
    "pasienio",
    "plėtra",
    "įtrauktis",
    "užsiėmimai",
    "pastatas",
    "įranga",
    "susitikimas",
    "seminaras",
    "patirtis",
    "partneriai",
    "Zemgalė",
    "Rokiškis",
    "gyventojai",
    "paslaugos",
    "savanoriai",
    "šeimos",
    "dirbtuvės",
    "ekskursija",
    "prieinamumas",
    "aplinka",
    "kokybė",
    "mokymai",
    "specialistai",
    "indėlis",
    "rezultatai",
    "renginys",
    "veikla",
    "dalyviai",
    "socialinis",
    "parama",
    "kultūra",
    "ąžuolas",
    "ęsant",
    "ėjo",
    "įgyvendintas",
    "šiemet",
    "ųjų",
    "ūkis",
    "žmonės",
    "čia",
];

fn sentence(rng: &mut Rng, words: &[&str]) -> String {
    let n = 8 + rng.below(12);
    let mut s = String::new();
    for i in 0..n {
        let w = rng.pick(words);
        if i == 0 {
            let mut c = w.chars();
            if let Some(f) = c.next() {
                s.extend(f.to_uppercase());
                s.push_str(c.as_str());
            }
        } else {
            s.push(' ');
            match rng.below(20) {
                0 => write!(s, "**{w}**").unwrap(),
                1 => write!(s, "_{w}_").unwrap(),
                2 => write!(s, "[{w}](https://www.latlit.eu/)").unwrap(),
                _ => s.push_str(w),
            }
        }
    }
    s.push('.');
    s
}

/// A 1600×1200 JPEG that compresses like a photograph: smooth gradients under noise.
fn photo(rng: &mut Rng) -> Vec<u8> {
    let (w, h) = (1600u32, 1200u32);
    let (r0, g0, b0) = (
        rng.below(200) as u32,
        rng.below(200) as u32,
        rng.below(200) as u32,
    );
    let mut noise = Rng(rng.next() | 1);
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let n = (noise.next() % 40) as u32;
        image::Rgb([
            ((r0 + x * 55 / w + n) % 256) as u8,
            ((g0 + y * 55 / h + n) % 256) as u8,
            ((b0 + (x + y) * 30 / (w + h) + n) % 256) as u8,
        ])
    });
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 85)
        .encode_image(&img)
        .unwrap();
    bytes
}

fn body(rng: &mut Rng, words: &[&str]) -> String {
    let target = 600 + rng.below(900);
    let mut out = String::new();
    let mut count = 0;
    let mut para = 0;
    while count < target {
        if para % 4 == 3 {
            writeln!(out, "## {}\n", sentence(rng, words).trim_end_matches('.')).unwrap();
        }
        let sentences = 3 + rng.below(4);
        let mut p = String::new();
        for _ in 0..sentences {
            let s = sentence(rng, words);
            count += s.split_whitespace().count();
            p.push_str(&s);
            p.push(' ');
        }
        writeln!(out, "{}\n", p.trim_end()).unwrap();
        match para % 7 {
            2 => {
                for _ in 0..4 {
                    writeln!(out, "- {}", sentence(rng, words)).unwrap();
                }
                out.push('\n');
            }
            5 => writeln!(out, "> {}\n", sentence(rng, words)).unwrap(),
            6 if rng.below(3) == 0 => {
                out.push_str("| Laiks | Notikums |\n|---|---|\n");
                for h in 10..14 {
                    writeln!(out, "| {h}:00 | {} |", rng.pick(words)).unwrap();
                }
                out.push('\n');
            }
            _ => {}
        }
        para += 1;
    }
    out
}

fn main() {
    let mut items = 1000usize;
    let mut out = PathBuf::from("corpus");
    let mut seed = 42u64;
    let mut images = 0usize;
    let mut pdf = false;
    let mut args = std::env::args().skip(1);
    let usage = "use --items N --out DIR [--images K] [--seed S] [--pdf]";
    while let Some(a) = args.next() {
        if a == "--pdf" {
            pdf = true;
            continue;
        }
        let v = args.next().unwrap_or_default();
        match a.as_str() {
            "--items" => items = v.parse().expect("--items N"),
            "--out" => out = PathBuf::from(v),
            "--seed" => seed = v.parse().expect("--seed S"),
            "--images" => images = v.parse().expect("--images K"),
            other => panic!("unknown argument {other}; {usage}"),
        }
    }
    let mut rng = Rng(seed.max(1));
    let news = out.join("content/news");
    std::fs::create_dir_all(&news).unwrap();
    let mut yaml = include_str!("../site.yaml").to_string();
    if !pdf {
        yaml.push_str("\npdf: false\n");
    }
    std::fs::write(out.join("site.yaml"), yaml).unwrap();
    std::fs::write(
        news.join("_index.lv.md"),
        "---\ntitle: Jaunumi\nslug: jaunumi\n---\n",
    )
    .unwrap();
    std::fs::write(
        news.join("_index.lt.md"),
        "---\ntitle: Naujienos\nslug: naujienos\n---\n",
    )
    .unwrap();
    for i in 0..items {
        let dir = news.join(format!("item-{i:05}"));
        std::fs::create_dir_all(&dir).unwrap();
        let date = format!(
            "20{:02}-{:02}-{:02}",
            20 + i % 3,
            1 + rng.below(12),
            1 + rng.below(28)
        );
        let photos = if images > 0 && i % 5 == 0 { images } else { 0 };
        let (mut gallery_lv, mut gallery_lt) = (String::new(), String::new());
        for k in 0..photos {
            let name = format!("foto-{k:02}.jpg");
            std::fs::write(dir.join(&name), photo(&mut rng)).unwrap();
            for (g, words) in [(&mut gallery_lv, LV), (&mut gallery_lt, LT)] {
                writeln!(
                    g,
                    "  - image: {name}\n    alt: \"{}\"\n    caption: \"{}\"",
                    sentence(&mut rng, words),
                    sentence(&mut rng, words)
                )
                .unwrap();
            }
        }
        let gallery = |g: &str| {
            if g.is_empty() {
                String::new()
            } else {
                format!("gallery:\n{g}")
            }
        };
        let lv = format!(
            "---\ntitle: \"{} {i}\"\ndate: {date}\nsummary: \"{}\"\ntags: [{}, {}]\nauthor: {{name: Zemgales Plānošanas reģions, role: sabiedrisko attiecību speciāliste}}\n{}---\n{}",
            sentence(&mut rng, LV).trim_end_matches('.'),
            sentence(&mut rng, LV),
            rng.pick(LV),
            rng.pick(LV),
            gallery(&gallery_lv),
            body(&mut rng, LV)
        );
        let lt = format!(
            "---\ntitle: \"{} {i}\"\nsummary: \"{}\"\n{}---\n{}",
            sentence(&mut rng, LT).trim_end_matches('.'),
            sentence(&mut rng, LT),
            gallery(&gallery_lt),
            body(&mut rng, LT)
        );
        std::fs::write(dir.join("index.lv.md"), lv).unwrap();
        std::fs::write(dir.join("index.lt.md"), lt).unwrap();
    }
    println!(
        "wrote {} items ({} pages) to {}",
        items,
        items * 2,
        out.display()
    );
}
