//! Makes a benchmark site for the picture pipeline: 10 news items with 20 large photos each
//! (200 JPEGs of 6000 × 4000 px, noisy like real photos, about 1 GB in all), in Latvian.
//!
//! ```sh
//! cargo build --release --examples
//! target/release/examples/bench_images /tmp/herald-bench
//! /usr/bin/time -v target/release/herald build --root /tmp/herald-bench   # cold: empty cache
//! /usr/bin/time -v target/release/herald build --root /tmp/herald-bench   # warm
//! ```
//!
//! Optional second and third arguments: the number of photos (200) and their width (6000).

use std::path::PathBuf;

use image::{ImageEncoder, Rgb, RgbImage};
use rayon::prelude::*;

const SITE_YAML: &str = "title: {lv: Attēlu tests, lt: Nuotraukų testas}
base_url: https://example.org/
languages: [lv]
project:
  acronym: BENCH
  code: LLI-000
  name: Attēlu apstrādes mērījums
  programme: latlit-2014-2020
  start: 2020-01-01
  end: 2022-12-31
  budget_eur: 1000
  erdf_eur: 850
  responsible: Zemgales Plānošanas reģions
";

/// A photo-like picture: smooth gradients plus per-pixel noise, so it compresses like a
/// camera's JPEG rather than like a flat drawing.
fn photo(w: u32, h: u32, seed: u32) -> RgbImage {
    let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
    RgbImage::from_fn(w, h, |x, y| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let n = (state % 24) as u8;
        Rgb([
            ((x * 200 / w) as u8).wrapping_add(n),
            ((y * 200 / h) as u8)
                .wrapping_add(n / 2)
                .wrapping_add(seed as u8),
            (((x / 7 + y / 5) % 160) as u8).wrapping_add(n),
        ])
    })
}

fn main() {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(args.next().unwrap_or_else(|| "herald-bench".into()));
    let count: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(200);
    let width: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(6000);
    let height = width * 2 / 3;
    let per_item = 20;
    std::fs::create_dir_all(root.join("content/news")).expect("create the site folder");
    std::fs::write(root.join("site.yaml"), SITE_YAML).expect("write site.yaml");
    std::fs::write(
        root.join("content/news/_index.lv.md"),
        "---\ntitle: Jaunumi\nslug: jaunumi\n---\n",
    )
    .expect("write _index");
    let items = count.div_ceil(per_item);
    for item in 0..items {
        let dir = root.join(format!("content/news/item-{item:02}"));
        std::fs::create_dir_all(&dir).expect("create an item");
        let n = per_item.min(count - item * per_item);
        let gallery: String = (0..n)
            .map(|i| format!("  - {{image: foto-{i:02}.jpg, alt: Pasākuma foto {i}}}\n"))
            .collect();
        std::fs::write(
            dir.join("index.lv.md"),
            format!(
                "---\ntitle: Ziņa {item}\ndate: 2021-01-{:02}\ngallery:\n{gallery}---\nTeksts.\n",
                item % 28 + 1
            ),
        )
        .expect("write an item");
        (0..n).into_par_iter().for_each(|i| {
            let img = photo(width, height, item * 100 + i);
            let mut bytes = Vec::new();
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 90)
                .write_image(img.as_raw(), width, height, image::ExtendedColorType::Rgb8)
                .expect("encode");
            std::fs::write(dir.join(format!("foto-{i:02}.jpg")), bytes).expect("write a photo");
        });
    }
    println!(
        "{count} photos of {width} × {height} px in {} items under {}",
        items,
        root.display()
    );
}
