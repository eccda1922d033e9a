//! Step 6, the differentiator: one statement that speaks to the heart.

use super::{Context, Hit};

/// Beyond this, it is a list of features rather than one statement.
pub const MAX_SENTENCES: usize = 3;
pub const MAX_CHARS: usize = 400;

pub(crate) fn empty(cx: &Context) -> Vec<Hit> {
    if !cx.strategy.meta.differentiator.trim().is_empty() {
        return Vec::new();
    }
    vec![Hit::new(
        "Votre différence n'est pas formulée. En une phrase, dites le trait unique qui touche vos clients au cœur, et pas seulement à la raison.",
        "The differentiator is empty. In one sentence, name the unique trait that touches your customers' hearts, not just their minds.",
    )
    .field("differentiator")]
}

pub(crate) fn too_long(cx: &Context) -> Vec<Hit> {
    let text = cx.strategy.meta.differentiator.trim();
    let (sentences, chars) = (sentence_count(text), text.chars().count());
    if sentences <= MAX_SENTENCES && chars <= MAX_CHARS {
        return Vec::new();
    }
    let s = if sentences > 1 { "s" } else { "" };
    vec![Hit::new(
        format!("Votre différence tient en {sentences} phrase{s} et {chars} caractères. Resserrez-la en une seule affirmation mémorable ; les détails iront dans les preuves."),
        format!("The differentiator runs to {sentences} sentence{s} and {chars} characters. Tighten it into one memorable statement; move the details to the proof points."),
    )
    .field("differentiator")]
}

/// Sentences end with `.`, `!`, `?` or `…` followed by a space or the end;
/// runs like "?!" or "..." end one sentence, and a trailing fragment counts as one.
fn sentence_count(text: &str) -> usize {
    let mut count = 0;
    let mut open = false; // inside a sentence that has words
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '.' | '!' | '?' | '…') {
            let at_boundary = chars.peek().is_none_or(|next| next.is_whitespace());
            if open && at_boundary {
                count += 1;
                open = false;
            }
        } else if c.is_alphanumeric() {
            open = true;
        }
    }
    count + usize::from(open)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::sample;

    #[test]
    fn the_sample_differentiator_is_one_statement() {
        let s = sample::strategy();
        assert!(run(&s, empty).is_empty() && run(&s, too_long).is_empty());
        assert_eq!(sentence_count(&s.meta.differentiator), 1);
    }

    #[test]
    fn sentences_are_counted_sensibly() {
        assert_eq!(sentence_count(""), 0);
        assert_eq!(sentence_count("Pas de point final"), 1);
        assert_eq!(sentence_count("Un. Deux ! Trois ?! Quatre…"), 4);
        assert_eq!(sentence_count("Prix : 2.50 € le pain. Fin."), 2);
    }

    #[test]
    fn a_blank_differentiator_is_reported_on_its_field() {
        let mut s = sample::strategy();
        s.meta.differentiator = "  \n".into();
        let hits = run(&s, empty);
        assert_eq!(
            (kinds(&hits), fields(&hits)),
            (vec![None], vec![Some("differentiator")])
        );
        assert_messages(&hits);
        assert!(run(&s, too_long).is_empty());
    }

    #[test]
    fn more_than_three_sentences_or_400_characters_is_too_long() {
        let mut s = sample::strategy();
        s.meta.differentiator = "Un. Deux. Trois.".into();
        assert!(run(&s, too_long).is_empty());
        s.meta.differentiator = "Un. Deux. Trois. Quatre.".into();
        let hits = run(&s, too_long);
        assert!(hits[0].fr.contains("4 phrases"), "{}", hits[0].fr);
        s.meta.differentiator = "a".repeat(MAX_CHARS + 1);
        assert_eq!(run(&s, too_long).len(), 1);
        s.meta.differentiator = "a".repeat(MAX_CHARS);
        assert!(run(&s, too_long).is_empty());
    }
}
