//! A large strategy for the PDF budget (8 personas, 10 channels, 20 KPIs,
//! 600 content items over a year), grown from the bundled sample. Shared by
//! the bench and the PDF tests.

use chrono::{Days, NaiveDate};
use stratege_engine::model::*;
use stratege_engine::sample;

pub fn large_strategy() -> Strategy {
    let mut s = sample::strategy();
    let extra = [
        (Platform::Youtube, ""),
        (Platform::Pinterest, ""),
        (Platform::Whatsapp, ""),
        (Platform::Custom, "Affichage en boutique"),
    ];
    for (platform, name) in extra {
        let mut c = s.channels[0].clone();
        c.id = new_id();
        c.platform = platform;
        c.custom_name = name.into();
        c.status = ChannelStatus::Test;
        s.channels.push(c);
    }
    let originals = s.personas.clone();
    for (i, p) in originals.iter().enumerate() {
        let mut copy = p.clone();
        copy.id = new_id();
        copy.name = format!("{} bis", p.name);
        copy.color = ["#5b8c4a", "#7a5c99", "#b04a5a", "#4a6fa5"][i % 4].into();
        copy.channel_ids = vec![s.channels[6 + i % 4].id.clone(), s.channels[i].id.clone()];
        s.personas.push(copy);
    }
    let kpis = s.kpis.clone();
    let mut i = 0;
    while s.kpis.len() < 20 {
        let mut k = kpis[i % kpis.len()].clone();
        k.id = new_id();
        k.name = format!("{} ({})", k.name, i + 2);
        s.kpis.push(k);
        i += 1;
    }
    let start = NaiveDate::from_ymd_opt(2027, 1, 4).expect("valid date");
    let template = s.content[0].clone();
    s.content.retain(|c| c.date.is_none());
    for n in 0..600usize {
        let mut c = template.clone();
        c.id = new_id();
        let day = start.checked_add_days(Days::new((n * 360 / 600) as u64)).unwrap_or(start);
        c.date = Some(day.format("%Y-%m-%d").to_string());
        c.title = format!("Publication n° {} : {}", n + 1, template.title);
        c.channel_id = Some(s.channels[n % s.channels.len()].id.clone());
        s.content.push(c);
    }
    s
}
