//! Channel colours for the screen: the PDF's palette, so a channel has the same
//! colour in the UI, the calendar and the deliverable.

use crate::model::Channel;
use crate::pdf::colors::channel_colors as palette;

/// `#rrggbb` per channel, in the order given (custom channels take turns in the palette).
pub fn channel_colors(channels: &[Channel]) -> Vec<String> {
    palette(channels).into_iter().map(|c| c.hex()).collect()
}
