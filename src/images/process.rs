//! One picture made web-ready: decoded (JPEG, PNG, WebP) within a memory limit, resized
//! (Lanczos3, never upscaled), turned upright by its EXIF orientation, and encoded as lossy
//! WebP (libwebp) plus an optional JPEG or PNG fallback. Only pixels are encoded, so nothing of
//! the original's metadata (EXIF, GPS, camera serials, XMP, ICC) reaches the published files.

use std::io::Cursor;

use fast_image_resize::images::{TypedImage, TypedImageRef};
use fast_image_resize::pixels::{U8x3, U8x4};
use fast_image_resize::{ResizeOptions, Resizer};
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageReader, Limits};

/// Largest decoded picture accepted (bytes of pixels); a 12 000 × 9 000 photo takes 324 MB.
pub const MAX_DECODED_BYTES: u64 = 1 << 30;

/// Longest side accepted, in pixels: far beyond any camera, well below what would overflow.
pub const MAX_SIDE: u32 = 65_535;

/// A size to produce, in the upright picture's frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub width: u32,
    pub height: u32,
}

/// What is known of a source without its pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Upright {
    /// Dimensions after the EXIF orientation is applied.
    pub width: u32,
    pub height: u32,
    /// Whether any pixel is (partly) transparent.
    pub alpha: bool,
}

/// Encoded files of one picture, in the order of the requested sizes.
pub struct Encoded {
    pub upright: Upright,
    pub webp: Vec<Vec<u8>>,
    /// JPEG (opaque) or PNG (transparent), when a fallback size was asked for.
    pub fallback: Option<Vec<u8>>,
}

/// The sizes of one picture (webp widths, fallback width) for its upright dimensions.
/// `widths` is sorted and without duplicates. Never wider than the original; a picture
/// narrower than every width is kept at its own width.
pub fn plan_sizes(width: u32, height: u32, widths: &[u32]) -> Vec<Size> {
    let mut out: Vec<u32> = widths.iter().copied().filter(|&w| w < width).collect();
    if out.len() < widths.len() {
        out.push(width);
    }
    out.into_iter()
        .map(|w| Size {
            width: w,
            height: scaled(height, w, width),
        })
        .collect()
}

/// The fallback's size: the configured middle width, or the largest size when smaller.
pub fn fallback_size(sizes: &[Size], widths: &[u32]) -> Size {
    let wanted = widths[widths.len() / 2];
    sizes
        .iter()
        .rev()
        .find(|s| s.width <= wanted)
        .copied()
        .unwrap_or(sizes[0])
}

fn scaled(height: u32, new_width: u32, width: u32) -> u32 {
    ((u64::from(height) * u64::from(new_width) + u64::from(width) / 2) / u64::from(width)).max(1)
        as u32
}

fn swaps_axes(o: Orientation) -> bool {
    matches!(
        o,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

/// Decodes `bytes` and writes the sizes `widths` asks for (see [`plan_sizes`]) as WebP at
/// `quality`, plus the fallback when `fallback` is set. Errors are plain sentences.
pub fn encode(
    bytes: &[u8],
    widths: &[u32],
    quality: u32,
    fallback: bool,
) -> Result<Encoded, String> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| crate::messages::io_reason(&e))?;
    if reader.format().is_none() {
        return Err(crate::tr!("process-unknown-format"));
    }
    if reader.format() == Some(image::ImageFormat::Jpeg) && !jpeg_is_whole(bytes) {
        return Err(crate::tr!("process-cut-short"));
    }
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_DECODED_BYTES);
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    reader.limits(limits);
    // Only the header is read here: the size is known before a single pixel is decoded.
    let mut decoder = reader.into_decoder().map_err(describe)?;
    check_size(decoder.dimensions(), decoder.total_bytes())?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let decoded = DynamicImage::from_decoder(decoder).map_err(describe)?;
    let (sw, sh) = (decoded.width(), decoded.height());
    if sw == 0 || sh == 0 {
        return Err(crate::tr!("process-empty"));
    }
    let (uw, uh) = if swaps_axes(orientation) {
        (sh, sw)
    } else {
        (sw, sh)
    };

    // Pixels as RGB, or RGBA when something is actually transparent.
    let (pixels, alpha) = if decoded.color().has_alpha() {
        let rgba = decoded.into_rgba8();
        if rgba.pixels().any(|p| p[3] < 255) {
            (DynamicImage::ImageRgba8(rgba), true)
        } else {
            (
                DynamicImage::ImageRgb8(DynamicImage::ImageRgba8(rgba).into_rgb8()),
                false,
            )
        }
    } else {
        (DynamicImage::ImageRgb8(decoded.into_rgb8()), false)
    };
    let upright = Upright {
        width: uw,
        height: uh,
        alpha,
    };
    let sizes = plan_sizes(uw, uh, widths);
    let fb = fallback.then(|| fallback_size(&sizes, widths));

    let mut resizer = Resizer::new();
    // Largest first, from the original; the smaller ones from the largest (fast, and the
    // quality of a Lanczos3 step down from 1600 px is indistinguishable).
    let largest = *sizes.last().expect("at least one size");
    let big = resize(&mut resizer, &pixels, largest, orientation)?;
    drop(pixels);
    let mut webp = Vec::with_capacity(sizes.len());
    let mut fallback_bytes = None;
    for s in &sizes {
        let img = if *s == largest {
            None
        } else {
            Some(resize(&mut resizer, &big, *s, Orientation::NoTransforms)?)
        };
        let img = img.as_ref().unwrap_or(&big);
        webp.push(encode_webp(img, quality)?);
        if fb == Some(*s) {
            fallback_bytes = Some(encode_fallback(img, quality)?);
        }
    }
    Ok(Encoded {
        upright,
        webp,
        fallback: fallback_bytes,
    })
}

/// Refuses a picture whose header announces more pixels than herald decodes (a 30 000 ×
/// 30 000 px picture can be a file of a few hundred bytes). `bytes`: the decoder's buffer;
/// the pixels are then held as 8-bit RGB, so that size counts too.
fn check_size((w, h): (u32, u32), bytes: u64) -> Result<(), String> {
    let held = bytes.max(u64::from(w) * u64::from(h) * 3);
    if held <= MAX_DECODED_BYTES && w <= MAX_SIDE && h <= MAX_SIDE {
        return Ok(());
    }
    Err(crate::tr!(
        "process-too-large-size",
        width = w,
        height = h,
        held = held >> 20,
        limit = MAX_DECODED_BYTES >> 20,
        side = MAX_SIDE
    ))
}

/// Whether a JPEG's segments run to its end-of-image marker. The decoder fills whatever a
/// file cut short lacks with grey and reports nothing, so this is checked first. Segments
/// are skipped by their length (an EXIF thumbnail carries a marker of its own), and the
/// compressed data after each start-of-scan up to the next marker.
pub fn jpeg_is_whole(b: &[u8]) -> bool {
    let mut i = 2;
    while i + 1 < b.len() {
        if b[i] != 0xFF {
            // Stray bytes between segments: decoders skip them, so does this.
            i += 1;
            continue;
        }
        match b[i + 1] {
            0xD9 => return true,
            0xFF => i += 1,
            0x01 | 0xD0..=0xD8 => i += 2,
            marker => {
                let Some(len) = b.get(i + 2..i + 4) else {
                    return false;
                };
                i += 2 + usize::from(u16::from_be_bytes([len[0], len[1]]));
                if marker == 0xDA {
                    i = next_marker(b, i);
                }
            }
        }
    }
    false
}

/// The position of the first marker at or after `i` in compressed data (where `FF 00` is a
/// data byte and `FF D0`–`FF D7` restart markers belong to the data).
fn next_marker(b: &[u8], mut i: usize) -> usize {
    while i + 1 < b.len() {
        if b[i] == 0xFF && b[i + 1] != 0 && !(0xD0..=0xD7).contains(&b[i + 1]) {
            return i;
        }
        i += 1;
    }
    b.len()
}

fn describe(e: image::ImageError) -> String {
    match e {
        image::ImageError::Limits(_) => crate::tr!(
            "process-too-large",
            limit = MAX_DECODED_BYTES >> 20,
            side = MAX_SIDE
        ),
        image::ImageError::Unsupported(u) => {
            crate::tr!("process-unsupported", reason = u.to_string())
        }
        other => crate::tr!("process-undecodable", reason = other.to_string()),
    }
}

/// Resizes `src` (stored frame) so that, once `orientation` is applied, it is `to` (upright
/// frame); then applies the orientation to the small result.
fn resize(
    resizer: &mut Resizer,
    src: &DynamicImage,
    to: Size,
    orientation: Orientation,
) -> Result<DynamicImage, String> {
    let (tw, th) = if swaps_axes(orientation) {
        (to.height, to.width)
    } else {
        (to.width, to.height)
    };
    let mut out = if (tw, th) == (src.width(), src.height()) {
        src.clone()
    } else {
        match src {
            DynamicImage::ImageRgb8(b) => DynamicImage::ImageRgb8(
                image::RgbImage::from_raw(tw, th, resize_typed::<U8x3>(resizer, b, tw, th)?)
                    .ok_or("internal: bad buffer")?,
            ),
            DynamicImage::ImageRgba8(b) => DynamicImage::ImageRgba8(
                image::RgbaImage::from_raw(tw, th, resize_typed::<U8x4>(resizer, b, tw, th)?)
                    .ok_or("internal: bad buffer")?,
            ),
            _ => return Err("internal: unexpected pixel layout".into()),
        }
    };
    out.apply_orientation(orientation);
    Ok(out)
}

/// Resizes the pixels of `src` to `tw` × `th`, for one pixel type `P` named at compile time:
/// the resizer's untyped entry point matches on all thirteen pixel types it knows, which
/// linked the code of eleven herald never uses (about 2 MB of the binary).
fn resize_typed<P: fast_image_resize::PixelTrait>(
    resizer: &mut Resizer,
    src: &image::ImageBuffer<impl image::Pixel<Subpixel = u8>, Vec<u8>>,
    tw: u32,
    th: u32,
) -> Result<Vec<u8>, String> {
    let view = TypedImageRef::<P>::from_buffer(src.width(), src.height(), src.as_raw())
        .map_err(|e| e.to_string())?;
    let mut buf = vec![0u8; tw as usize * th as usize * P::size()];
    let mut dst = TypedImage::<P>::from_buffer(tw, th, &mut buf).map_err(|e| e.to_string())?;
    resizer
        .resize_typed(&view, &mut dst, &ResizeOptions::new())
        .map_err(|e| crate::tr!("process-resize", reason = e.to_string()))?;
    Ok(buf)
}

fn encode_webp(img: &DynamicImage, quality: u32) -> Result<Vec<u8>, String> {
    let (w, h) = (img.width(), img.height());
    if w > 16383 || h > 16383 {
        return Err(format!(
            "a {w} × {h} px version is larger than WebP allows (16383 px); the picture is too narrow for its height"
        ));
    }
    let encoder = match img {
        DynamicImage::ImageRgba8(b) => webp::Encoder::from_rgba(b.as_raw(), w, h),
        DynamicImage::ImageRgb8(b) => webp::Encoder::from_rgb(b.as_raw(), w, h),
        _ => return Err("internal: unexpected pixel layout".into()),
    };
    encoder
        .encode_simple(false, quality as f32)
        .map(|m| m.to_vec())
        .map_err(|e| crate::tr!("process-encode", format = "WebP", reason = format!("{e:?}")))
}

fn encode_fallback(img: &DynamicImage, quality: u32) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    match img {
        DynamicImage::ImageRgba8(_) => img
            .write_with_encoder(image::codecs::png::PngEncoder::new(&mut out))
            .map_err(|e| crate::tr!("process-encode", format = "PNG", reason = format!("{e}")))?,
        _ => img
            .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
                &mut out,
                quality.clamp(1, 100) as u8,
            ))
            .map_err(|e| crate::tr!("process-encode", format = "JPEG", reason = format!("{e}")))?,
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_never_upscale() {
        let w = [480, 960, 1600];
        let widths = |v: Vec<Size>| v.iter().map(|s| s.width).collect::<Vec<_>>();
        assert_eq!(widths(plan_sizes(4000, 3000, &w)), [480, 960, 1600]);
        assert_eq!(widths(plan_sizes(1200, 900, &w)), [480, 960, 1200]);
        assert_eq!(widths(plan_sizes(960, 720, &w)), [480, 960]);
        assert_eq!(widths(plan_sizes(300, 200, &w)), [300]);
        assert_eq!(plan_sizes(4000, 3000, &w)[0].height, 360);
        let s = plan_sizes(1200, 900, &w);
        assert_eq!(fallback_size(&s, &w).width, 960);
        let s = plan_sizes(300, 200, &w);
        assert_eq!(fallback_size(&s, &w).width, 300);
    }

    #[test]
    fn orientation_turns_the_picture_upright() {
        // 40 × 20, left half red, right half blue; EXIF orientation 6 (rotate 90° clockwise)
        // written into a JPEG by hand: upright it is 20 × 40 with red on top.
        let mut img = image::RgbImage::new(40, 20);
        for (x, _, p) in img.enumerate_pixels_mut() {
            *p = if x < 20 {
                image::Rgb([255, 0, 0])
            } else {
                image::Rgb([0, 0, 255])
            };
        }
        let mut jpeg = Vec::new();
        DynamicImage::ImageRgb8(img)
            .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
                &mut jpeg, 95,
            ))
            .unwrap();
        // APP1 "Exif\0\0", TIFF little endian, one IFD entry: 0x0112 SHORT 1 = 6.
        let tiff: [u8; 26] = [
            b'I', b'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0,
            0,
        ];
        let len = (2 + 6 + tiff.len()) as u16;
        let mut app1 = vec![0xFF, 0xE1, (len >> 8) as u8, len as u8];
        app1.extend_from_slice(b"Exif\0\0");
        app1.extend_from_slice(&tiff);
        let with_exif: Vec<u8> = jpeg[..2]
            .iter()
            .chain(&app1)
            .chain(&jpeg[2..])
            .copied()
            .collect();
        let e = encode(&with_exif, &[480], 90, true).unwrap();
        assert_eq!((e.upright.width, e.upright.height), (20, 40));
        let out = image::load_from_memory(&e.webp[0]).unwrap().to_rgb8();
        assert_eq!(out.dimensions(), (20, 40));
        let top = out.get_pixel(10, 5);
        let bottom = out.get_pixel(10, 35);
        assert!(top[0] > 200 && top[2] < 60, "{top:?}");
        assert!(bottom[2] > 200 && bottom[0] < 60, "{bottom:?}");
        let fb = image::load_from_memory(e.fallback.as_ref().unwrap()).unwrap();
        assert_eq!((fb.width(), fb.height()), (20, 40));
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(encode(b"not a picture at all", &[480], 80, true).is_err());
        let mut png = Vec::new();
        DynamicImage::ImageRgb8(image::RgbImage::new(8, 8))
            .write_with_encoder(image::codecs::png::PngEncoder::new(&mut png))
            .unwrap();
        png.truncate(png.len() / 2);
        assert!(encode(&png, &[480], 80, true).is_err());
    }

    #[test]
    fn transparency_keeps_a_png_fallback() {
        let mut img = image::RgbaImage::new(10, 10);
        img.put_pixel(0, 0, image::Rgba([1, 2, 3, 0]));
        let mut png = Vec::new();
        DynamicImage::ImageRgba8(img)
            .write_with_encoder(image::codecs::png::PngEncoder::new(&mut png))
            .unwrap();
        let e = encode(&png, &[480], 80, true).unwrap();
        assert!(e.upright.alpha);
        assert!(e.fallback.unwrap().starts_with(b"\x89PNG"));
    }
}
