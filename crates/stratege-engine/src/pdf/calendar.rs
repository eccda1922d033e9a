//! The editorial calendar: an overview, then for each month that has content
//! a Monday-first grid with items coloured by channel, followed by the list of
//! the month's items; the undated backlog closes the section.

use super::colors::{Rgb8, INK, MUTED, RULE, ZEBRA};
use super::context::Ctx;
use super::fonts::Style;
use super::labels;
use super::layout::Font;
use super::locale::{date_long, date_short, month_year, number, parse_date, weekday_short};
use super::page::{leading, Doc, BODY, BODY_BOLD, BOTTOM, LEFT, SMALL, SMALL_BOLD, WIDTH};
use super::sections;
use super::table::{Align, Cell, Column, Row, Table};
use crate::model::{ContentItem, ContentStatus};
use chrono::{Datelike, Days, NaiveDate, Weekday};
use std::collections::BTreeMap;

const MONTH: Font = Font::new(Style::Bold, 20.0);
const DAY: Font = Font::new(Style::Bold, 7.5);
const ITEM: Font = Font::new(Style::Regular, 6.2);
const WEEKDAY: Font = Font::new(Style::Bold, 7.5);

pub(crate) fn status_colour(status: ContentStatus) -> Rgb8 {
    match status {
        ContentStatus::Idea => Rgb8::new(0x9a, 0xa5, 0xb1),
        ContentStatus::Draft => Rgb8::new(0xc2, 0x7c, 0x0e),
        ContentStatus::InReview => Rgb8::new(0xd9, 0x5d, 0x16),
        ContentStatus::Approved => Rgb8::new(0x1e, 0x6f, 0xb8),
        ContentStatus::Scheduled => Rgb8::new(0x00, 0x89, 0x7b),
        ContentStatus::Published => Rgb8::new(0x2e, 0x7d, 0x32),
    }
}

struct Dated<'s> {
    date: NaiveDate,
    item: &'s ContentItem,
    channel: usize,
}

pub(crate) fn draw(doc: &mut Doc, ctx: &Ctx) {
    let t = doc.t;
    sections::opener(doc, "", t.in_practice, t.calendar, t.calendar_intro);
    let mut dated: Vec<Dated> = Vec::new();
    let mut backlog: Vec<&ContentItem> = Vec::new();
    for item in &ctx.s.content {
        match item.date.as_deref().and_then(parse_date) {
            Some(date) => {
                let channel = ctx.channel_index(item.channel_id.as_deref()).unwrap_or(usize::MAX);
                dated.push(Dated { date, item, channel });
            }
            None => backlog.push(item),
        }
    }
    dated.sort_by(|a, b| {
        (a.date, a.item.time.as_deref().unwrap_or(""), a.channel).cmp(&(b.date, b.item.time.as_deref().unwrap_or(""), b.channel))
    });
    if dated.is_empty() && backlog.is_empty() {
        doc.placeholder(t.hint_calendar);
        return;
    }
    overview(doc, ctx, &dated, backlog.len());
    let mut months: BTreeMap<(i32, u32), Vec<&Dated>> = BTreeMap::new();
    for d in &dated {
        months.entry((d.date.year(), d.date.month())).or_default().push(d);
    }
    by_month(doc, ctx, &months);
    for ((year, month), items) in &months {
        grid(doc, ctx, *year, *month, items);
        list(doc, ctx, *year, *month, items);
    }
    if !backlog.is_empty() {
        backlog_table(doc, ctx, &backlog);
    }
}

fn overview(doc: &mut Doc, ctx: &Ctx, dated: &[Dated], backlog: usize) {
    let t = doc.t;
    if let (Some(first), Some(last)) = (dated.first(), dated.last()) {
        let text = labels::calendar_summary(
            ctx.lang,
            dated.len(),
            backlog,
            &date_long(ctx.lang, first.date),
            &date_long(ctx.lang, last.date),
        );
        doc.paragraph(&text, BODY_BOLD, INK);
        doc.y += 8.0;
    }
    // Items per status.
    let statuses = ContentStatus::ALL;
    let h = 44.0;
    doc.ensure(h + 12.0);
    let top = doc.y;
    let w = WIDTH / statuses.len() as f32;
    for (i, status) in statuses.iter().enumerate() {
        let n = ctx.s.content.iter().filter(|c| c.status == *status).count();
        let x = LEFT + i as f32 * w;
        let colour = status_colour(*status);
        doc.round_rect(x + 2.0, top, w - 4.0, h, 5.0, colour.tint(0.88));
        doc.fill_rect(x + 2.0, top + 8.0, 3.0, h - 16.0, colour);
        doc.text_center(x + w / 2.0, top + 21.0, Font::new(Style::Bold, 14.0), colour.readable_on_white(), &number(ctx.lang, n as f64, 0));
        let label = doc.fit(SMALL, labels::content_status(ctx.lang, *status), w - 12.0);
        doc.text_center(x + w / 2.0, top + 35.0, SMALL, MUTED, &label);
    }
    doc.y = top + h + 16.0;
    // The channel key.
    let used: Vec<(String, Rgb8)> = ctx
        .s
        .channels
        .iter()
        .enumerate()
        .filter(|(_, c)| ctx.s.content.iter().any(|x| x.channel_id.as_deref() == Some(c.id.as_str())))
        .map(|(i, c)| (labels::channel(ctx.lang, c), ctx.channel_colour_at(i)))
        .collect();
    if !used.is_empty() {
        doc.ensure(40.0);
        let colour = doc.theme.text;
        let top = doc.y;
        doc.label(LEFT, top, t.legend, colour);
        doc.y += leading(super::page::LABEL) + 3.0;
        sections::chips(doc, &used, SMALL_BOLD, LEFT, WIDTH);
    }
}

/// Monday on or before the first of the month.
fn grid_start(year: i32, month: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    first.checked_sub_days(Days::new(first.weekday().num_days_from_monday() as u64))
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let next = if month == 12 { NaiveDate::from_ymd_opt(year + 1, 1, 1) } else { NaiveDate::from_ymd_opt(year, month + 1, 1) };
    match (next, NaiveDate::from_ymd_opt(year, month, 1)) {
        (Some(n), Some(f)) => (n - f).num_days() as u32,
        _ => 30,
    }
}

fn grid(doc: &mut Doc, ctx: &Ctx, year: i32, month: u32, items: &[&Dated]) {
    let t = doc.t;
    let title = month_year(ctx.lang, year, month);
    doc.new_page();
    doc.set_section(&format!("{} · {title}", t.calendar));
    doc.add_entry(&title);
    let Some(start) = grid_start(year, month) else { return };
    let days = days_in_month(year, month);
    let lead = start.weekday().num_days_from_monday() as usize;
    let lead = match NaiveDate::from_ymd_opt(year, month, 1) {
        Some(first) => (first - start).num_days().max(0) as usize,
        None => lead,
    };
    let weeks = (lead + days as usize).div_ceil(7);

    let top = doc.y;
    doc.text(LEFT, top + MONTH.size, MONTH, INK, &title);
    let count = format!("{} {}", number(ctx.lang, items.len() as f64, 0), t.items_word);
    doc.text_right(LEFT + WIDTH, top + MONTH.size, BODY, MUTED, &count);
    doc.y = top + MONTH.size + 14.0;

    let col = WIDTH / 7.0;
    let head = 16.0;
    let legend_h = 34.0;
    let cell_h = ((BOTTOM - doc.y - head - legend_h) / weeks.max(1) as f32).min(118.0);
    let theme = doc.theme;
    let top = doc.y;
    doc.fill_rect(LEFT, top, WIDTH, head, theme.accent);
    let weekdays = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];
    for (i, wd) in weekdays.iter().enumerate() {
        let x = LEFT + i as f32 * col;
        doc.text_center(x + col / 2.0, top + 11.0, WEEKDAY, theme.accent.text_on(), weekday_short(ctx.lang, *wd));
    }
    let grid_top = top + head;
    let mut by_day: BTreeMap<NaiveDate, Vec<&Dated>> = BTreeMap::new();
    for d in items {
        by_day.entry(d.date).or_default().push(d);
    }
    let line_h = ITEM.size * 1.25;
    let room = cell_h - 16.0;
    for week in 0..weeks {
        for (i, _) in weekdays.iter().enumerate() {
            let Some(day) = start.checked_add_days(Days::new((week * 7 + i) as u64)) else { continue };
            let x = LEFT + i as f32 * col;
            let y = grid_top + week as f32 * cell_h;
            let inside = day.month() == month && day.year() == year;
            let fill = if !inside {
                Some(Rgb8::new(0xfa, 0xfb, 0xfc))
            } else if i >= 5 {
                Some(ZEBRA)
            } else {
                None
            };
            if let Some(fill) = fill {
                doc.fill_rect(x, y, col, cell_h, fill);
            }
            let day_colour = if inside { INK } else { RULE };
            doc.text(x + 4.0, y + 10.0, DAY, day_colour, &day.day().to_string());
            if !inside {
                continue;
            }
            let list = by_day.get(&day).map(Vec::as_slice).unwrap_or(&[]);
            day_items(doc, ctx, list, x, y + 14.0, col, room, line_h);
        }
    }
    // Grid lines.
    let bottom = grid_top + weeks as f32 * cell_h;
    for i in 0..=7 {
        let x = LEFT + i as f32 * col;
        doc.line(x, grid_top, x, bottom, RULE, 0.5);
    }
    for w in 0..=weeks {
        let y = grid_top + w as f32 * cell_h;
        doc.line(LEFT, y, LEFT + WIDTH, y, RULE, 0.5);
    }
    // Key of the channels used this month.
    let mut used: Vec<usize> = items.iter().map(|d| d.channel).collect();
    used.sort_unstable();
    used.dedup();
    doc.y = bottom + 10.0;
    let chips: Vec<(String, Rgb8)> = used
        .iter()
        .map(|&i| {
            let name = ctx.s.channels.get(i).map_or_else(|| t.no_channel.to_string(), |c| labels::channel(ctx.lang, c));
            (name, ctx.channel_colour_at(i))
        })
        .collect();
    sections::chips(doc, &chips, Font::new(Style::Bold, 7.0), LEFT, WIDTH);
}

/// The items of one day in its cell: as many lines per item as the cell
/// allows (up to three), else one line each and « + n autres ».
#[allow(clippy::too_many_arguments)]
fn day_items(doc: &mut Doc, ctx: &Ctx, list: &[&Dated], x: f32, top: f32, col: f32, room: f32, line_h: f32) {
    if list.is_empty() {
        return;
    }
    let gap = 2.0;
    let slot = |lines: usize| lines as f32 * line_h + 2.0 + gap;
    let fits_one = ((room + gap) / slot(1)).floor().max(1.0) as usize;
    let (shown, max_lines) = if list.len() <= fits_one {
        let per = ((room + gap) / list.len() as f32 - 2.0 - gap) / line_h;
        (list.len(), (per.floor() as usize).clamp(1, 3))
    } else {
        (fits_one.saturating_sub(1), 1)
    };
    let text_w = col - 11.0;
    let mut y = top;
    for d in &list[..shown] {
        let colour = ctx.channel_colour_at(d.channel);
        let text = match d.item.time.as_deref() {
            Some(time) if !time.trim().is_empty() => format!("{} {}", time.trim(), d.item.title.trim()),
            _ => d.item.title.trim().to_string(),
        };
        let mut lines = doc.wrap(ITEM, &text, text_w);
        if lines.len() > max_lines {
            lines.truncate(max_lines);
            if let Some(last) = lines.last_mut() {
                *last = doc.ellipsize(ITEM, last, text_w);
            }
        }
        if lines.is_empty() {
            lines.push("…".into());
        }
        let h = lines.len() as f32 * line_h + 2.0;
        doc.fill_rect(x + 2.5, y, col - 5.0, h, colour.tint(0.84));
        doc.fill_rect(x + 2.5, y, 2.0, h, colour);
        for (j, line) in lines.iter().enumerate() {
            doc.text(x + 6.5, y + 1.0 + j as f32 * line_h + ITEM.size, ITEM, INK, line);
        }
        y += h + gap;
    }
    if list.len() > shown {
        let more = labels::more(ctx.lang, list.len() - shown);
        doc.text(x + 6.5, y + ITEM.size, Font::new(Style::Bold, ITEM.size), MUTED, &more);
    }
}

/// A table of how many items each month holds on each channel.
fn by_month(doc: &mut Doc, ctx: &Ctx, months: &BTreeMap<(i32, u32), Vec<&Dated>>) {
    let t = doc.t;
    if months.is_empty() {
        return;
    }
    // Channels that have dated items, in the plan's order; items without a channel last.
    let mut used: Vec<usize> = months.values().flatten().map(|d| d.channel).collect();
    used.sort_unstable();
    used.dedup();
    doc.heading(t.by_month, 80.0);
    for chunk in used.chunks(sections::balanced_chunk(used.len(), 6)) {
        let mut columns = vec![Column::new(t.month, 2.0, Align::Left)];
        for &i in chunk {
            let name = ctx.s.channels.get(i).map_or_else(|| t.no_channel.to_string(), |c| labels::channel(ctx.lang, c));
            columns.push(Column::new(&name, 1.2, Align::Right));
        }
        columns.push(Column::new(t.total, 1.0, Align::Right));
        let mut table = Table::new(columns, doc.theme.accent);
        for ((year, month), items) in months {
            let mut cells = vec![Cell::text(month_year(ctx.lang, *year, *month), SMALL_BOLD)];
            for &i in chunk {
                let n = items.iter().filter(|d| d.channel == i).count();
                cells.push(if n == 0 {
                    Cell::coloured("·", SMALL, RULE)
                } else {
                    Cell::text(number(ctx.lang, n as f64, 0), SMALL)
                });
            }
            cells.push(Cell::text(number(ctx.lang, items.len() as f64, 0), SMALL_BOLD));
            table.rows.push(Row::Cells(cells));
        }
        table.draw(doc);
    }
}

fn list(doc: &mut Doc, ctx: &Ctx, year: i32, month: u32, items: &[&Dated]) {
    let t = doc.t;
    doc.new_page();
    let title = format!("{} — {}", month_year(ctx.lang, year, month), t.list_of);
    doc.heading(&title, 60.0);
    let mut table = Table::new(
        vec![
            Column::new(t.date, 1.3, Align::Left),
            Column::new(t.hour, 0.9, Align::Left),
            Column::new(t.channel, 2.2, Align::Left),
            Column::new(t.title, 6.0, Align::Left),
            Column::new(t.status, 1.6, Align::Left),
        ],
        doc.theme.accent,
    );
    for d in items {
        let item = d.item;
        let channel = ctx.s.channels.get(d.channel).map_or_else(|| t.no_channel.to_string(), |c| labels::channel(ctx.lang, c));
        let mut details = Vec::new();
        if !item.pillar.trim().is_empty() {
            details.push(item.pillar.trim().to_string());
        }
        if let Some(p) = item.persona_id.as_deref().and_then(|id| ctx.persona(id)) {
            details.push(p.name.trim().to_string());
        }
        let title = if item.title.trim().is_empty() { t.to_define.to_string() } else { item.title.clone() };
        table.rows.push(Row::Cells(vec![
            Cell::text(date_short(ctx.lang, d.date), SMALL_BOLD),
            Cell::text(item.time.clone().unwrap_or_default(), SMALL),
            Cell::text(channel, SMALL).dot(ctx.channel_colour_at(d.channel)).max_lines(2),
            Cell::text(title, Font::new(Style::Bold, 8.5)).max_lines(6).with_short(details.join(" · "), SMALL, MUTED, 1),
            Cell::text(labels::content_status(ctx.lang, item.status), SMALL).dot(status_colour(item.status)),
        ]));
    }
    table.draw(doc);
}

fn backlog_table(doc: &mut Doc, ctx: &Ctx, items: &[&ContentItem]) {
    let t = doc.t;
    doc.new_page();
    doc.set_section(&format!("{} · {}", t.calendar, t.backlog));
    doc.add_entry(t.backlog);
    doc.heading(t.backlog, 60.0);
    doc.paragraph(t.backlog_intro, Font::new(Style::Italic, BODY.size), MUTED);
    doc.y += 6.0;
    let mut table = Table::new(
        vec![
            Column::new(t.channel, 2.2, Align::Left),
            Column::new(t.title, 7.0, Align::Left),
            Column::new(t.status, 1.6, Align::Left),
        ],
        doc.theme.accent,
    );
    for item in items {
        let index = ctx.channel_index(item.channel_id.as_deref());
        let channel = index
            .and_then(|i| ctx.s.channels.get(i))
            .map_or_else(|| t.no_channel.to_string(), |c| labels::channel(ctx.lang, c));
        let colour = index.map_or(MUTED, |i| ctx.channel_colour_at(i));
        let title = if item.title.trim().is_empty() { t.to_define.to_string() } else { item.title.clone() };
        table.rows.push(Row::Cells(vec![
            Cell::text(channel, SMALL).dot(colour).max_lines(2),
            Cell::text(title, Font::new(Style::Bold, 8.5))
                .with(item.brief.clone(), SMALL, MUTED)
                .with(item.notes.clone(), Font::new(Style::Italic, SMALL.size), MUTED),
            Cell::text(labels::content_status(ctx.lang, item.status), SMALL).dot(status_colour(item.status)),
        ]));
    }
    table.draw(doc);
}
