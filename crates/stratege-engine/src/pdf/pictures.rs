//! Persona pictures and the consultant's logo as PDF image XObjects, each
//! added once (a persona's is drawn on the overview card and on its page). A stored JPEG goes in as it is
//! (DCTDecode, ~20 KB) once it has decoded cleanly; a PNG, or a JPEG a viewer
//! might render differently (CMYK, 12-bit...), goes in as decoded pixels. A
//! picture that does not check or decode is left out: the initials avatar
//! stays, and the cover goes without a logo.

use crate::model::Persona;
use crate::picture;
use image::{DynamicImage, ImageFormat};
use printpdf::{
    DictItem, ExternalStream, ExternalXObject, PdfDocument, Px, RawImage, RawImageData, RawImageFormat, XObjectId,
};
use std::collections::{BTreeMap, HashMap};

/// An embedded picture: its XObject and its size in pixels.
#[derive(Clone, Debug)]
pub(crate) struct Picture {
    pub id: XObjectId,
    pub width: f32,
    pub height: f32,
}

impl Picture {
    /// The size, in points, of the picture fitted inside `w` × `h` with its
    /// proportions kept (nothing for an empty picture or box).
    pub fn fit(&self, w: f32, h: f32) -> (f32, f32) {
        if self.width <= 0.0 || self.height <= 0.0 || w <= 0.0 || h <= 0.0 {
            return (0.0, 0.0);
        }
        let scale = (w / self.width).min(h / self.height);
        (self.width * scale, self.height * scale)
    }
}

/// Adds the pictures of `personas` to `pdf`, by persona id.
pub(crate) fn embed(pdf: &mut PdfDocument, personas: &[Persona]) -> HashMap<String, Picture> {
    personas
        .iter()
        .filter_map(|p| Some((p.id.clone(), embed_one(pdf, p.picture.as_deref()?)?)))
        .collect()
}

/// Adds one stored picture (a `data:` URL) to `pdf`; `None` when it does not
/// check or decode.
pub(crate) fn embed_one(pdf: &mut PdfDocument, url: &str) -> Option<Picture> {
    let stored = picture::stored(url).ok()?;
    let pixels = stored.decode().ok()?;
    let (width, height) = (pixels.width(), pixels.height());
    let id = match jpeg_colour_space(&stored, &pixels) {
        Some(space) => pdf.add_xobject(&jpeg_xobject(stored.bytes, width, height, space)),
        None => pdf.add_image(&raw_image(pixels)),
    };
    Some(Picture { id, width: width as f32, height: height as f32 })
}

/// The PDF colour space a JPEG can be passed through with: 8-bit, Huffman
/// coded, grey or YCbCr/RGB, as decoded.
fn jpeg_colour_space(stored: &picture::Stored, pixels: &DynamicImage) -> Option<&'static str> {
    if stored.format != ImageFormat::Jpeg {
        return None;
    }
    match (jpeg_frame(&stored.bytes)?, pixels) {
        ((8, 3), DynamicImage::ImageRgb8(_)) => Some("DeviceRGB"),
        ((8, 1), DynamicImage::ImageLuma8(_)) => Some("DeviceGray"),
        _ => None,
    }
}

/// (precision, components) of a JPEG's baseline, extended or progressive
/// Huffman frame; `None` for anything else or a malformed marker chain.
fn jpeg_frame(bytes: &[u8]) -> Option<(u8, u8)> {
    if bytes.get(..2)? != [0xFF, 0xD8] {
        return None;
    }
    let mut i = 2;
    loop {
        while bytes.get(i..i + 2)? == [0xFF, 0xFF] {
            i += 1;
        }
        if *bytes.get(i)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(i + 1)?;
        match marker {
            0xC0..=0xC2 => return Some((*bytes.get(i + 4)?, *bytes.get(i + 9)?)),
            // Other frames (lossless, arithmetic coding), or image data before any frame.
            0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF | 0xDA | 0xD9 => return None,
            _ => {}
        }
        let length = u16::from_be_bytes([*bytes.get(i + 2)?, *bytes.get(i + 3)?]) as usize;
        if length < 2 {
            return None;
        }
        i += 2 + length;
    }
}

fn jpeg_xobject(bytes: Vec<u8>, width: u32, height: u32, colour_space: &str) -> ExternalXObject {
    let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
    let dict = BTreeMap::from([
        ("Type".to_string(), name("XObject")),
        ("Subtype".to_string(), name("Image")),
        ("Width".to_string(), DictItem::Int(width.into())),
        ("Height".to_string(), DictItem::Int(height.into())),
        ("ColorSpace".to_string(), name(colour_space)),
        ("BitsPerComponent".to_string(), DictItem::Int(8)),
        ("Filter".to_string(), name("DCTDecode")),
    ]);
    ExternalXObject {
        stream: ExternalStream { dict, content: bytes, compress: false },
        width: Some(Px(width as usize)),
        height: Some(Px(height as usize)),
        dpi: Some(72.0),
    }
}

/// Decoded pixels; an alpha channel only when the picture uses it (printpdf
/// writes it as a soft mask).
fn raw_image(pixels: DynamicImage) -> RawImage {
    let (width, height) = (pixels.width() as usize, pixels.height() as usize);
    let (data, format) = if pixels.color().has_alpha() {
        (pixels.into_rgba8().into_raw(), RawImageFormat::RGBA8)
    } else {
        (pixels.into_rgb8().into_raw(), RawImageFormat::RGB8)
    };
    RawImage { pixels: RawImageData::U8(data), width, height, data_format: format, tag: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::{jpeg_frame, Picture};

    #[test]
    fn a_picture_fits_its_box_keeping_its_proportions() {
        let mut pdf = printpdf::PdfDocument::new("t");
        let raw = printpdf::RawImage {
            pixels: printpdf::RawImageData::U8(vec![0; 3]),
            width: 1,
            height: 1,
            data_format: printpdf::RawImageFormat::RGB8,
            tag: Vec::new(),
        };
        let id = pdf.add_image(&raw);
        let wide = Picture { id: id.clone(), width: 256.0, height: 64.0 };
        assert_eq!(wide.fit(140.0, 56.0), (140.0, 35.0));
        let tall = Picture { id: id.clone(), width: 100.0, height: 200.0 };
        assert_eq!(tall.fit(140.0, 56.0), (28.0, 56.0));
        assert_eq!(Picture { id, width: 0.0, height: 10.0 }.fit(140.0, 56.0), (0.0, 0.0));
        assert_eq!(wide.fit(0.0, 56.0), (0.0, 0.0));
    }

    #[test]
    fn jpeg_frames_are_read_from_the_marker_chain() {
        // SOI, an APP0 segment, then a baseline frame: 8 bits, 16×16, 3 components.
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00];
        jpeg.extend([0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x10, 0x00, 0x10, 0x03]);
        assert_eq!(jpeg_frame(&jpeg), Some((8, 3)));
        jpeg[9] = 0xC9; // arithmetic coding
        assert_eq!(jpeg_frame(&jpeg), None);
        for broken in [&b""[..], b"\xFF\xD8", b"\xFF\xD8\xFF\xE0\x00\x01", b"\x89PNG", b"\xFF\xD8\xFF\xE0\xFF\xFF"] {
            assert_eq!(jpeg_frame(broken), None, "{broken:?}");
        }
    }
}
