//! Step 3, listening: beyond the brand name, and to competitors too.

use super::{Context, Hit};
use crate::model::{FindingSubject, ItemKind};

pub(crate) fn no_competitor(cx: &Context) -> Vec<Hit> {
    if !cx.strategy.competitors.is_empty() {
        return Vec::new();
    }
    vec![Hit::new(
        "Aucun concurrent n'est recensé. Ajoutez ceux auxquels vos clients vous comparent et notez où ils sont actifs.",
        "No competitor is listed. Add the ones your customers compare you with, and note where they are active.",
    )
    .on(ItemKind::Competitor, None)]
}

/// Search terms count only when they say something other than the brand's name.
pub(crate) fn brand_terms_only(cx: &Context) -> Vec<Hit> {
    let brand = fold(&cx.strategy.meta.client_name);
    let beyond_brand = cx
        .strategy
        .findings
        .iter()
        .flat_map(|f| &f.search_terms)
        .map(|term| fold(term))
        .any(|term| !term.is_empty() && term != brand);
    if beyond_brand {
        return Vec::new();
    }
    vec![Hit::new(
        "Aucun terme de recherche ne va au-delà du nom de la marque. Ajoutez les mots de vos produits, des besoins de vos clients et de votre secteur.",
        "No search term goes beyond the brand name. Add terms for your products, your customers' needs and your industry.",
    )
    .on(ItemKind::Finding, None)
    .field("search_terms")]
}

pub(crate) fn no_audience_source(cx: &Context) -> Vec<Hit> {
    let knows_where = cx
        .strategy
        .findings
        .iter()
        .any(|f| f.subject == FindingSubject::Audience && !f.source.trim().is_empty());
    if knows_where {
        return Vec::new();
    }
    vec![Hit::new(
        "Aucune observation ne dit où votre public s'exprime. Ajoutez une observation sur le public et nommez sa source : réseau, forum, groupe, site d'avis…",
        "No finding says where your audience talks. Add an audience finding and name its source: a network, forum, group, review site…",
    )
    .on(ItemKind::Finding, None)
    .field("source")]
}

/// Lower case, accents removed, and only letters and digits kept, so that
/// "Les Fournils Vernier", "les fournils-vernier" and "#LesFournilsVernier" are one name.
pub(crate) fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
            'æ' => "ae",
            'ç' => "c",
            'è' | 'é' | 'ê' | 'ë' => "e",
            'ì' | 'í' | 'î' | 'ï' => "i",
            'ñ' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
            'œ' => "oe",
            'ù' | 'ú' | 'û' | 'ü' => "u",
            'ý' | 'ÿ' => "y",
            c if c.is_alphanumeric() => {
                folded.push(c);
                continue;
            }
            _ => continue,
        };
        folded.push_str(plain);
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::sample;

    #[test]
    fn the_sample_listens_beyond_the_brand() {
        let s = sample::strategy();
        for check in [no_competitor, brand_terms_only, no_audience_source] {
            assert!(run(&s, check).is_empty());
        }
    }

    #[test]
    fn names_fold_across_case_accents_and_punctuation() {
        assert_eq!(fold("Les Fournils Vernier"), fold("#lesfournils-VERNIER"));
        assert_eq!(fold("Crêperie Œuvre"), "creperieoeuvre");
        assert_ne!(fold("Vernier avis"), fold("Vernier"));
    }

    #[test]
    fn no_competitor_points_at_the_competitor_list() {
        let mut s = sample::strategy();
        s.competitors.clear();
        let hits = run(&s, no_competitor);
        assert_eq!(kinds(&hits), [Some(ItemKind::Competitor)]);
        assert_messages(&hits);
    }

    #[test]
    fn terms_equal_to_the_brand_do_not_count() {
        let mut s = sample::strategy();
        for f in &mut s.findings {
            f.search_terms = vec![
                "les fournils vernier".into(),
                "LES FOURNILS VERNIER ".into(),
                " ".into(),
            ];
        }
        let hits = run(&s, brand_terms_only);
        assert_eq!(fields(&hits), [Some("search_terms")]);
        s.findings[2].search_terms.push("boulangerie Nantes".into());
        assert!(run(&s, brand_terms_only).is_empty());
        s.findings.clear();
        assert_eq!(run(&s, brand_terms_only).len(), 1);
    }

    #[test]
    fn an_audience_finding_needs_a_source() {
        let mut s = sample::strategy();
        for f in &mut s.findings {
            if f.subject == FindingSubject::Audience {
                f.source.clear();
            }
        }
        let hits = run(&s, no_audience_source);
        assert_eq!(fields(&hits), [Some("source")]);
        // A competitor finding with a source does not say where the audience talks.
        assert!(s
            .findings
            .iter()
            .any(|f| f.subject == FindingSubject::Competitor && !f.source.is_empty()));
    }
}
