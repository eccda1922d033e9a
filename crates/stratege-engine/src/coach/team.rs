//! Step 1, the cross-functional team: nobody "owns" social media.

use super::{Context, Hit};
use crate::model::{Department, ItemKind};
use std::collections::HashSet;

/// Fewer departments than this is not a cross-functional team.
const MIN_DEPARTMENTS: usize = 3;

fn is_marketing_only(cx: &Context) -> bool {
    let team = &cx.strategy.team;
    !team.is_empty() && team.iter().all(|m| m.department == Department::Marketing)
}

/// Distinct departments; "other" counts once per name typed, as those are different services.
fn department_count(cx: &Context) -> usize {
    let departments: HashSet<(Department, String)> = cx
        .strategy
        .team
        .iter()
        .map(|m| match m.department {
            Department::Other => (m.department, m.department_other.trim().to_lowercase()),
            other => (other, String::new()),
        })
        .collect();
    departments.len()
}

pub(crate) fn too_few_departments(cx: &Context) -> Vec<Hit> {
    // An all-marketing team has its own, more telling rule.
    let count = department_count(cx);
    if count >= MIN_DEPARTMENTS || is_marketing_only(cx) {
        return Vec::new();
    }
    let hit = match count {
        0 => Hit::new(
            "L'équipe est vide. Réunissez des personnes d'au moins trois services (ventes, relation client, produit, direction…) : les réseaux sociaux ne sont l'affaire d'aucun service à lui seul.",
            "The team is empty. Bring together people from at least three departments (sales, customer service, product, leadership…): social media belongs to no single department.",
        ),
        n => Hit::new(
            format!("L'équipe ne réunit que {n} service{}. Associez-en au moins trois (ventes, relation client, produit, direction…) : les réseaux sociaux ne sont l'affaire d'aucun service à lui seul.", if n > 1 { "s" } else { "" }),
            format!("The team draws on only {n} department{}. Bring in at least three (sales, customer service, product, leadership…): social media belongs to no single department.", if n > 1 { "s" } else { "" }),
        ),
    };
    vec![hit.on(ItemKind::TeamMember, None)]
}

pub(crate) fn marketing_only(cx: &Context) -> Vec<Hit> {
    if !is_marketing_only(cx) {
        return Vec::new();
    }
    vec![Hit::new(
        "Toute l'équipe vient du marketing. Associez d'autres services — ventes, relation client, produit — qui connaissent les clients autrement.",
        "Everyone on the team comes from marketing. Add people from other departments — sales, customer service, product — who know customers differently.",
    )
    .on(ItemKind::TeamMember, None)]
}

pub(crate) fn no_sales_or_service(cx: &Context) -> Vec<Hit> {
    let team = &cx.strategy.team;
    let hears_customers = team.iter().any(|m| {
        matches!(
            m.department,
            Department::Sales | Department::CustomerService
        )
    });
    // An empty or all-marketing team is already reported by the rules above.
    if hears_customers || team.is_empty() || is_marketing_only(cx) {
        return Vec::new();
    }
    vec![Hit::new(
        "Personne ne vient des ventes ni de la relation client. Ajoutez quelqu'un qui parle aux clients chaque jour : il sait ce qu'ils demandent et ce qui les agace.",
        "Nobody comes from sales or customer service. Add someone who talks to customers every day: they know what customers ask for and what annoys them.",
    )
    .on(ItemKind::TeamMember, None)]
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::model::{Strategy, TeamMember};
    use crate::sample;

    fn with_departments(departments: &[Department]) -> Strategy {
        let mut s = sample::strategy();
        let template = s.team[0].clone();
        s.team = departments
            .iter()
            .map(|&department| TeamMember {
                department,
                id: crate::model::new_id(),
                ..template.clone()
            })
            .collect();
        s
    }

    #[test]
    fn the_sample_team_is_cross_functional() {
        let s = sample::strategy();
        for check in [too_few_departments, marketing_only, no_sales_or_service] {
            assert!(run(&s, check).is_empty());
        }
    }

    #[test]
    fn two_departments_are_too_few_but_three_are_enough() {
        let s = with_departments(&[
            Department::Sales,
            Department::CustomerService,
            Department::Sales,
        ]);
        let hits = run(&s, too_few_departments);
        assert_eq!(hits.len(), 1);
        assert!(hits[0].fr.contains("2 services") && hits[0].en.contains("2 departments"));
        assert_messages(&hits);
        let s = with_departments(&[
            Department::Sales,
            Department::CustomerService,
            Department::Product,
        ]);
        assert!(run(&s, too_few_departments).is_empty());
    }

    #[test]
    fn differently_named_other_departments_count_separately() {
        let mut s = with_departments(&[Department::Sales, Department::Other, Department::Other]);
        s.team[1].department_other = "Logistique".into();
        s.team[2].department_other = "Qualité".into();
        assert!(run(&s, too_few_departments).is_empty());
        s.team[2].department_other = "logistique ".into();
        assert_eq!(run(&s, too_few_departments).len(), 1);
    }

    #[test]
    fn an_empty_team_is_too_few_departments_only() {
        let s = with_departments(&[]);
        assert_eq!(run(&s, too_few_departments).len(), 1);
        assert!(run(&s, marketing_only).is_empty());
        assert!(run(&s, no_sales_or_service).is_empty());
    }

    #[test]
    fn an_all_marketing_team_is_reported_once() {
        let s = with_departments(&[Department::Marketing, Department::Marketing]);
        assert_eq!(run(&s, marketing_only).len(), 1);
        assert!(run(&s, too_few_departments).is_empty());
        assert!(run(&s, no_sales_or_service).is_empty());
    }

    #[test]
    fn customer_facing_people_are_expected() {
        let s = with_departments(&[
            Department::Leadership,
            Department::Marketing,
            Department::Product,
        ]);
        let hits = run(&s, no_sales_or_service);
        assert_eq!(hits.len(), 1);
        assert_eq!(kinds(&hits), [Some(ItemKind::TeamMember)]);
        for fix in [Department::Sales, Department::CustomerService] {
            let s = with_departments(&[Department::Leadership, Department::Marketing, fix]);
            assert!(run(&s, no_sales_or_service).is_empty());
        }
    }
}
