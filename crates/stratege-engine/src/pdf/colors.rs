//! Colours of the deliverable: parsing `#rrggbb`, tints, and the one channel
//! palette shared by the PDF and (later) the UI, so a channel has the same
//! colour on screen, in the calendar and on paper.

use crate::model::Platform;

/// An sRGB colour, 8 bits per component.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb8 {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb8 {
    pub const fn new(r: u8, g: u8, b: u8) -> Rgb8 {
        Rgb8 { r, g, b }
    }

    /// Parses `#rrggbb` (or `rrggbb`, or the short `#rgb`); anything else is `None`.
    pub fn parse_hex(text: &str) -> Option<Rgb8> {
        let hex = text.trim().trim_start_matches('#');
        if !hex.is_ascii() {
            return None;
        }
        let digit = |s: &str| u8::from_str_radix(s, 16).ok();
        match hex.len() {
            6 => Some(Rgb8::new(digit(&hex[0..2])?, digit(&hex[2..4])?, digit(&hex[4..6])?)),
            3 => {
                let short = |i: usize| digit(&hex[i..i + 1]).map(|v| v * 17);
                Some(Rgb8::new(short(0)?, short(1)?, short(2)?))
            }
            _ => None,
        }
    }

    /// `#rrggbb`, lower case.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// Linear blend: `t = 0` is `self`, `t = 1` is `other`.
    pub fn mix(self, other: Rgb8, t: f32) -> Rgb8 {
        let t = t.clamp(0.0, 1.0);
        let blend = |a: u8, b: u8| (a as f32 + (b as f32 - a as f32) * t).round() as u8;
        Rgb8::new(blend(self.r, other.r), blend(self.g, other.g), blend(self.b, other.b))
    }

    /// A pale version for backgrounds (`amount` of white mixed in).
    pub fn tint(self, amount: f32) -> Rgb8 {
        self.mix(Rgb8::new(255, 255, 255), amount)
    }

    /// A darker version (`amount` of black mixed in).
    pub fn shade(self, amount: f32) -> Rgb8 {
        self.mix(Rgb8::new(0, 0, 0), amount)
    }

    /// Relative luminance (WCAG), 0 = black, 1 = white.
    pub fn luminance(self) -> f32 {
        let channel = |v: u8| {
            let c = v as f32 / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }

    /// White or near-black, whichever reads better on this colour.
    pub fn text_on(self) -> Rgb8 {
        if self.luminance() > 0.42 {
            INK
        } else {
            Rgb8::new(255, 255, 255)
        }
    }

    /// A version dark enough to be read as text on white (contrast ≥ 4.5:1).
    pub fn readable_on_white(self) -> Rgb8 {
        let mut colour = self;
        for _ in 0..10 {
            if (1.05 / (colour.luminance() + 0.05)) >= 4.5 {
                break;
            }
            colour = colour.shade(0.15);
        }
        colour
    }
}

/// Body text.
pub const INK: Rgb8 = Rgb8::new(0x1f, 0x29, 0x33);
/// Secondary text.
pub const MUTED: Rgb8 = Rgb8::new(0x5f, 0x6b, 0x7a);
/// Hairlines and borders.
pub const RULE: Rgb8 = Rgb8::new(0xd5, 0xdb, 0xe2);
/// Zebra rows and soft panels.
pub const ZEBRA: Rgb8 = Rgb8::new(0xf4, 0xf6, 0xf8);
pub const WHITE: Rgb8 = Rgb8::new(0xff, 0xff, 0xff);
/// Used when a strategy's accent colour is not a valid `#rrggbb`.
pub const DEFAULT_ACCENT: Rgb8 = Rgb8::new(0x2f, 0x5d, 0x8a);
/// Severity colours of the strategy health appendix.
pub const RED: Rgb8 = Rgb8::new(0xc0, 0x39, 0x2b);
pub const AMBER: Rgb8 = Rgb8::new(0xc2, 0x7c, 0x0e);
pub const GREEN: Rgb8 = Rgb8::new(0x2e, 0x7d, 0x32);

/// Colours for custom channels, distinct from the platform colours below.
const CUSTOM_PALETTE: [Rgb8; 8] = [
    Rgb8::new(0x00, 0xac, 0xc1),
    Rgb8::new(0x7c, 0xb3, 0x42),
    Rgb8::new(0xec, 0x40, 0x7a),
    Rgb8::new(0x54, 0x6e, 0x7a),
    Rgb8::new(0xff, 0xa0, 0x00),
    Rgb8::new(0x79, 0x55, 0x48),
    Rgb8::new(0x5e, 0x35, 0xb1),
    Rgb8::new(0x26, 0xa6, 0x9a),
];

/// The colour of a channel everywhere it appears (calendar, matrix, chips).
/// Known platforms have a fixed colour that evokes them. A custom channel
/// takes its colour from `index`: its rank among the strategy's custom
/// channels (0 for the first one), so two custom channels of one strategy differ.
pub fn channel_color(platform: Platform, index: usize) -> Rgb8 {
    match platform {
        Platform::Instagram => Rgb8::new(0xc2, 0x18, 0x5b),
        Platform::Facebook => Rgb8::new(0x3f, 0x51, 0xb5),
        Platform::Linkedin => Rgb8::new(0x02, 0x77, 0xbd),
        Platform::Tiktok => Rgb8::new(0x00, 0x79, 0x6b),
        Platform::Youtube => Rgb8::new(0xd3, 0x2f, 0x2f),
        Platform::X => Rgb8::new(0x26, 0x32, 0x38),
        Platform::Threads => Rgb8::new(0x61, 0x61, 0x61),
        Platform::Bluesky => Rgb8::new(0x7e, 0x57, 0xc2),
        Platform::Pinterest => Rgb8::new(0xe6, 0x4a, 0x19),
        Platform::Reddit => Rgb8::new(0xff, 0x8f, 0x00),
        Platform::Snapchat => Rgb8::new(0xf9, 0xa8, 0x25),
        Platform::Whatsapp => Rgb8::new(0x2e, 0x7d, 0x32),
        Platform::Newsletter => Rgb8::new(0x8e, 0x24, 0xaa),
        Platform::Blog => Rgb8::new(0x6d, 0x4c, 0x41),
        Platform::Podcast => Rgb8::new(0x9e, 0x9d, 0x24),
        Platform::Custom => CUSTOM_PALETTE[index % CUSTOM_PALETTE.len()],
    }
}

/// The colours of a strategy's channels, in their order: [`channel_color`]
/// with each custom channel's rank among the custom ones.
pub fn channel_colors(channels: &[crate::model::Channel]) -> Vec<Rgb8> {
    let mut custom = 0;
    channels
        .iter()
        .map(|c| {
            let colour = channel_color(c.platform, custom);
            if c.platform == Platform::Custom {
                custom += 1;
            }
            colour
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_hex() {
        assert_eq!(Rgb8::parse_hex("#9a5b2e"), Some(Rgb8::new(0x9a, 0x5b, 0x2e)));
        assert_eq!(Rgb8::parse_hex("fff"), Some(WHITE));
        assert_eq!(Rgb8::parse_hex("#12345"), None);
        assert_eq!(Rgb8::parse_hex("#zzzzzz"), None);
        assert_eq!(Rgb8::parse_hex("#éé"), None);
        assert_eq!(Rgb8::new(1, 2, 255).hex(), "#0102ff");
    }

    #[test]
    fn every_platform_has_a_distinct_colour() {
        let colours: std::collections::HashSet<_> = Platform::ALL
            .iter()
            .filter(|p| **p != Platform::Custom)
            .map(|p| channel_color(*p, 0))
            .collect();
        assert_eq!(colours.len(), Platform::ALL.len() - 1);
        assert_ne!(channel_color(Platform::Custom, 0), channel_color(Platform::Custom, 1));
        for custom in CUSTOM_PALETTE {
            assert!(!colours.contains(&custom));
        }
    }

    #[test]
    fn custom_channels_take_their_rank() {
        let sample = crate::sample::strategy();
        let colours = channel_colors(&sample.channels);
        assert_eq!(colours.len(), sample.channels.len());
        let google = sample.channels.iter().position(|c| c.platform == Platform::Custom).unwrap();
        assert_eq!(colours[google], CUSTOM_PALETTE[0]);
        assert_eq!(colours[0], channel_color(Platform::Instagram, 0));
    }

    #[test]
    fn text_colour_contrasts() {
        assert_eq!(Rgb8::new(0xf9, 0xa8, 0x25).text_on(), INK);
        assert_eq!(Rgb8::new(0x3f, 0x51, 0xb5).text_on(), WHITE);
        let pale = Rgb8::new(0xff, 0xee, 0x88).readable_on_white();
        assert!(1.05 / (pale.luminance() + 0.05) >= 4.5);
    }
}
