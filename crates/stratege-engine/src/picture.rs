//! Persona pictures. A chosen image file is decoded with limits, turned
//! upright, shrunk to at most `MAX_SIDE` pixels and re-encoded, then kept in
//! the strategy as a `data:` URL: it travels inside `.strategy` files with no
//! extra table, and nothing of the user's disk is ever linked. Stored values
//! (the library, foreign files) are checked by `check` before use.

use crate::error::{Error, Result};
use base64::Engine as _;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use std::io::Cursor;
use std::path::Path;

/// Largest side of a stored picture, in pixels: a card avatar and a PDF thumbnail.
pub const MAX_SIDE: u32 = 256;
/// Largest image file accepted for import.
pub const MAX_INPUT_BYTES: u64 = 20 * 1024 * 1024;
/// Largest width or height of an image accepted for import (decoding cost).
pub const MAX_INPUT_SIDE: u32 = 12_000;
/// Largest stored `data:` URL. A 256 px JPEG is ~15–30 KB; a PNG with transparency more.
pub const MAX_URL_CHARS: usize = 400_000;

const JPEG_PREFIX: &str = "data:image/jpeg;base64,";
const PNG_PREFIX: &str = "data:image/png;base64,";
const FIELD: &str = "picture";

/// Decoder limits: what a picture may claim before any pixel is allocated.
fn limits(max_side: u32, max_alloc: u64) -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(max_side);
    limits.max_image_height = Some(max_side);
    limits.max_alloc = Some(max_alloc);
    limits
}

fn invalid(message: impl Into<String>) -> Error {
    Error::invalid(FIELD, message)
}

/// Reads an image file (PNG, JPEG or WebP) and returns the stored form.
pub fn from_file(path: &Path) -> Result<String> {
    let size = std::fs::metadata(path)?.len();
    if size > MAX_INPUT_BYTES {
        return Err(invalid(format!("the image is {size} bytes; at most {MAX_INPUT_BYTES} are accepted")));
    }
    from_bytes(&std::fs::read(path)?)
}

/// Decodes `bytes` with limits, shrinks and re-encodes them; returns a `data:` URL.
pub fn from_bytes(bytes: &[u8]) -> Result<String> {
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(invalid("the image is too large"));
    }
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| invalid("cannot be read"))?;
    if !matches!(reader.format(), Some(ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP)) {
        return Err(invalid("is not a PNG, JPEG or WebP image"));
    }
    let mut reader = reader;
    reader.limits(limits(MAX_INPUT_SIDE, 512 * 1024 * 1024));
    let mut decoder = reader.into_decoder().map_err(|e| invalid(format!("cannot be decoded ({e})")))?;
    // Phone photos are stored sideways with an EXIF orientation: apply it once, here.
    let orientation = decoder.orientation().ok();
    let mut picture = DynamicImage::from_decoder(decoder).map_err(|e| invalid(format!("cannot be decoded ({e})")))?;
    if let Some(orientation) = orientation {
        picture.apply_orientation(orientation);
    }
    if picture.width() == 0 || picture.height() == 0 {
        return Err(invalid("is empty"));
    }
    if picture.width() > MAX_SIDE || picture.height() > MAX_SIDE {
        picture = picture.resize(MAX_SIDE, MAX_SIDE, image::imageops::FilterType::Triangle);
    }
    encode(&picture)
}

/// JPEG for opaque pictures (small); PNG only when transparency is really used.
fn encode(picture: &DynamicImage) -> Result<String> {
    let mut out = Vec::new();
    let rgba = picture.to_rgba8();
    let prefix = if rgba.pixels().any(|p| p.0[3] < 255) {
        rgba.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .map_err(|e| invalid(format!("cannot be encoded ({e})")))?;
        PNG_PREFIX
    } else {
        let rgb = picture.to_rgb8();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
            .encode_image(&rgb)
            .map_err(|e| invalid(format!("cannot be encoded ({e})")))?;
        JPEG_PREFIX
    };
    let url = format!("{prefix}{}", base64::engine::general_purpose::STANDARD.encode(&out));
    check(&url)?;
    Ok(url)
}

/// A stored picture is a bounded `data:` URL of a PNG or JPEG of at most
/// `MAX_SIDE` pixels a side, whose bytes are what the prefix says.
pub fn check(url: &str) -> Result<()> {
    stored(url).map(drop)
}

/// A stored picture's encoded image, as `check` accepts it.
pub struct Stored {
    /// PNG or JPEG.
    pub format: ImageFormat,
    /// The encoded file, as decoded from the URL's base64.
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Checks a stored picture (see `check`) and returns its encoded image.
pub fn stored(url: &str) -> Result<Stored> {
    if url.len() > MAX_URL_CHARS {
        return Err(invalid(format!("is {} characters long; at most {MAX_URL_CHARS} fit", url.len())));
    }
    let (format, payload) = if let Some(rest) = url.strip_prefix(JPEG_PREFIX) {
        (ImageFormat::Jpeg, rest)
    } else if let Some(rest) = url.strip_prefix(PNG_PREFIX) {
        (ImageFormat::Png, rest)
    } else {
        return Err(invalid("is not an embedded PNG or JPEG picture"));
    };
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(payload)
        .map_err(|_| invalid("is not valid base64"))?;
    if image::guess_format(&bytes).ok() != Some(format) {
        return Err(invalid("does not hold the image its type names"));
    }
    let (width, height) = ImageReader::with_format(Cursor::new(&bytes), format)
        .into_dimensions()
        .map_err(|_| invalid("holds an unreadable image"))?;
    if width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE {
        return Err(invalid(format!("is {width}×{height} pixels; at most {MAX_SIDE} a side")));
    }
    Ok(Stored { format, bytes, width, height })
}

impl Stored {
    /// The pixels, decoded with the stored size as a limit. A checked header
    /// can still hide broken image data: that is an error, never a panic. The
    /// JPEG decoder fills missing data with grey, so a JPEG must also end with
    /// its end-of-image marker (every picture `from_bytes` makes does).
    pub fn decode(&self) -> Result<DynamicImage> {
        if self.format == ImageFormat::Jpeg && !self.bytes.ends_with(&[0xFF, 0xD9]) {
            return Err(invalid("is cut short"));
        }
        let mut reader = ImageReader::with_format(Cursor::new(&self.bytes), self.format);
        reader.limits(limits(MAX_SIDE, 16 * 1024 * 1024));
        reader.decode().map_err(|e| invalid(format!("cannot be decoded ({e})")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage, Rgba, RgbaImage};

    fn encoded(picture: DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut out = Vec::new();
        picture.write_to(&mut Cursor::new(&mut out), format).unwrap();
        out
    }

    fn decoded(url: &str) -> DynamicImage {
        stored(url).unwrap().decode().unwrap()
    }

    #[test]
    fn a_large_photo_becomes_a_small_jpeg_keeping_its_proportions() {
        let photo = RgbImage::from_fn(1200, 600, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
        let url = from_bytes(&encoded(DynamicImage::ImageRgb8(photo), ImageFormat::Png)).unwrap();
        assert!(url.starts_with(JPEG_PREFIX));
        let small = decoded(&url);
        assert_eq!((small.width(), small.height()), (256, 128));
        assert!(url.len() < 60_000, "{} characters", url.len());
    }

    #[test]
    fn transparency_is_kept_as_png_and_small_images_are_not_enlarged() {
        let logo = RgbaImage::from_fn(40, 30, |x, _| Rgba([200, 10, 10, if x < 20 { 0 } else { 255 }]));
        let url = from_bytes(&encoded(DynamicImage::ImageRgba8(logo), ImageFormat::Png)).unwrap();
        assert!(url.starts_with(PNG_PREFIX));
        let kept = decoded(&url);
        assert_eq!((kept.width(), kept.height()), (40, 30));
    }

    #[test]
    fn jpeg_and_webp_inputs_are_accepted() {
        let photo = DynamicImage::ImageRgb8(RgbImage::from_pixel(300, 300, Rgb([10, 120, 200])));
        for format in [ImageFormat::Jpeg, ImageFormat::WebP] {
            let url = from_bytes(&encoded(photo.clone(), format)).unwrap();
            assert_eq!(decoded(&url).width(), 256, "{format:?}");
        }
    }

    #[test]
    fn what_is_not_a_usable_image_is_refused_as_invalid() {
        // A GIF header: a real image format, but not one we take.
        let gif = b"GIF89a\x04\x00\x04\x00\x00\x00\x00;".to_vec();
        let mut truncated = encoded(DynamicImage::ImageRgb8(RgbImage::new(64, 64)), ImageFormat::Png);
        truncated.truncate(60);
        for (name, bytes) in [
            ("text", b"<svg onload=alert(1)>".to_vec()),
            ("empty", Vec::new()),
            ("gif", gif),
            ("truncated png", truncated),
        ] {
            let error = from_bytes(&bytes).unwrap_err();
            assert_eq!(error.kind(), crate::ErrorKind::Invalid, "{name}: {error}");
        }
    }

    #[test]
    fn an_image_announcing_huge_dimensions_is_refused_before_decoding() {
        // A valid PNG header claiming 20,000 × 20,000 pixels (a decompression bomb's shape).
        let mut png = encoded(DynamicImage::ImageRgb8(RgbImage::new(1, 1)), ImageFormat::Png);
        png[16..20].copy_from_slice(&20_000u32.to_be_bytes());
        png[20..24].copy_from_slice(&20_000u32.to_be_bytes());
        assert_eq!(from_bytes(&png).unwrap_err().kind(), crate::ErrorKind::Invalid);
    }

    #[test]
    fn a_missing_or_oversized_file_is_refused() {
        let folder = tempfile::tempdir().unwrap();
        assert_eq!(from_file(&folder.path().join("none.png")).unwrap_err().kind(), crate::ErrorKind::Io);
        let big = folder.path().join("big.png");
        let file = std::fs::File::create(&big).unwrap();
        file.set_len(MAX_INPUT_BYTES + 1).unwrap();
        assert_eq!(from_file(&big).unwrap_err().kind(), crate::ErrorKind::Invalid);
    }

    #[test]
    fn stored_values_are_checked() {
        let good = from_bytes(&encoded(DynamicImage::ImageRgb8(RgbImage::new(8, 8)), ImageFormat::Png)).unwrap();
        assert!(check(&good).is_ok());
        let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
        let big_png = encoded(DynamicImage::ImageRgb8(RgbImage::new(300, 10)), ImageFormat::Png);
        let jpeg = encoded(DynamicImage::ImageRgb8(RgbImage::new(8, 8)), ImageFormat::Jpeg);
        for bad in [
            "https://example.com/a.png".to_string(),
            "data:image/svg+xml;base64,PHN2Zz4=".to_string(),
            format!("{PNG_PREFIX}not base64!"),
            format!("{PNG_PREFIX}{}", b64(&big_png)),
            format!("{PNG_PREFIX}{}", b64(&jpeg)),
            format!("{JPEG_PREFIX}{}", "A".repeat(MAX_URL_CHARS)),
        ] {
            assert!(check(&bad).is_err(), "{}", &bad[..bad.len().min(60)]);
        }
    }

    #[test]
    fn a_checked_picture_whose_image_data_is_cut_does_not_decode() {
        let photo = DynamicImage::ImageRgb8(RgbImage::from_fn(64, 64, |x, y| Rgb([x as u8 * 4, y as u8 * 4, 7])));
        let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
        let jpeg = encoded(photo.clone(), ImageFormat::Jpeg);
        let png = encoded(photo, ImageFormat::Png);
        // Cut after the scan's header, or before its end marker: the header (and so `check`) survives.
        let scan = jpeg.windows(2).position(|w| w == [0xFF, 0xDA]).expect("a scan");
        let scan_end = scan + 2 + u16::from_be_bytes([jpeg[scan + 2], jpeg[scan + 3]]) as usize;
        for url in [
            format!("{JPEG_PREFIX}{}", b64(&jpeg[..scan_end])),
            format!("{JPEG_PREFIX}{}", b64(&jpeg[..jpeg.len() - 2])),
            format!("{PNG_PREFIX}{}", b64(&png[..png.len() / 2])),
        ] {
            let stored = stored(&url).expect("the header checks");
            assert_eq!((stored.width, stored.height), (64, 64));
            assert_eq!(stored.decode().unwrap_err().kind(), crate::ErrorKind::Invalid, "{:?}", stored.format);
        }
        assert!(stored(&format!("{JPEG_PREFIX}{}", b64(&jpeg))).unwrap().decode().is_ok());
    }
}
