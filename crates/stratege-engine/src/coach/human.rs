//! Step "+": how the brand acts like a person, not a logo.

use super::{Context, Hit};

pub(crate) fn no_voice(cx: &Context) -> Vec<Hit> {
    if !cx.strategy.meta.human.voice.trim().is_empty() {
        return Vec::new();
    }
    vec![Hit::new(
        "Le ton de la marque n'est pas décrit. Dites comment elle parle — registre, vocabulaire, humour — pour qu'on entende une personne et non un logo.",
        "The brand's voice is not described. Say how it speaks — register, vocabulary, humour — so people hear a person, not a logo.",
    )
    .field("voice")]
}

pub(crate) fn no_spokesperson(cx: &Context) -> Vec<Hit> {
    if cx
        .strategy
        .meta
        .human
        .spokespeople
        .iter()
        .any(|s| !s.trim().is_empty())
    {
        return Vec::new();
    }
    vec![Hit::new(
        "Personne n'est désigné pour parler au nom de la marque. Nommez les porte-parole et les sujets de chacun.",
        "Nobody is named to speak for the brand. Name the spokespeople and what each one speaks about.",
    )
    .field("spokespeople")]
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::sample;

    #[test]
    fn the_sample_has_a_voice_and_spokespeople() {
        let s = sample::strategy();
        assert!(run(&s, no_voice).is_empty() && run(&s, no_spokesperson).is_empty());
    }

    #[test]
    fn each_missing_part_is_reported_on_its_field() {
        let mut s = sample::strategy();
        s.meta.human.voice = " ".into();
        s.meta.human.spokespeople = vec![String::new()];
        let voice = run(&s, no_voice);
        let spokespeople = run(&s, no_spokesperson);
        assert_eq!(
            (kinds(&voice), fields(&voice)),
            (vec![None], vec![Some("voice")])
        );
        assert_eq!(fields(&spokespeople), [Some("spokespeople")]);
        assert_messages(&voice);
        assert_messages(&spokespeople);
    }
}
